#!/usr/bin/env bash
# The one test command (README and .ci/run): sets up everything on a fresh machine,
# then runs ruff, mypy and pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# LibreOffice headless proves generated workbooks open and recalculate (SPEC section 11).
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing LibreOffice Calc (headless) ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
  else
    echo "LibreOffice (soffice) is not installed and cannot be installed here: its tests will be skipped with that reason." >&2
  fi
fi

# A throwaway PostgreSQL runs the store tests against a real server (tests/pg_server.py).
# Debian keeps its binaries in /usr/lib/postgresql/*/bin (not on PATH).
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL (for the store tests) ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  else
    echo "PostgreSQL (initdb) is not installed and cannot be installed here: the PostgreSQL store tests will be skipped with that reason." >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -vE "^(WARNING|  )|BuildBackendWarning|^\s*$|!!" || true

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check . >/dev/null || { .venv/bin/ruff format --diff . | head -50; exit 1; }
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
# Over every core (at most four workers; PMO_TEST_WORKERS=0 runs in one process): each worker
# has its own temp folders, LibreOffice profiles and PostgreSQL server, so tests share nothing.
.venv/bin/python -m pytest -n "${PMO_TEST_WORKERS:-auto}" --maxprocesses=4 "$@"
