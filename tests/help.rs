//! Help that teaches (issue 13, item 5): each list names the columns of its piped rows, and
//! `--header` prints exactly those names.

mod common;

use common::*;
use pandapon::cli::help::COLUMNS_HEADING;
use unicode_width::UnicodeWidthStr;

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

/// The help's examples, as typed (a line ending in ` \` goes on with the next).
fn examples(help: &str) -> Vec<String> {
    let Some((_, e)) = help.split_once("Examples:") else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut more = false;
    for l in e.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (text, next) = match l.strip_suffix(" \\") {
            Some(t) => (t, true),
            None => (l, false),
        };
        match out.last_mut() {
            Some(last) if more => {
                last.push(' ');
                last.push_str(text);
            }
            _ => out.push(text.to_string()),
        }
        more = next;
    }
    out
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

/// Whether `cmd` runs on its own (a verb, or `journal`, which lists), rather than only naming
/// its verbs.
fn runnable(cmd: &clap::Command) -> bool {
    !cmd.has_subcommands() || !cmd.is_subcommand_required_set()
}

#[test]
fn every_verb_ends_with_one_or_two_examples() {
    let mut verbs = 0;
    for (path, cmd) in commands().into_iter().filter(|(_, c)| runnable(c)) {
        let help = after_help(&cmd);
        let (_, tail) = help
            .rsplit_once("Examples:")
            .unwrap_or_else(|| panic!("`pandapon {}` has no examples", path.join(" ")));
        let examples = examples(&help);
        assert!(
            (1..=2).contains(&examples.len())
                && examples.iter().all(|e| e.contains("pandapon "))
                && tail.lines().skip(1).all(|l| l.starts_with("  ")),
            "`pandapon {}`: the help must end with one or two examples:\n{help}",
            path.join(" ")
        );
        // clap would wrap a longer line on an 80-column terminal, without the `\`.
        for l in tail.lines() {
            assert!(
                l.width() <= 78,
                "`pandapon {}`: {l:?} is too wide",
                path.join(" ")
            );
        }
        verbs += 1;
    }
    assert!(verbs > 60, "{verbs}");
}

/// `s` split as a shell splits words, for the quoting the examples use ('...').
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            ' ' if !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// The pandapon command of an example: from `pandapon` to a pipe, redirection or comment.
fn pandapon_words(example: &str) -> Vec<String> {
    let from = example.find("pandapon ").expect(example);
    let command = &example[from..];
    let end = command
        .find(['|', '<', '>', '#', ')'])
        .unwrap_or(command.len());
    shell_words(&command[..end])
}

/// A place for one example to run: its own HOME, sandbox state and the files examples name.
struct Place {
    dir: tempfile::TempDir,
}

impl Place {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("home/.config/fish/completions")).unwrap();
        std::fs::write(d.join("secret.txt"), "sandbox-access-secret-0001\n").unwrap();
        // A JPEG's signature is all the sandbox looks at.
        std::fs::write(d.join("shirt.jpg"), [0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]).unwrap();
        Place { dir }
    }

    /// `program` with the examples' environment: the sandbox, and pandapon on the PATH.
    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let d = self.dir.path();
        let bin = assert_cmd::cargo::cargo_bin("pandapon");
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut c = std::process::Command::new(program);
        c.current_dir(d)
            .env_clear()
            .env("PATH", path)
            .env("HOME", d.join("home"))
            .env("XDG_CONFIG_HOME", d.join("home/.config"))
            .env("XDG_DATA_HOME", d.join("home/.local/share"))
            .env("PANDAPON_SANDBOX", "1")
            .env("PANDAPON_SANDBOX_STATE", d.join("s.json"))
            .env("TZ", "UTC")
            .stdin(std::process::Stdio::null());
        c
    }

    /// The example in bash, as typed, with a person's "yes" to each confirmation (`--yes`,
    /// unless the example gives it).
    fn run(&self, example: &str) -> std::process::Output {
        const YES: &str = r#"pandapon() { case " $* " in *" --yes "*|*" -y "*) command pandapon "$@";; *) command pandapon --yes "$@";; esac; }"#;
        self.command("bash")
            .args(["-c", &format!("{YES}\n{example}")])
            .output()
            .unwrap()
    }

    /// A long-running example (`listen`, `sandbox serve`): it must still be running, or have
    /// ended well, a moment after it starts.
    fn starts(&self, example: &str) {
        let mut child = self
            .command("bash")
            .args(["-c", &format!("exec {example}")])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1500));
        match child.try_wait().unwrap() {
            Some(status) => {
                let out = child.wait_with_output().unwrap();
                assert!(
                    status.success(),
                    "{example}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
            }
        }
    }

    /// Runs `listen` in the background for `f`, as `trigger` and the inbox need.
    fn with_listen(&self, f: impl FnOnce()) {
        let mut listen = self
            .command("pandapon")
            .args(["listen", "--port", "0"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1000));
        f();
        listen.kill().unwrap();
        listen.wait().unwrap();
    }
}

/// The app the examples forward and replay messages to (they say http://127.0.0.1:3000; the
/// test runs them against this one, on a free port): it answers 200 to everything.
fn an_app() -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut s = stream;
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            // The headers, then as much body as they announce.
            while let Ok(n) = s.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf).to_ascii_lowercase();
                if let Some(end) = text.find("\r\n\r\n") {
                    let len = text
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    if buf.len() >= end + 4 + len {
                        break;
                    }
                }
            }
            let _ =
                s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
    });
    addr
}

#[test]
fn every_example_runs_against_the_sandbox() {
    let app = an_app();
    let mut ran = 0;
    for (path, cmd) in commands().into_iter().filter(|(_, c)| runnable(c)) {
        let verb = path.join(" ");
        for example in examples(&after_help(&cmd)) {
            // Every example parses: its flags exist and fit together.
            let words = pandapon_words(&example);
            if let Err(e) = pandapon::cli::Cli::parser().try_get_matches_from(&words) {
                panic!("{example}: {e}");
            }
            if example.contains("# on a terminal") {
                continue;
            }
            let example = example.replace("127.0.0.1:3000", &app);
            let place = Place::new();
            let run = |example: &str| {
                let o = place.run(example);
                assert!(
                    o.status.success(),
                    "{example}: exit {:?}\n{}{}",
                    o.status.code(),
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                );
            };
            match verb.as_str() {
                "listen" | "sandbox serve" => place.starts(&example),
                "trigger" => place.with_listen(|| run(&example)),
                v if v.starts_with("inbox") => {
                    // A message in the inbox (number 1), not yet accepted by any app.
                    place.with_listen(|| run("pandapon trigger ORDER_PAY_SUCCESS"));
                    run(&example);
                }
                _ => run(&example),
            }
            ran += 1;
        }
    }
    assert!(ran > 80, "{ran} examples ran");
}
