//! How many JSON values an answer may parse into (`domain::json`): all of
//! `domain::json::MAX_VALUES` for an answer on its own, a share of it for each answer of a walk
//! or a batch, which may hold `--concurrency` parsed answers at once (`commands::walk_pages`,
//! `commands::batch`). So however dense the answers, the parsed ones held together stay
//! within about 100 MB.
//!
//! One process runs one command, and its runtime one thread: the share is a plain global.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::domain::json::MAX_VALUES;

static SHARERS: AtomicUsize = AtomicUsize::new(1);

/// While it lives, each answer gets 1/`n` of what it would otherwise (nested: 1/(n·m)).
#[must_use]
pub struct Shared(usize);

pub fn share(n: usize) -> Shared {
    let before = SHARERS.load(Ordering::Relaxed);
    SHARERS.store(before.saturating_mul(n.max(1)), Ordering::Relaxed);
    Shared(before)
}

impl Drop for Shared {
    fn drop(&mut self) {
        SHARERS.store(self.0, Ordering::Relaxed);
    }
}

/// Why an answer is refused: `what` (about N JSON values, more than N list elements) in
/// `bytes` bytes is over `limit`.
pub fn refused(what: &str, bytes: usize, limit: usize) -> String {
    format!(
        "the answer holds {what} in {bytes} bytes, more than the {limit} pandapon parses at once; refusing it (narrow the request: a smaller --page-size or --concurrency)"
    )
}

/// The values the next answer may parse into.
pub fn per_answer() -> usize {
    MAX_VALUES / SHARERS.load(Ordering::Relaxed).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_divide_and_end_with_their_guard() {
        assert_eq!(per_answer(), MAX_VALUES);
        {
            let _walk = share(8);
            assert_eq!(per_answer(), MAX_VALUES / 8);
            {
                let _inner = share(2);
                assert_eq!(per_answer(), MAX_VALUES / 16);
            }
            assert_eq!(per_answer(), MAX_VALUES / 8);
        }
        assert_eq!(per_answer(), MAX_VALUES);
    }
}
