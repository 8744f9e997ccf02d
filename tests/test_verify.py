"""The combined assessor."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.model import Assessment, Stance
from factcheck.testing import FakeEmbedder
from factcheck.verify import Assessor, assess


@pytest.fixture(scope="module")
def fake_assessor():
    return Assessor(FakeEmbedder(dim=64))


def _valid(a: Assessment) -> None:
    p = np.array(a.probabilities)
    assert p.shape == (3,) and ((p >= 0) & (p <= 1)).all()
    assert p.sum() == pytest.approx(1.0, abs=1e-6)
    assert 0.0 <= a.score <= 1.0
    assert a.score == pytest.approx(p[[Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL].index(a.stance)])


def _refuted(*mismatches) -> Assessment:
    """A refutation the model reads at 0.7, with ``mismatches``."""
    return Assessment(stance=Stance.REFUTES, score=0.7, probabilities=(0.1, 0.7, 0.2), mismatches=mismatches)


def test_constructor_loads_nothing():
    a = Assessor()
    assert a.embedder is None and a._model is None


@pytest.mark.parametrize(
    ("claim", "passage", "kind"),
    [
        ("North Korea has 254,000 troops near the border.", "North Korea has 354,000 troops near the border.", "number"),
        ("The Senate approved the bill on Monday.", "The Senate rejected the bill on Monday.", "polarity"),
        ("The storm hit the coast on Sept. 3.", "The storm hit the coast on Sept. 5.", "date"),
        (  # a misquote
            'The mayor said the cuts were "painful but needed to keep the buses running."',
            '"These cuts are painful but necessary to keep the buses running," the mayor said.',
            "quote",
        ),
    ],
)
def test_slot_mismatch_on_topic_refutes(fake_assessor, claim, passage, kind):
    a = fake_assessor.assess(claim, passage)
    assert a.stance is Stance.REFUTES
    assert kind in {m.kind for m in a.mismatches}
    _valid(a)


def test_a_quotation_found_word_for_word_supports(fake_assessor):
    a = fake_assessor.assess(
        'The cuts were "painful but necessary to keep the buses running."',
        'Speaking on Monday, she said: "These cuts are painful but necessary to keep the buses running."',
    )
    assert a.stance is Stance.SUPPORTS and a.score >= 0.85
    _valid(a)


def test_off_topic_is_neutral(fake_assessor):
    a = fake_assessor.assess("The army has 254,000 troops.", "Tomato harvests in Spain were large this summer.")
    assert a.stance is Stance.NEUTRAL
    assert a.mismatches == ()
    _valid(a)


def test_assess_many_embeds_each_text_once():
    emb = FakeEmbedder(dim=32)
    a = Assessor(emb, cache_size=0)
    claim = "Sales rose 5% in 2024."
    pairs = [(claim, "Sales rose 5% in 2024."), (claim, "Sales fell 5% in 2024."), (claim, "Sales rose 5% in 2024.")]
    out = a.assess_many(pairs)
    assert len(out) == 3 and emb.calls == 2
    assert out[0] == out[2]


def test_cache_avoids_reembedding():
    emb = FakeEmbedder(dim=32)
    a = Assessor(emb)
    a.assess("x rose", "x fell")
    a.assess("x rose", "x fell")
    assert emb.calls == 2


def test_assess_convenience_uses_given_assessor(fake_assessor):
    assert assess("A rose 5%.", "A fell 5%.", assessor=fake_assessor) == fake_assessor.assess("A rose 5%.", "A fell 5%.")


def test_empty_batch(fake_assessor):
    assert fake_assessor.assess_many([]) == []


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=120), st.text(max_size=200))
def test_deterministic_and_valid(claim, passage):
    a1 = Assessor(FakeEmbedder(dim=64)).assess(claim, passage)
    a2 = Assessor(FakeEmbedder(dim=64)).assess(claim, passage)
    assert a1 == a2
    _valid(a1)


@pytest.mark.model
def test_real_embedder_number_change_refutes(embedder):
    a = Assessor(embedder)
    out = a.assess_many([
        ("North Korea has about 254,000 troops stationed near the border.",
         "South Korea's defence ministry said North Korea has about 354,000 troops stationed near the border."),
        ("North Korea has about 354,000 troops stationed near the border.",
         "South Korea's defence ministry said North Korea has about 354,000 troops stationed near the border."),
    ])  # fmt: skip
    assert out[0].stance is Stance.REFUTES
    assert [(m.kind, m.claim, m.source) for m in out[0].mismatches if m.kind == "number"] == [("number", "254,000", "354,000")]
    assert out[1].stance is not Stance.REFUTES
    for x in out:
        _valid(x)


def test_fake_embedder_keeps_the_sentence_head(fake_assessor):
    assert fake_assessor.uses_cross_encoder is False


def test_cross_encoder_forced_without_artefact_raises(tmp_path):
    from factcheck.errors import ModelLoadError

    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True, cross_path=str(tmp_path / "missing"))
    with pytest.raises(ModelLoadError):
        a.assess("A rose.", "A fell.")


def test_cross_encoder_disabled_uses_head():
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=False)
    assert a.uses_cross_encoder is False
    _valid(a.assess("Sales rose 5% in 2024.", "Sales rose 5% in 2024."))


@pytest.fixture(scope="module")
def cross_assessor(embedder):
    a = Assessor(embedder, cross_encoder=True, threads=1)
    assert a.uses_cross_encoder
    return a


@pytest.mark.model
@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The museum received 1.2 million visitors in 2018.", "In 2018 the museum received 1.2 million visitors.", Stance.SUPPORTS),
        ("The museum received 2.5 million visitors in 2018.", "In 2018 the museum received 1.2 million visitors.", Stance.REFUTES),
        ("The museum received 1.2 million visitors in 2018.", "Wheat prices in Kansas dropped after the rain.", Stance.NEUTRAL),
    ],
)  # fmt: skip
def test_cross_assessor_stances(cross_assessor, claim, passage, expected):
    a = cross_assessor.assess(claim, passage)
    assert a.stance is expected
    _valid(a)


@pytest.mark.model
def test_cross_assessor_matches_batch_and_single(cross_assessor):
    pairs = [("Sales rose 5% in 2024.", "Sales rose 5% in 2024, the firm said."), ("Sales rose 5% in 2024.", "Sales fell 5% in 2024.")]
    many = cross_assessor.assess_many(pairs)
    for (c, p), a in zip(pairs, many):
        b = cross_assessor.assess(c, p)
        assert a.stance is b.stance
        np.testing.assert_allclose(a.probabilities, b.probabilities, atol=1e-4)


class _RecordingCross:
    """Stands in for the cross-encoder: records what it was asked to read."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def predict_proba(self, claims, passages):
        self.seen.extend(zip(claims, passages))
        return np.tile([0.2, 0.1, 0.7], (len(claims), 1))


