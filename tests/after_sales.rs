//! `pandapon after-sales ...` against a local mock server.

mod common;

use common::*;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn mount(s: &MockServer, m: &str, p: &str, data: Value) {
    Mock::given(method(m))
        .and(path(p))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(data)))
        .mount(s)
        .await;
}

/// The documented RefundRenderVO (docs/api.md#taobao-refund-render).
fn rendered() -> Value {
    json!({
        "refundOrderTemplate": {
            "refundReasons": [
                {"reasonDesc": "不想要了", "tips": "", "reasonId": 4001},
                {"reasonDesc": "质量问题", "tips": "请上传图片", "reasonId": 4002}
            ],
            "goodsStatusList": ["1", "2"],
            "refundOrder": null,
            "maxRefundFee": {"minRefundFee": 1, "feeTips": "最多可退 ¥39.90", "refundFee": 3990, "canEditRefundFee": true}
        },
        "distributorId": "1223655000541", "currency": "CNY", "saleFlag": true
    })
}

const RENDER: &str = "/v2/taobao/order/refund/render";
const SUBMIT: &str = "/v2/taobao/order/refund/submit";

#[tokio::test]
async fn list_posts_the_documented_body_and_reads_nested_records() {
    let s = MockServer::start().await;
    let data = json!({"totalRecords": 1, "totalPage": 1, "data": [{
        "refundOrderAggregate": {
            "refundOrder": {"refundId": "110000235001", "refundStatus": 1, "refundFee": 3990, "reasonDesc": "不想要了"},
            "purchaseOrderLine": {"purchaseOrderId": "3305075341149134260", "itemTitle": "短袖衬衫",
                                  "createTime": 1667193198819i64, "currency": "CNY"}
        }
    }]});
    mount(
        &s,
        "POST",
        "/v2/taobao/order/refund/queryList",
        data.clone(),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "list",
            "--order",
            "3305075341149134260",
            "--status",
            "1",
            "--since",
            "2022-10-01T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "110000235001\t1\t3305075341149134260\t短袖衬衫\t¥39.90\t不想要了\t2022-10-31T05:13:18Z\n"
    );
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(
        body_json(r),
        json!({"pageNo": 1, "pageSize": 20, "purchaseOrderId": "3305075341149134260",
               "refundStatus": 1, "refundStartTime": 1664582400000i64})
    );
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(serde_json::from_str::<Value>(&stdout(&o)).unwrap(), data);
}

/// The documented v2 detail (docs/api.md#taobao-refund-get, TaoBaoRefundOrderDetailDTO), with the
/// cancel example's `logisticCompanyCode` spelling and fields the view does not know.
fn detail() -> Value {
    json!({
        "distributorId": "1223655000541", "currency": "CNY",
        "refundOrderAggregate": {
            "logistics": {
                "receiverAddress": {"detailAddress": "浙江省杭州市余杭区 良睦路 1399 号", "phone": "0571-88886666", "receiver": "王五"},
                "returnGoodsDesc": "原包装寄回", "buyerPhone": "15068763421",
                "logisticsCompany": {"logisticCompanyCode": "SF", "logisticsCompanyName": "顺丰快递"},
                "logisticsNo": "SF1234521212678", "sellerAgreeReturnDescribe": "同意退货"
            },
            "refundOrder": {
                "refundFee": 3990, "payOrderId": "3305075341149134260", "timeoutType": "WAIT_SELLER",
                "sellerRefuseReason": null, "refundStatus": "WAIT_SELLER_CONFIRM_GOODS",
                "canEditFee": false, "remainingTime": 86400000, "refundType": 2, "feeTips": "",
                "reasonDesc": "质量问题", "goodsStatus": 2, "refundDesc": "开线了", "reasonId": 4002,
                "timeoutDate": "2026-05-27 15:40:00", "sellerRefuseReasonDescribe": null,
                "refundId": "110000235001", "createTime": 1779262800000i64
            },
            "purchaseOrderLine": {
                "salesOrderId": "4012345678901234567", "supplierId": "2209375588", "quantity": 2,
                "totalPrice": 7980, "itemTitle": "短袖衬衫",
                "properties": "[{\"valueName\":\"850浅灰\",\"propName\":\"颜色\"},{\"valueName\":\"M\",\"propName\":\"尺码\"}]",
                "postFee": 0, "productFee": 7980, "salesMarket": "MY",
                "purchaseOrderLineId": "2542285634920880794", "createTime": 1779000000000i64,
                "purchaseOrderId": "3305075341149134260", "price": 3990, "currency": "CNY"
            }
        }
    })
}

