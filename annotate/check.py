"""``annotate check``'s core: validation and the project's feature files, in one result.

The feature files run under pytest in a child process, with only the pytest-bdd
and annotate plugins loaded (the user's other plugins and pytest configuration
stay out), and report back through ``--annotate-report``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs

from annotate.diagnostics import Diagnostic
from annotate.project import display_path, find_root, open_project
from annotate.rules.registry import RULES
from annotate.validate import ValidationResult, validate_paths


@attrs.frozen
class FeatureRun:
    """What running a project's feature files found."""

    findings: list[Diagnostic]
    scenarios: int
    files: int


def check_path(path: Path, *, today: dt.date | None = None, jobs: int = 0) -> ValidationResult:
    """Validate ``path`` and run the feature files of its project; one result for both."""
    result = validate_paths([path], today=today, jobs=jobs)
    root = find_root(path.resolve())
    if root is None:
        return result
    features = root / open_project(root).config.paths.features
    run = run_features(root, features)
    findings = sorted([*result.findings, *run.findings],
                      key=lambda f: (f.file, f.line, f.column, f.code))
    return ValidationResult(findings, result.files + run.files, result.records, run.scenarios)


def run_features(root: Path, features: Path) -> FeatureRun:
    """Run every ``*.feature`` file below ``features``; no files, no run."""
    files = sorted(features.rglob("*.feature")) if features.is_dir() else []
    if not files:
        return FeatureRun([], 0, 0)
    with tempfile.TemporaryDirectory(prefix="annotate-check-") as tmp:
        report = Path(tmp) / "report.json"
        # -P: the working directory stays off sys.path, so that a folder named annotate
        # there (a checkout of this project) cannot shadow the installed package.
        command = [sys.executable, "-P", "-m", "pytest", str(features), "-q", "--no-header",
                   "-p", "no:cacheprovider", "-p", "pytest_bdd.plugin",
                   "-p", "annotate.specs.plugin", "-c", os.devnull, "--rootdir", str(root),
                   "--continue-on-collection-errors", "--annotate-report", str(report)]
        env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
        done = subprocess.run(command, cwd=Path.cwd(), env=env, capture_output=True,
                              text=True, check=False)
        if not report.is_file():
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            finding = _finding(display_path(features), 1, "B003",
                               f"the feature files could not be run (pytest exit "
                               f"{done.returncode}): {tail}", None)
            return FeatureRun([finding], 0, len(files))
        outcomes: list[dict[str, Any]] = json.loads(report.read_text())
    findings = [f for f in (_outcome_finding(o, root) for o in outcomes) if f is not None]
    scenarios = sum(1 for o in outcomes if o["outcome"] != "error")
    return FeatureRun(findings, scenarios, len(files))


def _outcome_finding(outcome: dict[str, Any], root: Path) -> Diagnostic | None:
    if outcome["outcome"] == "passed" or outcome["outcome"] == "skipped":
        return None
    file = display_path(root / outcome["path"])  # pytest reports paths from its rootdir
    detail = outcome.get("detail")
    if outcome["outcome"] == "error" and detail is None:
        text = outcome["text"]
        if "NoScenariosFound" in text:
            return _finding(file, 1, "B003", "the feature file has no scenarios",
                            hint="is a 'Scenario:' keyword misspelled?")
        return _finding(file, _line_of(text), "B003", _last_line(text).removeprefix("E").strip(),
                        None)
    if detail is None:
        return _finding(file, 1, "B004", _last_line(outcome["text"]), None)
    claim = detail.get("claim")
    message = f"step '{detail['step']}': {detail['message']}"
    hint = (f"the claim is at {claim['file']}:{claim['line']}" if claim
            else RULES[detail["code"]].hint)
    return _finding(file, detail["line"], detail["code"], message,
                    claim["id"] if claim else None, hint=hint)


def _finding(file: str, line: int, code: str, message: str, claim_id: str | None = None,
             *, hint: str = "") -> Diagnostic:
    rule = RULES[code]
    return Diagnostic(file, line, _indent(file, line) + 1, code, message, rule.severity, "",
                      hint or rule.hint, claim_id)


def _indent(file: str, line: int) -> int:
    """Where the text of a feature file's line starts (its step keyword)."""
    try:
        text = Path(file).read_text("utf-8").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return 0
    return len(text) - len(text.lstrip())


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "the scenario failed"


def _line_of(text: str) -> int:
    """The line a Gherkin parse error names ("line 7" or "(7:3)"), else 1."""

    match = re.search(r"[Ll]ine[: ]+(\d+)|\((\d+):\d+\)", text)
    return int(match.group(1) or match.group(2)) if match else 1
