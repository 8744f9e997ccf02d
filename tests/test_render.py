"""Renderers: escaping, CI formats' structure and positions, ClaimReview, DataFrame."""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import render
from factcheck.model import (
    Attribution,
    Claim,
    ClaimCheck,
    ClaimKind,
    Evidence,
    Mismatch,
    Report,
    SourceKind,
    Stance,
    Verdict,
)
from factcheck.policy import Evaluation, Failure, Policy, evaluate

EVIL = '<script>alert("x")</script> see [click](http://evil.example) ![img](http://evil.example/p.png)'


def _claim(text: str, article: str, cid: str, **kw: object) -> Claim:
    start = article.index(text)
    return Claim(id=cid, text=text, start=start, end=start + len(text), spans=((start, start + len(text)),), **kw)


def make_report(
    *,
    claim_text: str = "The plant cost 354,000 won",
    evidence_text: str = "The plant cost 254,000 won, the ministry said.",
    verdicts: tuple[Verdict, Verdict] = (Verdict.SUPPORTED, Verdict.CONTRADICTED),
    url: str | None = "https://example.org/wire-1",
) -> Report:
    article = (
        f"# Shipyard\nKim Jong Un toured a shipyard on Saturday, state media reported.\nOfficials said {claim_text}.\n"
    )
    first = _claim(
        "Kim Jong Un toured a shipyard on Saturday",
        article,
        "c1",
        checkworthy=0.9,
        kind="event",
        attribution=Attribution(
            source="state media", source_kind="state_media", canonical="KCNA", cue="reported", chain=("state media",)
        ),
    )
    second = _claim(
        claim_text,
        article,
        "c2",
        checkworthy=0.8,
        kind="statistic",
        attribution=Attribution(source="Officials", source_kind=SourceKind.OFFICIAL, cue="said"),
    )
    evidence = Evidence(
        doc_id="wire-1",
        passage=evidence_text,
        start=0,
        end=len(evidence_text),
        stance=Stance.REFUTES,
        score=0.8,
        origin="wire-1",
        title="Shipyard <b>costs</b>",
        outlet="Wire",
        published="2025-09-01",
        url=url,
        mismatches=(Mismatch("number", "354,000", "254,000"),),
    )
    return Report(
        claims=(
            ClaimCheck(first, verdicts[0], 0.82, independent_sources=2, attribution_confirmed=True),
            ClaimCheck(
                second, verdicts[1], 0.1, attribution_confirmed=False, evidence=(evidence,), note="numbers differ"
            ),
        ),
        text=article,
        title="Shipyard",
        path="drafts/shipyard.md",
    )


@pytest.fixture
def report() -> Report:
    return make_report()


@pytest.fixture
def evaluation(report: Report) -> Evaluation:
    return evaluate(report, Policy())


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("fn", [render.to_html, render.report_html])
def test_html_escapes_script_in_article_and_evidence(fn) -> None:
    report = make_report(claim_text=EVIL, evidence_text=EVIL)
    html = fn(report)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>costs</b>" not in html  # titles escaped too


def test_html_links_only_http_urls() -> None:
    html = render.to_html(make_report(url="javascript:alert(1)"))
    assert "javascript:" not in html
    html = render.to_html(make_report(url="https://example.org/a?b=1"))
    assert 'href="https://example.org/a?b=1"' in html


def test_claimcheck_html_escapes() -> None:
    check = make_report(claim_text=EVIL).claims[1]
    html = render.claimcheck_html(check)
    assert "<script>" not in html and "<details>" in html


def test_report_html_highlights_spans_by_verdict(report: Report) -> None:
    html = report_html = render.report_html(report)
    marks = re.findall(r"<mark [^>]*>(.*?)</mark>", report_html, flags=re.S)
    assert "Kim Jong Un toured a shipyard on Saturday" in marks
    assert any("354,000" in m for m in marks)
    assert html.count("<details>") == 1  # only the claim with evidence


def test_report_html_overlapping_claims_show_worst_verdict() -> None:
    text = "Alpha beta gamma delta."
    outer = Claim(id="c1", text=text, start=0, end=len(text) - 1)
    inner = Claim(id="c2", text="beta gamma", start=6, end=16)
    report = Report(claims=(ClaimCheck(outer, "supported", 0.9), ClaimCheck(inner, "contradicted", 0.1)), text=text)
    html = render.report_html(report)
    # the overlapping piece is coloured as contradicted and names both claims
    piece = re.search(r'<mark style="background:([^;]+);[^"]*" title="([^"]*)">beta gamma</mark>', html)
    assert piece is not None
    assert piece.group(1) == render._COLOURS[Verdict.CONTRADICTED][0]
    assert "c1" in piece.group(2) and "c2" in piece.group(2)


