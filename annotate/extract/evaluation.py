"""``annotate eval extract``: how well extraction finds a gold claim file's claims.

Per claim type: precision, recall and F1 of the candidate spans, counted two
ways (exact span, and overlapping span, one-to-one), and the accuracy of the
normalised values of the overlapping matches.
"""

from __future__ import annotations

from typing import Any

import attrs

from annotate.extract.candidates import Candidate, find_candidates
from annotate.project import Source

TYPES = ("date", "quantity", "origin", "quote", "event", "plan", "comparison", "causal",
         "opinion")


@attrs.frozen
class TypeScores:
    """The figures of one claim type."""

    type: str
    gold: int
    predicted: int
    exact: int
    overlap: int
    values_compared: int
    values_right: int

    def ratio(self, part: int, whole: int) -> float | None:
        """part/whole, or None where there is nothing to divide."""
        return round(part / whole, 3) if whole else None

    def as_json(self) -> dict[str, Any]:
        """The figures and derived precision, recall, F1 and value accuracy."""
        out: dict[str, Any] = attrs.asdict(self)
        for name, matched in (("exact", self.exact), ("overlap", self.overlap)):
            precision, recall = self.ratio(matched, self.predicted), self.ratio(matched, self.gold)
            f1 = (round(2 * precision * recall / (precision + recall), 3)
                  if precision and recall else (0.0 if self.gold and self.predicted else None))
            out[name] = {"matched": matched, "precision": precision, "recall": recall, "f1": f1}
        out["value_accuracy"] = self.ratio(self.values_right, self.values_compared)
        return out


def evaluate(source: Source, gold: list[dict[str, Any]]) -> list[TypeScores]:
    """Scores of extraction on ``source`` against the gold records, one row per type."""
    candidates = find_candidates(source)
    rows = []
    for claim_type in TYPES:
        golds = [g for g in gold if g.get("type") == claim_type]
        preds = [c for c in candidates if c.type == claim_type]
        exact = sum(1 for g in golds if any((c.start, c.end) == _span(g) for c in preds))
        pairs = _overlap_pairs(golds, preds)
        compared = [(g, c) for g, c in pairs if isinstance(g.get("value"), dict)]
        right = sum(1 for g, c in compared if values_agree(g["value"], c.value))
        if golds or preds:
            rows.append(TypeScores(claim_type, len(golds), len(preds), exact, len(pairs),
                                   len(compared), right))
    return rows


def values_agree(gold: dict[str, Any], found: dict[str, Any] | None) -> bool:
    """Whether a found value says what the gold value says (on the fields that carry meaning)."""
    if found is None or found.get("kind") != gold.get("kind"):
        return False
    kind = gold["kind"]
    if kind == "date":
        zone = gold.get("timezone") is None or found.get("timezone") == gold["timezone"]
        return zone and (found["timex3"], found.get("mod")) == (gold["timex3"], gold.get("mod"))
    if kind == "quantity":
        unit_gold, unit_found = str(gold["unit"]).lower(), str(found["unit"]).lower()
        return found["amount"] == gold["amount"] and (
            unit_gold.rstrip("s") == unit_found.rstrip("s"))
    if kind == "origin":
        return set(found["countries"]) == set(gold["countries"])
    return bool(found.get("speaker") == gold.get("speaker"))


def _span(record: dict[str, Any]) -> tuple[int, int]:
    return record["selector"]["start"], record["selector"]["end"]


def _overlap_pairs(golds: list[dict[str, Any]], preds: list[Candidate]
                   ) -> list[tuple[dict[str, Any], Candidate]]:
    """One-to-one matches of overlapping spans, most overlap first."""
    options = []
    for g in golds:
        start, end = _span(g)
        for c in preds:
            overlap = min(end, c.end) - max(start, c.start)
            if overlap > 0:
                options.append((overlap, id(g), g, c))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, key, g, c in sorted(options, key=lambda o: -o[0]):
        if key not in used_gold and id(c) not in used_pred:
            used_gold.add(key)
            used_pred.add(id(c))
            pairs.append((g, c))
    return pairs
