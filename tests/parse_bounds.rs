//! Memory amplification (issue 17, item 9): an answer's JSON values are counted before it is
//! parsed, so a dense answer (`[0,0,...]`, 50 times its size once parsed) is refused, and the
//! pages of a walk share the budget; real answers, 10,000 orders in one, still parse.

mod common;

use std::io::Read;
use std::process::{Command, Output, Stdio};

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIST: &str = "/v2/taobao/order/page";

/// An envelope whose page holds `n` zeros (about 2n bytes), `totalPage` pages in all.
fn dense_page(n: usize, total_pages: u32) -> Vec<u8> {
    let mut b = format!(r#"{{"code":200,"msg":"ok","data":{{"totalPage":{total_pages},"data":["#)
        .into_bytes();
    b.extend(std::iter::repeat_n(&b"0,"[..], n - 1).flatten());
    b.extend_from_slice(b"0]}}");
    b
}

/// Runs `cmd` to the end and returns its output and its own peak resident memory in MiB
/// (wait4 on its pid: no other child of this test binary counts).
#[allow(clippy::zombie_processes)] // reaped by wait4, which std does not know of
fn run_measured(mut cmd: Command) -> (Output, i64) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let o = std::thread::spawn(move || {
        let mut v = Vec::new();
        out.read_to_end(&mut v).unwrap();
        v
    });
    let e = std::thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).unwrap();
        v
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    use std::os::unix::process::ExitStatusExt;
    let output = Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: o.join().unwrap(),
        stderr: e.join().unwrap(),
    };
    (output, usage.ru_maxrss / 1024)
}

fn std_command(env: &Sandboxed, url: &str) -> Command {
    let cmd = env.cmd(url);
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c
}

/// Four pages of `[0,0,...]` just under the 16 MiB answer limit: before, 790 MB for one and
/// 1.5 GB for `--all`; now refused before parsing, in the memory of the body alone.
#[tokio::test]
async fn a_dense_answer_is_refused_before_it_is_parsed() {
    let s = MockServer::start().await;
    let body = dense_page((16 << 20) / 2 - 64, 4);
    let len = body.len();
    assert!(len < 16 << 20);
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    for args in [
        &["--json", "order", "list"][..],
        &["--json", "order", "list", "--all"],
    ] {
        let mut c = std_command(&env, &s.uri());
        c.args(args);
        let (o, peak_mb) = run_measured(c);
        assert_eq!(o.status.code(), Some(5), "{args:?}: {}", stderr(&o));
        let says = format!(
            "JSON values in {len} bytes, more than the 1048576 pandapon parses at once; refusing it"
        );
        assert!(stderr(&o).contains(&says), "{}", stderr(&o));
        assert_eq!(stdout(&o), "");
        assert!(peak_mb < 96, "{args:?}: peak memory {peak_mb} MB");
    }
}

/// The pages a walk holds at once share the budget: eight pages in flight get an eighth each.
#[tokio::test]
async fn the_pages_of_a_walk_share_the_parse_budget() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .and(body_partial_json(json!({"pageNo": 1})))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(dense_page(10, 9), "application/json"),
        )
        .with_priority(1)
        .mount(&s)
        .await;
    // 200,000 values: within an answer's whole budget, beyond an eighth of it.
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(dense_page(200_000, 9), "application/json"),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--json", "--concurrency", "8", "order", "list", "--all"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("more than the 131072 pandapon parses at once"),
        "{}",
        stderr(&o)
    );
    let o = env
        .cmd(&s.uri())
        .args(["--json", "--concurrency", "1", "order", "list", "--all"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 10 + 8 * 200_000);
}

/// A real answer at the size the limit was chosen for: 10,000 of the sandbox's orders (about
/// 10 MB, 660,000 values) in one answer, as JSON and as a table.
#[tokio::test]
async fn ten_thousand_orders_in_one_answer_still_parse() {
    let seed = Shop::new().json(&["order", "list", "--page-size", "100"]);
    let seed = seed["data"].as_array().unwrap().clone();
    let orders: Vec<Value> = (0..10_000u64)
        .map(|i| {
            let mut o = seed[i as usize % seed.len()].clone();
            o["orderId"] = json!(3305075341149010310u64 + i);
            o
        })
        .collect();
    let orders = Value::Array(orders);
    let mut body = br#"{"code":200,"msg":"ok","data":{"totalPage":1,"data":"#.to_vec();
    body.extend_from_slice(&serde_json::to_vec(&orders).unwrap());
    body.extend_from_slice(b"}}");
    assert!(body.len() > 8 << 20, "{} bytes", body.len());
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--json", "order", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(got["data"] == orders, "the orders came back changed");
    let o = env.cmd(&s.uri()).args(["order", "list"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 10_000);
}

/// `--input` is counted the same way: a dense body is refused before it is parsed.
#[test]
fn a_dense_input_body_is_refused() {
    let env = Sandboxed::new();
    let f = env.path().join("body.json");
    let mut text = String::from(r#"{"lines":["#);
    text.push_str(&"0,".repeat(1_100_000));
    text.push_str("0]}");
    std::fs::write(&f, text).unwrap();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["order", "render", "--input"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "holds about 1100004 values, more than the 1048576 pandapon parses; nothing was sent"
        ),
        "{}",
        stderr(&o)
    );
}
