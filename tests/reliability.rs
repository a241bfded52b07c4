//! The fault matrix (RELIABILITY.md): each fault the sandbox (or a socket) can produce, on a
//! read and on a write, gives the documented exit code, a message a person can act on, no
//! panic, and nothing half-written on stdout.

mod common;

use std::process::{Command as StdCommand, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;

const READ: &[&str] = &["cart", "list"];
const WRITE: &[&str] = &["cart", "edit", "382", "--quantity", "2"];

fn with_fault(env: &Sandboxed, fault: &str, args: &[&str]) -> Output {
    env.sandboxed()
        .env("PANDAPON_SANDBOX_FAULTS", fault)
        .args(["--json"])
        .args(args)
        .output()
        .unwrap()
}

/// The outcomes the journal recorded, oldest first.
fn journal_outcomes(env: &Sandboxed) -> Vec<String> {
    env.journal_records()
        .iter()
        .filter(|v| v["record"] == "outcome")
        .map(|v| match &v["outcome"] {
            serde_json::Value::String(s) => s.clone(),
            o => format!("code {}", o["code"]),
        })
        .collect()
}

/// What every failure shares: the code, no panic, and with --json an empty stdout.
fn assert_failure(o: &Output, code: i32, needle: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(code), "{e}");
    assert!(e.contains(needle), "expected {needle:?} in: {e}");
    assert!(!e.contains("panick"), "{e}");
    assert_eq!(stdout(o), "", "nothing on stdout");
}

#[test]
fn server_errors_on_reads_are_retried_then_exit_5() {
    let env = Sandboxed::new();
    for (fault, needle) in [
        ("taobao.cart.list=500", "the server failed (HTTP 500"),
        ("taobao.cart.list=502", "the server failed (HTTP 502"),
        ("taobao.cart.list=503", "the server failed (HTTP 503"),
        ("taobao.cart.list=429", "rate limiting requests (HTTP 429)"),
    ] {
        let o = with_fault(&env, fault, &["-v", "cart", "list"]);
        assert_failure(&o, 5, needle);
        assert_eq!(
            stderr(&o).matches("retrying in").count(),
            2,
            "{fault}: two retries"
        );
        assert!(
            !stderr(&o).contains("outcome is unknown"),
            "a read changes nothing"
        );
    }
}

#[test]
fn a_read_that_recovers_succeeds() {
    let env = Sandboxed::new();
    let o = with_fault(&env, "taobao.cart.list=503*2", READ);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with('{'));
}

#[test]
fn server_errors_on_writes_are_not_retried_and_the_outcome_is_unknown() {
    let env = Sandboxed::new();
    for (n, fault) in ["500", "502", "503", "429"].iter().enumerate() {
        let o = with_fault(
            &env,
            &format!("taobao.cart.edit={fault}"),
            &["-v", "cart", "edit", "382", "--quantity", "2"],
        );
        assert_failure(&o, 5, "outcome is unknown");
        assert!(
            !stderr(&o).contains("retrying"),
            "{fault}: a write is sent once"
        );
        let j = journal_outcomes(&env);
        assert_eq!(j.len(), n + 1, "one journal line per write sent");
        assert!(j[n].starts_with("unknown: "), "{fault}: {j:?}");
    }
}

#[test]
fn broken_answers_exit_5_with_what_was_wrong() {
    let env = Sandboxed::new();
    for (fault, needle) in [
        ("html", "HTML instead of JSON"),
        ("truncate", "cut short"),
        ("reset", "broke before the answer was complete"),
        ("not-envelope", "not a PandaPon envelope"),
    ] {
        for args in [READ, WRITE] {
            let op = if args == READ {
                "taobao.cart.list"
            } else {
                "taobao.cart.edit"
            };
            let o = with_fault(&env, &format!("{op}={fault}"), args);
            assert_failure(&o, 5, needle);
            assert_eq!(
                stderr(&o).contains("outcome is unknown"),
                args == WRITE,
                "{fault} {args:?}"
            );
            if args == WRITE {
                let j = journal_outcomes(&env);
                assert!(j.last().unwrap().starts_with("unknown: "), "{fault}: {j:?}");
            }
        }
    }
}

