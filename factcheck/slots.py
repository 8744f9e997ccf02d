"""Slots of a claim (numbers, dates, names, polarity, negation, modality) and their comparison.

:func:`extract_slots` finds the checkable values in a text, each with the
content words around it (its *context*: what the number counts, what the date
dates). :func:`compare_slots` aligns the claim's slots with the passage's by
kind, unit and context and reports a :class:`~factcheck.model.Mismatch` only
where the two texts fill the *same* slot differently ("354,000 troops" vs
"254,000 troops"); a passage that mentions another number in another role
("...up from 300,000 in 2019") is not a mismatch. :func:`analyze` returns the
full comparison (matches, misses, lexical overlap) that the stance model uses
as features.

Mismatch kinds: ``number``, ``date``, ``entity``, ``polarity`` (rose / fell,
approved / rejected), ``negation`` (one side negated), ``quote`` (a quotation of
the claim rendered with other words in the passage: a misquote), ``modality``
(the claim asserts what the passage only says may happen; listed, never decisive).
"""

from __future__ import annotations

import enum
import re
import unicodedata
import zlib
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Any

import attrs

from factcheck.model import Mismatch, _written_in

__all__ = [
    "Slot",
    "SlotKind",
    "SlotReport",
    "analyze",
    "compare_quotes",
    "compare_slots",
    "content_words",
    "extract_slots",
    "parse_number",
]


class SlotKind(str, enum.Enum):
    """What a slot holds."""

    NUMBER = "number"
    DATE = "date"
    ENTITY = "entity"
    POLARITY = "polarity"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Slot:
    """One value found in a text.

    Attributes:
        kind: The slot kind.
        text: The value as written ("a quarter of a million", "Sept. 3").
        value: Normalised value: a float for numbers, ``("year", 2019)``,
            ``("md", 9, 3)``, ``("month", 9)``, ``("weekday", 0)`` for dates,
            the squashed name for entities, ``(group, sign)`` for polarity.
        unit: ``count``, ``percent``, ``pp`` (percentage points), ``money:usd``
            ... for numbers; the date kind for dates; None otherwise.
        start: Offset of ``text`` in the source string.
        end: End offset.
        context: (stem, weight) pairs for the content words around the slot,
            weight falling with distance.
        head: The first content word after the value (the noun it counts), or "".
        approx: True when hedged ("about", "nearly").
        bound: "gt" for lower bounds ("more than", "over", "after"), "lt" for upper
            bounds ("fewer than", "under", "before"), "" otherwise.
        negated: For polarity slots, whether a negation cue governs the word; for numbers
            and dates, whether the value is one a correction rules out ("began on Monday,
            [not Tuesday] as first reported", "rather than 40").
        in_range: The value is one end of a range ("between [30] and [40]"), its ``bound`` the side.
        inclusive: The bound takes in its own value ("at least 7", "up to 240"), as "more than 7" does not.
    """

    kind: SlotKind
    text: str
    value: object
    unit: str | None
    start: int
    end: int
    context: tuple[tuple[str, float], ...] = ()
    head: str = ""
    approx: bool = False
    negated: bool = False
    bound: str = ""
    in_range: bool = False
    inclusive: bool = False


# --------------------------------------------------------------------------- lexicon

_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under than then that this these those
    is are was were be been being am has have had having do does did done it its it's he she they them their his her
    we our you your i me my who whom whose which what when where why how there here about after before during since
    up down out off again further once all any both each few more most other some such only own same so too very
    can could may might must shall should will would just also said says say according told reported per cent percent
    s t one new last first year years week weeks month months day days time times mr mrs ms dr""".split()
)
_NEGATIONS = frozenset("not n't never no neither nor none nobody nothing without cannot".split())
_VERBAL_NEG = frozenset("not n't never cannot neither nor".split())
_HEDGES = frozenset("about around approximately roughly nearly almost some estimated close".split())
_LOWER = frozenset(("over", "above", "exceeding", "more than", "at least", "upwards of", "greater than", "after",
                    "later than", "beyond", "exceed", "exceeds", "exceeded", "top", "tops", "topped", "surpass",
                    "surpassed", "surpassing"))  # fmt: skip
_UPPER = frozenset(("under", "below", "less than", "fewer than", "up to", "at most", "before", "prior to",
                    "earlier than", "no more than", "as much as", "as many as"))  # fmt: skip
#: Bounds that take in their own value: "at least seven" fits seven, "more than seven" does not.
_INCLUSIVE = frozenset(("at least", "up to", "at most", "no more than", "no fewer than", "no less than", "as much as",
                        "as many as"))  # fmt: skip
#: Hedges that say something may happen, as against a plan or an expectation ("plans to", "is expected to").
_POSSIBLE = frozenset("may might could possibly perhaps probably likely allegedly reportedly".split())
#: Every hedge: the possible and what is only planned or expected. A claim about the future ("will hire") fits a
#: plan ("plans to hire") but not a possibility (see :func:`_only_possible`).
_MODAL_POSSIBLE = _POSSIBLE | frozenset("expected plans planned intends".split())

# Polarity groups: (positive forms, negative forms).
_POLARITY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "direction": (
        frozenset(
            "rose rise rises rising risen increased increase increases increasing grew grow grows growing grown "
            "climbed climb climbs jumped jump jumps gained gain gains surged surge surges soared soar soars "
            "higher up expanded expand expands boosted raised raise raises rallied strengthened accelerated "
            "accelerates accelerating quickened".split()
        ),
        frozenset(
            "fell fall falls falling fallen decreased decrease decreases decreasing declined decline declines "
            "declining dropped drop drops shrank shrink shrinks shrunk slumped slump plunged plunge plunges "
            "lower down contracted contract slid slide slides cut cuts reduced reduce reduces lowered slipped dipped "
            "tumbled sank weakened slowed slows slowing eased eases easing cooled moderated".split()
        ),
    ),
    "approval": (
        frozenset(
            "approved approve approves approving passed accepted accept accepts confirmed confirm confirms "
            "endorsed endorse backed back allowed allow allows granted grant upheld uphold ratified ratify "
            "signed admitted admit admits pass passes".split()
        ),
        frozenset(
            "rejected reject rejects rejecting vetoed veto vetoes denied deny denies refused refuse refuses "
            "blocked block blocks dismissed dismiss dismisses opposed oppose opposes overturned overturn "
            "banned ban bans struck".split()
        ),
    ),
    "outcome": (
        frozenset("won win wins winning victory succeeded success successful".split()),
        frozenset("lost lose loses losing defeat defeated failed fail fails failure unsuccessful".split()),
    ),
    "state": (
        frozenset("opened open opens reopened began begin begins started start starts launched resumed".split()),
        frozenset("closed close closes shut ended end ends halted halt stopped stop stops suspended".split()),
    ),
    # compass words, lower-case only ("the [eastbound] lane"; "South Korea" is a name)
    "eastwest": (
        frozenset("east eastern eastbound eastward eastwards".split()),
        frozenset("west western westbound westward westwards".split()),
    ),
    "northsouth": (
        frozenset("north northern northbound northward northwards".split()),
        frozenset("south southern southbound southward southwards".split()),
    ),
    "comparison": (
        frozenset("more most larger largest bigger biggest greater greatest highest above".split()),
        frozenset("less least fewer fewest smaller smallest lesser lowest below".split()),
    ),
}
_POLARITY_WORD: dict[str, tuple[str, int]] = {
    w: (group, sign) for group, (pos, neg) in _POLARITY.items() for sign, words in ((1, pos), (-1, neg)) for w in words
}
#: A compass bearing written as one word, lower case: "[north][west]", "[south][east]ern".
_BEARING = re.compile(r"(north|south)(east|west)(?:ern|ward|wards|bound)?")
#: The rest of a compass word and "of" after it: a bearing from a place ("north[west of] Caraveli", "south[-west of]").
_BEARING_OF = re.compile(r"[\w-]*\s+of\b")


def _bearing_of(text: str, slot: Slot) -> bool:
    """Whether a compass word gives a bearing from a place ("35 km [north]west of Chivay"), not a region ("[southern]
    Peru")."""
    return _BEARING_OF.match(text, slot.end) is not None


#: Polarity groups of compass words, counted in lower case only ("South Korea" is a name).
_COMPASS = frozenset({"eastwest", "northsouth"})
# Words that double as common non-polar tokens only count next to a number or in a short clause.
_WEAK_POLAR = frozenset("up down back end ends start starts open close cut cuts more most less least above below".split())

_UNITS_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "thirds": 1 / 3, "quarters": 0.25}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian copy: "Tk 2 lakh" is 200,000 taka
}  # fmt: skip
#: Units of measure, by the word after a figure: (dimension, size in the dimension's base unit). Figures in one
#: dimension are compared converted ("3.2-tonne" / "3,200 kilograms", "42 acres" / "17 hectares").
_MEASURES = {
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes"), ("mass", 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), ("mass", 1000.0)),
    **dict.fromkeys(("quintal", "quintals"), ("mass", 100.0)),
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), ("length", 1000.0)),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), ("length", 1.0)),
    **dict.fromkeys(("mi", "mile", "miles"), ("length", 1609.344)),
    **dict.fromkeys(("hectare", "hectares", "ha"), ("area", 1e4)),
    **dict.fromkeys(("acre", "acres"), ("area", 4046.8564224)),
    # spans of time in seconds ("48 hours" / "two days"); months and years are calendar terms, left as counts
    **dict.fromkeys(("second", "seconds", "sec", "secs"), ("duration", 1.0)),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), ("duration", 60.0)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs"), ("duration", 3600.0)),
    **dict.fromkeys(("day", "days"), ("duration", 86400.0)),
    **dict.fromkeys(("week", "weeks"), ("duration", 604800.0)),
    **dict.fromkeys(("fortnight", "fortnights"), ("duration", 1209600.0)),
    # power and energy, in watts and watt-hours ("a 240-megawatt solar farm" / "the 280 MW farm")
    **dict.fromkeys(("kw", "kilowatt", "kilowatts"), ("power", 1e3)),
    **dict.fromkeys(("mw", "megawatt", "megawatts"), ("power", 1e6)),
    **dict.fromkeys(("gw", "gigawatt", "gigawatts"), ("power", 1e9)),
    **{"kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12)},
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_CURRENCY_SYMBOL = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₩": "krw"}
_CURRENCY_WORD = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur", "eur": "eur",
    "pound": "gbp", "pounds": "gbp", "yen": "jpy", "yuan": "cny", "won": "krw", "rubles": "rub", "roubles": "rub",
    "taka": "bdt", "rupee": "inr", "rupees": "inr", "rupiah": "idr", "naira": "ngn", "rand": "zar", "cedi": "ghs",
    "cedis": "ghs", "shilling": "shilling", "shillings": "shilling", "kroner": "krone", "krone": "krone",
    "kronor": "sek", "krona": "sek",
}  # fmt: skip
_CURRENCY_PREFIX = {"tk": "bdt", "rs": "inr", "rp": "idr", "ksh": "shilling", "kes": "shilling", "sh": "shilling"}

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|n't|\d+(?:[.,]\d+)*%?|[$€£¥₩%]")
_UNIT_RE = (
    r"(?P<unit>%|percentage[\s-]+points?\b|points?\b|pct\.?\s*points?\b|basis[\s-]+points?\b|bps\b|bp\b|"
    r"per\s?cent\b|percent\b|pct\b|p\.?p\.?(?![a-z]))"
)
_NUM_RE = re.compile(
    r"(?<![\w.\-/:])(?P<cur>US\$|[$€£¥₩]|(?:KSh|Sh|Tk|Rs|Rp)\.?(?=\d))?\s?"  # "Sh1.5 million": a prefix written on
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<scale1>[kKmMbB]|\s?bn|\s?mn|\s?mln|\s?bln|\s?tn|\s?trn)(?![A-Za-z\d])|(?:\s*|-)(?P<scale2>hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)?"
    r"(?:\s*" + _UNIT_RE + r")?"
    r"(?![\w])(?!:\d)"
)
_WORDNUM_TOKENS = (
    "|".join(sorted(_UNITS_SMALL, key=len, reverse=True))
    + "|half|quarters?|thirds?|hundred|thousand|million|billion|trillion|lakhs?|crores?"
)
_WORDNUM_RE = re.compile(
    r"\b(?P<num>(?:(?:a|an|one|" + _WORDNUM_TOKENS + r")(?:[\s-]+(?:and|of|a|an)?[\s-]*)?)*"
    r"(?:" + _WORDNUM_TOKENS + r"))\b(?:(?:\s+of)?(?:\s+an?)?\s+" + _UNIT_RE + r")?",
    re.IGNORECASE,
)
_MONTH_RE = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_RES = (
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(?P<year>\d{4})\b)?"),
    re.compile(r"\b" + _MONTH_RE + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b"),
)
_WEEKDAY_RE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
#: A time of day: "10:40 p.m.", "4 p.m.", "11am", "noon", "midnight", and a 24-hour "15:20" after "at", "from",
#: "until", "by" ... (also "at approximately 02:10"); its value is minutes after midnight.
_TIME_OF_DAY = re.compile(
    r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?:at|by|to|from|until|till|before|after|around|about|since|between|and)\s"
    r"(?:(?:approximately|about|around|roughly|some|just|shortly|exactly|precisely)\s(?:(?:after|before)\s)?)?"
    r"(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?![\w:.]\d)(?!\s?[ap]\.?\s?m\b)"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)
_ENTITY_RE = re.compile(
    r"(?<![\w])(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’\-]*)(?:\s+(?:(?:of|de|del|da|al|bin|ibn|von|van|der|la|le|du|the)\s+)?(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’\-]*))*"
)
#: Sentence breaks, not after titles and initials ("Mr. Alexander", "Laurence H. Tribe", "U.S. Senate").
_SENT_SPLIT = re.compile(
    r"(?<=[.!?;])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bProf\.)(?<!\b[A-Z]\.)"
    r"\s+(?=[A-Z\"'“(])"
)
_NON_ENTITY = frozenset(
    """the a an in on at for and but or if he she it they we i you his her their its this that these those there
    then when while after before since as by from with according however meanwhile also yet so not no but
    mr mrs ms dr president prime minister state media officials official sources source said says
    of among against amid beneath beside despite during into onto toward towards until upon although because
    unless whereas nor every""".split()
)


# --------------------------------------------------------------------------- small helpers


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


