//! The TOML profile file: where it lives, reading it (with file:line:column errors),
//! and writing it with mode 0600.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::secret::Secret;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_secret: Option<Secret>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_or_int"
    )]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Seconds.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_when_whole"
    )]
    pub timeout: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_unit: Option<TimestampUnit>,
    /// Requests in flight for a batch, 1 to 32.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Operation key -> "METHOD /path" (see the endpoint catalogue).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub endpoints: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum TimestampUnit {
    #[default]
    #[serde(rename = "ms")]
    Millis,
    #[serde(rename = "s")]
    Seconds,
}

impl TimestampUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            TimestampUnit::Millis => "ms",
            TimestampUnit::Seconds => "s",
        }
    }
}

/// A shipping address, field for field the API's `OrderAddress` (seed document).
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
}

impl Address {
    /// Fields a recipient cannot do without; the rest are optional.
    pub fn missing_required(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        let blank = |f: &Option<String>| f.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&self.name) {
            m.push("name");
        }
        if blank(&self.mobile_phone) && blank(&self.phone) {
            m.push("mobile_phone");
        }
        if blank(&self.address) {
            m.push("address");
        }
        m
    }

    /// One line for a person: 收件人, phone, street, district, city, state, country, zip.
    pub fn one_line(&self) -> String {
        crate::domain::value::join_nonempty(
            [
                &self.name,
                &self.mobile_phone,
                &self.address,
                &self.district,
                &self.city,
                &self.state,
                &self.country,
                &self.zip,
            ]
            .iter()
            .filter_map(|f| f.as_deref()),
        )
    }
}

/// `timeout = 30` stays `30` when the file is rewritten, not `30.0`.
fn whole_when_whole<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}

fn string_or_int<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        S(String),
        I(i64),
    }
    Ok(Option::<Raw>::deserialize(d)?.map(|r| match r {
        Raw::S(s) => s,
        Raw::I(i) => i.to_string(),
    }))
}

/// `$PANDAPON_CONFIG` is handled by clap; this is the fallback, honouring XDG_CONFIG_HOME.
pub fn default_path() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(x).join("pandapon").join("config.toml");
    }
    match directories::BaseDirs::new() {
        Some(d) => d.config_dir().join("pandapon").join("config.toml"),
        None => PathBuf::from("pandapon.toml"),
    }
}

/// Where pandapon keeps data (the sandbox state, the journal), honouring XDG_DATA_HOME.
pub fn data_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(x).join("pandapon");
    }
    match directories::BaseDirs::new() {
        Some(d) => d.data_dir().join("pandapon"),
        None => PathBuf::from(".pandapon"),
    }
}

pub struct Loaded {
    pub file: Option<ConfigFile>,
    pub warnings: Vec<String>,
    /// Found in the raw text even when it does not parse, so error messages can mask it.
    pub secrets: Vec<String>,
}

/// A missing file is not an error: credentials may come from the environment.
pub fn load(path: &Path) -> Result<Loaded> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Loaded {
                file: None,
                warnings: Vec::new(),
                secrets: Vec::new(),
            });
        }
        Err(e) => {
            return Err(Error::usage(format!(
                "cannot read the config file {}: {e}",
                path.display()
            )));
        }
    };
    let secrets = scan_secrets(&text);
    let mut warnings = Vec::new();
    if !secrets.is_empty()
        && let Some(w) = permission_warning(path)
    {
        warnings.push(w);
    }
    let file: ConfigFile = toml::from_str(&text).map_err(|e| {
        // Only the message and the position: toml's full Display quotes the source line,
        // which could be the secret's.
        let (line, col) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((1, 1));
        let msg = crate::secret::mask_all(e.message().trim(), &secrets);
        Error::usage(format!(
            "{}:{line}:{col}: malformed config file: {msg}",
            path.display()
        ))
    })?;
    Ok(Loaded {
        file: Some(file),
        warnings,
        secrets,
    })
}

/// The secrets of a file that may not parse, for the masks (empty when it cannot be read).
pub fn secrets_in(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .map(|t| scan_secrets(&t))
        .unwrap_or_default()
}

/// Every `access_secret = <value>` in the text, wherever it sits on a line: a table's key, a
/// dotted key (`profiles.a.access_secret`) or inside an inline table. Both the value and its
/// escaped form (as written in the file, and as a message may quote it) are returned.
fn scan_secrets(text: &str) -> Vec<String> {
    const KEY: &str = "access_secret";
    let mut found: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut from = 0;
        while let Some(i) = line[from..].find(KEY) {
            let at = from + i;
            from = at + KEY.len();
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-') {
                continue;
            }
            let mut rest = &line[from..];
            // A quoted key: "access_secret" = ...
            if let Some(q) = before.filter(|c| *c == '"' || *c == '\'') {
                rest = rest.strip_prefix(q).unwrap_or(rest);
            }
            let Some(v) = rest.trim_start().strip_prefix('=') else {
                continue;
            };
            let v = v.trim_start();
            let (raw, value) = if let Some(v) = v.strip_prefix('"') {
                let raw = basic_string(v);
                (raw, unescape(raw))
            } else if let Some(v) = v.strip_prefix('\'') {
                let raw = v.split('\'').next().unwrap_or("");
                (raw, raw.to_string())
            } else {
                // Not a string at all (a number, or a value left unquoted): still the secret.
                let raw = v
                    .split(|c: char| c.is_whitespace() || ",}]#".contains(c))
                    .next()
                    .unwrap_or("");
                (raw, raw.to_string())
            };
            for s in [raw.to_string(), value] {
                // Masking a one-letter "secret" would blank out letters all over the message.
                if s.chars().count() >= 4 && !found.contains(&s) {
                    found.push(s);
                }
            }
        }
    }
    found
}

