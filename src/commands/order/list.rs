//! `order list`: one page of orders, or every page with `--all` (docs/api.md#taobao-order-list,
//! docs/api.md#alibaba-order-list).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::side::{OrderSide, side};
use super::total_text;
use crate::api::types::{Order, Page, into_page};
use crate::cli::args::Paging;
use crate::cli::parse::{parse_since, parse_until};
use crate::commands::{
    Ctx, check_period, fetch_page, next_page_hint, none_found, past_the_end, unexpected, walk_pages,
};
use crate::error::Result;
use crate::output::format;
use crate::output::{Printer, Table, View};

/// `--all` asks for pages this large: the most the order list allows (pageSize 1..=100 in
/// the sandbox), so a walk takes as few requests as it can.
const WALK_PAGE_SIZE: u32 = 100;

/// The table's columns, on a terminal and piped.
pub const COLUMNS: &[&str] = &["ID", "Status", "Items", "Total", "Created"];

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::list("", &[("", COLUMNS)], &[
    "pandapon order list --status WAIT_SELLER_SEND_GOODS",
    "pandapon order list --all --header | cut -f1,4",
]))]
pub struct Args {
    /// Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS,
    /// WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED; on 1688 one of waitbuyerpay,
    /// waitsellersend, waitbuyerreceive, confirm_goods, success, cancel, terminated
    #[arg(long)]
    pub status: Option<String>,
    /// Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Created at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

pub async fn run(mut a: Args, ctx: &Ctx) -> Result<()> {
    check_period(a.since, a.until, "order")?;
    let side = side(ctx);
    a.status = a.status.map(|s| side.check_status(&s)).transpose()?;
    let a = &a;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let what = "a list of orders";
    let terminal = out.stdout_terminal;
    if a.paging.all {
        let size = WALK_PAGE_SIZE;
        let fetch = |n| fetch_page(&client, side.list_call(a, n, size), what);
        // Each page becomes JSON text or table rows as it comes in, so ten thousand orders
        // are never all held as parsed JSON at once.
        if out.json {
            let mut array = out.json_array();
            walk_pages(&client, size, fetch, |p: Page| {
                p.elements.iter().try_for_each(|e| array.push(e))?;
                if let Some(total) = p.total_pages {
                    // After the first page: room for all of them, rather than growing by
                    // doubling (and copying) megabytes.
                    array.expect_pages(total);
                }
                Ok(())
            })
            .await?;
            return out.print_json_array(array);
        }
        let mut t = orders_table();
        walk_pages(&client, size, fetch, |p: Page| {
            add_orders(&mut t, &p.elements, terminal)
        })
        .await?;
        return print_orders(ctx, side, &t, a);
    }
    let call = side.list_call(a, a.paging.page, a.paging.page_size);
    let data = client.call(call).await?;
    out.print(&View(&data, |_: &Printer| {
        // The page is read only for the table: `--json` prints whatever came.
        let p = into_page(data.clone(), what).map_err(unexpected)?;
        if p.elements.is_empty()
            && past_the_end(ctx, p.total_pages, p.total_records, a.paging.page, "orders")
        {
            return Ok(());
        }
        let mut t = orders_table();
        add_orders(&mut t, &p.elements, terminal)?;
        print_orders(ctx, side, &t, a)?;
        next_page_hint(ctx, &p, a.paging.page, "orders");
        Ok(())
    }))
}

fn orders_table() -> Table {
    Table::new(COLUMNS).align_right(&[3]).truncate(&[2])
}

/// One row per order; a malformed order fails the command before the table is printed.
/// `data[i]` counts across the pages of a walk.
fn add_orders(t: &mut Table, elements: &[Value], terminal: bool) -> Result<()> {
    let first = t.len();
    for (i, v) in elements.iter().enumerate() {
        let o =
            Order::list_row_from_value(v, &format!("data[{}]", first + i)).map_err(unexpected)?;
        t.row(vec![
            o.id.clone(),
            o.status.clone(),
            o.items_summary(),
            total_text(&o),
            format::time(&o.created, terminal),
        ]);
    }
    Ok(())
}

fn print_orders(ctx: &Ctx, side: &dyn OrderSide, t: &Table, a: &Args) -> Result<()> {
    if t.is_empty() {
        let time = |t: Option<i64>| t.map(|ms| format::time(&json!(ms), false));
        ctx.printer.status(&none_found(
            "orders",
            &[
                ("--status", a.status.clone()),
                ("--since", time(a.since)),
                ("--until", time(a.until)),
            ],
        ));
        // A word the tables show (PAID, closed) is not what the API filters on: name the
        // statuses it does (1688's were checked before sending).
        let known = side.statuses();
        if let Some(st) = &a.status
            && !known.iter().any(|k| k.eq_ignore_ascii_case(st.trim()))
        {
            ctx.printer.status(&format!(
                "\"{st}\" is not one of Taobao's order statuses, which are {} (the API may name others).",
                known.join(", ")
            ));
        }
        return Ok(());
    }
    ctx.printer.table(t)
}
