#!/usr/bin/env bash
# Installs annotate into .venv and validates the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet .
annotate validate examples/tiangong-1
