//! `pandapon order ...`: Taobao orders.
//!
//! Only the v1 create, render, IM-link and pre-warehouse bodies are documented
//! (docs/api.md#taobao-orders); every other body here follows the nearest documented analogue,
//! noted where it is built. Order ids are sent as strings, as the one documented Taobao order id field
//! (`updateWarehouse.orderId string`) has them, so 19-digit ids never pass through a number type
//! that could round them.

use crate::cli::args::{AddressArgs, Paging};
use crate::cli::parse::{LineSpec, parse_id, parse_line, parse_since, parse_until, parse_yuan};
use clap::{Args, Subcommand};

use serde_json::{Map, Value, json};

use super::batch::{self, Item, Tally};
use super::cart::{print_preview, report_created};
use super::shipping::{ask_address, given_address};
use super::{
    Ctx, check_period, fetch_page, gate, next_page_hint, none_found, past_the_end, print_fields,
    read_json_input, unexpected, unique_ids, walk_pages, will_ask,
};
use crate::api::types::{Order, Page, Preview, pick, pick_text};
use crate::api::{Call, Client};
use crate::config::Address;
use crate::domain::status::{self, OrderState};
use crate::domain::{money, value};
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::{self, money};
use crate::prompt;

const LIST: &str = "taobao.order.list";
const GET: &str = "taobao.order.get";
const CREATE: &str = "taobao.order.create";
const RENDER: &str = "taobao.order.render";
const CANCEL: &str = "taobao.order.cancel";
const PAY: &str = "taobao.order.pay";
const LOGISTICS: &str = "taobao.order.logistics";
const IM_LINK: &str = "taobao.order.im_link";
const WAREHOUSE: &str = "taobao.order.update_warehouse";

/// `--all` asks for pages this large: the most the order list allows (pageSize 1..=100 in
/// the sandbox), so a walk takes as few requests as it can.
const WALK_PAGE_SIZE: u32 = 100;

pub async fn run(cmd: OrderCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        OrderCommand::List(a) => list(ctx, a).await,
        OrderCommand::Show { order_ids } => show(ctx, &unique_ids(ctx, order_ids)).await,
        OrderCommand::Logistics { order_id } => logistics(ctx, order_id).await,
        OrderCommand::ImLink { order_id } => im_link(ctx, order_id).await,
        OrderCommand::Warehouse {
            order_id,
            name,
            address,
        } => warehouse(ctx, order_id, name, address).await,
        OrderCommand::Create(a) => create(ctx, a).await,
        OrderCommand::Render(a) => render(ctx, a).await,
        OrderCommand::Pay { order_ids } => pay(ctx, &unique_ids(ctx, order_ids)).await,
        OrderCommand::Cancel { order_ids, reason } => {
            cancel(ctx, &unique_ids(ctx, order_ids), reason).await
        }
    }
}

/// The paging query is undocumented for Taobao; its fields follow the documented Taobao
/// refund list (`pageNo`, `pageSize`, `refundStatus`, `refundStartTime`, `refundEndTime` in
/// ms), renamed for orders: `orderStatus`, `orderStartTime`, `orderEndTime`.
fn list_body(a: &OrderListArgs, page_no: u32, size: u32) -> Value {
    let mut b = json!({"pageNo": page_no, "pageSize": size});
    if let Some(s) = &a.status {
        b["orderStatus"] = json!(s);
    }
    if let Some(t) = a.since {
        b["orderStartTime"] = json!(t);
    }
    if let Some(t) = a.until {
        b["orderEndTime"] = json!(t);
    }
    b
}

