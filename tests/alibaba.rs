//! Every 1688 trade operation (`alibaba.cart.*`, `alibaba.order.*`, `alibaba.refund.*`) from the
//! command that reaches it, against a local mock server: method, path, the body's field names
//! as docs/api.md gives them, the signature, what the user sees; writes never retried; verbs of
//! the other platform refused; bad input refused before anything is sent.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A 19-digit 1688 order id: beyond what a float holds exactly.
const ORDER: &str = "2542285634920880794";
const ORDER2: &str = "2542285634920881825";

const ADDRESS: &[&str] = &[
    "--address-name",
    "张三",
    "--address-mobile",
    "13800000000",
    "--address-province",
    "浙江省",
    "--address-city",
    "杭州市",
    "--address-district",
    "余杭区",
    "--address-street",
    "文一西路969号",
    "--address-zip",
    "311121",
];

fn address_param() -> Value {
    json!({"fullName": "张三", "mobile": "13800000000", "postCode": "311121",
           "provinceText": "浙江省", "cityText": "杭州市", "areaText": "余杭区",
           "address": "文一西路969号"})
}

async fn mount(s: &MockServer, m: &str, p: &str, data: Value) {
    Mock::given(method(m))
        .and(path(p))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
        .mount(s)
        .await;
}

/// The binary on 1688 against the mock server.
fn run(env: &Sandboxed, s: &MockServer, args: &[&str]) -> std::process::Output {
    env.cmd(&s.uri())
        .arg("--platform")
        .arg("1688")
        .args(args)
        .output()
        .unwrap()
}

/// The only request the server received: signed, with this method and path.
async fn only_request(s: &MockServer, m: &str, p: &str) -> wiremock::Request {
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(
        reqs.len(),
        1,
        "{:?}",
        reqs.iter().map(|r| r.url.path()).collect::<Vec<_>>()
    );
    let r = reqs.into_iter().next().unwrap();
    assert_signed(&r);
    assert_eq!((r.method.as_str(), r.url.path()), (m, p));
    r
}

fn ok_run(o: &std::process::Output) {
    assert!(o.status.success(), "{}", stderr(o));
}

fn preview_data() -> Value {
    json!({"orderPreviewResuslt": [
        {"success": true, "sellerOpenId": "BBBgGWh2O6JFI6v1aQuZVgRIA", "sellerNickName": "义乌市优品文具厂",
         "sumPayment": 7600, "sumCarriage": 600, "sumPaymentNoCarriage": 7000, "discountFee": 0,
         "cargoList": [{"offerMapId": "Ak7QmZ2xPd9-LwY4vNb6Rc", "specId": "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
                        "itemTitle": "PVC插页文件夹", "quantity": 20, "price": 350, "amount": 7000}],
         "postFeeByDescOfferList": [], "consignOfferList": [], "unsupportedCrossBorderPayOfferList": [],
         "tradeModeNameList": ["assureTrade"]}
    ]})
}

#[tokio::test]
async fn cart_list_shows_both_groups_and_why_items_are_disabled() {
    let s = MockServer::start().await;
    let data = json!({
        "enableList": [{"sellerOpenId": "BBBg", "sellerNickName": "义乌市优品文具厂", "cartItemInfos": [
            {"id": 601, "offerMapId": "Ak7Q", "specId": "b2a8", "skuId": 5012345678901u64, "itemTitle": "文件夹",
             "itemPic": "", "price": 350, "quantity": 20, "amountOnSale": 12000,
             "properties": "[{\"propName\":\"规格\",\"valueName\":\"20页\"}]"}]}],
        "disableList": [{"sellerOpenId": "BBBm", "sellerNickName": "皮具商行", "cartItemInfos": [
            {"id": 607, "offerMapId": "Et6U", "specId": "dac0", "itemTitle": "帆布托特包", "price": 1990,
             "quantity": 2, "amountOnSale": 0, "properties": null}]}]
    });
    mount(&s, "GET", "/v2/alibaba/cart/list", data.clone()).await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["cart", "list"]);
    ok_run(&o);
    assert_eq!(
        stdout(&o),
        "601\t文件夹\t规格: 20页\t20\t¥3.50\t义乌市优品文具厂\t\n\
         607\t帆布托特包\t\t2\t¥19.90\t皮具商行\tsold out\n"
    );
    let r = only_request(&s, "GET", "/v2/alibaba/cart/list").await;
    assert_eq!(r.url.query(), None, "the documented list takes no paging");

    let o = run(&env, &s, &["cart", "list", "--json", "--all"]);
    ok_run(&o);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&o)).unwrap(),
        ids_as_strings(&data)
    );
    let o = run(&env, &s, &["cart", "list", "--page", "2"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("not paged"), "{}", stderr(&o));
}

