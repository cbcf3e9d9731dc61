"""``annotate extract`` and ``annotate eval extract``."""

from __future__ import annotations

from pathlib import Path

import click

from annotate.cli.common import now, open_claims_project, user_name


@click.command()
@click.argument("source_id", metavar="SOURCE")
@click.option("--write", is_flag=True,
              help="Add the candidates to the source's claim file (status candidate), "
                   "leaving out any that a claim there already covers.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "jsonl", "json"]), default="yaml",
              show_default=True, help="How to print the candidates.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out candidates less worth checking than this.")
@click.pass_context
def extract(ctx: click.Context, *, source_id: str, write: bool, fmt: str,
            min_score: float) -> None:
    """Propose every checkable claim of a source as a candidate record.

    Splits the text into sentences and finds dates, quantities, origins,
    quotes with their speakers, comparisons, causal statements, events and
    plans; each candidate is anchored, typed, normalised and scored for
    check-worthiness with a reason. Opinions are kept as type opinion, marked
    not checkable (score 0.1).

    \b
    Examples:
      annotate extract tiangong-1
      annotate extract tiangong-1 --write
      annotate extract tiangong-1 --format jsonl --min-score 0.6
    """
    import orjson  # noqa: PLC0415

    from annotate.errors import UsageError  # noqa: PLC0415
    from annotate.extract.candidates import find_candidates, to_records  # noqa: PLC0415
    from annotate.io.claim_writer import dump_yaml  # noqa: PLC0415
    from annotate.store import all_ids, claim_file, read_records, update_claims  # noqa: PLC0415

    project = open_claims_project(ctx)
    source = project.source(source_id)
    if source is None:
        raise UsageError(f"source {source_id!r} is not registered (or is broken: see "
                         "`annotate validate`)")
    candidates = [c for c in find_candidates(source) if c.score >= min_score]
    existing = read_records(claim_file(project, source_id))
    fresh = [c for c in candidates if not any(
        r.get("type") == c.type and r["selector"]["start"] < c.end
        and c.start < r["selector"]["end"] for r in existing)]
    records = to_records(source, fresh if write else candidates, taken=all_ids(project),
                         annotator=user_name(), now=now())
    if fmt == "json":
        click.echo(orjson.dumps(records, option=orjson.OPT_INDENT_2).decode())
    elif fmt == "jsonl":
        click.echo(b"".join(orjson.dumps(r) + b"\n" for r in records).decode(), nl=False)
    else:
        click.echo(dump_yaml(records) if records else "[]\n", nl=False)
    if write:
        if records:
            update_claims(project, source_id, lambda current: [*current, *records])
        click.echo(f"wrote {len(records)} candidate(s); {len(candidates) - len(fresh)} already "
                   "covered by claims", err=True)


@click.group("eval")
def evaluate() -> None:
    """Measure annotate against gold data.

    \b
    Example:
      annotate eval extract examples/tiangong-1/claims/tiangong-1.claims.yaml
    """


@evaluate.command("extract")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def eval_extract(gold: Path, fmt: str) -> None:
    """Precision, recall and F1 of extraction against a gold claim file.

    Runs extraction on the gold file's source and compares, per claim type, the
    candidate spans with the gold spans (exact, and overlapping one-to-one), and
    the normalised values of the overlapping matches.

    \b
    Example:
      annotate eval extract examples/tiangong-1/claims/tiangong-1.claims.yaml
    """
    import orjson  # noqa: PLC0415

    from annotate.claims_index import read_claims  # noqa: PLC0415
    from annotate.errors import InputError, UsageError  # noqa: PLC0415
    from annotate.extract.evaluation import evaluate as score  # noqa: PLC0415
    from annotate.project import open_project  # noqa: PLC0415

    if not gold.is_file():
        raise InputError(f"{gold}: no such file")
    records = [ref.record for ref in read_claims(gold)]
    sources = {str((r.get("source") or {}).get("id")) for r in records}
    if len(sources) != 1:
        raise UsageError(f"{gold}: a gold file holds the claims of one source "
                         f"(found {len(sources)})")
    project = open_project(gold.resolve().parent)
    source = project.source(sources.pop())
    if source is None:
        raise UsageError(f"{gold}: its source cannot be loaded; run annotate validate")
    rows = [row.as_json() for row in score(source, records)]
    if fmt == "json":
        click.echo(orjson.dumps({"gold": str(gold), "types": rows},
                                option=orjson.OPT_INDENT_2).decode())
        return
    click.echo(f"{'type':<11}{'gold':>5}{'found':>6}  {'exact P/R/F1':<19}{'overlap P/R/F1':<19}"
               "values")
    for row in rows:
        def prf(part: dict[str, float | None]) -> str:
            return "/".join("-" if part[k] is None else f"{part[k]:.2f}"
                            for k in ("precision", "recall", "f1"))
        value = "-" if row["value_accuracy"] is None else (
            f"{row['value_accuracy']:.2f} ({row['values_right']}/{row['values_compared']})")
        click.echo(f"{row['type']:<11}{row['gold']:>5}{row['predicted']:>6}  "
                   f"{prf(row['exact']):<19}{prf(row['overlap']):<19}{value}")
