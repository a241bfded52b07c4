//! `pandapon order ...` against a local mock server: method, path, body and signature of every
//! verb, the confirmation rule, batches (order kept, worst exit code, bounded concurrency).

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const BIG: &str = "3305075341149134260";

fn order(id: &str, status: &str) -> Value {
    serde_json::from_str(&format!(
        r#"{{"orderId": {id}, "orderStatus": "{status}", "totalAmount": 10000, "currency": "CNY",
            "createTime": 1667193198819,
            "subOrders": [{{"subOrderId": 11, "itemTitle": "短袖衬衫", "quantity": 2, "price": 4750,
                            "properties": "[{{\"propName\":\"颜色\",\"valueName\":\"850浅灰\"}}]"}}]}}"#
    ))
    .unwrap()
}

async fn mount(s: &MockServer, m: &str, p: &str, data: Value) {
    Mock::given(method(m))
        .and(path(p))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
        .mount(s)
        .await;
}

#[tokio::test]
async fn show_adds_shipping_payment_receiver_and_warehouse_when_sent() {
    let s = MockServer::start().await;
    let mut detail = order(BIG, "WAIT_SELLER_SEND_GOODS");
    detail["mainlandShippingFee"] = json!({"amount": "800", "currency": "CNY"});
    detail["payTime"] = json!("2026-05-20 15:45:00");
    // The v1 create body's receiver is a JSON string; a detail may echo it so.
    detail["receiver"] = json!(
        r#"{"name":"张三","mobile_phone":"13800000000","address":"文一西路969号","city":"杭州市","country":"中国"}"#
    );
    detail["warehouseName"] = json!("义乌仓");
    mount(&s, "GET", "/v2/taobao/order/detail", detail).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "show", BIG])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "\nShipping ¥8.00 · paid 2026-05-20T07:45:00Z\n\
             Ship to: 张三, 13800000000, 文一西路969号, 杭州市, 中国\n\
             Warehouse: 义乌仓\n"
        ),
        "{out}"
    );
}

#[tokio::test]
async fn list_posts_paging_and_filters_and_prints_a_table() {
    let s = MockServer::start().await;
    let data = json!({"totalRecords": 1, "totalPage": 1, "data": [order(BIG, "WAIT_BUYER_PAY")]});
    mount(&s, "POST", "/v2/taobao/order/page", data.clone()).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "order",
            "list",
            "--status",
            "WAIT_BUYER_PAY",
            "--since",
            "2022-10-01T00:00:00Z",
            "--until",
            "2022-11-01T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("{BIG}\twaiting for payment\t短袖衬衫 ×2\t¥100.00\t2022-10-31T05:13:18Z\n"),
        "times are RFC 3339 off a terminal"
    );
    let reqs = s.received_requests().await.unwrap();
    assert_signed(&reqs[0]);
    assert_eq!(
        body_json(&reqs[0]),
        json!({"pageNo": 1, "pageSize": 20, "orderStatus": "WAIT_BUYER_PAY",
               "orderStartTime": 1664582400000i64, "orderEndTime": 1667260800000i64})
    );

    let o = env
        .cmd(&s.uri())
        .args(["order", "list", "--page", "2", "--page-size", "5", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "{}\n",
            serde_json::to_string(&ids_as_strings(&data)).unwrap()
        ),
        "--json prints data unchanged but for ids as strings, 19 digits intact"
    );
    assert!(stdout(&o).contains(BIG));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(body_json(&reqs[1]), json!({"pageNo": 2, "pageSize": 5}));
}

#[tokio::test]
async fn list_all_walks_every_page() {
    let s = MockServer::start().await;
    for n in 1..=2u64 {
        Mock::given(method("POST"))
            .and(path("/v2/taobao/order/page"))
            .and(body_partial_json(json!({"pageNo": n})))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
                "totalPage": 2, "data": [order(&n.to_string(), "TRADE_CLOSED")]
            }))))
            .expect(1)
            .mount(&s)
            .await;
    }
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "list", "--all"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let ids: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids, ["1", "2"]);
    assert!(stdout(&o).contains("\tclosed\t"));
}

