"""The JSON Schemas that ship inside the package, and validators built from them.

Python ``jsonschema`` is the reference: every message a user reads comes from
it. ``jsonschema-rs`` answers the yes/no question first, because almost every
record is valid and it answers it tens of times faster; a test shows that the
two agree on every test case.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import jsonschema
    import jsonschema_rs

SchemaName = Literal["claim", "claim-file", "source", "config", "report"]
SCHEMA_NAMES: tuple[SchemaName, ...] = ("claim", "claim-file", "source", "config", "report")
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})


@functools.cache
def load_schema(name: SchemaName) -> dict[str, Any]:
    """The schema document ``schemas/<name>.schema.json`` as shipped in the package."""
    text = resources.files("annotate.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_id(name: SchemaName) -> str:
    """The ``$id`` of a shipped schema."""
    return str(load_schema(name)["$id"])


@functools.cache
def _reference_registry() -> Any:
    from referencing import Registry, Resource  # noqa: PLC0415 - heavy, needed only here

    resources_ = [(schema_id(n), Resource.from_contents(load_schema(n))) for n in SCHEMA_NAMES]
    return Registry().with_resources(resources_)


@functools.cache
def reference_validator(name: SchemaName) -> jsonschema.protocols.Validator:
    """Python jsonschema validator with format checking on: the reference."""
    import jsonschema  # noqa: PLC0415 - heavy, needed only here

    cls = jsonschema.Draft202012Validator
    return cls(load_schema(name), registry=_reference_registry(),
               format_checker=cls.FORMAT_CHECKER)


@functools.cache
def fast_validator(name: SchemaName) -> jsonschema_rs.Validator:
    """jsonschema-rs validator; formats are off by default there under 2020-12, so turn them on."""
    import jsonschema_rs  # noqa: PLC0415 - heavy, needed only here

    registry = jsonschema_rs.Registry([(schema_id(n), load_schema(n)) for n in SCHEMA_NAMES])
    return jsonschema_rs.validator_for(load_schema(name), validate_formats=True,
                                       registry=registry)


def schema_errors(name: SchemaName, instance: Any) -> Iterator[jsonschema.ValidationError]:
    """The reference errors of ``instance``, each narrowed to its most relevant cause.

    For ``oneOf``/``anyOf`` this is jsonschema's ``best_match`` over the
    branches, so the user reads the deep cause rather than "is not valid under
    any of the given schemas".
    """
    from jsonschema.exceptions import relevance  # noqa: PLC0415

    errors = sorted(reference_validator(name).iter_errors(instance), key=relevance)
    for error in errors:
        yield from deep_causes(error)


def deep_causes(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    """The errors that explain ``error``: for a failing ``oneOf``/``anyOf``, those of the
    branch that came closest (fewest errors, then deepest), recursively.

    jsonschema's ``best_match`` stops at the ``oneOf`` itself when branches fail
    at the same depth (a ``kind`` discriminator makes every branch fail there);
    the branch with the fewest errors is the one the author meant.
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        yield error
        return
    branches: dict[object, list[jsonschema.ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    closest = min(branches.values(),
                  key=lambda errs: (len(errs), -max(len(e.absolute_path) for e in errs)))
    for sub in closest:
        yield from deep_causes(sub)
