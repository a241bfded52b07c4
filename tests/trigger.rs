//! `pandapon trigger`: each type, to a local receiver and to a running `listen`.

mod messages;

use messages::*;
use serde_json::Value;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn every_type_is_a_message_with_the_documented_fields() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(|_| 200);
    let o = pandapon(home.path())
        .args(["--json", "trigger", "--list"])
        .output()
        .unwrap();
    let types: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(types.len(), 6);
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    for t in &types {
        let name = t["type"].as_str().unwrap();
        let platform = t["platforms"][t["platforms"].as_array().unwrap().len() - 1]
            .as_str()
            .unwrap();
        let o = pandapon(home.path())
            .args([
                "--json",
                "--platform",
                platform,
                "trigger",
                name,
                "--to",
                &app.url,
                "--order",
                "3305075341149000042",
            ])
            .output()
            .unwrap();
        assert!(o.status.success(), "{name}: {}", text(&o.stderr));
        let answer: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(answer["status"], 200);
        let sent: Value = serde_json::from_str(&app.seen().last().unwrap().body).unwrap();
        assert_eq!(sent, answer["message"]);
        assert_eq!(sent["messageType"], name);
        assert_eq!(
            sent["messagePlatform"],
            if platform == "1688" { 1 } else { 0 }
        );
        let ts: u128 = sent["timestamp"].as_str().unwrap().parse().unwrap();
        assert!(ts >= before && ts < before + 60_000, "{ts}");
        let body = sent["messageBody"].as_object().unwrap();
        let order_field = if name.starts_with("TAOBAO_") {
            "salesOrderId"
        } else {
            "orderId"
        };
        assert_eq!(body[order_field], "3305075341149000042", "{name}");
        match name {
            "ORDER_PAY_SUCCESS" => assert_eq!(
                (body["orderStatus"].as_str(), body["payStatus"].as_i64()),
                (Some("WAITING_FOR_SENT"), Some(2))
            ),
            "ORDER_CANCEL" => assert_eq!(body["closeReason"], "buyer_cancel"),
            "ORDER_BUYER_VIEW_ORDER_BUYER_REFUND" => {
                assert!(body["refundId"].as_str().unwrap().starts_with("TQ"))
            }
            "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY" => {
                assert!(body["subOrders"][0]["product_amount"].is_string());
                assert!(body["purchaseOrderPriceDTO"].is_object());
            }
            _ => assert!(body["totalAmount"].is_i64()),
        }
    }
    let o = pandapon(home.path())
        .args(["trigger", "ORDER_CREATE", "--string-body", "--to", &app.url])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(
        text(&o.stderr)
            .starts_with("Sent ORDER_CREATE (taobao, messagePlatform 0, order 3305075341149"),
        "{}",
        text(&o.stderr)
    );
    let sent: Value = serde_json::from_str(&app.seen().last().unwrap().body).unwrap();
    assert!(
        sent["messageBody"]
            .as_str()
            .unwrap()
            .starts_with("{\"orderId\"")
    );
}

#[test]
fn it_finds_the_running_listener_of_the_inbox() {
    let home = tempfile::tempdir().unwrap();
    let inbox = home.path().join("inbox");
    let trigger = |args: &[&str]| {
        pandapon(home.path())
            .arg("trigger")
            .args(args)
            .arg("--inbox")
            .arg(&inbox)
            .output()
            .unwrap()
    };
    let o = trigger(&["ORDER_CREATE"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("no `pandapon listen` is running for the inbox"),
        "{}",
        text(&o.stderr)
    );

    let l = Listener::start(home.path(), &[], &[]);
    for t in ["ORDER_CREATE", "order_pay_success"] {
        let o = trigger(&[t, "--order", "77"]);
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    wait_for("two lines", 10, || l.stdout().lines().count() == 2);
    let (_, out, _) = l.stop();
    assert!(
        out.lines()
            .all(|l| l.contains("\ttaobao\tORDER_") && l.contains("\t77\t")),
        "{out}"
    );
    // Stopped: no listener to find.
    assert_eq!(trigger(&["ORDER_CREATE"]).status.code(), Some(2));
}

#[test]
fn refusals_are_errors_with_their_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| pandapon(home.path()).args(args).output().unwrap();
    let o = run(&["trigger", "ORDER_SHIPPED", "--to", "http://127.0.0.1:9/x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr)
            .contains("known types: TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY, ORDER_CREATE")
    );
    let o = run(&[
        "--platform",
        "1688",
        "trigger",
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        "--to",
        "http://127.0.0.1:9/x",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr)
            .contains("is a taobao message, and the platform is 1688 (from flag --platform)"),
        "{}",
        text(&o.stderr)
    );
    // PandaPon counts only 200 as received.
    let app = App::start(|_| 500);
    let o = run(&["trigger", "ORDER_CREATE", "--to", &app.url]);
    assert_eq!(o.status.code(), Some(5));
    assert!(text(&o.stderr).contains("answered HTTP 500: PandaPon counts only 200 as received"));
    let o = run(&[
        "trigger",
        "ORDER_CREATE",
        "--to",
        &format!("http://127.0.0.1:{}/x", free_port()),
    ]);
    assert_eq!(o.status.code(), Some(5));
}
