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
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion|trillion)\b)?",
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
