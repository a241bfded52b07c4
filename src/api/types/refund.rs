//! After-sales (reverse orders) as the list, the render and the detail answer them
//! (docs/api.md#taobao-after-sales). Only reading here: the commands draw and check.

use serde_json::Value;

use super::{pick, pick_text};
use crate::domain::{money, value};

/// A field of a reverse order, flat or inside the documented aggregate.
pub fn refund_field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let nested = [
        key.to_string(),
        format!("refundOrder.{key}"),
        format!("refundOrderAggregate.refundOrder.{key}"),
        format!("purchaseOrderLine.{key}"),
        format!("refundOrderAggregate.purchaseOrderLine.{key}"),
    ];
    let refs: Vec<&str> = nested.iter().map(String::as_str).collect();
    pick(v, &refs)
}

pub fn refund_text(v: &Value, key: &str) -> String {
    refund_field(v, key).map(value::plain).unwrap_or_default()
}

pub fn currency(v: &Value) -> String {
    let c = pick_text(v, &["currency", "purchaseOrderLine.currency"]);
    if c.is_empty() { "CNY".into() } else { c }
}

/// "an object with totalRealPayPrice, confirmOrders", for an error about a response's shape.
pub fn keys_of(v: &Value) -> String {
    match v {
        Value::Object(o) if !o.is_empty() => format!(
            "an object with {}",
            o.keys().take(6).cloned().collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string().chars().take(40).collect(),
    }
}

/// The line, refundType and goodsStatus of an after-sales detail, when it names them all.
pub fn request_kind(detail: &Value) -> Option<(u64, i64, i64)> {
    // A line id as the command line takes one (`cli::parse::parse_id`): a whole number from 1.
    let sub = refund_field(detail, "purchaseOrderLineId")
        .or_else(|| refund_field(detail, "subOrderId"))
        .map(value::plain)
        .and_then(|t| t.trim().parse::<u64>().ok().filter(|&n| n != 0))?;
    let kind = |k| refund_field(detail, k).and_then(value::int);
    Some((sub, kind("refundType")?, kind("goodsStatus")?))
}

/// What the documented render response offers (docs/api.md#taobao-refund-render, RefundRenderVO).
pub struct Rendered {
    pub reasons: Vec<(Value, String, String)>,
    /// Cents.
    pub max: Option<i64>,
    pub min: Option<i64>,
    pub fee_tips: String,
    pub currency: String,
    pub allowed: Option<bool>,
    /// The order the line belongs to (`refundOrder.payOrderId`), when the render names it.
    pub order: Option<String>,
}

impl Rendered {
    pub fn from_data(data: &Value) -> Result<Rendered, String> {
        let tpl = data
            .get("refundOrderTemplate")
            .filter(|t| t.is_object())
            .unwrap_or(data);
        // A render that only says it cannot go on (saleFlag false) is still a render.
        if tpl.get("refundReasons").is_none()
            && tpl.get("maxRefundFee").is_none()
            && data.get("saleFlag").is_none()
        {
            return Err(format!(
                "unexpected response: data should hold refundOrderTemplate (refundReasons, maxRefundFee), got {}",
                keys_of(data)
            ));
        }
        let mut reasons = Vec::new();
        match tpl.get("refundReasons") {
            None | Some(Value::Null) => {}
            Some(Value::Array(a)) => {
                for r in a {
                    let id = r.get("reasonId").cloned().unwrap_or(Value::Null);
                    if id.is_null() {
                        continue;
                    }
                    reasons.push((id, pick_text(r, &["reasonDesc"]), pick_text(r, &["tips"])));
                }
            }
            Some(other) => {
                return Err(format!(
                    "unexpected response: data.refundOrderTemplate.refundReasons should be a list, got {other}"
                ));
            }
        }
        let max_fee = tpl.get("maxRefundFee");
        let cents = |k: &str| -> Result<Option<i64>, String> {
            match max_fee.and_then(|m| m.get(k)).filter(|v| !v.is_null()) {
                None => Ok(None),
                Some(v) => money::money_value(v).map(|m| Some(m.0)).ok_or_else(|| {
                    format!(
                        "unexpected response: data.refundOrderTemplate.maxRefundFee.{k} should be an amount in cents, got {v}"
                    )
                }),
            }
        };
        Ok(Rendered {
            reasons,
            max: cents("refundFee")?,
            min: cents("minRefundFee")?,
            fee_tips: max_fee
                .map(|m| pick_text(m, &["feeTips"]))
                .unwrap_or_default(),
            currency: currency(data),
            allowed: data.get("saleFlag").and_then(Value::as_bool),
            order: pick(tpl, &["refundOrder.payOrderId"]).and_then(value::id_text),
        })
    }

    pub fn reason_text(id: &Value) -> String {
        value::plain(id)
    }
}

/// Where and how to send goods back (docs/api.md#taobao-refund-return-logistics-render).
pub struct ReturnRoute {
    /// The receiver on one line; empty when the answer does not say.
    pub to: String,
    /// (code, name) of each company to choose from.
    pub companies: Vec<(String, String)>,
}

impl ReturnRoute {
    /// Undocumented response: the companies when it lists them (in the shape of the documented
    /// `logisticsCompany{logisticsCompanyCode, logisticsCompanyName}`), and where to send the
    /// goods. None without a list of companies.
    pub fn from_data(data: &Value) -> Option<ReturnRoute> {
        let companies = [
            "logisticsCompanies",
            "logisticsCompanyList",
            "companyList",
            "companies",
        ]
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_array))
        .or_else(|| data.as_array())?;
        let to = ["receiver", "phone", "detailAddress"]
            .iter()
            .map(|k| {
                pick_text(
                    data,
                    &[
                        &format!("receiverAddress.{k}"),
                        &format!("logistics.receiverAddress.{k}"),
                    ],
                )
            })
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let companies = companies
            .iter()
            .map(|c| {
                (
                    pick_text(
                        c,
                        &[
                            "logisticsCompanyCode",
                            "logisticCompanyCode",
                            "code",
                            "companyCode",
                        ],
                    ),
                    pick_text(c, &["logisticsCompanyName", "companyName", "name"]),
                )
            })
            .collect();
        Some(ReturnRoute { to, companies })
    }
}

