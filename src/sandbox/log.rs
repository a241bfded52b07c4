//! `--request-log FILE`: one JSON line for every answer the sandbox gives, so a test can read
//! back what a client asked and what it was told (a walk's pages each answered exactly once,
//! how many were refused with 429).
//!
//! `{"op":"taobao.order.list","method":"POST","path":"/v2/taobao/order/page","page":3,
//!   "status":200,"code":200,"fault":null,"t":1520,"ms":20}`: `page` is the request's `pageNo`
//! or `beginPage` (body or query) when it has one; `code` the envelope's, when there is one;
//! `t` when the request arrived, in ms since the sandbox started; `ms` from then to its
//! answer. A hung request is never logged.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Value, json};

pub struct RequestLog(Mutex<File>);

/// One line's facts.
pub struct Entry<'a> {
    pub op: Option<&'a str>,
    pub method: &'a str,
    pub path: &'a str,
    pub page: Option<u64>,
    pub status: u16,
    pub code: Option<i64>,
    pub fault: Option<String>,
    pub t: u128,
    pub ms: u128,
}

impl RequestLog {
    /// Appends to `path` (created if missing): several servers, or runs, may share one log.
    pub fn open(path: &Path) -> Result<RequestLog, String> {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map(|f| RequestLog(Mutex::new(f)))
            .map_err(|e| format!("cannot open the request log {}: {e}", path.display()))
    }

    /// One `write` per line, so lines never interleave; a failed write loses only its line.
    pub fn write(&self, e: Entry<'_>) {
        let mut line = json!({
            "op": e.op,
            "method": e.method,
            "path": e.path,
            "page": e.page,
            "status": e.status,
            "code": e.code,
            "fault": e.fault,
            "t": e.t as u64,
            "ms": e.ms as u64,
        })
        .to_string();
        line.push('\n');
        let mut f = self.0.lock().expect("request log lock");
        let _ = f.write_all(line.as_bytes());
    }
}

/// The page a request asks for: `pageNo` or `beginPage`, in the JSON body or the query.
pub fn page_of(query: Option<&str>, body: &[u8]) -> Option<u64> {
    const NAMES: [&str; 2] = ["pageNo", "beginPage"];
    let from_query = query.and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| NAMES.contains(&k.as_ref()))
            .and_then(|(_, v)| v.parse().ok())
    });
    from_query.or_else(|| {
        // Only a small body is read for it: a list request is a few dozen bytes.
        if body.len() > 64 << 10 {
            return None;
        }
        let v: Value = serde_json::from_slice(body).ok()?;
        NAMES.iter().find_map(|k| match v.get(*k)? {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.parse().ok(),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_come_from_the_query_or_the_body() {
        assert_eq!(page_of(Some("pageNo=3&pageSize=100"), b""), Some(3));
        assert_eq!(
            page_of(None, br#"{"beginPage":"7","pageSize":50}"#),
            Some(7)
        );
        assert_eq!(page_of(None, br#"{"pageNo":12}"#), Some(12));
        assert_eq!(page_of(Some("orderId=1"), b""), None);
        assert_eq!(page_of(None, b"not json"), None);
    }
}
