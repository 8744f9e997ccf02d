""":func:`analyze`, the full comparison of a claim with a passage (mismatches, matches, overlap and the
restatement measures the verifier reads), and the helpers built on it (:func:`compare_slots`,
:func:`restates_value`, :func:`sentence_with`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

import attrs

from factcheck.model import Mismatch, _written_in
from factcheck.slots.disavow import disavowed_sentence
from factcheck.slots.extract import (
    _CLOCK, _COUNT_MONEY_ALIGN, _DIMENSIONS, _MONTHS, _OPENING_PHRASE, _ORDINAL_WORD, _PART_OF_A_TIME, _PLUS_MINUS,
    _PARTITIVE, _POLAR_MARGIN, _PUT_AT, _WEEKDAYS,
    _bearing_of, _extract, _margin, _opens_a_sentence,
)
from factcheck.slots.lexicon import (
    _COMPASS, _HEDGES, _INCLUSIVE, _LOWER, _NEGATIONS, _POLARITY_WORD, _STOP, _UPPER, _VERBAL_NEG, content_words,
    _is_content, _same_sense, _sentences, stem, _tokens,
)
from factcheck.slots.names import (
    _code_swap, _core_swap, _demonym, _lead_swap, _lead_word_in, misspelt, _name_written_in, names_match, _namesake,
    _origin_swap, _part_named, _place_swap, _placed_alike, _seat_swap, _squash, _superlative_swap, _unit_swap,
)
from factcheck.slots.nil import nil_sentence
from factcheck.slots.polarity import _hedges, _only_possible, _relevant_polarity, _restatement, _sentence_index
from factcheck.slots.quotes import _QUOTED, compare_quotes
from factcheck.slots.records import Slot, SlotKind, SlotReport
from factcheck.slots.sides import (
    CLAUSE_REST, _CHANGE_BASE_AFTER, _MOVED_ON_TOPIC, _RECORD_ECHO, _RECORD_WORDS, _TIED_REST, _Sides,
    _dated_act, against_a_time, _last_year_of, _moved_from, _sentence_of, _weekday, _words_around, _year_before,
    nearest_any_fate, nearest_fate,
)
from factcheck.slots.values import (
    _RATES, _a_level, _align, _calendar_count, change_amount, _dates_equal, _figure_moved, _numbers_equal, _only_within,
    _same_value, lines_moved_apart, other_things, outlook_year_and_past, same_whole, share_whole, significant_digits,
    _states, _units_compatible,
)


def analyze(claim: str, passage: str, *, min_align: float = 0.45) -> SlotReport:
    """Compare every slot of ``claim`` with ``passage``.

    Args:
        claim: The claim text.
        passage: The passage text.
        min_align: Context agreement needed to treat two different values as
            filling the same slot.
    """
    return _analyze(claim, passage, min_align)


@lru_cache(maxsize=8192)
def _analyze(claim: str, passage: str, min_align: float) -> SlotReport:
    run = _Comparison(claim, passage, min_align)
    for c in run.cs:
        run.note(run.counts, c.kind.value)
        if c.kind in (SlotKind.NUMBER, SlotKind.DATE):
            run.figure(c)
        elif c.kind is SlotKind.ENTITY:
            run.entity(c)
        elif c.kind is SlotKind.POLARITY:
            run.polarity(c)
    for mismatch, over in _factors_apart(claim, passage):
        run._mismatch(mismatch, over)
    return run.report()


#: Verbs of a change by a multiple, and the multiple: "have [doubled]", "[tripled] since 2019", "was [halved]".
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_FACTOR_VERB = re.compile(r"(?<![\w-])(doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing)\b", re.IGNORECASE)
#: Share of the content words of the multiple's clause the passage sentence giving another must hold to be on topic.
_FACTOR_ON_TOPIC = 0.5


def _factors_apart(claim: str, passage: str) -> list[tuple[Mismatch, float]]:
    """A change by one multiple in the claim and by another in a passage sentence on the same thing ("Visits ...
    have doubled since 2019" / "Visits ... have roughly tripled since 2019"), with that sentence's share of the
    words of the multiple's clause. A multiple is no figure of its own: a passage need not give it ("more than
    doubled since 1990, to about 215,000" is restated by "about 90,000 in 1990; today some 215,000")."""
    found = list(_FACTOR_VERB.finditer(claim))
    if len(found) != 1:
        return []
    ours = found[0]
    # the words of the multiple's own clause: "Tourist visits to the caves have doubled since 2019[, as ...]"
    lo = max((m.end() for m in re.finditer(r"[,;:]\s", claim[: ours.start()])), default=0)
    hi = next((m.start() for m in re.finditer(r"[,;:]\s", claim[ours.end() :])), len(claim) - ours.end()) + ours.end()
    words = content_words(claim[lo:hi]) - content_words(ours.group(0))
    if not words:
        return []
    out = []
    for a, b in _sentences(passage):
        for m in _FACTOR_VERB.finditer(passage, a, b):
            if _FACTORS[m.group(1).lower()] == _FACTORS[ours.group(1).lower()]:
                return []  # the claim's multiple, stated
            over = len(words & content_words(passage[a:b])) / len(words)
            if over >= _FACTOR_ON_TOPIC:
                out.append((Mismatch("number", ours.group(0), m.group(0)), over))
    return out[:1]


#: A year written out: "in 2024", "the 2024-25 season".
_NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: "[up to] 210 millimetres": the most a figure reached.
_UP_TO = re.compile(r"\bup\s+to\s+$", re.IGNORECASE)
_SUPERLATIVES = r"highest|maximum|peak|heaviest|largest|greatest|strongest|top"
#: A superlative before a figure in its sentence, naming it the most reached: "The [highest] total ... was 165".
_SUPERLATIVE_BEFORE = re.compile(rf"\b(?:{_SUPERLATIVES})\b[^.;\d]{{0,80}}$", re.IGNORECASE)
#: ... or a gust, the wind's peak: "recording [gusts] of 24 metres per second".
_PEAK_BEFORE = re.compile(rf"\b(?:{_SUPERLATIVES}|gusts?)\b[^.;\d]{{0,80}}$", re.IGNORECASE)


class _Comparison:
    """One claim against one passage: each claim slot is checked by the method for its kind (:meth:`figure`,
    :meth:`entity`, :meth:`polarity`), which records what it found here; :meth:`report` adds the sentence-level
    readings (negation, modality, quotation, restatement) and returns the :class:`SlotReport`."""

    def __init__(self, claim: str, passage: str, min_align: float) -> None:
        self.claim, self.passage, self.min_align = claim, passage, min_align
        self.cs, self.ps = _extract(claim), _extract(passage)
        self.cw = content_words(claim)
        pw = content_words(passage)
        self.overlap = len(self.cw & pw) / len(self.cw) if self.cw else 0.0
        self.precision = len(self.cw & pw) / len(pw) if pw else 0.0
        self.sents = _sentence_index(passage)
        self.best = max(self.sents, key=lambda s: len(self.cw & s[1]) / (len(self.cw) or 1))
        self.best_ov = len(self.cw & self.best[1]) / len(self.cw) if self.cw else 0.0
        # (a name's aside is no part of what a figure's clause says: "lodged by the Pärnu Beach District Society[, a
        # residents' group,] in June 2024" / "The association filed its complaint ... in July 2024")
        self.sides = _Sides(claim, passage, content_words(_NAME_ASIDE.sub(r"\1", claim)) if "," in claim else self.cw)
        # what was found: the mismatches (and how much of the rest of the claim stands beside the worst one),
        # slot kinds matched, missing and counted, and the values the passage states
        self.mismatches: list[Mismatch] = []
        self.matched: dict[str, int] = {}
        self.missing: dict[str, int] = {}
        self.counts: dict[str, int] = {}
        self.stated: list[str] = []
        self.m_over = 0.0
        # A passage value equal to one of the claim's is that value's, never another's mismatch ("450
        # firefighters and 12 aircraft" against "Ten aircraft and 450 firefighters"), unless the passage
        # repeats it more often than the claim: then one repetition may stand where the claim has another value.
        self.used: set[int] = set()
        for c in self.cs:
            equal = [p for p in self.ps if _same_value(c, p) and not (
                c.kind is SlotKind.DATE and _outside_part(c, claim, p, passage))]  # fmt: skip
            if equal and len(equal) <= sum(_same_value(x, equal[0]) for x in self.cs):  # the claim states it as often
                self.used.update(p.start for p in equal)
        # names in a dateline ("LONDON, Feb 10 (UKEW) -"): where and by whom the passage was filed, no rivals
        # ... and the wire's credit closing a paragraph ("... completed their registration. - SCP")
        self.filed = {p.start for p in self.ps if p.kind is SlotKind.ENTITY
                      and (_dateline_name(passage, p) or _closing_credit(passage, p))}  # fmt: skip

    @staticmethod
    def note(d: dict[str, int], k: str) -> None:
        d[k] = d.get(k, 0) + 1

    def _mismatch(self, mismatch: Mismatch, over: float) -> None:
        self.mismatches.append(mismatch)
        self.m_over = max(self.m_over, over)

    # -- figures: numbers and dates --------------------------------------------------------------------------

    def figure(self, c: Slot) -> None:
        """A number or a date: stated, answered by another value of the same slot, or missing."""
        claim, passage, cs, ps, used = self.claim, self.passage, self.cs, self.ps, self.used
        if c.negated or _converted(claim, c, cs):
            self.note(self.missing, c.kind.value)  # "not 40" claims no value; "14.2 million kina ($3.5 million)"
            return  # gives one
        if (part := self._part_given(c)) is not None:
            self.note(self.matched, c.kind.value)  # "about a third of the 9,000 tonnes" / "around 3,000 tonnes"
            self.stated.append(c.text)
            self.used.add(part.start)
            return
        whole = share_whole(claim, c)  # what a percentage is a share of, if the claim says
        cands, equal = self._number_candidates(c, whole) if c.kind is SlotKind.NUMBER else self._date_candidates(c)
        same = [p for p in equal if not p.negated]
        if c.kind is SlotKind.NUMBER and c.in_range:
            # a range's end is not met by its other end: "between nine months and [12] years" / "from nine months to
            # 15 years" (the passage's own range may end on it the other way: "between 550 and 530 BC")
            ends = {(float(x.value), x.bound) for x in cs if x is not c and x.in_range}  # type: ignore[arg-type]
            same = [p for p in same if not _other_end(p, ends)]
            cands = [p for p in cands if p in same or not _other_end(p, ends)]
        ruled_out = [p for p in equal if p.negated]
        cands = [p for p in cands if not p.negated]
        clause_paired = False
        if same and c.kind is SlotKind.NUMBER and c.bound and all(
                float(p.value) != float(c.value) for p in same):  # type: ignore[arg-type]  # fmt: skip
            alike = [p for p in cands if p not in same and p.bound == c.bound]
            if alike and max(_align(c, p) for p in alike) > max(_align(c, p) for p in same):
                same = []  # "at least seven individuals" / "at least five individuals and 46 grave goods": the
                # figure bounded alike where the claim's stands answers it, not another count above its floor
        if same and c.kind is SlotKind.NUMBER and not c.bound and all(_only_within(c, p) for p in same):
            alike = [p for p in cands if p not in same and not p.bound]
            if alike and (max(_align(c, p) for p in alike) > max(_align(c, p) for p in same) or (
                    _YEARS_AND_MONTHS.search(c.text) and any(_YEARS_AND_MONTHS.search(p.text) for p in alike))):
                same = []  # "jailed ... for four years and six months" / "sentenced ... to three years and nine
                # months in prison for stealing fuel ... over more than two years": the figure standing where the
                # claim's does answers it, not another span's floor
        if same and c.kind is SlotKind.NUMBER and not _moved_from(c, claim) \
                and not _FROM_VALUE.search(claim[max(0, c.start - 20) : c.start]) and all(
                _moved_from(p, passage) for p in same) and any(
                p not in same and p.unit == c.unit and not _moved_from(p, passage) for p in cands) and not any(
                _figure_year(passage, p) in _years_of(cs) for p in same):  # fmt: skip
            same = []  # "takes about 70 percent of the company's exports" / "made up 55 percent ..., down from close
            # to two-thirds in 2021": the value a change started from is of another time (unless the claim's own: "A
            # survey in 2007 had found the species at 14 sites" / "down from 14 sites in a survey carried out in 2007")
        if same and c.unit == "count" and not _a_part(claim, c, told=True) and all(_a_part(passage, p) for p in same):
            same = []  # "Two people have died" / "Three people have died, two of them in Yacuiba": a part, no count
        if same and _bound_elsewhere(c, same, cands, used):
            same = []  # "carried about 3,100 passengers a weekday" / "averaged about 2,400 passengers per
            # weekday in 2024, down from a peak of more than 3,000": the bound is of another time
        if same and (peak := self._peak_against(c, same)) is not None:
            hit, same, clause_paired = peak, [], True  # "dumped up to [210 millimetres]" / "The highest total ...
            # was 165 millimetres": the most it reached, given otherwise, on topic as the measure's peak
            used.add(peak.start)
        elif same and c.kind is SlotKind.NUMBER and (
                hit := self.sides.owned_otherwise(c, same, cands, cs, ps, used)) is not None:
            clause_paired = True  # "Lakhimpur ... with [61] cases" / "Golaghat 61; Lakhimpur [44]"
        elif same and _stated_with_another(c, same, cs, ps, passage):
            hit = None  # "Revenue ... stood at Rs 3,140 crore, ..., an increase of [17%]. EBITDA rose 29%": the
            # value stands in the sentence giving another of the claim's figures
        elif same:
            hit = self.sides.displaced(c, same, [p for p in cands if p not in same], used)
            if hit is not None and max(_align(c, p) for p in same) >= _align(c, hit):
                hit = None  # "Sales were down [6%] ..., and volumes fell 3%": the value, where it stands best
        elif ruled_out:  # "started on Monday, not Tuesday as first reported"
            hit = _correction(ruled_out[0], cands)
        else:
            hit, clause_paired = self._rival(c, cands)
        if same and hit is None:
            # a figure that only falls within the passage's bound ("12" in "at least seven") is not stated
            within = all(_only_within(c, p) for p in same)
            # (a share given in a sentence on nothing else of the claim's is another thing's: "the dry dock is [70
            # per cent] complete" for "Petroleum products ... made up about 70 per cent of the volume")
            within = within or (c.unit == "percent" and not any(_shares_a_word(claim, passage, p) for p in same))
            self.note(self.missing if within else self.matched, c.kind.value)
            if not within:
                self.stated.append(c.text)
            return
        if hit is not None and c.kind is SlotKind.DATE and not same and (
                _other_event(c, hit) or _effect_and_decision(claim, c, passage, hit)):
            hit = None  # "left their homes on Thursday" / "began returning home on Friday": two events' days
        if hit is not None and c.kind is SlotKind.NUMBER and c.unit not in _RATES and c.unit != "score" \
                and change_amount(c, claim) != change_amount(hit, passage):  # fmt: skip
            hit = None  # "expects output to fall by about 400 kilograms" / "output fell to 3.1 tonnes of gold"
        if hit is not None and c.kind is SlotKind.NUMBER and _deadlines_of_two_acts(claim, c, passage, hit):
            hit = None  # "to lodge an appeal within 30 days" / "fined SBD 250,000, payable within 90 days"
        if hit is not None and c.kind is SlotKind.DATE and _SINCE.search(claim, 0, c.start) \
                and _edition_year(passage, hit):
            hit = None  # "for the first time since [2014]" / "won [the 2025] Micronesian Cup": an edition's name
        if hit is not None and c.kind is SlotKind.DATE and _last_year_of(c, hit, claim):
            hit = None  # "its 2026 forecast ..., from 16.4 million tonnes last year" / "harvested in 2025"
        if hit is not None and c.kind is SlotKind.DATE and outlook_year_and_past(c, claim, hit, passage):
            hit = None  # "expects to recover ... carats in 2025" / "recovered 98,600 carats in 2024"
        if hit is None:
            self.note(self.missing, c.kind.value)
            return
        rest = self.sides.rest_overlap(c, hit)
        if rest < _MOVED_ON_TOPIC and not self.mismatches and self.sides.clause_rest(c, hit) >= CLAUSE_REST \
                and not (c.unit == "count" and claim[c.end : c.end + 1] == "-"):  # fmt: skip
            # the figure's own clause, restated around another value; not a count compounded with its noun ("a
            # [four]-way race" / "a two-way race": two polls' races), nor after another value the sentence gives
            # otherwise ("in a four-way race, ... [44 percent] would back Trump" / "in a two-way race, ... 47 percent")
            rest = _MOVED_ON_TOPIC
        if rest >= _TIED_REST and self.sides.ties_a_figure(c, hit, cs, ps):
            rest = max(rest, _MOVED_ON_TOPIC)  # "48 votes to 39, with [five] abstentions" / "48 votes in
            # favour, 39 against and [3] abstentions": another of the claim's figures, given alike beside it
        if clause_paired or same_whole(whole, share_whole(passage, hit)) \
                or _one_measured_thing(claim, c, passage, hit) or self.sides.names_stated(c, hit, cs, ps):  # fmt: skip
            rest = max(rest, _MOVED_ON_TOPIC)  # "11% of Japan's rice cracker market" / "its share of the
            # national rice cracker market is about 8 percent": two shares of one whole; a date of a sentence naming
            # all the claim's names
        self._mismatch(Mismatch(c.kind.value, _as_bounded(c, claim), _as_bounded(hit, passage)), rest)

    def _part_given(self, c: Slot) -> Slot | None:
        """The passage figure that is the claim's share of a figure it gives: "about [a third] of the 9,000
        tonnes" is "around [3,000] tonnes" (within a tenth for a rounded share, a fiftieth otherwise)."""
        if c.kind is not SlotKind.NUMBER or c.unit != "percent" or (m := _OF_FIGURE.match(self.claim, c.end)) is None:
            return None
        whole = next((x for x in self.cs if x.kind is SlotKind.NUMBER and x.start == m.end()), None)
        if whole is None or whole.unit in (None, "percent") or whole.negated:
            return None
        want = float(c.value) / 100 * float(whole.value)  # type: ignore[arg-type]
        slack = (0.1 if c.approx else 0.02) * want
        return next((p for p in self.ps if p.kind is SlotKind.NUMBER and p.unit == whole.unit and not p.negated
                     and p.start not in self.used
                     and abs(float(p.value) - want) <= slack), None)  # type: ignore[arg-type]

    def _number_candidates(self, c: Slot, whole: str | None) -> tuple[list[Slot], list[Slot]]:
        """The passage numbers that may fill the claim number's slot, and those equal to it."""
        claim, passage = self.claim, self.passage
        cands = [p for p in self.ps if p.kind is SlotKind.NUMBER and (_units_compatible(c.unit, p.unit) or (
            {c.unit, p.unit} == _RATES and not _a_level(c, claim) and not _a_level(p, passage)))]  # fmt: skip
        # a count of months or years is no count of things: "84,300 patients" / "the three months to"
        cands = [p for p in cands if _calendar_count(c, claim) == _calendar_count(p, passage)]
        # a year-earlier figure answers only a claim's year-earlier one: "rose to 7,900, from [6,300] at
        # the end of September last year" gives no figure for "reached 61,400 at the end of September"
        # (a share of the same whole is a standing figure: "85 percent of its electricity" / "78 percent of
        # the electricity generated in Zambia last year")
        # (the claim's own figure, where the claim names its year: "26,000 tonnes in the 2024-25 season" / "around
        # 26,000 tonnes last season" in a report of the next spring)
        # (the value a change started from is an earlier time's: "rose to 6.2 million from [3.9 million]" / "5.8
        # million, compared with 3.9 million in the previous year")
        # (a precise figure the claim's equals, where a change went to it, is the claim's, however the report dates
        # it: "Its net profit fell to 18.4 million lei" / "net profit dropped to 18.4 million lei last year")
        dated = _NAMED_YEAR.search(claim) is not None
        earlier = _year_before(c, claim) or _moved_from(c, claim)
        cands = [p for p in cands if _year_before(p, passage) <= earlier
                 or same_whole(whole, share_whole(passage, p)) or (dated and _numbers_equal(c, p))
                 or (_numbers_equal(c, p) and _precise(p) and not _moved_from(p, passage))]  # fmt: skip
        # the value a change started from is not answered by the value another change went to: "will go from
        # [9.50] to 11.50 pesos" / "the RUTA trunk lines go to 11 pesos"
        if _moved_from(c, claim) or _CHANGE_FROM.search(claim[max(0, c.start - 40) : c.start]):
            cands = [p for p in cands
                     if _numbers_equal(c, p) or not _TO_VALUE.search(passage[max(0, p.start - 12) : p.start])]
        # "Two people were killed" / "two people were still unaccounted for": one figure, two counts
        if c.unit == "count" and (fate := nearest_fate(claim, c)) is not None:
            cands = [p for p in cands if nearest_fate(passage, p) in (None, fate)]
        elif c.unit == "count" and (fate := nearest_any_fate(claim, c)) is not None:  # "forced 24,000 from their
            cands = [p for p in cands if nearest_any_fate(passage, p) in (None, fate)  # homes" / "11 people died"
                     or (not p.bound and _numbers_equal(c, p))]  # (the same count, whatever word is nearest)
        if c.unit == "count" and c.text.lower() == "one":  # "One firefighter was treated in hospital": the one
            fate = nearest_any_fate(claim, c)  # person answers only a count of the same fate, not "600 firefighters"
            cands = [p for p in cands
                     if _numbers_equal(c, p) or (fate is not None and nearest_any_fate(passage, p) == fate)]
        # "2 percentage points" is not "2 percent"; a bound on a sum of money is met by no count of another size
        # ("charged up to 350,000 tugrik a night" / "Around 3,800 foreign tourists came")
        equal = [p for p in cands if _numbers_equal(c, p) and {c.unit, p.unit} != _RATES and not (
            c.bound and c.unit.startswith("money:") and p.unit == "count"
            and not 0.1 <= float(p.value) / float(c.value or 1) <= 10)]  # type: ignore[arg-type]
        # a range's end that the claim's range shares is that end, no rival of another figure: "aged between six
        # months and 14 years" / "between [six] months and 14 years old"
        cands = [p for p in cands if p in equal or not p.in_range or not any(
            x.in_range and x.bound == p.bound and _numbers_equal(x, p) for x in self.cs)]
        # a measure sizing a thing ("a 1.5 million-tonne grinding unit") is answered by the size of that thing,
        # not by a quantity of another ("Dispatches rose to 1.14 million tonnes"); a "two-week consultation" is a
        # span of time, no size
        if (things := _sized_thing(c, claim)) and c.unit in _DIMENSIONS and c.unit not in ("duration", "speed"):
            cands = [p for p in cands if p in equal or _sized_thing(p, passage) or _near_words(p, passage) & things]
        # a sum of money naming what it pays for ("the Rs 45 crore [unit]") is answered by the cost of that thing,
        # not by a revenue ("Revenue climbed to Rs 412 crore")
        if c.unit.startswith("money:") and (thing := _costed_thing(c, claim)) is not None:
            cands = [p for p in cands if p in equal or thing in _near_words(p, passage)]
        # the record a winner broke is no rival of the winner's time: "broke the course record of 1:02:55" /
        # "clocked 1:01:42 ..., lowering the course record"
        cands = [p for p in cands if p in equal or _old_record(c, claim) == _old_record(p, passage)]
        # a count held is no rival of a count taken on: "currently has 212 drivers" / "planned to hire 30 drivers";
        # nor what a thing can hold of what it held: "can carry 350 passengers" / "had 212 passengers on board"
        if c.unit == "count":
            cands = [p for p in cands if p in equal or not _stock_and_change(c, claim, p, passage)]
            cands = [p for p in cands if p in equal or _capacity(claim, c) == _capacity(passage, p)]
        # a figure only planned is no rival of one that is: "four 2-megawatt turbines" / "The 12 turbines planned for
        # phase two"; "net profit rose to 6.2 billion yen" / "a planned outlay of 8 billion yen"
        if not _planned(claim, c):
            cands = [p for p in cands if p in equal or not _planned_figure(passage, p)]
        # one body's own count has no rival in a whole area's: "3,200 hectares of its own fields" / "Roughly 24,000
        # hectares of field crops were damaged across the county"
        if _OWN_SHARE.match(claim, c.end):
            cands = [p for p in cands if p in equal or not _AREA_TOTAL.match(passage, p.end)]
        # what is left is no rival of a whole or of what was taken from it: "two of the five months' arrears" /
        # "two months ... were paid in September, [leaving] three months unpaid"
        if not _left_over(claim, c):
            cands = [p for p in cands if p in equal or not _left_over(passage, p)]
        # a country's count has no rival in a district's: "recorded more than 120,000 cases nationwide" / "2,146
        # dengue cases were notified in Kinta district"; nor a district's in the country's
        scope = _scope(claim, c)
        if scope is not None:
            cands = [p for p in cands if p in equal or _scope(passage, p) in (None, scope)]
        # a height above one thing is no rival of a height above another: "rises 1,715 metres above sea level" / "an
        # ash column 1,500 metres above the peak"
        if c.unit == "length" and (ref := _above_what(claim, c)) is not None:
            cands = [p for p in cands if p in equal or _above_what(passage, p) in (None, ref)]
        # a ban a court adds is no rival of the prison term: "sentenced ... to eight years in prison" / "is deprived of
        # the right to hold management positions ... for a period of ten years"
        if _TERM_OF_YEARS.match(claim, c.end) \
                and not _BAN_BEFORE.search(claim, _sentence_start(claim, c.start), c.start):  # fmt: skip
            cands = [p for p in cands if p in equal
                     or not _BAN_BEFORE.search(passage, _sentence_start(passage, p.start), p.start)]
        # the whole a sum is a part of is no rival of it: "Some 60 million zlotys [of that] came as a low-interest loan"
        # / "It put the cost of the project at 112 million zlotys"
        if _PART_OF_THAT.match(claim, c.end):
            cands = [p for p in cands if p in equal or not _near_words(p, passage, 5) & _WHOLE_WORDS]
        # the whole a count is a part of is no rival of a count of the part: "About 620 workers ... joined the strike"
        # / "counted around 450 workers taking part, [out of a workforce of roughly] 780"
        cands = [p for p in cands if p in equal or not _whole_and_part(claim, c, passage, p)]
        # "400 tonnes of sugar a day" has no rival in "31,000 tonnes in 2024", revenue none in an operating
        # loss; a game's "88-81" none in the series' "3-2"
        cands = [p for p in cands
                 if p in equal or not (_tallies_apart(c, p) or other_things(c, claim, p, passage))]
        # a figure the claim gives too, read with another unit, is that figure: "which made up [40] of 100 points" /
        # "accounting for [40 points] out of a total of 100"
        cands = [p for p in cands if p in equal or not any(
            x is not c and x.kind is SlotKind.NUMBER and x.unit != p.unit and x.value == p.value for x in self.cs)]
        return cands, equal

    def _date_candidates(self, c: Slot) -> tuple[list[Slot], list[Slot]]:
        """The passage dates comparable with the claim's date, and those equal to it."""
        cands = [p for p in self.ps if p.kind is SlotKind.DATE and _dates_equal(c, p) is not None]
        # a part of a month holds only its days: "mid-September" is not "September 1"
        equal = [p for p in cands if _dates_equal(c, p) and not _outside_part(c, self.claim, p, self.passage)]
        # the date of the previous one is no date of the new: "The new tariff will apply from October 1" / "The
        # previous change in tariff items took effect on 1 October 2022"
        old = [p for p in cands if _previous_one(self.claim, c, self.passage, p)]
        cands, equal = [p for p in cands if p not in old], [p for p in equal if p not in old]
        # the year what a relative clause tells began is no year of the claim's: "as the price slide [that began in]
        # 2023 kept squeezing producers" for "a net loss ... in the first half of 2025" (a day's is left to the
        # rules of days: "The fire, which began on Thursday evening, leapt Highway 5 late Saturday")
        year = c.value[0] == "year"  # type: ignore[index]
        if year and not _BEGAN_ON.search(self.claim[max(0, c.start - 30) : c.start]):
            cands = [p for p in cands
                     if p in equal or not _WHICH_BEGAN.search(self.passage[max(0, p.start - 30) : p.start])]
        if c.value[0] == "md" and equal and all(p.value[0] == "month" for p in equal):  # type: ignore[index]
            days = [p for p in cands if p.value[0] == "md" and p not in equal]  # type: ignore[index]
            if days and max(_align(c, p) for p in days) > max(_align(c, p) for p in equal):
                equal = []  # "began on April 28" / "was picked on [May 5], ... after a cool spell in late April": the
                # day given for the same act answers, not the month it falls in
        if year and _SINCE.search(self.claim[max(0, c.start - 12) : c.start]):
            # the last time before now is a year, not a day of what is happening now: "the first strike at the
            # company since 2011" / "the strike will be extended ... from 1 March 2024"
            # (nor a later year of what goes on since: "has worked at Paykend every autumn since 2017" / "During the
            # 2024 field season, the expedition ... discovered"; but of the last time, one is: "Halonen's first feature
            # since 2017" / "since her 2019 debut")
            ongoing = not _LAST_SINCE.search(self.claim, max(0, c.start - 80), c.start)
            cands = [p for p in cands if p in equal or _SINCE_NEAR.search(self.passage, max(0, p.start - 20), p.start)
                     or (p.value[0] != "md"  # type: ignore[index]
                         and not (ongoing and p.value[0] == "year" and p.value[1] > c.value[1]))]  # type: ignore[index]
        cy = c.value[-1] if c.value[0] == "md" and len(c.value) == 4 else None  # type: ignore[index]
        if cy is not None:
            # a year running into the claim's day's year holds it: "the year to June 30, 2025" / "in fiscal 2024-25"
            cands = [p for p in cands
                     if not (p.value[0] == "year" and _split_year_end(p, self.passage) == cy)]  # type: ignore[index]
        if year and (end := _split_year_end(c, self.claim)) is not None:
            # and the other way round: "for the 2023/24 season" / "results for the season ending 30 June 2024"
            cands = [p for p in cands if p in equal or p.value[0] != "md" or p.value[-1] != end]  # type: ignore[index]
        # the period a result is compared with is no rival of the claim's: "a net loss of 38.4 million
        # euros, compared with a net profit of 12.1 million euros in the first half of 2024"
        # (but "since Monday" tells when what "began on Saturday" began: "at a standstill since Monday, when ...
        # walked out")
        cands = [p for p in cands if p in equal or _compared_with(p, self.passage) <= _compared_with(c, self.claim)
                 or ((_BEGAN_ON.search(self.claim[max(0, c.start - 30) : c.start]) is not None
                      or _TAKES_EFFECT.search(self.claim[max(0, c.start - 20) : c.start]) is not None)
                     and _SINCE.search(self.passage[max(0, p.start - 12) : p.start]) is not None)]  # fmt: skip
        if _compared_with(c, self.claim) and not _SINCE.search(self.claim[max(0, c.start - 12) : c.start]) \
                and not any(x.kind is SlotKind.DATE and _compared_with(x, self.passage) for x in self.ps):  # fmt: skip
            # "shipped 265,000 bags last year, down from 298,000 [in 2023]" / "shipping 240,000 bags in 2024": the
            # passage's one date is of the figure the claim dates otherwise, not of the one it is compared with
            cands = [p for p in cands if p in equal]
        # the day a source spoke is no rival of the day of what it told: "knocked out online services since Thursday"
        # / "a person familiar with the investigation [told the Southern Wire Service on] Friday"
        if not _spoken_on(self.claim, c, loose=True):
            cands = [p for p in cands if p in equal or not _spoken_on(self.passage, p)]
        # a day some days into what the claim dates is no rival of its start: "walked off the job on Wednesday" /
        # "on [Thursday], the second day of a strike"
        # (or "stayed off work [for a second day on] Tuesday")
        cands = [p for p in cands if p in equal or not (_DAY_INTO.match(self.passage, p.end)
                                                        or _DAY_INTO_BEFORE.search(self.passage, 0, p.start))]
        # a body's founding year has no rival in a season's, nor in the year naming an edition: "Norin FK was founded
        # in 2016" / "secured a place in the Super League for the 2026 season"; "The festival, first held in 1999" /
        # "The 2024 Golden Eagle Festival was held on 5-6 October"
        if _dated_act(self.claim, c.start) == "found":
            cands = [p for p in cands if p in equal or not _season_or_edition(self.passage, p)]
        # the hour a report counts to is no rival of an event's hour: "struck at 3:17 a.m." / "[As of] 14:00, the
        # earthquake ... has left 4 people dead"; only of a count's own ("87 aftershocks by midday")
        # (nor of a deadline's: "to be [completed] by October 25" / "[As of] 1 October 2024, farms ... have harvested")
        if not _counted_to(self.claim, c):
            cands = [p for p in cands if p in equal or not _counted_to(self.passage, p)]
        elif c.kind is SlotKind.DATE and _dated_act(self.claim, c.start) not in (None, "effect"):
            cands = [p for p in cands if p in equal or not _read_as_of(self.passage, p)]
        return cands, equal

    def _rival(self, c: Slot, cands: list[Slot]) -> tuple[Slot | None, bool]:
        """The passage value standing where the claim's figure stands, when the passage does not give the
        claim's own; and whether it was paired only by its clause."""
        claim, passage, cs, ps, used, sides = self.claim, self.passage, self.cs, self.ps, self.used, self.sides
        threshold = self.min_align
        if c.unit == "duration":  # a margin ("38 seconds behind") is no finishing time ("in 2:06:19")
            cands = [p for p in cands if p.unit != "duration" or _margin(c, claim) == _margin(p, passage)
                     or not (_CLOCK.search(c.text) or _CLOCK.search(p.text) or _IN_PARTS.search(c.text))]  # fmt: skip
        if c.kind is SlotKind.NUMBER and (years := _others_years(c, cs, claim)):
            # "1,450 tonnes this year, up from 1,180 tonnes [in 2024]": a passage's figure of 2024 answers the 2024 one
            cands = [p for p in cands if _figure_year(passage, p) not in years]
        if c.kind is SlotKind.NUMBER and c.unit not in (None, "count") and not _near_words(c, claim) & _AID_WORDS:
            # "pickers were being paid 1.2 manat per kilogram" / "a state subsidy of 0.50 manat for every kilogram":
            # an aid paid on top is no rival of a price or a wage
            cands = [p for p in cands if not _near_words(p, passage, 4) & _AID_WORDS]
        money = c.kind is SlotKind.NUMBER and (c.unit or "").startswith("money:")
        per = _PRICED_PER.match(claim, c.end) if money else None
        if per:  # "fertiliser at KSh 2,500 per 50-kg bag" / "11,400 bags of subsidised fertiliser": a price per thing
            # is no rival of how many of those things there were
            thing = per.group("thing")
            cands = [p for p in cands if p.unit not in (None, "count") or not _counts_of(p, passage, thing)]
        if c.kind is SlotKind.NUMBER and _planned_target(claim, c):
            # "plan to extend the festival to [four] days": what is now is no rival of a planned change's target
            cands = [p for p in cands if _planned_target(passage, p)]
        if c.kind is SlotKind.NUMBER:
            alike = [p for p in cands if p.unit == c.unit or "count" not in (c.unit, p.unit)]
            if not alike:  # a bare count against a sum of money: most often two different things
                threshold = max(self.min_align, _COUNT_MONEY_ALIGN)
            cands = alike or cands
        if c.kind is SlotKind.NUMBER and (year := _figure_year(claim, c)) is not None and year[0].isdigit() and len(
                dated := [p for p in cands if _figure_year(passage, p) == year and p.start not in used]) == 1 and any(
                x is not c and x.kind is SlotKind.NUMBER and x.unit == c.unit and _align(x, dated[0]) >= threshold
                for x in cs):  # fmt: skip
            used.add(dated[0].start)  # "147 confirmed dengue cases ..., up from [38] in the same period of 2024" /
            return dated[0], True  # "52 confirmed dengue cases between January and early July 2024": its year's
        if c.kind is SlotKind.NUMBER and (_YEARS_AND_MONTHS.search(c.text) or _TERM_OF_YEARS.match(claim, c.end) or (
                _TERM_BEFORE.search(claim, max(0, c.start - 30), c.start) and _YEARS_AFTER.match(claim, c.end))) \
                and len(terms := [p for p in cands if _YEARS_AND_MONTHS.search(p.text) and p.start not in used]) == 1:
            used.add(terms[0].start)  # "jailed ... for four years and six months" / "will spend the next three
            return terms[0], True  # years and nine months in the ... correctional centre": one term, however worded
            # (and "a three-year suspended sentence" / "a suspended jail term of two years and eight months")
        if c.kind is SlotKind.NUMBER and (share := self._party_share(c, cands)) is not None:
            used.add(share.start)  # "holding the state responsible for 70 per cent" / "apportioned liability at
            return share, True  # [80%] to the State and 20% to the commune": the share given to the same party
        tries = [cands]
        if c.kind is SlotKind.NUMBER and not _moved_from(c, claim) and not _year_before(c, claim):
            # "to [18.5 percent] from 20.5 percent": the new value answers first (a year-earlier figure's may
            # be either)
            tries.insert(0, [p for p in cands if not _moved_from(p, passage)])
        if c.kind is SlotKind.NUMBER and 0 < len(anchored := self._beside_another(c, cands)) < len(cands) \
                and (hit := _best(c, [p for p in anchored if p in tries[0]], threshold, used)) is not None:  # fmt: skip
            # the sentence stating another of the claim's figures answers first, by its words: "Net profit rose to
            # [6.2 million euros] from 3.9 million" / "Turnover reached 84.0 million euros, compared with 64.1
            # million ... Net profit ... amounted to 5.8 million euros, compared with 3.9 million"
            return hit, False
        for group in tries:
            # the same end of a range first: "between [2019] and 2021" / "from [2018] through 2020"
            hit = (sides.range_end(c, group, used) or sides.record_set(c, group, used)
                   or _best(c, group, threshold, used) or sides.anchored(c, group, used)
                   or sides.sole(c, group, cs, ps, used) or sides.one_of_unit(c, group, cs, used))
            if hit is None and (hit := _same_run(c, claim, group, passage, used)) is not None:
                return hit, True  # a run of the same thing counted otherwise is on topic, however worded
            if hit is None and (hit := sides.deadline_otherwise(c, group, used)) is not None:
                return hit, True  # the date the same act is done by, however the rest is worded
            hit = hit or (sides.record_since(c, group, used) or sides.since_otherwise(c, group, used)
                   or sides.sum_of_the_span(c, group, cs, ps, used)
                   or sides.month_otherwise(c, group, used)
                   or sides.last_figure(c, group, cs, ps, used))  # fmt: skip
            if hit is not None:
                # the date the same act is done by, or a rule takes effect from, is on topic however worded
                act = _dated_act(claim, c.start) if c.kind is SlotKind.DATE else None
                same_act = act is not None and act == _dated_act(passage, hit.start)
                return hit, same_act or hit.start in sides.beside_answer
        # the last resort, on the figure's own clause: "Turnout reached [61.4 percent], up from ..." against
        # "voter turnout was [64.1 percent]"; on topic as a figure tied by another
        hit = next((h for group in tries if (h := sides.clause_sole(c, group, used)) is not None), None)
        hit = hit or _sole_tally(c, cands, cs, used, claim, passage) or self._sole_of_fate(c, cands)
        return hit, hit is not None

    def _peak_against(self, c: Slot, same: Sequence[Slot]) -> Slot | None:
        """The passage's exact peak of what the claim gives "up to": "up to 210 millimetres" falls short of no
        figure under it, but the most it reached, told as such ("The highest total ... was 165 millimetres"), is
        another figure for it."""
        if c.kind is not SlotKind.NUMBER or c.bound != "lt" or c.unit not in _DIMENSIONS \
                or not _UP_TO.search(self.claim[max(0, c.start - 12) : c.start]):  # fmt: skip
            return None  # (a measure: "up to 40 people" has no peak in "the largest group, 12 people")
        peaks = [p for p in same if not p.bound and float(p.value) != float(c.value)  # type: ignore[arg-type]
                 and _PEAK_BEFORE.search(self.passage[self.sides.passage_sentence(p.start)[0] : p.start])]  # fmt: skip
        if len(peaks) > 1:  # the one said to be the most, over a gust told at another station ("The strongest gust
            # measured in the Makarska area ... was 84 km/h ... Gusts at the station Split-Marjan reached 76 km/h")
            peaks = [p for p in peaks if _SUPERLATIVE_BEFORE.search(
                self.passage[self.sides.passage_sentence(p.start)[0] : p.start])]  # fmt: skip
        return peaks[0] if len(peaks) == 1 else None

    def _party_share(self, c: Slot, cands: Sequence[Slot]) -> Slot | None:
        """The one candidate share given "to" the party the claim's figure is given to, where the passage shares
        out among two parties or more ("[80%] to the State and 20% to the commune") and the claim's clause names
        one of them ("holding the state responsible for 70 per cent")."""
        if c.unit != "percent":
            return None
        parties = {p: m.group(1).lower() for p in cands if p.start not in self.used
                   and (m := _TO_PARTY.match(self.passage, p.end)) is not None}  # fmt: skip
        if len(set(parties.values())) < 2:
            return None
        claim = self.claim
        lo = max([_sentence_start(claim, c.start), *(m.end() for m in _CLAUSE_END.finditer(claim, 0, c.start))])
        stop = _CLAUSE_STOP.search(claim, c.end)
        clause = claim[lo : c.start] + " " + claim[c.end : stop.start() if stop else len(claim)]
        words = set(re.findall(r"[a-z]+", clause.lower()))
        named = [p for p, party in parties.items() if party in words]
        return named[0] if len(named) == 1 else None

    def _beside_another(self, c: Slot, cands: Sequence[Slot]) -> list[Slot]:
        """The candidates standing in a passage sentence that states another number of the claim's, where one
        does; none otherwise."""
        spans = [span for x in self.cs if x is not c and x.kind is SlotKind.NUMBER and not x.negated
                 for p in self.ps if p.kind is SlotKind.NUMBER and _numbers_equal(x, p) and x.unit == p.unit
                 for span in [self.sides.passage_sentence(p.start)]]  # fmt: skip
        return [p for p in cands if any(lo <= p.start < hi for lo, hi in spans)]

    def _sole_of_fate(self, c: Slot, cands: Sequence[Slot]) -> Slot | None:
        """The passage's one count of the claim count's fate, where the claim has one of it and counts no named
        group: "16 others were [injured]" / "has left 4 people dead and 61 [injured]"; a floor's too, which no count
        below it meets ("forcing more than 4,300 residents to leave their homes" / "counted about 3,100 displaced
        residents")."""
        if c.unit != "count" or c.in_range or _a_part(self.claim, c) or (fate := _sole_fate(self.claim, c)) is None:
            return None
        generic = _GENERIC_COUNTED.match(self.claim, c.end) or fate == "watched"  # ("7,500 spectators": a crowd)
        if sum(x.unit == "count" and not _a_part(self.claim, x) and _sole_fate(self.claim, x) == fate
               for x in self.cs) != 1 or not generic:  # fmt: skip
            return None  # "Three firefighters were injured" may be some of "61 injured" (but "four of them
            # children" are some of the claim's own "Five people")
        fits = [p for p in cands if p.unit == "count" and not p.bound and not _HOMES_COUNTED.match(self.passage, p.end)
                and _sole_fate(self.passage, p, _FATE_NEAR) == fate]  # (not "destroyed 37 homes": homes counted)
        if len(fits) != 1 or fits[0].start in self.used:
            return None
        self.used.add(fits[0].start)
        return fits[0]

    # -- names -------------------------------------------------------------------------------------------------

    def entity(self, c: Slot) -> None:
        """A name: written in the passage, misspelt or swapped for another, paired with a rival, or missing."""
        passage, cs, ps, used, sides = self.passage, self.cs, self.ps, self.used, self.sides
        ents = [p for p in ps if p.kind is SlotKind.ENTITY]
        if (most := _superlative_swap(self.claim, c, ents, passage)) is not None:
            # the one picked out by the same superlative, on topic however the rest is worded
            self._mismatch(Mismatch("entity", most[0], most[1]), max(sides.rest_overlap(c, most[2]), _MOVED_ON_TOPIC))
            return
        if (swap := _origin_swap(c, ents) or _core_swap(c, ents) or _lead_swap(c, ents, passage)
                or _code_swap(c, ents, passage) or _place_swap(c, ents, passage)
                or _seat_swap(self.claim, c, ents, passage)) is not None:
            self._mismatch(Mismatch("entity", swap[0], swap[1]), sides.rest_overlap(c, swap[2]))
            return
        if (unit := _unit_swap(self.claim, c, ents, passage)) is not None:
            # another province for the same communities, however the rest is worded
            over = sides.rest_overlap(c, unit[2])
            if _placed_alike(self.claim, c, passage, unit[2]):
                over = max(over, _MOVED_ON_TOPIC)
            self._mismatch(Mismatch("entity", unit[0], unit[1]), over)
            return
        written = _name_written_in(c.text, passage)
        namesake = None if written else _namesake(c, ents)
        slip = None if written or namesake is not None else next(
            (p for p in ents if misspelt(c.text, p.text) and not _in_dateline(passage, p)), None)
        namesake = namesake or slip
        if namesake is not None:  # "Tadeusz Bielak" against "Tomasz Bielak", though "Bielak" alone matches
            over = sides.rest_overlap(c, namesake)
            one_person = namesake is slip and _same_given_name(c.text, namesake.text)
            if sides.ties_a_figure(c, namesake, cs, ps) or one_person:
                # "Graham Teller finished second with 31 percent" / "Graham Tellier: 9,372 votes (31.1%)": one
                # person; and a given name with a surname one slip away is that person's, however the rest is
                # worded
                over = max(over, _MOVED_ON_TOPIC)
            self._mismatch(Mismatch("entity", c.text, namesake.text), over)
            return
        if any(names_match(c.text, p.text) for p in ents) or written or _lead_word_in(c.text, passage) \
                or _part_named(c.text, ents):  # fmt: skip
            self.note(self.matched, "entity")
            self.stated.append(c.text)
            return
        if _opens_a_sentence(c, self.claim):
            self.note(self.missing, "entity")  # a name read from a sentence's first word is stated or misspelt,
            return  # never paired by its neighbours ("Menezes scored 27 goals" / "only Rui Falcão scored more")
        c_names = [x for x in cs if x.kind is SlotKind.ENTITY]
        ents = [p for p in ents if p.start not in self.filed]
        free = [p for p in ents if not any(names_match(p.text, x.text) for x in c_names)]
        hit = _best(c, free, max(self.min_align, 0.75), used) if self.overlap >= 0.5 else None
        # not the one passage name another of the claim's names has ("from [Cheyenne] south")
        others = [x for x in c_names if not names_match(x.text, c.text)]
        sole = {m[0].start for x in others if len(m := [p for p in ents if names_match(p.text, x.text)]) == 1}
        unclaimed = [p for p in ents if not names_match(p.text, c.text) and p.start not in sole]
        hit = hit or sides.anchored(c, unclaimed, used, clause=True)
        hit = hit or sides.sole_place(c, free, c_names, used)
        partner = None if hit else sides.partner(c, c_names, ents, used)
        hit = hit or partner
        if hit is not None and (_demonym(c.text) != _demonym(hit.text) or _holds_the_office(c.text, hit.text)
                                or _feature_for_a_town(self.claim, c, passage, hit)
                                or _body_for_a_place(c, passage, hit)
                                or _CREDITED_BEFORE.search(passage, 0, hit.start)):
            hit = None  # a people's word is no rival of a place's: "talks with Astana" / "with the Kazakh side"; nor
            # an office of the title a person's name is given: "Mayor Marthinus Itaar" / "The Mayor of Jayapura"; nor
            # a river of a town: "the gauging post in Kokshetau" / "The Kylshakty river rose ... at the city's"; nor
            # a place of a body: "called by the Northern Meat Workers' Union" / "abattoir [near] Katherine"; nor the
            # teller a passage credits: "approval by the English Football League" / "according to a report by The
            # Northern Touchline"
        if hit is None:
            self.note(self.missing, "entity")
            return
        over = sides.rest_overlap(c, hit)
        if partner is not None and sides.gives_a_figure(hit, cs, ps):
            over = max(over, _MOVED_ON_TOPIC)  # "$310 million ..., mainly from China and [India]"
        self._mismatch(Mismatch("entity", c.text, hit.text), over)

    # -- directions: rose/fell, approved/rejected, opened/closed ----------------------------------------------

    def polarity(self, c: Slot) -> None:
        """A direction word: agreed with, opposed on the same topic, or missing."""
        claim, passage, cs, ps, used, sides = self.claim, self.passage, self.cs, self.ps, self.used, self.sides
        group = c.value[0]  # type: ignore[index]
        eff = _way(c)
        if group == "approval" and any(
            o.kind is SlotKind.POLARITY and o.value[0] == group  # type: ignore[index]
            and _way(o) != eff
            for o in cs
        ):
            self.note(self.missing, "polarity")  # "approved an ordinance banning bags": one act, not two verdicts
            return
        same = [p for p in ps if p.kind is SlotKind.POLARITY and p.value[0] == group]  # type: ignore[index]
        if group in _COMPASS:  # "35 km northwest of Caraveli" is no answer to "southern Peru"
            same = [p for p in same if _bearing_of(passage, p) == _bearing_of(claim, c)]
            if not same and (across := _compass_across(c, claim, ps, passage)) is not None \
                    and max(self.best_ov, sides.sense_overlap(across)) >= 0.4:  # fmt: skip
                self.mismatches.append(Mismatch("polarity", _as_said(c), _as_said(across)))
                return  # "on the site's southern hill" / "cut into the western hill"
        agree = [p for p in same if _way(p) == eff]
        ctext = _as_said(c)
        moved = _figure_moved(c, eff, cs, ps, claim, passage)
        if moved is not None and self.best_ov >= 0.25:
            # "profit rose 12 percent" against "down 12 percent", though "higher energy costs" agrees; the
            # same share moved the other way needs less of the rest ("new infections rose by 18 percent in
            # the week to Thursday" / "in the week ending Thursday, new notifications fell by 18 percent")
            self._mismatch(Mismatch("polarity", ctext, moved.text), _MOVED_ON_TOPIC)  # the same share, beside
            return  # the other direction: one figure
        opposed = [p for p in same if p not in agree]
        if agree and opposed and _figure_moved(c, -eff, cs, ps, claim, passage) is None:
            # both directions in the passage: the other one counts where it is far closer to the claim's words
            # ("net income rose" against "revenue grew ..., but net income declined"), unless the agreeing one
            # moves the claim's own figure ("fell 18%" / "dropped 18% ..., while sales grew 4.1%")
            hit = _best(c, opposed, self.min_align * 0.7, set(used))  # (a trial: marks nothing used)
            if hit is not None and _align(c, hit) >= max(_align(c, p) for p in agree) + _POLAR_MARGIN \
                    and max(self.best_ov, sides.sense_overlap(hit)) >= 0.4 \
                    and not (group == "direction" and lines_moved_apart(claim, c, passage, hit)):  # fmt: skip
                used.add(hit.start)
                self.mismatches.append(Mismatch("polarity", ctext, _as_said(hit)))
                return
        if agree:
            self.note(self.matched, "polarity")  # not stated: any word of that direction anywhere in the passage
            return  # agrees
        if group == "direction" and _CHANGE_BASE_AFTER.match(claim, c.end):
            # a change against a time before is answered by a comparison with it: "sightings of porpoises rose
            # compared with the survey in 2019" / "porpoises were seen less often than in a 2019 survey"
            than = [p for p in ps if p.kind is SlotKind.POLARITY and p.value[0] == "comparison"  # type: ignore[index]
                    and p.start not in used and against_a_time(passage, p)]
            hit = sides.compared_against(c, than)
            if hit is not None and _way(hit) != eff:
                used.add(hit.start)
                self.mismatches.append(Mismatch("polarity", ctext, _as_said(hit)))
                return
        hit = _best(c, same, self.min_align * 0.7, used) or _same_move(c, same, cs, ps, claim, passage) \
            or sides.sole_polar(c, same, cs)
        if hit is not None and group == "state" and not _same_event(claim, c, passage, hit):
            hit = None  # "has halted most container handling" / "stevedores began a 48-hour stoppage"
        if hit is not None and group == "direction" and lines_moved_apart(claim, c, passage, hit):
            hit = None  # "Net profit ... fell" / "Sales for April-September rose": another line of the accounts
        if hit is not None and (max(self.best_ov, sides.sense_overlap(hit)) >= 0.4
                                or (self.best_ov >= 0.3 and _same_subject(claim, c, passage, hit))):
            self.mismatches.append(Mismatch("polarity", ctext, _as_said(hit)))
        else:
            self.note(self.missing, "polarity")

    # -- the sentence-level readings, and the report -----------------------------------------------------------

    def _negation_diff(self, c_negs: int, best_negs: int, verbatim: bool) -> bool:
        """Whether the claim and its best sentence differ in negation of the same predicate."""
        claim, best = self.claim, self.best
        # a quotation the passage gives word for word says what it says, however many sentences it spans
        if not (self.cw and self.best_ov >= 0.7 and (c_negs % 2) != (best_negs % 2) and not verbatim):
            return False
        # the negated side's predicate must be what the other side affirms: "were not [affected]" is not
        # answered by "were routed" (as a predicate: "throughout the [disruption]" names the event, it does not
        # say the calls were affected)
        negated, other = (claim, best[0]) if c_negs % 2 else (best[0], claim)
        predicates = content_words(_ACT_NOUN.sub(" ", _FREE.sub(" ", other)))
        governed = _same_sense(_negated_words(negated))
        if not governed & _same_sense(predicates):
            return False
        if negated is claim and governed & _same_sense(_denied_nouns(other)):
            return False  # "had not yet received training" / "received vaccines but no training"
        if governed & _same_sense(_governed_words(other, _PRIVATIVE, 3)):
            return False  # "did not call at Vardø" / "skipped its scheduled call at Vardø": one call not made
        return not _put_off_to(negated, other)  # "does not expect a recovery before 2026" / "expects it to
        # recover only in 2026"

    def report(self) -> SlotReport:
        claim, passage, cs, ps, cw, best = self.claim, self.passage, self.cs, self.ps, self.cw, self.best
        mismatches = self.mismatches
        if _other_season(claim, passage, mismatches):  # "168,000 tonnes in the 2023/24 season" / "a crop of
            mismatches[:] = [m for m in mismatches if m.kind not in ("number", "date")]  # 200,000 in 2024/25"
        c_sent = _sentence_index(claim)
        # "has 15 days to lodge an appeal" is answered by "may lodge an appeal"
        c_modal = any(s[3] for s in c_sent) or any(t[0].lower() == "can" for t in _tokens(claim)) \
            or _PERMITTED.search(claim) is not None or _EXPECTS.search(claim) is not None  # fmt: skip
        c_future = any(t[0].lower() in ("will", "shall", "would") for t in _tokens(claim))
        verbatim, misquote = compare_quotes(claim, passage) if '"' in claim or "“" in claim else (False, None)
        if verbatim:  # "We accept the decision" found word for word: its direction was said, whatever the passage's
            quoted = [m.span() for m in _QUOTED.finditer(claim)]  # own words around it ("would not fight the ban")
            inside = {c.text for c in cs if c.kind is SlotKind.POLARITY and any(lo <= c.start < hi for lo, hi in quoted)}
            mismatches[:] = [m for m in mismatches if m.kind != "polarity" or m.claim not in inside]
        best_negs, best_modal = _relevant_polarity(best[0], claim, cw, (best[2], best[3]))
        negation_diff = self._negation_diff(sum(s[2] for s in c_sent), best_negs, verbatim)
        if negation_diff and not any(m.kind == "polarity" for m in mismatches):
            mismatches.append(Mismatch("negation", _neg_phrase(claim), _neg_phrase(best[0])))
        # "will hire" fits "plans to hire"; not "could hire"
        modality_gap = bool(cw) and self.best_ov >= 0.6 and best_modal and not c_modal and not verbatim \
            and not (c_future and not _only_possible(best[0]))  # fmt: skip
        if modality_gap:
            mismatches.append(Mismatch("modality", "asserted", _modal_phrase(best[0])))
        checkable = [c for c in cs if c.kind is not SlotKind.POLARITY and not c.negated]
        figures = [c for c in checkable if c.kind is SlotKind.NUMBER and not _titled(claim, c)]
        dates = [c for c in checkable if c.kind is SlotKind.DATE]
        slots_restated = 0.0
        # a figure and one more value, or three values one a date: a name and a year alone may be another event
        # ("Humes died in 1953" against "founded in 1953 by Humes"); "Toy Story 2" holds no figure
        if not mismatches and ((figures and len(checkable) >= 2) or (dates and len(checkable) >= 3)):
            slots_restated = _slots_restated(claim, checkable, ps, passage, cw)
        elif not mismatches and len(dates) == 1 \
                and all(c.kind is SlotKind.ENTITY for c in checkable if c not in dates) \
                and (len(checkable) == 2 or (len(checkable) == 1 and not _weekday(dates[0]))):  # fmt: skip
            # a date, and a name, with most of the rest: "Kiptanui broke the course record set in 2019" / "Kiptanui
            # set a new course record ..., improving on the previous best ... set in 2019"; "The new limits will
            # take effect on January 1" / "the new licensing limits, which apply from January 1"
            slots_restated = _slots_restated(claim, checkable, ps, passage, cw)
            slots_restated = slots_restated if slots_restated >= _NAME_DATE_RESTATE else 0.0
        elif not mismatches and len(checkable) >= 3 and all(c.kind is SlotKind.ENTITY for c in checkable):
            # three names or more, with the rest: "has begun surveying damaged orchards in Khairpur, Sukkur and
            # Naushahro Feroze districts" / "Teams from the agriculture department were seen ... recording damage in
            # orchards in Khairpur, Sukkur and Naushahro Feroze districts"
            slots_restated = _slots_restated(claim, checkable, ps, passage, cw)
        # exact figures only: many values fall within a bound ("fewer than 25 cases" and "14 of them resolved")
        # (a time of day counts as a figure: "shortly before 7 a.m." is an exact time, its "before" no bound)
        times = [d for d in dates if isinstance(d.value, tuple) and d.value[0] == "time"]
        # "since January" is "so far this year": said either way, the year to date
        to_date = [d for d in dates if _SINCE_JANUARY.search(claim, 0, d.end) and _THIS_YEAR.search(passage)]
        # ... and "for the 2025 season" is "this season" of a passage that names no year
        to_date += [d for d in dates if _SEASON_AFTER.match(claim, d.end) and _THIS_SEASON.search(passage)
                    and not _NAMED_YEAR.search(passage)]
        # ... or a bound the passage writes as the claim does: "gusts of up to 35 metres per second" / "gusts reached
        # up to 35 metres per second"
        alike = [c for c in checkable if c.bound and any(
            p.kind is c.kind and p.bound == c.bound and p.value == c.value and p.unit == c.unit for p in ps)]
        exact = (figures or times) and not mismatches and not any(
            c.bound for c in checkable
            if c.kind is not SlotKind.ENTITY and c not in times and c not in to_date and c not in alike)
        # with the claim's dates, but a weekday ("Sunday's runoff") need not be repeated
        # ... and a time offset ("two weeks earlier") dates the claim rather than counting anything
        dated = [*(c for c in figures if not _OFFSET_AFTER.match(claim, c.end)),
                 *(d for d in dates if not _weekday(d) and d not in to_date)]  # fmt: skip
        # ... nor an age that says who did it, beside what was done: "[The 24-year-old] rider ... crossed the line
        # 14 seconds ahead" is restated by "beating team mate ... by 14 seconds"
        if any(c.kind is not SlotKind.NUMBER or c.unit != "age" for c in dated):
            dated = [c for c in dated if c.kind is not SlotKind.NUMBER or c.unit != "age"]
        counted = any(c.kind is SlotKind.NUMBER or c in times for c in dated)
        figures_restated = _slots_restated(claim, dated, ps, passage, cw) if exact and counted else 0.0
        # an age alone is no anchor: "Alcantar, 61, is the first ..." / "Alcantar, now 61, had denied ..."
        # ... and so is a year or a day of the month: "take effect on March 2" / "will go up by 4.6 percent on 2 March"
        anchored = any(c.kind is SlotKind.NUMBER and c.unit != "age" and not _aged(claim, c) or c in times
                       or c.kind is SlotKind.DATE and isinstance(c.value, tuple)
                       and c.value[0] in ("year", "md", "season", "quarter")
                       for c in dated)  # fmt: skip
        figures_sentence = _figures_sentence(claim, dated, cs, ps, passage, cw) if anchored and not mismatches else ""
        if misquote is not None and not verbatim:
            mismatches.append(misquote)
            self.m_over = 1.0  # the passage quotes most of the quotation's words in order: it is about the same words
        return SlotReport(
            mismatches=tuple(mismatches),
            matched=self.matched,
            missing=self.missing,
            claim_slots=self.counts,
            overlap=self.overlap,
            precision=self.precision,
            best_sentence_overlap=self.best_ov,
            negation_diff=negation_diff,
            modality_gap=modality_gap,
            mismatch_overlap=self.m_over,
            quote_verbatim=verbatim,
            restate_overlap=_restatement(cw, self.sents),
            slots_restated=slots_restated,
            figures_restated=figures_restated,
            figures_sentence=figures_sentence,
            stated=tuple(dict.fromkeys(self.stated)),
            best_sentence=best[0].strip(),
            nil_sentence=nil_sentence(claim, passage),
            disavowed_sentence=disavowed_sentence(claim, passage),
        )


#: A claim of what its subject expects or intends ("Huadong Harbour Engineering Co. expects to finish ... by March
#: 2026"): no assertion that a passage's "expected to" hedges. (Only the claim's: a passage sentence that also tells
#: what "forecasters expect" still states what it asserts.)
_EXPECTS = re.compile(r"\b(?:expects?|intends?)\s+(?:[\w’'-]+\s+){0,8}?to\b")  # ("expects paratransit service ... to")


#: Between a share and the figure it is a share of: "a third[ of the ]9,000 tonnes".
_OF_FIGURE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:estimated\s+|planned\s+)?")
#: A year's season or campaign: "the 2025 [season]", and a passage's "this season".
_SEASON_AFTER = re.compile(r"\s+(?:season|campaign|harvest)\b", re.IGNORECASE)
_THIS_SEASON = re.compile(r"\bthis\s+(?:year['’]s\s+)?(?:season|campaign|harvest)\b", re.IGNORECASE)
#: The year to date, as a claim and a passage may say it.
_SINCE_JANUARY = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+|early\s+)?January$")
_THIS_YEAR = re.compile(
    r"\b(?:this\s+year|year\s+to\s+date|since\s+the\s+(?:start|beginning)\s+of\s+the"
    r"\s+year|[Aa]s\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))\b"  # ("As of 26 February, ... in 2024")
)


