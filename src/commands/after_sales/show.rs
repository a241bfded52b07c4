//! `after-sales show`: the v2 detail (docs/api.md#taobao-refund-get), drawn by `detail`.

use serde_json::Value;

use super::detail::{detail_view, heading};
use crate::api::Call;
use crate::api::types::Detail;
use crate::api::types::refund::{currency, keys_of, refund_field};
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, print_fields, unexpected};
use crate::error::Result;
use crate::output::{Printer, View};

pub(super) const GET: &str = "taobao.refund.get";

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let id = a.refund_id;
    let client = ctx.client()?;
    let data = client.call(Call::new(GET).query("refundId", id)).await?;
    ctx.printer
        .print(&View(&data, |_: &Printer| print_detail(ctx, &data, id)))
}

fn print_detail(ctx: &Ctx, data: &Value, id: u64) -> Result<()> {
    let out = &ctx.printer;
    match Detail::from_data(data) {
        Some(d) => {
            let (head, lines) =
                detail_view(&d, id, ctx.settings.sandbox.is_some(), out.stdout_terminal);
            out.heading(&head)?;
            for l in lines {
                out.line(&l)?;
            }
            Ok(())
        }
        // Not the documented detail, yet an after-sales record: what can be read, then every
        // field. Without even a refundId it is something else, and is not shown as one.
        None if refund_field(data, "refundId").is_none() => Err(unexpected(format!(
            "unexpected response: data should be an after-sales detail (refundOrderAggregate.refundOrder, docs/api.md#taobao-refund-get), got {}",
            keys_of(data)
        ))),
        None => {
            out.heading(&heading(data, id, None, &currency(data)))?;
            print_fields(ctx, data)
        }
    }
}
