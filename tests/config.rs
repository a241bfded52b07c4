//! Profiles: init, show, path, precedence, permissions.

mod common;

use common::*;
use serde_json::{Value, json};

#[test]
fn init_off_a_terminal_takes_flags_and_variables_and_writes_0600() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .env("PANDAPON_ACCESS_SECRET", SECRET)
        .args(["config", "init", "--access-key", KEY, "--user-id", USER])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains(SECRET));
    let p = env.config_path();
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(
        text.contains(&format!("access_secret = \"{SECRET}\"")),
        "{text}"
    );
    assert!(text.contains("default_profile = \"default\""), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // A second init needs --yes to replace the profile.
    let again = env
        .bare()
        .env("PANDAPON_ACCESS_SECRET", "other-secret")
        .args(["config", "init", "--access-key", "k2", "--user-id", "u2"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(3));
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        text,
        "the file is untouched"
    );
}

#[test]
fn init_with_dry_run_writes_nothing_and_path_has_a_json_form() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .args([
            "--dry-run",
            "config",
            "init",
            "--access-key",
            KEY,
            "--user-id",
            USER,
            "--access-secret-stdin",
        ])
        .write_stdin(format!("{SECRET}\n"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("dry run: would save profile \"default\""));
    assert!(stderr(&o).contains("nothing was written"));
    assert!(!stderr(&o).contains(SECRET) && !stdout(&o).contains(SECRET));
    assert!(!env.config_path().exists());

    let o = env
        .bare()
        .args(["--json", "config", "path"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v, Value::String(env.config_path().display().to_string()));
}

#[test]
fn init_reads_the_secret_from_stdin_and_keeps_other_profiles() {
    let env = Sandboxed::new();
    env.write_config("[profiles.work]\naccess_key = \"w\"\n");
    let o = env
        .bare()
        .args([
            "--profile",
            "home",
            "config",
            "init",
            "--access-key",
            KEY,
            "--user-id",
            USER,
            "--access-secret-stdin",
        ])
        .write_stdin(format!("{SECRET}\n"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        text.contains("[profiles.work]") && text.contains("[profiles.home]"),
        "{text}"
    );
    assert!(
        text.contains(&format!("access_secret = \"{SECRET}\"\n")),
        "{text}"
    );
}

#[test]
fn init_without_values_off_a_terminal_names_what_is_missing() {
    let env = Sandboxed::new();
    let o = env
        .bare()
        .args(["config", "init", "--access-key", KEY])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("the access secret (--access-secret-stdin or PANDAPON_ACCESS_SECRET)"),
        "{e}"
    );
    assert!(
        e.contains("the user id (--user-id or PANDAPON_USER_ID)"),
        "{e}"
    );
    assert!(!env.config_path().exists());

    // The flag was given, but the pipe brought nothing: that is what is said.
    let o = env
        .bare()
        .args([
            "config",
            "init",
            "--access-key",
            KEY,
            "--user-id",
            USER,
            "--access-secret-stdin",
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--access-secret-stdin read nothing: stdin was empty"),
        "{}",
        stderr(&o)
    );
    assert!(!env.config_path().exists());
}

#[test]
fn show_tells_where_each_value_came_from() {
    let env = Sandboxed::new();
    let p = env.write_config(&format!(
        "[profiles.default]\naccess_key = \"{KEY}\"\naccess_secret = \"{SECRET}\"\nuser_id = 42\nbase_url = \"http://file.example\"\ntimeout = 7\n"
    ));
    let o = env
        .bare()
        .env("PANDAPON_USER_ID", "from-env")
        .args([
            "--base-url",
            "http://flag.example",
            "--json",
            "config",
            "show",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let file = format!("file {} [profiles.default]", p.display());
    assert_eq!(v["base_url"]["value"], "http://flag.example");
    assert_eq!(v["base_url"]["source"], "flag --base-url");
    assert_eq!(v["user_id"]["value"], "from-env");
    assert_eq!(v["user_id"]["source"], "variable PANDAPON_USER_ID");
    assert_eq!(v["access_key"]["source"], file.as_str());
    assert_eq!(
        v["timeout"]["value"], "5 s",
        "PANDAPON_TIMEOUT=5 from the test env beats the file"
    );
    assert_eq!(v["access_secret"]["value"], "******** (set)");
    assert_eq!(v["profile"]["source"], "default");

    let o = env
        .bare()
        .env_remove("PANDAPON_TIMEOUT")
        .args(["--json", "config", "show"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["timeout"]["value"], "7 s");
    assert_eq!(v["base_url"]["value"], "http://file.example");
}

#[test]
fn a_variable_set_empty_counts_as_unset_but_an_empty_credential_is_refused() {
    let env = Sandboxed::new();
    env.write_config("[profiles.default]\ntimeout = 7\n");
    let o = env
        .bare()
        .env("PANDAPON_TIMEOUT", "")
        .env("PANDAPON_SANDBOX", "")
        .env("PANDAPON_CONCURRENCY", "")
        .args(["--json", "config", "show"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["timeout"]["value"], "7 s",
        "the file's, not a parse error"
    );

    // PANDAPON_SANDBOX= is off: the real API path, which needs credentials.
    let o = env
        .bare()
        .env("PANDAPON_SANDBOX", "")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));

    let o = env
        .sandboxed()
        .env("PANDAPON_ACCESS_KEY", "")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "the sandbox needs no credentials: {}",
        stderr(&o)
    );
    let o = env
        .bare()
        .env("PANDAPON_ACCESS_KEY", "")
        .args(["cart", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(
        stderr(&o).contains("PANDAPON_ACCESS_KEY is set but empty"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn show_lists_the_address_under_the_profile_keys() {
    let env = Sandboxed::new();
    let p = env.write_config(&format!(
        "[profiles.default]\naccess_key = \"{KEY}\"\n[profiles.default.address]\nname = \"张三\"\nmobile_phone = \"15068763421\"\ncity = \"杭州市\"\n"
    ));
    let o = env
        .bare()
        .args(["--json", "config", "show"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let file = format!("file {} [profiles.default]", p.display());
    assert_eq!(v["address.name"], json!({"value": "张三", "source": file}));
    assert_eq!(
        v["address.mobile"]["value"], "15068763421",
        "the old key, read"
    );
    assert_eq!(v["address.city"]["value"], "杭州市");
    assert!(v.get("address.zip").is_none(), "only the fields set: {v}");
    assert!(stderr(&o).contains("`mobile_phone` is now called `mobile`"));

    let none = Sandboxed::new();
    let o = none
        .bare()
        .args(["--json", "config", "show"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["address"]["value"], "(not set)");
}

#[test]
fn path_prints_the_resolved_file() {
    let env = Sandboxed::new();
    let o = env.bare().args(["config", "path"]).output().unwrap();
    assert_eq!(stdout(&o), format!("{}\n", env.config_path().display()));
    let o = env
        .bare()
        .env("PANDAPON_CONFIG", "/tmp/x.toml")
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "/tmp/x.toml\n");
}

#[cfg(unix)]
#[test]
fn a_world_readable_profile_file_warns() {
    use std::os::unix::fs::PermissionsExt;
    let env = Sandboxed::new();
    // A file without a secret is nobody's business.
    let p = env.write_config("[profiles.default]\naccess_key = \"k\"\n");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = env.bare().args(["config", "path"]).output().unwrap();
    assert_eq!(stderr(&o), "");
    let p = env.write_config(&format!(
        "[profiles.default]\naccess_key = \"k\"\naccess_secret = \"{SECRET}\"\n"
    ));
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = env.bare().args(["config", "path"]).output().unwrap();
    assert!(o.status.success());
    assert!(stderr(&o).contains(&format!("warning: {} holds the access secret but is readable by others (mode 0644); run: chmod 600", p.display())), "{}", stderr(&o));
}

#[test]
fn an_endpoint_override_with_a_placeholder_the_operation_does_not_fill_is_refused() {
    let env = Sandboxed::new();
    let p = env.write_config(
        "[profiles.default.endpoints]\n\"taobao.cart.list\" = \"GET /v2/{x}/list\"\n",
    );
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["cart", "list"])
        .output()
        .unwrap();
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        !e.contains("internal error") && !e.contains("panick"),
        "{e}"
    );
    assert!(
        e.contains("\"taobao.cart.list\"")
            && e.contains("{x}")
            && e.contains(&p.display().to_string()),
        "{e}"
    );
}

/// On a pty (util-linux `script`) but with stderr, where prompts are drawn, sent to a file:
/// nobody can be asked, so a write needs --yes (exit 3) rather than failing to prompt.
#[cfg(unix)]
#[test]
fn with_stderr_off_the_terminal_a_write_is_not_prompted_for() {
    let env = Sandboxed::new();
    let log = env.path().join("log");
    let bin = assert_cmd::cargo::cargo_bin("pandapon");
    let o = std::process::Command::new("script")
        .args([
            "-qec",
            &format!(
                "timeout --foreground 30 {} --sandbox freight domestic --order 1 --tmall-order 2 \
                 --item 1:2:1 --tracking SF1 --company x --shipped-at 2025-08-04T21:22:14Z 2>{}",
                bin.display(),
                log.display()
            ),
            "/dev/null",
        ])
        .env_clear()
        .env("HOME", env.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("PANDAPON_SANDBOX_STATE", env.path().join("s.json"))
        .stdin(std::process::Stdio::piped())
        .output()
        .expect("util-linux `script` runs the binary on a pty");
    let err = std::fs::read_to_string(&log).unwrap();
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("--yes"), "{err}");
}

#[test]
fn the_platform_is_a_setting_like_the_others() {
    let env = Sandboxed::new();
    let show = |env: &Sandboxed, extra: &[&str], var: Option<&str>| {
        let mut c = env.bare();
        if let Some(v) = var {
            c.env("PANDAPON_PLATFORM", v);
        }
        let o = c
            .args(extra)
            .args(["--json", "config", "show"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        (
            v["platform"]["value"].clone(),
            v["platform"]["source"].clone(),
        )
    };
    assert_eq!(show(&env, &[], None), (json!("taobao"), json!("default")));
    let p = env.write_config("[profiles.default]\nplatform = \"1688\"\n");
    let file = format!("file {} [profiles.default]", p.display());
    assert_eq!(show(&env, &[], None), (json!("1688"), json!(file)));
    assert_eq!(
        show(&env, &[], Some("taobao")),
        (json!("taobao"), json!("variable PANDAPON_PLATFORM"))
    );
    assert_eq!(
        show(&env, &["--platform", "1688"], Some("taobao")),
        (json!("1688"), json!("flag --platform"))
    );
    env.write_config("[profiles.default]\nplatform = \"amazon\"\n");
    let o = env.bare().args(["config", "show"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("\"amazon\" is not a platform: expected taobao or 1688"),
        "{}",
        stderr(&o)
    );
}
