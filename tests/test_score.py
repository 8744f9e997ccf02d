"""From evidence to verdicts."""

from __future__ import annotations

import inspect
import re

import attrs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.model import Attribution, Claim, ClaimKind, Evidence, Mismatch, SourceKind, Stance, Verdict
from factcheck.score import score_claim, source_matches

CLAIM = Claim(id="c1", text="The factory employs 2,000 workers.", start=0, end=34)
KCNA_CLAIM = Claim(
    id="c2", text="Kim Jong Un inspected a weapons factory.", start=0, end=40,
    attribution=Attribution(source="state media", source_kind=SourceKind.STATE_MEDIA, canonical="KCNA", cue="reported"),
)  # fmt: skip


def ev(doc, stance=Stance.SUPPORTS, score=0.9, origin=None, outlet=None, passage=None, start=0):
    # support gives the claim's figure; a refutation by default is the model's call, giving none
    text = passage or (f"Passage from {doc}: the factory employs far fewer workers." if stance is Stance.REFUTES
                       else f"Passage from {doc}: the factory employs 2,000 workers.")  # fmt: skip
    return Evidence(doc_id=doc, passage=text, start=start, end=start + len(text), stance=stance, score=score,
                    origin=origin or doc, outlet=outlet)  # fmt: skip


def test_nothing_is_unverified():
    out = score_claim(CLAIM, [])
    assert out.verdict is Verdict.UNVERIFIED and out.score == 0.0 and out.independent_sources == 0
    assert out.attribution_confirmed is None


def test_neutral_and_weak_evidence_is_unverified():
    out = score_claim(CLAIM, [ev("a", Stance.NEUTRAL, 0.99), ev("b", Stance.SUPPORTS, 0.3)])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


@pytest.mark.parametrize("copies", [1, 3, 6])
def test_syndicated_copies_count_once(copies):
    items = [ev(f"copy{i}", origin="wire-1", passage=f"Copy {i}: the factory employs 2,000 workers.") for i in range(copies)]
    out = score_claim(CLAIM, items)
    assert out.verdict is Verdict.SUPPORTED
    assert out.independent_sources == 1
    assert out.score == pytest.approx(score_claim(CLAIM, items[:1]).score)


def test_score_grows_with_independent_origins_and_confidence():
    one = score_claim(CLAIM, [ev("a")])
    two = score_claim(CLAIM, [ev("a"), ev("b")])
    weak = score_claim(CLAIM, [ev("a", score=0.6)])
    assert two.independent_sources == 2
    assert 0 < weak.score < one.score < two.score <= 1


def test_refutation_shrinks_score_and_disputes():
    sup = score_claim(CLAIM, [ev("a"), ev("b")])
    out = score_claim(CLAIM, [ev("a"), ev("b"), ev("c", Stance.REFUTES)])
    assert out.verdict is Verdict.DISPUTED
    assert out.score < sup.score


def test_two_independent_origins_disagree_is_disputed():
    out = score_claim(CLAIM, [ev("a", origin="o1"), ev("b", Stance.REFUTES, origin="o2")])
    assert out.verdict is Verdict.DISPUTED


def test_refutation_only_is_contradicted():
    out = score_claim(CLAIM, [ev("a", Stance.REFUTES), ev("b", Stance.NEUTRAL)])
    assert out.verdict is Verdict.CONTRADICTED and out.independent_sources == 0


def test_evidence_sorted_strongest_first_and_deduplicated():
    items = [ev("n", Stance.NEUTRAL, 0.99), ev("a", score=0.6), ev("b", score=0.95), ev("a", score=0.6)]
    out = score_claim(CLAIM, items)
    assert [e.doc_id for e in out.evidence] == ["b", "a", "n"]


@pytest.mark.parametrize(
    ("outlet", "name", "same"),
    [("Korean Central News Agency", "KCNA", True), ("KCNA", "KCNA", True), ("Thomson Reuters", "Reuters", True),
     ("Yonhap", "KCNA", False), (None, "KCNA", False),
     # a state agency described, and by its translated name
     ("New China News Agency", "China's official news agency", True), ("Xinhua", "China's state news agency", True),
     ("Global Times", "China's official news agency", False), ("TASS", "North Korea's state news agency", False),
     # a government department is a ministry; a country after a comma is no part of the name
     ("Department of the Marine, Ireland", "the marine ministry", True), ("Ministry of Health", "the health ministry", True),
     ("Department of Health", "the transport department", False), ("Ministry of Defence", "the interior ministry", False)],
)  # fmt: skip
def test_source_matches(outlet, name, same):
    assert source_matches(outlet, [name]) is same


def test_only_the_source_says_it():
    out = score_claim(KCNA_CLAIM, [ev("kcna-1", outlet="Korean Central News Agency")])
    assert out.attribution_confirmed is True
    assert out.verdict is Verdict.UNVERIFIED
    assert out.independent_sources == 0
    assert out.note == "reported by KCNA, not independently corroborated"


def test_report_quoting_the_source_confirms_attribution_but_is_not_independent():
    quoting = ev("yonhap-1", outlet="Yonhap", passage="KCNA said Kim Jong Un inspected a weapons factory.")
    out = score_claim(KCNA_CLAIM, [quoting])
    assert out.attribution_confirmed is True and out.independent_sources == 0


def test_a_report_quoting_the_speakers_words_corroborates_a_quotation():
    said = Attribution(source="Kaupa", source_kind=SourceKind.PERSON, canonical="Joseph Kaupa", cue="said")
    quote = Claim(id="q1", text='"This government will finish the job."', start=0, end=39, attribution=said,
                  kind=ClaimKind.QUOTE)  # fmt: skip
    passage = '"This government will finish the job," Mr Kaupa told reporters.'
    out = score_claim(quote, [ev("wire-1", outlet="Wire", passage=passage)])
    assert (out.verdict, out.attribution_confirmed, out.independent_sources) == (Verdict.SUPPORTED, True, 1)
    # the same report of a paraphrased claim of his confirms only that he said it
    event = attrs.evolve(quote, text="The government will finish the job.", kind=ClaimKind.EVENT)
    assert score_claim(event, [ev("wire-1", outlet="Wire", passage=passage)]).verdict is Verdict.UNVERIFIED


def test_a_report_giving_a_claims_quoted_words_corroborates_them():
    said = Attribution(source="The works council", source_kind=SourceKind.OFFICIAL, canonical="works council",
                       cue="said")  # fmt: skip
    claim = Claim(id="q3", text='The works council would "examine every single dismissal" before agreeing to terms.',
                  start=0, end=80, attribution=said, kind=ClaimKind.OTHER)  # fmt: skip
    passage = 'The works council said it would "examine every single dismissal" and called for voluntary departures.'
    out = score_claim(claim, [ev("wire-1", outlet="Business Wire", passage=passage)])
    assert (out.verdict, out.independent_sources) == (Verdict.SUPPORTED, 1)
    # reworded, the report confirms only that the council said so
    reworded = passage.replace('"examine every single dismissal"', "review each dismissal")
    assert score_claim(claim, [ev("wire-1", outlet="Business Wire", passage=reworded)]).verdict is Verdict.UNVERIFIED


def test_a_report_giving_a_short_quotation_with_the_whole_claim_corroborates_it():
    said = Attribution(source="Rui Alvarenga-Pinto", source_kind=SourceKind.PERSON, canonical="Rui Alvarenga-Pinto",
                       cue="said")  # fmt: skip
    claim = Claim(id="q4", text='The company was "deeply sorry" for the disruption', start=0, end=49, attribution=said,
                  kind=ClaimKind.OTHER)  # fmt: skip
    passage = 'Chief executive Rui Alvarenga-Pinto said the company was "deeply sorry" for the disruption caused.'
    assert score_claim(claim, [ev("wire-1", outlet="Iberian Press Wire", passage=passage)]).verdict is Verdict.SUPPORTED
    # the two quoted words alone, in other surroundings, are a scare quote: no witness of the claim
    other = 'Chief executive Rui Alvarenga-Pinto said staff were "deeply sorry" to leave.'
    assert score_claim(claim, [ev("wire-1", outlet="Iberian Press Wire", passage=other)]).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("outlet", "verdict"), [("Harwick United FC", Verdict.UNVERIFIED), ("Ministry of Labour", Verdict.UNVERIFIED),
                                                 ("Harwick Evening Post", Verdict.SUPPORTED)])  # fmt: skip
def test_a_body_quoting_its_own_speaker_is_no_witness(outlet, verdict):
    said = Attribution(source="manager Ellis Brandt", source_kind=SourceKind.PERSON, canonical="Ellis Brandt", cue="said")
    quote = Claim(id="q2", text='"He is exactly the forward we have been chasing."', start=0, end=50, attribution=said,
                  kind=ClaimKind.QUOTE)  # fmt: skip
    passage = '"He is exactly the forward we have been chasing," said manager Ellis Brandt.'
    assert score_claim(quote, [ev("doc-1", outlet=outlet, passage=passage)]).verdict is verdict


def test_a_report_naming_the_source_by_surname_confirms_attribution():
    claim = Claim(id="c3", text="19 people had died.", start=0, end=19, attribution=Attribution(
        source="The director, Ana Matsinhe", source_kind=SourceKind.PERSON, canonical="Ana Matsinhe", cue="told"))
    quoting = ev("aim-1", outlet="AIM", passage="Matsinhe told AIM that 19 people had died of the disease.")
    out = score_claim(claim, [quoting])
    assert out.attribution_confirmed is True and out.independent_sources == 0
    other = ev("aim-2", outlet="AIM", passage="A nurse told AIM that 19 people had died of the disease.")
    assert score_claim(claim, [other]).attribution_confirmed is False


COMPANY_CLAIM = Claim(
    id="c4", text="Brandt's first-quarter profit fell 38% to 212 million euros.", start=0, end=61,
    attribution=Attribution(source="Brandt", source_kind=SourceKind.OFFICIAL, canonical="Brandt", cue="said"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "independent"),
    [
        # the wire states it in its own voice: Brandt is what the passage is about, not who it quotes
        ("Car-parts maker Brandt will cut 3,500 jobs after its first-quarter profit fell 38% to 212 million euros.", 1),
        ("Brandt's first-quarter profit fell 38% to 212 million euros, the company said on Tuesday.", 0),
        ("First-quarter profit fell 38% to 212 million euros, Brandt said.", 0),
        ("First-quarter profit fell 38% to 212 million euros, according to Brandt.", 0),
        ("Data from Brandt showed first-quarter profit fell 38% to 212 million euros.", 0),
    ],
)
def test_a_report_that_names_the_source_as_its_subject_is_independent(passage, independent):
    out = score_claim(COMPANY_CLAIM, [ev("wire-1", outlet="Continental Wire", passage=passage)])
    assert out.independent_sources == independent
    assert out.verdict is (Verdict.SUPPORTED if independent else Verdict.UNVERIFIED)


def test_source_plus_independent_origin():
    items = [ev("kcna-1", outlet="KCNA"), ev("sat-1", outlet="38 North", passage="Satellite images show the visit.")]
    out = score_claim(KCNA_CLAIM, items)
    assert out.attribution_confirmed is True
    assert out.verdict is Verdict.SUPPORTED and out.independent_sources == 1


def test_attributed_claim_without_source_evidence():
    out = score_claim(KCNA_CLAIM, [ev("other", outlet="Reuters", passage="Kim inspected a factory, images show.")])
    assert out.attribution_confirmed is False
    assert out.verdict is Verdict.SUPPORTED


def test_bad_threshold_raises():
    with pytest.raises(ValueError, match="threshold"):
        score_claim(CLAIM, [], threshold=2.0)


_stances = st.sampled_from(list(Stance))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), _stances, st.floats(0, 1)), max_size=8))
def test_invariants(spec):
    items = [ev(f"d{i}", s, sc, origin=f"o{o}", start=i) for i, (o, s, sc) in enumerate(spec)]
    out = score_claim(CLAIM, items)
    assert 0.0 <= out.score <= 1.0
    threshold = inspect.signature(score_claim).parameters["threshold"].default
    sup = {e.origin for e in items if e.stance is Stance.SUPPORTS and e.score >= threshold}
    assert out.independent_sources <= len(sup)
    if out.verdict is Verdict.SUPPORTED:
        assert out.independent_sources >= 1
    if not any(e.stance is not Stance.NEUTRAL and e.score >= threshold for e in items):
        assert out.verdict is Verdict.UNVERIFIED


def _mismatch():
    from factcheck.model import Mismatch

    return Mismatch(kind="number", claim="2,000", source="1,200")


@pytest.mark.parametrize(
    ("refutation_has_values", "expected"),
    [(False, Verdict.SUPPORTED), (True, Verdict.CONTRADICTED)],
)
def test_within_one_origin_only_a_refutation_naming_values_outvotes_support(refutation_has_values, expected):
    # a wire story and its copy: one origin, two documents
    sup = ev("a", Stance.SUPPORTS, 0.7, origin="doc-a", passage="The factory employs 2,000 workers.", start=0)
    ref = Evidence(doc_id="a-copy", passage="Output at the plant fell last year.", start=100, end=135,
                   stance=Stance.REFUTES,
                   score=0.95, origin="doc-a", mismatches=(_mismatch(),) if refutation_has_values else ())  # fmt: skip
    out = score_claim(CLAIM, [sup, ref])
    assert out.verdict is expected


@pytest.mark.parametrize(("score", "with_values", "expected"), [
    (0.55, False, Verdict.UNVERIFIED),  # the model alone, barely: not enough to contradict
    (0.65, False, Verdict.CONTRADICTED),
    (0.55, True, Verdict.CONTRADICTED),  # a differing value named: the usual threshold
])  # fmt: skip
def test_a_model_only_refutation_needs_more_confidence(score, with_values, expected):
    ref = Evidence(doc_id="b", passage="Output at the plant fell last year.", start=0, end=35, stance=Stance.REFUTES,
                   score=score, origin="doc-b", mismatches=(_mismatch(),) if with_values else ())  # fmt: skip
    assert score_claim(CLAIM, [ref]).verdict is expected
    assert score_claim(CLAIM, [ref], model_refute=0.5).verdict is Verdict.CONTRADICTED


def test_an_anonymous_source_is_never_confirmed_by_a_place_it_shares():
    claim = Claim(id="c4", text="The centres were running short of salts.", start=0, end=40, attribution=Attribution(
        source="Two aid workers in Nacala", source_kind=SourceKind.ANONYMOUS, canonical="Two aid workers in Nacala",
        cue="said"))
    relief = ev("hri-1", outlet="Health Relief International", passage="Salts at the Nacala centres are running low.")
    out = score_claim(claim, [relief])
    assert out.verdict is Verdict.SUPPORTED and out.independent_sources == 1
    assert out.attribution_confirmed is None and "not found in reporting" not in out.note


SEASON = Claim(id="c9", text="The 2021 season was the worst on record, when 100,000 hectares burned.", start=0, end=70)


@pytest.mark.parametrize(
    ("published", "passage", "mismatch", "counted"),
    [
        ("2026-08-14", "The wildfire has burned an estimated 4,200 hectares.", "number", False),
        ("2021-09-01", "The wildfire has burned an estimated 4,200 hectares.", "number", True),  # of its year
        ("2026-08-14", "In 2021 fires burned 4,200 hectares.", "number", True),  # it names the year
        ("2026-08-14", "The worst season was in 2007, when 100,000 hectares burned.", "date", True),
        (None, "The wildfire has burned an estimated 4,200 hectares.", "number", True),  # undated: no telling
        # the year before the writing, told from it, is the claim's year; a later one is not
        ("2022-03-01", "Fires burned 4,200 hectares last summer.", "number", True),
        ("2023-03-01", "Fires burned 4,200 hectares last summer.", "number", False),
        ("2026-08-14", "Fires burned 4,200 hectares.|Wildfire review of the 2021 season", "number", True),  # title
    ],
)
def test_a_later_passage_silent_on_the_claims_year_does_not_refute_it(published, passage, mismatch, counted):
    passage, _, title = passage.partition("|")
    e = Evidence(doc_id="d", passage=passage, start=0, end=len(passage), stance=Stance.REFUTES, score=0.8,
                 published=published, title=title or None, mismatches=[Mismatch(mismatch, "x", "y")])  # fmt: skip
    out = score_claim(SEASON, [e])
    assert out.verdict is (Verdict.CONTRADICTED if counted else Verdict.UNVERIFIED)
    assert ("set aside" in out.note) is not counted
    assert out.evidence == (e,)  # still listed


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the year dates the other verb phrase ("and began ..."), not the park's size
        ("The 90-megawatt park has 30 turbines and began commercial operation in 2019.", True),
        ("The park reached 90 megawatts in 2019.", False),
    ],
)
def test_a_year_of_another_verb_phrase_does_not_date_the_figure(text, counted):
    claim = Claim(id="c11", text=text, start=0, end=len(text))
    passage = "The park, with an installed capacity of 120 megawatts, was told to cut output."
    e = Evidence(doc_id="d", passage=passage, start=0, end=len(passage), stance=Stance.REFUTES, score=0.8,
                 published="2024-11-14", mismatches=[Mismatch("number", "90", "120")])  # fmt: skip
    assert score_claim(claim, [e]).verdict is (Verdict.CONTRADICTED if counted else Verdict.UNVERIFIED)


def test_a_year_a_span_runs_from_is_not_the_claims_time():
    claim = Claim(id="c10", text="The firm is cutting 1,800 jobs, its first layoffs since 2019.", start=0, end=61)
    e = Evidence(doc_id="d", passage="The firm said it would cut about 1,200 jobs.", start=0, end=44,
                 stance=Stance.REFUTES, score=0.8, published="2026-04-29",
                 mismatches=[Mismatch("number", "1,800", "1,200")])  # fmt: skip
    assert score_claim(claim, [e]).verdict is Verdict.CONTRADICTED


def test_a_year_in_a_relative_clause_is_not_the_claims_time():
    claim = Claim(id="c11", text="The museum paid 2.4 million pounds for the canvas, which Kjelsberg painted in 1872.",
                  start=0, end=83)  # fmt: skip
    e = Evidence(doc_id="d", passage="The museum paid 2.1 million pounds for the work.", start=0, end=48,
                 stance=Stance.REFUTES, score=0.8, published="2024-02-07",
                 mismatches=[Mismatch("number", "2.4 million", "2.1 million")])  # fmt: skip
    assert score_claim(claim, [e]).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the year dates the other verb phrase, not the figure: the later passage's figure still refutes it
        ("The port scheme added about 2.6 square kilometres of land, and was completed in 2021.", True),
        ("In 2021 the port scheme added about 2.6 square kilometres of land.", False),
    ],
)
def test_a_year_of_another_verb_phrase_does_not_date_the_figure(text, counted):
    claim = Claim(id="c12", text=text, start=0, end=len(text))
    e = Evidence(doc_id="d", passage="Satellite images show the new land covers roughly 1.9 square kilometres.",
                 start=0, end=72, stance=Stance.REFUTES, score=0.8, published="2024-06-01",
                 mismatches=[Mismatch("number", "2.6", "1.9")])  # fmt: skip
    assert (score_claim(claim, [e]).verdict is Verdict.CONTRADICTED) is counted


def test_another_bodys_credit_in_a_passage_naming_the_source_is_not_the_source():
    claim = _said_by("the government", "The government will raise the monthly minimum wage by 6.2 percent.")
    journal = ev("journal", outlet="Santiago Business Journal", passage=(
        "The government's decision to lift the minimum wage by 6.2 percent comes as price pressures ease. "
        "Inflation slowed to 4.1 percent in October, the central bank reported last week."))
    assert score_claim(claim, [journal]).independent_sources == 1


def test_a_croatian_companys_statement_is_the_companys_word():
    claim = _said_by("The company", "The company would appeal the ruling.")
    statement = ev("statement", outlet="Jadran Navis d.d.", passage="Jadran Navis will appeal against the judgment.")
    assert score_claim(claim, [statement]).verdict is Verdict.UNVERIFIED


def test_the_models_refutation_spares_the_facts_the_passage_states():
    text = "Cyclone Nirjhar crossed the coast near Gopalpur in Ganjam district early on Friday."
    claim = Claim(id="c13", text=text, start=0, end=len(text))
    wire = ev("wire", outlet="National Wire", passage=text)
    bulletin = ev("bulletin", Stance.REFUTES, 0.7, outlet="Meteorological Department", passage=(
        "Nirjhar crossed the coast close to Gopalpur (Ganjam district) between 0300 and 0500 hours of 8 November."))
    facts = {f.text: f.verdict for f in score_claim(claim, [wire, bulletin]).facts}
    assert facts["Gopalpur"] is Verdict.SUPPORTED and facts["Ganjam"] is Verdict.SUPPORTED
    assert facts["Friday"] is Verdict.DISPUTED  # not stated there: the model's call stands against it


