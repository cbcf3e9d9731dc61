"""``annotate init``: a claims repository ready for git and CI."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--name", help="Project name (default: the folder's name).")
def init(folder: Path | None, name: str | None) -> None:
    """Create a claims repository in FOLDER (the current folder by default).

    Writes annotate.yaml (the default rating scale and claim types), sources/,
    claims/ and features/ with a starter feature file, a .gitattributes that
    keeps source texts byte-exact and claim files LF, a .pre-commit-config.yaml
    and an example GitHub Actions workflow. Existing files are left alone.

    \b
    Example:
      annotate init my-claims && cd my-claims
    """
    from annotate.scaffold import init_project  # noqa: PLC0415

    target = folder or Path()
    for path in init_project(target, name):
        click.echo(f"created {path}")
