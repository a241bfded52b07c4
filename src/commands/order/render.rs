//! `order render`: what a direct order would cost, without creating it
//! (docs/api.md#taobao-order-render).

use clap::Args as ClapArgs;

use super::direct::{
    DirectOrderArgs, RENDER, completed_address, print_render, render_body, render_part,
};
use crate::api::Call;
use crate::commands::shipping::given_address;
use crate::commands::{Ctx, read_json_input};
use crate::error::Result;
use crate::output::{Printer, View};

// The flags `order create` takes too (order/direct.rs).
#[derive(ClapArgs, Debug, Clone)]
pub struct Args {
    #[command(flatten)]
    pub order: DirectOrderArgs,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let a = args.order;
    let body = match &a.input {
        Some(path) => render_part(&read_json_input(path).await?),
        None => {
            let address = completed_address(ctx, given_address(ctx, &a.address)?).await?;
            render_body(&a.items, &address)
        }
    };
    let client = ctx.client()?;
    let data = client.call(Call::new(RENDER).body(body)).await?;
    ctx.printer
        .print(&View(&data, |_: &Printer| print_render(ctx, &data)))
}