@pytest.mark.parametrize("focus_words", [None, 20])
def test_cross_encoder_reads_a_focused_passage(focus_words):
    passage = ("The council met on Monday. " + "Tourists filled the market square all week. " * 4
               + "The quay will handle 2,000 ships a year, officials said.")  # fmt: skip
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True, focus_words=focus_words)
    fake = _RecordingCross()
    a._cross, a._cross_tried = fake, True
    out = a.assess("The quay will handle 3,000 ships a year.", passage)
    (claim, seen), = fake.seen
    assert out.stance is Stance.REFUTES and out.mismatches  # slots still see the whole passage
    if focus_words is None:
        assert seen == passage
    else:
        assert "2,000 ships" in seen and len(seen.split()) <= focus_words and seen in passage


@pytest.mark.parametrize("refute_rest", [0.75, 1.01])
def test_a_short_restatement_with_another_name_refutes(refute_rest):
    # Few shared words ("coached"), but the passage sentence restates all of the claim but the name.
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True, refute_rest=refute_rest)
    a._cross, a._cross_tried = _RecordingCross(), True  # the model says neutral
    out = a.assess("He was coached by Lena Park.", "He was coached by Tomas Reyes.")
    assert ("entity", "Lena Park", "Tomas Reyes") in [(m.kind, m.claim, m.source) for m in out.mismatches]
    assert (out.stance is Stance.REFUTES) is (refute_rest <= 1.0)
    _valid(out)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Flooding forced 1,200 people from their homes in Cork on Friday.", Stance.SUPPORTS),
        ("Flooding forced 1,500 people from their homes in Cork on Friday.", Stance.REFUTES),
        ("Flooding closed schools in Cork.", Stance.NEUTRAL),  # one name only: the model decides
    ],
)
def test_a_sentence_stating_every_value_supports(claim, expected):
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True)
    a._cross, a._cross_tried = _RecordingCross(), True  # the model says neutral
    passage = "On Friday, flooding forced about 1,200 residents of Cork to leave their homes as the river burst its banks."
    out = a.assess(claim, passage)
    assert out.stance is expected
    _valid(out)