#[tokio::test]
async fn show_gets_the_documented_query_and_reads_it_for_a_person() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/refund/query"))
        .and(query_param("refundId", "110000235001"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(detail())))
        .mount(&s)
        .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "show", "110000235001"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // Off a terminal, times are RFC 3339; refundType and goodsStatus stay numbers (PandaPon
    // does not say what they mean); fields the view does not know come last, by path.
    assert_eq!(
        stdout(&o),
        "After-sales 110000235001 · waiting for the seller to confirm receipt · ¥39.90 · 质量问题\n\
         Type:            refundType 2\n\
         Goods status:    goodsStatus 2\n\
         Description:     开线了\n\
         Created:         2026-05-20T07:40:00Z\n\
         Timeout:         2026-05-27T07:40:00Z\n\
         Item:            短袖衬衫\n\
         Properties:      颜色: 850浅灰 / 尺码: M\n\
         Quantity:        2 × ¥39.90\n\
         Sub-order:       2542285634920880794 of order 3305075341149134260\n\
         Taobao order:    4012345678901234567\n\
         Return shipment: 顺丰快递 (SF) SF1234521212678\n\
         Sender phone:    15068763421\n\
         Return note:     原包装寄回\n\
         Seller's note:   同意退货\n\
         Return address:  王五, 0571-88886666, 浙江省杭州市余杭区 良睦路 1399 号\n\
         refundOrderAggregate.refundOrder.timeoutType: WAIT_SELLER\n\
         refundOrderAggregate.refundOrder.remainingTime: 86400000\n\
         refundOrderAggregate.purchaseOrderLine.supplierId: 2209375588\n\
         refundOrderAggregate.purchaseOrderLine.salesMarket: MY\n"
    );
    assert_signed(&s.received_requests().await.unwrap()[0]);

    // --json: data, untouched but for ids as strings.
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "show", "110000235001", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&o)).unwrap(),
        ids_as_strings(&detail())
    );
}

#[tokio::test]
async fn show_keeps_every_field_of_a_shape_it_does_not_know() {
    let s = MockServer::start().await;
    mount(
        &s,
        "GET",
        "/v2/taobao/order/refund/query",
        json!({"refundId": "110000235002", "refundStatus": 3, "refundFee": 500, "reasonDesc": "质量问题",
               "extra": {"note": "x"}}),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "show", "110000235002"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "After-sales 110000235002 · refundStatus 3 · ¥5.00 · 质量问题\n\
         refundId\t110000235002\n\
         refundStatus\t3\n\
         refundFee\t500\n\
         reasonDesc\t质量问题\n\
         extra.note\tx\n"
    );
}

#[tokio::test]
async fn render_posts_the_documented_body_and_shows_reasons_and_the_maximum() {
    let s = MockServer::start().await;
    mount(&s, "POST", RENDER, rendered()).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "render",
            "--sub-order",
            "2542285634920880794",
            "--type",
            "1",
            "--goods-status",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Sub-order 2542285634920880794 · refund up to ¥39.90 (at least ¥0.01)\n\
         4001\t不想要了\t\n\
         4002\t质量问题\t请上传图片\n"
    );
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(
        body_json(r),
        json!({"subOrderId": "2542285634920880794", "refundType": 1, "goodsStatus": 2})
    );
}

#[tokio::test]
async fn render_drops_an_empty_tips_column_and_keeps_fee_tips_that_add_something() {
    let s = MockServer::start().await;
    let mut data = rendered();
    let tpl = &mut data["refundOrderTemplate"];
    tpl["refundReasons"] = json!([
        {"reasonDesc": "不想要了", "tips": "", "reasonId": 4001},
        {"reasonDesc": "质量问题", "tips": null, "reasonId": 4002}
    ]);
    tpl["maxRefundFee"]["feeTips"] = json!("最多可退¥39.90，不含运费");
    mount(&s, "POST", RENDER, data).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "render",
            "--sub-order",
            "77",
            "--type",
            "1",
            "--goods-status",
            "1",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Sub-order 77 · refund up to ¥39.90 (at least ¥0.01)\n\
         最多可退¥39.90，不含运费\n\
         4001\t不想要了\n\
         4002\t质量问题\n"
    );
}

