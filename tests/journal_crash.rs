//! The journal under crashes: a process killed outright (SIGKILL) while writes are in flight
//! leaves each intent, which `journal` shows as unknown and `journal reconcile` settles from
//! the server's state; a sandbox that received a write completes it though its client is gone.
//!
//! The sandbox runs as its own process (`sandbox serve`), so killing the client leaves it
//! running, as a real server would. Every wait is on something observable: the sandbox's state
//! file shows the write applied, or the journal shows the intent.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

const S_KEY: &str = "sandbox-access-key";
const S_SECRET: &str = "sandbox-access-secret";
const S_USER: &str = "2100007341207";
const UNPAID: &str = "3305075341149010310";

/// `pandapon sandbox serve` as a child process; killed on drop.
struct Served {
    child: Child,
    url: String,
    port: u16,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &Sandboxed, port: u16, extra: &[&str]) -> Served {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("sandbox-data"))
        .args([
            "--json",
            "sandbox",
            "serve",
            "--port",
            &port.to_string(),
            "--state",
        ])
        .arg(state_path(env))
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
    let url = v["url"].as_str().unwrap().to_string();
    let port = url.rsplit(':').next().unwrap().parse().unwrap();
    Served { child, url, port }
}

fn state_path(env: &Sandboxed) -> PathBuf {
    env.path().join("state.json")
}

/// The client, pointed at a served sandbox with its account; no timeout of its own to speak
/// of unless the test gives one.
fn client(env: &Sandboxed, url: &str) -> assert_cmd::Command {
    let mut c = env.bare();
    c.env("PANDAPON_BASE_URL", url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER)
        .env("PANDAPON_TIMEOUT", "120");
    c
}

/// The same as a process the test can kill.
fn spawn(cmd: assert_cmd::Command, args: &[&str]) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// An order's status in the sandbox's state file, as the sandbox last wrote it.
fn status_in_state(path: &Path, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let v: Value = serde_json::from_str(&text).ok()?;
    v["orders"]
        .as_array()?
        .iter()
        .find(|o| o["id"].as_u64().map(|n| n.to_string()).as_deref() == Some(id))
        .and_then(|o| o["status"].as_str().map(String::from))
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn kill9(mut child: Child) -> Output {
    let killed = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGKILL) };
    assert_eq!(killed, 0);
    child.stdout.take();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), None, "killed by the signal");
    o
}

