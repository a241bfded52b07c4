//! The one `--all` flow every list uses (orders, cart, after-sales, messages, goods results on
//! both platforms, `api --paginate`): walk the pages (`walk.rs`), turn each page into JSON or
//! table rows as it arrives, and print it at once (`output::list`), so the first rows reach
//! stdout long before the last page, and memory does not grow with the list. What a noun
//! supplies is its fetch and how its elements become rows (`Rows`).

use std::future::Future;
use std::sync::Arc;

use super::Ctx;
use super::unexpected;
use super::walk::{Paged, walk_pages};
use crate::api::Client;
use crate::api::types::{Keep, Page};
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::list::JsonCopied;
use crate::output::table::Block;

/// How a list's pages become table rows (for a terminal, or tab-separated in a pipe).
pub trait Rows<P> {
    /// The table the rows go in: headers, alignment, columns cut short. Made when page 1
    /// has come, so columns may depend on what the list holds (ranked results).
    fn table(&self, first: &P) -> Table;
    /// The rows of one page; `first` counts the elements before it in the walk, for the
    /// `data[i]` a malformed element is named by, and for nothing else: a page's rows are
    /// made before the pages ahead of it are in (`print_all`), and made again, with `first`
    /// right, only to say what is wrong.
    fn rows(&self, page: &P, first: usize, terminal: bool) -> Result<Vec<Vec<String>>>;
    /// The fields of an element `rows` reads, when it reads few: the others are skipped,
    /// not parsed (`Page::parse_keeping`).
    fn keep(&self) -> Option<Keep> {
        None
    }
}

/// A list printed only as JSON (`pandapon api --paginate`): it has no rows.
pub struct JsonOnly;

impl<P> Rows<P> for JsonOnly {
    fn table(&self, _: &P) -> Table {
        Table::new(&[])
    }
    fn rows(&self, _: &P, _: usize, _: bool) -> Result<Vec<Vec<String>>> {
        Ok(Vec::new())
    }
}

/// A walk's settings.
pub struct Walk {
    /// The page size asked for.
    pub size: u32,
    /// Stop after this many elements (`--limit`).
    pub limit: Option<usize>,
    /// `--json-lines`: one element per line.
    pub lines: bool,
    /// JSON whatever `--json` says (`pandapon api`).
    pub json: bool,
}

/// What a walk printed, for what the command says after it.
pub struct Walked {
    /// Elements (JSON) or rows printed.
    pub count: usize,
    /// Whether it printed rows for a person (then an empty list deserves a sentence).
    pub rows: bool,
    /// What page 1 said of the whole list.
    pub total_records: Option<u64>,
}

/// A page's list smaller than this is copied as JSON as soon as it comes.
const EARLY_COPY: usize = 1 << 20;

/// A page of a walk with its rows or its JSON copy, when they were made as it came, or why
/// it could not be read (said at its turn, after the pages before it are printed).
struct Ready<P> {
    page: P,
    /// The page's rows, and how many elements they were made of.
    rows: Option<(Block, usize)>,
    /// Whether the JSON copy was tried, and what it gave (`ListOut::page`).
    copied: Option<Option<JsonCopied>>,
    failed: Option<Error>,
}

impl<P: Paged> Paged for Ready<P> {
    fn page(&self) -> &Page {
        self.page.page()
    }
    fn page_mut(&mut self) -> &mut Page {
        self.page.page_mut()
    }
}

/// Walks every page `fetch` gives (`fetch(n)` is page n) and prints it as it arrives.
pub async fn print_all<P, Fut>(
    ctx: &Ctx,
    client: &Client<'_>,
    w: Walk,
    fetch: impl Fn(u32) -> Fut,
    rows: impl Rows<P> + Send + Sync + 'static,
) -> Result<Walked>
where
    P: Paged + Send + 'static,
    Fut: Future<Output = Result<P>>,
{
    let out = &ctx.printer;
    if w.lines && out.jq.is_some() {
        return Err(Error::usage(
            "--jq filters one whole JSON document; with --json-lines, pipe the lines to a filter instead",
        ));
    }
    let mut list = None;
    let terminal = out.stdout_terminal;
    // Rows need the elements as values; JSON may be copied from their text (`ListOut::page`).
    let parse = out.list_wants_rows(w.json, w.lines);
    // Each page is parsed and made into rows, or copied as JSON, as it comes, beside the
    // others (`off_thread`); in page order, only what must be. With `--limit` (which may cut
    // a page) rows are made, and JSON copied, in page order.
    let rows = Arc::new(rows);
    let keep = rows.keep().map(Arc::new);
    let copy = out.list_copy(w.json, w.lines).filter(|_| w.limit.is_none());
    let fetch = |n: u32| {
        let page = fetch(n);
        let (rows, keep, copy) = (rows.clone(), keep.clone(), copy.clone());
        async move {
            let mut page = page.await?;
            // A large page is copied at its turn: a copy of every page in flight would double
            // the walk's memory (`tests/parse_memory.rs`).
            let small = |p: &P| {
                p.page()
                    .raw
                    .as_ref()
                    .is_some_and(|r| r.list().len() < EARLY_COPY)
            };
            let copy = copy.filter(|_| small(&page));
            if !parse && copy.is_none() {
                return Ok(Ready {
                    page,
                    rows: None,
                    copied: None,
                    failed: None,
                });
            }
            crate::api::off_thread(move || {
                if let Some(copy) = copy {
                    let copied = page.page().raw.as_ref().map(|raw| copy.copy(raw));
                    return Ok(Ready {
                        page,
                        rows: None,
                        copied,
                        failed: None,
                    });
                }
                let failed = page.page_mut().parse_keeping(keep.as_deref()).err();
                let rows = match (w.limit, &failed) {
                    (None, None) => rows.rows(&page, 0, terminal).ok().map(|made| {
                        let made = Block::new(made);
                        // Page 1 is kept whole: the table is made of it (`Rows::table`).
                        if n > 1 {
                            page.page_mut().release();
                        }
                        let count = page.page().len();
                        (made, count)
                    }),
                    _ => None,
                };
                Ok(Ready {
                    page,
                    rows,
                    copied: None,
                    failed: failed.map(unexpected),
                })
            })
            .await
        }
    };
    let last = w.limit.map(|n| n.div_ceil(w.size as usize).max(1) as u32);
    let mut total_records = None;
    // Elements handed over so far (a cart's shop group is one element and several rows).
    let mut seen = 0usize;
    walk_pages(out, client, w.size, last, fetch, |mut p: Ready<P>| {
        if let Some(e) = p.failed.take() {
            return Err(e);
        }
        let page = p.page_mut();
        if let Some(limit) = w.limit {
            page.truncate(limit.saturating_sub(seen))
                .map_err(unexpected)?;
        }
        let list = list.get_or_insert_with(|| {
            total_records = p.page().total_records;
            out.list(rows.table(&p.page), w.json, w.lines)
        });
        let first = seen;
        if list.wants_rows() {
            match p.rows.take() {
                Some((made, n)) => {
                    seen += n;
                    list.rows(made)
                }
                None => {
                    seen += p.page().len();
                    list.rows(Block::new(rows.rows(&p.page, first, terminal)?))
                }
            }
        } else {
            let copied = p.copied.take();
            seen += list.page(p.page_mut(), copied)?;
            Ok(())
        }
    })
    .await?;
    let list = list.expect("a walk hands over page 1 or fails");
    let printed_rows = list.wants_rows();
    let count = list.finish()?;
    Ok(Walked {
        count,
        rows: printed_rows,
        total_records,
    })
}
