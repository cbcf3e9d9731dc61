"""The command line: exit codes, report formats, help texts, and errors without tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import click
import pytest

from annotate.cli import COMMANDS, cli
from annotate.rules.registry import RULES
from annotate.schema_store import reference_validator
from tests.conftest import EXAMPLE, REPO, Ran

CASES = REPO / "tests" / "cases"
RunCli = Callable[..., Ran]


def test_example_validates_clean(run_cli: RunCli) -> None:
    """The bundled example has no findings: exit 0 and an ok line."""
    ran = run_cli(["validate", str(EXAMPLE)])
    assert ran.exit_code == 0
    assert "no findings" in ran.stdout
    assert "19 records" in ran.stdout


def test_default_path_is_the_current_folder(run_cli: RunCli) -> None:
    """With no PATH, validate checks the project it is run in."""
    ran = run_cli(["validate"], cwd=EXAMPLE)
    assert ran.exit_code == 0
    assert "2 files" in ran.stdout


def test_findings_exit_1_with_location(run_cli: RunCli) -> None:
    """Findings in the data: exit 1, each as file:line:col CODE message [claim] with a hint."""
    ran = run_cli(["validate", "."], cwd=CASES / "invalid" / "quantity-words")
    assert ran.exit_code == 1
    assert ran.stdout.startswith("claims/doc.claims.yaml:18:13: V001 amount 7 is not stated in "
                                 "'Six volunteers' (the quote says 6) [a]\n    hint: ")
    assert "1 error(s), 0 warning(s)" in ran.stdout


def test_warnings_alone_exit_0(run_cli: RunCli) -> None:
    """Warnings are reported but do not fail the run."""
    ran = run_cli(["validate", "."], cwd=CASES / "invalid" / "dct-mismatch")
    assert ran.exit_code == 0
    assert "V006" in ran.stdout


@pytest.mark.parametrize("args", [
    ["validate", "no/such/path"],
    ["validate", "README.md"],
    ["validate", "--format", "xml"],
    ["rules", "Z999"],
    ["no-such-command"],
])
def test_usage_errors_exit_2_without_traceback(run_cli: RunCli, args: list[str]) -> None:
    """Bad paths, formats, rule codes and commands: a message on stderr and exit 2."""
    ran = run_cli(args, cwd=REPO)
    assert ran.exit_code == 2
    assert ran.stdout == ""
    assert "Traceback" not in ran.stderr
    assert ran.stderr.strip()


def test_unreadable_file_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    """A claim file that cannot be opened is unreadable input, not a finding."""
    target = tmp_path / "x.claims.yaml"
    if os.geteuid() == 0:
        target.symlink_to(tmp_path / "gone")  # root reads every file; a dangling link it cannot
    else:
        target.write_text("schema_version: 1\nclaims: []\n")
        target.chmod(0)
    ran = run_cli(["validate", str(target)])
    assert ran.exit_code == 2
    assert "x.claims.yaml" in ran.stderr


def test_nothing_to_check_is_said(run_cli: RunCli, tmp_path: Path) -> None:
    """A folder without claim files passes, but says on stderr that it checked nothing."""
    ran = run_cli(["validate", str(tmp_path)])
    assert ran.exit_code == 0
    assert "no claim files" in ran.stderr


def test_json_report_matches_its_schema(run_cli: RunCli) -> None:
    """--format json is the public report shape of schemas/report.schema.json."""
    ran = run_cli(["validate", ".", "--format", "json"], cwd=CASES / "invalid" / "evidence-dates")
    report = json.loads(ran.stdout)
    assert reference_validator("report").is_valid(report)
    assert report["summary"] == {"files": 2, "records": 1, "findings": 2, "errors": 1,
                                 "warnings": 1, "scenarios": 0}
    first = report["findings"][0]
    assert (first["code"], first["pointer"], first["claim_id"]) == (
        "E002", "/claims/0/verdict/evidence/0/accessed", "a")
    assert ran.exit_code == 1


def test_github_format_is_workflow_commands(run_cli: RunCli) -> None:
    """--format github prints ::error lines GitHub turns into inline annotations."""
    ran = run_cli(["validate", ".", "--format", "github"], cwd=CASES / "invalid" / "evidence-dates")
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("::error file=claims/doc.claims.yaml,line=21,col=17,title=E002::")
    assert lines[1].startswith("::warning file=claims/doc.claims.yaml,line=23,col=17,title=E003::")
    assert all("\n" not in line for line in lines)


def test_junit_format_parses(run_cli: RunCli) -> None:
    """--format junit is JUnit XML with one failing test case per error."""
    ran = run_cli(["validate", ".", "--format", "junit"], cwd=CASES / "invalid" / "relation-order")
    root = ET.fromstring(ran.stdout.split("\n", 1)[1])
    failures = root.findall(".//failure")
    assert [f.get("type") for f in failures] == ["T001", "T001"]
    clean = ET.fromstring(run_cli(["validate", str(EXAMPLE), "--format", "junit"])
                          .stdout.split("\n", 1)[1])
    assert clean.findall(".//failure") == []
    assert len(clean.findall(".//testcase")) == 1


def test_colour_only_when_asked_or_on_a_terminal(run_cli: RunCli) -> None:
    """No escape codes unless --color; CliRunner is not a terminal."""
    case = CASES / "invalid" / "quantity-words"
    assert "\x1b[" not in run_cli(["validate", "."], cwd=case).stdout
    assert "\x1b[" in run_cli(["validate", ".", "--color"], cwd=case).stdout


def test_rules_lists_every_code(run_cli: RunCli) -> None:
    """`annotate rules` names every rule; naming codes explains them."""
    ran = run_cli(["rules"])
    assert ran.exit_code == 0
    for code in RULES:
        assert f"  {code} " in ran.stdout
    explained = run_cli(["rules", "a001"])
    assert "UTF-16" in explained.stdout
    data = json.loads(run_cli(["rules", "--format", "json"]).stdout)
    assert {r["code"] for r in data} == set(RULES)


def test_every_command_has_help_with_an_example(run_cli: RunCli) -> None:
    """Each command's --help works and shows at least one example invocation."""
    for name in [*COMMANDS, None]:
        ran = run_cli([name, "--help"] if name else ["--help"])
        assert ran.exit_code == 0
        assert "Example" in ran.stdout
        assert "annotate " in ran.stdout.split("Example", 1)[1]


