//! `pandapon cart create`: cart items into orders, after the preview and a confirmation
//! (docs/api.md#taobao-cart-create, docs/api.md#alibaba-cart-create).

use super::pick::pick;
use super::side::side;
use crate::commands::shipping::{ask_address, given_address, missing_for};
use crate::commands::{Ctx, gate, pandapon, unique_ids};
use crate::error::Result;
use crate::output::{Printer, View};
use crate::prompt;

// The preview's flags: the order is made from the same ids and address.
pub use super::preview::Args;

pub async fn run(mut args: Args, ctx: &Ctx) -> Result<()> {
    args.ids = unique_ids(ctx, args.ids);
    let s = &ctx.settings;
    let side = side(ctx);
    let platform = s.platform.value;
    // Decide everything that needs no network first, bad input before the confirmation gate so
    // that one run names every problem: off a terminal without --yes, nothing is sent.
    let mut address = given_address(ctx, &args.address)?;
    gate(
        ctx,
        &format!(
            "Creating an order moves money (see the cost first with `{} cart preview`)",
            pandapon(ctx)
        ),
    )?;
    let client = ctx.client()?;
    if !missing_for(&address, platform).is_empty() {
        address = ask_address(&client, address, platform).await?;
    }
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Order which items?",
            "cart create --ids 382,383",
            true,
        )
        .await?
    } else {
        args.ids
    };
    if s.will_confirm() {
        let data = client
            .call(side.preview_call(&ids, Some(&address), client.user_id()))
            .await?;
        side.draw_preview(&ctx.printer, &data)?;
        ctx.printer
            .status(&format!("Ship to: {}", address.one_line()));
        let total = side
            .preview_total(&data)?
            .map(|t| format!(" for {t}"))
            .unwrap_or_default();
        prompt::confirm_write(s, &format!("Create the order{total}")).await?;
    }
    let data = client
        .call(side.create_call(&ids, &address, client.user_id()))
        .await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        side.report_created(ctx, out, &data)
    }))?;
    side.created_failures(ctx, &data)
}
