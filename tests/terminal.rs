//! On a real terminal (a pty from util-linux `script`): tables are drawn, Chinese titles line up,
//! and NO_COLOR / --color are honoured.

mod common;

use std::process::Command as StdCommand;

use common::*;
use unicode_width::UnicodeWidthStr;

fn on_a_pty(env: &Sandboxed, args: &str, extra_env: &[(&str, &str)]) -> String {
    let bin = assert_cmd::cargo::cargo_bin("pandapon");
    let mut c = StdCommand::new("script");
    c.args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
        .env_clear()
        .env("HOME", env.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"));
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let o = c
        .output()
        .expect("util-linux `script` runs the binary on a pty");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    String::from_utf8(o.stdout).unwrap().replace('\r', "")
}

#[test]
fn tables_are_drawn_and_chinese_titles_line_up() {
    let env = Sandboxed::new();
    let out = on_a_pty(
        &env,
        "--sandbox --color never cart preview --ids 382,383,384",
        &[],
    );
    assert!(
        out.contains("│ 382 ┆ 2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣 ┆"),
        "{out}"
    );
    assert!(!out.contains('\u{1b}'), "--color never: {out}");
    // Each drawn table (a run of lines starting with a border character) has one display width.
    let mut tables: Vec<Vec<&str>> = vec![vec![]];
    for line in out.lines() {
        if line.starts_with(['┌', '│', '╞', '└']) {
            tables.last_mut().unwrap().push(line);
        } else if !tables.last().unwrap().is_empty() {
            tables.push(vec![]);
        }
    }
    let tables: Vec<_> = tables.into_iter().filter(|t| !t.is_empty()).collect();
    assert_eq!(tables.len(), 2, "one table per shop: {out}");
    for t in tables {
        let widths: Vec<usize> = t.iter().map(|l| UnicodeWidthStr::width(*l)).collect();
        assert!(
            widths.iter().all(|&w| w == widths[0]),
            "{}\n{widths:?}",
            t.join("\n")
        );
    }
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let env = Sandboxed::new();
    let out = on_a_pty(&env, "--sandbox cart list", &[]);
    assert!(
        out.contains("\u{1b}[1m"),
        "bold headers on a terminal: {out}"
    );
    let out = on_a_pty(&env, "--sandbox cart list", &[("NO_COLOR", "1")]);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.contains("┆ 优品家居生活馆"), "{out}");
}
