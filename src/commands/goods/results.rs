//! Result lists (search, image search, recommendations, related offers, the hot list): one
//! page, or a walk of pages stopping at `--limit`, and the one table they are drawn as.
//!
//! The lists are paged as docs/api.md#paging describes (`{totalRecords, totalPage, data}`);
//! a walk fetches page 1, learns how many pages there are, and fetches only the pages the
//! limit needs, `--concurrency` at a time, kept in page order.

use futures_util::stream::{self, StreamExt};
use serde_json::Value;

use crate::api::types::goods::{Hit, hits};
use crate::api::types::{Page, into_page};
use crate::api::{Call, Client};
use crate::commands::{Ctx, past_the_end, unexpected};
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::output::format::money;
use crate::output::{Printer, Table, View};

/// A walk stops here even if the server keeps saying there is more.
const MAX_PAGES: u32 = 10_000;

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
}

impl ResultPaging {
    fn walks(&self) -> bool {
        self.all || self.limit.is_some()
    }

    /// The page size to ask for, checked against the operation's limit before anything is
    /// sent. `what` names the operation for the message ("Taobao search").
    pub fn size(&self, max: u32, what: &str) -> Result<u32> {
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

/// What a listing fetched: the elements as sent, and where they sit among all the pages.
pub struct Results {
    /// One page's `data` as sent, or (a walk) the array of every element kept.
    pub json: Value,
    pub hits: Vec<Hit>,
    pub page: Page,
    pub page_no: u32,
    pub walked: bool,
}

/// One page, or the walk `paging` asks for. `call(page, size)` builds a page's request.
pub async fn fetch(
    client: &Client<'_>,
    paging: &ResultPaging,
    size: u32,
    call: impl Fn(u32, u32) -> Call,
) -> Result<Results> {
    let one = |n: u32| {
        let c = call(n, size);
        async move {
            let data = client.call(c).await?;
            let page = into_page(data.clone(), "a list of products").map_err(unexpected)?;
            Ok::<_, Error>((data, page))
        }
    };
    if !paging.walks() {
        let (data, page) = one(paging.page).await?;
        let hits = hits(&page).map_err(unexpected)?;
        return Ok(Results {
            json: data,
            hits,
            page,
            page_no: paging.page,
            walked: false,
        });
    }
    let want = paging.limit.map(|n| n as usize);
    let enough = |n: usize| want.is_some_and(|w| n >= w);
    let (_, first) = one(1).await?;
    let (total_pages, total_records) = (first.total_pages, first.total_records);
    let short = |p: &Page| p.elements.is_empty() || p.elements.len() < size as usize;
    let mut done = short(&first);
    let mut elements = first.elements;
    if !done && !enough(elements.len()) {
        match total_pages {
            Some(total) => {
                let needed = want
                    .map(|w| w.div_ceil(size as usize) as u64)
                    .unwrap_or(total)
                    .min(total)
                    .min(u64::from(MAX_PAGES)) as u32;
                let mut pages = stream::iter(2..=needed)
                    .map(&one)
                    .buffered(client.concurrency());
                while let Some(r) = pages.next().await {
                    let (_, p) = r?;
                    // The list shrank while it was walked: what follows is empty too.
                    if p.elements.is_empty() {
                        break;
                    }
                    elements.extend(p.elements);
                }
            }
            None => {
                for n in 2..=MAX_PAGES {
                    let (_, p) = one(n).await?;
                    done = short(&p);
                    elements.extend(p.elements);
                    if done || enough(elements.len()) {
                        break;
                    }
                }
            }
        }
    }
    if let Some(w) = want {
        elements.truncate(w);
    }
    let page = Page {
        elements,
        total_pages,
        total_records,
        paged: true,
    };
    let hits = hits(&page).map_err(unexpected)?;
    Ok(Results {
        json: Value::Array(page.elements.clone()),
        hits,
        page,
        page_no: 1,
        walked: true,
    })
}

/// The results to the printer: `--json` the data (one page as sent, a walk as one array); for
/// a person the table, and where the other pages are. `none` is what an empty list says.
pub fn print(ctx: &Ctx, r: &Results, none: &str) -> Result<()> {
    ctx.printer.print(&View::new(&r.json, |out| {
        if r.hits.is_empty() {
            if r.walked
                || !past_the_end(
                    ctx,
                    r.page.total_pages,
                    r.page.total_records,
                    r.page_no,
                    "results",
                )
            {
                out.status(none);
            }
            return Ok(());
        }
        print_hits(out, &r.hits)?;
        if r.walked {
            if let Some(total) = r.page.total_records.filter(|&t| t > r.hits.len() as u64) {
                out.status(&format!(
                    "{} of {total} results · more with --limit N (or --all)",
                    r.hits.len()
                ));
            }
        } else if let Some(total) = r.page.total_pages.filter(|&t| t > u64::from(r.page_no)) {
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
    let mut headers = COLUMNS.to_vec();
    if ranked {
        headers.insert(0, "#");
    }
    let shift = usize::from(ranked);
    let right: Vec<usize> = if ranked { vec![0, 3, 4] } else { vec![2, 3] };
    let mut t = Table::new(&headers)
        .align_right(&right)
        .truncate(&[1 + shift, 4 + shift]);
    for h in hits {
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
        t.row(row);
    }
    out.table(&t)
}

/// Taobao's price filter fields are a guess (docs/api.md#taobao-product-search): when results
/// come back outside the range asked for, say so rather than let them pass as filtered.
pub fn warn_unfiltered(ctx: &Ctx, hits: &[Hit], min: Option<i64>, max: Option<i64>) {
    let outside = hits
        .iter()
        .filter_map(|h| h.price)
        .filter(|&p| min.is_some_and(|m| p < m) || max.is_some_and(|m| p > m))
        .count();
    if outside > 0 {
        ctx.printer.warn(&format!(
            "{outside} of {} results are outside the price range asked for: the API may not \
             apply --min-price/--max-price (their field names are inferred, docs/api.md#taobao-product-search)",
            hits.len()
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
