"""The `annotate` extension object that FEVER and AVeriTeC exports carry, so that an
import finds each claim's span again (consumers of those formats ignore it)."""

from __future__ import annotations

from typing import Any

from annotate.interop.common import Importing
from annotate.project import Source


def extension(record: dict[str, Any], original_label: str | None = None) -> dict[str, Any]:
    """What travels with an exported claim: its id, source and span."""
    selector = record["selector"]
    data = {"claim_id": record["id"], "source_id": record["source"]["id"],
            "exact": selector["exact"], "start": selector["start"], "end": selector["end"],
            "type": record["type"]}
    if original_label:
        data["label"] = original_label
    return data


def claim_record(ctx: Importing, item: dict[str, Any], claim_text: str,
                 where: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A new record for an imported claim, anchored, and the extension it came with."""
    found = locate(ctx, item, claim_text, where)
    if found is None:
        return None
    source, span, ext = found
    record = ctx.record(source, *span, claim_id=ext.get("claim_id"),
                        claim_type=ext.get("type"), statement=claim_text)
    return record, ext


def locate(ctx: Importing, item: dict[str, Any], claim_text: str,
           where: str) -> tuple[Source, tuple[int, int], dict[str, Any]] | None:
    """The source and span of an imported claim: from the extension, else the claim's text."""
    raw = item.get("annotate")
    ext: dict[str, Any] = raw if isinstance(raw, dict) else {}
    source = ctx.source
    if ext.get("source_id") and (source is None or source.id != ext["source_id"]):
        source = ctx.project.source(str(ext["source_id"])) or source
    if source is None:
        source = ctx.need_source(where)
    if ext.get("exact") and isinstance(ext.get("start"), int):
        start = ext["start"]
        if source.text[start:start + len(ext["exact"])] == ext["exact"]:
            return source, (start, start + len(ext["exact"])), ext
        ctx.notes.add(where, "the recorded span no longer matches the source; located the quote")
    span = ctx.anchor(source, str(ext.get("exact") or claim_text), where,
                      near=ext.get("start") if isinstance(ext.get("start"), int) else None)
    return (source, span, ext) if span else None
