//! `pandapon cart add`: a product into the cart, its body built from the product lookup or
//! given whole (docs/api.md#taobao-cart-add).

use serde_json::{Map, Value, json};

use crate::api::Call;
use crate::commands::{Ctx, read_json_input, unexpected};
use crate::domain::value;
use crate::error::{Error, Result};
use crate::output::Done;
use crate::output::format::money;

const ADD: &str = "taobao.cart.add";
const PRODUCT: &str = "taobao.product.get";

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["item", "input"]))]
pub struct Args {
    /// The product's itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ
    #[arg(long, value_name = "ITEM_MAP_ID", requires_all = ["sku", "quantity"])]
    pub item: Option<String>,
    /// The SKU id, e.g. 5032007803360
    #[arg(long, value_name = "SKU_ID")]
    pub sku: Option<String>,
    /// How many to add
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
    let (body, summary) = match input {
        Some(path) => (read_json_input(&path).await?, None),
        None => {
            // clap guarantees all three with --item.
            let (item, sku, quantity) = (
                item.unwrap_or_default(),
                sku.unwrap_or_default(),
                quantity.unwrap_or(1),
            );
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
            let product = client
                .call(Call::new(PRODUCT).query("itemId", &item))
                .await?;
            let (body, summary) = add_body(&product, &item, &sku, quantity, client.user_id())?;
            (body, Some(summary))
        }
    };
    let client = ctx.client()?;
    let data = client.call(Call::new(ADD).body(body)).await?;
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
    let mp_id = need(first_str(p, &["mpId"]), "mpId")?;
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
