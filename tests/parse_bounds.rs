//! Memory amplification (issue 17, item 9): an answer's JSON values are counted before it is
//! parsed, so a dense answer (`[0,0,...]`, 50 times its size once parsed) is refused, and the
//! pages of a walk share the budget; real answers, 10,000 orders in one, still parse. The
//! memory a dense answer takes is measured in `parse_memory.rs`, a test binary of its own.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIST: &str = "/v2/taobao/order/page";

/// An envelope whose page holds `n` zeros (about 2n bytes), `totalPage` pages in all.
fn dense_page(n: usize, total_pages: u32) -> Vec<u8> {
    let mut b = format!(r#"{{"code":200,"msg":"ok","data":{{"totalPage":{total_pages},"data":["#)
        .into_bytes();
    b.extend(std::iter::repeat_n(&b"0,"[..], n - 1).flatten());
    b.extend_from_slice(b"0]}}");
    b
}

/// The pages a walk holds at once share the budget: eight pages in flight get an eighth each.
/// `--json` and `--json-lines` do not parse a walk's elements at all (they copy the list's
/// text, `output::transcode`), so the same dense pages print, at any concurrency.
#[tokio::test]
async fn the_pages_of_a_walk_share_the_parse_budget() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .and(body_partial_json(json!({"pageNo": 1})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "code": 200, "msg": "ok",
            "data": {"totalPage": 9, "data": [{"orderId": 1, "orderStatus": "TRADE_FINISHED"}]},
        })))
        .with_priority(1)
        .mount(&s)
        .await;
    // 200,000 values: within an answer's whole budget, beyond an eighth of it.
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(dense_page(200_000, 9), "application/json"),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    // Rows (tab-separated, piped) need the elements parsed.
    let rows = |concurrency: &str| {
        env.cmd(&s.uri())
            .args(["--concurrency", concurrency, "order", "list", "--all"])
            .output()
            .unwrap()
    };
    let o = rows("8");
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("more than the 131072 pandapon parses at once"),
        "{}",
        stderr(&o)
    );
    // One page in flight has the whole budget: the zeros parse (and are no orders).
    let o = rows("1");
    assert!(
        stderr(&o).contains("data[1] should be an object, got 0"),
        "{}",
        stderr(&o)
    );
    for json in ["--json", "--json-lines"] {
        let o = env
            .cmd(&s.uri())
            .args(["--concurrency", "8", "order", "list", "--all", json])
            .output()
            .unwrap();
        assert!(o.status.success(), "{json}: {}", stderr(&o));
        let count = if json == "--json" {
            let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
            v.as_array().unwrap().len()
        } else {
            stdout(&o).lines().count()
        };
        assert_eq!(count, 1 + 8 * 200_000, "{json}");
    }
}

/// A real answer at the size the limit was chosen for: 10,000 of the sandbox's orders (about
/// 10 MB, 660,000 values) in one answer, as JSON and as a table.
#[tokio::test]
async fn ten_thousand_orders_in_one_answer_still_parse() {
    let seed = Shop::new().json(&["order", "list", "--page-size", "100"]);
    let seed = seed["data"].as_array().unwrap().clone();
    let orders: Vec<Value> = (0..10_000u64)
        .map(|i| {
            let mut o = seed[i as usize % seed.len()].clone();
            o["orderId"] = json!(3305075341149010310u64 + i);
            o
        })
        .collect();
    let orders = Value::Array(orders);
    let mut body = br#"{"code":200,"msg":"ok","data":{"totalPage":1,"data":"#.to_vec();
    body.extend_from_slice(&serde_json::to_vec(&orders).unwrap());
    body.extend_from_slice(b"}}");
    assert!(body.len() > 8 << 20, "{} bytes", body.len());
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--json", "order", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        got["data"] == ids_as_strings(&orders),
        "the orders came back changed (but for ids as strings)"
    );
    let o = env.cmd(&s.uri()).args(["order", "list"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 10_000);
}

/// `--input` is counted the same way: a dense body is refused before it is parsed.
#[test]
fn a_dense_input_body_is_refused() {
    let env = Sandboxed::new();
    let f = env.path().join("body.json");
    let mut text = String::from(r#"{"lines":["#);
    text.push_str(&"0,".repeat(1_100_000));
    text.push_str("0]}");
    std::fs::write(&f, text).unwrap();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["order", "render", "--input"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "holds about 1100004 values, more than the 1048576 pandapon parses; nothing was sent"
        ),
        "{}",
        stderr(&o)
    );
}
