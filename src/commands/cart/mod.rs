//! `pandapon cart ...`: the Taobao shopping cart.

use super::shipping::{ask_address, given_address, merged_address};
use crate::cli::args::{AddressArgs, Paging};
use crate::cli::parse::parse_id;
use clap::{Args, Subcommand};

use serde_json::{Map, Value, json};

use super::{
    Ctx, Paged, gate, paging_status, past_the_end, read_json_input, unexpected, unique_ids,
    walk_pages,
};
use crate::api::types::{CartItem, CartPage, Page, Preview, cart_page};
use crate::api::{Call, Client};
use crate::config::Address;
use crate::domain::value;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::money;
use crate::prompt;

const LIST: &str = "taobao.cart.list";
const ADD: &str = "taobao.cart.add";
const EDIT: &str = "taobao.cart.edit";
const DELETE: &str = "taobao.cart.delete";
const PREVIEW: &str = "taobao.cart.preview";
const CREATE: &str = "taobao.cart.create";
const PRODUCT: &str = "taobao.product.get";

/// `--all` asks for pages this large: the most the cart list allows (the sandbox's 1..=200,
/// which is also `--page-size`'s range), so a walk takes as few requests as it can.
const WALK_PAGE_SIZE: u32 = 200;

pub async fn run(cmd: CartCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        CartCommand::List(p) => list(ctx, p).await,
        CartCommand::Add {
            item,
            sku,
            quantity,
            input,
        } => add(ctx, item, sku, quantity, input).await,
        CartCommand::Edit { cart_id, quantity } => edit(ctx, cart_id, quantity).await,
        CartCommand::Delete { cart_ids } => delete(ctx, unique_ids(ctx, cart_ids)).await,
        CartCommand::Preview(mut a) => {
            a.ids = unique_ids(ctx, a.ids);
            preview(ctx, a).await
        }
        CartCommand::Create(mut a) => {
            a.ids = unique_ids(ctx, a.ids);
            create(ctx, a).await
        }
    }
}

fn list_call(page: u32, size: u32) -> Call {
    Call::new(LIST)
        .query("pageNo", page)
        .query("pageSize", size)
}

impl Paged for CartPage {
    fn page(&self) -> &Page {
        &self.page
    }
}

/// Every page, in order: the raw list elements and the items read from them.
async fn walk(client: &Client<'_>) -> Result<(Vec<Value>, Vec<CartItem>)> {
    let (mut elements, mut items) = (Vec::new(), Vec::new());
    let fetch = |page| async move {
        let data = client.call(list_call(page, WALK_PAGE_SIZE)).await?;
        cart_page(&data).map_err(unexpected)
    };
    walk_pages(client, WALK_PAGE_SIZE, fetch, |p: CartPage| {
        elements.extend(p.page.elements);
        items.extend(p.items);
        Ok(())
    })
    .await?;
    Ok((elements, items))
}

async fn list(ctx: &Ctx, paging: Paging) -> Result<()> {
    let client = ctx.client()?;
    let out = &ctx.printer;
    if paging.all {
        let (elements, items) = walk(&client).await?;
        if out.json {
            return out.json(&elements);
        }
        return print_items(ctx, &items);
    }
    let data = client
        .call(list_call(paging.page, paging.page_size))
        .await?;
    if out.json {
        return out.json(&data);
    }
    let page = cart_page(&data).map_err(unexpected)?;
    if page.items.is_empty()
        && past_the_end(
            ctx,
            page.page.total_pages,
            page.page.total_records,
            paging.page,
            "items",
        )
    {
        return Ok(());
    }
    print_items(ctx, &page.items)?;
    paging_status(
        ctx,
        page.page.total_pages,
        page.page.total_records,
        paging.page,
        "items",
    );
    Ok(())
}

fn print_items(ctx: &Ctx, items: &[CartItem]) -> Result<()> {
    if items.is_empty() {
        ctx.printer.status("The cart is empty.");
        return Ok(());
    }
    let mut t = Table::new(&["ID", "Title", "Properties", "Qty", "Price", "Promo", "Shop"])
        .align_right(&[3, 4, 5]);
    for i in items {
        t.row(vec![
            i.id.clone(),
            i.title.clone(),
            i.properties.clone(),
            i.quantity.to_string(),
            price(i.price),
            price(i.promotion_price),
            i.shop().to_string(),
        ]);
    }
    ctx.printer.table(&t)
}

fn price(cents: Option<i64>) -> String {
    cents.map(|c| money(c, "CNY")).unwrap_or_default()
}

