"""The report rules (factcheck.reports): whose claim a report gives, through extract_claims and directly."""

from __future__ import annotations

import pytest

from factcheck.attribution import find_attributions
from factcheck.claims import extract_claims
from factcheck.model import SourceKind
from factcheck.reports import _characterised, _denial, _reported_thing, _survey_share



@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry on Sunday denied that its soldiers had crossed the border.",
        "The port authority dismissed reports that the terminal would close.",
        "The union rejected claims that 40 drivers had walked out.",
    ],
)
def test_a_denial_is_the_reporters_claim_not_the_sources(text):
    (claim,) = [c for c in extract_claims(text) if c.checkworthy >= 0]
    assert claim.attribution.source_kind is SourceKind.UNATTRIBUTED
    assert claim.text == text.rstrip(".")  # what was denied never stands alone as the source's claim


def test_a_speech_participle_after_the_cue_is_the_sources_act():
    text = "Harbor Freight will close two depots by June, the company said Tuesday, blaming a 25% rise in rents."
    texts = [c.text for c in extract_claims(text)]
    assert "The company blamed a 25% rise in rents" in texts
    assert "Harbor Freight will close two depots by June" in texts


def test_a_participle_after_the_cue_about_the_content_is_not_the_sources():
    text = "Pence led the online conversation about the debate, Twitter announced, gaining 22,000 followers."
    assert not any(c.text.startswith("Twitter gain") for c in extract_claims(text))


def test_a_reported_thing_is_the_reporters_claim():
    text = "The Harbour Gazette first reported the closure on Friday, citing port officials."
    (claim,) = extract_claims(text)
    assert claim.text == "The Harbour Gazette first reported the closure on Friday"
    assert claim.attribution.source_kind is SourceKind.UNATTRIBUTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council voted to cut 12 bus routes, a move that transit advocates say will strand riders.",
            [("The council voted to cut 12 bus routes", None), ("The move will strand riders", "transit advocates")],
        ),
        (
            "The tax, which critics say is unfair, took effect in May.",
            [("The tax is unfair", "critics"), ("The tax took effect in May", None)],
        ),
    ],
)
def test_a_report_inside_a_relative_clause(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Their lawyer, Tom Greer, called the ruling "a victory for every voter."',
         [('The ruling is "a victory for every voter."', "Their lawyer, Tom Greer")]),
        ('The minister described the talks as "frank and productive."', [('The talks are "frank and productive."', "The minister")]),
        ('Ortiz further described the fire as a "terrible loss," but stopped short of blaming the owner.',
         [("Ortiz stopped short of blaming the owner", None), ('The fire is a "terrible loss."', "Ortiz")]),
        # a list of names stays the reporter's sentence
        ('He called the senator a "nasty guy," an "anchor baby" and "sick."',
         [('He called the senator a "nasty guy," an "anchor baby" and "sick."', None)]),
    ],
)
def test_what_a_source_calls_a_thing(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected



@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("The ministry denied that its troops crossed the line.", _denial, True),
        ("The ministry said that its troops stayed behind the line.", _denial, False),
        ("The Harbour Gazette first reported the closure on Friday.", _reported_thing, True),
        ("The Harbour Gazette reported that the port would close.", _reported_thing, False),
        ("Eight percent said they were undecided.", _survey_share, True),
        ("Eight analysts said they were undecided.", _survey_share, False),
    ],
)
def test_rules_on_one_attribution(text, rule, expected) -> None:
    spans = find_attributions(text, lexicon=None)
    assert spans, text
    assert rule(text, spans[0]) is expected


def test_a_characterisation_needs_the_thing_right_after_the_cue() -> None:
    from factcheck.attribution import AttributionSpan
    from factcheck.model import Attribution
    from factcheck.segment import split_sentences

    text = 'Ortiz called the plan "a disaster for the port."'
    (sp,) = find_attributions(text, lexicon=None)
    att = Attribution(source="Ortiz", cue="called")
    sent = split_sentences(text)[0]
    made = _characterised(text, sp, att, Attribution(), sent)
    assert made is not None and [p.text for p in made.pieces] == ['The plan is "a disaster for the port."']
    shifted = AttributionSpan(sp.cue, sp.source, (sp.content[1],), (), 0, True)  # no thing named: no claim
    assert _characterised(text, shifted, att, Attribution(), sent) is None


def test_a_launch_story_keeps_watching_reasons_and_time_apart() -> None:
    text = ("North Korea fired a new cruise missile on Sunday, its state media said Monday, a day after the "
            "United States and South Korea wrapped up joint drills.\nLeader Kim Jong Un observed the launch, "
            "the agency said. The military said it had detected the missiles, citing intelligence sharing "
            "with Washington.")  # fmt: skip
    claims = extract_claims(text)
    drills = [c for c in claims if "wrapped up" in c.text]
    assert [c.text for c in drills] == ["The United States and South Korea wrapped up joint drills"]
    watched = [c for c in claims if "observed the launch" in c.text]
    assert watched and watched[0].attribution.cue == "said"  # "observed" is watching, not a cue
    detected = [c for c in claims if "detected" in c.text][0]
    assert detected.attribution.chain == ("The military",)  # a reason after "citing" is no cited source


def test_a_police_story() -> None:
    text = ("Reyes' lawyer, Sara Kim, said her client would plead not guilty. Advocates said that was not enough.\n"
            "The crash was the 11th this year, according to the Portland Bureau of Transportation. "
            "City Commissioner Mingus Mapps said the city would add bike lanes.")  # fmt: skip
    claims = extract_claims(text)
    plea = [c for c in claims if "plead not guilty" in c.text][0]
    assert (plea.text, plea.attribution.source) == ("Sara Kim's client would plead not guilty", "Reyes' lawyer, Sara Kim")
    assert any(c.text == "That was not enough" for c in claims)  # "that" is the subject here
    kinds = {c.attribution.canonical: c.attribution.source_kind for c in claims if c.attribution.source}
    assert kinds["the Portland Bureau of Transportation"] is SourceKind.OFFICIAL
    assert kinds["Mingus Mapps"] is SourceKind.OFFICIAL


@pytest.mark.parametrize(
    ("ing", "past"),
    [("swinging", "swung"), ("approving", "approved"), ("Planning", "Planned"), ("beating", "beat"), ("freezing", "froze")],
)
def test_past_tense_of_a_participle(ing, past):
    from factcheck.wording import _past

    assert _past(ing) == past
