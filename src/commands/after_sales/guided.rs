//! The guided `after-sales submit`: on a terminal, what the flags leave out is asked for, from
//! the order down to the amount. Reached only when `Settings::may_prompt` says a person is
//! there (see `submit::run`).

use serde_json::Value;

use super::reason_value;
use super::render::print_rendered;
use crate::api::types::{Order, Rendered};
use crate::cli::parse::{parse_id, parse_yuan};
use crate::commands::order::{detail_call, recent_orders};
use crate::commands::{Ctx, unexpected};
use crate::domain::status::OrderState;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::output::format::money;
use crate::prompt;

async fn ask_number(ctx: &Ctx, label: &str) -> Result<i64> {
    loop {
        let v = prompt::input(label.to_string(), None, true).await?;
        match v.parse::<i64>() {
            Ok(n) => return Ok(n),
            Err(_) => ctx.printer.warn(&format!("\"{v}\" is not a whole number")),
        }
    }
}

async fn ask_id(ctx: &Ctx, label: &str) -> Result<u64> {
    loop {
        let v = prompt::input(label.to_string(), None, true).await?;
        match parse_id(&v) {
            Ok(id) => return Ok(id),
            Err(e) => ctx.printer.warn(&e),
        }
    }
}

/// The order, picked from the newest ones that can have after-sales, or typed.
async fn ask_order(ctx: &Ctx) -> Result<u64> {
    const TYPED: &str = "Order id (its lines are offered next)";
    // A list that cannot be read only means the id is typed.
    let recent: Vec<(u64, String)> = match recent_orders(&ctx.client()?).await {
        Ok(orders) => orders
            .iter()
            .filter(|o| !o.state.is_some_and(OrderState::nothing_paid))
            .filter_map(|o| {
                let id = parse_id(&o.id).ok()?;
                let total = o
                    .total
                    .as_ref()
                    .map(|(c, cur)| format!(" · {}", money(*c, cur)))
                    .unwrap_or_default();
                Some((
                    id,
                    format!("{id}  {} · {}{total}", o.status, o.items_summary()),
                ))
            })
            .collect(),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(_) => Vec::new(),
    };
    if recent.is_empty() {
        return ask_id(ctx, TYPED).await;
    }
    let mut labels: Vec<String> = recent.iter().map(|(_, l)| l.clone()).collect();
    labels.push("Another order: type its id".into());
    let i = prompt::select("Which order?".into(), labels).await?;
    match recent.get(i) {
        Some((id, _)) => Ok(*id),
        None => ask_id(ctx, TYPED).await,
    }
}

/// A person knows the order, rarely the line's id, so the line is picked from the order's
/// lines. When the order cannot be read, the sub-order id is typed instead. Returns the line
/// and, when it was read, the order.
pub(super) async fn ask_sub_order(ctx: &Ctx) -> Result<(u64, Option<u64>)> {
    let order_id = ask_order(ctx).await?;
    let order = match ctx.client()?.call(detail_call(order_id)).await {
        Ok(data) => Order::from_value(&data, "data").map_err(unexpected),
        Err(e) => Err(e),
    };
    let order = order
        .inspect_err(|e| {
            ctx.printer
                .warn(&format!("could not read order {order_id}: {e}"))
        })
        .ok();
    // Nothing was paid, so nothing can be refunded: say so before asking anything more.
    if let Some(o) = &order
        && o.state.is_some_and(OrderState::nothing_paid)
    {
        // Exit 1: what the API answers a request for such an order.
        return Err(Error::NotSent {
            why: format!(
                "order {order_id} is {}: there is nothing to refund. Nothing was sent.",
                o.status
            ),
            exit: 1,
        });
    }
    let lines: Vec<(u64, String)> = order
        .iter()
        .flat_map(|o| {
            o.lines.iter().filter_map(|l| {
                let id = parse_id(&l.id).ok()?;
                let mut label = format!("{id}  {}", l.title);
                if !l.properties.is_empty() {
                    label.push_str(&format!(" ({})", l.properties));
                }
                if let (Some(q), Some(p)) = (l.quantity, l.price) {
                    label.push_str(&format!("  {q} × {}", money(p, o.currency())));
                }
                Some((id, label))
            })
        })
        .collect();
    match lines.as_slice() {
        [] => {
            match order.as_ref().map(|o| o.lines.first()) {
                None => {}
                Some(None) => ctx
                    .printer
                    .warn(&format!("order {order_id} shows no lines")),
                Some(Some(l)) => ctx.printer.warn(&format!(
                    "the lines of order {order_id} have no numeric id to pick (one reads \"{}\")",
                    l.id
                )),
            }
            let sub = ask_id(ctx, "Sub-order (order line) id").await?;
            Ok((sub, order.is_some().then_some(order_id)))
        }
        [(id, label)] => {
            ctx.printer.status(&format!("Sub-order {label}"));
            Ok((*id, Some(order_id)))
        }
        _ => {
            let labels = lines.iter().map(|(_, l)| l.clone()).collect();
            let i = prompt::select("Which line?".into(), labels).await?;
            Ok((lines[i].0, Some(order_id)))
        }
    }
}

