"""Checking one claim record: schema, anchoring, values, verdicts, time, references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from annotate.checks.ledger import IdCollector, Ledger, Relation
from annotate.diagnostics import Diagnostic, format_pointer
from annotate.project import Project, display_path, schema_findings
from annotate.rules import anchoring, time, values, verdicts
from annotate.rules.hits import Hit
from annotate.rules.registry import RULES
from annotate.schema_store import SUPPORTED_SCHEMA_VERSIONS, fast_validator

Locate = Callable[..., tuple[int, int]]
"""``locate(tokens, key=False) -> (line, column)`` of a path within the record."""


def claim_id_of(record: Any) -> str | None:
    """The record's id, if it has a string one."""
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return str(record["id"])
    return None


class RecordChecker:
    """Checks records of one project, collecting findings; ids go to a ledger or a collector."""

    def __init__(self, project: Project, today: dt.date, ids: Ledger | IdCollector) -> None:
        self.project = project
        self.today = today
        self.ids = ids
        self.relations: list[Relation] = []
        self.findings: list[Diagnostic] = []
        self.records = 0
        self.offset = 0  # byte offset of the current JSON Lines line, for the collector

    def add(self, file: str, line: int, column: int, tokens: Iterable[str | int], code: str,
            *, message: str, claim_id: str | None, hint: str = "") -> None:
        """Add a finding of rule ``code``; the rule gives severity and the default hint."""
        rule = RULES[code]
        self.findings.append(Diagnostic(file, line, column, code, message, rule.severity,
                                        format_pointer(tuple(tokens)), hint or rule.hint,
                                        claim_id))

    def check(self, record: Any, *, file: str, prefix: tuple[str | int, ...], locate: Locate,
              line: int = 0) -> str | None:
        """Check one record; return its source id when the record is schema-valid."""
        self.records += 1
        claim_id = claim_id_of(record)
        if not isinstance(record, dict):
            row, col = locate(())
            self.add(file, row, col, prefix, "F007", message="a claim record is a mapping",
                     claim_id=claim_id)
            return None
        version = record.get("schema_version")
        if version is not None and (version not in SUPPORTED_SCHEMA_VERSIONS
                                    or isinstance(version, bool)):
            row, col = locate(("schema_version",))
            self.add(file, row, col, (*prefix, "schema_version"), "F006",
                     message=f"unknown schema_version {version!r}", claim_id=claim_id)
            return None
        if claim_id is not None:
            self._register(claim_id, file, prefix, locate, line)
        if not fast_validator("claim").is_valid(record):
            self.findings.extend(schema_findings(
                "claim", record, file=file, doc=None, prefix=prefix, claim_id=claim_id,
                locate=lambda tokens, key=False: locate(tokens[len(prefix):], key=key)))
            return None
        hits = self._rules(record)
        value = record.get("value")
        for index, relation in enumerate(record.get("relations", ())):
            tokens = ("relations", index, "target")
            row, col = locate(tokens)
            self.relations.append(Relation(
                relation["type"], relation["target"],
                value["timex3"] if value and value["kind"] == "date" else None,
                Diagnostic(file, row, col, "T001", "", pointer=format_pointer(prefix + tokens),
                           claim_id=claim_id)))
        for hit in hits:
            row, col = locate(hit.tokens, key=hit.at_key)
            self.add(file, row, col, prefix + hit.tokens, hit.code, message=hit.message,
                     claim_id=claim_id, hint=hit.hint)
        source_id: str = record["source"]["id"]
        return source_id

    def _rules(self, record: dict[str, Any]) -> list[Hit]:
        project = self.project
        source_id: str = record["source"]["id"]
        source = project.source(source_id)
        hits: list[Hit] = []
        if source is None:
            meta = project.meta_path(source_id)
            broken = bool(project.source_findings.get(meta))
            hits.append(Hit("R002", ("source", "id"),
                            f"source {source_id!r} "
                            + (f"cannot be loaded: see {display_path(meta)}" if broken
                               else "is not registered"),
                            "" if broken else f"expected its metadata at {display_path(meta)}"))
        else:
            hits.extend(anchoring.check(record, source))
        hits.extend(values.check(record, source))
        hits.extend(verdicts.check(record, source, project.config, self.today))
        hits.extend(time.check_scheduled(record, source))
        if record["type"] not in project.config.claim_types:
            hits.append(Hit("R007", ("type",),
                            f"claim type {record['type']!r} is not in the project's claim_types"))
        return hits

    def _register(self, claim_id: str, file: str, prefix: tuple[str | int, ...],
                  locate: Locate, line: int) -> None:
        if isinstance(self.ids, IdCollector):
            self.ids.add(claim_id, line, self.offset)
            return
        if self.ids.seen(claim_id):
            row, col = locate(("id",))
            rule = RULES["R001"]
            # The first occurrence is added to the message when the ledger settles.
            self.ids.duplicates.append(Diagnostic(
                file, row, col, "R001", f"claim id {claim_id!r} is already used at",
                rule.severity, format_pointer((*prefix, "id")), rule.hint, claim_id))
