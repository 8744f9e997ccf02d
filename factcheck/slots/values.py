"""Comparing two values of one slot: aligning slots by the words around them, numbers within rounding,
bounds and units, dates, and whether a passage slot states a claim slot's value."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

import attrs

from factcheck.slots.extract import _DIMENSIONS
from factcheck.slots.lexicon import _SYNONYM_OF, _TIME_HEAD_WORDS, _is_content, _suffix_stem, content_words, stem
from factcheck.slots.names import names_match, _squash
from factcheck.slots.records import Slot, SlotKind


def _align(c: Slot, p: Slot) -> float:
    """Context agreement of two slots in [0, ~1.5]: weighted shared context plus a head-noun bonus."""
    cc, pc = _sense_weights(c.context), _sense_weights(p.context)  # "prices dropped" ~ "prices fell"
    if not cc and not pc:
        return 0.5
    shared = sum(min(w, pc[k]) for k, w in cc.items() if k in pc)
    denom = max(1e-9, min(sum(cc.values()), sum(pc.values())) if cc and pc else 1.0)
    score = shared / denom
    if c.unit == p.unit and c.unit in _DIMENSIONS:
        if _scales_apart(c, p):
            return -1.0  # "6 millimetres of ash" and "about 30 kilometres from the summit": two things measured
        score += 0.5  # "tonnes" / "quintals", "a week" / "five days": the unit words name one dimension
    elif c.head and p.head:
        ch, ph = _SYNONYM_OF.get(c.head, c.head), _SYNONYM_OF.get(p.head, p.head)
        if ch != ph and min(len(ch), len(ph)) >= 5 and (ch.endswith(ph) or ph.endswith(ch)):
            ch = ph = min(ch, ph, key=len)  # "1,100 workers" / "800 mineworkers": a compound names its kind
        if ch != ph and ((_modifies(ch, ph, pc) and cc.get(ph, 0.0) >= 0.5)
                         or (_modifies(ph, ch, cc) and pc.get(ch, 0.0) >= 0.5)):
            score -= 0.25  # "to tea workers on six of its [estates]" / "1,680 [estate] workers": the one's head only
            # qualifies the other's, and the one names the other's head near its count
        elif ch == ph and ch in _GENERIC_HEADS and _apart(cc, pc, ch):
            score -= min(cc.get(ch, 0.0), pc.get(ch, 0.0)) / denom  # "injured 37 [people]" and "carrying around
            # 210 [people]": two counts of people, which the word "people" does not tie
        elif ch == ph and (shared > 0 or ch not in _TIME_HEAD_WORDS):
            score += 0.5  # "three [months] apart" and "the first six [months]" share a calendar word, nothing else
        elif {ch, ph} <= _GENERIC_HEADS and "employ" in cc and "employ" in pc:
            score += 0.25  # "employs 2,900 [people]" / "3,400 [workers] on the company's payroll": its staff
        elif (ch in _GENERIC_HEADS and ph in cc) or (ph in _GENERIC_HEADS and ch in pc):
            score += 0.25  # "Fourteen [people] have died" / "11 [deaths]": what happened to them, counted
        elif c.unit == p.unit == "count" and max(pc.get(ch, 0.0), cc.get(ph, 0.0)) >= 0.99:
            score += 0.5  # "63 [live] individuals" / "140 live [snails]": one head the word next to the other figure
        elif ch not in pc and ph not in cc:
            score -= 0.25
    return score


def _modifies(word: str, head: str, context: dict[str, float]) -> bool:
    """Whether ``word`` stands in a count's ``context`` nearer its figure than its ``head`` does: a word qualifying
    the head ("1,680 [estate] workers"), not what is counted."""
    return context.get(word, 0.0) >= 0.99 and context.get(head, 0.0) < context[word]


#: Least ratio between two measures of one dimension that makes them measures of two things: a slip of the pen or
#: of the unit (metres for kilometres) stays within it; a thickness in millimetres and a distance in kilometres do not.
_APART = 1000.0


def _scales_apart(c: Slot, p: Slot) -> bool:
    """Whether two measures of one dimension are so far apart (:data:`_APART`) that they measure two things."""
    a, b = abs(float(c.value)), abs(float(p.value))  # type: ignore[arg-type]
    return min(a, b) > 0 and max(a, b) / min(a, b) >= _APART


#: Heads that count anyone: what was done to them tells two such counts apart.
_GENERIC_HEADS = frozenset(
    _SYNONYM_OF.get(_suffix_stem(w), _suffix_stem(w)) for w in "people person passenger worker miner troop".split()
)  # (built with the suffix stem: importing the module loads no lexicon)


def heads_differ(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two counts name different things by the nouns written right after them, neither of them anyone:
    "six [operating] theatres" / "104 [nurses]"; not "1,100 [workers]" / "800 [mineworkers]", nor "up from 29 [a]
    week earlier" / "up from 24 [last] Monday", whose heads are no counted nouns."""
    if not (c.head and p.head) or c.unit in _DIMENSIONS:
        return False
    if not all((m := re.match(r"\s+([\w’'-]+)", text[x.end : x.end + 40])) and stem(m.group(1).lower()) == x.head
               for x, text in ((c, claim), (p, passage))):  # fmt: skip
        return False  # (the head's stem, as the word is written: "three [species]" counts species, "specy")
    ch, ph = _SYNONYM_OF.get(c.head, c.head), _SYNONYM_OF.get(p.head, p.head)
    return ch != ph and not ch.endswith(ph) and not ph.endswith(ch) and not {ch, ph} & _GENERIC_HEADS


def _apart(cc: dict[str, float], pc: dict[str, float], head: str) -> bool:
    """Whether the word closest to the claim's count of ``head`` (its other context word of most weight) is
    missing from the passage count's context, and little else is shared: "[injured] 37 people" against "carrying
    around 210 people"; not "about 3,000 residents of nearby villages were evacuated" / "evacuated 1,200 residents
    from villages"."""
    others = {k: w for k, w in cc.items() if k != head}
    top = max(others.values(), default=0.0)
    near_c = {k for k, w in others.items() if w >= top - 1e-9}
    shared = sum(min(w, pc[k]) for k, w in others.items() if k in pc)
    return top >= 0.3 and not (near_c & pc.keys()) and shared < 0.35


