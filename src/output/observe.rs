//! What `-v`, `--debug` and `--dry-run` show of the client's requests: the printer watching the
//! API layer (`api::Observer`). The client hands over values with the signature and the secret
//! already masked; the printer masks again on the way out, like everything it writes.

use std::time::Duration;

use serde_json::{Value, json};

use super::Printer;
use crate::api::observe::{Answer, Observer, Shown};
use crate::error::Result;

impl Observer for Printer {
    fn dry_run(&self, r: &Shown<'_>) -> Result<()> {
        if self.json {
            let headers: serde_json::Map<String, Value> = r
                .headers
                .iter()
                .map(|(k, v)| (k.to_string(), Value::String(v.clone())))
                .collect();
            return self.json_exact(&json!({
                "dryRun": true,
                "method": r.method.as_str(),
                "url": r.url.as_str(),
                "headers": headers,
                "body": r.body,
            }));
        }
        let mut out = format!("{} {}\n", r.method, r.url);
        for (k, v) in r.headers {
            out.push_str(&format!("{k}: {v}\n"));
        }
        if let Some(b) = r.body {
            out.push('\n');
            out.push_str(&serde_json::to_string_pretty(b).unwrap_or_default());
            out.push('\n');
        }
        self.out(&out)?;
        self.status("dry run: nothing was sent");
        Ok(())
    }

    fn sending(&self, r: &Shown<'_>, attempt: u32) {
        let again = if attempt > 1 {
            format!(" (attempt {attempt})")
        } else {
            String::new()
        };
        self.log(&format!("{} {}{again}", r.method, r.url));
        if self.is_debug() {
            for (k, v) in r.headers {
                self.debug(&format!("> {k}: {v}"));
            }
            self.debug(&format!("> string to sign: {}", r.string_to_sign));
            if let Some(b) = r.body {
                self.debug(&format!("> {b}"));
            }
        }
    }

    fn wants_bodies(&self) -> bool {
        self.is_debug()
    }

    fn answered(&self, a: &Answer<'_>) {
        let rid = a
            .request_id
            .map(|r| format!(", requestId {r}"))
            .unwrap_or_default();
        let code = a.code.map(|c| format!(", code {c}")).unwrap_or_default();
        self.log(&format!(
            "HTTP {} in {} ms, {} bytes{code}{rid}",
            a.status,
            a.elapsed.as_millis(),
            a.bytes
        ));
        if self.is_debug() {
            if let Some(ct) = a.content_type {
                self.debug(&format!("< content-type: {ct}"));
            }
            if let Some(b) = &a.body_preview {
                self.debug(&format!("< {b}"));
            }
        }
    }

    fn retrying(&self, why: &str, wait: Duration) {
        self.log(&format!("{why}; retrying in {} ms", wait.as_millis()));
    }

    fn unrecorded(&self, why: &str) {
        self.warn(why);
    }

    fn warning(&self, what: &str) {
        self.warn(what);
    }
}
