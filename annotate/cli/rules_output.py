"""Rendering the rule table for ``annotate rules``."""

from __future__ import annotations

import click
import orjson

from annotate.errors import UsageError
from annotate.rules.registry import FAMILIES, RULES


def execute(codes: tuple[str, ...], fmt: str) -> int:
    """Print the rules named (all by default) and return the exit code."""
    unknown = [code for code in codes if code.upper() not in RULES]
    if unknown:
        raise UsageError(f"unknown rule code(s): {', '.join(unknown)}; "
                         "`annotate rules` lists them all")
    chosen = [RULES[c.upper()] for c in codes] or list(RULES.values())
    if fmt == "json":
        data = [{"code": r.code, "name": r.name, "family": r.family,
                 "severity": r.severity.value, "summary": r.summary, "hint": r.hint,
                 "explanation": r.explanation} for r in chosen]
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return 0
    family = ""
    for rule in chosen:
        if rule.code[0] != family and not codes:
            family = rule.code[0]
            click.echo(f"\n{FAMILIES[family]}")
        click.echo(f"  {rule.code} {rule.name} ({rule.severity.value}): {rule.summary}")
        if codes:
            click.echo(f"      {rule.explanation}\n      hint: {rule.hint}")
    return 0
