//! Unbounded local reads (issue 17, item 10): a device, an endless pipe or a FIFO given as
//! input stops at a size limit (exit 2, nothing sent) or still gives way to a signal (130);
//! the sandbox checks who is asking before it reads a body, and caps bodies (413).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::*;
use serde_json::Value;
use wiremock::MockServer;

const S_KEY: &str = "sandbox-access-key";
const S_SECRET: &str = "sandbox-access-secret";
const S_USER: &str = "2100007341207";

fn assert_refused(o: &std::process::Output, says: &str) {
    assert_eq!(o.status.code(), Some(2), "{}", stderr(o));
    assert!(stderr(o).contains(says), "{}", stderr(o));
    assert_eq!(stdout(o), "");
}

#[tokio::test]
async fn a_device_or_an_endless_stdin_as_input_stops_at_the_limit() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let started = Instant::now();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "add", "--input", "/dev/zero"])
        .output()
        .unwrap();
    assert_refused(
        &o,
        "the JSON body in /dev/zero is larger than 16 MiB; nothing was sent",
    );
    let o = std_command(&env, &s.uri())
        .args(["order", "render", "--input", "-"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert_refused(
        &o,
        "the JSON body in stdin is larger than 16 MiB; nothing was sent",
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_image_is_measured_by_reading_not_by_its_size_on_disk() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "message",
            "1",
            "--text",
            "x",
            "--image",
            "/dev/zero",
        ])
        .output()
        .unwrap();
    assert_refused(
        &o,
        "the image /dev/zero is larger than 5 MiB; the limit is 5 MiB (or give an https:// URL)",
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[test]
fn a_device_as_the_profile_file_is_refused() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .args(["--config", "/dev/zero", "cart", "list"])
        .output()
        .unwrap();
    assert_refused(
        &o,
        "cannot read the config file /dev/zero: it is larger than 1 MiB, which no profile file is",
    );
}

/// Blocked opening or reading a FIFO nobody writes to, the command still ends on a signal.
#[cfg(unix)]
#[test]
fn a_fifo_as_input_does_not_make_signals_useless() {
    for (sig, args) in [
        (libc::SIGINT, vec!["cart", "add", "--input"]),
        (libc::SIGTERM, vec!["cart", "add", "--input"]),
        (
            libc::SIGINT,
            vec!["after-sales", "message", "1", "--text", "x", "--image"],
        ),
    ] {
        let env = Sandboxed::new();
        let fifo = env.path().join("body.fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let child = std_command(&env, "http://127.0.0.1:9")
            .args(&args)
            .arg(&fifo)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(500));
        let o = signal_and_wait(child, sig);
        assert_eq!(o.status.code(), Some(130), "{args:?} {sig}: {}", stderr(&o));
        assert_eq!(stderr(&o), "error: interrupted\n");
    }
}

/// The binary as `Sandboxed::cmd` sets it up, as a std command (its stdin a real file).
fn std_command(env: &Sandboxed, url: &str) -> std::process::Command {
    let cmd = env.cmd(url);
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c
}

fn signal_and_wait(mut child: Child, sig: libc::c_int) -> std::process::Output {
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, sig) }, 0);
    // A process that ignored the signal would hang this test: killed after a while (and
    // only while it is still ours to kill).
    let deadline = Instant::now() + Duration::from_secs(5);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// `pandapon sandbox serve --port 0`, killed on drop.
struct Served {
    child: Child,
    addr: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &Sandboxed) -> Served {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .args(["--json", "sandbox", "serve", "--port", "0", "--state"])
        .arg(env.path().join("state.json"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap();
    let addr = v["url"]
        .as_str()
        .unwrap()
        .trim_start_matches("http://")
        .to_string();
    Served { child, addr }
}

/// The five auth headers, signed with the sandbox's public account.
fn auth_headers() -> String {
    let ts = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string();
    // 32 letters or digits, new for every request (the sandbox refuses a replay).
    let nonce = format!(
        "{:032x}",
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let sig = md5_upper(&format!("{S_KEY}{ts}{nonce}{S_SECRET}"));
    format!(
        "access-key: {S_KEY}\r\ntimestamp: {ts}\r\nnonce-str: {nonce}\r\nuser-id: {S_USER}\r\nsignature: {sig}\r\n"
    )
}

/// Sends `head` (and `body`, from a thread), returns the status line and the answer's body.
fn exchange(addr: &str, head: String, body: Option<Vec<u8>>) -> (String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    let mut w = s.try_clone().unwrap();
    let writer = body.map(|b| {
        std::thread::spawn(move || {
            for chunk in b.chunks(64 << 10) {
                let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), chunk, b"\r\n"].concat();
                if w.write_all(&framed).is_err() {
                    return;
                }
            }
            let _ = w.write_all(b"0\r\n\r\n");
        })
    });
    let mut answer = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                answer.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&answer);
                if let Some((head, rest)) = text.split_once("\r\n\r\n") {
                    let len = head.lines().find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length: ")
                            .map(|v| v.trim().parse::<usize>().unwrap())
                    });
                    if len.is_some_and(|n| rest.len() >= n) {
                        break;
                    }
                }
            }
            Err(e) => panic!(
                "no answer in time ({e}): {:?}",
                String::from_utf8_lossy(&answer)
            ),
        }
    }
    drop(s);
    if let Some(w) = writer {
        let _ = w.join();
    }
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_string(), body.to_string())
}

#[test]
fn the_sandbox_answers_before_reading_an_unauthenticated_body() {
    let env = Sandboxed::new();
    let s = serve(&env);
    // 600 MB announced and never sent: the answer comes from the headers alone.
    let head = format!(
        "POST /v2/taobao/cart/add HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\ncontent-length: 600000000\r\n\r\n",
        s.addr
    );
    let (status, body) = exchange(&s.addr, head, None);
    assert_eq!(status, "HTTP/1.1 200 OK");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["code"], 401);
    assert_eq!(v["msg"], "missing header: access-key");
}

#[test]
fn the_sandbox_caps_a_request_body_at_16_mib() {
    let env = Sandboxed::new();
    let s = serve(&env);
    // Announced too large: refused before a byte of it is read.
    let head = format!(
        "POST /v2/taobao/cart/add HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\n{}content-length: 600000000\r\n\r\n",
        s.addr,
        auth_headers()
    );
    let (status, body) = exchange(&s.addr, head, None);
    assert_eq!(status, "HTTP/1.1 413 Payload Too Large");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["code"], 413);
    assert_eq!(v["msg"], "the request body is larger than 16 MiB");
    // Not announced (chunked): refused once it passes the limit.
    let head = format!(
        "POST /v2/taobao/cart/add HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\n{}transfer-encoding: chunked\r\n\r\n",
        s.addr,
        auth_headers()
    );
    let (status, _) = exchange(&s.addr, head, Some(vec![b' '; 17 << 20]));
    assert_eq!(status, "HTTP/1.1 413 Payload Too Large");
}
