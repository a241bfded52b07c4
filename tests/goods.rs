//! Every goods verb on both platforms against a local mock server: method, path, body field
//! names as docs/api.md gives them, the signature, and what the user sees. Bad input is refused
//! with nothing sent.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server() -> MockServer {
    MockServer::start().await
}

fn taobao_product() -> Value {
    json!({
        "itemId": 672991141190u64, "itemMapId": "WUnUC1cILiBjt-Jv3lDdlQ", "mpId": "NeZYO6",
        "title": "2025新款休闲短袖衬衫", "shopId": 115037976, "shopName": "小淘男装服饰",
        "quantity": 108425, "sales": 8105,
        "skuList": [
            {"skuId": "5032007803360", "mpSkuId": "7579055774996", "price": 13900, "promotionPrice": 3990,
             "quantity": 100001, "status": "active",
             "properties": [{"propName": "颜色", "valueName": "850浅灰"}, {"propName": "尺码", "valueName": "M"}]},
            {"skuId": "5032007803361", "mpSkuId": "7579055774997", "price": 13900, "promotionPrice": 3990,
             "quantity": 0, "status": "soldout",
             "properties": [{"propName": "颜色", "valueName": "850浅灰"}, {"propName": "尺码", "valueName": "L"}]}
        ]
    })
}

fn offer() -> Value {
    json!({
        "offerId": 706627393257u64, "offerMapId": "Ak7QmZ2xPd9-LwY4vNb6Rc", "subject": "PVC插页文件夹",
        "subjectTrans": "PVC insert folder", "sellerOpenId": "BBBgGWh2O6JFI6v1aQuZVgRIA",
        "sellerNickName": "义乌市优品文具厂", "minOrderQuantity": 10, "soldOut": "1000+",
        "productSkuInfos": [
            {"skuId": 5012345678901u64, "specId": "b2a8f5c1d3e4f60718293a4b5c6d7e8f", "price": "3.50",
             "amountOnSale": 12000, "skuAttributes": [{"attributeName": "规格", "value": "20页"}]}
        ]
    })
}

fn page(items: Vec<Value>, total_records: u64, total_pages: u64) -> Value {
    json!({"totalRecords": total_records, "totalPage": total_pages, "currentPage": 1, "data": items})
}

fn hit(i: u64) -> Value {
    json!({"itemId": format!("ITEM{i:04}-xxxxxxxx"), "title": format!("衬衫{i}"), "promotionPrice": 3990,
           "sales": i, "shopName": "小淘"})
}

/// Every request the server got was signed, and there was at least one.
async fn all_signed(s: &MockServer) -> Vec<wiremock::Request> {
    let got = s.received_requests().await.unwrap();
    assert!(!got.is_empty(), "nothing was sent");
    for r in &got {
        assert_signed(r);
    }
    got
}

#[tokio::test]
async fn show_a_taobao_link_gets_the_product_by_its_id_and_lists_its_skus() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "672991141190"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(taobao_product())))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "goods",
            "show",
            "https://item.taobao.com/item.htm?id=672991141190",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("2025新款休闲短袖衬衫\n"), "{out}");
    assert!(
        out.contains("Item 672991141190 (WUnUC1cILiBjt-Jv3lDdlQ) · Shop 小淘男装服饰 (115037976) · ¥39.90 · stock 108425 · 8105 sold"),
        "{out}"
    );
    assert!(
        out.contains("5032007803360\t颜色: 850浅灰 / 尺码: M\t¥139.00\t¥39.90\t100001\n"),
        "{out}"
    );
    assert!(out.contains("5032007803361\t颜色: 850浅灰 / 尺码: L\t¥139.00\t¥39.90\tsold out\n"));
    all_signed(&s).await;
}

#[tokio::test]
async fn show_on_1688_posts_the_offer_id_as_a_number_with_country_en() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/product/detail/get"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(offer())))
        .expect(2)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    // A 1688 link picks the platform by itself; a bare id takes --platform.
    for args in [
        vec![
            "goods",
            "show",
            "https://detail.1688.com/offer/706627393257.html",
        ],
        vec!["--platform", "1688", "product", "show", "706627393257"],
    ] {
        let o = env.cmd(&s.uri()).args(&args).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains("PVC insert folder\n"), "{out}");
        assert!(
            out.contains("Seller 义乌市优品文具厂 (BBBgGWh2O6JFI6v1aQuZVgRIA)"),
            "{out}"
        );
        assert!(
            out.contains("¥3.50 · stock 12000 · 1000 sold · min. order 10"),
            "{out}"
        );
        assert!(
            out.contains("b2a8f5c1d3e4f60718293a4b5c6d7e8f\t规格: 20页\t¥3.50\t12000\n"),
            "the spec id the 1688 orders take: {out}"
        );
    }
    for r in all_signed(&s).await {
        assert_eq!(
            body_json(&r),
            json!({"country": "en", "offerId": 706627393257u64}),
            "the documented v1 body: offerId an integer"
        );
    }
}

