//! `pandapon after-sales ...` against the in-process sandbox (`--sandbox`), as a person reads it.

mod common;

use common::*;

/// The seed's open after-sales request: the scratched power bank, awaiting the seller.
const SEEDED: &str = "110000235001";

/// The `--status` number under which `after-sales list` lists the seeded request.
fn listed_under(shop: &Shop) -> Vec<usize> {
    (1..=6)
        .filter(|n| {
            let listed = shop.json(&["after-sales", "list", "--status", &n.to_string()]);
            listed["data"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["refundId"] == SEEDED)
        })
        .collect()
}

#[test]
fn the_status_numbers_are_the_ones_help_names() {
    // --help: 1..6 are WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, WAIT_SELLER_CONFIRM_GOODS,
    // SELLER_REFUSE_BUYER, CLOSED, SUCCESS. A buyer can reach 1, 3 and 5.
    let shop = Shop::new();
    assert_eq!(listed_under(&shop), vec![1]);
    let o = shop.run(&[
        "after-sales",
        "return-ship",
        SEEDED,
        "--company",
        "SF",
        "--tracking",
        "SF1234567890",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(listed_under(&shop), vec![3]);
    let o = shop.run(&["after-sales", "cancel", SEEDED, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(listed_under(&shop), vec![5]);
}

/// The seed's shipped charger: one line, ¥89.00.
const CHARGER_LINE: &str = "3305075341149006186";

#[test]
fn render_shows_the_maximum_once_and_no_empty_tips_column() {
    let shop = Shop::new();
    let out = shop.ok(&[
        "after-sales",
        "render",
        "--sub-order",
        CHARGER_LINE,
        "--type",
        "2",
        "--goods-status",
        "2",
    ]);
    assert_eq!(
        out,
        "Sub-order 3305075341149006186 · refund up to ¥89.00 (at least ¥0.01)\n\
         4101\t商品质量问题\n\
         4102\t收到商品与描述不符\n\
         4103\t尺码不合适\n\
         4104\t少件/漏发\n"
    );
}

#[test]
fn show_reads_the_seeded_request_for_a_person() {
    let shop = Shop::new();
    let out = shop.ok(&["after-sales", "show", SEEDED]);
    assert_eq!(
        out,
        "After-sales 110000235001 · waiting for the seller to agree · ¥159.00 · 商品质量问题\n\
         Type:            return and refund (refundType 2)\n\
         Goods status:    received (goodsStatus 2)\n\
         Description:     外壳有划痕\n\
         Created:         2026-11-25T09:00:00Z\n\
         Item:            磁吸无线充电宝10000毫安超薄小巧便携移动电源\n\
         Properties:      颜色分类: 远峰蓝\n\
         Quantity:        1 × ¥159.00\n\
         Sub-order:       3305075341149002062 of order 3305075341149001031 (order completed)\n\
         Return address:  极客数码配件专营店 售后部, 0571-88886666, 浙江省杭州市余杭区仓前街道 良睦路 1399 号 退货仓\n"
    );

    // The return shipment, once reported, and the status it moves to.
    let o = shop.run(&[
        "after-sales",
        "return-ship",
        SEEDED,
        "--company",
        "SF",
        "--tracking",
        "SF1234567890",
        "--phone",
        "15068763421",
        "--description",
        "原包装寄回",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = shop.ok(&["after-sales", "show", SEEDED]);
    assert!(
        out.starts_with(
            "After-sales 110000235001 · waiting for the seller to confirm receipt · ¥159.00 · 商品质量问题\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Return shipment: 顺丰快递 (SF) SF1234567890\n\
             Sender phone:    15068763421\n\
             Return note:     原包装寄回\n\
             Return address:  极客数码配件专营店 售后部,"
        ),
        "{out}"
    );
    // Everything the sandbox sends is read: nothing left over as a raw field.
    assert!(!out.contains("refundOrderAggregate"), "{out}");

    // --json is the detail as the sandbox sent it.
    let v = shop.json(&["after-sales", "show", SEEDED]);
    assert_eq!(
        v["refundOrderAggregate"]["refundOrder"]["createTime"],
        1_795_597_200_000i64
    );
    assert_eq!(
        v["refundOrderAggregate"]["purchaseOrderLine"]["properties"],
        "[{\"valueId\":3232481,\"valueName\":\"远峰蓝\",\"propId\":1627207,\"propName\":\"颜色分类\"}]"
    );
}

#[test]
fn show_names_a_refund_only_request_in_the_sandboxs_words() {
    let shop = Shop::new();
    let submitted = shop.json(&[
        "after-sales",
        "submit",
        "--sub-order",
        CHARGER_LINE,
        "--type",
        "1",
        "--goods-status",
        "1",
        "--reason",
        "4002",
        "--amount",
        "20",
        "--yes",
    ]);
    let id = submitted["refundId"].as_str().unwrap().to_string();
    let out = shop.ok(&["after-sales", "show", &id]);
    assert!(
        out.starts_with(&format!(
            "After-sales {id} · waiting for the seller to agree · ¥20.00 · 快递一直未送达\n\
             Type:            refund only (refundType 1)\n\
             Goods status:    not received (goodsStatus 1)\n\
             Created:         "
        )),
        "{out}"
    );
    assert!(
        out.contains(
            "Item:            65W氮化镓快充充电器多口typec适用苹果华为小米笔记本\n\
             Properties:      颜色分类: 白色 / 规格: 2C1A 三口\n\
             Quantity:        1 × ¥89.00\n\
             Sub-order:       3305075341149006186 of order 3305075341149005155 (order shipped)\n"
        ),
        "{out}"
    );
    assert!(!out.contains("Description:"), "no description given: {out}");
}

#[test]
fn a_message_page_past_the_end_says_so() {
    let shop = Shop::new();
    let o = shop.run(&["after-sales", "messages", SEEDED, "--page", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), "Page 4 is past the end: 1 message on 1 page.\n");
}

#[test]
fn a_dry_run_change_says_it_is_not_checked() {
    let shop = Shop::new();
    let o = shop.run(&[
        "--dry-run",
        "after-sales",
        "modify",
        SEEDED,
        "--amount",
        "500",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "dry run: the render that checks the reason and bounds the amount is not sent either"
        ),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("\"refundFee\": 50000"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn filters_are_applied_not_ignored() {
    let shop = Shop::new();
    let o = shop.run(&["after-sales", "list", "--sales-order", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "no sandbox order has that Taobao order id");
    assert_eq!(stderr(&o), "No after-sales orders match --sales-order 1.\n");
    let o = shop.run(&["after-sales", "list", "--order", "3305075341149001031"]);
    assert!(stdout(&o).starts_with(SEEDED), "{}", stdout(&o));
}
