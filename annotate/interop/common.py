"""What every format shares: the claims and sources being exported, the notes an import
makes of what it assumed, label mapping, and anchoring imported text in a source."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import orjson

from annotate.annotating import NewClaim, build_claim, closest_passages
from annotate.model.config import ProjectConfig, RatingLabel
from annotate.project import Project, Source
from annotate.textspan import occurrences

CLAIM_TYPES = ("date", "quantity", "origin", "quote", "event", "plan", "comparison", "causal",
               "opinion")


class InteropError(ValueError):
    """Input of a format that cannot be read at all (the message says where and why)."""


@attrs.define
class Notes:
    """What an import or export assumed or left out, said to the user."""

    lines: list[str] = attrs.Factory(list)

    def add(self, where: str, message: str) -> None:
        """Note one thing, with where it happened."""
        self.lines.append(f"{where}: {message}")


@attrs.define
class Exporting:
    """The claims being exported, with their project and sources."""

    project: Project
    records: list[dict[str, Any]]
    notes: Notes = attrs.Factory(Notes)
    utf16: bool = False
    review_url: str | None = None
    publisher: str | None = None

    @property
    def config(self) -> ProjectConfig:
        """The project's configuration (for the rating scale)."""
        return self.project.config

    def source(self, record: dict[str, Any]) -> Source:
        """The loaded source of a record (validated input has one)."""
        source = self.project.source(str(record["source"]["id"]))
        if source is None:
            raise InteropError(f"claim {record['id']}: source {record['source']['id']!r} "
                               "cannot be loaded; run annotate validate")
        return source

    def label(self, record: dict[str, Any]) -> RatingLabel | None:
        """The scale entry of the record's verdict label, if any."""
        verdict = record.get("verdict")
        return self.config.label(verdict["label"]) if verdict else None


@attrs.define
class Importing:
    """An import into one project: where records go, and what was assumed."""

    project: Project
    source: Source | None
    notes: Notes = attrs.Factory(Notes)
    taken: set[str] = attrs.Factory(set)
    now: dt.datetime = attrs.Factory(lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
    annotator: str | None = None

    def need_source(self, where: str) -> Source:
        """The source records are imported into; a format without one needs --source."""
        if self.source is None:
            raise InteropError(f"{where}: this format does not name its source text; give "
                               "--source ID of a registered source")
        return self.source

    def label_for(self, *, alternate: str | None = None, value: float | None = None,
                  fever: str | None = None, averitec: str | None = None) -> str | None:
        """The project's label for a rating given in a format's own terms."""
        for entry in self.project.config.rating_scale:
            review = entry.claimreview
            if alternate and review and review.alternateName.lower() == alternate.lower():
                return entry.label
            if alternate and entry.label == alternate.lower():
                return entry.label
            if fever and entry.fever == fever:
                return entry.label
            if averitec and entry.averitec == averitec:
                return entry.label
        if value is not None:
            for entry in self.project.config.rating_scale:
                if entry.claimreview and entry.claimreview.ratingValue == round(value):
                    return entry.label
        return None

    def anchor(self, source: Source, quote: str, where: str, *,
               near: int | None = None) -> tuple[int, int] | None:
        """Where ``quote`` stands in the source: exactly (the nearest occurrence to ``near``),
        or else a close passage (noted); None (noted) when nothing is close."""
        found = occurrences(source.text, quote) if quote else []
        if found:
            start = min(found, key=lambda pos: abs(pos - (near or 0)))
            if len(found) > 1 and near is None:
                self.notes.add(where, f"the quote occurs {len(found)} times; took the first")
            return start, start + len(quote)

        close = closest_passages(source.text, quote, 1) if quote else []
        if close and close[0].similarity >= 0.8:
            passage = close[0]
            self.notes.add(where, f"quote not found verbatim; anchored to the closest passage "
                                  f"({passage.similarity:.0%} alike) at {passage.line}:"
                                  f"{passage.column}: review it")
            return passage.start, passage.end
        self.notes.add(where, "quote not found in the source; skipped")
        return None

    def record(self, source: Source, start: int, end: int, *, claim_id: str | None = None,
               claim_type: str | None = None, statement: str | None = None,
               status: str = "draft") -> dict[str, Any]:
        """A new record for the span, with proposals for what the format does not carry."""
        if claim_type is not None and claim_type not in CLAIM_TYPES:
            claim_type = None
        if claim_id in self.taken:
            claim_id = None
        request = NewClaim(claim_id=claim_id, type=claim_type, statement=statement,
                           status=status, annotator=self.annotator)
        record, _ = build_claim(source, start, end, request, taken=self.taken, now=self.now)
        self.taken.add(record["id"])
        return record


def load_json(data: bytes, name: str) -> Any:
    """The JSON document of an import file, or an InteropError naming where it breaks."""

    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as err:
        raise InteropError(f"{name}: {err.msg} at line {err.lineno}, column {err.colno}") \
            from None
