"""Writing claim files deterministically: stable key order, claims in text order.

Two annotators who change different claims of one source change different
lines, so git merges their work cleanly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import yaml

from annotate.model.convert import claim_from_dict, claim_to_dict

_Base: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[misc]  # the base is chosen at run time
    """Safe dumper that writes strings with line breaks in double quotes, breaks escaped."""


def _str(dumper: Any, value: str) -> Any:
    style = '"' if ("\n" in value or "\r" in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def text_order(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records sorted by where their span starts, then ends, then by id."""
    return sorted(records, key=lambda r: (r["selector"]["start"], r["selector"]["end"], r["id"]))


def dump_yaml(data: Any) -> str:
    """YAML in block style, keys in the order given, Unicode kept as it is."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def canonical(record: dict[str, Any]) -> dict[str, Any]:
    """A schema-valid record with its keys in the model's order."""
    extensions = {k: v for k, v in record.items() if k.startswith("x-")}
    plain = {k: v for k, v in record.items() if not k.startswith("x-")}
    return {**claim_to_dict(claim_from_dict(plain)), **extensions}


def dump_claim_file(records: Iterable[dict[str, Any]]) -> str:
    """A YAML claim file holding ``records`` in text order, keys in the model's order."""
    return dump_yaml({"schema_version": 1, "claims": text_order(map(canonical, records))})


def dump_jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    """JSON Lines, one record a line, in text order."""
    return b"".join(orjson.dumps(r) + b"\n" for r in text_order(map(canonical, records)))
