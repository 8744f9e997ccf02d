"""Rival figures: another value for a claim's figure, in a passage worded otherwise."""

import pytest

from factcheck.rivals import rival_dates, rival_figures


@pytest.mark.parametrize(
    ("claim", "passage", "pairs"),
    [
        ("About 260 council computers were affected", "Staff said closer to 400 machines had been encrypted.", [("260", "400")]),
        ("The project cost about $38 million", "Filings put the total cost at about $45 million.", [("$38 million", "$45 million")]),
        ("This forced the evacuation of about 1,200 residents",
         "Officials said some 2,000 people living near the plant were moved out of their homes.", [("1,200", "2,000")]),
        # twice as large or more, a share, a bound, a remainder, a compound, a title: no rival
        ("About 260 council computers were affected", "Staff said 4,000 machines had been encrypted.", []),
        ("Turnout was 78 percent", "The governor won 74 percent of the vote.", []),
        # a bound that rules the claim's figure out is a rival; one that the figure fits states it
        ("About 260 council computers were affected", "Staff said more than 300 machines had been encrypted.",
         [("260", "300")]),
        ("About 260 council computers were affected", "Staff said up to 300 machines had been encrypted.", []),
        # a claim's bound has rivals below it, though another unit's figure would fit it ("72-hour")
        ("More than 40 ships were waiting at anchor", "Tracking data showed 27 vessels waiting during the 72-hour strike.",
         [("40", "27")]),
        # ... but not one in a sentence dated to another year: another time's count
        ("A scheme to protect more than 3,000 homes began on Monday",
         "The city has not flooded since January 2019, when water entered around 2,000 homes.", []),
        # a bound in another unit states no figure: "upwards of 3,000 homes" is not the scheme's cost
        ("A 48 million pound scheme will protect more than 3,000 homes",
         "The scheme, which will cost £44 million, is designed to shield upwards of 3,000 homes.",
         [("48 million", "£44 million")]),
        # a vote has one tally
        ("The bill passed by 52 votes to 36", "The bill cleared parliament by a margin of 49 to 36.",
         [("52 votes to 36", "49 to 36")]),
        ("The bill passed by 52 votes to 36", "It was adopted with 49 deputies in favour and 36 against.",
         [("52 votes to 36", "49 deputies in favour and 36 against")]),
        # ... a game's points and the series' games are two results
        ("Ras Beirut beat Tripoli Mina 88-81 in the fifth game", "Ras Beirut win the final series 3-2.", []),
        ("She won a four-way race", "She beat the mayor and three other candidates.", []),
        # a count in a compound has rivals in compounds of the same word
        ("The hospital has opened a 40-bed ward for dengue patients",
         "The hospital has turned a surgical ward into a 24-bed unit for dengue patients.", [("40", "24")]),
        ("The hospital has opened a 40-bed ward for dengue patients", "Some 24 nurses staff the dengue ward.", []),
        ("In a four-way race, 74 percent would choose Clinton", "In a two-way race, Clinton leads by 49 to 47.", []),
        # an offer's rival is another offer, not the other side's demand
        ("Management has offered 2.5 per cent, backdated to January",
         "The company has proposed a general increase of 3 per cent, backdated to January.",
         [("2.5 per cent", "3 per cent")]),
        ("Management has offered 2.5 per cent, backdated to January", "The union is demanding 4 per cent.", []),
        ("Apollo 11 landed on the Moon", "Apollo 12 landed on the Moon.", []),
        # the passage gives the claim's figure too: its other figures are other facts
        ("Processors now pay 900 shillings a litre", "Processors who paid 1,200 shillings a litre in February now offer 900.", []),
        # counts of different fates
        ("Rescue teams brought 23 miners out alive", "Union officials said 14 miners had died in the collapse.", []),
        ("The tram was carrying about 40 passengers", "A tram derailed on Sunday, injuring 24 people.", []),
        ("The earthquake killed 19 people", "Officials said 31 people died in the quake.", [("19", "31")]),
        ("Around 1,200 homes were damaged", "A tally puts the number of damaged houses at about 850.",
         [("1,200", "850")]),
        # a passage figure equal to another of the claim's is that one's
        ("The report puts the harvest at 6.1 million tonnes, against 8.5 million tonnes last year",
         "Farmers are expected to bring in 6.1 million tonnes of wheat, 28 percent down on last year.", []),
        # ... and a floor is ruled out by a count below it, not stated by a count of other things far above it
        ("More than 480 flights were cancelled, stranding about 60,000 travellers",
         "On Monday, 312 flights were cancelled. An estimated 40,000 passengers were affected.",
         [("480", "312"), ("60,000", "40,000")]),
        # small counts must count the same thing
        ("Four tugboats pulled the vessel clear", "Data showed car carriers and two product tankers at anchor.", []),
        ("Three crew members were taken to hospital", "Two crew members were taken to hospital, it said.", [("Three", "Two")]),
        # sums of money named as different things, or counted over different spans, are no rivals
        ("The winner would collect a record bonus of $50,000", "Each winner receives prize money of USD 80,000.", []),
        ("The winner would collect a record bonus of $50,000", "The record bonus was USD 80,000.",
         [("$50,000", "USD 80,000")]),
        ("The city budgets about $92 million a year for snow removal", "A judge annulled a five-year, $48.6-million "
         "snow-removal contract.", []),
    ],
)  # fmt: skip
def test_rival_figures(claim, passage, pairs):
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == pairs


