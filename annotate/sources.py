"""Registering source texts: stored byte-exact, with metadata and the SHA-256 of the bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from annotate.io.claim_writer import dump_yaml
from annotate.io.problems import ReadProblem
from annotate.io.text_decoding import decode_utf8
from annotate.io.yaml_document import load_yaml
from annotate.project import Project
from annotate.store import ClaimFileError, locked, write_atomic


def source_meta(source_id: str, raw: bytes, *, title: str, published: dt.date | str,
                language: str = "en", **optional: str | None) -> dict[str, Any]:
    """Metadata for a text, in the schema's order; ``optional`` fields left out when None."""
    meta: dict[str, Any] = {"schema_version": 1, "id": source_id, "title": title}
    if optional.get("publisher"):
        meta["publisher"] = optional["publisher"]
    if optional.get("url"):
        meta["url"] = optional["url"]
    meta["published"] = str(published)
    if optional.get("timezone"):
        meta["timezone"] = optional["timezone"]
    meta["language"] = language
    meta["sha256"] = hashlib.sha256(raw).hexdigest()
    meta["text"] = f"{source_id}.txt"
    return meta


def write_source(sources: Path, meta: dict[str, Any], raw: bytes) -> Path:
    """Write ``<id>.txt`` (the bytes as given) and ``<id>.yaml`` into ``sources``."""
    sources.mkdir(parents=True, exist_ok=True)
    write_atomic(sources / meta["text"], raw)
    path = sources / f"{meta['id']}.yaml"
    write_atomic(path, dump_yaml(meta).encode())
    return path


def add_source(project: Project, text_file: Path, source_id: str, **fields: Any) -> Path:
    """Register ``text_file`` as source ``source_id``; refuse a taken id or a known text."""
    try:
        raw = text_file.read_bytes()
    except OSError as err:
        raise ClaimFileError(f"{text_file}: cannot read: {err.strerror}") from None
    try:
        decode_utf8(raw, allow_bom=True)
    except ReadProblem as err:
        raise ClaimFileError(f"{text_file}:{err.line}:{err.column}: {err.message}; annotate "
                             "stores texts byte-exact and needs them in UTF-8") from None
    sources = project.sources_dir
    with locked(sources / ".sources"):
        if project.meta_path(source_id).exists():
            raise ClaimFileError(f"source id {source_id!r} is already registered "
                                 f"({project.meta_path(source_id)})")
        digest = hashlib.sha256(raw).hexdigest()
        for meta_path in sorted(sources.glob("*.yaml")) if sources.is_dir() else []:
            try:
                other = load_yaml(meta_path.read_bytes()).data
            except ReadProblem:
                continue
            if isinstance(other, dict) and other.get("sha256") == digest:
                raise ClaimFileError(f"this text is already registered as source "
                                     f"{other.get('id')!r} ({meta_path})")
        meta = source_meta(source_id, raw, **fields)
        return write_source(sources, meta, raw)
