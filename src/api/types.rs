//! Typed views of the response `data` the commands draw as tables.
//!
//! `--json` prints `data` itself, untouched; these views only read it. They are lenient where
//! PandaPon is inconsistent (a price as 3990 or "3990", an id as number or string) and strict
//! where a wrong type would print a wrong number: that is an error naming the field.

use serde_json::{Map, Value};

use crate::domain::status::{self, OrderState, Status};
use crate::domain::{money, value};

/// Where a value sits, for error messages: `data.confirmOrders[0].cartItemInfos[2].price`.
fn at(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

fn shape_error(path: &str, expected: &str, got: &Value) -> String {
    let got = match got {
        Value::Null => "null".to_string(),
        Value::String(s) => format!("the string {:?}", s.chars().take(40).collect::<String>()),
        other => other.to_string().chars().take(40).collect(),
    };
    format!("unexpected response: {path} should be {expected}, got {got}")
}

fn obj<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| shape_error(path, "an object", v))
}

fn opt_str(o: &Map<String, Value>, key: &str) -> Option<String> {
    match o.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An integer field, if present and not null; present with a non-integer value is an error.
fn opt_int(o: &Map<String, Value>, key: &str, path: &str) -> Result<Option<i64>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => value::int(v)
            .map(Some)
            .ok_or_else(|| shape_error(&at(path, key), "an integer", v)),
    }
}

fn opt_money(
    o: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<(i64, String)>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => money::money_object(v).map(Some).ok_or_else(|| {
            shape_error(
                &at(path, key),
                "a money object {\"amount\": \"...\", \"currency\": \"CNY\"}",
                v,
            )
        }),
    }
}

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
        let fees =
            self.shipping.as_ref().map_or(0, |m| m.0) + self.order_fee.as_ref().map_or(0, |m| m.0);
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

/// The first of several candidate fields that is present and not null. A candidate may be a
/// dotted path (`refundOrder.refundId`), for responses that nest what others keep flat.
pub fn pick<'a>(v: &'a Value, candidates: &[&str]) -> Option<&'a Value> {
    candidates.iter().find_map(|c| {
        c.split('.')
            .try_fold(v, |cur, k| cur.get(k))
            .filter(|x| !x.is_null())
    })
}

/// The first candidate as text (ids exactly as sent).
pub fn pick_text(v: &Value, candidates: &[&str]) -> String {
    pick(v, candidates)
        .and_then(|x| match x {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

/// One page of any list: the elements exactly as sent, and the paging numbers if any.
#[derive(Debug, Default)]
pub struct Page {
    pub elements: Vec<Value>,
    pub total_pages: Option<u64>,
    pub total_records: Option<u64>,
    pub paged: bool,
}

const PAGE_LIST_KEYS: &[&str] = &[
    "data",
    "records",
    "list",
    "items",
    "rows",
    "orders",
    "result",
    "resultList",
    "dataList",
];

/// The paging numbers of a page object, under any of the names PandaPon's lists use.
fn read_paging(o: &Map<String, Value>, page: &mut Page) {
    let num = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| o.get(*k).and_then(value::int))
            .and_then(|n| u64::try_from(n).ok())
    };
    page.total_pages = num(&["totalPage", "pages", "totalPages"]);
    page.total_records = num(&["totalRecords", "total", "totalCount"]);
    // False when the API answered with everything at once (no paging fields).
    page.paged = page.total_pages.is_some() || page.total_records.is_some();
}

/// A page in the shapes PandaPon uses (see `cart_page`): `{totalRecords, totalPage, data:
/// [...]}`, `{total, pages, records: [...]}`, or a plain array. `what` names the elements.
pub fn page(data: &Value, what: &str) -> Result<Page, String> {
    into_page(data.clone(), what)
}

/// `page` for a value that is no longer needed: the elements are moved out, not copied
/// (a walk reads megabytes of them).
pub fn into_page(data: Value, what: &str) -> Result<Page, String> {
    let mut page = Page::default();
    match data {
        Value::Null => Ok(page),
        Value::Array(a) => {
            page.elements = a;
            Ok(page)
        }
        Value::Object(mut o) => {
            let found = PAGE_LIST_KEYS
                .iter()
                .find(|k| o.get(**k).is_some_and(Value::is_array));
            let Some(key) = found else {
                if PAGE_LIST_KEYS
                    .iter()
                    .any(|k| o.get(*k).is_some_and(Value::is_null))
                {
                    return Ok(page);
                }
                return Err(shape_error("data", what, &Value::Object(o)));
            };
            read_paging(&o, &mut page);
            if let Some(Value::Array(list)) = o.remove(*key) {
                page.elements = list;
            }
            Ok(page)
        }
        other => Err(shape_error("data", what, &other)),
    }
}

/// One line of a Taobao order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    pub id: String,
    pub item_id: String,
    pub sku_id: String,
    pub title: String,
    pub properties: String,
    pub quantity: Option<i64>,
    /// Cents.
    pub price: Option<i64>,
    pub total: Option<i64>,
    pub status: String,
    /// "company tracking-number", when the line carries it.
    pub logistics: String,
}