#[tokio::test]
async fn cart_add_edit_delete_send_the_1688_names() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/alibaba/cart/add", json!(608)).await;
    mount(&s, "POST", "/v2/alibaba/cart/edit-quantity", json!(true)).await;
    mount(&s, "POST", "/v2/alibaba/cart/delete", json!(true)).await;
    let env = Sandboxed::new();
    let o = run(
        &env,
        &s,
        &[
            "cart",
            "add",
            "--item",
            "Ak7QmZ2xPd9-LwY4vNb6Rc",
            "--sku",
            "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
            "--quantity",
            "20",
        ],
    );
    ok_run(&o);
    assert!(stderr(&o).contains("(cart item 608)"), "{}", stderr(&o));
    let o = run(&env, &s, &["cart", "edit", "608", "--quantity", "30"]);
    ok_run(&o);
    let o = run(&env, &s, &["cart", "delete", "608", "601"]);
    ok_run(&o);
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    let bodies: Vec<(String, Value)> = reqs
        .iter()
        .map(|r| (r.url.path().to_string(), body_json(r)))
        .collect();
    assert_eq!(
        bodies,
        [
            (
                "/v2/alibaba/cart/add".to_string(),
                json!({"offerMapId": "Ak7QmZ2xPd9-LwY4vNb6Rc", "specId": "b2a8f5c1d3e4f60718293a4b5c6d7e8f", "quantity": 20})
            ),
            (
                "/v2/alibaba/cart/edit-quantity".into(),
                json!({"id": 608, "quantity": 30})
            ),
            (
                "/v2/alibaba/cart/delete".into(),
                json!({"cartIds": [608, 601]})
            ),
        ]
    );
}

#[tokio::test]
async fn cart_preview_and_create_send_address_param_and_report_each_merchant() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/alibaba/cart/preview/order", preview_data()).await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/cart/create/order",
        json!({"resultList": [
            {"success": true, "sellerOpenId": "BBBg", "sellerNickName": "义乌市优品文具厂",
             "orderId": 2542285634920880794u64, "totalSuccessAmount": 7600, "postFee": 600},
            {"success": false, "sellerOpenId": "BBBq", "sellerNickName": "极速数码",
             "errorCode": "QUANTITY_LESS_THAN_MIN", "errorMsg": "起批量 5"}
        ]}),
    )
    .await;
    let env = Sandboxed::new();
    let o = run(
        &env,
        &s,
        &[&["cart", "preview", "--ids", "601,604"], ADDRESS].concat(),
    );
    ok_run(&o);
    assert!(
        stdout(&o).contains("Shipping ¥6.00 · Seller total ¥76.00"),
        "{}",
        stdout(&o)
    );
    let o = run(
        &env,
        &s,
        &[&["cart", "create", "--ids", "601,604", "--yes"], ADDRESS].concat(),
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "a merchant refused its part: {}",
        stderr(&o)
    );
    let e = stderr(&o);
    assert!(
        e.contains(&format!(
            "Order {ORDER} created with 义乌市优品文具厂 for ¥76.00."
        )),
        "{e}"
    );
    assert!(
        e.contains("error: seller 极速数码: refused: 起批量 5 (QUANTITY_LESS_THAN_MIN)"),
        "{e}"
    );
    assert!(e.contains("1 of 2 merchants failed"), "{e}");
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    assert_eq!(
        body_json(&reqs[0]),
        json!({"addressParam": address_param(), "cartIds": [601, 604]})
    );
    assert_eq!(
        body_json(&reqs[1]),
        json!({"flow": "general", "addressParam": address_param(), "cartIds": [601, 604], "userId": USER})
    );
    // With --json the answer is printed whole, and the refusal still fails the command.
    let o = run(
        &env,
        &s,
        &[
            &["cart", "create", "--ids", "601,604", "--yes", "--json"],
            ADDRESS,
        ]
        .concat(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(ORDER), "{}", stdout(&o));
}

