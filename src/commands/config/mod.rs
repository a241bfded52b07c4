//! `pandapon config init|show|path`.

use clap::Subcommand;

use std::io::{IsTerminal, Read};

use serde_json::{Map, Value, json};

use super::Ctx;
use crate::config::{self, ConfigFile};
use crate::error::{Error, Result};
use crate::output::Table;
use crate::prompt;
use crate::secret::{MASK, Secret};
use crate::settings::{ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_USER_ID, Interaction, Source};

pub async fn run(cmd: ConfigCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        ConfigCommand::Path => {
            let path = ctx.settings.config_path.value.display().to_string();
            if ctx.printer.json {
                ctx.printer.json(&serde_json::json!(path))
            } else {
                ctx.printer.line(&path)
            }
        }
        ConfigCommand::Show => show(ctx),
        ConfigCommand::Init {
            access_key,
            user_id,
            access_secret_stdin,
        } => init(ctx, access_key, user_id, access_secret_stdin).await,
    }
}

fn show(ctx: &Ctx) -> Result<()> {
    let s = &ctx.settings;
    let unset = || ("(not set)".to_string(), "—".to_string());
    let mut rows: Vec<(&str, String, String)> = vec![
        (
            "config",
            format!(
                "{}{}",
                s.config_path.value.display(),
                if s.config_exists {
                    ""
                } else {
                    " (does not exist)"
                }
            ),
            s.config_path.source.to_string(),
        ),
        (
            "profile",
            s.profile.value.clone(),
            s.profile.source.to_string(),
        ),
        (
            "base_url",
            s.base_url.value.clone(),
            s.base_url.source.to_string(),
        ),
        (
            "timeout",
            format!("{} s", s.timeout.value.as_secs_f64()),
            s.timeout.source.to_string(),
        ),
        (
            "timestamp_unit",
            s.timestamp_unit.value.as_str().to_string(),
            s.timestamp_unit.source.to_string(),
        ),
        (
            "concurrency",
            s.concurrency.value.to_string(),
            s.concurrency.source.to_string(),
        ),
        (
            "journal",
            s.journal_path.display().to_string(),
            "XDG_DATA_HOME, else the user data directory".to_string(),
        ),
    ];
    let (v, src) = s
        .access_key
        .as_ref()
        .map_or_else(unset, |k| (k.value.clone(), k.source.to_string()));
    rows.push(("access_key", v, src));
    let (v, src) = s.access_secret.as_ref().map_or_else(unset, |k| {
        (
            // Not even its length: "set" is all a person needs to know.
            format!("{MASK} (set)"),
            k.source.to_string(),
        )
    });
    rows.push(("access_secret", v, src));
    let (v, src) = s
        .user_id
        .as_ref()
        .map_or_else(unset, |k| (k.value.clone(), k.source.to_string()));
    rows.push(("user_id", v, src));
    let file_src = Source::File {
        path: s.config_path.value.clone(),
        profile: s.profile.value.clone(),
    }
    .to_string();
    rows.push((
        "address",
        s.address
            .as_ref()
            .map_or("(not set)".into(), |a| a.one_line()),
        if s.address.is_some() {
            file_src.clone()
        } else {
            "—".into()
        },
    ));
    let overrides: Vec<String> = s
        .catalogue
        .routes()
        .iter()
        .filter(|r| r.overridden)
        .map(|r| format!("{} = {} {}", r.key, r.method, r.path))
        .collect();
    if !overrides.is_empty() {
        rows.push(("endpoints", overrides.join("; "), file_src));
    }

    if let Err(e) = s.check_profile() {
        ctx.printer.warn(&e.to_string());
    }
    if ctx.printer.json {
        let mut m = Map::new();
        for (k, v, src) in rows {
            m.insert(k.to_string(), json!({"value": v, "source": src}));
        }
        return ctx.printer.json(&Value::Object(m));
    }
    let mut t = Table::new(&["Setting", "Value", "Source"]);
    for (k, v, src) in rows {
        t.row(vec![k.to_string(), v, src]);
    }
    ctx.printer.table(&t)
}

