//! Questions to the person at the terminal (dialoguer, drawn on stderr).
//!
//! Each runs on a blocking thread so that Ctrl-C, watched by the async runtime, still ends
//! the program with 130 while a prompt waits. Callers check `Settings::may_prompt` first:
//! nothing here is ever reached when nobody can answer.

use dialoguer::console::Term;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, Password};

use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::settings::{Interaction, Settings};

mod pick;

fn map_err(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    io_err(io)
}

fn io_err(io: std::io::Error) -> Error {
    if io.kind() == std::io::ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::usage(format!("cannot read from the terminal: {io}"))
    }
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    let r = tokio::task::spawn_blocking(f).await;
    // Put the cursor back whatever happened: dialoguer hides it while it draws.
    let _ = Term::stderr().show_cursor();
    r.unwrap_or_else(|_| Err(Error::Interrupted))
}

pub async fn confirm(prompt: String) -> Result<bool> {
    let prompt = safe(prompt);
    blocking(move || {
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .default(false)
            .interact_on_opt(&Term::stderr())
            .map_err(map_err)
            .map(|a| a.unwrap_or(false))
    })
    .await
}

/// A question, or an item, often built from what a server sent (titles, shop names, a refund
/// reason, a currency): on one line and unable to drive the terminal. A confirmation that moves
/// money must show what the server said, not what it told the terminal to draw.
fn safe(text: String) -> String {
    crate::output::clean::clean_line(&text).into_owned()
}

/// Items, each as `safe`; `pick` cuts them to its width.
fn safe_items(items: Vec<String>) -> Vec<String> {
    items.into_iter().map(safe).collect()
}

/// Indices of the chosen items; choosing nothing (or Esc) is a cancellation.
pub async fn multi_select(prompt: String, items: Vec<String>) -> Result<Vec<usize>> {
    let prompt = safe(prompt);
    let items = safe_items(items);
    blocking(
        move || match pick::pick(&Term::stderr(), &prompt, &items, true).map_err(io_err)? {
            Some(c) if !c.is_empty() => Ok(c),
            _ => Err(Error::Cancelled(
                "nothing selected; nothing was sent".into(),
            )),
        },
    )
    .await
}

/// The index of the chosen item; Esc is a cancellation.
pub async fn select(prompt: String, items: Vec<String>) -> Result<usize> {
    let prompt = safe(prompt);
    let items = safe_items(items);
    blocking(move || {
        pick::pick(&Term::stderr(), &prompt, &items, false)
            .map_err(io_err)?
            .and_then(|c| c.first().copied())
            .ok_or_else(|| Error::Cancelled("nothing selected; nothing was sent".into()))
    })
    .await
}

pub async fn input(prompt: String, initial: Option<String>, required: bool) -> Result<String> {
    let prompt = safe(prompt);
    blocking(move || {
        let theme = ColorfulTheme::default();
        let mut i = Input::<String>::with_theme(&theme)
            .with_prompt(prompt)
            .allow_empty(!required);
        if let Some(v) = initial {
            i = i.with_initial_text(safe(v));
        }
        i.interact_text_on(&Term::stderr())
            .map(|s| s.trim().to_string())
            .map_err(map_err)
    })
    .await
}

/// `input` whose answer, when given, must pass `check` (the flag's own parser, so a prompt
/// accepts what the flag accepts); dialoguer says why and asks again.
pub async fn input_checked(
    prompt: String,
    required: bool,
    check: fn(&str) -> std::result::Result<String, String>,
) -> Result<String> {
    let prompt = safe(prompt);
    blocking(move || {
        // Empty is let through to the validator, so that a required answer left empty is
        // told why it is asked again.
        Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(move |v: &String| -> std::result::Result<(), String> {
                match v.trim() {
                    "" if required => Err("this one is needed: type a value".into()),
                    "" => Ok(()),
                    t => check(t).map(|_| ()),
                }
            })
            .interact_text_on(&Term::stderr())
            .map(|s| s.trim().to_string())
            .map_err(map_err)
    })
    .await
}

/// A question whose answer defaults to `default` on a bare Enter. Unlike an initial text,
/// typing replaces the default rather than appending to it.
pub async fn input_default(prompt: String, default: String) -> Result<String> {
    let prompt = safe(prompt);
    blocking(move || {
        Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .default(safe(default))
            .interact_text_on(&Term::stderr())
            .map(|s| s.trim().to_string())
            .map_err(map_err)
    })
    .await
}

pub async fn password(prompt: String) -> Result<Secret> {
    let prompt = safe(prompt);
    blocking(move || {
        Password::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .interact_on(&Term::stderr())
            .map(Secret::new)
            .map_err(map_err)
    })
    .await
}

/// The gate in front of anything that moves money or changes an order:
/// `--yes` passes, a terminal asks, and anything else stops with exit 3 before a byte is sent.
pub async fn confirm_write(s: &Settings, action: &str) -> Result<()> {
    if s.yes || s.dry_run {
        return Ok(());
    }
    if s.interaction != Interaction::Prompt {
        return Err(Error::Cancelled(format!(
            "{action} needs confirmation; nothing was sent. Re-run with --yes to proceed without a prompt."
        )));
    }
    if confirm(format!("{action}?")).await? {
        Ok(())
    } else {
        Err(Error::Cancelled("cancelled; nothing was sent".into()))
    }
}
