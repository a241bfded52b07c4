//! An embedded stand-in for the PandaPon OpenAPI: stateful, verifying signatures like the
//! real service, routed by the client's own endpoint catalogue, reached over a real socket.
//!
//! `pandapon --sandbox <command>` starts it in-process on a loopback port for one command;
//! `pandapon sandbox serve` runs it in the foreground for other tools and CI.

mod alibaba;
mod auth;
mod basis;
pub mod callback;
mod cart;
pub mod faults;
mod goods;
mod log;
pub mod options;
mod order;
mod pages;
mod push;
mod refund;
mod request;
mod seed;
#[allow(dead_code)] // Some fields are for the goods catalogue, as it lands.
mod seed_1688;
mod server;
pub mod state;

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::catalogue::Catalogue;
use faults::Faults;
pub use request::{ApiRequest, check_quantity, id_field, int_field, paged, paging, sort_page};
pub use server::{Running, spawn};
use state::{State, Store};

/// The sandbox account. Public on purpose: it only opens the sandbox.
pub const SANDBOX_ACCESS_KEY: &str = "sandbox-access-key";
pub const SANDBOX_SECRET: &str = "sandbox-access-secret";
pub const SANDBOX_USER_ID: &str = "2100007341207";
const DEVELOP_ID: &str = "1110890638347337996";

/// An error envelope: `code` and a `msg` that says exactly what was wrong.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: i64,
    pub msg: String,
}

impl ApiError {
    pub fn auth(msg: impl Into<String>) -> Self {
        ApiError {
            code: 401,
            msg: msg.into(),
        }
    }
    pub fn bad(msg: impl Into<String>) -> Self {
        ApiError {
            code: 400,
            msg: msg.into(),
        }
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        ApiError {
            code: 404,
            msg: msg.into(),
        }
    }
    pub fn conflict(msg: impl Into<String>) -> Self {
        ApiError {
            code: 409,
            msg: msg.into(),
        }
    }
    fn internal(msg: impl Into<String>) -> Self {
        ApiError {
            code: 500,
            msg: msg.into(),
        }
    }
}

pub type Reply = Result<Value, ApiError>;

/// A money object as the API writes them: the amount a string of cents.
pub fn money(cents: i64, currency: &str) -> Value {
    json!({ "amount": cents.to_string(), "currency": currency })
}

/// Operations that only read.
fn read(op: &str, req: &ApiRequest, s: &State) -> Option<Reply> {
    if let Some(r) = goods::read(op, req) {
        return Some(r);
    }
    Some(match op {
        "taobao.cart.list" => cart::list(req, s),
        "taobao.cart.preview" => cart::preview(req, s),
        "taobao.order.list" => order::list(req, s),
        "taobao.order.get" => order::get(req, s),
        "taobao.order.logistics" => order::logistics(req, s),
        "taobao.order.im_link" => order::im_link(req, s),
        "taobao.order.render" => order::render(req, s),
        "taobao.refund.list" => refund::list(req, s),
        "taobao.refund.render" => refund::render(req, s),
        "taobao.refund.get" => refund::get(req, s),
        "taobao.refund.message_list" => refund::message_list(req, s),
        "taobao.refund.return_logistics_render" => refund::return_logistics_render(req, s),
        "address.list" => basis::address_list(req, s),
        "logistics.freight_estimate" => basis::freight_estimate(req, s),
        "logistics.freight_preview" => basis::freight_preview(req, s),
        _ => return alibaba::read(op, req, s),
    })
}

/// Operations that change the state; a rejected one changes nothing.
fn write(op: &str, req: &ApiRequest, s: &mut State) -> Option<Reply> {
    Some(match op {
        "taobao.cart.add" => cart::add(req, s),
        "taobao.cart.edit" => cart::edit(req, s),
        "taobao.cart.delete" => cart::delete(req, s),
        "taobao.cart.create" => cart::create(req, s),
        "taobao.order.create" => order::create(req, s),
        "taobao.order.pay" => order::pay(req, s),
        "taobao.order.cancel" => order::cancel(req, s),
        "taobao.order.update_warehouse" => order::update_warehouse(req, s),
        "taobao.refund.submit" => refund::submit(req, s),
        "taobao.refund.modify" => refund::modify(req, s),
        "taobao.refund.cancel" => refund::cancel(req, s),
        "taobao.refund.message_submit" => refund::message_submit(req, s),
        "taobao.refund.return_logistics_submit" => refund::return_logistics_submit(req, s),
        "address.upsert" => basis::address_upsert(req, s),
        "logistics.booking" => basis::booking(req, s),
        "logistics.domestic_update" => basis::domestic_update(req, s),
        _ => return alibaba::write(op, req, s),
    })
}

pub struct Options {
    pub state_path: PathBuf,
    pub catalogue: Catalogue,
    pub latency: Duration,
    pub faults: Faults,
    /// Seconds added to the server's clock, to play a server whose time differs.
    pub clock_offset_secs: i64,
    /// Where to push order messages, if anywhere (`callback.rs`).
    pub callback: Option<callback::Callback>,
    /// `--request-log`: where to append a line for every answer (`log.rs`).
    pub request_log: Option<PathBuf>,
}

pub fn default_state_path() -> PathBuf {
    crate::config::data_dir().join("sandbox.json")
}

/// Back to the seed data (Taobao's and 1688's), plus `extra_orders` synthetic Taobao orders
/// for volume tests.
pub fn reset(path: PathBuf, extra_orders: u64) -> Result<(), String> {
    let mut s = State::seeded();
    seed::add_synthetic_orders(&mut s, extra_orders);
    Store::new(path).reset(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::catalogue::ENDPOINTS;
    use std::collections::HashMap;

    #[test]
    fn every_catalogue_operation_is_served() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("s.json"));
        let req = ApiRequest {
            params: vec![],
            query: HashMap::new(),
            body: Value::Null,
            now_ms: 0,
        };
        for e in ENDPOINTS {
            let served = if e.safe {
                read(e.key, &req, &store.read().unwrap()).is_some()
            } else {
                store
                    .write(|s| write(e.key, &req, s).ok_or(()))
                    .unwrap()
                    .is_ok()
            };
            assert!(served, "the sandbox does not serve {}", e.key);
        }
    }
}
