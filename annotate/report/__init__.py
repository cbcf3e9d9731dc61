"""Reporters: a :class:`~annotate.validate.ValidationResult` as text, JSON, GitHub or JUnit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotate.validate import ValidationResult

FORMATS = ("text", "json", "github", "junit")


def render(result: ValidationResult, fmt: str, *, color: bool = False) -> str:
    """The report in format ``fmt`` (one of :data:`FORMATS`)."""
    from annotate.report import github, json_report, junit, text  # noqa: PLC0415

    renderers: dict[str, Callable[[ValidationResult], str]] = {
        "json": json_report.render, "github": github.render, "junit": junit.render,
    }
    if fmt == "text":
        return text.render(result, color=color)
    return renderers[fmt](result)
