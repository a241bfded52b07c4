//! The cart's 1688 side (docs/api.md#alibaba-cart): the list comes whole, as seller groups in
//! an enabled and a disabled list; cart ids go in `cartIds`, the address as `addressParam`
//! (`shipping::alibaba_address`); a preview answers per seller and a create per merchant. Those
//! two views are also `order preview` and `order create`'s on 1688.

use serde_json::{Value, json};

use super::price;
use super::side::CartSide;
use crate::api::Call;
use crate::api::types::alibaba::{MerchantResult, SellerPreview, cart_lists, created, previews};
use crate::api::types::{CartItem, CartPage};
use crate::commands::shipping::alibaba_address;
use crate::commands::{Ctx, accepted_unreadable, pandapon, unexpected};
use crate::config::Address;
use crate::error::{Error, Result};
use crate::output::format::money;
use crate::output::{Printer, Table};

pub(crate) struct Alibaba;

const LIST: &str = "alibaba.cart.list";
const ADD: &str = "alibaba.cart.add";
const EDIT: &str = "alibaba.cart.edit";
const DELETE: &str = "alibaba.cart.delete";
const PREVIEW: &str = "alibaba.cart.preview";
const CREATE: &str = "alibaba.cart.create";

/// 1688's `flow` for an ordinary order: create requires it and documents no values
/// (docs/api.md#alibaba-cart-create); `general` is 1688's own name for one.
pub(crate) const FLOW: &str = "general";

/// `cart list`'s columns piped (a terminal gets a table per seller, disabled items apart).
pub const LIST_COLUMNS: &[&str] = &["ID", "Title", "Spec", "Qty", "Price", "Seller", "Disabled"];

impl CartSide for Alibaba {
    /// The documented list takes no paging and answers every item (docs/api.md#alibaba-cart-list).
    fn list_call(&self, _: u32, _: u32) -> Call {
        Call::new(LIST)
    }

    fn paged(&self) -> bool {
        false
    }

    fn read_list(&self, data: &Value) -> Result<CartPage, String> {
        cart_lists(data)
    }

    /// On a terminal, one table per seller as 1688 groups them, the disabled items last with
    /// why; piped, one row per item (seller and why in columns), for `cut`.
    fn draw_list(&self, ctx: &Ctx, out: &Printer, items: &[CartItem]) -> Result<()> {
        if items.is_empty() {
            out.status("The cart is empty.");
            return Ok(());
        }
        if !out.stdout_terminal {
            let mut t = Table::new(LIST_COLUMNS);
            for i in items {
                t.row(vec![
                    i.id.clone(),
                    i.title.clone(),
                    i.properties.clone(),
                    i.quantity.to_string(),
                    price(i.price),
                    i.shop().to_string(),
                    i.disabled.clone().unwrap_or_default(),
                ]);
            }
            return out.table(&t);
        }
        let mut groups: Vec<(bool, &str, Vec<&CartItem>)> = Vec::new();
        for i in items {
            let key = (i.disabled.is_some(), i.shop_id.as_str());
            match groups.iter_mut().find(|(d, s, _)| (*d, *s) == key) {
                Some(g) => g.2.push(i),
                None => groups.push((key.0, key.1, vec![i])),
            }
        }
        for (n, (disabled, _, list)) in groups.iter().enumerate() {
            if n > 0 {
                out.line("")?;
            }
            let seller = list[0].shop();
            let mut t = if *disabled {
                out.heading(&format!("{seller} · disabled, cannot be ordered"))?;
                Table::new(&["ID", "Title", "Spec", "Qty", "Why"])
                    .align_right(&[3])
                    .truncate(&[1])
            } else {
                out.heading(seller)?;
                Table::new(&["ID", "Title", "Spec", "Qty", "Price", "Subtotal"])
                    .align_right(&[3, 4, 5])
                    .truncate(&[1])
            };
            for i in list {
                let mut row = vec![
                    i.id.clone(),
                    i.title.clone(),
                    i.properties.clone(),
                    i.quantity.to_string(),
                ];
                match &i.disabled {
                    Some(why) => row.push(why.clone()),
                    None => {
                        row.push(price(i.price));
                        row.push(price(i.line_total()));
                    }
                }
                t.row(row);
            }
            out.table(&t)?;
        }
        let off = items.iter().filter(|i| i.disabled.is_some()).count();
        let sellers = groups.iter().filter(|g| !g.0).count();
        let on = items.len() - off;
        let mut summary = format!(
            "{on} item{} from {sellers} seller{} can be ordered",
            if on == 1 { "" } else { "s" },
            if sellers == 1 { "" } else { "s" }
        );
        if off > 0 {
            summary.push_str(&format!(
                "; {off} disabled (remove with `{} cart delete ID...`)",
                pandapon(ctx)
            ));
        }
        out.status(&summary);
        Ok(())
    }

