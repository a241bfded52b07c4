//! Behaviours the suite did not hold (issue 17, item 11): each test here fails when the
//! behaviour it names is broken.

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A 429 with `Retry-After: 2` is retried after the two seconds the server asked for, not
/// after the client's own backoff (200-300 ms).
#[tokio::test]
async fn a_429_waits_as_long_as_retry_after_says() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "2")
                .set_body_json(json!({"code": 429, "msg": "slow down"})),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!([]))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let started = Instant::now();
    let o = env
        .cmd(&s.uri())
        .env("PANDAPON_TIMEOUT", "10")
        .args(["-v", "cart", "list"])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.received_requests().await.unwrap().len(), 2);
    assert!(
        stderr(&o).contains("HTTP 429; retrying in 2000 ms"),
        "{}",
        stderr(&o)
    );
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(5),
        "took {took:?}"
    );
}

/// A panic (a bug) prints one line, masked like everything else: no backtrace, no secret.
/// The panic comes from a debug-only switch (`PANDAPON_DEBUG_PANIC`, src/lib.rs).
#[test]
fn a_panic_prints_one_masked_line() {
    let env = Sandboxed::new();
    let o = env
        .cmd("http://127.0.0.1:9")
        .env("PANDAPON_DEBUG_PANIC", "1")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(101));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: internal error at src/lib.rs:"),
        "{err}"
    );
    assert!(err.contains("holding the secret ********"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("This is a bug in pandapon; please report it.")
    );
    assert!(!err.contains(SECRET), "{err}");
    assert_eq!(stdout(&o), "");
}
