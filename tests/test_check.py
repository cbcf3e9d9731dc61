"""annotate check and the pytest plugin: feature files over claims, as a user runs them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from annotate.schema_store import reference_validator
from annotate.specs.docs import render_steps
from annotate.specs.plugin import closest_steps
from annotate.specs.steps import STEPS, StepDoc
from tests.conftest import EXAMPLE, REPO, Ran

RunCli = Callable[..., Ran]


def _bare_claims_repo(tmp_path: Path) -> Path:
    """The example as a repository of its own: claim files and feature files, no Python."""
    repo = tmp_path / "claims-repo"
    shutil.copytree(EXAMPLE, repo)
    assert not list(repo.rglob("*.py"))
    return repo


def _pytest(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # -c /dev/null keeps annotate's own pytest configuration out: the repo has none.
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                           "-c", "/dev/null", "--rootdir", str(repo), *args],
                          cwd=repo, capture_output=True, text=True, check=False)


def test_plain_pytest_runs_a_repository_of_feature_files(tmp_path: Path) -> None:
    """In a claims repo with no Python, `pytest` collects features/**/*.feature by itself."""
    repo = _bare_claims_repo(tmp_path)
    done = _pytest(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "13 passed" in done.stdout


def test_plain_pytest_failure_names_feature_line_and_claim(tmp_path: Path) -> None:
    """A failing scenario names the feature file and line, and the claim file, line and id."""
    repo = _bare_claims_repo(tmp_path)
    claims = repo / "claims" / "tiangong-1.claims.yaml"
    claims.write_text(claims.read_text().replace("countries:\n    - CN\n    - RU\n",
                                                 "countries:\n    - CN\n    - UA\n", 1))
    done = _pytest(repo)
    assert done.returncode == 1
    line = claims.read_text().split("\n").index("- id: tg1-eva-suits-china-russia") + 1
    assert (f"claims/tiangong-1.claims.yaml:{line} [tg1-eva-suits-china-russia]: names origins "
            "CN, UA, expected CN, RU") in done.stdout
    assert "features/counts-and-origins.feature:17: in scenario 'The EVA suits come from " \
           "China and Russia', step 'Then the claim names origins CN and RU'" in done.stdout
    assert "Traceback" not in done.stdout


def test_undefined_step_lists_the_closest_steps(tmp_path: Path) -> None:
    """An unknown sentence is an error that suggests the steps it probably meant."""
    repo = _bare_claims_repo(tmp_path)
    (repo / "features" / "typo.feature").write_text(
        'Feature: t\n  Scenario: s\n    Given the claim "tg1-300-iaf-flags"\n'
        "    Then the claim is dated as 2011\n")
    done = _pytest(repo, "features/typo.feature")
    assert done.returncode == 1
    assert "undefined step 'Then the claim is dated as 2011'" in done.stdout
    assert 'closest known steps: Then the claim is dated "<TIMEX3>"' in done.stdout


def test_check_json_report_follows_the_report_schema(run_cli: RunCli, example: Path) -> None:
    """annotate check --format json has the public report shape, scenarios counted."""
    claims = example / "claims" / "tiangong-1.claims.yaml"
    claims.write_text(claims.read_text().replace("label: refuted", "label: supported"))
    ran = run_cli(["check", ".", "--format", "json"], cwd=example)
    report = json.loads(ran.stdout)
    assert reference_validator("report").is_valid(report)
    assert report["summary"]["scenarios"] == 13
    failed = [(f["file"], f["line"], f["code"], f["claim_id"]) for f in report["findings"]]
    assert failed == [("features/verdicts.feature", 7, "B001", "tg1-mars500-six-volunteers")]
    assert ran.exit_code == 1


def test_check_without_feature_files_is_validate(run_cli: RunCli) -> None:
    """A project without feature files: check reports what validate reports."""
    case = REPO / "tests" / "cases" / "invalid" / "quantity-words"
    checked, validated = run_cli(["check", "."], cwd=case), run_cli(["validate", "."], cwd=case)
    assert checked.stdout == validated.stdout
    assert checked.exit_code == validated.exit_code == 1


def test_check_missing_path_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    """A path that does not exist: exit 2 and a message, no traceback."""
    ran = run_cli(["check", str(tmp_path / "nope")])
    assert ran.exit_code == 2
    assert "no such file or folder" in ran.stderr


@pytest.mark.parametrize("step", STEPS, ids=[s.sentence for s in STEPS])
def test_every_step_example_matches_its_step(step: StepDoc) -> None:
    """Each documented example is a sentence its own step accepts, and no other step's."""
    sentence = step.example.splitlines()[0].split(" ", 1)[1]
    assert re.fullmatch(step.pattern, sentence)
    others = [s for s in STEPS if s is not step and s.keyword == step.keyword]
    assert not [s.sentence for s in others if re.fullmatch(s.pattern, sentence)]


def test_step_docs_are_generated_from_the_library() -> None:
    """docs/steps.md is exactly what `annotate steps --format markdown` prints."""
    assert (REPO / "docs" / "steps.md").read_text() == render_steps("markdown")


def test_closest_steps_prefer_the_same_keyword() -> None:
    """Suggestions for a Then step are Then steps."""
    assert closest_steps("the claim count 300 flags", "then")[0] == \
        "Then the claim counts <amount> <unit>"


def test_check_from_another_folder_names_feature_files_from_there(
        run_cli: RunCli, example: Path) -> None:
    """Run from the project's parent folder, findings name the feature files from there."""
    claims = example / "claims" / "tiangong-1.claims.yaml"
    claims.write_text(claims.read_text().replace("label: refuted", "label: supported"))
    ran = run_cli(["check", example.name], cwd=example.parent)
    assert ran.exit_code == 1
    assert f"{example.name}/features/verdicts.feature:7:5: B001" in ran.stdout
