//! `order show ID...`: each order's detail, with a logistics summary
//! (docs/api.md#taobao-order-get, docs/api.md#alibaba-order-get).

use clap::Args as ClapArgs;

use super::side::side;
use super::total_text;
use super::tracking::tracking_summary;
use crate::api::types::Order;
use crate::cli::parse::parse_id;
use crate::commands::batch::{self, Item, Tally};
use crate::commands::{Ctx, unexpected, unique_ids};
use crate::domain::status::OrderState;
use crate::error::Result;
use crate::output::format::{self, money};
use crate::output::{Printer, Table};

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order show 3305075341149007217",
    "pandapon order show 3305075341149010310 3305075341149005155 --json",
]))]
pub struct Args {
    /// Order ids (several are fetched in parallel, see --concurrency)
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = &unique_ids(ctx, args.order_ids);
    let side = side(ctx);
    let client = ctx.client()?;
    let out = &ctx.printer;
    let json = out.json;
    let mut tally = Tally::new("order", ids.len());
    let mut entries = Vec::new();
    let mut first = true;
    batch::run(
        ctx,
        ids,
        |id| {
            let client = &client;
            async move {
                let data = client.call(side.detail_call(id)).await?;
                if json {
                    return Ok((data, None));
                }
                let order = Order::from_value(&data, "data").map_err(unexpected)?;
                // The detail's own logistics fields when it has them; else ask, unless there
                // can be nothing to track. A failure there does not spoil the detail.
                let tracking = if order.logistics.is_empty()
                    && !order.state.is_some_and(OrderState::nothing_paid)
                {
                    Some(
                        client
                            .call(side.logistics_call(id))
                            .await
                            .map(|d| tracking_summary(&d)),
                    )
                } else {
                    None
                };
                Ok((data, Some((order, tracking))))
            }
        },
        |id, r| {
            match tally.take(ctx, id, r)? {
                Item::Done((data, view)) => {
                    if json {
                        entries.push(batch::json_done(id, data));
                    } else if let Some((order, tracking)) = view {
                        if !first {
                            out.line("")?;
                        }
                        first = false;
                        print_order(out, &order, tracking)?;
                    }
                }
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    tally.print_json(ctx, &entries)?;
    tally.finish()
}

fn print_order(out: &Printer, o: &Order, tracking: Option<Result<String>>) -> Result<()> {
    let terminal = out.stdout_terminal;
    let mut head = vec![format!("Order {}", o.id)];
    if !o.status.is_empty() {
        head.push(o.status.clone());
    }
    if o.total.is_some() {
        head.push(total_text(o));
    }
    let created = format::time(&o.created, terminal);
    if !created.is_empty() {
        head.push(format!("created {created}"));
    }
    out.heading(&head.join(" · "))?;
    if !o.lines.is_empty() {
        let cur = o.currency();
        let m = |c: Option<i64>| c.map(|c| money(c, cur)).unwrap_or_default();
        let mut t = Table::new(&[
            "Line",
            "Title",
            "Properties",
            "Qty",
            "Price",
            "Subtotal",
            "Status",
        ])
        .align_right(&[3, 4, 5]);
        for l in &o.lines {
            t.row(vec![
                l.id.clone(),
                if l.title.is_empty() {
                    format!("item {} sku {}", l.item_id, l.sku_id)
                } else {
                    l.title.clone()
                },
                l.properties.clone(),
                l.quantity.map(|q| q.to_string()).unwrap_or_default(),
                m(l.price),
                m(l.total),
                l.status.clone(),
            ]);
        }
        out.table(&t)?;
    }
    let mut facts = Vec::new();
    if let Some((c, own)) = &o.extra.shipping {
        let cur = own.as_deref().unwrap_or(o.currency());
        facts.push(format!("Shipping {}", money(*c, cur)));
    }
    let paid = format::time(&o.extra.paid, terminal);
    if !paid.is_empty() {
        facts.push(format!("paid {paid}"));
    }
    if !facts.is_empty() {
        out.line(&facts.join(" · "))?;
    }
    if !o.extra.ship_to.is_empty() {
        out.line(&format!("Ship to: {}", o.extra.ship_to))?;
    }
    if !o.extra.warehouse.is_empty() {
        out.line(&format!("Warehouse: {}", o.extra.warehouse))?;
    }
    let logistics = match tracking {
        _ if !o.logistics.is_empty() => o.logistics.clone(),
        Some(Ok(s)) if !s.is_empty() => s,
        Some(Ok(_)) => "no tracking yet".into(),
        Some(Err(e)) => format!("not available ({e})"),
        None => "nothing shipped yet".into(),
    };
    out.line(&format!("Logistics: {logistics}"))
}
