//! 1688's answers as the commands draw them: the cart's two lists, the per-seller previews, the
//! per-merchant results of a create, the pay answer, and the after-sales readers
//! (docs/api.md#alibaba-cart, #alibaba-orders, #alibaba-after-sales). 1688 orders themselves are
//! read by `order::Order`, which knows their field names too.
//!
//! Amounts are integer cents, as every integer amount PandaPon documents is; the names that are
//! not in the documented material are marked [I] in docs/api.md.

use serde_json::{Map, Value};

use super::cart::{CartItem, CartPage};
use super::{at, obj, opt_int, opt_str, pick, pick_text, shape_error};
use crate::domain::value;

/// Why a disabled item cannot be ordered: the API's reason when it sends one (the documented
/// item has no such field, docs/api.md#alibaba-cart-list), else what its stock shows.
fn why_disabled(o: &Map<String, Value>) -> String {
    if let Some(r) = ["disableReason", "invalidReason", "reason"]
        .iter()
        .find_map(|k| opt_str(o, k))
    {
        return r;
    }
    match o.get("amountOnSale").and_then(value::int) {
        Some(0) => "sold out".into(),
        _ => "disabled by 1688 (no reason given)".into(),
    }
}

/// A list under `key`: absent or null is empty; anything but a list is an error naming it.
fn list<'a>(o: &'a Map<String, Value>, key: &str, path: &str) -> Result<&'a [Value], String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(other) => Err(shape_error(&at(path, key), "a list", other)),
    }
}

/// `cart list` on 1688: `{enableList, disableList}`, each a list of seller groups
/// `{sellerOpenId, sellerNickName, cartItemInfos[...]}` (docs/api.md#alibaba-cart-list). Every
/// item keeps its seller; those of `disableList` are marked with why. The groups, as sent, are
/// the page's elements.
pub fn cart_lists(data: &Value) -> Result<CartPage, String> {
    let mut page = CartPage::default();
    if data.is_null() {
        return Ok(page);
    }
    let o = obj(data, "data")?;
    if !o.contains_key("enableList") && !o.contains_key("disableList") {
        return Err(shape_error(
            "data",
            "the 1688 cart {\"enableList\": [...], \"disableList\": [...]}",
            data,
        ));
    }
    for (key, disabled) in [("enableList", false), ("disableList", true)] {
        for (i, g) in list(o, key, "data")?.iter().enumerate() {
            let p = format!("data.{key}[{i}]");
            page.page.elements.push(g.clone());
            let go = obj(g, &p)?;
            let seller_id = opt_str(go, "sellerOpenId").unwrap_or_default();
            let seller_name = opt_str(go, "sellerNickName").unwrap_or_default();
            for (j, it) in list(go, "cartItemInfos", &p)?.iter().enumerate() {
                let ip = format!("{p}.cartItemInfos[{j}]");
                let mut item = CartItem::from_value(it, &ip, Some((&seller_id, &seller_name)))?;
                let io = obj(it, &ip)?;
                if let Some(offer) = opt_str(io, "offerMapId") {
                    item.item_map_id = offer;
                }
                if let Some(spec) = opt_str(io, "specId") {
                    item.sku_id = spec;
                }
                item.stock = opt_int(io, "amountOnSale", &ip)?.or(item.stock);
                if disabled {
                    item.disabled = Some(why_disabled(io));
                }
                page.items.push(item);
            }
        }
    }
    Ok(page)
}

/// One line of a seller's preview.
#[derive(Debug, Clone, PartialEq)]
pub struct CargoLine {
    pub offer: String,
    pub spec: String,
    pub title: String,
    pub properties: String,
    pub quantity: Option<i64>,
    /// Cents, one unit.
    pub price: Option<i64>,
    /// Cents, the line.
    pub amount: Option<i64>,
}

/// One seller's part of a preview: what it would cost, or why the seller refuses it.
#[derive(Debug, Clone, PartialEq)]
pub struct SellerPreview {
    pub seller_id: String,
    pub seller_name: String,
    pub ok: bool,
    /// `errorMsg (errorCode)` of a refused part.
    pub error: String,
    pub lines: Vec<CargoLine>,
    /// Cents: `sumCarriage`, `sumPayment`, `discountFee`.
    pub shipping: Option<i64>,
    pub total: Option<i64>,
    pub discount: Option<i64>,
    /// What the documented offer lists say about this part (cross-border pay, shipping by
    /// description), in words.
    pub notes: Vec<String>,
}

