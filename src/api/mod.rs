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

/// Runs `f` on one of the process's reading threads: a large answer's reading and parsing,
/// so that the thread driving the connections keeps sending and reading meanwhile. There are
/// as many as the machine has cores, started at the first call, taking jobs in the order they
/// came: more threads would only take turns. They are threads of their own, not the runtime's
/// blocking pool, which starts a new thread whenever none is idle at that instant: a walk of
/// 2,000 pages ended up with seven, each a heap of its own, and memory grew with the walk.
/// A panic in `f` is this one's.
pub async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    type Job = Box<dyn FnOnce() + Send>;
    static JOBS: std::sync::OnceLock<std::sync::mpsc::Sender<Job>> = std::sync::OnceLock::new();
    let jobs = JOBS.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        // (At most 16: a walk keeps no more pages than that busy, however big the machine.)
        let n = std::thread::available_parallelism().map_or(2, |n| n.get().min(16));
        for i in 0..n {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("pandapon-read-{i}"))
                .spawn(move || {
                    loop {
                        // The lock is held only to take a job, not while it runs.
                        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                })
                .expect("a thread to read answers on");
        }
        tx
    });
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        // The caller stopped waiting while the job was queued (a walk that failed): nobody
        // needs it.
        if tx.is_closed() {
            return;
        }
        let _ = tx.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    jobs.send(job)
        .expect("the reading threads live as long as the process");
    match rx.await.expect("every job answers") {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    /// However many jobs come at once, they run on the same few threads (one heap each), not
    /// on this one; a job's panic is its caller's, and its thread goes on.
    #[tokio::test]
    async fn jobs_share_a_thread_per_core_and_a_panic_is_the_callers() {
        let here = std::thread::current().id();
        let jobs = (0..200).map(|_| {
            super::off_thread(|| {
                std::thread::sleep(std::time::Duration::from_micros(200));
                std::thread::current().id()
            })
        });
        let threads: HashSet<_> = futures_util::future::join_all(jobs)
            .await
            .into_iter()
            .collect();
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        assert!(!threads.contains(&here));
        assert!(threads.len() <= cores, "{} threads", threads.len());
        let panicked = tokio::spawn(super::off_thread(|| panic!("a bad page"))).await;
        assert!(panicked.unwrap_err().is_panic());
        assert_eq!(super::off_thread(|| 2 + 2).await, 4);
    }
}
