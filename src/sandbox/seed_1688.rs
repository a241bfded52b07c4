//! The sandbox's 1688 side: wholesale sellers and their offers (docs/api.md#alibaba-goods).
//!
//! These are the offers the 1688 trade flow (cart, orders, after-sales) uses; the goods
//! catalogue includes them among its products. Ids follow the documented shapes: `offerId` an
//! integer (v1), `offerMapId` and `sellerOpenId` opaque strings (v2), `specId` a 32-character
//! hex string, `skuId` a number. Prices are integer cents (分), as every integer price
//! PandaPon documents is.

pub struct Seller {
    pub open_id: &'static str,
    pub nick: &'static str,
    /// Mainland shipping per order, in cents.
    pub shipping_cents: i64,
}

pub struct Spec {
    pub spec_id: &'static str,
    pub sku_id: u64,
    /// (attribute, value) pairs, e.g. ("颜色", "蓝色").
    pub attributes: &'static [(&'static str, &'static str)],
    pub price_cents: i64,
    pub stock: i64,
}

pub struct Offer {
    pub offer_id: u64,
    pub offer_map_id: &'static str,
    pub subject: &'static str,
    pub subject_trans: &'static str,
    pub pic: &'static str,
    pub seller: &'static str,
    pub category_id: u64,
    /// The smallest quantity a seller takes (起批量).
    pub min_order: i64,
    /// False for an offer the seller has taken down: it stays in carts, disabled.
    pub on_sale: bool,
    pub specs: &'static [Spec],
}

pub const SELLERS: &[Seller] = &[
    Seller {
        open_id: "BBBgGWh2O6JFI6v1aQuZVgRIA",
        nick: "义乌市优品文具厂",
        shipping_cents: 600,
    },
    Seller {
        open_id: "BBBq8nJ3kLpR2sT5vW7xY9zAb",
        nick: "深圳市极速数码配件有限公司",
        shipping_cents: 800,
    },
    Seller {
        open_id: "BBBm4cD6fH8jK0lN2pQ4rS6tU",
        nick: "广州市花都区皮具商行",
        shipping_cents: 1000,
    },
];

