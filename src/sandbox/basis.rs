//! The sandbox's addresses and warehouse logistics.

use serde_json::{Value, json};

use super::state::{FreightRender, State};
use super::{ApiError, ApiRequest, Reply, id_field};

const ADDRESS_FIELDS: [&str; 6] = ["name", "province", "city", "district", "address", "phone"];

pub fn address_list(_req: &ApiRequest, s: &State) -> Reply {
    Ok(Value::Array(s.addresses.clone()))
}

/// Add (no id) or update (an id that exists). Answers the documented small envelope's data.
pub fn address_upsert(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    for (k, v) in b {
        if k != "id" && !(v.is_string() || v.is_null()) {
            return Err(ApiError::bad(format!("{k} must be a string")));
        }
    }
    match b.get("id").filter(|v| !v.is_null()) {
        Some(id) => {
            // A numeric string is an id too, as everywhere else in the API.
            let id = id_field(Some(id), "id")?;
            let a = s
                .addresses
                .iter_mut()
                .find(|a| a["id"] == json!(id))
                .ok_or_else(|| ApiError::not_found(format!("address {id} does not exist")))?;
            for k in ADDRESS_FIELDS {
                if let Some(v) = b.get(k).filter(|v| v.is_string()) {
                    a[k] = v.clone();
                }
            }
            Ok(json!({"id": id}))
        }
        None => {
            for k in ["name", "address", "phone"] {
                req.string(b, k)?;
            }
            let id = s.next_address_id.max(1);
            s.next_address_id = id + 1;
            let mut a = json!({"id": id});
            for k in ADDRESS_FIELDS {
                a[k] = b.get(k).cloned().unwrap_or(Value::Null);
            }
            s.addresses.push(a);
            Ok(json!({"id": id}))
        }
    }
}

/// The documented-as-required `?timestamp=&sign=` of the warehouse-logistics pages; the sign
/// rule is not documented, so the sandbox expects what pandapon sends: the header values.
fn check_query_sign(req: &ApiRequest) -> Result<(), ApiError> {
    for k in ["timestamp", "sign"] {
        if req.query.get(k).is_none_or(|v| v.is_empty()) {
            return Err(ApiError::auth(format!("missing query parameter: {k}")));
        }
    }
    Ok(())
}

/// (serviceId, company, category, first kg in cents, each extra unit, days)
const SERVICES: [(&str, &str, &str, i64, i64, &str); 3] = [
    ("PP-ECO", "云途物流", "ECONOMY", 6800, 1500, "12-20 days"),
    ("PP-STD", "燕文专线", "STANDARD", 9800, 3000, "7-12 days"),
    ("PP-EXP", "顺丰国际", "EXPRESS", 19800, 6000, "3-5 days"),
];

fn receiver_country(req: &ApiRequest) -> Result<String, ApiError> {
    let b = req.body_object()?;
    let a = b
        .get("receiverAddress")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::bad("receiverAddress is required"))?;
    a.get("country")
        .and_then(Value::as_str)
        .filter(|c| !c.trim().is_empty())
        .map(str::to_string)
        .ok_or_else(|| ApiError::bad("receiverAddress.country is required"))
}

/// Units per line: the upper bound keeps freight sums far from overflow.
const MAX_QUANTITY: i64 = 99_999;

fn quantity_of(v: &Value, at: &str) -> Result<i64, ApiError> {
    let q = match v.get("quantity") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| ApiError::bad(format!("{at}.quantity must be a whole number")))?;
    if !(1..=MAX_QUANTITY).contains(&q) {
        return Err(ApiError::bad(format!(
            "{at}.quantity must be from 1 to {MAX_QUANTITY}, got {q}"
        )));
    }
    for k in ["itemId", "skuId", "currency", "price"] {
        if v.get(k).is_none_or(Value::is_null) {
            return Err(ApiError::bad(format!("{at}.{k} is required")));
        }
    }
    Ok(q)
}

/// Adds a line's units to the running total; checked, as the number of lines is the client's.
fn add_units(units: i64, more: i64) -> Result<i64, ApiError> {
    units
        .checked_add(more)
        .ok_or_else(|| ApiError::bad("the quantities add up to more units than can be counted"))
}

