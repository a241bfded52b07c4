//! `pandapon auth status`: which profile, where each credential came from (masked), the base
//! URL, and one signed cheap read: accepted or not, the round trip, and how far this clock is
//! from the server's `Date` (the API rejects timestamps more than 600 s off,
//! docs/api.md#sign-headers). Exit 0 when all is well, 4 for missing or rejected credentials,
//! 5 for the network, like any command that had made the same call.

use std::borrow::Cow;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::api::Call;
use crate::commands::Ctx;
use crate::error::{AUTH_CODES, Error, Result};
use crate::output::{Printer, Render, Table};
use crate::secret::MASK;
use crate::settings::Sourced;

/// The cheap read: a platform-neutral POST read every account has (docs/api.md#basis).
const PROBE: &str = "address.list";
/// Off by more than this, the clock gets advice (the API's own limit is 600 s).
const CLOCK_ADVICE_SECS: i64 = 60;
const API_LIMIT_SECS: i64 = 600;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon auth status",
    "pandapon doctor --json --jq .ok",
]))]
pub struct Args {}

/// The report: the settings, then what the probe found.
struct Report {
    json: Value,
    rows: Vec<[String; 3]>,
}

impl Render for Report {
    fn json(&self) -> Cow<'_, Value> {
        Cow::Borrowed(&self.json)
    }
    fn human(&self, out: &Printer) -> Result<()> {
        let mut t = Table::new(&["Check", "Value", "Detail"]);
        for r in &self.rows {
            t.row(r.to_vec());
        }
        out.table(&t)
    }
}

/// An access key as enough of itself to recognise: `sand…-key`.
fn masked_key(k: &str) -> String {
    let n = k.chars().count();
    if n <= 12 {
        return MASK.to_string();
    }
    let head: String = k.chars().take(4).collect();
    let tail: String = k.chars().skip(n - 4).collect();
    format!("{head}…{tail}")
}

fn sourced<T>(s: Option<&Sourced<T>>, show: impl Fn(&T) -> String) -> (Value, [String; 2]) {
    match s {
        Some(s) => (
            json!({"value": show(&s.value), "source": s.source.to_string()}),
            [show(&s.value), s.source.to_string()],
        ),
        None => (Value::Null, ["(not set)".into(), "—".into()]),
    }
}

pub async fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let s = &ctx.settings;
    let (key_j, key_r) = sourced(s.access_key.as_ref(), |k| masked_key(k));
    let (secret_j, secret_r) = sourced(s.access_secret.as_ref(), |_| format!("{MASK} (set)"));
    let (user_j, user_r) = sourced(s.user_id.as_ref(), String::clone);
    let config = format!(
        "{}{}",
        s.config_path.value.display(),
        if s.config_exists {
            ""
        } else {
            " (does not exist)"
        }
    );
    let mut rows = vec![
        [
            "profile".into(),
            s.profile.value.clone(),
            s.profile.source.to_string(),
        ],
        ["config".into(), config, s.config_path.source.to_string()],
        [
            "base_url".into(),
            s.base_url.value.clone(),
            s.base_url.source.to_string(),
        ],
        ["access_key".into(), key_r[0].clone(), key_r[1].clone()],
        [
            "access_secret".into(),
            secret_r[0].clone(),
            secret_r[1].clone(),
        ],
        ["user_id".into(), user_r[0].clone(), user_r[1].clone()],
    ];
    let mut json = json!({
        "ok": false,
        "profile": {"value": s.profile.value, "source": s.profile.source.to_string()},
        "config": {"path": s.config_path.value.display().to_string(), "exists": s.config_exists},
        "baseUrl": {"value": s.base_url.value, "source": s.base_url.source.to_string()},
        "credentials": {"accessKey": key_j, "accessSecret": secret_j, "userId": user_j},
        "request": Value::Null,
        "clock": Value::Null,
    });

    let outcome = probe(ctx).await;
    let err = match outcome {
        Probe::NotSent(Error::DryRun) => return Err(Error::DryRun),
        Probe::NotSent(e) => {
            rows.push(["request".into(), "not sent".into(), e.to_string()]);
            Some(e)
        }
        Probe::Sent {
            route,
            result,
            status,
            rtt,
            offset,
        } => {
            let ms = rtt.as_millis();
            let (state, why) = match &result {
                Ok(()) => ("accepted".to_string(), String::new()),
                Err(e @ Error::Api { code, .. }) if AUTH_CODES.contains(code) => {
                    ("rejected".to_string(), e.to_string())
                }
                Err(e) => ("failed".to_string(), e.to_string()),
            };
            let at = match status {
                Some(code) => format!("{route}: HTTP {code}"),
                None => route.clone(),
            };
            rows.push([
                "request".into(),
                state.clone(),
                format!("{at} {why}").trim().into(),
            ]);
            json["request"] = json!({
                "operation": PROBE,
                "route": route,
                "result": state,
                "httpStatus": status,
                "error": (!why.is_empty()).then_some(why),
                "roundTripMs": status.map(|_| ms as u64),
            });
            if status.is_some() {
                rows.push(["round_trip".into(), format!("{ms} ms"), String::new()]);
            }
            let advice = offset.and_then(clock_advice);
            match offset {
                Some(o) => rows.push([
                    "clock".into(),
                    describe_offset(o),
                    advice.clone().unwrap_or_default(),
                ]),
                None if status.is_some() => rows.push([
                    "clock".into(),
                    "unknown".into(),
                    "the server sent no Date header".into(),
                ]),
                None => {}
            }
            json["clock"] = json!({"offsetSeconds": offset, "advice": advice});
            result.err()
        }
    };
    json["ok"] = Value::Bool(err.is_none());
    ctx.printer.print(&Report { json, rows })?;
    match err {
        None => Ok(()),
        Some(e) => Err(e),
    }
}

