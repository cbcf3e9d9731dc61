"""What the feature-file steps check, as plain functions over claims.

Each check raises :class:`ExpectationFailed` naming the claim file, line and id
that broke it. The pytest-bdd steps (:mod:`annotate.specs.steps`) only parse the
sentence and call these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from annotate.claims_index import ClaimIndex, ClaimRef
from annotate.normalize.dates import timex_interval
from annotate.rules import anchoring
from annotate.rules.time import relation_holds


class ExpectationFailed(AssertionError):
    """A claim does not meet what a feature file expects of it."""

    def __init__(self, message: str, claim: ClaimRef | None = None) -> None:
        super().__init__(f"{claim.where}: {message}" if claim else message)
        self.reason = message
        self.claim = claim


# -- choosing claims ---------------------------------------------------------

def of_source(index: ClaimIndex, source_id: str) -> list[ClaimRef]:
    """The claims of one source."""
    chosen = [c for c in index.claims if _get(c.record, "source.id") == source_id]
    return _some(chosen, f"no claims of source {source_id!r}")


def in_file(index: ClaimIndex, file: str) -> list[ClaimRef]:
    """The claims of one claim file (path relative to the project root, or its name)."""
    chosen = [c for c in index.claims if c.file == file or c.file.endswith("/" + file)]
    return _some(chosen, f"no claims in a file {file!r}")


def by_id(index: ClaimIndex, claim_id: str) -> list[ClaimRef]:
    """The claim with this id."""
    claim = index.by_id(claim_id)
    if claim is None:
        raise ExpectationFailed(f"there is no claim {claim_id!r}")
    return [claim]


def quoting(index: ClaimIndex, words: str) -> list[ClaimRef]:
    """The one claim whose quoted text contains ``words``."""
    chosen = [c for c in index.claims if words in str(_get(c.record, "selector.exact") or "")]
    if len(chosen) > 1:
        raise ExpectationFailed(f"{len(chosen)} claims quote {words!r}: "
                                + ", ".join(c.where for c in chosen) + "; quote more words")
    return _some(chosen, f"no claim quotes {words!r}")


def of_type(claims: Iterable[ClaimRef], claim_type: str) -> list[ClaimRef]:
    """The claims of one type."""
    return [c for c in claims if c.record.get("type") == claim_type]


def rated(claims: Iterable[ClaimRef], label: str) -> list[ClaimRef]:
    """The claims whose verdict has this label."""
    return [c for c in claims if _get(c.record, "verdict.label") == label]


def the_one(claims: Sequence[ClaimRef]) -> ClaimRef:
    """The single chosen claim."""
    if len(claims) != 1:
        raise ExpectationFailed(f"this step needs exactly one claim, and {len(claims)} are "
                                "chosen; choose one with 'Given the claim \"<id>\"'")
    return claims[0]


# -- anchoring ---------------------------------------------------------------

def anchored(index: ClaimIndex, claims: Iterable[ClaimRef]) -> None:
    """Every claim's span says what it quotes, in the source version it names."""
    for claim in claims:
        source_id = _get(claim.record, "source.id")
        source = index.project.source(str(source_id))
        if source is None:
            raise ExpectationFailed(f"source {source_id!r} cannot be loaded", claim)
        try:
            hits = anchoring.check(claim.record, source)
        except (KeyError, TypeError) as err:
            raise ExpectationFailed(f"the selector is incomplete ({err})", claim) from None
        if hits:
            raise ExpectationFailed(f"not anchored: {hits[0].message} ({hits[0].code})", claim)


# -- values ------------------------------------------------------------------

def counts(claim: ClaimRef, amount: float, unit: str) -> None:
    """The claim's quantity is ``amount`` of ``unit``."""
    value = _value(claim, "quantity")
    said = f"{value.get('amount')} {value.get('unit')}"
    if value.get("amount") != amount or not _same_unit(str(value.get("unit")), unit):
        raise ExpectationFailed(f"counts {said}, expected {amount:g} {unit}", claim)


def dated(claim: ClaimRef, timex: str, mod: str | None = None) -> None:
    """The claim's date is the TIMEX3 value ``timex`` (and has ``mod`` when given)."""
    value = _value(claim, "date")
    if value.get("timex3") != timex or (mod is not None and value.get("mod") != mod):
        have = f"{value.get('timex3')}" + (f" ({value['mod']})" if value.get("mod") else "")
        want = timex + (f" ({mod})" if mod else "")
        raise ExpectationFailed(f"is dated {have}, expected {want}", claim)


def names_origins(claim: ClaimRef, codes: Sequence[str]) -> None:
    """The claim's origin names exactly these country codes (in any order)."""
    value = _value(claim, "origin")
    have = list(value.get("countries", []))
    if sorted(have) != sorted(codes):
        raise ExpectationFailed(f"names origins {', '.join(have)}, expected "
                                f"{', '.join(codes)}", claim)


