"""Writes under pressure: real concurrent processes, and writers killed with SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from annotate.io.yaml_document import load_yaml
from annotate.project import open_project
from annotate.store import claim_file
from annotate.validate import validate_paths
from tests.test_rules import make_project

TEXT = "Six volunteers joined the crew on Thursday, and 300 flags flew."

WRITER = f"""
import sys
from pathlib import Path
from annotate.project import open_project
from annotate.store import update_claims
from tests.strategies import record_for

root, worker, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
text = {TEXT!r}
for n in range(count):
    record = record_for(text, 0, 14, f"w{{worker}}-c{{n:03d}}")
    update_claims(open_project(root), "doc", lambda records: [*records, record])
"""


def _start_writer(root: Path, worker: int, count: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(worker), str(count)],
                            cwd=Path(__file__).resolve().parent.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_eight_processes_adding_25_claims_each(tmp_path: Path) -> None:
    """8 real processes add 25 claims each to one source: all 200 land, the file is valid."""
    root = make_project(tmp_path, TEXT, [])
    writers = [_start_writer(root, worker, 25) for worker in range(8)]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err.decode()
    path = claim_file(open_project(root), "doc")
    ids = [r["id"] for r in load_yaml(path.read_bytes()).data["claims"]]
    assert len(ids) == 200
    assert len(set(ids)) == 200
    assert validate_paths([root]).findings == []


def test_writer_killed_at_random_moments_leaves_old_or_new_file(tmp_path: Path) -> None:
    """SIGKILL at random moments: the file is always a whole, valid version, never torn."""
    root = make_project(tmp_path, TEXT, [])
    path = claim_file(open_project(root), "doc")
    rng = random.Random(20261125)
    seen_counts = []
    for round_number in range(12):
        writer = _start_writer(root, round_number, 1000)
        time.sleep(rng.uniform(0.3, 1.2))
        os.kill(writer.pid, signal.SIGKILL)
        writer.communicate()
        assert writer.returncode == -signal.SIGKILL
        if path.exists():
            data = load_yaml(path.read_bytes()).data
            seen_counts.append(len(data["claims"]))
            assert validate_paths([root]).findings == []
    assert seen_counts == sorted(seen_counts)  # each round kept what the last one wrote
    assert seen_counts[-1] > 0


def test_written_files_keep_a_shareable_mode(tmp_path: Path) -> None:
    """Atomic writes go through private temporary files, but the result is not private."""
    from annotate.store import write_atomic  # noqa: PLC0415

    target = tmp_path / "x.claims.yaml"
    write_atomic(target, b"schema_version: 1\nclaims: []\n")
    assert target.stat().st_mode & 0o044 == 0o044
    target.chmod(0o640)
    write_atomic(target, b"schema_version: 1\nclaims: []\n")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["x.claims.yaml"]
