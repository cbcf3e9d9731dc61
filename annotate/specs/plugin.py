"""The pytest plugin (entry point ``pytest11``): feature files of a claims project run as tests.

Inside a claims project (a folder with ``annotate.yaml`` at or above it),
pytest collects ``*.feature`` files by itself, so a repository of feature files
and claim files needs no Python. Steps come from :mod:`annotate.specs.steps`.
An undefined step fails with the closest known steps; a failing step names the
feature file and line, and the claim file, line and id that broke it.
With ``--annotate-report FILE`` the outcome of every scenario is written as JSON
for ``annotate check``.
"""

from __future__ import annotations

import difflib
import json
import re
import types
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

from annotate.project import display_path, find_root

pytest_plugins = ["annotate.specs.steps"]


class UndefinedStep(StepDefinitionNotFoundError):
    """A step no definition matches; the message lists the closest known steps."""


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--annotate-report FILE``: write each scenario's outcome as JSON."""
    parser.addoption("--annotate-report", metavar="FILE", default=None,
                     help="write the outcome of every scenario as JSON (for annotate check)")
    parser.addini("annotate_collect_features", type="bool", default=True,
                  help="collect *.feature files of claims projects with annotate's steps "
                       "(turn off where a project binds its feature files itself)")


def pytest_configure(config: pytest.Config) -> None:
    """Register the scenario report when ``--annotate-report`` asks for one."""
    target = config.getoption("--annotate-report")
    if target:
        config.pluginmanager.register(ScenarioReport(Path(target)), "annotate-report")


class FeatureFile(pytest.Module):
    """A ``.feature`` file collected as if a module had called ``scenarios()`` on it."""

    def _getobj(self) -> types.ModuleType:
        module = types.ModuleType("annotate_feature_" + re.sub(r"\W", "_", self.path.stem))
        module.__file__ = str(self.path)
        namespace = {"__feature__": str(self.path), "__base__": str(self.path.parent)}
        module.__dict__.update(namespace)
        code = compile("from pytest_bdd import scenarios\n"
                       "scenarios(__feature__, features_base_dir=__base__)\n",
                       str(self.path), "exec")
        exec(code, module.__dict__)  # fixed code: binds this file's scenarios to the module
        return module


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect ``.feature`` files that belong to a claims project."""
    if (file_path.suffix == ".feature" and parent.config.getini("annotate_collect_features")
            and find_root(file_path) is not None):
        collector: pytest.Collector = FeatureFile.from_parent(parent, path=file_path)
        return collector
    return None


def closest_steps(text: str, keyword: str | None = None, count: int = 3) -> list[str]:
    """The documented steps (of this keyword, if given) whose examples read most like ``text``."""
    from annotate.specs.steps import STEPS  # noqa: PLC0415

    known = {s.example.split("\n")[0].split(" ", 1)[1]: f"{s.keyword} {s.sentence}"
             for s in STEPS if keyword is None or s.keyword.lower() == keyword.lower()}
    close = difflib.get_close_matches(text, list(known), n=count, cutoff=0.3)
    return [known[example] for example in close]


def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, feature: Any,
                                      scenario: Any, step: Any, exception: Exception) -> None:
    """Fail an undefined step with the closest known steps."""
    near = closest_steps(step.name, step.type)
    suggestion = ("closest known steps: " + " | ".join(near)) if near else "no step is close"
    _note(request, step, "B002", f"undefined step; {suggestion}", None)
    raise UndefinedStep(f"{display_path(Path(feature.filename))}:{step.line_number}: undefined "
                        f"step '{step.keyword} {step.name}'; {suggestion} "
                        "(all steps: annotate steps)")


def pytest_bdd_step_error(  # noqa: PLR0917 - pytest-bdd's hook signature
        request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, step_func: Any,
        step_func_args: Any, exception: Exception) -> None:
    """Note where a step failed: the feature file and line, and the claim that broke it."""
    from annotate.specs.expectations import ExpectationFailed  # noqa: PLC0415

    claim = exception.claim if isinstance(exception, ExpectationFailed) else None
    text = (exception.reason if isinstance(exception, ExpectationFailed)
            else str(exception) or type(exception).__name__)
    exception.add_note(f"{display_path(Path(feature.filename))}:{step.line_number}: in scenario "
                       f"'{scenario.name}', step '{step.keyword} {step.name}'")
    code = "B001" if isinstance(exception, AssertionError) else "B004"
    _note(request, step, code, text, claim)


def _note(request: pytest.FixtureRequest, step: Any, code: str, message: str,
          claim: Any) -> None:
    detail = {"code": code, "message": message, "step": f"{step.keyword} {step.name}",
              "line": step.line_number,
              "claim": None if claim is None else {"id": claim.id, "file": claim.file,
                                                   "line": claim.line}}
    request.node.user_properties.append(("annotate", detail))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A failing expectation or undefined step is reported in a few lines, not a traceback."""
    from annotate.specs.expectations import ExpectationFailed  # noqa: PLC0415

    report = yield
    if call.excinfo is not None and isinstance(call.excinfo.value,
                                               ExpectationFailed | UndefinedStep):
        error = call.excinfo.value
        report.longrepr = "\n".join([str(error), *getattr(error, "__notes__", [])])
    return report


class ScenarioReport:
    """Collects each scenario's outcome and writes them as JSON (``--annotate-report``)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.results: list[dict[str, Any]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the outcome of each scenario (and of a setup that failed)."""
        if report.when != "call" and not (report.failed and report.when == "setup"):
            return
        details = [value for name, value in report.user_properties if name == "annotate"]
        self.results.append({
            "nodeid": report.nodeid, "path": str(report.fspath), "outcome": report.outcome,
            "detail": details[-1] if details else None,
            "text": report.longreprtext if report.failed else ""})

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """Keep feature files that could not be collected (Gherkin syntax errors)."""
        if report.failed:
            self.results.append({
                "nodeid": report.nodeid, "path": str(report.fspath), "outcome": "error",
                "detail": None, "text": report.longreprtext})

    def pytest_sessionfinish(self) -> None:
        """Write the report."""
        self.target.write_text(json.dumps(self.results, indent=1))
