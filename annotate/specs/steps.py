"""The step library: plain-English sentences for feature files over claim records.

Each step is registered with pytest-bdd and listed in :data:`STEPS` with an
example, from which ``docs/steps.md`` is generated (``annotate steps``). The
checks themselves are in :mod:`annotate.specs.expectations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
from pytest_bdd import given, parsers, then

from annotate.claims_index import ClaimIndex, ClaimRef, load_index
from annotate.project import find_root
from annotate.specs import expectations as expect

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class StepDoc:
    """A step as the documentation lists it."""

    keyword: str
    sentence: str
    summary: str
    example: str
    pattern: str


STEPS: list[StepDoc] = []
_KEYWORDS = {"Given": given, "Then": then}


def _step(keyword: str, sentence: str, pattern: str, example: str) -> Callable[[F], F]:
    """Register a step for pytest-bdd (by regular expression) and for the docs."""

    def register(func: F) -> F:
        summary = (func.__doc__ or "").strip().splitlines()[0]
        STEPS.append(StepDoc(keyword, sentence, summary, example, pattern))
        # stacklevel 2: pytest-bdd puts the step's fixture in this module, not in register().
        _KEYWORDS[keyword](parsers.re(pattern), stacklevel=2)(func)
        return func

    return register


@attrs.define
class Selection:
    """The claims a scenario is talking about."""

    claims: list[ClaimRef] = attrs.Factory(list)


@pytest.fixture(scope="session")
def annotate_indexes() -> dict[Path, ClaimIndex]:
    """Claims read once per test session and project: steps only read them."""
    return {}


@pytest.fixture
def claims_index(request: pytest.FixtureRequest,
                 annotate_indexes: dict[Path, ClaimIndex]) -> ClaimIndex:
    """The claims of the project that the feature file belongs to."""
    start = Path(str(request.node.path))
    root = find_root(start) or find_root(Path.cwd())
    if root is None:
        pytest.fail(f"{start}: no annotate.yaml in this folder or above it; run inside a "
                    "claims project", pytrace=False)
    if root not in annotate_indexes:
        annotate_indexes[root] = load_index(root)
    return annotate_indexes[root]


@pytest.fixture
def selection() -> Selection:
    """What the Given steps chose."""
    return Selection()


Q = r'"(?P<{}>[^"]+)"'  # a quoted argument


# -- choosing claims -----------------------------------------------------------

@_step("Given", 'the claims of source "<source>"', "the claims of source " + Q.format("source"),
       'Given the claims of source "tiangong-1"')
def _of_source(claims_index: ClaimIndex, selection: Selection, source: str) -> None:
    """Choose every claim of one source."""
    selection.claims = expect.of_source(claims_index, source)


@_step("Given", 'the claims in "<file>"', "the claims in " + Q.format("file"),
       'Given the claims in "claims/tiangong-1.claims.yaml"')
def _in_file(claims_index: ClaimIndex, selection: Selection, file: str) -> None:
    """Choose every claim of one claim file (its path in the project, or its name)."""
    selection.claims = expect.in_file(claims_index, file)


@_step("Given", 'the claim "<id>"', "the claim " + Q.format("claim_id"),
       'Given the claim "tg1-mars500-six-volunteers"')
def _by_id(claims_index: ClaimIndex, selection: Selection, claim_id: str) -> None:
    """Choose one claim by its id."""
    selection.claims = expect.by_id(claims_index, claim_id)


@_step("Given", 'the claim quoting "<words>"', "the claim quoting " + Q.format("words"),
       'Given the claim quoting "Six Chinese volunteers"')
def _quoting(claims_index: ClaimIndex, selection: Selection, words: str) -> None:
    """Choose the one claim whose quoted text contains these words."""
    selection.claims = expect.quoting(claims_index, words)


@_step("Given", "all claims", "(?:all|every) claims?", "Given all claims")
def _all(claims_index: ClaimIndex, selection: Selection) -> None:
    """Choose every claim of the project."""
    selection.claims = list(claims_index.claims)


@_step("Given", 'the claims of type "<type>"', "the claims of type " + Q.format("claim_type"),
       'Given the claims of type "quantity"')
def _of_type(claims_index: ClaimIndex, selection: Selection, claim_type: str) -> None:
    """Choose every claim of one type (date, quantity, origin, quote, ...)."""
    selection.claims = expect.of_type(claims_index.claims, claim_type)


@_step("Given", 'the claims rated "<label>"', "the claims rated " + Q.format("label"),
       'Given the claims rated "refuted"')
def _rated(claims_index: ClaimIndex, selection: Selection, label: str) -> None:
    """Choose every claim whose verdict has this label."""
    selection.claims = expect.rated(claims_index.claims, label)


@_step("Given", 'only those of type "<type>"', "only those of type " + Q.format("claim_type"),
       'And only those of type "date"')
def _only_type(selection: Selection, claim_type: str) -> None:
    """Keep, of the chosen claims, those of one type."""
    selection.claims = expect.of_type(selection.claims, claim_type)


@_step("Given", 'only those rated "<label>"', "only those rated " + Q.format("label"),
       'And only those rated "supported"')
def _only_rated(selection: Selection, label: str) -> None:
    """Keep, of the chosen claims, those whose verdict has this label."""
    selection.claims = expect.rated(selection.claims, label)


# -- anchoring -------------------------------------------------------------------

@_step("Then", "every claim is anchored in its source",
       "every claim is anchored in its source", "Then every claim is anchored in its source")
def _anchored(claims_index: ClaimIndex, selection: Selection) -> None:
    """Each chosen claim's span says what it quotes, in the source version it names."""
    expect.anchored(claims_index, selection.claims)


