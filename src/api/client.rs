//! The signed client: every request to the API goes through `Client::call`, which signs it,
//! records a write in the journal before it leaves, retries only what is safe to retry, and
//! tells its observer what happens (it prints nothing itself).

use std::borrow::Cow;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use super::answer::{self, interpret, scrub};
use super::catalogue::{Catalogue, Route, fill_path};
use super::envelope::{Data, Envelope};
use super::observe::{Observer, Shown};
use super::pace::Pace;
use super::sign;
use super::transport::{Attempt, Transport, backoff, describe, is_loopback};
use crate::config::TimestampUnit;
use crate::error::{Error, Result};
use crate::journal::{self, Journal, Outcome, Pending};
use crate::secret::MASK;
use crate::settings::{Credentials, Settings};

/// Attempts for an operation that is safe to retry (1 + 2 retries).
const MAX_ATTEMPTS: u32 = 3;
/// The longest wait for a connection to open; under a --timeout of 15 s, two thirds of it.
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// One call: an operation of the catalogue with its parameters.
#[derive(Debug, Clone)]
pub struct Call {
    pub op: &'static str,
    /// `pandapon api`: a route of its own instead of the catalogue's `op` (see `Call::to`).
    route: Option<Route>,
    params: Vec<(&'static str, String)>,
    query: Vec<(Cow<'static, str>, String)>,
    body: Option<Value>,
}

/// What `Client::call_reply` keeps of an answer besides its `data`: for `pandapon api
/// --include` and `auth status` (the round trip, the server's `Date`).
#[derive(Debug, Clone, Default)]
pub struct Reply {
    pub status: u16,
    /// As received, in order; values that would quote the signature or secret masked.
    pub headers: Vec<(String, String)>,
    /// The whole body as JSON, when it was JSON.
    pub body: Option<Value>,
    /// The last attempt's round trip.
    pub elapsed: Duration,
}

impl Call {
    pub fn new(op: &'static str) -> Self {
        Call {
            op,
            route: None,
            params: Vec::new(),
            query: Vec::new(),
            body: None,
        }
    }

    /// A call to a route the caller made (`pandapon api`: any path, or an operation with its
    /// placeholders filled). Its `safe` flag decides retries and the journal, as for any call.
    pub fn to(route: Route) -> Self {
        Call {
            op: route.key,
            route: Some(route),
            ..Call::new("")
        }
    }

    /// A query parameter whose name is only known at run time.
    pub fn query_named(mut self, name: String, value: impl ToString) -> Self {
        self.query.push((Cow::Owned(name), value.to_string()));
        self
    }

    /// Fills `{name}` in the path.
    pub fn param(mut self, name: &'static str, value: impl ToString) -> Self {
        self.params.push((name, value.to_string()));
        self
    }

    pub fn query(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((Cow::Borrowed(name), value.to_string()));
        self
    }

    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
}

pub struct Client<'a> {
    base_url: String,
    creds: Credentials,
    unit: TimestampUnit,
    catalogue: &'a Catalogue,
    timeout: Duration,
    dry_run: bool,
    /// `--concurrency`: requests a walk or batch may keep in flight.
    concurrency: usize,
    observer: &'a dyn Observer,
    transport: Transport,
    journal: Journal,
    /// The pause a rate limit asked for, shared by every request of this client.
    pace: Pace,
    /// `--concurrency` permits: one is held while a request is on the wire, and only then
    /// (not while its answer is parsed, nor while a retry waits).
    wire: tokio::sync::Semaphore,
}

/// The five auth headers of one attempt.
struct Signed {
    timestamp: String,
    nonce: String,
    signature: String,
}

impl<'a> Client<'a> {
    pub fn new(settings: &'a Settings, observer: &'a dyn Observer) -> Result<Self> {
        let creds = settings.credentials()?;
        if let Some(w) = settings.check_transport()? {
            observer.warning(&w);
        }
        // Both are signed and sent as headers. A control character cannot be a header value
        // (the header was left out, yet signed); other non-ASCII bytes are sent raw, and how
        // the server decodes them to check the signature is anyone's guess. Refuse both
        // before anything is sent.
        for (what, value) in [
            ("access key", &settings.access_key),
            ("user id", &settings.user_id),
        ] {
            if let Some(v) = value
                && !v.value.chars().all(|c| c == ' ' || c.is_ascii_graphic())
            {
                return Err(Error::usage(format!(
                    "the {what} (from {}) cannot be sent in an HTTP header: only visible ASCII characters are allowed",
                    v.source
                )));
            }
        }
        let mut builder = reqwest::Client::builder();
        // A proxy is for reaching the API across the network; this machine (the sandbox, a
        // local test server) is reached directly, or the proxy would see the signed request.
        let base = reqwest::Url::parse(&settings.base_url.value).ok();
        if base.as_ref().is_some_and(is_loopback) {
            builder = builder.no_proxy();
        }
        // The trust store (the system's, SSL_CERT_FILE, and the bundled roots) is read only for
        // https: plain http to this machine needs none, and reading it costs start-up time.
        if base.as_ref().is_some_and(|u| u.scheme() == "http") {
            builder = builder.tls_built_in_root_certs(false);
        }
        let http = builder
            .user_agent(concat!("pandapon/", env!("CARGO_PKG_VERSION")))
            // Shorter than the overall --timeout, so a connection that never opens ends as a
            // connect error ("nothing was sent") rather than as the deadline, which for a
            // write means "outcome unknown".
            .connect_timeout((settings.timeout.value * 2 / 3).min(MAX_CONNECT_TIMEOUT))
            // A redirect would re-send the signed headers to wherever it points (a write as a
            // GET, to another host): `interpret` reports it instead.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Network {
                msg: format!("cannot start the HTTP client: {e}"),
                write: false,
            })?;
        // Sandbox writes are labelled so that, after an exit 5, nobody takes them for real ones.
        let who = if settings.sandbox.is_some() {
            "sandbox"
        } else {
            settings.profile.value.as_str()
        };
        let journal = Journal::new(
            settings.journal_path.clone(),
            who,
            &settings.base_url.value,
            settings
                .secrets_to_mask
                .iter()
                .cloned()
                .chain([creds.secret.expose().to_string()])
                .collect(),
        )
        .platform(settings.platform.value.name())
        .max_size(settings.journal_max_size.value)
        .timeout(settings.timeout.value);
        Ok(Client {
            base_url: settings.base_url.value.clone(),
            journal,
            creds,
            unit: settings.timestamp_unit.value,
            catalogue: &settings.catalogue,
            timeout: settings.timeout.value,
            dry_run: settings.dry_run,
            concurrency: settings.concurrency.value,
            observer,
            transport: Transport(http),
            pace: Pace::default(),
            wire: tokio::sync::Semaphore::new(settings.concurrency.value.max(1)),
        })
    }

    /// How many requests a walk may keep in flight: `--concurrency`, or one with `--dry-run`
    /// so the printed requests stay in order.
    pub fn concurrency(&self) -> usize {
        if self.dry_run {
            1
        } else {
            self.concurrency.max(1)
        }
    }

    /// Where this client records its writes (`journal reconcile` adds its findings there).
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    pub fn user_id(&self) -> &str {
        &self.creds.user_id
    }

    fn sign_now(&self) -> Signed {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let timestamp = match self.unit {
            TimestampUnit::Millis => now.as_millis().to_string(),
            TimestampUnit::Seconds => now.as_secs().to_string(),
        };
        let nonce = sign::nonce();
        let signature = sign::sign(
            &self.creds.access_key,
            &timestamp,
            &nonce,
            &self.creds.secret,
        );
        Signed {
            timestamp,
            nonce,
            signature,
        }
    }

    fn url(&self, route: &Route, call: &Call) -> Result<reqwest::Url> {
        let path = fill_path(&route.path, &call.params);
        let mut url = reqwest::Url::parse(&format!("{}{path}", self.base_url))
            .map_err(|e| Error::usage(format!("bad URL for {}: {e}", call.op)))?;
        if !call.query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(call.query.iter().map(|(k, v)| (k.as_ref(), v.as_str())));
        }
        Ok(url)
    }

    /// The URL to send, and the same with the signature masked for everything shown
    /// (dry run, logs, errors). Only query-signed routes differ from `url`.
    fn signed_urls(
        &self,
        route: &Route,
        url: &reqwest::Url,
        s: &Signed,
    ) -> (reqwest::Url, reqwest::Url) {
        if !route.query_signed {
            return (url.clone(), url.clone());
        }
        let with = |sign: &str| {
            let mut u = url.clone();
            u.query_pairs_mut()
                .append_pair("timestamp", &s.timestamp)
                .append_pair("sign", sign);
            u
        };
        (with(&s.signature), with(MASK))
    }

    /// Headers in the order the docs list them; the caller masks the signature for display.
    fn headers(&self, s: &Signed, has_body: bool) -> Vec<(&'static str, String)> {
        let mut h = vec![
            ("access-key", self.creds.access_key.clone()),
            ("timestamp", s.timestamp.clone()),
            ("nonce-str", s.nonce.clone()),
            ("user-id", self.creds.user_id.clone()),
            ("signature", s.signature.clone()),
        ];
        if has_body {
            h.push(("content-type", "application/json".into()));
        }
        h
    }

    /// Sends one operation and returns the envelope's `data` when `code` is 200.
    ///
    /// Operations marked safe in the catalogue are retried on connection errors, 429 and 5xx,
    /// with backoff and jitter, within the one overall `--timeout`. Others are sent once.
    pub async fn call(&self, call: Call) -> Result<Value> {
        self.send_kept(call, None, Data::value).await
    }

    /// `call`, with `data` left as the JSON text it came as (a walk's pages: `Page::from_data`).
    pub async fn call_data(&self, call: Call) -> Result<Data> {
        self.send_kept(call, None, |d| Ok(d.clone())).await
    }

    /// `call`, and what came back besides `data` (status, headers, the whole body) whenever
    /// an answer came, even one that is an error.
    pub async fn call_reply(&self, call: Call) -> (Result<Value>, Option<Reply>) {
        let mut reply = None;
        let result = self.send_kept(call, Some(&mut reply), Data::value).await;
        (result, reply)
    }

    /// Sends `call`; `read` turns the answer's `data` into what the caller wants (a failure
    /// there is the answer's, so a write records it as of unknown outcome, as before parsing).
    async fn send_kept<T>(
        &self,
        call: Call,
        mut keep: Option<&mut Option<Reply>>,
        read: impl FnOnce(&Data) -> std::result::Result<T, String>,
    ) -> Result<T> {
        let route = match &call.route {
            Some(r) => r,
            None => self.catalogue.get(call.op),
        };
        let url = self.url(route, &call)?;
        let body = call
            .body
            .as_ref()
            .map(|b| serde_json::to_vec(b).expect("a JSON value always encodes"));
        let mut pending: Option<Pending> = None;
        // A rate limit's pause in force holds the first attempt too, before its clock starts.
        if !self.dry_run {
            self.pace.ready().await;
        }
        let deadline = Instant::now() + self.timeout;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let signed = self.sign_now();
            let headers = self.headers(&signed, body.is_some());
            let (wire_url, shown_url) = self.signed_urls(route, &url, &signed);
            let shown_headers: Vec<(&'static str, String)> = headers
                .iter()
                .map(|(k, v)| {
                    (
                        *k,
                        if *k == "signature" {
                            MASK.into()
                        } else {
                            v.clone()
                        },
                    )
                })
                .collect();
            let to_sign = sign::string_to_sign_masked(
                &self.creds.access_key,
                &signed.timestamp,
                &signed.nonce,
            );
            let shown = Shown {
                method: route.method,
                url: &shown_url,
                headers: &shown_headers,
                body: call.body.as_ref(),
                string_to_sign: &to_sign,
            };
            if self.dry_run {
                self.observer.dry_run(&shown)?;
                return Err(Error::DryRun);
            }
            // A write's intent, with the nonce and timestamp just signed, is on disk before
            // it leaves (writes are sent once, so this is the only attempt). The guard records
            // "unknown: interrupted" if this future is dropped (Ctrl-C) before the answer.
            if !route.safe && pending.is_none() {
                let path = match url.query() {
                    Some(q) => format!("{}?{q}", url.path()),
                    None => url.path().to_string(),
                };
                let what = journal::Signed {
                    nonce: &signed.nonce,
                    timestamp: &signed.timestamp,
                };
                let mut p = self.journal.begin(
                    route.key,
                    route.method.as_str(),
                    &path,
                    call.body.as_ref(),
                    &what,
                )?;
                if let Some(w) = p.warning.take() {
                    self.observer.warning(&w);
                }
                pending = Some(p);
            }
            // Closed never: the semaphore lives as long as the client. A rate limit's pause
            // that began while this waited for its turn holds it still.
            let on_the_wire = self.wire.acquire().await.expect("never closed");
            self.pace.ready().await;
            self.observer.sending(&shown, attempt);
            let remaining = deadline.saturating_duration_since(Instant::now());
            let outcome = match tokio::time::timeout(
                remaining,
                self.transport.exchange(
                    route.method,
                    &wire_url,
                    &shown_url,
                    &headers,
                    body.clone(),
                ),
            )
            .await
            {
                Ok(a) => a,
                Err(_) => {
                    let timed_out = Error::Network {
                        msg: format!(
                            "no answer from {} {} within {} (--timeout)",
                            route.method,
                            shown_url,
                            secs(self.timeout)
                        ),
                        write: !route.safe,
                    };
                    self.record(pending.take(), Err(&timed_out));
                    return Err(timed_out);
                }
            };
            // The answer is in: the next request may go while this one is read.
            drop(on_the_wire);
            if let Some(server_hint) = outcome.retry_hint() {
                let wait = server_hint.unwrap_or_else(|| backoff(attempt));
                // Said to every request of this client, writes included (they wait, and are
                // still sent once): the server's limit is on all of them.
                if outcome.rate_limited() || server_hint.is_some() {
                    self.pace.pause(wait);
                }
                if route.safe && attempt < MAX_ATTEMPTS && Instant::now() + wait < deadline {
                    self.observer.retrying(&describe(&outcome), wait);
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            let hide = [signed.signature.as_str(), self.creds.secret.expose()];
            if let (
                Some(slot),
                Attempt::Answered {
                    status,
                    headers,
                    body,
                    elapsed,
                },
            ) = (keep.as_deref_mut(), &outcome)
            {
                *slot = Some(Reply {
                    status: status.as_u16(),
                    headers: headers
                        .iter()
                        .map(|(k, v)| {
                            let v = String::from_utf8_lossy(v.as_bytes());
                            (
                                k.to_string(),
                                crate::secret::mask_all(&v, &hide).into_owned(),
                            )
                        })
                        .collect(),
                    body: serde_json::from_slice(body).ok().map(|mut v: Value| {
                        let hide: Vec<String> = hide.iter().map(|h| h.to_string()).collect();
                        crate::secret::mask_json(&mut v, &hide);
                        v
                    }),
                    elapsed: *elapsed,
                });
            }
            // A server may echo the request (an error page quoting the URL with `&sign=`):
            // nothing built from the answer may carry the signature or the secret.
            let body = read_off_thread(outcome, self.observer.wants_bodies(), &hide).await;
            let answer = interpret(route, &shown_url, body, &hide, self.unit, self.observer);
            let result = scrub(answer, &hide).and_then(|env| match read(&env.data) {
                Ok(t) => Ok((env, t)),
                Err(why) => Err(Error::Network {
                    msg: format!("{why} ({} {})", route.method, shown_url.path()),
                    write: !route.safe,
                }),
            });
            self.record(pending.take(), result.as_ref().map(|(env, _)| env));
            return result.map(|(_, t)| t);
        }
    }

    /// Appends the outcome record of a write (its intent is already on disk); a failure to
    /// write it is a warning, since the request has already gone.
    fn record(&self, pending: Option<Pending>, result: std::result::Result<&Envelope, &Error>) {
        let Some(p) = pending else { return };
        let outcome = match result {
            Ok(env) => Outcome::Answered {
                code: env.code,
                request_id: env.request_id.clone(),
                msg: env.msg.clone(),
            },
            Err(Error::Api {
                code,
                msg,
                request_id,
                ..
            }) => Outcome::Answered {
                code: *code,
                request_id: request_id.clone(),
                msg: msg.clone(),
            },
            // The intent is there: say the request never left, or it would read as unknown.
            Err(Error::Network { write: false, msg }) => Outcome::NotSent(msg.clone()),
            Err(Error::Network { msg, .. }) => Outcome::Unknown(msg.clone()),
            Err(other) => Outcome::Unknown(other.to_string()),
        };
        let id = p.id().to_string();
        if let Err(w) = p.finish(&outcome) {
            self.observer.unrecorded(&format!(
                "the outcome of write {id} could not be recorded in the journal ({w}); its \
                 intent is there and reads as unknown. The outcome was: {}. \
                 `pandapon journal reconcile {id}` settles it from the server later.",
                outcome.words()
            ));
        }
    }
}

/// An answer this large is read (checked and decoded, `answer::read`) on a thread of its own:
/// a walk's pages are read side by side, and the thread driving the connections sends the
/// next requests meanwhile. A smaller one is read here: a thread's hand-over would cost more.
pub(crate) const OFF_THREAD_BYTES: usize = 64 * 1024;

async fn read_off_thread(outcome: Attempt, preview: bool, hide: &[&str]) -> answer::Read {
    let big = matches!(&outcome, Attempt::Answered { body, .. } if body.len() >= OFF_THREAD_BYTES);
    if !big {
        return answer::read(outcome, preview.then_some(hide));
    }
    let hide: Vec<String> = hide.iter().map(|h| h.to_string()).collect();
    super::off_thread(move || {
        let hide: Vec<&str> = hide.iter().map(String::as_str).collect();
        answer::read(outcome, preview.then_some(&hide))
    })
    .await
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s} s")
    }
}
