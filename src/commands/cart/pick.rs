//! The cart picker: with no ids given, `cart delete`, `preview` and `create` let a person
//! choose items from the whole cart.

use super::{price, walk};
use crate::api::Client;
use crate::commands::{Ctx, unexpected};
use crate::error::{Error, Result};
use crate::prompt;

/// With no ids: on a terminal, pick from the cart; otherwise say how to give them.
pub(super) async fn pick(
    ctx: &Ctx,
    client: &Client<'_>,
    prompt_text: &str,
    example: &str,
) -> Result<Vec<u64>> {
    if !ctx.settings.may_prompt() {
        return Err(Error::usage(format!(
            "give the cart item ids, e.g. `{example}` (`pandapon cart list` shows them)"
        )));
    }
    let (_, items) = walk(client).await?;
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
            format!(
                "{}  {}{props} ×{}  {}  [{}]",
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
