"""Label Studio tasks: ``data.text`` and ``annotations[].result[]`` of ``labels`` results
with ``value: {start, end, text, labels}``.

Offsets are code points, as current Label Studio counts them; ``--utf16`` writes
the UTF-16 code units that older versions wrote. Import detects UTF-16 offsets
(the text at the code-point offsets is not the result's text, but at the converted
ones it is) and converts them, saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from annotate.interop.common import Exporting, Importing, InteropError, load_json
from annotate.project import Source
from annotate.textspan import Utf16Offsets


def export(ctx: Exporting) -> bytes:
    """One task per source, its claims as the results of one annotation."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for record in ctx.records:
        by_source.setdefault(record["source"]["id"], []).append(record)
    tasks = []
    for source_id, records in by_source.items():
        source = ctx.source(records[0])
        table = Utf16Offsets(source.text) if ctx.utf16 else None
        results = []
        for record in records:
            start, end = record["selector"]["start"], record["selector"]["end"]
            if table is not None:
                start, end = table.to_utf16(start), table.to_utf16(end)
            results.append({"id": record["id"], "from_name": "label", "to_name": "text",
                            "type": "labels",
                            "value": {"start": start, "end": end,
                                      "text": record["selector"]["exact"],
                                      "labels": [record["type"]]},
                            "meta": {"text": [record["statement"]]}})
        tasks.append({"data": {"text": source.text, "source_id": source_id},
                      "annotations": [{"result": results}]})
    return orjson.dumps(tasks, option=orjson.OPT_INDENT_2)


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from Label Studio tasks (a list, or one task)."""
    tasks = load_json(data, name)
    for index, task in enumerate(tasks if isinstance(tasks, list) else [tasks]):
        where = f"{name}[{index}]"
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise InteropError(f"{where}: a Label Studio task has 'data'")
        source_id = task["data"].get("source_id")
        source = (ctx.project.source(str(source_id)) if source_id else None) or \
            ctx.need_source(where)
        if task["data"].get("text") not in (None, source.text):
            ctx.notes.add(where, "the task's text differs from the source; spans are located "
                                 "by their text")
        table = Utf16Offsets(source.text)
        utf16 = 0
        for annotation in task.get("annotations") or task.get("completions") or []:
            for result in annotation.get("result") or []:
                value = result.get("value") or {}
                if "start" not in value or "labels" not in value:
                    continue
                span = _span(ctx, source, table, value, f"{where}:{result.get('id')}")
                if span is None:
                    continue
                if span[1] == "utf16":
                    utf16 += 1
                meta = (result.get("meta") or {}).get("text") or [None]
                yield ctx.record(source, *span[0], claim_id=result.get("id"),
                                 claim_type=(value["labels"] or [""])[0].lower(),
                                 statement=meta[0])
        if utf16:
            ctx.notes.add(where, f"{utf16} result(s) had UTF-16 offsets (older Label Studio); "
                                 "converted to code points")


def _span(ctx: Importing, source: Source, table: Utf16Offsets, value: dict[str, Any],
          where: str) -> tuple[tuple[int, int], str] | None:
    text = source.text
    start, end, quote = value["start"], value["end"], value.get("text")
    # The length check matters: a slice past the end of the text is silently shorter.
    if quote is None or (text[start:end] == quote and end - start == len(quote)):
        return (start, end), "code points"
    try:
        converted = table.from_utf16(start), table.from_utf16(end)
    except ValueError:
        converted = None
    if converted and text[converted[0]:converted[1]] == quote and (
            converted[1] - converted[0] == len(quote)):
        return converted, "utf16"
    found = ctx.anchor(source, str(quote), where, near=start)
    return (found, "located") if found else None