#[tokio::test]
async fn one_line_uses_the_single_preview_and_create_several_the_batch_ones() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/create/preview",
        preview_data(),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/batch/create/preview",
        preview_data(),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/create",
        serde_json::from_str(&format!(
            r#"{{"orderId": {ORDER}, "totalSuccessAmount": 7600, "postFee": 600}}"#
        ))
        .unwrap(),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/batch/create",
        serde_json::from_str(&format!(
            r#"{{"resultList": [{{"success": true, "sellerOpenId": "A", "orderId": {ORDER}}},
                                {{"success": true, "sellerOpenId": "B", "orderId": {ORDER2}}}]}}"#
        ))
        .unwrap(),
    )
    .await;
    let env = Sandboxed::new();
    let one = "Ak7QmZ2xPd9-LwY4vNb6Rc:b2a8f5c1d3e4f60718293a4b5c6d7e8f:20";
    let two = "Bq3RnT8wKs1-MzX5cVd7Ye:e5dbc8f4a6b7c93a4b526d7e8f901a23:10";
    let o = run(
        &env,
        &s,
        &[&["order", "preview", "--item", one], ADDRESS].concat(),
    );
    ok_run(&o);
    assert!(stdout(&o).contains("Total ¥76.00"), "{}", stdout(&o));
    let o = run(
        &env,
        &s,
        &[
            &[
                "order",
                "create",
                "--item",
                one,
                "--message",
                "尽快发货",
                "--yes",
            ],
            ADDRESS,
        ]
        .concat(),
    );
    ok_run(&o);
    assert!(
        stderr(&o).contains(&format!(
            "Next: pay it with `pandapon --platform 1688 order pay {ORDER}`"
        )),
        "{}",
        stderr(&o)
    );
    let o = run(
        &env,
        &s,
        &[&["order", "render", "--item", one, "--item", two], ADDRESS].concat(),
    );
    ok_run(&o);
    let o = run(
        &env,
        &s,
        &[
            &["order", "create", "--item", one, "--item", two, "--yes"],
            ADDRESS,
        ]
        .concat(),
    );
    ok_run(&o);
    assert!(
        stderr(&o).contains(&format!(
            "pay them together with `pandapon --platform 1688 order pay {ORDER} {ORDER2}`"
        )),
        "{}",
        stderr(&o)
    );

    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    let paths: Vec<&str> = reqs.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [
            "/v2/alibaba/order/create/preview",
            "/v2/alibaba/order/create",
            "/v2/alibaba/order/batch/create/preview",
            "/v2/alibaba/order/batch/create",
        ]
    );
    let cargo = |line: &str| {
        let p: Vec<&str> = line.split(':').collect();
        json!({"offerMapId": p[0], "specId": p[1], "quantity": p[2].parse::<u32>().unwrap()})
    };
    assert_eq!(
        body_json(&reqs[0]),
        json!({"addressParam": address_param(), "cargoParamList": [cargo(one)]})
    );
    assert_eq!(
        body_json(&reqs[1]),
        json!({"flow": "general", "message": "尽快发货", "addressParam": address_param(), "cargoParamList": [cargo(one)]})
    );
    assert_eq!(
        body_json(&reqs[3]),
        json!({"flow": "general", "addressParam": address_param(), "cargoParamList": [cargo(one), cargo(two)]})
    );
}

#[tokio::test]
async fn list_show_and_track_read_1688_orders() {
    let s = MockServer::start().await;
    let order: Value = serde_json::from_str(&format!(
        r#"{{"orderId": {ORDER}, "status": "waitbuyerreceive", "sellerNickName": "皮具商行", "totalAmount": 5580,
            "shippingFee": 1000, "createTime": 1795000000000, "payTime": 1795000900000,
            "addressParam": {{"fullName": "张三", "mobile": "13800000000", "provinceText": "浙江省", "cityText": "杭州市", "address": "文一西路969号"}},
            "productItems": [{{"subItemId": 2542285634920881001, "offerMapId": "Ds5T", "specId": "b8ae",
                               "itemTitle": "PU皮女士单肩包", "quantity": 1, "price": 4580, "totalPrice": 4580}}],
            "logistics": {{"logisticsCompanyName": "顺丰速运", "logisticsBillNo": "SF0000000001"}}}}"#
    ))
    .unwrap();
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/page",
        json!({"totalRecords": 1, "totalPage": 1, "pageSize": 20, "currentPage": 1, "data": [order.clone()]}),
    )
    .await;
    mount(&s, "POST", "/v2/alibaba/order/detail", order).await;
    Mock::given(method("GET"))
        .and(path("/v2/alibaba/order/logistics/trace"))
        .and(query_param("orderId", ORDER))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!([
            {"logisticsCompanyName": "顺丰速运", "logisticsBillNo": "SF0000000001",
             "logisticsSteps": [{"acceptTime": "2026-11-18 10:00:00", "remark": "已揽收"}]}
        ]))))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["order", "list", "--status", "WAITBUYERRECEIVE"]);
    ok_run(&o);
    assert_eq!(
        stdout(&o),
        format!("{ORDER}\tshipped\tPU皮女士单肩包 ×1\t¥55.80\t2026-11-18T11:06:40Z\n")
    );
    let o = run(&env, &s, &["order", "show", ORDER]);
    ok_run(&o);
    let out = stdout(&o);
    assert!(
        out.contains(&format!("Order {ORDER} · shipped · ¥55.80")),
        "{out}"
    );
    assert!(
        out.contains("Ship to: 张三, 13800000000, 文一西路969号, 杭州市, 浙江省"),
        "{out}"
    );
    assert!(out.contains("Logistics: 顺丰速运 SF0000000001"), "{out}");
    let o = run(&env, &s, &["order", "track", ORDER]);
    ok_run(&o);
    assert!(stdout(&o).contains("已揽收"), "{}", stdout(&o));

    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    assert_eq!(
        body_json(&reqs[0]),
        json!({"beginPage": 1, "pageSize": 20, "orderStatus": "waitbuyerreceive"})
    );
    assert_eq!(
        body_json(&reqs[1]),
        json!({"webSite": "1688", "orderId": ORDER}),
        "the detail's id a string, as the v1 example has it"
    );
    assert_eq!(reqs[2].method.as_str(), "GET");
}

