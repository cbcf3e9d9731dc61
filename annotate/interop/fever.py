"""FEVER JSON Lines: ``id``, ``claim``, ``label`` (SUPPORTS, REFUTES, NOT ENOUGH INFO) and
``evidence`` as evidence sets of ``[annotation_id, evidence_id, page, sentence_id]``.

Pages are Wikipedia titles where the evidence URL is a Wikipedia article, else the
URL; sentence ids are not known to annotate and are null. A label without a FEVER
equivalent (misleading, on the default scale) is exported as NOT ENOUGH INFO with
the original kept in the ``annotate`` extension, and noted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import orjson

from annotate.interop.anchors import claim_record, extension
from annotate.interop.common import Exporting, Importing, InteropError

LABELS = ("SUPPORTS", "REFUTES", "NOT ENOUGH INFO")
_WIKI = re.compile(r"^https?://en\.wikipedia\.org/wiki/([^?#]+)$")


def export(ctx: Exporting) -> bytes:
    """One JSON line per rated claim."""
    lines = []
    for number, record in enumerate(ctx.records, 1):
        entry = ctx.label(record)
        if entry is None:
            continue
        label, original = entry.fever, None
        if label is None:
            label, original = "NOT ENOUGH INFO", entry.label
            ctx.notes.add(record["id"], f"FEVER has no {entry.label!r}; exported as NOT ENOUGH "
                                        "INFO, the original kept in 'annotate'")
        evidence = record["verdict"].get("evidence", [])
        if label == "NOT ENOUGH INFO" or not evidence:
            sets: list[list[list[Any]]] = [[[number, None, None, None]]]
        else:
            sets = [[[number, index, _page(item["url"]), None]]
                    for index, item in enumerate(evidence)]
        lines.append(orjson.dumps({"id": number, "claim": record["statement"], "label": label,
                                   "evidence": sets,
                                   "annotate": extension(record, original)}))
    return b"".join(line + b"\n" for line in lines)


def _page(url: str) -> str:
    match = _WIKI.match(url)
    return match.group(1) if match else url


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from FEVER JSON Lines."""
    for lineno, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            item = orjson.loads(raw)
        except orjson.JSONDecodeError as err:
            raise InteropError(f"{where}: {err.msg} (column {err.colno})") from None
        if not isinstance(item, dict) or "claim" not in item or "label" not in item:
            raise InteropError(f"{where}: a FEVER record has 'claim' and 'label'")
        if item["label"] not in LABELS:
            raise InteropError(f"{where}: label {item['label']!r} is not one of "
                               f"{', '.join(LABELS)}")
        made = claim_record(ctx, item, str(item["claim"]), where)
        if made is None:
            continue
        record, ext = made
        label = ext.get("label") or ctx.label_for(fever=item["label"])
        if label is None:
            ctx.notes.add(where, f"{item['label']} has no label on the project's scale")
            yield record
            continue
        urls = [_url(e[2]) for group in item.get("evidence") or [] for e in group
                if isinstance(e, list) and len(e) == 4 and e[2]]
        verdict: dict[str, Any] = {"label": label,
                                   "justification": f"Imported from FEVER ({item['label']})."}
        if urls:
            verdict["evidence"] = [{"url": url, "accessed": ctx.now.date().isoformat()}
                                   for url in dict.fromkeys(urls)]
        record["verdict"] = verdict
        yield record


def _url(page: Any) -> str:
    text = str(page)
    return text if text.startswith(("http://", "https://")) else \
        f"https://en.wikipedia.org/wiki/{text}"
