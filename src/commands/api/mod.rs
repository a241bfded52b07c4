//! `pandapon api`: a signed call to any operation, modelled on `gh api`, for the operations no
//! command covers yet. It goes through `Client::call` like every command: signed, journaled
//! when it is not a known safe read, retried only when it is one.

mod fields;
mod list;
mod target;

use serde_json::Value;

use super::list::{JsonOnly, Walk, print_all};
use super::{Ctx, fetch_walk_page, read_json_input};
use crate::api::Call;
use crate::api::catalogue::{Method, PageParam, Route};
use crate::error::{Error, Result};

/// Asked for when `--paginate` is given no `pageSize`: within every limit docs/api.md#paging
/// knows (search 1..40; the sandbox's lists 1..100 and 1..200).
const PAGINATE_SIZE: u32 = 40;

/// `pandapon api --help`, after the one-line summary.
pub const LONG_ABOUT: &str = "Make a signed request to any API operation and print the response data.\n\n\
    The target is an operation key from `pandapon api --list` (its method, path and \
    {placeholders} come from the catalogue; fill a placeholder with a field of the same name) \
    or a path starting with / (GET, or POST when fields or --input are given).\n\n\
    Fields go into the JSON body of a POST and into the query of a GET. A call that is not a \
    known safe read is sent once, never retried, and recorded in the journal. The output is \
    JSON, ids as strings, like every command's --json.";

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon api taobao.order.get --query orderId=3305075341149010310",
    "pandapon api taobao.order.list -F pageSize=20 --paginate --jq '.[].orderId'",
]))]
pub struct Args {
    /// An operation key (taobao.order.get) or an API path (/v2/taobao/order/detail)
    #[arg(value_name = "OPERATION|PATH", required_unless_present = "list")]
    pub target: Option<String>,

    /// The HTTP method, GET or POST [default: the operation's; for a path, GET, or POST with
    /// fields or --input]
    #[arg(short = 'X', long, value_name = "METHOD")]
    pub method: Option<String>,

    /// A string field, KEY=VALUE (repeatable)
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_fields: Vec<String>,

    /// A typed field, KEY=VALUE: true, false, null, numbers and JSON arrays or objects as
    /// such, @FILE for a file's text (@- for stdin), anything else a string (repeatable)
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// The request body: a JSON object from FILE, or - for stdin (fields then go to the query)
    #[arg(long, value_name = "FILE")]
    pub input: Option<String>,

    /// A query parameter, KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub query: Vec<String>,

    /// Fetch every page (pageNo or beginPage, with pageSize) and print one JSON array of the
    /// elements
    #[arg(long, conflicts_with = "include")]
    pub paginate: bool,

    /// With --paginate: print each element as one JSON line (NDJSON) as the pages arrive
    #[arg(long, requires = "paginate")]
    pub json_lines: bool,

    /// Print the HTTP status line and headers, then the whole response envelope
    #[arg(short = 'i', long)]
    pub include: bool,

