"""ISO 3166-1 alpha-2 country codes."""

from __future__ import annotations

import functools

from iso3166 import countries_by_alpha2


@functools.cache
def alpha2_codes() -> frozenset[str]:
    """Every officially assigned alpha-2 code."""
    return frozenset(countries_by_alpha2)


def country_name(code: str) -> str | None:
    """The short English name of a code, if the code exists."""
    country = countries_by_alpha2.get(code)
    return country.name if country else None