#: The least share of the claim's words a sentence giving its one date (and name) must restate to count as
#: stating it: a name and a year alone may be another event ("Humes died in 1953" / "founded in 1953 by Humes").
_NAME_DATE_RESTATE = 0.7
#: A number that is a time offset: "[two] weeks earlier", "[three] days later", "[six] months ago"; not a delay
#: or a lead, which is a figure: "[six] months later than planned".
_OFFSET_AFTER = re.compile(
    r"\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:earlier|later|ago|before|after|previously)\b(?!\s+than\b)", re.I
)
#: A capitalised word right before a number makes it part of a title ("Toy Story [2]", "Apollo [11]").
_TITLE_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s$")


#: A time written in its parts: "1 hour, 3 minutes and 12 seconds" (a finishing time, as "1:03:12" is).
_IN_PARTS = re.compile(r"\b(?:hours?|minutes?)\b.*\b(?:minutes?|seconds?)\b")
#: Stems of an aid paid on top of a price: a subsidy, a grant, a bonus.
_AID_WORDS = frozenset("subsidy grant bonus premium allowanc rebat".split())
#: The year a figure is of, written right after it: "1,180 tonnes [in 2024]", "1,450 tonnes of green leaf [this year]",
#: "52 confirmed dengue cases between January and early [July 2024]"; not past another figure (:func:`_figure_year`).
_FIGURE_YEAR = re.compile(
    r"[^\d.;]{0,55}?\b(?:(?:(?:in|for|during|of)\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"\.?\s+)((?:19|20)\d\d)\b|(this|last|next)\s+year\b)",
    re.IGNORECASE,
)


