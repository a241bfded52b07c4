//! `order render` (or `order preview`): what a direct order would cost, without creating it
//! (docs/api.md#taobao-order-render, docs/api.md#alibaba-order-preview).

use clap::Args as ClapArgs;

use super::direct::{DirectOrderArgs, completed_address};
use super::side::side;
use crate::commands::shipping::given_address;
use crate::commands::{Ctx, read_json_input};
use crate::error::Result;
use crate::output::{Printer, View};

// The flags `order create` takes too (order/direct.rs).
#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order render --item WUnUC1cILiBjt-Jv3lDdlQ:5032007803360:1 --address-name 张三 --address-mobile 13800000000 --address-street 文一西路969号",
]))]
pub struct Args {
    #[command(flatten)]
    pub order: DirectOrderArgs,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let a = args.order;
    let side = side(ctx);
    let call = match &a.input {
        Some(path) => side.direct_preview(&read_json_input(path).await?),
        None => {
            side.check_direct(&a)?;
            let address = completed_address(ctx, given_address(ctx, &a.address)?).await?;
            side.direct_preview(&side.direct_body(&a, &address))
        }
    };
    let client = ctx.client()?;
    let data = client.call(call).await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        side.draw_direct_preview(ctx, &data)
    }))
}
