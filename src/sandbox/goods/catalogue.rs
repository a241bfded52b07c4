//! The sandbox's goods: the seeded products the cart, orders and the 1688 trade flow use, and
//! enough generated ones (`PER_PLATFORM` in all, per platform) to search, page and sort
//! through. Generated from `kinds.rs` by a fixed-seed mixer, so every run, and every machine,
//! sees the same catalogue.
//!
//! The generated products are the seed's own types (`seed::Product`, `seed_1688::Offer`),
//! built once and kept for the life of the process, so the cart and orders take them as they
//! take the seeded ones (`seed::product`, `seed_1688::offer` look here too).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::kinds::{
    ALIBABA_CATEGORIES, ALIBABA_KINDS, ALIBABA_REFUSALS, Category, Kind, MORE_SELLERS, MORE_SHOPS,
    TAOBAO_CATEGORIES, TAOBAO_KINDS, TAOBAO_REFUSALS, trans,
};
use crate::sandbox::seed::{self, Product, Shop, Sku};
use crate::sandbox::seed_1688::{self, Offer, Seller, Spec};

/// Products per platform, the seeded ones included.
pub const PER_PLATFORM: usize = 240;

/// A Taobao product as the goods operations see it.
pub struct TaobaoEntry {
    pub product: &'static Product,
    /// The numeric id Taobao links carry (`item.htm?id=`).
    pub num_iid: u64,
    pub sales: i64,
    /// Commission rate in basis points, for `sort tk_rate_desc`.
    pub commission_bp: i64,
    pub category: u64,
    /// Why PandaPon cannot sell it; None when it can.
    pub unavailable: Option<&'static str>,
}

pub struct OfferEntry {
    pub offer: &'static Offer,
    pub sales: i64,
    pub category: u64,
    pub unavailable: Option<&'static str>,
    /// In the 1688 strictly-selected (严选) and the global strictly-selected lists.
    pub strict: bool,
    pub global_strict: bool,
}

pub struct Catalogue {
    pub taobao: Vec<TaobaoEntry>,
    pub offers: Vec<OfferEntry>,
    taobao_index: HashMap<String, usize>,
    offer_index: HashMap<String, usize>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(build);

pub fn get() -> &'static Catalogue {
    &CATALOGUE
}

impl Catalogue {
    /// A Taobao product by its itemMapId or its numeric id.
    pub fn taobao(&self, id: &str) -> Option<&TaobaoEntry> {
        self.taobao_index.get(id.trim()).map(|&i| &self.taobao[i])
    }

    /// A 1688 offer by its offerMapId or its numeric offerId.
    pub fn offer(&self, id: &str) -> Option<&OfferEntry> {
        self.offer_index.get(id.trim()).map(|&i| &self.offers[i])
    }
}

/// Every Taobao shop: the seeded ones, then the catalogue's.
pub fn taobao_shops() -> impl Iterator<Item = &'static Shop> {
    seed::SHOPS.iter().chain(MORE_SHOPS)
}

pub fn sellers() -> impl Iterator<Item = &'static Seller> {
    seed_1688::SELLERS.iter().chain(MORE_SELLERS)
}

pub fn taobao_shop(id: u64) -> Option<&'static Shop> {
    MORE_SHOPS.iter().find(|s| s.id == id)
}

pub fn seller(open_id: &str) -> Option<&'static Seller> {
    MORE_SELLERS.iter().find(|s| s.open_id == open_id)
}

pub fn category(platform_categories: &'static [Category], id: u64) -> Option<&'static Category> {
    platform_categories.iter().find(|c| c.id == id)
}

/// The parent of a category (0 for a top-level one).
pub fn parent_of(platform_categories: &'static [Category], id: u64) -> u64 {
    category(platform_categories, id).map_or(0, |c| c.parent)
}

/// SplitMix64: a fixed, portable mixer, so the catalogue is the same everywhere.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(mix(seed))
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, s: &[T]) -> T {
        s[self.below(s.len())]
    }

    /// `n` characters of the API's opaque-id alphabet.
    fn token(&mut self, n: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..n)
            .map(|_| ALPHABET[self.below(ALPHABET.len())] as char)
            .collect()
    }

    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from_digit(self.below(16) as u32, 16).expect("a hex digit"))
            .collect()
    }
}

