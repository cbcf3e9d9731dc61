"""The human report: ``file:line:col: CODE message``, a hint beneath, a summary last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotate.diagnostics import Severity

if TYPE_CHECKING:
    from annotate.validate import ValidationResult

_RED, _YELLOW, _DIM, _BOLD, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


def render(result: ValidationResult, *, color: bool = False) -> str:
    """One block per finding and a closing summary line."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    lines = []
    for f in result.findings:
        tone = _RED if f.severity is Severity.ERROR else _YELLOW
        claim = f" [{f.claim_id}]" if f.claim_id else ""
        lines.append(f"{paint(_BOLD, f'{f.file}:{f.line}:{f.column}')}: "
                     f"{paint(tone, f.code)} {f.message}{claim}")
        if f.hint:
            lines.append(paint(_DIM, f"    hint: {f.hint}"))
    noun = "file" if result.files == 1 else "files"
    scenarios = f", {result.scenarios} scenarios" if result.scenarios else ""
    summary = (f"{result.errors} error(s), {result.warnings} warning(s) in {result.files} {noun}"
               f" ({result.records} records{scenarios})")
    lines.append(summary if result.findings else f"ok: {result.files} {noun}, "
                 f"{result.records} records{scenarios}, no findings")
    return "\n".join(lines) + "\n"
