//! Result lists (search, image search, recommendations, related offers, the hot list): one
//! page, or a walk of pages stopping at `--limit`, and the one table they are drawn as.
//!
//! The lists are paged as docs/api.md#paging describes (`{totalRecords, totalPage, data}`);
//! a walk fetches page 1, learns how many pages there are, and fetches only the pages the
//! limit needs, `--concurrency` at a time, kept in page order.

use std::sync::OnceLock;

use serde_json::Value;

use crate::api::types::goods::{Hit, hits};
use crate::api::types::{Page, into_page};
use crate::api::{Call, Client};
use crate::commands::list::{Rows, Walk, print_all};
use crate::commands::{Ctx, fetch_page, past_the_end, unexpected};
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::output::format::money;
use crate::output::{Printer, Table, View};

/// Which page, or how many results; shared by every verb that lists products.
#[derive(clap::Args, Debug, Clone)]
pub struct ResultPaging {
    /// Page number, from 1
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub page: u32,
    /// Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page_size: Option<u32>,
    /// Walk every page (see --concurrency) and print one list (one JSON array)
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
    /// Stop at N results, walking as many pages as that takes
    #[arg(long, value_name = "N", conflicts_with = "page", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive
    #[arg(long)]
    pub json_lines: bool,
}

impl ResultPaging {
    fn walks(&self) -> bool {
        self.all || self.limit.is_some()
    }

    /// The page size to ask for, checked against the operation's limit before anything is
    /// sent. `what` names the operation for the message ("Taobao search").
    pub fn size(&self, max: u32, what: &str) -> Result<u32> {
        if self.json_lines && !self.walks() {
            return Err(Error::usage(
                "--json-lines prints the results of a walk: add --all or --limit N",
            ));
        }
        match self.page_size {
            Some(n) if n > max => Err(Error::usage(format!(
                "--page-size {n} is out of range: {what} takes 1 to {max} results per page"
            ))),
            Some(n) => Ok(n),
            None if self.walks() => Ok(max.min(self.limit.unwrap_or(max))),
            None => Ok(20.min(max)),
        }
    }
}

/// One page's results: its data as sent, and the hits read from it.
struct Results {
    json: Value,
    hits: Vec<Hit>,
    page: Page,
    page_no: u32,
}

/// Taobao search's price filter, to check the results against (`warn_unfiltered`).
pub type Prices = Option<(Option<i64>, Option<i64>)>;

/// One page, or the walk `paging` asks for (`commands::list`: printed as the pages arrive),
/// on stdout. `call(page, size)` builds a page's request; `none` is what an empty list
/// says; `prices`, when given, are checked against what comes back.
pub async fn list(
    ctx: &Ctx,
    client: &Client<'_>,
    paging: &ResultPaging,
    size: u32,
    call: impl Fn(u32, u32) -> Call,
    none: &str,
    prices: Prices,
) -> Result<()> {
    let what = "a list of products";
    if paging.walks() {
        return walk(ctx, client, paging, size, call, none, prices).await;
    }
    let data = client.call(call(paging.page, size)).await?;
    let page = into_page(data.clone(), what).map_err(unexpected)?;
    let hits = hits(&page).map_err(unexpected)?;
    if let Some((min, max)) = prices {
        warn_unfiltered(ctx, hits.iter(), min, max);
    }
    let r = Results {
        json: data,
        hits,
        page,
        page_no: paging.page,
    };
    print(ctx, &r, none)
}

/// `--all` or `--limit`: the pages the limit needs, printed as they come.
async fn walk(
    ctx: &Ctx,
    client: &Client<'_>,
    paging: &ResultPaging,
    size: u32,
    call: impl Fn(u32, u32) -> Call,
    none: &str,
    prices: Prices,
) -> Result<()> {
    let walk = Walk {
        size,
        limit: paging.limit.map(|n| n as usize),
        lines: paging.json_lines,
        json: false,
    };
    // Counted as the pages come, whatever form they are printed in.
    let outside = std::cell::Cell::new((0usize, 0usize));
    let fetch = |n| {
        let c = call(n, size);
        let outside = &outside;
        async move {
            let p = fetch_page(client, c, "a list of products").await?;
            if let Some((min, max)) = prices {
                let hits = hits(&p).map_err(unexpected)?;
                let (o, all) = outside.get();
                outside.set((o + outside_range(hits.iter(), min, max), all + hits.len()));
            }
            Ok(p)
        }
    };
    let walked = print_all(ctx, client, walk, fetch, HitRows::default()).await?;
    let (o, all) = outside.get();
    say_outside(ctx, o, all);
    if !walked.rows {
        return Ok(());
    }
    if walked.count == 0 {
        ctx.printer.status(none);
    } else if let Some(total) = walked.total_records.filter(|&t| t > walked.count as u64) {
        ctx.printer.status(&format!(
            "{} of {total} results · more with --limit N (or --all)",
            walked.count
        ));
    }
    Ok(())
}

/// Results as table rows, for the walk (`commands::list`). Whether there is a rank column is
/// page 1's to say, for every page (a later page's own say would shift its columns): page 1
/// is read, and the table made, before any other page is asked for (`walk_pages`).
#[derive(Default)]
struct HitRows {
    ranked: OnceLock<bool>,
}

