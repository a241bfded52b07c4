#!/usr/bin/env bash
# The pandapon benchmark (issue 6): builds the release binary, seeds a sandbox with 10,000
# orders, serves it on loopback and measures, side by side, pandapon against the hand-rolled
# bench/curl-sign.sh. Prints medians, ratios and each target; leaves nothing running.
#
#   bench/run.sh            the full run (about 3 minutes on 2 cores)
#   bench/run.sh --quick    fewer runs, for a smoke test; do not quote its numbers
#
# Needs: hyperfine, curl, md5sum, script (util-linux), bash. Peak memory uses /usr/bin/time
# when it is there, else a small getrusage wrapper (examples/peak_rss.rs) built here.
# Run it on a quiet machine: the load average is printed before each part.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quick=0
[ "${1:-}" = "--quick" ] && quick=1
# Runs per measurement: (full quick)
runs() { if [ $quick = 1 ]; then echo "$2"; else echo "$1"; fi; }

need() {
  command -v "$1" >/dev/null || { echo "error: $1 is missing. $2" >&2; exit 2; }
}
need hyperfine "Install it: sudo apt-get install hyperfine (Debian, Ubuntu), or cargo install hyperfine."
need curl "Install it: sudo apt-get install curl."
need md5sum "Install it: sudo apt-get install coreutils."
need script "Install it: sudo apt-get install util-linux (or bsdutils on older Debian)."

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== Building the release binary"
cd "$root"
cargo build --release --quiet
bin=$root/target/release/pandapon
# Before HOME moves to the scratch directory below (rustup looks for its toolchains there).
toolchain=$(rustc -V)
if [ -x /usr/bin/time ]; then
  rss_tool=(/usr/bin/time -f %M -o)