#: Irregular verbs of news copy, whose past forms no suffix rule reaches ("stole" / "stolen" / "steal").
_IRREGULAR_VERBS = """arise awake bear beat become begin bend bet bid bind bite bleed blow break breed bring build burn burst
buy catch choose cling come cost creep cut deal dig do draw drink drive eat fall feed feel fight find flee fling fly
forbid forecast foresee forget forgive freeze get give go grind grow hang have hear hide hit hold hurt keep kneel know
lay lead leap leave lend let light lose make mean meet mislead overcome overtake overthrow pay prove put quit read
rebuild redo repay rethink ride ring rise run say see seek sell send set shake shed shine shoot show shrink shut sing
sink sit sleep slide sling slit speak speed spend spin spit split spread spring stand steal stick sting stink strike
string strive swear sweep swell swim swing take teach tear tell think throw thrust tread undergo understand undertake
undo uphold upset wake wear weave weep win wind withdraw withhold withstand wring write""".split()


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, str]:
    """Past and participle forms of :data:`_IRREGULAR_VERBS` that differ from their base, mapped to it."""
    from lemminflect import getInflection

    out: dict[str, str] = {}
    for base in _IRREGULAR_VERBS:
        for tag in ("VBD", "VBN"):
            for form in getInflection(base, tag=tag):
                if form not in (base, base + "ed", base + "d", base[:-1] + "ied"):
                    out.setdefault(form, base)
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to match "troops"/"troop", "launched"/"launch"; irregular past
    forms stem as their verb ("stole", "stolen" as "steal")."""
    w = word.lower().replace("’", "'")
    return _suffix_stem(_irregular_forms().get(w, w))


def _suffix_stem(w: str) -> str:
    """:func:`stem` without the irregular forms (for tables built at import, before lemminflect is loaded)."""
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4:
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith("ing") and len(w) >= 6:
            w = w[:-3]
        elif w.endswith("ed") and len(w) >= 5:
            w = w[:-2]
        elif w.endswith(("ches", "shes", "sses", "xes", "zes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    elif len(w) == 4 and w.endswith("s") and w[-2] not in "aeiosu" and w != "news":
        w = w[:-1]  # "jobs", "cuts", "cars"; not "does", "gas", "this", "news"
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def content_words(text: str) -> set[str]:
    """Stems of the content words of ``text`` (no stop words, numbers or single letters); a phrasal verb
    counts as the one verb it means ("set up" as "establish")."""
    out = set()
    if _PHRASAL.search(text):
        text = _PHRASAL.sub(_phrasal, text)
    for tok, _, _ in _tokens(text):
        low = tok.lower()
        if len(low) > 1 and low not in _STOP and not low[0].isdigit() and low not in _UNITS_SMALL:
            out.add(stem(low))
    return out


#: Phrasal verbs and the single verb each means, for :func:`content_words`.
_PHRASAL_AS = {
    ("set", "up"): "establish", ("shut", "down"): "close", ("step", "down"): "resign", ("call", "off"): "cancel",
    ("pull", "out"): "withdraw", ("put", "off"): "postpone", ("turn", "down"): "reject", ("run", "short"): "short",
    ("run", "low"): "short", ("ran", "short"): "short", ("ran", "low"): "short",
    ("take", "place"): "hold", ("took", "place"): "hold", ("taken", "place"): "hold",
    ("hand", "back"): "return", ("hand", "over"): "surrender", ("give", "back"): "return",
    # "takes effect" ~ "shall apply", keeping its own word: "took effect on May 25" is still one more shared word
    ("take", "effect"): "apply effect", ("took", "effect"): "apply effect", ("taken", "effect"): "apply effect",
    ("come", "into force"): "apply effect", ("came", "into force"): "apply effect",  # "comes into force on"
}  # fmt: skip
_PHRASAL = re.compile(
    r"\b(set|shut|step|call|pull|put|turn|run|ran|take|took|taken|hand|give|come|came)"
    r"(?:s|ting|ping|ped|ed|ling|led|ning)?"
    r"\s+(up|down|off|out|short|low|place|back|over|effect|into\s+force)\b",
    re.IGNORECASE,
)


def _phrasal(m: re.Match[str]) -> str:
    return _PHRASAL_AS.get((m.group(1).lower(), " ".join(m.group(2).lower().split())), m.group(0))


#: Cutting words, read as the falling direction ("cut its outlook" / "lowered its forecast").
_CUTTING = "cut eliminat shed slash axe trim trimm reduction"
#: Words news copy uses interchangeably for the same fact ("toured" / "visited"), by stem. Only for judging a
#: restatement; antonyms never share a class (they are polarity slots).
_SYNONYMS = (
    "visit tour inspect travel examin",
    "area region zone",
    _CUTTING,
    "say stat",
    "buy acquir purchas",
    "plan intend aim",
    "announc unveil",
    "arrest detain",
    "kill slay die died dead death fatal",
    "finish complet",
    "fire launch blaze flame",  # one stem: the fired missile and the fire
    "tak transport rush airlift fly",  # "[taken] to hospital" / "[transported] to hospital"
    "carry aboard",  # "86 passengers were on board" / "[carrying] 68 passengers" (not the Board that inspects)
    "explosion blast explod",
    "intruder burglar thief robber raider",
    "passenger traveller traveler commuter",
    "affect disrupt",
    "piec object item artefact artifact",
    "wreck destroy ruin",
    "flat apartment",
    "truck lorry vehicl tractor-trailer",
    "stak sharehold",  # "a 78% stake" / "an 87 per cent shareholding"
    "shareholder investor",
    "fight battl combat",
    "delay postpon defer",
    "study research findings paper",
    "join arrive",
    "hold stag host",  # "first [held] in 2009" / "first [staged] in 2011"
    "begin start introduc",
    "show reveal display exhibit",
    "warship vessel ship",
    "job position post",
    "close shut closure",
    "open establish",
    "pay contribut salary wag",
    "loss lost lose",
    "sales revenue turnover",
    "profit earned earnings",
    "worker employee staff workforce",
    "people resident person inhabitant protester demonstrator",
    "troop soldier servicemen serviceman personnel",
    "tell told",
    "consecutive straight successive",
    "forecast outlook guidance projection",
    "factory plant facility",
    "colliery mine",
    "produce make manufacture",
    "crowd attendance spectator audience fan",
    "watch attend",
    "displace flee fled evacuate",
    "honour honor trophy silverware",
    "election vote poll ballot",
    "resign quit",
    "trigger prompt spark",
    "case petition lawsuit",
    "order direct instruct",
    "land parcel plot",
    "return surrender repay refund",
    "priz winnings purse",
    "injur injury hurt wound",
    "worth valu",
    "ruptur burst",
    "leak spill",
    "stay remain",
    "home household dwelling",
    "power electricity",
    "earthquake quake tremor",
    "record register",
    "film movie movies",
    "demand seek apply request",
    "push drive",
)
_SYNONYM_OF = {_suffix_stem(w): group.split()[0] for group in _SYNONYMS for w in group.split()}
for _w in _CUTTING.split():
    _SYNONYM_OF[_suffix_stem(_w)] = "direction-1"
for _group, (_pos, _neg) in _POLARITY.items():  # "rose" / "increased" / "climbed": one direction
    for _sign, _words in ((1, _pos), (-1, _neg)):
        for _w in _words:
            if _w not in _WEAK_POLAR:
                _SYNONYM_OF.setdefault(_suffix_stem(_w), f"{_group}{_sign:+d}")


def _same_sense(words: set[str]) -> set[str]:
    return {_SYNONYM_OF.get(w, w) for w in words}


def _is_content(low: str) -> bool:
    return (
        len(low) > 1
        and low not in _STOP
        and not low[0].isdigit()
        and low not in _UNITS_SMALL
        and low not in _NEGATIONS
        and low not in _CLAUSE_WORDS
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def parse_number(text: str) -> float | None:
    """Parse a number written in digits and/or words ("254K", "a quarter of a million", "1.2 billion").

    Returns:
        The value, or None when ``text`` is not a number.
    """
    t = text.strip().lower().replace("us$", "").lstrip("$€£¥₩").strip()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([a-z]+)?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            scale = _SCALES.get(m.group(2))
            if scale is None:
                return None
            value *= scale
        return value
    words = [w for w in re.split(r"[\s-]+", t) if w]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    pending_a = False
    for w in words:
        if w in ("a", "an"):
            pending_a = True
            continue
        if w in ("and", "of"):
            continue
        if w in _UNITS_SMALL:
            current += _UNITS_SMALL[w] if w != "dozen" else 0
            if w == "dozen":
                current = (current or 1) * 12
            seen = True
        elif w in _FRACTIONS:
            frac = _FRACTIONS[w]
            if current and not pending_a and w in ("thirds", "quarters"):
                current *= frac
            else:
                current += frac
            seen = True
        elif w == "one":
            current += 1
            seen = True
        elif w in _SCALES and len(w) > 3:
            scale = _SCALES[w]
            if current == 0:
                current = 1.0
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
            seen = True
        else:
            return None
        pending_a = False
    return total + current if seen else None


_DIMENSIONS = frozenset(dim for dim, _ in _MEASURES.values()) | {"speed"}


def _currency_before(text: str, start: int) -> str | None:
    """The currency a prefix right before a figure names ("Tk 2 lakh", "Rs 500 crore"), or None."""
    m = re.search(r"\b([A-Za-z]{2,3})\.?\s?$", text[max(0, start - 5) : start])
    return _CURRENCY_PREFIX.get(m.group(1).lower()) if m else None


def _measure_after(text: str, end: int) -> tuple[str, float] | None:
    """(dimension, size) of a unit of measure right after a figure ("3,200 kilograms", "3.2-tonne", "42 acres")."""
    speed = _SPEED_AFTER.match(text, end)
    if speed is not None:  # "65 mph", "65 miles per hour", "100 km/h": a speed, in km/h
        return "speed", _SPEEDS[speed.group(1).lower().replace("kilometer", "kilometre")]
    m = re.match(r"(?:\s+|-)(?:metric\s+)?([A-Za-z]+)\b([\s-]hours?\b)?", text[end : end + 30])
    if m is None:
        return None
    unit = _MEASURES.get(m.group(1).lower())
    if unit is not None and unit[0] == "power" and m.group(2):  # "1.5 billion kilowatt-hours": energy
        return "energy", unit[1]
    return unit


#: Units of speed, in kilometres per hour (a factor of at least one, so a converted figure keeps its rounding).
_SPEEDS = {"mph": 1.609344, "miles": 1.609344, "mile": 1.609344, "km/h": 1.0, "kmh": 1.0, "kph": 1.0,
           "km": 1.0, "kilometres": 1.0, "kilometre": 1.0, "knots": 1.852, "knot": 1.852}  # fmt: skip
_SPEED_AFTER = re.compile(
    r"(?:\s+|-)(mph|kph|kmh|km/h|knots?|(?:miles?|km|kilomet(?:re|er)s?)(?=\s+(?:per|an|a)\s+hour\b|/h\b))", re.IGNORECASE
)


def _unit_of(unit_text: str | None, currency: str | None) -> tuple[str, float]:
    """(unit, multiplier) for a unit suffix and currency marker."""
    if unit_text:
        u = unit_text.lower()
        if u.startswith("basis") or u in ("bps", "bp"):
            return "pp", 0.01
        if "point" in u or u.replace(".", "") == "pp":
            return "pp", 1.0
        return "percent", 1.0
    if currency:
        return "money:" + currency, 1.0
    return "count", 1.0


def _context(text: str, tokens: list[tuple[str, int, int]], start: int, end: int, lo: int, hi: int, window: int = 7):
    """Weighted context stems and head word of the span [start, end) within sentence [lo, hi)."""
    ctx: dict[str, float] = {}
    head = ""
    left = [t for t in tokens if lo <= t[1] and t[2] <= start]
    right = [t for t in tokens if t[1] >= end and t[2] <= hi]

    def walk(seq: list[tuple[str, int, int]], prev_end: int, forward: bool) -> None:
        nonlocal head
        factor, last = 1.0, prev_end
        for dist, (tok, s, e) in enumerate(seq[:window], 1):
            gap = tokens_text[min(last, s) : max(last, e if not forward else s)] if forward else tokens_text[e:last]
            low = tok.lower()
            if _CLAUSE_BREAK.search(gap) or low in _CLAUSE_WORDS:
                factor *= 0.4
            last = e if forward else s
            if low in _QUALIFIER_WORDS:
                continue  # "at [least] a week" / "no [less] than five days": the bound, compared apart
            if forward and dist == 1 and not head and low in _TIME_HEADS:
                head = _TIME_HEADS[low]  # "three [years]" and "two [years]" fill one slot; "340,000 teachers" another
            if low == "board" and text[max(0, s - 3) : s].lower() == "on ":
                low = "aboard"  # "on board": carried, not a board of directors
            if _is_content(low):
                st = stem(low)
                hyphenated = text[e : e + 1] == "-" or text[s - 1 : s] == "-"  # "water-dropping aircraft"
                if forward and not head and dist <= 4 and low not in _POLARITY_WORD and low not in _MONTHS \
                        and low not in _WEEKDAYS and not hyphenated and not low.endswith(("'s", "’s")):
                    head = st  # (not a possessive: "280 of the [airline's] flights" counts flights)
                ctx[st] = max(ctx.get(st, 0.0), factor / (1.0 + 0.35 * (dist - 1)))

    tokens_text = text
    walk(list(reversed(left))[:window], start, False)
    walk(right[:window], end, True)
    return tuple(sorted(ctx.items())), head


#: Words of a figure's bound or hedge, which say nothing of what it counts.
_QUALIFIER_WORDS = frozenset("least less fewer than about around nearly almost roughly approximately within much many".split())
_CLOCK = re.compile(r"\d:\d\d")
_MARGIN_AFTER = re.compile(
    r"(?:\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|s|m|h)\b)?\s+(?:behind|ahead|back|later|earlier|clear|adrift|"
    r"off\s+the\s+pace)\b",
    re.IGNORECASE,
)


def _margin(slot: Slot, text: str) -> bool:
    """Whether a span of time is a gap between two ("38 seconds behind", "14 seconds ahead of ...")."""
    return _MARGIN_AFTER.match(text, slot.end) is not None


#: A report's day, not the event's: "the hospital [said on] Monday".
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|told|reported|confirmed|added|stated|showed|shows|published|released)\s+"
    r"(?:[\w’']+\s+){0,3}?(?:on\s+)?$"
)
#: How much closer to the claim's words a word of the other direction must stand than any of the claim's direction.
_POLAR_MARGIN = 0.3
#: Context agreement needed to read a bare count and a sum of money as one slot ("410,000 [phones]" / "$1,099").
_COUNT_MONEY_ALIGN = 0.8
#: Calendar words that head a figure though they are no content words ("over three [years]").
_TIME_HEADS = {w: w.rstrip("s") for w in "year years month months week weeks day days".split()}
_TIME_HEAD_WORDS = frozenset(_TIME_HEADS.values())
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-\s")
_CLAUSE_WORDS = frozenset("while whereas but although though however compared versus".split())


# --------------------------------------------------------------------------- extraction


def extract_slots(text: str) -> tuple[Slot, ...]:
    """All number, date, entity and polarity slots of ``text``, in text order."""
    return _extract(text)


#: A figure in words repeated in digits, as legal copy writes it: "within sixty (60) days".
_NUMERAL_ECHO = re.compile(r"\b(?P<words>[A-Za-z]+(?:[\s-][A-Za-z]+)?)\s\((?P<digits>\d[\d,]*)\)")


def _blank_echo(m: re.Match[str]) -> str:
    """The match with its digits in brackets blanked (offsets kept) when they repeat the words' value."""
    words = m.group("words")
    value = parse_number(words)
    if value is None:  # "within sixty": the last word alone
        value = parse_number(re.split(r"[\s-]", words)[-1])
    if value is None or value != parse_number(m.group("digits")):
        return m.group(0)
    return m.group(0)[: m.start("digits") - m.start() - 2] + " " * (m.end() - m.start("digits") + 2)


#: A decimal point written as a raised dot ("12·4%", journal style); replaced by "." (same length).
_RAISED_DOT = re.compile(r"(?<=\d)[·\u2027\u2219](?=\d)")