fn leak(s: String) -> &'static str {
    s.leak()
}

/// A price drawn from `range`, ending in .90 or .00 as shop prices do.
fn price(rng: &mut Rng, (lo, hi): (i64, i64)) -> i64 {
    let span = (hi - lo).max(1) as u64;
    let raw = lo + (rng.next() % span) as i64;
    let yuan = raw / 100;
    if raw >= 1000 {
        yuan * 100 + if rng.below(2) == 0 { 90 } else { 0 }
    } else {
        raw.max(10)
    }
}

/// A stock level: mostly plenty, now and then a few, sometimes none.
fn stock(rng: &mut Rng) -> i64 {
    match rng.below(12) {
        0 => 0,
        1 => 1 + rng.below(5) as i64,
        _ => 20 + rng.below(5000) as i64,
    }
}

/// Up to six SKUs: the first values of each dimension, combined.
fn combinations(
    rng: &mut Rng,
    dims: &[(&'static str, &'static [&'static str])],
) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut out: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    for (name, values) in dims {
        let take = 1 + rng.below(values.len().min(3));
        let start = rng.below(values.len());
        let chosen: Vec<&str> = (0..take)
            .map(|k| values[(start + k) % values.len()])
            .collect();
        out = out
            .into_iter()
            .flat_map(|combo| {
                chosen.iter().map(move |v| {
                    let mut c = combo.clone();
                    c.push((*name, *v));
                    c
                })
            })
            .collect();
    }
    out.truncate(6);
    out
}

fn title(
    rng: &mut Rng,
    k: &Kind,
) -> (
    String,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
) {
    let (p, a, (n, _), s) = (
        rng.pick(k.prefixes),
        rng.pick(k.audience),
        k.nouns[rng.below(k.nouns.len())],
        rng.pick(k.suffixes),
    );
    (format!("{p}{a}{n}{s}"), p, a, n, s)
}

fn build() -> Catalogue {
    let mut c = Catalogue {
        taobao: Vec::new(),
        offers: Vec::new(),
        taobao_index: HashMap::new(),
        offer_index: HashMap::new(),
    };
    // The seeded products first, as they are: the cart, orders and the seed document's
    // example use them. 672991141190 is the documented v1 example id (docs/api.md#ids).
    for (i, p) in seed::PRODUCTS.iter().enumerate() {
        let mut rng = Rng::new(1_000 + i as u64);
        c.taobao.push(TaobaoEntry {
            product: p,
            num_iid: 672_991_141_190 + i as u64,
            sales: 500 + rng.below(20_000) as i64,
            commission_bp: 100 + rng.below(2_000) as i64,
            category: p.category_id.parse().expect("seed categories are numbers"),
            unavailable: None,
        });
    }
    let shops: Vec<&Shop> = taobao_shops().collect();
    let mut n = 0u64;
    while c.taobao.len() < PER_PLATFORM {
        let k = &TAOBAO_KINDS[n as usize % TAOBAO_KINDS.len()];
        c.taobao.push(taobao_product(n, k, &shops));
        n += 1;
    }
    for (i, o) in seed_1688::OFFERS.iter().enumerate() {
        let mut rng = Rng::new(2_000 + i as u64);
        c.offers.push(OfferEntry {
            offer: o,
            sales: 100 + rng.below(50_000) as i64,
            category: o.category_id,
            unavailable: (!o.on_sale).then_some(ALIBABA_REFUSALS[0]),
            strict: i % 2 == 0,
            global_strict: i == 0,
        });
    }
    let sellers: Vec<&Seller> = sellers().collect();
    let mut n = 0u64;
    while c.offers.len() < PER_PLATFORM {
        let k = &ALIBABA_KINDS[n as usize % ALIBABA_KINDS.len()];
        c.offers.push(offer(n, k, &sellers));
        n += 1;
    }
    for (i, e) in c.taobao.iter().enumerate() {
        c.taobao_index.insert(e.product.item_map_id.to_string(), i);
        c.taobao_index.insert(e.num_iid.to_string(), i);
    }
    for (i, e) in c.offers.iter().enumerate() {
        c.offer_index.insert(e.offer.offer_map_id.to_string(), i);
        c.offer_index.insert(e.offer.offer_id.to_string(), i);
    }
    c
}

fn taobao_product(n: u64, k: &Kind, shops: &[&'static Shop]) -> TaobaoEntry {
    let mut rng = Rng::new(0x7A0B_A000 + n);
    let (title, ..) = title(&mut rng, k);
    let shop = shops[rng.pick(k.sellers)];
    let base = price(&mut rng, k.price);
    let on_promo = rng.below(3) != 0;
    let skus: Vec<Sku> = combinations(&mut rng, k.dims)
        .into_iter()
        .enumerate()
        .map(|(j, combo)| {
            let props: Vec<serde_json::Value> = combo
                .iter()
                .enumerate()
                .map(|(d, (name, value))| {
                    serde_json::json!({
                        "valueId": 20_000 + (mix(n * 31 + d as u64 + value.len() as u64) % 9_000_000),
                        "valueName": value,
                        "propId": 1_627_207 + d as u64 * 1_000,
                        "propName": name,
                    })
                })
                .collect();
            let price = base + 1_000 * (j as i64 / 3);
            Sku {
                sku_id: leak(format!("{}", 5_200_000_000_000u64 + n * 100 + j as u64)),
                mp_sku_id: leak(format!("{}", 7_800_000_000_000u64 + n * 100 + j as u64)),
                price,
                promotion_price: on_promo.then(|| price * (70 + rng.below(25) as i64) / 1000 * 10),
                stock: stock(&mut rng),
                properties: leak(serde_json::Value::Array(props).to_string()),
            }
        })
        .collect();
    let item_map_id = leak(format!("{}-{}", rng.token(11), rng.token(10)));
    let product: &'static Product = Box::leak(Box::new(Product {
        item_map_id,
        mp_id: leak(format!("{}-{}", rng.token(12), rng.token(30))),
        title: leak(title),
        pic: leak(format!(
            "https://img.alicdn.com/bao/uploaded/i{}/{}/O1CN01{}_!!{}.jpg",
            1 + rng.below(4),
            shop.id,
            rng.token(12),
            shop.id
        )),
        shop_id: shop.id,
        category_id: leak(k.category.to_string()),
        skus: Box::leak(skus.into_boxed_slice()),
    }));
    let unavailable =
        (n % 11 == 7).then(|| TAOBAO_REFUSALS[(n / 11) as usize % TAOBAO_REFUSALS.len()]);
    TaobaoEntry {
        product,
        num_iid: 600_000_000_000 + n * 7_919,
        sales: rng.below(30_000) as i64,
        commission_bp: 50 + rng.below(3_000) as i64,
        category: k.category,
        unavailable,
    }
}

