//! `order list`: one page of orders, or every page with `--all` (docs/api.md#taobao-order-list,
//! docs/api.md#alibaba-order-list).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::side::{OrderSide, side};
use super::total_text;
use crate::api::types::{Keep, Order, Page, into_page};
use crate::cli::args::Paging;
use crate::cli::parse::{parse_since, parse_until};
use crate::commands::list::{Rows, Walk, print_all};
use crate::commands::{
    Ctx, check_period, fetch_walk_page, next_page_hint, none_found, past_the_end, unexpected,
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
        let walk = Walk {
            size,
            limit: None,
            lines: a.paging.json_lines,
            json: false,
        };
        let fetch = |n| fetch_walk_page(&client, side.list_call(a, n, size), what);
        let walked = print_all(ctx, &client, walk, fetch, OrderRows).await?;
        if walked.rows && walked.count == 0 {
            print_orders(ctx, side, &orders_table(), a)?;
        }
        return Ok(());
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
        for row in order_rows(&p.elements, 0, terminal)? {
            t.row(row);
        }
        print_orders(ctx, side, &t, a)?;
        next_page_hint(ctx, &p, a.paging.page, "orders");
        Ok(())
    }))
}

/// Orders as table rows, for the walk (`commands::list`).
struct OrderRows;

impl Rows<Page> for OrderRows {
    fn table(&self, _: &Page) -> Table {
        orders_table()
    }
    fn rows(&self, p: &Page, first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
        order_rows(&p.elements, first, terminal)
    }
    fn keep(&self) -> Option<Keep> {
        Some(Order::list_row_keep())
    }
}

fn orders_table() -> Table {
    Table::new(COLUMNS).align_right(&[3]).truncate(&[2])
}

/// One row per order; a malformed order fails the command before the table is printed.
/// `data[i]` counts across the pages of a walk (`first` elements came before).
fn order_rows(elements: &[Value], first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::with_capacity(elements.len());
    for (i, v) in elements.iter().enumerate() {
        // The path is written only for an error (read again with it, the read says the same).
        let o = Order::list_row_from_value(v, "")
            .or_else(|_| Order::list_row_from_value(v, &format!("data[{}]", first + i)))
            .map_err(unexpected)?;
        rows.push(vec![
            o.id.clone(),
            o.status.clone(),
            o.items_summary(),
            total_text(&o),
            format::time(&o.created, terminal),
        ]);
    }
    Ok(rows)
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
