"""Running an export or an import over a project: gather, convert, report what was assumed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annotate.claims_index import read_claims
from annotate.interop import averitec, brat, claimreview, fever, labelstudio, w3c
from annotate.interop.common import Exporting, Importing, InteropError
from annotate.project import Project, Source, is_claim_file, walk_files

EXPORTERS: dict[str, Callable[[Exporting], bytes]] = {
    "claimreview": claimreview.export, "fever": fever.export, "averitec": averitec.export,
    "w3c": w3c.export, "label-studio": labelstudio.export}
IMPORTERS: dict[str, Callable[[Importing, bytes, str], Iterator[dict[str, Any]]]] = {
    "claimreview": claimreview.parse, "fever": fever.parse, "averitec": averitec.parse,
    "w3c": w3c.parse, "brat": brat.parse, "label-studio": labelstudio.parse}
EXTENSIONS = {"claimreview": ".json", "fever": ".jsonl", "averitec": ".json", "w3c": ".jsonld",
              "label-studio": ".json"}


def project_records(project: Project, path: Path) -> list[dict[str, Any]]:
    """The claim records at ``path`` (a claim file or a folder), in file and text order."""
    files = walk_files(path) if path.is_dir() else [path]
    return [ref.record for file in files if is_claim_file(file) for ref in read_claims(file)]


def export(ctx: Exporting, fmt: str) -> dict[str, bytes]:
    """The exported files by name; one file for every format but brat."""
    if fmt == "brat":
        return brat.export_files(ctx)
    return {f"claims.{fmt}{EXTENSIONS[fmt]}": EXPORTERS[fmt](ctx)}


def import_records(ctx: Importing, fmt: str, data: bytes, name: str) -> list[dict[str, Any]]:
    """The records a file of ``fmt`` holds, anchored in their sources."""
    if fmt not in IMPORTERS:
        raise InteropError(f"unknown format {fmt!r}")
    return list(IMPORTERS[fmt](ctx, data, name))


def source_for(project: Project, source_id: str | None) -> Source | None:
    """The registered source an import goes into, if one is named."""
    if source_id is None:
        return None
    source = project.source(source_id)
    if source is None:
        raise InteropError(f"--source {source_id}: not a registered source (or broken: see "
                           "annotate validate)")
    return source
