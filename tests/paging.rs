//! `--all` walks end to end, against `pandapon sandbox serve` with 100 and more pages: the
//! streamed JSON is one valid document equal to the pages fetched one by one; faults and rate
//! limits on a share of requests change no row and fetch no page twice (read back from the
//! sandbox's `--request-log`); the first rows are printed while later pages are still out;
//! piped, nothing is drawn on stderr. Timing itself is the benchmark's (bench/run.sh).

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use common::*;
use serde_json::Value;

const S_KEY: &str = "sandbox-access-key";
const S_SECRET: &str = "sandbox-access-secret";
const S_USER: &str = "2100007341207";
const LIST: &str = "taobao.order.list";

/// A sandbox state of the seed's 5 orders and `extra` more (100 a page for `--all`).
fn seeded(env: &Sandboxed, extra: u64) -> PathBuf {
    let state = env.path().join("state.json");
    let o = env
        .bare()
        .args([
            "sandbox",
            "reset",
            "--orders",
            &extra.to_string(),
            "--state",
        ])
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    state
}

/// `sandbox serve` as a child, killed on drop.
struct Served {
    child: Child,
    url: String,
    log: PathBuf,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    /// The request log's lines, each a JSON object.
    fn log(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The list requests answered with their data, by page: how many times each.
    fn pages_answered(&self) -> BTreeMap<u64, usize> {
        let mut n = BTreeMap::new();
        for e in self.log() {
            if e["op"] == LIST && e["status"] == 200 && e["code"] == 200 {
                *n.entry(e["page"].as_u64().expect("a page number"))
                    .or_default() += 1;
            }
        }
        n
    }
}

fn serve(env: &Sandboxed, state: &Path, name: &str, extra: &[&str]) -> Served {
    let log = env.path().join(format!("{name}.log"));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .args(["--json", "sandbox", "serve", "--port", "0", "--state"])
        .arg(state)
        .arg("--request-log")
        .arg(&log)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    Served {
        child,
        url: v["url"].as_str().unwrap().to_string(),
        log,
    }
}

/// The binary pointed at a served sandbox.
fn client(env: &Sandboxed, s: &Served) -> assert_cmd::Command {
    let mut c = env.bare();
    c.env("PANDAPON_BASE_URL", &s.url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER)
        .env("PANDAPON_TIMEOUT", "60");
    c
}

/// `client` as a std command, for a child whose stdout is read as it comes.
fn std_client(env: &Sandboxed, s: &Served) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    c.env_clear()
        .env("HOME", env.path())
        .env("XDG_CONFIG_HOME", env.path().join("config"))
        .env("XDG_DATA_HOME", env.path().join("data"))
        .env("PANDAPON_BASE_URL", &s.url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER)
        .env("PANDAPON_TIMEOUT", "60");
    c
}

fn ok(o: std::process::Output) -> String {
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

fn ids(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|o| o["orderId"].as_str().expect("ids are strings").to_string())
        .collect()
}

#[test]
fn a_streamed_walk_is_one_document_equal_to_the_pages_one_by_one() {
    let env = Sandboxed::new();
    // 101 pages of 100, the last one short.
    let state = seeded(&env, 10_050);
    let s = serve(&env, &state, "clean", &[]);
    let run = |args: &[&str]| ok(client(&env, &s).args(args).output().unwrap());

    let text = run(&["order", "list", "--all", "--json"]);
    let streamed: Vec<Value> = serde_json::from_str(&text).expect("one JSON document");
    assert_eq!(streamed.len(), 10_055);
    assert!(
        text.ends_with("]\n") && text.lines().count() == 1,
        "one compact line"
    );

    let mut one_by_one = Vec::new();
    for page in 1..=101 {
        let data: Value = serde_json::from_str(&run(&[
            "order",
            "list",
            "--page",
            &page.to_string(),
            "--page-size",
            "100",
            "--json",
        ]))
        .unwrap();
        one_by_one.extend(data["data"].as_array().unwrap().iter().cloned());
    }
    assert_eq!(streamed, one_by_one, "the same elements, in the same order");

    let lines: Vec<Value> = run(&["order", "list", "--all", "--json-lines"])
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line one JSON document"))
        .collect();
    assert_eq!(lines, streamed);
    // --jq keeps the whole document and filters it once.
    let filtered = run(&["order", "list", "--all", "--jq", "length"]);
    assert_eq!(filtered, "10055\n");
    // Piped rows: one line per order, the id first, in the same order.
    let tsv = run(&["order", "list", "--all"]);
    let tsv_ids: Vec<String> = tsv
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert_eq!(tsv_ids, ids(&streamed));
    // --header: the column names once, above the first page's rows only.
    let headed = run(&["order", "list", "--all", "--header"]);
    assert!(headed.starts_with("ID\tStatus\t"), "{}", &headed[..80]);
    assert_eq!(headed.lines().filter(|l| l.starts_with("ID\t")).count(), 1);
    assert_eq!(headed.lines().count(), 10_056);
    // Every page asked for once.
    assert!(
        s.pages_answered().values().all(|&n| n == 5 + 1),
        "{:?}",
        s.pages_answered()
    );
}

