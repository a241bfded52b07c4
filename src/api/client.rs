//! The signed HTTP client: every request to the API goes through `Client::call`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, LOCATION};
use serde_json::{Value, json};

use super::catalogue::{Catalogue, Method, Route, fill_path};
use super::envelope::{self, Envelope};
use super::sign;
use crate::config::TimestampUnit;
use crate::error::{AUTH_CODES, Error, Result};
use crate::journal::{Journal, Outcome, Pending};
use crate::output::Printer;
use crate::secret::MASK;
use crate::settings::{Credentials, Settings};

/// Bodies larger than this are refused rather than held in memory.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// Attempts for an operation that is safe to retry (1 + 2 retries).
const MAX_ATTEMPTS: u32 = 3;
const BACKOFF_BASE: Duration = Duration::from_millis(200);
/// The longest wait for a connection to open; under a --timeout of 15 s, two thirds of it.
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// One call: an operation of the catalogue with its parameters.
#[derive(Debug, Clone)]
pub struct Call {
    pub op: &'static str,
    params: Vec<(&'static str, String)>,
    query: Vec<(&'static str, String)>,
    body: Option<Value>,
}

impl Call {
    pub fn new(op: &'static str) -> Self {
        Call {
            op,
            params: Vec::new(),
            query: Vec::new(),
            body: None,
        }
    }

    /// Fills `{name}` in the path.
    pub fn param(mut self, name: &'static str, value: impl ToString) -> Self {
        self.params.push((name, value.to_string()));
        self
    }

    pub fn query(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
}

pub struct Client<'a> {
    http: reqwest::Client,
    base_url: String,
    creds: Credentials,
    unit: TimestampUnit,
    catalogue: &'a Catalogue,
    timeout: Duration,
    dry_run: bool,
    /// `--concurrency`: requests a walk or batch may keep in flight.
    concurrency: usize,
    printer: &'a Printer,
    journal: Journal,
}

/// The five auth headers of one attempt.
struct Signed {
    timestamp: String,
    nonce: String,
    signature: String,
}

enum Attempt {
    Answered {
        status: reqwest::StatusCode,
        headers: HeaderMap,
        body: Vec<u8>,
        elapsed: Duration,
    },
    Failed {
        msg: String,
        /// The request never left (connection refused, DNS): nothing can have happened.
        not_sent: bool,
        /// Whether asking again could help (not for an answer too large to read).
        retryable: bool,
    },
}

impl<'a> Client<'a> {
    pub fn new(settings: &'a Settings, printer: &'a Printer) -> Result<Self> {
        let creds = settings.credentials()?;
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
        let http = reqwest::Client::builder()
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
        );
        Ok(Client {
            http,
            base_url: settings.base_url.value.clone(),
            journal,
            creds,
            unit: settings.timestamp_unit.value,
            catalogue: &settings.catalogue,
            timeout: settings.timeout.value,
            dry_run: settings.dry_run,
            concurrency: settings.concurrency.value,
            printer,
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
                .extend_pairs(call.query.iter().map(|(k, v)| (*k, v.as_str())));
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
        let route = self.catalogue.get(call.op);
        let url = self.url(route, &call)?;
        let body = call
            .body
            .as_ref()
            .map(|b| serde_json::to_vec(b).expect("a JSON value always encodes"));
        // A write is recorded before it leaves; the guard records "unknown: interrupted" if
        // this future is dropped (Ctrl-C) before the answer is in.
        let mut pending = if route.safe || self.dry_run {
            None
        } else {
            let path = match url.query() {
                Some(q) => format!("{}?{q}", url.path()),
                None => url.path().to_string(),
            };
            Some(
                self.journal
                    .begin(route.key, route.method.as_str(), &path, call.body.as_ref())?,
            )
        };
        let deadline = Instant::now() + self.timeout;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let signed = self.sign_now();
            let headers = self.headers(&signed, body.is_some());
            let (wire_url, shown_url) = self.signed_urls(route, &url, &signed);
            if self.dry_run {
                self.print_dry_run(route.method, &shown_url, &headers, call.body.as_ref())?;
                return Err(Error::DryRun);
            }
            self.log_request(
                route,
                &shown_url,
                &headers,
                &signed,
                call.body.as_ref(),
                attempt,
            );
            let remaining = deadline.saturating_duration_since(Instant::now());
            let outcome = match tokio::time::timeout(
                remaining,
                self.exchange(route.method, &wire_url, &shown_url, &headers, body.clone()),
            )
            .await
            {
                Ok(a) => a,
                Err(_) => {
                    let timed_out = Err(Error::Network {
                        msg: format!(
                            "no answer from {} {} within {} (--timeout)",
                            route.method,
                            shown_url,
                            secs(self.timeout)
                        ),
                        write: !route.safe,
                    });
                    self.record(pending.take(), &timed_out);
                    return timed_out.map(|e| e.data);
                }
            };
            let retry_after = match &outcome {
                Attempt::Failed { retryable, .. } => retryable.then_some(None),
                Attempt::Answered {
                    status, headers, ..
                } if status.as_u16() == 429 || status.is_server_error() => {
                    Some(retry_after(headers))
                }
                Attempt::Answered { .. } => None,
            };
            if let Some(server_hint) = retry_after
                && route.safe
                && attempt < MAX_ATTEMPTS
            {
                let wait = server_hint.unwrap_or_else(|| backoff(attempt));
                if Instant::now() + wait < deadline {
                    self.printer.log(&format!(
                        "{}; retrying in {} ms",
                        describe(&outcome),
                        wait.as_millis()
                    ));
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            let hide = [signed.signature.as_str(), self.creds.secret.expose()];
            // A server may echo the request (an error page quoting the URL with `&sign=`):
            // nothing built from the answer may carry the signature or the secret.
            let result = scrub(self.interpret(route, &shown_url, outcome, &hide), &hide);
            self.record(pending.take(), &result);
            return result.map(|e| e.data);
        }
    }

    /// Writes the journal line for a write's result; a failure to write it is a warning,
    /// since the request has already gone.
    fn record(&self, pending: Option<Pending>, result: &Result<Envelope>) {
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
            Err(Error::Network { write: false, .. }) => return p.not_sent(),
            Err(Error::Network { msg, .. }) => Outcome::Unknown(msg.clone()),
            Err(other) => Outcome::Unknown(other.to_string()),
        };
        if let Err(w) = p.finish(&outcome) {
            self.printer.warn(&format!(
                "{w}; this write is not in the journal (outcome: {})",
                match &outcome {
                    Outcome::Answered { code, msg, .. } => format!("code {code} {msg}"),
                    Outcome::Unknown(why) => format!("unknown: {why}"),
                }
            ));
        }
    }

    /// `url` is sent; `shown` (the signature masked) is the one named in messages.
    async fn exchange(
        &self,
        method: Method,
        wire: &reqwest::Url,
        url: &reqwest::Url,
        headers: &[(&'static str, String)],
        body: Option<Vec<u8>>,
    ) -> Attempt {
        let started = Instant::now();
        let mut req = match method {
            Method::Get => self.http.get(wire.clone()),
            Method::Post => self.http.post(wire.clone()),
        };
        for (k, v) in headers {
            // The user's values were checked in `Client::new`; the rest are ASCII by construction.
            if let Ok(v) = HeaderValue::from_str(v) {
                req = req.header(HeaderName::from_static(k), v);
            }
        }
        if let Some(b) = body {
            req = req.body(b);
        }
        let mut resp = match req.send().await {
            Ok(r) => r,
            Err(e) => {
                // reqwest's messages name the URL it sent, which may carry the signature.
                let e = e.without_url();
                return Attempt::Failed {
                    not_sent: e.is_connect(),
                    retryable: true,
                    msg: transport_message(&e, url),
                };
            }
        };
        let status = resp.status();
        let headers = resp.headers().clone();
        if resp
            .content_length()
            .is_some_and(|n| n > MAX_BODY_BYTES as u64)
        {
            return Attempt::Failed {
                not_sent: false,
                // The same request would bring the same answer: reading it again is waste.
                retryable: false,
                msg: too_large(url),
            };
        }
        // The chunks are kept as they come and joined once at the end: growing one buffer by
        // doubling copies megabytes, and near the limit holds half as much again.
        let mut chunks: Vec<bytes::Bytes> = Vec::new();
        let mut len = 0;
        loop {
            match resp.chunk().await {
                Ok(Some(c)) => {
                    if len + c.len() > MAX_BODY_BYTES {
                        return Attempt::Failed {
                            not_sent: false,
                            retryable: false,
                            msg: too_large(url),
                        };
                    }
                    len += c.len();
                    chunks.push(c);
                }
                Ok(None) => break,
                Err(e) => {
                    let e = e.without_url();
                    return Attempt::Failed {
                        not_sent: false,
                        retryable: true,
                        msg: format!(
                            "the connection to {} broke before the answer was complete, after {len} bytes ({})",
                            url.origin().ascii_serialization(),
                            root_cause(&e)
                        ),
                    };
                }
            }
        }
        let body = match chunks.len() {
            1 => Vec::from(chunks.pop().expect("one chunk")),
            _ => {
                let mut b = Vec::with_capacity(len);
                chunks.drain(..).for_each(|c| b.extend_from_slice(&c));
                b
            }
        };
        Attempt::Answered {
            status,
            headers,
            body,
            elapsed: started.elapsed(),
        }
    }

    /// The envelope when its code is one the route counts as success; otherwise the error.
    /// `hide`: what the body may echo that must not be shown (see `scrub`).
    fn interpret(
        &self,
        route: &Route,
        url: &reqwest::Url,
        outcome: Attempt,
        hide: &[&str],
    ) -> Result<Envelope> {
        let (status, headers, body, elapsed) = match outcome {
            Attempt::Failed { msg, not_sent, .. } => {
                return Err(Error::Network {
                    msg,
                    write: !route.safe && !not_sent,
                });
            }
            Attempt::Answered {
                status,
                headers,
                body,
                elapsed,
            } => (status, headers, body, elapsed),
        };
        let decoded = envelope::decode(&body);
        self.log_response(
            status,
            &headers,
            &body,
            elapsed,
            decoded.as_ref().ok(),
            hide,
        );
        let code = status.as_u16();
        let envelope_msg = decoded
            .as_ref()
            .ok()
            .map(|e| format!(": {}", e.msg))
            .unwrap_or_default();
        if status.is_redirection() {
            let to = headers
                .get(LOCATION)
                .map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned())
                .unwrap_or_else(|| "nowhere (no Location header)".into());
            // Not an answer to the request: for a write, whether it was acted on is unknown.
            return Err(Error::Network {
                msg: format!(
                    "the server answered {} {} with a redirect (HTTP {code}) to {to}, which pandapon does not follow; is the base URL right?",
                    route.method,
                    url.path()
                ),
                write: !route.safe,
            });
        }
        if status.is_server_error() || code == 429 {
            let what = if code == 429 {
                "is rate limiting requests (HTTP 429)".to_string()
            } else {
                format!("failed (HTTP {code}{envelope_msg})")
            };
            return Err(Error::Network {
                msg: format!("the server {what} for {} {}", route.method, url.path()),
                write: !route.safe,
            });
        }
        let env = match decoded {
            Ok(e) => e,
            Err(why) if status.is_success() => {
                return Err(Error::Network {
                    msg: format!("{why} ({} {})", route.method, url.path()),
                    write: !route.safe,
                });
            }
            Err(_) => {
                let (code, msg, hint) = match code {
                    401 | 403 => (
                        code as i64,
                        format!("the server rejected the credentials (HTTP {code})"),
                        Some(
                            "check the access key, secret and user id: `pandapon config show`"
                                .to_string(),
                        ),
                    ),
                    404 => (
                        404,
                        format!(
                            "no such API path: {} {} (HTTP 404)",
                            route.method,
                            url.path()
                        ),
                        Some(path_hint(route)),
                    ),
                    _ => (
                        code as i64,
                        format!("the server refused the request (HTTP {code})"),
                        None,
                    ),
                };
                return Err(Error::Api {
                    code,
                    msg,
                    request_id: None,
                    hint,
                });
            }
        };
        if route.success.contains(&env.code) && status.is_success() {
            return Ok(env);
        }
        let code = if route.success.contains(&env.code) {
            code as i64
        } else {
            env.code
        };
        let hint = if AUTH_CODES.contains(&code) {
            Some(auth_hint(&env.msg, &headers, self.unit))
        } else {
            None
        };
        Err(Error::Api {
            code,
            msg: env.msg,
            request_id: env.request_id,
            hint,
        })
    }

    fn print_dry_run(
        &self,
        method: Method,
        url: &reqwest::Url,
        headers: &[(&'static str, String)],
        body: Option<&Value>,
    ) -> Result<()> {
        let shown: Vec<(&str, String)> = headers
            .iter()
            .map(|(k, v)| {
                (
                    *k,
                    if *k == "signature" {
                        MASK.to_string()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect();
        if self.printer.json {
            let mut h = serde_json::Map::new();
            for (k, v) in &shown {
                h.insert(k.to_string(), Value::String(v.clone()));
            }
            return self.printer.json(&json!({
                "dryRun": true,
                "method": method.as_str(),
                "url": url.as_str(),
                "headers": h,
                "body": body,
            }));
        }
        let mut out = format!("{method} {url}\n");
        for (k, v) in &shown {
            out.push_str(&format!("{k}: {v}\n"));
        }
        if let Some(b) = body {
            out.push('\n');
            out.push_str(&serde_json::to_string_pretty(b).unwrap_or_default());
            out.push('\n');
        }
        self.printer.out(&out)?;
        self.printer.status("dry run: nothing was sent");
        Ok(())
    }

    fn log_request(
        &self,
        route: &Route,
        url: &reqwest::Url,
        headers: &[(&'static str, String)],
        s: &Signed,
        body: Option<&Value>,
        attempt: u32,
    ) {
        let again = if attempt > 1 {
            format!(" (attempt {attempt})")
        } else {
            String::new()
        };
        self.printer.log(&format!("{} {url}{again}", route.method));
        if self.printer.is_debug() {
            for (k, v) in headers {
                let v = if *k == "signature" { MASK } else { v.as_str() };
                self.printer.debug(&format!("> {k}: {v}"));
            }
            self.printer.debug(&format!(
                "> string to sign: {}",
                sign::string_to_sign_masked(&self.creds.access_key, &s.timestamp, &s.nonce)
            ));
            if let Some(b) = body {
                self.printer.debug(&format!("> {b}"));
            }
        }
    }

    fn log_response(
        &self,
        status: reqwest::StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        elapsed: Duration,
        env: Option<&envelope::Envelope>,
        hide: &[&str],
    ) {
        let rid = env
            .and_then(|e| e.request_id.as_deref())
            .map(|r| format!(", requestId {r}"))
            .unwrap_or_default();
        let code = env
            .map(|e| format!(", code {}", e.code))
            .unwrap_or_default();
        self.printer.log(&mask_in(
            &format!(
                "HTTP {} in {} ms, {} bytes{code}{rid}",
                status.as_u16(),
                elapsed.as_millis(),
                body.len()
            ),
            hide,
        ));
        if self.printer.is_debug() {
            if let Some(ct) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
                self.printer.debug(&format!("< content-type: {ct}"));
            }
            let text = String::from_utf8_lossy(body);
            let cut: String = text.chars().take(4096).collect();
            let more = if cut.len() < text.len() {
                " …(truncated)"
            } else {
                ""
            };
            self.printer
                .debug(&mask_in(&format!("< {cut}{more}"), hide));
        }
    }
}

/// `text` with every value of `hide` replaced by the mask.
fn mask_in(text: &str, hide: &[&str]) -> String {
    crate::secret::mask_all(text, hide).into_owned()
}

/// Masks `hide` in everything of a result that came from the answer: the envelope's message
/// (also written to the journal), and every error message and hint.
fn scrub(result: Result<Envelope>, hide: &[&str]) -> Result<Envelope> {
    let m = |s: String| mask_in(&s, hide);
    match result {
        Ok(env) => Ok(Envelope {
            msg: m(env.msg),
            request_id: env.request_id.map(m),
            ..env
        }),
        Err(Error::Api {
            code,
            msg,
            request_id,
            hint,
        }) => Err(Error::Api {
            code,
            msg: m(msg),
            request_id: request_id.map(m),
            hint: hint.map(m),
        }),
        Err(Error::Network { msg, write }) => Err(Error::Network { msg: m(msg), write }),
        Err(other) => Err(other),
    }
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s} s")
    }
}

fn too_large(url: &reqwest::Url) -> String {
    format!(
        "the answer from {url} is larger than {} MiB; refusing to read it (narrow the request, e.g. a smaller --page-size)",
        MAX_BODY_BYTES / (1024 * 1024)
    )
}

fn describe(a: &Attempt) -> String {
    match a {
        Attempt::Failed { msg, .. } => msg.clone(),
        Attempt::Answered { status, .. } => format!("HTTP {}", status.as_u16()),
    }
}

/// 200 ms, 400 ms, ... plus up to 100 ms of jitter so parallel clients do not retry in step.
fn backoff(attempt: u32) -> Duration {
    let mut b = [0u8; 1];
    let _ = getrandom::fill(&mut b);
    BACKOFF_BASE * 2u32.pow(attempt.saturating_sub(1))
        + Duration::from_millis(u64::from(b[0]) * 100 / 255)
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let secs: u64 = headers
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs.min(30)))
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        let t = s.to_string();
        if !parts.iter().any(|p| p.contains(&t)) {
            parts.push(t);
        }
        src = s.source();
    }
    parts.join(": ")
}

/// The innermost cause ("Connection refused (os error 111)"): what a person needs.
fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cur = e;
    while let Some(s) = cur.source() {
        cur = s;
    }
    cur.to_string()
}

fn transport_message(e: &reqwest::Error, url: &reqwest::Url) -> String {
    let host = url.host_str().unwrap_or("?");
    let chain = root_cause(e);
    let lower = error_chain(e).to_lowercase();
    if lower.contains("dns error")
        || lower.contains("failed to lookup")
        || lower.contains("name or service not known")
    {
        format!("cannot resolve the host \"{host}\" ({chain}); check the base URL and your network")
    } else if e.is_connect() {
        let origin = url.origin().ascii_serialization();
        format!("cannot connect to {origin} ({chain}); is the base URL right and the server up?")
    } else if lower.contains("closed before message completed")
        || lower.contains("connection reset")
        || lower.contains("broken pipe")
    {
        let origin = url.origin().ascii_serialization();
        format!("the connection to {origin} broke before the answer was complete ({chain})")
    } else if lower.contains("invalid http")
        || lower.contains("invalid status")
        || lower.contains("parse")
    {
        let origin = url.origin().ascii_serialization();
        format!("{origin} did not answer in HTTP ({chain}); is the base URL right?")
    } else if e.is_timeout() {
        format!("timed out talking to {url}")
    } else {
        format!("the request to {url} failed: {chain}")
    }
}

fn path_hint(route: &Route) -> String {
    let inferred = super::catalogue::ENDPOINTS
        .iter()
        .any(|e| e.key == route.key && e.status == super::catalogue::Status::Inferred);
    let why = if route.overridden {
        "this path comes from your profile's [endpoints] override".to_string()
    } else if inferred {
        "PandaPon has not documented this path; it is inferred".to_string()
    } else {
        "this path is documented by PandaPon".to_string()
    };
    format!(
        "{why}. If the API uses another, set it in your profile: [profiles.NAME.endpoints] \"{}\" = \"{} /v2/...\"",
        route.key, route.method
    )
}

/// Explains a rejected request; for a timestamp complaint, how far off this clock is.
fn auth_hint(msg: &str, headers: &HeaderMap, unit: TimestampUnit) -> String {
    let m = msg.to_lowercase();
    // A signature complaint may name the timestamp (it is signed), but the usual cause is
    // the secret: only a complaint about time itself gets the clock hint.
    let about_signature = m.contains("signature") || m.contains("sign ") || msg.contains("签名");
    if !about_signature && (m.contains("timestamp") || m.contains("clock") || msg.contains("时间"))
    {
        let skew = headers
            .get("date")
            .and_then(|d| d.to_str().ok())
            .and_then(parse_http_date)
            .map(|server| {
                let local = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs() as i64;
                local - server
            });
        let how_far = match skew {
            Some(s) if s.abs() > 2 => format!(
                "this computer's clock is {} s {} the server's (by its Date header). ",
                s.abs(),
                if s > 0 { "ahead of" } else { "behind" }
            ),
            Some(_) => "this computer's clock agrees with the server's Date header, so the unit may be wrong. ".into(),
            None => String::new(),
        };
        let other = match unit {
            TimestampUnit::Millis => "s",
            TimestampUnit::Seconds => "ms",
        };
        format!(
            "{how_far}Requests must be within 600 s of UTC: sync the clock (e.g. `sudo timedatectl set-ntp true`), \
             or if the API expects another unit, set timestamp_unit = \"{other}\" in the profile."
        )
    } else {
        "check the access key, secret and user id (`pandapon config show` shows where each comes from); \
         `--debug` shows the string that was signed"
            .into()
    }
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` -> Unix seconds.
fn parse_http_date(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, mon, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let day: i64 = day.parse().ok()?;
    let year: i64 = year.parse().ok()?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mon = MONTHS.iter().position(|m| m == mon)? as i64 + 1;
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, mi, se] = hms.as_slice() else {
        return None;
    };
    Some(days_from_civil(year, mon, day) * 86_400 + h * 3600 + mi * 60 + se)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784111777)
        );
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn backoff_grows_and_stays_bounded() {
        let b1 = backoff(1);
        let b2 = backoff(2);
        assert!(b1 >= Duration::from_millis(200) && b1 <= Duration::from_millis(300));
        assert!(b2 >= Duration::from_millis(400) && b2 <= Duration::from_millis(500));
    }

    #[test]
    fn clock_hints_say_how_far_and_what_to_do() {
        let mut h = HeaderMap::new();
        h.insert(
            "date",
            HeaderValue::from_static("Thu, 01 Jan 2015 00:00:00 GMT"),
        );
        let hint = auth_hint("timestamp is 1000 seconds off", &h, TimestampUnit::Millis);
        assert!(hint.contains("ahead of the server's"), "{hint}");
        assert!(hint.contains("timestamp_unit = \"s\""), "{hint}");
        let other = auth_hint("bad signature", &h, TimestampUnit::Millis);
        assert!(other.contains("--debug"), "{other}");
        // The sandbox's wording names the timestamp; the hint is still about the secret.
        let sig = auth_hint(
            "signature mismatch: expected uppercase hex MD5 of access-key + timestamp + nonce-str + access secret",
            &h,
            TimestampUnit::Millis,
        );
        assert!(sig.contains("check the access key, secret"), "{sig}");
    }
}
