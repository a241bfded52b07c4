//! `pandapon freight ...` against a local mock server: the documented bodies, and the
//! `?timestamp=&sign=` query these routes carry besides the signed headers.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ESTIMATE: &str = "/v2/open/pp/logistics/itemLogisticsPrice";
const PREVIEW: &str = "/v2/open/pp/logistics/orderRenderFreight";
const BOOK: &str = "/v2/open/pp/logistics/orderBookingFreight";
const DOMESTIC: &str = "/v2/open/pp/logistics/updateLogisticInfo";

async fn mount(s: &MockServer, p: &str, data: Value) {
    Mock::given(method("POST"))
        .and(path(p))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
        .mount(s)
        .await;
}

/// Signed headers, plus the query's timestamp and sign equal to the header's.
fn assert_query_signed(r: &Request) {
    assert_signed(r);
    let q: Vec<(String, String)> = r.url.query_pairs().into_owned().collect();
    let h = |n: &str| r.headers.get(n).unwrap().to_str().unwrap().to_string();
    assert_eq!(
        q,
        vec![
            ("timestamp".to_string(), h("timestamp")),
            ("sign".to_string(), h("signature"))
        ]
    );
}

/// `freight estimate` of one item with no destination.
const ESTIMATE_ONE: &[&str] = &[
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
];

fn to_us() -> Vec<&'static str> {
    vec![
        "--to-country",
        "US",
        "--to-state",
        "California",
        "--to-city",
        "VALLEY VLG",
        "--to-zip",
        "91607",
    ]
}

#[tokio::test]
async fn estimate_posts_the_documented_body_with_a_signed_query() {
    let s = MockServer::start().await;
    mount(
        &s,
        ESTIMATE,
        json!([{"serviceId": "S1", "companyName": "燕文", "serviceCategory": "standard",
                "freight": 2350, "currency": "CNY", "deliveryTime": "7-12"}]),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "freight",
            "estimate",
            "--item",
            "600126245031041190",
            "--sku",
            "5016042822039",
            "--quantity",
            "2",
            "--price",
            "39.90",
        ])
        .args(to_us())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "S1\t燕文\tstandard\t¥23.50\t7-12\n");
    let r = &s.received_requests().await.unwrap()[0];
    assert_query_signed(r);
    assert_eq!(
        body_json(r),
        json!({"itemId": "600126245031041190", "skuId": "5016042822039",
               "receiverAddress": {"country": "US", "city": "VALLEY VLG", "zip": "91607", "state": "California"},
               "quantity": 2, "currency": "CNY", "price": "3990"})
    );
}

#[tokio::test]
async fn preview_posts_render_items_and_shows_the_render_id() {
    let s = MockServer::start().await;
    mount(
        &s,
        PREVIEW,
        json!({"renderId": "FF2024080200007", "freightInfos": [
            {"freightInfo": {"serviceId": "S2", "companyName": "云途", "serviceCategory": "express"}, "fee": "5600"}
        ]}),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "freight",
            "preview",
            "--item",
            "1:2:3:9.99",
            "--item",
            "4:5:1:100",
        ])
        .args(to_us())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Render FF2024080200007\nS2\t云途\texpress\t¥56.00\t\n"
    );
    assert!(stderr(&o).contains("pandapon freight book --render-id FF2024080200007"));
    let r = &s.received_requests().await.unwrap()[0];
    assert_query_signed(r);
    assert_eq!(
        body_json(r)["renderItems"],
        json!([
            {"itemId": "1", "skuId": "2", "quantity": 3, "currency": "CNY", "price": "999"},
            {"itemId": "4", "skuId": "5", "quantity": 1, "currency": "CNY", "price": "10000"}
        ])
    );
}