    /// The add body is the flags themselves: offer, spec, quantity (docs/api.md#alibaba-cart-add).
    fn add_body(&self, item: &str, sku: &str, quantity: u32) -> Option<(Value, String)> {
        Some((
            json!({"offerMapId": item, "specId": sku, "quantity": quantity}),
            format!("{quantity} × offer {item} (spec {sku})"),
        ))
    }

    fn add_call(&self, body: Value) -> Call {
        Call::new(ADD).body(body)
    }

    /// The documented v1 edit body: `id`, `quantity` (docs/api.md#alibaba-cart-edit).
    fn edit_call(&self, id: u64, quantity: u32) -> Call {
        Call::new(EDIT).body(json!({"id": id, "quantity": quantity}))
    }

    /// Undocumented: the ids under `cartIds`, the 1688 cart's own name for a list of them.
    fn delete_call(&self, ids: &[u64]) -> Call {
        Call::new(DELETE).body(json!({ "cartIds": ids }))
    }

    /// docs/api.md#alibaba-cart-preview: `addressParam` (when there is one) and `cartIds`.
    fn preview_call(&self, ids: &[u64], address: Option<&Address>, _: &str) -> Call {
        let mut b = serde_json::Map::new();
        if let Some(a) = address {
            b.insert("addressParam".into(), alibaba_address(a));
        }
        b.insert("cartIds".into(), json!(ids));
        Call::new(PREVIEW).body(Value::Object(b))
    }

    /// docs/api.md#alibaba-cart-create: `flow`, `addressParam`, `cartIds`, `userId`.
    fn create_call(&self, ids: &[u64], address: &Address, user_id: &str) -> Call {
        Call::new(CREATE).body(json!({
            "flow": FLOW,
            "addressParam": alibaba_address(address),
            "cartIds": ids,
            "userId": user_id,
        }))
    }

    fn draw_preview(&self, out: &Printer, data: &Value) -> Result<()> {
        draw_previews(out, data)
    }

    fn preview_total(&self, data: &Value) -> Result<Option<String>> {
        previews_total(data)
    }

    fn report_created(&self, ctx: &Ctx, out: &Printer, data: &Value) -> Result<()> {
        report_merchants(ctx, out, data)
    }

    fn created_failures(&self, ctx: &Ctx, data: &Value) -> Result<()> {
        merchant_failures(ctx, data)
    }
}

/// What a seller's part costs: its `sumPayment`, else its lines, shipping and discount.
fn part_total(p: &SellerPreview) -> Option<i64> {
    p.total.or_else(|| {
        let lines = p.lines.iter().try_fold(0i64, |acc, l| {
            acc.checked_add(l.amount.or(l.price?.checked_mul(l.quantity?))?)
        })?;
        // Checked: these are the server's numbers, and a total that overflows is no total.
        lines
            .checked_add(p.shipping.unwrap_or(0))?
            .checked_sub(p.discount.unwrap_or(0))
    })
}

/// One table per seller, its shipping and total, or why the seller refuses its part; then the
/// total (docs/api.md#alibaba-order-preview). 1688 prices are CNY.
pub(crate) fn draw_previews(out: &Printer, data: &Value) -> Result<()> {
    let parts = previews(data).map_err(unexpected)?;
    if parts.is_empty() {
        out.status("Nothing to order: the preview lists no sellers.");
        return Ok(());
    }
    let m = |c: Option<i64>| c.map(|c| money(c, "CNY")).unwrap_or_else(|| "—".into());
    let mut sum = Some(0i64);
    for (n, p) in parts.iter().enumerate() {
        if n > 0 {
            out.line("")?;
        }
        let id = if p.seller_id.is_empty() || p.seller_name.is_empty() {
            String::new()
        } else {
            format!(" (seller {})", p.seller_id)
        };
        out.heading(&format!("{}{id}", p.seller()))?;
        if !p.ok {
            let why = if p.error.is_empty() {
                "no reason given"
            } else {
                &p.error
            };
            out.line(&format!("Refused by 1688: {why}"))?;
            continue;
        }
        let mut t =
            Table::new(&["Title", "Spec", "Qty", "Price", "Subtotal"]).align_right(&[2, 3, 4]);
        for l in &p.lines {
            t.row(vec![
                if l.title.is_empty() {
                    format!("offer {}", l.offer)
                } else {
                    l.title.clone()
                },
                if l.properties.is_empty() {
                    l.spec.clone()
                } else {
                    l.properties.clone()
                },
                l.quantity.map(|q| q.to_string()).unwrap_or_default(),
                price(l.price),
                price(l.amount),
            ]);
        }
        if !p.lines.is_empty() {
            out.table(&t)?;
        }
        let total = part_total(p);
        sum = sum.and_then(|s| s.checked_add(total?));
        let mut facts = vec![format!("Shipping {}", m(p.shipping))];
        if p.discount.is_some_and(|d| d != 0) {
            facts.push(format!("Discount {}", m(p.discount)));
        }
        facts.push(format!("Seller total {}", m(total)));
        out.line(&facts.join(" · "))?;
        for note in &p.notes {
            out.line(&format!("Note: {note}"))?;
        }
    }
    let refused = parts.iter().filter(|p| !p.ok).count();
    if let Some(s) = sum {
        let of = if refused == 0 {
            String::new()
        } else {
            format!(
                " for {} of {} sellers ({refused} refused)",
                parts.len() - refused,
                parts.len()
            )
        };
        out.line("")?;
        out.heading(&format!("Total {}{of}", money(s, "CNY")))?;
    }
    Ok(())
}

