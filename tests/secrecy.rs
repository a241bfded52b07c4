//! The access secret never reaches stdout or stderr, in any mode, on success or failure.

mod common;

use common::*;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn assert_no_secret(label: &str, o: &std::process::Output) {
    for (stream, text) in [("stdout", stdout(o)), ("stderr", stderr(o))] {
        assert!(
            !text.contains(SECRET),
            "{label}: the secret is in {stream}:\n{text}"
        );
    }
}

#[tokio::test]
async fn the_secret_appears_in_no_mode() {
    let good = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/confirm/order"))
        .respond_with(ResponseTemplate::new(200).set_body_string(SEED_PREVIEW))
        .mount(&good)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        // A server that echoes the secret back must not get it printed either.
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!([{"id": 1, "quantity": 1, "itemTitle": SECRET}]))),
        )
        .mount(&good)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/detail"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(
            json!({"orderId": 1, "orderStatus": SECRET, "subOrders": [{"itemTitle": SECRET}]}),
        )))
        .mount(&good)
        .await;
    // A walk's pages: `--json` copies them from the answer's text, not through the encoder.
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "totalPage": 2,
            "data": [{"orderId": 1, "orderStatus": "TRADE_FINISHED", "shopName": SECRET}],
        }))))
        .with_priority(1)
        .mount(&good)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({"echo": SECRET}))))
        .mount(&good)
        .await;
    let failing = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"code": 401, "msg": format!("bad signature for secret {SECRET}")}),
        ))
        .mount(&failing)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_string(SECRET))
        .mount(&failing)
        .await;

    let env = Sandboxed::new();
    let modes: &[&[&str]] = &[
        &[],
        &["--json"],
        &["--debug"],
        &["-v"],
        &["--dry-run"],
        &["--dry-run", "--json"],
        &["--debug", "--json"],
    ];
    let commands: &[&[&str]] = &[
        &["cart", "preview", "--ids", "382"],
        &["cart", "list"],
        &[
            "cart",
            "create",
            "--ids",
            "382",
            "--yes",
            "--address-name",
            "a",
            "--address-mobile",
            "13800000000",
            "--address-street",
            "s",
        ],
        &["config", "show"],
        &["order", "list"],
        &["order", "list", "--all"],
        &["order", "list", "--all", "--json-lines"],
        &["order", "show", "1", "2"],
        &["order", "pay", "1", "2", "--yes"],
        &["order", "cancel", "1", "--yes", "--reason", SECRET],
        &[
            "order",
            "create",
            "--item",
            "1:2:3",
            "--yes",
            "--address-name",
            "a",
            "--address-mobile",
            "13800000000",
            "--address-street",
            "s",
        ],
        &["order", "im-link", "1"],
        &["goods", "show", "1", "2"],
        &["goods", "search", SECRET],
        &["--platform", "1688", "goods", "hot"],
        &["after-sales", "show", "1"],
        &[
            "after-sales",
            "submit",
            "--sub-order",
            "1",
            "--type",
            "1",
            "--goods-status",
            "1",
            "--reason",
            "1",
            "--amount",
            "1",
            "--yes",
        ],
        &["after-sales", "cancel", "1", "--yes"],
        &["after-sales", "message", "1", "--text", SECRET],
        &[
            "address",
            "set",
            "--name",
            "a",
            "--phone",
            "13800000000",
            "--address",
            "s",
            "--yes",
        ],
        &[
            "freight",
            "estimate",
            "--item",
            "1",
            "--sku",
            "2",
            "--quantity",
            "1",
            "--price",
            "1",
            "--to-country",
            "US",
        ],
        &[
            "freight",
            "book",
            "--render-id",
            "R",
            "--item",
            "1:2:1:1",
            "--to-country",
            "US",
            "--yes",
        ],
        &["journal"],
        &["journal", "unresolved"],
        &["journal", "reconcile"],
    ];
    for server in [&good, &failing] {
        for mode in modes {
            for cmd in commands {
                let o = env
                    .cmd(&server.uri())
                    .args(*mode)
                    .args(*cmd)
                    .output()
                    .unwrap();
                assert_no_secret(&format!("{mode:?} {cmd:?}"), &o);
            }
        }
    }
    // The journal holds every write sent above (intents and outcomes), the failing server's
    // echoes included.
    let journal = std::fs::read_to_string(env.path().join("data/pandapon/journal.jsonl")).unwrap();
    assert!(journal.contains("\"record\":\"intent\""), "{journal}");
    assert!(journal.lines().count() > 20, "{journal}");
    assert!(
        !journal.contains(SECRET),
        "the secret is in the journal:\n{journal}"
    );
    assert!(
        journal.contains("\"refundMessage\":\"********\""),
        "{journal}"
    );
    let o = env.bare().args(["journal", "--json"]).output().unwrap();
    assert_no_secret("journal --json", &o);

    // The secret from a profile file, a malformed file, and a wrong flag.
    env.write_config(&format!(
        "[profiles.default]\naccess_key = \"{KEY}\"\naccess_secret = \"{SECRET}\"\nuser_id = \"{USER}\"\n"
    ));
    for args in [
        vec!["config", "show"],
        vec!["--debug", "cart", "list"],
        vec!["--json", "config", "show"],
    ] {
        let o = env
            .bare()
            .env("PANDAPON_BASE_URL", good.uri())
            .args(&args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_no_secret(&format!("profile {args:?}"), &o);
    }
    env.write_config(&format!(
        "[profiles.default]\naccess_secret = \"{SECRET}\"\ntimeout = \"{SECRET}\"\n"
    ));
    let o = env.bare().args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_no_secret("malformed profile", &o);
}

