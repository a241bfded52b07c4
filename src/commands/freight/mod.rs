//! `pandapon freight ...`: the warehouse-logistics group (仓库物流, docs/api.md#warehouse-logistics).
//!
//! All four bodies are documented (estimate and preview for v2, booking and domestic update
//! for v1); their responses are not, so results are read leniently and anything unrecognised
//! is shown field by field. These routes also carry `?timestamp=&sign=` (the catalogue's
//! `query_signed`). Prices are the documented *strings*; the unit is not stated, so they carry
//! integer cents like every other documented price (`--price 39.90` sends "3990").

use crate::cli::parse::{
    LineSpec, parse_country_code, parse_id, parse_phone, parse_priced_line, parse_since,
    parse_text, parse_unpriced_line, parse_yuan,
};
use clap::{Args, Subcommand};

use serde_json::{Map, Value, json};

use super::{Ctx, gate, print_fields, read_json_input};
use crate::api::Call;
use crate::api::types::{pick, pick_text};
use crate::domain::money;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::money;
use crate::prompt;

const ESTIMATE: &str = "logistics.freight_estimate";
const PREVIEW: &str = "logistics.freight_preview";
const BOOK: &str = "logistics.booking";
const DOMESTIC: &str = "logistics.domestic_update";

pub async fn run(cmd: FreightCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        FreightCommand::Estimate(a) => estimate(ctx, a).await,
        FreightCommand::Preview(a) => preview(ctx, a).await,
        FreightCommand::Book(a) => book(ctx, a).await,
        FreightCommand::Domestic(a) => domestic(ctx, a).await,
    }
}

/// `ReceiverAddressTO {name, email, phone, mobilePhone, address, taxId, country, city, zip,
/// state}` with the fields given; the country is the one a freight price cannot do without.
fn receiver(to: &ReceiverArgs) -> Result<Value> {
    let Some(country) = to.country.as_ref().filter(|c| !c.trim().is_empty()) else {
        return Err(Error::usage(
            "give the destination: at least --to-country (e.g. US), and --to-state, --to-city, --to-zip for an exact price",
        ));
    };
    let mut o = Map::new();
    for (k, v) in [
        ("name", &to.name),
        ("email", &to.email),
        ("phone", &to.phone),
        ("mobilePhone", &to.mobile_phone),
        ("address", &to.address),
        ("taxId", &to.tax_id),
        ("country", &Some(country.clone())),
        ("city", &to.city),
        ("zip", &to.zip),
        ("state", &to.state),
    ] {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    Ok(Value::Object(o))
}

fn price_text(cents: i64) -> String {
    cents.to_string()
}

fn priced_line(l: &LineSpec, currency: &str) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("itemId".into(), json!(l.item));
    o.insert("skuId".into(), json!(l.sku));
    o.insert("quantity".into(), json!(l.quantity));
    o.insert("currency".into(), json!(currency));
    o.insert(
        "price".into(),
        json!(price_text(l.price.expect("clap requires the price"))),
    );
    o
}

async fn estimate(ctx: &Ctx, a: FreightEstimateArgs) -> Result<()> {
    let body = json!({
        "itemId": a.item,
        "skuId": a.sku,
        "receiverAddress": receiver(&a.to)?,
        "quantity": a.quantity,
        "currency": a.currency,
        "price": price_text(a.price),
    });
    let client = ctx.client()?;
    let data = client.call(Call::new(ESTIMATE).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    print_options(ctx, &data)
}

async fn preview(ctx: &Ctx, a: FreightPreviewArgs) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p)?,
        None => json!({
            "receiverAddress": receiver(&a.to)?,
            "renderItems": a.items.iter().map(|l| Value::Object(priced_line(l, &a.currency))).collect::<Vec<_>>(),
        }),
    };
    let client = ctx.client()?;
    let data = client.call(Call::new(PREVIEW).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    print_options(ctx, &data)?;
    let render_id = pick_text(&data, &["renderId"]);
    if !render_id.is_empty() {
        ctx.printer.status(&format!(
            "Book it with: pandapon freight book --render-id {render_id} --service-id ID ... (the same --item and --to-* flags)"
        ));
    }
    Ok(())
}

const OPTION_LIST_KEYS: &[&str] = &[
    "freightInfos",
    "freightInfoList",
    "freightList",
    "logisticsServices",
    "services",
    "options",
    "solutions",
    "list",
];

