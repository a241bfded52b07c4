//! `pandapon address list|set` against a local mock server, including the `{code: 0}`
//! success envelope that only address add/update documents.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIST: &str = "/v2/open/address/list";
const UPSERT: &str = "/v2/open/address/addOrUpdate";

fn stored() -> Value {
    json!([{"id": 12, "name": "张三", "province": "浙江省", "city": "杭州市", "district": "余杭区",
            "address": "文一西路 969 号", "phone": "15068763421"}])
}

async fn server(upsert_reply: Value) -> MockServer {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(stored())))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path(UPSERT))
        .respond_with(ResponseTemplate::new(200).set_body_json(upsert_reply))
        .mount(&s)
        .await;
    s
}

#[tokio::test]
async fn list_posts_an_empty_object_and_prints_rows() {
    let s = server(json!({"code": 0, "msg": "string"})).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["address", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "12\t张三\t15068763421\t浙江省\t杭州市\t余杭区\t文一西路 969 号\n"
    );
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(body_json(r), json!({}));
    let o = env
        .cmd(&s.uri())
        .args(["address", "list", "--json"])
        .output()
        .unwrap();
    // The JSON contract: the id the API sent as a number is a string (README).
    let mut want = stored();
    want[0]["id"] = json!("12");
    assert_eq!(serde_json::from_str::<Value>(&stdout(&o)).unwrap(), want);
}

#[tokio::test]
async fn set_adds_with_the_documented_body_and_code_0_is_success() {
    let s = server(json!({"code": 0, "msg": "string"})).await;
    let env = Sandboxed::new();
    let args = [
        "address",
        "set",
        "--name",
        "李四",
        "--phone",
        "13800000000",
        "--province",
        "浙江省",
        "--city",
        "宁波市",
        "--address",
        "中山路 1 号",
    ];
    let o = env.cmd(&s.uri()).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(s.received_requests().await.unwrap().is_empty());
    let o = env.cmd(&s.uri()).args(args).arg("--yes").output().unwrap();
    assert!(
        o.status.success(),
        "code 0 means success here: {}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("Address added: 李四, 浙江省, 宁波市, 中山路 1 号, 13800000000"));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 1, "adding reads nothing first");
    assert_signed(&reqs[0]);
    assert_eq!(
        String::from_utf8_lossy(&reqs[0].body),
        r#"{"name":"李四","province":"浙江省","city":"宁波市","address":"中山路 1 号","phone":"13800000000"}"#,
        "the documented fields in the documented order"
    );
    let e = &env.journal()[0];
    assert_eq!(e["operation"], "address.upsert");
    assert_eq!(e["outcome"]["code"], 0);
}

#[tokio::test]
async fn set_with_an_id_keeps_the_fields_not_given() {
    let s = server(ok(Value::Null)).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["address", "set", "--id", "12", "--city", "宁波市", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs[0].url.path(), LIST);
    assert_eq!(
        body_json(&reqs[1]),
        json!({"id": 12, "name": "张三", "province": "浙江省", "city": "宁波市",
               "district": "余杭区", "address": "文一西路 969 号", "phone": "15068763421"})
    );
    reqs.iter().for_each(assert_signed);

    let o = env
        .cmd(&s.uri())
        .args(["address", "set", "--id", "99", "--city", "宁波市", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("there is no stored address 99"),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 3, "the update of an unknown id is not sent");
}

#[tokio::test]
async fn code_0_is_success_for_address_set_only() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"code": 0, "msg": "string"})))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "1", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("string (code 0)"), "{}", stderr(&o));
}

#[tokio::test]
async fn an_api_error_on_set_is_exit_1() {
    let s = server(json!({"code": 500, "msg": "手机号格式错误"})).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "address",
            "set",
            "--name",
            "a",
            "--phone",
            "13800000000",
            "--address",
            "b",
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("手机号格式错误 (code 500)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_new_address_needs_name_phone_and_street_and_ids_are_numbers() {
    let env = Sandboxed::new();
    for args in [
        vec!["address", "set", "--name", "a", "--yes"],
        vec!["address", "set", "--id", "x", "--name", "a", "--yes"],
        vec!["address", "set", "--id", "5", "--yes"],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["address", "set", "--name", "a", "--yes"])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("a new address needs --phone, --address"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_failed_read_before_an_update_keeps_its_exit_code() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"code": 401, "msg": "unknown access-key"})),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let update = ["address", "set", "--id", "12", "--city", "宁波市", "--yes"];
    let o = env.cmd(&s.uri()).args(update).output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(4),
        "rejected credentials: {}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("cannot read stored address 12 to keep the fields not given"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("give every field"), "{}", stderr(&o));
    // No server at all: a network failure, exit 5; nothing was written either way.
    let o = env.cmd("http://127.0.0.1:9").args(update).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(
        s.received_requests()
            .await
            .unwrap()
            .iter()
            .all(|r| r.url.path() == LIST)
    );
}