    /// List the operations: key, method, path, documented or inferred, safe to retry, and the
    /// command that uses it
    #[arg(long, conflicts_with_all = ["method", "raw_fields", "fields", "input", "query", "paginate", "include"])]
    pub list: bool,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let Some(target) = a.target.as_deref().filter(|_| !a.list) else {
        return list::run(ctx);
    };
    // Everything is read and checked before the client exists: bad input sends nothing.
    let mut fields = Vec::new();
    for f in &a.raw_fields {
        fields.push(fields::raw(f)?);
    }
    for f in &a.fields {
        fields.push(fields::typed(f).await?);
    }
    let mut query: Vec<(String, String)> = Vec::new();
    for q in &a.query {
        query.push(fields::query(q)?);
    }
    let method = a.method.as_deref().map(parse_method).transpose()?;
    let input = match a.input.as_deref() {
        Some(path) => Some(read_json_input(path).await?),
        None => None,
    };
    let has_body = !fields.is_empty() || input.is_some();
    let t = target::resolve(
        &ctx.settings.catalogue,
        target,
        method,
        has_body,
        &mut fields,
    )?;
    query.extend(t.query);
    let route = t.route;
    // The body: --input as given; else the fields, for a POST. A GET's fields (and, with
    // --input, every field) go to the query, as gh sends them.
    let body = match (input, route.method) {
        (Some(b), _) => {
            query.extend(fields.drain(..).map(|(k, v)| (k, fields::as_text(&v))));
            Some(b)
        }
        (None, Method::Post) => Some(fields::object(std::mem::take(&mut fields))),
        (None, Method::Get) => {
            query.extend(fields.drain(..).map(|(k, v)| (k, fields::as_text(&v))));
            None
        }
    };
    let paging = if a.paginate {
        Some(paging(&route, target, body.as_ref(), &query)?)
    } else {
        None
    };
    let build = |page: Option<(PageParam, u32, u32)>| {
        let mut body = body.clone();
        let mut query = query.clone();
        if let Some((param, n, size)) = page {
            set_page(&route, &mut body, &mut query, param.name(), n);
            set_page(&route, &mut body, &mut query, "pageSize", size);
        }
        let mut call = Call::to(route.clone());
        for (k, v) in query {
            call = call.query_named(k, v);
        }
        match body {
            Some(b) => call.body(b),
            None => call,
        }
    };
    let client = ctx.client()?;
    let out = &ctx.printer;
    if let Some((param, size)) = paging {
        let what = format!("a page of {target}");
        let walk = Walk {
            size,
            limit: None,
            lines: a.json_lines,
            json: true,
        };
        let fetch = |n| fetch_walk_page(&client, build(Some((param, n, size))), &what);
        print_all(ctx, &client, walk, fetch, JsonOnly).await?;
        return Ok(());
    }
    if !a.include {
        let data = client.call(build(None)).await?;
        return out.json(&data);
    }
    let (result, reply) = client.call_reply(build(None)).await;
    result?;
    let reply = reply.unwrap_or_default();
    let reason = reqwest::StatusCode::from_u16(reply.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let mut head = format!("HTTP/1.1 {} {reason}\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\n"));
    }
    head.push('\n');
    out.out(&head)?;
    out.json(&reply.body.unwrap_or(Value::Null))
}

fn parse_method(m: &str) -> Result<Method> {
    match m.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::Get),
        "POST" => Ok(Method::Post),
        _ => Err(Error::usage(format!(
            "-X {m}: the PandaPon API uses only GET and POST"
        ))),
    }
}

/// Which page parameter `--paginate` turns, and the page size: the operation's, or for a
/// path outside the catalogue, the one the request already names.
fn paging(
    route: &Route,
    target: &str,
    body: Option<&Value>,
    query: &[(String, String)],
) -> Result<(PageParam, u32)> {
    let given = |name: &str| -> Option<String> {
        body.and_then(|b| b.get(name))
            .map(fields::as_text)
            .or_else(|| {
                query
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
    };
    let param = match route.paging {
        Some(p) => p,
        None if route.key == target::AD_HOC && given("beginPage").is_some() => PageParam::BeginPage,
        None if route.key == target::AD_HOC && given("pageNo").is_some() => PageParam::PageNo,
        None if route.key == target::AD_HOC => {
            return Err(Error::usage(format!(
                "--paginate: pandapon does not know how {target} pages; name its page parameter \
                 with -F pageNo=1 (Taobao) or -F beginPage=1 (1688)"
            )));
        }
        None => {
            return Err(Error::usage(format!(
                "--paginate: {} ({} {}) does not page; the operations that do: {}",
                route.key,
                route.method,
                route.path,
                list::paged_keys().join(", ")
            )));
        }
    };
    let size = match given("pageSize") {
        None => PAGINATE_SIZE,
        Some(s) => s
            .trim_matches('"')
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| {
                Error::usage(format!(
                    "--paginate: pageSize \"{s}\" is not a whole number of 1 or more"
                ))
            })?,
    };
    Ok((param, size))
}

/// A page parameter in the body of a POST (a number), or in the query of a GET.
fn set_page(
    route: &Route,
    body: &mut Option<Value>,
    query: &mut Vec<(String, String)>,
    name: &str,
    n: u32,
) {
    match body.as_mut().and_then(Value::as_object_mut) {
        Some(b) if route.method == Method::Post => {
            b.insert(name.to_string(), Value::from(n));
        }
        _ => {
            query.retain(|(k, _)| k != name);
            query.push((name.to_string(), n.to_string()));
        }
    }
}