def test_the_models_refutation_of_a_value_stated_to_be_disavowed_stands():
    text = "The rise will benefit about 2.8 million workers."
    claim = Claim(id="c14", text=text, start=0, end=len(text))
    order = ev("order", outlet="Ministry of Labour", passage="About 2.8 million workers will benefit from the rise.")
    paper = ev("paper", Stance.REFUTES, 0.75, outlet="The Mombasa Tide", passage=(
        "The employers' federation disputed the ministry's claim that 2.8 million people would gain."))
    facts = {f.text: f.verdict for f in score_claim(claim, [order, paper]).facts}
    assert facts["2.8 million"] is Verdict.DISPUTED


def test_a_value_describing_the_thing_as_it_is_is_not_of_the_claims_time():
    text = "The villa, which covers 420 square metres, was built between 2016 and 2018 on the coast."
    claim = Claim(id="c12", text=text, start=0, end=len(text))
    e = Evidence(doc_id="d", passage="Plans describe a two-level house of 380 square metres.", start=0, end=54,
                 stance=Stance.REFUTES, score=0.8, published="2025-03-12",
                 mismatches=[Mismatch("number", "420", "380")])  # fmt: skip
    assert score_claim(claim, [e]).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("outlet", "kind"),
    [("Dushanbe Information Agency", SourceKind.NEWS_MEDIA), ("Baltic Telegraph Agency", SourceKind.NEWS_MEDIA),
     ("Environment Agency", SourceKind.OFFICIAL)],
)
def test_an_information_agency_is_a_newsroom(outlet, kind):
    from factcheck.resolve import classify_source

    assert classify_source(outlet)[0] is kind


def test_a_dispute_between_the_source_and_others_says_so():
    out = score_claim(KCNA_CLAIM, [ev("k", outlet="Korean Central News Agency"), ev("w", Stance.REFUTES, outlet="Wire"),
                                   ev("x", Stance.REFUTES, outlet="Other")])  # fmt: skip
    assert out.verdict is Verdict.DISPUTED and out.attribution_confirmed is True
    assert out.note == "reported by KCNA; 2 other origin(s) refute it"


def test_a_copy_of_the_sources_own_story_is_its_report():
    claim = Claim(id="c5", text="The satellite is designed to operate for eight years.", start=0, end=52,
                  attribution=Attribution(source="Huaxia", source_kind=SourceKind.STATE_MEDIA, canonical="Huaxia",
                                          cue="reported"))  # fmt: skip
    copy = ev("apd-1", outlet="Asia-Pacific Daily", passage="TAIYUAN, May 16 (Huaxia) — The satellite has a design "
              "life of eight years, according to the space administration.")  # fmt: skip
    out = score_claim(claim, [copy])
    assert out.attribution_confirmed is True and out.independent_sources == 0
    assert out.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("source", "outlet", "independent"),
    [
        ("the club", "Harbourside City FC", 0),
        ("the ministry", "Ministry of Health Malaysia", 0),
        ("the company", "Brandt Systems AG", 0),
        ("the club", "The Northern Ledger", 1),
        ("the ministry", "Harbourside City FC", 1),
        # a title or a generic name saying whom the source speaks for
        ("institute director Lucia Benitez", "National Statistics Institute of Paraguay", 0),
        ("Health Minister Nirosha Wickramage", "Ministry of Health, Sri Lanka", 0),
        ("the board", "Estonian National Electoral Board", 0),
        ("organisers", "Cape Town Marathon Organising Committee", 0),
        ("a joint statement", "Harrowfield Bank and Keewatin Savings (joint news release)", 0),
        ("the marine ministry", "Department of the Marine, Ireland", 0),
        ("Health Minister Nirosha Wickramage", "Ministry of Defence", 1),
        ("the board", "The Northern Ledger", 1),
        ("the union", "Coastal Transport Workers' Union", 0),
        ("their union", "National Federation of Dockworkers", 0),
        ("the university", "University of Auckland", 0),
        ("the airline", "Nordvik Air", 0),
        ("the union", "Nordvik Air", 1),
        # a bureau is a department, city hall the municipality, a metro operator the metro, a governor his governorate
        ("The bureau", "Department of Health, Kaohsiung City Government", 0),
        ("City hall", "Yerevan Municipality", 0),
        ("The operator", "Tashkent Metropoliteni press service", 0),
        ("Governor Ashraf El-Sherbiny", "Red Sea Governorate - Media Office", 0),
        ("City hall", "Red Sea Governorate - Media Office", 1),
        # an acronym of a company's name without its legal form; "S.A." is a company
        ("ASC", "Aguas Serranas del Centro S.A.", 0),
        ("the company", "Aerogeneradores Irati S.A.", 0),
        ("ASC", "Agencia Sur de Noticias", 1),
        ("The bureau", "Harbour City Times", 1),
    ],
)
def test_a_source_named_generically_is_the_body_the_outlet_names(source, outlet, independent):
    claim = Claim(id="c6", text="The deal includes a further 10 million euros in add-ons.", start=0, end=55,
                  attribution=Attribution(source=source, source_kind=SourceKind.OFFICIAL, canonical=source, cue="said"))
    out = score_claim(claim, [ev("doc-1", outlet=outlet, passage="The agreement includes add-ons worth up to 10 million euros.")])
    assert out.independent_sources == independent
    assert out.attribution_confirmed is (not independent)


@pytest.mark.parametrize(
    ("passage", "independent"),
    [
        ("The attackers demanded $2 million, according to a person familiar with the investigation.", 0),
        ("The attackers demanded $2 million, officials said on condition of anonymity.", 0),
        ("The attackers demanded $2 million, the police said.", 1),
    ],
)
def test_an_unnamed_sources_claim_is_not_corroborated_by_an_unnamed_source(passage, independent):
    claim = Claim(id="c7", text="The hackers demanded a ransom of $2 million.", start=0, end=44,
                  attribution=Attribution(source="a person familiar with the investigation",
                                          source_kind=SourceKind.ANONYMOUS, cue="according to"))  # fmt: skip
    out = score_claim(claim, [ev("doc-1", outlet="Seoul Tech Times", passage=passage)])
    assert out.independent_sources == independent
    assert out.verdict is (Verdict.SUPPORTED if independent else Verdict.UNVERIFIED)
    assert out.attribution_confirmed is None


@pytest.mark.parametrize(("score", "verdict"), [(0.45, Verdict.SUPPORTED), (0.36, Verdict.SUPPORTED),
                                               (0.32, Verdict.UNVERIFIED)])
def test_a_support_counts_from_the_default_threshold(score, verdict):
    assert score_claim(CLAIM, [ev("a", Stance.SUPPORTS, score)]).verdict is verdict


@pytest.mark.parametrize(("score", "verdict"), [(0.45, Verdict.DISPUTED), (0.36, Verdict.CONTRADICTED)])
def test_support_the_model_is_barely_sure_of_is_no_side_of_a_dispute(score, verdict):
    refuting = attrs.evolve(ev("b", Stance.REFUTES, 0.8), mismatches=(_mismatch(),))
    assert score_claim(CLAIM, [ev("a", Stance.SUPPORTS, score), refuting]).verdict is verdict


def _with_figure(doc, claim_value, passage_value):
    e = ev(doc, Stance.NEUTRAL, 0.6, passage=f"Another count put it at {passage_value} workers.")
    return attrs.evolve(e, mismatches=(Mismatch("number", claim_value, passage_value),))


@pytest.mark.parametrize(
    ("items", "verdict"),
    [
        # an origin the model reads as neutral gives another figure for what another origin supports
        (lambda: [ev("a"), _with_figure("b", "2,000", "1,200")], Verdict.DISPUTED),
        # the same origin's own other passage is no second voice
        (lambda: [ev("a"), _with_figure("a", "2,000", "1,200")], Verdict.SUPPORTED),
        # with nothing supported there is nothing to dispute
        (lambda: [_with_figure("b", "2,000", "1,200")], Verdict.UNVERIFIED),
    ],
)
def test_another_origins_other_figure_disputes_a_supported_claim(items, verdict):
    out = score_claim(CLAIM, items(), counter_figures=True)
    assert out.verdict is verdict
    if verdict is Verdict.DISPUTED:
        assert "2,000 vs 1,200" in out.note
        assert out.score < score_claim(CLAIM, items()[:1]).score
    assert score_claim(CLAIM, items()).verdict is not Verdict.DISPUTED  # off by default


MINISTRY_CLAIM = Claim(
    id="c3", text="Classes will resume on May 4.", start=0, end=29,
    attribution=Attribution(source="the education ministry", source_kind=SourceKind.OFFICIAL, cue="said"),
)  # fmt: skip


def test_an_official_bodys_own_statement_is_the_record():
    own = ev("edu-1", outlet="Education Ministry", passage="Classes will resume on Monday, May 4, the ministry said.")
    out = score_claim(MINISTRY_CLAIM, [own], official_record=True)
    assert out.verdict is Verdict.SUPPORTED
    assert out.independent_sources == 0 and out.attribution_confirmed is True
    assert out.note.startswith("on the record") and "not independently corroborated" in out.note
    # without the rule (the default), and for a news agency's claim, it stays "reported, not corroborated"
    assert score_claim(MINISTRY_CLAIM, [own]).verdict is Verdict.UNVERIFIED
    kcna = score_claim(KCNA_CLAIM, [ev("kcna-1", outlet="Korean Central News Agency")], official_record=True)
    assert kcna.verdict is Verdict.UNVERIFIED
    # and what others refute is disputed, not on the record
    other = ev("wire-1", Stance.REFUTES, outlet="Wire", passage="Classes will not resume before May 11.")
    assert score_claim(MINISTRY_CLAIM, [own, other], official_record=True).verdict is Verdict.DISPUTED


def _renamed(claim: Claim, passage: str, pair: tuple[str, str] | None):
    """Score one passage for a quoted claim; assert it is contradicted with ``pair`` (name written, name found) as
    its one mismatch, or not contradicted at all."""
    out = score_claim(claim, [ev("wire-1", outlet="Wire", passage=passage)])
    assert (out.verdict is Verdict.CONTRADICTED) is (pair is not None)
    assert [(m.claim, m.source) for e in out.evidence for m in e.mismatches] == ([pair] if pair else [])
    if pair:
        assert out.attribution_confirmed is False and pair[1] in out.note
        # the words are the speaker's, said as quoted: the quotation stands, the name is wrong
        assert out.rest_verdict is Verdict.SUPPORTED
    else:
        assert out.rest_verdict is None
    return out


PLANTATION_CLAIM = Claim(
    id="c7", text="It would ask the labour department to send a mediator this week.", start=0, end=65,
    attribution=Attribution(source="Nakanai Palm Estates Ltd", source_kind=SourceKind.OFFICIAL, cue="said"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "independent"),
    [
        # "the company" of a story about one company is that company, speaking
        ("The company said it would ask the labour department to appoint a mediator this week.", False),
        ("Nakanai Palm Estates said it would ask the labour department to appoint a mediator this week.", False),
        # another sort of body is another voice
        ("The ministry said the company would ask the labour department to send a mediator this week.", True),
        ("The company will ask the labour department to send a mediator this week, union officials said.", True),
    ],
)  # fmt: skip
def test_a_body_credited_by_its_generic_name_is_the_claims_own_source(passage, independent):
    out = score_claim(PLANTATION_CLAIM, [ev("wire-1", outlet="Wire", passage=passage)])
    assert (out.verdict is Verdict.SUPPORTED) is independent
    assert out.independent_sources == int(independent)


@pytest.mark.parametrize(
    ("source", "credit", "independent"),
    [
        # a trade's word in a body's name makes it a company: "the company" of its story is that company
        ("Fueguina Electrónica", "The company said", False),
        ("Zarafshon Tekstil", "The firm said", False),
        ("Kimberley Pearls", "The company said", False),
        # ... and a name with no trade's word may be a person's, whom "the company" does not speak for
        ("Fueguina Ortega", "The company said", True),
    ],
)
def test_a_trades_word_in_a_name_makes_it_a_company(source: str, credit: str, independent: bool) -> None:
    claim = _said_by(source, "It plans to hire 200 seasonal workers in September if the dispute is settled",
                     SourceKind.PERSON)  # fmt: skip
    wire = ev("aan", outlet="Agencia Austral de Noticias",
              passage=f"{credit} it plans to hire 200 seasonal workers in September if the dispute is resolved.")
    assert (score_claim(claim, [wire]).verdict is Verdict.SUPPORTED) is independent


def _said_by(source: str, text: str, kind: SourceKind = SourceKind.OFFICIAL) -> Claim:
    return Claim(id="c8", text=text, start=0, end=len(text),
                 attribution=Attribution(source=source, canonical=source, source_kind=kind, cue="said"))


@pytest.mark.parametrize(
    ("source", "passage", "independent"),
    [
        # a body named by its sort is credited by a qualified or kindred name of that sort
        ("The bureau", "The department said it would spray insecticide in 38 boroughs until the end of October.",
         False),
        ("the ministry", "The harvest will reach 72,000 tonnes, the agriculture ministry said on Thursday.", False),
        # "it said" in a passage naming the source is the source speaking
        ("City hall", "City hall estimates the change will add 2.9 billion drams a year, it said.", False),
        # a person's title before a name spelt another way
        ("Rigoberto Funes", "Mayor Rigoberto Funez said the intake would end rationing by late 2026.", False),
        ("The bureau", "The ministry said the bureau would spray insecticide in 38 boroughs.", True),
        ("Rigoberto Funes", "Mayor Rigoberto Valle said the intake would end rationing by late 2026.", True),
    ],
)
def test_a_source_credited_by_a_kindred_name_is_the_claims_own(source, passage, independent):
    out = score_claim(_said_by(source, "The work will be finished by late 2026."),
                      [ev("wire-1", outlet="Wire", passage=passage)])  # fmt: skip
    assert out.independent_sources == int(independent)


def test_the_sort_of_a_source_named_by_an_acronym_comes_from_its_own_documents():
    """"REC" is the "Rarotonga Electricity Corporation" whose release is in the evidence: a wire crediting "the
    utility" repeats it."""
    claim = _said_by("REC", "The project will cut diesel imports by about 3 million litres a year.")
    own = ev("rec-update", outlet="Rarotonga Electricity Corporation",
             passage="The project is expected to reduce diesel use by about 3 million litres per year.")
    wire = ev("wire-1", outlet="South Pacific Newswire",
              passage="The utility said the project would reduce diesel imports by around 3 million litres a year.")
    out = score_claim(claim, [own, wire])
    assert out.independent_sources == 0
    assert out.verdict is Verdict.UNVERIFIED
    # without the body's own document, "the utility" is no name of "REC"
    assert score_claim(claim, [wire]).independent_sources == 1


GOVERNOR_CLAIM = Claim(
    id="c5", text='"We have never seen the river rise this fast."', start=0, end=47, kind=ClaimKind.QUOTE,
    attribution=Attribution(source="Cagayan Governor Rafael Dulay", source_kind=SourceKind.OFFICIAL, cue="said"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "misnamed"),
    [
        ('"We have never seen the river rise this fast," said Governor Rafael Ilagan.', True),
        ('"We have never seen the river rise this fast," Governor Rafael Dulay told reporters.', False),
        # another Rafael, but the evidence also writes the claim's surname: no misnaming
        ('Rafael Ilagan, a farmer, said the river rose fast. Governor Dulay ordered an evacuation.', False),
        ('"We have never seen the river rise this fast," the governor said.', False),
    ],
)  # fmt: skip
def test_a_misnamed_source_is_contradicted(passage, misnamed):
    out = _renamed(GOVERNOR_CLAIM, passage, ("Rafael Dulay", "Rafael Ilagan") if misnamed else None)
    if misnamed:
        assert out.verdict_for("the river rise this fast") is Verdict.SUPPORTED
        assert out.verdict_for("Cagayan Governor Rafael Dulay") is Verdict.CONTRADICTED


UNDERSECRETARY_CLAIM = Claim(
    id="c6", text='"The fort has to tell the story of a living town."', start=0, end=50, kind=ClaimKind.QUOTE,
    attribution=Attribution(source="Undersecretary for Heritage Ibrahim al-Kharusi", source_kind=SourceKind.PERSON,
                            cue="said"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "renamed"),
    [
        ('"The fort has to tell the story of a living town," Salim al-Mahrouqi, the ministry\'s undersecretary, '
         "said at the ceremony.", True),
        ('"The fort has to tell the story of a living town," Ibrahim al-Kharusi said at the ceremony.', False),
        # the evidence writes the source's surname elsewhere: two speakers, no renaming
        ('"The fort has to tell the story of a living town," Salim al-Mahrouqi said. Undersecretary al-Kharusi '
         "opened the hall.", False),
        # two people named beside the quotation: whose words they are is not clear
        ('"The fort has to tell the story of a living town," Salim al-Mahrouqi told Fatma al-Busaidi.', False),
        ('"The fort has to tell the story of a living town," the undersecretary said.', False),
    ],
)  # fmt: skip
def test_a_quotation_the_evidence_credits_to_another_speaker_is_contradicted(passage, renamed):
    _renamed(UNDERSECRETARY_CLAIM, passage, ("Ibrahim al-Kharusi", "Salim al-Mahrouqi") if renamed else None)


@pytest.mark.parametrize(
    ("source", "passage", "expected"),
    [
        # a surname of two words, and a closing vowel changed
        ("Justice Minister Raul Castaneda Ibarra", '"No talks," Justice Minister Raul Castanedo Ibarra said.',
         ("Raul Castaneda Ibarra", "Raul Castanedo Ibarra")),
        ("Justice Minister Raul Castaneda Ibarra", '"No talks," Justice Minister Raul Castaneda said.', None),
        # a body's name is no given name and surname: "Harbour Workers Union" is not a misspelt "Harbour Authority"
        ("the Taveuni Harbour Workers Union", "Taveuni Harbour Authority said 12 sailings were cancelled.", None),
    ],
)  # fmt: skip
def test_a_misnamed_source_of_three_names(source, passage, expected):
    claim = Claim(id="c5b", text='"No talks."', start=0, end=11, kind=ClaimKind.QUOTE,
                  attribution=Attribution(source=source, source_kind=SourceKind.OFFICIAL, cue="said"))  # fmt: skip
    out = score_claim(claim, [ev("wire-1", outlet="Wire", passage=passage)])
    assert [(m.claim, m.source) for e in out.evidence for m in e.mismatches] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("source", "passage", "expected"),
    [
        ("Deputy Energy Minister Akmal Tursunov", "Energy Minister Akmal Tursunov said power was back within two hours.",
         ("Deputy Energy Minister Akmal Tursunov", "Energy Minister Akmal Tursunov")),
        ("Energy Minister Akmal Tursunov", "Deputy Energy Minister Akmal Tursunov said power was back within two hours.",
         ("Energy Minister Akmal Tursunov", "Deputy Energy Minister Akmal Tursunov")),
        ("Energy Minister Akmal Tursunov", "Energy Minister Akmal Tursunov said power was back within two hours.", None),
        ("Akmal Tursunov", "Deputy Energy Minister Akmal Tursunov said power was back within two hours.", None),
    ],
)  # fmt: skip
def test_a_source_given_another_rank_is_contradicted(source, passage, expected):
    claim = Claim(id="c6", text="Power was restored within two hours.", start=0, end=36,
                  attribution=Attribution(source=source, source_kind=SourceKind.OFFICIAL, cue="said"))  # fmt: skip
    out = score_claim(claim, [ev("wire-1", outlet="Wire", passage=passage)])
    found = [(m.claim, m.source) for e in out.evidence for m in e.mismatches]
    assert found == ([expected] if expected else [])
    assert (out.verdict is Verdict.CONTRADICTED) is (expected is not None)


def test_an_unnamed_source_repeated_by_a_passage_crediting_one_is_not_independent():
    claim = Claim(id="c7", text="Two potential buyers have toured the site.", start=0, end=42,
                  attribution=Attribution(source="a person briefed on the talks", source_kind=SourceKind.ANONYMOUS,
                                          cue="according to"))  # fmt: skip
    passage = "Two prospective buyers have visited the site, a person briefed on the talks said, declining to be named."
    out = score_claim(claim, [ev("wire-1", outlet="Wire", passage=passage)])
    assert out.independent_sources == 0 and out.verdict is Verdict.UNVERIFIED


def test_a_copy_trimmed_of_its_credit_is_still_the_sources_story():
    own = ev("kcna-1", outlet="Korean Central News Agency", origin="kcna-1",
             passage="Kim Jong Un inspected a weapons factory, KCNA said.")  # fmt: skip
    copy = ev("daily-1", outlet="Daily Herald", origin="kcna-1", passage="Kim Jong Un inspected a weapons factory.")
    out = score_claim(KCNA_CLAIM, [own, copy])
    assert out.independent_sources == 0 and out.verdict is Verdict.UNVERIFIED
    # a document of its own, stating it in its own voice, is independent
    other = ev("wire-2", outlet="Wire", passage="Kim Jong Un toured a weapons factory on Sunday, the wire's reporters saw.")
    assert score_claim(KCNA_CLAIM, [own, copy, other]).independent_sources == 1


