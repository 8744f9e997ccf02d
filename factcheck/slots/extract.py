"""Finding slots in a text (:func:`extract_slots`): numbers with scales and units (:func:`parse_number`),
dates, names and polarity words, each with its bound, hedge and the content words around it."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import attrs

from factcheck.segment import _DATELINE_PLACE
from factcheck.segment import _LOWER as _SMALL_LETTERS
from factcheck.segment import _UPPER as _CAPITALS
from factcheck.slots.lexicon import (
    _BEARING, _CLAUSE_BREAK, _CLAUSE_WORDS, _COMPASS, _CURRENCY_CODE, _CURRENCY_WORD, _HEDGES, _INCLUSIVE, _LOWER,
    _NEGATIONS, _POLARITY_WORD, _PHRASAL, _TIME_HEADS, TRADE_NOUN, _UNITS_SMALL, _UPPER, _WEAK_POLAR, _is_content,
    _phrasal, _sentences, stem, _tokens,
)
from factcheck.slots.names import _squash
from factcheck.slots.records import Slot, SlotKind


#: The rest of a compass word and "of" after it: a bearing from a place ("north[west of] Caraveli", "south[-west of]").
_BEARING_OF = re.compile(r"[\w-]*\s+of\b")


def _bearing_of(text: str, slot: Slot) -> bool:
    """Whether a compass word gives a bearing from a place ("35 km [north]west of Chivay"), not a region ("[southern]
    Peru")."""
    return _BEARING_OF.match(text, slot.end) is not None


_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "thirds": 1 / 3, "quarters": 0.25, "fifth": 0.2,
              "fifths": 0.2, "tenths": 0.1}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian copy: "Tk 2 lakh" is 200,000 taka
}  # fmt: skip
#: Units of measure, by the word after a figure: (dimension, size in the dimension's base unit). Figures in one
#: dimension are compared converted ("3.2-tonne" / "3,200 kilograms", "42 acres" / "17 hectares").
_MEASURES = {
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilos"), ("mass", 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), ("mass", 1000.0)),
    **dict.fromkeys(("quintal", "quintals"), ("mass", 100.0)),
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), ("length", 1000.0)),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), ("length", 1.0)),
    **dict.fromkeys(("mi", "mile", "miles"), ("length", 1609.344)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"), ("length", 0.01)),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters"), ("length", 0.001)),
    **dict.fromkeys(("inch", "inches"), ("length", 0.0254)),
    **dict.fromkeys(("ft", "foot", "feet"), ("length", 0.3048)),
    **dict.fromkeys(("hectare", "hectares", "ha"), ("area", 1e4)),
    # volumes in litres ("96 litres of rain per square metre", "1.2 million gallons")
    **dict.fromkeys(("litre", "litres", "liter", "liters"), ("volume", 1.0)),
    **dict.fromkeys(("millilitre", "millilitres", "milliliter", "milliliters", "ml"), ("volume", 0.001)),
    **dict.fromkeys(("gallon", "gallons"), ("volume", 3.785411784)),
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
#: Dollars of every country are one unit, as "Canadian dollars" is ("C$1.47 billion", "N$1,200", "F$6"; any
#: letters before "$" not listed here are a dollar; see _CURRENCY_WORD). "RD$" and "Mex$" are pesos, "R$" reais.
_CURRENCY_SYMBOL = {
    "$": "usd", "us$": "usd", "r$": "brl", "rd$": "peso", "mex$": "peso", "€": "eur",
    "£": "gbp", "¥": "jpy", "₩": "krw", "₦": "ngn", "₹": "inr", "₱": "peso",
    "₺": "lira", "฿": "thb", "₫": "vnd", "₴": "uah", "₽": "rub",
}  # fmt: skip
#: A country's or region's name before a currency word ("Swiss francs", "Hong Kong dollars"): up to two words.
_CURRENCY_QUALIFIED = re.compile(r"\s*(?:[A-Z][A-Za-z]+\s+){1,2}([a-z]+)\b")
_CURRENCY_PREFIX = {
    "tk": "bdt", "rs": "inr", "rp": "idr", "ksh": "shilling", "kes": "shilling", "sh": "shilling", "r": "zar",
    "rm": "myr", "n": "ngn", "php": "peso", "p": "peso", "tsh": "shilling", "ush": "shilling",
    "k": "k",  # kina and kwacha both write "K14.2 million": one unit, as the dollars are
    # (and "P" writes both pesos, in Philippine copy, and pula, in Botswana's: pula are that unit too)
    "e": "szl", "nu": "btn",  # emalangeni ("E61 million"), ngultrum ("Nu 1.9 billion")
    "jd": "dinar", "kd": "dinar", "dh": "dirham", "dhs": "dirham",  # "JD7.4 million", "KD 12 million", "Dh50"
}  # fmt: skip

_UNIT_RE = (
    r"(?P<unit>%|percentage[\s-]+points?\b|points?\b|pct\.?\s*points?\b|basis[\s-]+points?\b|bps\b|bp\b|"
    r"per\s?cent\b|percent\b|pct\b|p\.?p\.?(?![a-z]))"
)
_NUM_RE = re.compile(
    # "Sh1.5 million": a prefix written on
    # (after a hyphen only as a range's upper end with its scale: "800-[840 million] euros")
    r"(?:(?<![\w.\-/:])|(?<=\d-)(?=\d[\d,.]*\s?(?:billion|million|trillion|bn|mn)\b))"
    r"(?P<cur>(?:[A-Z]{1,3}|Mex)\$|[$€£¥₩₦₹₱₺฿₫₴₽]"
    r"|(?:KSh|TSh|USh|Sh|Tk|Rs|Rp|RM|JD|KD|Dhs?)\.?(?=\d)|R(?=\d)"
    # "N600" is naira in Nigerian copy; "N95" masks and "N1" roads are not
    r"|N(?=\d{2,}|\d[.,]\d)(?!95\b)"
    # "P29.8 billion" is pesos in Philippine copy; a form ("P45") or a lab grade ("P3") is not
    r"|P(?=\d[\d,.]*[\s-]?(?:billion|million|trillion|bn|mn)\b|\d{1,3}(?:,\d{3})+"
    # ... and so is a price by the unit ("around P95 a kilo"), or a price it moved from ("up from roughly P70")
    r"|\d[\d.]*\s+(?:a|per|each)\s+(?:kilo|kilogram|kg|litre|liter|sack|piece|head|month|day)\b"
    # ... or a fare ("cost P150 one way", "the P210 charged by coaches")
    r"|\d{2,}(?:\.\d+)?\s+(?:one[\s-]way|return|charged|each|apiece)\b)"
    r"|(?:(?<=costs\s)|(?<=cost\s)|(?<=fare\sof\s)|(?<=fares\sof\s)|(?<=class\s)|(?<=berth\s))P(?=\d{2,}(?:\.\d+)?\b)"
    r"|(?:(?<=from\s)|(?<=from\sabout\s)|(?<=from\saround\s)|(?<=from\sroughly\s))P(?=\d)"
    # "K14.2 million" is kina (or kwacha) in Papua New Guinean (Zambian) copy; "K2" and "K9" are not
    r"|K(?=\d[\d,.]*[\s-]?(?:billion|million|trillion|bn|mn)\b|\d{1,3}(?:,\d{3})+)"
    # "E61 million" is emalangeni in Eswatini copy; an "E10" fuel and the "E45" road are not
    r"|E(?=\d[\d,.]*[\s-]?(?:billion|million|trillion|bn|mn)\b|\d{1,3}(?:,\d{3})+))?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<scale1>[kKmMbB]|\s?bn|\s?mn|\s?mln|\s?bln|\s?tn|\s?trn)(?![A-Za-z\d])|(?:\s*|-)(?P<scale2>hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)?"
    r"(?:(?:\s*|-(?=(?:percentage[\s-]+|basis[\s-]+)?points?\b|per\s?cent\b|percent\b))" + _UNIT_RE + r")?"
    # a unit of measure may be written on ("1.5MW", "12km"); a decimal is never cut short ("1" of "1.5MW")
    r"(?:(?![\w])|(?=(?:[kMGT]Wh?|km|kg|mm|cm|ha)\b))(?![.,]\d)(?!:\d)"
)
_WORDNUM_TOKENS = (
    "|".join(sorted(_UNITS_SMALL, key=len, reverse=True))
    + "|half|quarters?|thirds?|fifths?|tenths|hundred|thousand|million|billion|trillion|lakhs?|crores?"
)
#: "and" inside one number: after its scale ("two hundred and eight") or before a fraction ("one and a half"); not
#: between two ("between six and eight metres").
_AND_IN_A_NUMBER = r"(?:(?<=hundred\s)|(?<=thousand\s)|(?<=million\s)|(?<=billion\s))and|and(?=\s+an?\s)"
_WORDNUM_RE = re.compile(
    r"\b(?P<num>(?:(?:a|an|one|" + _WORDNUM_TOKENS + r")(?:[\s-]+(?:" + _AND_IN_A_NUMBER + r"|of|a|an)?[\s-]*)?)*"
    r"(?:" + _WORDNUM_TOKENS + r"))\b(?:(?:\s+of)?(?:\s+an?)?\s+" + _UNIT_RE + r")?",
    re.IGNORECASE,
)
#: A person counted as one: "[one] person with injuries", "one woman died" (alone, "one" is too often no count).
_ONE_PERSON = re.compile(
    r"\s+(?:person|man|woman|child|boy|girl|worker|patient|passenger|resident|soldier|student|victim|firefighter"
    r"|pilgrim|miner|fisherman|tourist|driver|climber|hiker|crew\s+member)\b(?!['’])",
    re.IGNORECASE,
)
#: A container unit's name: "twenty-foot equivalent units (TEU)", "forty-foot equivalent".
_TEU = re.compile(r"(?:twenty|forty|20|40)[- ](?:foot|ft)\s+equivalent", re.IGNORECASE)
#: "One" as no count: "no one person", "any one patient", "at any one time".
_NO_ONE = re.compile(r"\b(?:no|any|every|each)\s+$", re.IGNORECASE)
#: A count of some out of a total ("[one of] two people who lost their lives"): the figure is the total.
_ONE_OF = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?=\w)", re.IGNORECASE)
_MONTH_RE = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"


#: Thousands grouped by spaces, as in South African or French copy: "62 000 small-stock deaths", "R1 250 000"; not
#: a day of the month and a count ("on May 12 300 people"), nor a code opening with a zero.
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)")
_DAY_BEFORE = re.compile(_MONTH_RE + r"\s+$|\d[ \u00a0\u202f]$", re.IGNORECASE)


def _thousands_commas(text: str) -> str:
    """``text`` with the spaces grouping thousands written as commas, the same length, so that a number reads as
    one ("62 000" as "62,000") at the same offsets."""
    if not _SPACED_THOUSANDS.search(text):
        return text
    out = list(text)
    for m in _SPACED_THOUSANDS.finditer(text):
        if _DAY_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        for i in range(m.start(), m.end()):
            if text[i] in " \u00a0\u202f":
                out[i] = ","
    return "".join(out)


