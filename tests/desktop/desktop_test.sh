#!/usr/bin/env bash
# The desktop test: the real program on a real X server (Xvfb) with a D-Bus session, a
# notification daemon (dunst) and a tray host (status-notifier-watcher plus a registered host),
# as ../shared/docs/DESKTOP-TESTING.md describes. A job queued from the command line must run in
# the window's queue (the store is shared), finish, and be announced as a freedesktop
# notification through the tray; SIGTERM must then end the program cleanly.
#
# Run inside an X server and a D-Bus session:
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- desktop_test.sh BIN OUT_DIR
# BIN is the built definitie-export; OUT_DIR receives the screenshot and, on failure, the logs.
set -uo pipefail

BIN="${1:?usage: desktop_test.sh BIN OUT_DIR}"
OUT_DIR="${2:?usage: desktop_test.sh BIN OUT_DIR}"
ROWS=3000
DESCRIPTION="Desktoptest CSV"
OUTPUT_NAME="desktoptest-export.csv"

mkdir -p "$OUT_DIR"
TMP="$(mktemp -d)"
# Settings, data and runtime files of this run only: never the user's.
export XDG_RUNTIME_DIR="$TMP/runtime" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
export XDG_CACHE_HOME="$TMP/cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
chmod 0700 "$XDG_RUNTIME_DIR"
# The program gets English texts and English number formatting, whatever the machine's locale
# (Qt reads these variables itself; the locale need not be installed, so the shell keeps C).
APP_LOCALE=(LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8)
# Opening a folder runs xdg-open: this one records what it was asked to open.
mkdir -p "$TMP/bin"
cat >"$TMP/bin/xdg-open" <<EOF
#!/bin/sh
printf '%s\n' "\$1" >>"$TMP/xdg-open.log"
EOF
chmod +x "$TMP/bin/xdg-open"
export PATH="$TMP/bin:$PATH"
unset DEFINITIE_EXPORT_DATA_DIR

QUEUE="$TMP/queue"
EXPORTS="$TMP/exports"
DB="$TMP/definities.db"
APP_LOG="$OUT_DIR/app.log"
MONITOR_LOG="$OUT_DIR/notifications.log"
: >"$APP_LOG"
: >"$MONITOR_LOG"
PIDS=()
APP_PID=""

step() { printf '%s\n' "--- $*"; }
cleanup() {
    [ -n "$APP_PID" ] && kill -KILL "$APP_PID" 2>/dev/null
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
    printf 'FAIL: %s\n' "$*"
    printf -- '--- program output (%s):\n' "$APP_LOG"
    tail -n 40 "$APP_LOG"
    printf -- '--- notification log (%s):\n' "$MONITOR_LOG"
    tail -n 40 "$MONITOR_LOG"
    exit 1
}
# wait_for SECONDS DESCRIPTION COMMAND...: runs COMMAND every 0.2 s until it succeeds.
wait_for() {
    local seconds="$1" what="$2"
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        [ "$SECONDS" -ge "$deadline" ] && fail "timed out after ${seconds}s waiting for: $what"
        sleep 0.2
    done
}
has_bus_name() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}
app_running() { kill -0 "$APP_PID" 2>/dev/null || fail "the program exited early (see its output)"; }
job_field() { # job_field ID FIELD
    "$BIN" queue show "$1" --json --data-dir "$QUEUE" 2>/dev/null \
        | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"
}

[ -x "$BIN" ] || fail "no program at $BIN"
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY: run this script under xvfb-run"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no D-Bus session: run this script under dbus-run-session"
for tool in dunst status-notifier-watcher dbus-monitor dbus-send dunstctl import identify; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./scripts/test installs it)"
done

step "notification daemon, tray watcher and tray host"
dunst >"$OUT_DIR/dunst.log" 2>&1 &
PIDS+=($!)
wait_for 20 "dunst on the session bus" has_bus_name org.freedesktop.Notifications
status-notifier-watcher >"$OUT_DIR/watcher.log" 2>&1 &
PIDS+=($!)
wait_for 20 "status-notifier-watcher on the session bus" has_bus_name org.kde.StatusNotifierWatcher
# With a reply: Qt only sees a tray once the host is registered.
dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
    org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost string:org.kde.StatusNotifierHost-4242 \
    >/dev/null || fail "could not register a StatusNotifierHost"
dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$MONITOR_LOG" 2>&1 &
PIDS+=($!)

step "demo database ($ROWS definitions)"
"$BIN" demo-db --rows "$ROWS" "$DB" >/dev/null 2>&1 || fail "demo-db failed"
mkdir -p "$EXPORTS"

step "the program, on the xcb platform"
env "${APP_LOCALE[@]}" QT_QPA_PLATFORM=xcb DEFEX_DEBUG_TRAY=1 "$BIN" window --data-dir "$QUEUE" --database "$DB" >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_for 30 "the program to report on the tray" grep -q '^tray: ' "$APP_LOG"
app_running
grep -q '^tray: available' "$APP_LOG" || fail "Qt reported no system tray: $(grep '^tray:' "$APP_LOG")"
wait_for 30 "the program's queue store" test -f "$QUEUE/queue.sqlite"
# The tray icon is a StatusNotifierItem the watcher knows.
items_registered() {
    dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher \
        string:RegisteredStatusNotifierItems 2>/dev/null | grep -q 'string "'
}
wait_for 20 "the tray icon among the watcher's RegisteredStatusNotifierItems" items_registered
window_shown() { [ -n "$(xdotool search --onlyvisible --pid "$APP_PID" 2>/dev/null)" ]; }
wait_for 20 "the program's window to be shown" window_shown
app_running