STRIKE = Claim(id="c9", text="About 1,200 dock workers began a 72-hour strike on Wednesday.", start=0, end=61)


def _fact(check, text):
    return next(f for f in check.facts if f.text == text)


def test_each_fact_of_a_claim_is_checked_on_its_own():
    wire = ev("wire", Stance.REFUTES, 0.67, passage="Roughly 1,200 workers walked off the job on Wednesday at the start of a "
              "48-hour strike.")  # fmt: skip
    wire = attrs.evolve(wire, mismatches=(Mismatch("number", "72", "48"),))
    out = score_claim(STRIKE, [wire])
    assert out.verdict is Verdict.CONTRADICTED
    assert (_fact(out, "72").verdict, _fact(out, "72").found) == (Verdict.CONTRADICTED, ("48",))
    assert _fact(out, "1,200").verdict is Verdict.SUPPORTED and _fact(out, "1,200").supported_by == ("wire",)
    assert _fact(out, "Wednesday").verdict is Verdict.SUPPORTED
    # the passage that gives another length agrees with the rest of the claim
    assert out.rest_verdict is Verdict.SUPPORTED
    assert out.verdict_for("a 72-hour strike") is Verdict.CONTRADICTED
    assert out.verdict_for("About 1,200 dock workers") is Verdict.SUPPORTED
    assert out.verdict_for("dock workers began") is Verdict.SUPPORTED  # no fact of its own: the rest's verdict


def test_a_fact_one_origin_states_and_another_changes_is_disputed():
    wire = ev("wire", Stance.SUPPORTS, 0.85, passage="About 1,200 dock workers began a 72-hour strike on Wednesday.")
    review = attrs.evolve(ev("review", Stance.REFUTES, 0.67, passage="Around 900 dockers began a 72-hour strike on "
                                                                    "Wednesday."),  # fmt: skip
                          mismatches=(Mismatch("number", "About 1,200", "Around 900"),))  # fmt: skip
    out = score_claim(STRIKE, [wire, review])
    assert out.verdict is Verdict.DISPUTED
    assert _fact(out, "1,200").verdict is Verdict.DISPUTED and _fact(out, "1,200").found == ("Around 900",)
    assert _fact(out, "72").verdict is Verdict.SUPPORTED
    assert out.verdict_for("About 1,200 dock workers") is Verdict.DISPUTED
    assert out.verdict_for("a 72-hour strike") is Verdict.SUPPORTED


def test_a_fact_opening_the_claim_is_found_in_a_phrase_that_writes_it_lower_case():
    claim = Claim(id="c10", text="Five rounds of talks began in the spring.", start=0, end=41)
    wire = ev("wire", Stance.SUPPORTS, 0.85, passage="Five negotiating rounds began in the spring.")
    review = attrs.evolve(ev("review", Stance.REFUTES, 0.67, passage="Seven rounds of talks began in the spring."),
                          mismatches=(Mismatch("number", "Five", "Seven"),))  # fmt: skip
    out = score_claim(claim, [wire, review])
    assert out.verdict_for("after five rounds of talks") is Verdict.DISPUTED


def test_a_refutation_of_the_whole_claim_refutes_every_fact():
    # a negation (no fact's value changed) or the model's call alone: nothing of the claim stands
    negated = attrs.evolve(ev("wire", Stance.REFUTES, 0.8, passage="No dock workers began a strike on Wednesday."),
                           mismatches=(Mismatch("negation", "began", "No dock workers began"),))  # fmt: skip
    out = score_claim(STRIKE, [negated])
    assert out.verdict is Verdict.CONTRADICTED and out.rest_verdict is None
    assert {f.verdict for f in out.facts} == {Verdict.CONTRADICTED}
    assert out.verdict_for("dock workers began") is Verdict.CONTRADICTED


def test_facts_only_the_claims_own_source_states_are_unverified():
    said = Attribution(source="the union", source_kind=SourceKind.OFFICIAL, canonical="union", cue="said")
    claim = attrs.evolve(STRIKE, attribution=said)
    own = ev("union-release", Stance.SUPPORTS, 0.9, outlet="The Union",
             passage="About 1,200 dock workers began a 72-hour strike on Wednesday.")  # fmt: skip
    out = score_claim(claim, [own])
    assert out.verdict is Verdict.UNVERIFIED
    assert _fact(out, "72").verdict is Verdict.UNVERIFIED and _fact(out, "72").supported_by == ("union-release",)
    assert out.verdict_for("a 72-hour strike") is Verdict.UNVERIFIED


def test_a_reversed_direction_is_contradicted_even_where_another_origin_gives_the_figure():
    # a direction counts as changed, never as stated: any word of that direction anywhere in a passage "agrees"
    claim = Claim(id="c10", text="Trade with China rose 12 percent last year.", start=0, end=43)
    agency = ev("agency", Stance.SUPPORTS, 0.85, passage="Trade with China rose 12 percent last year, the agency said.")
    monitor = attrs.evolve(ev("monitor", Stance.REFUTES, 0.9, passage="Trade with China fell 3 percent last year."),
                           mismatches=(Mismatch("polarity", "rose", "fell"), Mismatch("number", "12 percent", "3 percent")))  # fmt: skip
    out = score_claim(claim, [agency, monitor])
    assert _fact(out, "rose").verdict is Verdict.CONTRADICTED and _fact(out, "rose").found == ("fell",)
    assert _fact(out, "12 percent").verdict is Verdict.DISPUTED
    assert out.verdict_for("rose 12 percent") is Verdict.DISPUTED


def test_a_fact_only_the_source_states_does_not_overrule_independent_support():
    said = Attribution(source="the military", source_kind=SourceKind.OFFICIAL, canonical="military", cue="said")
    claim = Claim(id="c11", text="The North fired two missiles off its east coast on Friday.", start=0, end=58,
                  attribution=said)  # fmt: skip
    own = ev("jcs", Stance.SUPPORTS, 0.85, outlet="The Military", passage="The North fired two missiles off its east "
             "coast on Friday.")  # fmt: skip
    paper = ev("paper", Stance.SUPPORTS, 0.73, outlet="Harbor Times", passage="Two missiles were fired by the North on Friday.")
    out = score_claim(claim, [own, paper])
    assert out.verdict is Verdict.SUPPORTED
    assert _fact(out, "east").verdict is Verdict.UNVERIFIED  # only the military's own statement gives it
    assert out.verdict_for("off its east coast") is Verdict.SUPPORTED


def test_a_name_fact_is_written_without_its_possessive():
    claim = Claim(id="c12", text="North Korea's trade with China rose 12 percent.", start=0, end=47)
    out = score_claim(claim, [ev("agency", passage="North Korea's trade with China rose 12 percent, the agency said.")])
    assert "North Korea" in {f.text for f in out.facts}
    assert out.verdict_for("North Korea's trade") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("elsewhere", "expected"),
    [
        ("Of the scheme's 2,000 staff, most work shifts.", Verdict.SUPPORTED),  # the document counts 2,000 staff
        ("The factory employs workers on three shifts.", Verdict.CONTRADICTED),  # it gives no 2,000 of its own
        ("Gate 2,000 is closed.", Verdict.CONTRADICTED),  # 2,000 of something else
        # 2,000 given as another's figure the document rejects: its own is 1,200
        ("The union disputed the management's claim that 2,000 staff work there.", Verdict.CONTRADICTED),
    ],
)
def test_a_document_stating_the_figure_elsewhere_refutes_nothing_with_another(elsewhere, expected):
    from factcheck.model import Mismatch

    claim = Claim(id="c1", text="The factory employs 2,000 staff.", start=0, end=32)
    ref = Evidence(doc_id="a", passage="Some 1,200 staff were hired from the town.", start=0, end=43,
                   stance=Stance.REFUTES, score=0.8, origin="a",
                   mismatches=(Mismatch("number", "2,000", "1,200"),))  # fmt: skip
    other = ev("a", Stance.NEUTRAL, 0.5, origin="a", passage=elsewhere, start=200)
    out = score_claim(claim, [ref, other])
    assert out.verdict is expected


def test_a_direction_inside_a_bearing_is_written_in_the_phrase():
    claim = Claim(id="c11", text="The leak site lies about 14 kilometres northwest of Estevan.", start=0, end=60)
    wire = attrs.evolve(ev("wire", Stance.REFUTES, 0.7, passage="The site lies roughly 14 kilometres southwest of "
                                                                "Estevan."),  # fmt: skip
                        mismatches=(Mismatch("polarity", "north", "south"),))  # fmt: skip
    out = score_claim(claim, [wire])
    assert _fact(out, "north").verdict is Verdict.CONTRADICTED
    assert out.verdict_for("about 14 kilometres northwest of Estevan") is Verdict.CONTRADICTED


BRIDGE = Claim(id="c9", text="The bridge carried about 18,000 vehicles a day before it gave way in March 2024.", start=0, end=80)


@pytest.mark.parametrize(
    ("passage", "phrase", "expected"),
    [
        # the figure's clause restated: that figure is stated, though the model reads the whole claim as neutral
        ("The bridge, which opened in 1987, carried about 18,000 vehicles a day.", "about 18,000 vehicles a day",
         Verdict.SUPPORTED),
        # the same figure about something else is not
        ("About 18,000 people live in the town beside the bridge.", "about 18,000 vehicles a day", Verdict.UNVERIFIED),
        # a date given less precisely ("in 2024" for "in March 2024") is not restated
        ("The bridge, which gave way in 2024, carried traffic for decades.", "in March 2024", Verdict.UNVERIFIED),
    ],
)
def test_a_neutral_passage_restating_a_figures_clause_states_it(passage, phrase, expected):
    out = score_claim(BRIDGE, [ev("ledger", Stance.NEUTRAL, 0.7, passage=passage)])
    assert out.verdict is Verdict.UNVERIFIED  # the claim as a whole is not corroborated
    assert out.verdict_for(phrase) is expected


@pytest.mark.parametrize(
    ("text", "outlet", "verdict"),
    [
        # a body's own plans, which only its own release states: reported, not corroborated
        ("The trust plans to open a new surgical hub in March.", "Aire Valley Hospitals Trust", Verdict.UNVERIFIED),
        ("The city transport authority expects 110,000 passengers a day.", "Krakow Public Transport Authority",
         Verdict.UNVERIFIED),
        ("The Comets will contribute $150 million.", "Rio Grande Comets", Verdict.UNVERIFIED),
        # an independent report of the plan corroborates it
        ("The trust plans to open a new surgical hub in March.", "Dales Evening Echo", Verdict.SUPPORTED),
        # a body's own advice is its word too
        ("The institute recommends closing the eel fishery for three years.", "Marine Research Institute of Lofoten",
         Verdict.UNVERIFIED),
        ("The institute recommends closing the eel fishery for three years.", "Dales Evening Echo", Verdict.SUPPORTED),
        ("The ministry urged households to save water on Sunday.", "Ministry of Water Resources", Verdict.SUPPORTED),
        # a forecast is the body's own, its subject qualified by a country and the day
        ("Azerbaijan's agriculture ministry on Thursday forecast the harvest at 72,000 tonnes.",
         "Ministry of Agriculture of the Republic of Azerbaijan", Verdict.UNVERIFIED),
        # what the body did, not what it plans, is on its record
        ("The trust opened a new surgical hub in March.", "Aire Valley Hospitals Trust", Verdict.SUPPORTED),
        # bodies by their sorts in other languages, and a research team by its university
        ("The park plans to put the hoard on display from next spring.", "Parco Archeologico di Lucania",
         Verdict.UNVERIFIED),
        ("The team plans to begin excavations in the 2025 dry season.", "Universidad del Norte - Centro Maya",
         Verdict.UNVERIFIED),
        ("The company plans to open a packing plant in 2025.", "Grupo Apícola del Norte SA de CV",
         Verdict.UNVERIFIED),
        # a body's name with words of its language in between
        ("The Agencia de Energía de Lerma expects curtailment to fall below 10 per cent.",
         "Agencia de Energía de Lerma", Verdict.UNVERIFIED),
        # a company's own results, what it is between commas
        ("Mahanadi Alloys Ltd on Tuesday reported a 38 per cent jump in quarterly profit.", "Mahanadi Alloys Ltd",
         Verdict.UNVERIFIED),
        ("Zarafshon Tekstil, one of Uzbekistan's largest textile groups, on Thursday reported net profit of 412 "
         "billion soums for 2024.", "Zarafshon Tekstil JSC", Verdict.UNVERIFIED),
        # ... and a newspaper telling them as the company reported them gives its word
        ("Zarafshon Tekstil, one of Uzbekistan's largest textile groups, on Thursday reported net profit of 412 "
         "billion soums for 2024.", "Tashkent Business Weekly", Verdict.UNVERIFIED),
        # a long name joined by "y", and a body's own reading of a cause
        ("The Asociación de Recolectores y Productores de Castaña de Pando (ARPCP) expects collectors to gather "
         "around 410,000 boxes.", "Asociación de Recolectores y Productores de Castaña de Pando", Verdict.UNVERIFIED),
        ("The New Ireland Provincial Health Authority attributes the rise to heavy rain since March.",
         "New Ireland Provincial Health Authority", Verdict.UNVERIFIED),
        ("The New Ireland Provincial Health Authority attributes the rise to heavy rain since March.",
         "Islands Region Star", Verdict.SUPPORTED),
    ],
)
def test_an_unattributed_claim_of_a_bodys_own_plans_is_its_word(text, outlet, verdict):
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("doc-1", outlet=outlet, passage=text)])
    assert out.verdict is verdict
    assert out.attribution_confirmed is None  # the draft names no source to confirm
    if verdict is Verdict.UNVERIFIED:
        assert "not independently corroborated" in out.note


@pytest.mark.parametrize(
    ("source", "kind", "verdict"),
    [
        # an officer telling the body's plans speaks for the body: its release is no corroboration
        ("President Kenji Hoshino", SourceKind.PERSON, Verdict.UNVERIFIED),
        ("its controller Hamdan Sulaiman", SourceKind.PERSON, Verdict.UNVERIFIED),
        # another official body tells what it heard: "X will lose 12 percent of its grant, the ministry announced"
        ("the trade ministry", SourceKind.OFFICIAL, Verdict.SUPPORTED),
        ("The Junta", SourceKind.OFFICIAL, Verdict.SUPPORTED),
        # someone with no office in it is another voice
        ("analyst Kenji Hoshino", SourceKind.EXPERT, Verdict.SUPPORTED),
    ],
)
def test_an_officer_telling_a_bodys_plans_speaks_for_the_body(source, kind, verdict):
    claim = _said_by(source, "The company would raise prices on 42 products by an average of 9% from January.", kind)
    release = ev("h1-results", outlet="Yukiguni Seika Co., Ltd.",
                 passage="The company will revise the prices of 42 products, by about 9%, from January 1.")
    assert score_claim(claim, [release]).verdict is verdict


@pytest.mark.parametrize("source", ["town clerk Nomsa Shongwe-Mkhabela", "treasurer Nomsa Shongwe-Mkhabela"])
def test_a_councils_plans_told_by_its_clerk_are_the_councils_word(source):
    claim = _said_by(source, "The council expects to collect 92 per cent of the rates it bills this year.",
                     SourceKind.PERSON)
    release = ev("budget", outlet="Manzini Municipal Council",
                 passage="Council has set itself a target of collecting 92% of rates billed in 2025/26.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED


def test_a_boards_plans_told_by_its_controller_are_the_boards_word():
    claim = _said_by("its controller Hamdan Sulaiman", "The board plans to repeat the survey every three years.",
                     SourceKind.PERSON)
    release = ev("parks-survey", outlet="Sarawak Parks and Wildlife Board",
                 passage="The Board intends to repeat the survey at three-year intervals.")
    wire = ev("bpa", outlet="Borneo Press Agency", passage="The board said it would repeat the survey every three years.")
    out = score_claim(claim, [release, wire])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The county expects debris removal to take at least three weeks.", "Eau Claire County Emergency Management"),
        ("The federation expects prices paid to growers to rise to about 180 euros a tonne.",
         "Normandy Cider Fruit Growers' Federation"),
        ("The centre plans to put the hoard on display in Vilnius in December.", "Cultural Heritage Centre"),
    ],
)
def test_a_countys_federations_or_centres_own_plans_are_its_word(text, outlet):
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("release", outlet=outlet, passage=text)])
    assert out.verdict is Verdict.UNVERIFIED and "not independently corroborated" in out.note


_MOSAIC = "The museum hopes to display the mosaic in situ under a protective roof by 2026."
_WALKWAY = "The park administration expects to reopen the walkway within ten days."
_MALARIA = "The regional health office expects malaria cases to fall by a quarter by the end of 2026."


@pytest.mark.parametrize(
    ("text", "outlet", "passage", "verdict"),
    [
        # a museum's hopes, a park administration's expectations: the body's word, in its release or a wire's credit
        (_MOSAIC, "Regional Historical Museum - Pleven", None, Verdict.UNVERIFIED),
        (_WALKWAY, "Intendencia del Parque Nacional Iguazú", None, Verdict.UNVERIFIED),
        (_WALKWAY, "Agencia Nordeste", "The park said it expected to reopen the walkway in about ten days.",
         Verdict.UNVERIFIED),
        # an office named with what it deals in, by another name for an office of that field
        (_MALARIA, "Tabora Regional Secretariat - Regional Health Management Team", None, Verdict.UNVERIFIED),
        # a company by its legal form in Bulgaria and in Turkey
        ("The company expects to finish the works by November 15.", "Plevenska Toplina EAD",
         "All construction work is scheduled to be completed by 15 November.", Verdict.UNVERIFIED),
        ("The company expects the farm to generate around 240 gigawatt-hours a year.", "Karadeniz Rüzgar Enerji A.Ş.",
         "The plant is expected to generate approximately 240 GWh of electricity per year.", Verdict.UNVERIFIED),
        ("The company expects to finish the works by November 15.", "Dunavski Glas",
         "All construction work is scheduled to be completed by 15 November.", Verdict.SUPPORTED),
        # a newsroom's report, an office of another field: independent
        (_MOSAIC, "Pleven Dnes", "Visitors should see the mosaic in situ, under a protective roof, by 2026.",
         Verdict.SUPPORTED),
        (_MALARIA, "Tabora Regional Secretariat - Regional Roads Management Team",
         "Malaria cases in the region should fall by a quarter by the end of 2026.", Verdict.SUPPORTED),
        (_MALARIA, "Tabora Regional Secretariat - Regional Health Management Team",
         "Malaria cases in the region should fall by a quarter by the end of 2026.", Verdict.UNVERIFIED),
    ],
)
def test_more_bodies_whose_own_plans_are_their_word(text, outlet, passage, verdict) -> None:
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    assert score_claim(claim, [ev("doc-1", outlet=outlet, passage=passage or text)]).verdict is verdict


def test_a_company_named_with_its_legal_form_before_is_the_company_a_wire_credits() -> None:
    claim = _said_by("Petroservicios Limay", "The spill had been contained within 48 hours")
    wire = ev("acn", outlet="Agencia Comahue de Noticias",
              passage="The company said it would appeal and that the spill had been brought under control within "
                      "48 hours.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.SUPPORTED  # (which company, the article does not say)
    assert score_claim(claim, [wire], plan_names=("Petroservicios Limay S.A",)).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("passage", "verdict"),
    [
        # support giving another figure of the claim's measure, of another year, and none of the claim's
        ("Last year's harvest came to 980 million kilos of green leaf, according to industry records.",
         Verdict.UNVERIFIED),
        ("This season's harvest will come to 920 million kilos of green leaf, growers say.", Verdict.SUPPORTED),
    ],
)
def test_support_giving_another_figure_of_the_claims_measure_is_no_corroboration(passage, verdict) -> None:
    claim = _said_by("IPYM", "The 2025 harvest will reach 920 million kilograms of green leaf")
    release = ev("ipym", outlet="Instituto Provincial de la Yerba Mate (IPYM)",
                 passage="For the 2025 season the institute projects deliveries of 920 million kilograms.")
    assert score_claim(claim, [release, ev("survey", score=0.55, outlet="Alto Uruguay", passage=passage)]).verdict \
        is verdict  # fmt: skip


def test_the_rest_of_a_claim_is_supported_by_a_passage_giving_another_figure() -> None:
    # the rest's support need state none of the figures set aside: it is the passage that gave another
    from factcheck.model import Mismatch

    claim = Claim(id="c9", text="The house will reopen as a museum in November after a restoration costing 28 million "
                  "pesos", start=0, end=91)  # fmt: skip
    ledger = attrs.evolve(ev("ledger", Stance.REFUTES, 0.69, passage="The restored house will open as a museum in "
                             "November; the full restoration bill stands at about 34 million pesos."),
                          mismatches=(Mismatch("number", "28 million", "34 million"),))  # fmt: skip
    out = score_claim(claim, [ledger])
    assert out.verdict is Verdict.CONTRADICTED and out.rest_verdict is Verdict.SUPPORTED


