//! The cart's list and the order preview made from it (docs/api.md#taobao-cart).

use serde_json::Value;

use super::{Page, at, obj, opt_int, opt_money, opt_str, read_paging, shape_error};
use crate::domain::value;

#[derive(Debug, Clone, PartialEq)]
pub struct CartItem {
    /// Exactly as sent.
    pub id: String,
    pub item_map_id: String,
    pub sku_id: String,
    pub title: String,
    pub properties: String,
    pub quantity: i64,
    /// Cents.
    pub price: Option<i64>,
    pub promotion_price: Option<i64>,
    pub stock: Option<i64>,
    pub shop_id: String,
    pub shop_name: String,
    /// Why the item cannot be ordered, when the platform lists it as disabled (1688's
    /// `disableList`); None for an item that can be.
    pub disabled: Option<String>,
}

impl CartItem {
    /// What one unit costs: the promotion price when there is one.
    pub fn unit_price(&self) -> Option<i64> {
        self.promotion_price.or(self.price)
    }

    pub fn line_total(&self) -> Option<i64> {
        self.unit_price()?.checked_mul(self.quantity)
    }

    pub fn shop(&self) -> &str {
        if self.shop_name.is_empty() {
            &self.shop_id
        } else {
            &self.shop_name
        }
    }

    /// `shop` fills shop fields that a grouped response keeps on the group.
    pub fn from_value(
        v: &Value,
        path: &str,
        shop: Option<(&str, &str)>,
    ) -> Result<CartItem, String> {
        let o = obj(v, path)?;
        let id = o.get("id").and_then(value::id_text).ok_or_else(|| {
            shape_error(
                &at(path, "id"),
                "a cart item id",
                o.get("id").unwrap_or(&Value::Null),
            )
        })?;
        let quantity = opt_int(o, "quantity", path)?
            .ok_or_else(|| shape_error(&at(path, "quantity"), "an integer", &Value::Null))?;
        Ok(CartItem {
            id,
            item_map_id: opt_str(o, "itemMapId")
                .or_else(|| opt_str(o, "itemId"))
                .unwrap_or_default(),
            sku_id: opt_str(o, "skuId").unwrap_or_default(),
            title: opt_str(o, "itemTitle")
                .or_else(|| opt_str(o, "title"))
                .unwrap_or_default(),
            properties: o
                .get("properties")
                .map(value::properties)
                .unwrap_or_default(),
            quantity,
            price: opt_int(o, "price", path)?,
            promotion_price: opt_int(o, "promotionPrice", path)?,
            stock: opt_int(o, "skuQuantity", path)?,
            shop_id: opt_str(o, "shopId")
                .or_else(|| shop.map(|s| s.0.to_string()))
                .unwrap_or_default(),
            shop_name: opt_str(o, "shopName")
                .or_else(|| shop.map(|s| s.1.to_string()))
                .unwrap_or_default(),
            disabled: None,
        })
    }
}

/// One page of `cart list`.
#[derive(Debug, Default)]
pub struct CartPage {
    /// The page's list exactly as sent (items, or shop groups, for `--json --all`), and its
    /// paging numbers.
    pub page: Page,
    pub items: Vec<CartItem>,
}

const LIST_KEYS: &[&str] = &["data", "records", "list", "items", "rows", "cartItemInfos"];
const GROUP_LIST_KEYS: &[&str] = &["enableList", "confirmOrders"];

