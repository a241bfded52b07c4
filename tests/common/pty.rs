//! Running the binary on a pseudo-terminal (util-linux `script`), typing into it, and reading
//! back what a terminal of a given width would show.

use std::process::Command as StdCommand;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::Sandboxed;

pub fn on_a_pty(env: &Sandboxed, args: &str, extra_env: &[(&str, &str)]) -> String {
    let (code, out) = typing(env, args, extra_env, &[]);
    assert_eq!(code, Some(0), "{out}");
    out
}

/// Runs the binary on a pty and types `keys` into it, one burst per entry, a moment apart
/// (a prompt must be drawn before its answer arrives). Returns the exit code and the screen.
pub fn typing(
    env: &Sandboxed,
    args: &str,
    extra_env: &[(&str, &str)],
    keys: &[&str],
) -> (Option<i32>, String) {
    typing_on(env, "", args, extra_env, keys)
}

/// `typing` on a pty of `cols` columns (prompts read the pty's own size, not COLUMNS).
pub fn typing_sized(
    env: &Sandboxed,
    cols: u16,
    args: &str,
    keys: &[&str],
) -> (Option<i32>, String) {
    let cols = cols.to_string();
    typing_on(
        env,
        &format!("stty cols {cols} rows 24; "),
        args,
        &[("COLUMNS", &cols)],
        keys,
    )
}

pub fn typing_on(
    env: &Sandboxed,
    setup: &str,
    args: &str,
    extra_env: &[(&str, &str)],
    keys: &[&str],
) -> (Option<i32>, String) {
    use std::io::Write;
    use std::process::Stdio;
    let bin = assert_cmd::cargo::cargo_bin("pandapon");
    let mut c = StdCommand::new("script");
    // `timeout`: a prompt left waiting for keys that never come ends the test (exit 124)
    // rather than hanging it.
    c.args([
        "-qec",
        &format!("{setup}timeout --foreground 30 {} {args}", bin.display()),
        "/dev/null",
    ])
    .env_clear()
    .env("HOME", env.path())
    .env("PATH", std::env::var("PATH").unwrap_or_default())
    .env("TERM", "xterm")
    .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"));
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs the binary on a pty");
    let mut stdin = child.stdin.take().unwrap();
    for k in keys {
        std::thread::sleep(std::time::Duration::from_millis(700));
        stdin.write_all(k.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    let o = child.wait_with_output().unwrap();
    drop(stdin);
    (
        o.status.code(),
        String::from_utf8(o.stdout).unwrap().replace('\r', ""),
    )
}

/// `s` without its CSI sequences (cursor moves, erases): what is left is what shows.
pub fn without_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for k in chars.by_ref() {
                if k.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every drawn line of `out` fits `width` terminal columns.
pub fn fits(out: &str, width: usize) {
    for line in out.lines() {
        assert!(
            line.width() <= width,
            "{} columns: {line}\n{out}",
            line.width()
        );
    }
}

/// What a terminal `cols` wide shows after `out` (the pty's output, carriage returns removed):
/// enough of a VT100 for the pickers (cursor up and down, erase line), each `\n` a new line,
/// a line that reaches the last column wrapping as a terminal's does. Colours are dropped.
pub fn screen(out: &str, cols: usize) -> Vec<String> {
    let mut rows: Vec<Vec<char>> = vec![Vec::new()];
    let (mut row, mut col) = (0usize, 0usize);
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' if chars.peek() == Some(&'[') => {
                chars.next();
                let mut arg = String::new();
                let mut end = ' ';
                for k in chars.by_ref() {
                    if k.is_ascii_alphabetic() {
                        end = k;
                        break;
                    }
                    arg.push(k);
                }
                let n: usize = arg.parse().unwrap_or(1);
                match end {
                    'A' => row = row.saturating_sub(n),
                    'B' => row += n,
                    'K' if arg == "2" => rows[row].clear(),
                    'K' => rows[row].truncate(col),
                    _ => {}
                }
            }
            '\n' => {
                row += 1;
                col = 0;
            }
            c => {
                let w = c.width().unwrap_or(0);
                if col + w > cols {
                    row += 1;
                    col = 0;
                }
                while rows.len() <= row {
                    rows.push(Vec::new());
                }
                let line = &mut rows[row];
                while line.len() < col + w {
                    line.push(' ');
                }
                line[col] = c;
                // A wide character's second column is taken: nothing is drawn there.
                if w == 2 {
                    line[col + 1] = '\0';
                }
                col += w;
            }
        }
        while rows.len() <= row {
            rows.push(Vec::new());
        }
    }
    rows.into_iter()
        .map(|r| {
            r.into_iter()
                .filter(|&c| c != '\0')
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect()
}

/// The screen with its trailing empty lines dropped, as one text.
pub fn shown(out: &str, cols: usize) -> String {
    let mut lines = screen(out, cols);
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n");
    assert!(lines.iter().all(|l| l.width() <= cols), "{text}");
    text
}
