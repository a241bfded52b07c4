//! `pandapon api`: against a mock server (method, path, query, body, signature; a write
//! journaled and never retried, a safe read retried), and `--paginate` against the sandbox.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const BIG: &str = "3305075341149134260";

/// The journal's writes, intents joined with their outcomes (`journal --json`).
fn journal(env: &Sandboxed) -> Vec<Value> {
    env.journal()
}

async fn answer(s: &MockServer, m: &str, p: &str, status: u16, body: Value) {
    Mock::given(method(m))
        .and(path(p))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(s)
        .await;
}

async fn requests(s: &MockServer) -> Vec<Request> {
    s.received_requests().await.unwrap()
}

#[tokio::test]
async fn an_operation_key_uses_its_method_path_and_query_and_prints_data_with_string_ids() {
    let s = MockServer::start().await;
    let data: Value = serde_json::from_str(&format!(
        r#"{{"orderId": {BIG}, "totalAmount": 3990, "orderStatus": "WAIT_BUYER_PAY"}}"#
    ))
    .unwrap();
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/detail"))
        .and(query_param("orderId", BIG))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "api",
            "taobao.order.get",
            "--query",
            &format!("orderId={BIG}"),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "{{\"orderId\":\"{BIG}\",\"totalAmount\":3990,\"orderStatus\":\"WAIT_BUYER_PAY\"}}\n"
        )
    );
    let r = requests(&s).await;
    assert_eq!(r.len(), 1);
    assert_signed(&r[0]);
    assert!(r[0].body.is_empty(), "a GET carries no body");
    assert!(journal(&env).is_empty(), "a safe read is not journaled");
}

