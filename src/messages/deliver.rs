//! Handing messages to the app: re-posting them (`--forward-to`, `inbox replay --to`) or
//! running a command with each on stdin (`--exec`).
//!
//! Messages about one order go one at a time, in the order received, and a message the app
//! does not accept is tried again with a growing pause until it does: a payment must not
//! overtake its order's creation, and an app that is restarting must not lose either. Orders
//! do not wait for each other. Each acceptance is recorded in the inbox; a message never
//! accepted stays pending there for `inbox replay`.

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use super::inbox::{self, Record, Store};

/// Where messages go.
pub enum Sink {
    Forward {
        url: reqwest::Url,
        client: reqwest::Client,
    },
    Exec {
        command: String,
    },
}

/// How long the app has to answer one delivery.
const APP_TIMEOUT: Duration = Duration::from_secs(10);
/// The first pause after a refusal, doubled each time up to `MAX_PAUSE`.
const FIRST_PAUSE: Duration = Duration::from_millis(250);
const MAX_PAUSE: Duration = Duration::from_secs(10);

impl Sink {
    pub fn forward(url: reqwest::Url) -> Result<Sink, String> {
        let mut b = reqwest::Client::builder()
            .timeout(APP_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none());
        if crate::api::transport::is_loopback(&url) {
            // An HTTP_PROXY meant for the internet must not receive local traffic.
            b = b.no_proxy();
        }
        let client = b
            .build()
            .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
        Ok(Sink::Forward { url, client })
    }

    /// How deliveries name the target: the URL, or `exec: CMD`.
    pub fn name(&self) -> String {
        match self {
            Sink::Forward { url, .. } => url.to_string(),
            Sink::Exec { command } => format!("exec: {command}"),
        }
    }

    /// One delivery: Ok with the HTTP status (none for a command) when the app accepted it.
    pub async fn deliver(&self, r: &Record, attempt: u32) -> Result<Accepted, String> {
        match self {
            Sink::Forward { url, client } => {
                let req = client
                    .post(url.clone())
                    .header("content-type", r.content_type.as_str())
                    .header("x-pandapon-message-type", plain(&r.message_type).as_ref())
                    // The same for every delivery of the message (retries, replays, PandaPon's
                    // own pushes of it again): what an app deduplicates on.
                    .header("x-pandapon-delivery-id", r.content_key.as_str())
                    .header("x-pandapon-inbox-id", r.id.to_string())
                    .header("x-pandapon-attempt", attempt.to_string())
                    .body(r.raw.clone());
                match req.send().await {
                    Ok(resp) if resp.status().is_success() => Ok(Accepted {
                        status: Some(resp.status().as_u16()),
                        output: String::new(),
                    }),
                    Ok(resp) => Err(format!("answered HTTP {}", resp.status().as_u16())),
                    Err(e) if e.is_timeout() => {
                        Err(format!("no answer within {} s", APP_TIMEOUT.as_secs()))
                    }
                    Err(e) if e.is_connect() => Err("is not reachable (connection refused)".into()),
                    Err(e) => Err(crate::api::transport::root_cause(&e)),
                }
            }
            Sink::Exec { command } => {
                let (command, r) = (command.clone(), r.clone());
                tokio::task::spawn_blocking(move || run(&command, &r, attempt))
                    .await
                    .map_err(|e| format!("the command could not run: {e}"))?
                    .map(|output| Accepted {
                        status: None,
                        output,
                    })
            }
        }
    }
}

/// A message's own text (its type, its ids) as a header or environment value: printable ASCII
/// as it is, any other byte percent-encoded. The sender chose that text; a control character
/// or a NUL in it made the request (or the command) impossible to build, and the delivery was
/// retried forever, holding back every later message of the same order.
fn plain(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for b in s.bytes() {
        if b.is_ascii_graphic() && b != b'%' || b == b' ' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.into()
}

/// `sh -c CMD` with the message on stdin and its facts in the environment; exit 0 accepts it.
/// What it prints is reported on stderr, not passed to our stdout, which carries messages.
fn run(command: &str, r: &Record, attempt: u32) -> Result<String, String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .env("PANDAPON_MESSAGE_TYPE", plain(&r.message_type).as_ref())
        .env("PANDAPON_MESSAGE_PLATFORM", r.message_platform.to_string())
        .env("PANDAPON_DELIVERY_ID", &r.content_key)
        .env("PANDAPON_INBOX_ID", r.id.to_string())
        .env(
            "PANDAPON_ORDER_ID",
            plain(r.order_id.as_deref().unwrap_or("")).as_ref(),
        )
        .env(
            "PANDAPON_REFUND_ID",
            plain(r.refund_id.as_deref().unwrap_or("")).as_ref(),
        )
        .env("PANDAPON_ATTEMPT", attempt.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run sh -c {command:?}: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let raw = r.raw.clone().into_bytes();
    // A command that never reads stdin must not block us: write from a thread of its own.
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&raw);
    });
    // Each pipe drained by a thread of its own: a command filling one while we wait on the
    // other would never finish.
    let err = drain(child.stderr.take().expect("piped"));
    let out = drain(child.stdout.take().expect("piped"));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Ok(s),
            Ok(None) if started.elapsed() > APP_TIMEOUT * 6 => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!(
                    "did not finish within {} s and was stopped",
                    APP_TIMEOUT.as_secs() * 6
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => break Err(format!("cannot wait for the command: {e}")),
        }
    };
    let _ = feeder.join();
    let stderr = err.join().unwrap_or_default();
    let stdout = out.join().unwrap_or_default();
    let status = status?;
    if status.success() {
        return Ok(tail(&stdout, 2000));
    }
    let tail = tail(&stderr, 300);
    let code = status
        .code()
        .map_or("a signal".to_string(), |c| format!("status {c}"));
    Err(if tail.is_empty() {
        format!("exited with {code}")
    } else {
        format!("exited with {code}: {tail}")
    })
}

