"""The normalisation library: dates against the DCT, numbers, countries, speakers, proposals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from annotate.normalize.countries import countries_in
from annotate.normalize.numbers import numbers_in, parse_quantity
from annotate.normalize.propose import propose
from annotate.normalize.speakers import attribute
from annotate.normalize.timex import find_date
from tests.conftest import EXAMPLE

DCT = dt.date(2011, 9, 28)  # a Wednesday
ARTICLE = (EXAMPLE / "sources" / "tiangong-1.txt").read_text()


@pytest.mark.parametrize(("words", "context", "expected"), [
    ("late Thursday", "is scheduled to be sent into space late Thursday",
     {"timex3": "2011-09-29", "mod": "END", "granularity": "day", "scheduled": True}),
    ("early Monday", "will start early Monday", {"timex3": "2011-10-03", "mod": "START"}),
    ("said Wednesday", "a spokeswoman said Wednesday.", {"timex3": "2011-09-28"}),
    ("on Monday", "the crew landed on Monday", {"timex3": "2011-09-26"}),
    ("next Monday", "", {"timex3": "2011-10-03"}),
    ("last Tuesday", "", {"timex3": "2011-09-27"}),
    ("Thursday night", "will launch Thursday night",
     {"timex3": "2011-09-29TNI", "granularity": "part_of_day"}),
    ("in November", "scheduled for launch in November",
     {"timex3": "2011-11", "granularity": "month", "scheduled": True}),
    ("in March", "it will fly in March", {"timex3": "2012-03"}),
    ("in 1992", "it started in 1992", {"timex3": "1992", "granularity": "year"}),
    ("since 1992", "", {"timex3": "1992", "mod": "ON_OR_AFTER"}),
    ("around 2020", "a station around 2020", {"timex3": "2020", "mod": "APPROX"}),
    ("by 2020", "", {"timex3": "2020", "mod": "ON_OR_BEFORE"}),
    ("mid-2012", "", {"timex3": "2012", "mod": "MID"}),
    ("next month", "", {"timex3": "2011-10", "granularity": "month"}),
    ("last year", "", {"timex3": "2010", "granularity": "year"}),
    ("yesterday", "", {"timex3": "2011-09-27"}),
    ("tonight", "", {"timex3": "2011-09-28TNI"}),
    ("3 November 2011", "", {"timex3": "2011-11-03", "granularity": "day"}),
    ("November 3, 2011", "", {"timex3": "2011-11-03"}),
    ("Nov. 3, 2011", "", {"timex3": "2011-11-03"}),
    ("2011-11-01", "", {"timex3": "2011-11-01"}),
    ("September 2008", "", {"timex3": "2008-09", "granularity": "month"}),
    ("the third quarter of 2011", "", {"timex3": "2011-Q3", "granularity": "quarter"}),
    ("the 1990s", "", {"timex3": "199X", "granularity": "decade"}),
    ("1 November 2011 at 05:58 Beijing time", "",
     {"timex3": "2011-11-01T05:58", "granularity": "minute", "timezone": "Asia/Shanghai"}),
    ("31 October 2011, 21:58 UTC", "", {"timex3": "2011-10-31T21:58", "timezone": "UTC"}),
])
def test_dates_resolve_against_the_publication_date(words: str, context: str,
                                                    expected: dict[str, Any]) -> None:
    """TIMEX3 values truncated to what the words say, with mod, zone and scheduled."""
    found = find_date(words, DCT, context=context)
    assert found is not None
    value = found[0]
    assert value["dct"] == "2011-09-28"
    for key, wanted in expected.items():
        assert value.get(key) == wanted, (key, value)


def test_no_date_in_names_and_counts() -> None:
    """Names with numbers and plain counts are not dates."""
    assert find_date("Shenzhou-8 carried 300 IAF flags", DCT) is None


@pytest.mark.parametrize(("words", "expected"), [
    ("Six Chinese volunteers", {"amount": 6, "unit": "volunteers"}),
    ("300 IAF flags", {"amount": 300, "unit": "flags"}),
    ("two Chinese astronauts", {"amount": 2, "unit": "astronauts"}),
    ("a dozen engineers", {"amount": 12, "unit": "engineers"}),
    ("1.5 million people", {"amount": 1500000, "unit": "people"}),
    ("1,200 probes", {"amount": 1200, "unit": "probes"}),
    ("about 40 rockets", {"amount": 40, "unit": "rockets", "approximate": True}),
    ("more than 300 flags", {"amount": 300, "approximate": True}),
    ("between five and seven rockets", {"amount": 5, "low": 5, "high": 7, "unit": "rockets"}),
    ("12-15 days", {"low": 12, "high": 15, "unit": "days"}),
    ("twenty-one people", {"amount": 21, "unit": "people"}),
    ("three hundred and twelve men", {"amount": 312, "unit": "men"}),
])
def test_quantities(words: str, expected: dict[str, Any]) -> None:
    """Amount from digits, separators, scale words, number words and idioms; unit; ranges."""
    value = parse_quantity(words)
    assert value is not None
    for key, wanted in expected.items():
        assert value.get(key) == wanted, (key, value)


def test_numbers_skip_names() -> None:
    """Mars-500 and Shenzhou-8 are names, not counts."""
    assert numbers_in("Russia's Mars-500 program and Shenzhou-8") == []
    assert parse_quantity("Russia's Mars-500 program") is None


@pytest.mark.parametrize(("words", "codes"), [
    ("EVA space suits made in China and Russia", ["CN", "RU"]),
    ("scientists from China and Germany", ["CN", "DE"]),
    ("six Chinese volunteers", ["CN"]),
    ("the United States and Britain", ["US", "GB"]),
    ("a French and a German astronaut", ["FR", "DE"]),
    ("let us go", []),
])
def test_countries_and_adjectives(words: str, codes: list[str]) -> None:
    """Names and nationality adjectives map to ISO 3166-1 codes, in order, once each."""
    assert countries_in(words) == codes


@pytest.mark.parametrize(("quote", "speaker", "mode"), [
    ("300 IAF flags", "Wu Ping", "reported"),                    # "Wu said ..."
    ("We believe that international", "Wu Ping", "direct"),      # "...," said Wu Ping
    ("scientists from China and Germany", "Wu Ping", "reported"),  # "She said ..."
    ("Six Chinese volunteers", "Wu Ping", "reported"),           # "... according to Wu."
])
def test_speakers(quote: str, speaker: str, mode: str) -> None:
    """The nearest attribution, completed to the full name, direct inside quotation marks."""
    start = ARTICLE.index(quote)
    found = attribute(ARTICLE, start, start + len(quote))
    assert found is not None
    assert (found.speaker, found.mode) == (speaker, mode)
    assert found.role == "spokeswoman for China's manned space program"


def test_no_speaker_where_the_text_names_none() -> None:
    """A sentence without an attribution gives no speaker."""
    start = ARTICLE.index("late Thursday")
    assert attribute(ARTICLE, start, start + 13) is None


@pytest.mark.parametrize(("quote", "claim_type", "kind"), [
    ("late Thursday", "date", "date"),
    ("build a space station around 2020", "plan", "date"),
    ("300 IAF flags", "quantity", "quantity"),
    ("EVA space suits made in China and Russia", "origin", "origin"),
    ("We believe that international exchanges", "quote", "quote"),
    ("to perform the nation's first space-docking procedure", "event", None),
])
def test_proposals(quote: str, claim_type: str, kind: str | None) -> None:
    """The type and value kind proposed for quotes of the example article."""
    start = ARTICLE.index(quote)
    proposal = propose(ARTICLE, start, start + len(quote), DCT)
    assert proposal.type == claim_type
    assert (proposal.value or {}).get("kind") == kind
