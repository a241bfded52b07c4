//! Order messages, the pushes PandaPon sends to a developer's callback address
//! (docs/api.md#callbacks): their types, how one is read, what identifies it, and the bodies
//! the sandbox and `pandapon trigger` build. Shared by the receiver (`pandapon listen`) and the
//! sandbox that pushes, so both read and write the same vocabulary.

use serde_json::{Map, Value, json};

use super::Platform;
use super::status::OrderState;
use super::value::{TAOBAO_TZ, id_text};

/// What a message says happened (the sandbox decides which type to send by this).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Created,
    Paid,
    Cancelled,
    PriceChanged,
    Refund,
}

/// A message type pandapon knows.
#[derive(Debug)]
pub struct KnownType {
    pub name: &'static str,
    pub kind: Kind,
    /// Set when only one platform sends it (PandaPon's own Taobao price callback).
    pub only: Option<Platform>,
    pub about: &'static str,
}

/// PandaPon documents one type by name, the Taobao price change; the other five are the Xport
/// clone's names (docs/api.md#callbacks, [D] and [X]).
pub const TYPES: [KnownType; 6] = [
    KnownType {
        name: "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        kind: Kind::PriceChanged,
        only: Some(Platform::Taobao),
        about: "a Taobao order's price changed; the one body PandaPon documents",
    },
    KnownType {
        name: "ORDER_CREATE",
        kind: Kind::Created,
        only: None,
        about: "an order was created, awaiting payment",
    },
    KnownType {
        name: "ORDER_PAY_SUCCESS",
        kind: Kind::Paid,
        only: None,
        about: "an order was paid",
    },
    KnownType {
        name: "ORDER_CANCEL",
        kind: Kind::Cancelled,
        only: None,
        about: "an order was cancelled",
    },
    KnownType {
        name: "ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        kind: Kind::PriceChanged,
        only: None,
        about: "an order's price changed",
    },
    KnownType {
        name: "ORDER_BUYER_VIEW_ORDER_BUYER_REFUND",
        kind: Kind::Refund,
        only: None,
        about: "a refund was submitted or changed",
    },
];

/// The known type of this name, in any case (types are sent in upper case).
pub fn known(name: &str) -> Option<&'static KnownType> {
    TYPES
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(name.trim()))
}

/// The type a platform sends for `kind`: Taobao's price change has PandaPon's own name.
pub fn type_for(kind: Kind, platform: Platform) -> &'static str {
    TYPES
        .iter()
        .find(|t| t.kind == kind && t.only.is_none_or(|p| p == platform))
        .map(|t| t.name)
        .expect("every kind has a type on every platform")
}

/// A message as it arrived, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub message_type: String,
    /// `messagePlatform`: 0 Taobao, 1 1688.
    pub platform: Platform,
    /// `timestamp`: the push time in ms, as the digits came.
    pub timestamp: String,
    /// `messageBody` as an object, decoded when it came as a JSON string.
    pub body: Map<String, Value>,
    pub body_was_string: bool,
}

/// What a POST to the callback address is.
#[derive(Debug, PartialEq)]
pub enum Received {
    /// The console's Verify (nothing documents what it sends): an empty body or `{}`.
    Ping,
    Message(Message),
}

