//! `order warehouse ID --name --address`: change an order's pre-warehouse
//! (docs/api.md#taobao-order-update-warehouse).

use clap::Args as ClapArgs;
use serde_json::json;

use crate::api::Call;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, gate};
use crate::error::Result;
use crate::output::Done;
use crate::prompt;

const WAREHOUSE: &str = "taobao.order.update_warehouse";

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order warehouse 3305075341149007217 --name 义乌仓 --address '浙江省义乌市稠江街道 1 号'",
]))]
pub struct Args {
    #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_id: u64,
    /// Warehouse name
    #[arg(long)]
    pub name: String,
    /// Warehouse address
    #[arg(long)]
    pub address: String,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        order_id: id,
        name,
        address,
    } = args;
    let action = format!("Change the pre-warehouse of order {id} to {name} ({address})");
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client
        .call(Call::new(WAREHOUSE).body(json!({
            "warehouseAddress": address,
            "warehouseName": name,
            "orderId": id.to_string(),
        })))
        .await?;
    ctx.printer.print(&Done(
        &data,
        format!("Order {id} now goes to the pre-warehouse {name}."),
    ))
}
