#!/usr/bin/env bash
# Install Companion with its test extras into .venv (with the Debian packages Qt needs) and run
# the tests offscreen. Arguments are passed to pytest.
source "$(dirname "$0")/setup-env.sh"
COMPANION_EXTRAS="test"
# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS
ensure_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
