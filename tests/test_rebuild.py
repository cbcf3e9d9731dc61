"""The example can be rebuilt from the bare article through the command line alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from annotate.io.yaml_document import load_yaml
from tests.conftest import EXAMPLE


def _claims(path: Path) -> Any:
    data = load_yaml(path.read_bytes()).data
    for record in data["claims"]:
        record.pop("created", None)  # the rebuild stamps today's times
        record.pop("modified", None)
    return data


def test_rebuild_script_gives_back_the_committed_records(tmp_path: Path) -> None:
    """examples/tiangong-1/rebuild.sh (init, source add, add, set, verdict) recreates the
    committed claim file record for record, and the source byte for byte."""
    assert shutil.which("annotate", path=str(Path(sys.executable).parent))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", str(EXAMPLE / "rebuild.sh"), str(tmp_path / "rebuilt")],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    rebuilt = tmp_path / "rebuilt"
    assert _claims(rebuilt / "claims" / "tiangong-1.claims.yaml") == _claims(
        EXAMPLE / "claims" / "tiangong-1.claims.yaml")
    for name in ("tiangong-1.txt", "tiangong-1.yaml"):
        assert (rebuilt / "sources" / name).read_bytes() == (
            EXAMPLE / "sources" / name).read_bytes()
    # Most of the work is the tool's: few adds needed a --type or --value of their own.
    script = (EXAMPLE / "rebuild.sh").read_text()
    adds = [line for line in script.splitlines() if line.startswith("annotate add ")]
    assert len(adds) == 19
    assert sum("--value" in line for line in adds) <= 2
    assert sum("--type" in line for line in adds) <= 5