_DATE_RES = (
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(?P<year>\d{4})\b)?"),
    re.compile(r"\b" + _MONTH_RE + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b"),
)
#: Two days of one month: "from 14 to 23 April 2025", "14-23 April".
_DAY_RANGE_RE = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|until|through)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH_RE + r"(?:,?\s+(?P<year>\d{4})\b)?"
)
#: Two days of one month, the month named first: "from July 18 to [27]", "July 18-[27]" (the second is a date of July).
_MONTH_DAY_RANGE_RE = re.compile(
    _MONTH_RE + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|until|through)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[,;)]|\.(?!\d)|$|\s+(?:and|in|at|on|with|this|last|next|\d{4})\b))"
)
_WEEKDAY_RE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
#: Two days of one month listed: "[15] and 16 July 2025", "Tuesday [15] and Wednesday 16 July" (the first is a date of
#: July too); "July 15 and [16]" (the second is).
_DAY_LIST_RE = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+and\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"\b"
)
_MONTH_DAY_LIST_RE = re.compile(
    r"\b" + _MONTH_RE + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+and\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?![\s-]*(?:%|[a-z]|\d))"
)
#: A season of a year: "in spring 2026", "the autumn of 2025", "by late summer 2027" (value ``("season", n, year)``).
_SEASON_RE = re.compile(
    r"\b(?:(?:early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_SEASONS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
#: A quarter of a year: "the first quarter of 2026", "Q3 2025" (value ``("quarter", n, year)``).
_QUARTER_RE = re.compile(
    r"\b(?:(?P<n>first|second|third|fourth|[1-4](?:st|nd|rd|th))[\s-]+quarter\s+(?:of\s+)?|Q(?P<q>[1-4])\s+)"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: A time of day: "10:40 p.m.", "4 p.m.", "11am", "noon", "midnight", and a 24-hour "15:20" after "at", "from",
#: "until", "by" ... (also "at approximately 02:10"); its value is minutes after midnight.
_TIME_OF_DAY = re.compile(
    r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?:at|by|to|from|until|till|before|after|around|about|since|between|and|as\sof)\s"
    r"(?:(?:approximately|about|around|roughly|some|just|shortly|exactly|precisely)\s(?:(?:after|before)\s)?)?"
    r"(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?![\w:.]\d)(?!\s?[ap]\.?\s?m\b)"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)
#: Capital letters of the Latin alphabets beyond A-Z: a name may open on one ("İzmir", "Łódź", "Óbuda", "Çorum").
_CAPITALS = "A-Z" + "".join(chr(i) for i in range(0xC0, 0x250) if chr(i).isupper())
_ENTITY_RE = re.compile(
    r"(?<![\w])(?:(?:St|Ste|Mt|Ft)\.\s*(?=[A-Z][a-z]))?"  # "St. Jean Baptiste", "Ste. Agathe": the abbreviation too
    rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{_CAPITALS}][\w'’\-]*)"
    r"(?:\s+(?:(?:of|de|del|da|di|della|delle|dei|degli|do|dos|das|al|bin|ibn|von|van|der|la|le|du|the)\s+)?"
    rf"(?:[A-Z]\.(?:[A-Z]\.)*|[{_CAPITALS}][\w'’\-]*))*"
)

#: A body's name with "for" inside, after a word that heads such names: "International Union for Conservation of
#: Nature", "Ministry for Foreign Affairs" (not "swapped Messi for Ronaldo").
_BODY_FOR = re.compile(
    r"(?P<name>(?:(?!The\b)[A-Z][\w'’-]*\s+){0,4}(?:Union|Centre|Center|Institute|Ministry|Council|Commission|Agency"
    r"|Office|Fund|Foundation|Society|Association|Committee|Department|Organi[sz]ation|Alliance|Coalition|Network"
    r"|Bureau|Secretariat|Board|Authority|Trust|Campaign|Movement|Party|League|Federation|Programme|Program)"
    r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|de)\s+)?[A-Z][\w'’-]*){0,5})"
)
#: A place compounded before a name: "[Gaborone]-based", "[Dublin]-headquartered".
_SEAT_BEFORE = re.compile(r"([A-Z][\w'’]*)-(?:based|born|owned|run|led|headquartered|registered)")
_NON_ENTITY = frozenset(
    """the a an in on at for and but or if he she it they we i you his her their its this that these those there
    then when while after before since as by from with according however meanwhile also yet so not no but
    mr mrs ms dr president prime minister state media officials official sources source said says
    of among against amid beneath beside despite during into onto toward towards until upon although because
    unless whereas nor every""".split()
)


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
    for last, w in zip(["", *words], words, strict=False):
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
            plural = w in ("thirds", "quarters", "fifths", "tenths")
            if current and not pending_a and (plural or (current == 1 and last == "one")):
                current *= frac  # "two thirds"; "one third" is "a third", not 1 1/3
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


#: A nautical mile, in metres.
_NAUTICAL_MILE = 1852.0
_DIMENSIONS = frozenset(dim for dim, _ in _MEASURES.values()) | {"speed"}


def _prefix_at(text: str, start: int) -> tuple[str, int] | None:
    """(currency, where its prefix starts) for a prefix right before a figure ("Tk 2 lakh", "Rs 500 crore", "NOK
    65"), or None."""
    lo = max(0, start - 5)
    m = re.search(r"\b([A-Za-z]{2,3})\.?\s?$", text[lo:start])
    currency = _prefix_currency(m.group(1)) if m else None
    return (currency, lo + m.start()) if m and currency else None


def _prefix_currency(word: str) -> str | None:
    """The currency a word written before a figure names: a code ("NOK") or a local prefix ("Tk", "Rs")."""
    return _CURRENCY_CODE.get(word) or _CURRENCY_PREFIX.get(word.lower())


def _currency_before(text: str, start: int) -> str | None:
    """The currency a prefix right before a figure names ("Tk 2 lakh", "Rs 500 crore"), or None."""
    prefix = _prefix_at(text, start)
    return prefix[0] if prefix else None


#: The hundredth parts of currencies, by name, with the currency each is of where the name tells it.
_SMALL_COINS: dict[str, str | None] = {
    "cents": "usd", "pence": "gbp", "centimos": None, "céntimos": None, "centavos": None, "centimes": None,
    "kopecks": None, "kopeks": None, "paise": "inr", "tiyin": None, "tyiyn": None,
}


def _words_after(text: str, end: int) -> list[str]:
    """The words right after a figure, lower case, stripped of stops and commas ("1.9-billion-[euro]")."""
    return [w.strip(".,") for w in re.split(r"[\s-]+", text[end : end + 16].lower()) if w]


def _currency_after(text: str, end: int, after: list[str] | None = None) -> str | None:
    """The currency a word right after a figure names ("4.5 million pesos", "1.9-billion-euro", "12 Swiss
    francs"), or None; ``after``: :func:`_words_after` of the figure, when already read."""
    spelt = _SPELT_OUT.match(text, end)
    if spelt is not None:  # "the sum of 168,000,000 (one hundred and sixty-eight million) CFA francs"
        return _currency_after(text, spelt.end())
    after = _words_after(text, end) if after is None else after
    if after and after[0] in _CURRENCY_WORD:
        return _CURRENCY_WORD[after[0]]
    if (code := _CODE_AFTER.match(text, end)) is not None and code.group(1) in _CURRENCY_CODE:
        return _CURRENCY_CODE[code.group(1)]  # "2.6 billion XPF"
    m = _CURRENCY_QUALIFIED.match(text, end)
    return _CURRENCY_WORD.get(m.group(1)) if m else None


#: A currency's code right after a figure: "2.6 billion [XPF]".
_CODE_AFTER = re.compile(r"\s+([A-Z]{3})\b")
#: A figure right before a currency's code: "[2.6 billion] XPF".
_FIGURE_BEFORE = re.compile(r"\d(?:\s+(?:thousand|million|billion|trillion|bn|m))?\s+$")
#: Francs right after a currency's letters: "CFP [francs]", "CFA [francs]".
_FRANCS_AFTER = re.compile(r"\s+francs?\b")


#: A figure spelt out again in words, in brackets right after it, as deeds and judgments write sums.
_SPELT_OUT = re.compile(
    r"\s*\((?:[a-z]+[\s-]+){0,12}"
    r"(?:hundred|thousand|million|billion"
    r"|[a-z]+(?:ty|teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\)"
)


def _measure_after(text: str, end: int) -> tuple[str, float] | None:
    """(dimension, size) of a unit of measure right after a figure ("3,200 kilograms", "3.2-tonne", "42 acres")."""
    speed = _SPEED_AFTER.match(text, end)
    if speed is not None:  # "65 mph", "65 miles per hour", "100 km/h": a speed, in km/h
        return "speed", _SPEEDS[speed.group(1).lower().replace("kilometer", "kilometre")]
    parts = _PARTS_PER_AFTER.match(text, end)
    if parts is not None:  # "428.6 parts per million", "428.6 ppm": a concentration, in parts per million
        return "concentration", _PARTS_PER[(parts.group(1) or parts.group(2)).lower()]
    cubic = _CUBIC_AFTER.match(text, end)
    if cubic is not None:  # "18 million cubic feet", "120 bcf", "14 mmcfd", "3 m3": a volume, in litres
        return "volume", _CUBIC[(cubic.group("side") or cubic.group("abbr")).lower().rstrip(".")]
    square = _SQUARE_AFTER.match(text, end)
    if square is not None:  # "10 square kilometres", "4.4 sq km", "4.2 km2": an area, in square metres
        word = (square.group("side") or square.group("side2")).lower().rstrip(".")
        return "area", _MEASURES[_SQUARE_SIDES.get(word, word)][1] ** 2
    if _METRES_AFTER.match(text, end):  # "declined by 0.58 m since April", "a wall 2.5 m high"
        return "length", 1.0
    # "a 12km road", "eight-tenths of an inch"
    # (and "120 new hectares", "15 more kilometres": a word of how many more between the figure and its unit)
    # ("90 calendar days", "30 working days": days still)
    m = re.match(r"(?:\s+of\s+an?\s+|\s+|-|(?=[A-Za-z]))(?:(?:new|additional|extra|more|further)\s+(?=[a-z]))?"
                 r"(?:(?:calendar|working|business|consecutive|clear)\s+(?=(?:days?|weeks?|months?)\b))?"
                 r"(?:metric\s+|(nautical)\s+)?([A-Za-z]+)\b([\s-]hours?\b)?",
                 text[end : end + 30])
    if m is None:
        return None
    unit = _MEASURES.get(m.group(2).lower())
    if m.group(1) and unit == _MEASURES["miles"]:
        return "length", _NAUTICAL_MILE  # "75 nautical miles": 139 km
    if unit is not None and unit[0] == "power" and m.group(3):  # "1.5 billion kilowatt-hours": energy
        return "energy", unit[1]
    return unit


#: A lone "m" after a figure and a space, before a stop or a word that goes with a length: metres, not a million
#: ("0.58 m since April", "2.5 m high"; "3m units" and "4.1 m euros" are millions).
_METRES_AFTER = re.compile(
    r"\s+m(?=\s*(?:[.,;:)]|$)|\s+(?:high|long|deep|wide|tall|thick|above|below|since|in|from|to|and|at|on|by|higher"
    r"|lower|deeper|under|over|across|along)\b)"
)
#: A concentration after a figure: "parts per million", "ppm", "ppb"; by its scale, its size in parts per million.
_PARTS_PER_AFTER = re.compile(
    r"(?:\s+|-)(?:parts?\s+per\s+(million|billion|trillion)\b|(pp[mbt])\b)", re.IGNORECASE
)
_PARTS_PER = {"million": 1.0, "ppm": 1.0, "billion": 1e-3, "ppb": 1e-3, "trillion": 1e-6, "ppt": 1e-6}
_PARTS_PER_SCALE = re.compile(r"\bparts?\s+per\s+$", re.IGNORECASE)
#: A square unit after a figure: "square kilometres", "sq km", "sq. miles", "km2", "km²".
_SQUARE_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:square|sq\.?)[\s-]+(?P<side>km|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m)\b"
    r"|(?P<side2>km|mi|m)(?:2|²)(?!\w))",
    re.IGNORECASE,
)
_SQUARE_SIDES = {"mi": "miles", "m": "metres"}
#: A cubic unit after a figure ("cubic feet", "cu m", "m3") or a gas trade's abbreviation of one: "bcf" (billion
#: cubic feet), "tcf", "mmcf" (million), "mmcfd" (million a day: read as the volume, as "... per day" is) and
#: "bcm" (billion cubic metres).
_CUBIC_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:cubic|cu\.?)[\s-]+(?P<side>feet|foot|ft|metres?|meters?|m)\b"
    r"|(?P<abbr>m3|m³|bcf|tcf|mmcf|mmcfd|mmscfd|bcm|tcm)(?!\w))",
    re.IGNORECASE,
)
_CUBIC_FOOT, _CUBIC_METRE = 28.316846592, 1000.0
_CUBIC = {
    **dict.fromkeys(("feet", "foot", "ft"), _CUBIC_FOOT), **dict.fromkeys(("metres", "metre", "meters", "meter",
    "m", "m3", "m³"), _CUBIC_METRE), "bcf": 1e9 * _CUBIC_FOOT, "tcf": 1e12 * _CUBIC_FOOT, "mmcf": 1e6 * _CUBIC_FOOT,
    "mmcfd": 1e6 * _CUBIC_FOOT, "mmscfd": 1e6 * _CUBIC_FOOT, "bcm": 1e9 * _CUBIC_METRE, "tcm": 1e12 * _CUBIC_METRE,
}  # fmt: skip
#: Units of speed, in kilometres per hour (a factor of at least one, so a converted figure keeps its rounding).
_SPEEDS = {"mph": 1.609344, "miles": 1.609344, "mile": 1.609344, "km/h": 1.0, "kmh": 1.0, "kph": 1.0,
           "km": 1.0, "kilometres": 1.0, "kilometre": 1.0, "knots": 1.852, "knot": 1.852,
           "m/s": 3.6, "metres": 3.6, "metre": 3.6, "meters": 3.6, "meter": 3.6}  # fmt: skip
_SPEED_AFTER = re.compile(
    r"(?:\s+|-)(mph|kph|kmh|km/h|knots?|(?:miles?|km|kilomet(?:re|er)s?)(?=\s+(?:per|an|a)\s+hour\b|/h\b)"
    r"|m/s(?!\w)|met(?:re|er)s?(?=\s+(?:per|a)\s+second\b))",  # "a gust of 52 m/s", "52 metres per second"
    re.IGNORECASE,
)


def _unit_of(unit_text: str | None, currency: str | None, before: str = "") -> tuple[str, float]:
    """(unit, multiplier) for a unit suffix and currency marker; ``before``: the text right before the figure."""
    if unit_text and re.fullmatch(r"points?", unit_text, re.IGNORECASE) and _AT_PLACES.search(before):
        return "count", 1.0  # "blocked by landslides [at] three points": places, no percentage points
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


