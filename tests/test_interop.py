"""Export to and import from the standard formats: round trips, format checks, deviations."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotate.interop import averitec, brat, claimreview, fever, labelstudio, w3c
from annotate.interop.common import Exporting, Importing
from annotate.project import open_project
from tests.conftest import EXAMPLE, Ran
from tests.strategies import record_for, texts
from tests.test_rules import make_project

RunCli = Callable[..., Ran]
NOW = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
EVIDENCE = [{"url": "https://en.wikipedia.org/wiki/Shenzhou_8", "quote": "It docked.",
             "accessed": "2026-11-20"}]


@st.composite
def claims_on_text(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]]]:
    """A text with astral characters and CRLF, and claims on grapheme-aligned spans."""
    text = draw(texts.filter(lambda t: len(t.strip()) > 2))
    bounds = sorted({0, len(text)} | {m.end() for m in regex.finditer(r"\X", text)})
    records = []
    for number in range(draw(st.integers(1, 3))):
        a, b = sorted(draw(st.lists(st.sampled_from(bounds), min_size=2, max_size=2,
                                    unique=True)))
        if text[a:b].strip() != text[a:b] or not text[a:b].strip():
            continue
        record = record_for(text, a, b, f"c{number}")
        record["statement"] = f"Claim number {number} about the text."
        record["summary"] = f"Claim {number}"
        record["attribution"] = {"speaker": "Wu Ping", "role": "spokeswoman", "mode": "reported"}
        record["verdict"] = {"label": draw(st.sampled_from(["supported", "refuted"])),
                             "justification": "Checked.", "evidence": EVIDENCE}
        records.append(record)
    return text, records


def _round_trip(tmp: Path, text: str, records: list[dict[str, Any]], fmt: str,
                **options: Any) -> tuple[list[dict[str, Any]], Importing]:
    root = make_project(tmp, text, [])
    project = open_project(root)
    exporting = Exporting(project, records, review_url="https://reviews.example/r", **options)
    importing = Importing(project, project.source("doc"), now=NOW)
    if fmt == "brat":
        files = brat.export_files(exporting)
        assert files["doc.txt"] == text.encode()
        return list(brat.parse(importing, files["doc.ann"], "doc.ann")), importing
    module = {"w3c": w3c, "label-studio": labelstudio, "fever": fever, "averitec": averitec,
              "claimreview": claimreview}[fmt]
    return list(module.parse(importing, module.export(exporting), fmt)), importing


CARRIED = {
    "w3c": ("id", "selector", "type", "statement"),
    "label-studio": ("id", "selector.start", "selector.end", "selector.exact", "type",
                     "statement"),
    "brat": ("id", "selector.start", "selector.end", "selector.exact", "type", "statement"),
    "fever": ("id", "selector.start", "selector.end", "type", "statement", "verdict.label"),
    "averitec": ("id", "selector.start", "selector.end", "type", "statement", "verdict.label",
                 "verdict.justification", "attribution.speaker", "verdict.evidence.0.url",
                 "verdict.evidence.0.quote"),
    "claimreview": ("id", "selector.start", "selector.end", "summary", "verdict.label",
                    "attribution.speaker", "attribution.role"),
}


def _get(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        value = value[int(part)] if isinstance(value, list) else value.get(part)
    return value


@pytest.mark.parametrize(("fmt", "options"), [
    ("w3c", {}), ("label-studio", {}), ("label-studio", {"utf16": True}), ("brat", {}),
    ("fever", {}), ("averitec", {}), ("claimreview", {})],
    ids=["w3c", "label-studio", "label-studio-utf16", "brat", "fever", "averitec",
         "claimreview"])
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=claims_on_text())
def test_export_then_import_gives_back_what_the_format_carries(
        tmp_path_factory: pytest.TempPathFactory, fmt: str, options: dict[str, Any],
        case: tuple[str, list[dict[str, Any]]]) -> None:
    """Every field a format carries survives export and import, over texts with emoji,
    ZWJ sequences, combining marks and CRLF line ends."""
    text, records = case
    assume(records)
    back, _ = _round_trip(tmp_path_factory.mktemp(fmt), text, records, fmt, **options)
    assert len(back) == len(records)
    for original, again in zip(records, back, strict=True):
        for field in CARRIED[fmt]:
            assert _get(again, field) == _get(original, field), field
        assert again["selector"]["exact"] == text[again["selector"]["start"]:
                                                  again["selector"]["end"]]


def _example_export(fmt: str, **options: Any) -> Any:
    project = open_project(EXAMPLE)
    from annotate.interop.run import project_records  # noqa: PLC0415

    ctx = Exporting(project, project_records(project, EXAMPLE),
                    review_url="https://reviews.example/r", **options)
    if fmt == "brat":
        return brat.export_files(ctx)
    module = {"w3c": w3c, "fever": fever, "averitec": averitec, "claimreview": claimreview,
              "label-studio": labelstudio}[fmt]
    data = module.export(ctx)
    if fmt == "fever":
        return [json.loads(line) for line in data.splitlines()]
    return json.loads(data)


# What the W3C Web Annotation Data Model defines for the objects annotate writes.
W3C_KEYS = {
    "Annotation": {"id", "type", "motivation", "body", "target", "creator", "created",
                   "modified"},
    "TextualBody": {"type", "value", "purpose"},
    "TextQuoteSelector": {"type", "exact", "prefix", "suffix"},
    "TextPositionSelector": {"type", "start", "end"},
}
W3C_MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing",
                   "editing", "highlighting", "identifying", "linking", "moderating",
                   "questioning", "replying", "tagging"}


def test_w3c_export_follows_the_data_model() -> None:
    """Context, types, motivations, purposes and selectors are the model's own."""
    page = _example_export("w3c")
    assert page["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert page["type"] == "AnnotationPage"
    for item in page["items"]:
        assert set(item) <= W3C_KEYS["Annotation"]
        assert re.match(r"^[a-z][a-z0-9+.-]*:", item["id"])
        assert item["motivation"] in W3C_MOTIVATIONS
        for body in item["body"]:
            assert set(body) <= W3C_KEYS["TextualBody"]
            assert body["purpose"] in W3C_MOTIVATIONS
        for selector in item["target"]["selector"]:
            assert set(selector) <= W3C_KEYS[selector["type"]]


def test_claimreview_has_googles_required_and_recommended_fields() -> None:
    """url, claimReviewed (75 characters at most) and reviewRating.alternateName; author,
    datePublished, and itemReviewed as a Claim with author, date and appearances."""
    reviews = _example_export("claimreview")
    rated = (EXAMPLE / "claims" / "tiangong-1.claims.yaml").read_text().count("\n  verdict:\n")
    assert len(reviews) == rated == 13  # every rated claim
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["url"].startswith("https://reviews.example/r/")
        assert 0 < len(review["claimReviewed"]) <= 75
        assert review["reviewRating"]["alternateName"]
        assert review["author"]["@type"] == "Organization"
        assert dt.date.fromisoformat(review["datePublished"])
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        for key in ("datePublished", "appearance", "firstAppearance"):
            assert key in item, key
    six = next(r for r in reviews if r["identifier"] == "tg1-mars500-six-volunteers")
    assert six["reviewRating"] == {"@type": "Rating", "alternateName": "False",
                                   "ratingValue": 1, "bestRating": 5, "worstRating": 1}


BRAT_LINE = re.compile(r"^(T\d+\t\w+ \d+ \d+(;\d+ \d+)*\t[^\t\n]*|A\d+\t\w+ T\d+( \S+)?|"
                       r"#\d+\tAnnotatorNotes T\d+\t[^\t\n]*)$")


def test_brat_export_follows_the_line_grammar() -> None:
    """Every .ann line is a brat text-bound annotation, attribute or note."""
    files = _example_export("brat")
    lines = files["tiangong-1.ann"].decode().splitlines()
    assert lines
    for line in lines:
        assert BRAT_LINE.match(line), line
    text = files["tiangong-1.txt"].decode()
    for line in lines:
        if line.startswith("T"):
            _, spans, quote = line.split("\t")
            start, end = map(int, spans.split()[1:3])
            assert text[start:end] == quote


def test_fever_and_averitec_use_their_vocabularies() -> None:
    """FEVER labels and evidence sets; AVeriTeC labels, unpadded dates, answer types."""
    for row in _example_export("fever"):
        assert row["label"] in ("SUPPORTS", "REFUTES", "NOT ENOUGH INFO")
        assert all(len(e) == 4 for group in row["evidence"] for e in group)
    for row in _example_export("averitec"):
        assert row["label"] in averitec.LABELS
        assert row["claim_date"] == "28-9-2011"
        assert set(row["claim_types"]) <= {"Event/Property Claim", "Numerical Claim",
                                           "Quote Verification", "Causal Claim",
                                           "Position Statement"}
        for question in row["questions"]:
            for answer in question["answers"]:
                assert answer["answer_type"] in ("Extractive", "Abstractive", "Boolean",
                                                 "Unanswerable")


def test_claimreview_real_world_deviations(tmp_path: Path) -> None:
    """JSON-LD in a script tag, itemReviewed a CreativeWork, a rating with only alternateName."""
    text = "Officials said six volunteers took part in the test."
    root = make_project(tmp_path, text, [])
    project = open_project(root)
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "url": "https://factcheck.example/six", "claimReviewed": "six volunteers",
              "itemReviewed": {"@type": "CreativeWork", "author": {"name": "Officials"}},
              "reviewRating": {"@type": "Rating", "alternateName": "False"}}
    page = ('<html><head><script type="application/ld+json">'
            + json.dumps({"@graph": [review]}) + "</script></head></html>").encode()
    ctx = Importing(project, project.source("doc"), now=NOW)
    (record,) = claimreview.parse(ctx, page, "page.html")
    assert record["selector"]["exact"] == "six volunteers"
    assert record["verdict"]["label"] == "refuted"
    assert record["attribution"]["speaker"] == "Officials"
    said = "\n".join(ctx.notes.lines)
    assert "script block" in said
    assert "CreativeWork" in said
    assert "only alternateName" in said