#: A figure written in words.
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty"
                          r"|forty|fifty|hundreds?|thousands?)\b", re.IGNORECASE)
#: Right before a whole a count is a part of: "out of [a workforce of roughly] 780", "out of 1,200".
_OUT_OF_WHOLE = re.compile(
    r"\bout\s+of\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:total|workforce|staff|membership|crew)\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$",
    re.IGNORECASE,
)
#: A name after a year, which makes the year an edition's: "the 2025 [Micronesian Cup]".
_EDITION = re.compile(r"\s+[A-Z]")
#: A span written in years and months: "four years and six months", a term, an age.
_YEARS_AND_MONTHS = re.compile(r"\byears?\s+and\s+\S+(?:\s*\([a-z -]+\))?\s+months?\b")
#: A term of years a court gives, by the words after it: "a three-year [suspended sentence]", "four years [in prison]".
_TERM_OF_YEARS = re.compile(r"[\s-]years?(?:\s+and\s+\S+\s+months?)?\s+(?:\w+\s+){0,2}?"
                            r"(?:sentence|jail|prison|imprisonment|term|custody|detention)\b", re.IGNORECASE)
#: What a height is measured from, right after it: "1,715 metres [above sea level]", "1,500 metres [above the peak]".
_ABOVE = re.compile(
    r"(?:\s+(?:metres|meters|m|feet|ft))?\s+(?:high\s+)?above\s+(?:the\s+|its\s+)?(sea\s+level|[a-z]+)", re.IGNORECASE
)


