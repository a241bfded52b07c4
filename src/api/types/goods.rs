//! Products on both platforms, read into one view (docs/api.md#taobao-goods,
//! docs/api.md#alibaba-goods): the Taobao detail (`skuList`, `properties`) and the 1688 detail
//! (`productSkuInfos`, `skuAttributes`) give the same rows, so `goods show`, search results and
//! the SKU choice of `cart add` draw both alike.

use serde_json::{Map, Value};

use super::{Page, at, obj, opt_str, pick, shape_error};
use crate::domain::{money, value};

/// Cents from any price shape the goods answers use: an integer (cents), a string (cents, or
/// yuan with a decimal point), a decimal number (yuan: 1688 prices such as 3.5), a money
/// object. Never through a float (docs/api.md#money).
pub fn price_cents(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| money::amount_to_cents(&n.to_string())),
        other => money::money_value(other).map(|(c, _)| c),
    }
}

fn first_text(o: &Map<String, Value>, keys: &[&str]) -> String {
    keys.iter().find_map(|k| opt_str(o, k)).unwrap_or_default()
}

/// A price field: absent or null is None; present and unreadable is an error naming it (a
/// wrong number printed as a price is worse than none).
fn opt_price(o: &Map<String, Value>, keys: &[&str], path: &str) -> Result<Option<i64>, String> {
    for k in keys {
        match o.get(*k) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) if s.trim().is_empty() => continue,
            Some(v) => {
                return price_cents(v)
                    .map(Some)
                    .ok_or_else(|| shape_error(&at(path, k), "a price", v));
            }
        }
    }
    Ok(None)
}

/// A count (stock, sales): an integer or a numeric string; 1688 writes sales as "1000+".
fn opt_count(o: &Map<String, Value>, keys: &[&str], path: &str) -> Result<Option<i64>, String> {
    for k in keys {
        match o.get(*k) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) if s.trim().is_empty() => continue,
            Some(v) => {
                let n = value::int(v).or_else(|| {
                    v.as_str()
                        .and_then(|s| s.trim().trim_end_matches('+').parse().ok())
                });
                return n
                    .map(Some)
                    .ok_or_else(|| shape_error(&at(path, k), "a whole number", v));
            }
        }
    }
    Ok(None)
}

/// One SKU (Taobao) or spec (1688) of a product.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductSku {
    pub sku_id: String,
    /// 1688: the `specId` the cart and orders take.
    pub spec_id: String,
    /// Taobao: the supply-chain SKU the cart needs (`mpSkuId`).
    pub mp_sku_id: String,
    /// `颜色: 850浅灰 / 尺码: M`.
    pub properties: String,
    /// Cents.
    pub price: Option<i64>,
    pub promotion_price: Option<i64>,
    pub stock: Option<i64>,
    pub status: String,
}

impl ProductSku {
    /// What one unit costs: the promotion price when there is one.
    pub fn unit_price(&self) -> Option<i64> {
        self.promotion_price.or(self.price)
    }

    /// On sale and in stock, as far as the answer says.
    pub fn available(&self) -> bool {
        let active = self.status.is_empty() || self.status.eq_ignore_ascii_case("active");
        active && self.stock.is_none_or(|s| s > 0)
    }

    fn from_value(v: &Value, path: &str) -> Result<ProductSku, String> {
        let o = obj(v, path)?;
        // Taobao `properties: [{propName, valueName}]`; 1688 `skuAttributes: [{attributeName, value}]`.
        let properties = match o.get("properties").filter(|p| !p.is_null()) {
            Some(p) => value::properties(p),
            None => attributes(o.get("skuAttributes")),
        };
        Ok(ProductSku {
            sku_id: first_text(o, &["skuId", "id"]),
            spec_id: first_text(o, &["specId"]),
            mp_sku_id: first_text(o, &["mpSkuId"]),
            properties,
            price: opt_price(o, &["price", "consignPrice"], path)?,
            promotion_price: opt_price(o, &["promotionPrice", "jxhyPrice"], path)?,
            stock: opt_count(o, &["quantity", "amountOnSale", "stock"], path)?,
            status: first_text(o, &["status"]),
        })
    }
}