@pytest.mark.parametrize(
    ("claim", "passage", "rival"),
    [
        # a move in what the claim opens with, given otherwise
        ("Shares in the company rose 6 percent on Thursday", "Lumora shares closed up 9 percent in Frankfurt.", "9 percent"),
        # a move of another thing, or a level rather than a move, is no rival
        ("Inflation rose 3.4 percent in May", "Wages rose 4.5 percent in May, the office said.", None),
        ("Inflation rose 3.4 percent in May", "Inflation was 4.5 percent in May, the office said.", None),
        # a share of the same whole, whatever the wording around it
        ("Zambia relies on hydropower for about 85 percent of its electricity",
         "Hydropower stations supplied roughly 78 percent of the electricity generated in Zambia last year.",
         "78 percent"),
        ("Zambia relies on hydropower for about 85 percent of its electricity",
         "Hydropower stations supplied roughly 78 percent of the country's exports last year.", None),
    ],
)
def test_a_percentage_move_has_rivals_only_in_moves_of_the_same_thing(claim, passage, rival):
    found = [p.text for _, p, _ in rival_figures(claim, passage)]
    assert found == ([rival] if rival else [])


@pytest.mark.parametrize(
    ("claim", "passage", "pairs"),
    [
        ("Laboratory tests confirmed the virus on Oct. 12 at the first farm", "The first case was confirmed on Oct. 9.",
         [("Oct. 12", "Oct. 9")]),
        ("The skipper sent a mayday at 5:15 a.m.", "The boat sent a distress call at 3:15 a.m. local time.",
         [("5:15 a.m", "3:15 a.m")]),
        # the claim's own date stated, a day of another season or year, a span's end, opposite events: no rival
        ("The virus was confirmed on Oct. 12", "Tests on Oct. 12 confirmed it; the farm reopened on Oct. 30.", []),
        ("The virus was confirmed on Oct. 12", "The farm was last inspected on March 3.", []),
        ("The virus was confirmed on 12 October 2025", "The farm was inspected on 10 October 2024.", []),
        ("The men were remanded in custody until April 14", "They appeared in court on Monday, 6 April 2026.", []),
        ("The family left on June 1", "The family returned on June 3.", []),
        # a year, or a month of a year, by the same act
        ("The museum has not been busier since it opened in 2009", "The museum opened in 2011 in an old warehouse.",
         [("2009", "2011")]),
        ("The bridge was built in 1971", "The bridge, renovated in 1998, carries 20,000 cars a day.", []),
        # a weekday by a word of the same act, a beginning's first day included
        ("Fogging teams will begin spraying in Vaitele from Monday", "Mosquito fogging will start on Saturday.",
         [("Monday", "Saturday")]),
        ("The minister will visit the plant on Monday", "The union said on Friday it would strike.", []),
        ("The missile was fired at about 7:40 a.m. on Wednesday", "The missile was launched at around 7:42 a.m.",
         [("7:40 a.m.", "7:42 a.m")]),
        # two dates in the claim: which one a passage date rivals is not told
        ("The plant shut on June 1 and reopened on June 9", "It shut on June 2.", []),
        # a year planned for, against an earlier year of what was done; not against another planned year
        ("The federation plans to bring the championships back to Invercargill in 2027",
         "The event was last staged in Invercargill in 2021.", []),
        ("The federation plans to bring the championships back to Invercargill in 2027",
         "The federation plans to bring the championships back to Invercargill in 2029.", [("2027", "2029")]),
        ("The company expects to begin commercial operation in 2029",
         "The company said it aimed to start commercial operations in 2028.", [("2029", "2028")]),
    ],
)
def test_rival_dates(claim: str, passage: str, pairs: list[tuple[str, str]]) -> None:
    from factcheck.rivals import rival_dates

    got = [(c.text, p.text.rstrip(".")) for c, p, _ in rival_dates(claim, passage)]
    assert got == pairs


