//! An embedded stand-in for the PandaPon OpenAPI: stateful, verifying signatures like the
//! real service, routed by the client's own endpoint catalogue, reached over a real socket.
//!
//! `pandapon --sandbox <command>` starts it in-process on a loopback port for one command;
//! `pandapon sandbox serve` runs it in the foreground for other tools and CI.

mod auth;
mod basis;
mod cart;
pub mod faults;
pub mod options;
mod order;
mod refund;
mod seed;
pub mod state;

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, StreamBody, combinators::BoxBody};
use hyper::body::{Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;

use crate::api::catalogue::Catalogue;
use faults::{Faults, Kind};
use state::{State, Store};

/// The sandbox account. Public on purpose: it only opens the sandbox.
pub const SANDBOX_ACCESS_KEY: &str = "sandbox-access-key";
pub const SANDBOX_SECRET: &str = "sandbox-access-secret";
pub const SANDBOX_USER_ID: &str = "2100007341207";
const DEVELOP_ID: &str = "1110890638347337996";

/// An error envelope: `code` and a `msg` that says exactly what was wrong.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: i64,
    pub msg: String,
}

impl ApiError {
    pub fn auth(msg: impl Into<String>) -> Self {
        ApiError {
            code: 401,
            msg: msg.into(),
        }
    }
    pub fn bad(msg: impl Into<String>) -> Self {
        ApiError {
            code: 400,
            msg: msg.into(),
        }
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        ApiError {
            code: 404,
            msg: msg.into(),
        }
    }
    pub fn conflict(msg: impl Into<String>) -> Self {
        ApiError {
            code: 409,
            msg: msg.into(),
        }
    }
    fn internal(msg: impl Into<String>) -> Self {
        ApiError {
            code: 500,
            msg: msg.into(),
        }
    }
}

pub type Reply = Result<Value, ApiError>;

/// A money object as the API writes them: the amount a string of cents.
pub fn money(cents: i64, currency: &str) -> Value {
    json!({ "amount": cents.to_string(), "currency": currency })
}

/// What a handler sees of a request.
pub struct ApiRequest {
    pub params: Vec<(String, String)>,
    pub query: HashMap<String, String>,
    pub body: Value,
    pub now_ms: i64,
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => format!("the string {s:?}"),
        other => other.to_string().chars().take(40).collect(),
    }
}

impl ApiRequest {
    pub fn body_object(&self) -> Result<&Map<String, Value>, ApiError> {
        self.body
            .as_object()
            .ok_or_else(|| ApiError::bad("the request body must be a JSON object"))
    }

    pub fn string(&self, o: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
        match o.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => Err(ApiError::bad(format!(
                "{key} must be a string, got {}",
                type_name(v)
            ))),
        }
    }

    pub fn int(&self, o: &Map<String, Value>, key: &str) -> Result<i64, ApiError> {
        match o.get(key) {
            Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64().unwrap()),
            None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => Err(ApiError::bad(format!(
                "{key} must be an integer, got {}",
                type_name(v)
            ))),
        }
    }

    pub fn ids(&self, o: &Map<String, Value>, key: &str) -> Result<Vec<i64>, ApiError> {
        let arr = match o.get(key) {
            Some(Value::Array(a)) => a,
            None | Some(Value::Null) => return Err(ApiError::bad(format!("{key} is required"))),
            Some(v) => {
                return Err(ApiError::bad(format!(
                    "{key} must be an array of integers, got {}",
                    type_name(v)
                )));
            }
        };
        let ids: Vec<i64> = arr
            .iter()
            .map(|v| {
                v.as_i64().ok_or_else(|| {
                    ApiError::bad(format!(
                        "{key} must be an array of integers, got {}",
                        type_name(v)
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        // The shop would count a repeated id twice: refuse it rather than guess.
        if let Some((_, id)) = ids
            .iter()
            .enumerate()
            .find(|(i, id)| ids[..*i].contains(id))
        {
            return Err(ApiError::bad(format!("{key} lists {id} more than once")));
        }
        Ok(ids)
    }

    pub fn query_int(&self, key: &str, default: i64, min: i64, max: i64) -> Result<i64, ApiError> {
        let Some(raw) = self.query.get(key) else {
            return Ok(default);
        };
        match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad(format!(
                "{key} must be an integer from {min} to {max}, got \"{raw}\""
            ))),
        }
    }
}

/// An id the API may send as a number or a numeric string.
pub fn id_field(v: Option<&Value>, key: &str) -> Result<u64, ApiError> {
    match v {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        None | Some(Value::Null) => return Err(ApiError::bad(format!("{key} is required"))),
        _ => None,
    }
    .ok_or_else(|| {
        ApiError::bad(format!(
            "{key} must be a numeric id, got {}",
            v.map_or("nothing".into(), type_name)
        ))
    })
}

/// An integer sent as a number or a numeric string; absent or null is None.
pub fn int_field(o: &Map<String, Value>, key: &str) -> Result<Option<i64>, ApiError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64()),
        Some(Value::String(t)) if t.trim().parse::<i64>().is_ok() => Ok(t.trim().parse().ok()),
        Some(v) => Err(ApiError::bad(format!(
            "{key} must be an integer, got {}",
            type_name(v)
        ))),
    }
}

