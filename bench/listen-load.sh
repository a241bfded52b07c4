#!/usr/bin/env bash
# Ack latency of `pandapon listen` (BENCHMARKS.md, "Order messages"): a release build listens
# with an inbox of its own; examples/listen_load.rs posts RATE messages a second for SECONDS,
# once over pooled connections and once with a new connection per message, and checks that
# every acknowledged message is in the inbox.
#   bench/listen-load.sh [RATE=200] [SECONDS=10]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}
secs=${2:-10}
cargo build --release --quiet --bin pandapon --example listen_load
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"
echo "inbox on: $(df -T "$work" | awk 'NR==2 {print $2" ("$1")"}')"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in pooled fresh; do
  rm -rf "$work/inbox"
  XDG_DATA_HOME="$work/data" target/release/pandapon listen --port 0 --inbox "$work/inbox" \
    >"$work/out" 2>"$work/err" &
  pid=$!
  for _ in $(seq 200); do [ -s "$work/inbox/listen.json" ] && break; sleep 0.05; done
  url=$(sed 's/.*"url":"\([^"]*\)".*/\1/' "$work/inbox/listen.json")
  echo
  target/release/examples/listen_load "$url" "$work/inbox" "$rate" "$secs" "$mode" || status=$?
  kill -INT "$pid"
  wait "$pid" || true
  echo "listen printed $(wc -l <"$work/out") lines; $(tail -1 "$work/err")"
  grep 'to the inbox took' "$work/err" | sed 's/^/listen: /' || echo "listen: no sync of the inbox took 100 ms or more"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${status:-0}"
