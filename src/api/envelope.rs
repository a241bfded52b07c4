//! The response envelope `{requestId, code, developId, msg, data}` (docs/api.md#envelope).

use serde_json::Value;

pub const SUCCESS: i64 = 200;

#[derive(Debug, Clone)]
pub struct Envelope {
    pub request_id: Option<String>,
    pub code: i64,
    pub msg: String,
    pub data: Value,
}

/// Why a body is not an envelope, worded for the person who will read it.
pub fn decode(body: &[u8]) -> Result<Envelope, String> {
    // What the body starts with, without decoding megabytes of it first: past leading ASCII
    // whitespace, an ASCII byte is the first character `trim_start` would leave. Anything
    // else (a multi-byte character, which might be Unicode whitespace) takes the slow path.
    let start = body
        .iter()
        .position(|&b| !(b.is_ascii() && (b as char).is_whitespace()));
    let first = start.map(|i| body[i]).filter(u8::is_ascii);
    // The start of the body is all a message quotes: decoding the whole of it (16 MiB of
    // invalid UTF-8 is 48 MiB decoded) would be waste.
    let text = || String::from_utf8_lossy(&body[..body.len().min(4096)]);
    let lead = match first {
        Some(b) => b as char,
        None => {
            let t = text();
            match t.trim_start().chars().next() {
                Some(c) => c,
                None => return Err("the server answered with an empty body instead of JSON".into()),
            }
        }
    };
    let head = || snippet(text().trim_start());
    if lead == '<' {
        return Err(format!(
            "the server answered with HTML instead of JSON (is the base URL right?): {}",
            head()
        ));
    }
    // Counted before it is parsed: a dense answer ([0,0,...]) would take 50 times its size.
    let limit = super::budget::per_answer();
    if let Err(n) = crate::domain::json::check(body, limit) {
        return Err(format!(
            "the answer holds about {n} JSON values in {} bytes, more than the {limit} pandapon parses at once; refusing it (narrow the request: a smaller --page-size or --concurrency)",
            body.len()
        ));
    }
    let v: Value = serde_json::from_slice(body).map_err(|e| {
        if e.is_eof() {
            format!("the response was cut short ({} bytes, {e})", body.len())
        } else {
            format!("the server's answer is not valid JSON ({e}): {}", head())
        }
    })?;
    let Value::Object(mut map) = v else {
        return Err(format!(
            "the server's JSON is not a PandaPon envelope (expected an object with \"code\"): {}",
            head()
        ));
    };
    let code = match map.get("code") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        format!(
            "the server's JSON is not a PandaPon envelope (no integer \"code\"): {}",
            head()
        )
    })?;
    let text_field = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Ok(Envelope {
        request_id: text_field(map.get("requestId")).filter(|s| !s.is_empty()),
        code,
        msg: text_field(map.get("msg")).unwrap_or_default(),
        data: map.remove("data").unwrap_or(Value::Null),
    })
}

/// The start of a body, on one line, for an error message.
pub fn snippet(s: &str) -> String {
    let one_line: String = s
        .chars()
        .take(120)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.chars().count() > 120 {
        format!("{one_line}…")
    } else {
        one_line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../tests/fixtures/preview_382.json");

    #[test]
    fn decodes_the_seed_example_and_keeps_big_numbers_exact() {
        let e = decode(SEED.as_bytes()).unwrap();
        assert_eq!(e.code, 200);
        assert_eq!(e.msg, "成功");
        assert_eq!(
            e.request_id.as_deref(),
            Some("bad0f30777674feda3dbd9a7cfddaec3")
        );
        let v = decode(br#"{"code":200,"data":{"orderId":2542285634920880794}}"#).unwrap();
        assert_eq!(v.data.to_string(), r#"{"orderId":2542285634920880794}"#);
    }

    #[test]
    fn tells_what_is_wrong_with_a_bad_body() {
        assert!(
            decode(b"<html><body>502</body></html>")
                .unwrap_err()
                .contains("HTML")
        );
        assert!(
            decode(br#"{"code":200,"data":{"a":"#)
                .unwrap_err()
                .contains("cut short")
        );
        assert!(
            decode(b"[1,2]")
                .unwrap_err()
                .contains("not a PandaPon envelope")
        );
        assert!(
            decode(br#"{"status":"ok"}"#)
                .unwrap_err()
                .contains("no integer \"code\"")
        );
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b"nonsense").unwrap_err().contains("not valid JSON"));
    }

    #[test]
    fn code_may_be_a_string_and_fields_may_be_null() {
        let e = decode(br#"{"requestId":null,"code":"500","msg":null}"#).unwrap();
        assert_eq!((e.code, e.msg.as_str(), e.request_id), (500, "", None));
        assert!(e.data.is_null());
    }
}
