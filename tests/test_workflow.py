"""The annotator's workflow at the command line, as an annotator runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotate.io.yaml_document import load_yaml
from tests.conftest import EXAMPLE, Ran

RunCli = Callable[..., Ran]
ARTICLE = EXAMPLE / "sources" / "tiangong-1.txt"


@pytest.fixture
def project(tmp_path: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new claims project with the Tiangong-1 article registered."""
    monkeypatch.setenv("ANNOTATE_USER", "tester")
    root = tmp_path / "claims-repo"
    assert run_cli(["init", str(root)]).exit_code == 0
    ran = run_cli(["source", "add", str(ARTICLE), "--id", "tiangong-1", "--published",
                   "2011-09-28", "--publisher", "Xinhua"], cwd=root)
    assert ran.exit_code == 0
    return root


def _claims(root: Path) -> list[dict[str, object]]:
    path = root / "claims" / "tiangong-1.claims.yaml"
    if not path.exists():
        return []
    claims: list[dict[str, object]] = load_yaml(path.read_bytes()).data["claims"]
    return claims


def test_init_lays_out_a_repository(tmp_path: Path, run_cli: RunCli) -> None:
    """init writes configuration, folders, git attributes, pre-commit and CI; never twice."""
    root = tmp_path / "repo"
    assert run_cli(["init", str(root)]).exit_code == 0
    for name in ("annotate.yaml", ".gitattributes", ".gitignore", ".pre-commit-config.yaml",
                 ".github/workflows/annotate.yml", "features/claims.feature"):
        assert (root / name).is_file(), name
    assert "sources/*.txt -text" in (root / ".gitattributes").read_text()
    assert "*.claims.yaml text eol=lf" in (root / ".gitattributes").read_text()
    config = load_yaml((root / "annotate.yaml").read_bytes()).data
    assert [s["label"] for s in config["rating_scale"]] == [
        "supported", "misleading", "refuted", "unverifiable"]
    assert run_cli(["check", "."], cwd=root).exit_code == 0
    again = run_cli(["init", str(root)])
    assert again.exit_code == 2
    assert "exists already" in again.stderr


def test_source_add_is_byte_exact_and_refuses_duplicates(project: Path, run_cli: RunCli,
                                                         tmp_path: Path) -> None:
    """The text is stored byte for byte; a taken id or a known text is refused (exit 2)."""
    assert (project / "sources" / "tiangong-1.txt").read_bytes() == ARTICLE.read_bytes()
    same_id = run_cli(["source", "add", str(ARTICLE), "--id", "tiangong-1", "--published",
                       "2011-09-28"], cwd=project)
    assert same_id.exit_code == 2
    assert "already registered" in same_id.stderr
    same_text = run_cli(["source", "add", str(ARTICLE), "--id", "copy", "--published",
                         "2011-09-28"], cwd=project)
    assert same_text.exit_code == 2
    assert "already registered as source 'tiangong-1'" in same_text.stderr
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    bad = run_cli(["source", "add", str(latin1), "--id", "cafe", "--published", "2011-09-28"],
                  cwd=project)
    assert bad.exit_code == 2
    assert "invalid UTF-8" in bad.stderr
    assert not (project / "sources" / "cafe.txt").exists()


def test_add_proposes_type_value_and_speaker(project: Path, run_cli: RunCli) -> None:
    """Quoting the words is enough: offsets, type, value, speaker and id are filled in."""
    ran = run_cli(["add", "tiangong-1", "Six Chinese volunteers", "--format", "json"],
                  cwd=project)
    assert ran.exit_code == 0
    record = json.loads(ran.stdout)
    assert record["id"] == "tiangong-1-six-chinese-volunteers"
    assert record["selector"]["start"] == 1445
    assert record["type"] == "quantity"
    assert record["value"] == {"kind": "quantity", "amount": 6, "unit": "volunteers"}
    assert record["attribution"] == {"speaker": "Wu Ping", "role":
                                     "spokeswoman for China's manned space program",
                                     "mode": "reported"}
    assert record["annotator"] == "tester"
    assert _claims(project)[0]["id"] == record["id"]
    late = json.loads(run_cli(["add", "tiangong-1", "late Thursday", "--format", "json"],
                              cwd=project).stdout)
    assert (late["type"], late["value"]["timex3"], late["value"]["mod"]) == (
        "date", "2011-09-29", "END")


