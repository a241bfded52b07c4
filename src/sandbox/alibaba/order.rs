//! The sandbox's 1688 orders (docs/api.md#alibaba-orders) and their life: `waitbuyerpay` -pay->
//! `waitsellersend` -(the seller ships a minute later)-> `waitbuyerreceive` -confirm receipt->
//! `success`; `waitbuyerpay` -cancel-> `cancel`. Seeded orders also stand in `confirm_goods`
//! and `terminated`. How orders come to be (previews, creates) is `create.rs`.

use std::borrow::Cow;

use serde_json::{Value, json};

use super::create::seller_fields;
use super::{AlibabaState, Order, offer_spec, order_id, properties, text};
use crate::domain::status::TradeStatus;
use crate::domain::value::TAOBAO_TZ;
use crate::sandbox::request::{int_field, paged};
use crate::sandbox::{ApiError, ApiRequest, Reply, id_field};

/// The sandbox's sellers ship a paid order this long after payment.
pub const SHIP_AFTER_MS: i64 = 60_000;

pub(super) const UNPAID: &str = TradeStatus::WaitBuyerPay.api_name();
const PAID: &str = TradeStatus::WaitSellerSend.api_name();
const SHIPPED: &str = TradeStatus::WaitBuyerReceive.api_name();
const SUCCESS: &str = TradeStatus::Success.api_name();
const CANCELLED: &str = TradeStatus::Cancel.api_name();

/// The seller ships a paid order when its time has come.
fn ship_if_due(o: &mut Order, now_ms: i64) {
    if o.status == PAID
        && let Some(t) = o.ships_ms.filter(|t| *t <= now_ms)
    {
        o.status = SHIPPED.into();
        o.shipped_ms = Some(t);
    }
}

/// Before a write: every order due to ship is shipped.
pub fn ship_due(a: &mut AlibabaState, now_ms: i64) {
    a.orders.iter_mut().for_each(|o| ship_if_due(o, now_ms));
}

/// The status an order has now (shipped if due), for a read.
pub fn status_now(o: &Order, now_ms: i64) -> &str {
    if o.status == PAID && o.ships_ms.is_some_and(|t| t <= now_ms) {
        SHIPPED
    } else {
        &o.status
    }
}

/// An order as it stands now (shipped if due), for a read.
fn current(o: &Order, now_ms: i64) -> Cow<'_, Order> {
    if o.status == PAID && o.ships_ms.is_some_and(|t| t <= now_ms) {
        let mut o = o.clone();
        ship_if_due(&mut o, now_ms);
        Cow::Owned(o)
    } else {
        Cow::Borrowed(o)
    }
}

fn waybill(o: &Order) -> String {
    format!("SF{:013}", o.id % 10_000_000_000_000)
}

/// The order in the fields pandapon reads for 1688 (docs/api.md#alibaba-order-get).
fn order_json(o: &Order) -> Value {
    let (_, nick) = seller_fields(&o.seller);
    let goods = o.goods_cents();
    let items: Vec<Value> = o
        .lines
        .iter()
        .map(|l| {
            let (offer, spec) = offer_spec(&l.offer, &l.spec_id, "order").expect("seeded offers");
            json!({
                "subItemId": l.id,
                "offerMapId": offer.offer_map_id,
                "offerId": offer.offer_id,
                "specId": spec.spec_id,
                "skuId": spec.sku_id,
                "itemTitle": offer.subject,
                "itemPic": offer.pic,
                "properties": properties(spec),
                "quantity": l.quantity,
                "price": l.unit_cents,
                "totalPrice": l.unit_cents * l.quantity,
                "status": o.status,
            })
        })
        .collect();
    let mut v = json!({
        "orderId": o.id,
        "status": o.status,
        "sellerOpenId": o.seller,
        "sellerNickName": nick,
        "currency": "CNY",
        "productAmount": goods,
        "shippingFee": o.shipping_cents,
        "totalAmount": goods + o.shipping_cents,
        "createTime": o.created_ms,
        "payTime": o.paid_ms,
        "message": o.message,
    });
    let m = v.as_object_mut().expect("object");
    m.insert("addressParam".into(), o.address.clone());
    m.insert("productItems".into(), Value::Array(items));
    if o.shipped_ms.is_some() {
        m.insert(
            "logistics".into(),
            json!({"logisticsCompanyName": "顺丰速运", "logisticsBillNo": waybill(o)}),
        );
    }
    if let Some(r) = &o.cancel_reason {
        m.insert("cancelReason".into(), json!(r));
    }
    v
}