#[tokio::test]
async fn book_needs_yes_and_posts_the_v1_body() {
    let s = MockServer::start().await;
    mount(&s, BOOK, json!({"bookingId": "B1"})).await;
    let env = Sandboxed::new();
    let mut args = vec![
        "freight",
        "book",
        "--render-id",
        "FF2024080200007",
        "--item",
        "1:2:3:9.99",
        "--service-id",
        "S2",
        "--company-name",
        "云途",
        "--service-category",
        "express",
        "--tmall-order",
        "3305075341149134260",
        "--remark",
        "易碎",
    ];
    args.extend(to_us());
    let o = env.cmd(&s.uri()).args(&args).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains(
            "Book international freight for render FF2024080200007 (1 line) to US by 云途, service S2"
        ),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());
    let o = env.cmd(&s.uri()).args(&args).arg("--yes").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "bookingId\tB1\n");
    let r = &s.received_requests().await.unwrap()[0];
    assert_query_signed(r);
    // The journal records the path without the query signature.
    let journal = std::fs::read_to_string(env.path().join("data/pandapon/journal.jsonl")).unwrap();
    let entry: Value = serde_json::from_str(journal.lines().next().unwrap()).unwrap();
    assert_eq!(entry["operation"], "logistics.booking");
    assert_eq!(entry["path"], BOOK);
    let sig = r.headers.get("signature").unwrap().to_str().unwrap();
    assert!(!journal.contains(sig));
    assert_eq!(
        body_json(r),
        json!({
            "renderId": "FF2024080200007",
            "receiverAddress": {"country": "US", "city": "VALLEY VLG", "zip": "91607", "state": "California"},
            "lineItems": [{"itemId": "1", "skuId": "2", "quantity": 3, "currency": "CNY", "price": "999",
                           "freightInfo": {"serviceId": "S2", "companyName": "云途", "serviceCategory": "express"}}],
            "tmallOrderInfo": {"tmallOrderId": "3305075341149134260"},
            "remark": "易碎"
        })
    );
}

#[tokio::test]
async fn domestic_posts_the_v1_body_with_rts_time_in_seconds() {
    let s = MockServer::start().await;
    mount(&s, DOMESTIC, json!(true)).await;
    let env = Sandboxed::new();
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
        "--parcel",
        "FARJP2408000013YQ",
    ];
    let o = env.cmd(&s.uri()).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let o = env.cmd(&s.uri()).args(args).arg("--yes").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let r = &s.received_requests().await.unwrap()[0];
    assert_query_signed(r);
    assert_eq!(
        body_json(r),
        json!({
            "orderId": "1024285237573584051", "tmallOrderId": "3305075341149134260",
            "logisticInfos": [{
                "lineItem": {"itemId": "600126245031041190", "skuId": "5016042822039", "quantity": 2},
                "logisticNumer": "FARJP2408000013YQ",
                "domesticLogisticInfo": [{"logisticNumer": "SF1234521212678", "logisticCompanyName": "顺丰",
                                          "rtsTime": "1754342534"}]
            }]
        })
    );
}

#[tokio::test]
async fn dry_run_masks_the_query_signature_too() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .arg("--dry-run")
        .args(ESTIMATE_ONE)
        .args(to_us())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let first = stdout(&o).lines().next().unwrap().to_string();
    assert!(
        first.starts_with(&format!("POST {}{ESTIMATE}?timestamp=", s.uri())),
        "{first}"
    );
    assert!(first.ends_with("&sign=********"), "{first}");
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn errors_name_the_url_without_the_signature() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_delay(std::time::Duration::from_secs(10)))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--timeout", "1", "-v"])
        .args(ESTIMATE_ONE)
        .args(to_us())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    let r = &s.received_requests().await.unwrap()[0];
    let sig = r.headers.get("signature").unwrap().to_str().unwrap();
    assert!(!stderr(&o).contains(sig), "{}", stderr(&o));
    assert!(stderr(&o).contains("sign=********"), "{}", stderr(&o));
}

#[test]
fn a_destination_and_valid_lines_are_needed_before_anything_is_sent() {
    let env = Sandboxed::new();
    for args in [
        ESTIMATE_ONE.to_vec(),
        vec![
            "freight",
            "preview",
            "--item",
            "1:2:3",
            "--to-country",
            "US",
        ],
        vec![
            "freight",
            "book",
            "--item",
            "1:2:3:1",
            "--to-country",
            "US",
            "--yes",
        ],
        vec!["freight", "domestic", "--order", "x", "--yes"],
        vec!["freight", "domestic", "--order", "1", "--yes"],
        vec![
            "freight",
            "estimate",
            "--item",
            "1",
            "--sku",
            "2",
            "--quantity",
            "0",
            "--price",
            "1",
            "--to-country",
            "US",
        ],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    // A booking names the service chosen from the preview.
    let o = env
        .cmd("http://127.0.0.1:9")
        .args([
            "freight",
            "book",
            "--render-id",
            "FF2024080200007",
            "--item",
            "1:2:3:1",
            "--to-country",
            "US",
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--service-id <ID>"), "{}", stderr(&o));
}