pub const OFFERS: &[Offer] = &[
    Offer {
        offer_id: 706627393257,
        offer_map_id: "Ak7QmZ2xPd9-LwY4vNb6Rc",
        subject: "PVC插页文件夹A4多层资料册透明插袋办公用品",
        subject_trans: "PVC insert folder A4 multi-layer display book",
        pic: "https://cbu01.alicdn.com/img/ibank/O1CN01pvcfolder_!!2206627393257.jpg",
        seller: "BBBgGWh2O6JFI6v1aQuZVgRIA",
        category_id: 1033054,
        min_order: 10,
        on_sale: true,
        specs: &[
            Spec {
                spec_id: "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
                sku_id: 5012345678901,
                attributes: &[("规格", "20页"), ("颜色", "蓝色")],
                price_cents: 350,
                stock: 12000,
            },
            Spec {
                spec_id: "c3b9a6d2e4f5a71829304b5c6d7e8f90",
                sku_id: 5012345678902,
                attributes: &[("规格", "40页"), ("颜色", "蓝色")],
                price_cents: 520,
                stock: 8000,
            },
            Spec {
                spec_id: "d4cab7e3f5a6b8293a415c6d7e8f9012",
                sku_id: 5012345678903,
                attributes: &[("规格", "60页"), ("颜色", "透明")],
                price_cents: 680,
                stock: 0,
            },
        ],
    },
    Offer {
        offer_id: 645820193746,
        offer_map_id: "Bq3RnT8wKs1-MzX5cVd7Ye",
        subject: "Type-C数据线快充线1米2米适用安卓手机充电线",
        subject_trans: "Type-C fast charging cable 1m/2m",
        pic: "https://cbu01.alicdn.com/img/ibank/O1CN01typec_!!2645820193746.jpg",
        seller: "BBBq8nJ3kLpR2sT5vW7xY9zAb",
        category_id: 1043211,
        min_order: 5,
        on_sale: true,
        specs: &[
            Spec {
                spec_id: "e5dbc8f4a6b7c93a4b526d7e8f901a23",
                sku_id: 5023456789011,
                attributes: &[("长度", "1米"), ("颜色", "白色")],
                price_cents: 450,
                stock: 30000,
            },
            Spec {
                spec_id: "f6ecd9a5b7c8da4b5c637e8f901a2b34",
                sku_id: 5023456789012,
                attributes: &[("长度", "2米"), ("颜色", "黑色")],
                price_cents: 620,
                stock: 25000,
            },
        ],
    },
    Offer {
        offer_id: 645820193801,
        offer_map_id: "Cr4SoU9xLt2-NaY6dWe8Zf",
        subject: "20W PD快充充电头 适用苹果iPhone 3C认证",
        subject_trans: "20W PD fast charger",
        pic: "https://cbu01.alicdn.com/img/ibank/O1CN01pd20w_!!2645820193801.jpg",
        seller: "BBBq8nJ3kLpR2sT5vW7xY9zAb",
        category_id: 1043215,
        min_order: 2,
        on_sale: true,
        specs: &[Spec {
            spec_id: "a7fdeab6c8d9eb5c6d748f901a2b3c45",
            sku_id: 5023456789101,
            attributes: &[("颜色", "白色")],
            price_cents: 1280,
            stock: 5000,
        }],
    },
    Offer {
        offer_id: 712093847561,
        offer_map_id: "Ds5TpV0yMu3-ObZ7eXf9Ag",
        subject: "PU皮女士单肩包通勤大容量托特包2025新款",
        subject_trans: "PU leather women's shoulder tote bag",
        pic: "https://cbu01.alicdn.com/img/ibank/O1CN01pubag_!!2712093847561.jpg",
        seller: "BBBm4cD6fH8jK0lN2pQ4rS6tU",
        category_id: 1038378,
        min_order: 1,
        on_sale: true,
        specs: &[
            Spec {
                spec_id: "b8aefbc7d9eafc6d7e85901a2b3c4d56",
                sku_id: 5034567890121,
                attributes: &[("颜色", "黑色")],
                price_cents: 4580,
                stock: 600,
            },
            Spec {
                spec_id: "c9bfacd8eafbad7e8f96012b3c4d5e67",
                sku_id: 5034567890122,
                attributes: &[("颜色", "棕色")],
                price_cents: 4580,
                stock: 3,
            },
        ],
    },
    Offer {
        offer_id: 712093847599,
        offer_map_id: "Et6UqW1zNv4-PcA8fYg0Bh",
        subject: "帆布托特包 大容量学生单肩包（已下架）",
        subject_trans: "Canvas tote bag (taken down)",
        pic: "https://cbu01.alicdn.com/img/ibank/O1CN01canvas_!!2712093847599.jpg",
        seller: "BBBm4cD6fH8jK0lN2pQ4rS6tU",
        category_id: 1038378,
        min_order: 1,
        on_sale: false,
        specs: &[Spec {
            spec_id: "dac0bde9fbacbe8f9a07123c4d5e6f78",
            sku_id: 5034567890201,
            attributes: &[("颜色", "米白")],
            price_cents: 1990,
            stock: 200,
        }],
    },
];

pub fn seller(open_id: &str) -> Option<&'static Seller> {
    SELLERS
        .iter()
        .find(|s| s.open_id == open_id)
        .or_else(|| super::goods::catalogue::seller(open_id))
}

/// An offer by its v2 `offerMapId` or its v1 numeric `offerId`: a seeded one, or one of the
/// goods catalogue's (`sandbox/goods`).
pub fn offer(id: &str) -> Option<&'static Offer> {
    OFFERS
        .iter()
        .find(|o| o.offer_map_id == id || o.offer_id.to_string() == id)
        .or_else(|| super::goods::catalogue::get().offer(id).map(|e| e.offer))
}

pub fn spec(offer_id: &str, spec_id: &str) -> Option<(&'static Offer, &'static Spec)> {
    let o = offer(offer_id)?;
    Some((o, o.specs.iter().find(|s| s.spec_id == spec_id)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offer_has_a_seeded_seller_and_unique_ids() {
        let mut specs = Vec::new();
        for o in OFFERS {
            assert!(seller(o.seller).is_some(), "{}", o.offer_map_id);
            assert!(!o.specs.is_empty(), "{}", o.offer_map_id);
            for s in o.specs {
                assert_eq!(s.spec_id.len(), 32);
                assert!(!specs.contains(&s.spec_id), "{}", s.spec_id);
                specs.push(s.spec_id);
            }
        }
        assert!(SELLERS.len() >= 3);
        assert!(
            OFFERS.iter().any(|o| !o.on_sale),
            "a disabled offer for the cart"
        );
        assert_eq!(
            offer("706627393257").unwrap().offer_map_id,
            "Ak7QmZ2xPd9-LwY4vNb6Rc"
        );
    }
}