#: A value with its margin: "2.5±1%", "3% +/- 1", "2.5 plus or minus 1 percent".
_PLUS_MINUS = re.compile(
    r"(?<![\w.])(?P<mid>\d+(?:\.\d+)?)\s*%?\s*(?:±|\+/-|\+-|plus\s+or\s+minus)\s*(?P<spread>\d+(?:\.\d+)?)"
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b|pp\b))?"
)
#: A time in parts ("2 hours 3 minutes 51 seconds", "3 min 20 sec") or on a race clock ("2:03:51"): one span.
_DURATION_PARTS = re.compile(
    r"\b(?:(?P<h>\d{1,3}|an|one|two|three|four|five|six)\s*(?:hours?|hrs?|h)\b,?\s*(?:and\s+)?)?"
    r"(?P<m>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s*"
    r"(?:minutes?|mins?|m)\b"
    r"(?:,?\s*(?:and\s+)?(?P<s>\d{1,2}(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b)?",
    re.IGNORECASE,
)
_RACE_CLOCK = re.compile(  # hours, minutes and seconds, or minutes and seconds with a fraction ("5:41.2")
    r"(?<![\w.:])(?:(?P<h>\d{1,2}):(?=[0-5]\d:)|(?=\d{1,2}:[0-5]\d\.\d))"
    r"(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?:\.\d+)?)(?![\w:])(?!\s*(?:[ap]\.?m\b|GMT|UTC))"
)
_SPAN_NUMBER = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_SPAN_UNIT = r"(?:second|minute|hour|day|week)s?"
#: A span and a half: "an hour and a half", "two and a half hours", "half an hour" (one value, 90 minutes).
_AND_A_HALF = re.compile(
    r"\b(?:" + _SPAN_NUMBER + r"\s+(?:" + _SPAN_UNIT + r"\s+and\s+a\s+half|and\s+a\s+half\s+" + _SPAN_UNIT + r")"
    r"|(?P<half>half\s+an?\s+" + _SPAN_UNIT + r"))\b",
    re.IGNORECASE,
)
#: "A week", "an hour" as a span of time ("for at least a week", "within an hour"), not a rate ("a day").
_A_SPAN = re.compile(
    r"(?:\b(?:least|most|than|for|within|about|nearly|almost|under|after|in)\s+"
    r"|\b(?=an?\s+(?:second|minute|hour|day|week)\s+(?:late|early|behind|later|earlier)\b)"  # "went off an hour late"
    r"|\b(?=a\s+fortnight\b))"  # "a fortnight of industrial action": two weeks, wherever it stands
    r"(?P<a>an?\s+(?P<unit>second|minute|hour|day|week|fortnight))\b",
    re.IGNORECASE,
)
#: An amount (with up to three words of what it counts) before "over" and a span of time: "18.4 billion [over] three
#: years", "rose 20% [over] five years", "340 volcano-tectonic earthquakes [over] 24 hours".
_AMOUNT_BEFORE_OVER = re.compile(
    r"(?:\d|%|percent|cent|million|billion|trillion|thousand|lakh|crore)\S*"
    r"(?:\s+(?![a-z]+ed\b)[a-z][\w-]*){0,3}\s+over\s+$",  # not past a verb: "12 patients waited [over] four hours"
    re.I,
)
#: A span of time right after a figure, which makes "over" or "after" before it a period, not a bound.
_SPAN_OF_TIME = re.compile(r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
#: A figure that is itself a span of time ("two hours and 51 minutes"): "after" before it is a period too.
_ENDS_IN_SPAN = re.compile(r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)$", re.I)
#: A term in years and months ("five years and six months", "2 years and 3 months").
_YEARS_MONTHS = re.compile(
    r"\b(?P<years>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"\s+years?\s+and\s+(?P<months>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\b",
    re.IGNORECASE,
)


#: A dateline's day of filing: "OBAN, [Nov 5] (CNS) -", "SEOUL, [Sept. 1] -" (the day the story was filed, no
#: value of what it reports).
_DATELINE_DAY = re.compile(
    r"^[ \t]*[A-Z][A-Z .'\-]{1,40}(?:,[ \t]*[A-Z][A-Za-z .]{1,25})?,[ \t]*(?P<day>[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2})"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:-|\u2013|\u2014|--)[ \t]",
    re.MULTILINE,
)
#: A release's dateline: "Nairobi, [7 October 2026] —", "Basel, [October 9, 2025] -".
_RELEASE_DAY = re.compile(
    r"^[ \t]*[A-Z][A-Za-z.'\-]+(?:[ \t][A-Z][A-Za-z.'\-]+){0,3},[ \t]*"
    r"(?P<day>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[ \t]*(?:-|\u2013|\u2014|--)[ \t]",
    re.MULTILINE,
)


def _blank_dateline(m: re.Match[str]) -> str:
    """The dateline with its day blanked (offsets kept)."""
    a, b = m.span("day")
    return m.group()[: a - m.start()] + " " * (b - a) + m.group()[b - m.start() :]


@lru_cache(maxsize=4096)
def _extract(text: str) -> tuple[Slot, ...]:
    text = _RAISED_DOT.sub(".", text)  # offsets unchanged
    text = _RELEASE_DAY.sub(_blank_dateline, _DATELINE_DAY.sub(_blank_dateline, text))
    text = _NUMERAL_ECHO.sub(_blank_echo, text)  # "forty-eight (48) hours": one figure, with its unit
    tokens = _tokens(text)
    sents = _sentences(text)

    def sent_of(pos: int) -> tuple[int, int]:
        for lo, hi in sents:
            if lo <= pos <= hi:
                return lo, hi
        return 0, len(text)

    def qualifier(start: int, end: int, figure: bool) -> tuple[bool, str, bool]:
        """(approx, bound, inclusive) from the words before a value; ``figure``: a number's, not a date's."""
        words = re.findall(r"[a-z]+", text[max(0, start - 24) : start].lower())
        if figure and words and words[-1] in ("after", "before"):
            words = words[:-1]  # "after [five] rounds of talks": five rounds; "after 3 a.m." is a time, a date
        if words and (_SPAN_OF_TIME.match(text, end) or _ENDS_IN_SPAN.search(text[start:end])) and (
            words[-1] == "after" or (words[-1] == "over" and _AMOUNT_BEFORE_OVER.search(text[max(0, start - 40) : start]))
        ):
            words = words[:-1]  # "cost 18.4 billion [over] two years", "put out [after] five hours": a period
            # but "the track is [over] 44 minutes long", "lasted [over] two hours": more than
        last1 = words[-1] if words else ""
        last2 = " ".join(words[-2:])
        last3 = " ".join(words[-3:])
        if last3 in ("no fewer than", "no less than"):
            return False, "gt", True
        if last3 in _UPPER or last2 in _UPPER or last1 in _UPPER:
            return False, "lt", last3 in _INCLUSIVE or last2 in _INCLUSIVE
        if last2 in _LOWER or last1 in _LOWER:
            return False, "gt", last2 in _INCLUSIVE
        return last1 in _HEDGES or last2 == "close to", "", False

    slots: list[Slot] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(kind: SlotKind, s: int, e: int, value: object, unit: str | None, negated: bool = False) -> None:
        lo, hi = sent_of(s)
        ctx, head = _context(text, tokens, s, e, lo, hi)
        valued = kind in (SlotKind.NUMBER, SlotKind.DATE)
        approx, bound, inclusive = qualifier(s, e, kind is SlotKind.NUMBER) if valued else (False, "", False)
        in_range = False
        if kind is SlotKind.NUMBER and not bound and _RANGE_START.search(text[max(0, s - 10) : s]):
            bound, in_range = "gt", True  # "between [30] and 40"
        elif kind is SlotKind.NUMBER and not bound and _RANGE_END.search(text[max(0, s - 40) : s]):
            bound, in_range = "lt", True  # "between 30 and [40]"
        if kind in (SlotKind.NUMBER, SlotKind.DATE):
            negated = bool(_RULED_OUT.search(text[max(lo, s - 30) : s])) or bool(
                _MOVED_FROM.search(text[max(lo, s - 60) : s]) and re.match(r"\s+to\s", text[e : e + 5])
            )
        slots.append(Slot(kind, text[s:e], value, unit, s, e, ctx, head, approx, negated, bound, in_range, inclusive))
        taken.append((s, e))

    # Dates first, so their digits are not read as counts.
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            mon_txt = m.group("month").rstrip(".").lower()
            if mon_txt == "may" and not (m.groupdict().get("day") or m.groupdict().get("year")) and not re.search(
                r"\b(?:in|since|until|till|by|from|through|early|late|mid|last|next|this|of)[\s-]+$",
                text[max(0, m.start() - 10) : m.start()],
                re.IGNORECASE,
            ):
                continue  # the modal verb ("prices may rise"), not the month ("in May")
            if mon_txt in ("mar", "jun", "jul", "sep", "oct", "dec") and text[m.start()].islower():
                continue
            if not text[m.start()].isupper() and not text[m.start()].isdigit():
                continue
            month = _MONTHS[mon_txt]
            day = m.groupdict().get("day")
            year = m.groupdict().get("year")
            if day and not 1 <= int(day) <= 31:
                continue
            value = ("md", month, int(day)) if day else ("month", month)
            add(SlotKind.DATE, m.start(), m.end(), value, value[0])
            if year:
                slots[-1] = attrs.evolve(slots[-1], value=value + (int(year),))
    for m in _WEEKDAY_RE.finditer(text):
        if free(m.start(), m.end()):
            add(SlotKind.DATE, m.start(), m.end(), ("weekday", _WEEKDAYS[m.group("wd").lower()]), "weekday")
    for m in _TIME_OF_DAY.finditer(text):
        start = m.start("h24") if m.group("h24") else m.start()
        end = m.end() - 1 if m.group(0).endswith(".") and m.end() == len(text) else m.end()
        if free(start, end):
            add(SlotKind.DATE, start, end, ("time", _minutes_of_day(m)), "time")

    for m in _RANK_RE.finditer(text):  # "ranked 41st in the world", "world No. 41": one rank
        g = "r" if m.group("r") else "r2" if m.group("r2") else "r3"
        word = m.group(g).lower()
        if free(m.start(g), m.end(g)):
            rank = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
            add(SlotKind.NUMBER, m.start(g), m.end(g), float(rank), "rank")
    for m in (*_ORDINAL_RE.finditer(text), *_ORDINAL_PREDICATE.finditer(text)):  # "a third consecutive quarter",
        if free(m.start(1), m.end(1)):  # "the fourth quarter in a row", "it is the second such attack"
            word = m.group(1).lower()
            rank = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
            add(SlotKind.NUMBER, m.start(1), m.end(1), float(rank), "ordinal")
    for m in _SET_SCORES.finditer(text):  # "4-6, 7-6(5), 6-3": one result, not a score, a 7 and a 5
        sets = [(int(a), int(b), t) for a, b, t in _ONE_SET.findall(m.group(0))]
        cued = _SCORE_CUE.search(text[max(0, m.start() - 40) : m.start()]) or any(t for _, _, t in sets)
        if (cued or all(_is_set(a, b) for a, b, _ in sets)) and free(m.start(), m.end()):
            add(SlotKind.NUMBER, m.start(), m.end(), _set_scores_value(sets), "score")
    for m in _SCORE_RE.finditer(text):  # "won 3-1", "voted 60-38", "a 2-1 win": one result, not two counts
        between_names = _NAME_BEFORE_SCORE.search(text[max(0, m.start() - 30) : m.start()]) is not None \
            and _NAME_AFTER_SCORE.match(text, m.end()) is not None  # fmt: skip
        cued = _SCORE_CUE.search(text[max(0, m.start() - 40) : m.start()]) or _SCORE_AFTER.match(text, m.end()) \
            or between_names  # fmt: skip
        if cued and free(m.start(), m.end()):
            add(SlotKind.NUMBER, m.start(), m.end(), int(m.group(1)) + int(m.group(2)) / 1000, "score")
    for m in (*_TALLY_RE.finditer(text), *_FOR_AGAINST_RE.finditer(text)):  # "by four votes to three": 4-3
        sides = m.re is _FOR_AGAINST_RE or "vote" in m.group(0).lower()
        if (sides or _TALLY_CUE.search(text[max(0, m.start() - 30) : m.start()])) and free(m.start(), m.end()):
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is not None and b is not None:
                add(SlotKind.NUMBER, m.start(), m.end(), int(a) + int(b) / 1000, "score")
    for m in _TEMPERATURE_RE.finditer(text):
        if free(m.start(), m.end()):
            degrees = float(m.group(1).replace("−", "-"))
            fahrenheit = m.group(2).lower().startswith("f")
            add(SlotKind.NUMBER, m.start(), m.end(), (degrees - 32) * 5 / 9 if fahrenheit else degrees, "celsius")
            if fahrenheit:
                slots[-1] = attrs.evolve(slots[-1], approx=True)  # converted: compared with leeway
    for m in _PLUS_MINUS.finditer(text):  # "2.5±1%": the range from 1.5% to 3.5%, not a 2.5 and a 1
        if free(m.start(), m.end()):
            mid, spread = float(m.group("mid")), float(m.group("spread"))
            unit = "percent" if m.group("pct") else "count"
            add(SlotKind.NUMBER, m.start(), m.end(), mid - spread, unit)
            slots[-1] = attrs.evolve(slots[-1], bound="gt", in_range=True, inclusive=True)
            slots.append(attrs.evolve(slots[-1], value=mid + spread, bound="lt"))
    for rx in (_RACE_CLOCK, _DURATION_PARTS):  # "2 hours 3 minutes 51 seconds" is "2:03:51", not a 2, a 3 and a 51
        for m in rx.finditer(text):
            if (rx is _DURATION_PARTS and not (m.group("h") or m.group("s"))) or not free(m.start(), m.end()):
                continue  # a bare "20 minutes" is read below, as a figure with its unit
            hours = m.group("h") or "0"
            hours_n = 1.0 if hours.lower() == "an" else parse_number(hours) or 0.0
            secs = hours_n * 3600 + (parse_number(m.group("m")) or 0.0) * 60 + float(m.group("s") or 0)
            add(SlotKind.NUMBER, m.start(), m.end(), secs, "duration")
    for m in _AND_A_HALF.finditer(text):  # "an hour and a half", "two and a half days", "half an hour"
        n = 0.0 if m.group("half") else 1.0 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))
        if n is not None and free(m.start(), m.end()):
            span = re.search(r"second|minute|hour|day|week", m.group(0), re.I)  # the match holds one
            size = _MEASURES[span.group().lower()][1]  # type: ignore[union-attr]
            add(SlotKind.NUMBER, m.start(), m.end(), (n + 0.5) * size, "duration")
    for m in _A_SPAN.finditer(text):
        if free(m.start("a"), m.end("a")):
            add(SlotKind.NUMBER, m.start("a"), m.end("a"), _MEASURES[m.group("unit").lower()][1], "duration")
    for m in _YEARS_MONTHS.finditer(text):  # "five years and six months": one term of 5.5 years, not 5 and 6
        years, months = parse_number(m.group("years")), parse_number(m.group("months"))
        if years is not None and months is not None and months < 12 and free(m.start(), m.end()):
            add(SlotKind.NUMBER, m.start(), m.end(), years + months / 12, "count")
    for m in _PART_OF_YEAR.finditer(text):  # "in mid-2027": the year, which a hyphen before it otherwise hides
        if free(m.start(1), m.end(1)):
            add(SlotKind.DATE, m.start(1), m.end(1), ("year", int(m.group(1))), "year")
    for m in _NUM_RE.finditer(text):
        s, e = m.start("num"), m.end()
        if m.group("cur"):
            s = m.start("cur")
        if not free(s, e):
            continue
        if re.search(r"\b(?:No|Nos|Number)\.?\s*$|#\s*$", text[max(0, s - 8) : s]):
            continue  # "Situation report No. 4": a label, no figure
        raw = m.group("num")
        scale = (m.group("scale1") or m.group("scale2") or "").lower().strip()
        cur = m.group("cur")
        currency = (_CURRENCY_SYMBOL.get(cur.lower()) or _CURRENCY_PREFIX.get(cur.lower().rstrip("."))) if cur else None
        currency = currency or _currency_before(text, s)  # "Tk 2 lakh", "Rs 500 crore"
        after = [w for w in re.split(r"[\s-]+", text[e : e + 16].lower()) if w]  # "1.9-billion-euro": euros
        if not currency and after and after[0].strip(".,") in _CURRENCY_WORD:
            currency = _CURRENCY_WORD[after[0].strip(".,")]
        if (
            re.fullmatch(r"(1[6-9]|20)\d\d", raw)
            and not (scale or cur or m.group("unit"))
            and not (after and after[0].strip(".,") in ("people", "troops", "times", "members"))
        ):
            add(SlotKind.DATE, s, e, ("year", int(raw)), "year")
            continue
        value = float(raw.replace(",", "")) * (_SCALES.get(scale, 1.0) if scale else 1.0)
        unit, mult = _unit_of(m.group("unit"), currency)
        if unit == "count" and not scale and (
            _AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text[max(0, s - 30) : s])
            or _age_after_name(text, s, e, raw)
        ):  # "the 54-year-old", "aged 55", "the retirement age from 65 to 67", "Valdarro, 61,": an age, not a count
            unit = "age"
        if unit == "count" and (measure := _measure_after(text, e)) is not None:
            unit, mult = measure
        add(SlotKind.NUMBER, s, e, value * mult, unit)

    for m in _WORDNUM_RE.finditer(text):
        s, e = m.start(), m.end()
        phrase = m.group("num")
        art = re.match(r"an?\s+(?=(\w+))", phrase, re.IGNORECASE)
        if art and art.group(1).lower() in _UNITS_SMALL and art.group(1).lower() != "dozen":
            s, phrase = s + art.end(), phrase[art.end() :]  # "a two-day stoppage": the figure is "two"
        low = phrase.lower().strip()
        measured = low == "one" and _measure_after(text, e) is not None  # "boiled for one minute"
        if (low in ("a", "an", "one", "half", "quarter", "third", "hundred") and not m.group("unit") and not measured) \
                or not free(s, e):  # fmt: skip
            continue  # too ambiguous on its own ("one of", "half of the")
        value = parse_number(phrase)
        if value is None:
            continue
        unit, mult = _unit_of(m.group("unit"), None)
        after = text[e : e + 12].lower().split()
        if after and after[0].strip(".,") in _CURRENCY_WORD:
            unit = "money:" + _CURRENCY_WORD[after[0].strip(".,")]
        elif (prefixed := _currency_before(text, s)) is not None:
            unit = "money:" + prefixed
        elif unit == "count" and (measure := _measure_after(text, e)) is not None:
            unit, mult = measure
        add(SlotKind.NUMBER, s, e, value * mult, unit)
        if value >= 1000 and not any(ch.isdigit() for ch in phrase):
            slots[-1] = attrs.evolve(slots[-1], approx=True)  # "a quarter of a million" is a round figure

    sent_starts = {lo for lo, _ in sents}
    for m in _ENTITY_RE.finditer(text):
        s, e = m.start(), m.end()
        name = m.group(0).rstrip(".'’-")
        e = s + len(name)
        words = name.split()
        while words and (words[0].lower() in _NON_ENTITY or words[0].lower().rstrip(".") in _MONTHS
                         or words[0].lower() in _WEEKDAYS or words[0].lower() in _UNITS_SMALL
                         or (words[0].lower() in _MEASURES
                             and re.search(r"\d[\s-]*$", text[max(0, s - 3) : s]))):  # fmt: skip
            s += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        e = s + len(text[s:].split(words[-1], 1)[0]) + len(words[-1]) if words else e
        if not free(s, e) or len(name) < 2:
            continue
        at_start = any(text[st:s].strip(" \"'“(") == "" for st in sent_starts if st <= s)
        if at_start and len(words) == 1 and not (name.isupper() and len(name) > 1) and _in_lexicon(name):
            continue  # a capitalised first word is usually not a name, unless no English word ("Christchurch")
        if name.lower() in _WEEKDAYS or name.lower().rstrip(".") in _MONTHS:
            continue
        add(SlotKind.ENTITY, s, e, _squash(name), None)

    negs = [(t[1], t[0].lower()) for t in tokens if t[0].lower() in _NEGATIONS]
    for tok, s, e in tokens:
        low = tok.lower()
        pol = _POLARITY_WORD.get(low)
        bearing = _BEARING.fullmatch(tok)
        if bearing is not None and free(s, e):  # "northwest": north and west, each compared on its own
            cut = s + len(bearing.group(1))
            add(SlotKind.POLARITY, s, cut, _POLARITY_WORD[bearing.group(1)], None)
            add(SlotKind.POLARITY, cut, e, _POLARITY_WORD[bearing.group(2)], None)
            continue
        if pol is None or not free(s, e):
            continue
        if low in _WEAK_POLAR and (not _near_number(text, s, e) or text[s - 1 : s] == "-"):
            continue  # "a tie-[up]", "the build-[up]": part of a noun
        if low == "up" and re.match(r"\s+to\s+[$€£¥₩]?\d", text[e : e + 8]) and not re.search(r"\b(?:is|are|was|were|be|been)\s+$", text[max(0, s - 8) : s]):
            continue  # "gusts of up to 65 mph": a bound, no rise ("is up to 5%" still is one)
        if low == "contract" and re.search(
            r"\b(?:a|an|the|its|their|his|her|our|new|previous|last|old|current|existing|one|first)\s+"
            r"(?:(?!(?:will|would|could|can|may|might|shall|should|must|to|also|not|is|are|was|were|did|does)\b)"
            r"[\w-]+\s+){0,2}$",
            text[max(0, s - 24) : s], re.IGNORECASE,
        ):
            continue  # "the previous [contract] expired", "without a [contract]": an agreement, no shrinking
        if low in ("end", "start") and re.match(r"\s+of\b", text[e : e + 4]):
            continue  # "at the [end] of September": a time, no ending
        if low == "up" and re.search(r"\b(?:make|makes|made|making)\s+$", text[max(0, s - 8) : s], re.IGNORECASE):
            continue  # "people over 65 now make [up] 13%": a share, no rise
        if low in ("least", "most") and re.search(r"\bat\s+$", text[max(0, s - 4) : s], re.IGNORECASE):
            continue  # "at least 19": a bound on the figure, no comparison
        if low == "close" and re.match(r"\s+to\s+[$€£¥₩]?\d", text[e : e + 8]):
            continue  # "close to 350,000": a hedge, not a closure
        if low.startswith(("drop", "fall", "fell")) and re.match(r"\s+out\b", text[e : e + 5]):
            continue  # "the pacemaker dropped out": left the race, no fall in anything
        if low in ("higher", "lower") and re.match(r"\s+than\b", text[e : e + 6]):
            pol = ("comparison", 1 if low == "higher" else -1)  # "higher than in 2021" / "below the 2021 figure"
        if pol[0] in _COMPASS and not tok.islower():
            continue  # "South Korea", "East Timor": part of a name
        if pol[0] == "state" and _HELD_BEFORE.search(text[max(0, s - 40) : s]):
            continue  # "a strike that had kept classrooms [closed]": what something held shut, not a closure
        if low == "won" and re.search(r"[\d]\s*(?:[a-z]+\s+)?$", text[max(0, s - 14) : s].lower()):
            continue  # the currency
        # same clause, a few words back: "no client orders had been [lost]"
        negated = any(0 < s - p <= 30 and not re.search(r"[,;:()\u2014]", text[p:s]) for p, _ in negs)
        add(SlotKind.POLARITY, s, e, pol, None, negated=negated)
    slots.sort(key=lambda sl: sl.start)
    return tuple(slots)


