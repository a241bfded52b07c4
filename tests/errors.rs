//! What a person (or a script) sees when things go wrong: exit codes and one-line reasons.

mod common;

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering(m: &str, p: &str, r: ResponseTemplate) -> MockServer {
    let s = MockServer::start().await;
    Mock::given(method(m))
        .and(path(p))
        .respond_with(r)
        .mount(&s)
        .await;
    s
}

#[tokio::test]
async fn an_api_error_envelope_exits_1_with_msg_code_and_request_id() {
    let s = answering(
        "POST",
        "/v2/taobao/cart/confirm/order",
        ResponseTemplate::new(200).set_body_json(json!({
            "requestId": "cab21c3a02a54387af675dd5735bb0fd", "code": 500, "developId": null,
            "msg": "购物车记录不存在: 999", "data": null
        })),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "preview", "--ids", "999", "--json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "",
        "with --json, stdout is valid JSON or nothing"
    );
    assert_eq!(
        stderr(&o),
        "error: 购物车记录不存在: 999 (code 500, requestId cab21c3a02a54387af675dd5735bb0fd)\n"
    );
}

#[tokio::test]
async fn a_rejected_signature_exits_4() {
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200)
            .set_body_json(json!({"requestId": "r1", "code": 401, "msg": "signature mismatch"})),
    )
    .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("signature mismatch (code 401, requestId r1)"));
    assert!(
        stderr(&o).contains("hint: check the access key"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_rejected_timestamp_says_how_far_off_the_clock_is() {
    // The server's Date header is an hour behind this machine.
    let date = httpdate_of(std::time::SystemTime::now() - Duration::from_secs(3600));
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200)
            .insert_header("date", date.as_str())
            .set_body_json(
                json!({"code": 401, "msg": "timestamp is 3600 seconds away from server time"}),
            ),
    )
    .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(
        e.contains("this computer's clock is 3600 s ahead of the server's")
            || e.contains("is 3599 s ahead")
            || e.contains("is 3601 s ahead"),
        "{e}"
    );
    assert!(e.contains("timedatectl"), "{e}");
}

fn httpdate_of(t: std::time::SystemTime) -> String {
    let ts = jiff::Timestamp::try_from(t).unwrap();
    jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&ts)
        .unwrap()
}

#[tokio::test]
async fn http_500_on_a_read_is_retried_then_exits_5() {
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(500).set_body_string("oops"),
    )
    .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("the server failed (HTTP 500) for GET /v2/taobao/cart/list"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        s.received_requests().await.unwrap().len(),
        3,
        "a read is tried three times"
    );
}

#[tokio::test]
async fn http_500_on_a_write_is_sent_once_and_the_outcome_is_unknown() {
    let s = answering(
        "POST",
        "/v2/taobao/cart/create/order",
        ResponseTemplate::new(502),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
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
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(stderr(&o).contains("outcome is unknown"), "{}", stderr(&o));
    assert_eq!(
        s.received_requests().await.unwrap().len(),
        1,
        "a write is never retried"
    );
}

#[tokio::test]
async fn html_instead_of_json_exits_5_and_says_so() {
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200)
            .set_body_raw("<html><body>Welcome to nginx</body></html>", "text/html"),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("HTML instead of JSON"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_silent_server_ends_at_the_timeout() {
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200).set_delay(Duration::from_secs(30)),
    )
    .await;
    let env = Sandboxed::new();
    let started = Instant::now();
    let o = env
        .cmd(&s.uri())
        .args(["--timeout", "1", "cart", "list"])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("within 1 s (--timeout)"),
        "{}",
        stderr(&o)
    );
    assert!(took < Duration::from_secs(3), "took {took:?}");
}

#[tokio::test]
async fn a_wrong_path_names_the_override_that_fixes_it() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "edit", "1", "--quantity", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("no such API path: POST /v2/taobao/cart/edit-quantity (HTTP 404)"),
        "{e}"
    );
    assert!(e.contains("\"taobao.cart.edit\" = \"POST /v2/...\""), "{e}");
}