def test_a_weak_refutation_naming_no_value_still_states_a_figures_clause():
    passage = "Cocoa is grown by roughly 1 million farmers in the country, many of them on small family plots."
    claim = Claim(id="c1", text="About 1 million farmers grow cocoa in the country, most of them on plots of less "
                  "than five hectares.", start=0, end=100)  # fmt: skip
    weak = attrs.evolve(ev("wire", Stance.REFUTES, 0.5, passage=passage))
    out = score_claim(claim, [weak])
    assert out.verdict_for("About 1 million farmers grow cocoa in the country") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Workers want the bonus raised to 38 euros from 22 euros, the level set in 2016.", ()),
        ("The bonus was set at 22 euros in 2016.", (2016,)),
        # a span of years over is told as it was by later reports
        ("The mill under-declared about 860 tonnes of cane crushed between 2018 and 2020.", ()),
        ("Surveys from 2005 to 2023 found 31 nesting sites.", ()),
        ("The mill crushed 860 tonnes in 2020.", (2020,)),
    ],
)
def test_a_year_describing_another_figure_is_not_the_claims(text, years):
    from factcheck.score import _claim_years

    assert _claim_years(text) == years


@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        # the sentence giving the tally opens by naming what the one before told of
        ("The council adopted the proposal to charge cruise passengers a landing fee. The proposal was carried by 27 "
         "votes to 16.", {"27 to 16"}),
        # a sentence about something else is not joined to it
        ("The council adopted the proposal to charge cruise passengers a landing fee. Councillors also voted 27 to 16 "
         "on a new library.", set()),
    ],
)
def test_a_sentence_referring_back_restates_with_the_one_before(passage, stated):
    from factcheck.score import _clauses_restated

    claim = "The city council voted 27 to 16 on Wednesday to charge cruise passengers a fee for coming ashore."
    assert _clauses_restated(claim, passage) == stated


@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        # the result: the score and the two sides in the claim's order, however the sentence is worded
        ("Karpaty Trnava lifted the cup on Sunday after defeating Hron Levice 31-28 in the final.", {"31-28"}),
        ("Trnava's 31-28 win over Levice will be remembered for its last five minutes.", {"31-28"}),
        # the sides the other way round, or another score, give no result of the claim's
        ("Hron Levice beat Karpaty Trnava 31-28 in the final.", set()),
        ("Karpaty Trnava beat Hron Levice 30-28 in the final.", set()),
    ],
)
def test_a_result_is_restated_by_its_score_and_sides(passage, stated):
    from factcheck.score import _clauses_restated

    claim = "Karpaty Trnava beat Hron Levice 31-28 in a final that was level for most of the first quarter of an hour."
    assert _clauses_restated(claim, passage) == stated


@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        # the same tally, the vote going the same way, in a sentence of its own
        ("The 14.5 km line will start at the terminus, according to the municipality.\n\nThe metropolitan council "
         "passed the plan by 41 votes to 12.", {"41 votes to 12"}),
        ("The council rejected the plan by 41 votes to 12.", set()),
        ("The council passed the plan by 40 votes to 12.", set()),
    ],
)
def test_a_vote_tally_is_restated_by_the_same_tally_of_a_like_vote(passage, stated):
    from factcheck.score import _clauses_restated

    claim = ("The council approved the 14.5-kilometre extension on Thursday by 41 votes to 12, with opposition members "
             "voting against over concerns about the cost")
    assert _clauses_restated(claim, passage) == stated


HEALTH_QUOTE = Claim(
    id="c9", text='"Chikungunya is rarely fatal, but the joint pain can last for months."', start=0, end=70,
    kind=ClaimKind.QUOTE,
    attribution=Attribution(source="health secretary Luz Ospino", source_kind=SourceKind.OFFICIAL, cue="said"),
)  # fmt: skip


@pytest.mark.parametrize("quoted", [True, False])
def test_a_quotation_said_word_for_word_is_not_refuted_by_the_models_call_alone(quoted):
    said = ev("wire", passage='"Chikungunya is rarely fatal, but the joint pain can last for months," Ospino said.'
              if quoted else "Ospino spoke about the outbreak on Friday.", score=0.85 if quoted else 0.3)
    bulletin = ev("bulletin", Stance.REFUTES, 0.72, passage="No deaths from chikungunya have been confirmed.")
    out = score_claim(HEALTH_QUOTE, [said, bulletin])
    # what is checked is that it was said; without a report of the words, the model's refutation stands
    if quoted:
        assert out.verdict is Verdict.UNVERIFIED and not any(f.refuted_by for f in out.facts)
        assert "reported by" in out.note
    else:
        assert out.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("outlet", "names", "speaks"),
    [
        ("Junta de Andalucía - Consejería de Fomento", ["The Junta"], True),
        ("Société Métallurgique de Népoui", ["the company"], True),
        ("Comune di Bari - Ufficio Stampa", ["the city"], True),
        ("Mediterranean Press Agency", ["the city"], False),
        # a Spanish region's department
        ("Consellería do Mar, Xunta de Galicia", ["a spokesperson", "the department"], True),
        ("Consejería de Salud", ["the department"], True),
        ("Sindicato Galego do Metal", ["The union"], True),
        # ministries, agencies, universities and parks in their own languages; a news agency is not "the agency"
        ("Secretaría de Salud del Estado de Lerma", ["the ministry"], True),
        ("Agencia de Movilidad del Valle", ["the agency"], True),
        ("Agencia Informativa Mesoamericana", ["the agency"], False),
        ("Universidad del Norte - Centro de Estudios Mayas", ["the team"], True),
        ("Parco Archeologico di Lucania", ["the park"], True),
        ("Grupo Apícola del Norte SA de CV", ["the company"], True),
        # a body named by its sort and what it deals with
        ("Ministry of Energy of the Kerov Region", ["the regional energy ministry"], True),
        ("Ministry of Health of the Kerov Region", ["the regional energy ministry"], False),
        ("Kerov Energy News", ["the regional energy ministry"], False),
        # a town's own office; a town's newspaper is not "the town"
        ("Mukawa Town Office", ["The town"], True),
        ("Mukawa Town Times", ["The town"], False),
        # a state's government, not a university named for the state
        ("Directorate of Information and Public Relations, Government of Tamil Nadu", ["the state"], True),
        ("Kansas State University", ["the state"], False),
        # an operator whose name holds its rail
        ("BotsRail Passenger Services", ["the operator"], True),
        # "the institute" of an institute named in its own language
        ("Instituto de Paleobiología del Noroeste (IPN)", ["Northwest Institute", "the institute"], True),
        ("Ciencia del Norte", ["Northwest Institute", "the institute"], False),
        # a town's council in its own language
        ("Câmara Municipal do Funchal", ["The council"], True),
        ("Comune di Cagliari", ["the council"], True),
        ("City of Gweru", ["The council"], True),
        ("Gweru City News", ["The council"], False),
        ("Cagliari Sera", ["the council"], False),
        # a city's own department; a secretary speaks for the secretariat of what the office deals with
        ("Secretaria Municipal de Saúde de Feira de Santana", ["the city"], True),
        ("Secretaria Estadual de Mobilidade da Bahia (Semob-BA)", ["State mobility secretary João Paulo Meireles"],
         True),
        ("Secretaria Estadual da Fazenda da Bahia", ["State mobility secretary João Paulo Meireles"], False),
        ("Mobilidade Hoje", ["State mobility secretary João Paulo Meireles"], False),
        # a federation named in its own language
        ("Federación Uruguaya de Basketball - Comisión del Interior", ["the Uruguayan Basketball Federation"], True),
        ("Federación Argentina de Basketball", ["the Uruguayan Basketball Federation"], False),
        # a cooperative in French or Spanish
        ("Coopérative Kahawa Bora ya Kivu", ["the cooperative"], True),
        ("Cooperativa Agraria Cafetalera Pangoa", ["the cooperative"], True),
        ("Kivu Économie", ["the cooperative"], False),
        # a directorate and an authority in French or Spanish
        ("Direction régionale de la protection civile de Kayes", ["The directorate"], True),
        ("Autoridad Portuaria Fueguina", ["the authority"], True),
        ("Le Républicain du Khasso", ["The directorate"], False),
        # a company in French
        ("Compagnie Forestière de la Haute-Sangha", ["The company"], True),
        ("Courrier de la Sangha", ["The company"], False),
    ],
)
def test_a_generic_name_speaks_for_bodies_named_in_other_languages(outlet, names, speaks):
    from factcheck.score import _speaks_for

    assert _speaks_for(outlet, names) is speaks


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        ("The developer, Sechaba Renewables, said the plant would power 60,000 households.", True),
        ("The regulator, the Energy Board, said the plant would power 60,000 households.", False),
    ],
)
def test_a_source_named_beside_its_sort_is_cited(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the company"], ("Sechaba Renewables (Pty) Ltd",)) is cites


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        ("Around 140 homes were flooded in Lemvig and Thyborøn, Lemvig Municipality said.", True),
        ("Around 95 homes were flooded in Lemvig and Thyborøn, Vestjysk Beredskab said.", False),
    ],
)
def test_a_body_credited_by_its_place_and_sort_is_the_source_of_that_sort(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the municipality"]) is cites


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a body named with its acronym in brackets, and one known by its initials, seat after the legal form
        ("The Malawi Tobacco Authority (MTA) expects this year's crop to reach 168 million kilograms.",
         "Malawi Tobacco Authority"),
        ("DES expects construction of a 100-megawatt solar park to begin in spring 2026.",
         "Državni Energetski Sistemi AD Skopje"),
    ],
)
def test_a_bodys_own_plans_are_its_word_by_acronym(text, outlet):
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("release", outlet=outlet, passage=text)])
    assert out.verdict is Verdict.UNVERIFIED and "not independently corroborated" in out.note


@pytest.mark.parametrize(
    ("credit", "cites"),
    [
        ("the Hamamatsu-based piano maker said on Friday", True),  # the sort, after a modifier with a capital
        ("the country's agriculture ministry said", False),  # another sort
    ],
)
def test_a_generic_credit_may_name_the_sort_after_any_modifier(credit, cites):
    from factcheck.score import _cites_source

    passage = f"Tenryu Musical Instruments raised its full-year operating profit forecast to 21 billion yen, {credit}."
    assert _cites_source(passage, ["the company"], ("Tenryu Musical Instruments Co., Ltd.",)) is cites


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("The governorate", "Alexandria Governorate Media Centre"),
        ("a ministry bulletin", "Ministry of Public Health"),
    ],
)
def test_a_governorate_or_a_document_of_a_body_speaks_for_the_body(source, outlet):
    claim = _said_by(source, "The governorate had deployed 120 pumping trucks to clear the water.", SourceKind.OFFICIAL)
    release = ev("statement", outlet=outlet, passage="The governorate has deployed 120 pumping trucks.")
    out = score_claim(claim, [release])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


def test_a_speaker_after_a_report_of_what_evidence_suggests_is_the_claims_source():
    claim = Claim(
        id="c9", text="The tomb likely belonged to a woman of royal rank", start=0, end=52,
        attribution=Attribution(source="the presence of a gold pendant", source_kind=SourceKind.PERSON, cue="suggest",
                                chain=("the institute", "the presence of a gold pendant")),
    )  # fmt: skip
    release = ev("gihr", outlet="Gyeongju Institute of Heritage Research",
                 passage="The institute considers it likely that the person buried was a woman of the royal class.")
    out = score_claim(claim, [release])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


def test_a_copy_crediting_the_source_by_initials_keeps_its_facts_the_sources():
    claim = _said_by("the Balkan Press Service", "Damage to roads in the district was put at 2.3 billion lek.",
                     SourceKind.NEWS_MEDIA)
    wire = ev("bps", outlet="Balkan Press Service",
              passage="Damage to roads in the district amounts to 2.3 billion lek.")
    copy = ev("gazeta", origin="bps", outlet="Gazeta e Veriut",
              passage="Damage to roads in the district amounts to 2.3 billion lek. - BPS")
    out = score_claim(claim, [wire, copy])
    assert out.verdict is Verdict.UNVERIFIED
    assert out.verdict_for("put at 2.3 billion lek") is Verdict.UNVERIFIED  # a fact the source alone states


@pytest.mark.parametrize(
    ("claim_text", "shipped", "verdict"),
    [
        # one origin states the figure and gives another of something else: it states the figure
        ("Tunisia exported about 200,000 tonnes of olive oil last season", "about 200,000", Verdict.DISPUTED),
        ("At least 200,000 tonnes of olive oil were exported last season", "at least 200,000", Verdict.DISPUTED),
        # a bound any larger figure of the origin's meets is not stated by it
        ("At least 200,000 tonnes of olive oil were exported last season", "260,000", Verdict.CONTRADICTED),
    ],
)
def test_an_origin_stating_a_figure_in_one_passage_is_no_rival_of_it_in_another(claim_text, shipped, verdict):
    phrase = "200,000 tonnes"
    claim = Claim(id="c9", text=claim_text, start=0, end=len(claim_text))
    states = ev("wire", passage=f"Tunisia shipped {shipped} tonnes of olive oil abroad last season.", score=0.7)
    other = ev("copy", Stance.REFUTES, 0.64, origin="wire",  # a syndicated copy of the wire's lead
               passage="Tunisia's olive oil production will climb to 340,000 tonnes from around 220,000 tonnes.")
    other = attrs.evolve(other, mismatches=(Mismatch("number", "200,000", "220,000"),))
    paper = ev("paper", Stance.REFUTES, 0.67, passage="The country exported 165,000 tonnes of olive oil last season.")
    paper = attrs.evolve(paper, mismatches=(Mismatch("number", "200,000", "165,000"),))
    out = score_claim(claim, [states, other, paper])
    fact = next(f for f in out.facts if f.text == "200,000")
    if verdict is Verdict.DISPUTED:
        assert list(fact.supported_by) == ["wire"]
        assert list(fact.refuted_by) == ["paper"] and "220,000" not in fact.found
    assert out.verdict_for(phrase) is verdict


_FLOOR = "At least 17 workers were killed when fire swept through the factory."
_COUNT = "Hospital records show that 21 workers died in the fire."


@pytest.mark.parametrize(
    ("floor", "passages", "verdict", "found"),
    [
        # a floor's figure written by one origin, another figure meeting it by another: two counts, in dispute
        ("at least 17", [_FLOOR, _COUNT], Verdict.DISPUTED, ["21"]),
        # a larger figure alone meets the floor; the floor written by two origins is stated by both
        ("at least 17", [_COUNT], Verdict.SUPPORTED, []),
        ("at least 17", [_FLOOR, "At least 17 workers died in the fire, police said."], Verdict.SUPPORTED, []),
        # "more than" a figure is a round figure, which a count above it states
        ("more than 17", [_FLOOR.replace("At least", "More than"), _COUNT], Verdict.SUPPORTED, []),
        # the floor's figure given in words, with a count of something else beside it: no second count
        ("at least 17", [_FLOOR, "The fire has left seventeen workers dead and 61 injured, officials said."],
         Verdict.SUPPORTED, []),
    ],
)
def test_a_floor_written_by_one_origin_and_met_by_another_figure_of_another_is_disputed(floor, passages, verdict,
                                                                                        found):
    text = f"The fire killed {floor} workers"
    fact = next(f for f in score_claim(Claim(id="c9", text=text, start=0, end=len(text)),
                                       [ev(f"doc-{i}", passage=p) for i, p in enumerate(passages)]).facts
                if f.text == floor.split()[-1])  # fmt: skip
    assert fact.verdict is verdict and list(fact.found) == found


@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        ("Chimborazo has counted 148 confirmed cases of the disease so far this year.", {"148"}),
        ("Chimborazo has counted 148 confirmed cases of the disease since 2020.", set()),
    ],
)
def test_since_january_is_the_year_to_date(passage, stated):
    from factcheck.score import _clauses_restated

    claim = "The province is battling an outbreak of whooping cough, with 148 confirmed cases since January"
    assert _clauses_restated(claim, passage) == stated


def test_a_record_that_shows_is_no_credit_to_the_body_named():
    from factcheck.score import _cites_source

    passage = ("Authorities granted an investment certificate for a Tenryu plant, with an outlay of 8 billion yen. "
               "Output is scheduled to begin in 2026, the certificate shows.")
    assert not _cites_source(passage, ["Tenryu"])
    assert _cites_source("Tenryu will build a plant in Vietnam, the company said.", ["Tenryu"])


@pytest.mark.parametrize(
    ("outlet", "independent"),
    [
        # a body's release naming the speaker as its officer is the speaker's word
        ("Lechera Tunari S.A.", 0),
        # a newspaper naming her so is a report of her
        ("Revista Mercado Andino", 1),
    ],
)
def test_an_officer_named_in_a_bodys_own_document_speaks_for_the_body(outlet, independent):
    claim = _said_by("Quispe Mamani", "Quispe Mamani expected milk volumes to grow about 5 percent this year",
                     SourceKind.PERSON)
    release = ev("release", outlet=outlet,
                 passage="For 2025 the company expects milk reception volumes to increase by approximately 5%.")
    quote = ev("release", Stance.NEUTRAL, 0.78, outlet=outlet, start=300,
               passage='Chief executive Gabriela Quispe Mamani said: "2024 tested our logistics like no year before."')
    assert score_claim(claim, [release, quote]).independent_sources == independent


@pytest.mark.parametrize(
    ("source", "verdict"),
    [
        # an official named in person, telling what the office did, speaks for it: its notice is the official's word
        ("Yohanes Umbu Deta", Verdict.UNVERIFIED),
        # a ministry telling what the office did tells what it heard
        ("the provincial ministry", Verdict.SUPPORTED),
    ],
)
def test_an_official_telling_what_the_office_did_speaks_for_it(source, verdict):
    claim = _said_by(source, "The health office has ordered 10,000 more doses from the provincial government.")
    notice = ev("notice", outlet="East Sumba Regency Health Office",
                passage="The office has requested 10,000 additional doses from the provincial health office.")
    assert score_claim(claim, [notice]).verdict is verdict


def test_an_official_telling_what_his_office_did_speaks_for_it():
    claim = _said_by("Andrei Volkov", "The prosecutor's office had opened checks into two more fishing companies.")
    wire = ev("wire", outlet="Eastern Information Agency",
              passage="The prosecutor's office said it was also examining the books of two other companies.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED


def test_a_bracketed_short_name_is_no_part_of_the_name_it_follows():
    assert source_matches("Grupo Apicola del Norte (GAN)", ["Grupo Apícola del Norte SA de CV"])
    assert source_matches("Grupo Apicola del Norte (GAN)", ["GAN"])
    assert not source_matches("Grupo Apicola del Norte (GAN)", ["Banco del Norte"])


def test_a_joint_stock_companys_release_is_the_companys_word():
    claim = _said_by("the company", "The company will pay an interim dividend of 0.85 somoni per share.")
    release = ev("interim", outlet="Sughdsement OJSC",
                 passage="The Board has approved an interim dividend of 0.85 somoni per ordinary share.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("claim", "clause"),
    [
        # an appositive date is read with the clause before it
        ("The storm struck on the evening of Sunday, May 26, with hailstones up to 3 centimetres across",
         "The storm struck on the evening of Sunday, May 26"),
        # and so is a bare predicate
        ("The centre, run by Ebro Norte Logistics, employs about 650 people and ships groceries",
         "run by Ebro Norte Logistics, employs about 650 people"),
        # a figure opening the claim is read with the clause after it
        ("214 cholera cases and four deaths on Unguja island since the start of January, and a ban on street food",
         "214 cholera cases and four deaths on Unguja island since the start of January"),
        # a direction moving the figure counts as a word of what is told
        ("The budget, up 6 percent on this year's, was approved on Saturday by 61 votes to 9",
         "The budget, up 6 percent on this year's"),
    ],
)
def test_a_figures_clause_has_words_enough(claim, clause):
    from factcheck.score import fact_clauses

    assert clause in [c for _, c in fact_clauses(claim)]


@pytest.mark.parametrize(
    ("text", "outlet", "release", "wire_outlet", "wire"),
    [
        # a joint-stock utility is the company its wire credits
        ("The utility expects to export about 40 million kilowatt-hours to Afghanistan next year.",
         "Badakhshon Energy OJSC", "The company plans to export approximately 40 million kWh to Afghanistan in 2025.",
         "Dushanbe Information Agency",
         "The company said it hoped to sell about 40 million kilowatt-hours to Afghanistan next year."),
        # a collaborative is the group its wire credits
        ("The collaborative plans to extend its monitoring to four beaches in the Catlins next season.",
         "Southern Seabird Monitoring Collaborative",
         "The collaborative intends to add four Catlins beaches to its monitoring programme.",
         "South Island Press Association",
         "The group said it would add four Catlins beaches to its surveys next season. - SIPA"),
    ],
)  # fmt: skip
def test_a_body_is_the_sort_its_wire_credits(text, outlet, release, wire_outlet, wire):
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("release", outlet=outlet, passage=release),
                              ev("wire", outlet=wire_outlet, passage=wire)])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


