//! Money: integer cents (分) from the API's shapes, and amounts typed by a person. No floating
//! point anywhere (docs/api.md#money).

use serde_json::Value;

/// An amount string of a money object, in cents.
///
/// PandaPon has not said whether `{"amount": "0", "currency": "CNY"}` is yuan or cents
/// (docs/api.md#money). Every integer price it does document is cents, so an integer string is
/// read as cents; a string with a decimal point can only be yuan, and is converted exactly.
/// If the API turns out to use whole yuan, this is the one function to change.
pub fn amount_to_cents(s: &str) -> Option<i64> {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    if !digits.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let cents = match digits.split_once('.') {
        None => digits.parse::<i64>().ok()?,
        Some((w, f)) => yuan_parts_to_cents(w, f)?,
    };
    Some(if neg { -cents } else { cents })
}

/// `whole.frac` in yuan -> cents, exactly; at most two decimals, digits only.
fn yuan_parts_to_cents(whole: &str, frac: &str) -> Option<i64> {
    if frac.len() > 2
        || (whole.is_empty() && frac.is_empty())
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let f: i64 = format!("{frac:0<2}").parse().ok()?;
    w.checked_mul(100)?.checked_add(f)
}

/// An amount in yuan as typed by a person (`39.90`, `40`, `¥5`) -> integer cents, exactly.
pub fn parse_yuan(s: &str) -> Result<i64, String> {
    let t = s.trim().trim_start_matches(['¥', '￥']);
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    if frac.len() > 2 && frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "\"{s}\" has more than two decimals (fen are the smallest unit)"
        ));
    }
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || !digits(frac) || (whole.is_empty() && frac.is_empty()) {
        return Err(format!("\"{s}\" is not an amount in yuan such as 39.90"));
    }
    yuan_parts_to_cents(whole, frac).ok_or_else(|| format!("\"{s}\" is too large"))
}

/// Cents as the yuan string the 1688 filters take: `23999` -> `"239.99"`
/// (docs/api.md#alibaba-product-search).
pub fn yuan_string(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn yuan_strings_from_cents() {
        assert_eq!(yuan_string(23999), "239.99");
        assert_eq!(yuan_string(5), "0.05");
        assert_eq!(yuan_string(1000), "10.00");
        assert_eq!(parse_yuan(&yuan_string(123456)), Ok(123456));
    }

    #[test]
    fn yuan_typed_by_a_person_parse_exactly() {
        assert_eq!(parse_yuan("39.90"), Ok(3990));
        assert_eq!(parse_yuan("40"), Ok(4000));
        assert_eq!(parse_yuan("0.05"), Ok(5));
        assert_eq!(parse_yuan("¥5"), Ok(500));
        assert!(parse_yuan("¥1,5").is_err());
        assert!(parse_yuan("-1").is_err());
        assert!(parse_yuan("1.234").unwrap_err().contains("two decimals"));
        assert!(parse_yuan(".").is_err());
        assert!(
            parse_yuan("99999999999999999999")
                .unwrap_err()
                .contains("too large")
        );
    }

    #[test]
    fn money_objects_and_any_shape() {
        assert_eq!(
            money_object(&json!({"amount": "0", "currency": "CNY"})),
            Some((0, "CNY".into()))
        );
        assert_eq!(money_object(&json!(null)), None);
        assert_eq!(money_value(&json!(3990)), Some((3990, None)));
        assert_eq!(money_value(&json!("3990")), Some((3990, None)));
        assert_eq!(
            money_value(&json!({"amount": "39.90", "currency": "USD"})),
            Some((3990, Some("USD".into())))
        );
        assert_eq!(money_value(&json!(39.9)), None, "never through a float");
    }
}
