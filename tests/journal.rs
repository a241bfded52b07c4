//! The journal of writes: what is recorded, when the outcome is unknown, interruptions,
//! concurrent processes, and `pandapon journal`.

mod common;

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn journal_path(env: &Sandboxed) -> PathBuf {
    env.path()
        .join("data")
        .join("pandapon")
        .join("journal.jsonl")
}

/// The writes, as `journal --json` joins intents and outcomes.
fn entries(env: &Sandboxed) -> Vec<Value> {
    env.journal()
}

#[tokio::test]
async fn a_sent_write_is_one_line_and_a_read_is_none() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/cancel"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"requestId": "r9", "code": 500, "msg": "订单已支付,不能取消", "data": null}),
        ))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!([]))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let before = jiff::Timestamp::now();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "2542285634920880794", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = env
        .cmd(&s.uri())
        .args(["order", "cancel", "7", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let o = env.cmd(&s.uri()).args(["order", "list"]).output().unwrap();
    assert!(o.status.success());

    let e = entries(&env);
    assert_eq!(
        e.len(),
        2,
        "two writes, and the read is not recorded: {e:?}"
    );
    let t: jiff::Timestamp = e[0]["time"].as_str().unwrap().parse().unwrap();
    assert!(e[0]["time"].as_str().unwrap().ends_with('Z'), "UTC");
    assert!(
        t >= before.round(jiff::Unit::Millisecond).unwrap() - jiff::SignedDuration::from_millis(1)
    );
    assert_eq!(e[0]["profile"], "default");
    assert_eq!(e[0]["operation"], "taobao.order.pay");
    assert_eq!(e[0]["method"], "POST");
    assert_eq!(e[0]["path"], "/v2/taobao/order/pay");
    assert_eq!(e[0]["body"], json!({"orderId": "2542285634920880794"}));
    assert_eq!(
        e[0]["outcome"],
        json!({"code": 200, "requestId": "0d1de79d9f4540308d14c558f86cb3da", "msg": "成功"})
    );
    assert_eq!(
        e[1]["outcome"],
        json!({"code": 500, "requestId": "r9", "msg": "订单已支付,不能取消"})
    );
    let text = std::fs::read_to_string(journal_path(&env)).unwrap();
    assert!(!text.contains(SECRET));
    assert!(!text.contains("signature"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(journal_path(&env))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn a_write_that_times_out_is_unknown_exits_5_and_is_not_retried() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!(true)))
                .set_delay(Duration::from_secs(10)),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--timeout", "1", "order", "pay", "42", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    let err = stderr(&o);
    assert!(err.contains("no answer from POST"), "{err}");
    assert!(err.contains("outcome is unknown"), "{err}");
    assert!(err.contains("pandapon order list"), "{err}");
    assert!(err.contains("pandapon journal"), "{err}");
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
    let e = entries(&env);
    assert_eq!(e.len(), 1);
    let outcome = e[0]["outcome"].as_str().unwrap();
    assert!(
        outcome.starts_with("unknown: no answer from POST"),
        "{outcome}"
    );
    assert!(outcome.contains("within 1 s"), "{outcome}");
}

#[tokio::test]
async fn a_5xx_on_a_write_is_sent_once_and_recorded_as_unknown() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/cancel"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "cancel", "9", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
    let e = entries(&env);
    assert_eq!(e[0]["operation"], "taobao.order.cancel");
    assert_eq!(
        e[0]["outcome"],
        "unknown: the server failed (HTTP 503) for POST /v2/taobao/order/cancel"
    );
}

#[test]
fn a_refused_connection_sent_nothing_and_is_recorded_as_not_sent() {
    let env = Sandboxed::new();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["order", "pay", "1", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(!stderr(&o).contains("outcome is unknown"));
    // The intent was on disk before the connection was tried; its outcome says nothing left.
    let e = entries(&env);
    assert_eq!(e.len(), 1, "{e:?}");
    let outcome = e[0]["outcome"].as_str().unwrap();
    assert!(
        outcome.starts_with("not sent: cannot connect to http://127.0.0.1:9"),
        "{outcome}"
    );
    assert_eq!(e[0]["settled"], true);
    let o = env
        .bare()
        .args(["journal", "unresolved", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "[]\n", "nothing to settle");
}

#[cfg(unix)]
#[tokio::test]
async fn ctrl_c_during_a_write_leaves_an_interrupted_entry() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        interrupt_a_write(signal).await;
    }
}

