//! The shipping address an order is created with, shared by `cart create`, `order create` and
//! `order render`: the `--address-*` flags over the profile's `[address]`, and on a terminal a
//! pick from the address book and a prompt for whatever is still missing. Also the one place
//! where the profile's address becomes 1688's `addressParam` (`alibaba_address`).

use serde_json::{Map, Value};

use super::Ctx;
use crate::api::Client;
use crate::cli::args::AddressArgs;
use crate::cli::parse::parse_phone;
use crate::config::Address;
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::prompt;

/// The fields an order to `platform` cannot do without: a recipient, a phone and a street
/// everywhere; 1688 ships within China and files an address by province and city too
/// (docs/api.md#alibaba-order-preview).
pub(crate) fn missing_for(a: &Address, platform: Platform) -> Vec<&'static str> {
    let mut m = a.missing_required();
    if platform == Platform::Alibaba1688 {
        let blank = |f: &Option<String>| f.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&a.province) {
            m.push("province");
        }
        if blank(&a.city) {
            m.push("city");
        }
    }
    m
}

/// The profile's address (or the flags') as Taobao's `OrderAddress`, which is also the JSON
/// inside `receiver` (docs/api.md#taobao-cart-preview): `mobile_phone`, `state` and `address`
/// are its names for the mobile, the province and the street. Only given fields are sent.
pub(crate) fn taobao_address(a: &Address) -> Value {
    let mut m = Map::new();
    for (key, field) in [
        ("name", &a.name),
        ("mobile_phone", &a.mobile),
        ("phone", &a.phone),
        ("country", &a.country),
        ("state", &a.province),
        ("city", &a.city),
        ("district", &a.district),
        ("address", &a.street),
        ("zip", &a.zip),
    ] {
        if let Some(v) = field {
            m.insert(key.into(), Value::String(v.clone()));
        }
    }
    Value::Object(m)
}

/// The profile's address (or the flags') as 1688's `addressParam` (FastAdress): `fullName`,
/// `mobile`, `phone`, `postCode`, `provinceText`, `cityText`, `areaText`, `address`
/// (docs/api.md#alibaba-order-preview). `country` has no field there: 1688 ships within China.
/// Only given fields are sent.
pub(crate) fn alibaba_address(a: &Address) -> Value {
    let mut m = Map::new();
    for (key, field) in [
        ("fullName", &a.name),
        ("mobile", &a.mobile),
        ("phone", &a.phone),
        ("postCode", &a.zip),
        ("provinceText", &a.province),
        ("cityText", &a.city),
        ("areaText", &a.district),
        ("address", &a.street),
    ] {
        if let Some(v) = field.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            m.insert(key.into(), Value::String(v.to_string()));
        }
    }
    Value::Object(m)
}

/// The address flags and profile give, for an order that needs one: when it lacks a required
/// field and nobody can be asked (off a terminal, or a dry run), a usage error naming it.
pub(crate) fn given_address(ctx: &Ctx, a: &AddressArgs) -> Result<Address> {
    let s = &ctx.settings;
    let address = merged_address(ctx, a);
    let missing = missing_for(&address, s.platform.value);
    if !missing.is_empty() && !s.may_prompt() {
        // Named by the flags that give them (the profile keys are in config.example.toml).
        let flags: Vec<&str> = missing
            .iter()
            .map(|k| match *k {
                "name" => "--address-name",
                "mobile" => "--address-mobile",
                "street" => "--address-street",
                "province" => "--address-province",
                "city" => "--address-city",
                other => other,
            })
            .collect();
        return Err(Error::usage(format!(
            "the shipping address lacks {}: give them (and the other --address-* flags as needed), \
             or set [profiles.{}.address] in {}",
            flags.join(", "),
            s.profile.value,
            s.config_path.value.display()
        )));
    }
    Ok(address)
}