#: A verb that holds something in a state: "had [kept] classrooms closed", "[left] the plant shut".
_HELD_BEFORE = re.compile(r"\b(?:kept|keep|keeps|keeping|left|leaving|leaves)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: What stands right before a value that a correction rules out: "on Monday, [not] Tuesday", "[rather than] 40".
#: A rival estimate set against the value is one too: "turnout at about 61 percent, [well below the] 89.4 percent
#: announced by the board".
_RULED_OUT = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\b(?:well|far|sharply|significantly|much)\s+(?:below|above|under|over|"
    r"short\s+of|higher\s+than|lower\s+than|less\s+than|more\s+than))\s+(?:(?:on|in|at|by|about|around|the|some)\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


#: A preposition right before a place or an author's name.
_PLACE_PREP = re.compile(r"\b(in|at|from|near|by|outside)\s+(?:the\s+)?$", re.IGNORECASE)
#: Prepositions that place something alike: "near Kitwe" / "outside Chingola".
_PREP_CLASS = {"outside": "near", "by": "near"}


#: Where a journey is bound: "bound for [Montreal]", "departing Halifax for [Toronto]", "a flight to [Lima]".
_DESTINATION_PREP = re.compile(
    r"\b(?:bound|destined|headed|heading|departing\s+[A-Z][\w-]*|leaving\s+[A-Z][\w-]*|flights?|route|travelling|"
    r"traveling|sailing)\s+(?:for|to)\s+(?:the\s+)?$"
)


def _prep_class(m: re.Match[str] | None) -> str | None:
    return None if m is None else _PREP_CLASS.get(m.group(1).lower(), m.group(1).lower())


def _place_prep(text: str, start: int) -> str | None:
    """The class of the preposition placing a name at ``start``: "in", "at", "from", "near", or "to" for a
    journey's destination; None for anything else."""
    if _DESTINATION_PREP.search(text[max(0, start - 40) : start]):
        return "to"
    return _prep_class(_PLACE_PREP.search(text[:start]))


_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
#: A rank in a run, a ranking or a sequence ("a [third] consecutive quarter", "the [fourth] quarter in a row", "the
#: [second]-largest", "the [fifth] floor", "the [third] day of protests"); "first" is left out, too common in other senses ("first visit", "at first").
_ORDINAL_WORD = r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|1[0-9]th)"
_ORDINAL_RE = re.compile(
    r"\b" + _ORDINAL_WORD +
    r"(?=(?:\s+(?:straight|consecutive|successive))|\s+\w+\s+in\s+a\s+row|-(?:largest|biggest|highest|lowest|"
    r"smallest|best|worst|most|least|longest|richest|busiest)|\s+(?:straight|consecutive|successive|time|term|round|"
    r"largest|biggest|highest|lowest|place|floors?|stor(?:ey|y)|quarter|half|stage|leg|lap|set|phase|wave|day|week|"
    r"month|year|century|anniversary|edition|season|game|match|attempt|ballot|reading|deck|gate|platform|terminal|"
    r"division|tier|grade|level|album|record|novel|book|film|title|medal|gold|win|victory|trophy|child|goal|visit|"
    r"trial|conviction|offence|strike)\b)",
    re.IGNORECASE,
)
#: A place in a ranking: "ranked 41st", "ranks [fifth]", "ranked No. 41", "world No. 41", "the 41st-ranked".
_RANK_RE = re.compile(
    r"\b(?:ranked|ranks|ranking|rated)\s+(?:(?:world|joint|equal)\s+)?(?:No\.?\s*|number\s+)?"
    r"(?P<r>\d{1,4}(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?![.,]\d)"
    r"|\bworld\s+(?:No\.?|number)\s*(?P<r2>\d{1,4})\b(?![.,]\d)"
    r"|\b(?P<r3>\d{1,4})(?:st|nd|rd|th)-(?:ranked|placed)\b",
    re.IGNORECASE,
)
#: An ordinal that a sentence predicates of its subject: "The incident is the [third] on a local authority this year",
#: "It was the [second] cyberattack", "marks the [fourth] time".
_ORDINAL_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|be|been|marks|marked|became|becomes)\s+(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?"
    + _ORDINAL_WORD + r"\b(?!-)",
    re.IGNORECASE,
)
#: Units specific enough that one value of each in a claim and a passage fill the same slot.
_SPECIFIC_UNITS = frozenset({"age", "score", "celsius", "ordinal", "rank"})
#: Set scores ("4-6, 7-6(5), 6-3", "25-21 23-25 25-18"): two or more, a tiebreak's points in brackets.
_SET_SCORES = re.compile(
    r"(?<![\w.,/-])\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?(?:,?\s\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?)+"
    r"(?![\w%]|[-–.]\d)"
)
_ONE_SET = re.compile(r"(\d{1,2})[-–](\d{1,2})(?:\s?\((\d{1,2})\))?")


def _opens_a_sentence(slot: Slot, text: str) -> bool:
    """Whether a one-word name is the first word of its sentence ("[Christchurch] was the only ...")."""
    return " " not in slot.text.strip() and re.search(r"(?:^|[.!?]\s+)[\"'“(]?$", text[: slot.start]) is not None


def _in_lexicon(word: str) -> bool:
    """Whether ``word`` (its possessive dropped) is an English word by lemminflect's lexicon."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(re.sub(r"[’']s$", "", word).lower()))


def _is_set(a: int, b: int) -> bool:
    """Whether ``a``-``b`` reads as a tennis set (not an age band such as "7-9")."""
    hi, lo = max(a, b), min(a, b)
    return (hi == 6 and lo <= 4) or (hi == 7 and lo in (5, 6))


def _set_scores_value(sets: list[tuple[int, int, str]]) -> float:
    """One exact number for a line of set scores: the first set as a score (``a + b / 1000``) plus a checksum
    of the whole line in millionths, so that lines differing in any set or tiebreak differ."""
    line = ",".join(f"{a}-{b}({t})" for a, b, t in sets)
    return sets[0][0] + sets[0][1] / 1000 + (zlib.crc32(line.encode()) % 999 + 1) / 1e6


#: A result ("won 3-1", "a 60-38 vote"): two small numbers joined by a dash, after a word of winning or voting.
_SCORE_RE = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w.,/–-]?\d)(?![\w%])")
#: A result line: a name right before the score and one right after it ("Ulster Wolves 27 - 24 Bordeaux Mariners").
_NAME_BEFORE_SCORE = re.compile(r"[A-Z][\w’'.-]*\s$")
_NAME_AFTER_SCORE = re.compile(r"\s+[A-Z]")
_SCORE_CUE = re.compile(
    r"\b(?:won|wins?|winning|lost|loses?|losing|beat|beats|beating|defeated|defeats?|drew|draw|victory|"
    r"scored?|lead|led|leads|trail(?:ed|s)?|vote[ds]?|voting|margin|tie[ds]?|approved|passed|rejected|split)\b"
    r"(?:\s+[\w’'-]+){0,4}\s*$",
    re.IGNORECASE,
)
_SCORE_AFTER = re.compile(
    r"\s+(?:(?:home|away|road|comeback|shock|narrow|emphatic)\s+)?(?:win|wins|victory|defeat|loss|draw|tie|vote|"
    r"decision|ruling|majority|lead|margin|triumph|scoreline)\b",
    re.IGNORECASE,
)
#: A tally in words or with "to": "by four votes to three", "split 44 to 31", "voted 6 to 1"
_NUM_WORD = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_TALLY_RE = re.compile(
    rf"\b(?P<a>{_NUM_WORD})\s+(?:votes?\s+)?to\s+(?P<b>{_NUM_WORD})\b(?!\s*(?:percent|per\s+cent|%|[a-z]+s\b(?<!votes)))",
    re.IGNORECASE,
)
_TALLY_CUE = re.compile(
    r"\b(?:vote[ds]?|voting|split|majority|ruled|rejected|approved|passed|backed|by|margin\s+of)"
    r"\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A tally by sides: "49 deputies in favour and 36 against", "with 12 votes for, 3 against".
_FOR_AGAINST_RE = re.compile(
    rf"\b(?P<a>{_NUM_WORD})\s+(?:[a-z]+\s+)?(?:in\s+favou?r|for|yes)\b[\s,]*(?:and\s+|with\s+|to\s+)?"
    rf"(?P<b>{_NUM_WORD})\s+(?:[a-z]+\s+)?(?:against|opposed|no)\b",
    re.IGNORECASE,
)
#: A temperature: "45C", "45 °C", "113 degrees Fahrenheit" (kept in Celsius).
_TEMPERATURE_RE = re.compile(
    r"(?<![\w.])([-−]?\d{1,3}(?:\.\d)?)(?:\s?°\s?|\s+degrees\s+|\s)?(C|F|Celsius|Fahrenheit|centigrade)\b(?!\.\w|-)"
)


def _age_after_name(text: str, s: int, e: int, raw: str) -> bool:
    """Whether a whole number between commas follows a name: "Ernesto Valdarro, 61, was sentenced"."""
    before = re.search(r"\b([A-Z][\w’'-]+),\s*$", text[max(0, s - 40) : s])
    return (before is not None and raw.isdigit() and 14 <= int(raw) <= 110 and re.match(r"\s*,", text[e:]) is not None
            and before.group(1).lower() not in _MONTHS and before.group(1).lower() not in _WEEKDAYS
            and before.group(1).lower() not in _NON_ENTITY)  # fmt: skip


_AGE_AFTER = re.compile(r"[-\s]years?[-\s]old\b|[-\s]year[-\s]olds?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|(?:age|ages)(?:\s+(?:of|from|to|at|between))?)\s+(?:\d{1,3}\s+(?:to|and)\s+)?$", re.IGNORECASE
)
_RANGE_START = re.compile(r"\bbetween\s+[$€£¥₩]?$", re.IGNORECASE)
_RANGE_END = re.compile(r"\bbetween\s+[$€£¥₩]?[\d.,]+(?:\s+[a-z]+)?\s+and\s+[$€£¥₩]?$", re.IGNORECASE)

#: A rescheduled or revised value: "postponed [from] March 3 to March 10", "revised the estimate from 2.1% to ...".
_MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|put\s+off|revised|corrected|amended)"
    r"\b(?:\s+[\w’'-]+){0,4}?\s+from\s+(?:(?:on|in|the|about|around)\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


def _near_number(text: str, s: int, e: int) -> bool:
    return bool(re.search(r"\d|percent|%", text[max(0, s - 30) : e + 30]))


@lru_cache(maxsize=16384)
def _squash(name: str) -> str:
    folded = _fold(name).lower()
    folded = re.sub(r"^(the)\s+", "", folded)
    return re.sub(r"[^a-z0-9]", "", folded)


@lru_cache(maxsize=4096)
def _squashed_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, each squashed (:func:`_squash`) with its possessive dropped."""
    return tuple(_squash(re.sub(r"['’]s$", "", w)) for w in text.split())


def _name_written_in(name: str, passage: str) -> bool:
    """Whether ``name`` stands in ``passage`` as whole words, whatever its spacing, hyphens and accents ("Kim
    Jong-un" in "Kim Jong Un said"); not as part of a longer word ("Liisa Tamm" is not in "Liisa Tamme")."""
    target = "".join(_squashed_words(re.sub(r"^[Tt]he\s+", "", name)))
    if not target:
        return False
    words = _squashed_words(passage)
    for i in range(len(words)):
        joined = ""
        for w in words[i:]:
            joined += w
            if len(joined) >= len(target):
                break
        if joined == target:
            return True
    return False


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’\-]*", _fold(name)) if w[0].isupper()).lower()


def names_match(a: str, b: str, *, threshold: float = 85.0) -> bool:
    """Whether two names denote the same entity, allowing spelling and transliteration variants.

    "Kim Jong Un" ~ "Kim Jong-un", "Gaddafi" ~ "Gadhafi", "KCNA" ~ "Korean Central
    News Agency", "Biden" ~ "Joe Biden".
    """
    from rapidfuzz import fuzz

    sa, sb = _squash(a), _squash(b)
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    if fuzz.ratio(sa, sb) >= threshold:
        return True
    ia, ib = _initials(a), _initials(b)
    if (a.isupper() and len(sa) >= 2 and sa == ib) or (b.isupper() and len(sb) >= 2 and sb == ia):
        return True
    ta = [_squash(w) for w in a.split() if _squash(w)]
    tb = [_squash(w) for w in b.split() if _squash(w)]
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if short and all(any(fuzz.ratio(x, y) >= threshold for y in long_) for x in short):
        return True
    return False


_VOWELS = frozenset("aeiou")
#: Letters transliterations trade ("Gaddafi" / "Gadhafi", "Zelensky" / "Zelenskyy").
_TRANSLIT = frozenset("hyjw")
#: Endings that make a name's demonym or plural, no misspelling ("Korea" / "Korean", "Nepal" / "Nepali").
_NAME_SUFFIXES = frozenset("n an ian ese ish i s es".split())