@pytest.mark.parametrize(
    "payload,forbidden",
    [
        ("[x](http://evil)", "[x](http://evil)"),
        ("![](http://evil/p.png)", "![](http://evil/p.png)"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("a | b | c", "a | b"),
        ("`code`", "`code`"),
    ],
)
def test_markdown_neutralises_injection(payload: str, forbidden: str) -> None:
    md = render.to_markdown(make_report(claim_text=f"It cost {payload}", evidence_text=payload))
    assert forbidden not in md
    # the text is still there, escaped
    assert html.unescape(re.sub(r"\\(.)", r"\1", md)).count(payload) >= 1


def test_markdown_table_rows_stay_one_line() -> None:
    report = make_report(claim_text="line one\nline two")
    md = render.to_markdown(report)
    rows = [line for line in md.splitlines() if line.startswith("| c")]
    assert len(rows) == 2
    assert all(row.count(" | ") == 5 for row in rows)


def test_markdown_links_only_safe_urls() -> None:
    assert "](https://example.org/wire-1)" in render.to_markdown(make_report())
    md = render.to_markdown(make_report(url="javascript:alert(1)"))
    assert "](javascript" not in md


def test_text_drops_terminal_escapes() -> None:
    report = make_report(claim_text="red \x1b[31malert\x1b[0m text", evidence_text="\x1b]0;title\x07 x")
    out = render.to_text(report)
    assert "\x1b" not in out and "\x07" not in out


def test_text_marks_failures(report: Report, evaluation: Evaluation) -> None:
    out = render.to_text(report, failures=evaluation.failures)
    fail_lines = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert len(fail_lines) == 1 and "c2" in fail_lines[0]


# --------------------------------------------------------------------------- CI formats


def test_junit_is_valid_xml_with_one_case_per_claim(evaluation: Evaluation) -> None:
    root = ET.fromstring(render.to_junit([evaluation]))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "drafts/shipyard.md"
    cases = suite.findall("testcase")
    assert len(cases) == len(evaluation.report.claims)
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1
    failure = failed[0].find("failure")
    assert failure.get("type") == "contradicted"
    assert "254,000" in failure.text  # the evidence
    assert suite.get("failures") == "1" and root.get("tests") == "2"
    assert failed[0].get("line") == "3"


def test_junit_strips_control_characters() -> None:
    report = make_report(claim_text="bad \x00\x01\x0b\ufffe chars", evidence_text="\x02evidence\x1f")
    xml = render.to_junit([evaluate(report, Policy(fail_on="supported,contradicted"))])
    root = ET.fromstring(xml)  # would raise on illegal characters
    assert len(root.iter("failure").__next__().text) > 0


def test_junit_skips_claims_below_threshold(report: Report) -> None:
    ev = evaluate(report, Policy(checkworthy_threshold=0.95))
    root = ET.fromstring(render.to_junit([ev]))
    skipped = [c for c in root.iter("testcase") if c.find("skipped") is not None]
    failed = [c for c in root.iter("testcase") if c.find("failure") is not None]
    assert len(skipped) == 1 and skipped[0].get("name").startswith("c1")
    # c2 (0.8) is below the threshold too, but a passage states another figure: it fails, not skipped
    assert len(failed) == 1 and failed[0].get("name").startswith("c2")


def test_junit_accepts_pairs(report: Report) -> None:
    failures = [Failure(report.claims[0], "supported", "forced")]
    root = ET.fromstring(render.to_junit([(report, failures)]))
    failed = [c for c in root.iter("testcase") if c.find("failure") is not None]
    assert [c.get("name")[:2] for c in failed] == ["c1"]


def _sarif_region(report: Report, fail_on: str) -> list[dict]:
    sarif = json.loads(render.to_sarif([evaluate(report, Policy(fail_on=fail_on))]))
    assert sarif["version"] == "2.1.0"
    assert sarif["runs"][0]["tool"]["driver"]["name"] == "factcheck"
    return [r["locations"][0]["physicalLocation"] for r in sarif["runs"][0]["results"]]


@pytest.mark.parametrize("prefix", ["", "Intro line.\n\n", "Ünïcödé 🚀 line\r\nsecond\n"])
def test_sarif_regions_point_at_claim(prefix: str) -> None:
    base = make_report()
    text = prefix.replace("\r\n", "\n") + base.text
    shift = len(text) - len(base.text)
    claims = [
        ClaimCheck(
            Claim(id=c.claim.id, text=c.claim.text, start=c.claim.start + shift, end=c.claim.end + shift),
            c.verdict,
            c.score,
        )
        for c in base.claims
    ]
    report = Report(claims=claims, text=text, path="drafts/x y.md")
    locations = _sarif_region(report, "contradicted")
    assert len(locations) == 1
    loc = locations[0]
    assert loc["artifactLocation"]["uri"] == "drafts/x%20y.md"
    region = loc["region"]
    claim = claims[1].claim
    lines = text.split("\n")
    line = lines[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith(claim.text)
    assert region["endLine"] == region["startLine"]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == claim.text
    assert region["snippet"]["text"] == claim.text


def test_sarif_results_reference_existing_rules(evaluation: Evaluation) -> None:
    sarif = json.loads(render.to_sarif([evaluation, evaluate(make_report(), Policy(fail_on="supported"))]))
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 2
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == "error"


def test_github_commands_escape_data_and_properties() -> None:
    article = "Intro.\nThe rate rose 5% to 10,5:1\r\n again.\n"
    article = article.replace("\r\n", "\n")
    text = "The rate rose 5% to 10,5:1\n again"
    start = article.index(text)
    claim = Claim(id="c1", text=text, start=start, end=start + len(text), checkworthy=0.9)
    report = Report(claims=(ClaimCheck(claim, "contradicted", 0.1),), text=article, path="dir,with:odd%name.md")
    out = render.to_github([evaluate(report, Policy())])
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1
    props, message = errors[0][len("::error ") :].split("::", 1)
    assert "file=dir%2Cwith%3Aodd%25name.md" in props
    assert "line=2" in props and "col=1" in props
    assert "5%25 to 10,5:1 again%0Acontradicted" in message  # %, then the line break between parts
    assert "\r" not in out


def test_github_warns_on_unapproved_non_failing_contradictions(report: Report) -> None:
    out = render.to_github([evaluate(report, Policy(fail_on="none"))])
    assert "::error" not in out
    assert sum(line.startswith("::warning ") for line in out.splitlines()) == 1


@pytest.mark.parametrize("fmt", render.FORMATS)
def test_render_dispatch_all_formats(evaluation: Evaluation, fmt: str) -> None:
    out = render.render([evaluation, evaluation], fmt)
    assert out.endswith("\n")
    assert "354,000" in out  # the failing claim is in every format


def test_render_unknown_format(evaluation: Evaluation) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render.render([evaluation], "pdf")


def test_json_single_and_many(evaluation: Evaluation) -> None:
    one = json.loads(render.to_json([evaluation]))
    assert one["schema"] == "factcheck.report/1"
    assert one["policy"]["passed"] is False
    assert [f["id"] for f in one["policy"]["failures"]] == ["c2"]
    assert Report.from_dict(one, text=evaluation.report.text) == evaluation.report
    many = json.loads(render.to_json([evaluation, evaluation]))
    assert len(many["reports"]) == 2


# --------------------------------------------------------------------------- claimreview / dataframe


def test_claimreview_shape_and_rating_mapping(report: Report) -> None:
    reviews = render.to_claimreview(
        report,
        publisher="Desk",
        url="https://desk.example/fc",
        date_published="2025-09-03",
        article_published="2025-09-02",
    )
    assert len(reviews) == 2
    for review, check in zip(reviews, report.claims):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == check.claim.text
        rating = review["reviewRating"]
        assert (rating["ratingValue"], rating["alternateName"]) == render.CLAIMREVIEW_RATINGS[check.verdict]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["author"] == {"@type": "Organization", "name": "Desk"}
        assert review["datePublished"] == "2025-09-03"
        assert review["itemReviewed"]["datePublished"] == "2025-09-02"
    assert reviews[0]["itemReviewed"]["author"] == {"@type": "Organization", "name": "KCNA"}
    json.dumps(reviews)


def test_claimreview_author_kinds_and_filters() -> None:
    article = "Han said prices rose. Prices fell."
    person = Claim(
        id="c1", text="prices rose", start=9, end=20, attribution=Attribution(source="Han", source_kind="person")
    )
    own = Claim(id="c2", text="Prices fell", start=22, end=33)
    report = Report(claims=(ClaimCheck(person, "supported", 0.9), ClaimCheck(own, "unverified", 0.0)), text=article)
    reviews = render.to_claimreview(report, publisher="Desk")
    assert reviews[0]["itemReviewed"]["author"] == {"@type": "Person", "name": "Han"}
    assert reviews[1]["itemReviewed"]["author"]["name"] == "Desk"  # the reporter's own assertion
    assert len(render.to_claimreview(report, verdicts=["supported"])) == 1
    assert "author" not in render.to_claimreview(report)[1]["itemReviewed"]


def test_dataframe_one_row_per_claim(report: Report) -> None:
    df = render.to_dataframe(report)
    assert list(df["id"]) == ["c1", "c2"]
    assert list(df["verdict"]) == ["supported", "contradicted"]
    assert df.loc[1, "evidence"] == 1 and df.loc[1, "top_doc_id"] == "wire-1"
    assert df.loc[0, "canonical"] == "KCNA"


def test_dataframe_without_pandas_names_the_extra(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"newsroom-factcheck\[pandas\]"):
        report.to_dataframe()


def test_report_conveniences(report: Report) -> None:
    assert report.to_markdown() == render.to_markdown(report)
    assert report._repr_html_() == render.report_html(report)
    assert report.claims[1]._repr_html_() == render.claimcheck_html(report.claims[1])
    assert report.to_text().startswith("drafts/shipyard.md")


def test_claims_outside_text_do_not_break_renderers() -> None:
    report = Report.from_dict(json.loads(make_report().to_json()))  # text dropped
    for fmt in render.FORMATS:
        render.render([evaluate(report, Policy(fail_on="supported,contradicted"))], fmt)
    assert "<mark" not in render.report_html(report)


# --------------------------------------------------------------------------- properties

_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
_score = st.integers(0, 10_000).map(lambda n: n / 10_000)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    pieces = draw(st.lists(_text, min_size=1, max_size=4))
    article = "\n".join(pieces)
    checks = []
    for i, piece in enumerate(pieces):
        start = sum(len(p) + 1 for p in pieces[:i])
        claim = Claim(
            id=f"c{i + 1}",
            text=piece,
            start=start,
            end=start + len(piece),
            checkworthy=draw(_score),
            kind=draw(st.sampled_from(list(ClaimKind))),
            attribution=Attribution(
                source=draw(st.none() | _text),
                source_kind=draw(st.sampled_from(list(SourceKind))),
                cue=draw(st.none() | _text),
            ),
            spans=((start, start + len(piece)),),
        )
        evidence = tuple(
            Evidence(
                doc_id=draw(_text),
                passage=draw(_text),
                start=0,
                end=1,
                stance=draw(st.sampled_from(list(Stance))),
                score=draw(_score),
                title=draw(st.none() | _text),
                outlet=draw(st.none() | _text),
                url=draw(st.none() | _text),
                mismatches=(Mismatch(draw(_text), draw(_text), draw(_text)),),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        checks.append(
            ClaimCheck(
                claim,
                draw(st.sampled_from(list(Verdict))),
                draw(_score),
                evidence=evidence,
                note=draw(st.none() | _text),
            )
        )
    return Report(claims=checks, text=article, title=draw(st.none() | _text), path=draw(st.none() | _text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_renderers_never_raise_and_json_round_trips(report: Report) -> None:
    ev = evaluate(report, Policy(fail_on="contradicted,disputed,unverified,supported", checkworthy_threshold=0.0))
    for fmt in render.FORMATS:
        out = render.render([ev], fmt)
        assert isinstance(out, str)
    ET.fromstring(render.to_junit([ev]))
    json.loads(render.to_sarif([ev]))
    assert "<script" not in render.to_html(report)
    render.report_html(report)
    render.to_claimreview(report, publisher="x")
    for check in report.claims:
        render.claimcheck_html(check)
    data = json.loads(report.to_json())
    assert Report.from_dict(data, text=report.text) == report
    assert Report.from_dict(json.loads(render.to_json([ev])), text=report.text) == report


def test_text_and_markdown_list_facts_whose_verdicts_differ() -> None:
    from factcheck.model import FactCheck

    claim = Claim(id="c1", text="About 1,200 dock workers began a 72-hour strike.", start=0, end=48)
    facts = (FactCheck("1,200", "number", Verdict.SUPPORTED, supported_by=("wire",)),
             FactCheck("72", "number", Verdict.CONTRADICTED, refuted_by=("wire",), found=("48",)))  # fmt: skip
    check = ClaimCheck(claim=claim, verdict=Verdict.CONTRADICTED, score=0.1, facts=facts, rest_verdict=Verdict.SUPPORTED)
    report = Report(claims=[check], text=claim.text)
    assert "facts: 1,200 supported; 72 contradicted (source: 48)" in render.to_text(report)
    assert "facts: 1,200 supported; 72 contradicted \\(source: 48\\)" in render.to_markdown(report)  # escaped
    # facts that all share the claim's verdict add nothing
    same = attrs.evolve(check, facts=facts[1:])
    assert "facts:" not in render.to_text(Report(claims=[same], text=claim.text))