#[tokio::test]
async fn show_of_several_keeps_their_order_and_one_failure_hides_nothing() {
    let s = server().await;
    // The first answers last: the order printed must still be the order given.
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "AAAAAAAAAA-first"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!({"itemId": "AAAAAAAAAA-first", "title": "第一"})))
                .set_delay(std::time::Duration::from_millis(300)),
        )
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "BBBBBBBBBB-gone"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "requestId": "r-404", "code": 404, "msg": "no product with itemId BBBBBBBBBB-gone", "data": null
        })))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "CCCCCCCCCC-third"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!({"itemId": "CCCCCCCCCC-third", "title": "第三"}))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let ids = ["AAAAAAAAAA-first", "BBBBBBBBBB-gone", "CCCCCCCCCC-third"];
    let o = env
        .cmd(&s.uri())
        .args(["goods", "show"])
        .args(ids)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let (first, third) = (out.find("第一").unwrap(), out.find("第三").unwrap());
    assert!(first < third, "{out}");
    let err = stderr(&o);
    assert!(
        err.contains("no product with itemId BBBBBBBBBB-gone (code 404, requestId r-404)"),
        "{err}"
    );
    assert!(err.contains("1 of 3 products failed"), "{err}");

    let o = env
        .cmd(&s.uri())
        .args(["goods", "show", "--json"])
        .args(ids)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let arr: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let got: Vec<(&str, bool)> = arr
        .iter()
        .map(|e| (e["id"].as_str().unwrap(), e.get("error").is_some()))
        .collect();
    assert_eq!(
        got,
        [
            ("AAAAAAAAAA-first", false),
            ("BBBBBBBBBB-gone", true),
            ("CCCCCCCCCC-third", false)
        ]
    );
    assert_eq!(arr[1]["error"]["exitCode"], 1);
}

#[tokio::test]
async fn a_product_that_does_not_exist_is_exit_1_with_the_api_message() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/product/detail/get"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "requestId": "r1", "code": 404, "msg": "商品不存在", "data": null
        })))
        .mount(&s)
        .await;
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args(["--platform", "1688", "goods", "show", "999999999999"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("error: 商品不存在 (code 404, requestId r1)"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn check_sends_params_as_a_json_string_and_shows_each_reason() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/product/batch/check"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "mpProducts": [{"itemId": "672991141190", "title": "短袖衬衫"}],
            "noMpProductItemIds": ["600126245031"],
            "noMpReasonList": ["商家未加入供销平台"]
        }))))
        .expect(1)
        .mount(&s)
        .await;
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args([
            "goods",
            "check",
            "https://item.taobao.com/item.htm?id=672991141190:3452545926724,3452545926725",
            "600126245031",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "672991141190\tyes\t短袖衬衫\n600126245031\tno\t商家未加入供销平台\n"
    );
    assert!(stderr(&o).contains("1 of 2 cannot be bought through PandaPon."));
    let r = &all_signed(&s).await[0];
    let body = body_json(r);
    let params = body["params"].as_str().expect("params is a JSON string");
    let list: Value = serde_json::from_str(params).unwrap();
    assert_eq!(
        list,
        json!([
            {"itemId": "672991141190", "skuIds": ["3452545926724", "3452545926725"]},
            {"itemId": "600126245031"}
        ])
    );
}

#[tokio::test]
async fn search_on_taobao_sends_the_documented_fields_and_the_filters() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/product/item/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(
            vec![hit(1), hit(2)],
            2,
            1,
        ))))
        .expect(1)
        .mount(&s)
        .await;
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args([
            "goods",
            "search",
            "短袖 衬衫",
            "--page-size",
            "40",
            "--sort",
            "price-asc",
            "--min-price",
            "10",
            "--max-price",
            "50.5",
            "--category",
            "50011123",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "ITEM0001-xxxxxxxx\t衬衫1\t¥39.90\t1\t小淘\nITEM0002-xxxxxxxx\t衬衫2\t¥39.90\t2\t小淘\n"
    );
    let body = body_json(&all_signed(&s).await[0]);
    assert_eq!(
        body,
        json!({"keyword": "短袖 衬衫", "sort": "price_asc", "startPrice": 1000, "endPrice": 5050,
               "categoryId": "50011123", "pageNo": 1, "pageSize": 40})
    );
}

