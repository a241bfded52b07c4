//! The binary against the embedded sandbox: `sandbox serve` on an ephemeral port, and the
//! in-process `--sandbox`. The focused mock-server tests (cart.rs) stay the independent
//! judge of what the client sends; these check the behaviour end to end.

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

const S_KEY: &str = "sandbox-access-key";
const S_SECRET: &str = "sandbox-access-secret";
const S_USER: &str = "2100007341207";

/// `pandapon sandbox serve --port 0` as a child process; killed on drop.
struct Served {
    child: Child,
    url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &Sandboxed, extra: &[&str]) -> Served {
    let state = env.path().join("state.json");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    cmd.env_clear()
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .args(["--json", "sandbox", "serve", "--port", "0", "--state"])
        .arg(&state)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    assert_eq!(v["accessKey"], S_KEY);
    assert_eq!(v["statePath"], state.to_str().unwrap());
    Served {
        child,
        url: v["url"].as_str().unwrap().to_string(),
    }
}

/// The binary pointed at a served sandbox with its credentials.
fn client(env: &Sandboxed, url: &str) -> assert_cmd::Command {
    let mut c = env.bare();
    c.env("PANDAPON_BASE_URL", url)
        .env("PANDAPON_ACCESS_KEY", S_KEY)
        .env("PANDAPON_ACCESS_SECRET", S_SECRET)
        .env("PANDAPON_USER_ID", S_USER);
    c
}

/// The binary with the in-process sandbox on a given state file.
fn in_process(env: &Sandboxed, state: &PathBuf) -> assert_cmd::Command {
    let mut c = env.bare();
    c.env("PANDAPON_SANDBOX", "1")
        .env("PANDAPON_SANDBOX_STATE", state);
    c
}

fn json_of(o: &std::process::Output) -> Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn cart_ids(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| id_num(&i["id"]))
        .collect()
}

