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

use crate::domain::json::{self, Member};

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
    /// When `data` is an object: its fields, found as the answer was checked.
    members: Option<Arc<[Member]>>,
}

impl Data {
    pub fn null() -> Data {
        Data {
            body: Arc::new("null".into()),
            span: 0..4,
            members: None,
        }
    }

    /// Where an object's fields are in `text()`, when they were found as the answer was
    /// checked (`json::checked`); otherwise `json::members` finds them.
    pub fn members(&self) -> Option<&[Member]> {
        self.members.as_deref()
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
    if let Err(n) = json::check(text.as_bytes(), limit) {
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
    let lead = match first {
        Some(b) => b as char,
        None => {
            let t = String::from_utf8_lossy(&body[..body.len().min(4096)]);
            match t.trim_start().chars().next() {
                Some(c) => c,
                None => return Err("the server answered with an empty body instead of JSON".into()),
            }
        }
    };
    if lead == '<' {
        return Err(format!(
            "the server answered with HTML instead of JSON (is the base URL right?): {}",
            head(&body)
        ));
    }
    // Text from here on: a body that is not UTF-8 cannot be JSON (serde_json says where).
    // Checked by `simdutf8`, several times faster than `String::from_utf8` on a page of
    // Chinese titles (50 µs against 7 for 100 orders, BENCHMARKS.md, run 10).
    let body = match simdutf8::basic::from_utf8(&body) {
        // SAFETY: `body` was just checked to be UTF-8, and is not changed before it is used.
        Ok(_) => Arc::new(unsafe { String::from_utf8_unchecked(body) }),
        Err(_) => {
            let e = serde_json::from_slice::<serde::de::IgnoredAny>(&body)
                .err()
                .map_or_else(|| "invalid UTF-8".to_string(), |e| e.to_string());
            return Err(format!(
                "the server's answer is not valid JSON ({e}): {}",
                head(&body)
            ));
        }
    };
    let head = || head(body.as_bytes());
    // The top level's fields, where each value is in the body (checked JSON text, not yet a
    // value: nothing is allocated for `data`'s contents, so no count is needed here). Usually
    // found in the one pass that checks the body and finds `data`'s own fields too
    // (`json::checked`); a body it does not take is read by serde_json, which also says what is
    // wrong with one that is not JSON. A repeated key keeps its last value, as a parsed map would.
    let (fields, inner) = match json::checked::object(&body, "data") {
        Some(o) => {
            let fields: BTreeMap<Cow<str>, Range<usize>> = o
                .members
                .iter()
                .map(|m| {
                    let key = m.key(&body);
                    let span = m.value.start as usize..m.value.end as usize;
                    (Cow::Borrowed(&key[1..key.len() - 1]), span)
                })
                .collect();
            (fields, o.inner)
        }
        None => (serde_fields(&body, &head())?, None),
    };
    // The small fields, parsed only if small: `data` aside, nothing of the body was counted.
    let small = |key: &str| json::parse_small(&body[fields.get(key)?.clone()]);
    let code = match small("code") {
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
    let text_field = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let request_id = text_field(small("requestId")).filter(|s| !s.is_empty());
    let msg = text_field(small("msg")).unwrap_or_default();
    // Where `data` is in the body, which it keeps.
    let span = fields.get("data").cloned();
    drop(fields);
    Ok(Envelope {
        request_id,
        code,
        msg,
        data: span.map_or_else(Data::null, |span| Data {
            body,
            span,
            members: inner.map(Arc::from),
        }),
    })
}

/// The top level's fields as serde_json reads them (see `decode`), or what is wrong.
fn serde_fields<'b>(
    body: &'b str,
    head: &str,
) -> Result<BTreeMap<Cow<'b, str>, Range<usize>>, String> {
    let fields: BTreeMap<Cow<str>, &RawValue> = serde_json::from_str(body).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Eof => format!("the response was cut short ({} bytes, {e})", body.len()),
            Category::Data => format!(
                "the server's JSON is not a PandaPon envelope (expected an object with \"code\"): {head}"
            ),
            _ => format!("the server's answer is not valid JSON ({e}): {head}"),
        }
    })?;
    Ok(fields
        .into_iter()
        .map(|(k, v)| {
            let at = v.get().as_ptr() as usize - body.as_ptr() as usize;
            (k, at..at + v.get().len())
        })
        .collect())
}

/// What an error quotes of a body: its start, on one line. (Decoding all of it, 16 MiB of
/// invalid UTF-8 being 48 MiB decoded, would be waste.)
fn head(body: &[u8]) -> String {
    snippet(String::from_utf8_lossy(&body[..body.len().min(4096)]).trim_start())
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
        let latin1 = decode(b"{\"code\":200,\"msg\":\"caf\xe9\"}".to_vec()).unwrap_err();
        assert!(latin1.contains("not valid JSON"), "{latin1}");
        assert!(
            latin1.contains(r#"{"code":200,"msg":"caf"#),
            "quotes the body: {latin1}"
        );
        assert!(
            decode(b"nonsense".to_vec())
                .unwrap_err()
                .contains("not valid JSON")
        );
    }

    /// A body the one-pass check takes and one it leaves to serde_json (an escaped key) read
    /// the same; only the first has `data`'s fields found already.
    #[test]
    fn both_ways_of_reading_give_the_same_envelope() {
        let body = r#"{"requestId":"r1","code":"500","code":200,"msg":"成功","data":{"totalPage":2,"data":[{"a":1}]}}"#;
        let left = body.replacen('{', r#"{"\u0078":0,"#, 1);
        let (fast, slow) = (
            decode(body.as_bytes().to_vec()).unwrap(),
            decode(left.into_bytes()).unwrap(),
        );
        for e in [&fast, &slow] {
            assert_eq!(
                (e.code, e.msg.as_str()),
                (200, "成功"),
                "the last code wins"
            );
            assert_eq!(e.request_id.as_deref(), Some("r1"));
            assert_eq!(e.data.text(), r#"{"totalPage":2,"data":[{"a":1}]}"#);
        }
        let found = fast.data.members().expect("found on the way");
        assert_eq!(
            found,
            crate::domain::json::members(fast.data.text(), 10).unwrap()
        );
        assert!(slow.data.members().is_none());
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
