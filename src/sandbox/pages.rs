//! The order list pages the sandbox has rendered, kept while the state they were read from is
//! the current one.
//!
//! A real server renders in parallel and its latency includes the work; the sandbox renders on
//! one thread, and a 100-order page takes it about 0.8 ms. During a walk at `--concurrency 32`
//! that work, done one request after another, delays when the sandbox even reads the next
//! requests, so it, not the client, set the walk's pace (BENCHMARKS.md, run 7). A page is a
//! pure function of the state and the request, so it is rendered once per state: the answer
//! is the same, byte for byte, but for its `requestId`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::state::State;

/// The reads whose pages are kept: they read nothing but the state and the request.
pub const KEPT: &[&str] = &["taobao.order.list"];

/// At most this many pages are kept; then they are all dropped (a walk keeps its own).
const MOST: usize = 4096;

/// What a page is rendered from, besides the state: the operation, the query, the body.
type Key = (&'static str, String, Vec<u8>);

/// The pages rendered from one state.
type Rendered = (Arc<State>, HashMap<Key, Arc<Vec<u8>>>);

#[derive(Default)]
pub struct Pages(Mutex<Option<Rendered>>);

impl Pages {
    /// The `data` JSON of `op` asked with `query` and `body` of `state`, rendered by `render`
    /// unless it was already. `None` when `render` fails (its error is the caller's to give).
    pub fn get(
        &self,
        state: Arc<State>,
        key: Key,
        render: impl FnOnce() -> Option<Vec<u8>>,
    ) -> Option<Arc<Vec<u8>>> {
        let mut kept = self.0.lock().expect("never poisoned");
        let current = kept
            .as_ref()
            .is_some_and(|(s, pages)| Arc::ptr_eq(s, &state) && pages.len() < MOST);
        if !current {
            *kept = Some((state, HashMap::new()));
        }
        let pages = &mut kept.as_mut().expect("set above").1;
        if let Some(page) = pages.get(&key) {
            return Some(page.clone());
        }
        let page = Arc::new(render()?);
        pages.insert(key, page.clone());
        Some(page)
    }
}