def _above_what(text: str, slot: Slot) -> str | None:
    """What a height is measured from (:data:`_ABOVE`): "sea level", "peak"; None if not said."""
    m = _ABOVE.match(text, slot.end)
    return None if m is None else m.group(1).lower()


#: Words of a ban from an office or a trade, before its term: "deprived of the right to hold ...", "barred from".
_BAN_BEFORE = re.compile(r"\b(?:deprived\s+of\s+the\s+right|banned|barred|disqualified|prohibited|ban)\b",
                         re.IGNORECASE)
#: A term right before its years: "a suspended sentence of [three] years", "jailed for [four] years".
_TERM_BEFORE = re.compile(r"\b(?:sentence|term|sentenced\s+to|jailed\s+for|imprisoned\s+for)\s+(?:of\s+)?$",
                          re.IGNORECASE)
#: Years right after a figure: "three[ years]", "four[-year]".
_YEARS_AFTER = re.compile(r"[\s-]years?\b", re.IGNORECASE)


def _compass_across(c: Slot, claim: str, ps: Sequence[Slot], passage: str) -> Slot | None:
    """The passage's compass word of the other axis on the same noun as the claim's: "western hill" against
    "southern hill"; not a bearing from a place."""
    noun = re.match(r"\s+([a-z]{3,})\b", claim[c.end : c.end + 30])
    if noun is None or _bearing_of(claim, c):
        return None
    return next((p for p in ps if p.kind is SlotKind.POLARITY and p.value[0] in _COMPASS  # type: ignore[index]
                 and p.value[0] != c.value[0] and not _bearing_of(passage, p)  # type: ignore[index]
                 and re.match(r"\s+" + noun.group(1) + r"\b", passage[p.end : p.end + 30])), None)  # fmt: skip


