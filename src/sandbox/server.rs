//! The HTTP side: accepting connections, checking a request's auth before reading more of it,
//! routing by the catalogue, answering in the envelope, and playing the configured faults.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, StreamBody, combinators::BoxBody};
use hyper::body::{Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;

use super::callback::Pusher;
use super::faults::{self, Kind};
use super::log::{self, RequestLog};
use super::pages::{self, Pages};
use super::push::Watch;
use super::state::Store;
use super::{ApiError, ApiRequest, DEVELOP_ID, Options, Reply, auth, read, write};

struct App {
    opts: Options,
    store: Store,
    nonces: auth::Nonces,
    /// Order messages to the callback URL, if one is set.
    pusher: Option<Pusher>,
    /// `--request-log`: a line for every answer.
    log: Option<RequestLog>,
    /// When the sandbox started: the request log's times count from here.
    started: tokio::time::Instant,
    /// Order list pages already rendered (`pages.rs`).
    pages: Pages,
}

/// What the request log says of an answer, gathered while it is made.
#[derive(Default)]
struct Seen {
    op: Option<&'static str>,
    page: Option<u64>,
    code: Option<i64>,
    fault: Option<Kind>,
}

pub struct Running {
    pub addr: SocketAddr,
    pub url: String,
    pub state_path: PathBuf,
    pub pusher: Option<Pusher>,
}

impl Running {
    /// Lets pushes in flight finish before the sandbox goes (see `Pusher::finish`).
    pub async fn finish(&self) {
        if let Some(p) = &self.pusher {
            p.finish().await;
        }
    }
}

/// Binds `addr` (port 0: any free port) and serves in the background of the current runtime.
pub async fn spawn(opts: Options, addr: SocketAddr) -> Result<Running, String> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let state_path = opts.state_path.clone();
    let pusher = opts.callback.clone().map(Pusher::new).transpose()?;
    let log = opts
        .request_log
        .as_deref()
        .map(RequestLog::open)
        .transpose()?;
    let app = Arc::new(App {
        store: Store::new(opts.state_path.clone()),
        opts,
        nonces: auth::Nonces::default(),
        pusher: pusher.clone(),
        log,
        started: tokio::time::Instant::now(),
        pages: Pages::default(),
    });
    // Fail now, not on the first request, if the state file is broken.
    app.store.read()?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let app = app.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req| {
                    let app = app.clone();
                    async move { Ok::<_, Infallible>(app.handle(req).await) }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    Ok(Running {
        addr,
        url: format!("http://{addr}"),
        state_path,
        pusher,
    })
}

type Body = BoxBody<Bytes, std::io::Error>;

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

fn request_id() -> String {
    let mut b = [0u8; 16];
    let _ = getrandom::fill(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The largest request body the sandbox reads (the client's own answer limit): an image sent
/// inline is at most 5 MiB before base64.
const MAX_REQUEST_BYTES: usize = 16 << 20;

/// The body, read at most to `MAX_REQUEST_BYTES`: refused by its Content-Length before any of
/// it is read, else as soon as it passes the limit (413).
async fn read_body(
    headers: &http::HeaderMap,
    body: Incoming,
) -> Result<Bytes, (StatusCode, ApiError)> {
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            ApiError {
                code: 413,
                msg: format!(
                    "the request body is larger than {} MiB",
                    MAX_REQUEST_BYTES >> 20
                ),
            },
        )
    };
    let declared = headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_REQUEST_BYTES as u64) {
        return Err(too_large());
    }
    match http_body_util::Limited::new(body, MAX_REQUEST_BYTES)
        .collect()
        .await
    {
        Ok(b) => Ok(b.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(too_large()),
        Err(e) => Err((
            StatusCode::BAD_REQUEST,
            ApiError::bad(format!("cannot read the body: {e}")),
        )),
    }
}

/// Takes the result by value and moves the data in: `json!` would copy it, and a list
/// page's data is most of the work of a request.
fn envelope(result: Reply) -> Value {
    let (code, msg, data) = match result {
        Ok(data) => (200, "成功".to_string(), data),
        Err(e) => (e.code, e.msg, Value::Null),
    };
    let mut m = Map::new();
    m.insert("requestId".into(), Value::String(request_id()));
    m.insert("code".into(), code.into());
    m.insert("developId".into(), DEVELOP_ID.into());
    m.insert("msg".into(), Value::String(msg));
    m.insert("data".into(), data);
    Value::Object(m)
}

/// The request an operation reads: its path parameters, query and JSON body.
fn request(
    params: Vec<(String, String)>,
    parts: &http::request::Parts,
    bytes: &[u8],
    now_ms: i64,
) -> Result<ApiRequest, ApiError> {
    let body = if bytes.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else {
        crate::domain::json::check(bytes, crate::domain::json::MAX_VALUES).map_err(|n| {
            ApiError::bad(format!(
                "the request body holds about {n} JSON values, more than the sandbox parses ({})",
                crate::domain::json::MAX_VALUES
            ))
        })?;
        serde_json::from_slice(bytes)
            .map_err(|e| ApiError::bad(format!("the request body is not valid JSON: {e}")))?
    };
    let query = parts
        .uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    Ok(ApiRequest {
        params,
        query,
        body,
        now_ms,
    })
}

/// Waits until `deadline`, to within a fraction of a millisecond on a quiet machine. Tokio's
/// timer fires on whole milliseconds, rounding a deadline up, and its driver wakes late:
/// `--latency-ms 20` came out at 21.4 ms a request, and a benchmark's latency limit (20 ms a
/// round) was 7% off before the client did anything (BENCHMARKS.md, run 10). The last two
/// milliseconds are slept on a thread of tokio's blocking pool (`thread::sleep` wakes within
/// tens of microseconds); the in-process `--sandbox` starts such threads too, which only sleep.
async fn sleep_until_exactly(deadline: tokio::time::Instant) {
    const FINE: std::time::Duration = std::time::Duration::from_millis(2);
    if let Some(coarse) = deadline.checked_sub(FINE) {
        tokio::time::sleep_until(coarse).await;
    }
    if deadline <= tokio::time::Instant::now() {
        return;
    }
    // What is left is measured on the sleeping thread: handing over takes time too.
    let deadline = deadline.into_std();
    let sleep =
        move || std::thread::sleep(deadline.saturating_duration_since(std::time::Instant::now()));
    // (A pool thread cannot fail to sleep; if the pool is gone, so is the server.)
    let _ = tokio::task::spawn_blocking(sleep).await;
}

/// The envelope of a success whose `data` is already JSON text (`pages.rs`).
fn envelope_around(data: &[u8]) -> Vec<u8> {
    let mut body = serde_json::to_vec(&envelope(Ok(Value::Null))).expect("JSON always encodes");
    // `data` is the envelope's last field.
    let null = b"null}";
    debug_assert!(body.ends_with(null));
    body.truncate(body.len() - null.len());
    body.extend_from_slice(data);
    body.push(b'}');
    body
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`, for the Date header (which clients use to measure skew).
fn http_date(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .ok()
        .and_then(|t| {
            jiff::fmt::rfc2822::DateTimePrinter::new()
                .timestamp_to_rfc9110_string(&t)
                .ok()
        })
        .unwrap_or_default()
}

impl App {
    fn now_ms(&self) -> i64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis() as i64;
        real + self.opts.clock_offset_secs * 1000
    }

    async fn handle(&self, req: Request<Incoming>) -> Response<Body> {
        let arrived = tokio::time::Instant::now();
        let (parts, body) = req.into_parts();
        let mut seen = Seen::default();
        let response = self.answer(&parts, body, &mut seen).await;
        // `--latency-ms`: the answer leaves that long after the request arrived, or when it is
        // ready if that is later. The work is inside the latency, as on a real server, where
        // it runs in parallel; here it runs on one thread, and added after it, 32 requests
        // arriving together would wait for each other's work on top of the latency.
        if !self.opts.latency.is_zero() {
            sleep_until_exactly(arrived + self.opts.latency).await;
        }
        if let Some(log) = &self.log {
            log.write(log::Entry {
                op: seen.op,
                method: parts.method.as_str(),
                path: parts.uri.path(),
                page: seen.page,
                status: response.status().as_u16(),
                code: seen.code,
                fault: seen.fault.map(Kind::name),
                t: arrived.duration_since(self.started).as_millis(),
                ms: arrived.elapsed().as_millis(),
            });
        }
        response
    }

    async fn answer(
        &self,
        parts: &http::request::Parts,
        body: Incoming,
        seen: &mut Seen,
    ) -> Response<Body> {
        let now_ms = self.now_ms();
        let route = self
            .opts
            .catalogue
            .match_request(parts.method.as_str(), parts.uri.path())
            .map(|(r, params)| (r.key, r.safe, params));
        seen.op = route.as_ref().map(|(key, ..)| *key);
        // A share of faults (`OP=KIND%P`) picks requests by what they ask, so the request is
        // read first (who asks still before what they send). Other faults come before
        // anything is read, as from a broken server or proxy.
        let mut read = None;
        let mut body = Some(body);
        if route.is_some() && self.opts.faults.has_shares() {
            if let Err(e) = auth::verify(&parts.headers, now_ms / 1000, &self.nonces) {
                return self.answer_json(StatusCode::OK, Err(e), now_ms, seen);
            }
            match read_body(&parts.headers, body.take().expect("unread")).await {
                Ok(b) => read = Some(b),
                Err((status, e)) => return self.answer_json(status, Err(e), now_ms, seen),
            }
        }
        let key = read.as_ref().map(|b| {
            faults::request_key(
                parts.method.as_str(),
                parts.uri.path(),
                parts.uri.query(),
                b,
            )
        });
        seen.page = read
            .as_ref()
            .and_then(|b| log::page_of(parts.uri.query(), b));
        let fault = route
            .as_ref()
            .and_then(|(key_name, ..)| self.opts.faults.take(key_name, key));
        seen.fault = fault;
        match (route, fault) {
            (_, Some(Kind::Hang)) => std::future::pending().await,
            (_, Some(k)) => {
                if let Kind::Status(code) = k {
                    seen.code = Some(code.into());
                }
                self.fault_response(k, now_ms)
            }
            (None, _) => {
                let r: Reply = Err(ApiError::not_found(format!(
                    "no operation at {} {}",
                    parts.method,
                    parts.uri.path()
                )));
                self.answer_json(StatusCode::NOT_FOUND, r, now_ms, seen)
            }
            (Some((key, safe, params)), None) => {
                let bytes = match read {
                    Some(b) => b,
                    None => {
                        // Who is asking before what they send: an unauthenticated body is
                        // never read.
                        if let Err(e) = auth::verify(&parts.headers, now_ms / 1000, &self.nonces) {
                            return self.answer_json(StatusCode::OK, Err(e), now_ms, seen);
                        }
                        match read_body(&parts.headers, body.take().expect("unread")).await {
                            Ok(b) => b,
                            Err((status, e)) => {
                                return self.answer_json(status, Err(e), now_ms, seen);
                            }
                        }
                    }
                };
                if self.log.is_some() && seen.page.is_none() {
                    seen.page = log::page_of(parts.uri.query(), &bytes);
                }
                // Decided with no await after it but the latency: like the real service, a
                // write received whole completes even if its client goes away while the answer
                // is on its way (hyper drops this future when it does).
                if pages::KEPT.contains(&key)
                    && let Some(page) = self.kept_page(key, &params, parts, &bytes, now_ms)
                {
                    seen.code = Some(200);
                    let body = envelope_around(&page);
                    return self.response(
                        StatusCode::OK,
                        "application/json;charset=UTF-8",
                        full(body),
                        now_ms,
                    );
                }
                let result = self.call(key, safe, params, parts, &bytes, now_ms);
                self.answer_json(StatusCode::OK, result, now_ms, seen)
            }
        }
    }

    /// A read of `pages::KEPT`, rendered once per state; `None` if it fails (the usual path
    /// then answers with its error).
    fn kept_page(
        &self,
        key: &'static str,
        params: &[(String, String)],
        parts: &http::request::Parts,
        bytes: &[u8],
        now_ms: i64,
    ) -> Option<Arc<Vec<u8>>> {
        let state = self.store.read().ok()?;
        let query = parts.uri.query().unwrap_or_default().to_string();
        // Rendered from the very state it is kept for.
        self.pages
            .get(state.clone(), (key, query, bytes.to_vec()), || {
                let req = request(params.to_vec(), parts, bytes, now_ms).ok()?;
                let data = read(key, &req, &state)?.ok()?;
                Some(serde_json::to_vec(&data).expect("JSON always encodes"))
            })
    }

    /// The envelope of `result`, its code noted for the request log.
    fn answer_json(
        &self,
        status: StatusCode,
        result: Reply,
        now_ms: i64,
        seen: &mut Seen,
    ) -> Response<Body> {
        seen.code = Some(match &result {
            Ok(_) => 200,
            Err(e) => e.code,
        });
        self.json(status, &envelope(result), now_ms)
    }

    fn call(
        &self,
        key: &str,
        safe: bool,
        params: Vec<(String, String)>,
        parts: &http::request::Parts,
        bytes: &[u8],
        now_ms: i64,
    ) -> Reply {
        let req = request(params, parts, bytes, now_ms)?;
        let unknown = || ApiError::internal(format!("the sandbox does not implement {key} yet"));
        if safe {
            let s = self.store.read().map_err(ApiError::internal)?;
            read(key, &req, &s).unwrap_or_else(|| Err(unknown()))
        } else {
            // The messages a successful write makes, found while the state is locked and
            // pushed after: the answer never waits for the callback URL.
            let mut messages = Vec::new();
            let reply = self
                .store
                .write(|s| {
                    let watch = self
                        .pusher
                        .as_ref()
                        .and_then(|_| Watch::before(key, &req, s));
                    let r = write(key, &req, s).unwrap_or_else(|| Err(unknown()));
                    if let (Ok(data), Some(w)) = (&r, watch) {
                        messages = w.after(&req, data, s);
                    }
                    r
                })
                .map_err(ApiError::internal)?;
            if let Some(p) = &self.pusher {
                p.push(messages);
            }
            reply
        }
    }

    fn json(&self, status: StatusCode, v: &Value, now_ms: i64) -> Response<Body> {
        let bytes = serde_json::to_vec(v).expect("JSON always encodes");
        self.response(
            status,
            "application/json;charset=UTF-8",
            full(bytes),
            now_ms,
        )
    }

    fn response(&self, status: StatusCode, ct: &str, body: Body, now_ms: i64) -> Response<Body> {
        Response::builder()
            .status(status)
            .header("content-type", ct)
            .header("date", http_date(now_ms / 1000))
            .body(body)
            .expect("a valid response")
    }

    fn fault_response(&self, kind: Kind, now_ms: i64) -> Response<Body> {
        let ok_body = || {
            serde_json::to_vec(&envelope(Ok(
                json!({"data": [{"id": 1, "quantity": 1}], "totalPage": 1}),
            )))
            .expect("JSON")
        };
        match kind {
            Kind::Status(code) => {
                let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let e: Reply = Err(ApiError {
                    code: code.into(),
                    msg: format!("sandbox fault: HTTP {code}"),
                });
                let mut r = self.json(status, &envelope(e), now_ms);
                if code == 429 {
                    r.headers_mut().insert("retry-after", http::HeaderValue::from_static("1"));
                }
                r
            }
            Kind::Html => self.response(
                StatusCode::OK,
                "text/html",
                full("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
                now_ms,
            ),
            Kind::Truncate => {
                let b = ok_body();
                self.response(StatusCode::OK, "application/json", full(b[..b.len() / 2].to_vec()), now_ms)
            }
            Kind::Reset => {
                let b = ok_body();
                let half = Bytes::from(b[..b.len() / 2].to_vec());
                let chunks: Vec<Result<Frame<Bytes>, std::io::Error>> = vec![
                    Ok(Frame::data(half)),
                    Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "sandbox fault: reset")),
                ];
                let mut r = self.response(
                    StatusCode::OK,
                    "application/json",
                    BodyExt::boxed(StreamBody::new(futures_util::stream::iter(chunks))),
                    now_ms,
                );
                r.headers_mut().insert("content-length", b.len().into());
                r
            }
            Kind::NotEnvelope => self.json(StatusCode::OK, &json!({"status": "ok", "items": []}), now_ms),
            Kind::BadTypes => self.json(
                StatusCode::OK,
                &envelope(Ok(json!({
                    "totalRealPayPrice": "free",
                    "confirmOrders": [{"shopId": 1, "cartItemInfos": [{"id": "x", "quantity": "many", "price": {"a": 1}}]}],
                    "data": [{"id": true, "quantity": []}],
                    "totalPage": "n/a"
                }))),
                now_ms,
            ),
            Kind::Huge => {
                const CHUNK: usize = 1 << 20;
                let head = Bytes::from_static(br#"{"requestId":"x","code":200,"msg":"ok","data":{"pad":""#);
                let pad = Bytes::from(vec![b'a'; CHUNK]);
                let frames = std::iter::once(head)
                    .chain(std::iter::repeat_n(pad, 50))
                    .chain(std::iter::once(Bytes::from_static(br#""}}"#)))
                    .map(|b| Ok::<_, std::io::Error>(Frame::data(b)));
                self.response(
                    StatusCode::OK,
                    "application/json",
                    BodyExt::boxed(StreamBody::new(futures_util::stream::iter(frames))),
                    now_ms,
                )
            }
            Kind::Hang => unreachable!("handled before"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_are_imf_fixdate() {
        assert_eq!(http_date(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
