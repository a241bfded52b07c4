//! Turning API values into text for a person: money from integer cents, SKU properties.
//! Money stays an integer number of cents until this module prints it.

use serde_json::Value;

/// `3990, "CNY"` -> `¥39.90`. No floating point anywhere.
pub fn money(cents: i64, currency: &str) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    let whole = group_thousands(whole);
    match currency.to_ascii_uppercase().as_str() {
        "CNY" | "RMB" | "" => format!("{sign}¥{whole}.{frac:02}"),
        "USD" => format!("{sign}${whole}.{frac:02}"),
        "EUR" => format!("{sign}€{whole}.{frac:02}"),
        other => format!("{sign}{whole}.{frac:02} {other}"),
    }
}

fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount string of a money object, in cents.
///
/// PandaPon has not said whether `{"amount": "0", "currency": "CNY"}` is yuan or cents
/// (REFERENCE.md §8.5). Every integer price it does document is cents, so an integer string is
/// read as cents; a string with a decimal point can only be yuan, and is converted exactly.
/// If the API turns out to use whole yuan, this is the one function to change.
pub fn amount_to_cents(s: &str) -> Option<i64> {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let cents = match digits.split_once('.') {
        None => digits.parse::<i64>().ok()?,
        Some((w, f)) => {
            if f.len() > 2
                || !f.chars().all(|c| c.is_ascii_digit())
                || (w.is_empty() && f.is_empty())
            {
                return None;
            }
            let w: i64 = if w.is_empty() { 0 } else { w.parse().ok()? };
            let f: i64 = format!("{f:0<2}").parse().ok()?;
            w.checked_mul(100)?.checked_add(f)?
        }
    };
    if !digits.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    Some(if neg { -cents } else { cents })
}

/// A money object `{"amount": "...", "currency": "CNY"}` as (cents, currency).
pub fn money_object(v: &Value) -> Option<(i64, String)> {
    let amount = match v.get("amount")? {
        Value::String(s) => amount_to_cents(s)?,
        Value::Number(n) => n.as_i64()?,
        _ => return None,
    };
    let currency = v
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or("CNY")
        .to_string();
    Some((amount, currency))
}

/// An integer that the API sends as a number or as a numeric string ("promotionPrice": "1").
pub fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// An id as text exactly as sent: 19-digit numbers are never rounded.
pub fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// SKU properties as `颜色: 850浅灰 / 尺码: M 80-105斤`.
///
/// The cart sends them as a JSON *string* holding `[{propName, valueName, ...}]`; the product
/// API sends the array itself. Anything else is shown as it came rather than dropped.
pub fn properties(v: &Value) -> String {
    let parsed;
    let list = match v {
        Value::Null => return String::new(),
        Value::String(s) if s.trim().is_empty() => return String::new(),
        Value::String(s) => match serde_json::from_str::<Value>(s) {
            Ok(p) => {
                parsed = p;
                &parsed
            }
            Err(_) => return s.clone(),
        },
        other => other,
    };
    let Some(items) = list.as_array() else {
        return compact(list);
    };
    items
        .iter()
        .map(|p| {
            let name = p.get("propName").and_then(Value::as_str);
            let value = p.get("valueName").and_then(Value::as_str);
            match (name, value) {
                (Some(n), Some(v)) => format!("{n}: {v}"),
                (None, Some(v)) => v.to_string(),
                _ => compact(p),
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn money_from_cents() {
        assert_eq!(money(3990, "CNY"), "¥39.90");
        assert_eq!(money(13900, "CNY"), "¥139.00");
        assert_eq!(money(0, "CNY"), "¥0.00");
        assert_eq!(money(5, "CNY"), "¥0.05");
        assert_eq!(money(-150, "CNY"), "-¥1.50");
        assert_eq!(money(123456789, "USD"), "$1,234,567.89");
        assert_eq!(money(100, "VND"), "1.00 VND");
        assert_eq!(money(i64::MIN, "CNY"), "-¥92,233,720,368,547,758.08");
    }

    #[test]
    fn amounts_are_cents_unless_they_have_a_point() {
        assert_eq!(amount_to_cents("0"), Some(0));
        assert_eq!(amount_to_cents("800"), Some(800));
        assert_eq!(amount_to_cents("39.90"), Some(3990));
        assert_eq!(amount_to_cents("39.9"), Some(3990));
        assert_eq!(amount_to_cents("-0.05"), Some(-5));
        assert_eq!(amount_to_cents("0.1"), Some(10));
        assert_eq!(amount_to_cents("1.234"), None);
        assert_eq!(amount_to_cents("abc"), None);
        assert_eq!(amount_to_cents("."), None);
        assert_eq!(amount_to_cents("+5"), None);
        assert_eq!(amount_to_cents("99999999999999999999"), None);
    }

    #[test]
    fn money_objects() {
        assert_eq!(
            money_object(&json!({"amount": "0", "currency": "CNY"})),
            Some((0, "CNY".into()))
        );
        assert_eq!(money_object(&json!(null)), None);
    }

    #[test]
    fn seed_properties_decode() {
        let seed = json!(
            "[{\"valueId\":553448787,\"valueName\":\"850浅灰\",\"propId\":1627207,\"propName\":\"颜色\"},{\"valueId\":28315,\"valueName\":\"M 80-105斤\",\"propId\":20509,\"propName\":\"尺码\"}]"
        );
        assert_eq!(properties(&seed), "颜色: 850浅灰 / 尺码: M 80-105斤");
        let arr = json!([{"valueName": "红色", "propName": "颜色分类"}]);
        assert_eq!(properties(&arr), "颜色分类: 红色");
        assert_eq!(properties(&json!("not json")), "not json");
        assert_eq!(properties(&json!(null)), "");
        assert_eq!(properties(&json!("{\"a\":1}")), "{\"a\":1}");
    }

    #[test]
    fn ids_keep_every_digit() {
        let v: Value = serde_json::from_str("2542285634920880794").unwrap();
        assert_eq!(id_text(&v).unwrap(), "2542285634920880794");
        let big: Value = serde_json::from_str("25422856349208807941234").unwrap();
        assert_eq!(id_text(&big).unwrap(), "25422856349208807941234");
    }
}
