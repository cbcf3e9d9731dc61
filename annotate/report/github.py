"""GitHub Actions workflow commands, which GitHub shows inline on the pull request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotate.diagnostics import Severity

if TYPE_CHECKING:
    from annotate.validate import ValidationResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: ValidationResult) -> str:
    """One ``::error``/``::warning`` command per finding."""
    lines = []
    for f in result.findings:
        level = "error" if f.severity is Severity.ERROR else "warning"
        claim = f" [{f.claim_id}]" if f.claim_id else ""
        hint = f"\n{f.hint}" if f.hint else ""
        lines.append(f"::{level} file={_prop(f.file)},line={f.line},col={f.column},"
                     f"title={_prop(f.code)}::{_data(f.message + claim + hint)}")
    return "".join(line + "\n" for line in lines)
