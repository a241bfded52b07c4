//! `after-sales show`: one after-sales request (docs/api.md#taobao-refund-get,
//! docs/api.md#alibaba-refund-get), drawn by the platform's side.

use super::parse_refund_id;
use super::side::side;
use crate::commands::Ctx;
use crate::error::Result;
use crate::output::{Printer, View};

pub(super) const GET: &str = "taobao.refund.get";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales show 110000235001",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it (1688: as `submit` answers it)
    #[arg(value_parser = parse_refund_id, value_name = "REFUND_ID")]
    pub refund_id: String,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let side = side(ctx);
    let id = a.refund_id;
    side.check_id(&id)?;
    let client = ctx.client()?;
    let data = client.call(side.show_call(&id)).await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        side.draw_detail(ctx, &data, &id)
    }))
}
