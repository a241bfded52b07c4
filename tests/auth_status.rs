//! `pandapon auth status` / `pandapon doctor` against the sandbox: a good server, a wrong
//! secret, a skewed clock (accepted with advice, and rejected), missing credentials and no
//! server, each with its exit code, for a person and as `--json`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use common::*;
use serde_json::Value;

const S_KEY: &str = "sandbox-access-key";
const S_SECRET: &str = "sandbox-access-secret";
const S_USER: &str = "2100007341207";

/// `pandapon sandbox serve --port 0` as a child process; killed on drop.
struct Served {
    child: Child,
    url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &Sandboxed, extra: &[&str]) -> Served {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    cmd.env_clear()
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .args(["--json", "sandbox", "serve", "--port", "0", "--state"])
        .arg(env.path().join("state.json"))
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    Served {
        child,
        url: v["url"].as_str().unwrap().to_string(),
    }
}

fn status(c: &mut assert_cmd::Command) -> (Option<i32>, Value, String) {
    let o = c.args(["auth", "status", "--json"]).output().unwrap();
    let out = stdout(&o);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    (o.status.code(), v, stderr(&o))
}

#[test]
fn a_good_server_accepts_and_the_clock_agrees() {
    let env = Sandboxed::new();
    let (code, v, err) = status(&mut env.sandboxed());
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(err, "");
    assert_eq!(v["ok"], true);
    assert_eq!(v["request"]["result"], "accepted");
    assert_eq!(v["request"]["httpStatus"], 200);
    assert_eq!(v["request"]["route"], "POST /v2/open/address/list");
    assert!(v["request"]["roundTripMs"].as_u64().unwrap() < 5000);
    assert!(
        v["clock"]["offsetSeconds"].as_i64().unwrap().abs() <= 1,
        "{v}"
    );
    assert!(v["clock"]["advice"].is_null());
    let creds = &v["credentials"];
    assert_eq!(creds["accessKey"]["value"], "sand…-key");
    assert_eq!(creds["accessSecret"]["value"], "******** (set)");
    assert_eq!(creds["accessSecret"]["source"], "sandbox (--sandbox)");
    assert_eq!(creds["userId"]["value"], S_USER);
    assert!(!v.to_string().contains(S_SECRET));

    // For a person: a table on a terminal, rows in a pipe; `doctor` is the same command.
    let o = env.sandboxed().arg("doctor").output().unwrap();
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("request\taccepted\tPOST /v2/open/address/list: HTTP 200\n"),
        "{out}"
    );
    assert!(out.contains("clock\tin step with the server\t\n"), "{out}");
    assert!(
        out.contains("access_secret\t******** (set)\tsandbox (--sandbox)\n"),
        "{out}"
    );
}

#[test]
fn a_wrong_secret_is_rejected_with_exit_4_and_never_shown() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let wrong = "not-the-sandbox-secret-0123456789";
    let mut c = env.bare();
    c.env("PANDAPON_BASE_URL", &s.url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", wrong)
        .env("PANDAPON_USER_ID", S_USER);
    let (code, v, err) = status(&mut c);
    assert_eq!(code, Some(4), "{err}");
    assert_eq!(v["ok"], false);
    assert_eq!(v["request"]["result"], "rejected");
    assert_eq!(
        v["credentials"]["accessSecret"]["source"],
        "variable PANDAPON_ACCESS_SECRET"
    );
    assert!(err.contains("signature"), "{err}");
    assert!(err.contains("check the access key, secret"), "{err}");
    assert!(!v.to_string().contains(wrong) && !err.contains(wrong));
}

#[test]
fn a_clock_off_by_minutes_gets_advice_and_one_past_the_limit_is_rejected() {
    let env = Sandboxed::new();
    let mut c = env.sandboxed();
    c.env("PANDAPON_SANDBOX_CLOCK_OFFSET", "120");
    let (code, v, err) = status(&mut c);
    assert_eq!(code, Some(0), "accepted, within 600 s: {err}");
    let off = v["clock"]["offsetSeconds"].as_i64().unwrap();
    assert!(
        (-121..=-119).contains(&off),
        "the server is 120 s ahead: {v}"
    );
    assert!(
        v["clock"]["advice"].as_str().unwrap().contains("drifting"),
        "{v}"
    );

    let s = serve(&env, &["--clock-offset", "900"]);
    let mut c = env.bare();
    c.env("PANDAPON_BASE_URL", &s.url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER);
    let (code, v, err) = status(&mut c);
    assert_eq!(code, Some(4), "{err}");
    assert_eq!(v["request"]["result"], "rejected");
    let off = v["clock"]["offsetSeconds"].as_i64().unwrap();
    assert!((-901..=-899).contains(&off), "{v}");
    assert!(
        v["clock"]["advice"]
            .as_str()
            .unwrap()
            .contains("rejects requests more than 600 s off")
    );
    assert!(err.contains("900 s behind the server's"), "{err}");
}

#[test]
fn missing_credentials_exit_4_and_no_server_exits_5() {
    let env = Sandboxed::new();
    let (code, v, err) = status(&mut env.bare());
    assert_eq!(code, Some(4), "{err}");
    assert_eq!(v["ok"], false);
    assert!(v["credentials"]["accessKey"].is_null());
    assert!(v["request"].is_null(), "nothing was sent: {v}");
    assert!(
        err.contains("missing access key, access secret, user id"),
        "{err}"
    );

    // Port 9 (discard) on this machine: nothing listens.
    let (code, v, err) = status(&mut env.cmd("http://127.0.0.1:9"));
    assert_eq!(code, Some(5), "{err}");
    assert_eq!(v["request"]["result"], "failed");
    assert!(v["request"]["httpStatus"].is_null());
    assert!(err.contains("cannot connect"), "{err}");
}
