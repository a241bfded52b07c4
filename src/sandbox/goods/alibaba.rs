//! 1688 goods in the sandbox: offer detail, the keyword, store, strictly-selected and image
//! searches, categories, recommendations, the hot list and the Wangwang name
//! (docs/api.md#alibaba-goods), answered from the catalogue.

use serde_json::{Map, Value, json};

use super::catalogue::{self, OfferEntry};
use super::query::{
    self, check_country, in_category, in_range, matches, opt_category, opt_text, opt_yuan, terms,
};
use crate::sandbox::seed_1688::{self, Offer};
use crate::sandbox::{ApiError, ApiRequest, Reply, paged};

/// The 1688 open platform's page limit [I] (docs/api.md#alibaba-product-search).
const MAX_PAGE: i64 = 50;
/// Entries in a hot list [sandbox's own].
const HOT: usize = 20;

/// Which list a keyword query searches.
#[derive(Clone, Copy)]
pub enum Scope {
    All,
    Strict,
    GlobalStrict,
}

fn lowest(o: &Offer) -> i64 {
    o.specs.iter().map(|s| s.price_cents).min().unwrap_or(0)
}

fn seller_name(o: &Offer) -> &'static str {
    seed_1688::seller(o.seller).map_or("", |s| s.nick)
}

/// A search result in the documented item shape (`imageUrl`, `subject`, ...), prices in cents.
fn hit(e: &OfferEntry) -> Value {
    let o = e.offer;
    json!({
        "offerId": o.offer_id,
        "offerMapId": o.offer_map_id,
        "subject": o.subject,
        "subjectTrans": o.subject_trans,
        "imageUrl": o.pic,
        "priceInfo": { "price": lowest(o) },
        "monthSold": e.sales,
        "repurchaseRate": format!("{}%", 5 + e.sales % 40),
        "sellerOpenId": o.seller,
        "companyName": seller_name(o),
    })
}

/// The offer a body names, by `offerId` (a number or numeric string) or `offerMapId`.
fn named_offer(b: &Map<String, Value>) -> Result<&'static OfferEntry, ApiError> {
    let id = opt_text(b, "offerId")?
        .or(opt_text(b, "offerMapId")?)
        .ok_or_else(|| ApiError::bad("offerId is required"))?;
    catalogue::get()
        .offer(&id)
        .ok_or_else(|| ApiError::not_found(format!("no offer {id}")))
}