@pytest.mark.parametrize(
    ("source", "kind", "verdict"),
    [
        # a person the draft names, telling a body's plans, speaks for it: its release and a wire crediting the body
        # are that body's word
        ("Chea Sokhom", SourceKind.PERSON, Verdict.UNVERIFIED),
        ("its secretary-general Bounmy Phommachanh", SourceKind.OFFICIAL, Verdict.UNVERIFIED),
        # an analyst is another voice: the company's release corroborates what she says it plans
        ("analyst Mona Keo", SourceKind.EXPERT, Verdict.SUPPORTED),
        ("Analyst Mona Keo", SourceKind.EXPERT, Verdict.SUPPORTED),
        # the lead author of the body's own study speaks for it
        ("Lead author Mona Keo", SourceKind.EXPERT, Verdict.UNVERIFIED),
    ],
)
def test_a_person_telling_a_bodys_plans_speaks_for_the_body(source, kind, verdict):
    claim = _said_by(source, "The company expects to open a parboiling plant in Pursat province by mid-2026.", kind)
    release = ev("filing", outlet="Sangke Golden Rice Plc",
                 passage="The Company plans to commission a parboiled rice plant in Pursat province by mid-2026.")
    wire = ev("wire", outlet="Indochina Financial Wire",
              passage="The company said it aimed to start up a parboiling plant in Pursat by the middle of 2026.")
    assert score_claim(claim, [release, wire]).verdict is verdict


def test_an_unattributed_consortiums_plans_are_its_word():
    text = "The consortium plans to install a second laser spectrometer at the station next year."
    release = ev("release", outlet="Pacific Atmospheric Monitoring Consortium", passage=text)
    wire = ev("wire", outlet="Pacific Press Wire",
              passage="The consortium said it would put a second laser analyser into service at the station in 2026.")
    out = score_claim(Claim(id="c1", text=text, start=0, end=len(text)), [release, wire])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


@pytest.mark.parametrize(
    ("outlet", "independent"),
    [
        ("District Medical Office (Health), Wayanad", 0),  # the office the medical officer heads
        ("Office of the Special Relief Commissioner", 1),  # another office
        ("Wayanad Evening Courier", 1),
    ],
)
def test_a_titled_officials_office_is_the_officials_word(outlet, independent):
    claim = _said_by("the medical officer", "About 12,000 people will be vaccinated by the end of March.",
                     SourceKind.PERSON)
    bulletin = ev("bulletin", outlet=outlet, passage="The vaccination drive will cover about 12,000 persons by March.")
    assert score_claim(claim, [bulletin]).independent_sources == independent


def test_a_newspaper_named_for_a_city_does_not_speak_for_the_city():
    claim = _said_by("the city", "The city estimates damage to public property at about $14 million.")
    paper = ev("courier", outlet="Capital City Courier", passage="Damage to public property is put at $14 million.")
    assert score_claim(claim, [paper]).independent_sources == 1


def test_a_statement_from_a_bodys_unit_is_the_bodys_word():
    claim = _said_by("a statement from its crisis unit",
                     "The Tyrol state government put the damage at an estimated 8 million euros.", SourceKind.DOCUMENT)
    own = ev("crisis", outlet="Land Tirol, Crisis and Disaster Management Unit",
             passage="An initial estimate puts the damage to infrastructure at around 8 million euros.")
    wire = ev("wire", outlet="Alpine News Agency",
              passage="The state government estimated the damage at about 8 million euros.")
    out = score_claim(claim, [own, wire])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0
    # a newspaper quoting the state government is a witness only of what it said; an expert is another voice
    expert = ev("expert", outlet="Tiroler Rundschau",
                passage="Insurers' surveyors put the damage at about 8 million euros, surveyor Anna Gruber said.")
    assert score_claim(claim, [own, wire, expert]).verdict is Verdict.SUPPORTED


def test_a_name_given_again_in_brackets_is_the_sources():
    assert source_matches("Slovenský zväz hádzanej (Slovak Handball Federation)", ["The Slovak Handball Federation"])
    assert not source_matches("Slovenský zväz hádzanej (Slovak Handball Federation)", ["The Czech Rowing Union"])


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        # "the governor" is credited by the title before its holder's name
        ("Governor Somchai Chaiwong said he expected the water to recede within five days.", True),
        # a company is not credited by a name that begins with its sort
        ("Company director Somchai Chaiwong said the water would recede within five days.", False),
    ],
)
def test_an_office_is_credited_by_its_title_before_the_holders_name(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the governor"]) is cites


def test_an_officer_named_by_the_bodys_sort_speaks_for_it():
    from factcheck.score import _Sources

    claim = _said_by("The utility's chief executive, Sanna Heikkilä",
                     "The new plant was expected to start operating in the autumn of 2027.", SourceKind.PERSON)
    assert "the utility" in _Sources(claim).names


@pytest.mark.parametrize("source", ["the city's transport authority", "the commission's resolution"])
def test_a_bodys_own_unit_or_document_is_no_officer_of_it(source):
    from factcheck.score import _Sources

    claim = _said_by(source, "The bridge will stay closed for 18 months.", SourceKind.OFFICIAL)
    assert not {"the city", "the commission"} & set(_Sources(claim).names)


@pytest.mark.parametrize(
    ("passage", "names", "kin", "cites"),
    [
        # "it said" after a body named by its sort at the opening
        ("The forestry department plans to plant 2 million seedlings this year, it said.", ["the department"], (),
         True),
        ("The forestry department plans to plant 2 million seedlings this year, it said.", ["the company"], (),
         False),
        # the credit names the source without the draft's possessive place
        ("The mines ministry said it would audit every permit issued since 2020.", ["Kivu's mines ministry"], (),
         True),
        # the source's own documents' outlet, by its initials
        ("KRFA estimated that about 9,000 hectares of maize had been lost.", ["the authority"],
         ["Kasai River Flood Authority"], True),
        ("KRFA estimated that about 9,000 hectares of maize had been lost.", ["the authority"],
         ["Lake Board of Kivu"], False),
        # a body's full name opening with its sort, for a source that speaks for "the ministry"
        ("Kivu's Ministry of Transport said it had named a mediator.", ["Jean Mbala", "the ministry"], (), True),
        ("Kivu's Ministry of Transport said it had named a mediator.", ["Jean Mbala", "the union"], (), False),
        # the source's own plans or estimates, told by the wire as its subject's
        ("The KRFA estimates the floods cost growers about 9 million dollars.", ["the authority"],
         ["Kasai River Flood Authority"], True),
        ("The Goma City Council (GCC) forecasts 40,000 visitors.", ["GCC"], (), True),
        ("The Goma City Council (GCC) forecasts 40,000 visitors.", ["the ministry"], (), False),
        # a plan the wire states in its own voice is no credit
        ("The Goma City Council (GCC) plans 40 new bus shelters.", ["GCC"], (), False),
        # a credit told as a circumstance
        ("Kivu declared an outbreak on Monday, with the health ministry saying it had confirmed 310 cases.",
         ["Kivu's health ministry"], (), True),
        ("Kivu declared an outbreak on Monday, with clinics reporting 310 cases.", ["Kivu's health ministry"], (),
         False),
        # a research team's plans, credited to its university
        ("The team plans to start digging at three causeways next year, the university said.", ["the team"], (),
         True),
        ("The team plans to start digging at three causeways next year, the ministry said.", ["the team"], (),
         False),
    ],
)
def test_credits_that_name_the_source_in_other_dress(passage, names, kin, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, names, kin) is cites


@pytest.mark.parametrize(("source", "body"), [("ministry spokesman Jean Mbala", "the ministry"),
                                              ("company spokeswoman Aline Kabeya", "the company"),
                                              # (a word on what the body does before its sort)
                                              ("Port authority president Lucía Ferrando", "the authority"),
                                              ("health ministry spokesman Jean Mbala", "the ministry")])
def test_an_officer_titled_by_the_sort_of_body_speaks_for_it(source, body):
    from factcheck.score import _Sources

    claim = _said_by(source, "Talks will resume on Friday.", SourceKind.OFFICIAL)
    assert body in _Sources(claim).names
    assert "the ministry" not in _Sources(_said_by("ministry adviser Jean Mbala", "Talks will resume on Friday.",
                                                   SourceKind.OFFICIAL)).names


def test_a_bodys_president_speaks_for_its_release_in_its_own_language() -> None:
    claim = _said_by("Port authority president Lucía Ferrando", "Income from port fees reached US$21 million")
    release = ev("apf", outlet="Autoridad Portuaria Fueguina",
                 passage="Income from port fees and services amounted to US$21 million, compared with US$17.5 million.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED
    other = attrs.evolve(release, outlet="Autoridad Marítima de Chile")  # a body of that sort is no other's
    assert score_claim(_said_by("Port company president Lucía Ferrando", claim.text), [other]).verdict \
        is Verdict.SUPPORTED


def test_short_name_in_brackets_matches_the_body() -> None:
    from factcheck.score import source_matches

    outlet = "Regional Disaster Management Agency (BPBD) of Aceh Tamiang Regency"
    assert source_matches(outlet, ["The BPBD"])
    assert not source_matches(outlet, ["The BNPB"])


@pytest.mark.parametrize("outlet", ["Agenzia Giuliana Stampa", "Prensa Sur Agencia", "Agencia Informativa Mesoamericana"])
def test_newsrooms_named_in_their_languages(outlet: str) -> None:
    from factcheck.model import SourceKind
    from factcheck.score import classify_source

    assert classify_source(outlet)[0] is SourceKind.NEWS_MEDIA


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a body's office after a comma, and bodies by their own plans' subjects in more shapes
        ("The PCC expects to raise 180 million rupees from its own sources.",
         "Port City Corporation, Public Relations Section"),
        ("The chamber forecast a harvest of about 5,100 tonnes of beans.", "Landwirtschaftskammer Kärnten"),
        ("The district nurse's office put the total at 640 patients.", "District Nurse's Office, Tarrow"),
        ("Harbour master Ilse Vandeput put the damage at 3 million euros.", "Ilse Vandeput"),
        # a province, a collaborative; a figure "put ... at" after a longer phrase, in the perfect
        ("The province has put the cost of flood fighting so far at about $45 million.",
         "Province of Manitoba, River Forecast Centre"),
        ("The collaborative plans to extend its monitoring to four beaches next season.",
         "Southern Seabird Monitoring Collaborative"),
    ],
)  # fmt: skip
def test_a_bodys_own_count_or_forecast_is_its_word(text, outlet):
    claim = Claim(id="c9", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("release", outlet=outlet, passage=text)])
    assert out.verdict is Verdict.UNVERIFIED and "not independently corroborated" in out.note


def test_a_short_name_spelt_out_in_a_passage_names_the_sources_own_documents():
    said = Attribution(source="TMW chief executive Rhian Pask", source_kind=SourceKind.OFFICIAL,
                       canonical="Rhian Pask", cue="said")  # fmt: skip
    claim = Claim(id="c1", text="The turbine will power about 9,000 homes.", start=0, end=41, attribution=said)
    wire = ev("wire", outlet="Severn Wire", passage="Developer Tidal Marches Wind (TMW) said the turbine would power "
              "about 9,000 homes.")  # fmt: skip
    release = ev("release", outlet="Tidal Marches Wind Ltd", passage="The turbine will supply about 9,000 homes.")
    out = score_claim(claim, [wire, release])
    assert out.verdict is Verdict.UNVERIFIED and out.independent_sources == 0


def test_the_models_refutation_of_a_passage_giving_every_figure_refutes_nothing():
    claim = Claim(id="c1", text="The reptile lived about 280 million years ago, in the early Permian.", start=0, end=68)
    same = ev("mag", Stance.REFUTES, 0.75, passage="The animal roamed the region roughly 280 million years ago.")
    release = ev("release", passage="The reptile lived around 280 million years ago, during the early Permian.")
    out = score_claim(claim, [release, same])
    assert out.verdict is Verdict.SUPPORTED
    other = ev("mag", Stance.REFUTES, 0.75, passage="The animal roamed the region long before the Permian.")
    assert score_claim(claim, [release, other]).verdict is Verdict.DISPUTED


@pytest.mark.parametrize(
    "text",
    ["The board will propose a dividend of 0.70 euros per share, down from 1.40 euros for 2023.",
     "Beans were grown on around 9,000 hectares this season, slightly more than in 2023."],
)
def test_a_year_of_the_value_compared_with_does_not_date_the_claim(text):
    from factcheck.model import Mismatch

    claim = Claim(id="c1", text=text, start=0, end=len(text))
    value = "0.70" if "dividend" in text else "9,000"
    later = attrs.evolve(ev("wire", Stance.REFUTES, 0.7, passage="The figure is 0.50 or 7,800, the report says."),
                         mismatches=(Mismatch("number", value, "0.50"),), published="2025-03-01")  # fmt: skip
    assert score_claim(claim, [later]).verdict is Verdict.CONTRADICTED


def test_a_place_in_capitals_opening_a_passage_with_a_colon_is_a_dateline():
    said = Attribution(source="Kochi Water Transit Corporation (KWTC)", source_kind=SourceKind.OFFICIAL,
                       canonical="KWTC", cue="said")  # fmt: skip
    text = "Services on the route will begin on December 2."
    claim = Claim(id="c1", text=text, start=0, end=len(text), attribution=said)
    paper = ev("paper", outlet="The Ernakulam Observer",
               passage="KOCHI: Boats will start running between Mattancherry and Willingdon Island on December 2.")
    out = score_claim(claim, [paper])
    assert out.verdict is Verdict.SUPPORTED and out.independent_sources == 1
    # the corporation named as the speaker is its word
    quoted = ev("paper", outlet="The Ernakulam Observer",
                passage="Kochi Water Transit Corporation: boats will start running on December 2.")
    assert score_claim(claim, [quoted]).independent_sources == 0



def test_a_body_by_its_initials_is_its_release_with_its_country_after() -> None:
    assert source_matches("Department of Wildlife and National Parks, Botswana", ["DWNP", "the DWNP"])
    assert not source_matches("Kalahari News Agency", ["DWNP"])


@pytest.mark.parametrize(
    ("source", "passage", "verdict"),
    [
        ("a paper published this week in the journal Karst Fauna Letters",
         "The beetle was found at a depth of 312 metres during an expedition by the Adriatic Institute for Karst "
         "Research.", Verdict.SUPPORTED),
        # the city's own word, credited by its place and its sort: reported, not corroborated
        ("a statement from Daegu City Hall",
         "The beetle was found at a depth of 312 metres, Daegu Metropolitan City said in a statement.",
         Verdict.UNVERIFIED),
    ],
)  # fmt: skip
def test_a_body_is_not_misnamed_by_another_name_sharing_a_word(source: str, passage: str, verdict: Verdict) -> None:
    claim = Claim(id="c7", text="The beetles were found at a depth of 312 metres.", start=0, end=48,
                  attribution=Attribution(source=source, source_kind=SourceKind.DOCUMENT, cue="according to"))
    out = score_claim(claim, [ev("wire-1", outlet="Adriatic Press Service", passage=passage)])
    assert not [m for e in out.evidence for m in e.mismatches]
    assert out.verdict is verdict


@pytest.mark.parametrize(
    ("support", "verdict"),
    [
        # support for the rest of the claim, stating none of the figures in dispute, is no side of it
        ("The headline figure of 2,117,400 residents hides a province pulling in two directions.",
         Verdict.CONTRADICTED),
        ("The population rose 8.4 percent to 2,117,400.", Verdict.DISPUTED),
    ],
)  # fmt: skip
def test_support_beside_the_disputed_figure_is_no_side_of_the_dispute(support: str, verdict: Verdict) -> None:
    claim = Claim(id="c8", text="The population grew to 2,117,400, an increase of 8.4 percent on the previous count",
                  start=0, end=82)  # fmt: skip
    release = attrs.evolve(
        ev("release", Stance.REFUTES, 0.8, outlet="Provincial Statistics Directorate",
           passage="The enumerated population is 2,117,400, an increase of 6.2% compared with the previous census."),
        mismatches=(Mismatch("number", "8.4 percent", "6.2%"),),
    )  # fmt: skip
    chronicle = ev("chronicle", Stance.SUPPORTS, 0.8, outlet="Andes Chronicle", passage=support)
    assert score_claim(claim, [release, chronicle]).verdict is verdict


def test_the_outlet_an_unnamed_source_told_is_its_report() -> None:
    official = "An official with a foreign aid group"
    told = Attribution(source=official, cue="told", source_kind=SourceKind.ANONYMOUS,
                       chain=("the Agência Índico de Notícias", official))
    claim = Claim(id="c10", text="Treatment centres in Dondo were overwhelmed", start=0, end=43, attribution=told)
    story = ev("ain-1", outlet="Agência Índico de Notícias",
               passage="An official with a foreign aid organisation said treatment centres in Dondo were overwhelmed.")
    assert score_claim(claim, [story]).verdict is Verdict.UNVERIFIED  # the report itself, no corroboration
    other = ev("echo-1", outlet="Beira Echo", passage="Treatment centres in Dondo were overwhelmed, nurses said.")
    assert score_claim(claim, [story, other]).verdict is Verdict.SUPPORTED


