#!/usr/bin/env bash
# Window benchmark: how late the window's event loop runs a 5 ms timer while 5 exports of the
# 1,000,000-row demo database run and 100 more wait (and, as a stress beyond the target, the same
# with the whole window repainted and the queue scrolled on every tick), and the start-up to a
# painted window with 10,000 jobs in the history, with its memory.
# Prints one Markdown table.
#   tests/benchmarks/window_compare.sh [SECONDS] [RUNS]   (default 60 s of load, 5 start-ups each)
# Runs under Xvfb (xcb) when xvfb-run is there, else on the offscreen platform; says which.
# BENCH_SKIP_BUILD=1 uses the existing build in $DEFEX_BUILD_DIR (default build/) as it is.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../../scripts/lib/common.sh"
LOAD_SECONDS="${1:-60}"
RUNS="${2:-5}"
ROWS=1000000
HISTORY=10000
WORK="${BENCH_DIR:-/tmp/defex-bench}"
ensure_packages "${BUILD_PACKAGES[@]}" xvfb xauth
[ -n "${BENCH_SKIP_BUILD:-}" ] || build_project -DDEFEX_BUILD_TESTS=ON >/dev/null
BIN="$BUILD_DIR/bin/definitie-export"
BENCH="$BUILD_DIR/tests/benchmarks/bench_window"
mkdir -p "$WORK"
DB="$WORK/demo-$ROWS.db"
[ -f "$DB" ] || { say "creating $DB (takes minutes)"; "$BIN" demo-db --rows "$ROWS" "$DB" 2>/dev/null; }
cat "$DB" >/dev/null

LOAD_AT_START="$(uptime | sed 's/.*load average: //')"
say "load average at start: $LOAD_AT_START"