/// 1688 `skuAttributes` as `颜色: 蓝色 / 规格: 20页`.
fn attributes(v: Option<&Value>) -> String {
    let Some(list) = v.and_then(Value::as_array) else {
        return String::new();
    };
    list.iter()
        .filter_map(|a| {
            let name = pick(a, &["attributeName", "attributeNameTrans"]).and_then(Value::as_str);
            let val = pick(a, &["value", "valueTrans"]).and_then(Value::as_str)?;
            Some(match name {
                Some(n) => format!("{n}: {val}"),
                None => val.to_string(),
            })
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A product detail, either platform's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Product {
    /// `itemId` (Taobao) or `offerId` (1688), exactly as sent.
    pub id: String,
    /// The v2 opaque id the cart takes (`itemMapId`, `offerMapId`); empty when not sent.
    pub map_id: String,
    /// The numeric id links carry, when the answer gives it beside an opaque `itemId` [I].
    pub num_id: String,
    pub title: String,
    /// 1688's translated subject (`subjectTrans`).
    pub title_trans: String,
    /// Taobao `shopId`, 1688 `sellerOpenId`.
    pub shop_id: String,
    pub shop_name: String,
    pub category: String,
    /// Taobao: the supply-chain product id; none means PandaPon cannot sell it [I].
    pub mp_id: String,
    pub stock: Option<i64>,
    pub sales: Option<i64>,
    /// 1688: the smallest quantity the seller takes (起批量).
    pub min_order: Option<i64>,
    pub status: String,
    /// Why it cannot be bought, when the answer says (the sandbox's `unavailableReason`).
    pub unavailable: String,
    /// The product's own price fields, for a product without SKUs.
    pub price: Option<i64>,
    pub promotion_price: Option<i64>,
    pub skus: Vec<ProductSku>,
}

impl Product {
    pub fn from_value(v: &Value, path: &str) -> Result<Product, String> {
        let o = obj(v, path)?;
        let list = o
            .get("skuList")
            .or_else(|| o.get("skus"))
            .or_else(|| o.get("productSkuInfos"))
            .filter(|l| !l.is_null());
        let mut skus = Vec::new();
        if let Some(list) = list {
            let key = ["skuList", "skus", "productSkuInfos"]
                .into_iter()
                .find(|k| o.contains_key(*k))
                .unwrap_or("skuList");
            let arr = list
                .as_array()
                .ok_or_else(|| shape_error(&at(path, key), "a list of SKUs", list))?;
            for (i, s) in arr.iter().enumerate() {
                skus.push(ProductSku::from_value(s, &format!("{path}.{key}[{i}]"))?);
            }
        }
        let sale = o.get("productSaleInfo").and_then(Value::as_object);
        let from_sale = |keys: &[&str]| -> Result<Option<i64>, String> {
            match sale {
                Some(s) => opt_count(s, keys, &at(path, "productSaleInfo")),
                None => Ok(None),
            }
        };
        let stock = match opt_count(o, &["quantity", "amountOnSale"], path)? {
            Some(n) => Some(n),
            None => from_sale(&["amountOnSale"])?.or_else(|| {
                // Checked: a sum the server's numbers overflow is unknown, not a panic.
                let all = skus
                    .iter()
                    .try_fold(0i64, |acc, s| acc.checked_add(s.stock?));
                all.filter(|_| !skus.is_empty())
            }),
        };
        let min_order = match opt_count(o, &["minOrderQuantity", "beginAmount"], path)? {
            Some(n) => Some(n),
            None => from_sale(&["minOrderQuantity"])?,
        };
        Ok(Product {
            id: first_text(o, &["itemId", "offerId", "numIid", "id"]),
            map_id: first_text(o, &["itemMapId", "offerMapId"]),
            num_id: first_text(o, &["numIid"]),
            title: first_text(o, &["itemTitle", "title", "subject", "name"]),
            title_trans: first_text(o, &["subjectTrans", "titleTrans"]),
            shop_id: first_text(o, &["shopId", "sellerOpenId", "sellerId"]),
            shop_name: first_text(
                o,
                &["shopName", "sellerNick", "sellerNickName", "companyName"],
            ),
            category: first_text(o, &["categoryName", "categoryId"]),
            mp_id: first_text(o, &["mpId"]),
            stock,
            sales: opt_count(
                o,
                &["sales", "soldQuantity", "volume", "monthSold", "soldOut"],
                path,
            )?,
            min_order,
            status: first_text(o, &["status"]),
            unavailable: first_text(o, &["unavailableReason", "noMpReason"]),
            price: opt_price(o, &["price"], path)?,
            promotion_price: opt_price(o, &["promotionPrice"], path)?,
            skus,
        })
    }

    /// Lowest and highest unit price over the SKUs (the product's own when it has none).
    pub fn price_range(&self) -> Option<(i64, i64)> {
        let prices: Vec<i64> = self
            .skus
            .iter()
            .filter_map(ProductSku::unit_price)
            .collect();
        match (prices.iter().min(), prices.iter().max()) {
            (Some(&lo), Some(&hi)) => Some((lo, hi)),
            _ => self.promotion_price.or(self.price).map(|p| (p, p)),
        }
    }

    pub fn shop(&self) -> &str {
        if self.shop_name.is_empty() {
            &self.shop_id
        } else {
            &self.shop_name
        }
    }

    /// The id the cart takes: the opaque v2 id when the answer gives one, else the answer's
    /// own id when it is not numeric (a v2 `itemId`), else `given` (docs/api.md#ids).
    pub fn cart_id(&self, given: &str) -> String {
        if !self.map_id.is_empty() {
            self.map_id.clone()
        } else if !self.id.is_empty() && !self.id.bytes().all(|b| b.is_ascii_digit()) {
            self.id.clone()
        } else {
            given.to_string()
        }
    }

    /// Every id the answer gives, each once, the API's own first.
    pub fn ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for id in [&self.id, &self.map_id, &self.num_id] {
            if !id.is_empty() && !out.contains(&id.as_str()) {
                out.push(id);
            }
        }
        out
    }

    /// The SKU with this id (or 1688 spec id).
    pub fn sku(&self, id: &str) -> Option<&ProductSku> {
        self.skus.iter().find(|s| s.sku_id == id || s.spec_id == id)
    }
}

/// One search result, recommendation or hot-list entry, either platform's.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub map_id: String,
    pub title: String,
    pub title_trans: String,
    /// Cents: the lowest price the entry gives.
    pub price: Option<i64>,
    pub sales: Option<i64>,
    pub shop: String,
    /// Hot lists number their entries.
    pub rank: Option<i64>,
}

