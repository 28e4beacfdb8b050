# Shared by scripts/start.sh and scripts/test.sh: a virtualenv in .venv with Companion installed,
# and the Debian packages Qt needs when they are missing. Source it; do not run it.
#   COMPANION_EXTRAS   pip extras to install, e.g. "test" (default: none)
#   COMPANION_APT      Debian packages to make sure of

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VENV="${COMPANION_VENV:-$ROOT/.venv}"

missing_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

ensure_debs() {
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "note: not a Debian-like system; make sure Qt's libraries are installed: $missing" >&2
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "note: missing Debian packages (install them as root): $missing" >&2
            return 0
        fi
    fi
    echo "Installing Debian packages Qt needs: $missing" >&2
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null \
        || echo "note: some Debian packages could not be installed: $missing" >&2
}

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    local target="$ROOT"
    if [ -n "${COMPANION_EXTRAS:-}" ]; then target="$ROOT[$COMPANION_EXTRAS]"; fi
    "$VENV/bin/python" -m pip install -q -e "$target"
}

QT_OFFSCREEN_DEBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
# Only scripts/test.sh installs these: the validators the launcher tests run on what
# `companion desktop install` writes, the shells whose completion scripts are tested, and the
# CJK font the Korean and Japanese layout tests measure (without it Qt draws empty boxes).
TEST_DEBS="desktop-file-utils appstream zsh fish fonts-noto-cjk"
QT_X11_DEBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
