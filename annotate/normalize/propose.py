"""Proposals for a quoted span: its claim type, normalised value, speaker and statement."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from annotate.normalize.countries import countries_in
from annotate.normalize.numbers import parse_quantity
from annotate.normalize.speakers import attribute, is_quoted, sentence_bounds
from annotate.normalize.timex import find_date

_PLAN = re.compile(r"\b(plans?|planned|will (?:build|start|launch|send)|aims? to|intends? to)\b",
                   re.IGNORECASE)
_FUTURE = re.compile(r"\b(will|shall|plans?|planned|aims? to|intends? to)\b", re.IGNORECASE)


@attrs.frozen
class Proposal:
    """What the tool proposes for a span; the annotator may override each part."""

    type: str
    value: dict[str, Any] | None
    attribution: dict[str, str] | None
    statement: str
    reason: str


def propose(text: str, start: int, end: int, dct: dt.date) -> Proposal:
    """Type, value, attribution and statement for the span ``[start, end)`` of ``text``."""
    exact = text[start:end]
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right].strip()
    who = attribute(text, start, end)
    attribution = who.as_record() if who else None
    statement = sentence.strip('"“” ')
    date = find_date(exact, dct, context=sentence)
    if date is not None:
        kind = "plan" if _PLAN.search(sentence) else "date"
        return Proposal(kind, date[0], attribution, statement,
                        f"a date expression: {exact[date[1][0]:date[1][1]]!r}")
    quantity = parse_quantity(exact)
    if quantity is not None:
        return Proposal("quantity", quantity, attribution, statement, "a number with its unit")
    codes = countries_in(exact)
    if codes:
        value = {"kind": "origin", "countries": codes, "relation": origin_relation(exact)}
        return Proposal("origin", value, attribution, statement, "country names or adjectives")
    if is_quoted(text, start, end) and who is not None:
        value = {"kind": "quote", "speaker": who.speaker, "text": exact}
        return Proposal("quote", value, attribution, statement, "words in quotation marks")
    kind = "plan" if _FUTURE.search(sentence) else "event"
    return Proposal(kind, None, attribution, statement,
                    "a statement of what will happen" if kind == "plan" else "a statement of fact")


def origin_relation(exact: str) -> str:
    """How the countries of an origin claim relate to the thing: made in, partner, located in,
    operated by, or nationality, from the words around them."""
    lowered = exact.lower()
    if "made in" in lowered or "built in" in lowered or "manufactured" in lowered:
        return "made_in"
    if re.search(r"\b(with|such as|and)\b", lowered) and "countries" in lowered:
        return "partner"
    if re.search(r"\b(?:north|south|east|west|central|northwest|northeast|southwest|southeast"
                 r"|in|inside|near)\b", lowered):
        return "located_in"
    if re.search(r"'s\b", exact):
        return "operated_by"
    if re.search(r"\b(from|[A-Z][a-z]+(?:ese|ian|an|ish|ch))\b", exact):
        return "nationality"
    return "located_in"
