//! `pandapon inbox list|show|replay` on an inbox a real listener wrote.

mod messages;

use std::path::Path;

use messages::*;

/// An inbox with three messages: two of order 7, one of order 8.
fn filled(home: &Path) {
    let l = Listener::start(home, &[], &[]);
    for m in [
        message("ORDER_CREATE", "7", r#","totalAmount":10000"#),
        message("ORDER_PAY_SUCCESS", "7", r#","totalAmount":10000"#),
        message("ORDER_CREATE", "8", ""),
    ] {
        assert_eq!(l.post(&m).0, 200);
    }
    l.stop();
}

fn inbox(home: &Path, args: &[&str]) -> std::process::Output {
    pandapon(home)
        .args(["inbox"])
        .args(args)
        .arg("--inbox")
        .arg(home.join("inbox"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn list_filters_and_show_tells_everything() {
    let home = tempfile::tempdir().unwrap();
    filled(home.path());
    let o = inbox(home.path(), &["list"]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!(rows[1][0], "2");
    assert_eq!(
        &rows[1][3..],
        ["ORDER_PAY_SUCCESS", "7", "-", "pending", "paid, ¥100.00"]
    );

    assert_eq!(
        inbox_json(home.path(), &["--type", "order_create"]).len(),
        2
    );
    assert_eq!(inbox_json(home.path(), &["--since", "2000-01-01"]).len(), 3);
    assert!(inbox_json(home.path(), &["--since", "2999-01-01"]).is_empty());
    let o = inbox(home.path(), &["list", "--since", "2999-01-01"]);
    assert!(
        text(&o.stderr).contains("No messages that match in the inbox"),
        "{}",
        text(&o.stderr)
    );

    let o = inbox(home.path(), &["show", "2"]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    for want in [
        "Message 2  pending",
        "Type        ORDER_PAY_SUCCESS (an order was paid)",
        "Platform    1688",
        "Order       7",
        "messageBody (sent as an object):",
        "\"totalAmount\": 10000",
    ] {
        assert!(out.contains(want), "{want:?} not in\n{out}");
    }
    let o = pandapon(home.path())
        .args(["--json", "inbox", "show", "2", "--inbox"])
        .arg(home.path().join("inbox"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["messageBody"]["orderId"], "7");
    assert_eq!(v["deliveries"], serde_json::json!([]));

    let o = inbox(home.path(), &["show", "99"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("there is no message 99 in the inbox"));
}

#[test]
fn replay_posts_again_and_what_was_accepted_stops_being_pending() {
    let home = tempfile::tempdir().unwrap();
    filled(home.path());
    // The app refuses the first message it is sent: order 7's payment must wait for it.
    let app = App::start(|n| if n == 0 { 500 } else { 200 });
    let o = inbox(home.path(), &["replay", "--pending", "--to", &app.url]);
    assert_eq!(o.status.code(), Some(5), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("message 1: ") && err.contains("answered HTTP 500"),
        "{err}"
    );
    assert!(
        err.contains("held back: an earlier message of order 7 was not accepted"),
        "{err}"
    );
    assert!(err.contains("2 of 3 messages failed"), "{err}");
    let seen = app.seen();
    assert_eq!(seen.len(), 2, "message 2 was not sent");
    assert_eq!(seen[1].headers["x-pandapon-message-type"], "ORDER_CREATE");
    assert_eq!(seen[1].headers["x-pandapon-inbox-id"], "3");
    let pending: Vec<u64> = inbox_json(home.path(), &["--pending"])
        .iter()
        .map(|r| r["id"].as_str().unwrap().parse::<u64>().unwrap())
        .collect();
    assert_eq!(pending, vec![1, 2]);

    let o = inbox(home.path(), &["replay", "--pending", "--to", &app.url]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(inbox_json(home.path(), &["--pending"]).is_empty());
    // By id, delivered or not.
    let o = inbox(home.path(), &["replay", "1", "--to", &app.url]);
    assert!(o.status.success());
    assert_eq!(app.seen().len(), 5);
    let o = inbox(home.path(), &["show", "1"]);
    assert_eq!(
        text(&o.stdout).matches("Accepted    ").count(),
        2,
        "{}",
        text(&o.stdout)
    );

    let o = inbox(home.path(), &["replay", "--to", &app.url]);
    assert_eq!(o.status.code(), Some(2), "ids or --pending");
}

#[test]
fn a_torn_record_is_skipped_with_a_warning_that_names_it() {
    let home = tempfile::tempdir().unwrap();
    filled(home.path());
    let path = home.path().join("inbox/messages.jsonl");
    // What a kill in the middle of the fourth record's write leaves: its first half where it
    // was going, over the zeros the log keeps ahead of its records.
    let bytes = std::fs::read(&path).unwrap();
    let end = bytes.iter().rposition(|&b| b != 0).unwrap() + 1;
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    std::os::unix::fs::FileExt::write_all_at(
        &f,
        br#"{"id":4,"receivedAt":"2026-11-30T01:56:15.165Z","from":"127.0.0.1:1","contentTy"#,
        end as u64,
    )
    .unwrap();
    let o = inbox(home.path(), &["list"]);
    assert!(o.status.success());
    assert_eq!(text(&o.stdout).lines().count(), 3);
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "{}:4: skipped a half-written record",
            path.display()
        )),
        "{err}"
    );
    // The next listener starts its records on a line of their own, after the torn one.
    let l = Listener::start(home.path(), &[], &[]);
    wait_for("the warning", 5, || {
        l.stderr().contains("skipped a half-written record")
    });
    assert_eq!(l.post(&message("ORDER_CANCEL", "8", "")).0, 200);
    l.stop();
    let all = inbox_json(home.path(), &[]);
    assert_eq!(all.len(), 4);
    assert_eq!(all[3]["id"], "4", "ids are strings in --json");
    assert_eq!(all[3]["messageType"], "ORDER_CANCEL");
}
