//! What a handler sees of a request, and the checks every handler makes of its fields and
//! paging, each refusal in the envelope with a message that says what was wrong.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::{ApiError, seed};

/// What a handler sees of a request.
pub struct ApiRequest {
    pub params: Vec<(String, String)>,
    pub query: HashMap<String, String>,
    pub body: Value,
    pub now_ms: i64,
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => format!("the string {s:?}"),
        other => other.to_string().chars().take(40).collect(),
    }
}

impl ApiRequest {
    pub fn body_object(&self) -> Result<&Map<String, Value>, ApiError> {
        self.body
            .as_object()
            .ok_or_else(|| ApiError::bad("the request body must be a JSON object"))
    }

    pub fn string(&self, o: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
        match o.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => Err(ApiError::bad(format!(
                "{key} must be a string, got {}",
                type_name(v)
            ))),
        }
    }

    pub fn int(&self, o: &Map<String, Value>, key: &str) -> Result<i64, ApiError> {
        match o.get(key) {
            Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64().unwrap()),
            None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => Err(ApiError::bad(format!(
                "{key} must be an integer, got {}",
                type_name(v)
            ))),
        }
    }

    pub fn ids(&self, o: &Map<String, Value>, key: &str) -> Result<Vec<i64>, ApiError> {
        let arr = match o.get(key) {
            Some(Value::Array(a)) => a,
            None | Some(Value::Null) => return Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => {
                return Err(ApiError::bad(format!(
                    "{key} must be an array of integers, got {}",
                    type_name(v)
                )));
            }
        };
        let ids: Vec<i64> = arr
            .iter()
            .map(|v| {
                v.as_i64().ok_or_else(|| {
                    ApiError::bad(format!(
                        "{key} must be an array of integers, got {}",
                        type_name(v)
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        // The shop would count a repeated id twice: refuse it rather than guess.
        if let Some((_, id)) = ids
            .iter()
            .enumerate()
            .find(|(i, id)| ids[..*i].contains(id))
        {
            return Err(ApiError::bad(format!("{key} lists {id} more than once")));
        }
        Ok(ids)
    }

    pub fn query_int(&self, key: &str, default: i64, min: i64, max: i64) -> Result<i64, ApiError> {
        let Some(raw) = self.query.get(key) else {
            return Ok(default);
        };
        match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad(format!(
                "{key} must be an integer from {min} to {max}, got \"{raw}\""
            ))),
        }
    }
}

/// An id the API may send as a number or a numeric string.
pub fn id_field(v: Option<&Value>, key: &str) -> Result<u64, ApiError> {
    match v {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        None | Some(Value::Null) => return Err(ApiError::bad(format!("{key} is required"))),
        _ => None,
    }
    .ok_or_else(|| {
        ApiError::bad(format!(
            "{key} must be a numeric id, got {}",
            v.map_or("nothing".into(), type_name)
        ))
    })
}

/// An integer sent as a number or a numeric string; absent or null is None.
pub fn int_field(o: &Map<String, Value>, key: &str) -> Result<Option<i64>, ApiError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64()),
        Some(Value::String(t)) if t.trim().parse::<i64>().is_ok() => Ok(t.trim().parse().ok()),
        Some(v) => Err(ApiError::bad(format!(
            "{key} must be an integer, got {}",
            type_name(v)
        ))),
    }
}

/// The highest page number a body-paged list accepts (the cart's query takes the same).
const MAX_PAGE_NO: i64 = 100_000;
/// The largest page a body-paged list serves.
const MAX_PAGE_SIZE: i64 = 100;

/// `pageNo` (default 1) and `pageSize` (`default_size`, or required when None) of a
/// body-paged list, each checked against the bounds every such list shares.
pub fn paging(o: &Map<String, Value>, default_size: Option<i64>) -> Result<(i64, i64), ApiError> {
    let size = match (int_field(o, "pageSize")?, default_size) {
        (Some(n), _) | (None, Some(n)) => n,
        (None, None) => return Err(ApiError::bad("pageSize is required")),
    };
    let page = int_field(o, "pageNo")?.unwrap_or(1);
    if !(1..=MAX_PAGE_NO).contains(&page) {
        return Err(ApiError::bad(format!(
            "pageNo must be from 1 to {MAX_PAGE_NO}, got {page}"
        )));
    }
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::bad(format!(
            "pageSize must be from 1 to {MAX_PAGE_SIZE}, got {size}"
        )));
    }
    Ok((page, size))
}

