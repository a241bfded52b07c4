//! The local journal of writes: one JSON line per request that may have changed something.
//!
//! After a timeout nobody knows whether an order was paid; the journal is where an operator
//! looks first. `Client::call` records every operation not marked safe in the catalogue, so no
//! command can forget to. The file is `<data dir>/pandapon/journal.jsonl`, append-only:
//! each line is written with one `write` on a file opened with O_APPEND, so several pandapon
//! processes can append at once without interleaving.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value, json};

use crate::error::{Error, Result};

const FILE_NAME: &str = "journal.jsonl";

/// `$XDG_DATA_HOME/pandapon/journal.jsonl` (~/.local/share/pandapon on Linux).
pub fn default_path() -> PathBuf {
    crate::config::data_dir().join(FILE_NAME)
}

/// How a recorded write ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The server answered: the envelope's code (or the HTTP status when there was none).
    Answered {
        code: i64,
        request_id: Option<String>,
        msg: String,
    },
    /// The request left, and no answer says what happened.
    Unknown(String),
}

impl Outcome {
    fn to_value(&self) -> Value {
        match self {
            Outcome::Answered {
                code,
                request_id,
                msg,
            } => json!({"code": code, "requestId": request_id, "msg": msg}),
            Outcome::Unknown(why) => Value::String(format!("unknown: {why}")),
        }
    }
}

/// Where and for whom writes are recorded.
#[derive(Debug, Clone)]
pub struct Journal {
    path: PathBuf,
    profile: String,
    base_url: String,
    /// Blanked out of every line (the access secret), should a body or a message carry it.
    masks: Vec<String>,
    /// The platform the write was made for (`--platform`), when known.
    platform: Option<String>,
}

impl Journal {
    pub fn new(path: PathBuf, profile: &str, base_url: &str, masks: Vec<String>) -> Self {
        Journal {
            path,
            profile: profile.to_string(),
            base_url: base_url.to_string(),
            masks: masks
                .iter()
                .flat_map(|m| crate::secret::mask_forms(m))
                .collect(),
            platform: None,
        }
    }

    /// Records the platform (`taobao`, `1688`) in every line, after the profile.
    pub fn with_platform(mut self, platform: &str) -> Self {
        self.platform = Some(platform.to_string());
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opens the journal before the request leaves: a write that could not be recorded is
    /// not sent at all (exit 2). The returned guard records "unknown: interrupted" if it is
    /// dropped unfinished (Ctrl-C while the request is in flight).
    pub fn begin(
        &self,
        operation: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Pending> {
        // 0600 in a 0700 directory, never through a planted link: bodies carry names, phones
        // and addresses.
        let (file, warning) = crate::files::open_append_private(&self.path).map_err(|e| {
            Error::usage(format!(
                "cannot open the journal {}: {e}; nothing was sent. Every write is recorded there \
                 before it is sent: make the directory writable, or point XDG_DATA_HOME elsewhere.",
                self.path.display()
            ))
        })?;
        let mut entry = Map::new();
        entry.insert("time".into(), Value::Null);
        entry.insert("profile".into(), Value::String(self.profile.clone()));
        if let Some(p) = &self.platform {
            entry.insert("platform".into(), Value::String(p.clone()));
        }
        entry.insert("baseUrl".into(), Value::String(self.base_url.clone()));
        entry.insert("operation".into(), Value::String(operation.to_string()));
        entry.insert("method".into(), Value::String(method.to_string()));
        entry.insert("path".into(), Value::String(path.to_string()));
        entry.insert("body".into(), body.map(abridged).unwrap_or(Value::Null));
        Ok(Pending {
            warning,
            file: Some(file),
            entry,
            masks: self.masks.clone(),
            path: self.path.clone(),
        })
    }
}

/// A write that has been (or is about to be) sent and whose line is not written yet.
pub struct Pending {
    /// Said once the write is under way: the journal's mode lets others read it.
    pub warning: Option<String>,
    file: Option<File>,
    entry: Map<String, Value>,
    masks: Vec<String>,
    path: PathBuf,
}

impl Pending {
    /// Writes the line. An error here comes after the request was sent, so it is for a
    /// warning, not a failure of the command.
    pub fn finish(mut self, outcome: &Outcome) -> std::result::Result<(), String> {
        let file = self.file.take().expect("finished once");
        self.write(file, outcome)
    }

    /// The request never left (connection refused): there is nothing to record.
    pub fn not_sent(mut self) {
        self.file = None;
    }

    fn write(&self, mut file: File, outcome: &Outcome) -> std::result::Result<(), String> {
        let mut entry = self.entry.clone();
        entry.insert("time".into(), Value::String(now_rfc3339()));
        entry.insert("outcome".into(), outcome.to_value());
        let mut v = Value::Object(entry);
        crate::secret::mask_json(&mut v, &self.masks);
        let mut line = serde_json::to_vec(&v).expect("a JSON value always encodes");
        line.push(b'\n');
        // One write call for the whole line: with O_APPEND the kernel places it at the end
        // as a unit, so concurrent pandapon processes do not interleave their lines.
        match file.write(&line) {
            Ok(n) if n == line.len() => Ok(()),
            Ok(n) => Err(format!(
                "only {n} of {} bytes of the journal line reached {}",
                line.len(),
                self.path.display()
            )),
            Err(e) => Err(format!("cannot write to {}: {e}", self.path.display())),
        }
    }
}

/// Set when a write was cut off in flight, so the exit message can say its outcome is unknown.
static WRITE_INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether a write was in flight when the command was interrupted.
pub fn write_interrupted() -> bool {
    WRITE_INTERRUPTED.load(Ordering::SeqCst)
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            WRITE_INTERRUPTED.store(true, Ordering::SeqCst);
            let _ = self.write(file, &Outcome::Unknown("interrupted".into()));
        }
    }
}

fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Millisecond)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| jiff::Timestamp::now().to_string())
}

/// An image sent inline (base64, over this length) is recorded by its size, not kept: the
/// journal is for telling what a write was, and megabytes of image would bury it. Every
/// other string (an order's lines, a description) is kept whole, however long.
const MAX_KEPT_BASE64: usize = 512;

fn is_inline_image(s: &str) -> bool {
    s.len() > MAX_KEPT_BASE64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

fn abridged(v: &Value) -> Value {
    match v {
        Value::String(s) if is_inline_image(s) => {
            Value::String(format!("<{} bytes of base64, not kept>", s.len()))
        }
        Value::Array(a) => Value::Array(a.iter().map(abridged).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, x)| (k.clone(), abridged(x))).collect())
        }
        other => other.clone(),
    }
}

/// Every entry in the file, oldest first. Lines that do not parse (a disk that filled up
/// mid-line) are skipped and reported, so one bad line does not hide the rest.
pub fn read(path: &Path) -> Result<(Vec<Value>, Vec<String>)> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => {
            return Err(Error::usage(format!(
                "cannot read the journal {}: {e}",
                path.display()
            )));
        }
    };
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) if v.is_object() => entries.push(v),
            _ => warnings.push(format!(
                "{}:{}: skipped a line that is not a journal entry",
                path.display(),
                i + 1
            )),
        }
    }
    Ok((entries, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_images_are_summarised_other_strings_kept() {
        let lines = serde_json::to_string(&vec![
            json!({"itemId": "600126245031041190", "skuId": "5016042822039", "quantity": 2});
            20
        ])
        .unwrap();
        let desc = "外壳有划痕，".repeat(100);
        let body = json!({"refundId": "1", "refundImages": "iVBORw0KGgo=".repeat(1000),
                          "orderLineList": lines, "refundDesc": desc, "n": [1, "x"]});
        assert_eq!(
            abridged(&body),
            json!({"refundId": "1", "refundImages": "<12000 bytes of base64, not kept>",
                   "orderLineList": lines, "refundDesc": desc, "n": [1, "x"]})
        );
    }

    #[test]
    fn a_finished_write_is_one_line_with_its_outcome() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("journal.jsonl");
        let j = Journal::new(
            path.clone(),
            "work",
            "http://x",
            vec!["s3cr3t-value-0123456".into()],
        );
        let body = json!({"orderId": 2542285634920880794u64, "note": "s3cr3t-value-0123456"});
        let p = j
            .begin(
                "taobao.order.pay",
                "POST",
                "/v2/taobao/order/pay",
                Some(&body),
            )
            .unwrap();
        p.finish(&Outcome::Answered {
            code: 200,
            request_id: Some("r1".into()),
            msg: "成功".into(),
        })
        .unwrap();
        j.begin("taobao.order.cancel", "POST", "/c", None)
            .unwrap()
            .finish(&Outcome::Unknown("timed out".into()))
            .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 2);
        assert!(!text.contains("s3cr3t-value-0123456"), "{text}");
        assert!(text.contains("2542285634920880794"), "{text}");
        let (entries, warnings) = read(&path).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(entries[0]["operation"], "taobao.order.pay");
        assert_eq!(entries[0]["profile"], "work");
        assert_eq!(
            entries[0]["outcome"],
            json!({"code": 200, "requestId": "r1", "msg": "成功"})
        );
        assert_eq!(entries[1]["outcome"], "unknown: timed out");
        assert!(entries[1]["body"].is_null());
        let t: jiff::Timestamp = entries[0]["time"].as_str().unwrap().parse().unwrap();
        assert!(entries[0]["time"].as_str().unwrap().ends_with('Z'), "{t}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_dropped_guard_records_an_interruption_and_not_sent_records_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        let j = Journal::new(path.clone(), "default", "http://x", vec![]);
        drop(j.begin("taobao.order.pay", "POST", "/p", None).unwrap());
        j.begin("taobao.order.pay", "POST", "/p", None)
            .unwrap()
            .not_sent();
        let (entries, _) = read(&path).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0]["outcome"], "unknown: interrupted");
    }

    #[test]
    fn bad_lines_are_skipped_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        fs::write(
            &path,
            "{\"operation\":\"a\"}\n{\"operation\":\"b\n{\"operation\":\"c\"}\n",
        )
        .unwrap();
        let (entries, warnings) = read(&path).unwrap();
        assert_eq!(entries.len(), 2);
        assert!(warnings[0].ends_with(":2: skipped a line that is not a journal entry"));
        assert!(read(&dir.path().join("none")).unwrap().0.is_empty());
    }
}
