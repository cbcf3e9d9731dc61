"""``annotate steps``: the feature-file steps, each with an example."""

from __future__ import annotations

import click


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text",
              show_default=True, help="markdown is docs/steps.md as shipped.")
def steps(fmt: str) -> None:
    """List the steps feature files can use, each with an example.

    \b
    Examples:
      annotate steps
      annotate steps --format markdown > docs/steps.md
    """
    from annotate.specs.docs import render_steps  # noqa: PLC0415

    click.echo(render_steps(fmt), nl=False)
