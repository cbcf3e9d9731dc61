"""Findings: what a check reports, where, and how bad it is.

A run collects every finding across all files and reports them once; nothing in
the core raises for a problem in the data.
"""

from __future__ import annotations

import enum

import attrs


class Severity(enum.Enum):
    """How a finding affects the exit code: errors fail the run, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(order=True)
class Diagnostic:
    """One finding, located precisely enough for an editor or a CI annotation."""

    file: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = attrs.field(default=Severity.ERROR, order=False)
    pointer: str = ""
    hint: str = ""
    claim_id: str | None = None

    def as_json(self) -> dict[str, object]:
        """The public JSON shape of a finding (``schemas/report.schema.json``)."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "claim_id": self.claim_id,
        }


def format_pointer(tokens: tuple[str | int, ...]) -> str:
    """Render path tokens as an RFC 6901 JSON pointer."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