@pytest.mark.parametrize(
    ("claim", "passage", "pairs"),
    [
        # up to three and a half times apart, when the passage gives its figure as an estimate of the same thing
        ("The rise will benefit about 2.8 million workers",
         "Its chief executive said only about 900,000 workers in the formal sector would gain.",
         [("2.8 million", "900,000")]),
        ("Grazing land worth 180 million shillings had been stripped",
         "Initial assessments put pasture losses at about 60 million shillings.", [("180 million", "60 million")]),
        # no estimate, another thing counted, or further apart: no rival
        ("The rise will benefit about 2.8 million workers", "About 900,000 workers are in the formal sector.", []),
        ("The plant employs about 2,300 people",
         "The chamber estimated that 1,000 jobs at suppliers depend on it.", []),
        ("The rise will benefit about 2.8 million workers",
         "The federation estimated that 600,000 workers would gain.", []),
    ],
)  # fmt: skip
def test_an_estimate_of_the_same_thing_is_a_rival_further_apart(
    claim: str, passage: str, pairs: list[tuple[str, str]]
) -> None:
    got = [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)]
    assert got == pairs


def test_a_comparative_columns_year_is_no_rival_date() -> None:
    claim = "Net profit rose to 14.2 billion tugriks in 2023 from 12.0 billion a year earlier"
    assert rival_dates(claim, "Net profit rose by 18 percent to 14.2 billion tugriks (2022: 12.0 billion).") == ()
    assert rival_dates(claim, "Net profit rose by 18 percent to 14.2 billion tugriks in 2022.") != ()
    # the year of the figure the claim's change started from is the claim's year before, no rival
    passage = "The group earned 14.2 billion tugriks last year, up from the 12.0 billion of 2022."
    assert rival_dates(claim, passage) == ()


def test_a_figure_of_the_year_before_is_no_rival_of_a_forecast() -> None:
    claim = "The board forecast a harvest of about 5,100 tonnes of beans, the smallest in a decade"
    assert rival_figures(claim, "Last year's harvest of 7,300 tonnes was considered normal.") == ()
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, "Growers expect a harvest of 7,300 tonnes.")] == [
        ("5,100", "7,300")]


def test_a_figure_of_the_past_is_no_rival_of_a_proposal() -> None:
    claim = "The council was also weighing a rise in private taxi fares to 90 tenge before the end of the year"
    assert rival_figures(claim, "The previous tariff of 60 tenge had been in force since 2020.") == ()
    passage = "The council is weighing a taxi fare of 70 tenge, up from 60 tenge in 2020."
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)][:1] == [("90", "70")]


def test_a_figure_of_the_year_before_is_no_rival_of_a_claim_naming_its_year() -> None:
    claim = "Processors agreed a base price of 1.35 euros per litre for the 2025 season"
    assert rival_figures(claim, "Shepherds were paid 1.10 euros per litre last season.") == ()
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, "Processors will pay 1.10 euros per litre.")] == [
        ("1.35", "1.10")]


def test_the_period_a_figure_is_compared_with_is_no_rival_date() -> None:
    passage = "Turnover reached 84.0 million euros, compared with 64.1 million euros in 2023."
    assert rival_dates("Revenue of 84 million euros for 2024", passage) == ()
    assert rival_dates("Revenue of 84 million euros for 2024", "Turnover reached 84.0 million euros in 2023.") != ()
    # "since" tells when a state began, no comparison
    assert rival_dates("Trawling was banned on the seamounts in 2007", "Trawlers have been kept off the seamounts "
                       "since 1999, when the area was first protected.") != ()  # fmt: skip


