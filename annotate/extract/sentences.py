"""Sentence segmentation for news text, with code-point offsets.

Written here rather than taken from a library: the rule-based segmenters that
run offline are unmaintained (pysbd) or need data downloaded at run time (NLTK's
punkt, spaCy's models), and news text needs few rules: line breaks end
paragraphs; ., ! and ? end sentences unless they end a known abbreviation, an
initial or a decimal; closing quotation marks stay with their sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.g",
    "i.e", "a.m", "p.m", "approx", "est", "dept", "univ"})

_END = re.compile(r"[.!?]+[\"\u201d\u2019')\]]*(?=\s|$)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence, in order, leading and trailing space left out."""
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for end_match in _END.finditer(text, para.start(), para.end()):
            dot = end_match.start()
            word = re.search(r"([\w.]+)$", text[start:dot])
            token = word.group(1).lower() if word else ""
            if end_match.group().startswith(".") and (
                    token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)
                    or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
                continue
            after = text[end_match.end():end_match.end() + 2].strip()
            if after and after[0].islower():
                continue  # "... 2.5 m. high" or a quote that goes on
            yield from _trimmed(text, start, end_match.end())
            start = end_match.end()
        yield from _trimmed(text, start, para.end())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
