"""Spans of a source text: code-point offsets, grapheme boundaries, UTF-16 conversion.

Offsets are Unicode code points, half-open ``[start, end)``, over the exact
stored text (W3C Web Annotation). Browser tools count UTF-16 code units; the
conversions here are the only place the two meet.
"""

from __future__ import annotations

import bisect

import regex

CONTEXT_LENGTH = 32
"""Code points of prefix and suffix kept around a quote, as the Hypothesis client does."""

_GRAPHEME = regex.compile(r"\X", regex.DOTALL)


def _safe_start(text: str, index: int) -> int:
    """A position at or before ``index`` that is certainly a grapheme boundary.

    Between two ASCII characters there is always a boundary, except inside
    ``\\r\\n``; scanning back for such a pair bounds the work to the local run of
    non-ASCII characters.
    """
    pos = index
    while pos > 0:
        before, here = text[pos - 1], text[pos] if pos < len(text) else "a"
        if before < "\x80" and here < "\x80" and not (before == "\r" and here == "\n"):
            return pos
        pos -= 1
    return 0


def is_grapheme_boundary(text: str, index: int, *, ascii_text: bool | None = None) -> bool:
    """Whether a span may start or end at ``index`` without splitting a cluster."""
    if index <= 0 or index >= len(text):
        return True
    if ascii_text if ascii_text is not None else text.isascii():
        return not (text[index - 1] == "\r" and text[index] == "\n")
    pos = _safe_start(text, index)
    for match in _GRAPHEME.finditer(text, pos):
        if match.end() > index:
            return match.start() == index
    return True


def grapheme_bounds(text: str, index: int) -> tuple[int, int]:
    """The cluster that contains ``index``: its start and end offsets."""
    pos = _safe_start(text, index)
    for match in _GRAPHEME.finditer(text, pos):
        if match.end() > index:
            return match.start(), match.end()
    return index, index


def context(text: str, start: int, end: int, length: int = CONTEXT_LENGTH) -> tuple[str, str]:
    """The prefix and suffix of a span, ``length`` code points each at most."""
    return text[max(0, start - length) : start], text[end : end + length]


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every occurrence of ``quote`` (overlapping ones included)."""
    found: list[int] = []
    pos = text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + 1)
    return found


class Utf16Offsets:
    """Converts code-point offsets of one text to UTF-16 code units and back.

    Only astral characters (above U+FFFF) take two UTF-16 units, so the table
    holds just their positions and each conversion is a binary search.
    """

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._length = len(text)
        # UTF-16 offset of the first unit of each astral character's surrogate pair.
        self._pair_starts = [i + n for n, i in enumerate(self._astral)]
        self._pair_ends = [unit + 2 for unit in self._pair_starts]

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of a code-point offset."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} is outside the text (0..{self._length})")
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, unit: int) -> int:
        """Code-point offset of a UTF-16 offset; one inside a surrogate pair is an error."""
        if unit < 0 or unit > self._length + len(self._astral):
            raise ValueError(f"UTF-16 offset {unit} is outside the text")
        before = bisect.bisect_right(self._pair_ends, unit)
        # A unit that falls between the two halves of a pair names no code point.
        if before < len(self._pair_starts) and unit == self._pair_starts[before] + 1:
            raise ValueError(f"UTF-16 offset {unit} splits a surrogate pair")
        return unit - before


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of an offset; ``\\r\\n`` and ``\\n`` end lines."""
    line = text.count("\n", 0, offset) + 1
    line_start = text.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1
