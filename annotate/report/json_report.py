"""The machine report; its shape is public and described by ``schemas/report.schema.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from annotate import __version__

if TYPE_CHECKING:
    from annotate.validate import ValidationResult


def as_data(result: ValidationResult) -> dict[str, object]:
    """The report as plain data."""
    return {
        "schema_version": 1,
        "tool": {"name": "annotate", "version": __version__},
        "summary": {"files": result.files, "records": result.records,
                    "findings": len(result.findings), "errors": result.errors,
                    "warnings": result.warnings, "scenarios": result.scenarios},
        "findings": [f.as_json() for f in result.findings],
    }


def render(result: ValidationResult) -> str:
    """The report as indented JSON."""
    return orjson.dumps(as_data(result), option=orjson.OPT_INDENT_2).decode() + "\n"