impl SellerPreview {
    pub fn seller(&self) -> &str {
        if self.seller_name.is_empty() {
            &self.seller_id
        } else {
            &self.seller_name
        }
    }
}

/// `errorMsg (errorCode)`, either alone, or empty.
fn error_text(v: &Value) -> String {
    let msg = pick_text(v, &["errorMsg", "message", "msg"]);
    let code = pick_text(v, &["errorCode", "code"]);
    match (msg.is_empty(), code.is_empty()) {
        (false, false) => format!("{msg} ({code})"),
        (false, true) => msg,
        (true, false) => code,
        (true, true) => String::new(),
    }
}

/// Whether a part succeeded: `success` when sent, else no error code.
fn succeeded(v: &Value) -> bool {
    match v.get("success") {
        Some(Value::Bool(b)) => *b,
        _ => pick(v, &["errorCode"]).is_none(),
    }
}

/// The ids of an offer list (`postFeeByDescOfferList`, ...), as text.
fn offer_ids(o: &Map<String, Value>, key: &str, path: &str) -> Result<Vec<String>, String> {
    Ok(list(o, key, path)?
        .iter()
        .map(|v| value::id_text(v).unwrap_or_else(|| pick_text(v, &["offerMapId", "offerId"])))
        .filter(|s| !s.is_empty())
        .collect())
}

/// The elements of a per-seller or per-merchant answer: under one of `keys`, or the array itself.
fn parts<'a>(data: &'a Value, keys: &[&str], what: &str) -> Result<Vec<&'a Value>, String> {
    match data {
        Value::Null => Ok(Vec::new()),
        Value::Array(a) => Ok(a.iter().collect()),
        Value::Object(o) => match keys.iter().find_map(|k| o.get(*k).map(|v| (*k, v))) {
            Some((_, Value::Array(a))) => Ok(a.iter().collect()),
            Some((_, Value::Null)) => Ok(Vec::new()),
            Some((k, other)) => Err(shape_error(&at("data", k), "a list", other)),
            None => Err(shape_error("data", what, data)),
        },
        other => Err(shape_error("data", what, other)),
    }
}

/// A preview (from the cart, one seller or several): `data.orderPreviewResuslt[]` (sic, the
/// documented spelling), one element per seller (docs/api.md#alibaba-order-preview).
pub fn previews(data: &Value) -> Result<Vec<SellerPreview>, String> {
    let keys = ["orderPreviewResuslt", "orderPreviewResult"];
    let list_path = "data.orderPreviewResuslt";
    parts(
        data,
        &keys,
        "a 1688 preview {\"orderPreviewResuslt\": [...]}",
    )?
    .into_iter()
    .enumerate()
    .map(|(i, v)| {
        let p = format!("{list_path}[{i}]");
        let o = obj(v, &p)?;
        let mut lines = Vec::new();
        for (j, c) in list(o, "cargoList", &p)?.iter().enumerate() {
            let cp = format!("{p}.cargoList[{j}]");
            let co = obj(c, &cp)?;
            lines.push(CargoLine {
                offer: pick_text(c, &["offerMapId", "offerId"]),
                spec: pick_text(c, &["specId"]),
                title: pick_text(c, &["itemTitle", "subject", "title"]),
                properties: co
                    .get("properties")
                    .map(value::properties)
                    .unwrap_or_default(),
                quantity: opt_int(co, "quantity", &cp)?,
                price: opt_int(co, "price", &cp)?,
                amount: opt_int(co, "amount", &cp)?,
            });
        }
        let mut notes = Vec::new();
        let cross = offer_ids(o, "unsupportedCrossBorderPayOfferList", &p)?;
        if !cross.is_empty() {
            notes.push(format!("cannot be paid cross-border: {}", cross.join(", ")));
        }
        let by_desc = offer_ids(o, "postFeeByDescOfferList", &p)?;
        if !by_desc.is_empty() {
            notes.push(format!(
                "shipping as the offer describes it (to agree with the seller): {}",
                by_desc.join(", ")
            ));
        }
        Ok(SellerPreview {
            seller_id: pick_text(v, &["sellerOpenId"]),
            seller_name: pick_text(v, &["sellerNickName", "sellerName"]),
            ok: succeeded(v),
            error: error_text(v),
            lines,
            shipping: opt_int(o, "sumCarriage", &p)?,
            total: opt_int(o, "sumPayment", &p)?,
            discount: opt_int(o, "discountFee", &p)?,
            notes,
        })
    })
    .collect()
}