#[test]
fn connection_refused_exits_5() {
    let env = Sandboxed::new();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["--timeout", "2", "cart", "edit", "1", "--quantity", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5));
    let e = stderr(&o);
    assert!(e.contains("cannot connect to http://127.0.0.1:9"), "{e}");
    assert!(
        !e.contains("outcome is unknown"),
        "a refused connection sent nothing: {e}"
    );
}

#[test]
fn missing_credentials_exit_4_naming_what_and_how() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .env("PANDAPON_ACCESS_KEY", KEY)
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(
        e.contains("missing access secret, user id: set PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID"),
        "{e}"
    );
    assert!(e.contains("pandapon config init"), "{e}");

    let o = env
        .cmd("http://127.0.0.1:9")
        .env("PANDAPON_USER_ID", "")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("PANDAPON_USER_ID is set but empty"));
}

#[test]
fn a_malformed_profile_file_names_file_line_and_column() {
    let env = Sandboxed::new();
    let p = env.write_config("default_profile = \"default\"\n[profiles.default]\naccess_key = \"k\"\ntimeout = \"fast\"\n");
    let o = env.bare().args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.starts_with(&format!(
            "error: {}:4:11: malformed config file",
            p.display()
        )),
        "{e}"
    );

    env.write_config("[profiles.default]\naccess_key = \"k\"\naccess_secret = \"unterminated\n");
    let o = env.bare().args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(":3:"), "{}", stderr(&o));
}

#[test]
fn an_unknown_profile_is_a_usage_error_listing_the_known_ones() {
    let env = Sandboxed::new();
    env.write_config("[profiles.work]\naccess_key = \"k\"\n[profiles.home]\naccess_key = \"k\"\n");
    let o = env
        .bare()
        .args(["--profile", "wrok", "cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("profile \"wrok\" (from flag --profile) is not in"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("known profiles: home, work"));
}

#[test]
fn bad_ids_and_flags_exit_2_before_anything_is_sent() {
    let env = Sandboxed::new();
    for args in [
        vec!["cart", "edit", "abc", "--quantity", "1"],
        vec!["cart", "edit", "-5", "--quantity", "1"],
        vec!["cart", "edit", "1", "--quantity", "0"],
        vec!["cart", "preview", "--ids", "382,x"],
        vec!["--color", "purple", "cart", "list"],
        vec!["--timeout", "0", "cart", "list"],
        // Not an id or a link: refused before the product lookup.
        vec!["cart", "add", "--item", "衬衫"],
        vec![
            "cart",
            "add",
            "--item",
            "X",
            "--sku",
            "1",
            "--quantity",
            "99999999999",
        ],
        vec![
            "cart",
            "add",
            "--item",
            "X",
            "--sku",
            "1",
            "--quantity",
            "1",
            "--input",
            "b.json",
        ],
        vec!["cart", "add", "--input", "/nonexistent/body.json"],
        vec!["cart", "list", "--all", "--page", "2"],
        vec!["order", "show", "12ab"],
        vec!["order", "pay", "-1", "--yes"],
        vec!["order", "list", "--since", "yesterday-ish"],
        vec![
            "order",
            "list",
            "--since",
            "2026-11-30",
            "--until",
            "2026-11-01",
        ],
        vec![
            "after-sales",
            "list",
            "--since",
            "2026-11-30",
            "--until",
            "2026-11-01",
        ],
        vec!["after-sales", "show", "0"],
        vec![
            "address",
            "set",
            "--name",
            "a",
            "--phone",
            "1",
            "--address",
            "b",
            "--yes",
        ],
        vec![
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
            "USA",
        ],
        vec!["--concurrency", "0", "order", "show", "1"],
        vec!["--config", "/", "cart", "list"],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        // 2, not 5: nothing tried to reach the (closed) port.
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let e = stderr(&o);
        // The reason comes first, on one line (clap may add its usage line after it).
        assert!(
            e.starts_with("error: ") && !e.contains("panick"),
            "{args:?}: {e}"
        );
    }
    let o = env
        .cmd("not a url")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("base URL \"not a url\" (from variable PANDAPON_BASE_URL)"));
}