fn json_of(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// Unpaid orders beside the seed's one: `sandbox reset --orders 20` adds four.
fn unpaid_orders(env: &Sandboxed) -> Vec<String> {
    let o = env
        .bare()
        .env("PANDAPON_SANDBOX_STATE", state_path(env))
        .args(["sandbox", "reset", "--orders", "20"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = env
        .sandboxed()
        .env("PANDAPON_SANDBOX_STATE", state_path(env))
        .args([
            "order",
            "list",
            "--status",
            "WAIT_BUYER_PAY",
            "--page-size",
            "50",
            "--json",
        ])
        .output()
        .unwrap();
    json_of(&o)["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            o["orderId"]
                .as_str()
                .expect("ids are strings in --json")
                .to_string()
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn a_write_killed_in_flight_is_unknown_until_reconcile_reads_that_it_was_paid() {
    let env = Sandboxed::new();
    let state = state_path(&env);
    // The answer takes a minute: the client is killed long before it could come.
    let slow = serve(&env, 0, &["--latency-ms", "60000"]);
    let child = spawn(client(&env, &slow.url), &["order", "pay", UNPAID, "--yes"]);
    // The sandbox has received the payment and applied it; the answer is on its way.
    wait_for("the sandbox to apply the payment", || {
        status_in_state(&state, UNPAID).as_deref() == Some("WAIT_SELLER_SEND_GOODS")
    });
    let pid = child.id();
    // While its process waits for the answer, the write is in flight, not lost.
    let e = env.journal();
    assert_eq!(e[0]["inFlight"], true, "{e:?}");
    let o = client(&env, &slow.url)
        .args(["journal", "reconcile"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!(
            "still unknown: in flight, process {pid} is still waiting"
        )),
        "{}",
        stdout(&o)
    );
    kill9(child);

    let e = env.journal();
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0]["operation"], "taobao.order.pay");
    assert_eq!(e[0]["outcome"], "unknown (no outcome recorded)");
    assert_eq!(e[0]["inFlight"], false);
    assert_eq!(e[0]["settled"], false);
    assert_eq!(e[0]["pid"], pid);
    assert_eq!(e[0]["settleWith"], format!("pandapon order show {UNPAID}"));
    let o = env.bare().args(["journal"]).output().unwrap();
    assert!(
        stdout(&o).contains(&format!(
            "unknown (no outcome recorded); process {pid} is no longer running"
        )),
        "{}",
        stdout(&o)
    );
    let o = env.bare().args(["journal", "unresolved"]).output().unwrap();
    assert!(o.status.success());
    let row = stdout(&o);
    assert!(
        row.contains("taobao.order.pay")
            && row
                .trim_end()
                .ends_with(&format!("pandapon order show {UNPAID}")),
        "{row}"
    );

    // The same server without the delay, at the same address: the write's own base URL.
    let port = slow.port;
    drop(slow);
    let fast = serve(&env, port, &[]);
    let o = client(&env, &fast.url)
        .args(["journal", "reconcile"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "happened\torder {UNPAID}: paid, waiting for shipment, as of 20"
        )),
        "{out}"
    );
    let e = env.journal();
    assert_eq!(e[0]["settled"], true);
    assert_eq!(e[0]["resolution"]["verdict"], "happened");
    assert_eq!(
        e[0]["resolution"]["read"],
        format!("pandapon order show {UNPAID}")
    );
    let o = env
        .bare()
        .args(["journal", "unresolved", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "[]\n");
    let o = client(&env, &fast.url)
        .args(["journal", "reconcile"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("Nothing to reconcile"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_batch_killed_in_flight_leaves_each_intent_and_reconcile_settles_each() {
    let env = Sandboxed::new();
    let state = state_path(&env);
    let ids = unpaid_orders(&env);
    assert_eq!(ids.len(), 5, "{ids:?}");
    // One payment hangs before the sandbox applies it; the others are applied and answered
    // a minute later.
    let slow = serve(
        &env,
        0,
        &[
            "--latency-ms",
            "60000",
            "--fault",
            "taobao.order.pay=hang*1",
        ],
    );
    // A short --timeout: how long after sending a payment may still arrive, for reconcile.
    let mut c = client(&env, &slow.url);
    c.env("PANDAPON_TIMEOUT", "8");
    let args: Vec<&str> = ["order", "pay", "--yes"]
        .into_iter()
        .chain(ids.iter().map(String::as_str))
        .collect();
    let child = spawn(c, &args);
    let paid = |ids: &[String]| {
        ids.iter()
            .filter(|id| status_in_state(&state, id).as_deref() == Some("WAIT_SELLER_SEND_GOODS"))
            .count()
    };
    wait_for("four payments applied and five intents recorded", || {
        paid(&ids) == 4
            && env
                .journal_records()
                .iter()
                .filter(|r| r["record"] == "intent")
                .count()
                == 5
    });
    let sent = Instant::now();
    kill9(child);

    let e = env.journal();
    assert_eq!(e.len(), 5);
    for x in &e {
        assert_eq!(x["outcome"], "unknown (no outcome recorded)", "{x}");
        assert_eq!(x["settled"], false);
    }
    let port = slow.port;
    drop(slow);
    let fast = serve(&env, port, &[]);
    let reconcile = || {
        client(&env, &fast.url)
            .args(["journal", "reconcile", "--json"])
            .output()
            .unwrap()
    };
    // The hung one is unpaid, but it was sent less than --timeout ago: it may still arrive.
    let o = reconcile();
    let early = sent.elapsed() < Duration::from_secs(7);
    let rows = json_of(&o);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let happened: Vec<&Value> = rows.iter().filter(|r| r["verdict"] == "happened").collect();
    assert_eq!(happened.len(), 4, "{rows:?}");
    assert!(
        happened.iter().all(|r| r["summary"]
            .as_str()
            .unwrap()
            .contains("paid, waiting for shipment")),
        "{rows:?}"
    );
    let hung = rows.iter().find(|r| r["verdict"] != "happened").unwrap();
    let summary = hung["summary"].as_str().unwrap();
    assert!(summary.contains("waiting for payment"), "{summary}");
    // (Only a machine too loaded to get here within the timeout may see the later verdict.)
    if early {
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("1 of 5 writes are still of unknown outcome"),
            "{}",
            stderr(&o)
        );
        assert_eq!(hung["verdict"], "unknown");
        assert!(summary.contains("may still arrive"), "{summary}");
    }
    // Past the sender's timeout, the unpaid order is evidence enough.
    while sent.elapsed() < Duration::from_secs(9) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let o = reconcile();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = json_of(&o);
    if !early {
        return;
    }
    assert_eq!(
        rows.as_array().unwrap().len(),
        1,
        "only the one left: {rows}"
    );
    assert_eq!(rows[0]["verdict"], "not-happened");
    assert!(
        rows[0]["summary"]
            .as_str()
            .unwrap()
            .ends_with(": the payment did not happen"),
        "{rows}"
    );
    assert!(env.journal().iter().all(|x| x["settled"] == true));
}

#[cfg(unix)]
#[test]
fn a_write_the_sandbox_received_completes_though_its_client_gave_up() {
    let env = Sandboxed::new();
    let slow = serve(&env, 0, &["--latency-ms", "3000"]);
    let o = client(&env, &slow.url)
        .args(["--timeout", "1", "order", "pay", UNPAID, "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("outcome is unknown"), "{}", stderr(&o));
    assert_eq!(
        status_in_state(&state_path(&env), UNPAID).as_deref(),
        Some("WAIT_SELLER_SEND_GOODS"),
        "the payment was applied when it arrived, not when the answer was due"
    );
}

#[test]
fn journal_lines_from_before_intents_still_read_and_settle() {
    let env = Sandboxed::new();
    let p = env.path().join("data/pandapon/journal.jsonl");
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let old = json!({"time": "2026-01-01T00:00:00.000Z", "profile": "sandbox",
        "baseUrl": "http://127.0.0.1:1", "operation": "taobao.order.pay", "method": "POST",
        "path": "/v2/taobao/order/pay", "body": {"orderId": UNPAID},
        "outcome": "unknown: interrupted"});
    let mut elsewhere = old.clone();
    elsewhere["profile"] = json!("work");
    elsewhere["baseUrl"] = json!("https://api.pandapon.com");
    std::fs::write(&p, format!("{old}\n{elsewhere}\n")).unwrap();
    let e = env.journal();
    assert_eq!(e.len(), 2);
    for k in [
        "time",
        "profile",
        "baseUrl",
        "operation",
        "method",
        "path",
        "body",
        "outcome",
    ] {
        assert_eq!(e[0][k], old[k], "{k} as it was");
    }
    assert_eq!(e[0]["about"], json!([{"kind": "order", "id": UNPAID}]));
    let id = e[0]["id"].as_str().unwrap();
    let o = env
        .sandboxed()
        .args(["journal", "reconcile", "ffffffffffff0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no write with id ffffffffffff0"),
        "{}",
        stderr(&o)
    );
    // Every write of unknown outcome: the other profile's cannot be read from here.
    let o = env
        .sandboxed()
        .args(["journal", "reconcile"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("still unknown: recorded for profile work at https://api.pandapon.com"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains(&format!(
            "not-happened\torder {UNPAID}: waiting for payment, as of 20"
        )) && stdout(&o).contains(": the payment did not happen"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("1 of 2 writes are still of unknown outcome"),
        "{}",
        stderr(&o)
    );
    // By a prefix of its id, the sandbox's one alone.
    let o = env
        .sandboxed()
        .args(["journal", "reconcile", &id[..6]])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("already settled: unknown: interrupted; reconciled: order"),
        "{}",
        stdout(&o)
    );
    assert_eq!(env.journal()[0]["resolution"]["verdict"], "not-happened");
}

#[tokio::test]
async fn a_torn_last_line_is_skipped_named_and_the_next_write_still_reads() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "1", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success());
    // A crash in the middle of appending an intent: half a line, no newline.
    let p = env.path().join("data/pandapon/journal.jsonl");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str(r#"{"v":2,"record":"intent","id":"0123456789ab","time":"2026-"#);
    std::fs::write(&p, text).unwrap();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "2", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = env.bare().args(["journal", "--json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let e = json_of(&o);
    let bodies: Vec<&Value> = e.as_array().unwrap().iter().map(|x| &x["body"]).collect();
    assert_eq!(
        bodies,
        [&json!({"orderId": "1"}), &json!({"orderId": "2"})],
        "both writes, the one after the torn line too"
    );
    assert!(
        stderr(&o).contains("journal.jsonl:3: skipped a line that is not a journal entry"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn past_its_size_limit_the_journal_rotates_and_reads_across_every_file() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .bare()
        .env("PANDAPON_JOURNAL_MAX_SIZE", "2KiB")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("journal_max_size\t2 KiB\tvariable PANDAPON_JOURNAL_MAX_SIZE"),
        "{}",
        stdout(&o)
    );
    // Four processes at once, each paying eight orders.
    let ids: Vec<String> = (1..=8).map(|i| i.to_string()).collect();
    let children: Vec<Child> = (0..4)
        .map(|_| {
            let mut c = env.cmd(&s.uri());
            c.env("PANDAPON_JOURNAL_MAX_SIZE", "2KiB");
            let args: Vec<&str> = ["order", "pay", "--yes"]
                .into_iter()
                .chain(ids.iter().map(String::as_str))
                .collect();
            spawn(c, &args)
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let dir = env.path().join("data/pandapon");
    let mut rotated: Vec<u64> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_prefix("journal.")?
                .strip_suffix(".jsonl")?
                .parse()
                .ok()
        })
        .collect();
    rotated.sort();
    // Each file ends near 2 KiB, at most a record or two over when processes append together:
    // 64 records of ~330 bytes fill at least five of them.
    let total: u64 = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(
        rotated.len() as u64 + 1 >= total / (2 * 2048) && rotated.len() >= 4,
        "64 records, {total} bytes, in 2 KiB files: {rotated:?}"
    );
    assert_eq!(rotated, (1..=rotated.len() as u64).collect::<Vec<_>>());
    for n in &rotated {
        let len = std::fs::metadata(dir.join(format!("journal.{n}.jsonl")))
            .unwrap()
            .len();
        // Two processes may both append just before one rotates: at most a record over.
        assert!(len <= 2 * 2048, "journal.{n}.jsonl is {len} bytes");
    }
    let e = env.journal();
    assert_eq!(e.len(), 32, "every write, across every file");
    assert!(
        e.iter().all(|x| x["outcome"]["code"] == 200),
        "each intent found its outcome, wherever it went"
    );
}

/// A server that reads one request whole, says so, and answers only when told: the moment
/// between a write's intent and its outcome, held open.
fn held_server() -> (
    String,
    std::sync::mpsc::Receiver<()>,
    std::sync::mpsc::Sender<()>,
) {
    use std::io::{Read, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let (got_tx, got_rx) = std::sync::mpsc::channel();
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        for stream in l.incoming() {
            let Ok(mut s) = stream else { return };
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let n = s.read(&mut chunk).unwrap_or(0);
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf).to_lowercase();
                if let Some(end) = text.find("\r\n\r\n") {
                    let len: usize = text
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .map_or(0, |v| v.trim().parse().unwrap());
                    if buf.len() >= end + 4 + len {
                        break;
                    }
                }
            }
            let _ = got_tx.send(());
            if go_rx.recv().is_err() {
                return;
            }
            let body = r#"{"requestId":"r1","code":200,"msg":"成功","data":true}"#;
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, got_rx, go_tx)
}

/// The client as a process that file modes bind: as root (a container), it runs as nobody,
/// in an environment handed to nobody.
#[cfg(unix)]
fn unprivileged(env: &Sandboxed, cmd: assert_cmd::Command, args: &[&str]) -> Command {
    use std::os::unix::process::CommandExt;
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    c.env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if unsafe { libc::geteuid() } == 0 {
        std::os::unix::fs::chown(env.path(), Some(65534), Some(65534)).unwrap();
        c.uid(65534).gid(65534);
    }
    c
}

#[cfg(unix)]
fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_journal_that_turns_read_only_after_the_intent_keeps_the_intent_and_says_so() {
    let env = Sandboxed::new();
    let (url, got, go) = held_server();
    let child = unprivileged(&env, env.cmd(&url), &["order", "pay", "7", "--yes"])
        .spawn()
        .unwrap();
    got.recv_timeout(Duration::from_secs(60))
        .expect("the request never arrived");
    // The intent is on disk; now the journal's file system turns read-only.
    let dir = env.path().join("data/pandapon");
    let file = dir.join("journal.jsonl");
    chmod(&file, 0o400);
    chmod(&dir, 0o500);
    go.send(()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "the payment went through: {}",
        stderr(&o)
    );
    let err = stderr(&o);
    assert!(
        err.contains("warning: the outcome of write ")
            && err.contains("could not be recorded in the journal")
            && err.contains("The outcome was: code 200 成功")
            && err.contains("pandapon journal reconcile "),
        "{err}"
    );
    // While it stays read-only, the next write is not sent at all.
    let o = unprivileged(&env, env.cmd(&url), &["order", "pay", "8", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot record the write in the journal")
            && stderr(&o).contains("nothing was sent"),
        "{}",
        stderr(&o)
    );
    assert!(
        got.recv_timeout(Duration::from_millis(200)).is_err(),
        "a write that could not be recorded was sent"
    );
    chmod(&dir, 0o700);
    chmod(&file, 0o600);
    let e = env.journal();
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0]["body"], json!({"orderId": "7"}));
    assert_eq!(e[0]["outcome"], "unknown (no outcome recorded)");
    assert_eq!(e[0]["inFlight"], false);
    assert_eq!(e[0]["settled"], false);
}

/// On a terminal (a pty from util-linux `script`), each write is a heading and its long fields
/// on lines of their own, not a table squeezed past reading.
#[test]
fn on_a_terminal_each_write_is_a_heading_and_its_outcome_below() {
    let env = Sandboxed::new();
    let p = env.path().join("data/pandapon/journal.jsonl");
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let line = json!({"time": "2026-01-01T00:00:00.000Z", "profile": "work",
        "baseUrl": "https://api.pandapon.com", "operation": "taobao.refund.cancel",
        "method": "GET", "path": "/v2/taobao/order/refund/cancel/110000235001", "body": null,
        "outcome": "unknown: no answer from GET https://api.pandapon.com/v2/taobao/order/refund/cancel/110000235001 within 30 s (--timeout)"});
    std::fs::write(&p, format!("{line}\n")).unwrap();
    let screen = |args: &str| {
        let o = Command::new("script")
            .args([
                "-qec",
                &format!(
                    "{} --color never {args}",
                    assert_cmd::cargo::cargo_bin("pandapon").display()
                ),
                "/dev/null",
            ])
            .env_clear()
            .env("HOME", env.path())
            .env("XDG_DATA_HOME", env.path().join("data"))
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TERM", "xterm")
            .env("COLUMNS", "80")
            .env("TZ", "UTC")
            .stdin(Stdio::null())
            .output()
            .expect("util-linux `script` runs the binary on a pty");
        assert!(o.status.success(), "{args}");
        String::from_utf8(o.stdout).unwrap().replace('\r', "")
    };
    let out = screen("journal");
    let id = env.journal()[0]["id"].as_str().unwrap().to_string();
    // At 80 columns the heading breaks between its fields and the outcome continues under
    // itself, the URL whole.
    assert!(
        out.starts_with(&format!(
            "2026-01-01 00:00:00 UTC  {id}  taobao.refund.cancel  refund 110000235001\n(work)\n  outcome      unknown: no answer from GET\n               https://api.pandapon.com/v2/taobao/order/refund/cancel/110000235001\n"
        )),
        "{out}"
    );
    let out = screen("journal unresolved");
    assert!(
        out.contains("\n  settle with  pandapon after-sales show 110000235001\n"),
        "{out}"
    );
}