async fn interrupt_a_write(signal: libc::c_int) {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!(true)))
                .set_delay(Duration::from_secs(30)),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let cmd = env.cmd(&s.uri());
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .env_remove("PANDAPON_TIMEOUT")
        .args(["order", "pay", "11", "12", "--yes"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until both requests are in flight.
    let started = Instant::now();
    while s.received_requests().await.unwrap().len() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "requests never arrived"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let killed = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    assert_eq!(killed, 0);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130), "signal {signal}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("interrupted while a write was in flight")
            && err.contains("outcome is unknown"),
        "signal {signal}: {err}"
    );
    let e = entries(&env);
    assert_eq!(e.len(), 2, "{e:?}");
    for x in &e {
        assert_eq!(x["outcome"], "unknown: interrupted");
    }
}

#[tokio::test]
async fn concurrent_processes_append_whole_lines() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let ids: Vec<String> = (1..=8).map(|i| i.to_string()).collect();
    let children: Vec<_> = (0..4)
        .map(|_| {
            let cmd = env.cmd(&s.uri());
            std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
                .envs(
                    cmd.get_envs()
                        .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
                )
                .args(["order", "pay", "--yes"])
                .args(&ids)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    // Every record a whole line (the helper panics on any other), none lost.
    let records = env.journal_records();
    assert_eq!(records.len(), 64, "an intent and an outcome per write");
    let e = entries(&env);
    assert_eq!(e.len(), 32);
    assert!(
        e.iter()
            .all(|x| x["outcome"]["code"] == 200 && x["settled"] == true),
        "each intent joined with its own outcome: {e:?}"
    );
}

#[tokio::test]
async fn the_journal_command_shows_tails_and_prints_json() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    // Nothing yet: success, nothing on stdout.
    let o = env.bare().args(["journal"]).output().unwrap();
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("The journal is empty"),
        "{}",
        stderr(&o)
    );
    let o = env.bare().args(["journal", "--json"]).output().unwrap();
    assert_eq!(stdout(&o), "[]\n");

    for id in ["1", "2", "3"] {
        let o = env
            .cmd(&s.uri())
            .args(["order", "pay", id, "--yes"])
            .output()
            .unwrap();
        assert!(o.status.success());
    }
    // No credentials needed to read it.
    let o = env
        .bare()
        .args(["journal", "--tail", "2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Vec<String>> = stdout(&o)
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(
        rows[0][0].ends_with('Z'),
        "RFC 3339 off a terminal: {:?}",
        rows[0]
    );
    assert_eq!(
        &rows[0][1..7],
        [
            "default",
            "taobao.order.pay",
            "POST /v2/taobao/order/pay",
            "code 200 成功",
            "0d1de79d9f4540308d14c558f86cb3da",
            "order 2",
        ]
    );
    assert_eq!(rows[0][7].len(), 12, "the local id last: {:?}", rows[0]);
    let o = env
        .bare()
        .args(["journal", "--tail", "1", "--json"])
        .output()
        .unwrap();
    let v: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["body"], json!({"orderId": "3"}));
    assert_eq!(v[0]["about"], json!([{"kind": "order", "id": "3"}]));

    // --order keeps the writes about that order; the TSV and JSON agree.
    let o = env
        .bare()
        .args(["journal", "--order", "2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("\torder 2\t"), "{lines:?}");
    let o = env
        .bare()
        .args(["journal", "list", "--order", "2", "--json"])
        .output()
        .unwrap();
    let v: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["body"], json!({"orderId": "2"}));
    let o = env
        .bare()
        .args(["journal", "--order", "99"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("No write about order 99"),
        "{}",
        stderr(&o)
    );

    // A damaged line is skipped with a warning naming it.
    let p = journal_path(&env);
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str("{\"time\": \"2026-\n");
    std::fs::write(&p, text).unwrap();
    let o = env.bare().args(["journal", "--json"]).output().unwrap();
    assert!(o.status.success());
    let v: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.len(), 3);
    assert!(stderr(&o).contains(":7: skipped a line"), "{}", stderr(&o));
}
