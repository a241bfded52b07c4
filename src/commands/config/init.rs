//! `pandapon config init`: create or update a profile in the profile file (saved 0600).

use std::io::IsTerminal;

use crate::commands::Ctx;
use crate::config::{self, ConfigFile};
use crate::error::{Error, Result};
use crate::prompt;
use crate::secret::{MASK, Secret};
use crate::settings::{
    ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_USER_ID, Interaction, Source, Sourced,
};

/// More than any access secret with its line ending (real ones are 32 characters).
const MAX_SECRET_BYTES: u64 = 4 << 10;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon config init            # on a terminal: asks for each",
    "pandapon config init --access-key 4f2a9c --user-id 2100007341207 --access-secret-stdin < secret.txt",
]))]
pub struct Args {
    /// The access key [env: PANDAPON_ACCESS_KEY]
    #[arg(long, value_name = "KEY")]
    pub access_key: Option<String>,
    /// The user id [env: PANDAPON_USER_ID]
    #[arg(long, value_name = "ID")]
    pub user_id: Option<String>,
    /// Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)
    #[arg(long)]
    pub access_secret_stdin: bool,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        access_key: key_flag,
        user_id: user_flag,
        access_secret_stdin: secret_stdin,
    } = a;
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
    // What the variables gave, as settings resolved them (never read here again).
    let env = |v: &Option<Sourced<String>>| {
        v.as_ref()
            .filter(|v| matches!(v.source, Source::Env(_)))
            .map(|v| v.value.clone())
    };
    let env_secret = s
        .access_secret
        .as_ref()
        .filter(|v| matches!(v.source, Source::Env(_)))
        .map(|v| v.value.clone());
    let current = file.profiles.get(&profile).cloned().unwrap_or_default();

    let secret_from_stdin = if secret_stdin {
        if std::io::stdin().is_terminal() {
            return Err(Error::usage(
                "--access-secret-stdin reads the secret from a pipe, e.g. `pass show pandapon | pandapon config init --access-secret-stdin`",
            ));
        }
        // Off the runtime and bounded: a pipe that never closes still gives way to Ctrl-C,
        // and a stream that never ends is not a secret.
        let bytes = crate::local::read_stdin(MAX_SECRET_BYTES)
            .await
            .map_err(|e| Error::usage(format!("cannot read the secret from stdin: {e}")))?
            .ok_or_else(|| {
                Error::usage(format!(
                    "--access-secret-stdin read more than {} from stdin: that is not an access secret; the file was not changed",
                    crate::local::size_text(MAX_SECRET_BYTES)
                ))
            })?;
        let t = String::from_utf8(bytes).map_err(|_| {
            Error::usage("the secret read from stdin is not UTF-8 text; the file was not changed")
        })?;
        if t.trim().is_empty() {
            return Err(Error::usage(
                "--access-secret-stdin read nothing: stdin was empty (did the command before the pipe fail?); the file was not changed",
            ));
        }
        Some(Secret::new(t.trim()))
    } else {
        None
    };

    // Someone is at the terminal: ask, even under --dry-run (not `may_prompt`), which then only
    // says what it would save.
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
                .or_else(|| env(&s.access_key))
                .or(current.access_key),
            true,
        )
        .await?;
        let secret = match env_secret {
            Some(v) => {
                ctx.printer.status(&format!(
                    "Using the access secret from {ENV_ACCESS_SECRET}."
                ));
                v
            }
            None => prompt::password("Access secret (hidden)".into()).await?,
        };
        let user = prompt::input(
            "User id".into(),
            user_flag.or_else(|| env(&s.user_id)).or(current.user_id),
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
        let key = key_flag.or_else(|| env(&s.access_key));
        let secret = secret_from_stdin.or(env_secret);
        let user = user_flag.or_else(|| env(&s.user_id));
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
    let len = secret.expose().trim().chars().count();
    if len < crate::secret::MIN_SECRET_CHARS {
        return Err(Error::usage(format!(
            "the access secret given is {len} characters long; PandaPon's are 32. Copy the whole \
             \"Access 密钥\" from the console; the file was not changed"
        )));
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
