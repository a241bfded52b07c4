//! One test per cart verb against a local mock server: method, path, body and signature as
//! the docs describe them, and what the user sees.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server() -> MockServer {
    MockServer::start().await
}

fn item(id: u64, title: &str, shop: &str) -> Value {
    json!({
        "id": id, "itemMapId": "WUnUC1cILiBjt-Jv3lDdlQ", "skuId": "5032007803360",
        "itemTitle": title, "price": 13900, "promotionPrice": 3990,
        "properties": "[{\"valueName\":\"850浅灰\",\"propName\":\"颜色\"}]",
        "quantity": 2, "skuQuantity": 100, "shopId": 115037976, "shopName": shop
    })
}

#[tokio::test]
async fn list_sends_a_signed_get_and_prints_rows() {
    let s = server().await;
    let data = json!({"totalRecords": 1, "totalPage": 1, "pageSize": 20, "currentPage": 1,
                      "data": [item(382, "短袖衬衫", "小淘男装服饰")]});
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        .and(query_param("pageNo", "1"))
        .and(query_param("pageSize", "20"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data.clone())))
        .expect(2)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "382\t短袖衬衫\t颜色: 850浅灰\t2\t¥139.00\t¥39.90\t小淘男装服饰\n"
    );
    let o = env
        .cmd(&s.uri())
        .args(["cart", "list", "--json"])
        .output()
        .unwrap();
    let printed: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(printed, ids_as_strings(&data));
    assert_eq!(stdout(&o).lines().count(), 1, "compact JSON off a terminal");
    for r in s.received_requests().await.unwrap() {
        assert_signed(&r);
        assert!(r.body.is_empty());
    }
}

#[tokio::test]
async fn list_all_walks_every_page_into_one_array() {
    let s = server().await;
    for page in 1..=3u64 {
        let items: Vec<Value> = (0..2).map(|i| item(page * 10 + i, "T", "S")).collect();
        Mock::given(method("GET"))
            .and(path("/v2/taobao/cart/list"))
            .and(query_param("pageNo", page.to_string()))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
                "totalRecords": 6, "totalPage": 3, "currentPage": page, "data": items
            }))))
            .expect(1)
            .mount(&s)
            .await;
    }
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "list", "--all", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let arr: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<u64> = arr.iter().map(|v| id_num(&v["id"])).collect();
    assert_eq!(ids, vec![10, 11, 20, 21, 30, 31]);
}

#[tokio::test]
async fn an_empty_cart_is_success() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/cart/list"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!({"totalRecords": 0, "totalPage": 0, "data": []}))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("The cart is empty."));
    let o = env
        .cmd(&s.uri())
        .args(["cart", "list", "--all", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "[]\n");
}

fn product() -> Value {
    json!({
        "itemId": "WUnUC1cILiBjt-Jv3lDdlQ", "mpId": "NeZYO6vIHuENAqbW6iWQb7dqmzNNcIX-IQGrQ53mhv0",
        "title": "2025新款休闲短袖衬衫", "picUrls": ["https://img.alicdn.com/1.jpg"],
        "shopId": 115037976, "shopName": "小淘男装服饰", "quantity": 100001,
        "skuList": [{"skuId": "5032007803360", "mpSkuId": "7579055774996", "price": 13900,
                     "promotionPrice": 3990, "quantity": 100001, "status": "active",
                     "properties": [{"valueId": 553448787, "valueName": "850浅灰", "propId": 1627207, "propName": "颜色"}]}]
    })
}

