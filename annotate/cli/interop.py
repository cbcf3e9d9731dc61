"""``annotate export`` and ``annotate import``: the standard formats in and out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from annotate.cli.common import echo_record, now, open_claims_project, user_name

FORMATS = ["claimreview", "fever", "averitec", "w3c", "brat", "label-studio"]


@click.command("export")
@click.option("--to", "fmt", type=click.Choice(FORMATS), required=True, help="Target format.")
@click.argument("path", required=False, type=click.Path(path_type=Path, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write (a folder for brat); standard output by default.")
@click.option("--utf16", is_flag=True, help="label-studio: UTF-16 offsets, as older versions.")
@click.option("--review-url", help="claimreview: base URL of the reviews (BASE/<claim id>).")
@click.option("--publisher", help="claimreview: the reviewing organisation (default: the "
              "project's name).")
@click.pass_context
def export(ctx: click.Context, *, fmt: str, path: Path | None, output: Path | None,
           utf16: bool, review_url: str | None, publisher: str | None) -> None:
    """Export claims to a standard format.

    Claims come from PATH (a claim file or folder; the whole project by
    default), which must validate. Formats: claimreview (JSON-LD for publishers
    and Fact Check Explorer), fever (JSON Lines), averitec (JSON), w3c (Web
    Annotation JSON-LD), brat (.txt and .ann per source, into a folder) and
    label-studio (tasks). What a format cannot carry is said on standard error.

    \b
    Examples:
      annotate export --to w3c -o claims.jsonld
      annotate export --to claimreview --review-url https://factcheck.example/reviews
      annotate export --to brat -o brat/
      annotate export --to label-studio --utf16 -o tasks.json
    """
    from annotate.errors import UsageError  # noqa: PLC0415
    from annotate.interop.common import Exporting, InteropError  # noqa: PLC0415
    from annotate.interop.run import export as run_export  # noqa: PLC0415
    from annotate.interop.run import project_records  # noqa: PLC0415
    from annotate.store import write_atomic  # noqa: PLC0415
    from annotate.validate import validate_paths  # noqa: PLC0415

    project = open_claims_project(ctx)
    target = path or project.root
    result = validate_paths([target])
    if result.errors:
        for finding in result.findings[:20]:
            click.echo(f"{finding.file}:{finding.line}:{finding.column}: {finding.code} "
                       f"{finding.message}", err=True)
        click.echo("annotate: error: export needs valid claims; fix the findings above",
                   err=True)
        ctx.exit(1)
    exporting = Exporting(project, project_records(project, target), utf16=utf16,
                          review_url=review_url, publisher=publisher)
    try:
        files = run_export(exporting, fmt)
    except InteropError as err:
        raise UsageError(str(err)) from None
    for line in exporting.notes.lines:
        click.echo(f"note: {line}", err=True)
    if fmt == "brat":
        if output is None:
            raise UsageError("brat writes a .txt and an .ann per source: give -o FOLDER")
        for name, data in files.items():
            write_atomic(output / name, data)
        click.echo(f"wrote {len(files)} file(s) to {output}", err=True)
    else:
        (data,) = files.values()
        if output is None:
            click.echo(data.decode(), nl=False)
        else:
            write_atomic(output, data)
            click.echo(f"wrote {output}", err=True)
    if any("claimReviewed would be" in line for line in exporting.notes.lines):
        ctx.exit(1)


@click.command("import")
@click.option("--from", "fmt", type=click.Choice(FORMATS), required=True, help="Source format.")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--source", "source_id", help="The registered source the claims are about "
              "(needed where the format does not say).")
@click.option("--dry-run", is_flag=True, help="Show the records without writing them.")
@click.option("--format", "out_fmt", type=click.Choice(["yaml", "json"]), default="yaml",
              show_default=True, help="How to show the records.")
@click.pass_context
def import_(ctx: click.Context, *, fmt: str, file: Path, source_id: str | None, dry_run: bool,
            out_fmt: str) -> None:
    """Import claims from a standard format into the project's claim files.

    Each span is located in its source and checked (the text at the offsets is
    the quoted text); UTF-16 offsets (older Label Studio) and brat's CRLF
    counting are detected and converted. Real-world deviations are accepted
    with a note of what was assumed: ClaimReview in an HTML script tag or with
    a CreativeWork as itemReviewed, a rating with only alternateName, AVeriTeC
    records with null speakers or unpadded dates. What a format does not carry
    is proposed as by `annotate add`. The records are validated before writing.

    \b
    Examples:
      annotate import --from label-studio export.json --source tiangong-1
      annotate import --from claimreview page.html --source tiangong-1
      annotate import --from brat brat/tiangong-1.ann --source tiangong-1 --dry-run
    """
    from annotate.errors import InputError, UsageError  # noqa: PLC0415
    from annotate.interop.common import Importing, InteropError  # noqa: PLC0415
    from annotate.interop.run import import_records, source_for  # noqa: PLC0415
    from annotate.store import all_ids, update_claims  # noqa: PLC0415

    project = open_claims_project(ctx)
    try:
        data = file.read_bytes()
    except OSError as err:
        raise InputError(f"{file}: cannot read: {err.strerror}") from None
    try:
        importing = Importing(project, source_for(project, source_id), taken=all_ids(project),
                              now=now(), annotator=user_name())
        records = import_records(importing, fmt, data, str(file))
    except InteropError as err:
        raise UsageError(str(err)) from None
    except UnicodeDecodeError as err:
        raise UsageError(f"{file}: not UTF-8 (byte offset {err.start})") from None
    for line in importing.notes.lines:
        click.echo(f"note: {line}", err=True)
    for record in records:
        echo_record(record, out_fmt)
    if dry_run or not records:
        click.echo(f"{len(records)} record(s){' (dry run: nothing written)' if dry_run else ''}",
                   err=True)
        return
    by_source: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_source.setdefault(str(record["source"]["id"]), []).append(record)
    for source, group in by_source.items():
        def append(current: list[dict[str, Any]],
                   new: list[dict[str, Any]] = group) -> list[dict[str, Any]]:
            return [*current, *new]

        path = update_claims(project, source, append)
        click.echo(f"imported {len(group)} record(s) into {path.relative_to(project.root)}",
                   err=True)
