//! The sandbox's 1688 after-sales (docs/api.md#alibaba-after-sales): reasons by where the order
//! stands, voucher upload, create (the reason must be one of the order's), the detail, the
//! return shipment and the logistics companies. There is no seller: a return is taken while
//! the request waits for the seller to agree, so the whole life can be tried alone.
//! Statuses: `waitselleragree` -(return sent)-> `waitsellerreceive`.

use base64::Engine;
use serde_json::{Value, json};

use super::order::status_now;
use super::{AlibabaState, Order, Refund, integer, order_id, text};
use crate::domain::status::TradeStatus;
use crate::sandbox::{ApiError, ApiRequest, Reply};

/// (id, reason, pictures needed), by where the order stands.
fn reasons_for(status: &str) -> &'static [(i64, &'static str, bool)] {
    match TradeStatus::from_name(status) {
        Some(TradeStatus::WaitSellerSend) => &[
            (20001, "不想要了", false),
            (20002, "拍错了/多拍了", false),
            (20003, "卖家缺货", false),
        ],
        Some(TradeStatus::WaitBuyerReceive) => &[
            (20011, "物流停滞/一直未收到货", false),
            (20012, "不想要了", false),
        ],
        Some(TradeStatus::ConfirmGoods | TradeStatus::Success) => &[
            (20021, "质量问题", true),
            (20022, "与描述不符", true),
            (20023, "少件/漏发", true),
            (20024, "七天无理由退货", false),
        ],
        _ => &[],
    }
}

const OPEN: [&str; 4] = [
    "waitselleragree",
    "waitbuyermodify",
    "waitbuyersend",
    "waitsellerreceive",
];

const COMPANIES: [(&str, &str); 6] = [
    ("SF", "顺丰速运"),
    ("YTO", "圆通速递"),
    ("ZTO", "中通快递"),
    ("STO", "申通快递"),
    ("YUNDA", "韵达快递"),
    ("EMS", "EMS"),
];

/// The order and the lines a request is about: paid, not closed; `orderEntryIds` its lines.
fn refundable<'a>(
    a: &'a AlibabaState,
    req: &ApiRequest,
) -> Result<(&'a Order, &'a str, Vec<u64>), ApiError> {
    let b = req.body_object()?;
    let id = order_id(b, false)?;
    let o = a
        .orders
        .iter()
        .find(|o| o.id == id)
        .ok_or_else(|| ApiError::not_found(format!("order {id} does not exist")))?;
    let status = status_now(o, req.now_ms);
    match TradeStatus::from_name(status) {
        Some(TradeStatus::WaitBuyerPay) => {
            return Err(ApiError::conflict(format!(
                "order {id} is awaiting payment (waitbuyerpay): there is nothing to refund; cancel it instead"
            )));
        }
        Some(TradeStatus::Cancel | TradeStatus::Terminated) => {
            return Err(ApiError::conflict(format!(
                "order {id} is {status}: it can have no refund"
            )));
        }
        _ => {}
    }
    let entries = match b.get("orderEntryIds") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(l)) => l
            .iter()
            .map(|v| {
                v.as_u64()
                    .filter(|e| o.lines.iter().any(|l| l.id == *e))
                    .ok_or_else(|| {
                        ApiError::bad(format!("orderEntryIds: {v} is not a line of order {id}"))
                    })
            })
            .collect::<Result<_, _>>()?,
        Some(v) => {
            return Err(ApiError::bad(format!(
                "orderEntryIds must be a list of integers, got {v}"
            )));
        }
    };
    Ok((o, status, entries))
}

fn reason_json(r: &(i64, &str, bool)) -> Value {
    json!({"id": r.0, "name": r.1, "needVoucher": r.2})
}

/// `{orderId, orderEntryIds}` -> `[{id, name, needVoucher}]`.
pub fn reasons(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let (_, status, _) = refundable(a, req)?;
    Ok(Value::Array(
        reasons_for(status).iter().map(reason_json).collect(),
    ))
}

/// The picture's bytes must be one: JPEG, PNG, GIF or WebP, at most 5 MiB.
fn is_picture(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(b"GIF87a")
        || bytes.starts_with(b"GIF89a")
        || (bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
}

/// `{imageBase64}` -> the picture's URL, which a refund may then carry.
pub fn upload_voucher(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let data = text(b, "imageBase64")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|e| ApiError::bad(format!("imageBase64 is not base64: {e}")))?;
    if bytes.len() > 5 * 1024 * 1024 {
        return Err(ApiError::bad("the picture is larger than 5 MiB"));
    }
    if !is_picture(&bytes) {
        return Err(ApiError::bad(
            "imageBase64 is not a JPEG, PNG, GIF or WebP picture",
        ));
    }
    let url = format!(
        "https://cbu01.alicdn.com/img/ibank/refund/sandbox-voucher-{}.jpg",
        a.vouchers.len() + 1
    );
    a.vouchers.push(url.clone());
    Ok(json!(url))
}