/// `items` ordered by `cmp` as far as `paged(items, page, size, ..)` reads them: that page's
/// window sorted, everything before it no greater, everything after no less. One page of a
/// long list costs a linear pass instead of a whole sort (a walk of 100 pages of 10,000
/// orders sorted them 100 times: the sandbox's largest cost, BENCHMARKS.md run 7).
pub fn sort_page<T>(
    items: &mut [T],
    page: i64,
    size: i64,
    mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering,
) {
    let (page, size) = (page.max(1), size.max(1));
    let at = |n: i64| usize::try_from(n).unwrap_or(usize::MAX).min(items.len());
    let start = at((page - 1).saturating_mul(size));
    let end = at(page.saturating_mul(size));
    if start >= end {
        return;
    }
    if start > 0 {
        items.select_nth_unstable_by(start, &mut cmp);
    }
    let rest = &mut items[start..];
    if end - start < rest.len() {
        rest.select_nth_unstable_by(end - start, &mut cmp);
    }
    rest[..end - start].sort_by(cmp);
}

/// One page of `items`, in the paged shape PandaPon uses (docs/api.md#paging).
/// Saturating: a page far past the end is empty rather than an overflow, whatever the caller
/// let through.
pub fn paged<T>(items: &[T], page: i64, size: i64, f: impl Fn(&T) -> Value) -> Value {
    let (page, size) = (page.max(1), size.max(1));
    let total = items.len() as i64;
    let skip = (page - 1).saturating_mul(size);
    let data: Vec<Value> = items
        .iter()
        .skip(usize::try_from(skip).unwrap_or(usize::MAX))
        .take(usize::try_from(size).unwrap_or(usize::MAX))
        .map(f)
        .collect();
    let mut v = json!({
        "totalRecords": total,
        "totalPage": total.unsigned_abs().div_ceil(size.unsigned_abs()),
        "pageSize": size,
        "currentPage": page,
    });
    // Moved in: `json!` would serialise a copy of the rows, which for a page of orders was a
    // third of the sandbox's work.
    v["data"] = Value::Array(data);
    v
}

/// What the shop can sell of a SKU: at least one, at most its stock. `field` names the value.
pub fn check_quantity(quantity: i64, sku: &seed::Sku, field: &str) -> Result<(), ApiError> {
    if quantity < 1 {
        return Err(ApiError::bad(format!(
            "{field} must be at least 1, got {quantity}"
        )));
    }
    if quantity > sku.stock {
        return Err(ApiError::bad(format!(
            "{field}: only {} of SKU {} in stock, asked for {quantity}",
            sku.stock, sku.sku_id
        )));
    }
    Ok(())
}

/// The same for a 1688 spec: at least one, at most `stock` of spec `spec_id`.
pub fn check_quantity_of(
    quantity: i64,
    stock: i64,
    spec_id: &str,
    field: &str,
) -> Result<(), ApiError> {
    if quantity < 1 {
        return Err(ApiError::bad(format!(
            "{field} must be at least 1, got {quantity}"
        )));
    }
    if quantity > stock {
        return Err(ApiError::bad(format!(
            "{field}: only {stock} of spec {spec_id} in stock, asked for {quantity}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_sorted_alone_is_the_page_of_the_whole_sort() {
        let items: Vec<u32> = (0..257u32)
            .map(|i| i.wrapping_mul(2_654_435_761) % 1000)
            .collect();
        let mut sorted = items.clone();
        sorted.sort();
        for size in [1, 7, 100, 300] {
            for page in 1..=5 {
                let mut v = items.clone();
                sort_page(&mut v, page, size, |a, b| a.cmp(b));
                let window = |v: &[u32]| paged(v, page, size, |x| serde_json::json!(x));
                assert_eq!(window(&v), window(&sorted), "page {page} of {size}");
            }
        }
    }
    use serde_json::json;

    /// Extreme page numbers and sizes give an empty page or a clear refusal, never an
    /// overflow panic.
    #[test]
    fn extreme_paging_neither_overflows_nor_panics() {
        let items = [1, 2, 3];
        let v = paged(&items, i64::MAX, 20, |x| json!(x));
        assert_eq!(v["data"], json!([]));
        let v = paged(&items, 2, i64::MAX, |x| json!(x));
        assert_eq!(
            (v["data"].clone(), v["totalPage"].clone()),
            (json!([]), json!(1))
        );
        let v = paged(&items, 2, 2, |x| json!(x));
        assert_eq!(
            (v["data"].clone(), v["totalPage"].clone()),
            (json!([3]), json!(2))
        );

        let body = json!({"pageNo": i64::MAX, "pageSize": 10});
        let e = paging(body.as_object().unwrap(), Some(20)).unwrap_err();
        assert_eq!(
            e.msg,
            format!("pageNo must be from 1 to 100000, got {}", i64::MAX)
        );
        let body = json!({"pageSize": "0"});
        let e = paging(body.as_object().unwrap(), Some(20)).unwrap_err();
        assert_eq!(e.msg, "pageSize must be from 1 to 100, got 0");
        let e = paging(&Map::new(), None).unwrap_err();
        assert_eq!(e.msg, "pageSize is required");
        assert_eq!(paging(&Map::new(), Some(20)).unwrap(), (1, 20));
    }
}
