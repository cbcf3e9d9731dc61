"""ISO 3166-1 alpha-2 country codes."""

from __future__ import annotations

import functools
import re

from iso3166 import countries_by_alpha2


@functools.cache
def alpha2_codes() -> frozenset[str]:
    """Every officially assigned alpha-2 code."""
    return frozenset(countries_by_alpha2)


# Names and adjectives that text uses for countries, beyond the ISO short names.
_ALIASES = {
    "china": "CN", "chinese": "CN", "russia": "RU", "russian": "RU", "germany": "DE",
    "german": "DE", "united states": "US", "u.s.": "US", "us": "US", "usa": "US",
    "america": "US", "american": "US", "britain": "GB", "united kingdom": "GB", "uk": "GB",
    "british": "GB", "england": "GB", "english": "GB", "france": "FR", "french": "FR",
    "japan": "JP", "japanese": "JP", "india": "IN", "indian": "IN", "italy": "IT",
    "italian": "IT", "spain": "ES", "spanish": "ES", "canada": "CA", "canadian": "CA",
    "brazil": "BR", "brazilian": "BR", "mexico": "MX", "mexican": "MX", "australia": "AU",
    "australian": "AU", "south korea": "KR", "korea": "KR", "korean": "KR",
    "south korean": "KR", "north korea": "KP", "north korean": "KP", "iran": "IR",
    "iranian": "IR", "israel": "IL", "israeli": "IL", "ukraine": "UA", "ukrainian": "UA",
    "poland": "PL", "polish": "PL", "netherlands": "NL", "dutch": "NL", "belgium": "BE",
    "belgian": "BE", "sweden": "SE", "swedish": "SE", "norway": "NO", "norwegian": "NO",
    "denmark": "DK", "danish": "DK", "finland": "FI", "finnish": "FI", "switzerland": "CH",
    "swiss": "CH", "austria": "AT", "austrian": "AT", "turkey": "TR", "turkish": "TR",
    "greece": "GR", "greek": "GR", "portugal": "PT", "portuguese": "PT", "egypt": "EG",
    "egyptian": "EG", "south africa": "ZA", "south african": "ZA", "nigeria": "NG",
    "nigerian": "NG", "kenya": "KE", "kenyan": "KE", "argentina": "AR", "argentine": "AR",
    "chile": "CL", "chilean": "CL", "colombia": "CO", "colombian": "CO", "pakistan": "PK",
    "pakistani": "PK", "indonesia": "ID", "indonesian": "ID", "vietnam": "VN",
    "vietnamese": "VN", "thailand": "TH", "thai": "TH", "malaysia": "MY", "malaysian": "MY",
    "singapore": "SG", "singaporean": "SG", "philippines": "PH", "filipino": "PH",
    "saudi arabia": "SA", "saudi": "SA", "syria": "SY", "syrian": "SY", "iraq": "IQ",
    "iraqi": "IQ", "afghanistan": "AF", "afghan": "AF", "kazakhstan": "KZ", "kazakh": "KZ",
    "new zealand": "NZ", "ireland": "IE", "irish": "IE", "czech republic": "CZ",
    "czechia": "CZ", "czech": "CZ", "hungary": "HU", "hungarian": "HU", "romania": "RO",
    "romanian": "RO", "taiwan": "TW", "taiwanese": "TW", "hong kong": "HK",
}


@functools.cache
def country_name_pattern() -> re.Pattern[str]:
    """One pattern for every country name, alias and adjective annotate knows."""
    names = set(_ALIASES)
    names.update(c.name.lower() for c in countries_by_alpha2.values() if "," not in c.name)
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", re.IGNORECASE)


@functools.cache
def _codes_by_name() -> dict[str, str]:
    return {c.name.lower(): code for code, c in countries_by_alpha2.items()}


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries ``text`` names or uses adjectives of, in order, once each."""
    by_name = _codes_by_name()
    found: list[str] = []
    for match in country_name_pattern().finditer(text):
        word = match.group(0)
        if word in ("US", "UK") or word.lower() not in ("us", "uk"):
            code = _ALIASES.get(word.lower()) or by_name.get(word.lower())
            if code and code not in found:
                found.append(code)
    return found