fn submit_args() -> Vec<&'static str> {
    vec![
        "after-sales",
        "submit",
        "--sub-order",
        "77",
        "--type",
        "1",
        "--goods-status",
        "2",
        "--reason",
        "4002",
    ]
}

#[tokio::test]
async fn submit_renders_then_submits_bounded_by_the_maximum() {
    let s = MockServer::start().await;
    mount(&s, "POST", RENDER, rendered()).await;
    mount(&s, "POST", SUBMIT, json!({"refundId": "110000235009"})).await;
    let env = Sandboxed::new();

    // No --yes off a terminal: nothing at all is sent, not even the render.
    let o = env.cmd(&s.uri()).args(submit_args()).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(s.received_requests().await.unwrap().is_empty());

    // Missing flags off a terminal: a usage error naming them, nothing sent.
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "submit", "--sub-order", "77", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("give --type, --goods-status, --reason"),
        "{}",
        stderr(&o)
    );
    assert!(s.received_requests().await.unwrap().is_empty());

    // More than the maximum: refused after the render, before the submit.
    let o = env
        .cmd(&s.uri())
        .args(submit_args())
        .args(["--amount", "40", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("¥40.00 is more than the maximum refundable ¥39.90"),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].url.path(), RENDER);

    // A reason the render does not offer.
    let mut args = submit_args();
    args[9] = "9999";
    let o = env.cmd(&s.uri()).args(args).arg("--yes").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("reason 9999 is not offered for sub-order 77; the reasons: 4001 (不想要了), 4002 (质量问题)"),
        "{}",
        stderr(&o)
    );

    // Accepted: the amount defaults to the maximum, the reason id keeps the render's type.
    let o = env
        .cmd(&s.uri())
        .args(submit_args())
        .args(["--description", "开线了", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("Asking for ¥39.90 (the maximum the render allows)."),
        "{err}"
    );
    assert!(
        err.contains("Refund requested: after-sales 110000235009."),
        "{err}"
    );
    let reqs = s.received_requests().await.unwrap();
    let submit = reqs.last().unwrap();
    assert_eq!(submit.url.path(), SUBMIT);
    assert_signed(submit);
    assert_eq!(
        body_json(submit),
        json!({"subOrderId": "77", "refundType": 1, "goodsStatus": 2, "reasonId": 4002,
               "refundFee": 3990, "refundDesc": "开线了"})
    );

    // An amount within bounds is sent in cents as given.
    let o = env
        .cmd(&s.uri())
        .args(submit_args())
        .args(["--amount", "10.5", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(body_json(reqs.last().unwrap())["refundFee"], 1050);
}

#[tokio::test]
async fn modify_sends_only_the_changes() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/taobao/order/refund/modify", json!(true)).await;
    mount(&s, "GET", "/v2/taobao/order/refund/query", detail()).await;
    mount(&s, "POST", RENDER, rendered()).await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "modify", "110000235001", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to change"));
    let base = [
        "after-sales",
        "modify",
        "110000235001",
        "--amount",
        "12",
        "--reason",
        "4001",
    ];
    let o = env.cmd(&s.uri()).args(base).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(s.received_requests().await.unwrap().is_empty());
    let o = env.cmd(&s.uri()).args(base).arg("--yes").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    // The request's line, type and goods status (from its detail) are rendered for the bounds.
    assert_eq!(reqs[0].url.path(), "/v2/taobao/order/refund/query");
    assert_eq!(
        body_json(&reqs[1]),
        json!({"subOrderId": "2542285634920880794", "refundType": 2, "goodsStatus": 2})
    );
    assert_eq!(
        body_json(&reqs[2]),
        json!({"refundId": "110000235001", "reasonId": 4001, "refundFee": 1200})
    );

    // Beyond the render's maximum, or a reason it does not offer: refused, nothing written.
    for (flag, value, says) in [
        (
            "--amount",
            "40",
            "¥40.00 is more than the maximum refundable ¥39.90",
        ),
        (
            "--reason",
            "9999",
            "reason 9999 is not offered for after-sales 110000235001; the reasons: 4001 (不想要了), 4002 (质量问题)",
        ),
    ] {
        let o = env
            .cmd(&s.uri())
            .args([
                "after-sales",
                "modify",
                "110000235001",
                flag,
                value,
                "--yes",
            ])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
    }
    let writes = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path().ends_with("/modify"))
        .count();
    assert_eq!(writes, 1);
}

