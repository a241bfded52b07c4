//! Pushing order messages to the callback URL the way PandaPon does (docs/api.md#callbacks):
//! a POST of JSON, counted as received only on HTTP 200 within 1000 ms, pushed again up to 5
//! times after a delay (half an hour at PandaPon; seconds here, `--callback-retry-ms`), then
//! given up. Every message's end (delivered, given up, or abandoned when the sandbox stopped
//! before its next push) is one line of the callback log beside the state file.
//!
//! Pushing never holds up the API's answer: the write hands its messages over and returns.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::domain::message::{self, Received};

/// PandaPon's limit for an answer.
pub const TIMEOUT: Duration = Duration::from_millis(1000);
/// Pushes after the first.
pub const REDELIVERIES: u32 = 5;

#[derive(Clone, Debug)]
pub struct Callback {
    pub url: reqwest::Url,
    /// The pause before each redelivery.
    pub retry_delay: Duration,
    /// The callback log (JSON lines).
    pub log: PathBuf,
}

/// Sends the sandbox's messages; cheap to clone.
#[derive(Clone)]
pub struct Pusher(Arc<Inner>);

struct Inner {
    cb: Callback,
    client: reqwest::Client,
    tasks: Mutex<JoinSet<()>>,
    stop: watch::Sender<bool>,
}

impl Pusher {
    pub fn new(cb: Callback) -> Result<Pusher, String> {
        let mut b = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none());
        if is_loopback(&cb.url) {
            b = b.no_proxy();
        }
        let client = b
            .build()
            .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
        Ok(Pusher(Arc::new(Inner {
            cb,
            client,
            tasks: Mutex::new(JoinSet::new()),
            stop: watch::channel(false).0,
        })))
    }

    pub fn url(&self) -> &reqwest::Url {
        &self.0.cb.url
    }

    pub fn log_path(&self) -> &std::path::Path {
        &self.0.cb.log
    }

    /// Hands over one write's messages, which are first pushed in the order given. Returns at
    /// once; must be called on the runtime.
    pub fn push(&self, messages: Vec<Value>) {
        if messages.is_empty() || *self.0.stop.borrow() {
            return;
        }
        let inner = self.0.clone();
        let mut tasks = self.0.tasks.lock().expect("not poisoned");
        while tasks.try_join_next().is_some() {}
        tasks.spawn(async move {
            let mut redeliveries = JoinSet::new();
            for m in messages {
                if let Err(why) = inner.attempt(&m).await {
                    let inner = inner.clone();
                    redeliveries.spawn(async move { inner.redeliver(m, why).await });
                }
            }
            while redeliveries.join_next().await.is_some() {}
        });
    }

    /// Stops: pushes in flight finish (at most `TIMEOUT`), waiting redeliveries are recorded
    /// as abandoned.
    pub async fn finish(&self) {
        let _ = self.0.stop.send(true);
        let mut tasks = std::mem::take(&mut *self.0.tasks.lock().expect("not poisoned"));
        let all = async { while tasks.join_next().await.is_some() {} };
        let _ = tokio::time::timeout(TIMEOUT + Duration::from_millis(500), all).await;
    }
}

impl Inner {
    /// The first push: recorded here when it succeeds; a failure is the caller's to retry.
    async fn attempt(&self, m: &Value) -> Result<(), String> {
        self.send(m).await?;
        self.record(m, 1, "delivered", None);
        Ok(())
    }

    async fn redeliver(&self, m: Value, mut why: String) {
        let mut stop = self.stop.subscribe();
        for n in 1..=REDELIVERIES {
            tokio::select! {
                _ = tokio::time::sleep(self.cb.retry_delay) => {}
                _ = stop.wait_for(|s| *s) => {
                    self.record(&m, n, "abandoned: the sandbox stopped before the next push", Some(&why));
                    return;
                }
            }
            match self.send(&m).await {
                Ok(()) => {
                    self.record(&m, n + 1, "delivered", None);
                    return;
                }
                Err(w) => why = w,
            }
        }
        self.record(&m, REDELIVERIES + 1, "gave up", Some(&why));
    }

    async fn send(&self, m: &Value) -> Result<(), String> {
        let sent = self
            .client
            .post(self.cb.url.clone())
            .header("content-type", "application/json")
            .body(m.to_string())
            .send()
            .await;
        match sent {
            Ok(r) if r.status().as_u16() == 200 => Ok(()),
            Ok(r) => Err(format!("HTTP {}", r.status().as_u16())),
            Err(e) if e.is_timeout() => Err(format!("no answer within {} ms", TIMEOUT.as_millis())),
            Err(e) => Err(root_cause(&e)),
        }
    }

    /// One line per message's end. Best effort: the log must not fail a push.
    fn record(&self, m: &Value, attempts: u32, outcome: &str, last_error: Option<&str>) {
        let (order, refund) = match message::parse(m.to_string().as_bytes()) {
            Ok(Received::Message(msg)) => (msg.order_id(), msg.refund_id()),
            _ => (None, None),
        };
        let line = json!({
            "time": jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
            "messageType": m["messageType"],
            "messagePlatform": m["messagePlatform"],
            "orderId": order,
            "refundId": refund,
            "url": self.cb.url.as_str(),
            "attempts": attempts,
            "outcome": outcome,
            "lastError": last_error,
        });
        if let Ok((mut f, _)) = crate::files::open_append_private(&self.cb.log) {
            let _ = f.write_all(format!("{line}\n").as_bytes());
        }
    }
}

/// This machine (the sandbox may use only the catalogue of `api`, so its own check): a proxy
/// meant for the internet must not see local pushes.
fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// "Connection refused (os error 111)", not reqwest's outer layers.
fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cur = e;
    while let Some(s) = cur.source() {
        cur = s;
    }
    cur.to_string()
}
