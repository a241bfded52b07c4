//! `after-sales modify`: change a request (docs/api.md#taobao-refund-modify). A new reason or
//! amount is checked as submit checks it, against the render of the request's own line.

use serde_json::json;

use super::render::{RENDER, check_amount, find_reason, render_body};
use super::show::GET;
use super::{DRY_RUN_UNCHECKED, GOODS_STATUS_HELP, parse_goods_status, reason_value};
use crate::api::types::Rendered;
use crate::api::types::refund::{refund_field, request_kind};
use crate::api::{Call, Client};
use crate::cli::parse::{parse_id, parse_yuan};
use crate::commands::{Ctx, gate, unexpected};
use crate::domain::money;
use crate::error::{Error, Result};
use crate::output::Done;
use crate::output::format::money;
use crate::prompt;

const MODIFY: &str = "taobao.refund.modify";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples(GOODS_STATUS_HELP, &[
    "pandapon after-sales modify 110000235001 --amount 80",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
    /// The new reason id
    #[arg(long, value_name = "REASON_ID")]
    pub reason: Option<String>,
    /// The new amount in yuan, e.g. 39.90
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub amount: Option<i64>,
    /// The new description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// The new goods status (the API's goodsStatus number)
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: Option<i64>,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        refund_id: id,
        reason,
        amount,
        description,
        goods_status,
    } = a;
    if reason.is_none() && amount.is_none() && description.is_none() && goods_status.is_none() {
        return Err(Error::usage(
            "nothing to change: give --reason, --amount, --description or --goods-status",
        ));
    }
    if amount.is_some_and(|c| c <= 0) {
        return Err(Error::usage("the amount must be more than zero"));
    }
    let mut body = json!({"refundId": id.to_string()});
    if let Some(r) = &reason {
        body["reasonId"] = reason_value(r);
    }
    if let Some(c) = amount {
        body["refundFee"] = json!(c);
    }
    if let Some(d) = &description {
        body["refundDesc"] = json!(d);
    }
    if let Some(g) = goods_status {
        body["goodsStatus"] = json!(g);
    }
    // What the person is asked about: the change, and what it changes from when known.
    let describe = |checked: &Checked| {
        let mut changes = Vec::new();
        if let Some(r) = &reason {
            changes.push(match &checked.reason_words {
                Some(w) => format!("reason {r} ({w})"),
                None => format!("reason {r}"),
            });
        }
        if let Some(c) = amount {
            let cur = &checked.currency;
            changes.push(match checked.old_amount {
                Some(was) => format!("amount {} → {}", money(was, cur), money(c, cur)),
                None => format!("amount {}", money(c, cur)),
            });
        }
        if let Some(d) = &description {
            changes.push(format!("description \"{d}\""));
        }
        if let Some(g) = goods_status {
            changes.push(format!("goods status {g}"));
        }
        format!("Change after-sales {id}: {}", changes.join(", "))
    };
    let mut checked = Checked::default();
    gate(ctx, &describe(&checked))?;
    let client = ctx.client()?;
    if amount.is_some() || reason.is_some() {
        if ctx.settings.dry_run {
            ctx.printer.status(DRY_RUN_UNCHECKED);
        } else {
            checked = check_change(ctx, &client, id, &reason, amount, goods_status).await?;
        }
    }
    prompt::confirm_write(&ctx.settings, &describe(&checked)).await?;
    let data = client.call(Call::new(MODIFY).body(body)).await?;
    ctx.printer
        .print(&Done(&data, format!("After-sales {id} changed.")))
}

/// What checking a change learnt: the amount it replaces and the reason's words.
struct Checked {
    old_amount: Option<i64>,
    reason_words: Option<String>,
    currency: String,
}

impl Default for Checked {
    fn default() -> Self {
        Checked {
            old_amount: None,
            reason_words: None,
            currency: "CNY".into(),
        }
    }
}

/// A new amount or reason is checked as submit checks it, against the render of the
/// request's own line: one out of bounds, or not offered, is refused here (exit 2) with its
/// bounds in yuan. The check is advisory: when the detail or the render cannot be read,
/// that is said and the API decides.
async fn check_change(
    ctx: &Ctx,
    client: &Client<'_>,
    id: u64,
    reason: &Option<String>,
    amount: Option<i64>,
    goods_status: Option<i64>,
) -> Result<Checked> {
    let read = async {
        let detail = client.call(Call::new(GET).query("refundId", id)).await?;
        let Some((sub, refund_type, old_goods)) = request_kind(&detail) else {
            return Ok(None);
        };
        let goods = goods_status.unwrap_or(old_goods);
        let data = client
            .call(Call::new(RENDER).body(render_body(sub, refund_type, goods)))
            .await?;
        Ok::<_, Error>(Some((
            detail,
            Rendered::from_data(&data).map_err(unexpected)?,
        )))
    };
    let (detail, r) = match read.await {
        Ok(Some(found)) => found,
        Ok(None) => return Ok(Checked::default()),
        Err(e @ (Error::Interrupted | Error::BrokenPipe)) => return Err(e),
        Err(e) => {
            ctx.printer.warn(&format!(
                "could not check the change against after-sales {id}'s render ({e}); the API will decide"
            ));
            return Ok(Checked::default());
        }
    };
    let mut checked = Checked {
        currency: r.currency.clone(),
        ..Checked::default()
    };
    if let Some(c) = amount {
        check_amount(&r, c).map_err(Error::usage)?;
        checked.old_amount = refund_field(&detail, "refundFee")
            .and_then(money::money_value)
            .map(|m| m.0);
    }
    if let Some(given) = reason
        && !r.reasons.is_empty()
    {
        let (_, words) = find_reason(&r, given, &format!("after-sales {id}"))?;
        checked.reason_words = Some(words).filter(|w| !w.is_empty());
    }
    Ok(checked)
}