def test_organisers_speak_through_the_events_committee() -> None:
    told = Attribution(source="organizers", cue="according to", source_kind=SourceKind.PERSON)
    claim = Claim(id="c11", text="The winning rink takes home C$12,000 of the C$40,000 purse", start=0, end=58,
                  attribution=told)  # fmt: skip
    release = ev("host-1", outlet="Estevan 2025 Host Committee",
                 passage="The champions receive $12,000 from the event's total prize fund of $40,000.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED  # their own release: reported only
    paper = ev("paper-1", outlet="Estevan Mercury", passage="The champions receive $12,000 of the $40,000 purse.")
    assert score_claim(claim, [release, paper]).verdict is Verdict.SUPPORTED


def test_a_power_company_goes_by_the_generator() -> None:
    told = Attribution(source="Derwent Energy", cue="expects", source_kind=SourceKind.OFFICIAL)
    claim = Claim(id="c12", text="The dry conditions will cut its full-year profit by about A$45 million", start=0,
                  end=70, attribution=told)  # fmt: skip
    wire = ev("scn-1", outlet="Southern Cross Newswire",
              passage="The generator said lower inflows would reduce its full-year profit by around A$45 million.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED  # the company's word, reported


def test_a_model_refutation_from_a_document_giving_the_figure_elsewhere_is_no_side() -> None:
    claim = Claim(id="c13", text="At least 14 people have died of the disease this year", start=0, end=53)
    ages = ev("cho-1", Stance.REFUTES, 0.65, outlet="Zamboanga City Health Office",
              passage="By age group, children aged 5 to 14 years account for the majority of cases (57%).")
    deaths = ev("cho-1", Stance.REFUTES, 0.57, outlet="Zamboanga City Health Office", start=200,
                passage="Fourteen (14) dengue-related deaths have been recorded since the start of the year.")
    wire = ev("mps-1", Stance.SUPPORTS, 0.73, outlet="Mindanao Press Service",
              passage="Fourteen people have died of the mosquito-borne disease since January.")
    assert score_claim(claim, [ages, deaths, wire]).verdict is Verdict.SUPPORTED
    assert score_claim(claim, [ages, wire]).verdict is Verdict.DISPUTED  # the bulletin giving no figure for it


def test_a_firms_trade_before_its_name_does_not_hide_its_word() -> None:
    claim = Claim(id="c14", text="Operator Verkehrsbetriebe Nürnberg-Fürth (VNF) expects about 9,500 passengers a day "
                  "on the new section", start=0, end=98)  # fmt: skip
    wire = ev("fpa-1", outlet="Franken Presse Agentur",
              passage="Operator VNF said it expected about 9,500 riders a day on the new section.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED  # the operator's own word, reported


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the name the article describes as of the plan's sort
        ("Légumes du Léon, Brittany's largest vegetable cooperative, said on Tuesday that its turnover fell.\n\n"
         "The cooperative plans to invest €14 million in a new packing station.", ("Légumes du Léon",)),
        # described by a sort of its kin, with its short name, and where it is
        ("Conservas Rías Altas (Conrial), the largest tuna exporter in northern Galicia, said its sales rose.\n\n"
         "The company expects exports to grow by 8 percent next year.", ("Conservas Rías Altas", "Conrial")),
        # "the group": the body credited last
        ("Researchers found nine nesting sites, the Mindanao Raptor Conservancy said on Tuesday.\n\n"
         "The group plans to fit GPS transmitters on four juveniles next year.", ("the Mindanao Raptor Conservancy",)),
        # not a person described with the body, nor a place whose report it is
        ("Lena Oberländer, a palaeontologist with the foundation, said the bones were complete.\n\n"
         "The foundation plans to put the skeleton on display.", ()),
        ("Cases rose in Pordenone, according to the regional health observatory.\n\n"
         "The observatory expects cases to peak in September.", ()),
        # a short name the article spelt out
        ("Homes were flooded, the District Disaster Management Unit (DDMU) said.\n\n"
         "The DDMU expects most of the welfare centres to close by the weekend.",
         ("District Disaster Management Unit",)),
        # what the organisers organise, named
        ("Organisers of Granby's Nuits Boivin music festival reported a loss on Tuesday.\n\n"
         "The organisers expect to return next year with a four-day format.", ("Nuits Boivin",)),
        # named right after its sort, the later of two
        ("Tariffs will fall in March, according to a notice from supplier Vaskelo Šiltuma.\n\n"
         "The company expects to finish a new boiler by June 2027.", ("Vaskelo Šiltuma",)),
        # the body last named of that sort, with the short name in brackets after it
        ("About 300 staff walked out, according to the Tisza Valley Metalworkers' Union (TVMU).\n\n"
         "The union plans a 48-hour strike on March 3.", ("Tisza Valley Metalworkers' Union", "TVMU")),
        # the body spelt out with its short name in what the article credited to that sort before
        ("The harvest of the Asociacion de Cafetaleros del Sur (ACASUL) fell 15 percent, the cooperative said.\n\n"
         "The cooperative plans to open a roasting plant in 2026.", ("Asociacion de Cafetaleros del Sur", "ACASUL")),
        ("The harvest of the Asociacion de Cafetaleros del Sur (ACASUL) fell 15 percent, the ministry said.\n\n"
         "The cooperative plans to open a roasting plant in 2026.", ()),
        # a body named in the plan: the sort the article gave it, as a wire calls it ("The company said ...")
        ("Karadere Gubre, the Samsun-based fertiliser producer, reported a drop in profit.\n\n"
         "Karadere Gubre expects to commission a solar plant by mid-2026.", ("the producer",)),
        ("Karadere Gubre, a town near Samsun, lost power.\n\n"
         "Karadere Gubre expects to commission a solar plant by mid-2026.", ()),
        # "the group": the body whose report the article cited last, by its short name
        ("The harvest will reach 1.9 million tonnes, according to a report released by the Coordinadora Agricola "
         "de Itapua (CAI).\n\nThe group expects losses to exceed 400 million dollars.", ("CAI",)),
        # a company described as what it is, with a relative clause: "the smelter that dominates ..."
        ("Ertis Aluminium, the smelter that dominates the north of Pavlodar, said profit rose 34 percent.\n\n"
         "The company plans to spend 48 billion tenge in 2025.", ("Ertis Aluminium",)),
        # a named company, by its name with its legal form as the article gave it before
        ("A court upheld a fine on oil services company Petroservicios Limay S.A. on Thursday.\n\n"
         "The spill had been contained within 48 hours, Petroservicios Limay said in a statement.",
         ("Petroservicios Limay S.A",)),
        # a person, by the body the article set them at the head of
        ("Fifty-six homes were flooded, according to Ercan Dursunoglu, the provincial director of the Disaster and "
         "Emergency Management Authority (AFAD).", ("Disaster and Emergency Management Authority", "AFAD")),
        ("Fifty-six homes were flooded, according to Ercan Dursunoglu, a farmer in the village.", ()),
    ],
)  # fmt: skip
def test_the_names_an_article_gives_a_body_whose_plans_it_tells_by_its_sort(text: str, names: tuple) -> None:
    from factcheck.claims import extract_claims
    from factcheck.score import plan_names

    claims = extract_claims(text)
    assert plan_names(text, claims[-1], claims[:-1]) == names


@pytest.mark.parametrize("outlet", ["Nólsoy Fisk P/F", "Vestfisk ApS"])
def test_a_companys_own_release_is_known_by_its_legal_form(outlet: str) -> None:
    claim = Claim(id="c17", text="The firm expects to land 12,000 tonnes in 2026", start=0, end=46,
                  attribution=Attribution(source="the company", source_kind=SourceKind.OFFICIAL, cue="said"))
    release = ev("release", outlet=outlet, passage="For 2026 the group expects landings of about 12,000 tonnes.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED  # its own word, not corroboration


def test_a_bodys_plan_its_own_report_gives_under_its_name_is_its_word() -> None:
    claim = Claim(id="c15", text="The cooperative plans to invest €14 million in a new packing station", start=0,
                  end=68)  # fmt: skip
    report = ev("annual", outlet="Légumes du Léon",
                passage="The board has approved an investment programme of €14 million for a new packing station.")
    assert score_claim(claim, [report]).verdict is Verdict.SUPPORTED  # no name: an outlet of its own
    assert score_claim(claim, [report], plan_names=("Légumes du Léon",)).verdict is Verdict.UNVERIFIED


def test_a_year_the_claim_compares_with_does_not_date_its_figure() -> None:
    claim = Claim(id="c16", text="Yucatán has recorded 2,140 confirmed dengue cases so far this year, nearly three "
                  "times as many as at the same point in 2023", start=0, end=120)  # fmt: skip
    bulletin = attrs.evolve(ev("ssy", outlet="Secretaría de Salud de Yucatán",
                               passage="The ministry has confirmed 2,140 cases of dengue in the state."),
                            published="2024-09-02")  # fmt: skip
    weekly = attrs.evolve(
        ev("chilam", Stance.REFUTES, 0.88, outlet="Semanario Chilam",
           passage="The federal surveillance system listed 1,865 confirmed cases for Yucatán as of the same week."),
        published="2024-09-05", mismatches=(Mismatch("number", "2,140", "1,865"),))  # fmt: skip
    assert score_claim(claim, [bulletin, weekly]).verdict is Verdict.DISPUTED  # not a refutation of another year


@pytest.mark.parametrize(
    ("score", "verdict"),
    [
        (0.39, Verdict.SUPPORTED),  # the model's weak refutation of the words, given word for word
        (0.75, Verdict.CONTRADICTED),  # a sure one still counts
    ],
)
def test_a_quotation_given_word_for_word_outweighs_the_models_weak_refutation(score: float, verdict: Verdict):
    text = 'The province had "failed in its duty to examine" how the development would affect the forest'
    claim = Claim(id="q1", text=text, start=0, end=len(text),
                  attribution=Attribution(source="Judge Oh Jae-won", source_kind=SourceKind.OFFICIAL, cue="said"))
    passage = ('Judge Oh Chae-won said the province had "failed in its duty to examine" the impact on the gotjawal '
               "forest.")
    out = score_claim(claim, [ev("wire-1", Stance.REFUTES, score, outlet="Korea Pacific Newswire", passage=passage)])
    assert out.verdict is verdict


def test_a_figure_is_restated_by_its_own_phrase_when_its_clause_gives_another() -> None:
    from factcheck.score import _clauses_restated

    claim = ("The company employs about 1,900 people at its two plants in the Igogo and Nyakato areas of Mwanza and "
             "buys fish from landing sites across the lake")
    assert _clauses_restated(claim, "The processor, an employer of some 1,900 people, ships to Europe.") == {"1,900"}
    assert _clauses_restated(claim, "The processor, an employer of some 2,400 people, ships to Europe.") == set()


def test_a_report_of_a_body_named_by_its_sort_is_that_bodys_word() -> None:
    claim = Claim(id="m1", text="Mills produced 11.6 million bags of raw sugar as of April 14", start=0, end=60,
                  attribution=Attribution(source="the office's latest milling report", source_kind=SourceKind.DOCUMENT,
                                          cue="according to"))
    release = ev("opa-1", outlet="Office of the Provincial Agriculturist, Negros Occidental",
                 passage="Raw sugar production reached 11.6 million bags as of 14 April.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        ("Workers at the oil terminal went on strike on Monday, and about 650 of them stayed away from work, their "
         "union said.", True),
        ("Workers at the oil terminal went on strike on Monday, and about 650 of them stayed away from work, their "
         "lawyers said.", False),
    ],
)
def test_their_union_is_the_union_of_the_strikers(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the Eastern Port and Petroleum Workers' Union"]) is cites


@pytest.mark.parametrize(
    "passage",
    [
        "The council expects around 40,000 visitors a year.",
        "The company reiterated that it expects 2024 net sales of between 1.15 billion and 1.25 billion euros.",
    ],
)
def test_what_a_body_expects_or_reiterates_is_its_own_word(passage):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the council", "the company"])


def test_a_source_written_as_a_pronoun_is_known_by_its_name_only():
    from factcheck.score import _cites_source, _Sources

    text = "The group plans to open a processing plant in Walvis Bay in 2026."
    claim = Claim(id="c9", text=text, start=0, end=len(text), attribution=Attribution(
        source="it", canonical="Grupo Frigorífico Orzán", source_kind=SourceKind.OFFICIAL, cue="said"))
    sources = _Sources(claim)
    assert "Grupo Frigorífico Orzán" in sources.names and "it" not in sources.names
    # a wire crediting "the company" is the group's word: "Grupo" names a company
    passage = "The company said it planned to open a new processing plant in Walvis Bay, Namibia, in 2026."
    assert _cites_source(passage, sources.names)
    # ... and a pronoun stays where it is the only name there is, beside the body whose plans the claim tells
    # ("The group plans ..., it said": the group)
    unresolved = attrs.evolve(claim, attribution=attrs.evolve(claim.attribution, canonical="it"))
    assert _Sources(unresolved).names == ["it", "the group"]


SECRETARY_CLAIM = Claim(
    id="c7", text='"Our priority is to get dry rations to every centre."', start=0, end=53, kind=ClaimKind.QUOTE,
    attribution=Attribution(source="District Secretary Saraswathy Kanagaratnam", source_kind=SourceKind.OFFICIAL,
                            cue="said"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "renamed"),
    [
        # the name after its title, spelt otherwise: the same speaker
        ('"Our priority is to get dry rations to every centre," Saraswathi Kanagaratnam, the district secretary, '
         "said.", False),
        ('"Our priority is to get dry rations to every centre," Nimal Perera, the district secretary, said.', True),
    ],
)  # fmt: skip
def test_a_speaker_is_known_by_the_name_after_her_title(passage, renamed):
    _renamed(SECRETARY_CLAIM, passage, ("Saraswathy Kanagaratnam", "Nimal Perera") if renamed else None)


def test_a_title_after_the_speakers_name_is_no_part_of_her_name():
    claim = attrs.evolve(SECRETARY_CLAIM, attribution=attrs.evolve(
        SECRETARY_CLAIM.attribution, source="Marianne Koury, chair of the Thompson Regional District"))
    passage = '"Our priority is to get dry rations to every centre," said Marianne Koury of the regional district.'
    _renamed(claim, passage, None)


@pytest.mark.parametrize(("score", "verdict"), [(0.38, Verdict.UNVERIFIED), (0.45, Verdict.SUPPORTED)])
def test_support_the_model_is_barely_sure_of_does_not_corroborate_a_sources_word(score: float, verdict) -> None:
    claim = Claim(id="c18", text="It will generate enough electricity for about 110,000 homes", start=0, end=59,
                  attribution=Attribution(source="the company", source_kind=SourceKind.OFFICIAL, cue="according to",
                                          canonical="Jerid Solaire SA"))  # fmt: skip
    release = ev("release", outlet="Jerid Solaire SA", score=0.8,
                 passage="The plant will meet the needs of approximately 110,000 households.")
    other = ev("echo", outlet="L'Écho du Jérid", score=score,
               passage="Nationally, the country wants renewables to make up 35 percent of its electricity generation.")
    assert score_claim(claim, [release, other]).verdict is verdict
    # (one that states the claim's figure, however unsure the model, corroborates it)
    stating = ev("echo", outlet="L'Écho du Jérid", score=0.38, passage="The park should power about 110,000 homes.")
    assert score_claim(claim, [release, stating]).verdict is Verdict.SUPPORTED


def test_a_generic_credit_set_off_after_another_bodys_name_is_that_bodys() -> None:
    claim = Claim(id="c20", text="Imerhydro halted its 44-megawatt Rioni-3 plant on Monday", start=0, end=55,
                  attribution=Attribution(source="the company", source_kind=SourceKind.OFFICIAL, cue="said",
                                          canonical="Imerhydro"))  # fmt: skip
    grid = ev("monitor", outlet="Energy Monitor", score=0.76,
              passage="Dispatch data published by Georgian State Electrosystem, the transmission grid operator, show "
                      "that the 44 MW Rioni-3 plant stopped supplying the grid on Monday.")  # fmt: skip
    assert score_claim(claim, [grid]).verdict is Verdict.SUPPORTED


def test_the_operator_said_is_a_companys_word() -> None:
    claim = Claim(id="c19", text="The company expects to complete a new deep-water berth in 2027", start=0, end=62)
    release = ev("kpt", outlet="Kolkhida Port Terminals JSC", score=0.6,
                 passage="KPT expects to commission its new deep-water berth in 2027.")
    wire = ev("gna", outlet="GeoNews Agency", score=0.6,
              passage="The operator said it expected a new deep-water berth to come into service in 2027.")
    assert score_claim(claim, [release, wire]).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("outlet", "verdict"),
    [("La Voix de Magog", Verdict.SUPPORTED), ("Ville de Magog", Verdict.UNVERIFIED)],
)
def test_a_mayors_place_speaks_through_its_government_not_its_newspaper(outlet: str, verdict) -> None:
    said = Attribution(source="Magog mayor Sylvie Boisvert-Lacroix", source_kind=SourceKind.OFFICIAL,
                       canonical="Sylvie Boisvert-Lacroix", cue="told")  # fmt: skip
    quote = Claim(id="q9", text='"We are being asked to accept a second-class hospital."', start=0, end=55,
                  attribution=said, kind=ClaimKind.QUOTE)  # fmt: skip
    passage = '"We are being asked to accept a second-class hospital," Mayor Sylvie Boisvert-Lacroix said on Wednesday.'
    assert score_claim(quote, [ev("doc-1", outlet=outlet, passage=passage)]).verdict is verdict


def test_a_bodys_unit_speaks_through_the_bodys_documents() -> None:
    claim = Claim(id="c21", text="The title earns the club a prize of 600,000 pesos", start=0, end=49,
                  attribution=Attribution(source="the Uruguayan Basketball Federation's interior committee",
                                          source_kind=SourceKind.OFFICIAL, cue="said"))  # fmt: skip
    release = ev("fub", outlet="Federación Uruguaya de Basketball - Comisión del Interior",
                 passage="The champion receives a prize of 600,000 pesos and the runner-up 300,000 pesos.")
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED  # its own word


def test_a_bodys_results_as_a_wire_says_it_reported_them_are_its_word() -> None:
    claim = Claim(id="c22", text="First-quarter net profit fell 18% to €48 million", start=0, end=48,
                  attribution=Attribution(source="Northgate Foods", source_kind=SourceKind.OFFICIAL, cue="said",
                                          canonical="Northgate Foods"))  # fmt: skip
    wire = ev("bizwire", outlet="BizWire", score=0.85,
              passage="Northgate Foods reported a first-quarter net profit of 48 million euros on Wednesday, down "
                      "18 percent from a year earlier, as higher energy and packaging costs squeezed margins.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED


def test_a_newspaper_telling_a_companys_results_in_its_own_voice_corroborates_them() -> None:
    text = "Zarafshon Tekstil on Thursday reported net profit of 412 billion soums for 2024."
    claim = Claim(id="c23", text=text, start=0, end=len(text))
    own_voice = ev("doc-1", outlet="Tashkent Business Weekly",
                   passage="Zarafshon Tekstil's net profit for 2024 came to 412 billion soums.")
    assert score_claim(claim, [own_voice]).verdict is Verdict.SUPPORTED


def test_a_short_names_full_name_spelt_out_in_the_article_is_its_own_source() -> None:
    from factcheck.claims import extract_claims
    from factcheck.score import plan_names

    text = ("The cut applies to 63,000 households supplied by Teplárne Východ (TVX), which the city owns.\n\n"
            "TVX expects the switch to cut its carbon dioxide emissions by about 180,000 tonnes a year.")  # fmt: skip
    claims = extract_claims(text)
    assert claims[-1].attribution.source_kind is SourceKind.OFFICIAL  # a short name is no person's
    assert plan_names(text, claims[-1], claims[:-1]) == ("Teplárne Východ",)
    release = ev("release", outlet="Teplárne Východ, a.s. (press release)",
                 passage="TVX expects to reduce its carbon dioxide emissions by approximately 180,000 tonnes per year.")
    wire = ev("wire", outlet="Tatra News Agency",
              passage="The company said it expected the change to lower its emissions by about 180,000 tonnes.")
    names = plan_names(text, claims[-1], claims[:-1])
    assert score_claim(claims[-1], [release, wire], plan_names=names).verdict is Verdict.UNVERIFIED
    assert score_claim(claims[-1], [release, wire]).verdict is Verdict.SUPPORTED  # (without the article's names)


@pytest.mark.parametrize(("release_says", "verdict"), [
    ('"This is only the beginning," said lead author Bienvenu Lokomba Bolia.', Verdict.UNVERIFIED),
    ('"This is only the beginning," said Bienvenu Lokomba Bolia, who was not involved.', Verdict.SUPPORTED),
])  # fmt: skip
def test_a_body_whose_own_release_names_the_expert_its_lead_author_speaks_through_him(release_says, verdict) -> None:
    claim = Claim(id="c9", text="IRHK expects to publish descriptions of at least five more species by 2027", start=0,
                  end=76, attribution=Attribution(source="Lokomba", canonical="Bienvenu Lokomba Bolia",
                                                  source_kind=SourceKind.EXPERT, cue="said"))
    release = ev("release", outlet="Institut de Recherche Hydrobiologique de Kisangani (press release)",
                 passage=release_says + " The institute expects to describe at least five further species by 2027.")
    wire = ev("wire", outlet="Agence Grands Lacs Presse",
              passage="The institute said it expected to describe at least five more species by 2027.")
    assert score_claim(claim, [release, wire]).verdict is verdict


def test_a_surname_written_with_its_patronymic_ending_names_the_same_speaker() -> None:
    quote = '"Prices in China did the damage, not our furnaces."'
    claim = Claim(id="c10", text=quote, start=0, end=len(quote), kind=ClaimKind.QUOTE,
                  attribution=Attribution(source="chief executive Galym Seitkali", canonical="Galym Seitkali",
                                          source_kind=SourceKind.OFFICIAL, cue="told"))
    wire = ev("wire", outlet="Steppe Press Agency",
              passage=f'{quote[:-2]}," chief executive Galym Seitkaliyev told analysts.')
    assert score_claim(claim, [wire]).verdict is Verdict.SUPPORTED
    other = ev("wire", outlet="Steppe Press Agency",
               passage=f'{quote[:-2]}," chief executive Galym Seitov told analysts.')
    assert score_claim(claim, [other]).verdict is Verdict.CONTRADICTED


def test_plans_told_by_an_expert_named_before_as_lead_author_are_the_bodys_word() -> None:
    from factcheck.claims import extract_claims
    from factcheck.score import plan_names

    text = ('"Every hectare we lose is water," said lead author Itzel Pérez Guillén, a hydrologist at the '
            "institute.\n\nThe institute plans to install 12 monitoring wells by the end of the year, Pérez Guillén "
            "said.")  # fmt: skip
    claims = extract_claims(text)
    assert plan_names(text, claims[-1], claims[:-1]) == ("the institute",)
    release = ev("release", outlet="Instituto de Ecología de los Altos (IEA)",
                 passage="The IEA will install 12 groundwater monitoring wells before December.")
    wire = ev("wire", outlet="Agencia Sureste de Noticias",
              passage="The institute said it would install 12 wells by the end of the year.")
    names = plan_names(text, claims[-1], claims[:-1])
    assert score_claim(claims[-1], [release, wire], plan_names=names).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("source", "canonical", "text", "credit"),
    [
        # a union leader speaks for the union: its own statement and "the union puts ..." are its word
        ("union leader Aram Petrosyan", "Aram Petrosyan", "The wage debt now totals 900 million drams.",
         "The union puts the wage debt at 900 million drams."),
        # an official of the ministry telling its plans: "the ministry said" is his word
        ("a ministry official", "a ministry official", "The transport ministry expects to spend 40 million pesos.",
         "The transport ministry will spend 40 million pesos, the ministry said."),
        # "they" of the organisers telling their plans
        ("they", "they", "The organisers expect to apply next year for a world athletics label.",
         "Organisers said they planned to apply next year for a world athletics label."),
    ],
)  # fmt: skip
def test_an_officer_or_a_pronoun_speaks_for_the_body_whose_word_it_gives(source, canonical, text, credit) -> None:
    claim = Claim(id="c11", text=text, start=0, end=len(text),
                  attribution=Attribution(source=source, canonical=canonical, source_kind=SourceKind.OFFICIAL,
                                          cue="said"))  # fmt: skip
    wire = ev("wire", outlet="Caucasus Press Agency", passage=credit)
    out = score_claim(claim, [wire])
    assert out.verdict is Verdict.UNVERIFIED
    assert "they" not in (out.note or "")  # the note names the organisers, not the pronoun



