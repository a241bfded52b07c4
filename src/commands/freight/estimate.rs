//! `pandapon freight estimate`: the overseas freight of one item
//! (docs/api.md#logistics-freight-estimate).

use serde_json::json;

use super::body::{ReceiverArgs, price_text, receiver};
use super::print_options;
use crate::api::Call;
use crate::cli::parse::parse_yuan;
use crate::commands::Ctx;
use crate::error::Result;
use crate::output::{Printer, View};

const ESTIMATE: &str = "logistics.freight_estimate";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon freight estimate --item Hx7bN2kQ4wPz-LrC9mTe1V --sku 5120398475561 --quantity 2 --price 89 --to-country US --to-state California --to-zip 91607",
]))]
pub struct Args {
    /// The item id
    #[arg(long, value_name = "ITEM_ID")]
    pub item: String,
    /// The SKU id
    #[arg(long, value_name = "SKU_ID")]
    pub sku: String,
    /// How many
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub quantity: u32,
    /// Unit price in yuan, e.g. 39.90
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub price: i64,
    /// Currency of the price
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let body = json!({
        "itemId": a.item,
        "skuId": a.sku,
        "receiverAddress": receiver(&a.to)?,
        "quantity": a.quantity,
        "currency": a.currency,
        "price": price_text(a.price),
    });
    let client = ctx.client()?;
    let data = client.call(Call::new(ESTIMATE).body(body)).await?;
    ctx.printer
        .print(&View(&data, |_: &Printer| print_options(ctx, &data)))
}
