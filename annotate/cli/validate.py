"""``annotate validate``: parse the options, run the core, render the report."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import click

if TYPE_CHECKING:
    from annotate.validate import ValidationResult

FORMAT_CHOICES = ("text", "json", "github", "junit")


class ValidateOptions(NamedTuple):
    """What ``annotate validate`` was asked to do (a NamedTuple: attrs would slow --help)."""

    paths: tuple[Path, ...]
    format: str
    color: bool
    jobs: int = 0


def execute(options: ValidateOptions) -> int:
    """Validate, print the report, and return the exit code."""
    from annotate.validate import validate_paths  # noqa: PLC0415

    result = validate_paths(options.paths, jobs=options.jobs)
    return report(result, options)


def report(result: ValidationResult, options: ValidateOptions) -> int:
    """Print ``result`` as asked and return its exit code."""
    from annotate.report import render  # noqa: PLC0415

    click.echo(render(result, options.format, color=options.color), nl=False,
               color=options.color)
    if result.files == 0:
        click.echo("annotate: warning: no claim files or source metadata found under "
                   + ", ".join(str(p) for p in options.paths), err=True)
    return result.exit_code


def use_color(choice: bool | None) -> bool:
    """Colour when asked, or when writing to a terminal and NO_COLOR is not set."""
    if choice is not None:
        return choice
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def report_options(func: Any) -> Any:
    """The options ``validate`` and ``check`` share."""
    for option in reversed([
        click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text",
                     show_default=True, help="Report format; github prints workflow commands "
                     "that GitHub shows inline on the pull request."),
        click.option("--color/--no-color", default=None,
                     help="Colour the text report (default: on a terminal unless NO_COLOR "
                     "is set)."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
                     help="Processes that share a large JSON Lines file; 0 is one per core."),
    ]):
        func = option(func)
    return func


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@report_options
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...], fmt: str, color: bool | None,
             jobs: int) -> None:
    """Check claim files, source metadata and configuration.

    Runs the schema check and the anchoring, value, reference, verdict and time
    rules (see `annotate rules`). PATHS are files or folders; the current
    folder by default.

    \b
    Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable path.

    \b
    Examples:
      annotate validate examples/tiangong-1
      annotate validate claims/a.claims.yaml --format github
    """
    options = ValidateOptions(paths or (Path(),), fmt, use_color(color), jobs)
    ctx.exit(execute(options))
