"""The annotator's operations on claim records: locate a quote, build a record, rate it, edit it.

Plain functions over records; :mod:`annotate.store` writes their results and the
CLI asks the questions.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from typing import Any

import attrs

from annotate.errors import UsageError
from annotate.normalize.countries import countries_in
from annotate.normalize.dates import timex_granularity
from annotate.normalize.numbers import parse_quantity
from annotate.normalize.propose import Proposal, propose
from annotate.normalize.timex import find_date, in_zone
from annotate.project import Source
from annotate.textspan import context, line_column, occurrences

TYPES_WITH_KIND = {"date": "date", "quantity": "quantity", "origin": "origin", "quote": "quote"}


class AnnotationError(UsageError):
    """An annotation request that cannot be carried out as asked (exit code 2)."""


@attrs.frozen
class Passage:
    """A place in the source: offsets, line and column, and the text around it."""

    start: int
    end: int
    line: int
    column: int
    before: str
    quote: str
    after: str
    similarity: float = 1.0


def passage(text: str, start: int, end: int, similarity: float = 1.0) -> Passage:
    """The passage ``[start, end)`` with 30 code points of context on each side."""
    line, column = line_column(text, start)
    return Passage(start, end, line, column, text[max(0, start - 30):start], text[start:end],
                   text[end:end + 30], similarity)


def find_quote(text: str, quote: str) -> list[Passage]:
    """Every occurrence of ``quote`` in ``text``."""
    return [passage(text, pos, pos + len(quote)) for pos in occurrences(text, quote)]


def closest_passages(text: str, quote: str, count: int = 3) -> list[Passage]:
    """The passages of ``text`` most like ``quote`` (for a quote that does not occur)."""
    size = max(len(quote), 1)
    step = max(size // 4, 1)
    scored: list[tuple[float, int]] = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote.lower())
    for start in range(0, max(len(text) - size, 0) + 1, step):
        matcher.set_seq1(text[start:start + size].lower())
        if matcher.real_quick_ratio() > 0.4 and matcher.quick_ratio() > 0.4:
            scored.append((matcher.ratio(), start))
    chosen: list[tuple[float, int]] = []
    for ratio, start in sorted(scored, reverse=True):
        if all(abs(start - other) >= size for _, other in chosen):
            chosen.append((ratio, start))
        if len(chosen) == count:
            break
    return [passage(text, start, start + size, round(ratio, 2)) for ratio, start in chosen]


def make_id(source_id: str, exact: str, taken: set[str]) -> str:
    """A readable id from the source and the first words of the quote, unique in ``taken``."""
    words = re.findall(r"[a-z0-9]+", exact.lower())[:5]
    base = "-".join([source_id.lower(), *words])[:80].strip("-") or source_id
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def parse_value(claim_type: str, given: str, dct: dt.date, *, speaker: str | None = None,
                exact: str = "") -> dict[str, Any]:
    """A value from the annotator's words, by the claim type's kind.

    date: a TIMEX3 value with an optional mod ("2011-09-29 END") or words ("late
    Thursday"); quantity: "6 volunteers" (amount and unit); origin: "CN,RU" or
    country names; quote: the quoted words (the speaker comes from --speaker).
    """
    kind = TYPES_WITH_KIND.get(claim_type, "date")
    if kind == "date":
        parts = given.split()

        granularity = timex_granularity(parts[0]) if parts else None
        if granularity is not None:
            value: dict[str, Any] = {"kind": "date", "timex3": parts[0]}
            if len(parts) > 1:
                value["mod"] = parts[1].upper()
            value.update(granularity=granularity, dct=dct.isoformat())
            return value
        found = find_date(given, dct)
        if found is None:
            raise AnnotationError(f"{given!r} is neither a TIMEX3 value (2011-09-29, 2011-11, "
                                  "2020 APPROX) nor a date expression annotate can resolve")
        return found[0]
    if kind == "quantity":
        quantity = parse_quantity(given)
        if quantity is None:
            raise AnnotationError(f"{given!r} has no number; write it as '6 volunteers'")
        return quantity
    if kind == "origin":
        codes = [c.strip().upper() for c in given.split(",")] if re.fullmatch(
            r"[A-Za-z]{2}(?:\s*,\s*[A-Za-z]{2})*", given.strip()) else countries_in(given)
        if not codes:
            raise AnnotationError(f"{given!r} names no country; write codes such as CN,RU")
        return {"kind": "origin", "countries": codes}
    if not speaker:
        raise AnnotationError("a quote value needs a speaker: give --speaker")
    return {"kind": "quote", "speaker": speaker, "text": given or exact}


@attrs.frozen
class NewClaim:
    """What the annotator asked for; None means: take the proposal."""

    claim_id: str | None = None
    type: str | None = None
    value: str | None = None
    speaker: str | None = None
    role: str | None = None
    mode: str | None = None
    statement: str | None = None
    summary: str | None = None
    status: str = "draft"
    annotator: str | None = None


def build_claim(source: Source, start: int, end: int, request: NewClaim, *, taken: set[str],
                now: dt.datetime) -> tuple[dict[str, Any], Proposal]:
    """A claim record for ``[start, end)`` of the source: proposals, overridden by the request."""
    dct = dt.date.fromisoformat(source.published)
    proposal = propose(source.text, start, end, dct)
    exact = source.text[start:end]
    claim_type = request.type or proposal.type
    attribution = dict(proposal.attribution) if proposal.attribution else None
    if request.speaker:
        attribution = {"speaker": request.speaker,
                       **({"role": attribution["role"]} if attribution and "role" in attribution
                          and attribution["speaker"] == request.speaker else {}),
                       "mode": attribution["mode"] if attribution else "reported"}
    if attribution is not None:
        if request.role:
            attribution = {"speaker": attribution["speaker"], "role": request.role,
                           "mode": attribution["mode"]}
        if request.mode:
            attribution["mode"] = request.mode
    if request.value is not None:
        value: dict[str, Any] | None = parse_value(
            claim_type, request.value, dct,
            speaker=attribution["speaker"] if attribution else None, exact=exact)
    elif proposal.value is not None and proposal.value["kind"] == "date" and (
            TYPES_WITH_KIND.get(claim_type) in (None, "date")):
        # A date claim, or a plan or an event that the words date: in the source's zone.
        value = in_zone(proposal.value, source.meta.get("timezone"))
    elif proposal.value is not None and TYPES_WITH_KIND.get(claim_type) == proposal.value["kind"]:
        value = proposal.value
    elif claim_type == "quote" and attribution:
        value = {"kind": "quote", "speaker": attribution["speaker"], "text": exact}
    else:
        value = None
    prefix, suffix = context(source.text, start, end)
    record: dict[str, Any] = {
        "id": request.claim_id or make_id(source.id, exact, taken),
        "source": {"id": source.id, "sha256": source.sha256},
        "selector": {"exact": exact, "prefix": prefix, "suffix": suffix, "start": start,
                     "end": end},
        "type": claim_type,
        "statement": request.statement or proposal.statement,
    }
    if request.summary:
        record["summary"] = request.summary
    if value is not None:
        record["value"] = value
    if attribution is not None:
        record["attribution"] = attribution
    record["status"] = request.status
    if request.annotator:
        record["annotator"] = request.annotator
    stamp = now.isoformat(timespec="seconds")
    record["created"] = record["modified"] = stamp
    return record, proposal


def rate(record: dict[str, Any], *, label: str, justification: str | None,
         evidence: dict[str, Any] | None, reviewer: str | None,
         now: dt.datetime) -> dict[str, Any]:
    """The record with its verdict set (label, justification) and one more evidence item."""
    verdict = dict(record.get("verdict") or {})
    verdict["label"] = label
    if justification:
        verdict["justification"] = justification
    if not verdict.get("justification"):
        raise AnnotationError("a verdict needs a justification: give --justification")
    if evidence is not None:
        verdict["evidence"] = [*verdict.get("evidence", []), evidence]
    if reviewer:
        verdict["reviewer"] = reviewer
    return {**record, "verdict": verdict, "modified": now.isoformat(timespec="seconds")}


def set_field(record: dict[str, Any], field: str, raw: str | None,
              now: dt.datetime) -> dict[str, Any]:
    """The record with ``field`` (a dotted path) set to ``raw`` (JSON, else text), or removed.

    ``id`` and the selector's offsets cannot be set: they are what anchors and
    names the claim (re-anchoring is its own command).
    """
    if field in ("id", "source", "source.id", "source.sha256") or field.startswith("selector"):
        raise AnnotationError(f"{field} is not set by hand: it anchors or names the claim")
    value: Any = None
    if raw is not None:
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
    updated = json.loads(json.dumps(record))
    parts = field.split(".")
    target = updated
    for part in parts[:-1]:
        node = target[int(part)] if isinstance(target, list) else target.setdefault(part, {})
        target = node
    last: Any = int(parts[-1]) if isinstance(target, list) else parts[-1]
    if raw is None:
        if isinstance(target, dict):
            target.pop(last, None)
        else:
            del target[last]
    else:
        target[last] = value
    updated["modified"] = now.isoformat(timespec="seconds")
    return dict(updated)
