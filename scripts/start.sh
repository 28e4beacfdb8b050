#!/usr/bin/env bash
# Install Companion into .venv (with the Debian packages Qt needs) and start it.
# Arguments are passed to `companion`, e.g. `scripts/start.sh --hidden`.
source "$(dirname "$0")/setup-env.sh"
# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS $QT_X11_DEBS
ensure_venv
exec "$VENV/bin/companion" "$@"