#[tokio::test]
async fn modify_goes_ahead_when_its_check_cannot_be_made() {
    let s = MockServer::start().await;
    mount(&s, "POST", "/v2/taobao/order/refund/modify", json!(true)).await;
    mount(&s, "GET", "/v2/taobao/order/refund/query", detail()).await;
    // No render: the check is advisory, the API decides.
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "modify",
            "110000235001",
            "--amount",
            "12",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "warning: could not check the change against after-sales 110000235001's render"
        ),
        "{}",
        stderr(&o)
    );
    let reqs = s.received_requests().await.unwrap();
    assert_eq!(
        body_json(reqs.last().unwrap()),
        json!({"refundId": "110000235001", "refundFee": 1200})
    );
}

#[tokio::test]
async fn cancel_is_a_get_with_the_id_in_the_path() {
    let s = MockServer::start().await;
    mount(
        &s,
        "GET",
        "/v2/taobao/order/refund/cancel/110000235001",
        json!({"cancelSuccess": true, "currency": "CNY", "distributorId": "1223655000541"}),
    )
    .await;
    mount(
        &s,
        "GET",
        "/v2/taobao/order/refund/cancel/110000235002",
        json!({"cancelSuccess": false}),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "cancel", "110000235001"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(s.received_requests().await.unwrap().is_empty());
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "cancel", "110000235001", "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("After-sales 110000235001 withdrawn."));
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert!(r.body.is_empty());
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "cancel", "110000235002", "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cancelSuccess false"), "{}", stderr(&o));
}