enum Probe {
    /// Nothing left this machine: the credentials are missing, or the settings are wrong.
    NotSent(Error),
    Sent {
        route: String,
        result: Result<()>,
        status: Option<u16>,
        rtt: Duration,
        /// This clock minus the server's, in seconds, when the answer had a `Date`.
        offset: Option<i64>,
    },
}

async fn probe(ctx: &Ctx) -> Probe {
    let client = match ctx.client() {
        Ok(c) => c,
        Err(e) => return Probe::NotSent(e),
    };
    let r = ctx.settings.catalogue.get(PROBE);
    let route = format!("{} {}", r.method, r.path);
    let started = Instant::now();
    let (result, reply) = client.call_reply(Call::new(PROBE).body(json!({}))).await;
    let rtt = started.elapsed();
    if let Err(Error::DryRun) = result {
        return Probe::NotSent(Error::DryRun);
    }
    let received = jiff::Timestamp::now();
    let offset = reply.as_ref().and_then(|r| {
        let date = r.headers.iter().find(|(k, _)| k == "date")?;
        let server = jiff::fmt::rfc2822::DateTimeParser::new()
            .parse_timestamp(&date.1)
            .ok()?;
        // The server stamped its Date about half a round trip before we got it, and a Date
        // has whole seconds: the server's time then was in [Date, Date + 1 s).
        let ours = received.as_millisecond() - (rtt.as_millis() / 2) as i64;
        let theirs = server.as_millisecond() + 500;
        Some(((ours - theirs) as f64 / 1000.0).round() as i64)
    });
    Probe::Sent {
        route,
        result: result.map(|_| ()),
        status: reply.as_ref().map(|r| r.status),
        rtt: reply.map(|r| r.elapsed).unwrap_or(rtt),
        offset,
    }
}

fn describe_offset(o: i64) -> String {
    match o {
        0 => "in step with the server".into(),
        o if o > 0 => format!("{o} s ahead of the server"),
        o => format!("{} s behind the server", -o),
    }
}

fn clock_advice(o: i64) -> Option<String> {
    if o.abs() <= CLOCK_ADVICE_SECS {
        return None;
    }
    let how = "sync this computer's clock (e.g. `sudo timedatectl set-ntp true`)";
    Some(if o.abs() > API_LIMIT_SECS {
        format!("the API rejects requests more than {API_LIMIT_SECS} s off: {how}")
    } else {
        format!("within the API's {API_LIMIT_SECS} s, but drifting: {how}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_shown_in_part_and_clocks_in_words() {
        assert_eq!(masked_key("sandbox-access-key"), "sand…-key");
        assert_eq!(masked_key("short"), MASK);
        assert_eq!(describe_offset(-900), "900 s behind the server");
        assert_eq!(clock_advice(30), None);
        assert!(clock_advice(120).unwrap().contains("drifting"));
        assert!(clock_advice(-900).unwrap().contains("rejects"));
    }
}
