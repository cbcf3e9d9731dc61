"""``annotate rules``: the rules, their codes and what they check."""

from __future__ import annotations

import click


@click.command()
@click.argument("codes", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.pass_context
def rules(ctx: click.Context, codes: tuple[str, ...], fmt: str) -> None:
    """List every rule with its code, or explain the rules named.

    \b
    Examples:
      annotate rules
      annotate rules A001 V002
      annotate rules --format json
    """
    from annotate.cli.rules_output import execute  # noqa: PLC0415

    ctx.exit(execute(codes, fmt))
