//! `pandapon trigger TYPE`: post a sample order message, as PandaPon would, to a running
//! `pandapon listen` (found by the URL it records in its inbox) or to `--to URL`.
//!
//! It plays PandaPon's part, timing rule included (docs/api.md#callbacks): an answer other
//! than HTTP 200 within 1000 ms is what PandaPon would count as a failed push.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Ctx;
use super::inbox::InboxDir;
use crate::domain::Platform;
use crate::domain::message::{self, TYPES};
use crate::error::{Error, Result};
use crate::messages::{inbox, running, samples};
use crate::output::{Printer, Table, View};
use crate::settings::Source;

/// PandaPon's limit for an acknowledgement.
const ACK_TIMEOUT: Duration = Duration::from_millis(1000);

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon trigger ORDER_PAY_SUCCESS --order 3305075341149010310",
    "pandapon trigger --list",
]))]
pub struct Args {
    /// The message type (trigger --list names them)
    #[arg(value_name = "TYPE", required_unless_present = "list")]
    kind: Option<String>,
    /// Name the types it can send, and stop
    #[arg(long)]
    list: bool,
    /// Where to post it [default: the running `pandapon listen` of the inbox]
    #[arg(long, value_name = "URL", value_parser = super::inbox::replay::parse_url)]
    to: Option<reqwest::Url>,
    /// The order the message is about [default: a random id]
    #[arg(long, value_name = "ID", value_parser = crate::cli::parse::parse_id)]
    order: Option<u64>,
    /// Send messageBody as a string holding JSON, as Xport's example does, not an object
    #[arg(long)]
    string_body: bool,
    #[command(flatten)]
    inbox: InboxDir,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    if a.list {
        return list(ctx);
    }
    let name = a.kind.as_deref().unwrap_or_default();
    let t = message::known(name).ok_or_else(|| {
        let names: Vec<&str> = TYPES.iter().map(|t| t.name).collect();
        Error::usage(format!(
            "\"{name}\" is not a type trigger can send; known types: {}",
            names.join(", ")
        ))
    })?;
    let chosen = &ctx.settings.platform;
    let platform = match t.only {
        Some(p) if p != chosen.value && chosen.source != Source::Default => {
            return Err(Error::usage(format!(
                "{} is a {p} message, and the platform is {} (from {})",
                t.name, chosen.value, chosen.source
            )));
        }
        Some(p) => p,
        None => chosen.value,
    };
    let url = match a.to {
        Some(u) => u,
        None => running_listener(&a.inbox)?,
    };
    let order = a.order.map_or_else(samples::order_id, |o| o.to_string());
    let msg = samples::sample(t, platform, &order, a.string_body, inbox::now_ms());
    let (status, ms) = post(&url, &msg).await?;
    let data = json!({"to": url.as_str(), "status": status, "ms": ms, "message": msg});
    let ok = status == 200 && ms <= ACK_TIMEOUT.as_millis();
    let what = format!("{} ({}, order {order})", t.name, platform_word(platform));
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        out.status(&format!("Sent {what} to {url}: HTTP {status} in {ms} ms."));
        Ok(())
    }))?;
    if ok {
        return Ok(());
    }
    Err(Error::Network {
        msg: format!(
            "{url} answered HTTP {status}: PandaPon counts only 200 as received and would push the message again half an hour later"
        ),
        write: false,
    })
}

fn platform_word(p: Platform) -> String {
    format!("{p}, messagePlatform {}", p.message_code())
}

fn list(ctx: &Ctx) -> Result<()> {
    let data = Value::Array(
        TYPES
            .iter()
            .map(|t| {
                let ps: Vec<&str> = match t.only {
                    Some(p) => vec![p.name()],
                    None => Platform::ALL.iter().map(|p| p.name()).collect(),
                };
                json!({"type": t.name, "platforms": ps, "about": t.about})
            })
            .collect(),
    );
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let mut table = Table::new(&["Type", "Platforms", "About"]);
        for t in &TYPES {
            let ps = t
                .only
                .map_or("taobao, 1688".to_string(), |p| p.name().to_string());
            table.row(vec![t.name.into(), ps, t.about.into()]);
        }
        out.table(&table)
    }))
}

/// The URL the inbox's running listener recorded.
fn running_listener(dir: &InboxDir) -> Result<reqwest::Url> {
    let path = dir.path();
    let hint = "start one (pandapon listen), or give --to URL";
    match running::read_listen_state(&path) {
        Some((s, true)) => {
            reqwest::Url::parse(&s.url).map_err(|e| Error::usage(format!("{}: {e}", s.url)))
        }
        Some((s, false)) => Err(Error::usage(format!(
            "no `pandapon listen` is running for the inbox {} (process {} that recorded {} has ended); {hint}",
            path.display(),
            s.pid,
            s.url
        ))),
        None => Err(Error::usage(format!(
            "no `pandapon listen` is running for the inbox {}; {hint}",
            path.display()
        ))),
    }
}

/// Posts like PandaPon: JSON, no signature, 1000 ms to answer.
async fn post(url: &reqwest::Url, msg: &Value) -> Result<(u16, u128)> {
    let mut b = reqwest::Client::builder()
        .timeout(ACK_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none());
    if crate::api::transport::is_loopback(url) {
        b = b.no_proxy();
    }
    let client = b
        .build()
        .map_err(|e| Error::usage(format!("cannot make an HTTP client: {e}")))?;
    let started = Instant::now();
    let sent = client
        .post(url.clone())
        .header("content-type", "application/json")
        .body(msg.to_string())
        .send()
        .await;
    let ms = started.elapsed().as_millis();
    match sent {
        Ok(r) => Ok((r.status().as_u16(), ms)),
        Err(e) if e.is_timeout() => Err(Error::Network {
            msg: format!(
                "{url} did not answer within {} ms: PandaPon would count the push as failed and push it again half an hour later",
                ACK_TIMEOUT.as_millis()
            ),
            write: false,
        }),
        Err(e) => Err(Error::Network {
            msg: format!(
                "cannot post to {url}: {}",
                crate::api::transport::root_cause(&e)
            ),
            write: false,
        }),
    }
}
