//! What a hostile server, network or file system can do, and what pandapon does about it
//! (RELIABILITY.md, "Threats"). Each test here failed before its fix.

mod common;

use common::*;
use serde_json::{Value, json};
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

/// No raw escape, C1 or bidi control character: the terminal cannot be driven by the server.
fn assert_inert(label: &str, text: &str) {
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "{label}: raw {c:?} reached the terminal:\n{text:?}");
    }
}

const ERASE: &str = "\u{1b}[1A\u{1b}[2K";

#[tokio::test]
async fn an_error_message_cannot_erase_the_lines_above_it() {
    let s = answering(
        "POST",
        "/v2/taobao/order/pay",
        ResponseTemplate::new(200).set_body_json(json!({
            "code": 500, "requestId": format!("r1{ERASE}"),
            "msg": format!("余额不足{ERASE}\u{1b}]8;;http://evil.example\u{7}pay here\u{1b}]8;;\u{7}")
        })),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["order", "pay", "3305075341149010310", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert_inert("stderr", &e);
    assert!(
        e.contains("余额不足\\x1b[1A\\x1b[2K\\x1b]8;;http://evil.example\\x07pay here"),
        "{e}"
    );
    assert!(e.contains("requestId r1\\x1b[1A"), "{e}");
}

#[tokio::test]
async fn titles_and_shop_names_are_shown_escaped_and_json_stays_exact() {
    let mut data = seed_data();
    data["confirmOrders"][0]["shopName"] = json!(format!("小淘男装\u{1b}]0;pwned\u{7}"));
    data["confirmOrders"][0]["cartItemInfos"][0]["itemTitle"] =
        json!(format!("衬衫\u{202e}gpj.exe{ERASE}"));
    let s = answering(
        "POST",
        "/v2/taobao/cart/confirm/order",
        ResponseTemplate::new(200).set_body_json(ok(data.clone())),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_inert("stdout", &out);
    assert!(out.contains("小淘男装\\x1b]0;pwned\\x07"), "{out}");
    assert!(out.contains("衬衫\\u{202e}gpj.exe\\x1b[1A"), "{out}");

    let o = env
        .cmd(&s.uri())
        .args(["--json", "cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v,
        ids_as_strings(&data),
        "--json is the data, ids as strings"
    );
    assert_inert("--json", &stdout(&o));
}

/// A secret with characters JSON escapes: its escaped form must not slip through `--json`
/// or `--debug`, and the JSON must stay valid.
#[tokio::test]
async fn a_secret_is_masked_in_every_form_and_json_stays_valid() {
    let secret = "se\"cr\\et\tvalue-0123456789";
    let escaped = r#"se\"cr\\et\tvalue-0123456789"#;
    let s = answering(
        "GET",
        "/v2/taobao/cart/list",
        ResponseTemplate::new(200).set_body_json(ok(json!([
            {"id": 3305075341149010310u64, "quantity": 1, "itemTitle": format!("echo {secret}")}
        ]))),
    )
    .await;
    let env = Sandboxed::new();
    for mode in [&["--json"][..], &["--debug"], &[]] {
        let o = env
            .cmd(&s.uri())
            .env("PANDAPON_ACCESS_SECRET", secret)
            .args(mode)
            .args(["cart", "list"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{mode:?}: {}", stderr(&o));
        for text in [stdout(&o), stderr(&o)] {
            assert!(!text.contains(secret), "{mode:?}: {text}");
            assert!(!text.contains(escaped), "{mode:?}: {text}");
        }
        if mode == ["--json"] {
            let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
            assert_eq!(v[0]["itemTitle"], "echo ********");
            assert_eq!(v[0]["id"], "3305075341149010310");
        }
    }
}

#[tokio::test]
async fn a_short_secret_is_refused_before_anything_is_sent() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .env("PANDAPON_ACCESS_SECRET", "order")
        .args(["order", "show", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(e.contains("is 5 characters long"), "{e}");
    assert!(
        e.contains("order 1") || !e.contains("********"),
        "nothing masked: {e}"
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

/// Under --sandbox a profile's short secret is not used, and must not be masked out of ids.
#[test]
fn a_short_profile_secret_does_not_corrupt_sandbox_output() {
    let shop = Shop::new();
    shop.env.write_config(
        "[profiles.default]\naccess_key = \"k\"\naccess_secret = \"3305\"\nuser_id = \"u\"\n",
    );
    let json = shop.ok(&["--json", "order", "list"]);
    let v: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let first = v["data"][0]["orderId"].as_str().unwrap().to_string();
    assert!(first.starts_with("3305"), "{first}");
    let tsv = shop.ok(&["order", "list"]);
    assert!(tsv.lines().all(|l| l.starts_with("3305")), "{tsv}");
}

/// An HTTPS server on 127.0.0.1 whose certificate is signed by the test authority in
/// tests/fixtures/tls (test-only keys, valid for a century), answering every request with the
/// envelope of an empty cart.
async fn tls_server() -> String {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls");
    let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(dir.join("server.pem"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let svc = hyper::service::service_fn(|_req| async {
                    let body = ok(json!([])).to_string();
                    Ok::<_, std::convert::Infallible>(
                        hyper::Response::builder()
                            .header("content-type", "application/json")
                            .body(http_body_util::Full::new(bytes::Bytes::from(body)))
                            .unwrap(),
                    )
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), svc)
                    .await;
            });
        }
    });
    format!("https://localhost:{port}")
}

#[tokio::test(flavor = "multi_thread")]
async fn an_untrusted_certificate_is_named_and_a_company_authority_can_be_trusted() {
    let url = tls_server().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&url)
        .env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("the server's certificate is not trusted"), "{e}");
    assert!(e.contains("SSL_CERT_FILE"), "{e}");

    let ca = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls/ca.pem");
    let o = env
        .cmd(&url)
        .env("SSL_CERT_FILE", &ca)
        .args(["--json", "cart", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "[]");
}

#[tokio::test]
async fn plain_http_to_another_machine_is_refused_unless_asked_for() {
    let env = Sandboxed::new();
    let o = env
        .cmd("http://api.example.com")
        .args(["order", "pay", "3305075341149010310", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("plain http:// to api.example.com"), "{e}");
    assert!(e.contains("Use https://, or --insecure-http"), "{e}");
    assert!(!env.path().join("data/pandapon/journal.jsonl").exists());

    // Allowed on request, with a warning; loopback needs nothing.
    let o = env
        .cmd("http://api.example.invalid")
        .args(["--insecure-http", "--dry-run", "order", "pay", "1"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: sending over plain HTTP to api.example.invalid"));
    for local in ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"] {
        let o = env
            .cmd(local)
            .args(["--dry-run", "order", "pay", "1"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{local}: {}", stderr(&o));
        assert!(!stderr(&o).contains("warning"), "{local}: {}", stderr(&o));
    }
}

/// A proxy in the environment is for the real API: the sandbox on loopback is reached
/// directly, so the signed requests never pass through it.
#[test]
fn the_sandbox_is_never_reached_through_a_proxy() {
    // A "proxy" that accepts connections and never answers.
    let proxy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let at = format!("http://{}", proxy.local_addr().unwrap());
    let shop = Shop::new();
    let o = shop
        .env
        .sandboxed()
        .env("HTTP_PROXY", &at)
        .env("http_proxy", &at)
        .env("ALL_PROXY", &at)
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    proxy.set_nonblocking(true).unwrap();
    assert!(proxy.accept().is_err(), "a request went to the proxy");
}

#[cfg(unix)]
#[test]
fn config_init_writes_through_no_planted_link_and_keeps_a_dotfile_link() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let env = Sandboxed::new();
    let dir = env.config_path().parent().unwrap().to_path_buf();
    std::fs::create_dir_all(&dir).unwrap();
    let victim = env.path().join("bashrc");
    std::fs::write(&victim, "export PATH\n").unwrap();
    // The names a predictable temporary file would have had.
    for pid in 0..4096 {
        symlink(&victim, dir.join(format!(".config.toml.tmp{pid}"))).unwrap();
    }
    let init = |env: &Sandboxed| {
        env.bare()
            .env("PANDAPON_ACCESS_SECRET", SECRET)
            .args([
                "config",
                "init",
                "--access-key",
                KEY,
                "--user-id",
                USER,
                "--yes",
            ])
            .output()
            .unwrap()
    };
    let o = init(&env);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "export PATH\n");
    let mode = std::fs::metadata(env.config_path())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // A config kept in a dotfiles directory and linked: written through, still a link.
    let real = env.path().join("dotfiles-pandapon.toml");
    std::fs::rename(env.config_path(), &real).unwrap();
    symlink(&real, env.config_path()).unwrap();
    let o = init(&env);
    assert!(o.status.success(), "{}", stderr(&o));
    let meta = std::fs::symlink_metadata(env.config_path()).unwrap();
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert!(std::fs::read_to_string(&real).unwrap().contains(KEY));
}

#[cfg(unix)]
#[test]
fn a_journal_planted_as_a_link_is_not_written_and_the_write_not_sent() {
    let shop = Shop::new();
    let data = shop.env.path().join("data/pandapon");
    std::fs::create_dir_all(&data).unwrap();
    let victim = shop.env.path().join("victim");
    std::fs::write(&victim, "").unwrap();
    std::os::unix::fs::symlink(&victim, data.join("journal.jsonl")).unwrap();
    let id = shop.json(&["order", "list"])["data"][0]["orderId"]
        .as_str()
        .unwrap()
        .to_string();
    let o = shop.run(&["order", "cancel", &id, "--yes"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot record the write in the journal"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "");
}

#[test]
fn sandbox_reset_refuses_a_file_that_is_not_a_sandbox_state() {
    let env = Sandboxed::new();
    let precious = env.path().join("notes.json");
    std::fs::write(&precious, "{\"mine\": true}\n").unwrap();
    let o = env
        .bare()
        .args(["sandbox", "reset", "--state", precious.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is not a sandbox state file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(&precious).unwrap(),
        "{\"mine\": true}\n"
    );
    // Its own file (or a new one) resets as before.
    let own = env.path().join("s.json");
    for _ in 0..2 {
        let o = env
            .bare()
            .args(["sandbox", "reset", "--state", own.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
}

/// A confirmation that moves money shows what the server said, not what it told the terminal
/// to do: here an order's currency that would retitle the window.
#[tokio::test]
async fn a_confirmation_shows_server_text_escaped() {
    let order: Value = serde_json::from_str(
        r#"{"orderId": 5, "orderStatus": "WAIT_BUYER_PAY", "totalAmount": 100,
            "currency": "\u001b]0;PWNED\u0007X", "subOrders": []}"#,
    )
    .unwrap();
    let s = answering(
        "GET",
        "/v2/taobao/order/detail",
        ResponseTemplate::new(200).set_body_json(ok(order)),
    )
    .await;
    let env = Sandboxed::new();
    let (code, out) = pty::typing(
        &env,
        "--color never order pay 5",
        &[
            ("PANDAPON_BASE_URL", &s.uri()),
            ("PANDAPON_ACCESS_KEY", KEY),
            ("PANDAPON_ACCESS_SECRET", SECRET),
            ("PANDAPON_USER_ID", USER),
        ],
        &["n"],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains("Pay 1 order (total"), "{out}");
    assert!(
        !out.contains("\u{1b}]0;PWNED"),
        "raw OSC reached the terminal: {out:?}"
    );
    assert!(out.contains("PWNED"), "shown, escaped: {out:?}");
}
