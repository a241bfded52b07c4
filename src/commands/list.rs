//! The one `--all` flow every list uses (orders, cart, after-sales, messages, goods results on
//! both platforms, `api --paginate`): walk the pages (`walk.rs`), turn each page into JSON or
//! table rows as it arrives, and print it at once (`output::list`), so the first rows reach
//! stdout long before the last page, and memory does not grow with the list. What a noun
//! supplies is its fetch and how its elements become rows (`Rows`).

use std::future::Future;

use super::Ctx;
use super::unexpected;
use super::walk::{Paged, walk_pages};
use crate::api::Client;
use crate::error::{Error, Result};
use crate::output::Table;

/// How a list's pages become table rows (for a terminal, or tab-separated in a pipe).
pub trait Rows<P> {
    /// The table the rows go in: headers, alignment, columns cut short. Made when page 1
    /// has come, so columns may depend on what the list holds (ranked results).
    fn table(&self, first: &P) -> Table;
    /// The rows of one page; `first` counts the elements before it in the walk (for the
    /// `data[i]` a malformed element is named by).
    fn rows(&self, page: &P, first: usize, terminal: bool) -> Result<Vec<Vec<String>>>;
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

/// Walks every page `fetch` gives (`fetch(n)` is page n) and prints it as it arrives.
pub async fn print_all<P, Fut>(
    ctx: &Ctx,
    client: &Client<'_>,
    w: Walk,
    fetch: impl Fn(u32) -> Fut,
    rows: &dyn Rows<P>,
) -> Result<Walked>
where
    P: Paged,
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
    let last = w.limit.map(|n| n.div_ceil(w.size as usize).max(1) as u32);
    let mut total_records = None;
    // Elements handed over so far (a cart's shop group is one element and several rows).
    let mut seen = 0usize;
    walk_pages(out, client, w.size, last, fetch, |mut p: P| {
        let page = p.page_mut();
        if parse {
            page.parse().map_err(unexpected)?;
        }
        if let Some(limit) = w.limit {
            page.truncate(limit.saturating_sub(seen))
                .map_err(unexpected)?;
        }
        let list = list.get_or_insert_with(|| {
            total_records = p.page().total_records;
            out.list(rows.table(&p), w.json, w.lines)
        });
        let first = seen;
        if list.wants_rows() {
            seen += p.page().len();
            list.rows(rows.rows(&p, first, terminal)?)
        } else {
            seen += list.page(p.page_mut())?;
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