async fn add(
    ctx: &Ctx,
    item: Option<String>,
    sku: Option<String>,
    quantity: Option<u32>,
    input: Option<String>,
) -> Result<()> {
    let (body, summary) = match input {
        Some(path) => (read_json_input(&path)?, None),
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
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    let id = value::id_text(&data)
        .filter(|_| !data.is_boolean())
        .map(|id| format!(" (cart item {id})"))
        .unwrap_or_default();
    ctx.printer.status(&match summary {
        Some(s) => format!("Added {s} to the cart{id}."),
        None => format!("Added to the cart{id}."),
    });
    Ok(())
}

/// The add body from the product lookup; bad sku or quantity are the user's to fix (exit 2).
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

async fn edit(ctx: &Ctx, cart_id: u64, quantity: u32) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(EDIT).body(json!({"id": cart_id, "quantity": quantity})))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer
        .status(&format!("Cart item {cart_id} now has quantity {quantity}."));
    Ok(())
}

async fn delete(ctx: &Ctx, ids: Vec<u64>) -> Result<()> {
    let client = ctx.client()?;
    let ids = if ids.is_empty() {
        pick(
            ctx,
            &client,
            "Delete which items?",
            "pandapon cart delete 382 383",
        )
        .await?
    } else {
        ids
    };
    let data = client
        .call(Call::new(DELETE).body(json!({ "ids": ids })))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    let n = ids.len();
    ctx.printer.status(&format!(
        "Deleted {n} item{} from the cart.",
        if n == 1 { "" } else { "s" }
    ));
    Ok(())
}

/// With no ids: on a terminal, pick from the cart; otherwise say how to give them.
async fn pick(
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

fn order_body(ids: &[u64], address: Option<&Address>, user_id: &str) -> Value {
    let mut body = json!({ "ids": ids });
    if let Some(a) = address {
        body["orderAddress"] = serde_json::to_value(a).expect("an address always encodes");
    }
    body["userId"] = Value::String(user_id.to_string());
    body
}

async fn preview(ctx: &Ctx, args: OrderArgs) -> Result<()> {
    let client = ctx.client()?;
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Preview which items?",
            "pandapon cart preview --ids 382,383",
        )
        .await?
    } else {
        args.ids
    };
    let address = merged_address(ctx, &args.address);
    let address = (address != Address::default()).then_some(address);
    let data = client
        .call(Call::new(PREVIEW).body(order_body(&ids, address.as_ref(), client.user_id())))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    print_preview(ctx, &data)
}

pub(crate) fn print_preview(ctx: &Ctx, data: &Value) -> Result<()> {
    let out = &ctx.printer;
    let p = Preview::from_data(data).map_err(unexpected)?;
    if p.shops.is_empty() {
        out.status("Nothing to order: the preview lists no shops.");
        return Ok(());
    }
    for (n, shop) in p.shops.iter().enumerate() {
        let cur = shop.currency();
        if n > 0 {
            out.line("")?;
        }
        let id = if shop.shop_id.is_empty() {
            String::new()
        } else {
            format!(" (shop {})", shop.shop_id)
        };
        out.heading(&format!("{}{id}", shop.shop_name))?;
        let mut t = Table::new(&[
            "ID",
            "Title",
            "Properties",
            "Qty",
            "Price",
            "Promo",
            "Subtotal",
        ])
        .align_right(&[3, 4, 5, 6]);
        for i in &shop.items {
            t.row(vec![
                i.id.clone(),
                i.title.clone(),
                i.properties.clone(),
                i.quantity.to_string(),
                i.price.map(|c| money(c, cur)).unwrap_or_default(),
                i.promotion_price.map(|c| money(c, cur)).unwrap_or_default(),
                i.line_total().map(|c| money(c, cur)).unwrap_or_default(),
            ]);
        }
        out.table(&t)?;
        let m =
            |v: &Option<(i64, String)>| v.as_ref().map_or("—".into(), |(c, cur)| money(*c, cur));
        let total = shop.total().map_or("—".into(), |c| money(c, cur));
        out.line(&format!(
            "Mainland shipping {} · Order fee {} · Shop total {total}",
            m(&shop.shipping),
            m(&shop.order_fee)
        ))?;
    }
    if let Some((cents, cur, given)) = p.total() {
        let how = if given {
            ""
        } else {
            " (items + mainland shipping + order fees)"
        };
        out.line("")?;
        out.heading(&format!("Total {}{how}", money(cents, &cur)))?;
    }
    Ok(())
}

async fn create(ctx: &Ctx, args: OrderArgs) -> Result<()> {
    let s = &ctx.settings;
    // Decide everything that needs no network first, bad input before the confirmation gate so
    // that one run names every problem: off a terminal without --yes, nothing is sent.
    let mut address = given_address(ctx, &args.address)?;
    gate(
        ctx,
        "Creating an order moves money (see the cost first with `pandapon cart preview`)",
    )?;
    let client = ctx.client()?;
    if !address.missing_required().is_empty() {
        address = ask_address(&client, address).await?;
    }
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Order which items?",
            "pandapon cart create --ids 382,383",
        )
        .await?
    } else {
        args.ids
    };
    let body = order_body(&ids, Some(&address), client.user_id());
    if s.will_confirm() {
        let data = client.call(Call::new(PREVIEW).body(body.clone())).await?;
        print_preview(ctx, &data)?;
        ctx.printer
            .status(&format!("Ship to: {}", address.one_line()));
        let total = Preview::from_data(&data)
            .ok()
            .and_then(|p| p.total())
            .map(|(c, cur, _)| format!(" for {}", money(c, &cur)))
            .unwrap_or_default();
        prompt::confirm_write(s, &format!("Create the order{total}")).await?;
    }
    let data = client.call(Call::new(CREATE).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    report_created(ctx, &data);
    Ok(())
}

