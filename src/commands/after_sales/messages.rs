//! `after-sales messages`: the messages of a request (docs/api.md#taobao-refund-message-list).
//! Undocumented; the paging of the documented list (`pageNo`, `pageSize`) with the id.

use serde_json::{Value, json};

use super::WALK_PAGE_SIZE;
use crate::api::Call;
use crate::api::types::Page;
use crate::api::types::{page, pick, pick_text};
use crate::cli::args::Paging;
use crate::cli::parse::parse_id;
use crate::commands::list::{Rows, Walk, print_all};
use crate::commands::{
    Ctx, checked_row, fetch_walk_page, next_page_hint, past_the_end, unexpected,
};
use crate::error::Result;
use crate::output::format;
use crate::output::{Printer, Table, View};

const MESSAGES: &str = "taobao.refund.message_list";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales messages 110000235001",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
    #[command(flatten)]
    pub paging: Paging,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        refund_id: id,
        paging,
    } = a;
    let client = ctx.client()?;
    let call = |n: u32, size: u32| {
        Call::new(MESSAGES).body(json!({"refundId": id.to_string(), "pageNo": n, "pageSize": size}))
    };
    let what = "a list of messages";
    if paging.all {
        let size = WALK_PAGE_SIZE;
        let walk = Walk {
            size,
            limit: None,
            lines: paging.json_lines,
            json: false,
        };
        let fetch = |n| fetch_walk_page(&client, call(n, size), what);
        let walked = print_all(ctx, &client, walk, fetch, MessageRows).await?;
        if walked.rows && walked.count == 0 {
            print_messages(&ctx.printer, &[])?;
        }
        return Ok(());
    }
    let data = client.call(call(paging.page, paging.page_size)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        let p = page(&data, what).map_err(unexpected)?;
        if p.elements.is_empty()
            && past_the_end(ctx, p.total_pages, p.total_records, paging.page, "messages")
        {
            return Ok(());
        }
        print_messages(out, &p.elements)?;
        next_page_hint(ctx, &p, paging.page, "messages");
        Ok(())
    }))
}

fn print_messages(out: &Printer, elements: &[Value]) -> Result<()> {
    if elements.is_empty() {
        out.status("No messages.");
        return Ok(());
    }
    let mut t = messages_table();
    for row in message_rows(elements, 0, out.stdout_terminal)? {
        t.row(row);
    }
    out.table(&t)
}

/// Messages as table rows, for the walk (`commands::list`).
struct MessageRows;

impl Rows<Page> for MessageRows {
    fn table(&self, _: &Page) -> Table {
        messages_table()
    }
    fn rows(&self, p: &Page, first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
        message_rows(&p.elements, first, terminal)
    }
}

fn messages_table() -> Table {
    Table::new(&["Time", "From", "Message", "Images"])
}

/// One row per message; `data[i]` counts across the pages of a walk.
fn message_rows(elements: &[Value], first: usize, terminal: bool) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::with_capacity(elements.len());
    for (i, m) in elements.iter().enumerate() {
        let images = match pick(m, &["refundImages", "images", "pics", "picUrls"]) {
            Some(Value::Array(a)) => a.len().to_string(),
            Some(Value::String(s)) if !s.is_empty() => "1".into(),
            _ => String::new(),
        };
        let row = vec![
            pick(m, &["gmtCreate", "createTime", "time", "messageTime"])
                .map(|v| format::time(v, terminal))
                .unwrap_or_default(),
            pick_text(
                m,
                &["senderName", "owner", "role", "sender", "userNick", "from"],
            ),
            pick_text(m, &["content", "refundMessage", "message", "text"]),
            images,
        ];
        rows.push(checked_row(
            row,
            &format!("data[{}]", first + i),
            "a message",
            "content, gmtCreate, senderName, refundImages",
        )?);
    }
    Ok(rows)
}