#: A preposition placing what a bare "points" counts: "blocked [at] three points", "breached [in] two points".
_AT_PLACES = re.compile(r"\b(?:at|in)\s+(?:about\s+|some\s+)?$", re.IGNORECASE)


#: The sense of "down" and "up" right before a figure, as the context of a change reads it.
_UP_DOWN = {"down": "direction-1", "up": "direction+1"}


def _currency_words_after(right: list[tuple[str, int, int]]) -> int:
    """How many of the words right after a figure name its currency ("[crowns]", "[Norwegian crowns]", "[Hong Kong
    dollars]"): up to two capitalised words, then a currency word; 0 when they name none."""
    for n in range(3):
        if len(right) > n and right[n][0].lower() in _CURRENCY_WORD and all(t[0][:1].isupper() for t in right[:n]):
            return n + 1
    return 0


#: A comparative right after a figure and before "than", as the direction of a change: "8 percent more than".
_MORE_THAN = {"more": "direction+1", "fewer": "direction-1", "less": "direction-1"}
#: Words before a count's noun that say it is more of it: "22 [extra] beds" / "32 [additional] beds" count beds.
_MORE_OF = frozenset({"extra", "additional", "more", "further", "new", "other", "fresh"})


#: Words before a counted noun telling how the things were counted or made out, not which ones: "1,840 [written]
#: submissions" are submissions; "1,100 working mines" are not the mines that were sealed.
_HOW_COUNTED = frozenset(
    "written registered confirmed reported recorded documented verified valid signed formal official submitted "
    "lodged filed".split()
)


#: Words that tell what sort a counted thing is, not what it is: "additional", "trained", "specialised".
_SORT_OF_COUNTED = frozenset(
    "additional extra skilled trained qualified specialist specialised specialized experienced permanent temporary "
    "seasonal certified licensed accredited".split()
)


#: A figure written as a year ("2025"), which heads no noun compound: "in 2025 as lithium prices slumped".
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _compound_head(word: str, after: str) -> bool:
    """Whether ``after`` is the head of a noun compound ``word`` opens: a plural after a singular ("186 [guest]
    rooms", "40 [hospital] beds" count rooms and beds); not after a participle ("1,100 [working] mines")."""
    singular = (not word.endswith("s") or word.endswith(("ss", "is", "us"))) and not word.endswith("ing")
    plural = after.endswith("s") and not after.endswith(("ss", "'s", "’s")) and after.islower() and len(after) > 3
    return singular and plural and word.isalpha() and after not in _ANY_COUNTED


#: Plurals that count anything, which name no head of their own: "63 live [individuals]" counts the live ones.
_ANY_COUNTED = frozenset("individuals people persons units items members things pieces specimens animals".split())


def _how_counted(word: str) -> bool:
    """Whether a word before a counted noun tells how or what sort it was counted ("confirmed", "trained")."""
    return word in _HOW_COUNTED or word in _SORT_OF_COUNTED


#: A count told as what a source put it at: "put the number of [evacuees] across the division at".
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|set|sets)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:number|total|toll|count|tally)"
    r"\s+of\s+([a-z]+)\b[^.;:]{0,60}?\bat\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
#: A break in a clause between a figure and a word after it, which then counts nothing: "12,000[, ]well short".
_HEAD_BREAK = re.compile(r"[,;:]\s|\u2014|\s-\s")
#: An opening phrase of a participle or a preposition, whose comma leads to the subject it tells of: "[Measured at
#: magnitude] 6.6, the earthquake was ...", "[With] 4.2, the tremor was ...".
_OPENING_PHRASE = re.compile(
    r"\s*[\"'“(]?(?:[A-Z][a-z]+(?:ed|ing)|At|With|Of|In|From|After|Before)\s[^,;:\u2014]*$"
)
#: Prepositions of place and time right after a figure: what follows them is not what it counts.
_PLACE_TIME_PREPS = frozenset("on at by from since until across during after before".split())


def _context(text: str, tokens: list[tuple[str, int, int]], start: int, end: int, lo: int, hi: int, window: int = 7,
             number: bool = False):
    """Weighted context stems and head word of the span [start, end) within sentence [lo, hi); ``number``: the span
    is a number's, whose head is no word past a break in its clause ("at about 12,000[, well] short") unless the
    number opens the sentence in a phrase of its own ("Measured at magnitude 6.6, the [earthquake] was ...")."""
    ctx: dict[str, float] = {}
    head = ""
    broken = number and not _OPENING_PHRASE.match(text, lo, start)  # a break in the clause ends the search for a head
    left = [t for t in tokens if lo <= t[1] and t[2] <= start]
    right = [t for t in tokens if t[1] >= end and t[2] <= hi]

    def put(key: str, weight: float) -> None:
        ctx[key] = max(ctx.get(key, 0.0), weight)

    def walk(seq: list[tuple[str, int, int]], prev_end: int, forward: bool) -> None:
        nonlocal head
        factor, last = 1.0, prev_end
        for at, dist, (tok, s, e) in _by_name_steps(seq, window):
            gap = tokens_text[min(last, s) : max(last, e if not forward else s)] if forward else tokens_text[e:last]
            low = tok.lower()
            if _CLAUSE_BREAK.search(gap) or low in _CLAUSE_WORDS:
                factor *= 0.4
            last = e if forward else s
            weight = factor / (1.0 + 0.35 * (dist - 1))  # nearer words, and words of the figure's clause, weigh more
            if low in _QUALIFIER_WORDS:
                continue  # "at [least] a week" / "no [less] than five days": the bound, compared apart
            if not forward and dist == 1 and low in _PART_OF_A_TIME and not figure:
                continue  # "[mid]-February", "[early] March": which part of the month, not what it dates
            if forward and at + 1 < unit_words:
                continue  # "50 [Norwegian] crowns": the country of the figure's currency
            if forward and at + 1 == unit_words:  # "50 [crowns]" and "NOK 50" alike: the currency, by its unit
                key = _CURRENCY_WORD[low]
                head = head or key
                put(key, weight)
                continue
            if forward and not head and low in _PLACE_TIME_PREPS:
                head = "-"  # "at 2,950 [on Monday morning]": what follows a preposition is no counted thing
            if forward and dist == 1 and not head and low in _TIME_HEADS:
                head = _TIME_HEADS[low]  # "three [years]" and "two [years]" fill one slot; "340,000 teachers" another
            if low == "board" and text[max(0, s - 3) : s].lower() == "on ":
                low = "aboard"  # "on board": carried, not a board of directors
            if not forward and dist <= 2 and low in ("down", "up") and figure:
                # "were [down] 6%", "[up] 12 percent": a direction, as "fell" and "rose" are
                if low == "up" and re.search(r"\b(?:adds?|added|adding|sums?|summed)\s+$", text[max(0, s - 8) : s]):
                    continue  # "lists [add up] to 95 families": a sum, no rise
                if low == "up" and (re.match(r"\s+to\b", text[e : e + 4]) or re.search(
                        r"\b(?:make|makes|made|making)\s+$", text[max(0, s - 8) : s])):  # fmt: skip
                    continue  # "fruit drop of [up to] 40 percent": a ceiling; "[made up] 41 percent": a share
                put(_UP_DOWN[low], weight)
                continue
            if forward and dist == 1 and figure and low in _MORE_THAN and re.match(r"\s+than\b", text[e:]):
                put(_MORE_THAN[low], weight)  # "8 percent [more] than last year": a rise, as "up 8 percent" is
                continue
            if _is_content(low):
                st = stem(low)
                if (phrasal := _PHRASAL.match(text, s)) is not None:  # "stepped down" as "resigned"
                    st = stem(_phrasal(phrasal).split()[0])
                hyphenated = text[e : e + 1] == "-" or text[s - 1 : s] == "-"  # "water-dropping aircraft"
                if forward and dist == 1 and not head and counted and s == end + 1 and text[end] == "-" \
                        and low not in _POLARITY_WORD and not low.endswith(("'s", "’s")):  # fmt: skip
                    head = st  # "a seven-[storey] building" / "the six-storey hotel": storeys are counted
                if forward and not head and dist <= 4 and low not in _POLARITY_WORD and low not in _MONTHS \
                        and low not in _WEEKDAYS and low not in _MORE_OF and not hyphenated \
                        and not (broken and _HEAD_BREAK.search(text, end, s)) \
                        and not low.endswith(("'s", "’s")):  # fmt: skip
                    head = st  # (not a possessive: "280 of the [airline's] flights" counts flights; nor a word past a
                    # break in the clause: "at about 12,000[, well] short of the union's figure")
                    word, k, word_end = low, at, e
                    # (a noun compound right after the figure: "186 [guest] rooms"; not "2025 as lithium prices")
                    between = text[end:s].split()  # (or after one word of how it was counted: "1,960 confirmed")
                    compound = not _A_YEAR.fullmatch(text[start:end]) and re.fullmatch(r"[ a-z]*", text[end:s]) \
                        and (not between or (len(between) == 1 and (between[0] in _POLARITY_WORD
                                                                    or _how_counted(between[0]))))  # fmt: skip
                    while figure and k + 1 < len(seq) and k - at < 3:
                        nxt = seq[k + 1]  # "1,840 written [submissions]", "51 confirmed [cases]", "30 specialised
                        # [dialysis] nurses" / "45 additional trained [dialysis] nurses"
                        if not text[word_end : nxt[1]].isspace() or not _is_content(nxt[0].lower()) \
                                or nxt[0].lower() in _POLARITY_WORD:  # fmt: skip
                            break
                        if not (_how_counted(word) or (compound and _compound_head(word, nxt[0]))):
                            break
                        word, k, word_end = nxt[0].lower(), k + 1, nxt[2]
                        head = stem(word)
                put(st, weight)

    tokens_text = text
    # an aside describing the name before the figure is no break in its clause: "lodged by the society[, a
    # residents' group,] in June 2024"
    window_lo = max(lo, start - 80)
    if (aside := _ASIDE_BEFORE.search(text[window_lo:start])) is not None:
        a0, a1 = window_lo + aside.start(), window_lo + aside.end("aside")
        tokens_text = text[:a0] + " " * (a1 - a0) + text[a1:]
        left = [t for t in left if t[2] <= a0 or t[1] >= a1]
    figure = any(ch.isdigit() for ch in text[start:end])
    counted = figure or parse_number(text[start:end]) is not None  # ("a [seven]-storey building")
    unit_words = _currency_words_after(right) if figure else 0
    walk(list(reversed(left))[: window * 3], start, False)
    walk(right[: window * 3], end, True)
    code = re.match(r"([A-Za-z]{2,3})\.?\s?\d", text[start:end])
    if code and (unit := _prefix_currency(code.group(1))):
        put(unit, 1.0)  # "[NOK] 65": the currency its prefix names
        head = head or unit
    if figure and head in ("", "-") and (told := _PUT_AT.search(text, lo, start)) is not None:
        head = stem(told.group(1).lower())  # "put the number of [evacuees] across the division at 2,950"
    if _PARTITIVE.match(text, end) or head == "-":
        head = ""  # "six of those [affected]", "eight of them": what is counted is named before, not after
    return tuple(sorted(ctx.items())), head


def _by_name_steps(seq: list[tuple[str, int, int]], window: int) -> list[tuple[int, int, tuple[str, int, int]]]:
    """The first ``window`` steps of ``seq`` as (index, step, token), the words of one capitalised name one step:
    "lodged by the [Pärnu Beach District Society] in June 2024" keeps "lodged" in reach."""
    out, step, prev = [], 0, None
    for i, tok in enumerate(seq):
        # (one space apart, whichever way the walk goes)
        joined = prev is not None and tok[0][:1].isupper() and prev[0][:1].isupper() \
            and min(abs(tok[1] - prev[2]), abs(prev[1] - tok[2])) <= 1  # fmt: skip
        step += 0 if joined else 1
        if step > window:
            break
        out.append((i, step, tok))
        prev = tok
    return out


#: An aside set off by commas right before a figure, perhaps after its preposition: "[, a residents' group,] in".
_ASIDE_BEFORE = re.compile(
    r"(?P<aside>,\s+(?:a|an)\s+[^,;.()\d]{1,40},)\s*(?:(?:in|on|at|since|from|by|until|before|after)\s+)?$"
)
_PARTITIVE = re.compile(r"\s+of\s+(?:those|them|these|whom)\b", re.IGNORECASE)


