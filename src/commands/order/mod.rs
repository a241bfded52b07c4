//! `pandapon order ...`: orders on Taobao (docs/api.md#taobao-orders) or 1688
//! (docs/api.md#alibaba-orders). One module per verb, each the flow for both platforms where
//! both have the verb; the platform supplies its operations, bodies and views through
//! `side::OrderSide` (`taobao.rs`, `alibaba.rs`). A verb one platform lacks says so (exit 2).

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, fetch_page, unexpected};
use crate::api::types::Order;
use crate::api::{Call, Client};
use crate::domain::Platform;
use crate::error::Result;
use crate::output::format::money;

mod alibaba;
mod batch_write;
pub mod cancel;
pub mod confirm_receipt;
pub mod create;
mod direct;
pub mod im_link;
pub mod list;
pub mod logistics;
pub mod pay;
pub mod render;
pub mod show;
mod side;
mod taobao;
mod tracking;
pub mod warehouse;

// Taobao operations several verbs call; each verb or side names its own.
const LIST: &str = "taobao.order.list";
const GET: &str = "taobao.order.get";
const LOGISTICS: &str = "taobao.order.logistics";

#[derive(Subcommand, Debug)]
pub enum OrderCommand {
    /// List orders, newest first as the API sends them (Taobao, 1688)
    List(list::Args),
    /// Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)
    Show(show::Args),
    /// Show an order's logistics: every package and its tracking events (Taobao, 1688)
    #[command(visible_alias = "track")]
    Logistics(logistics::Args),
    /// Print the URL of the seller chat for an order (Taobao)
    ImLink(im_link::Args),
    /// Change an order's pre-warehouse (前置仓) name and address (Taobao)
    Warehouse(warehouse::Args),
    /// Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)
    Create(create::Args),
    /// Show what a direct order would cost, without creating it (Taobao, 1688)
    #[command(visible_alias = "preview")]
    Render(render::Args),
    /// Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)
    Pay(pay::Args),
    /// Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)
    Cancel(cancel::Args),
    /// Confirm that shipped orders arrived, which pays the seller (1688)
    ConfirmReceipt(confirm_receipt::Args),
}

impl OrderCommand {
    /// The verb's name, when one platform lacks it, and the platforms that have it.
    fn only_on(&self) -> Option<(&'static str, &'static [Platform])> {
        match self {
            OrderCommand::ImLink(_) => Some(("order im-link", &[Platform::Taobao])),
            OrderCommand::Warehouse(_) => Some(("order warehouse", &[Platform::Taobao])),
            OrderCommand::ConfirmReceipt(_) => {
                Some(("order confirm-receipt", &[Platform::Alibaba1688]))
            }
            _ => None,
        }
    }
}

pub async fn run(cmd: OrderCommand, ctx: &Ctx) -> Result<()> {
    if let Some((verb, has)) = cmd.only_on() {
        ctx.settings.require_platform(verb, has)?;
    }
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
        OrderCommand::ConfirmReceipt(a) => confirm_receipt::run(a, ctx).await,
    }
}

/// An order's total as tables show it (list, show, and the table before a pay or cancel).
fn total_text(o: &Order) -> String {
    o.total
        .as_ref()
        .map(|(c, cur)| money(*c, cur))
        .unwrap_or_default()
}

/// The newest Taobao orders (the list's first page, as `order list` asks for it), for a person
/// to pick one from (the guided `after-sales submit`).
pub(crate) async fn recent_orders(client: &Client<'_>) -> Result<Vec<Order>> {
    let call = Call::new(LIST).body(json!({"pageNo": 1, "pageSize": 20}));
    let p = fetch_page(client, call, "a list of orders").await?;
    p.elements
        .iter()
        .enumerate()
        .map(|(i, v)| Order::list_row_from_value(v, &format!("data[{i}]")).map_err(unexpected))
        .collect()
}

/// The Taobao order detail request (its side's, and the guided `after-sales submit`'s).
pub(crate) fn detail_call(id: u64) -> Call {
    Call::new(GET).query("orderId", id)
}

/// The detail request of the platform in effect (for after-sales on 1688).
pub(crate) fn platform_detail_call(ctx: &Ctx, id: u64) -> Call {
    side::side(ctx).detail_call(id)
}
