//! `goods category [ID]`: a 1688 category's names and its subcategories, for `search
//! --category` (`alibaba.product.category`, docs/api.md#alibaba-product-category).

use serde_json::json;

use super::search::parse_category;
use super::{COUNTRY, require_1688};
use crate::api::Call;
use crate::api::types::goods::Category;
use crate::commands::{Ctx, unexpected};
use crate::error::Result;
use crate::output::{Printer, Table, View};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 goods category",
    "pandapon --platform 1688 goods category 7",
]))]
pub struct Args {
    /// The category id [default: 0, the top level]
    #[arg(value_name = "CATEGORY_ID", value_parser = parse_top_or_category)]
    pub id: Option<u64>,
}

/// 0 names the top level, as 1688's own category tree does [I].
fn parse_top_or_category(s: &str) -> Result<u64, String> {
    if s.trim() == "0" {
        Ok(0)
    } else {
        parse_category(s)
    }
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    require_1688(ctx, "goods category", None)?;
    let id = args.id.unwrap_or(0);
    let client = ctx.client()?;
    let data = client
        .call(Call::new("alibaba.product.category").body(json!({
            "categoryId": id,
            "country": COUNTRY,
        })))
        .await?;
    let c = Category::from_value(&data, "data").map_err(unexpected)?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let mut head = vec![format!(
            "Category {}",
            if c.id.is_empty() {
                id.to_string()
            } else {
                c.id.clone()
            }
        )];
        for part in [&c.name, &c.name_trans] {
            if !part.is_empty() {
                head.push(part.clone());
            }
        }
        if !c.parent.is_empty() {
            head.push(format!("parent {}", c.parent));
        }
        if c.leaf == Some(true) {
            head.push("no subcategories".into());
        }
        out.heading(&head.join(" · "))?;
        if c.children.is_empty() {
            return Ok(());
        }
        let mut t = Table::new(&["ID", "Name", "English", "Leaf"]).truncate(&[1, 2]);
        for k in &c.children {
            t.row(vec![
                k.id.clone(),
                k.name.clone(),
                k.name_trans.clone(),
                match k.leaf {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                }
                .into(),
            ]);
        }
        out.table(&t)
    }))
}