async fn list(ctx: &Ctx, a: OrderListArgs) -> Result<()> {
    check_period(a.since, a.until, "order")?;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let what = "a list of orders";
    let terminal = out.stdout_terminal;
    if a.paging.all {
        let size = WALK_PAGE_SIZE;
        let fetch = |n| fetch_page(&client, Call::new(LIST).body(list_body(&a, n, size)), what);
        // Each page becomes JSON text or table rows as it comes in, so ten thousand orders
        // are never all held as parsed JSON at once.
        if out.json {
            let mut array = out.json_array();
            walk_pages(&client, size, fetch, |p: Page| {
                p.elements.iter().try_for_each(|e| array.push(e))?;
                if let Some(total) = p.total_pages {
                    // After the first page: room for all of them, rather than growing by
                    // doubling (and copying) megabytes.
                    array.expect_pages(total);
                }
                Ok(())
            })
            .await?;
            return out.print_json_array(array);
        }
        let mut t = orders_table();
        walk_pages(&client, size, fetch, |p: Page| {
            add_orders(&mut t, &p.elements, terminal)
        })
        .await?;
        return print_orders(ctx, &t, &a);
    }
    let call = Call::new(LIST).body(list_body(&a, a.paging.page, a.paging.page_size));
    if out.json {
        return out.json(&client.call(call).await?);
    }
    let p = fetch_page(&client, call, what).await?;
    if p.elements.is_empty()
        && past_the_end(ctx, p.total_pages, p.total_records, a.paging.page, "orders")
    {
        return Ok(());
    }
    let mut t = orders_table();
    add_orders(&mut t, &p.elements, terminal)?;
    print_orders(ctx, &t, &a)?;
    next_page_hint(ctx, &p, a.paging.page, "orders");
    Ok(())
}

fn total_text(o: &Order) -> String {
    o.total
        .as_ref()
        .map(|(c, cur)| money(*c, cur))
        .unwrap_or_default()
}

fn orders_table() -> Table {
    Table::new(&["ID", "Status", "Items", "Total", "Created"]).align_right(&[3])
}

/// One row per order; a malformed order fails the command before the table is printed.
/// `data[i]` counts across the pages of a walk.
fn add_orders(t: &mut Table, elements: &[Value], terminal: bool) -> Result<()> {
    let first = t.len();
    for (i, v) in elements.iter().enumerate() {
        let o =
            Order::list_row_from_value(v, &format!("data[{}]", first + i)).map_err(unexpected)?;
        t.row(vec![
            o.id.clone(),
            o.status.clone(),
            o.items_summary(),
            total_text(&o),
            format::time(&o.created, terminal),
        ]);
    }
    Ok(())
}

fn print_orders(ctx: &Ctx, t: &Table, a: &OrderListArgs) -> Result<()> {
    if t.is_empty() {
        let time = |t: Option<i64>| t.map(|ms| format::time(&json!(ms), false));
        ctx.printer.status(&none_found(
            "orders",
            &[
                ("--status", a.status.clone()),
                ("--since", time(a.since)),
                ("--until", time(a.until)),
            ],
        ));
        // A word the tables show (PAID, closed) is not what the API filters on: name the
        // statuses it does.
        if let Some(st) = &a.status
            && !status::TAOBAO_ORDER_STATUSES.contains(&st.trim().to_ascii_uppercase().as_str())
        {
            ctx.printer.status(&format!(
                "\"{st}\" is not one of Taobao's order statuses, which are {} (the API may name others).",
                status::TAOBAO_ORDER_STATUSES.join(", ")
            ));
        }
        return Ok(());
    }
    ctx.printer.table(t)
}

/// The newest orders (the list's first page, as `order list` asks for it), for a person to
/// pick one from.
pub(crate) async fn recent_orders(client: &Client<'_>) -> Result<Vec<Order>> {
    let call = Call::new(LIST).body(json!({"pageNo": 1, "pageSize": 20}));
    let p = fetch_page(client, call, "a list of orders").await?;
    p.elements
        .iter()
        .enumerate()
        .map(|(i, v)| Order::list_row_from_value(v, &format!("data[{i}]")).map_err(unexpected))
        .collect()
}

pub(crate) fn detail_call(id: u64) -> Call {
    Call::new(GET).query("orderId", id)
}

