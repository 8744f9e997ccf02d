"""Hostile text: every output format escapes article and source text; no eval/pickle; no corpus escapes."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factcheck import cli, render
from factcheck.corpus import Corpus, load_documents
from factcheck.model import (
    Attribution,
    Claim,
    ClaimCheck,
    Evidence,
    Mismatch,
    Report,
    SourceKind,
    Stance,
    Verdict,
)
from factcheck.policy import Policy, evaluate, parse_fail_on
from factcheck.testing import FakeEmbedder, make_checker

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"

#: Payloads aimed at each output medium.
PAYLOADS = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "[x](http://evil.example/a)",
    "![](http://evil.example/pixel.png)",
    "<a href='javascript:alert(4)'>y</a>",
    "a | b || c",
    "`code` ```fence```",
    "%0A::error file=x::pwned",
    "line\n::warning ::injected\r\n::set-output name=x::y",
    "]]></failure><evil/>",
    "\x1b[2J\x00\x07\x0b\ufffe\ud800",
    "\u202egnp.exe",
    "&amp; &lt;b&gt; {{ 7*7 }} ${7*7}",
)
HOSTILE = " ".join(PAYLOADS)
#: What a file can hold (a lone surrogate cannot be encoded; JSON escapes can still produce one).
HOSTILE_FILE = HOSTILE.replace("\ud800", "")
#: What a draft can hold (a NUL byte marks a binary file).
HOSTILE_DRAFT = HOSTILE_FILE.replace("\x00", "")


def hostile_report() -> Report:
    """A report whose every text field carries the payloads (as a corpus or a draft could)."""
    text = (
        f"The mayor said 40 people were evacuated on Monday {HOSTILE}.\n\n"
        f"Officials reported that the dam cost 12 million dollars {PAYLOADS[1]} {PAYLOADS[3]}.\n"
    )
    checks = []
    for i, verdict in enumerate(Verdict):
        claim = Claim(
            id=f"c{i + 1}<b>",
            text=f"Claim {i} {HOSTILE}",
            start=0,
            end=min(60 + i, len(text)),
            sentence=HOSTILE,
            checkworthy=0.9,
            attribution=Attribution(
                source=f"The mayor {PAYLOADS[i % len(PAYLOADS)]}",
                source_kind=SourceKind.OFFICIAL,
                canonical=PAYLOADS[(i + 1) % len(PAYLOADS)],
                cue="said",
                chain=(f"mayor {PAYLOADS[2]}", f"agency {PAYLOADS[4]}"),
            ),
        )
        ev = Evidence(
            doc_id=f"doc-{PAYLOADS[0]}",
            title=f"Title {PAYLOADS[1]} | {PAYLOADS[6]}",
            outlet=f"Outlet {PAYLOADS[8]}",
            published="2025-01-02",
            url=(
                "javascript:alert(9)",
                "http://ok.example/story",
                'http://x.example/"onmouseover="alert(1)',
                None,
            )[i],
            passage=f"Passage {HOSTILE}",
            start=0,
            end=10,
            stance=Stance.REFUTES if i % 2 else Stance.SUPPORTS,
            score=0.7,
            mismatches=(
                Mismatch(
                    kind="number", claim=f"40 {PAYLOADS[0]}", source=f"50 {PAYLOADS[9]}"
                ),
            ),
        )
        checks.append(ClaimCheck(claim, verdict, 0.3, evidence=(ev,), note=HOSTILE))
    return Report(
        claims=checks,
        text=text,
        title=f"Story {HOSTILE}",
        path=f"drafts/x{PAYLOADS[8]}.md",
    )


def failing_evaluation(report: Report) -> Any:
    return evaluate(
        report,
        Policy(fail_on=parse_fail_on("supported,contradicted,disputed,unverified")),
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


SAFE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "section", "div", "span", "p", "h1", "h2", "h3", "h4",
    "ul", "ol", "li", "a", "mark", "strong", "em", "b", "i", "small", "code", "details", "summary", "table",
    "thead", "tbody", "tr", "th", "td", "blockquote", "br", "hr", "header", "footer", "article", "sup", "abbr",
    "dl", "dt", "dd", "q", "cite", "time", "pre", "del", "ins", "s", "kbd", "nav", "main", "aside", "label",
}  # fmt: skip


def assert_safe_html(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attributes in parser.tags:
        assert tag in SAFE_TAGS, (tag, attributes)
        for name, value in attributes.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action", "formaction"):
                assert re.match(r"^(https?://|#)", value), (tag, name, value)
                assert '"' not in value and "javascript:" not in value.lower()
    assert "evil.example" not in " ".join(
        a.get("href", "") + a.get("src", "") for _, a in parser.tags
    )
    assert "<script" not in html.lower().replace("&lt;script", "")


def _model_free_checker(settings: Any, sources: Path, k: int = 5, index_path: Any = None, **_: Any) -> Any:
    return make_checker(sources, k=k, index_path=index_path)


def _cli_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    src = tmp_path / "sources"
    src.mkdir()
    (src / "wire.md").write_text(
        "---\n"
        f"title: Wire {PAYLOADS[1]} {PAYLOADS[6]}\n"
        "outlet: Evil <b>Press</b> | %0A::error::x\n"
        "url: javascript:alert(1)\n"
        "---\n"
        f"The mayor said 40 people were evacuated on Monday. {PAYLOADS[0]} {PAYLOADS[2]} {PAYLOADS[4]} {PAYLOADS[11][:-1].replace(chr(0), '')}\n\n"
        "Officials reported that the dam cost 14 million dollars, the mayor said.\n",
        encoding="utf-8",
    )
    (src / "feed.jsonl").write_text(
        json.dumps({"id": "<svg onload=alert(1)>", "text": f"The dam cost 12 million dollars. {HOSTILE}",
                    "title": PAYLOADS[3], "url": "http://evil.example/\"><script>"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    draft = tmp_path / "draft.md"
    draft.write_text(
        hostile_report().text.replace(HOSTILE, HOSTILE_DRAFT), encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "_checker", _model_free_checker)
    return draft


FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")


@pytest.fixture(scope="module", params=["library", "cli"])
def outputs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """Every format's output for hostile input, rendered directly or through `factcheck check`."""
    if request.param == "library":
        ev = failing_evaluation(hostile_report())
        return {fmt: render.render([ev], fmt) for fmt in FORMATS}
    import contextlib
    import io

    out = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        draft = _cli_project(tmp_path_factory.mktemp("cli"), monkeypatch)
        for fmt in FORMATS:
            stdout, stderr = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = cli.main(["check", str(draft), "--sources", "sources", "--format", fmt, "--no-ledger",
                                 "--fail-on", "supported,contradicted,disputed,unverified"])  # fmt: skip
            assert code == 1 and stderr.getvalue() == "", stderr.getvalue()
            out[fmt] = stdout.getvalue()
    return out


