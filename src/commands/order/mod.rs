//! `pandapon order ...`: Taobao orders.
//!
//! Only the v1 create, render, IM-link and pre-warehouse bodies are documented
//! (docs/api.md#taobao-orders); every other body here follows the nearest documented analogue,
//! noted where it is built. Order ids are sent as strings, as the one documented Taobao order id field
//! (`updateWarehouse.orderId string`) has them, so 19-digit ids never pass through a number type
//! that could round them.

use crate::cli::parse::parse_id;
use clap::Subcommand;

use serde_json::{Value, json};

use super::batch::{self, Item, Tally};
use super::{Ctx, fetch_page, gate, unexpected, unique_ids, will_ask};
use crate::api::types::{Order, pick_text};
use crate::api::{Call, Client};
use crate::domain::status::OrderState;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::money;
use crate::prompt;

const LIST: &str = "taobao.order.list";
const GET: &str = "taobao.order.get";
const CANCEL: &str = "taobao.order.cancel";
const PAY: &str = "taobao.order.pay";
const LOGISTICS: &str = "taobao.order.logistics";

pub mod create;
mod direct;
pub mod im_link;
pub mod list;
pub mod logistics;
pub mod render;
pub mod show;
mod tracking;
pub mod warehouse;

pub async fn run(cmd: OrderCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        OrderCommand::List(a) => list::run(a, ctx).await,
        OrderCommand::Show(a) => show::run(a, ctx).await,
        OrderCommand::Logistics(a) => logistics::run(a, ctx).await,
        OrderCommand::ImLink(a) => im_link::run(a, ctx).await,
        OrderCommand::Warehouse(a) => warehouse::run(a, ctx).await,
        OrderCommand::Create(a) => create::run(a, ctx).await,
        OrderCommand::Render(a) => render::run(a, ctx).await,
        OrderCommand::Pay { order_ids } => pay(ctx, &unique_ids(ctx, order_ids)).await,
        OrderCommand::Cancel { order_ids, reason } => {
            cancel(ctx, &unique_ids(ctx, order_ids), reason).await
        }
    }
}

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

pub(crate) fn detail_call(id: u64) -> Call {
    Call::new(GET).query("orderId", id)
}

/// Whether a pay or cancel can act on an order in this state. A status pandapon does not
/// know is left for the API to judge.
fn actionable(state: Option<OrderState>) -> bool {
    state.is_none_or(|s| s == OrderState::AwaitingPayment)
}

