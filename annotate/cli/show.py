"""``annotate show``: one claim, with its span highlighted in the sentence around it."""

from __future__ import annotations

import click

from annotate.cli.common import echo_record, open_claims_project, use_color


@click.command()
@click.argument("claim_id", metavar="CLAIM")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml",
              show_default=True, help="json prints the record alone.")
@click.pass_context
def show(ctx: click.Context, claim_id: str, fmt: str) -> None:
    """Show a claim: its sentence with the span marked, then the record.

    The span is shown in reverse video on a terminal, and between [[ and ]]
    when not on a terminal or when NO_COLOR is set.

    \b
    Examples:
      annotate show tg1-mars500-six-volunteers
      annotate show tg1-mars500-six-volunteers --format json
    """
    from annotate.normalize.speakers import sentence_bounds  # noqa: PLC0415
    from annotate.store import find_claim  # noqa: PLC0415

    project = open_claims_project(ctx)
    source_id, record = find_claim(project, claim_id)
    if fmt == "json":
        echo_record(record, fmt)
        return
    source = project.source(source_id)
    selector = record["selector"]
    start, end = selector["start"], selector["end"]
    if source is not None and source.text[start:end] == selector["exact"]:
        left, right = sentence_bounds(source.text, start, end)
        text = source.text
        mark = (("\x1b[7m", "\x1b[0m") if use_color() else ("[[", "]]"))
        click.echo(f"{text[left:start]}{mark[0]}{text[start:end]}{mark[1]}"
                   f"{text[end:right]}".strip(), color=use_color())
    else:
        click.echo(f"(the span is not anchored in source {source_id!r}: run annotate validate)")
    click.echo("")
    echo_record(record, fmt)
