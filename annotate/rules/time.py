"""Time rules: temporal relations hold on the normalised dates (T001-T002)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from annotate.normalize.dates import Interval, timex_interval
from annotate.project import Source
from annotate.rules.hits import Hit


def check_scheduled(record: dict[str, Any], source: Source | None) -> list[Hit]:
    """T002: a scheduled event or a plan does not end before its source was published."""
    value = record.get("value")
    if source is None or value is None or value["kind"] != "date":
        return []
    if not (value.get("scheduled") or record["type"] == "plan"):
        return []
    interval = timex_interval(value["timex3"])
    published = dt.date.fromisoformat(source.published)
    if interval is not None and interval.end <= published:
        return [Hit("T002", ("value", "timex3"),
                    f"{value['timex3']} is before the source's publication date {published}, "
                    "but the source speaks of it as scheduled or planned")]
    return []


def relation_holds(relation: str, left: Interval, right: Interval) -> bool:
    """Whether ``left relation right`` is certain on the two intervals."""
    if relation == "before":
        return left.end <= right.start
    if relation == "after":
        return right.end <= left.start
    if relation == "same_time":
        return left.start < right.end and right.start < left.end
    return True


def check_relation(relation: str, target: str, left_timex: str | None,
                   right_timex: str | None) -> str | None:
    """T001's message if the relation fails, else ``None``; non-temporal relations pass."""
    if relation not in ("before", "after", "same_time"):
        return None
    if left_timex is None or right_timex is None:
        which = "this claim" if left_timex is None else f"claim {target!r}"
        return f"'{relation}' needs dates on both claims, and {which} has none"
    left, right = timex_interval(left_timex), timex_interval(right_timex)
    if left is None or right is None:
        return None  # V005 already reports a date that names no day
    if relation_holds(relation, left, right):
        return None
    return f"{left_timex} is not {relation.replace('_', ' ')} {right_timex} (claim {target!r})"
