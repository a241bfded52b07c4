//! Orders, after-sales, addresses and freight end to end against the in-process sandbox:
//! the behaviour an operator relies on (the mock-server tests judge the request shapes).

mod common;

use common::*;
use serde_json::Value;

/// Order helpers over the shared sandbox runner.
impl Shop {
    fn orders(&self, status: &str) -> Vec<Value> {
        self.json(&["order", "list", "--all", "--status", status])
            .as_array()
            .unwrap()
            .clone()
    }

    fn status_of(&self, id: &str) -> String {
        self.json(&["order", "show", id])["orderStatus"]
            .as_str()
            .unwrap()
            .to_string()
    }
}

fn id(v: &Value) -> String {
    v.to_string().trim_matches('"').to_string()
}

const ADDRESS: &[&str] = &[
    "--address-name",
    "张三",
    "--address-mobile",
    "13800000000",
    "--address-street",
    "文一西路969号",
];

#[test]
fn a_cart_order_is_paid_and_changes_status() {
    let shop = Shop::new();
    let created = shop.json(&[&["cart", "create", "--ids", "384", "--yes"], ADDRESS].concat());
    let order = id(&created["orderIds"][0]);
    assert_eq!(order.len(), 19);
    assert!(
        shop.orders("WAIT_BUYER_PAY")
            .iter()
            .any(|o| id(&o["orderId"]) == order)
    );

    // Off a terminal, paying needs --yes: nothing is sent without it.
    let o = shop.run(&["order", "pay", &order]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(shop.status_of(&order), "WAIT_BUYER_PAY");

    let o = shop.run(&["order", "pay", &order, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(shop.status_of(&order), "WAIT_SELLER_SEND_GOODS");

    // The detail tells a person where it goes and when it was paid.
    let o = shop.run(&["order", "show", &order]);
    let out = stdout(&o);
    assert!(out.contains("· paid 20"), "{out}");
    assert!(
        out.contains("\nShip to: 张三, 13800000000, 文一西路969号"),
        "{out}"
    );

    let o = shop.run(&["order", "pay", &order, "--yes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("only an order awaiting payment can be paid"),
        "{}",
        stderr(&o)
    );

    assert!(
        shop.journal().iter().all(|e| e["profile"] == "sandbox"),
        "sandbox writes are labelled"
    );
    let writes: Vec<(String, Value)> = shop
        .journal()
        .iter()
        .map(|e| {
            (
                e["operation"].as_str().unwrap().to_string(),
                e["outcome"]["code"].clone(),
            )
        })
        .collect();
    assert_eq!(
        writes,
        vec![
            ("taobao.cart.create".to_string(), 200.into()),
            ("taobao.order.pay".to_string(), 200.into()),
            ("taobao.order.pay".to_string(), 409.into()),
        ]
    );
}

#[test]
fn a_paid_order_cannot_be_cancelled_an_unpaid_one_can() {
    let shop = Shop::new();
    let paid = id(&shop.orders("WAIT_SELLER_SEND_GOODS")[0]["orderId"]);
    let o = shop.run(&["order", "cancel", &paid, "--yes", "--reason", "不想要了"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("is paid and waiting for the seller to ship and cannot be cancelled"),
        "{e}"
    );
    assert!(e.contains("pandapon after-sales render --sub-order"), "{e}");
    assert_eq!(shop.status_of(&paid), "WAIT_SELLER_SEND_GOODS");

    let unpaid = id(&shop.orders("WAIT_BUYER_PAY")[0]["orderId"]);
    let o = shop.run(&["order", "cancel", &unpaid, "--yes", "--reason", "不想要了"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let closed = shop.json(&["order", "show", &unpaid]);
    assert_eq!(closed["orderStatus"], "TRADE_CLOSED");
    assert_eq!(closed["cancelReason"], "不想要了");
}

#[test]
fn a_direct_order_costs_what_its_render_said() {
    let shop = Shop::new();
    let item = "Qm8xT2vLpR4-kYb7nHc1wA:4871203395510:3";
    let render = shop.json(&[&["order", "render", "--item", item], ADDRESS].concat());
    assert_eq!(
        render["totalRealPayPrice"]["amount"], "9770",
        "3 × ¥29.90 + ¥8.00 shipping"
    );
    let created = shop.json(&[&["order", "create", "--item", item, "--yes"], ADDRESS].concat());
    let order = shop.json(&["order", "show", &id(&created["orderIds"][0])]);
    assert_eq!(order["totalAmount"], 9770);
    assert_eq!(order["subOrders"][0]["quantity"], 3);

    // A person is told the new order's id and how to pay it.
    let o = shop.run(&[&["order", "create", "--item", item, "--yes"], ADDRESS].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    let new_id = said
        .lines()
        .find_map(|l| l.strip_prefix("Order created: "))
        .unwrap_or_else(|| panic!("{said}"));
    assert_eq!(new_id.len(), 19, "{said}");
    assert!(
        said.contains(&format!("Next: pay it with `pandapon order pay {new_id}`")),
        "{said}"
    );

    let o = shop.run(
        &[
            &["order", "create", "--item", item, "--yes", "--budget", "50"],
            ADDRESS,
        ]
        .concat(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("more than purchaseAmount 5000"),
        "{}",
        stderr(&o)
    );
    let o = shop.run(
        &[
            &[
                "order",
                "create",
                "--item",
                "Qm8xT2vLpR4-kYb7nHc1wA:4871203395510:9999",
                "--yes",
            ],
            ADDRESS,
        ]
        .concat(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("only 520 of SKU 4871203395510 in stock"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn several_orders_print_in_the_order_given_and_the_worst_exit_wins() {
    let shop = Shop::new();
    let all = shop.json(&["order", "list", "--all"]);
    let ids: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|o| id(&o["orderId"]))
        .collect();
    assert_eq!(ids.len(), 5);
    let wanted = [
        ids[3].as_str(),
        "1234567890123456789",
        ids[0].as_str(),
        ids[4].as_str(),
    ];
    let o = shop.run(&[&["--json", "order", "show"], &wanted[..]].concat());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let got: Vec<String> = v.as_array().unwrap().iter().map(|x| id(&x["id"])).collect();
    assert_eq!(got, wanted);
    assert_eq!(
        (
            v[1]["error"]["code"].as_i64(),
            v[1]["error"]["exitCode"].as_i64()
        ),
        (Some(404), Some(1)),
        "{v}"
    );
    assert!(
        v[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("order 1234567890123456789 does not exist"),
        "{v}"
    );
    assert_eq!(id(&v[2]["data"]["orderId"]), ids[0]);
}

#[test]
fn an_after_sales_request_is_rendered_submitted_and_withdrawn() {
    let shop = Shop::new();
    let shipped = shop.orders("WAIT_BUYER_CONFIRM_GOODS")[0].clone();
    let line = id(&shipped["subOrders"][0]["subOrderId"]);

    let render = shop.json(&[
        "after-sales",
        "render",
        "--sub-order",
        &line,
        "--type",
        "2",
        "--goods-status",
        "2",
    ]);
    let tpl = &render["refundOrderTemplate"];
    assert_eq!(tpl["maxRefundFee"]["refundFee"], 8900);
    let reasons: Vec<i64> = tpl["refundReasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| id_num(&r["reasonId"]) as i64)
        .collect();
    assert_eq!(reasons, vec![4101, 4102, 4103, 4104]);

    // More than the render allows is refused before anything is sent.
    let o = shop.run(&[
        "after-sales",
        "submit",
        "--sub-order",
        &line,
        "--type",
        "2",
        "--goods-status",
        "2",
        "--reason",
        "4103",
        "--amount",
        "100",
        "--yes",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(shop.journal().is_empty());

    let submitted = shop.json(&[
        "after-sales",
        "submit",
        "--sub-order",
        &line,
        "--type",
        "2",
        "--goods-status",
        "2",
        "--reason",
        "4103",
        "--amount",
        "50",
        "--description",
        "尺码偏小",
        "--yes",
    ]);
    let refund = id(&submitted["refundId"]);
    let shown = shop.json(&["after-sales", "show", &refund]);
    let r = &shown["refundOrderAggregate"]["refundOrder"];
    assert_eq!(
        (
            r["refundStatus"].as_str(),
            r["refundFee"].as_i64(),
            r["reasonDesc"].as_str()
        ),
        (Some("WAIT_SELLER_AGREE"), Some(5000), Some("尺码不合适"))
    );

    let o = shop.run(&[
        "after-sales",
        "submit",
        "--sub-order",
        &line,
        "--type",
        "2",
        "--goods-status",
        "2",
        "--reason",
        "4103",
        "--amount",
        "10",
        "--yes",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("after-sales {refund} is already open")),
        "{}",
        stderr(&o)
    );

    let o = shop.run(&[
        "after-sales",
        "message",
        &refund,
        "--text",
        "已寄回",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let msgs = shop.json(&["after-sales", "messages", &refund]);
    assert_eq!(msgs["data"][0]["content"], "已寄回");

    let o = shop.run(&[
        "after-sales",
        "return-ship",
        &refund,
        "--company",
        "SF",
        "--tracking",
        "SF1234567890",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = shop.json(&["after-sales", "show", &refund]);
    assert_eq!(
        shown["refundOrderAggregate"]["refundOrder"]["refundStatus"],
        "WAIT_SELLER_CONFIRM_GOODS"
    );
    assert_eq!(
        shown["refundOrderAggregate"]["logistics"]["logisticsNo"],
        "SF1234567890"
    );

    let o = shop.run(&["after-sales", "cancel", &refund, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let listed = shop.json(&["after-sales", "list", "--refund-id", &refund]);
    assert_eq!(listed["data"][0]["refundStatus"], "CLOSED");
    let o = shop.run(&["after-sales", "cancel", &refund, "--yes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is closed and cannot be cancelled"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unpaid_order_has_nothing_to_refund() {
    let shop = Shop::new();
    let unpaid = shop.orders("WAIT_BUYER_PAY")[0].clone();
    let line = id(&unpaid["subOrders"][0]["subOrderId"]);
    let o = shop.run(&[
        "after-sales",
        "render",
        "--sub-order",
        &line,
        "--type",
        "1",
        "--goods-status",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is awaiting payment: there is nothing to refund; cancel it instead"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn addresses_are_added_and_updated_field_by_field() {
    let shop = Shop::new();
    let o = shop.run(&[
        "address",
        "set",
        "--name",
        "李四",
        "--phone",
        "13900000000",
        "--province",
        "广东省",
        "--city",
        "深圳市",
        "--address",
        "科技园南区",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = shop.run(&["address", "set", "--id", "1", "--city", "宁波市", "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = shop.json(&["address", "list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[0]["city"].as_str(), list[0]["address"].as_str()),
        (Some("宁波市"), Some("文一西路969号"))
    );
    assert_eq!(list[1]["name"], "李四");
}

#[test]
fn freight_is_previewed_then_booked_once() {
    let shop = Shop::new();
    let line = "Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:2:89";
    let preview = shop.json(&["freight", "preview", "--item", line, "--to-country", "US"]);
    let render = preview["renderId"].as_str().unwrap().to_string();
    let services: Vec<&str> = preview["freightInfos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["freightInfo"]["serviceId"].as_str().unwrap())
        .collect();
    assert_eq!(services, vec!["PP-ECO", "PP-STD", "PP-EXP"]);
    let book = [
        "freight",
        "book",
        "--render-id",
        &render,
        "--service-id",
        "PP-STD",
        "--item",
        line,
        "--to-country",
        "US",
        "--yes",
    ];
    let booked = shop.json(&book);
    assert_eq!(booked["status"], "CREATED");
    let o = shop.run(&book);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is already booked"), "{}", stderr(&o));
}

#[test]
fn a_repeated_id_is_used_once() {
    let shop = Shop::new();
    let o = shop.run(&["cart", "preview", "--ids", "382,382"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning: 382 given more than once; each id is used once"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("Total ¥39.90"), "{}", stdout(&o));
    let unpaid = id(&shop.orders("WAIT_BUYER_PAY")[0]["orderId"]);
    let o = shop.run(&["order", "pay", &unpaid, &unpaid, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(shop.journal().len(), 1, "one payment sent");
}

#[test]
fn a_page_past_the_end_says_so_rather_than_empty() {
    let shop = Shop::new();
    let o = shop.run(&["cart", "list", "--page", "5"]);
    assert!(o.status.success());
    assert_eq!(stderr(&o), "Page 5 is past the end: 4 items on 1 page.\n");
    let o = shop.run(&["order", "list", "--page", "3", "--page-size", "2"]);
    assert!(o.status.success());
    assert_eq!(stderr(&o), "", "the last page needs no hint");
    assert_eq!(stdout(&o).lines().count(), 1);
    let o = shop.run(&[
        "order",
        "list",
        "--page",
        "1",
        "--page-size",
        "2",
        "--status",
        "TRADE_FINISHED",
    ]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 1);
    let o = shop.run(&["order", "list", "--page", "1", "--page-size", "2"]);
    assert_eq!(
        stderr(&o),
        "Page 1 of 3 · 5 orders · next page: --page 2 (or --all)\n"
    );
}

#[test]
fn a_filter_that_finds_nothing_says_which_filter() {
    let shop = Shop::new();
    for all in [&[][..], &["--all"][..]] {
        let o = shop.run(&[&["order", "list", "--status", "NO_SUCH_STATUS"], all].concat());
        assert!(o.status.success(), "an empty list is a success");
        assert_eq!(stdout(&o), "");
        assert_eq!(
            stderr(&o),
            "No orders match --status NO_SUCH_STATUS.\n\
             \"NO_SUCH_STATUS\" is not one of Taobao's order statuses, which are WAIT_BUYER_PAY, \
             WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED, TRADE_CLOSED (the API may name others).\n"
        );
    }
    let o = shop.run(&["order", "list"]);
    assert!(!stdout(&o).is_empty());
    // A word the tables use is not a status the API filters on.
    let o = shop.run(&["order", "list", "--status", "paid"]);
    assert!(
        stderr(&o).contains("\"paid\" is not one of Taobao's order statuses"),
        "{}",
        stderr(&o)
    );
    let o = shop.run(&["after-sales", "list", "--status", "6"]);
    assert!(o.status.success());
    assert_eq!(stderr(&o), "No after-sales orders match --status 6.\n");
    let v = shop.json(&["order", "list", "--status", "NO_SUCH_STATUS", "--all"]);
    assert_eq!(v, serde_json::json!([]));
}