/// One merchant's result of a create.
#[derive(Debug, Clone, PartialEq)]
pub struct MerchantResult {
    pub seller_id: String,
    pub seller_name: String,
    pub ok: bool,
    /// As sent (19 digits kept).
    pub order_id: Option<String>,
    /// Cents: `totalSuccessAmount`, `postFee`.
    pub total: Option<i64>,
    pub shipping: Option<i64>,
    pub error: String,
}

impl MerchantResult {
    pub fn seller(&self) -> &str {
        if self.seller_name.is_empty() {
            &self.seller_id
        } else {
            &self.seller_name
        }
    }
}

/// A create's answer: one merchant (`{orderId, totalSuccessAmount, postFee}`) or a list
/// `{resultList: [...]}` of them; neither is documented (docs/api.md#alibaba-order-create).
pub fn created(data: &Value) -> Result<Vec<MerchantResult>, String> {
    let single = data
        .as_object()
        .is_some_and(|o| o.contains_key("orderId") && !o.contains_key("resultList"));
    let list_of: Vec<&Value> = if single {
        vec![data]
    } else {
        parts(
            data,
            &["resultList", "results", "orderResults"],
            "the result of a 1688 create ({\"orderId\": ...} or {\"resultList\": [...]})",
        )?
    };
    list_of
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let p = if single {
                "data".to_string()
            } else {
                format!("data.resultList[{i}]")
            };
            let o = obj(v, &p)?;
            let order_id = match o.get("orderId") {
                None | Some(Value::Null) => None,
                Some(id) => Some(
                    value::id_text(id)
                        .filter(|_| !id.is_number() || id.is_u64())
                        .ok_or_else(|| shape_error(&at(&p, "orderId"), "an order id", id))?,
                ),
            };
            Ok(MerchantResult {
                seller_id: pick_text(v, &["sellerOpenId"]),
                seller_name: pick_text(v, &["sellerNickName", "sellerName"]),
                ok: succeeded(v) && order_id.is_some(),
                order_id,
                total: opt_int(o, "totalSuccessAmount", &p)?,
                shipping: opt_int(o, "postFee", &p)?,
                error: error_text(v),
            })
        })
        .collect()
}

/// The pay answer (docs/api.md#alibaba-order-pay): `{orderId, protocolPaySuccess, payUrl,
/// cantPayOrderList}`; the batch pay answers the same way for all its orders [I].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PayAnswer {
    /// The 1688 cashier, where the payment is finished; empty when none was sent.
    pub url: String,
    /// `protocolPaySuccess`: paid by agreement, nothing left to do.
    pub paid: bool,
    /// Orders 1688 will not take payment for, as sent.
    pub cant_pay: Vec<String>,
}

pub fn pay_answer(data: &Value) -> Result<PayAnswer, String> {
    let o = obj(data, "data")?;
    if !["payUrl", "protocolPaySuccess", "cantPayOrderList"]
        .iter()
        .any(|k| o.contains_key(*k))
    {
        return Err(shape_error(
            "data",
            "a 1688 pay answer {\"payUrl\", \"protocolPaySuccess\", \"cantPayOrderList\"}",
            data,
        ));
    }
    let paid = match o.get("protocolPaySuccess") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(shape_error(
                "data.protocolPaySuccess",
                "true or false",
                other,
            ));
        }
    };
    Ok(PayAnswer {
        url: pick_text(data, &["payUrl"]),
        paid,
        cant_pay: list(o, "cantPayOrderList", "data")?
            .iter()
            .filter_map(value::id_text)
            .collect(),
    })
}

