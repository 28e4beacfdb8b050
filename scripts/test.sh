#!/usr/bin/env bash
# Install Companion with its test extras into .venv (with the Debian packages Qt needs, and the
# validators and shells the tests use) and run ruff, mypy and the tests (offscreen). Arguments
# are passed to pytest.
source "$(dirname "$0")/setup-env.sh"
COMPANION_EXTRAS="test"
# shellcheck disable=SC2086
ensure_debs $QT_OFFSCREEN_DEBS $TEST_DEBS
ensure_venv
cd "$ROOT"
# Style and types first (quick), then the tests, whose summary closes the output.
"$VENV/bin/ruff" check --quiet .
"$VENV/bin/ruff" format --check --quiet .
"$VENV/bin/mypy" --no-error-summary
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
