//! The sandbox's state file: read and written under a file lock, so concurrent
//! invocations (or a `sandbox serve` beside `--sandbox` runs) never corrupt it.
//!
//! Writes replace the file atomically (temporary file + rename). A reader reuses its
//! parsed copy while the file's identity (inode, size, mtime) is unchanged; a writer always
//! reads the file afresh, as that identity can repeat (a reused inode, a coarse mtime).

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::seed;

/// 2: the 1688 side (`alibaba`) joined the state.
pub const STATE_VERSION: u32 = 2;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub version: u32,
    pub next_cart_id: u64,
    pub cart: Vec<CartRow>,
    #[serde(default)]
    pub next_order_seq: u64,
    #[serde(default)]
    pub orders: Vec<Order>,
    #[serde(default)]
    pub refunds: Vec<Refund>,
    #[serde(default)]
    pub next_refund_id: u64,
    #[serde(default)]
    pub addresses: Vec<Value>,
    #[serde(default)]
    pub next_address_id: u64,
    /// Freight renders by renderId: what booking may refer to.
    #[serde(default)]
    pub freight_renders: Vec<FreightRender>,
    #[serde(default)]
    pub bookings: Vec<Value>,
    #[serde(default)]
    pub next_render_seq: u64,
    /// The 1688 cart, orders and after-sales (sandbox/alibaba).
    #[serde(default)]
    pub alibaba: super::alibaba::AlibabaState,
}