@pytest.mark.parametrize(
    ("claim", "figures_restate", "expected"),
    [
        # the figure and the year stand in one sentence; the weekday and the name need not be repeated
        ("Agnieszka Wrona won Sunday's runoff with 54.3% of the vote.", 0.5, Stance.SUPPORTS),
        ("Agnieszka Wrona won Sunday's runoff with 54.3% of the vote.", None, Stance.NEUTRAL),  # rule off
        ("Agnieszka Wrona won the 2026 runoff with 54.3% of the vote.", 0.5, Stance.SUPPORTS),
        ("Agnieszka Wrona won the 2024 runoff with 54.3% of the vote.", 0.5, Stance.REFUTES),
        # a date the passage does not state is no restatement
        ("Agnieszka Wrona has led the city since 2019 after winning 54.3% of the vote.", 0.5, Stance.NEUTRAL),
    ],
)
def test_a_sentence_stating_the_figures_and_dates_supports(claim, figures_restate, expected):
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True, figures_restate=figures_restate)
    a._cross, a._cross_tried = _RecordingCross(), True  # the model says neutral
    out = a.assess(claim, "In the 2026 runoff Wrona won with 54.3 percent of the vote, beating Tomasz Bielak.")
    assert out.stance is expected
    _valid(out)


def test_a_bound_is_no_figure_restated():
    from factcheck.slots import analyze

    passage = "Germany had 22 confirmed cases, 14 of them resolved."
    assert analyze("Germany had 22 confirmed cases.", passage).figures_restated > 0.5
    assert analyze("Germany had fewer than 25 confirmed cases.", passage).figures_restated == 0.0  # 14 fits too


def test_a_reworded_restatement_is_on_topic_for_a_refutation():
    # few words in common ("mayor"), but "vote" / "election", "quit" / "resigned", "detained" / "arrest" say the same
    a = Assessor(FakeEmbedder(dim=64), cross_encoder=True)
    a._cross, a._cross_tried = _RecordingCross(), True  # the model says neutral
    out = a.assess("The early election was called after the mayor resigned following his arrest in Warsaw.",
                   "The early vote was triggered when the mayor quit after he was detained in Wroclaw.")  # fmt: skip
    assert out.stance is Stance.REFUTES
    assert ("entity", "Warsaw", "Wroclaw") in [(m.kind, m.claim, m.source) for m in out.mismatches]


