"""Candidate extraction against the gold sets, and the extract and eval commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotate.claims_index import read_claims
from annotate.extract.evaluation import evaluate
from annotate.extract.sentences import sentences
from annotate.project import open_project
from tests.conftest import EXAMPLE, REPO, Ran

RunCli = Callable[..., Ran]
GOLD = REPO / "tests" / "gold"
GOLD_FILES = [EXAMPLE / "claims" / "tiangong-1.claims.yaml",
              *(GOLD / name / "claims" / f"{name}.claims.yaml"
                for name in ("harbour", "quake", "chess"))]


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[p.stem.split(".")[0] for p in GOLD_FILES])
def test_recall_and_values_on_the_gold_sets(gold: Path) -> None:
    """Dates, quantities and origins: recall of at least 0.9 (overlapping spans) and at
    least 0.9 of the found values normalised right, on every gold article."""
    records = [ref.record for ref in read_claims(gold)]
    project = open_project(gold.parent)
    source = project.source(records[0]["source"]["id"])
    assert source is not None
    rows = {row.type: row.as_json() for row in evaluate(source, records)}
    for claim_type in ("date", "quantity", "origin"):
        row = rows[claim_type]
        assert row["overlap"]["recall"] >= 0.9, (claim_type, row)
        assert row["value_accuracy"] >= 0.9, (claim_type, row)


def test_gold_sets_validate() -> None:
    """The gold claim files are themselves valid claim files."""
    from annotate.validate import validate_paths  # noqa: PLC0415

    for name in ("harbour", "quake", "chess"):
        assert validate_paths([GOLD / name]).findings == []


def test_sentences_keep_abbreviations_and_quotes_together() -> None:
    """Dr., U.S., p.m. and decimals do not end sentences; a closing quote stays with its own."""
    text = ('Dr. Smith said the U.S. launch cost $2.5 million. It flew at 3 p.m. on Monday.\n'
            '"Great," he said. Next one?')
    assert [text[a:b] for a, b in sentences(text)] == [
        "Dr. Smith said the U.S. launch cost $2.5 million.", "It flew at 3 p.m. on Monday.",
        '"Great," he said.', "Next one?"]


def test_extract_prints_scored_candidates(run_cli: RunCli) -> None:
    """Candidates are anchored, typed, normalised and scored; opinions are not checkable."""
    ran = run_cli(["extract", "tiangong-1", "--format", "json"], cwd=EXAMPLE)
    assert ran.exit_code == 0
    records = json.loads(ran.stdout)
    assert {r["status"] for r in records} == {"candidate"}
    six = next(r for r in records if r["selector"]["exact"] == "Six Chinese volunteers")
    assert six["value"] == {"kind": "quantity", "amount": 6, "unit": "volunteers"}
    assert six["checkworthiness"]["score"] == 0.9
    assert six["attribution"]["speaker"] == "Wu Ping"
    opinions = [r for r in records if r["type"] == "opinion"]
    assert opinions
    assert all(r["checkworthiness"]["score"] < 0.2 for r in opinions)


def test_extract_write_never_duplicates(run_cli: RunCli, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """--write adds candidates once; a second run adds none; the file stays valid."""
    monkeypatch.setenv("ANNOTATE_USER", "tester")
    root = tmp_path / "repo"
    run_cli(["init", str(root)])
    run_cli(["source", "add", str(GOLD / "quake.txt"), "--id", "quake", "--published",
             "2023-11-02"], cwd=root)
    run_cli(["add", "quake", "three hospitals"], cwd=root)
    first = run_cli(["extract", "quake", "--write", "--format", "jsonl"], cwd=root)
    assert first.exit_code == 0
    written = [json.loads(line) for line in first.stdout.splitlines()]
    assert "three hospitals" not in {r["selector"]["exact"] for r in written}
    second = run_cli(["extract", "quake", "--write"], cwd=root)
    assert "wrote 0 candidate(s)" in second.stderr
    assert run_cli(["validate", "."], cwd=root).exit_code == 0


def test_eval_extract_reports_per_type(run_cli: RunCli) -> None:
    """eval extract prints precision, recall, F1 and value accuracy per type."""
    gold = str(EXAMPLE / "claims" / "tiangong-1.claims.yaml")
    text = run_cli(["eval", "extract", gold])
    assert text.exit_code == 0
    assert text.stdout.splitlines()[0].split()[:3] == ["type", "gold", "found"]
    data = json.loads(run_cli(["eval", "extract", gold, "--format", "json"]).stdout)
    quantity = next(t for t in data["types"] if t["type"] == "quantity")
    assert quantity["overlap"]["recall"] == 1.0
    missing = run_cli(["eval", "extract", "nope.claims.yaml"])
    assert missing.exit_code == 2