async fn show(ctx: &Ctx, ids: &[u64]) -> Result<()> {
    let client = ctx.client()?;
    let out = &ctx.printer;
    let json = out.json;
    let mut tally = Tally::new("order", ids.len());
    let mut entries = Vec::new();
    let mut first = true;
    batch::run(
        ctx,
        ids,
        |id| {
            let client = &client;
            async move {
                let data = client.call(detail_call(id)).await?;
                if json {
                    return Ok((data, None));
                }
                let order = Order::from_value(&data, "data").map_err(unexpected)?;
                // The detail's own logistics fields when it has them; else ask, unless there
                // can be nothing to track. A failure there does not spoil the detail.
                let tracking = if order.logistics.is_empty()
                    && !order.state.is_some_and(OrderState::nothing_paid)
                {
                    Some(
                        client
                            .call(Call::new(LOGISTICS).query("orderId", id))
                            .await
                            .map(|d| tracking_summary(&d)),
                    )
                } else {
                    None
                };
                Ok((data, Some((order, tracking))))
            }
        },
        |id, r| {
            match tally.take(ctx, id, r)? {
                Item::Done((data, view)) => {
                    if json {
                        entries.push(batch::json_done(id, data));
                    } else if let Some((order, tracking)) = view {
                        if !first {
                            out.line("")?;
                        }
                        first = false;
                        print_order(ctx, &order, tracking)?;
                    }
                }
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    tally.print_json(ctx, &entries)?;
    tally.finish()
}

fn print_order(ctx: &Ctx, o: &Order, tracking: Option<Result<String>>) -> Result<()> {
    let out = &ctx.printer;
    let terminal = out.stdout_terminal;
    let mut head = vec![format!("Order {}", o.id)];
    if !o.status.is_empty() {
        head.push(o.status.clone());
    }
    if o.total.is_some() {
        head.push(total_text(o));
    }
    let created = format::time(&o.created, terminal);
    if !created.is_empty() {
        head.push(format!("created {created}"));
    }
    out.heading(&head.join(" · "))?;
    if !o.lines.is_empty() {
        let cur = o.currency();
        let m = |c: Option<i64>| c.map(|c| money(c, cur)).unwrap_or_default();
        let mut t = Table::new(&[
            "Line",
            "Title",
            "Properties",
            "Qty",
            "Price",
            "Subtotal",
            "Status",
        ])
        .align_right(&[3, 4, 5]);
        for l in &o.lines {
            t.row(vec![
                l.id.clone(),
                if l.title.is_empty() {
                    format!("item {} sku {}", l.item_id, l.sku_id)
                } else {
                    l.title.clone()
                },
                l.properties.clone(),
                l.quantity.map(|q| q.to_string()).unwrap_or_default(),
                m(l.price),
                m(l.total),
                l.status.clone(),
            ]);
        }
        out.table(&t)?;
    }
    let mut facts = Vec::new();
    if let Some((c, own)) = &o.extra.shipping {
        let cur = own.as_deref().unwrap_or(o.currency());
        facts.push(format!("Shipping {}", money(*c, cur)));
    }
    let paid = format::time(&o.extra.paid, terminal);
    if !paid.is_empty() {
        facts.push(format!("paid {paid}"));
    }
    if !facts.is_empty() {
        out.line(&facts.join(" · "))?;
    }
    if !o.extra.ship_to.is_empty() {
        out.line(&format!("Ship to: {}", o.extra.ship_to))?;
    }
    if !o.extra.warehouse.is_empty() {
        out.line(&format!("Warehouse: {}", o.extra.warehouse))?;
    }
    let logistics = match tracking {
        _ if !o.logistics.is_empty() => o.logistics.clone(),
        Some(Ok(s)) if !s.is_empty() => s,
        Some(Ok(_)) => "no tracking yet".into(),
        Some(Err(e)) => format!("not available ({e})"),
        None => "nothing shipped yet".into(),
    };
    out.line(&format!("Logistics: {logistics}"))
}

const EVENT_LIST_KEYS: &[&str] = &[
    "traces",
    "traceList",
    "logisticsTrace",
    "logisticsDetails",
    "details",
    "trackInfo",
    "trackingList",
    "nodes",
    "events",
];
const EVENT_TIME_KEYS: &[&str] = &[
    "time",
    "acceptTime",
    "eventTime",
    "operateTime",
    "gmtCreate",
];
const EVENT_TEXT_KEYS: &[&str] = &[
    "desc",
    "description",
    "context",
    "acceptStation",
    "remark",
    "standerdDesc",
    "action",
];

/// The logistics response is undocumented; these are the names Taobao's logistics APIs use.
fn packages(data: &Value) -> Vec<&Value> {
    match data {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        v => vec![v],
    }
}

fn events(pkg: &Value) -> Option<&Vec<Value>> {
    EVENT_LIST_KEYS
        .iter()
        .find_map(|k| pkg.get(*k).and_then(Value::as_array))
}

/// "顺丰 SF1234 · 已签收 (2026-05-20 15:40:00)": company, number, and the latest event.
fn tracking_summary(data: &Value) -> String {
    packages(data)
        .iter()
        .map(|p| {
            let mut s = [
                pick_text(
                    p,
                    &[
                        "logisticsCompanyName",
                        "companyName",
                        "logistic_company_name",
                        "cpName",
                    ],
                ),
                pick_text(
                    p,
                    &[
                        "logisticsNo",
                        "mailNo",
                        "trackingNumber",
                        "logistic_number",
                        "logisticNumer",
                    ],
                ),
            ]
            .join(" ")
            .trim()
            .to_string();
            if let Some(last) = events(p).and_then(|e| latest(e)) {
                s = format!("{s} · {}", event_text(last, false))
                    .trim_start_matches(" · ")
                    .to_string();
            }
            s
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The newest event, whichever end of the list it is at.
fn latest(events: &[Value]) -> Option<&Value> {
    let t = |v: &Value| pick(v, EVENT_TIME_KEYS).and_then(value::parse_time);
    match (events.first(), events.last()) {
        (Some(a), Some(b)) => match (t(a), t(b)) {
            (Some(ta), Some(tb)) if ta > tb => Some(a),
            _ => Some(b),
        },
        _ => None,
    }
}

fn event_text(e: &Value, terminal: bool) -> String {
    let what = pick_text(e, EVENT_TEXT_KEYS);
    match pick(e, EVENT_TIME_KEYS) {
        Some(t) => format!("{what} ({})", format::time(t, terminal)),
        None => what,
    }
}

async fn logistics(ctx: &Ctx, id: u64) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(LOGISTICS).query("orderId", id))
        .await?;
    let out = &ctx.printer;
    if out.json {
        return out.json(&data);
    }
    let pkgs = packages(&data);
    if pkgs.is_empty() {
        out.status(&format!("No logistics information for order {id} yet."));
        return Ok(());
    }
    let terminal = out.stdout_terminal;
    for (n, p) in pkgs.iter().enumerate() {
        if n > 0 {
            out.line("")?;
        }
        let Some(evs) = events(p) else {
            // Not a shape we know: every field, so nothing is hidden.
            print_fields(ctx, p)?;
            continue;
        };
        let head = tracking_summary(&json!([{
            "companyName": pick_text(p, &["logisticsCompanyName", "companyName", "logistic_company_name", "cpName"]),
            "mailNo": pick_text(p, &["logisticsNo", "mailNo", "trackingNumber", "logistic_number", "logisticNumer"]),
        }]));
        out.heading(&if head.is_empty() {
            format!("Order {id}")
        } else {
            format!("Order {id} · {head}")
        })?;
        let mut t = Table::new(&["Time", "Event"]);
        for e in evs {
            t.row(vec![
                pick(e, EVENT_TIME_KEYS)
                    .map(|v| format::time(v, terminal))
                    .unwrap_or_default(),
                pick_text(e, EVENT_TEXT_KEYS),
            ]);
        }
        out.table(&t)?;
    }
    Ok(())
}

/// The IM link body follows the page's example `{"sourceType":"item","bizId":"..."}`, not its
/// schema (`loginName`, `password`, ...), which contradicts the example (docs/api.md#taobao-order-im-link).
async fn im_link(ctx: &Ctx, id: u64) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(IM_LINK).body(json!({"sourceType": "order", "bizId": id.to_string()})))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    let url = match &data {
        Value::String(s) => s.clone(),
        other => pick_text(other, &["url", "link", "imUrl"]),
    };
    if url.is_empty() {
        return Err(unexpected(format!(
            "unexpected response: data should be the chat URL, got {}",
            crate::api::envelope::snippet(&data.to_string())
        )));
    }
    ctx.printer.line(&url)
}

async fn warehouse(ctx: &Ctx, id: u64, name: String, address: String) -> Result<()> {
    let action = format!("Change the pre-warehouse of order {id} to {name} ({address})");
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client
        .call(Call::new(WAREHOUSE).body(json!({
            "warehouseAddress": address,
            "warehouseName": name,
            "orderId": id.to_string(),
        })))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer
        .status(&format!("Order {id} now goes to the pre-warehouse {name}."));
    Ok(())
}

/// The given address (see `given_address`), with what it lacks asked for on a terminal.
async fn completed_address(ctx: &Ctx, address: Address) -> Result<Address> {
    if address.missing_required().is_empty() {
        return Ok(address);
    }
    ask_address(&ctx.client()?, address).await
}

/// v1 create and render send the lines and the receiver as JSON *strings* (docs/api.md#taobao-order-create);
/// v2 is undocumented, so the documented v1 body is kept. Ids and quantities are strings as
/// in the create example; a price given as ITEM:SKU:QTY:PRICE goes in cents with CNY.
fn order_lines(lines: &[LineSpec]) -> String {
    let list: Vec<Value> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut o = Map::new();
            o.insert("itemId".into(), json!(l.item));
            o.insert("orderLineNo".into(), json!((i + 1).to_string()));
            o.insert("quantity".into(), json!(l.quantity.to_string()));
            if let Some(p) = l.price {
                o.insert("price".into(), json!(p.to_string()));
                o.insert("currency".into(), json!("CNY"));
            }
            o.insert("skuId".into(), json!(l.sku));
            Value::Object(o)
        })
        .collect();
    Value::Array(list).to_string()
}

