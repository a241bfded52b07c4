//! The HTTP side of `listen`: one secret path, messages stored before they are acknowledged,
//! everything else answered with the right status and reported, never a crash.
//!
//! PandaPon counts a push as delivered on HTTP 200 within 1000 ms (docs/api.md#callbacks), so
//! a request waits only for the inbox, never for the app messages are forwarded to; if the
//! inbox cannot sync in time the answer is 503 and PandaPon pushes again (the record, if it
//! lands after all, makes that push a duplicate).

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming as Body;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinSet;

use super::inbox::{Incoming, Store};
use crate::domain::message::{self, Received};

/// Bodies above this are refused with 413 (a message is a few kilobytes).
pub const MAX_BODY: usize = 1 << 20;
/// How long a request waits for the inbox: under PandaPon's 1000 ms, with room for the network.
const STORE_DEADLINE: Duration = Duration::from_millis(900);
/// How long a sender may take over its headers, and over its body.
const SLOW: Duration = Duration::from_secs(10);
/// How long Ctrl-C waits for requests in flight.
const DRAIN: Duration = Duration::from_secs(3);

/// What the receiver saw besides stored messages (those come from the inbox writer).
#[derive(Debug)]
pub enum Event {
    Ping {
        from: SocketAddr,
        method: String,
    },
    Refused {
        from: SocketAddr,
        method: String,
        path: String,
        status: u16,
        why: String,
    },
}

struct App {
    path: String,
    store: Store,
    events: mpsc::UnboundedSender<Event>,
}

/// Serves until `stop` resolves, then stops accepting and answers what is in flight.
pub async fn serve(
    listener: TcpListener,
    path: String,
    store: Store,
    events: mpsc::UnboundedSender<Event>,
    stop: impl Future<Output = ()>,
) {
    let app = std::sync::Arc::new(App {
        path,
        store,
        events,
    });
    let (closing, closed) = watch::channel(false);
    let mut conns = JoinSet::new();
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = &mut stop => break,
        };
        while conns.try_join_next().is_some() {}
        let (stream, from) = match accepted {
            Ok(x) => x,
            Err(_) => {
                // Out of file descriptors, say: wait a little rather than spin.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let mut closed = closed.clone();
        conns.spawn(async move {
            let svc = service_fn(move |req| {
                let app = app.clone();
                async move { Ok::<_, Infallible>(app.handle(req, from).await) }
            });
            // A connection that never finishes its headers is dropped, not kept forever.
            let conn = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(SLOW)
                .serve_connection(TokioIo::new(stream), svc);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = closed.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
    drop(listener);
    let _ = closing.send(true);
    let _ = tokio::time::timeout(DRAIN, async { while conns.join_next().await.is_some() {} }).await;
}

/// Compares in a time that does not depend on where the paths differ: the token is the only
/// secret a push has, and it must not be guessable a character at a time.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

fn text(status: StatusCode, body: &str) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Full::new(Bytes::from(format!("{body}\n"))))
        .expect("a valid response")
}

impl App {
    fn refuse(
        &self,
        from: SocketAddr,
        method: &Method,
        path: &str,
        status: StatusCode,
        why: String,
    ) -> Response<Full<Bytes>> {
        let _ = self.events.send(Event::Refused {
            from,
            method: method.to_string(),
            path: path.to_string(),
            status: status.as_u16(),
            why: why.clone(),
        });
        text(status, &why)
    }

    async fn handle(&self, req: Request<Body>, from: SocketAddr) -> Response<Full<Bytes>> {
        let (parts, body) = req.into_parts();
        let path = parts.uri.path().to_string();
        let method = parts.method.clone();
        if !same(path.as_bytes(), self.path.as_bytes()) {
            return self.refuse(
                from,
                &method,
                &path,
                StatusCode::NOT_FOUND,
                "not found".into(),
            );
        }
        match method {
            Method::GET | Method::HEAD => {
                let _ = self.events.send(Event::Ping {
                    from,
                    method: method.to_string(),
                });
                return text(StatusCode::OK, "ok");
            }
            Method::POST => {}
            _ => {
                let mut r = self.refuse(
                    from,
                    &method,
                    &path,
                    StatusCode::METHOD_NOT_ALLOWED,
                    format!("{method} is not accepted here: PandaPon POSTs messages"),
                );
                r.headers_mut()
                    .insert("allow", http::HeaderValue::from_static("GET, HEAD, POST"));
                return r;
            }
        }
        let declared = parts
            .headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        let too_big = || {
            format!(
                "the body is over {} bytes; a message is a few kilobytes",
                MAX_BODY
            )
        };
        if declared.is_some_and(|n| n > MAX_BODY as u64) {
            return self.refuse(
                from,
                &method,
                &path,
                StatusCode::PAYLOAD_TOO_LARGE,
                too_big(),
            );
        }
        let read = tokio::time::timeout(SLOW, Limited::new(body, MAX_BODY).collect()).await;
        let Ok(read) = read else {
            return self.refuse(
                from,
                &method,
                &path,
                StatusCode::REQUEST_TIMEOUT,
                format!("the body did not arrive within {} s", SLOW.as_secs()),
            );
        };
        let bytes = match read {
            Ok(b) => b.to_bytes(),
            Err(e) if e.is::<http_body_util::LengthLimitError>() => {
                return self.refuse(
                    from,
                    &method,
                    &path,
                    StatusCode::PAYLOAD_TOO_LARGE,
                    too_big(),
                );
            }
            Err(e) => {
                return self.refuse(
                    from,
                    &method,
                    &path,
                    StatusCode::BAD_REQUEST,
                    format!("cannot read the body: {e}"),
                );
            }
        };
        let message = match message::parse(&bytes) {
            Ok(Received::Ping) => {
                let _ = self.events.send(Event::Ping {
                    from,
                    method: method.to_string(),
                });
                return text(StatusCode::OK, "ok");
            }
            Ok(Received::Message(m)) => m,
            Err(why) => {
                return self.refuse(
                    from,
                    &method,
                    &path,
                    StatusCode::BAD_REQUEST,
                    format!("not an order message: {why}"),
                );
            }
        };
        let content_type = parts
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json")
            .to_string();
        let incoming = Incoming {
            message,
            // Checked as JSON above, so it is UTF-8.
            raw: String::from_utf8_lossy(&bytes).into_owned(),
            from: from.to_string(),
            content_type,
        };
        match tokio::time::timeout(STORE_DEADLINE, self.store.store(incoming)).await {
            Ok(Ok(_)) => text(StatusCode::OK, "ok"),
            Ok(Err(why)) => self.refuse(from, &method, &path, StatusCode::SERVICE_UNAVAILABLE, why),
            Err(_) => self.refuse(
                from,
                &method,
                &path,
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the inbox did not sync within {} ms; not acknowledged, so PandaPon will push it again", STORE_DEADLINE.as_millis()),
            ),
        }
    }
}
