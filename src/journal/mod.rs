//! The local journal of writes: where an operator looks first after a crash.
//!
//! `Client::call` records every operation not marked safe in the catalogue, so no command can
//! forget to. The file is `<data dir>/pandapon/journal.jsonl`, append-only, one JSON record a
//! line, three kinds of record (docs in RELIABILITY.md#the-journal):
//!
//! - **intent**, written and flushed to disk *before* the request leaves: what is sent (the
//!   operation, platform, method, path, body), the nonce and timestamp that were signed, a
//!   local id, and the process sending it. A write whose intent cannot be recorded is not sent.
//! - **outcome**, appended when the answer (or the lack of one) is known, naming its intent.
//! - **resolution**, appended by `journal reconcile`: what a later read showed about a write
//!   whose outcome was unknown.
//!
//! A process killed outright (SIGKILL, OOM, power) leaves its intents without outcomes, and
//! `journal` shows them as unknown. Each record is one `write` with O_APPEND (see
//! `file::append`), so concurrent pandapon processes never interleave records. Lines written
//! before intents existed (one line per write, outcome included) still read (`read.rs`).

mod file;
mod read;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::error::{Error, Result};
pub use file::{all_files, hostname, still_running};
pub use read::{Entry, Outcome as Recorded, Resolution, read};

const FILE_NAME: &str = "journal.jsonl";
/// The version of the record format: 2 has intents, outcomes and resolutions.
const VERSION: u64 = 2;
/// Past this size the journal moves to a numbered file (`journal_max_size`).
pub const DEFAULT_MAX_SIZE: u64 = 10 * 1024 * 1024;

/// `journal_max_size`: at least 1 KiB, as a smaller limit would rotate on every record.
pub fn parse_max_size(s: &str) -> std::result::Result<u64, String> {
    let n = crate::cli::parse::parse_size(s).map_err(|e| format!("journal_max_size: {e}"))?;
    if n < 1024 {
        return Err(format!(
            "journal_max_size must be at least 1KiB, got \"{}\"",
            s.trim()
        ));
    }
    Ok(n)
}

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
    /// The request never left (connection refused): nothing can have happened.
    NotSent(String),
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
            Outcome::NotSent(why) => Value::String(format!("not sent: {why}")),
        }
    }

    /// One line for a person: "code 200 成功", "unknown: interrupted".
    pub fn words(&self) -> String {
        match self {
            Outcome::Answered { code, msg, .. } => format!("code {code} {msg}"),
            other => other.to_value().as_str().unwrap_or_default().to_string(),
        }
    }
}

/// What `journal reconcile` found out about a write, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The read shows the write took effect.
    Happened,
    /// The read shows it did not (and, its sender gone, will not).
    NotHappened,
    /// The read could not tell.
    Unknown,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Happened => "happened",
            Verdict::NotHappened => "not-happened",
            Verdict::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Verdict {
        match s {
            "happened" => Verdict::Happened,
            "not-happened" => Verdict::NotHappened,
            _ => Verdict::Unknown,
        }
    }

    /// Whether the write's fate is known.
    pub fn settles(self) -> bool {
        self != Verdict::Unknown
    }
}

/// Where and for whom writes are recorded.
#[derive(Debug, Clone)]
pub struct Journal {
    path: PathBuf,
    profile: String,
    base_url: String,
    platform: Option<String>,
    max_size: u64,
    timeout: Option<Duration>,
    /// Blanked out of every record (the access secret), should a body or a message carry it.
    masks: Vec<String>,
}

/// What the intent says about the request, beyond its route: what was signed.
pub struct Signed<'a> {
    pub nonce: &'a str,
    pub timestamp: &'a str,
}