/// An after-sales (reverse) order on one order line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Refund {
    pub id: u64,
    pub order_id: u64,
    pub line_id: u64,
    pub refund_type: i64,
    pub goods_status: i64,
    pub reason_id: i64,
    pub refund_fee: i64,
    pub desc: String,
    pub status: String,
    pub created_ms: i64,
    #[serde(default)]
    pub messages: Vec<RefundMessage>,
    #[serde(default)]
    pub return_logistics: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefundMessage {
    pub time_ms: i64,
    pub from: String,
    pub content: String,
    #[serde(default)]
    pub images: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FreightRender {
    pub render_id: String,
    pub service_ids: Vec<String>,
    pub created_ms: i64,
}

/// A cart row keeps what the shopper chose; titles and prices come from the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartRow {
    pub id: u64,
    pub item_map_id: String,
    pub sku_id: String,
    pub quantity: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Order {
    /// 19 digits: beyond what a float holds exactly, as PandaPon's are.
    pub id: u64,
    pub status: String,
    pub created_ms: i64,
    #[serde(default)]
    pub paid_ms: Option<i64>,
    pub shop_id: u64,
    pub lines: Vec<OrderLine>,
    pub shipping_cents: i64,
    pub currency: String,
    /// The `orderAddress` / receiver object as the client sent it.
    pub address: Value,
    #[serde(default)]
    pub extra: serde_json::Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderLine {
    /// The sub-order id after-sales requests refer to.
    pub id: u64,
    pub item_map_id: String,
    pub sku_id: String,
    pub quantity: i64,
    /// What one unit cost when the order was made.
    pub unit_cents: i64,
}

impl Order {
    pub fn items_cents(&self) -> i64 {
        self.lines.iter().map(|l| l.unit_cents * l.quantity).sum()
    }

    pub fn total_cents(&self) -> i64 {
        self.items_cents() + self.shipping_cents
    }
}

impl State {
    pub fn seeded() -> State {
        let mut s = seed::initial_state();
        s.alibaba = super::alibaba::seed::initial();
        s.version = STATE_VERSION;
        s
    }

    /// A new order of `lines` (item, SKU, quantity) from one shop, each unit at its current
    /// price; returns its id. Every way an order comes to be (cart, direct, seed) goes here.
    pub fn add_order(
        &mut self,
        lines: &[(&str, &str, i64)],
        status: &str,
        created_ms: i64,
        address: Value,
        extra: serde_json::Map<String, Value>,
    ) -> u64 {
        let (first, _) = seed::sku(lines[0].0, lines[0].1).expect("orders hold seeded products");
        let shop = seed::shop(first.shop_id).expect("seeded shop");
        let id = self.next_id();
        let lines = lines
            .iter()
            .map(|(item, sku_id, quantity)| {
                let (_, k) = seed::sku(item, sku_id).expect("orders hold seeded products");
                OrderLine {
                    id: self.next_id(),
                    item_map_id: item.to_string(),
                    sku_id: sku_id.to_string(),
                    quantity: *quantity,
                    unit_cents: k.promotion_price.unwrap_or(k.price),
                }
            })
            .collect();
        self.orders.push(Order {
            id,
            status: status.into(),
            created_ms,
            paid_ms: None,
            shop_id: shop.id,
            lines,
            shipping_cents: shop.shipping_cents,
            currency: "CNY".into(),
            address,
            extra,
        });
        id
    }

    /// 19-digit order and sub-order ids, distinct and increasing.
    pub fn next_id(&mut self) -> u64 {
        self.next_order_seq += 1;
        3_305_075_341_149_000_000 + self.next_order_seq * 1_031
    }
}

type Stamp = (u64, u64, Option<SystemTime>);

pub struct Store {
    path: PathBuf,
    cache: Mutex<Option<(Stamp, Arc<State>)>>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let ino = 0;
    Some((ino, m.len(), m.modified().ok()))
}

impl Store {
    pub fn new(path: PathBuf) -> Self {
        Store {
            path,
            cache: Mutex::new(None),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock_file(&self) -> Result<File, String> {
        let lock = self.path.with_extension("lock");
        crate::files::open_lock_file(&lock)
            .map_err(|e| format!("cannot open the lock file {}: {e}", lock.display()))
    }

    /// The current state (seeded on first use).
    pub fn read(&self) -> Result<Arc<State>, String> {
        {
            let lock = self.lock_file()?;
            lock.lock_shared()
                .map_err(|e| format!("cannot lock the sandbox state: {e}"))?;
            if let Some(s) = self.cached_or_load()? {
                return Ok(s);
            }
        }
        // No file yet: create it under the exclusive lock.
        self.write(|_| Ok::<(), String>(()))??;
        self.cached_or_load()?
            .ok_or_else(|| format!("{} vanished", self.path.display()))
    }

    fn cached_or_load(&self) -> Result<Option<Arc<State>>, String> {
        let Some(now) = stamp(&self.path) else {
            return Ok(None);
        };
        let mut cache = self.cache.lock().expect("state cache lock");
        if let Some((st, s)) = cache.as_ref()
            && *st == now
        {
            return Ok(Some(s.clone()));
        }
        let Some(state) = self.load()? else {
            return Ok(None);
        };
        let s = Arc::new(state);
        *cache = Some((now, s.clone()));
        Ok(Some(s))
    }

    /// The state as the file holds it now, bypassing the cache; None when there is no file.
    fn load(&self) -> Result<Option<State>, String> {
        let text = match fs::read(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("cannot read {}: {e}", self.path.display())),
        };
        let state: State = serde_json::from_slice(&text).map_err(|e| {
            format!(
                "the sandbox state file {} is unreadable ({e}); run `pandapon sandbox reset`",
                self.path.display()
            )
        })?;
        // Another layout may parse (most fields default) yet mean something else: refuse it.
        if state.version != STATE_VERSION {
            return Err(format!(
                "the sandbox state file {} is version {}, this pandapon reads version {STATE_VERSION}; run `pandapon sandbox reset`",
                self.path.display(),
                state.version
            ));
        }
        Ok(Some(state))
    }

    /// Applies `f` to a copy of the state and saves it only if `f` succeeds: a rejected
    /// request changes nothing. Returns f's own result inside the store's.
    pub fn write<T, E>(
        &self,
        f: impl FnOnce(&mut State) -> Result<T, E>,
    ) -> Result<Result<T, E>, String> {
        let lock = self.lock_file()?;
        lock.lock()
            .map_err(|e| format!("cannot lock the sandbox state: {e}"))?;
        // Not the cache: its (inode, size, mtime) key can match a file another process has
        // since rewritten, and a write based on stale state would undo that process's change.
        let current = self.load()?;
        let fresh = current.is_none();
        let mut draft = current.unwrap_or_else(State::seeded);
        let out = f(&mut draft);
        if out.is_ok() || fresh {
            self.save(&draft)?;
        }
        Ok(out)
    }

    /// Back to the seed data. A file that is not a sandbox state (any version) is left alone:
    /// `--state` pointed at the wrong file must not wipe it.
    pub fn reset(&self, state: State) -> Result<(), String> {
        if let Ok(bytes) = fs::read(&self.path)
            && !bytes.iter().all(u8::is_ascii_whitespace)
        {
            let is_state = serde_json::from_slice::<serde_json::Value>(&bytes)
                .is_ok_and(|v| v.get("cart").is_some() && v.get("next_cart_id").is_some());
            if !is_state {
                return Err(format!(
                    "{} is not a sandbox state file; refusing to overwrite it (reset writes the \
                     sandbox's seed data there). Point --state at the sandbox's file, or at a new one",
                    self.path.display()
                ));
            }
        }
        let lock = self.lock_file()?;
        lock.lock()
            .map_err(|e| format!("cannot lock the sandbox state: {e}"))?;
        self.save(&state)
    }

    /// Atomically, 0600, never through a planted link (see `files::write_private`).
    fn save(&self, state: &State) -> Result<(), String> {
        let bytes = serde_json::to_vec(state).expect("state always encodes");
        crate::files::write_private(&self.path, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", self.path.display()))?;
        let mut cache = self.cache.lock().expect("state cache lock");
        *cache = stamp(&self.path).map(|st| (st, Arc::new(state.clone())));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_failed_write_changes_nothing_and_a_good_one_persists() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("s.json"));
        assert_eq!(store.read().unwrap().cart.len(), 4);
        let r = store
            .write(|s| {
                s.cart.clear();
                Err::<(), _>("no")
            })
            .unwrap();
        assert!(r.is_err());
        assert_eq!(store.read().unwrap().cart.len(), 4);
        store
            .write(|s| {
                s.cart.pop();
                Ok::<_, ()>(())
            })
            .unwrap()
            .unwrap();
        let other = Store::new(dir.path().join("s.json"));
        assert_eq!(other.read().unwrap().cart.len(), 3);
    }

    /// A file rewritten in place with the same size and mtime looks unchanged to the cache;
    /// a write must still start from what the file holds.
    #[test]
    fn a_write_starts_from_the_file_not_a_stale_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let store = Store::new(path.clone());
        let first = store.read().unwrap();
        let mtime = fs::metadata(&path).unwrap().modified().unwrap();
        let before = fs::read_to_string(&path).unwrap();
        // Same length, same inode, same mtime: only the content differs.
        let after = before.replacen("\"next_cart_id\":386", "\"next_cart_id\":999", 1);
        assert_ne!(before, after);
        let f = fs::OpenOptions::new().write(true).open(&path).unwrap();
        (&f).write_all(after.as_bytes()).unwrap();
        f.set_modified(mtime).unwrap();
        drop(f);
        assert_eq!(first.next_cart_id, 386);
        let seen = store.write(|s| Ok::<_, ()>(s.next_cart_id)).unwrap();
        assert_eq!(seen, Ok(999));
    }

    #[test]
    fn a_state_file_of_another_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut s = State::seeded();
        s.version = STATE_VERSION + 1;
        fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
        let store = Store::new(path);
        for e in [
            store.read().unwrap_err(),
            store.write(|_| Ok::<_, ()>(())).unwrap_err(),
        ] {
            assert!(
                e.contains(&format!("is version {}", STATE_VERSION + 1)),
                "{e}"
            );
            assert!(e.ends_with("run `pandapon sandbox reset`"), "{e}");
        }
        store.reset(State::seeded()).unwrap();
        assert_eq!(store.read().unwrap().version, STATE_VERSION);
    }

    #[test]
    fn order_ids_have_19_digits() {
        let mut s = State::seeded();
        let a = s.next_id();
        assert_eq!(a.to_string().len(), 19);
        assert!(a > (1u64 << 53));
        assert!(s.next_id() > a);
    }
}
