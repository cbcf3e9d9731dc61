"""``annotate check``: validation and the project's feature files in one report."""

from __future__ import annotations

from pathlib import Path

import click

from annotate.cli.validate import ValidateOptions, report, report_options, use_color


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@report_options
@click.pass_context
def check(ctx: click.Context, path: Path | None, fmt: str, color: bool | None,
          jobs: int) -> None:
    """Validate a claims project and run its feature files, in one report.

    Runs everything `annotate validate` does, then every scenario of the
    project's feature files (features/ by default, `paths.features` in
    annotate.yaml) with annotate's step library. A failing scenario is reported
    at its feature file and step line, naming the claim that broke it. The same
    scenarios run under plain `pytest` inside the project.

    \b
    Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable path.

    \b
    Examples:
      annotate check examples/tiangong-1
      annotate check --format github
    """
    from annotate.check import check_path  # noqa: PLC0415
    from annotate.errors import InputError  # noqa: PLC0415

    target = path or Path()
    if not target.exists():
        raise InputError(f"{target}: no such file or folder")
    options = ValidateOptions((target,), fmt, use_color(color), jobs)
    ctx.exit(report(check_path(target, jobs=jobs), options))
