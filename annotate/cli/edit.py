"""``annotate verdict`` and ``annotate set``: rate a claim, correct a field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from annotate.cli.common import echo_record, now, open_claims_project, user_name


def _change(ctx: click.Context, claim_id: str, edit: Any, fmt: str | None) -> None:
    from annotate.store import find_claim, update_claims  # noqa: PLC0415

    project = open_claims_project(ctx)
    source_id, _ = find_claim(project, claim_id)
    changed: list[dict[str, Any]] = []

    def apply(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # The record is read again under the lock: another writer may have changed it.
        result = []
        for record in records:
            if record.get("id") == claim_id:
                edited = edit(record)
                changed.append(edited)
                result.append(edited)
            else:
                result.append(record)
        return result

    path = update_claims(project, source_id, apply)
    if fmt:
        echo_record(changed[0], fmt)
    click.echo(f"updated {claim_id} in {path.relative_to(project.root)}", err=True)


@click.command()
@click.argument("claim_id", metavar="CLAIM")
@click.option("--label", required=True, help="A label of the project's rating scale.")
@click.option("--justification", help="Why (required the first time).")
@click.option("--evidence", "url", help="URL of an evidence item to add.")
@click.option("--quote", help="The passage of the evidence that bears on the claim.")
@click.option("--title", help="Title of the evidence.")
@click.option("--accessed", type=click.DateTime(["%Y-%m-%d"]),
              help="When the evidence was consulted (default: today).")
@click.option("--archive", help="Archive URL of the evidence.")
@click.option("--reviewer", help="Who rates (default: $ANNOTATE_USER, git user.name).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None,
              help="Show the updated record.")
@click.pass_context
def verdict(ctx: click.Context, *, claim_id: str, label: str, justification: str | None,
            url: str | None, quote: str | None, title: str | None,
            accessed: dt.datetime | None, archive: str | None, reviewer: str | None,
            fmt: str | None) -> None:
    """Rate a claim: label, justification, and an evidence item per call.

    The label must be on the project's rating scale; supported, misleading and
    refuted need evidence. Each --evidence adds one item to the verdict.

    \b
    Example:
      annotate verdict tg1-mars500-six-volunteers --label refuted \\
          --justification "One of the six was Chinese." \\
          --evidence http://en.people.cn/202936/7667866.html \\
          --quote "the only Chinese volunteer in the Mars-500 experiment program"
    """
    from annotate.annotating import AnnotationError, rate  # noqa: PLC0415

    evidence: dict[str, Any] | None = None
    if url:
        evidence = {"url": url}
        if title:
            evidence["title"] = title
        if quote:
            evidence["quote"] = quote
        evidence["accessed"] = (accessed.date() if accessed else now().date()).isoformat()
        if archive:
            evidence["archive_url"] = archive
    elif quote or title or archive or accessed:
        raise AnnotationError("--quote, --title, --accessed and --archive describe an "
                              "evidence item: give its --evidence URL")
    stamp = now()
    _change(ctx, claim_id, lambda r: rate(r, label=label, justification=justification,
                                          evidence=evidence,
                                          reviewer=reviewer or user_name(), now=stamp), fmt)


@click.command("set")
@click.argument("claim_id", metavar="CLAIM")
@click.argument("field")
@click.argument("value", required=False)
@click.option("--unset", is_flag=True, help="Remove FIELD instead of setting it.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None,
              help="Show the updated record.")
@click.pass_context
def set_field(ctx: click.Context, *, claim_id: str, field: str, value: str | None, unset: bool,
              fmt: str | None) -> None:
    """Correct one field of a claim; FIELD is a dotted path, VALUE JSON or text.

    The file is only written if the claim stays valid.

    \b
    Examples:
      annotate set tg1-300-iaf-flags value.amount 300
      annotate set tg1-300-iaf-flags attribution.role "spokeswoman"
      annotate set tg1-300-iaf-flags relations '[{"type": "before", "target": "x"}]'
      annotate set tg1-300-iaf-flags notes --unset
    """
    from annotate.annotating import AnnotationError  # noqa: PLC0415
    from annotate.annotating import set_field as apply  # noqa: PLC0415

    if (value is None) != unset:
        raise AnnotationError("give a VALUE, or --unset to remove the field")
    stamp = now()
    _change(ctx, claim_id, lambda r: apply(r, field, value, stamp), fmt)
