//! Taobao goods in the sandbox: product by id, the batch check, item search and image search
//! (docs/api.md#taobao-goods), answered from the catalogue.

use serde_json::{Value, json};

use super::catalogue::{self, TaobaoEntry};
use super::query::{self, in_category, in_range, matches, opt_category, opt_text, terms};
use crate::sandbox::{ApiError, ApiRequest, Reply, int_field, paged, seed};

/// The documented page limit of item search (docs/api.md#taobao-product-search); image search
/// takes the same here.
const MAX_PAGE: i64 = 40;
/// Items one batch check takes [sandbox's own].
const MAX_BATCH: usize = 50;

fn lowest(e: &TaobaoEntry) -> (i64, i64) {
    let s = e.product.skus;
    let price = s.iter().map(|k| k.price).min().unwrap_or(0);
    let unit = s
        .iter()
        .map(|k| k.promotion_price.unwrap_or(k.price))
        .min()
        .unwrap_or(0);
    (price, unit)
}

/// A search result: the v2 id as `itemId` (and `itemMapId`), the numeric id links carry, the
/// lowest prices in cents.
fn hit(e: &TaobaoEntry) -> Value {
    let p = e.product;
    let shop = seed::shop(p.shop_id).expect("catalogue shops are seeded");
    let (price, unit) = lowest(e);
    json!({
        "itemId": p.item_map_id,
        "itemMapId": p.item_map_id,
        "numIid": e.num_iid.to_string(),
        "title": p.title,
        "pic": p.pic,
        "price": price,
        "promotionPrice": unit,
        "sales": e.sales,
        "tkRate": format!("{}.{:02}", e.commission_bp / 100, e.commission_bp % 100),
        "shopId": shop.id,
        "shopName": shop.name,
        "categoryId": e.category.to_string(),
    })
}

/// `taobao.product.get`: the detail `seed::product_json` answers, with the v2 `itemMapId`, the
/// numeric id, sales and the category's name. A product PandaPon cannot sell comes without its
/// supply-chain ids and with the reason [sandbox's own] (docs/api.md#taobao-product-get).
pub fn get(req: &ApiRequest) -> Reply {
    let id = req
        .query
        .get("itemId")
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| ApiError::bad("query parameter itemId is required"))?;
    let e = catalogue::get()
        .taobao(id)
        .ok_or_else(|| ApiError::not_found(format!("no product with itemId {id}")))?;
    Ok(detail(e))
}

fn detail(e: &TaobaoEntry) -> Value {
    let mut v = seed::product_json(e.product);
    v["itemMapId"] = json!(e.product.item_map_id);
    v["numIid"] = json!(e.num_iid.to_string());
    v["sales"] = json!(e.sales);
    if let Some(c) = catalogue::category(catalogue::taobao_categories(), e.category) {
        v["categoryName"] = json!(c.name);
    }
    if let Some(why) = e.unavailable {
        v["mpId"] = Value::Null;
        if let Some(skus) = v["skuList"].as_array_mut() {
            for s in skus {
                s["mpSkuId"] = Value::Null;
            }
        }
        v["unavailableReason"] = json!(why);
    }
    v
}

