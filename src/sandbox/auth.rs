//! Checks every request the way the real service is documented to (docs/api.md#signing):
//! five headers, the MD5 signature, a timestamp within 600 s, a nonce not seen before.

use std::collections::HashMap;
use std::sync::Mutex;

use http::HeaderMap;
use md5::{Digest, Md5};

use super::{ApiError, SANDBOX_ACCESS_KEY, SANDBOX_SECRET, SANDBOX_USER_ID};

pub const WINDOW_SECS: i64 = 600;

/// "随机字符串32位" (docs/api.md#sign-headers). Kept here, not taken from the client, so that the
/// sandbox judges the client rather than agreeing with it by construction.
const NONCE_LEN: usize = 32;

/// Uppercase hex MD5 of access-key + timestamp + nonce-str + secret (docs/api.md#sign-rule).
/// Computed here on purpose, independently of `crate::api::sign`: a bug there must show up
/// as a refused request, not be reproduced by the judge.
fn expected_signature(key: &str, ts: &str, nonce: &str, secret: &str) -> String {
    let digest = Md5::new()
        .chain_update(key)
        .chain_update(ts)
        .chain_update(nonce)
        .chain_update(secret)
        .finalize();
    digest.iter().map(|b| format!("{b:02X}")).collect()
}

#[derive(Default)]
pub struct Nonces {
    /// nonce -> when it was first seen (server seconds), and the second the old ones were last
    /// let go: once a second, not at every request, which went through every nonce of the
    /// window (tens of thousands in a benchmark run).
    seen: Mutex<(HashMap<String, i64>, i64)>,
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
    // Digits only: a sign or a value beyond i64 is no Unix time, and refusing it here keeps
    // the arithmetic below from overflowing on hostile input.
    let n: i64 = ts
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| ts.parse().ok())
        .flatten()
        .ok_or_else(|| {
            ApiError::auth(format!(
                "timestamp \"{ts}\" is not a Unix time in milliseconds"
            ))
        })?;
    // 13 digits are milliseconds (the docs' example); 10 are seconds (a client with timestamp_unit = "s").
    let secs = if n > 100_000_000_000 { n / 1000 } else { n };
    // abs_diff cannot overflow, whatever the server clock's simulated offset.
    let skew = secs.abs_diff(now_secs);
    if skew > WINDOW_SECS.unsigned_abs() {
        let dir = if secs > now_secs {
            "ahead of"
        } else {
            "behind"
        };
        return Err(ApiError::auth(format!(
            "timestamp {ts} is {skew} seconds {dir} server time (limit {WINDOW_SECS} s); check the clock"
        )));
    }
    if nonce.len() != NONCE_LEN || !nonce.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::auth(format!(
            "nonce-str must be {NONCE_LEN} random letters or digits, got \"{nonce}\""
        )));
    }
    let expected = expected_signature(key, ts, nonce, SANDBOX_SECRET);
    // Exactly, as documented: a client sending lowercase hex would pass here and fail against
    // a real server that compares the strings.
    if signature != expected {
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
    let mut guard = nonces.seen.lock().expect("nonce lock");
    let (seen, pruned) = &mut *guard;
    if *pruned != now_secs {
        seen.retain(|_, &mut at| now_secs - at <= WINDOW_SECS);
        *pruned = now_secs;
    }
    // What is kept is exactly the window's: nothing grows older within a second.
    if seen.contains_key(nonce) {
        return Err(ApiError::auth(format!(
            "nonce-str {nonce} was already used in the last {WINDOW_SECS} seconds (replayed request)"
        )));
    }
    // Kept until its timestamp is out of the window too: a request signed up to the window
    // ahead could otherwise be replayed once the nonce was let go.
    seen.insert(nonce.to_string(), now_secs.max(secs));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn signed(ts: &str, nonce: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        let sig = expected_signature(SANDBOX_ACCESS_KEY, ts, nonce, SANDBOX_SECRET);
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

    /// Vector 1 of docs/api.md#sign-vectors (self-computed there from the inferred rule).
    #[test]
    fn the_signature_matches_the_reference_vector() {
        assert_eq!(
            expected_signature(
                "58c0201dfdf148eca63cbf6bb5e7cf03",
                "1715669977082",
                "abcdefghijklmnopqrstuvwxyz012345",
                "testsecret0123456789abcdef012345"
            ),
            "167B7A1224DC2714E0AA7CAA01BBB3BE"
        );
    }

    /// Hostile timestamps are refused with a 401, never an overflow panic.
    #[test]
    fn extreme_timestamps_are_refused_not_a_panic() {
        let n = Nonces::default();
        for ts in [
            "-9223372036854775808",
            "-1",
            "+1715669977",
            "99999999999999999999",
        ] {
            let e = verify(&signed(ts, NONCE), NOW, &n).unwrap_err();
            assert_eq!(e.code, 401);
            assert_eq!(
                e.msg,
                format!("timestamp \"{ts}\" is not a Unix time in milliseconds")
            );
        }
        // The largest accepted value is refused as far off, and the clock's offset may be
        // anything: neither overflows.
        let e = verify(&signed("9223372036854775807", NONCE), i64::MIN, &n).unwrap_err();
        assert!(e.msg.contains("seconds ahead of server time"), "{}", e.msg);
    }

    #[test]
    fn a_good_request_passes_once() {
        let n = Nonces::default();
        let h = signed("1715669977082", NONCE);
        verify(&h, NOW, &n).unwrap();
        let e = verify(&h, NOW, &n).unwrap_err();
        assert!(e.msg.contains("already used"), "{}", e.msg);
    }

    /// A nonce is refused for the window's length and taken again after it, and the ones out of
    /// the window are let go.
    #[test]
    fn a_nonce_is_kept_for_the_window_only() {
        let n = Nonces::default();
        verify(&signed("1715669977082", NONCE), NOW, &n).unwrap();
        let later = NOW + WINDOW_SECS;
        let at = |secs: i64| format!("{}000", secs);
        let other = "0123456789abcdefghijklmnopqrstuv";
        verify(&signed(&at(later), other), later, &n).unwrap();
        let e = verify(&signed(&at(later), NONCE), later, &n).unwrap_err();
        assert!(e.msg.contains("already used"), "{}", e.msg);
        verify(&signed(&at(later + 1), NONCE), later + 1, &n).unwrap();
        assert_eq!(
            n.seen.lock().unwrap().0.len(),
            2,
            "{other} and {NONCE} again"
        );
        // Signed a whole window ahead, then replayed as long as its timestamp is accepted.
        let ahead = signed(&at(NOW + WINDOW_SECS), "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
        let n = Nonces::default();
        verify(&ahead, NOW, &n).unwrap();
        let e = verify(&ahead, NOW + 2 * WINDOW_SECS, &n).unwrap_err();
        assert!(e.msg.contains("already used"), "{}", e.msg);
    }

    /// The right digest in lowercase is refused: the rule says uppercase, and a server that
    /// compares strings would refuse it too.
    #[test]
    fn a_lowercase_signature_is_refused() {
        let n = Nonces::default();
        let mut h = signed("1715669977082", NONCE);
        let upper = h["signature"].to_str().unwrap().to_string();
        assert!(upper.bytes().any(|b| b.is_ascii_uppercase()), "{upper}");
        h.insert(
            "signature",
            HeaderValue::from_str(&upper.to_ascii_lowercase()).unwrap(),
        );
        let e = verify(&h, NOW, &n).unwrap_err();
        assert_eq!(e.code, 401);
        assert!(e.msg.starts_with("signature mismatch"), "{}", e.msg);
        h.insert("signature", HeaderValue::from_str(&upper).unwrap());
        verify(&h, NOW, &n).unwrap();
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