def _precise(slot: Slot) -> bool:
    """Whether a figure is written to three significant digits or more ("18.4 million", "3,412"), too precise for
    two counts to share by chance."""
    return significant_digits(float(slot.value)) >= 3  # type: ignore[arg-type]


def _whole_and_part(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether the passage's count is told as the whole a part is out of and the claim's is not: "About 620 workers
    ... joined the strike" / "counted around 450 workers taking part, out of a workforce of roughly 780". (A claim's
    whole may have its rival in a part told otherwise: "out of 17 Super Bowl winners" / "nine of the last 13".)"""
    whole = _OUT_OF_WHOLE.search(passage, 0, p.start)
    # (the part counted before it: not "Dion's first out of six Diamond-certified albums", a total)
    return _OUT_OF_WHOLE.search(claim, 0, c.start) is None and whole is not None \
        and re.search(r"\d", passage[max(0, whole.start() - 80) : whole.start()]) is not None


def _season_or_edition(passage: str, p: Slot) -> bool:
    """Whether the passage's year is a season's or names an edition: no rival of a founding year."""
    return _SEASON_AFTER.match(passage, p.end) is not None or _edition_year(passage, p)


def _edition_year(text: str, slot: Slot) -> bool:
    """Whether the year at ``slot`` names an edition of something: "won [the 2025] Micronesian Cup"."""
    return _EDITION.match(text, slot.end) is not None and text[: slot.start].rstrip().lower().endswith("the")


def _figure_year(text: str, slot: Slot) -> str | None:
    """The year written right after a figure (:data:`_FIGURE_YEAR`), with no figure in words between: "2024", or
    "this year" and the like."""
    m = _FIGURE_YEAR.match(text, slot.end, slot.end + 75)
    if m is None and (before := _YEAR_BEFORE_FIGURE.search(text, max(0, slot.start - 60), slot.start)):
        return before.group(1)  # "put [2023] throughput at about 402,000 tonnes"
    if m is None or _NUMBER_WORD.search(text, slot.end, m.start(1) if m.group(1) else m.start(2)):
        return None  # (not past another figure: "three more sanctuaries, to add to the six declared in 2012")
    return m.group(1) or m.group(2).lower() + " year"


#: A year before a figure's noun, then the figure: "put [2023] throughput at about", "[2023] output of".
_YEAR_BEFORE_FIGURE = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:[a-z]+\s+){1,2}?(?:at|of|was|were|stood\s+at|totalled|totaled|reached)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$"
)


def _years_of(slots: Sequence[Slot]) -> set[str]:
    """The years written among ``slots`` ("2007")."""
    return {str(x.value[1]) for x in slots if x.kind is SlotKind.DATE and x.unit == "year"}  # type: ignore[index]


def _others_years(c: Slot, cs: Sequence[Slot], claim: str) -> set[str]:
    """The years of the claim's other figures of ``c``'s unit that are not ``c``'s own year."""
    own = _figure_year(claim, c)
    return {y for x in cs if x is not c and x.kind is SlotKind.NUMBER and x.unit == c.unit
            and (y := _figure_year(claim, x)) is not None and y != own}  # fmt: skip


#: A change a figure is the target of: "extend the festival [to] four days", "raise the fee to".
_TO_TARGET = re.compile(
    r"(?:\b(?:extend|expand|increas|rais|cut|reduc|lower|grow|boost|bring|lift|doubl|shorten|lengthen|widen|enlarg"
    r"|rise|rising|fall|climb|drop|jump)\w*\s+(?:[\w’'-]+\s+){0,4}?(?<!\bup\s)to"
    r"|\bgo(?:es|ing|ne)?\s+(?:up|down)\s+to)\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
#: Words of a plan or an expectation: "plan to", "will", "hopes to".
_PLAN_WORDS = r"plans?|planned|intends?|aims?|expects?|will|would|proposes?|wants?|hopes?"
_PLANNED = re.compile(rf"\b(?:{_PLAN_WORDS})\b")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts, by the last ". " before it (0 if none)."""
    return text.rfind(". ", 0, at) + 1


#: Things counted that are only planned, after the count: "12 turbines [planned for] phase two", "40 [proposed]
#: stations".
_PLANNED_THINGS = re.compile(
    r"(?:[\s-]+(?!(?:have|has|had|is|are|was|were|who|that|they)\b)[a-z][\w-]*){0,2}\s+(?:planned|proposed|envisaged)\b"
)
#: A sum or a size only planned, before the figure: "a [planned outlay of] 8 billion yen".
_PLANNED_BEFORE = re.compile(
    r"\b(?:planned|proposed|envisaged)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?(?:about\s+|around\s+)?$"
)


def _planned_figure(text: str, slot: Slot) -> bool:
    """Whether a figure is of something only planned: "12 turbines [planned] for phase two", "a [planned] outlay
    of 8 billion yen"."""
    return slot.kind is SlotKind.NUMBER and (
        _PLANNED_THINGS.match(text, slot.end) is not None
        or _PLANNED_BEFORE.search(text, max(0, slot.start - 40), slot.start) is not None
    )


def _planned(text: str, slot: Slot) -> bool:
    """Whether a figure is of something planned, by the words about it or a plan in its clause before it ("[plans to
    build] 12 turbines")."""
    lo = _sentence_start(text, slot.start)
    return _planned_figure(text, slot) or _PLANNED.search(text, max(lo, slot.start - 60), slot.start) is not None


def _planned_target(text: str, slot: Slot) -> bool:
    """Whether a figure is the target of a change a sentence plans: "The organisers plan to extend the festival to
    [four] days in 2026"."""
    lo = _sentence_start(text, slot.start)
    return _TO_TARGET.search(text, max(lo, slot.start - 60), slot.start) is not None and _PLANNED.search(
        text, lo, slot.start) is not None


#: An aside describing the name before it: "Pärnu Beach District Society[, a residents' group,]".
_NAME_ASIDE = re.compile(r"(\b[A-Z][\w’'-]*),\s+(?:a|an)\s+[^,;.()\d]{1,40}(?=,)")


def _titled(text: str, slot: Slot) -> bool:
    """Whether a capitalised word right before the figure makes it part of a title ("Toy Story [2]"), not a
    sentence's first word ("About [260] computers", "Some [4,300] lecturers"), nor a measure ("on Harnet Avenue [14]
    seconds ahead")."""
    if slot.unit not in ("count", "score", "", None) and not slot.unit.startswith("label"):
        return False
    m = _TITLE_BEFORE.search(text[: slot.start])
    return m is not None and m.group(0).strip().lower() not in _HEDGES | _STOP


def _slots_restated(claim: str, checkable: Sequence[Slot], ps: Sequence[Slot], passage: str, claim_words: set[str]) -> float:
    """Claim recall (in senses, each number a word) of the best passage sentence stating every one of
    ``checkable``'s values (a count, of the same thing)."""
    best = 0.0
    senses = _same_sense(claim_words)
    figures = sum(c.kind is SlotKind.NUMBER for c in checkable)  # numbers are no content words; they count
    sents = _sentences(passage)
    for k, (lo, hi) in enumerate(sents):
        inside = [p for p in ps if lo <= p.start < hi]
        squashed = _squash(passage[lo:hi])
        if all(
            any(_states(c, p) and (c.kind is not SlotKind.NUMBER or _counts_alike(claim, c, passage, p)) for p in inside)
            or (c.kind is SlotKind.ENTITY and _squash(c.text) in squashed)
            for c in checkable
        ):
            # a next sentence going on about the same things says more of it: "The report makes [27]
            # recommendations. They include annual underwater inspections ..."
            end = sents[k + 1][1] if k + 1 < len(sents) and _GOES_ON.match(passage, sents[k + 1][0]) else hi
            words = _same_sense(content_words(passage[lo:end]))
            best = max(best, (len(senses & words) + figures) / (len(senses) + figures))
    return best


#: A sentence opening on a pronoun for what the one before was about, and a verb: "They include ...".
_GOES_ON = re.compile(
    r"\s*(?:They|These|It|This|Those)\s+(?:include|included|includes|also|are|were|is|was|will|would)\b"
)


#: People counted at work, a workforce: "140 [people work] on the plantation", "300 staff are employed there".
_PEOPLE_AT_WORK = re.compile(r"\s+(?:people|persons|staff)\s+(?:work|worked|are\s+employed|were\s+employed)\b", re.IGNORECASE)


#: A verb employing right before a count: the people counted are a workforce ("[employs about] 240 people").
_EMPLOYS_BEFORE = re.compile(r"\bemploy(?:s|ed|ing)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+"
                             r"|more\s+than\s+|over\s+)?$", re.IGNORECASE)


def _counted_words(text: str, slot: Slot) -> set[str]:
    """The senses of the two words after a count: what it counts ("56 [rail wagons]"); after a break, none, or what
    the sentence put at it ("put the number of [artisans] on strike at about 12,000, well short of ...")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[slot.end : slot.end + 40])[:2]
    if re.match(r"[,;:]\s", text[slot.end : slot.end + 2]) \
            and not _OPENING_PHRASE.match(text, _sentence_start(text, slot.start), slot.start):  # fmt: skip
        # (but "Measured at magnitude 6.6, the [earthquake] was ...": a phrase opening the sentence tells of the
        # subject after its comma)
        told = _PUT_AT.search(text, max(0, slot.start - 120), slot.start)
        words = [told.group(1)] if told else []
    if _PEOPLE_AT_WORK.match(text, slot.end) or _EMPLOYS_BEFORE.search(text, max(0, slot.start - 40), slot.start):
        words = [*words, "workers"]  # "About 140 [people work] on the plantation" / "employs about 140 workers"
        # ("[employs about] 240 people" / "around 240 staff")
    return _same_sense({stem(w.lower()) for w in words if _is_content(w.lower())})


def _same_thing(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether the two words after two counts share a word of one sense ("Three [crew members]" / "Two [crew
    members]"), or neither names anything."""
    mine, theirs = _counted_words(claim, c), _counted_words(passage, p)
    return bool(mine & theirs) or not (mine or theirs)


def _counts_alike(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two equal figures count the same thing, by the words around them or right after them (other units
    name what they measure): "The company cut [230] jobs" is not stated by "The plant employs [230] workers"."""
    return c.unit != "count" or _align(c, p) >= 0 or _same_thing(claim, c, passage, p)


#: A name and a comma right before a figure, a comma after it: an age ("Alcantar, [61], is", "Smith, now [45],").
_NAME_COMMA = re.compile(r"[A-Z][\w’'-]*,\s+(?:now\s+|aged\s+)?$")


def _aged(text: str, slot: Slot) -> bool:
    """Whether the figure is an age set off by commas after a name."""
    return bool(_NAME_COMMA.search(text[max(0, slot.start - 40) : slot.start])) and text[slot.end : slot.end + 1] == ","


def _figures_sentence(claim: str, dated: Sequence[Slot], cs: Sequence[Slot], ps: Sequence[Slot], passage: str,
                      claim_words: set[str]) -> str:  # fmt: skip
    """The passage sentence sharing most of the claim's senses among those giving all of its figures, bound or
    not ("at least 10 days" / "ten days at the very least"), counts of the same thing, and its dates
    (``dated``), with no other weekday
    or direction than the claim's (``cs``: all its slots); "" when none does."""
    best, where = -1, ""
    senses = _same_sense(claim_words)
    days = {c.value for c in cs if c.kind is SlotKind.DATE and _weekday(c)}
    starts = {_day_role(claim, c) for c in cs if c.kind is SlotKind.DATE and _weekday(c)} == {"start"}
    ways = {c.value for c in cs if c.kind is SlotKind.POLARITY and not c.negated}

    def otherwise(p: Slot) -> bool:  # "on Tuesday" against "on Wednesday", "an increase" against "was cut"
        if p.kind is SlotKind.DATE and days and _weekday(p):
            # ("evacuated 1,240 people since Sunday" / "By Tuesday evening some 1,240 people had been evacuated")
            return p.value not in days and not (starts and _day_role(passage, p) == "end")
        if p.kind is SlotKind.POLARITY and not p.negated and isinstance(p.value, tuple):
            return any(w[0] == p.value[0] and w[1] != p.value[1] for w in ways)  # type: ignore[index]
        return False

    # the same figure, a bound aside: "up to 1.5 million" is not given by "1.2 million"
    bare = {x: attrs.evolve(x, bound="", in_range=False) for x in (*dated, *ps) if x.kind is SlotKind.NUMBER}

    def gives(c: Slot, p: Slot) -> bool:
        if c.kind is SlotKind.NUMBER:
            return (p.kind is SlotKind.NUMBER and _units_compatible(c.unit, p.unit)
                    and _numbers_equal(bare[c], bare[p]) and _counts_alike(claim, c, passage, p))  # fmt: skip
        if _day_of_month(c) and not _day_of_month(p):
            return False  # "from March 4" is not given by "in March"
        return _states(c, p)

    record = _RECORD_WORDS.search(claim)
    for lo, hi in _sentences(passage):
        inside = [p for p in ps if lo <= p.start < hi and not p.negated]
        if record and not _RECORD_ECHO.search(passage[lo:hi]):
            continue  # "The crowd of 41,200 was a stadium [record]" is more than "in front of 41,200 fans"
        if all(any(gives(c, p) for p in inside) for c in dated) and not any(otherwise(p) for p in inside):
            shared = len(senses & _same_sense(content_words(passage[lo:hi])))
            if shared > best:
                best, where = shared, passage[lo:hi].strip()
    return where


def _deadlines_of_two_acts(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two figures are the time limits ("within 30 days") of acts told in words of no sense in common:
    "lodge an appeal within 30 days" / "payable within 90 days"; or a time limit and a span before an event."""
    for (one, x), (other, y) in (((claim, c), (passage, p)), ((passage, p), (claim, c))):
        if _WITHIN_BEFORE.search(one, max(0, x.start - 50), x.start) and _AHEAD_OF.match(other, y.end):
            return True  # "had sold out within two days" / "are sold ... from three days before departure": a span,
            # and how long before an event something is done
    acts = []
    for text, slot in ((claim, c), (passage, p)):
        m = _WITHIN_BEFORE.search(text, max(0, slot.start - 50), slot.start)
        if m is None:
            return False
        acts.append(_same_sense(content_words(m.group("act"))))
    return bool(acts[0]) and bool(acts[1]) and not acts[0] & acts[1]


#: A span of days counted back from an event, right after its figure: "three [days before departure]".
_AHEAD_OF = re.compile(r"\s+(?:days?|weeks?|hours?|months?)\s+(?:before|ahead\s+of|prior\s+to)\b")
#: The act a time limit is set on, right before it: "[lodge an appeal] within ", "[payable] within the next ".
_WITHIN_BEFORE = re.compile(r"(?P<act>(?:[\w’'-]+\s+){1,3}?)within\s+(?:the\s+next\s+)?$")


def _day_role(text: str, slot: Slot) -> str:
    """Whether a weekday opens a tally ("since Sunday"), closes one ("by Tuesday evening") or dates an act."""
    before = text[max(0, slot.start - 12) : slot.start]
    return "start" if _SINCE_DAY.search(before) else "end" if _BY_DAY.search(before) else "on"


#: Right before a weekday, the words that open a tally ("since") or close one ("by", "as of").
_SINCE_DAY = re.compile(r"\b(?:since|from)\s+(?:last\s+)?$", re.IGNORECASE)
_BY_DAY = re.compile(r"\b(?:by|as\s+of|until|till|through)\s+(?:last\s+)?$", re.IGNORECASE)


#: A run's length told by its ordinal: "halted [for a fifth] day", "for the third straight day", "for the second time".
_RUN = re.compile(r"\bfor\s+(?:a|an|the)\s+$", re.IGNORECASE)
_RUN_NOUN = re.compile(r"\s+(?:(?:straight|consecutive|successive|running)\s+)?(day|night|week|month|year|season|time)s?\b",
                       re.IGNORECASE)


def _run_noun(text: str, slot: Slot) -> str | None:
    """What a run's ordinal counts ("day" in "for a fifth straight day"), or None for another ordinal."""
    if slot.unit != "ordinal" or _RUN.search(text[max(0, slot.start - 12) : slot.start]) is None:
        return None
    m = _RUN_NOUN.match(text, slot.end)
    return m.group(1).lower() if m else None


def _same_run(c: Slot, claim: str, cands: Sequence[Slot], passage: str, used: set[int]) -> Slot | None:
    """The passage's one ordinal of a run of the same thing as the claim's: "halted for a [fifth] day" against
    "went uncollected for a [third] straight day"; "won the title for the [first] time" / "for the [second] time"."""
    noun = _run_noun(claim, c)
    if noun is None:
        return None
    fits = [p for p in cands if p.start not in used and _run_noun(passage, p) == noun]
    if len(fits) != 1:
        return None
    used.add(fits[0].start)
    return fits[0]


def _day_of_month(slot: Slot) -> bool:
    return slot.kind is SlotKind.DATE and isinstance(slot.value, tuple) and slot.value[0] == "md"


#: Units whose figure says little without the thing it counts (see :func:`restates_value`).
_COUNTED = frozenset(("count", "ordinal", "rank", "duration"))


def restates_value(claim: str, written: str, passage: str, *, supports: bool = False) -> bool:
    """Whether ``passage`` gives the claim's figure or date ``written`` (as a mismatch writes it, its bound
    included) as the claim does: the same value, and for a count, a rank or a span of time the same thing
    counted ("seven injured" / "left seven injured", not "Berth 3" for "three workers", not "an 18-second lead"
    for "won by 18 seconds"); a sum of money, a percentage or a date, which a long report may give for several
    things, only in a passage that ``supports`` the claim."""
    mine = [c for c in _extract(claim) if c.kind in (SlotKind.NUMBER, SlotKind.DATE) and _written_in(c.text, written)]
    return any(
        _same_value(c, p) and (_same_thing(claim, c, passage, p) if c.kind is SlotKind.NUMBER and c.unit in _COUNTED
                               else supports and (c.unit != "percent" or _shares_a_word(claim, passage, p)))
        and not _previous_one(claim, c, passage, p)
        for c in mine for p in _extract(passage)
    )


#: What a thing can hold, before the figure: "can carry", "is certified to carry a maximum of", "has room for".
_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:can|could|(?:able|certified|designed|built|licen[cs]ed|allowed|permitted|authori[sz]ed"
    r"|(?:licen[cs]es|allows|permits)\s+(?:it|them))\s+to)\s+(?:carry|hold|seat|accommodate|take)"
    r"|\b(?:room|space|seats?|capacity)\s+for|\bcapacity\s+of)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)


def _capacity(text: str, x: Slot) -> bool:
    """Whether count ``x`` is what a thing can hold (:data:`_CAPACITY_BEFORE`), not what it holds."""
    return _CAPACITY_BEFORE.search(text, max(0, x.start - 60), x.start) is not None


def _shares_a_word(claim: str, passage: str, p: Slot) -> bool:
    """Whether ``passage`` giving ``p`` shares a content word with the claim (in sense): a passage on a dry dock
    "[70 per cent] complete" gives another thing's share than petroleum's "70 per cent of the volume"."""
    mine = _same_sense(content_words(claim)) - _same_sense(content_words(p.text))
    if len(mine) < 2:
        return True  # a claim of few words of its own says too little to tell ("That compares with 21.7 percent")
    return bool(mine & _same_sense(content_words(passage)))


def _same_event(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two verbs of starting or stopping are said of the same thing: a content word of one sense within
    three words of each, in its clause, dates and figures aside ("the plant [closed]" / "the plant [reopened]";
    not "a strike that [began] on March 30" / "kept classrooms [closed] since March 30")."""
    def around(text: str, slot: Slot) -> set[str]:
        left = re.split(r"[,;:()\"“”]|\b(?:and|but|or|as|while)\b", text[max(0, slot.start - 60) : slot.start])[-1]
        right = re.split(r"[,;:()\"“”.]|\b(?:and|but|or|as|while)\b", text[slot.end : slot.end + 60])[0]
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", left)][-3:] + \
            [w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", right)][:3]  # fmt: skip
        return _same_sense({stem(w) for w in words if _is_content(w) and w not in _MONTHS and w not in _WEEKDAYS
                            and w not in _POLARITY_WORD})

    # (and both said the same way: "a strike that [began] on March 30" is not answered by "a walkout that
    # [closed] most public schools", which tells what the walkout did to something else)
    return bool(around(claim, c) & around(passage, p)) and _acts_on(claim, c) == _acts_on(passage, p)


#: An object right after a verb of starting or stopping: "closed [most] public schools", "opened [its] doors".
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|all|most|many|some|its|their|his|her|our|several|both|\d[\d,]*)\b")


def _acts_on(text: str, slot: Slot) -> bool:
    """Whether a verb of starting or stopping takes an object (:data:`_OBJECT_NEXT`): it did something to a thing."""
    return _OBJECT_NEXT.match(text, slot.end) is not None


def _way(p: Slot) -> int:
    """A polarity word's sign as its sentence says it: "not approved" is a refusal."""
    sign: int = p.value[1]  # type: ignore[index]
    return -sign if p.negated else sign


def _as_said(p: Slot) -> str:
    """A polarity word as a mismatch writes it, with its negation: "not approved"."""
    return ("not " if p.negated else "") + p.text


def _a_part(text: str, x: Slot, *, told: bool = False) -> bool:
    """Whether a figure counts a part of a whole told before it: "[two] of them in Yacuiba", "Yacuiba ([2]) and
    Bermejo (1)"; ``told``: or of a whole it names ("[Two] of the dead were children")."""
    if _PARTITIVE.match(text, x.end) is not None or (told and _OF_THE.match(text, x.end) is not None):
        return True
    bracketed = text[x.start - 1 : x.start] == "(" and text[x.end : x.end + 1] == ")"
    return bracketed and text[x.start - 3 : x.start - 1].strip().isalpha()  # after a name, not "(2)" alone


#: What a body owns or employs, after its figure: "3,200 hectares[ of its own fields]", "[ of their workforce]".
_OWN_SHARE = re.compile(
    r"(?:\s+[a-z]+)?\s+of\s+(?:its|their)\s+(?:own\s+[a-z]+|land|fields?|farms?|estates?|plantations?|staff"
    r"|workforce|employees|members|fleet)\b"
)
#: A whole area's total, after its figure in its sentence: "24,000 hectares ... were damaged[ across the county]".
_AREA_TOTAL = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:across|throughout)\s+the\s+(?:county|region|country|province|state|district"
    r"|department|island|valley|area)|nationwide|countrywide)\b"
)
#: Around what is left of a whole: "[leaving] three months [unpaid]", "[leaving only] 40 tonnes [unsold]" (not
#: "leaving 300 people homeless": what a storm did).
_LEFT_OVER = re.compile(r"\bleaving\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+|roughly\s+)?$")
_LEFT_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:unpaid|outstanding|remaining|owed|owing|unsold|unspent|to\s+go"
                         r"|still\s+(?:due|to\s+be\s+\w+))\b")


def _left_over(text: str, x: Slot) -> bool:
    """Whether a figure is what is left of a whole: "leaving three months unpaid"."""
    before = _LEFT_OVER.search(text, max(0, x.start - 20), x.start)
    return before is not None and _LEFT_AFTER.match(text, x.end) is not None


#: A whole country, after a figure in its clause ("120,000 cases [nationwide]") or opening its sentence.
_NATION_AFTER = re.compile(
    r"[^.;!?,]{0,60}?\b(?:nationwide|countrywide|nationally|across\s+the\s+country|in\s+the\s+whole\s+country)\b"
)
_NATION_BEFORE = re.compile(r"^\W*(?:Nationally|Nationwide|Across\s+the\s+country)\b")
#: A part of a country named as such, in a figure's sentence: "in Perak's Kinta district", "in Songkhla province".
_PART_OF_COUNTRY = re.compile(
    r"\bin\s+(?:[A-Z][\w’'-]*['’]s\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:district|province|county"
    r"|municipality|prefecture|governorate|region|state)\b"
)


def _scope(text: str, x: Slot) -> str | None:
    """Whether a count is a whole country's ("nation") or a part's ("part") by the words of its sentence up to the
    end of its clause, or None where they tell neither (a part the sentence names as included is no scope: "280
    schools closed, including 40 in Gauteng province")."""
    lo = _sentence_start(text, x.start)
    if _NATION_AFTER.match(text, x.end) or _NATION_BEFORE.match(text[lo : x.start]):
        return "nation"
    end = _CLAUSE_END.search(text, x.end)
    parts = _PART_OF_COUNTRY.finditer(text, lo, end.start() if end else len(text))
    return "part" if any(not _INCLUDED.search(text, max(0, m.start() - 40), m.start()) for m in parts) else None


_CLAUSE_END = re.compile(r"[,;.]\s")
#: Where a figure's clause ends after it: "70 per cent of the damage[ and] the commune ...".
_CLAUSE_STOP = re.compile(r"\s+and\s|[,;.]")
#: The party a share is given to, right after it: "80% [to the State]", "20 per cent [to the commune]".
_TO_PARTY = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:liability|damages?|blame|costs?|shares?)\s+)?to\s+(?:the\s+)?"
                       r"([A-Za-z][\w-]+)")
