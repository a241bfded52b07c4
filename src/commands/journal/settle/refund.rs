//! Settling after-sales writes: the list since a submit was sent, the detail for a change,
//! a cancellation or a return shipment, the messages for a message.

use serde_json::Value;

use super::{Finding, LIST_PAGE, Write, unreadable};
use crate::api::types::refund::{refund_field, refund_text};
use crate::api::types::{page, pick, pick_text};
use crate::commands::journal::about::Kind;
use crate::domain::refund::REFUND_STATUSES;
use crate::domain::value::plain;
use crate::journal::Verdict::{Happened, NotHappened, Unknown};

/// A reverse order's sub-order, wherever the answer keeps it.
fn sub_order(v: &Value) -> Option<String> {
    refund_field(v, "subOrderId")
        .or_else(|| refund_field(v, "purchaseOrderLineId"))
        .map(plain)
}

pub fn submitted(w: &Write, data: &Value) -> Finding {
    let sub = w.first(Kind::SubOrder).unwrap_or_default().to_string();
    let since = w.since_text();
    let p = match page(data, "a list of after-sales requests") {
        Ok(p) => p,
        Err(e) => return unreadable("after-sales list", e),
    };
    if let Some(r) = p
        .elements
        .iter()
        .find(|r| sub_order(r).as_deref() == Some(&sub))
    {
        return Finding::new(
            Happened,
            format!(
                "refund {}: exists for sub-order {sub}",
                refund_text(r, "refundId")
            ),
        );
    }
    if p.elements.len() >= LIST_PAGE as usize {
        Finding::new(
            Unknown,
            format!("more than {LIST_PAGE} after-sales requests since {since}"),
        )
    } else if p.elements.iter().any(|r| sub_order(r).is_none()) {
        Finding::new(
            Unknown,
            "the after-sales list does not say which sub-order each is for",
        )
    } else {
        Finding::new(
            NotHappened,
            format!("no refund for sub-order {sub} since {since}"),
        )
        .so("the request was not submitted")
    }
}

fn refund_id(w: &Write) -> String {
    w.first(Kind::Refund).unwrap_or_default().to_string()
}

pub fn modified(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    for key in ["reasonId", "refundFee", "refundDesc", "goodsStatus"] {
        let Some(wanted) = w.entry.body().get(key).filter(|v| !v.is_null()) else {
            continue;
        };
        let shown = refund_field(data, key).map(plain);
        match shown {
            None => {
                return Finding::new(Unknown, format!("refund {id} does not show its {key}"));
            }
            Some(s) if s != plain(wanted) => {
                return Finding::new(NotHappened, format!("refund {id}: {key} is {s}")).so(
                    format!("not {}: the modification did not happen", plain(wanted)),
                );
            }
            Some(_) => {}
        }
    }
    Finding::new(Happened, format!("refund {id}: shows the modified fields"))
}

pub fn cancelled(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let status = refund_text(data, "refundStatus");
    let state = format!("refund {id}: {}", status.to_lowercase().replace('_', " "));
    // Names only: PandaPon documents the numbers without their meanings (docs/api.md#refund-enums).
    match status.to_ascii_uppercase().as_str() {
        "CLOSED" => Finding::new(Happened, state),
        s if REFUND_STATUSES.contains(&s) => {
            Finding::new(NotHappened, state).so("the cancellation did not happen")
        }
        _ => Finding::new(Unknown, state).so("this status does not tell whether it was cancelled"),
    }
}

pub fn return_shipped(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let wanted = w.body_text("logisticsNo").unwrap_or_default();
    let shown = pick(
        data,
        &[
            "refundOrderAggregate.logistics.logisticsNo",
            "logistics.logisticsNo",
            "logisticsNo",
        ],
    )
    .map(plain)
    .unwrap_or_default();
    if shown == wanted {
        Finding::new(Happened, format!("refund {id}: return shipped as {shown}"))
    } else if shown.is_empty() {
        Finding::new(NotHappened, format!("refund {id}: no return shipment"))
            .so("the return shipment was not recorded")
    } else {
        Finding::new(
            NotHappened,
            format!("refund {id}: return shipped as {shown}"),
        )
        .so(format!("not {wanted}: this submission did not take effect"))
    }
}

pub fn message_sent(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let text = w.body_text("refundMessage").unwrap_or_default();
    let p = match page(data, "a list of messages") {
        Ok(p) => p,
        Err(e) => return unreadable("messages", e),
    };
    let found = p
        .elements
        .iter()
        .any(|m| pick_text(m, &["content", "refundMessage", "message", "text"]) == text);
    if found {
        Finding::new(Happened, format!("refund {id}: the message is there"))
    } else if p.total_pages.is_some_and(|t| t > 1) {
        Finding::new(
            Unknown,
            format!("refund {id}: not on the first page of messages"),
        )
    } else {
        Finding::new(NotHappened, format!("refund {id}: no such message"))
            .so("the message was not sent")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::journal::settle::judge;

    #[test]
    fn after_sales_and_addresses() {
        let list = |rows: Value| json!({"data": rows, "totalPage": 1});
        let (v, s) = judge(
            "taobao.refund.submit",
            json!({"subOrderId": "11"}),
            list(json!([{"refundId": "110000235001", "subOrderId": 11}])),
        );
        assert_eq!(
            (v, s.as_str()),
            (
                Happened,
                "refund 110000235001: exists for sub-order 11, as of T"
            )
        );
        assert_eq!(
            judge(
                "taobao.refund.submit",
                json!({"subOrderId": "11"}),
                list(json!([]))
            )
            .0,
            NotHappened
        );
        assert_eq!(
            judge(
                "taobao.refund.submit",
                json!({"subOrderId": "11"}),
                list(json!([{"refundId": "1"}]))
            )
            .0,
            Unknown,
            "the list does not name sub-orders"
        );
        let detail = |status: &str, fee: i64| {
            json!({"refundOrderAggregate": {"refundOrder":
            {"refundId": "5", "refundStatus": status, "refundFee": fee, "reasonId": 4001},
            "logistics": {"logisticsNo": "SF1"}}})
        };
        assert_eq!(
            judge(
                "taobao.refund.cancel",
                json!({"refundId": "5"}),
                detail("CLOSED", 1)
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.refund.cancel",
                json!({"refundId": "5"}),
                detail("WAIT_SELLER_AGREE", 1)
            )
            .0,
            NotHappened
        );
        assert_eq!(
            judge(
                "taobao.refund.cancel",
                json!({"refundId": "5"}),
                detail("3", 1)
            )
            .0,
            Unknown
        );
        assert_eq!(
            judge(
                "taobao.refund.modify",
                json!({"refundId": "5", "refundFee": 100}),
                detail("x", 100)
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.refund.modify",
                json!({"refundId": "5", "refundFee": 100}),
                detail("x", 90)
            )
            .0,
            NotHappened
        );
        assert_eq!(
            judge(
                "taobao.refund.return_logistics_submit",
                json!({"refundId": "5", "logisticsNo": "SF1"}),
                detail("x", 1)
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.refund.return_logistics_submit",
                json!({"refundId": "5", "logisticsNo": "SF2"}),
                detail("x", 1)
            )
            .0,
            NotHappened
        );
        let msgs = list(json!([{"content": "你好"}]));
        assert_eq!(
            judge(
                "taobao.refund.message_submit",
                json!({"refundId": "5", "refundMessage": "你好"}),
                msgs.clone()
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.refund.message_submit",
                json!({"refundId": "5", "refundMessage": "再见"}),
                msgs
            )
            .0,
            NotHappened
        );
    }
}
