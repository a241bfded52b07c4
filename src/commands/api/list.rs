//! `pandapon api --list`: the catalogue as it will be called (profile overrides applied), with
//! how sure each path is, whether it is retried, and the command that uses it.

use serde_json::{Value, json};

use super::Ctx;
use crate::api::catalogue::{ENDPOINTS, Status};
use crate::error::Result;
use crate::output::{Printer, Table, View};

/// The command that sends each operation. An operation not here has no command yet: it is
/// reachable only through `pandapon api` (a test checks every key a command names is here).
pub const USED_BY: &[(&str, &str)] = &[
    ("taobao.cart.list", "cart list"),
    ("taobao.cart.add", "cart add"),
    ("taobao.cart.edit", "cart edit"),
    ("taobao.cart.delete", "cart delete"),
    ("taobao.cart.preview", "cart preview"),
    ("taobao.cart.create", "cart create"),
    ("taobao.product.get", "goods show, cart add"),
    ("taobao.product.batch", "goods check"),
    ("taobao.product.search", "goods search"),
    ("taobao.product.image_search", "goods image-search"),
    ("alibaba.product.get", "goods show"),
    ("alibaba.product.search", "goods search"),
    ("alibaba.product.image_search", "goods image-search"),
    ("alibaba.product.shop_search", "goods search --shop"),
    ("alibaba.product.category", "goods category"),
    ("alibaba.product.recommend", "goods recommend"),
    ("alibaba.product.related_recommend", "goods related"),
    (
        "alibaba.product.global_strict_search",
        "goods search --global-strict",
    ),
    ("alibaba.product.strict_search", "goods search --strict"),
    ("alibaba.product.hot_list", "goods hot"),
    ("alibaba.order.wangwang_decrypt", "goods seller-chat"),
    ("taobao.order.create", "order create"),
    ("taobao.order.render", "order render"),
    ("taobao.order.list", "order list"),
    ("taobao.order.get", "order show"),
    ("taobao.order.cancel", "order cancel"),
    ("taobao.order.pay", "order pay"),
    ("taobao.order.logistics", "order logistics"),
    ("taobao.order.im_link", "order im-link"),
    ("taobao.order.update_warehouse", "order warehouse"),
    ("taobao.refund.list", "after-sales list"),
    ("taobao.refund.render", "after-sales render"),
    ("taobao.refund.submit", "after-sales submit"),
    ("taobao.refund.modify", "after-sales modify"),
    ("taobao.refund.cancel", "after-sales cancel"),
    ("taobao.refund.get", "after-sales show"),
    ("taobao.refund.message_submit", "after-sales message"),
    ("taobao.refund.message_list", "after-sales messages"),
    (
        "taobao.refund.return_logistics_render",
        "after-sales return-logistics",
    ),
    (
        "taobao.refund.return_logistics_submit",
        "after-sales return-ship",
    ),
    ("alibaba.cart.list", "cart list --platform 1688"),
    ("alibaba.cart.add", "cart add --platform 1688"),
    ("alibaba.cart.edit", "cart edit --platform 1688"),
    ("alibaba.cart.delete", "cart delete --platform 1688"),
    ("alibaba.cart.preview", "cart preview --platform 1688"),
    ("alibaba.cart.create", "cart create --platform 1688"),
    ("alibaba.order.preview", "order preview --platform 1688"),
    ("alibaba.order.create", "order create --platform 1688"),
    (
        "alibaba.order.batch_preview",
        "order preview --platform 1688",
    ),
    ("alibaba.order.batch_create", "order create --platform 1688"),
    ("alibaba.order.list", "order list --platform 1688"),
    ("alibaba.order.get", "order show --platform 1688"),
    ("alibaba.order.cancel", "order cancel --platform 1688"),
    ("alibaba.order.pay", "order pay --platform 1688"),
    ("alibaba.order.batch_pay", "order pay --platform 1688"),
    ("alibaba.order.logistics", "order track --platform 1688"),
    (
        "alibaba.order.confirm_receipt",
        "order confirm-receipt --platform 1688",
    ),
    ("alibaba.refund.get", "after-sales show --platform 1688"),
    (
        "alibaba.refund.reasons",
        "after-sales reasons --platform 1688",
    ),
    (
        "alibaba.refund.upload_voucher",
        "after-sales submit --voucher --platform 1688",
    ),
    (
        "alibaba.refund.create",
        "after-sales submit --platform 1688",
    ),
    (
        "alibaba.refund.submit_info",
        "after-sales return-ship --platform 1688",
    ),
    (
        "alibaba.refund.logistics_companies",
        "after-sales companies --platform 1688",
    ),
    ("address.list", "address list"),
    ("address.upsert", "address set"),
    ("logistics.freight_estimate", "freight estimate"),
    ("logistics.freight_preview", "freight preview"),
    ("logistics.domestic_update", "freight domestic"),
    ("logistics.booking", "freight book"),
];

fn used_by(key: &str) -> Option<&'static str> {
    USED_BY.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
}

/// The keys `--paginate` can walk.
pub fn paged_keys() -> Vec<&'static str> {
    ENDPOINTS
        .iter()
        .filter(|e| e.paging.is_some())
        .map(|e| e.key)
        .collect()
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let routes = ctx.settings.catalogue.routes();
    let rows: Vec<Value> = routes
        .iter()
        .map(|r| {
            let documented = ENDPOINTS
                .iter()
                .any(|e| e.key == r.key && e.status == Status::Documented);
            let evidence = match (r.overridden, documented) {
                (true, _) => "overridden",
                (false, true) => "documented",
                (false, false) => "inferred",
            };
            json!({
                "key": r.key,
                "method": r.method.as_str(),
                "path": r.path,
                "evidence": evidence,
                "safe": r.safe,
                "paging": r.paging.map(|p| p.name()),
                "command": used_by(r.key).map(|c| format!("pandapon {c}")),
            })
        })
        .collect();
    let all = Value::Array(rows);
    ctx.printer.print(&View::new(&all, |out: &Printer| {
        let mut t = Table::new(&[
            "Operation",
            "Method",
            "Path",
            "Evidence",
            "Retried",
            "Command",
        ]);
        for r in all.as_array().into_iter().flatten() {
            let text = |k: &str| r[k].as_str().unwrap_or("").to_string();
            t.row(vec![
                text("key"),
                text("method"),
                text("path"),
                text("evidence"),
                if r["safe"] == true {
                    "yes"
                } else {
                    "no (journaled)"
                }
                .to_string(),
                r["command"].as_str().unwrap_or("— (api only)").to_string(),
            ]);
        }
        out.table(&t)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_named_here_is_in_the_catalogue() {
        for (k, _) in USED_BY {
            assert!(ENDPOINTS.iter().any(|e| e.key == *k), "{k}");
        }
    }
}
