"""Offsets in code points, UTF-16 conversion, grapheme boundaries: properties over random text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from annotate.textspan import (
    Utf16Offsets,
    context,
    grapheme_bounds,
    is_grapheme_boundary,
    line_column,
    occurrences,
)
from tests.strategies import texts


@given(texts)
def test_utf16_round_trip(text: str) -> None:
    """Every code-point offset maps to the UTF-16 offset the encoder agrees on, and back."""
    table = Utf16Offsets(text)
    for offset in range(len(text) + 1):
        units = table.to_utf16(offset)
        assert units == len(text[:offset].encode("utf-16-le")) // 2
        assert table.from_utf16(units) == offset


@given(texts)
def test_utf16_offsets_inside_a_pair_are_refused(text: str) -> None:
    """A UTF-16 offset between the halves of a surrogate pair names no code point."""
    table = Utf16Offsets(text)
    for offset, char in enumerate(text):
        if ord(char) > 0xFFFF:
            with pytest.raises(ValueError, match="splits a surrogate pair"):
                table.from_utf16(table.to_utf16(offset) + 1)


def test_utf16_out_of_range() -> None:
    """Offsets beyond the text are errors in both directions."""
    table = Utf16Offsets("a😀")
    with pytest.raises(ValueError, match="outside"):
        table.to_utf16(3)
    with pytest.raises(ValueError, match="outside"):
        table.from_utf16(4)


@given(texts)
def test_grapheme_boundaries_match_full_segmentation(text: str) -> None:
    """The local boundary check agrees with segmenting the whole text into clusters."""
    boundaries = {0, len(text)} | {m.end() for m in regex.finditer(r"\X", text)}
    for offset in range(len(text) + 1):
        assert is_grapheme_boundary(text, offset) == (offset in boundaries), offset


@given(texts.filter(bool), st.data())
def test_grapheme_bounds_contain_the_offset(text: str, data: st.DataObject) -> None:
    """The cluster around an offset contains it and starts and ends on boundaries."""
    offset = data.draw(st.integers(0, len(text) - 1))
    low, high = grapheme_bounds(text, offset)
    assert low <= offset < high
    assert is_grapheme_boundary(text, low)
    assert is_grapheme_boundary(text, high)


@pytest.mark.parametrize(("text", "offset", "boundary"), [
    ("x👍🏽y", 2, False),           # between the thumb and its skin tone
    ("x👩\u200d🚀y", 2, False),     # inside a ZWJ sequence
    ("e\u0301!", 1, False),         # before a combining accent
    ("a\r\nb", 2, False),           # inside CRLF
    ("a\r\nb", 3, True),
    ("🇨🇳🇷🇺", 2, True),            # between two flags
    ("🇨🇳🇷🇺", 1, False),           # inside a flag
])
def test_known_boundaries(text: str, offset: int, boundary: bool) -> None:
    """The cases peers get wrong: emoji modifiers, ZWJ, combining marks, CRLF, flags."""
    assert is_grapheme_boundary(text, offset) is boundary


def test_ascii_fast_path_still_sees_crlf() -> None:
    """Pure ASCII text takes a shortcut that must still keep CRLF together."""
    assert not is_grapheme_boundary("a\r\nb", 2, ascii_text=True)
    assert is_grapheme_boundary("ab", 1, ascii_text=True)


def test_context_and_occurrences() -> None:
    """Prefix and suffix are at most 32 code points; overlapping occurrences are all found."""
    text = "x" * 40 + "QUOTE" + "y" * 40
    prefix, suffix = context(text, 40, 45)
    assert (prefix, suffix) == ("x" * 32, "y" * 32)
    assert occurrences("aaa", "aa") == [0, 1]


def test_line_column_counts_code_points() -> None:
    """Columns are code points: an emoji before a word moves it by one column."""
    assert line_column("😀ab\r\ncd", 2) == (1, 3)
    assert line_column("😀ab\r\ncd", 6) == (2, 2)
