//! The closing sections of a verb's `--help`: its notes, the columns of its piped output (for a
//! list), then one or two examples, last, as gh ends every command's help. Every leaf verb has
//! examples; `tests/help.rs` checks that, and runs each example against the sandbox.

use std::fmt::Write;

/// `after_help` for a verb: `notes` (may be empty), then `examples`.
pub fn examples(notes: &str, examples: &[&str]) -> String {
    list(notes, &[], examples)
}

/// `after_help` for a list: `notes` (may be empty), the columns of its tab-separated rows as
/// piped, by platform when they differ (`("", COLUMNS)` when they do not), then `examples`.
pub fn list(notes: &str, columns: &[(&str, &[&str])], examples: &[&str]) -> String {
    let mut s = String::new();
    if !notes.is_empty() {
        s.push_str(notes);
        s.push_str("\n\n");
    }
    if !columns.is_empty() {
        s.push_str(COLUMNS_HEADING);
        s.push('\n');
        for (platform, names) in columns {
            let label = if platform.is_empty() {
                String::new()
            } else {
                format!("{platform}: ")
            };
            let _ = writeln!(s, "  {label}{}", names.join(", "));
        }
        s.push('\n');
    }
    s.push_str("Examples:");
    for e in examples {
        let _ = write!(s, "\n  {}", fold(e));
    }
    s
}

/// An example's lines are at most this wide, so that clap never wraps one on an 80-column
/// terminal (it would, without the `\` a shell needs to read the next line as the same command).
const EXAMPLE_WIDTH: usize = 76;

/// `example` in lines of at most `EXAMPLE_WIDTH` columns, broken between shell words (never
/// inside quotes) with a `\` at each line's end and the next indented, as one pastes it.
fn fold(example: &str) -> String {
    use unicode_width::UnicodeWidthStr;
    if example.width() <= EXAMPLE_WIDTH {
        return example.to_string();
    }
    let mut words: Vec<String> = vec![String::new()];
    let mut quoted = false;
    for c in example.chars() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c == ' ' && !quoted {
            words.push(String::new());
        } else {
            words.last_mut().expect("never empty").push(c);
        }
    }
    let mut out = String::new();
    let mut used = 0;
    for w in words.iter().filter(|w| !w.is_empty()) {
        if used > 0 && used + 1 + w.width() + 2 > EXAMPLE_WIDTH {
            out.push_str(" \\\n      ");
            used = 4;
        } else if used > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(w);
        used += w.width();
    }
    out
}

/// Introduces a list's columns in its help (the tests find them by it).
pub const COLUMNS_HEADING: &str =
    "Columns, tab-separated when piped (--header prints their names first):";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_in_order() {
        assert_eq!(
            list(
                "Notes.",
                &[("Taobao", &["ID", "Title"]), ("1688", &["ID", "Spec"])],
                &["pandapon cart list", "pandapon cart list --all"]
            ),
            format!(
                "Notes.\n\n{COLUMNS_HEADING}\n  Taobao: ID, Title\n  1688: ID, Spec\n\n\
                 Examples:\n  pandapon cart list\n  pandapon cart list --all"
            )
        );
        assert_eq!(
            examples("", &["pandapon doctor"]),
            "Examples:\n  pandapon doctor"
        );
    }

    #[test]
    fn long_examples_continue_on_the_next_line() {
        let e = "pandapon address set --name 李四 --phone 13900000000 --province 广东省 --city 深圳市 --address '南山区科技园 1 号'";
        let folded = fold(e);
        assert_eq!(
            folded,
            "pandapon address set --name 李四 --phone 13900000000 --province 广东省 \\\n      \
             --city 深圳市 --address '南山区科技园 1 号'"
        );
        assert_eq!(folded.replace(" \\\n      ", " "), e);
    }
}
