#!/usr/bin/env bash
# Install Companion with its test extras into .venv (with the Debian packages Qt needs) and run
# the tests offscreen, then ruff and mypy. Arguments are passed to pytest.
source "$(dirname "$0")/setup-env.sh"
COMPANION_EXTRAS="test"
# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS
ensure_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest "$@"
# Style and types: the same checks a reviewer would run.
"$VENV/bin/ruff" check --quiet .
"$VENV/bin/ruff" format --check --quiet .
"$VENV/bin/mypy"