#: Words of a figure's bound or hedge, which say nothing of what it counts.
_QUALIFIER_WORDS = frozenset("least less fewer than about around nearly almost roughly approximately within much many".split())
_CLOCK = re.compile(r"\d:\d\d")
_MARGIN_AFTER = re.compile(
    r"(?:\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|s|m|h)\b)?\s+(?:behind|ahead|back|later|earlier|clear|adrift|"
    r"off\s+the\s+pace|off\s+(?:the|his|her|their|its|a)\s+(?:[\w’'-]+\s+)?(?:record|mark|best|time))\b",
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
#: A decimal comma, as South African and continental European copy writes it ("6,8%", "R68,4 billion"): one or two
#: digits after it, where a thousands separator has three.
_DECIMAL_COMMA = re.compile(r"(?<!,\d)(?<!,\d\d)(?<=\d),(?=\d{1,2}(?![\d,]))")


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
#: A share told as so many of every few: "[seven in ten] workers", "[one out of five] adults", "[3 in 4] voters",
#: "[nine out of every ten] boxes".
_N_IN_TEN = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+every\s+)"
    r"(?P<d>two|three|four|five|six|seven|eight|nine|ten|10|100)\b(?!\s*(?:%|percent|per\s+cent|cases|days|years)\b)",
    re.IGNORECASE,
)
#: A span and a half: "an hour and a half", "two and a half hours", "half an hour" (one value, 90 minutes).
_AND_A_HALF = re.compile(
    r"\b(?:" + _SPAN_NUMBER + r"\s+(?:" + _SPAN_UNIT + r"\s+and\s+a\s+half|and\s+a\s+half\s+" + _SPAN_UNIT + r")"
    r"|(?P<half>half\s+an?\s+" + _SPAN_UNIT + r"))\b",
    re.IGNORECASE,
)
#: Words that may follow "a second" of time; any other word makes it an ordinal ("for [a second] yellow card").
_AFTER_A_SPAN = r"(?:of|or|and|to|before|after|later|earlier|late|early|behind|in|at|on|the|a|an|for|when|as)"
#: "A week", "an hour" as a span of time ("for at least a week", "within an hour"), not a rate ("a day").
_A_SPAN = re.compile(
    r"(?:\b(?:least|most|than|for|within|about|nearly|almost|under|after|in)\s+"
    r"|\b(?=an?\s+(?:second|minute|hour|day|week)\s+(?:late|early|behind|later|earlier)\b)"  # "went off an hour late"
    r"|\b(?=a\s+fortnight\b))"  # "a fortnight of industrial action": two weeks, wherever it stands
    r"(?P<a>an?\s+(?P<unit>second(?!\s+(?!" + _AFTER_A_SPAN + r"\b)[a-z])|minute|hour|day|week|fortnight))\b",
    re.IGNORECASE,
)
#: A quarrel before "over", which tells what it is about, no bound: "a strike on Monday [over] five months of
#: arrears".
_QUARREL_OVER = re.compile(
    r"\b(?:strikes?|walkouts?|stoppages?|disputes?|protests?|rows?|lawsuits?|suit|clash(?:es)?|standoff|complaints?"
    r"|fight|battle|concerns?|fears|anger|outrage|uproar|boycott|sit-in)"
    r"(?:\s+(?:on|last|this|since|in)\s+[A-Z]?[a-z]+)?\s+over\s+$",
    re.IGNORECASE,
)
#: Words before an "over" that tells where things lie, not a bound: "spread [over] 36 orchards".
_SPREAD_OVER = frozenset("spread scattered distributed split divided stretched stretching strung".split())
#: An amount (with up to three words of what it counts) before "over" and a span of time: "18.4 billion [over] three
#: years", "rose 20% [over] five years", "340 volcano-tectonic earthquakes [over] 24 hours".
_AMOUNT_BEFORE_OVER = re.compile(
    r"(?:\d|%|percent|cent|million|billion|trillion|thousand|lakh|crore)\S*"
    r"(?:\s+(?![a-z]+ed\b|waiting\b)[A-Za-z][\w-]*){0,9}\s+over\s+$",  # not past a verb: "12 patients waited [over]
    # four hours"; "48 mm of rain fell on Gharm [over] 12 hours" is a period
    re.I,
)
#: Words of going down before "below" or "past" a length: a depth beyond it, not a length under it.
_DEPTH_BEFORE = re.compile(r"\b(?:deep|deeper|depth|descend\w*|continu\w*|plung\w*|drops?|dropping|sinks?|sinking)\b",
                           re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"[\s-]*(?:metres?|meters?|m|feet|ft|kilometres?|kilometers?|km)\b")
#: A verb of something done across a stretch of time before "over": "The census was carried out [over] six weeks",
#: "talks held over three days", "repaid over 20 years" (a period; "lasted over two hours" is more than two).
_DONE_OVER = re.compile(
    r"\b(?:carried\s+out|conducted|held|spread(?:\s+out)?|staged|played|took\s+place|taken\s+place|phased\s+in|"
    r"paid|repaid|repayable|payable|collected|gathered|counted|surveyed|recorded|measured|flown|flew|rolled\s+out|"
    r"delivered|implemented|installed|staggered|drawn|disbursed|invested|allocated|distributed)\s+over\s+$",
    re.IGNORECASE,
)
#: An event that "ran over" days or weeks spanned them: "The festival [ran over] four days" (a meeting that "ran over
#: two hours" took more than two).
_RAN_OVER = re.compile(r"\b(?:ran|runs|run|running)\s+over\s+$", re.IGNORECASE)
_DAYS_OR_WEEKS = re.compile(r"[\s-]+(?:days?|weeks?)\b", re.IGNORECASE)
#: A total of rain or snow, then "over" right before a span: "Total rainfall in the A Luoi area [over] 72 hours" is
#: a period (not past a verb: "the rain lasted over 72 hours").
_TOTAL_OVER = re.compile(
    r"\b(?:rain|rainfall|snow|snowfall|precipitation|total|totals|accumulation)\b"
    r"(?:\s+(?![a-z]+ed\b)[\w’'-]+){0,5}\s+over\s+$",
    re.IGNORECASE,
)
#: A span of time with its years right after a figure: "[over] six years, from 2016 to 2021" is a period.
_SPAN_DATED = re.compile(
    r"[\s-]+(?:months?|years?|seasons?)\s*,?\s+(?:from|between)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b", re.IGNORECASE
)
#: A span of time right after a figure, which makes "over" or "after" before it a period, not a bound.
_SPAN_OF_TIME = re.compile(r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
#: The spans of time "over" tells a period of when they close a clause or open one.
_SPANS = r"hours?|days?|weeks?|months?|years?"
#: A span of time set off by a comma after it: "Over ten days[,] the festival staged ...".
_SPAN_THEN_COMMA = re.compile(rf"[\s-]+(?:{_SPANS})\s*,", re.IGNORECASE)


#: Words before "over" and a span that make it "more than": a verb of lasting ("served [over] ten years"), a
#: preposition ("for [over] two years") or a word of degree ("just [over] six weeks").
_LASTING_BEFORE = frozenset(
    "for of by in within after than at to from with about and or is was are were be been being last lasts take takes "
    "took taken wait waits spend spends spent serve serves served live lives lived stay stays remain remains go goes "
    "went gone run runs ran sit sits sat keep keeps kept work works continue continues aged just well far slightly "
    "only some nearly almost worth it them him her this that now still already".split()
)
#: A span of time closing its clause: "over ten weeks[.]", "over two years[,]", "over six months [to] finish", "over
#: two years [from] the reserve", "over three days [in] mid-May".
_SPAN_CLOSES = re.compile(
    rf"[\s-]+(?:{_SPANS})\s*(?:[.;,:]|$|(?:to|from|starting|beginning|until|in|during|between)\s+[a-z]+\b)", re.I
)


def _object_then_span(text: str, start: int, end: int) -> bool:
    """Whether "over" and a span of time closing the clause follow a verb's object, no word of lasting: "aims to
    screen every resident of Betio [over] ten weeks" tells the time the act takes ("lasted over", "for over",
    "just over" bound it)."""
    m = re.search(r"([A-Za-z][\w’'-]*)\s+over\s+$", text[max(0, start - 40) : start])
    if m is None or not _SPAN_CLOSES.match(text, end):
        return False
    word = m.group(1).lower()
    return word not in _LASTING_BEFORE and not word.endswith(("ed", "ing"))


def _opening_span(text: str, start: int, end: int) -> bool:
    """Whether "over" and a span of time open the sentence or clause, set off by a comma: "Over ten days, the
    festival staged 96 shows" tells when, no bound."""
    before = text[:start].rstrip()
    if not before.lower().endswith("over"):
        return False
    prior = before[:-4].rstrip()
    return (not prior or prior[-1] in ".!?:;,\n") and _SPAN_THEN_COMMA.match(text, end) is not None


#: A figure that is itself a span of time ("two hours and 51 minutes"): "after" before it is a period too.
_ENDS_IN_SPAN = re.compile(r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)$", re.I)
#: A length in feet and inches: "44 feet 7 inches", "44 ft 7 in".
_FEET_INCHES = re.compile(
    r"\b(?P<feet>\d{1,4})\s*(?:feet|foot|ft)\s+(?:and\s+)?(?P<inches>\d{1,2}(?:\.\d)?)\s*(?:inches|inch|in\b)"
)
#: A term in years and months ("five years and six months", "2 years and 3 months").
_YEARS_MONTHS = re.compile(
    r"\b(?P<years>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:\s*\([a-z -]+\))?"  # (a judgment spells each out again: "2 (two) years and 8 (eight) months")
    r"\s+years?\s+and\s+(?P<months>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r"(?:\s*\([a-z -]+\))?\s+months?\b",
    re.IGNORECASE,
)


#: A dateline's day of filing: "OBAN, [Nov 5] (CNS) -", "MÉRIDA, [May 28] -" (the day the story was filed, no
#: value of what it reports).
_DATELINE_DAY = re.compile(
    r"^[ \t]*" + _DATELINE_PLACE + r",[ \t]*(?P<day>[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2})"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:-|\u2013|\u2014|--)[ \t]",
    re.MULTILINE,
)
#: A release's dateline: "Nairobi, [7 October 2026] —", "Basel, [October 9, 2025] -".
_RELEASE_DAY = re.compile(
    rf"^[ \t]*[{_CAPITALS}][{_CAPITALS}{_SMALL_LETTERS}.'\-]+"
    rf"(?:[ \t][{_CAPITALS}][{_CAPITALS}{_SMALL_LETTERS}.'\-]+){{0,3}},[ \t]*"
    r"(?P<day>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[ \t]*(?:-|\u2013|\u2014|--)[ \t]",
    re.MULTILINE,
)


def _blank_dateline(m: re.Match[str]) -> str:
    """The dateline with its day blanked (offsets kept)."""
    a, b = m.span("day")
    return m.group()[: a - m.start()] + " " * (b - a) + m.group()[b - m.start() :]


#: A word a number names one of, not counts ("Local [318]", "Route [9]", "units 3 and [4]", "Category [4]"): a
#: noun that numbers its members, or a grade's capitalised name ("levels 14 times the limit" counts).
_LABEL_BEFORE = re.compile(
    r"\b(?:(?i:(units?|lines?|routes?|gates?|platforms?|terminals?|phases?|blocks?|wards?|lanes?|runways?|piers?|"
    r"berths?|reactors?|turbines?|sections?|articles?|clauses?|chapters?|precincts?|highways?|exits?|rooms?|"
    r"flights?|locals?|buses|bus|weeks?))|(Level|Category|Grade|Stage|Zone|Sector|Hall|Plot|EW))"
    # ("epidemiological week (EW) 1", "EW30": a week's number)
    r"(?:\s+\([A-Z]{2,4}\))?(?:\s+|(?<=EW))(?:\d{1,4}\s*(?:,|and|&|or)\s*)*$"
)