#[tokio::test]
async fn debug_shows_the_signed_string_with_the_secret_masked() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!([]))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--debug", "cart", "list"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let e = stderr(&o);
    let line = e
        .lines()
        .find(|l| l.starts_with("> string to sign: "))
        .expect(&e);
    assert!(
        line.starts_with(&format!("> string to sign: {KEY}")),
        "{line}"
    );
    assert!(line.ends_with("********"), "{line}");
    assert!(e.contains("> signature: ********"), "{e}");
    let req = &s.received_requests().await.unwrap()[0];
    let sig = req.headers.get("signature").unwrap().to_str().unwrap();
    assert!(!e.contains(sig), "the real signature is masked too");
}

/// Answers with a page that quotes the request's signature (from `sign=` in the query, or
/// the `signature` header), as a proxy's error page quoting the URL would.
struct EchoSignature {
    status: u16,
    envelope: bool,
}

impl wiremock::Respond for EchoSignature {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let sig = req
            .url
            .query_pairs()
            .find(|(k, _)| k == "sign")
            .map(|(_, v)| v.into_owned())
            .or_else(|| {
                req.headers
                    .get("signature")
                    .map(|v| v.to_str().unwrap().to_string())
            })
            .expect("the request is signed");
        let r = ResponseTemplate::new(self.status);
        if self.envelope {
            r.set_body_json(
                json!({"code": 500, "msg": format!("bad request sign={sig}"), "requestId": sig}),
            )
        } else {
            r.set_body_raw(
                format!(
                    "<html><body>Bad request: POST {}?sign={sig}</body></html>",
                    req.url.path()
                ),
                "text/html",
            )
        }
    }
}

#[tokio::test]
async fn a_signature_echoed_by_the_server_is_masked_in_messages_and_the_journal() {
    let args = [
        "freight",
        "domestic",
        "--order",
        "1024285237573584051",
        "--tmall-order",
        "3305075341149134260",
        "--item",
        "600126245031041190:5016042822039:2",
        "--tracking",
        "SF1234521212678",
        "--company",
        "顺丰",
        "--shipped-at",
        "2025-08-04T21:22:14Z",
        "--yes",
    ];
    for (status, envelope) in [(200, false), (502, false), (200, true)] {
        let s = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(EchoSignature { status, envelope })
            .mount(&s)
            .await;
        let env = Sandboxed::new();
        let o = env
            .cmd(&s.uri())
            .arg("--debug")
            .args(args)
            .output()
            .unwrap();
        let req = &s.received_requests().await.unwrap()[0];
        let sig = req.headers.get("signature").unwrap().to_str().unwrap();
        let journal = std::fs::read_to_string(env.path().join("data/pandapon/journal.jsonl"))
            .unwrap_or_default();
        let label = format!("HTTP {status}, envelope {envelope}");
        assert!(!journal.is_empty(), "{label}: the write is journaled");
        // The intent names what was signed (the nonce and timestamp), never the signature.
        let nonce = req.headers.get("nonce-str").unwrap().to_str().unwrap();
        let ts = req.headers.get("timestamp").unwrap().to_str().unwrap();
        assert!(
            journal.contains(&format!("\"nonce\":\"{nonce}\",\"timestamp\":\"{ts}\"")),
            "{label}: {journal}"
        );
        for (what, text) in [("stderr", stderr(&o)), ("journal", journal)] {
            assert!(
                !text.contains(sig),
                "{label}: the signature is in the {what}:\n{text}"
            );
        }
        assert_no_secret(&label, &o);
    }
}

#[tokio::test]
async fn reconcile_records_neither_the_secret_nor_a_signature_a_read_echoes() {
    // A payment whose answer never says what happened (503), then a detail read that quotes
    // the secret and the request's signature in its error message.
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/detail"))
        .respond_with(EchoSecretAndSignature)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "42", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    for mode in [&[][..], &["--json"], &["--debug"]] {
        let o = env
            .cmd(&s.uri())
            .args(mode)
            .args(["journal", "reconcile"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_no_secret(&format!("reconcile {mode:?}"), &o);
    }
    let reqs = s.received_requests().await.unwrap();
    let sigs: Vec<String> = reqs
        .iter()
        .map(|r| {
            r.headers
                .get("signature")
                .unwrap()
                .to_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let journal = std::fs::read_to_string(env.path().join("data/pandapon/journal.jsonl")).unwrap();
    assert_eq!(
        journal.matches("\"record\":\"resolution\"").count(),
        3,
        "each reconcile recorded what it read: {journal}"
    );
    assert!(journal.contains("the read answered code 500"), "{journal}");
    assert!(!journal.contains(SECRET), "{journal}");
    for sig in sigs {
        assert!(
            !journal.contains(&sig),
            "a signature is in the journal: {journal}"
        );
    }
}

/// An error envelope quoting the secret and the request's own signature.
struct EchoSecretAndSignature;

impl wiremock::Respond for EchoSecretAndSignature {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let sig = req.headers.get("signature").unwrap().to_str().unwrap();
        ResponseTemplate::new(200).set_body_json(json!({
            "code": 500,
            "msg": format!("cannot read order: secret {SECRET}, sign={sig}"),
            "requestId": "r1"
        }))
    }
}