#[test]
fn faults_on_a_share_of_requests_change_no_row_and_fetch_no_page_twice() {
    let env = Sandboxed::new();
    let state = seeded(&env, 9_995);
    let clean = serve(&env, &state, "clean", &[]);
    let expected = ids(&serde_json::from_str::<Vec<Value>>(&ok(client(&env, &clean)
        .args(["order", "list", "--all", "--json"])
        .output()
        .unwrap()))
    .unwrap());
    assert_eq!(expected.len(), 10_000);
    let faulty = serve(
        &env,
        &state,
        "faulty",
        &[
            "--latency-ms",
            "5",
            "--fault",
            &format!("{LIST}=503%12,{LIST}=500%6,{LIST}=reset%4,{LIST}=429%3"),
        ],
    );
    for (args, lines) in [
        (&["order", "list", "--all", "--json"][..], false),
        (&["order", "list", "--all", "--json-lines"][..], true),
    ] {
        let out = ok(client(&env, &faulty).args(args).output().unwrap());
        let got: Vec<Value> = if lines {
            out.lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect()
        } else {
            serde_json::from_str(&out).unwrap()
        };
        assert_eq!(
            ids(&got),
            expected,
            "{args:?}: the same ids, in order, once each"
        );
    }
    let log = faulty.log();
    let faulted: Vec<&Value> = log.iter().filter(|e| !e["fault"].is_null()).collect();
    for kind in ["503", "500", "reset", "429"] {
        assert!(
            faulted.iter().any(|e| e["fault"] == kind),
            "no {kind} was played: {faulted:?}"
        );
    }
    // Each page answered with its data exactly once per walk, faults or not.
    let answered = faulty.pages_answered();
    assert_eq!(answered.len(), 100);
    assert!(answered.values().all(|&n| n == 2), "{answered:?}");
}

#[test]
fn a_rate_limit_pauses_every_request_and_each_page_comes_once() {
    let env = Sandboxed::new();
    let state = seeded(&env, 4_995);
    let s = serve(
        &env,
        &state,
        "limited",
        &["--latency-ms", "5", "--fault", &format!("{LIST}=429%4")],
    );
    let out = ok(client(&env, &s)
        .args(["order", "list", "--all", "--json"])
        .output()
        .unwrap());
    let got: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(got.len(), 5_000);
    let answered = s.pages_answered();
    assert_eq!(answered.len(), 50);
    assert!(answered.values().all(|&n| n == 1), "{answered:?}");
    let log = s.log();
    let limited: Vec<u64> = log
        .iter()
        .filter(|e| e["status"] == 429)
        .map(|e| e["t"].as_u64().unwrap() + e["ms"].as_u64().unwrap())
        .collect();
    assert!(!limited.is_empty(), "no 429 was played");
    // Retry-After: 1 (the sandbox's). Once a 429 is out, nothing new arrives until the pause
    // is over: the requests already sent come in at once (500 ms allowed for a loaded machine).
    for &at in &limited {
        let early: Vec<&Value> = log
            .iter()
            .filter(|e| {
                let t = e["t"].as_u64().unwrap();
                t > at + 500 && t < at + 950
            })
            .collect();
        assert!(
            early.is_empty(),
            "sent during the pause after {at} ms: {early:?}"
        );
    }
}

