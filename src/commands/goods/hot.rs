//! `goods hot`: 1688's hot-selling list, overall or for one category
//! (`alibaba.product.hot_list`, docs/api.md#alibaba-product-hot-list).

use serde_json::{Value, json};

use super::results::print_hits;
use super::search::parse_category;
use super::{COUNTRY, require_1688};
use crate::api::Call;
use crate::api::types::goods::{Hit, RANK_LIST_KEYS};
use crate::api::types::into_page;
use crate::commands::{Ctx, unexpected};
use crate::error::Result;
use crate::output::{Printer, View};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 goods hot --category 7",
]))]
pub struct Args {
    /// Only this category's list (see `goods category`)
    #[arg(long, value_name = "CATEGORY_ID", value_parser = parse_category)]
    pub category: Option<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    require_1688(ctx, "goods hot", None)?;
    let mut body = json!({ "country": COUNTRY });
    if let Some(c) = args.category {
        body["categoryId"] = json!(c);
    }
    let client = ctx.client()?;
    let data = client
        .call(Call::new("alibaba.product.hot_list").body(body))
        .await?;
    let (name, entries) = entries(&data)?;
    let hits: Vec<Hit> = entries
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut h = Hit::from_value(v, &format!("data[{i}]"))?;
            h.rank.get_or_insert(i as i64 + 1);
            Ok(h)
        })
        .collect::<std::result::Result<_, String>>()
        .map_err(unexpected)?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        if !name.is_empty() {
            out.heading(&name)?;
        }
        if hits.is_empty() {
            out.status("The hot list is empty.");
            return Ok(());
        }
        print_hits(out, &hits)
    }))
}

/// The list's name and entries: a paged list, a plain array, or the entries under a ranking's
/// own key (`rankProductModels`) beside its `rankName` [I].
fn entries(data: &Value) -> Result<(String, Vec<Value>)> {
    let name = ["rankName", "name"]
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .to_string();
    if let Some(list) = RANK_LIST_KEYS
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_array))
    {
        return Ok((name, list.clone()));
    }
    let page = into_page(data.clone(), "a hot list").map_err(unexpected)?;
    Ok((name, page.elements))
}
