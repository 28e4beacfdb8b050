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

# Korean and Japanese replies are read with a word analyser, an optional install of its own
# (companion[ko], companion[ja]): the one for the system's language comes with the app. A reply
# in the other says how to add its analyser.
analyser_extra() {
    local locale="${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}"
    case "$locale" in
        ko*) echo ko ;;
        ja*) echo ja ;;
    esac
}

# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS $QT_X11_DEBS $(cjk_font_debs)
COMPANION_EXTRAS="${COMPANION_EXTRAS:-$(analyser_extra)}"
ensure_venv
exec "$VENV/bin/companion" "$@"
