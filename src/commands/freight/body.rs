//! What the request bodies of several verbs share: the destination (ReceiverAddressTO) and
//! the priced lines (docs/api.md#warehouse-logistics).

use clap::Args;

use serde_json::{Map, Value, json};

use crate::cli::parse::{LineSpec, parse_country_code, parse_phone};
use crate::error::{Error, Result};

/// The overseas destination (ReceiverAddressTO).
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Destination")]
pub struct ReceiverArgs {
    /// Country code, e.g. US
    #[arg(long = "to-country", value_name = "CODE", value_parser = parse_country_code)]
    pub country: Option<String>,
    /// State or province, e.g. California
    #[arg(long = "to-state", value_name = "STATE")]
    pub state: Option<String>,
    /// City
    #[arg(long = "to-city", value_name = "CITY")]
    pub city: Option<String>,
    /// Postal code
    #[arg(long = "to-zip", value_name = "ZIP")]
    pub zip: Option<String>,
    /// Street address
    #[arg(long = "to-address", value_name = "STREET")]
    pub address: Option<String>,
    /// Recipient's name
    #[arg(long = "to-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Recipient's phone
    #[arg(long = "to-phone", value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Recipient's mobile phone
    #[arg(long = "to-mobile", value_name = "PHONE", value_parser = parse_phone)]
    pub mobile_phone: Option<String>,
    /// Recipient's email
    #[arg(long = "to-email", value_name = "EMAIL")]
    pub email: Option<String>,
    /// Recipient's tax id
    #[arg(long = "to-tax-id", value_name = "ID")]
    pub tax_id: Option<String>,
}

/// `ReceiverAddressTO {name, email, phone, mobilePhone, address, taxId, country, city, zip,
/// state}` with the fields given; the country is the one a freight price cannot do without.
pub(super) fn receiver(to: &ReceiverArgs) -> Result<Value> {
    let Some(country) = to.country.as_ref().filter(|c| !c.trim().is_empty()) else {
        return Err(Error::usage(
            "give the destination: at least --to-country (e.g. US), and --to-state, --to-city, --to-zip for an exact price",
        ));
    };
    let mut o = Map::new();
    for (k, v) in [
        ("name", &to.name),
        ("email", &to.email),
        ("phone", &to.phone),
        ("mobilePhone", &to.mobile_phone),
        ("address", &to.address),
        ("taxId", &to.tax_id),
        ("country", &Some(country.clone())),
        ("city", &to.city),
        ("zip", &to.zip),
        ("state", &to.state),
    ] {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    Ok(Value::Object(o))
}

/// The documented price is a string; pandapon sends integer cents (docs/api.md#oq-unstated-units).
pub(super) fn price_text(cents: i64) -> String {
    cents.to_string()
}

pub(super) fn priced_line(l: &LineSpec, currency: &str) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("itemId".into(), json!(l.item));
    o.insert("skuId".into(), json!(l.sku));
    o.insert("quantity".into(), json!(l.quantity));
    o.insert("currency".into(), json!(currency));
    o.insert(
        "price".into(),
        json!(price_text(l.price.expect("clap requires the price"))),
    );
    o
}