@pytest.mark.model
@pytest.mark.parametrize(
    ("claim", "passage", "rival"),
    [
        # another figure for the same count, worded too differently for the words to tell
        ("Some 4,300 lecturers and researchers have stopped work",
         "According to the university's human resources records, about 3,400 members of the academic staff were "
         "absent from their duties this week.", ("4,300", "3,400")),
        ("Electricity demand peaked at 17,300 megawatts on Monday afternoon",
         "Engineers told the Observer that demand topped out at around 16,900 megawatts, short of the level at "
         "which rolling cuts would have been needed.", ("17,300", "16,900")),
        ("The merger was first announced in September 2023",
         "The deal, announced in November 2023, had faced opposition from consumer groups from the start.",
         ("September 2023", "November 2023")),
        # another weekday, in a sentence closer in meaning than a rival figure's must be
        ("Talks under a mediator appointed by the territory's labour directorate are scheduled for Thursday in Koné",
         "Mediation talks are to begin on Friday in Koné, the territory's northern administrative centre.",
         ("Thursday", "Friday")),
        # counts of different fates, a share, a figure the passage also gives: no rival
        ("Rescue teams brought 23 miners out alive",
         "Union officials told the Times that 14 miners had died in the collapse late on Tuesday.", None),
        ("The krone weakened 2 percent against the euro in September",
         "Nordmark inflation slowed to 3.4 percent in September from 3.9 percent in August.", None),
        ("The minister will open the new bridge on Thursday", "Protesters said on Friday they would block traffic.",
         None),
    ],
)  # fmt: skip
def test_a_rival_figure_close_in_meaning_refutes(cross_assessor, claim, passage, rival):
    a = cross_assessor.assess(claim, passage)
    if rival is None:
        assert a.stance is not Stance.REFUTES
    else:
        assert a.stance is Stance.REFUTES
        assert rival in {(m.claim, m.source) for m in a.mismatches}


@pytest.mark.model
@pytest.mark.parametrize(
    ("claim", "passage", "supports"),
    [
        # the claim's figures, bound or not, in a sentence worded otherwise but close in meaning
        ("The highway would stay closed for at least 10 days while engineers stabilise the hillside",
         "The road will be shut for ten days at the very least, officials said.", True),
        ("Withdrawals will be capped at 5,000 cedis per customer until further notice",
         "For now each of them may withdraw no more than 5,000 cedis, branch staff told the crowd.", True),
        # the figure in the other direction, for another weekday, or of another thing
        ("The transit budget was cut by 2 percent", "Transit will receive a 2 percent increase in funding.", False),
        ("The state declared an emergency on Wednesday in 63 towns",
         "Under a decree issued on Tuesday, an emergency is in force in 63 municipalities.", False),
        ("The company cut 230 jobs", "The plant employs 230 workers on two shifts.", False),
        ("Three workers were treated for burns", "Three fire crews attended the scene.", False),
    ],
)  # fmt: skip
def test_figures_restated_in_other_words_support(cross_assessor, embedder, claim, passage, supports):
    on = cross_assessor.assess(claim, passage)
    assert (on.stance is Stance.SUPPORTS) is supports
    if supports:  # and only by this rule: the model alone gives support too weak to count (< 0.4)
        off = Assessor(embedder, cross_encoder=True, threads=1, figures_similarity=None)
        assert on.probabilities[0] >= 0.55 > 0.4 > off.assess(claim, passage).probabilities[0]


@pytest.mark.model
def test_rival_figures_can_be_turned_off(embedder):
    claim = "Some 4,300 lecturers and researchers have stopped work"
    passage = "According to the university's records, about 3,400 members of the academic staff were absent this week."
    off = Assessor(embedder, cross_encoder=True, threads=1, rival_similarity=None)
    assert off.assess(claim, passage).stance is not Stance.REFUTES


def test_another_day_of_the_month_is_a_rival_where_the_rest_is_restated():
    from factcheck.model import Mismatch
    from factcheck.verify import rival_refutation

    claim = "The dyke at Marrow Point gave way on March 3 during a storm surge, flooding a dozen farms"
    refuted = _refuted(Mismatch("date", "March 3", "March 5"))
    assert rival_refutation(claim, "The dyke at Marrow Point collapsed on March 5 in a storm surge.", refuted)
    # a day of another event of the story
    assert not rival_refutation(claim, "Farmers met the minister on March 5.", refuted)


