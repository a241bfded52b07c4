//! `pandapon freight book`: create the international logistics order, after asking
//! (docs/api.md#logistics-booking).

use serde_json::{Map, Value, json};

use super::body::{ReceiverArgs, priced_line, receiver};
use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::{LineSpec, parse_id, parse_priced_line};
use crate::commands::{Ctx, print_fields, read_json_input};
use crate::error::Result;
use crate::output::{Printer, View};
use crate::prompt;

const BOOK: &str = "logistics.booking";

#[derive(clap::Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon freight book --render-id FF202600001002 --service-id PP-STD --item Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:2:89 --to-country US",
]))]
pub struct Args {
    /// The render id from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub render_id: Option<String>,
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// The freight service id chosen from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub service_id: Option<String>,
    /// The freight company name of that service
    #[arg(long, value_name = "NAME")]
    pub company_name: Option<String>,
    /// The service category of that service
    #[arg(long, value_name = "CATEGORY")]
    pub service_category: Option<String>,
    /// The Tmall/Taobao order this shipment belongs to
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// A note for the warehouse
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "render_id"])]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

fn book_body(a: &Args) -> Result<Value> {
    let mut freight = Map::new();
    for (k, v) in [
        ("serviceId", &a.service_id),
        ("companyName", &a.company_name),
        ("serviceCategory", &a.service_category),
    ] {
        if let Some(v) = v {
            freight.insert(k.into(), json!(v));
        }
    }
    let lines: Vec<Value> = a
        .items
        .iter()
        .map(|l| {
            let mut o = priced_line(l, &a.currency);
            if !freight.is_empty() {
                o.insert("freightInfo".into(), Value::Object(freight.clone()));
            }
            Value::Object(o)
        })
        .collect();
    let mut b = json!({
        "renderId": a.render_id,
        "receiverAddress": receiver(&a.to)?,
        "lineItems": lines,
    });
    if let Some(t) = a.tmall_order {
        b["tmallOrderInfo"] = json!({"tmallOrderId": t.to_string()});
    }
    if let Some(r) = &a.remark {
        b["remark"] = json!(r);
    }
    Ok(b)
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p).await?,
        None => book_body(&a)?,
    };
    let lines = body
        .get("lineItems")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut action = format!(
        "Book international freight for render {} ({lines} line{}) to {}",
        pick_text(&body, &["renderId"]),
        if lines == 1 { "" } else { "s" },
        pick_text(&body, &["receiverAddress.country"])
    );
    // The service chosen is what the booking costs: name it in the question.
    let freight = body
        .pointer("/lineItems/0/freightInfo")
        .unwrap_or(&Value::Null);
    let service = pick_text(freight, &["serviceId"]);
    let company = pick_text(freight, &["companyName"]);
    match (service.is_empty(), company.is_empty()) {
        (false, false) => action.push_str(&format!(" by {company}, service {service}")),
        (false, true) => action.push_str(&format!(", service {service}")),
        _ => {}
    }
    ctx.settings.gate(&action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(BOOK).body(body)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        out.status("International logistics order created.");
        // No answer is documented: whatever came is shown as it came.
        if !data.is_null() && data != Value::Bool(true) {
            print_fields(ctx, &data)?;
        }
        Ok(())
    }))
}
