"""A claims repository: its root, configuration, sources, and the files to check.

The project root is the nearest folder, from the checked path upwards, that
holds ``annotate.yaml``; without one, the checked folder itself is the root and
the default configuration applies.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from annotate.diagnostics import Diagnostic, Severity, format_pointer
from annotate.errors import InputError
from annotate.io.problems import ReadProblem
from annotate.io.text_decoding import decode_utf8
from annotate.io.yaml_document import YamlDocument, load_yaml
from annotate.model.config import ProjectConfig
from annotate.schema_store import (
    SUPPORTED_SCHEMA_VERSIONS,
    SchemaName,
    fast_validator,
    schema_errors,
)

CONFIG_NAME = "annotate.yaml"
CLAIM_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.jsonl")
SKIPPED_DIRS = frozenset({".git", ".hg", ".venv", "venv", "node_modules", "__pycache__",
                          ".mypy_cache", ".ruff_cache", ".pytest_cache", ".tox"})


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``annotate.yaml``."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


def is_claim_file(path: Path) -> bool:
    """Whether ``path`` is named as a claim file (``*.claims.yaml`` or ``*.claims.jsonl``)."""
    return path.name.endswith(CLAIM_SUFFIXES)


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it, with forward slashes."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def walk_files(folder: Path) -> Iterator[Path]:
    """Files below ``folder`` in a stable order, skipping tool and VCS folders."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for name in sorted(filenames):
            yield Path(dirpath) / name


def schema_findings(name: SchemaName, data: Any, *, file: str, doc: YamlDocument | None,
                    prefix: tuple[str | int, ...] = (), claim_id: str | None = None,
                    locate: Any = None) -> list[Diagnostic]:
    """Findings for ``data`` against a shipped schema; none if the fast check passes.

    ``locate(tokens, key)`` gives line and column; by default the YAML document's.
    """
    if fast_validator(name).is_valid(data):
        return []
    where = locate or (doc.position if doc else (lambda tokens, key=False: (1, 1)))
    findings = []
    for error in schema_errors(name, data):
        tokens = prefix + tuple(error.absolute_path)
        at_key = False
        message = error.message
        schema = error.schema if isinstance(error.schema, dict) else {}
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(schema.get("properties", {}))
            extra = [k for k in error.instance if k not in allowed and not k.startswith("x-")]
            if extra:
                tokens, at_key = (*tokens, extra[0]), True
                message = f"unknown field {extra[0]!r}"
        line, column = where(tokens, key=at_key)
        findings.append(Diagnostic(
            file=file, line=line, column=column, code="S001", message=message,
            pointer=format_pointer(tokens), claim_id=claim_id,
            hint=_schema_hint(error.validator, schema)))
    return findings


def _schema_hint(validator: Any, schema: dict[str, Any]) -> str:
    if validator == "enum":
        return "use one of: " + ", ".join(map(str, schema["enum"]))
    if validator == "format":
        return {"date": "write dates as YYYY-MM-DD",
                "date-time": "write date-times as YYYY-MM-DDTHH:MM:SSZ (with a zone)",
                "uri": "write a full URL such as https://example.org/page"}.get(
                    str(schema.get("format")), "see the schema for the expected format")
    if validator == "additionalProperties":
        known = ", ".join(schema.get("properties", {}))
        return f"known fields: {known}; extension fields start with 'x-'"
    if validator == "required":
        return "add the missing field"
    if validator == "type":
        return f"expected {schema['type']}; quote strings such as NO or 2011 in YAML"
    return "see `annotate rules S001` and the schema in schemas/"


