"""The `factcheck` command: exit codes, one-line errors, formats, config, ledger, review."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.model import Attribution, Claim, ClaimCheck, Evidence, Report, Stance, Verdict

DRAFT = (
    "---\ntitle: Shipyard story\n---\n"
    "Kim Jong Un toured a shipyard on Saturday, state media reported.\n\n"
    "The destroyer cost FALSE 354,000 won to build.\n"
)


class FakeChecker:
    """Stands in for factcheck.check.Checker: each non-empty line is one claim;
    a line containing FALSE is contradicted, any other is supported."""

    instances: list[FakeChecker] = []

    def __init__(self, sources: Path, k: int = 5) -> None:
        self.sources = sources
        self.k = k
        self.checked: list[str] = []
        FakeChecker.instances.append(self)

    def check(self, text: str, *, title: str | None = None, path: str | None = None) -> Report:
        self.checked.append(str(path))
        checks, pos = [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and not stripped.startswith(("---", "title:")):
                claim = Claim(
                    id=f"c{len(checks) + 1}",
                    text=stripped,
                    start=pos,
                    end=pos + len(stripped),
                    checkworthy=0.9,
                    attribution=Attribution(source="state media", source_kind="state_media")
                    if "state media" in line
                    else Attribution(),
                )
                bad = "FALSE" in line
                evidence = (
                    (
                        Evidence(
                            doc_id="wire-1",
                            passage="It cost 254,000 won.",
                            start=0,
                            end=20,
                            stance=Stance.REFUTES,
                            score=0.9,
                        ),
                    )
                    if bad
                    else ()
                )
                checks.append(
                    ClaimCheck(
                        claim,
                        Verdict.CONTRADICTED if bad else Verdict.SUPPORTED,
                        0.1 if bad else 0.8,
                        evidence=evidence,
                    )
                )
            pos += len(line) + 1
        return Report(claims=checks, text=text, title=title, path=None if path is None else str(path))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom repo: pyproject with [tool.factcheck], sources/, drafts/, the fake checker."""
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nsources = "sources"\nfail_on = ["contradicted"]\n')
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.md").write_text("It cost 254,000 won.\n")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "bad.md").write_text(DRAFT)
    (drafts / "good.md").write_text("Kim Jong Un toured a shipyard on Saturday, state media reported.\n")
    monkeypatch.chdir(tmp_path)
    FakeChecker.instances = []
    monkeypatch.setattr(cli, "_checker", lambda settings, sources, k=5: FakeChecker(sources, k))
    return tmp_path


