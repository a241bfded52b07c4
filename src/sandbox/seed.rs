//! The sandbox's shop: three stores, their products, and the starting cart.
//!
//! Cart item 382 is the seed document's, field for field, so `cart preview --ids 382`
//! answers exactly the documented example.

use serde_json::{Value, json};

use super::state::{CartRow, State};

pub struct Shop {
    pub id: u64,
    pub name: &'static str,
    /// Mainland (domestic China) shipping per order, in cents.
    pub shipping_cents: i64,
}

pub struct Sku {
    pub sku_id: &'static str,
    pub mp_sku_id: &'static str,
    pub price: i64,
    pub promotion_price: Option<i64>,
    pub stock: i64,
    /// Exactly as the cart stores it: a JSON string of [{valueId, valueName, propId, propName}].
    pub properties: &'static str,
}

pub struct Product {
    pub item_map_id: &'static str,
    pub mp_id: &'static str,
    pub title: &'static str,
    pub pic: &'static str,
    pub shop_id: u64,
    pub category_id: &'static str,
    pub skus: &'static [Sku],
}

pub const SHOPS: &[Shop] = &[
    Shop {
        id: 115037976,
        name: "小淘男装服饰",
        shipping_cents: 0,
    },
    Shop {
        id: 62817354,
        name: "优品家居生活馆",
        shipping_cents: 800,
    },
    Shop {
        id: 73920461,
        name: "极客数码配件专营店",
        shipping_cents: 1200,
    },
];

