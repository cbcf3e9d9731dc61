"""Generate a claims project with many valid records, for the benchmarks.

The records are realistic: every claim type, dates, quantities, origins and
quotes with values, verdicts with evidence, and selectors anchored in a
generated source text with emoji, so that every rule runs on every record.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Any

import orjson

from annotate.io.claim_writer import dump_yaml
from annotate.sources import source_meta, write_source
from annotate.textspan import context

SENTENCES = [
    ("Tiangong-1 is scheduled to launch late Thursday from Jiuquan.", "late Thursday", "date",
     {"kind": "date", "timex3": "2011-09-29", "mod": "END", "granularity": "day",
      "dct": "2011-09-28", "scheduled": True}),
    ("Six Chinese volunteers took part in the Mars-500 programme 🚀.", "Six Chinese volunteers",
     "quantity", {"kind": "quantity", "amount": 6, "unit": "volunteers"}),
    ("The suits were made in China and Russia respectively.", "made in China and Russia",
     "origin", {"kind": "origin", "countries": ["CN", "RU"], "relation": "made_in"}),
    ("The lab module will carry 300 IAF flags into space 👩‍🚀.", "300 IAF flags", "quantity",
     {"kind": "quantity", "amount": 300, "unit": "flags"}),
    ("The programme started in 1992, the spokeswoman said.", "started in 1992", "date",
     {"kind": "date", "timex3": "1992", "granularity": "year", "dct": "2011-09-28"}),
    ("\"We will seek cooperation,\" Wu said.", "We will seek cooperation", "quote",
     {"kind": "quote", "speaker": "Wu Ping", "text": "We will seek cooperation"}),
    ("Shenzhou-8 is scheduled for launch in November.", "scheduled for launch in November",
     "date", {"kind": "date", "timex3": "2011-11", "granularity": "month",
              "dct": "2011-09-28", "scheduled": True}),
    ("China plans to build a space station around 2020.", "build a space station around 2020",
     "plan", {"kind": "date", "timex3": "2020", "mod": "APPROX", "granularity": "year",
              "dct": "2011-09-28"}),
]
LABELS = ["supported", "refuted", "misleading", "unverifiable"]
YAML_PER_FILE = 50


def make_text(paragraphs: int = 50) -> str:
    """A source text of the sentences above, repeated with numbered paragraphs."""
    rng = random.Random(7)
    parts = []
    for number in range(paragraphs):
        order = SENTENCES[:]
        rng.shuffle(order)
        parts.append(f"{number}. " + " ".join(s for s, *_ in order))
    return "\n".join(parts)


def records(text: str, count: int) -> list[dict[str, Any]]:
    """``count`` valid records anchored in ``text``; ids are unique."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    anchors = []
    for sentence, exact, claim_type, value in SENTENCES:
        pos = text.find(sentence)
        while pos != -1:
            start = pos + sentence.index(exact)
            anchors.append((start, exact, claim_type, value))
            pos = text.find(sentence, pos + 1)
    result = []
    for index in range(count):
        start, exact, claim_type, value = anchors[index % len(anchors)]
        end = start + len(exact)
        prefix, suffix = context(text, start, end)
        label = LABELS[index % len(LABELS)]
        verdict: dict[str, Any] = {"label": label, "justification": "Checked against the record."}
        if label != "unverifiable":
            verdict["evidence"] = [{"url": f"https://example.org/evidence/{index}",
                                    "quote": "The passage that settles it.",
                                    "accessed": "2026-11-20"}]
        result.append({
            "id": f"claim-{index:07d}",
            "source": {"id": "bench", "sha256": sha},
            "selector": {"exact": exact, "prefix": prefix, "suffix": suffix, "start": start,
                         "end": end},
            "type": claim_type,
            "statement": f"Generated claim number {index} about {exact}.",
            "value": value,
            "attribution": {"speaker": "Wu Ping", "role": "spokeswoman", "mode": "reported"},
            "verdict": verdict,
            "status": "reviewed",
            "annotator": "bench",
            "created": "2026-11-20T10:00:00Z",
        })
    return result


def write_project(root: Path, count: int, *, yaml_count: int = 0) -> Path:
    """A project with one source, ``count`` JSONL records and optionally a YAML claim file."""
    text = make_text()
    (root / "claims").mkdir(parents=True, exist_ok=True)
    (root / "annotate.yaml").write_text("schema_version: 1\n")
    raw = text.encode()
    write_source(root / "sources", source_meta("bench", raw, title="Benchmark source",
                                               published="2011-09-28"), raw)
    with (root / "claims" / "bench.claims.jsonl").open("wb") as handle:
        for record in records(text, count):
            handle.write(orjson.dumps(record) + b"\n")
    if yaml_count:
        # YAML claim files hold one article's claims each: YAML_PER_FILE records a file.
        yaml_root = root.parent / (root.name + "-yaml")
        write_project(yaml_root, 0)
        (yaml_root / "claims" / "bench.claims.jsonl").unlink()
        every = records(text, yaml_count)
        for number, first in enumerate(range(0, yaml_count, YAML_PER_FILE)):
            (yaml_root / "claims" / f"bench-{number:05d}.claims.yaml").write_text(dump_yaml(
                {"schema_version": 1, "claims": every[first:first + YAML_PER_FILE]}))
    return root
