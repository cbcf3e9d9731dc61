"""Changing claim files safely: locked, validated before writing, written atomically.

Every change goes through :func:`update_claims`: it takes the source's lock
(so two terminals or processes never interleave), reads the current records,
applies the change, checks the result with the same rules as ``annotate
validate`` and refuses to write an invalid file, then writes a temporary file
beside the target, fsyncs it and renames it over the target. A writer killed at
any moment leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock

from annotate.checks.ledger import Ledger
from annotate.checks.records import RecordChecker
from annotate.claims_index import ClaimRef, read_claims
from annotate.diagnostics import Diagnostic, Severity
from annotate.io.claim_writer import dump_claim_file
from annotate.io.problems import ReadProblem
from annotate.io.yaml_document import load_yaml
from annotate.project import Project, display_path, is_claim_file, walk_files
from annotate.schema_store import fast_validator

LOCK_TIMEOUT = 60.0
"""Seconds a writer waits for another writer of the same file before giving up."""


class ClaimFileError(ValueError):
    """A change that would make a claim file invalid, or a file that cannot be changed."""

    def __init__(self, message: str, findings: list[Diagnostic] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


def claim_file(project: Project, source_id: str) -> Path:
    """Where the claims of a source live: ``claims/<source>.claims.yaml``."""
    return project.root / project.config.paths.claims / f"{source_id}.claims.yaml"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of ``path`` (a ``.<name>.lock`` file beside it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path.parent / f".{path.name}.lock"), timeout=LOCK_TIMEOUT)
    with lock:
        yield


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temporary file, fsync, rename, fsync of the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Not a with-block alone: the name must outlive the handle for the rename.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Temporary files are private (0600); the file keeps its mode, a new one the umask's.
        os.chmod(handle.name, path.stat().st_mode & 0o7777 if path.exists() else _new_mode())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _new_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a YAML claim file (none if it does not exist yet)."""
    if not path.exists():
        return []
    try:
        data = load_yaml(path.read_bytes()).data
    except ReadProblem as err:
        raise ClaimFileError(f"{display_path(path)}:{err.line}:{err.column}: {err.message}; "
                             "fix it (annotate validate shows all problems) before changing "
                             "it") from None
    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, list):
        raise ClaimFileError(f"{display_path(path)}: not a claim file (no claims list)")
    return claims


def check_records(project: Project, path: Path, records: list[dict[str, Any]],
                  today: dt.date | None = None) -> list[Diagnostic]:
    """The error findings the records would have, written to ``path``, in this project."""
    ledger = Ledger()
    file = display_path(path)
    for other in walk_files(project.root):
        if is_claim_file(other) and other.resolve() != path.resolve():
            ledger.files.append(other)  # once a file: the ledger may read it again
            for ref in read_claims(other):
                ledger.seen(ref.id)
    doc = None
    if all(fast_validator("claim").is_valid(r) for r in records):
        # Check the file as it will be written, so that findings name its lines.
        doc = load_yaml(dump_claim_file(records).encode())
        records = doc.data["claims"]
    checker = RecordChecker(project, today or dt.date.today(), ledger)
    for index, record in enumerate(records):
        prefix = ("claims", index)

        def locate(tokens: tuple[str | int, ...], key: bool = False,
                   _prefix: tuple[str | int, ...] = prefix, _row: int = index + 1
                   ) -> tuple[int, int]:
            # Without a document (a record fails the schema) the record's number stands in.
            return doc.position(_prefix + tokens, key=key) if doc else (_row, 1)

        checker.check(record, file=file, prefix=prefix, locate=locate)
        ledger.memory.append(ClaimRef(record, file, locate(("id",))[0]))
    ledger.relations.extend(checker.relations)
    findings = checker.findings + [f for f in ledger.settle() if f.file == file]
    return [f for f in findings if f.severity is Severity.ERROR
            and f.code not in project.config.rules.ignore]


def update_claims(project: Project, source_id: str,
                  change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> Path:
    """Apply ``change`` to the claims of ``source_id`` under the lock, validated and atomic."""
    path = claim_file(project, source_id)
    with locked(path):
        records = change(read_records(path))
        findings = check_records(project, path, records)
        if findings:
            raise ClaimFileError(f"not written: the change would leave {display_path(path)} "
                                 "invalid", findings)
        write_atomic(path, dump_claim_file(records).encode())
    return path


def all_ids(project: Project) -> set[str]:
    """Every claim id in the project's claim files."""
    return {ref.id for path in walk_files(project.root) if is_claim_file(path)
            for ref in read_claims(path)}


def find_claim(project: Project, claim_id: str) -> tuple[str, dict[str, Any]]:
    """The source id and record of a claim, by id, from the project's YAML claim files."""
    for path in walk_files(project.root):
        if path.name.endswith((".claims.yaml", ".claims.yml")):
            for ref in read_claims(path):
                if ref.id == claim_id:
                    return str(ref.record["source"]["id"]), ref.record
    raise ClaimFileError(f"no claim with id {claim_id!r} in {display_path(project.root)}")
