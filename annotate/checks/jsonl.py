"""JSON Lines claim files: streamed line by line, large ones split between processes."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import orjson

from annotate.checks.ledger import IdCollector, Ledger, Relation
from annotate.checks.records import RecordChecker
from annotate.diagnostics import Diagnostic
from annotate.io.json_positions import value_offset
from annotate.io.problems import ReadProblem
from annotate.io.text_decoding import BOM, decode_utf8
from annotate.project import Project, open_project
from annotate.rules.registry import RULES

PARALLEL_MIN_BYTES = 16 * 1024 * 1024
"""JSON Lines files from this size on are split between processes."""

_KEY = re.compile(rb'"\s*:')
_KEY_SPACED = re.compile(rb'"\s+:')


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@attrs.frozen
class ChunkResult:
    """What checking one byte range found; lines are relative to the range."""

    findings: list[Diagnostic]
    records: int
    lines: int
    ids: IdCollector
    relations: list[Relation]
    sources: list[str]


def split_lines(path: Path, size: int, parts: int) -> list[tuple[int, int]]:
    """Up to ``parts`` byte ranges of ``path`` that start and end on line boundaries."""
    if parts <= 1 or size == 0:
        return [(0, size)]
    cuts = [0]
    with path.open("rb") as handle:
        for index in range(1, parts):
            handle.seek(max(size * index // parts, cuts[-1]))
            handle.readline()
            cut = handle.tell()
            if cut >= size:
                break
            if cut > cuts[-1]:
                cuts.append(cut)
    cuts.append(size)
    return list(itertools.pairwise(cuts))


def check_file(path: Path, file: str, project: Project, ledger: Ledger, *, today: dt.date,
               jobs: int) -> tuple[list[Diagnostic], int]:
    """Check one JSON Lines file; return its findings and record count.

    Ids and relations go to ``ledger``; a file of :data:`PARALLEL_MIN_BYTES` or
    more is shared between ``jobs`` processes, and the chunks are folded back in
    file order so the result is the same as one process's.
    """
    size = path.stat().st_size
    ranges = split_lines(path, size, jobs if size >= PARALLEL_MIN_BYTES else 1)
    if len(ranges) == 1:
        checker = RecordChecker(project, today, ledger)
        with path.open("rb") as handle:
            check_lines(checker, handle, 0, size, file)
        ledger.relations.extend(checker.relations)
        return checker.findings, checker.records
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(len(ranges), mp_context=context) as pool:
        futures = [pool.submit(_check_range_job, path, file, span, project.root, today)
                   for span in ranges]
        parts = [future.result() for future in futures]
    return _merge(parts, path, file, project, ledger)


def check_range(path: Path, file: str, span: tuple[int, int], *, project: Project,
                today: dt.date) -> ChunkResult:
    """Check the records of one line-aligned byte range."""
    checker = RecordChecker(project, today, IdCollector())
    with path.open("rb") as handle:
        lines = check_lines(checker, handle, *span, file)
    assert isinstance(checker.ids, IdCollector)
    return ChunkResult(checker.findings, checker.records, lines, checker.ids,
                       checker.relations, project.loaded_sources())


def _check_range_job(path: Path, file: str, span: tuple[int, int], root: Path,
                     today: dt.date) -> ChunkResult:
    """A worker process's share: the project is opened anew there."""
    return check_range(path, file, span, project=open_project(root), today=today)


def _merge(parts: list[ChunkResult], path: Path, file: str, project: Project,
           ledger: Ledger) -> tuple[list[Diagnostic], int]:
    findings: list[Diagnostic] = []
    records = base = 0
    for part in parts:
        records += part.records
        findings.extend(_shift(f, base) for f in part.findings)
        for key, line, offset in zip(part.ids.digests, part.ids.lines, part.ids.offsets,
                                     strict=True):
            if key not in ledger.digests:
                ledger.digests.add(key)
                continue
            text = _read_line(path, offset)
            claim_id = str(json.loads(text)["id"])
            rule = RULES["R001"]
            ledger.duplicates.append(Diagnostic(
                file, line + base, value_offset(text, ("id",)) + 1, "R001",
                f"claim id {claim_id!r} is already used at", rule.severity, "/id", rule.hint,
                claim_id))
        ledger.relations.extend(attrs.evolve(r, where=_shift(r.where, base))
                                for r in part.relations)
        for source_id in part.sources:
            project.source(source_id)  # the run reports each source's own findings once
        base += part.lines
    return findings, records