def test_averitec_real_world_deviations(tmp_path: Path) -> None:
    """Null and empty speakers, missing cached URLs and padded dates are accepted and noted."""
    text = "The mayor said 300 flags flew."
    root = make_project(tmp_path, text, [])
    project = open_project(root)
    rows = [{"claim": "300 flags", "label": "Refuted", "speaker": None, "claim_date": "05-09-2024",
             "questions": [{"question": "q", "answers": [{"answer": "200 flags flew",
                                                          "answer_type": "Extractive",
                                                          "source_url": "https://a.example/x"}]}]},
            {"claim": "300 flags flew", "label": "Supported", "speaker": "",
             "claim_date": "5-9-2024", "questions": []}]
    ctx = Importing(project, project.source("doc"), now=NOW)
    records = list(averitec.parse(ctx, orjson.dumps(rows), "data.json"))
    assert [r["verdict"]["label"] for r in records] == ["refuted", "supported"]
    assert records[0]["verdict"]["evidence"] == [{"url": "https://a.example/x",
                                                  "quote": "200 flags flew",
                                                  "accessed": "2026-11-25"}]
    said = "\n".join(ctx.notes.lines)
    assert "zero-padded" in said
    assert "no cached_source_url" in said


def test_label_studio_utf16_offsets_are_detected(tmp_path: Path) -> None:
    """Offsets in UTF-16 units (emoji before the span) are recognised and converted."""
    text = "Launch 🚀👩‍🚀 went well: 300 flags flew."
    root = make_project(tmp_path, text, [])
    project = open_project(root)
    start = text.index("300 flags")
    units = len(text[:start].encode("utf-16-le")) // 2
    task = [{"data": {"text": text}, "annotations": [{"result": [{
        "id": "r1", "type": "labels", "value": {"start": units, "end": units + 9,
                                                "text": "300 flags", "labels": ["quantity"]}}]}]}]
    ctx = Importing(project, project.source("doc"), now=NOW)
    (record,) = labelstudio.parse(ctx, orjson.dumps(task), "tasks.json")
    assert (record["selector"]["start"], record["selector"]["end"]) == (start, start + 9)
    assert record["value"] == {"kind": "quantity", "amount": 300, "unit": "flags"}
    assert any("UTF-16" in line for line in ctx.notes.lines)


