//! `pandapon inbox show ID`: one message whole.

use serde_json::Value;

use super::{InboxDir, load, state, view};
use crate::commands::Ctx;
use crate::domain::value::parse_time;
use crate::error::{Error, Result};
use crate::messages::inbox::record_json;
use crate::output::{Printer, View, format};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon inbox show 1",
]))]
pub struct Args {
    /// The message's id (the ID column of `inbox list`)
    #[arg(value_name = "ID")]
    id: u64,
    #[command(flatten)]
    inbox: InboxDir,
}

pub fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let dir = a.inbox.path();
    let l = load(ctx, &dir)?;
    let r = l.find(a.id).ok_or_else(|| {
        Error::usage(format!(
            "there is no message {} in the inbox {} (pandapon inbox list shows the ids)",
            a.id,
            dir.display()
        ))
    })?;
    let deliveries = l.deliveries.get(&r.id).cloned().unwrap_or_default();
    let mut data = record_json(r, l.is_pending(r));
    data["deliveries"] = serde_json::to_value(&deliveries).expect("encodes");
    let m = r.message();
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let terminal = out.stdout_terminal;
        let pushed = parse_time(&Value::String(r.timestamp.clone()))
            .map(|t| format::show_time(t, terminal))
            .unwrap_or_else(|| r.timestamp.clone());
        let about = m
            .as_ref()
            .and_then(|m| m.known())
            .map_or("a type pandapon does not know", |t| t.about);
        let mut lines = vec![
            format!("Message {}  {}", r.id, state(&l, r)),
            format!("Type        {} ({about})", r.message_type),
            format!("Platform    {}", view::platform_name(r.message_platform)),
            format!("Order       {}", r.order_id.as_deref().unwrap_or("-")),
            format!("Refund      {}", r.refund_id.as_deref().unwrap_or("-")),
            format!(
                "Summary     {}",
                m.as_ref().map(view::summary).unwrap_or_default()
            ),
            format!("Pushed      {pushed}"),
            format!(
                "Received    {} from {} ({})",
                r.received_at, r.from, r.content_type
            ),
            format!("Delivery id {}", r.content_key),
        ];
        for d in &deliveries {
            let status = d.status.map_or(String::new(), |s| format!("HTTP {s}, "));
            lines.push(format!(
                "Accepted    {} by {} ({status}attempt {})",
                d.at, d.to, d.attempts
            ));
        }
        out.line(&lines.join("\n"))?;
        if let Some(m) = &m {
            let body =
                serde_json::to_string_pretty(&Value::Object(m.body.clone())).expect("encodes");
            let form = if m.body_was_string {
                "a JSON string"
            } else {
                "an object"
            };
            out.line(&format!("\nmessageBody (sent as {form}):\n{body}"))?;
        }
        Ok(())
    }))
}