fn offer(n: u64, k: &Kind, sellers: &[&'static Seller]) -> OfferEntry {
    let mut rng = Rng::new(0x1688_0000 + n);
    let (subject, p, a, noun, s) = title(&mut rng, k);
    let en = k
        .nouns
        .iter()
        .find(|(zh, _)| *zh == noun)
        .map_or("", |(_, en)| *en);
    let words: Vec<&str> = [trans(p), trans(a), en, trans(s)]
        .into_iter()
        .filter(|w| !w.is_empty() && w.is_ascii())
        .collect();
    let seller = sellers[rng.pick(k.sellers)];
    let base = price(&mut rng, k.price);
    let specs: Vec<Spec> = combinations(&mut rng, k.dims)
        .into_iter()
        .enumerate()
        .map(|(j, combo)| Spec {
            spec_id: leak(rng.hex(32)),
            sku_id: 5_300_000_000_000 + n * 100 + j as u64,
            attributes: Box::leak(combo.into_boxed_slice()),
            price_cents: base + 20 * j as i64,
            stock: stock(&mut rng) * 10,
        })
        .collect();
    let offer_id = 720_000_000_000 + n * 131;
    let on_sale = n % 13 != 5;
    let offer: &'static Offer = Box::leak(Box::new(Offer {
        offer_id,
        offer_map_id: leak(format!("{}-{}", rng.token(11), rng.token(10))),
        subject: leak(subject),
        subject_trans: leak(words.join(" ")),
        pic: leak(format!(
            "https://cbu01.alicdn.com/img/ibank/O1CN01{}_!!{offer_id}.jpg",
            rng.token(10)
        )),
        seller: seller.open_id,
        category_id: k.category,
        min_order: [1, 2, 5, 10, 20, 50][rng.below(6)],
        on_sale,
        specs: Box::leak(specs.into_boxed_slice()),
    }));
    let unavailable = if !on_sale {
        Some(ALIBABA_REFUSALS[0])
    } else {
        (n % 17 == 9).then(|| ALIBABA_REFUSALS[1 + (n / 17) as usize % 2])
    };
    OfferEntry {
        offer,
        sales: rng.below(80_000) as i64,
        category: k.category,
        unavailable,
        strict: rng.below(4) == 0,
        global_strict: rng.below(6) == 0,
    }
}

