//! `pandapon freight domestic`: record an order's domestic (mainland) shipment
//! (docs/api.md#logistics-domestic-update).

use serde_json::{Map, Value, json};

use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::{LineSpec, parse_id, parse_since, parse_text, parse_unpriced_line};
use crate::commands::{Ctx, read_json_input};
use crate::error::Result;
use crate::output::Done;
use crate::prompt;

const DOMESTIC: &str = "logistics.domestic_update";

#[derive(clap::Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["order", "input"]))]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon freight domestic --order 3305075341149007217 --item WUnUC1cILiBjt-Jv3lDdlQ:5032007803360:1 --tracking SF1425367799031 --company 顺丰",
]))]
pub struct Args {
    /// The order id
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID", requires_all = ["items", "tracking", "company"])]
    pub order: Option<u64>,
    /// The Tmall/Taobao order id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY", value_parser = parse_unpriced_line)]
    pub items: Vec<LineSpec>,
    /// The domestic tracking number
    #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
    pub tracking: Option<String>,
    /// The domestic logistics company, e.g. 顺丰
    #[arg(long, value_name = "NAME", value_parser = parse_text)]
    pub company: Option<String>,
    /// When it was handed over (rtsTime) [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub shipped_at: Option<i64>,
    /// The parcel's number on the line (logisticNumer), when it has one
    #[arg(long, value_name = "NUMBER")]
    pub parcel: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["order", "items", "tracking", "company"])]
    pub input: Option<String>,
}

/// `rtsTime` is a string of Unix seconds in the documented example ("1754342534"); the docs
/// spell `logisticNumer` so, and it must be sent as spelt.
fn domestic_body(a: &Args) -> Value {
    let shipped = a
        .shipped_at
        .map(|ms| ms.div_euclid(1000))
        .unwrap_or_else(|| jiff::Timestamp::now().as_second());
    let infos: Vec<Value> = a
        .items
        .iter()
        .map(|l| {
            let mut o = Map::new();
            o.insert(
                "lineItem".into(),
                json!({"itemId": l.item, "skuId": l.sku, "quantity": l.quantity}),
            );
            if let Some(p) = &a.parcel {
                o.insert("logisticNumer".into(), json!(p));
            }
            o.insert(
                "domesticLogisticInfo".into(),
                json!([{
                    "logisticNumer": a.tracking,
                    "logisticCompanyName": a.company,
                    "rtsTime": shipped.to_string(),
                }]),
            );
            Value::Object(o)
        })
        .collect();
    let mut b = json!({"orderId": a.order.map(|o| o.to_string())});
    if let Some(t) = a.tmall_order {
        b["tmallOrderId"] = json!(t.to_string());
    }
    b["logisticInfos"] = json!(infos);
    b
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p).await?,
        None => domestic_body(&a),
    };
    let action = match (&a.input, a.order) {
        (None, Some(o)) => format!(
            "Record order {o} as shipped in China with {} {}",
            a.company.as_deref().unwrap_or_default(),
            a.tracking.as_deref().unwrap_or_default()
        ),
        _ => format!(
            "Update the domestic logistics of order {}",
            pick_text(&body, &["orderId"])
        ),
    };
    ctx.settings.gate(&action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(DOMESTIC).body(body)).await?;
    ctx.printer
        .print(&Done(&data, "Domestic logistics updated.".into()))
}
