//! `-f key=value`, `-F key=value` and `--query key=value`, read as `gh api` reads them, and
//! checked before anything is sent.

use serde_json::{Map, Number, Value};

use crate::commands::MAX_INPUT_BYTES;
use crate::error::{Error, Result};
use crate::local;

/// `key=value` split at the first `=`; `flag` names the option for the message.
fn split<'a>(flag: &str, arg: &'a str) -> Result<(&'a str, &'a str)> {
    match arg.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k, v)),
        _ => Err(Error::usage(format!(
            "{flag} \"{arg}\" is not key=value (e.g. {flag} orderId=3305075341149010310)"
        ))),
    }
}

/// `-f key=value`: always a string.
pub fn raw(arg: &str) -> Result<(String, Value)> {
    let (k, v) = split("-f", arg)?;
    Ok((k.to_string(), Value::String(v.to_string())))
}

/// `-F key=value`: `true`, `false`, `null`, a number (kept exact), a JSON array or object,
/// `@FILE` (the file's text; `@-` standard input), and anything else a string.
pub async fn typed(arg: &str) -> Result<(String, Value)> {
    let (k, v) = split("-F", arg)?;
    let bad = |why: String| Error::usage(format!("-F {k}: {why}"));
    let value = match v {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ if v.starts_with('@') => Value::String(read_file(&v[1..]).await.map_err(bad)?),
        _ if v.starts_with('[') || v.starts_with('{') => {
            serde_json::from_str(v).map_err(|e| bad(format!("\"{v}\" is not valid JSON ({e})")))?
        }
        _ => match number(v) {
            Some(n) => Value::Number(n),
            None => Value::String(v.to_string()),
        },
    };
    Ok((k.to_string(), value))
}

/// A JSON number written the way JSON writes one (`-3`, `12.50`, not `+3`, `.5` or `1_000`),
/// kept digit for digit: a 19-digit id is never a float.
fn number(v: &str) -> Option<Number> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    serde_json::from_str::<Number>(v).ok()
}

/// `@FILE`'s text, read as `--input` is (`local`): with its size limit, and off the async
/// runtime, so `@/dev/zero` is refused and a FIFO nobody writes to still gives way to Ctrl-C.
async fn read_file(name: &str) -> std::result::Result<String, String> {
    let limit = MAX_INPUT_BYTES;
    let (read, what) = match name {
        "" => return Err("@ needs a file name (or @- for standard input)".into()),
        "-" => (local::read_stdin(limit).await, "standard input".to_string()),
        _ => (
            local::read_file(name, limit).await,
            format!("the file \"{name}\""),
        ),
    };
    let bytes = read
        .map_err(|e| format!("cannot read {what}: {e}"))?
        .ok_or_else(|| format!("{what} is larger than {}", local::size_text(limit)))?;
    String::from_utf8(bytes).map_err(|_| format!("{what} is not UTF-8 text"))
}

/// `--query key=value`.
pub fn query(arg: &str) -> Result<(String, String)> {
    let (k, v) = split("--query", arg)?;
    Ok((k.to_string(), v.to_string()))
}

/// A field's value as query text: strings as they are, anything else as its JSON.
pub fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The fields as a JSON object body, later ones replacing earlier ones of the same key.
pub fn object(fields: Vec<(String, Value)>) -> Value {
    let mut m = Map::new();
    for (k, v) in fields {
        m.insert(k, v);
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(a: &str) -> Result<(String, Value)> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(super::typed(a))
    }

    #[test]
    fn typed_values() {
        let t = |a: &str| typed(a).unwrap().1.to_string();
        assert_eq!(t("orderId=3305075341149010310"), "3305075341149010310");
        assert_eq!(t("amount=12.50"), "12.50");
        assert_eq!(t("n=-3"), "-3");
        assert_eq!(t("ok=true"), "true");
        assert_eq!(t("x=null"), "null");
        assert_eq!(t("ids=[1,2]"), "[1,2]");
        assert_eq!(t("s=+3"), "\"+3\"");
        assert_eq!(t("s=1_000"), "\"1_000\"");
        assert_eq!(t("s=WUnUC1cILiBjt"), "\"WUnUC1cILiBjt\"");
        assert_eq!(t("empty="), "\"\"");
        assert_eq!(raw("n=12").unwrap().1, Value::String("12".into()));
    }

    #[test]
    fn malformed_fields_name_themselves() {
        for (a, want) in [
            ("orderId", "-F \"orderId\" is not key=value"),
            ("=1", "-F \"=1\" is not key=value"),
            ("ids=[1,", "-F ids: \"[1,\" is not valid JSON"),
            (
                "body=@/nonexistent/x.json",
                "cannot read the file \"/nonexistent/x.json\"",
            ),
            (
                "body=@/dev/zero",
                "the file \"/dev/zero\" is larger than 16 MiB",
            ),
        ] {
            let e = typed(a).unwrap_err();
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().contains(want), "{a}: {e}");
        }
    }
}
