//! `pandapon address list`: the address book (docs/api.md#address-list).

use serde_json::Value;

use super::{fetch, pick_id};
use crate::api::types::pick_text;
use crate::commands::{Ctx, checked_row};
use crate::error::Result;
use crate::output::{Printer, Table, View};

/// The table's columns, on a terminal and piped.
pub const COLUMNS: &[&str] = &[
    "ID", "Name", "Phone", "Province", "City", "District", "Address",
];

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list("", &[("", COLUMNS)], &[
    "pandapon address list",
    "pandapon address list --header | cut -f1,2,7",
]))]
pub struct Args {}

pub async fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let client = ctx.client()?;
    let (data, elements) = fetch(&client).await?;
    ctx.printer
        .print(&View(&data, |out: &Printer| table(out, &elements)))
}

fn table(out: &Printer, elements: &[Value]) -> Result<()> {
    if elements.is_empty() {
        out.status(
            "No stored addresses. Add one with: pandapon address set --name .. --phone .. --address ..",
        );
        return Ok(());
    }
    let mut t = Table::new(COLUMNS);
    for (i, a) in elements.iter().enumerate() {
        let row = vec![
            pick_id(a, &["id", "addressId"]),
            pick_text(a, &["name", "receiverName", "fullName"]),
            pick_text(a, &["phone", "mobile", "mobilePhone", "mobile_phone"]),
            pick_text(a, &["province", "provinceText", "state"]),
            pick_text(a, &["city", "cityText"]),
            pick_text(a, &["district", "areaText"]),
            pick_text(a, &["address", "detailAddress"]),
        ];
        t.row(checked_row(
            row,
            &format!("data[{i}]"),
            "an address",
            "id, name, phone, province, city, district, address",
        )?);
    }
    out.table(&t)
}
