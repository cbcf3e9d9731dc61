"""schema.org ClaimReview (JSON-LD), as Google's fact-check guidelines describe it.

Export: one ClaimReview a rated claim, with the fields Google requires (url,
claimReviewed, reviewRating with alternateName) and recommends (author,
datePublished, itemReviewed as a Claim with author, datePublished, appearance and
firstAppearance). The quoted span travels as itemReviewed.text and its offset as
itemReviewed.position, so that an import can anchor it again.
Import accepts real feeds' deviations and notes each: JSON-LD in a script tag, a
@graph or a list, itemReviewed as a CreativeWork, a rating with only alternateName.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import orjson

from annotate.interop.common import Exporting, Importing, InteropError

MAX_CLAIM_REVIEWED = 75


def export(ctx: Exporting) -> bytes:
    """A JSON array of ClaimReview objects, one a rated claim."""
    if not ctx.review_url:
        raise InteropError("ClaimReview needs the URL of each review: give --review-url BASE "
                           "(the review of claim X is BASE/X)")
    out = []
    for record in ctx.records:
        entry = ctx.label(record)
        if entry is None or entry.claimreview is None:
            continue
        text = record.get("summary") or record["statement"]
        if len(text) > MAX_CLAIM_REVIEWED:
            ctx.notes.add(record["id"], f"claimReviewed would be {len(text)} characters (over "
                                        f"{MAX_CLAIM_REVIEWED}); add a summary: annotate set "
                                        f"{record['id']} summary '...'")
            continue
        source = ctx.source(record)
        rating: dict[str, Any] = {"@type": "Rating",
                                  "alternateName": entry.claimreview.alternateName}
        if entry.claimreview.ratingValue is not None:
            rating.update(ratingValue=entry.claimreview.ratingValue, bestRating=5, worstRating=1)
        claim: dict[str, Any] = {"@type": "Claim", "datePublished": source.published,
                                 "text": record["selector"]["exact"],
                                 "position": record["selector"]["start"]}
        attribution = record.get("attribution")
        if attribution:
            claim["author"] = {"@type": "Person", "name": attribution["speaker"],
                               **({"jobTitle": attribution["role"]}
                                  if attribution.get("role") else {})}
        appearance = {"@type": "CreativeWork", "headline": source.meta.get("title"),
                      **({"url": source.meta["url"]} if source.meta.get("url") else {})}
        claim["appearance"] = claim["firstAppearance"] = appearance
        verdict = record["verdict"]
        out.append({
            "@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"{ctx.review_url.rstrip('/')}/{record['id']}",
            "identifier": record["id"],
            "claimReviewed": text,
            "reviewRating": rating,
            "itemReviewed": claim,
            "author": {"@type": "Organization",
                       "name": ctx.publisher or ctx.config.name or "annotate"},
            "datePublished": verdict.get("date") or dt.date.today().isoformat(),
            "reviewBody": verdict["justification"],
        })
    return orjson.dumps(out, option=orjson.OPT_INDENT_2)


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from ClaimReview JSON-LD (a file of JSON, or HTML with script tags)."""
    text = data.decode("utf-8", "replace")
    blocks = [text]
    if text.lstrip().startswith("<"):
        blocks = re.findall(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", text,
                            re.S | re.I)
        ctx.notes.add(name, f"read {len(blocks)} JSON-LD script block(s) from HTML")
    items: list[Any] = []
    for number, block in enumerate(blocks, 1):
        try:
            items.extend(_flatten(orjson.loads(block)))
        except orjson.JSONDecodeError as err:
            raise InteropError(f"{name}: JSON-LD block {number}: {err.msg} at line "
                               f"{err.lineno}, column {err.colno}") from None
    for index, item in enumerate(i for i in items if _is_review(i)):
        yield from _one(ctx, item, f"{name}#{index + 1}")


def _flatten(data: Any) -> list[Any]:
    if isinstance(data, list):
        return [x for item in data for x in _flatten(item)]
    if isinstance(data, dict) and "@graph" in data:
        return _flatten(data["@graph"])
    return [data]


def _is_review(item: Any) -> bool:
    kind = item.get("@type") if isinstance(item, dict) else None
    return kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind)


def _one(ctx: Importing, item: dict[str, Any], where: str) -> Iterator[dict[str, Any]]:
    source = ctx.need_source(where)
    claimed = item.get("itemReviewed") or {}
    if claimed.get("@type") not in (None, "Claim"):
        ctx.notes.add(where, f"itemReviewed is a {claimed.get('@type')}, not a Claim; read it "
                             "as the claim")
    quote = claimed.get("text") or item.get("claimReviewed") or ""
    position = claimed.get("position")
    span = ctx.anchor(source, str(quote), where,
                      near=position if isinstance(position, int) else None)
    if span is None:
        return
    rating = item.get("reviewRating") or {}
    alternate, value = rating.get("alternateName"), rating.get("ratingValue")
    if value is None:
        ctx.notes.add(where, "the rating has only alternateName; mapped by name")
    label = ctx.label_for(alternate=alternate,
                          value=float(value) if isinstance(value, int | float | str)
                          and str(value).replace(".", "", 1).isdigit() else None)
    record = ctx.record(source, *span, claim_id=item.get("identifier"),
                        statement=item.get("claimReviewed"))
    summary = item.get("claimReviewed")
    if summary:
        record["summary"] = summary
    author = claimed.get("author")
    if isinstance(author, dict) and author.get("name"):
        record["attribution"] = {"speaker": author["name"],
                                 **({"role": author["jobTitle"]} if author.get("jobTitle")
                                    else {}),
                                 "mode": (record.get("attribution") or {}).get("mode",
                                                                               "reported")}
    if label is None:
        ctx.notes.add(where, f"rating {alternate or value!r} is not on the project's scale; "
                             "the claim is imported without a verdict")
        yield record
        return
    justification = (item.get("reviewBody")
                     or f"Rated {alternate or value} by the fact-check at {item.get('url')}.")
    verdict: dict[str, Any] = {"label": label, "justification": justification}
    if item.get("url"):
        verdict["evidence"] = [{"url": item["url"], "accessed": ctx.now.date().isoformat()}]
    if isinstance(item.get("datePublished"), str):
        verdict["date"] = item["datePublished"][:10]
    record["verdict"] = verdict
    yield record
