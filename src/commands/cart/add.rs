//! `pandapon cart add`: a product into the cart, its body built from the product lookup or
//! given whole (docs/api.md#taobao-cart-add, #alibaba-cart-add). The product may be any id or
//! link `goods show` takes (docs/api.md#product-urls), and a link picks its platform; its SKU
//! (on 1688 its spec) is the one named, the only one, or picked.

use serde_json::{Map, Value, json};

use super::side::{CartSide, side, side_of};
use crate::cli::parse::parse_sku;
use crate::cli::product::{ProductRef, parse_product_ref};
use crate::commands::goods::{lookup, platform_of, sku};
use crate::commands::{Ctx, read_json_input, unexpected};
use crate::domain::{Platform, value};
use crate::error::{Error, Result};
use crate::output::Done;
use crate::output::format::money;

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["item", "input"]))]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon cart add --item 'https://item.taobao.com/item.htm?id=672991141190' --sku 5032007803361",
    "pandapon cart add --item Tk3vM8pW1qRz-NcY6bLh2F --sku 5120398475620 --quantity 2",
]))]
pub struct Args {
    /// The product: its itemMapId (WUnUC1cILiBjt-Jv3lDdlQ), item id, or a Taobao/Tmall item
    /// link (https://item.taobao.com/item.htm?id=...); on 1688 an offer id or link
    #[arg(long, value_name = "ID|URL", value_parser = parse_product_ref)]
    pub item: Option<ProductRef>,
    /// The SKU id, e.g. 5032007803360 (on 1688: the specId) [default: the link's skuId, the
    /// product's only SKU, or on a terminal a pick from its SKUs]
    #[arg(long, value_name = "SKU_ID", requires = "item", value_parser = parse_sku)]
    pub sku: Option<String>,
    /// How many to add [default: 1]
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub quantity: Option<u32>,
    /// Send this JSON body as given (a file, or - for stdin) instead of looking the product up
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["item", "sku", "quantity"])]
    pub input: Option<String>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        item,
        sku,
        quantity,
        input,
    } = args;
    let (side, body, summary) = match input {
        Some(path) => (side(ctx), read_json_input(&path).await?, None),
        None => {
            // clap guarantees --item without --input.
            let item = item.ok_or_else(|| Error::usage("give --item or --input"))?;
            let quantity = quantity.unwrap_or(1);
            // A link names its platform; a bare id is the --platform one's.
            let platform = platform_of(ctx, &item);
            let cart_side = side_of(platform);
            let wanted = sku.or_else(|| item.sku.clone());
            // 1688 with its spec named: the add body is the flags themselves, no lookup.
            if let Some(spec) = &wanted
                && let Some((body, summary)) = cart_side.add_body(&item.id, spec, quantity)
            {
                return add(ctx, cart_side, body, Some(summary)).await;
            }
            let client = ctx.client()?;
            if ctx.settings.dry_run {
                // The add body is built from the product lookup's answer, and a dry run
                // sends nothing, not even that read: say so, rather than look finished.
                ctx.printer.status(
                    "dry run: `cart add` first looks the product up to fill in the add request; \
                     only that lookup is shown. To see the add request itself, give its body: \
                     --input FILE --dry-run",
                );
            }
            let (product, view) = lookup(&client, platform, &item).await?;
            let (body, summary) = match platform {
                Platform::Taobao => {
                    if view.mp_id.is_empty() {
                        return Err(not_sellable(&item.id, &view.unavailable));
                    }
                    let chosen = sku::choose(ctx, &view, wanted.as_deref(), &item.id).await?;
                    add_body(
                        &product,
                        &view.cart_id(&item.id),
                        &chosen.sku_id,
                        quantity,
                        client.user_id(),
                    )?
                }
                // 1688's add body is the offer, its spec and the quantity (cart/alibaba.rs).
                Platform::Alibaba1688 => {
                    let chosen = sku::choose(ctx, &view, wanted.as_deref(), &item.id).await?;
                    let spec = if chosen.spec_id.is_empty() {
                        &chosen.sku_id
                    } else {
                        &chosen.spec_id
                    };
                    cart_side
                        .add_body(&view.cart_id(&item.id), spec, quantity)
                        .ok_or_else(|| Error::usage("1688 cart add needs an offer and a spec"))?
                }
            };
            (cart_side, body, Some(summary))
        }
    };
    add(ctx, side, body, summary).await
}

/// Sends the add and says what it added.
async fn add(ctx: &Ctx, side: &dyn CartSide, body: Value, summary: Option<String>) -> Result<()> {
    let client = ctx.client()?;
    let data = client.call(side.add_call(body)).await?;
    let id = value::id_text(&data)
        .filter(|_| !data.is_boolean())
        .map(|id| format!(" (cart item {id})"))
        .unwrap_or_default();
    let done = match summary {
        Some(s) => format!("Added {s} to the cart{id}."),
        None => format!("Added to the cart{id}."),
    };
    ctx.printer.print(&Done(&data, done))
}

/// A product PandaPon cannot sell comes without its supply-chain id [I]
/// (docs/api.md#taobao-product-get): a refusal to explain, not a broken answer.
fn not_sellable(item: &str, why: &str) -> Error {
    let why = if why.is_empty() {
        format!("`pandapon goods check {item}` says why")
    } else {
        format!("the lookup says: {why}")
    };
    Error::usage(format!(
        "product {item} cannot be bought through PandaPon: its lookup has no mpId (the \
         supply-chain id PandaPon gives what it sells); {why}"
    ))
}

