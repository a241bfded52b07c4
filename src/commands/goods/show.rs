//! `goods show ID|URL...`: each product's title, shop, prices, stock, sales and SKUs
//! (docs/api.md#taobao-product-get, docs/api.md#alibaba-product-get). Several run at once,
//! `--concurrency` at a time, printed in the order given; one failure does not hide the rest.

use super::{lookup, platform_of};
use crate::api::types::goods::Product;
use crate::cli::product::{ProductRef, parse_product_ref};
use crate::commands::batch::{self, Item, Tally};
use crate::commands::{Ctx, unique_ids};
use crate::domain::Platform;
use crate::error::Result;
use crate::output::fit::ellipsize;
use crate::output::format::money;
use crate::output::{Printer, Table};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon goods show 'https://item.taobao.com/item.htm?id=672991141190'",
    "pandapon --platform 1688 goods show 706627393257",
]))]
pub struct Args {
    /// Item ids, itemMapIds, Taobao/Tmall item links or 1688 offer links (a link picks its own
    /// platform; several are fetched in parallel, see --concurrency)
    #[arg(required = true, value_name = "ID|URL", value_parser = parse_product_ref)]
    pub products: Vec<ProductRef>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let refs = unique_ids(ctx, args.products);
    let client = ctx.client()?;
    let out = &ctx.printer;
    let json = out.json;
    let mut tally = Tally::new("product", refs.len());
    let mut entries = Vec::new();
    let mut first = true;
    batch::run(
        ctx,
        &refs,
        |r: ProductRef| {
            let client = &client;
            let platform = platform_of(ctx, &r);
            async move {
                let (data, product) = lookup(client, platform, &r).await?;
                Ok((data, product, platform))
            }
        },
        |r, res| {
            match tally.take(ctx, &r, res)? {
                Item::Done((data, product, platform)) => {
                    if json {
                        entries.push(batch::json_done(&r, data));
                    } else {
                        if !first {
                            out.line("")?;
                        }
                        first = false;
                        print_product(out, &product, platform)?;
                    }
                }
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    tally.print_json(ctx, &entries)?;
    tally.finish()
}

/// The heading lines and the SKU table. Taobao SKUs show their `skuId`; 1688 ones their
/// `specId`, which the 1688 cart and orders take (docs/api.md#alibaba-orders).
pub(crate) fn print_product(out: &Printer, p: &Product, platform: Platform) -> Result<()> {
    let fit = |s: &str| match out.width() {
        Some(w) => ellipsize(s, w).into_owned(),
        None => s.to_string(),
    };
    out.heading(&fit(if p.title.is_empty() {
        &p.title_trans
    } else {
        &p.title
    }))?;
    if !p.title.is_empty() && !p.title_trans.is_empty() {
        out.line(&fit(&p.title_trans))?;
    }
    let what = match platform {
        Platform::Taobao => "Item",
        Platform::Alibaba1688 => "Offer",
    };
    let ids = match p.ids().as_slice() {
        [] => what.to_string(),
        [one] => format!("{what} {one}"),
        [first, rest @ ..] => format!("{what} {first} ({})", rest.join(", ")),
    };
    let mut facts = vec![ids];
    if !p.shop().is_empty() {
        let who = match platform {
            Platform::Taobao => "Shop",
            Platform::Alibaba1688 => "Seller",
        };
        facts.push(if p.shop_name.is_empty() || p.shop_id.is_empty() {
            format!("{who} {}", p.shop())
        } else {
            format!("{who} {} ({})", p.shop_name, p.shop_id)
        });
    }
    if let Some((lo, hi)) = p.price_range() {
        facts.push(if lo == hi {
            money(lo, "CNY")
        } else {
            format!("{} – {}", money(lo, "CNY"), money(hi, "CNY"))
        });
    }
    if let Some(s) = p.stock {
        facts.push(format!("stock {s}"));
    }
    if let Some(s) = p.sales {
        facts.push(format!("{s} sold"));
    }
    if let Some(m) = p.min_order.filter(|&m| m > 1) {
        facts.push(format!("min. order {m}"));
    }
    if !p.category.is_empty() {
        facts.push(format!("category {}", p.category));
    }
    // On a terminal, broken between facts (`Printer::line`).
    out.line(&facts.join(" · "))?;
    if !p.unavailable.is_empty() {
        out.line(&format!(
            "Not available through PandaPon: {}",
            p.unavailable
        ))?;
    } else if !matches!(
        p.status.to_ascii_lowercase().as_str(),
        "" | "active" | "published" | "onsale"
    ) {
        out.line(&format!("Status: {}", p.status))?;
    }
    if p.skus.is_empty() {
        return Ok(());
    }
    let (id_head, promo) = match platform {
        Platform::Taobao => ("SKU", true),
        Platform::Alibaba1688 => ("Spec", false),
    };
    let mut headers = vec![id_head, "Properties", "Price"];
    if promo {
        headers.push("Promo");
    }
    headers.push("Stock");
    let n = headers.len();
    let mut t = Table::new(&headers)
        .align_right(&(2..n).collect::<Vec<_>>())
        .truncate(&[1]);
    let m = |c: Option<i64>| c.map(|c| money(c, "CNY")).unwrap_or_default();
    for s in &p.skus {
        let id = match platform {
            Platform::Alibaba1688 if !s.spec_id.is_empty() => s.spec_id.clone(),
            _ => s.sku_id.clone(),
        };
        let mut row = vec![id, s.properties.clone(), m(s.price)];
        if promo {
            row.push(m(s.promotion_price));
        }
        row.push(match s.stock {
            Some(0) => "sold out".into(),
            Some(n) => n.to_string(),
            None => String::new(),
        });
        t.row(row);
    }
    out.table(&t)
}
