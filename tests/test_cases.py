"""The case folders under tests/cases: valid ones are clean, invalid ones find what they list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from annotate.io.yaml_document import load_yaml
from annotate.schema_store import fast_validator, reference_validator
from annotate.validate import validate_paths

CASES = Path(__file__).parent / "cases"
VALID = sorted(p for p in (CASES / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.is_dir())


def _findings(case: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(case)
    result = validate_paths([Path()])
    return [f"{f.file}:{f.line}:{f.column} {f.code} {f.claim_id or '-'}" for f in result.findings]


@pytest.mark.parametrize("case", VALID, ids=[p.name for p in VALID])
def test_valid_case_has_no_findings(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid case validates without a single finding."""
    assert _findings(case, monkeypatch) == []


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_invalid_case_finds_what_it_expects(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An invalid case produces exactly the findings in its expected.txt."""
    expected = (case / "expected.txt").read_text().splitlines()
    assert expected, "an invalid case must expect at least one finding"
    assert _findings(case, monkeypatch) == expected


def _records(case: Path) -> list[Any]:
    records: list[Any] = []
    for path in sorted((case / "claims").iterdir()):
        raw = path.read_bytes()
        try:
            if path.name.endswith(".jsonl"):
                records.extend(orjson.loads(line) for line in raw.splitlines() if line.strip())
            else:
                data = load_yaml(raw).data
                records.extend(data.get("claims") or [] if isinstance(data, dict) else [])
        except ValueError:
            continue  # cases whose files cannot be parsed have no records to compare
    return records


@pytest.mark.parametrize("case", VALID + INVALID, ids=[p.name for p in VALID + INVALID])
def test_fast_path_agrees_with_reference(case: Path) -> None:
    """jsonschema-rs and python-jsonschema give the same verdict on every record."""
    fast, reference = fast_validator("claim"), reference_validator("claim")
    for record in _records(case):
        assert fast.is_valid(record) == reference.is_valid(record), record