fn receiver(a: &Address) -> String {
    serde_json::to_value(a)
        .expect("an address always encodes")
        .to_string()
}

fn render_body(lines: &[LineSpec], address: &Address) -> Value {
    json!({"orderLineList": order_lines(lines), "receiver": receiver(address)})
}

fn create_body(a: &DirectOrderArgs, address: &Address) -> Value {
    let mut b = render_body(&a.items, address);
    if let Some(s) = &a.source {
        b["orderSource"] = json!(s);
    }
    if let Some(c) = a.budget {
        b["purchaseAmount"] = json!(c);
    }
    if let Some(n) = &a.seller_order {
        b["sellerOrderNumber"] = json!(n);
    }
    b
}

/// The render takes the create body's lines and receiver only.
fn render_part(create: &Value) -> Value {
    let mut b = json!({});
    for k in ["orderLineList", "receiver"] {
        if let Some(v) = create.get(k) {
            b[k] = v.clone();
        }
    }
    b
}

/// The v1 render response is not in the available material: the cart preview's per-shop
/// shape when it has that, else every field.
fn print_render(ctx: &Ctx, data: &Value) -> Result<()> {
    if data.get("confirmOrders").is_some() {
        print_preview(ctx, data)
    } else {
        print_fields(ctx, data)
    }
}