def test_a_rival_refutation_needs_a_rival_pair():
    from factcheck.model import Mismatch
    from factcheck.verify import rival_refutation

    claim, passage = "About 260 council computers were affected", "Staff said closer to 400 machines had been encrypted."
    refuted = _refuted(Mismatch("number", "260", "400"))
    assert rival_refutation(claim, passage, refuted)
    # a figure of another size, a support, or a model's refutation without a value: no
    far = _refuted(Mismatch("number", "260", "4,000"))
    assert not rival_refutation(claim, "Staff said 4,000 machines had been encrypted.", far)
    assert not rival_refutation(claim, passage, Assessment(stance=Stance.SUPPORTS, score=0.7, probabilities=(0.7, 0.1, 0.2)))
    # a bound of the claim's is ruled out by too many figures for a passage of little relevance to count on it
    bound = _refuted(Mismatch("number", "less than $86 million", "$133 million"))
    assert not rival_refutation("The film grossed a total of less than $86 million worldwide",
                                "In all, it has pulled in $133 million.", bound)
    assert not rival_refutation(claim, passage, _refuted())


def test_the_claims_figure_moved_the_other_way_is_a_rival():
    from factcheck.model import Mismatch
    from factcheck.verify import rival_refutation

    claim = "The budget, up 6 percent on this year's"
    refuted = _refuted(Mismatch("polarity", "up", "smaller"))
    assert rival_refutation(claim, "The council adopted a 2025 budget of 9.4 billion CFA francs, 6% smaller than "
                                   "this year's.", refuted)  # fmt: skip
    # a direction of another figure is no rival of the claim's
    assert not rival_refutation(claim, "Spending on schools will be 9% smaller than this year's.", refuted)


def test_a_figure_support_needs_every_figure_in_one_sentence():
    from factcheck.verify import figure_support

    claim = "The restrictions will affect some 1.8 million residents"
    passage = ("Rainfall since January has been 40 percent below the long-term average, the weather service said. "
               "The rationing will affect about 1.8 million people, the utility estimated.")  # fmt: skip
    supports = Assessment(stance=Stance.SUPPORTS, score=0.8, probabilities=(0.8, 0.1, 0.1))
    assert figure_support(claim, passage, supports)
    # another figure, a refutation, or no figure of the claim's at all: no
    assert not figure_support(claim, passage.replace("1.8 million", "2.4 million"), supports)
    assert not figure_support(claim, passage, _refuted())
    assert not figure_support("The restrictions will affect many residents", passage, supports)
    # an ordinal counts nothing
    half = "We expect activity to recover in the second half of the year, she said."
    assert not figure_support("She expects permits to recover in the second half of the year", half, supports)


@pytest.mark.model
@pytest.mark.parametrize(
    ("passage", "raised"),
    [
        # the closest sentence, in other words, close in meaning: the support the model reads is raised
        ("Parents should make sure their children's vaccinations are up to date, health officials said at a "
         "briefing in the capital.", True),
        # a negation or another place is a change, however close the meaning: the rule does not apply
        ("Parents need not check whether their children's vaccinations are up to date, health officials said.", False),
        ("Parents should make sure their children's vaccinations are up to date, health officials in Nantes said.",
         False),
    ],
)  # fmt: skip
def test_a_restatement_in_other_words_supports(cross_assessor, embedder, passage, raised):
    claim = "Health officials in Lyon urged parents to check that their children's vaccinations are up to date"
    if "Nantes" not in passage:
        claim = claim.replace(" in Lyon", "")
    on = cross_assessor.assess(claim, passage)
    off = Assessor(embedder, cross_encoder=True, threads=1, restate_similarity=None).assess(claim, passage)
    if raised:
        assert on.stance is Stance.SUPPORTS
        assert on.probabilities[0] >= 0.55 > off.probabilities[0]
    else:
        assert on.stance is not Stance.SUPPORTS
        assert on.probabilities == off.probabilities


def test_the_closest_sentence_is_reported() -> None:
    from factcheck.slots import analyze

    passage = "Crews worked all night. The ferry departed at dawn on Monday. It was full."
    report = analyze("The ferry left at dawn", passage)
    assert report.best_sentence == "The ferry departed at dawn on Monday."