/// Reads a POST body. The error says what is wrong, for the sender's log and ours.
pub fn parse(bytes: &[u8]) -> Result<Received, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Received::Ping);
    }
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| format!("the body is not JSON: {e}"))?;
    let Value::Object(o) = v else {
        return Err("the body is not a JSON object".into());
    };
    if o.is_empty() {
        return Ok(Received::Ping);
    }
    let message_type = match o.get("messageType") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        None => return Err("messageType is missing".into()),
        Some(other) => return Err(format!("messageType must be a string, got {other}")),
    };
    let platform = match o.get("messagePlatform").and_then(super::value::int) {
        Some(n) => Platform::from_message_code(n)
            .ok_or_else(|| format!("messagePlatform must be 0 (Taobao) or 1 (1688), got {n}"))?,
        None => {
            return Err(format!(
                "messagePlatform must be 0 (Taobao) or 1 (1688), got {}",
                o.get("messagePlatform")
                    .map_or("nothing".into(), Value::to_string)
            ));
        }
    };
    let timestamp = match o.get("timestamp") {
        Some(Value::String(s)) if is_digits(s) => s.clone(),
        Some(Value::Number(n)) if is_digits(&n.to_string()) => n.to_string(),
        other => {
            return Err(format!(
                "timestamp must be a string of milliseconds, got {}",
                other.map_or("nothing".into(), Value::to_string)
            ));
        }
    };
    // An object on PandaPon's page, a string holding one in Xport's example: both are read.
    let (body, body_was_string) = match o.get("messageBody") {
        Some(Value::Object(b)) => (b.clone(), false),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Object(b)) => (b, true),
            _ => return Err("messageBody is a string that does not hold a JSON object".into()),
        },
        other => {
            return Err(format!(
                "messageBody must be an object or a JSON string, got {}",
                other.map_or("nothing".into(), Value::to_string)
            ));
        }
    };
    Ok(Received::Message(Message {
        message_type,
        platform,
        timestamp,
        body,
        body_was_string,
    }))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.len() <= 19 && s.bytes().all(|b| b.is_ascii_digit())
}