/// Reads `child`'s stdout until `text` has been seen `n` times; the child is then still
/// running (its next page hangs), so those came before the walk's end.
fn read_until(child: &mut Child, text: &str, n: usize, s: &Served) -> String {
    let mut out = child.stdout.take().unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 8192];
    while seen.matches(text).count() < n {
        let k = out.read(&mut buf).unwrap();
        assert!(
            k > 0,
            "stdout ended after {} of {n}; the sandbox's log: {:?}",
            seen.matches(text).count(),
            s.log()
        );
        seen.push_str(&String::from_utf8_lossy(&buf[..k]));
    }
    assert!(child.try_wait().unwrap().is_none(), "the walk had ended");
    let _ = child.kill();
    let _ = child.wait();
    seen
}

#[test]
fn the_first_rows_are_printed_before_the_last_page_arrives() {
    let env = Sandboxed::new();
    let state = seeded(&env, 995);
    for (form, marker) in [
        (&["--json"][..], "\"orderId\""),
        (&["--json-lines"][..], "\n"),
        (&[][..], "\n"),
    ] {
        // Pages 1 to 3 are answered; page 4 never is (a sandbox each: it counts requests).
        let s = serve(
            &env,
            &state,
            "hang",
            &["--fault", &format!("{LIST}=hang+3")],
        );
        let mut child = std_client(&env, &s)
            .args(["--concurrency", "1", "order", "list", "--all"])
            .args(form)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let seen = read_until(&mut child, marker, 300, &s);
        assert!(
            seen.contains("3305075341149010310"),
            "{form:?}: the newest order first"
        );
    }
}

#[test]
fn piped_walks_and_batches_draw_nothing_on_stderr() {
    let env = Sandboxed::new();
    let state = seeded(&env, 2_995);
    // Long enough for a bar to appear on a terminal (30 pages, 20 ms each, one at a time).
    let s = serve(&env, &state, "slow", &["--latency-ms", "20"]);
    for args in [
        &["order", "list", "--all"][..],
        &["order", "list", "--all", "--json"][..],
        &["order", "list", "--all", "--json-lines"][..],
    ] {
        let o = client(&env, &s)
            .args(["--concurrency", "1"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
    let shown: Vec<Value> = serde_json::from_str(&ok(client(&env, &s)
        .args(["order", "list", "--all", "--json"])
        .output()
        .unwrap()))
    .unwrap();
    let mut show = vec![
        "--concurrency".to_string(),
        "2".into(),
        "order".into(),
        "show".into(),
    ];
    show.extend(ids(&shown[..40]));
    let o = client(&env, &s).args(&show).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "a batch");
}

#[test]
fn on_a_terminal_the_bar_is_drawn_and_cleared_before_the_table() {
    let env = Sandboxed::new();
    let state = seeded(&env, 2_995);
    let s = serve(&env, &state, "slow", &["--latency-ms", "25"]);
    let bin = assert_cmd::cargo::cargo_bin("pandapon");
    let o = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} --concurrency 1 order list --all", bin.display()),
            "/dev/null",
        ])
        .env_clear()
        .env("HOME", env.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("PANDAPON_BASE_URL", &s.url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let screen = stdout(&o);
    let table = screen.find('┌').expect("a table");
    let bar = screen.find("/30 pages").expect("a progress bar");
    assert!(bar < table, "the bar comes first");
    assert!(
        !screen[table..].contains("pages"),
        "no bar after the table starts"
    );
}

/// The served sandbox renders an order page once per state (`sandbox/pages.rs`): read twice it
/// is the same, and after a write it is rendered again from the new state.
#[test]
fn a_kept_page_is_rendered_again_after_a_write() {
    let env = Sandboxed::new();
    let state = seeded(&env, 0);
    let s = serve(&env, &state, "kept", &[]);
    let run = |args: &[&str]| ok(client(&env, &s).args(args).output().unwrap());
    let page = || -> Vec<Value> {
        let v: Value = serde_json::from_str(&run(&["order", "list", "--json"])).unwrap();
        v["data"].as_array().unwrap().clone()
    };
    let before = page();
    assert_eq!(page(), before, "the same page, read again");
    let unpaid = before
        .iter()
        .find(|o| o["orderStatus"] == "WAIT_BUYER_PAY")
        .expect("the seed has an unpaid order");
    let id = unpaid["orderId"].as_str().unwrap();
    run(&["order", "cancel", id, "--yes", "--reason", "不想要了"]);
    let after = page();
    let status = |list: &[Value]| {
        list.iter()
            .find(|o| o["orderId"] == id)
            .map(|o| o["orderStatus"].clone())
    };
    assert_eq!(status(&after), Some(Value::from("TRADE_CLOSED")));
    assert_eq!(after.len(), before.len());
}
