//! `--all` walks: once the first page tells how many pages there are, the rest are fetched
//! `--concurrency` at a time, and still printed in page order.
//!
//! The server here proves it without timing anything: it holds pages back until several are
//! in flight at once (a one-at-a-time walk would never get an answer and time out), then
//! answers them last page first, so they arrive out of order.

mod common;

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use common::*;
use http_body_util::{BodyExt, Full};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

const PAGES: u64 = 4;

/// One element that every list reads: a cart item, an order and an after-sales order.
fn element(id: u64) -> Value {
    json!({
        "id": id, "orderId": id, "refundId": id, "orderStatus": "TRADE_CLOSED",
        "itemMapId": "WUnUC1cILiBjt-Jv3lDdlQ", "skuId": "5032007803360", "itemTitle": "T",
        "price": 13900, "quantity": 1, "shopId": 115037976, "shopName": "S",
        "totalAmount": 100, "currency": "CNY", "createTime": 1667193198819i64
    })
}

struct Shared {
    /// Requests being answered right now, and the most there ever were.
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    /// Pages 2.. wait here until this many of them are in flight together (0: no wait).
    gather: usize,
    waiting: Mutex<Vec<tokio::sync::oneshot::Sender<()>>>,
    /// This page is malformed (0: every page is fine): its second element is `5`, not an
    /// object, or with `dense` the page is 500,000 zeros, more than a page may parse into.
    bad: u64,
    dense: bool,
}

struct PageServer {
    url: String,
    shared: Arc<Shared>,
}

/// Serves `PAGES` pages of two elements each (ids 10, 11, 20, 21, ...) on any list path,
/// reading the page number from the query (cart) or the JSON body (orders, after-sales).
fn page_server(gather: usize) -> PageServer {
    page_server_with(gather, 0, false)
}

/// As `page_server`, page `bad` malformed (0: none), `dense` or not (`Shared`).
fn page_server_with(gather: usize, bad: u64, dense: bool) -> PageServer {
    let shared = Arc::new(Shared {
        in_flight: AtomicUsize::new(0),
        max_in_flight: AtomicUsize::new(0),
        gather,
        waiting: Mutex::new(Vec::new()),
        bad,
        dense,
    });
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    std_listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", std_listener.local_addr().unwrap());
    let s = shared.clone();
    // Its own thread and runtime: the test thread blocks while the binary runs.
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(std_listener).unwrap();
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                let s = s.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |req| answer(s.clone(), req));
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
    });
    PageServer { url, shared }
}