def test_export_and_import_at_the_command_line(run_cli: RunCli, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Each format exports from the example and imports into a fresh project; errors exit 2."""
    monkeypatch.setenv("ANNOTATE_USER", "tester")
    out = tmp_path / "out"
    for fmt in ("w3c", "fever", "averitec", "label-studio", "claimreview"):
        ran = run_cli(["export", "--to", fmt, "--review-url", "https://r.example",
                       "-o", str(out / fmt)], cwd=EXAMPLE)
        assert ran.exit_code == 0, fmt
    assert run_cli(["export", "--to", "brat", "-o", str(out / "brat")],
                   cwd=EXAMPLE).exit_code == 0
    assert run_cli(["export", "--to", "brat"], cwd=EXAMPLE).exit_code == 2
    assert run_cli(["export", "--to", "claimreview"], cwd=EXAMPLE).exit_code == 2
    root = tmp_path / "repo"
    run_cli(["init", str(root)])
    run_cli(["source", "add", str(EXAMPLE / "sources" / "tiangong-1.txt"), "--id",
             "tiangong-1", "--published", "2011-09-28"], cwd=root)
    dry = run_cli(["import", "--from", "w3c", str(out / "w3c"), "--dry-run"], cwd=root)
    assert dry.exit_code == 0
    assert not (root / "claims" / "tiangong-1.claims.yaml").exists()
    ran = run_cli(["import", "--from", "brat", str(out / "brat" / "tiangong-1.ann"),
                   "--source", "tiangong-1"], cwd=root)
    assert ran.exit_code == 0
    assert "imported 19 record(s)" in ran.stderr
    assert run_cli(["validate", "."], cwd=root).exit_code == 0
    broken = tmp_path / "broken.json"
    broken.write_text("[{]")
    bad = run_cli(["import", "--from", "averitec", str(broken), "--source", "tiangong-1"],
                  cwd=root)
    assert bad.exit_code == 2
    assert "broken.json" in bad.stderr
    nameless = run_cli(["import", "--from", "fever", str(out / "fever")], cwd=root)
    assert nameless.exit_code == 0  # FEVER exports carry their source in 'annotate'


def test_claim_reviewed_over_75_characters_is_a_finding(run_cli: RunCli, example: Path) -> None:
    """A rated claim with no short summary is left out with a note, and the export exits 1."""
    run = run_cli(["set", "tg1-300-iaf-flags", "summary", "--unset"], cwd=example)
    assert run.exit_code == 0
    run = run_cli(["set", "tg1-300-iaf-flags", "statement", "x" * 80], cwd=example)
    assert run.exit_code == 0
    ran = run_cli(["export", "--to", "claimreview", "--review-url", "https://r.example"],
                  cwd=example)
    assert ran.exit_code == 1
    assert "tg1-300-iaf-flags: claimReviewed would be 80 characters" in ran.stderr
    assert "tg1-300-iaf-flags" not in ran.stdout