fn render_total(data: &Value) -> Option<String> {
    if data.get("confirmOrders").is_some() {
        return Preview::from_data(data)
            .ok()?
            .total()
            .map(|(c, cur, _)| money(c, &cur));
    }
    let (c, cur) = money::money_value(pick(
        data,
        &[
            "totalRealPayPrice",
            "totalAmount",
            "totalPrice",
            "payAmount",
        ],
    )?)?;
    Some(money(c, cur.as_deref().unwrap_or("CNY")))
}

async fn render(ctx: &Ctx, a: DirectOrderArgs) -> Result<()> {
    let body = match &a.input {
        Some(path) => render_part(&read_json_input(path)?),
        None => {
            let address = completed_address(ctx, given_address(ctx, &a.address)?).await?;
            render_body(&a.items, &address)
        }
    };
    let client = ctx.client()?;
    let data = client.call(Call::new(RENDER).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    print_render(ctx, &data)
}

async fn create(ctx: &Ctx, a: DirectOrderArgs) -> Result<()> {
    // Bad input before the confirmation gate, so that one run names every problem (as cart
    // create does); the address prompts, on a terminal only, after it.
    let input = a.input.as_deref().map(read_json_input).transpose()?;
    let given = match input {
        Some(_) => None,
        None => Some(given_address(ctx, &a.address)?),
    };
    gate(ctx, "Creating an order moves money")?;
    let (body, ship_to) = match (input, given) {
        (Some(body), _) => (body, None),
        (None, given) => {
            let address = completed_address(ctx, given.unwrap_or_default()).await?;
            (create_body(&a, &address), Some(address.one_line()))
        }
    };
    let client = ctx.client()?;
    if will_ask(ctx) {
        let data = client
            .call(Call::new(RENDER).body(render_part(&body)))
            .await?;
        print_render(ctx, &data)?;
        if let Some(to) = &ship_to {
            ctx.printer.status(&format!("Ship to: {to}"));
        }
        let total = render_total(&data)
            .map(|t| format!(" for {t}"))
            .unwrap_or_default();
        prompt::confirm_write(&ctx.settings, &format!("Create the order{total}")).await?;
    }
    let data = client.call(Call::new(CREATE).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    report_created(ctx, &data);
    Ok(())
}

/// Whether a pay or cancel can act on an order in this state. A status pandapon does not
/// know is left for the API to judge.
fn actionable(state: Option<OrderState>) -> bool {
    state.is_none_or(|s| s == OrderState::AwaitingPayment)
}

/// On a terminal, before a batch write: the orders as they stand, the sum of the totals of
/// those it can act on, and the ones it cannot (with why), which are left out of the batch.
async fn show_before_asking(
    ctx: &Ctx,
    client: &Client<'_>,
    ids: &[u64],
) -> Result<(String, Vec<(u64, String, u8)>)> {
    let mut t = Table::new(&["ID", "Status", "Items", "Total"]).align_right(&[3]);
    let mut sums: Vec<(String, i64)> = Vec::new();
    let mut left_out: Vec<(u64, String, u8)> = Vec::new();
    batch::run(
        ctx,
        ids,
        |id| client.call(detail_call(id)),
        |id, r| {
            let row = match r.and_then(|d| Order::from_value(&d, "data").map_err(unexpected)) {
                Ok(o) => {
                    if !actionable(o.state) {
                        // What the API answers for an order in the wrong state: an error code.
                        left_out.push((id, format!("it is {}, not awaiting payment", o.status), 1));
                    } else if let Some((c, cur)) = &o.total {
                        match sums.iter_mut().find(|(k, _)| k == cur) {
                            Some((_, s)) => *s += c,
                            None => sums.push((cur.clone(), *c)),
                        }
                    }
                    vec![
                        id.to_string(),
                        o.status.clone(),
                        o.items_summary(),
                        total_text(&o),
                    ]
                }
                Err(e @ (Error::Interrupted | Error::BrokenPipe)) => return Err(e),
                Err(e) => {
                    left_out.push((id, format!("it could not be loaded ({e})"), e.exit_code()));
                    vec![
                        id.to_string(),
                        format!("(could not load: {e})"),
                        String::new(),
                        String::new(),
                    ]
                }
            };
            t.row(row);
            Ok(())
        },
    )
    .await?;
    ctx.printer.table(&t)?;
    let total = sums
        .iter()
        .map(|(cur, c)| money(*c, cur))
        .collect::<Vec<_>>()
        .join(" + ");
    Ok((total, left_out))
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Skipped entries are made before the others are sent: the array is put back in the order
/// the ids were given.
fn in_given_order(entries: &mut [Value], given: &[u64]) {
    entries.sort_by_key(|e| {
        given
            .iter()
            .position(|id| e["id"].as_str() == Some(id.to_string().as_str()))
    });
}

/// Pay and cancel: one confirmation for the batch, then every id with bounded concurrency.
async fn batch_write(
    ctx: &Ctx,
    ids: &[u64],
    verb: &str,
    op: &'static str,
    body: impl Fn(u64) -> Value,
    done: impl Fn(u64, &Value) -> String,
) -> Result<()> {
    let mut v = verb.chars();
    let verb_cap: String = v
        .next()
        .map(|c| c.to_uppercase().chain(v).collect())
        .unwrap_or_default();
    gate(ctx, &format!("{verb_cap} {}", plural(ids.len(), "order")))?;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let mut tally = Tally::new("order", ids.len());
    let mut entries = Vec::new();
    let given = ids;
    let mut ids = ids.to_vec();
    if will_ask(ctx) {
        let (total, left_out) = show_before_asking(ctx, &client, &ids).await?;
        // Only what can be acted on is asked about and sent; the rest is reported as not sent.
        for (id, why, exit) in left_out {
            ids.retain(|i| *i != id);
            let e = Error::NotSent {
                why: format!("skipped: {why}; nothing was sent for it"),
                exit,
            };
            if let Item::Failed(entry) = tally.take(ctx, id, Err::<Value, _>(e))? {
                entries.push(entry);
            }
        }
        if ids.is_empty() {
            in_given_order(&mut entries, given);
            tally.print_json(ctx, &entries)?;
            return tally.finish();
        }
        let total = if total.is_empty() {
            String::new()
        } else {
            format!(" (total {total})")
        };
        let what = plural(ids.len(), "order");
        prompt::confirm_write(&ctx.settings, &format!("{verb_cap} {what}{total}")).await?;
    }
    batch::run(
        ctx,
        &ids,
        |id| client.call(Call::new(op).body(body(id))),
        |id, r| {
            match tally.take(ctx, id, r)? {
                Item::Done(data) => {
                    if !out.json {
                        out.status(&done(id, &data));
                    }
                    entries.push(batch::json_done(id, data));
                }
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    in_given_order(&mut entries, given);
    tally.print_json(ctx, &entries)?;
    tally.finish()
}

/// The pay body is undocumented: `{orderId}`, as the documented 1688 pay takes the order id
/// alone (there as a query parameter of a GET; the Taobao sidebar says POST).
async fn pay(ctx: &Ctx, ids: &[u64]) -> Result<()> {
    batch_write(
        ctx,
        ids,
        "pay",
        PAY,
        |id| json!({"orderId": id.to_string()}),
        |id, data| {
            // The 1688 analogue answers {payUrl, protocolPaySuccess}: a URL means the payment
            // is to be finished there.
            let url = pick_text(data, &["payUrl", "url"]);
            let paid = data
                .get("protocolPaySuccess")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            if !url.is_empty() && !paid {
                format!("Order {id}: finish the payment at {url}")
            } else if data == &Value::Bool(false) {
                format!(
                    "Order {id}: the API answered false; check it with `pandapon order show {id}`"
                )
            } else {
                format!("Order {id}: paid.")
            }
        },
    )
    .await
}

/// The cancel body follows the documented 1688 cancel (`orderId`, `cancelReason`), without
/// its 1688-only `webSite`.
async fn cancel(ctx: &Ctx, ids: &[u64], reason: Option<String>) -> Result<()> {
    batch_write(
        ctx,
        ids,
        "cancel",
        CANCEL,
        |id| {
            let mut b = json!({"orderId": id.to_string()});
            if let Some(r) = &reason {
                b["cancelReason"] = json!(r);
            }
            b
        },
        |id, data| {
            if data == &Value::Bool(false) {
                format!(
                    "Order {id}: the API answered false; check it with `pandapon order show {id}`"
                )
            } else {
                format!("Order {id}: cancelled.")
            }
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_receiver_are_json_strings() {
        let lines = vec![
            LineSpec {
                item: "600126245031041190".into(),
                sku: "5016042822039".into(),
                quantity: 200,
                price: Some(1),
            },
            LineSpec {
                item: "x".into(),
                sku: "y".into(),
                quantity: 1,
                price: None,
            },
        ];
        let a = Address {
            name: Some("a测试aa".into()),
            mobile_phone: Some("15068763421".into()),
            ..Default::default()
        };
        let b = render_body(&lines, &a);
        assert_eq!(
            b["orderLineList"],
            r#"[{"itemId":"600126245031041190","orderLineNo":"1","quantity":"200","price":"1","currency":"CNY","skuId":"5016042822039"},{"itemId":"x","orderLineNo":"2","quantity":"1","skuId":"y"}]"#
        );
        assert_eq!(
            b["receiver"],
            r#"{"name":"a测试aa","mobile_phone":"15068763421"}"#
        );
    }

    #[test]
    fn tracking_reads_the_newest_event() {
        let d = json!({"logisticsCompanyName": "顺丰", "mailNo": "SF1", "traces": [
            {"time": "2026-05-21 10:00:00", "desc": "已签收"},
            {"time": "2026-05-20 10:00:00", "desc": "已揽件"}
        ]});
        let s = tracking_summary(&d);
        assert!(s.starts_with("顺丰 SF1 · 已签收 ("), "{s}");
        assert_eq!(tracking_summary(&json!([])), "");
    }
}

#[derive(Subcommand, Debug)]
pub enum OrderCommand {
    /// List orders, newest first as the API sends them
    List(OrderListArgs),
    /// Show orders: status, lines, amounts and a logistics summary
    Show {
        /// Order ids (several are fetched in parallel, see --concurrency)
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
    },
    /// Show an order's logistics details
    Logistics {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
    },
    /// Print the URL of the seller chat for an order
    ImLink {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
    },
    /// Change an order's pre-warehouse (前置仓) name and address
    Warehouse {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
        /// Warehouse name
        #[arg(long)]
        name: String,
        /// Warehouse address
        #[arg(long)]
        address: String,
    },
    /// Create an order directly (not from the cart); shows the cost and asks first
    Create(DirectOrderArgs),
    /// Show what a direct order would cost, without creating it
    Render(DirectOrderArgs),
    /// Pay orders (asks once for the whole batch)
    Pay {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
    },
    /// Cancel unpaid orders (asks once for the whole batch)
    Cancel {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
        /// Why, as sent to the API's cancelReason
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct OrderListArgs {
    /// Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS,
    /// WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED
    #[arg(long)]
    pub status: Option<String>,
    /// Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Created at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct DirectOrderArgs {
    /// An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable).
    /// A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with
    /// (the documented orderLineList `price`); leave it out to take the shop's price
    #[arg(long = "item", value_name = "ITEM:SKU:QTY[:PRICE]", value_parser = parse_line)]
    pub items: Vec<LineSpec>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "budget", "source", "seller_order"])]
    pub input: Option<String>,
    /// Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub budget: Option<i64>,
    /// The buyer's platform (orderSource), e.g. lazada
    #[arg(long, value_name = "PLATFORM")]
    pub source: Option<String>,
    /// The order number on the buyer's platform (sellerOrderNumber)
    #[arg(long, value_name = "NUMBER")]
    pub seller_order: Option<String>,
    #[command(flatten)]
    pub address: AddressArgs,
}