/// refundType and goodsStatus: PandaPon does not document their values, so only the sandbox
/// (whose meanings are its own) offers a pick; against the real API the number is typed.
pub(super) async fn ask_kind(
    ctx: &Ctx,
    label: &str,
    field: &str,
    sandbox: &[(i64, &str)],
) -> Result<i64> {
    if ctx.settings.sandbox.is_none() {
        return ask_number(ctx, &format!("{label} (the API's {field} number)")).await;
    }
    let items = sandbox
        .iter()
        .map(|(n, w)| format!("{w} ({field} {n})"))
        .collect();
    let i = prompt::select(label.to_string(), items).await?;
    Ok(sandbox[i].0)
}

/// The render, shown before the questions it answers. `line_given`: --sub-order was a flag.
pub(super) fn show_render(
    out: &Printer,
    sub_order: u64,
    order_id: Option<u64>,
    line_given: bool,
    r: &Rendered,
) -> Result<()> {
    print_rendered(out, sub_order, r)?;
    // A person who picked the line is not walked through a request the render already
    // says will be refused (exit 1, as the API's refusal would be). With --sub-order
    // given, the API decides, on a terminal as in a script.
    if r.allowed == Some(false) && !line_given {
        let order = order_id.map(|o| o.to_string()).or(r.order.clone());
        let find = format!(
            "`pandapon after-sales list --order {}`",
            order.as_deref().unwrap_or("ORDER_ID")
        );
        return Err(Error::NotSent {
            why: format!(
                "sub-order {sub_order} cannot have an after-sales request now (the render's saleFlag is false), \
                 usually because one is already open for it: find it with {find} and change it with \
                 `pandapon after-sales modify REFUND_ID`. Nothing was sent."
            ),
            exit: 1,
        });
    }
    Ok(())
}

/// The reason, picked from those the render offers, or typed when it offers none.
pub(super) async fn ask_reason(rendered: Option<&Rendered>) -> Result<(Value, String)> {
    match rendered {
        Some(r) if !r.reasons.is_empty() => {
            let labels = r
                .reasons
                .iter()
                .map(|(_, d, tips)| {
                    if tips.is_empty() {
                        d.clone()
                    } else {
                        format!("{d} — {tips}")
                    }
                })
                .collect();
            let i = prompt::select("Reason".into(), labels).await?;
            Ok((r.reasons[i].0.clone(), r.reasons[i].1.clone()))
        }
        _ => {
            let v = prompt::input("Reason id".into(), None, true).await?;
            Ok((reason_value(&v), String::new()))
        }
    }
}

/// The amount in yuan, the render's maximum offered; asked again until `in_bounds` takes it.
pub(super) async fn ask_amount(
    ctx: &Ctx,
    max: Option<i64>,
    cur: &str,
    in_bounds: impl Fn(i64) -> std::result::Result<(), String>,
) -> Result<i64> {
    loop {
        let v = match max {
            Some(m) => {
                let label = format!("Amount in yuan (at most {})", money(m, cur));
                prompt::input_default(label, format!("{}.{:02}", m / 100, m % 100)).await?
            }
            None => prompt::input("Amount in yuan".into(), None, true).await?,
        };
        match parse_yuan(&v).and_then(|c| in_bounds(c).map(|_| c)) {
            Ok(c) => return Ok(c),
            Err(e) => ctx.printer.warn(&e),
        }
    }
}

pub(super) async fn ask_description() -> Result<String> {
    prompt::input("Description for the seller".into(), None, false).await
}
