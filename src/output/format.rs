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
        return plain(list);
    };
    items
        .iter()
        .map(|p| {
            let name = p.get("propName").and_then(Value::as_str);
            let value = p.get("valueName").and_then(Value::as_str);
            match (name, value) {
                (Some(n), Some(v)) => format!("{n}: {v}"),
                (None, Some(v)) => v.to_string(),
                _ => plain(p),
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Money in any of the API's shapes, in cents: an integer (cents), a numeric string (cents,
/// or yuan when it has a decimal point, see `amount_to_cents`), or a money object. The
/// currency when the value carries one.
pub fn money_value(v: &Value) -> Option<(i64, Option<String>)> {
    match v {
        Value::Number(n) => n.as_i64().map(|c| (c, None)),
        Value::String(s) => amount_to_cents(s).map(|c| (c, None)),
        Value::Object(_) => money_object(v).map(|(c, cur)| (c, Some(cur))),
        _ => None,
    }
}

/// China time (UTC+8, no daylight saving since 1991), which Taobao's "2026-05-20 15:40:00"
/// strings are in. A fixed offset needs no time zone database on the machine.
const TAOBAO_TZ: jiff::tz::TimeZone = jiff::tz::TimeZone::fixed(jiff::tz::offset(8));

/// A time as the API sends it: milliseconds or seconds since the epoch (number or numeric
/// string; 10 digits or fewer is seconds, as `rtsTime` is), RFC 3339, or
/// "YYYY-MM-DD HH:MM:SS" without an offset, read as China time.
pub fn parse_time(v: &Value) -> Option<jiff::Timestamp> {
    let from_int = |n: i64| {
        if n.unsigned_abs() >= 100_000_000_000 {
            jiff::Timestamp::from_millisecond(n).ok()
        } else {
            jiff::Timestamp::from_second(n).ok()
        }
    };
    match v {
        Value::Number(n) => from_int(n.as_i64()?),
        Value::String(s) => {
            let s = s.trim();
            if let Ok(n) = s.parse::<i64>() {
                return from_int(n);
            }
            if let Ok(t) = s.parse::<jiff::Timestamp>() {
                return Some(t);
            }
            let dt: jiff::civil::DateTime = s.replacen(' ', "T", 1).parse().ok()?;
            TAOBAO_TZ.to_timestamp(dt).ok()
        }
        _ => None,
    }
}

/// Local time for a person at a terminal; RFC 3339 in UTC, to the second, for everything
/// else: one width for every row, so that `sort` and `cut` work (`--json` keeps the exact value).
pub fn show_time(t: jiff::Timestamp, terminal: bool) -> String {
    if terminal {
        t.to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M:%S")
            .to_string()
    } else {
        t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

/// A time field for a table; an unreadable value is shown as it came rather than dropped.
pub fn time(v: &Value, terminal: bool) -> String {
    match v {
        Value::Null => String::new(),
        _ => parse_time(v)
            .map(|t| show_time(t, terminal))
            .unwrap_or_else(|| plain(v)),
    }
}

/// The order statuses of Taobao's distribution API, the names `order list --status` suggests.
pub const ORDER_STATUSES: [&str; 5] = [
    "WAIT_BUYER_PAY",
    "WAIT_SELLER_SEND_GOODS",
    "WAIT_BUYER_CONFIRM_GOODS",
    "TRADE_FINISHED",
    "TRADE_CLOSED",
];

/// The meaning of a status name this tool knows (in any case), from the Taobao order
/// callbacks, the Xport order message and the upstream's purchase statuses.
pub fn status_words(raw: &str) -> Option<&'static str> {
    Some(match raw.trim().to_ascii_uppercase().as_str() {
        "WAIT_BUYER_PAY" | "WAITING_FOR_PAYMENT" | "WAIT_PAY" | "UNPAID" => "waiting for payment",
        "WAIT_SELLER_SEND_GOODS" | "WAITING_FOR_SENT" | "WAIT_SEND" | "PAID" => {
            "paid, waiting for shipment"
        }
        "WAIT_BUYER_CONFIRM_GOODS" | "SELLER_CONSIGNED_PART" | "SHIPPED" => "shipped",
        "TRADE_FINISHED" | "TRADE_SUCCESS" | "SUCCESS" | "FINISHED" | "COMPLETED" => "completed",
        "TRADE_CLOSED" | "TRADE_CLOSED_BY_TAOBAO" | "CLOSED" | "CANCELLED" | "CANCELED" => "closed",
        "BULIDING" | "BUILDING" | "CREATED" => "being created",
        _ => return None,
    })
}

/// A status in words: `WAIT_BUYER_PAY` -> "waiting for payment". Known Taobao (distribution)
/// statuses get their meaning; other names have their underscores turned into spaces;
/// numbers (whose meanings PandaPon does not document) are shown as they are.
pub fn status(v: &Value) -> String {
    let raw = match v {
        Value::Null => return String::new(),
        Value::String(s) => s.trim().to_string(),
        other => return plain(other),
    };
    if let Some(words) = status_words(&raw) {
        return words.to_string();
    }
    if raw
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        raw.replace('_', " ").to_lowercase()
    } else {
        raw
    }
}

/// Every scalar of a value as (dotted path, text): the fallback view of a response whose
/// shape PandaPon has not documented, so that nothing it sends is hidden from a person.
pub fn flatten(v: &Value) -> Vec<(String, String)> {
    fn walk(v: &Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(x, p, out);
                }
            }
            Value::Array(a) if a.is_empty() => out.push((path, "[]".into())),
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, format!("{path}[{i}]"), out);
                }
            }
            Value::Null => {}
            other => out.push((path, plain(other))),
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

