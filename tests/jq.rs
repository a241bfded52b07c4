//! `--jq EXPR` on the binary, gh-style: in-process, implies `--json`, strings raw, one result
//! per line; a bad expression is exit 2 before anything is sent; masks still apply.

mod common;

use common::*;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn gh_style_filters_on_lists_walks_and_batches() {
    let shop = Shop::new();
    // A string result prints raw: ready for the next command.
    assert_eq!(
        shop.ok(&["cart", "list", "--all", "--jq", ".[0].id"]),
        "382\n"
    );
    let ids = shop.ok(&["order", "list", "--all", "--jq", ".[].orderId"]);
    assert_eq!(ids.lines().count(), 5, "{ids}");
    assert!(ids.starts_with("3305075341149010310\n"), "{ids}");
    // Anything else prints as JSON, compact in a pipe.
    assert_eq!(
        shop.ok(&["order", "list", "--all", "--jq", "map(.totalAmount)"]),
        "[7980,13680,10100,4290,17100]\n"
    );
    assert_eq!(
        shop.ok(&[
            "order",
            "list",
            "--all",
            "--jq",
            "{first: .[0].orderId, n: length}"
        ]),
        "{\"first\":\"3305075341149010310\",\"n\":5}\n"
    );
    // A single item and a batch's array.
    assert_eq!(
        shop.ok(&[
            "order",
            "show",
            "3305075341149010310",
            "--jq",
            ".orderStatus"
        ]),
        "WAIT_BUYER_PAY\n"
    );
    assert_eq!(
        shop.ok(&[
            "order",
            "show",
            "3305075341149010310",
            "3305075341149005155",
            "--jq",
            ".[] | [.id, .data.orderStatus] | join(\" \")"
        ]),
        "3305075341149010310 WAIT_BUYER_PAY\n3305075341149005155 WAIT_BUYER_CONFIRM_GOODS\n"
    );
    // --jq implies --json: a list that would be TSV is JSON to the filter.
    assert_eq!(shop.ok(&["address", "list", "--jq", "type"]), "array\n");
    assert_eq!(shop.ok(&["cart", "list", "--all", "--jq", "empty"]), "");
}

#[test]
fn a_filter_that_fails_on_the_data_says_the_request_succeeded() {
    let shop = Shop::new();
    let o = shop.run(&["order", "list", "--all", "--jq", ".[0].totalAmount | .x"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("(the request itself succeeded; only the filter failed)"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_bad_expression_sends_nothing_and_results_are_masked() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/open/address/list"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!([{"id": 1, "note": format!("echo {SECRET}")}]))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["address", "list", "--jq", "map(.id"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: --jq map(.id: syntax error: expected closing parenthesis at the end\n"
    );
    assert!(s.received_requests().await.unwrap().is_empty());

    for expr in [
        ".[0].note",
        ".[0]",
        ".[0].note | ascii_downcase | ascii_upcase",
    ] {
        let o = env
            .cmd(&s.uri())
            .args(["address", "list", "--jq", expr])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(!stdout(&o).contains(SECRET), "{expr}: {}", stdout(&o));
    }
}
