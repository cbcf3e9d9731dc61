"""The attrs model and the JSON Schemas describe the same records, and round trips hold."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings

from annotate.io.claim_writer import dump_claim_file, dump_jsonl
from annotate.io.yaml_document import load_yaml
from annotate.model.claim import (
    Attribution,
    Checkworthiness,
    Claim,
    Evidence,
    Relation,
    Selector,
    SourceRef,
    Verdict,
)
from annotate.model.config import ClaimReviewRating, Paths, ProjectConfig, RatingLabel, RuleSettings
from annotate.model.convert import claim_from_dict, claim_to_dict, config_from_dict, to_dict
from annotate.model.source import SourceMeta
from annotate.model.values import DateValue, OriginValue, QuantityValue, QuoteValue
from annotate.schema_store import (
    SCHEMA_NAMES,
    fast_validator,
    load_schema,
    reference_validator,
)
from tests.strategies import claim_records

CLAIM = load_schema("claim")
CONFIG = load_schema("config")


def _defs(schema: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = schema["$defs"][name]
    return result


PAIRS: list[tuple[type, dict[str, Any]]] = [
    (Claim, CLAIM),
    (SourceRef, _defs(CLAIM, "sourceRef")),
    (Selector, _defs(CLAIM, "selector")),
    (Attribution, _defs(CLAIM, "attribution")),
    (Evidence, _defs(CLAIM, "evidence")),
    (Verdict, _defs(CLAIM, "verdict")),
    (Relation, _defs(CLAIM, "relation")),
    (Checkworthiness, _defs(CLAIM, "checkworthiness")),
    (DateValue, _defs(CLAIM, "dateValue")),
    (QuantityValue, _defs(CLAIM, "quantityValue")),
    (OriginValue, _defs(CLAIM, "originValue")),
    (QuoteValue, _defs(CLAIM, "quoteValue")),
    (SourceMeta, load_schema("source")),
    (ProjectConfig, CONFIG),
    (Paths, CONFIG["properties"]["paths"]),
    (RuleSettings, CONFIG["properties"]["rules"]),
    (RatingLabel, CONFIG["properties"]["rating_scale"]["items"]),
    (ClaimReviewRating, CONFIG["properties"]["rating_scale"]["items"]["properties"]["claimreview"]),
]


@pytest.mark.parametrize(("cls", "schema"), PAIRS, ids=[c.__name__ for c, _ in PAIRS])
def test_model_and_schema_have_the_same_fields(cls: type, schema: dict[str, Any]) -> None:
    """Every attrs field is a schema property and back; required means no default."""
    fields = {f.name: f for f in attrs.fields(cls)}
    assert set(fields) == set(schema["properties"])
    required = {name for name, f in fields.items() if f.default is attrs.NOTHING}
    # Tags (a value's kind, a file's schema_version) have defaults in the model but are
    # written out always, so the schema may require them.
    tags = {"kind", "schema_version"} & set(fields)
    assert required - tags == set(schema.get("required", [])) - tags


def test_schemas_are_draft_2020_12_with_ids_and_versions() -> None:
    """Each shipped schema names its draft, its $id and its schema_version."""
    for name in SCHEMA_NAMES:
        schema = load_schema(name)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].startswith("urn:annotate:schema:")
        assert schema["schema_version"] == 1


@settings(max_examples=200)
@given(claim_records())
def test_record_round_trips_through_the_model(record: dict[str, Any]) -> None:
    """dict -> Claim -> dict is lossless for schema-valid records, and stays valid."""
    assert reference_validator("claim").is_valid(record)
    again = claim_to_dict(claim_from_dict(record))
    assert again == record
    assert fast_validator("claim").is_valid(again)


@settings(max_examples=100)
@given(claim_records())
def test_yaml_and_jsonl_round_trip(record: dict[str, Any]) -> None:
    """A record written as YAML or JSON Lines reads back equal (load, dump, load)."""
    data = load_yaml(dump_claim_file([record]).encode()).data
    assert data == {"schema_version": 1, "claims": [record]}
    assert dump_claim_file(data["claims"]) == dump_claim_file([record])
    import orjson  # noqa: PLC0415

    assert orjson.loads(dump_jsonl([record])) == record


def test_writer_is_deterministic_and_in_text_order() -> None:
    """Records are written in text order with keys in model order, whatever order they came in."""
    from tests.strategies import record_for  # noqa: PLC0415

    text = "alpha beta gamma"
    first, second = record_for(text, 0, 5, "z-first"), record_for(text, 6, 10, "a-second")
    shuffled = {k: first[k] for k in reversed(list(first))}
    out = dump_claim_file([second, shuffled])
    assert out == dump_claim_file([first, second])
    claims = yaml.safe_load(out)["claims"]
    assert [c["id"] for c in claims] == ["z-first", "a-second"]
    assert list(claims[0]) == ["id", "source", "selector", "type", "statement", "status"]


def test_default_config_is_schema_valid() -> None:
    """The built-in configuration and rating scale satisfy the config schema."""
    data = to_dict(ProjectConfig())
    assert reference_validator("config").is_valid(data)
    assert config_from_dict(data) == ProjectConfig()
    labels = [entry.label for entry in ProjectConfig().rating_scale]
    assert labels == ["supported", "misleading", "refuted", "unverifiable"]