def _sense_weights(context: tuple[tuple[str, float], ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    for stem_, weight in context:
        sense = _SYNONYM_OF.get(stem_, stem_)
        out[sense] = max(out.get(sense, 0.0), weight)
    return out


_TIME_UNIT_WORD = re.compile(r"\b(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b", re.IGNORECASE)


#: A figure's digits as written, its thousands grouped by commas or spaces ("62,000", "62 000"), and its decimals.
_DIGITS = re.compile(r"(\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?")


def _ungrouped(digits: str) -> str:
    """The digits without their thousands separators."""
    return re.sub(r"[, \u00a0\u202f]", "", digits)


def _rounding(slot: Slot) -> float:
    """Half the rounding unit of a scaled number as written ("1.2 billion" -> 0.05e9, "254K" -> 500), at most a
    tenth of it ("1 million" -> 0.1e6), else 0."""
    m = _DIGITS.search(slot.text)
    in_parts = re.search(r"\d[^\d, \u00a0\u202f]+\d", slot.text) or len(_TIME_UNIT_WORD.findall(slot.text)) > 1
    if not m or (slot.unit == "duration" and in_parts):
        return 0.0  # a time in parts ("2:03:51", "two hours, six minutes and 41 seconds") is exact to its last part
    base = float(_ungrouped(m.group(0)))
    value = float(slot.value)  # type: ignore[arg-type]
    if base == 0 or abs(value / base - 1.0) < 1e-9 or value / base < 1.0:
        return 0.0  # unscaled numbers are exact
    # within a tenth of the figure: "1 million" may round 1.04 million, not 800,000
    return min((value / base) * 10.0 ** -len(m.group(2) or "") / 2, abs(value) * _ROUNDING_SHARE)


#: The largest share of a scaled figure its rounding covers, for one written with a single digit ("1 million").
_ROUNDING_SHARE = 0.1


_DIGIT = re.compile(r"\d")
#: Largest ratio between a claim's bound and a passage's tighter one that states it ("more than 3,000" / "at
#: least 3,100"); further apart, the two reports give two floors ("more than 3,000" / "more than 30,000").
_TIGHTER = 1.25


def significant_digits(value: float) -> int:
    """How many significant digits ``value`` is written to: 3 for 18.4 million or 3,410, 1 for 5,000."""
    return len(f"{abs(value):.10g}".replace(".", "").strip("0"))


def _far_past(bound: Slot, value: float) -> bool:
    """Whether a precise floor of a count ("more than 8,200", two significant digits or more) lies too far below an
    exact figure to tell it: "about 12,500 households" is another count; a round one ("more than 100") stays loose."""
    edge = float(bound.value)  # type: ignore[arg-type]
    if bound.bound != "gt" or bound.unit != "count" or significant_digits(edge) < 2 or min(edge, value) <= 0 \
            or bound.in_range:  # fmt: skip
        return False  # (a ceiling is a peak, "up to 210 mm" of rain where stations read 165; a length is a measure)
    return max(edge, value) / min(edge, value) > _TIGHTER


#: How far past a figure "just over" or "just under" it reaches, as a share of it.
_JUST = 0.1


def _just_past(bound: Slot, value: float) -> bool:
    """Whether ``value`` lies further past a figure "just over" or "just under" it (``near``) than :data:`_JUST`:
    "offers at just over 200 pesos" is no 290 pesos."""
    edge = float(bound.value)  # type: ignore[arg-type]
    return bound.near and edge > 0 and abs(value - edge) / edge > _JUST


def _reversed_score(value: float) -> float | None:
    """A result's value (``a + b / 1000``) with its sides swapped; None for a line of set scores."""
    whole = round(value * 1000)
    if abs(value * 1000 - whole) > 1e-6:
        return None
    a, b = divmod(whole, 1000)
    return b + a / 1000


def _voted(slot: Slot) -> bool:
    return any(word.startswith("vot") for word, _ in slot.context)


def _numbers_equal(c: Slot, p: Slot) -> bool:
    a, b = float(c.value), float(p.value)  # type: ignore[arg-type]
    if "score" in (c.unit, p.unit):
        # "trailed 14-16 at half-time" / "led 16-14 at the interval": one result told from either side (not a
        # vote's, whose order is for and against)
        return a == b or (c.unit == p.unit and _reversed_score(a) == b and not (_voted(c) or _voted(p)))
    if (c.bound == "lt" and not p.bound and (_a_maximum(p) or _a_capacity(c) and _a_capacity(p, designed=True))) or (
            p.bound == "lt" and not c.bound and (_a_maximum(c) or _a_capacity(p) and _a_capacity(c, designed=True))):
        # "gusts of up to 230 km/h" / "a maximum gust of 185 km/h": two highest values, compared as figures; and
        # "can handle up to 800 passengers an hour" / "is designed for 600 passengers an hour": two capacities
        return _numbers_equal(attrs.evolve(c, bound="", inclusive=False), attrs.evolve(p, bound="", inclusive=False))
    if a == b and ((p.bound and c.approx) or (c.bound and p.approx)):
        return True  # "about 5,000 troops" and "more than 5,000 servicemen": round figures, one count
    if a == b and ((c.in_range and not p.bound) or (p.in_range and not c.bound)):
        return True  # a range's ends are its own: "between 20 and 32 weeks" / "from 20 to 32 weeks"
    if c.bound and not p.bound:  # "at least seven" fits seven; "more than 450" does not fit 450
        fits = (b > a or (c.inclusive and b == a)) if c.bound == "gt" else (b < a or (c.inclusive and b == a))
        return fits and not _far_past(c, b) and not _just_past(c, b)
    if p.bound and not p.in_range and not c.bound:  # "nine" does not fit "at least 12"; "12" fits "at least seven"
        fits = (a > b or (p.inclusive and a == b)) if p.bound == "gt" else (a < b or (p.inclusive and a == b))
        return fits and not _far_past(p, a) and not _just_past(p, a)
    if c.bound and p.bound and (c.in_range or p.in_range or c.bound != p.bound) \
            and not (c.in_range and p.in_range and c.bound == p.bound):  # fmt: skip
        # two ranges agree when they overlap ("between 30 and 40" and "at least 35"); two figures bounded alike
        # are compared as figures ("up to 240" is not "up to 420"), and so are the ends of two ranges on one side
        # ("between 530 and 510 BC" is not "between 550 and 530 BC")
        return True if c.bound == p.bound else (a < b if c.bound == "gt" else b < a)
    if (c.bound == "gt" and p.bound == "gt" and b > a and min(a, b) > 0 and max(a, b) / min(a, b) <= _TIGHTER):
        return True  # "at least 3,100 people" is "more than 3,000": a floor a little above the claim's fits it
        # (not a ceiling below the claim's: "up to 15,000 taka a dose" / "as much as 12,000 taka": two highest prices)
    if a == b:
        return True
    if _year_like(c) and _year_like(p):
        return False  # "buried around 1390" is no rounding of "around 1365"
    if c.unit == "celsius" and (c.approx or p.approx) \
            and abs(a - b) < 0.6 * 10 ** -max(_decimal_places(x) for x in (c, p) if x.approx):  # fmt: skip
        return True  # "about 46 degrees Fahrenheit" is 7.8 C: "around 8 C" rounds it ("roughly 0.7" is no 0.9)
    rel = abs(a - b) / max(abs(a), abs(b))
    if rel <= 1e-3 and not (_decimal_places(c) and _decimal_places(p)):
        return True  # "1.24 billion" / "1,240,500,000"; written to a decimal, "1,900.6 metres" is not "1,900.1"
    if c.approx != p.approx and rel <= _leeway(c if c.approx else p):
        return True  # "about 250,000" ~ "254,000"; but "about 6.5 million" is not "6.1 million"
    if c.approx and p.approx and (rel <= 0.02 or any(not _DIGIT.search(x.text) and rel <= _leeway(x) for x in (c, p))):
        return True  # "about £48 million" and "about £52 million" differ; "about an hour" is "about 58 minutes"
    if c.unit == p.unit and c.unit in _RATES and (_rounds_to(c, b) or _rounds_to(p, a)):
        return True  # "47 percent of the vote" rounds "47.2%"
    return abs(a - b) <= max(_rounding(c), _rounding(p)) + 1e-9


#: Words that make a figure the highest reached: "a [maximum] gust of 185 km/h", "a [peak] of 4,200", or the most
#: a thing holds: "licenses it to [carry] 240 passengers", "a [capacity] of 30,000".
_MAXIMUM_STEMS = frozenset({"maximum", "max", "peak", "highest", "strongest", "top", "carry", "capacity", "seat"})


def _near_stem(slot: Slot, stems: frozenset[str]) -> bool:
    """Whether one of ``stems`` is close to the figure (context weight at least 0.5)."""
    return any(k in stems and w >= 0.5 for k, w in slot.context)


def _a_maximum(slot: Slot) -> bool:
    """Whether a word close to the figure makes it the highest value reached, or the most a thing holds."""
    return _near_stem(slot, _MAXIMUM_STEMS)


#: Words that make a figure what a thing can take: "can [handle] up to 800 passengers an hour", "[designed] for 600";
#: an exact figure only by words of its design ("handled 450 passengers on its first morning" is a count).
_CAPACITY_STEMS = frozenset({"capacity", "carry", "seat", "handl", "accommod", "design", "process"})
_DESIGNED_STEMS = frozenset({"capacity", "design", "seat"})


def _a_capacity(slot: Slot, *, designed: bool = False) -> bool:
    """Whether a word close to the figure makes it what a thing can take (with ``designed``, by its design)."""
    return _near_stem(slot, _DESIGNED_STEMS if designed else _CAPACITY_STEMS)


def _decimal_places(slot: Slot) -> int:
    """How many decimals a figure is written with ("1,900.6", "1.24 billion": 1 and 2); 0 for one in words."""
    m = re.search(r"\d[\d,]*\.(\d+)", slot.text)
    return len(m.group(1)) if m else 0


def _year_like(slot: Slot) -> bool:
    """Whether a number is written as a year would be ("around 1390"): four digits and no unit, 1000 to 2199."""
    return slot.unit in (None, "", "count") and _YEAR_LIKE.fullmatch(slot.text) is not None


_YEAR_LIKE = re.compile(r"(?:\D*\s)?(?:1\d{3}|2[01]\d{2})")


def _beside(word: Slot, figure: Slot) -> bool:
    """Whether a direction word moves a figure: a few words before it ("down [12 percent]", "rose by [5%]") or
    right after it ("[12 percent] lower")."""
    return 0 <= figure.start - word.end <= 12 or 0 <= word.start - figure.end <= 1


#: The polarity groups that move a figure: a change ("rose 6%") and a comparison ("6% higher").
_MOVES = frozenset({"direction", "comparison"})


def _figure_moved(c: Slot, sign: int, cs: Sequence[Slot], ps: Sequence[Slot], claim: str, passage: str) -> Slot | None:
    """The passage's direction word beside the figure the claim's direction word moves ("rose [12 percent]" /
    "[12 percent] lower", "down [12 percent]"), when every such word there points the other way; a level
    ("fell [to] 3.4 percent") is not compared with a change ("rose 3.4 percent in the twelve months")."""
    group = c.value[0]  # type: ignore[index]
    # a change and a comparison of the same figure are one move: "up [6 percent] on this year's" / "[6%] smaller
    # than this year's"
    groups = _MOVES if group in _MOVES else {group}
    figures = [n for n in cs if n.kind is SlotKind.NUMBER and n.unit in _RATES
               and (0 <= n.start - c.end <= 12 or 0 <= c.start - n.end <= 2)]  # (or right before: "4.2 percent higher")
    for n in figures:
        for p in (p for p in ps if p.kind is SlotKind.NUMBER and _same_value(n, p) and _a_level(p, passage) == _a_level(n, claim)):
            # (a comparison moves a change's figure only right after it: "[6%] smaller", not "by no more than 4.6%")
            beside = [q for q in ps if q.kind is SlotKind.POLARITY and q.value[0] in groups  # type: ignore[index]
                      and _beside(q, p) and (q.value[0] in (group, "direction")  # type: ignore[index]
                                             or 0 <= q.start - p.end <= 1)]
            signs = {(-q.value[1] if q.negated else q.value[1]) for q in beside}  # type: ignore[index]
            if beside and signs == {-sign}:
                return beside[0]
    return None


def _rounds_to(slot: Slot, other: float) -> bool:
    """Whether ``other``, rounded to as many decimals as ``slot`` is written with, is ``slot``'s value."""
    m = re.search(r"\d(?:[\d,]*)(?:\.(\d+))?", slot.text)
    if m is None:
        return False  # "half a percentage point" is written in words: no rounding to read off it
    places = len(m.group(1) or "")
    return round(other, places) == round(float(slot.value), places)  # type: ignore[arg-type]


def _only_within(c: Slot, p: Slot) -> bool:
    """Whether an exact figure only falls within a passage's bound: "12" fits "at least seven" without the
    passage stating it; nor does a smaller figure state a capacity ("can handle up to 800 passengers an hour")."""
    within = (p.bound and not c.bound) or (c.bound == "lt" and not p.bound and _a_capacity(c))
    return c.kind is SlotKind.NUMBER and bool(within) and float(c.value) != float(p.value)  # type: ignore[arg-type]


def _leeway(slot: Slot) -> float:
    """Relative difference an approximate figure allows: half its last significant digit's unit, what rounding
    to it takes in, within 2-10% ("about 900": 5.6%, "about 250,000" and "about 6.5 million": 2%; "roughly 1.2
    million" is not 1.1 million)."""
    m = _DIGITS.search(slot.text)
    value = abs(float(slot.value))  # type: ignore[arg-type]
    if not m or value == 0:
        return 0.1
    whole = _ungrouped(m.group(1))
    base = float(whole + "." + (m.group(2) or "0"))
    scale = value / base if base else 1.0
    digits = 10.0 ** -len(m.group(2)) if m.group(2) else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    if not m.group(2) and scale == 1.0 and not whole.endswith("0") and value >= 10:
        return digits / 2 / value  # "some 32 flights", "an estimated 899,453": a figure not rounded, its own unit
    return min(0.1, max(0.02, digits * scale / 2 / value))


#: A relative change and an absolute one, which copy confuses: compared, never equal.
_RATES = {"percent", "pp"}


#: Words before a percentage that make it a level ("to 19.5 percent", "from 20.5 percent"), not a change.
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at|of|was|is|stood|stands|remained|rate)\s+(?:a\s+|an\s+|about\s+|around\s+)?$", re.IGNORECASE)


#: Nouns of a change: "a [decrease] of 6%", "a 2,000-shilling [rise]".
_CHANGE_NOUNS = r"increase|decrease|rise|fall|drop|decline|gain|cut|reduction|jump"
#: A change noun before "of" and a figure: "a decrease of 6%", "an increase of 12 percent".
_CHANGE_OF = re.compile(rf"\b(?:{_CHANGE_NOUNS}|growth|loss|climb)\s+of\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
#: Comparison words, less "more" (which bounds as often as it compares: "more than 40 ships").
_COMPARATIVES = r"higher|lower|smaller|larger|bigger|greater|less|fewer"
#: A comparison word right after a figure: "12 percent lower", "6% smaller".
_COMPARED_AFTER = re.compile(rf"\s+(?:{_COMPARATIVES}|more)\b", re.IGNORECASE)


def _a_level(slot: Slot, text: str) -> bool:
    """Whether a percentage or a change in points is written as a level ("cut the rate to 19.5 percent"); a level
    is never confused with a change ("by one percentage point"), so the two are not compared."""
    before = text[max(0, slot.start - 24) : slot.start]
    # a change all the same: "[a decrease of] 6%", "was 12 percent [lower]"
    return bool(_LEVEL_BEFORE.search(before)) and not _CHANGE_OF.search(before) and not _COMPARED_AFTER.match(
        text, slot.end)


def change_amount(slot: Slot, text: str) -> bool:
    """Whether a quantity is the amount something moved by ("output to fall [by about 400 kilograms]", "[400
    kilograms] lower than planned", "a drop of 400 kilograms"), not a level it stands at or moved to ("fell to 3.1
    tonnes")."""
    before = text[max(0, slot.start - 40) : slot.start]
    return _MOVED_BY.search(before) is not None or _CHANGE_OF.search(before) is not None \
        or _COMPARED_AFTER_UNIT.match(text, slot.end) is not None or _change_noun_after(text, slot)


def _change_noun_after(text: str, slot: Slot) -> bool:
    """Whether an amount is compounded with a change's noun after it, set by an article or a hyphen: "a
    2,000-shilling rise in fares", "a $5 million cut" (not "2,000 people fall ill")."""
    m = _CHANGE_NOUN_AFTER.match(text, slot.end)
    before = text[max(0, slot.start - 8) : slot.start]
    return m is not None and ("-" in m.group() or _ARTICLE_BEFORE.search(before) is not None)


#: An article right before an amount, its currency sign aside: "[a] 2,000-shilling rise", "[a] $5 million cut".
_ARTICLE_BEFORE = re.compile(r"\ban?\s+\S{0,4}$")


#: A change's noun after an amount and its unit, compounded: "a 2,000-shilling [rise] in fares", "a $5 million [cut]".
_CHANGE_NOUN_AFTER = re.compile(
    rf"(?:[\s-]+(?:[a-z]+|million|billion))?[\s-]+(?:{_CHANGE_NOUNS}|hike|raise)s?\b", re.IGNORECASE
)
#: A move's verb, then "by" right before its amount: "fall [by about] ", "were cut by ".
_MOVED_BY = re.compile(
    r"(?<![\w-])(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)"  # (a verb, not a noun: not "approved [the increase] by 37 votes")
    r"(?:ris\w*|rose|fall\w*|fell|drop\w*|grow\w*|grew|increas\w*|decreas\w*|declin\w*|cut|reduc\w*|lower\w*"
    r"|rais\w*|climb\w*|slip\w*|jump\w*|shrank|shrink\w*|up|down)\s+by\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
#: A comparison after a quantity and its unit: "400 kilograms [lower than] planned" (not "more than", a bound, nor
#: one after a verb: "6,150 patients had waited more than a year").
_COMPARED_AFTER_UNIT = re.compile(
    r"(?:\s+(?!(?:had|has|have|was|were|is|are|been|be|will|would)\b)[a-z]+){0,2}?"
    rf"\s+(?:{_COMPARATIVES})\s+than\b",
    re.IGNORECASE,
)


#: Calendar terms a count may count: months and years are left as counts (see :data:`_MEASURES`).
_CALENDAR_AFTER = re.compile(r"[\s-]+(?:months?|years?|quarters?|decades?|centuries|century)\b", re.IGNORECASE)
#: ... or a figure that ends in one: "[six years and six months]".
_CALENDAR_END = re.compile(r"\b(?:months?|years?|quarters?|decades?)$", re.IGNORECASE)


def _calendar_count(slot: Slot, text: str) -> bool:
    """Whether a count counts months, years, quarters or decades ("three months", "a 10-year")."""
    if slot.unit != "count":
        return False
    return _CALENDAR_AFTER.match(text, slot.end) is not None or _CALENDAR_END.search(slot.text) is not None


def _period(slot: Slot, text: str) -> str:
    """The span of time a figure is counted per, within a few words after it ("400 tonnes of sugar [a day]",
    "2.9 billion drams [a year]", "[daily]"), or ""."""
    if slot.kind is not SlotKind.NUMBER or slot.unit in ("percent", "pp", "duration", "age", "score"):
        return ""
    m = _PER_PERIOD.match(text, slot.end)
    if m is None:
        return ""
    word = (m.group("unit") or m.group("ly")).lower()
    return {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}.get(word, word)


#: A term of several years right before a sum: "a [five-year], $48.6-million contract".
_TERM_BEFORE = re.compile(r"\b(?:\w+)-(?:year|month)\s*,?\s*(?:[$€£¥₩]|[A-Z]{2,3}\s?)?$")


def _periods_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two figures count per different spans of time ("400 tonnes a day" / "31,000 tonnes a year"), or
    one is a rate and the other, far larger or smaller, a total ("produced 31,000 tonnes in 2024"), or a rate a
    year and a total over a term of years ("$92 million a year" / "a five-year, $48.6-million contract")."""
    a, b = _period(c, claim), _period(p, passage)
    if a == b:
        return False
    if (a and _TERM_BEFORE.search(passage[max(0, p.start - 20) : p.start])) or (
            b and _TERM_BEFORE.search(claim[max(0, c.start - 20) : c.start])):
        return True
    if a and b:
        return True
    x, y = abs(float(c.value)), abs(float(p.value))  # type: ignore[arg-type]
    return min(x, y) == 0 or max(x, y) / min(x, y) > _RATE_TOTAL_RATIO


#: Words before a figure that make it a forecast others made of a result: "Analysts had on average expected a
#: profit of [398 crore]", "a poll of brokerages put it at".
_FORECAST_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|consensus|poll(?:ed)?|brokerages?|forecasters?"
    r"|had\s+(?:\w+\s+){0,3}?(?:expected|anticipated|projected|counting\s+on|banking\s+on|hoped\s+for))\b"
    r"[^.;,]{0,80}$",
    re.IGNORECASE,
)


def _forecast_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one figure is others' forecast of a result and the other is not ("analysts had expected a profit
    of 398 crore" / "profit after tax of Rs 412.3 crore"), or a body's own forecast and the other not ("lowered its
    full-year net profit forecast to 2.4 billion yen" / "Net profit ... fell 23 per cent to 1.12 billion yen")."""
    a = _FORECAST_BEFORE.search(claim[max(0, c.start - 120) : c.start]) is not None
    b = _FORECAST_BEFORE.search(passage[max(0, p.start - 120) : p.start]) is not None
    if a != b:
        return True
    own = (_OWN_FORECAST_BEFORE.search(claim[max(0, c.start - 60) : c.start]) is not None
           or _OUTLOOK_BEFORE.search(claim[max(0, c.start - 100) : c.start]) is not None,
           _OWN_FORECAST_BEFORE.search(passage[max(0, p.start - 60) : p.start]) is not None)
    return own[1] and not own[0]


#: A body's forecast named before its figure in its clause: "its full-year net profit [forecast to] 2.4 billion
#: yen [from] 2.9 billion yen", "[guidance of] $1.2 billion".
_OWN_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|guidance|outlook|projections?|targets?)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}?"
    r"\s(?:to|at|of|from)\s+(?:about\s+|around\s+|some\s+)?\S{0,4}$",
    re.IGNORECASE,
)


