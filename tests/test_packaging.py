"""Ship what you test: the wheel carries the schemas and the installed package finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import EXAMPLE, REPO


def test_wheel_ships_schemas_and_loads_them(tmp_path: Path) -> None:
    """Build the wheel, check its schema files, and load them from the wheel alone."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(tmp_path), str(REPO)], check=True)
    (wheel,) = tmp_path.glob("annotate-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("claim", "claim-file", "source", "config", "report"):
        assert f"annotate/schemas/{name}.schema.json" in names
    code = (f"import sys; sys.path.insert(0, {str(wheel)!r}); "
            "import annotate, annotate.schema_store as s; "
            f"assert annotate.__file__.startswith({str(wheel)!r}), annotate.__file__; "
            "print(sorted(s.load_schema(n)['$id'] for n in s.SCHEMA_NAMES))")
    out = subprocess.run([sys.executable, "-I", "-c", code],
                         check=True, capture_output=True, text=True, cwd=tmp_path)
    assert "urn:annotate:schema:claim:1" in out.stdout
    # Every subpackage made it into the wheel: the whole validator runs from it.
    runner = (f"import sys; sys.path.insert(0, {str(wheel)!r}); "
              "from annotate.cli import main; main()")
    ran = subprocess.run([sys.executable, "-I", "-c", runner, "validate", str(EXAMPLE)],
                         capture_output=True, text=True, cwd=tmp_path, check=False)
    assert ran.returncode == 0, ran.stderr
    assert "19 records, no findings" in ran.stdout
