"""Finding candidate claims in a source: each checkable date, quantity, origin, quote,
comparison, causal statement, event and plan, anchored, typed and normalised.

Rule-based: the detectors are the normalisation library's (dates against the
publication date, numbers and units, countries and adjectives, speakers), run
over each sentence; what is left of a factual sentence becomes an event or a
plan, and opinions are kept but marked as not checkable.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from annotate.annotating import make_id
from annotate.extract.sentences import sentences
from annotate.normalize.countries import countries_in, country_name_pattern
from annotate.normalize.dates import timex_interval
from annotate.normalize.numbers import parse_quantity
from annotate.normalize.propose import origin_relation
from annotate.normalize.speakers import attribute, sentence_bounds
from annotate.normalize.timex import find_date, in_zone
from annotate.project import Source
from annotate.textspan import context

SCORES = {"quantity": 0.9, "date": 0.8, "origin": 0.7, "comparison": 0.7, "quote": 0.6,
          "causal": 0.6, "event": 0.5, "plan": 0.5, "opinion": 0.1}
_PLAN = re.compile(r"\b(plans?|planned|will|shall|aims? to|intends? to|is to|are to|"
                   r"expected to|going to|should be|would be|is due|are due)\b",
                   re.IGNORECASE)
_OPINION = re.compile(r"\b(believe|believes|think|thinks|should|ought|must|remains? in the "
                      r"initial stage|hope|hopes|feel|feels|in our view|important|essential|"
                      r"positively)\b", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(compared (?:with|to)|more than|less than|fewer than|than|"
                         r"the (?:first|largest|biggest|highest|lowest|most|least)\b|"
                         r"\w+est\b(?= \w+ (?:in|of)\b))", re.IGNORECASE)
_CAUSAL = re.compile(r"\b(because|due to|led to|leads to|caused|causes|as a result|"
                     r"resulted in|thanks to)\b", re.IGNORECASE)
_EVENT = re.compile(r"\b(\w+ed|carried out|took part|participated|launched|docked|made|"
                    r"held|signed|won|lost|killed|met|visited|built|sent|began|started)\b",
                    re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)(?:\d[\d,.]*|zero|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
                     r"fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens?)\b",
                     re.IGNORECASE)
_ORIGIN_LEFT = re.compile(r"(?:\b[\w-]+ ){0,2}(?:made in|built in|from|such as|with|in|of|by)"
                          r" (?:\w+ )?$", re.IGNORECASE)
_ORIGIN_GROUP = re.compile(r"^(?:,? (?:and|or) |, )")


@attrs.frozen
class Candidate:
    """A proposed claim: span, type, value, speaker, and how worth checking it is."""

    start: int
    end: int
    type: str
    value: dict[str, Any] | None
    score: float
    reason: str


def find_candidates(source: Source) -> list[Candidate]:
    """Every candidate claim of the source, in text order."""
    dct = dt.date.fromisoformat(source.published)
    zone = source.meta.get("timezone")
    found: list[Candidate] = []
    for start, end in sentences(source.text):
        found.extend(c if c.value is None or c.value["kind"] != "date" else
                     attrs.evolve(c, value=in_zone(c.value, zone))
                     for c in _sentence(source.text, start, end, dct))
    return sorted(_dedupe(found), key=lambda c: (c.start, c.end, c.type))


def to_records(source: Source, candidates: list[Candidate], *, taken: set[str],
               annotator: str | None, now: dt.datetime) -> list[dict[str, Any]]:
    """Claim records with status ``candidate`` for the candidates."""

    records = []
    for candidate in candidates:
        exact = source.text[candidate.start:candidate.end]
        prefix, suffix = context(source.text, candidate.start, candidate.end)
        claim_id = make_id(source.id, exact, taken)
        taken.add(claim_id)
        left, right = sentence_bounds(source.text, candidate.start, candidate.end)
        record: dict[str, Any] = {
            "id": claim_id, "source": {"id": source.id, "sha256": source.sha256},
            "selector": {"exact": exact, "prefix": prefix, "suffix": suffix,
                         "start": candidate.start, "end": candidate.end},
            "type": candidate.type,
            "statement": source.text[left:right].strip().strip('"“” ')}
        if candidate.value is not None:
            record["value"] = candidate.value
        who = attribute(source.text, candidate.start, candidate.end)
        if who is not None:
            record["attribution"] = who.as_record()
        record["checkworthiness"] = {"score": candidate.score, "reason": candidate.reason}
        record["status"] = "candidate"
        if annotator:
            record["annotator"] = annotator
        record["created"] = record["modified"] = now.isoformat(timespec="seconds")
        records.append(record)
    return records


def _sentence(text: str, start: int, end: int, dct: dt.date) -> list[Candidate]:
    sentence = text[start:end]
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    if _OPINION.search(sentence) and not re.search(r"\d", sentence):
        inner = _quoted(sentence) or (0, len(sentence))
        return [Candidate(start + inner[0], start + inner[1], "opinion", None,
                          SCORES["opinion"], "opinion: not checkable")]
    for match_start, match_end, value in _dates(sentence, dct):
        # A plan when the clause of the date speaks of an intention and the date is ahead;
        # a scheduled event on a known date stays a date claim.
        interval = timex_interval(value["timex3"])
        part = _segment(sentence, match_start, match_end)
        kind = "plan" if _PLAN.search(part) and interval and interval.start > dct else "date"
        out.append(Candidate(start + match_start, start + match_end, kind, value,
                             SCORES[kind], f"a date: {sentence[match_start:match_end]!r}"))
        taken.append((match_start, match_end))
    for match_start, match_end, value in _quantities(sentence, taken):
        out.append(Candidate(start + match_start, start + match_end, "quantity", value,
                             SCORES["quantity"], "a number with its unit"))
        taken.append((match_start, match_end))
    for match_start, match_end, value in _origins(sentence):
        out.append(Candidate(start + match_start, start + match_end, "origin", value,
                             SCORES["origin"], "countries or nationalities"))
    quoted = _quoted(sentence)
    if quoted and quoted[1] - quoted[0] >= 20:
        who = attribute(text, start + quoted[0], start + quoted[1])
        if who is not None:
            out.append(Candidate(start + quoted[0], start + quoted[1], "quote",
                                 {"kind": "quote", "speaker": who.speaker,
                                  "text": sentence[quoted[0]:quoted[1]]},
                                 SCORES["quote"], f"words attributed to {who.speaker}"))
    for pattern, kind in ((_COMPARISON, "comparison"), (_CAUSAL, "causal")):
        if pattern.search(sentence):
            clause = _clause(sentence)
            out.append(Candidate(start + clause[0], start + clause[1], kind, None,
                                 SCORES[kind], f"a {kind} statement"))
    if not out:
        clause = _clause(sentence)
        if _PLAN.search(sentence):
            out.append(Candidate(start + clause[0], start + clause[1], "plan", None,
                                 SCORES["plan"], "what will happen"))
        elif _EVENT.search(sentence):
            out.append(Candidate(start + clause[0], start + clause[1], "event", None,
                                 SCORES["event"], "what happened"))
    return out


def _dates(sentence: str, dct: dt.date) -> list[tuple[int, int, dict[str, Any]]]:
    found: list[tuple[int, int, dict[str, Any]]] = []
    offset = 0
    while offset < len(sentence):
        hit = find_date(sentence[offset:], dct, context=sentence)
        if hit is None:
            break
        value, (a, b) = hit
        found.append((offset + a, offset + b, value))
        offset += b
    return found


def _quantities(sentence: str, taken: list[tuple[int, int]]
                ) -> list[tuple[int, int, dict[str, Any]]]:
    found: list[tuple[int, int, dict[str, Any]]] = []
    for match in _NUMBER.finditer(sentence):
        if _YEAR.match(match.group()) or any(a <= match.start() < b for a, b in taken):
            continue
        if any(a <= match.start() < b for a, b, _ in found):
            continue
        value = parse_quantity(sentence[match.start():], before=sentence[:match.start()])
        if value is None or value.get("unit") == "items":
            continue
        unit = str(value["unit"])
        ahead = sentence.rfind(unit, 0, match.start())
        if ahead != -1 and match.start() - ahead - len(unit) <= 1:  # "magnitude 6.1"
            found.append((ahead, match.end(), value))
            continue
        at = sentence.find(unit, match.end())
        if at == -1 or at - match.end() > 30:
            continue
        found.append((match.start(), at + len(unit), value))
    return found


def _origins(sentence: str) -> list[tuple[int, int, dict[str, Any]]]:
    mentions = [m for m in country_name_pattern().finditer(sentence) if countries_in(m.group())]
    groups: list[list[re.Match[str]]] = []
    for mention in mentions:
        if groups and _ORIGIN_GROUP.match(sentence[groups[-1][-1].end():mention.start()]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    found: list[tuple[int, int, dict[str, Any]]] = []
    for group in groups:
        left, right = group[0].start(), group[-1].end()
        before = _ORIGIN_LEFT.search(sentence[:left])
        if before:
            left = before.start()
        after = re.match(r"'s(?: [\w-]+){1,3}", sentence[right:])
        if after:
            right += after.end()
        exact = sentence[left:right]
        codes = countries_in(exact)
        found.append((left, right, {"kind": "origin", "countries": codes,
                                    "relation": origin_relation(exact)}))
    return found


def _segment(sentence: str, start: int, end: int) -> str:
    """The comma-delimited part of the sentence that holds ``[start, end)``."""
    left = sentence.rfind(",", 0, start) + 1
    right = sentence.find(",", end)
    return sentence[left:right if right != -1 else len(sentence)]


def _quoted(sentence: str) -> tuple[int, int] | None:
    match = re.search(r"[\"“]([^\"”]+?)[,.]?[\"”]", sentence)
    return (match.start(1), match.end(1)) if match else None


def _clause(sentence: str) -> tuple[int, int]:
    """The sentence without a trailing attribution ("..., Wu said.") and end punctuation."""
    end = len(sentence)
    tail = re.search(r",?\"?,? (?:[A-Z][a-z]+ )?(?:said|says|added)(?: [A-Z][a-z]+)?\.?$|"
                     r", according to [A-Z][a-z]+\.?$", sentence)
    if tail:
        end = tail.start()
    while end > 0 and sentence[end - 1] in ".!?\"” ":
        end -= 1
    start = 1 if sentence.startswith(('"', "“")) else 0
    return start, max(end, start + 1)


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Of overlapping candidates of one type, keep the longest."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: -(c.end - c.start)):
        if not any(k.type == candidate.type and k.start < candidate.end
                   and candidate.start < k.end for k in kept):
            kept.append(candidate)
    return kept
