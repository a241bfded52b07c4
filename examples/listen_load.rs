//! Load for `pandapon listen` (bench/listen-load.sh): posts order messages at a fixed rate, as
//! PandaPon would, measures how long each takes to be acknowledged, then checks that every
//! acknowledged message is in the inbox.
//!
//! Usage: listen_load URL INBOX_DIR [RATE=200] [SECONDS=10] [pooled|fresh]
//!
//! Open loop: message i leaves at start + i/RATE whether or not earlier ones were answered,
//! so a slow acknowledgement shows as latency instead of quietly lowering the rate. Each
//! message is a distinct order, so none is a duplicate. `fresh` opens a connection per
//! message (a sender that keeps none alive); `pooled` reuses them.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::HashSet;
use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(url), Some(inbox)) = (args.first(), args.get(1)) else {
        eprintln!("usage: listen_load URL INBOX_DIR [RATE=200] [SECONDS=10] [pooled|fresh]");
        return ExitCode::from(2);
    };
    let rate: u64 = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(200);
    let secs: u64 = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(10);
    let fresh = args.get(4).is_some_and(|m| m == "fresh");
    let floor = disk_floor(std::path::Path::new(inbox), rate);
    println!(
        "the disk's own floor, same directory: append + fdatasync of one line at {rate}/s: p50 {} p99 {} max {}",
        ms(percentile(&floor, 50.0)),
        ms(percentile(&floor, 99.0)),
        ms(floor.last().copied().unwrap_or_default())
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let results = rt.block_on(run(url.clone(), rate, secs, fresh));
    report(&results, rate, secs, fresh, std::path::Path::new(inbox))
}

struct Sent {
    order: String,
    status: Option<u16>,
    latency: Duration,
}

async fn run(url: String, rate: u64, secs: u64, fresh: bool) -> Vec<Sent> {
    let mut b = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_millis(1000));
    if fresh {
        b = b.pool_max_idle_per_host(0);
    }
    let client = b.build().unwrap();
    let run_id = std::process::id();
    let total = rate * secs;
    let start = tokio::time::Instant::now() + Duration::from_millis(50);
    let mut tasks = Vec::with_capacity(total as usize);
    for i in 0..total {
        tokio::time::sleep_until(start + Duration::from_micros(i * 1_000_000 / rate)).await;
        let order = format!("{run_id}{i:07}");
        // Xport's example shape (docs/api.md#callbacks), the body a JSON string.
        let inner = format!(
            r#"{{"orderId":"{order}","orderStatus":"WAITING_FOR_SENT","payStatus":2,"totalAmount":10000,"shippingFee":500,"productAmount":9500}}"#
        );
        let body = serde_json::json!({
            "messageType": "ORDER_PAY_SUCCESS",
            "messageBody": inner,
            "messagePlatform": 1,
            "timestamp": (1_779_263_269_913u64 + i).to_string(),
        })
        .to_string();
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let r = client
                .post(&url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await;
            let latency = t.elapsed();
            Sent {
                order,
                status: r.ok().map(|r| r.status().as_u16()),
                latency,
            }
        }));
    }
    let mut out = Vec::with_capacity(tasks.len());
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// What one acknowledgement cannot beat on this disk: a line appended and synced, 2 s of
/// them at the same pace, beside the inbox (sorted).
fn disk_floor(inbox: &std::path::Path, rate: u64) -> Vec<Duration> {
    use std::io::Write;
    let path = inbox.with_file_name("floor.tmp");
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .unwrap();
    let line = [b'x'; 400];
    let mut out = Vec::new();
    for _ in 0..rate * 2 {
        let t = Instant::now();
        f.write_all(&line).unwrap();
        f.sync_data().unwrap();
        out.push(t.elapsed());
        std::thread::sleep(Duration::from_micros(1_000_000 / rate).saturating_sub(t.elapsed()));
    }
    let _ = std::fs::remove_file(&path);
    out.sort();
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[i.clamp(1, sorted.len()) - 1]
}

fn report(r: &[Sent], rate: u64, secs: u64, fresh: bool, inbox: &std::path::Path) -> ExitCode {
    let acked: Vec<&Sent> = r.iter().filter(|s| s.status == Some(200)).collect();
    let mut lat: Vec<Duration> = acked.iter().map(|s| s.latency).collect();
    lat.sort();
    let kept: HashSet<String> = match pandapon::messages::inbox::load(inbox) {
        Ok(l) => l.records.into_iter().filter_map(|r| r.order_id).collect(),
        Err(e) => {
            eprintln!("cannot read the inbox {}: {e}", inbox.display());
            return ExitCode::from(1);
        }
    };
    let lost = acked.iter().filter(|s| !kept.contains(&s.order)).count();
    println!(
        "{} messages at {rate}/s for {secs} s ({})",
        r.len(),
        if fresh {
            "a new connection per message"
        } else {
            "pooled connections"
        }
    );
    println!(
        "acknowledged (200) {} of {}; other answers {}; no answer {}",
        acked.len(),
        r.len(),
        r.iter()
            .filter(|s| s.status.is_some_and(|c| c != 200))
            .count(),
        r.iter().filter(|s| s.status.is_none()).count()
    );
    println!(
        "ack latency: p50 {} p90 {} p99 {} max {}",
        ms(percentile(&lat, 50.0)),
        ms(percentile(&lat, 90.0)),
        ms(percentile(&lat, 99.0)),
        ms(lat.last().copied().unwrap_or_default())
    );
    println!("acknowledged but not in the inbox: {lost}");
    let ok =
        acked.len() == r.len() && lost == 0 && percentile(&lat, 99.0) < Duration::from_millis(20);
    println!(
        "target (all acknowledged, p99 < 20 ms, none lost): {}",
        if ok { "met" } else { "MISSED" }
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