#[tokio::test]
async fn typed_fields_make_the_body_of_a_write_which_is_journaled_and_sent_once() {
    let s = MockServer::start().await;
    answer(&s, "POST", "/v2/taobao/order/cancel", 200, ok(json!(true))).await;
    let env = Sandboxed::new();
    let reason = env.path().join("reason.txt");
    std::fs::write(&reason, "不想要了").unwrap();
    let o = env
        .cmd(&s.uri())
        .args([
            "api",
            "taobao.order.cancel",
            "-F",
            &format!("orderId={BIG}"),
            "-F",
            &format!("reason=@{}", reason.display()),
            "-F",
            "force=true",
            "-F",
            "note=null",
            "-F",
            "lines=[1,2]",
            "-f",
            "code=007",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "true\n");
    let r = requests(&s).await;
    assert_eq!(r.len(), 1);
    assert_signed(&r[0]);
    assert_eq!(
        String::from_utf8(r[0].body.clone()).unwrap(),
        format!(
            r#"{{"code":"007","orderId":{BIG},"reason":"不想要了","force":true,"note":null,"lines":[1,2]}}"#
        ),
        "the id is sent as typed (a number, every digit), the rest as given"
    );
    let j = journal(&env);
    assert_eq!(j.len(), 1, "{j:?}");
    assert_eq!(j[0]["operation"], "taobao.order.cancel");
    assert_eq!(j[0]["path"], "/v2/taobao/order/cancel");
}

#[tokio::test]
async fn a_write_that_fails_is_not_retried_and_a_safe_read_is() {
    let s = MockServer::start().await;
    answer(&s, "POST", "/v2/taobao/order/pay", 503, json!({})).await;
    answer(&s, "POST", "/v2/taobao/order/page", 503, json!({})).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["api", "taobao.order.pay", "-F", "orderIds=[1]"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("outcome is unknown"), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(requests(&s).await.len(), 1, "a write is sent once");
    let j = journal(&env);
    assert_eq!(j.len(), 1);
    assert_eq!(j[0]["operation"], "taobao.order.pay");

    let o = env
        .cmd(&s.uri())
        .args(["api", "taobao.order.list", "-F", "pageNo=1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(
        requests(&s).await.len(),
        1 + 3,
        "a safe read is tried three times"
    );
    assert_eq!(journal(&env).len(), 1, "and not journaled");
}

#[tokio::test]
async fn a_path_outside_the_catalogue_is_posted_with_fields_journaled_and_never_retried() {
    let s = MockServer::start().await;
    answer(&s, "POST", "/v2/taobao/new/thing", 500, json!({})).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["api", "/v2/taobao/new/thing?x=1", "-F", "a=1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let r = requests(&s).await;
    assert_eq!(r.len(), 1, "not a known safe read: sent once");
    assert_signed(&r[0]);
    assert_eq!(r[0].url.query(), Some("x=1"));
    assert_eq!(body_json(&r[0]), json!({"a": 1}));
    let j = journal(&env);
    assert_eq!((j.len(), j[0]["operation"].as_str()), (1, Some("api")));

    // A path the catalogue knows is that operation: a safe read, retried, not journaled.
    answer(
        &s,
        "GET",
        "/v2/taobao/order/detail",
        200,
        ok(json!({"orderId": 1})),
    )
    .await;
    let o = env
        .cmd(&s.uri())
        .args(["api", "/v2/taobao/order/detail", "--query", "orderId=1"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "{\"orderId\":\"1\"}\n");
    assert_eq!(journal(&env).len(), 1);
}

#[tokio::test]
async fn placeholders_are_filled_from_fields_and_a_state_changing_get_is_journaled() {
    let s = MockServer::start().await;
    answer(
        &s,
        "GET",
        "/v2/taobao/order/refund/cancel/110000235001",
        200,
        ok(Value::Null),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["api", "taobao.refund.cancel", "-f", "refundId=110000235001"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "null\n");
    let r = requests(&s).await;
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].url.query(),
        None,
        "the field filled the path, not the query"
    );
    assert_eq!(journal(&env)[0]["operation"], "taobao.refund.cancel");
}

#[tokio::test]
async fn input_is_the_body_and_fields_then_go_to_the_query() {
    let s = MockServer::start().await;
    answer(&s, "POST", "/v2/open/address/list", 200, ok(json!([]))).await;
    let env = Sandboxed::new();
    let body = env.path().join("body.json");
    std::fs::write(&body, r#"{"pageNo": 1, "kind": "all"}"#).unwrap();
    let o = env
        .cmd(&s.uri())
        .args(["api", "address.list", "--input"])
        .arg(&body)
        .args(["-f", "lang=en"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let r = requests(&s).await;
    assert_eq!(body_json(&r[0]), json!({"pageNo": 1, "kind": "all"}));
    assert_eq!(r[0].url.query(), Some("lang=en"));
}

#[tokio::test]
async fn include_prints_status_headers_and_the_whole_envelope() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/open/address/list"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-trace", "abc")
                .set_body_json(ok(json!([{"id": 1}]))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["api", "address.list", "-i"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let (head, body) = out.split_once("\n\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200 OK\n"), "{head}");
    assert!(head.contains("\nx-trace: abc"), "{head}");
    let env_json: Value = serde_json::from_str(body).unwrap();
    assert_eq!(env_json["code"], 200);
    assert_eq!(env_json["developId"], "1110890638347337996");
    assert_eq!(env_json["data"], json!([{"id": "1"}]));
}

#[tokio::test]
async fn api_errors_exit_like_every_command() {
    let s = MockServer::start().await;
    answer(
        &s,
        "GET",
        "/v2/taobao/order/detail",
        200,
        json!({"code": 404, "msg": "order 9 does not exist", "requestId": "r1"}),
    )
    .await;
    answer(
        &s,
        "POST",
        "/v2/taobao/order/page",
        200,
        json!({"code": 401, "msg": "signature mismatch", "requestId": "r2"}),
    )
    .await;
    let env = Sandboxed::new();
    let run = |args: &[&str]| env.cmd(&s.uri()).args(args).output().unwrap();
    let o = run(&["api", "taobao.order.get", "--query", "orderId=9"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("order 9 does not exist (code 404, requestId r1)"));
    let o = run(&["api", "taobao.order.list"]);
    assert_eq!(o.status.code(), Some(4));
    let o = run(&["api", "/v2/nowhere"]);
    assert_eq!(o.status.code(), Some(1), "wiremock's 404: {}", stderr(&o));
    assert!(
        stderr(&o).contains("not in pandapon's catalogue"),
        "{}",
        stderr(&o)
    );
    let down = Sandboxed::new()
        .cmd("http://127.0.0.1:9")
        .args(["api", "taobao.order.list"])
        .output()
        .unwrap();
    assert_eq!(down.status.code(), Some(5));
}

#[tokio::test]
async fn bad_input_sends_nothing() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    for args in [
        &["api", "taobao.order.get", "-F", "orderId"][..],
        &[
            "api",
            "taobao.order.list",
            "-F",
            "remark=@/nonexistent/file",
        ],
        &["api", "taobao.order.gt"],
        &["api", "v2/taobao/order/detail"],
        &["api", "taobao.order.get", "--paginate"],
        &["api", "/v2/unknown/list", "--paginate"],
        &["api", "taobao.order.list", "-F", "lines=[1,"],
        &["api", "taobao.order.list", "-X", "PUT"],
        &["api", "taobao.refund.cancel"],
        &["api", "taobao.order.list", "--paginate", "-F", "pageSize=0"],
        &["order", "list", "--jq", ".[0"],
    ] {
        let o = env.cmd(&s.uri()).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{args:?}");
    }
    assert!(requests(&s).await.is_empty());
}

#[test]
fn paginate_walks_every_page_into_one_array() {
    let shop = Shop::new();
    // Body-paged (a POST) and query-paged (a GET), at small pages so there are several.
    let orders = shop.json(&["api", "taobao.order.list", "-F", "pageSize=2", "--paginate"]);
    let listed = shop.json(&["order", "list", "--all"]);
    assert_eq!(orders.as_array().unwrap().len(), 5, "{orders}");
    assert_eq!(&orders, &listed);
    let cart = shop.json(&["api", "taobao.cart.list", "-F", "pageSize=2", "--paginate"]);
    let items = shop.json(&["cart", "list", "--all"]);
    assert!(cart.as_array().unwrap().len() > 2, "{cart}");
    assert_eq!(&cart, &items);
    let first = shop.ok(&["api", "taobao.cart.list", "--paginate", "--jq", ".[0].id"]);
    assert_eq!(first, "382\n");
}

#[test]
fn every_operation_a_command_names_is_listed_with_its_command() {
    let shop = Shop::new();
    let list = shop.json(&["api", "--list"]);
    let rows = list.as_array().unwrap();
    // The catalogue whole: every key once, with its command when one uses it.
    let mut named = Vec::new();
    collect_keys(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands"),
        &mut named,
    );
    assert!(named.len() > 20, "{named:?}");
    for key in &named {
        let row = rows
            .iter()
            .find(|r| r["key"] == key.as_str())
            .unwrap_or_else(|| panic!("{key} is named by a command but not in `api --list`"));
        assert!(
            row["command"].is_string(),
            "{key}: a command sends it; add it to USED_BY in src/commands/api/list.rs"
        );
    }
    let text = shop.ok(&["api", "--list"]);
    assert!(
        text.contains("taobao.refund.cancel\tGET\t/v2/taobao/order/refund/cancel/{refundId}\tinferred\tno (journaled)\tpandapon after-sales cancel\n"),
        "{text}"
    );
}

/// Operation keys written as string constants in the commands' sources.
fn collect_keys(dir: std::path::PathBuf, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            collect_keys(p, out);
        } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("api/list.rs") {
            let text = std::fs::read_to_string(&p).unwrap();
            for line in text
                .lines()
                .filter(|l| l.contains("const ") && l.contains(": &str = \""))
            {
                let key = line.split('"').nth(1).unwrap();
                let shaped = key.contains('.')
                    && key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'
                    })
                    && ![".json", ".jsonl", ".toml", ".rs"]
                        .iter()
                        .any(|x| key.ends_with(x));
                if shaped && !out.contains(&key.to_string()) {
                    out.push(key.to_string());
                }
            }
        }
    }
}