/// The highest page number a body-paged list accepts (the cart's query takes the same).
const MAX_PAGE_NO: i64 = 100_000;
/// The largest page a body-paged list serves.
const MAX_PAGE_SIZE: i64 = 100;

/// `pageNo` (default 1) and `pageSize` (`default_size`, or required when None) of a
/// body-paged list, each checked against the bounds every such list shares.
pub fn paging(o: &Map<String, Value>, default_size: Option<i64>) -> Result<(i64, i64), ApiError> {
    let size = match (int_field(o, "pageSize")?, default_size) {
        (Some(n), _) | (None, Some(n)) => n,
        (None, None) => return Err(ApiError::bad("pageSize is required")),
    };
    let page = int_field(o, "pageNo")?.unwrap_or(1);
    if !(1..=MAX_PAGE_NO).contains(&page) {
        return Err(ApiError::bad(format!(
            "pageNo must be from 1 to {MAX_PAGE_NO}, got {page}"
        )));
    }
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::bad(format!(
            "pageSize must be from 1 to {MAX_PAGE_SIZE}, got {size}"
        )));
    }
    Ok((page, size))
}

/// One page of `items`, in the paged shape PandaPon uses (docs/api.md#paging).
/// Saturating: a page far past the end is empty rather than an overflow, whatever the caller
/// let through.
pub fn paged<T>(items: &[T], page: i64, size: i64, f: impl Fn(&T) -> Value) -> Value {
    let (page, size) = (page.max(1), size.max(1));
    let total = items.len() as i64;
    let skip = (page - 1).saturating_mul(size);
    let data: Vec<Value> = items
        .iter()
        .skip(usize::try_from(skip).unwrap_or(usize::MAX))
        .take(usize::try_from(size).unwrap_or(usize::MAX))
        .map(f)
        .collect();
    let mut v = json!({
        "totalRecords": total,
        "totalPage": total.unsigned_abs().div_ceil(size.unsigned_abs()),
        "pageSize": size,
        "currentPage": page,
    });
    // Moved in: `json!` would serialise a copy of the rows, which for a page of orders was a
    // third of the sandbox's work.
    v["data"] = Value::Array(data);
    v
}

/// What the shop can sell of a SKU: at least one, at most its stock. `field` names the value.
pub fn check_quantity(quantity: i64, sku: &seed::Sku, field: &str) -> Result<(), ApiError> {
    if quantity < 1 {
        return Err(ApiError::bad(format!(
            "{field} must be at least 1, got {quantity}"
        )));
    }
    if quantity > sku.stock {
        return Err(ApiError::bad(format!(
            "{field}: only {} of SKU {} in stock, asked for {quantity}",
            sku.stock, sku.sku_id
        )));
    }
    Ok(())
}

