"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import hashlib
from typing import Any

from hypothesis import strategies as st

from annotate.textspan import context

# Text that stresses anchoring: ASCII, accents, combining marks, astral emoji,
# skin-tone modifiers, zero-width joiners, regional indicators and CRLF.
PIECES = ["a", "b", " ", "Z", "é", "e\u0301", "\u0301", "😀", "👍🏽", "👩\u200d🚀", "\u200d",
          "🇨🇳", "\r\n", "\n", "\r", "中", "\U0001d518", "ß", "\ufeff"]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    """A non-empty text and a non-empty span of it (any code-point offsets)."""
    text = draw(texts.filter(bool))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


def record_for(text: str, start: int, end: int, claim_id: str = "c1") -> dict[str, Any]:
    """A minimal schema-valid record anchored at ``[start, end)`` of ``text``."""
    prefix, suffix = context(text, start, end)
    return {
        "id": claim_id,
        "source": {"id": "doc", "sha256": hashlib.sha256(text.encode()).hexdigest()},
        "selector": {"exact": text[start:end], "prefix": prefix, "suffix": suffix,
                     "start": start, "end": end},
        "type": "event", "statement": "Something happened.", "status": "draft",
    }


_ident = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)
_short = st.text(min_size=1, max_size=30).filter(lambda s: s.strip() == s and s)
_date = st.dates().map(lambda d: d.isoformat())
_values = st.one_of(
    st.builds(lambda t, m: {"kind": "date", "timex3": t, "mod": m, "granularity": "day",
                            "dct": "2011-09-28"},
              st.dates().map(lambda d: d.isoformat()), st.sampled_from(["END", "APPROX"])),
    st.builds(lambda a, u, ap: {"kind": "quantity", "amount": a, "unit": u, "approximate": ap},
              st.integers(0, 10**9) | st.floats(0, 1e9, allow_nan=False), _short, st.booleans()),
    st.builds(lambda cs: {"kind": "origin", "countries": cs, "relation": "made_in"},
              st.lists(st.sampled_from(["CN", "RU", "DE", "FR"]), min_size=1, max_size=3,
                       unique=True)),
    st.builds(lambda s, t: {"kind": "quote", "speaker": s, "text": t}, _short, _short),
)
_evidence = st.builds(lambda u, q, a: {"url": f"https://example.org/{u}", "quote": q,
                                       "accessed": a}, _ident, _short, _date)


@st.composite
def claim_records(draw: st.DrawFn) -> dict[str, Any]:
    """Schema-valid claim records with optional parts filled at random."""
    text, start, end = draw(text_and_span())
    record = record_for(text, start, end, draw(_ident))
    record["type"] = draw(st.sampled_from(["event", "plan", "comparison", "causal"]))
    if draw(st.booleans()):
        record["value"] = draw(_values)
    if draw(st.booleans()):
        record["attribution"] = {"speaker": draw(_short), "mode": draw(
            st.sampled_from(["direct", "reported"]))}
    if draw(st.booleans()):
        record["verdict"] = {"label": "refuted", "justification": draw(_short),
                             "evidence": draw(st.lists(_evidence, max_size=2))}
    if draw(st.booleans()):
        record["notes"] = draw(st.text(max_size=40))
    return record
