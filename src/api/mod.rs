//! Talking to the PandaPon OpenAPI, split by job: the catalogue of operations, signing, the
//! transport (one attempt, bounded), the answer (status and envelope to a result or an error
//! with its hint), the client that ties them together, and typed views of responses.
//!
//! Nothing here prints or knows a command: what happens is told to an `Observer`.

pub mod answer;
pub mod budget;
pub mod catalogue;
pub mod client;
pub mod envelope;
pub mod observe;
pub mod pace;
pub mod sign;
pub mod transport;
pub mod types;

pub use client::{Call, Client};
pub use observe::Observer;

/// Runs `f` on a thread of the runtime's blocking pool: a large answer's reading and parsing,
/// so that the thread driving the connections keeps sending and reading meanwhile. As many
/// run at once as the machine has cores, in the order they asked: more threads would only
/// take turns (and each new one is a new heap to fault in). A panic in `f` is this one's.
pub async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    static CORES: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    let cores = CORES.get_or_init(|| {
        let n = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(n)
    });
    let _core = cores.acquire().await.expect("never closed");
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}
