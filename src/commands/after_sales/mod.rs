//! `pandapon after-sales ...`: refunds and returns. Taobao's reverse orders below; 1688's
//! after-sales (reasons, vouchers, create, return logistics, companies) in `alibaba.rs`
//! (docs/api.md#alibaba-after-sales). The verbs both platforms have (`submit`, `show`,
//! `return-ship`) take the platform's operations and bodies through `side::AfterSalesSide`.
//!
//! Documented: the v1 list body, the v2 render body and response, the v2 detail, the v1
//! cancel and the v1 message body (docs/api.md#taobao-after-sales). Submit, modify, the message list and
//! the return-logistics pair are sidebar entries only; their bodies use the field names of the
//! documented `refundOrder` template (`reasonId`, `refundFee`, `refundDesc`, `goodsStatus`,
//! `refundType`) and of the documented `logistics` object (`logisticsCompanyCode`,
//! `logisticsNo`, `buyerPhone`, `returnGoodsDesc`). Ids are sent as strings, as the documented
//! bodies type them. Amounts (`refundFee`, `minRefundFee`) are integer cents, as every
//! integer amount PandaPon documents is.
//!
//! One module per verb; the reading of the API's answers is `api::types::refund`.

mod alibaba;
mod cancel;
mod companies;
mod detail;
mod guided;
mod list;
mod message;
mod messages;
mod modify;
mod reasons;
mod render;
mod return_logistics;
mod return_ship;
mod show;
mod side;
mod submit;
mod taobao;

use clap::Subcommand;
use serde_json::{Value, json};

use super::Ctx;
use crate::domain::{Platform, status};
use crate::error::Result;

/// `--all` asks for pages this large: the most the after-sales list allows (1..=100 in the
/// sandbox; the messages list there clamps to the same), so a walk takes few requests.
const WALK_PAGE_SIZE: u32 = 100;

#[derive(Subcommand, Debug)]
pub enum AfterSalesCommand {
    /// List after-sales (reverse) orders (Taobao)
    List(list::Args),
    /// Show one after-sales order (Taobao, 1688)
    Show(show::Args),
    /// Show the reasons and the maximum refundable amount for a sub-order (Taobao)
    Render(render::Args),
    /// List the refund reasons an order can have, for `submit --reason` (1688)
    Reasons(reasons::Args),
    /// Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)
    Submit(submit::Args),
    /// Change an after-sales request (Taobao)
    Modify(modify::Args),
    /// Withdraw an after-sales request (Taobao)
    Cancel(cancel::Args),
    /// Send a message to the seller about an after-sales request (Taobao)
    Message(message::Args),
    /// List the messages of an after-sales request (Taobao)
    Messages(messages::Args),
    /// Show where and how to send goods back: the return-logistics render (Taobao)
    ReturnLogistics(return_logistics::Args),
    /// Tell the seller the return has been shipped (Taobao, 1688)
    ReturnShip(return_ship::Args),
    /// List the logistics companies a return can be sent with (1688)
    Companies(companies::Args),
}

impl AfterSalesCommand {
    /// The verb's name, when one platform lacks it, and the platforms that have it.
    fn only_on(&self) -> Option<(&'static str, &'static [Platform])> {
        const TAOBAO: &[Platform] = &[Platform::Taobao];
        const ALIBABA: &[Platform] = &[Platform::Alibaba1688];
        Some(match self {
            AfterSalesCommand::List(_) => ("after-sales list", TAOBAO),
            AfterSalesCommand::Render(_) => ("after-sales render", TAOBAO),
            AfterSalesCommand::Modify(_) => ("after-sales modify", TAOBAO),
            AfterSalesCommand::Cancel(_) => ("after-sales cancel", TAOBAO),
            AfterSalesCommand::Message(_) => ("after-sales message", TAOBAO),
            AfterSalesCommand::Messages(_) => ("after-sales messages", TAOBAO),
            AfterSalesCommand::ReturnLogistics(_) => ("after-sales return-logistics", TAOBAO),
            AfterSalesCommand::Reasons(_) => ("after-sales reasons", ALIBABA),
            AfterSalesCommand::Companies(_) => ("after-sales companies", ALIBABA),
            AfterSalesCommand::Show(_)
            | AfterSalesCommand::Submit(_)
            | AfterSalesCommand::ReturnShip(_) => return None,
        })
    }
}