def test_a_month_of_another_year_rivals_a_year() -> None:
    got = rival_dates("The mill first opened in 2011", "The mill opened in March 2009 with 40 workers.")
    assert [(c.text, p.text) for c, p, _ in got] == [("2011", "March 2009")]
    assert rival_dates("The mill first opened in 2011", "The mill opened in March 2011 with 40 workers.") == ()


@pytest.mark.parametrize(("end", "rivals"), [("30 June 2024", []), ("30 June 2025", [("2023", "30 June 2025")])])
def test_a_split_year_holds_a_day_of_its_second_year(end: str, rivals: list) -> None:
    from factcheck.slots import analyze

    claim = "The union reported a net profit of 2.4 billion shillings for the 2023/24 season on Tuesday"
    summary = f"presents to members the summary of audited results for the season ending {end}."
    got = rival_dates(claim, f"The board {summary}")
    assert [(c.text, p.text) for c, p, _ in got] == rivals
    claim = ("The Ruvuma Highlands Coffee Cooperative Union (RUHICU) reported a net profit of 2.4 billion Tanzanian "
             "shillings (about $890,000) for the 2023/24 season on Tuesday, up from 1.6 billion shillings a year "
             "earlier")
    passage = f"The Board of the Ruvuma Highlands Coffee Cooperative Union Ltd (RUHICU) {summary}"
    assert [(m.claim, m.source) for m in analyze(claim, passage).mismatches] == rivals


def test_damages_awarded_have_no_rival_in_a_sum_invested() -> None:
    claim = "A judge ordered the plant's owner to pay $2.3 million in damages to 86 households"
    assert rival_figures(claim, "Since 2020 the owner has invested more than $4 million in odour-control measures.") == ()
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, "The court awarded the residents $2.1 million.")] == [
        ("$2.3 million", "$2.1 million")]


def test_what_is_expected_has_no_rival_in_what_a_past_year_brought() -> None:
    claim = "The council expects the higher rate to bring in about €8.5 million a year"
    assert rival_figures(claim, "The council said the tax had brought in €5.8 million in 2024, its first year.") == ()
    rivals = rival_figures(claim, "The opposition expects the tax to bring in €5.8 million in 2026.")
    assert [(c.text, p.text) for c, p, _ in rivals] == [("€8.5 million", "€5.8 million")]


def test_a_delay_has_rivals_and_a_time_offset_none() -> None:
    claim = ("The Galician city of Ourense on Friday switched on the first phase of a district heating network that "
             "pipes water from its thermal springs to public buildings, six months later than planned")
    passage = ("OURENSE, April 11 (AAP) - Ourense began heating 14 public buildings with water from its hot springs on "
               "Friday, about four months behind schedule.")
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == [("six", "four")]
    # "six months later" dates what it follows: no figure to rival
    offset = "The city switched the network back on six months later"
    assert not rival_figures(offset, "The network was back on about four months behind schedule.")


@pytest.mark.parametrize(
    ("claim", "passage", "pairs"),
    [
        # homes counted are no fate of people: flooded homes rival flooded houses
        ("About 140 homes were flooded, mostly along the river's left bank",
         "Teams who went door to door registered 210 flooded houses in the city, most of them close to the river.",
         [("140", "210")]),
        # ... nor a count of people moved from their homes
        ("About 140 homes were flooded", "About 210 people were evacuated from their homes.", []),
        # people forced from their homes are still moved
        ("The storm forced 140 families from their homes", "About 210 families were evacuated, officials said.",
         [("140", "210")]),
    ],
)  # fmt: skip
def test_homes_counted_are_no_fate(claim: str, passage: str, pairs: list) -> None:
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == pairs


@pytest.mark.parametrize(
    ("claim", "passage", "pairs"),
    [
        ("The team analysed 22 years of water samples", "The coalition measured phosphorus in 14 streams.", []),
        ("The study covered 22 years of samples", "The study spanned 15 years of measurements.", [("22", "15")]),
    ],
)
def test_a_span_of_years_rivals_only_a_span_of_years(claim: str, passage: str, pairs: list) -> None:
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == pairs


