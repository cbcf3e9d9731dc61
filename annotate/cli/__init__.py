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
    # name: (where the command lives, the first line of its help). The help line is here so
    # that `annotate --help` lists the commands without importing them; a test keeps the
    # two in step.
    "add": ("annotate.cli.add:add",
            "Add a claim by quoting its words from a registered source."),
    "check": ("annotate.cli.check:check",
              "Validate a claims project and run its feature files, in one report."),
    "eval": ("annotate.cli.extract:evaluate", "Measure annotate against gold data."),
    "export": ("annotate.cli.interop:export", "Export claims to a standard format."),
    "extract": ("annotate.cli.extract:extract",
                "Propose every checkable claim of a source as a candidate record."),
    "import": ("annotate.cli.interop:import_",
               "Import claims from a standard format into the project's claim files."),
    "init": ("annotate.cli.init:init",
             "Create a claims repository in FOLDER (the current folder by default)."),
    "list": ("annotate.cli.listing:list_claims",
             "List the project's claims, in file and text order."),
    "review": ("annotate.cli.review:review", "Review candidate and draft claims, one at a time."),
    "rules": ("annotate.cli.rules:rules",
              "List every rule with its code, or explain the rules named."),
    "set": ("annotate.cli.edit:set_field",
            "Correct one field of a claim; FIELD is a dotted path, VALUE JSON or text."),
    "show": ("annotate.cli.show:show",
             "Show a claim: its sentence with the span marked, then the record."),
    "source": ("annotate.cli.source:source", "Register and list source texts."),
    "steps": ("annotate.cli.steps:steps",
              "List the steps feature files can use, each with an example."),
    "validate": ("annotate.cli.validate:validate",
                 "Check claim files, source metadata and configuration."),
    "verdict": ("annotate.cli.edit:verdict",
                "Rate a claim: label, justification, and an evidence item per call."),
}


class LazyGroup(click.Group):
    """A group whose commands live in their own modules, imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attr = entry[0].split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of --help, from the table: no command module is imported."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_line) for name, (_, help_line)
                                in sorted(COMMANDS.items())])

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
