//! Reading the logistics response, for `order logistics` (every event) and `order show` (the
//! latest one): docs/api.md#taobao-order-logistics.

use serde_json::Value;

use crate::api::types::{pick, pick_text};
use crate::domain::value;
use crate::output::format;

const EVENT_LIST_KEYS: &[&str] = &[
    "traces",
    "logisticsSteps",
    "traceList",
    "logisticsTrace",
    "logisticsDetails",
    "details",
    "trackInfo",
    "trackingList",
    "nodes",
    "events",
];
pub(super) const EVENT_TIME_KEYS: &[&str] = &[
    "time",
    "acceptTime",
    "eventTime",
    "operateTime",
    "gmtCreate",
];
pub(super) const EVENT_TEXT_KEYS: &[&str] = &[
    "desc",
    "description",
    "context",
    "acceptStation",
    "remark",
    "standerdDesc",
    "action",
];

/// The logistics response is undocumented; these are the names Taobao's logistics APIs use,
/// and 1688's trace (`logisticsBillNo`, `logisticsSteps[{acceptTime, remark}]`,
/// docs/api.md#alibaba-order-logistics).
pub(super) fn packages(data: &Value) -> Vec<&Value> {
    match data {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        v => vec![v],
    }
}

pub(super) fn events(pkg: &Value) -> Option<&Vec<Value>> {
    EVENT_LIST_KEYS
        .iter()
        .find_map(|k| pkg.get(*k).and_then(Value::as_array))
}

/// "顺丰 SF1234 · 已签收 (2026-05-20 15:40:00)": company, number, and the latest event.
pub(super) fn tracking_summary(data: &Value) -> String {
    packages(data)
        .iter()
        .map(|p| {
            let mut s = [
                pick_text(
                    p,
                    &[
                        "logisticsCompanyName",
                        "companyName",
                        "logistic_company_name",
                        "cpName",
                    ],
                ),
                pick_text(
                    p,
                    &[
                        "logisticsNo",
                        "mailNo",
                        "trackingNumber",
                        "logistic_number",
                        "logisticNumer",
                        "logisticsBillNo",
                    ],
                ),
            ]
            .join(" ")
            .trim()
            .to_string();
            if let Some(last) = events(p).and_then(|e| latest(e)) {
                s = format!("{s} · {}", event_text(last, false))
                    .trim_start_matches(" · ")
                    .to_string();
            }
            s
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The newest event, whichever end of the list it is at.
fn latest(events: &[Value]) -> Option<&Value> {
    let t = |v: &Value| pick(v, EVENT_TIME_KEYS).and_then(value::parse_time);
    match (events.first(), events.last()) {
        (Some(a), Some(b)) => match (t(a), t(b)) {
            (Some(ta), Some(tb)) if ta > tb => Some(a),
            _ => Some(b),
        },
        _ => None,
    }
}

fn event_text(e: &Value, terminal: bool) -> String {
    let what = pick_text(e, EVENT_TEXT_KEYS);
    match pick(e, EVENT_TIME_KEYS) {
        Some(t) => format!("{what} ({})", format::time(t, terminal)),
        None => what,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tracking_reads_the_newest_event() {
        let d = json!({"logisticsCompanyName": "顺丰", "mailNo": "SF1", "traces": [
            {"time": "2026-05-21 10:00:00", "desc": "已签收"},
            {"time": "2026-05-20 10:00:00", "desc": "已揽件"}
        ]});
        let s = tracking_summary(&d);
        assert!(s.starts_with("顺丰 SF1 · 已签收 ("), "{s}");
        assert_eq!(tracking_summary(&json!([])), "");
    }
}