_INCLUDED = re.compile(r"\b(?:including|among\s+them|of\s+which|of\s+them|of\s+whom)\b[^,;.]*$")


#: A figure's whole named after it: "[two] of the dead", "three of its victims".
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|his|her)\b", re.IGNORECASE)


def _stated_with_another(c: Slot, same: Sequence[Slot], cs: Sequence[Slot], ps: Sequence[Slot], passage: str) -> bool:
    """Whether a passage value equal to the claim's stands in a sentence that also gives another of the claim's
    figures ("rose 17 per cent to Rs 3,140 crore" / "stood at Rs 3,140 crore, ... an increase of 17%")."""
    sents = _sentences(passage)
    others = [o for o in cs if o is not c and o.kind is SlotKind.NUMBER and not o.negated]
    return any(
        q is not p and q.kind is SlotKind.NUMBER and _sentence_of(sents, q.start) == _sentence_of(sents, p.start)
        and any(_numbers_equal(o, q) for o in others)
        for p in same for q in ps
    )


def _same_subject(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two direction verbs open their sentences' predicates after the same subject noun: "[Methane]
    concentrations at the station fell" / "[Methane] at the station also rose"."""
    def subject(text: str, slot: Slot) -> str | None:
        stop = text.rfind(". ", 0, slot.start)
        lo = stop + 2 if stop >= 0 else 0
        words = re.findall(r"[A-Za-z][\w’'-]*", text[lo : slot.start])
        if not words or len(words) > 8 or not words[0][0].isupper() or words[0].lower() in ("the", "a", "an"):
            return None
        return stem(words[0].lower()) if _is_content(words[0].lower()) else None

    a = subject(claim, c)
    return a is not None and a == subject(passage, p)


#: Verbs of opposite events: a day next to one is no day of the other.
_OPPOSITE_EVENTS = (
    ("leave", "return"), ("depart", "return"), ("evacuate", "return"), ("flee", "return"), ("arrive", "leave"),
    ("arrive", "depart"), ("open", "close"), ("start", "end"), ("begin", "end"), ("launch", "end"), ("enter", "exit"),
    ("join", "leave"), ("hire", "fire"), ("elect", "resign"),
    # the stranded and those taken out: "stranded in Lachung on Friday" / "flew 340 tourists out ... on Saturday"
    ("strand", "fly"), ("strand", "airlift"), ("strand", "evacuate"), ("strand", "rescue"),
)


@lru_cache(maxsize=1)
def _opposite_stems() -> tuple[tuple[str, str], ...]:
    return tuple((stem(a), stem(b)) for a, b in _OPPOSITE_EVENTS)


#: Words before the hour a tally or a report counts to: "[as of] 14:00", "[by] midday", "[as at] 6 p.m.".
_AS_OF = re.compile(
    r"\b(?:as\s+(?:of|at)|by|until|up\s+to)\s+(?:about\s+|around\s+|the\s+(?:end|middle|start)\s+of\s+)?"
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s+(?:hrs\s+)?on\s+)?$",  # "as of 14:00 on [8 August 2025]": the day too
    re.IGNORECASE,
)


#: Right before the value a change starts from: "raise the levy [from] 3 euros to 7 euros".
_FROM_VALUE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)
#: The second half of a split year: "2024[-25]", "2024/[25]".
_SPLIT_YEAR = re.compile(r"[-/–](\d\d)\b(?![-/.,]\d)")


def _other_end(p: Slot, ends: set[tuple[float, str]]) -> bool:
    """Whether passage figure ``p`` is the claim's other range end: its value, on the same side or on none."""
    return any(float(p.value) == value and p.bound in ("", bound) for value, bound in ends)  # type: ignore[arg-type]


def _split_year_end(slot: Slot, text: str) -> int | None:
    """The year a split year ends in ("fiscal 2024-25": 2025), or None for a year standing alone."""
    split = _SPLIT_YEAR.match(text, slot.end)
    year = slot.value[1]  # type: ignore[index]
    return year + 1 if split and int(split.group(1)) == (year + 1) % 100 else None


#: The day a tally is read at, before it and a comma: "[As of] 1 October 2024, farms ... have harvested" (not the
#: hour an act was done: "fully restored as of 10:40 p.m.").
_AS_OF_DAY = re.compile(r"\bas\s+(?:of|at|on)\s+$", re.IGNORECASE)


def _read_as_of(text: str, slot: Slot) -> bool:
    """Whether a date is the day a tally is read at (:data:`_AS_OF_DAY`)."""
    return bool(_AS_OF_DAY.search(text, max(0, slot.start - 12), slot.start)) and text[slot.end : slot.end + 1] == ","


def _counted_to(text: str, slot: Slot) -> bool:
    """Whether a date is the hour a tally or a report counts to ("[as of] 14:00", "87 aftershocks [by] midday")."""
    return _AS_OF.search(text[max(0, slot.start - 32) : slot.start]) is not None