pub fn join_path(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

/// The documented v2 detail (docs/api.md#taobao-refund-get: `refundOrderAggregate{refundOrder,
/// purchaseOrderLine, logistics}`, or the same parts flat): where each part sits.
pub struct Detail<'a> {
    pub data: &'a Value,
    /// The path of `refundOrder` (the request), `refundOrderAggregate.refundOrder` when nested.
    pub order: String,
    /// The path of `purchaseOrderLine` (the line the request is about).
    pub line: String,
    /// The path of `logistics` (the return).
    pub logistics: String,
}

impl<'a> Detail<'a> {
    /// None for another shape: without a `refundOrder` object it is not the documented detail.
    pub fn from_data(data: &'a Value) -> Option<Detail<'a>> {
        let agg = if data
            .get("refundOrderAggregate")
            .is_some_and(Value::is_object)
        {
            "refundOrderAggregate"
        } else {
            ""
        };
        let order = join_path(agg, "refundOrder");
        pick(data, &[&order]).filter(|v| v.is_object())?;
        Some(Detail {
            data,
            order,
            line: join_path(agg, "purchaseOrderLine"),
            logistics: join_path(agg, "logistics"),
        })
    }

    /// A reader of its fields, none read yet.
    pub fn fields(&self) -> Fields<'a> {
        Fields {
            data: self.data,
            used: Vec::new(),
        }
    }
}

/// The fields of a response as they are read: each read (or knowingly left out) is recorded,
/// so that what is left can still be shown.
pub struct Fields<'a> {
    data: &'a Value,
    used: Vec<String>,
}