/// The categories of a platform.
pub fn taobao_categories() -> &'static [Category] {
    TAOBAO_CATEGORIES
}

pub fn alibaba_categories() -> &'static [Category] {
    ALIBABA_CATEGORIES
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn enough_products_on_each_platform_with_unique_ids() {
        let c = get();
        assert!(c.taobao.len() >= 200 && c.offers.len() >= 200);
        let mut ids = HashSet::new();
        for e in &c.taobao {
            assert!(
                ids.insert(e.product.item_map_id),
                "{}",
                e.product.item_map_id
            );
            assert!(ids.insert(leak(e.num_iid.to_string())));
            assert!(!e.product.skus.is_empty());
            for s in e.product.skus {
                assert!(ids.insert(s.sku_id), "{}", s.sku_id);
                assert!(s.price > 0);
                let props: serde_json::Value = serde_json::from_str(s.properties).unwrap();
                assert!(props.as_array().is_some_and(|a| !a.is_empty()));
            }
            assert!(
                seed::shop(e.product.shop_id).is_some(),
                "shop {}",
                e.product.shop_id
            );
            assert!(category(TAOBAO_CATEGORIES, e.category).is_some());
        }
        for e in &c.offers {
            assert!(ids.insert(e.offer.offer_map_id));
            assert!(ids.insert(leak(e.offer.offer_id.to_string())));
            for s in e.offer.specs {
                assert_eq!(s.spec_id.len(), 32);
                assert!(ids.insert(s.spec_id), "{}", s.spec_id);
            }
            assert!(seed_1688::seller(e.offer.seller).is_some());
            assert!(category(ALIBABA_CATEGORIES, e.category).is_some());
        }
    }

    #[test]
    fn the_seeded_products_are_in_it_and_some_cannot_be_sold() {
        let c = get();
        for p in seed::PRODUCTS {
            assert!(c.taobao(p.item_map_id).is_some(), "{}", p.item_map_id);
        }
        for o in seed_1688::OFFERS {
            assert!(c.offer(o.offer_map_id).is_some());
            assert!(c.offer(&o.offer_id.to_string()).is_some());
        }
        assert_eq!(
            c.taobao("672991141190").unwrap().product.item_map_id,
            "WUnUC1cILiBjt-Jv3lDdlQ"
        );
        assert!(c.taobao.iter().filter(|e| e.unavailable.is_some()).count() >= 10);
        assert!(c.offers.iter().filter(|e| e.unavailable.is_some()).count() >= 10);
        let cats: HashSet<u64> = c.taobao.iter().map(|e| e.category).collect();
        assert!(cats.len() >= 10, "several categories");
    }

    #[test]
    fn the_catalogue_is_the_same_every_time() {
        let shops: Vec<&Shop> = taobao_shops().collect();
        let a: Vec<String> = (0..5)
            .map(|i| {
                let n = i * TAOBAO_KINDS.len() as u64;
                taobao_product(n, &TAOBAO_KINDS[0], &shops)
                    .product
                    .title
                    .to_string()
            })
            .collect();
        let b: Vec<&str> = get().taobao[seed::PRODUCTS.len()..]
            .iter()
            .step_by(TAOBAO_KINDS.len())
            .take(5)
            .map(|e| e.product.title)
            .collect();
        assert_eq!(a, b);
    }
}