impl Message {
    pub fn known(&self) -> Option<&'static KnownType> {
        known(&self.message_type)
    }

    /// The order the message is about: `orderId` (Xport), `salesOrderId` (PandaPon's Taobao
    /// price body), or the ids the sandbox's refund bodies also carry.
    pub fn order_id(&self) -> Option<String> {
        ["orderId", "salesOrderId", "payOrderId", "purchaseOrderId"]
            .iter()
            .find_map(|k| self.body.get(*k).and_then(id_text))
    }

    pub fn refund_id(&self) -> Option<String> {
        self.body.get("refundId").and_then(id_text)
    }

    /// Identifies the message by what it says, not when it was pushed: PandaPon's retry of a
    /// message half an hour later carries a new `timestamp` (the push time), so the key covers
    /// the type, the platform and the body (object and string forms alike, keys in any order).
    pub fn content_key(&self) -> String {
        let mut text = String::new();
        canonical(
            &json!([
                self.message_type,
                self.platform.message_code(),
                Value::Object(self.body.clone())
            ]),
            &mut text,
        );
        use md5::{Digest, Md5};
        Md5::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// JSON text with object keys sorted, so equal values give equal text.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&o[k], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The message as PandaPon sends it: `messageBody` an object, or (as in Xport's example) a
/// string holding one.
pub fn envelope(
    message_type: &str,
    platform: Platform,
    body: Value,
    as_string: bool,
    now_ms: i64,
) -> Value {
    let body = if as_string {
        Value::String(body.to_string())
    } else {
        body
    };
    json!({
        "messageType": message_type,
        "messageBody": body,
        "messagePlatform": platform.message_code(),
        "timestamp": now_ms.to_string(),
    })
}

/// "2026-05-20 15:40:00", China time, as Xport's `tbCreateTime` is written.
pub fn china_time(ms: i64) -> Option<String> {
    let t = jiff::Timestamp::from_millisecond(ms).ok()?;
    Some(
        t.to_zoned_datetime(TAOBAO_TZ)
            .strftime("%Y-%m-%d %H:%M:%S")
            .to_string(),
    )
}

/// What an order message says of an order. Amounts are integer cents, as Xport's example
/// (`totalAmount 10000` = `productAmount 9500` + `shippingFee 500`) reads.
#[derive(Clone, Debug, Default)]
pub struct OrderFacts {
    pub order_id: String,
    pub order_no: Option<String>,
    pub status: String,
    pub total_cents: i64,
    pub shipping_cents: i64,
    pub product_cents: i64,
    pub refund_cents: i64,
    pub refund_status: Option<String>,
    pub close_reason: Option<String>,
    pub created_ms: Option<i64>,
    pub paid_ms: Option<i64>,
}

impl OrderFacts {
    /// The body with Xport's `ORDER_CREATE` field names; `payStatus` 1 unpaid, 2 paid as its
    /// examples show.
    pub fn body(&self) -> Value {
        let state = order_state(&self.status);
        let paid = self.paid_ms.is_some()
            || state.is_some_and(|s| !s.nothing_paid() && s != OrderState::BeingCreated);
        json!({
            "orderId": self.order_id,
            "orderNo": self.order_no,
            "orderStatus": self.status,
            "payStatus": if paid { 2 } else { 1 },
            "totalAmount": self.total_cents,
            "shippingFee": self.shipping_cents,
            "productAmount": self.product_cents,
            "refundAmount": self.refund_cents,
            "refundStatus": self.refund_status,
            "closeReason": self.close_reason,
            "tbCreateTime": self.created_ms.and_then(china_time),
            "payTime": self.paid_ms.and_then(china_time),
        })
    }
}

/// One line of PandaPon's Taobao price body (`subOrders[]`): the documented names of the 26.
#[derive(Clone, Debug, Default)]
pub struct PriceLine {
    pub line_id: String,
    pub quantity: i64,
    pub amount_cents: i64,
}

/// PandaPon's documented `TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY` body: `salesOrderId`,
/// `subOrders[]` (snake_case names, `product_amount` a string) and `purchaseOrderPriceDTO`,
/// whose fields are not in the material: these are the sandbox's, in cents [I].
pub fn taobao_price_body(order: &OrderFacts, lines: &[PriceLine]) -> Value {
    let subs: Vec<Value> = lines
        .iter()
        .map(|l| {
            json!({
                "purchase_order_outer_id": order.order_id,
                "purchase_order_line_outer_id": l.line_id,
                "product_amount": l.amount_cents.to_string(),
                "quantity": l.quantity,
                "logistic_company_name": null,
                "logistic_number": null,
                "close_time_without_payment": null,
                "detail_error_code": null,
            })
        })
        .collect();
    json!({
        "salesOrderId": order.order_id,
        "subOrders": subs,
        "purchaseOrderPriceDTO": {
            "totalAmount": order.total_cents,
            "productAmount": order.product_cents,
            "shippingFee": order.shipping_cents,
            "currency": "CNY",
        },
    })
}

/// What a refund message says: Xport shows only `{refundId "TQ…", orderId, ...}`; the other
/// names are the sandbox's answers' own (docs/api.md#refund-enums) [I].
#[derive(Clone, Debug, Default)]
pub struct RefundFacts {
    pub refund_id: String,
    pub order_id: String,
    pub sub_order_id: Option<String>,
    pub status: String,
    pub refund_cents: i64,
    pub refund_type: Option<i64>,
    pub goods_status: Option<i64>,
}

impl RefundFacts {
    pub fn body(&self) -> Value {
        json!({
            "refundId": self.refund_id,
            "orderId": self.order_id,
            "subOrderId": self.sub_order_id,
            "refundStatus": self.status,
            "refundAmount": self.refund_cents,
            "refundType": self.refund_type,
            "goodsStatus": self.goods_status,
        })
    }
}

/// An order status on either platform: Taobao's names through `OrderState`, and the 1688
/// trade statuses (docs/api.md#alibaba-trade-statuses), lower case.
pub fn order_state(name: &str) -> Option<OrderState> {
    OrderState::from_name(name).or_else(|| {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "waitbuyerpay" => OrderState::AwaitingPayment,
            "waitsellersend" => OrderState::AwaitingShipment,
            "waitbuyerreceive" => OrderState::Shipped,
            "confirm_goods" | "success" => OrderState::Completed,
            "cancel" | "terminated" => OrderState::Closed,
            _ => return None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const XPORT: &str = r#"{"messageType":"ORDER_CREATE","messageBody":"{\"orderId\":\"3305075341149134260\",\"orderNo\":\"PO202605200001\",\"orderStatus\":\"WAITING_FOR_PAYMENT\",\"payStatus\":1,\"totalAmount\":10000,\"shippingFee\":500,\"productAmount\":9500,\"refundAmount\":0,\"refundStatus\":null,\"closeReason\":null,\"tbCreateTime\":\"2026-05-20 15:40:00\",\"payTime\":null}","messagePlatform":1,"timestamp":"1779263269913"}"#;

    fn msg(text: &str) -> Message {
        match parse(text.as_bytes()).unwrap() {
            Received::Message(m) => m,
            Received::Ping => panic!("a ping"),
        }
    }

    #[test]
    fn the_documented_example_reads_with_its_string_body() {
        let m = msg(XPORT);
        assert_eq!(m.message_type, "ORDER_CREATE");
        assert_eq!(m.platform, Platform::Alibaba1688);
        assert_eq!(m.timestamp, "1779263269913");
        assert!(m.body_was_string);
        assert_eq!(m.order_id().as_deref(), Some("3305075341149134260"));
        assert_eq!(m.known().unwrap().kind, Kind::Created);
    }

    #[test]
    fn object_and_string_bodies_are_the_same_message() {
        let a = msg(XPORT);
        let body = Value::Object(a.body.clone());
        let b = envelope("ORDER_CREATE", Platform::Alibaba1688, body, false, 1);
        let b = msg(&b.to_string());
        assert!(!b.body_was_string);
        // Pushed again later: another timestamp, the same content.
        assert_eq!(a.content_key(), b.content_key());
        let c = envelope(
            "ORDER_PAY_SUCCESS",
            Platform::Alibaba1688,
            json!(a.body),
            false,
            1,
        );
        assert_ne!(a.content_key(), msg(&c.to_string()).content_key());
    }

    #[test]
    fn pings_and_bad_bodies() {
        assert_eq!(parse(b"").unwrap(), Received::Ping);
        assert_eq!(parse(b" {} ").unwrap(), Received::Ping);
        let bad = |t: &str| parse(t.as_bytes()).unwrap_err();
        assert!(bad("hello").contains("not JSON"));
        assert!(bad("[1]").contains("not a JSON object"));
        assert!(bad(r#"{"a":1}"#).contains("messageType is missing"));
        let base = r#""messageType":"X","messageBody":{}"#;
        assert!(
            bad(&format!(
                r#"{{{base},"messagePlatform":2,"timestamp":"1"}}"#
            ))
            .contains("got 2")
        );
        assert!(
            bad(&format!(
                r#"{{{base},"messagePlatform":0,"timestamp":"soon"}}"#
            ))
            .contains("milliseconds")
        );
        assert!(
            bad(r#"{"messageType":"X","messageBody":"[1]","messagePlatform":0,"timestamp":"1"}"#)
                .contains("does not hold")
        );
        // An unknown type is still a message.
        let m = msg(&format!(
            r#"{{{base},"messagePlatform":"0","timestamp":1}}"#
        ));
        assert!(m.known().is_none());
    }

    #[test]
    fn each_kind_has_a_type_on_each_platform() {
        assert_eq!(
            type_for(Kind::PriceChanged, Platform::Taobao),
            "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
        );
        assert_eq!(
            type_for(Kind::PriceChanged, Platform::Alibaba1688),
            "ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
        );
        assert_eq!(type_for(Kind::Paid, Platform::Taobao), "ORDER_PAY_SUCCESS");
        assert_eq!(known("order_cancel").unwrap().name, "ORDER_CANCEL");
        assert_eq!(
            order_state("waitsellersend"),
            Some(OrderState::AwaitingShipment)
        );
        assert_eq!(
            china_time(1_779_263_269_913).unwrap(),
            "2026-05-20 15:47:49"
        );
    }
}
