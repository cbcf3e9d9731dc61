#!/usr/bin/env bash
# Installs annotate with its test dependencies into .venv and runs every check:
# ruff, mypy --strict, and the whole pytest suite. Exit code 5 (no tests ran) fails.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e '.[test]'
ruff check annotate tests bench
mypy
set +e
python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
