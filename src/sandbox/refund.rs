//! The sandbox's after-sales (reverse orders): render -> submit -> (modify, messages,
//! return shipment) -> cancel, on one line of a paid order.
//!
//! refundType: 1 refund only, 2 return and refund. goodsStatus: 1 not received, 2 received.
//! There is no seller: a return shipment is taken while the request waits for the seller to
//! agree, so that the whole life cycle can be tried from the command line alone.
//! Statuses: WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, WAIT_SELLER_CONFIRM_GOODS,
//! SELLER_REFUSE_BUYER, CLOSED, SUCCESS; the list's integer `refundStatus` filter counts them
//! from 1 in that order.

use serde_json::{Value, json};

use super::order::{CLOSED, UNPAID, line_json};
use super::seed;
use super::state::{Refund, RefundMessage, State};
use super::{ApiError, ApiRequest, Reply, id_field, int_field, paged, paging};
use crate::domain::refund::{GOODS_STATUSES, REFUND_STATUSES as STATUSES, REFUND_TYPES};

const DISTRIBUTOR_ID: &str = "1223655000541";
/// "1 (refund only) or 2 (return and refund)".
fn choices(kinds: &[(i64, &str)]) -> String {
    kinds
        .iter()
        .map(|(n, w)| format!("{n} ({w})"))
        .collect::<Vec<_>>()
        .join(" or ")
}

const OPEN: [&str; 4] = [STATUSES[0], STATUSES[1], STATUSES[2], STATUSES[3]];

/// (reasonId, reasonDesc) by goodsStatus.
fn reasons(goods_status: i64) -> &'static [(i64, &'static str)] {
    if goods_status == 1 {
        &[
            (4001, "不想要了/拍错了"),
            (4002, "快递一直未送达"),
            (4003, "卖家未按约定时间发货"),
        ]
    } else {
        &[
            (4101, "商品质量问题"),
            (4102, "收到商品与描述不符"),
            (4103, "尺码不合适"),
            (4104, "少件/漏发"),
        ]
    }
}

/// The order and line a sub-order id points at, which must be paid and not closed.
fn paid_line(s: &State, line_id: u64) -> Result<(usize, usize), ApiError> {
    let (oi, li) = s
        .orders
        .iter()
        .enumerate()
        .find_map(|(oi, o)| {
            o.lines
                .iter()
                .position(|l| l.id == line_id)
                .map(|li| (oi, li))
        })
        .ok_or_else(|| ApiError::not_found(format!("sub-order {line_id} does not exist")))?;
    let o = &s.orders[oi];
    if o.status == UNPAID {
        return Err(ApiError::conflict(format!(
            "order {} is awaiting payment: there is nothing to refund; cancel it instead (pandapon order cancel {})",
            o.id, o.id
        )));
    }
    if o.status == CLOSED {
        return Err(ApiError::conflict(format!("order {} is closed", o.id)));
    }
    Ok((oi, li))
}

fn check_kind(refund_type: i64, goods_status: i64) -> Result<(), ApiError> {
    if !REFUND_TYPES.iter().any(|(n, _)| *n == refund_type) {
        return Err(ApiError::bad(format!(
            "refundType must be {}, got {refund_type}",
            choices(&REFUND_TYPES)
        )));
    }
    if !GOODS_STATUSES.iter().any(|(n, _)| *n == goods_status) {
        return Err(ApiError::bad(format!(
            "goodsStatus must be {}, got {goods_status}",
            choices(&GOODS_STATUSES)
        )));
    }
    if refund_type == 2 && goods_status == 1 {
        return Err(ApiError::bad(
            "a return (refundType 2) needs the goods received (goodsStatus 2)",
        ));
    }
    Ok(())
}

fn max_fee(s: &State, oi: usize, li: usize) -> i64 {
    let l = &s.orders[oi].lines[li];
    l.unit_cents * l.quantity
}

pub fn render(req: &ApiRequest, s: &State) -> Reply {
    let b = req.body_object()?;
    let line = id_field(b.get("subOrderId"), "subOrderId")?;
    let refund_type = req.int(b, "refundType")?;
    let goods_status = req.int(b, "goodsStatus")?;
    check_kind(refund_type, goods_status)?;
    let (oi, li) = paid_line(s, line)?;
    let max = max_fee(s, oi, li);
    let open = s
        .refunds
        .iter()
        .any(|r| r.line_id == line && OPEN.contains(&r.status.as_str()));
    Ok(json!({
        "refundOrderTemplate": {
            "refundReasons": reasons(goods_status).iter().map(|(id, d)| json!({"reasonDesc": d, "tips": "", "reasonId": id})).collect::<Vec<_>>(),
            "goodsStatusList": ["1", "2"],
            "refundOrder": {"goodsStatus": goods_status, "refundType": refund_type, "refundFee": max, "canEditFee": true, "payOrderId": s.orders[oi].id},
            "maxRefundFee": {"minRefundFee": 1, "feeTips": format!("最多可退¥{}.{:02}", max / 100, max % 100), "refundFee": max, "canEditRefundFee": true},
        },
        "distributorId": DISTRIBUTOR_ID,
        "currency": s.orders[oi].currency,
        "saleFlag": !open,
    }))
}

