//! Checks every request the way the real service is documented to (REFERENCE.md §2):
//! five headers, the MD5 signature, a timestamp within 600 s, a nonce not seen before.

use std::collections::HashMap;
use std::sync::Mutex;

use http::HeaderMap;

use super::{ApiError, SANDBOX_ACCESS_KEY, SANDBOX_SECRET, SANDBOX_USER_ID};
use crate::api::sign;
use crate::secret::Secret;

pub const WINDOW_SECS: i64 = 600;

#[derive(Default)]
pub struct Nonces {
    /// nonce -> when it was first seen (server seconds).
    seen: Mutex<HashMap<String, i64>>,
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> Result<&'a str, ApiError> {
    let v = h
        .get(name)
        .ok_or_else(|| ApiError::auth(format!("missing header: {name}")))?;
    let v = v
        .to_str()
        .map_err(|_| ApiError::auth(format!("header {name} is not ASCII")))?;
    if v.trim().is_empty() {
        return Err(ApiError::auth(format!("empty header: {name}")));
    }
    Ok(v)
}

/// `now_secs` is the server's clock (the real one plus any simulated offset).
pub fn verify(h: &HeaderMap, now_secs: i64, nonces: &Nonces) -> Result<(), ApiError> {
    let key = header(h, "access-key")?;
    let ts = header(h, "timestamp")?;
    let nonce = header(h, "nonce-str")?;
    let user = header(h, "user-id")?;
    let signature = header(h, "signature")?;

    if key != SANDBOX_ACCESS_KEY {
        return Err(ApiError::auth(format!(
            "unknown access-key \"{key}\" (the sandbox's is {SANDBOX_ACCESS_KEY})"
        )));
    }
    let n: i64 = ts.parse().map_err(|_| {
        ApiError::auth(format!(
            "timestamp \"{ts}\" is not a Unix time in milliseconds"
        ))
    })?;
    // 13 digits are milliseconds (the docs' example); 10 are seconds (a client with timestamp_unit = "s").
    let secs = if n > 100_000_000_000 { n / 1000 } else { n };
    let skew = secs - now_secs;
    if skew.abs() > WINDOW_SECS {
        return Err(ApiError::auth(format!(
            "timestamp {ts} is {} seconds {} server time (limit {WINDOW_SECS} s); check the clock",
            skew.abs(),
            if skew > 0 { "ahead of" } else { "behind" }
        )));
    }
    if nonce.len() != sign::NONCE_LEN || !nonce.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::auth(format!(
            "nonce-str must be {} random letters or digits, got \"{nonce}\"",
            sign::NONCE_LEN
        )));
    }
    let expected = sign::sign(key, ts, nonce, &Secret::new(SANDBOX_SECRET));
    if !signature.eq_ignore_ascii_case(&expected) {
        return Err(ApiError::auth(
            "signature mismatch: expected uppercase hex MD5 of access-key + timestamp + nonce-str + access secret"
                .to_string(),
        ));
    }
    if user != SANDBOX_USER_ID {
        return Err(ApiError {
            code: 403,
            msg: format!(
                "user-id {user} is not a user of this developer account (the sandbox's is {SANDBOX_USER_ID})"
            ),
        });
    }
    // Only a request that proves the secret can burn a nonce.
    let mut seen = nonces.seen.lock().expect("nonce lock");
    seen.retain(|_, &mut at| now_secs - at <= WINDOW_SECS);
    if seen.contains_key(nonce) {
        return Err(ApiError::auth(format!(
            "nonce-str {nonce} was already used in the last {WINDOW_SECS} seconds (replayed request)"
        )));
    }
    seen.insert(nonce.to_string(), now_secs);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn signed(ts: &str, nonce: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        let sig = sign::sign(SANDBOX_ACCESS_KEY, ts, nonce, &Secret::new(SANDBOX_SECRET));
        for (k, v) in [
            ("access-key", SANDBOX_ACCESS_KEY.to_string()),
            ("timestamp", ts.to_string()),
            ("nonce-str", nonce.to_string()),
            ("user-id", SANDBOX_USER_ID.to_string()),
            ("signature", sig),
        ] {
            h.insert(k, HeaderValue::from_str(&v).unwrap());
        }
        h
    }

    const NONCE: &str = "abcdefghijklmnopqrstuvwxyz012345";
    const NOW: i64 = 1_715_669_977;

    #[test]
    fn a_good_request_passes_once() {
        let n = Nonces::default();
        let h = signed("1715669977082", NONCE);
        verify(&h, NOW, &n).unwrap();
        let e = verify(&h, NOW, &n).unwrap_err();
        assert!(e.msg.contains("already used"), "{}", e.msg);
    }

    #[test]
    fn each_failure_says_what_is_wrong() {
        let n = Nonces::default();
        let mut h = signed("1715669977082", NONCE);
        h.remove("nonce-str");
        assert_eq!(
            verify(&h, NOW, &n).unwrap_err().msg,
            "missing header: nonce-str"
        );

        let h = signed("1715669977082", NONCE);
        let e = verify(&h, NOW + 700, &n).unwrap_err();
        assert_eq!(e.code, 401);
        assert!(
            e.msg.contains("is 700 seconds behind server time"),
            "{}",
            e.msg
        );

        let mut h = signed("1715669977", "0123456789abcdefghijklmnopqrstuv");
        h.insert(
            "signature",
            HeaderValue::from_static("00000000000000000000000000000000"),
        );
        assert!(
            verify(&h, NOW, &n)
                .unwrap_err()
                .msg
                .starts_with("signature mismatch")
        );

        let h = signed("1715669977", "short");
        assert!(
            verify(&h, NOW, &n)
                .unwrap_err()
                .msg
                .contains("32 random letters")
        );

        let mut h = signed("1715669977", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
        h.insert("user-id", HeaderValue::from_static("1"));
        assert_eq!(verify(&h, NOW, &n).unwrap_err().code, 403);
    }
}