#: A date from which something takes effect: "raise the tax by 25 per cent [from] April 1, 2025".
_TAKES_EFFECT = re.compile(r"\b(?:from|effective|starting|commencing|as\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
#: A date on which a body decided: "at its sitting [held on] 5 November 2024", "the resolution adopted on".
_DECIDED_ON = re.compile(
    r"\b(?:held|sitting|meeting|session|adopted|approved|passed|voted|signed|decided|dated)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _effect_and_decision(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether the claim's date is when something takes effect and the passage's when it was decided: "from April 1,
    2025" / "at its sitting held on 5 November 2024", two events' dates."""
    return _TAKES_EFFECT.search(claim[max(0, c.start - 24) : c.start]) is not None \
        and _DECIDED_ON.search(passage[max(0, p.start - 24) : p.start]) is not None  # fmt: skip


def _other_event(c: Slot, p: Slot) -> bool:
    """Whether the words around two dates name opposite events ("leave" / "return"), so they are no one slot; the
    passage's date is the claim's event's where its word stands closer than the opposite one ("The strike [began]
    at 04:00 and is expected to end at 04:00")."""
    cw, pw = dict(c.context), dict(p.context)
    return any((a in cw and b in pw and b not in cw and pw[b] >= pw.get(a, 0.0))
               or (b in cw and a in pw and a not in cw and pw[a] >= pw.get(b, 0.0)) for a, b in _opposite_stems())


def _as_bounded(slot: Slot, text: str) -> str:
    """The value as a mismatch reports it, with the words of its bound as written: "up to 240", "before 2019"; a
    month with its part: "mid-September"."""
    if slot.kind is SlotKind.DATE and (part := _month_part(slot, text)) is not None:
        return text[part[0] : slot.end]
    if not slot.bound or _PLUS_MINUS.fullmatch(slot.text):
        return slot.text  # "2.5±1%" says its range itself
    before = " ".join(re.findall(r"[a-z]+", text[max(0, slot.start - 24) : slot.start].lower()))
    bounds = _LOWER | _UPPER | _INCLUSIVE
    words = max((w for w in bounds if before == w or before.endswith(" " + w)), key=len, default=None)
    if words is None and slot.in_range:
        words = "at least" if slot.bound == "gt" else "at most"  # "between 30 and [40]": one end of it
    return f"{words} {slot.text}" if words else slot.text


def _one_measured_thing(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two measures of one dimension are of the thing named right after their units: "a 16 megawatt-hour
    [battery]" / "a 20 MWh [battery]"; or two figures of one named measure: "on a [turnout] of 74 per cent" / "a
    [turnout] of 61 per cent"."""
    if c.unit == p.unit and (a := _NAMED_MEASURE.search(claim, 0, c.start)) and (
            b := _NAMED_MEASURE.search(passage, 0, p.start)) and a.group(1).lower() not in _GENERIC_MEASURES:
        return stem(a.group(1).lower()) == stem(b.group(1).lower())
    if c.unit == p.unit == "percent" and _YEAR_ON_YEAR.search(claim[c.end : c.end + 60]) \
            and _YEAR_ON_YEAR.search(passage[p.end : p.end + 60]):  # fmt: skip
        return True  # "is up [41 percent] from the same period last year" / "an increase of [14 percent] compared
        # with the same period in 2023": two year-on-year changes of one count
    if c.unit == p.unit == "count" and (a := _COMPOUNDED.match(claim, c.end)) and (b := _COMPOUNDED.match(passage, p.end)):
        # "voided a [40]-year lease" / "the [99]-year lease over Kurai plantation": one lease, its term given twice
        return a.group(1).lower() == b.group(1).lower() and stem(a.group(2).lower()) == stem(b.group(2).lower())
    if c.unit != p.unit or c.unit not in _DIMENSIONS or c.unit == "duration":
        return False
    a, b = _MEASURED.match(claim, c.end), _MEASURED.match(passage, p.end)
    return bool(a and b) and stem(a.group(1).lower()) == stem(b.group(1).lower())  # type: ignore[union-attr]


#: Right before a name, words crediting it with what the passage tells: "according to [a report by] The Northern
#: Touchline", "cited by", "a report in".
_CREDITED_BEFORE = re.compile(
    r"\b(?:according\s+to|cited\s+by|quoted\s+by|citing|(?:report|reports|reported|story|article)\s+(?:by|in))"
    r"\s+(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:report|story|article)\s+(?:by|in|from)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: Right after a count, homes counted, no people moved from them: "destroyed 37 [homes]".
_HOMES_COUNTED = re.compile(r"\s+(?:[a-z]+\s+)?(?:homes|houses|dwellings|buildings)\b")
#: What a count of a fate counts when it names no group: "16 [others] were injured", "two [people] died", "five
#: were missing".
_GENERIC_COUNTED = re.compile(
    r"\s+(?:(?:more|other|others|people|persons|residents|inhabitants)\b|(?=(?:were|was|are|have|had|died)\b))",
    re.IGNORECASE,
)
#: A change's base, told right after it: "from the same period last year", "year on year", "on a year earlier".
_YEAR_ON_YEAR = re.compile(
    r"^\s*(?:(?:from|on|over|against|compared\s+(?:with|to)|than)\s+(?:in\s+)?the\s+same\s+(?:period|time|week|month|"
    r"quarter)|(?:,\s*)?year[-\s]on[-\s]year|(?:from|on|than)\s+a\s+year\s+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)
#: A measure named right before its figure: "a [turnout] of 74 per cent", "a [crowd] of 18,400".
_NAMED_MEASURE = re.compile(
    r"\b(?:a|an|the|its|their)\s+([a-z]{4,})\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"
)
#: Measures too general to tie two figures: "a rate of", "a total of", "an increase of".
_GENERIC_MEASURES = frozenset(
    "rate level total figure increase rise fall drop decline growth share price cost value amount number average "
    "loss profit gain".split()
)
#: A term compounded before the thing it is the term of: "a 40[-year lease]", "a 14[-day emergency]" (not a kind: "a
#: four-way race" / "a two-way race" are two polls' races).
_COMPOUNDED = re.compile(r"-(year|month|week|day|night|hour|minute)[-\s]+([a-z]{3,})\b")
#: A unit after a figure, then the noun it measures: "16 [megawatt-hour battery]", "48 mm [of rain]".
_MEASURED = re.compile(r"[\s-]*[A-Za-z]+(?:-[A-Za-z]+)?(?:\s+of)?\s+([a-z]{3,})\b")


def _tallies_apart(c: Slot, p: Slot) -> bool:
    """Whether two results count different things, their totals far apart: a game's points and a series' games
    ("88-81" / "3-2"), not two votes of one council ("6-3" / "5-4")."""
    if c.unit != "score" or p.unit != "score":
        return False
    a, b = (sum(int(x) for x in re.findall(r"\d+", s.text)) for s in (c, p))
    return min(a, b) > 0 and max(a, b) / min(a, b) > _TALLY_RATIO


#: How far apart two results' totals are when they count different things.
_TALLY_RATIO = 5.0


def _sole_tally(c: Slot, cands: Sequence[Slot], cs: Sequence[Slot], used: set[int], claim: str,
                passage: str) -> Slot | None:
    """The passage's one result for the claim's one result of a vote or a match, told in words that share a word
    of the act ("voted 6-3 on Tuesday" / "passed ... on Tuesday night by a single vote, 5-4"): one event has one."""
    if c.unit != "score" or sum(x.unit == "score" for x in cs) != 1:
        return None
    tallies = [p for p in cands if p.unit == "score" and p.start not in used]
    if len(tallies) != 1 or (_standing(passage, tallies[0]) and not _standing(claim, c)):
        return None  # (a series standing on the way is no result: "led the series 2-1 after Game 3")
    voted = all("vot" in dict(x.context) or re.search(r"\bvot", x.text, re.IGNORECASE) for x in (c, tallies[0]))
    if _align(c, tallies[0]) <= 0 and not voted:  # ("12 councillors voting in favour and 7 against" says it itself;
        # "by 37 votes to 22" / "in a 41-18 vote": a vote either way)
        return None
    used.add(tallies[0].start)
    return tallies[0]


#: A series' standing on the way to its result: "[led the series] 2-1 [after Game 3]", "[Down] 2-1 after ...".
_STANDING_BEFORE = re.compile(r"\b(?:led|leads?|leading|trailed|trails?|trailing|down|up)\s+(?:the\s+series\s+)?$",
                              re.IGNORECASE)
_STANDING_AFTER = re.compile(r"\s+(?:after|following)\s+(?:game|match|leg|round)\s+\w+", re.IGNORECASE)


def _standing(text: str, slot: Slot) -> bool:
    """Whether a score is a series' standing on the way, not its result (:data:`_STANDING_BEFORE`)."""
    return bool(_STANDING_BEFORE.search(text[max(0, slot.start - 30) : slot.start])
                or _STANDING_AFTER.match(text, slot.end))


def _converted(text: str, c: Slot, slots: Sequence[Slot]) -> bool:
    """Whether ``c`` is a sum given again in another currency, in brackets right after it: "14.2 million kina
    [($3.5 million)]"; checking the sum checks it."""
    if c.kind is not SlotKind.NUMBER or not (c.unit or "").startswith("money:"):
        return False
    return any(x.end <= c.start and (x.unit or "").startswith("money:") and x.unit != c.unit
               and _CONVERSION_GAP.fullmatch(text, x.end, c.start) for x in slots)  # fmt: skip


#: A measure written as an adjective before the thing it sizes: "a 1.5 million[-tonne grinding unit]", "a 12[-megawatt
#: plant]" (after the figure: the unit, then one or two words).
_SIZED = re.compile(r"-[a-z]+\s+([a-z]{3,})(?:\s+([a-z]{3,}))?")


#: Words after a sized thing that are no part of its name.
_NOT_A_THING = frozenset(
    "was were is are has have had will would can could may might went goes runs opens costs cost began near "
    "and but for with from into that which who".split()
)


#: Nouns of a limit, which a measure written as an adjective gives rather than sizes ("the 9-metre limit").
_LIMITS = frozenset("limit cap ceiling maximum minimum threshold quota".split())


def _sized_thing(slot: Slot, text: str) -> frozenset[str]:
    """The stems of the thing a measure written as an adjective sizes, and "capacity"; empty for any other figure."""
    m = _SIZED.match(text, slot.end)
    if m is None:
        return frozenset()
    first, second = m.groups()
    if first in _LIMITS:
        return frozenset()  # "the 9-metre limit" sizes nothing: the limit is the figure ("a maximum of 7.5 metres")
    if second is not None and (second.endswith("ed") or second in _NOT_A_THING):
        second = None  # "a 12-megawatt plant [went] into service": the verb after it
    return frozenset(stem(w) for w in (first, second, "capacity") if w)


#: A verb of speaking right before a date, maybe with whom it was told: "said on", "told reporters on", "announced late
#: on".
_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told(?:\s+(?:the\s+)?[\w’'-]+){0,4}|announced|confirmed|added|stated)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


#: A verb of speaking a few words before a date: "announced the closure on [Monday]".
_SPOKEN_NEAR = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|stated|reported)(?:\s+[\w’'-]+){0,4}\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _spoken_on(text: str, slot: Slot, *, loose: bool = False) -> bool:
    """Whether a date is the day a source spoke ("told the Southern Wire Service on [Friday]"); ``loose``, a day
    a few words after a verb of speaking ("announced the closure on [Monday]")."""
    before = text[max(0, slot.start - 60) : slot.start]
    return (_SPOKEN_NEAR if loose else _SPOKEN_ON).search(before) is not None


#: Which part of a month a month alone dates: "[mid-]September", "[early] March".
_PART_BEFORE = re.compile(r"\b(" + "|".join(sorted(_PART_OF_A_TIME)) + r")[\s-]+$", re.IGNORECASE)
#: The days of a month its parts take in: "early" (1-10), "mid" (10-20), "late" (20-31).
_MONTH_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}


def _month_part(slot: Slot, text: str) -> tuple[int, str] | None:
    """Where a month's part starts in ``text`` and which it is ("[mid-]September"), for a month alone; else None."""
    if not (isinstance(slot.value, tuple) and slot.value[0] == "month"):
        return None
    lo = max(0, slot.start - 8)
    m = _PART_BEFORE.search(text[lo : slot.start])
    return (lo + m.start(), m.group(1).lower()) if m else None


def _outside_part(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one side's day of a month lies outside the part of that month the other side gives ("September 1" /
    "mid-September")."""
    cv, pv = c.value, p.value
    if not (isinstance(cv, tuple) and isinstance(pv, tuple)):
        return False
    day, part = (cv[2], _month_part(p, passage)) if cv[0] == "md" else (pv[2], _month_part(c, claim)) \
        if pv[0] == "md" else (None, None)  # fmt: skip
    if day is None or part is None:
        return False
    lo, hi = _MONTH_PARTS[part[1]]
    return not lo <= day <= hi


#: A price per thing after a sum: "KSh 2,500 [per 50-kg bag]", "$3 [a litre]", "[for each ticket]".
_PRICED_PER = re.compile(
    r"\s*(?:per|a|an|for\s+(?:a|an|each|every)|each)\s+(?:[\d.]+[\s-]*(?:kg|kilogram|kilo|litre|liter|tonne|ton)s?\s+)?"
    r"(?P<thing>[a-z]{3,})\b"
)


def _counts_of(p: Slot, passage: str, thing: str) -> bool:
    """Whether the figure ``p`` counts ``thing``s in ``passage`` ("[11,400] bags of fertiliser" counts "bag")."""
    noun = re.match(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\b", passage[p.end :])
    return noun is not None and re.sub(r"e?s$", "", noun.group(1)) == re.sub(r"e?s$", "", thing)


#: A sum of money set before the noun it pays for, after an article: "the Rs 45 crore [unit]", "a $30 million [plant]".
_COSTED = re.compile(r"\s+([a-z]{3,})\b(?!-)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)


def _costed_thing(slot: Slot, text: str) -> str | None:
    """The stem of the thing a sum of money is the cost of, written as its adjective ("the Rs 45 crore unit": "unit"),
    or None."""
    m = _COSTED.match(text, slot.end)
    if m is None or not _ARTICLE_BEFORE.search(text[max(0, slot.start - 8) : slot.start]):
        return None
    word = m.group(1).lower()
    if word in _NOT_A_THING or word in _NOT_COSTED or word.endswith(("ed", "ly")):
        return None
    return stem(word)


#: Words after a sum that name no thing it pays for: "a $5 million [a] year", "the €3 [per] night".
_NOT_COSTED = frozenset("per each apiece annually yearly year month week day the this last next".split())


def _near_words(slot: Slot, text: str, reach: int = 8) -> frozenset[str]:
    """The stems of the ``reach`` words either side of a figure, in its sentence."""
    before, after = _words_around(text, _sentences(text), slot, reach)
    return frozenset(stem(w) for w in (*before, *after))


#: Right after a figure, a back-reference making it a part of a sum told before: "60 million zlotys [of that]".
_PART_OF_THAT = re.compile(r"(?:\s+[a-z]+)?\s+of\s+(?:that|this|it|which|those|these)\b")
#: Stems that make a figure a whole: a cost, a total, what a project is worth.
_WHOLE_WORDS = frozenset({"cost", "total", "valu", "worth", "pric", "project", "invest", "overall"})
#: The record a figure was before it fell: "broke the course record of [1:02:55]", "the old mark of [8.12 m]".
_OLD_RECORD = re.compile(
    r"\b(?:(?:broke|breaking|breaks|beat|beating|bettered|bettering|lowered|lowering|smashed|smashing|eclipsed|"
    r"eclipsing|improved|improving|surpassed|surpassing)\s+(?:the|his|her|their|its|a)\s+(?:[\w’'-]+\s+){0,2}?"
    r"|(?:old|previous|former|existing|standing)\s+(?:[\w’'-]+\s+){0,2}?)(?:record|best|mark)\s*(?:time\s+)?"
    r"(?:of\s+|,\s*|:\s*|was\s+|stood\s+at\s+)(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _old_record(slot: Slot, text: str) -> bool:
    """Whether ``slot`` is a record that was broken, as the words before it tell (:data:`_OLD_RECORD`)."""
    return _OLD_RECORD.search(text[max(0, slot.start - 60) : slot.start]) is not None


#: Words that may stand between a count's verb and the count: "has [about] 212", "will hire [an extra] 30".
_COUNT_QUALIFIER = (
    r"(?:(?:about|around|some|roughly|nearly|almost|only|just|over|under|currently|now|a\s+total\s+of|an?"
    r"|another|extra|further|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+){0,3}"
)
#: A count of what is held: "Minato Kotsu [currently has] 212 drivers", "[employs] 3,400 people".
_STOCK_VERB = re.compile(r"\b(?:has|have|had|employs?|employed|employing|operates?|operated|owns?|owned)\s+"
                         + _COUNT_QUALIFIER + "$", re.IGNORECASE)
#: A count of what is taken on or let go: "plans to [hire] 30 drivers", "[laid off] 120 workers".
_CHANGE_VERB = re.compile(
    r"\b(?:hire[sd]?|hiring|recruit(?:s|ed|ing)?|tak(?:e|es|ing)\s+on|took\s+on|lay(?:s|ing)?\s+off|laid\s+off"
    r"|cut(?:s|ting)?|shed(?:s|ding)?|axe[sd]?|axing)\s+" + _COUNT_QUALIFIER + "$",
    re.IGNORECASE,
)


def _stock_and_change(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one count is of what is held and the other of what is taken on or let go: "currently has 212
    drivers" / "planned to hire 30 drivers" are two counts, no rivals."""
    def kind(slot: Slot, text: str) -> str | None:
        before = text[max(0, slot.start - 60) : slot.start]
        return "stock" if _STOCK_VERB.search(before) else "change" if _CHANGE_VERB.search(before) else None

    return {kind(c, claim), kind(p, passage)} == {"stock", "change"}


#: A season or a split year: "the 2023/24 season", "fiscal 2024-25".
_SEASON = re.compile(r"\b((?:19|20)\d\d)[/-](\d\d|(?:19|20)\d\d)\b")


def _other_season(claim: str, passage: str, mismatches: Sequence[Mismatch]) -> bool:
    """Whether a rival date is another season than the claim's, beside a rival figure: the passage gives the
    figure of another season ("bought 168,000 tonnes in the 2023/24 season" / "expects a crop of 200,000
    tonnes in the coming 2024/25 campaign"), not another figure for the claim's."""
    if not any(m.kind == "number" for m in mismatches):
        return False
    ours = {m.group(1) for m in _SEASON.finditer(claim)}
    theirs = {m.group(1) for m in _SEASON.finditer(passage)}
    return any(m.kind == "date" and m.claim in ours and m.source in theirs and m.source not in ours
               for m in mismatches)  # fmt: skip


#: What stands between a sum and the same sum in another currency: "14.2 million kina [(]$3.5 million)",
#: "K40 million [(about ]$10 million)".
_CONVERSION_GAP = re.compile(
    r"(?:\s+[A-Za-z]+){0,2}\s*\(\s*(?:about|around|roughly|some|nearly|almost|approximately|or|US)?\s*"
)


def _bound_elsewhere(c: Slot, same: Sequence[Slot], cands: Sequence[Slot], used: set[int]) -> bool:
    """Whether the passage's figures that ``c`` agrees with are all bounds it only falls within, and another of
    its figures, far closer to the claim's figure in context, gives a value for it."""
    if not all(_only_within(c, p) for p in same):
        return False
    others = [_align(c, p) for p in cands if p not in same and p.start not in used]
    return bool(others) and max(others) >= max(_BOUND_ALIGN, max(_align(c, p) for p in same) + _BOUND_ALIGN)


#: How much closer in context than a bound the claim's figure merely falls within another figure must be to be
#: its value: the bound is then of another time or thing.
_BOUND_ALIGN = 0.5


def _correction(ruled_out: Slot, cands: Sequence[Slot]) -> Slot | None:
    """The value a correction puts in place of ``ruled_out``: the nearest one within 40 characters
    ("on [Monday], not Tuesday", "postponed from March 3 to [March 10]")."""
    def gap(p: Slot) -> int:
        return max(p.start - ruled_out.end, ruled_out.start - p.end)

    near = [p for p in cands if p.start != ruled_out.start and gap(p) <= 40]
    return min(near, key=gap) if near else None


def _best(c: Slot, cands: Sequence[Slot], threshold: float, used: set[int]) -> Slot | None:
    scored = [(_align(c, p), -p.start, p) for p in cands if p.start not in used]
    if not scored:
        return None
    score, _, p = max(scored, key=lambda t: (t[0], t[1]))
    if score < threshold:
        return None
    used.add(p.start)
    return p


#: A change told from one value to another: "will go from [9.50]", "raised the fare from [7.50]".
_CHANGE_FROM = re.compile(
    r"\b(?:go|goes|went|gone|going|rise|rises|risen|rising|rose|increas\w*|rais\w*|climb\w*|jump\w*|fall|falls"
    r"|fallen|falling|fell|drop\w*|cut|cuts|cutting|reduc\w*|lower\w*|take|takes|took|taking|mov\w*|chang\w*)"
    r"\s+(?:[\w’'-]+\s+){0,3}?from\s+(?:about\s+|around\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)
#: The words right before the value a change went to: "rise [to] 11 pesos", "go to about $4".
_TO_VALUE = re.compile(r"(?<!\bup)\s+to\s+(?:about\s+|around\s+)?[$€£¥₩]?$")


def _moved_to(slot: Slot, slots: Sequence[Slot], text: str) -> Slot | None:
    """The figure a direction word moves to or by, right after it: "risen [to 71 percent]", "fell [by 3%]"."""
    for x in slots:
        if x.kind is SlotKind.NUMBER and 0 <= x.start - slot.end <= 14 and re.fullmatch(
            r"\s+(?:sharply\s+|slightly\s+)?(?:to|by)\s+(?:about\s+|around\s+)?[$€£¥₩]?", text[slot.end : x.start]
        ):
            return x
    return None


def _same_move(c: Slot, same: Sequence[Slot], cs: Sequence[Slot], ps: Sequence[Slot], claim: str, passage: str
               ) -> Slot | None:  # fmt: skip
    """The passage's direction word in the other direction that moves to the claim's figure: "had risen to 71
    percent" against "has fallen to 71%"."""
    target = _moved_to(c, cs, claim)
    if target is None:
        return None
    for p in same:
        to = _moved_to(p, ps, passage)
        if to is not None and to.unit == target.unit and _numbers_equal(target, to):
            return p
    return None


#: Being free of cost, which a negated paying agrees with: "replace the hoses [free of charge]" / "owners will not
#: pay".
_FREE = re.compile(r"\b(?:free\s+of\s+charge|at\s+no\s+(?:cost|charge))\b", re.IGNORECASE)
#: A negation that only puts off what it negates, and the time it puts it off to: "did not see demand picking up
#: until [the second half of 2026]".
_NOT_UNTIL = re.compile(
    r"\b(?:not|n['’]t|no)\b[^.;]{0,60}?\b(?:before|until|till)\s+(?P<time>(?:[\w’'-]+\s*){1,6})", re.IGNORECASE
)


def _put_off_to(negated: str, other: str) -> bool:
    """Whether ``negated`` only puts off what it negates to a time ``other`` names ("does not expect a recovery
    before the second half of 2026" / "expects demand to recover only in the second half of 2026"); not to another
    time ("not expected before next week" / "expected this week")."""
    m = _NOT_UNTIL.search(negated)
    if m is None:
        return False
    time = content_words(m.group("time"))
    return bool(time) and time <= content_words(other)


#: A noun naming an act ("the disruption", "an evacuation"), which :func:`~factcheck.slots.lexicon.stem` reads as its
#: verb.
_ACT_NOUN = re.compile(r"\b\w{4,}[ts]ions?\b", re.IGNORECASE)


#: The words before a date that make it the period a figure is compared with: "compared with a profit of 12.1
#: million euros in", "against 7.2 million in", "22% more than the 470,000 tonnes obtained in", "[has nearly
#: doubled] since".
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:more|less|higher|lower|up|down)\s+(?:than|on|from))\s+"
    r"(?:[^,;.()]|(?<=\d)[.,](?=\d)){0,70}$"
    r"|\bsince\s+(?:early\s+|late\s+|mid-?)?$"
    # a share of change on the year before: "an increase of 18 percent [on] 2023", "6% up [over] 2024"
    r"|\d\s*(?:%|per\s*cent|percent)\s+(?:up\s+|down\s+|higher\s+|lower\s+)?(?:on|over)\s+$"
    # a change on the same months of a year before: "up 34 percent [on the same months of] 2023"
    r"|\b(?:on|over|from|than|with)\s+the\s+(?:same|corresponding|comparable|like)\s+(?:[\w-]+\s+){0,3}(?:of|in)\s+$"
    # the base figure of a change, dated: "a decrease of 18.0% [from 78.4 million lei in] 2023" (not "from 3 to 5 in")
    r"|\bfrom\s+(?:about\s+|around\s+|some\s+)?[$€£¥₩]?\d(?:(?!\bto\b)[^,;.()]|(?<=\d)[.,](?=\d)){0,40}\sin\s+$",
    re.IGNORECASE,
)


#: A new thing, before its date: "The [new] tariff will apply from".
_NEW_BEFORE = re.compile(r"\b[Nn]ew\s+[a-z]")
#: The thing before it, before its date: "The [previous] change in tariff items took effect on".
_PREVIOUS_BEFORE = re.compile(r"\b(?:[Pp]revious|[Pp]rior|[Ff]ormer)\s+[a-z]")


def _previous_one(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether the claim dates a new thing and the passage's sentence the one before it (:data:`_NEW_BEFORE`,
    :data:`_PREVIOUS_BEFORE`)."""
    if c.kind is not SlotKind.DATE or not _NEW_BEFORE.search(claim, max(0, c.start - 80), c.start):
        return False
    return _PREVIOUS_BEFORE.search(passage, passage.rfind(". ", 0, p.start) + 1, p.start) is not None


#: A day named as some days into an event, right after the day: "Thursday[, the second day of] a strike".
_DAY_INTO = re.compile(
    r",?\s+the\s+(?:" + _ORDINAL_WORD + r"|\d+(?:st|nd|rd|th))\s+(?:straight\s+)?(?:day|week)\s+(?:of|since)\b",
    re.IGNORECASE,
)
#: A day some days into what is told, before the day: "stayed off work for a [second] day on Tuesday".
_DAY_INTO_BEFORE = re.compile(
    r"\bfor\s+(?:a|the)\s+(?:" + _ORDINAL_WORD + r"|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: A date something began on: "which [began on] Saturday", "started in".
_BEGAN_ON = re.compile(
    r"\b(?:began|begun|begins|started|starts|launched|commissioned|inaugurated|(?:get|gets|got|gotten)\s+under\s*way)"
    r"\s+(?:on\s+|in\s+|at\s+)?$",
    re.IGNORECASE,
)
#: "since" right before a date: when a state began ("at a standstill [since] Monday"), or the last time before now
#: something happened ("the first time [since] 2014").
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: "since" before a year, or before a possessive or an article and then the year: "since [her] 2019 debut".
_SINCE_NEAR = re.compile(r"\bsince\s+(?:(?:her|his|its|their|the|a)\s+)?$", re.IGNORECASE)
#: The last time before now, told with "since": "the [first] strike at the company since", "its [biggest] ... since".
_LAST_SINCE = re.compile(r"\b(?:first|last|only|[a-z]{3,}est)\b[^.;]*\bsince\s+$", re.IGNORECASE)
#: A relative clause telling when something began, up to its date: "the price slide [that began in] 2023".
_WHICH_BEGAN = re.compile(r"\b(?:that|which)\s+(?:began|started|set\s+in)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)


def _compared_with(slot: Slot, text: str) -> bool:
    """Whether a date is the period a figure is compared with (:data:`_COMPARED`), or a comparative column's label
    in a results statement ("Revenue of US$241.0 million ([2023]: US$294.1 million)", "(H1 [2024]: EUR 64.2
    million)")."""
    if _LABEL_OPEN.search(text, max(0, slot.start - 6), slot.start) and _LABEL_AFTER.match(text, slot.end):
        return True
    return _COMPARED.search(text[max(0, slot.start - 90) : slot.start]) is not None


#: A comparative column's label opening, right before its year: "[(]2023: ...", "[(H1 ]2024: EUR 64.2 million)".
_LABEL_OPEN = re.compile(r"\((?:(?:H[12]|Q[1-4]|FY|[1-9]M)\s+)?$")
#: A figure right after a label's colon: "(2023[: US$294.1] million)".
_LABEL_AFTER = re.compile(r":\s*[-+−]?(?:[A-Za-z]{1,4}\$?\s?|[$€£¥]\s?)?\d")  # "(2023: TSh 132.7 billion)"


def _dateline_name(passage: str, slot: Slot) -> bool:
    """Whether a name stands in a paragraph's dateline, its place or its agency ("LONDON, Feb 10 ([UKEW]) -"):
    where and by whom a story was filed, no rival of a name the claim gives."""
    from factcheck.segment import _DATELINE

    line = passage.rfind("\n", 0, slot.start) + 1
    m = _DATELINE.match(passage, line)
    return m is not None and slot.end <= m.end()


def _closing_credit(passage: str, slot: Slot) -> bool:
    """Whether a name is the wire's credit closing a paragraph ("... their registration. [- SCP]", "(AAN)"): who
    filed the story, no rival of a name the claim gives."""
    before = passage[max(0, slot.start - 4) : slot.start]
    return _CREDIT_OPEN.search(before) is not None and _CREDIT_CLOSE.match(passage, slot.end) is not None


#: Right before a closing credit: a full stop and a dash, or a bracket.
_CREDIT_OPEN = re.compile(r"[.!?\"”]\s*(?:[-–—]|\()\s*$")
#: Right after it: the paragraph's end.
_CREDIT_CLOSE = re.compile(r"\)?\.?[ \t]*(?:\n|$)")


def _in_dateline(passage: str, slot: Slot) -> bool:
    """Whether a name stands in the capitals of a paragraph's dateline ("RIGA/[STOCKHOLM], Sept 16"): a place,
    never a surname slipped ("Karin Sjöholm")."""
    line = passage.rfind("\n", 0, slot.start) + 1
    capitals = re.fullmatch(r"[A-Z][A-Z.'/ -]*", passage[line : slot.end]) is not None
    return capitals and passage[slot.end : slot.end + 1] in (",", "/", " ", "(")


#: An office named by its title and its place: "Mayor of Jayapura", "Governor of Aceh".
_OFFICE_OF_PLACE = re.compile(
    r"(?:[Tt]he\s+)?(Mayor|Governor|President|Premier|Prefect|Minister|Chancellor|Rector|Sheriff|Commissioner|Bishop"
    r"|Archbishop|Emir|Sultan|Chief)\s+of\s+[A-Z]"
)


def _holds_the_office(name: str, other: str) -> bool:
    """Whether ``other`` is the office of a place whose title opens the person's ``name``: "Mayor Marthinus
    Itaar" holds "Mayor of Jayapura"."""
    m = _OFFICE_OF_PLACE.match(other)
    return m is not None and name.split()[0] == m.group(1) and len(name.split()) > 1 and " of " not in name


#: A land or water feature named before its sort ("the Kylshakty [river]"), which is no town.
_FEATURE_AFTER = re.compile(
    r"\s+(?:river|lake|creek|stream|lagoon|bay|gulf|sea|strait|channel|island|islands|mountain|mountains|hills|valley"
    r"|glacier|reservoir|dam|delta|estuary|reef|forest|desert|plateau|peninsula)\b",
    re.IGNORECASE,
)
#: A word placing a claim's name as a town: "[in] Kokshetau", "[near] Broome".
_AT_A_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+$")


def _feature_for_a_town(claim: str, c: Slot, passage: str, hit: Slot) -> bool:
    """Whether the passage's rival name is a land or water feature's ("The Kylshakty river") and the claim's a town's
    ("at the river's gauging post in Kokshetau"): two sorts of place, never each other's."""
    return _FEATURE_AFTER.match(passage, hit.end) is not None and _FEATURE_AFTER.match(claim, c.end) is None \
        and _AT_A_PLACE.search(claim[max(0, c.start - 8) : c.start]) is not None


#: The last word of a body's name: "the Northern Meat Workers' [Union]", "the Health [Ministry]".
_BODY_NAME_END = re.compile(
    r"\b(?:Union|Association|Federation|Ministry|Department|Council|Commission|Committee|Authority|Agency|Company"
    r"|Corporation|Institute|Society|Board|Bureau|Office|Trust|Foundation|Party|League|Club|Court|Bank|Group)$"
)


def _body_for_a_place(c: Slot, passage: str, hit: Slot) -> bool:
    """Whether the claim's name is a body's ("the Northern Meat Workers' Union") and the passage's rival a place's
    by the word before it ("an abattoir [near] Katherine"): a body is no rival of a town."""
    return _BODY_NAME_END.search(c.text) is not None and _BODY_NAME_END.search(hit.text) is None \
        and _AT_A_PLACE.search(passage[max(0, hit.start - 8) : hit.start]) is not None


def _same_given_name(a: str, b: str) -> bool:
    """Whether two personal names spelt a slip apart share the given name before the surname, the surname not
    merely a plural of the other ("[Dale] Ferrow" / "[Dale] Farrow"; not "Bristly Bellflowers" / "Bellflower",
    "Jing Jiang" / "Jiangsu"): then they are one person's however the rest is worded."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2 or _squash(ta[-2]) != _squash(tb[-2]):
        return False
    x, y = sorted((_squash(ta[-1]), _squash(tb[-1])), key=len)
    return x != y and y != x + "s"


def _governed_words(text: str, triggers: Collection[str], reach: int) -> set[str]:
    """Stems of the content words among the first ``reach`` words after each of ``triggers`` in ``text``."""
    toks = [t[0].lower() for t in _tokens(text)]
    out: set[str] = set()
    for i, w in enumerate(toks):
        if w in triggers:
            out.update(stem(x) for x in toks[i + 1 : i + 1 + reach] if _is_content(x))
    return out


def _negated_words(text: str, reach: int = 3) -> set[str]:
    """Stems of the content words a negation governs: the first ``reach`` words after "not", "never", "n't"
    ("had not yet [paid] the [fine]")."""
    return _governed_words(text, _VERBAL_NEG, reach)


#: Verbs saying a thing was not done ("[skipped] its call", "[missed] the deadline"), as "not" would.
_PRIVATIVE = frozenset("skip skips skipped skipping miss misses missed bypassed omitted forwent".split())


def _denied_nouns(text: str) -> set[str]:
    """Stems of the nouns "no" or "without" denies, up to two words on ("received registers but [no training]",
    "left [without any pay]")."""
    return _governed_words(text, ("no", "without"), 2)


def _neg_phrase(text: str) -> str:
    toks = [t[0] for t in _tokens(text)]
    for i, t in enumerate(toks):
        if t.lower() in _NEGATIONS:
            return " ".join(toks[max(0, i - 1) : i + 2])
    return "affirmed"


#: A permission, which "may" answers: "has 15 days to lodge an appeal", "is entitled to", "has the right to".
_PERMITTED = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|hours?)\s+to\b"
    r"|\b(?:allowed|entitled|permitted)\s+to\b|\bthe\s+right\s+to\b",
    re.IGNORECASE,
)


def _modal_phrase(text: str) -> str:
    toks = [t[0] for t in _tokens(text)]
    for i in range(len(toks)):
        if _hedges(toks, i):
            return " ".join(toks[i : i + 2])
    return "hedged"


def compare_slots(claim: str, passage: str) -> tuple[Mismatch, ...]:
    """Slots on which ``passage`` contradicts ``claim`` (number, date, entity, polarity, negation, modality).

    >>> compare_slots("The army has 254,000 troops.", "The army has 354,000 troops.")
    (Mismatch(kind='number', claim='254,000', source='354,000'),)
    """
    return analyze(claim, passage).mismatches


def sentence_with(text: str, fragment: str) -> str:
    """The sentence of ``text`` holding ``fragment`` (its first occurrence), or ``text`` when none does."""
    at = text.find(fragment)
    if at < 0:
        return text
    lo, hi = _sentence_of(_sentences(text), at)
    return text[lo:hi].strip()


def _sole_fate(text: str, slot: Slot, reach: int = 6) -> str | None:
    """The fate a count is of, for :meth:`_Comparison._sole_of_fate`: one no count of another shares
    (:func:`nearest_fate`, within ``reach`` words, past an aside: "Five people[, four of them children,] have
    died"), or people moved from their homes, however told ("driven 9,300 people from their homes" / "7,800 people
    ... had left their homes")."""
    if (aside := _ASIDE_AFTER.match(text, slot.end)) is not None:
        text = text[: aside.start(1)] + text[aside.end(1) :]
    fate = nearest_fate(text, slot, reach)
    return fate if fate is not None or nearest_any_fate(text, slot, _MOVED_REACH) != "moved" else "moved"


#: An aside after a count and its noun: "Five people[, four of them children,] have died".
_ASIDE_AFTER = re.compile(r"\s+[a-z]+(,\s+[^,.;]{1,40},)\s")
#: How near the word of its fate a passage's count must stand to be the one count of it: "[seven] dengue deaths",
#: not "the city's [two] largest hospitals ... list seven dengue deaths".
_FATE_NEAR = 3

#: How many words from a count the word of a move from home may stand: "7,800 people [across the province had left
#: their] homes".
_MOVED_REACH = 9