def test_no_control_characters_in_any_output(outputs: dict[str, str]) -> None:
    for fmt, text in outputs.items():
        bad = re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", text)
        assert not bad, (fmt, bad[:5])


def test_html_escapes_everything(outputs: dict[str, str]) -> None:
    html = outputs["html"]
    assert_safe_html(html)
    assert "&lt;script&gt;" in html or "&lt;script>" in html


def test_claim_html_fragments_are_safe() -> None:
    report = hostile_report()
    assert_safe_html(report._repr_html_())
    for check in report.claims:
        assert_safe_html(check._repr_html_())


def test_markdown_cannot_inject_links_images_html_or_columns(
    outputs: dict[str, str],
) -> None:
    import markdown

    md = outputs["markdown"]
    html = markdown.markdown(md, extensions=["tables"])
    allowed = SAFE_TAGS  # <details>/<summary> are the renderer's own
    parser = _Tags()
    parser.feed(html)
    for tag, attributes in parser.tags:
        assert tag in allowed, (tag, attributes)
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        href = attributes.get("href", "")
        assert not href or (href.startswith("http") and "evil.example" not in href), (
            href
        )
    assert "<img" not in html and "<script" not in html and "<svg" not in html
    for line in md.splitlines():  # table rows keep exactly their six columns
        if line.startswith("| ") and not line.startswith("| |"):
            cells = re.split(r"(?<!\\)\|", line)
            assert len(cells) == 8, line
    assert "```" not in md


