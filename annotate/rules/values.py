"""Value rules: the normalised value is what the quoted words say (V001-V008)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from annotate.normalize.countries import alpha2_codes
from annotate.normalize.dates import (
    WEEKDAY_NAMES,
    named_months,
    named_weekdays,
    named_years,
    timex_granularity,
    timex_interval,
)
from annotate.normalize.numbers import numbers_in
from annotate.project import Source
from annotate.rules.hits import Hit

_KIND_OF_TYPE = {"date": "date", "quantity": "quantity", "origin": "origin", "quote": "quote"}
_FINE = {"day", "part_of_day", "hour", "minute", "second"}


def check(record: dict[str, Any], source: Source | None) -> list[Hit]:
    """Value findings of one schema-valid record."""
    hits: list[Hit] = []
    value = record.get("value")
    claim_type = record["type"]
    wanted = _KIND_OF_TYPE.get(claim_type)
    if wanted and (value is None or value["kind"] != wanted):
        hits.append(Hit("V007", ("value",) if value else ("type",),
                        f"{_article(claim_type)} {claim_type} claim needs {_article(wanted)} "
                        f"{wanted} value"
                        + (f", not a {value['kind']} value" if value else "")))
    attribution = record.get("attribution")
    if value is None:
        return hits
    kind = value["kind"]
    exact = record["selector"]["exact"]
    if kind == "quantity":
        hits.extend(_quantity(value, exact))
    elif kind == "date":
        hits.extend(_date(value, exact, source))
    elif kind == "origin":
        codes = alpha2_codes()
        for index, code in enumerate(value["countries"]):
            if code not in codes:
                hits.append(Hit("V004", ("value", "countries", index),
                                f"{code!r} is not an ISO 3166-1 alpha-2 country code"))
    elif kind == "quote" and attribution and attribution["speaker"] != value["speaker"]:
        hits.append(Hit("V008", ("value", "speaker"),
                        f"quote speaker {value['speaker']!r} is not the attributed speaker "
                        f"{attribution['speaker']!r}"))
    return hits


def _quantity(value: dict[str, Any], exact: str) -> list[Hit]:
    stated = numbers_in(exact)
    hits = []
    for field in ("amount", "low", "high"):
        if field in value and value[field] not in stated:
            said = ", ".join(f"{n:g}" for n in stated) if stated else "no number"
            hits.append(Hit("V001", ("value", field),
                            f"{field} {value[field]:g} is not stated in {exact!r} "
                            f"(the quote says {said})"))
    return hits


def _date(value: dict[str, Any], exact: str, source: Source | None) -> list[Hit]:
    hits: list[Hit] = []
    timex = value["timex3"]
    interval = timex_interval(timex)
    written = timex_granularity(timex)
    if interval is None:
        return [Hit("V005", ("value", "timex3"), f"{timex!r} names no real date")]
    if written != value["granularity"]:
        hits.append(Hit("V005", ("value", "granularity"),
                        f"{timex!r} is written at {written} granularity, "
                        f"not {value['granularity']}"))
    if source is not None and value["dct"] != source.published:
        hits.append(Hit("V006", ("value", "dct"),
                        f"resolved against {value['dct']}, but the source was published "
                        f"{source.published}"))
    if written in _FINE:
        day = interval.start
        for weekday in named_weekdays(exact):
            if day.weekday() != weekday:
                hits.append(Hit("V002", ("value", "timex3"),
                                f"{exact!r} names a {WEEKDAY_NAMES[weekday]}, but {day} is a "
                                f"{WEEKDAY_NAMES[day.weekday()]}",
                                _weekday_hint(weekday, value["dct"])))
    last = interval.end - dt.timedelta(days=1)
    if written not in ("year", "decade", "century") and interval.start.year == last.year:
        for month in named_months(exact):
            if not interval.start.month <= month <= last.month:
                hits.append(Hit("V003", ("value", "timex3"),
                                f"{exact!r} names month {month}, but {timex!r} is not in it"))
    for year in named_years(exact):
        if not interval.start.year <= year <= last.year:
            hits.append(Hit("V003", ("value", "timex3"),
                            f"{exact!r} names the year {year}, but {timex!r} is not in it"))
    return hits


def _weekday_hint(weekday: int, dct_text: str) -> str:
    try:
        dct = dt.date.fromisoformat(dct_text)
    except ValueError:
        return "resolve the weekday against the publication date"
    ahead = dct + dt.timedelta(days=(weekday - dct.weekday()) % 7 or 7)
    behind = ahead - dt.timedelta(days=7)
    return f"the nearest {WEEKDAY_NAMES[weekday]}s around {dct} are {behind} and {ahead}"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"
