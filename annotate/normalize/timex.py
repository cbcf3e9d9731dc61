"""Resolving date expressions to TIMEX3 values against the publication date (DCT).

Covers what news text says: weekdays (with early, late, mid, last, next and a
part of the day), months, years and decades, quarters, "since", "around", "by",
"before", "after", relative words (today, yesterday, next month, last year),
explicit dates in the common formats (parsed with python-dateutil), clock times
and their time zones. A value is truncated to what the words say: "in November"
is ``2011-11``, not a day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from dateutil import parser as dateutil_parser

from annotate.normalize.dates import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS

Tense = Literal["past", "future"] | None

_MONTH = "|".join(MONTH_NAMES + tuple(m[:3] + r"\.?" for m in MONTH_NAMES if len(m) > 3))
_WEEKDAY = "|".join(WEEKDAY_NAMES)
_MODS = {"late": "END", "early": "START", "mid": "MID", "since": "ON_OR_AFTER",
         "around": "APPROX", "about": "APPROX", "circa": "APPROX", "approximately": "APPROX",
         "by": "ON_OR_BEFORE", "until": "ON_OR_BEFORE", "before": "BEFORE", "after": "AFTER",
         "the end of": "END", "end of": "END", "the beginning of": "START",
         "the start of": "START", "the middle of": "MID"}
_MOD = r"(?P<mod>since|around|about|circa|approximately|by|until|before|after|" \
       r"the end of|end of|the beginning of|the start of|the middle of|late|early|mid)"
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ZONES = {"beijing time": "Asia/Shanghai", "beijing": "Asia/Shanghai", "utc": "UTC",
         "gmt": "UTC", "moscow time": "Europe/Moscow", "eastern time": "America/New_York",
         "est": "America/New_York", "edt": "America/New_York", "cet": "Europe/Berlin",
         "cest": "Europe/Berlin", "bst": "Europe/London", "jst": "Asia/Tokyo"}
_FUTURE = re.compile(r"\b(will|shall|scheduled|planned|plans?|to be|going to|expected to|set to"
                     r"|upcoming|next)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(said|was|were|had|did|ago|last|announced|launched|started)\b",
                   re.IGNORECASE)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern, re.IGNORECASE)) for
                                                 name, pattern in [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?\b"),
    ("day_month_year",
     rf"(?:\b(?:on|of) )?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{_MONTH}),? "
     rf"(?P<y>\d{{4}})\b"),
    ("month_day_year",
     rf"\b(?P<month>{_MONTH}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>\d{{4}})\b"),
    ("day_month", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{_MONTH})\b"),
    ("month_day", rf"\b(?P<month>{_MONTH}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})"),
    ("quarter", r"\b(?:the )?(?P<q>first|second|third|fourth|[1-4](?:st|nd|rd|th)) quarter "
                r"(?:of )?(?P<y>\d{4})\b|\bQ(?P<qn>[1-4]) (?P<y2>\d{4})\b"),
    ("month_year",
     rf"(?:\b{_MOD}[ -])?(?:\b(?:in|of) )?\b(?P<month>{_MONTH}) (?:of )?(?P<y>\d{{4}})\b"),
    ("weekday", rf"(?:\b{_MOD}[ -])?(?:\bon )?(?:\b(?P<rel>last|next|this) )?"
                rf"\b(?P<weekday>{_WEEKDAY})(?: (?P<part>morning|afternoon|evening|night))?\b"),
    ("relative_day", r"\b(?P<word>today|tonight|yesterday|tomorrow)\b"),
    ("relative_unit", rf"(?:\b{_MOD}[ -])?\b(?P<rel>next|last|this|coming|previous) "
                      r"(?P<unit>week|month|year)\b"),
    ("decade", r"\b(?:the )?(?P<decade>\d{3})0s\b"),
    ("month", rf"(?:\b{_MOD}[ -])?\b(?:in |of |since |by )?(?P<month>{'|'.join(MONTH_NAMES)})\b"),
    ("year", rf"(?:\b{_MOD}[ -])?\b(?:in |of )?(?P<y>1[89]\d\d|20\d\d)\b(?![-/:]\d)"),
]]
_CLOCK = re.compile(r"\b(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)\b(?: ?(?P<zone>Beijing time|UTC|GMT|"
                    r"Moscow time|Eastern time|EST|EDT|CET|CEST|BST|JST|local time))?",
                    re.IGNORECASE)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def tense_of(sentence: str) -> Tense:
    """Future if the sentence speaks of what will happen, past if of what did; else None."""
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return None


def find_date(text: str, dct: dt.date, *, tense: Tense = None,
              context: str = "") -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The first date expression in ``text`` as a schema date value, with its span.

    ``context`` (the sentence around ``text``) decides the tense when not given
    and whether the event is scheduled.
    """
    tense = tense or tense_of(context or text)
    best: tuple[int, int, str, re.Match[str]] | None = None
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            candidate = (match.start(), -(match.end() - match.start()), name, match)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
            break
    if best is None:
        return None
    name, match = best[2], best[3]
    value = _resolve(name, match, dct, tense)
    if value is None:
        return None
    timex, granularity = value
    result: dict[str, Any] = {"kind": "date", "timex3": timex}
    mod = (match.groupdict().get("mod") or "").lower()
    if mod:
        result["mod"] = _MODS[mod]
    clock = _CLOCK.search(text)
    if clock and granularity == "day":
        result["timex3"] = f"{timex}T{int(clock['H']):02d}:{clock['M']}"
        granularity = "minute"
        zone = (clock["zone"] or "").lower()
        if zone in ZONES:
            result["timezone"] = ZONES[zone]
    result["granularity"] = granularity
    result["dct"] = dct.isoformat()
    if re.search(r"\b(scheduled|planned|due|set to|expected to)\b", context or text,
                 re.IGNORECASE):
        result["scheduled"] = True
    return result, (match.start(), match.end())


