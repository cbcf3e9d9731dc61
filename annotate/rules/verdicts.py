"""Verdict rules: ratings are on the scale and backed by evidence (E001-E005)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from annotate.model.config import ProjectConfig
from annotate.project import Source
from annotate.rules.hits import Hit


def check(record: dict[str, Any], source: Source | None, config: ProjectConfig,
          today: dt.date) -> list[Hit]:
    """Verdict findings of one schema-valid record."""
    verdict = record.get("verdict")
    if verdict is None:
        return []
    hits: list[Hit] = []
    if record["type"] == "opinion":
        hits.append(Hit("E005", ("verdict",), "an opinion is not checkable but carries a verdict"))
    label = config.label(verdict["label"])
    if label is None:
        known = ", ".join(entry.label for entry in config.rating_scale)
        hits.append(Hit("E004", ("verdict", "label"),
                        f"{verdict['label']!r} is not on the rating scale ({known})"))
    evidence = verdict.get("evidence", [])
    if label is not None and label.requires_evidence and not evidence:
        hits.append(Hit("E001", ("verdict",),
                        f"a {label.label!r} verdict needs at least one evidence item"))
    published = source.published if source else None
    today_text = today.isoformat()
    for index, item in enumerate(evidence):
        accessed = item["accessed"]
        if published and accessed < published:
            hits.append(Hit("E002", ("verdict", "evidence", index, "accessed"),
                            f"accessed {accessed}, before the source was published ({published})"))
        if accessed > today_text:
            hits.append(Hit("E003", ("verdict", "evidence", index, "accessed"),
                            f"accessed {accessed}, after today ({today_text})"))
    return hits