#[tokio::test]
async fn cancel_sends_website_and_the_id_as_an_integer() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/alibaba/order/cancel", json!(true)).await;
    let env = Sandboxed::new();
    let o = run(
        &env,
        &s,
        &["order", "cancel", ORDER, "--reason", "不想要了", "--yes"],
    );
    ok_run(&o);
    let r = only_request(&s, "POST", "/v2/alibaba/order/cancel").await;
    // The raw text: the 19 digits as a JSON number, never through a float.
    let text = String::from_utf8(r.body.clone()).unwrap();
    assert_eq!(
        text,
        format!(r#"{{"webSite":"1688","orderId":{ORDER},"cancelReason":"不想要了"}}"#)
    );
}

#[tokio::test]
async fn pay_is_a_get_and_prints_the_cashier_url_or_the_agreement() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/alibaba/order/pay/url"))
        .and(query_param("orderId", ORDER))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "protocolPaySuccess": false, "payUrl": "https://trade.1688.com/cashier?x=1", "cantPayOrderList": []
        }))))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/alibaba/order/pay/url"))
        .and(query_param("orderId", ORDER2))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok(json!({"protocolPaySuccess": true, "payUrl": null}))),
        )
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["order", "pay", ORDER]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "a payment needs --yes off a terminal"
    );
    assert!(
        s.received_requests().await.unwrap().is_empty(),
        "nothing sent"
    );
    // A cashier URL is a payment still to make: shown, and exit 1 for scripts to notice.
    let o = run(&env, &s, &["order", "pay", ORDER, "--yes"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("order {ORDER} is not paid yet: finish the payment at the 1688 cashier: https://trade.1688.com/cashier?x=1")),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("paid."), "{}", stderr(&o));
    let o = run(&env, &s, &["order", "pay", ORDER2, "--yes"]);
    ok_run(&o);
    assert!(
        stderr(&o).contains("paid by agreement (protocolPaySuccess)"),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    assert!(
        reqs.iter()
            .all(|r| r.body.is_empty() && r.method.as_str() == "GET")
    );
    // The journal's writes, intents joined with their outcomes.
    let lines = env.journal();
    assert_eq!(lines.len(), 2, "each payment journaled");
    assert!(
        lines
            .iter()
            .all(|l| l["platform"] == "1688" && l["operation"] == "alibaba.order.pay")
    );
    assert_eq!(
        lines[0]["path"],
        format!("/v2/alibaba/order/pay/url?orderId={ORDER}")
    );
}

#[tokio::test]
async fn several_ids_go_in_one_batch_pay_and_unpayable_ones_fail() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/batch/pay",
        serde_json::from_str(&format!(
            r#"{{"protocolPaySuccess": false, "payUrl": "https://trade.1688.com/cashier?batch=1", "cantPayOrderList": [{ORDER2}]}}"#
        ))
        .unwrap(),
    )
    .await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["order", "pay", ORDER, ORDER2, "--yes"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.contains(&format!(
            "error: order {ORDER2}: 1688 will not take payment for it (cantPayOrderList)"
        )),
        "{e}"
    );
    assert!(e.contains("Finish the payment of 1 order at the 1688 cashier: https://trade.1688.com/cashier?batch=1"), "{e}");
    // The payable one is not paid until the cashier takes it: both fail, for scripts to see.
    assert!(
        e.contains(&format!(
            "error: order {ORDER} is not paid yet: finish the payment at the 1688 cashier below"
        )),
        "{e}"
    );
    assert!(e.contains("all 2 orders failed"), "{e}");
    let r = only_request(&s, "POST", "/v2/alibaba/order/batch/pay").await;
    assert_eq!(
        String::from_utf8(r.body.clone()).unwrap(),
        format!(r#"{{"orderIdList":[{ORDER},{ORDER2}]}}"#)
    );
}