#[test]
fn invalid_input_json_is_reported_with_its_position() {
    let env = Sandboxed::new();
    let f = env.path().join("body.json");
    std::fs::write(&f, "{\n  \"itemMapId\": \"X\",\n  \"quantity\": ,\n}").unwrap();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["cart", "add", "--input", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("at line 3, column 15"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_closed_pipe_is_a_quiet_end_not_a_panic() {
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200).set_body_json(ok(json!({"totalPage": 1, "data": [{"id": 1, "quantity": 1, "itemTitle": "x".repeat(200_000)}]}))),
    )
    .await;
    let env = Sandboxed::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .envs(
            env.cmd(&s.uri())
                .get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .env("HOME", env.path())
        .args(["cart", "list", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panick"), "{err}");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn a_malformed_profile_stops_only_what_needs_it() {
    let env = Sandboxed::new();
    let p = env.write_config("timeout = \"x\"\n");
    let o = env.bare().args(["config", "path"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = env.bare().args(["completions", "bash"]).output().unwrap();
    assert!(o.status.success());
    let o = env
        .bare()
        .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"))
        .args(["--sandbox", "cart", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("(ignored: --sandbox needs no profile)"),
        "{}",
        stderr(&o)
    );
    let o = env.bare().args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&format!("{}:1:1: malformed config file", p.display())));
    let o = env
        .bare()
        .env("PANDAPON_ACCESS_SECRET", SECRET)
        .args(["config", "init", "--access-key", "k", "--user-id", "u"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("config init does not overwrite a file it cannot read"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        "timeout = \"x\"\n",
        "untouched"
    );
}

#[tokio::test]
async fn a_dry_run_of_several_writes_is_one_json_document() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["--dry-run", "--json", "order", "pay", "3", "1", "2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one JSON document");
    assert_eq!(v["body"]["orderId"], "3");
    assert!(
        stderr(&o).contains("showing the first of 3 requests"),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_a_write_redirected_is_of_unknown_outcome() {
    let elsewhere = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .mount(&elsewhere)
        .await;
    let to = format!("{}/stolen", elsewhere.uri());
    let s = answering(
        "POST",
        "/v2/taobao/cart/edit-quantity",
        ResponseTemplate::new(302).insert_header("location", to.as_str()),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "edit", "1", "--quantity", "1", "--yes"])
        .output()
        .unwrap();
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(5), "{e}");
    assert!(e.contains("HTTP 302") && e.contains(&to), "{e}");
    assert!(e.contains("outcome is unknown"), "{e}");
    assert!(
        elsewhere.received_requests().await.unwrap().is_empty(),
        "the signed request went to the redirect's target"
    );
}

#[test]
fn a_malformed_profile_with_the_secret_in_an_inline_table_does_not_print_it() {
    let env = Sandboxed::new();
    // A secret that is all digits: toml's message quotes a value of the wrong type.
    let secret = "20250101123456789";
    for text in [
        format!("[profiles]\ndefault = {{ user_id = \"u\", access_secret = {secret} }}\n"),
        format!("profiles.default.access_secret = {secret}\n"),
    ] {
        env.write_config(&text);
        let o = env.bare().args(["cart", "list"]).output().unwrap();
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(e.contains("malformed config file"), "{e}");
        assert!(!e.contains(secret), "{text}: the secret is printed: {e}");
    }
}

#[tokio::test]
async fn a_credential_that_cannot_be_a_header_is_a_usage_error_before_sending() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    for (var, what, value) in [
        ("PANDAPON_ACCESS_KEY", "access key", "键-0001"),
        ("PANDAPON_USER_ID", "user id", "2100\u{1}007"),
    ] {
        let o = env
            .cmd(&s.uri())
            .env(var, value)
            .args(["cart", "list"])
            .output()
            .unwrap();
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(e.contains(what) && e.contains(var), "{e}");
    }
    assert!(s.received_requests().await.unwrap().is_empty());
}