def test_junit_is_valid_xml_without_controls(outputs: dict[str, str]) -> None:
    root = ET.fromstring(outputs["junit"].encode("utf-8"))
    assert root.tag == "testsuites"
    cases = root.findall(".//testcase")
    assert cases and all(case.find("failure") is not None for case in cases)
    assert not root.findall(".//evil")
    for el in root.iter():
        for value in [el.text or "", *el.attrib.values()]:
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", value)


def test_sarif_and_json_are_valid_json(outputs: dict[str, str]) -> None:
    sarif = json.loads(outputs["sarif"])
    results = sarif["runs"][0]["results"]
    assert results and all(isinstance(r["message"]["text"], str) for r in results)
    data = json.loads(outputs["json"])
    claims = data["claims"] if "claims" in data else data["reports"][0]["claims"]
    assert claims


def test_github_annotations_cannot_be_injected(outputs: dict[str, str]) -> None:
    text = outputs["github"]
    lines = text.splitlines()
    assert lines and all(
        re.match(r"^::(error|warning|notice)( [^:]*)?::", line) for line in lines
    ), lines
    for line in lines:
        head, _, message = line.partition("::")[2].partition("::")
        assert "\n" not in message and "\r" not in message
        assert "::" not in head.split(" ", 1)[-1].replace("%3A%3A", "")
        assert re.search(r"%(?!25|0A|0D|3A|2C)", message) is None, (
            message
        )  # every % of the data is encoded
    n_annotations = sum(line.startswith(("::error", "::warning")) for line in lines)
    n_notice = sum(line.startswith("::notice") for line in lines)
    assert n_notice == 1 and n_annotations >= 1
    assert not re.search(
        r"^::set-output", text, re.MULTILINE
    )  # commands count only at the start of a line


def test_text_output_has_no_terminal_escapes(outputs: dict[str, str]) -> None:
    assert "\x1b" not in outputs["text"]
    assert "\x1b" not in outputs["markdown"]


