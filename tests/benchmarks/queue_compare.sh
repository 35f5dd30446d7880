#!/usr/bin/env bash
# Queue benchmark: enqueue timing, 100 small jobs, the queue's overhead over a plain export of
# the same 1,000,000-row CSV job, and the cost of resuming a job killed at 50%.
#   tests/benchmarks/queue_compare.sh [ROWS]      (default 1000000)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../../scripts/lib/common.sh"
ROWS="${1:-1000000}"
WORK="${BENCH_DIR:-/tmp/defex-bench}"
ensure_packages "${BUILD_PACKAGES[@]}" time
build_project -DDEFEX_BUILD_TESTS=ON >/dev/null
BIN="$BUILD_DIR/bin/definitie-export"
mkdir -p "$WORK"
DB="$WORK/demo-$ROWS.db"
[ -f "$DB" ] || "$BIN" demo-db --rows "$ROWS" "$DB" 2>/dev/null
cat "$DB" >/dev/null

echo "| measurement | result |"
echo "|---|---|"
"$BUILD_DIR/tests/benchmarks/bench_queue"

secs() { /usr/bin/time -f "%e" -o "$WORK/t.txt" "$@" >/dev/null 2>&1; cat "$WORK/t.txt"; }
rm -f "$WORK/plain.csv"
PLAIN=$(secs "$BIN" export --quiet --database "$DB" --format csv --output "$WORK/plain.csv")
rm -rf "$WORK/qdata" "$WORK/queued.csv"
"$BIN" queue add --data-dir "$WORK/qdata" --database "$DB" --format csv --output "$WORK/queued.csv" >/dev/null
QUEUED=$(secs "$BIN" queue run --until-empty --data-dir "$WORK/qdata")
cmp -s "$WORK/plain.csv" "$WORK/queued.csv" && SAME="identical bytes" || SAME="DIFFERENT bytes"
echo "| plain export, $ROWS rows CSV | ${PLAIN} s |"
echo "| the same job through the queue (checkpoints, read-back, SHA-256) | ${QUEUED} s ($(awk -v a="$PLAIN" -v b="$QUEUED" 'BEGIN{printf "%+.1f%%", (b-a)*100/a}'), $SAME) |"

# Resume: kill the queue runner at about 50% and time the rest.
rm -rf "$WORK/qdata2" "$WORK/resumed.csv"
"$BIN" queue add --data-dir "$WORK/qdata2" --database "$DB" --format csv --output "$WORK/resumed.csv" >/dev/null
"$BIN" queue run --until-empty --data-dir "$WORK/qdata2" >/dev/null 2>&1 &
RUNNER=$!
while :; do
    pct=$("$BIN" queue list --json --data-dir "$WORK/qdata2" | /usr/bin/python3 -c 'import json,sys; j=json.load(sys.stdin)[0]; print(j["percent"])')
    [ "$pct" -ge 50 ] && break
    sleep 0.2
done
kill -KILL "$RUNNER"; wait "$RUNNER" 2>/dev/null || true
REST=$(secs "$BIN" queue run --until-empty --data-dir "$WORK/qdata2")
cmp -s "$WORK/plain.csv" "$WORK/resumed.csv" && SAME="identical bytes" || SAME="DIFFERENT bytes"
echo "| resume after SIGKILL at ${pct}% | ${REST} s = $(awk -v a="$QUEUED" -v b="$REST" 'BEGIN{printf "%.0f%%", b*100/a}') of a full queued run ($SAME) |"
rm -f "$WORK/plain.csv" "$WORK/queued.csv" "$WORK/resumed.csv"