def _transliterated(op: str, left: str, right: str) -> bool:
    """Whether one changed stretch of a name is a transliteration's: vowels and h, y, j, w for one another
    ("Sergei" / "Sergey"), one of h, y, j, w in or for a letter ("Gaddafi" / "Gadhafi", "Zelenskyy"),
    "x" / "ks" ("Alexei" / "Aleksei"), or c, k, q for one another ("Karim" / "Carim"); not "City" / "Times"."""
    changed = set(left + right)
    if len(left) <= 1 and len(right) <= 1 and changed & _TRANSLIT:
        return True
    return op == "replace" and (changed <= _TRANSLIT | _VOWELS or {left, right} == {"x", "ks"} or changed <= set("ckq"))


def misspelt(a: str, b: str) -> bool:
    """Whether two writings of one multi-word name differ in one word by a slip of spelling ("Mercy Wanjiru
    Otieno" / "Mercy Wanjiku Otieno", "Liisa Tamm" / "Liisa Tamme") rather than by transliteration: a
    vowel for a vowel, a doubled letter, or an h, y, j or w ("Muhammad" / "Mohammed", "Gaddafi" / "Gadhafi")."""
    import difflib

    ta, tb = a.split(), b.split()
    if len(ta) >= 2 and len(tb) == 1 or len(tb) >= 2 and len(ta) == 1:  # "Rosalind Abapo" / "Abapa": the surname
        full, one = (ta, tb) if len(ta) >= 2 else (tb, ta)
        if len(one[0]) < 5 or one[0][0].lower() != full[-1][0].lower():
            return False  # (a surname alone carries no other word to vouch for it: its first letter must)
        return misspelt(" ".join(full), " ".join([*full[:-1], one[0]]))
    # the personal name at the end: "Kenya's Mercy Wanjiru Otieno" / "Kenyan Mercy Wanjiku Otieno", "Belgian Ines
    # Daelemans" / "Belgium's Ines Daelmans" (a country's word before a two-word name)
    k = min(len(ta), len(tb), 3)
    if k < 2:
        return False
    diff = [(_squash(x), _squash(y)) for x, y in zip(ta[-k:], tb[-k:]) if _squash(x) != _squash(y)]
    if len(diff) == 2 and k == 3 and _squash(ta[-3])[:4] == _squash(tb[-3])[:4]:
        diff = diff[1:]  # "Belgian" / "Belgium's": one country
    if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 3:
        return False
    x, y = diff[0]
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and long_[len(short) :] in _NAME_SUFFIXES:
        # a demonym or a plural ("North Korea" / "North Korean"), unless a closing "s" is in or out of a long last
        # word, the personal name's: "Helen Castellano" / "Helen Castellanos", "Eleni Vasilakis" / "Eleni Vasilaki"
        possessive = any(w.endswith(("'s", "’s", "s'", "s’")) for w in (ta[-1], tb[-1]))  # "LisMetro's"
        if not (long_[len(short) :] == "s" and len(short) >= 6 and _squash(ta[-1]) != _squash(tb[-1])) or possessive:
            return False
    slips = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        left, right = x[i1:i2], y[j1:j2]
        if _transliterated(op, left, right) and not (op == "replace" and i2 == len(x) and j2 == len(y)
                                                      and {left, right} <= {"a", "o"}):
            continue  # but a closing "a" for "o" is another name ("Castaneda" / "Castanedo")
        if not (left and right) and len(left + right) == 1:  # one letter in or out: a doubled one is no slip
            ch, word, at = (left or right), (x if left else y), (i1 if left else j1)
            if word[at - 1 : at] == ch or word[at + 1 : at + 2] == ch:
                continue
        slips += max(len(left), len(right))
    # a long name takes a third slip ("Beridzeshvili" / "Berdzenishvili": a letter moved and one added)
    return 0 < slips <= (3 if len(short) >= 10 else 2)


def _lead_word_in(name: str, passage: str) -> bool:
    """Whether a passage sentence opens with the first word of a longer name ("Castlebridge announced ..." for
    "Castlebridge United"), which opening a sentence is not read as a name of its own."""
    words = name.split()
    pattern = rf"(?:^|[.!?]\s+|[\"“]){re.escape(words[0])}\s+[a-z]"
    return len(words) > 1 and len(words[0]) >= 5 and re.search(pattern, passage) is not None


def _namesake(c: Slot, ents: Sequence[Slot]) -> Slot | None:
    """A passage name with the claim name's surname and another given name of the same initial ("Tomasz
    Bielak" for "Tadeusz Bielak"; not "T. Bielak"), when the passage never writes the claim's full name."""
    words = c.text.split()
    if len(words) != 2:
        return None
    for p in ents:
        pw = p.text.split()
        if len(pw) != 2 or _squash(pw[-1]) != _squash(words[-1]):
            continue
        first, other = _squash(words[0]), _squash(pw[0])
        # an initial ("T. Bielak") may stand for either; another initial is a relative ("Tamara Prokhorov")
        if len(first) < 3 or len(other) < 3 or first[0] != other[0]:
            continue
        if not names_match(c.text, p.text):
            return p
    return None


#: A name with the place it is from: "Ethiopia's Tigist Alemu", "Tigist Alemu of Kenya".
_ORIGIN_BEFORE = re.compile(r"^(?P<origin>[A-Z][\w-]+)['’]s\s+(?P<core>[A-Z].+)$")
_ORIGIN_AFTER = re.compile(r"^(?P<core>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)\s+of\s+(?P<origin>[A-Z][\w-]+)$")


def _origin(name: str) -> tuple[str, str] | None:
    m = _ORIGIN_BEFORE.match(name) or _ORIGIN_AFTER.match(name)
    return (m.group("core"), m.group("origin")) if m else None


def _origin_swap(c: Slot, ents: Sequence[Slot]) -> tuple[str, str, Slot] | None:
    """(claim origin, passage origin, passage name) when the passage gives the claim's person another place of origin:
    "Tigist Alemu of Kenya" against "Ethiopia's Tigist Alemu"."""
    mine = _origin(c.text)
    if mine is None:
        return None
    for p in ents:
        theirs = _origin(p.text)
        if theirs and names_match(mine[0], theirs[0]) and not names_match(mine[1], theirs[1]):
            return mine[1], theirs[1], p
    return None


def _core_swap(c: Slot, ents: Sequence[Slot]) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the passage names another place or body of the claim's
    origin, and the claim's own is not in it: "Lisbon's Graça district" against "Lisbon's Alfama district"."""
    mine = _origin(c.text)
    if mine is None or not _ORIGIN_BEFORE.match(c.text):
        return None
    if any(names_match(mine[0], p.text) or ((o := _origin(p.text)) and names_match(mine[0], o[0])) for p in ents):
        return None
    for p in ents:
        theirs = _origin(p.text)
        if theirs and _ORIGIN_BEFORE.match(p.text) and names_match(mine[1], theirs[1]):
            return mine[0], theirs[0], p
    return None


# --------------------------------------------------------------------------- comparison


@attrs.frozen
class SlotReport:
    """The slot-by-slot comparison of a claim with a passage.

    Attributes:
        mismatches: Slots the passage fills differently, aligned by context.
        matched: Claim slots whose value the passage states (by kind).
        missing: Claim slots the passage neither states nor contradicts.
        claim_slots: Number of claim slots per kind.
        overlap: Share of the claim's content words found in the passage.
        precision: Share of the passage's content words found in the claim.
        best_sentence_overlap: ``overlap`` against the passage's closest sentence.
        negation_diff: Claim negation parity differs from the closest sentence's.
        modality_gap: The claim asserts; the closest passage sentence hedges.
        mismatch_overlap: The largest share of the claim's content words, less the
            mismatched value's own, found in the passage sentence holding a number,
            date or entity mismatch (0.0 without one): how on-topic the mismatch is.
        quote_verbatim: The claim is mostly quotation found word for word in the passage.
        restate_overlap: ``best_sentence_overlap`` over the passage's statements (not its questions),
            with words of the same sense counted as one ("toured" / "visited", "rose" / "increased"):
            how closely a sentence restates the claim.
        slots_restated: ``restate_overlap`` of the best passage sentence that states all of the
            claim's numbers, dates and names (two or more, one at least a number or date), when no
            slot mismatches; 0.0 otherwise: "forced about 3,000 residents [of] villages west of
            Patras on Thursday" is restated by a sentence with the same figure, place and day.
        figures_restated: The same for the claim's exact figures and dates alone (one or more
            numbers, no bound, no slot mismatch; names and weekdays need not be repeated): "won
            Sunday's runoff with 54.3% of the vote" restated by "won the runoff with 54.3 percent".
        stated: The claim's numbers, dates and names (as the claim writes them) that the passage states.
        best_sentence: The passage sentence sharing most of the claim's content words (the one
            ``best_sentence_overlap`` is measured on).
        figures_sentence: The passage sentence that gives all of the claim's figures (bound or not) and
            dates (not its weekdays) and shares most of its words, when no slot mismatches ("" otherwise): whether it restates the claim
            in other words is for a model to judge (:class:`~factcheck.verify.Assessor`).
    """

    mismatches: tuple[Mismatch, ...]
    matched: dict[str, int]
    missing: dict[str, int]
    claim_slots: dict[str, int]
    overlap: float
    precision: float
    best_sentence_overlap: float
    negation_diff: bool
    modality_gap: bool
    mismatch_overlap: float = 0.0
    quote_verbatim: bool = False
    restate_overlap: float = 0.0
    slots_restated: float = 0.0
    figures_restated: float = 0.0
    figures_sentence: str = ""
    stated: tuple[str, ...] = ()
    best_sentence: str = ""


#: A quotation inside a claim, in straight or curly double quotes.
_QUOTED = re.compile(r"[\"“]([^\"“”]{8,}?)[\"”]")
#: Fewest words a quotation needs to be compared word for word (shorter ones are scare quotes).
QUOTE_MIN_WORDS = 4
#: Share of a claim's words that quotations found word for word must make up for the claim to count as found.
QUOTE_SHARE = 0.6
#: Verbs that frame a quotation, not part of what is checked.
_SAYING = frozenset(
    "said says say called calls call described describes describe told tells added adds according warned warns "
    "insisted insists stated states wrote writes declared declares labelled labeled branded termed".split()
)
#: Share of the content words outside its quotations a passage must give for a claim's verbatim quotations to
#: count when they make up less than :data:`QUOTE_SHARE` of it.
QUOTE_CONTEXT = 0.75


#: Contractions outlets write out or keep as they like ("we've" / "we have"): compared written out.
_CONTRACTIONS = (
    (re.compile(r"\bcan't\b"), "can not"), (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'ve\b"), " have"), (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ll\b"), " will"), (re.compile(r"'d\b"), " would"), (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\b(it|that|there|what|he|she|who)'s\b"), r"\1 is"), (re.compile(r"\blet's\b"), "let us"),
)


def _quote_words(text: str) -> list[str]:
    low = _fold(text.replace("’", "'").replace("‘", "'")).lower()
    for pattern, full in _CONTRACTIONS:
        low = pattern.sub(full, low)
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", low)


def _substantive(words: Sequence[str]) -> bool:
    """Whether a changed stretch of a quotation matters: a content word, a number or a negation."""
    return any(_is_content(w) or w[0].isdigit() or w in _NEGATIONS or w in _PARTICLES for w in words)


#: Particles of a phrasal verb: "cool [down]" and "cool [off]" are two quotations.
_PARTICLES = frozenset("up down off out away back".split())


def _long_quotations(claim: str) -> list[list[str]]:
    """The words of each of ``claim``'s quotations of :data:`QUOTE_MIN_WORDS` words or more (shorter ones are
    scare quotes)."""
    return [qw for m in _QUOTED.finditer(claim) if len(qw := _quote_words(m.group(1))) >= QUOTE_MIN_WORDS]


def _spaced(words: Sequence[str]) -> str:
    """Words joined and padded with spaces, so that one run is found in another only at word boundaries."""
    return f" {' '.join(words)} "


def quotation_found(claim: str, passage: str) -> bool:
    """Whether one of ``claim``'s quotations of :data:`QUOTE_MIN_WORDS` words or more stands word for word in
    ``passage`` (however much of the claim it makes up)."""
    joined = _spaced(_quote_words(passage))
    return any(_spaced(qw) in joined for qw in _long_quotations(claim))


