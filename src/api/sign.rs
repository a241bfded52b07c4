//! The request signature (docs/api.md#sign-rule): uppercase hex MD5 of
//! access-key + timestamp + nonce-str + access secret, no separators.

use md5::{Digest, Md5};

use crate::secret::{MASK, Secret};

pub const NONCE_LEN: usize = 32;

/// Pure: the same inputs always give the same signature.
pub fn sign(access_key: &str, timestamp: &str, nonce: &str, secret: &Secret) -> String {
    let mut h = Md5::new();
    h.update(access_key.as_bytes());
    h.update(timestamp.as_bytes());
    h.update(nonce.as_bytes());
    h.update(secret.expose().as_bytes());
    hex_upper(&h.finalize())
}

/// What `--debug` shows as the signed string: the secret's place is marked, never filled.
pub fn string_to_sign_masked(access_key: &str, timestamp: &str, nonce: &str) -> String {
    format!("{access_key}{timestamp}{nonce}{MASK}")
}

fn hex_upper(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 0xf) as usize] as char);
    }
    s
}

/// 32 random alphanumerics from the OS generator, fresh for every request.
pub fn nonce() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(NONCE_LEN);
    let mut buf = [0u8; 64];
    while out.len() < NONCE_LEN {
        getrandom::fill(&mut buf).expect("the operating system's random generator failed");
        // 248 = 4 * 62: rejecting bytes above it keeps every character equally likely.
        for &b in buf.iter().filter(|&&b| b < 248) {
            if out.len() == NONCE_LEN {
                break;
            }
            out.push(ALPHABET[(b % 62) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "58c0201dfdf148eca63cbf6bb5e7cf03";
    const NONCE: &str = "abcdefghijklmnopqrstuvwxyz012345";

    // The three self-computed vectors of docs/api.md#sign-vectors.
    #[test]
    fn vector_1_milliseconds() {
        let s = Secret::new("testsecret0123456789abcdef012345");
        assert_eq!(
            sign(KEY, "1715669977082", NONCE, &s),
            "167B7A1224DC2714E0AA7CAA01BBB3BE"
        );
    }

    #[test]
    fn vector_2_non_ascii_secret_is_hashed_as_utf8() {
        let s = Secret::new("测试secret中文0123");
        assert_eq!(
            sign(KEY, "1715669977082", NONCE, &s),
            "585250F352384EABB1A6C805DFD9233E"
        );
    }

    #[test]
    fn vector_3_seconds() {
        let s = Secret::new("testsecret0123456789abcdef012345");
        assert_eq!(
            sign(KEY, "1715669977", NONCE, &s),
            "66D71898579680B5CA0A1DD0942ED60F"
        );
    }

    #[test]
    fn masked_string_to_sign_hides_the_secret() {
        let m = string_to_sign_masked(KEY, "1715669977082", NONCE);
        assert_eq!(m, format!("{KEY}1715669977082{NONCE}{MASK}"));
    }

    #[test]
    fn nonce_is_32_alphanumerics_and_fresh() {
        let a = nonce();
        let b = nonce();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }
}
