//! `pandapon listen`: receive PandaPon's order messages (docs/api.md#callbacks) on a secret
//! path, keep each in the inbox before acknowledging it, print one line per message, and hand
//! them to an app (`--forward-to`, `--exec`).
//!
//! Pushes carry no signature (none is documented), so the path holds a random token: a
//! stranger who does not know it gets 404. Bound to 127.0.0.1 unless told otherwise; PandaPon
//! pushes over HTTPS, so it sits behind a tunnel or reverse proxy that terminates TLS.
//! Ctrl-C stops accepting, answers what is in flight, and leaves unaccepted messages pending.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};

use super::Ctx;
use super::inbox::{InboxDir, view};
use crate::domain::message;
use crate::error::{Error, Result};
use crate::messages::deliver::{Deliverer, Report, Sink};
use crate::messages::inbox::{self, Record, Writer, Written, record_json};
use crate::messages::receiver::{self, Event};
use crate::messages::running::{self, ListenState};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon listen --exec 'cat >> messages.jsonl'",
    "pandapon listen --port 0 --forward-to http://127.0.0.1:3000/pandapon --events ORDER_PAY_SUCCESS",
]))]
pub struct Args {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8788)]
    port: u16,
    /// Address to listen on [default: 127.0.0.1]; 0.0.0.0 for every interface
    #[arg(long, value_name = "ADDR")]
    bind: Option<IpAddr>,
    /// Path to accept messages on [default: /pandapon/<random token>, new each start]
    #[arg(long, value_name = "PATH", value_parser = parse_path)]
    path: Option<String>,
    /// Post each message to your app at this URL, retrying until it answers 2xx
    #[arg(long, value_name = "URL", value_parser = super::inbox::replay::parse_url, conflicts_with = "exec")]
    forward_to: Option<reqwest::Url>,
    /// Run this shell command per message, the message on stdin; exit 0 accepts it
    #[arg(long, value_name = "CMD")]
    exec: Option<String>,
    /// Print and deliver only these types (comma-separated); every message is still kept
    #[arg(long, value_name = "TYPE", value_delimiter = ',')]
    events: Vec<String>,
    #[command(flatten)]
    inbox: InboxDir,
}

fn parse_path(s: &str) -> std::result::Result<String, String> {
    let p = s.trim();
    let p = if p.starts_with('/') {
        p.to_string()
    } else {
        format!("/{p}")
    };
    if p.len() < 2 || p.contains(['?', '#', ' ']) {
        return Err(format!(
            "\"{s}\" is not a URL path: expected something like /pandapon/hook"
        ));
    }
    Ok(p)
}

