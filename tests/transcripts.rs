//! Transcripts: what a person or a script sees from pandapon, pinned as text.
//!
//! - `tests/cmd/help/*.md`: every `--help` (the root, each noun, each verb).
//! - `tests/cmd/errors/*.toml`: the main error messages, stdout and stderr apart, exit code asserted.
//! - `tests/cmd/config/*.md`: the settings and `config init`, without the sandbox.
//! - `tests/cmd/sandbox/*.toml`: one command each against the embedded sandbox (fresh seed data),
//!   stdout and stderr apart; `--json` ones compared byte for byte (`binary = true`).
//! - `tests/cmd/sandbox/flow-*.md`: flows against the embedded sandbox, several commands per case
//!   sharing one temporary directory (and so one sandbox state and journal).
//! - `completions/`: `pandapon completions SHELL` for every shell, compared by snapbox.
//! - `man/`: `pandapon man COMMAND...` for every command, compared by snapbox.
//!
//! Every case runs in a temporary directory of its own: a `.toml` case because it says
//! `fs.sandbox = true` (its `NAME.in/`, if any, is copied there first), a `.md` case because a
//! `NAME.out/` directory exists beside it (files in it are compared with what the case leaves). trycmd compares text with `\` read as `/`
//! (it normalises paths), and `[..]` in an expected line matches anything up to the line's end
//! or the next literal text: it stands only for what varies (times, request ids, ports, nonces).
//!
//! After an intended change of output, regenerate and review the diff:
//!
//! ```text
//! TRYCMD=overwrite cargo test --test transcripts      # tests/cmd/
//! SNAPSHOTS=overwrite cargo test --test transcripts   # completions/ and man/
//! ```
//!
//! One case or a few: `cargo test --test transcripts -- transcripts trycmd=cart trycmd=order`.
//!
//! Isolation: the cases never see this process's environment. trycmd lets a case remove or add
//! variables but a `.md` case inherits everything else, so `transcripts` runs itself again with
//! an emptied environment (only `KEEP` passes) and the child runs the cases. Every case then gets
//! the same `BASE_ENV`: relative HOME and XDG directories, which each sandboxed case resolves
//! inside its own temporary directory, a fixed width for clap's help and a fixed time zone.

use std::process::Command;

/// Set in the child run that has the emptied environment.
const CLEAN_MARK: &str = "TRANSCRIPTS_CLEAN_ENV";

/// What the child run keeps from the outer environment: what the test runner itself needs,
/// nothing pandapon reads.
const KEEP: &[&str] = &[
    "PATH",
    "TMPDIR",
    "LD_LIBRARY_PATH",
    "RUST_BACKTRACE",
    "TRYCMD",
    "CARGO_BIN_EXE_pandapon",
];

/// The environment of every case (added to the emptied one).
const BASE_ENV: &[(&str, &str)] = &[
    ("HOME", "home"),
    ("XDG_CONFIG_HOME", "home/.config"),
    ("XDG_DATA_HOME", "home/.local/share"),
    // clap wraps help at min(COLUMNS, 100) off a terminal; without COLUMNS it takes 100 too,
    // but a case must not depend on that.
    ("COLUMNS", "100"),
    ("TZ", "UTC"),
];

/// The flows also run against the embedded sandbox, its state in the case's own directory.
const SANDBOX_ENV: &[(&str, &str)] = &[
    ("PANDAPON_SANDBOX", "1"),
    ("PANDAPON_SANDBOX_STATE", "sandbox.json"),
];

