//! Help that teaches (issue 13, item 5): each list names the columns of its piped rows, and
//! `--header` prints exactly those names.

mod common;

use common::*;
use pandapon::cli::help::COLUMNS_HEADING;

/// Every command of the tree with the words that name it (`["order", "list"]`).
fn commands() -> Vec<(Vec<String>, clap::Command)> {
    fn walk(
        cmd: &clap::Command,
        path: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, clap::Command)>,
    ) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            out.push((path.clone(), sub.clone()));
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&pandapon::cli::Cli::parser(), &mut Vec::new(), &mut out);
    out
}

fn after_help(cmd: &clap::Command) -> String {
    cmd.get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// The help's examples, as typed.
fn examples(help: &str) -> Vec<String> {
    help.split_once("Examples:")
        .map(|(_, e)| {
            e.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// The help's columns: `(platform, names)`, platform "" when they do not differ.
fn columns(help: &str) -> Vec<(String, Vec<String>)> {
    let Some((_, rest)) = help.split_once(COLUMNS_HEADING) else {
        return Vec::new();
    };
    rest.lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| {
            let (platform, names) = match l.trim().split_once(": ") {
                Some((p, n)) if !p.contains(", ") => (p.to_string(), n),
                _ => (String::new(), l.trim()),
            };
            (platform, names.split(", ").map(String::from).collect())
        })
        .collect()
}

/// An example's pandapon arguments: the words before any pipe, `pandapon` left out.
fn words(example: &str) -> Vec<String> {
    let command = example.split('|').next().unwrap();
    let mut w: Vec<String> = command.split_whitespace().map(String::from).collect();
    assert_eq!(w.remove(0), "pandapon", "{example}");
    w
}

#[test]
fn each_list_names_its_columns_and_header_prints_them() {
    let env = Sandboxed::new();
    // A write, for the journal's examples to list.
    let o = env
        .sandboxed()
        .args(["--yes", "order", "pay", "3305075341149010310"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut checked = Vec::new();
    for (path, cmd) in commands() {
        let help = after_help(&cmd);
        let cols = columns(&help);
        if cols.is_empty() {
            continue;
        }
        for example in examples(&help) {
            let mut args = words(&example);
            if !args.iter().any(|a| a == "--header") {
                args.push("--header".into());
            }
            let o = env.sandboxed().args(&args).output().unwrap();
            assert!(o.status.success(), "{example}: {}", stderr(&o));
            let out = stdout(&o);
            let platform = if args.windows(2).any(|w| w == ["--platform", "1688"]) {
                "1688"
            } else {
                "Taobao"
            };
            let (_, names) = cols
                .iter()
                .find(|(p, _)| p.is_empty() || p == platform)
                .unwrap_or_else(|| panic!("{example}: no columns for {platform}: {help}"));
            if !out.is_empty() {
                assert_eq!(
                    out.lines().next().unwrap(),
                    names.join("\t"),
                    "{example}:\n{out}"
                );
                checked.push(path.join(" "));
            }
        }
    }
    for list in [
        "order list",
        "cart list",
        "after-sales list",
        "address list",
        "journal",
        "journal list",
        "goods search",
        "config show",
    ] {
        assert!(
            checked.iter().any(|c| c == list),
            "{list}: no example printed rows ({checked:?})"
        );
    }
}

#[test]
fn without_header_piped_tables_are_rows_only() {
    let env = Sandboxed::new();
    let o = env.sandboxed().args(["order", "list"]).output().unwrap();
    let out = stdout(&o);
    assert!(out.starts_with("3305075341149010310\t"), "{out}");
}