def _one_line_error(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


# --------------------------------------------------------------------------- exit codes


def test_passing_draft_exits_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/good.md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("drafts/good.md: 1 claim: 1 supported")
    assert FakeChecker.instances[0].sources == project.resolve() / "sources"


def test_failing_draft_exits_1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/bad.md"]) == 1
    out = capsys.readouterr().out
    assert any(line.startswith("FAIL") and "354,000" in line for line in out.splitlines())


def test_any_failing_draft_fails_the_run(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/good.md", "drafts/bad.md", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [r["article"]["path"] for r in data["reports"]] == ["drafts/good.md", "drafts/bad.md"]
    assert [r["policy"]["passed"] for r in data["reports"]] == [True, False]
    assert len(FakeChecker.instances) == 1  # one checker (one model load) for all drafts


@pytest.mark.parametrize(
    "flags,code",
    [
        (["--fail-on", "none"], 0),
        (["--fail-on", "unverified"], 0),
        (["--min-score", "0.5"], 1),
        (["--min-score", "0.05", "--fail-on", "none"], 0),
    ],
)
def test_policy_flags(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], code: int) -> None:
    assert cli.main(["check", "drafts/bad.md", *flags]) == code


def test_checkworthy_threshold_flag(project: Path) -> None:
    assert cli.main(["check", "drafts/bad.md", "--checkworthy-threshold", "0.95"]) == 0


def test_config_fail_on_is_used_and_flag_overrides(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nsources = "sources"\nfail_on = "none"\n')
    assert cli.main(["check", "drafts/bad.md"]) == 0
    assert cli.main(["check", "drafts/bad.md", "--fail-on", "contradicted"]) == 1


def test_explicit_config_file(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("cfg") / "pyproject.toml"
    other.write_text(f'[tool.factcheck]\nsources = "{project / "sources"}"\nfail_on = []\n')
    assert cli.main(["check", "drafts/bad.md", "--config", str(other)]) == 0


# --------------------------------------------------------------------------- errors: exit 2, one line


@pytest.mark.parametrize(
    "argv,needles",
    [
        (["check", "drafts/missing.md"], ["drafts/missing.md", "no such file"]),
        (["check", "drafts"], ["drafts", "is a directory"]),
        (["check", "drafts/binary.md"], ["drafts/binary.md", "binary"]),
        (["check", "drafts/latin1.md"], ["drafts/latin1.md", "not valid UTF-8"]),
        (["check", "drafts/good.md", "--sources", "nowhere"], ["nowhere", "not found"]),
        (["check", "drafts/good.md", "--min-score", "high"], ["--min-score"]),
        (["check", "drafts/good.md", "--fail-on", "wrong"], ["--fail-on", "wrong"]),
        (["check", "drafts/good.md", "--format", "pdf"], ["invalid choice"]),
        (["check"], ["DRAFT"]),
        (["frobnicate"], ["invalid choice"]),
        ([], ["required"]),
        (["check", "drafts/good.md", "--config", "nope.toml"], ["nope.toml", "no such file"]),
        (["claims", "drafts/binary.md"], ["drafts/binary.md", "binary"]),
        (["review", "drafts/missing.md"], ["drafts/missing.md"]),
    ],
)
def test_errors_exit_2_with_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needles: list[str]
) -> None:
    (project / "drafts" / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00IHDR")
    (project / "drafts" / "latin1.md").write_bytes("café".encode("latin-1"))
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    _one_line_error(captured.err, *needles)
    assert captured.out == ""


def test_bad_config_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nfail_on = ["sometimes"]\n')
    assert cli.main(["check", "drafts/good.md"]) == 2
    _one_line_error(capsys.readouterr().err, "pyproject.toml", "sometimes")


def test_no_sources_configured(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nfail_on = ["contradicted"]\n')
    assert cli.main(["check", "drafts/good.md"]) == 2
    _one_line_error(capsys.readouterr().err, "--sources")


def test_malformed_ledger_exits_2_before_checking(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "bad.json").write_text("{oops")
    assert cli.main(["check", "drafts/bad.md"]) == 2
    _one_line_error(capsys.readouterr().err, "claims/bad.json", "not valid JSON")
    assert not FakeChecker.instances


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "check" in capsys.readouterr().out
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("factcheck ")


# --------------------------------------------------------------------------- formats and output


def test_output_file_written_atomically(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/bad.md", "--format", "junit", "--output", "out/report.xml"]) == 1
    assert capsys.readouterr().out == ""
    root = ET.parse(project / "out" / "report.xml").getroot()
    assert root.get("failures") == "1"
    assert [p.name for p in (project / "out").iterdir()] == ["report.xml"]


def test_sarif_output_points_at_the_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/bad.md", "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    (result,) = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = DRAFT.split("\n")[region["startLine"] - 1]
    assert line.startswith("The destroyer cost") and region["startColumn"] == 1


def test_github_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "drafts/bad.md", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=drafts/bad.md,line=6,col=1")


@pytest.mark.parametrize("fmt", ["markdown", "html", "text", "json"])
def test_format_from_config(project: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    (project / "pyproject.toml").write_text(f'[tool.factcheck]\nsources = "sources"\nformat = "{fmt}"\n')
    cli.main(["check", "drafts/bad.md"])
    out = capsys.readouterr().out
    assert {"markdown": "### Fact-check", "html": "<!DOCTYPE html>", "text": "drafts/bad.md:", "json": '"schema"'}[
        fmt
    ] in out


# --------------------------------------------------------------------------- ledger and review


def test_review_then_approval_makes_check_pass(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["review", "drafts/bad.md"]) == 0
    ledger = json.loads((project / "claims" / "bad.json").read_text())
    assert ledger["schema"] == "factcheck.ledger/1" and ledger["story"] == "bad"
    bad = next(c for c in ledger["claims"] if c["verdict"] == "contradicted")
    assert bad["id"] in capsys.readouterr().out
    assert cli.main(["check", "drafts/bad.md"]) == 1

    assert (
        cli.main(["review", "drafts/bad.md", "--no-check", "--approve", bad["id"], "--by", "ed", "--note", "ok"]) == 0
    )
    review = json.loads((project / "claims" / "bad.json").read_text())["claims"][1]["review"]
    assert review["status"] == "approved" and review["by"] == "ed" and review["note"] == "ok" and review["at"]
    assert cli.main(["check", "drafts/bad.md"]) == 0
    assert cli.main(["check", "drafts/bad.md", "--no-ledger"]) == 1

    # the reporter edits the approved sentence: the approval no longer applies
    (project / "drafts" / "bad.md").write_text(DRAFT.replace("354,000", "454,000"))
    assert cli.main(["check", "drafts/bad.md"]) == 1
    # re-running review keeps the old approval on record
    assert cli.main(["review", "drafts/bad.md"]) == 0
    entries = json.loads((project / "claims" / "bad.json").read_text())["claims"]
    assert any(e["review"]["status"] == "approved" and "354,000" in e["text"] for e in entries)


def test_rejected_claim_fails_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["review", "drafts/good.md"])
    key = json.loads((project / "claims" / "good.json").read_text())["claims"][0]["id"]
    assert cli.main(["review", "drafts/good.md", "--reject", key, "--no-check"]) == 0
    assert cli.main(["check", "drafts/good.md"]) == 1


def test_review_unknown_id_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["review", "drafts/good.md", "--approve", "deadbeef0000"]) == 2
    _one_line_error(capsys.readouterr().err, "deadbeef0000")


def test_custom_ledger_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["review", "drafts/good.md", "--ledger", "reviews"]) == 0
    assert (project / "reviews" / "good.json").is_file()
    assert not (project / "claims").exists()


# --------------------------------------------------------------------------- claims / cold start


def test_claims_json(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["claims", "drafts/bad.md", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claims"], "the draft has claims"
    for claim in data["claims"]:
        assert DRAFT[claim["start"] : claim["end"]]
        assert set(claim) >= {"id", "text", "start", "end", "kind", "checkworthy", "attribution"}
        assert "verdict" not in claim


def test_claims_empty_draft(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "drafts" / "empty.md").write_text("  \n")
    assert cli.main(["claims", "drafts/empty.md", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"claims": []}


@pytest.mark.slow
def test_cold_start_imports_no_model(project: Path) -> None:
    code = (
        "import sys; from factcheck.cli import main; rc = main(['claims', 'drafts/bad.md']); "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'faiss', 'bm25s') if m in sys.modules]; "
        "print(rc, heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"


# --------------------------------------------------------------------------- the real pipeline


def _real_checker(embedder: object):
    from factcheck.check import Checker
    from factcheck.corpus import Corpus

    def make(settings, sources, k=5, index_path=None):
        return Checker(Corpus.from_path(sources), embedder=embedder, index_path=index_path or settings.index, k=k)

    return make


def test_index_command_builds_and_reuses(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fake_embedder
) -> None:
    monkeypatch.setattr(cli, "_checker", _real_checker(fake_embedder))
    assert cli.main(["index", "sources", "--index-path", "idx"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("indexed 1 document(s)") and "idx" in out
    files = {p.name: p.stat().st_mtime_ns for p in (project / "idx").iterdir()}
    assert files, "the index was persisted"
    calls = fake_embedder.calls
    assert cli.main(["index", "sources", "--index-path", "idx"]) == 0
    assert fake_embedder.calls == calls  # unchanged corpus: nothing re-embedded
    assert cli.main(["index", "missing-dir"]) == 2
    _one_line_error(capsys.readouterr().err, "missing-dir")


@pytest.mark.model
@pytest.mark.slow
def test_check_end_to_end_with_the_model(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], embedder
) -> None:
    monkeypatch.setattr(cli, "_checker", _real_checker(embedder))
    (project / "sources" / "wire.md").write_text(
        "---\ntitle: Missile launch\noutlet: Wire\npublished: 2025-09-01\n---\n"
        "North Korea fired two short-range ballistic missiles on Friday. "
        "The missiles flew about 250 kilometers before falling into the sea, the military said.\n"
    )
    (project / "drafts" / "launch.md").write_text(
        "# Launch\n\nNorth Korea fired two short-range ballistic missiles on Friday, the military said. "
        "The missiles flew about 350 kilometers before splashing down.\n"
    )
    code = cli.main(["check", "drafts/launch.md", "drafts/good.md", "--format", "json", "--fail-on", "none"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["reports"]) == 2
    text = (project / "drafts" / "launch.md").read_text()
    for claim in data["reports"][0]["claims"]:
        assert text[claim["start"] : claim["end"]]
        assert claim["verdict"] in {"supported", "contradicted", "disputed", "unverified"}
    code = cli.main(["check", "drafts/launch.md", "--format", "sarif", "--fail-on", "contradicted,disputed,unverified"])
    sarif = json.loads(capsys.readouterr().out)
    results = sarif["runs"][0]["results"]
    assert code == (1 if results else 0)
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["snippet"]["text"] in text.split("\n")[region["startLine"] - 1]