fn add_body(
    product: &Value,
    item: &str,
    sku: &str,
    quantity: u32,
    user_id: &str,
) -> Result<(Value, String)> {
    let p = product
        .as_object()
        .ok_or_else(|| unexpected(format!("product {item}: expected an object, got {product}")))?;
    let first_str = |o: &Map<String, Value>, keys: &[&str]| {
        keys.iter().find_map(|k| o.get(*k).and_then(value::id_text))
    };
    let skus = p
        .get("skuList")
        .or_else(|| p.get("skus"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(s) = skus
        .iter()
        .filter_map(Value::as_object)
        .find(|s| s.get("skuId").and_then(value::id_text).as_deref() == Some(sku))
    else {
        let known: Vec<String> = skus
            .iter()
            .filter_map(|s| {
                let id = s.get("skuId").and_then(value::id_text)?;
                let props = s
                    .get("properties")
                    .map(value::properties)
                    .unwrap_or_default();
                Some(if props.is_empty() {
                    id
                } else {
                    format!("{id} ({props})")
                })
            })
            .collect();
        return Err(Error::usage(format!(
            "SKU {sku} is not a SKU of product {item}; {}",
            if known.is_empty() {
                "the product lists no SKUs".to_string()
            } else {
                format!("its SKUs: {}", known.join(", "))
            }
        )));
    };
    if let Some(status) = s.get("status").and_then(Value::as_str)
        && !status.eq_ignore_ascii_case("active")
    {
        return Err(Error::usage(format!(
            "SKU {sku} of product {item} is not on sale (status {status})"
        )));
    }
    let stock = s.get("quantity").and_then(value::int);
    if let Some(stock) = stock
        && i64::from(quantity) > stock
    {
        return Err(Error::usage(format!(
            "only {stock} of SKU {sku} in stock; asked for {quantity}"
        )));
    }
    let need = |v: Option<String>, field: &str| {
        v.ok_or_else(|| {
            unexpected(format!(
                "the product lookup for {item} did not return {field}, which the cart needs; \
                 send the whole body with --input instead"
            ))
        })
    };
    let mp_id = first_str(p, &["mpId"]).ok_or_else(|| not_sellable(item, ""))?;
    let mp_sku_id = need(first_str(s, &["mpSkuId"]), "mpSkuId")?;
    let price = s
        .get("price")
        .or_else(|| p.get("price"))
        .and_then(value::int);
    let price = need(price.map(|c| c.to_string()), "price")?
        .parse::<i64>()
        .expect("formatted from an integer");
    let promo = s
        .get("promotionPrice")
        .or_else(|| p.get("promotionPrice"))
        .and_then(value::int);
    let title = first_str(p, &["itemTitle", "title", "subject", "name"]).unwrap_or_default();
    let pic = first_str(p, &["itemPic", "mainPicUrl", "picUrl", "mainPic"])
        .or_else(|| {
            p.get("picUrls")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .and_then(value::id_text)
        })
        .unwrap_or_default();
    let props_value = s.get("properties").cloned().unwrap_or(Value::Null);
    let props_text = value::properties(&props_value);
    // The cart stores SKU properties as a JSON string (seed document).
    let properties = match props_value {
        Value::Null => Value::Null,
        Value::String(s) => Value::String(s),
        other => Value::String(other.to_string()),
    };
    let body = json!({
        "itemMapId": item,
        "skuId": sku,
        "itemTitle": title,
        "itemPic": pic,
        "mpId": mp_id,
        "mpSkuId": mp_sku_id,
        "price": price,
        "promotionPrice": promo,
        "properties": properties,
        "quantity": quantity,
        "shopId": p.get("shopId").cloned().unwrap_or(Value::Null),
        "shopName": first_str(p, &["shopName", "sellerNick"]),
        "skuQuantity": stock.map(|s| s.to_string()),
        "userId": user_id,
    });
    let each = money(promo.unwrap_or(price), "CNY");
    let props = if props_text.is_empty() {
        String::new()
    } else {
        format!(" ({props_text})")
    };
    Ok((body, format!("{quantity} × {title}{props} at {each} each")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product() -> Value {
        json!({
            "itemId": "WUnUC1cILiBjt-Jv3lDdlQ", "mpId": "NeZYO6", "title": "短袖衬衫",
            "picUrls": ["https://img/1.jpg"], "shopId": 115037976, "shopName": "小淘男装服饰",
            "skuList": [{"skuId": "5032007803360", "mpSkuId": "7579055774996", "price": 13900,
                         "promotionPrice": "3990", "quantity": 5, "status": "active",
                         "properties": [{"propName": "颜色", "valueName": "850浅灰"}]}]
        })
    }

    #[test]
    fn add_body_fills_the_documented_fields() {
        let (b, summary) = add_body(
            &product(),
            "WUnUC1cILiBjt-Jv3lDdlQ",
            "5032007803360",
            2,
            "21000",
        )
        .unwrap();
        assert_eq!(b["mpSkuId"], "7579055774996");
        assert_eq!(b["price"], 13900);
        assert_eq!(b["promotionPrice"], 3990);
        assert_eq!(
            b["properties"],
            r#"[{"propName":"颜色","valueName":"850浅灰"}]"#
        );
        assert_eq!(b["shopId"], 115037976);
        assert_eq!(b["itemPic"], "https://img/1.jpg");
        assert_eq!(b["skuQuantity"], "5");
        assert_eq!(b["userId"], "21000");
        assert_eq!(summary, "2 × 短袖衬衫 (颜色: 850浅灰) at ¥39.90 each");
    }

    #[test]
    fn add_body_refuses_unknown_sku_and_too_many() {
        let e = add_body(&product(), "X", "999", 1, "u").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string()
                .contains("its SKUs: 5032007803360 (颜色: 850浅灰)"),
            "{e}"
        );
        let e = add_body(&product(), "X", "5032007803360", 6, "u").unwrap_err();
        assert!(e.to_string().contains("only 5"), "{e}");
    }
}
