"""Documentation that cannot drift: the README's record, the pre-commit hook, the example."""

from __future__ import annotations

import re
from typing import Any

import yaml

from annotate.io.yaml_document import load_yaml
from tests.conftest import EXAMPLE, REPO


def _example_claims() -> list[dict[str, Any]]:
    data = load_yaml((EXAMPLE / "claims" / "tiangong-1.claims.yaml").read_bytes()).data
    claims: list[dict[str, Any]] = data["claims"]
    return claims


def test_readme_record_is_the_example_record() -> None:
    """The record shown in the README tour is the one in the example, field for field."""
    readme = (REPO / "README.md").read_text()
    block = re.search(r"```yaml\n(- id: tg1-mars500-six-volunteers\n.*?)```", readme, re.S)
    assert block is not None
    shown = yaml.safe_load(block.group(1).replace("...", ""))[0]
    actual = next(c for c in _example_claims() if c["id"] == shown["id"])
    for key in ("source", "selector", "type", "statement", "summary", "value", "attribution",
                "status", "annotator"):
        assert shown[key] == actual[key], key
    assert shown["verdict"]["evidence"] == actual["verdict"]["evidence"]
    assert shown["verdict"]["label"] == actual["verdict"]["label"]
    assert shown["verdict"]["reviewer"] == actual["verdict"]["reviewer"]


def test_example_covers_the_article() -> None:
    """At least 15 claims of every checkable kind; the Mars-500 count is 6 and refuted."""
    claims = _example_claims()
    assert len(claims) >= 15
    assert {c["type"] for c in claims} >= {"date", "quantity", "origin", "quote", "plan",
                                           "event", "opinion"}
    mars = next(c for c in claims if c["selector"]["exact"] == "Six Chinese volunteers")
    assert mars["value"]["amount"] == 6
    assert mars["verdict"]["label"] == "refuted"
    assert all(e["url"] and e["accessed"] for e in mars["verdict"]["evidence"])
    late = next(c for c in claims if c["selector"]["exact"] == "late Thursday")
    assert (late["value"]["timex3"], late["value"]["mod"]) == ("2011-09-29", "END")
    text = (EXAMPLE / "sources" / "tiangong-1.txt").read_bytes()
    assert len(text) == 2324
    assert not text.endswith(b"\n")


def test_pre_commit_hooks_run_validate_and_check_on_claim_files() -> None:
    """The hooks other repositories use run `annotate validate` and `annotate check` and
    match claim files, sources and configuration (check: feature files too)."""
    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["annotate-validate"]["entry"] == "annotate validate"
    assert hooks["annotate-check"]["entry"] == "annotate check"
    for hook in hooks.values():
        pattern = re.compile(hook["files"])
        for name in ("claims/a.claims.yaml", "x/b.claims.jsonl", "annotate.yaml",
                     "sources/doc.txt", "sources/doc.yaml"):
            assert pattern.search(name), name
        assert not pattern.search("README.md")
    assert re.search(hooks["annotate-check"]["files"], "features/launches.feature")