pub async fn run(cmd: AfterSalesCommand, ctx: &Ctx) -> Result<()> {
    if let Some((verb, has)) = cmd.only_on() {
        ctx.settings.require_platform(verb, has)?;
    }
    match cmd {
        AfterSalesCommand::List(a) => list::run(a, ctx).await,
        AfterSalesCommand::Show(a) => show::run(a, ctx).await,
        AfterSalesCommand::Render(a) => render::run(a, ctx).await,
        AfterSalesCommand::Submit(a) => submit::run(a, ctx).await,
        AfterSalesCommand::Modify(a) => modify::run(a, ctx).await,
        AfterSalesCommand::Cancel(a) => cancel::run(a, ctx).await,
        AfterSalesCommand::Message(a) => message::run(a, ctx).await,
        AfterSalesCommand::Messages(a) => messages::run(a, ctx).await,
        AfterSalesCommand::ReturnLogistics(a) => return_logistics::run(a, ctx).await,
        AfterSalesCommand::ReturnShip(a) => return_ship::run(a, ctx).await,
        AfterSalesCommand::Reasons(a) => reasons::run(a, ctx).await,
        AfterSalesCommand::Companies(a) => companies::run(a, ctx).await,
    }
}

/// An after-sales id as typed: Taobao's are numbers (`110000235001`), 1688's letters and digits
/// (`TQ…`, docs/api.md#alibaba-refund-get); which one the platform takes is its side's check.
pub fn parse_refund_id(s: &str) -> Result<String, String> {
    let t = s.trim();
    if !t.is_empty()
        && t.len() <= 40
        && t.bytes().all(|b| b.is_ascii_alphanumeric())
        && t.bytes().any(|b| b.is_ascii_digit())
    {
        Ok(t.to_string())
    } else {
        Err(format!(
            "\"{s}\" is not an after-sales id: expected a number such as 110000235001 (Taobao) or TQ26052000000001 (1688)"
        ))
    }
}

/// The words for the after-sales statuses Taobao names (the sandbox's too); other names as
/// `status::words` reads them; a number (PandaPon does not say what they mean) as it is.
fn status_words(v: &Value) -> String {
    let known = match v.as_str().map(|s| s.trim().to_ascii_uppercase()).as_deref() {
        Some("WAIT_SELLER_AGREE") => "waiting for the seller to agree",
        Some("WAIT_BUYER_RETURN_GOODS") => "waiting for you to send the goods back",
        Some("WAIT_SELLER_CONFIRM_GOODS") => "waiting for the seller to confirm receipt",
        Some("SELLER_REFUSE_BUYER") => "refused by the seller",
        Some("CLOSED") => "closed",
        Some("SUCCESS") => "refunded",
        _ => "",
    };
    if known.is_empty() {
        status::words(v)
    } else {
        known.to_string()
    }
}

/// A reason id typed by a person: as a JSON number when it is one (ids stay exact), else
/// a string (docs/api.md#taobao-refund-submit).
fn reason_value(s: &str) -> Value {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        serde_json::from_str(t).unwrap_or_else(|_| json!(t))
    } else {
        json!(t)
    }
}

/// A dry run sends nothing, the render that checks a submit or a change included.
const DRY_RUN_UNCHECKED: &str = "dry run: the render that checks the reason and bounds the \
amount is not sent either; the request is shown as given";

// The sandbox's meanings are domain::refund's REFUND_TYPES and GOODS_STATUSES, which the sandbox
// answers by (a test holds these texts to them).
const REFUND_KIND_HELP: &str = "--type and --goods-status: PandaPon does not document the values \
of refundType and goodsStatus. In the sandbox: refundType 1 = refund only, 2 = return and \
refund; goodsStatus 1 = not received, 2 = received.";

/// `submit`'s: the same, and what 1688 makes of the flags.
const SUBMIT_KIND_HELP: &str = "--type and --goods-status: PandaPon does not document the values \
of refundType and goodsStatus. In the sandbox: refundType 1 = refund only, 2 = return and \
refund; goodsStatus 1 = not received, 2 = received. On 1688, --type 1 or 2 is sent as \
disputeRequest refund or returnRefund, and there is no --goods-status: 1688 tells from the \
order whether the goods arrived.";

const GOODS_STATUS_HELP: &str = "--goods-status: PandaPon does not document the values of \
goodsStatus. In the sandbox: 1 = not received, 2 = received.";

/// One of the API's integer codes, the flag and the field named when it is not one.
fn api_number(flag: &str, field: &str, s: &str) -> Result<i64, String> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| format!("{flag} takes the API's {field} number, e.g. 1; got \"{s}\""))
}

pub fn parse_refund_type(s: &str) -> Result<i64, String> {
    api_number("--type", "refundType", s)
}

pub fn parse_goods_status(s: &str) -> Result<i64, String> {
    api_number("--goods-status", "goodsStatus", s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_ids_keep_their_digits() {
        assert_eq!(reason_value("4001"), json!(4001));
        assert_eq!(
            reason_value("25422856349208807941").to_string(),
            "25422856349208807941"
        );
        assert_eq!(reason_value("R-1"), json!("R-1"));
    }

    #[test]
    fn the_help_names_the_sandbox_kinds_the_sandbox_reads() {
        use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
        for (n, w) in REFUND_TYPES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
            assert!(SUBMIT_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
        assert!(SUBMIT_KIND_HELP.starts_with(REFUND_KIND_HELP));
        for (n, w) in GOODS_STATUSES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
            assert!(GOODS_STATUS_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
    }
}
