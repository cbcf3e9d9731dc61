"""The repository-wide index that rules spanning records need, kept small.

Claim ids are held as 64-bit BLAKE2b digests in a set, not as strings with
their locations, so the index costs tens of bytes a record whatever the ids
look like. Only when something needs more (a duplicate's first occurrence,
the date of a relation's target) are the claim files read again for just
those ids; a digest collision found that way is dropped, never reported.
"""

from __future__ import annotations

import hashlib
import itertools
from array import array
from pathlib import Path

import attrs

from annotate.claims_index import ClaimRef, read_claims
from annotate.diagnostics import Diagnostic
from annotate.rules import time
from annotate.rules.registry import RULES
from annotate.schema_store import fast_validator


def digest(claim_id: str) -> int:
    """A 64-bit digest of a claim id, the same in every process."""
    return int.from_bytes(hashlib.blake2b(claim_id.encode(), digest_size=8).digest(), "little")


@attrs.frozen
class Relation:
    """A relation as written: its type, target, this claim's date and where it stands."""

    type: str
    target: str
    left_timex: str | None
    where: Diagnostic


@attrs.define
class Ledger:
    """Ids seen so far, duplicate findings waiting for their first location, relations."""

    digests: set[int] = attrs.Factory(set)
    duplicates: list[Diagnostic] = attrs.Factory(list)
    relations: list[Relation] = attrs.Factory(list)
    files: list[Path] = attrs.Factory(list)
    # Records not (yet) in any file, read after the files: what a writer is about to write.
    memory: list[ClaimRef] = attrs.Factory(list)

    def seen(self, claim_id: str) -> bool:
        """Record ``claim_id``; True if it (or its digest) was seen before."""
        key = digest(claim_id)
        if key in self.digests:
            return True
        self.digests.add(key)
        return False

    def settle(self) -> list[Diagnostic]:
        """The findings of duplicate ids and relations, once every file has been read."""
        temporal = {r.target for r in self.relations
                    if r.type in ("before", "after", "same_time")
                    and digest(r.target) in self.digests}
        wanted = {d.claim_id for d in self.duplicates if d.claim_id} | temporal
        first, dates = self._rescan(wanted) if wanted else ({}, {})
        findings = []
        for finding in self.duplicates:
            where = first.get(finding.claim_id or "")
            if where is None or where == (finding.file, finding.line):
                continue  # a digest collision, not a duplicate
            findings.append(attrs.evolve(
                finding, message=f"{finding.message} {where[0]}:{where[1]}"))
        for relation in self.relations:
            if digest(relation.target) not in self.digests:
                findings.append(_finding(relation.where, "R003",
                                         f"relation target {relation.target!r} is not a claim id"))
                continue
            message = time.check_relation(relation.type, relation.target, relation.left_timex,
                                          dates.get(relation.target))
            if message:
                findings.append(_finding(relation.where, "T001", message))
        return findings

    def _rescan(self, wanted: set[str]) -> tuple[dict[str, tuple[str, int]], dict[str, str]]:
        """First location and date of each wanted id, reading the claim files in order."""
        first: dict[str, tuple[str, int]] = {}
        dates: dict[str, str] = {}
        refs = itertools.chain((ref for path in self.files for ref in read_claims(path)),
                               self.memory)
        for ref in refs:
            claim_id, record = ref.id, ref.record
            if claim_id not in wanted or claim_id in first:
                continue
            first[claim_id] = (ref.file, ref.line)
            value = record.get("value")
            if (isinstance(value, dict) and value.get("kind") == "date"
                    and fast_validator("claim").is_valid(record)):
                dates[claim_id] = value["timex3"]
        return first, dates


def _finding(where: Diagnostic, code: str, message: str) -> Diagnostic:
    rule = RULES[code]
    return attrs.evolve(where, code=code, message=message, hint=rule.hint,
                        severity=rule.severity)


@attrs.define
class IdCollector:
    """A JSON Lines chunk's ids, in order, for the run to check against everything before."""

    digests: array[int] = attrs.Factory(lambda: array("Q"))
    lines: array[int] = attrs.Factory(lambda: array("Q"))
    offsets: array[int] = attrs.Factory(lambda: array("Q"))

    def add(self, claim_id: str, line: int, offset: int) -> None:
        """Note one id, its line in the chunk and the byte offset of that line in the file."""
        self.digests.append(digest(claim_id))
        self.lines.append(line)
        self.offsets.append(offset)
