#!/usr/bin/env bash
# Measures definitie-export against its peers on the same rows and columns (BASIS level, examples
# aggregated), all in one run on this machine, and prints one Markdown table.
#   tests/benchmarks/compare.sh [ROWS]        (default 1000000; pandas runs on 100,000)
# Work files go to $BENCH_DIR (default /tmp/defex-bench); the demo databases are kept for reuse.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../../scripts/lib/common.sh"

ROWS="${1:-1000000}"
PANDAS_ROWS=$(( ROWS < 100000 ? ROWS : 100000 ))
WORK="${BENCH_DIR:-/tmp/defex-bench}"
QUERY="$HERE/basis_query.sql"
ensure_packages "${BUILD_PACKAGES[@]}" sqlite3 gzip pigz time python3-xlsxwriter python3-pandas python3-openpyxl
build_project -DDEFEX_BUILD_TESTS=OFF >/dev/null
BIN="$BUILD_DIR/bin/definitie-export"
mkdir -p "$WORK"

make_db() { # rows file
    if [ ! -f "$2" ]; then
        /usr/bin/time -f "%e s, %M KB" -o "$WORK/demo-time.txt" "$BIN" demo-db --rows "$1" "$2" 2>/dev/null
        say "demo-db --rows $1: $(cat "$WORK/demo-time.txt"), $(du -h "$2" | cut -f1)"
    fi
}
DB="$WORK/demo-$ROWS.db"
DB_SMALL="$WORK/demo-$PANDAS_ROWS.db"
make_db "$ROWS" "$DB"
make_db "$PANDAS_ROWS" "$DB_SMALL"
cat "$DB" "$DB_SMALL" >/dev/null # every run starts with the databases in the page cache

ROWS_TABLE=()
declare -A SECONDS_OF
# run NAME ROWS OUTPUT COMMAND... : times COMMAND, records seconds, output size and peak memory.
run() {
    local name="$1" rows="$2" out="$3"
    shift 3
    rm -f "$out"
    say "running: $name"
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" \
        || { cat "$WORK/stderr.txt" >&2; say "FAILED: $name"; exit 1; }
    local secs kb size
    read -r secs kb < "$WORK/time.txt"
    size=$(stat -c %s "$out")
    SECONDS_OF["$name"]="$secs"
    # Tab-separated: the names of the pipelines hold "|".
    ROWS_TABLE+=("$name"$'\t'"$rows"$'\t'"$secs"$'\t'"$(awk -v b="$size" 'BEGIN{printf "%.1f", b/1e6}')"$'\t'"$(awk -v k="$kb" 'BEGIN{printf "%.0f", k/1024}')")
    echo "$size" > "$WORK/size-$(echo "$name" | tr -c 'a-zA-Z0-9' '_')"
    [ -n "${KEEP_OUTPUT:-}" ] || rm -f "$out"
}
size_of() { cat "$WORK/size-$(echo "$1" | tr -c 'a-zA-Z0-9' '_')"; }