/// On a terminal, before a batch write: the orders as they stand, the sum of the totals of
/// those it can act on, and the ones it cannot (with why), which are left out of the batch.
async fn show_before_asking(
    ctx: &Ctx,
    client: &Client<'_>,
    ids: &[u64],
) -> Result<(String, Vec<(u64, String, u8)>)> {
    let mut t = Table::new(&["ID", "Status", "Items", "Total"]).align_right(&[3]);
    let mut sums: Vec<(String, i64)> = Vec::new();
    let mut left_out: Vec<(u64, String, u8)> = Vec::new();
    batch::run(
        ctx,
        ids,
        |id| client.call(detail_call(id)),
        |id, r| {
            let row = match r.and_then(|d| Order::from_value(&d, "data").map_err(unexpected)) {
                Ok(o) => {
                    if !actionable(o.state) {
                        // What the API answers for an order in the wrong state: an error code.
                        left_out.push((id, format!("it is {}, not awaiting payment", o.status), 1));
                    } else if let Some((c, cur)) = &o.total {
                        match sums.iter_mut().find(|(k, _)| k == cur) {
                            Some((_, s)) => *s += c,
                            None => sums.push((cur.clone(), *c)),
                        }
                    }
                    vec![
                        id.to_string(),
                        o.status.clone(),
                        o.items_summary(),
                        total_text(&o),
                    ]
                }
                Err(e @ (Error::Interrupted | Error::BrokenPipe)) => return Err(e),
                Err(e) => {
                    left_out.push((id, format!("it could not be loaded ({e})"), e.exit_code()));
                    vec![
                        id.to_string(),
                        format!("(could not load: {e})"),
                        String::new(),
                        String::new(),
                    ]
                }
            };
            t.row(row);
            Ok(())
        },
    )
    .await?;
    ctx.printer.table(&t)?;
    let total = sums
        .iter()
        .map(|(cur, c)| money(*c, cur))
        .collect::<Vec<_>>()
        .join(" + ");
    Ok((total, left_out))
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Skipped entries are made before the others are sent: the array is put back in the order
/// the ids were given.
fn in_given_order(entries: &mut [Value], given: &[u64]) {
    entries.sort_by_key(|e| {
        given
            .iter()
            .position(|id| e["id"].as_str() == Some(id.to_string().as_str()))
    });
}

/// Pay and cancel: one confirmation for the batch, then every id with bounded concurrency.
async fn batch_write(
    ctx: &Ctx,
    ids: &[u64],
    verb: &str,
    op: &'static str,
    body: impl Fn(u64) -> Value,
    done: impl Fn(u64, &Value) -> String,
) -> Result<()> {
    let mut v = verb.chars();
    let verb_cap: String = v
        .next()
        .map(|c| c.to_uppercase().chain(v).collect())
        .unwrap_or_default();
    gate(ctx, &format!("{verb_cap} {}", plural(ids.len(), "order")))?;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let mut tally = Tally::new("order", ids.len());
    let mut entries = Vec::new();
    let given = ids;
    let mut ids = ids.to_vec();
    if will_ask(ctx) {
        let (total, left_out) = show_before_asking(ctx, &client, &ids).await?;
        // Only what can be acted on is asked about and sent; the rest is reported as not sent.
        for (id, why, exit) in left_out {
            ids.retain(|i| *i != id);
            let e = Error::NotSent {
                why: format!("skipped: {why}; nothing was sent for it"),
                exit,
            };
            if let Item::Failed(entry) = tally.take(ctx, id, Err::<Value, _>(e))? {
                entries.push(entry);
            }
        }
        if ids.is_empty() {
            in_given_order(&mut entries, given);
            tally.print_json(ctx, &entries)?;
            return tally.finish();
        }
        let total = if total.is_empty() {
            String::new()
        } else {
            format!(" (total {total})")
        };
        let what = plural(ids.len(), "order");
        prompt::confirm_write(&ctx.settings, &format!("{verb_cap} {what}{total}")).await?;
    }
    batch::run(
        ctx,
        &ids,
        |id| client.call(Call::new(op).body(body(id))),
        |id, r| {
            match tally.take(ctx, id, r)? {
                Item::Done(data) => {
                    if !out.json {
                        out.status(&done(id, &data));
                    }
                    entries.push(batch::json_done(id, data));
                }
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    in_given_order(&mut entries, given);
    tally.print_json(ctx, &entries)?;
    tally.finish()
}

/// The pay body is undocumented: `{orderId}`, as the documented 1688 pay takes the order id
/// alone (there as a query parameter of a GET; the Taobao sidebar says POST).
async fn pay(ctx: &Ctx, ids: &[u64]) -> Result<()> {
    batch_write(
        ctx,
        ids,
        "pay",
        PAY,
        |id| json!({"orderId": id.to_string()}),
        |id, data| {
            // The 1688 analogue answers {payUrl, protocolPaySuccess}: a URL means the payment
            // is to be finished there.
            let url = pick_text(data, &["payUrl", "url"]);
            let paid = data
                .get("protocolPaySuccess")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            if !url.is_empty() && !paid {
                format!("Order {id}: finish the payment at {url}")
            } else if data == &Value::Bool(false) {
                format!(
                    "Order {id}: the API answered false; check it with `pandapon order show {id}`"
                )
            } else {
                format!("Order {id}: paid.")
            }
        },
    )
    .await
}

/// The cancel body follows the documented 1688 cancel (`orderId`, `cancelReason`), without
/// its 1688-only `webSite`.
async fn cancel(ctx: &Ctx, ids: &[u64], reason: Option<String>) -> Result<()> {
    batch_write(
        ctx,
        ids,
        "cancel",
        CANCEL,
        |id| {
            let mut b = json!({"orderId": id.to_string()});
            if let Some(r) = &reason {
                b["cancelReason"] = json!(r);
            }
            b
        },
        |id, data| {
            if data == &Value::Bool(false) {
                format!(
                    "Order {id}: the API answered false; check it with `pandapon order show {id}`"
                )
            } else {
                format!("Order {id}: cancelled.")
            }
        },
    )
    .await
}

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
    Pay {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
    },
    /// Cancel unpaid orders (asks once for the whole batch)
    Cancel {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
        /// Why, as sent to the API's cancelReason
        #[arg(long)]
        reason: Option<String>,
    },
}