pub const PRODUCTS: &[Product] = &[
    Product {
        item_map_id: "WUnUC1cILiBjt-Jv3lDdlQ",
        mp_id: "NeZYO6vIHuENAqbW6iWQb7dqmzNNcIX-IQGrQ53mhv0",
        title: "2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣",
        pic: "https://img.alicdn.com/bao/uploaded/i1/2202282511/O1CN01f70KIV1UQ5HNQRt17_!!2202282511.jpg",
        shop_id: 115037976,
        category_id: "50011123",
        skus: &[
            Sku {
                sku_id: "5032007803360",
                mp_sku_id: "7579055774996",
                price: 13900,
                promotion_price: Some(3990),
                stock: 100001,
                properties: r#"[{"valueId":553448787,"valueName":"850浅灰","propId":1627207,"propName":"颜色"},{"valueId":28315,"valueName":"M 80-105斤","propId":20509,"propName":"尺码"}]"#,
            },
            Sku {
                sku_id: "5032007803361",
                mp_sku_id: "7579055774997",
                price: 13900,
                promotion_price: Some(3990),
                stock: 8421,
                properties: r#"[{"valueId":553448787,"valueName":"850浅灰","propId":1627207,"propName":"颜色"},{"valueId":28316,"valueName":"L 105-125斤","propId":20509,"propName":"尺码"}]"#,
            },
            Sku {
                sku_id: "5032007803362",
                mp_sku_id: "7579055774998",
                price: 13900,
                promotion_price: Some(4290),
                stock: 3,
                properties: r#"[{"valueId":28341,"valueName":"黑色","propId":1627207,"propName":"颜色"},{"valueId":28317,"valueName":"XL 125-145斤","propId":20509,"propName":"尺码"}]"#,
            },
        ],
    },
    Product {
        item_map_id: "Qm8xT2vLpR4-kYb7nHc1wA",
        mp_id: "Lk3PZq7uVnB0-dE5sR9tGh2mWcXy8aJfNo4iUe6bKrT",
        title: "北欧风陶瓷马克杯带盖勺大容量办公室咖啡杯情侣水杯",
        pic: "https://img.alicdn.com/bao/uploaded/i3/1863947216/O1CN01mugC3p1Lx7QwE2vYb_!!1863947216.jpg",
        shop_id: 62817354,
        category_id: "50016434",
        skus: &[
            Sku {
                sku_id: "4871203395510",
                mp_sku_id: "6602193847521",
                price: 3580,
                promotion_price: Some(2990),
                stock: 520,
                properties: r#"[{"valueId":28320,"valueName":"奶白色","propId":1627207,"propName":"颜色分类"},{"valueId":3267945,"valueName":"450ml 带盖勺","propId":122216343,"propName":"容量"}]"#,
            },
            Sku {
                sku_id: "4871203395511",
                mp_sku_id: "6602193847522",
                price: 3580,
                promotion_price: Some(2990),
                stock: 0,
                properties: r#"[{"valueId":3232483,"valueName":"雾霾蓝","propId":1627207,"propName":"颜色分类"},{"valueId":3267945,"valueName":"450ml 带盖勺","propId":122216343,"propName":"容量"}]"#,
            },
        ],
    },
    Product {
        item_map_id: "Zr5cH0nE9sWq-TfU3jKm8Q",
        mp_id: "Pw2rTn8YcQ5-hM1xLb6vKs0dZg4eJu7aFo3iRy9NqEc",
        title: "加厚珊瑚绒毛毯冬季沙发盖毯办公室午睡毯子床单",
        pic: "https://img.alicdn.com/bao/uploaded/i2/1863947216/O1CN01blkT4r1Lx7QzA9pVc_!!1863947216.jpg",
        shop_id: 62817354,
        category_id: "50008565",
        skus: &[Sku {
            sku_id: "4871203395602",
            mp_sku_id: "6602193847610",
            price: 8900,
            promotion_price: Some(6900),
            stock: 87,
            properties: r#"[{"valueId":3594022,"valueName":"燕麦色","propId":1627207,"propName":"颜色分类"},{"valueId":6536025,"valueName":"150x200cm","propId":20549,"propName":"尺寸"}]"#,
        }],
    },
    Product {
        item_map_id: "Hx7bN2kQ4wPz-LrC9mTe1V",
        mp_id: "Vb9mKr2XqT6-wN4cJh8sLp1dGf5eYu3aZo7iRn0MtEk",
        title: "65W氮化镓快充充电器多口typec适用苹果华为小米笔记本",
        pic: "https://img.alicdn.com/bao/uploaded/i4/2209375588/O1CN01ganQ8w1rB6XyZ4nMk_!!2209375588.jpg",
        shop_id: 73920461,
        category_id: "50018909",
        skus: &[Sku {
            sku_id: "5120398475561",
            mp_sku_id: "7713920485566",
            price: 12900,
            promotion_price: Some(8900),
            stock: 1500,
            properties: r#"[{"valueId":28320,"valueName":"白色","propId":1627207,"propName":"颜色分类"},{"valueId":21433,"valueName":"2C1A 三口","propId":122276111,"propName":"规格"}]"#,
        }],
    },
    Product {
        item_map_id: "Tk3vM8pW1qRz-NcY6bLh2F",
        mp_id: "Jn4sHq8WbV1-rK6xMc2tLp9dZf3eGu5aYo0iTn7QwEb",
        title: "磁吸无线充电宝10000毫安超薄小巧便携移动电源",
        pic: "https://img.alicdn.com/bao/uploaded/i1/2209375588/O1CN01pwrB9k1rB6Xw3LmQz_!!2209375588.jpg",
        shop_id: 73920461,
        category_id: "50018910",
        skus: &[Sku {
            sku_id: "5120398475620",
            mp_sku_id: "7713920485630",
            price: 15900,
            promotion_price: None,
            stock: 240,
            properties: r#"[{"valueId":3232481,"valueName":"远峰蓝","propId":1627207,"propName":"颜色分类"}]"#,
        }],
    },
];

pub fn shop(id: u64) -> Option<&'static Shop> {
    SHOPS
        .iter()
        .find(|s| s.id == id)
        .or_else(|| super::goods::catalogue::taobao_shop(id))
}

/// A seeded product, or one of the goods catalogue's (`sandbox/goods`), by its itemMapId.
pub fn product(item_map_id: &str) -> Option<&'static Product> {
    PRODUCTS
        .iter()
        .find(|p| p.item_map_id == item_map_id)
        .or_else(|| {
            let c = super::goods::catalogue::get();
            c.taobao(item_map_id)
                .map(|e| e.product)
                .filter(|p| p.item_map_id == item_map_id)
        })
}

pub fn sku(item_map_id: &str, sku_id: &str) -> Option<(&'static Product, &'static Sku)> {
    let p = product(item_map_id)?;
    Some((p, p.skus.iter().find(|s| s.sku_id == sku_id)?))
}