/// The inside of a basic string, up to its first unescaped quote (or the end of the line).
fn basic_string(s: &str) -> &str {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return &s[..i],
            _ => escaped = false,
        }
    }
    s
}

/// TOML's escapes, resolved as the parser will: the value that is used to sign.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some(u @ ('u' | 'U')) => {
                let n = if u == 'u' { 4 } else { 8 };
                let hex: String = chars.by_ref().take(n).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push('\\');
                        out.push(u);
                        out.push_str(&hex);
                    }
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(unix)]
fn permission_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} holds the access secret but is readable by others (mode {mode:04o}); run: chmod 600 {}",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn permission_warning(_: &Path) -> Option<String> {
    None
}

/// Writes atomically (temporary file + rename), the file 0600 and a new directory 0700.
pub fn save(path: &Path, file: &ConfigFile) -> Result<()> {
    let text = toml::to_string_pretty(file)
        .map_err(|e| Error::usage(format!("cannot encode the config file: {e}")))?;
    let fail = |what: &str, e: std::io::Error| {
        Error::usage(format!("cannot {what} {}: {e}", path.display()))
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir).map_err(|e| fail("create the directory for", e))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("config.toml"),
        std::process::id()
    ));
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(|e| fail("write", e))?;
    f.write_all(text.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| fail("write", e))?;
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        fail("write", e)
    })
}

pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_schema() {
        let text = include_str!("../config.example.toml");
        let f: ConfigFile = toml::from_str(text).unwrap();
        let p = &f.profiles["default"];
        assert_eq!(p.access_key.as_deref(), Some("your-access-key"));
        assert_eq!(p.timestamp_unit, Some(TimestampUnit::Millis));
        assert_eq!(p.address.as_ref().unwrap().city.as_deref(), Some("杭州市"));
    }

    #[test]
    fn a_whole_timeout_is_written_back_whole() {
        let f: ConfigFile = toml::from_str("[profiles.a]\ntimeout = 30\n").unwrap();
        let text = toml::to_string_pretty(&f).unwrap();
        assert!(text.contains("timeout = 30\n"), "{text}");
        let f: ConfigFile = toml::from_str("[profiles.a]\ntimeout = 2.5\n").unwrap();
        assert!(
            toml::to_string_pretty(&f)
                .unwrap()
                .contains("timeout = 2.5")
        );
    }

    #[test]
    fn user_id_may_be_a_number() {
        let f: ConfigFile = toml::from_str("[profiles.a]\nuser_id = 2100007341207\n").unwrap();
        assert_eq!(f.profiles["a"].user_id.as_deref(), Some("2100007341207"));
    }

    #[test]
    fn malformed_file_names_line_and_column_without_the_source_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        fs::write(
            &path,
            "[profiles.a]\naccess_secret = \"s3cr3t-value\"\ntimeout = \"soon\"\n",
        )
        .unwrap();
        let e = load(&path).err().unwrap().to_string();
        assert!(e.contains(&format!("{}:3:11:", path.display())), "{e}");
        assert!(!e.contains("s3cr3t-value"), "{e}");
    }

    #[test]
    fn secrets_are_found_in_unparseable_text() {
        assert_eq!(
            scan_secrets("x = [\n access_secret = \"abc123\"\n"),
            vec!["abc123"]
        );
    }

    #[test]
    fn secrets_are_found_in_inline_tables_dotted_keys_and_escapes() {
        let found = |t: &str| scan_secrets(t);
        assert_eq!(
            found("profiles.default = { user_id = \"u\", access_secret = \"abc123\", x = }"),
            vec!["abc123"]
        );
        assert_eq!(
            found("profiles.a.access_secret = 'lit-123' # x"),
            vec!["lit-123"]
        );
        assert_eq!(found("a = { access_secret = 12345678 }"), vec!["12345678"]);
        assert_eq!(
            found(r#"access_secret = "ab\"cd\u0041""#),
            vec![r#"ab\"cd\u0041"#, "ab\"cdA"]
        );
        assert_eq!(
            found("p = { access_secret = \"one-1\" }, q = { access_secret = \"two-2\" }"),
            vec!["one-1", "two-2"]
        );
        assert!(found("my_access_secret = \"nope-nope\"").is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn save_writes_0600_and_warns_when_opened_up() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("config.toml");
        let mut f = ConfigFile::default();
        f.profiles.insert(
            "default".into(),
            Profile {
                access_secret: Some(Secret::new("s3cr3t-value")),
                ..Default::default()
            },
        );
        save(&path, &f).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(load(&path).unwrap().warnings.is_empty());
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let w = load(&path).unwrap().warnings;
        assert!(w[0].contains("chmod 600"), "{w:?}");
    }
}
