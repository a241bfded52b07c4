//! The sandbox's 1688 orders (docs/api.md#alibaba-orders) and their life: `waitbuyerpay` -pay->
//! `waitsellersend` -(the seller ships a minute later)-> `waitbuyerreceive` -confirm receipt->
//! `success`; `waitbuyerpay` -cancel-> `cancel`. Seeded orders also stand in `confirm_goods`
//! and `terminated`. Previews and creates answer per seller, as 1688 splits an order by seller.

use std::borrow::Cow;

use serde_json::{Map, Value, json};

use super::{AlibabaState, Line, Order, integer, next_id, offer_spec, order_id, properties, text};
use crate::domain::status::TradeStatus;
use crate::domain::value::TAOBAO_TZ;
use crate::sandbox::request::{check_quantity_of, int_field, paged};
use crate::sandbox::seed_1688::{self, Offer, Spec};
use crate::sandbox::{ApiError, ApiRequest, Reply, id_field};

/// The sandbox's sellers ship a paid order this long after payment.
pub const SHIP_AFTER_MS: i64 = 60_000;

const UNPAID: &str = TradeStatus::WaitBuyerPay.api_name();
const PAID: &str = TradeStatus::WaitSellerSend.api_name();
const SHIPPED: &str = TradeStatus::WaitBuyerReceive.api_name();
const SUCCESS: &str = TradeStatus::Success.api_name();
const CANCELLED: &str = TradeStatus::Cancel.api_name();

/// One line to order.
pub struct Cargo {
    pub offer: &'static Offer,
    pub spec: &'static Spec,
    pub quantity: i64,
}

/// `cargoParamList` (docs/api.md#alibaba-order-preview): `offerMapId` (or the v1 `offerId`),
/// `specId`, `quantity`, and `sellerOpenId`, which must be the offer's when given.
fn cargo_list(b: &Map<String, Value>) -> Result<Vec<Cargo>, ApiError> {
    let list = match b.get("cargoParamList") {
        Some(Value::Array(l)) if !l.is_empty() => l,
        None | Some(Value::Null) | Some(Value::Array(_)) => {
            return Err(ApiError::bad(
                "cargoParamList must list at least one line (商品信息不能为空)",
            ));
        }
        Some(v) => {
            return Err(ApiError::bad(format!(
                "cargoParamList must be a list, got {v}"
            )));
        }
    };
    list.iter()
        .enumerate()
        .map(|(i, c)| {
            let at = format!("cargoParamList[{i}]");
            let o = c
                .as_object()
                .ok_or_else(|| ApiError::bad(format!("{at} must be an object")))?;
            let offer = match (o.get("offerMapId"), o.get("offerId")) {
                (Some(Value::String(s)), _) if !s.is_empty() => s.clone(),
                (_, Some(Value::Number(n))) => n.to_string(),
                _ => return Err(ApiError::bad(format!("{at}.offerMapId is required"))),
            };
            let spec = text(o, "specId").map_err(|e| ApiError::bad(format!("{at}.{}", e.msg)))?;
            let quantity =
                integer(o, "quantity").map_err(|e| ApiError::bad(format!("{at}.{}", e.msg)))?;
            let (offer, spec) = offer_spec(&offer, &spec, &at)?;
            if let Some(seller) = o.get("sellerOpenId").and_then(Value::as_str)
                && seller != offer.seller
            {
                return Err(ApiError::bad(format!(
                    "{at}.sellerOpenId {seller} is not the seller of offer {}",
                    offer.offer_map_id
                )));
            }
            if !offer.on_sale {
                return Err(ApiError::conflict(format!(
                    "{at}: offer {} has been taken down (商品已下架)",
                    offer.offer_map_id
                )));
            }
            check_quantity_of(
                quantity,
                spec.stock,
                spec.spec_id,
                &format!("{at}.quantity"),
            )?;
            Ok(Cargo {
                offer,
                spec,
                quantity,
            })
        })
        .collect()
}