/// Freight options as a table when the answer lists them; otherwise every field.
fn print_options(ctx: &Ctx, data: &Value) -> Result<()> {
    let list = match data {
        Value::Array(a) => Some(a),
        v => OPTION_LIST_KEYS
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_array)),
    };
    let Some(list) = list.filter(|l| l.iter().all(Value::is_object) && !l.is_empty()) else {
        return print_fields(ctx, data);
    };
    let render_id = pick_text(data, &["renderId"]);
    if !render_id.is_empty() {
        ctx.printer.heading(&format!("Render {render_id}"))?;
    }
    let top_currency = pick_text(data, &["currency"]);
    let mut t =
        Table::new(&["Service ID", "Company", "Category", "Freight", "Delivery"]).align_right(&[3]);
    for o in list {
        let info = o.get("freightInfo").unwrap_or(o);
        let cur = [pick_text(o, &["currency"]), top_currency.clone()]
            .into_iter()
            .find(|c| !c.is_empty())
            .unwrap_or_else(|| "CNY".into());
        let fee = pick(
            o,
            &[
                "freight",
                "freightFee",
                "fee",
                "totalFee",
                "shippingFee",
                "price",
                "amount",
            ],
        )
        .and_then(money::money_value)
        .map(|(c, own)| money(c, own.as_deref().unwrap_or(&cur)))
        .unwrap_or_default();
        t.row(vec![
            pick_text(info, &["serviceId", "id"]),
            pick_text(info, &["companyName", "name"]),
            pick_text(info, &["serviceCategory", "category"]),
            fee,
            pick_text(
                o,
                &[
                    "deliveryTime",
                    "timeliness",
                    "estimatedDays",
                    "days",
                    "deliveryDays",
                ],
            ),
        ]);
    }
    ctx.printer.table(&t)
}

fn book_body(a: &FreightBookArgs) -> Result<Value> {
    let mut freight = Map::new();
    for (k, v) in [
        ("serviceId", &a.service_id),
        ("companyName", &a.company_name),
        ("serviceCategory", &a.service_category),
    ] {
        if let Some(v) = v {
            freight.insert(k.into(), json!(v));
        }
    }
    let lines: Vec<Value> = a
        .items
        .iter()
        .map(|l| {
            let mut o = priced_line(l, &a.currency);
            if !freight.is_empty() {
                o.insert("freightInfo".into(), Value::Object(freight.clone()));
            }
            Value::Object(o)
        })
        .collect();
    let mut b = json!({
        "renderId": a.render_id,
        "receiverAddress": receiver(&a.to)?,
        "lineItems": lines,
    });
    if let Some(t) = a.tmall_order {
        b["tmallOrderInfo"] = json!({"tmallOrderId": t.to_string()});
    }
    if let Some(r) = &a.remark {
        b["remark"] = json!(r);
    }
    Ok(b)
}

async fn book(ctx: &Ctx, a: FreightBookArgs) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p)?,
        None => book_body(&a)?,
    };
    let lines = body
        .get("lineItems")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut action = format!(
        "Book international freight for render {} ({lines} line{}) to {}",
        pick_text(&body, &["renderId"]),
        if lines == 1 { "" } else { "s" },
        pick_text(&body, &["receiverAddress.country"])
    );
    // The service chosen is what the booking costs: name it in the question.
    let freight = body
        .pointer("/lineItems/0/freightInfo")
        .unwrap_or(&Value::Null);
    let service = pick_text(freight, &["serviceId"]);
    let company = pick_text(freight, &["companyName"]);
    match (service.is_empty(), company.is_empty()) {
        (false, false) => action.push_str(&format!(" by {company}, service {service}")),
        (false, true) => action.push_str(&format!(", service {service}")),
        _ => {}
    }
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(BOOK).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer.status("International logistics order created.");
    if !data.is_null() && data != Value::Bool(true) {
        print_fields(ctx, &data)?;
    }
    Ok(())
}

/// `rtsTime` is a string of Unix seconds in the documented example ("1754342534").
fn domestic_body(a: &FreightDomesticArgs) -> Value {
    let shipped = a
        .shipped_at
        .map(|ms| ms.div_euclid(1000))
        .unwrap_or_else(|| jiff::Timestamp::now().as_second());
    let infos: Vec<Value> = a
        .items
        .iter()
        .map(|l| {
            let mut o = Map::new();
            o.insert(
                "lineItem".into(),
                json!({"itemId": l.item, "skuId": l.sku, "quantity": l.quantity}),
            );
            if let Some(p) = &a.parcel {
                o.insert("logisticNumer".into(), json!(p));
            }
            o.insert(
                "domesticLogisticInfo".into(),
                json!([{
                    "logisticNumer": a.tracking,
                    "logisticCompanyName": a.company,
                    "rtsTime": shipped.to_string(),
                }]),
            );
            Value::Object(o)
        })
        .collect();
    let mut b = json!({"orderId": a.order.map(|o| o.to_string())});
    if let Some(t) = a.tmall_order {
        b["tmallOrderId"] = json!(t.to_string());
    }
    b["logisticInfos"] = json!(infos);
    b
}