/// Operations that only read.
fn read(op: &str, req: &ApiRequest, s: &State) -> Option<Reply> {
    Some(match op {
        "taobao.cart.list" => cart::list(req, s),
        "taobao.cart.preview" => cart::preview(req, s),
        "taobao.product.get" => cart::product(req),
        "taobao.order.list" => order::list(req, s),
        "taobao.order.get" => order::get(req, s),
        "taobao.order.logistics" => order::logistics(req, s),
        "taobao.order.im_link" => order::im_link(req, s),
        "taobao.order.render" => order::render(req, s),
        "taobao.refund.list" => refund::list(req, s),
        "taobao.refund.render" => refund::render(req, s),
        "taobao.refund.get" => refund::get(req, s),
        "taobao.refund.message_list" => refund::message_list(req, s),
        "taobao.refund.return_logistics_render" => refund::return_logistics_render(req, s),
        "address.list" => basis::address_list(req, s),
        "logistics.freight_estimate" => basis::freight_estimate(req, s),
        "logistics.freight_preview" => basis::freight_preview(req, s),
        _ => return None,
    })
}

/// Operations that change the state; a rejected one changes nothing.
fn write(op: &str, req: &ApiRequest, s: &mut State) -> Option<Reply> {
    Some(match op {
        "taobao.cart.add" => cart::add(req, s),
        "taobao.cart.edit" => cart::edit(req, s),
        "taobao.cart.delete" => cart::delete(req, s),
        "taobao.cart.create" => cart::create(req, s),
        "taobao.order.create" => order::create(req, s),
        "taobao.order.pay" => order::pay(req, s),
        "taobao.order.cancel" => order::cancel(req, s),
        "taobao.order.update_warehouse" => order::update_warehouse(req, s),
        "taobao.refund.submit" => refund::submit(req, s),
        "taobao.refund.modify" => refund::modify(req, s),
        "taobao.refund.cancel" => refund::cancel(req, s),
        "taobao.refund.message_submit" => refund::message_submit(req, s),
        "taobao.refund.return_logistics_submit" => refund::return_logistics_submit(req, s),
        "address.upsert" => basis::address_upsert(req, s),
        "logistics.booking" => basis::booking(req, s),
        "logistics.domestic_update" => basis::domestic_update(req, s),
        _ => return None,
    })
}

pub struct Options {
    pub state_path: PathBuf,
    pub catalogue: Catalogue,
    pub latency: Duration,
    pub faults: Faults,
    /// Seconds added to the server's clock, to play a server whose time differs.
    pub clock_offset_secs: i64,
}

struct App {
    opts: Options,
    store: Store,
    nonces: auth::Nonces,
}

pub fn default_state_path() -> PathBuf {
    crate::config::data_dir().join("sandbox.json")
}

pub struct Running {
    pub addr: SocketAddr,
    pub url: String,
    pub state_path: PathBuf,
}

/// Binds `addr` (port 0: any free port) and serves in the background of the current runtime.
pub async fn spawn(opts: Options, addr: SocketAddr) -> Result<Running, String> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let state_path = opts.state_path.clone();
    let app = Arc::new(App {
        store: Store::new(opts.state_path.clone()),
        opts,
        nonces: auth::Nonces::default(),
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
    })
}