def test_a_tally_a_phrase_opens_is_that_phrases_fact() -> None:
    claim = Claim(id="c40", text="The decision passed with 18 councillors voting in favour and nine against", start=0,
                  end=72)  # fmt: skip
    record = ev("record", Stance.REFUTES, 0.67, passage="The decision was adopted with 16 votes in favour, 9 votes "
                "against and 2 abstentions.")  # fmt: skip
    record = attrs.evolve(record, mismatches=(Mismatch("number", "18 councillors voting in favour and nine against",
                                                       "16 votes in favour, 9 votes against"),))
    out = score_claim(claim, [record])
    assert out.verdict_for("The decision passed with 18 councillors voting in favour") is Verdict.CONTRADICTED
    assert out.verdict_for("The decision passed with 118") is not Verdict.CONTRADICTED  # another figure


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the last name before it of a body of that sort
        ("Divers counted 1,340 nests, the Lake Ohrid Hydrobiological Station said on Thursday.\n\n"
         "The station expects to publish a full assessment by the end of the year.",
         ("Lake Ohrid Hydrobiological Station",)),
        ("The cameras recorded 138 deer, according to the study by the Ganja Institute of Mountain Ecology.\n\n"
         "The researchers plan to fit GPS collars to 12 deer next spring.", ("Ganja Institute of Mountain Ecology",)),
        # a brewer is a company
        ("Kwatta Brouwerij, Suriname's second-largest brewer, said on Thursday its profit rose 22 percent.\n\n"
         "The company plans to invest 18 million US dollars in a new canning line.", ("Kwatta Brouwerij",)),
    ],
)  # fmt: skip
def test_a_body_named_by_its_sort_is_the_last_body_of_that_sort(text: str, names: tuple) -> None:
    from factcheck.claims import extract_claims
    from factcheck.score import plan_names

    claims = extract_claims(text)
    assert plan_names(text, claims[-1], claims[:-1]) == names


def test_a_credit_in_another_sentence_of_the_passage_is_not_the_figures() -> None:
    claim = _said_by("the company", "Revenue rose 14 percent to 486 million pula in the year to March 31")
    wire = ev("san", outlet="Southern Africa Newswire",
              passage="Profit after tax for the year to March 31 was 52.6 million pula, up from 44.0 million pula, the "
                      "Maun-based company said. Revenue grew 14 percent to 486.3 million pula.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.SUPPORTED  # the wire's own sentence
    told = attrs.evolve(wire, passage="Revenue grew 14 percent to 486.3 million pula, the Maun-based company said.")
    assert score_claim(claim, [told]).verdict is Verdict.UNVERIFIED
    it = attrs.evolve(wire, passage="The company reported its results on Monday. It said revenue grew 14 percent to "
                      "486.3 million pula.")  # fmt: skip
    assert score_claim(claim, [it]).verdict is Verdict.UNVERIFIED
    quoted = attrs.evolve(wire, passage='Chief executive Kabo Moeng said: "This was a good year. Revenue grew 14 '
                          'percent to 486.3 million pula."')  # the quotation goes on: the credit is still its
    assert score_claim(_said_by("Kabo Moeng", claim.text), [quoted]).verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize("credit", ["he said", "he told a briefing", "she added"])
def test_a_pronoun_crediting_a_figure_stands_for_the_name_another_sentence_gives(credit: str) -> None:
    claim = _said_by("City akim Bauyrzhan Ramazanov", "The akimat expects about 9,500 families to qualify for the "
                     "monthly housing allowance", SourceKind.PERSON)  # fmt: skip
    wire = ev("capa", outlet="Central Asia Press Agency",
              passage="Akim Bauyrzhan Ramazanov said the city would widen eligibility for housing assistance. The "
                      f"akimat expects about 9,500 families to receive the monthly allowance, {credit}.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED
    own = attrs.evolve(wire, passage=wire.passage.replace(f", {credit}.", "."))  # the wire's own sentence
    assert score_claim(claim, [own]).verdict is Verdict.SUPPORTED


def test_a_bodys_staff_speak_for_it() -> None:
    claim = _said_by("Hydrologists at the Department of Water and Sanitation", "The water will stay high until late "
                     "August", SourceKind.EXPERT)  # fmt: skip
    wire = ev("kpa", outlet="Kalahari Press Agency", passage="The Department of Water and Sanitation expects levels "
              "to remain high until late August, a department spokesman said.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED


def test_an_officer_named_then_titled_by_the_bodys_sort_speaks_for_it() -> None:
    from factcheck.score import _Sources

    claim = _said_by("Tiit Rannamäe, the ministry's deputy secretary general for fisheries", "The government would "
                     "seek 2.5 million euros to compensate trawler owners")  # fmt: skip
    assert "the ministry" in _Sources(claim).names
    assert "the ministry" not in _Sources(_said_by("Tiit Rannamäe, a critic of the ministry's plans", "X")).names


def test_a_place_and_its_bodys_sort_go_by_that_sort() -> None:
    claim = _said_by("Bitola municipality", "The municipality had switched nine of the 14 affected schools to "
                     "pellet boilers")  # fmt: skip
    wire = ev("makpress", outlet="MakPress", passage="In a written statement, the municipality said that nine of the "
              "14 schools concerned had been converted to pellet heating.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED


def test_a_foundations_director_speaks_for_the_foundation() -> None:
    from factcheck.score import _Sources

    claim = _said_by("foundation director Jelena Vassiljeva", "About 18 percent of visitors came from abroad")
    assert "the foundation" in _Sources(claim).names


def test_a_figure_given_as_what_something_has_is_restated_by_its_phrase() -> None:
    from factcheck.score import _clauses_restated

    passage = ("The regulator's public fare register lists the single ticket at €7.50 and a return at €13.00, with "
               "children under four travelling free.")  # fmt: skip
    assert _clauses_restated("The service will run 14 return trips a day with a single fare of €7.50", passage) == {
        "€7.50"}
    assert not _clauses_restated("The service will run 14 return trips a day with a single fare of €9.50", passage)


@pytest.mark.parametrize(
    ("source", "kind", "outlet"),
    [
        ("Mudau", SourceKind.EXPERT, "Vhembe Biodiversity Institute"),  # a surname alone, an expert's
        ("Amel Gharbi", SourceKind.EXPERT, "Centre de Recherche Marine de Zarzis (CRMZ)"),  # a research centre
    ],
)
def test_a_teams_plans_told_by_its_researcher_are_its_institutions_word(source, kind, outlet) -> None:
    claim = _said_by(source, "The team plans to recommend that the species be listed as critically endangered", kind)
    release = ev("release", outlet=outlet, passage="The authors intend to propose to the IUCN that the species be "
                 "assessed as Critically Endangered.")  # fmt: skip
    assert score_claim(claim, [release]).verdict is Verdict.UNVERIFIED


def test_an_abbreviation_ends_no_sentence_of_a_passage() -> None:
    claim = Claim(id="c41", text="Red River Crushing expects to run its Sainte-Agathe plant at about 80 per cent of "
                  "capacity through the winter", start=0, end=100)  # fmt: skip
    wire = ev("pns", outlet="Prairie News Service", passage="Red River Crushing, which operates an oilseed crushing "
              "plant at Ste. Agathe, said it expects to run the plant at roughly 80% of capacity over the winter.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED  # its own word, told by the wire


def test_a_plan_told_with_which_it_says_is_the_bodys_word() -> None:
    claim = Claim(id="c3", text="Kovinar Emajl plans a new kiln, which it expects to cut gas use by 30 percent",
                  start=0, end=76)  # fmt: skip
    wire = ev("wire", outlet="Adriatic Newswire", passage="The group plans to spend 20 million euros by 2027, mostly "
              "on a new kiln which it says will cut its gas consumption by 30 percent.")  # fmt: skip
    release = ev("release", outlet="Kovinar Emajl d.d.", passage="The new kiln is expected to reduce natural gas "
                 "consumption by 30%.")  # fmt: skip
    assert score_claim(claim, [release, wire]).verdict is Verdict.UNVERIFIED  # "it says": the group's own word



def test_a_figure_of_a_quotation_said_word_for_word_is_the_speakers():
    said = Attribution(source="Dr. Elira Tafaj", source_kind=SourceKind.OFFICIAL, canonical="Elira Tafaj", cue="said")
    words = ('"Cook shellfish thoroughly, and if you bought mussels from the bay in the past three weeks, throw them '
             'away."')
    quote = Claim(id="q9", text=words, start=0, end=len(words), attribution=said, kind=ClaimKind.QUOTE)
    quoted = ev("gazette", outlet="Coast Gazette", passage="Dr. Elira Tafaj repeated her advice: " + words)
    ban = attrs.evolve(ev("institute", Stance.REFUTES, 0.6, outlet="Institute", passage=(
        "The authority suspended the harvesting of mussels from the bay for a period of 30 days.")),
        mismatches=(Mismatch("number", "three", "30"),))  # fmt: skip
    out = score_claim(quote, [quoted, ban])
    assert out.verdict is Verdict.SUPPORTED
    assert _fact(out, "three").verdict is Verdict.SUPPORTED
    assert out.verdict_for("if you bought mussels from the bay in the past three weeks") is Verdict.SUPPORTED
    # a paraphrase of the words is checked on its facts
    told = attrs.evolve(quote, text="Shellfish bought from the bay in the past three weeks should be thrown away.",
                        kind=ClaimKind.EVENT)  # fmt: skip
    assert _fact(score_claim(told, [quoted, ban]), "three").refuted_by == ("institute",)


def test_a_passage_of_a_time_before_the_claims_year_is_not_set_aside():
    claim = Claim(id="c21", text="The contract, worth 2.4 million euros, was awarded in November 2021 to Aquametrik.",
                  start=0, end=82)  # fmt: skip
    for passage, counted in [
        ("The contract, worth 1.8 million euros before VAT, was signed in the last weeks of 2020.", True),
        ("The utility's meters, worth 1.8 million euros, are read remotely.", False),  # a later state, no year
    ]:
        e = Evidence(doc_id="d", passage=passage, start=0, end=len(passage), stance=Stance.REFUTES, score=0.8,
                     published="2024-03-01", mismatches=[Mismatch("number", "2.4 million", "1.8 million")])  # fmt: skip
        assert (score_claim(claim, [e]).verdict is Verdict.CONTRADICTED) is counted


def test_a_year_of_what_came_before_is_not_the_claims_time():
    from factcheck.score import _claim_years

    assert _claim_years("Seat prices were capped at 350 bolivianos per day this year after complaints of price "
                        "gouging in 2024.") == ()  # fmt: skip
    assert _claim_years("Seat prices were capped at 350 bolivianos per day in 2024.") == (2024,)


@pytest.mark.parametrize(
    ("passage", "verdict"),
    [
        # a person telling what the bank would do tells the bank's plans: its word, no corroboration
        ("Rumbiak said the bank would open six more branches in the highlands, including Wamena, by the end of 2026.",
         Verdict.UNVERIFIED),
        # an analyst's word is another voice
        ("Analyst Kenji Hoshino said the bank would open six more branches in the highlands, including Wamena, by the "
         "end of 2026.", Verdict.SUPPORTED),
    ],
)
def test_a_person_telling_what_a_body_would_do_tells_its_plans(passage, verdict):
    text = ("The bank plans to open six new branches in the central highlands, including in Wamena, by the end of "
            "2026.")
    claim = Claim(id="c1", text=text, start=0, end=len(text))
    out = score_claim(claim, [ev("prfw", outlet="Pacific Rim Financial Wire", passage=passage)])
    assert out.verdict is verdict


def _by(source: str, canonical: str, kind: SourceKind, text: str) -> Claim:
    return Claim(id="c30", text=text, start=0, end=len(text),
                 attribution=Attribution(source=source, canonical=canonical, source_kind=kind, cue="said"))


_MASKS = "The city disaster management agency distributed 12,000 face masks on Tuesday morning"


@pytest.mark.parametrize(
    ("claim", "outlet", "passage"),
    [
        # a company's spokeswoman speaks for it under its initials, its legal form before its name
        (_by("HSN spokeswoman Dewi Lamusu", "Dewi Lamusu", SourceKind.OFFICIAL, "The stoppage had cut output of nickel "
             "pig iron by about 40 per cent"), "PT Halmahera Sinar Nikel", "Production of nickel pig iron at the plant "
         "has fallen by around 40 percent."),
        # the head of the body the claim's sentence names: "its head"
        (_by("its head, Muhammad Arif Djumati", "Muhammad Arif Djumati", SourceKind.PERSON, _MASKS),
         "Kabar Timur Agency", "The city's disaster management agency said it had handed out 12,000 masks on "
         "Tuesday."),
        # a tournament's director, for its organising committee
        (_by("tournament director Jasper Lippwe", "Jasper Lippwe", SourceKind.OFFICIAL, "The winning team will share "
             "prize money of 10,000 US dollars"), "Micronesian Cup Organising Committee", "The champions receive prize "
         "money of US$10,000."),
        # a regional government, in its own language
        (Claim(id="c31", text="The regional government expects to spend 15 million soles on repairs to river defences",
               start=0, end=86), "Gobierno Regional de Tumbes - Centro de Operaciones de Emergencia Regional",
         "The Regional Government of Tumbes estimates an expenditure of S/ 15 million on works on river defences."),
    ],
)  # fmt: skip
def test_a_body_speaks_through_its_officers_and_in_its_own_language(claim, outlet, passage) -> None:
    assert score_claim(claim, [ev("own", outlet=outlet, passage=passage)]).verdict is Verdict.UNVERIFIED
    # the same figures from another voice corroborate it
    other = re.sub(r"(?:The city's disaster management agency|The Regional Government of Tumbes) ", "Officials ",
                   passage)
    assert score_claim(claim, [ev("other", outlet="Island Times", passage=other)]).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "earlier", "claim", "outlet"),
    [
        # a person titled when first named speaks for that body when named again by surname
        ("The harvest will reach 1.1 million tonnes, department head Sherzod Tursunov said. The regional "
         "administration expects to complete the harvest by June 25, Tursunov said.",
         _by("department head Sherzod Tursunov", "Sherzod Tursunov", SourceKind.OFFICIAL, "The harvest will reach "
             "1.1 million tonnes"),
         _by("Tursunov", "Sherzod Tursunov", SourceKind.OFFICIAL, "The regional administration expects to complete "
             "the harvest by June 25"),
         "Kashkadarya Regional Department of Agriculture"),
        # "the researchers" of the research centre the article named before
        ("Two-thirds of the corals bleached, according to a survey released by the Chuuk Lagoon Reef Research Centre. "
         "About 9 per cent of the colonies surveyed had already died, the researchers said.",
         _by("a survey released by the Chuuk Lagoon Reef Research Centre", "Chuuk Lagoon Reef Research Centre",
             SourceKind.DOCUMENT, "Two-thirds of the corals bleached"),
         _by("the researchers", "the researchers", SourceKind.EXPERT, "About 9 per cent of the colonies surveyed had "
             "already died"),
         "Chuuk Lagoon Reef Research Centre"),
    ],
)  # fmt: skip
def test_a_source_is_what_the_article_called_it_before(text, earlier, claim, outlet) -> None:
    from factcheck.score import plan_names

    at = text.find(claim.text)
    claim = attrs.evolve(claim, start=at, end=at + len(claim.text))
    names = plan_names(text, claim, [earlier])
    passage = claim.text + ", the figures show."
    assert score_claim(claim, [ev("own", outlet=outlet, passage=passage)], plan_names=names).verdict \
        is Verdict.UNVERIFIED
    assert score_claim(claim, [ev("other", outlet="Island Times", passage=passage)], plan_names=names).verdict \
        is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("names", "credited"),
    [
        # a firm's name opening with its trade's word goes by "the company"
        (["Lácteos Sierra Norte"], True),
        (["Transportes Marítimos da Baía"], True),
        (["Camaronera Bahía Dorada"], True),
        (["Extractora Río Verde"], True),
        # a ministry of transport is no company
        (["Ministerio de Transportes"], False),
    ],
)
def test_a_firm_named_by_its_trade_goes_by_the_company(names, credited) -> None:
    from factcheck.score import _credits_generic

    assert _credits_generic("Prices depend on quality, the company said.", names) is credited



@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        # land a plant occupies is land its panels cover
        ("The plant was built by Amu Sun Energy. It occupies 450 hectares of land unsuitable for agriculture.",
         {"450"}),
        ("The plant was built by Amu Sun Energy. It employs 450 people.", set()),
    ],
)
def test_land_covered_is_land_occupied(passage, stated):
    from factcheck.score import _clauses_restated

    claim = "The panels cover 450 hectares of salt-damaged land that had not been farmed for more than a decade"
    assert _clauses_restated(claim, passage) == stated


_CLUB = "Norin FK was founded in 2016"
_FESTIVAL = "The festival, first held in 2001, draws lantern makers from across the valley"


@pytest.mark.parametrize(
    ("claim", "passage", "stated"),
    [
        # a founding year told as one, whoever the sentence names
        (_CLUB, "Founded in 2016, the club spent its first four seasons in the regional amateur league.", {"2016"}),
        # a year of something else, or another founding year, is not
        (_CLUB, "The club spent its first four seasons in the regional amateur league, from 2016.", set()),
        (_CLUB, "Founded in 2012, the club spent its first four seasons in the regional amateur league.", set()),
        # a first edition's year, told as what came since
        (_FESTIVAL, "Only two riders have won the race twice since the festival began in 2001.", {"2001"}),
        (_FESTIVAL, "The festival began in 2003.", set()),
    ],
)
def test_a_founding_year_told_as_one(claim, passage, stated):
    from factcheck.score import _clauses_restated

    assert _clauses_restated(claim, passage) == stated


@pytest.mark.parametrize(
    ("claim", "outlet", "passage", "other"),
    [
        # the claim's speaker, his name spelt by another transliteration
        (_by("He", "Serhiy Pavlyuk", SourceKind.PERSON, "The company lost UAH 62 million in 2024"), "Volyn Wire",
         "Pavliuk said the company's loss for last year came to UAH 62 million.",
         "The company's loss for last year came to UAH 62 million, its accounts show."),
        # a body named by a plural possessive and its sort, telling its own estimate
        (_by("The Kolhapur Foundry Owners' Federation", "The Kolhapur Foundry Owners' Federation", SourceKind.OFFICIAL,
             "The stoppage is costing about ₹40 crore a day in lost production"), "Deccan Wire",
         "The owners' federation estimates production losses at around ₹40 crore a day.",
         "Production losses come to around ₹40 crore a day, by the count of buyers."),
        # the ministry's plans, told by an officer titled with the ministry's name
        (_by("a ministry official", "a ministry official", SourceKind.OFFICIAL, "The ministry also plans to set up two "
             "certified nurseries in Hoima by 2026"), "East Africa Wire", "The agriculture ministry also intends to "
         "establish two certified nurseries in Hoima by 2026, ministry crop protection officer Dr. Wilson Ssekitoleko "
         "said.", "The agriculture ministry is to establish two certified nurseries in Hoima by 2026, budget papers "
         "show."),
        # an airport's own release, under its name in its own language
        (Claim(id="c32", text="The airport expects to exceed one million passengers in 2026", start=0, end=59),
         "Aeroportul Internațional Ștefan cel Mare Suceava",
         "Based on confirmed schedules, it will exceed one million passengers a year in 2026.",
         "Based on confirmed schedules, it will exceed one million passengers a year in 2026, airline data show."),
        # a city's administration by its sort, its own release under its full name
        (_by("The administration", "The administration", SourceKind.OFFICIAL, "A second plant, at the city's sewage "
             "works, to be finished by the end of 2026"), "Rivne City Military Administration",
         "A second solar plant at the sewage works is planned to be completed by the end of 2026.",
         "A second solar plant at the sewage works should be completed by the end of 2026, contractors say."),
        # a unit of a body named by their sorts, the outlet naming the unit and then the body
        (_by("the regional administration's farming department", "the regional administration's farming department",
             SourceKind.OFFICIAL, "Growers expect to gather about 900 tonnes of hops this year"),
         "Department of Farming Development, Rivne Regional Administration",
         "The department forecasts a hop harvest of about 900 tonnes this year.",
         "The hop harvest will come to about 900 tonnes this year, brewers' buyers reckon."),
        # a body's unnamed spokeswoman, and an association's president and members
        (_by("The hospital", "Arad County Hospital", SourceKind.OFFICIAL, "The hospital had since brought in an "
             "electronic review of all tenders above 300,000 lei"), "Romnews Agency",
         "A hospital spokeswoman said the hospital had since brought in electronic checks on every tender above "
         "300,000 lei.", "The hospital has since brought in electronic checks on every tender above 300,000 lei, "
         "procurement records show."),
        (_by("the weavers' association", "the weavers' association", SourceKind.OFFICIAL, "The stoppage is costing the "
             "industry about Rs 90 crore a day"), "Gujarat Daily",
         "Association president Mahesh Patel said the stoppage was costing the sector about Rs 90 crore a day.",
         "The stoppage is costing the sector about Rs 90 crore a day, bank data suggest."),
        (_by("the weavers' association", "the weavers' association", SourceKind.OFFICIAL, "The stoppage is costing the "
             "industry about Rs 90 crore a day"), "Gujarat Daily",
         "Weavers estimate that the stoppage is causing losses of about Rs 90 crore every day.",
         "The stoppage is costing the sector about Rs 90 crore a day, bank data suggest."),
    ],
)  # fmt: skip
def test_the_claims_own_source_by_other_spellings_and_titles(claim, outlet, passage, other) -> None:
    assert score_claim(claim, [ev("own", outlet=outlet, passage=passage)]).verdict is Verdict.UNVERIFIED
    # another outlet saying the same in its own voice corroborates it
    assert score_claim(claim, [ev("other", outlet="Island Times", passage=other)]).verdict is Verdict.SUPPORTED


