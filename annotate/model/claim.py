"""The claim record: one checkable statement anchored in its source."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from annotate.model.values import Value

ClaimType = Literal["date", "quantity", "origin", "quote", "event", "plan", "comparison",
                    "causal", "opinion"]
Status = Literal["candidate", "draft", "annotated", "reviewed"]
CLAIM_TYPES: tuple[str, ...] = ("date", "quantity", "origin", "quote", "event", "plan",
                                "comparison", "causal", "opinion")


@attrs.frozen
class SourceRef:
    """Which source a claim belongs to, pinned to the SHA-256 of its bytes."""

    id: str
    sha256: str


@attrs.frozen(kw_only=True)
class Selector:
    """W3C TextQuoteSelector plus TextPositionSelector; offsets in code points, half-open."""

    exact: str
    prefix: str | None = None
    suffix: str | None = None
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Attribution:
    """Who says it, and whether the text quotes them or reports their words."""

    speaker: str
    role: str | None = None
    mode: Literal["direct", "reported"]


@attrs.frozen(kw_only=True)
class Evidence:
    """A source outside the article that bears on the claim."""

    url: str
    title: str | None = None
    quote: str | None = None
    accessed: dt.date
    archive_url: str | None = None


@attrs.frozen
class Verdict:
    """The rating on the project's scale, its justification and evidence."""

    label: str
    justification: str
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=tuple)
    reviewer: str | None = None
    date: dt.date | None = None


@attrs.frozen
class Relation:
    """A link from this claim to another: temporal order, support or contradiction."""

    type: Literal["before", "after", "same_time", "supports", "contradicts"]
    target: str


@attrs.frozen
class Checkworthiness:
    """How worth checking a candidate is (0 to 1), and why."""

    score: float
    reason: str | None = None


@attrs.frozen(kw_only=True)
class Claim:
    """One claim record. Field order here is the order claim files are written in."""

    id: str
    source: SourceRef
    selector: Selector
    type: ClaimType
    statement: str
    summary: str | None = None
    value: Value | None = None
    attribution: Attribution | None = None
    verdict: Verdict | None = None
    relations: tuple[Relation, ...] | None = None
    checkworthiness: Checkworthiness | None = None
    status: Status
    annotator: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    notes: str | None = None
    schema_version: int | None = None