/// Back to the seed data, plus `extra_orders` synthetic orders for volume tests.
pub fn reset(path: PathBuf, extra_orders: u64) -> Result<(), String> {
    let mut s = State::seeded();
    seed::add_synthetic_orders(&mut s, extra_orders);
    Store::new(path).reset(s)
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

/// `Sun, 06 Nov 1994 08:49:37 GMT`, for the Date header (which clients use to measure skew).
fn http_date(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {d:02} {} {y} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(m - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
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
        let now_ms = self.now_ms();
        let (parts, body) = req.into_parts();
        let route = self
            .opts
            .catalogue
            .match_request(parts.method.as_str(), parts.uri.path())
            .map(|(r, params)| (r.key, r.safe, params));
        let fault = route
            .as_ref()
            .and_then(|(key, ..)| self.opts.faults.take(key));
        if !self.opts.latency.is_zero() {
            tokio::time::sleep(self.opts.latency).await;
        }
        let result = match (route, fault) {
            (_, Some(Kind::Hang)) => std::future::pending().await,
            (_, Some(k)) => return self.fault_response(k, now_ms),
            (None, _) => {
                let r: Reply = Err(ApiError::not_found(format!(
                    "no operation at {} {}",
                    parts.method,
                    parts.uri.path()
                )));
                return self.json(StatusCode::NOT_FOUND, &envelope(r), now_ms);
            }
            (Some((key, safe, params)), None) => {
                let bytes = match body.collect().await {
                    Ok(b) => b.to_bytes(),
                    Err(e) => {
                        return self.json(
                            StatusCode::BAD_REQUEST,
                            &envelope(Err(ApiError::bad(format!("cannot read the body: {e}")))),
                            now_ms,
                        );
                    }
                };
                self.call(key, safe, params, &parts, &bytes, now_ms)
            }
        };
        self.json(StatusCode::OK, &envelope(result), now_ms)
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
        auth::verify(&parts.headers, now_ms / 1000, &self.nonces)?;
        let body = if bytes.iter().all(u8::is_ascii_whitespace) {
            Value::Null
        } else {
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
        let req = ApiRequest {
            params,
            query,
            body,
            now_ms,
        };
        let unknown = || ApiError::internal(format!("the sandbox does not implement {key} yet"));
        if safe {
            let s = self.store.read().map_err(ApiError::internal)?;
            read(key, &req, &s).unwrap_or_else(|| Err(unknown()))
        } else {
            self.store
                .write(|s| write(key, &req, s).unwrap_or_else(|| Err(unknown())))
                .map_err(ApiError::internal)?
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
    use crate::api::catalogue::ENDPOINTS;

    #[test]
    fn every_catalogue_operation_is_served() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("s.json"));
        let req = ApiRequest {
            params: vec![],
            query: HashMap::new(),
            body: Value::Null,
            now_ms: 0,
        };
        for e in ENDPOINTS {
            let served = if e.safe {
                read(e.key, &req, &store.read().unwrap()).is_some()
            } else {
                store
                    .write(|s| write(e.key, &req, s).ok_or(()))
                    .unwrap()
                    .is_ok()
            };
            assert!(served, "the sandbox does not serve {}", e.key);
        }
    }

    /// Extreme page numbers and sizes give an empty page or a clear refusal, never an
    /// overflow panic.
    #[test]
    fn extreme_paging_neither_overflows_nor_panics() {
        let items = [1, 2, 3];
        let v = paged(&items, i64::MAX, 20, |x| json!(x));
        assert_eq!(v["data"], json!([]));
        let v = paged(&items, 2, i64::MAX, |x| json!(x));
        assert_eq!(
            (v["data"].clone(), v["totalPage"].clone()),
            (json!([]), json!(1))
        );
        let v = paged(&items, 2, 2, |x| json!(x));
        assert_eq!(
            (v["data"].clone(), v["totalPage"].clone()),
            (json!([3]), json!(2))
        );

        let body = json!({"pageNo": i64::MAX, "pageSize": 10});
        let e = paging(body.as_object().unwrap(), Some(20)).unwrap_err();
        assert_eq!(
            e.msg,
            format!("pageNo must be from 1 to 100000, got {}", i64::MAX)
        );
        let body = json!({"pageSize": "0"});
        let e = paging(body.as_object().unwrap(), Some(20)).unwrap_err();
        assert_eq!(e.msg, "pageSize must be from 1 to 100, got 0");
        let e = paging(&Map::new(), None).unwrap_err();
        assert_eq!(e.msg, "pageSize is required");
        assert_eq!(paging(&Map::new(), Some(20)).unwrap(), (1, 20));
    }

    #[test]
    fn http_dates_are_imf_fixdate() {
        assert_eq!(http_date(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
