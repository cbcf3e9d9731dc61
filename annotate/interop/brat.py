"""brat standoff: ``<source>.txt`` beside ``<source>.ann`` with lines
``T1<TAB>Type START END<TAB>text``, attributes ``A1<TAB>Name T1 Value`` and notes
``#1<TAB>AnnotatorNotes T1<TAB>text``.

brat reads texts with universal newlines, so it counts ``\\r\\n`` as one character:
exported offsets are counted the way brat will count them (and a span that
crosses a line break becomes fragments ``START END;START END``), while the
``.txt`` is written byte-exact. Import converts brat's counting back to code
points over the exact text, and says so.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from annotate.interop.common import Exporting, Importing, InteropError

LINE = re.compile(r"^(?P<id>T\d+)\t(?P<type>\S+) (?P<spans>\d+ \d+(?:;\d+ \d+)*)\t(?P<text>.*)$")
ATTRIBUTE = re.compile(r"^(?P<id>A\d+)\t(?P<name>\S+) (?P<target>T\d+)(?: (?P<value>\S+))?$")
NOTE = re.compile(r"^(?P<id>#\d+)\tAnnotatorNotes (?P<target>T\d+)\t(?P<text>.*)$")


class BratOffsets:
    """Code points of an exact text and brat's universal-newline counting, both ways."""

    def __init__(self, text: str) -> None:
        # Positions of the \r of each \r\n: brat sees one character where there are two.
        self._crlf = [m.start() for m in re.finditer("\r\n", text)]
        self._brat = [pos - n for n, pos in enumerate(self._crlf)]

    def to_brat(self, offset: int) -> int:
        """brat's offset of a code-point offset."""
        return offset - bisect.bisect_left(self._crlf, offset)

    def from_brat(self, offset: int) -> int:
        """The code-point offset of brat's offset."""
        return offset + bisect.bisect_left(self._brat, offset)


def view(text: str) -> str:
    """The text as brat reads it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def export_files(ctx: Exporting) -> dict[str, bytes]:
    """``<source>.txt`` and ``<source>.ann`` for each source with claims."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for record in ctx.records:
        by_source.setdefault(record["source"]["id"], []).append(record)
    files: dict[str, bytes] = {}
    for source_id, records in by_source.items():
        source = ctx.source(records[0])
        offsets, seen = BratOffsets(source.text), view(source.text)
        lines = []
        for number, record in enumerate(records, 1):
            start = offsets.to_brat(record["selector"]["start"])
            end = offsets.to_brat(record["selector"]["end"])
            fragments, text = _fragments(seen, start, end)
            lines.append(f"T{number}\t{record['type'].capitalize()} {fragments}\t{text}")
            lines.append(f"A{2 * number - 1}\tClaimId T{number} {record['id']}")
            if record.get("verdict"):
                lines.append(f"A{2 * number}\tVerdict T{number} {record['verdict']['label']}")
            statement = record["statement"].replace("\t", " ").replace("\n", " ")
            lines.append(f"#{number}\tAnnotatorNotes T{number}\t{statement}")
        files[f"{source_id}.txt"] = source.text.encode()
        files[f"{source_id}.ann"] = ("\n".join(lines) + "\n").encode()
    return files


def _fragments(seen: str, start: int, end: int) -> tuple[str, str]:
    parts, texts, pos = [], [], start
    for line_break in [m.start() for m in re.finditer("\n", seen[start:end])] + [end - start]:
        stop = start + line_break
        if stop > pos:
            parts.append(f"{pos} {stop}")
            texts.append(seen[pos:stop])
        pos = stop + 1
    return ";".join(parts), " ".join(texts)


def parse(ctx: Importing, data: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Claim records from a brat ``.ann`` file over the import's source."""
    source = ctx.need_source(name)
    offsets, seen = BratOffsets(source.text), view(source.text)
    spans: dict[str, tuple[str, list[tuple[int, int]], str, int]] = {}
    attributes: dict[str, dict[str, str]] = {}
    notes: dict[str, str] = {}
    # Lines end at \n only: str.splitlines would also break at \x1e, \x85, \u2028 ...
    for lineno, raw_line in enumerate(data.decode("utf-8").split("\n"), 1):
        line = raw_line.removesuffix("\r")
        if not line.strip():
            continue
        if match := LINE.match(line):
            pieces = [(int(a), int(b)) for a, b in
                      (p.split() for p in match["spans"].split(";"))]
            spans[match["id"]] = (match["type"], pieces, match["text"], lineno)
        elif match := ATTRIBUTE.match(line):
            attributes.setdefault(match["target"], {})[match["name"]] = match["value"] or "true"
        elif match := NOTE.match(line):
            notes[match["target"]] = match["text"]
        elif not line.startswith(("R", "E", "*", "N", "M")):
            raise InteropError(f"{name}:{lineno}: not a brat standoff line: {line[:60]!r}")
    converted = False
    for key, (kind, pieces, text, lineno) in spans.items():
        where = f"{name}:{lineno}"
        start, end = pieces[0][0], pieces[-1][1]
        brat_text = " ".join(seen[a:b] for a, b in pieces)
        if source.text[start:end] == text and len(pieces) == 1 and end - start == len(text):
            span: tuple[int, int] | None = (start, end)
        elif brat_text == text:
            span = (offsets.from_brat(start), offsets.from_brat(end))
            converted = converted or span != (start, end)
        else:
            span = ctx.anchor(source, text, where, near=start)
        if span is None:
            continue
        extra = attributes.get(key, {})
        record = ctx.record(source, *span, claim_id=extra.get("ClaimId"),
                            claim_type=kind.lower(), statement=notes.get(key))
        if kind.lower() != record["type"]:
            ctx.notes.add(where, f"brat type {kind!r} is not a claim type; proposed "
                                 f"{record['type']!r}")
        if "Verdict" in extra:
            ctx.notes.add(where, f"verdict {extra['Verdict']!r} has no evidence in brat; the "
                                 "claim is imported without it")
        yield record
    if converted:
        ctx.notes.add(name, "offsets counted \\r\\n as one character (brat's reading); "
                            "converted to code points over the exact text")

