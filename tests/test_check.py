"""The pipeline end to end, with fakes (fast) and with the real model (marked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.check import Checker
from factcheck.claims import extract_claims
from factcheck.errors import ConfigError
from factcheck.model import Claim, Report, Verdict
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


@pytest.mark.parametrize("kwargs", [{"min_relevance": 1.5}, {"rival_relevance": -0.1}])
def test_a_relevance_outside_zero_to_one_is_a_config_error(kwargs):
    with pytest.raises(ConfigError, match=next(iter(kwargs))):
        Checker(**kwargs)


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


# A held-back style story: a wire report and two syndicated copies, the ministry's own release, a local paper that
# corrects the start date, and a draft that gets one figure, one correction and one past year wrong.
_FIRE_WIRE = (
    "ATHENS, Aug. 14 (MPA) - A wildfire fanned by strong winds forced the evacuation of about 3,000 residents from "
    "villages west of Patras on Thursday, Greece's civil protection ministry said.\n\n"
    "The blaze has burned roughly 4,200 hectares of pine forest and farmland since it broke out on Tuesday, the "
    "ministry said in a statement.\n\n"
    "More than 450 firefighters, supported by 12 water-dropping aircraft, were battling the flames, according to "
    "the fire service."
)
_FIRE_DOCS = {
    "wire": {"text": _FIRE_WIRE, "outlet": "Meridian Press Agency", "published": "2026-08-14"},
    "herald": {"text": _FIRE_WIRE, "outlet": "Western Herald", "published": "2026-08-14"},
    "gazette": {"text": _FIRE_WIRE, "outlet": "Coastal Gazette", "published": "2026-08-15"},
    "ministry": {
        "text": "The wildfire in western Achaia has burned an estimated 4,200 hectares. Evacuation orders were issued "
        "for seven villages, affecting about 3,000 residents. Ten water-dropping aircraft and 450 firefighters are "
        "deployed.",
        "outlet": "Ministry for Climate Crisis and Civil Protection",
        "published": "2026-08-14",
    },
    "local": {
        "text": "Residents of the villages west of Patras began returning home on Friday. The local mayor said the "
        "fire had destroyed 37 homes, and that the blaze started on Monday, not Tuesday as first reported.",
        "outlet": "Peloponnese Daily",
        "published": "2026-08-15",
    },
}
_FIRE_DRAFT = (
    "The fire has burned about 6,500 hectares of forest and farmland, the ministry said. It broke out on Tuesday.\n\n"
    "More than 450 firefighters and 12 aircraft were fighting the blaze, according to the fire service.\n\n"
    "Greece recorded its worst wildfire season in 2021, when more than 100,000 hectares burned.\n\n"
    "Insurers estimate the damage at 80 million euros."
)


@pytest.fixture(scope="module")
def fire_report(embedder):
    return Checker(make_corpus(_FIRE_DOCS), embedder=embedder).check(_FIRE_DRAFT)


@pytest.mark.model
def test_held_back_story_changed_figure_is_contradicted(fire_report):
    burned = _claim(fire_report, "6,500 hectares")
    assert burned.verdict is Verdict.CONTRADICTED
    assert ("number", "6,500", "4,200") in {(m.kind, m.claim, m.source) for e in burned.evidence for m in e.mismatches}
    assert {e.origin for e in burned.evidence} <= {"wire", "ministry", "local"}  # copies cited as their origin


@pytest.mark.model
def test_held_back_story_correction_and_rival_count_dispute(fire_report):
    started = _claim(fire_report, "broke out on Tuesday")
    assert started.verdict is Verdict.DISPUTED  # the wire says Tuesday; the local paper corrects it to Monday
    assert ("date", "Tuesday", "Monday") in {(m.kind, m.claim, m.source) for e in started.evidence for m in e.mismatches}
    aircraft = _claim(fire_report, "12 aircraft")
    assert aircraft.verdict is Verdict.DISPUTED  # the fire service via the wire says 12, the ministry ten
    assert ("number", "12", "Ten") in {(m.kind, m.claim, m.source) for e in aircraft.evidence for m in e.mismatches}


@pytest.mark.model
def test_held_back_story_other_year_and_missing_evidence_stay_unverified(fire_report):
    season = _claim(fire_report, "2021")
    assert season.verdict is Verdict.UNVERIFIED and "2021" in season.note
    assert _claim(fire_report, "Insurers").verdict is Verdict.UNVERIFIED


_STRIKE_DOCS = {
    "union": {"text": "The strike is being observed by 4,300 lecturers and researchers across the university's "
              "three campuses. Our demand has not changed.", "outlet": "Lecturers' Union", "published": "2026-04-02"},
    "wire": {"text": "SANTIAGO, April 2 (Sur) - Lecturers at the university voted on Wednesday to prolong their "
             "strike, the union said. The strike is observed by 4,300 lecturers and researchers, it said.",
             "outlet": "Agencia Sur", "published": "2026-04-02"},
    "university": {"text": "According to the university's human resources records, about 3,400 members of the "
                   "academic staff were absent from their duties this week. The rector regrets the decision.",
                   "outlet": "The University", "published": "2026-04-02"},
}  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("rival_relevance", "verdict"), [(0.2, Verdict.DISPUTED), (0.3, Verdict.SUPPORTED)])
def test_a_rival_figure_worded_apart_disputes_the_claim(embedder, rival_relevance, verdict):
    checker = Checker(make_corpus(_STRIKE_DOCS), embedder=embedder, rival_relevance=rival_relevance)
    (claim,) = checker.check("Some 4,300 lecturers and researchers have stopped work.").claims
    assert claim.verdict is verdict
    if verdict is Verdict.DISPUTED:
        assert ("4,300", "3,400") in {(m.claim, m.source) for e in claim.evidence for m in e.mismatches}


@pytest.mark.parametrize("story", sorted(p.name for p in (ROOT / "bench" / "stories").iterdir()))
def test_every_expected_verdict_of_the_story_bench_names_one_claim(story):
    folder = ROOT / "bench" / "stories" / story
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    claims = [c.text for c in extract_claims((folder / "draft.md").read_text(encoding="utf-8"))]
    for item in spec["expected"]:
        assert item["verdict"] in {v.value for v in Verdict}
        assert sum(item["claim"] in text for text in claims) == 1, (item["claim"], claims)
    assert any((folder / "sources").glob("*.md"))


@pytest.mark.model
def test_demo_a_demonym_is_no_misspelt_name(demo_report):
    # "North Korean leader" against "fired by North Korea": a demonym, not another spelling of a name
    tour = _claim(demo_report, "toured a shipyard")
    assert tour.verdict is Verdict.UNVERIFIED
    assert not any(m.kind == "entity" for e in tour.evidence for m in e.mismatches)


@pytest.mark.parametrize(
    ("text", "again"),
    [
        # a claim referring back names what it is about only with the claim before it
        ("The terminal opened on Tuesday. The new terminal cost 480 million dollars.", True),
        # so does a claim of a few words: "Fourteen people have died" of what?
        ("Meningitis cases in the region rose to 186 this month. Fourteen people have died.", True),
        ("Meningitis cases in the region rose to 186 this month. Health workers vaccinated 9,000 children in Tamale.",
         False),
    ],
)
def test_a_claim_naming_too_little_with_nothing_relevant_is_searched_again_with_the_claim_before(
    small_corpus, monkeypatch, text, again
):
    checker = Checker(small_corpus, embedder=FakeEmbedder())
    queries: list[list[str]] = []
    search_many = checker.index.search_many

    def recording(texts, k=10):
        queries.append(list(texts))
        hits = search_many(texts, k=k)
        return [() for _ in hits] if len(queries) == 1 else hits  # the first search finds nothing relevant

    monkeypatch.setattr(checker.index, "search_many", recording)
    claims = extract_claims(text)
    checker.check_claims(claims)
    assert (queries[1:] == [[f"{claims[0].text} {claims[1].text}"]]) is again  # only the second claim, if any


def test_what_a_claim_searched_again_found_alone_is_not_crowded_out_by_the_claim_before(monkeypatch):
    # "The plant's rows of panels were built on 24 hectares": searched again with the claim before, whose passages
    # rank first, it still has the site passage it found alone assessed, where a rival figure stands
    from factcheck.model import Assessment, Hit, Stance

    corpus = make_corpus({
        "a": {"text": "The plant will supply power to 40,000 homes.", "published": "2026-06-01"},
        "b": {"text": "The plant will cut outages for 40,000 homes, the minister said.", "published": "2026-06-01"},
        "site": {"text": "The plant occupies a site of 18 hectares.", "published": "2026-06-01"},
        "opening": {"text": "The minister opened the plant near the village.", "published": "2026-06-01"},
    })  # fmt: skip
    checker = Checker(corpus, embedder=FakeEmbedder(), k=2)
    passages = {d: corpus.get(d).text for d in ("a", "b", "site", "opening")}

    def hit(doc: str, score: float) -> Hit:
        return Hit(doc, passages[doc], 0, len(passages[doc]), score)

    calls: list[list[str]] = []

    def search_many(texts, k=10):
        calls.append(list(texts))
        if len(calls) == 1:  # alone: the first claim finds its passages, the second only the site, weakly
            return [(hit("a", 0.6), hit("b", 0.5)), (hit("site", 0.28), hit("opening", 0.27))]
        return [(hit("a", 0.7), hit("b", 0.6), hit("site", 0.1), hit("opening", 0.05))]  # again, with the claim before

    assessed: list[tuple[str, str]] = []

    class Neutral:
        def assess_many(self, pairs):
            assessed.extend(pairs)
            return [Assessment(Stance.NEUTRAL, 0.5, (0.2, 0.3, 0.5)) for _ in pairs]

    monkeypatch.setattr(checker.index, "search_many", search_many)
    monkeypatch.setattr(checker, "_assessor", lambda: Neutral())
    claims = extract_claims("The plant will supply 40,000 homes. The new plant was built on 24 hectares.")
    checker.check_claims(claims)
    assert len(calls) == 2
    assert (claims[1].text, passages["site"]) in assessed
    # (one giving none of its values is not: the model alone would read it, off the claim before's topic)
    assert (claims[1].text, passages["opening"]) not in assessed


def test_what_a_claim_referring_back_finds_only_with_the_claim_before_is_no_model_support(small_corpus, monkeypatch):
    from factcheck.model import Assessment, Stance

    class Agreeable:
        def assess_many(self, pairs):
            return [Assessment(Stance.SUPPORTS, 0.9, (0.9, 0.05, 0.05)) for _ in pairs]

    checker = Checker(small_corpus, embedder=FakeEmbedder())
    search_many = checker.index.search_many
    calls: list[int] = []

    def first_finds_nothing(texts, k=10):
        calls.append(len(texts))
        hits = search_many(texts, k=k)
        return [() for _ in hits] if len(calls) == 1 else hits

    monkeypatch.setattr(checker.index, "search_many", first_finds_nothing)
    monkeypatch.setattr(checker, "_assessor", lambda: Agreeable())
    _, second = checker.check_claims(extract_claims("The terminal opened on Tuesday. The new terminal cost a fortune."))
    assert second.evidence and all(e.stance is Stance.NEUTRAL for e in second.evidence)
    assert second.verdict is Verdict.UNVERIFIED


_NIL_DOCS = {
    "board": {"text": "A passenger jet struck a flock of geese on take-off at Halifax on Friday.\n\nNo injuries were "
              "reported.", "outlet": "Safety Board", "published": "2026-06-12"},
    "elsewhere": {"text": "A warehouse caught fire in Leeds on Friday.\n\nNo injuries were reported.",
                  "outlet": "Leeds Daily", "published": "2026-06-12"},
}  # fmt: skip


def test_a_nil_outcome_of_little_relevance_counts_only_from_the_storys_documents(monkeypatch):
    from factcheck.model import Hit

    checker = Checker(make_corpus(_NIL_DOCS), embedder=FakeEmbedder())
    claims = extract_claims("A passenger jet struck a flock of geese at Halifax on Friday. No one was hurt.")
    assert [c.text for c in claims][1] == "No one was hurt"
    nil = "No injuries were reported."

    def ranked(texts, k=10):  # the jet's story is relevant to the first claim; the nil sentences rank low for both
        jet = Hit("board", _NIL_DOCS["board"]["text"].split("\n\n")[0], 0, 70, 0.7)
        return [(jet,), (Hit("board", nil, 73, 99, 0.25), Hit("elsewhere", nil, 43, 69, 0.25))][: len(texts)]

    monkeypatch.setattr(checker.index, "search_many", ranked)
    _, hurt = checker.check_claims(claims)
    ids = [e.doc_id for e in hurt.evidence]
    assert "board" in ids and "elsewhere" not in ids  # the Leeds fire's sentence fits any accident
    assert hurt.verdict is Verdict.SUPPORTED


def test_a_claim_of_several_facts_finds_a_passage_giving_one_by_its_clause():
    draft = ("The census was carried out over six weeks in September, at the end of the dry season when the tortoises "
             "gather near the few remaining water holes on the atoll.")
    docs = {
        "season": {"text": "At the end of the dry season the tortoises gather near the few remaining water holes on "
                           "the atoll.", "outlet": "Wire"},
        "field": {"text": "The census fieldwork took place over a period of six weeks in September 2024.",
                  "outlet": "Trust"},
    }
    [cc] = Checker(make_corpus(docs), embedder=FakeEmbedder(), k=1).check(draft).claims
    facts = {f.text: f for f in cc.facts}
    assert facts["six"].verdict is Verdict.SUPPORTED and facts["six"].supported_by == ("field",)
    assert [e.doc_id for e in cc.evidence if e.doc_id == "field"] == ["field"]


def test_a_figures_clause_finds_a_rival_the_whole_claim_ranks_too_low(fake_embedder):
    docs = {
        "release": {"text": "The project included a fish ladder and the raising of flood dykes along about three "
                    "kilometres of the river. The two turbines will produce 60 gigawatt hours a year.",
                    "outlet": "Valley Power", "published": "2026-03-02"},
        "wire": {"text": "Building the plant cost 96 million euros, the company said. Farmers along the river welcomed "
                 "the higher flood dykes.", "outlet": "Alpine Wire", "published": "2026-03-02"},
        "paper": {"text": "Farmers say the flood dykes along the river were raised too late. The fish ladder is "
                  "already silting up. The plant cost around 118 million euros in the end, documents seen by the "
                  "paper show.",
                  "outlet": "Valley Courier", "published": "2026-03-04"},
    }  # fmt: skip
    claim = ("The plant cost 96 million euros, including a fish ladder and the raising of flood dykes along a "
             "three-kilometre stretch of the river.")  # fmt: skip
    (out,) = Checker(make_corpus(docs), embedder=fake_embedder, k=2).check(claim).claims
    # the cost's own clause finds the paper's other figure; the dykes stand as the release gives them
    assert {e.doc_id: [(m.claim, m.source) for m in e.mismatches] for e in out.evidence}["paper"] == [
        ("96 million", "118 million")]
    assert out.verdict is Verdict.DISPUTED
    assert {f.text: f.verdict for f in out.facts} == {"96 million": Verdict.DISPUTED, "three": Verdict.SUPPORTED}


def test_a_forecast_or_a_value_changed_from_is_no_clauses_rival(fake_embedder):
    from factcheck.check import _forecast_only

    docs = {
        "report": {"text": "The co-op bought 90,000 tonnes of beans from growers in 2024, against 70,000 tonnes in "
                   "2023. Its warehouses in the valley were full by October.", "outlet": "Bean Ledger",
                   "published": "2025-02-02"},
        "wire": {"text": "Growers along the valley expect a better year. The co-op said it expects to buy 120,000 "
                 "tonnes of beans next season, after new warehouses open.", "outlet": "Valley Wire",
                 "published": "2025-02-03"},
    }  # fmt: skip
    text = ("The co-op bought 90,000 tonnes of beans from growers in 2024, up from 70,000 tonnes the year before, "
            "filling its warehouses in the valley by October.")  # fmt: skip
    claim = Claim(id="c1", text=text, start=0, end=len(text))
    found = Checker(make_corpus(docs), embedder=fake_embedder, k=2)._by_clause((claim,), set(), set())
    assert not [h.doc_id for _, h, clause in found if clause]  # no clause of the claim's finds a rival
    assert _forecast_only("up from 70,000 tonnes the year before", docs["wire"]["text"], "120,000")
    assert not _forecast_only("The co-op expects to buy 90,000 tonnes", docs["wire"]["text"], "120,000")


@pytest.mark.parametrize(("refute", "counted"), [(0.43, True), (0.7, False)])
def test_a_weak_refutation_of_a_passage_restating_a_clause_counts_for_its_fact(monkeypatch, refute, counted):
    from factcheck.model import Assessment, Hit, Stance

    passage = "Visitors queued in vain at the Acropolis on Wednesday after the site closed its gates at noon."
    docs = {"ledger": {"text": passage, "outlet": "Athens Ledger", "published": "2024-07-17"}}

    class Doubtful:  # the model's refutation, sure of it or not, with no value changed
        def assess_many(self, pairs):
            rest = (1.0 - refute) / 2
            return [Assessment(Stance.REFUTES, refute, (rest, refute, rest)) for _ in pairs]

    checker = Checker(make_corpus(docs), embedder=FakeEmbedder())
    hit = Hit("ledger", passage, 0, len(passage), 0.6)
    monkeypatch.setattr(checker.index, "search_many", lambda texts, k=10: [(hit,) for _ in texts])
    monkeypatch.setattr(checker, "_assessor", lambda: Doubtful())
    (claim,) = checker.check_claims(
        extract_claims("The site will stay shut between noon and 5 p.m. for as long as the extreme heat lasts.")
    )
    assert [e.stance for e in claim.evidence] == [Stance.NEUTRAL if counted else Stance.REFUTES]
    noon = next(f for f in claim.facts if f.text == "noon")
    assert ("ledger" in noon.supported_by) is counted


def test_an_origin_left_out_of_the_first_k_passages_is_still_heard(fake_embedder):
    bulletin = "\n\n".join([
        "The region has recorded 2,140 confirmed dengue cases this year, the health ministry said.",
        "Of the 2,140 confirmed dengue cases this year, 1,388 were without warning signs.",
        "Confirmed dengue cases this year are highest in the region's capital.",
    ])  # fmt: skip
    docs = {"bulletin": {"text": bulletin, "outlet": "Health Ministry", "published": "2026-09-02"},
            "rival": {"text": "A federal system listed 1,865 confirmed dengue cases for the region.",
                      "outlet": "Chilam Weekly", "published": "2026-09-03"}}  # fmt: skip
    report = Checker(make_corpus(docs), embedder=fake_embedder, k=2).check(
        "The region has recorded 2,140 confirmed dengue cases this year."
    )
    (claim,) = report.claims
    assert "rival" in {e.doc_id for e in claim.evidence}
    assert claim.verdict is Verdict.DISPUTED


@pytest.mark.parametrize("k", [1, 2, 4])
def test_at_most_half_k_origins_left_out_are_heard(monkeypatch, k):
    from factcheck.model import Assessment, Hit, Stance

    towns = ["Arles", "Brest", "Caen", "Dole", "Evry", "Foix", "Gap", "Hyeres", "Istres", "Jouy"]
    docs = {f"d{i}": {"text": f"Flooding closed {n} station on Monday, the {n} daily reported.", "outlet": f"{n} Daily",
                      "published": "2026-03-02"} for i, n in enumerate(towns)}  # fmt: skip
    hits = tuple(Hit(d, doc["text"], 0, len(doc["text"]), 0.9 - i / 100) for i, (d, doc) in enumerate(docs.items()))
    assessed: list[tuple[str, str]] = []

    class Counting:
        def assess_many(self, pairs):
            assessed.extend(pairs)
            return [Assessment(Stance.NEUTRAL, 0.9, (0.05, 0.05, 0.9)) for _ in pairs]

    checker = Checker(make_corpus(docs), embedder=FakeEmbedder(), k=k)
    monkeypatch.setattr(checker.index, "search_many", lambda texts, k=10: [hits for _ in texts])
    monkeypatch.setattr(checker, "_assessor", lambda: Counting())
    checker.check_claims(extract_claims("Flooding closed the station on Monday."))
    assert len({p for _, p in assessed}) == k + max(1, k // 2)


@pytest.mark.parametrize("clause_refutes", [True, False])
def test_a_neutral_passage_changing_a_figure_is_read_again_against_its_clause(monkeypatch, clause_refutes):
    from factcheck.model import Assessment, Hit, Mismatch, Stance

    passage = "A tally based on damage maps put the number of homes with flood damage at about 190."
    docs = {"courier": {"text": passage, "outlet": "Valley Courier", "published": "2025-08-06"}}
    text = "About 300 homes were damaged by floodwater in the valley, mostly along Meander Way and View Drive."
    clause = "About 300 homes were damaged by floodwater in the valley"
    asked = []

    class LongClaimsRead:  # neutral on the whole claim, on the value's clause a refutation (or not)
        def assess_many(self, pairs):
            asked.extend(c for c, _ in pairs)
            changed = (Mismatch("number", "300", "190"),)
            return [Assessment(Stance.REFUTES, 0.7, (0.1, 0.7, 0.2), changed) if c == clause and clause_refutes
                    else Assessment(Stance.NEUTRAL, 0.5, (0.3, 0.2, 0.5), changed) for c, _ in pairs]  # fmt: skip

    checker = Checker(make_corpus(docs), embedder=FakeEmbedder())
    hit = Hit("courier", passage, 0, len(passage), 0.6)
    monkeypatch.setattr(checker.index, "search_many", lambda texts, k=10: [(hit,) for _ in texts])
    monkeypatch.setattr(checker, "_assessor", lambda: LongClaimsRead())
    (claim,) = checker.check_claims((Claim(id="c1", text=text, start=0, end=len(text)),))
    assert clause in asked
    assert [e.stance for e in claim.evidence] == [Stance.REFUTES if clause_refutes else Stance.NEUTRAL]


@pytest.mark.parametrize(("score", "found"), [(0.25, True), (0.15, False)])
def test_a_clauses_rival_may_rank_as_low_as_any_rival(fake_embedder, monkeypatch, score, found):
    from factcheck.check import _claims_values
    from factcheck.model import Assessment, Hit, Mismatch, Stance

    passage = "The council adopted a 2025 budget of 9.4 billion CFA francs, 6% smaller than this year's."
    docs = {"wire": {"text": passage, "outlet": "Sahel Wire", "published": "2024-12-29"}}
    text = "The budget, up 6 percent on this year's, was approved on Saturday by 61 votes to 9"
    claim = Claim(id="c1", text=text, start=0, end=len(text))
    checker = Checker(make_corpus(docs), embedder=fake_embedder, k=2)
    hit = Hit(doc_id="wire", passage=passage, start=0, end=len(passage), score=score)
    monkeypatch.setattr(checker.index, "search_many", lambda texts, k: [(hit,) for _ in texts])
    rivals = [clause for _, _, clause in checker._by_clause((claim,), set(), set()) if clause]
    # found by the figure's own clause, a rival below the assessment floor, as any rival may be; not below the rivals'
    assert rivals == (["The budget, up 6 percent on this year's"] if found else [])
    # the direction of the claim's figure is a value the whole claim gives
    moved = Assessment(Stance.REFUTES, 0.75, (0.1, 0.75, 0.15), mismatches=(Mismatch("polarity", "up", "smaller"),))
    assert _claims_values(text, moved) == moved.mismatches


@pytest.mark.parametrize(
    ("text", "passage", "found"),
    [
        # a figure's rival ranked below the assessment floor counts where the whole claim's slots find it too
        ("The plant, which cost 96 million euros, was opened on Tuesday by the regional governor",
         "The plant cost around 118 million euros in the end, documents seen by the paper show.", True),
        # ... not where the claim tells a plan or an expectation: what is now is no rival of it
        ("Caspian Sunfield expects to begin building a second, 300-megawatt phase next year",
         "With a capacity of 240 megawatts, the plant is the largest solar installation in the country so far.", False),
    ],
)
def test_a_clauses_low_ranked_rival_figure(fake_embedder, monkeypatch, text, passage, found):
    from factcheck.model import Hit

    docs = {"paper": {"text": passage, "outlet": "Valley Courier", "published": "2026-03-04"}}
    claim = Claim(id="c1", text=text, start=0, end=len(text))
    checker = Checker(make_corpus(docs), embedder=fake_embedder, k=2)
    hit = Hit(doc_id="paper", passage=passage, start=0, end=len(passage), score=0.25)
    monkeypatch.setattr(checker.index, "search_many", lambda texts, k: [(hit,) for _ in texts])
    assert bool([c for _, _, c in checker._by_clause((claim,), set(), set()) if c]) is found


_WOLVES = "Camera traps in the reserve recorded 27 wolves this winter."


def _checker_finding(monkeypatch, docs, hits, stance):
    """A Checker over ``docs`` whose search returns ``hits`` (doc, passage, score) and whose assessor reads every pair
    with ``stance``; returns it and the list the passages it assessed go to."""
    from factcheck.model import Assessment, Hit

    corpus = make_corpus({d: {"text": t, "published": "2026-02-01"} for d, t in docs.items()})
    checker = Checker(corpus, embedder=FakeEmbedder(), k=2)
    found = tuple(Hit(d, p, docs[d].find(p), docs[d].find(p) + len(p), score) for d, p, score in hits)
    seen: list[str] = []

    class Reader:
        def assess_many(self, pairs):
            seen.extend(p for _, p in pairs)
            return [Assessment(stance, 0.7, (0.7, 0.1, 0.2)) for _ in pairs]

    monkeypatch.setattr(checker.index, "search_many", lambda texts, k=10: [found for _ in texts])
    monkeypatch.setattr(checker, "_assessor", lambda: Reader())
    return checker, seen


def _second_report(monkeypatch, first, second, stance):
    """The wolf count checked against a wire story, a release and a second report whose ``first`` passage ranks
    among the k and whose ``second`` ranks below them; the check and the passages assessed."""
    docs = {"wire": "Rangers counted 27 wolves in the reserve this winter, the park said.",
            "release": "The winter count found 27 wolves in the reserve.", "review": first + " " + second}
    checker, seen = _checker_finding(monkeypatch, docs, [("wire", docs["wire"], 0.6), ("review", first, 0.45),
                                                      ("release", docs["release"], 0.4), ("review", second, 0.35)],
                                  stance)
    (check,) = checker.check_claims(extract_claims(_WOLVES))
    return check, seen


@pytest.mark.parametrize(
    ("first", "second", "assessed"),
    [
        # a second report's count of the claim's figure, ranked below passages of origins already chosen, is not
        # crowded out of the ones assessed
        ("Herders in the valley say wolves took dozens of sheep this winter.",
         "The park's own staff, reviewing the same footage, put the number of wolves at 19.", True),
        # ... but one stating the claim's own figure is not one
        ("Herders in the valley say wolves took dozens of sheep this winter.",
         "The park's own staff, reviewing the same footage, put the number of wolves at 27.", False),
        # ... nor a figure in a document that states the claim's own in a passage chosen: of another thing
        ("The park's staff counted 27 wolves this winter.",
         "Herders say the 19 wolves they see most often stay near the river.", False),
    ],
)
def test_a_rival_ranked_below_the_k_chosen_is_assessed(monkeypatch, first, second, assessed):
    from factcheck.model import Stance

    _, seen = _second_report(monkeypatch, first, second, Stance.NEUTRAL)
    assert first in seen
    assert (second in seen) is assessed


def test_a_rival_below_the_k_read_as_support_counts_for_nothing(monkeypatch):
    from factcheck.model import Stance

    rival = "The park's own staff put the number of wolves at 19."
    check, seen = _second_report(monkeypatch, "Herders in the valley say wolves took dozens of sheep this winter.",
                                 rival, Stance.SUPPORTS)
    assert rival in seen
    assert [e.stance for e in check.evidence if e.passage == rival] == [Stance.NEUTRAL]


@pytest.mark.parametrize(
    ("rival", "assessed"),
    [("On 1 October the lake stood at 1,900.1 metres above sea level.", False),
     ("Researchers put the fall at about 14 metres.", True)],
)
def test_a_rival_below_the_k_is_of_the_claims_size(monkeypatch, rival, assessed):
    # a lake's level is no rival of the metres it lost
    from factcheck.model import Stance

    opening = "Anglers say the lake's fish stocks have been recovering."
    docs = {"wire": "Lake Arpi lost about 19 metres of its level in Soviet times, scientists said.",
            "release": "The lake's level fell by almost 19 metres under Soviet irrigation schemes.",
            "monitor": opening + " " + rival}
    checker, seen = _checker_finding(monkeypatch, docs, [("wire", docs["wire"], 0.6), ("monitor", opening, 0.45),
                                                      ("release", docs["release"], 0.4), ("monitor", rival, 0.35)],
                                  Stance.NEUTRAL)
    checker.check_claims(extract_claims("Lake Arpi lost about 19 metres of its level in the Soviet era."))
    assert (rival in seen) is assessed


_ARTISANS = "About 35,000 artisans in the city's jewellery industry have stopped work"


@pytest.mark.parametrize(("score", "kept"), [(0.25, True), (0.15, False)])
def test_a_rival_figure_ranked_below_the_relevance_bar_is_assessed_down_to_the_rival_bar(small_corpus, score, kept):
    from factcheck.model import Hit

    checker = Checker(small_corpus, embedder=FakeEmbedder())  # (min_relevance 0.3, rival_relevance 0.2)
    chosen = [Hit("release", "The union says more than 35,000 artisans have joined the stoppage.", 0, 10, 0.6)]
    rival = Hit("weather", "The labour office put the number of artisans on strike at about 12,000, well short of "
                "the union's figure.", 20, 40, score)
    assert (checker._rivals_below(_ARTISANS, [*chosen, rival], chosen) == [rival]) is kept


def test_a_figure_given_otherwise_brings_up_the_passage_below_the_k_stating_it(small_corpus):
    from factcheck.model import Hit

    checker = Checker(small_corpus, embedder=FakeEmbedder())
    claim = "Production is expected to fall to about 4.1 million tonnes this season"
    wire = Hit("wire", "The province expects a sharply smaller harvest after a dry summer.", 0, 10, 0.6)
    rival = Hit("journal", "Growers put the provincial harvest at about 3.6 million tonnes.", 0, 10, 0.5)
    yields = Hit("release", "Average yields are estimated at 67 tonnes per hectare.", 50, 60, 0.27)
    stating = Hit("release", "Production in the province is projected at approximately 4.1 million tonnes.", 20, 40,
                  0.25)
    assert checker._stating_below(claim, [wire, rival, yields, stating], [wire, rival]) == [stating]
    assert checker._stating_below(claim, [wire, yields, stating], [wire]) == []  # nothing given otherwise
    below_floor = Hit(stating.doc_id, stating.passage, stating.start, stating.end, 0.1)
    assert checker._stating_below(claim, [wire, rival, yields, below_floor], [wire, rival]) == []


def test_a_passage_below_states_the_figure_only_with_its_noun(small_corpus):
    from factcheck.model import Hit

    checker = Checker(small_corpus, embedder=FakeEmbedder())
    claim = "The council declared a dengue outbreak in 11 barangays"
    rival = Hit("weekly", "Seventeen barangays are now under an outbreak declaration.", 0, 10, 0.6)
    weeks = Hit("cho", "The office reports 2,846 dengue cases from 1 January to 15 March (Morbidity Weeks 1 to 11).",
                0, 10, 0.3)
    stating = Hit("council", "The council declared an outbreak in 11 barangays on Monday.", 20, 40, 0.25)
    assert checker._stating_below(claim, [rival, weeks], [rival]) == []
    assert checker._stating_below(claim, [rival, weeks, stating], [rival]) == [stating]
