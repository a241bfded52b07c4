//! `pandapon address list|set`: addresses stored with PandaPon ("基础" group,
//! docs/api.md#basis).
//!
//! Add/update is documented: `{id, name, province, city, district, address, phone}`, answered
//! with `{code, msg}` whose code may be 0 (see the catalogue's success codes). The list is a
//! sidebar entry only (POST, no body documented): it is sent an empty object, and its records
//! are read with the add/update field names (docs/api.md#address-list).

mod list;
mod set;

use clap::Subcommand;

use serde_json::{Value, json};

use super::{Ctx, unexpected};
use crate::api::types::{page, pick, pick_text};
use crate::api::{Call, Client};
use crate::config::Address;
use crate::domain::value;
use crate::error::Result;

const LIST: &str = "address.list";
const UPSERT: &str = "address.upsert";

#[derive(Subcommand, Debug)]
pub enum AddressCommand {
    /// List the stored addresses
    List(list::Args),
    /// Add an address, or update one with --id (fields not given are kept)
    Set(set::Args),
}

pub async fn run(cmd: AddressCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AddressCommand::List(a) => list::run(a, ctx).await,
        AddressCommand::Set(a) => set::run(a, ctx).await,
    }
}

/// The raw answer and its records: `list` prints them, `set` reads the one it updates.
async fn fetch(client: &Client<'_>) -> Result<(Value, Vec<Value>)> {
    let data = client.call(Call::new(LIST).body(json!({}))).await?;
    let p = page(&data, "a list of addresses").map_err(unexpected)?;
    Ok((data, p.elements))
}

/// The address book as shipping addresses, with their labels ("id  name, phone, ..."); the
/// book has no country field, so that stays for the person to give.
pub(crate) async fn stored(client: &Client<'_>) -> Result<Vec<(String, Address)>> {
    let (_, elements) = fetch(client).await?;
    Ok(elements
        .iter()
        .map(|a| {
            let text = |keys: &[&str]| Some(pick_text(a, keys)).filter(|s| !s.is_empty());
            let address = Address {
                name: text(&["name", "receiverName", "fullName"]),
                mobile: text(&["phone", "mobile", "mobilePhone", "mobile_phone"]),
                province: text(&["province", "provinceText", "state"]),
                city: text(&["city", "cityText"]),
                district: text(&["district", "areaText"]),
                street: text(&["address", "detailAddress"]),
                ..Address::default()
            };
            let id = pick_id(a, &["id", "addressId"]);
            (format!("{id}  {}", address.one_line()), address)
        })
        .filter(|(_, a)| a.missing_required().is_empty())
        .collect())
}

/// An id column: a number or a string, never `true`.
fn pick_id(v: &Value, keys: &[&str]) -> String {
    pick(v, keys).and_then(value::id_text).unwrap_or_default()
}