impl Hit {
    pub fn from_value(v: &Value, path: &str) -> Result<Hit, String> {
        let o = obj(v, path)?;
        let price = match o.get("priceInfo").and_then(Value::as_object) {
            Some(info) => opt_price(info, &["price", "consignPrice"], &at(path, "priceInfo"))?,
            None => None,
        };
        let price = match price {
            Some(p) => Some(p),
            None => opt_price(o, &["promotionPrice", "zkFinalPrice", "price"], path)?,
        };
        Ok(Hit {
            id: first_text(o, &["itemId", "offerId", "numIid", "id"]),
            map_id: first_text(o, &["itemMapId", "offerMapId"]),
            title: first_text(o, &["title", "itemTitle", "subject", "name"]),
            title_trans: first_text(o, &["subjectTrans", "titleTrans"]),
            price,
            sales: opt_count(
                o,
                &["sales", "monthSold", "volume", "soldQuantity", "buyerNum"],
                path,
            )?,
            shop: first_text(
                o,
                &[
                    "shopName",
                    "nick",
                    "sellerNickName",
                    "companyName",
                    "sellerOpenId",
                ],
            ),
            rank: opt_count(o, &["rank", "sort"], path)?,
        })
    }

    /// The id a person passes on to `goods show` or `cart add`: the answer's own id, else the
    /// opaque one.
    pub fn show_id(&self) -> &str {
        if self.id.is_empty() {
            &self.map_id
        } else {
            &self.id
        }
    }
}

/// Every hit of a page (see `super::into_page` for the list shapes).
pub fn hits(page: &Page) -> Result<Vec<Hit>, String> {
    page.elements
        .iter()
        .enumerate()
        .map(|(i, v)| Hit::from_value(v, &format!("data[{i}]")))
        .collect()
}

/// Keys a hot list keeps its entries under, besides the paged ones [I].
pub const RANK_LIST_KEYS: &[&str] = &["rankProductModels", "productList", "offerList"];

/// `taobao.product.batch`'s verdict on one item (docs/api.md#taobao-product-batch).
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub item: String,
    pub available: Option<bool>,
    pub reason: String,
    pub title: String,
}

