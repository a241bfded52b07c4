//! `pandapon freight ...`: the warehouse-logistics group (仓库物流, docs/api.md#warehouse-logistics).
//!
//! All four bodies are documented (estimate and preview for v2, booking and domestic update
//! for v1); their responses are not, so results are read leniently and anything unrecognised
//! is shown field by field. These routes also carry `?timestamp=&sign=` (the catalogue's
//! `query_signed`). Prices are the documented *strings*; the unit is not stated, so they carry
//! integer cents like every other documented price (`--price 39.90` sends "3990").

use serde_json::{Map, Value, json};

use super::{Ctx, gate, print_fields, read_json_input};
use crate::api::Call;
use crate::api::types::{pick, pick_text};
use crate::cli::{
    FreightBookArgs, FreightCommand, FreightDomesticArgs, FreightEstimateArgs, FreightPreviewArgs,
    LineSpec, ReceiverArgs,
};
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