/// 128 random bits: the only thing that keeps strangers' posts out (pushes are not signed).
fn token() -> String {
    let mut b = [0u8; 16];
    let _ = getrandom::fill(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[derive(Default)]
struct Counts {
    received: usize,
    duplicates: usize,
}

struct Loop<'a> {
    ctx: &'a Ctx,
    events: Vec<String>,
    deliverer: Option<Deliverer>,
    target: String,
    counts: Counts,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let out = &ctx.printer;
    // Before the URL is shown: whoever reads it may stop us at once.
    let stop = crate::interrupt()?;
    let dir = a.inbox.path();
    let _lock = inbox::lock(&dir).map_err(Error::usage)?;
    let existing = super::inbox::load(ctx, &dir)?;
    let bind = a.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let listener = TcpListener::bind((bind, a.port)).await.map_err(|e| {
        Error::usage(format!(
            "cannot listen on {}: {e}",
            SocketAddr::new(bind, a.port)
        ))
    })?;
    let port = listener
        .local_addr()
        .map_err(|e| Error::usage(e.to_string()))?
        .port();
    let path = a.path.unwrap_or_else(|| format!("/pandapon/{}", token()));
    // For `trigger` on this machine: an address a client can connect to.
    let local = match bind {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let url = format!("http://{}{path}", SocketAddr::new(local, port));

    let (stored_tx, mut stored) = mpsc::unbounded_channel::<Written>();
    let writer = Writer::start(&dir, &existing, move |w| {
        let _ = stored_tx.send(w);
    })
    .map_err(|e| Error::usage(format!("cannot open the inbox {}: {e}", dir.display())))?;
    let (reports_tx, mut reports) = mpsc::unbounded_channel();
    let sink = match (a.forward_to, a.exec) {
        (Some(u), _) => Some(Sink::forward(u).map_err(Error::usage)?),
        (None, Some(c)) => Some(Sink::Exec { command: c }),
        (None, None) => None,
    };
    let target = sink.as_ref().map(Sink::name).unwrap_or_default();
    let mut lp = Loop {
        ctx,
        events: a
            .events
            .iter()
            .map(|t| t.trim().to_ascii_uppercase())
            .collect(),
        deliverer: sink.map(|s| Deliverer::start(s, writer.store.clone(), reports_tx)),
        target: target.clone(),
        counts: Counts::default(),
    };
    for t in &lp.events {
        if message::known(t).is_none() {
            out.warn(&format!("{t} is not a type pandapon knows (trigger --list); messages of that exact type will still match"));
        }
    }

    let (http_tx, mut http) = mpsc::unbounded_channel();
    let (halt, halted) = oneshot::channel::<()>();
    let server = tokio::spawn(receiver::serve(
        listener,
        path,
        writer.store.clone(),
        http_tx,
        async {
            let _ = halted.await;
        },
    ));
    if let Err(e) = running::write_listen_state(
        &dir,
        &ListenState {
            url: url.clone(),
            pid: std::process::id(),
        },
    ) {
        out.warn(&format!(
            "cannot record the URL for `pandapon trigger` in {}: {e}; give trigger --to",
            dir.display()
        ));
    }
    banner(ctx, &url, bind, &dir, &existing, &target);

    tokio::pin!(stop);
    let mut failed = None;
    loop {
        let step = tokio::select! {
            _ = &mut stop => break,
            Some(w) = stored.recv() => lp.written(w),
            Some(e) = http.recv() => {
                lp.http(e);
                Ok(())
            }
            Some(r) = reports.recv() => {
                lp.report(r);
                Ok(())
            }
        };
        if let Err(e) = step {
            failed = Some(e);
            break;
        }
    }

    // In flight: answered (and stored) before anything else stops.
    let _ = halt.send(());
    let _ = server.await;
    if let Some(d) = lp.deliverer.take() {
        d.stop().await;
    }
    let _ = tokio::task::spawn_blocking(move || writer.stop()).await;
    while let Ok(w) = stored.try_recv() {
        if failed.is_none() {
            failed = lp.written(w).err();
        }
    }
    running::remove_listen_state(&dir);
    if let Some(e) = failed {
        return Err(e);
    }
    let pending = inbox::load(&dir).map(|l| l.pending().count()).unwrap_or(0);
    let c = &lp.counts;
    let mut end = format!(
        "Stopped: {} message{} received",
        c.received,
        if c.received == 1 { "" } else { "s" }
    );
    if c.duplicates > 0 {
        end.push_str(&format!(
            " ({} duplicate{})",
            c.duplicates,
            if c.duplicates == 1 { "" } else { "s" }
        ));
    }
    if pending > 0 {
        end.push_str(&format!(
            "; {pending} pending in the inbox (pandapon inbox replay --pending --to URL)"
        ));
    }
    out.status(&format!("{end}."));
    Ok(())
}

fn banner(
    ctx: &Ctx,
    url: &str,
    bind: IpAddr,
    dir: &std::path::Path,
    existing: &inbox::Loaded,
    target: &str,
) {
    let out = &ctx.printer;
    out.status(&format!("Listening for PandaPon order messages on {url}"));
    out.status(
        "  Register an HTTPS address that reaches it (a tunnel or reverse proxy) in the PandaPon console, \
         under 消息服务; its Verify is answered 200.",
    );
    let pending = existing.pending().count();
    out.status(&format!(
        "  Inbox {} ({} message{}, {pending} pending)",
        dir.display(),
        existing.records.len(),
        if existing.records.len() == 1 { "" } else { "s" }
    ));
    if !target.is_empty() {
        out.status(&format!("  Delivering each message to {target}"));
    }
    out.status("  Ctrl-C stops it.");
    if !bind.is_loopback() {
        out.warn(&format!(
            "listening on {bind}: anyone who can reach this port and knows the path can post messages, \
             which carry no signature; re-query an order before acting on one"
        ));
    }
}

impl Loop<'_> {
    fn wanted(&self, r: &Record) -> bool {
        self.events.is_empty()
            || self
                .events
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&r.message_type))
    }

    fn written(&mut self, w: Written) -> Result<()> {
        match w {
            Written::Stored(r) => self.stored(*r),
            Written::SlowSync { took, messages } => {
                self.ctx.printer.warn(&format!(
                    "syncing {messages} message{} to the inbox took {} ms: the disk is slow, and PandaPon allows 1000 ms for the answer",
                    if messages == 1 { "" } else { "s" },
                    took.as_millis()
                ));
                Ok(())
            }
        }
    }

    fn stored(&mut self, r: Record) -> Result<()> {
        let out = &self.ctx.printer;
        self.counts.received += 1;
        if let Some(first) = r.duplicate_of {
            self.counts.duplicates += 1;
            out.status(&format!(
                "message {}: the same as message {first} (PandaPon pushed it again); kept, not shown again",
                r.id
            ));
            return Ok(());
        }
        if !self.wanted(&r) {
            return Ok(());
        }
        if out.json {
            let mut v = record_json(&r, true);
            if let (Some(m), Value::Object(o)) = (r.message(), &mut v) {
                // Not yet known: the app has it from now on.
                o.remove("pending");
                o.insert("summary".into(), view::summary(&m).into());
                o.insert("platform".into(), m.platform.name().into());
            }
            out.json_line(&v)?;
        } else {
            out.line(&view::line(&r, out.stdout_terminal))?;
        }
        if let Some(d) = &self.deliverer {
            d.submit(r);
        }
        Ok(())
    }

    fn http(&self, e: Event) {
        let out = &self.ctx.printer;
        match e {
            Event::Ping { from, method } => out.status(&format!(
                "verification ping from {from} ({method}): answered 200"
            )),
            Event::Refused {
                from,
                method,
                path,
                status,
                why,
            } => out.warn(&format!("{status} for {method} {path} from {from}: {why}")),
        }
    }

    fn report(&self, r: Report) {
        let out = &self.ctx.printer;
        match r {
            Report::Accepted {
                id,
                status,
                output,
                attempts,
                ms,
            } => {
                let status = status.map_or(String::new(), |s| format!("HTTP {s}, "));
                let tries = if attempts > 1 {
                    format!(", attempt {attempts}")
                } else {
                    String::new()
                };
                out.status(&format!(
                    "message {id} accepted by {} ({status}{ms} ms{tries})",
                    self.target
                ));
                for line in output.lines() {
                    out.status(&format!("  | {line}"));
                }
            }
            Report::Refused {
                id,
                why,
                attempt,
                retry_in,
            } => out.warn(&format!(
                "message {id}: {} {why} (attempt {attempt}); trying again in {:.1} s",
                self.target,
                retry_in.as_secs_f64()
            )),
        }
    }
}
