"""Rival figures: the passage's other value for one of the claim's figures, in words of its own.

A dispute is most often a second source giving another figure for the same thing in its own wording
("4,300 lecturers have stopped work" / "about 3,400 members of the academic staff were absent"). Such a
sentence shares too few words with the claim for the slot alignment of :mod:`factcheck.slots` to pair
the two figures, so :func:`rival_figures` proposes candidate pairs by unit, size and what the figures
count, and the :class:`~factcheck.verify.Assessor` keeps those whose sentence is close in meaning to the
claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.slots.compare import (
    _FROM_VALUE, _NAMED_YEAR, _OFFSET_AFTER, _SINCE, _compared_with, _counted_to, _other_event, _season_or_edition,
    _same_thing, _split_year_end, _tallies_apart, _titled, _whole_and_part,
)
from factcheck.slots.extract import _extract
from factcheck.slots.lexicon import _POLARITY, _is_content, _same_sense, _sentences, stem
from factcheck.slots.records import Slot, SlotKind
from factcheck.slots.sides import _dated_act, _fates, _last_year_of, _moved_from, _sentence_of, _year_before
from factcheck.slots.compare import _standing
from factcheck.slots.values import (
    _RATES, _calendar_count, _dates_equal, _numbers_equal, _units_compatible, other_things, outlook_year_and_past,
    same_whole, share_whole,
)

__all__ = ["ESTIMATE_RATIO", "RIVAL_DAYS", "RIVAL_RATIO", "SMALL_COUNT", "rival_dates", "rival_figures"]


#: Largest ratio between a claim's figure and a rival one: rival counts of one thing are of one size ("4,300
#: lecturers" / "about 3,400 members of the academic staff"); "40 passengers" and "14 injured" are two things.
RIVAL_RATIO = 2.0


#: Largest ratio for a rival figure its sentence gives as someone's own estimate or count ("only about 900,000
#: workers", "estimated that as many as 1,000 jobs", "assessments put losses at about 60 million"): rival estimates
#: of one thing (a charity's and a ministry's toll, organisers' and police counts) are often further apart.
ESTIMATE_RATIO = 3.5
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*|assessments?|put\s+(?:the\s+)?(?:\w+\s+){0,3}at"
    r"|own\s+(?:count|tally|figures?|estimates?|records?)|as\s+many\s+as|only\s+(?:about|around|some)|closer\s+to)\b",
    re.IGNORECASE,
)


#: Most days between the claim's day of a month and a rival one ("on Oct. 12" / "on Oct. 9"): further apart, a
#: passage's day is most often another event of the story.
RIVAL_DAYS = 31


#: Counts below this are common in any story: a rival one must count the same thing, by the words after it.
SMALL_COUNT = 10


#: A count that is part of a compound modifier: "a four[-way] race", "a 40[-bed] ward".
_COMPOUND_AFTER = re.compile(r"-([A-Za-z]+)")


def _compound(text: str, slot: Slot) -> str | None:
    """The stem of the word a count is compounded with ("a 40-bed ward": "bed"), None for a count standing alone."""
    m = _COMPOUND_AFTER.match(text, slot.end)
    return stem(m.group(1).lower()) if m else None


#: A count of what remains besides some ("three [other] candidates", "two [more] bodies"): no total.
_REMAINDER_AFTER = re.compile(r"\s+(?:other|others|more|additional|further|remaining)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def rival_figures(claim: str, passage: str) -> tuple[tuple[Slot, Slot, str], ...]:
    """Passage figures that may give another value for one of the claim's, whatever the wording around them.

    For each figure of the claim (a count, a sum of money, a share or a measure, or a bound on one; not a
    range, a rank, a score, a title's number or a time offset) that the passage never states, every passage
    figure of the same unit within :data:`RIVAL_RATIO` of it, or :data:`ESTIMATE_RATIO` for someone's estimate of
    the same thing (not one a change started from, not ruled out), with the passage sentence holding it. Whether
    the sentence speaks of the same thing is for a model to judge (:class:`~factcheck.verify.Assessor` compares
    their meaning).

    Results are cached by the two texts: the Checker asks again for a hit it keeps only on a rival refutation.

    Returns:
        (claim figure, passage figure, passage sentence) triples, in passage order.
    """
    numbers = [c for c in _extract(claim) if c.kind is SlotKind.NUMBER]
    everyone = [c for c in numbers if not c.bound]
    # not a share: shares of different things are alike in size and in wording ("inflation of 3.4 percent" / "a
    # policy rate of 4.5 percent"), unless both are moves of what the claim opens with ("[Shares] in the company
    # rose 6 percent" / "Lumora [shares] closed up 9 percent"); nor a count in a compound ("a four-way race")
    mover = _mover(claim)
    # a bound counts too: "more than 40 ships" is ruled out by "27 vessels", not by "45" (which states it)
    cs = [c for c in numbers if not c.negated and not c.in_range and c.unit not in ("ordinal", "score")
          and (c.unit not in _RATES or (mover is not None and _moved(claim, c)) or share_whole(claim, c) is not None
               or _offer(claim, c) is not None)
          and not _titled(claim, c) and not _OFFSET_AFTER.match(claim, c.end)]  # fmt: skip
    stated = [p for p in _extract(passage) if p.kind is SlotKind.NUMBER and not p.negated]
    out = _rival_tally(claim, everyone, passage, stated)
    if not cs:
        return out
    # not a passage figure equal to another exact figure of the claim's: it is that one's ("more than 480" is no
    # exact figure: any larger one fits it)
    ps = [p for p in stated if not _REMAINDER_AFTER.match(passage, p.end)
          and not any(_states_figure(x, p) for x in everyone)]  # fmt: skip
    spans, claim_spans = _sentences(passage), _sentences(claim)
    out = list(out)
    for c in cs:
        a = abs(float(c.value))  # type: ignore[arg-type]
        same_unit = [p for p in ps if p.unit == c.unit]  # a bound here rules the claim's figure out (no p states it)
        if c.unit in _RATES and (side := _offer(claim, c)) is not None:
            same_unit = [p for p in same_unit if _offer(passage, p) == side]  # an offer's rival is an offer
        elif c.unit in _RATES and (whole := share_whole(claim, c)) is not None and not (mover and _moved(claim, c)):
            same_unit = [p for p in same_unit if same_whole(share_whole(passage, p), whole)]  # of the same whole
        elif c.unit in _RATES:  # a move of the same thing: its sentence names what the claim's moved
            same_unit = [p for p in same_unit
                         if _moved(passage, p) and mover in _sense_stems(passage[slice(*_sentence_of(spans, p.start))])]
        if a == 0 or any(_states_figure(c, p) or float(p.value) == a for p in stated):  # type: ignore[arg-type]
            continue  # the passage states the claim's figure ("now offer 900"): its other figures are other facts
        fate = _fates(claim, claim_spans, c)
        compound = _compound(claim, c) if c.unit == "count" else None
        base = _moved_from(c, claim)  # the value a change started from has its rival in another such value
        for p in same_unit:
            b = abs(float(p.value))  # type: ignore[arg-type]
            if b == 0 or (_moved_from(p, passage) and not base) or other_things(c, claim, p, passage) \
                    or _whole_and_part(claim, c, passage, p):  # fmt: skip
                continue
            if _calendar_count(c, claim) != _calendar_count(p, passage):
                continue  # "22 years of water samples" / "in 14 streams": a span of years is no count of things
            lo, hi = sentence = _sentence_of(spans, p.start)
            if _to_come_and_done(c, claim, p, passage, sentence):
                continue
            if c.unit == "count" and (compound != _compound(passage, p) or (compound and min(a, b) < SMALL_COUNT)):
                continue  # "a [40-bed] ward" / "a [24-bed] unit" are rivals; "a [four-way] race" / "four candidates"
                # are not, nor a small count of a kind ("a four-way race" / "a two-way race": two polls' races)
            ratio = max(a, b) / min(a, b)
            if ratio > RIVAL_RATIO and not (ratio <= ESTIMATE_RATIO and _same_thing(claim, c, passage, p)
                                            and _ESTIMATE.search(passage, lo, hi)):
                continue  # further apart: an estimate of the same thing, by the words after it
            if max(a, b) < SMALL_COUNT and c.unit == "count" and not fate and not _same_thing(claim, c, passage, p):
                continue  # "four tugboats" / "two product tankers": small counts of what the words after them name
            theirs = _fates(passage, spans, p)
            if theirs != fate:  # a fate named on one side only may stand further off in its sentence
                mine = fate or _fates(claim, claim_spans, c, reach=60)
                theirs = theirs or _fates(passage, spans, p, reach=60)
                if not mine & theirs:
                    continue
            if c.bound and _dated_otherwise(claim, passage[lo:hi]):
                continue  # "more than 3,000 homes [to protect]" / "[in January 2019] ... around 2,000 homes"
            out.append((c, p, passage[lo:hi].strip()))
    return tuple(out)


def _to_come_and_done(c: Slot, claim: str, p: Slot, passage: str, sentence: tuple[int, int]) -> bool:
    """Whether the claim's figure is of what is to come and the passage's (in ``sentence``, its span) of what was:
    "forecast a harvest of about 6,200 tonnes" / "Last year's harvest of 9,400 tonnes"; "1.35 euros per litre ... for
    the 2025 season" / "paid 1.10 euros per litre last season" (a year the claim names, and the one before);
    "expects the higher rate to bring in about €8.5 million a year" / "had brought in €5.8 million in 2024" (told as
    done, in a year the claim does not name)."""
    forecast = _FORECAST.search(claim[max(0, c.start - 60) : c.start]) is not None
    if _year_before(p, passage) and not _year_before(c, claim) and (forecast or _NAMED_YEAR.search(claim)):
        return True
    lo, hi = sentence
    return forecast and not _FORECAST.search(passage[lo : p.start]) and _dated_otherwise(claim, passage[lo:hi])


def _states_figure(c: Slot, p: Slot) -> bool:
    """Whether passage figure ``p`` gives claim figure ``c`` (a bound only in ``c``'s own unit: "upwards of 3,000
    homes" is no "48 million pound" scheme, though that sum is above 3,000)."""
    return _units_compatible(c.unit, p.unit) and (not p.bound or p.unit == c.unit) and _numbers_equal(c, p)


def _dated_otherwise(claim: str, sentence: str) -> bool:
    """Whether the sentence names a year the claim does not: another time's figure."""
    years = {d.value[-1] for d in _extract(claim) if d.kind is SlotKind.DATE and isinstance(d.value, tuple)}
    return any(d.kind is SlotKind.DATE and isinstance(d.value, tuple)
               and d.value[0] in ("year", "month", "md", "season")
               and isinstance(d.value[-1], int) and d.value[-1] > 999 and d.value[-1] not in years
               for d in _extract(sentence))  # fmt: skip


def _rival_tally(claim: str, everyone: list[Slot], passage: str, stated: list[Slot]) -> list[tuple[Slot, Slot, str]]:
    """The passage's one other result for the claim's one result ("passed by 52 votes to 36" / "by a margin
    of 49 to 36"): a vote or a match has one tally; the sentences' meaning tells whether it is the same one."""
    mine = [c for c in everyone if c.unit == "score" and not c.negated]
    theirs = [p for p in stated if p.unit == "score"]
    if len(mine) != 1 or len(theirs) != 1 or _numbers_equal(mine[0], theirs[0]):
        return []  # (the same result, told from either side: "trailed 14-16" / "led 16-14")
    if _tallies_apart(mine[0], theirs[0]):
        return []  # a game's "88-81" and the series' "3-2" are two results
    if _standing(passage, theirs[0]) and not _standing(claim, mine[0]):
        return []  # a series' standing on the way is no result: "led the series 2-1 after Game 3"
    lo, hi = _sentence_of(_sentences(passage), theirs[0].start)
    return [(mine[0], theirs[0], passage[lo:hi].strip())]


#: Words of a move up or down ("rose", "closed up", "fell by").
_DIRECTION = frozenset().union(*_POLARITY["direction"])


def _moved(text: str, slot: Slot) -> bool:
    """Whether the figure is a move: a word of direction among the two words before it ("rose 6 percent",
    "closed up 9 percent", "fell by 2%"), or a rise or fall named right after it ("posted a 28% [rise] in ...")."""
    if any(w in _DIRECTION for w in re.findall(r"[a-z]+", text[max(0, slot.start - 30) : slot.start].lower())[-2:]):
        return True
    after = _MOVE_AFTER.match(text, slot.end)
    return after is not None and after.group(1).lower() in _DIRECTION


#: The word right after a share, a rise or fall it names: "a 28% [rise] in net profit", "a 4 percent [drop]".
_MOVE_AFTER = re.compile(r"(?:\s*(?:percent|per\s+cent|pct))?[\s-]+([a-z]+)\b")


#: The two sides of a bargain over a rise: what one side offers, what the other asks for.
_OFFER_SIDES = {
    "offer": "offer offered offering offers propose proposed proposes proposal proposing tabled",
    "demand": "demand demanded demanding demands seek seeking sought seeks want wants wanted ask asking asked",
}
_OFFER_SIDE = {w: side for side, words in _OFFER_SIDES.items() for w in words.split()}


def _offer(text: str, slot: Slot) -> str | None:
    """The side of a bargain a share is put forward by, by a word among the six before it in its sentence ("has
    [offered] 2.5 per cent", "[proposed] a general increase of 3 per cent", "is [demanding] 10%"); None for others.
    Two offers of one side are rivals; an offer and a demand are two things."""
    lo, _ = _sentence_of(_sentences(text), slot.start)
    words = re.findall(r"[a-z]+", text[lo : slot.start].lower())[-6:]
    return next((_OFFER_SIDE[w] for w in reversed(words) if w in _OFFER_SIDE), None)


def _sense_stems(text: str) -> set[str]:
    return _same_sense({stem(w) for w in re.findall(r"[a-z]+", text.lower()) if _is_content(w)})


def _mover(claim: str) -> str | None:
    """The sense of the claim's first content word, what a move in it is a move of ("[Shares] in the company
    rose 6 percent"); None when it opens with a number."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d", claim)
    first = next((w for w in words if w[0].isdigit() or _is_content(w.lower())), None)
    if first is None or first[0].isdigit():
        return None
    return next(iter(_same_sense({stem(first.lower())})))


#: A date that ends or starts a span ("remanded in custody [until] April 14", "[from] June 1"): the passage's other
#: days are most often the span's events ("will appear in court on 6 April").
_SPAN_END = re.compile(r"\b(?:until|till|through|by|before|after|since|from)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


#: A beginning dated by its first day: "will [begin] spraying in Vaitele [from] Monday".
_STARTS_FROM = re.compile(
    r"\b(?:begins?|start(?:s|ed)?|commences?|resumes?|takes?\s+effect)\b(?:\s+\S+){0,5}\s+from\s+$", re.IGNORECASE
)

#: The kinds of date a rival may be found for; a weekday, which a story repeats for many events, only by a word of
#: the same act ("will begin spraying from Monday" / "fogging will start on Saturday").
_RIVAL_KINDS = frozenset({"md", "time", "year", "month", "weekday"})


#: A forecast's verb before its figure, in its sentence: "The chamber [forecast] a harvest of about 6,200 tonnes"; or a
#: proposal's: "the city was [weighing] a rise in minibus fares to 25 som".
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecasted|expects?|expected|projects?|projected|predicts?|predicted|will"
    r"|(?:weighing|considering|mulling)\s+(?:a|an|whether)|propos(?:es|ed|ing))\b[^.;]*$",
    re.IGNORECASE,
)


def _dates_the_earlier_figure(claim: str, passage: str, year: Slot) -> bool:
    """Whether the passage figure right before ``year`` is the figure the claim's change started from ("from 96.1
    million euros a year earlier" / "the [96.1 million euros] of 2023")."""
    before = [p for p in _extract(passage) if p.kind is SlotKind.NUMBER and 0 <= year.start - p.end <= 40]
    earlier = [c for c in _extract(claim)
               if c.kind is SlotKind.NUMBER and _FROM_VALUE.search(claim[max(0, c.start - 20) : c.start])]  # fmt: skip
    return bool(before) and any(_numbers_equal(c, before[-1]) for c in earlier)


@lru_cache(maxsize=4096)
def rival_dates(claim: str, passage: str) -> tuple[tuple[Slot, Slot, str], ...]:
    """Passage dates that may give another value for the claim's one day of a month, time of day, year or month of a
    year, whatever the wording around them ("Laboratory tests confirmed the virus on Oct. 12" / "The first case was
    confirmed on Oct. 9"; "sent a mayday at 5:15 a.m." / "sent a distress call at 3:15 a.m."; "since it opened in
    2009" / "The museum opened in 2011"). As for :func:`rival_figures`, whether the sentence tells of the same
    event is for a model to judge.

    Only a claim with one such date, not the end or start of a span ("until April 14"), is read, against a passage
    that never states it: each passage date of the same kind (a day within :data:`RIVAL_DAYS` days of the claim's,
    of the same year where both name one; any other clock time; a year or month by a word of the same act), not of
    an opposite event ("left" / "returned").

    Returns:
        (claim date, passage date, passage sentence) triples, in passage order.
    """
    dates = [c for c in _extract(claim) if c.kind is SlotKind.DATE and not c.negated]
    mine = [c for c in dates if not c.bound and isinstance(c.value, tuple) and c.value[0] in _RIVAL_KINDS]
    if any(c.value[0] != "weekday" for c in mine):  # type: ignore[index]
        mine = [c for c in mine if c.value[0] != "weekday"]  # type: ignore[index]  # "at 7:40 a.m. on Wednesday"
    if len(mine) != 1 or (_SPAN_END.search(claim[: mine[0].start]) and not _STARTS_FROM.search(claim[: mine[0].start])):
        return ()  # (but a beginning's first day is its own: "will begin spraying from Monday")
    c = mine[0]
    founded = _dated_act(claim, c.start) == "found"  # (a founding year has no rival in a season's or an edition's)
    stated = [p for p in _extract(passage) if p.kind is SlotKind.DATE and not p.negated]
    if any(_dates_equal(c, p) for p in stated):
        return ()
    spans, out = _sentences(passage), []
    for p in stated:
        if p.bound or not isinstance(p.value, tuple) or _other_event(c, p):
            continue
        if p.value[0] != c.value[0] and not _year_of_month(c, p):
            continue
        if _year_of_month(c, p) and _split_year_end(c, claim) == p.value[-1]:
            continue  # "for the 2023/24 season" / "results for the season ending 30 June 2024": its second year's
        if _compared_with(p, passage) and not _compared_with(c, claim) and not _SINCE.search(passage, 0, p.start):
            continue  # "Revenue of 84 million euros for 2024" / "84.0 million euros, compared with 64.1 million euros
            # in 2023": the period a figure is compared with
        if c.value[0] == "time" and _counted_to(passage, p) and not _counted_to(claim, c):
            continue  # "struck at 3:17 a.m." / "As of 14:00, the earthquake ... has left 4 people dead"
        if passage[p.start - 1 : p.start] == "(" and _COMPARATIVE_LABEL.match(passage, p.end):
            continue  # a comparative column's year in a results statement: "to 14.2 billion tugriks ([2022]: 12.0
            # billion tugriks)" gives the year before's figure, no year of the claim's
        if c.value[0] == "md" and not _days_apart(c.value, p.value):
            continue
        if c.value[0] in ("year", "month", "season", "weekday") and not _same_act(c, p, near=c.value[0] == "weekday"):
            continue
        if _last_year_of(c, p, claim) and _dates_the_earlier_figure(claim, passage, p):
            continue  # "to 42.5 million euros in 2024 from 96.1 million euros a year earlier" / "the 96.1 million
            # euros of 2023": the claim's year before, of its figure before
        if outlook_year_and_past(c, claim, p, passage):
            continue  # "plans to bring the championships back ... in 2027" / "the event was last staged ... in 2021"
        if founded and _season_or_edition(passage, p):
            continue  # "The festival, first held in 1999" / "The 2024 Golden Eagle Festival was held on 5-6 October"
        lo, hi = _sentence_of(spans, p.start)
        out.append((c, p, passage[lo:hi].strip()))
    return tuple(out)


def _year_of_month(c: Slot, p: Slot) -> bool:
    """Whether passage date ``p`` is a month or day of another year than claim year ``c``: "issued in [2017]" /
    "signed off in [December 2016]"."""
    cv, pv = c.value, p.value
    return (isinstance(cv, tuple) and isinstance(pv, tuple) and cv[0] == "year"
            and ((pv[0] == "month" and len(pv) == 3) or (pv[0] == "md" and len(pv) == 4))
            and pv[-1] != cv[1])  # fmt: skip


#: What follows a year labelling a comparative figure in brackets: "(2022[: 12.0] billion)", "(2023[: -4]%)".
_COMPARATIVE_LABEL = re.compile(r":\s*[-+−]?[$€£¥]?\s*\d")


def _same_act(c: Slot, p: Slot, *, near: bool = False) -> bool:
    """Whether the word right by a year of the claim's ("[opened] in 2009", "[took charge] in January 2024") stands by
    the passage's year too, in a word of one sense ("first [opened] its doors in 2011"): a story has many years,
    each of its own act. ``near``: a word near the claim's date will do ("will [begin] spraying in Vaitele from
    Monday" / "will [start] on Saturday")."""
    acts = _same_sense({w for w, weight in c.context if weight >= (_NEAR_WEIGHT if near else _ACT_WEIGHT)})
    return bool(acts) and bool(acts & _same_sense({w for w, weight in p.context if weight >= _NEAR_WEIGHT}))


#: Context weight of a word right by a date (see :func:`~factcheck.slots.extract_slots`), and of one near it.
_ACT_WEIGHT, _NEAR_WEIGHT = 0.7, 0.4


def _days_apart(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Whether two days of a month ("md", month, day[, year]) lie within :data:`RIVAL_DAYS` days of each other, in
    one year where both name theirs."""
    if len(a) > 3 and len(b) > 3 and a[3] != b[3]:
        return False
    def day(v: tuple[object, ...]) -> float:  # a day of the year, months taken as 30.5 days
        return int(v[1]) * 30.5 + int(v[2])  # type: ignore[call-overload]

    return abs(day(a) - day(b)) <= RIVAL_DAYS
