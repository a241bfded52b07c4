//! A signal in the middle of a batch of writes (issue 17, item 4) or of a single one (item 11):
//! exit 130, every id accounted for on stderr (and in the `--json` document), the journal
//! holding what may have happened.

mod common;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Order 1 never answers; every other id is paid at once.
async fn one_hangs() -> MockServer {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .and(body_partial_json(json!({"orderId": "1"})))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!(true)))
                .set_delay(Duration::from_secs(60)),
        )
        .with_priority(1)
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    s
}

fn start(env: &Sandboxed, url: &str, args: &[&str]) -> Child {
    let cmd = env.cmd(url);
    std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .env("PANDAPON_TIMEOUT", "120")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for `n` requests, and a moment more for the quick answers to be read.
async fn wait_for_requests(s: &MockServer, n: usize) {
    let started = Instant::now();
    while s.received_requests().await.unwrap().len() < n {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "requests never arrived"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
}

fn signal(child: &Child, sig: libc::c_int) {
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, sig) }, 0);
}

/// The journal's writes, intents joined with their outcomes.
fn journal(env: &Sandboxed) -> Vec<Value> {
    env.journal()
}

/// `order pay 1 2 4` with 1 hanging: 2 and 4 were paid, and the screen says so.
#[tokio::test]
async fn an_interrupted_batch_says_what_it_did_and_what_is_unknown() {
    for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let s = one_hangs().await;
        let env = Sandboxed::new();
        let child = start(&env, &s.uri(), &["order", "pay", "1", "2", "4", "--yes"]);
        wait_for_requests(&s, 3).await;
        signal(&child, sig);
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(130), "signal {sig}");
        let err = stderr(&o);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines[..4],
            [
                "Order 2: paid.",
                "Order 4: paid.",
                "Interrupted. Orders succeeded: 2, 4; in flight, outcome unknown: 1.",
                "error: interrupted while a write was in flight",
            ],
            "signal {sig}: {err}"
        );
        assert!(err.contains("The outcome is unknown"), "{err}");
        assert_eq!(stdout(&o), "");
        let mut outcomes: Vec<(String, Value)> = journal(&env)
            .iter()
            .map(|e| {
                (
                    e["body"]["orderId"].as_str().unwrap().to_string(),
                    e["outcome"].clone(),
                )
            })
            .collect();
        outcomes.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(outcomes.len(), 3, "{outcomes:?}");
        assert_eq!(outcomes[0], ("1".into(), json!("unknown: interrupted")));
        assert_eq!(outcomes[1].1["code"], 200);
        assert_eq!(outcomes[2].1["code"], 200);
    }
}

/// With `--json`, the interrupted batch still ends as one document listing every id; those
/// never started are "not sent".
#[tokio::test]
async fn an_interrupted_batch_prints_one_json_document() {
    let s = one_hangs().await;
    let env = Sandboxed::new();
    let child = start(
        &env,
        &s.uri(),
        &[
            "--json",
            "--concurrency",
            "2",
            "order",
            "pay",
            "1",
            "2",
            "4",
            "5",
            "--yes",
        ],
    );
    wait_for_requests(&s, 2).await;
    signal(&child, libc::SIGINT);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130));
    let v: Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {:?}", stdout(&o)));
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["1", "2", "4", "5"]);
    assert_eq!(v[0]["error"]["outcome"], "unknown");
    assert_eq!(v[0]["error"]["exitCode"], 130);
    assert_eq!(v[1], json!({"id": "2", "data": true}));
    assert_eq!(v[2]["error"]["outcome"], "not sent");
    assert_eq!(v[3]["error"]["outcome"], "not sent");
    let err = stderr(&o);
    assert!(
        err.contains(
            "Interrupted. Orders succeeded: 2; in flight, outcome unknown: 1; not sent: 4, 5."
        ),
        "{err}"
    );
    assert_eq!(
        s.received_requests().await.unwrap().len(),
        2,
        "4 and 5 never left"
    );
    assert_eq!(journal(&env).len(), 2);
}

/// SIGHUP (a closed terminal) in the middle of a single write: exit 130, the write journaled
/// as of unknown outcome.
#[tokio::test]
async fn sighup_during_a_write_exits_130_and_journals_it() {
    let s = one_hangs().await;
    let env = Sandboxed::new();
    let child = start(&env, &s.uri(), &["order", "pay", "1", "--yes"]);
    wait_for_requests(&s, 1).await;
    signal(&child, libc::SIGHUP);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130));
    let err = stderr(&o);
    assert!(
        err.starts_with("Interrupted. Orders in flight, outcome unknown: 1.\nerror: interrupted while a write was in flight"),
        "{err}"
    );
    let j = journal(&env);
    assert_eq!(j.len(), 1);
    assert_eq!(j[0]["outcome"], "unknown: interrupted");
    assert_eq!(j[0]["body"]["orderId"], "1");
}
