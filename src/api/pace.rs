//! A rate limit is the server's word to the client, not to one request: when an answer says
//! 429 (or names a wait with `Retry-After`), every request of this client waits out the same
//! pause before it is sent, so a walk or batch with 8 requests in flight slows down together
//! instead of 8 requests hammering on, each discovering the limit for itself
//! (docs/api.md#safe-to-retry).
//!
//! One client serves one command, and its requests run on one thread: a plain lock is enough.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

#[derive(Debug, Default)]
pub struct Pace {
    /// Nothing is sent before this instant.
    until: Mutex<Option<Instant>>,
}

impl Pace {
    /// Returns once no pause is in force (at once, usually). A pause made longer while this
    /// waits is waited out too.
    pub async fn ready(&self) {
        loop {
            let until = *self.until.lock().expect("pace lock");
            match until {
                Some(t) if t > Instant::now() => tokio::time::sleep_until(t).await,
                _ => return,
            }
        }
    }

    /// Nothing is sent for `wait` from now (or longer, if a pause already runs longer).
    pub fn pause(&self, wait: Duration) {
        let t = Instant::now() + wait;
        let mut until = self.until.lock().expect("pace lock");
        if until.is_none_or(|u| u < t) {
            *until = Some(t);
        }
    }

    /// When the pause in force ends, if one is.
    pub fn paused_until(&self) -> Option<Instant> {
        let until = *self.until.lock().expect("pace lock");
        until.filter(|&t| t > Instant::now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Only lower bounds: a loaded machine may wake later, never earlier.
    #[tokio::test]
    async fn everyone_waits_out_the_longest_pause() {
        let pace = Pace::default();
        let start = Instant::now();
        pace.ready().await;
        assert!(
            start.elapsed() < Duration::from_millis(50),
            "no pause: at once"
        );
        pace.pause(Duration::from_millis(150));
        pace.pause(Duration::from_millis(60));
        let until = pace.paused_until().expect("a pause");
        assert!(until >= start + Duration::from_millis(150));
        // A pause made longer while others wait holds them too.
        tokio::join!(pace.ready(), async {
            tokio::time::sleep(Duration::from_millis(30)).await;
            pace.pause(Duration::from_millis(250));
        });
        assert!(start.elapsed() >= Duration::from_millis(280));
        assert_eq!(pace.paused_until(), None);
    }
}
