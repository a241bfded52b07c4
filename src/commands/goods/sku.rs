//! Which SKU to buy: the one named (`--sku`, a link's `skuId`), the only one, or, on a
//! terminal, the one a person picks (properties, price, stock). Off a terminal a product with
//! several SKUs is a usage error that lists them, so a script can name one.

use crate::api::types::goods::{Product, ProductSku};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::format::money;
use crate::prompt;

/// One SKU on one line: `5032007803360  ¥39.90  stock 100001  颜色: 850浅灰 / 尺码: M`; the
/// properties last, where a narrow terminal's ellipsis takes only them.
fn label(s: &ProductSku) -> String {
    let mut parts = vec![if s.spec_id.is_empty() {
        s.sku_id.clone()
    } else {
        s.spec_id.clone()
    }];
    if let Some(p) = s.unit_price() {
        parts.push(money(p, "CNY"));
    }
    match s.stock {
        Some(0) => parts.push("sold out".into()),
        Some(n) => parts.push(format!("stock {n}")),
        None => {}
    }
    if !s.available() && s.stock != Some(0) {
        parts.push(format!("({})", s.status));
    }
    if !s.properties.is_empty() {
        parts.push(s.properties.clone());
    }
    parts.join("  ")
}

/// The SKU of `p` to buy. `item` names the product in messages.
pub async fn choose<'p>(
    ctx: &Ctx,
    p: &'p Product,
    given: Option<&str>,
    item: &str,
) -> Result<&'p ProductSku> {
    let listing = || {
        p.skus
            .iter()
            .map(|s| format!("  {}", label(s)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if let Some(id) = given {
        return p.sku(id).ok_or_else(|| {
            Error::usage(if p.skus.is_empty() {
                format!("SKU {id} is not a SKU of product {item}: the product lists no SKUs")
            } else {
                format!(
                    "SKU {id} is not a SKU of product {item}; its SKUs:\n{}",
                    listing()
                )
            })
        });
    }
    match p.skus.as_slice() {
        [] => Err(Error::usage(format!(
            "product {item} lists no SKUs, and the cart takes one; see `pandapon goods show {item}`"
        ))),
        [only] => Ok(only),
        several if !ctx.settings.may_prompt() => Err(Error::usage(format!(
            "product {item} has {} SKUs; choose one with --sku:\n{}",
            several.len(),
            listing()
        ))),
        several => {
            let buyable: Vec<&ProductSku> = several.iter().filter(|s| s.available()).collect();
            if buyable.is_empty() {
                return Err(Error::usage(format!(
                    "no SKU of product {item} is in stock:\n{}",
                    listing()
                )));
            }
            let i = prompt::select(
                "Which SKU?".to_string(),
                buyable.iter().map(|s| label(s)).collect(),
            )
            .await?;
            Ok(buyable[i])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_has_the_id_properties_price_and_stock() {
        let s = ProductSku {
            sku_id: "5032007803360".into(),
            spec_id: String::new(),
            mp_sku_id: String::new(),
            properties: "颜色: 850浅灰".into(),
            price: Some(13900),
            promotion_price: Some(3990),
            stock: Some(0),
            status: "soldout".into(),
        };
        assert_eq!(label(&s), "5032007803360  ¥39.90  sold out  颜色: 850浅灰");
    }
}