/// The batch answer `{mpProducts[], noMpProductItemIds[], noMpReasonList[]}` read for the items
/// asked about, in the order asked. A reason list of strings is read beside the id list, index
/// for index; a list of objects by their `itemId`.
pub fn verdicts(data: &Value, asked: &[String]) -> Result<Vec<Verdict>, String> {
    let o = obj(data, "data")?;
    let list = |k: &str| -> Result<Vec<Value>, String> {
        match o.get(k) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(a)) => Ok(a.clone()),
            Some(v) => Err(shape_error(&at("data", k), "a list", v)),
        }
    };
    let products = list("mpProducts")?;
    let refused: Vec<String> = list("noMpProductItemIds")?
        .iter()
        .filter_map(value::id_text)
        .collect();
    let reasons = list("noMpReasonList")?;
    let ids_of = |v: &Value| -> Vec<String> {
        ["itemId", "itemMapId", "numIid", "id"]
            .iter()
            .filter_map(|k| v.get(*k).and_then(value::id_text))
            .collect()
    };
    let reason_for = |item: &str| -> String {
        let by_object = reasons.iter().find_map(|r| {
            ids_of(r).iter().any(|i| i == item).then(|| {
                pick(r, &["reason", "msg", "errorMsg", "message", "noMpReason"])
                    .map(value::plain)
                    .unwrap_or_default()
            })
        });
        by_object
            .or_else(|| {
                let i = refused.iter().position(|r| r == item)?;
                reasons.get(i).and_then(Value::as_str).map(str::to_string)
            })
            .unwrap_or_default()
    };
    Ok(asked
        .iter()
        .map(|item| {
            if refused.iter().any(|r| r == item) {
                return Verdict {
                    item: item.clone(),
                    available: Some(false),
                    reason: reason_for(item),
                    title: String::new(),
                };
            }
            match products
                .iter()
                .find(|p| ids_of(p).iter().any(|i| i == item))
            {
                Some(p) => Verdict {
                    item: item.clone(),
                    available: Some(true),
                    reason: String::new(),
                    title: pick(p, &["title", "itemTitle", "subject"])
                        .map(value::plain)
                        .unwrap_or_default(),
                },
                None => Verdict {
                    item: item.clone(),
                    available: None,
                    reason: String::new(),
                    title: String::new(),
                },
            }
        })
        .collect())
}

/// A 1688 category and its children (docs/api.md#alibaba-product-category).
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub name_trans: String,
    pub parent: String,
    pub leaf: Option<bool>,
    pub children: Vec<Category>,
}