E=(export --quiet --level basis)
KEEP_OUTPUT=1 run "definitie-export csv" "$ROWS" "$WORK/ours.csv" "$BIN" "${E[@]}" --database "$DB" --format csv --output "$WORK/ours.csv"
# The size reference for compression: gzip -6 of exactly the bytes we compress.
REF_GZ_SIZE=$(gzip -6 -c "$WORK/ours.csv" | wc -c)
rm -f "$WORK/ours.csv"
run "sqlite3 -csv" "$ROWS" "$WORK/peer.csv" bash -c "sqlite3 -readonly -csv -header '$DB' < '$QUERY' > '$WORK/peer.csv'"
run "definitie-export csv --gzip" "$ROWS" "$WORK/ours.csv.gz" "$BIN" "${E[@]}" --database "$DB" --format csv --gzip --output "$WORK/ours.csv.gz"
run "sqlite3 -csv | gzip -6" "$ROWS" "$WORK/peer.csv.gz" bash -c "sqlite3 -readonly -csv -header '$DB' < '$QUERY' | gzip -6 > '$WORK/peer.csv.gz'"
run "sqlite3 -csv | pigz -6" "$ROWS" "$WORK/pigz.csv.gz" bash -c "sqlite3 -readonly -csv -header '$DB' < '$QUERY' | pigz -6 > '$WORK/pigz.csv.gz'"
run "definitie-export xlsx" "$ROWS" "$WORK/ours.xlsx" "$BIN" "${E[@]}" --database "$DB" --format xlsx --output "$WORK/ours.xlsx"
run "python3-xlsxwriter (constant_memory)" "$ROWS" "$WORK/peer.xlsx" /usr/bin/python3 "$HERE/xlsxwriter_peer.py" "$DB" "$QUERY" "$WORK/peer.xlsx"
run "definitie-export xlsx (small db)" "$PANDAS_ROWS" "$WORK/ours-small.xlsx" "$BIN" "${E[@]}" --database "$DB_SMALL" --format xlsx --output "$WORK/ours-small.xlsx"
run "pandas + openpyxl (small db)" "$PANDAS_ROWS" "$WORK/pandas.xlsx" /usr/bin/python3 "$HERE/pandas_peer.py" "$DB_SMALL" "$QUERY" "$WORK/pandas.xlsx"
run "definitie-export json" "$ROWS" "$WORK/ours.json" "$BIN" "${E[@]}" --database "$DB" --format json --output "$WORK/ours.json"
run "definitie-export txt" "$ROWS" "$WORK/ours.txt" "$BIN" "${E[@]}" --database "$DB" --format txt --output "$WORK/ours.txt"
run "definitie-export json compleet --gzip" "$ROWS" "$WORK/ours-c.json.gz" "$BIN" export --quiet --level compleet --database "$DB" --format json --gzip --output "$WORK/ours-c.json.gz"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a > 0) printf "%.1f×", b/a; else print "-" }'; }
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%d)"
echo
echo "| run | rows | time (s) | output (MB) | peak memory (MB) |"
echo "|---|---:|---:|---:|---:|"
for row in "${ROWS_TABLE[@]}"; do
    IFS=$'\t' read -r n r s m k <<<"$row"
    printf '| %s | %s | %s | %s | %s |\n' "${n//|/\\|}" "$r" "$s" "$m" "$k"
done
echo
echo "Speed-ups (peer time / our time):"
echo "- CSV vs sqlite3 -csv: $(ratio "${SECONDS_OF["definitie-export csv"]}" "${SECONDS_OF["sqlite3 -csv"]}") (target ≥ 1.5×)"
echo "- CSV+gzip vs sqlite3 | pigz -6: $(ratio "${SECONDS_OF["definitie-export csv --gzip"]}" "${SECONDS_OF["sqlite3 -csv | pigz -6"]}") (target ≥ 1.0×); vs | gzip -6: $(ratio "${SECONDS_OF["definitie-export csv --gzip"]}" "${SECONDS_OF["sqlite3 -csv | gzip -6"]}")"
echo "- gzip size vs gzip -6 of the same CSV: $(awk -v a="$(size_of "definitie-export csv --gzip")" -v b="$REF_GZ_SIZE" 'BEGIN{printf "%+.2f%%", (a-b)*100/b}') (target ≤ +2%)"
echo "- XLSX vs python3-xlsxwriter: $(ratio "${SECONDS_OF["definitie-export xlsx"]}" "${SECONDS_OF["python3-xlsxwriter (constant_memory)"]}") (target ≥ 3×)"
echo "- XLSX vs pandas + openpyxl: $(ratio "${SECONDS_OF["definitie-export xlsx (small db)"]}" "${SECONDS_OF["pandas + openpyxl (small db)"]}") (target ≥ 20×)"