fn fee_in_bounds(fee: i64, max: i64) -> Result<(), ApiError> {
    if fee < 1 || fee > max {
        return Err(ApiError::bad(format!(
            "refundFee must be from 1 to {max} cents, got {fee}"
        )));
    }
    Ok(())
}

fn reason_ok(goods_status: i64, reason: i64) -> Result<(), ApiError> {
    if reasons(goods_status).iter().any(|(id, _)| *id == reason) {
        Ok(())
    } else {
        let ids: Vec<String> = reasons(goods_status)
            .iter()
            .map(|(id, _)| id.to_string())
            .collect();
        Err(ApiError::bad(format!(
            "reasonId {reason} is not a reason for goodsStatus {goods_status}; the render lists {}",
            ids.join(", ")
        )))
    }
}

pub fn submit(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let line = id_field(b.get("subOrderId"), "subOrderId")?;
    let refund_type = req.int(b, "refundType")?;
    let goods_status = req.int(b, "goodsStatus")?;
    check_kind(refund_type, goods_status)?;
    let reason = int_field(b, "reasonId")?.ok_or_else(|| ApiError::bad("reasonId is required"))?;
    let fee = int_field(b, "refundFee")?.ok_or_else(|| ApiError::bad("refundFee is required"))?;
    let (oi, li) = paid_line(s, line)?;
    reason_ok(goods_status, reason)?;
    fee_in_bounds(fee, max_fee(s, oi, li))?;
    if let Some(r) = s
        .refunds
        .iter()
        .find(|r| r.line_id == line && OPEN.contains(&r.status.as_str()))
    {
        return Err(ApiError::conflict(format!(
            "after-sales {} is already open for sub-order {line}; modify it instead",
            r.id
        )));
    }
    let id = s.next_refund_id.max(110_000_235_001);
    s.next_refund_id = id + 1;
    s.refunds.push(Refund {
        id,
        order_id: s.orders[oi].id,
        line_id: line,
        refund_type,
        goods_status,
        reason_id: reason,
        refund_fee: fee,
        desc: b
            .get("refundDesc")
            .and_then(Value::as_str)
            .unwrap_or("")
            .into(),
        status: STATUSES[0].into(),
        created_ms: req.now_ms,
        messages: vec![],
        return_logistics: None,
    });
    Ok(json!({"refundId": id.to_string()}))
}

fn find(s: &State, id: u64) -> Result<usize, ApiError> {
    s.refunds
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| ApiError::not_found(format!("after-sales {id} does not exist")))
}

fn still_open(r: &Refund, action: &str) -> Result<(), ApiError> {
    if OPEN.contains(&r.status.as_str()) {
        Ok(())
    } else {
        Err(ApiError::conflict(format!(
            "after-sales {} is {} and cannot {action}",
            r.id,
            r.status.to_lowercase().replace('_', " ")
        )))
    }
}

pub fn modify(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("refundId"), "refundId")?;
    let i = find(s, id)?;
    still_open(&s.refunds[i], "be modified")?;
    let (line, mut goods) = (s.refunds[i].line_id, s.refunds[i].goods_status);
    let (oi, li) = paid_line(s, line)?;
    let max = max_fee(s, oi, li);
    if let Some(g) = int_field(b, "goodsStatus")? {
        check_kind(s.refunds[i].refund_type, g)?;
        goods = g;
    }
    let reason = int_field(b, "reasonId")?;
    if let Some(r) = reason {
        reason_ok(goods, r)?;
    } else if goods != s.refunds[i].goods_status {
        reason_ok(goods, s.refunds[i].reason_id)?;
    }
    let fee = int_field(b, "refundFee")?;
    if let Some(f) = fee {
        fee_in_bounds(f, max)?;
    }
    let r = &mut s.refunds[i];
    r.goods_status = goods;
    if let Some(x) = reason {
        r.reason_id = x;
    }
    if let Some(f) = fee {
        r.refund_fee = f;
    }
    if let Some(d) = b.get("refundDesc").and_then(Value::as_str) {
        r.desc = d.into();
    }
    if r.status == STATUSES[3] {
        // A changed request goes back to the seller.
        r.status = STATUSES[0].into();
    }
    Ok(json!(true))
}

