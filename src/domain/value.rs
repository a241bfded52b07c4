//! Reading the API's loosely typed values: an integer sent as a number or a string, an id kept
//! digit for digit, SKU properties sent as a JSON string, times in several shapes.

use serde_json::Value;

/// An integer that the API sends as a number or as a numeric string ("promotionPrice": "1").
pub fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// An id as text exactly as sent: 19-digit numbers are never rounded (docs/api.md#ids).
pub fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
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

/// SKU properties as `颜色: 850浅灰 / 尺码: M 80-105斤`.
///
/// The cart sends them as a JSON *string* holding `[{propName, valueName, ...}]`; the product
/// API sends the array itself. Anything else is shown as it came rather than dropped.
pub fn properties(v: &Value) -> String {
    let parsed;
    let list = match v {
        Value::Null => return String::new(),
        Value::String(s) if s.trim().is_empty() => return String::new(),
        Value::String(s) => match super::json::parse_embedded(s) {
            Some(p) => {
                parsed = p;
                &parsed
            }
            None => return s.clone(),
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

/// China time (UTC+8, no daylight saving since 1991), which Taobao's "2026-05-20 15:40:00"
/// strings are in. A fixed offset needs no time zone database on the machine.
pub const TAOBAO_TZ: jiff::tz::TimeZone = jiff::tz::TimeZone::fixed(jiff::tz::offset(8));

/// A time as the API sends it: milliseconds or seconds since the epoch (number or numeric
/// string; 10 digits or fewer is seconds, as `rtsTime` is), RFC 3339, or
/// "YYYY-MM-DD HH:MM:SS" without an offset, read as China time (docs/api.md#times).
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
            parse_time(&json!("2026-05-20 15:40:00"))
                .unwrap()
                .to_string(),
            "2026-05-20T07:40:00Z",
            "Taobao's local strings are China time"
        );
        assert!(parse_time(&json!("soon")).is_none());
    }

    #[test]
    fn ids_keep_every_digit() {
        let v: Value = serde_json::from_str("2542285634920880794").unwrap();
        assert_eq!(id_text(&v).unwrap(), "2542285634920880794");
        let big: Value = serde_json::from_str("25422856349208807941234").unwrap();
        assert_eq!(id_text(&big).unwrap(), "25422856349208807941234");
        assert_eq!(id_text(&json!("")), None);
    }
}
