//! Reading the journal back: every file, oldest first, each intent joined with its outcome and
//! resolutions. Damage is expected, not fatal: a line cut short by a crash is skipped and
//! named, and the lines before and after it still read.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde_json::{Map, Value};

use super::Verdict;
use crate::error::{Error, Result};

/// One write: its intent, and what became of it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The local id (for a line from before intents existed: derived from its text).
    pub id: String,
    /// What was sent: the intent record, or the whole record of an old one-line entry.
    pub intent: Map<String, Value>,
    outcome: Option<Map<String, Value>>,
    pub resolutions: Vec<Resolution>,
}

/// How a write ended, as recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Answered {
        code: i64,
        request_id: Option<String>,
        msg: String,
    },
    Unknown(String),
    NotSent(String),
}

/// What a `journal reconcile` read showed about a write.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    pub time: String,
    pub verdict: Verdict,
    pub summary: String,
    /// The command that shows the same thing.
    pub read: Option<String>,
}

impl Entry {
    fn text(&self, key: &str) -> &str {
        self.intent
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// When it was sent (for an old one-line entry: when its answer came).
    pub fn time(&self) -> &str {
        self.text("time")
    }
    pub fn operation(&self) -> &str {
        self.text("operation")
    }
    pub fn method(&self) -> &str {
        self.text("method")
    }
    pub fn path(&self) -> &str {
        self.text("path")
    }
    pub fn profile(&self) -> &str {
        self.text("profile")
    }
    pub fn base_url(&self) -> &str {
        self.text("baseUrl")
    }
    pub fn body(&self) -> &Value {
        self.intent.get("body").unwrap_or(&Value::Null)
    }

    /// Whether this was written before intents existed (one line with its outcome).
    pub fn is_legacy(&self) -> bool {
        !self.intent.contains_key("record")
    }

    /// The outcome as recorded (an object with the code, or "unknown: ..."), if any.
    pub fn outcome_value(&self) -> Option<&Value> {
        self.outcome.as_ref().and_then(|o| o.get("outcome"))
    }

    pub fn outcome_time(&self) -> Option<&str> {
        self.outcome
            .as_ref()
            .and_then(|o| o.get("time"))
            .and_then(Value::as_str)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        Some(match self.outcome_value()? {
            Value::Object(o) => Outcome::Answered {
                code: o.get("code").and_then(Value::as_i64).unwrap_or_default(),
                request_id: o.get("requestId").and_then(Value::as_str).map(String::from),
                msg: o
                    .get("msg")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
            },
            Value::String(s) => match (s.strip_prefix("unknown: "), s.strip_prefix("not sent: ")) {
                (Some(why), _) => Outcome::Unknown(why.to_string()),
                (_, Some(why)) => Outcome::NotSent(why.to_string()),
                _ => Outcome::Unknown(s.clone()),
            },
            other => Outcome::Unknown(other.to_string()),
        })
    }

    /// The process that sent it, as its intent names it: pid, start time, machine.
    pub fn sender(&self) -> Option<(u64, Option<u64>, Option<&str>)> {
        let pid = self.intent.get("pid")?.as_u64()?;
        let start = self.intent.get("pidStart").and_then(Value::as_u64);
        let host = self.intent.get("host").and_then(Value::as_str);
        Some((pid, start, host))
    }

    /// For a write with no outcome recorded: whether its sender may still be waiting for the
    /// answer (then it is in flight, not lost).
    pub fn in_flight(&self) -> bool {
        self.outcome.is_none()
            && self
                .sender()
                .is_some_and(|(pid, start, host)| super::still_running(pid, start, host))
    }

    /// The latest resolution, if `journal reconcile` looked at it.
    pub fn resolution(&self) -> Option<&Resolution> {
        self.resolutions.last()
    }

    /// Whether its fate is known: answered, never sent, or settled by a later read.
    pub fn settled(&self) -> bool {
        matches!(
            self.outcome(),
            Some(Outcome::Answered { .. } | Outcome::NotSent(_))
        ) || self.resolutions.iter().any(|r| r.verdict.settles())
    }

    /// How long the sender was prepared to wait for the answer.
    pub fn timeout_ms(&self) -> Option<u64> {
        self.intent.get("timeoutMs").and_then(Value::as_u64)
    }
}

#[cfg(test)]
impl Entry {
    /// A write as an old one-line record would give it, for tests.
    pub fn from_line(v: Value) -> Entry {
        let Value::Object(r) = v else {
            panic!("a record is an object")
        };
        Entry {
            id: legacy_id(Value::Object(r.clone()).to_string().as_bytes()),
            outcome: Some(r.clone()),
            intent: r,
            resolutions: Vec::new(),
        }
    }
}

/// Every write in the journal and its rotated files, oldest first, and a warning for each line
/// that could not be read (a crash mid-append leaves half a line).
pub fn read(path: &Path) -> Result<(Vec<Entry>, Vec<String>)> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    let mut orphans = 0;
    for file in super::all_files(path) {
        let bytes = match fs::read(&file) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read the journal {}: {e}",
                    file.display()
                )));
            }
        };
        // Line by line, not the file as one string: a torn multi-byte character must cost
        // only its own line.
        for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let record = std::str::from_utf8(line)
                .ok()
                .and_then(|l| serde_json::from_str::<Value>(l).ok());
            let Some(Value::Object(r)) = record else {
                warnings.push(format!(
                    "{}:{}: skipped a line that is not a journal entry (cut short by a crash?)",
                    file.display(),
                    i + 1
                ));
                continue;
            };
            let of = r.get("of").and_then(Value::as_str).map(String::from);
            match (r.get("record").and_then(Value::as_str), of) {
                (Some("intent"), _) => {
                    let id = r
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    by_id.insert(id.clone(), entries.len());
                    entries.push(Entry {
                        id,
                        intent: r,
                        outcome: None,
                        resolutions: Vec::new(),
                    });
                }
                (Some("outcome"), Some(of)) => match by_id.get(&of) {
                    // The first outcome counts: the interruption guard may follow an answer
                    // only if something went wrong in between, and the answer is the truth.
                    Some(&n) if entries[n].outcome.is_none() => entries[n].outcome = Some(r),
                    Some(_) => {}
                    None => orphans += 1,
                },
                (Some("resolution"), Some(of)) => match by_id.get(&of) {
                    Some(&n) => entries[n].resolutions.push(Resolution {
                        time: text(&r, "time"),
                        verdict: Verdict::parse(&text(&r, "verdict")),
                        summary: text(&r, "summary"),
                        read: r.get("read").and_then(Value::as_str).map(String::from),
                    }),
                    None => orphans += 1,
                },
                // A record of a kind a later version writes: not for this one to judge.
                (Some(_), _) => {}
                (None, _) if r.contains_key("operation") => {
                    let id = legacy_id(line);
                    by_id.insert(id.clone(), entries.len());
                    entries.push(Entry {
                        id,
                        outcome: Some(r.clone()),
                        intent: r,
                        resolutions: Vec::new(),
                    });
                }
                (None, _) => warnings.push(format!(
                    "{}:{}: skipped a line that is not a journal entry",
                    file.display(),
                    i + 1
                )),
            }
        }
    }
    if orphans > 0 {
        warnings.push(if orphans == 1 {
            "1 record refers to a write not in the journal (was a rotated file removed?)".into()
        } else {
            format!(
                "{orphans} records refer to writes not in the journal (was a rotated file removed?)"
            )
        });
    }
    Ok((entries, warnings))
}