fn aggregate(s: &State, r: &Refund) -> Value {
    let o = s
        .orders
        .iter()
        .find(|o| o.id == r.order_id)
        .expect("a refund's order exists");
    let l = o
        .lines
        .iter()
        .find(|l| l.id == r.line_id)
        .expect("a refund's line exists");
    let (p, _) = seed::sku(&l.item_map_id, &l.sku_id).expect("seeded");
    let reason = reasons(r.goods_status)
        .iter()
        .find(|(id, _)| *id == r.reason_id)
        .map_or("", |x| x.1);
    let mut line = line_json(o, l);
    let line_obj = line.as_object_mut().expect("object");
    line_obj.insert("purchaseOrderLineId".into(), json!(l.id));
    line_obj.insert("purchaseOrderId".into(), json!(o.id));
    line_obj.insert("createTime".into(), json!(o.created_ms));
    line_obj.insert("postFee".into(), json!(0));
    line_obj.insert("productFee".into(), json!(l.unit_cents * l.quantity));
    json!({
        "logistics": r.return_logistics.clone().unwrap_or_else(|| json!({
            "receiverAddress": {"receiver": format!("{} 售后部", seed::shop(p.shop_id).expect("seeded").name), "phone": "0571-88886666", "detailAddress": "浙江省杭州市余杭区仓前街道 良睦路 1399 号 退货仓"},
        })),
        "refundOrder": {
            "refundId": r.id.to_string(),
            "refundStatus": r.status,
            "refundType": r.refund_type,
            "goodsStatus": r.goods_status,
            "reasonId": r.reason_id,
            "reasonDesc": reason,
            "refundFee": r.refund_fee,
            "refundDesc": r.desc,
            "payOrderId": o.id,
            "canEditFee": OPEN.contains(&r.status.as_str()),
            "createTime": r.created_ms,
        },
        "purchaseOrderLine": line,
    })
}

pub fn get(req: &ApiRequest, s: &State) -> Reply {
    let v = req.query.get("refundId").map(|x| Value::String(x.clone()));
    let id = id_field(v.as_ref(), "refundId")?;
    let r = &s.refunds[find(s, id)?];
    Ok(
        json!({"distributorId": DISTRIBUTOR_ID, "currency": "CNY", "refundOrderAggregate": aggregate(s, r)}),
    )
}

pub fn list(req: &ApiRequest, s: &State) -> Reply {
    let b = req.body_object()?;
    let (page, size) = paging(b, None)?;
    let want = |k: &str| -> Result<Option<u64>, ApiError> {
        match b.get(k) {
            None | Some(Value::Null) => Ok(None),
            v => id_field(v, k).map(Some),
        }
    };
    let (rid, oid) = (want("refundId")?, want("purchaseOrderId")?);
    // The sandbox's orders carry no Taobao order id, so a salesOrderId filter finds nothing
    // (rather than being ignored, which would list every request).
    let by_sales_order = want("salesOrderId")?.is_some();
    let status = match int_field(b, "refundStatus")? {
        None => None,
        Some(n) if (1..=6).contains(&n) => Some(STATUSES[(n - 1) as usize]),
        Some(n) => {
            return Err(ApiError::bad(format!(
                "refundStatus must be from 1 to 6, got {n}"
            )));
        }
    };
    let (from, to) = (
        int_field(b, "refundStartTime")?,
        int_field(b, "refundEndTime")?,
    );
    let mut rows: Vec<&Refund> = s
        .refunds
        .iter()
        .filter(|_| !by_sales_order)
        .filter(|r| rid.is_none_or(|x| r.id == x) && oid.is_none_or(|x| r.order_id == x))
        .filter(|r| status.is_none_or(|st| r.status == st))
        .filter(|r| from.is_none_or(|f| r.created_ms >= f) && to.is_none_or(|t| r.created_ms <= t))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.created_ms));
    Ok(paged(&rows, page, size, |r| {
        let agg = aggregate(s, r);
        let mut m = agg["refundOrder"].clone();
        let m_obj = m.as_object_mut().expect("object");
        m_obj.insert("purchaseOrderId".into(), json!(r.order_id));
        m_obj.insert("subOrderId".into(), json!(r.line_id));
        m_obj.insert(
            "itemTitle".into(),
            agg["purchaseOrderLine"]["itemTitle"].clone(),
        );
        m_obj.insert("currency".into(), json!("CNY"));
        m
    }))
}

