"""Between the attrs model and plain JSON-ready data, in the schema's field order.

Absent optional fields are left out rather than written as ``null``, so that
files stay short and diffs stay small.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn
from cattrs.strategies import configure_tagged_union

from annotate.model.claim import Claim
from annotate.model.config import ProjectConfig
from annotate.model.values import Value


def _number(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    return value


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(omit_if_default=False, forbid_extra_keys=True)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.date, lambda v: v.isoformat())
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
    # Amounts stay as written: 6 stays an int (a float to the type checker), 1.5 a float.
    conv.register_structure_hook(float, _number)

    def _omit_none(cls: Any) -> Any:
        inner = make_dict_unstructure_fn(cls, conv)

        def unstructure(obj: Any) -> dict[str, Any]:
            data = {k: v for k, v in inner(obj).items() if v is not None and v != ()}
            if "kind" in data:  # the tag of a value reads first
                data = {"kind": data.pop("kind"), **data}
            return data

        return unstructure

    conv.register_unstructure_hook_factory(
        lambda cls: hasattr(cls, "__attrs_attrs__"), _omit_none)
    configure_tagged_union(Value, conv, tag_name="kind",
                           tag_generator=lambda cls: cls.__name__.removesuffix("Value").lower())
    return conv


converter = _make_converter()


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A :class:`Claim` from a schema-valid record."""
    return converter.structure(data, Claim)


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A schema-valid record from a :class:`Claim`, keys in field order."""
    data: dict[str, Any] = converter.unstructure(claim)
    return data


def config_from_dict(data: dict[str, Any]) -> ProjectConfig:
    """A :class:`ProjectConfig` from a schema-valid ``annotate.yaml``."""
    return converter.structure(data, ProjectConfig)


def to_dict(obj: object) -> dict[str, Any]:
    """Any model object as plain data."""
    data: dict[str, Any] = converter.unstructure(obj)
    return data