/// The v2 Taobao cart list shape is undocumented (docs/api.md#taobao-cart-list), so this reads the shapes
/// PandaPon uses elsewhere: a paged object `{totalRecords, totalPage, currentPage, data: [...]}`
/// (1688 paging), a plain array, or shop groups `{enableList: [{shopName, cartItemInfos}]}`
/// (1688 cart) whose items take the group's shop.
pub fn cart_page(data: &Value) -> Result<CartPage, String> {
    let mut page = CartPage::default();
    let (list, path) = match data {
        Value::Null => return Ok(page),
        Value::Array(a) => (a, "data".to_string()),
        Value::Object(o) => {
            let found = LIST_KEYS.iter().chain(GROUP_LIST_KEYS).find_map(|k| {
                o.get(*k)
                    .and_then(Value::as_array)
                    .map(|a| (a, format!("data.{k}")))
            });
            let Some(found) = found else {
                if LIST_KEYS
                    .iter()
                    .chain(GROUP_LIST_KEYS)
                    .any(|k| o.get(*k).is_some_and(Value::is_null))
                {
                    return Ok(page);
                }
                return Err(shape_error("data", "a list of cart items", data));
            };
            read_paging(o, &mut page.page);
            found
        }
        other => return Err(shape_error("data", "a list of cart items", other)),
    };
    for (i, el) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        page.page.elements.push(el.clone());
        if let Some(group_items) = el.get("cartItemInfos") {
            let g = obj(el, &p)?;
            let shop_id = opt_str(g, "shopId")
                .or_else(|| opt_str(g, "sellerOpenId"))
                .unwrap_or_default();
            let shop_name = opt_str(g, "shopName")
                .or_else(|| opt_str(g, "sellerNickName"))
                .unwrap_or_default();
            let Some(items) = group_items.as_array() else {
                if group_items.is_null() {
                    continue;
                }
                return Err(shape_error(&at(&p, "cartItemInfos"), "a list", group_items));
            };
            for (j, it) in items.iter().enumerate() {
                page.items.push(CartItem::from_value(
                    it,
                    &format!("{p}.cartItemInfos[{j}]"),
                    Some((&shop_id, &shop_name)),
                )?);
            }
        } else {
            page.items.push(CartItem::from_value(el, &p, None)?);
        }
    }
    Ok(page)
}

#[derive(Debug)]
pub struct ShopOrder {
    pub shop_id: String,
    pub shop_name: String,
    pub shipping: Option<(i64, String)>,
    pub order_fee: Option<(i64, String)>,
    pub items: Vec<CartItem>,
}

impl ShopOrder {
    pub fn currency(&self) -> &str {
        self.shipping
            .as_ref()
            .or(self.order_fee.as_ref())
            .map_or("CNY", |m| m.1.as_str())
    }

    pub fn items_total(&self) -> Option<i64> {
        self.items
            .iter()
            .try_fold(0i64, |acc, i| acc.checked_add(i.line_total()?))
    }

    /// Items + mainland shipping + order fee, all in cents.
    pub fn total(&self) -> Option<i64> {
        let fees = self
            .shipping
            .as_ref()
            .map_or(0, |m| m.0)
            .checked_add(self.order_fee.as_ref().map_or(0, |m| m.0))?;
        self.items_total()?.checked_add(fees)
    }
}

#[derive(Debug)]
pub struct Preview {
    pub shops: Vec<ShopOrder>,
    /// `totalRealPayPrice`, when the API gives it (the seed's example has null).
    pub total_given: Option<(i64, String)>,
}

impl Preview {
    pub fn from_data(data: &Value) -> Result<Preview, String> {
        let o = obj(data, "data")?;
        let total_given = opt_money(o, "totalRealPayPrice", "data")?;
        let mut shops = Vec::new();
        let orders = match o.get("confirmOrders") {
            None | Some(Value::Null) => &Vec::new(),
            Some(Value::Array(a)) => a,
            Some(other) => return Err(shape_error("data.confirmOrders", "a list", other)),
        };
        for (i, so) in orders.iter().enumerate() {
            let p = format!("data.confirmOrders[{i}]");
            let g = obj(so, &p)?;
            let shop_id = opt_str(g, "shopId").unwrap_or_default();
            let shop_name = opt_str(g, "shopName").unwrap_or_default();
            let mut items = Vec::new();
            if let Some(list) = g.get("cartItemInfos").filter(|v| !v.is_null()) {
                let list = list
                    .as_array()
                    .ok_or_else(|| shape_error(&at(&p, "cartItemInfos"), "a list", list))?;
                for (j, it) in list.iter().enumerate() {
                    items.push(CartItem::from_value(
                        it,
                        &format!("{p}.cartItemInfos[{j}]"),
                        Some((&shop_id, &shop_name)),
                    )?);
                }
            }
            shops.push(ShopOrder {
                shipping: opt_money(g, "mainlandShippingFee", &p)?,
                order_fee: opt_money(g, "orderFee", &p)?,
                shop_id,
                shop_name,
                items,
            });
        }
        Ok(Preview { shops, total_given })
    }