/// A refund reason of `after-sales reasons` (docs/api.md#alibaba-refund-reasons).
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// As sent: a number stays a number in the create body.
    pub id: Value,
    pub text: String,
    /// `needVoucher`: the request must carry pictures.
    pub needs_voucher: bool,
}

impl Reason {
    pub fn id_text(&self) -> String {
        value::id_text(&self.id).unwrap_or_default()
    }
}

pub fn reasons(data: &Value) -> Result<Vec<Reason>, String> {
    parts(
        data,
        &["reasons", "reasonList", "list"],
        "a list of refund reasons",
    )?
    .into_iter()
    .enumerate()
    .map(|(i, v)| {
        let p = format!("data[{i}]");
        obj(v, &p)?;
        let id = pick(v, &["id", "reasonId"])
            .filter(|id| value::id_text(id).is_some())
            .cloned()
            .ok_or_else(|| {
                shape_error(
                    &at(&p, "id"),
                    "a reason id",
                    v.get("id").unwrap_or(&Value::Null),
                )
            })?;
        Ok(Reason {
            id,
            text: pick_text(v, &["name", "reasonDesc", "reason"]),
            needs_voucher: v.get("needVoucher").and_then(Value::as_bool) == Some(true),
        })
    })
    .collect()
}

/// The logistics companies: (code, name) pairs (docs/api.md#alibaba-refund-logistics-companies).
pub fn companies(data: &Value) -> Result<Vec<(String, String)>, String> {
    parts(
        data,
        &["companies", "list", "result"],
        "a list of logistics companies",
    )?
    .into_iter()
    .enumerate()
    .map(|(i, v)| {
        let code = pick_text(v, &["companyNo", "logisticsCompanyCode", "code"]);
        let name = pick_text(v, &["companyName", "logisticsCompanyName", "name"]);
        if code.is_empty() && name.is_empty() {
            return Err(shape_error(
                &format!("data[{i}]"),
                "a company {companyNo, companyName}",
                v,
            ));
        }
        Ok((code, name))
    })
    .collect()
}

/// Where an uploaded voucher now lives: the URL as a string, `{url}`/`{imageUrl}`, or 1688's
/// `{imageDomain, imageRelativeUrl}` (docs/api.md#alibaba-refund-upload-voucher).
pub fn voucher_url(data: &Value) -> Option<String> {
    if let Value::String(s) = data {
        return Some(s.clone()).filter(|s| !s.trim().is_empty());
    }
    let whole = pick_text(data, &["url", "imageUrl", "voucherUrl"]);
    if !whole.is_empty() {
        return Some(whole);
    }
    let (domain, rel) = (
        pick_text(data, &["imageDomain"]),
        pick_text(data, &["imageRelativeUrl"]),
    );
    (!rel.is_empty()).then(|| format!("{}{rel}", domain.trim_end_matches('/')))
}

