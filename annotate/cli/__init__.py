"""The ``annotate`` command line.

Commands are imported only when run (or listed by ``--help``), and each command
module imports nothing heavy at the top, so that ``annotate --help`` starts
about as fast as click itself. Errors that stop a command are turned into a
message and exit code 2 here, and only here.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from annotate import __version__
from annotate.errors import AnnotateError

COMMANDS = {
    "add": "annotate.cli.add:add",
    "check": "annotate.cli.check:check",
    "eval": "annotate.cli.extract:evaluate",
    "export": "annotate.cli.interop:export",
    "extract": "annotate.cli.extract:extract",
    "import": "annotate.cli.interop:import_",
    "init": "annotate.cli.init:init",
    "list": "annotate.cli.listing:list_claims",
    "review": "annotate.cli.review:review",
    "rules": "annotate.cli.rules:rules",
    "set": "annotate.cli.edit:set_field",
    "show": "annotate.cli.show:show",
    "source": "annotate.cli.source:source",
    "steps": "annotate.cli.steps:steps",
    "validate": "annotate.cli.validate:validate",
    "verdict": "annotate.cli.edit:verdict",
}


class LazyGroup(click.Group):
    """A group whose commands live in their own modules, imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        from annotate.store import ClaimFileError  # noqa: PLC0415 - imported only on errors

        try:
            return super().invoke(ctx)
        except AnnotateError as err:
            click.echo(f"annotate: error: {err}", err=True)
            ctx.exit(err.exit_code)
        except ClaimFileError as err:
            click.echo(f"annotate: error: {err}", err=True)
            for finding in err.findings:
                claim = f" [{finding.claim_id}]" if finding.claim_id else ""
                click.echo(f"  {finding.code} {finding.pointer}: {finding.message}{claim}",
                           err=True)
            ctx.exit(1)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotate")
@click.option("-C", "--project", "project", type=click.Path(file_okay=False),
              help="Run as if started in this folder (the claims project).")
@click.pass_context
def cli(ctx: click.Context, project: str | None) -> None:
    """Fact-check annotation: claim records anchored to their source, checked in git and CI.

    \b
    Exit codes: 0 clean, 1 findings in the data, 2 usage error or unreadable input.

    \b
    Example:
      annotate validate examples/tiangong-1
    """
    ctx.obj = project


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="annotate")