#[test]
fn data_of_the_wrong_types_is_named_not_misprinted() {
    let env = Sandboxed::new();
    let o = env
        .sandboxed()
        .env("PANDAPON_SANDBOX_FAULTS", "taobao.cart.preview=bad-types")
        .args(["cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("unexpected response: data.totalRealPayPrice should be a money object"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");

    // Every table view of a documented (or id-keyed) record: a blank or `true` row is never
    // printed in its place. Views of undocumented shapes print the fields as sent instead.
    for (args, says) in [
        (
            &["cart", "list"][..],
            "data.data[0].id should be a cart item id, got true",
        ),
        (
            &["order", "list"][..],
            "data[0].orderId should be an order id, got true",
        ),
        (
            &["order", "list", "--all"][..],
            "data[0].orderId should be an order id, got true",
        ),
        (
            &["after-sales", "list"][..],
            "data[0].refundId should be an after-sales id, got nothing",
        ),
        (
            &["after-sales", "show", "110000235001"][..],
            "data should be an after-sales detail",
        ),
        (
            &[
                "after-sales",
                "render",
                "--sub-order",
                "3305075341149006186",
                "--type",
                "1",
                "--goods-status",
                "1",
            ][..],
            "data should hold refundOrderTemplate",
        ),
        (
            &["after-sales", "messages", "110000235001"][..],
            "data[0] has none of the fields of a message",
        ),
        (
            &["address", "list"][..],
            "data[0] has none of the fields of an address",
        ),
    ] {
        let o = env
            .sandboxed()
            .env("PANDAPON_SANDBOX_FAULTS", "*=bad-types")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(5), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!("unexpected response: {says}")),
            "{args:?}: {}",
            stderr(&o)
        );
        assert_eq!(stdout(&o), "", "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_50_mb_answer_is_refused_in_bounded_memory() {
    let env = Sandboxed::new();
    let child = StdCommand::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .env("HOME", env.path())
        .env("PANDAPON_SANDBOX", "1")
        .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"))
        .env("PANDAPON_SANDBOX_FAULTS", "taobao.cart.list=huge")
        .args(["--json", "cart", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = child.wait_with_output().unwrap();
    // The largest peak of any child this test binary has reaped: an upper bound for this one.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_failure(&o, 5, "larger than 16 MiB; refusing to read it");
    let peak_mb = usage.ru_maxrss / 1024;
    assert!(peak_mb < 64, "peak memory {peak_mb} MB");
}

#[test]
fn a_server_that_never_answers_ends_within_a_second_of_the_timeout() {
    let env = Sandboxed::new();
    for (op, args) in [("taobao.cart.list", READ), ("taobao.cart.edit", WRITE)] {
        let started = Instant::now();
        let o = env
            .sandboxed()
            .env("PANDAPON_SANDBOX_FAULTS", format!("{op}=hang"))
            .args(["--json", "--timeout", "1.5"])
            .args(args)
            .output()
            .unwrap();
        let took = started.elapsed();
        assert_failure(&o, 5, "within 1.5 s (--timeout)");
        assert!(
            took >= Duration::from_millis(1500) && took < Duration::from_millis(2500),
            "{op}: {took:?}"
        );
        if args == WRITE {
            let j = journal_outcomes(&env);
            assert_eq!(j.len(), 1, "{j:?}");
            assert!(
                j[0].starts_with("unknown: no answer from POST")
                    && j[0].ends_with("within 1.5 s (--timeout)"),
                "{j:?}"
            );
        }
    }
}

#[test]
fn an_unresolvable_host_exits_5() {
    let env = Sandboxed::new();
    let o = env
        .cmd("https://no-such-host.invalid")
        .args(["--json", "--timeout", "5", "cart", "list"])
        .output()
        .unwrap();
    assert_failure(&o, 5, "cannot resolve the host \"no-such-host.invalid\"");
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_a_request_exits_130_without_a_panic() {
    let env = Sandboxed::new();
    let child = StdCommand::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .env("HOME", env.path())
        .env("PANDAPON_SANDBOX", "1")
        .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"))
        .env("PANDAPON_SANDBOX_FAULTS", "taobao.cart.list=hang")
        .args(["cart", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130), "{}", stderr(&o));
    assert_eq!(stderr(&o), "error: interrupted\n");
    assert_eq!(stdout(&o), "");
}

/// A raw socket server for what no HTTP server library will do: close at once, or speak
/// something that is not HTTP. Answers every connection with `reply` and hangs up.
fn raw_server(reply: &'static [u8]) -> String {
    use std::io::{Read, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut s in l.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(reply);
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_connection_closed_without_an_answer_exits_5() {
    let env = Sandboxed::new();
    let url = raw_server(b"");
    let o = env
        .cmd(&url)
        .args(["--json", "cart", "list"])
        .output()
        .unwrap();
    assert_failure(&o, 5, "broke before the answer was complete");
    let o = env
        .cmd(&url)
        .args(["--json", "cart", "edit", "382", "--quantity", "2"])
        .output()
        .unwrap();
    assert_failure(&o, 5, "outcome is unknown");
}

#[test]
fn an_answer_that_is_not_http_exits_5() {
    let env = Sandboxed::new();
    let url = raw_server(b"SSH-2.0-OpenSSH_9.2\r\n");
    let o = env
        .cmd(&url)
        .args(["--json", "cart", "list"])
        .output()
        .unwrap();
    assert_failure(
        &o,
        5,
        "did not answer in HTTP (invalid HTTP version parsed); is the base URL right?",
    );
}

#[tokio::test]
async fn an_answer_over_the_size_limit_is_not_asked_for_again() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(vec![b' '; 17 << 20], "application/json"),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(READ).output().unwrap();
    assert_failure(&o, 5, "larger than 16 MiB; refusing to read it");
    assert_eq!(
        s.received_requests().await.unwrap().len(),
        1,
        "the same request would bring the same answer"
    );
}

/// A port whose accept queue is full: the kernel drops further SYNs, so a connection to it
/// never opens (as behind a firewall that drops packets). The streams keep the queue full.
#[cfg(target_os = "linux")]
fn a_port_that_never_connects() -> (std::net::TcpListener, Vec<std::net::TcpStream>, String) {
    use std::os::fd::AsRawFd;
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    assert_eq!(unsafe { libc::listen(l.as_raw_fd(), 0) }, 0);
    let addr = l.local_addr().unwrap();
    let mut held = Vec::new();
    while let Ok(c) = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
        held.push(c);
        assert!(held.len() < 16, "the accept queue does not fill");
    }
    (l, held, format!("http://{addr}"))
}

#[cfg(target_os = "linux")]
#[test]
fn a_write_that_never_connected_is_reported_as_not_sent() {
    let (_l, _held, url) = a_port_that_never_connects();
    let env = Sandboxed::new();
    let started = Instant::now();
    let o = env
        .cmd(&url)
        .args(["--timeout", "1.5"])
        .args(WRITE)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_failure(&o, 5, "cannot connect to");
    assert!(!stderr(&o).contains("outcome is unknown"), "{}", stderr(&o));
    let j = journal_outcomes(&env);
    assert!(
        j.len() == 1 && j[0].starts_with("not sent: cannot connect"),
        "nothing was sent: {j:?}"
    );
    assert!(took < Duration::from_millis(2500), "{took:?}");
}
