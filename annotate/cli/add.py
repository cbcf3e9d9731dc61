"""``annotate add``: quote the words, and the tool anchors, types and normalises the claim."""

from __future__ import annotations

import sys

import click

from annotate.cli.common import echo_record, now, open_claims_project, user_name

CLAIM_TYPES = ["date", "quantity", "origin", "quote", "event", "plan", "comparison", "causal",
               "opinion"]


@click.command()
@click.argument("source_id", metavar="SOURCE")
@click.argument("quote")
@click.option("--occurrence", type=click.IntRange(min=1),
              help="Which occurrence of QUOTE, when it occurs more than once (1 is the first).")
@click.option("--type", "claim_type", type=click.Choice(CLAIM_TYPES),
              help="Claim type (default: proposed from the words).")
@click.option("--value", help="Normalised value: '2011-09-29 END', '6 volunteers', 'CN,RU' "
              "(default: proposed).")
@click.option("--speaker", help="Who says it (default: the nearest attribution in the text).")
@click.option("--role", help="The speaker's role.")
@click.option("--mode", type=click.Choice(["direct", "reported"]),
              help="Quoted in marks (direct) or reported (default: from the text).")
@click.option("--id", "claim_id", help="Claim id (default: made from the source and the words).")
@click.option("--statement", help="The claim as one sentence (default: the sentence around it).")
@click.option("--summary", help="A short form, under 75 characters, for ClaimReview.")
@click.option("--status", type=click.Choice(["candidate", "draft", "annotated", "reviewed"]),
              default="draft", show_default=True)
@click.option("--annotator", help="Who annotates (default: $ANNOTATE_USER, git user.name).")
@click.option("--dry-run", is_flag=True, help="Show the record without writing it.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml",
              show_default=True, help="How to show the record.")
@click.pass_context
def add(ctx: click.Context, *, source_id: str, quote: str, occurrence: int | None,
        claim_type: str | None, value: str | None, speaker: str | None, role: str | None,
        mode: str | None, claim_id: str | None, statement: str | None, summary: str | None,
        status: str, annotator: str | None, dry_run: bool, fmt: str) -> None:
    """Add a claim by quoting its words from a registered source.

    Finds QUOTE in the source and fills the selector (offsets, prefix, suffix),
    then proposes the type, the normalised value (dates against the publication
    date, number words, countries) and the speaker, shows the record and writes
    it to claims/SOURCE.claims.yaml. A quote that occurs more than once needs
    --occurrence (on a terminal you are asked); one that does not occur is an
    error that shows the closest passages.

    \b
    Examples:
      annotate add tiangong-1 "Six Chinese volunteers"
      annotate add tiangong-1 "late Thursday" --type date --value "2011-09-29 END"
      annotate add tiangong-1 "Wu said" --occurrence 2 --type event
    """
    from annotate.annotating import NewClaim, build_claim, closest_passages, find_quote  # noqa: PLC0415
    from annotate.errors import UsageError  # noqa: PLC0415
    from annotate.store import all_ids, update_claims  # noqa: PLC0415

    project = open_claims_project(ctx)
    source = project.source(source_id)
    if source is None:
        raise UsageError(f"source {source_id!r} is not registered (or is broken: see "
                         f"`annotate validate`); register it with `annotate source add`")
    found = find_quote(source.text, quote)
    if not found:
        near = closest_passages(source.text, quote)
        lines = [f"  {p.line}:{p.column} ({p.similarity:.0%}) …{_flat(p.before)}[{_flat(p.quote)}]"
                 f"{_flat(p.after)}…" for p in near]
        raise UsageError(f"{quote!r} does not occur in source {source_id!r}"
                         + ("; the closest passages:\n" + "\n".join(lines) if lines else ""))
    if occurrence is None and len(found) > 1:
        listing = "\n".join(f"  {n}. line {p.line}, column {p.column}: …{_flat(p.before)}"
                            f"[{p.quote}]{_flat(p.after)}…" for n, p in enumerate(found, 1))
        if not sys.stdin.isatty():
            raise UsageError(f"{quote!r} occurs {len(found)} times in {source_id!r}; choose "
                             f"one with --occurrence N:\n{listing}")
        click.echo(f"{quote!r} occurs {len(found)} times:\n{listing}")
        occurrence = click.prompt("Which one", type=click.IntRange(1, len(found)))
    if occurrence is not None and occurrence > len(found):
        raise UsageError(f"--occurrence {occurrence}: {quote!r} occurs {len(found)} time(s)")
    chosen = found[(occurrence or 1) - 1]
    taken = all_ids(project)
    request = NewClaim(claim_id, claim_type, value, speaker, role, mode, statement, summary,
                       status, annotator or user_name())
    record, proposal = build_claim(source, chosen.start, chosen.end, request, taken=taken,
                                   now=now())
    if dry_run:
        echo_record(record, fmt)
        return
    path = update_claims(project, source_id, lambda records: [*records, record])
    echo_record(record, fmt)
    click.echo(f"added {record['id']} to {path.relative_to(project.root)} "
               f"({proposal.reason})", err=True)


def _flat(text: str) -> str:
    """Context on one line: line breaks shown as ↵."""
    return text.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")