fn find(a: &AlibabaState, id: u64) -> Result<usize, ApiError> {
    a.orders
        .iter()
        .position(|o| o.id == id)
        .ok_or_else(|| ApiError::not_found(format!("order {id} does not exist")))
}

/// `beginPage`, `pageSize` (1..=100), `orderStatus` one of the seven, the creation period.
pub fn list(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let b = req.body_object()?;
    let page = int_field(b, "beginPage")?.unwrap_or(1);
    let size = int_field(b, "pageSize")?.unwrap_or(20);
    if !(1..=100_000).contains(&page) || !(1..=100).contains(&size) {
        return Err(ApiError::bad(format!(
            "beginPage must be from 1 to 100000 and pageSize from 1 to 100, got {page} and {size}"
        )));
    }
    let status =
        match b.get("orderStatus") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(TradeStatus::from_name(s).ok_or_else(|| {
                ApiError::bad(format!("orderStatus \"{s}\" is not a trade status"))
            })?),
            Some(v) => {
                return Err(ApiError::bad(format!(
                    "orderStatus must be a string, got {v}"
                )));
            }
        };
    let from = int_field(b, "createStartTime")?;
    let to = int_field(b, "createEndTime")?;
    let now: Vec<Cow<'_, Order>> = a.orders.iter().map(|o| current(o, req.now_ms)).collect();
    let mut matching: Vec<&Order> = now
        .iter()
        .map(|o| o.as_ref())
        .filter(|o| status.is_none_or(|st| o.status == st.api_name()))
        .filter(|o| from.is_none_or(|f| o.created_ms >= f) && to.is_none_or(|t| o.created_ms <= t))
        .collect();
    matching.sort_by(|x, y| y.created_ms.cmp(&x.created_ms).then(y.id.cmp(&x.id)));
    Ok(paged(&matching, page, size, |o| order_json(o)))
}

/// The v1 detail body: `webSite` "1688" and the `orderId`.
pub fn get(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let b = req.body_object()?;
    let site = text(b, "webSite")?;
    if site != "1688" {
        return Err(ApiError::bad(format!(
            "webSite must be \"1688\", got \"{site}\""
        )));
    }
    let id = order_id(b, false)?;
    Ok(order_json(&current(&a.orders[find(a, id)?], req.now_ms)))
}