/// `alibaba.product.get`: the v1 detail fields (`offerId`, `subject`, `subjectTrans`, ...)
/// with the SKU, sale and seller data the field list names (docs/api.md#alibaba-product-get),
/// in the 1688 open platform's names, prices in cents.
pub fn get(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let e = named_offer(b)?;
    let o = e.offer;
    let skus: Vec<Value> = o
        .specs
        .iter()
        .map(|s| {
            json!({
                "skuId": s.sku_id,
                "specId": s.spec_id,
                "price": s.price_cents,
                "amountOnSale": s.stock,
                "skuAttributes": s.attributes.iter().map(|(name, value)| json!({
                    "attributeName": name,
                    "value": value,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let category = catalogue::category(catalogue::alibaba_categories(), e.category);
    let mut v = json!({
        "offerId": o.offer_id,
        "offerMapId": o.offer_map_id,
        "categoryId": o.category_id,
        "categoryName": category.map(|c| c.name),
        "subject": o.subject,
        "subjectTrans": o.subject_trans,
        "description": format!("<div><p>{}</p></div>", o.subject),
        "productImage": { "images": [o.pic] },
        "productSkuInfos": skus,
        "productSaleInfo": {
            "amountOnSale": o.specs.iter().map(|s| s.stock).sum::<i64>(),
            "minOrderQuantity": o.min_order,
            "priceRangeList": [{ "startQuantity": o.min_order, "price": lowest(o) }],
        },
        "sellerOpenId": o.seller,
        "sellerNickName": seller_name(o),
        "minOrderQuantity": o.min_order,
        "soldOut": e.sales,
        "status": if e.unavailable.is_none() { "published" } else { "unpublished" },
    });
    if let Some(why) = e.unavailable {
        v["unavailableReason"] = json!(why);
    }
    Ok(v)
}

/// The offers a keyword query matches, before sorting and paging.
fn filtered<'a>(
    b: &Map<String, Value>,
    keyword_required: bool,
    scope: Scope,
    seller: Option<&str>,
) -> Result<Vec<&'a OfferEntry>, ApiError> {
    check_country(b)?;
    let keyword = opt_text(b, "keyword")?;
    if keyword_required && keyword.is_none() {
        return Err(ApiError::bad("keyword is required"));
    }
    let words = terms(keyword.as_deref().unwrap_or_default());
    let category = opt_category(b, "categoryId")?;
    let (min, max) = (opt_yuan(b, "priceStart")?, opt_yuan(b, "priceEnd")?);
    let cats = catalogue::alibaba_categories();
    Ok(catalogue::get()
        .offers
        .iter()
        .filter(|e| match scope {
            Scope::All => true,
            Scope::Strict => e.strict,
            Scope::GlobalStrict => e.global_strict,
        })
        .filter(|e| seller.is_none_or(|s| e.offer.seller == s))
        .filter(|e| matches(e.offer.subject, e.offer.subject_trans, &words))
        .filter(|e| in_category(cats, e.category, category))
        .filter(|e| in_range(lowest(e.offer), min, max))
        .collect())
}

/// `sort` is JSON in a string, as the documented `"{\"price\":\"desc\"}"`: one key, `price` or
/// `monthSold` (inferred), `asc` or `desc`.
fn sort(b: &Map<String, Value>, found: &mut [&OfferEntry]) -> Result<(), ApiError> {
    let Some(text) = opt_text(b, "sort")? else {
        return Ok(());
    };
    let bad = || {
        ApiError::bad(format!(
            "sort must be JSON such as {{\"price\":\"asc\"}} (price or monthSold, asc or desc), got {text}"
        ))
    };
    let v: Value = serde_json::from_str(&text).map_err(|_| bad())?;
    let o = v.as_object().filter(|o| o.len() == 1).ok_or_else(bad)?;
    let (key, dir) = o.iter().next().ok_or_else(bad)?;
    let desc = match dir.as_str() {
        Some("asc") => false,
        Some("desc") => true,
        _ => return Err(bad()),
    };
    let by_price = match key.as_str() {
        "price" => true,
        "monthSold" => false,
        _ => return Err(bad()),
    };
    let key_of = |e: &&OfferEntry| if by_price { lowest(e.offer) } else { e.sales };
    // Stable: equal keys keep catalogue order, so pages stay consistent.
    if desc {
        found.sort_by_key(|e| std::cmp::Reverse(key_of(e)));
    } else {
        found.sort_by_key(key_of);
    }
    Ok(())
}

/// `alibaba.product.search` and the two strictly-selected searches (docs/api.md#alibaba-product-search).
pub fn search(req: &ApiRequest, scope: Scope) -> Reply {
    let b = req.body_object()?;
    let mut found = filtered(b, true, scope, None)?;
    sort(b, &mut found)?;
    let (page, size) = query::paging(b, "beginPage", MAX_PAGE)?;
    Ok(paged(&found, page, size, |e| hit(e)))
}

/// `alibaba.product.shop_search`: one seller's offers, `sellerOpenId` required, the keyword not
/// (docs/api.md#alibaba-product-shop-search).
pub fn shop_search(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    let seller =
        opt_text(b, "sellerOpenId")?.ok_or_else(|| ApiError::bad("sellerOpenId is required"))?;
    if seed_1688::seller(&seller).is_none() {
        return Err(ApiError::not_found(format!("no seller {seller}")));
    }
    let mut found = filtered(b, false, Scope::All, Some(&seller))?;
    sort(b, &mut found)?;
    let (page, size) = query::paging(b, "beginPage", MAX_PAGE)?;
    Ok(paged(&found, page, size, |e| hit(e)))
}

/// `alibaba.product.image_search`: `imageBase64` or `imageAddress` (docs/api.md#alibaba-product-image-search).
pub fn image_search(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let bytes = query::image_bytes(b)?;
    let (page, size) = query::paging(b, "beginPage", MAX_PAGE)?;
    let all = &catalogue::get().offers;
    let found: Vec<&OfferEntry> = query::similar(&bytes, all.len())
        .into_iter()
        .map(|i| &all[i])
        .collect();
    Ok(paged(&found, page, size, |e| hit(e)))
}

/// `alibaba.product.category`: a category with its children, in the 1688 open platform's names
/// (`chineseName`, `translatedName`, `childCategorys`); 0 is the top level [I].
pub fn category(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let id =
        opt_category(b, "categoryId")?.ok_or_else(|| ApiError::bad("categoryId is required"))?;
    let cats = catalogue::alibaba_categories();
    let level = |c: u64| {
        if catalogue::parent_of(cats, c) == 0 {
            1
        } else {
            2
        }
    };
    let children: Vec<Value> = cats
        .iter()
        .filter(|c| c.parent == id)
        .map(|c| {
            json!({
                "categoryId": c.id,
                "chineseName": c.name,
                "translatedName": c.name_trans,
                "leaf": !cats.iter().any(|k| k.parent == c.id),
                "level": level(c.id),
                "parentCateId": id,
            })
        })
        .collect();
    if id == 0 {
        return Ok(json!({
            "categoryId": 0, "chineseName": "全部类目", "translatedName": "All categories",
            "language": "en", "leaf": false, "level": 0, "childCategorys": children,
        }));
    }
    let c = catalogue::category(cats, id)
        .ok_or_else(|| ApiError::not_found(format!("no category {id}")))?;
    Ok(json!({
        "categoryId": c.id,
        "chineseName": c.name,
        "translatedName": c.name_trans,
        "language": "en",
        "leaf": children.is_empty(),
        "level": level(c.id),
        "parentCateId": c.parent,
        "childCategorys": children,
    }))
}

/// Offers on sale, best-selling first.
fn best_sellers<'a>(keep: impl Fn(&OfferEntry) -> bool) -> Vec<&'a OfferEntry> {
    let mut v: Vec<&OfferEntry> = catalogue::get()
        .offers
        .iter()
        .filter(|e| e.unavailable.is_none() && keep(e))
        .collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.sales));
    v
}

/// `alibaba.product.recommend`: the best sellers, paged like a search [I].
pub fn recommend(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let (page, size) = query::paging(b, "beginPage", MAX_PAGE)?;
    Ok(paged(&best_sellers(|_| true), page, size, |e| hit(e)))
}

/// `alibaba.product.related_recommend`: the offer's own category first, then its siblings [I].
pub fn related(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let base = named_offer(b)?;
    let (page, size) = query::paging(b, "beginPage", MAX_PAGE)?;
    let cats = catalogue::alibaba_categories();
    let parent = catalogue::parent_of(cats, base.category);
    let others = |e: &OfferEntry| e.offer.offer_id != base.offer.offer_id;
    let mut found = best_sellers(|e| others(e) && e.category == base.category);
    found.extend(best_sellers(|e| {
        others(e) && e.category != base.category && in_category(cats, e.category, Some(parent))
    }));
    Ok(paged(&found, page, size, |e| hit(e)))
}

/// `alibaba.product.hot_list`: the top sellers, overall or in a category, as a ranking
/// (`rankProductModels`, the 1688 open platform's shape) [I].
pub fn hot_list(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    check_country(b)?;
    let category = opt_category(b, "categoryId")?;
    let cats = catalogue::alibaba_categories();
    let name = match category {
        None => "1688热销榜".to_string(),
        Some(id) => {
            let c = catalogue::category(cats, id)
                .ok_or_else(|| ApiError::not_found(format!("no category {id}")))?;
            format!("{}热销榜", c.name)
        }
    };
    let models: Vec<Value> = best_sellers(|e| in_category(cats, e.category, category))
        .into_iter()
        .take(HOT)
        .enumerate()
        .map(|(i, e)| {
            json!({
                "itemId": e.offer.offer_id,
                "offerMapId": e.offer.offer_map_id,
                "title": e.offer.subject,
                "imgUrl": e.offer.pic,
                "sort": i + 1,
                "monthSold": e.sales,
                "price": lowest(e.offer),
                "companyName": seller_name(e.offer),
            })
        })
        .collect();
    Ok(json!({
        "rankId": category.unwrap_or(0),
        "rankName": name,
        "rankType": "hot",
        "rankProductModels": models,
    }))
}

/// `alibaba.order.wangwang_decrypt`: `{offerId, openUid}` as the third-party client sends it
/// (docs/api.md#alibaba-order-wangwang-decrypt). The sandbox takes the offer's `sellerOpenId`
/// as the seller's openUid and answers the name with a chat link [sandbox's own].
pub fn wangwang_decrypt(req: &ApiRequest) -> Reply {
    let b = req.body_object()?;
    let e = named_offer(b)?;
    let uid = opt_text(b, "openUid")?.ok_or_else(|| ApiError::bad("openUid is required"))?;
    if uid != e.offer.seller {
        return Err(ApiError::not_found(format!(
            "openUid {uid} is not the seller of offer {}",
            e.offer.offer_id
        )));
    }
    let nick = seller_name(e.offer);
    let encoded: String = url::form_urlencoded::byte_serialize(nick.as_bytes()).collect();
    Ok(json!({
        "wangwangNick": nick,
        "chatUrl": format!("https://amos.alicdn.com/getcid.aw?v=3&uid={encoded}&site=cnalichn"),
    }))
}