async fn answer(
    s: Arc<Shared>,
    req: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let n = s.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    s.max_in_flight.fetch_max(n, Ordering::SeqCst);
    let query_page = req.uri().query().and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("pageNo="))
            .and_then(|v| v.parse::<u64>().ok())
    });
    let body = req.into_body().collect().await.unwrap().to_bytes();
    let page = query_page
        .or_else(|| {
            serde_json::from_slice::<Value>(&body)
                .ok()
                .and_then(|b| b["pageNo"].as_u64())
        })
        .expect("a page number");
    if page > 1 && s.gather > 0 {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let ready = {
            let mut w = s.waiting.lock().unwrap();
            w.push(tx);
            w.len() == s.gather
        };
        if ready {
            // Everyone is here: let them go, the last page first.
            let mut w = std::mem::take(&mut *s.waiting.lock().unwrap());
            w.reverse();
            for tx in w {
                let _ = tx.send(());
            }
        }
        let _ = rx.await;
    }
    // Later pages answer sooner, so answers come back out of order.
    tokio::time::sleep(Duration::from_millis(40 * (PAGES - page))).await;
    // The malformed page is read (by a debug build) well before the others come.
    if s.bad != 0 && page != s.bad && page > 1 {
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    let second = match page == s.bad {
        true => json!(5),
        false => element(page * 10 + 1),
    };
    let data = json!({
        "totalRecords": PAGES * 2, "totalPage": PAGES, "currentPage": page,
        "data": [element(page * 10), second]
    });
    s.in_flight.fetch_sub(1, Ordering::SeqCst);
    let mut bytes = serde_json::to_vec(&ok(data)).unwrap();
    if page == s.bad && s.dense {
        // Written as text: building 500,000 values would take this debug build longer than
        // the other pages' delays, and the page would no longer come first.
        let zeros = format!("[{}0]", "0,".repeat(499_999));
        let text = String::from_utf8(bytes).unwrap();
        let at = text.find(r#""data":["#).unwrap() + r#""data":"#.len();
        let end = at + text[at..].find("]}").unwrap() + 1;
        bytes = format!("{}{zeros}{}", &text[..at], &text[end..]).into_bytes();
    }
    Ok(Response::new(Full::new(Bytes::from(bytes))))
}

fn expected_ids() -> Vec<u64> {
    (1..=PAGES).flat_map(|p| [p * 10, p * 10 + 1]).collect()
}

fn json_ids(o: &std::process::Output) -> Vec<u64> {
    assert!(o.status.success(), "{}", stderr(o));
    let arr: Vec<Value> = serde_json::from_str(&stdout(o)).unwrap();
    arr.iter().map(|v| id_num(&v["id"])).collect()
}

#[test]
fn every_walk_fetches_pages_together_and_prints_them_in_order() {
    let env = Sandboxed::new();
    for noun in ["order", "cart", "after-sales"] {
        // Pages 2..=4 are only answered once all three are asked for at the same time.
        let server = page_server((PAGES - 1) as usize);
        let o = env
            .cmd(&server.url)
            .args([noun, "list", "--all", "--json"])
            .output()
            .unwrap();
        assert_eq!(json_ids(&o), expected_ids(), "{noun}");
        assert_eq!(
            server.shared.max_in_flight.load(Ordering::SeqCst),
            (PAGES - 1) as usize,
            "{noun}"
        );
    }
}

#[test]
fn tables_keep_page_order_too() {
    let env = Sandboxed::new();
    let server = page_server((PAGES - 1) as usize);
    let o = env
        .cmd(&server.url)
        .args(["order", "list", "--all"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<u64> = stdout(&o)
        .lines()
        .map(|l| l.split('\t').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(ids, expected_ids());
}

/// The last page answers first, malformed: the pages before it are printed, then the walk
/// fails, at its turn. A malformed order is named by its place in the whole walk (rows are
/// first made apart from the other pages, `commands::list`); a page too dense to parse is
/// refused.
#[test]
fn a_malformed_page_fails_the_walk_at_its_turn() {
    let env = Sandboxed::new();
    let before: Vec<u64> = expected_ids()
        .into_iter()
        .take(2 * (PAGES - 1) as usize)
        .collect();
    let bad_order = format!("data[{}] should be an object, got 5", 2 * PAGES - 1);
    for (dense, says) in [(false, bad_order.as_str()), (true, "refusing it")] {
        let server = page_server_with(0, PAGES, dense);
        let o = env
            .cmd(&server.url)
            .args(["order", "list", "--all"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
        let ids: Vec<u64> = stdout(&o)
            .lines()
            .map(|l| l.split('\t').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(
            ids, before,
            "dense {dense}: the pages before the malformed one"
        );
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
    }
}

#[test]
fn a_walk_never_has_more_than_concurrency_requests_in_flight() {
    let env = Sandboxed::new();
    let server = page_server(0);
    let o = env
        .cmd(&server.url)
        .args(["order", "list", "--all", "--json", "--concurrency", "2"])
        .output()
        .unwrap();
    assert_eq!(json_ids(&o), expected_ids());
    let max = server.shared.max_in_flight.load(Ordering::SeqCst);
    assert!(
        (1..=2).contains(&max),
        "{max} requests were in flight at once"
    );
}