def test_a_body_by_its_initials_is_the_body_named_before_in_full() -> None:
    from factcheck.score import plan_names

    text = ("The Pune Municipal Corporation has opened 20 cooling shelters.\n\n"
            "The PMC expects to install 15 more water kiosks by the end of the month.")
    at = text.index("The PMC")
    claim = Claim(id="c40", text=text[at:], start=at, end=len(text))
    names = plan_names(text, claim, [])
    assert names == ("Pune Municipal Corporation",)
    # its commissioner telling what the corporation planned is its word, not a corroboration
    told = ev("wire", outlet="Indian Regional Newswire", passage="Municipal commissioner Anil Joshi said the "
              "corporation planned to add 15 water kiosks by the end of the month.")
    assert score_claim(claim, [told], plan_names=names).verdict is Verdict.UNVERIFIED
    assert score_claim(claim, [told]).verdict is Verdict.SUPPORTED


def test_a_bodys_board_speaks_for_the_body() -> None:
    claim = _by("its management board", "its management board", SourceKind.OFFICIAL,
                "Lakeside Marina intends to file an appeal")
    own = ev("wire", outlet="Lakes Wire", passage="In a statement, Lakeside Marina said it would lodge an appeal.")
    other = ev("paper", outlet="Island Times", passage="Lakeside Marina is to file an appeal, court records show.")
    assert score_claim(claim, [own]).verdict is Verdict.UNVERIFIED
    assert score_claim(claim, [other]).verdict is Verdict.SUPPORTED


def test_a_departments_state_is_not_the_department() -> None:
    # "the state's agriculture department": its own documents are the department's, not every word of the state's
    claim = _by("the state's agriculture department", "the state's agriculture department", SourceKind.OFFICIAL,
                "Wheat production is forecast to fall 28 percent this season")
    own = ev("release", outlet="Department of Agriculture",
             passage="Wheat production is forecast 28% below last season.")
    state = ev("wire", outlet="Antipodes Press",
               passage="The state will harvest 28 percent less wheat this season, the state government forecast on "
               "Wednesday.")
    assert score_claim(claim, [own]).verdict is Verdict.UNVERIFIED
    assert score_claim(claim, [state]).verdict is Verdict.SUPPORTED


def test_the_models_call_falls_on_the_fact_given_otherwise_not_on_one_stated() -> None:
    claim = Claim(id="c41", text="The coins were minted in the 9th century under the Samanid dynasty", start=0,
                  end=66)
    dated = Evidence(doc_id="institute", origin="institute", outlet="Institute of Archaeology", stance=Stance.REFUTES,
                     score=0.9, passage="The coins are dirhams struck in the first half of the 10th century, under "
                     "the rule of the Samanid amirs.", start=0, end=10, mismatches=(Mismatch("number", "9th", "10th"),))
    called = ev("wire", stance=Stance.REFUTES, outlet="Central Asia News Agency",
                passage="The coins came mostly from mints in Samarkand and Shash, today's Tashkent.")
    out = score_claim(claim, [dated, called])
    assert [(f.text, f.verdict) for f in out.facts] == [
        ("9th", Verdict.CONTRADICTED), ("Samanid", Verdict.SUPPORTED)]
    assert out.verdict is Verdict.CONTRADICTED
    # without a fact given otherwise, the model's call still stands against the fact the other origin states
    only_called = score_claim(claim, [ev("paper", outlet="Heritage Monthly", passage="The coins, struck under the "
                                         "Samanid amirs, were buried in a jug."), called])
    assert [f.verdict for f in only_called.facts if f.text == "Samanid"] == [Verdict.DISPUTED]


def test_a_body_putting_a_figure_on_its_own_possession_is_its_word() -> None:
    # "SGFCL puts the well's reserves at ...": the company's own estimate, carried by the wire
    claim = Claim(id="c42", text="SGFCL estimates the well's recoverable reserves at about 120 billion cubic feet",
                  start=0, end=79)
    wire = ev("wire", outlet="Dhaka Press Service", passage="SGFCL puts the well's recoverable reserves at about "
              "120 bcf.")
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED
    other = ev("paper", outlet="Energy Bulletin", passage="Geologists reckon the well holds recoverable reserves of "
               "about 120 billion cubic feet.")
    assert score_claim(claim, [other]).verdict is Verdict.SUPPORTED


def test_the_company_a_wire_credits_is_a_turkish_firms_own_word():
    """A firm whose own statement's outlet ends in "A.S." (Turkish, written without its cedilla) goes by "the
    company": a wire crediting the company repeats it."""
    claim = _said_by("Kestel Metal", "The stoppage was costing it about 18 million lira a day", SourceKind.PERSON)
    own = ev("kestel-statement", outlet="Kestel Metal Otomotiv San. ve Tic. A.S.",
             passage="The stoppage is causing the company a loss of approximately 18 million lira per day.")
    wire = ev("wire-1", outlet="Marmara Wire",
              passage="The stoppage was costing about 18 million lira a day, the company said in a statement.")
    out = score_claim(claim, [own, wire])
    assert (out.independent_sources, out.verdict) == (0, Verdict.UNVERIFIED)


def test_a_body_named_like_a_person_is_not_misnamed_by_its_products_name():
    """"Iyo Kankitsu" reads as a given name and a surname; its own release, published as Iyo Kankitsu Foods, names
    a product "Iyo Mikan Juice": no other person's name for the source."""
    claim = _said_by("Iyo Kankitsu", "It would raise wholesale prices of its one-litre juice by 8 per cent",
                     SourceKind.PERSON)
    own = ev("release", outlet="Iyo Kankitsu Foods Co., Ltd.",
             passage="The Company will revise the wholesale price of Iyo Mikan Juice (1 litre) by 8% from January.")
    out = score_claim(claim, [own])
    assert [m for e in out.evidence for m in e.mismatches] == []
    assert out.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        # a place the subject is in is no body telling its own plans
        ("Households in Kazan will pay 11.9 per cent more for heating from July 1", None),
        ("Growers across Kedah will receive 200 ringgit a hectare", None),
        # a person titled before the name still is
        ("District administrator Heike Lindemann put the damage at 3 million euros", "Heike Lindemann"),
    ],
)
def test_a_place_after_a_preposition_is_no_body_telling_its_plans(text, plans):
    from factcheck.score import _own_plan_source

    assert _own_plan_source(Claim(id="p1", text=text, start=0, end=len(text))) == plans


def test_a_malay_universitys_release_is_its_research_teams_word():
    """"Universiti Kinta" is a university: its release tells its researchers' plans as their own word."""
    text = "The researchers plan to survey another 12 hills in Kedah next year"
    claim = Claim(id="u1", text=text, start=0, end=len(text))
    own = ev("release", outlet="Universiti Kinta",
             passage="The team intends to extend its survey to 12 limestone hills in Kedah in 2025.")
    out = score_claim(claim, [own])
    assert (out.independent_sources, out.verdict) == (0, Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a span of months within a year, over, which later reports tell as it was
        ("The slip lasted about five weeks between January and February 2024", ()),
        ("The slip lasted about five weeks in February 2024", (2024,)),
        # the year of what a restrictive relative clause tells the thing did
        ("The slip occurred 60 kilometres east of Ishinomaki, on a part of the boundary that ruptured during the 2011 "
         "disaster", ()),
        ("The boundary ruptured during the 2011 disaster", (2011,)),
    ],
)
def test_a_span_of_months_and_a_relative_clause_date_no_claim(text, years):
    from factcheck.score import _claim_years

    assert _claim_years(text) == years


@pytest.mark.parametrize(("passage", "counted"), [
    ("The slip lasted roughly five weeks in early 2024 and was equivalent to a magnitude 6.6 quake.", False),
    ("The 2011 quake, of magnitude 6.6 by early estimates, was later upgraded.", True),
])  # fmt: skip
def test_a_passage_dating_itself_to_a_later_year_is_of_another_time_whatever_its_title(passage, counted):
    claim = Claim(id="q1", text="A magnitude 9.0 earthquake struck off the Miyagi coast on March 11, 2011", start=0,
                  end=72)
    e = Evidence(doc_id="d", passage=passage, start=0, end=len(passage), stance=Stance.REFUTES, score=0.8,
                 published="2025-03-13", title="Silent slip found on 2011 fault zone",
                 mismatches=[Mismatch("number", "9.0", "6.6")])  # fmt: skip
    assert score_claim(claim, [e]).verdict is (Verdict.CONTRADICTED if counted else Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("attribution", "outlet", "passage"),
    [
        # a state's prosecution service by its sort
        ("The prosecution", "Public Prosecution, Sultanate of Oman",
         "Investigations showed that the scheme began in March 2021."),
        # a body's document: its estimate is the body's word
        ("the directorate's preliminary estimate", "Konya Provincial Directorate of Agriculture and Forestry",
         "The area sown is estimated at 61,000 hectares, against 74,500 hectares."),
    ],
)
def test_a_sources_own_release_is_its_word(attribution, outlet, passage):
    text = "Planted area fell to 61,000 hectares from 74,500 hectares, it said" if "61,000" in passage else \
        "The scheme began in March 2021"  # fmt: skip
    claim = Claim(id="o1", text=text, start=0, end=len(text), attribution=Attribution(
        source=attribution, source_kind=SourceKind.OFFICIAL, canonical=attribution, cue="said"))
    out = score_claim(claim, [ev("release", outlet=outlet, passage=passage)])
    assert (out.independent_sources, out.verdict) == (0, Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("passage", "names", "kin", "cites"),
    [
        # a city's own department speaks for the city
        ("The city said it would fog 120 neighbourhoods over the next two weeks.", ["the office"],
         ("Dinas Kesehatan Kota Medan (Medan City Health Office)",), True),
        ("The city said it would fog 120 neighbourhoods over the next two weeks.", ["the office"],
         ("Medan Regional Tax Office",), False),
        ("City hall said it expects around 22,000 passengers a day to use the line.", ["The city"],
         ("Lviv City Council - Press Service",), True),
        # a maker by what it makes, after where it is based
        ("Aoba Electronics on Friday lifted its forecast for annual net profit to 13.5 billion yen, the Sendai-based "
         "chipmaker said.", ["the company", "Aoba Electronics"], ("Aoba Denshi Co., Ltd.",), True),
        ("Aoba Electronics on Friday lifted its forecast for annual net profit to 13.5 billion yen, the Sendai-based "
         "regulator said.", ["the company", "Aoba Electronics"], ("Aoba Denshi Co., Ltd.",), False),
    ],
)
def test_a_body_is_credited_by_the_name_of_its_sort(passage, names, kin, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, names, kin) is cites


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        ("The company raised its full-year net profit forecast to 13.5 billion yen from 12 billion yen",
         "the company"),
        ("The company cut its 2025 gold output guidance to 410,000 ounces", "the company"),
        ("The company raised wages by 5 percent", None),
    ],
)
def test_a_body_moving_its_own_forecast_tells_its_own_word(text, plans):
    from factcheck.score import _own_plan_source

    assert _own_plan_source(Claim(id="f1", text=text, start=0, end=len(text))) == plans


def test_the_sources_own_word_giving_the_figure_is_its_side_of_a_dispute():
    """The directorate's own release gives the figure in other words (read as no call on the whole claim); a growers'
    union gives another: the figure is disputed, not contradicted."""
    text = ("Sugar beet production in Turkey's central Konya province is expected to fall to about 4.1 million tonnes "
            "this season, roughly 24 per cent less than last year")
    claim = Claim(id="d1", text=text, start=0, end=len(text), attribution=Attribution(
        source="the provincial agriculture directorate", source_kind=SourceKind.OFFICIAL,
        canonical="the provincial agriculture directorate", cue="said"))
    own = Evidence(doc_id="release", passage="Production in the province is projected at approximately 4.1 million "
                   "tonnes, compared with 5.4 million tonnes in the 2023 season.", start=0, end=10,
                   stance=Stance.NEUTRAL, score=0.9, origin="release",
                   outlet="Konya Provincial Directorate of Agriculture and Forestry")
    rival = Evidence(doc_id="journal", passage="The Cumra Beet Growers' Union puts the provincial harvest at about 3.6 "
                     "million tonnes.", start=0, end=10, stance=Stance.REFUTES, score=0.7, origin="journal",
                     outlet="Central Anatolia Farm Journal",
                     mismatches=[Mismatch("number", "4.1 million", "3.6 million")])
    facts = {f.text: f.verdict for f in score_claim(claim, [own, rival]).facts}
    assert facts["4.1 million"] is Verdict.DISPUTED
    assert {f.text: f.verdict for f in score_claim(claim, [rival]).facts}["4.1 million"] is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        # a report that the body moved its forecast tells an act, in the report's own voice
        ("The ministry lowered its forecast for this year's wheat crop to 11.2 million tonnes.", False),
        # its estimate is its word
        ("The ministry estimates the wheat crop at 11.2 million tonnes.", True),
    ],
)
def test_a_report_of_a_moved_forecast_is_the_reports_word(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["the ministry"], ("Ministry of Agriculture of the Republic of Kazakhstan",)) is cites


def test_the_sources_own_word_sides_with_a_figure_it_writes_not_one_meeting_a_bound():
    text = "At least nine people were killed, most of them by falling trees"
    claim = Claim(id="b1", text=text, start=0, end=len(text), attribution=Attribution(
        source="the national disaster council", source_kind=SourceKind.OFFICIAL,
        canonical="the national disaster council", cue="according to"))
    own = Evidence(doc_id="sitrep",
                   passage="Casualties: Six (6) dead, validated; eleven (11) injured; two (2) missing.",
                   start=0, end=10, stance=Stance.NEUTRAL, score=0.5, origin="sitrep",
                   outlet="National Disaster Council")
    rival = Evidence(doc_id="tribune", passage="The Tribune confirmed six deaths in the two provinces.", start=0,
                     end=10, stance=Stance.REFUTES, score=0.85, origin="tribune", outlet="Northern Tribune",
                     mismatches=[Mismatch("number", "At least nine", "six")])
    assert {f.text: f.verdict for f in score_claim(claim, [own, rival]).facts}["nine"] is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("passage", "names", "kin", "cites"),
    [
        # a name of no known sort opening a sentence, then "The company" opening the next
        ("Vantora put 20 extra buses into service. The company said it expected to lose 90 million pesos a day.",
         ["Vantora"], (), True),
        ("Fares rose on Monday. The company said it expected to lose 90 million pesos a day.", ["Vantora"], (), False),
        # a place the report speaks of, then the credit: no other body named
        ("The ferry completed 96 round voyages to Kenya's Port Reitz, the authority said.", ["PWA"],
         ("Ports and Waterways Authority",), True),
        ("Data published by Coast Marine Services, the authority, show the ferry completed 96 round voyages.",
         ["PWA"], ("Ports and Waterways Authority",), False),
        # a body telling of itself in a relative clause
        ("The union, which says it speaks for 900 teachers, wants 60 more posts.", ["Coastal Teachers Union"], (),
         True),
    ],
)  # fmt: skip
def test_a_body_named_just_before_a_place_spoken_of_and_a_body_telling_of_itself(passage, names, kin, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, names, kin) is cites


def test_a_figure_credited_to_the_company_after_its_name_is_its_word():
    text = "The strike would cost it about 90 million pesos a day in lost fares"
    claim = Claim(id="v1", text=text, start=0, end=len(text), attribution=Attribution(
        source="Vantora", source_kind=SourceKind.OFFICIAL, canonical="Vantora", cue="said"))
    wire = ev("wire", outlet="Southern Press Agency", score=0.8,
              passage="Vantora put 20 extra buses into service. The company said it expected to lose roughly 90 "
                      "million pesos in fare revenue for each day of the strike.")  # fmt: skip
    assert score_claim(claim, [wire]).verdict is Verdict.UNVERIFIED


def test_another_origin_writing_a_contested_figure_is_its_side_of_the_dispute():
    """A wire writes the reporter's figure in a sentence the model reads as neutral; a paper gives another: the
    figure is disputed, not contradicted."""
    text = "The strike left about 52,000 daily passengers to find other ways to work"
    claim = Claim(id="p1", text=text, start=0, end=len(text))
    wire = Evidence(doc_id="wire", passage="The stoppage affects about 52,000 passengers who use the network on a "
                    "typical weekday.", start=0, end=10, stance=Stance.NEUTRAL, score=0.87, origin="wire",
                    outlet="Southern Press Agency")
    rival = Evidence(doc_id="paper", passage="Ministry figures show the network carried an average of 38,000 "
                     "passengers per working day.", start=0, end=10, stance=Stance.REFUTES, score=0.7,
                     origin="paper", outlet="Diario del Sur", mismatches=[Mismatch("number", "52,000", "38,000")])
    assert {f.text: f.verdict for f in score_claim(claim, [wire, rival]).facts}["52,000"] is Verdict.DISPUTED
    assert {f.text: f.verdict for f in score_claim(claim, [rival]).facts}["52,000"] is Verdict.CONTRADICTED


@pytest.mark.parametrize(("outlet", "reporter"), [("Newsline Ghana Agency", True), ("Ghana Revenue Agency", False)])
def test_a_newsline_agency_reports(outlet, reporter):
    from factcheck.score import _reporter

    assert _reporter(outlet) is reporter


@pytest.mark.parametrize(
    ("outlet", "names", "speaks"),
    [
        # an event's organisers through the company set up to stage it
        ("Holmen Skiarrangement AS", ["The organisers"], True),
        ("Holmen Evening Post", ["The organisers"], False),
        # a Peruvian regional government through its own offices
        ("Gerencia Regional de Agricultura de Piura", ["the government"], True),
        ("Piura Agraria Semanal", ["the government"], False),
    ],
)
def test_organisers_and_a_regional_government_speak_through_their_offices(outlet, names, speaks):
    from factcheck.score import _speaks_for

    assert _speaks_for(outlet, names) is speaks


@pytest.mark.parametrize(
    ("passage", "cites"),
    [
        # a person telling what the body expects
        ("Dahl said the organisers expected to lose around 4.1 million crowns in ticket sales.", True),
        ("Dahl said the sponsors expected to lose around 4.1 million crowns in ticket sales.", False),
    ],
)
def test_a_person_telling_a_bodys_expectation_tells_its_word(passage, cites):
    from factcheck.score import _cites_source

    assert _cites_source(passage, ["The organisers"]) is cites


@pytest.mark.parametrize(
    ("passage", "verdict"),
    [
        # what the law allows names no one who means to appeal
        ("Lawyers confirmed that a cassation appeal must be filed within 30 days of the written grounds.",
         Verdict.UNVERIFIED),
        ("The developer said it would lodge a cassation appeal within 30 days.", Verdict.SUPPORTED),
    ],
)
def test_a_plan_supported_only_by_a_passage_naming_no_one_who_plans_it(passage, verdict):
    text = "Lakeside Marina intends to file a cassation appeal"
    claim = Claim(id="m1", text=text, start=0, end=len(text))
    assert score_claim(claim, [ev("paper", outlet="Olsztyn Review", score=0.6, passage=passage)]).verdict is verdict


@pytest.mark.parametrize(
    "passage",
    [
        # a passage weighing another figure of the sort against the claim's is no side of it
        "At least eight inmates were killed, staff said. That is two more than the official toll of six.",
        # nor one giving the place to another of several placed
        "Berg, fourth after the first round, finished on 291.4 points; Kavcic held on to second place.",
    ],
)
def test_a_passage_giving_another_figure_of_the_sort_is_no_side_of_the_dispute(passage):
    from factcheck.score import _another_figure_of_its_sort

    claim = "Six inmates were killed" if "inmates" in passage else "Mairhofer took second place on 284.9 points"
    assert _another_figure_of_its_sort(claim, "Six" if "inmates" in passage else "second", passage)
    assert not _another_figure_of_its_sort(claim, "Six" if "inmates" in passage else "second",
                                           "Six inmates were killed." if "inmates" in passage else "He was second.")
