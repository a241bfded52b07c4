//! `order create`: a direct order (not from the cart), shown and confirmed before it is sent
//! (docs/api.md#taobao-order-create, docs/api.md#alibaba-order-create).

use clap::Args as ClapArgs;

use super::direct::{DirectOrderArgs, completed_address};
use super::side::side;
use crate::commands::shipping::given_address;
use crate::commands::{Ctx, gate, read_json_input, will_ask};
use crate::error::Result;
use crate::output::{Printer, View};
use crate::prompt;

// The flags `order render` takes too (order/direct.rs).
#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order create --item WUnUC1cILiBjt-Jv3lDdlQ:5032007803360:2 --address-name 张三 --address-mobile 13800000000 --address-street 文一西路969号",
]))]
pub struct Args {
    #[command(flatten)]
    pub order: DirectOrderArgs,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let a = args.order;
    let side = side(ctx);
    // Bad input before the confirmation gate, so that one run names every problem (as cart
    // create does); the address prompts, on a terminal only, after it.
    let input = match a.input.as_deref() {
        Some(p) => Some(read_json_input(p).await?),
        None => None,
    };
    let given = match input {
        Some(_) => None,
        None => {
            side.check_direct(&a)?;
            Some(given_address(ctx, &a.address)?)
        }
    };
    gate(ctx, "Creating an order moves money")?;
    let (body, ship_to) = match (input, given) {
        (Some(body), _) => (body, None),
        (None, given) => {
            let address = completed_address(ctx, given.unwrap_or_default()).await?;
            (side.direct_body(&a, &address), Some(address.one_line()))
        }
    };
    let client = ctx.client()?;
    if will_ask(ctx) {
        let data = client.call(side.direct_preview(&body)).await?;
        side.draw_direct_preview(ctx, &data)?;
        if let Some(to) = &ship_to {
            ctx.printer.status(&format!("Ship to: {to}"));
        }
        let total = side
            .direct_total(&data)?
            .map(|t| format!(" for {t}"))
            .unwrap_or_default();
        prompt::confirm_write(&ctx.settings, &format!("Create the order{total}")).await?;
    }
    let data = client.call(side.direct_create(body)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        side.report_created(ctx, out, &data)
    }))?;
    side.created_failures(ctx, &data)
}