fn options(units: i64, currency: &str) -> Vec<Value> {
    SERVICES
        .iter()
        .map(|(id, company, cat, first, extra, days)| {
            json!({
                "freightInfo": {"serviceId": id, "companyName": company, "serviceCategory": cat},
                "freight": first + extra * (units - 1).max(0),
                "currency": currency,
                "deliveryTime": days,
            })
        })
        .collect()
}

pub fn freight_estimate(req: &ApiRequest, _s: &State) -> Reply {
    check_query_sign(req)?;
    let country = receiver_country(req)?;
    let q = quantity_of(&req.body, "body")?;
    Ok(json!({"country": country, "currency": "CNY", "freightInfos": options(q, "CNY")}))
}

/// Read-only in the catalogue, yet it hands out a renderId that booking needs: kept in memory
/// of the state only when a booking follows, so the preview itself changes nothing.
pub fn freight_preview(req: &ApiRequest, s: &State) -> Reply {
    check_query_sign(req)?;
    receiver_country(req)?;
    let items = req
        .body_object()?
        .get("renderItems")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| ApiError::bad("renderItems must list at least one item"))?;
    let mut units = 0;
    for (i, it) in items.iter().enumerate() {
        units = add_units(units, quantity_of(it, &format!("renderItems[{i}]"))?)?;
    }
    Ok(
        json!({"renderId": render_id(s.next_render_seq + 1, units), "currency": "CNY", "freightInfos": options(units, "CNY")}),
    )
}

/// Deterministic: a booking can check a renderId without the preview having stored anything.
fn render_id(seq: u64, units: i64) -> String {
    format!("FF2026{:05}{:03}", seq % 100_000, units.clamp(0, 999))
}

pub fn booking(req: &ApiRequest, s: &mut State) -> Reply {
    check_query_sign(req)?;
    receiver_country(req)?;
    let b = req.body_object()?;
    let render = req.string(b, "renderId")?;
    let lines = b
        .get("lineItems")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| ApiError::bad("lineItems must list at least one item"))?;
    let mut units = 0;
    let mut service = None;
    for (i, l) in lines.iter().enumerate() {
        units = add_units(units, quantity_of(l, &format!("lineItems[{i}]"))?)?;
        let sid = l
            .pointer("/freightInfo/serviceId")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                ApiError::bad(format!("lineItems[{i}].freightInfo.serviceId is required"))
            })?;
        if !SERVICES.iter().any(|x| x.0 == sid) {
            return Err(ApiError::bad(format!(
                "lineItems[{i}].freightInfo.serviceId \"{sid}\" is not offered; see freight preview"
            )));
        }
        service = Some(sid.to_string());
    }
    if render != render_id(s.next_render_seq + 1, units)
        && !s.freight_renders.iter().any(|r| r.render_id == render)
    {
        return Err(ApiError::not_found(format!(
            "renderId {render} is unknown or for other items; run freight preview again"
        )));
    }
    if s.bookings.iter().any(|x| x["renderId"] == json!(render)) {
        return Err(ApiError::conflict(format!(
            "renderId {render} is already booked"
        )));
    }
    s.next_render_seq += 1;
    s.freight_renders.push(FreightRender {
        render_id: render.clone(),
        service_ids: service.iter().cloned().collect(),
        created_ms: req.now_ms,
    });
    let number = format!("PPL{}{:04}", req.now_ms / 1000, s.bookings.len() + 1);
    let booked = json!({"logisticsOrderNo": number, "renderId": render, "serviceId": service, "status": "CREATED"});
    s.bookings.push(booked.clone());
    Ok(booked)
}