#[tokio::test]
async fn show_gets_the_detail_and_a_logistics_summary() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/detail"))
        .and(query_param("orderId", BIG))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(ok(order(BIG, "WAIT_BUYER_CONFIRM_GOODS"))),
        )
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/logistics"))
        .and(query_param("orderId", BIG))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "logisticsCompanyName": "顺丰", "mailNo": "SF1234521212678",
            "traces": [{"time": "2026-05-20 10:00:00", "desc": "已揽件"},
                       {"time": "2026-05-21 09:30:00", "desc": "运输中"}]
        }))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "show", BIG])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "Order {BIG} · shipped · ¥100.00 · created 2022-10-31T05:13:18Z\n\
             11\t短袖衬衫\t颜色: 850浅灰\t2\t¥47.50\t¥95.00\t\n\
             Logistics: 顺丰 SF1234521212678 · 运输中 (2026-05-21T01:30:00Z)\n"
        )
    );
    for r in s.received_requests().await.unwrap() {
        assert_signed(&r);
        assert!(r.body.is_empty());
    }
    // --json: data unchanged, and no logistics request.
    let o = env
        .cmd(&s.uri())
        .args(["order", "show", BIG, "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v, ids_as_strings(&order(BIG, "WAIT_BUYER_CONFIRM_GOODS")));
    assert_eq!(s.received_requests().await.unwrap().len(), 3);
}

/// Answers after `delay`, recording when each request arrived.
struct Timed {
    body: Value,
    delay: Duration,
    arrivals: Arc<Mutex<Vec<Instant>>>,
}

impl Respond for Timed {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        self.arrivals.lock().unwrap().push(Instant::now());
        ResponseTemplate::new(200)
            .set_body_json(ok(self.body.clone()))
            .set_delay(self.delay)
    }
}

#[tokio::test]
async fn show_many_keeps_the_given_order_and_exits_with_the_worst_code() {
    let s = MockServer::start().await;
    // The first id answers last; the third is an API error; the fourth a server failure.
    Mock::given(method("GET"))
        .and(query_param("orderId", "1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(order("1", "TRADE_CLOSED")))
                .set_delay(Duration::from_millis(400)),
        )
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(query_param("orderId", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(order("2", "TRADE_CLOSED"))))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(query_param("orderId", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"requestId": "r3", "code": 500, "msg": "订单不存在", "data": null}),
        ))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(query_param("orderId", "4"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "show", "1", "2", "3", "4"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "worst of 0, 0, 1, 5");
    let out = stdout(&o);
    let heads: Vec<&str> = out.lines().filter(|l| l.starts_with("Order ")).collect();
    assert_eq!(heads.len(), 2, "{out}");
    assert!(heads[0].starts_with("Order 1 ") && heads[1].starts_with("Order 2 "));
    let err = stderr(&o);
    let i3 = err
        .find("error: order 3: 订单不存在 (code 500, requestId r3)")
        .expect(&err);
    let i4 = err
        .find("error: order 4: the server failed (HTTP 503)")
        .expect(&err);
    assert!(i3 < i4, "{err}");
    assert!(err.contains("2 of 4 orders failed"), "{err}");

    let o = env
        .cmd(&s.uri())
        .args(["order", "show", "1", "2", "3", "--json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let v: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["id"], "1");
    assert_eq!(v[0]["data"], ids_as_strings(&order("1", "TRADE_CLOSED")));
    assert_eq!(v[1]["id"], "2");
    assert_eq!(v[2]["error"]["code"], 500);
    assert_eq!(v[2]["error"]["exitCode"], 1);
}

#[tokio::test]
async fn a_batch_keeps_at_most_concurrency_requests_in_flight() {
    let s = MockServer::start().await;
    let arrivals = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/detail"))
        .respond_with(Timed {
            body: order("1", "TRADE_CLOSED"),
            delay: Duration::from_millis(500),
            arrivals: arrivals.clone(),
        })
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "--concurrency",
            "2",
            "order",
            "show",
            "1",
            "2",
            "3",
            "4",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let t = arrivals.lock().unwrap().clone();
    assert_eq!(t.len(), 4);
    assert!(
        t[1] - t[0] < Duration::from_millis(300),
        "two start together"
    );
    assert!(
        t[2] - t[0] >= Duration::from_millis(400),
        "the third waits for a slot"
    );

    // The variable works too, and out-of-range values are usage errors.
    let o = env
        .cmd(&s.uri())
        .env("PANDAPON_CONCURRENCY", "40")
        .args(["order", "show", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    env.write_config("[profiles.default]\nconcurrency = 0\n");
    let o = env
        .cmd(&s.uri())
        .args(["order", "show", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("concurrency must be between 1 and 32, got 0"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn logistics_prints_the_events() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/logistics"))
        .and(query_param("orderId", "77"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "logisticsCompanyName": "顺丰", "mailNo": "SF1",
            "traces": [{"time": 1754342534000i64, "desc": "已揽件"}]
        }))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "logistics", "77"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Order 77 · 顺丰 SF1\n2025-08-04T21:22:14Z\t已揽件\n"
    );
    assert_signed(&s.received_requests().await.unwrap()[0]);
}

#[tokio::test]
async fn im_link_posts_the_documented_example_shape_and_prints_the_url() {
    let s = MockServer::start().await;
    let url = "https://distributor.taobao.global/apps/open/imchat?loginToken=abc";
    mount(&s, "POST", "/v2/taobao/order/page/link/get", json!(url)).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "im-link", BIG])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("{url}\n"));
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(body_json(r), json!({"sourceType": "order", "bizId": BIG}));
}

#[tokio::test]
async fn warehouse_needs_yes_and_posts_the_documented_body() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/taobao/order/updateWarehouse", json!({})).await;
    let env = Sandboxed::new();
    let args = [
        "order",
        "warehouse",
        "1024285237573584051",
        "--name",
        "一号仓库",
        "--address",
        "广西省",
    ];
    let o = env.cmd(&s.uri()).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("--yes"), "{}", stderr(&o));
    assert!(s.received_requests().await.unwrap().is_empty());
    let o = env.cmd(&s.uri()).args(args).arg("--yes").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(
        body_json(r),
        json!({"warehouseAddress": "广西省", "warehouseName": "一号仓库",
               "orderId": "1024285237573584051"})
    );
}

