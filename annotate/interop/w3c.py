"""W3C Web Annotation (JSON-LD): an AnnotationPage of Annotations whose target is the
source with a TextQuoteSelector and a TextPositionSelector (code points, as the
model requires; browser tools that count UTF-16 need the Label Studio option).

Bodies: the statement (purpose describing), the claim type (tagging), the verdict
label (assessing). The claim id is the annotation's id, ``urn:annotate:claim:<id>``;
the source is its URL, or ``urn:annotate:source:<id>`` when it has none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from annotate.interop.common import Exporting, Importing, InteropError, load_json

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CLAIM_PREFIX = "urn:annotate:claim:"
SOURCE_PREFIX = "urn:annotate:source:"


def export(ctx: Exporting) -> bytes:
    """An AnnotationPage holding one Annotation a claim."""
    items = []
    for record in ctx.records:
        source = ctx.source(record)
        selector = record["selector"]
        quote = {"type": "TextQuoteSelector", "exact": selector["exact"]}
        for key in ("prefix", "suffix"):
            if key in selector:
                quote[key] = selector[key]
        bodies: list[dict[str, Any]] = [
            {"type": "TextualBody", "value": record["statement"], "purpose": "describing"},
            {"type": "TextualBody", "value": record["type"], "purpose": "tagging"}]
        if record.get("verdict"):
            bodies.append({"type": "TextualBody", "value": record["verdict"]["label"],
                           "purpose": "assessing"})
        annotation: dict[str, Any] = {
            "id": CLAIM_PREFIX + record["id"], "type": "Annotation",
            "motivation": "assessing" if record.get("verdict") else "describing",
            "body": bodies,
            "target": {"source": source.meta.get("url") or SOURCE_PREFIX + source.id,
                       "selector": [quote, {"type": "TextPositionSelector",
                                            "start": selector["start"],
                                            "end": selector["end"]}]}}
        if record.get("annotator"):
            annotation["creator"] = {"type": "Person", "name": record["annotator"]}
        for key in ("created", "modified"):
            if record.get(key):
                annotation[key] = record[key]
        items.append(annotation)
    page = {"@context": CONTEXT, "type": "AnnotationPage", "items": items}
    return orjson.dumps(page, option=orjson.OPT_INDENT_2)


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from an Annotation, a list of them, or an AnnotationPage/Collection."""
    doc = load_json(data, name)
    if isinstance(doc, dict) and doc.get("type") in ("AnnotationPage", "AnnotationCollection"):
        doc = doc.get("items") or (doc.get("first") or {}).get("items") or []
    for index, item in enumerate(doc if isinstance(doc, list) else [doc]):
        where = f"{name}[{index}]"
        if not isinstance(item, dict) or item.get("type") != "Annotation":
            raise InteropError(f"{where}: not a W3C Annotation (type Annotation)")
        record = _one(ctx, item, where)
        if record is not None:
            yield record


def _one(ctx: Importing, item: dict[str, Any], where: str) -> dict[str, Any] | None:
    target = item.get("target") or {}
    if isinstance(target, list):
        target = target[0] if target else {}
    source_ref = str(target.get("source") or "")
    source = ctx.project.source(source_ref.removeprefix(SOURCE_PREFIX)) \
        if source_ref.startswith(SOURCE_PREFIX) else None
    source = source or ctx.need_source(where)
    selectors = target.get("selector") or []
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote: dict[str, Any] = next(
        (s for s in selectors if s.get("type") == "TextQuoteSelector"), {})
    position: dict[str, Any] = next(
        (s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    exact = str(quote.get("exact") or "")
    start, end = position.get("start"), position.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(
            source.text) and (not exact or source.text[start:end] == exact):
        span: tuple[int, int] | None = (start, end)
    else:
        if position:
            ctx.notes.add(where, "TextPositionSelector does not match the quote; located it")
        span = ctx.anchor(source, exact, where, near=start if isinstance(start, int) else None)
    if span is None:
        return None
    bodies = item.get("body") or []
    bodies = bodies if isinstance(bodies, list) else [bodies]
    by_purpose = {b.get("purpose"): b.get("value") for b in bodies if isinstance(b, dict)}
    claim_id = str(item.get("id") or "").removeprefix(CLAIM_PREFIX) or None
    record = ctx.record(source, *span, claim_id=claim_id, claim_type=by_purpose.get("tagging"),
                        statement=by_purpose.get("describing"))
    creator = item.get("creator")
    if isinstance(creator, dict) and creator.get("name"):
        record["annotator"] = creator["name"]
    for key in ("created", "modified"):
        if isinstance(item.get(key), str):
            record[key] = item[key]
    label = by_purpose.get("assessing")
    if label:
        ctx.notes.add(where, f"verdict {label!r} has no evidence in W3C annotations; the claim "
                             "is imported as a draft without it")
    return record
