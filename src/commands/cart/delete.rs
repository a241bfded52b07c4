//! `pandapon cart delete`: remove cart items (docs/api.md#taobao-cart-delete,
//! docs/api.md#alibaba-cart-delete).

use super::pick::pick;
use super::side::side;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, pandapon, refused_with_false, unique_ids};
use crate::error::Result;
use crate::output::Done;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon cart delete 382 383",
    "pandapon cart delete            # on a terminal: pick the items",
]))]
pub struct Args {
    /// Cart item ids
    #[arg(value_parser = parse_id)]
    pub cart_ids: Vec<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.cart_ids);
    let client = ctx.client()?;
    let ids = if ids.is_empty() {
        // Disabled items too: deleting them is what they are for.
        pick(
            ctx,
            &client,
            "Delete which items?",
            "cart delete 382 383",
            false,
        )
        .await?
    } else {
        ids
    };
    let data = client.call(side(ctx).delete_call(&ids)).await?;
    refused_with_false(&data, || {
        format!(
            "the cart items were not deleted: the API answered false; see them with `{} cart list`",
            pandapon(ctx)
        )
    })?;
    let n = ids.len();
    let done = format!(
        "Deleted {n} item{} from the cart.",
        if n == 1 { "" } else { "s" }
    );
    ctx.printer.print(&Done(&data, done))
}