/// The new after-sales id of a create: `refundId` of an object, or a bare id.
pub fn refund_id(data: &Value) -> Option<String> {
    match data {
        Value::Object(_) => Some(pick_text(data, &["refundId", "id"])).filter(|s| !s.is_empty()),
        Value::String(_) | Value::Number(_) => value::id_text(data),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_cart_reads_both_lists_and_says_why_an_item_is_disabled() {
        let item = |id: u64, extra: Value| {
            let mut v = json!({"id": id, "offerMapId": "Ak7Q", "specId": "b2a8", "skuId": 501,
                               "itemTitle": "文件夹", "price": 350, "quantity": 20, "amountOnSale": 12000});
            for (k, x) in extra.as_object().unwrap() {
                v[k] = x.clone();
            }
            v
        };
        let data = json!({
            "enableList": [{"sellerOpenId": "BBBg", "sellerNickName": "优品文具厂", "cartItemInfos": [item(1, json!({}))]}],
            "disableList": [{"sellerOpenId": "BBBm", "sellerNickName": "皮具商行", "cartItemInfos": [
                item(2, json!({"disableReason": "商品已下架"})),
                item(3, json!({"amountOnSale": 0})),
                item(4, json!({}))
            ]}]
        });
        let p = cart_lists(&data).unwrap();
        assert_eq!(p.page.elements.len(), 2);
        assert_eq!(
            (
                p.items[0].shop(),
                p.items[0].item_map_id.as_str(),
                p.items[0].sku_id.as_str()
            ),
            ("优品文具厂", "Ak7Q", "b2a8")
        );
        assert_eq!(p.items[0].disabled, None);
        let why: Vec<_> = p.items[1..]
            .iter()
            .map(|i| i.disabled.clone().unwrap())
            .collect();
        assert_eq!(
            why,
            [
                "商品已下架",
                "sold out",
                "disabled by 1688 (no reason given)"
            ]
        );
        assert!(cart_lists(&json!({"data": []})).is_err());
        assert!(cart_lists(&json!({"enableList": {}})).is_err());
    }

    #[test]
    fn previews_and_results_are_read_per_seller() {
        let p = previews(&json!({"orderPreviewResuslt": [
            {"success": true, "sellerOpenId": "A", "sellerNickName": "甲", "sumPayment": 4100, "sumCarriage": 600,
             "cargoList": [{"offerMapId": "o", "specId": "s", "quantity": 10, "price": 350, "amount": 3500}],
             "unsupportedCrossBorderPayOfferList": [706627393257u64]},
            {"success": false, "sellerOpenId": "B", "errorCode": "QTY", "errorMsg": "起批量 5"}
        ]}))
        .unwrap();
        assert_eq!(
            (p[0].ok, p[0].total, p[0].lines[0].amount),
            (true, Some(4100), Some(3500))
        );
        assert_eq!(p[0].notes, ["cannot be paid cross-border: 706627393257"]);
        assert_eq!(
            (p[1].ok, p[1].error.as_str(), p[1].seller()),
            (false, "起批量 5 (QTY)", "B")
        );
        assert!(previews(&json!({"x": 1})).is_err());

        let one = created(&json!({"orderId": 2542285634920880794u64, "totalSuccessAmount": 4100}))
            .unwrap();
        assert_eq!(one[0].order_id.as_deref(), Some("2542285634920880794"));
        assert!(one[0].ok);
        let many = created(&json!({"resultList": [
            {"success": true, "sellerOpenId": "A", "orderId": "2542285634920880794"},
            {"success": false, "sellerOpenId": "B", "errorMsg": "库存不足"}
        ]}))
        .unwrap();
        assert_eq!(
            (many[0].ok, many[1].ok, many[1].error.as_str()),
            (true, false, "库存不足")
        );
        assert!(created(&json!({"resultList": [{"orderId": 1.5}]})).is_err());
    }

    #[test]
    fn pay_answers_reasons_and_vouchers() {
        let a = pay_answer(&json!({"orderId": 1, "protocolPaySuccess": false, "payUrl": "https://x", "cantPayOrderList": [2542285634920880794u64]})).unwrap();
        assert_eq!(
            (a.url.as_str(), a.paid, a.cant_pay[0].as_str()),
            ("https://x", false, "2542285634920880794")
        );
        assert!(pay_answer(&json!({"x": 1})).is_err());
        assert!(pay_answer(&json!({"protocolPaySuccess": "yes"})).is_err());
        let r = reasons(&json!([{"id": 20021, "name": "质量问题", "needVoucher": true}])).unwrap();
        assert_eq!(
            (r[0].id_text(), r[0].needs_voucher),
            ("20021".to_string(), true)
        );
        assert!(reasons(&json!([{"name": "x"}])).is_err());
        assert_eq!(
            voucher_url(&json!("https://v/1.jpg")).as_deref(),
            Some("https://v/1.jpg")
        );
        assert_eq!(
            voucher_url(&json!({"imageDomain": "https://cbu01.alicdn.com/", "imageRelativeUrl": "/img/1.jpg"})).as_deref(),
            Some("https://cbu01.alicdn.com/img/1.jpg")
        );
        assert_eq!(voucher_url(&json!(true)), None);
        assert_eq!(
            companies(&json!([{"companyNo": "SF", "companyName": "顺丰速运"}])).unwrap()[0].0,
            "SF"
        );
    }
}