ZONED_GRANULARITIES = frozenset({"month", "week", "day", "part_of_day", "hour", "minute",
                                 "second"})


def in_zone(value: dict[str, Any], zone: str | None) -> dict[str, Any]:
    """A date value placed in ``zone`` (the source's) unless it names its own or is too coarse
    for a zone to matter: dates resolved against a DCT are dates where the source was written."""
    if zone and "timezone" not in value and value.get("granularity") in ZONED_GRANULARITIES:
        return {**value, "timezone": zone}
    return value


def _resolve(name: str, m: re.Match[str], dct: dt.date, tense: Tense) -> tuple[str, str] | None:
    groups = m.groupdict()
    try:
        if name == "iso":
            date = dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
            if groups["H"]:
                return f"{date.isoformat()}T{groups['H']}:{groups['M']}", "minute"
            return date.isoformat(), "day"
        if name in ("day_month_year", "month_day_year"):
            parsed = dateutil_parser.parse(f"{groups['d']} {groups['month']} {groups['y']}")
            return parsed.date().isoformat(), "day"
        if name in ("day_month", "month_day"):
            month = _month_number(groups["month"])
            year = _year_for_month(month, dct, tense)
            return dt.date(year, month, int(groups["d"])).isoformat(), "day"
        if name == "quarter":
            number = groups["qn"] or str(_ORDINAL.get(groups["q"].lower(), groups["q"][0]))
            return f"{groups['y'] or groups['y2']}-Q{number}", "quarter"
        if name == "month_year":
            return f"{groups['y']}-{_month_number(groups['month']):02d}", "month"
        if name == "weekday":
            return _weekday(groups, dct, tense)
        if name == "relative_day":
            word = groups["word"].lower()
            offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
            text = (dct + dt.timedelta(days=offset)).isoformat()
            return (f"{text}TNI", "part_of_day") if word == "tonight" else (text, "day")
        if name == "relative_unit":
            return _relative_unit(groups["rel"].lower(), groups["unit"].lower(), dct)
        if name == "decade":
            return f"{groups['decade']}X", "decade"
        if name == "month":
            month = _month_number(groups["month"])
            return f"{_year_for_month(month, dct, tense)}-{month:02d}", "month"
        if name == "year":
            return groups["y"], "year"
    except (ValueError, OverflowError):
        return None
    return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, month in enumerate(MONTH_NAMES, 1) if month.lower().startswith(key))


def _year_for_month(month: int, dct: dt.date, tense: Tense) -> int:
    """A month without a year is in the DCT's year, unless the tense points across it."""
    if tense == "future" and month < dct.month:
        return dct.year + 1
    if tense == "past" and month > dct.month:
        return dct.year - 1
    return dct.year


def _weekday(groups: dict[str, Any], dct: dt.date, tense: Tense) -> tuple[str, str]:
    weekday = WEEKDAYS[groups["weekday"].lower()]
    relation = (groups.get("rel") or "").lower()
    ahead = (weekday - dct.weekday()) % 7
    behind = ahead - 7 if ahead else 0
    if relation == "next" or (tense == "future" and relation != "last"):
        offset = ahead or (7 if relation == "next" else 0)
    elif relation == "last" or tense == "past":
        offset = behind if relation != "last" or behind else -7
    else:
        offset = ahead if ahead <= 3 else behind  # the nearest such day
    day = (dct + dt.timedelta(days=offset)).isoformat()
    part = (groups.get("part") or "").lower()
    if part:
        return f"{day}T{_PARTS[part]}", "part_of_day"
    return day, "day"


def _relative_unit(relation: str, unit: str, dct: dt.date) -> tuple[str, str]:
    step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}[relation]
    if unit == "year":
        return str(dct.year + step), "year"
    if unit == "month":
        index = dct.year * 12 + dct.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}", "month"
    monday = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(weeks=step)
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}", "week"