/// A Taobao order as the list and the detail show it.
///
/// No v2 order response is documented (docs/api.md#taobao-order-fields). The fields read here are those of
/// the Taobao order callbacks (§5.5: `salesOrderId`, `subOrders` with `logistic_company_name`,
/// `logistic_number`, `product_amount`), the Xport order message (§6: `orderId`, `orderNo`,
/// `orderStatus`, `totalAmount` in cents, `tbCreateTime`) and the v1 order line
/// (`itemId`, `skuId`, `quantity`, `price`), each under the names PandaPon uses elsewhere.
/// `--json` shows everything the API sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub id: String,
    /// The status in words, as tables show it.
    pub status: String,
    /// What the status means, when its name is one pandapon knows.
    pub state: Option<OrderState>,
    pub lines: Vec<OrderLine>,
    /// Cents and currency.
    pub total: Option<(i64, String)>,
    pub created: Value,
    pub logistics: String,
    /// The rest of what a detail shows (empty in a list row).
    pub extra: OrderExtra,
}

/// Detail fields of an order beyond the list's: each empty when the API does not send it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrderExtra {
    /// Cents, with the fee's own currency when it names one.
    pub shipping: Option<(i64, Option<String>)>,
    pub paid: Value,
    /// The receiver on one line.
    pub ship_to: String,
    pub warehouse: String,
}

const ORDER_LINE_KEYS: &[&str] = &[
    "orderLines",
    "orderLineList",
    "subOrders",
    "purchaseOrderLines",
    "orderLineVOList",
    "lines",
    "items",
];

fn money_field(
    o: &Value,
    keys: &[&str],
    path: &str,
) -> Result<Option<(i64, Option<String>)>, String> {
    for k in keys {
        if let Some(v) = pick(o, &[k]) {
            return money::money_value(v)
                .map(Some)
                .ok_or_else(|| shape_error(&at(path, k), "an amount in cents", v));
        }
    }
    Ok(None)
}

fn logistics_summary(v: &Value) -> String {
    let company = pick_text(
        v,
        &[
            "logisticsCompanyName",
            "logistic_company_name",
            "logisticCompanyName",
            "logisticsCompany.logisticsCompanyName",
            "companyName",
        ],
    );
    let number = pick_text(
        v,
        &[
            "logisticsNo",
            "logistic_number",
            "logisticNumber",
            "logisticNumer",
            "trackingNumber",
            "mailNo",
        ],
    );
    format!("{company} {number}").trim().to_string()
}

impl OrderLine {
    pub fn from_value(v: &Value, path: &str) -> Result<OrderLine, String> {
        Self::read(v, path, Detail::Full)
    }

    fn read(v: &Value, path: &str, detail: Detail) -> Result<OrderLine, String> {
        let o = obj(v, path)?;
        let full = detail == Detail::Full;
        let quantity = match pick(v, &["quantity", "buyAmount", "num"]) {
            None => None,
            Some(q) => Some(
                value::int(q).ok_or_else(|| shape_error(&at(path, "quantity"), "an integer", q))?,
            ),
        };
        let price = money_field(v, &["price", "unitPrice", "itemPrice"], path)?.map(|m| m.0);
        let total = money_field(
            v,
            &[
                "totalPrice",
                "lineAmount",
                "product_amount",
                "productAmount",
                "payAmount",
            ],
            path,
        )?
        .map(|m| m.0)
        .or_else(|| price?.checked_mul(quantity?));
        Ok(OrderLine {
            id: pick_text(
                v,
                &[
                    "purchaseOrderLineId",
                    "subOrderId",
                    "orderLineId",
                    "purchase_order_line_outer_id",
                    "id",
                ],
            ),
            item_id: pick_text(v, &["itemId", "itemMapId", "item_id"]),
            sku_id: pick_text(v, &["skuId", "sku_id"]),
            title: pick_text(v, &["itemTitle", "title", "productName", "item_title"]),
            properties: o
                .get("properties")
                .or_else(|| o.get("skuProperties"))
                .filter(|_| full)
                .map(value::properties)
                .unwrap_or_default(),
            quantity,
            price,
            total,
            status: pick(v, &["status", "orderLineStatus", "purchaseOrderLineStatus"])
                .map(status::words)
                .unwrap_or_default(),
            logistics: if full {
                logistics_summary(v)
            } else {
                String::new()
            },
        })
    }
}

