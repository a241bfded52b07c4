//! Value parsers shared by verbs: ids, lines, money, phones, countries, times. Each checks a
//! value before anything is sent and says what is accepted when it refuses one.

use std::time::Duration;

/// One line of an order or shipment as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub item: String,
    pub sku: String,
    pub quantity: u32,
    /// Cents.
    pub price: Option<i64>,
}

/// A positive integer id, validated before anything is sent.
pub fn parse_id(s: &str) -> Result<u64, String> {
    let t = s.trim();
    match t.parse::<u64>() {
        Ok(0) => Err(format!("\"{s}\" is not a valid id: ids start at 1")),
        Ok(n) => Ok(n),
        Err(_) if t.starts_with('-') => Err(format!("\"{s}\" is not a valid id: it is negative")),
        Err(_) => Err(format!(
            "\"{s}\" is not a valid id: expected a positive whole number such as 382"
        )),
    }
}

/// `ITEM:SKU:QTY`, optionally `:PRICE` in yuan.
pub fn parse_line(s: &str) -> Result<LineSpec, String> {
    let parts: Vec<&str> = s.trim().split(':').map(str::trim).collect();
    let (item, sku, qty, price) = match parts.as_slice() {
        [i, k, q] => (*i, *k, *q, None),
        [i, k, q, p] => (*i, *k, *q, Some(*p)),
        _ => {
            return Err(format!(
                "\"{s}\" is not a line: expected ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2"
            ));
        }
    };
    if item.is_empty() || sku.is_empty() {
        return Err(format!("\"{s}\": the item and SKU ids must not be empty"));
    }
    let quantity =
        qty.parse::<u32>().ok().filter(|&q| q >= 1).ok_or_else(|| {
            format!("\"{s}\": the quantity \"{qty}\" is not a whole number from 1")
        })?;
    let price = price
        .map(|p| parse_yuan(p).map_err(|e| format!("\"{s}\": {e}")))
        .transpose()?;
    Ok(LineSpec {
        item: item.to_string(),
        sku: sku.to_string(),
        quantity,
        price,
    })
}

/// `ITEM:SKU:QTY` exactly: where no price is asked for, a fourth field is a typo, and must not
/// become a price.
pub fn parse_unpriced_line(s: &str) -> Result<LineSpec, String> {
    let l = parse_line(s)?;
    if l.price.is_some() {
        return Err(format!(
            "\"{s}\" has a fourth field: expected ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2"
        ));
    }
    Ok(l)
}

/// `ITEM:SKU:QTY:PRICE`: freight lines need the price.
pub fn parse_priced_line(s: &str) -> Result<LineSpec, String> {
    let l = parse_line(s)?;
    if l.price.is_none() {
        return Err(format!(
            "\"{s}\" lacks the unit price: expected ITEM:SKU:QUANTITY:PRICE, e.g. 600126245031041190:5016042822039:2:39.90"
        ));
    }
    Ok(l)
}

pub use crate::domain::money::parse_yuan;

/// A point in time typed by a person, as milliseconds since the epoch. A date or a date and
/// time without an offset is in the local time zone.
fn parse_time(s: &str, end_of_day: bool) -> Result<i64, String> {
    let t = s.trim();
    let bad = || {
        format!(
            "\"{s}\" is not a time: use 2026-05-01, \"2026-05-01 08:00\" (local time) or 2026-05-01T08:00:00Z"
        )
    };
    if let Ok(ts) = t.parse::<jiff::Timestamp>() {
        return Ok(ts.as_millisecond());
    }
    let tz = jiff::tz::TimeZone::system();
    if let Ok(date) = t.parse::<jiff::civil::Date>()
        && !t.contains([' ', 'T'])
    {
        let start = date
            .to_zoned_datetime(tz)
            .map_err(|e| format!("{}: {e}", bad()))?;
        let ms = if end_of_day {
            let next = start.tomorrow().map_err(|e| format!("{}: {e}", bad()))?;
            next.timestamp().as_millisecond() - 1
        } else {
            start.timestamp().as_millisecond()
        };
        return Ok(ms);
    }
    let dt = t
        .replacen(' ', "T", 1)
        .parse::<jiff::civil::DateTime>()
        .map_err(|_| bad())?;
    dt.to_zoned_datetime(tz)
        .map(|z| z.timestamp().as_millisecond())
        .map_err(|e| format!("{}: {e}", bad()))
}

pub fn parse_since(s: &str) -> Result<i64, String> {
    parse_time(s, false)
}

pub fn parse_until(s: &str) -> Result<i64, String> {
    parse_time(s, true)
}

/// Text that must say something: a blank value (an unset shell variable) is refused.
pub fn parse_text(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("the value is empty".into());
    }
    Ok(t.to_string())
}

/// A SKU (Taobao) or spec (1688) id: letters, digits, `-` and `_`, as both platforms write
/// them (`5032007803360`, `b266e0726506185beaf205cbae88530d`); a blank or a stray space would
/// only be refused by the API after the write was journaled.
pub fn parse_sku(s: &str) -> Result<String, String> {
    let t = parse_text(s)?;
    if let Some(c) = t
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(format!(
            "{c:?} is not in any SKU id: they are letters, digits, - and _"
        ));
    }
    Ok(t)
}