def version_problem(data: Any, doc: YamlDocument | None, file: str,
                    prefix: tuple[str | int, ...] = ()) -> Diagnostic | None:
    """A finding if ``data`` declares a ``schema_version`` this annotate does not know."""
    if not isinstance(data, dict) or "schema_version" not in data:
        return None
    version = data["schema_version"]
    if version in SUPPORTED_SCHEMA_VERSIONS and not isinstance(version, bool):
        return None
    tokens = (*prefix, "schema_version")
    line, column = doc.position(tokens) if doc else (1, 1)
    known = ", ".join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS)))
    return Diagnostic(file, line, column, "F006", f"unknown schema_version {version!r}",
                      pointer=format_pointer(tokens),
                      hint=f"this annotate reads schema_version {known}; upgrade annotate "
                           "or migrate the file")


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; an unreadable path is an :class:`~annotate.errors.InputError`."""

    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{display_path(path)}: is a folder, expected a file") from None
    except OSError as err:
        raise InputError(f"{display_path(path)}: cannot read: {err.strerror}") from None


def problem_finding(problem: ReadProblem, file: str) -> Diagnostic:
    """The finding for content a reader could not turn into data."""
    return Diagnostic(file, problem.line, problem.column, problem.code, problem.message,
                      hint=problem.hint)


@attrs.frozen
class Source:
    """A registered source: its metadata and its exact text."""

    id: str
    meta_path: Path
    meta: dict[str, Any]
    text: str
    sha256: str
    published: str
    ascii_text: bool


@attrs.define
class Project:
    """One claims repository, with the sources it has loaded so far."""

    root: Path
    config: ProjectConfig
    config_findings: list[Diagnostic] = attrs.Factory(list)
    _sources: dict[str, Source | None] = attrs.Factory(dict)
    source_findings: dict[Path, list[Diagnostic]] = attrs.Factory(dict)

    @property
    def sources_dir(self) -> Path:
        """Where source texts and their metadata live."""
        return self.root / self.config.paths.sources

    def is_source_meta(self, path: Path) -> bool:
        """Whether ``path`` is a source metadata file of this project."""
        return path.suffix in (".yaml", ".yml") and path.parent == self.sources_dir

    def meta_path(self, source_id: str) -> Path:
        """The metadata file a source id names."""
        return self.sources_dir / f"{source_id}.yaml"

    def source(self, source_id: str) -> Source | None:
        """The source ``source_id``, loading it once; ``None`` if missing or broken."""
        if source_id not in self._sources:
            self._sources[source_id] = self.load_source(self.meta_path(source_id))
        return self._sources[source_id]

    def loaded_sources(self) -> list[str]:
        """Ids of the sources asked for so far (found or not)."""
        return list(self._sources)

    def load_source(self, meta_path: Path) -> Source | None:
        """Load and check one source's metadata and text; findings go to ``source_findings``."""
        findings = self.source_findings.setdefault(meta_path, [])
        if findings or not meta_path.is_file():
            return None
        file = display_path(meta_path)
        try:
            doc = load_yaml(read_bytes(meta_path))
        except ReadProblem as err:
            findings.append(problem_finding(err, file))
            return None
        data = doc.data
        problem = version_problem(data, doc, file)
        if problem:
            findings.append(problem)
            return None
        findings.extend(schema_findings("source", data, file=file, doc=doc))
        if findings:
            return None
        source_id: str = data["id"]
        if meta_path.name not in (f"{source_id}.yaml", f"{source_id}.yml"):
            line, col = doc.position(("id",))
            findings.append(Diagnostic(file, line, col, "R008",
                                       f"source id {source_id!r} does not match the file name",
                                       pointer="/id", hint=f"rename the file to {source_id}.yaml"))
            return None
        text_path = (meta_path.parent / data.get("text", f"{source_id}.txt"))
        line, col = doc.position(("text",)) if "text" in data else (1, 1)
        if not _inside(text_path, self.root):
            findings.append(Diagnostic(file, line, col, "R005",
                                       f"source text path {data.get('text')!r} escapes the project",
                                       pointer="/text" if "text" in data else "",
                                       hint="keep source texts inside the project folder"))
            return None
        try:
            raw = text_path.read_bytes()
        except OSError as err:
            findings.append(Diagnostic(file, line, col, "R004",
                                       f"source text {display_path(text_path)} cannot be read: "
                                       f"{err.strerror}", pointer="/text" if "text" in data else "",
                                       hint="add the text file or fix the `text` path"))
            return None
        digest = hashlib.sha256(raw).hexdigest()
        if digest != data["sha256"]:
            line, col = doc.position(("sha256",))
            findings.append(Diagnostic(file, line, col, "A007",
                                       "sha256 does not match the source text's bytes",
                                       pointer="/sha256",
                                       hint=f"the text hashes to {digest}; if the text was "
                                            "corrected on purpose, re-anchor its claims"))
            return None
        try:
            text = decode_utf8(raw, allow_bom=True)
        except ReadProblem as err:
            findings.append(problem_finding(err, display_path(text_path)))
            return None
        return Source(source_id, meta_path, data, text, digest, str(data["published"]),
                      text.isascii())


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def open_project(start: Path) -> Project:
    """The project that ``start`` belongs to, with its configuration checked."""
    from annotate.model.convert import config_from_dict  # noqa: PLC0415

    root = find_root(start)
    if root is None:
        return Project(root=start if start.is_dir() else start.parent, config=ProjectConfig())
    config_path = root / CONFIG_NAME
    file = display_path(config_path)
    project = Project(root=root, config=ProjectConfig())
    try:
        doc = load_yaml(read_bytes(config_path))
    except ReadProblem as err:
        project.config_findings.append(problem_finding(err, file))
        return project
    data = doc.data if doc.data is not None else {"schema_version": 1}
    problem = version_problem(data, doc, file)
    if problem:
        project.config_findings.append(problem)
        return project
    findings = schema_findings("config", data, file=file, doc=doc)
    if findings:
        project.config_findings.extend(findings)
        return project
    project.config = config_from_dict(data)
    return project


__all__ = ["Project", "Severity", "Source", "open_project"]
