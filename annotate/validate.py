"""``annotate validate``'s core: every check over every file, findings collected, none raised.

Records are checked one at a time as they are read (JSON Lines are streamed),
so memory holds the current record plus a compact index of claim ids
(:mod:`annotate.checks.ledger`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import attrs

from annotate.checks import jsonl
from annotate.checks.ledger import Ledger
from annotate.checks.records import RecordChecker, claim_id_of
from annotate.diagnostics import Diagnostic, Severity
from annotate.errors import InputError
from annotate.io.problems import ReadProblem
from annotate.io.yaml_document import load_yaml
from annotate.project import (
    Project,
    display_path,
    find_root,
    is_claim_file,
    open_project,
    problem_finding,
    read_bytes,
    schema_findings,
    version_problem,
    walk_files,
)
from annotate.rules.registry import RULES


@attrs.define
class ValidationResult:
    """What a run found, and how much it looked at."""

    findings: list[Diagnostic]
    files: int = 0
    records: int = 0
    scenarios: int = 0

    @property
    def errors(self) -> int:
        """Findings that fail the run."""
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """Findings that are reported but do not fail the run."""
        return len(self.findings) - self.errors

    @property
    def exit_code(self) -> int:
        """0 when no errors were found, 1 otherwise."""
        return 1 if self.errors else 0


def validate_paths(paths: Sequence[Path], *, today: dt.date | None = None,
                   jobs: int = 0) -> ValidationResult:
    """Check the claim files, sources and configuration at ``paths`` (files or folders).

    A path that does not exist or cannot be read raises
    :class:`~annotate.errors.InputError`; everything wrong *inside* the files
    is a finding. ``jobs`` is how many processes share a large JSON Lines file
    (0: one per available core).
    """
    for path in paths:
        if not path.exists():
            raise InputError(f"{display_path(path)}: no such file or folder")
    run = _Run(today or dt.date.today(), jobs or jsonl.available_cores())
    for path in paths:
        run.add_path(path)
    return run.finish()


class _Run:
    def __init__(self, today: dt.date, jobs: int) -> None:
        self.today = today
        self.jobs = jobs
        self.findings: list[Diagnostic] = []
        self.files = 0
        self.records = 0
        self.projects: dict[Path, tuple[Project, Ledger]] = {}
        self.done: set[Path] = set()
        self.metas: list[tuple[Project, Path]] = []

    def _project(self, path: Path) -> tuple[Project, Ledger]:
        root = find_root(path.resolve()) or (path if path.is_dir() else path.parent).resolve()
        if root not in self.projects:
            project = open_project(path.resolve())
            self.findings.extend(project.config_findings)
            self.projects[root] = (project, Ledger())
        return self.projects[root]

    def add_path(self, path: Path) -> None:
        project, ledger = self._project(path)
        for file in walk_files(path) if path.is_dir() else [path]:
            resolved = file.resolve()
            if resolved in self.done:
                continue
            if is_claim_file(file):
                self.done.add(resolved)
                self.files += 1
                ledger.files.append(file)
                if file.name.endswith(".jsonl"):
                    self._jsonl(file, project, ledger)
                else:
                    self._yaml(file, project, ledger)
            elif project.is_source_meta(resolved):
                self.done.add(resolved)
                self.files += 1
                self.metas.append((project, resolved))
            elif not path.is_dir():
                raise InputError(f"{display_path(file)}: not a claim file (*.claims.yaml, "
                                 "*.claims.jsonl) or source metadata in the sources folder")

    def _jsonl(self, path: Path, project: Project, ledger: Ledger) -> None:
        file = display_path(path)
        try:
            findings, records = jsonl.check_file(path, file, project, ledger, today=self.today,
                                                 jobs=self.jobs)
        except OSError as err:
            raise InputError(f"{file}: cannot read: {err.strerror}") from None
        self.findings.extend(findings)
        self.records += records

    def _yaml(self, path: Path, project: Project, ledger: Ledger) -> None:
        file = display_path(path)
        try:
            doc = load_yaml(read_bytes(path))
        except ReadProblem as err:
            self.findings.append(problem_finding(err, file))
            return
        data = doc.data
        if not isinstance(data, dict):
            self.findings.append(Diagnostic(file, 1, 1, "F007", "a claim file is a mapping with "
                                            "schema_version and claims",
                                            hint=RULES["F007"].hint))
            return
        problem = version_problem(data, doc, file)
        if problem:
            self.findings.append(problem)
            return
        claims = data.get("claims")
        # The envelope is checked without its items; each item is then checked on its own
        # against the claim schema, which is what the claim-file schema refers to.
        envelope = {**data, "claims": []} if isinstance(claims, list) else data
        self.findings.extend(schema_findings("claim-file", envelope, file=file, doc=doc))
        if not isinstance(claims, list):
            return
        checker = RecordChecker(project, self.today, ledger)
        first_source: str | None = None
        for index, record in enumerate(claims):
            prefix = ("claims", index)

            def locate(tokens: tuple[str | int, ...], key: bool = False,
                       _prefix: tuple[str | int, ...] = prefix) -> tuple[int, int]:
                return doc.position(_prefix + tokens, key=key)

            source_id = checker.check(record, file=file, prefix=prefix, locate=locate)
            if source_id is None:
                continue
            if first_source is None:
                first_source = source_id
            elif source_id != first_source:
                line, col = locate(("source", "id"))
                checker.add(file, line, col, (*prefix, "source", "id"), "R006",
                            message=f"claim of source {source_id!r} in a file of source "
                                    f"{first_source!r}", claim_id=claim_id_of(record))
        self.findings.extend(checker.findings)
        self.records += checker.records
        ledger.relations.extend(checker.relations)

    def finish(self) -> ValidationResult:
        for project, meta in self.metas:
            project.load_source(meta)
        for project, ledger in self.projects.values():
            for source_findings in project.source_findings.values():
                self.findings.extend(source_findings)
            self.findings.extend(ledger.settle())
            ignored = set(project.config.rules.ignore)
            if ignored:
                self.findings = [f for f in self.findings if f.code not in ignored]
        self.findings.sort(key=lambda f: (f.file, f.line, f.column, f.code))
        return ValidationResult(self.findings, self.files, self.records)
