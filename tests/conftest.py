"""Shared fixtures: one CLI runner that never hides an exception, and project copies."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import settings

from annotate.cli import cli

# The first example of a run compiles schemas; timing limits would only add flakiness.
settings.register_profile("annotate", deadline=None)
settings.load_profile("annotate")

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "tiangong-1"


@attrs.frozen
class Ran:
    """What a CLI call printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return f"exit {self.exit_code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """Run ``annotate ARGS`` in-process from ``cwd``; exceptions propagate, output is kept apart."""

    def run(args: Sequence[str], cwd: Path | None = None, input: str | None = None) -> Ran:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        runner = CliRunner()
        result = runner.invoke(cli, list(args), input=input, catch_exceptions=False,
                               prog_name="annotate")
        ran = Ran(result.exit_code, result.stdout, result.stderr)
        print(ran)  # shown by pytest when the test fails
        return ran

    return run


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the Tiangong-1 example project."""
    target = tmp_path / "tiangong-1"
    shutil.copytree(EXAMPLE, target)
    return target