/// "Order created: 1" and how to pay it. The v2 create response is undocumented: whatever
/// ids it carries are shown, and the pay hint only for numeric ones.
pub(crate) fn report_created(ctx: &Ctx, data: &Value) {
    let ids = created_ids(data);
    let shown = if ids.is_empty() {
        data.to_string()
    } else {
        ids.join(", ")
    };
    let (orders, them) = if ids.len() > 1 {
        ("Orders", "them")
    } else {
        ("Order", "it")
    };
    ctx.printer.status(&format!("{orders} created: {shown}"));
    // `order pay` takes the numeric order id: suggest it only with such ids.
    if !ids.is_empty() && ids.iter().all(|id| crate::cli::parse::parse_id(id).is_ok()) {
        ctx.printer.status(&format!(
            "Next: pay {them} with `pandapon order pay {}`",
            ids.join(" ")
        ));
    } else {
        ctx.printer.status(
            "Next: `pandapon order list` to find it and `pandapon order pay ID` to pay it.",
        );
    }
}

/// The ids of the orders a create response names, from the first field that has them (none
/// when it only says `true`).
fn created_ids(data: &Value) -> Vec<String> {
    if let Some(id) = value::id_text(data).filter(|_| !data.is_boolean()) {
        return vec![id];
    }
    let Some(o) = data.as_object() else {
        return Vec::new();
    };
    [
        "orderIds",
        "orderId",
        "purchaseOrderIds",
        "purchaseOrderId",
        "orderNo",
    ]
    .iter()
    .filter_map(|k| o.get(*k))
    .map(|v| match v {
        Value::Array(a) => a.iter().filter_map(value::id_text).collect(),
        v => value::id_text(v).into_iter().collect::<Vec<_>>(),
    })
    .find(|ids| !ids.is_empty())
    .unwrap_or_default()
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

    #[test]
    fn order_body_matches_the_seed_shape() {
        assert_eq!(
            order_body(&[382], None, "2100007341207"),
            json!({"ids": [382], "userId": "2100007341207"})
        );
        let a = Address {
            name: Some("张三".into()),
            ..Default::default()
        };
        assert_eq!(
            order_body(&[382, 383], Some(&a), "u"),
            json!({"ids": [382, 383], "orderAddress": {"name": "张三"}, "userId": "u"})
        );
    }

    #[test]
    fn created_order_ids_are_found() {
        assert_eq!(created_ids(&json!({"orderIds": [1, 2]})), ["1", "2"]);
        assert_eq!(created_ids(&json!("PO1")), ["PO1"]);
        assert!(created_ids(&json!(true)).is_empty());
        assert_eq!(
            created_ids(&json!({"orderId": "3305075341149134260", "orderNo": "PO202605200001"})),
            ["3305075341149134260"],
            "one id, not the same order twice"
        );
    }
}

#[derive(Subcommand, Debug)]
pub enum CartCommand {
    /// List the items in the cart
    List(Paging),
    /// Add a product to the cart (looks the product up to fill in title, price and shop)
    #[command(group = clap::ArgGroup::new("source").required(true).args(["item", "input"]))]
    Add {
        /// The product's itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ
        #[arg(long, value_name = "ITEM_MAP_ID", requires_all = ["sku", "quantity"])]
        item: Option<String>,
        /// The SKU id, e.g. 5032007803360
        #[arg(long, value_name = "SKU_ID")]
        sku: Option<String>,
        /// How many to add
        #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
        quantity: Option<u32>,
        /// Send this JSON body as given (a file, or - for stdin) instead of looking the product up
        #[arg(long, value_name = "FILE|-", conflicts_with_all = ["item", "sku", "quantity"])]
        input: Option<String>,
    },
    /// Change the quantity of a cart item
    Edit {
        /// The cart item id (the `id` column of `cart list`)
        #[arg(value_parser = parse_id)]
        cart_id: u64,
        /// The new quantity
        #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
        quantity: u32,
    },
    /// Remove items from the cart (with no ids on a terminal: pick them from a list)
    Delete {
        /// Cart item ids
        #[arg(value_parser = parse_id)]
        cart_ids: Vec<u64>,
    },
    /// Show what ordering these cart items would cost, per shop
    Preview(OrderArgs),
    /// Turn cart items into an order (shows the preview and asks first)
    Create(OrderArgs),
}

#[derive(Args, Debug, Clone)]
pub struct OrderArgs {
    /// Cart item ids, comma-separated (with none on a terminal: pick them from a list)
    #[arg(long, value_delimiter = ',', value_parser = parse_id, value_name = "ID,...")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub address: AddressArgs,
}