#[tokio::test]
async fn add_looks_the_product_up_then_posts_the_documented_body() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "WUnUC1cILiBjt-Jv3lDdlQ"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(product())))
        .expect(1)
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/add"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(385))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "add",
            "--item",
            "WUnUC1cILiBjt-Jv3lDdlQ",
            "--sku",
            "5032007803360",
            "--quantity",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "Added 2 × 2025新款休闲短袖衬衫 (颜色: 850浅灰) at ¥39.90 each to the cart (cart item 385)."
        ),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    let body = body_json(&reqs[1]);
    assert_eq!(
        body,
        json!({
            "itemMapId": "WUnUC1cILiBjt-Jv3lDdlQ", "skuId": "5032007803360",
            "itemTitle": "2025新款休闲短袖衬衫", "itemPic": "https://img.alicdn.com/1.jpg",
            "mpId": "NeZYO6vIHuENAqbW6iWQb7dqmzNNcIX-IQGrQ53mhv0", "mpSkuId": "7579055774996",
            "price": 13900, "promotionPrice": 3990,
            "properties": "[{\"valueId\":553448787,\"valueName\":\"850浅灰\",\"propId\":1627207,\"propName\":\"颜色\"}]",
            "quantity": 2, "shopId": 115037976, "shopName": "小淘男装服饰",
            "skuQuantity": "100001", "userId": USER
        })
    );
    assert_eq!(
        reqs[1].headers.get("content-type").unwrap(),
        "application/json"
    );
}

#[tokio::test]
async fn add_refuses_a_sku_the_product_does_not_have_before_adding() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(product())))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .expect(0)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "add",
            "--item",
            "WUnUC1cILiBjt-Jv3lDdlQ",
            "--sku",
            "1",
            "--quantity",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("SKU 1 is not a SKU of product"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn add_with_input_sends_the_body_as_given() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/add"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let body = r#"{"itemMapId":"X","skuId":"1","mpId":"m","mpSkuId":"n","price":100,"quantity":1,"orderId":2542285634920880794}"#;
    let o = env
        .cmd(&s.uri())
        .args(["cart", "add", "--input", "-"])
        .write_stdin(body)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(
        String::from_utf8_lossy(&reqs[0].body),
        body,
        "sent byte for byte, big ids intact"
    );
}

#[tokio::test]
async fn edit_posts_id_and_quantity() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/edit-quantity"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "edit", "382", "--quantity", "3"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Cart item 382 now has quantity 3."));
    let reqs = s.received_requests().await.unwrap();
    assert_signed(&reqs[0]);
    assert_eq!(body_json(&reqs[0]), json!({"id": 382, "quantity": 3}));
}

#[tokio::test]
async fn delete_posts_the_ids_and_needs_them_off_a_terminal() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/delete"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(true))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "delete", "382", "383"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Deleted 2 items from the cart."));
    let o = env.cmd(&s.uri()).args(["cart", "delete"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("give the cart item ids"),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 1, "the id-less delete sent nothing");
    assert_signed(&reqs[0]);
    assert_eq!(body_json(&reqs[0]), json!({"ids": [382, 383]}));
}

#[tokio::test]
async fn preview_sends_the_seed_body_and_prints_the_seed_response() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/confirm/order"))
        .respond_with(ResponseTemplate::new(200).set_body_string(SEED_PREVIEW))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "小淘男装服饰 (shop 115037976)\n\
         382\t2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣\t颜色: 850浅灰 / 尺码: M 80-105斤\t1\t¥139.00\t¥39.90\t¥39.90\n\
         Mainland shipping ¥0.00 · Order fee ¥0.00 · Shop total ¥39.90\n\
         \n\
         Total ¥39.90 (items + mainland shipping + order fees)\n"
    );
    let o = env
        .cmd(&s.uri())
        .args(["cart", "preview", "--ids", "382", "--json"])
        .output()
        .unwrap();
    let printed: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(printed, ids_as_strings(&seed_data()));
    // Field order is kept too: the data prints as the API sent it, ids as strings.
    assert!(
        stdout(&o)
            .starts_with(r#"{"totalRealPayPrice":null,"confirmOrders":[{"shopId":"115037976","#)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_signed(&reqs[0]);
    assert_eq!(body_json(&reqs[0]), json!({"ids": [382], "userId": USER}));
}

#[tokio::test]
async fn preview_takes_the_address_from_flags_over_the_profile() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/confirm/order"))
        .respond_with(ResponseTemplate::new(200).set_body_string(SEED_PREVIEW))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    env.write_config(
        "[profiles.default.address]\nname = \"张三\"\nmobile_phone = \"15068763421\"\ncity = \"杭州市\"\naddress = \"测试地址\"\n",
    );
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "preview",
            "--ids",
            "382,383",
            "--address-city",
            "宁波市",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(
        body_json(&reqs[0]),
        json!({"ids": [382, 383], "orderAddress": {"name": "张三", "mobile_phone": "15068763421",
               "city": "宁波市", "address": "测试地址"}, "userId": USER})
    );
}

