"""``annotate source add``: register an article, byte-exact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from annotate.cli.common import open_claims_project


@click.group()
def source() -> None:
    """Register and list source texts.

    \b
    Example:
      annotate source add article.txt --id tiangong-1 --published 2011-09-28
    """


@source.command("add")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "source_id", required=True, help="Source id: letters, digits, . _ -")
@click.option("--title", help="Title (default: the text's first line).")
@click.option("--publisher", help="Who published it.")
@click.option("--url", help="Where it was published.")
@click.option("--published", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date (the DCT relative dates resolve against), YYYY-MM-DD.")
@click.option("--language", default="en", show_default=True, help="BCP 47 language tag.")
@click.option("--timezone", help="Zone of the publication date, such as Asia/Shanghai.")
@click.pass_context
def add_source(ctx: click.Context, *, file: Path, source_id: str, title: str | None,
               publisher: str | None, url: str | None, published: dt.datetime, language: str,
               timezone: str | None) -> None:
    """Store FILE byte-exact as a source, with its metadata and SHA-256.

    Refuses an id already registered and a text already registered under
    another id. Writes sources/<id>.txt and sources/<id>.yaml.

    \b
    Example:
      annotate source add article.txt --id tiangong-1 --published 2011-09-28 \\
          --title "China to bolster space cooperation" --publisher Xinhua
    """
    from annotate.errors import InputError, UsageError  # noqa: PLC0415
    from annotate.sources import add_source as register  # noqa: PLC0415
    from annotate.store import ClaimFileError  # noqa: PLC0415

    if not file.is_file():
        raise InputError(f"{file}: no such file")
    project = open_claims_project(ctx)
    if title is None:
        first = file.read_bytes().decode("utf-8", "replace").strip().split("\n", 1)[0]
        title = first[:100].strip() or source_id
    try:
        path = register(project, file, source_id, title=title, published=published.date(),
                        language=language, publisher=publisher, url=url, timezone=timezone)
    except ClaimFileError as err:
        raise UsageError(str(err)) from None
    check = project.load_source(path)
    if check is None:
        findings = project.source_findings.get(path, [])
        raise UsageError("; ".join(f.message for f in findings) or "the source is invalid")
    click.echo(f"registered source {source_id!r}: {path} (sha256 {check.sha256})")


@source.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def list_sources(ctx: click.Context, fmt: str) -> None:
    """List the registered sources: id, publication date, title.

    \b
    Example:
      annotate source list --format json
    """
    import orjson  # noqa: PLC0415

    project = open_claims_project(ctx)
    rows = []
    for meta in sorted(project.sources_dir.glob("*.yaml")) if project.sources_dir.is_dir() else []:
        loaded = project.load_source(meta)
        rows.append({"id": meta.stem, "published": loaded.published if loaded else None,
                     "title": loaded.meta.get("title") if loaded else None,
                     "valid": loaded is not None})
    if fmt == "json":
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    for row in rows:
        mark = "" if row["valid"] else "  (invalid: see annotate validate)"
        click.echo(f"{row['id']}  {row['published'] or '-'}  {row['title'] or '-'}{mark}")
