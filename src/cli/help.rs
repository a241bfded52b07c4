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
        let _ = write!(s, "\n  {e}");
    }
    s
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
}