/// How much of an order to read: a list row shows neither SKU properties nor logistics, and
/// for ten thousand orders reading them took a sixth of the listing's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    ListRow,
}

impl OrderExtra {
    fn read(v: &Value) -> OrderExtra {
        // The receiver is an object, or (v1 create) the same object as a JSON string.
        let receiver = match pick(
            v,
            &["receiver", "receiverAddress", "orderAddress", "address"],
        ) {
            Some(Value::String(s)) => serde_json::from_str(s)
                .ok()
                .filter(Value::is_object)
                .unwrap_or(Value::String(s.clone())),
            Some(r) => r.clone(),
            None => Value::Null,
        };
        let ship_to = match &receiver {
            Value::Object(_) => {
                let fields = [
                    "name",
                    "mobile_phone",
                    "phone",
                    "address",
                    "district",
                    "city",
                    "state",
                    "country",
                    "zip",
                ]
                .map(|k| pick_text(&receiver, &[k]));
                value::join_nonempty(fields.iter().map(String::as_str))
            }
            Value::String(s) => s.clone(),
            _ => String::new(),
        };
        let warehouse = value::join_nonempty([
            pick_text(v, &["warehouseName"]).as_str(),
            pick_text(v, &["warehouseAddress"]).as_str(),
        ]);
        OrderExtra {
            shipping: pick(v, &["shippingFee", "postFee", "mainlandShippingFee"])
                .and_then(money::money_value),
            paid: pick(v, &["payTime", "paidTime", "gmtPayment"])
                .cloned()
                .unwrap_or(Value::Null),
            ship_to,
            warehouse,
        }
    }
}

impl Order {
    /// The currency of the order's total; CNY, Taobao's, when it names none.
    pub fn currency(&self) -> &str {
        self.total.as_ref().map_or("CNY", |t| t.1.as_str())
    }

    pub fn from_value(v: &Value, path: &str) -> Result<Order, String> {
        Self::read(v, path, Detail::Full)
    }

    /// What a row of `order list` shows: as `from_value` (the same checks, the same errors),
    /// but with `logistics` and each line's `properties` and `logistics` left empty.
    pub fn list_row_from_value(v: &Value, path: &str) -> Result<Order, String> {
        Self::read(v, path, Detail::ListRow)
    }

    fn read(v: &Value, path: &str, detail: Detail) -> Result<Order, String> {
        obj(v, path)?;
        let found = pick(
            v,
            &[
                "orderId",
                "purchaseOrderId",
                "id",
                "orderNo",
                "salesOrderId",
            ],
        );
        let id = found.and_then(value::id_text).ok_or_else(|| {
            shape_error(
                &at(path, "orderId"),
                "an order id",
                found.unwrap_or(&Value::Null),
            )
        })?;
        let mut lines = Vec::new();
        if let Some((key, list)) = ORDER_LINE_KEYS
            .iter()
            .find_map(|k| v.get(*k).filter(|x| !x.is_null()).map(|x| (*k, x)))
        {
            let list = list
                .as_array()
                .ok_or_else(|| shape_error(&at(path, key), "a list of order lines", list))?;
            for (i, l) in list.iter().enumerate() {
                lines.push(OrderLine::read(l, &format!("{path}.{key}[{i}]"), detail)?);
            }
        }
        let currency = pick_text(v, &["currency"]);
        let total = money_field(
            v,
            &[
                "totalAmount",
                "totalRealPayPrice",
                "actualPaidAmount",
                "payAmount",
                "totalPrice",
                "orderAmount",
                "purchaseAmount",
            ],
            path,
        )?
        .map(|(c, cur)| {
            let cur = cur
                .or_else(|| (!currency.is_empty()).then(|| currency.clone()))
                .unwrap_or_else(|| "CNY".into());
            (c, cur)
        })
        .or_else(|| {
            // No order total: the lines' sum, when every line has one.
            let sum = lines
                .iter()
                .try_fold(0i64, |acc, l| acc.checked_add(l.total?))?;
            (!lines.is_empty()).then(|| {
                (
                    sum,
                    if currency.is_empty() {
                        "CNY".into()
                    } else {
                        currency.clone()
                    },
                )
            })
        });
        let mut logistics = match detail {
            Detail::Full => logistics_summary(v),
            Detail::ListRow => String::new(),
        };
        if logistics.is_empty() {
            let per_line: Vec<&str> = lines
                .iter()
                .map(|l| l.logistics.as_str())
                .filter(|s| !s.is_empty())
                .collect();
            let mut uniq = per_line.clone();
            uniq.dedup();
            logistics = uniq.join("; ");
        }
        let status = pick(
            v,
            &[
                "orderStatus",
                "status",
                "purchaseOrderStatus",
                "tradeStatus",
                "payStatus",
            ],
        )
        .map(Status::read)
        .unwrap_or_default();
        Ok(Order {
            id,
            status: status.words,
            state: status.state,
            lines,
            total,
            created: pick(
                v,
                &[
                    "createTime",
                    "gmtCreate",
                    "tbCreateTime",
                    "createdAt",
                    "orderCreateTime",
                ],
            )
            .cloned()
            .unwrap_or(Value::Null),
            logistics,
            extra: match detail {
                Detail::Full => OrderExtra::read(v),
                Detail::ListRow => OrderExtra::default(),
            },
        })
    }

