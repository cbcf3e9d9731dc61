"""Normalised values, typed by their kind (``value.kind`` in the schema)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

Granularity = Literal["millennium", "century", "decade", "year", "half", "quarter", "month",
                      "week", "day", "part_of_day", "hour", "minute", "second"]
TimexMod = Literal["BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                   "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"]
OriginRelation = Literal["made_in", "nationality", "located_in", "operated_by", "partner"]


@attrs.frozen(kw_only=True)
class DateValue:
    """A TIMEX3 date truncated to what is known, with the DCT it was resolved against."""

    kind: Literal["date"] = "date"
    timex3: str
    timex3_type: Literal["DATE", "TIME", "DURATION", "SET"] | None = None
    mod: TimexMod | None = None
    granularity: Granularity
    dct: dt.date
    timezone: str | None = None
    scheduled: bool | None = None


@attrs.frozen
class QuantityValue:
    """An amount of a unit or counted noun; ``low``/``high`` bound a range."""

    amount: float
    unit: str
    kind: Literal["quantity"] = "quantity"
    approximate: bool | None = None
    low: float | None = None
    high: float | None = None


@attrs.frozen
class OriginValue:
    """Where something comes from, as ISO 3166-1 alpha-2 codes."""

    countries: tuple[str, ...] = attrs.field(converter=tuple)
    kind: Literal["origin"] = "origin"
    relation: OriginRelation | None = None


@attrs.frozen
class QuoteValue:
    """Words attributed to a speaker."""

    speaker: str
    text: str
    kind: Literal["quote"] = "quote"


Value = DateValue | QuantityValue | OriginValue | QuoteValue
