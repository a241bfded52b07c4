//! The pickers (`Select`, `MultiSelect`), drawn here in dialoguer's colourful theme.
//!
//! dialoguer 0.12 counts an item's terminal lines by its length in bytes: a Chinese title of
//! 60 columns is 150 bytes, taken for two lines, and each redraw then erases lines above the
//! picker (its header first) and leaves stale ones behind. Here every line drawn is cut to
//! the terminal's width, so each item is exactly one line and a redraw erases exactly what
//! was drawn.

use std::io;

use dialoguer::console::{Key, Term, measure_text_width};
use dialoguer::theme::{ColorfulTheme, Theme};

use crate::output::fit::ellipsize;

/// What the person chose: indices into the items (one unless `multi`), or `None` on Esc or `q`.
/// A list longer than the terminal scrolls.
pub fn pick(
    term: &Term,
    prompt: &str,
    items: &[String],
    multi: bool,
) -> io::Result<Option<Vec<usize>>> {
    let theme = ColorfulTheme::default();
    let (rows, cols) = term.size();
    // One column spare: a line that fills the last column wraps on some terminals.
    let width = usize::from(cols).saturating_sub(1).max(20);
    // The theme puts two columns before an item (a pointer, or a check box and a space).
    let items: Vec<String> = items
        .iter()
        .map(|i| ellipsize(i, width - 2).into_owned())
        .collect();
    // The prompt line and one spare row; at least three items.
    let capacity = usize::from(rows).saturating_sub(2).max(3);
    let mut checked = vec![false; items.len()];
    let mut sel: usize = 0;
    let mut top: usize = 0;
    let mut drawn: usize = 0;
    term.hide_cursor()?;
    loop {
        term.clear_last_lines(drawn)?;
        // The window moves only as far as it must to show the selected item.
        top = top.min(sel).max((sel + 1).saturating_sub(capacity));
        let more = if items.len() > capacity {
            format!(" [{}/{}]", sel + 1, items.len())
        } else {
            String::new()
        };
        let mut text = String::new();
        let hint = if multi {
            " (space to select, enter to confirm)"
        } else {
            ""
        };
        // "? " before, " ›" after the prompt.
        let head = format!("{prompt}{hint}");
        let head = format!(
            "{}{more}",
            ellipsize(&head, width.saturating_sub(4 + more.len()))
        );
        fmt(theme.format_select_prompt(&mut text, &head))?;
        text.push('\n');
        for (i, item) in items.iter().enumerate().skip(top).take(capacity) {
            if multi {
                fmt(theme.format_multi_select_prompt_item(&mut text, item, checked[i], i == sel))?;
            } else {
                fmt(theme.format_select_prompt_item(&mut text, item, i == sel))?;
            }
            text.push('\n');
        }
        drawn = text.lines().count();
        debug_assert!(text.lines().all(|l| measure_text_width(l) <= width));
        term.write_str(&text)?;
        term.flush()?;
        match term.read_key()? {
            Key::ArrowDown | Key::Tab | Key::Char('j') => sel = (sel + 1) % items.len(),
            Key::ArrowUp | Key::BackTab | Key::Char('k') => {
                sel = (sel + items.len() - 1) % items.len();
            }
            Key::Home => sel = 0,
            Key::End => sel = items.len() - 1,
            Key::Char(' ') if multi => checked[sel] = !checked[sel],
            Key::Char('a') if multi => {
                let all = checked.iter().all(|&c| c);
                checked.iter_mut().for_each(|c| *c = !all);
            }
            Key::Escape | Key::Char('q') => {
                term.clear_last_lines(drawn)?;
                return Ok(None);
            }
            Key::Enter | Key::Char(' ') => {
                term.clear_last_lines(drawn)?;
                let chosen: Vec<usize> = if multi {
                    (0..items.len()).filter(|&i| checked[i]).collect()
                } else {
                    vec![sel]
                };
                if chosen.is_empty() {
                    return Ok(Some(chosen));
                }
                let names: Vec<&str> = chosen.iter().map(|&i| items[i].as_str()).collect();
                // What was chosen stays on the screen, on one line: `✔ prompt · a, b`.
                let room = width.saturating_sub(measure_text_width(prompt) + 5);
                let mut line = String::new();
                let answer = ellipsize(&names.join(", "), room.max(8)).into_owned();
                if multi {
                    fmt(theme.format_multi_select_prompt_selection(&mut line, prompt, &[&answer]))?;
                } else {
                    fmt(theme.format_select_prompt_selection(&mut line, prompt, &answer))?;
                }
                term.write_line(&line)?;
                return Ok(Some(chosen));
            }
            _ => {}
        }
    }
}

fn fmt(r: std::fmt::Result) -> io::Result<()> {
    r.map_err(|_| io::Error::other("cannot format the prompt"))
}