#[test]
fn transcripts() {
    if std::env::var_os(CLEAN_MARK).is_none() {
        rerun_in_clean_env("transcripts");
        return;
    }
    let outer: Vec<String> = std::env::vars_os()
        .map(|(k, _)| k.to_string_lossy().into_owned())
        .filter(|k| k != CLEAN_MARK && !KEEP.contains(&k.as_str()))
        .collect();
    assert!(outer.is_empty(), "variables reached the cases: {outer:?}");
    // Run both groups, then report: a failure in one must not hide the other's.
    let help_and_errors = std::panic::catch_unwind(|| {
        cases(&[])
            .case("tests/cmd/help/*.md")
            .case("tests/cmd/errors/*.toml")
            .case("tests/cmd/config/*.md")
            .run();
    });
    let sandbox = std::panic::catch_unwind(|| {
        cases(SANDBOX_ENV)
            .case("tests/cmd/sandbox/*.md")
            .case("tests/cmd/sandbox/*.toml")
            .run();
    });
    assert!(
        help_and_errors.is_ok() && sandbox.is_ok(),
        "transcripts differ (see above); after an intended change: TRYCMD=overwrite cargo test --test transcripts"
    );
}

fn cases(extra: &[(&str, &str)]) -> trycmd::TestCases {
    let t = trycmd::TestCases::new();
    t.register_bin("pandapon", trycmd::cargo::cargo_bin("pandapon"))
        .default_bin_name("pandapon");
    for (k, v) in BASE_ENV.iter().chain(extra) {
        t.env(*k, *v);
    }
    t
}

/// Runs the test `name` of this binary again with only `KEEP` from the environment, and fails
/// with its output if it fails.
fn rerun_in_clean_env(name: &str) {
    let mut child = Command::new(std::env::current_exe().unwrap());
    child
        .env_clear()
        .envs(KEEP.iter().filter_map(|k| Some((k, std::env::var_os(k)?))))
        .env(CLEAN_MARK, "1")
        .args([name, "--exact", "--quiet"])
        // trycmd's own filters (`trycmd=NAME`), which libtest ignores.
        .args(std::env::args().filter(|a| a.starts_with("trycmd=")));
    let out = child
        .output()
        .expect("run the transcripts in a clean environment");
    if !out.status.success() {
        panic!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The committed completion scripts are exactly what the binary prints
/// (`SNAPSHOTS=overwrite cargo test --test transcripts` rewrites them).
fn completions(shell: &str, expected: snapbox::Data) {
    snapbox::cmd::Command::new(trycmd::cargo::cargo_bin("pandapon"))
        .env_clear()
        .args(["completions", shell])
        .assert()
        .success()
        .stderr_eq("")
        .stdout_eq(expected.raw());
}

#[test]
fn completions_bash() {
    completions("bash", snapbox::file!["../completions/pandapon.bash"]);
}

#[test]
fn completions_zsh() {
    completions("zsh", snapbox::file!["../completions/_pandapon"]);
}

#[test]
fn completions_fish() {
    completions("fish", snapbox::file!["../completions/pandapon.fish"]);
}

#[test]
fn completions_powershell() {
    completions("powershell", snapbox::file!["../completions/_pandapon.ps1"]);
}

#[test]
fn completions_elvish() {
    completions("elvish", snapbox::file!["../completions/pandapon.elv"]);
}

/// `man/` holds exactly the page of every command, as `pandapon man` prints it
/// (`SNAPSHOTS=overwrite cargo test --test transcripts` rewrites them and removes stale ones).
#[test]
fn man_pages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = pandapon::commands::man::all_pages();
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    if overwrite {
        std::fs::create_dir_all(&dir).unwrap();
    }
    for (words, file) in &pages {
        let path = dir.join(file);
        if overwrite && !path.exists() {
            std::fs::write(&path, "").unwrap();
        }
        snapbox::cmd::Command::new(trycmd::cargo::cargo_bin("pandapon"))
            .env_clear()
            .arg("man")
            .args(words)
            .assert()
            .success()
            .stderr_eq("")
            .stdout_eq(snapbox::Data::read_from(&path, None).raw());
    }
    let known: Vec<&str> = pages.iter().map(|(_, f)| f.as_str()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !known.contains(&name.as_str()) {
            if overwrite {
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                panic!("man/{name} is the page of no command; regenerate with SNAPSHOTS=overwrite");
            }
        }
    }
}
