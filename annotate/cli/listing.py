"""``annotate list``: the claims, filtered, as a table or JSON."""

from __future__ import annotations

import click

from annotate.cli.common import open_claims_project


@click.command("list")
@click.option("--source", "source_id", help="Only claims of this source.")
@click.option("--type", "claim_type", help="Only claims of this type.")
@click.option("--verdict", "label", help="Only claims rated with this label ('none': unrated).")
@click.option("--status", help="Only claims with this status.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def list_claims(ctx: click.Context, *, source_id: str | None, claim_type: str | None,
                label: str | None, status: str | None, fmt: str) -> None:
    """List the project's claims, in file and text order.

    \b
    Examples:
      annotate list
      annotate list --type quantity --verdict refuted
      annotate list --status draft --format json
    """
    import orjson  # noqa: PLC0415

    from annotate.claims_index import load_index  # noqa: PLC0415

    project = open_claims_project(ctx)
    rows = []
    for claim in load_index(project.root).claims:
        record = claim.record
        verdict = (record.get("verdict") or {}).get("label")
        if ((source_id and (record.get("source") or {}).get("id") != source_id)
                or (claim_type and record.get("type") != claim_type)
                or (status and record.get("status") != status)
                or (label and (verdict or "none") != label)):
            continue
        rows.append({"id": claim.id, "file": claim.file, "line": claim.line,
                     "source": (record.get("source") or {}).get("id"),
                     "type": record.get("type"), "status": record.get("status"),
                     "verdict": verdict, "quote": (record.get("selector") or {}).get("exact")})
    if fmt == "json":
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    headers = ("id", "type", "status", "verdict", "quote")
    table = [[str(row[h] or "-") for h in headers] for row in rows]
    for row in table:
        if len(row[-1]) > 40:
            row[-1] = row[-1][:39] + "…"
    widths = [max([len(h), *(len(r[i]) for r in table)]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in table:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    click.echo(f"{len(rows)} claim(s)", err=True)
