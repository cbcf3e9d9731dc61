"""Anchoring rules: the span says what the record claims it says (A001-A006)."""

from __future__ import annotations

from typing import Any

from annotate.project import Source
from annotate.rules.hits import Hit
from annotate.textspan import Utf16Offsets, grapheme_bounds, is_grapheme_boundary, occurrences


def check(record: dict[str, Any], source: Source) -> list[Hit]:
    """Anchoring findings of one schema-valid record against its loaded source."""
    hits: list[Hit] = []
    if record["source"]["sha256"] != source.sha256:
        hits.append(Hit("A005", ("source", "sha256"),
                        f"claim was anchored in another version of source {source.id!r}",
                        f"the source now hashes to {source.sha256}; re-anchor the claim"))
    sel = record["selector"]
    text = source.text
    start, end, exact = sel["start"], sel["end"], sel["exact"]
    if start >= end or end > len(text):
        hits.append(Hit("A002", ("selector", "end" if start < end else "start"),
                        f"span [{start}, {end}) is not inside the text (0..{len(text)} code points)"
                        if start < end else f"span [{start}, {end}) is empty or reversed",
                        _where_hint(text, exact, start)))
        return hits
    if text[start:end] != exact:
        # When the quote is in the text the offsets are what is wrong; otherwise the quote.
        blamed = "start" if exact in text else "exact"
        hits.append(Hit("A001", ("selector", blamed),
                        f"text at [{start}, {end}) is {text[start:end]!r}, not {exact!r}",
                        _where_hint(text, exact, start)))
        return hits
    prefix, suffix = sel.get("prefix"), sel.get("suffix")
    if prefix is not None and text[max(0, start - len(prefix)):start] != prefix:
        hits.append(Hit("A003", ("selector", "prefix"),
                        f"prefix {prefix!r} is not the text before the span",
                        f"the text before the span ends {text[max(0, start - 32):start]!r}"))
    if suffix is not None and text[end:end + len(suffix)] != suffix:
        hits.append(Hit("A004", ("selector", "suffix"),
                        f"suffix {suffix!r} is not the text after the span",
                        f"the text after the span starts {text[end:end + 32]!r}"))
    for name, offset in (("start", start), ("end", end)):
        if not is_grapheme_boundary(text, offset, ascii_text=source.ascii_text):
            low, high = grapheme_bounds(text, offset)
            hits.append(Hit("A006", ("selector", name),
                            f"{name} {offset} falls inside the grapheme cluster "
                            f"{text[low:high]!r} at [{low}, {high})",
                            f"move {name} to {low} or {high}"))
    return hits


def _where_hint(text: str, exact: str, start: int) -> str:
    found = occurrences(text, exact)
    if not found:
        return "the quoted text does not occur in the source; re-anchor or fix the quote"
    nearest = min(found, key=lambda pos: abs(pos - start))
    hint = (f"the quote occurs at [{nearest}, {nearest + len(exact)})"
            + (f" and {len(found) - 1} more place(s)" if len(found) > 1 else ""))
    utf16 = Utf16Offsets(text)
    if utf16.to_utf16(nearest) == start and nearest != start:
        hint += "; the recorded offsets are UTF-16 code units, not code points"
    return hint