/// `orderId`, `orderEntryIds`, `disputeRequest`, `applyReasonId`, `applyPayment` (cents),
/// `description`, `vouchers`: checked against the order's reasons, what it cost, what was
/// uploaded.
pub fn create(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let (o, status, entries) = refundable(a, req)?;
    let dispute = text(b, "disputeRequest")?;
    if dispute != "refund" && dispute != "returnRefund" {
        return Err(ApiError::bad(format!(
            "disputeRequest must be refund or returnRefund, got \"{dispute}\""
        )));
    }
    let reason_id = integer(b, "applyReasonId")?;
    let payment = integer(b, "applyPayment")?;
    let listed = reasons_for(status);
    let Some(reason) = listed.iter().find(|r| r.0 == reason_id) else {
        let ids: Vec<String> = listed.iter().map(|r| r.0.to_string()).collect();
        return Err(ApiError::bad(format!(
            "applyReasonId {reason_id} is not one of order {}'s refund reasons ({}); the reasons list names them",
            o.id,
            ids.join(", ")
        )));
    };
    let vouchers: Vec<String> = match b.get("vouchers") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(l)) => l
            .iter()
            .enumerate()
            .map(|(i, v)| match v.as_str() {
                Some(url) if a.vouchers.iter().any(|u| u == url) => Ok(url.to_string()),
                _ => Err(ApiError::bad(format!(
                    "vouchers[{i}] is not a picture uploaded with the voucher upload"
                ))),
            })
            .collect::<Result<_, _>>()?,
        Some(v) => return Err(ApiError::bad(format!("vouchers must be a list, got {v}"))),
    };
    if reason.2 && vouchers.is_empty() {
        return Err(ApiError::bad(format!(
            "reason {} ({}) needs pictures: upload them and send their URLs in vouchers",
            reason.0, reason.1
        )));
    }
    if dispute == "returnRefund" && status == TradeStatus::WaitSellerSend.api_name() {
        return Err(ApiError::bad(format!(
            "order {} has not shipped: there is nothing to send back; ask for a refund (disputeRequest refund)",
            o.id
        )));
    }
    let max: i64 = o
        .lines
        .iter()
        .filter(|l| entries.is_empty() || entries.contains(&l.id))
        .map(|l| l.unit_cents * l.quantity)
        .sum();
    if payment < 1 || payment > max {
        return Err(ApiError::bad(format!(
            "applyPayment must be from 1 to {max} cents (what the goods cost), got {payment}"
        )));
    }
    if let Some(r) = a
        .refunds
        .iter()
        .find(|r| r.order_id == o.id && OPEN.contains(&r.status.as_str()))
    {
        return Err(ApiError::conflict(format!(
            "after-sales {} is already open for order {}",
            r.id, o.id
        )));
    }
    let order = o.id;
    a.next_refund_seq += 1;
    let id = format!("TQ{}", 26_052_000_000_000u64 + a.next_refund_seq);
    a.refunds.push(Refund {
        id: id.clone(),
        order_id: order,
        entry_ids: entries,
        dispute,
        reason_id,
        reason: reason.1.into(),
        payment,
        description: b
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .into(),
        vouchers,
        status: OPEN[0].into(),
        created_ms: req.now_ms,
        company: None,
        waybill: None,
    });
    Ok(json!({ "refundId": id }))
}

fn find(a: &AlibabaState, id: &str) -> Result<usize, ApiError> {
    a.refunds
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| ApiError::not_found(format!("after-sales {id} does not exist")))
}

fn refund_id(req: &ApiRequest) -> Result<String, ApiError> {
    let b = req.body_object()?;
    match b.get("refundId") {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        None | Some(Value::Null) => Err(ApiError::bad("refundId is required")),
        Some(v) => Err(ApiError::bad(format!("refundId must be a string, got {v}"))),
    }
}

/// The documented AlibabaRefundInfo fields the sandbox has (docs/api.md#alibaba-refund-get).
pub fn get(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let id = refund_id(req)?;
    let r = &a.refunds[find(a, &id)?];
    let company = r
        .company
        .as_deref()
        .and_then(|c| COMPANIES.iter().find(|(code, _)| *code == c))
        .map(|(_, name)| *name);
    Ok(json!({
        "id": int_tail(&r.id),
        "refundId": r.id,
        "orderId": r.order_id,
        "orderEntryIds": r.entry_ids,
        "status": r.status,
        "disputeRequest": r.dispute,
        "applyPayment": r.payment,
        "applyCarriage": 0,
        "applyReason": r.reason,
        "applyReasonId": r.reason_id,
        "remark": r.description,
        "vouchers": r.vouchers,
        "buyerSendGoods": r.waybill.is_some(),
        "buyerLogisticsName": company,
        "freightBill": r.waybill,
        "createTime": r.created_ms,
        "updateTime": r.created_ms,
    }))
}

/// The digits of a `TQ…` id, as the record's numeric `id`.
fn int_tail(id: &str) -> u64 {
    id.trim_start_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .unwrap_or_default()
}

/// `refundId`, `logisticsCompanyNo`, `freightBill`, `description`: a return on its way.
pub fn submit_info(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let id = refund_id(req)?;
    let code = text(b, "logisticsCompanyNo")?;
    let bill = text(b, "freightBill")?;
    if !COMPANIES.iter().any(|(c, _)| c.eq_ignore_ascii_case(&code)) {
        let codes: Vec<&str> = COMPANIES.iter().map(|(c, _)| *c).collect();
        return Err(ApiError::bad(format!(
            "unknown logisticsCompanyNo \"{code}\"; the companies list has {}",
            codes.join(", ")
        )));
    }
    let i = find(a, &id)?;
    let r = &mut a.refunds[i];
    if r.dispute != "returnRefund" {
        return Err(ApiError::conflict(format!(
            "after-sales {id} is a refund only: there is nothing to send back"
        )));
    }
    if r.status != "waitselleragree" && r.status != "waitbuyersend" {
        return Err(ApiError::conflict(format!(
            "after-sales {id} is {} and takes no return shipment",
            r.status
        )));
    }
    r.company = Some(code.to_ascii_uppercase());
    r.waybill = Some(bill);
    r.status = "waitsellerreceive".into();
    Ok(json!(true))
}

/// Every company a return can be sent with.
pub fn companies() -> Reply {
    Ok(Value::Array(
        COMPANIES
            .iter()
            .map(|(c, n)| json!({"companyNo": c, "companyName": n}))
            .collect(),
    ))
}
