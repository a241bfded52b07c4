//! The TOML profile file: where it lives, reading it (with file:line:column errors),
//! and writing it with mode 0600.

use std::collections::BTreeMap;
use std::fs;
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
    /// `taobao` or `1688` (see `--platform`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// Allow plain http:// to a remote host (see `--insecure-http`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure_http: Option<bool>,
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
    /// Past this size the journal rotates: bytes, or "10MiB" (see `journal_max_size`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_or_int"
    )]
    pub journal_max_size: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Where the sandbox pushes order messages under `--sandbox` (see `sandbox serve
    /// --callback-url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
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

/// The profile's shipping address, in the words of the `--address-*` flags. The API's own
/// field names (Taobao's `OrderAddress`, 1688's `addressParam`) are made from it in one place,
/// `commands/shipping.rs`. The keys older versions wrote (`mobile_phone`, `state`, `address`)
/// still read, with a warning (`renamed_address_keys`).
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        default,
        alias = "mobile_phone",
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, alias = "state", skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, alias = "address", skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
}

/// The `[address]` keys of older versions and what they are called now.
pub const RENAMED_ADDRESS_KEYS: [(&str, &str); 3] = [
    ("mobile_phone", "mobile"),
    ("state", "province"),
    ("address", "street"),
];

impl Address {
    /// Fields a recipient cannot do without; the rest are optional.
    pub fn missing_required(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        let blank = |f: &Option<String>| f.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&self.name) {
            m.push("name");
        }
        if blank(&self.mobile) && blank(&self.phone) {
            m.push("mobile");
        }
        if blank(&self.street) {
            m.push("street");
        }
        m
    }

    /// Each field under its profile key, in the order `config show` lists them.
    pub fn fields(&self) -> [(&'static str, Option<&str>); 9] {
        [
            ("name", self.name.as_deref()),
            ("mobile", self.mobile.as_deref()),
            ("phone", self.phone.as_deref()),
            ("country", self.country.as_deref()),
            ("province", self.province.as_deref()),
            ("city", self.city.as_deref()),
            ("district", self.district.as_deref()),
            ("street", self.street.as_deref()),
            ("zip", self.zip.as_deref()),
        ]
    }

    /// One line for a person: 收件人, phone, street, district, city, state, country, zip.
    pub fn one_line(&self) -> String {
        crate::domain::value::join_nonempty(
            [
                &self.name,
                &self.mobile,
                &self.street,
                &self.district,
                &self.city,
                &self.province,
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
    let text = match read_text(path) {
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
    // Before the parse: with both names of a key, serde's "duplicate field" would name neither.
    warnings.extend(renamed_address_keys(&text, path)?);
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

/// A warning for each `[address]` key an older version wrote (see `RENAMED_ADDRESS_KEYS`):
/// the value is still used, under its new name. Both names at once is an error naming both.
fn renamed_address_keys(text: &str, path: &Path) -> Result<Vec<String>> {
    let Ok(table) = text.parse::<toml::Table>() else {
        return Ok(Vec::new());
    };
    let Some(profiles) = table.get("profiles").and_then(toml::Value::as_table) else {
        return Ok(Vec::new());
    };
    let mut warnings = Vec::new();
    for (name, profile) in profiles {
        let Some(address) = profile.get("address").and_then(toml::Value::as_table) else {
            continue;
        };
        for (old, new) in RENAMED_ADDRESS_KEYS {
            if address.contains_key(old) && address.contains_key(new) {
                return Err(Error::usage(format!(
                    "{}: [profiles.{name}.address] has both `{old}` and `{new}`, its new name: \
                     keep `{new}` and delete `{old}`",
                    path.display()
                )));
            }
            if address.contains_key(old) {
                warnings.push(format!(
                    "{}: [profiles.{name}.address] `{old}` is now called `{new}`, like \
                     --address-{new}; it still works for now, but rename it",
                    path.display(),
                ));
            }
        }
    }
    Ok(warnings)
}

/// The secrets of a file that may not load, for the masks (empty when it cannot be read).
pub fn secrets_in(path: &Path) -> Vec<String> {
    read_text(path)
        .map(|t| scan_secrets(&t))
        .unwrap_or_default()
}

/// A profile file is a few hundred bytes; `--config /dev/zero` must not fill memory.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The file's text, read at most to `MAX_CONFIG_BYTES` (by reading: a device says size 0).
fn read_text(path: &Path) -> std::io::Result<String> {
    let bytes =
        crate::local::read_at_most(fs::File::open(path)?, MAX_CONFIG_BYTES)?.ok_or_else(|| {
            std::io::Error::other(format!(
                "it is larger than {}, which no profile file is",
                crate::local::size_text(MAX_CONFIG_BYTES)
            ))
        })?;
    String::from_utf8(bytes)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// Every `access_secret` value in the file, wherever the TOML puts it (a table's key, a dotted
/// key, an inline table), in every form a message may quote it: as used to sign, and escaped.
///
/// When the text is not TOML at all there is nothing to find: the parser's message then names
/// only the place and what it expected, never a value.
fn scan_secrets(text: &str) -> Vec<String> {
    fn walk(v: &toml::Value, found: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, x) in t {
                    if k == "access_secret" {
                        let s = match x {
                            toml::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        let escaped = format!("{s:?}").trim_matches('"').to_string();
                        found.extend([s, escaped]);
                    } else {
                        walk(x, found);
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    if let Ok(table) = text.parse::<toml::Table>() {
        walk(&toml::Value::Table(table), &mut found);
    }
    // Masking a one-letter "secret" would blank out letters all over the message.
    found.retain(|s| s.chars().count() >= 4);
    found.sort();
    found.dedup();
    found
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

/// Writes atomically, 0600, never through a planted link (see `files::write_private`); a
/// config that is a symlink is written through to its target.
pub fn save(path: &Path, file: &ConfigFile) -> Result<()> {
    let text = toml::to_string_pretty(file)
        .map_err(|e| Error::usage(format!("cannot encode the config file: {e}")))?;
    crate::files::write_private(path, text.as_bytes())
        .map_err(|e| Error::usage(format!("cannot write {}: {e}", path.display())))
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
    fn an_address_key_under_both_its_names_is_refused_naming_both() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        fs::write(
            &path,
            "[profiles.a.address]\nmobile = \"1\"\nmobile_phone = \"2\"\n",
        )
        .unwrap();
        let e = load(&path).err().unwrap().to_string();
        assert!(
            e.contains("[profiles.a.address] has both `mobile_phone` and `mobile`"),
            "{e}"
        );
        fs::write(&path, "[profiles.a.address]\nstate = \"浙江省\"\n").unwrap();
        let l = load(&path).unwrap();
        assert!(l.warnings[0].contains("`state` is now called `province`"));
        assert_eq!(
            l.file.unwrap().profiles["a"]
                .address
                .as_ref()
                .unwrap()
                .province
                .as_deref(),
            Some("浙江省")
        );
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
    fn secrets_are_found_in_tables_inline_tables_dotted_keys_and_escapes() {
        let found = |t: &str| scan_secrets(t);
        assert_eq!(
            found("profiles.default = { user_id = \"u\", access_secret = \"abc123\" }"),
            vec!["abc123"]
        );
        assert_eq!(
            found("profiles.a.access_secret = 'lit-123' # x"),
            vec!["lit-123"]
        );
        assert_eq!(found("a = { access_secret = 12345678 }"), vec!["12345678"]);
        assert_eq!(
            found(r#"access_secret = "ab\"cd\u0041""#),
            vec![r#"ab"cdA"#, r#"ab\"cdA"#]
        );
        assert_eq!(
            found(
                "[profiles.p]\naccess_secret = \"one-1\"\n[profiles.q]\naccess_secret = \"two-2\""
            ),
            vec!["one-1", "two-2"]
        );
        assert!(found("my_access_secret = \"nope-nope\"").is_empty());
        assert!(
            found("x = [\n access_secret = \"abc123\"\n").is_empty(),
            "not TOML"
        );
    }

    #[test]
    fn a_file_that_is_not_toml_is_reported_without_its_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        fs::write(&path, "[profiles.a]\naccess_secret = \"s3cr3t-value\" x\n").unwrap();
        let e = load(&path).err().unwrap().to_string();
        assert!(e.contains(&format!("{}:2:", path.display())), "{e}");
        assert!(!e.contains("s3cr3t-value"), "{e}");
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
