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
    found: list[tuple[int, float]] = []
    for match in _DIGITS.finditer(text):
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        if match.group(3):
            value *= _SCALES[match.group(3).lower()]
        found.append((match.start(), value))
    taken = [(m.start(), m.end()) for m in _DIGITS.finditer(text)]
    for match in _IDIOM.finditer(text):
        taken.append((match.start(), match.end()))
        found.append((match.start(), float(_IDIOMS[match.group(1).lower()])))
    for match in _WORDS.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        words = re.sub(r"[\s-]+", " ", match.group(0).lower())
        # "five and seven" is two numbers; "three hundred and twelve" is one.
        for part in [words] if _is_number(words) else words.split(" and "):
            if _is_number(part):
                found.append((match.start(), float(text2num(part, "en"))))
    return [value for _, value in sorted(found)]


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
    spans: list[tuple[int, int, float]] = []
    for match in _DIGITS.finditer(text):
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        if match.group(3):
            value *= _SCALES[match.group(3).lower()]
        spans.append((match.start(), match.end(), value))
    for match in _IDIOM.finditer(text):
        spans.append((match.start(), match.end(), float(_IDIOMS[match.group(1).lower()])))
    for match in _WORDS.finditer(text):
        words = re.sub(r"[\s-]+", " ", match.group(0).lower())
        if _is_number(words):
            spans.append((match.start(), match.end(), float(text2num(words, "en"))))
            continue
        # "five and seven" is two numbers: the first one starts here.
        first = words.split(" and ")[0]
        if _is_number(first):
            spans.append((match.start(), match.start() + _span_of(match.group(0), first),
                          float(text2num(first, "en"))))
    if not spans:
        return None
    start, end, value = min(spans, key=lambda s: (s[0], -s[1]))
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


def _span_of(original: str, words: str) -> int:
    """Length in ``original`` of its first words, as many as ``words`` has."""
    count = len(words.split())
    match = re.match(rf"(?:\S+[\s-]+){{{count - 1}}}\S+", original)
    return match.end() if match else len(original)
