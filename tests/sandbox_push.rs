//! The sandbox pushes order messages when its orders and after-sales change, with PandaPon's
//! timing rules: 200 within 1000 ms, up to 5 pushes again, then given up and logged.

mod messages;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use messages::*;
use serde_json::Value;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The binary on the in-process sandbox, pushing to `url`.
fn sandboxed(home: &Path, url: &str) -> Command {
    let mut c = pandapon(home);
    c.env("PANDAPON_SANDBOX", "1")
        .env("PANDAPON_SANDBOX_STATE", home.join("s.json"))
        .env("PANDAPON_SANDBOX_CALLBACK_URL", url);
    c
}

fn json(mut c: Command, args: &[&str]) -> Value {
    let o = c.arg("--json").args(args).output().unwrap();
    assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The messages the app was sent, with their bodies decoded.
fn received(app: &App) -> Vec<(String, i64, Value)> {
    app.seen()
        .iter()
        .map(|s| {
            let v: Value = serde_json::from_str(&s.body).unwrap();
            let body = match &v["messageBody"] {
                Value::String(t) => serde_json::from_str(t).unwrap(),
                other => other.clone(),
            };
            (
                v["messageType"].as_str().unwrap().to_string(),
                v["messagePlatform"].as_i64().unwrap(),
                body,
            )
        })
        .collect()
}

const ADDRESS: &[&str] = &[
    "--address-name",
    "张三",
    "--address-mobile",
    "13800000000",
    "--address-street",
    "文一西路969号",
];

#[test]
fn create_pay_cancel_and_refund_each_push_their_message() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(|_| 200);
    let h = home.path();

    let created = json(
        sandboxed(h, &app.url),
        &[&["cart", "create", "--ids", "384", "--yes"], ADDRESS].concat(),
    );
    let order = created["orderIds"][0]
        .as_str()
        .expect("ids are strings")
        .to_string();
    let got = received(&app);
    let kinds: Vec<&str> = got.iter().map(|(t, ..)| t.as_str()).collect();
    assert_eq!(
        kinds,
        ["ORDER_CREATE", "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"]
    );
    let (_, platform, body) = &got[0];
    assert_eq!(*platform, 0);
    assert_eq!(body["orderId"], order.as_str());
    assert_eq!(
        (body["orderStatus"].as_str(), body["payStatus"].as_i64()),
        (Some("WAIT_BUYER_PAY"), Some(1))
    );
    assert_eq!(body["totalAmount"], 7700);
    assert_eq!(got[1].2["salesOrderId"], order.as_str());
    assert_eq!(got[1].2["purchaseOrderPriceDTO"]["totalAmount"], 7700);

    let o = sandboxed(h, &app.url)
        .args(["order", "pay", &order, "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let (kind, _, body) = received(&app).pop().unwrap();
    assert_eq!(kind, "ORDER_PAY_SUCCESS");
    assert_eq!(
        (body["orderId"].as_str(), body["payStatus"].as_i64()),
        (Some(order.as_str()), Some(2))
    );
    assert_eq!(body["orderStatus"], "WAIT_SELLER_SEND_GOODS");
    assert!(body["payTime"].is_string());

    // A refused write changes nothing and pushes nothing.
    let before = app.seen().len();
    let o = sandboxed(h, &app.url)
        .args(["order", "pay", &order, "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(app.seen().len(), before);

    let other = json(
        sandboxed(h, &app.url),
        &[&["cart", "create", "--ids", "382", "--yes"], ADDRESS].concat(),
    );
    let other = other["orderIds"][0]
        .as_str()
        .expect("ids are strings")
        .to_string();
    let o = sandboxed(h, &app.url)
        .args(["order", "cancel", &other, "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let (kind, _, body) = received(&app).pop().unwrap();
    assert_eq!(kind, "ORDER_CANCEL");
    assert_eq!(
        (body["orderId"].as_str(), body["closeReason"].as_str()),
        (Some(other.as_str()), Some("buyer_cancel"))
    );
    assert_eq!(body["orderStatus"], "TRADE_CLOSED");

    let shown = json(sandboxed(h, &app.url), &["order", "show", &order]);
    let line = shown["subOrders"][0]["subOrderId"]
        .as_str()
        .expect("ids are strings")
        .to_string();
    let submitted = json(
        sandboxed(h, &app.url),
        &[
            "after-sales",
            "submit",
            "--sub-order",
            &line,
            "--type",
            "1",
            "--goods-status",
            "1",
            "--reason",
            "4001",
            "--amount",
            "10",
            "--yes",
        ],
    );
    let refund = submitted["refundId"].as_str().unwrap().to_string();
    let (kind, _, body) = received(&app).pop().unwrap();
    assert_eq!(kind, "ORDER_BUYER_VIEW_ORDER_BUYER_REFUND");
    assert_eq!(
        (
            body["refundId"].as_str(),
            body["orderId"].as_str(),
            body["refundStatus"].as_str(),
            body["refundAmount"].as_i64()
        ),
        (
            Some(refund.as_str()),
            Some(order.as_str()),
            Some("WAIT_SELLER_AGREE"),
            Some(1000)
        )
    );
    // A message to the seller changes nothing a message reports.
    let before = app.seen().len();
    let o = sandboxed(h, &app.url)
        .args([
            "after-sales",
            "message",
            &refund,
            "--text",
            "请尽快处理",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(app.seen().len(), before);
    let o = sandboxed(h, &app.url)
        .args(["after-sales", "cancel", &refund, "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let (kind, _, body) = received(&app).pop().unwrap();
    assert_eq!(
        (kind.as_str(), body["refundStatus"].as_str()),
        ("ORDER_BUYER_VIEW_ORDER_BUYER_REFUND", Some("CLOSED"))
    );

    let log = std::fs::read_to_string(h.join("s.callbacks.jsonl")).unwrap();
    assert_eq!(log.lines().count(), app.seen().len());
    assert!(
        log.lines().all(|l| l.contains(r#""outcome":"delivered""#)),
        "{log}"
    );
}

#[test]
fn the_profile_key_sets_the_callback_url_under_sandbox() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(|_| 200);
    let config = home.path().join("config/pandapon/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!("[profiles.default]\ncallback_url = \"{}\"\n", app.url),
    )
    .unwrap();
    let mut c = pandapon(home.path());
    c.env("PANDAPON_SANDBOX", "1")
        .env("PANDAPON_SANDBOX_STATE", home.path().join("s.json"));
    let o = c
        .args([&["cart", "create", "--ids", "384", "--yes"], ADDRESS].concat())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(received(&app)[0].0, "ORDER_CREATE");
}

/// `sandbox serve` on a free port, and its URL.
fn serve(home: &Path, args: &[&str]) -> (Child, String) {
    let mut child = pandapon(home)
        .args(["--json", "sandbox", "serve", "--port", "0", "--state"])
        .arg(home.join("s.json"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap();
    (child, v["url"].as_str().unwrap().to_string())
}

fn against(home: &Path, url: &str) -> Command {
    let mut c = pandapon(home);
    c.env("PANDAPON_BASE_URL", url)
        .env("PANDAPON_ACCESS_KEY", "sandbox-access-key")
        .env("PANDAPON_ACCESS_SECRET", "sandbox-access-secret")
        .env("PANDAPON_USER_ID", "2100007341207");
    c
}

fn pay_an_unpaid_order(home: &Path, url: &str) -> Duration {
    let list = json(
        against(home, url),
        &["order", "list", "--status", "WAIT_BUYER_PAY"],
    );
    let order = list["data"][0]["orderId"]
        .as_str()
        .expect("ids are strings")
        .to_string();
    let started = Instant::now();
    let o = against(home, url)
        .args(["order", "pay", &order, "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    started.elapsed()
}

fn log(home: &Path) -> Vec<Value> {
    std::fs::read_to_string(home.join("s.callbacks.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_push_answered_500_is_pushed_again_until_200_or_given_up_after_five() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let app = App::start(|n| if n < 2 { 500 } else { 200 });
    let (mut sb, url) = serve(
        h,
        &["--callback-url", &app.url, "--callback-retry-ms", "50"],
    );
    pay_an_unpaid_order(h, &url);
    wait_for("three pushes", 10, || app.seen().len() == 3);
    let bodies: Vec<String> = app.seen().iter().map(|s| s.body.clone()).collect();
    assert!(
        bodies.iter().all(|b| *b == bodies[0]),
        "the same message each time"
    );
    wait_for("the log", 5, || !log(h).is_empty());
    let l = &log(h)[0];
    assert_eq!(
        (
            l["messageType"].as_str(),
            l["attempts"].as_i64(),
            l["outcome"].as_str()
        ),
        (Some("ORDER_PAY_SUCCESS"), Some(3), Some("delivered"))
    );
    let _ = sb.kill();
    let _ = sb.wait();

    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let app = App::start(|_| 500);
    let (mut sb, url) = serve(
        h,
        &["--callback-url", &app.url, "--callback-retry-ms", "20"],
    );
    pay_an_unpaid_order(h, &url);
    wait_for("the give-up", 10, || !log(h).is_empty());
    assert_eq!(app.seen().len(), 6, "the first push and 5 more");
    let l = &log(h)[0];
    assert_eq!(
        (
            l["attempts"].as_i64(),
            l["outcome"].as_str(),
            l["lastError"].as_str()
        ),
        (Some(6), Some("gave up"), Some("HTTP 500"))
    );
    let _ = sb.kill();
    let _ = sb.wait();
}

#[test]
fn a_callback_url_that_never_answers_does_not_hold_up_the_api() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // Connections are queued by the kernel and never answered.
    let hang = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hang_url = format!("http://{}/hook", hang.local_addr().unwrap());
    let (mut sb, url) = serve(
        h,
        &["--callback-url", &hang_url, "--callback-retry-ms", "60000"],
    );
    let took = pay_an_unpaid_order(h, &url);
    assert!(
        took < Duration::from_millis(900),
        "the payment took {took:?}"
    );
    // Stopped before the next push: the message is logged as abandoned, not lost silently.
    // Past the first push's 1000 ms: the message now waits for its next push.
    std::thread::sleep(Duration::from_millis(1100));
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(sb.id() as i32, libc::SIGINT) };
    let status = wait_exit(&mut sb, 10);
    assert!(status.success());
    let l = &log(h)[0];
    assert!(
        l["outcome"].as_str().unwrap().starts_with("abandoned"),
        "{l}"
    );
    assert_eq!(l["lastError"], "no answer within 1000 ms");
    drop(hang);
}