fn china_time(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned_datetime(TAOBAO_TZ)
                .strftime("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_default()
}

/// The trace of a shipped order: the company, the waybill and the steps so far; nothing before
/// the seller ships.
pub fn logistics(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let raw = req.query.get("orderId").map(|s| Value::String(s.clone()));
    let id = id_field(raw.as_ref(), "orderId")?;
    let o = current(&a.orders[find(a, id)?], req.now_ms);
    let Some(shipped) = o.shipped_ms else {
        return Ok(json!([]));
    };
    let seller = seller_fields(&o.seller).1;
    let steps: Vec<Value> = [
        (0, format!("【{seller}】卖家已发货，顺丰速运 已揽收")),
        (60_000, "【深圳市】快件已到达 深圳转运中心".to_string()),
        (
            600_000,
            "【杭州市】快件已到达 杭州集运仓，待签收".to_string(),
        ),
    ]
    .into_iter()
    .filter(|(after, _)| shipped + after <= req.now_ms.max(shipped))
    .map(|(after, remark)| json!({"acceptTime": china_time(shipped + after), "remark": remark}))
    .collect();
    Ok(json!([{
        "logisticsCompanyName": "顺丰速运",
        "logisticsBillNo": waybill(&o),
        "logisticsSteps": steps,
    }]))
}

/// `webSite` "1688", `orderId` an integer, `cancelReason`: only before payment.
pub fn cancel(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let site = text(b, "webSite")?;
    if site != "1688" {
        return Err(ApiError::bad(format!(
            "webSite must be \"1688\", got \"{site}\""
        )));
    }
    let id = order_id(b, true)?;
    let reason = b
        .get("cancelReason")
        .and_then(Value::as_str)
        .map(String::from);
    let i = find(a, id)?;
    let o = &mut a.orders[i];
    if o.status != UNPAID {
        let next = match o.status.as_str() {
            CANCELLED | "terminated" => String::new(),
            _ => format!(
                "; a paid order is refunded instead (pandapon --platform 1688 after-sales reasons {id})"
            ),
        };
        return Err(ApiError::conflict(format!(
            "order {id} is {} and cannot be cancelled: only an order awaiting payment (waitbuyerpay) can{next}",
            o.status
        )));
    }
    o.status = CANCELLED.into();
    o.cancel_reason = reason;
    Ok(json!(true))
}

fn pay_url(ids: &[u64]) -> String {
    let ids: Vec<String> = ids.iter().map(u64::to_string).collect();
    format!(
        "https://trade.1688.com/order/cashier.htm?orderIds={}&sandbox=1",
        ids.join(",")
    )
}

/// Paid. The sandbox's account pays by agreement (protocolPaySuccess: true, so the client says
/// "paid"), and answers the cashier URL as well, as PandaPon's answer carries both fields.
fn mark_paid(o: &mut Order, now_ms: i64) {
    o.status = PAID.into();
    o.paid_ms = Some(now_ms);
    o.ships_ms = Some(now_ms + SHIP_AFTER_MS);
}

/// GET `?orderId=`: an order awaiting payment is paid (docs/api.md#alibaba-order-pay).
pub fn pay(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let raw = req.query.get("orderId").map(|s| Value::String(s.clone()));
    let id = id_field(raw.as_ref(), "orderId")?;
    let i = find(a, id)?;
    let o = &mut a.orders[i];
    if o.status != UNPAID {
        return Err(ApiError::conflict(format!(
            "order {id} is {}; only an order awaiting payment (waitbuyerpay) can be paid",
            o.status
        )));
    }
    mark_paid(o, req.now_ms);
    Ok(
        json!({"orderId": id, "protocolPaySuccess": true, "payUrl": pay_url(&[id]), "cantPayOrderList": []}),
    )
}

/// `orderIdList`: those awaiting payment are paid, the others listed in `cantPayOrderList`.
pub fn batch_pay(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let ids: Vec<u64> = req
        .ids(b, "orderIdList")?
        .into_iter()
        .map(|id| u64::try_from(id).unwrap_or_default())
        .collect();
    if ids.is_empty() {
        return Err(ApiError::bad("orderIdList must name at least one order"));
    }
    for id in &ids {
        find(a, *id)?;
    }
    let (mut paid, mut cant) = (Vec::new(), Vec::new());
    for id in ids {
        let i = find(a, id)?;
        if a.orders[i].status == UNPAID {
            mark_paid(&mut a.orders[i], req.now_ms);
            paid.push(id);
        } else {
            cant.push(id);
        }
    }
    if paid.is_empty() {
        return Err(ApiError::conflict(
            "none of these orders awaits payment (waitbuyerpay)".to_string(),
        ));
    }
    Ok(json!({"protocolPaySuccess": true, "payUrl": pay_url(&paid), "cantPayOrderList": cant}))
}

/// `orderId`: a shipped order is received, and the trade completes.
pub fn confirm_receipt(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let id = order_id(b, true)?;
    let i = find(a, id)?;
    let o = &mut a.orders[i];
    if o.status != SHIPPED {
        return Err(ApiError::conflict(format!(
            "order {id} is {}; only a shipped order (waitbuyerreceive) can have its receipt confirmed",
            o.status
        )));
    }
    o.status = SUCCESS.into();
    Ok(json!(true))
}
