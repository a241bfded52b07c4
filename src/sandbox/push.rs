//! Which order messages a successful write makes, found generically so that operations added
//! later (the 1688 trade flow) produce them without being listed here.
//!
//! Before a write on `taobao.*` or `alibaba.*`, the orders and after-sales it names (in its
//! body, query or path) are read through the platform's own `<platform>.order.get` and
//! `<platform>.refund.get`; after it, those and the ones its answer names are read again, and
//! each difference is a message (docs/api.md#callbacks): an order that is new is
//! `ORDER_CREATE`, one now paid `ORDER_PAY_SUCCESS`, one now closed `ORDER_CANCEL`, one whose
//! total changed a price message; an after-sales that is new, or whose status, amount or kind
//! changed, `ORDER_BUYER_VIEW_ORDER_BUYER_REFUND`.
//!
//! The sandbox has no seller to change a price. So that the one body PandaPon documents is seen
//! in the loop, a new Taobao order is followed by `TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY`
//! with its settled price (docs/api.md#callbacks says this is the sandbox's own choice).

use std::collections::HashMap;

use serde_json::{Value, json};

use super::ApiRequest;
use super::state::State;
use crate::domain::Platform;
use crate::domain::message::{self, Kind, OrderFacts, PriceLine, RefundFacts, order_state};
use crate::domain::status::OrderState;
use crate::domain::value::{id_text, int, parse_time};

/// What a write may change, read before it runs.
pub struct Watch {
    platform: Platform,
    prefix: &'static str,
    orders: Vec<(String, Option<Value>)>,
    refunds: Vec<(String, Option<Value>)>,
}

const ORDER_KEYS: [&str; 3] = ["orderId", "orderIds", "orderIdList"];
const REFUND_KEYS: [&str; 1] = ["refundId"];

impl Watch {
    /// None for operations that are not a platform's (addresses, warehouse logistics). Like
    /// `after`, it never fails the write: a handler that panics on the reads here (a bug) only
    /// costs the messages.
    pub fn before(op: &str, req: &ApiRequest, s: &State) -> Option<Watch> {
        guarded(|| Self::read_before(op, req, s)).flatten()
    }

    fn read_before(op: &str, req: &ApiRequest, s: &State) -> Option<Watch> {
        let (platform, prefix) = match op.split('.').next()? {
            "taobao" => (Platform::Taobao, "taobao"),
            "alibaba" => (Platform::Alibaba1688, "alibaba"),
            _ => return None,
        };
        let mut w = Watch {
            platform,
            prefix,
            orders: Vec::new(),
            refunds: Vec::new(),
        };
        for id in request_ids(req, &ORDER_KEYS) {
            let snap = w.read("order", "orderId", &id, req, s);
            w.orders.push((id, snap));
        }
        for id in request_ids(req, &REFUND_KEYS) {
            let snap = w.read("refund", "refundId", &id, req, s);
            w.refunds.push((id, snap));
        }
        Some(w)
    }

    /// `<platform>.<noun>.get` of one id, handed it every way a handler may look for it.
    fn read(
        &self,
        noun: &str,
        field: &str,
        id: &str,
        req: &ApiRequest,
        s: &State,
    ) -> Option<Value> {
        let get = ApiRequest {
            params: vec![(field.to_string(), id.to_string())],
            query: HashMap::from([(field.to_string(), id.to_string())]),
            body: json!({ field: id }),
            now_ms: req.now_ms,
        };
        super::read(&format!("{}.{noun}.get", self.prefix), &get, s)?.ok()
    }

    /// The messages the write made, in the order they happened.
    pub fn after(self, req: &ApiRequest, reply: &Value, s: &State) -> Vec<Value> {
        guarded(|| self.messages(req, reply, s)).unwrap_or_default()
    }