/// A scalar as text: a string without its quotes, anything else as JSON.
pub fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The parts that say something, joined: "张三, 13800000000, 文一西路969号".
pub fn join_nonempty<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
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
    fn times_in_every_shape_the_api_uses() {
        let ms = parse_time(&json!(1667193198819i64)).unwrap();
        assert_eq!(ms.to_string(), "2022-10-31T05:13:18.819Z");
        assert_eq!(
            parse_time(&json!("1754342534")).unwrap().as_second(),
            1754342534
        );
        assert_eq!(
            show_time(parse_time(&json!("2026-05-20 15:40:00")).unwrap(), false),
            "2026-05-20T07:40:00Z",
            "Taobao's local strings are China time"
        );
        assert_eq!(
            time(&json!("2026-05-20T07:40:00Z"), false),
            "2026-05-20T07:40:00Z"
        );
        assert_eq!(
            time(&json!(1667193198819i64), false),
            "2022-10-31T05:13:18Z",
            "off a terminal every time has one width"
        );
        assert_eq!(time(&json!("soon"), false), "soon");
        assert_eq!(time(&Value::Null, true), "");
    }

    #[test]
    fn statuses_read_as_words() {
        assert_eq!(status(&json!("WAIT_BUYER_PAY")), "waiting for payment");
        assert_eq!(
            status(&json!("WAITING_FOR_SENT")),
            "paid, waiting for shipment"
        );
        assert_eq!(status(&json!("REFUND_AGREED")), "refund agreed");
        assert_eq!(status(&json!(3)), "3");
        assert_eq!(status(&json!("已付款")), "已付款");
    }

    #[test]
    fn money_in_any_shape() {
        assert_eq!(money_value(&json!(3990)), Some((3990, None)));
        assert_eq!(money_value(&json!("3990")), Some((3990, None)));
        assert_eq!(
            money_value(&json!({"amount": "39.90", "currency": "USD"})),
            Some((3990, Some("USD".into())))
        );
        assert_eq!(money_value(&json!(39.9)), None, "never through a float");
    }

    #[test]
    fn flatten_names_every_scalar() {
        let v = json!({"a": {"b": 1, "c": [{"d": "x"}], "e": null, "f": []}});
        assert_eq!(
            flatten(&v),
            vec![
                ("a.b".to_string(), "1".to_string()),
                ("a.c[0].d".to_string(), "x".to_string()),
                ("a.f".to_string(), "[]".to_string()),
            ]
        );
    }

    #[test]
    fn ids_keep_every_digit() {
        let v: Value = serde_json::from_str("2542285634920880794").unwrap();
        assert_eq!(id_text(&v).unwrap(), "2542285634920880794");
        let big: Value = serde_json::from_str("25422856349208807941234").unwrap();
        assert_eq!(id_text(&big).unwrap(), "25422856349208807941234");
    }
}