def check_lines(checker: RecordChecker, handle: BinaryIO, start: int, end: int,
                file: str) -> int:
    """Check the lines of ``handle`` from byte ``start`` to ``end``; return how many there were."""
    handle.seek(start)
    position, lineno = start, 0
    while position < end:
        raw = handle.readline()
        if not raw:
            break
        offset, position, lineno = position, position + len(raw), lineno + 1
        line = raw.strip()
        if not line:
            continue
        if offset == 0 and line.startswith(BOM):
            checker.add(file, 1, 1, (), "F001", message="file starts with a UTF-8 byte-order mark",
                        claim_id=None)
            line = line[len(BOM):]
        record = parse_line(line, file, lineno)
        if isinstance(record, Diagnostic):
            checker.records += 1
            checker.findings.append(record)
            continue

        def locate(tokens: tuple[str | int, ...], key: bool = False, _line: bytes = line,
                   _lineno: int = lineno) -> tuple[int, int]:
            return _lineno, value_offset(_line.decode("utf-8"), tokens, key=key) + 1

        checker.offset = offset
        checker.check(record, file=file, prefix=(), locate=locate, line=lineno)
    return lineno


def parse_line(line: bytes, file: str, lineno: int) -> Any:
    """The JSON value of one line, or the :class:`Diagnostic` that says why there is none."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        return _json_problem(line, file, lineno)
    if not isinstance(record, dict):
        return Diagnostic(file, lineno, 1, "F007", "a JSON Lines record is an object, not "
                          f"{type(record).__name__}", hint=RULES["F007"].hint)
    if _may_have_duplicate_keys(line, record):
        duplicate = _find_duplicate(line.decode("utf-8"))
        if duplicate is not None:
            return Diagnostic(file, lineno, duplicate[1] + 1, "F003",
                              f"duplicate key {duplicate[0]!r}", hint=RULES["F003"].hint)
    return record


def _json_problem(line: bytes, file: str, lineno: int) -> Diagnostic:
    """The finding for a line orjson refused, with a code-point column."""
    try:
        text = decode_utf8(line)
    except ReadProblem as err:
        return Diagnostic(file, lineno, err.column, "F001", err.message, hint=err.hint)
    try:
        orjson.loads(text)  # again from str, so the column counts code points
    except orjson.JSONDecodeError as err:
        code = "F005" if "depth" in err.msg or "recursion" in err.msg else "F002"
        return Diagnostic(file, lineno, err.colno, code, f"malformed JSON: {err.msg}",
                          hint=RULES[code].hint)
    return Diagnostic(file, lineno, 1, "F002", "malformed JSON", hint=RULES["F002"].hint)


def _may_have_duplicate_keys(line: bytes, record: dict[str, Any]) -> bool:
    """False only when ``line`` certainly has no duplicate keys; True sends it to the exact check.

    Every key is a string closed by ``"`` and followed by ``:``. Re-serialising the
    parsed record drops a duplicate's key (and its value), so when the line has no
    whitespace before a colon and no ``\\u`` escapes (which could hide a quote), the
    ``":`` counts of the line and of the re-serialised record are equal exactly when
    nothing was dropped. This is several times faster than walking the record.
    """
    if b"\\u" in line or _KEY_SPACED.search(line):
        return len(_KEY.findall(line)) != _count_keys(record)
    return line.count(b'":') != orjson.dumps(record).count(b'":')


def _count_keys(value: Any) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_count_keys(v) for v in value.values())
    if isinstance(value, list):
        return sum(_count_keys(v) for v in value)
    return 0


def _find_duplicate(text: str) -> tuple[str, int] | None:
    """The first duplicated key of a JSON text and the offset of its second occurrence."""
    found: list[str] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen and not found:
                found.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=hook)
    if not found:
        return None
    key = json.dumps(found[0], ensure_ascii=False)
    first = text.find(key)
    return found[0], text.find(key, first + 1)


def _shift(finding: Diagnostic, lines: int) -> Diagnostic:
    return attrs.evolve(finding, line=finding.line + lines) if lines else finding


def _read_line(path: Path, offset: int) -> str:
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.readline().decode("utf-8", "replace").lstrip("\ufeff")
