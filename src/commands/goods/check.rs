//! `goods check ITEM[:SKU,...]...`: which Taobao items PandaPon can sell, and why not the others
//! (`taobao.product.batch`, docs/api.md#taobao-product-batch).

use futures_util::stream::{self, StreamExt};
use serde_json::{Map, Value, json};

use crate::api::Call;
use crate::api::types::goods::verdicts;
use crate::cli::product::{CheckSpec, parse_check_spec};
use crate::commands::{Ctx, unexpected, unique_ids};
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::output::{Printer, Table, View};

const BATCH: &str = "taobao.product.batch";

/// Items per request. The page documents no limit; a small batch keeps one refusal from
/// costing the whole list [I] (docs/api.md#taobao-product-batch).
const PER_REQUEST: usize = 20;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon goods check WUnUC1cILiBjt-Jv3lDdlQ:5032007803360 600000055433",
]))]
pub struct Args {
    /// Items to check: an id, itemMapId or Taobao/Tmall link, optionally with the SKUs to check
    /// after a colon (672991141190:3452545926724,3452545926725)
    #[arg(required = true, value_name = "ITEM[:SKU,...]", value_parser = parse_check_spec)]
    pub items: Vec<CheckSpec>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    if let Some(s) = args
        .items
        .iter()
        .find(|s| s.product.platform == Some(Platform::Alibaba1688))
    {
        return Err(Error::usage(format!(
            "`pandapon goods check` is for Taobao, and {} is a 1688 offer; `pandapon goods show {}` \
             shows whether it is on sale",
            s.product.id, s.product.id
        )));
    }
    if args.items.iter().any(|s| s.product.platform.is_none()) {
        ctx.settings
            .require_platform("goods check", &[Platform::Taobao])?;
    }
    let unique = unique_ids(ctx, args.items);
    let specs: Vec<&CheckSpec> = unique.iter().collect();
    let client = ctx.client()?;
    let chunks: Vec<&[&CheckSpec]> = specs.chunks(PER_REQUEST).collect();
    let answers: Vec<Value> = stream::iter(chunks.iter().map(|chunk| {
        let call = Call::new(BATCH).body(json!({ "params": params(chunk) }));
        let client = &client;
        async move { client.call(call).await }
    }))
    .buffered(client.concurrency())
    .collect::<Vec<_>>()
    .await
    .into_iter()
    .collect::<Result<_>>()?;
    let data = merge(answers);
    let asked: Vec<String> = specs.iter().map(|s| s.product.id.clone()).collect();
    let rows = verdicts(&data, &asked).map_err(unexpected)?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let mut t = Table::new(&["Item", "Buyable", "Reason or title"]).truncate(&[2]);
        for v in &rows {
            t.row(vec![
                v.item.clone(),
                match v.available {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "unknown",
                }
                .into(),
                match v.available {
                    Some(true) => v.title.clone(),
                    Some(false) if v.reason.is_empty() => "(no reason given)".into(),
                    Some(false) => v.reason.clone(),
                    None => "not in the answer".into(),
                },
            ]);
        }
        out.table(&t)?;
        let no = rows.iter().filter(|v| v.available == Some(false)).count();
        if no > 0 {
            out.status(&format!(
                "{no} of {} cannot be bought through PandaPon.",
                rows.len()
            ));
        }
        Ok(())
    }))
}

/// `params`: a JSON string `[{"itemId": "...", "skuIds": ["..."]}]`, as documented; `skuIds`
/// only when SKUs were given.
fn params(specs: &[&CheckSpec]) -> String {
    let list: Vec<Value> = specs
        .iter()
        .map(|s| {
            let mut o = json!({ "itemId": s.product.id });
            if !s.skus.is_empty() {
                o["skuIds"] = json!(s.skus);
            }
            o
        })
        .collect();
    Value::Array(list).to_string()
}

/// The answers of several requests as one: their lists end to end, in the order asked.
fn merge(mut answers: Vec<Value>) -> Value {
    if answers.len() == 1 {
        return answers.pop().unwrap_or(Value::Null);
    }
    let mut out = Map::new();
    for a in answers {
        let Value::Object(o) = a else { continue };
        for (k, v) in o {
            match (out.get_mut(&k), v) {
                (Some(Value::Array(all)), Value::Array(more)) => all.extend(more),
                (None, v) => {
                    out.insert(k, v);
                }
                _ => {}
            }
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_is_the_documented_json_string() {
        let a = parse_check_spec("672991141190:3452545926724").unwrap();
        let b = parse_check_spec("WUnUC1cILiBjt-Jv3lDdlQ").unwrap();
        assert_eq!(
            params(&[&a, &b]),
            r#"[{"itemId":"672991141190","skuIds":["3452545926724"]},{"itemId":"WUnUC1cILiBjt-Jv3lDdlQ"}]"#
        );
    }

    #[test]
    fn answers_merge_list_by_list() {
        let m = merge(vec![
            json!({"mpProducts": [{"itemId": "1"}], "noMpProductItemIds": []}),
            json!({"mpProducts": [], "noMpProductItemIds": ["2"], "noMpReasonList": ["x"]}),
        ]);
        assert_eq!(m["mpProducts"].as_array().unwrap().len(), 1);
        assert_eq!(m["noMpProductItemIds"], json!(["2"]));
        assert_eq!(m["noMpReasonList"], json!(["x"]));
    }
}
