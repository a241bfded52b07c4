//! `pandapon freight preview`: an order's overseas freight options; read-only, its render id
//! feeds `freight book` (docs/api.md#logistics-freight-preview).

use serde_json::{Value, json};

use super::body::{ReceiverArgs, priced_line, receiver};
use super::print_options;
use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::{LineSpec, parse_priced_line};
use crate::commands::{Ctx, read_json_input};
use crate::error::Result;
use crate::output::{Printer, View};

const PREVIEW: &str = "logistics.freight_preview";

#[derive(clap::Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon freight preview --item Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:2:89 --to-country US",
]))]
pub struct Args {
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with = "items")]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p).await?,
        None => json!({
            "receiverAddress": receiver(&a.to)?,
            "renderItems": a.items.iter().map(|l| Value::Object(priced_line(l, &a.currency))).collect::<Vec<_>>(),
        }),
    };
    let client = ctx.client()?;
    let data = client.call(Call::new(PREVIEW).body(body)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        print_options(ctx, &data)?;
        let render_id = pick_text(&data, &["renderId"]);
        if !render_id.is_empty() {
            out.status(&format!(
                "Book it with: pandapon freight book --render-id {render_id} --service-id ID ... (the same --item and --to-* flags)"
            ));
        }
        Ok(())
    }))
}
