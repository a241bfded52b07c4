//! `pandapon address set`: add an address, or update one with `--id`
//! (docs/api.md#address-upsert).

use serde_json::{Map, Value, json};

use super::{UPSERT, fetch};
use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::{parse_id, parse_phone};
use crate::commands::{Ctx, print_fields};
use crate::domain::value;
use crate::error::{Error, Result};
use crate::output::{Printer, View};
use crate::prompt;

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon address set --name 李四 --phone 13900000000 --province 广东省 --city 深圳市 --address '南山区科技园 1 号'",
    "pandapon address set --id 1 --city 宁波市",
]))]
pub struct Args {
    /// Update this address instead of adding one
    #[arg(long, value_parser = parse_id)]
    pub id: Option<u64>,
    /// Recipient's name
    #[arg(long)]
    pub name: Option<String>,
    /// Recipient's mobile phone
    #[arg(long, value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Province
    #[arg(long)]
    pub province: Option<String>,
    /// City
    #[arg(long)]
    pub city: Option<String>,
    /// District
    #[arg(long)]
    pub district: Option<String>,
    /// Street address
    #[arg(long)]
    pub address: Option<String>,
}

/// The documented fields, in the documented order, with their flags.
const FIELDS: [(&str, &str); 6] = [
    ("name", "--name"),
    ("province", "--province"),
    ("city", "--city"),
    ("district", "--district"),
    ("address", "--address"),
    ("phone", "--phone"),
];

fn given(a: &Args) -> [(&'static str, Option<&String>); 6] {
    [
        ("name", a.name.as_ref()),
        ("province", a.province.as_ref()),
        ("city", a.city.as_ref()),
        ("district", a.district.as_ref()),
        ("address", a.address.as_ref()),
        ("phone", a.phone.as_ref()),
    ]
}

fn one_line(body: &Map<String, Value>) -> String {
    value::join_nonempty(
        FIELDS
            .iter()
            .filter_map(|(k, _)| body.get(*k).and_then(Value::as_str)),
    )
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let s = &ctx.settings;
    let fields = given(&a);
    let all_given = fields.iter().all(|(_, v)| v.is_some());
    let mut body = Map::new();
    if let Some(id) = a.id {
        body.insert("id".into(), json!(id));
    }

    // An update sends the whole record, so that fields not given keep their values rather than
    // being blanked: the stored address is read first, unless every field is given.
    let needs_current = a.id.is_some() && !all_given;
    if needs_current && fields.iter().all(|(_, v)| v.is_none()) {
        return Err(Error::usage(
            "nothing to change: give at least one of --name, --phone, --province, --city, --district, --address",
        ));
    }
    if a.id.is_none() {
        let missing: Vec<&str> = ["name", "phone", "address"]
            .into_iter()
            .filter(|k| {
                fields
                    .iter()
                    .any(|(f, v)| f == k && v.is_none_or(|v| v.trim().is_empty()))
            })
            .collect();
        // Off a terminal, or in a dry run (which asks nothing), the fields must all be given.
        if !missing.is_empty() && !s.may_prompt() {
            let flags: Vec<String> = missing.iter().map(|m| format!("--{m}")).collect();
            return Err(Error::usage(format!(
                "a new address needs {}",
                flags.join(", ")
            )));
        }
    }
    s.gate(&match a.id {
        Some(id) => format!("changing stored address {id}"),
        None => "adding a stored address".to_string(),
    })?;
    let client = ctx.client()?;

    if let (Some(id), true) = (a.id, needs_current) {
        if s.dry_run {
            ctx.printer.status(
                "dry run: the stored address is not read, so only the fields given are shown",
            );
        } else {
            // The read's own exit code stands (4 for credentials, 5 for the network); the
            // message says what it was for and how to do without it.
            let without = "give every field (--name --phone --province --city --district --address) \
                           to replace it without reading it";
            let (_, elements) = fetch(&client).await.map_err(|e| match e {
                Error::Api {
                    code,
                    msg,
                    request_id,
                    ..
                } => Error::Api {
                    code,
                    msg: format!("cannot read stored address {id} to keep the fields not given: {msg}"),
                    request_id,
                    hint: Some(without.to_string()),
                },
                Error::Network { msg, write } => Error::Network {
                    msg: format!("cannot read stored address {id} to keep the fields not given: {msg}; {without}"),
                    write,
                },
                other => other,
            })?;
            let current = elements
                .iter()
                .find(|e| pick_text(e, &["id", "addressId"]) == id.to_string())
                .ok_or_else(|| {
                    Error::usage(format!(
                        "there is no stored address {id}; `pandapon address list` shows the ids"
                    ))
                })?;
            for (k, _) in FIELDS {
                let v = pick_text(current, &[k]);
                if !v.is_empty() {
                    body.insert(k.into(), json!(v));
                }
            }
        }
    }
    for (k, v) in fields {
        if let Some(v) = v {
            body.insert(k.into(), json!(v));
        }
    }
    if a.id.is_none() && s.may_prompt() {
        for (k, label, required) in [
            ("name", "Recipient name", true),
            ("phone", "Mobile phone", true),
            ("province", "Province", false),
            ("city", "City", false),
            ("district", "District", false),
            ("address", "Street address", true),
        ] {
            if body
                .get(k)
                .and_then(Value::as_str)
                .is_some_and(|v| !v.trim().is_empty())
            {
                continue;
            }
            // The phone is checked as --phone is.
            let check: fn(&str) -> std::result::Result<String, String> = match k {
                "phone" => parse_phone,
                _ => |s| Ok(s.to_string()),
            };
            let v = prompt::input_checked(label.to_string(), required, check).await?;
            if !v.is_empty() {
                body.insert(k.into(), json!(v));
            }
        }
    }
    // Keep the documented order: id, name, province, city, district, address, phone.
    let mut ordered = Map::new();
    if let Some(id) = body.remove("id") {
        ordered.insert("id".into(), id);
    }
    for (k, _) in FIELDS {
        if let Some(v) = body.remove(k) {
            ordered.insert(k.into(), v);
        }
    }
    if s.will_confirm() {
        let what = match a.id {
            Some(id) => format!("Change stored address {id} to: {}", one_line(&ordered)),
            None => format!("Add the address: {}", one_line(&ordered)),
        };
        prompt::confirm_write(s, &what).await?;
    }
    let data = client
        .call(Call::new(UPSERT).body(Value::Object(ordered.clone())))
        .await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        match a.id {
            Some(id) => out.status(&format!(
                "Stored address {id} updated: {}",
                one_line(&ordered)
            )),
            None => out.status(&format!("Address added: {}", one_line(&ordered))),
        }
        // The documented answer has no data; anything else is shown as it came.
        if !data.is_null() && data != Value::Bool(true) {
            print_fields(ctx, &data)?;
        }
        Ok(())
    }))
}