/// Flags replace the profile's `[address]` field by field.
pub(crate) fn merged_address(ctx: &Ctx, a: &AddressArgs) -> Address {
    let base = ctx.settings.address.clone().unwrap_or_default();
    let pick = |flag: &Option<String>, file: Option<String>| flag.clone().or(file);
    Address {
        name: pick(&a.name, base.name),
        mobile: pick(&a.mobile, base.mobile),
        phone: pick(&a.phone, base.phone),
        country: pick(&a.country, base.country),
        province: pick(&a.province, base.province),
        city: pick(&a.city, base.city),
        district: pick(&a.district, base.district),
        street: pick(&a.street, base.street),
        zip: pick(&a.zip, base.zip),
    }
}

/// Walks the person through the address fields the flags and profile did not give: first a
/// pick from the address book (when it has any), then a prompt for each field still missing.
pub(crate) async fn ask_address(
    client: &Client<'_>,
    mut a: Address,
    platform: Platform,
) -> Result<Address> {
    // The book is offered only when no recipient was given, so that a pick never mixes two
    // people's details; the picked one keeps the country and postal code given, if any.
    let recipient_given = [&a.name, &a.mobile, &a.phone, &a.street]
        .iter()
        .any(|f| f.as_deref().is_some_and(|s| !s.trim().is_empty()));
    // A book that cannot be read only means the fields are typed.
    let book = if recipient_given {
        Vec::new()
    } else {
        match super::address::stored(client).await {
            Err(Error::Interrupted) => return Err(Error::Interrupted),
            other => other.unwrap_or_default(),
        }
    };
    if !book.is_empty() {
        let mut labels: Vec<String> = book.iter().map(|(l, _)| l.clone()).collect();
        labels.push("A new address: type it".into());
        let i = prompt::select("Ship to".into(), labels).await?;
        if let Some((_, stored)) = book.get(i) {
            a = Address {
                country: a.country.or(stored.country.clone()),
                zip: a.zip.or(stored.zip.clone()),
                ..stored.clone()
            };
        }
    }
    type Check = fn(&str) -> std::result::Result<String, String>;
    let any: Check = |s| Ok(s.to_string());
    // The phone is checked as --address-mobile is. 1688 needs the province and city too.
    let china = platform == Platform::Alibaba1688;
    let fields: [(&str, &mut Option<String>, bool, Check); 8] = [
        ("Recipient name", &mut a.name, true, any),
        ("Mobile phone", &mut a.mobile, true, parse_phone),
        ("Country", &mut a.country, false, any),
        ("Province / state", &mut a.province, china, any),
        ("City", &mut a.city, china, any),
        ("District", &mut a.district, false, any),
        ("Street address", &mut a.street, true, any),
        ("Postal code", &mut a.zip, false, any),
    ];
    for (label, slot, required, check) in fields {
        if slot.as_deref().is_some_and(|s| !s.trim().is_empty()) {
            continue;
        }
        let label = if required {
            format!("{label} (required)")
        } else {
            format!("{label} (optional, enter to skip)")
        };
        let v = prompt::input_checked(label, required, check).await?;
        if !v.is_empty() {
            *slot = Some(v);
        }
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_profile_address_maps_to_1688_names() {
        let a = Address {
            name: Some("张三".into()),
            mobile: Some("13800000000".into()),
            country: Some("中国".into()),
            province: Some("浙江省".into()),
            city: Some("杭州市".into()),
            district: Some("余杭区".into()),
            street: Some("文一西路969号".into()),
            zip: Some("311121".into()),
            phone: Some(" ".into()),
        };
        assert_eq!(
            alibaba_address(&a),
            json!({"fullName": "张三", "mobile": "13800000000", "postCode": "311121",
                   "provinceText": "浙江省", "cityText": "杭州市", "areaText": "余杭区",
                   "address": "文一西路969号"})
        );
        assert!(missing_for(&a, Platform::Alibaba1688).is_empty());
        let no_city = Address {
            city: None,
            province: None,
            ..a
        };
        assert!(missing_for(&no_city, Platform::Taobao).is_empty());
        assert_eq!(
            missing_for(&no_city, Platform::Alibaba1688),
            ["province", "city"]
        );
    }
}
