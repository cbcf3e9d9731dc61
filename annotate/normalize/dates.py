"""TIMEX3 values: their calendar intervals, and the weekday, month and year words of text."""

from __future__ import annotations

import datetime as dt
import re

import attrs

# English names, whatever the locale (calendar's names follow the locale).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAYS = {name.lower(): index for index, name in enumerate(WEEKDAY_NAMES)}
MONTHS = {name.lower(): index for index, name in enumerate(MONTH_NAMES, 1)}
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
# Capitalised only: "may" the verb is not May the month.
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b")
_YEAR_RE = re.compile(r"(?<![\d,.])([12]\d{3})(?![\d,])")

_TIMEX = re.compile(
    r"^(?P<year>\d{4}|\d{3}X|\d{2}XX)"
    r"(?:-(?:Q(?P<quarter>[1-4])|H(?P<half>[12])|W(?P<week>\d{2})|(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})(?:T(?P<time>.+))?)?))?$")

@attrs.frozen
class Interval:
    """The days ``[start, end)`` a TIMEX3 value covers."""

    start: dt.date
    end: dt.date


def timex_granularity(value: str) -> str | None:
    """The granularity a TIMEX3 value is written at; ``None`` if it is not one we read."""
    match = _TIMEX.match(value)
    if not match:
        return None
    year = match["year"]
    if year.endswith("XX"):
        return "century"
    if year.endswith("X"):
        return "decade"
    if match["quarter"]:
        return "quarter"
    if match["half"]:
        return "half"
    if match["week"]:
        return "week"
    if match["time"]:
        time = match["time"]
        if time in ("MO", "AF", "EV", "NI"):
            return "part_of_day"
        return {2: "hour", 5: "minute"}.get(len(time), "second")
    if match["day"]:
        return "day"
    if match["month"]:
        return "month"
    return "year"


def timex_interval(value: str) -> Interval | None:
    """The calendar days a TIMEX3 date covers; ``None`` if it names no real date."""
    match = _TIMEX.match(value)
    if not match:
        return None
    year_text = match["year"]
    try:
        if year_text.endswith("XX"):
            first = int(year_text[:2]) * 100
            return Interval(dt.date(max(first, 1), 1, 1), dt.date(first + 100, 1, 1))
        if year_text.endswith("X"):
            first = int(year_text[:3]) * 10
            return Interval(dt.date(max(first, 1), 1, 1), dt.date(first + 10, 1, 1))
        year = int(year_text)
        if match["quarter"]:
            q = int(match["quarter"])
            return Interval(dt.date(year, 3 * q - 2, 1), _month_start(year, 3 * q + 1))
        if match["half"]:
            h = int(match["half"])
            return Interval(dt.date(year, 6 * h - 5, 1), _month_start(year, 6 * h + 1))
        if match["week"]:
            monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
            return Interval(monday, monday + dt.timedelta(days=7))
        if match["day"]:
            day = dt.date(year, int(match["month"]), int(match["day"]))
            return Interval(day, day + dt.timedelta(days=1))
        if match["month"]:
            month = int(match["month"])
            return Interval(dt.date(year, month, 1), _month_start(year, month + 1))
        return Interval(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    except ValueError:
        return None


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def named_weekdays(text: str) -> list[int]:
    """Weekdays (Monday is 0) named in ``text``."""
    return [WEEKDAYS[w.lower()] for w in _WEEKDAY_RE.findall(text)]


def named_months(text: str) -> list[int]:
    """Months (January is 1) named in ``text`` by full name."""
    return [MONTHS[m.lower()] for m in _MONTH_RE.findall(text)]


def named_years(text: str) -> list[int]:
    """Four-digit years (1000 to 2999) written in ``text``."""
    return [int(y) for y in _YEAR_RE.findall(text)]
