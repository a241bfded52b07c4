//! The response envelope `{requestId, code, developId, msg, data}` (docs/api.md#envelope).
//!
//! `data` is kept as the JSON text it came as (`Data`): most calls parse it, but a walk's
//! `--json` copies its elements to stdout without ever building a value (`output::transcode`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;
use serde_json::value::RawValue;

pub const SUCCESS: i64 = 200;

#[derive(Debug, Clone)]
pub struct Envelope {
    pub request_id: Option<String>,
    pub code: i64,
    pub msg: String,
    pub data: Data,
}

/// The envelope's `data`: JSON text whose syntax was checked, parsed when asked. It shares
/// the answer's text (no copy of a 16 MiB page), cheap to clone.
#[derive(Debug, Clone)]
pub struct Data {
    /// A `String`, not an `Arc<str>`: that would copy the body once more.
    body: Arc<String>,
    span: Range<usize>,
}

impl Data {
    pub fn null() -> Data {
        Data {
            body: Arc::new("null".into()),
            span: 0..4,
        }
    }

    /// The JSON text, as sent (without the whitespace around it).
    pub fn text(&self) -> &str {
        &self.body[self.span.clone()]
    }

    /// The parsed value. Counted before it is parsed: a dense answer (`[0,0,...]`) would
    /// take 50 times its size (`domain::json`).
    pub fn value(&self) -> Result<Value, String> {
        parse_counted(self.text())
    }
}

/// `text` parsed, unless it would parse into more values than an answer may hold now
/// (`budget::per_answer`).
pub fn parse_counted(text: &str) -> Result<Value, String> {
    let limit = super::budget::per_answer();
    if let Err(n) = crate::domain::json::check(text.as_bytes(), limit) {
        return Err(super::budget::refused(
            &format!("about {n} JSON values"),
            text.len(),
            limit,
        ));
    }
    serde_json::from_str(text).map_err(|e| format!("the server's answer is not valid JSON ({e})"))
}

/// Why a body is not an envelope, worded for the person who will read it.
pub fn decode(body: Vec<u8>) -> Result<Envelope, String> {
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
    // What an error quotes (the start of the body is cheap to keep).
    let head = snippet(text().trim_start());
    if lead == '<' {
        return Err(format!(
            "the server answered with HTML instead of JSON (is the base URL right?): {head}"
        ));
    }
    // Text from here on: a body that is not UTF-8 cannot be JSON (serde_json says where).
    let body = match String::from_utf8(body) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            let e = serde_json::from_slice::<serde::de::IgnoredAny>(e.as_bytes())
                .err()
                .map_or_else(|| "invalid UTF-8".to_string(), |e| e.to_string());
            return Err(format!(
                "the server's answer is not valid JSON ({e}): {head}"
            ));
        }
    };
    // The top level only: each field's value is checked JSON text, not yet a value (nothing
    // is allocated for `data`'s contents, so no count is needed here). A repeated key keeps
    // its last value, as a parsed map would.
    let fields: BTreeMap<Cow<str>, &RawValue> = serde_json::from_str(&body).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Eof => format!("the response was cut short ({} bytes, {e})", body.len()),
            Category::Data => format!(
                "the server's JSON is not a PandaPon envelope (expected an object with \"code\"): {head}"
            ),
            _ => format!("the server's answer is not valid JSON ({e}): {head}"),
        }
    })?;
    // The small fields, parsed as values (a code may be "200" or 200).
    // The small fields, parsed only if small: `data` aside, nothing of the body was counted.
    let small = |key: &str| crate::domain::json::parse_small(fields.get(key)?.get());
    let code = match small("code") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        format!("the server's JSON is not a PandaPon envelope (no integer \"code\"): {head}")
    })?;
    let text_field = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let request_id = text_field(small("requestId")).filter(|s| !s.is_empty());
    let msg = text_field(small("msg")).unwrap_or_default();
    // Where `data` is in the body, which it keeps.
    let span = fields.get("data").map(|d| {
        let at = d.get().as_ptr() as usize - body.as_ptr() as usize;
        at..at + d.get().len()
    });
    drop(fields);
    Ok(Envelope {
        request_id,
        code,
        msg,
        data: span.map_or_else(Data::null, |span| Data { body, span }),
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
        let e = decode(SEED.as_bytes().to_vec()).unwrap();
        assert_eq!(e.code, 200);
        assert_eq!(e.msg, "成功");
        assert_eq!(
            e.request_id.as_deref(),
            Some("bad0f30777674feda3dbd9a7cfddaec3")
        );
        let v = decode(br#"{"code":200,"data":{"orderId":2542285634920880794}}"#.to_vec()).unwrap();
        assert_eq!(v.data.text(), r#"{"orderId":2542285634920880794}"#);
        assert_eq!(
            v.data.value().unwrap().to_string(),
            r#"{"orderId":2542285634920880794}"#
        );
    }

    #[test]
    fn tells_what_is_wrong_with_a_bad_body() {
        assert!(
            decode(b"<html><body>502</body></html>".to_vec())
                .unwrap_err()
                .contains("HTML")
        );
        assert!(
            decode(br#"{"code":200,"data":{"a":"#.to_vec())
                .unwrap_err()
                .contains("cut short")
        );
        assert!(
            decode(b"[1,2]".to_vec())
                .unwrap_err()
                .contains("not a PandaPon envelope")
        );
        assert!(
            decode(br#"{"status":"ok"}"#.to_vec())
                .unwrap_err()
                .contains("no integer \"code\"")
        );
        assert!(decode(b"".to_vec()).unwrap_err().contains("empty"));
        assert!(
            decode(b"nonsense".to_vec())
                .unwrap_err()
                .contains("not valid JSON")
        );
    }

    #[test]
    fn a_dense_small_field_is_not_parsed() {
        let dense = format!(r#"{{"code":[{}0],"data":null}}"#, "0,".repeat(100_000));
        let e = decode(dense.into_bytes()).unwrap_err();
        assert!(e.contains("no integer \"code\""), "{e}");
        let dense = format!(r#"{{"code":200,"msg":[{}0]}}"#, "0,".repeat(100_000));
        assert_eq!(decode(dense.into_bytes()).unwrap().msg, "");
    }

    #[test]
    fn code_may_be_a_string_and_fields_may_be_null() {
        let e = decode(br#"{"requestId":null,"code":"500","msg":null}"#.to_vec()).unwrap();
        assert_eq!((e.code, e.msg.as_str(), e.request_id), (500, "", None));
        assert!(e.data.value().unwrap().is_null());
    }
}