/// `GET /v2/taobao/product/get`: the v1 detail fields (docs/api.md#taobao-product-get) with v2 ids.
pub fn product_json(p: &Product) -> Value {
    let shop = shop(p.shop_id).expect("every product's shop is seeded");
    let skus: Vec<Value> = p
        .skus
        .iter()
        .map(|s| {
            json!({
                "skuId": s.sku_id,
                "mpSkuId": s.mp_sku_id,
                "price": s.price,
                "promotionPrice": s.promotion_price,
                "postFee": 0,
                "quantity": s.stock,
                "status": if s.stock > 0 { "active" } else { "soldout" },
                "properties": serde_json::from_str::<Value>(s.properties).expect("seed properties are JSON"),
            })
        })
        .collect();
    let min_price = p.skus.iter().map(|s| s.price).min().unwrap_or(0);
    let min_promo = p
        .skus
        .iter()
        .map(|s| s.promotion_price.unwrap_or(s.price))
        .min()
        .unwrap_or(0);
    json!({
        "itemId": p.item_map_id,
        "mpId": p.mp_id,
        "title": p.title,
        "picUrls": [p.pic],
        "quantity": p.skus.iter().map(|s| s.stock).sum::<i64>(),
        "price": min_price,
        "promotionPrice": min_promo,
        "shopId": shop.id,
        "shopName": shop.name,
        "categoryId": p.category_id,
        "status": "active",
        "itemType": "HAVE_MATERIAL",
        "skuList": skus,
    })
}

pub fn cart_row(id: u64, item_map_id: &str, sku_id: &str, quantity: i64) -> CartRow {
    let (p, s) = sku(item_map_id, sku_id).expect("seed cart rows use seeded products");
    CartRow {
        id,
        item_map_id: p.item_map_id.into(),
        sku_id: s.sku_id.into(),
        quantity,
    }
}

pub fn initial_state() -> State {
    let mut s = State {
        next_cart_id: 386,
        cart: vec![
            cart_row(382, "WUnUC1cILiBjt-Jv3lDdlQ", "5032007803360", 1),
            cart_row(383, "Qm8xT2vLpR4-kYb7nHc1wA", "4871203395510", 2),
            cart_row(384, "Zr5cH0nE9sWq-TfU3jKm8Q", "4871203395602", 1),
            cart_row(385, "Hx7bN2kQ4wPz-LrC9mTe1V", "5120398475561", 1),
        ],
        ..State::default()
    };
    seed_history(&mut s);
    s
}

const HOUR_MS: i64 = 3_600_000;

/// A seeded order: lines as (item, sku, quantity), at a fixed time, in a given status.
fn seed_order(
    s: &mut State,
    created_ms: i64,
    status: &str,
    lines: &[(&str, &str, i64)],
    extra: serde_json::Map<String, Value>,
) -> u64 {
    let id = s.add_order(lines, status, created_ms, default_address_json(), extra);
    if !matches!(status, "WAIT_BUYER_PAY" | "TRADE_CLOSED") {
        s.orders.last_mut().expect("just added").paid_ms = Some(created_ms + HOUR_MS / 4);
    }
    id
}

pub fn default_address_json() -> Value {
    json!({
        "name": "张三", "mobile_phone": "15068763421", "phone": "", "country": "中国",
        "state": "浙江省", "city": "杭州市", "district": "余杭区", "address": "文一西路969号", "zip": "311121"
    })
}

/// Tracking for a shipped order: company, number, events oldest first.
pub fn shipment(number: &str, shipped_ms: i64, delivered: bool) -> serde_json::Map<String, Value> {
    let mut traces = vec![
        json!({"time": shipped_ms, "desc": "【杭州市】顺丰速运 已收取快件"}),
        json!({"time": shipped_ms + 5 * HOUR_MS, "desc": "【杭州市】快件已到达 杭州萧山集散中心"}),
        json!({"time": shipped_ms + 20 * HOUR_MS, "desc": "【义乌市】快件已到达 集运仓库，待入库"}),
    ];
    if delivered {
        traces.push(json!({"time": shipped_ms + 26 * HOUR_MS, "desc": "【义乌市】已签收，签收人：集运仓库前台"}));
    }
    let mut m = serde_json::Map::new();
    m.insert("logisticsCompanyName".into(), json!("顺丰速运"));
    m.insert("logisticsNo".into(), json!(number));
    m.insert("traces".into(), Value::Array(traces));
    m
}

