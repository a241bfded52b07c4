//! The sandbox's 1688 side: a cart of enabled and disabled items by seller, orders in every
//! trade status, after-sales with reasons, pictures and return logistics
//! (docs/api.md#alibaba-cart, #alibaba-orders, #alibaba-after-sales). Its state is the
//! `alibaba` part of the sandbox state; its offers and sellers are `seed_1688`'s.
//!
//! Its own rules: a paid order cannot be cancelled; paying answers a cashier URL and moves the
//! order to `waitsellersend`; the sandbox's sellers ship a paid order a minute after payment
//! (`SHIP_AFTER_MS`, so the whole journey can be tried); confirming receipt moves
//! `waitbuyerreceive` to `success`; a refund's reason must be one of the order's reasons.

mod cart;
mod create;
mod order;
mod refund;
pub mod seed;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::seed_1688::{self, Offer, Spec};
use super::state::State;
use super::{ApiError, ApiRequest, Reply};

/// The 1688 part of the sandbox state.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AlibabaState {
    pub next_cart_id: u64,
    pub cart: Vec<CartRow>,
    /// Order and sub-item ids come from one sequence.
    pub next_seq: u64,
    pub orders: Vec<Order>,
    pub refunds: Vec<Refund>,
    pub next_refund_seq: u64,
    /// The picture URLs the upload has answered: the only ones a refund may carry.
    pub vouchers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartRow {
    pub id: u64,
    pub offer: String,
    pub spec_id: String,
    pub quantity: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Order {
    /// 19 digits, as 1688's are.
    pub id: u64,
    pub status: String,
    pub seller: String,
    pub created_ms: i64,
    pub paid_ms: Option<i64>,
    /// When the sandbox's seller ships an order paid through the sandbox.
    pub ships_ms: Option<i64>,
    pub shipped_ms: Option<i64>,
    pub lines: Vec<Line>,
    pub shipping_cents: i64,
    /// The `addressParam` as the client sent it.
    pub address: Value,
    pub message: String,
    pub cancel_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Line {
    /// The sub-item id (`orderEntryIds` of after-sales).
    pub id: u64,
    pub offer: String,
    pub spec_id: String,
    pub quantity: i64,
    pub unit_cents: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Refund {
    /// `TQ…`, as 1688's after-sales ids are.
    pub id: String,
    pub order_id: u64,
    pub entry_ids: Vec<u64>,
    /// `refund` or `returnRefund`.
    pub dispute: String,
    pub reason_id: i64,
    pub reason: String,
    pub payment: i64,
    pub description: String,
    pub vouchers: Vec<String>,
    pub status: String,
    pub created_ms: i64,
    pub company: Option<String>,
    pub waybill: Option<String>,
}

impl Order {
    pub fn goods_cents(&self) -> i64 {
        self.lines.iter().map(|l| l.unit_cents * l.quantity).sum()
    }
}

/// 1688-style ids: 19 digits, beyond what a float holds exactly.
pub fn next_id(s: &mut AlibabaState) -> u64 {
    s.next_seq += 1;
    2_542_285_634_920_000_000 + s.next_seq * 1_031
}

/// An offer and its spec, or why not (404).
pub fn offer_spec(
    offer: &str,
    spec: &str,
    at: &str,
) -> Result<(&'static Offer, &'static Spec), ApiError> {
    let o = seed_1688::offer(offer)
        .ok_or_else(|| ApiError::not_found(format!("{at}: no offer {offer}")))?;
    let s = o
        .specs
        .iter()
        .find(|s| s.spec_id == spec)
        .ok_or_else(|| ApiError::not_found(format!("{at}: no spec {spec} of offer {offer}")))?;
    Ok((o, s))
}

/// Properties as the carts carry them: a JSON string of `[{propName, valueName}]`.
pub fn properties(spec: &Spec) -> String {
    let list: Vec<Value> = spec
        .attributes
        .iter()
        .map(|(n, v)| serde_json::json!({"propName": n, "valueName": v}))
        .collect();
    Value::Array(list).to_string()
}

/// A string field, required, non-empty.
fn text(o: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
    match o.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
        Some(v) => Err(ApiError::bad(format!("{key} must be a string, got {v}"))),
    }
}

/// An integer field the docs type as integer: a JSON number, never a string.
fn integer(o: &Map<String, Value>, key: &str) -> Result<i64, ApiError> {
    match o.get(key) {
        Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64().unwrap_or_default()),
        None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
        Some(v) => Err(ApiError::bad(format!("{key} must be an integer, got {v}"))),
    }
}

/// An order id sent as the docs type it: an integer (cancel, create), or the v1 detail's
/// string. `integer_only` refuses a string.
fn order_id(o: &Map<String, Value>, integer_only: bool) -> Result<u64, ApiError> {
    match o.get("orderId") {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| ApiError::bad(format!("orderId must be a whole number, got {n}"))),
        Some(Value::String(s)) if !integer_only => s
            .trim()
            .parse()
            .map_err(|_| ApiError::bad(format!("orderId must be a numeric id, got \"{s}\""))),
        None | Some(Value::Null) => Err(ApiError::bad("orderId is required")),
        Some(v) => Err(ApiError::bad(format!(
            "orderId must be an integer, got {v}"
        ))),
    }
}

/// Reads: `None` for an operation this side does not serve.
pub fn read(op: &str, req: &ApiRequest, s: &State) -> Option<Reply> {
    let a = &s.alibaba;
    Some(match op {
        "alibaba.cart.list" => cart::list(a),
        "alibaba.cart.preview" => cart::preview(req, a),
        "alibaba.order.preview" => create::preview(req, false),
        "alibaba.order.batch_preview" => create::preview(req, true),
        "alibaba.order.list" => order::list(req, a),
        "alibaba.order.get" => order::get(req, a),
        "alibaba.order.logistics" => order::logistics(req, a),
        "alibaba.refund.get" => refund::get(req, a),
        "alibaba.refund.reasons" => refund::reasons(req, a),
        "alibaba.refund.logistics_companies" => refund::companies(),
        _ => return None,
    })
}

/// Writes: `None` for an operation this side does not serve. Orders due to ship are shipped
/// first, so every write sees what the reads show.
pub fn write(op: &str, req: &ApiRequest, s: &mut State) -> Option<Reply> {
    if !op.starts_with("alibaba.") {
        return None;
    }
    let a = &mut s.alibaba;
    order::ship_due(a, req.now_ms);
    Some(match op {
        "alibaba.cart.add" => cart::add(req, a),
        "alibaba.cart.edit" => cart::edit(req, a),
        "alibaba.cart.delete" => cart::delete(req, a),
        "alibaba.cart.create" => cart::create(req, a),
        "alibaba.order.create" => create::create(req, a, false),
        "alibaba.order.batch_create" => create::create(req, a, true),
        "alibaba.order.cancel" => order::cancel(req, a),
        "alibaba.order.pay" => order::pay(req, a),
        "alibaba.order.batch_pay" => order::batch_pay(req, a),
        "alibaba.order.confirm_receipt" => order::confirm_receipt(req, a),
        "alibaba.refund.upload_voucher" => refund::upload_voucher(req, a),
        "alibaba.refund.create" => refund::create(req, a),
        "alibaba.refund.submit_info" => refund::submit_info(req, a),
        _ => return None,
    })
}