/// The lines grouped by seller, in the order the sellers first appear.
fn by_seller(cargo: &[Cargo]) -> Vec<(&'static str, Vec<&Cargo>)> {
    let mut groups: Vec<(&'static str, Vec<&Cargo>)> = Vec::new();
    for c in cargo {
        match groups.iter_mut().find(|(s, _)| *s == c.offer.seller) {
            Some(g) => g.1.push(c),
            None => groups.push((c.offer.seller, vec![c])),
        }
    }
    groups
}

/// Why the seller refuses its part: a line below the offer's minimum (起批量).
fn refusal(lines: &[&Cargo]) -> Option<(&'static str, String)> {
    lines
        .iter()
        .find(|c| c.quantity < c.offer.min_order)
        .map(|c| {
            (
                "QUANTITY_LESS_THAN_MIN",
                format!(
                    "offer {} is sold from {} pieces (起批量); asked for {}",
                    c.offer.offer_map_id, c.offer.min_order, c.quantity
                ),
            )
        })
}

fn seller_fields(seller: &str) -> (i64, &'static str) {
    let s = seed_1688::seller(seller).expect("offers have seeded sellers");
    (s.shipping_cents, s.nick)
}

fn cargo_json(c: &Cargo) -> Value {
    json!({
        "offerMapId": c.offer.offer_map_id,
        "offerId": c.offer.offer_id,
        "specId": c.spec.spec_id,
        "skuId": c.spec.sku_id,
        "itemTitle": c.offer.subject,
        "properties": properties(c.spec),
        "quantity": c.quantity,
        "price": c.spec.price_cents,
        "amount": c.spec.price_cents * c.quantity,
    })
}

/// One element of `orderPreviewResuslt` per seller: the documented fields, and the sums in
/// cents with the lines (docs/api.md#alibaba-order-preview).
pub fn previews(cargo: &[Cargo]) -> Vec<Value> {
    by_seller(cargo)
        .into_iter()
        .map(|(seller, lines)| {
            let (shipping, nick) = seller_fields(seller);
            let goods: i64 = lines.iter().map(|c| c.spec.price_cents * c.quantity).sum();
            let mut v = json!({
                "success": true,
                "errorCode": null,
                "errorMsg": null,
                "sellerOpenId": seller,
                "sellerNickName": nick,
                "status": true,
                "sumPayment": goods + shipping,
                "sumCarriage": shipping,
                "sumPaymentNoCarriage": goods,
                "discountFee": 0,
                "cargoList": lines.iter().map(|c| cargo_json(c)).collect::<Vec<_>>(),
                "postFeeByDescOfferList": [],
                "consignOfferList": [],
                "unsupportedCrossBorderPayOfferList": [],
                "tradeModeNameList": ["assureTrade"],
            });
            if let Some((code, msg)) = refusal(&lines) {
                for k in ["sumPayment", "sumCarriage", "sumPaymentNoCarriage"] {
                    v.as_object_mut().expect("object").remove(k);
                }
                v["success"] = json!(false);
                v["status"] = json!(false);
                v["errorCode"] = json!(code);
                v["errorMsg"] = json!(msg);
            }
            v
        })
        .collect()
}

/// One order per seller whose part is accepted, awaiting payment; each merchant's result.
pub fn make_orders(
    a: &mut AlibabaState,
    cargo: &[Cargo],
    address: &Value,
    message: &str,
    now_ms: i64,
) -> Vec<Value> {
    by_seller(cargo)
        .into_iter()
        .map(|(seller, lines)| {
            let (shipping, nick) = seller_fields(seller);
            if let Some((code, msg)) = refusal(&lines) {
                return json!({"success": false, "sellerOpenId": seller, "sellerNickName": nick,
                              "errorCode": code, "errorMsg": msg});
            }
            let id = next_id(a);
            let lines: Vec<Line> = lines
                .iter()
                .map(|c| Line {
                    id: next_id(a),
                    offer: c.offer.offer_map_id.into(),
                    spec_id: c.spec.spec_id.into(),
                    quantity: c.quantity,
                    unit_cents: c.spec.price_cents,
                })
                .collect();
            let order = Order {
                id,
                status: UNPAID.into(),
                seller: seller.into(),
                created_ms: now_ms,
                paid_ms: None,
                ships_ms: None,
                shipped_ms: None,
                lines,
                shipping_cents: shipping,
                address: address.clone(),
                message: message.into(),
                cancel_reason: None,
            };
            let total = order.goods_cents() + shipping;
            a.orders.push(order);
            json!({"success": true, "sellerOpenId": seller, "sellerNickName": nick,
                   "orderId": id, "totalSuccessAmount": total, "postFee": shipping})
        })
        .collect()
}

/// `addressParam` (FastAdress): strings only; to create an order, a recipient, a phone, the
/// province, the city and the street (docs/api.md#alibaba-order-preview).
pub fn check_address(a: &Value, required: bool) -> Result<(), ApiError> {
    let Some(o) = a.as_object() else {
        return Err(ApiError::bad("addressParam must be an object"));
    };
    for (k, v) in o {
        if !(v.is_string() || v.is_null()) {
            return Err(ApiError::bad(format!("addressParam.{k} must be a string")));
        }
    }
    if required {
        let has = |k: &str| {
            o.get(k)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty())
        };
        if !has("mobile") && !has("phone") {
            return Err(ApiError::bad(
                "addressParam.mobile or addressParam.phone is required",
            ));
        }
        for (k, what) in [
            ("fullName", "the recipient"),
            ("provinceText", "the province"),
            ("cityText", "the city"),
            ("address", "the street address"),
        ] {
            if !has(k) {
                return Err(ApiError::bad(format!(
                    "addressParam.{k} ({what}) is required"
                )));
            }
        }
    }
    Ok(())
}

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

