#!/usr/bin/env bash
# The window and its display: a display that cannot be reached gives exit code 5 with a plain
# message (no abort, no core dump), and an X server that dies under a running export gives exit
# code 7 after the queue stopped gracefully: the job is back in the queue with its attempt
# recorded as a quit (not as a crash to recover), and its .part kept for the next start.
#   display_lost_test.sh BIN   (starts its own Xvfb; needs Xvfb on PATH)
set -uo pipefail

BIN="${1:?usage: display_lost_test.sh BIN}"
TMP="$(mktemp -d)"
export XDG_RUNTIME_DIR="$TMP/runtime" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
chmod 0700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DEFINITIE_EXPORT_DATA_DIR WAYLAND_DISPLAY QT_QPA_PLATFORM
XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill -KILL "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
    printf 'FAIL: %s\n' "$*"
    [ -f "$TMP/app.log" ] && { printf -- '--- program output:\n'; cat "$TMP/app.log"; }
    exit 1
}
step() { printf '%s\n' "--- $*"; }

# 1. A display nobody serves.
step "a display that cannot be reached"
DISPLAY=:1999 "$BIN" window --data-dir "$TMP/q0" >"$TMP/app.log" 2>&1
rc=$?
[ "$rc" -eq 5 ] || fail "exit code $rc for an unreachable display, expected 5"
grep -q 'The window cannot open: the display could not be reached (DISPLAY=:1999)' "$TMP/app.log" \
    || fail "no plain message for the unreachable display"
grep -q 'Reinstalling' "$TMP/app.log" && fail "Qt's misleading 'Reinstalling the application' text was printed"
[ ! -d "$TMP/q0" ] || fail "the queue was opened although the window could not be"
# Without a command, the window's options open the window too.
DISPLAY=:1999 "$BIN" --data-dir "$TMP/q0" >"$TMP/app.log" 2>&1
rc=$?
[ "$rc" -eq 5 ] || fail "exit code $rc for the window's options without a command, expected 5"

# 2. The X server dies while an export runs.
step "the X server dies under a running export"
"$BIN" demo-db --rows 150000 "$TMP/big.db" >/dev/null 2>&1 || fail "demo-db failed"
id="$("$BIN" queue add --data-dir "$TMP/q" --database "$TMP/big.db" --format json --level compleet \
    --description "display lost" 2>"$TMP/add.err")" || fail "queue add: $(cat "$TMP/add.err")"
for n in $(seq 90 99); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISP=":$n"; break; }
done
[ -n "${DISP:-}" ] || fail "no free display number"
Xvfb "$DISP" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISP#:}" ] && break; sleep 0.1; done
DISPLAY="$DISP" "$BIN" window --data-dir "$TMP/q" >"$TMP/app.log" 2>&1 &
APP_PID=$!
# Wait until the job has written part of its file.
part=""
for _ in $(seq 600); do
    part="$(find "$TMP/q/exports" -name '*.part' -size +1M 2>/dev/null | head -n 1)"
    [ -n "$part" ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "the window ended before the export got going"
    sleep 0.1
done
[ -n "$part" ] || fail "the export did not start within a minute"
kill "$XVFB_PID"
XVFB_PID=""
wait "$APP_PID"
rc=$?
APP_PID=""
[ "$rc" -eq 7 ] || fail "exit code $rc after the display was lost, expected 7"
grep -q 'The connection to the display was lost' "$TMP/app.log" || fail "no message about the lost display"
grep -Eq 'corrupted|Aborted|Segmentation' "$TMP/app.log" && fail "the program crashed on the way out"
show="$("$BIN" queue show "$id" --data-dir "$TMP/q" --json)" || fail "queue show failed"
state="$(printf '%s' "$show" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')"
[ "$state" = "pending" ] || fail "the job is '$state' after the lost display, expected pending"
printf '%s' "$show" | python3 -c '
import json, sys
job = json.load(sys.stdin)
history = job["errorHistory"]
assert history and "quit" in history[-1]["message"], history
' || fail "the job's history does not say it stopped when the program quit: $show"
[ -f "$part" ] || fail "the .part was removed; the export could not continue from its checkpoint"

# 3. It continues and completes headless.
step "the job completes at the next start"
"$BIN" queue run --until-empty --data-dir "$TMP/q" >"$TMP/run.log" 2>&1 || fail "queue run: $(cat "$TMP/run.log")"
state="$("$BIN" queue show "$id" --data-dir "$TMP/q" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')"
[ "$state" = "completed" ] || fail "the job is '$state' after queue run, expected completed"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$(find "$TMP/q/exports" -name '*.json')" \
    || fail "the resumed JSON does not parse"
step "PASS"