fn address_flags() -> Vec<&'static str> {
    vec![
        "--address-name",
        "a测试aa",
        "--address-mobile",
        "15068763421",
        "--address-street",
        "测试地址",
        "--address-city",
        "杭州市",
    ]
}

#[tokio::test]
async fn render_sends_lines_and_receiver_as_json_strings() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/taobao/order/render",
        json!({"totalAmount": 400, "currency": "CNY"}),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "order",
            "render",
            "--item",
            "600126245031041190:5016042822039:200",
        ])
        .args(address_flags())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "totalAmount\t400\ncurrency\tCNY\n");
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(
        body_json(r),
        json!({
            "orderLineList": "[{\"itemId\":\"600126245031041190\",\"orderLineNo\":\"1\",\"quantity\":\"200\",\"skuId\":\"5016042822039\"}]",
            "receiver": "{\"name\":\"a测试aa\",\"mobile_phone\":\"15068763421\",\"city\":\"杭州市\",\"address\":\"测试地址\"}"
        })
    );
}

#[tokio::test]
async fn create_refuses_without_yes_and_sends_the_v1_body_with_it() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/taobao/order",
        json!({"orderIds": [BIG.parse::<u64>().unwrap()]}),
    )
    .await;
    let env = Sandboxed::new();
    let base = [
        "order",
        "create",
        "--item",
        "600126245031041190:5016042822039:2:1",
        "--item",
        "600126245031041191:5016042822040:1",
        "--budget",
        "4",
        "--source",
        "lazada",
        "--seller-order",
        "LZ-1",
    ];
    let o = env
        .cmd(&s.uri())
        .args(base)
        .args(address_flags())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("nothing was sent"), "{}", stderr(&o));
    assert!(s.received_requests().await.unwrap().is_empty());

    let o = env
        .cmd(&s.uri())
        .args(base)
        .args(address_flags())
        .arg("--yes")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("Order created: {BIG}")),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 1, "with --yes, no render first");
    assert_signed(&reqs[0]);
    let b = body_json(&reqs[0]);
    assert_eq!(b["purchaseAmount"], 400, "budget in cents");
    assert_eq!(b["orderSource"], "lazada");
    assert_eq!(b["sellerOrderNumber"], "LZ-1");
    let lines: Value = serde_json::from_str(b["orderLineList"].as_str().unwrap()).unwrap();
    assert_eq!(
        lines,
        json!([
            {"itemId": "600126245031041190", "orderLineNo": "1", "quantity": "2", "price": "100", "currency": "CNY", "skuId": "5016042822039"},
            {"itemId": "600126245031041191", "orderLineNo": "2", "quantity": "1", "skuId": "5016042822040"}
        ])
    );
    assert!(b["receiver"].is_string());

    // --input: the body exactly as given.
    let input = r#"{"orderLineList":"[]","receiver":"{}","purchaseAmount":1}"#;
    let o = env
        .cmd(&s.uri())
        .args(["order", "create", "--input", "-", "--yes"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(String::from_utf8_lossy(&reqs[1].body), input);
}

#[tokio::test]
async fn create_without_an_address_is_a_usage_error_before_anything_is_sent() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "create", "--item", "1:2:3", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the shipping address lacks"),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn pay_many_asks_once_and_keeps_order_and_worst_code() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .and(body_partial_json(json!({"orderId": "1"})))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!(true)))
                .set_delay(Duration::from_millis(300)),
        )
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .and(body_partial_json(json!({"orderId": "2"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"requestId": "r2", "code": 500, "msg": "余额不足", "data": null}),
        ))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/pay"))
        .and(body_partial_json(json!({"orderId": BIG})))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "1", "2", BIG])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("Pay 3 orders: this needs confirmation, and nothing was sent"),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());

    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "1", "2", BIG, "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "Order 1: paid.",
            "error: order 2: 余额不足 (code 500, requestId r2)",
            &format!("Order {BIG}: paid."),
            "error: 1 of 3 orders failed (each is reported above); the others succeeded",
        ]
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 3, "each order is paid once");
    let mut sent: Vec<Value> = reqs.iter().map(body_json).collect();
    reqs.iter().for_each(assert_signed);
    sent.sort_by_key(|b| b["orderId"].as_str().unwrap().len());
    assert_eq!(
        sent[2],
        json!({"orderId": BIG}),
        "the id as a string, every digit kept"
    );
}