/// Orders in every status, and one open after-sales request, so every command has something.
fn seed_history(s: &mut State) {
    seed_order(
        s,
        1_794_967_920_000,
        "TRADE_FINISHED",
        &[("Tk3vM8pW1qRz-NcY6bLh2F", "5120398475620", 1)],
        shipment("SF1425367788120", 1_794_967_920_000 + 20 * HOUR_MS, true),
    );
    let mut closed = serde_json::Map::new();
    closed.insert("cancelReason".into(), json!("不想要了"));
    seed_order(
        s,
        1_795_145_400_000,
        "TRADE_CLOSED",
        &[("WUnUC1cILiBjt-Jv3lDdlQ", "5032007803362", 1)],
        closed,
    );
    seed_order(
        s,
        1_795_243_500_000,
        "WAIT_BUYER_CONFIRM_GOODS",
        &[("Hx7bN2kQ4wPz-LrC9mTe1V", "5120398475561", 1)],
        shipment("SF1425367799031", 1_795_243_500_000 + 18 * HOUR_MS, false),
    );
    seed_order(
        s,
        1_795_395_900_000,
        "WAIT_SELLER_SEND_GOODS",
        &[
            ("Qm8xT2vLpR4-kYb7nHc1wA", "4871203395510", 2),
            ("Zr5cH0nE9sWq-TfU3jKm8Q", "4871203395602", 1),
        ],
        serde_json::Map::new(),
    );
    seed_order(
        s,
        1_795_508_400_000,
        "WAIT_BUYER_PAY",
        &[("WUnUC1cILiBjt-Jv3lDdlQ", "5032007803361", 2)],
        serde_json::Map::new(),
    );

    // The delivered power bank came scratched: an after-sales request awaits the seller.
    let finished = &s.orders[0];
    let (order_id, line) = (finished.id, finished.lines[0].clone());
    s.next_refund_id = 110_000_235_001;
    s.refunds.push(super::state::Refund {
        id: s.next_refund_id,
        order_id,
        line_id: line.id,
        refund_type: 2,
        goods_status: 2,
        reason_id: 4101,
        refund_fee: line.unit_cents * line.quantity,
        desc: "外壳有划痕".into(),
        status: "WAIT_SELLER_AGREE".into(),
        created_ms: 1_795_597_200_000,
        messages: vec![super::state::RefundMessage {
            time_ms: 1_795_597_200_000 + HOUR_MS,
            from: "seller".into(),
            content: "亲，麻烦提供一下划痕的照片，我们核实后尽快处理。".into(),
            images: vec![],
        }],
        return_logistics: None,
    });
    s.next_refund_id += 1;
    s.next_address_id = 2;
    s.addresses.push(json!({
        "id": 1, "name": "张三", "province": "浙江省", "city": "杭州市", "district": "余杭区",
        "address": "文一西路969号", "phone": "15068763421"
    }));
}

/// `extra` synthetic orders for volume tests and benchmarks, spread over every status.
pub fn add_synthetic_orders(s: &mut State, extra: u64) {
    const STATUSES: [&str; 5] = [
        "TRADE_FINISHED",
        "WAIT_BUYER_CONFIRM_GOODS",
        "WAIT_SELLER_SEND_GOODS",
        "WAIT_BUYER_PAY",
        "TRADE_CLOSED",
    ];
    let skus: Vec<(&str, &str)> = PRODUCTS
        .iter()
        .flat_map(|p| p.skus.iter().map(move |k| (p.item_map_id, k.sku_id)))
        .collect();
    for n in 0..extra {
        let (item, sku_id) = skus[(n as usize) % skus.len()];
        let status = STATUSES[(n as usize) % STATUSES.len()];
        let created = 1_790_000_000_000 + (n as i64) * 7 * 60_000;
        seed_order(
            s,
            created,
            status,
            &[(item, sku_id, 1 + (n as i64 % 3))],
            serde_json::Map::new(),
        );
    }
}