# -- values ----------------------------------------------------------------------

@_step("Then", "the claim counts <amount> <unit>",
       r"the claim counts (?P<amount>-?\d+(?:\.\d+)?) (?P<unit>.+)",
       "Then the claim counts 6 volunteers")
def _counts(selection: Selection, amount: str, unit: str) -> None:
    """The chosen claim's quantity is this amount of this unit (singular or plural)."""
    expect.counts(expect.the_one(selection.claims), float(amount), unit)


@_step("Then", 'the claim is dated "<TIMEX3>"', "the claim is dated " + Q.format("timex"),
       'Then the claim is dated "2011-11"')
def _dated(selection: Selection, timex: str) -> None:
    """The chosen claim's date has this TIMEX3 value."""
    expect.dated(expect.the_one(selection.claims), timex)


@_step("Then", 'the claim is dated "<TIMEX3>" with mod "<mod>"',
       "the claim is dated " + Q.format("timex") + " with mod " + Q.format("mod"),
       'Then the claim is dated "2011-09-29" with mod "END"')
def _dated_mod(selection: Selection, timex: str, mod: str) -> None:
    """The chosen claim's date has this TIMEX3 value and mod."""
    expect.dated(expect.the_one(selection.claims), timex, mod)


@_step("Then", "the claim names origins <codes>",
       r"the claim names origins? (?P<codes>[A-Z]{2}(?:(?:, | and )[A-Z]{2})*)",
       "Then the claim names origins CN and RU")
def _origins(selection: Selection, codes: str) -> None:
    """The chosen claim's origin is exactly these ISO 3166-1 codes, in any order."""
    expect.names_origins(expect.the_one(selection.claims), re.split(r", | and ", codes))


@_step("Then", 'the claim is attributed to "<speaker>"',
       "the claim is attributed to " + Q.format("speaker"),
       'Then the claim is attributed to "Wu Ping"')
def _attributed(selection: Selection, speaker: str) -> None:
    """The chosen claim's attribution names this speaker."""
    expect.attributed_to(expect.the_one(selection.claims), speaker)


@_step("Then", "the claims have these values:", "the claims have these values:",
       "Then the claims have these values:\n"
       "  | claim                      | value.amount | value.unit |\n"
       "  | tg1-300-iaf-flags          | 300          | flags      |")
def _table(claims_index: ClaimIndex, datatable: list[list[str]]) -> None:
    """Each row names a claim; each other column a field (dotted path) and its value."""
    expect.has_values(claims_index, datatable)


# -- order in time -----------------------------------------------------------------

@_step("Then", 'the claim happens before|after the claim "<id>"',
       r"the claim happens (?P<relation>before|after|at the same time as) the claim "
       + Q.format("other"),
       'Then the claim happens before the claim "tg1-shenzhou8-launch-november"')
def _order(claims_index: ClaimIndex, selection: Selection, relation: str, other: str) -> None:
    """On the normalised dates, the chosen claim lies wholly before (after) the other."""
    relation = "same_time" if relation.startswith("at the same") else relation
    expect.in_order(expect.the_one(selection.claims), relation,
                    expect.by_id(claims_index, other)[0])


@_step("Then", "the claim happens before|after the publication date",
       r"the claim happens (?P<relation>before|after) the publication date",
       "Then the claim happens after the publication date")
def _against_dct(claims_index: ClaimIndex, selection: Selection, relation: str) -> None:
    """The chosen claim's date lies before (after) its source's publication date."""
    expect.against_publication(claims_index, expect.the_one(selection.claims), relation)


# -- verdicts and evidence -----------------------------------------------------------

@_step("Then", 'the claim is rated "<label>"', "the claim is rated " + Q.format("label"),
       'Then the claim is rated "refuted"')
def _is_rated(selection: Selection, label: str) -> None:
    """The chosen claim's verdict has this label."""
    expect.is_rated(expect.the_one(selection.claims), label)


@_step("Then", "every [<label>] claim cites at least <n> source(s)",
       r"every (?:(?P<label>[\w-]+) )?claim cites at least (?P<minimum>\d+) sources?",
       "Then every refuted claim cites at least 1 source")
def _cites(claims_index: ClaimIndex, selection: Selection, label: str | None,
           minimum: str) -> None:
    """Each chosen claim (with this label, if named; all claims if none were chosen) cites
    that many evidence items with a URL."""
    claims = selection.claims or list(claims_index.claims)
    expect.cite_sources(expect.rated(claims, label) if label else claims, int(minimum))


# -- the set of claims -----------------------------------------------------------------

@_step("Then", "the claim ids are unique", "(?:the )?claim ids are unique",
       "Then the claim ids are unique")
def _unique(claims_index: ClaimIndex, selection: Selection) -> None:
    """No two of the chosen claims (all claims if none were chosen) share an id."""
    expect.unique_ids(selection.claims or list(claims_index.claims))


@_step("Then", "there are exactly|at least|at most <n> claims",
       r"there (?:is|are) (?P<comparison>exactly|at least|at most) (?P<number>\d+) claims?",
       "Then there are at least 15 claims")
def _count(selection: Selection, comparison: str, number: str) -> None:
    """How many claims are chosen."""
    expect.count_is(selection.claims, comparison, int(number))