#[test]
fn preview_of_382_is_the_seed_documents_example() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let o = client(&env, &s.url)
        .args(["--json", "cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    assert_eq!(json_of(&o), ids_as_strings(&seed_data()));
}

#[test]
fn a_cart_becomes_an_order_across_invocations() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let run = |args: &[&str]| client(&env, &s.url).args(args).output().unwrap();

    let o = run(&[
        "cart",
        "add",
        "--item",
        "Tk3vM8pW1qRz-NcY6bLh2F",
        "--sku",
        "5120398475620",
        "--quantity",
        "2",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("(cart item 386)"), "{}", stderr(&o));

    let cart = json_of(&run(&["--json", "cart", "list", "--all"]));
    assert_eq!(cart_ids(&cart), vec![382, 383, 384, 385, 386]);
    assert_eq!(cart[4]["quantity"], 2);

    let preview = json_of(&run(&["--json", "cart", "preview", "--ids", "382,386"]));
    let shops: Vec<&str> = preview["confirmOrders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["shopName"].as_str().unwrap())
        .collect();
    assert_eq!(shops, vec!["小淘男装服饰", "极客数码配件专营店"]);
    assert_eq!(
        preview["confirmOrders"][1]["mainlandShippingFee"],
        json!({"amount": "1200", "currency": "CNY"})
    );

    let o = run(&[
        "--json",
        "cart",
        "create",
        "--ids",
        "382,386",
        "--yes",
        "--address-name",
        "张三",
        "--address-mobile",
        "13800000000",
        "--address-street",
        "文一西路969号",
    ]);
    let created = json_of(&o);
    let ids = created["orderIds"].as_array().unwrap();
    assert_eq!(ids.len(), 2, "one order per shop");
    // 19-digit ids travel as JSON numbers and are printed exactly, as strings.
    let raw = stdout(&o);
    for id in ids {
        let text = id.as_str().unwrap();
        assert_eq!(text.len(), 19);
        assert!(raw.contains(&format!("\"{text}\"")));
    }
    let cart = json_of(&run(&["--json", "cart", "list", "--all"]));
    assert_eq!(
        cart_ids(&cart),
        vec![383, 384, 385],
        "ordered items left the cart"
    );
}

#[test]
fn bad_requests_are_refused_with_a_clear_msg_and_change_nothing() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let run = |args: &[&str]| client(&env, &s.url).args(args).output().unwrap();
    for (args, msg) in [
        (
            vec!["cart", "edit", "999", "--quantity", "1"],
            "cart item 999 does not exist (code 404",
        ),
        (
            vec!["cart", "edit", "382", "--quantity", "100002"],
            "only 100001 of SKU 5032007803360 in stock",
        ),
        (
            vec!["cart", "delete", "382", "999"],
            "cart item 999 does not exist",
        ),
        (
            vec!["cart", "preview", "--ids", "12345"],
            "cart item 12345 does not exist",
        ),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains(msg), "{args:?}: {}", stderr(&o));
    }
    // A body the client would never send, straight to the server.
    let f = env.path().join("b.json");
    std::fs::write(&f, r#"{"itemMapId":"WUnUC1cILiBjt-Jv3lDdlQ","skuId":"5032007803360","mpId":"x","mpSkuId":"y","quantity":"two"}"#).unwrap();
    let o = run(&["cart", "add", "--input", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("quantity must be an integer, got the string \"two\""),
        "{}",
        stderr(&o)
    );
    std::fs::write(&f, r#"{"skuId":"1","mpId":"x","mpSkuId":"y","quantity":1}"#).unwrap();
    let o = run(&["cart", "add", "--input", f.to_str().unwrap()]);
    assert!(
        stderr(&o).contains("itemMapId is required"),
        "{}",
        stderr(&o)
    );

    let cart = json_of(&run(&["--json", "cart", "list", "--all"]));
    assert_eq!(cart_ids(&cart), vec![382, 383, 384, 385], "nothing changed");
    assert_eq!(cart[0]["quantity"], 1);
}

#[test]
fn wrong_credentials_are_refused_naming_the_problem() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let o = client(&env, &s.url)
        .env("PANDAPON_ACCESS_SECRET", "not-the-sandbox-secret")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("signature mismatch"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("hint: check the access key, secret"),
        "{}",
        stderr(&o)
    );
    let o = client(&env, &s.url)
        .env("PANDAPON_ACCESS_KEY", "someone-else")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(
        stderr(&o).contains("unknown access-key \"someone-else\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_server_clock_an_hour_off_is_explained() {
    let env = Sandboxed::new();
    let s = serve(&env, &["--clock-offset", "3600"]);
    let o = client(&env, &s.url)
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(
        e.contains("seconds behind server time (limit 600 s)"),
        "{e}"
    );
    assert!(
        e.contains("this computer's clock is 3600 s behind the server's")
            || e.contains("is 3599 s behind")
            || e.contains("is 3601 s behind"),
        "{e}"
    );
}

/// Raw requests the client would never make: missing headers, a replayed nonce.
#[tokio::test]
async fn missing_headers_and_replays_are_refused() {
    let env = Sandboxed::new();
    let s = serve(&env, &[]);
    let http = reqwest::Client::new();
    let url = format!("{}/v2/taobao/cart/list", s.url);
    let v: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(v["code"], 401);
    assert_eq!(v["msg"], "missing header: access-key");

    let ts = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string();
    let nonce = "N0nceN0nceN0nceN0nceN0nceN0nce12";
    let sig = md5_upper(&format!("{S_KEY}{ts}{nonce}{S_SECRET}"));
    let send = || {
        http.get(&url)
            .header("access-key", S_KEY)
            .header("timestamp", &ts)
            .header("nonce-str", nonce)
            .header("user-id", S_USER)
            .header("signature", &sig)
            .send()
    };
    let first: Value = send().await.unwrap().json().await.unwrap();
    assert_eq!(first["code"], 200, "{first}");
    let again: Value = send().await.unwrap().json().await.unwrap();
    assert_eq!(again["code"], 401);
    assert!(
        again["msg"]
            .as_str()
            .unwrap()
            .contains("already used in the last 600 seconds"),
        "{again}"
    );

    let old = (ts.parse::<i64>().unwrap() - 3_600_000).to_string();
    let stale: Value = http
        .get(&url)
        .header("access-key", S_KEY)
        .header("timestamp", &old)
        .header("nonce-str", "Another0nceAnother0nceAnother0nc")
        .header("user-id", S_USER)
        .header(
            "signature",
            md5_upper(&format!(
                "{S_KEY}{old}Another0nceAnother0nceAnother0nc{S_SECRET}"
            )),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stale["code"], 401);
    // An hour, and the seconds a loaded machine took since `ts` was read.
    let msg = stale["msg"].as_str().unwrap();
    let behind = msg
        .split_once(" is ")
        .and_then(|(_, r)| r.split_once(" seconds behind server time"))
        .and_then(|(n, _)| n.parse::<i64>().ok());
    assert!(behind.is_some_and(|n| (3600..3630).contains(&n)), "{stale}");
}

#[test]
fn state_survives_between_in_process_runs_and_reset_restores_the_seed() {
    let env = Sandboxed::new();
    let state = env.path().join("s.json");
    let o = in_process(&env, &state)
        .args(["cart", "delete", "383", "384"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let cart = json_of(
        &in_process(&env, &state)
            .args(["--json", "cart", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(cart["totalRecords"], 2);

    // A dry run says what it would reset and leaves the data as it is.
    let o = env
        .bare()
        .args(["--dry-run", "sandbox", "reset", "--state"])
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("dry run: would reset"),
        "{}",
        stderr(&o)
    );
    let cart = json_of(
        &in_process(&env, &state)
            .args(["--json", "cart", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(cart["totalRecords"], 2);

    let o = env
        .bare()
        .args(["sandbox", "reset", "--state"])
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let cart = json_of(
        &in_process(&env, &state)
            .args(["--json", "cart", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(cart["totalRecords"], 4);
}

#[test]
fn the_default_state_lives_in_the_user_data_directory() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .args(["--sandbox", "cart", "edit", "382", "--quantity", "5"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let file = env
        .path()
        .join("data")
        .join("pandapon")
        .join("sandbox.json");
    assert!(file.exists());
    let o = env
        .bare()
        .args(["--sandbox", "--json", "cart", "list"])
        .output()
        .unwrap();
    assert_eq!(json_of(&o)["data"][0]["quantity"], 5);
}

#[test]
fn concurrent_invocations_do_not_lose_updates() {
    let env = Sandboxed::new();
    let state = env.path().join("s.json");
    let children: Vec<Child> = (0..8)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
                .env_clear()
                .env("HOME", env.path())
                .env("PANDAPON_SANDBOX", "1")
                .env("PANDAPON_SANDBOX_STATE", &state)
                .args([
                    "cart",
                    "add",
                    "--item",
                    "Zr5cH0nE9sWq-TfU3jKm8Q",
                    "--sku",
                    "4871203395602",
                    "--quantity",
                    "1",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let cart = json_of(
        &in_process(&env, &state)
            .args(["--json", "cart", "list", "--all"])
            .output()
            .unwrap(),
    );
    let blanket = cart
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "384")
        .unwrap();
    assert_eq!(blanket["quantity"], 1 + 8, "each of the 8 adds landed");
}

#[test]
fn faults_exercise_the_clients_error_handling() {
    let env = Sandboxed::new();
    let s = serve(
        &env,
        &[
            "--fault",
            "taobao.cart.list=503*1",
            "--fault",
            "taobao.cart.preview=truncate",
            "--fault",
            "taobao.cart.edit=reset",
            "--fault",
            "taobao.product.get=html",
            "--fault",
            "taobao.cart.delete=not-envelope",
            "--fault",
            "taobao.cart.create=hang",
        ],
    );
    let run = |args: &[&str]| client(&env, &s.url).args(args).output().unwrap();
    // One 503 on a read: retried, and the second try succeeds.
    let o = run(&["-v", "cart", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("HTTP 503; retrying"), "{}", stderr(&o));

    let o = run(&["cart", "preview", "--ids", "382"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(stderr(&o).contains("cut short"), "{}", stderr(&o));

    let o = run(&["cart", "edit", "382", "--quantity", "2"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("broke before the answer was complete"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("outcome is unknown"), "{}", stderr(&o));

    let o = run(&[
        "cart",
        "add",
        "--item",
        "X",
        "--sku",
        "1",
        "--quantity",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("HTML instead of JSON"),
        "{}",
        stderr(&o)
    );

    let o = run(&["cart", "delete", "382"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(
        stderr(&o).contains("not a PandaPon envelope"),
        "{}",
        stderr(&o)
    );

    let started = Instant::now();
    let o = run(&[
        "--timeout",
        "1",
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
    ]);
    assert_eq!(o.status.code(), Some(5));
    assert!(stderr(&o).contains("within 1 s"), "{}", stderr(&o));
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[cfg(unix)]
#[test]
fn serve_stops_cleanly_on_ctrl_c() {
    let env = Sandboxed::new();
    let mut s = serve(&env, &[]);
    assert_eq!(
        unsafe { libc::kill(s.child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
    let status = s.child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    let mut err = String::new();
    std::io::Read::read_to_string(s.child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(err.contains("Sandbox stopped."), "{err}");
}