/// The profile's `[address]` keys are the flags' words; the API's names are made in one place.
#[tokio::test]
async fn address_keys_match_the_flags_and_old_keys_still_read_with_a_warning() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/confirm/order"))
        .respond_with(ResponseTemplate::new(200).set_body_string(SEED_PREVIEW))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    env.write_config(
        "[profiles.default.address]\nname = \"张三\"\nmobile = \"15068763421\"\nprovince = \"浙江省\"\nstreet = \"测试地址\"\nzip = \"311121\"\n",
    );
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "preview",
            "--ids",
            "382",
            "--address-province",
            "江苏省",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("is now called"), "{}", stderr(&o));
    let old = Sandboxed::new();
    old.write_config(
        "[profiles.default.address]\nname = \"张三\"\nmobile_phone = \"15068763421\"\nstate = \"浙江省\"\naddress = \"测试地址\"\nzip = \"311121\"\n",
    );
    let o = old
        .cmd(&s.uri())
        .args([
            "cart",
            "preview",
            "--ids",
            "382",
            "--address-state",
            "江苏省",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    for (was, is) in [
        ("mobile_phone", "mobile"),
        ("state", "province"),
        ("address", "street"),
    ] {
        assert!(
            stderr(&o).contains(&format!(
                "`{was}` is now called `{is}`, like --address-{is}"
            )),
            "{}",
            stderr(&o)
        );
    }
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 2);
    for r in &reqs {
        assert_eq!(
            body_json(r)["orderAddress"],
            json!({"name": "张三", "mobile_phone": "15068763421", "state": "江苏省",
                   "address": "测试地址", "zip": "311121"})
        );
    }
}

#[tokio::test]
async fn create_needs_yes_off_a_terminal_and_sends_nothing_without_it() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/create/order"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!({"orderIds": ["3305075341149134260"]}))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    env.write_config(
        "[profiles.default.address]\nname = \"张三\"\nmobile_phone = \"15068763421\"\naddress = \"测试地址\"\nzip = \"311121\"\n",
    );
    let o = env
        .cmd(&s.uri())
        .args(["cart", "create", "--ids", "382"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("--yes"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("see the cost first with `pandapon cart preview`"),
        "{}",
        stderr(&o)
    );
    assert!(
        s.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );

    let o = env
        .cmd(&s.uri())
        .args(["cart", "create", "--ids", "382", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Order created: 3305075341149134260"),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 1);
    assert_signed(&reqs[0]);
    assert_eq!(
        body_json(&reqs[0]),
        json!({"ids": [382], "orderAddress": {"name": "张三", "mobile_phone": "15068763421",
               "address": "测试地址", "zip": "311121"}, "userId": USER})
    );
}

#[tokio::test]
async fn create_without_an_address_is_a_clear_usage_error() {
    let s = server().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["cart", "create", "--ids", "382", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "the shipping address lacks --address-name, --address-mobile, --address-street"
        ),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn dry_run_prints_the_request_and_sends_nothing() {
    let s = server().await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "--dry-run",
            "cart",
            "create",
            "--ids",
            "382",
            "--address-name",
            "张三",
            "--address-mobile",
            "13800000000",
            "--address-street",
            "路",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!("POST {}/v2/taobao/cart/create/order\n", s.uri())),
        "{out}"
    );
    assert!(out.contains(&format!("access-key: {KEY}\n")));
    assert!(out.contains("signature: ********\n"));
    assert!(out.contains("\"ids\": [\n    382\n  ]"), "{out}");
    let o = env
        .cmd(&s.uri())
        .args(["--dry-run", "--json", "cart", "preview", "--ids", "382"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["method"], "POST");
    assert_eq!(v["headers"]["signature"], "********");
    assert_eq!(v["body"], json!({"ids": [382], "userId": USER}));
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn profile_endpoint_overrides_move_the_request() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!([]))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    env.write_config(
        "[profiles.default.endpoints]\n\"taobao.cart.list\" = \"POST /v2/taobao/cart/page\"\n",
    );
    let o = env.cmd(&s.uri()).args(["cart", "list"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}