/// The preview of `cargoParamList` (the address optional); one seller only unless `batch`.
pub fn preview(req: &ApiRequest, batch: bool) -> Reply {
    let b = req.body_object()?;
    let cargo = cargo_list(b)?;
    if let Some(addr) = b.get("addressParam").filter(|v| !v.is_null()) {
        check_address(addr, false)?;
    }
    one_seller_unless(&cargo, batch, "preview")?;
    Ok(json!({ "orderPreviewResuslt": previews(&cargo) }))
}

/// The single preview and create take one seller's offers: the batch ones are for several.
fn one_seller_unless(cargo: &[Cargo], batch: bool, what: &str) -> Result<(), ApiError> {
    let sellers = by_seller(cargo);
    if batch || sellers.len() < 2 {
        return Ok(());
    }
    let names: Vec<&str> = sellers.iter().map(|(s, _)| seller_fields(s).1).collect();
    Err(ApiError::bad(format!(
        "cargoParamList holds offers of {} sellers ({}): {what} them with the batch {what} (different merchants)",
        names.len(),
        names.join(", ")
    )))
}

/// `flow`, `addressParam`, `cargoParamList`, `message`. The single create answers its order;
/// the batch create each merchant's result.
pub fn create(req: &ApiRequest, a: &mut AlibabaState, batch: bool) -> Reply {
    let b = req.body_object()?;
    text(b, "flow")?;
    let address = b
        .get("addressParam")
        .filter(|v| !v.is_null())
        .cloned()
        .ok_or_else(|| ApiError::bad("addressParam is required to create an order"))?;
    check_address(&address, true)?;
    let cargo = cargo_list(b)?;
    one_seller_unless(&cargo, batch, "create")?;
    let message = b.get("message").and_then(Value::as_str).unwrap_or("");
    let mut results = make_orders(a, &cargo, &address, message, req.now_ms);
    if batch {
        return Ok(json!({ "resultList": results }));
    }
    let mut r = results.remove(0);
    if r["success"] != json!(true) {
        return Err(ApiError::bad(
            r["errorMsg"].as_str().unwrap_or("refused").to_string(),
        ));
    }
    let m = r.as_object_mut().expect("object");
    m.remove("success");
    Ok(r)
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

/// Paid: the cashier URL is answered, and the sandbox takes the payment as made there.
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
        json!({"orderId": id, "protocolPaySuccess": false, "payUrl": pay_url(&[id]), "cantPayOrderList": []}),
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
    Ok(json!({"protocolPaySuccess": false, "payUrl": pay_url(&paid), "cantPayOrderList": cant}))
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