#: The sort of area a place's number names: "Maroua [1 health district]", "Douala [5 district]".
_NUMBERED_AREA = re.compile(
    r"\s+(?:health\s+|sanitary\s+|administrative\s+)?(district|zone|ward|sector|commune|arrondissement)s?\b",
    re.IGNORECASE,
)
#: "roughly half [of Malawi's export earnings]": a share, where a whole follows that is no stretch of time.
_HALF_OF = re.compile(
    r"\s+of\s+(?!(?:the|this|that|last|next)\s+(?:year|season|century|decade|game|match|month|day|week|term)\b|\d)"
)
#: "the second half of", "in the first half": a part of a time.
_HALF_OF_TIME = re.compile(r"\b(?:first|second|latter|last|other|the)\s+$", re.IGNORECASE)
#: A change told as a part of the whole: "fell by [about a quarter]", "cut by half" (a share, in percent).
_BY_SHARE = re.compile(
    r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just\s+over"
    r"|just\s+under)\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _extract(text: str) -> tuple[Slot, ...]:
    return _Extraction(text).run()


class _Extraction:
    """One text read for slots, kind by kind (dates first, so that their digits are not read as counts; then
    figures with a structure of their own, numerals, numbers in words, names, polarity words): the slots found so
    far and the spans they take, so that no character is read twice."""

    def __init__(self, text: str) -> None:
        text = _DECIMAL_COMMA.sub(".", _RAISED_DOT.sub(".", text))  # offsets unchanged
        text = _RELEASE_DAY.sub(_blank_dateline, _DATELINE_DAY.sub(_blank_dateline, text))
        text = _NUMERAL_ECHO.sub(_blank_echo, text)  # "forty-eight (48) hours": one figure, with its unit
        self.text = text
        self.tokens = _tokens(text)
        self.sents = _sentences(text)
        self.slots: list[Slot] = []
        self.taken: list[tuple[int, int]] = []

    def run(self) -> tuple[Slot, ...]:
        self.taken.extend(m.span() for m in _SERIES_FORMAT.finditer(self.text))  # no count: "the best-of-five final"
        self._dates()
        self._shaped_figures()
        self._numerals()
        self._numbers_in_words()
        self._range_scales()
        self._entities()
        self._polarities()
        self.slots.sort(key=lambda sl: sl.start)
        return tuple(self.slots)

    def _sent_of(self, pos: int) -> tuple[int, int]:
        for lo, hi in self.sents:
            if lo <= pos <= hi:
                return lo, hi
        return 0, len(self.text)

    def _qualifier(self, start: int, end: int, figure: bool) -> tuple[bool, str, bool, bool]:
        """(approx, bound, inclusive, near) from the words before a value (see :class:`Slot`); ``figure``: a
        number's, not a date's."""
        text = self.text
        words = re.findall(r"[a-z]+", text[max(0, start - 24) : start].lower())
        if figure and words and words[-1] in ("after", "before"):
            words = words[:-1]  # "after [five] rounds of talks": five rounds; "after 3 a.m." is a time, a date
        if words and (_SPAN_OF_TIME.match(text, end) or _ENDS_IN_SPAN.search(text[start:end])) and (
            words[-1] == "after"
            or (words[-1] == "over" and (_AMOUNT_BEFORE_OVER.search(text[max(0, start - 100) : start])
                                          or _DONE_OVER.search(text[max(0, start - 30) : start])
                                          or _TOTAL_OVER.search(text[max(0, start - 60) : start])
                                          or _SPAN_DATED.match(text, end) or _opening_span(text, start, end)
                                          or _object_then_span(text, start, end)
                                          or (_RAN_OVER.search(text[max(0, start - 20) : start])
                                              and _DAYS_OR_WEEKS.match(text, end))))
        ):
            words = words[:-1]  # "cost 18.4 billion [over] two years", "put out [after] five hours": a period
            # but "the track is [over] 44 minutes long", "lasted [over] two hours": more than
        if figure and words[-1:] == ["over"] and _QUARREL_OVER.search(text[max(0, start - 60) : start]):
            words = words[:-1]  # "an indefinite strike [over] five months of unpaid allowances": what it is about
        spread = [w for w in words[:-1] if w != "out"]  # (or "spread out over")
        if figure and words[-1:] == ["over"] and spread and spread[-1] in _SPREAD_OVER:
            words = words[:-1]  # "followed 1,200 trees spread [over] 36 orchards": where they stand, no bound
        if figure and words[-2:] == ["up", "to"] and (
            (len(words) > 2 and words[-3] in _GOES)
            or re.match(r"\s+(?:a\s+[a-z]+\s+)?from\s+[$€£¥₩]?\d", text[end:])
        ):
            words = words[:-2]  # "to go [up to] €35 from €22": where it goes, no ceiling; "add up to 95": a sum
        last1 = words[-1] if words else ""
        if figure and last1 in ("below", "beneath", "past", "beyond") and _LENGTH_AFTER.match(text, end) \
                and _DEPTH_BEFORE.search(text[max(0, start - 60) : start]):  # fmt: skip
            # "a passage that continues [below] 400 metres": deeper than, as "past" is
            return False, "gt", False, False
        last2 = " ".join(words[-2:])
        last3 = " ".join(words[-3:])
        if figure and last2 in _JUST_PAST:
            # "just under five minutes", "slightly over 3,000": about the figure, on its side ("turnover of just
            # under 500 million lei" is no 512 million)
            return True, "lt" if last1 in ("under", "below") else "gt", True, True
        if figure and (last2 == "at least" or last3 in ("no fewer than", "no less than")) and (
            _RULE_AFTER.match(text, end) or _RULE_BEFORE.search(text[max(0, start - 60) : start])
        ):
            return False, "", False, False  # "at least 60 percent of the fleet must keep running": the floor a rule
            # sets is its figure ("ordered 70% of the fleet to operate" is another rule)
        if figure and last2 == "up to" and _ESTIMATE_AT.search(text[max(0, start - 60) : start]):
            return False, "", False, False  # "estimated losses at up to A$35 million": the estimate's figure, which
            # another estimate ("puts the cost ... at about A$22 million") does not meet
        if last3 in ("no fewer than", "no less than"):
            return False, "gt", True, False
        if last1 in ("after", "before") and len(words) > 1 and words[-2] in ("shortly", "just", "soon", "right"):
            # "shortly after 3 a.m.": then or a little later
            return True, "gt" if last1 == "after" else "lt", False, False
        if figure and last1 == "within":
            # "97 mm of rain [within] six hours", "leave [within] 72 hours": the span, loosely
            return True, "", False, False
        if last3 in _UPPER or last2 in _UPPER or last1 in _UPPER:
            return False, "lt", last3 in _INCLUSIVE or last2 in _INCLUSIVE, False
        if last3 in _LOWER or last2 in _LOWER or last1 in _LOWER:  # ("in excess of 250 mm")
            return False, "gt", last2 in _INCLUSIVE, False
        return last1 in _HEDGES or last2 == "close to", "", False, False

    def _free(self, s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in self.taken)

    def _add(self, kind: SlotKind, s: int, e: int, value: object, unit: str | None, negated: bool = False) -> None:
        text = self.text
        lo, hi = self._sent_of(s)
        ctx, head = _context(text, self.tokens, s, e, lo, hi, number=kind is SlotKind.NUMBER)
        valued = kind in (SlotKind.NUMBER, SlotKind.DATE)
        approx, bound, inclusive, near = self._qualifier(s, e, kind is SlotKind.NUMBER) if valued \
            else (False, "", False, False)  # fmt: skip
        in_range = False
        if kind is SlotKind.NUMBER and not bound and _RANGE_START.search(text[max(0, s - 10) : s]):
            bound, in_range = "gt", True  # "between [30] and 40"
        elif kind is SlotKind.NUMBER and not bound and _RANGE_END.search(text[max(0, s - 40) : s]):
            bound, in_range = "lt", True  # "between 30 and [40]"
        if kind in (SlotKind.NUMBER, SlotKind.DATE):
            ruled = _RULED_OUT.search(text[max(lo, s - 30) : s])
            if ruled and "instead" in ruled.group(0).lower() and _COSTS.search(text[max(lo, s - 90) : s]):
                ruled = None  # "a stall will cost 8,000 a month instead of [5,000]": the old price, not a wrong one
            if ruled and "not" not in ruled.group(0).lower() and (
                    _LIMIT_AFTER.match(text, e) or _FIXED_AS_LIMIT.match(text, e)):  # fmt: skip
                ruled = None  # "well above the [9]-metre limit": the limit's own figure, stated (so "well under the
                # Rp 5,500 per kilogram that the agency has fixed as the minimum farm-gate price")
            if ruled and ruled.group("degree") and not re.search(r"\d", text[lo : max(lo, s - 30) + ruled.start()]) \
                    and not re.search(r"\bthe\s+\S*$", ruled.group(0), re.IGNORECASE):  # fmt: skip
                ruled = None  # "put the number of cases at [well over] 5,000": the figure itself, given as a floor,
                # where no other value comes before it to be set against it
            negated = bool(ruled) or bool(
                (moved := _MOVED_FROM.search(text[max(lo, s - 60) : s])) and re.match(r"\s+to\s", text[e : e + 5])
                and not (moved.group(1) and _PRICE_WORD.search(text[max(lo, s - 90) : s]))
            )
        if unit == "count" and isinstance(value, float) and _DECADES_AFTER.match(text, e):
            value *= 10  # "over the past [two] decades": twenty years, as a count of years
        self.slots.append(Slot(kind, text[s:e], value, unit, s, e, ctx, head, approx, negated, bound, in_range,
                               inclusive, near))
        self.taken.append((s, e))

    def _level(self, s: int, e: int, rank: float, unit: str) -> None:
        """A named level of a ranked scale ("[orange] alert", "[critically endangered]"), as a number with no bound:
        "placed under [red] alert" names the level, it does not bound it."""
        if self._free(s, e):
            self._add(SlotKind.NUMBER, s, e, rank, unit)
            self.slots[-1] = attrs.evolve(self.slots[-1], approx=False, bound="", inclusive=False, near=False)

    def _dates(self) -> None:
        """Dates by month and day, weekdays and times of day."""
        text, slots, add, free = self.text, self.slots, self._add, self._free
        for m in _DAY_RANGE_RE.finditer(text):  # "from [14] to 23 April 2025": the first day is a date of April too
            month = _MONTHS[m.group("month").rstrip(".").lower()]
            if 1 <= int(m.group("d1")) <= int(m.group("d2")) <= 31 and free(m.start("d1"), m.end("d1")):
                value = ("md", month, int(m.group("d1"))) + ((int(m.group("year")),) if m.group("year") else ())
                add(SlotKind.DATE, m.start("d1"), m.end("d1"), value, "md")
        for m in _MONTH_DAY_RANGE_RE.finditer(text):  # "from July 18 to [27]": the last day is a date of July too
            month = _MONTHS[m.group("month").rstrip(".").lower()]
            if 1 <= int(m.group("d1")) < int(m.group("d2")) <= 31 and free(m.start("d2"), m.end("d2")):
                add(SlotKind.DATE, m.start("d2"), m.end("d2"), ("md", month, int(m.group("d2"))), "md")
        for rx, day in ((_DAY_LIST_RE, "d1"), (_MONTH_DAY_LIST_RE, "d2")):
            for m in rx.finditer(text):  # "[15] and 16 July", "July 15 and [16]": each day a date of July
                month = _MONTHS[m.group("month").rstrip(".").lower()]
                if 1 <= int(m.group("d1")) < int(m.group("d2")) <= min(31, int(m.group("d1")) + 7) \
                        and free(m.start(day), m.end(day)):  # fmt: skip
                    add(SlotKind.DATE, m.start(day), m.end(day), ("md", month, int(m.group(day))), "md")
        for rx in _DATE_RES:
            for m in rx.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                mon_txt = m.group("month").rstrip(".").lower()
                if mon_txt == "may" and not (m.groupdict().get("day") or m.groupdict().get("year")) and not re.search(
                    r"\b(?:in|since|until|till|by|from|through|early|late|mid|last|next|this|of|the)[\s-]+$",
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
        for m in _SEASON_RE.finditer(text):  # "in [spring 2026]" is not "in autumn 2026"
            if text[m.start()].isupper() and re.search(r"\w\s*$", text[max(0, m.start() - 3) : m.start()]):
                continue  # a name's word mid-sentence: "the Arab Spring 2011 protests"
            if free(m.start(), m.end()):
                value = ("season", _SEASONS[m.group("season").lower()], int(m.group("year")))
                add(SlotKind.DATE, m.start(), m.end(), value, "season")
        for m in _QUARTER_RE.finditer(text):  # "in the [first quarter of 2026]" is not "the third quarter of 2026"
            if free(m.start(), m.end()):
                n = m.group("n") or m.group("q")
                value = ("quarter", _QUARTERS.get(n.lower(), 0) or int(n[0]), int(m.group("year")))
                add(SlotKind.DATE, m.start(), m.end(), value, "quarter")
        for m in _WEEKDAY_RE.finditer(text):
            if free(m.start(), m.end()):
                add(SlotKind.DATE, m.start(), m.end(), ("weekday", _WEEKDAYS[m.group("wd").lower()]), "weekday")
        for m in _TIME_OF_DAY.finditer(text):
            start = m.start("h24") if m.group("h24") else m.start()
            end = m.end() - 1 if m.group(0).endswith(".") and m.end() == len(text) else m.end()
            if free(start, end):
                add(SlotKind.DATE, start, end, ("time", _minutes_of_day(m)), "time")

    def _shaped_figures(self) -> None:
        """Figures with a shape of their own: ranks, ordinals, scores and tallies, temperatures, ranges, race times
        and durations, shares, terms, parts of a year."""
        text, slots, add, free = self.text, self.slots, self._add, self._free
        for m in _ALERT_COLOUR.finditer(text):  # "raised the alert level from green to [orange]": a level, ranked
            g = "c1" if m.group("c1") else "c2"
            self._level(m.start(g), m.end(g), _ALERT_LEVELS[m.group(g).lower()], "alert")
        for m in (*_RED_LIST.finditer(text), *_RED_LIST_CATEGORY.finditer(text)):  # "listed as [critically
            # endangered]", "places it in the [critically endangered] category": a Red List category, ranked
            self._level(m.start(1), m.end(1), _RED_LIST_RANKS[re.sub(r"[\s-]+", " ", m.group(1).lower())], "red list")
        for m in _RANK_RE.finditer(text):  # "ranked 41st in the world", "world No. 41": one rank
            g = "r" if m.group("r") else "r2" if m.group("r2") else "r3"
            word = m.group(g).lower()
            if free(m.start(g), m.end(g)):
                rank = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
                add(SlotKind.NUMBER, m.start(g), m.end(g), float(rank), "rank")
        for m in (*_ORDINAL_RE.finditer(text), *_ORDINAL_PREDICATE.finditer(text), *_FIRST_TIME.finditer(text),
                  *_TITLE_ORDINAL.finditer(text), *_TITLE_IS_ORDINAL.finditer(text), *_MINUTE_RE.finditer(text)):
            # "a third consecutive quarter", "the fourth quarter in a row", "it is the second such attack", "for the
            # first time"
            g = 1 if m.group(1) is not None else 2  # (the minute of play written as a count)
            if free(m.start(g), m.end(g)):
                word = m.group(g).lower()
                rank = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
                # "a third worker has died": the toll is three, a count
                unit = "count" if _NTH_DEATH.match(text, m.end(g)) else "ordinal"
                add(SlotKind.NUMBER, m.start(g), m.end(g), float(rank), unit)
        for m in _GOAL_TALLY.finditer(text):  # "scored a [hat-trick]" / "scored [twice]": one player's goals
            g = next(k for k in ("hat", "brace", "times", "n") if m.group(k))
            if free(m.start(g), m.end(g)):
                word = re.sub(r"\s+times$", "", m.group(g).lower())
                goals = {"hat": 3.0, "brace": 2.0}.get(g) or _TIMES.get(word) or float(parse_number(word) or 0)
                add(SlotKind.NUMBER, m.start(g), m.end(g), goals, "goals")
        for m in _RUN_COUNT.finditer(text):  # "[three] years in a row" is the place "for the third year running"
            if free(m.start(1), m.end(1)):
                add(SlotKind.NUMBER, m.start(1), m.end(1), float(parse_number(m.group(1)) or 0), "ordinal")
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
        for m in (*_TALLY_RE.finditer(text), *_FOR_AGAINST_RE.finditer(text), *_BACKED_OPPOSED_RE.finditer(text)):
            # "by four votes to three": 4-3; "22 councillors backed the increase and 11 opposed it": 22-11
            sides = m.re is not _TALLY_RE or "vote" in m.group(0).lower()
            if (sides or _TALLY_CUE.search(text[max(0, m.start() - 30) : m.start()])) and free(m.start(), m.end()):
                a, b = parse_number(m.group("a")), parse_number(m.group("b"))
                if a is not None and b is not None:
                    add(SlotKind.NUMBER, m.start(), m.end(), int(a) + int(b) / 1000, "score")
        for m in _ROAD_MARKER.finditer(text):  # "at [Kilometre 27]", "at [KM27]": a place on a road, by its marker
            if free(m.start(), m.end()):
                add(SlotKind.NUMBER, m.start(), m.end(), float(m.group(1)), "marker")
                slots[-1] = attrs.evolve(slots[-1], approx=False, bound="", inclusive=False)
        for m in _TEMPERATURE_RE.finditer(text):
            if free(m.start(), m.end()):
                degrees = _degrees(m.group(1))
                fahrenheit = m.group(2).lower().startswith("f")
                add(SlotKind.NUMBER, m.start(), m.end(), (degrees - 32) * 5 / 9 if fahrenheit else degrees, "celsius")
                if fahrenheit:
                    slots[-1] = attrs.evolve(slots[-1], approx=True)  # converted: compared with leeway
        for m in _BARE_DEGREES.finditer(text):  # "measured 7.9 degrees on Thursday": Celsius, in weather copy
            near = text[max(0, m.start() - 120) : m.end() + 120]
            if _TEMPERATURE_CUE.search(near) and not _FAHRENHEIT.search(near) and free(m.start(), m.end()):
                add(SlotKind.NUMBER, m.start(), m.end(), _degrees(m.group(1)), "celsius")
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
        for m in _N_IN_TEN.finditer(text):  # "seven in ten workers", "one in five adults": a share, in percent
            n, d = parse_number(m.group("n")), parse_number(m.group("d"))
            if n is not None and d and n < d and free(m.start(), m.end()):
                add(SlotKind.NUMBER, m.start(), m.end(), 100.0 * n / d, "percent")
        for m in _YEARS_MONTHS.finditer(text):  # "five years and six months": one term of 5.5 years, not 5 and 6
            years, months = parse_number(m.group("years")), parse_number(m.group("months"))
            if years is not None and months is not None and months < 12 and free(m.start(), m.end()):
                add(SlotKind.NUMBER, m.start(), m.end(), years + months / 12, "count")
        for m in _FEET_INCHES.finditer(text):  # "45 feet 2 inches": one level of 13.77 metres, not a 45 and a 2
            if free(m.start(), m.end()):
                metres = float(m.group("feet")) * _MEASURES["feet"][1] + float(m.group("inches")) * _MEASURES["inch"][1]
                add(SlotKind.NUMBER, m.start(), m.end(), metres, "length")
        for m in _PART_OF_YEAR.finditer(text):  # "in mid-2027": the year, which a hyphen before it otherwise hides
            if free(m.start(1), m.end(1)):
                add(SlotKind.DATE, m.start(1), m.end(1), ("year", int(m.group(1))), "year")

    def _numerals(self) -> None:
        """Numbers in digits, with their currency, scale and unit, or a year."""
        text, add, free = self.text, self._add, self._free
        for m in _NUM_RE.finditer(_thousands_commas(text)):
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
            currency = (_CURRENCY_SYMBOL.get(cur.lower()) or _CURRENCY_PREFIX.get(cur.lower().rstrip("."))
                        or ("usd" if cur.endswith("$") else None)) if cur else None
            if not currency and (prefix := _prefix_at(text, s)) is not None:  # "Tk 2 lakh", "EUR 14.2 million"
                currency, s = prefix  # the slot opens with its currency, no word of its context
            after = _words_after(text, e)
            currency = currency or _currency_after(text, e, after)
            # "an increase of 4 cents" is $0.04 ("euro cents" are a euro's, "7.5 US cents" a dollar's); "60 centimos"
            # is 0.60 of a currency the figure does not name
            small = after[1:2] if after[:1] in (["euro"], ["us"], ["u.s"]) else after[:1]
            cents = not (cur or scale or m.group("unit")) and bool(small) and small[0] in _SMALL_COINS
            if cents:
                named = {"euro": "eur", "us": "usd", "u.s": "usd"}.get(after[0])
                currency = named or currency or _SMALL_COINS[small[0]]
            if (
                re.fullmatch(r"(1[6-9]|20)\d\d", raw)
                and not (scale or cur or m.group("unit"))
                and not (after and after[0] in ("people", "troops", "times", "members"))
            ):
                add(SlotKind.DATE, s, e, ("year", int(raw)), "year")
                continue
            value = float(raw.replace(",", "")) * (_SCALES.get(scale, 1.0) if scale else 1.0)
            unit, mult = _unit_of(m.group("unit"), currency, text[max(0, s - 20) : s])
            mult = 0.01 if cents else mult
            if unit == "count" and not scale and (
                _AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text[max(0, s - 30) : s])
                or _age_after_name(text, s, e, raw)
            ):  # "the 54-year-old", "aged 55", "the retirement age from 65 to 67", "Valdarro, 61,": an age, not a count
                unit = "age"
            if unit == "count" and (measure := _measure_after(text, e)) is not None:
                unit, mult = measure
            if unit == "count" and not (scale or currency) and re.fullmatch(r"\d{1,4}", raw) and (
                label := _LABEL_BEFORE.search(text[max(0, s - 40) : s])
            ):
                word = re.sub(r"ies$", "y", (label.group(1) or label.group(2)).lower())
                unit = f"label:{word.rstrip('s')}"  # "Local 318", "units 3 and 4": a name, no count
            elif unit == "count" and re.fullmatch(r"\d{1,2}", raw) \
                    and re.search(r"\b[A-Z][\w’'-]+\s$", text[max(0, s - 30) : s]) \
                    and (area := _NUMBERED_AREA.match(text, e)) is not None:  # fmt: skip
                unit = f"label:{area.group(1).lower()}"  # "the Maroua 1 health district": a name, no count
            add(SlotKind.NUMBER, s, e, value * mult, unit)

    def _range_scales(self) -> None:
        """A range's lower end takes the scale and currency written once, at its upper end: "[800]-840 million
        euros" is 800 million euros, "[800 million] to 840 million euros" euros; its upper end the currency
        written once, at its lower end: "EUR [800]-840 million" is 800 million to 840 million euros. A hyphened
        range's ends are its bounds, as "between" makes them."""
        nums = sorted((i for i, x in enumerate(self.slots) if x.kind is SlotKind.NUMBER),
                      key=lambda i: self.slots[i].start)
        for i, j in zip(nums, nums[1:]):
            a, b = self.slots[i], self.slots[j]
            joint = _RANGE_JOINT.fullmatch(self.text, a.end, b.start)
            if joint is None or not isinstance(a.value, float) or not isinstance(b.value, float):
                continue
            dashed = joint.group().strip() in ("-", "–")
            if dashed and (a.unit or "").startswith("money:") and b.unit == "count":
                b = self.slots[j] = attrs.evolve(b, unit=a.unit)  # "EUR 1.15-[1.25 billion]": euros too
            scaled = _SCALED.search(b.text)
            raw = re.search(r"\d[\d,]*(?:\.\d+)?", b.text)
            value = a.value
            if scaled and raw and not _SCALED.search(a.text) and a.unit in ("count", b.unit):
                value = a.value * b.value / float(raw.group().replace(",", ""))
                if not (b.value / 100 <= value < b.value):
                    continue  # "from 800 to 1.2 million": the lower figure is written whole
            money = (b.unit or "").startswith("money:")
            unit = b.unit if a.unit == "count" and (value != a.value or money) else a.unit
            if (value, unit) == (a.value, a.unit):
                continue  # nothing written at the upper end that the lower lacks
            self.slots[i] = attrs.evolve(a, value=value, unit=unit,
                                         **({"bound": "gt", "in_range": True} if dashed and not a.bound else {}))
            if dashed and not b.bound:
                self.slots[j] = attrs.evolve(b, bound="lt", in_range=True)

    def _numbers_in_words(self) -> None:
        """Numbers in words ("forty-eight hours", "a third of the crop")."""
        text, slots, add, free = self.text, self.slots, self._add, self._free
        for m in _WORDNUM_RE.finditer(text):
            s, e = m.start(), m.end()
            if _TEU.match(text, s):
                continue  # "twenty-foot equivalent units": a unit's name, no length
            phrase = m.group("num")
            art = re.match(r"an?\s+(?=(\w+))", phrase, re.IGNORECASE)
            if art and art.group(1).lower() in _UNITS_SMALL and art.group(1).lower() != "dozen":
                s, phrase = s + art.end(), phrase[art.end() :]  # "a two-day stoppage": the figure is "two"
            if part := _ONE_OF.match(phrase):  # "one of two people who died": the count is two
                some = part.group().split()[0]
                if some.lower() != "one":  # "two of the three tanks": two, of three
                    add(SlotKind.NUMBER, s, s + len(some), float(parse_number(some) or 0), "count")
                s, phrase = s + part.end(), phrase[part.end() :]
            low = phrase.lower().strip()
            if re.fullmatch(r"(?:first|second|third|fourth)[\s-]+(?:quarter|half)", low):
                continue  # "its third-quarter net income": a period, no fraction
            if _PARTS_PER_SCALE.search(text, max(0, s - 12), s):
                continue  # "428.6 parts per [million]": the unit's scale, no figure
            measured = low == "one" and (_measure_after(text, e) is not None  # "boiled for one minute"
                                         or _ONE_PERSON.match(text, e) is not None and not _NO_ONE.search(text, 0, s)
                                         or _AGE_BEFORE.search(text, max(0, s - 12), s) is not None)
            by_share = _BY_SHARE.search(text[max(0, s - 24) : s]) is not None
            share = low == "half" and (by_share or _HALF_OF.match(text, e) is not None
                                       and not _HALF_OF_TIME.search(text[max(0, s - 12) : s]))  # fmt: skip
            if (low in ("a", "an", "one", "half", "quarter", "third", "fifth", "hundred") and not m.group("unit")
                    and not (measured or share)) or not free(s, e):  # fmt: skip
                continue  # too ambiguous on its own ("one of", "half of the")
            value = parse_number(phrase)
            if value is None:
                continue
            unit, mult = _unit_of(m.group("unit"), None, text[max(0, s - 20) : s])
            if (named := _currency_after(text, e)) is not None:
                unit = "money:" + named
            elif (prefixed := _currency_before(text, s)) is not None:
                unit = "money:" + prefixed
            elif unit == "count" and (measure := _measure_after(text, e)) is not None:
                unit, mult = measure
            elif unit == "count" and value < 1 and (by_share or re.match(r"\s+of\s+(?!(?:a|an|one)\b)", text[e:])):
                unit, mult = "percent", 100.0  # "about a third of the crop" is a share: "around 33% of the crop",
                # and so is "fell by about a quarter": "dropped by about 25 percent"
            if unit in ("count", "duration") and _AGE_BEFORE.search(text[max(0, s - 30) : s]):
                unit, mult = "age", 1.0  # "anyone aged one year or older", "aged five and over": an age
            add(SlotKind.NUMBER, s, e, value * mult, unit)
            if value >= 1000 and not any(ch.isdigit() for ch in phrase):
                slots[-1] = attrs.evolve(slots[-1], approx=True)  # "a quarter of a million" is a round figure

    def _entities(self) -> None:
        """Capitalised names."""
        text, sents, add, free = self.text, self.sents, self._add, self._free
        sent_starts = {lo for lo, _ in sents}
        for m in _BODY_FOR.finditer(text):  # "International Union for Conservation of Nature": one name
            if free(m.start("name"), m.end()):
                add(SlotKind.ENTITY, m.start("name"), m.end(), _squash(m.group("name")), None)
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
            if len(words) > 1 and (seat := _SEAT_BEFORE.fullmatch(words[0])) is not None:
                if free(s, s + len(seat.group(1))):  # "Gaborone-based Kalahari Civils": a place, then the name
                    add(SlotKind.ENTITY, s, s + len(seat.group(1)), _squash(seat.group(1)), None)
                s, words = s + len(words[0]) + 1, words[1:]
                name = " ".join(words)
            if len(words) > 2 and (trade := TRADE_NOUN.match(name)) is not None:
                s, words = s + trade.end(), words[1:]  # "Contractor Huadong Harbour Engineering": the firm's name
            if len(words) > 1 and words[-1] in ("No", "Nr", "Nos") and re.match(r"\.?\s*\d", text[e:]):
                words = words[:-1]  # "Jjoksaem No. 47": the name, then the number's abbreviation
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
            if len(words) == 1 and re.match(r"\s+\d", text[e:]) and _LABEL_BEFORE.search(name + " "):
                continue  # "Line 1", "Category 4": a label, its number's to compare
            if len(words) == 1 and ((name in _CURRENCY_CODE and _FIGURE_BEFORE.search(text, max(0, s - 12), s))
                                    or (name.isupper() and _FRANCS_AFTER.match(text, e))):
                continue  # "2.6 billion XPF", "CFP francs": the figure's currency, not a name
            add(SlotKind.ENTITY, s, e, _squash(name), None)

    def _polarities(self) -> None:
        """Words of direction and state (rose, fell, closed, north), with a negation before them."""
        text, tokens, add, free = self.text, self.tokens, self._add, self._free
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
            if low == "up" and re.match(r"\s+to\s+[$€£¥₩]?\d", text[e : e + 8]) \
                    and not re.search(r"\b(?:is|are|was|were|be|been)\s+$", text[max(0, s - 8) : s]):  # fmt: skip
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
            if low in ("above", "below") and _SEA_LEVEL.match(text, e):
                continue  # "3,808 metres [above] sea level": where a height is measured from, no comparison
            if re.search(r"[A-Za-z]{3}-$", text[max(0, s - 4) : s]) and pol[0] not in _COMPASS:
                continue  # "an open-[ended] strike": the end of a compound word, no ending ("re-opened" still opens,
                # "north-[west]" is a direction)
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
            if low.startswith(("stop", "halt")) and re.match(r"\s+(?:work|working)\b", text[e : e + 9]):
                continue  # "teachers [stopped] work on Monday": a strike's start, no closure
            if pol[0] == "state" and _HELD_BEFORE.search(text[max(0, s - 40) : s]):
                continue  # "a strike that had kept classrooms [closed]": what something held shut, not a closure
            if low == "won" and re.search(r"[\d]\s*(?:[a-z]+\s+)?$", text[max(0, s - 14) : s].lower()):
                continue  # the currency
            # same clause, a few words back: "no client orders had been [lost]"
            negated = any(0 < s - p <= 30 and not re.search(r"[,;:()\u2014]", text[p:s]) for p, _ in negs)
            if pol[0] == "state" and _UNTIL_AFTER.match(text, e):
                continue  # "would not [reopen] until 2027", "[closed] until Thursday": a date, which the other state
                # on it answers ("will reopen in 2027", "reopens on Thursday")
            add(SlotKind.POLARITY, s, e, pol, None, negated=negated)


#: "until" a few words after a negated verb, which dates the act rather than negating it.
_UNTIL_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:until|till)\b", re.IGNORECASE)
#: A verb that holds something in a state: "had [kept] classrooms closed", "[left] the plant shut".
_HELD_BEFORE = re.compile(r"\b(?:kept|keep|keeps|keeping|left|leaving|leaves)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: What stands right before a value that a correction rules out: "on Monday, [not] Tuesday", "[rather than] 40".
#: A rival estimate set against the value is one too: "turnout at about 61 percent, [well below the] 89.4 percent
#: announced by the board" (not a figure given as "well over" one with no value before it: "put the number of cases
#: at well over 5,000").
#: A limit a figure names, right after it and its unit: "the 9[-metre limit]", "the 5 percent ceiling".
_LIMIT_AFTER = re.compile(r"(?:[\s-](?:[a-z]+|%))?\s*(?:-|\s)?(?:limit|cap|ceiling|maximum|minimum|threshold|quota)\b")
#: A limit a figure is named as, later in its clause: "Rp 5,500 per kilogram[ that the agency has fixed as the
#: minimum] farm-gate price".
_FIXED_AS_LIMIT = re.compile(
    r"[^.;,]{0,40}?\b(?:that|which)\s+[^.;,]{0,50}?\b(?:as|at)\s+(?:the|a|its)\s+(?:[a-z-]+\s+)?"
    r"(?:limit|cap|ceiling|maximum|minimum|threshold|quota|floor)\b"
)
_RULED_OUT = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|(?P<degree>\b(?:well|far|sharply|significantly|much)\s+"
    r"(?:below|above|under|over|short\s+of|higher\s+than|lower\s+than|less\s+than|more\s+than)))"
    r"\s+(?:(?:on|in|at|by|about|around|the|some)\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


#: Sorts of place named with "of" after them: "the district of ...".
_PLACE_SORTS = r"town|city|village|district|province|prefecture|county|region|municipality"
#: A place's sort before its name: "the neighbouring [town of] Kunneppu".
_PLACE_SORT_OF = r"(?:[\w-]+\s+)?(?:" + _PLACE_SORTS + r")\s+of\s+"
#: A preposition right before a place or an author's name.
_PLACE_PREP = re.compile(r"\b(in|at|from|near|by|outside)\s+(?:the\s+)?(?:" + _PLACE_SORT_OF + r")?$", re.IGNORECASE)
#: The same sort phrase, as part of the place's name for the words around it.
_PLACE_SORT_BEFORE = re.compile(_PLACE_SORT_OF + r"$", re.IGNORECASE)
#: Prepositions that place something alike: "near Kitwe" / "outside Chingola" ("by" names who did it, as often as
#: not: "owned [by] the City of Eger" is no place near the claim's "near the Lajosváros housing estate").
_PREP_CLASS = {"outside": "near"}


#: Where a journey is bound: "bound for [Montreal]", "departing Halifax for [Toronto]", "a flight to [Lima]".
_DESTINATION_PREP = re.compile(
    r"\b(?:bound|destined|headed|heading|departing\s+[A-Z][\w-]*|leaving\s+[A-Z][\w-]*|flights?|route|travelling|"
    r"traveling|sailing)\s+(?:for|to)\s+(?:the\s+)?$"
    # where work is moved: "shift production of seat frames to [Slovakia]", "lines are to be moved to [Romania]"
    r"|\b(?:shift|shifts|shifting|shifted|move|moves|moving|moved|relocat\w*|transfer|transfers|transferring|"
    r"transferred)\s+(?:[\w’'-]+\s+){0,5}?to\s+(?:the\s+)?$"
)


def _prep_class(m: re.Match[str] | None) -> str | None:
    return None if m is None else _PREP_CLASS.get(m.group(1).lower(), m.group(1).lower())


def _place_prep(text: str, start: int) -> str | None:
    """The class of the preposition placing a name at ``start``: "in", "at", "from", "near", or "to" for a
    journey's destination; None for anything else."""
    if _DESTINATION_PREP.search(text[max(0, start - 60) : start]):
        return "to"
    return _prep_class(_PLACE_PREP.search(text[:start]))


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
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
    r"trial|conviction|offence|strike|worker|person|man|woman|body|victim|patient|case|casualty|passenger|miner|"
    r"soldier|officer|student|fatality|death|suspect)\b)",
    re.IGNORECASE,
)
#: Colour-coded alert levels, in their order of danger (amber sits between yellow and red where both are used).
_ALERT_LEVELS = {"green": 1.0, "yellow": 2.0, "amber": 2.5, "orange": 3.0, "red": 4.0}
#: A colour naming an alert level: "an [orange] alert", "the [red] warning level", "the alert level ... to [yellow]".
_ALERT_COLOUR = re.compile(
    r"\b(?P<c1>green|yellow|amber|orange|red)(?:[\s-]+(?:level|alert|warning|code))\b"
    r"|\b(?:alert|warning)(?:\s+level)?\s+(?:[\w’'-]+\s+){0,6}?(?:from\s+(?:green|yellow|amber|orange|red)\s+)?"
    r"(?:to|at|is|was|remains|stands\s+at)\s+(?P<c2>green|yellow|amber|orange|red)\b",
    re.IGNORECASE,
)
#: The IUCN Red List's categories of threat, in their order.
_RED_LIST_RANKS = {"least concern": 1.0, "near threatened": 2.0, "vulnerable": 3.0, "endangered": 4.0,
                   "critically endangered": 5.0, "extinct in the wild": 6.0}
#: A species' category, after the words that give it one: "listed as [critically endangered]", "classed as
#: [Endangered]", "its status as [vulnerable]".
_RED_LIST_NAMES = (
    r"(least\s+concern|near[\s-]threatened|vulnerable|critically\s+endangered|endangered|extinct\s+in\s+the\s+wild)"
)
_RED_LIST = re.compile(
    r"\b(?:as|listed|classed|classified|category|status|assessed|uplisted|downlisted)\s+(?:an?\s+)?"
    + _RED_LIST_NAMES + r"\b",
    re.IGNORECASE,
)
#: ... or before the word category: "places it in the [critically endangered] category".
_RED_LIST_CATEGORY = re.compile(r"\bthe\s+" + _RED_LIST_NAMES + r"\s+(?:category|status|class)\b", re.IGNORECASE)
#: A place in a ranking: "ranked 41st", "ranks [fifth]", "ranked No. 41", "world No. 41", "the 41st-ranked".
_RANK_RE = re.compile(
    r"\b(?:ranked|ranks|ranking|rated)\s+(?:(?:world|joint|equal)\s+)?(?:No\.?\s*|number\s+)?"
    r"(?P<r>\d{1,4}(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?![.,]\d)"
    r"|\bworld\s+(?:No\.?|number)\s*(?P<r2>\d{1,4})\b(?![.,]\d)"
    r"|\b(?P<r3>\d{1,4})(?:st|nd|rd|th)-(?:ranked|placed)\b",
    re.IGNORECASE,
)
#: A death that brings a toll to the rank before it: "a third [worker has died]", "a second [victim was killed]".
_NTH_DEATH = re.compile(
    r"\s+(?:worker|person|man|woman|child|victim|patient|passenger|miner|soldier|officer|student)\s+"
    r"(?:has\s+|had\s+)?(?:died|been\s+killed|was\s+killed|succumbed)\b"
)
#: A match's minute, of two digits too: "in the [78th] minute", "an [87th]-minute penalty" (no "31st launch": other
#: ordinals of two digits count what the text may not say).
_MINUTE_RE = re.compile(
    r"\b((?:1[0-2]\d|[1-9]?\d)(?:st|nd|rd|th))(?=[-\s]minute\b)"  # "in the 112th minute" of extra time
    r"|\bon\s+(?=(?:1[0-2]\d|[1-9]?\d)\s+minutes\b)(\d+)",  # "on 63 minutes": the 63rd minute of play
    re.IGNORECASE,
)
#: The one "first" that is an ordinal whatever the text: "won the title [for the first time]", against "for the second
#: time".
_FIRST_TIME = re.compile(r"\bfor\s+the\s+(first)\s+time\b", re.IGNORECASE)
#: Decades after a count, which counts them as years: "two [decades]", "three [decades'] worth".
_DECADES_AFTER = re.compile(r"[\s-]+decades?\b", re.IGNORECASE)
#: The place of a winner's title in its count, after whose it is: "the club's [first] Swedish championship title",
#: "its [second] league title" (not "its first title since 2019": a run broken, no count of titles).
_TITLE_ORDINAL = re.compile(
    r"(?:\b(?:its|their|his|her)|['’]s)\s+((?i:first|" + _ORDINAL_WORD[1:-1] + r"|[2-9]\d(?:st|nd|rd|th)))"
    r"\s+(?:ever\s+)?"
    r"(?:(?:[A-Z][\w-]*|national|league|world|major)\s+){0,2}(?:championship\s+)?(?:title|championship|trophy|crown)\b"
    r"(?!\s+(?:since|in\s+\w+\s+years|for\s+\w+\s+years))"
)
#: A run's length, which is the place of its last in the run: "[three] years in a row", "[five] straight seasons".
_RUN_COUNT = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)(?=\s+(?:straight|consecutive|successive)\s+"
    r"(?:year|season|month|week|day|quarter)s\b"
    r"|\s+(?:year|season|month|week|day|quarter)s\s+(?:running|in\s+a\s+row)\b)",
    re.IGNORECASE,
)
#: A title counted, after its place in the count: "[national title]", "[Icelandic championship]".
_TITLE_WORDS = r"(?:(?:[A-Z][\w-]*|national|league|world)\s+){0,2}(?:championship|title|crown|trophy)\b"
#: ... and as a title's predicate: "The title is the [24th] Icelandic championship in ÍN's history".
_TITLE_IS_ORDINAL = re.compile(
    r"\b(?:title|crown|trophy|championship|win|victory)\s+(?:is|was|marks|marked)\s+the\s+(?:club['’]s\s+)?"
    r"((?i:" + _ORDINAL_WORD[1:-1] + r"|[2-9]\d(?:st|nd|rd|th)))\s+" + _TITLE_WORDS
)
#: An ordinal that a sentence predicates of its subject: "The incident is the [third] on a local authority this year",
#: "It was the [second] cyberattack", "marks the [fourth] time".
_ORDINAL_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|be|been|marks|marked|became|becomes)\s+(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?"
    + _ORDINAL_WORD + r"\b(?!-)",
    re.IGNORECASE,
)
#: One player's goals in a match, however told: "scored a [hat-trick]", "[his brace]", "scored [twice]", "scored
#: [two] goals".
_GOAL_TALLY = re.compile(
    r"(?:\b(?:a|his|her|their|the)|\b[\w’'-]+['’]s)\s+"
    r"(?:(?:first|second|third|fourth|first-half|second-half|late|perfect)\s+)?"
    r"(?:(?P<hat>hat[- ]trick)|(?P<brace>brace))\b"
    r"|\bscor(?:ed|es|ing)\s+"
    r"(?:(?P<times>twice|(?:three|four|five)\s+times)|(?P<n>two|three|four|five|[2-9])\s+goals)\b",
    re.IGNORECASE,
)
#: How many goals "scored [twice]", "scored [three] times" tells.
_TIMES = {"twice": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}
#: Units specific enough that one value of each in a claim and a passage fill the same slot (and a rating's label:
#: "a Category [4] system" / "Cyclone Vilisi, Category [3], crossed ...").
_SPECIFIC_UNITS = frozenset({"age", "score", "celsius", "ordinal", "rank", "alert", "red list", "label:category",
                             "label:level", "label:grade", "goals"})