#[tokio::test]
async fn search_on_taobao_warns_when_results_ignore_the_price_range() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/product/item/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(vec![hit(1)], 1, 1))))
        .mount(&s)
        .await;
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args(["goods", "search", "衬衫", "--min-price", "100"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("1 of 1 results are outside the price range asked for"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn search_on_1688_sends_yuan_strings_and_sort_as_json_text() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/product/keywords/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(
            vec![json!({"offerId": 706627393257u64, "subject": "文件夹", "priceInfo": {"price": "3.50"},
                        "monthSold": 20, "companyName": "义乌市优品文具厂"})],
            1,
            1,
        ))))
        .expect(1)
        .mount(&s)
        .await;
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args([
            "--platform",
            "1688",
            "goods",
            "search",
            "文件夹",
            "--sort",
            "price-desc",
            "--min-price",
            "9.9",
            "--max-price",
            "20",
            "--category",
            "1033054",
            "--page",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "706627393257\t文件夹\t¥3.50\t20\t义乌市优品文具厂\n"
    );
    let body = body_json(&all_signed(&s).await[0]);
    assert_eq!(
        body,
        json!({"keyword": "文件夹", "country": "en", "sort": "{\"price\":\"desc\"}",
               "priceStart": "9.90", "priceEnd": "20.00", "categoryId": "1033054",
               "beginPage": 2, "pageSize": 20})
    );
}

#[tokio::test]
async fn the_store_and_strictly_selected_searches_use_their_own_operations() {
    let s = server().await;
    for p in [
        "/v2/alibaba/product/query/selleroffer",
        "/v2/alibaba/product/strict/keywords/query",
        "/v2/alibaba/product/global/keywords/query",
    ] {
        Mock::given(method("POST"))
            .and(path(p))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(vec![], 0, 0))))
            .expect(1)
            .mount(&s)
            .await;
    }
    let env = Sandboxed::new();
    for extra in [
        vec![
            "--shop",
            "BBBgGWh2O6JFI6v1aQuZVgRIA",
            "--category",
            "1033054",
        ],
        vec!["--strict"],
        vec!["--global-strict"],
    ] {
        let o = env
            .cmd(&s.uri())
            .args(["--platform", "1688", "goods", "search", "包"])
            .args(&extra)
            .output()
            .unwrap();
        assert!(o.status.success(), "{extra:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("Nothing on 1688 matches \"包\"."));
    }
    let got = all_signed(&s).await;
    let shop = body_json(&got[0]);
    assert_eq!(shop["sellerOpenId"], "BBBgGWh2O6JFI6v1aQuZVgRIA");
    assert_eq!(
        shop["categoryId"], 1033054,
        "an integer in the store search"
    );
    assert_eq!(body_json(&got[1])["keyword"], "包");
}