    /// "短袖衬衫 ×2", or "短袖衬衫 ×2 +1 more" for several lines.
    pub fn items_summary(&self) -> String {
        let Some(first) = self.lines.first() else {
            return String::new();
        };
        let qty = first.quantity.map(|q| format!(" ×{q}")).unwrap_or_default();
        let title = if first.title.is_empty() {
            format!("item {}", first.item_id)
        } else {
            first.title.clone()
        };
        match self.lines.len() {
            1 => format!("{title}{qty}"),
            n => format!("{title}{qty} +{} more", n - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seed_data() -> Value {
        let e =
            crate::api::envelope::decode(include_bytes!("../../tests/fixtures/preview_382.json"))
                .unwrap();
        e.data
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
    fn a_list_row_reads_what_the_list_shows_and_checks_the_same() {
        let v = json!({
            "orderId": "77", "orderStatus": "TRADE_FINISHED", "createTime": 1667193198819i64,
            "logisticsNo": "SF9",
            "subOrders": [{"itemTitle": "衬衫", "quantity": 2, "price": 4750,
                           "properties": "[{\"propName\":\"颜色\",\"valueName\":\"灰\"}]"}]
        });
        let full = Order::from_value(&v, "data[3]").unwrap();
        let row = Order::list_row_from_value(&v, "data[3]").unwrap();
        assert_eq!(
            (
                &row.id,
                &row.status,
                &row.total,
                &row.created,
                row.items_summary()
            ),
            (
                &full.id,
                &full.status,
                &full.total,
                &full.created,
                full.items_summary()
            )
        );
        assert_eq!(full.lines[0].properties, "颜色: 灰");
        assert_eq!(
            (row.logistics.as_str(), row.lines[0].properties.as_str()),
            ("", "")
        );
        let bad = json!({"orderId": 1, "subOrders": [{"quantity": "many"}]});
        assert_eq!(
            Order::list_row_from_value(&bad, "data[0]").unwrap_err(),
            Order::from_value(&bad, "data[0]").unwrap_err()
        );
    }

    #[test]
    fn orders_read_from_the_documented_field_names() {
        let o = Order::from_value(
            &json!({
                "orderId": 3305075341149134260u64, "orderStatus": "WAIT_BUYER_PAY",
                "totalAmount": 10000, "tbCreateTime": "2026-05-20 15:40:00",
                "subOrders": [
                    {"itemTitle": "衬衫", "quantity": 2, "price": "4750", "logistic_company_name": "顺丰", "logistic_number": "SF1"},
                    {"itemTitle": "裤子", "quantity": 1, "price": 500, "logistic_company_name": "顺丰", "logistic_number": "SF1"}
                ]
            }),
            "data",
        )
        .unwrap();
        assert_eq!(o.id, "3305075341149134260");
        assert_eq!(o.status, "waiting for payment");
        assert_eq!(o.total, Some((10000, "CNY".into())));
        assert_eq!(o.items_summary(), "衬衫 ×2 +1 more");
        assert_eq!(o.lines[0].total, Some(9500));
        assert_eq!(o.logistics, "顺丰 SF1");
        let no_total = Order::from_value(
            &json!({"id": 1, "currency": "USD", "lines": [{"price": 100, "quantity": 3}]}),
            "data",
        )
        .unwrap();
        assert_eq!(no_total.total, Some((300, "USD".into())));
        let e = Order::from_value(&json!({"orderId": 1, "totalAmount": "lots"}), "data[0]")
            .unwrap_err();
        assert!(
            e.contains("data[0].totalAmount should be an amount in cents"),
            "{e}"
        );
        assert!(Order::from_value(&json!({"x": 1}), "data").is_err());
    }

    #[test]
    fn pages_and_picks() {
        let p = page(&json!({"total": 3, "records": [1, 2]}), "orders").unwrap();
        assert_eq!(
            (p.elements.len(), p.total_records, p.paged),
            (2, Some(3), true)
        );
        assert!(page(&json!({"x": 1}), "a list of orders").is_err());
        let v = json!({"refundOrderAggregate": {"refundOrder": {"refundId": 11}}});
        assert_eq!(
            pick_text(
                &v,
                &["refundId", "refundOrderAggregate.refundOrder.refundId"]
            ),
            "11"
        );
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
