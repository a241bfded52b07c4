//! Goods end to end against the in-process sandbox: the journey from a search to a paid order,
//! and the catalogue behaving as a shop's does (paging, sorting, filters, image search,
//! products PandaPon cannot sell). The mock-server tests (goods.rs) judge the request shapes.

mod common;

use std::collections::HashSet;

use common::*;
use serde_json::Value;

const ADDRESS: &[&str] = &[
    "--address-name",
    "张三",
    "--address-mobile",
    "13800000000",
    "--address-street",
    "文一西路969号",
];

fn text(v: &Value) -> String {
    v.to_string().trim_matches('"').to_string()
}

fn ids(results: &Value) -> Vec<String> {
    results
        .as_array()
        .unwrap()
        .iter()
        .map(|h| text(h.get("itemId").or_else(|| h.get("offerId")).unwrap()))
        .collect()
}

#[test]
fn search_show_cart_add_preview_create_pay_on_taobao() {
    let shop = Shop::new();
    // Search: the page's data, with the ids the next step takes.
    let found = shop.json(&["goods", "search", "充电宝", "--sort", "sales"]);
    assert!(found["totalRecords"].as_u64().unwrap() >= 5, "{found}");
    let hits = found["data"].as_array().unwrap();
    let sales: Vec<i64> = hits.iter().map(|h| h["sales"].as_i64().unwrap()).collect();
    assert!(
        sales.windows(2).all(|w| w[0] >= w[1]),
        "best sellers first: {sales:?}"
    );
    // The first one PandaPon can sell, as `goods check` says.
    let candidates = ids(&found["data"]);
    let checked = shop.json(
        &[
            &["goods", "check"][..],
            &candidates.iter().map(String::as_str).collect::<Vec<_>>(),
        ]
        .concat(),
    );
    let sellable: HashSet<String> = checked["mpProducts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| text(&p["itemId"]))
        .collect();
    let item = candidates
        .iter()
        .find(|id| sellable.contains(*id))
        .expect("some power bank can be bought")
        .clone();
    // Show: its SKUs, one in stock to buy.
    let product = shop.json(&["goods", "show", &item]);
    assert_eq!(text(&product["itemMapId"]), item);
    let sku = product["skuList"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["quantity"].as_i64().unwrap() > 0)
        .map(|s| text(&s["skuId"]))
        .expect("a SKU in stock");
    // Into the cart, then the preview, the order, the payment.
    let added = shop.json(&["cart", "add", "--item", &item, "--sku", &sku]);
    let cart_id = text(&added);
    let preview = shop.json(&["cart", "preview", "--ids", &cart_id]);
    let line = &preview["confirmOrders"][0]["cartItemInfos"][0];
    assert_eq!(text(&line["itemMapId"]), item);
    assert_eq!(text(&line["skuId"]), sku);
    let created = shop.json(&[&["cart", "create", "--ids", &cart_id, "--yes"], ADDRESS].concat());
    let order = text(&created["orderIds"][0]);
    let shown = shop.json(&["order", "show", &order]);
    assert_eq!(shown["orderStatus"], "WAIT_BUYER_PAY");
    let o = shop.run(&["order", "pay", &order, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = shop.json(&["order", "show", &order]);
    assert_eq!(shown["orderStatus"], "WAIT_SELLER_SEND_GOODS", "{shown}");
    // Only writes reached the journal: searches, lookups and checks are reads.
    let ops: Vec<String> = shop
        .journal()
        .iter()
        .map(|e| text(&e["operation"]))
        .collect();
    assert_eq!(
        ops,
        ["taobao.cart.add", "taobao.cart.create", "taobao.order.pay"]
    );
}

#[test]
fn a_link_reaches_the_seeded_shirt_and_its_sku() {
    let shop = Shop::new();
    let link = "https://detail.tmall.com/item.htm?id=672991141190&skuId=5032007803361";
    let out = shop.ok(&["goods", "show", link]);
    assert!(
        out.contains("Item WUnUC1cILiBjt-Jv3lDdlQ (672991141190)"),
        "{out}"
    );
    let o = shop.run(&["cart", "add", "--item", link]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("(颜色: 850浅灰 / 尺码: L 105-125斤)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn search_pages_consistently_and_honours_sort_and_price() {
    let shop = Shop::new();
    let page = |n: &str| shop.json(&["goods", "search", "衬衫", "--page-size", "7", "--page", n]);
    let (one, two) = (page("1"), page("2"));
    let walked = shop.json(&[
        "goods",
        "search",
        "衬衫",
        "--page-size",
        "7",
        "--limit",
        "14",
    ]);
    let joined: Vec<String> = ids(&one["data"])
        .into_iter()
        .chain(ids(&two["data"]))
        .collect();
    assert_eq!(ids(&walked), joined, "a walk is the pages end to end");
    assert_eq!(
        joined.iter().collect::<HashSet<_>>().len(),
        14,
        "no result twice"
    );
    let total = one["totalRecords"].as_u64().unwrap();
    let all = shop.json(&["goods", "search", "衬衫", "--all"]);
    assert_eq!(all.as_array().unwrap().len() as u64, total);
    for h in all.as_array().unwrap() {
        assert!(h["title"].as_str().unwrap().contains("衬衫"), "{h}");
    }

    let cheap = shop.json(&[
        "goods",
        "search",
        "衬衫",
        "--sort",
        "price-asc",
        "--min-price",
        "60",
        "--max-price",
        "120",
        "--all",
    ]);
    let prices: Vec<i64> = cheap
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["promotionPrice"].as_i64().unwrap())
        .collect();
    assert!(!prices.is_empty());
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
    assert!(
        prices.iter().all(|p| (6000..=12000).contains(p)),
        "{prices:?}"
    );
    let o = shop.run(&[
        "goods",
        "search",
        "衬衫",
        "--min-price",
        "60",
        "--max-price",
        "120",
    ]);
    assert!(
        !stderr(&o).contains("outside the price range"),
        "the sandbox applies it"
    );

    let nothing = shop.run(&["goods", "search", "不存在的东西"]);
    assert!(nothing.status.success());
    assert!(stderr(&nothing).contains("Nothing on taobao matches \"不存在的东西\"."));
}

#[test]
fn image_search_finds_the_same_products_for_the_same_picture() {
    let shop = Shop::new();
    let dir = shop.env.path();
    std::fs::write(dir.join("a.png"), b"\x89PNG\r\n\x1a\nred shirt").unwrap();
    std::fs::write(dir.join("b.png"), b"\x89PNG\r\n\x1a\nblue mug").unwrap();
    let find = |f: &str, platform: &str| {
        let p = dir.join(f);
        shop.json(&[
            "--platform",
            platform,
            "goods",
            "image-search",
            p.to_str().unwrap(),
            "--all",
        ])
    };
    for platform in ["taobao", "1688"] {
        let a = ids(&find("a.png", platform));
        assert!((12..=40).contains(&a.len()), "{platform}: {}", a.len());
        assert_eq!(
            a,
            ids(&find("a.png", platform)),
            "{platform}: deterministic"
        );
        assert_ne!(
            a,
            ids(&find("b.png", platform)),
            "{platform}: the bytes decide"
        );
    }
}

#[test]
fn every_1688_verb_answers_from_the_catalogue() {
    let shop = Shop::new();
    let ali = |args: &[&str]| shop.json(&[&["--platform", "1688", "goods"], args].concat());
    let offer = ali(&["show", "706627393257"]);
    assert_eq!(offer["offerMapId"], "Ak7QmZ2xPd9-LwY4vNb6Rc");
    assert_eq!(offer["productSkuInfos"].as_array().unwrap().len(), 3);

    let found = ali(&["search", "文件夹", "--all"]);
    assert!(found.as_array().unwrap().len() >= 5);
    let strict = ali(&["search", "文件夹", "--strict", "--all"]);
    assert!(strict.as_array().unwrap().len() < found.as_array().unwrap().len());
    let seller = "BBBm4cD6fH8jK0lN2pQ4rS6tU";
    let store = ali(&["search", "包", "--shop", seller, "--all"]);
    for h in store.as_array().unwrap() {
        assert_eq!(h["sellerOpenId"], seller);
    }
    let by_price = ali(&["search", "数据线", "--sort", "price-desc", "--all"]);
    let prices: Vec<i64> = by_price
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["priceInfo"]["price"].as_i64().unwrap())
        .collect();
    assert!(prices.windows(2).all(|w| w[0] >= w[1]), "{prices:?}");

    let top = ali(&["category"]);
    assert!(top["childCategorys"].as_array().unwrap().len() >= 4);
    let office = ali(&["category", "7"]);
    let leaf = text(&office["childCategorys"][0]["categoryId"]);
    let in_leaf = ali(&["search", "批发", "--category", &leaf, "--all"]);
    assert!(!in_leaf.as_array().unwrap().is_empty());
    for h in in_leaf.as_array().unwrap() {
        let shown = ali(&["show", &text(&h["offerId"])]);
        assert_eq!(text(&shown["categoryId"]), leaf);
    }

    assert_eq!(ali(&["recommend"])["data"].as_array().unwrap().len(), 20);
    let related = ali(&["related", "https://detail.1688.com/offer/706627393257.html"]);
    assert!(!ids(&related["data"]).contains(&"706627393257".to_string()));
    let hot = ali(&["hot", "--category", "1043"]);
    assert_eq!(hot["rankProductModels"].as_array().unwrap().len(), 20);
    let chat = ali(&["seller-chat", "706627393257", "BBBgGWh2O6JFI6v1aQuZVgRIA"]);
    assert_eq!(chat["wangwangNick"], "义乌市优品文具厂");
    let o = shop.run(&[
        "--platform",
        "1688",
        "goods",
        "seller-chat",
        "706627393257",
        "BBBnotTheSeller00000000000",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not the seller of offer 706627393257"));
}

#[test]
fn a_product_pandapon_cannot_sell_is_said_so_everywhere() {
    let shop = Shop::new();
    // Every eleventh generated product from the eighth is one (src/sandbox/goods/catalogue.rs).
    let all = shop.json(&["goods", "search", "收纳", "--all"]);
    let candidates = ids(&all);
    let checked = shop.json(
        &[
            &["goods", "check"][..],
            &candidates.iter().map(String::as_str).collect::<Vec<_>>(),
        ]
        .concat(),
    );
    let refused = checked["noMpProductItemIds"].as_array().unwrap();
    assert!(!refused.is_empty(), "{checked}");
    let item = text(&refused[0]);
    let reason = checked["noMpReasonList"][0]["reason"]
        .as_str()
        .unwrap()
        .to_string();
    let out = shop.ok(&["goods", "show", &item]);
    assert!(
        out.contains(&format!("Not available through PandaPon: {reason}")),
        "{out}"
    );
    let o = shop.run(&["cart", "add", "--item", &item]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&reason), "{}", stderr(&o));
    let o = shop.run(&["goods", "show", "672991199999"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no product with itemId 672991199999"));
}

/// A 1688 offer link goes to the 1688 cart, whatever --platform says: its specs are offered
/// (off a terminal, listed), and with one named it is added.
#[test]
fn a_1688_offer_link_goes_to_the_1688_cart() {
    let shop = Shop::new();
    let url = "https://detail.1688.com/offer/706627393257.html";
    let o = shop.run(&["cart", "add", "--item", url, "--quantity", "10"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("b2a8f5c1d3e4f60718293a4b5c6d7e8f"), "{e}");
    assert!(e.contains("c3b9a6d2e4f5a71829304b5c6d7e8f90"), "{e}");
    let spec = "c3b9a6d2e4f5a71829304b5c6d7e8f90";
    let quantity_of = |cart: &serde_json::Value| -> i64 {
        cart["enableList"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["cartItemInfos"].as_array().unwrap())
            .filter(|i| i["specId"] == spec)
            .map(|i| i["quantity"].as_i64().unwrap())
            .sum()
    };
    let before = quantity_of(&shop.json(&["--platform", "1688", "cart", "list"]));
    shop.ok(&[
        "cart",
        "add",
        "--item",
        url,
        "--sku",
        "c3b9a6d2e4f5a71829304b5c6d7e8f90",
        "--quantity",
        "37",
    ]);
    let after = quantity_of(&shop.json(&["--platform", "1688", "cart", "list"]));
    assert_eq!(after, before + 37, "added to the spec's line");
    let j = shop.journal();
    assert_eq!(j.last().unwrap()["operation"], "alibaba.cart.add");
    assert_eq!(j.last().unwrap()["platform"], "1688");
}