#[tokio::test]
async fn cancel_sends_the_reason_and_a_5xx_is_sent_once() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/cancel"))
        .and(body_partial_json(json!({"orderId": "5"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/order/cancel"))
        .and(body_partial_json(json!({"orderId": "6"})))
        .respond_with(ResponseTemplate::new(502))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "cancel", "5", "6", "--reason", "买错了", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    let err = stderr(&o);
    assert!(err.starts_with("Order 5: cancelled.\n"), "{err}");
    assert!(
        err.contains("error: order 6: the server failed (HTTP 502)"),
        "{err}"
    );
    assert!(err.contains("outcome is unknown"), "{err}");
    assert!(err.contains("pandapon journal"), "{err}");
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 2, "the 502 is not retried");
    for r in &reqs {
        assert_signed(r);
        assert_eq!(body_json(r)["cancelReason"], "买错了");
    }
}

#[tokio::test]
async fn dry_run_prints_each_request_in_order_and_sends_nothing() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--dry-run", "order", "pay", "3", "1", "2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let ids: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\"orderId\": "))
        .collect();
    assert_eq!(ids, ["\"3\"", "\"1\"", "\"2\""], "{out}");
    assert!(out.contains("signature: ********"));
    assert!(s.received_requests().await.unwrap().is_empty());
    let journal = env.path().join("data/pandapon/journal.jsonl");
    assert!(!journal.exists(), "a dry run records nothing");
}

#[test]
fn bad_ids_exit_2_before_anything_is_sent() {
    let env = Sandboxed::new();
    for args in [
        vec!["order", "show", "abc"],
        vec!["order", "show", "1", "2x"],
        vec!["order", "pay", "1", "-5", "--yes"],
        vec!["order", "cancel", "0", "--yes"],
        vec!["order", "logistics", "3.5"],
        vec!["order", "im-link", "x"],
        vec!["order", "show"],
        vec!["order", "create", "--item", "1:2", "--yes"],
        vec!["order", "list", "--since", "last week"],
        vec![
            "order", "create", "--item", "1:2:3", "--budget", "1.234", "--yes",
        ],
        vec!["--concurrency", "0", "order", "show", "1"],
        vec!["--concurrency", "33", "order", "show", "1"],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["order", "pay", "12x"])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("\"12x\" is not a valid id"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn create_names_bad_input_before_asking_for_yes() {
    let env = Sandboxed::new();
    let bad = env.path().join("bad.json");
    std::fs::write(&bad, "{\"orderLineList\": ").unwrap();
    for args in [
        // No address anywhere.
        vec!["order", "create", "--item", "1:2:3"],
        // A body that is not JSON.
        vec!["order", "create", "--input", bad.to_str().unwrap()],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(2),
            "{args:?}: the input, not the missing --yes: {}",
            stderr(&o)
        );
    }
}

#[tokio::test]
async fn a_walk_without_a_page_count_stops_at_a_short_page_or_a_plain_list() {
    let s = MockServer::start().await;
    let rows = |from: u64, n: u64| -> Vec<Value> {
        (from..from + n)
            .map(|i| order(&i.to_string(), "TRADE_CLOSED"))
            .collect()
    };
    // totalRecords but no totalPage: pages follow one another until a short one.
    for (page, data) in [(1, rows(1, 100)), (2, rows(101, 50))] {
        Mock::given(method("POST"))
            .and(path("/v2/taobao/order/page"))
            .and(body_partial_json(json!({"pageNo": page})))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(ok(json!({"totalRecords": 150, "data": data}))),
            )
            .mount(&s)
            .await;
    }
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--json", "order", "list", "--all"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 150);
    assert_eq!(v[149]["orderId"], "150");
    assert_eq!(s.received_requests().await.unwrap().len(), 2);

    // A plain list is everything at once: one request.
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/taobao/order/page", json!(rows(1, 3))).await;
    let o = env
        .cmd(&s.uri())
        .args(["--json", "order", "list", "--all"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
}