/// An accepted create or pay whose answer cannot be read is not "outcome unknown" (exit 5, which
/// invites a retry that would order or pay twice): exit 1, saying it was accepted.
#[tokio::test]
async fn an_accepted_write_with_an_unreadable_answer_says_so_and_is_not_exit_5() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/create/preview",
        preview_data(),
    )
    .await;
    mount(&s, "POST", "/v2/alibaba/order/create", json!(ORDER)).await;
    mount(
        &s,
        "GET",
        "/v2/alibaba/order/pay/url",
        json!({"orderId": 5, "status": "paid"}),
    )
    .await;
    let env = Sandboxed::new();
    let line = "Ak7QmZ2xPd9-LwY4vNb6Rc:b2a8f5c1d3e4f60718293a4b5c6d7e8f:20";
    let o = run(
        &env,
        &s,
        &[&["order", "create", "--item", line, "--yes"], ADDRESS].concat(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "the order was accepted by the API (no error code), but its answer could not be read"
        ),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("do not send it again before checking"));
    let o = run(&env, &s, &["order", "pay", ORDER, "--yes"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "the payment of order {ORDER} was accepted by the API"
        )),
        "{}",
        stderr(&o)
    );
}

/// A batch pay the API refuses as a whole is still reported id by id: --json lists each.
#[tokio::test]
async fn a_refused_batch_pay_lists_every_id() {
    let s = MockServer::start().await;
    Mock::given(path("/v2/alibaba/order/batch/pay"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"code": 409, "msg": "none of these orders awaits payment", "requestId": "r9"}),
        ))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = run(
        &env,
        &s,
        &["order", "pay", ORDER, ORDER2, "--yes", "--json"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for (i, id) in [ORDER, ORDER2].iter().enumerate() {
        assert_eq!(v[i]["id"], *id);
        assert_eq!(v[i]["error"]["code"], 409);
        assert_eq!(v[i]["error"]["requestId"], "r9");
    }
    assert!(stderr(&o).contains("none of these orders awaits payment"));
}

#[tokio::test]
async fn confirm_receipt_posts_the_order_id() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/alibaba/order/confirm/receipt", json!(true)).await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["order", "confirm-receipt", ORDER, "--yes"]);
    ok_run(&o);
    assert!(
        stderr(&o).contains("receipt confirmed; the seller is paid"),
        "{}",
        stderr(&o)
    );
    let r = only_request(&s, "POST", "/v2/alibaba/order/confirm/receipt").await;
    assert_eq!(
        String::from_utf8(r.body.clone()).unwrap(),
        format!(r#"{{"orderId":{ORDER}}}"#)
    );
}

/// A tiny real PNG (1×1).
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\x01\x01\x01\0\x18\xdd\x8d\xb4\0\0\0\0IEND\xaeB`\x82";

#[tokio::test]
async fn submit_checks_the_reason_uploads_the_voucher_then_creates() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/reason/list",
        json!([{"id": 20021, "name": "质量问题", "needVoucher": true}, {"id": 20024, "name": "七天无理由退货", "needVoucher": false}]),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/order/detail",
        serde_json::from_str(&format!(
            r#"{{"orderId": {ORDER}, "status": "success", "totalAmount": 10160,
                "productItems": [{{"subItemId": 11, "itemTitle": "包", "quantity": 2, "price": 4580, "totalPrice": 9160}}]}}"#
        ))
        .unwrap(),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/voucher/upload",
        json!("https://cbu01.alicdn.com/img/refund/v1.jpg"),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/create",
        json!({"refundId": "TQ26052000000002"}),
    )
    .await;
    let env = Sandboxed::new();
    let pic = env.path().join("strap.png");
    std::fs::write(&pic, PNG).unwrap();
    let pic = pic.to_str().unwrap();

    // A reason that wants pictures, without them: refused after the reasons are read, nothing written.
    let o = run(
        &env,
        &s,
        &[
            "after-sales",
            "submit",
            "--order",
            ORDER,
            "--reason",
            "20021",
            "--yes",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("reason 20021 (质量问题) needs pictures"),
        "{}",
        stderr(&o)
    );
    // A reason that is not the order's.
    let o = run(
        &env,
        &s,
        &[
            "after-sales",
            "submit",
            "--order",
            ORDER,
            "--reason",
            "4101",
            "--yes",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("reason 4101 is not one of order"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("20021 (质量问题), 20024 (七天无理由退货)"),
        "{}",
        stderr(&o)
    );

    let o = run(
        &env,
        &s,
        &[
            "after-sales",
            "submit",
            "--order",
            ORDER,
            "--type",
            "2",
            "--reason",
            "20021",
            "--voucher",
            pic,
            "--description",
            "肩带断裂",
            "--yes",
        ],
    );
    ok_run(&o);
    let e = stderr(&o);
    assert!(
        e.contains("Asking for ¥91.60 (what the goods cost)."),
        "{e}"
    );
    assert!(e.contains("Refund requested: after-sales TQ26052000000002. Follow it with `pandapon --platform 1688 after-sales show TQ26052000000002`."), "{e}");
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    let writes: Vec<&wiremock::Request> = reqs
        .iter()
        .filter(|r| r.url.path().ends_with("/upload") || r.url.path().ends_with("/refund/create"))
        .collect();
    assert_eq!(writes.len(), 2);
    let upload = body_json(writes[0]);
    assert_eq!(
        upload.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["imageBase64"]
    );
    assert_eq!(
        String::from_utf8(writes[1].body.clone()).unwrap(),
        format!(
            r#"{{"orderId":{ORDER},"disputeRequest":"returnRefund","applyReasonId":20021,"applyPayment":9160,"description":"肩带断裂","vouchers":["https://cbu01.alicdn.com/img/refund/v1.jpg"]}}"#
        )
    );
    assert_eq!(
        body_json(&reqs[0]),
        json!({"orderId": ORDER.parse::<u64>().unwrap()})
    );
}

#[tokio::test]
async fn reasons_show_return_ship_and_companies() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/reason/list",
        json!([{"id": 20001, "name": "不想要了", "needVoucher": false}]),
    )
    .await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/info",
        json!({"id": 26052000000001u64, "refundId": "TQ26052000000001", "orderId": 2542285634920880794u64,
               "status": "waitselleragree", "disputeRequest": "returnRefund", "applyPayment": 9160,
               "applyCarriage": 0, "applyReason": "质量问题", "applyReasonId": 20021, "remark": "肩带断裂",
               "vouchers": ["https://v/1.jpg"], "createTime": 1795432000000u64}),
    )
    .await;
    mount(&s, "POST", "/v2/alibaba/refund/submit", json!(true)).await;
    mount(
        &s,
        "POST",
        "/v2/alibaba/refund/logistics/company/list",
        json!([{"companyNo": "SF", "companyName": "顺丰速运"}]),
    )
    .await;
    let env = Sandboxed::new();
    let o = run(
        &env,
        &s,
        &["after-sales", "reasons", ORDER, "--sub-order", "11"],
    );
    ok_run(&o);
    assert_eq!(stdout(&o), "20001\t不想要了\t\n");
    let o = run(&env, &s, &["after-sales", "show", "TQ26052000000001"]);
    ok_run(&o);
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "After-sales TQ26052000000001 · waiting for the seller to agree · ¥91.60 · 质量问题\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!("Order {ORDER} · return and refund")),
        "{out}"
    );
    assert!(
        stderr(&o).contains("after-sales return-ship TQ26052000000001 --company CODE"),
        "{}",
        stderr(&o)
    );
    let o = run(&env, &s, &["after-sales", "companies"]);
    ok_run(&o);
    assert_eq!(stdout(&o), "SF\t顺丰速运\n");
    let o = run(
        &env,
        &s,
        &[
            "after-sales",
            "return-ship",
            "TQ26052000000001",
            "--company",
            "SF",
            "--tracking",
            "SF1234567890",
            "--description",
            "原包装",
            "--yes",
        ],
    );
    ok_run(&o);
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    let bodies: Vec<Value> = reqs.iter().map(body_json).collect();
    assert_eq!(
        bodies,
        [
            json!({"orderId": ORDER.parse::<u64>().unwrap(), "orderEntryIds": [11]}),
            json!({"refundId": "TQ26052000000001"}),
            json!({}),
            json!({"refundId": "TQ26052000000001", "logisticsCompanyNo": "SF", "freightBill": "SF1234567890", "description": "原包装"}),
        ]
    );
}

/// Every write is sent once: a server error leaves its outcome unknown (exit 5), never retried.
#[tokio::test]
async fn writes_are_never_retried() {
    let env = Sandboxed::new();
    let pic = env.path().join("v.png");
    std::fs::write(&pic, PNG).unwrap();
    let pic = pic.to_str().unwrap().to_string();
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "POST",
            "/v2/alibaba/cart/add",
            vec![
                "cart",
                "add",
                "--item",
                "A",
                "--sku",
                "B",
                "--quantity",
                "1",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        ),
        (
            "POST",
            "/v2/alibaba/cart/edit-quantity",
            vec![
                "cart".into(),
                "edit".into(),
                "601".into(),
                "--quantity".into(),
                "2".into(),
            ],
        ),
        (
            "POST",
            "/v2/alibaba/cart/delete",
            vec!["cart".into(), "delete".into(), "601".into()],
        ),
        (
            "POST",
            "/v2/alibaba/cart/create/order",
            [&["cart", "create", "--ids", "601", "--yes"], ADDRESS]
                .concat()
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "POST",
            "/v2/alibaba/order/create",
            [&["order", "create", "--item", "A:B:1", "--yes"], ADDRESS]
                .concat()
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "POST",
            "/v2/alibaba/order/batch/create",
            [
                &[
                    "order", "create", "--item", "A:B:1", "--item", "C:D:2", "--yes",
                ],
                ADDRESS,
            ]
            .concat()
            .into_iter()
            .map(String::from)
            .collect(),
        ),
        (
            "POST",
            "/v2/alibaba/order/cancel",
            vec![
                "order".into(),
                "cancel".into(),
                ORDER.into(),
                "--yes".into(),
            ],
        ),
        (
            "GET",
            "/v2/alibaba/order/pay/url",
            vec!["order".into(), "pay".into(), ORDER.into(), "--yes".into()],
        ),
        (
            "POST",
            "/v2/alibaba/order/batch/pay",
            vec![
                "order".into(),
                "pay".into(),
                ORDER.into(),
                ORDER2.into(),
                "--yes".into(),
            ],
        ),
        (
            "POST",
            "/v2/alibaba/order/confirm/receipt",
            vec![
                "order".into(),
                "confirm-receipt".into(),
                ORDER.into(),
                "--yes".into(),
            ],
        ),
        (
            "POST",
            "/v2/alibaba/refund/voucher/upload",
            vec![
                "after-sales".into(),
                "submit".into(),
                "--order".into(),
                ORDER.into(),
                "--reason".into(),
                "1".into(),
                "--amount".into(),
                "1".into(),
                "--voucher".into(),
                pic.clone(),
                "--yes".into(),
                "--no-input".into(),
            ],
        ),
        (
            "POST",
            "/v2/alibaba/refund/submit",
            vec![
                "after-sales".into(),
                "return-ship".into(),
                "TQ1".into(),
                "--company".into(),
                "SF".into(),
                "--tracking".into(),
                "X".into(),
                "--yes".into(),
            ],
        ),
    ];
    for (m, p, args) in cases {
        let s = MockServer::start().await;
        // The reads a write may need first answer; the write itself fails.
        mount(
            &s,
            "POST",
            "/v2/alibaba/refund/reason/list",
            json!([{"id": 1, "name": "x", "needVoucher": false}]),
        )
        .await;
        mount(
            &s,
            "POST",
            "/v2/alibaba/order/detail",
            json!({"orderId": 1, "productItems": []}),
        )
        .await;
        Mock::given(method(m))
            .and(path(p))
            .respond_with(ResponseTemplate::new(503))
            .mount(&s)
            .await;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&env, &s, &args);
        assert_eq!(o.status.code(), Some(5), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("outcome is unknown"),
            "{args:?}: {}",
            stderr(&o)
        );
        let sent = s
            .received_requests()
            .await
            .unwrap()
            .iter()
            .filter(|r| r.url.path() == p)
            .count();
        assert_eq!(sent, 1, "{p} was sent {sent} times");
    }
}

#[tokio::test]
async fn reads_are_retried_and_refusals_name_msg_and_request_id() {
    let s = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/refund/reason/list"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&s)
        .await;
    mount(&s, "POST", "/v2/alibaba/refund/reason/list", json!([])).await;
    Mock::given(method("POST"))
        .and(path("/v2/alibaba/order/cancel"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "requestId": "4cfda0b725184ab8a1e3ee3b9051ec35", "code": 409, "developId": null,
            "msg": "order is paid and cannot be cancelled", "data": null
        })))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["after-sales", "reasons", ORDER]);
    ok_run(&o);
    assert_eq!(
        s.received_requests().await.unwrap().len(),
        2,
        "a read is retried"
    );
    let o = run(&env, &s, &["order", "cancel", ORDER, "--yes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("order is paid and cannot be cancelled (code 409, requestId 4cfda0b725184ab8a1e3ee3b9051ec35)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_verb_of_the_other_platform_exits_2_naming_the_one_that_has_it() {
    let env = Sandboxed::new();
    for (platform, args, needle) in [
        (
            "1688",
            vec!["order", "im-link", ORDER],
            "`pandapon order im-link` is for taobao",
        ),
        (
            "1688",
            vec!["order", "warehouse", ORDER, "--name", "a", "--address", "b"],
            "is for taobao",
        ),
        (
            "1688",
            vec!["after-sales", "message", "1", "--text", "x"],
            "`pandapon after-sales message` is for taobao",
        ),
        ("1688", vec!["after-sales", "list"], "is for taobao"),
        (
            "taobao",
            vec!["order", "confirm-receipt", ORDER],
            "`pandapon order confirm-receipt` is for 1688",
        ),
        (
            "taobao",
            vec!["after-sales", "companies"],
            "`pandapon after-sales companies` is for 1688",
        ),
        (
            "taobao",
            vec!["after-sales", "reasons", ORDER],
            "use --platform 1688",
        ),
    ] {
        let o = env
            .cmd("http://127.0.0.1:9")
            .env("PANDAPON_PLATFORM", platform)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("(from variable PANDAPON_PLATFORM)"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn bad_input_exits_2_naming_the_value_and_sends_nothing() {
    let env = Sandboxed::new();
    let text = env.path().join("notes.txt");
    std::fs::write(&text, "not a picture").unwrap();
    let text = text.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            [
                &["order", "create", "--item", "Ak7Q:b2a8:many", "--yes"],
                ADDRESS,
            ]
            .concat(),
            "\"Ak7Q:b2a8:many\": the quantity \"many\"",
        ),
        (
            [
                &["order", "create", "--item", "Ak7Q:b2a8:2:3.50", "--yes"],
                ADDRESS,
            ]
            .concat(),
            "\"Ak7Q:b2a8:2:3.50\": a 1688 line is OFFER:SPEC:QUANTITY",
        ),
        (
            [&["order", "preview", "--item", "Ak7Q:b2/a8:2"], ADDRESS].concat(),
            "the spec id \"b2/a8\"",
        ),
        (
            vec!["order", "list", "--status", "paid"],
            "\"paid\" is not a 1688 trade status",
        ),
        (
            vec![
                "cart",
                "add",
                "--item",
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "--sku",
                " ",
                "--yes",
            ],
            "invalid value ' ' for '--sku <SKU_ID>': the value is empty",
        ),
        (
            vec![
                "cart",
                "add",
                "--item",
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "--sku",
                "x y",
                "--yes",
            ],
            "' ' is not in any SKU id",
        ),
        (
            vec![
                "order",
                "create",
                "--item",
                "Ak7Q:b2a8:2",
                "--yes",
                "--address-name",
                "张三",
                "--address-mobile",
                "13800000000",
                "--address-street",
                "文一西路969号",
            ],
            "the shipping address lacks --address-province, --address-city",
        ),
        (
            vec![
                "after-sales",
                "submit",
                "--order",
                ORDER,
                "--reason",
                "20021",
                "--voucher",
                text,
                "--yes",
            ],
            "is not a JPEG, PNG, GIF or WebP image",
        ),
        (
            [
                &[
                    "order", "create", "--item", "A:B:1", "--budget", "10", "--yes",
                ],
                ADDRESS,
            ]
            .concat(),
            "--budget is Taobao's",
        ),
        (
            vec!["after-sales", "submit", "--reason", "1", "--yes"],
            "give --order",
        ),
        (
            vec!["after-sales", "show", "TQ-1"],
            "is not an after-sales id",
        ),
    ];
    for (args, needle) in cases {
        let o = env
            .cmd("http://127.0.0.1:9")
            .args(["--platform", "1688"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
    }
    assert!(
        !env.path().join("data/pandapon/journal.jsonl").exists(),
        "nothing was sent, so nothing was journaled"
    );
}

#[tokio::test]
async fn dry_run_prints_the_signed_request_and_sends_nothing() {
    let s = MockServer::start().await;
    let env = Sandboxed::new();
    let o = run(&env, &s, &["order", "pay", ORDER, "--dry-run"]);
    ok_run(&o);
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!(
            "GET {}/v2/alibaba/order/pay/url?orderId={ORDER}\n",
            s.uri()
        )),
        "{out}"
    );
    assert!(out.contains("signature: "), "{out}");
    assert!(!out.contains(SECRET) && !stderr(&o).contains(SECRET));
    let o = run(&env, &s, &["order", "cancel", ORDER, "--dry-run"]);
    ok_run(&o);
    assert!(
        stdout(&o).contains(r#""webSite": "1688""#),
        "{}",
        stdout(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());
}