def test_add_ambiguous_quote_lists_occurrences(project: Path, run_cli: RunCli) -> None:
    """Without a terminal, a quote found 7 times exits 2 with each place; --occurrence picks."""
    ran = run_cli(["add", "tiangong-1", "Wu said"], cwd=project)
    assert ran.exit_code == 2
    assert "occurs 7 times" in ran.stderr
    assert "3. line 8, column 153:" in ran.stderr
    assert _claims(project) == []
    picked = run_cli(["add", "tiangong-1", "Wu said", "--occurrence", "3", "--type", "event",
                      "--format", "json"], cwd=project)
    assert picked.exit_code == 0
    assert json.loads(picked.stdout)["selector"]["start"] == 1436


def test_add_absent_quote_shows_closest_passages(project: Path, run_cli: RunCli) -> None:
    """A misspelt quote exits 2 and shows where the text says something close."""
    ran = run_cli(["add", "tiangong-1", "Six Chinese volunters"], cwd=project)
    assert ran.exit_code == 2
    assert "9:1 (95%)" in ran.stderr
    assert "[Six Chinese volunteer]" in ran.stderr


def test_add_refuses_an_invalid_record_and_keeps_the_file(project: Path,
                                                          run_cli: RunCli) -> None:
    """A value the words do not say is not written: exit 1 with the finding, file unchanged."""
    assert run_cli(["add", "tiangong-1", "300 IAF flags"], cwd=project).exit_code == 0
    before = (project / "claims" / "tiangong-1.claims.yaml").read_bytes()
    ran = run_cli(["add", "tiangong-1", "Six Chinese volunteers", "--value", "7 volunteers"],
                  cwd=project)
    assert ran.exit_code == 1
    assert "V001" in ran.stderr
    assert (project / "claims" / "tiangong-1.claims.yaml").read_bytes() == before
    dry = run_cli(["add", "tiangong-1", "Six Chinese volunteers", "--dry-run"], cwd=project)
    assert dry.exit_code == 0
    assert (project / "claims" / "tiangong-1.claims.yaml").read_bytes() == before


def test_verdict_and_set(project: Path, run_cli: RunCli) -> None:
    """verdict needs evidence for refuted; set corrects a field; both validate first."""
    run_cli(["add", "tiangong-1", "Six Chinese volunteers", "--id", "mars"], cwd=project)
    bare = run_cli(["verdict", "mars", "--label", "refuted", "--justification", "One was."],
                   cwd=project)
    assert bare.exit_code == 1
    assert "E001" in bare.stderr
    ok = run_cli(["verdict", "mars", "--label", "refuted", "--justification", "One was.",
                  "--evidence", "http://en.people.cn/202936/7667866.html", "--quote",
                  "the only Chinese volunteer", "--accessed", "2026-11-20"], cwd=project)
    assert ok.exit_code == 0
    off_scale = run_cli(["verdict", "mars", "--label", "pants-on-fire"], cwd=project)
    assert off_scale.exit_code == 1
    assert "E004" in off_scale.stderr
    assert run_cli(["set", "mars", "notes", "One of six was Chinese."], cwd=project).exit_code == 0
    assert run_cli(["set", "mars", "value.approximate", "false"], cwd=project).exit_code == 0
    refused = run_cli(["set", "mars", "selector.start", "3"], cwd=project)
    assert refused.exit_code == 2
    (record,) = _claims(project)
    verdict = record["verdict"]
    assert isinstance(verdict, dict)
    assert verdict["evidence"] == [{"url": "http://en.people.cn/202936/7667866.html",
                                    "quote": "the only Chinese volunteer",
                                    "accessed": "2026-11-20"}]
    assert record["notes"] == "One of six was Chinese."
    value = record["value"]
    assert isinstance(value, dict)
    assert value["approximate"] is False
    assert run_cli(["set", "mars", "notes", "--unset"], cwd=project).exit_code == 0
    assert "notes" not in _claims(project)[0]
    missing = run_cli(["set", "nope", "notes", "x"], cwd=project)
    assert missing.exit_code == 1
    assert "no claim with id 'nope'" in missing.stderr