def compare_quotes(claim: str, passage: str) -> tuple[bool, Mismatch | None]:
    """Whether ``claim``'s quotations appear word for word in ``passage`` (and make up at least
    :data:`QUOTE_SHARE` of its words), and the first one the passage renders with other words (a misquote:
    "necessary to keep flying" against "needed to keep flying").

    Quotations shorter than :data:`QUOTE_MIN_WORDS` words are skipped, and contractions are compared written
    out. A passage that quotes only part of a quotation is no misquote; a content word, number or negation
    replaced, added or dropped inside it is.
    """
    import difflib

    quoted, miss = 0, None
    joined = _spaced(_quote_words(passage))
    # a misquote is judged against what the passage quotes, its interrupted parts joined ("...," she said. "...")
    pw = _quote_words(" ".join(m.group(1) for m in _QUOTED.finditer(passage)))
    quotes = _spaced(pw)
    for qw in _long_quotations(claim):
        if _spaced(qw) in joined or _spaced(qw) in quotes:
            quoted += len(qw)
            continue
        if miss is not None or not pw:
            continue
        # candidate windows start where one of the quotation's first three words, or its last, stands
        starts = {i - k for i, w in enumerate(pw) for k in range(3) if w == qw[k]}
        starts |= {i - len(qw) + 1 for i, w in enumerate(pw) if w == qw[-1]}
        # windows of the quotation's length give or take two words: the passage may quote on, or quote again
        # (the most words in common, then ending and starting as the quotation does, then the closest length)
        key: tuple[int, bool, bool, int] = (0, False, False, 0)
        best, window = 0.0, []
        for lo in sorted({max(0, x) for x in starts if x < len(pw)}):
            for size in range(max(2, len(qw) - 2), len(qw) + 3):
                cand = pw[lo : lo + size]
                matcher = difflib.SequenceMatcher(a=qw, b=cand, autojunk=False)
                k = (sum(b.size for b in matcher.get_matching_blocks()), cand[-1:] == qw[-1:], cand[:1] == qw[:1],
                     -abs(size - len(qw)))
                if k > key:
                    key, best, window = k, matcher.ratio(), cand
        # a short quotation with a phrase reworded ("not pay [a single] cent" / "not pay [one] cent") counts
        # when it starts and ends as the passage's does
        anchored = window[:1] == qw[:1] and window[-1:] == qw[-1:]
        if best < 0.7 and not (anchored and best >= 0.6):
            continue
        ops = difflib.SequenceMatcher(a=qw, b=window, autojunk=False).get_opcodes()
        # the window runs past the quotation's end: drop what follows the last run of two equal words
        while ops and (ops[-1][0] != "equal" or (len(ops) > 1 and ops[-1][2] - ops[-1][1] < 2 and ops[-1][2] < len(qw))):
            ops.pop()
        if ops and ops[-1][2] < len(qw) and ops[-1][4] < len(window):
            # the quotation's last words stand where the passage goes on with others ("enormous [potential]"
            # against "enormous [history] and a passionate community")
            i_end, j_end = ops[-1][2], ops[-1][4]
            ops.append(("replace", i_end, len(qw), j_end, min(len(window), j_end + len(qw) - i_end)))
        if ops and ops[0][0] == "delete" and window[:1] == pw[:1]:
            ops.pop(0)  # the passage quotes from later on ("betrayed the trust ..." of "He betrayed the trust ...")
        inner = [op for op in ops[1:] if op[0] != "equal"] if ops and ops[0][0] == "equal" else []
        if ops and ops[0][0] == "replace" and ops[0][2] <= 2 and len(ops) > 1 and ops[1][2] - ops[1][1] >= 3:
            # the first word or two reworded before a run the passage quotes word for word ("[restore]
            # confidence in our external accounts" / "[rebuild] confidence in our external accounts")
            inner = [op for op in ops if op[0] != "equal"]
        # a stretch replaced word for word counts the words that differ ("[stone by stone]" / "[brick by brick]": 2)
        changed = sum(sum(a != b for a, b in zip(qw[i1:i2], window[j1:j2])) if i2 - i1 == j2 - j1 else
                      max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in inner)  # fmt: skip
        inner = [op for op in inner if _substantive([*qw[op[1] : op[2]], *window[op[3] : op[4]]])]
        # a few words changed; more in a quotation that otherwise stands word for word (ratio >= 0.75: "We have to
        # [adapt] to a market that is not coming back [soon]" against "... [adjust our cost base] ... [quickly]")
        if inner and changed <= (max(2, len(qw) // 4) if best < 0.75 else max(3, len(qw) // 2)):
            _, i1, i2, j1, j2 = inner[0]
            miss = Mismatch("quote", " ".join(qw[max(0, i1 - 1) : i2 + 1]), " ".join(window[max(0, j1 - 1) : j2 + 1]))
    # found word for word, and the claim is mostly quotation: a few quoted words in a longer claim prove little,
    # unless the passage also gives the claim's other content words (who said it, of what): 'Rail Users Silesia
    # called the decision "a step backwards for the region"' against '"This is a step backwards for the region,"
    # said a spokesman for Rail Users Silesia'
    if quoted >= QUOTE_SHARE * len(_quote_words(claim)):
        return True, miss
    rest = [w for w in _quote_words(_QUOTED.sub(" ", claim)) if _is_content(w) and w not in _SAYING]
    present = set(_quote_words(passage))
    around = bool(rest) and sum(w in present for w in rest) >= QUOTE_CONTEXT * len(rest)
    return quoted >= QUOTE_MIN_WORDS and around, miss


def _align(c: Slot, p: Slot) -> float:
    """Context agreement of two slots in [0, ~1.5]: weighted shared context plus a head-noun bonus."""
    cc, pc = _sense_weights(c.context), _sense_weights(p.context)  # "prices dropped" ~ "prices fell"
    if not cc and not pc:
        return 0.5
    shared = sum(min(w, pc[k]) for k, w in cc.items() if k in pc)
    denom = max(1e-9, min(sum(cc.values()), sum(pc.values())) if cc and pc else 1.0)
    score = shared / denom
    if c.unit == p.unit and c.unit in _DIMENSIONS:
        score += 0.5  # "tonnes" / "quintals", "a week" / "five days": the unit words name one dimension
    elif c.head and p.head:
        ch, ph = _SYNONYM_OF.get(c.head, c.head), _SYNONYM_OF.get(p.head, p.head)
        if ch == ph and ch in _GENERIC_HEADS and _apart(cc, pc, ch):
            score -= min(cc.get(ch, 0.0), pc.get(ch, 0.0)) / denom  # "injured 37 [people]" and "carrying around
            # 210 [people]": two counts of people, which the word "people" does not tie
        elif ch == ph and (shared > 0 or ch not in _TIME_HEAD_WORDS):
            score += 0.5  # "three [months] apart" and "the first six [months]" share a calendar word, nothing else
        elif ch not in pc and ph not in cc:
            score -= 0.25
    return score


#: Heads that count anyone: what was done to them tells two such counts apart.
_GENERIC_HEADS = frozenset(
    _SYNONYM_OF.get(_suffix_stem(w), _suffix_stem(w)) for w in "people person passenger worker miner troop".split()
)  # (built with the suffix stem: importing the module loads no lexicon)


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


def _rounding(slot: Slot) -> float:
    """Half the rounding unit of a scaled number as written ("1.2 billion" -> 0.05e9, "254K" -> 500), else 0."""
    m = re.search(r"(\d[\d,]*)(?:\.(\d+))?", slot.text)
    in_parts = re.search(r"\d\D+\d", slot.text) or len(_TIME_UNIT_WORD.findall(slot.text)) > 1
    if not m or (slot.unit == "duration" and in_parts):
        return 0.0  # a time in parts ("2:03:51", "two hours, six minutes and 41 seconds") is exact to its last part
    base = float(m.group(0).replace(",", ""))
    value = float(slot.value)  # type: ignore[arg-type]
    if base == 0 or abs(value / base - 1.0) < 1e-9 or value / base < 1.0:
        return 0.0  # unscaled numbers are exact
    return (value / base) * 10.0 ** -len(m.group(2) or "") / 2


def _numbers_equal(c: Slot, p: Slot) -> bool:
    a, b = float(c.value), float(p.value)  # type: ignore[arg-type]
    if "score" in (c.unit, p.unit):
        return a == b
    if a == b and ((p.bound and c.approx) or (c.bound and p.approx)):
        return True  # "about 5,000 troops" and "more than 5,000 servicemen": round figures, one count
    if c.bound and not p.bound:  # "at least seven" fits seven; "more than 450" does not fit 450
        return (b > a or (c.inclusive and b == a)) if c.bound == "gt" else (b < a or (c.inclusive and b == a))
    if p.bound and not p.in_range and not c.bound:  # "nine" does not fit "at least 12"; "12" fits "at least seven"
        return (a > b or (p.inclusive and a == b)) if p.bound == "gt" else (a < b or (p.inclusive and a == b))
    if c.bound and p.bound and (c.in_range or p.in_range or c.bound != p.bound):
        # two ranges agree when they overlap ("between 30 and 40" and "at least 35"); two figures bounded alike
        # are compared as figures ("up to 240" is not "up to 420")
        return True if c.bound == p.bound else (a < b if c.bound == "gt" else b < a)
    if a == b:
        return True
    if c.unit == "celsius" and (c.approx or p.approx) and abs(a - b) < 0.6:
        return True  # "about 46 degrees Fahrenheit" is 7.8 C: "around 8 C" rounds it
    rel = abs(a - b) / max(abs(a), abs(b))
    if rel <= 1e-3:
        return True
    if c.approx != p.approx and rel <= _leeway(c if c.approx else p):
        return True  # "about 250,000" ~ "254,000"; but "about 6.5 million" is not "6.1 million"
    if c.approx and p.approx and rel <= 0.02:
        return True  # "about £48 million" and "about £52 million" differ
    if c.unit == p.unit and c.unit in _RATES and (_rounds_to(c, b) or _rounds_to(p, a)):
        return True  # "47 percent of the vote" rounds "47.2%"
    return abs(a - b) <= max(_rounding(c), _rounding(p)) + 1e-9


def _beside(word: Slot, figure: Slot) -> bool:
    """Whether a direction word moves a figure: a few words before it ("down [12 percent]", "rose by [5%]") or
    right after it ("[12 percent] lower")."""
    return 0 <= figure.start - word.end <= 12 or 0 <= word.start - figure.end <= 1


def _figure_moved(c: Slot, sign: int, cs: Sequence[Slot], ps: Sequence[Slot], claim: str, passage: str) -> Slot | None:
    """The passage's direction word beside the figure the claim's direction word moves ("rose [12 percent]" /
    "[12 percent] lower", "down [12 percent]"), when every such word there points the other way; a level
    ("fell [to] 3.4 percent") is not compared with a change ("rose 3.4 percent in the twelve months")."""
    group = c.value[0]  # type: ignore[index]
    figures = [n for n in cs if n.kind is SlotKind.NUMBER and n.unit in _RATES and 0 <= n.start - c.end <= 12]
    for n in figures:
        for p in (p for p in ps if p.kind is SlotKind.NUMBER and _same_value(n, p) and _a_level(p, passage) == _a_level(n, claim)):
            beside = [q for q in ps if q.kind is SlotKind.POLARITY and q.value[0] == group and _beside(q, p)]  # type: ignore[index]
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
    passage stating it."""
    if c.kind is not SlotKind.NUMBER or not p.bound or c.bound:
        return False
    return float(c.value) != float(p.value)  # type: ignore[arg-type]


def _leeway(slot: Slot) -> float:
    """Relative difference an approximate figure allows: its last significant digit's unit, within 2-10%
    ("about 900": 10%, "about 250,000": 4%, "about 6.5 million": 2%)."""
    m = re.search(r"(\d[\d,]*)(?:\.(\d+))?", slot.text)
    value = abs(float(slot.value))  # type: ignore[arg-type]
    if not m or value == 0:
        return 0.1
    whole = m.group(1).replace(",", "")
    base = float(whole + "." + (m.group(2) or "0"))
    scale = value / base if base else 1.0
    digits = 10.0 ** -len(m.group(2)) if m.group(2) else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return min(0.1, max(0.02, digits * scale / value))


#: A relative change and an absolute one, which copy confuses: compared, never equal.
_RATES = {"percent", "pp"}


#: Words before a percentage that make it a level ("to 19.5 percent", "from 20.5 percent"), not a change.
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at|of|was|is|stood|stands|remained|rate)\s+(?:a\s+|an\s+|about\s+|around\s+)?$", re.IGNORECASE)


def _a_level(slot: Slot, text: str) -> bool:
    """Whether a percentage or a change in points is written as a level ("cut the rate to 19.5 percent"); a level
    is never confused with a change ("by one percentage point"), so the two are not compared."""
    return bool(_LEVEL_BEFORE.search(text[max(0, slot.start - 24) : slot.start]))


#: Calendar terms a count may count: months and years are left as counts (see :data:`_MEASURES`).
_CALENDAR_AFTER = re.compile(r"[\s-]+(?:months?|years?|quarters?|decades?|centuries|century)\b", re.IGNORECASE)
#: ... or a figure that ends in one: "[six years and six months]".
_CALENDAR_END = re.compile(r"\b(?:months?|years?|quarters?|decades?)$", re.IGNORECASE)


def _calendar_count(slot: Slot, text: str) -> bool:
    """Whether a count counts months, years, quarters or decades ("three months", "a 10-year")."""
    if slot.unit != "count":
        return False
    return _CALENDAR_AFTER.match(text, slot.end) is not None or _CALENDAR_END.search(slot.text) is not None


def _units_compatible(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return {a, b} <= {"count"} | {x for x in (a, b) if x and x.startswith("money:")}


def _minutes_of_day(m: re.Match[str]) -> int:
    """Minutes after midnight of a :data:`_TIME_OF_DAY` match."""
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 720
    if m.group("h24"):
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return hour * 60 + int(m.group("m") or 0)


def _year_of(value: tuple[Any, ...]) -> int | None:
    """The year of a month or month-and-day date value, None when it names none."""
    full = 3 if value[0] == "md" else 2
    return int(value[-1]) if len(value) > full else None


def _dates_equal(c: Slot, p: Slot) -> bool | None:
    """True / False when comparable, None when the two dates cannot be compared."""
    cv, pv = c.value, p.value
    assert isinstance(cv, tuple) and isinstance(pv, tuple)
    if cv[0] == "time" or pv[0] == "time":  # times of day are compared with times of day only
        if cv[0] != pv[0]:
            return None
        if cv[1] != pv[1] and c.bound and not p.bound:  # "before 4 p.m." fits "at 3 p.m."
            return (pv[1] > cv[1]) == (c.bound == "gt")
        return cv[1] == pv[1]
    cy = cv[1] if cv[0] == "year" else (cv[-1] if len(cv) > (3 if cv[0] == "md" else 2) else None)
    py = pv[1] if pv[0] == "year" else (pv[-1] if len(pv) > (3 if pv[0] == "md" else 2) else None)
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
    if cv[0] in ("md", "month") and pv[0] in ("md", "month"):
        if cv[1] != pv[1]:
            return False
        if cv[0] == "md" and pv[0] == "md":
            return cv[2] == pv[2]
        return True
    return None


#: Sourcing boilerplate whose negation says nothing about the reported fact
#: ("..., asking not to be named", "not authorized to speak publicly").
_SOURCING_NEGATION = re.compile(
    r"\b(?:asking|requesting|on (?:the )?condition|preferring)\b[^.;]{0,40}?\bnot\b[^.;,]{0,30}"
    r"|\b(?:is|was|are|were|being)\s+not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\b[^.;,]{0,40}"
    r"|\bwho\s+(?:did|does|do)\s+not\s+want\s+to\s+be\s+(?:named|identified)"
    # a contrast that negates a noun phrase, not the statement: "on mechanics, not pilots", "not only ..."
    r"|,\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;]|\s*$)"
    r"|\bnot\s+only\b|\bif\s+not\b"
    # "would not reopen until 2027" is "would reopen in 2027": the negation dates the event
    r"|\b(?:not|n't|never)\b(?=(?:\s+[\w’'-]+){1,4}\s+(?:until|till|before)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))",
    re.IGNORECASE,
)


def _restatement(claim_words: set[str], sents: list[tuple[str, set[str], int, bool]]) -> float:
    """The largest share of the claim's senses (:data:`_SYNONYMS`) found in one passage sentence that
    states something (a question, "Did the ministry deny it?", restates nothing)."""
    if not claim_words:
        return 0.0
    senses = _same_sense(claim_words)
    return max(
        (len(senses & _same_sense(words)) / len(senses) for seg, words, _, _ in sents if not _ASKS.search(seg)),
        default=0.0,
    )


_ASKS = re.compile(r"\?[\s\"'”’)]*$")


#: Words that open a subordinate or relative clause, whose negation says nothing of the main statement.
_SUBORDINATORS = frozenset("because since although though while whereas after before when if unless until which who whom whose".split())


def _sentence_index(text: str) -> list[tuple[str, set[str], int, bool]]:
    out = []
    for lo, hi in _sentences(text):
        seg = text[lo:hi]
        out.append((seg, content_words(seg), *_polarity_of(seg)))
    return out


#: "not" before a value corrects the value, it negates nothing: "was down 8.3 per cent, [not 7] per cent as the
#: exchange stated", "on Monday, [not Tuesday]".
_CORRECTION_NOT = re.compile(
    r"\b(?:not|rather\s+than)\s+(?:on\s+|in\s+|at\s+|about\s+)?(?=[$€£¥₩]?\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)


def _polarity_of(seg: str) -> tuple[int, bool]:
    """Negations of the main clause of ``seg`` and whether it says something is only possible."""
    text = _CORRECTION_NOT.sub(" ", _SOURCING_NEGATION.sub(" ", seg))
    toks = _tokens(text)
    raw = [t[0] for t in toks]
    words = [w.lower() for w in raw]
    # only the main clause's negation: "failed because pumps had not been maintained" affirms the failure; a
    # clause set off by commas is left out and the main clause resumes after it ("The mayor, who had not
    # visited, called it ...")
    inside: set[int] = set()
    main = len(words)
    for i, w in enumerate(words):
        if w not in _SUBORDINATORS or i <= 1 or i in inside:
            continue
        close = text.find(",", toks[i][2]) if text[: toks[i][1]].rstrip().endswith(",") else -1
        if close < 0:
            main = i
            break
        inside.update(j for j in range(i, len(words)) if toks[j][1] < close)
    negs = sum(1 for i, w in enumerate(words[:main]) if w in _VERBAL_NEG and i not in inside and not _negates_polar(words, i))
    return negs, any(_hedges(raw, i) for i in range(len(raw)))


def _only_possible(seg: str) -> bool:
    """Whether ``seg`` says something only may happen ("could close"), beyond a plan or an expectation."""
    words = [t[0] for t in _tokens(seg)]
    return any(words[i].lower() in _POSSIBLE and _hedges(words, i) for i in range(len(words)))


#: Determiners before which "planned", "expected", "likely" are adjectives ("a planned deal"), not hedges.
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())


def _hedges(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` (as written) says something is only possible: not the month ("on May 11",
    "in May"), not an adjective after a determiner ("a planned soybean deal")."""
    low = words[i].lower()
    if low not in _MODAL_POSSIBLE:
        return False
    prev = words[i - 1].lower() if i else ""
    if low == "may" and words[i][0] == "M" and (i > 0 or (i + 1 < len(words) and words[i + 1][0].isdigit())):
        return False
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if low in ("planned", "expected") and (prev[:1].isdigit() or prev in _UNITS_SMALL) and nxt.isalpha() \
            and nxt not in _NOT_NOUN_AFTER:  # fmt: skip
        return False  # "more than 60 [planned] operations": an adjective after a count
    return not (low in ("planned", "expected", "likely") and prev in _DETERMINERS)


_NOT_NOUN_AFTER = frozenset("to that by in on at for as soon next later this before after within until when".split())


def _relevant_polarity(seg: str, claim: str, claim_words: set[str], whole: tuple[int, bool]) -> tuple[int, bool]:
    """Negations and modality of the coordinate clauses of ``seg`` that speak of a one-clause claim: "salts
    are running low, and new supplies are not expected" neither negates nor hedges "the centres ran short"."""
    clauses = [c for c in _COORDINATE.split(seg) if c.strip()]
    if len(clauses) < 2 or _COORDINATE.search(claim):
        return whole  # a claim of two clauses ("may not be X, but Y is") is compared with the whole sentence
    shared = [len(claim_words & content_words(c)) for c in clauses]
    top = max(shared)
    if top == 0:
        return whole
    parts = [_polarity_of(c) for c, n in zip(clauses, shared) if 2 * n >= top]
    return sum(n for n, _ in parts), any(m for _, m in parts)


#: Where a sentence's coordinate clauses meet (see :func:`_relevant_polarity`).
_COORDINATE = re.compile(r",\s+(?:and|but|yet|while|whereas)\s+|;\s+")


def focus(claim: str, passage: str, max_words: int = 60) -> str:
    """The part of ``passage`` a pairwise model should read for ``claim``.

    A passage of at most ``max_words`` words is returned whole. A longer one is
    cut to the sentence sharing most content words with the claim, grown by
    whichever neighbour shares more while the window stays within ``max_words``.
    """
    if len(passage.split()) <= max_words:
        return passage
    spans = [(a, b) for a, b in _sentences(passage) if passage[a:b].strip()]
    if len(spans) < 2:
        return passage
    cw = content_words(claim)
    score = [len(cw & content_words(passage[a:b])) for a, b in spans]
    size = [len(passage[a:b].split()) for a, b in spans]
    lo = hi = max(range(len(spans)), key=lambda i: (score[i], -i))
    total = size[lo]
    while True:
        options = [i for i in (lo - 1, hi + 1) if 0 <= i < len(spans) and total + size[i] <= max_words]
        if not options:
            break
        i = max(options, key=lambda j: (score[j], -abs(j - lo)))
        lo, hi, total = min(lo, i), max(hi, i), total + size[i]
    return passage[spans[lo][0] : spans[hi][1]].strip()


def _negates_polar(words: list[str], i: int) -> bool:
    return any(w in _POLARITY_WORD and w not in _WEAK_POLAR for w in words[i + 1 : i + 4])


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
    cs, ps = _extract(claim), _extract(passage)
    cw, pw = content_words(claim), content_words(passage)
    overlap = len(cw & pw) / len(cw) if cw else 0.0
    precision = len(cw & pw) / len(pw) if pw else 0.0
    sents = _sentence_index(passage)
    c_sent = _sentence_index(claim)
    c_negs = sum(s[2] for s in c_sent)
    c_modal = any(s[3] for s in c_sent)
    c_future = any(t[0].lower() in ("will", "shall", "would") for t in _tokens(claim))
    best = max(sents, key=lambda s: len(cw & s[1]) / (len(cw) or 1))
    best_ov = len(cw & best[1]) / len(cw) if cw else 0.0

    mismatches: list[Mismatch] = []
    matched: dict[str, int] = {}
    missing: dict[str, int] = {}
    counts: dict[str, int] = {}
    stated: list[str] = []

    def note(d: dict[str, int], k: str) -> None:
        d[k] = d.get(k, 0) + 1

    # A passage value equal to one of the claim's is that value's, never another's mismatch ("450
    # firefighters and 12 aircraft" against "Ten aircraft and 450 firefighters"), unless the passage
    # repeats it more often than the claim: then one repetition may stand where the claim has another value.
    used: set[int] = set()
    for c in cs:
        equal = [p for p in ps if _same_value(c, p)]
        if equal and len(equal) <= sum(_same_value(x, equal[0]) for x in cs):  # the claim states it as often
            used.update(p.start for p in equal)
    sides = _Sides(claim, passage, cw)
    m_over = 0.0
    for c in cs:
        note(counts, c.kind.value)
        if c.kind in (SlotKind.NUMBER, SlotKind.DATE) and c.negated:
            note(missing, c.kind.value)  # "not 40" claims no value
            continue
        if c.kind in (SlotKind.NUMBER, SlotKind.DATE):
            if c.kind is SlotKind.NUMBER:
                cands = [p for p in ps if p.kind is SlotKind.NUMBER and (_units_compatible(c.unit, p.unit) or (
                    {c.unit, p.unit} == _RATES and not _a_level(c, claim) and not _a_level(p, passage)))]  # fmt: skip
                # a count of months or years is no count of things: "84,300 patients" / "the three months to"
                cands = [p for p in cands if _calendar_count(c, claim) == _calendar_count(p, passage)]
                # a year-earlier figure answers only a claim's year-earlier one: "rose to 7,900, from [6,300] at
                # the end of September last year" gives no figure for "reached 61,400 at the end of September"
                cands = [p for p in cands if _year_before(p, passage) <= _year_before(c, claim)]
                # "2 percentage points" is not "2 percent"
                equal = [p for p in cands if _numbers_equal(c, p) and {c.unit, p.unit} != _RATES]
            else:
                cands = [p for p in ps if p.kind is SlotKind.DATE and _dates_equal(c, p) is not None]
                equal = [p for p in cands if _dates_equal(c, p)]
            same = [p for p in equal if not p.negated]
            ruled_out = [p for p in equal if p.negated]
            cands = [p for p in cands if not p.negated]
            if same:
                hit = sides.displaced(c, same, [p for p in cands if p not in same], used)
            elif ruled_out:  # "started on Monday, not Tuesday as first reported"
                hit = _correction(ruled_out[0], cands)
            else:
                threshold = min_align
                if c.unit == "duration":  # a margin ("38 seconds behind") is no finishing time ("in 2:06:19")
                    cands = [p for p in cands if p.unit != "duration" or _margin(c, claim) == _margin(p, passage)
                             or not (_CLOCK.search(c.text) or _CLOCK.search(p.text))]  # fmt: skip
                if c.kind is SlotKind.NUMBER:
                    alike = [p for p in cands if p.unit == c.unit or "count" not in (c.unit, p.unit)]
                    if not alike:  # a bare count against a sum of money: most often two different things
                        threshold = max(min_align, _COUNT_MONEY_ALIGN)
                    cands = alike or cands
                tries = [cands]
                if c.kind is SlotKind.NUMBER and not _moved_from(c, claim):
                    # "to [18.5 percent] from 20.5 percent": the new value answers first
                    tries.insert(0, [p for p in cands if not _moved_from(p, passage)])
                hit = None
                for group in tries:
                    hit = (_best(c, group, threshold, used) or sides.anchored(c, group, used)
                           or sides.sole(c, group, cs, ps, used) or sides.one_of_unit(c, group, cs, used)
                           or sides.range_end(c, group, used) or sides.record_since(c, group, used)
                           or sides.month_otherwise(c, group, used)
                           or sides.last_figure(c, group, cs, ps, used))  # fmt: skip
                    if hit is not None:
                        break
            if same and hit is None:
                # a figure that only falls within the passage's bound ("12" in "at least seven") is not stated
                within = all(_only_within(c, p) for p in same)
                note(missing if within else matched, c.kind.value)
                if not within:
                    stated.append(c.text)
                continue
            if hit is not None and c.kind is SlotKind.DATE and not same and _other_event(c, hit):
                hit = None  # "left their homes on Thursday" / "began returning home on Friday": two events' days
            if hit is not None and c.kind is SlotKind.DATE and _last_year_of(c, hit, claim):
                hit = None  # "its 2026 forecast ..., from 16.4 million tonnes last year" / "harvested in 2025"
            if hit is not None:
                mismatches.append(Mismatch(c.kind.value, _as_bounded(c, claim), _as_bounded(hit, passage)))
                rest = sides.rest_overlap(c, hit)
                if rest >= _TIED_REST and sides.ties_a_figure(c, hit, cs, ps):
                    rest = max(rest, _MOVED_ON_TOPIC)  # "48 votes to 39, with [five] abstentions" / "48 votes in
                    # favour, 39 against and [3] abstentions": another of the claim's figures, given alike beside it
                m_over = max(m_over, rest)
            else:
                note(missing, c.kind.value)
        elif c.kind is SlotKind.ENTITY:
            ents = [p for p in ps if p.kind is SlotKind.ENTITY]
            if (swap := _origin_swap(c, ents) or _core_swap(c, ents)) is not None:
                mismatches.append(Mismatch("entity", swap[0], swap[1]))
                m_over = max(m_over, sides.rest_overlap(c, swap[2]))
                continue
            namesake = None if _name_written_in(c.text, passage) else (
                _namesake(c, ents) or next((p for p in ents if misspelt(c.text, p.text)), None))
            if namesake is not None:  # "Tadeusz Bielak" against "Tomasz Bielak", though "Bielak" alone matches
                mismatches.append(Mismatch("entity", c.text, namesake.text))
                m_over = max(m_over, sides.rest_overlap(c, namesake))
                if sides.ties_a_figure(c, namesake, cs, ps):  # "Graham Teller finished second with 31 percent" /
                    m_over = max(m_over, _MOVED_ON_TOPIC)  # "Graham Tellier: 9,372 votes (31.1%)": one person
                continue
            if any(names_match(c.text, p.text) for p in ents) or _name_written_in(c.text, passage) \
                    or _lead_word_in(c.text, passage):  # fmt: skip
                note(matched, "entity")
                stated.append(c.text)
                continue
            if _opens_a_sentence(c, claim):
                note(missing, "entity")  # a name read from a sentence's first word is stated or misspelt, never
                continue  # paired by its neighbours ("Menezes scored 27 goals" / "only Rui Falcão scored more")
            c_names = [x for x in cs if x.kind is SlotKind.ENTITY]
            free = [p for p in ents if not any(names_match(p.text, x.text) for x in c_names)]
            hit = _best(c, free, max(min_align, 0.75), used) if overlap >= 0.5 else None
            # not the one passage name another of the claim's names has ("from [Cheyenne] south")
            others = [x for x in c_names if not names_match(x.text, c.text)]
            sole = {m[0].start for x in others if len(m := [p for p in ents if names_match(p.text, x.text)]) == 1}
            hit = hit or sides.anchored(c, [p for p in ents if not names_match(p.text, c.text) and p.start not in sole], used)
            hit = hit or sides.sole_place(c, free, c_names, used)
            partner = None if hit else sides.partner(c, c_names, ents, used)
            hit = hit or partner
            if hit is not None:
                mismatches.append(Mismatch("entity", c.text, hit.text))
                m_over = max(m_over, sides.rest_overlap(c, hit))
                if partner is not None and sides.gives_a_figure(hit, cs, ps):
                    m_over = max(m_over, _MOVED_ON_TOPIC)  # "$310 million ..., mainly from China and [India]"
            else:
                note(missing, "entity")
        elif c.kind is SlotKind.POLARITY:
            group, sign = c.value  # type: ignore[misc]
            eff = -sign if c.negated else sign
            same = [p for p in ps if p.kind is SlotKind.POLARITY and p.value[0] == group]  # type: ignore[index]
            if group in _COMPASS:  # "35 km northwest of Caraveli" is no answer to "southern Peru"
                same = [p for p in same if _bearing_of(passage, p) == _bearing_of(claim, c)]
            agree = [p for p in same if (-p.value[1] if p.negated else p.value[1]) == eff]  # type: ignore[index]
            moved = _figure_moved(c, eff, cs, ps, claim, passage)
            if moved is not None and best_ov >= 0.25:
                # "profit rose 12 percent" against "down 12 percent", though "higher energy costs" agrees; the
                # same share moved the other way needs less of the rest ("new infections rose by 18 percent in
                # the week to Thursday" / "in the week ending Thursday, new notifications fell by 18 percent")
                mismatches.append(Mismatch("polarity", ("not " if c.negated else "") + c.text, moved.text))
                m_over = max(m_over, _MOVED_ON_TOPIC)  # the same share, beside the other direction: one figure
                continue
            opposed = [p for p in same if p not in agree]
            if agree and opposed:
                # both directions in the passage: the other one counts where it is far closer to the claim's words
                # ("net income rose" against "revenue grew ..., but net income declined")
                hit = _best(c, opposed, min_align * 0.7, set(used))  # (a trial: marks nothing used)
                if hit is not None and _align(c, hit) >= max(_align(c, p) for p in agree) + _POLAR_MARGIN \
                        and max(best_ov, sides.sense_overlap(hit)) >= 0.4:  # fmt: skip
                    used.add(hit.start)
                    mismatches.append(Mismatch("polarity", ("not " if c.negated else "") + c.text,
                                               ("not " if hit.negated else "") + hit.text))  # fmt: skip
                    continue
            if agree:
                note(matched, "polarity")  # not stated: any word of that direction anywhere in the passage agrees
                continue
            hit = _best(c, same, min_align * 0.7, used) or _same_move(c, same, cs, ps, claim, passage) \
                or sides.sole_polar(c, same, cs)
            if hit is not None and group == "state" and not _same_event(claim, c, passage, hit):
                hit = None  # "has halted most container handling" / "stevedores began a 48-hour stoppage"
            if hit is not None and max(best_ov, sides.sense_overlap(hit)) >= 0.4:
                ctext = ("not " if c.negated else "") + c.text
                ptext = ("not " if hit.negated else "") + hit.text
                mismatches.append(Mismatch("polarity", ctext, ptext))
            else:
                note(missing, "polarity")

    best_negs, best_modal = _relevant_polarity(best[0], claim, cw, (best[2], best[3]))
    negation_diff = cw and best_ov >= 0.7 and (c_negs % 2) != (best_negs % 2)
    if negation_diff:  # the negated side's predicate must be what the other side affirms: "were not [affected]"
        negated, other = (claim, best[0]) if c_negs % 2 else (best[0], claim)  # is not answered by "were routed"
        negation_diff = bool(_same_sense(_negated_words(negated)) & _same_sense(content_words(other)))
    if negation_diff and not any(m.kind == "polarity" for m in mismatches):
        mismatches.append(Mismatch("negation", _neg_phrase(claim), _neg_phrase(best[0])))
    # "will hire" fits "plans to hire"; not "could hire"
    modality_gap = bool(cw) and best_ov >= 0.6 and best_modal and not c_modal and not (c_future and not _only_possible(best[0]))
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
    elif not mismatches and len(dates) == 1 and all(c.kind is SlotKind.ENTITY for c in checkable if c not in dates) \
            and (len(checkable) == 2 or (len(checkable) == 1 and not _weekday(dates[0]))):  # fmt: skip
        # a date, and a name, with most of the rest: "Kiptanui broke the course record set in 2019" / "Kiptanui set
        # a new course record ..., improving on the previous best ... set in 2019"; "The new limits will take
        # effect on January 1" / "the new licensing limits, which apply from January 1"
        slots_restated = _slots_restated(claim, checkable, ps, passage, cw)
        slots_restated = slots_restated if slots_restated >= _NAME_DATE_RESTATE else 0.0
    # exact figures only: many values fall within a bound ("fewer than 25 cases" and "14 of them resolved")
    # (a time of day counts as a figure: "shortly before 7 a.m." is an exact time, its "before" no bound)
    times = [d for d in dates if isinstance(d.value, tuple) and d.value[0] == "time"]
    exact = (figures or times) and not mismatches and not any(
        c.bound for c in checkable if c.kind is not SlotKind.ENTITY and c not in times)
    # with the claim's dates, but a weekday ("Sunday's runoff") need not be repeated
    # ... and a time offset ("two weeks earlier") dates the claim rather than counting anything
    dated = [*(c for c in figures if not _OFFSET_AFTER.match(claim, c.end)),
             *(d for d in dates if not _weekday(d))]  # fmt: skip
    counted = any(c.kind is SlotKind.NUMBER or c in times for c in dated)
    figures_restated = _slots_restated(claim, dated, ps, passage, cw) if exact and counted else 0.0
    # an age alone is no anchor: "Alcantar, 61, is the first ..." / "Alcantar, now 61, had denied ..."
    anchored = any(c.kind is SlotKind.NUMBER and c.unit != "age" and not _aged(claim, c) or c in times for c in dated)
    figures_sentence = _figures_sentence(claim, dated, cs, ps, passage, cw) if anchored and not mismatches else ""
    verbatim, misquote = compare_quotes(claim, passage) if '"' in claim or "“" in claim else (False, None)
    if misquote is not None and not verbatim:
        mismatches.append(misquote)
        m_over = 1.0  # the passage quotes most of the quotation's words in order: it is about the same words
    return SlotReport(
        mismatches=tuple(mismatches),
        matched=matched,
        missing=missing,
        claim_slots=counts,
        overlap=overlap,
        precision=precision,
        best_sentence_overlap=best_ov,
        negation_diff=bool(negation_diff),
        modality_gap=modality_gap,
        mismatch_overlap=m_over,
        quote_verbatim=verbatim,
        restate_overlap=_restatement(cw, sents),
        slots_restated=slots_restated,
        figures_restated=figures_restated,
        figures_sentence=figures_sentence,
        stated=tuple(dict.fromkeys(stated)),
        best_sentence=best[0].strip(),
    )


#: The least share of the claim's words a sentence giving its one date (and name) must restate to count as
#: stating it: a name and a year alone may be another event ("Humes died in 1953" / "founded in 1953 by Humes").
_NAME_DATE_RESTATE = 0.7
#: A number that is a time offset: "[two] weeks earlier", "[three] days later", "[six] months ago".
_OFFSET_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:earlier|later|ago|before|after|previously)\b", re.I)
#: A capitalised word right before a number makes it part of a title ("Toy Story [2]", "Apollo [11]").
_TITLE_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s$")


def _titled(text: str, slot: Slot) -> bool:
    """Whether a capitalised word right before the figure makes it part of a title ("Toy Story [2]"), not a
    sentence's first word ("About [260] computers", "Some [4,300] lecturers")."""
    m = _TITLE_BEFORE.search(text[: slot.start])
    return m is not None and m.group(0).strip().lower() not in _HEDGES | _STOP


#: A weekday right before a date: "on Monday, [6 April]".
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$", re.IGNORECASE)
#: Two names joined by "and" or "or" ("China and Spain"), and the word before the pair.
_JOINED = re.compile(r"\s*,?\s+(?:and|or|&)\s+$")


def _pair_of(text: str, slot: Slot, names: Sequence[Slot]) -> tuple[Slot, str] | None:
    """The name ``slot`` is joined to by "and"/"or" (either side), with the word before the pair."""
    for other in names:
        first, second = (other, slot) if other.start < slot.start else (slot, other)
        if other is slot or not _JOINED.fullmatch(text[first.end : second.start]):
            continue
        before = re.findall(r"[a-z]+", text[max(0, first.start - 20) : first.start].lower())
        return other, before[-1] if before else ""
    return None


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


def _same_thing(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether the two words after two counts share a word of one sense ("Three [crew members]" / "Two [crew
    members]"), or neither names anything."""
    def after(text: str, slot: Slot) -> set[str]:
        words = re.findall(r"[A-Za-z][\w'’-]*", text[slot.end : slot.end + 40])[:2]
        return _same_sense({stem(w.lower()) for w in words if _is_content(w.lower())})

    mine, theirs = after(claim, c), after(passage, p)
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
    ways = {c.value for c in cs if c.kind is SlotKind.POLARITY and not c.negated}

    def otherwise(p: Slot) -> bool:  # "on Tuesday" against "on Wednesday", "an increase" against "was cut"
        if p.kind is SlotKind.DATE and days and _weekday(p):
            return p.value not in days
        if p.kind is SlotKind.POLARITY and not p.negated and isinstance(p.value, tuple):
            return any(w[0] == p.value[0] and w[1] != p.value[1] for w in ways)  # type: ignore[index]
        return False

    # the same figure, a bound aside: "up to 1.5 million" is not given by "1.2 million"
    bare = {x: attrs.evolve(x, bound="", in_range=False) for x in (*dated, *ps) if x.kind is SlotKind.NUMBER}

    def gives(c: Slot, p: Slot) -> bool:
        if c.kind is SlotKind.NUMBER:
            return (p.kind is SlotKind.NUMBER and _units_compatible(c.unit, p.unit)
                    and _numbers_equal(bare[c], bare[p]) and _counts_alike(claim, c, passage, p))  # fmt: skip
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


#: Words that make a figure a record: a sentence giving the figure without one does not restate the claim.
_RECORD_WORDS = re.compile(r"\b(?:record|all-time|unprecedented|highest|lowest|largest|biggest|smallest)\b", re.IGNORECASE)
#: What a passage sentence says a record with: its words, or a superlative or a high of its own ("an 11-week high").
_RECORD_ECHO = re.compile(
    r"\b(?:record|all-time|unprecedented|[a-z]+est|highs?|lows?|peak|best|worst|most|least|ever)\b", re.IGNORECASE
)
#: Neighbouring words compared on each side of a slot, the fewest shared to align on them alone,
#: and the claim recall the passage sentence needs (see :class:`_Sides`).
ANCHOR_WORDS, ANCHOR_MIN, ANCHOR_REST = 3, 2, 0.5
#: Stems of the words that round a figure, skipped right before a value when its neighbours are compared.
_HEDGES = frozenset(_suffix_stem(w) for w in "about approximately around roughly nearly almost some estimated".split())
#: A region named after a place and a comma: "Biak[, Papua]", "Kitwe[, Zambia]".
_REGION_AFTER = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s*(?:[,.;]|$))")
#: Claim recall the sentence holding a passage's only date or number needs to align with the claim's only
#: one (see :meth:`_Sides.sole`).
SOLE_REST = 0.6
#: How on topic a passage is taken to be whose sentence gives the claim's share moving the other way.
_MOVED_ON_TOPIC = 0.75
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
#: A superlative, then "since" right before a year: "the [deadliest] ... since", "the [highest] level since".
_RECORD_SINCE = re.compile(
    r"\b(?P<sup>[a-z]{3,}iest|[a-z]{3,}est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\b[^.;!?]{0,60}?\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)


class _Sides:
    """Word neighbours of slots in a claim and a passage, for aligning a slot by the words right next to it.

    Two values fill the same slot when the words immediately before or after them
    agree ("studied at X and [Y]" / "educated at X and [Z]") and the sentence holding
    the passage's value restates the rest of the claim.
    """

    def __init__(self, claim: str, passage: str, claim_words: set[str]) -> None:
        self.claim, self.passage, self.claim_words = claim, passage, claim_words

    @cached_property
    def _tok(self) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        return _stem_tokens(self.claim), _stem_tokens(self.passage)  # only when a slot needs aligning

    @cached_property
    def _sents(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return _sentences(self.claim), _sentences(self.passage)

    def side(self, in_passage: bool, start: int, end: int, forward: bool) -> list[str]:
        """Up to ``ANCHOR_WORDS`` word stems next to [start, end) of the claim or passage, within its
        sentence, nearest first."""
        lo, hi = _sentence_of(self._sents[in_passage], start)
        toks = self._tok[in_passage]
        if forward:
            return [t for t, s, e in toks if s >= end and e <= hi][:ANCHOR_WORDS]
        before = [t for t, s, e in reversed(toks) if e <= start and s >= lo]
        while before and before[0] in _HEDGES:  # "will own [approximately] 54%": the hedge is the figure's own
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

    def rest_overlap(self, c: Slot, p: Slot) -> float:
        """Share of the claim's content words, less the slot's own, found in the sentence holding ``p``."""
        own = c.text
        if c.kind is SlotKind.POLARITY:  # "[south]west": the whole word is the slot's
            lo = len(re.search(r"[\w-]*$", self.claim[: c.start]).group())  # type: ignore[union-attr]
            hi = len(re.match(r"[\w-]*", self.claim[c.end :]).group())  # type: ignore[union-attr]
            own = self.claim[c.start - lo : c.end + hi]
        if c.kind is SlotKind.ENTITY and (region := _REGION_AFTER.match(self.claim, c.end)):
            own += " " + region.group(1)  # "in Biak, Papua": the region is part of the place
        rest = _same_sense(self.claim_words - content_words(own))  # "study" ~ "findings"
        return len(rest & self._senses_at(p)) / len(rest) if rest else 0.0

    def sense_overlap(self, p: Slot) -> float:
        """Share of the claim's senses (:data:`_SYNONYMS`) in the passage sentence holding ``p`` ("pushed the
        flames" / "drove the fire")."""
        senses = _same_sense(self.claim_words)
        return len(senses & self._senses_at(p)) / len(senses) if senses else 0.0

    def _senses_at(self, p: Slot) -> set[str]:
        """The senses of the passage sentence holding ``p``."""
        lo, hi = _sentence_of(self._sents[True], p.start)
        return _same_sense(content_words(self.passage[lo:hi]))

    def anchored(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The candidate sharing the most neighbouring words with ``c`` (at least ``ANCHOR_MIN``), if its
        sentence restates the rest of the claim (recall at least ``ANCHOR_REST``)."""
        scored = [(self.anchor(c, p), -p.start, p) for p in cands if p.start not in used]
        scored = [t for t in scored if t[0] >= ANCHOR_MIN]
        if not scored:
            return None
        _, _, p = max(scored, key=lambda t: (t[0], t[1]))
        if self.rest_overlap(c, p) < ANCHOR_REST:
            return None
        used.add(p.start)
        return p


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
            if p.start in used or self.rest_overlap(c, p) < SOLE_REST:
                continue
            words = _same_sense(content_words(self.passage[span[0] : span[1]]))
            # (a weekday, not the report's day: not "the hospital said on Monday")
            weekday = _weekday(c) and not _SAID_ON.search(self.passage[max(0, p.start - 40) : p.start])  # fmt: skip
            clock = isinstance(c.value, tuple) and c.value[0] == "time"  # "forced a rear window at [3:40 a.m.]"
            if not (near <= words or ((weekday or clock) and 2 * len(near & words) >= len(near))):
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
            if p.start in used or p.bound or p.unit != c.unit:
                continue
            span = _sentence_of(sents, p.start)
            inside = [x for x in passage_slots if x.kind is SlotKind.NUMBER and x.unit == c.unit
                      and _sentence_of(sents, x.start) == span]  # fmt: skip
            rest = [x for x in inside if x is not p]
            if len(rest) != len(others) or not all(any(_same_value(o, x) for x in rest) for o in others):
                continue
            if self.rest_overlap(c, p) >= ANCHOR_REST:
                used.add(p.start)
                return p
        return None

    def month_otherwise(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's one date of the claim's month on another day or in another year, in a sentence restating
        the rest of the claim (recall at least ``ANCHOR_REST``): "phased in from [January 2026]" against "the first
        increase applying from [January 2027]", "takes effect on [1 October]" against "shall apply from [15
        October 2024]"."""
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
            if (other_year or other_day) and self.rest_overlap(c, p) >= ANCHOR_REST:
                fits.append(p)
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def range_end(self, c: Slot, cands: Sequence[Slot], used: set[int]) -> Slot | None:
        """The end of the passage's one date range, for the end of the claim's: "from June 1 until [the end of
        October]" against "from 1 June to [30 November]"."""
        if c.kind is not SlotKind.DATE or not _DATE_RANGE_END.search(self.claim[max(0, c.start - 60) : c.start]):
            return None
        fits = [p for p in cands if p.start not in used and _DATE_RANGE_END.search(self.passage[max(0, p.start - 60) : p.start])]
        if len(fits) != 1 or self.rest_overlap(c, fits[0]) < ANCHOR_REST:
            return None
        used.add(fits[0].start)
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
        prep = _place_prep(self.claim, c.start)
        if prep is None or sum(_place_prep(self.claim, x.start) == prep for x in claim_names) != 1:
            return None
        fits = [p for p in free if p.start not in used and _place_prep(self.passage, p.start) == prep
                and self.rest_overlap(c, p) >= ANCHOR_REST]  # fmt: skip
        if len(fits) != 1:
            return None
        used.add(fits[0].start)
        return fits[0]

    def one_of_unit(self, c: Slot, cands: Sequence[Slot], claim_slots: Sequence[Slot], used: set[int]) -> Slot | None:
        """The passage's only age, score or temperature, when the claim has one too and the sentence holding
        it restates the rest of the claim: "the [54]-year-old was arrested" against "arrested the man, aged
        [55]"."""
        if c.unit not in _SPECIFIC_UNITS or sum(x.unit == c.unit for x in claim_slots) != 1:
            return None
        fits = [p for p in cands if p.unit == c.unit]
        if len(fits) != 1 or fits[0].start in used or self.rest_overlap(c, fits[0]) < ANCHOR_REST:
            return None
        used.add(fits[0].start)
        return fits[0]

    def displaced(self, c: Slot, same: Sequence[Slot], other: Sequence[Slot], used: set[int]) -> Slot | None:
        """A different value standing where the claim's value stands, though the passage states the
        claim's value elsewhere ("Dolphin Tale [6]" against "Dolphin Tale [2] ... rated 6/10"). Not for
        bounds ("fewer than 16"), which many values satisfy."""
        if c.bound or any(self.anchor(c, p) for p in same):
            return None
        # "cut the rate to [19.5 percent] from 20.5 percent": the value a change started from displaces nothing
        other = [p for p in other if not _moved_from(p, self.passage)]
        return self.anchored(c, other, used)


_FROM_BEFORE = re.compile(
    r"(?:\bto\s+[$€£¥₩]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s*,?\s+|\b(?:up|down)\s+)from\s+(?:about\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


#: What stands before the end of a date range: "from June 1 [until the end of] October", "from 1 June [to] 30 November".
_DATE_RANGE_END = re.compile(
    r"\bfrom\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+(?:until|till|to|through|thru)\s+"
    r"(?:the\s+end\s+of\s+|the\s+middle\s+of\s+|mid-?|late\s+|early\s+)?$"
)
_PART_OF_YEAR = re.compile(r"\b(?:mid|early|late|end)-((?:19|20)\d\d)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:last|previous|prior)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b", re.IGNORECASE)


def _last_year_of(c: Slot, p: Slot, claim: str) -> bool:
    """Whether passage year ``p`` is the year before claim year ``c`` and the claim speaks of "last year" too."""
    cv, pv = c.value, p.value
    return (isinstance(cv, tuple) and isinstance(pv, tuple) and cv[0] == pv[0] == "year"
            and pv[1] == cv[1] - 1 and _LAST_YEAR.search(claim) is not None)  # type: ignore[index]  # fmt: skip


#: What dates a figure to the year before: "from 6,300 at the end of September [last year]", "a year earlier".
_YEAR_BEFORE = re.compile(
    r"[^.;!?]{0,50}?\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|"
    r"(?:in|during)\s+the\s+same\s+(?:month|period|quarter|week)\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year)\b",
    re.IGNORECASE,
)


def _year_before(slot: Slot, text: str) -> bool:
    """Whether a figure is dated to the year before by the words after it, before the next figure."""
    tail = text[slot.end : slot.end + 70]
    cut = re.search(r"\d", tail)
    return _YEAR_BEFORE.match(tail[: cut.start()] if cut else tail) is not None


def _moved_from(slot: Slot, text: str) -> bool:
    """Whether a value is the one a change started from ("to 19.5 percent [from 20.5 percent]", "up from 3")."""
    return bool(_FROM_BEFORE.search(text[max(0, slot.start - 40) : slot.start]))


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in spans if a <= pos <= b), spans[-1])


def _stem_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(stem(t.lower()), s, e) for t, s, e in _tokens(text)]


def _same_value(c: Slot, p: Slot) -> bool:
    """Whether passage slot ``p`` states claim slot ``c``'s value (an exact figure, not a bound's)."""
    if c.kind is not p.kind or p.negated:
        return False
    if c.kind is SlotKind.NUMBER:
        return not c.bound and _units_compatible(c.unit, p.unit) and _numbers_equal(c, p) and not _only_within(c, p)
    if c.kind is SlotKind.DATE:
        return not c.bound and bool(_dates_equal(c, p))
    return c.kind is SlotKind.ENTITY and _squash(c.text) == _squash(p.text)  # "Lindqvist" is not "Erik Lindqvist"


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
                               else supports)  # fmt: skip
        for c in mine for p in _extract(passage)
    )


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

    return bool(around(claim, c) & around(passage, p))