impl Rows<Page> for HitRows {
    fn table(&self, first: &Page) -> Table {
        let ranked = self
            .ranked
            .get_or_init(|| hits(first).is_ok_and(|h| h.iter().any(|h| h.rank.is_some())));
        hits_table(*ranked)
    }
    fn rows(&self, p: &Page, first: usize, _: bool) -> Result<Vec<Vec<String>>> {
        let hits: Vec<Hit> = p
            .elements
            .iter()
            .enumerate()
            .map(|(i, v)| Hit::from_value(v, &format!("data[{}]", first + i)))
            .collect::<Result<_, String>>()
            .map_err(unexpected)?;
        let ranked = *self
            .ranked
            .get_or_init(|| hits.iter().any(|h| h.rank.is_some()));
        Ok(hits.iter().map(|h| hit_row(h, ranked)).collect())
    }
}

/// One page's results to the printer: `--json` the data as sent; for a person the table,
/// and where the other pages are. `none` is what an empty list says.
fn print(ctx: &Ctx, r: &Results, none: &str) -> Result<()> {
    ctx.printer.print(&View::new(&r.json, |out| {
        if r.hits.is_empty() {
            if !past_the_end(
                ctx,
                r.page.total_pages,
                r.page.total_records,
                r.page_no,
                "results",
            ) {
                out.status(none);
            }
            return Ok(());
        }
        print_hits(out, &r.hits)?;
        if let Some(total) = r.page.total_pages.filter(|&t| t > u64::from(r.page_no)) {
            let records = r
                .page
                .total_records
                .map(|n| format!(" · {n} results"))
                .unwrap_or_default();
            out.status(&format!(
                "Page {} of {total}{records} · next page: --page {} (or --limit N, --all)",
                r.page_no,
                r.page_no + 1
            ));
        }
        Ok(())
    }))
}

/// The results' columns, on a terminal and piped (ranked results, `goods hot`, start with `#`).
pub const COLUMNS: &[&str] = &["ID", "Title", "Price", "Sales", "Shop"];

/// The results table: the id `goods show` and `cart add --item` take first, then what a person
/// chooses by. Titles and shops are cut short on a narrow terminal, never in a pipe.
pub fn print_hits(out: &Printer, hits: &[Hit]) -> Result<()> {
    let ranked = hits.iter().any(|h| h.rank.is_some());
    let mut t = hits_table(ranked);
    hits.iter().for_each(|h| t.row(hit_row(h, ranked)));
    out.table(&t)
}

fn hits_table(ranked: bool) -> Table {
    let mut headers = COLUMNS.to_vec();
    if ranked {
        headers.insert(0, "#");
    }
    let shift = usize::from(ranked);
    let right: Vec<usize> = if ranked { vec![0, 3, 4] } else { vec![2, 3] };
    Table::new(&headers)
        .align_right(&right)
        .truncate(&[1 + shift, 4 + shift])
}

fn hit_row(h: &Hit, ranked: bool) -> Vec<String> {
    let mut row = vec![
        h.show_id().to_string(),
        if h.title.is_empty() {
            h.title_trans.clone()
        } else {
            h.title.clone()
        },
        h.price.map(|c| money(c, "CNY")).unwrap_or_default(),
        h.sales.map(|n| n.to_string()).unwrap_or_default(),
        h.shop.clone(),
    ];
    if ranked {
        row.insert(0, h.rank.map(|n| n.to_string()).unwrap_or_default());
    }
    row
}

/// Taobao's price filter fields are a guess (docs/api.md#taobao-product-search): when results
/// come back outside the range asked for, say so rather than let them pass as filtered.
fn warn_unfiltered<'a>(
    ctx: &Ctx,
    hits: impl Iterator<Item = &'a Hit> + Clone,
    min: Option<i64>,
    max: Option<i64>,
) {
    say_outside(ctx, outside_range(hits.clone(), min, max), hits.count());
}

fn outside_range<'a>(
    hits: impl Iterator<Item = &'a Hit>,
    min: Option<i64>,
    max: Option<i64>,
) -> usize {
    hits.filter_map(|h| h.price)
        .filter(|&p| min.is_some_and(|m| p < m) || max.is_some_and(|m| p > m))
        .count()
}

fn say_outside(ctx: &Ctx, outside: usize, of: usize) {
    if outside > 0 {
        ctx.printer.warn(&format!(
            "{outside} of {of} results are outside the price range asked for: the API may not \
             apply --min-price/--max-price (their field names are inferred, docs/api.md#taobao-product-search)"
        ));
    }
}

/// The platform's name in messages: "Taobao search", "1688 search".
pub fn on(platform: Platform, what: &str) -> String {
    match platform {
        Platform::Taobao => format!("Taobao {what}"),
        Platform::Alibaba1688 => format!("1688 {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::into_page;
    use serde_json::json;

    /// A later page's rows take page 1's say on the rank column, whatever their own.
    #[test]
    fn every_page_has_the_columns_of_page_one() {
        let page = |hits: Value| into_page(hits, "products").unwrap();
        let unranked = page(json!([{"itemId": "1", "title": "衬衫"}]));
        let ranked = page(json!([{"itemId": "2", "title": "杯", "rank": 1}]));
        for (first, later) in [(&unranked, &ranked), (&ranked, &unranked)] {
            // As a walk goes: page 1's rows, the table, then the other pages' rows.
            let rows = HitRows::default();
            let page_one = rows.rows(first, 0, true).unwrap();
            let cols = rows.table(first).headers().len();
            let later = rows.rows(later, 1, true).unwrap();
            assert_eq!((page_one[0].len(), later[0].len()), (cols, cols));
        }
    }
}
