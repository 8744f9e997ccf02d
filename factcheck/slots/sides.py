"""Telling figures apart by their neighbours: :class:`_Sides` compares the words on each side of a
claim's and a passage's values, and finds the figures that tie a mismatch to the claim."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from factcheck.slots.extract import (
    _PLACE_SORT_BEFORE, _PLACE_SORTS, _SAID_ON, _SPECIFIC_UNITS, _TITLE_WORDS, _place_prep,
)
from factcheck.slots.lexicon import (
    _COMPASS, _HEDGE_STEMS, _SYNONYM_OF, _clause_of, content_words, figure_clause, _is_content, _same_sense,
    _sentences, stem, _tokens,
)
from factcheck.slots.names import names_match, _pair_of
from factcheck.slots.records import Slot, SlotKind
from factcheck.slots.values import (
    _WEEKDAY_BEFORE,
    _dates_equal,
    _same_value,
    _states,
    _year_of,
    heads_differ,
    people_counted,
)


#: Words that make a figure a record: a sentence giving the figure without one does not restate the claim.
_RECORD_WORDS = re.compile(r"\b(?:record|all-time|unprecedented|highest|lowest|largest|biggest|smallest)\b", re.IGNORECASE)
#: What a passage sentence says a record with: its words, or a superlative or a high of its own ("an 11-week high").
_RECORD_ECHO = re.compile(
    r"\b(?:record|all-time|unprecedented|[a-z]+est|highs?|lows?|peak|best|worst|most|least|ever)\b", re.IGNORECASE
)
#: Neighbouring words compared on each side of a slot, the fewest shared to align on them alone,
#: and the claim recall the passage sentence needs (see :class:`_Sides`).
ANCHOR_WORDS, ANCHOR_MIN, ANCHOR_REST = 3, 2, 0.5
#: The share of the claim's other words a passage's sentence must hold for its start of an act to be the claim's.
_START_REST = 0.3

#: A region named after a place and a comma: "Biak[, Papua]", "Kitwe[, Zambia]".
_REGION_AFTER = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s*(?:[,.;]|$))")
#: Claim recall the sentence holding a passage's only date or number needs to align with the claim's only
#: one (see :meth:`_Sides.sole`).
SOLE_REST = 0.6
#: A year given in words, which may be the claim's: "[next year]", "[last year]".
_YEAR_IN_WORDS = re.compile(r"\b(?:next|last|this|previous|following|coming)\s+year\b", re.IGNORECASE)
#: Recall of a claim clause's words the passage sentence holding the one date or rate of its kind needs to pair
#: with the clause's (see :meth:`_Sides.clause_sole`).
CLAUSE_SOLE = 0.5
#: How on topic a passage is taken to be whose sentence gives the claim's share moving the other way.
_MOVED_ON_TOPIC = 0.75
#: The least share of the rest of its clause (:meth:`_Sides.clause_rest`) the sentence giving another value for a
#: figure must restate for the mismatch to count as on topic, however much else the claim goes on to say.
CLAUSE_REST = 0.6
#: The least share of the rest of the claim a sentence giving another of its figures alike must restate for
#: a mismatch there to count as on topic (see :meth:`_Sides.ties_a_figure`).
_TIED_REST = 0.3


def _weekday(slot: Slot) -> bool:
    """Whether a date slot is a weekday alone ("on Monday")."""
    return isinstance(slot.value, tuple) and slot.value[0] == "weekday"


def _telling(slot: Slot) -> bool:
    """Whether a figure or date is specific enough to tie two sentences to one fact: not a small count, an
    ordinal, an age or a weekday."""
    if slot.kind is SlotKind.DATE:
        return not _weekday(slot)
    if slot.unit in ("ordinal", "age"):
        return False
    return slot.unit != "count" or abs(float(slot.value)) >= 10  # type: ignore[arg-type]
#: A verb of an act done by a date, right before it: "will be [completed] by (the end of)".
_DEADLINE = re.compile(r"\b([a-z]{4,}ed|done|ready|finished)\s+by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$")
#: A title an ordinal counts, right after it: "23rd [national title]", "24th [Icelandic championship]".
_TITLE_COUNTED = re.compile(r"\s+(?:ever\s+)?" + _TITLE_WORDS)
#: Right before a body's founding year, or the year of something's first edition: "founded in", "was established in",
#: "first held in".
_FOUNDED_IN = re.compile(
    r"\b(?:founded|established|formed|first\s+(?:held|staged|organi[sz]ed|run|played)"
    # (what began in a year, told as what came since: "the second woman to win since the festival [began in] 1999")
    r"|since\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:began|started|opened|was\s+(?:first\s+)?held))\s+in\s+$",
    re.IGNORECASE,
)
#: Right before the date a sum is paid: "payable in", "to be paid on", "paid out in".
_PAID_IN = re.compile(r"\b(?:payable|(?:be|been|is|are|was|were)\s+paid(?:\s+out)?)\s+(?:in|on)\s+$", re.IGNORECASE)
#: The date a rule, rate or law takes effect from, right before it: "will apply from", "with effect from", "comes
#: into force on", "enters into force on", "goes into effect on", "effective".
_TAKES_EFFECT = re.compile(
    r"\b(?:appl(?:y|ies|ied)|(?:take|takes|took|taking|with)\s+effect|(?:come|comes|came|coming)\s+into\s+force"
    r"|(?:enter|enters|entered|entering)\s+into\s+force|(?:go|goes|went|going)\s+into\s+effect"
    r"|effective)\s+(?:from\s+|on\s+|as\s+of\s+)?$",
    re.IGNORECASE,
)

#: The date an act starts, its verb a few words before: "will be handed out ... [starting in] October", "would [start]
#: handing out the 68,000 nets in Namatanai in the second week of" November.
_STARTS_IN = re.compile(
    r"\b(?:start|begin|commenc)(?:s|ed|ing|ning|es)?\b(?:\s+[^\s.;:!?]+){0,7}?\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last)\s+(?:week|half|fortnight)\s+of\s+|early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
)
#: A change that will hold from a day on, in the sentence right before the day: "will pay 60% more ... from".
_WILL_FROM = re.compile(r"\b(?:will|shall|(?:is|are)\s+to)\s+[^.;:!?]{0,50}\bfrom\s+$")
#: What a ban forbids from a day on: "has banned boats without enough life jackets ... from [Tuesday]".
_BANNED_FROM = re.compile(r"\b(?:banned|barred|prohibited|outlawed|forbidden)\s+[^.;:!?]{0,100}\bfrom\s+$")
#: A range's first day, the rest of it right after: "[May 1] to June 30", "[May 1] until the end of June".
_RANGE_GOES_ON = re.compile(r"[^,;.]{0,14}?\s+(?:to|until|till|through|and)\s|[^,;.\s]*\s*[-–]\s*\d")


def same_deadline(claim: str, mine: str, passage: str, theirs: str) -> bool:
    """Whether the claim's date ``mine`` and the passage's ``theirs`` (as written) are both the date by which the
    same act is done ("[completed] by the end of [May]" / "will be [completed] by [30 June 2025]") or the date a
    rule takes effect from ("will apply from [January 1, 2026]" / "with effect from [April 1, 2026]")."""
    at, there = claim.find(mine), passage.find(theirs)
    if at < 0 or there < 0:
        return False
    return (v := _dated_act(claim, at)) is not None and v == _dated_act(passage, there)


def _started_act(text: str, at: int) -> str | None:
    """:func:`_dated_act`, or "start" for the date an act starts ("starting in [October]" / "would start handing out
    the nets ... in the second week of [November]"), a date of the same act only where the rest of the claim is there
    too (:meth:`_Sides.deadline_otherwise`)."""
    return _dated_act(text, at) or ("start" if _STARTS_IN.search(text, max(0, at - 100), at) else None)


def _dated_act(text: str, at: int) -> str | None:
    """The act the date at ``at`` is the date of: the stem of the verb of an act done by it ("[completed] by the end
    of May"), "effect" for the date a rule takes effect from ("with effect from April 1"), or None."""
    before = text[max(0, at - 60) : at]
    if _TAKES_EFFECT.search(before):
        return "effect"
    if (_WILL_FROM.search(before) or _BANNED_FROM.search(text, max(0, at - 130), at)) \
            and not _RANGE_GOES_ON.match(text, at):  # fmt: skip
        return "effect"  # what will be from a day on: "Traders will pay 60% more for their stalls from [May 1]"
    if _FOUNDED_IN.search(before):
        return "found"  # a body's founding year: "ÍN, founded in [1937]" / "The club was founded in 1939"
    if _PAID_IN.search(before):
        return "pay"  # the day a sum is paid: "a dividend ..., payable in [June]" / "to be paid in July"
    m = _DEADLINE.search(before)
    return stem(m.group(1).lower()) if m else None


#: "since" right before a date: what it dates is the start of a state ("rationing in force [since] July").
_SINCE_OPEN = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
#: A superlative, then "since" right before a year: "the [deadliest] ... since", "the [highest] level since".
_RECORD_SINCE = re.compile(
    r"\b(?P<sup>[a-z]{3,}iest|[a-z]{3,}est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\b[^.;!?]{0,60}?"
    r"\bsince\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){1,2}(?:of|in)\s+)?(?:early\s+|late\s+|mid-?)?$",  # "since [the storm of] January 2005"
    re.IGNORECASE,
)


#: Right after a direction word, what the change is against: "rose [compared with] the previous survey".
_CHANGE_BASE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:compared\s+(?:with|to)|from\s+(?:the|a|its|their|last)|since)\b", re.IGNORECASE
)
#: Right after a name, the sort of place it describes, named next: "the Black Sea[ province of ]Trabzon".
_SORT_OF_AFTER = re.compile(r"\s+(?:" + _PLACE_SORTS + r"|state)\s+of\s+[A-Z]")
#: A time before now: "in 2019", "the previous survey", "a year earlier".
_A_TIME_BEFORE = (
    r"(?:in|at|during|before|last|the\s+(?:previous|last|same)|a\s+(?:year|decade)|an?\s+(?:earlier|previous|\d{4}))\b"
)
#: Right after a comparative, a time before that it is compared with (not a figure's bound, "less than 6 hours"):
#: "lower [than in 2019]", "less [often than in a] 2019 survey", "more [animals than a year] earlier".
_THAN_A_TIME = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+than\s+" + _A_TIME_BEFORE, re.IGNORECASE)
#: A comparison with a time before, opening the sentence before a comparative: "Compared with the previous
#: winter, a [larger] number".
_COMPARED_FIRST = re.compile(
    r"\b(?:compared\s+(?:with|to)|against)\s+" + _A_TIME_BEFORE + r"[^.;,]{0,20},\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: Share of the claim's own clause a comparative's sentence restates for :meth:`_Sides.compared_against`.
THAN_REST = 0.4


def against_a_time(text: str, slot: Slot) -> bool:
    """Whether a comparative is set against a time before it: "[lower] than in 2019", "Compared with the previous
    winter, a [larger] number"."""
    lo = text.rfind(". ", 0, slot.start) + 1
    return _THAN_A_TIME.match(text, slot.end) is not None \
        or _COMPARED_FIRST.search(text, lo, slot.start) is not None


class _Sides:
    """Word neighbours of slots in a claim and a passage, for aligning a slot by the words right next to it.

    Two values fill the same slot when the words immediately before or after them
    agree ("studied at X and [Y]" / "educated at X and [Z]") and the sentence holding
    the passage's value restates the rest of the claim.
    """

    def __init__(self, claim: str, passage: str, claim_words: set[str]) -> None:
        self.claim, self.passage, self.claim_words = claim, passage, claim_words
        #: the passage dates :meth:`month_otherwise` paired by the sentence answering another of the claim's figures
        #: (and the sums :meth:`sum_of_the_span` pairs by the dates of their span, and the dates
        #: :meth:`since_otherwise` pairs by the thing whose start they date)
        self.beside_answer: set[int] = set()

    @cached_property
    def _tok(self) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        return _stem_tokens(self.claim), _stem_tokens(self.passage)  # only when a slot needs aligning

    @cached_property
    def _sents(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return _sentences(self.claim), _sentences(self.passage)

    def passage_sentence(self, pos: int) -> tuple[int, int]:
        """The span of the passage sentence holding position ``pos``."""
        return _sentence_of(self._sents[True], pos)

    def side(self, in_passage: bool, start: int, end: int, forward: bool) -> list[str]:
        """Up to ``ANCHOR_WORDS`` word stems next to [start, end) of the claim or passage, within its
        sentence, nearest first."""
        lo, hi = _sentence_of(self._sents[in_passage], start)
        toks = self._tok[in_passage]
        if forward:
            return [t for t, s, e in toks if s >= end and e <= hi][:ANCHOR_WORDS]
        before = [t for t, s, e in reversed(toks) if e <= start and s >= lo]
        while before and before[0] in _HEDGE_STEMS:  # "will own [approximately] 54%": the hedge is the figure's own
            before.pop(0)
        return before[:ANCHOR_WORDS]

    def anchor(self, c: Slot, p: Slot) -> int:
        """Words shared, contiguously from the value outwards, on both sides; 0 unless one is a content word,
        and for a name unless a word before it is shared or both names open their sentences ("between Laramie
        and [Rawlins] on Tuesday" and "across southern [Wyoming] on Tuesday" share only the day after)."""
        total, content, before = 0, False, 0
        for forward in (False, True):
            for x, y in zip(self.side(False, c.start, c.end, forward), self.side(True, p.start, p.end, forward)):
                if x != y and _SYNONYM_OF.get(x, x) != _SYNONYM_OF.get(y, y):  # "inflation [slowed] to" / "[eased] to"
                    break
                total += 1
                before += not forward
                content = content or _is_content(x)
        # two names opening their sentences ("[Smith] said ..." / "[Jones] said ...") anchor on the words after
        opening = not self.side(False, c.start, c.end, False) and not self.side(True, p.start, p.end, False)
        if c.kind is SlotKind.ENTITY and not before and not opening:
            return 0
        return total if content else 0

    def rest_overlap(self, c: Slot, p: Slot, also: str = "") -> float:
        """Share of the claim's content words, less the slot's own (and those of ``also``), found in the sentence
        holding ``p``."""
        own = f"{c.text} {also}"
        if c.kind is SlotKind.POLARITY:  # "[south]west": the whole word is the slot's
            lo = len(re.search(r"[\w-]*$", self.claim[: c.start]).group())  # type: ignore[union-attr]
            hi = len(re.match(r"[\w-]*", self.claim[c.end :]).group())  # type: ignore[union-attr]
            own = self.claim[c.start - lo : c.end + hi]
        if c.kind is SlotKind.ENTITY and (region := _REGION_AFTER.match(self.claim, c.end)):
            own += " " + region.group(1)  # "in Biak, Papua": the region is part of the place
        if c.kind is SlotKind.ENTITY and (sort := _PLACE_SORT_BEFORE.search(self.claim, max(0, c.start - 40), c.start)):
            own += " " + sort.group()  # "from the neighbouring town of Kunneppu": the sort is part of the place
        rest = _same_sense(self.claim_words - content_words(own))  # "study" ~ "findings"
        return len(rest & self._senses_at(p)) / len(rest) if rest else 0.0

    def clause_rest(self, c: Slot, p: Slot) -> float:
        """:meth:`rest_overlap` on the claim up to the end of the clause holding ``c`` (:func:`figure_clause`),
        0.0 where the rest of it has fewer than three senses: "The first livestock vessel of the season sailed for
        Jeddah on [April 2][, carrying animals ...]" / "The first shipment of the season left for Jeddah on April
        9"; with its subject: "Mohair prices, by contrast, rose 5 per cent to [265] maloti per kilogram" is not
        restated by "an average of 78.40 maloti per kilogram" for wool."""
        hi = figure_clause(self.claim, c.start, c.end)[1]
        rest = _same_sense(content_words(self.claim[:hi]) - content_words(c.text))
        return len(rest & self._senses_at(p)) / len(rest) if len(rest) >= 3 else 0.0

    def sense_overlap(self, p: Slot) -> float:
        """Share of the claim's senses (:data:`_SYNONYMS`) in the passage sentence holding ``p`` ("pushed the
        flames" / "drove the fire")."""
        senses = _same_sense(self.claim_words)
        return len(senses & self._senses_at(p)) / len(senses) if senses else 0.0

    def _senses_at(self, p: Slot) -> set[str]:
        """The senses of the passage sentence holding ``p``."""
        lo, hi = _sentence_of(self._sents[True], p.start)
        return _same_sense(content_words(self.passage[lo:hi]))

    def anchored(self, c: Slot, cands: Sequence[Slot], used: set[int], clause: bool = False) -> Slot | None:
        """The candidate sharing the most neighbouring words with ``c`` (at least ``ANCHOR_MIN``), if its
        sentence restates the rest of the claim (recall at least ``ANCHOR_REST``), or with ``clause``, the rest of
        the claim's clause holding ``c`` (:meth:`clause_rest`): "will build a new biscuit factory in [Ebetsu], due
        to start ..." / "plans to open a new factory in [Chitose] in autumn 2026"."""
        scored = [(self.anchor(c, p), -p.start, p) for p in cands if p.start not in used]
        scored = [t for t in scored if t[0] >= ANCHOR_MIN]
        if not scored:
            return None
        _, _, p = max(scored, key=lambda t: (t[0], t[1]))
        if max(self.rest_overlap(c, p), self.clause_rest(c, p) if clause else 0.0) < ANCHOR_REST:
            return None
        used.add(p.start)
        return p

    def names_stated(self, c: Slot, p: Slot, claim_slots: Sequence[Slot], passage_slots: Sequence[Slot]) -> bool:
        """Whether ``c`` is a year (or a part of one) and the passage sentence holding ``p`` names every name of the
        claim, two or more: a sentence of the same dealings."""
        names = [x for x in claim_slots if x.kind is SlotKind.ENTITY]
        kind = c.value[0] if isinstance(c.value, tuple) else None
        if c.kind is not SlotKind.DATE or kind not in ("year", "quarter", "season") or len(names) < 2:
            return False  # (a year or a part of one: a day may be the day a report came out)
        lo, hi = _sentence_of(self._sents[True], p.start)
        theirs = [q.text for q in passage_slots if q.kind is SlotKind.ENTITY and lo <= q.start < hi]
        return all(any(names_match(x.text, q) for q in theirs) for x in names)

    def sole(self, c: Slot, cands: Sequence[Slot], claim_slots: Sequence[Slot], passage_slots: Sequence[Slot],
             used: set[int]) -> Slot | None:
        """The passage's one value of ``c``'s kind in a sentence restating the rest of the claim (recall at
        least ``SOLE_REST``, and every word close to the claim's value), when the claim holds no other
        value of that kind: "close the bakeries by [March 2026]" against "close its bakeries ..., by the
        end of [March 2027]"."""
        if c.bound or sum(x.kind is c.kind for x in claim_slots) != 1:
            return None
        sents = self._sents[True]
        near = _same_sense({w for w, weight in c.context if weight >= 0.3})
        # a weekday beside a calendar date is no rival: "on [Aug. 1] ... as of Tuesday" holds one date
        rivals = [x for x in passage_slots if x.kind is c.kind
                  and (c.kind is not SlotKind.DATE or _dates_equal(c, x) is not None)]  # fmt: skip
        fits = []
        for p in cands:
            span = _sentence_of(sents, p.start)
            # a date of a sentence naming every name of the claim, two or more, is on topic: "The tender, awarded in
            # [2021] to ... Ontustik Kubyrlar LLP, ... in the Abay and Karatau districts" / "in 2020 ... organised a
            # tender for ... the Abay and Karatau districts and ensured that the contract went to Ontustik Kubyrlar LLP"
            named = self.names_stated(c, p, claim_slots, passage_slots)
            if p.start in used or (self.rest_overlap(c, p) < SOLE_REST and not named):
                continue
            words = _same_sense(content_words(self.passage[span[0] : span[1]]))
            # (a weekday, not the report's day: not "the hospital said on Monday")
            weekday = _weekday(c) and not _SAID_ON.search(self.passage[max(0, p.start - 40) : p.start])  # fmt: skip
            clock = isinstance(c.value, tuple) and c.value[0] == "time"  # "forced a rear window at [3:40 a.m.]"
            if not (near <= words or named or ((weekday or clock) and 2 * len(near & words) >= len(near))):
                continue  # "opened in [1986]" is no slot of "will close ... by [March 2027]"; a weekday, the one
                # day of a sentence restating the claim, needs half of them ("derailed early on [Sunday] west of
                # Winnipeg" / "came off the tracks before dawn on [Saturday] ... west of Winnipeg"), and so does
                # a time of day ("forced a window at the back of the building at about [3:10 a.m.]")
            if sum(_sentence_of(sents, x.start) == span for x in rivals) == 1:
                fits.append(p)
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def last_figure(self, c: Slot, cands: Sequence[Slot], claim_slots: Sequence[Slot], passage_slots: Sequence[Slot],
                    used: set[int]) -> Slot | None:
        """The one other figure of ``c``'s unit in a passage sentence giving the claim's other figures of that unit
        and restating the rest of the claim (recall at least ``ANCHOR_REST``): "demanding a [12 percent] pay rise,
        while Coastline has offered 6.5 percent" against "the union seeking [15 percent] and Coastline offering
        6.5 percent"."""
        if c.kind is not SlotKind.NUMBER or c.bound:
            return None
        others = [x for x in claim_slots if x is not c and x.kind is SlotKind.NUMBER and x.unit == c.unit]
        if not others or any(x.bound for x in others):
            return None
        sents = self._sents[True]
        for p in cands:
            if p.start in used or p.bound or p.unit != c.unit or heads_differ(c, self.claim, p, self.passage):
                continue  # (nor a count of another thing: "two of the six [theatres]" / "will appoint 104 [nurses]")
            span = _sentence_of(sents, p.start)
            inside = [x for x in passage_slots if x.kind is SlotKind.NUMBER and x.unit == c.unit
                      and _sentence_of(sents, x.start) == span]  # fmt: skip
            rest = [x for x in inside if x is not p]
            if len(rest) != len(others) or not all(any(_same_value(o, x) for x in rest) for o in others):
                continue
            # (or people either way, the other figures anchoring them, however the rest is worded: "About 3,500
            # [workers] at seven oil palm estates ... walked off the job" / "approximately 1,200 [employees] did not
            # report for work at seven estates")
            people = people_counted(self.claim, c) and people_counted(self.passage, p)
            if people or self.rest_overlap(c, p) >= ANCHOR_REST:
                used.add(p.start)
                if people:
                    self.beside_answer.add(p.start)  # on topic, as the figures beside it are
                return p
        return None

    def month_otherwise(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's one date of the claim's month on another day or in another year, in a sentence restating
        the rest of the claim (recall at least ``ANCHOR_REST``) or answering another of its figures: "phased in from
        [January 2026]" against "the first increase applying from [January 2027]", "takes effect on [1 October]"
        against "shall apply from [15 October 2024]"."""
        cv = c.value
        if c.kind is not SlotKind.DATE or c.bound or not isinstance(cv, tuple) or cv[0] not in ("month", "md"):
            return None
        fits = []
        for p in cands:
            pv = p.value
            if p.start in used or p.bound or not isinstance(pv, tuple) or pv[0] not in ("month", "md"):
                continue
            if cv[1] != pv[1]:
                continue  # another month
            cy, py = _year_of(cv), _year_of(pv)
            other_year = cy is not None and py is not None and cy != py
            other_day = cv[0] == pv[0] == "md" and cv[2] != pv[2]
            if (day := _WEEKDAY_BEFORE.search(self.passage[max(0, p.start - 14) : p.start])) is not None and re.search(
                rf"\b{day.group(1)}\b", self.claim, re.IGNORECASE
            ):
                continue  # "on Monday, [6 April 2026]": the date of the claim's Monday, not its other date
            if not (other_year or other_day):
                continue
            if self.rest_overlap(c, p) >= ANCHOR_REST:
                fits.append(p)
            elif self._beside_answer(p, used):
                fits.append(p)  # (or in the sentence that answered another of the claim's figures: "a EUR 1.8
                # million contract ..., signed ... in [November 2020]" for "worth 2.4 million euros, was awarded in
                # November 2021"; on topic, as that figure is)
                self.beside_answer.add(p.start)
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def _beside_answer(self, p: Slot, used: set[int]) -> bool:
        """Whether ``p``'s passage sentence holds another slot already paired with one of the claim's (``used``)."""
        lo, hi = self.passage_sentence(p.start)
        return any(lo <= u < hi and u != p.start for u in used)

    def deadline_otherwise(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's one other date by which the claim's act is done, the same verb right before "by": "will be
        [completed] by the end of [May]" against "will be [completed] by [30 June 2025]"; or on which it starts, in
        a sentence holding some of the claim's other words (``_START_REST``)."""
        verb = _started_act(self.claim, c.start)
        if c.kind is not SlotKind.DATE or c.bound or verb is None:
            return None
        fits = [p for p in cands if p.start not in used and p.kind is SlotKind.DATE and not p.bound
                and _started_act(self.passage, p.start) == verb]  # fmt: skip
        if len(fits) != 1 or (verb == "start" and self.rest_overlap(c, fits[0]) < _START_REST
                              and not self._beside_answer(fits[0], used)):
            return None  # (what starts is the same thing, by some of the claim's other words: not "the new outage
            # timetable that starts on September 9" for imports that "would start flowing in October"; or by another
            # figure of the claim's beside it: "a new wafer line costing 95 million lei is scheduled to start
            # operating in the third quarter")
        used.add(fits[0].start)
        return fits[0]

    def range_end(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The same end of the passage's one date range, for an end of the claim's: "from June 1 until [the end
        of October]" against "from 1 June to [30 November]", "between [2019] and 2021" against "from [2018]
        through 2020"."""
        side = _range_side(self.claim, c) if c.kind is SlotKind.DATE else None
        if side is None:
            return None
        fits = [p for p in cands if p.start not in used and _range_side(self.passage, p) == side]
        if len(fits) != 1:
            return None
        days = _days_range(self.claim, c, side) and _days_range(self.passage, fits[0], side)
        # (or the rest of the claim less the range's other end, where that end is given otherwise too: "Fieldwork was
        # carried out between [June] and September 2024" / "The study ... was based on fieldwork from April to July
        # 2024")
        if not days and max(self.rest_overlap(c, fits[0]), self.rest_overlap(
                c, fits[0], also=_range_text(self.claim, c, side))) < ANCHOR_REST:  # fmt: skip
            return None  # (a range of days against a range of days is on topic by itself: "from July 23 to 27")
        used.add(fits[0].start)
        return fits[0]

    def record_set(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The year the passage's one old record was set, for the claim's: "breaking the course record [set in] 2019"
        against "the old record, which [dated from] 2018", "had stood since the 2018 edition"."""
        if c.kind is not SlotKind.DATE or not _RECORD_SET_CLAIM.search(self.claim[max(0, c.start - 60) : c.start]):
            return None
        fits = [p for p in cands if p.start not in used
                and _RECORD_SET_PASSAGE.search(self.passage[max(0, p.start - 90) : p.start])]  # fmt: skip
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def sum_of_the_span(self, c: Slot, cands: Sequence[Slot], claim_slots: Sequence[Slot],
                        passage_slots: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's one sum of the claim's currency, in a sentence giving every date of the claim's figure's
        clause, when the claim gives one sum of it: "accepted payments totalling [A$86,000] between 2019 and 2021"
        against "He took [A$58,000] from the agent ... between 2019 and 2021". On topic, as a sum of one span."""
        if c.kind is not SlotKind.NUMBER or c.bound or not c.unit.startswith("money:") \
                or sum(x.unit == c.unit for x in claim_slots) != 1:  # fmt: skip
            return None
        theirs = [p for p in passage_slots if p.kind is SlotKind.NUMBER and p.unit == c.unit]
        if len(theirs) != 1 or theirs[0] not in cands or theirs[0].start in used or theirs[0].bound:
            return None
        p = theirs[0]
        lo, hi = figure_clause(self.claim, c.start, c.end)
        dates = [x for x in claim_slots if x.kind is SlotKind.DATE and lo <= x.start < hi]
        plo, phi = self.passage_sentence(p.start)
        given = [q for q in passage_slots if q.kind is SlotKind.DATE and plo <= q.start < phi]
        if not dates or not all(any(_dates_equal(x, q) for q in given) for x in dates):
            return None
        used.add(p.start)
        self.beside_answer.add(p.start)
        return p

    def since_otherwise(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's one date after "since" in a sentence naming the thing the claim dates the start of: "daily
        load-shedding ... that had lasted since [August]" against "The load-shedding that ended this week had been
        in force since [July]"."""
        if c.kind is not SlotKind.DATE or c.bound or not _SINCE_OPEN.search(self.claim, max(0, c.start - 8), c.start):
            return None
        lo, hi = _sentence_of(self._sents[False], c.start)
        things = {stem(w) for w, _, _ in _tokens(self.claim[lo : c.start]) if len(w) > 4 and _is_content(w.lower())}
        around = things | {stem(w) for w, _, _ in _tokens(self.claim[c.end : hi]) if len(w) > 4
                           and _is_content(w.lower())}  # fmt: skip
        fits = []
        for p in cands:
            if p.start in used or p.bound or p.unit != c.unit \
                    or not _SINCE_OPEN.search(self.passage, max(0, p.start - 8), p.start):  # fmt: skip
                continue
            plo, phi = self.passage_sentence(p.start)
            if things & {stem(w) for w, _, _ in _tokens(self.passage[plo : p.start]) if len(w) > 4} or len(
                    around & {stem(w) for w, _, _ in _tokens(self.passage[plo:phi]) if len(w) > 4}) >= 2:  # fmt: skip
                fits.append(p)  # (or two words of the whole sentence: "halted since [March] under an interim stay
                # ordered by the same court" / "on hold since [June], when the court issued an interim stay")
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        self.beside_answer.add(fits[0].start)
        return fits[0]

    def record_since(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The year after the same superlative and "since" in the passage, for the claim's: "the deadliest in
        Zambia's mining sector since [2019]" against "the deadliest accident in the country's mines since
        [2014]"."""
        if c.kind is not SlotKind.DATE:
            return None
        word = _RECORD_SINCE.search(self.claim[max(0, c.start - 80) : c.start])
        if word is None:
            return None
        fits = [p for p in cands if p.start not in used and (m := _RECORD_SINCE.search(self.passage[max(0, p.start - 80) : p.start]))
                and m.group("sup").lower() == word.group("sup").lower()]  # fmt: skip
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def sole_polar(self, c: Slot, same: Sequence[Slot], claim_slots: Sequence[Slot]) -> Slot | None:
        """The one word of ``c``'s polarity group in a passage sentence restating the rest of the claim (recall
        at least ``SOLE_REST``), when the claim has one too, a compass word or a comparison with "than":
        "higher than in the 2021 election" against "slightly below the 90.2 percent recorded in the 2021
        general election"."""
        group = c.value[0]  # type: ignore[index]
        explicit = group in _COMPASS or re.match(r"\s+than\b", self.claim[c.end : c.end + 6]) is not None
        if not explicit or sum(x.kind is SlotKind.POLARITY and x.value[0] == group for x in claim_slots) != 1:  # type: ignore[index]
            return None  # only a direction or an explicit comparison: "smaller rival" / "third-biggest bank" is none
        sents = self._sents[True]
        fits = [p for p in same if self.rest_overlap(c, p) >= SOLE_REST]
        if len(fits) != 1 or sum(_sentence_of(sents, p.start) == _sentence_of(sents, fits[0].start) for p in same) != 1:
            return None
        return fits[0]

    def compared_against(self, c: Slot, than: Sequence[Slot]) -> Slot | None:
        """The one comparative of ``than`` (each set against a time before, :func:`against_a_time`) in a passage
        sentence restating the claim's own clause around its direction word ``c``, at least ``THAN_REST``: "but
        sightings of harbour porpoises [rose] compared with the previous survey in 2019" / "Encounter rates of
        harbour porpoises were [lower] than in 2019"."""
        lo, hi = _clause_of(self.claim, c.start, c.end)
        rest = _same_sense(content_words(self.claim[lo:hi]) - content_words(c.text))
        if len(rest) < 3:
            return None
        fits = [p for p in than if len(rest & self._senses_at(p)) / len(rest) >= THAN_REST]
        return fits[0] if len(fits) == 1 else None

    def partner(self, c: Slot, claim_names: Sequence[Slot], names: Sequence[Slot], used: set[int]) -> Slot | None:
        """The other name of a pair the passage joins to the name the claim joins ``c`` to, after the same word:
        "from China and [Spain]" against "mainly from China and [India]"."""
        mine = _pair_of(self.claim, c, claim_names)
        if mine is None:
            return None
        other, before = mine
        for p in names:
            theirs = _pair_of(self.passage, p, names)
            if theirs is None or p.start in used or not names_match(theirs[0].text, other.text) or theirs[1] != before:
                continue
            if any(names_match(p.text, x.text) for x in claim_names):
                continue  # a name the claim has too
            used.add(p.start)
            return p
        return None

    def _beside(self, p: Slot, passage_slots: Sequence[Slot]) -> list[Slot]:
        """The passage slots in the sentence holding ``p`` (``p`` among them)."""
        sents = self._sents[True]
        span = _sentence_of(sents, p.start)
        return [q for q in passage_slots if _sentence_of(sents, q.start) == span]

    def gives_a_figure(self, p: Slot, claim_slots: Sequence[Slot], passage_slots: Sequence[Slot]) -> bool:
        """Whether the passage sentence holding ``p`` states one of the claim's figures or dates."""
        inside = self._beside(p, passage_slots)
        return any(_states(x, q) for x in claim_slots if x.kind in (SlotKind.NUMBER, SlotKind.DATE) for q in inside)

    def ties_a_figure(self, c: Slot, p: Slot, claim_slots: Sequence[Slot], passage_slots: Sequence[Slot]) -> bool:
        """Whether the passage sentence holding ``p`` also states another of the claim's figures, one few
        passages would give by chance (a sum, share, score, or a count of at least 10), or a dated day."""
        inside = [q for q in self._beside(p, passage_slots) if q is not p]
        return any(
            _states(x, q) and _telling(x)
            for x in claim_slots if x is not c and x.kind in (SlotKind.NUMBER, SlotKind.DATE)
            for q in inside
        )

    def sole_place(self, c: Slot, free: Sequence[Slot], claim_names: Sequence[Slot], used: set[int]) -> Slot | None:
        """The one other name after the same preposition ("in", "at", "from", "near" ~ "outside" ~ "by") in a passage sentence
        restating the rest of the claim, when the claim has one name there: "arrested in [Lyon]" against
        "arrested a man in [Marseille]"."""
        if re.search(r"['’]s$", c.text) and not any(re.search(r"['’]s$", p.text) for p in free):
            return None  # "by [Olbia's] town council" names whose council acts, not who: "consulted by Gallura Oggi"
        prep = _place_prep(self.claim, c.start)
        # (a place within it is one place with it: "at a yard in [Azhikkal] in Kannur district")
        within = [x for x in claim_names
                  if x.start > c.end and re.fullmatch(r",?\s+in\s+", self.claim[c.end : x.start])]  # fmt: skip
        if prep is None or sum(_place_prep(self.claim, x.start) == prep for x in claim_names if x not in within) != 1:
            return None
        # (not a name describing a sort the next name is: "in the [Black Sea] province of Trabzon")
        fits = [p for p in free if p.start not in used and self._placed_alike(c, prep, p)
                and self.rest_overlap(c, p) >= ANCHOR_REST and not _SORT_OF_AFTER.match(self.passage, p.end)]
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def _placed_alike(self, c: Slot, prep: str, p: Slot) -> bool:
        """Whether passage name ``p`` stands after the preposition placing the claim's name, or after "at" for its
        "in" (or the reverse) placing the same thing: "a house [in] Bikenibeu" / "a house [at] Teaoraereke"."""
        theirs = _place_prep(self.passage, p.start)
        if theirs == prep:
            return True
        if {theirs, prep} != {"in", "at"}:
            return False
        mine = _PLACED_IN_AT.search(self.claim[max(0, c.start - 30) : c.start])
        other = _PLACED_IN_AT.search(self.passage[max(0, p.start - 30) : p.start])
        return mine is not None and other is not None and stem(mine.group(1)) == stem(other.group(1))

    def one_of_unit(self, c: Slot, cands: Sequence[Slot], claim_slots: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's only age, score or temperature, when the claim has one too and the sentence holding
        it restates the rest of the claim: "the [54]-year-old was arrested" against "arrested the man, aged
        [55]"."""
        if c.unit not in _SPECIFIC_UNITS or sum(x.unit == c.unit for x in claim_slots) != 1:
            return None
        fits = [p for p in cands if p.unit == c.unit]
        if len(fits) != 1 or fits[0].start in used:
            return None
        # (the count of a winner's titles, however the rest is worded: "its [23rd] national title" / "The title is the
        # [24th] Icelandic championship in ÍN's history")
        titles = c.unit == "ordinal" and bool(_TITLE_COUNTED.match(self.claim, c.end)) and bool(
            _TITLE_COUNTED.match(self.passage, fits[0].end))
        if not titles and self.rest_overlap(c, fits[0]) < ANCHOR_REST:
            return None
        used.add(fits[0].start)
        return fits[0]

    def owned_otherwise(self, c: Slot, same: Sequence[Slot], cands: Sequence[Slot], claim_slots: Sequence[Slot],
                        passage_slots: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's figure for the name the claim gives its figure to, where the passage lists the claim's
        figure against another name: "Lakhimpur district has been the worst hit, with [61] cases" / "Golaghat 61;
        Lakhimpur [44]". A figure's name is the nearest one before it in its clause, no other figure between; in
        the passage, right before it, as a list's rows give them ("Lakhimpur 44", "Lakhimpur: 44", "Lakhimpur
        with 44")."""
        mine = _owner(self.claim, c, claim_slots)
        if mine is None or c.bound or not float(c.value):  # type: ignore[arg-type]
            return None
        if any(p.bound or (o := _owner(self.passage, p, passage_slots, _ROW_REACH)) is None
               or names_match(o.text, mine.text) for p in same):  # fmt: skip
            return None
        for p in cands:
            if p in same or p.start in used or p.unit != c.unit:
                continue
            a, b = abs(float(c.value)), abs(float(p.value))  # type: ignore[arg-type]
            if not b or max(a, b) / min(a, b) > _OWNED_RATIO:
                continue  # a figure of another size is most often of another thing ("Osaka, home to 2.7 million")
            o = _owner(self.passage, p, passage_slots, _ROW_REACH)
            if o is not None and names_match(o.text, mine.text):
                used.add(p.start)
                return p
        return None

    def clause_sole(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The one value of ``c``'s kind and unit in a passage sentence restating ``c``'s own clause (recall at
        least ``CLAUSE_SOLE`` of its other words), for a date or a rate in a claim of several clauses, where
        :meth:`sole` reads the whole claim: "Turnout reached [61.4 percent], up from the previous election four
        years ago" against "voter turnout was [64.1 percent] of those eligible"."""
        if c.bound or not (c.kind is SlotKind.DATE or c.unit in ("percent", "pp")):
            return None
        lo, hi = _clause_of(self.claim, c.start, c.end)
        words = _same_sense(content_words(f"{self.claim[lo : c.start]} {self.claim[c.end : hi]}"))
        if len(words) < 2:
            return None
        sents = self._sents[True]
        fits = []
        for p in cands:
            if p.start in used or p.bound or p.unit != c.unit:
                continue
            span = _sentence_of(sents, p.start)
            left = [x for x in cands if x.start not in used and x.unit == c.unit]
            if sum(_sentence_of(sents, x.start) == span for x in left) != 1:
                continue  # the sentence gives two such values: which one answers is unclear (one the claim also
                # gives is paired already: "45 percent full, against a normal level of 78 percent")
            if c.unit == "year" and _YEAR_IN_WORDS.search(self.passage, span[0], span[1]):
                continue  # "52,000 tonnes [next year], compared with 47,500 tonnes in 2024": the year in words
            if c.kind is SlotKind.DATE and _SAID_ON.search(self.passage[max(span[0], p.start - 40) : p.start]):
                continue  # "..., the hospital said on [Monday]": the day of the report, not of the event
            rest = f"{self.passage[span[0] : p.start]} {self.passage[p.end : span[1]]}"
            if len(words & _same_sense(content_words(rest))) >= CLAUSE_SOLE * len(words):
                fits.append(p)
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def displaced(self, c: Slot, same: Sequence[Slot], other: Sequence[Slot], used: set[int]) -> Slot | None:
        """A different value standing where the claim's value stands, though the passage states the
        claim's value elsewhere ("Dolphin Tale [6]" against "Dolphin Tale [2] ... rated 6/10"). Not for
        bounds ("fewer than 16"), which many values satisfy."""
        if c.bound or any(self.anchor(c, p) for p in same):
            return None
        # "cut the rate to [19.5 percent] from 20.5 percent": the value a change started from displaces nothing; nor
        # does the whole the claim's value is a part of: "420 of the [1,350] jobs"
        other = [p for p in other if not _moved_from(p, self.passage)
                 and not any(_PART_OF.fullmatch(self.passage, x.end, p.start) for x in same)]  # fmt: skip
        return self.anchored(c, other, used)


#: The thing placed right before "in" or "at" a name: "a [house] in ", "a [house] at the ".
_PLACED_IN_AT = re.compile(r"([a-z]+)\s+(?:in|at)\s+(?:the\s+)?$")
#: What sets a figure against another: "5.8 million euros, [compared with] 3.9 million euros", "versus".
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|just\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)
#: What joins a part to its whole: "420 [of the] 1,350 jobs", "12 [out of] 40 seats".
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?")
#: Largest ratio between the claim's figure and the one the passage gives its name instead (see
#: :meth:`_Sides.owned_otherwise`): figures of a table's rows are of one size.
_OWNED_RATIO = 3.0
#: Farthest a name may stand before the figure it is given (characters), and before one of a list's rows.
_OWNER_REACH, _ROW_REACH = 80, 12


def _owner(text: str, slot: Slot, slots: Sequence[Slot], reach: int = _OWNER_REACH) -> Slot | None:
    """The name a figure is given to: the nearest name before it in its clause (not across a semicolon or a
    sentence end, within ``reach`` characters), with no other figure between them."""
    before = [x for x in slots if x.end <= slot.start and x.kind in (SlotKind.ENTITY, SlotKind.NUMBER)
              and slot.start - x.end <= reach and not re.search(r"[;.!?]\s", text[x.end : slot.start])]
    if not before:
        return None
    last = max(before, key=lambda x: x.end)
    return last if last.kind is SlotKind.ENTITY else None


#: What stands before the value a change started from: "to 19.5 percent [from] ", "up [from] " (and see
#: :data:`_COMPARED_BEFORE` for the one a figure is compared with).
_FROM_BEFORE = re.compile(
    r"(?:\bto\s+[$€£¥₩]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|[a-z]+)){0,3}\s*,?\s+|\b(?:up|down)\s+)"
    r"from\s+(?:about\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


#: What stands before the end of a date range: "from June 1 [until the end of] October", "from 1 June [to] 30 November".
_DATE_RANGE_END = re.compile(
    r"\bfrom\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+(?:until|till|to|through|thru)\s+"
    r"(?:the\s+end\s+of\s+|the\s+middle\s+of\s+|mid-?|late\s+|early\s+)?$"
)

#: What opens a range before its first date ("between", "from") and joins it to its second ("and", "to", "-").
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:(?:early|mid|late)[- ]?\s*)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*[-–]\s*(?=\w)|\s+(?:and|to|until|till|through|thru)\s+", re.IGNORECASE)
_RANGE_SECOND = re.compile(
    r"\b(?:between|from)\s+[^,;.]{1,30}?(?:\s*[-–]\s*|\s+(?:and|to|until|till|through|thru)\s+)"
    r"(?:the\s+end\s+of\s+|the\s+middle\s+of\s+|mid-?|late\s+|early\s+)?$",
    re.IGNORECASE,
)


#: A day's end of a range of days after a range's first day: " to [27]", "-[28] July", " to July [28]".
_DAY_AFTER = re.compile(r"(?:\s*[-–]\s*|\s+(?:to|until|till|through|thru)\s+)(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b")
#: ... and a range's first day before its last: "[July 23] to ", "[24] to ".
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:\s+[A-Z][a-z]+\.?)?(?:\s*[-–]\s*|\s+(?:to|until|till|through|thru)\s+)"
                         r"(?:[A-Z][a-z]+\.?\s+)?$")


def _days_range(text: str, slot: Slot, side: str) -> bool:
    """Whether a date is an end of a range of days ("from July 23 to 27", "from 24 to 28 July")."""
    if side == "start":
        return _DAY_AFTER.match(text, slot.end) is not None
    return _DAY_BEFORE.search(text, max(0, slot.start - 30), slot.start) is not None


#: The date closing a range, right after its join: "June and [September 2024]", "2019 and [2021]".
_RANGE_OTHER_END = re.compile(
    r"(?:(?:early|mid|late)[- ]?\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?"
    r"|[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})"
)


def _range_text(text: str, slot: Slot, side: str) -> str:
    """The words of the date range whose ``side`` end ``slot`` is: "between June and September 2024"."""
    if side == "start":
        opener = _RANGE_OPEN.search(text, max(0, slot.start - 20), slot.start)
        join = _RANGE_JOIN.match(text, slot.end)
        other = _RANGE_OTHER_END.match(text, join.end()) if join else None
        return text[opener.start() if opener else slot.start : other.end() if other else slot.end]
    lo = max(0, slot.start - 60)
    m = _RANGE_SECOND.search(text, lo, slot.start) or _DATE_RANGE_END.search(text, lo, slot.start)
    return text[m.start() if m else slot.start : slot.end]


def _range_side(text: str, slot: Slot) -> str | None:
    """Whether a date opens ("start") or closes ("end") a range from one date to another: "between [2019] and
    2021", "from 1 June to [30 November]"; None for a date standing alone."""
    if _RANGE_OPEN.search(text, max(0, slot.start - 20), slot.start) and _RANGE_JOIN.match(text, slot.end):
        return "start"
    before = text[max(0, slot.start - 60) : slot.start]
    return "end" if _DATE_RANGE_END.search(before) or _RANGE_SECOND.search(before) else None


#: The year an old record was set, as a claim gives it: "broke a record [set in] 2019", "the mark set in".
_RECORD_SET_CLAIM = re.compile(
    r"\b(?:record|mark|best)\s+(?:time\s+)?(?:of\s+\S+\s+)?(?:set|established|dating|dated)\s+(?:back\s+)?"
    r"(?:in|from|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... and as a passage does: "the old record, which [dated from] 2018", "had stood since the 2018 edition".
_RECORD_SET_PASSAGE = re.compile(
    r"\b(?:record|mark|best)\b[^.;]{0,60}?\b(?:set|established|dat(?:ed|ing|es)|stood|held|standing)\s+"
    r"(?:back\s+)?(?:in|from|since|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(r"\b(?:last|previous|prior)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b", re.IGNORECASE)


def _last_year_of(c: Slot, p: Slot, claim: str) -> bool:
    """Whether passage year ``p`` is the year before claim year ``c`` and the claim speaks of "last year" too."""
    cv, pv = c.value, p.value
    return (isinstance(cv, tuple) and isinstance(pv, tuple) and cv[0] == pv[0] == "year"
            and pv[1] == cv[1] - 1 and _LAST_YEAR.search(claim) is not None)  # type: ignore[index]  # fmt: skip


#: What dates a figure to the year before: "from 6,300 at the end of September [last year]", "a year earlier".
_YEAR_BEFORE = re.compile(
    r"[^.;!?]{0,50}?\b(?:last\s+(?:year|season)|a\s+(?:year|season)\s+(?:earlier|ago|before)"
    r"|the\s+(?:previous|prior)\s+(?:year|season)|"
    r"(?:in|during)\s+the\s+same\s+(?:month|period|quarter|week)\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year)\b",
    re.IGNORECASE,
)


#: A clause opening on the year or season before, up to a figure: "[Last season] the province produced 470,000".
_OPENS_ON_YEAR_BEFORE = re.compile(
    r"(?:^|[.;!?]\s+|,\s+)(?:(?:in|during)\s+)?(?:last|the\s+previous|the\s+prior)\s+(?:year|season)\b[^\d.;!?]{0,60}$",
    re.IGNORECASE,
)


def _year_before(slot: Slot, text: str) -> bool:
    """Whether a figure is dated to the year before by the words after it, before the next figure, or by the
    opening of its clause ("Last season the province produced 470,000 tonnes")."""
    if _OPENS_ON_YEAR_BEFORE.search(text[max(0, slot.start - 90) : slot.start]):
        return True
    tail = text[slot.end : slot.end + 70]
    like = _LIKE_YEAR_BEFORE.match(tail)
    if _CHANGE_ON_YEAR.match(tail) or (like and not (like.group("set") and slot.unit in ("percent", "pp"))):
        return False  # "dropped [18%] from a year earlier": a change on the year before, not its figure; "around
        # [368,000 tonnes], broadly similar to last year": this year's figure, likened to last year's
    cut = re.search(r"\d", tail)
    return _YEAR_BEFORE.match(tail[: cut.start()] if cut else tail) is not None


#: The base a change is measured on, right after it: "18% [from a year earlier]", "4% on the previous year", "13 per
#: cent [higher in October than a year earlier]", "seven [days later than in the previous season]".
_CHANGE_ON_YEAR = re.compile(
    # (or a change named after the figure: "1.9 million tonnes[, a sharp fall compared with the previous season]")
    r"(?:(?:\s+[a-z]+)?,\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:fall|drop|decline|decrease|rise|increase|jump|gain|slump|dip"
    r"|improvement|recovery)(?=\s+(?:from|on|over|than|against|compared|versus|vs)\b))?"
    r"\s*(?:(?:days?|weeks?|months?|hours?)\s+)?"
    r"(?:(?:higher|lower|more|less|up|down|later|earlier|behind|ahead\s+of)\s+)?"
    r"(?:(?:in|for)\s+[A-Za-z]+\s+)?"
    r"(?:from|on|over|than(?:\s+in)?|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:a\s+(?:year|season)|the\s+(?:previous|prior|same)|last\s+(?:year|season))",
    re.IGNORECASE,
)


#: A figure likened to the year before, right after it: "368,000 tonnes[, broadly similar to last year]", "[in line
#: with the previous season]", "[unchanged from a year earlier]".
_LIKE_YEAR_BEFORE = re.compile(
    r"(?:\s+[a-z]+)?,?\s+(?:(?:broadly|roughly|largely|about|much|almost|nearly|well|slightly|just|far)\s+)?"
    r"(?:similar\s+to|in\s+line\s+with|unchanged\s+(?:from|on)|level\s+with|on\s+a\s+par\s+with"
    r"|comparable\s+(?:to|with)|close\s+to|the\s+same\s+as"
    # (or a quantity set above or below it: "approximately 210,000 pearls, [below] the prior year owing to ..."; not
    # a share, whose "30 per cent below last season" is a change: see :func:`_year_before`)
    r"|(?P<set>below|above|short\s+of|ahead\s+of))\s+(?:that\s+of\s+|the\s+level\s+of\s+)?"
    r"(?:a\s+(?:year|season)|the\s+(?:previous|prior|same)|last\s+(?:year|season))",
    re.IGNORECASE,
)


def _moved_from(slot: Slot, text: str) -> bool:
    """Whether a value is the one a change started from ("to 19.5 percent [from 20.5 percent]", "up from 3"), or
    the one a figure is compared with ("612 dengue cases were recorded ..., [compared with] 204 cases")."""
    before = text[max(0, slot.start - 40) : slot.start]
    return bool(_FROM_BEFORE.search(before) or _COMPARED_BEFORE.search(before))


def started_from(slot: Slot, text: str) -> bool:
    """:func:`_moved_from`, or a value after "from" that the sentence goes on to move "to" another: "raise daily stall
    fees at the city's central market [from] 100 CFA francs to 250 CFA francs"."""
    return _moved_from(slot, text) or bool(
        _FROM_RIGHT_BEFORE.search(text, max(0, slot.start - 12), slot.start) and _TO_A_VALUE.match(text, slot.end))


#: "from" right before a value, and "to" another value within a few words after it.
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[$€£¥₩]?$", re.IGNORECASE)
_TO_A_VALUE = re.compile(r"[^.;]{0,30}?\bto\s+(?:about\s+|around\s+)?[$€£¥₩]?\d", re.IGNORECASE)


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in spans if a <= pos <= b), spans[-1])


#: What befell the people a figure counts, in news of disasters, crimes and outbreaks: "23 miners [out alive]"
#: and "14 miners had [died]" are two counts, not two versions of one.
_FATES = {
    "dead": "died dead death deaths killed killing kill fatalities fatal bodies perished lives life",
    "hurt": "injured injuring injuries hurt wounded treated hospitalised hospitalized hospital",
    "missing": "missing unaccounted",
    "alive": "rescued alive survived survivors saved",
    "moved": "evacuated evacuation displaced fled homeless homes",
    "held": "arrested detained charged held custody",
    "sick": "cases infected infections sick ill",
    "damaged": "damaged destroyed flattened razed wrecked flooded inundated",
}
_FATE_OF = {w: fate for fate, words in _FATES.items() for w in words.split()}


def _words_around(text: str, spans: list[tuple[int, int]], slot: Slot, reach: int, *, clause: bool = False
                  ) -> tuple[list[str], list[str]]:
    """The ``reach`` words before a figure (nearest first) and after it, in its sentence (``spans``: the text's),
    or, with ``clause``, in its own clause."""
    lo, hi = _sentence_of(spans, slot.start)
    head, tail = text[lo : slot.start], text[slot.end : hi]
    if clause:
        head, tail = _CLAUSE_BREAK.split(head)[-1], _CLAUSE_BREAK.split(tail)[0]
    return re.findall(r"[a-z]+", head.lower())[-reach:][::-1], re.findall(r"[a-z]+", tail.lower())[:reach]


def _fates(text: str, spans: list[tuple[int, int]], slot: Slot, reach: int = 6) -> frozenset[str]:
    """The :data:`_FATES` named within ``reach`` words of a figure, in its sentence (``spans``: the text's)."""
    before, after = _words_around(text, spans, slot, reach)
    return frozenset(_FATE_OF[w] for w in (*before, *_past_homes(after)) if w in _FATE_OF)


def _past_homes(after: list[str]) -> list[str]:
    """The words after a count, less "homes" right after it: "140 [homes] were flooded" counts homes, which are no
    fate of people's."""
    return after[1:] if after[:1] == ["homes"] else after


def nearest_fate(text: str, slot: Slot, reach: int = 6) -> str | None:
    """The fate named nearest a count in its own clause, within ``reach`` words (after it, on a tie): "claimed one
    life, and [two] people were still [missing]" is a count of the missing. Only fates no count of another can
    share (the dead, the missing, the injured, the rescued: not "cases" and "hospital" of one outbreak), so that
    two equal counts of other fates are two counts ("Two people were killed" / "two people were still
    unaccounted for")."""
    return _nearest(text, slot, reach, _HARD_FATE_OF)


def nearest_any_fate(text: str, slot: Slot, reach: int = 6) -> str | None:
    """The fate of :data:`_FATES` named nearest a count in its own clause: "11 people [died] and 18,000 were
    [displaced]" counts the dead, then the moved; a passage's count of another fate is no rival."""
    return _nearest(text, slot, reach, _FATE_OF)


def _nearest(text: str, slot: Slot, reach: int, table: dict[str, str]) -> str | None:
    before, after = _words_around(text, _sentences(text), slot, reach, clause=True)
    after = _past_homes(after)  # "1,340 [homes] had been damaged"
    for i in range(reach):
        for words in (after, before):
            if i < len(words) and (fate := table.get(words[i])) is not None:
                return fate
    return None


#: Where a figure's clause ends: "Four miners died[ and ]seven were hurt", "1,240[, but ]also counts deaths".
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s")
#: The fates of :func:`nearest_fate`, by their words.
#: (and those stranded, apart from those taken out: "1,200 tourists were [stranded]" / "helicopters [flew] 340
#: tourists out", no fates of :func:`_fates`, whose words a passage need not repeat: "5,000 guests staying")
_HARD_FATE_OF = {
    **{w: f for w, f in _FATE_OF.items()
       if f in ("dead", "missing", "alive") or w in ("injured", "wounded", "evacuated")},
    **dict.fromkeys(("stranded", "stuck", "trapped", "marooned"), "stranded"),
    **dict.fromkeys(("airlifted", "flew", "flown"), "moved"),
    # those who watched: "in front of about 7,500 spectators" / "put Sunday's attendance at 6,200"
    **dict.fromkeys(("spectators", "crowd", "attendance", "fans"), "watched"),
}


def _stem_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(stem(t.lower()), s, e) for t, s, e in _tokens(text)]
