//! What a recorded write was about: the order, refund or cart ids in its request body, path
//! and query, read back from the record (so old records get them too).

use serde_json::{Value, json};

use crate::api::catalogue::Catalogue;
use crate::domain::value;
use crate::journal::Entry;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Order,
    SubOrder,
    TmallOrder,
    Refund,
    Cart,
    Address,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Order => "order",
            Kind::SubOrder => "sub-order",
            Kind::TmallOrder => "Tmall order",
            Kind::Refund => "refund",
            Kind::Cart => "cart item",
            Kind::Address => "address",
        }
    }
}

/// One id a write was about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub kind: Kind,
    pub id: String,
}

/// The field names that carry an id, whatever the operation (docs/api.md spells them so in
/// every body that has them).
const FIELDS: &[(&str, Kind)] = &[
    ("orderId", Kind::Order),
    ("orderIds", Kind::Order),
    ("orderIdList", Kind::Order),
    ("cartIds", Kind::Cart),
    ("purchaseOrderId", Kind::Order),
    ("payOrderId", Kind::Order),
    ("subOrderId", Kind::SubOrder),
    ("purchaseOrderLineId", Kind::SubOrder),
    ("tmallOrderId", Kind::TmallOrder),
    ("refundId", Kind::Refund),
];

/// `id`/`ids` mean a cart item in a cart operation and an address in an address one.
fn own_id_kind(operation: &str) -> Option<Kind> {
    if operation.contains(".cart.") {
        Some(Kind::Cart)
    } else if operation.starts_with("address.") {
        Some(Kind::Address)
    } else {
        None
    }
}

/// Every id the write names, each once, in the order found: the path's parameters, its query,
/// then the body (nested objects too, as `tmallOrderInfo.tmallOrderId`).
pub fn about(e: &Entry, catalogue: &Catalogue) -> Vec<Subject> {
    let mut out = Vec::new();
    let mut add = |kind: Kind, v: &Value| {
        for id in ids(v) {
            let s = Subject { kind, id };
            if !out.contains(&s) {
                out.push(s);
            }
        }
    };
    let (path, query) = e.path().split_once('?').unwrap_or((e.path(), ""));
    let mut named: Vec<(String, String)> = catalogue
        .match_request(e.method(), path)
        .map(|(_, params)| params)
        .unwrap_or_default();
    named.extend(url::form_urlencoded::parse(query.as_bytes()).into_owned());
    for (k, v) in &named {
        if let Some((_, kind)) = FIELDS.iter().find(|(f, _)| f == k) {
            add(*kind, &Value::String(v.clone()));
        }
    }
    let own = own_id_kind(e.operation());
    walk(e.body(), true, &mut |key, v, top| {
        if let Some((_, kind)) = FIELDS.iter().find(|(f, _)| *f == key) {
            add(*kind, v);
        } else if top
            && matches!(key, "id" | "ids")
            && let Some(kind) = own
        {
            add(kind, v);
        }
    });
    out
}

fn walk(v: &Value, top: bool, f: &mut dyn FnMut(&str, &Value, bool)) {
    if let Value::Object(o) = v {
        for (k, x) in o {
            f(k, x, top);
            if x.is_object() {
                walk(x, false, f);
            }
        }
    }
}

fn ids(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().filter_map(value::id_text).collect(),
        other => value::id_text(other).into_iter().collect(),
    }
}

/// "order 3305075341149010310; refund 110000235001" for a table cell.
pub fn words(subjects: &[Subject]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut kinds: Vec<Kind> = subjects.iter().map(|s| s.kind).collect();
    kinds.dedup();
    let mut seen = Vec::new();
    for k in kinds {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let ids: Vec<&str> = subjects
            .iter()
            .filter(|s| s.kind == k)
            .map(|s| s.id.as_str())
            .collect();
        parts.push(format!("{} {}", k.name(), ids.join(", ")));
    }
    parts.join("; ")
}

/// `[{"kind": "order", "id": "3305..."}]` for `--json`.
pub fn json(subjects: &[Subject]) -> Value {
    Value::Array(
        subjects
            .iter()
            .map(|s| json!({"kind": s.kind.name(), "id": s.id}))
            .collect(),
    )
}

/// The first id of a kind.
pub fn first(subjects: &[Subject], kind: Kind) -> Option<&str> {
    subjects
        .iter()
        .find(|s| s.kind == kind)
        .map(|s| s.id.as_str())
}

/// Every id of a kind.
pub fn all(subjects: &[Subject], kind: Kind) -> Vec<&str> {
    subjects
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(op: &str, method: &str, path: &str, body: Value) -> Entry {
        Entry::from_line(
            json!({"time": "t", "operation": op, "method": method, "path": path,
                                "body": body, "outcome": "unknown: x"}),
        )
    }

    #[test]
    fn ids_come_from_the_body_the_path_and_the_query() {
        let c = Catalogue::defaults();
        let pay = entry(
            "taobao.order.pay",
            "POST",
            "/v2/taobao/order/pay",
            json!({"orderId": "3305075341149010310"}),
        );
        assert_eq!(words(&about(&pay, &c)), "order 3305075341149010310");
        let cancel = entry(
            "taobao.refund.cancel",
            "GET",
            "/v2/taobao/order/refund/cancel/110000235001",
            Value::Null,
        );
        assert_eq!(words(&about(&cancel, &c)), "refund 110000235001");
        let delete = entry(
            "taobao.cart.delete",
            "POST",
            "/v2/taobao/cart/delete",
            json!({"ids": [382, 383]}),
        );
        assert_eq!(words(&about(&delete, &c)), "cart item 382, 383");
        let book = entry(
            "logistics.booking",
            "POST",
            "/v2/open/pp/logistics/orderBookingFreight?orderId=7",
            json!({"renderId": "R", "id": 9, "tmallOrderInfo": {"tmallOrderId": "5"}}),
        );
        assert_eq!(words(&about(&book, &c)), "order 7; Tmall order 5");
        let submit = entry(
            "taobao.refund.submit",
            "POST",
            "/v2/taobao/order/refund/submit",
            json!({"subOrderId": "11", "refundFee": 100}),
        );
        let s = about(&submit, &c);
        assert_eq!(first(&s, Kind::SubOrder), Some("11"));
        assert_eq!(json(&s), json!([{"kind": "sub-order", "id": "11"}]));
    }
}
