"""The project configuration (``annotate.yaml``) and the default rating scale."""

from __future__ import annotations

import attrs

from annotate.model.claim import CLAIM_TYPES


@attrs.frozen
class ClaimReviewRating:
    """How a label appears as a ClaimReview ``reviewRating``."""

    alternateName: str
    ratingValue: int | None = None


@attrs.frozen
class RatingLabel:
    """One label of the rating scale and what it maps to in the standard formats."""

    label: str
    description: str | None = None
    requires_evidence: bool = True
    claimreview: ClaimReviewRating | None = None
    averitec: str | None = None
    fever: str | None = None


@attrs.frozen
class Paths:
    """Where the project keeps its parts, relative to the project root."""

    sources: str = "sources"
    claims: str = "claims"
    features: str = "features"


@attrs.frozen
class RuleSettings:
    """Which rule codes the project switches off."""

    ignore: tuple[str, ...] = attrs.field(default=(), converter=tuple)


DEFAULT_SCALE: tuple[RatingLabel, ...] = (
    RatingLabel("supported", "The evidence shows the claim is true.", True,
                ClaimReviewRating("True", 5), "Supported", "SUPPORTS"),
    RatingLabel("misleading", "True in part, or true but missing context.", True,
                ClaimReviewRating("Misleading", 3), "Conflicting Evidence/Cherrypicking", None),
    RatingLabel("refuted", "The evidence shows the claim is false.", True,
                ClaimReviewRating("False", 1), "Refuted", "REFUTES"),
    RatingLabel("unverifiable", "No evidence could settle the claim.", False,
                ClaimReviewRating("Unverifiable", None), "Not Enough Evidence",
                "NOT ENOUGH INFO"),
)


@attrs.frozen
class ProjectConfig:
    """``annotate.yaml``: the rating scale, the claim types in use, paths and rule settings."""

    schema_version: int = 1
    name: str | None = None
    paths: Paths = Paths()
    rating_scale: tuple[RatingLabel, ...] = attrs.field(default=DEFAULT_SCALE, converter=tuple)
    claim_types: tuple[str, ...] = attrs.field(default=CLAIM_TYPES, converter=tuple)
    rules: RuleSettings = RuleSettings()

    def label(self, name: str) -> RatingLabel | None:
        """The scale's entry for ``name``, if it is on the scale."""
        return next((entry for entry in self.rating_scale if entry.label == name), None)