#: Verbs of opposite events: a day next to one is no day of the other.
_OPPOSITE_EVENTS = (
    ("leave", "return"), ("depart", "return"), ("evacuate", "return"), ("flee", "return"), ("arrive", "leave"),
    ("arrive", "depart"), ("open", "close"), ("start", "end"), ("begin", "end"), ("launch", "end"), ("enter", "exit"),
    ("join", "leave"), ("hire", "fire"), ("elect", "resign"),
)


@lru_cache(maxsize=1)
def _opposite_stems() -> tuple[tuple[str, str], ...]:
    return tuple((stem(a), stem(b)) for a, b in _OPPOSITE_EVENTS)


def _other_event(c: Slot, p: Slot) -> bool:
    """Whether the words around two dates name opposite events ("leave" / "return"), so they are no one slot."""
    cw, pw = {w for w, _ in c.context}, {w for w, _ in p.context}
    return any((a in cw and b in pw and b not in cw) or (b in cw and a in pw and a not in cw) for a, b in _opposite_stems())


def _as_bounded(slot: Slot, text: str) -> str:
    """The value as a mismatch reports it, with the words of its bound as written: "up to 240", "before 2019"."""
    if not slot.bound or _PLUS_MINUS.fullmatch(slot.text):
        return slot.text  # "2.5±1%" says its range itself
    before = " ".join(re.findall(r"[a-z]+", text[max(0, slot.start - 24) : slot.start].lower()))
    bounds = _LOWER | _UPPER | _INCLUSIVE
    words = max((w for w in bounds if before == w or before.endswith(" " + w)), key=len, default=None)
    if words is None and slot.in_range:
        words = "at least" if slot.bound == "gt" else "at most"  # "between 30 and [40]": one end of it
    return f"{words} {slot.text}" if words else slot.text


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


def _negated_words(text: str, reach: int = 3) -> set[str]:
    """Stems of the content words a negation governs: the first ``reach`` words after "not", "never", "n't"
    ("had not yet [paid] the [fine]")."""
    toks = [t[0].lower() for t in _tokens(text)]
    out: set[str] = set()
    for i, w in enumerate(toks):
        if w in _VERBAL_NEG:
            out.update(stem(x) for x in toks[i + 1 : i + 1 + reach] if _is_content(x))
    return out


def _neg_phrase(text: str) -> str:
    toks = [t[0] for t in _tokens(text)]
    for i, t in enumerate(toks):
        if t.lower() in _NEGATIONS:
            return " ".join(toks[max(0, i - 1) : i + 2])
    return "affirmed"


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