impl Journal {
    pub fn new(path: PathBuf, profile: &str, base_url: &str, masks: Vec<String>) -> Self {
        Journal {
            path,
            profile: profile.to_string(),
            base_url: base_url.to_string(),
            platform: None,
            max_size: DEFAULT_MAX_SIZE,
            timeout: None,
            masks: masks
                .iter()
                .flat_map(|m| crate::secret::mask_forms(m))
                .collect(),
        }
    }

    /// The platform the writes are for (`--platform`), recorded with each intent.
    pub fn platform(mut self, p: &str) -> Self {
        self.platform = Some(p.to_string());
        self
    }

    /// Rotate past this many bytes (0: never).
    pub fn max_size(mut self, bytes: u64) -> Self {
        self.max_size = bytes;
        self
    }

    /// `--timeout`: how long the sender waits, recorded so that `reconcile` knows when a
    /// write can no longer be on its way.
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records the intent and flushes it to disk before the request leaves: a write that
    /// could not be recorded is not sent at all (exit 2). The returned guard records
    /// "unknown: interrupted" if it is dropped unfinished (Ctrl-C while the request is in
    /// flight); a process killed outright leaves the intent alone, which reads as unknown.
    pub fn begin(
        &self,
        operation: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
        signed: &Signed<'_>,
    ) -> Result<Pending> {
        let id = new_id();
        let (pid, started) = file::this_process();
        let mut r = self.record("intent");
        r.insert("id".into(), json!(id));
        r.insert("pid".into(), json!(pid));
        if let Some(s) = started {
            r.insert("pidStart".into(), json!(s));
        }
        if let Some(h) = hostname() {
            r.insert("host".into(), json!(h));
        }
        r.insert("profile".into(), json!(self.profile));
        r.insert("baseUrl".into(), json!(self.base_url));
        // An operation names its platform (a 1688 link in `cart add` goes to the 1688 cart
        // whatever --platform says); the others (addresses, logistics) were made for --platform's.
        let platform = match operation.split('.').next() {
            Some("alibaba") => Some("1688"),
            Some("taobao") => Some("taobao"),
            _ => self.platform.as_deref(),
        };
        r.insert("platform".into(), json!(platform));
        r.insert("operation".into(), json!(operation));
        r.insert("method".into(), json!(method));
        r.insert("path".into(), json!(path));
        r.insert("body".into(), body.map(abridged).unwrap_or(Value::Null));
        r.insert("nonce".into(), json!(signed.nonce));
        r.insert("timestamp".into(), json!(signed.timestamp));
        if let Some(t) = self.timeout {
            r.insert("timeoutMs".into(), json!(t.as_millis() as u64));
        }
        // 0600 in a 0700 directory, never through a planted link: bodies carry names, phones
        // and addresses.
        let warning = self.append(r).map_err(|e| {
            Error::usage(format!(
                "cannot record the write in the journal {}: {e}; nothing was sent. Every write \
                 is recorded there before it is sent: make the directory writable, or point \
                 XDG_DATA_HOME elsewhere.",
                self.path.display()
            ))
        })?;
        Ok(Pending {
            warning,
            id: Some(id),
            journal: self.clone(),
        })
    }

    /// Records what `journal reconcile` found about the write `of`.
    pub fn resolve(
        &self,
        of: &str,
        verdict: Verdict,
        summary: &str,
        read: Option<&str>,
    ) -> std::result::Result<(), String> {
        let mut r = self.record("resolution");
        r.insert("of".into(), json!(of));
        r.insert("verdict".into(), json!(verdict.as_str()));
        r.insert("summary".into(), json!(summary));
        r.insert("read".into(), json!(read));
        self.append(r)
            .map(|_| ())
            .map_err(|e| format!("cannot write to {}: {e}", self.path.display()))
    }

    fn record(&self, kind: &str) -> Map<String, Value> {
        let mut r = Map::new();
        r.insert("v".into(), json!(VERSION));
        r.insert("record".into(), json!(kind));
        r.insert("time".into(), json!(now_rfc3339()));
        r
    }

