//! Turning an answer into a result: the envelope when the operation succeeded, otherwise an
//! error saying what went wrong, with a hint at what to do (docs/api.md#envelope).

use reqwest::header::{CONTENT_TYPE, HeaderMap, LOCATION};

use super::catalogue::{ENDPOINTS, Route, Status};
use super::envelope::{self, Envelope};
use super::observe::{Answer, Observer};
use super::transport::Attempt;
use crate::config::TimestampUnit;
use crate::error::{AUTH_CODES, Error, Result};

/// The start of a body, for `--debug`, with `hide` masked.
fn preview(body: &[u8], hide: &[&str]) -> String {
    // 4096 characters are at most 16 KiB: the rest of a large body is not decoded at all.
    let text = String::from_utf8_lossy(&body[..body.len().min(4 * 4096)]);
    let cut: String = text.chars().take(4096).collect();
    let more = if cut.len() < body.len() {
        " …(truncated)"
    } else {
        ""
    };
    mask_in(&format!("{cut}{more}"), hide)
}

/// An attempt with its body read: the body's start for `--debug`, and its envelope. For a
/// large answer reading is most of a request's work and needs nothing but the bytes, so
/// `Client` may do it on another thread (`read`), away from the one driving the connections.
pub enum Read {
    Failed { msg: String, not_sent: bool },
    Answered(Box<Answered>),
}

pub struct Answered {
    status: reqwest::StatusCode,
    headers: HeaderMap,
    elapsed: std::time::Duration,
    bytes: usize,
    body_preview: Option<String>,
    decoded: std::result::Result<Envelope, String>,
}

/// Reads an attempt's body; `preview`: keep its start for `--debug`, with these masked.
pub fn read(outcome: Attempt, preview: Option<&[&str]>) -> Read {
    match outcome {
        Attempt::Failed { msg, not_sent, .. } => Read::Failed { msg, not_sent },
        Attempt::Answered {
            status,
            headers,
            body,
            elapsed,
        } => Read::Answered(Box::new(Answered {
            status,
            headers,
            elapsed,
            bytes: body.len(),
            body_preview: preview.map(|hide| self::preview(&body, hide)),
            decoded: envelope::decode(body),
        })),
    }
}

/// The envelope when its code is one the route counts as success; otherwise the error.
/// `hide`: what the body may echo that must not be shown (see `scrub`).
pub fn interpret(
    route: &Route,
    url: &reqwest::Url,
    read: Read,
    hide: &[&str],
    unit: TimestampUnit,
    observer: &dyn Observer,
) -> Result<Envelope> {
    let (status, headers, elapsed, bytes, body_preview, decoded) = match read {
        Read::Failed { msg, not_sent } => {
            return Err(Error::Network {
                msg,
                write: !route.safe && !not_sent,
            });
        }
        Read::Answered(a) => {
            let Answered {
                status,
                headers,
                elapsed,
                bytes,
                body_preview,
                decoded,
            } = *a;
            (status, headers, elapsed, bytes, body_preview, decoded)
        }
    };
    let env = decoded.as_ref().ok();
    let request_id = env
        .and_then(|e| e.request_id.as_deref())
        .map(|r| mask_in(r, hide));
    observer.answered(&Answer {
        status: status.as_u16(),
        elapsed,
        bytes,
        code: env.map(|e| e.code),
        request_id: request_id.as_deref(),
        content_type: headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()),
        body_preview,
    });
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
        Some(auth_hint(&env.msg, &headers, unit))
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

/// `text` with every value of `hide` replaced by the mask.
fn mask_in(text: &str, hide: &[&str]) -> String {
    crate::secret::mask_all(text, hide).into_owned()
}

/// Masks `hide` in everything of a result that came from the answer: the envelope's message
/// (also written to the journal), and every error message and hint.
pub fn scrub(result: Result<Envelope>, hide: &[&str]) -> Result<Envelope> {
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

pub fn path_hint(route: &Route) -> String {
    let known = ENDPOINTS.iter().find(|e| e.key == route.key);
    let inferred = known.is_some_and(|e| e.status == Status::Inferred);
    let Some(_) = known else {
        // `pandapon api` with a path of its own: no operation to override.
        return "this path is not in pandapon's catalogue; `pandapon api --list` shows the known ones".into();
    };
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
            .map(|server| jiff::Timestamp::now().as_second() - server);
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

/// A `Date` header (`Sun, 06 Nov 1994 08:49:37 GMT`) as Unix seconds.
fn parse_http_date(s: &str) -> Option<i64> {
    jiff::fmt::rfc2822::DateTimeParser::new()
        .parse_timestamp(s)
        .ok()
        .map(|t| t.as_second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

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
