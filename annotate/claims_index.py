"""Every claim of a project, read once, with where each one stands.

For the feature-file steps and the commands that look claims up by id; it reads
what it can and leaves judging the files to ``annotate validate``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import orjson

from annotate.io.problems import ReadProblem
from annotate.io.yaml_document import load_yaml
from annotate.project import Project, display_path, is_claim_file, open_project, walk_files


@attrs.frozen
class ClaimRef:
    """One claim record and its place: file and line of its ``id``."""

    record: dict[str, Any] = attrs.field(eq=False, repr=False)
    file: str
    line: int

    @property
    def id(self) -> str:
        """The claim's id (empty if it has none)."""
        value = self.record.get("id")
        return value if isinstance(value, str) else ""

    @property
    def where(self) -> str:
        """``file:line [id]``, as messages name a claim."""
        return f"{self.file}:{self.line} [{self.id}]"


@attrs.frozen
class ClaimIndex:
    """The claims of a project in file order, and the project itself."""

    project: Project = attrs.field(eq=False)
    claims: tuple[ClaimRef, ...]

    def by_id(self, claim_id: str) -> ClaimRef | None:
        """The first claim with this id."""
        return next((c for c in self.claims if c.id == claim_id), None)


def read_claims(path: Path) -> Iterator[ClaimRef]:
    """The readable records of one claim file, in order."""
    file = display_path(path)
    if path.name.endswith(".jsonl"):
        with path.open("rb") as handle:
            for lineno, raw in enumerate(handle, 1):
                try:
                    record = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf"))
                except orjson.JSONDecodeError:
                    continue
                if isinstance(record, dict):
                    yield ClaimRef(record, file, lineno)
        return
    try:
        doc = load_yaml(path.read_bytes())
    except (ReadProblem, OSError):
        return
    claims = doc.data.get("claims") if isinstance(doc.data, dict) else None
    for index, record in enumerate(claims if isinstance(claims, list) else []):
        if isinstance(record, dict):
            yield ClaimRef(record, file, doc.position(("claims", index, "id"))[0])


def load_index(root: Path) -> ClaimIndex:
    """All claims under the project at ``root``, read now."""
    project = open_project(root)
    claims = [ref for path in walk_files(project.root) if is_claim_file(path)
              for ref in read_claims(path)]
    return ClaimIndex(project, tuple(claims))
