#!/usr/bin/env bash
# Install Companion into .venv (with the Debian packages Qt needs) and start it.
# Arguments are passed to `companion`, e.g. `scripts/start.sh --hidden`.
source "$(dirname "$0")/setup-env.sh"

# Korean and Japanese need a CJK font, which a minimal system lacks (the text shows as boxes):
# Noto CJK, when the system speaks one of them and fontconfig knows no font for it.
cjk_font_debs() {
    local locale="${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" lang
    case "$locale" in
        ko*) lang=ko ;;
        ja*) lang=ja ;;
        *) return 0 ;;
    esac
    if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":lang=$lang" family 2>/dev/null)" ]; then
        return 0
    fi
    echo "fonts-noto-cjk"
}

# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS $QT_X11_DEBS $(cjk_font_debs)
ensure_venv
exec "$VENV/bin/companion" "$@"