#: A series' format, no count of anything: "the [best-of-five] final", "a best of seven series".
_SERIES_FORMAT = re.compile(r"\bbest[ -]of[ -](?:three|five|seven|nine|\d)\b", re.IGNORECASE)
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
    """Whether ``a``-``b`` reads as a tennis set or a volleyball one (not an age band such as "7-9")."""
    hi, lo = max(a, b), min(a, b)
    tennis = (hi == 6 and lo <= 4) or (hi == 7 and lo in (5, 6))
    volleyball = (hi in (15, 25) and lo <= hi - 2) or (hi > 25 and hi - lo == 2)  # "25-21", "27-25", "15-12"
    return tennis or volleyball


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
    r"\b(?:won|wins?|winning|lost|loses?|losing|beat|beats|beating|defeated|defeats?|defeating|edged|edging|"
    r"thrashed|thrashing|overcame|overcoming|downed|downing|crushed|crushing|drew|draw|victory|"
    r"scored?|lead|led|leads|trail(?:ed|s)?|vote[ds]?|voting|margin|tie[ds]?|approved|passed|rejected|split"
    # a set's or a series' result: "the deciding fifth set [15-12]", "the final series against Komárno [3-1]"
    r"|(?:deciding|opening|first|second|third|fourth|fifth|final|last)\s+(?:set|game|frame)|tie-?break(?:er)?"
    r"|(?:final|title|playoff|play-off)\s+series)\b"
    r"(?:\s+[\w’'-]+){0,4},?\s*$",  # "by a single vote, [5-4]"
    re.IGNORECASE,
)
_SCORE_AFTER = re.compile(
    r"\s+(?:(?:home|away|road|comeback|shock|narrow|emphatic)\s+)?(?:win|wins|victory|defeat|loss|draw|tie|vote|"
    r"decision|ruling|majority|lead|margin|triumph|scoreline)\b"
    r"|\s+in\s+(?:the|a|an|their|its)\s+(?:cup\s+)?"
    r"(?:final|semi-?final|quarter-?final|match|game|derby|replay|decider)\b",
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
#: A tally by sides: "49 deputies in favour and 36 against", "with 12 votes for, 3 against", "12 councillors voting
#: in favour and 7 against", "19 councillors raising their hands in favour and 8 against".
_FOR_AGAINST_RE = re.compile(
    rf"\b(?P<a>{_NUM_WORD})\s+(?:[a-z]+\s+)?(?:vot(?:ing|ed)\s+|(?:rais(?:ing|ed)\s+)?their\s+hands\s+)?"
    rf"(?:in\s+favou?r|for|yes)\b[\s,]*(?:and\s+|with\s+|to\s+)?"
    rf"(?P<b>{_NUM_WORD})\s+(?:[a-z]+\s+)?(?:vot(?:ing|ed)\s+)?(?:against|opposed|no)\b",
    re.IGNORECASE,
)
#: A vote told as those for and those against: "[22] councillors backed the increase and [11] opposed it", "57
#: councillors voted for the 9.4 billion CFA franc budget and 13 voted against it".
_BACKED_OPPOSED_RE = re.compile(
    rf"\b(?P<a>{_NUM_WORD})\s+(?:[a-z]+\s+){{0,2}}(?:backed|supported|voted\s+(?:for|in\s+favou?r))\b"
    rf"(?:[^.;:]|\.(?=\d)){{0,60}}?"
    rf",?\s+(?:and|while|with)\s+(?P<b>{_NUM_WORD})\s+(?:[a-z]+\s+)?(?:opposed|rejected|voted\s+against|against)\b",
    re.IGNORECASE,
)
#: A temperature: "45C", "45 °C", "113 degrees Fahrenheit" (kept in Celsius).
#: What a height is measured from: "3,808 metres above [sea level]".
_SEA_LEVEL = re.compile(r"\s+(?:mean\s+)?sea[\s-]+level\b", re.IGNORECASE)
#: A road's kilometre marker: "Kilometre 27", "KM27", "Km. 14" (not "27 km": a distance).
_ROAD_MARKER = re.compile(r"\b(?:Kilomet(?:re|er)|KM|Km)\.?\s?(\d{1,4})\b(?![.,]\d)")
_TEMPERATURE_RE = re.compile(
    r"(?<![\w.])((?:minus\s+)?[-−]?\d{1,3}(?:\.\d)?)(?:\s?°\s?|\s+degrees\s+|\s)?(C|F|Celsius|Fahrenheit|centigrade)\b"
    r"(?!\.\w|-)"
)


def _degrees(raw: str) -> float:
    """A temperature's figure as written, its sign in words or in either dash: "minus 7.8" and "−7.8" are -7.8."""
    raw = raw.replace("−", "-")
    return -float(raw[5:].strip()) if raw.startswith("minus") else float(raw)


#: A rule's words after a floor, before the clause ends: "at least 60 percent of the fleet [must] keep running".
_RULE_AFTER = re.compile(
    r"[^,;.]{0,50}?\b(?:must|shall|has\s+to|have\s+to|(?:is|are)\s+(?:required|obliged)\s+to)\b", re.IGNORECASE
)
#: ... or before it: "[ordered] the operators to keep at least", "[must] guarantee at least", "[requires] at least".
_RULE_BEFORE = re.compile(
    r"\b(?:must|shall|ordered|requires?|required|obliged|obliges|mandates?|mandated)\b[^,;.]{0,40}?\bat\s+least\s+$",
    re.IGNORECASE,
)

#: An estimate's verb and its object before "at up to": "[estimated losses at] up to", "[putting the damage at] up to".
_ESTIMATE_AT = re.compile(
    r"\b(?:estimat\w*|puts?|putting|valued?|valuing)\s+(?:[\w’'-]+\s+){0,5}?at\s+up\s+to\s+$", re.IGNORECASE
)

#: "7.9 degrees" with no scale named: a temperature where a word near it speaks of one (_TEMPERATURE_CUE), never
#: a bearing, a latitude or an angle ("a 30-degree slope" is written with a hyphen and is not read), nor a difference.
_BARE_DEGREES = re.compile(
    r"(?<![\w.])((?:minus\s+)?[-−]?\d{1,2}(?:\.\d)?)\s+degrees\b"
    r"(?!\s+(?:north|south|east|west|of\s+(?:latitude|longitude|arc)|latitude|longitude|angle|turn)\b)"
    # (nor a difference, left a count as before: "0.9 degrees above the average", "0.4 degrees warmer than")
    r"(?!\s+(?:above|below|warmer|colder|hotter|cooler|higher|lower|more|less|up|down)\b)"
)
_TEMPERATURE_CUE = re.compile(
    r"\b(?:temperatures?|warm\w*|cold\w*|heat\w*|frost\w*|freez\w*|thermometers?|weather|hot\w*|cool\w*|"
    r"mercury|chill\w*|measured|readings?|(?:weather\s+)?stations?|degrees\s+(?:C|Celsius)\b)", re.IGNORECASE,
)
_FAHRENHEIT = re.compile(r"\bFahrenheit\b|\d\s?°?F\b")


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
#: A bound that says the value lies right by the figure: "[just under] five minutes", "[slightly over] 3,000".
_JUST_PAST = frozenset(f"{a} {b}" for a in ("just", "slightly") for b in ("under", "over", "below", "above"))
#: Verbs of a value going up: "[went] up to 3.1%" is where it went, no ceiling.
_GOES = frozenset("go goes went gone going rise rises rose risen rising climb climbs climbed climbing jump jumps "
                  "jumped jumping shot move moves moved moving add adds added adding".split())  # ("[add up to] 95")
#: What joins a range's two ends: "800-840 million", "800 million to 840 million", "between 800 and 840 million".
_RANGE_JOINT = re.compile(r"\s?[-–]\s?|\s+to\s+|\s+and\s+")
#: A scale word written with a figure.
_SCALED = re.compile(
    r"\d\s?(?:[kKmMbB]\b|bn\b|mn\b|mln\b|bln\b|tn\b|trn\b)|\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE
)
_RANGE_START = re.compile(r"\bbetween\s+[$€£¥₩]?$", re.IGNORECASE)
#: (the first end in words too: "aged between nine months and [five] years")
_RANGE_END = re.compile(
    r"\bbetween\s+[$€£¥₩]?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)(?:\s+[a-z]+)?\s+and\s+[$€£¥₩]?$",
    re.IGNORECASE,
)

#: A rescheduled or revised value: "postponed [from] March 3 to March 10", "revised the estimate from 2.1% to ...";
#: but a price revised is changed, not corrected ("the fee for taxis was revised from N$1,200 to N$3,500").
_MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|put\s+off|(revised)|corrected|amended)"
    r"\b(?:\s+[\w’'-]+){0,4}?\s+from\s+(?:(?:on|in|the|about|around)\s+)?[$€£¥₩]?$",
    re.IGNORECASE,
)