def test_a_share_naming_its_rise_after_it_is_a_move() -> None:
    claim = "Profit was up 38 percent from a year earlier"
    passage = "The miller posted a 24% rise in quarterly net profit on Tuesday."
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == [("38 percent", "24%")]
    # a share of something else, no move of it: no rival
    assert rival_figures(claim, "The miller holds a 24% share of the market.") == ()


@pytest.mark.parametrize(
    ("claim", "rivals"),
    [
        # the value a change started from has its rival in the value a passage compares with
        ("Health centres recorded 4,870 confirmed malaria cases between January and June, up from 2,910 in the same "
         "period last year", [("2,910", "3,120")]),
        # ... a level has its rival in the level, not there
        ("Health centres recorded 3,000 confirmed malaria cases between January and June", [("3,000", "4,870")]),
    ],
)
def test_a_value_compared_with_is_a_rival_of_a_changes_start_only(claim: str, rivals: list) -> None:
    passage = ("Confirmed malaria cases in New Ireland province reached 4,870 in the first half of this year, compared "
               "with 3,120 in the first six months of 2023.")
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == rivals


@pytest.mark.parametrize(
    ("passage", "pairs"),
    [
        # ships are no vans, whatever the model makes of the sentence
        ("By Tuesday afternoon, 23 cargo ships sat at anchor off the wharf.", []),
        ("By Tuesday afternoon, 23 container vans sat on the wharf.", [("12", "23")]),
    ],
)
def test_carriers_of_another_sort_are_no_rival(passage: str, pairs: list) -> None:
    claim = "12 refrigerated container vans of frozen fish bound for Manila were stuck on the wharf"
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == pairs


@pytest.mark.parametrize(
    ("passage", "pairs"),
    [
        # the year naming an edition is no rival of the first edition's year
        ("The 2025 Harvest Lantern Festival was held on 3-4 September in the old town.", []),
        ("The festival was first held in 2004 in the old town.", [("2001", "2004")]),
    ],
)
def test_a_first_edition_has_no_rival_in_an_editions_year(passage, pairs) -> None:
    claim = "The festival, first held in 2001, draws lantern makers from across the valley"
    assert [(c.text, p.text) for c, p, _ in rival_dates(claim, passage)] == pairs


@pytest.mark.parametrize(
    ("claim", "pairs"),
    [
        # the whole the part is out of is no rival of a count of the part (a claim's whole may have one in any count)
        ("About 430 workers at Molinera del Sur S.A. (Molsur) joined the stoppage", [("430", "310")]),
        ("About 430 workers joined the stoppage, out of a workforce of 600",
         [("430", "310"), ("600", "310"), ("600", "560")]),
    ],
)
def test_a_whole_is_no_rival_of_a_part(claim, pairs) -> None:
    passage = ("A labour inspector who visited the mill on the first day of the stoppage counted around 310 workers"
               " taking part, out of a workforce of roughly 560.")
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == pairs


def test_a_count_put_at_a_figure_before_a_break_is_of_the_thing_put_at_it():
    # "put the number of [artisans] ... at about 12,000, well short": an estimate of artisans, not of "well short"
    pairs = rival_figures("About 35,000 artisans in the city's jewellery industry have stopped work",
                          "Estimates by the labour office put the number of artisans on strike at about 12,000, well "
                          "short of the union's figure.")
    assert [(c.text, p.text) for c, p, _ in pairs] == [("35,000", "12,000")]


def test_a_figure_opening_the_sentence_counts_the_subject_after_its_comma():
    # "Measured at magnitude 6.6, the [earthquake]": a phrase opening the sentence tells of the subject after its comma
    found = rival_figures("A magnitude 6.8 earthquake struck the valley on Saturday",
                          "Measured at magnitude 6.6, the earthquake was the strongest to hit the valley in decades.")
    assert [(c.text, p.text) for c, p, _ in found] == [("6.8", "6.6")]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a series' standing on the way is no rival of its result, however close the sentence's meaning
        ("Perkunas led the series 2-1 after Game 3 in Kaunas before Vilkai levelled with a win in Game 4.", []),
        ("Vilkai won the series 3-1.", [("3-2", "3-1")]),
    ],
)
def test_a_series_standing_is_no_rival_tally(passage: str, expected: list) -> None:
    claim = "The win sealed a 3-2 series victory for the Vilnius club"
    assert [(c.text, p.text) for c, p, _ in rival_figures(claim, passage)] == expected
