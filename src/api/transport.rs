//! Sending one attempt and reading its answer, bounded in size; how long to wait before the
//! next attempt. Which attempts may be repeated is the client's decision (`client.rs`).

use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::catalogue::Method;

/// Bodies larger than this are refused rather than held in memory.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
const BACKOFF_BASE: Duration = Duration::from_millis(200);

/// How one attempt ended.
pub enum Attempt {
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

impl Attempt {
    /// `Some(server's wait, if it named one)` when another attempt could help: a transport
    /// failure worth repeating, HTTP 429 or a 5xx.
    pub fn retry_hint(&self) -> Option<Option<Duration>> {
        match self {
            Attempt::Failed { retryable, .. } => retryable.then_some(None),
            Attempt::Answered {
                status, headers, ..
            } if status.as_u16() == 429 || status.is_server_error() => Some(retry_after(headers)),
            Attempt::Answered { .. } => None,
        }
    }
}

impl Attempt {
    /// HTTP 429: the server limits the rate of requests (its pause is shared, `pace.rs`).
    pub fn rate_limited(&self) -> bool {
        matches!(self, Attempt::Answered { status, .. } if status.as_u16() == 429)
    }
}

/// Whether a URL's host is this machine (`localhost`, 127.0.0.0/8, ::1): the only place plain
/// HTTP is safe, and where no proxy is wanted.
pub fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The HTTP client, configured once per command.
pub struct Transport(pub reqwest::Client);

impl Transport {
    /// `wire` is sent; `url` (the signature masked) is the one named in messages.
    pub async fn exchange(
        &self,
        method: Method,
        wire: &reqwest::Url,
        url: &reqwest::Url,
        headers: &[(&'static str, String)],
        body: Option<Vec<u8>>,
    ) -> Attempt {
        let started = Instant::now();
        let mut req = match method {
            Method::Get => self.0.get(wire.clone()),
            Method::Post => self.0.post(wire.clone()),
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
        let declared = resp.content_length();
        if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
            return Attempt::Failed {
                not_sent: false,
                // The same request would bring the same answer: reading it again is waste.
                retryable: false,
                msg: too_large(url),
            };
        }
        // With a Content-Length the body is copied into one buffer of that size as it comes,
        // so it is held once. Without one, the chunks are kept as they come and joined once
        // at the end: growing one buffer by doubling would hold half as much again.
        let mut body: Vec<u8> = Vec::with_capacity(declared.unwrap_or(0) as usize);
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
                    if declared.is_some() {
                        body.extend_from_slice(&c);
                    } else {
                        chunks.push(c);
                    }
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
        if declared.is_none() {
            body = match chunks.len() {
                1 => Vec::from(chunks.pop().expect("one chunk")),
                _ => {
                    let mut b = Vec::with_capacity(len);
                    chunks.drain(..).for_each(|c| b.extend_from_slice(&c));
                    b
                }
            };
        }
        Attempt::Answered {
            status,
            headers,
            body,
            elapsed: started.elapsed(),
        }
    }
}

fn too_large(url: &reqwest::Url) -> String {
    format!(
        "the answer from {url} is larger than {} MiB; refusing to read it (narrow the request, e.g. a smaller --page-size)",
        MAX_BODY_BYTES / (1024 * 1024)
    )
}

pub fn describe(a: &Attempt) -> String {
    match a {
        Attempt::Failed { msg, .. } => msg.clone(),
        Attempt::Answered { status, .. } => format!("HTTP {}", status.as_u16()),
    }
}

/// 200 ms, 400 ms, ... plus up to 100 ms of jitter so parallel clients do not retry in step.
pub fn backoff(attempt: u32) -> Duration {
    let mut b = [0u8; 1];
    let _ = getrandom::fill(&mut b);
    BACKOFF_BASE * 2u32.pow(attempt.saturating_sub(1))
        + Duration::from_millis(u64::from(b[0]) * 100 / 255)
}

/// What a server's `Retry-After` asks for: delay seconds or an HTTP date (RFC 9110 §10.2.3),
/// at most 30 s.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get("retry-after")?.to_str().ok()?.trim();
    let wait = match v.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => {
            let at = jiff::fmt::rfc2822::DateTimeParser::new()
                .parse_timestamp(v)
                .ok()?;
            let d = at.duration_since(jiff::Timestamp::now());
            Duration::try_from(d).unwrap_or(Duration::ZERO)
        }
    };
    Some(wait.min(Duration::from_secs(30)))
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
pub fn root_cause(e: &dyn std::error::Error) -> String {
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
    } else if lower.contains("certificate") || lower.contains("unknownissuer") {
        format!(
            "the server's certificate is not trusted: {chain}. If your network inspects HTTPS with its \
             own certificate authority, install that authority in the system's trust store or point \
             SSL_CERT_FILE at it"
        )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        let b1 = backoff(1);
        let b2 = backoff(2);
        assert!(b1 >= Duration::from_millis(200) && b1 <= Duration::from_millis(300));
        assert!(b2 >= Duration::from_millis(400) && b2 <= Duration::from_millis(500));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert("retry-after", HeaderValue::from_static("600"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(30)), "capped");
        h.insert(
            "retry-after",
            HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"),
        );
        assert_eq!(
            retry_after(&h),
            Some(Duration::ZERO),
            "a date in the past: now"
        );
        let soon = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(10);
        let text = jiff::fmt::rfc2822::DateTimePrinter::new()
            .timestamp_to_rfc9110_string(&soon)
            .unwrap();
        h.insert("retry-after", HeaderValue::from_str(&text).unwrap());
        let w = retry_after(&h).unwrap();
        assert!(
            w > Duration::from_secs(7) && w <= Duration::from_secs(10),
            "{w:?}"
        );
        h.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }
}
