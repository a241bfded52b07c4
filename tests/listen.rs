//! `pandapon listen` end to end: the real binary, real sockets, its inbox on disk.

mod messages;

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use messages::*;

const XPORT: &str = r#"{"messageType":"ORDER_CREATE","messageBody":"{\"orderId\":\"3305075341149134260\",\"orderNo\":\"PO202605200001\",\"orderStatus\":\"WAITING_FOR_PAYMENT\",\"payStatus\":1,\"totalAmount\":10000,\"shippingFee\":500,\"productAmount\":9500,\"refundAmount\":0,\"refundStatus\":null,\"closeReason\":null,\"tbCreateTime\":\"2026-05-20 15:40:00\",\"payTime\":null}","messagePlatform":1,"timestamp":"1779263269913"}"#;

#[test]
fn each_wrong_request_gets_its_status_is_logged_and_the_listener_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &[], &[]);
    let root = l.url.rsplit_once("/pandapon/").unwrap().0.to_string();

    assert_eq!(
        request(
            "POST",
            &format!("{root}/pandapon/guess"),
            &[],
            XPORT.as_bytes()
        )
        .0,
        404
    );
    assert_eq!(request("PUT", &l.url, &[], XPORT.as_bytes()).0, 405);
    assert_eq!(request("DELETE", &l.url, &[], b"").0, 405);
    let big = vec![b' '; (1 << 20) + 1];
    assert_eq!(request("POST", &l.url, &[], &big).0, 413);
    let (status, why) = l.post(r#"{"messageType":"ORDER_CREATE","messagePlatform":7}"#);
    assert_eq!(status, 400);
    assert!(
        why.contains("messagePlatform must be 0 (Taobao) or 1 (1688), got 7"),
        "{why}"
    );
    assert_eq!(l.post("not json").0, 400);
    // A chunked body over the limit, with no Content-Length to refuse it by.
    let mut s = TcpStream::connect(l.url.split('/').nth(2).unwrap()).unwrap();
    let path = l.url.splitn(4, '/').nth(3).unwrap();
    write!(s, "POST /{path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").unwrap();
    for _ in 0..20 {
        let chunk = vec![b' '; 64 * 1024];
        if write!(s, "{:x}\r\n", chunk.len())
            .and_then(|_| s.write_all(&chunk))
            .and_then(|_| s.write_all(b"\r\n"))
            .is_err()
        {
            break;
        }
    }
    let mut answer = String::new();
    let _ = std::io::Read::read_to_string(&mut s, &mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    // The console's Verify, whatever it sends: answered, logged, not stored.
    assert_eq!(request("GET", &l.url, &[], b"").0, 200);
    assert_eq!(request("HEAD", &l.url, &[], b"").0, 200);
    assert_eq!(l.post("").0, 200);
    assert_eq!(l.post("{}").0, 200);
    // Still serving after all that.
    assert_eq!(l.post(XPORT).0, 200);

    let (status, out, err) = l.stop();
    assert!(status.success(), "{err}");
    for line in [
        "404 for POST /pandapon/guess from 127.0.0.1:",
        "405 for PUT /pandapon/",
        "405 for DELETE /pandapon/",
        "413 for POST /pandapon/",
        "400 for POST /pandapon/",
        "verification ping from 127.0.0.1:",
    ] {
        assert!(err.contains(line), "{line:?} not in\n{err}");
    }
    assert_eq!(err.matches("verification ping from").count(), 4, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(inbox_json(home.path(), &[]).len(), 1);
}

#[test]
fn a_message_is_kept_shown_once_and_its_repeat_marked_a_duplicate() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &[], &[]);
    assert_eq!(l.post(XPORT), (200, "ok\n".to_string()));
    // PandaPon's push again half an hour later: a new timestamp, the body now an object.
    let again = serde_json::json!({
        "messageType": "ORDER_CREATE",
        "messageBody": serde_json::from_str::<serde_json::Value>(
            serde_json::from_str::<serde_json::Value>(XPORT).unwrap()["messageBody"].as_str().unwrap()
        ).unwrap(),
        "messagePlatform": 1,
        "timestamp": "1779265069913",
    });
    assert_eq!(l.post(&again.to_string()).0, 200);
    // An unknown type is received, kept and shown.
    assert_eq!(
        l.post(&message("ORDER_SHIPPED_SOMEDAY", "42", r#","note":"x""#))
            .0,
        200
    );
    wait_for("two lines", 10, || l.stdout().lines().count() == 2);
    let (status, out, err) = l.stop();
    assert!(status.success(), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let f: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(
        &f[1..],
        [
            "1688",
            "ORDER_CREATE",
            "3305075341149134260",
            "-",
            "created, waiting for payment, ¥100.00"
        ]
    );
    assert!(f[0].ends_with('Z'), "{}", f[0]);
    assert!(
        lines[1].contains("ORDER_SHIPPED_SOMEDAY\t42\t-\tunknown type; orderId=42, note=x"),
        "{out}"
    );
    assert!(
        err.contains("message 2: the same as message 1 (PandaPon pushed it again)"),
        "{err}"
    );
    assert!(
        err.contains("Stopped: 3 messages received (1 duplicate); 2 pending"),
        "{err}"
    );

    let inbox = inbox_json(home.path(), &[]);
    assert_eq!(inbox.len(), 3);
    assert_eq!(
        inbox[1]["duplicateOf"], "1",
        "a message id, a string like every id"
    );
    assert_eq!(inbox[0]["id"], "1");
    assert_eq!(inbox[0]["contentKey"], inbox[1]["contentKey"]);
    assert_eq!(inbox[0]["messageBody"]["totalAmount"], 10000);
    let pending = inbox_json(home.path(), &["--pending"]);
    assert_eq!(
        pending
            .iter()
            .map(|r| r["id"].as_str().unwrap().parse::<u64>().unwrap())
            .collect::<Vec<_>>(),
        vec![1, 3]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let inbox = home.path().join("inbox");
        assert_eq!(mode(&inbox), 0o700);
        assert_eq!(mode(&inbox.join("messages.jsonl")), 0o600);
    }
}

#[test]
fn json_prints_one_object_per_line_and_events_filter_what_is_shown_not_kept() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(
        home.path(),
        &["--json"],
        &["--events", "order_pay_success,ORDER_CANCEL"],
    );
    l.post(&message("ORDER_CREATE", "1", ""));
    l.post(&message("ORDER_PAY_SUCCESS", "1", r#","totalAmount":2500"#));
    l.post(&message(
        "ORDER_CANCEL",
        "2",
        r#","closeReason":"buyer_cancel""#,
    ));
    wait_for("two lines", 10, || l.stdout().lines().count() == 2);
    let (_, out, err) = l.stop();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{out}\n{err}");
    assert_eq!(lines[0]["messageType"], "ORDER_PAY_SUCCESS");
    assert_eq!(lines[0]["summary"], "paid, ¥25.00");
    assert_eq!(lines[0]["platform"], "1688");
    assert_eq!(lines[0]["orderId"], "1");
    assert_eq!(lines[1]["summary"], "cancelled (buyer_cancel)");
    assert_eq!(inbox_json(home.path(), &[]).len(), 3, "everything is kept");
    assert_eq!(
        inbox_json(home.path(), &["--type", "ORDER_CREATE"]).len(),
        1
    );
}

#[test]
fn forwarding_waits_for_the_app_keeps_each_orders_order_and_records_acceptance() {
    let home = tempfile::tempdir().unwrap();
    let port = free_port();
    let target = format!("http://127.0.0.1:{port}/hook");
    let l = Listener::start(home.path(), &[], &["--forward-to", &target]);
    // The app is down: every message is still acknowledged at once.
    let create = message("ORDER_CREATE", "7", "");
    let pay = message("ORDER_PAY_SUCCESS", "7", "");
    let other = message("ORDER_CREATE", "8", "");
    for m in [&create, &pay, &other] {
        let started = std::time::Instant::now();
        assert_eq!(l.post(m).0, 200);
        assert!(started.elapsed() < Duration::from_millis(1000));
    }
    wait_for("a refusal", 10, || l.stderr().contains("is not reachable"));
    // The app comes up on its port.
    let app = App::on(TcpListener::bind(("127.0.0.1", port)).unwrap(), |_| 200);
    wait_for("three deliveries", 20, || app.seen().len() == 3);
    let seen = app.seen();
    let order7: Vec<&str> = seen
        .iter()
        .filter(|s| s.body.contains(r#""orderId":"7""#))
        .map(|s| s.headers["x-pandapon-message-type"].as_str())
        .collect();
    assert_eq!(order7, vec!["ORDER_CREATE", "ORDER_PAY_SUCCESS"]);
    let first = seen
        .iter()
        .find(|s| s.body == create)
        .expect("the original body, byte for byte");
    assert_eq!(first.headers["content-type"], "application/json");
    assert_eq!(first.headers["x-pandapon-delivery-id"].len(), 32);
    assert_eq!(first.path, "/hook");
    wait_for("acceptances logged", 10, || {
        l.stderr().matches("accepted by").count() == 3
    });
    let (_, _, err) = l.stop();
    assert!(err.contains("Stopped: 3 messages received."), "{err}");
    assert!(inbox_json(home.path(), &["--pending"]).is_empty());
}

#[test]
fn a_message_the_app_never_accepts_stays_pending() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(|_| 503);
    let l = Listener::start(home.path(), &[], &["--forward-to", &app.url]);
    l.post(&message("ORDER_PAY_SUCCESS", "9", ""));
    wait_for("a refusal", 10, || l.stderr().contains("answered HTTP 503"));
    let (status, _, err) = l.stop();
    assert!(status.success());
    assert!(
        err.contains("1 pending in the inbox (pandapon inbox replay --pending --to URL)"),
        "{err}"
    );
    assert_eq!(inbox_json(home.path(), &["--pending"]).len(), 1);
}

#[test]
fn exec_runs_the_command_with_the_message_on_stdin() {
    let home = tempfile::tempdir().unwrap();
    let got = home.path().join("got");
    let cmd = format!(
        "cat >> '{0}'; echo \" $PANDAPON_MESSAGE_TYPE $PANDAPON_ORDER_ID $PANDAPON_INBOX_ID\" >> '{0}'; echo handled",
        got.display()
    );
    let l = Listener::start(home.path(), &[], &["--exec", &cmd]);
    let m = message("ORDER_CANCEL", "55", "");
    l.post(&m);
    wait_for("the command", 10, || {
        l.stderr().contains("accepted by exec:")
    });
    // A command that fails does not accept the message.
    let (_, _, err) = l.stop();
    assert_eq!(
        std::fs::read_to_string(&got).unwrap(),
        format!("{m} ORDER_CANCEL 55 1\n")
    );
    assert!(err.contains("Stopped: 1 message received."), "{err}");
    assert!(
        err.contains("\n  | handled\n"),
        "what the command printed is shown: {err}"
    );

    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &[], &["--exec", "echo broken >&2; exit 3"]);
    l.post(&m);
    wait_for("a refusal", 10, || {
        l.stderr().contains("exited with status 3: broken")
    });
    l.stop();
    assert_eq!(inbox_json(home.path(), &["--pending"]).len(), 1);
}

#[test]
fn ctrl_c_answers_the_request_in_flight_and_leaves_a_consistent_inbox() {
    let home = tempfile::tempdir().unwrap();
    let mut l = Listener::start(home.path(), &[], &[]);
    l.post(&message("ORDER_CREATE", "1", ""));
    // A request half sent when Ctrl-C comes.
    let m = message("ORDER_PAY_SUCCESS", "1", "");
    let (head, tail) = m.split_at(20);
    let mut s = TcpStream::connect(l.url.split('/').nth(2).unwrap()).unwrap();
    let path = l.url.splitn(4, '/').nth(3).unwrap();
    write!(
        s,
        "POST /{path} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{head}",
        m.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    l.signal(libc::SIGINT);
    std::thread::sleep(Duration::from_millis(100));
    s.write_all(tail.as_bytes()).unwrap();
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut s, &mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let status = wait_exit(&mut l.child, 20);
    assert!(status.success(), "exit {status}");
    wait_for("the last words", 5, || {
        l.stderr().contains("Stopped: 2 messages received")
    });
    assert!(
        !home.path().join("inbox/listen.json").exists(),
        "the URL for trigger is gone"
    );
    // No new connection is taken once stopped.
    assert!(TcpStream::connect(l.url.split('/').nth(2).unwrap()).is_err());
    let o = pandapon(home.path())
        .args(["inbox", "list", "--inbox"])
        .arg(home.path().join("inbox"))
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2);
}

#[test]
fn a_second_listener_on_the_same_inbox_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let _l = Listener::start(home.path(), &[], &[]);
    let o = pandapon(home.path())
        .args(["listen", "--port", "0", "--inbox"])
        .arg(home.path().join("inbox"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("another `pandapon listen` is using the inbox")
    );
}

#[test]
fn a_listener_killed_mid_burst_kept_every_message_it_acknowledged() {
    use std::sync::{Arc, Mutex};
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &[], &[]);
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let senders: Vec<_> = (0..8)
        .map(|t| {
            let (url, acked) = (l.url.clone(), acked.clone());
            std::thread::spawn(move || {
                for i in 0..200 {
                    let order = format!("{t}{i:05}");
                    let m = message("ORDER_PAY_SUCCESS", &order, "");
                    match try_request("POST", &url, &[], m.as_bytes()) {
                        Some((200, _)) => acked.lock().unwrap().push(order),
                        Some(_) => {}
                        None => return,
                    }
                }
            })
        })
        .collect();
    wait_for("a burst under way", 30, || {
        acked.lock().unwrap().len() >= 200
    });
    l.signal(libc::SIGKILL);
    for s in senders {
        s.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() < 1600, "the kill came after the burst");
    let kept: std::collections::HashSet<String> = inbox_json(home.path(), &[])
        .iter()
        .map(|r| r["orderId"].as_str().unwrap().to_string())
        .collect();
    let lost: Vec<&String> = acked.iter().filter(|o| !kept.contains(*o)).collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged but not kept: {lost:?}",
        lost.len()
    );
    // A new listener takes the inbox over, a half-written record or not.
    let l = Listener::start(home.path(), &[], &[]);
    assert_eq!(l.post(&message("ORDER_CREATE", "after", "")).0, 200);
    let (status, _, err) = l.stop();
    assert!(status.success(), "{err}");
}

/// The sender writes a message's type and ids: a control character in the type must not make
/// its delivery impossible (and hold back every later message of its order), and a line break
/// in an order id must not forge a second line on stdout.
#[test]
fn hostile_types_and_ids_neither_stall_deliveries_nor_forge_lines() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(|_| 200);
    let l = Listener::start(home.path(), &[], &["--forward-to", &app.url]);
    // JSON escapes: the message is valid, its text is not.
    let odd = message("ORDER\\u0001CREATE", "7", "");
    let forged = message(
        "ORDER_CANCEL",
        "111\\n2026-11-30T00:00:00Z\\t1688\\tORDER_PAY_SUCCESS\\t7",
        "",
    );
    let pay = message("ORDER_PAY_SUCCESS", "7", "");
    for m in [&odd, &forged, &pay] {
        assert_eq!(l.post(m).0, 200);
    }
    wait_for("three deliveries", 20, || app.seen().len() == 3);
    let types: Vec<String> = app
        .seen()
        .iter()
        .map(|s| s.headers["x-pandapon-message-type"].clone())
        .collect();
    assert!(types.contains(&"ORDER%01CREATE".to_string()), "{types:?}");
    assert!(
        types.contains(&"ORDER_PAY_SUCCESS".to_string()),
        "{types:?}"
    );
    let (_, out, _) = l.stop();
    assert_eq!(out.lines().count(), 3, "one line per message: {out}");
    assert!(
        out.lines().all(|l| l.split('\t').count() == 6),
        "six columns each: {out}"
    );
}