def test_list_and_show(project: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    """list filters and prints a table or JSON; show marks the span in its sentence."""
    run_cli(["add", "tiangong-1", "Six Chinese volunteers", "--id", "mars"], cwd=project)
    run_cli(["add", "tiangong-1", "late Thursday", "--id", "launch"], cwd=project)
    table = run_cli(["list"], cwd=project)
    assert table.stdout.splitlines()[0].split() == ["id", "type", "status", "verdict", "quote"]
    assert len(table.stdout.splitlines()) == 3
    rows = json.loads(run_cli(["list", "--type", "date", "--format", "json"],
                              cwd=project).stdout)
    assert [r["id"] for r in rows] == ["launch"]
    assert json.loads(run_cli(["list", "--verdict", "refuted", "--format", "json"],
                              cwd=project).stdout) == []
    monkeypatch.setenv("NO_COLOR", "1")
    shown = run_cli(["show", "mars"], cwd=project)
    assert shown.stdout.startswith("[[Six Chinese volunteers]] have participated in Russia's")
    assert "\x1b[" not in shown.stdout
    assert json.loads(run_cli(["show", "mars", "--format", "json"], cwd=project).stdout)[
        "id"] == "mars"


def test_review_reads_piped_answers(project: Path, run_cli: RunCli) -> None:
    """review steps through drafts: accept, edit then accept, reject; answers from stdin."""
    for quote, claim_id in [("Six Chinese volunteers", "mars"), ("300 IAF flags", "flags"),
                            ("late Thursday", "launch")]:
        run_cli(["add", "tiangong-1", quote, "--id", claim_id], cwd=project)
    ran = run_cli(["review", "tiangong-1"], cwd=project,
                  input="a\ne notes checked twice\na\nr\n")
    assert ran.exit_code == 0
    assert "reviewed 3 of 3" in ran.stdout
    # In text order: launch accepted, flags edited then accepted, mars rejected.
    claims = {c["id"]: c for c in _claims(project)}
    assert set(claims) == {"launch", "flags"}
    assert claims["launch"]["status"] == claims["flags"]["status"] == "annotated"
    assert claims["flags"]["notes"] == "checked twice"
    nothing = run_cli(["review"], cwd=project, input="q\n")
    assert "nothing to review" in nothing.stdout


def test_commands_outside_a_project_are_usage_errors(run_cli: RunCli, tmp_path: Path) -> None:
    """Commands that need a claims project say so: exit 2, no traceback."""
    for args in (["add", "x", "y"], ["list"], ["show", "x"], ["review"]):
        ran = run_cli(args, cwd=tmp_path)
        assert ran.exit_code == 2, args
        assert "annotate init" in ran.stderr


def test_project_option_runs_elsewhere(project: Path, run_cli: RunCli, tmp_path: Path) -> None:
    """-C DIR works like starting in DIR."""
    ran = run_cli(["-C", str(project), "add", "tiangong-1", "300 IAF flags"], cwd=tmp_path)
    assert ran.exit_code == 0
    assert len(_claims(project)) == 1


def test_add_asks_on_a_terminal(project: Path) -> None:
    """On a real (pseudo-)terminal, an ambiguous quote lists the places and asks which one."""
    import os  # noqa: PLC0415
    import pty  # noqa: PLC0415
    import shutil  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    script = shutil.which("annotate", path=str(Path(sys.executable).parent))
    assert script is not None
    main, child = pty.openpty()
    with subprocess.Popen([script, "add", "tiangong-1", "Wu said", "--type", "event",
                           "--format", "json"], cwd=project, stdin=child,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        os.close(child)
        os.write(main, b"3\n")
        out, err = process.communicate(timeout=60)
    os.close(main)
    assert process.returncode == 0, err.decode()
    assert b"occurs 7 times" in out
    assert b"Which one" in out
    (record,) = _claims(project)
    assert record["selector"] == {"exact": "Wu said", "prefix": " China and Russia "
                                  "respectively, ", "suffix": ".\nSix Chinese volunteers have pa",
                                  "start": 1436, "end": 1443}


def test_source_list(project: Path, run_cli: RunCli) -> None:
    """source list names each registered source with its date and title."""
    rows = json.loads(run_cli(["source", "list", "--format", "json"], cwd=project).stdout)
    assert rows == [{"id": "tiangong-1", "published": "2011-09-28",
                     "title": "China will bolster its exchanges and cooperation with other "
                              "countries to contribute to the explorati", "valid": True}]
    assert run_cli(["source", "list"], cwd=project).stdout.startswith("tiangong-1  2011-09-28")