async fn init(
    ctx: &Ctx,
    key_flag: Option<String>,
    user_flag: Option<String>,
    secret_stdin: bool,
) -> Result<()> {
    let s = &ctx.settings;
    let path = &s.config_path.value;
    let profile = s.profile.value.clone();
    let mut file: ConfigFile = config::load(path)
        .map_err(|e| {
            Error::usage(format!(
                "{e}. config init does not overwrite a file it cannot read (its other profiles \
                 would be lost): fix it, or move it away, and run config init again"
            ))
        })?
        .file
        .unwrap_or_default();
    let exists = file.profiles.contains_key(&profile);
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let current = file.profiles.get(&profile).cloned().unwrap_or_default();

    let secret_from_stdin = if secret_stdin {
        if std::io::stdin().is_terminal() {
            return Err(Error::usage(
                "--access-secret-stdin reads the secret from a pipe, e.g. `pass show pandapon | pandapon config init --access-secret-stdin`",
            ));
        }
        let mut t = String::new();
        std::io::stdin()
            .read_to_string(&mut t)
            .map_err(|e| Error::usage(format!("cannot read the secret from stdin: {e}")))?;
        if t.trim().is_empty() {
            return Err(Error::usage(
                "--access-secret-stdin read nothing: stdin was empty (did the command before the pipe fail?); the file was not changed",
            ));
        }
        Some(Secret::new(t.trim()))
    } else {
        None
    };

    let (key, secret, user) = if s.interaction == Interaction::Prompt && !secret_stdin {
        if exists && !s.yes {
            let overwrite = prompt::confirm(format!(
                "Profile \"{profile}\" exists in {}. Replace its credentials",
                path.display()
            ))
            .await?;
            if !overwrite {
                return Err(Error::Cancelled(
                    "cancelled; the file was not changed".into(),
                ));
            }
        }
        let key = prompt::input(
            "Access key".into(),
            key_flag
                .or_else(|| env(ENV_ACCESS_KEY))
                .or(current.access_key),
            true,
        )
        .await?;
        let secret = match env(ENV_ACCESS_SECRET) {
            Some(v) => {
                ctx.printer.status(&format!(
                    "Using the access secret from {ENV_ACCESS_SECRET}."
                ));
                Secret::new(v)
            }
            None => prompt::password("Access secret (hidden)".into()).await?,
        };
        let user = prompt::input(
            "User id".into(),
            user_flag.or_else(|| env(ENV_USER_ID)).or(current.user_id),
            true,
        )
        .await?;
        (key, secret, user)
    } else {
        if exists && !s.yes {
            return Err(Error::Cancelled(format!(
                "profile \"{profile}\" already exists in {}; re-run with --yes to replace its credentials",
                path.display()
            )));
        }
        let key = key_flag.or_else(|| env(ENV_ACCESS_KEY));
        let secret = secret_from_stdin.or_else(|| env(ENV_ACCESS_SECRET).map(Secret::new));
        let user = user_flag.or_else(|| env(ENV_USER_ID));
        let mut missing = Vec::new();
        if key.is_none() {
            missing.push(format!("the access key (--access-key or {ENV_ACCESS_KEY})"));
        }
        if secret.as_ref().is_none_or(Secret::is_empty) {
            missing.push(format!(
                "the access secret (--access-secret-stdin or {ENV_ACCESS_SECRET})"
            ));
        }
        if user.is_none() {
            missing.push(format!("the user id (--user-id or {ENV_USER_ID})"));
        }
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "no terminal to ask on; give {}",
                missing.join(", ")
            )));
        }
        (key.unwrap(), secret.unwrap(), user.unwrap())
    };
    if key.is_empty() || secret.is_empty() || user.is_empty() {
        return Err(Error::usage(
            "the access key, secret and user id must not be empty",
        ));
    }

    let entry = file.profiles.entry(profile.clone()).or_default();
    entry.access_key = Some(key);
    entry.access_secret = Some(secret);
    entry.user_id = Some(user);
    if matches!(s.base_url.source, Source::Flag(_) | Source::Env(_)) {
        entry.base_url = Some(s.base_url.value.clone());
    }
    if file.default_profile.is_none() {
        file.default_profile = Some(profile.clone());
    }
    // --dry-run writes nothing, here as for the API: it says what would be saved.
    if s.dry_run {
        ctx.printer.status(&format!(
            "dry run: would save profile \"{profile}\" (access key {}, user id {}, secret {MASK}) to {}; nothing was written.",
            entry.access_key.as_deref().unwrap_or_default(),
            entry.user_id.as_deref().unwrap_or_default(),
            path.display()
        ));
        return Ok(());
    }
    config::save(path, &file)?;
    ctx.printer.status(&format!(
        "Saved profile \"{profile}\" to {} (mode 0600). Check it with `pandapon config show`.",
        path.display()
    ));
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)
    Init {
        /// The access key [env: PANDAPON_ACCESS_KEY]
        #[arg(long, value_name = "KEY")]
        access_key: Option<String>,
        /// The user id [env: PANDAPON_USER_ID]
        #[arg(long, value_name = "ID")]
        user_id: Option<String>,
        /// Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)
        #[arg(long)]
        access_secret_stdin: bool,
    },
    /// Show the resolved settings and where each came from (the secret masked)
    Show,
    /// Print the path of the profile file
    Path,
}