/// GET .../cancel/{refundId}: a GET that changes state, as documented.
pub fn cancel(req: &ApiRequest, s: &mut State) -> Reply {
    let raw = req
        .params
        .iter()
        .find(|(k, _)| k == "refundId")
        .map(|(_, v)| Value::String(v.clone()));
    let id = id_field(raw.as_ref(), "refundId")?;
    let i = find(s, id)?;
    still_open(&s.refunds[i], "be cancelled")?;
    s.refunds[i].status = "CLOSED".into();
    let r = s.refunds[i].clone();
    Ok(
        json!({"cancelSuccess": true, "currency": "CNY", "distributorId": DISTRIBUTOR_ID, "refundOrderAggregate": aggregate(s, &r)}),
    )
}

pub fn message_submit(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("refundId"), "refundId")?;
    let text = req.string(b, "refundMessage")?;
    let images = match b.get("refundImages") {
        None | Some(Value::Null) => vec![],
        Some(Value::String(x)) => vec![x.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        Some(v) => {
            return Err(ApiError::bad(format!(
                "refundImages must be a string, got {v}"
            )));
        }
    };
    let i = find(s, id)?;
    still_open(&s.refunds[i], "take messages")?;
    s.refunds[i].messages.push(RefundMessage {
        time_ms: req.now_ms,
        from: "buyer".into(),
        content: text,
        images: images
            .iter()
            .map(|x| x.chars().take(64).collect())
            .collect(),
    });
    Ok(json!(true))
}

pub fn message_list(req: &ApiRequest, s: &State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("refundId"), "refundId")?;
    let r = &s.refunds[find(s, id)?];
    let size = int_field(b, "pageSize")?.unwrap_or(20).clamp(1, 100);
    let page = int_field(b, "pageNo")?.unwrap_or(1).max(1);
    Ok(paged(
        &r.messages,
        page,
        size,
        |m| json!({"createTime": m.time_ms, "owner": m.from, "content": m.content, "refundImages": m.images}),
    ))
}

const COMPANIES: [(&str, &str); 4] = [
    ("SF", "顺丰快递"),
    ("YTO", "圆通速递"),
    ("ZTO", "中通快递"),
    ("YUNDA", "韵达快递"),
];

fn return_refund(s: &State, id: u64) -> Result<usize, ApiError> {
    let i = find(s, id)?;
    let r = &s.refunds[i];
    if r.refund_type != 2 {
        return Err(ApiError::conflict(format!(
            "after-sales {id} is a refund only: there is nothing to send back"
        )));
    }
    still_open(r, "take a return shipment")?;
    Ok(i)
}

pub fn return_logistics_render(req: &ApiRequest, s: &State) -> Reply {
    let v = req.query.get("refundId").map(|x| Value::String(x.clone()));
    let id = id_field(v.as_ref(), "refundId")?;
    let i = return_refund(s, id)?;
    let agg = aggregate(s, &s.refunds[i]);
    Ok(json!({
        "refundId": id.to_string(),
        "receiverAddress": agg["logistics"]["receiverAddress"],
        "logisticsCompanies": COMPANIES.iter().map(|(c, n)| json!({"logisticsCompanyCode": c, "logisticsCompanyName": n})).collect::<Vec<_>>(),
    }))
}

pub fn return_logistics_submit(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("refundId"), "refundId")?;
    let code = req.string(b, "logisticsCompanyCode")?;
    let number = req.string(b, "logisticsNo")?;
    let Some((_, name)) = COMPANIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(&code))
    else {
        let codes: Vec<&str> = COMPANIES.iter().map(|c| c.0).collect();
        return Err(ApiError::bad(format!(
            "unknown logisticsCompanyCode \"{code}\"; known: {}",
            codes.join(", ")
        )));
    };
    let i = return_refund(s, id)?;
    let mut lg = aggregate(s, &s.refunds[i])["logistics"].clone();
    let o = lg.as_object_mut().expect("object");
    o.insert(
        "logisticsCompany".into(),
        json!({"logisticsCompanyCode": code.to_uppercase(), "logisticsCompanyName": name}),
    );
    o.insert("logisticsNo".into(), json!(number));
    for k in ["buyerPhone", "returnGoodsDesc"] {
        if let Some(v) = b.get(k).filter(|v| v.is_string()) {
            o.insert(k.into(), v.clone());
        }
    }
    let r = &mut s.refunds[i];
    r.return_logistics = Some(lg);
    r.status = "WAIT_SELLER_CONFIRM_GOODS".into();
    Ok(json!(true))
}
