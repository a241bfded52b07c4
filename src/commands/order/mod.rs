//! `pandapon order ...`: Taobao orders.
//!
//! Only the v1 create, render, IM-link and pre-warehouse bodies are documented
//! (docs/api.md#taobao-orders); every other body here follows the nearest documented analogue,
//! noted where it is built. Order ids are sent as strings, as the one documented Taobao order id field
//! (`updateWarehouse.orderId string`) has them, so 19-digit ids never pass through a number type
//! that could round them.

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, fetch_page, unexpected};
use crate::api::types::Order;
use crate::api::{Call, Client};
use crate::error::Result;
use crate::output::format::money;

mod batch_write;
pub mod cancel;
pub mod create;
mod direct;
pub mod im_link;
pub mod list;
pub mod logistics;
pub mod pay;
pub mod render;
pub mod show;
mod tracking;
pub mod warehouse;

// Operations several verbs call; each verb names its own.
const LIST: &str = "taobao.order.list";
const GET: &str = "taobao.order.get";
const LOGISTICS: &str = "taobao.order.logistics";

#[derive(Subcommand, Debug)]
pub enum OrderCommand {
    /// List orders, newest first as the API sends them
    List(list::Args),
    /// Show orders: status, lines, amounts and a logistics summary
    Show(show::Args),
    /// Show an order's logistics details
    Logistics(logistics::Args),
    /// Print the URL of the seller chat for an order
    ImLink(im_link::Args),
    /// Change an order's pre-warehouse (前置仓) name and address
    Warehouse(warehouse::Args),
    /// Create an order directly (not from the cart); shows the cost and asks first
    Create(create::Args),
    /// Show what a direct order would cost, without creating it
    Render(render::Args),
    /// Pay orders (asks once for the whole batch)
    Pay(pay::Args),
    /// Cancel unpaid orders (asks once for the whole batch)
    Cancel(cancel::Args),
}

pub async fn run(cmd: OrderCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        OrderCommand::List(a) => list::run(a, ctx).await,
        OrderCommand::Show(a) => show::run(a, ctx).await,
        OrderCommand::Logistics(a) => logistics::run(a, ctx).await,
        OrderCommand::ImLink(a) => im_link::run(a, ctx).await,
        OrderCommand::Warehouse(a) => warehouse::run(a, ctx).await,
        OrderCommand::Create(a) => create::run(a, ctx).await,
        OrderCommand::Render(a) => render::run(a, ctx).await,
        OrderCommand::Pay(a) => pay::run(a, ctx).await,
        OrderCommand::Cancel(a) => cancel::run(a, ctx).await,
    }
}

/// An order's total as tables show it (list, show, and the table before a pay or cancel).
fn total_text(o: &Order) -> String {
    o.total
        .as_ref()
        .map(|(c, cur)| money(*c, cur))
        .unwrap_or_default()
}

/// The newest orders (the list's first page, as `order list` asks for it), for a person to
/// pick one from.
pub(crate) async fn recent_orders(client: &Client<'_>) -> Result<Vec<Order>> {
    let call = Call::new(LIST).body(json!({"pageNo": 1, "pageSize": 20}));
    let p = fetch_page(client, call, "a list of orders").await?;
    p.elements
        .iter()
        .enumerate()
        .map(|(i, v)| Order::list_row_from_value(v, &format!("data[{i}]")).map_err(unexpected))
        .collect()
}

/// The order detail request (`order show`, the table before a pay or cancel, after-sales).
pub(crate) fn detail_call(id: u64) -> Call {
    Call::new(GET).query("orderId", id)
}
