//! Typed views of the response `data` the commands draw as tables.
//!
//! `--json` prints `data` itself, untouched; these views only read it. They are lenient where
//! PandaPon is inconsistent (a price as 3990 or "3990", an id as number or string) and strict
//! where a wrong type would print a wrong number: that is an error naming the field.
//!
//! One module per noun; the helpers every view uses are here.

pub mod alibaba;
pub mod cart;
pub mod goods;
pub mod order;
pub mod refund;

pub use cart::{CartItem, CartPage, Preview, ShopOrder, cart_page};
pub use order::{Order, OrderExtra, OrderLine};
pub use refund::{Detail, Fields, Rendered, ReturnRoute};

use serde_json::{Map, Value};

use crate::domain::{money, value};

/// Where a value sits, for error messages: `data.confirmOrders[0].cartItemInfos[2].price`.
pub(super) fn at(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

pub(super) fn shape_error(path: &str, expected: &str, got: &Value) -> String {
    let got = match got {
        Value::Null => "null".to_string(),
        Value::String(s) => format!("the string {:?}", s.chars().take(40).collect::<String>()),
        other => other.to_string().chars().take(40).collect(),
    };
    format!("unexpected response: {path} should be {expected}, got {got}")
}

pub(super) fn obj<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| shape_error(path, "an object", v))
}

pub(super) fn opt_str(o: &Map<String, Value>, key: &str) -> Option<String> {
    match o.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An integer field, if present and not null; present with a non-integer value is an error.
pub(super) fn opt_int(
    o: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<i64>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => value::int(v)
            .map(Some)
            .ok_or_else(|| shape_error(&at(path, key), "an integer", v)),
    }
}

pub(super) fn opt_money(
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
pub(super) fn read_paging(o: &Map<String, Value>, page: &mut Page) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
}