    fn append(&self, record: Map<String, Value>) -> std::io::Result<Option<String>> {
        let mut v = Value::Object(record);
        crate::secret::mask_json(&mut v, &self.masks);
        let mut line = serde_json::to_vec(&v).expect("a JSON value always encodes");
        line.push(b'\n');
        file::append(&self.path, &line, self.max_size)
    }
}

/// A local id for a write: 12 hex digits, random, short enough to type
/// (`journal reconcile 3f9a...`) and long enough never to repeat in one journal.
fn new_id() -> String {
    let mut b = [0u8; 6];
    let _ = getrandom::fill(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A write whose intent is recorded and whose outcome is not yet.
pub struct Pending {
    /// Said once the write is under way: the journal's mode lets others read it.
    pub warning: Option<String>,
    id: Option<String>,
    journal: Journal,
}

impl Pending {
    /// The local id of the write, as `journal` shows it.
    pub fn id(&self) -> &str {
        self.id.as_deref().unwrap_or_default()
    }

    /// Records the outcome. An error here comes after the request was sent, so it is for a
    /// warning, not a failure of the command: the intent stays, and reads as unknown.
    pub fn finish(mut self, outcome: &Outcome) -> std::result::Result<(), String> {
        let id = self.id.take().expect("finished once");
        self.write(&id, outcome)
    }

    fn write(&self, id: &str, outcome: &Outcome) -> std::result::Result<(), String> {
        let mut r = self.journal.record("outcome");
        r.insert("of".into(), json!(id));
        r.insert("outcome".into(), outcome.to_value());
        self.journal
            .append(r)
            .map(|_| ())
            .map_err(|e| format!("cannot write to {}: {e}", self.journal.path.display()))
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
        if let Some(id) = self.id.take() {
            WRITE_INTERRUPTED.store(true, Ordering::SeqCst);
            let _ = self.write(&id, &Outcome::Unknown("interrupted".into()));
        }
    }
}

pub fn now_rfc3339() -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const SIGNED: Signed<'static> = Signed {
        nonce: "n0nce",
        timestamp: "1700000000000",
    };

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
    fn the_intent_is_on_disk_before_the_outcome_and_both_are_masked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("journal.jsonl");
        let j = Journal::new(
            path.clone(),
            "work",
            "http://x",
            vec!["s3cr3t-value-0123456".into()],
        )
        .platform("taobao")
        .timeout(Duration::from_secs(30));
        let body = json!({"orderId": 2542285634920880794u64, "note": "s3cr3t-value-0123456"});
        let p = j
            .begin(
                "taobao.order.pay",
                "POST",
                "/v2/taobao/order/pay",
                Some(&body),
                &SIGNED,
            )
            .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 1, "the intent alone: {text}");
        let intent: Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(intent["record"], "intent");
        assert_eq!(intent["id"], p.id());
        assert_eq!(intent["platform"], "taobao");
        assert_eq!(intent["nonce"], "n0nce");
        assert_eq!(intent["timestamp"], "1700000000000");
        assert_eq!(intent["timeoutMs"], 30000);
        assert_eq!(intent["pid"], std::process::id());
        let id = p.id().to_string();
        p.finish(&Outcome::Answered {
            code: 200,
            request_id: Some("r1".into()),
            msg: "成功".into(),
        })
        .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains("s3cr3t-value-0123456"), "{text}");
        assert!(text.contains("2542285634920880794"), "{text}");
        let outcome: Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
        assert_eq!(outcome["record"], "outcome");
        assert_eq!(outcome["of"], json!(id));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_dropped_guard_records_an_interruption() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        let j = Journal::new(path.clone(), "default", "http://x", vec![]);
        drop(
            j.begin("taobao.order.pay", "POST", "/p", None, &SIGNED)
                .unwrap(),
        );
        let (entries, _) = read(&path).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(
            entries[0].outcome(),
            Some(Recorded::Unknown("interrupted".into()))
        );
    }
}
