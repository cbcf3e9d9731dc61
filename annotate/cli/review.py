"""``annotate review``: step through candidate and draft claims, one at a time."""

from __future__ import annotations

from typing import Any

import click

from annotate.cli.common import now, open_claims_project

ACTIONS = "[a]ccept  [e]dit FIELD VALUE  [r]eject  [s]kip  [q]uit"


@click.command()
@click.argument("source_id", metavar="[SOURCE]", required=False)
@click.pass_context
def review(ctx: click.Context, source_id: str | None) -> None:
    """Review candidate and draft claims, one at a time.

    For each claim: accept (its status becomes annotated), edit a field
    ("e value.amount 6"), reject (the claim is removed), skip, or quit. Every
    answer is written at once, validated and atomic. Answers are read from
    standard input, so a review can be scripted.

    \b
    Examples:
      annotate review tiangong-1
      printf 'a\\ns\\nq\\n' | annotate review
    """
    from annotate.annotating import set_field  # noqa: PLC0415
    from annotate.claims_index import load_index  # noqa: PLC0415
    from annotate.store import ClaimFileError, update_claims  # noqa: PLC0415

    project = open_claims_project(ctx)
    pending = [c for c in load_index(project.root).claims
               if c.record.get("status") in ("candidate", "draft")
               and (source_id is None or (c.record.get("source") or {}).get("id") == source_id)
               and c.file.endswith((".yaml", ".yml"))]
    if not pending:
        click.echo("nothing to review: no candidate or draft claims")
        return
    done = 0
    for number, claim in enumerate(pending, 1):
        record = claim.record
        click.echo(f"\n[{number}/{len(pending)}] {claim.id} ({record.get('type')}, "
                   f"{record.get('status')}) {claim.file}:{claim.line}")
        click.echo(f"  quote: {record['selector']['exact']!r}")
        click.echo(f"  value: {record.get('value')}")
        click.echo(f"  speaker: {(record.get('attribution') or {}).get('speaker')}")
        while True:
            try:
                answer = click.prompt(ACTIONS, default="s", show_default=False).strip()
            except click.Abort:
                answer = "q"
            verb, _, rest = answer.partition(" ")
            source = str(record["source"]["id"])

            def apply(edit: Any, claim_id: str = claim.id, source: str = source) -> None:
                update_claims(project, source, lambda rs: [
                    r2 for r in rs if (r2 := edit(r) if r.get("id") == claim_id else r)])

            try:
                if verb in ("a", "accept"):
                    apply(lambda r: {**r, "status": "annotated",
                                     "modified": now().isoformat()})
                    click.echo(f"  accepted {claim.id}")
                elif verb in ("r", "reject"):
                    apply(lambda r: None)
                    click.echo(f"  rejected {claim.id}")
                elif verb in ("e", "edit"):
                    field, _, value = rest.strip().partition(" ")
                    if not field or not value:
                        click.echo("  edit needs a FIELD and a VALUE: e value.amount 6")
                        continue
                    stamp = now()
                    apply(lambda r, f=field, v=value, t=stamp: set_field(r, f, v, t))
                    click.echo(f"  set {field} of {claim.id}")
                    continue  # edit, then decide
                elif verb in ("q", "quit"):
                    click.echo(f"\nreviewed {done} of {len(pending)}")
                    return
                elif verb not in ("s", "skip"):
                    click.echo(f"  unknown answer {answer!r}")
                    continue
            except ClaimFileError as err:
                click.echo(f"  not written: {err}; " + "; ".join(
                    f"{f.code} {f.message}" for f in err.findings))
                continue
            done += 1
            break
    click.echo(f"\nreviewed {done} of {len(pending)}")
