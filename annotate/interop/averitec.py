"""AVeriTeC JSON: a list of claims with ``label``, ``justification``, ``claim_date``
(day-month-year, not zero-padded), ``speaker``, ``original_claim_url``,
``reporting_source``, ``location_ISO_code``, ``claim_types``,
``fact_checking_strategies`` and ``questions`` with ``answers``.

Questions and answers are built from the evidence: one question a source, its
quoted passage as an Extractive answer (the justification as an Abstractive one
where there is no passage); a claim without evidence gets an Unanswerable answer.
Import accepts null or empty speakers, missing cached URLs and padded or unpadded
dates, and notes what it assumed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import orjson

from annotate.interop.anchors import claim_record, extension
from annotate.interop.common import Exporting, Importing, InteropError, load_json

CLAIM_TYPES = {"quantity": "Numerical Claim", "quote": "Quote Verification",
               "causal": "Causal Claim", "opinion": "Position Statement"}
LABELS = ("Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking")


def claim_date(published: str) -> str:
    """AVeriTeC's day-month-year without zero padding: 2020-08-26 is 26-8-2020."""
    day = dt.date.fromisoformat(published)
    return f"{day.day}-{day.month}-{day.year}"


def export(ctx: Exporting) -> bytes:
    """A JSON list with one AVeriTeC record per rated claim."""
    out = []
    for record in ctx.records:
        entry = ctx.label(record)
        if entry is None or entry.averitec is None:
            continue
        source = ctx.source(record)
        verdict = record["verdict"]
        attribution = record.get("attribution") or {}
        origin = record.get("value") or {}
        questions = []
        for item in verdict.get("evidence", []):
            answer = item.get("quote")
            questions.append({
                "question": f"What does {item.get('title') or item['url']} say about the claim?",
                "answers": [{
                    "answer": answer or verdict["justification"],
                    "answer_type": "Extractive" if answer else "Abstractive",
                    "source_url": item["url"], "source_medium": "Web text",
                    **({"cached_source_url": item["archive_url"]}
                       if item.get("archive_url") else {})}]})
        if not questions:
            questions.append({"question": "Is there evidence for or against the claim?",
                              "answers": [{"answer": "No answer could be found.",
                                           "answer_type": "Unanswerable"}]})
        out.append({
            "claim": record["statement"], "label": entry.averitec,
            "justification": verdict["justification"],
            "claim_date": claim_date(source.published),
            "speaker": attribution.get("speaker"),
            "original_claim_url": source.meta.get("url"),
            "reporting_source": source.meta.get("publisher"),
            "location_ISO_code": (origin.get("countries") or [None])[0]
            if origin.get("kind") == "origin" else None,
            "claim_types": [CLAIM_TYPES.get(record["type"], "Event/Property Claim")],
            "fact_checking_strategies": ["Written Evidence"],
            "questions": questions,
            "annotate": extension(record),
        })
    return orjson.dumps(out, option=orjson.OPT_INDENT_2)


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from an AVeriTeC JSON list."""
    items = load_json(data, name)
    if not isinstance(items, list):
        raise InteropError(f"{name}: AVeriTeC data is a JSON list of claims")
    for index, item in enumerate(items):
        where = f"{name}[{index}]"
        if not isinstance(item, dict) or "claim" not in item:
            raise InteropError(f"{where}: an AVeriTeC record has a 'claim'")
        made = claim_record(ctx, item, str(item["claim"]), where)
        if made is None:
            continue
        record, _ = made
        speaker = item.get("speaker")
        if isinstance(speaker, str) and speaker.strip():
            mode = (record.get("attribution") or {}).get("mode", "reported")
            role = (record.get("attribution") or {}).get("role")
            record["attribution"] = {"speaker": speaker.strip(),
                                     **({"role": role} if role and (record.get("attribution")
                                        or {}).get("speaker") == speaker.strip() else {}),
                                     "mode": mode}
        elif "attribution" in record:
            ctx.notes.add(where, "speaker is null or empty; kept the speaker the text names")
        _check_date(ctx, item.get("claim_date"), where)
        label = ctx.label_for(averitec=item.get("label"))
        if label is None:
            ctx.notes.add(where, f"label {item.get('label')!r} is not on the project's scale")
            yield record
            continue
        evidence = []
        for question in item.get("questions") or []:
            for answer in question.get("answers") or []:
                url = answer.get("source_url")
                if not url:
                    continue
                entry = {"url": url, "accessed": ctx.now.date().isoformat()}
                if answer.get("answer_type") == "Extractive" and answer.get("answer"):
                    entry["quote"] = answer["answer"]
                if answer.get("cached_source_url"):
                    entry["archive_url"] = answer["cached_source_url"]
                else:
                    ctx.notes.add(where, f"no cached_source_url for {url}")
                evidence.append(entry)
        verdict: dict[str, Any] = {"label": label,
                                   "justification": item.get("justification") or
                                   f"Imported from AVeriTeC ({item.get('label')})."}
        if evidence:
            verdict["evidence"] = evidence
        record["verdict"] = verdict
        yield record


def _check_date(ctx: Importing, value: Any, where: str) -> None:
    if not isinstance(value, str):
        return
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        if any(len(part) == 2 and part.startswith("0") for part in parts[:2]):
            ctx.notes.add(where, f"claim_date {value!r} is zero-padded; read as day-month-year")
        return
    ctx.notes.add(where, f"claim_date {value!r} is not day-month-year; ignored")