/// A phone number as people write it (`+86 138-0000-0000`, `(0571) 88886666`): digits with
/// spaces, `+`, `-`, `(`, `)`; at least 5 digits, so a slip such as `1` is caught.
pub fn parse_phone(s: &str) -> Result<String, String> {
    let t = s.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !allowed || !(5..=20).contains(&digits) {
        return Err(format!(
            "\"{s}\" is not a phone number: expected 5 to 20 digits, e.g. 13800000000 or +1 818-555-0100"
        ));
    }
    Ok(t.to_string())
}

/// A country as the freight API takes it: an ISO 3166-1 two-letter code, upper case.
pub fn parse_country_code(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(format!(
            "\"{s}\" is not a two-letter country code (ISO 3166-1), e.g. US, GB, MY"
        ))
    }
}

pub fn parse_seconds(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a number of seconds"))?;
    if !(v > 0.0 && v <= 86_400.0) {
        return Err(format!(
            "timeout must be more than 0 and at most 86400 seconds, got {s}"
        ));
    }
    Ok(Duration::from_secs_f64(v))
}

/// A size in bytes: `10485760`, `10MiB`, `512 KiB`, `1G` (K, M, G are powers of 1024; KB, MB,
/// GB powers of 1000).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let unit = unit.trim();
    let scale: u64 = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KIB" => 1 << 10,
        "M" | "MIB" => 1 << 20,
        "G" | "GIB" => 1 << 30,
        "KB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        _ => {
            return Err(format!(
                "\"{s}\" is not a size: expected bytes or e.g. 10MiB, 512KiB"
            ));
        }
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| format!("\"{s}\" is not a size: expected bytes or e.g. 10MiB, 512KiB"))
}

/// A size for a person: "10 MiB", "1536 B".
pub fn show_size(n: u64) -> String {
    for (unit, scale) in [("GiB", 1u64 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] {
        if n >= scale && n.is_multiple_of(scale) {
            return format!("{} {unit}", n / scale);
        }
    }
    format!("{n} B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sku_ids_are_letters_digits_dashes() {
        assert_eq!(parse_sku(" 5032007803360 ").unwrap(), "5032007803360");
        assert_eq!(parse_sku("b266e07_26-5").unwrap(), "b266e07_26-5");
        assert!(parse_sku("").unwrap_err().contains("empty"));
        assert!(
            parse_sku("x y")
                .unwrap_err()
                .contains("' ' is not in any SKU id")
        );
    }

    #[test]
    fn phones_and_country_codes_are_checked() {
        assert_eq!(parse_phone(" 13800000000 "), Ok("13800000000".into()));
        assert!(parse_phone("+1 (818) 555-0100").is_ok());
        assert!(parse_phone("0571-88886666").is_ok());
        assert!(parse_phone("1").is_err());
        assert!(parse_phone("138abc00000").is_err());
        assert_eq!(parse_country_code("us"), Ok("US".into()));
        assert!(parse_country_code("USA").is_err());
        assert!(parse_country_code("美国").is_err());
    }

    #[test]
    fn ids_are_positive_integers() {
        assert_eq!(parse_id("382"), Ok(382));
        assert_eq!(parse_id("2542285634920880794"), Ok(2542285634920880794));
        assert!(parse_id("0").is_err());
        assert!(parse_id("-5").unwrap_err().contains("negative"));
        assert!(parse_id("abc").is_err());
        assert!(parse_id("3.5").is_err());
    }

    #[test]
    fn lines_and_yuan_parse_exactly() {
        assert_eq!(
            parse_line("600126245031041190:5016042822039:2"),
            Ok(LineSpec {
                item: "600126245031041190".into(),
                sku: "5016042822039".into(),
                quantity: 2,
                price: None
            })
        );
        assert_eq!(parse_line("WUnU-x:1:3:39.9").unwrap().price, Some(3990));
        assert!(parse_line("a:b").is_err());
        assert!(parse_unpriced_line("a:b:1:2").is_err());
        assert!(parse_unpriced_line("a:b:1").is_ok());
        assert!(parse_line("a:b:0").is_err());
        assert!(parse_line(":b:1").is_err());
        assert!(parse_priced_line("a:b:1").unwrap_err().contains("PRICE"));
        assert_eq!(parse_yuan("39.90"), Ok(3990));
        assert_eq!(parse_yuan("40"), Ok(4000));
        assert_eq!(parse_yuan("0.05"), Ok(5));
        assert!(parse_yuan("¥1,5").is_err());
        assert!(parse_yuan("-1").is_err());
        assert!(parse_yuan("1.234").is_err());
        assert!(parse_yuan(".").is_err());
    }

    #[test]
    fn times_are_rfc3339_or_local_dates() {
        assert_eq!(parse_since("2024-05-14T06:59:37.082Z"), Ok(1715669977082));
        let start = parse_since("2026-05-01").unwrap();
        let end = parse_until("2026-05-01").unwrap();
        assert_eq!(
            end - start,
            86_400_000 - 1,
            "a whole local day (no DST change that day)"
        );
        assert!(parse_since("2026-05-01 08:00").unwrap() > start);
        assert!(parse_since("yesterday").is_err());
    }

    #[test]
    fn seconds_accept_fractions() {
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("NaN").is_err());
        assert!(parse_seconds("soon").is_err());
    }

    #[test]
    fn sizes_read_in_bytes_and_binary_units() {
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size(" 512 KiB "), Ok(512 << 10));
        assert_eq!(parse_size("2000"), Ok(2000));
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert_eq!(show_size(10 << 20), "10 MiB");
        assert_eq!(show_size(1536), "1536 B");
    }
}
