//! `pandapon freight ...`: the warehouse-logistics group (仓库物流, docs/api.md#warehouse-logistics).
//!
//! All four bodies are documented (estimate and preview for v2, booking and domestic update
//! for v1); their responses are not, so results are read leniently and anything unrecognised
//! is shown field by field. These routes also carry `?timestamp=&sign=` (the catalogue's
//! `query_signed`, docs/api.md#sign-query). Prices are the documented *strings*; the unit is not
//! stated, so they carry integer cents like every other documented price (`--price 39.90` sends
//! "3990").

mod body;
mod book;
mod domestic;
mod estimate;
mod preview;

use clap::Subcommand;

use serde_json::Value;

use crate::api::types::{pick, pick_text};
use crate::commands::{Ctx, print_fields};
use crate::domain::money;
use crate::error::Result;
use crate::output::Table;
use crate::output::format::money;

#[derive(Subcommand, Debug)]
pub enum FreightCommand {
    /// Estimate the overseas freight of one item to a destination
    Estimate(estimate::Args),
    /// Show an order's overseas freight options (the render id feeds `freight book`)
    Preview(preview::Args),
    /// Create the international logistics order (asks first)
    Book(book::Args),
    /// Update an order's domestic (mainland) logistics information
    Domestic(domestic::Args),
}

pub async fn run(cmd: FreightCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        FreightCommand::Estimate(a) => estimate::run(a, ctx).await,
        FreightCommand::Preview(a) => preview::run(a, ctx).await,
        FreightCommand::Book(a) => book::run(a, ctx).await,
        FreightCommand::Domestic(a) => domestic::run(a, ctx).await,
    }
}

const OPTION_LIST_KEYS: &[&str] = &[
    "freightInfos",
    "freightInfoList",
    "freightList",
    "logisticsServices",
    "services",
    "options",
    "solutions",
    "list",
];

/// Freight options as a table when the answer lists them; otherwise every field.
fn print_options(ctx: &Ctx, data: &Value) -> Result<()> {
    let list = match data {
        Value::Array(a) => Some(a),
        v => OPTION_LIST_KEYS
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_array)),
    };
    let Some(list) = list.filter(|l| l.iter().all(Value::is_object) && !l.is_empty()) else {
        return print_fields(ctx, data);
    };
    let render_id = pick_text(data, &["renderId"]);
    if !render_id.is_empty() {
        ctx.printer.heading(&format!("Render {render_id}"))?;
    }
    let top_currency = pick_text(data, &["currency"]);
    let mut t =
        Table::new(&["Service ID", "Company", "Category", "Freight", "Delivery"]).align_right(&[3]);
    for o in list {
        let info = o.get("freightInfo").unwrap_or(o);
        let cur = [pick_text(o, &["currency"]), top_currency.clone()]
            .into_iter()
            .find(|c| !c.is_empty())
            .unwrap_or_else(|| "CNY".into());
        let fee = pick(
            o,
            &[
                "freight",
                "freightFee",
                "fee",
                "totalFee",
                "shippingFee",
                "price",
                "amount",
            ],
        )
        .and_then(money::money_value)
        .map(|(c, own)| money(c, own.as_deref().unwrap_or(&cur)))
        .unwrap_or_default();
        t.row(vec![
            pick_text(info, &["serviceId", "id"]),
            pick_text(info, &["companyName", "name"]),
            pick_text(info, &["serviceCategory", "category"]),
            fee,
            pick_text(
                o,
                &[
                    "deliveryTime",
                    "timeliness",
                    "estimatedDays",
                    "days",
                    "deliveryDays",
                ],
            ),
        ]);
    }
    ctx.printer.table(&t)
}