/// The first 64 KiB a pipe gives; the rest is read and dropped.
fn drain(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = (&mut r).take(64 * 1024).read_to_end(&mut text);
        let _ = std::io::copy(&mut r, &mut std::io::sink());
        text
    })
}

/// The last `n` characters of a command's output, trimmed.
fn tail(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim();
    let skip = text.chars().count().saturating_sub(n);
    text.chars().skip(skip).collect()
}

/// An app took a message: the HTTP status (none for a command) and what a command printed.
#[derive(Debug)]
pub struct Accepted {
    pub status: Option<u16>,
    pub output: String,
}

/// What happened to a delivery, for the listener to report.
#[derive(Debug)]
pub enum Report {
    Accepted {
        id: u64,
        status: Option<u16>,
        output: String,
        attempts: u32,
        ms: u128,
    },
    Refused {
        id: u64,
        why: String,
        attempt: u32,
        retry_in: Duration,
    },
}

enum Msg {
    Submit(Box<Record>),
    Done(String),
}

/// Delivers in order per order id, retrying until accepted. Dropping it stops every delivery
/// in progress; what was not accepted stays pending in the inbox.
pub struct Deliverer {
    tx: mpsc::UnboundedSender<Msg>,
    task: tokio::task::JoinHandle<()>,
}

impl Deliverer {
    pub fn start(sink: Sink, store: Store, reports: mpsc::UnboundedSender<Report>) -> Deliverer {
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(dispatch(Arc::new(sink), store, reports, tx.clone(), rx));
        Deliverer { tx, task }
    }

    pub fn submit(&self, r: Record) {
        let _ = self.tx.send(Msg::Submit(Box::new(r)));
    }

    /// Stops delivering now (the deliveries in flight are dropped, and stay pending).
    pub async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }
}

async fn dispatch(
    sink: Arc<Sink>,
    store: Store,
    reports: mpsc::UnboundedSender<Report>,
    me: mpsc::UnboundedSender<Msg>,
    mut rx: mpsc::UnboundedReceiver<Msg>,
) {
    let mut queues: HashMap<String, VecDeque<Record>> = HashMap::new();
    // Dropped with this task, which aborts the deliveries in flight.
    let mut running = JoinSet::new();
    while let Some(m) = rx.recv().await {
        while running.try_join_next().is_some() {}
        let key = match m {
            Msg::Submit(r) => {
                let key = r.order_id.clone().unwrap_or_else(|| format!("#{}", r.id));
                let q = queues.entry(key.clone()).or_default();
                q.push_back(*r);
                if q.len() > 1 {
                    // The one in front is being delivered; this one waits its turn.
                    continue;
                }
                key
            }
            Msg::Done(key) => {
                let q = queues.get_mut(&key).expect("a queue for every delivery");
                q.pop_front();
                if q.is_empty() {
                    queues.remove(&key);
                    continue;
                }
                key
            }
        };
        let r = queues[&key].front().expect("not empty").clone();
        let (sink, store, reports, me) = (sink.clone(), store.clone(), reports.clone(), me.clone());
        running.spawn(async move {
            until_accepted(&sink, &store, &reports, &r).await;
            let _ = me.send(Msg::Done(key));
        });
    }
}

async fn until_accepted(
    sink: &Sink,
    store: &Store,
    reports: &mpsc::UnboundedSender<Report>,
    r: &Record,
) {
    let mut pause = FIRST_PAUSE;
    for attempt in 1.. {
        let started = Instant::now();
        match sink.deliver(r, attempt).await {
            Ok(Accepted { status, output }) => {
                store.delivered(inbox::delivery(r.id, &sink.name(), status, attempt));
                let ms = started.elapsed().as_millis();
                let _ = reports.send(Report::Accepted {
                    id: r.id,
                    status,
                    output,
                    attempts: attempt,
                    ms,
                });
                return;
            }
            Err(why) => {
                let _ = reports.send(Report::Refused {
                    id: r.id,
                    why,
                    attempt,
                    retry_in: pause,
                });
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(MAX_PAUSE);
            }
        }
    }
}
