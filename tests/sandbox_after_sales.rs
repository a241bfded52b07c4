//! `pandapon after-sales ...` against the in-process sandbox (`--sandbox`), as a person reads it.

mod common;

use std::path::PathBuf;

use common::*;
use serde_json::Value;

/// The seed's open after-sales request: the scratched power bank, awaiting the seller.
const SEEDED: &str = "110000235001";

struct Shop {
    env: Sandboxed,
    state: PathBuf,
}

impl Shop {
    fn new() -> Self {
        let env = Sandboxed::new();
        let state = env.path().join("s.json");
        Shop { env, state }
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        self.env
            .bare()
            .env("PANDAPON_SANDBOX_STATE", &self.state)
            .arg("--sandbox")
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.ok(&[&["--json"], args].concat());
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
    }
}

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
