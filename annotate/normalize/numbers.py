"""Numbers in text: digits with separators, decimals with scale words, number words.

Number words go through text2num (``six``, ``three hundred and twelve``); the
few idioms it does not know ("a dozen", "a couple of") are a small table here.
"""

from __future__ import annotations

import re

from text_to_num import text2num

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_IDIOMS = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2, "a score of": 20,
           "half a dozen": 6, "a hundred": 100, "a thousand": 1000}
_DIGITS = re.compile(
    # Not inside a name such as Mars-500 or Shenzhou-8.
    r"(?<![\w.])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s+(thousand|million|billion|trillion)\b)?",
    re.IGNORECASE)
_WORD = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
         r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion")
_WORDS = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*\b", re.IGNORECASE)
_IDIOM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _IDIOMS), key=len, reverse=True))
                    + r")\b", re.IGNORECASE)


def numbers_in(text: str) -> list[float]:
    """Every number the words of ``text`` state, in order of appearance."""
    return [value for _, _, value in number_spans(text)]


def number_spans(text: str) -> list[tuple[int, int, float]]:
    """Each number stated in ``text`` with its span, in order: digits (with separators,
    decimals and scale words), idioms ("a dozen"), and number words ("five and seven" is
    two numbers, "three hundred and twelve" one)."""
    spans: list[tuple[int, int, float]] = []
    for match in _DIGITS.finditer(text):
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        if match.group(3):
            value *= _SCALES[match.group(3).lower()]
        spans.append((match.start(), match.end(), value))
    for match in _IDIOM.finditer(text):
        spans.append((match.start(), match.end(), float(_IDIOMS[match.group(1).lower()])))
    taken = list(spans)
    for match in _WORDS.finditer(text):
        if any(a <= match.start() < b for a, b, _ in taken):
            continue
        tokens = list(re.finditer(r"[^\s-]+", match.group(0)))
        words = [t.group().lower() for t in tokens]
        groups = [words] if _is_number(" ".join(words)) else _split_and(words)
        index = 0
        for group in groups:
            if group and _is_number(" ".join(group)):
                first, last = tokens[index], tokens[index + len(group) - 1]
                spans.append((match.start() + first.start(), match.start() + last.end(),
                              float(text2num(" ".join(group), "en"))))
            index += len(group) + 1  # the "and" between groups
    return sorted(spans, key=lambda s: (s[0], -s[1]))


def _split_and(words: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for word in words:
        if word == "and":
            groups.append([])
        else:
            groups[-1].append(word)
    return groups


def _is_number(words: str) -> bool:
    try:
        text2num(words, "en")
    except ValueError:
        return False
    return True


_APPROX = re.compile(r"\b(about|around|nearly|almost|some|approximately|roughly|over|more than|"
                     r"less than|fewer than|up to|at least|an estimated)\s+$", re.IGNORECASE)
_STOP = frozenset({"a", "an", "the", "of", "in", "into", "on", "at", "to", "from", "for", "with",
                   "by", "and", "or", "but", "have", "has", "had", "were", "was", "is", "are",
                   "will", "would", "be", "been", "being", "said", "says", "that", "which",
                   "who", "onto", "over", "under", "about", "per"})


def _number_at(text: str) -> tuple[float, int, int] | None:
    """The first number stated in ``text`` with its span (digits, words or idioms)."""
    spans = number_spans(text)
    if not spans:
        return None
    start, end, value = spans[0]
    return value, start, end


def parse_quantity(text: str, before: str = "") -> dict[str, object] | None:
    """A quantity value for the words of a claim: amount, unit, and approximate or range.

    The unit is the counted noun after the number ("Six Chinese volunteers" counts
    volunteers); "about", "nearly", "more than" make it approximate; "five to
    seven" is a range. ``before`` is the text before, for units written first
    ("magnitude 6.1").
    """
    found = _number_at(text)
    if found is None:
        return None
    amount, start, end = found
    value: dict[str, object] = {"kind": "quantity", "amount": _plain(amount)}
    after = text[end:]
    numbers = numbers_in(text[start:])
    joined = re.match(r"\s*(?:-|\u2013|to|and)\s*", after)
    if joined and len(numbers) >= 2 and re.match(r"\s*(?:-|\u2013|to|and)\s*\S", after):
        second = _number_at(after[joined.end():])
        if second is not None and second[1] == 0:
            value.update(low=_plain(amount), high=_plain(second[0]))
            after = after[joined.end() + second[2]:]
    value["unit"] = _unit(after, before + text[:start]) or "items"
    if _APPROX.search(text[:start]):
        value["approximate"] = True
    return value


_MEASURES = frozenset({"magnitude", "category", "level", "grade", "aged", "age", "number",
                       "size", "score"})


def _unit(after: str, before: str = "") -> str | None:
    compound = re.match(r"-([a-z]+)\b", after)
    if compound:  # "a 240-metre bridge": the unit is in the compound
        return compound.group(1)
    measure = re.search(r"\b([A-Za-z]+)\s+$", before)
    if measure and measure.group(1).lower() in _MEASURES:  # "magnitude 6.1"
        return measure.group(1).lower()
    words = re.findall(r"[A-Za-z][\w'-]*", after)[:4]
    chosen = None
    for word in words:
        if word.lower() in _STOP:
            break
        chosen = word
        if word.islower() and word.endswith("s"):
            break  # a plural noun: what is counted
    return chosen.lower() if chosen and not chosen.isupper() else chosen


def _plain(value: float) -> float:
    return int(value) if value.is_integer() else value