@pytest.mark.model
def test_a_quotation_is_not_restated_in_other_words(cross_assessor, embedder):
    claim = 'Health officials urged parents "to check that their children\'s vaccinations are up to date"'
    passage = "Parents should make sure their children's vaccinations are up to date, health officials said."
    off = Assessor(embedder, cross_encoder=True, threads=1, restate_similarity=None)
    assert cross_assessor.assess(claim, passage).probabilities == off.assess(claim, passage).probabilities
    unquoted = claim.replace('"', "")
    assert cross_assessor.assess(unquoted, passage).probabilities != off.assess(unquoted, passage).probabilities


def test_a_loose_value_mismatch_withholds_the_models_support():
    import attrs

    from factcheck.model import Mismatch
    from factcheck.slots import analyze

    report = analyze("Construction is due to begin in 2027.", "Work offshore is scheduled to begin in 2028.")
    assessor = Assessor()
    assert report.best_sentence_overlap < assessor.refute_overlap  # too loosely worded to refute
    assert [m.kind for m in report.mismatches] == ["date"]
    a = assessor._decide(np.array([0.6, 0.1, 0.3]), report, report.best_sentence_overlap)
    assert a.stance is Stance.NEUTRAL
    _valid(a)
    # a name alone may be a quotation's speaker, checked apart: the model's support stands
    named = attrs.evolve(report, mismatches=(Mismatch("entity", "Rodrigo Salinas", "Rodrigo Salgado"),))
    assert assessor._decide(np.array([0.6, 0.1, 0.3]), named, report.best_sentence_overlap).stance is Stance.SUPPORTS


def test_a_nil_outcome_in_other_words_supports():
    from factcheck.slots import analyze
    from factcheck.verify import nil_support

    claim, passage = "No one was hurt.", "The aircraft stopped on the runway. No injuries were reported."
    report = analyze(claim, passage)
    assessor = Assessor()
    a = assessor._decide(np.array([0.2, 0.7, 0.1]), report, report.best_sentence_overlap)  # the model refutes
    assert a.stance is Stance.SUPPORTS and a.score >= 0.8
    _valid(a)
    assert nil_support(claim, passage, a)
    killed = analyze("No one was killed.", passage)  # no injuries says nothing of deaths: the model decides
    assert assessor._decide(np.array([0.2, 0.7, 0.1]), killed, killed.best_sentence_overlap).stance is Stance.REFUTES
    assert not nil_support("No one was killed.", passage, a)


def test_a_passage_rejecting_the_claims_figure_refutes_it():
    from factcheck.slots import analyze

    claim = "The rise will benefit about 2.8 million workers."
    passage = "The employers' federation disputed the ministry's claim that 2.8 million workers would gain."
    report = analyze(claim, passage)
    assessor = Assessor()
    a = assessor._decide(np.array([0.6, 0.1, 0.3]), report, report.best_sentence_overlap)  # the model supports
    assert a.stance is Stance.REFUTES and a.score >= 0.75
    _valid(a)
    plain = analyze(claim, "The ministry said 2.8 million workers would gain.")
    assert assessor._decide(np.array([0.6, 0.1, 0.3]), plain, plain.best_sentence_overlap).stance is Stance.SUPPORTS


@pytest.mark.model
def test_a_rival_date_in_a_sentence_close_in_meaning_refutes(cross_assessor, embedder):
    claim = "The skipper sent a mayday at 5:15 a.m."
    passage = "The fishing boat sent a distress call at 3:15 a.m. local time, the rescue centre said."
    on = cross_assessor.assess(claim, passage)
    assert on.stance is Stance.REFUTES and [m.kind for m in on.mismatches] == ["date"]
    off = Assessor(embedder, cross_encoder=True, threads=1, rival_similarity=None)
    assert off.assess(claim, passage).stance is not Stance.REFUTES