    fn messages(mut self, req: &ApiRequest, reply: &Value, s: &State) -> Vec<Value> {
        let mut found = Vec::new();
        collect(reply, &ORDER_KEYS, &mut found, 4);
        for id in found {
            if !self.orders.iter().any(|(o, _)| *o == id) {
                self.orders.push((id, None));
            }
        }
        let mut found = Vec::new();
        collect(reply, &REFUND_KEYS, &mut found, 4);
        for id in found {
            if !self.refunds.iter().any(|(r, _)| *r == id) {
                self.refunds.push((id, None));
            }
        }
        let now = req.now_ms;
        let mut out = Vec::new();
        for (id, before) in &self.orders {
            let Some(after) = self.read("order", "orderId", id, req, s) else {
                continue;
            };
            out.extend(self.order_messages(id, before.as_ref(), &after, now));
        }
        for (id, before) in &self.refunds {
            let Some(after) = self.read("refund", "refundId", id, req, s) else {
                continue;
            };
            let (b, a) = (
                before.as_ref().map(|v| refund_facts(id, v)),
                refund_facts(id, &after),
            );
            let changed = b.is_none_or(|b| {
                (&b.status, b.refund_cents, b.refund_type, b.goods_status)
                    != (&a.status, a.refund_cents, a.refund_type, a.goods_status)
            });
            if changed {
                out.push(self.envelope(Kind::Refund, a.body(), now));
            }
        }
        out
    }

    fn order_messages(
        &self,
        id: &str,
        before: Option<&Value>,
        after: &Value,
        now: i64,
    ) -> Vec<Value> {
        let a = order_facts(id, after);
        let Some(before) = before else {
            let mut m = vec![self.envelope(Kind::Created, a.body(), now)];
            if self.platform == Platform::Taobao {
                let body = message::taobao_price_body(&a, &price_lines(after));
                m.push(self.envelope(Kind::PriceChanged, body, now));
            }
            return m;
        };
        let b = order_facts(id, before);
        let mut m = Vec::new();
        let (was, now_state) = (order_state(&b.status), order_state(&a.status));
        if was != now_state {
            match now_state {
                Some(OrderState::Closed) => {
                    let facts = OrderFacts {
                        // Only the buyer cancels in the sandbox: Xport's word for that.
                        close_reason: a.close_reason.clone().or(Some("buyer_cancel".into())),
                        ..a.clone()
                    };
                    m.push(self.envelope(Kind::Cancelled, facts.body(), now));
                }
                Some(OrderState::AwaitingShipment) if was == Some(OrderState::AwaitingPayment) => {
                    m.push(self.envelope(Kind::Paid, a.body(), now));
                }
                _ => {}
            }
        }
        if a.total_cents != b.total_cents {
            let body = match self.platform {
                Platform::Taobao => message::taobao_price_body(&a, &price_lines(after)),
                Platform::Alibaba1688 => a.body(),
            };
            m.push(self.envelope(Kind::PriceChanged, body, now));
        }
        m
    }

    /// Taobao's bodies as objects (PandaPon's own page), 1688's as strings (Xport's example,
    /// a 1688 message): a receiver meets both forms.
    fn envelope(&self, kind: Kind, body: Value, now: i64) -> Value {
        let as_string = self.platform == Platform::Alibaba1688;
        message::envelope(
            message::type_for(kind, self.platform),
            self.platform,
            body,
            as_string,
            now,
        )
    }
}

fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

/// Ids under `keys` in the request: body (top level), query, path.
fn request_ids(req: &ApiRequest, keys: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    if let Value::Object(o) = &req.body {
        for k in keys {
            if let Some(v) = o.get(*k) {
                collect_value(v, &mut out);
            }
        }
    }
    for k in keys {
        if let Some(v) = req.query.get(*k) {
            out.push(v.clone());
        }
        out.extend(
            req.params
                .iter()
                .filter(|(n, _)| n == k)
                .map(|(_, v)| v.clone()),
        );
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|id| seen.insert(id.clone()));
    out
}

/// Ids under `keys` anywhere in `v`, `depth` levels down.
fn collect(v: &Value, keys: &[&str], out: &mut Vec<String>, depth: u8) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                if keys.contains(&k.as_str()) {
                    collect_value(x, out);
                } else if depth > 0 {
                    collect(x, keys, out, depth - 1);
                }
            }
        }
        Value::Array(a) if depth > 0 => a.iter().for_each(|x| collect(x, keys, out, depth - 1)),
        _ => {}
    }
}

fn collect_value(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => out.extend(a.iter().filter_map(id_text)),
        Value::String(s) if s.trim_start().starts_with('[') => {
            if let Ok(Value::Array(a)) = serde_json::from_str::<Value>(s) {
                out.extend(a.iter().filter_map(id_text));
            }
        }
        other => out.extend(id_text(other)),
    }
}