else
  cargo build --release --quiet --example peak_rss
  rss_tool=("$root/target/release/examples/peak_rss")
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Nothing from this machine's profile or environment: the sandbox account only.
for v in $(env | sed -n 's/^\(PANDAPON_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export PANDAPON_ACCESS_KEY=sandbox-access-key PANDAPON_ACCESS_SECRET=sandbox-access-secret
export PANDAPON_USER_ID=2100007341207
mkdir -p "$HOME"

# The seed's 5 orders and 9,995 synthetic ones (deterministic): 100 pages of 100.
state=$work/state.json
"$bin" sandbox reset --state "$state" --orders 9995 2>/dev/null

# Starts `sandbox serve` on a free port and sets $url. (Not in a $(...) subshell: the
# cleanup must see every pid.)
serve() {
  local name=$1
  shift
  "$bin" --json sandbox serve --port 0 --state "$state" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  url=
  for _ in $(seq 100); do
    url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/$name.out")
    [ -n "$url" ] && return
    sleep 0.05
  done
  echo "error: the sandbox did not start: $(cat "$work/$name.err")" >&2
  exit 1
}
serve fast
fast=$url
serve slow --latency-ms 20
slow=$url

# hyperfine CSV: command,mean,stddev,median,user,system,min,max (seconds). Row N's median in ms.
median_ms() { awk -F, -v n="$2" 'NR == n + 1 { printf "%.1f", $(NF-4) * 1000 }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { if [ "$1" = 1 ]; then echo met; else echo MISSED; fi; }
# 1 when the awk condition on x holds (parenthesised: `print x > y` would redirect).
holds() { awk -v x="$1" "BEGIN { print ((${2}) ? 1 : 0) }"; }
# The median of five peak RSS readings (KiB) of a command; with "pty", inside a pseudo-terminal.
peak_kib() {
  local pty=$1
  shift
  local vals=()
  for _ in 1 2 3 4 5; do
    if [ "$pty" = pty ]; then
      script -qec "$(printf '%q ' "${rss_tool[@]}" "$work/rss" "$@")" /dev/null >/dev/null
    else
      "${rss_tool[@]}" "$work/rss" "$@" >/dev/null
    fi
    vals+=("$(tr -d '\r' <"$work/rss")")
  done
  printf '%s\n' "${vals[@]}" | sort -n | sed -n 3p
}
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

summary=$work/summary.md
row() { printf '| %s | %s | %s | %s | %s |\n' "$@" >>"$summary"; }
{
  echo "| Item | Measured (median) | Compared with | Target | Result |"
  echo "|---|---|---|---|---|"
} >"$summary"

echo "== Machine"
echo "cpus: $(nproc); cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); kernel: $(uname -r)"
echo "$toolchain; $(hyperfine --version); $(script --version); peak memory via ${rss_tool[0]}"
echo "load average at start: $(load)"

echo
echo "== 1. Start-up (load $(load))"
hyperfine -N --warmup 20 --runs "$(runs 200 30)" --export-csv "$work/startup.csv" \
  "$bin --version" "$bin --help"
v=$(median_ms "$work/startup.csv" 1)
h=$(median_ms "$work/startup.csv" 2)
row "1. \`--version\`" "$v ms" "" "< 5 ms" "$(verdict "$(holds "$v" 'x < 5')")"
row "1. \`--help\`" "$h ms" "" "< 5 ms" "$(verdict "$(holds "$h" 'x < 5')")"

echo
echo "== 2. One signed call: pandapon cart list --json vs bench/curl-sign.sh (load $(load))"
export PANDAPON_BASE_URL=$fast
hyperfine -N --warmup 10 --runs "$(runs 100 20)" --export-csv "$work/one.csv" \
  "$bin cart list --json" \
  "$root/bench/curl-sign.sh GET /v2/taobao/cart/list?pageNo=1&pageSize=20"
p=$(median_ms "$work/one.csv" 1)
c=$(median_ms "$work/one.csv" 2)
r=$(ratio "$p" "$c")
row "2. one signed call, \`cart list --json\`" "$p ms" "curl-sign.sh $c ms: ${r}x" "<= 1.0x" \
  "$(verdict "$(holds "$r" 'x <= 1.0')")"

echo
echo "== 3. Volume, the sandbox adding 20 ms per request (load $(load))"
# The ids of the 200 newest orders, and every id in list order, from the fast sandbox.
"$bin" order list --all --json | grep -o '"orderId":[0-9]*' >"$work/list.ids"
ids=$(head -200 "$work/list.ids" | cut -d: -f2 | tr '\n' ' ')
export PANDAPON_BASE_URL=$slow
# Results must come back complete and in the original order, whatever the concurrency.
check_order() {
  local what=$1 expected=$2
  shift 2
  "$@" | grep -o '"orderId":[0-9]*' >"$work/got.ids" || true
  if ! cmp -s "$work/got.ids" "$expected"; then
    echo "error: $what: the results are not the expected ids in the original order" >&2
    exit 1
  fi
}
head -200 "$work/list.ids" >"$work/show.ids"
check_order "order list --all" "$work/list.ids" "$bin" order list --all --json
check_order "order list --all, --concurrency 1" "$work/list.ids" "$bin" --concurrency 1 order list --all --json
check_order "the script's order list" "$work/list.ids" "$root/bench/curl-loop.sh" pages 100 100
# shellcheck disable=SC2086
check_order "order show" "$work/show.ids" "$bin" order show $ids --json
# shellcheck disable=SC2086
check_order "the script's order show" "$work/show.ids" "$root/bench/curl-loop.sh" show $ids
echo "order check: all three print the same ids in the same order"
hyperfine -N --warmup 1 --runs "$(runs 5 2)" --export-csv "$work/list.csv" \
  "$bin order list --all --json" \
  "$bin --concurrency 1 order list --all --json" \
  "$root/bench/curl-loop.sh pages 100 100"
hyperfine -N --warmup 1 --runs "$(runs 5 2)" --export-csv "$work/show.csv" \
  -n "pandapon order show <200 ids> --json" "$bin order show $ids --json" \
  -n "pandapon --concurrency 1 order show <200 ids> --json" "$bin --concurrency 1 order show $ids --json" \
  -n "bench/curl-loop.sh show <200 ids>" "$root/bench/curl-loop.sh show $ids"
for what in list show; do
  d=$(median_ms "$work/$what.csv" 1)
  one=$(median_ms "$work/$what.csv" 2)
  s=$(median_ms "$work/$what.csv" 3)
  r=$(ratio "$s" "$d")
  if [ $what = list ]; then label="\`order list --all\`, 100 pages of 100"; else label="\`order show\`, 200 ids"; fi
  row "3. $label, concurrency 8" "$d ms" "script loop $s ms: ${r}x faster; --concurrency 1 $one ms: $(ratio "$one" "$d")x" \
    ">= 8x faster than the loop" "$(verdict "$(holds "$r" 'x >= 8')")"
done

echo
echo "== 4. Rendering 10,000 orders (load $(load))"
export PANDAPON_BASE_URL=$fast
lines=$(script -qec "$bin order list --all" /dev/null | wc -l)
objects=$("$bin" order list --all --json | grep -o '"orderId":' | wc -l)
echo "table: $lines lines on a pty (10,000 rows + 4 rules and header); JSON: $objects orders"
[ "$lines" = 10004 ] && [ "$objects" = 10000 ] || { echo "error: unexpected output size" >&2; exit 1; }
# The table is timed inside the pty (hyperfine in `script`), so the pty harness's own start-up
# is not counted; the output still goes through the terminal.
script -qec "hyperfine -N --output=inherit --warmup 3 --runs $(runs 20 5) --export-csv $work/table.csv '$bin order list --all'" /dev/null >/dev/null
# For the record (no target): a 120-column terminal, where the table is too wide and
# comfy-table wraps the Items column.
script -qec "COLUMNS=120 hyperfine -N --output=inherit --warmup 3 --runs $(runs 20 5) --export-csv $work/wrap.csv '$bin order list --all'" /dev/null >/dev/null
hyperfine -N --warmup 3 --runs "$(runs 20 5)" --export-csv "$work/render.csv" \
  "$bin order list --all --json" "$bin order list --all"
t=$(median_ms "$work/table.csv" 1)
j=$(median_ms "$work/render.csv" 1)
tsv=$(median_ms "$work/render.csv" 2)
w=$(median_ms "$work/wrap.csv" 1)
echo "medians: table on a pty $t ms (wrapped to 120 columns: $w ms), JSON $j ms, tab-separated (piped) $tsv ms"
t_rss=$(peak_kib pty "$bin" order list --all)
j_rss=$(peak_kib pipe "$bin" order list --all --json)
echo "peak RSS: table $(mib "$t_rss") MiB, JSON $(mib "$j_rss") MiB"
for x in "table on a pty:$t:$t_rss" "\`--json\`:$j:$j_rss"; do
  IFS=: read -r label ms kib <<<"$x"
  row "4. 10,000 orders, $label" "$ms ms, $(mib "$kib") MiB peak" "" "< 150 ms, < 64 MiB" \
    "$(verdict "$(( $(holds "$ms" 'x < 150') && kib < 65536 ))")"
done

row "4. (for the record) the same table wrapped to 120 columns" "$w ms" "" "none" "-"
row "4. (for the record) tab-separated, piped" "$tsv ms" "" "none" "-"

echo
echo "== 5. Size and memory of one call (load $(load))"
size=$(stat -c %s "$bin")
one_rss=$(peak_kib pipe "$bin" cart list --json)
echo "binary: $size bytes; peak RSS of cart list --json: $one_rss KiB"
row "5. binary size" "$(awk -v b="$size" 'BEGIN { printf "%.2f MiB", b / 1048576 }')" "" "reported" "-"
row "5. peak memory of one call" "$(mib "$one_rss") MiB" "" "reported" "-"

echo
echo "== Summary (load at the end: $(load))"
cat "$summary"
mkdir -p "$root/target/bench"
cp "$summary" "$root/target/bench/summary.md"
echo
echo "(also in target/bench/summary.md)"