@pytest.mark.parametrize(
    ("claim", "sentence", "clause"),
    [
        ("The museum welcomed 1.84 million visitors in 2024",
         "The city's culture department, which tracks attendance at public venues, recorded 1.84 million visits in "
         "2024, an increase of about 38 percent.", "recorded 1.84 million visits in 2024"),
        ("140 planned surgeries were postponed",
         "Some 140 operations had to be pushed back, two surgeons said, and 37 ambulances were turned away.",
         "Some 140 operations had to be pushed back"),
        # the figures spread over the whole sentence, missing from it, or a sentence of one clause: none
        ("140 surgeries were postponed and 37 ambulances diverted",
         "Some 140 operations were pushed back, two surgeons said, and 37 ambulances were turned away.", ""),
        ("140 planned surgeries were postponed", "Dozens of operations were pushed back, two surgeons said.", ""),
        ("140 planned surgeries were postponed", "Some 140 operations had to be pushed back.", ""),
        ("Doctors spoke of him in a profile in 2015", "In 2015, the year of the merger, the clinic closed.", ""),
    ],
)  # fmt: skip
def test_the_clauses_giving_the_claims_figures(claim, sentence, clause):
    from factcheck.verify import figures_clause

    assert figures_clause(claim, sentence) == clause


@pytest.mark.parametrize(
    ("claim", "passage", "restates"),
    [
        # one clause of a long claim, its figure and most of its words, in other words
        ("Sughdsement was privatised in 2009 and employs about 1,300 people at its plant outside Khujand",
         "At the plant gate outside Khujand, where some 1,300 people work, trucks queued on Thursday.", True),
        # the same number of other things
        ("Two of the plant's ammonia units had been shut down as a precaution on Monday night",
         "CNC operates two ammonia plants and one urea plant at Point Lisas.", False),
        # a bound is stated only where its figure is written
        ("The campaign spent less than $40,000 on advertising before the vote",
         "The campaign spent $31,500 on advertising before the vote.", False),
        # a figure after others the passage never writes: the words from the figure before it, or the clause
        # without that figure
        ("Its roughly 270,000 panels will generate enough electricity to supply about 180,000 homes",
         "The park's output will be enough for roughly 180,000 homes, about a fifth of the households in Sinaloa.",
         True),
        ("Dvina Arkhangelsk beat Angara Irkutsk 5-3 in the final in front of about 7,500 spectators at the "
         "Severnaya Arena", "About 7,500 fans packed the Severnaya Arena for the match.", True),
        ("Milk production in the Arkhangelsk region fell 6.5% in the first half of the year to 48,200 tonnes",
         "The region's dairy farms produced 48,200 tonnes of milk between January and June.", True),
        # ... not where the passage gives another value of the figure before
        ("Its roughly 270,000 panels will generate enough electricity to supply about 180,000 homes",
         "Its 600,000 panels will generate enough electricity to supply about 180,000 homes.", False),
        ("Milk production in the Arkhangelsk region fell 6.5% in the first half of the year to 48,200 tonnes",
         "Farms in the region produced 48,200 tonnes of milk in the first half, down 4.1% from a year earlier.", False),
        # flights in and out are arrivals and departures, scrapped ones cancelled
        ("42 arrivals and departures had been cancelled by Tuesday afternoon", "A check of departure boards found that "
         "42 flights in and out of the airport had been scrapped by Tuesday afternoon.", True),
        # an ordinal says when, no fact of its own
        ("Culiacán was preparing a formal complaint over the refereeing in the fourth quarter",
         "Mazatlán trailed by seven at the start of the fourth quarter but outscored Culiacán 31-19 in the period.",
         False),
    ],
)
def test_a_passage_restating_one_clause_of_a_claim(claim, passage, restates):
    from factcheck.verify import clause_support, restates_a_clause

    assert restates_a_clause(claim, passage) is restates
    neutral = Assessment(stance=Stance.NEUTRAL, score=0.8, probabilities=(0.1, 0.1, 0.8))
    refutes = Assessment(stance=Stance.REFUTES, score=0.8, probabilities=(0.1, 0.8, 0.1))
    assert clause_support(claim, passage, neutral) is restates
    assert not clause_support(claim, passage, refutes)
    # the model's weak refutation, changing no value, leaves the restated clause its fact
    weak = Assessment(stance=Stance.REFUTES, score=0.43, probabilities=(0.36, 0.43, 0.21))
    assert clause_support(claim, passage, weak) is restates



