//! `pandapon cart edit`: a cart item's quantity (docs/api.md#taobao-cart-edit,
//! docs/api.md#alibaba-cart-edit).

use super::side::side;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, pandapon, refused_with_false};
use crate::error::Result;
use crate::output::Done;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon cart edit 382 --quantity 3",
]))]
pub struct Args {
    /// The cart item id (the `id` column of `cart list`)
    #[arg(value_parser = parse_id)]
    pub cart_id: u64,
    /// The new quantity
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub quantity: u32,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let Args { cart_id, quantity } = args;
    let client = ctx.client()?;
    let data = client.call(side(ctx).edit_call(cart_id, quantity)).await?;
    refused_with_false(&data, || {
        format!(
            "cart item {cart_id} was not changed: the API answered false; see it with `{} cart list`",
            pandapon(ctx)
        )
    })?;
    let done = format!("Cart item {cart_id} now has quantity {quantity}.");
    ctx.printer.print(&Done(&data, done))
}
