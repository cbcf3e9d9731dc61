"""``annotate init``'s core: a claims repository ready for git and CI."""

from __future__ import annotations

from pathlib import Path

from annotate.errors import UsageError
from annotate.io.claim_writer import dump_yaml
from annotate.model.config import ProjectConfig
from annotate.model.convert import to_dict
from annotate.project import CONFIG_NAME
from annotate.store import write_atomic

GITATTRIBUTES = """\
# Source texts are stored byte-exact: no end-of-line conversion, ever.
sources/*.txt -text
# Claim files, metadata and feature files are text with LF line ends on every platform.
*.claims.yaml text eol=lf
*.claims.yml text eol=lf
*.claims.jsonl text eol=lf
sources/*.yaml text eol=lf
annotate.yaml text eol=lf
*.feature text eol=lf
"""

GITIGNORE = """\
# Lock and temporary files of annotate's writers.
.*.lock
.*.tmp
.pytest_cache/
"""

PRE_COMMIT = """\
# Runs annotate's checks before every commit: `pip install pre-commit && pre-commit install`.
repos:
  - repo: local
    hooks:
      - id: annotate-check
        name: annotate check
        entry: annotate check
        language: system
        pass_filenames: false
        files: (\\.claims\\.(ya?ml|jsonl)$|^annotate\\.ya?ml$|^sources/|\\.feature$)
"""

WORKFLOW = """\
# Checks every pull request: findings appear inline on the changed lines.
name: annotate
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install annotate
      - run: annotate check --format github
"""

STARTER_FEATURE = """\
Feature: The claims of this repository hold together
  Write what the project expects of its claims here, in plain language.
  `annotate steps` lists every step; `annotate check` runs this file.

  Scenario: Every claim is anchored, and ids are unique
    Given all claims
    Then every claim is anchored in its source
    And the claim ids are unique

  Scenario: Every rated claim cites its evidence
    Given all claims
    Then every refuted claim cites at least 1 source
    And every supported claim cites at least 1 source
"""


def init_project(folder: Path, name: str | None = None) -> list[Path]:
    """Create the repository files in ``folder``; refuse one that already has annotate.yaml."""

    if (folder / CONFIG_NAME).exists():
        raise UsageError(f"{folder / CONFIG_NAME} exists already: this is a claims project")
    config = to_dict(ProjectConfig(name=name or folder.resolve().name))
    files = {
        CONFIG_NAME: "# annotate project configuration (schemas/config.schema.json).\n"
                     + dump_yaml(config),
        ".gitattributes": GITATTRIBUTES,
        ".gitignore": GITIGNORE,
        ".pre-commit-config.yaml": PRE_COMMIT,
        ".github/workflows/annotate.yml": WORKFLOW,
        "features/claims.feature": STARTER_FEATURE,
        "sources/.gitkeep": "",
        "claims/.gitkeep": "",
    }
    written = []
    for relative, content in files.items():
        path = folder / relative
        if path.exists():
            continue  # never overwrite what the user has
        write_atomic(path, content.encode())
        written.append(path)
    return written