def test_the_peak_of_what_the_claim_gives_up_to_is_a_rival():
    from factcheck.model import Mismatch
    from factcheck.verify import rival_refutation

    claim = "Overnight storms dumped up to 210 millimetres of rain in twelve hours, flooding homes"
    refuted = _refuted(Mismatch("number", "up to 210", "165"))
    assert rival_refutation(claim, "The highest total recorded by any station was 165 millimetres.", refuted)
    # a figure under the claim's bound, told as no peak, falls within it
    assert not rival_refutation(claim, "One station recorded 165 millimetres.", refuted)


def test_a_rival_figure_beside_a_refuting_mismatch_is_refuted_too() -> None:
    from factcheck.slots import analyze
    from factcheck.verify import Assessor

    claim = "It handled 312,000 twenty-foot equivalent units (TEU) in January-June, up 18 percent from a year earlier"
    passage = ("The agency's figures put Poti's container throughput for January-June at 286,000 TEU, roughly 9% more "
               "than in the same period of 2024.")  # fmt: skip
    rep = analyze(claim, passage)
    assert [(m.claim, m.source) for m in rep.mismatches] == [("18 percent", "9%")]
    assert [(m.claim, m.source) for m in Assessor()._beside_a_mismatch(claim, passage, rep)] == [("312,000", "286,000")]
    # (none in a sentence that refutes nothing)
    other = "Throughput reached 286,000 TEU in January-June."
    assert Assessor()._beside_a_mismatch(claim, other, analyze(claim, other)) == ()


def test_a_figure_a_mismatch_already_gives_is_no_rival_of_another() -> None:
    from factcheck.slots import analyze
    from factcheck.verify import Assessor

    claim = "The company shipped 265,000 bags abroad last year, down from 298,000 in 2023"
    passage = "Export records show Cafisoc shipping 240,000 bags of 60 kilograms in 2024."
    rep = analyze(claim, passage)
    assert [(m.claim, m.source) for m in rep.mismatches] == [("265,000", "240,000")]
    assert Assessor()._beside_a_mismatch(claim, passage, rep) == ()


def test_another_range_of_days_for_the_same_span_is_a_rival():
    from factcheck.model import Mismatch
    from factcheck.verify import rival_refutation

    claim = "The nine-day fair, which ran from June 4 to 12, staged 84 shows across the old brewery site"
    refuted = _refuted(Mismatch("date", "June 4", "June 14"), Mismatch("date", "12", "June 22"))
    assert rival_refutation(claim, "Some 90,000 people came during its nine-day run from June 14 to June 22.", refuted)
    swapped = _refuted(*reversed(refuted.mismatches))  # the mismatches in either order
    assert rival_refutation(claim, "Some 90,000 people came during its nine-day run from June 14 to June 22.", swapped)
    # one end alone, or two days that are no range: no
    one = _refuted(Mismatch("date", "June 4", "June 14"))
    assert not rival_refutation(claim, "Some 90,000 people came during its nine-day run from June 14 to June 22.", one)
    assert not rival_refutation(claim, "The fair opened on June 14; the brewery closed on June 22.", refuted)


@pytest.mark.model
def test_another_range_of_days_is_on_topic_however_little_else_is_shared(cross_assessor):
    a = cross_assessor
    claim = "The fair ran from June 3 to 7 on the quays of the old harbour, with some 90 bands and choirs from Galicia"
    got = a.assess(claim, "The five-day fair took place from June 4 to 8 and featured around 90 groups.")
    assert got.stance is Stance.REFUTES
