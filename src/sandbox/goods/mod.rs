//! The sandbox's goods operations on both platforms (docs/api.md#taobao-goods,
//! docs/api.md#alibaba-goods), answered from one generated catalogue (`catalogue.rs`) that
//! holds the seeded products the cart, orders and the 1688 trade flow use.
//!
//! All of them only read: they never touch the state file.

mod alibaba;
pub mod catalogue;
mod kinds;
mod query;
mod taobao;

use super::{ApiRequest, Reply};
use alibaba::Scope;

/// The goods operation `op`, or None when `op` is not one.
pub fn read(op: &str, req: &ApiRequest) -> Option<Reply> {
    Some(match op {
        "taobao.product.get" => taobao::get(req),
        "taobao.product.batch" => taobao::batch(req),
        "taobao.product.search" => taobao::search(req),
        "taobao.product.image_search" => taobao::image_search(req),
        "alibaba.product.get" => alibaba::get(req),
        "alibaba.product.search" => alibaba::search(req, Scope::All),
        "alibaba.product.strict_search" => alibaba::search(req, Scope::Strict),
        "alibaba.product.global_strict_search" => alibaba::search(req, Scope::GlobalStrict),
        "alibaba.product.shop_search" => alibaba::shop_search(req),
        "alibaba.product.image_search" => alibaba::image_search(req),
        "alibaba.product.category" => alibaba::category(req),
        "alibaba.product.recommend" => alibaba::recommend(req),
        "alibaba.product.related_recommend" => alibaba::related(req),
        "alibaba.product.hot_list" => alibaba::hot_list(req),
        "alibaba.order.wangwang_decrypt" => alibaba::wangwang_decrypt(req),
        _ => return None,
    })
}

/// Why PandaPon cannot sell this Taobao product, if it cannot (the cart refuses it).
pub fn taobao_refusal(item_map_id: &str) -> Option<&'static str> {
    catalogue::get()
        .taobao(item_map_id)
        .and_then(|e| e.unavailable)
}
