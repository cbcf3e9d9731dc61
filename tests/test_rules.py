"""Rule behaviour over generated projects, and the quality of schema messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from jsonschema.exceptions import best_match

from annotate.io.claim_writer import dump_yaml
from annotate.schema_store import reference_validator, schema_errors
from annotate.sources import source_meta, write_source
from annotate.validate import validate_paths
from tests.strategies import record_for, text_and_span


def make_project(root: Path, text: str, records: list[dict[str, Any]], *,
                 jsonl: bool = False) -> Path:
    """A project holding one source ``doc`` with ``text`` and a claim file of ``records``."""
    (root / "claims").mkdir(parents=True, exist_ok=True)
    (root / "annotate.yaml").write_text("schema_version: 1\n")
    raw = text.encode()
    write_source(root / "sources", source_meta("doc", raw, title="Doc", published="2011-09-28"),
                 raw)
    # Written as given, not through the canonical writer: tests write invalid records too.
    if jsonl:
        (root / "claims" / "doc.claims.jsonl").write_bytes(_jsonl(records))
    else:
        (root / "claims" / "doc.claims.yaml").write_text(
            dump_yaml({"schema_version": 1, "claims": records}))
    return root


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text_and_span())
def test_random_spans_are_flagged_exactly_when_they_split_a_cluster(
        tmp_path_factory: pytest.TempPathFactory, case: tuple[str, int, int]) -> None:
    """Over random text with emoji, ZWJ, combining marks and CRLF, A006 fires iff a span
    edge falls inside a grapheme cluster, and no other finding appears."""
    text, start, end = case
    root = make_project(tmp_path_factory.mktemp("p"), text, [record_for(text, start, end)],
                        jsonl=bool(start % 2))
    boundaries = {0, len(text)} | {m.end() for m in regex.finditer(r"\X", text)}
    splits = [start not in boundaries, end not in boundaries]
    codes = [f.code for f in validate_paths([root]).findings]
    assert codes == ["A006"] * sum(splits)


def test_oneof_message_names_the_deep_cause() -> None:
    """A value of the date kind with a bad mod: the message is about mod, not 'oneOf'."""
    record = record_for("late Thursday", 0, 13)
    record["value"] = {"kind": "date", "timex3": "2011-09-29", "mod": "LATE",
                       "granularity": "day", "dct": "2011-09-28"}
    errors = list(schema_errors("claim", record))
    assert [list(e.absolute_path) for e in errors] == [["value", "mod"]]
    assert errors[0].message.startswith("'LATE' is not one of")
    # jsonschema's best_match alone stops at the oneOf here; ours must not be worse.
    plain = best_match(reference_validator("claim").iter_errors(record))
    assert plain is not None
    assert "is not valid under any of the given schemas" in plain.message


def test_bad_date_and_bad_url_are_findings(tmp_path: Path) -> None:
    """Formats are checked for real: an impossible date and a URL without a scheme."""
    text = "Six volunteers"
    record = record_for(text, 0, len(text))
    record["verdict"] = {"label": "refuted", "justification": "One was.",
                         "evidence": [{"url": "www.example.org/no-scheme",
                                       "accessed": "2026-02-30"}]}
    record["created"] = "2026-11-25 10:00"
    findings = validate_paths([make_project(tmp_path, text, [record])]).findings
    messages = sorted(f.message for f in findings)
    assert "'2026-02-30' is not a 'date'" in messages
    assert "'www.example.org/no-scheme' is not a 'uri'" in messages
    assert "'2026-11-25 10:00' is not a 'date-time'" in messages


def test_duplicate_ids_across_files_are_found(tmp_path: Path) -> None:
    """Ids are unique across the repository, between YAML and JSON Lines files too."""
    text = "Six volunteers joined."
    root = make_project(tmp_path, text, [record_for(text, 0, 3, "dup")])
    (root / "claims" / "more.claims.jsonl").write_bytes(_jsonl([record_for(text, 4, 14, "dup")]))
    findings = validate_paths([root]).findings
    assert [(f.code, f.file.rsplit("/", 1)[-1], f.line) for f in findings] == [
        ("R001", "more.claims.jsonl", 1)]
    assert "doc.claims.yaml:3" in findings[0].message


def test_ignored_rules_are_not_reported(tmp_path: Path) -> None:
    """A project can switch a rule off in annotate.yaml."""
    text = "Six volunteers"
    record = record_for(text, 0, len(text))
    record["type"], record["value"] = "quantity", {"kind": "quantity", "amount": 7, "unit": "x"}
    root = make_project(tmp_path, text, [record])
    assert [f.code for f in validate_paths([root]).findings] == ["V001"]
    (root / "annotate.yaml").write_text("schema_version: 1\nrules:\n  ignore: [V001]\n")
    assert validate_paths([root]).findings == []


def test_large_jsonl_streams_with_findings_on_their_lines(tmp_path: Path) -> None:
    """A JSON Lines file reports each bad record at its own line and keeps going."""
    text = "alpha beta gamma delta"
    records = [record_for(text, 0, 5, f"c{i:04d}") for i in range(500)]
    records[123]["selector"]["start"] = 1
    root = make_project(tmp_path, text, records, jsonl=True)
    findings = validate_paths([root]).findings
    assert [(f.code, f.line, f.claim_id) for f in findings] == [("A001", 124, "c0123")]
    assert validate_paths([root]).records == 500


def test_parallel_chunks_report_what_one_process_reports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Split between two processes, a JSON Lines file gives the same findings, lines and
    duplicate ids (across the two halves) as when one process reads it."""
    import annotate.checks.jsonl  # noqa: PLC0415

    text = "alpha beta gamma delta"
    records = [record_for(text, 0, 5, f"c{i:04d}") for i in range(400)]
    records[10]["selector"]["start"] = 1                       # A001 in the first half
    records[390]["selector"]["end"] = 4                         # A001 in the second half
    records[395]["id"] = "c0005"                                # duplicate across halves
    records[200]["relations"] = [{"type": "before", "target": "missing"}]
    root = make_project(tmp_path, text, records, jsonl=True)
    single = validate_paths([root], jobs=1)
    monkeypatch.setattr(annotate.checks.jsonl, "PARALLEL_MIN_BYTES", 0)
    assert len(annotate.checks.jsonl.split_lines(
        root / "claims" / "doc.claims.jsonl", (root / "claims" / "doc.claims.jsonl").stat().st_size,
        2)) == 2
    parallel = validate_paths([root], jobs=2)
    assert parallel.findings == single.findings
    assert parallel.records == single.records == 400
    assert [(f.code, f.line) for f in single.findings] == [
        ("A001", 11), ("R003", 201), ("A001", 391), ("R001", 396)]


def test_source_text_behind_a_link_out_of_the_project_is_refused(tmp_path: Path) -> None:
    """A source text that is a symbolic link leading outside the project is never read."""
    outside = tmp_path / "outside.txt"
    outside.write_text("Six volunteers")
    root = make_project(tmp_path / "p", "Six volunteers", [record_for("Six volunteers", 0, 3)])
    (root / "sources" / "doc.txt").unlink()
    (root / "sources" / "doc.txt").symlink_to(outside)
    codes = [f.code for f in validate_paths([root]).findings]
    assert codes == ["R002", "R005"]
