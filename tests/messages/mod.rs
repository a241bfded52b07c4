//! Shared by the order-message tests: the real `pandapon listen` as a child process, plain
//! HTTP/1.1 requests to it, and a small app server that records what it is sent.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The binary in a throwaway HOME and data directory, nothing of this machine's settings.
pub fn pandapon(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pandapon"));
    for (k, _) in std::env::vars() {
        if k.starts_with("PANDAPON_") || k == "NO_COLOR" {
            c.env_remove(k);
        }
    }
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PANDAPON_TIMEOUT", "5");
    c
}

/// Polls `f` every 10 ms until it holds; fails the test after `secs`.
pub fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn collect(r: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let t = text.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(r).lines().map_while(Result::ok) {
            let mut t = t.lock().unwrap();
            t.push_str(&line);
            t.push('\n');
        }
    });
    text
}

/// A running `pandapon listen` with an inbox of its own.
pub struct Listener {
    pub child: Child,
    pub home: PathBuf,
    pub inbox: PathBuf,
    pub url: String,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
}

impl Listener {
    /// Starts `pandapon [global...] listen --port 0 --inbox <home>/inbox [args...]` and waits
    /// until it has recorded its URL.
    pub fn start(home: &Path, global: &[&str], args: &[&str]) -> Listener {
        let inbox = home.join("inbox");
        let _ = std::fs::remove_file(inbox.join("listen.json"));
        let mut child = pandapon(home)
            .args(global)
            .args(["listen", "--port", "0", "--inbox"])
            .arg(&inbox)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = collect(child.stdout.take().unwrap());
        let err = collect(child.stderr.take().unwrap());
        let state = inbox.join("listen.json");
        let end = Instant::now() + Duration::from_secs(20);
        let url = loop {
            if let Ok(text) = std::fs::read_to_string(&state)
                && let Ok(v) = serde_json::from_str::<Value>(&text)
            {
                break v["url"].as_str().unwrap().to_string();
            }
            if let Ok(Some(s)) = child.try_wait() {
                panic!("listen exited with {s}: {}", err.lock().unwrap());
            }
            assert!(
                Instant::now() < end,
                "listen did not start: {}",
                err.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(10));
        };
        Listener {
            child,
            home: home.to_path_buf(),
            inbox,
            url,
            out,
            err,
        }
    }

    pub fn stdout(&self) -> String {
        self.out.lock().unwrap().clone()
    }

    pub fn stderr(&self) -> String {
        self.err.lock().unwrap().clone()
    }

    pub fn post(&self, body: &str) -> (u16, String) {
        request(
            "POST",
            &self.url,
            &[("content-type", "application/json")],
            body.as_bytes(),
        )
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: a signal to our own child.
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    /// Ctrl-C, then waits for the end: (status, stdout, stderr).
    pub fn stop(mut self) -> (ExitStatus, String, String) {
        self.signal(libc::SIGINT);
        let status = wait_exit(&mut self.child, 20);
        // The reader threads finish once the pipes close.
        std::thread::sleep(Duration::from_millis(50));
        (status, self.stdout(), self.stderr())
    }
}

pub fn wait_exit(child: &mut Child, secs: u64) -> ExitStatus {
    let end = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        assert!(Instant::now() < end, "the process did not stop");
        std::thread::sleep(Duration::from_millis(10));
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on a connection of its own: (status, body).
pub fn request(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
    try_request(method, url, headers, body).expect("connected")
}

/// `request`, or None when nothing listens (status 0: the connection broke before an answer).
pub fn try_request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Option<(u16, String)> {
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut s = TcpStream::connect(host).ok()?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    // A listener killed just after accepting resets the connection: status 0, not a panic.
    // A server may also answer (413) before reading everything: a failed write is not the test's.
    let _ = s
        .write_all(head.as_bytes())
        .and_then(|()| s.write_all(body));
    let mut text = Vec::new();
    let _ = s.read_to_end(&mut text);
    let text = String::from_utf8_lossy(&text).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// A message as PandaPon sends it (body an object).
pub fn message(kind: &str, order: &str, extra: &str) -> String {
    format!(
        r#"{{"messageType":"{kind}","messageBody":{{"orderId":"{order}"{extra}}},"messagePlatform":1,"timestamp":"1779263269913"}}"#
    )
}

/// The inbox as `pandapon inbox list --json` sees it.
pub fn inbox_json(home: &Path, args: &[&str]) -> Vec<Value> {
    let o = pandapon(home)
        .args(["--json", "inbox", "list", "--inbox"])
        .arg(home.join("inbox"))
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// A request the app was sent.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub headers: HashMap<String, String>,
    pub body: String,
}

/// An app that records what it is sent and answers with the status `answer` gives for the
/// n-th request (from 0).
pub struct App {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    pub count: Arc<AtomicUsize>,
}

impl App {
    pub fn start(answer: impl Fn(usize) -> u16 + Send + Sync + 'static) -> App {
        Self::on(TcpListener::bind("127.0.0.1:0").unwrap(), answer)
    }

    pub fn on(l: TcpListener, answer: impl Fn(usize) -> u16 + Send + Sync + 'static) -> App {
        let url = format!("http://{}/hook", l.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let count = Arc::new(AtomicUsize::new(0));
        let (s, c) = (seen.clone(), count.clone());
        std::thread::spawn(move || {
            for stream in l.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(req) = read_request(&mut stream) else {
                    continue;
                };
                let n = c.fetch_add(1, Ordering::SeqCst);
                let status = answer(n);
                s.lock().unwrap().push(req);
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            }
        });
        App { url, seen, count }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn read_request(s: &mut TcpStream) -> Option<Seen> {
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.lines();
    let path = lines.next()?.split(' ').nth(1)?.to_string();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = s.read(&mut chunk).ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).into_owned();
    Some(Seen {
        path,
        headers,
        body,
    })
}

/// A port nothing listens on (yet): bound and let go.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
