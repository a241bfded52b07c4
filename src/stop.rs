//! Whether the command has been asked to stop (Ctrl-C, SIGTERM, SIGHUP).
//!
//! `lib.rs` raises it from a task of its own when a signal comes, and ends the command once
//! it is raised; but it polls the command first, so a flow that watches it (a batch of writes)
//! can still say what it did and what it left unknown before it is dropped.

use std::sync::LazyLock;

use tokio::sync::watch;

static STOP: LazyLock<watch::Sender<bool>> = LazyLock::new(|| watch::Sender::new(false));

pub fn raise() {
    STOP.send_replace(true);
}

/// Resolves once `raise` has been called (at once if it already was).
pub async fn requested() {
    let mut rx = STOP.subscribe();
    let _ = rx.wait_for(|raised| *raised).await;
}