#[tokio::test]
async fn message_sends_text_and_an_image_as_base64_or_url() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/taobao/order/refund/submit/message",
        json!(true),
    )
    .await;
    let env = Sandboxed::new();
    let img = env.path().join("photo.jpg");
    std::fs::write(&img, [0xFFu8, 0xD8, 0xFF, 0xE0]).unwrap();
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "message",
            "110000235001",
            "--text",
            "请尽快处理",
            "--image",
        ])
        .arg(&img)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "message",
            "110000235001",
            "--text",
            "见图",
            "--image",
            "https://img.example/1.jpg",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    assert_eq!(
        body_json(&reqs[0]),
        json!({"refundId": "110000235001", "refundMessage": "请尽快处理", "refundImages": "/9j/4A=="})
    );
    assert_eq!(
        body_json(&reqs[1])["refundImages"],
        "https://img.example/1.jpg"
    );
    let o = env
        .cmd(&s.uri())
        .args([
            "after-sales",
            "message",
            "1",
            "--text",
            "x",
            "--image",
            "/no/such.jpg",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // A file that is not a picture, whatever its name, is not sent to a seller.
    let not_image = env.path().join("notes.jpg");
    std::fs::write(&not_image, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "message", "1", "--text", "x", "--image"])
        .arg(&not_image)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is not a JPEG, PNG, GIF or WebP image; nothing was sent"),
        "{}",
        stderr(&o)
    );
    assert_eq!(s.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn messages_lists_them() {
    let s = MockServer::start().await;
    mount(
        &s,
        "POST",
        "/v2/taobao/order/refund/message/queryList",
        json!([{"gmtCreate": "2026-05-20 15:40:00", "senderName": "卖家", "content": "已同意", "refundImages": []}]),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "messages", "110000235001"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "2026-05-20T07:40:00Z\t卖家\t已同意\t0\n");
    let r = &s.received_requests().await.unwrap()[0];
    assert_signed(r);
    assert_eq!(
        body_json(r),
        json!({"refundId": "110000235001", "pageNo": 1, "pageSize": 20})
    );
}

#[tokio::test]
async fn return_logistics_render_and_ship() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/taobao/order/refund/logistics/render"))
        .and(query_param("refundId", "110000235001"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok(json!({
            "receiverAddress": {"receiver": "王五", "phone": "0571-1", "detailAddress": "杭州市余杭区 1 号"},
            "logisticsCompanies": [{"logisticsCompanyCode": "SF", "logisticsCompanyName": "顺丰快递"}]
        }))))
        .mount(&s)
        .await;
    mount(
        &s,
        "POST",
        "/v2/taobao/order/refund/logistics/submit",
        json!(true),
    )
    .await;
    let env = Sandboxed::new();
    let o = env
        .cmd(&s.uri())
        .args(["after-sales", "return-logistics", "110000235001"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Send the goods back to: 王五, 0571-1, 杭州市余杭区 1 号\nSF\t顺丰快递\n"
    );
    let ship = [
        "after-sales",
        "return-ship",
        "110000235001",
        "--company",
        "SF",
        "--tracking",
        "SF1234521212678",
        "--phone",
        "15068763421",
    ];
    let o = env.cmd(&s.uri()).args(ship).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
    let o = env.cmd(&s.uri()).args(ship).arg("--yes").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let reqs = s.received_requests().await.unwrap();
    reqs.iter().for_each(assert_signed);
    assert_eq!(
        body_json(&reqs[1]),
        json!({"refundId": "110000235001", "logisticsCompanyCode": "SF",
               "logisticsNo": "SF1234521212678", "buyerPhone": "15068763421"})
    );
}

#[test]
fn bad_ids_exit_2_before_anything_is_sent() {
    let env = Sandboxed::new();
    for args in [
        vec!["after-sales", "show", "TQ123"],
        vec!["after-sales", "cancel", "-1", "--yes"],
        vec![
            "after-sales",
            "render",
            "--sub-order",
            "x",
            "--type",
            "1",
            "--goods-status",
            "1",
        ],
        vec![
            "after-sales",
            "render",
            "--sub-order",
            "1",
            "--type",
            "one",
            "--goods-status",
            "1",
        ],
        vec!["after-sales", "submit", "--sub-order", "1.5", "--yes"],
        vec!["after-sales", "message", "abc", "--text", "x"],
        vec!["after-sales", "return-ship", "1", "--company", "SF"],
        vec!["after-sales", "modify", "1", "--amount", "-3", "--yes"],
        vec!["after-sales", "list", "--order", "PO1"],
    ] {
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn a_status_that_is_not_a_number_says_what_is_expected() {
    let env = Sandboxed::new();
    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["after-sales", "list", "--status", "CLOSED"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains(
            "--status takes the API's refundStatus number, e.g. 1; got \"CLOSED\" (in the sandbox, CLOSED is 5)"
        ),
        "{e}"
    );
    assert!(!e.contains("invalid digit"), "{e}");

    let o = env
        .cmd("http://127.0.0.1:9")
        .args(["after-sales", "list", "--status", "done"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("--status takes the API's refundStatus number, e.g. 1; got \"done\"\n"),
        "{e}"
    );

    let o = env
        .cmd("http://127.0.0.1:9")
        .args([
            "after-sales",
            "render",
            "--sub-order",
            "1",
            "--type",
            "refund",
            "--goods-status",
            "received",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("--type takes the API's refundType number, e.g. 1; got \"refund\""),
        "{e}"
    );

    // --help says what the numbers are in the sandbox.
    let o = env
        .bare()
        .args(["after-sales", "list", "--help"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let help = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains(
            "In the sandbox, 1..6 are WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, \
             WAIT_SELLER_CONFIRM_GOODS, SELLER_REFUSE_BUYER, CLOSED, SUCCESS."
        ),
        "{help}"
    );
}

#[test]
fn a_blank_tracking_number_is_refused_before_sending() {
    let env = Sandboxed::new();
    for (flag, value) in [("--tracking", "  "), ("--company", "")] {
        let mut args = vec![
            "after-sales",
            "return-ship",
            "110000235001",
            "--company",
            "SF",
            "--tracking",
            "SF1",
            "--yes",
        ];
        let i = args.iter().position(|a| *a == flag).unwrap();
        args[i + 1] = value;
        let o = env.cmd("http://127.0.0.1:9").args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{flag}: {}", stderr(&o));
        assert!(stderr(&o).contains("the value is empty"), "{}", stderr(&o));
    }
}
