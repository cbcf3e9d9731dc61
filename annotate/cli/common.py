"""What the annotator's commands share: the project, the clock, the user, record output."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from annotate.project import Project


def project_dir(ctx: click.Context) -> Path:
    """The folder given with -C, else the working directory."""
    root = ctx.find_root().obj
    return Path(root) if root else Path.cwd()


def open_claims_project(ctx: click.Context) -> Project:
    """The claims project the command runs in; none is a usage error."""
    from annotate.errors import UsageError  # noqa: PLC0415
    from annotate.project import find_root, open_project  # noqa: PLC0415

    start = project_dir(ctx).resolve()
    root = find_root(start)
    if root is None:
        raise UsageError(f"{start}: not inside a claims project (no annotate.yaml here or "
                         "above); create one with `annotate init`")
    project = open_project(root)
    if project.config_findings:
        first = project.config_findings[0]
        raise UsageError(f"{first.file}:{first.line}:{first.column}: {first.message}")
    return project


def now() -> dt.datetime:
    """The current time, in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def user_name() -> str:
    """Who is annotating: $ANNOTATE_USER, else git's user.name, else the login name."""
    import getpass  # noqa: PLC0415 - kept off the start-up path of --help
    import subprocess  # noqa: PLC0415

    name = os.environ.get("ANNOTATE_USER")
    if name:
        return name
    try:
        done = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True,
                              check=False, timeout=5)
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    return getpass.getuser()


def echo_record(record: dict[str, Any], fmt: str) -> None:
    """Print one record as YAML or JSON."""
    if fmt == "json":
        import orjson  # noqa: PLC0415

        click.echo(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
    else:
        from annotate.io.claim_writer import dump_yaml  # noqa: PLC0415

        click.echo(dump_yaml([record]), nl=False)


def use_color() -> bool:
    """Colour on a terminal, unless NO_COLOR is set."""
    import sys  # noqa: PLC0415

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")