fn text(r: &Map<String, Value>, key: &str) -> String {
    r.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// An id for a line written before intents had one: FNV-1a of its text, so the same line
/// always gets the same id and `reconcile` can refer to it.
fn legacy_id(line: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in line {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:012x}", h >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intents_outcomes_and_resolutions_join_and_old_lines_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        fs::write(
            dir.path().join("journal.1.jsonl"),
            concat!(
                // A line from before intents: its own outcome.
                r#"{"time":"2026-01-01T00:00:00Z","profile":"p","operation":"taobao.order.pay","outcome":"unknown: interrupted"}"#,
                "\n",
                r#"{"v":2,"record":"intent","id":"a1","time":"t1","operation":"taobao.order.pay","pid":1}"#,
                "\n",
            ),
        )
        .unwrap();
        fs::write(
            &path,
            concat!(
                r#"{"v":2,"record":"outcome","of":"a1","time":"t2","outcome":{"code":200,"requestId":"r","msg":"ok"}}"#,
                "\n",
                r#"{"v":2,"record":"intent","id":"b2","time":"t3","operation":"taobao.order.cancel"}"#,
                "\n",
                "\u{fffd}garbage\n",
                r#"{"v":2,"record":"resolution","of":"b2","time":"t4","verdict":"happened","summary":"order 1: closed","read":"pandapon order show 1"}"#,
                "\n",
                r#"{"v":2,"record":"outcome","of":"gone","time":"t5","outcome":"unknown: x"}"#,
                "\n",
                r#"{"v":2,"record":"intent","id":"c3","time":"t6","operation":"taobao.order.pay","pid":4294967295}"#,
                "\n",
                r#"{"v":2,"record":"outc"#,
            ),
        )
        .unwrap();
        let (e, w) = read(&path).unwrap();
        assert_eq!(e.len(), 4);
        assert!(e[0].is_legacy() && !e[0].settled());
        assert_eq!(e[0].outcome(), Some(Outcome::Unknown("interrupted".into())));
        assert_eq!(e[0].id.len(), 12);
        assert_eq!((e[1].id.as_str(), e[1].time()), ("a1", "t1"));
        assert_eq!(e[1].outcome_time(), Some("t2"));
        assert!(e[1].settled());
        assert_eq!(e[2].outcome(), None);
        assert!(e[2].settled(), "settled by its resolution");
        assert_eq!(e[2].resolution().unwrap().summary, "order 1: closed");
        assert!(!e[3].settled() && !e[3].in_flight(), "its process is gone");
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w[0].ends_with("journal.jsonl:3: skipped a line that is not a journal entry (cut short by a crash?)"), "{w:?}");
        assert!(w[1].contains("journal.jsonl:7: skipped"), "{w:?}");
        assert!(w[2].starts_with("1 record refers"), "{w:?}");
        assert_eq!(read(&path).unwrap().0[0].id, e[0].id, "a stable legacy id");
        assert!(read(&dir.path().join("none.jsonl")).unwrap().0.is_empty());
    }
}