#: What a price is, as a verb or its noun: "will cost", "the fee", "pay".
_COSTS = re.compile(r"\b(?:costs?|pays?|charges?|fees?|prices?|fares?|rents?|tariffs?|wages?|salar(?:y|ies))\b",
                    re.IGNORECASE)
#: A price's name before a revised figure: what is revised from one sum to another is changed, both standing.
_PRICE_WORD = re.compile(r"\b(?:fees?|prices?|tariffs?|fares?|rates?|wages?|salar(?:y|ies)|rents?|charges?|levy|tax)\b",
                         re.IGNORECASE)


def _near_number(text: str, s: int, e: int) -> bool:
    return bool(re.search(r"\d|percent|%", text[max(0, s - 30) : e + 30]))


def _minutes_of_day(m: re.Match[str]) -> int:
    """Minutes after midnight of a :data:`_TIME_OF_DAY` match."""
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 720
    if m.group("h24"):
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return hour * 60 + int(m.group("m") or 0)


#: Words naming the part of a month or a year a date falls in, right before it.
_PART_OF_A_TIME = frozenset({"mid", "early", "late"})
_PART_OF_YEAR = re.compile(r"\b(?:" + "|".join(sorted(_PART_OF_A_TIME)) + r"|end)-((?:19|20)\d\d)\b", re.IGNORECASE)