pub fn domestic_update(req: &ApiRequest, s: &mut State) -> Reply {
    check_query_sign(req)?;
    let b = req.body_object()?;
    let infos = b
        .get("logisticInfos")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| ApiError::bad("logisticInfos must list at least one line"))?;
    for (i, info) in infos.iter().enumerate() {
        let inner = info
            .get("domesticLogisticInfo")
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty())
            .ok_or_else(|| {
                ApiError::bad(format!(
                    "logisticInfos[{i}].domesticLogisticInfo must list the parcel"
                ))
            })?;
        for (j, p) in inner.iter().enumerate() {
            for k in ["logisticNumer", "logisticCompanyName"] {
                if p.get(k).and_then(Value::as_str).is_none_or(str::is_empty) {
                    return Err(ApiError::bad(format!(
                        "logisticInfos[{i}].domesticLogisticInfo[{j}].{k} is required"
                    )));
                }
            }
        }
    }
    // Optional, but when given it must be an id: "abc" is a mistake to report, not ignore.
    if let Some(v) = b.get("orderId").filter(|v| !v.is_null()) {
        let id = id_field(Some(v), "orderId")?;
        let o = s
            .orders
            .iter_mut()
            .find(|o| o.id == id)
            .ok_or_else(|| ApiError::not_found(format!("order {id} does not exist")))?;
        o.extra
            .insert("domesticLogistics".into(), Value::Array(infos.clone()));
    }
    Ok(json!(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A request to a warehouse-logistics page, with its `?timestamp=&sign=`.
    fn req(body: Value) -> ApiRequest {
        let query = HashMap::from([
            ("timestamp".to_string(), "1".to_string()),
            ("sign".to_string(), "x".to_string()),
        ]);
        ApiRequest {
            params: vec![],
            query,
            body,
            now_ms: 1_715_669_977_082,
        }
    }

    fn line(quantity: Value) -> Value {
        json!({"itemId": "1", "skuId": "2", "currency": "CNY", "price": "100",
               "quantity": quantity, "freightInfo": {"serviceId": "PP-STD"}})
    }

    #[test]
    fn freight_quantities_are_bounded_not_overflowed() {
        let s = State::seeded();
        let to = json!({"country": "VN"});
        let mut est = line(json!(i64::MAX));
        est["receiverAddress"] = to.clone();
        assert_eq!(
            freight_estimate(&req(est), &s).unwrap_err().msg,
            "body.quantity must be from 1 to 99999, got 9223372036854775807"
        );
        let big =
            json!({"receiverAddress": to, "renderItems": [line(json!(1)), line(json!(i64::MAX))]});
        assert_eq!(
            freight_preview(&req(big), &s).unwrap_err().msg,
            "renderItems[1].quantity must be from 1 to 99999, got 9223372036854775807"
        );
        let mut s = s;
        let book = json!({"receiverAddress": to, "renderId": "FF", "lineItems": [line(json!("9223372036854775807"))]});
        let e = booking(&req(book), &mut s).unwrap_err();
        assert_eq!(e.code, 400, "{}", e.msg);
        let mut est = line(json!(99_999));
        est["receiverAddress"] = to;
        let v = freight_estimate(&req(est), &s).unwrap();
        assert_eq!(v["freightInfos"][0]["freight"], 6800 + 1500 * 99_998);
    }

    #[test]
    fn domestic_update_refuses_an_order_id_that_is_not_an_id() {
        let mut s = State::seeded();
        let infos = json!([{"domesticLogisticInfo": [{"logisticNumer": "SF1", "logisticCompanyName": "顺丰"}]}]);
        for bad in [json!("abc"), json!(1.5), json!(true)] {
            let body = json!({"orderId": bad, "logisticInfos": infos});
            let e = domestic_update(&req(body), &mut s).unwrap_err();
            assert_eq!(e.code, 400);
            assert!(
                e.msg.starts_with("orderId must be a numeric id"),
                "{}",
                e.msg
            );
        }
        let id = s.orders[0].id;
        let body = json!({"orderId": id.to_string(), "logisticInfos": infos});
        assert_eq!(domestic_update(&req(body), &mut s).unwrap(), json!(true));
        assert_eq!(s.orders[0].extra["domesticLogistics"], infos);
        let body = json!({"orderId": null, "logisticInfos": infos});
        assert_eq!(domestic_update(&req(body), &mut s).unwrap(), json!(true));
    }

    #[test]
    fn an_address_id_may_be_a_numeric_string() {
        let mut s = State::seeded();
        let body = json!({"id": "1", "name": "李四"});
        assert_eq!(
            address_upsert(&req(body), &mut s).unwrap(),
            json!({"id": 1})
        );
        assert_eq!(s.addresses[0]["name"], "李四");
        let e = address_upsert(&req(json!({"id": "x"})), &mut s).unwrap_err();
        assert!(e.msg.starts_with("id must be a numeric id"), "{}", e.msg);
    }
}
