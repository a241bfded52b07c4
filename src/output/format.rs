//! Turning API values into text for a person: money from integer cents, times.
//! Money stays an integer number of cents until this module prints it.

use serde_json::Value;

use crate::domain::value::{parse_time, plain};

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

/// Local time for a person at a terminal, with its zone ("2026-11-24 16:20:00 +08", or "UTC"):
/// the same instant a pipe gets, which is RFC 3339 in UTC to the second, one width for every
/// row so that `sort` and `cut` work (`--json` keeps the exact value).
pub fn show_time(t: jiff::Timestamp, terminal: bool) -> String {
    if terminal {
        SYSTEM_ZONE.with(|tz| in_zone(t, tz))
    } else {
        t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

thread_local! {
    /// The system's zone, looked up once a thread: each lookup checks whether it changed (a
    /// clock read and a lock), ten thousand times for a table of orders. A zone changed while
    /// a command runs shows from its next run.
    static SYSTEM_ZONE: jiff::tz::TimeZone = jiff::tz::TimeZone::system();
}

/// `t` as a wall clock in `tz` and that moment's offset: `+08`, `-03:30`, or `UTC`. The offset
/// is the one in force at `t`, so a summer time row and a winter one each say their own.
fn in_zone(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    let offset = tz.to_offset(t);
    let at = offset.to_datetime(t);
    // Digit by digit: `strftime` reads its pattern at every call, and a table of ten thousand
    // orders made most of its time rows there (BENCHMARKS.md, run 11).
    let mut s = String::with_capacity(26);
    match u16::try_from(at.year()) {
        Ok(year @ 1000..=9999) => {
            two(&mut s, (year / 100) as i8);
            two(&mut s, (year % 100) as i8);
            for (sep, n) in [
                ('-', at.month()),
                ('-', at.day()),
                (' ', at.hour()),
                (':', at.minute()),
                (':', at.second()),
            ] {
                s.push(sep);
                two(&mut s, n);
            }
        }
        _ => s.push_str(&at.strftime("%Y-%m-%d %H:%M:%S").to_string()),
    }
    let secs = offset.seconds();
    if secs == 0 {
        s.push_str(" UTC");
    } else {
        s.push_str(if secs < 0 { " -" } else { " +" });
        let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
        two(&mut s, h as i8);
        if m != 0 {
            s.push(':');
            two(&mut s, m as i8);
        }
    }
    s
}

/// `n` (0 to 99) in two digits.
fn two(s: &mut String, n: i8) {
    s.push(char::from(b'0' + (n / 10) as u8));
    s.push(char::from(b'0' + (n % 10) as u8));
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
        let t = parse_time(&json!("2026-05-20T07:40:00Z")).unwrap();
        // POSIX rules, not the system's zone database: the test must not depend on tzdata.
        let zone = |rule: &str| jiff::tz::TimeZone::posix(rule).unwrap();
        assert_eq!(in_zone(t, &zone("CST-8")), "2026-05-20 15:40:00 +08");
        assert_eq!(
            in_zone(t, &jiff::tz::TimeZone::UTC),
            "2026-05-20 07:40:00 UTC"
        );
        assert_eq!(in_zone(t, &zone("IST-5:30")), "2026-05-20 13:10:00 +05:30");
        let new_york = zone("EST5EDT,M3.2.0,M11.1.0");
        let winter = parse_time(&json!("2026-01-20T07:40:00Z")).unwrap();
        assert_eq!(in_zone(t, &new_york), "2026-05-20 03:40:00 -04");
        assert_eq!(in_zone(winter, &new_york), "2026-01-20 02:40:00 -05");
        assert_eq!(time(&Value::Null, true), "");
    }

    proptest::proptest! {
        /// The hand-written wall clock is what `strftime` writes, in any zone, at any time
        /// jiff knows (years before 1000 and negative ones go by `strftime` itself).
        #[test]
        fn a_zoned_time_reads_as_strftime_writes_it(
            secs in jiff::Timestamp::MIN.as_second()..=jiff::Timestamp::MAX.as_second(),
            zone_name in proptest::sample::select(vec!["UTC0", "CST-8", "IST-5:30", "EST5EDT,M3.2.0,M11.1.0", "<-0330>3:30", "<+055328>-5:53:28", "AEST-10AEDT,M10.1.0,M4.1.0/3"]),
        ) {
            let t = jiff::Timestamp::from_second(secs).unwrap();
            let tz = jiff::tz::TimeZone::posix(zone_name).unwrap();
            let z = t.to_zoned_datetime(tz.clone());
            let offset = z.offset().seconds();
            let (h, m) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
            let sign = if offset < 0 { '-' } else { '+' };
            let suffix = match (offset, m) {
                (0, _) => "UTC".to_string(),
                (_, 0) => format!("{sign}{h:02}"),
                _ => format!("{sign}{h:02}:{m:02}"),
            };
            let expected = format!("{} {suffix}", z.strftime("%Y-%m-%d %H:%M:%S"));
            proptest::prop_assert_eq!(in_zone(t, &tz), expected);
        }
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
}
