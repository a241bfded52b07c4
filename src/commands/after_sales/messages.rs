//! `after-sales messages`: the messages of a request (docs/api.md#taobao-refund-message-list).
//! Undocumented; the paging of the documented list (`pageNo`, `pageSize`) with the id.

use serde_json::{Value, json};

use super::WALK_PAGE_SIZE;
use crate::api::Call;
use crate::api::types::{page, pick, pick_text};
use crate::cli::args::Paging;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, checked_row, next_page_hint, past_the_end, unexpected, walk};
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
        let all = Value::from(walk(&client, size, what, |n| call(n, size)).await?);
        let rows = all.as_array().map_or(&[][..], Vec::as_slice);
        return ctx
            .printer
            .print(&View(&all, |out: &Printer| print_messages(out, rows)));
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
    let terminal = out.stdout_terminal;
    let mut t = Table::new(&["Time", "From", "Message", "Images"]);
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
        t.row(checked_row(
            row,
            &format!("data[{i}]"),
            "a message",
            "content, gmtCreate, senderName, refundImages",
        )?);
    }
    out.table(&t)
}
