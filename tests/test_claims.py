"""extract_claims: decomposition, attribution, inheritance, kind, hedging, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import ClaimExtractor, extract_claims
from factcheck.model import Claim, ClaimKind, SourceKind

STORY = (
    "Leader Pak Chol Su toured a new tractor plant in the north on Sunday, official media reported Tuesday.\n"
    "According to the Korean Central News Agency (KCNA), the plant can assemble 500 tractors a month. "
    "Pak thanked the engineers, ordering them to double production. "
    "The plant's cost was not published, though economists believe it may exceed $40 million.\n"
    "Pak Chol Su visited the port of Nampo, a base of the western fleet, last year.\n"
)


class _Const:
    def score(self, text: str) -> float:
        return 0.25


@pytest.fixture(params=["default", "constant"])
def claims(request) -> tuple[Claim, ...]:
    if request.param == "default":
        return extract_claims(STORY)
    return ClaimExtractor(scorer=_Const()).extract(STORY)


def _find(claims, words: str) -> Claim:
    for c in claims:
        if words in c.text:
            return c
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in claims]}")


def test_ids_order_and_spans(claims) -> None:
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert STORY[c.start : c.end].strip()
        assert c.sentence in STORY
        for a, b in c.spans:
            assert c.start <= a <= b <= c.end


def test_reported_frame_removed_and_attributed(claims) -> None:
    c = _find(claims, "toured a new tractor plant")
    assert "reported" not in c.text
    assert c.attribution.source == "official media"
    assert c.attribution.source_kind is SourceKind.STATE_MEDIA
    assert c.attribution.canonical == "KCNA"


def test_according_to_with_acronym(claims) -> None:
    c = _find(claims, "500 tractors")
    assert c.attribution.canonical == "KCNA"
    assert c.kind is ClaimKind.STATISTIC


def test_participial_clause_split_with_subject_restored(claims) -> None:
    first = _find(claims, "thanked the engineers")
    second = _find(claims, "ordered them to double production")
    assert second.text.startswith("Pak ")
    assert "ordering" not in first.text
    assert STORY[second.start : second.end].startswith("ordering")


def test_inheritance_of_reported_account(claims) -> None:
    c = _find(claims, "thanked the engineers")
    assert c.attribution.inherited is True
    assert c.attribution.canonical == "KCNA"


def test_reporter_assertion_stays_unattributed(claims) -> None:
    c = _find(claims, "cost was not published")
    assert c.attribution.source is None
    assert not c.attribution.is_attributed


def test_belief_is_hedged_expert_claim(claims) -> None:
    c = _find(claims, "exceed $40 million")
    assert c.attribution.source_kind is SourceKind.EXPERT
    assert c.hedged


def test_appositive_claim(claims) -> None:
    c = _find(claims, "is a base of the western fleet")
    assert c.text.startswith("the port of Nampo") or "Nampo" in c.text
    assert len(c.spans) == 2


def test_checkworthy_in_unit_interval(claims) -> None:
    assert all(0.0 <= c.checkworthy <= 1.0 for c in claims)


def test_inheritance_can_be_switched_off() -> None:
    claims = ClaimExtractor(inherit=False).extract(STORY)
    assert not any(c.attribution.inherited for c in claims)


def test_bullets_joined_to_lead() -> None:
    text = "The budget has two goals:\n- Raising pensions by 4 percent.\n- Cutting fuel subsidies.\n"
    claims = extract_claims(text)
    bullet = [c for c in claims if "pensions" in c.text][0]
    assert bullet.text.startswith("The budget has two goals:")
    assert len(bullet.spans) == 2
    lead, item = bullet.spans
    assert text[item[0] : item[1]].startswith("Raising")
    assert text[lead[0] : lead[1]] == "The budget has two goals:"


@pytest.mark.parametrize(
    ("sentence", "kind", "hedged"),
    [
        ("The ministry will open the bridge next month.", ClaimKind.PREDICTION, False),
        ("Unemployment rose to 4.1 percent in March.", ClaimKind.STATISTIC, False),
        ("The rebels might have moved the hostages.", ClaimKind.EVENT, True),
        ('"We never agreed to that," the mayor said.', ClaimKind.QUOTE, False),
    ],
)
def test_kind_and_hedged(sentence: str, kind: ClaimKind, hedged: bool) -> None:
    c = extract_claims(sentence)[0]
    assert c.kind is kind
    assert c.hedged is hedged


def test_to_dict_schema() -> None:
    d = extract_claims("Police detained two men, the ministry said.")[0].to_dict()
    assert d["attribution"]["source"] == "the ministry"
    assert d["attribution"]["source_kind"] == "official"
    assert set(d) >= {"id", "text", "start", "end", "sentence", "kind", "hedged", "checkworthy", "attribution"}


def test_empty_text() -> None:
    assert extract_claims("") == ()
    assert extract_claims("\n\n  ") == ()


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_never_raises_and_spans_inside(text: str) -> None:
    for c in extract_claims(text):
        assert 0 <= c.start <= c.end <= len(text)
        for a, b in c.spans:
            assert 0 <= a <= b <= len(text)
        a = c.attribution
        if a.source_start is not None:
            assert text[a.source_start : a.source_end] == a.source


_WORDS = st.sampled_from(
    ["Kim", "said", "according to", "KCNA", ",", ".", "the", "ministry", "reported", "citing",
     "analysts", "believe", "“", "”", "\n", "- ", "U.S.", "approving", "plans", "a hub of", "(AP)"]
)


@given(st.lists(_WORDS, max_size=60))
@settings(max_examples=200, deadline=None)
def test_newsy_token_soup(words: list[str]) -> None:
    text = " ".join(words)
    for c in extract_claims(text):
        assert 0 <= c.start <= c.end <= len(text)


class _OneCueTagger:
    """A stand-in tagger that marks "remarked" as a cue with "The envoy" as its source."""

    def find(self, text, sentences=None):
        from factcheck.attribution import AttributionSpan

        cue = text.index("remarked")
        src = text.index("The envoy")
        content = text.index("the talks")
        sentence = next(i for i, s in enumerate(sentences) if s.start <= cue < s.end)
        return (
            AttributionSpan(
                cue=(cue, cue + len("remarked")),
                source=(src, src + len("The envoy")),
                content=((content, text.index(".", content)),),
                chain=(),
                sentence=sentence,
                preposed=True,
            ),
        )


def test_an_injected_tagger_adds_attributions_the_rules_miss():
    from factcheck.claims import ClaimExtractor

    text = "The envoy remarked that the talks had collapsed on Friday."
    plain = ClaimExtractor().extract(text)
    tagged = ClaimExtractor(tagger=_OneCueTagger()).extract(text)
    assert not any(c.attribution.source == "The envoy" for c in plain)
    assert any(c.attribution.source == "The envoy" and c.attribution.cue == "remarked" for c in tagged)


@pytest.mark.parametrize("participle", ["making", "prompting", "underscoring"])
def test_result_participle_does_not_borrow_the_subject(participle):
    # what makes, prompts or underscores is the whole clause before it: the claim says "This", not "The port"
    text = f"The port is the region's busiest gateway, {participle} the new rail link essential."
    claims = extract_claims(text)
    assert not any(c.text.startswith("The port made") or c.text.startswith("The port prompted") for c in claims)
    assert [c.text for c in claims][0] == "The port is the region's busiest gateway"
    assert len(claims) == 2 and claims[1].text.startswith("This ") and claims[1].text.endswith("the new rail link essential")
    assert text[claims[1].start :].startswith(participle)


def test_front_matter_is_not_a_claim_and_offsets_index_the_original():
    text = "---\ntitle: Port opens\nauthor: desk\n---\nThe port reopened on Monday after a two-week strike."
    claims = extract_claims(text)
    assert claims and all(c.start >= text.index("The port") for c in claims)
    assert text[claims[0].start : claims[0].end].startswith("The port reopened")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nordvik Motors said its net profit rose 18 percent in 2025.", "Nordvik Motors' net profit rose 18 percent in 2025"),
        ("The ministry said it would cut fuel subsidies in March.", "The ministry would cut fuel subsidies in March"),
        ("Mayor Lena Holm said she would resign after the budget vote.", "Mayor Lena Holm would resign after the budget vote"),
    ],
)
def test_a_pronoun_for_the_claims_own_source_is_restored(sentence, expected):
    claims = extract_claims(sentence)
    assert expected in [c.text for c in claims]
    assert all(0 <= c.start <= c.end <= len(sentence) for c in claims)


def test_anonymous_sources_are_not_substituted_for_pronouns():
    claims = extract_claims("Two people familiar with the matter said it would close in May.")
    assert not any(c.text.startswith("Two people") for c in claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The delegation toured a steel mill, a rail depot and a fertiliser plant on Tuesday.",
            ["The delegation toured a steel mill on Tuesday", "The delegation toured a rail depot on Tuesday",
             "The delegation toured a fertiliser plant on Tuesday"],
        ),
        (
            "Since 2021, the agency has sent Oslo grain, diesel, and hundreds of spare tyres.",
            ["Since 2021, the agency has sent Oslo grain", "Since 2021, the agency has sent Oslo diesel",
             "Since 2021, the agency has sent Oslo hundreds of spare tyres"],
        ),
        (
            "Norway, Chile and Kenya will sign the accord in Geneva.",
            ["Norway will sign the accord in Geneva", "Chile will sign the accord in Geneva",
             "Kenya will sign the accord in Geneva"],
        ),
    ],
)  # fmt: skip
def test_inline_list_gives_one_claim_per_item(sentence: str, expected: list[str]) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == expected
    for c in claims:
        pieces = [sentence[a:b] for a, b in c.spans]
        assert all(p and p == p.strip() for p in pieces)
        item = next(p for p in pieces if p in c.text and p not in sentence.split(",")[0])
        assert item in c.text and c.start == c.spans[0][0] and c.end == c.spans[-1][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm opened a large, modern and efficient plant near the port.",
        "Exports rose 5% in 2019, 7% in 2020 and 9% in 2021.",
        "The mayor met officials in Tromsø and Bodø last week.",
        "The fund invests in Lagos, which is growing fast, and in Accra.",
    ],
)
def test_adjectives_pairs_and_clauses_are_not_split_as_lists(sentence: str) -> None:
    claims = extract_claims(sentence)
    assert len(claims) == 1 and claims[0].spans == ((claims[0].start, claims[0].end),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour master Ingrid Solberg closed the port on Friday. She reopened it on Sunday.",
         "Ingrid Solberg reopened it on Sunday"),
        ("The ferry’s engine failed near the island. It was towed to Bodø by a tug.",
         "The ferry’s engine was towed to Bodø by a tug"),
        ("The new terminal was not finished on time, but it may open in March.",
         "The new terminal may open in March"),
        ("Harbour master Ingrid Solberg closed the port on Friday. Her deputy reopened it on Sunday.",
         "Ingrid Solberg's deputy reopened it on Sunday"),
    ],
)  # fmt: skip
def test_leading_pronoun_is_restored_from_the_previous_subject(text: str, expected: str) -> None:
    texts = [c.text for c in extract_claims(text)]
    assert expected in texts
    claim = next(c for c in extract_claims(text) if c.text == expected)
    assert text[claim.start : claim.end].split()[0] in ("She", "It", "it", "Her")  # the span still points at the pronoun


@pytest.mark.parametrize(
    "text",
    [
        "The ferry’s engine failed near the island. It is unclear when it will sail again.",
        "Ingrid Solberg closed the port on Friday. She reopened it on Sunday.",  # no title: not known as a person
        "Harbour master Ingrid Solberg closed the port.\n\nTraffic was light.\n\nMore ships came.\n\nShe left on Sunday.",
        "# Port news\n\nHarbour master Ingrid Solberg closed the port.\n\n# Weather\n\nShe expects storms on Sunday.",
    ],
)
def test_pronoun_is_kept_without_a_safe_antecedent(text: str) -> None:
    assert any(c.text.startswith(("It ", "She ")) for c in extract_claims(text))


def _spans_inside(text: str, claims) -> None:
    for c in claims:
        assert 0 <= c.start < c.end <= len(text) and text[c.start : c.end].strip()
        assert all(c.start <= a < b <= c.end for a, b in c.spans)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural or organisational source is never the antecedent of he/she
        ("Police said he fled the checkpoint on foot and abandoned a rented van.",
         "He fled the checkpoint on foot and abandoned a rented van"),
        ("Officials at the port said she had filed the customs forms late.", "She had filed the customs forms late"),
        ("The ministry said he had resigned over the contract.", "He had resigned over the contract"),
        # nor a person or a plural the antecedent of it
        ("Authorities say it was the third blaze at the depot this year.",
         "It was the third blaze at the depot this year"),
        ("Mayor Ana Diaz said it would take weeks to repair the bridge.", "It would take weeks to repair the bridge"),
        # a titled person still stands for he/she, even after "Police"
        ("Police Chief Rita Moreno said she would review the footage.",
         "Police Chief Rita Moreno would review the footage"),
    ],
)  # fmt: skip
def test_a_pronoun_takes_only_an_agreeing_source(sentence: str, expected: str) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == [expected]
    assert claims[0].attribution.source in sentence and not claims[0].attribution.inherited
    _spans_inside(sentence, claims)


def test_a_participle_takes_the_subject_of_its_own_clause() -> None:
    text = "Police detained two men at the border, but he escaped through the forest, injuring a guard."
    claims = extract_claims(text)
    assert [c.text for c in claims] == [
        "Police detained two men at the border", "He escaped through the forest", "He injured a guard"
    ]
    _spans_inside(text, claims)


@pytest.mark.parametrize(
    ("sentence", "expected", "source"),
    [
        # the source also does the first predicate: it stays its subject, the appositive becomes a claim
        ("Ana Diaz, the port's harbour master, inspected the damaged pier and said she expected repairs to take a month.",
         ["Ana Diaz inspected the damaged pier", "Ana Diaz is the port's harbour master",
          "Ana Diaz expected repairs to take a month"],
         "Ana Diaz"),
        ("Tomas Berg, her campaign manager, criticised the ruling and said he would appeal.",
         ["Tomas Berg criticised the ruling", "Tomas Berg is her campaign manager", "Tomas Berg would appeal"],
         "Tomas Berg"),
        # no appositive: only the subject comes back
        ("Tomas Berg criticised the ruling on Friday and said he would appeal.",
         ["Tomas Berg criticised the ruling on Friday", "Tomas Berg would appeal"], "Tomas Berg"),
        # the simple case without attribution
        ("Lena Holm, a former judge, opened the new courthouse on Monday.",
         ["Lena Holm opened the new courthouse on Monday", "Lena Holm is a former judge"], None),
    ],
)  # fmt: skip
def test_a_subject_appositive_is_cut_out_and_the_subject_kept(
    sentence: str, expected: list[str], source: str | None
) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == expected
    _spans_inside(sentence, claims)
    main = claims[0]
    assert "," not in " ".join(sentence[a:b] for a, b in main.spans)  # the appositive is left out of the main claim
    reported = [c for c in claims if c.attribution.is_attributed]
    if source is None:
        assert not reported
    else:
        assert reported == [claims[-1]]
        assert reported[0].attribution.source == source and reported[0].attribution.cue == "said"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry docked at Bodø, a port north of the Arctic Circle.",
         ["The ferry docked at Bodø, a port north of the Arctic Circle", "Bodø is a port north of the Arctic Circle"]),
        ("On Monday, the agency closed the port.", ["On Monday, the agency closed the port"]),
        ("In Tromsø, the hotel was closed for repairs.", ["In Tromsø, the hotel was closed for repairs"]),
        ("Ana Diaz, her aides, her lawyers and two clerks left the building.",
         ["Ana Diaz, her aides, her lawyers and two clerks left the building"]),
    ],
)  # fmt: skip
def test_appositives_elsewhere_and_lookalikes(sentence: str, expected: list[str]) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == expected
    _spans_inside(sentence, claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor has vowed to cut the fuel tax by half, while her rival is promising to freeze it.",
         ["The governor has vowed to cut the fuel tax by half", "Her rival is promising to freeze it"]),
        ("The union promised not to strike before May.", ["The union promised not to strike before May"]),
    ],
)  # fmt: skip
def test_a_commitment_is_the_reporters_claim_about_the_source(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    assert all(c.attribution.source is None for c in claims)
    assert all(0 <= c.start < c.end <= len(text) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The levy is unfair," Holm said at a town meeting this week.', [('"The levy is unfair."', "Holm")]),
        ("In a March report, the bureau said exports rose 4 percent.", [("Exports rose 4 percent", "the bureau")]),
        ("Exports rose 4 percent, the bureau said in a March report, and imports fell 2 percent.",
         [("Exports rose 4 percent", "the bureau"), ("Imports fell 2 percent", None)]),
        ("Back at the plant, Ms. Roe said, she found the valves open.", [("Ms. Roe found the valves open", "Ms. Roe")]),
        ("Like most economists, I believe in free trade.", [("Like most economists, I believe in free trade", None)]),
    ],
)  # fmt: skip
def test_phrases_around_the_frame_are_not_claims(text, expected):
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == expected
    assert all(0 <= a < b <= len(text) for c in claims for a, b in c.spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will the tunnel open in March? The contract sets a March date.", ["The contract sets a March date"]),
        ("“Who pays for the overrun?” the mayor asked. The overrun is $40 million.", ["The overrun is $40 million"]),
        ("The new ad ends on the line “Who pays for the overrun?”", ["The new ad ends on the line “Who pays for the overrun?”"]),
    ],
)  # fmt: skip
def test_a_direct_question_is_not_a_claim(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


def test_a_report_resumed_with_a_verb_after_its_cue_keeps_subject_and_source():
    text = "Kim Jong Un watched the launch, the agency said, and praised the crew for its work."
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("Kim Jong Un watched the launch", "the agency"),
        ("Kim Jong Un praised the crew for its work", "the agency"),
    ]
    assert [text[a:b] for a, b in claims[1].spans] == ["Kim Jong Un", "praised the crew for its work"]


def test_a_whole_quote_after_an_attributed_quote_is_the_same_speakers():
    text = '"We lose 12 million euros a day," said Eva Lind, the port chief. "Every day without a deal hurts the region."'
    first, title, second = extract_claims(text)
    assert title.text == "Eva Lind is the port chief" and not title.attribution.is_attributed
    assert first.attribution.canonical == second.attribution.canonical == "Eva Lind"
    assert (first.attribution.inherited, second.attribution.inherited) == (False, True)


def test_a_participle_takes_the_whole_subject_noun_phrase():
    text = "Dock workers at the container terminals extended their strike on Monday, halting about 40% of cargo traffic."
    claims = [c.text for c in extract_claims(text)]
    assert claims == [
        "Dock workers at the container terminals extended their strike on Monday",
        "Dock workers at the container terminals halted about 40% of cargo traffic",
    ]


def test_a_doubled_apostrophe_quote_continues_the_speaker():
    text = "''We hung out in coffee shops,'' Mr. Rubin said. ''We didn't know what a hedge fund was.''"
    first, second = extract_claims(text)
    assert second.attribution.source == "Mr. Rubin" and second.attribution.inherited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To be sure, the big banks do all this, and more.", ["To be sure, the big banks do all this, and more"]),
        ("Besides Centerview, the list includes Lazard, Evercore and LionTree.",
         ["Besides Centerview, the list includes Lazard", "Besides Centerview, the list includes Evercore",
          "Besides Centerview, the list includes LionTree"]),
    ],
)  # fmt: skip
def test_opening_phrases_are_neither_list_items_nor_appositives(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


def test_an_inherited_quotation_is_a_quote_and_stays_whole():
    text = '"We lose money daily," said Eva Lind. "Ferries, cranes and trucks sit idle, and nobody is paid."'
    second = extract_claims(text)[-1]
    assert second.kind is ClaimKind.QUOTE
    assert second.text == '"Ferries, cranes and trucks sit idle, and nobody is paid."'


def test_a_bullet_lead_in_is_no_claim_of_its_own():
    text = "Residents who were evacuated include:\n- about 120 people from the Harbor View apartments;\n- staff at two restaurants.\n"
    assert [c.text for c in extract_claims(text)] == [
        "Residents who were evacuated include: about 120 people from the Harbor View apartments",
        "Residents who were evacuated include: staff at two restaurants",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire tore through a warehouse late Tuesday, injuring four firefighters and forcing 200 residents out.",
         ["A fire tore through a warehouse late Tuesday", "The fire injured four firefighters",
          "The fire forced 200 residents out"]),
        ("Mr. Clarke bought the mine in 2015, dealing a blow to his rivals.",
         ["Mr. Clarke bought the mine in 2015", "Mr. Clarke dealt a blow to his rivals"]),
        ("If Clinton could not continue, she would cede the nomination, creating a vacancy on the ticket.",
         ["If Clinton could not continue, she would cede the nomination, creating a vacancy on the ticket"]),
        ("For weeks, Trump had read from a teleprompter, delivering scripted speeches on policy.",
         ["For weeks, Trump had read from a teleprompter", "Trump delivered scripted speeches on policy"]),
        # a figure inside the subject, a name after a role in lower case
        ("A magnitude 6.4 earthquake struck the region on Saturday, killing 27 people and damaging 1,940 homes.",
         ["A magnitude 6.4 earthquake struck the region on Saturday", "The magnitude 6.4 earthquake killed 27 people",
          "The magnitude 6.4 earthquake damaged 1,940 homes"]),
        ("Former nurse Dana Okoro won the by-election on Monday, taking 47 percent of the vote.",
         ["Former nurse Dana Okoro won the by-election on Monday", "Dana Okoro took 47 percent of the vote"]),
        # "starting" and "beginning" saying from when open no claim; saying how, they do
        ("Assistant coach Mads Berg will lead the team, starting with Saturday's cup tie.",
         ["Assistant coach Mads Berg will lead the team, starting with Saturday's cup tie"]),
        ("Smith was like a sprinter in a marathon, starting with gusto and flagging late.",
         ["Smith was like a sprinter in a marathon", "Smith started with gusto", "Smith flagged late"]),
        # a name with a particle is a subject, with its role or without
        ("Dutch rider Sem van Lierop won the stage on Saturday, attacking 4 kilometres from the top.",
         ["Dutch rider Sem van Lierop won the stage on Saturday", "Sem van Lierop attacked 4 kilometres from the top"]),
        ("Sem van Lierop won the stage on Saturday, attacking 4 kilometres from the top.",
         ["Sem van Lierop won the stage on Saturday", "Sem van Lierop attacked 4 kilometres from the top"]),
    ],
)  # fmt: skip
def test_a_participle_needs_a_real_subject(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ana Diaz chimed in on Twitter, saying the ruling was a victory for voters.",
         [("Mayor Ana Diaz chimed in on Twitter", None), ("The ruling was a victory for voters", "Mayor Ana Diaz")]),
        ("Rival Ana Diaz had mocked the plan and said it would cost $2 billion.",
         [("Rival Ana Diaz had mocked the plan", None), ("It would cost $2 billion", "Rival Ana Diaz")]),
    ],
)  # fmt: skip
def test_a_predicate_before_the_cue_keeps_the_source_as_subject(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We lose money daily," said Eva Lind.\n\n"Ferries, cranes and trucks sit idle."\n',
        'Lind put it plainly. She said:\n\n"Ferries, cranes and trucks sit idle."\n',
    ],
)
def test_a_paragraph_of_quotation_after_its_speaker_is_theirs(text):
    last = extract_claims(text)[-1]
    assert last.text == '"Ferries, cranes and trucks sit idle."'
    assert last.attribution.inherited and last.attribution.source in ("Eva Lind", "She")


def test_a_quote_signed_with_a_dash_does_not_carry_over():
    text = "“The ferry is always late.” ― Lena Park\n“Nobody fixes the pier.” ― Omar Haddad\n"
    assert [c.attribution.source for c in extract_claims(text)] == ["Lena Park", "Omar Haddad"]


def test_a_quote_left_open_runs_on_over_its_sentences():
    text = ('The chief spoke on Monday.\n\n"We lose money daily," said Eva Lind.\n\n'
            '"The ferries sit idle. Nobody has been paid since May."\n\nThe council meets on Friday.\n')
    claims = extract_claims(text)
    by_text = {c.text.strip('"'): c.attribution for c in claims}
    assert by_text["The ferries sit idle. Nobody has been paid since May."].source == "Eva Lind"
    assert by_text["The council meets on Friday"].source is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That decision was a mistake by the council.", [("That decision was a mistake by the council", None)]),
        ("Officials said that the plan failed last year.", [("The plan failed last year", "Officials")]),
        ("Ortiz unleashed a series of posts early Friday saying the plan had failed.",
         [("Ortiz unleashed a series of posts early Friday", None), ("The plan had failed", "Ortiz")]),
    ],
)  # fmt: skip
def test_a_leading_that_is_kept_unless_it_follows_a_cue(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


def test_they_does_not_continue_one_persons_account():
    text = "Donald Trump said the plan had failed. They checked the county records on Monday."
    assert extract_claims(text)[-1].attribution.source is None


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        ("The museum, Mr. Obama said, would make visitors face uncomfortable truths.", "The museum",
         ("The museum would make visitors face uncomfortable truths", "Mr. Obama")),
        ("All of this, he acknowledged, could be undone at the ballot box in November.", "All of this",
         ("All of this could be undone at the ballot box in November", "he")),
    ],
)  # fmt: skip
def test_a_subject_and_predicate_split_by_the_cue_are_one_claim(text, subject, expected):
    (claim,) = extract_claims(text)
    assert (claim.text, claim.attribution.source) == expected
    assert text[claim.spans[0][0] : claim.spans[0][1]] == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Union leader Rick Osei said management had ignored the offers and that the layoffs would hit mechanics.",
            ["Management had ignored the offers", "The layoffs would hit mechanics"],
        ),
        (  # the second "that" belongs to "proved", not to the cue: one report
            "The mayor said the vote proved that the plan was popular and that it was affordable.",
            ["The vote proved that the plan was popular and that it was affordable"],
        ),
        (  # the second report opens with a number
            "The director told the agency that 19 people had died and that two clinics had been opened in Nacala.",
            ["19 people had died", "Two clinics had been opened in Nacala"],
        ),
    ],
)
def test_said_a_and_that_b_is_two_reports(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


def test_the_second_report_keeps_its_pronoun():
    text = "Omar Haddad said the campaign was reviewing the rules and that her proposals were final."
    claims = extract_claims(text)
    assert [c.text for c in claims][-1] == "Her proposals were final"  # "her" is not Omar Haddad


def test_said_only_that_reports_what_follows():
    (claim,) = extract_claims('A spokesperson for the command said only that it was "aware of the reports."')
    assert claim.text == 'It was "aware of the reports."'  # "it" is the command, not the spokesperson


def test_what_stands_between_told_and_that_is_no_claim():
    text = ('Chief executive Dana Whitfield told employees in a memo, which was obtained by the AP, that the cuts '
            'were "painful but necessary."')  # fmt: skip
    (claim,) = extract_claims(text)
    assert claim.text == 'The cuts were "painful but necessary."'
    assert claim.attribution.canonical == "Dana Whitfield"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We have nothing to hide," the minister told lawmakers.', '"We have nothing to hide."'),
        ('"My hope," he said, "is that they listen."', '"My hope,"'),  # the quote goes on after the cue
    ],
)
def test_a_quote_cut_at_its_cue_ends_as_a_sentence(text, expected):
    assert extract_claims(text)[0].text == expected


def test_the_question_put_to_a_source_is_no_claim():
    text = 'Asked whether fares would rise, spokeswoman Lena Berg said: "Fares stay as they are."'
    assert [c.text for c in extract_claims(text)] == ['"Fares stay as they are."']


def test_they_at_the_start_of_a_report_is_the_plural_source():
    text = "Western diplomats, who spoke on condition of anonymity, said they doubted a deal was near."
    (claim,) = extract_claims(text)
    assert claim.text == "Western diplomats doubted a deal was near"
    assert claim.attribution.source_kind is SourceKind.ANONYMOUS


def test_it_said_refers_back_to_the_report_just_quoted():
    text = ("The audit office report, which reviewed 112 pumps, found that 14 had failed. "
            "It said repairs would cost about £48 million.")  # fmt: skip
    repairs = _find(extract_claims(text), "Repairs would cost")
    assert (repairs.attribution.source, repairs.attribution.canonical) == ("It", "The audit office report")
    assert repairs.attribution.source_kind is SourceKind.DOCUMENT


def test_the_agency_refers_back_to_the_agency_named_earlier():
    text = ("The Coastal Protection Agency published its review on Monday. "
            "The agency said it accepted the findings.")  # fmt: skip
    claim = _find(extract_claims(text), "accepted the findings")
    assert claim.attribution.canonical == "Coastal Protection Agency"


def test_a_grid_story_keeps_sources_kinds_and_the_reporters_clause():
    text = ("Power demand hit a record 85,900 megawatts on Tuesday, according to the grid operator, as temperatures "
            "topped 105 degrees.\nThe Electric Reliability Council of Texas (ERCOT) said it had enough power. "
            "ERCOT also said wind output had fallen to 2,000 megawatts.\n"
            "Prices spiked to $5,000 per megawatt-hour, data from the grid operator showed.\n"
            "The National Weather Service said the heat would last. It warned that the heat index could reach 115 degrees.")  # fmt: skip
    claims = extract_claims(text)
    temps = _find(claims, "Temperatures topped 105 degrees")
    assert temps.attribution.source is None  # the reporter's, not the grid operator's
    assert _find(claims, "Wind output").attribution.source_kind is SourceKind.OFFICIAL  # as its long name
    assert _find(claims, "Prices spiked").attribution.source == "data from the grid operator"
    heat = _find(claims, "heat index")
    assert heat.attribution.canonical == "The National Weather Service"


def test_a_noun_in_ing_after_a_comma_does_not_cut_the_report():
    text = "She said race still shapes how people are treated in schools, housing and the courts."
    assert [c.text for c in extract_claims(text)] == ["Race still shapes how people are treated in schools, housing and the courts"]


def test_a_poll_story():
    text = ("Elena Ruiz leads Mark Haller 47% to 45% among likely voters, a Marist poll released Wednesday found. "
            "Eight percent said they were undecided. Ruiz has gained ground since September, when the same poll "
            "showed her trailing by 4 points.")  # fmt: skip
    claims = extract_claims(text)
    lead = _find(claims, "Elena Ruiz leads")
    assert lead.attribution.source == "a Marist poll" and not lead.hedged  # "likely voters" hedges nothing
    share = _find(claims, "Eight percent")
    assert share.text == "Eight percent said they were undecided" and share.kind is ClaimKind.STATISTIC
    assert share.attribution.source_kind is SourceKind.UNATTRIBUTED  # a figure, not eight percent's report
    assert [c.text for c in claims][-2:] == ["Ruiz has gained ground since September", "The same poll showed her trailing by 4 points"]


def test_a_defence_story():
    text = ("It was the fourth such flight this month, according to the ministry, which said the drones did not "
            "enter its airspace.\nJapanese Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had protested.\n"
            "Jets were scrambled 669 times in the year to March, ministry data show.")  # fmt: skip
    claims = extract_claims(text)
    first = _find(claims, "fourth such flight")
    assert first.text == "It was the fourth such flight this month"  # "it" is not the ministry named after it
    drones = _find(claims, "drones did not enter")
    assert (drones.attribution.source, drones.attribution.canonical) == ("which", "the ministry")
    assert _find(claims, "Tokyo had protested").attribution.canonical == "Yoshimasa Hayashi"
    assert _find(claims, "669 times").attribution.source == "ministry data"

def test_a_chain_survives_a_time_phrase_after_the_cue():
    text = "Cholera cases reached 1,340, the state news agency AIM reported on Tuesday, citing the provincial health director."
    (claim,) = extract_claims(text)
    assert claim.text == "Cholera cases reached 1,340"
    assert claim.attribution.canonical == "AIM" and claim.attribution.source_kind is SourceKind.STATE_MEDIA
    assert claim.attribution.chain[-1] == "the provincial health director"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the report sits in the opening subordinate clause; the main clause is the reporter's
            "Although the ministry said the talks would resume, no date has been set.",
            [("The talks would resume", "the ministry"), ("No date has been set", None)],
        ),
        (
            "While a judge found that the law was void, his decision was overturned on appeal.",
            [("The law was void", "a judge"), ("His decision was overturned on appeal", None)],
        ),
    ],
)
def test_a_report_in_an_opening_subordinate_clause_ends_at_the_main_clause(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


def test_a_clause_running_on_into_a_thing_reported_stays_one_claim():
    text = "The county removed voters from the rolls if they did not confirm their address."
    (claim,) = extract_claims(text)
    assert claim.text == "The county removed voters from the rolls if they did not confirm their address"
    assert not claim.attribution.is_attributed


def test_a_characterisation_of_a_possessive_object():
    (claim,) = extract_claims('Party chairman David Pepper called Friday\'s decision a "huge win for voters."')
    assert claim.text == 'Friday\'s decision is a "huge win for voters."'
    assert claim.attribution.canonical == "David Pepper"


def test_a_signed_quotation_of_several_sentences_is_one_claim_of_the_signer():
    text = ("Readers share their views\n\n”Mr. Trump embodies a legacy of racism. He said it over and over. "
            "He represents our greatest shame.” ― Sonya Herridge\n")  # a closing mark opens the quote
    claims = extract_claims(text)
    quoted = [c for c in claims if c.attribution.is_attributed]
    assert len(quoted) == 1 and quoted[0].attribution.canonical == "Sonya Herridge"
    assert quoted[0].text.endswith("greatest shame.”")
    assert not any(c.start > quoted[0].start for c in claims if not c.attribution.is_attributed)


def test_a_quote_signed_on_a_show_then_resumed_is_the_speakers():
    text = ('Retired Lt. Gen. Michael Flynn said the White House was wrong.\n\n“He is right. The disconnect is severe,” '
            'Flynn, a top surrogate, said Thursday on Fox News’s “Fox and Friends.” “I mean, there is frustration.”')
    claims = [c for c in extract_claims(text) if c.text.startswith("“")]
    assert len(claims) == 2
    assert {c.attribution.canonical for c in claims} == {"Michael Flynn"}  # the surname of a source named before


@pytest.mark.parametrize(
    "text",
    [
        "Trump will also find it difficult to repeat his attacks on moderators.",
        "He cannot mock the ratings if Holt asks him about his tax returns.",
        "Reporters asked her whether the plan was dead.",
        "She praised a rival who said and did the same things.",
    ],
)
def test_no_report_where_a_cue_word_reports_nothing(text):
    (claim,) = extract_claims(text)
    assert claim.text == text.rstrip(".") and not claim.attribution.is_attributed


def test_a_long_opening_phrase_before_the_source_is_no_claim():
    text = "During a May interview on CNBC's Squawk Box, Trump said he won every single debate."
    assert [c.text for c in extract_claims(text)] == ["Trump won every single debate"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("An independent study commissioned by the council estimated that the stadium would add 2,500 jobs.",
         "An independent study commissioned by the council"),
        ("A report released by the ministry said exports fell.", "A report released by the ministry"),
    ],
)
def test_a_document_and_its_maker_are_one_source(text, source):
    (claim,) = extract_claims(text)
    assert claim.attribution.source == source and claim.attribution.source_kind is SourceKind.DOCUMENT


def test_a_quote_after_a_frame_with_a_where_clause_keeps_its_speaker():
    text = ('"Our progress is on the ballot," Mr. Obama said on Saturday at the gala dinner in Washington, where '
            'Mrs. Clinton also spoke. "Tolerance is on the ballot. Justice is on the ballot."')
    claims = extract_claims(text)
    assert [c.attribution.canonical for c in claims] == ["Mr. Obama", "Mr. Obama"]
    assert claims[1].attribution.inherited


def test_adjectives_before_a_noun_are_no_list():
    text = "He can bring out the coalition of young, black and Latino voters."
    assert [c.text for c in extract_claims(text)] == [text.rstrip(".")]
    assert len(extract_claims("The sanctions allow trade in food, medicine and other humanitarian goods.")) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The president told African-Americans this weekend he would consider it a "personal insult."',
            'The president would consider it a "personal insult."',
        ),
        (
            'Minyon Moore, a senior adviser to the campaign, called Mr. Obama’s remarks "a true wake-up call" to his supporters.',
            'Mr. Obama’s remarks are "a true wake-up call" to his supporters',
        ),
    ],
)
def test_recipients_and_characterisations_from_a_real_story(text, expected):
    (claim,) = [c for c in extract_claims(text) if c.attribution.is_attributed]  # (not "Minyon Moore is a ...")
    assert claim.text == expected and claim.attribution.is_attributed


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ('“Republicans are in a frenzy,” said one Democratic source on the panel.', "one Democratic source on the panel"),
        ('“They would go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.', "Jim Jordan"),
        ('“Immunity deals should not be a requirement," Chairman Jason Chaffetz said.', "Jason Chaffetz"),  # mixed marks
    ],
)
def test_post_posed_sources_of_a_congressional_story(text, canonical):
    (claim,) = extract_claims(text)
    assert claim.attribution.canonical == canonical


def test_a_quotation_is_one_claim_however_many_clauses():
    text = ('“Republicans are trying to make hay out of this, but the facts are that Ms. Mills cooperated fully with '
            'the Justice Department and Congress, the FBI concluded that there was no basis for prosecution,” said '
            'Rep. Elijah Cummings.')
    (claim,) = extract_claims(text)
    assert claim.text.startswith("“Republicans") and claim.text.endswith("prosecution.”")


def test_a_name_with_two_descriptions_is_the_name_and_the_first():
    text = ('“It is an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of '
            'Oklahoma, one of the states suing the EPA, said at an event.')
    claim, title = extract_claims(text)
    assert title.text == "Scott Pruitt is the Republican attorney general of Oklahoma"
    assert claim.attribution.source == "Scott Pruitt, the Republican attorney general of Oklahoma"


@pytest.mark.parametrize(
    ("text", "source", "rest"),
    [
        # the recipient and where it was said are no claim of their own
        ('"We will keep every line open," the mayor told reporters at a breakfast hosted by the chamber.',
         "the mayor", None),
        ('"We will keep every line open," the mayor told a crowd of 2,400 in the square after the vote.',
         "the mayor", None),
        ('"We will keep every line open," the mayor told the council, sounding tired after the session.',
         "the mayor", None),
        # a participle after the recipient says what the source did
        ("''This is a business decision,'' a plant manager tells the staff, describing how 300 jobs will move.",
         "a plant manager", "A plant manager described how 300 jobs will move"),
    ],
)
def test_a_quote_before_an_addressed_cue_is_the_speakers(text, source, rest):
    claims = extract_claims(text)
    assert claims[0].text.startswith(("\"We will", "''This")) and claims[0].attribution.source == source
    assert [c.text for c in claims[1:]] == ([rest] if rest else [])


def test_a_quote_resumed_after_a_long_recipient_is_still_the_speakers():
    text = ('"The budget," the minister told the finance committee of the lower house on Monday, '
            '"is balanced for the first time in a decade."')
    assert all(c.attribution.source == "the minister" for c in extract_claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Then the punch line: ''I could fix this myself, but it would be too easy to call them.''",
        '“From Leeds, to York, to Hull and Sheffield, we see parents asking for more,” the letter said.',
    ],
)
def test_quoted_words_are_not_cut_into_clauses_or_lists(text):
    claims = extract_claims(text)
    assert len(claims) == 1 and ("''I could" in claims[0].text or "“From Leeds, to York" in claims[0].text)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Trade brought cheaper goods - shoes, phones, even cars - and led to a larger economy.", 1),  # aside
        ("When it comes to the cost of housing, Ms. Lee and Mr. Park are saying the same thing.", 1),  # opener
        ("The economies of Spain, Portugal and Greece are growing.", 3),  # a real subject list
    ],
)
def test_lists_in_asides_and_after_openers(text, n):
    assert len(extract_claims(text)) == n


def test_a_name_ending_an_opening_phrase_has_no_appositive():
    claims = extract_claims("Within hours of being posted on Instagram, the clip had a million views.")
    assert [c.text for c in claims] == ["Within hours of being posted on Instagram, the clip had a million views"]


def test_a_cleft_it_is_not_the_last_subject():
    text = "The two unions may disagree. Many members say it was not so much the pay offer that angered them."
    claim = _find(extract_claims(text), "angered")
    assert claim.text.startswith("It was not so much")


def test_a_report_completing_a_relative_clause_stays_the_reporters():
    (claim,) = extract_claims("Her son has the kind of work that many planners say is the future of the town.")
    assert claim.text.startswith("Her son has") and not claim.attribution.is_attributed


def test_an_agreement_after_a_time_phrase_is_no_report():
    claims = extract_claims("As in the steel industry, the union agreed in 2019 to a lower starting wage.")
    assert [c.text for c in claims if "union" in c.text] == ["The union agreed in 2019 to a lower starting wage"]
    assert not any(c.attribution.is_attributed for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the levy passes, she said, the library will open on Sundays.",
         ["If the levy passes, the library will open on Sundays"]),
        ("Though the first merger went smoothly, he said, the second would be much harder.",
         ["The first merger went smoothly", "The second would be much harder"]),
    ],
)
def test_an_opening_clause_around_the_cue(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected and all(c.attribution.is_attributed for c in claims)


def test_the_scene_before_a_quote_is_no_claim():
    (claim,) = extract_claims('When asked whom she would back, Ms. Ortiz said, "I am waiting for the debate."')
    assert claim.text == '"I am waiting for the debate."' and claim.attribution.source == "Ms. Ortiz"


def test_a_quote_of_statements_ending_in_a_question_is_kept():
    text = 'As the bell rang, the narrator said, "The shop is closed. The staff are at home. Who will answer?"'
    (claim,) = extract_claims(text)
    assert claim.text.endswith('Who will answer?"') and claim.attribution.source == "the narrator"


def test_a_bare_surname_is_the_person_named_so_far():
    text = ("Maria Delgado, 70, has known the senator since school. Delgado said the attacks hurt her.\n\n"
            '"It rains every day," Paul Delgado said.\n\n'
            'Michelle Lane spoke first. "We are ready," Mr. Lane said after Robert Lane arrived.')
    claims = extract_claims(text)
    assert _find(claims, "The attacks hurt her").attribution.canonical == "Maria Delgado"  # Paul comes later
    assert _find(claims, "It rains").attribution.canonical == "Paul Delgado"
    assert _find(claims, "We are ready").attribution.canonical != "Michelle Lane"  # "Mr." is not Michelle


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Over the years, she said, the letters have kept them close.", "The letters have kept them close", "she"),
        ("What annoyed her most, she said, was a question at the forum.",
         "What annoyed her most was a question at the forum", "she"),
        ("Like a neighbour, Delgado said it is hard to watch the fight.", "It is hard to watch the fight", "Delgado"),
    ],
)
def test_an_opening_phrase_or_wh_subject_around_the_cue(text, expected, source):
    (claim,) = extract_claims(text)
    assert claim.text == expected and claim.attribution.source == source


def test_the_nearer_subject_of_a_coordinated_cue():
    text = 'The mail kept them in touch, though at the mention of mail she laughed and admitted "it can be a curse."'
    assert _find(extract_claims(text), "a curse").attribution.source == "she"


def test_a_participle_opener_is_no_list_item():
    text = "Dressed in a red coat and a pair of boots, Ms. Lane and her brother were greeted by the organizer."
    assert len(extract_claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ('"We have never had this much attention," said Dana Roe, president and chief executive of the host committee.',
         "Dana Roe, president and chief executive of the host committee", SourceKind.OFFICIAL),
        ('"It will be open to all," said Lee Park, national press secretary for the organizing committee.',
         "Lee Park, national press secretary for the organizing committee", SourceKind.OFFICIAL),
    ],
)
def test_a_post_posed_source_keeps_its_title(text, source, kind):
    claim, title = extract_claims(text)  # the title is the reporter's claim: "Dana Roe is president and ..."
    assert title.text == source.replace(", ", " is ", 1) and not title.attribution.is_attributed
    assert claim.attribution.source == source and claim.attribution.source_kind is kind


def test_a_speakers_aside_after_a_quote():
    text = '"You get the house ready for a party," Ortiz, who used to work in the senate, said about the work.'
    claims = extract_claims(text)
    assert claims[0].attribution.source == "Ortiz"
    assert [c.text for c in claims[1:]] == ["Ortiz used to work in the senate"]


def test_a_tv_show_is_no_cue():
    text = "Ms. Vale, host of the reality TV show Big House, said the season would end early."
    assert not any(c.attribution.cue == "show" for c in extract_claims(text))


def test_two_speaker_turns_on_one_line():
    text = ('Both candidates reject the term.\n\n'
            'Lopez: "Our goal is to end the program, not to pause it." Grant: "The mission is to fix it."')
    claims = extract_claims(text)
    assert [c.attribution.source for c in claims[1:]] == ["Lopez", "Grant"]


def test_a_quoted_term_opening_a_paragraph_is_no_quotation():
    text = ('"We will fix it," Grant said.\n\n'
            '"Containment" has been the policy of both parties since the war.')
    assert not _find(extract_claims(text), "Containment").attribution.is_attributed


@pytest.mark.parametrize(
    "text",
    [
        "For GOP, a golden opportunity to reclaim the issue.",
        "To do so, however, the party and its nominee must face the question of cost.",
        "It was a chance to see, for instance, boats and birds in a river that was once polluted.",
    ],
)
def test_no_appositive_or_list_from_openers_and_discourse_words(text):
    assert len(extract_claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ('"This is not a hard race," he said, citing the mayor’s weak polling and the new map.', ("he",)),
        ("The ministry said the dam held, citing the regional water director.", ("The ministry", "the regional water director")),
        ("Ms. Ruiz, citing ''the sheer scale of the flood,'' said the repairs could take a year.", ("Ms. Ruiz",)),
    ],
)
def test_citing_a_reason_is_no_chain(text, chain):
    claim = [c for c in extract_claims(text) if c.attribution.is_attributed][0]
    assert claim.attribution.chain == chain


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("''It is like choosing between two storms,'' said one person with knowledge of the talks, who spoke on the "
         "condition of anonymity.", "one person with knowledge of the talks, who spoke on the condition of anonymity"),
        ("Talks have run for a year, but ''the pace has picked up,'' according to a senior official who spoke on the "
         "condition of anonymity.", "a senior official"),
    ],
)
def test_anonymous_sources_and_their_sourcing_remarks(text, source):
    claims = extract_claims(text)
    quoted = [c for c in claims if c.attribution.is_attributed]
    assert quoted and all(c.attribution.source == source for c in quoted)
    assert all(c.attribution.source_kind is SourceKind.ANONYMOUS for c in quoted)
    assert not any("anonymity" in c.text for c in claims)  # the sourcing remark is no claim


def test_said_that_with_a_comma():
    (claim,) = extract_claims("Aides said that, during the recount, the governor stayed in the capital.")
    assert claim.text == "During the recount, the governor stayed in the capital"


def test_a_quote_signed_before_a_time_clause():
    text = '"We will count every vote!" Senator Ana Lee said as she opened the session.'
    claims = extract_claims(text)
    assert claims[0].attribution.source == "Senator Ana Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Minutes after the vote began, the chairman announced 40 votes for the mayor.",
        '"We need change," said Rosa Vidal, a delegate, angered that the leaders ignored the motion.',
    ],
)
def test_scene_clauses_and_manner_are_no_claims(text):
    claims = extract_claims(text)
    assert len(claims) == 1 and not claims[0].text.startswith(("Minutes", "Angered"))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("''We were wrong,'' said Mr. Ruiz, a former editor for The New York Times.", "Mr. Ruiz"),  # not the paper
        ("The press office runs a pitch on its website. ''Time is short,'' he said.", "he"),  # "he" is no pitch
    ],
)
def test_canonical_names_of_people_described_by_an_outlet_or_after_a_thing(text, canonical):
    quote = [c for c in extract_claims(text) if c.attribution.is_attributed][-1]
    assert quote.attribution.canonical == canonical


def test_asked_someone_to_do_something_is_no_report():
    (claim,) = extract_claims("When Ms. Ruiz asked Norton to reprint the book, it declined.")
    assert not claim.attribution.is_attributed


def test_a_possessive_noun_in_ing_is_no_cue():
    claims = extract_claims("He published a collection of his writing that included a profile of the mayor.")
    assert not any(c.attribution.is_attributed for c in claims)


@pytest.mark.parametrize("lead", ["However", "Still", "Moreover", "Instead"])
def test_a_sentence_adverb_is_no_part_of_the_source(lead):
    (claim,) = extract_claims(f"{lead}, the ministry said the bridge would reopen in May.")
    assert claim.attribution.source == "the ministry" and claim.text == "The bridge would reopen in May"


@pytest.mark.parametrize(
    ("text", "expected", "attributed"),
    [
        ('She promised to "be a loud voice for the city" if elected.', 'She promised to "be a loud voice for the city" if elected', False),
        ('The mayor wrote in an op-ed for The Daily Star that "the city is often ignored" in budgets.',
         '"the city is often ignored" in budgets', True),
    ],
)
def test_a_quoted_promise_and_a_place_of_writing(text, expected, attributed):
    (claim,) = extract_claims(text)
    assert claim.text == expected and claim.attribution.is_attributed is attributed


def test_a_dash_aside_between_subject_and_cue():
    text = "Party elders — whose party was once known for its discipline — both suggested the adviser resign."
    (claim,) = extract_claims(text)
    assert claim.attribution.source == "Party elders"


def test_a_participle_aside_before_the_verb_stays_in_the_claim():
    text = "He said he was unprepared for the days after the gunman, wearing earplugs and carrying a rifle, entered the school."
    claims = extract_claims(text)
    assert len(claims) == 1 and claims[0].text.endswith("entered the school")


def test_public_figures_are_people_not_statistics():
    (claim,) = extract_claims("Some establishment figures said the race was over.")
    assert claim.attribution.source_kind is SourceKind.PERSON


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("I'd add a second reason: voters have no memory of the war.", False),  # the writer's own voice
        ("Exit polling shows he won 83% of voters under 30.", True),
    ],
)
def test_writer_voice_and_a_poll_that_is_no_he(text, attributed):
    (claim,) = extract_claims(text)
    assert claim.attribution.is_attributed is attributed
    assert not claim.text.startswith(("Exit polling won", "I'd add") if attributed else ("Exit polling won",))


def test_a_list_of_clauses_is_no_list_of_items():
    text = "The goal was a state in which class was abolished, equality ruled and all citizens would own the land."
    assert len(extract_claims(text)) == 1


def test_a_list_inside_a_dash_aside_is_no_list():
    text = "Four candidates - Gov. Ana Ruiz of Ohio, Gov. Tom Lee of Utah, Jeb Park and Mr. Soto - are near 10 percent."
    assert len(extract_claims(text)) == 1


def test_a_speech_act_named_after_the_cue():
    claims = extract_claims("Ms. Vale tweeted on Friday to say she had never backed the plan.")
    assert [c.text for c in claims] == ["Ms. Vale had never backed the plan"]
    assert claims[0].attribution.cue == "tweeted"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # a lowercase role before a titled name is a post-posed source
        ('"The data do not prove a cause," said lead author Dr. Ines Moro. "They point to one."',
         "lead author Dr. Ines Moro", "said", '"The data do not prove a cause."'),
        # "not involved in" describes the source; "cautioned" reports
        ("Experts not involved in the trial cautioned that the sample was small.",
         "Experts not involved in the trial", "cautioned", "The sample was small"),
        # a verb that doubles as a noun, after a proper name and before "that"
        ("The Budget Office estimates that the plan would cost $2 billion.",
         "The Budget Office", "estimates", "The plan would cost $2 billion"),
        # a document named with its maker, then an aside
        ("A study by the University of Leeds, released last year, found that the scheme paid for itself.",
         "A study by the University of Leeds, released last year", "found", "The scheme paid for itself"),
    ],
)
def test_sources_found_in_wire_shapes(text, source, cue, content):
    claim = extract_claims(text)[0]
    assert (claim.attribution.source, claim.attribution.cue, claim.text) == (source, cue, content)


def test_a_second_report_joined_by_but_has_its_own_source():
    text = "The minister said the deal was dead, but union leaders said that talks would go on."
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("The deal was dead", "The minister"),
        ("Talks would go on", "union leaders"),
    ]


def test_an_acknowledged_thing_is_the_reporters_claim_and_the_next_report_is_not_swallowed():
    text = "Kyiv rarely acknowledges attacks on Russian territory, but officials have said that such strikes are legal."
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("Kyiv rarely acknowledges attacks on Russian territory", None),
        ("Such strikes are legal", "officials"),
    ]


def test_citing_a_reason_is_what_the_source_did():
    text = "Arden Air expects profit to fall 30%, the company said on Tuesday, citing higher fuel prices and weak demand."
    claims = extract_claims(text)
    assert claims[1].text == "The company cited higher fuel prices and weak demand"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My staff warned me not to make that speech in Davos.", None),  # advice given, nothing reported
        ("The agency warned state officials to boost their security.", None),
        ("Mr. Hale told Reuters he planned to stay neutral.", "Mr. Hale"),  # the recipient is no part of the claim
    ],
)
def test_a_directive_is_no_report_and_a_recipient_is_skipped(text, expected):
    (claim,) = extract_claims(text)
    assert claim.attribution.source == expected
    assert "Reuters" not in claim.text if expected else claim.text == text.rstrip(".")


def test_a_paired_dash_aside_stays_inside_the_report():
    text = "The Tax Policy Center estimates that the top 1 percent -- those earning over $750,000 -- would pay $78,000 more."
    (claim,) = extract_claims(text)
    assert claim.text.startswith("The top 1 percent -- those earning") and claim.text.endswith("$78,000 more")


def test_an_estimated_it_is_not_the_source():
    (claim,) = extract_claims("The Tax Foundation estimates that it would cost the Treasury $374 billion.")
    assert claim.text == "It would cost the Treasury $374 billion"


def test_an_opening_phrase_stays_with_a_question_put():
    text = 'In an interview on "Morning Show," co-host Dana Lim asked the mayor how he would pay for it.'
    (claim,) = extract_claims(text)
    assert claim.start == 0


def test_a_one_word_piece_is_no_claim():
    texts = [c.text for c in extract_claims("Yet, as Mr. Bown observed, in the early days -- when he was new -- ''what would you pick?''")]
    assert "Yet" not in texts


def test_a_participle_claim_takes_an_irregular_past_and_a_group_subject():
    text = "State officials dispute that figure, putting it closer to 90,000. Voters in the county tend to decide late, swinging races."
    texts = [c.text for c in extract_claims(text)]
    assert "State officials put it closer to 90,000" in texts


def test_a_count_is_no_participle_subject():
    text = "Four people were slightly injured, showing the gulf between the two countries."
    assert len(extract_claims(text)) == 1


def test_the_appositive_after_according_to_completes_the_source():
    text = "About 300,000 voters lack an ID, according to the plaintiffs' expert, Professor Lena Ortiz of Ohio State University."
    (claim,) = extract_claims(text)
    assert claim.attribution.source == "the plaintiffs' expert, Professor Lena Ortiz of Ohio State University"
    assert claim.attribution.canonical == "Lena Ortiz"


def test_called_it_is_the_sources_characterisation():
    (claim,) = extract_claims('The union called it "a victory for every worker."')
    assert claim.text == 'It is "a victory for every worker."' and claim.attribution.source == "The union"


def test_people_briefed_on_plans_are_one_anonymous_source():
    (claim,) = extract_claims("The senator is weighing a run, according to three people briefed on her plans.")
    assert claim.attribution.source == "three people briefed on her plans"
    assert claim.attribution.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    "amount", ["254,000", "a quarter of a million", "twenty thousand", "hundreds of", "around 4,200"]
)
def test_added_an_amount_is_no_report(amount):
    text = f"Employers added {amount} jobs in September, and the jobless rate fell to 4.1 percent, the department said."
    claims = extract_claims(text)
    assert {c.attribution.source for c in claims} == {"the department"}
    assert claims[0].text.startswith(f"Employers added {amount} jobs")


def test_asking_for_something_is_no_report():
    (claim,) = extract_claims("Prosecutors had asked for an eight-year term.")
    assert claim.text == "Prosecutors had asked for an eight-year term" and claim.attribution.source is None


def test_what_a_source_expects_is_stated_as_a_prediction():
    (claim,) = extract_claims("Forecasters expect the rain to ease by Tuesday.")
    assert claim.text == "The rain will ease by Tuesday" and claim.attribution.source == "Forecasters"


def test_would_warn_voters_not_to_is_advice():
    (claim,) = extract_claims("He would warn voters not to vote for false Republicans.")
    assert not claim.attribution.is_attributed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith, who has denied wrongdoing, is due in court on Friday.",
         ["Smith has denied wrongdoing", "Smith is due in court on Friday"]),
        ("Clinton, who announced a spending plan on Monday, plans to focus on jobs.",
         ["Clinton announced a spending plan on Monday", "Clinton plans to focus on jobs"]),
    ],
)
def test_a_relative_clause_report_and_the_main_clause_keep_their_subject(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


def test_the_main_clause_after_a_reported_relative_clause_is_the_reporters():
    claims = extract_claims("The mayor, who said the plan was sound, was re-elected in May.")
    assert [(c.text, c.attribution.is_attributed) for c in claims] == [
        ("The mayor was re-elected in May", False),
        ("The plan was sound", True),
    ]


def test_a_time_phrase_after_but_keeps_the_coordinated_subject():
    claims = extract_claims("Mayor Ana Diaz toured the site but on Tuesday said it was safe.")
    assert [c.text for c in claims] == ["Mayor Ana Diaz toured the site", "It was safe"]
    assert claims[1].attribution.source == "Mayor Ana Diaz"


@pytest.mark.parametrize(
    "text",
    [
        "'We won't be intimidated,' the prime minister told parliament.",
        "‘We won’t be intimidated,’ the prime minister told parliament.",
    ],
)
def test_british_single_quotes_have_their_speaker(text):
    (claim,) = extract_claims(text)
    assert claim.attribution.source == "the prime minister" and claim.attribution.cue == "told"


def test_the_reporters_note_on_a_claim_is_not_the_sources():
    text = "The defence ministry said its forces had captured the village, a claim that could not be independently verified."
    claims = extract_claims(text)
    assert claims[0].text.endswith("captured the village") and claims[0].attribution.is_attributed
    assert not claims[1].attribution.is_attributed


def test_a_comparison_after_a_reported_figure_is_the_reporters_claim():
    text = "The bank said profit rose 12 percent to $4.3 billion, beating analysts' estimates of $4.1 billion."
    claims = extract_claims(text)
    assert claims[1].text == "Profit beat analysts' estimates of $4.1 billion"
    assert not claims[1].attribution.is_attributed


def test_a_post_posed_role_then_name():
    (claim,) = extract_claims("The attack killed at least 20 people, said the governor, Oleh Syniehubov.")
    assert claim.attribution.source == "the governor, Oleh Syniehubov"
    assert claim.attribution.canonical == "Oleh Syniehubov"


@pytest.mark.parametrize(
    ("text", "claim_text", "source"),
    [
        ("The plan, officials say, would cost $2 billion.", "The plan would cost $2 billion", "officials"),
        ("A senior Western diplomat told Reuters the sanctions would be extended.", "The sanctions would be extended",
         "A senior Western diplomat"),
        ("Some analysts, however, doubt the plan will work.", "Some analysts, however, doubt the plan will work", None),
    ],
)
def test_interrupted_group_sources_recipients_and_doubt(text, claim_text, source):
    (claim,) = extract_claims(text)
    assert (claim.text, claim.attribution.source) == (claim_text, source)


def test_an_official_granted_anonymity_in_an_aside_is_anonymous():
    text = ("The official, who spoke on condition of anonymity because he was not authorized to discuss the matter, "
            "said the talks had stalled.")
    (claim,) = extract_claims(text)
    assert claim.attribution.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("The complaint, filed in federal court in Manhattan, claims the bank overcharged customers by $200 million.",
         "The complaint, filed in federal court in Manhattan", SourceKind.DOCUMENT),
        ("Documents reviewed by Reuters show the ministry approved the contract in March.",
         "Documents reviewed by Reuters", SourceKind.DOCUMENT),
        ("The poll of 1,200 adults, conducted by Gallup, found that 54 percent approve of the plan.",
         "The poll of 1,200 adults, conducted by Gallup", SourceKind.DOCUMENT),
        ("According to emails obtained by The Guardian, executives discussed delaying the recall.",
         "emails obtained by The Guardian", SourceKind.DOCUMENT),
    ],
)
def test_documents_as_sources(text, source, kind):
    (claim,) = extract_claims(text)
    assert (claim.attribution.source, claim.attribution.source_kind) == (source, kind)


def test_a_pronoun_for_the_person_a_state_media_account_is_about_continues_it():
    text = (
        "Russian President Vladimir Putin toured a shipyard on Thursday, the state news agency TASS reported.\n\n"
        "According to TASS, Putin inspected the hull of a new icebreaker. He urged managers to finish it by next year."
    )
    claims = extract_claims(text)
    assert claims[-1].text.startswith("Putin urged managers")
    assert claims[-1].attribution.canonical == "TASS" and claims[-1].attribution.inherited


def test_a_reporting_verb_is_no_part_of_the_next_sentences_it():
    text = "The agency said the ships belonged to the Pacific Fleet. It did not say when the repairs would end."
    assert extract_claims(text)[-1].text == "The agency did not say when the repairs would end"  # not "The agency said the ships"


def test_an_outlet_that_carried_a_statement_heads_the_chain():
    text = "In a statement carried by KCNA, Kim Yo Jong, the leader's sister, warned that Seoul would \"pay dearly.\""
    title, claim = extract_claims(text)
    assert title.text == "Kim Yo Jong is the leader's sister"
    assert claim.attribution.chain[0] == "KCNA" and claim.attribution.canonical == "Kim Yo Jong"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed at least 12 people, injured dozens and left 300,000 homes without power.",
         ["The storm killed at least 12 people", "The storm injured dozens", "The storm left 300,000 homes without power"]),
        ("The company would close two plants, cut 800 jobs and move production to Mexico.",
         ["The company would close two plants", "The company would cut 800 jobs",
          "The company would move production to Mexico"]),
    ],
)
def test_coordinated_verb_phrases_share_their_subject(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "They were investigated by panels that uncovered facts, found fault and made useful recommendations.",
        '"We need to have strong, positive relationships and report this activity," he said.',
    ],
)
def test_no_verb_phrase_list_without_a_clear_shared_subject(text):
    texts = [c.text for c in extract_claims(text)]
    assert not any(t.startswith(("They were found", "They were made", '"We need to report')) for t in texts)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Prices may rise further, analysts said.", ClaimKind.PREDICTION), ("The talks might collapse.", ClaimKind.PREDICTION),
     ("He may have left the country.", ClaimKind.EVENT)],
)
def test_may_and_might_predict_unless_of_the_past(text, kind):
    assert extract_claims(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The White House said Biden would travel to Poland next week, but did not give details.",
         {("Biden would travel to Poland next week", "The White House"), ("The White House did not give details", None)}),
        ("The Pentagon confirmed the strike but declined to say whether civilians were killed.",
         {("The Pentagon confirmed the strike", None), ("The Pentagon declined to say whether civilians were killed", None)}),
        ("He has said little publicly about the case.", {("He has said little publicly about the case", None)}),
        ("Adelson said much of his talk with Trump was about Israel.",
         {("Much of his talk with Trump was about Israel", "Adelson")}),
    ],
)
def test_what_a_source_did_not_say_is_the_reporters(text, expected):
    assert {(c.text, c.attribution.source) for c in extract_claims(text)} == expected


def test_a_clause_after_the_cue_and_and_is_more_of_the_report():
    text = "The district faces a deficit next year, he said, and state funding has not kept pace with inflation."
    assert [c.attribution.source for c in extract_claims(text)] == ["he", "he"]
    text = "The jet was insured at $35 million, records show, and experts say it is worth about $18 million."
    assert [c.attribution.source for c in extract_claims(text)] == ["records", "experts"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some joined the picket line; others said they were struggling to find child care.", "others"),
        ("Edwards and others said they could not support the plan.", "Edwards and others"),
    ],
)
def test_others_as_a_source(text, source):
    assert extract_claims(text)[-1].attribution.source == source


def test_a_claim_named_by_a_noun_is_the_subjects():
    text = "Speaking at a rally in Ohio on Saturday, Trump repeated his claim that the election had been rigged."
    (claim,) = extract_claims(text)
    assert (claim.text, claim.attribution.source) == ("The election had been rigged", "Trump")


def test_an_acronym_group_closes_a_sentence():
    (claim,) = extract_claims("The outbreak has killed 1,200 people since January, WHO data show.")
    assert claim.attribution.source == "WHO data"


@pytest.mark.parametrize("when", ["on Saturday", "late Tuesday", "yesterday"])
def test_when_a_source_spoke_is_no_part_of_what_it_said(when):
    (claim,) = extract_claims(f"The ministry said {when} the village had been captured.")
    assert claim.text == "The village had been captured" and claim.attribution.source == "The ministry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the source went on to do is the reporter's claim about the source
        ("The mayor said the budget was balanced and urged residents to conserve water.",
         {("The budget was balanced", "The mayor", "said"), ("The mayor urged residents to conserve water", None, None)}),
        ("Brian Sandoval, a Republican, said he had voted for Rubio, but cautioned against reading it as an endorsement.",
         {("Brian Sandoval had voted for Rubio", "Brian Sandoval, a Republican", "said"),
          ("Brian Sandoval is a Republican", None, None),
          ("Brian Sandoval cautioned against reading it as an endorsement", None, None)}),
        # a second report joined to the first is the same source's
        ("Podesta said Gates was not working for the party and said Manafort was not involved.",
         {("Gates was not working for the party", "Podesta", "said"), ("Manafort was not involved", "Podesta", "said")}),
        ("The company said profits rose 8% but cautioned that demand could weaken next year.",
         {("Profits rose 8%", "The company", "said"), ("Demand could weaken next year", "The company", "cautioned")}),
        # a promise after a report is no report of its own
        ("He announced that he was undergoing therapy and vowed to focus on his family.",
         {("He was undergoing therapy", "He", "announced"), ("He vowed to focus on his family", None, None)}),
        # in the present tense, a past verb after the content is the content's: Machado said it
        ("Merrill says Machado promised to keep campaigning and said she would not back down.",
         {("Machado promised to keep campaigning and said she would not back down", "Merrill", "says")}),
    ],
)  # fmt: skip
def test_what_a_source_went_on_to_do_or_say(text, expected):
    got = {(c.text, c.attribution.source, c.attribution.cue) for c in extract_claims(text)}
    assert got == expected


def test_an_opener_and_a_clause_are_no_list():
    (claim,) = extract_claims("In April, Twitter reported flat user growth and weaker revenue.")
    assert claim.text == "In April, Twitter reported flat user growth and weaker revenue"


@pytest.mark.parametrize(
    ("lead", "source"),
    [("Officials said:", "Officials"), ("According to the ministry:", "the ministry"),
     ("The ministry said in a statement:", "The ministry")],
)  # fmt: skip
def test_a_lead_in_that_says_gives_each_bullet_its_source(lead, source):
    claims = extract_claims(f"{lead}\n\n- The bridge will reopen in May.\n- Tolls will rise.\n")
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("The bridge will reopen in May", source), ("Tolls will rise", source)]


@pytest.mark.parametrize("label", ["Key facts:", "What we know:", "In brief:"])
def test_a_label_over_a_list_is_no_part_of_its_items(label):
    claims = extract_claims(f"{label}\n\n- The bridge reopened in May.\n- Tolls rose by 5 percent.\n")
    assert [c.text for c in claims] == ["The bridge reopened in May", "Tolls rose by 5 percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor, who took office in 2021, announced the plan on Monday.",
         ["The mayor announced the plan on Monday", "The mayor took office in 2021"]),
        ("Meanwhile Rihanna, who was honored with the award, spoke about self-love.",
         ["Meanwhile Rihanna spoke about self-love", "Rihanna was honored with the award"]),
        # a passive participle with its agent, likewise
        ("The trial, led by researchers at University College London, followed 8,200 patients.",
         ["The trial followed 8,200 patients", "The trial was led by researchers at University College London"]),
        ("The protests, organized by student groups, drew thousands.",
         ["The protests drew thousands", "The protests were organized by student groups"]),
        # a prepositional phrase has no subject to give
        ("For Mr. Rubio, who has been called a Republican Obama, explaining his record has been a struggle.",
         ["For Mr. Rubio, who has been called a Republican Obama, explaining his record has been a struggle"]),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_subject_is_its_own_claim(text, expected):
    assert [c.text for c in extract_claims(text)] == expected
    for c in extract_claims(text):
        assert all(text[a:b] in text for a, b in c.spans) and c.start >= 0 and c.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long sourcing aside between the source and its cue
        ("Two Western officials, speaking on condition of anonymity because they were not authorized to discuss the "
         "matter publicly, said Moscow had been stockpiling missiles.",
         {("Moscow had been stockpiling missiles", "Two Western officials", "anonymous")}),
        # what a named source is belongs to the source
        ("According to Ukrenergo, the national grid operator, repair crews restored power by midday.",
         {("Repair crews restored power by midday", "Ukrenergo, the national grid operator", "official")}),
        # a reason cited after the report is the reporter's claim about the source
        ("Polish officials said they had scrambled jets as a precaution, citing the scale of the attack.",
         {("Polish officials had scrambled jets as a precaution", "Polish officials", "official"),
          ("Polish officials cited the scale of the attack", None, "unattributed")}),
        # "it" after an organisation's report is the organisation
        ("The claim could not be verified. The ministry said its forces had struck depots. It did not mention Lviv.",
         {("The claim could not be verified", None, "unattributed"),
          ("The ministry's forces had struck depots", "The ministry", "official"),
          ("The ministry did not mention Lviv", None, "unattributed")}),
        # a capitalised adjective and a plural noun are the participle's subject
        ("Russian drones struck an energy facility overnight, cutting power to 90,000 homes.",
         {("Russian drones struck an energy facility overnight", None, "unattributed"),
          ("Russian drones cut power to 90,000 homes", None, "unattributed")}),
    ],
)  # fmt: skip
def test_wire_copy_sources_and_subjects(text, expected):
    got = {(c.text, c.attribution.source, c.attribution.source_kind.value) for c in extract_claims(text)}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Annual inflation eased to 2.1% in April, down from 2.6% in March.",
         ["Annual inflation eased to 2.1% in April", "Annual inflation down from 2.6% in March"]),
        ("Turnout was 41.8%, up from 36% in the first round.", ["Turnout was 41.8%", "Turnout up from 36% in the first round"]),
        ("Shares closed at 12.40 euros, down 3%.", ["Shares closed at 12.40 euros", "Shares down 3%"]),
        # the change of what the subject counted is no claim about the subject
        ("Health officials confirmed 38 cases of measles on Monday, up from 29 a week earlier.",
         ["Health officials confirmed 38 cases of measles on Monday, up from 29 a week earlier"]),
        # no figure in the tail: no change to check
        ("He walked up and down the street, up from the river.", ["He walked up and down the street, up from the river"]),
    ],
)
def test_a_trailing_change_against_an_earlier_figure_is_its_own_claim(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    for c in claims:  # each piece points at its own words
        assert all(0 <= a < b <= len(text) for a, b in c.spans)


@pytest.mark.parametrize(
    "text",
    [
        "Police charged the manager with fraud.",
        "The company posted a loss of 5 million euros.",
        "The company recalled 14 batches of formula.",
        "The ministry has promised two lakh taka to each family.",
    ],
)
def test_a_speech_verb_with_a_plain_object_is_an_act_not_a_report(text):
    [claim] = extract_claims(text)
    assert claim.text == text.rstrip(".")
    assert not claim.attribution.is_attributed


def test_two_acts_of_one_subject_are_two_unattributed_claims():
    claims = extract_claims("Police arrested the manager and charged him with fraud.")
    assert [c.text for c in claims] == ["Police arrested the manager", "Police charged him with fraud"]
    assert not any(c.attribution.is_attributed for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They entered through a ground-floor window and were inside for under seven minutes.",
         ["They entered through a ground-floor window", "They were inside for under seven minutes"]),
        ("She was born in 1980 and raised in Ohio.", ["She was born in 1980", "She was raised in Ohio"]),
        ("The storm killed 12 people and left 300,000 homes without power.",
         ["The storm killed 12 people", "The storm left 300,000 homes without power"]),
        # a quotation closed before the "and", a modal first phrase
        ('The council would "not pay a single cent" to the attackers and expected services back within 10 days.',
         ['The council would "not pay a single cent" to the attackers', "The council expected services back within 10 days"]),
        # no shared subject, a bare pair of verbs, or a second report: one claim
        ('He said "we will win and we will stay" on Sunday.', ['"we will win and we will stay" on Sunday']),
        ("Sales of cars rose and prices fell.", ["Sales of cars rose and prices fell"]),
        ("The company bought and sold shares.", ["The company bought and sold shares"]),
    ],
)  # fmt: skip
def test_two_verb_phrases_sharing_a_subject_split(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    for c in claims:
        assert all(0 <= a < b <= len(text) for a, b in c.spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine workers were injured, and about 3,000 residents were evacuated overnight.",
         ["Nine workers were injured", "About 3,000 residents were evacuated overnight"]),
        ("The spill amounted to 6,300 barrels, and oil has been detected along 40 kilometres of the river.",
         ["The spill amounted to 6,300 barrels", "Oil has been detected along 40 kilometres of the river"]),
        # an item of a list opening with a figure is no clause
        ("The agency sent grain, diesel, and hundreds of spare tyres.",
         ["The agency sent grain", "The agency sent diesel", "The agency sent hundreds of spare tyres"]),
    ],
)  # fmt: skip
def test_a_clause_opening_with_a_figure_or_a_bare_noun_is_its_own_claim(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The train, which was carrying 241 passengers, was travelling to Cusco.",
         {"The train was travelling to Cusco", "The train was carrying 241 passengers"}),
        ("The refinery, which can process close to 350,000 barrels a day, suffered a blaze in 2021.",
         {"The refinery suffered a blaze in 2021", "The refinery can process close to 350,000 barrels a day"}),
    ],
)  # fmt: skip
def test_a_which_clause_after_the_subject_is_its_own_claim(text, expected):
    assert {c.text for c in extract_claims(text)} == expected


def test_a_speech_verb_with_a_that_clause_still_reports():
    [claim] = extract_claims("Critics charged that the plan was illegal.")
    assert (claim.text, claim.attribution.source) == ("The plan was illegal", "Critics")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cabin crew at the carrier began a 72-hour strike on Thursday after talks with management broke down on Monday.",
         ["Cabin crew at the carrier began a 72-hour strike on Thursday", "Talks with management broke down on Monday"]),
        ("The bank has cut rates twice since inflation peaked in 2024.",
         ["The bank has cut rates twice", "Inflation peaked in 2024"]),
        # a phrase after the conjunction, or a cause, stays with its clause
        ("The union went on strike after meeting the minister.", ["The union went on strike after meeting the minister"]),
        ("The minister resigned on Friday after the scandal.", ["The minister resigned on Friday after the scandal"]),
        ("The plant was closed for a week because demand weakened in March.",
         ["The plant was closed for a week because demand weakened in March"]),
        # a clause of place with a subject of its own; a pronoun's stays where its antecedent is
        ("More than 1,200 lorries were queued at the Ak-Tilek crossing, where new inspection rules have slowed "
         "traffic.",
         ["More than 1,200 lorries were queued at the Ak-Tilek crossing", "New inspection rules have slowed traffic"]),
        ("The team flew to Lima, where they will play on Sunday.",
         ["The team flew to Lima, where they will play on Sunday"]),
    ],
)  # fmt: skip
def test_a_clause_of_time_after_the_main_one_is_its_own_claim(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    for c in claims:
        assert all(text[a:b] in text and 0 <= a < b <= len(text) for a, b in c.spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures reached 47.5C in Lahore on Monday, the highest May reading since 2018, as Pakistan imposed "
         "power cuts.", ["Temperatures reached 47.5C in Lahore on Monday", "It was the highest May reading since 2018",
                         "Pakistan imposed power cuts"]),
        ("The team won the cup, the club's first title since 1994.",
         ["The team won the cup", "It was the club's first title since 1994"]),
    ],
)  # fmt: skip
def test_a_noun_phrase_summing_up_the_clause_is_its_own_claim(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    assert text[claims[1].start : claims[1].end].startswith("the ")


def test_an_appositive_naming_a_thing_sums_up_nothing():
    assert not [c for c in extract_claims("The team beat Rovers, the league leaders.") if c.text.startswith("It was")]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("The smelter in Tarkwa, the largest in the region, was running normally.",
         "The smelter in Tarkwa, the largest in the region, was running normally"),
        ("The mining company said its smelter in Tarkwa, the largest in the region, was running normally.",
         "The mining company's smelter in Tarkwa, the largest in the region, was running normally"),
    ],
)
def test_a_superlative_after_a_subject_with_no_verb_yet_sums_up_nothing(text, main):
    claims = [c.text for c in extract_claims(text)]
    assert main in claims
    assert not [c for c in claims if c.startswith("It was")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adverb after the auxiliary stays with the first phrase
        ("The fire was first reported on Aug. 3 and was 15 percent contained by Tuesday evening.",
         ["The fire was first reported on Aug. 3", "The fire was 15 percent contained by Tuesday evening"]),
        # "crew" is no verb before the auxiliary; a one-word first phrase stays whole
        ("Three crew members were injured and taken to hospital in Seremban.",
         ["Three crew members were injured and taken to hospital in Seremban"]),
        # a result clause says "This", the subject of a hypothetical is not asserted
        ("A wildfire near the park has grown to about 12,400 hectares, forcing about 2,500 people from their homes.",
         ["A wildfire near the park has grown to about 12,400 hectares", "This forced about 2,500 people from their homes"]),
    ],
)  # fmt: skip
def test_verb_phrases_and_result_clauses_split_with_their_subject(text, expected):
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    assert all(0 <= c.start < c.end <= len(text) for c in claims)


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        # "agreed to" a deal is no report; the cue after it is
        ("Castlebridge United have agreed to sell a 78% stake to Bluewater, the club said on Friday.",
         "the club", "Castlebridge United have agreed to sell a 78% stake to Bluewater"),
        # a bare plural body before the cue: "emergency services said"
        ("A gas explosion tore through a block, killing two people, emergency services said.",
         "emergency services", "The gas explosion killed two people"),
        # "declared" a disaster is an act, not a report
        ("Premier Nomsa Mahlangu declared a drought disaster on Wednesday.", None,
         "Premier Nomsa Mahlangu declared a drought disaster on Wednesday"),
    ],
)  # fmt: skip
def test_acts_are_not_reports_and_bodies_report(text, source, claim):
    claims = {c.text: c for c in extract_claims(text)}
    assert claim in claims
    assert claims[claim].attribution.source == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place between a name and its verb is not the subject
        ("Mount Lawerang on the Indonesian island of Flores erupted on Sunday, sending an ash column 9 kilometres "
         "into the sky.",
         ["Mount Lawerang on the Indonesian island of Flores erupted on Sunday",
          "Mount Lawerang sent an ash column 9 kilometres into the sky"]),
        # "as" and a clause of its own, without a comma; "served as the ..." is no clause
        ("The premier declared a drought disaster on Wednesday as the dams supplying the city fell to 14 percent.",
         ["The premier declared a drought disaster on Wednesday", "The dams supplying the city fell to 14 percent"]),
        ("She served as the company's chief executive until 2019.", ["She served as the company's chief executive until 2019"]),
    ],
)  # fmt: skip
def test_subjects_past_a_place_and_clauses_after_as(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


def test_a_rival_report_in_one_sentence_keeps_its_own_source():
    text = "The union said 90 percent of members joined, while the ministry said fewer than 30 percent did."
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("90 percent of members joined", "The union"), ("Fewer than 30 percent did", "the ministry")]


def test_conceding_is_no_report_without_a_clause_and_that_none_splits():
    claims = extract_claims("His Green challenger, Liisa Tamm, conceded shortly before midnight.")
    assert claims[0].attribution.source is None and "conceded shortly before midnight" in claims[0].text
    text = "The railway said in a statement that no one was injured and that none of the cars carried dangerous goods."
    assert [c.text for c in extract_claims(text)] == ["No one was injured", "None of the cars carried dangerous goods"]


def test_a_consequence_after_a_reports_content_is_the_reporters_claim():
    text = "Kowhai said on Thursday it would close its factory in Te Aroha next year, cutting 230 jobs."
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == [
        ("Kowhai would close its factory in Te Aroha next year", "Kowhai"), ("This would cut 230 jobs", None)]
    assert text[claims[1].start : claims[1].end] == "cutting 230 jobs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kallio Steel said it will close its steelworks in Kotka, eliminating 1,200 jobs.",
         [("Kallio Steel will close its steelworks in Kotka", "Kallio Steel"),
          ("This will eliminate 1,200 jobs", None)]),
        ("Vistula Textiles said it would shut the plant, putting 430 people out of work.",
         [("Vistula Textiles would shut the plant", "Vistula Textiles"),
          ("This would put 430 people out of work", None)]),
    ],
)
def test_a_firm_named_for_its_trade_is_an_it_and_its_consequences_are_claims(text, expected):
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "If the levee breaks, the river floods the valley, forcing 3,000 people out.",
        "The ministry met on Monday; if the levee breaks, the river floods the valley, forcing 3,000 people out.",
        "The dam was inspected.\n\nIf the levee breaks, the river floods the valley, forcing 3,000 people out.",
    ],
)
def test_a_result_of_a_condition_is_not_asserted(text):
    assert not any(c.text.startswith("This forced") for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bare verb phrases sharing the first one's modal are two claims
        ("The campaign will run for six weeks and target children aged nine to 13.",
         ["The campaign will run for six weeks", "The campaign will target children aged nine to 13"]),
        ("The plant will cost 40 million euros and create 300 jobs.",
         ["The plant will cost 40 million euros", "The plant will create 300 jobs"]),
        # a bare verb before a preposition may be a noun; a modal of a later clause is not the first phrase's
        ("The agency will provide food and water to 5,000 families.",
         ["The agency will provide food and water to 5,000 families"]),
        ("Mr. Clarke has been absorbing the costs until he can persuade utilities and steel mills to pay.",
         ["Mr. Clarke has been absorbing the costs until he can persuade utilities and steel mills to pay"]),
        # a second clause opening with a phrase of place
        ("Fewer than 100 okapis are kept in European zoos, and in the wild the species lives only in Congo.",
         ["Fewer than 100 okapis are kept in European zoos", "In the wild the species lives only in Congo"]),
    ],
)  # fmt: skip
def test_coordinated_facts_are_separate_claims(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" after a superlative dates it; "since" before a date is a preposition
        ("Reservoirs held 19 percent of their capacity in July, the lowest level since records began in 1991.",
         ["Reservoirs held 19 percent of their capacity in July", "It was the lowest level since records began in 1991"]),
        ("Rainfall on the island since October has been 45 percent below the long-term average.",
         ["Rainfall on the island since October has been 45 percent below the long-term average"]),
        # a gerund after "after" / "before" has no subject of its own; a noun in -ing before a verb does
        ("Three workers were killed, and 11 others were rescued after being trapped for several hours.",
         ["Three workers were killed", "11 others were rescued after being trapped for several hours"]),
        ("The union began a strike on Thursday after talks with management broke down on Monday.",
         ["The union began a strike on Thursday", "Talks with management broke down on Monday"]),
        # what is left of "X came as ..." says nothing
        ("The announcement came as Lumora reported a quarterly net loss of 48 million euros.",
         ["Lumora reported a quarterly net loss of 48 million euros"]),
    ],
)  # fmt: skip
def test_clauses_of_time_split_only_where_they_are_clauses(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase opening with a past participle states a fact about the subject
        ("First held in 2009, the festival received a grant of 40,000 pounds this year.",
         ["The festival was first held in 2009", "The festival received a grant of 40,000 pounds this year"]),
        ("Built in 1967, the dam supplies power to 40,000 homes.",
         ["The dam was built in 1967", "The dam supplies power to 40,000 homes"]),
        ("Compared with last year, sales rose 4 percent.", ["Compared with last year, sales rose 4 percent"]),
        # so does one between commas after the subject
        ("The dam, completed in 1967, supplies power to 40,000 homes.",
         ["The dam supplies power to 40,000 homes", "The dam was completed in 1967"]),
        # a closing relative clause on the object of a preposition; not one on the whole clause
        ("The operator will run 14 fewer trains under its winter timetable, which takes effect on December 10.",
         ["The operator will run 14 fewer trains under its winter timetable",
          "The winter timetable takes effect on December 10"]),
        # ... or on the object of a verb in the past, its figures written with commas
        ("Health director Mercy Anaba credited the chemoprevention campaign, which reached about 260,000 children.",
         ["Health director Mercy Anaba credited the chemoprevention campaign",
          "The chemoprevention campaign reached about 260,000 children"]),
        ("Police arrested the driver, which angered residents.",
         ["Police arrested the driver, which angered residents"]),
        ("The governor declared the districts disaster zones, which allows funds to be released.",
         ["The governor declared the districts disaster zones, which allows funds to be released"]),
        # a closing "which" on the whole clause, saying what it means: a claim of its own
        ("Prices rose 4 percent in the fourth quarter, which means rates will stay high.",
         ["Prices rose 4 percent in the fourth quarter", "This means rates will stay high"]),
        ("Gas emissions had risen sharply, which could mean fresh magma is moving towards the surface.",
         ["Gas emissions had risen sharply", "This could mean fresh magma is moving towards the surface"]),
        # a counted subject shares its participle with a past-tense verb too
        ("Some 15,000 people rallied outside the parliament as lawmakers voted, waving union flags.",
         ["Some 15,000 people rallied outside the parliament as lawmakers voted", "Some 15,000 people waved union flags"]),
        ("Protesters demanded that police release video of the shooting, which the police have not done.",
         ["Protesters demanded that police release video of the shooting, which the police have not done"]),
    ],
)  # fmt: skip
def test_participle_phrases_and_closing_relatives_are_claims_of_their_own(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive after a name of several words is about the name, not a summing-up of a clause
        ("The General Workers' Front, the country's largest union confederation, had demanded a rise to 900 euros.",
         [("The General Workers' Front had demanded a rise to 900 euros", None),
          ("General Workers' Front is the country's largest union confederation", None)]),
        ("The Bank of England, the country's central bank, raised rates.",
         [("The Bank of England raised rates", None), ("Bank of England is the country's central bank", None)]),
        ("Shares of Apple, the iPhone maker, fell 3%.",
         [("Shares of Apple, the iPhone maker, fell 3%", None), ("Apple is the iPhone maker", None)]),
        # a body and a description of it before the cue are the source
        ("The health ministry, the responsible agency, said 40 people died.",
         [("40 people died", "The health ministry, the responsible agency")]),
        ("The Ministry of Health, the country's top health body, said 40 people died.",
         [("40 people died", "The Ministry of Health, the country's top health body")]),
    ],
)  # fmt: skip
def test_appositives_after_names_of_bodies(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


def test_a_counted_noun_after_after_is_no_clause_of_its_own() -> None:
    claims = extract_claims("The agreement was reached after five rounds of talks that began in the spring.")
    assert [c.text for c in claims] == ["The agreement was reached after five rounds of talks that began in the spring"]


def test_a_time_in_parts_is_no_list() -> None:
    text = "Kiptanui won the marathon on Sunday in 2 hours, 7 minutes and 48 seconds, a course record."
    assert [c.text for c in extract_claims(text)] == [
        "Kiptanui won the marathon on Sunday in 2 hours, 7 minutes and 48 seconds, a course record"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reporter's clause ends where the report begins: no dangling "after" or "until"
        ("Flights resumed on Tuesday after officials said the storm had passed.",
         [("Flights resumed on Tuesday", None), ("The storm had passed", "officials")]),
        ("The supplier, Halvern Generics, blamed a contamination problem and said production would resume by March 15.",
         [("The supplier, Halvern Generics, blamed a contamination problem", None),
          ("Production would resume by March 15", "The supplier, Halvern Generics")]),
        # a subordinator that ends the sentence stays
        ("The town had never flooded like this before.", [("The town had never flooded like this before", None)]),
    ],
)
def test_a_report_after_the_reporters_clause(sentence: str, expected: list) -> None:
    assert [(c.text, c.attribution.source) for c in extract_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "fragment", "inherited"),
    [
        # reported speech goes on in its shifted tense, right after the account
        ("Xinhua reported that the city would take over the projects. Buyers who had paid deposits would be "
         "protected.", "Buyers who had paid deposits would be protected", True),
        ("The ministry said talks had stalled. Exports could resume within a month.",
         "Exports could resume within a month", True),
        # the reporter's background in the past perfect, a first-person aside, a sentence after a gap: not the source's
        ("The ministry said talks had stalled. The plant had closed in 2019.", "The plant had closed in 2019", False),
        ("The ministry said talks had stalled. I would not bet on it.", "I would not bet on it", False),
        ("The ministry said talks had stalled.\n\nExports could resume within a month.",
         "Exports could resume within a month", False),
    ],
)
def test_reported_speech_continues_in_its_shifted_tense(text, fragment, inherited) -> None:
    c = _find(extract_claims(text), fragment)
    assert c.attribution.inherited is inherited
    if inherited:
        assert c.attribution.source in ("Xinhua", "The ministry")


@pytest.mark.parametrize(
    ("second", "inherited"),
    [
        ("Kim toured production lines and praised the workers.", True),  # the lede's subject acting on: KCNA's account
        ("Kim has ruled the country since 2011.", False),  # the reporter's background
        ("Analysts toured the region last year.", False),  # someone the report did not name
    ],
)
def test_a_state_media_lede_runs_into_the_next_paragraph(second, inherited) -> None:
    lede = "North Korean leader Kim Jong Un visited a fertiliser plant, the state news agency KCNA reported."
    text = f"{lede}\n\n{second}\n"
    c = _find(extract_claims(text), second.split()[1])
    assert c.attribution.inherited is inherited
    if inherited:
        assert c.attribution.canonical == "KCNA"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description before a name with no comma after it describes what comes before, not the speaker
        ("The fee will repay a loan for a new water intake, a project costing 96 million lempiras, Mayor Rigoberto "
         "Funes said after the vote.",
         [("The fee will repay a loan for a new water intake, a project costing 96 million lempiras",
           "Mayor Rigoberto Funes")]),
        # the speaker goes on: "..., arguing that ..." after what the source said is the source's too
        ("The hotel's owner, Sahel Leisure Group, said it would appeal to the court in Tunis, arguing that the "
         "ruling put 85 seasonal jobs at risk.",
         [("Sahel Leisure Group would appeal to the court in Tunis", "The hotel's owner, Sahel Leisure Group"),
          ("The ruling put 85 seasonal jobs at risk", "The hotel's owner, Sahel Leisure Group")]),
        # an aside inside a report, then its infinitive: one report
        ("The company expects a new production line at its Lae plant, costing 40 million kina, to begin operating "
         "in 2026.",
         [("A new production line at its Lae plant, costing 40 million kina, to begin operating in 2026",
           "The company")]),
        # a sentence's first word before a plural and a past verb opens one subject
        ("Flash floods swept through Honiara on Sunday, killing three people.",
         [("Flash floods swept through Honiara on Sunday", None), ("Flash floods killed three people", None)]),
    ],
)
def test_who_says_what_where_asides_and_participles_go_on(sentence: str, expected: list) -> None:
    got = [(c.text, c.attribution.source) for c in extract_claims(sentence)]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # an aside narrowing the subject is no list
        ("Exports to Peru, mostly milk and yoghurt, rose 31 percent.",
         ["Exports to Peru, mostly milk and yoghurt, rose 31 percent"]),
        # an act, then a passive act of the same subject: two claims
        ("The stoppage began at 3 a.m. and was called by the transport union.",
         ["The stoppage began at 3 a.m", "The stoppage was called by the transport union"]),
        # two passives stay one claim
        ("Three people were injured and were taken to hospital.",
         ["Three people were injured and were taken to hospital"]),
    ],
)
def test_asides_and_passive_second_acts(text: str, claims: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == claims


def test_a_summing_phrase_keeps_a_figure_with_a_thousands_comma_whole():
    text = "About 640 workers walked off the job on Monday, the first strike at the 1,040-room hotel in two decades."
    assert [c.text for c in extract_claims(text)] == [
        "About 640 workers walked off the job on Monday",
        "It was the first strike at the 1,040-room hotel in two decades",
    ]


def test_a_count_before_a_list_counts_the_whole_list_and_its_verb_stays_a_verb():
    # "12,000 hens, ducks and geese" is one count of all three; the verb after the last item is no part of it
    whole = extract_claims("The bureau estimates that 12,000 hens, ducks and geese died in the floods last week.")
    assert [c.text for c in whole] == ["The bureau estimates that 12,000 hens, ducks and geese died in the floods "
                                       "last week"]
    items = extract_claims("The bureau estimates that hens, ducks and geese died in the floods.")
    assert [c.text for c in items] == ["The bureau estimates that hens died in the floods",
                                       "The bureau estimates that ducks died in the floods",
                                       "The bureau estimates that geese died in the floods"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a count keeps the clause it is counted since
        ("Cholera cases in the region have risen to 214 since the outbreak was declared on Dec 20, the officer said.",
         ["Cholera cases in the region have risen to 214 since the outbreak was declared on Dec 20"]),
        # a clause of time after an event is still a fact of its own
        ("Workers began a strike on Thursday after talks broke down on Monday.",
         ["Workers began a strike on Thursday", "Talks broke down on Monday"]),
    ],
)
def test_a_count_keeps_the_clause_it_is_counted_since(text: str, claims: list[str]) -> None:
    from factcheck import extract_claims

    assert [c.text for c in extract_claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a date's comma is no list, and a second verb phrase is no item
        ("The plant opened on March 3, 2021, and employs 300 people.",
         ["The plant opened on March 3, 2021, and employs 300 people"]),
        # one object of two nouns, not two verb phrases
        ("The rise would push cruise and weekend visitors towards cheaper towns.",
         ["The rise would push cruise and weekend visitors towards cheaper towns"]),
        ("The campaign will run for six weeks and target children in rural schools.",
         ["The campaign will run for six weeks", "The campaign will target children in rural schools"]),
        # a participle aside on a noun and its "of"
        ("The team of five researchers, led by biologist Ines Figueira, first collected shells in 2019.",
         ["The team of five researchers first collected shells in 2019",
          "The team of five researchers was led by biologist Ines Figueira"]),
        # a closing appositive on a common noun
        ("Sardinia has more than 7,000 nuraghi, the stone towers built by its Bronze Age inhabitants.",
         ["Sardinia has more than 7,000 nuraghi", "Nuraghi are the stone towers built by its Bronze Age inhabitants"]),
        ("The fire destroyed the old mill, a landmark of the town.",
         ["The fire destroyed the old mill", "The old mill is a landmark of the town"]),
        ("Unemployment fell to 3.2 million, a level not seen since 2008.",
         ["Unemployment fell to 3.2 million, a level not seen since 2008"]),
        # a named source's title is the reporter's claim
        ("Marco Floris, president of the hoteliers' association, said the rise would hurt trade.",
         ["Marco Floris is president of the hoteliers' association", "The rise would hurt trade"]),
        # and what was done with a document that is the source
        ("The study, published in the journal Andean Earth Science on May 6, estimates that the remaining ice covers "
         "about 9.6 square kilometres.",
         ["The study was published in the journal Andean Earth Science on May 6",
          "The remaining ice covers about 9.6 square kilometres"]),
        ("The report, released on Tuesday by the ministry, said exports rose 5%.",
         ["The report was released on Tuesday by the ministry", "Exports rose 5%"]),
    ],
)  # fmt: skip
def test_dates_objects_asides_appositives_and_titles(text: str, claims: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == claims


def test_a_closing_according_to_covers_a_verb_phrase_sharing_the_subject() -> None:
    claims = extract_claims("The new rate will apply from January 1, 2026, and will be charged for at most seven "
                            "nights, according to a statement from the council.")
    assert len(claims) == 1 and claims[0].attribution.cue == "according to"
    two = extract_claims("The rate rose in May, and the tax will be charged for seven nights, according to the "
                         "council.")
    assert [c.attribution.is_attributed for c in two] == [False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before the source's comma is the content's, not a name the source describes
        ("Hospitals have recorded 412 cases since January, the regional health office said on Tuesday.",
         [("Hospitals have recorded 412 cases since January", "the regional health office",
           "the regional health office")]),
        # a name after an officer's role is the officer's
        ("Solbakken took 31 million kroner, according to Lyngstad's mayor, Kari Nesheim.",
         [("Solbakken took 31 million kroner", "Lyngstad's mayor, Kari Nesheim", "Kari Nesheim")]),
        # the name a source goes by
        ("Four people are missing, according to the agency, known as BNPB.",
         [("Four people are missing", "the agency, known as BNPB", "BNPB")]),
        # an opening phrase that frames the report is no content
        ("Citing the judgment, Hoekstra said about 2,000 other homeowners could now press for payment.",
         [("About 2,000 other homeowners could now press for payment", "Hoekstra", "Hoekstra")]),
        # a participle opening a sentence is no firm for "the bank"
        ("Rising prices hurt demand, the bank said.", [("Rising prices hurt demand", "the bank", "the bank")]),
        # a short clause of time is no fact of its own
        ("Shares dropped 9.1% in Toronto trading after the results.",
         [("Shares dropped 9.1% in Toronto trading after the results", None, None)]),
        ("Three children have died since the outbreak began.",
         [("Three children have died since the outbreak began", None, None)]),
        ("More than 100 people were treated in hospital after drinking contaminated water.",
         [("More than 100 people were treated in hospital after drinking contaminated water", None, None)]),
    ],
)  # fmt: skip
def test_dates_officers_known_names_framing_openers_and_short_clauses(text: str, expected: list) -> None:
    assert [(c.text, c.attribution.source, c.attribution.canonical) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "source", "canonical"),
    [
        ("Projects will get contracts for 20 years, the Ministry of Trade, Industry and Energy said on Friday.",
         "the Ministry of Trade, Industry and Energy", "the Ministry of Trade, Industry and Energy"),
        ("Latvia recorded 212 cases this year, the Centre for Disease Prevention and Control (SPKC) said.",
         "the Centre for Disease Prevention and Control (SPKC)", "SPKC"),
        ("Nine people have died this year, according to District Medical Officer (Health) Dr. P.K. Anilkumar.",
         "District Medical Officer (Health) Dr. P.K. Anilkumar", "Dr. P.K. Anilkumar"),
        ('"Our rivers work for our people," Energy and Mines Minister Khamphet Sounthala said at the ceremony.',
         "Energy and Mines Minister Khamphet Sounthala", "Khamphet Sounthala"),
        ("Kieta Agro's lawyer, Nathan Sipisi, told reporters that the company would appeal.",
         "Kieta Agro's lawyer, Nathan Sipisi", "Nathan Sipisi"),
        ('"Buyers are holding out for lower rates," said Kauri\'s head of research, Tamsin Reyes-Holloway.',
         "Kauri's head of research, Tamsin Reyes-Holloway", "Tamsin Reyes-Holloway"),
        ("The tram was carrying about 40 passengers, according to the operator, Eléctricos de Lisboa.",
         "the operator, Eléctricos de Lisboa", "Eléctricos de Lisboa"),
        ("The company had spent 2.3 billion shillings on the extension, its lawyer told the court during sentencing.",
         "its lawyer", "its lawyer"),
        # a trade in lower case before the name
        ("The causeway will be finished by 2027, site engineer Paolo Rossi said.", "site engineer Paolo Rossi",
         "Paolo Rossi"),
        # a group described, then named
        ("A nurses' group, the Western Cape Nurses' Association, said the closures reflected chronic understaffing.",
         "A nurses' group, the Western Cape Nurses' Association", "the Western Cape Nurses' Association"),
        # a name with an honorific after an office, and another spelling in brackets
        ("District Medical Officer North, Dr Tevita Lomu (also spelt Tevita Lomo), said young men were the worst "
         "affected.", "District Medical Officer North, Dr Tevita Lomu (also spelt Tevita Lomo)", "Dr Tevita Lomu"),
    ],
)  # fmt: skip
def test_portfolios_brackets_roles_and_names_in_sources(text: str, source: str, canonical: str) -> None:
    (claim,) = [c for c in extract_claims(text) if c.attribution.is_attributed]
    assert (claim.attribution.source, claim.attribution.canonical) == (source, canonical)
    assert len(extract_claims(text)) == 1 or all(c.attribution.is_attributed or " is " in c.text
                                                for c in extract_claims(text))


def test_the_operator_named_after_its_role_is_a_body() -> None:
    (claim,) = extract_claims("The tram left the rails, according to the operator, Eléctricos de Lisboa.")
    assert claim.attribution.source_kind is SourceKind.OFFICIAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction left at a piece's end is dropped
        ("Shopkeepers said sales had fallen since construction began, citing blocked parking and diverted traffic, "
         "and several said they had not been paid.",
         ["Shopkeepers cited blocked parking and diverted traffic", "Sales had fallen since construction began",
          "They had not been paid"]),
        # a clause of time set off after the source goes on with the report
        ("Two people died, the police said, after a car was swept off a fording near Seaforth.",
         ["Two people died", "After a car was swept off a fording near Seaforth"]),
        # a colon after a closing source opens what it went on to say
        ("Three people died, the police said: a driver swept off a fording near Seaforth and two hikers.",
         ["Three people died", "A driver swept off a fording near Seaforth and two hikers"]),
        # a short clause with a demonstrative subject is no fact of its own
        ("The council asked operators not to expect refunds before that case was heard.",
         ["The council asked operators not to expect refunds before that case was heard"]),
    ],
)  # fmt: skip
def test_dangling_conjunctions_resumed_clauses_and_short_clauses(text: str, expected: list[str]) -> None:
    claims = extract_claims(text)
    assert sorted(c.text for c in claims) == sorted(expected)
    assert all(c.attribution.canonical == "the police" for c in claims if "police" in text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two men still at large were named as Darren Whitcomb, 34, and Lee Mahony, 29.",
         ["The two men still at large were named as Darren Whitcomb, 34, and Lee Mahony, 29"]),
        ("Nine workers were injured, and about 3,000 residents were evacuated.",
         ["Nine workers were injured", "About 3,000 residents were evacuated"]),
        ("The tunnel opened in March, and the project cost $2.1 billion.",
         ["The tunnel opened in March", "The project cost $2.1 billion"]),
        # the verb after an aside on the subject
        ("Quebec produces 72 per cent of the world's syrup, and the reserve, held in warehouses, was created in 2000.",
         ["Quebec produces 72 per cent of the world's syrup", "The reserve was created in 2000",
          "The reserve was held in warehouses"]),
    ],
)  # fmt: skip
def test_a_name_after_and_is_no_clause_without_a_verb(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == expected


def test_a_named_head_of_an_office_stays_an_official_when_named_again() -> None:
    text = ("Six victims had not been vaccinated, according to the head of the health office, Yohanes Deta. "
            "The office has ordered 10,000 more doses, Deta said.")
    assert [c.attribution.source_kind for c in extract_claims(text)] == [SourceKind.OFFICIAL, SourceKind.OFFICIAL]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But Megan Hester, senior associate at the institute, said parents still want neighbourhood schools.",
         "Megan Hester is senior associate at the institute"),
        ("As Steven Rosenthal, a tax lawyer at the centre, recently put it, the rules are loose.",
         "Steven Rosenthal is a tax lawyer at the centre"),
    ],
)  # fmt: skip
def test_a_conjunction_before_a_name_is_no_part_of_it(text: str, expected: str) -> None:
    assert expected in [c.text for c in extract_claims(text)]


def test_a_phrase_of_which_is_no_appositive() -> None:
    text = "The rules will be decided by the Supreme Court, the composition of which depends on the election."
    assert not any(c.text.startswith("Supreme Court is") for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nationalities before one noun: each item takes the noun; "of" inside a word is no part of a name
        ("The delegation included Kenyan, Ugandan and Tanzanian officials.",
         ["The delegation included Kenyan officials", "The delegation included Ugandan officials",
          "The delegation included Tanzanian officials"]),
        # a list of names before ", and" is no clause
        ("Polish, Ukrainian, and Lithuanian Americans combined make up 5% of the state's population.",
         ["Polish, Ukrainian, and Lithuanian Americans combined make up 5% of the state's population"]),
    ],
)  # fmt: skip
def test_lists_of_nationalities(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == expected


def test_an_appositive_holding_a_decimal_is_whole() -> None:
    text = "Tartu, a city of about 1.3 million visitors a year, has closed its old port."
    texts = [c.text for c in extract_claims(text)]
    assert "Tartu is a city of about 1.3 million visitors a year" in texts
    assert not [t for t in texts if t.endswith(" 1")]
    texts = [c.text for c in extract_claims("Narva, a town of about 53,000 people, has a new bridge.")]
    assert "Narva is a town of about 53,000 people" in texts


def test_a_name_of_words_that_read_as_verbs_opens_a_list_whole() -> None:
    texts = sorted(c.text for c in extract_claims("The mill sells to the United States, Chile and Peru."))
    assert texts == ["The mill sells to Chile", "The mill sells to Peru", "The mill sells to the United States"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside on a share of the source is no source
        ("Farmers in the lower valley, many of them growing rice on drained swamp, say they have lost two harvests.",
         [("They have lost two harvests", "Farmers in the lower valley")]),
        # whom a closing report cites is its chain, no claim
        ("Kotka has had three harbour fires this year, local media have reported, citing fire service data, and "
         "dockers have long complained of old wiring.",
         [("Kotka has had three harbour fires this year", "local media"),
          ("Dockers have long complained of old wiring", None)]),
        # what the source went on to do, past whom it cited
        ("The tenants' association said the rise would hit pensioners hardest, citing its own survey, and urged the "
         "council to cap rents.",
         [("The rise would hit pensioners hardest", "The tenants' association"),
          ("The tenants' association urged the council to cap rents", None)]),
    ],
)  # fmt: skip
def test_shares_citations_and_what_the_source_went_on_to_do(text: str, expected: list) -> None:
    assert sorted(((c.text, c.attribution.source) for c in extract_claims(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expectation told as its object and an infinitive, the object's participle no verb
        ("The board expects the two closed wards to reopen in May, once new staff finish training.",
         [("The two closed wards will reopen in May, once new staff finish training", "The board")]),
        ("The board expects that the wards will reopen in May.", [("The wards will reopen in May", "The board")]),
        # people cited for what they did are a reason, no source
        ("The region has a vacancy rate of 19 per cent, Moreau said, citing teachers who had left for the capital.",
         [("The region has a vacancy rate of 19 per cent", "Moreau"),
          ("Moreau cited teachers who had left for the capital", None)]),
    ],
)  # fmt: skip
def test_expectations_and_reasons_cited(text: str, expected: list) -> None:
    assert sorted(((c.text, c.attribution.source) for c in extract_claims(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("The province would fill 90 posts, Education MEC Thandi Mokoena said.", "Thandi Mokoena", SourceKind.OFFICIAL),
        ("Sales rose 9 per cent, Tanaka Seika, the Sendai-based maker of rice crackers, said.", "Tanaka Seika",
         SourceKind.OFFICIAL),
    ],
)
def test_office_titles_and_makers(text: str, canonical: str, kind: SourceKind) -> None:
    (claim,) = [c for c in extract_claims(text) if c.attribution.is_attributed]
    assert (claim.attribution.canonical, claim.attribution.source_kind) == (canonical, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the note that a source would not be named is no claim
        ("A porter at the depot, who did not want to be named, said the night shift had been cut.",
         [("The night shift had been cut", "A porter at the depot")]),
        # a phrase after a closing "according to" is no claim of its own
        ("About 90 dockers stopped work on Friday, according to the union, in a pay dispute with the port company.",
         [("About 90 dockers stopped work on Friday", "the union")]),
        # whom and where a closing "told" names
        ("The harvest will start on May 4, the co-op chairman told farmers at a meeting at the Mossel Bay depot.",
         [("The harvest will start on May 4", "the co-op chairman")]),
        # an estimate putting a figure on something is the whole claim
        ("The survey estimates the valley's lynx population at about 140 animals.",
         [("The survey estimates the valley's lynx population at about 140 animals", None)]),
        # two places after a group and its preposition are one subject
        ("Schools in Rouen and Le Havre reported absences of up to a quarter of pupils on Monday.",
         [("Schools in Rouen and Le Havre reported absences of up to a quarter of pupils on Monday", None)]),
        # what was reported as a record, then whose word it is
        ("The co-operative reported a loss of 2.1 million euros, according to a filing.",
         [("The co-operative reported a loss of 2.1 million euros", "a filing")]),
        # what a thing is described as is no clause of time
        ("The harbour master described the swell as the worst he had seen.",
         [("The harbour master described the swell as the worst he had seen", None)]),
        # a second verb phrase after an aside takes the subject of the first
        ("The depot cost $12 million to build, according to the council, and was paid for by a state loan.",
         [("The depot cost $12 million to build", "the council"),
          ("The depot was paid for by a state loan", "the council")]),
    ],
)  # fmt: skip
def test_leftovers_closing_phrases_estimates_and_shared_subjects(text: str, expected: list) -> None:
    assert sorted(((c.text, c.attribution.source) for c in extract_claims(text)), key=str) == sorted(expected, key=str)


def test_the_first_of_two_surnames_names_the_person_again() -> None:
    text = ('Frost had cut yields, chief executive Tomás Herrera Pinto said. "The frost has not gone away," Herrera '
            "said.")
    assert [c.attribution.canonical for c in extract_claims(text)] == ["Tomás Herrera Pinto"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how and where a source spoke is no claim
        ('"The books were his wallet," Judge Rocha said as she read out the verdict.',
         ['"The books were his wallet."']),
        ("A porter at the depot, speaking on condition of anonymity, said the night shift had been cut.",
         ["The night shift had been cut"]),
        ('"We are exhausted," said the union secretary, Moira Kerr, speaking outside the main entrance.',
         ['"We are exhausted."']),
        ('"No delays," director Ines Baptista said at a briefing at the provincial capitol.', ['"No delays."']),
        # ... but a clause opening the same way is one
        ("When she arrived at the station the trains had stopped.",
         ["When she arrived at the station the trains had stopped"]),
        ("At a meeting in Lyon the council approved the budget.",
         ["At a meeting in Lyon the council approved the budget"]),
        # a document's addressee is part of the source; what the source cited after where it spoke
        ("Revenue rose to 9.2 billion pesos, according to the company's disclosure to the Philippine Stock Exchange.",
         ["Revenue rose to 9.2 billion pesos"]),
        ('"No shortcuts," regional director Ines Baptista said at a briefing, citing a redesign of the ramp.',
         ['"No shortcuts."', "Regional director Ines Baptista cited a redesign of the ramp"]),
        # an aside between a subject and its modal verb
        ("Work on the first phase, raising the dikes in the old town, will begin in spring 2027, the board said.",
         ["Work on the first phase, raising the dikes in the old town, will begin in spring 2027"]),
    ],
)  # fmt: skip
def test_notes_on_speaking_and_asides_before_a_modal(text: str, expected: list) -> None:
    claims = extract_claims(text)
    assert [c.text for c in claims] == expected
    if "disclosure" in text:
        assert claims[0].attribution.source == "the company's disclosure to the Philippine Stock Exchange"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restrictive "when" after a noun of time tells which seasons: one claim
        ("Oil yields fell by 23 per cent in seasons when temperatures rose above 32C for three days, the study found.",
         ["Oil yields fell by 23 per cent in seasons when temperatures rose above 32C for three days"]),
        # what a count is made of is no list of counts
        ("Suresh Thevarajah said the service had carried about 14,800 passengers last season, most of them pilgrims, "
         "traders and families visiting relatives.",
         ["The service had carried about 14,800 passengers last season, most of them pilgrims, traders and families "
          "visiting relatives"]),
        # a second verb phrase inside a clause of time is that clause's, not the main subject's
        ("Floodwaters were receding on Tuesday after two days of torrential rain burst the banks of the river and "
         "swamped villages around the town of Suai.",
         ["Floodwaters were receding on Tuesday after two days of torrential rain burst the banks of the river and "
          "swamped villages around the town of Suai"]),
        # ... and a main clause's second verb phrase is no clause of time's
        ("The fire was reported after midnight and was put out by dawn.",
         ["The fire was reported after midnight", "The fire was put out by dawn"]),
        # what the subject did next, cut off by a closing source, is no claim of its own
        ("Methane emissions rose by about 40 percent in the first three years, the study found, before levelling off "
         "as mosses recovered.", ["Methane emissions rose by about 40 percent in the first three years"]),
        ("Before closing the plant, the company paid all its workers.",
         ["Before closing the plant, the company paid all its workers"]),
        # a gerund in a list is a noun, no act of the subject's
        ("The council allotted 3.5 million pesos for larvicide, fogging and a cleanup drive.",
         ["The council allotted 3.5 million pesos for larvicide, fogging and a cleanup drive"]),
        # "said A and that B", B opening with a bare noun
        ("EPTL said in a statement that loading was continuing with supervisory staff and that reserve stocks at "
         "filling stations would last about 10 days.",
         ["Loading was continuing with supervisory staff", "Reserve stocks at filling stations would last about 10 "
          "days"]),
    ],
)  # fmt: skip
def test_clauses_of_time_lists_and_tails_are_cut_where_they_end(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a source cited after when it spoke is its chain, no claim of its own
        ("Authorities placed the centre under quarantine, health officials said on Tuesday, citing laboratory results "
         "from Ulaanbaatar.", [("Authorities placed the centre under quarantine", "health officials")]),
        # (what sums up the report after when it was made stays a claim)
        ("Kenya will raise its minimum wage by 6%, Labour Cabinet Secretary Grace Wanjiru announced in Nairobi on "
         "Thursday, the first increase since 2022.",
         [("Kenya will raise its minimum wage by 6%", "Labour Cabinet Secretary Grace Wanjiru"),
          ("The first increase since 2022", None)]),
        # ... and after a closing "according to X": whom X cites is the chain, what it cites as a reason its claim
        ("Silt from the quarries has cut the fish catch by about half since 2019, according to the Eastern Hills Press "
         "Service (EHPS), citing members of the society.",
         [("Silt from the quarries has cut the fish catch by about half since 2019",
           "the Eastern Hills Press Service (EHPS)")]),
        ("The authority closed the ports to shipping on Saturday evening, according to a statement from the authority, "
         "citing wind gusts of up to 60 kilometres an hour.",
         [("The authority closed the ports to shipping on Saturday evening", "a statement from the authority"),
          ("A statement from the authority cited wind gusts of up to 60 kilometres an hour", None)]),
    ],
)  # fmt: skip
def test_what_a_closing_source_cites_is_its_chain_or_its_reason(text: str, expected: list) -> None:
    claims = extract_claims(text)
    assert [(c.text, c.attribution.source) for c in claims] == expected
    if "members of the society" in text:
        assert claims[0].attribution.chain[-1] == "members of the society"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patients a hospital admitted are no concession: the closing speaker is the source
        ("Rivera's public hospital has admitted 23 dengue patients since February, two of them to intensive care, "
         "hospital director Alejandra Sosa Ferreira told reporters.",
         [("Rivera's public hospital has admitted 23 dengue patients since February, two of them to intensive care",
           "hospital director Alejandra Sosa Ferreira")]),
        # what calls reported is what the calls told of, no source's report
        ("The agency received 640 emergency calls on Monday, most of them reporting cracks in walls.",
         [("The agency received 640 emergency calls on Monday, most of them reporting cracks in walls", None)]),
        # the agency's name after "according to the agency," is the source's; "three of them when ..." one claim
        ("Five people died, three of them when a hillside collapsed onto houses in Sussuarana, according to the "
         "agency, Defesa Civil de Salvador (DCS).",
         [("Five people died, three of them when a hillside collapsed onto houses in Sussuarana",
           "the agency, Defesa Civil de Salvador (DCS)")]),
        # "building sites" is a noun in a list, no second act
        ("Heavy rain fell in February, leaving standing water in yards, tyre dumps and building sites.",
         [("Heavy rain fell in February", None),
          ("This left standing water in yards, tyre dumps and building sites", None)]),
        # the clause after a closing source's "as" is a claim without its "as"
        ("Djerba received 1.2 million visitors in the first half, the tourism commissariat said, as European "
         "holidaymakers returned in force.",
         [("Djerba received 1.2 million visitors in the first half", "the tourism commissariat"),
          ("European holidaymakers returned in force", None)]),
    ],
)  # fmt: skip
def test_admissions_calls_appositive_names_and_noun_compounds(text: str, expected: list) -> None:
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body reporting its own result, then a clause of what went with it: no report, its own claim
        ("Organisers of the Nuits Boivin festival reported a loss on this summer's edition on Tuesday, even as "
         "attendance set a record.",
         [("Organisers of the Nuits Boivin festival reported a loss on this summer's edition on Tuesday, even as "
           "attendance set a record", None)]),
        # what a wire reported, a clause, stays its report
        ("Yonhap reported North Korea fired two missiles, as tensions rose.",
         [("North Korea fired two missiles, as tensions rose", "Yonhap")]),
    ],
)  # fmt: skip
def test_a_result_reported_before_a_clause_of_what_went_with_it_is_no_report(text: str, expected: list) -> None:
    assert [(c.text, c.attribution.source) for c in extract_claims(text)] == expected


def test_a_relative_clause_on_a_named_thing_with_a_common_head_is_its_own_claim() -> None:
    text = ("The Ghannouch complex, which employs about 4,000 people, turns phosphate rock brought by rail and truck "
            "from the Gafsa basin into fertilisers.")  # fmt: skip
    assert [c.text for c in extract_claims(text)] == [
        "The Ghannouch complex turns phosphate rock brought by rail and truck from the Gafsa basin into fertilisers",
        "The Ghannouch complex employs about 4,000 people"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The West Nile virus, carried by Culex mosquitoes, has been circulating in Italy since 2008.",
         "The West Nile virus was carried by Culex mosquitoes"),
        ("The trials, led by researchers at UCL, followed 400 patients.", "The trials were led by researchers at UCL"),
    ],
)
def test_a_singular_in_s_takes_was(text: str, claim: str) -> None:
    assert claim in [c.text for c in extract_claims(text)]


def test_a_capitalised_common_noun_opening_a_sentence_takes_no_relative_clause_apart() -> None:
    text = "Net surplus, which is shared out among members, reached 74 million reais, the cooperative said."
    assert [c.text for c in extract_claims(text)] == [
        "Net surplus, which is shared out among members, reached 74 million reais"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject with a place or a participle after its noun is shared whole with the participle's claim
        ("Tea pickers across the district stayed away on Wednesday, demanding higher pay.",
         ["Tea pickers across the district stayed away on Wednesday",
          "Tea pickers across the district demanded higher pay"]),
        ("Flash floods pouring down from the hills of India's Meghalaya state have breached embankments across "
         "several wetlands, submerging paddy.",
         ["Flash floods pouring down from the hills of India's Meghalaya state have breached embankments across "
          "several wetlands", "Flash floods pouring down from the hills of India's Meghalaya state submerged paddy"]),
        # a plural noun after "and" and before a preposition ends a list, no second verb phrase
        ("The department plans to open 14 vaccination points in shopping centres and markets by the end of February.",
         ["The department plans to open 14 vaccination points in shopping centres and markets by the end of February"]),
        # a speaker's age and what helped a change along are no claims of their own
        ('"We heard the hill crack," said Furaha Nabintu, 34, whose sister was among the dead.',
         ['"We heard the hill crack."']),
        ("Revenue rose to $7.9 million, according to the annual report, helped by high prices on world markets.",
         ["Revenue rose to $7.9 million"]),
        # a name with particles keeps them before its appositive; a journey's length is no place's
        ("Kahawa Bora ya Kivu, a coffee cooperative based in Bukavu, increased its exports last year.",
         ["Kahawa Bora ya Kivu increased its exports last year", "Kahawa Bora ya Kivu is a coffee cooperative based in "
          "Bukavu"]),
        ("Most of its coffee is trucked to the port of Dar es Salaam, a journey of more than a week.",
         ["Most of its coffee is trucked to the port of Dar es Salaam, a journey of more than a week"]),
    ],
)  # fmt: skip
def test_long_subjects_lists_ages_and_named_appositives(text: str, expected: list) -> None:
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 3 percent in March, said two economists polled by Reuters.",
         [("Prices rose 3 percent in March", "two economists polled by Reuters", "expert")]),
        ("Villagers asked the district administration for help after the flood.",
         [("Villagers asked the district administration for help after the flood", None, "unattributed")]),
    ],
)  # fmt: skip
def test_a_polled_group_is_the_source_and_a_request_reports_nothing(text: str, expected: list) -> None:
    got = [(c.text, c.attribution.source, c.attribution.source_kind.value) for c in extract_claims(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before a list's first item is no part of the item
        ("The regional network serves the North, Centre and Littoral provinces.",
         ["The regional network serves the North", "The regional network serves Centre",
          "The regional network serves Littoral provinces"]),
        # what a whole is made of stays one claim; so does what a list of names does together
        ("About 200 hectares of orchards, mostly apples, pears and plums, were lost to the frost.",
         ["About 200 hectares of orchards, mostly apples, pears and plums, were lost to the frost"]),
        ("Kenya, Uganda and Tanzania, the three partner states, together run the lake authority.",
         ["Kenya, Uganda and Tanzania, the three partner states, together run the lake authority"]),
        # a list inside the subject's aside stays with it
        ("The valley, home to the villages of Arsi, Bela and Tumo, is the district's main grain area.",
         ["The valley, home to the villages of Arsi, Bela and Tumo, is the district's main grain area"]),
        # a participle with its object after the last item is shared by every item
        ("Nine farms were flooded, with rice, maize and beans taking the heaviest losses.",
         ["Nine farms were flooded, with rice taking the heaviest losses",
          "Nine farms were flooded, with maize taking the heaviest losses",
          "Nine farms were flooded, with beans taking the heaviest losses"]),
        # two sports after one participle are its object, no second act
        ("The town has courted visitors, staging kitesurfing and climbing contests every winter.",
         ["The town has courted visitors", "The town staged kitesurfing and climbing contests every winter"]),
        # a change after a relative clause's verb stays with the main claim
        ("Some 61% of the seedlings that were planted survived, up from 40% last year.",
         ["Some 61% of the seedlings that were planted survived, up from 40% last year"]),
        # a second thing said after the reason given: "..., citing X, but that Y"
        ("The secretary said exports had fallen, citing weak demand, but that the quota would stay.",
         ["The secretary cited weak demand", "Exports had fallen", "The quota would stay"]),
    ],
)  # fmt: skip
def test_lists_that_are_no_lists_and_participles_of_sports(text: str, expected: list) -> None:
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" inside a body's name; an auxiliary is no part of the participle's subject
        ("The national Food and Drug Inspection Body said it had closed two bakeries.",
         [("It had closed two bakeries", "The national Food and Drug Inspection Body", "official")]),
        ("The Fire and Rescue Executive said it was reviewing the plan.",
         [("It was reviewing the plan", "The Fire and Rescue Executive", "official")]),
        ("Kisumu's county assembly has passed the budget, saying the money will fix roads.",
         [("Kisumu's county assembly has passed the budget", None, "unattributed"),
          ("The money will fix roads", "Kisumu's county assembly", "official")]),
        # a delegation, a chamber; a border post is no newspaper
        ("Exports fell 4%, the regional chamber of commerce said.",
         [("Exports fell 4%", "the regional chamber of commerce", "official")]),
        ("Nine people died, the provincial health delegation said.",
         [("Nine people died", "the provincial health delegation", "official")]),
        ("A farmer waiting at the border post said the gate was shut.",
         [("The gate was shut", "A farmer waiting at the border post", "person")]),
        # a speaker who goes on "arguing that ..." after a possessive subject is still the speaker, not "His"
        ("His lawyer, Omar Diallo, said the defence would appeal within a week, arguing that the audit was flawed.",
         [("The defence would appeal within a week", "His lawyer, Omar Diallo", "person"),
          ("The audit was flawed", "His lawyer, Omar Diallo", "person")]),
    ],
)  # fmt: skip
def test_bodies_named_with_and_and_short_subjects_of_participles(text: str, expected: list) -> None:
    got = [(c.text, c.attribution.source, c.attribution.source_kind.value) for c in extract_claims(text)]
    assert got == expected


def test_a_bodys_name_with_a_comma_is_no_list() -> None:
    text = ("The government would seek 2.5 million euros from the European Maritime, Fisheries and Aquaculture Fund "
            "to compensate trawler owners, Tiit Rannamae said.")  # fmt: skip
    (claim,) = extract_claims(text)
    assert "European Maritime, Fisheries and Aquaculture Fund to compensate" in claim.text
    assert len(extract_claims("The storm hit Germany, France and Denmark on Monday.")) == 3  # a list still


def test_a_firms_name_with_and_and_its_short_name_stays_whole() -> None:
    text = ("LAMPANG, May 2 - Lanna Cane and Power Pcl (LCP), the largest miller in the province, reported a net "
            "profit of 410 million baht for the January-March quarter, according to a filing.")  # fmt: skip
    assert [c.text for c in extract_claims(text)] == [
        "Lanna Cane and Power Pcl (LCP) reported a net profit of 410 million baht for the January-March quarter",
        "Lanna Cane and Power Pcl (LCP) is the largest miller in the province",
    ]
    (claim,) = extract_claims("Lanna Cane and Power Pcl reported a net profit of 410 million baht.")
    assert claim.text.startswith("Lanna Cane and Power Pcl reported")
    # two names joined, no firm's one: no appositive of the pair
    (pair,) = extract_claims("Ban Kok and Ban Dong, the two villages nearest the dam, were evacuated on Monday.")
    assert pair.text.startswith("Ban Kok and Ban Dong, the two villages")


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        # names of places closed by their plural sort: one act in them all
        ("The department has begun surveying damaged orchards in Khairpur, Sukkur and Naushahro Feroze districts to "
         "decide who qualifies for help.", 1),
        ("Rationing hit homes in Mtwara, Lindi and Ruvuma regions for three months.", 1),
        # ... a plain list of places is split
        ("The department has begun surveying damaged orchards in Khairpur, Sukkur and Naushahro Feroze to decide who "
         "qualifies for help.", 3),
    ],
)
def test_places_closed_by_their_plural_sort_are_no_list(sentence: str, n: int) -> None:
    assert len(extract_claims(sentence)) == n


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a noun of what is expected done, not a second verb: "houses to be completed"
        ("The administration expects surveys of damaged crops and houses to be completed within 15 days, the "
         "collector said.",
         ["The administration expects surveys of damaged crops and houses to be completed within 15 days"]),
        # two verbs of one subject still make two claims
        ("The company operates 12 stores and plans to open three more by June.",
         ["The company operates 12 stores", "The company plans to open three more by June"]),
    ],
)
def test_a_noun_wanted_done_is_no_second_verb(sentence: str, texts: list) -> None:
    assert [c.text for c in extract_claims(sentence)] == texts


def test_a_change_after_a_credit_is_told_of_the_figure_before_it() -> None:
    text = ("The airport handled a record 812,400 passengers in 2024, the airport said on Thursday, up 31% from the "
            "previous year as low-cost carriers added routes.")
    (claim,) = extract_claims(text)
    assert claim.text == ("The airport handled a record 812,400 passengers in 2024, up 31% from the previous year as "
                          "low-cost carriers added routes")
    assert [text[a:b] for a, b in claim.spans] == [
        "The airport handled a record 812,400 passengers in 2024",
        "up 31% from the previous year as low-cost carriers added routes",
    ]
    assert claim.attribution.source == "the airport"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a passive appositive set up in a year, before "is"
        ("The cooperative, set up in 1972, is one of the largest in the region.",
         ["The cooperative is one of the largest in the region", "The cooperative was set up in 1972"]),
        # a subject of several words before an irregular past, shared by the participle after it
        ("Bus drivers on the city's northern routes began a strike on Monday, halting services on four lines.",
         ["Bus drivers on the city's northern routes began a strike on Monday",
          "Bus drivers on the city's northern routes halted services on four lines"]),
    ],
)  # fmt: skip
def test_a_set_up_appositive_and_a_long_subject_before_an_irregular_past(text: str, claims: list[str]) -> None:
    assert [c.text for c in extract_claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a list of places ending the content, then the speaker: no appositive of the last place
        ("About 400 people were moved to schools in Tema and Ada, the agency said.",
         "About 400 people were moved to schools in Tema and Ada", "the agency"),
        # a body's name given as an aside before the cue
        ("Tourists spent 40 million cedis during the week, the directorate, known as GTD, said in a report.",
         "Tourists spent 40 million cedis during the week", "the directorate, known as GTD"),
    ],
)  # fmt: skip
def test_a_list_ending_in_a_name_and_a_known_as_aside_before_the_cue(text: str, content: str, source: str) -> None:
    (claim,) = extract_claims(text)
    assert claim.text == content
    assert claim.attribution is not None
    assert text[claim.attribution.source_start : claim.attribution.source_end] == source
