//! What a hostile server, network or file system can do, and what pandapon does about it
//! (RELIABILITY.md, "Threats"). Each test here failed before its fix.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering(m: &str, p: &str, r: ResponseTemplate) -> MockServer {
    let s = MockServer::start().await;
    Mock::given(method(m))
        .and(path(p))
        .respond_with(r)
        .mount(&s)
        .await;
    s
}

/// No raw escape, C1 or bidi control character: the terminal cannot be driven by the server.
fn assert_inert(label: &str, text: &str) {
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "{label}: raw {c:?} reached the terminal:\n{text:?}");
    }
}

const ERASE: &str = "\u{1b}[1A\u{1b}[2K";

#[tokio::test]
async fn an_error_message_cannot_erase_the_lines_above_it() {
    let s = answering(
        "POST",
        "/v2/taobao/order/pay",
        ResponseTemplate::new(200).set_body_json(json!({
            "code": 500, "requestId": format!("r1{ERASE}"),
            "msg": format!("余额不足{ERASE}\u{1b}]8;;http://evil.example\u{7}pay here\u{1b}]8;;\u{7}")
        })),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "3305075341149010310", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert_inert("stderr", &e);
    assert!(
        e.contains("余额不足\\x1b[1A\\x1b[2K\\x1b]8;;http://evil.example\\x07pay here"),
        "{e}"
    );
    assert!(e.contains("requestId r1\\x1b[1A"), "{e}");
}

#[tokio::test]
async fn titles_and_shop_names_are_shown_escaped_and_json_stays_exact() {
    let mut data = seed_data();
    data["confirmOrders"][0]["shopName"] = json!(format!("小淘男装\u{1b}]0;pwned\u{7}"));
    data["confirmOrders"][0]["cartItemInfos"][0]["itemTitle"] =
        json!(format!("衬衫\u{202e}gpj.exe{ERASE}"));
    let s = answering(
        "POST",
        "/v2/taobao/cart/confirm/order",
        ResponseTemplate::new(200).set_body_json(ok(data.clone())),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_inert("stdout", &out);
    assert!(out.contains("小淘男装\\x1b]0;pwned\\x07"), "{out}");
    assert!(out.contains("衬衫\\u{202e}gpj.exe\\x1b[1A"), "{out}");

    let o = env
        .cmd(&s.uri())
        .args(["--json", "cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v, data, "--json is the data exactly");
    assert_inert("--json", &stdout(&o));
}

/// A secret with characters JSON escapes: its escaped form must not slip through `--json`
/// or `--debug`, and the JSON must stay valid.
#[tokio::test]
async fn a_secret_is_masked_in_every_form_and_json_stays_valid() {
    let secret = "se\"cr\\et\tvalue-0123456789";
    let escaped = r#"se\"cr\\et\tvalue-0123456789"#;
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200).set_body_json(ok(json!([
            {"id": 3305075341149010310u64, "quantity": 1, "itemTitle": format!("echo {secret}")}
        ]))),
    )
    .await;
    let env = Sandboxed::new();
    for mode in [&["--json"][..], &["--debug"], &[]] {
        let o = env
            .cmd(&s.uri())
            .env("PANDAPON_ACCESS_SECRET", secret)
            .args(mode)
            .args(["cart", "list"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{mode:?}: {}", stderr(&o));
        for text in [stdout(&o), stderr(&o)] {
            assert!(!text.contains(secret), "{mode:?}: {text}");
            assert!(!text.contains(escaped), "{mode:?}: {text}");
        }
        if mode == ["--json"] {
            let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
            assert_eq!(v[0]["itemTitle"], "echo ********");
            assert_eq!(v[0]["id"].to_string(), "3305075341149010310");
        }
    }
}

#[tokio::test]
async fn a_short_secret_is_refused_before_anything_is_sent() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .env("PANDAPON_ACCESS_SECRET", "order")
        .args(["order", "show", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(e.contains("is 5 characters long"), "{e}");
    assert!(
        e.contains("order 1") || !e.contains("********"),
        "nothing masked: {e}"
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

/// Under --sandbox a profile's short secret is not used, and must not be masked out of ids.
#[test]
fn a_short_profile_secret_does_not_corrupt_sandbox_output() {
    let shop = Shop::new();
    shop.env.write_config(
        "[profiles.default]\naccess_key = \"k\"\naccess_secret = \"3305\"\nuser_id = \"u\"\n",
    );
    let json = shop.ok(&["--json", "order", "list"]);
    let v: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let first = v["data"][0]["orderId"].to_string();
    assert!(first.starts_with("3305"), "{first}");
    let tsv = shop.ok(&["order", "list"]);
    assert!(tsv.lines().all(|l| l.starts_with("3305")), "{tsv}");
}
