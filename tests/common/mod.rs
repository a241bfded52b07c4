//! Shared by the end-to-end tests: an isolated environment for the real binary, and an
//! independent check of the request signature (recomputed here, not with pandapon's code).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
use md5::{Digest, Md5};
use serde_json::Value;
use tempfile::TempDir;

pub mod pty;

pub const KEY: &str = "test-access-key-0001";
/// Recognisable, so a leak anywhere is found by a plain substring search.
pub const SECRET: &str = "SECRET-do-not-print-7f3a9c";
pub const USER: &str = "2100007341207";

pub const SEED_PREVIEW: &str = include_str!("../fixtures/preview_382.json");

pub fn seed_data() -> Value {
    let v: Value = serde_json::from_str(SEED_PREVIEW).unwrap();
    v["data"].clone()
}

pub fn ok(data: Value) -> Value {
    serde_json::json!({
        "requestId": "0d1de79d9f4540308d14c558f86cb3da",
        "code": 200,
        "developId": "1110890638347337996",
        "msg": "成功",
        "data": data
    })
}

/// A throwaway HOME and config directory, so nothing on the machine leaks into a test.
pub struct Sandboxed {
    pub dir: TempDir,
}

impl Sandboxed {
    pub fn new() -> Self {
        Sandboxed {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_path(&self) -> PathBuf {
        self.path()
            .join("config")
            .join("pandapon")
            .join("config.toml")
    }

    pub fn write_config(&self, text: &str) -> PathBuf {
        let p = self.config_path();
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        p
    }

    /// The binary with no credentials at all.
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("pandapon").unwrap();
        for (k, _) in std::env::vars() {
            if k.starts_with("PANDAPON_") || k == "NO_COLOR" {
                c.env_remove(k);
            }
        }
        c.env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("PANDAPON_TIMEOUT", "5");
        c
    }

    /// The binary on the in-process sandbox, its state in this environment's `s.json`.
    pub fn sandboxed(&self) -> Command {
        let mut c = self.bare();
        c.env("PANDAPON_SANDBOX", "1")
            .env("PANDAPON_SANDBOX_STATE", self.path().join("s.json"));
        c
    }

    /// The journal's writes, oldest first, each intent joined with its outcome, as
    /// `pandapon journal --json` shows them.
    pub fn journal(&self) -> Vec<Value> {
        let o = self.bare().args(["journal", "--json"]).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice(&o.stdout).unwrap()
    }

    /// The journal file's records as written, one JSON value a line.
    pub fn journal_records(&self) -> Vec<Value> {
        let p = self.path().join("data/pandapon/journal.jsonl");
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
            .collect()
    }

    /// The binary with test credentials in the environment, pointed at `base_url`.
    pub fn cmd(&self, base_url: &str) -> Command {
        let mut c = self.bare();
        c.env("PANDAPON_ACCESS_KEY", KEY)
            .env("PANDAPON_ACCESS_SECRET", SECRET)
            .env("PANDAPON_USER_ID", USER)
            .env("PANDAPON_BASE_URL", base_url);
        c
    }
}

pub fn md5_upper(s: &str) -> String {
    Md5::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

fn header(req: &wiremock::Request, name: &str) -> String {
    req.headers
        .get(name)
        .unwrap_or_else(|| panic!("request lacks the {name} header"))
        .to_str()
        .unwrap()
        .to_string()
}

/// The five auth headers are there and the signature is right for the test secret.
pub fn assert_signed(req: &wiremock::Request) {
    assert_eq!(header(req, "access-key"), KEY);
    assert_eq!(header(req, "user-id"), USER);
    let ts = header(req, "timestamp");
    assert_eq!(ts.len(), 13, "timestamp {ts} should be in milliseconds");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let skew = (now - ts.parse::<i64>().unwrap()).abs();
    assert!(skew < 600_000, "timestamp {ts} is {skew} ms off");
    let nonce = header(req, "nonce-str");
    assert_eq!(nonce.len(), 32, "nonce {nonce}");
    assert!(
        nonce.bytes().all(|b| b.is_ascii_alphanumeric()),
        "nonce {nonce}"
    );
    let expected = md5_upper(&format!("{KEY}{ts}{nonce}{SECRET}"));
    assert_eq!(header(req, "signature"), expected, "signature mismatch");
}

pub fn body_json(req: &wiremock::Request) -> Value {
    serde_json::from_slice(&req.body).unwrap_or_else(|e| {
        panic!(
            "body is not JSON ({e}): {}",
            String::from_utf8_lossy(&req.body)
        )
    })
}

pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The binary against the in-process sandbox, with a state file of its own that lasts
/// between the invocations of one test.
pub struct Shop {
    pub env: Sandboxed,
}

impl Shop {
    pub fn new() -> Self {
        Shop {
            env: Sandboxed::new(),
        }
    }

    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.env.sandboxed().args(args).output().unwrap()
    }

    /// stdout of a run that must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.ok(&[&["--json"], args].concat());
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
    }

    /// The journal's entries, oldest first, as `journal --json` joins them.
    pub fn journal(&self) -> Vec<Value> {
        self.env.journal()
    }
}

/// The JSON contract (README), written again here rather than with pandapon's code: what
/// `--json` prints for `data` the API sent. A field named like an id (`id`, `*Id`, `*Ids`,
/// `*ID`, `*_id`, `*_ids`) holds strings; an integer of 2^53 or more is a string anywhere.
pub fn ids_as_strings(v: &Value) -> Value {
    fn id_key(k: &str) -> bool {
        matches!(k, "id" | "ID" | "Id" | "ids")
            || ["Id", "Ids", "ID", "IDs", "_id", "_ids"]
                .iter()
                .any(|s| k.len() > s.len() && k.ends_with(s))
    }
    fn walk(v: &Value, id: bool) -> Value {
        match v {
            Value::Number(n) => {
                let text = n.to_string();
                let huge = !text.contains(['.', 'e', 'E'])
                    && text
                        .trim_start_matches('-')
                        .parse::<u128>()
                        .map_or(true, |d| d >= 1 << 53);
                if id || huge {
                    Value::String(text)
                } else {
                    v.clone()
                }
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, id)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, x)| (k.clone(), walk(x, id_key(k))))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    walk(v, false)
}

/// An id as `--json` prints it (a string of digits), as a number for arithmetic in tests.
pub fn id_num(v: &Value) -> u64 {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} should be an id string"))
        .parse()
        .unwrap()
}
