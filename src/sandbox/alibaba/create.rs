//! How the sandbox's 1688 orders come to be (docs/api.md#alibaba-order-preview,
//! #alibaba-order-create): `cargoParamList` checked line by line, grouped by seller as 1688
//! splits an order, each seller's part previewed or made, or refused (a line below the offer's
//! minimum). The cart's preview and create use the same.

use serde_json::{Map, Value, json};

use super::order::UNPAID;
use super::{AlibabaState, Line, Order, integer, next_id, offer_spec, properties, text};
use crate::sandbox::request::check_quantity_of;
use crate::sandbox::seed_1688::{self, Offer, Spec};
use crate::sandbox::{ApiError, ApiRequest, Reply};

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

pub(super) fn seller_fields(seller: &str) -> (i64, &'static str) {
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