/// The first of `keys` found in `v` or, failing that, in objects below it.
fn find<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a Value> {
    let o = v.as_object()?;
    keys.iter()
        .find_map(|k| o.get(*k).filter(|x| !x.is_null()))
        .or_else(|| {
            o.values()
                .filter(|x| x.is_object())
                .find_map(|x| find(x, keys))
        })
}

/// Cents in a plain number or a money object (`{amount, currency}`).
fn cents(v: &Value, keys: &[&str]) -> i64 {
    find(v, keys)
        .and_then(|x| int(x).or_else(|| x.get("amount").and_then(int)))
        .unwrap_or(0)
}

fn ms(v: &Value, keys: &[&str]) -> Option<i64> {
    find(v, keys)
        .and_then(parse_time)
        .map(|t| t.as_millisecond())
}

fn text(v: &Value, keys: &[&str]) -> Option<String> {
    find(v, keys).and_then(id_text)
}

fn order_facts(id: &str, v: &Value) -> OrderFacts {
    OrderFacts {
        order_id: id.to_string(),
        order_no: text(v, &["orderNo"]),
        status: text(v, &["orderStatus", "status", "tradeStatus"]).unwrap_or_default(),
        total_cents: cents(v, &["totalAmount", "sumPayment", "totalPrice"]),
        shipping_cents: cents(v, &["shippingFee", "postFee", "shippingFeeAmount"]),
        product_cents: cents(v, &["productAmount", "sumProductPayment"]),
        refund_cents: cents(v, &["refundAmount", "refund"]),
        refund_status: text(v, &["refundStatus"]),
        close_reason: text(v, &["cancelReason", "closeReason"]),
        created_ms: ms(v, &["createTime", "gmtCreate"]),
        paid_ms: ms(v, &["payTime", "gmtPayment"]),
    }
}

fn price_lines(v: &Value) -> Vec<PriceLine> {
    let lines = find(v, &["subOrders", "orderLines", "productItems"]).and_then(Value::as_array);
    lines
        .into_iter()
        .flatten()
        .map(|l| PriceLine {
            line_id: text(l, &["subOrderId", "id"]).unwrap_or_default(),
            quantity: find(l, &["quantity"]).and_then(int).unwrap_or(0),
            amount_cents: cents(l, &["totalPrice", "itemAmount", "price"]),
        })
        .collect()
}

fn refund_facts(id: &str, v: &Value) -> RefundFacts {
    RefundFacts {
        refund_id: id.to_string(),
        order_id: text(v, &["orderId", "payOrderId", "purchaseOrderId"]).unwrap_or_default(),
        sub_order_id: text(v, &["subOrderId", "purchaseOrderLineId"]),
        status: text(v, &["refundStatus", "status"]).unwrap_or_default(),
        refund_cents: cents(v, &["refundFee", "refundAmount", "applyPayment"]),
        refund_type: find(v, &["refundType"]).and_then(int),
        goods_status: find(v, &["goodsStatus"]).and_then(int),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_in_bodies_paths_and_answers() {
        let req = ApiRequest {
            params: vec![("refundId".into(), "7".into())],
            query: HashMap::new(),
            body: json!({"orderIds": ["1", 2], "orderId": "[3]"}),
            now_ms: 0,
        };
        assert_eq!(request_ids(&req, &ORDER_KEYS), vec!["3", "1", "2"]);
        assert_eq!(request_ids(&req, &REFUND_KEYS), vec!["7"]);
        let mut out = Vec::new();
        collect(
            &json!({"result": [{"orderId": 9}, {"x": {"orderIds": [10]}}]}),
            &ORDER_KEYS,
            &mut out,
            4,
        );
        assert_eq!(out, vec!["9", "10"]);
    }

    #[test]
    fn money_objects_and_nested_fields_are_read() {
        let v = json!({"refundOrder": {"refundStatus": "CLOSED", "refundFee": 500, "payOrderId": 42},
                       "purchaseOrderLine": {"subOrderId": 5}});
        let f = refund_facts("1", &v);
        assert_eq!(
            (f.status.as_str(), f.refund_cents, f.order_id.as_str()),
            ("CLOSED", 500, "42")
        );
        assert_eq!(f.sub_order_id.as_deref(), Some("5"));
        assert_eq!(
            cents(
                &json!({"totalAmount": {"amount": "1234", "currency": "CNY"}}),
                &["totalAmount"]
            ),
            1234
        );
    }
}
