"""The project's own behaviour, described in features/*.feature and run with pytest-bdd."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from tests.conftest import REPO, Ran

scenarios(str(REPO / "features"))


@pytest.fixture
def state() -> dict[str, object]:
    """What the steps of one scenario share."""
    return {}


@given("a copy of the Tiangong-1 example")
def _copy(example: Path, state: dict[str, object]) -> None:
    state["project"] = example


@given(parsers.parse('the claim "{claim_id}" has "{old}" changed to "{new}"'))
def _change(claim_id: str, old: str, new: str, state: dict[str, object]) -> None:
    project = state["project"]
    assert isinstance(project, Path)
    claims = project / "claims" / "tiangong-1.claims.yaml"
    lines = claims.read_text().split("\n")
    start = lines.index(f"- id: {claim_id}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- id: ")),
               len(lines))
    hits = [i for i in range(start, end) if lines[i].strip() == old]
    assert len(hits) == 1, f"{old!r} occurs {len(hits)} times in claim {claim_id}"
    lines[hits[0]] = lines[hits[0]].replace(old, new)
    claims.write_text("\n".join(lines))
    state["changed_line"] = hits[0] + 1


@given("a new claims project with the Tiangong-1 article")
def _new_project(tmp_path: Path, run_cli: Callable[..., Ran], state: dict[str, object],
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_USER", "tester")
    root = tmp_path / "repo"
    assert run_cli(["init", str(root)]).exit_code == 0
    article = REPO / "examples" / "tiangong-1" / "sources" / "tiangong-1.txt"
    assert run_cli(["source", "add", str(article), "--id", "tiangong-1", "--published",
                    "2011-09-28"], cwd=root).exit_code == 0
    state["project"] = root


@then(parsers.parse("the claim file holds {count:d} claim"))
@then(parsers.parse("the claim file holds {count:d} claims"))
def _holds(count: int, state: dict[str, object]) -> None:
    from annotate.io.yaml_document import load_yaml  # noqa: PLC0415

    project = state["project"]
    assert isinstance(project, Path)
    path = project / "claims" / "tiangong-1.claims.yaml"
    claims = load_yaml(path.read_bytes()).data["claims"] if path.exists() else []
    assert len(claims) == count


@given(parsers.parse('a feature file "{name}" with the step "{step}"'))
def _feature_with_step(name: str, step: str, state: dict[str, object]) -> None:
    project = state["project"]
    assert isinstance(project, Path)
    (project / name).write_text('Feature: typo\n  Scenario: one step\n'
                                '    Given the claim "tg1-300-iaf-flags"\n'
                                f"    {step}\n")


@given(parsers.parse('a feature file "{name}" with the text "{text}"'))
def _feature_with_text(name: str, text: str, state: dict[str, object]) -> None:
    project = state["project"]
    assert isinstance(project, Path)
    (project / name).write_text(text.replace("\\n", "\n"))


@when(parsers.parse('I run "{command}"'))
def _run(command: str, run_cli: Callable[..., Ran], state: dict[str, object]) -> None:
    words = shlex.split(command)
    assert words[0] == "annotate"
    project = state["project"]
    assert isinstance(project, Path)
    state["ran"] = run_cli(words[1:], cwd=project)


def _ran(state: dict[str, object]) -> Ran:
    ran = state["ran"]
    assert isinstance(ran, Ran)
    return ran


@then(parsers.parse("the exit code is {code:d}"))
def _exit_code(code: int, state: dict[str, object]) -> None:
    assert _ran(state).exit_code == code


@then(parsers.parse('the output says "{text}"'))
def _says(text: str, state: dict[str, object]) -> None:
    assert text in _ran(state).stdout


@then(parsers.parse('the error output says "{text}"'))
def _error_says(text: str, state: dict[str, object]) -> None:
    assert text in _ran(state).stderr


@then(parsers.parse('the output reports {code} for claim "{claim_id}" at the changed line'))
def _reports(code: str, claim_id: str, state: dict[str, object]) -> None:
    line = state["changed_line"]
    expected = f"claims/tiangong-1.claims.yaml:{line}:"
    found = [row for row in _ran(state).stdout.splitlines() if row.startswith(expected)]
    assert found, f"nothing reported at {expected}"
    assert f" {code} " in found[0]
    assert found[0].endswith(f"[{claim_id}]")
