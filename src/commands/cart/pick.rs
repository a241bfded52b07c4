//! The cart picker: with no ids given, `cart delete`, `preview` and `create` let a person
//! choose items from the whole cart.

use super::side::side;
use super::{all_items, price};
use crate::api::Client;
use crate::commands::{Ctx, pandapon, unexpected};
use crate::error::{Error, Result};
use crate::prompt;

/// With no ids: on a terminal, pick from the cart (only what can be ordered, when
/// `orderable_only`: not 1688's disabled items); otherwise say how to give them. `example` is
/// the command after `pandapon`.
pub(super) async fn pick(
    ctx: &Ctx,
    client: &Client<'_>,
    prompt_text: &str,
    example: &str,
    orderable_only: bool,
) -> Result<Vec<u64>> {
    let cli = pandapon(ctx);
    if !ctx.settings.may_prompt() {
        return Err(Error::usage(format!(
            "give the cart item ids, e.g. `{cli} {example}` (`{cli} cart list` shows them)"
        )));
    }
    let mut items = all_items(ctx, client, side(ctx)).await?;
    if orderable_only {
        items.retain(|i| i.disabled.is_none());
    }
    if items.is_empty() {
        return Err(Error::Cancelled(
            "the cart is empty; nothing to choose".into(),
        ));
    }
    let labels = items
        .iter()
        .map(|i| {
            let props = if i.properties.is_empty() {
                String::new()
            } else {
                format!(" ({})", i.properties)
            };
            let off = match &i.disabled {
                Some(why) => format!("  disabled: {why}"),
                None => String::new(),
            };
            format!(
                "{}  {}{props} ×{}  {}  [{}]{off}",
                i.id,
                i.title,
                i.quantity,
                price(i.unit_price()),
                i.shop()
            )
        })
        .collect();
    let chosen = prompt::multi_select(prompt_text.to_string(), labels).await?;
    chosen
        .into_iter()
        .map(|i| {
            items[i]
                .id
                .parse::<u64>()
                .map_err(|_| unexpected(format!("cart item id {:?} is not a number", items[i].id)))
        })
        .collect()
}
