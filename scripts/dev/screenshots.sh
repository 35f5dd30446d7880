#!/usr/bin/env bash
# The README's screenshots of the window, in Dutch: a queue with running, waiting, failed and
# completed jobs, and the new-export dialog. Runs the real program on Xvfb (with dbus, dunst
# and a tray host, as the desktop test does).
#   scripts/dev/screenshots.sh [BUILD_DIR]       writes docs/screenshots/*.png
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
BIN="$BUILD/bin/definitie-export"
[ -x "$BIN" ] || { echo "build first: $BIN is missing" >&2; exit 1; }
if [ -z "${DEFEX_SCREENSHOTS_INNER:-}" ]; then
    export DEFEX_SCREENSHOTS_INNER=1
    exec xvfb-run -a -s "-screen 0 1680x940x24" dbus-run-session -- "$0" "$BUILD"
fi

TMP="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
export XDG_RUNTIME_DIR="$TMP/runtime" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" && chmod 0700 "$XDG_RUNTIME_DIR"
export LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 QT_QPA_PLATFORM=xcb
OUT="$ROOT/docs/screenshots"
mkdir -p "$OUT"
dunst >/dev/null 2>&1 &
status-notifier-watcher >/dev/null 2>&1 &
sleep 1
dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
    org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost string:org.kde.StatusNotifierHost-4242 >/dev/null

# Big enough that the exports are still running when the pictures are taken.
DB="${DEFEX_SCREENSHOT_DB:-/tmp/defex-bench/demo-1000000.db}"
[ -f "$DB" ] || { DB="$TMP/definities.db"; "$BIN" demo-db --rows 400000 "$DB" 2>/dev/null; }
Q="$TMP/queue"
mkdir -p "$XDG_CONFIG_HOME/definitie-export"
# Two at once, so that the others wait their turn.
cat > "$XDG_CONFIG_HOME/definitie-export/definitie-export.conf" <<CONF
[queue]
maxConcurrent=2
[window]
CONF
add() { "$BIN" queue add --data-dir "$Q" --database "$@" >/dev/null; }
SMALL="$TMP/klein.db"
"$BIN" demo-db --rows 3000 "$SMALL" 2>/dev/null
add "$SMALL" --format csv --status established --description "Vastgestelde definities – CSV" --output "$TMP/vastgesteld.csv"
# A failed job: queue add checks the source, so it is spoiled after it was queued.
cp "$SMALL" "$TMP/kapot.db"
add "$TMP/kapot.db" --format xlsx --description "Oude back-up – Excel" --output "$TMP/backup.xlsx"
printf 'dit is geen database\n' > "$TMP/kapot.db"
"$BIN" queue run --until-empty --data-dir "$Q" >/dev/null 2>&1 || true
add "$DB" --format xlsx --level compleet --description "Alle definities – Excel – compleet" --output "$TMP/alle.xlsx"
add "$DB" --format json --level uitgebreid --description "Alle definities – JSON" --output "$TMP/alle.json"
add "$DB" --format csv --gzip --description "Alle definities – CSV (gzip)" --output "$TMP/alle.csv.gz"
add "$DB" --format txt --categorie proces --description "Procesdefinities – tekst" --output "$TMP/proces.txt"

"$BIN" window --data-dir "$Q" --database "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
WIN="$(xdotool search --sync --onlyvisible --name 'definitie-export' | head -1)"
xdotool windowfocus --sync "$WIN" || true
sleep 8
import -window root "$OUT/venster-wachtrij.png"
xdotool key --clearmodifiers ctrl+n
sleep 9
import -window root "$OUT/nieuwe-export.png"
xdotool key --clearmodifiers Escape
sleep 1
xdotool windowfocus --sync "$WIN" || true
xdotool key --clearmodifiers alt+g   # the history tab (Dutch: &Geschiedenis)
sleep 2
import -window root "$OUT/venster-geschiedenis.png"
kill -TERM "$APP"
wait "$APP" || true
# Without a window manager the rest of the screen is black: cut it off.
for f in venster-wachtrij nieuwe-export venster-geschiedenis; do
    convert "$OUT/$f.png" -bordercolor black -border 1 -trim +repage "$OUT/$f.png"
done
ls -l "$OUT"