step "a job queued from the command line, run by the window's queue"
JOB="$("$BIN" queue add --data-dir "$QUEUE" --database "$DB" --format csv \
    --description "$DESCRIPTION" --output "$EXPORTS/$OUTPUT_NAME" 2>>"$APP_LOG")" \
    || fail "queue add failed"
[[ "$JOB" =~ ^[0-9]+$ ]] || fail "queue add printed no job id: '$JOB'"
# Nothing else runs jobs on this store: only the window's queue can complete it.
job_done() {
    local state
    state="$(job_field "$JOB" state)"
    case "$state" in
    completed) return 0 ;;
    failed | cancelled) fail "job $JOB ended $state: $(job_field "$JOB" error)" ;;
    esac
    app_running
    return 1
}
wait_for 60 "job $JOB to complete in the window's queue" job_done
[ "$(job_field "$JOB" rowsDone)" = "$ROWS" ] || fail "job $JOB exported $(job_field "$JOB" rowsDone) rows, not $ROWS"
[ -s "$EXPORTS/$OUTPUT_NAME" ] || fail "the export $EXPORTS/$OUTPUT_NAME is missing or empty"

step "the completion notification"
notified() {
    grep -q 'member=Notify' "$MONITOR_LOG" && grep -q '"Export ready"' "$MONITOR_LOG" \
        && grep -q "$OUTPUT_NAME" "$MONITOR_LOG" && grep -q "$DESCRIPTION" "$MONITOR_LOG"
}
wait_for 20 "a Notify call with \"Export ready\", \"$DESCRIPTION\" and $OUTPUT_NAME" notified
grep -q '3,000' "$MONITOR_LOG" || fail "the notification does not give the row count as 3,000"
grep -q "^tray: notified Export ready" "$APP_LOG" || fail "the program did not log its notification"
# The daemon got it too (displayed now, or already in its history).
shown="$(($(dunstctl count displayed 2>/dev/null || echo 0) + $(dunstctl count history 2>/dev/null || echo 0)))"
[ "$shown" -ge 1 ] || fail "dunst shows no notification"

step "the tray icon's tooltip counts the queue"
tooltip_idle() {
    local item service
    item="$(dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher \
        string:RegisteredStatusNotifierItems 2>/dev/null | grep -o 'string "[^"]*"' | head -n 1 | cut -d'"' -f2)"
    service="${item%%/*}"
    [ -n "$service" ] || return 1
    dbus-send --session --print-reply --dest="$service" /StatusNotifierItem \
        org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierItem string:ToolTip 2>/dev/null \
        | grep -q '"Export queue: idle"'
}
wait_for 10 "the tray tooltip \"Export queue: idle\"" tooltip_idle

step "screenshot"
sleep 1 # let the window paint the finished job
SHOT="$OUT_DIR/desktop-screenshot.png"
import -window root "$SHOT" 2>>"$OUT_DIR/import.log" || fail "import could not take a screenshot"
colours="$(identify -format '%k' "$SHOT" 2>/dev/null || echo 0)"
[ "${colours:-0}" -gt 16 ] || fail "the screenshot $SHOT is (nearly) blank: $colours colours"
echo "screenshot: $SHOT ($colours colours)"

step "clicking the notification shows the job and reveals the file's folder"
dunstctl action 0 >/dev/null 2>&1 || true
wait_for 15 "the notification's click to reach the program" grep -q "^tray: clicked job $JOB (default)" "$APP_LOG"
wait_for 15 "the folder to be opened" grep -sqx "file://$EXPORTS" "$TMP/xdg-open.log"
sleep 1
import -window root "$OUT_DIR/desktop-after-click.png" 2>>"$OUT_DIR/import.log" || fail "no second screenshot"

step "a failing job: its notification carries the error"
# `queue add` refuses a bad source up front, so this job fails where only running it can tell:
# its output path is a link, which an export never replaces.
ln -s /dev/null "$EXPORTS/kapot.csv"
BAD="$("$BIN" queue add --data-dir "$QUEUE" --database "$DB" --format csv \
    --description "Desktoptest kapot" --output "$EXPORTS/kapot.csv" 2>>"$APP_LOG")" || fail "queue add (bad output) failed"
bad_failed() { [ "$(job_field "$BAD" state)" = failed ] || { app_running; return 1; }; }
wait_for 60 "job $BAD to fail" bad_failed
failure_notified() { grep -q '"Export failed"' "$MONITOR_LOG" && grep -q 'Desktoptest kapot' "$MONITOR_LOG"; }
wait_for 20 "a Notify call with \"Export failed\" and the job's description" failure_notified
first_error_line="$(job_field "$BAD" error | head -n 1)"
grep -qF "$first_error_line" "$MONITOR_LOG" || fail "the failure notification lacks the error: $first_error_line"

step "SIGTERM: graceful quit"
kill -TERM "$APP_PID"
deadline=$((SECONDS + 20))
while kill -0 "$APP_PID" 2>/dev/null; do
    [ "$SECONDS" -ge "$deadline" ] && fail "the program did not quit within 20 s of SIGTERM"
    sleep 0.2
done
wait "$APP_PID"
rc=$?
APP_PID=""
[ "$rc" -eq 0 ] || fail "the program exited with $rc after SIGTERM (expected 0)"
leftovers="$(find "$QUEUE" "$EXPORTS" -name '*.part' 2>/dev/null)"
[ -z "$leftovers" ] || fail "left .part files behind: $leftovers"

echo "PASS: tray available, job $JOB completed by the window's queue, notification sent, clean exit"