#: A body's own forecast or plan before a figure: "expects exports to recover to [11 million cartons]", "plans to
#: invest [95 billion tenge] in 2025".
_OUTLOOK_BEFORE = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|predicts?|targets?|aims?|plans?|intends?)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
#: A period still to come: "next season", "the coming year".
_COMING = re.compile(r"\b(?:next|coming|following)\s+(?:season|year|harvest|quarter|month|campaign)\b", re.IGNORECASE)
#: Words of a sentence telling what may yet happen, not what was done.
_NOT_DONE = re.compile(r"\b(?:expect\w*|forecast\w*|project(?:s|ed|ion)|predict\w*|will|would|next|coming|target\w*"
                       r"|aim(?:s|ed|ing)?|outlook|could|may|might|plan(?:s|ned)?|intend(?:s|ed)?|hop(?:es|ed)"
                       r"|scheduled)\b", re.IGNORECASE)


def _sentence_around(text: str, x: Slot) -> str:
    """The sentence of ``text`` holding ``x`` (cut at the nearest full stops)."""
    lo = max(text.rfind(". ", 0, x.start), text.rfind("\n", 0, x.start)) + 1
    hi = min((i for i in (text.find(". ", x.end), text.find("\n", x.end)) if i >= 0), default=len(text))
    return text[lo:hi]


