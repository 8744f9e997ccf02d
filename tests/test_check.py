"""The pipeline end to end, with fakes (fast) and with the real model (marked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.check import Checker
from factcheck.errors import ConfigError
from factcheck.model import Report, Verdict
from factcheck.testing import FakeEmbedder, make_corpus

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo-draft.md"
SOURCES = ROOT / "sources"

DRAFT = (
    "The harbour authority said the new container terminal opened on Tuesday. "
    "The terminal cost 480 million dollars to build.\n\n"
    "Local bakers won a regional prize for rye bread."
)


@pytest.fixture
def small_corpus():
    return make_corpus(
        {
            "release": {
                "text": "The new container terminal opened on Tuesday, the harbour authority said. "
                "It cost 480 million dollars to build.",
                "outlet": "Harbour Authority",
                "published": "2026-03-02",
            },
            "weather": {"text": "Heavy snow closed mountain roads across the north.", "published": "2026-03-01"},
        }
    )


def test_checker_constructor_loads_nothing(small_corpus):
    embedder = FakeEmbedder()
    checker = Checker(small_corpus, embedder=embedder)
    assert embedder.calls == 0
    assert "not built" in repr(checker)


def test_check_with_fakes_gives_a_report_with_spans_in_the_text(small_corpus):
    report = Checker(small_corpus, embedder=FakeEmbedder()).check(DRAFT)
    assert isinstance(report, Report)
    assert report.claims, "the draft has checkable claims"
    for cc in report.claims:
        assert 0 <= cc.claim.start <= cc.claim.end <= len(DRAFT)
        assert 0.0 <= cc.score <= 1.0
        for ev in cc.evidence:
            assert ev.doc_id in {"release", "weather"}
    assert report.summary["claims"] == len(report.claims)


def test_search_ranks_the_relevant_passage_first(small_corpus):
    hits = Checker(small_corpus, embedder=FakeEmbedder()).search("container terminal opened", k=2)
    assert hits[0].doc_id == "release"


def test_checker_without_corpus_cannot_search():
    with pytest.raises(ConfigError, match="no corpus"):
        Checker().search("anything")


def test_bad_k_is_a_config_error():
    with pytest.raises(ConfigError, match="k must be"):
        Checker(k=0)


def test_no_corpus_leaves_every_claim_unverified():
    result = Checker(embedder=FakeEmbedder()).check(DRAFT)
    assert result.claims and all(c.verdict is Verdict.UNVERIFIED for c in result.claims)
    assert all(c.score == 0.0 and not c.evidence for c in result.claims)


def test_front_matter_title_is_reported_and_offsets_index_the_file(small_corpus):
    text = "---\ntitle: Terminal opens\n---\n" + DRAFT
    report = Checker(small_corpus, embedder=FakeEmbedder()).check(text)
    assert report.title == "Terminal opens"
    first = report.claims[0].claim
    assert text[first.start : first.end].strip()
    assert first.start >= text.index("The harbour")


@pytest.fixture(scope="module")
def demo_report(embedder):
    checker = Checker(SOURCES, embedder=embedder)
    return checker.check(DEMO.read_text(encoding="utf-8"), path=str(DEMO))


def _claim(report, fragment):
    return next(c for c in report.claims if fragment in c.claim.text)


@pytest.mark.model
def test_demo_changed_number_is_contradicted_with_its_mismatch(demo_report):
    missiles = _claim(demo_report, "350 kilometers")
    assert missiles.verdict is Verdict.CONTRADICTED
    assert ("number", "350", "250") in {(m.kind, m.claim, m.source) for e in missiles.evidence for m in e.mismatches}


@pytest.mark.model
def test_demo_independent_sources_disagreeing_is_disputed(demo_report):
    trade = _claim(demo_report, "12 percent")
    assert trade.verdict is Verdict.DISPUTED
    assert {e.doc_id for e in trade.evidence if e.stance.value == "refutes"} == {"border-monitor-2026-08-02"}


@pytest.mark.model
def test_demo_claim_only_its_source_reports_is_not_corroborated(demo_report):
    hull = _claim(demo_report, "5,000-ton destroyer")
    assert hull.claim.attribution.canonical == "KCNA"
    assert hull.attribution_confirmed is True
    assert hull.independent_sources == 0  # the wire story and its copy only quote KCNA
    assert hull.verdict is Verdict.UNVERIFIED and "not independently corroborated" in hull.note


@pytest.mark.model
def test_demo_syndicated_copy_is_never_an_origin(demo_report):
    data = json.loads(demo_report.to_json())
    origins = {e["origin"] for c in data["claims"] for e in c["evidence"]}
    assert "courier-2026-10-06-shipyard" not in origins
    for claim in data["claims"]:
        assert 0 <= claim["start"] <= claim["end"] <= data["article"]["chars"]


def test_a_syndicated_copy_is_cited_as_its_origin(fake_embedder):
    story = "The new container terminal opened on Tuesday, the harbour authority said, after four years of work."
    corpus = make_corpus(
        {
            "a-copy": {"text": story, "outlet": "Reprint Daily", "published": "2026-03-03"},
            "wire": {"text": story, "outlet": "Wire", "published": "2026-03-02"},
        }
    )
    report = Checker(corpus, embedder=fake_embedder).check("The new container terminal opened on Tuesday.")
    cited = [e.doc_id for c in report.claims for e in c.evidence]
    assert cited and cited[0] == "wire"
    assert all(c.independent_sources <= 1 for c in report.claims)


def test_unknown_backend_is_a_config_error():
    with pytest.raises(ConfigError, match="backend must be one of torch, onnx"):
        Checker(backend="tensorflow")


@pytest.mark.parametrize(("backend", "cls"), [("torch", "SentenceTransformerEmbedder"), ("onnx", "OnnxEmbedder")])
def test_backend_picks_the_default_embedder_without_loading_it(backend, cls):
    checker = Checker(backend=backend)
    embedder = checker._embedder()
    assert type(embedder).__name__ == cls


def test_syndicated_copies_do_not_crowd_out_an_independent_source(fake_embedder):
    story = "The new container terminal opened on Tuesday and cost 480 million dollars, the harbour authority said."
    docs = {f"copy-{i}": {"text": story, "outlet": f"Reprint {i}", "published": f"2026-03-0{i + 3}"} for i in range(4)}
    docs["wire"] = {"text": story, "outlet": "Wire", "published": "2026-03-02"}
    docs["rival"] = {"text": "The container terminal cost 520 million dollars, a rival paper found.",
                     "outlet": "Rival Times", "published": "2026-03-04"}  # fmt: skip
    report = Checker(make_corpus(docs), embedder=fake_embedder, k=2).check(
        "The container terminal cost 480 million dollars."
    )
    (claim,) = report.claims
    assert {e.origin for e in claim.evidence} == {"wire", "rival"}
    assert claim.verdict is Verdict.DISPUTED
