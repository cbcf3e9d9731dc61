"""The validation benchmark: ``python -m bench.run`` (see bench/README.md).

Every candidate runs as its own process on the same generated records, in the
same run, and the table reports records per second, the ratio to
``annotate validate``, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from annotate.schema_store import load_schema
from bench.generate import write_project

HERE = Path(__file__).resolve().parent
PY = sys.executable
ANNOTATE = [PY, "-m", "annotate"]

FLOOR = """
import sys, orjson
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        orjson.loads(line); n += 1
assert n
"""

JSONSCHEMA_ALONE = """
import sys, json, itertools, jsonschema
schema = json.load(open(sys.argv[2]))
cls = jsonschema.Draft202012Validator
validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
with open(sys.argv[1], "rb") as f:
    for line in itertools.islice(f, int(sys.argv[3])):
        assert validator.is_valid(json.loads(line))
"""


def measure(command: list[str]) -> dict[str, Any]:
    """Wall time and peak memory of one command, run in a fresh process."""
    out = subprocess.run([PY, str(HERE / "_peak.py"), *command], capture_output=True,
                         text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def array_schema(folder: Path) -> Path:
    """The claim schema wrapped to validate a JSON array of records (for check-jsonschema)."""
    claim = load_schema("claim")
    defs = dict(claim["$defs"])
    body = {k: v for k, v in claim.items() if k not in ("$defs", "$id", "$schema",
                                                         "schema_version")}
    defs["claim"] = body
    wrapper = {"$schema": claim["$schema"], "type": "array",
               "items": {"$ref": "#/$defs/claim"}, "$defs": defs}
    path = folder / "claims-array.schema.json"
    path.write_text(json.dumps(wrapper))
    return path


def median_seconds(command: list[str], runs: int) -> float:
    """Median wall time of ``runs`` runs of a short command."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Generate the data, run every candidate, print the table, write results JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=5_000,
                        help="records given to the slow reference validators")
    parser.add_argument("--yaml-records", type=int, default=20_000)
    parser.add_argument("--startup-runs", type=int, default=21)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "results.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = write_project(folder / "big", args.records, yaml_count=args.yaml_records)
        small = write_project(folder / "quarter", args.records // 4)
        jsonl = project / "claims" / "bench.claims.jsonl"
        sample = folder / "sample.json"
        with jsonl.open("rb") as handle:
            sample.write_bytes(b"[" + b",".join(
                line.rstrip(b"\n") for _, line in zip(range(args.sample), handle,
                                                      strict=False)) + b"]")
        claim_schema = folder / "claim.schema.json"
        claim_schema.write_text(json.dumps(load_schema("claim")))
        rows: list[dict[str, Any]] = []

        def row(name: str, records: int, command: list[str], note: str = "") -> None:
            result = measure(command)
            rows.append({"name": name, "records": records, **result,
                         "per_second": records / result["seconds"], "note": note})
            print(f"  {name}: {records / result['seconds']:,.0f} records/s", file=sys.stderr)

        size_mb = jsonl.stat().st_size / 2**20
        print(f"{args.records:,} records, {size_mb:.0f} MiB of JSON Lines", file=sys.stderr)
        row("annotate validate (JSONL, all cores)", args.records,
            [*ANNOTATE, "validate", str(project)], f"{os.cpu_count()} cores")
        row("annotate validate (JSONL, --jobs 1)", args.records,
            [*ANNOTATE, "validate", "--jobs", "1", str(project)], "one process")
        row("annotate validate (JSONL, a quarter of the records)", args.records // 4,
            [*ANNOTATE, "validate", str(small)], "memory should not grow with the file")
        row("orjson parse only (floor)", args.records, [PY, "-c", FLOOR, str(jsonl)],
            "no validation at all")
        row("python jsonschema alone", args.sample,
            [PY, "-c", JSONSCHEMA_ALONE, str(jsonl), str(claim_schema), str(args.sample)],
            "json.loads + Draft202012Validator.is_valid with format checks")
        row("check-jsonschema", args.sample,
            [PY, "-m", "check_jsonschema", "--schemafile", str(array_schema(folder)),
             str(sample)], "the same records as one JSON array")
        row("annotate validate (YAML)", args.yaml_records,
            [*ANNOTATE, "validate", str(folder / "big-yaml")],
            "files of 50 claims, libyaml C loader")

        click_import = median_seconds([PY, "-c", "import click"], args.startup_runs)
        annotate_help = median_seconds([*ANNOTATE[:-2], "-m", "annotate", "--help"],
                                       args.startup_runs)

    reference = rows[0]["per_second"]
    print("\n| candidate | records | seconds | records/s | vs annotate | peak MiB | note |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        print(f"| {r['name']} | {r['records']:,} | {r['seconds']:.2f} | "
              f"{r['per_second']:,.0f} | {r['per_second'] / reference:.3f}x | "
              f"{r['peak_mb']:.0f} | {r['note']} |")
    ratio = annotate_help / click_import
    print(f"\nstart-up: `annotate --help` {annotate_help * 1000:.0f} ms, "
          f"`python -c 'import click'` {click_import * 1000:.0f} ms (medians of "
          f"{args.startup_runs}): {ratio:.2f}x (limit 1.5x)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(orjson.dumps({"rows": rows, "help_seconds": annotate_help,
                                       "import_click_seconds": click_import,
                                       "help_ratio": ratio}, option=orjson.OPT_INDENT_2))


if __name__ == "__main__":
    main()