#[tokio::test]
async fn a_walk_with_a_limit_fetches_only_the_pages_it_needs() {
    let s = server().await;
    for n in 1..=5u64 {
        let items: Vec<Value> = (0..40).map(|i| hit(n * 100 + i)).collect();
        Mock::given(method("POST"))
            .and(path("/v2/taobao/product/item/search"))
            .and(body_partial_json(json!({"pageNo": n, "pageSize": 40})))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(items, 200, 5))))
            .expect(if n <= 2 { 1 } else { 0 })
            .mount(&s)
            .await;
    }
    let o = Sandboxed::new()
        .cmd(&s.uri())
        .args(["goods", "search", "衬衫", "--limit", "50", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let arr: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(arr.len(), 50);
    assert_eq!(arr[0]["itemId"], "ITEM0100-xxxxxxxx");
    assert_eq!(
        arr[49]["itemId"], "ITEM0209-xxxxxxxx",
        "page 2 follows page 1"
    );
}

#[tokio::test]
async fn image_search_sends_a_file_inline_and_a_url_as_its_address() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/product/image/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(vec![hit(7)], 1, 1))))
        .expect(1)
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/product/image/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(page(vec![], 0, 0))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let photo = env.path().join("shirt.png");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\nfake pixels").unwrap();
    let o = env
        .cmd(&s.uri())
        .args(["goods", "image-search"])
        .arg(&photo)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ITEM0007-xxxxxxxx\t"));
    let o = env
        .cmd(&s.uri())
        .args([
            "--platform",
            "1688",
            "goods",
            "image-search",
            "https://img.example.com/bag.jpg",
            "--page-size",
            "50",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got = all_signed(&s).await;
    assert_eq!(
        body_json(&got[0]),
        json!({"imageBase64": "iVBORw0KGgpmYWtlIHBpeGVscw==", "pageNo": 1, "pageSize": 20})
    );
    assert_eq!(
        body_json(&got[1]),
        json!({"imageAddress": "https://img.example.com/bag.jpg", "country": "en",
               "beginPage": 1, "pageSize": 50})
    );
}

#[tokio::test]
async fn the_1688_only_verbs_send_what_docs_api_md_says() {
    let s = server().await;
    let mount = |p: &'static str, data: Value| {
        Mock::given(method("POST"))
            .and(path(p))
            .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
            .expect(1)
    };
    mount(
        "/v2/alibaba/category/get",
        json!({"categoryId": 7, "chineseName": "办公文化", "translatedName": "Office", "parentCateId": 0,
               "childCategorys": [{"categoryId": 1033054, "chineseName": "文件夹", "translatedName": "Folders", "leaf": true}]}),
    )
    .mount(&s)
    .await;
    let offers = page(
        vec![
            json!({"offerId": 720000000917u64, "subject": "双肩包", "priceInfo": {"price": 9500}, "monthSold": 5}),
        ],
        1,
        1,
    );
    mount("/v2/alibaba/product/recommend", offers.clone())
        .mount(&s)
        .await;
    mount("/v2/alibaba/product/related/recommend", offers)
        .mount(&s)
        .await;
    mount(
        "/v2/alibaba/product/hot/list",
        json!({"rankName": "文具热销榜", "rankProductModels": [
            {"itemId": 720000028296u64, "title": "A4文件夹", "sort": 1, "monthSold": 77425, "price": 233}]}),
    )
    .mount(&s)
    .await;
    mount(
        "/v2/alibaba/product/openuid/decrypt",
        json!({"wangwangNick": "义乌市优品文具厂", "chatUrl": "https://amos.alicdn.com/getcid.aw?uid=x"}),
    )
    .mount(&s)
    .await;
    let env = Sandboxed::new();
    let run = |args: &[&str]| {
        let o = env
            .cmd(&s.uri())
            .args(["--platform", "1688", "goods"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    assert_eq!(
        run(&["category", "7"]),
        "Category 7 · 办公文化 · Office · parent 0\n1033054\t文件夹\tFolders\tyes\n"
    );
    assert_eq!(
        run(&["recommend", "--page-size", "5"]),
        "720000000917\t双肩包\t¥95.00\t5\t\n"
    );
    run(&["related", "706627393257"]);
    assert_eq!(
        run(&["hot", "--category", "7"]),
        "文具热销榜\n1\t720000028296\tA4文件夹\t¥2.33\t77425\t\n"
    );
    assert_eq!(
        run(&["seller-chat", "706627393257", "BBBgGWh2O6JFI6v1aQuZVgRIA"]),
        "Wangwang: 义乌市优品文具厂\nChat: https://amos.alicdn.com/getcid.aw?uid=x\n"
    );
    let bodies: Vec<(String, Value)> = all_signed(&s)
        .await
        .iter()
        .map(|r| (r.url.path().to_string(), body_json(r)))
        .collect();
    assert_eq!(
        bodies,
        vec![
            (
                "/v2/alibaba/category/get".into(),
                json!({"categoryId": 7, "country": "en"})
            ),
            (
                "/v2/alibaba/product/recommend".into(),
                json!({"beginPage": 1, "pageSize": 5, "country": "en"})
            ),
            (
                "/v2/alibaba/product/related/recommend".into(),
                json!({"beginPage": 1, "pageSize": 20, "country": "en", "offerId": 706627393257u64})
            ),
            (
                "/v2/alibaba/product/hot/list".into(),
                json!({"country": "en", "categoryId": 7})
            ),
            (
                "/v2/alibaba/product/openuid/decrypt".into(),
                json!({"openUid": "BBBgGWh2O6JFI6v1aQuZVgRIA", "offerId": 706627393257u64})
            ),
        ]
    );
}

#[tokio::test]
async fn bad_input_is_refused_with_what_is_accepted_and_nothing_is_sent() {
    let s = server().await;
    let env = Sandboxed::new();
    let not_image = env.path().join("notes.jpg");
    std::fs::write(&not_image, "just text").unwrap();
    let not_image = not_image.to_str().unwrap().to_string();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["goods", "show", "https://www.amazon.com/dp/B0C1"],
            "neither Taobao, Tmall nor 1688",
        ),
        (vec!["goods", "show", "商品"], "expected an item id"),
        (
            vec!["goods", "show", "https://item.taobao.com/item.htm"],
            "without an item id",
        ),
        (vec!["goods", "search", " "], "the keyword is empty"),
        (
            vec!["goods", "search", "x", "--page-size", "41"],
            "Taobao search takes 1 to 40",
        ),
        (
            vec![
                "--platform",
                "1688",
                "goods",
                "search",
                "x",
                "--page-size",
                "51",
            ],
            "1688 search takes 1 to 50",
        ),
        (
            vec!["--platform", "amazon", "goods", "search", "x"],
            "expected taobao or 1688",
        ),
        (
            vec!["goods", "search", "x", "--min-price", "9.999"],
            "more than two decimals",
        ),
        (
            vec![
                "goods",
                "search",
                "x",
                "--min-price",
                "50",
                "--max-price",
                "10",
            ],
            "swap them",
        ),
        (
            vec!["goods", "search", "x", "--shop", "BBB"],
            "--shop is a 1688 search",
        ),
        (
            vec![
                "--platform",
                "1688",
                "goods",
                "search",
                "x",
                "--sort",
                "commission",
            ],
            "Taobao's",
        ),
        (
            vec!["goods", "image-search", &not_image],
            "is not a JPEG, PNG, GIF or WebP image",
        ),
        (
            vec!["goods", "image-search", "/no/such/photo.png"],
            "cannot read the image /no/such/photo.png",
        ),
        (vec!["goods", "hot"], "use --platform 1688"),
        (vec!["goods", "category"], "use --platform 1688"),
        (
            vec![
                "goods",
                "related",
                "https://item.taobao.com/item.htm?id=1234567",
            ],
            "is a Taobao item",
        ),
        (
            vec![
                "goods",
                "check",
                "https://detail.1688.com/offer/706627393257.html",
            ],
            "is a 1688 offer",
        ),
        (
            vec!["goods", "check", "672991141190:red"],
            "SKU ids separated by commas",
        ),
        (
            vec!["goods", "search", "x", "--category", "abc"],
            "not a category id",
        ),
    ];
    for (args, says) in cases {
        let o = env.cmd(&s.uri()).args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{args:?}");
    }
    assert!(
        s.received_requests().await.unwrap().is_empty(),
        "bad input must send nothing"
    );
}

#[tokio::test]
async fn cart_add_takes_a_link_and_its_sku_and_adds_under_the_v2_id() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .and(query_param("itemId", "672991141190"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(taobao_product())))
        .mount(&s)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/taobao/cart/add"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!(386))))
        .expect(1)
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    // Several SKUs, none named, no terminal: the SKU ids are listed and nothing is added.
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "add",
            "--item",
            "https://item.taobao.com/item.htm?id=672991141190",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("product 672991141190 has 2 SKUs; choose one with --sku:"),
        "{err}"
    );
    assert!(
        err.contains("  5032007803360  ¥39.90  stock 100001  颜色: 850浅灰 / 尺码: M"),
        "{err}"
    );
    assert!(
        err.contains("  5032007803361  ¥39.90  sold out  颜色: 850浅灰 / 尺码: L"),
        "{err}"
    );
    // A Tmall link's skuId names the SKU.
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "add",
            "--item",
            "https://detail.tmall.com/item.htm?id=672991141190&skuId=5032007803360",
            "--quantity",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Added 2 × 2025新款休闲短袖衬衫 (颜色: 850浅灰 / 尺码: M) at ¥39.90 each to the cart (cart item 386)."));
    let got = all_signed(&s).await;
    let add = got
        .iter()
        .find(|r| r.url.path() == "/v2/taobao/cart/add")
        .unwrap();
    let body = body_json(add);
    assert_eq!(
        body["itemMapId"], "WUnUC1cILiBjt-Jv3lDdlQ",
        "the answer's v2 id"
    );
    assert_eq!(body["skuId"], "5032007803360");
    assert_eq!(body["mpSkuId"], "7579055774996");
    assert_eq!(body["quantity"], 2);
}

#[tokio::test]
async fn cart_add_of_an_unsellable_product_says_why_and_adds_nothing() {
    let s = server().await;
    let mut unsellable = taobao_product();
    unsellable["mpId"] = Value::Null;
    unsellable["unavailableReason"] = json!("商家未加入供销平台");
    Mock::given(method("GET"))
        .and(path("/v2/taobao/product/get"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(unsellable)))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "cart",
            "add",
            "--item",
            "672991141190",
            "--sku",
            "5032007803360",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot be bought through PandaPon: its lookup has no mpId"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("商家未加入供销平台"));
    let sent: Vec<String> = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(sent, ["/v2/taobao/product/get"], "the lookup only");
}