def test_claims_command_is_safe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    draft = _cli_project(tmp_path, monkeypatch)
    assert cli.main(["claims", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x00" not in out
    assert all(
        line.startswith(("c", str(draft))) for line in out.splitlines()
    )  # no forged lines
    assert cli.main(["claims", str(draft), "--format", "json"]) == 0
    json.loads(capsys.readouterr().out)


# --------------------------------------------------------------------------- no code execution from input


def test_package_never_evaluates_or_unpickles_input() -> None:
    banned = {
        "pickle": re.compile(
            r"^\s*(import|from)\s+(c?pickle|dill|marshal|shelve|joblib)\b|\b(c?pickle|dill|marshal|shelve|joblib)\.load"
        ),
        "eval(": re.compile(r"(?<![\w.])eval\("),
        "exec(": re.compile(r"(?<![\w.])exec\("),
        "allow_pickle=True": re.compile(r"allow_pickle\s*=\s*True"),
        "yaml.load(": re.compile(
            r"yaml\.(load|load_all|unsafe_load)\((?![^)]*SafeLoader)"
        ),
        "torch.load(": re.compile(r"torch\.load\((?![^)]*weights_only\s*=\s*True)"),
        "subprocess shell": re.compile(r"shell\s*=\s*True"),
    }
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for name, pattern in banned.items():
                if (
                    pattern.search(code)
                    and "allow_pickle=False" not in code
                    and '"""' not in code
                ):
                    found.append(f"{path.name}:{number}: {name}: {line.strip()}")
    assert not found, "\n".join(found)


def test_persisted_arrays_load_without_pickle(tmp_path: Path) -> None:
    import numpy as np

    from factcheck.index import Index

    corpus = Corpus.from_documents([d for d in load_documents(_write_docs(tmp_path))])
    Index(FakeEmbedder(64), path=tmp_path / "ix").build(corpus)
    for npy in (tmp_path / "ix").glob("*.npy"):
        np.load(npy, allow_pickle=False)


def _write_docs(tmp_path: Path) -> Path:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.md").write_text(
        f"The dam cost 12 million dollars. {HOSTILE_DRAFT}\n", encoding="utf-8"
    )
    (src / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": f"The port closed. {HOSTILE}"}) + "\n"
    )
    return src


# --------------------------------------------------------------------------- corpus root


def test_symlinks_cannot_escape_the_corpus_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.md").write_text("The admin password is hunter2.\n")
    (secret / "more.jsonl").write_text('{"id": "s", "text": "Secret plans."}\n')
    src = tmp_path / "sources"
    src.mkdir()
    (src / "wire.md").write_text("The mayor said 40 people were evacuated.\n")
    (src / "leak.md").symlink_to(secret / "passwords.md")
    (src / "dir").symlink_to(secret, target_is_directory=True)
    (src / "rel.md").symlink_to(Path("..") / "secret" / "passwords.md")
    (src / "inner").mkdir()
    (src / "inner" / "ok.md").symlink_to(
        src / "wire.md"
    )  # inside the root: fine, and not loaded twice

    with pytest.warns(RuntimeWarning) as caught:
        docs = load_documents(src)
    assert [d.id for d in docs] == ["inner/ok.md"] or [d.id for d in docs] == [
        "wire.md"
    ]
    assert not any("hunter2" in d.text or "Secret" in d.text for d in docs)
    messages = [str(w.message) for w in caught]
    for name in ("leak.md", "dir", "rel.md"):
        assert any(name in m and "outside the corpus" in m for m in messages), messages

    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        "factcheck.embed.SentenceTransformerEmbedder", lambda *a, **k: FakeEmbedder(64)
    )
    monkeypatch.setattr(cli, "_checker", _model_free_checker)
    assert cli.main(["index", "sources", "--index-path", str(tmp_path / "ix")]) == 0
    out, err = capsys.readouterr()
    assert "indexed 1 document(s)" in out
    warnings_ = err.splitlines()
    assert len(warnings_) == 3 and all(
        w.startswith("factcheck: warning: ") for w in warnings_
    ), err
    assert "Traceback" not in err


def test_corpus_file_argument_that_is_a_link_is_followed(tmp_path: Path) -> None:
    """Naming a file (or link) explicitly is the user's choice; only links found while walking are confined."""
    real = tmp_path / "real.md"
    real.write_text("The dam cost 12 million dollars.\n")
    (tmp_path / "link.md").symlink_to(real)
    assert [d.text for d in load_documents(tmp_path / "link.md")] == [
        "The dam cost 12 million dollars."
    ]


def test_ledger_survives_lone_surrogates_from_library_callers(tmp_path: Path) -> None:
    from factcheck.ledger import claim_key, load_ledger, update_ledger

    text = "The bridge \ud800 opened in 1999."
    claim = Claim(id="c1", text=text, start=0, end=len(text), checkworthy=0.9)
    report = Report(
        claims=[ClaimCheck(claim, Verdict.SUPPORTED, 0.8)], text=text, path="story.md"
    )
    ledger = update_ledger(tmp_path, report)
    again = update_ledger(
        tmp_path, report
    )  # the same claim is recognised, not added twice
    assert (
        [e.id for e in again.entries]
        == [e.id for e in ledger.entries]
        == [claim_key(text)]
    )
    assert (
        load_ledger(tmp_path, "story").entries[0].text == text
    )  # kept exactly, as a JSON escape


def test_bidi_overrides_are_removed_from_human_facing_outputs(
    outputs: dict[str, str],
) -> None:
    for fmt in ("text", "markdown", "html", "junit", "sarif", "github"):
        found = re.findall(r"[\u202a-\u202e\u2066-\u2069]", outputs[fmt])
        assert not found, (fmt, found)
    assert "gnp.exe" in outputs["html"]  # the text itself stays