async fn domestic(ctx: &Ctx, a: FreightDomesticArgs) -> Result<()> {
    let body = match &a.input {
        Some(p) => read_json_input(p)?,
        None => domestic_body(&a),
    };
    let action = match (&a.input, a.order) {
        (None, Some(o)) => format!(
            "Record order {o} as shipped in China with {} {}",
            a.company.as_deref().unwrap_or_default(),
            a.tracking.as_deref().unwrap_or_default()
        ),
        _ => format!(
            "Update the domestic logistics of order {}",
            pick_text(&body, &["orderId"])
        ),
    };
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(DOMESTIC).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer.status("Domestic logistics updated.");
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum FreightCommand {
    /// Estimate the overseas freight of one item to a destination
    Estimate(FreightEstimateArgs),
    /// Show an order's overseas freight options (the render id feeds `freight book`)
    Preview(FreightPreviewArgs),
    /// Create the international logistics order (asks first)
    Book(FreightBookArgs),
    /// Update an order's domestic (mainland) logistics information
    Domestic(FreightDomesticArgs),
}

#[derive(Args, Debug, Clone)]
pub struct FreightEstimateArgs {
    /// The item id
    #[arg(long, value_name = "ITEM_ID")]
    pub item: String,
    /// The SKU id
    #[arg(long, value_name = "SKU_ID")]
    pub sku: String,
    /// How many
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub quantity: u32,
    /// Unit price in yuan, e.g. 39.90
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub price: i64,
    /// Currency of the price
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct FreightPreviewArgs {
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with = "items")]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct FreightBookArgs {
    /// The render id from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub render_id: Option<String>,
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// The freight service id chosen from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub service_id: Option<String>,
    /// The freight company name of that service
    #[arg(long, value_name = "NAME")]
    pub company_name: Option<String>,
    /// The service category of that service
    #[arg(long, value_name = "CATEGORY")]
    pub service_category: Option<String>,
    /// The Tmall/Taobao order this shipment belongs to
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// A note for the warehouse
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "render_id"])]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["order", "input"]))]
pub struct FreightDomesticArgs {
    /// The order id
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID", requires_all = ["items", "tracking", "company"])]
    pub order: Option<u64>,
    /// The Tmall/Taobao order id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY", value_parser = parse_unpriced_line)]
    pub items: Vec<LineSpec>,
    /// The domestic tracking number
    #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
    pub tracking: Option<String>,
    /// The domestic logistics company, e.g. 顺丰
    #[arg(long, value_name = "NAME", value_parser = parse_text)]
    pub company: Option<String>,
    /// When it was handed over (rtsTime) [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub shipped_at: Option<i64>,
    /// The parcel's number on the line (logisticNumer), when it has one
    #[arg(long, value_name = "NUMBER")]
    pub parcel: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["order", "items", "tracking", "company"])]
    pub input: Option<String>,
}

/// The overseas destination (ReceiverAddressTO).
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Destination")]
pub struct ReceiverArgs {
    /// Country code, e.g. US
    #[arg(long = "to-country", value_name = "CODE", value_parser = parse_country_code)]
    pub country: Option<String>,
    /// State or province, e.g. California
    #[arg(long = "to-state", value_name = "STATE")]
    pub state: Option<String>,
    /// City
    #[arg(long = "to-city", value_name = "CITY")]
    pub city: Option<String>,
    /// Postal code
    #[arg(long = "to-zip", value_name = "ZIP")]
    pub zip: Option<String>,
    /// Street address
    #[arg(long = "to-address", value_name = "STREET")]
    pub address: Option<String>,
    /// Recipient's name
    #[arg(long = "to-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Recipient's phone
    #[arg(long = "to-phone", value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Recipient's mobile phone
    #[arg(long = "to-mobile", value_name = "PHONE", value_parser = parse_phone)]
    pub mobile_phone: Option<String>,
    /// Recipient's email
    #[arg(long = "to-email", value_name = "EMAIL")]
    pub email: Option<String>,
    /// Recipient's tax id
    #[arg(long = "to-tax-id", value_name = "ID")]
    pub tax_id: Option<String>,
}