    /// The total to show: the API's when it gives one, else the sum of the shops'.
    pub fn total(&self) -> Option<(i64, String, bool)> {
        if let Some((c, cur)) = &self.total_given {
            return Some((*c, cur.clone(), true));
        }
        let sum = self
            .shops
            .iter()
            .try_fold(0i64, |acc, s| acc.checked_add(s.total()?))?;
        let cur = self
            .shops
            .first()
            .map_or("CNY", |s| s.currency())
            .to_string();
        Some((sum, cur, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seed_data() -> Value {
        let e = crate::api::envelope::decode(
            include_bytes!("../../../tests/fixtures/preview_382.json").to_vec(),
        )
        .unwrap();
        e.data.value().unwrap()
    }

    #[test]
    fn the_seed_preview_reads_as_one_shop_one_item() {
        let p = Preview::from_data(&seed_data()).unwrap();
        assert_eq!(p.shops.len(), 1);
        let s = &p.shops[0];
        assert_eq!(
            (s.shop_id.as_str(), s.shop_name.as_str()),
            ("115037976", "小淘男装服饰")
        );
        assert_eq!(s.shipping, Some((0, "CNY".into())));
        let it = &s.items[0];
        assert_eq!(it.id, "382");
        assert_eq!(
            (it.price, it.promotion_price, it.quantity),
            (Some(13900), Some(3990), 1)
        );
        assert_eq!(it.properties, "颜色: 850浅灰 / 尺码: M 80-105斤");
        assert_eq!(it.shop(), "小淘男装服饰");
        assert_eq!(p.total(), Some((3990, "CNY".into(), false)));
    }

    #[test]
    fn a_given_total_wins() {
        let mut d = seed_data();
        d["totalRealPayPrice"] = json!({"amount": "4790", "currency": "CNY"});
        assert_eq!(
            Preview::from_data(&d).unwrap().total(),
            Some((4790, "CNY".into(), true))
        );
    }

    #[test]
    fn wrong_types_name_the_field() {
        let mut d = seed_data();
        d["confirmOrders"][0]["cartItemInfos"][0]["price"] = json!("a lot");
        let e = Preview::from_data(&d).unwrap_err();
        assert!(
            e.contains("data.confirmOrders[0].cartItemInfos[0].price should be an integer"),
            "{e}"
        );
        let e = Preview::from_data(&json!([1])).unwrap_err();
        assert!(e.contains("data should be an object"), "{e}");
    }

    #[test]
    fn cart_pages_in_every_known_shape() {
        let item =
            json!({"id": 382, "itemTitle": "衬衫", "quantity": 2, "price": 100, "shopName": "A"});
        let paged = cart_page(
            &json!({"totalRecords": 41, "totalPage": 3, "currentPage": 1, "data": [item]}),
        )
        .unwrap();
        assert_eq!(
            (paged.items.len(), paged.page.total_pages, paged.page.paged),
            (1, Some(3), true)
        );
        let plain = cart_page(&json!([item])).unwrap();
        assert!(!plain.page.paged);
        assert_eq!(plain.items[0].shop(), "A");
        let grouped = cart_page(&json!({"enableList": [{"sellerNickName": "B店", "cartItemInfos": [{"id": 1, "quantity": 1}]}], "disableList": []})).unwrap();
        assert_eq!(grouped.items[0].shop(), "B店");
        assert_eq!(grouped.page.elements.len(), 1);
        assert!(cart_page(&Value::Null).unwrap().items.is_empty());
        assert!(cart_page(&json!({"weird": 1})).is_err());
        assert!(cart_page(&json!([{"id": 1, "quantity": "many"}])).is_err());
    }
}