# Neither the user's settings nor their runtime folder: empty ones of our own.
SCRATCH="$(mktemp -d "$WORK/window-bench-XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
export XDG_CONFIG_HOME="$SCRATCH/config" XDG_RUNTIME_DIR="$SCRATCH/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8
gui() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}
val() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print; exit }' "$2"; }
# median and min–max of numbers on stdin
stats() { sort -g | awk '{ v[NR] = $1 } END { printf "%s|%s|%s", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

# 1. Event-loop lateness under load: the window as it runs, repainting on its own progress
# updates (what the target is about).
say "load: 5 exports of $ROWS rows + 100 small jobs, ${LOAD_SECONDS} s"
gui "$BENCH" load "$DB" "$WORK" "$LOAD_SECONDS" 5 norepaint >"$SCRATCH/load.txt" 2>"$SCRATCH/load.err" \
    || { cat "$SCRATCH/load.err" >&2; say "load benchmark FAILED"; exit 1; }
cat "$SCRATCH/load.err" >&2
# Stress, beyond the target: every tick also repaints the whole window and scrolls the queue
# (about 200 full frames a second, far more than the window ever draws by itself).
say "stress: the same with a full repaint every tick, $(( LOAD_SECONDS / 2 )) s"
gui "$BENCH" load "$DB" "$WORK" "$(( LOAD_SECONDS / 2 ))" 5 repaint >"$SCRATCH/stress.txt" 2>"$SCRATCH/stress.err" \
    || { cat "$SCRATCH/stress.err" >&2; say "stress benchmark FAILED"; exit 1; }

# 2. Start-up, each in a fresh process: 10,000 finished jobs (history tab shown, then the queue
# tab), and an empty queue.
"$BENCH" fill "$SCRATCH/history" "$HISTORY" >"$SCRATCH/fill.txt"
say "filled $HISTORY finished jobs in $(val insert_ms "$SCRATCH/fill.txt") ms; reading them all back: $(val list_ms "$SCRATCH/fill.txt") ms"
mkdir -p "$SCRATCH/empty"
startup() { # name data-dir expected-rows tab
    local i
    : >"$SCRATCH/$1.ms"
    : >"$SCRATCH/$1.kb"
    : >"$SCRATCH/$1.cpu"
    : >"$SCRATCH/$1.qcpu"
    for i in $(seq "$RUNS"); do
        gui "$BENCH" startup "$2" "$3" "$4" >"$SCRATCH/$1.$i.txt" 2>"$SCRATCH/$1.$i.err" \
            || { cat "$SCRATCH/$1.$i.err" >&2; say "start-up benchmark FAILED ($1)"; exit 1; }
        val frame_done_ms "$SCRATCH/$1.$i.txt" >>"$SCRATCH/$1.ms"
        val vmhwm_kb "$SCRATCH/$1.$i.txt" >>"$SCRATCH/$1.kb"
        val process_cpu_ms "$SCRATCH/$1.$i.txt" >>"$SCRATCH/$1.cpu"
        val queue_thread_cpu_ms "$SCRATCH/$1.$i.txt" >>"$SCRATCH/$1.qcpu"
        say "$1 run $i: $(tr '\n' ' ' <"$SCRATCH/$1.$i.txt")"
    done
}
startup history "$SCRATCH/history" "$HISTORY" history
startup history-queue-tab "$SCRATCH/history" "$HISTORY" queue
startup empty "$SCRATCH/empty" 0 queue
LOAD_AT_END="$(uptime | sed 's/.*load average: //')"

L="$SCRATCH/load.txt"
ROWS_TEXT="$(echo "$ROWS" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
HISTORY_TEXT="$(echo "$HISTORY" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
ms_row() { # name -> "median ms (min–max of N)"
    IFS='|' read -r med lo hi < <(stats <"$SCRATCH/$1.ms")
    printf '%.0f ms (%.0f–%.0f over %s runs)' "$med" "$lo" "$hi" "$RUNS"
}
med() { IFS='|' read -r m _ _ < <(stats <"$1"); echo "$m"; }
mb_row() {
    IFS='|' read -r med lo hi < <(stats <"$SCRATCH/$1.kb")
    awk -v m="$med" -v a="$lo" -v b="$hi" 'BEGIN { printf "%.0f MB (%.0f–%.0f)", m / 1024, a / 1024, b / 1024 }'
}
echo
echo "Machine: $(nproc) cores; platform $(val platform "$L"); load average at start $LOAD_AT_START, at end $LOAD_AT_END; $(date -u +%Y-%m-%d)"
echo
echo "| measurement (target) | result |"
echo "|---|---|"
echo "| timer lateness p50 / p99 / max, 5 exports of $ROWS_TEXT rows + 100 waiting (p99 < 16 ms, max < 50 ms) | $(val p50_ms "$L") / $(val p99_ms "$L") / $(val max_ms "$L") ms |"
echo "| ticks (every $(val interval_ms "$L") ms; the window repaints on its own progress updates) | $(val ticks "$L") in $(val seconds "$L") s; $(val over16 "$L") later than 16 ms, $(val over50 "$L") later than 50 ms |"
echo "| the exports meanwhile | $(val big_progress "$L") ($(val big_jobs_finished "$L") of 5 finished) |"
echo "| window thread: running / runnable but waiting for a core (share of wall time) | $(val gui_thread_cpu_percent "$L")% / $(val gui_thread_runqueue_wait_percent "$L")% |"
S="$SCRATCH/stress.txt"
echo "| stress: every tick also repaints the whole window and scrolls the queue | p50 / p99 / max $(val p50_ms "$S") / $(val p99_ms "$S") / $(val max_ms "$S") ms, $(val ticks "$S") ticks in $(val seconds "$S") s; window thread running / waiting $(val gui_thread_cpu_percent "$S")% / $(val gui_thread_runqueue_wait_percent "$S")%; exports meanwhile $(val big_progress "$S") |"
echo "| start-up to the first painted window, $HISTORY_TEXT jobs, history tab (< 1 s) | $(ms_row history) |"
echo "| the same, queue tab shown | $(ms_row history-queue-tab) |"
echo "| start-up, empty queue | $(ms_row empty) |"
echo "| CPU time of the $HISTORY_TEXT-job start-up: whole process / the queue's thread | $(med "$SCRATCH/history.cpu") ms / $(med "$SCRATCH/history.qcpu") ms (JobStore::list() of the $HISTORY records, once: $(val list_ms "$SCRATCH/fill.txt") ms) |"
echo "| peak memory (VmHWM) at that paint: $HISTORY_TEXT jobs / empty queue | $(mb_row history) / $(mb_row empty) |"
echo
echo "Cancelled at the end: $(val files_left_after_cancel "$L") files left in the export folder, deleted: $(val exports_deleted "$L")."
