//! Orders as the list and the detail show them (docs/api.md#taobao-order-fields).

use serde_json::Value;

use super::{Keep, at, field, obj, pick, pick_text, shape_error};
use crate::domain::status::{self, OrderState, Status};
use crate::domain::{money, value};

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

// The names each field goes by, in the order they are looked for. A list row reads only
// these (`LIST_ROW`): a new name for a field a row shows goes here, not in the reader.
const ORDER_ID: &[&str] = &[
    "orderId",
    "purchaseOrderId",
    "id",
    "orderNo",
    "salesOrderId",
];
const ORDER_LINE_KEYS: &[&str] = &[
    "productItems",
    "orderLines",
    "orderLineList",
    "subOrders",
    "purchaseOrderLines",
    "orderLineVOList",
    "lines",
    "items",
];
const ORDER_CURRENCY: &[&str] = &["currency"];
const ORDER_TOTAL: &[&str] = &[
    "totalAmount",
    "totalRealPayPrice",
    "actualPaidAmount",
    "payAmount",
    "totalPrice",
    "orderAmount",
    "purchaseAmount",
];
const ORDER_STATUS: &[&str] = &[
    "orderStatus",
    "status",
    "purchaseOrderStatus",
    "tradeStatus",
    "payStatus",
];
const ORDER_CREATED: &[&str] = &[
    "createTime",
    "gmtCreate",
    "tbCreateTime",
    "createdAt",
    "orderCreateTime",
];
const LINE_ID: &[&str] = &[
    "purchaseOrderLineId",
    "subOrderId",
    "orderLineId",
    "purchase_order_line_outer_id",
    "subItemId",
    "id",
];
const LINE_ITEM: &[&str] = &["itemId", "itemMapId", "item_id", "offerMapId"];
const LINE_SKU: &[&str] = &["skuId", "sku_id", "specId"];
const LINE_TITLE: &[&str] = &["itemTitle", "title", "productName", "item_title"];
const LINE_QUANTITY: &[&str] = &["quantity", "buyAmount", "num"];
const LINE_PRICE: &[&str] = &["price", "unitPrice", "itemPrice"];
const LINE_TOTAL: &[&str] = &[
    "totalPrice",
    "lineAmount",
    "product_amount",
    "productAmount",
    "payAmount",
];
const LINE_STATUS: &[&str] = &["status", "orderLineStatus", "purchaseOrderLineStatus"];

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
            "logistics.logisticsCompanyName",
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
            "logisticsBillNo",
            "logistics.logisticsBillNo",
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
        let quantity = match pick(v, LINE_QUANTITY) {
            None => None,
            Some(q) => Some(
                value::int(q).ok_or_else(|| shape_error(&at(path, "quantity"), "an integer", q))?,
            ),
        };
        let price = money_field(v, LINE_PRICE, path)?.map(|m| m.0);
        let total = money_field(v, LINE_TOTAL, path)?
            .map(|m| m.0)
            .or_else(|| price?.checked_mul(quantity?));
        Ok(OrderLine {
            id: pick_text(v, LINE_ID),
            item_id: pick_text(v, LINE_ITEM),
            sku_id: pick_text(v, LINE_SKU),
            title: pick_text(v, LINE_TITLE),
            properties: o
                .get("properties")
                .or_else(|| o.get("skuProperties"))
                .filter(|_| full)
                .map(value::properties)
                .unwrap_or_default(),
            quantity,
            price,
            total,
            status: pick(v, LINE_STATUS).map(status::words).unwrap_or_default(),
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
            &[
                "receiver",
                "receiverAddress",
                "orderAddress",
                "addressParam",
                "address",
            ],
        ) {
            Some(Value::String(s)) => crate::domain::json::parse_embedded(s)
                .filter(Value::is_object)
                .unwrap_or(Value::String(s.clone())),
            Some(r) => r.clone(),
            None => Value::Null,
        };
        let ship_to = match &receiver {
            Value::Object(_) => {
                // Taobao's names, each with 1688's `addressParam` name beside it
                // (docs/api.md#alibaba-order-preview).
                let names: [&[&str]; 9] = [
                    &["name", "fullName"],
                    &["mobile_phone", "mobile"],
                    &["phone"],
                    &["address"],
                    &["district", "areaText"],
                    &["city", "cityText"],
                    &["state", "provinceText"],
                    &["country"],
                    &["zip", "postCode"],
                ];
                let fields = names.map(|k| pick_text(&receiver, k));
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
    /// What `list_row_from_value` reads of an order, for reading a list's rows without
    /// parsing the rest (`Page::parse_keeping`).
    pub fn list_row_keep() -> Keep {
        let line = Keep::new(&[
            LINE_ID,
            LINE_ITEM,
            LINE_SKU,
            LINE_TITLE,
            LINE_QUANTITY,
            LINE_PRICE,
            LINE_TOTAL,
            LINE_STATUS,
        ]);
        Keep::new(&[
            ORDER_ID,
            ORDER_CURRENCY,
            ORDER_TOTAL,
            ORDER_STATUS,
            ORDER_CREATED,
        ])
        .lists(ORDER_LINE_KEYS, line)
    }

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
        let found = pick(v, ORDER_ID);
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
            .find_map(|k| field(v, k).filter(|x| !x.is_null()).map(|x| (*k, x)))
        {
            let list = list
                .as_array()
                .ok_or_else(|| shape_error(&at(path, key), "a list of order lines", list))?;
            for (i, l) in list.iter().enumerate() {
                // The line's path is written only for its error (ten thousand rows would
                // format it for nothing): read again with it, the read says the same.
                let line = OrderLine::read(l, "", detail)
                    .or_else(|_| OrderLine::read(l, &format!("{path}.{key}[{i}]"), detail))?;
                lines.push(line);
            }
        }
        let currency = pick_text(v, ORDER_CURRENCY);
        let total = money_field(v, ORDER_TOTAL, path)?
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
        let status = pick(v, ORDER_STATUS).map(Status::read).unwrap_or_default();
        Ok(Order {
            id,
            status: status.words,
            state: status.state,
            lines,
            total,
            created: pick(v, ORDER_CREATED).cloned().unwrap_or(Value::Null),
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
    /// A list row read from an order pruned to `list_row_keep` is the row read from the whole
    /// order: every name the reader looks up is kept, under each of the names PandaPon uses.
    #[test]
    fn a_pruned_order_reads_as_the_whole_one() {
        let keep = Order::list_row_keep();
        let orders = [
            // The sandbox's Taobao order, receiver and all.
            r#"{"orderId":"3305075341149010310","orderStatus":"WAIT_BUYER_PAY","shopId":"115037976","shopName":"小淘男装服饰","currency":"CNY","productAmount":7980,"shippingFee":0,"totalAmount":7980,"createTime":1795508400000,"payTime":null,"receiver":{"name":"张三","city":"杭州市"},"subOrders":[{"subOrderId":"3305075341149011341","itemId":"WUnUC1cILiBjt-Jv3lDdlQ","skuId":"5032007803361","itemTitle":"2025新款休闲短袖衬衫","itemPic":"https://img.alicdn.com/x.jpg","properties":"[]","quantity":2,"price":3990,"totalPrice":7980,"currency":"CNY","status":"WAIT_BUYER_PAY"}]}"#,
            // 1688's names, a total only in the lines, a number too big for i64.
            r#"{"purchaseOrderId":33050753411490103101234,"purchaseOrderStatus":"waitsellersend","gmtCreate":"2026-05-20 15:40:00","purchaseOrderLines":[{"purchaseOrderLineId":1,"offerMapId":"x","specId":"s","productName":"杯","buyAmount":3,"unitPrice":"100","purchaseOrderLineStatus":"waitsellersend"}],"buyer":{"a":[1,2,3]}}"#,
            // The lines under other names, a null list before them, a repeated name, escapes.
            r#"{"orderNo":"A1","productItems":null,"orderLines":[{"title":"裤\u5b50","num":1,"itemPrice":{"amount":"5.00","currency":"USD"}},{"item_title":"袜","quantity":2}],"tradeStatus":"TRADE_CLOSED","tradeStatus":"TRADE_FINISHED","orderAmount":{"amount":"12.50","currency":"USD"}}"#,
            // Nothing to read but an id.
            r#"{"id":7,"note":{"deep":[{"x":1}]}}"#,
        ];
        for text in orders {
            let whole: Value = serde_json::from_str(text).unwrap();
            let pruned = super::super::keep::object(text, &keep).unwrap();
            // Read the same from checked text, without serde_json.
            let fast = super::super::keep::object_checked(text, &keep).expect(text);
            assert_eq!((&fast, fast.to_string()), (&pruned, pruned.to_string()));
            assert_eq!(
                Order::list_row_from_value(&pruned, "data[0]"),
                Order::list_row_from_value(&whole, "data[0]"),
                "{text}"
            );
            for gone in ["receiver", "shopName", "buyer", "note"] {
                assert!(pruned.get(gone).is_none(), "{gone} kept: {pruned}");
            }
        }
        let first = super::super::keep::object(orders[0], &keep).unwrap();
        assert!(first["subOrders"][0].get("itemPic").is_none(), "{first}");
        assert_eq!(first["subOrders"][0]["itemTitle"], "2025新款休闲短袖衬衫");
    }
}