def test_command_table_matches_the_commands() -> None:
    """The help lines that --help shows without importing are the commands' own."""
    ctx = click.Context(cli)
    for name, (_, help_line) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None
        assert (command.help or "").strip().splitlines()[0] == help_line, name


def test_every_command_is_in_the_cli_reference() -> None:
    """docs/cli.md documents every command, so the reference cannot drift."""
    reference = (REPO / "docs" / "cli.md").read_text()
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        assert f"## annotate {name}" in reference
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.opts[0] in reference, (name, param.opts[0])


def test_python_m_annotate_and_console_script(tmp_path: Path) -> None:
    """`python -m annotate` and the installed `annotate` script run the same CLI."""
    module = subprocess.run([sys.executable, "-m", "annotate", "validate", str(EXAMPLE)],
                            capture_output=True, text=True, check=False)
    assert module.returncode == 0, module.stderr
    script = shutil.which("annotate", path=str(Path(sys.executable).parent))
    assert script is not None
    missing = subprocess.run([script, "validate", str(tmp_path / "nothing")],
                             capture_output=True, text=True, check=False)
    assert missing.returncode == 2
    assert missing.stderr.startswith("annotate: error: ")
    assert "Traceback" not in missing.stderr


def test_changing_a_value_in_the_example_is_caught(run_cli: RunCli, example: Path) -> None:
    """Editing the Mars-500 count to 7 in the example is reported at its line."""
    claims = example / "claims" / "tiangong-1.claims.yaml"
    text = claims.read_text()
    assert text.count("amount: 6\n") == 1
    claims.write_text(text.replace("amount: 6\n", "amount: 7\n"))
    line = text[: text.index("amount: 6\n")].count("\n") + 1
    ran = run_cli(["validate", "."], cwd=example)
    assert ran.exit_code == 1
    assert f"claims/tiangong-1.claims.yaml:{line}:13: V001" in ran.stdout
    assert "[tg1-mars500-six-volunteers]" in ran.stdout
