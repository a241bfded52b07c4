#!/usr/bin/env bash
# The pandapon benchmark (issues 6 and 14): builds the release binary, seeds sandboxes with
# 10,000 and 200,000 orders, serves them on loopback and measures, side by side, pandapon
# against the hand-rolled bench/curl-sign.sh and against the latency limit of a paged walk.
# Prints medians, ratios and each target; leaves nothing running.
#
#   bench/run.sh            the full run (about 8 minutes on 2 cores)
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

# The seed's 5 orders and 9,995 synthetic ones (deterministic): 100 pages of 100. And a
# state of 200,000 orders (2,000 pages, about 100 MB of state file) for memory at scale.
state=$work/state.json
"$bin" sandbox reset --state "$state" --orders 9995 2>/dev/null
big_state=$work/big.json
"$bin" sandbox reset --state "$big_state" --orders 199995 2>/dev/null

# Starts `sandbox serve` on a free port and sets $url. (Not in a $(...) subshell: the
# cleanup must see every pid.)
serve() {
  local name=$1 from=$2
  shift 2
  "$bin" --json sandbox serve --port 0 --state "$from" "$@" >"$work/$name.out" 2>"$work/$name.err" &
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
serve fast "$state"
fast=$url
serve slow "$state" --latency-ms 20
slow=$url
serve big "$big_state"
big=$url

# hyperfine CSV: command,mean,stddev,median,user,system,min,max (seconds). Row N's median in ms.
median_ms() { awk -F, -v n="$2" 'NR == n + 1 { printf "%.1f", $(NF-4) * 1000 }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { if [ "$1" = 1 ]; then echo met; else echo MISSED; fi; }
# 1 when the awk condition on x holds (parenthesised: `print x > y` would redirect).
holds() { awk -v x="$1" "BEGIN { print ((${2}) ? 1 : 0) }"; }
# The median of N peak RSS readings (KiB) of a command; with "pty", inside a pseudo-terminal.
peak_kib() { peak_kib_n 5 "$@"; }
peak_kib_n() {
  local n=$1 pty=$2
  shift 2
  local vals=()
  for _ in $(seq "$n"); do
    if [ "$pty" = pty ]; then
      script -qec "$(printf '%q ' "${rss_tool[@]}" "$work/rss" "$@")" /dev/null >/dev/null
    else
      "${rss_tool[@]}" "$work/rss" "$@" >/dev/null
    fi
    vals+=("$(tr -d '\r' <"$work/rss")")
  done
  printf '%s\n' "${vals[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p"
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
echo "== Target 5. Start-up (load $(load))"
hyperfine -N --warmup 20 --runs "$(runs 200 30)" --export-csv "$work/startup.csv" \
  "$bin --version" "$bin --help"
v=$(median_ms "$work/startup.csv" 1)
h=$(median_ms "$work/startup.csv" 2)
row "5. \`--version\`" "$v ms" "" "< 5 ms" "$(verdict "$(holds "$v" 'x < 5')")"
row "5. \`--help\`" "$h ms" "" "< 5 ms" "$(verdict "$(holds "$h" 'x < 5')")"

echo
echo "== Target 5. One signed call: pandapon cart list --json vs bench/curl-sign.sh (load $(load))"
export PANDAPON_BASE_URL=$fast
hyperfine -N --warmup 10 --runs "$(runs 100 20)" --export-csv "$work/one.csv" \
  "$bin cart list --json" \
  "$root/bench/curl-sign.sh GET /v2/taobao/cart/list?pageNo=1&pageSize=20"
p=$(median_ms "$work/one.csv" 1)
c=$(median_ms "$work/one.csv" 2)
r=$(ratio "$p" "$c")
row "5. one signed call, \`cart list --json\`" "$p ms" "curl-sign.sh $c ms: ${r}x" "<= 0.2x" \
  "$(verdict "$(holds "$r" 'x <= 0.2')")"

echo
echo "== Target 1. Paging against the latency limit, the sandbox adding 20 ms per request (load $(load))"
# The ids of the 200 newest orders, and every id in list order, from the fast sandbox.
"$bin" order list --all --json | grep -o '"orderId":"[0-9]*"' | tr -d '"' >"$work/list.ids"
ids=$(head -200 "$work/list.ids" | cut -d: -f2 | tr '\n' ' ')
export PANDAPON_BASE_URL=$slow
# Results must come back complete and in the original order, whatever the concurrency.
# (The script prints the API's numbers; pandapon prints ids as strings.)
check_order() {
  local what=$1 expected=$2
  shift 2
  "$@" | grep -o '"orderId":"\?[0-9]*' | tr -d '"' >"$work/got.ids" || true
  if ! cmp -s "$work/got.ids" "$expected"; then
    echo "error: $what: the results are not the expected ids in the original order" >&2
    exit 1
  fi
}
head -200 "$work/list.ids" >"$work/show.ids"
check_order "order list --all" "$work/list.ids" "$bin" order list --all --json
check_order "order list --all, --concurrency 32" "$work/list.ids" "$bin" --concurrency 32 order list --all --json
check_order "api --paginate" "$work/list.ids" "$bin" api taobao.order.list -F pageSize=100 --paginate
check_order "the script's order list" "$work/list.ids" "$root/bench/curl-loop.sh" pages 100 100
# shellcheck disable=SC2086
check_order "order show" "$work/show.ids" "$bin" order show $ids --json
echo "order check: pandapon and the script print the same ids in the same order"
# The latency limit of P pages at concurrency C: page 1, then ceil((P-1)/C) rounds.
limit_ms() { awk -v c="$1" 'BEGIN { r = int(99 / c); if (r * c < 99) r++; printf "%.0f", 20 * (1 + r) }'; }
hyperfine -N --warmup 1 --runs "$(runs 7 2)" --export-csv "$work/curve.csv" \
  "$bin --concurrency 8 order list --all --json" \
  "$bin --concurrency 16 order list --all --json" \
  "$bin --concurrency 32 order list --all --json" \
  "$root/bench/curl-loop.sh pages 100 100"
loop=$(median_ms "$work/curve.csv" 4)
n=1
for c in 8 16 32; do
  d=$(median_ms "$work/curve.csv" $n)
  l=$(limit_ms $c)
  r=$(ratio "$d" "$l")
  extra=""
  [ $c = 8 ] && extra="; script loop $loop ms: $(ratio "$loop" "$d")x slower"
  row "1. \`order list --all --json\`, 100 pages of 100, 20 ms, concurrency $c" "$d ms" \
    "limit $l ms: ${r}x$extra" "<= 1.2x the limit" "$(verdict "$(holds "$r" 'x <= 1.2')")"
  n=$((n + 1))
done
echo "curve: C=8 $(median_ms "$work/curve.csv" 1) ms, C=16 $(median_ms "$work/curve.csv" 2) ms, C=32 $(median_ms "$work/curve.csv" 3) ms; loop $loop ms"

echo
echo "== Target 4. The new commands against the curl loop, 20 ms per request (load $(load))"
# 200 product ids from the sandbox's catalogue: its 240 Taobao products are in the top-level
# categories 14, 16, 21 and 50.
for c in 14 16 21 50; do
  "$bin" api taobao.product.search -F categoryId=$c -F pageSize=40 --paginate
done | grep -o '"itemMapId":"[^"]*"' | cut -d'"' -f4 | head -200 >"$work/goods.ids"
goods=$(tr '\n' ' ' <"$work/goods.ids")
[ "$(wc -l <"$work/goods.ids")" = 200 ] || { echo "error: expected 200 product ids" >&2; exit 1; }
# shellcheck disable=SC2086
hyperfine -N --warmup 1 --runs "$(runs 5 2)" --export-csv "$work/new.csv" \
  -n "pandapon goods show <200 ids> --json" "$bin goods show $goods --json" \
  -n "bench/curl-loop.sh goods <200 ids>" "$root/bench/curl-loop.sh goods $goods" \
  -n "pandapon api taobao.order.list -F pageSize=100 --paginate" "$bin api taobao.order.list -F pageSize=100 --paginate" \
  -n "pandapon order show <200 ids> --json" "$bin order show $ids --json" \
  -n "bench/curl-loop.sh show <200 ids>" "$root/bench/curl-loop.sh show $ids"
g=$(median_ms "$work/new.csv" 1)
gl=$(median_ms "$work/new.csv" 2)
a=$(median_ms "$work/new.csv" 3)
os=$(median_ms "$work/new.csv" 4)
osl=$(median_ms "$work/new.csv" 5)
r=$(ratio "$gl" "$g")
row "4. \`goods show\`, 200 ids, concurrency 8" "$g ms" "script loop $gl ms: ${r}x faster" ">= 8x" \
  "$(verdict "$(holds "$r" 'x >= 8')")"
r=$(ratio "$loop" "$a")
row "4. \`api --paginate\`, 100 pages of 100" "$a ms" "script loop $loop ms: ${r}x faster" ">= 8x" \
  "$(verdict "$(holds "$r" 'x >= 8')")"
r=$(ratio "$osl" "$os")
row "(record) \`order show\`, 200 ids" "$os ms" "script loop $osl ms: ${r}x faster" ">= 8x (issue 6)" \
  "$(verdict "$(holds "$r" 'x >= 8')")"

echo
echo "== Target 2. Streaming: time to the first row, 20 ms per request (load $(load))"
# Milliseconds from start to the first byte (JSON array) or line on stdout, and to the end.
first_row() {
  local mode=$1
  shift
  local s t1 t2
  s=$(date +%s%N)
  "$@" | {
    if [ "$mode" = byte ]; then IFS= read -r -N 1 _; else IFS= read -r _; fi
    t1=$(date +%s%N)
    cat >/dev/null
    t2=$(date +%s%N)
    echo "$(((t1 - s) / 1000)) $(((t2 - s) / 1000))"
  }
}
median_of() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'; }
for form in "json byte --json" "lines line --json-lines" "tsv line"; do
  read -r name mode flag <<<"$form"
  : >"$work/first.$name"
  : >"$work/total.$name"
  for _ in $(seq "$(runs 7 3)"); do
    # shellcheck disable=SC2086
    read -r f t < <(first_row "$mode" "$bin" order list --all $flag)
    echo "$f" >>"$work/first.$name"
    echo "$t" >>"$work/total.$name"
  done
  f=$(median_of <"$work/first.$name")
  t=$(median_of <"$work/total.$name")
  row "2. time to the first row, \`order list --all${flag:+ $flag}\` (${name})" "$f ms" \
    "last row at $t ms" "before the last page" "$(verdict "$(holds "$f" "x < $t - 20")")"
done

echo
echo "== Target 2. Streaming: peak memory at 10,000 and 200,000 orders (load $(load))"
export PANDAPON_BASE_URL=$fast
objects=$("$bin" order list --all --json | grep -o '"orderId":' | wc -l)
[ "$objects" = 10000 ] || { echo "error: expected 10,000 orders, got $objects" >&2; exit 1; }
export PANDAPON_BASE_URL=$big
lines=$("$bin" order list --all --json-lines | wc -l)
[ "$lines" = 200000 ] || { echo "error: expected 200,000 orders, got $lines" >&2; exit 1; }
for n in 10000 200000; do
  if [ $n = 10000 ]; then export PANDAPON_BASE_URL=$fast; k=5; else export PANDAPON_BASE_URL=$big; k=$(runs 3 1); fi
  for form in "--json" "--json-lines" ""; do
    # shellcheck disable=SC2086
    kib=$(peak_kib_n "$k" pipe "$bin" order list --all $form)
    label=${form:-tab-separated}
    echo "peak RSS, $n orders, $label: $(mib "$kib") MiB"
    row "2. peak memory, $n orders, \`order list --all\` ${label}" "$(mib "$kib") MiB" "" "< 32 MiB" \
      "$(verdict "$((kib < 32768))")"
  done
done
export PANDAPON_BASE_URL=$big
hyperfine -N --warmup 0 --runs "$(runs 3 1)" --export-csv "$work/big.csv" \
  "$bin order list --all --json" "$bin order list --all"
echo "200,000 orders from a local sandbox: --json $(median_ms "$work/big.csv" 1) ms, tab-separated $(median_ms "$work/big.csv" 2) ms"
row "(record) 200,000 orders, \`--json\` / tab-separated, wall" "$(median_ms "$work/big.csv" 1) / $(median_ms "$work/big.csv" 2) ms" "" "none" "-"

echo
echo "== Target 3. Rendering 10,000 orders (load $(load))"
export PANDAPON_BASE_URL=$fast
lines=$(script -qec "$bin order list --all" /dev/null | wc -l)
echo "table: $lines lines on a pty (10,000 rows + 4 rules and header)"
[ "$lines" = 10004 ] || { echo "error: unexpected output size" >&2; exit 1; }
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
echo "peak RSS: table $(mib "$t_rss") MiB"
row "3. 10,000 orders, table on a pty" "$t ms, $(mib "$t_rss") MiB peak" "" "< 100 ms" \
  "$(verdict "$(holds "$t" 'x < 100')")"
row "(record) 10,000 orders, \`--json\` / tab-separated, piped" "$j / $tsv ms" "" "none" "-"
row "(record) the table wrapped to 120 columns" "$w ms" "" "none" "-"

echo
echo "== Size and memory of one call (load $(load))"
size=$(stat -c %s "$bin")
one_rss=$(peak_kib pipe "$bin" cart list --json)
echo "binary: $size bytes; peak RSS of cart list --json: $one_rss KiB"
row "(record) binary size" "$(awk -v b="$size" 'BEGIN { printf "%.2f MiB", b / 1048576 }')" "" "reported" "-"
row "(record) peak memory of one call" "$(mib "$one_rss") MiB" "" "reported" "-"

echo
echo "== Summary (load at the end: $(load))"
cat "$summary"
mkdir -p "$root/target/bench"
cp "$summary" "$root/target/bench/summary.md"
echo
echo "(also in target/bench/summary.md)"