/// The total to ask about. A seller refusing its part stops the create before anything is
/// sent: on a terminal, nobody is asked to create half of what they previewed (exit 1, as the
/// API's refusal would be).
pub(crate) fn previews_total(data: &Value) -> Result<Option<String>> {
    let parts = previews(data).map_err(unexpected)?;
    let refused: Vec<String> = parts
        .iter()
        .filter(|p| !p.ok)
        .map(|p| format!("{} ({})", p.seller(), p.error))
        .collect();
    if !refused.is_empty() {
        return Err(Error::NotSent {
            why: format!(
                "the preview shows 1688 refusing the part of {}; nothing was sent. Change or \
                 leave out those lines and try again.",
                refused.join("; ")
            ),
            exit: 1,
        });
    }
    let sum = parts
        .iter()
        .try_fold(0i64, |acc, p| acc.checked_add(part_total(p)?));
    Ok(sum.map(|c| money(c, "CNY")))
}

fn unreadable_create(ctx: &Ctx, msg: String) -> Error {
    let check = format!(
        "`{} --platform 1688 order list --status waitbuyerpay`",
        pandapon(ctx)
    );
    accepted_unreadable("the order", check, msg)
}

/// Each merchant's order, and how to pay them (docs/api.md#alibaba-order-create). Refusals are
/// `merchant_failures`', which runs with `--json` too.
pub(crate) fn report_merchants(ctx: &Ctx, out: &Printer, data: &Value) -> Result<()> {
    let results = created(data).map_err(|m| unreadable_create(ctx, m))?;
    let mut made = Vec::new();
    for r in results.iter().filter(|r| r.ok) {
        let id = r.order_id.clone().unwrap_or_default();
        let total = r
            .total
            .map(|c| format!(" for {}", money(c, "CNY")))
            .unwrap_or_default();
        let with = if r.seller().is_empty() {
            String::new()
        } else {
            format!(" with {}", r.seller())
        };
        out.status(&format!("Order {id} created{with}{total}."));
        made.push(id);
    }
    match made.len() {
        0 => {}
        1 => out.status(&format!(
            "Next: pay it with `{} order pay {}`",
            pandapon(ctx),
            made[0]
        )),
        _ => out.status(&format!(
            "Next: pay them together with `{} order pay {}`",
            pandapon(ctx),
            made.join(" ")
        )),
    }
    Ok(())
}

/// The merchants that refused their part, each on stderr, as the command's failure (exit 1,
/// the others' orders made). Also with `--json`, whose stdout is the answer as sent.
pub(crate) fn merchant_failures(ctx: &Ctx, data: &Value) -> Result<()> {
    let results = created(data).map_err(|m| unreadable_create(ctx, m))?;
    let failed: Vec<_> = results.iter().filter(|r| !r.ok).collect();
    if failed.is_empty() {
        return Ok(());
    }
    let why = |r: &MerchantResult| {
        let why = if r.error.is_empty() {
            "refused, no reason given".to_string()
        } else {
            format!("refused: {}", r.error)
        };
        format!("seller {}: {why}", r.seller())
    };
    // The error names the one request's refusal itself (exit 1, as an API error).
    if let [only] = results.as_slice() {
        return Err(Error::Refused(why(only)));
    }
    for r in &failed {
        ctx.printer.error(&Error::Refused(why(r)));
    }
    Err(Error::Batch {
        failed: failed.len(),
        skipped: 0,
        total: results.len(),
        noun: "merchant",
        exit: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_add_up_per_seller_and_a_refusal_stops_the_create() {
        let ok = json!({"orderPreviewResuslt": [
            {"success": true, "sellerOpenId": "A", "sumCarriage": 600,
             "cargoList": [{"quantity": 10, "price": 350, "amount": 3500}]},
            {"success": true, "sellerOpenId": "B", "sumPayment": 2000}
        ]});
        assert_eq!(previews_total(&ok).unwrap().as_deref(), Some("¥61.00"));
        let refused = json!({"orderPreviewResuslt": [
            {"success": false, "sellerNickName": "甲", "errorCode": "MIN", "errorMsg": "起批量 10"}
        ]});
        let e = previews_total(&refused).unwrap_err();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().contains("甲 (起批量 10 (MIN))"), "{e}");
    }

    #[test]
    fn a_total_the_servers_numbers_overflow_is_unknown_not_a_panic() {
        let huge = json!({"orderPreviewResuslt": [
            {"success": true, "sellerOpenId": "A", "sumCarriage": i64::MAX,
             "cargoList": [{"quantity": 1, "price": 350, "amount": 350}]}
        ]});
        assert_eq!(previews_total(&huge).unwrap(), None);
    }
}
