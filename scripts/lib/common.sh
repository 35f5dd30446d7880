# Shared by scripts/run and scripts/test: package installation and the build.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${DEFEX_BUILD_DIR:-$ROOT/build}"

BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n zlib1g-dev libdeflate-dev
    libsqlite3-dev libssl-dev)
TEST_PACKAGES=(python3 python3-openpyxl gzip sqlite3)
# The desktop test (tests/desktop): a real X server, D-Bus session, notification daemon and tray
# host, as ../shared/docs/DESKTOP-TESTING.md describes. The window itself needs nothing beyond
# qt6-base-dev, which brings Qt's xcb and offscreen platform plugins (libqt6gui6) and libgl-dev.
TEST_PACKAGES+=(xvfb xauth dbus dunst haskell-status-notifier-item-utils libnotify-bin x11-utils
    imagemagick xdotool)

say() { printf '==> %s\n' "$*" >&2; }

# Whether a window can be shown to someone here: an X or Wayland display, and no platform that
# draws nowhere.
display_available() {
    case "${QT_QPA_PLATFORM:-}" in offscreen* | minimal*) return 1 ;; esac
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

# Installs the Debian packages that are missing: as root with apt-get, else through sudo,
# else prints the exact command and stops.
ensure_packages() {
    local missing=() p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing missing packages: ${missing[*]}"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            apt=(sudo apt-get)
        elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
            apt=(sudo apt-get)
        else
            say "Cannot install packages without root. Please run:"
            printf '  sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update -q >/dev/null || { say "apt-get update failed"; exit 1; }
    "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
        || { say "Installing ${missing[*]} failed"; exit 1; }
}

# Configures (once) and builds the Release build; extra arguments go to cmake's configure step.
build_project() {
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    say "Configuring (Release) in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    say "Building with $jobs jobs"
    cmake --build "$BUILD_DIR" -j "$jobs"
}