def attributed_to(claim: ClaimRef, speaker: str) -> None:
    """The claim is attributed to ``speaker``."""
    have = _get(claim.record, "attribution.speaker")
    if have != speaker:
        raise ExpectationFailed(f"is attributed to {have!r}, expected {speaker!r}"
                                if have else f"has no attribution, expected {speaker!r}", claim)


def has_values(index: ClaimIndex, rows: list[list[str]]) -> None:
    """A table whose first column names claims and whose other columns name fields."""
    header, *body = rows
    if not body or header[0] not in ("claim", "id"):
        raise ExpectationFailed("the table needs a first column 'claim' and a row a claim")
    for row in body:
        (claim,) = by_id(index, row[0])
        for field, wanted in zip(header[1:], row[1:], strict=True):
            have = _get(claim.record, field)
            if _text(have) != wanted:
                raise ExpectationFailed(f"{field} is {_text(have)!r}, expected {wanted!r}",
                                        claim)


# -- order in time -----------------------------------------------------------

def in_order(claim: ClaimRef, relation: str, other: ClaimRef) -> None:
    """``claim relation other`` holds on the normalised dates (before, after, same_time)."""
    left, right = _interval(claim), _interval(other)
    if not relation_holds(relation, left, right):
        raise ExpectationFailed(
            f"{_get(claim.record, 'value.timex3')} is not {relation.replace('_', ' ')} "
            f"{_get(other.record, 'value.timex3')} ({other.where})", claim)


def against_publication(index: ClaimIndex, claim: ClaimRef, relation: str) -> None:
    """The claim's date lies before or after its source's publication date."""
    source = index.project.source(str(_get(claim.record, "source.id")))
    if source is None:
        raise ExpectationFailed("its source cannot be loaded", claim)
    published = dt.date.fromisoformat(source.published)
    interval = _interval(claim)
    holds = (interval.end <= published if relation == "before"
             else interval.start > published)
    if not holds:
        raise ExpectationFailed(f"{_get(claim.record, 'value.timex3')} is not {relation} the "
                                f"publication date {published}", claim)


# -- verdicts ----------------------------------------------------------------

def is_rated(claim: ClaimRef, label: str) -> None:
    """The claim's verdict has this label."""
    have = _get(claim.record, "verdict.label")
    if have != label:
        raise ExpectationFailed(f"is rated {have!r}, expected {label!r}" if have
                                else f"has no verdict, expected {label!r}", claim)


def cite_sources(claims: Iterable[ClaimRef], minimum: int) -> None:
    """Every claim's verdict cites at least ``minimum`` evidence items with a URL."""
    for claim in claims:
        evidence = _get(claim.record, "verdict.evidence") or []
        usable = [e for e in evidence if isinstance(e, dict) and e.get("url")]
        if len(usable) < minimum:
            raise ExpectationFailed(f"cites {len(usable)} source(s), expected at least "
                                    f"{minimum}", claim)


# -- the set of claims -------------------------------------------------------

def unique_ids(claims: Sequence[ClaimRef]) -> None:
    """No two claims share an id."""
    seen: dict[str, ClaimRef] = {}
    for claim in claims:
        if claim.id in seen:
            raise ExpectationFailed(f"id already used at {seen[claim.id].where}", claim)
        seen[claim.id] = claim


def count_is(claims: Sequence[ClaimRef], comparison: str, number: int) -> None:
    """There are exactly, at least or at most ``number`` chosen claims."""
    have = len(claims)
    holds = {"exactly": have == number, "at least": have >= number,
             "at most": have <= number}[comparison]
    if not holds:
        raise ExpectationFailed(f"{have} claims are chosen, expected {comparison} {number}")


# -- helpers -----------------------------------------------------------------

def _some(claims: list[ClaimRef], message: str) -> list[ClaimRef]:
    if not claims:
        raise ExpectationFailed(message)
    return claims


def _get(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(map(_text, value))
    return "" if value is None else str(value)


def _value(claim: ClaimRef, kind: str) -> dict[str, Any]:
    value = claim.record.get("value")
    if not isinstance(value, dict) or value.get("kind") != kind:
        have = value.get("kind") if isinstance(value, dict) else None
        raise ExpectationFailed(f"has {'a ' + str(have) if have else 'no'} value, "
                                f"expected a {kind}", claim)
    return value


def _interval(claim: ClaimRef) -> Any:
    value = _value(claim, "date")
    interval = timex_interval(str(value.get("timex3")))
    if interval is None:
        raise ExpectationFailed(f"{value.get('timex3')!r} names no date", claim)
    return interval


def _same_unit(have: str, want: str) -> bool:
    """'volunteer' and 'volunteers' are the same unit; so are case variants."""
    a, b = have.lower(), want.lower()
    return a == b or a.rstrip("s") == b.rstrip("s")
