//! `after-sales list`: the documented v1 list (docs/api.md#taobao-refund-list).

use serde_json::{Value, json};

use super::{WALK_PAGE_SIZE, api_number, status_words};
use crate::api::Call;
use crate::api::types::Page;
use crate::api::types::page;
use crate::api::types::refund::{currency, refund_field, refund_text};
use crate::cli::args::Paging;
use crate::cli::parse::{parse_id, parse_since, parse_until};
use crate::commands::list::{Rows, Walk, print_all};
use crate::commands::{
    Ctx, check_period, checked_id, fetch_walk_page, next_page_hint, none_found, past_the_end,
    unexpected,
};
use crate::domain::money;
use crate::error::Result;
use crate::output::format::{self, money};
use crate::output::{Printer, Table, View};

const LIST: &str = "taobao.refund.list";

/// The table's columns, on a terminal and piped.
pub const COLUMNS: &[&str] = &[
    "Refund ID",
    "Status",
    "Order",
    "Item",
    "Amount",
    "Reason",
    "Created",
];

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::list(REFUND_STATUS_HELP, &[("", COLUMNS)], &[
    "pandapon after-sales list --order 3305075341149001031",
    "pandapon after-sales list --status 1 --header",
]))]
pub struct Args {
    /// Only this after-sales order
    #[arg(long, value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: Option<u64>,
    /// Only after-sales of this order (purchaseOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order: Option<u64>,
    /// Only after-sales of this Taobao order (salesOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sales_order: Option<u64>,
    /// Only this refundStatus (the API's number)
    #[arg(long, value_name = "N", value_parser = parse_refund_status)]
    pub status: Option<i64>,
    /// Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Requested at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

const REFUND_STATUS_HELP: &str = "--status: PandaPon documents refundStatus as an integer but \
not what the numbers mean. In the sandbox, 1..6 are WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, \
WAIT_SELLER_CONFIRM_GOODS, SELLER_REFUSE_BUYER, CLOSED, SUCCESS.";

/// `--status`: the integer refundStatus. A status name gets its sandbox number suggested.
pub fn parse_refund_status(s: &str) -> Result<i64, String> {
    api_number("--status", "refundStatus", s).map_err(|e| {
        match crate::domain::refund::refund_status_number(s) {
            Some(n) => format!(
                "{e} (in the sandbox, {} is {n})",
                s.trim().to_ascii_uppercase()
            ),
            None => e,
        }
    })
}

/// The documented v1 list body: `pageNo`, `pageSize` and optional filters, times in ms.
fn list_body(a: &Args, page_no: u32, size: u32) -> Value {
    let mut b = json!({"pageNo": page_no, "pageSize": size});
    if let Some(v) = a.refund_id {
        b["refundId"] = json!(v.to_string());
    }
    if let Some(v) = a.order {
        b["purchaseOrderId"] = json!(v.to_string());
    }
    if let Some(v) = a.sales_order {
        b["salesOrderId"] = json!(v.to_string());
    }
    if let Some(v) = a.status {
        b["refundStatus"] = json!(v);
    }
    if let Some(v) = a.since {
        b["refundStartTime"] = json!(v);
    }
    if let Some(v) = a.until {
        b["refundEndTime"] = json!(v);
    }
    b
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    check_period(a.since, a.until, "after-sales order")?;
    let client = ctx.client()?;
    let what = "a list of after-sales orders";
    if a.paging.all {
        let size = WALK_PAGE_SIZE;
        let walk = Walk {
            size,
            limit: None,
            lines: a.paging.json_lines,
            json: false,
        };
        let fetch =
            |n| fetch_walk_page(&client, Call::new(LIST).body(list_body(&a, n, size)), what);
        let walked = print_all(ctx, &client, walk, fetch, RefundRows).await?;
        if walked.rows && walked.count == 0 {
            print_list(&ctx.printer, &[], &a)?;
        }
        return Ok(());
    }
    let call = Call::new(LIST).body(list_body(&a, a.paging.page, a.paging.page_size));
    let data = client.call(call).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        let p = page(&data, what).map_err(unexpected)?;
        if p.elements.is_empty()
            && past_the_end(
                ctx,
                p.total_pages,
                p.total_records,
                a.paging.page,
                "after-sales orders",
            )
        {
            return Ok(());
        }
        print_list(out, &p.elements, &a)?;
        next_page_hint(ctx, &p, a.paging.page, "after-sales orders");
        Ok(())
    }))
}

fn print_list(out: &Printer, elements: &[Value], a: &Args) -> Result<()> {
    if elements.is_empty() {
        let text = |v: Option<u64>| v.map(|n| n.to_string());
        let time = |t: Option<i64>| t.map(|ms| format::time(&json!(ms), false));
        out.status(&none_found(
            "after-sales orders",
            &[
                ("--refund-id", text(a.refund_id)),
                ("--order", text(a.order)),
                ("--sales-order", text(a.sales_order)),
                ("--status", a.status.map(|n| n.to_string())),
                ("--since", time(a.since)),
                ("--until", time(a.until)),
            ],
        ));
        return Ok(());
    }
    let mut t = refunds_table();
    for row in refund_rows(elements, 0, out.stdout_terminal)? {
        t.row(row);
    }
    out.table(&t)
}

/// After-sales orders as table rows, for the walk (`commands::list`).
struct RefundRows;

impl Rows<Page> for RefundRows {
    fn table(&self, _: &Page) -> Table {
        refunds_table()
    }
    fn rows(&self, p: &Page, first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
        refund_rows(&p.elements, first, terminal)
    }
}

fn refunds_table() -> Table {
    Table::new(COLUMNS).align_right(&[4]).truncate(&[3])
}

/// One row per after-sales order; `data[i]` counts across the pages of a walk.
fn refund_rows(elements: &[Value], first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::with_capacity(elements.len());
    for (i, e) in elements.iter().enumerate() {
        let cur = currency(e);
        let path = format!("data[{}]", first + i);
        let amount = match refund_field(e, "refundFee") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(t)) if t.trim().is_empty() => String::new(),
            Some(v) => money::money_value(v)
                .map(|(c, own)| money(c, own.as_deref().unwrap_or(&cur)))
                .ok_or_else(|| {
                    unexpected(format!(
                        "unexpected response: {path}.refundFee should be an amount in cents, got {v}"
                    ))
                })?,
        };
        rows.push(vec![
            checked_id(
                refund_field(e, "refundId"),
                &format!("{path}.refundId"),
                "an after-sales id",
            )?,
            refund_field(e, "refundStatus")
                .map(status_words)
                .unwrap_or_default(),
            refund_text(e, "purchaseOrderId"),
            refund_text(e, "itemTitle"),
            amount,
            refund_text(e, "reasonDesc"),
            refund_field(e, "createTime")
                .map(|v| format::time(v, terminal))
                .unwrap_or_default(),
        ]);
    }
    Ok(rows)
}