def _outlook_and_past(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether the claim's figure is a body's outlook for a period to come and the passage's a count of what was
    done: "expects exports to recover to [11 million cartons] next season" / "[8.9 million cartons] ... passed
    export inspection in 2024"; "expects to recover [105,000] ... carats in 2025" / "recovered [98,600] carats in
    2024"."""
    if _OUTLOOK_BEFORE.search(claim[max(0, c.start - 100) : c.start]) is None:
        return False
    sentence = _sentence_around(passage, p)
    if not _COMING.search(claim):
        mine, theirs = (set(map(int, _YEAR.findall(t))) for t in (claim, sentence))
        if not (mine and theirs and max(theirs) < min(mine)):
            return False  # (a year before the outlook's is a period past)
    return _NOT_DONE.search(sentence) is None


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def outlook_year_and_past(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether the claim's year is the period of a body's outlook and the passage's an earlier year of what was
    done: "expects to recover 105,000 to 115,000 carats in [2025]" / "recovered 98,600 carats in [2024]"."""
    cv, pv = c.value, p.value
    if not (isinstance(cv, tuple) and isinstance(pv, tuple) and cv[0] == pv[0] == "year" and pv[1] < cv[1]):
        return False
    if _OUTLOOK_BEFORE.search(claim[max(0, c.start - 100) : c.start]) is None:
        return False
    return _NOT_DONE.search(_sentence_around(passage, p)) is None


#: A direction word right before a percentage: "rose [38%]", "fell by [12 percent]".
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises?|risen|fell|falls?|fallen|grew|grows?|grown|jump(?:ed|s)?|climb(?:ed|s)?|dropped|drops?|declined"
    r"|declines?|slipped|increased|decreased|surged|soared|plunged|slumped|tumbled|down|cut|reduced|slashed|trimmed"
    r"|raised|lifted|lowered"
    r"|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up"  # not "made up 55 percent of": a share
    r"|an?\s+(?:increase|rise|decrease|decline|drop|fall|gain|jump)\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: A comparison right after a percentage, which makes it a change: "roughly 24 per cent [less than] last year",
#: "12% [higher than]".
_CHANGE_AFTER = re.compile(r"\s+(?:less|more|fewer|lower|higher|smaller|larger|bigger|greater)\s+than\b", re.I)
#: A change set after the sum it changes: "was RM212.4 million[, an increase of ]38.1%".
_CHANGE_OF_SUM = re.compile(
    r"\d[\d,.]*(?:\s*[a-z]+)?,\s+an?\s+(?:increase|rise|decrease|decline|drop|fall|gain|jump)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


#: A count that is an increment, by the words before it or right after it: "will [add about] 5,000 passengers a day",
#: "5,000 [additional] passengers", "[an extra] 300 beds".
_ADDED_BEFORE = re.compile(
    r"\b(?:adds?|added|adding|an?\s+(?:extra|additional|further)|another)\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"approximately\s+|nearly\s+|almost\s+|up\s+to\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_ADDED_AFTER = re.compile(r"\s+(?:extra|additional|more|new)\b", re.IGNORECASE)


def _added(x: Slot, text: str) -> bool:
    before = text[max(0, x.start - 40) : x.start]
    if re.search(r"\b(?:adds?|added|adding)\s+up\s+to\s+$", before, re.IGNORECASE):
        return False  # "the lists [add up to] 95 families": a sum, no increment
    return bool(_ADDED_BEFORE.search(before) or _ADDED_AFTER.match(text, x.end))


def _increment_and_total(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one count is an increment and the other a total it may be part of: "the new route will add about
    [5,000] passengers a day" / "the boats carried an average of [21,000] passengers a day across all routes" (a
    smaller count is no total of the increment: "opened 30 additional beds" / "Twenty cots stand in the ward")."""
    if c.unit != "count" or p.unit != "count" or _added(c, claim) == _added(p, passage):
        return False
    added, total = (c, p) if _added(c, claim) else (p, c)
    return float(added.value) <= float(total.value)  # type: ignore[arg-type]


def _change_and_share(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one percentage is a change ("Attendance rose [38%]") and the other a share of a whole ("accounted
    for [25.3 percent] of total attendance")."""
    if c.unit != "percent" or p.unit != "percent":
        return False
    changes = (_CHANGE_BEFORE.search(claim[max(0, c.start - 30) : c.start]) is not None
               or _CHANGE_AFTER.match(claim, c.end) is not None,
               _CHANGE_BEFORE.search(passage[max(0, p.start - 30) : p.start]) is not None
               or _CHANGE_AFTER.match(passage, p.end) is not None)
    shares = (share_whole(claim, c) is not None, share_whole(passage, p) is not None)
    return (changes[0] and shares[1] and not changes[1]) or (changes[1] and shares[0] and not changes[0])


#: What a sum of money is, by the words that name it: a line of a company's accounts, a bonus, a prize.
_LINE_ITEMS = (
    ("revenue", re.compile(r"\b(?:revenues?|sales|turnover)\b", re.IGNORECASE)),
    ("result", re.compile(r"\b(?:profits?|loss(?:es)?|earnings|income|ebitda|ebit|deficit|surplus)\b", re.IGNORECASE)),
    ("bonus", re.compile(r"\bbonus(?:es)?\b", re.IGNORECASE)),
    # what customers ordered, not what was sold or earned ("Order intake fell 9 percent to 295 million euros")
    ("orders", re.compile(r"\b(?:order\s+(?:intake|book|backlog)|orders|backlog|bookings)\b", re.IGNORECASE)),
    # what a deal is worth and what was paid under it ("The contract was worth €2.1 million" / "was paid €1.9
    # million"), apart from each other only (see _DEAL_LINES)
    ("value", re.compile(r"\b(?:worth|valued)\b", re.IGNORECASE)),
    ("paid", re.compile(r"\b(?:paid|received)\b", re.IGNORECASE)),
    ("prize", re.compile(r"\b(?:prizes?|purses?|winnings)\b", re.IGNORECASE)),
    ("fine", re.compile(r"\b(?:fined?|fines|penalty|penalties)\b", re.IGNORECASE)),
    ("taken", re.compile(r"\b(?:overcharg\w*|overbill\w*|embezzl\w*|siphon\w*|defraud\w*|misappropriat\w*)",
                         re.IGNORECASE)),
    # what a body owes, and what it plans to spend ("owes the utility about R1.1 billion in arrears" / "the capital
    # budget of R1.04 billion")
    ("debt", re.compile(r"\b(?:owes?|owed|owing|debts?|arrears|unpaid|overdue)\b", re.IGNORECASE)),
    ("budget", re.compile(r"\bbudget(?:s|ed)?\b", re.IGNORECASE)),
    # what was put into a business ("has invested more than $4 million in odour-control measures"), or is to be
    # ("plans to spend 1.8 billion pesos on a new cold-storage complex", "a capital expenditure programme of")
    ("invested", re.compile(r"\b(?:invest(?:s|ed|ing|ments?)?|capital\s+(?:spending|expenditures?)|capex"
                            r"|spend(?:s|ing)?|outlays?)\b", re.IGNORECASE)),
    # a bank's book, no result of its year: "Loans totalled Rp 16.8 trillion ..., while deposits grew 3%"
    ("loans", re.compile(r"\b(?:loans?|lending|loan\s+book|advances)\b", re.IGNORECASE)),
    ("deposits", re.compile(r"\b(?:deposits|third-party\s+funds)\b", re.IGNORECASE)),
)
#: A sum's line named right after it: "$2.3 million [in damages]", "R50,000 [in fines]".
_LINE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:in|as)\s+(?:[a-z-]+\s+)?(?:(?P<damages>damages|compensation)|(?P<fine>fines|penalties)"
    r"|(?P<revenue>revenues?|sales|turnover)|(?P<result>profits?|loss(?:es)?|earnings|income))\b", re.IGNORECASE
)  # ("earned 96.4 million bolivianos [in net profit]": a result, whatever the verb)
#: The words before a sum of money that name its line, back to its clause's start: "a third-quarter operating loss
#: of [18.6 million euros]", "revenue fell 9 percent to [412 million euros]".
_LINE_BEFORE = re.compile(r"(?:[^,;:.()]|(?<=\d)[.,](?=\d)){0,80}$")


#: A change named right after a percentage, then the line it is of: "34 per cent [rise in net profit]".
_CHANGE_IN_LINE = re.compile(
    r"(?:\s+(?:year-on-year|annual|quarterly|yearly))?\s+(?:rise|increase|jump|gain|growth|climb|surge|fall|drop"
    r"|decline|decrease|slump|plunge|slide|dip)\s+in\s+(?:its\s+|the\s+)?"
    r"(?P<line>(?:[\w-]+\s+){0,3}?(?:revenues?|sales|turnover|profits?|loss(?:es)?|earnings|income|ebitda))\b",
    re.IGNORECASE,
)
#: Right before the value a change started from: ", up from", "compared with".
_STARTED_FROM = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+)?$",
                           re.IGNORECASE)


def _line_item(slot: Slot, text: str) -> str | None:
    """What a sum of money is ("revenue", "result", "bonus", "prize", "fine", "taken", "damages"), by the words right
    after it ("$2.3 million [in damages]") or the last word naming it before it in its clause, and what a percentage
    change is of ("revenue climbed [17 per cent]"); None when no word says."""
    if slot.unit == "percent" and (change := _CHANGE_IN_LINE.match(text, slot.end)) is not None:
        # "a [34 per cent] rise in net profit": the change of the line named after it
        found = [name for name, rx in _LINE_ITEMS if rx.search(change.group("line"))]
        kind = _RESULT_KIND.search(change.group("line")) if found[:1] == ["result"] else None
        return f"result:{_RESULT_KINDS[kind.group(1).lower()]}" if kind else found[0] if found else None
    if not (slot.unit or "").startswith("money:") and not (slot.unit == "percent" and _CHANGE_BEFORE.search(
            text, max(0, slot.start - 30), slot.start)):  # fmt: skip
        return None
    if (after := _LINE_AFTER.match(text, slot.end)) is not None:
        kind = _RESULT_KIND.search(after.group()) if after.lastgroup == "result" else None
        return f"result:{_RESULT_KINDS[kind.group(1).lower()]}" if kind else after.lastgroup
    m = _LINE_BEFORE.search(text[: slot.start])
    words = m.group() if m else ""
    if not words.strip(" ,") or _CHANGE_OF_SUM.search(text, max(0, slot.start - 60), slot.start):
        # the change of the sum its clause follows: "Profit after tax ... was RM212.4 million, an increase of
        # [38.1%]", read back to the sentence's start
        lo = max(text.rfind(". ", 0, slot.start) + 1, slot.start - 160, 0)
        words = text[lo : slot.start]
    line = _line_named(words)
    if line is None and _STARTED_FROM.search(text, max(0, slot.start - 30), slot.start):
        # the sum a change started from is of the line it moved on: "profit rose ... to TSh 8.4 billion, up from
        # [TSh 6.1 billion]"
        line = _line_named(text[max(text.rfind(". ", 0, slot.start) + 1, slot.start - 160, 0) : slot.start])
    return line


def _line_named(words: str, lines: Collection[str] | None = None) -> str | None:
    """The line of accounts ``words`` name last ("result:net" for "[Net profit] for the half"), of ``lines`` only
    if given; "debt" wherever a debt is named ("puts the unpaid wages and bonuses at": what is owed, whatever it is
    owed for)."""
    found = [(x.end(), name, x.start()) for name, rx in _LINE_ITEMS if lines is None or name in lines
             for x in rx.finditer(words)]  # fmt: skip
    if any(name == "debt" for _, name, _ in found):
        return "debt"
    if not found:
        return None
    _, name, at = max(found)
    kind = _RESULT_KIND.search(words[max(0, at - 20) : at + 30]) if name == "result" else None
    return f"result:{_RESULT_KINDS[kind.group(1).lower()]}" if kind else name


def lines_moved_apart(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether two words of direction move different lines of accounts, by the line each clause names before it:
    "Net profit for the six months to September [fell]" / "Sales for April-September [rose]"."""
    def line(text: str, x: Slot) -> str | None:
        lo = max(text.rfind(". ", 0, x.start) + 1, text.rfind(", ", 0, x.start) + 1, text.rfind("; ", 0, x.start) + 1)
        return _line_named(text[lo : x.start], ("revenue", "result"))

    a, b = line(claim, c), line(passage, p)
    return a is not None and b is not None and a.partition(":")[0] != b.partition(":")[0]


#: The kind of a result, by the word before or after it: "[operating] profit", "[net] income", "profit [before tax]".
_RESULT_KIND = re.compile(r"\b(operating|net|pre-tax|pretax|gross|before\s+tax|after\s+tax)\b", re.IGNORECASE)
_RESULT_KINDS = {"operating": "operating", "net": "net", "pre-tax": "pretax", "pretax": "pretax", "gross": "gross",
                 "before tax": "pretax", "after tax": "net"}  # fmt: skip


def other_things(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two figures measure different things by the words around them: different sums of money
    (:func:`_lines_apart`), spans of time (:func:`_periods_apart`), a forecast and a result
    (:func:`_forecast_apart`), an outlook and a past count (:func:`_outlook_and_past`), a change and a share (:func:`_change_and_share`), a sum asked for and another
    (:func:`_asked_apart`), an increment and a total (:func:`_increment_and_total`), a whole year's figure and a part's
    (:func:`_year_and_part`), a unit's price and a total (:func:`_price_and_sum`), carriers of different sorts
    (:func:`_carriers_apart`), what was produced and what was shipped (:func:`_flows_apart`), what payers of
    different sorts pay (:func:`_payers_apart`), people and the sites they work at (:func:`_people_and_sites`)."""
    return (_periods_apart(c, claim, p, passage) or _lines_apart(c, claim, p, passage)
            or _forecast_apart(c, claim, p, passage) or _outlook_and_past(c, claim, p, passage)
            or _change_and_share(c, claim, p, passage)
            or _asked_apart(c, claim, p, passage) or _rate_and_lump_sum(c, claim, p, passage)
            or _price_and_sum(c, claim, p, passage)
            or _modifier_and_head(c, claim, p, passage) or _increment_and_total(c, claim, p, passage)
            or _total_and_period(c, claim, p, passage) or _year_and_part(c, claim, p, passage)
            or _carriers_apart(c, claim, p, passage) or _flows_apart(c, claim, p, passage)
            or _payers_apart(c, claim, p, passage) or _people_and_sites(c, claim, p, passage))


#: Sorts of payer of a charge, by the words for them ("households" and "residents" are one sort).
_PAYERS = {w: sort for sort, words in (
    ("home", "household households resident residents home homes homeowner homeowners family families"),
    ("shop", "shop shops store stores shopkeeper shopkeepers retailer retailers"),
    ("hotel", "hotel hotels guesthouse guesthouses lodge lodges"),
    ("restaurant", "restaurant restaurants cafe cafes eatery eateries bar bars"),
    ("vendor", "vendor vendors trader traders stallholder stallholders hawker hawkers"),
    ("office", "office offices"), ("factory", "factory factories plant plants"),
    ("small", "small smaller"), ("large", "large larger big bigger"), ("medium", "medium"),
) for w in words.split()}
_SIZES = frozenset({"small", "large", "medium"})
#: A verb of paying right before a sum, after the payer: "Small shops [will pay] 500 rupees".
_PAYS_BEFORE = re.compile(
    r"\b(?:will\s+|would\s+|must\s+|shall\s+|to\s+|now\s+)?(?:pay|pays|be\s+charged|are\s+charged|be\s+asked\s+for)"
    r"\s+(?:about\s+|around\s+|up\s+to\s+)?(?:[A-Z]{2,3}|Rs\.?|rupees|[$€£¥₹])?\s*$"
)


def _payers_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two charges are paid by payers of different sorts, by the words of their clauses before the verb
    of paying (:data:`_PAYERS`): "Small shops will pay 500 rupees a month" / "Hotels, guesthouses and restaurants
    will pay 1,500 rupees a month"."""
    def payers(text: str, x: Slot) -> set[str] | None:
        lo = max(text.rfind(". ", 0, x.start) + 1, text.rfind("; ", 0, x.start) + 1, 0)
        m = _PAYS_BEFORE.search(text, lo, x.start)
        if m is None:
            return None
        return {_PAYERS[w] for w in re.findall(r"[a-z]+", text[lo : m.start()].lower()) if w in _PAYERS}

    mine, theirs = payers(claim, c), payers(passage, p)
    if not mine or not theirs:
        return False
    sorts, sizes = (mine - _SIZES, theirs - _SIZES), (mine & _SIZES, theirs & _SIZES)
    return all(sorts) and not sorts[0] & sorts[1] or all(sizes) and sizes[0] != sizes[1]


#: Words for people counted, and for sites or works counted, right after a count (:func:`_people_and_sites`).
_COUNTED_PEOPLE = frozenset(
    "people persons workers employees staff members nurses doctors teachers drivers pickers harvesters miners "
    "residents passengers visitors students pupils patients protesters strikers".split()
)
#: Homes, counted as dwellings or as the households living in them: neither people nor sites ("1,340 homes had been
#: damaged" / "2,860 people were staying in shelters"; "supplies about 52,000 homes" / "reaches some 61,000
#: households").
_COUNTED_HOMES = frozenset("homes houses dwellings households families apartments flats".split())
_COUNTED_SITES = frozenset(
    "mills plants factories estates plantations mines sites schools hospitals clinics villages districts branches "
    "depots stations warehouses farms wells offices buildings shops stalls".split()
)


#: Words that end the noun phrase a count counts.
_COUNT_ENDS = frozenset("from of in at to on for with by were was had have has are is been".split())


def _counted(text: str, x: Slot) -> str | None:
    """What count ``x`` counts, "people", "sites" or "homes", by the first such word of the four right after it,
    before a preposition or a verb ("forced 38,000 [from] their homes" counts no homes)."""
    for w in re.findall(r"[a-z]+", text[x.end : x.end + 40].lower())[:4]:
        if w in _COUNT_ENDS:
            break
        if w in _COUNTED_PEOPLE:
            return "people"
        if w in _COUNTED_SITES:
            return "sites"
        if w in _COUNTED_HOMES:
            return "homes"
    return None


def people_counted(text: str, x: Slot) -> bool:
    """Whether count ``x`` counts people by the words right after it ("3,500 [workers]", "1,200 [employees]")."""
    return x.unit == "count" and _counted(text, x) == "people"


def _people_and_sites(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one count is of people and the other of sites, by the words right after them: "About 3,500
    [workers] at seven oil palm estates" / "Operations at our two palm oil [mills]"."""
    if c.unit != "count" or p.unit != "count":
        return False
    mine, theirs = _counted(claim, c), _counted(passage, p)
    return mine is not None and theirs is not None and mine != theirs


#: Sorts of carrier a count may be of, by the words for them: "12 refrigerated container [vans]" are no "23 cargo
#: [ships]".
_CARRIERS = {w: sort for sort, words in (
    ("vessel", "ship ships vessel vessels boat boats ferry ferries tanker tankers freighter freighters trawler trawlers"
               " barge barges"),
    ("road", "truck trucks lorry lorries van vans trailer trailers bus buses"),
    ("container", "container containers teu teus"),
    ("air", "flight flights plane planes aircraft jet jets"),
) for w in words.split()}


def _carriers_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two counts are of carriers of different sorts, by the words right after them (:data:`_CARRIERS`):
    "12 refrigerated container vans" / "23 vessels"."""
    def sorts(text: str, x: Slot) -> set[str]:
        words = re.findall(r"[a-z]+", text[x.end : x.end + 40].lower())[:4]
        return {_CARRIERS[w] for w in words if w in _CARRIERS}

    if c.unit != "count" or p.unit != "count":
        return False
    mine, theirs = sorts(claim, c), sorts(passage, p)
    return bool(mine) and bool(theirs) and not mine & theirs


#: Words telling a quantity as what was produced, or as what was shipped out (:func:`_flows_apart`).
_FLOWS = {w: flow for flow, words in (
    ("made", "production produced produce produces output harvest harvested crop crops"),
    ("shipped", "export exports exported shipment shipments shipped ships"),
) for w in words.split()}


#: The end of a sentence or a clause set off by a semicolon (not a decimal point: "18.4 million").
_CLAUSE_END = re.compile(r"[.;]\s+")


def _flows_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one quantity is told as what was produced and the other as what was shipped, by the words of its
    clause before it and right after it: "Citrus production ... is expected to fall 18 percent this season to about
    610,000 tonnes" / "its members shipped 240,000 tonnes of citrus through the port"."""
    def flows(text: str, x: Slot) -> set[str]:
        lo = max([x.start - 90, *(m.end() for m in _CLAUSE_END.finditer(text, 0, x.start))])
        words = re.findall(r"[a-z]+", text[max(0, lo) : x.end + 30].lower())
        return {_FLOWS[w] for w in words if w in _FLOWS}

    if c.unit in (None, "count", "percent", "pp") or c.unit != p.unit:
        return False
    mine, theirs = flows(claim, c), flows(passage, p)
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


#: Right after a count, the year it is counted since: "more than 70 million ounces [since prospectors struck gold
#: there in 1909]".
_SINCE_YEAR_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+since\b[^.;]{0,60}?\b(?:1[89]|20)\d\d\b")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _total_and_period(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one count is a total since a year ("has yielded more than 70 million ounces since ... 1909") and the
    other is counted since nothing ("full-year output of 240,000 to 255,000 ounces"): a total and a period's count.
    (A change is compared as a change: "fallen by 18 percent since 2015".)"""
    if c.kind is not SlotKind.NUMBER or p.kind is not SlotKind.NUMBER or "percent" in (c.unit, p.unit):
        return False
    def since(text: str, x: Slot) -> bool:  # counted since something, said anywhere in the sentence
        return _SINCE.search(_sentence_around(text, x)) is not None

    return (_SINCE_YEAR_AFTER.match(passage, p.end) is not None and not since(claim, c)) or (
        _SINCE_YEAR_AFTER.match(claim, c.end) is not None and not since(passage, p))


#: A figure counted over a whole year: "[full-year] concentrate production", "for the whole of 2024", "annual".
_WHOLE_YEAR = re.compile(
    r"\b(?:full[- ]year|whole[- ]year|annual"
    r"|for\s+the\s+(?:whole|full|entire)\s+(?:of\s+)?(?:the\s+)?(?:year|\d{4}))\b",
    re.IGNORECASE,
)
#: ... or over part of one: "in January-June", "in the first half", "first-quarter", "in the first nine months".
_YEAR_PART = re.compile(
    r"\b(?:Jan(?:uary)?\s*[-–]\s*(?:Mar(?:ch)?|June?|Sep(?:tember)?|Sept)"
    r"|(?:first|second|third|fourth)[- ](?:half|quarter)"
    r"|half[- ]year(?:ly)?|H[12]|Q[1-4]|(?:first|last)\s+(?:three|six|nine)\s+months)\b",
    re.IGNORECASE,
)


def _year_and_part(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one count is over a whole year and the other over part of one, as their sentences say ("expects
    full-year concentrate production of about 510,000 tonnes" / "output at 241,000 tonnes ... in January-June")."""
    if c.kind is not SlotKind.NUMBER or p.kind is not SlotKind.NUMBER or "percent" in (c.unit, p.unit):
        return False

    def span(text: str, x: Slot) -> tuple[bool, bool]:
        said = _sentence_around(text, x)
        return _WHOLE_YEAR.search(said) is not None, _YEAR_PART.search(said) is not None

    (cw, cp), (pw, pp) = span(claim, c), span(passage, p)
    return (cw and not cp and pp and not pw) or (cp and not cw and pw and not pp)


def _compound_noun(x: Slot, text: str) -> tuple[str, str] | None:
    """The stems of a compound of two plural nouns right after a count, the first naming the second ("two [mines
    inspectors] for", "40 [arms dealers]"), or None."""
    m = _PLURAL_COMPOUND.match(text, x.end)
    if m is None or not all(_is_content(w.lower()) for w in m.groups()):
        return None
    return _suffix_stem(m.group(1).lower()), _suffix_stem(m.group(2).lower())


#: Two plural nouns after a count, then a word that names nothing more: "two [mines inspectors] for its".
_PLURAL_COMPOUND = re.compile(r"\s+([a-z]{3,}s)\s+([a-z]{3,}s)\b(?=\s*(?:[,.;:]|$|\s+(?:for|of|in|at|on|and|to|who|were"
                              r"|are|have|had|with)\b))")


def _modifier_and_head(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether a count of the claim's counts things its passage count's things only name: "two [mines] inspectors"
    / "Thirty-two mines" (inspectors of mines, not mines)."""
    if c.unit != "count" or p.unit != "count" or (pair := _compound_noun(c, claim)) is None:
        return False
    theirs = _NEXT_WORD.match(passage, p.end)
    return theirs is not None and _suffix_stem(theirs.group(1).lower()) == pair[0] != pair[1]


#: The next word, right after a space or a hyphen ("two mines inspectors", "a 12-storey block").
_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z][\w'’]*)")


#: A sum paid by the period, said before it: "[monthly] pay of" (after it: :func:`_period`).
_PER_PERIOD_BEFORE = re.compile(r"\b(?:hourly|daily|weekly|monthly|annual|yearly)\b(?:\s+[\w-]+){0,4}\s*$", re.I)
#: A sum paid once: "a [one-time] payment of 1.5 million roubles".
_ONCE_BEFORE = re.compile(r"\b(?:one-time|one-off|lump[- ]sum|single|signing)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


#: Right after a sum (and its currency), the unit it prices: "1,200 [reais per arroba]", "265 [maloti a kilogram]".
_PRICE_OF = re.compile(
    r"(?:\s+[A-Za-z]+)?\s*(?:\([^)]{1,20}\)\s*)?(?:per\s+(?!cent\b)[a-z]+|(?:a|an|each)\s+(?:kilo(?:gram)?|kg|"
    r"tonne|ton|litre|liter|barrel|share|sack|bag|head|hectare|acre|dose|vial|unit|ticket|night|passenger|person|"
    r"pound|ounce|gallon|metre|meter|square|piece|box|crate)s?\b)",
    re.IGNORECASE,
)


def _price_and_sum(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one sum is a unit's price and the other a total ("around 1,200 reais per arroba" / "revenue rose to
    612 million reais"): two things."""
    if not (c.unit or "").startswith("money") or not (p.unit or "").startswith("money"):
        return False
    a, b = abs(float(c.value)), abs(float(p.value))  # type: ignore[arg-type]
    if min(a, b) <= 0 or max(a, b) / min(a, b) < _PRICE_TO_SUM:
        return False  # "NOK 65 per person" / "charge cruise passengers 50 crowns": one fee, told two ways
    return (_PRICE_OF.match(claim, c.end) is None) != (_PRICE_OF.match(passage, p.end) is None)


#: Least ratio between a total and a unit's price for them to be two things, not one fee told two ways.
_PRICE_TO_SUM = 50.0


def _rate_and_lump_sum(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one sum is paid by the period and the other once ("earns about 190,000 roubles a month" / "a
    one-time payment of 1.5 million roubles")."""
    if not (c.unit or "").startswith("money") or not (p.unit or "").startswith("money"):
        return False

    def rate(x: Slot, text: str) -> bool:  # "190,000 roubles [a month]", "[monthly] pay of"
        return bool(_period(x, text) or _PER_PERIOD_BEFORE.search(text[max(0, x.start - 50) : x.start]))

    def once(x: Slot, text: str) -> bool:
        return _ONCE_BEFORE.search(text[max(0, x.start - 40) : x.start]) is not None

    return (rate(c, claim) and once(p, passage)) or (once(c, claim) and rate(p, passage))


#: A request right before a sum: "had [sought] 420 million CFA francs", "[asked for] an eight-year term", "are
#: [demanding] that the daily wage be raised from 480 pesos to 600 pesos".
_ASKED_BEFORE = re.compile(
    # (a demand made, not a measure named "demand": "a chemical oxygen demand of 1,850 mg/L", "demand peaked at")
    r"\b(?:sought|seeking|seeks?|asks?\s+for|asked\s+for|asking\s+for"
    r"|demand(?:ed|ing)|(?<=\bto\s)demand"
    r"|demands?(?=\s+(?:(?:for|that|a|an|the|to|their|higher|more|better)\b|[\d$€£]))"
    r"|request(?:ed|ing)|requests?(?=\s+(?:for|that|a|an|the|to)\b)|wants?|wanted"  # (not "a transparency request,")
    r"|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for"
    r"|petition(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for"
    # ... or asked a court to set it: "asked the court to impose [eight years]"
    r"|ask(?:s|ed|ing)?\s+(?:the\s+)?(?:[a-z]+\s+){1,2}to\s+"
    r"(?:impose|order|award|grant|set|jail|sentence|fine|send|give|hand))"
    r"\b[^.;]{0,40}$"
    # ... or asking that a sum be set: "demanding that the daily wage be raised from 480 pesos to [600 pesos]"
    r"|\b(?:demand(?:ed|ing|s)?|seek(?:s|ing)?|sought|want(?:s|ed)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\s+that\s+"
    r"[^.;]{0,50}?\b(?:be|is|are)\s+(?:raised|increased|lifted|set|cut|reduced|lowered)\b[^.;]{0,30}$"
    # ... or asking a payer to pay it: "demanding that processor Lacteos Sierra Norte pay [1.50 soles]", "wanted the
    # mill to pay at least ..."
    r"|\b(?:demand(?:ed|ing|s)?|want(?:s|ed)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|urg(?:e|es|ed|ing))\s+"
    r"[^.;]{0,60}?\b(?:to\s+)?pay\s+(?:(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+)?$",
    re.IGNORECASE,
)


def _asked_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether one figure is what a party asked for and the other not ("The residents had sought 420 million CFA
    francs" / "CNT must pay them a total of 168 million CFA francs")."""
    if _CHANGE_START.search(claim[max(0, c.start - 20) : c.start]) and _CHANGE_START.search(
            passage[max(0, p.start - 20) : p.start]):  # fmt: skip
        return False  # "demanding that the wage be raised to 85,000 lek [from] 65,000 lek" / "demanding a rise ... to
        # 85,000 lek [from] 58,000 lek": what is paid now, on both sides
    return _asked(claim, c) != _asked(passage, p)


def _asked(text: str, slot: Slot) -> bool:
    """Whether a request comes before the figure with no offer between ("pressing for an 8 percent raise,
    against a company [offer] of 4.5 percent" asks for 8 percent only)."""
    m = _ASKED_BEFORE.search(text[max(0, slot.start - 120) : slot.start])
    return m is not None and not _OFFER_BETWEEN.search(m.group(0))


#: The value a change starts from, right before it: "raised to 85,000 lek [from] 65,000 lek".
_CHANGE_START = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[$€£¥₩]?$", re.IGNORECASE)


#: An offer or a counter named between a request and a figure.
_OFFER_BETWEEN = re.compile(r"\b(?:offer\w*|propos\w*|against|versus)\b", re.IGNORECASE)


def _lines_apart(c: Slot, claim: str, p: Slot, passage: str) -> bool:
    """Whether two sums of money are different things ("revenue ... 412 million euros" / "an operating loss of
    18.6 million euros", "a record bonus of $50,000" / "prize money of USD 80,000")."""
    a, b = _line_item(c, claim), _line_item(p, passage)
    if len({a, b} & _DEAL_LINES) == 1 and {a, b} - _DEAL_LINES:
        return False  # "land worth 180 million shillings" / "losses at about 60 million": worth tells no line alone
    if a is None or b is None or {a, b} == {"budget", "invested"}:
        return False  # (a budget and what is to be spent under it are one sum: "an operating budget of $87.3 million"
        # / "the city will spend $84.9 million on operations")
    # a result of a kind is another of another kind ("operating profit" / "Net profit"); of no kind, either
    (line_a, _, kind_a), (line_b, _, kind_b) = a.partition(":"), b.partition(":")
    return line_a != line_b or (bool(kind_a) and bool(kind_b) and kind_a != kind_b)


#: Lines of a deal, apart from each other only: what it is worth and what was paid under it.
_DEAL_LINES = frozenset({"value", "paid"})


#: How far apart a rate and a figure with no period must be to be a rate and a total, not two rates.
_RATE_TOTAL_RATIO = 10.0


#: A rate's period after a figure and up to four words of what it counts; a sum per share is such a rate too
#: ("a dividend of 150 yen [a share]" is no rival of a profit of 21.4 billion yen).
_PER_PERIOD = re.compile(
    r"(?:[\s-]+(?!(?:a|an|per|each|every|in|on|at|by|to|from|for|and|was|were|is|are)\b)[A-Za-z][\w'’-]*){0,4}"
    r"[\s-]+(?:(?:(?:for|of)\s+)?(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour|share(?!\s+of\b))\b"
    r"|(?P<ly>daily|weekly|monthly|annually|yearly))",
    re.IGNORECASE,
)


def share_whole(text: str, slot: Slot) -> frozenset[str] | None:
    """The content stems of what a percentage is a share of, where the words right after it ("85 percent [of its
    electricity]") or right before it ("its [share of the packaged biscuit market] at roughly 45 per cent") say."""
    if slot.unit != "percent":
        return None
    m = _SHARE_AFTER.match(text, slot.end) or _SHARE_BEFORE.search(text[max(0, slot.start - 120) : slot.start])
    words = content_words(m.group("whole")) if m else set()
    return frozenset(words) or None


def same_whole(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two shares' wholes (:func:`share_whole`) are one: most of the smaller one's words are the other's
    ("rice cracker market" / "national rice cracker market")."""
    return bool(a and b) and len(a & b) * 2 > min(len(a), len(b))  # type: ignore[operator,arg-type]


_WHOLE = (  # (after a name's initials: "three-quarters of the U.S. hop crop")
    r"(?:(?:the|its|their|all)\s+)?(?:[A-Za-z][\w-]*['’]s\s+|(?:[A-Z]\.){2,}\s+)?"
    r"(?P<whole>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]{3,})"
)
#: "85 percent [of its electricity]", "11% of Japan's rice cracker market" (up to four words, a preposition ends it).
_SHARE_AFTER = re.compile(
    r"\s+of\s+" + _WHOLE  # ending before a preposition, a participle or a verb: "31 percent of the [bales] presented"
    + r"\b(?!\s+(?!(?:in|of|on|at|for|by|to|from|and|with|were|was|are|have|had)\b|[a-z]{3,}ed\b)[a-z]{4,})"
)
#: "its share of the packaged biscuit market [at roughly] 45 per cent", "share of the market is about 8 percent".
_SHARE_BEFORE = re.compile(
    r"\bshare\s+of\s+" + _WHOLE + r"\s+(?:is|was|stood\s+at|stands\s+at|at|of|to|rose\s+to|fell\s+to|reached)"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$"
)


def _units_compatible(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return {a, b} <= {"count"} | {x for x in (a, b) if x and x.startswith("money:")}


def _year_of(value: tuple[Any, ...]) -> int | None:
    """The year of a month or month-and-day date value, None when it names none."""
    full = 3 if value[0] == "md" else 2
    return int(value[-1]) if len(value) > full else None


#: Minutes within which "shortly after" or "just before" a time falls.
_SHORTLY = 60
#: The same, for the passage's: the claim's exact time is told as one "shortly after" another only this close to it.
_SHORTLY_TOLD = 15


def _quarter_and_date(c: Slot, p: Slot) -> bool | None:
    """A quarter of a year against another date: the same year for a year ("the first quarter of 2026" / "in
    2026"), the quarter a month falls in for a month of a named year ("the second quarter of 2026" / "April-June
    2026"); None for anything else."""
    cv, pv = c.value, p.value
    assert isinstance(cv, tuple) and isinstance(pv, tuple)
    other = pv if cv[0] == "quarter" else cv
    if other[0] == "year":
        return cv[-1] == pv[-1] if not (c.bound or p.bound) else None
    if other[0] not in ("md", "month") or len(other) != (4 if other[0] == "md" else 3):
        return None  # (a month of no named year)
    cq, pq = ((v[1] if v[0] == "quarter" else (v[1] - 1) // 3 + 1) for v in (cv, pv))
    if c.bound and (cv[-1], cq) != (pv[-1], pq):
        return (pv[-1], pq) > (cv[-1], cq) if c.bound == "gt" else (pv[-1], pq) < (cv[-1], cq)
    return (cv[-1], cq) == (pv[-1], pq)


def _dates_equal(c: Slot, p: Slot) -> bool | None:
    """True / False when comparable, None when the two dates cannot be compared."""
    cv, pv = c.value, p.value
    assert isinstance(cv, tuple) and isinstance(pv, tuple)
    if cv[0] == "time" or pv[0] == "time":  # times of day are compared with times of day only
        if cv[0] != pv[0]:
            return None
        if cv[1] != pv[1] and c.bound and not p.bound:  # "before 4 p.m." fits "at 3 p.m."
            near = not c.approx or abs(pv[1] - cv[1]) <= _SHORTLY  # "shortly before 11 a.m." fits 10:52, not 8:30
            return (pv[1] > cv[1]) == (c.bound == "gt") and near
        if cv[1] != pv[1] and p.bound and not c.bound:  # "at 12:01 a.m." fits "shortly after midnight"
            near = not p.approx or abs(pv[1] - cv[1]) <= _SHORTLY_TOLD  # "at about 7:40" is not "shortly after 7:10"
            return (cv[1] > pv[1]) == (p.bound == "gt") and near
        return cv[1] == pv[1]
    if "quarter" in (cv[0], pv[0]) and cv[0] != pv[0]:
        return _quarter_and_date(c, p)
    cy = cv[1] if cv[0] == "year" else (cv[-1] if len(cv) > (3 if cv[0] == "md" else 2) else None)
    py = pv[1] if pv[0] == "year" else (pv[-1] if len(pv) > (3 if pv[0] == "md" else 2) else None)
    if c.bound and c.bound == p.bound and cv == pv:
        return True  # "not expected to be completed before 2027" / "not due to be finished before 2027"
    if c.bound and cy is not None and py is not None:
        if cy != py:
            return py > cy if c.bound == "gt" else py < cy
        if cv[0] == "year" or pv[0] == "year":
            return None
        cm, pm = cv[1], pv[1]
        if cm != pm:
            return pm > cm if c.bound == "gt" else pm < cm
        return None
    if cv[0] == "year" and pv[0] == "year":
        return cv[1] == pv[1]
    if cv[0] == "year" and py is not None:
        return cv[1] == py
    if cy is not None and py is not None and cy != py:
        return False
    if cv[0] == "weekday" and pv[0] == "weekday":
        return cv[1] == pv[1]
    if cv[0] == pv[0] and cv[0] in ("season", "quarter"):
        return cv[1] == pv[1]  # (of one year: the years differ above)
    if cv[0] in ("md", "month") and pv[0] in ("md", "month"):
        if cv[1] != pv[1]:
            return False
        if cv[0] == "md" and pv[0] == "md":
            return cv[2] == pv[2]
        return True
    return None


#: A weekday right before a date: "on Monday, [6 April]".
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$", re.IGNORECASE)


def _states(c: Slot, p: Slot) -> bool:
    """Whether passage slot ``p`` states claim slot ``c``'s value (fuzzy names allowed; a bound is
    stated by a value within it, "more than 450" by 500, not by 450)."""
    if c.kind is SlotKind.NUMBER and p.kind is SlotKind.NUMBER and not p.negated:
        return _units_compatible(c.unit, p.unit) and _numbers_equal(c, p) and not _only_within(c, p)
    if c.kind is SlotKind.DATE and p.kind is SlotKind.DATE and not p.negated:
        return bool(_dates_equal(c, p))
    if c.kind is SlotKind.ENTITY and p.kind is SlotKind.ENTITY:
        return names_match(c.text, p.text)
    return False  # another kind


def _same_value(c: Slot, p: Slot) -> bool:
    """Whether passage slot ``p`` states claim slot ``c``'s value (an exact figure, not a bound's)."""
    if c.kind is not p.kind or p.negated:
        return False
    if c.kind is SlotKind.NUMBER:
        return not c.bound and _units_compatible(c.unit, p.unit) and _numbers_equal(c, p) and not _only_within(c, p)
    if c.kind is SlotKind.DATE:
        return not c.bound and bool(_dates_equal(c, p))
    return c.kind is SlotKind.ENTITY and _squash(c.text) == _squash(p.text)  # "Lindqvist" is not "Erik Lindqvist"
