//! `--jq EXPR`: a jq filter run in-process on the JSON a command prints (the jaq crates), so a
//! script or a CI job needs no jq binary, and no jq 1.6 to round its ids.
//!
//! The filter is compiled once before anything is sent (`Jq::new`: a syntax error is exit 2
//! with nothing sent) and run by the printer on the document `--json` would print: ids already
//! strings, secrets already masked.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::{Map, Number, Value};

use crate::error::{Error, Result};

type Filter = jaq_core::Filter<data::JustLut<Val>>;

/// A checked `--jq` expression.
#[derive(Clone, Debug)]
pub struct Jq {
    expr: String,
}

impl Jq {
    /// Compiles `expr`, or says where it is wrong (exit 2).
    pub fn new(expr: &str) -> Result<Jq> {
        compile(expr)?;
        Ok(Jq {
            expr: expr.to_string(),
        })
    }

    /// Runs the filter on a JSON text; every output, in order.
    pub fn run(&self, json: &str) -> Result<Vec<Value>> {
        let filter = compile(&self.expr)?;
        let input = jaq_json::read::parse_single(json.as_bytes())
            .map_err(|e| Error::usage(format!("--jq: cannot read the JSON to filter: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
        filter
            .id
            .run((ctx, input))
            .map(unwrap_valr)
            .map(|r| {
                r.map(|v| to_json(&v)).map_err(|e| {
                    Error::usage(format!(
                        "--jq {}: {e} (the request itself succeeded; only the filter failed)",
                        self.expr
                    ))
                })
            })
            .collect()
    }
}

fn compile(expr: &str) -> Result<Filter> {
    let bad = |what: String| Error::usage(format!("--jq {expr}: {what}"));
    // Not `env`: a filter has no business reading this process's environment (credentials).
    let funs = jaq_core::funs()
        .chain(jaq_std::funs().filter(|f| f.0 != "env"))
        .chain(jaq_json::funs());
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let program = File {
        code: expr,
        path: (),
    };
    // Where an error is: the text left when the parser stopped.
    let at = |rest: &str| {
        if rest.is_empty() {
            "the end".to_string()
        } else {
            format!("column {}", expr.len().saturating_sub(rest.len()) + 1)
        }
    };
    let modules = loader.load(&arena, program).map_err(|errs| {
        let mut what = Vec::new();
        for (_, e) in errs {
            match e {
                jaq_core::load::Error::Io(v) => what.extend(v.into_iter().map(|(_, m)| m)),
                jaq_core::load::Error::Lex(v) => what.extend(
                    v.into_iter()
                        .map(|(exp, rest)| format!("expected {} at {}", exp.as_str(), at(rest))),
                ),
                jaq_core::load::Error::Parse(v) => what.extend(
                    v.into_iter()
                        .map(|(exp, rest)| format!("expected {} at {}", exp.as_str(), at(rest))),
                ),
            }
        }
        bad(format!("syntax error: {}", what.join("; ")))
    })?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| {
            let what: Vec<String> = errs
                .into_iter()
                .flat_map(|(_, v)| v)
                .map(|(name, u)| format!("undefined {} `{name}`", u.as_str()))
                .collect();
            bad(what.join("; "))
        })
}

/// A jaq value as JSON. Numbers keep their digits (big integers and decimals as written);
/// what JSON cannot hold is written as jq writes it: NaN and infinities as null, byte strings
/// as text, a non-string key as its JSON text.
fn to_json(v: &Val) -> Value {
    match v {
        Val::Null => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        Val::Num(n) => {
            let text = n.to_string();
            text.parse::<Number>()
                .map(Value::Number)
                .unwrap_or(Value::Null)
        }
        Val::TStr(s) | Val::BStr(s) => Value::String(String::from_utf8_lossy(s).into_owned()),
        Val::Arr(a) => Value::Array(a.iter().map(to_json).collect()),
        Val::Obj(o) => {
            let mut m = Map::new();
            for (k, v) in o.iter() {
                let key = match k {
                    Val::TStr(s) | Val::BStr(s) => String::from_utf8_lossy(s).into_owned(),
                    other => to_json(other).to_string(),
                };
                m.insert(key, to_json(v));
            }
            Value::Object(m)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(expr: &str, input: &str) -> Vec<String> {
        Jq::new(expr)
            .unwrap()
            .run(input)
            .unwrap()
            .iter()
            .map(|v| v.to_string())
            .collect()
    }

    #[test]
    fn gh_style_filters() {
        let doc = r#"[{"id":"3305075341149010310","x":1},{"id":"2","x":2.50}]"#;
        assert_eq!(run(".[0].id", doc), [r#""3305075341149010310""#]);
        assert_eq!(run("map(.x)", doc), ["[1,2.50]"]);
        assert_eq!(run(".[] | .x", doc), ["1", "2.50"]);
        assert_eq!(run("length", doc), ["2"]);
        assert_eq!(run(r#"{a: .[1].id}"#, doc), [r#"{"a":"2"}"#]);
        assert_eq!(run(".[0].nope", doc), ["null"]);
    }

    #[test]
    fn big_integers_keep_their_digits() {
        assert_eq!(
            run(".a", r#"{"a":3305075341149010310}"#),
            ["3305075341149010310"]
        );
        assert_eq!(run("nan", "null"), ["null"]);
    }

    #[test]
    fn errors_say_where() {
        let e = Jq::new(".[0").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().starts_with("--jq .[0: syntax error"), "{e}");
        let e = Jq::new("nosuchfilter(1)").unwrap_err().to_string();
        assert!(e.contains("undefined filter `nosuchfilter`"), "{e}");
        let e = Jq::new("env").unwrap_err().to_string();
        assert!(e.contains("undefined filter `env`"), "{e}");
        let e = Jq::new(".a").unwrap().run("[1]").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("cannot index"), "{e}");
    }
}
