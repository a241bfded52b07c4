//! `order logistics ID` (or `order track ID`): every package of an order and its tracking events
//! (docs/api.md#taobao-order-logistics, docs/api.md#alibaba-order-logistics).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::side::side;
use super::tracking::{EVENT_TEXT_KEYS, EVENT_TIME_KEYS, events, packages, tracking_summary};
use crate::api::types::{pick, pick_text};
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, print_fields};
use crate::error::Result;
use crate::output::format;
use crate::output::{Printer, Table, View};

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order logistics 3305075341149005155",
]))]
pub struct Args {
    #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_id: u64,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let id = args.order_id;
    let client = ctx.client()?;
    let data = client.call(side(ctx).logistics_call(id)).await?;
    ctx.printer
        .print(&View(&data, |_: &Printer| print_logistics(ctx, id, &data)))
}

fn print_logistics(ctx: &Ctx, id: u64, data: &Value) -> Result<()> {
    let out = &ctx.printer;
    let pkgs = packages(data);
    if pkgs.is_empty() {
        out.status(&format!("No logistics information for order {id} yet."));
        return Ok(());
    }
    let terminal = out.stdout_terminal;
    for (n, p) in pkgs.iter().enumerate() {
        if n > 0 {
            out.line("")?;
        }
        let Some(evs) = events(p) else {
            // Not a shape we know: every field, so nothing is hidden.
            print_fields(ctx, p)?;
            continue;
        };
        let head = tracking_summary(&json!([{
            "companyName": pick_text(p, &["logisticsCompanyName", "companyName", "logistic_company_name", "cpName"]),
            "mailNo": pick_text(p, &["logisticsNo", "mailNo", "trackingNumber", "logistic_number", "logisticNumer", "logisticsBillNo"]),
        }]));
        out.heading(&if head.is_empty() {
            format!("Order {id}")
        } else {
            format!("Order {id} · {head}")
        })?;
        let mut t = Table::new(&["Time", "Event"]);
        for e in evs {
            t.row(vec![
                pick(e, EVENT_TIME_KEYS)
                    .map(|v| format::time(v, terminal))
                    .unwrap_or_default(),
                pick_text(e, EVENT_TEXT_KEYS),
            ]);
        }
        out.table(&t)?;
    }
    Ok(())
}
