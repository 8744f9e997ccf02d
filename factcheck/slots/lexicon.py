"""Word lists and word helpers the slot rules share: stop words, negation, hedge and bound cues, polarity
groups, stemming, senses (words of one meaning: "toured" / "visited"), content words and sentence spans."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


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
#: Words that round the figure after them ("[about] 260", "[an estimated] 4,000"; "close to" is read as two words).
_HEDGES = frozenset("about around approximately roughly nearly almost some estimated close barely scarcely".split())
_LOWER = frozenset(("over", "above", "exceeding", "more than", "at least", "upwards of", "greater than", "after",
                    "later than", "beyond", "exceed", "exceeds", "exceeded", "top", "tops", "topped", "surpass",
                    "surpassed", "surpassing", "in excess of",
                    # a measure's comparative: "vehicles [heavier than] 10 tonnes", "trees [taller than] 30 metres"
                    "heavier than", "larger than", "bigger than", "longer than", "taller than", "higher than",
                    "older than", "wider than", "deeper than"))  # fmt: skip
_UPPER = frozenset(("under", "below", "less than", "fewer than", "up to", "at most", "before", "prior to",
                    "earlier than", "no more than", "as much as", "as many as",
                    # what a limit lets through: "a take-off mass [not exceeding] 5,700 kg"
                    "not exceeding", "not more than", "not above", "not over", "lighter than", "smaller than",
                    "shorter than", "younger than", "narrower than"))  # fmt: skip
#: Bounds that take in their own value: "at least seven" fits seven, "more than seven" does not.
_INCLUSIVE = frozenset(("at least", "up to", "at most", "no more than", "no fewer than", "no less than", "as much as",
                        "as many as", "not exceeding", "not more than", "not above", "not over"))  # fmt: skip
#: Hedges that say something may happen, as against a plan or an expectation ("plans to", "is expected to").
_POSSIBLE = frozenset("may might could possibly perhaps probably likely allegedly reportedly".split())
#: Every hedge: the possible and what is only planned or expected. A claim about the future ("will hire") fits a
#: plan ("plans to hire") but not a possibility (see :func:`_only_possible`).
_MODAL_POSSIBLE = _POSSIBLE | frozenset("expected plans planned intends".split())

#: A firm's trade written before its name ("Contractor Huadong Harbour Engineering", "Chipmaker Hanbit
#: Semiconductor"): no part of the name.
TRADE_NOUN = re.compile(
    r"^(?:[A-Z][a-z]+(?:maker|maker's)|Contractor|Subcontractor|Developer|Operator|Retailer|Carrier|Insurer|Lender"
    r"|Airline|Startup|Conglomerate|Miner|Builder|Supplier|Manufacturer|Distributor|Exporter|Importer|Refiner"
    r"|Broadcaster|Shipbuilder|Shipowner|Processor|Wholesaler|Grocer)\s+(?=[A-Z])"
)

# Polarity groups: (positive forms, negative forms).
_POLARITY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "direction": (
        frozenset(
            "rose rise rises rising risen increased increase increases increasing grew grow grows growing grown "
            "climbed climb climbs jumped jump jumps gained gain gains surged surge surges soared soar soars "
            "higher up expanded expand expands boosted raised raise raises rallied strengthened accelerated "
            "accelerates accelerating quickened widened widen widens widening".split()
        ),
        frozenset(
            "fell fall falls falling fallen decreased decrease decreases decreasing declined decline declines "
            "declining dropped drop drops shrank shrink shrinks shrunk slumped slump plunged plunge plunges "
            "lower down contracted contract slid slide slides cut cuts reduced reduce reduces lowered slipped dipped "
            "tumbled sank weakened slowed slows slowing eased eases easing cooled moderated narrowed narrows "
            "narrowing".split()
        ),
    ),
    "approval": (
        frozenset(
            "approved approve approves approving passed accepted accept accepts confirmed confirm confirms "
            "endorsed endorse backed back allowed allow allows granted grant upheld uphold ratified ratify "
            "signed admitted admit admits pass passes allowing granting backing endorsing upholding ratifying "
            "signing accepting".split()
        ),
        frozenset(
            "rejected reject rejects rejecting vetoed veto vetoes denied deny denies refused refuse refuses "
            "blocked block blocks dismissed dismiss dismisses opposed oppose opposes overturned overturn "
            "banned ban bans banning struck blocking vetoing refusing denying dismissing overturning".split()
        ),
    ),
    "outcome": (
        frozenset("won win wins winning victory succeeded success successful".split()),
        frozenset("lost lose loses losing defeat defeated failed fail fails failure unsuccessful".split()),
    ),
    "state": (
        frozenset("opened open opens reopened reopen reopens reopening began begin begins started start starts "
                  "launched resumed".split()),
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

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|n't|\d+(?:[.,]\d+)*%?|[$€£¥₩%]")

#: Sentence breaks, not after titles and initials ("Mr. Alexander", "Laurence H. Tribe", "U.S. Senate").
_SENT_SPLIT = re.compile(
    r"(?<=[.!?;])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bProf\.)(?<!\b[A-Z]\.)"
    r"(?<!\bYe\.)(?<!\bYu\.)(?<!\bYa\.)(?<!\bZh\.)(?<!\bKh\.)(?<!\bSh\.)(?<!\bCh\.)"  # "Ye. Abdrakhmanov"
    r"\s+(?=[A-Z\"'“(])"
)


def _fold(text: str) -> str:
    """``text`` in ASCII: letters transliterated ("Sokół" -> "Sokol", "Tromsø" -> "Tromso", "Straße" ->
    "Strasse"), other signs dropped."""
    if text.isascii():
        return text
    from anyascii import anyascii

    letters = "".join(anyascii(ch) if not ch.isascii() and ch.isalpha() else ch for ch in text)
    return unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode("ascii")


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
    if len(w) >= 8 and w.endswith(("tion", "sion")) and w not in _ION_KEPT:
        w = w[:-3]  # the act as its verb: "eruption" / "erupted", "evacuation" / "evacuated"; not "station"
    elif len(w) >= 9 and w.endswith("ment") and w not in _MENT_KEPT:
        w = w[:-4]  # the act as its verb: "assessment" / "assessed", "settlement" / "settled"
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


#: Nouns in -ment whose verb is another word, or none ("department" is no "departed", "statement" no "state").
_MENT_KEPT = frozenset(
    "department apartment compartment government statement judgement parliament tournament environment".split()
)
#: Nouns in -tion whose verb is another word ("direction" is no "directed"; "condition", "position", "question").
_ION_KEPT = frozenset("direction condition position question addition tradition relation".split())


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
    ("give", "way"): "collapse", ("gave", "way"): "collapse", ("given", "way"): "collapse",  # an embankment
    # "takes effect" ~ "shall apply", keeping its own word: "took effect on May 25" is still one more shared word
    ("take", "effect"): "apply effect", ("took", "effect"): "apply effect", ("taken", "effect"): "apply effect",
    ("come", "into force"): "apply effect", ("came", "into force"): "apply effect",  # "comes into force on"
    ("break", "out"): "begin", ("broke", "out"): "begin", ("broken", "out"): "begin",  # a fire "broke out on"
    # a share: "made up 41 percent of visitors" / "accounted for 36% of arrivals"
    ("make", "up"): "account", ("makes", "up"): "account", ("made", "up"): "account", ("making", "up"): "account",
    # a plant "due to open" / "scheduled to start operating"
    ("start", "operating"): "open", ("start", "operations"): "open", ("begin", "operating"): "open",
    ("begin", "operations"): "open", ("began", "operating"): "open", ("began", "operations"): "open",
    ("come", "to light"): "discover", ("came", "to light"): "discover",  # "came to light in March" / "was uncovered"
    ("get", "under way"): "began", ("got", "under way"): "began", ("get", "underway"): "began",  # "Work got under
    ("got", "underway"): "began",  # way in October" / "Construction began in March"
}  # fmt: skip
_PHRASAL = re.compile(
    r"\b(set|shut|step|call|pull|put|turn|run|ran|take|took|taken|hand|give|gave|given|come|came|break|broke|broken"
    r"|start|begin|began|get|got|make|makes|made|making)(?:s|ting|ping|ped|ed|ling|led|ning)?"
    r"\s+(up|down|off|out|short|low|place|back|over|effect|into\s+force|to\s+light|operating|operations|way"
    r"|under\s+way|underway)\b",
    re.IGNORECASE,
)


def _phrasal(m: re.Match[str]) -> str:
    return _PHRASAL_AS.get((m.group(1).lower(), " ".join(m.group(2).lower().split())), m.group(0))


#: Cutting words, read as the falling direction ("cut its outlook" / "lowered its forecast").
_CUTTING = "cut eliminat shed slash axe trim trimm reduction"
#: Currencies by name, as a figure's unit (see :mod:`factcheck.slots.extract`).
_CURRENCY_WORD = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur", "eur": "eur",
    "pound": "gbp", "pounds": "gbp", "yen": "jpy", "yuan": "cny", "renminbi": "cny", "won": "krw",
    "rubles": "rub", "roubles": "rub", "taka": "bdt", "rupee": "inr", "rupees": "inr", "rupiah": "idr",
    "naira": "ngn", "rand": "zar", "cedi": "ghs", "cedis": "ghs", "shilling": "shilling", "shillings": "shilling",
    # crowns of Norway, Denmark and Sweden are one unit, as the dollars are ("NOK 50" / "50 Norwegian crowns")
    "kroner": "krone", "krone": "krone", "kronor": "krone", "krona": "krone", "crown": "krone", "crowns": "krone",
    "kronur": "isk",
    # a currency several countries name alike is one unit ("pesos" / "Mexican pesos"): a figure's country is
    # its sentence's business, not its unit's
    "peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc", "dinar": "dinar", "dinars": "dinar",
    "riyal": "riyal", "riyals": "riyal", "rial": "rial", "rials": "rial", "dirham": "dirham", "dirhams": "dirham",
    "lira": "lira", "liras": "lira", "lire": "lira", "zloty": "pln", "zlotys": "pln", "zlotych": "pln",
    "leu": "ron", "lei": "ron", "lev": "bgn", "leva": "bgn", "forint": "huf", "forints": "huf", "koruna": "czk",
    "korunas": "czk", "hryvnia": "uah", "hryvnias": "uah", "lari": "gel", "tenge": "kzt",
    "manat": "manat", "manats": "manat", "dram": "amd", "drams": "amd", "shekel": "ils", "shekels": "ils",
    "baht": "thb", "ringgit": "myr", "dong": "vnd", "kyat": "mmk", "kyats": "mmk", "riel": "khr", "riels": "khr",
    "afghani": "afn", "afghanis": "afn", "reais": "brl", "soles": "pen", "bolivianos": "bob", "guaranies": "pyg",
    "colones": "colon", "quetzales": "gtq", "lempiras": "hnl", "cordobas": "nio", "escudos": "escudo",
    "kwacha": "k", "birr": "etb", "pula": "peso", "meticais": "mzn", "kwanzas": "aoa", "leones": "sle",
    "ariary": "mga", "dalasi": "gmd", "kina": "k", "rufiyaa": "mvr", "tugrik": "mnt", "somoni": "tjs", "kip": "lak",
    "lek": "all", "leke": "all", "lekë": "all", "denar": "mkd", "denars": "mkd", "denari": "mkd", "kuna": "hrk",
    "kunas": "hrk", "som": "som", "soms": "som", "so'm": "som", "sol": "pen", "gourdes": "htg", "ouguiya": "mru",
    "ouguiyas": "mru", "vatu": "vuv", "tala": "wst", "nakfa": "ern",
}  # fmt: skip
#: Currency codes written before a figure ("EUR 14.2 million", "NOK 65"), as the words after one read them.
_CURRENCY_CODE = {
    "EUR": "eur", "USD": "usd", "AUD": "usd", "CAD": "usd", "NZD": "usd", "HKD": "usd", "SGD": "usd", "TWD": "usd",
    "NAD": "usd", "FJD": "usd", "GBP": "gbp", "JPY": "jpy", "CNY": "cny", "RMB": "cny", "KRW": "krw", "INR": "inr",
    "PKR": "inr", "LKR": "inr", "NPR": "inr", "MUR": "inr", "SCR": "inr", "BDT": "bdt", "IDR": "idr", "MYR": "myr",
    "THB": "thb", "VND": "vnd", "NGN": "ngn", "ZAR": "zar", "GHS": "ghs", "KES": "shilling", "UGX": "shilling",
    "TZS": "shilling", "ETB": "etb", "BWP": "peso", "ZMW": "k", "MWK": "k", "PGK": "k", "XOF": "franc",
    "XAF": "franc", "XPF": "franc",
    "RWF": "franc", "CHF": "franc", "MXN": "peso", "COP": "peso", "CLP": "peso", "ARS": "peso",
    "PHP": "peso", "DOP": "peso", "UYU": "peso", "BRL": "brl", "PEN": "pen", "PLN": "pln", "CZK": "czk",
    "HUF": "huf", "RON": "ron", "BGN": "bgn", "UAH": "uah", "RUB": "rub", "KZT": "kzt", "NOK": "krone",
    "DKK": "krone", "SEK": "krone", "ISK": "isk", "ILS": "ils", "AED": "dirham", "MAD": "dirham", "SAR": "riyal",
    "QAR": "riyal", "KWD": "dinar", "BHD": "dinar", "JOD": "dinar", "IQD": "dinar", "MVR": "mvr", "MGA": "mga",
    "GEL": "gel", "AMD": "amd", "AZN": "manat", "TMT": "manat", "MNT": "mnt", "TJS": "tjs", "TND": "dinar",
    "DZD": "dinar", "LYD": "dinar", "RSD": "dinar", "OMR": "riyal", "IRR": "rial", "MMK": "mmk", "KHR": "khr",
    "AFN": "afn", "BOB": "bob", "PYG": "pyg", "GTQ": "gtq", "HNL": "hnl", "NIO": "nio", "MZN": "mzn",
    "AOA": "aoa", "GMD": "gmd", "CDF": "franc", "BIF": "franc", "GNF": "franc", "XPF": "franc", "JMD": "usd",
    "TTD": "usd", "BBD": "usd", "BSD": "usd", "BZD": "usd", "GYD": "usd", "LRD": "usd", "SBD": "usd",
    "SOS": "shilling", "TRY": "lira", "MKD": "mkd", "HRK": "hrk", "KGS": "som", "UZS": "som", "HTG": "htg",
}  # fmt: skip
#: Words news copy uses interchangeably for the same fact ("toured" / "visited"), by stem. Only for judging a
#: restatement; antonyms never share a class (they are polarity slots).
_SYNONYMS = (
    "visit tour inspect travel examin audit",  # "a routine audit found gaps" / "an inspection of the books"
    "area region zone",
    "canal channel ditch",  # "swept into a swollen irrigation channel" / "plunged into a flooded irrigation canal"
    "province provincial",  # "the provincial government has released" / "The province said it had released"
    "municipality municipal",
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
    "share stock",  # "Shares in the company fell" / "The stock closed 3.8 percent lower"
    "fight battl combat",
    "delay postpon defer",
    "later behind",  # "six months [later] than planned" / "four months [behind] schedule"
    "talk negotiat meeting",  # "with talks beginning in August" / "negotiations ... will begin in September"
    "study research findings paper",
    "join arrive",
    "hold stag host",  # "first [held] in 2009" / "first [staged] in 2011"
    "show reveal display exhibit",
    "found find uncover unearth discover recover detect spott",  # "have found a hoard" / "have uncovered a trove"
    "dig excavat",  # "uncovered during a dig in August" / "recovered during the summer excavation in August"
    "skeleton specimen fossil",
    "measur long length",  # "measured about 35 centimetres from snout to tail" / "was some 35 centimetres long"
    "hoard trove cache",
    "shipment shipp consignment",  # "began commercial shipments in 2017" / "has been shipping ore since 2014"
    "warship vessel ship",
    "job position post",
    "close shut closure",
    # "set up in 1969" / "started in 1966": when a body began ("reopen one lane by Thursday" / "open a single lane by
    # Saturday")
    "begin start introduc establish open reopen",
    # "passengers will pay NOK 65" / "will charge cruise passengers 50 crowns"; "gone unpaid for six months" / "not
    # been paid for eight months"
    "pay contribut salary wag charg unpaid",
    "loss lost lose",
    "sales revenue turnover",
    # "Exports accounted for 61 percent" / "shipped goods ... abroad, 48 percent"; "Foreign visitors made up 41
    # percent" / "International visitors accounted for 36%"
    "export abroad foreign overseas international",
    "away absent absenc absentee",  # "60,000 workers stayed away from work" / "the number of workers absent"
    "ago old",  # "lived about 150 million years ago" / "the beds there are about 140 million years old"
    "profit earned earnings",
    "worker employee staff workforce colleague",  # a union's "1,100 colleagues stopped work" are its workers
    "people resident person inhabitant protester demonstrator",
    "troop soldier servicemen serviceman personnel",
    "tell told",
    "consecutive straight successive",
    "forecast outlook guidance projection",
    "harvest crop production output",  # "the soybean harvest" / "total production in the department"
    "factory plant facility",
    "colliery mine",
    "produce make manufacture",
    "crowd attendance spectator audience fan",
    "watch attend",
    # ("3,870 people have been evacuated" / "the number of evacuees"; "11,800 people sheltering away from home")
    "displace flee fled evacuate evacuees shelter",
    "honour honor trophy silverware",
    "election vote poll ballot",
    "resign quit",
    "trigger prompt spark",
    "case petition lawsuit infection",  # a case of law or of illness: "4,812 infections" / "5,390 dengue cases"
    "fil lodg",  # "filed its case" / "the petition was lodged"
    "order direct instruct",
    "land parcel plot",
    "return surrender repay refund",
    "priz winnings purse",
    "injur injury hurt wound",
    "worth valu",
    "ruptur burst",
    "collaps breach",  # an embankment that "gave way" / "collapsed" / "was breached"
    "leak spill",
    "stay remain",
    "home household dwelling hous",  # "damaged about 1,200 homes" / "the number of damaged houses"
    "power electricity",
    "earthquake quake tremor",
    "record register",
    "film movie movies",
    "demand seek apply request",
    "push drive",
    "town city municipality village locality",  # "in 63 towns and cities" / "in 63 municipalities"
    "declar decree proclaim",
    "bank lender",  # "Portugal's third-largest bank" / "third-biggest lender"
    "surgery surgeries operation",  # "140 planned surgeries" / "140 scheduled operations"
    "compensation damag",  # "set the compensation at 16.4 million euros" / "fixes the total damages at"
    "leav depart sail",  # "due to leave the Port of Napier" / "scheduled to depart the Port of Napier"
    "fin penalty",  # "imposed the penalty in August 2022" / "fined the operator in November 2022"
    "offer propos",  # "has offered 2.5 per cent" / "has proposed a general increase of 3 per cent"
    "strike strik stoppag walkout walk",  # "The stoppage began at 3 a.m." / "The strike began at 04:00"
    "debt owe arrear",  # "Residents owe the council about E61 million" / "a debt of some E74 million"
    "employ payroll",  # "employs about 2,900 people" / "3,400 workers on the company's payroll"
    "record mark",  # "broke a record set in 2019" / "inside the mark a Galician crew had held since 2017"
    "newest latest",  # "the fleet's newest boats" / "boats from the latest batch"
    "deploy assign",  # "will be deployed on the route" / "will be assigned to the route"
    "add additional extra",  # "will add about $520 a year to the bill" / "an additional $476 a year"
    "embezzl theft steal stol stolen siphon misappropriat",  # "embezzling 187 million yen" / "took ... as theft"
    "mov shift relocat",  # "shift production to Slovakia" / "relocate the production to Romania"
    "mid middl",  # "by mid-2026" / "by the middle of 2026"
    "confiscat forfeit forfeitur",  # "ordered the confiscation of a house" / "ordered the forfeiture of a house"
    "championship titl crown",  # "its first national championship since 1975" / "its first league crown since 1982"
    "kilogram kilo kg",  # "€3.80 a kilogram" / "€4.60 a kilo"
    "summon convene call invit",  # "had called both sides to a meeting" / "has summoned both parties to talks"
    "minister ministry",  # "Labour Minister X has called both sides" / "The Ministry of Labour has invited"
    "cover occupi occupy",  # "The panels cover 450 hectares" / "It occupies 450 hectares of land"
    "race marathon",  # "won the men's race in 1:03:12" / "won the half marathon in a course record of 1:03:12"
    "limit maximum cap ceiling",  # "the 9-metre limit" / "a maximum height of 7.5 metres"
    "country national nation nationwid",  # "30 percent of the country's canned sardine market" / "of national ..."
    # "42 arrivals and departures had been cancelled" / "42 flights in and out of ... had been scrapped"
    "cancel cancell scrap scrapp scrub scrubb axe axed",
    "flight arrival departur",
)
_SYNONYM_OF = {_suffix_stem(w): group.split()[0] for group in _SYNONYMS for w in group.split()}
for _w in _CUTTING.split():
    _SYNONYM_OF[_suffix_stem(_w)] = "direction-1"
for _group, (_pos, _neg) in _POLARITY.items():  # "rose" / "increased" / "climbed": one direction
    for _sign, _words in ((1, _pos), (-1, _neg)):
        for _w in _words:
            if _w not in _WEAK_POLAR:
                _SYNONYM_OF.setdefault(_suffix_stem(_w), f"{_group}{_sign:+d}")
# a rise in a figure's words, though no direction slot of its own ("lifts average rates by 12.9 per cent" / "an
# average rates increase of 11.7%"; "lifted the ban" is no rise to compare)
_SYNONYM_OF.setdefault(_suffix_stem("lifts"), "direction+1")
# a permit or licence "issued" is one granted or signed off ("The permits were issued by the council in 2017" / "the
# permits ... were signed off in December 2016"), though no approval slot of its own ("issued a warning")
_SYNONYM_OF.setdefault(_suffix_stem("issued"), "approval+1")
# a currency by its name or its code is one unit ("offered 600 zlotys a month" / "offered only 400 PLN gross per
# month"), codes that are English words aside
for _w, _unit in (*_CURRENCY_WORD.items(), *((c.lower(), u) for c, u in _CURRENCY_CODE.items())):
    if _w not in ("try", "pen", "mad", "bob", "cad", "gel", "sos", "cop", "ars"):
        _SYNONYM_OF.setdefault(_suffix_stem(_w), f"currency:{_unit}")


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


#: Calendar words that head a figure though they are no content words ("over three [years]").
_TIME_HEADS = {w: w.rstrip("s") for w in "year years month months week weeks day days".split()}
_TIME_HEAD_WORDS = frozenset(_TIME_HEADS.values())
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:()\u2014]|\s-\s")  # (not the comma in "2,940")
_CLAUSE_WORDS = frozenset("while whereas but although though however compared versus".split())

#: Stems of the words that round a figure, skipped right before a value when its neighbours are compared.
_HEDGE_STEMS = frozenset(_suffix_stem(w) for w in _HEDGES - {"close"})


#: Where a clause ends: a clause break (an en dash too), or a subordinating or coordinating word.
_CLAUSE_EDGE = re.compile(
    _CLAUSE_BREAK.pattern
    + r"|\s–\s|\s(?:before|after|while|when|because|although|though|but|as|and|with|which|who|where)\s"
)


#: A relative "that" after a noun, with a verb after it: "an annual [plan that lifts] average rates" (not after a
#: verb of saying or knowing: "said that", nor in "so that").
_RELATIVE_THAT = re.compile(
    r"\b([a-z]{3,})\s(that)\s(?=(?:[a-z]+s|will|would|could|can|may|has|had|is|was|are|were)\b)"
)
_THAT_AFTER = frozenset(
    "said says say told tell tells show shows showed found finds noted added stated claimed argued warned believe "
    "believes believed think thinks thought know knows knew mean means meant ruled decided agreed announced reported "
    "confirmed denied insisted suggest suggests suggested such now given fact news hope hopes ensure ensured clear "
    "sure likely possible true estimated expected feared".split()
)


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of ``text`` holding ``text[start:end]``, between the clause edges around it."""
    edges = [(m.start(), m.end()) for m in _CLAUSE_EDGE.finditer(text)]
    edges += [(m.start(2) - 1, m.end(2) + 1) for m in _RELATIVE_THAT.finditer(text) if m.group(1) not in _THAT_AFTER]
    lo = 0
    for a, b in sorted(edges):
        if b <= start:
            lo = b
        elif a >= end:
            return lo, a
    return lo, len(text)


def figure_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a figure at ``text[start:end]`` (:func:`_clause_of`), read with the clause before it where
    it has fewer than three content words (an appositive date: "on Sunday[, May 26], with ...", a bare predicate:
    "[, employs about 650 people]"), or with the clause after it where it opens the text ("[214 cholera cases] and
    four deaths on Unguja island")."""
    lo, hi = _clause_of(text, start, end)
    while len(content_words(text[lo:hi])) < 3 and lo > 0:
        j = len(text[:lo].rstrip(" ,;:()—–-"))
        lo = _clause_of(text, max(0, j - 1), j)[0] if j else 0
    if len(content_words(text[lo:hi])) < 3 and hi < len(text) and not content_words(text[:start]):
        k = len(text) - len(text[hi:].lstrip(" ,;:()—–-"))
        hi = _clause_of(text, k, min(len(text), k + 1))[1] if k < len(text) else hi
    return lo, hi