/// `taobao.product.batch`: `params` is a JSON string `[{itemId, skuIds}]` (docs/api.md#taobao-product-batch).
/// Each item is in `mpProducts` or, with its reason, in `noMpProductItemIds`/`noMpReasonList`.
pub fn batch(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    let params = match b.get("params") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => return Err(ApiError::bad("params is required")),
        Some(v) => {
            return Err(ApiError::bad(format!(
                "params must be a JSON string (the list written as text), got {v}"
            )));
        }
    };
    let list: Vec<Value> = serde_json::from_str(params).map_err(|e| {
        ApiError::bad(format!(
            "params must hold a JSON list [{{\"itemId\": ..., \"skuIds\": [...]}}]: {e}"
        ))
    })?;
    if list.is_empty() || list.len() > MAX_BATCH {
        return Err(ApiError::bad(format!(
            "params must list 1 to {MAX_BATCH} items, got {}",
            list.len()
        )));
    }
    let (mut ok, mut refused, mut reasons) = (Vec::new(), Vec::new(), Vec::new());
    for (i, item) in list.iter().enumerate() {
        let id = item
            .get("itemId")
            .and_then(crate::domain::value::id_text)
            .ok_or_else(|| ApiError::bad(format!("params[{i}].itemId is required")))?;
        let skus: Vec<String> = match item.get("skuIds") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a.iter().filter_map(crate::domain::value::id_text).collect(),
            Some(v) => {
                return Err(ApiError::bad(format!(
                    "params[{i}].skuIds must be a list of SKU ids, got {v}"
                )));
            }
        };
        let mut refuse = |why: String| {
            refused.push(json!(id));
            reasons.push(json!({ "itemId": id, "reason": why }));
        };
        let Some(e) = catalogue::get().taobao(&id) else {
            refuse("商品不存在".into());
            continue;
        };
        if let Some(why) = e.unavailable {
            refuse(why.into());
            continue;
        }
        if let Some(k) = skus
            .iter()
            .find(|k| !e.product.skus.iter().any(|s| s.sku_id == k.as_str()))
        {
            refuse(format!("SKU {k} 不属于该商品"));
            continue;
        }
        let p = e.product;
        let sku_list: Vec<Value> = p
            .skus
            .iter()
            .filter(|s| skus.is_empty() || skus.iter().any(|k| k == s.sku_id))
            .map(|s| json!({ "skuId": s.sku_id, "mpSkuId": s.mp_sku_id, "quantity": s.stock }))
            .collect();
        ok.push(json!({
            "itemId": id,
            "itemMapId": p.item_map_id,
            "mpId": p.mp_id,
            "title": p.title,
            "skuList": sku_list,
        }));
    }
    Ok(json!({
        "mpProducts": ok,
        "noMpProductItemIds": refused,
        "noMpReasonList": reasons,
    }))
}

/// `taobao.product.search`: `keyword`, `pageNo`, `pageSize` (1..40), `sort` as documented;
/// `startPrice`/`endPrice` (cents) and `categoryId` as pandapon sends them [I]
/// (docs/api.md#taobao-product-search).
pub fn search(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    let keyword = opt_text(b, "keyword")?;
    let category = opt_category(b, "categoryId")?;
    if keyword.is_none() && category.is_none() {
        return Err(ApiError::bad("keyword is required"));
    }
    let (page, size) = query::paging(b, "pageNo", MAX_PAGE)?;
    let sort = opt_text(b, "sort")?;
    let (min, max) = (int_field(b, "startPrice")?, int_field(b, "endPrice")?);
    let words = terms(keyword.as_deref().unwrap_or_default());
    let cats = catalogue::taobao_categories();
    let mut found: Vec<&TaobaoEntry> = catalogue::get()
        .taobao
        .iter()
        .filter(|e| matches(e.product.title, "", &words))
        .filter(|e| in_category(cats, e.category, category))
        .filter(|e| in_range(lowest(e).1, min, max))
        .collect();
    match sort.as_deref() {
        None => {}
        Some("price_asc") => found.sort_by_key(|e| lowest(e).1),
        Some("price_desc") => found.sort_by_key(|e| std::cmp::Reverse(lowest(e).1)),
        Some("total_sales_desc") => found.sort_by_key(|e| std::cmp::Reverse(e.sales)),
        Some("tk_rate_desc") => found.sort_by_key(|e| std::cmp::Reverse(e.commission_bp)),
        Some(other) => {
            return Err(ApiError::bad(format!(
                "sort must be one of price_asc, price_desc, total_sales_desc, tk_rate_desc; got \"{other}\""
            )));
        }
    }
    Ok(paged(&found, page, size, |e| hit(e)))
}

/// `taobao.product.image_search`: the body is undocumented; the sandbox takes the 1688 image
/// query's `imageBase64`/`imageAddress` with Taobao's `pageNo`/`pageSize` [I].
pub fn image_search(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    let bytes = query::image_bytes(b)?;
    let (page, size) = query::paging(b, "pageNo", MAX_PAGE)?;
    let all = &catalogue::get().taobao;
    let found: Vec<&TaobaoEntry> = query::similar(&bytes, all.len())
        .into_iter()
        .map(|i| &all[i])
        .collect();
    Ok(paged(&found, page, size, |e| hit(e)))
}
