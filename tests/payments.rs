//! Honest payment results (issue 17, item 3): "paid" only when the API's answer says so. A
//! payment left to finish at a URL, or an answer that does not confirm it, exits 1.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const URL: &str = "https://cashier.example/pay?o=1";

async fn paying(answers: &[(&str, Value)]) -> MockServer {
    let s = MockServer::start().await;
    for (id, data) in answers {
        Mock::given(method("POST"))
            .and(path("/v2/taobao/order/pay"))
            .and(body_partial_json(json!({"orderId": id})))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(data.clone())))
            .mount(&s)
            .await;
    }
    s
}

#[tokio::test]
async fn a_payment_to_finish_at_a_url_is_not_paid_and_exits_1() {
    for data in [
        json!({"orderId": 1, "protocolPaySuccess": false, "payUrl": URL}),
        json!({"orderId": 1, "payUrl": URL}),
    ] {
        let s = paying(&[("1", data.clone())]).await;
        let env = Sandboxed::new();
        let o = env
            .cmd(&s.uri())
            .args(["order", "pay", "1", "--yes"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{data}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(!err.contains("paid."), "{data}: {err}");
        assert_eq!(
            err,
            format!("error: order 1 is not paid yet: finish the payment at {URL}\n"),
            "{data}"
        );
        assert_eq!(stdout(&o), "");

        // Scripts get the answer (the URL) and the exit code.
        let o = env
            .cmd(&s.uri())
            .args(["--json", "order", "pay", "1", "--yes"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1));
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v, ids_as_strings(&data));
    }
}

#[tokio::test]
async fn an_answer_that_does_not_confirm_the_payment_is_not_called_paid() {
    for (data, says) in [
        (
            json!({"protocolPaySuccess": false}),
            "order 1 was not paid: the API answered that the payment did not succeed",
        ),
        (
            json!(false),
            "order 1 was not paid: the API answered that the payment did not succeed",
        ),
        (
            json!({"orderId": 1}),
            "order 1: the API's answer does not say it was paid",
        ),
        (
            json!(null),
            "order 1: the API's answer does not say it was paid",
        ),
        (
            json!({"protocolPaySuccess": true, "cantPayOrderList": [1]}),
            "order 1 was not paid: the API lists it as one it cannot pay",
        ),
    ] {
        let s = paying(&[("1", data.clone())]).await;
        let env = Sandboxed::new();
        let o = env
            .cmd(&s.uri())
            .args(["order", "pay", "1", "--yes"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{data}");
        let err = stderr(&o);
        assert!(err.starts_with(&format!("error: {says}")), "{data}: {err}");
        assert!(
            err.contains("check it with `pandapon order show 1` before paying again"),
            "{err}"
        );
        assert!(!err.contains("paid."), "{err}");
    }
}

#[tokio::test]
async fn a_batch_says_which_were_paid_and_lists_the_rest_in_json() {
    let s = paying(&[
        ("1", json!(true)),
        ("2", json!({"protocolPaySuccess": false, "payUrl": URL})),
        ("3", json!({"protocolPaySuccess": true, "payUrl": ""})),
    ])
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "1", "2", "3", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "Order 1: paid.",
            &format!("error: order 2 is not paid yet: finish the payment at {URL}"),
            "Order 3: paid.",
            "error: 1 of 3 orders failed (each is reported above); the others succeeded",
        ]
    );

    let o = env
        .cmd(&s.uri())
        .args(["--json", "order", "pay", "1", "2", "3", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0], json!({"id": "1", "data": true}));
    assert_eq!(v[1]["id"], "2");
    assert_eq!(v[1]["data"]["payUrl"], URL);
    assert_eq!(v[1]["error"]["exitCode"], 1);
    assert!(
        v[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("finish the payment at")
    );
    assert_eq!(v[2]["data"]["protocolPaySuccess"], true);
}

#[tokio::test]
async fn a_cancel_answered_false_is_not_done() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/cancel"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(false))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "cancel", "5", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: order 5 was not cancelled: the API answered false"),
        "{}",
        stderr(&o)
    );
}

/// The sandbox answers as the client reads a payment: what it prints is what happened.
#[test]
fn the_sandbox_pay_answer_is_read_as_paid() {
    let shop = Shop::new();
    let id = "3305075341149010310";
    let v = shop.json(&["order", "pay", id, "--yes"]);
    assert_eq!(v["protocolPaySuccess"], true, "{v}");
    assert_eq!(v["payUrl"], "");
    let show = shop.json(&["order", "show", id]);
    assert_eq!(show["orderStatus"], "WAIT_SELLER_SEND_GOODS");
}

/// 1688's writes answer a boolean: `false` is "not done" for every one of them, exit 1.
#[tokio::test]
async fn every_1688_write_answered_false_is_not_done() {
    let s = MockServer::start().await;
    for p in [
        "/v2/alibaba/cart/edit-quantity",
        "/v2/alibaba/cart/delete",
        "/v2/alibaba/order/confirm/receipt",
    ] {
        Mock::given(path(p))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(false))))
            .mount(&s)
            .await;
    }
    let env = Sandboxed::new();
    for (args, said) in [
        (
            vec!["cart", "edit", "604", "--quantity", "2"],
            "error: cart item 604 was not changed: the API answered false",
        ),
        (
            vec!["cart", "delete", "604", "--yes"],
            "error: the cart items were not deleted: the API answered false",
        ),
        (
            vec!["order", "confirm-receipt", "2542285634920014434", "--yes"],
            "order 2542285634920014434: receipt was not confirmed: the API answered false",
        ),
    ] {
        let o = env
            .cmd(&s.uri())
            .args(["--platform", "1688"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(said), "{args:?}: {}", stderr(&o));
        assert!(!stdout(&o).contains("Deleted"), "{}", stdout(&o));
    }
}
