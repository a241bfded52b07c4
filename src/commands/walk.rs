//! `--all`: every page of a list, handed over in page order as it arrives.
//!
//! Page 1 comes first. When it tells the number of pages, the others are fetched with
//! `--concurrency` requests on the wire (the client's permits, `Client::call`): an answer that
//! is in lets the next page's request go at once, while it is still being parsed, and even
//! when pages before it are still out (`buffered` would wait for the oldest, so one slow or
//! retried page would hold every request behind it). Pages that come early wait, in order;
//! the walk works on at most `WINDOW` times `--concurrency` pages past the oldest one not yet
//! handed over, so what is held stays bounded however long that one takes. When page 1 does
//! not tell, pages follow one after another until a short or empty one.
//!
//! A walk is only reads: nothing is lost if one page fails for good and the rest are dropped.
//! A page is asked for again only after a failed attempt (`Client::call`'s retries), so every
//! page is handed over once.

use std::collections::BTreeMap;
use std::future::Future;

use futures_util::FutureExt;
use futures_util::stream::{FuturesUnordered, StreamExt};

use crate::api::Client;
use crate::api::types::Page;
use crate::error::Result;
use crate::output::Printer;

/// `--all` stops here even if the server keeps saying there is more.
pub const MAX_PAGES: u32 = 10_000;

/// How many times `--concurrency` pages a walk may fetch past the oldest one it is waiting for.
const WINDOW: usize = 2;

/// A page `walk_pages` can walk: a list page, or one with more read from it (the cart's).
pub trait Paged {
    fn page(&self) -> &Page;
    fn page_mut(&mut self) -> &mut Page;
}

impl Paged for Page {
    fn page(&self) -> &Page {
        self
    }
    fn page_mut(&mut self) -> &mut Page {
        self
    }
}

/// Every page of a list for `--all`, handed to `each` in page order (see the module docs).
/// `size` is the page size `fetch` asks for; `last` caps the pages fetched (`--limit`).
/// A progress bar on a terminal's stderr counts the pages (`Printer::progress`).
pub async fn walk_pages<P, Fut>(
    out: &Printer,
    client: &Client<'_>,
    size: u32,
    last: Option<u32>,
    fetch: impl Fn(u32) -> Fut,
    mut each: impl FnMut(P) -> Result<()>,
) -> Result<()>
where
    P: Paged,
    Fut: Future<Output = Result<P>>,
{
    let cap = last.unwrap_or(MAX_PAGES).clamp(1, MAX_PAGES);
    let first = fetch(1).await?;
    let known_total = first.page().total_pages;
    let is_last = |n: u32, p: &P| {
        let p = p.page();
        n >= cap
            || p.is_empty()
            || match p.total_pages {
                Some(total) => u64::from(n) >= total,
                None => !p.paged || p.len() < size as usize,
            }
    };
    let done = is_last(1, &first);
    let total = known_total.map(|t| u32::try_from(t).unwrap_or(MAX_PAGES).min(cap));
    let bar = out.progress("pages", total.map(u64::from));
    each(first)?;
    bar.inc(1);
    if done {
        return Ok(());
    }
    if let Some(last) = total {
        return fetch_known(client, last, &fetch, |p| {
            each(p)?;
            bar.inc(1);
            Ok(())
        })
        .await;
    }
    for n in 2..=cap {
        let p = fetch(n).await?;
        let done = is_last(n, &p);
        each(p)?;
        bar.inc(1);
        if done {
            break;
        }
    }
    Ok(())
}

/// Pages 2..=last, `--concurrency` in flight, handed over in order.
async fn fetch_known<P, Fut>(
    client: &Client<'_>,
    last: u32,
    fetch: &impl Fn(u32) -> Fut,
    mut each: impl FnMut(P) -> Result<()>,
) -> Result<()>
where
    P: Paged,
    Fut: Future<Output = Result<P>>,
{
    // The client keeps `--concurrency` of these on the wire; the others wait for a permit or
    // are being parsed.
    let ahead = (WINDOW * client.concurrency()) as u32;
    let in_flight = ahead as usize;
    // Up to `ahead` parsed pages may be held at once: each parses into its share.
    let _shared = crate::api::budget::share((ahead.min(last - 1)) as usize);
    let start = |n: u32| fetch(n).map(move |r| (n, r));
    let mut running = FuturesUnordered::new();
    let mut early: BTreeMap<u32, P> = BTreeMap::new();
    // The next page to ask for, and the next to hand over.
    let (mut next, mut head) = (2u32, 2u32);
    loop {
        while next <= last && running.len() < in_flight && next - head < ahead {
            running.push(start(next));
            next += 1;
        }
        // The requests that ended meanwhile (polling also sends the ones just started).
        while let Some(Some((n, page))) = running.next().now_or_never() {
            early.insert(n, page?);
        }
        if let Some(p) = early.remove(&head) {
            head += 1;
            // The list shrank while it was walked: the pages after an empty one are empty too.
            if p.page().is_empty() {
                return Ok(());
            }
            each(p)?;
            if head > last {
                return Ok(());
            }
            // When the next page is in too (a run of pages that came together), the
            // connections run first (one thread runs everything): answers that came are read
            // and new requests go out, so the network does not wait while the run is turned
            // into output. (After every page, a fast server's walk would pay for it.)
            if early.contains_key(&head) {
                tokio::task::yield_now().await;
            }
            continue;
        }
        // The page to hand over next is still out: wait for any request to end.
        let Some((n, page)) = running.next().await else {
            break;
        };
        early.insert(n, page?);
    }
    Ok(())
}