impl<'a> Fields<'a> {
    pub fn data(&self) -> &'a Value {
        self.data
    }

    /// The first of `keys` (dotted paths under `base`, a dotted path from the root) that is
    /// there and not null.
    pub fn take(&mut self, base: &str, keys: &[&str]) -> Option<&'a Value> {
        let data = self.data;
        let obj = if base.is_empty() {
            data
        } else {
            pick(data, &[base])?
        };
        keys.iter().find_map(|k| {
            let v = pick(obj, &[k])?;
            self.used.push(join_path(base, k));
            Some(v)
        })
    }

    /// `take` for a value that must be read to be shown (a number, an amount): one that does
    /// not read stays unread, and is shown with the rest as it came.
    pub fn take_as<T>(
        &mut self,
        base: &str,
        keys: &[&str],
        read: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let n = self.used.len();
        let v = self.take(base, keys).and_then(&read);
        if v.is_none() {
            self.used.truncate(n);
        }
        v
    }

    pub fn text(&mut self, base: &str, keys: &[&str]) -> String {
        self.take(base, keys).map(value::plain).unwrap_or_default()
    }

    /// Fields known and deliberately not shown (they repeat what is shown, or say nothing to
    /// a person).
    pub fn skip(&mut self, base: &str, keys: &[&str]) {
        for k in keys {
            self.used.push(join_path(base, k));
        }
    }

    /// Whether the scalar at `path` (as `format::flatten` names it) was read, or lies inside
    /// something read.
    pub fn was_read(&self, path: &str) -> bool {
        self.used.iter().any(|u| {
            path == u
                || path
                    .strip_prefix(u.as_str())
                    .is_some_and(|r| r.starts_with(['.', '[']))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_documented_render_reads() {
        let r = Rendered::from_data(&json!({
            "refundOrderTemplate": {
                "refundReasons": [{"reasonDesc": "不想要了", "tips": "", "reasonId": 4001},
                                  {"reasonDesc": "质量问题", "tips": "请上传图片", "reasonId": "4002"}],
                "goodsStatusList": ["1", "2"],
                "maxRefundFee": {"minRefundFee": 1, "feeTips": "最多可退¥39.90", "refundFee": 3990, "canEditRefundFee": true}
            },
            "distributorId": "1223655000541", "currency": "CNY", "saleFlag": true
        }))
        .unwrap();
        assert_eq!(r.max, Some(3990));
        assert_eq!(r.min, Some(1));
        assert_eq!(r.reasons.len(), 2);
        assert_eq!(Rendered::reason_text(&r.reasons[0].0), "4001");
        assert_eq!(r.allowed, Some(true));
        // A render that only says no is still a render; one that says nothing is not.
        let no = Rendered::from_data(&json!({"saleFlag": false, "currency": "CNY"})).unwrap();
        assert_eq!(no.allowed, Some(false));
        assert!(Rendered::from_data(&json!({"totalPage": 1})).is_err());
        assert!(
            Rendered::from_data(
                &json!({"refundOrderTemplate": {"maxRefundFee": {"refundFee": "lots"}}})
            )
            .is_err()
        );
    }

    #[test]
    fn the_request_kind_needs_the_line_and_both_numbers() {
        let detail = json!({"refundOrderAggregate": {
            "refundOrder": {"refundType": 2, "goodsStatus": "1"},
            "purchaseOrderLine": {"purchaseOrderLineId": "3305075341149006186"}}});
        assert_eq!(request_kind(&detail), Some((3305075341149006186, 2, 1)));
        let no_line =
            json!({"refundOrder": {"refundType": 2, "goodsStatus": 1, "subOrderId": "0"}});
        assert_eq!(request_kind(&no_line), None);
    }

    #[test]
    fn a_return_route_reads_the_companies_and_the_receiver() {
        let r = ReturnRoute::from_data(&json!({
            "logisticsCompanies": [{"logisticsCompanyCode": "SF", "logisticsCompanyName": "顺丰快递"},
                                   {"code": "YTO", "name": "圆通"}],
            "logistics": {"receiverAddress": {"receiver": "张三", "detailAddress": "文一西路969号"}}
        }))
        .unwrap();
        assert_eq!(r.to, "张三, 文一西路969号");
        assert_eq!(
            r.companies,
            [
                ("SF".to_string(), "顺丰快递".to_string()),
                ("YTO".to_string(), "圆通".to_string())
            ]
        );
        assert!(ReturnRoute::from_data(&json!({"receiverAddress": "x"})).is_none());
    }

    #[test]
    fn a_detail_needs_its_refund_order() {
        let flat = json!({"refundOrder": {"refundId": "9"}});
        let d = Detail::from_data(&flat).unwrap();
        assert_eq!(
            (d.order.as_str(), d.line.as_str()),
            ("refundOrder", "purchaseOrderLine")
        );
        assert!(Detail::from_data(&json!({"refundId": "9"})).is_none());
    }
}
