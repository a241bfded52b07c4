//! `pandapon cart preview`: what ordering cart items would cost, per shop or seller
//! (docs/api.md#taobao-cart-preview, docs/api.md#alibaba-cart-preview). `cart create` sends the
//! same ids and address.

use super::pick::pick;
use super::side::side;
use crate::cli::args::AddressArgs;
use crate::cli::parse::parse_id;
use crate::commands::shipping::merged_address;
use crate::commands::{Ctx, unique_ids};
use crate::config::Address;
use crate::error::Result;
use crate::output::{Printer, View};

// Also `cart create`'s: an order is made from the same ids and address it was previewed with.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Cart item ids, comma-separated (with none on a terminal: pick them from a list)
    #[arg(long, value_delimiter = ',', value_parser = parse_id, value_name = "ID,...")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub address: AddressArgs,
}

pub async fn run(mut args: Args, ctx: &Ctx) -> Result<()> {
    args.ids = unique_ids(ctx, args.ids);
    let side = side(ctx);
    let client = ctx.client()?;
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Preview which items?",
            "cart preview --ids 382,383",
            true,
        )
        .await?
    } else {
        args.ids
    };
    let address = merged_address(ctx, &args.address);
    let address = (address != Address::default()).then_some(address);
    let data = client
        .call(side.preview_call(&ids, address.as_ref(), client.user_id()))
        .await?;
    ctx.printer
        .print(&View(&data, |out: &Printer| side.draw_preview(out, &data)))
}