impl Category {
    pub fn from_value(v: &Value, path: &str) -> Result<Category, String> {
        let o = obj(v, path)?;
        let mut children = Vec::new();
        let key = ["childCategorys", "children", "childCategories"]
            .into_iter()
            .find(|k| o.get(*k).is_some_and(|c| !c.is_null()));
        if let Some(key) = key {
            let list = &o[key];
            let arr = list
                .as_array()
                .ok_or_else(|| shape_error(&at(path, key), "a list of categories", list))?;
            for (i, c) in arr.iter().enumerate() {
                children.push(Category::from_value(c, &format!("{path}.{key}[{i}]"))?);
            }
        }
        Ok(Category {
            id: first_text(o, &["categoryId", "id"]),
            name: first_text(o, &["chineseName", "name", "categoryName"]),
            name_trans: first_text(o, &["translatedName", "nameTrans"]),
            parent: first_text(o, &["parentCateId", "parentId"]),
            leaf: o.get("leaf").and_then(Value::as_bool),
            children,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_documented_taobao_product_reads_with_its_skus() {
        // The development manual's envelope example (docs/api.md#taobao-product-get).
        let v = json!({"quantity": 400, "mpId": "2048057995392326", "itemId": 672991141190u64, "price": 1,
            "promotionPrice": 1, "shopId": 268763467, "categoryId": "121452038", "status": "active",
            "skuList": [{"skuId": "3452545926724", "price": 1, "promotionPrice": "1", "postFee": 0,
              "quantity": 200, "status": "active",
              "properties": [{"valueId": 28326, "valueName": "红色", "propId": 1627207, "propName": "颜色分类"}]}]});
        let p = Product::from_value(&v, "data").unwrap();
        assert_eq!(p.id, "672991141190");
        assert_eq!(p.stock, Some(400));
        assert_eq!(p.price_range(), Some((1, 1)));
        assert_eq!(p.skus[0].properties, "颜色分类: 红色");
        assert!(p.skus[0].available());
        assert_eq!(p.cart_id("672991141190"), "672991141190");
    }

    #[test]
    fn a_1688_offer_reads_like_a_product() {
        let v = json!({"offerId": 706627393257u64, "offerMapId": "Ak7QmZ2xPd9-LwY4vNb6Rc",
            "subject": "PVC插页文件夹", "subjectTrans": "PVC insert folder", "sellerOpenId": "BBBg",
            "productSaleInfo": {"amountOnSale": 20000, "minOrderQuantity": 10}, "soldOut": "1000+",
            "productSkuInfos": [
                {"skuId": 5012345678901u64, "specId": "b2a8", "price": "3.5", "amountOnSale": 12000,
                 "skuAttributes": [{"attributeName": "规格", "value": "20页"}, {"attributeName": "颜色", "value": "蓝色"}]},
                {"skuId": 5012345678903u64, "specId": "d4ca", "price": 6.8, "amountOnSale": 0,
                 "skuAttributes": [{"attributeName": "规格", "value": "60页"}]}]});
        let p = Product::from_value(&v, "data").unwrap();
        assert_eq!(
            (p.stock, p.min_order, p.sales),
            (Some(20000), Some(10), Some(1000))
        );
        assert_eq!(
            p.price_range(),
            Some((350, 680)),
            "yuan strings and numbers"
        );
        assert_eq!(p.skus[0].properties, "规格: 20页 / 颜色: 蓝色");
        assert!(!p.skus[1].available(), "no stock");
        assert_eq!(p.sku("d4ca").unwrap().sku_id, "5012345678903");
        assert_eq!(p.cart_id("706627393257"), "Ak7QmZ2xPd9-LwY4vNb6Rc");
    }

    #[test]
    fn a_stock_the_servers_numbers_overflow_is_unknown_not_a_panic() {
        let v = json!({"offerId": 7066, "productSkuInfos": [
            {"specId": "a", "amountOnSale": i64::MAX}, {"specId": "b", "amountOnSale": i64::MAX}
        ]});
        assert_eq!(Product::from_value(&v, "data").unwrap().stock, None);
    }

    #[test]
    fn a_wrong_price_type_names_the_field() {
        let v = json!({"itemId": "X", "skuList": [{"skuId": "1", "price": [1]}]});
        let e = Product::from_value(&v, "data").unwrap_err();
        assert!(e.contains("data.skuList[0].price should be a price"), "{e}");
    }

    #[test]
    fn hits_of_both_platforms() {
        let tb = Hit::from_value(
            &json!({"itemId": "WUnU", "title": "衬衫", "price": 13900, "promotionPrice": 3990, "sales": 12, "shopName": "小淘"}),
            "d",
        )
        .unwrap();
        assert_eq!(
            (tb.price, tb.sales, tb.shop.as_str()),
            (Some(3990), Some(12), "小淘")
        );
        let ali = Hit::from_value(
            &json!({"offerId": 7066, "subject": "文件夹", "priceInfo": {"price": "3.50"}, "monthSold": 20}),
            "d",
        )
        .unwrap();
        assert_eq!((ali.show_id(), ali.price), ("7066", Some(350)));
    }

    #[test]
    fn verdicts_pair_ids_with_reasons_in_either_shape() {
        let asked = vec!["1".to_string(), "2".to_string(), "3".to_string()];
        let d = json!({"mpProducts": [{"itemId": "1", "title": "好"}],
                       "noMpProductItemIds": ["2"], "noMpReasonList": ["商家未加入供销平台"]});
        let v = verdicts(&d, &asked).unwrap();
        assert_eq!(v[0].available, Some(true));
        assert_eq!(
            (v[1].available, v[1].reason.as_str()),
            (Some(false), "商家未加入供销平台")
        );
        assert_eq!(v[2].available, None, "not in the answer");
        let d = json!({"noMpProductItemIds": [2, 3],
                       "noMpReasonList": [{"itemId": 3, "reason": "已下架"}]});
        let v = verdicts(&d, &asked).unwrap();
        assert_eq!(v[2].reason, "已下架");
        assert!(verdicts(&json!({"mpProducts": 5}), &asked).is_err());
    }

    #[test]
    fn categories_with_children() {
        let c = Category::from_value(
            &json!({"categoryId": 7, "chineseName": "文具", "translatedName": "Stationery", "leaf": false,
                    "childCategorys": [{"id": 8, "chineseName": "文件夹", "leaf": true}]}),
            "data",
        )
        .unwrap();
        assert_eq!(
            (c.id.as_str(), c.children[0].name.as_str()),
            ("7", "文件夹")
        );
        assert_eq!(c.children[0].leaf, Some(true));
    }
}
