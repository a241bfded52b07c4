//! How a stored message reads for a person: one line (time, platform, type, order, refund, a
//! short summary), shared by `listen` and `inbox list`.

use serde_json::{Map, Value};

use crate::domain::Platform;
use crate::domain::message::{Kind, Message};
use crate::domain::status;
use crate::domain::value::{int, parse_time, plain};
use crate::messages::inbox::Record;
use crate::output::clean::clean_line;
use crate::output::format;

pub fn platform_name(code: i64) -> String {
    Platform::from_message_code(code).map_or_else(|| code.to_string(), |p| p.name().to_string())
}

fn cents(body: &Map<String, Value>, key: &str) -> Option<String> {
    body.get(key).and_then(int).map(|c| format::money(c, "CNY"))
}

/// A few words on what the message says; unknown types show their first fields.
pub fn summary(m: &Message) -> String {
    let b = &m.body;
    let total = cents(b, "totalAmount");
    let with_total = |what: &str| match &total {
        Some(t) => format!("{what}, {t}"),
        None => what.to_string(),
    };
    let Some(t) = m.known() else {
        let fields: Vec<String> = format::flatten(&Value::Object(b.clone()))
            .into_iter()
            .take(3)
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        return format!("unknown type; {}", fields.join(", "));
    };
    match t.kind {
        Kind::Created => with_total(&format!(
            "created, {}",
            b.get("orderStatus")
                .map_or("awaiting payment".into(), status::words)
        )),
        Kind::Paid => with_total("paid"),
        Kind::Cancelled => match b.get("closeReason").filter(|v| !v.is_null()) {
            Some(r) => format!("cancelled ({})", plain(r)),
            None => "cancelled".into(),
        },
        Kind::PriceChanged => {
            let dto = b.get("purchaseOrderPriceDTO").and_then(Value::as_object);
            match total.or_else(|| dto.and_then(|d| cents(d, "totalAmount"))) {
                Some(t) => format!("price now {t}"),
                None => "price changed".into(),
            }
        }
        Kind::Refund => {
            let st = b
                .get("refundStatus")
                .map(|s| plain(s).to_lowercase().replace('_', " "))
                .unwrap_or_default();
            let amount = cents(b, "refundAmount").or_else(|| cents(b, "refundFee"));
            match amount {
                Some(a) => format!("refund {st}, {a}"),
                None => format!("refund {st}"),
            }
        }
    }
}

/// The line's fields: time received, platform, type, order id, refund id, summary.
pub fn fields(r: &Record, terminal: bool) -> Vec<String> {
    let time = parse_time(&Value::String(r.received_at.clone()))
        .map(|t| format::show_time(t, terminal))
        .unwrap_or_else(|| r.received_at.clone());
    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    // Each field on one line: the sender wrote them, and a line break or a tab in an order id
    // would forge a second message line (or column) for whoever reads the stream.
    let one = |s: String| clean_line(&s).into_owned();
    vec![
        time,
        platform_name(r.message_platform),
        one(r.message_type.clone()),
        one(dash(&r.order_id)),
        one(dash(&r.refund_id)),
        one(r.message().map(|m| summary(&m)).unwrap_or_default()),
    ]
}

/// One line: spaced for a person, tab-separated for `cut`.
pub fn line(r: &Record, terminal: bool) -> String {
    let f = fields(r, terminal);
    if terminal {
        // Widths of the longest known type and of a 19-digit id, so the lines of a stream
        // line up.
        format!(
            "{}  {:<6}  {:<42}  {:<19}  {:<18}  {}",
            f[0], f[1], f[2], f[3], f[4], f[5]
        )
    } else {
        f.join("\t")
    }
}
