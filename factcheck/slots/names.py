"""Comparing names: spellings and transliterations of one name (:func:`names_match`), slips of a letter or
two (:func:`misspelt`), a name with or without its origin ("Bolivia's Copa Airlines") and names joined by
"and"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.segment import _UPPER
from factcheck.slots.lexicon import _fold, _same_sense, stem
from factcheck.slots.records import Slot


@lru_cache(maxsize=16384)
def _squash(name: str) -> str:
    folded = _fold(name).lower()
    folded = re.sub(r"^(the)\s+", "", folded)
    return re.sub(r"[^a-z0-9]", "", folded)


@lru_cache(maxsize=4096)
def _squashed_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, each squashed (:func:`_squash`) with its possessive dropped."""
    return tuple(_squash(re.sub(r"['’]s$", "", w)) for w in text.split())


#: Words a name makes a modifier with: "Soviet-era", "Kenya-based", "state-owned".
_NAME_COMPOUND = r"(?:era|based|owned|run|led|style|born|made|backed|funded|listed|registered|flagged|bound)\b"


def _name_written_in(name: str, passage: str) -> bool:
    """Whether ``name`` stands in ``passage`` as whole words, whatever its spacing, hyphens and accents ("Kim
    Jong-un" in "Kim Jong Un said"), or as one part of a hyphenated name ("Ostrava" in "Ostrava-Hrabová", a
    district of it); not as part of a longer word ("Liisa Tamm" is not in "Liisa Tamme")."""
    target = "".join(_squashed_words(re.sub(r"^[Tt]he\s+", "", name)))
    if not target:
        return False
    words = _squashed_words(re.sub(r"(?<=\w)-(?=[A-Z]|" + _NAME_COMPOUND + r")", " ", passage))
    for i in range(len(words)):
        joined = ""
        for w in words[i:]:
            joined += w
            if len(joined) >= len(target):
                break
        if joined == target:
            return True
    return False


def _part_named(name: str, ents: Sequence[Slot]) -> bool:
    """Whether a passage name is one part of the claim's hyphenated name: "from Alghero" for "from
    Alghero-Fertilia airport", the town the airport is named for; a part of four letters or more, written whole."""
    parts = [x for x in re.split(r"-(?=[A-Z])", name) if len(x) >= 4] if "-" in name else []
    return len(parts) > 1 and any(_squash(p.text) == _squash(x) for p in ents for x in parts)


def _initials(name: str, *, form: bool = False) -> str:
    """The initials of a name's capitalised words, its legal form left out ("Aguas Serranas del Centro S.A." ->
    "asc"); with ``form``, the legal form's first word too, as its letters when it is an abbreviation in capitals
    ("Isla Mainland Power Corp." -> "impc", "Confecciones Peninsulares SA de CV" -> "cpsa")."""
    folded = _LEGAL_PREFIX.sub("", _fold(name))
    m = _LEGAL_FORM.search(folded)
    bare = folded[: m.start()] if m else folded
    out = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’\-]*", bare) if w[0].isupper()).lower()
    if form and m:
        first = re.sub(r"[.,]", "", (m.group().replace(",", " ").split() or [""])[0])
        out += first.lower() if first.isupper() else first[:1].lower()
    return out


#: A company's legal form before its name: "[PT] Halmahera Sinar Nikel" is "HSN", "[OOO] Andijan Gears" "AG".
_LEGAL_PREFIX = re.compile(r"^(?:PT|CV|OOO|OAO|ZAO|PAO|JSC|OJSC|PJSC)\.?\s+(?=[A-Z])")
#: A company's legal form at the end of its name: "S.A.", "Ltd", "Co., Ltd.", "GmbH"; where the form comes
#: before the seat, the seat too ("Državni Energetski Sistemi AD Skopje", "Pivovar a.s. Prostějov").
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:S\.?A\.?(?:\s*de\s*C\.?V\.?)?|Ltd\.?|Limited|Inc\.?|Co\.?|Corp\.?|PLC|plc|AG|GmbH|LLC|Bhd"
    r"|Berhad|Sdn|Pvt\.?|Tbk|Ltda|Pcl|PCL"
    r"|N\.?V\.?|B\.?V\.?|S\.?p\.?A\.?|S\.?L\.?|SAS|Pty))+\s*$"
    r"|,?\s+(?:AD|DOO(?:EL)?|JSC|OJSC|PJSC|a\.s\.|d\.d\.|d\.o\.o\.|Oyj?|AB|ASA|A/S)(?:\s+[A-Z][\w-]+)?\s*$"
)


#: Names copy gives one body by, squashed: India's federal government is "the Centre" and "the Union Government".
_ONE_BODY = (
    frozenset({"centre", "center", "uniongovernment", "centralgovernment"}),
    # a country's short and long names: "doctors recruited from the United Kingdom" / "recruited from Britain"
    frozenset({"unitedkingdom", "britain", "greatbritain", "uk"}),
    frozenset({"unitedstates", "unitedstatesofamerica", "america", "us", "usa"}),
    frozenset({"netherlands", "holland"}),
    frozenset({"czechrepublic", "czechia"}),
    frozenset({"turkey", "turkiye"}),
    frozenset({"ivorycoast", "cotedivoire"}),
    frozenset({"myanmar", "burma"}),
    frozenset({"eswatini", "swaziland"}),
    frozenset({"drc", "drcongo", "democraticrepublicofcongo", "democraticrepublicofthecongo", "congokinshasa"}),
)


#: A possessive ending a name.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")


def names_match(a: str, b: str, *, threshold: float = 85.0) -> bool:
    """Whether two names denote the same entity, allowing spelling and transliteration variants.

    "Kim Jong Un" ~ "Kim Jong-un", "Gaddafi" ~ "Gadhafi", "KCNA" ~ "Korean Central
    News Agency", "Biden" ~ "Joe Biden".
    """
    from rapidfuzz import fuzz

    plain_a, plain_b = _POSSESSIVE.sub("", a), _POSSESSIVE.sub("", b)
    if (plain_a, plain_b) != (a, b) and names_match(plain_a, plain_b, threshold=threshold):
        return True  # "the EU's reserve" names the "European Union"
    sa, sb = _squash(a), _squash(b)
    if not sa or not sb:
        return False
    if sa == sb or any(sa in names and sb in names for names in _ONE_BODY):
        return True
    if fuzz.ratio(sa, sb) >= threshold:
        return True
    ia, ib = _initials(a), _initials(b)
    # (an exchange is written "X" in its initials: "ASX" ~ "Australian Securities Exchange", "TSX")
    xa, xb = (re.sub(r"\bExchange\b", "Xchange", n) for n in (a, b))
    if (a.isupper() and len(sa) >= 2 and sa in (ib, _initials(b, form=True), _initials(xb))) or (
        b.isupper() and len(sb) >= 2 and sb in (ia, _initials(a, form=True), _initials(xa))
    ):
        return True  # "KCNA" ~ "Korean Central News Agency"; "IMPC" ~ "Isla Mainland Power Corp."
    lead_a, lead_b = a.split()[0], b.split()[0]
    if (len(lead_a) >= 3 and lead_a.isupper() and " " in a and lead_a.lower() in (ib, _initials(b, form=True))) or (
            len(lead_b) >= 3 and lead_b.isupper() and " " in b and lead_b.lower() in (ia, _initials(a, form=True))):
        return True  # a body's initials opening the name of its work: "IUCN Red List" for "International Union for
        # Conservation of Nature"
    ta = [_squash(w) for w in a.split() if _squash(w)]
    tb = [_squash(w) for w in b.split() if _squash(w)]
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if short and all(any(fuzz.ratio(x, y) >= threshold for y in long_) for x in short):
        return True
    fa, fb = [_spelt_as_said(w) for w in short], [_spelt_as_said(w) for w in long_]
    if short and (fa, fb) != (short, long_) and all(any(fuzz.ratio(x, y) >= threshold for y in fb) for x in fa):
        return True  # "Soenita Ramdien" / "Sunita Ramdin": Dutch spelling of one name
    if _short_head(a, b) or _short_head(b, a):
        return True  # "RM of Morris" ~ "Rural Municipality of Morris"
    storm_a, storm_b = _STORM.sub("", a), _STORM.sub("", b)
    if storm_a != a and storm_b != b:  # "Cyclone Nirjhar" / "Severe Cyclonic Storm Nirjhar": one storm, its name
        return names_match(storm_a, storm_b, threshold=threshold)
    bare_a, bare_b = _ARTICLE.sub("", a), _ARTICLE.sub("", b)
    if (bare_a, bare_b) != (a, b) and min(len(bare_a), len(bare_b)) >= 3:
        # "Al-Faw" / "Fao": the Arabic article left out, then one letter traded as transliterations do
        return names_match(bare_a, bare_b, threshold=threshold) or _one_transliteration(bare_a, bare_b)
    # one word of six letters or more, one stretch of vowels traded: "Matanikau" / "Mataniko"
    return len(ta) == len(tb) == 1 and min(len(sa), len(sb)) >= 6 and _one_transliteration(a, b)


#: Letters one spelling writes for a sound another writes otherwise: Dutch "oe" and "ie" ("Soenita Ramdien" /
#: "Sunita Ramdin"), "dj" and "tj" ("Djoko" / "Joko"), and the "y" of a Ukrainian name's "iy", "yu", "ya", "ye" and
#: "yi" that other systems write "i" ("Serhiy Pavlyuk" / "Serhii Pavliuk", "Kyiv" / "Kiev").
_SPELLINGS = (
    ("iy", "ii"), ("yu", "iu"), ("ya", "ia"), ("ye", "ie"), ("yi", "i"),
    ("oe", "u"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("dj", "j"), ("tj", "c"),
)


def _spelt_as_said(word: str) -> str:
    """``word`` with the letters of :data:`_SPELLINGS` written as the one sound they stand for."""
    for written, said in _SPELLINGS:
        word = word.replace(written, said)
    return word


def _short_head(short: str, full: str) -> bool:
    """Whether ``short`` writes the words of ``full`` before its "of" as their initials, the rest alike: "RM of
    Morris" / "Rural Municipality of Morris", "DC of Kilifi" / "District Commissioner of Kilifi"."""
    m, n = re.match(r"([A-Z]{2,5})\s+(of\s.+)", short), re.match(r"((?:[A-Z][\w’'-]*\s+){2,5})(of\s.+)", full)
    if m is None or n is None:
        return False
    return m.group(1) == "".join(w[0] for w in n.group(1).split()) and _squash(m.group(2)) == _squash(n.group(2))


#: A storm's class before its name, graded however the forecaster grades it: "Cyclone", "Severe Cyclonic Storm",
#: "Super Typhoon", "Tropical Storm".
_STORM = re.compile(
    r"^(?:(?:Super|Severe|Very\s+Severe|Extremely\s+Severe|Major)\s+)?(?:Cyclonic\s+Storm|Cyclone|Typhoon|Hurricane|"
    r"Tropical\s+(?:Storm|Cyclone|Depression)|Storm)\s+(?=[A-Z])"
)
#: The Arabic article written before a name: "Al-Faw", "el-Arish", "Ad-Dawhah".
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrst])[-‑ ](?=[A-Z])")


def _one_transliteration(a: str, b: str) -> bool:
    """Whether two names differ in one stretch of vowels and h, y, j, w only ("Faw" / "Fao"; not "Faw" / "Fan")."""
    import difflib

    sa, sb = _squash(a), _squash(b)
    ops = [op for op in difflib.SequenceMatcher(None, sa, sb).get_opcodes() if op[0] != "equal"]
    return len(ops) == 1 and set(sa[ops[0][1] : ops[0][2]] + sb[ops[0][3] : ops[0][4]]) <= _TRANSLIT | _VOWELS


_VOWELS = frozenset("aeiou")
#: A stretch of two vowels and the one vowel transliterations write for it ("ie" in Dutch spelling is "i").
_DIGRAPH_SOUNDS = frozenset(
    {("ie", "i"), ("ee", "e"), ("ee", "i"), ("oo", "o"), ("oo", "u"), ("aa", "a"), ("uu", "u"), ("ii", "i"),
     ("au", "a"), ("ou", "u"), ("ou", "o"), ("oe", "u"), ("oe", "o")}
)


def _sounds_alike(longer: str, at: int, shorter: str) -> bool:
    """Whether the vowel at ``at`` in ``longer``, which ``shorter`` leaves out, makes with a vowel beside it a
    stretch written for the one vowel ``shorter`` has there (:data:`_DIGRAPH_SOUNDS`)."""
    for lo in (at - 1, at):
        pair = longer[lo : lo + 2]
        if lo < 0 or len(pair) != 2 or not set(pair) <= _VOWELS:
            continue
        kept = pair[0] if lo == at - 1 else pair[1]  # the vowel beside the one left out
        if (pair, kept) in _DIGRAPH_SOUNDS and shorter[lo : lo + 1] == kept:
            return True
    return False
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


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Squashed country names (pycountry's common ones), and their first four letters."""
    import pycountry

    names = {_squash(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    return frozenset(names), frozenset(n[:4] for n in names if len(n) >= 4)


#: Words for a people that share no country's first letters ("Irish" / "Ireland", "Dutch"), and a continent's
#: ("demand from [European] retailers").
_OTHER_DEMONYMS = frozenset(
    "british english scottish welsh irish french dutch spanish danish finnish polish swiss filipino european african"
    " asian arab caribbean scandinavian nordic".split()
)
_DEMONYM_END = re.compile(r"(?:an|ien|ese|ish|i|ic|ch|ine|ino|[kh])$")


@lru_cache(maxsize=4096)
def _demonym(name: str) -> bool:
    """Whether ``name`` is one word naming a people, not its country ("Kazakh", "Kenyan", "Nigerien", "Greek",
    "Irish"): it shares a country's first four letters and ends as such words do, or is one of a few others."""
    if " " in name or not name[:1].isupper():
        return False
    squashed = _squash(name)
    countries, starts = _countries()
    if squashed in countries:
        return False
    return squashed in _OTHER_DEMONYMS or (
        squashed[:4] in starts and _DEMONYM_END.search(squashed) is not None and len(squashed) <= 11)


#: German letters and how copy without them writes them.
_UMLAUT_AS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_UMLAUTS = re.compile("[" + "".join(_UMLAUT_AS) + "]")


def _unmarked(name: str) -> str:
    return _UMLAUTS.sub(lambda m: _UMLAUT_AS[m.group()], name)


#: An Arabic article written on a name's word: "[Al-]Qudah", "[el-]Sisi".
_ARTICLE = re.compile(r"(?<![\w’'-])(?:al|el|ad|as|ash|at|az|ar|an)-(?=\w)", re.IGNORECASE)


def misspelt(a: str, b: str) -> bool:
    """Whether two writings of one multi-word name differ in one word by a slip of spelling ("Mercy Wanjiru
    Otieno" / "Mercy Wanjiku Otieno", "Liisa Tamm" / "Liisa Tamme", "Dale Ferrow" / "Dale Farrow") rather than
    by transliteration: vowels for vowels besides other changes, a doubled letter, or an h, y, j or w
    ("Muhammad" / "Mohammed", "Gaddafi" / "Gadhafi"). One vowel for another, and nothing else, is a slip: it
    flags "Hussain" against "Hussein" too, a spelling a copy editor checks against the house style."""
    import difflib

    if _squash(_unmarked(a)) == _squash(_unmarked(b)):
        return False  # German written without its marks: "Wäscherei Huber & Söhne" / "Waescherei Huber & Soehne"
    if _squash(_ARTICLE.sub("", a)) == _squash(_ARTICLE.sub("", b)):
        return False  # an Arabic article written or left out: "Nabil Qudah" / "Nabil Al-Qudah"
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
    if diff and k == 3 and diff[0] == (_squash(ta[-3]), _squash(tb[-3])) and diff[0][0][:4] == diff[0][1][:4] \
            and any(w.endswith(("'s", "’s")) or _demonym(w) for w in (ta[-3], tb[-3])):
        diff = diff[1:]  # "Belgian" / "Belgium's", "Kenya's" / "Kenyan": one country
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
    apart = [i for i in range(len(x)) if len(x) == len(y) and x[i] != y[i]]
    if len(apart) == 2 and apart[1] == apart[0] + 1 and x[apart[0]] == y[apart[1]] and x[apart[1]] == y[apart[0]]:
        pair = {x[apart[0]], x[apart[1]]}
        if pair & set("yhw") and pair & _VOWELS:
            return False  # a vowel on either side of a y, h or w, as transliterations write it: "Lemayian" /
            # "Lemaiyan"
    slips = 0
    changes = [op for op in difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes() if op[0] != "equal"]
    for op, i1, i2, j1, j2 in changes:
        left, right = x[i1:i2], y[j1:j2]
        if len(changes) == 1 and op == "replace" and len(left) == len(right) == 1 and {left, right} <= _VOWELS:
            return True  # one vowel for another and nothing else is a slip ("Dale Ferrow" / "Dale Farrow"); a
            # transliteration changes more than one ("Muhammad" / "Mohammed")
        if _transliterated(op, left, right) and not (op == "replace" and i2 == len(x) and j2 == len(y)
                                                      and {left, right} <= {"a", "o"}):
            continue  # but a closing "a" for "o" is another name ("Castaneda" / "Castanedo")
        if not (left and right) and len(left + right) == 1:  # one letter in or out: a doubled one is no slip
            ch, word, at = (left or right), (x if left else y), (i1 if left else j1)
            if word[at - 1 : at] == ch or word[at + 1 : at + 2] == ch:
                continue
            if ch in _VOWELS and _sounds_alike(word, at, x if word is y else y):
                continue  # a vowel in or out of a stretch of vowels that sounds the same, as transliterations write
                # it: "Mahabier" / "Mahabir", "Jagernath" / "Jagernauth" (not "Kessler" / "Kesslier")
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


#: One-word peoples the demonym test misses (a country's first letters, other endings).
_PEOPLES = frozenset("dane danes swede swedes finn finns pole poles briton britons".split())


def _of_a_place(word: str) -> bool:
    """Whether a name's first word says where it is from ("Denmark's", "Dane", "Kenyan"), not which it is."""
    if word.endswith(("'s", "’s")):
        return True
    squashed = _squash(word)
    return _demonym(word) or squashed in _PEOPLES or squashed in _countries()[0]


#: A grade or model written as letters and a number: "EF3", "F-16", "A320", "DENV-3"; or as a word and a number,
#: Roman or not: "Level III", "Category 4".
_CODE = re.compile(r"([A-Z]{1,5})-?(\d{1,3})|([A-Z][a-z]+)\s+([IVX]{1,4}|\d{1,2})")
#: Roman numerals a level is written in.
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _grade(m: re.Match[str]) -> tuple[str, int | None]:
    """A code's letters or word and its number: "EF3" -> ("EF", 3), "Level III" -> ("Level", 3)."""
    if m.group(1):
        return m.group(1), int(m.group(2))
    n = m.group(4)
    return m.group(3), int(n) if n.isdigit() else _ROMAN.get(n)


def _code_swap(c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim code, passage code, passage slot) when the passage gives the claim's grade another number and never
    writes the claim's: "rated it an EF3" against "was an EF2", "DENV-3" against "DENV-2", "Level III" against
    "Level II"."""
    mine = _CODE.fullmatch(c.text)
    if mine is None or re.search(rf"(?<![\w-]){re.escape(c.text)}(?![\w-])", passage):
        return None
    word, number = _grade(mine)
    for p in ents:
        theirs = _CODE.fullmatch(p.text)
        if theirs and (other := _grade(theirs))[0] == word and None not in (number, other[1]) and other[1] != number:
            return c.text, p.text, p
    return None


def _lead_swap(c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the passage names a namesake of the claim's body, place or
    project that differs only in its first word, and never writes the claim's first word: "the Samarkand
    Agricultural Machinery Plant" against "the Chirchiq Agricultural Machinery Plant", "the Sinan Bluewave project"
    against "the Anma Bluewave project"."""
    mine = c.text.split()
    if len(mine) < 2 or len(mine[0]) < 3 or _of_a_place(mine[0]):
        return None
    if re.search(rf"(?<![\w-]){re.escape(mine[0])}(?![\w-])", passage, re.IGNORECASE):
        return None
    for p in ents:
        theirs = p.text.split()
        if (len(theirs) == len(mine) and len(theirs[0]) >= 3 and theirs[0][:1].isupper()
                and not _of_a_place(theirs[0])
                and [w.lower() for w in theirs[1:]] == [w.lower() for w in mine[1:]]
                and theirs[0].lower() != mine[0].lower() and not names_match(c.text, p.text)):  # fmt: skip
            return c.text, p.text, p
    return None


#: Words that open a place's name and say what sort of place it is: "[Ha] Mositi" (a village in Lesotho), "[Lake]
#: Albert", "[Port] Mathurin", "[Bukit] Mertajam".
_PLACE_HEADS = frozenset(
    "ha lake mount mt port cape fort ban kampung kg kampong bukit sungai pulau wadi tel kafr ras bandar nong jebel"
    " barangay brgy sitio puerto villa ciudad monte lago isla ilha pointe mont lac".split()
)


def _place_swap(c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the passage's one place of the claim place's sort is another
    ("the village of Ha Mositi" against "a contaminated borehole at Ha Mohlaka") and it never writes the claim's."""
    mine = c.text.split()
    if len(mine) != 2 or mine[0].lower() not in _PLACE_HEADS:
        return None
    if re.search(rf"(?<![\w-]){re.escape(mine[1])}(?![\w-])", passage, re.IGNORECASE):
        return None
    alike = [p for p in ents if len(w := p.text.split()) == 2 and w[0].lower() == mine[0].lower()]
    if len(alike) != 1 or names_match(c.text, alike[0].text) or misspelt(c.text, alike[0].text):
        return None
    return c.text, alike[0].text, alike[0]


#: The sort of administrative unit a place's name is followed by: "Hualgayoc [province]", "Khanka [district]".
_UNIT_AFTER = re.compile(
    r"\s+(province|district|county|region|department|prefecture|governorate|municipality|oblast|canton|regency)\b"
)


def _unit_swap(claim: str, c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the claim places something in a unit of one sort ("the
    communities in Hualgayoc province") and the passage's one unit of that sort is another ("communities of
    Cajamarca's San Pablo province"), never writing the claim's."""
    if (m := _UNIT_AFTER.match(claim, c.end)) is None:
        return None
    mine = (_origin(c.text) or (c.text, ""))[0]
    if re.search(rf"(?<![\w-]){re.escape(mine)}(?![\w-])", passage, re.IGNORECASE):
        return None
    alike = {(_origin(p.text) or (p.text, ""))[0]: p for p in ents
             if (u := _UNIT_AFTER.match(passage, p.end)) and u.group(1).lower() == m.group(1).lower()}  # fmt: skip
    if len(alike) != 1 or names_match(mine, other := next(iter(alike))) or misspelt(mine, other):
        return None
    return mine, other, alike[other]


#: What a place's name places, right before it: "the [communities] in Hualgayoc", "[communities] of Cajamarca's ...".
_PLACED_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:in|of|at|from|near)\s+(?:the\s+)?$")


def _placed_alike(claim: str, c: Slot, passage: str, p: Slot) -> bool:
    """Whether a claim's place name and a passage's place the same thing: "the [communities] in Hualgayoc province" /
    "four highland [communities] of Cajamarca's San Pablo province"."""
    mine = _PLACED_BEFORE.search(claim, max(0, c.start - 40), c.start)
    theirs = _PLACED_BEFORE.search(passage, max(0, p.start - 40), p.start)
    return mine is not None and theirs is not None and bool(
        _same_sense({stem(mine.group(1))}) & _same_sense({stem(theirs.group(1))}))


#: Where a firm has its seat, told after it: "a supplier [based in Kaposvár]", "registered in Pécs".
_SEATED_IN = re.compile(rf"\b(?:based|headquartered|registered)\s+in\s+(?P<place>[{_UPPER}][\w’'-]+)")


def _seat_swap(claim: str, c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the claim seats a firm in one place ("Szekszárd-based supplier
    Medivita Kft") and a passage naming the firm seats it in another ("Medivita Kft., a supplier based in
    Kaposvár"), never writing the claim's."""
    if not c.text.endswith("-based"):
        return None
    place = c.text[: -len("-based")]
    firm = re.match(r"\s+(?:[a-z]+\s+){0,2}([A-Z][\w’'&-]+)", claim[c.end : c.end + 80])
    if firm is None or firm.group(1) not in passage or re.search(rf"(?<![\w-]){re.escape(place)}", passage):
        return None
    seats = {m.group("place") for m in _SEATED_IN.finditer(passage)}
    if len(seats) != 1 or names_match(place, other := seats.pop()) or misspelt(place, other):
        return None
    slot = next((p for p in ents if p.text == other), None)
    return (c.text, other, slot) if slot is not None else None


#: Right after a name, that it is the one a superlative picks out: "Binduri district[ was the worst] affected",
#: "The Netherlands[ remained the union's largest] market".
_IS_THE_MOST = re.compile(
    r"(?:\s+(?:[Dd]istrict|[Rr]egion|[Pp]rovince|[Cc]ounty|[Tt]own|[Cc]ity|[Vv]illage|[Ss]tate|[Mm]unicipality))?"
    r"\s+(?:was|is|were|are|remained|remains|became|has\s+been|had\s+been)\s+(?:again\s+|still\s+)?"
    r"(?:the|its|their|his|her|(?:the\s+)?[\w’'-]+['’]s)\s+(?:single\s+|most\s+)?"
    r"(?P<most>worst|best|biggest|largest|hardest|heaviest|highest|lowest|main|top|leading)\b"
)


#: A player given an award: "was named the tournament's [most valuable player]", "was voted [MVP]" (after another
#: act: "scored both goals and was named Most Valuable Player").
_AWARDED = re.compile(
    r"(?:\s+[^.;,]{0,60}?\s+and)?\s+(?:was|is|has\s+been)\s+(?:also\s+)?(?:named|voted|crowned|chosen)\s+(?:as\s+)?"
    r"(?:the\s+)?(?:[\w’'-]+['’]s\s+)?(?P<most>most\s+valuable\s+player|MVP|best\s+player|top\s+scorer)\b",
    re.IGNORECASE,
)


#: Superlatives that pick out the same one: "the largest buyer" is "the main market", "hardest hit" "worst hit".
_MOST_ALIKE = {"biggest": "largest", "main": "largest", "top": "largest", "leading": "largest", "hardest": "worst"}


def _superlative_swap(claim: str, c: Slot, ents: Sequence[Slot], passage: str) -> tuple[str, str, Slot] | None:
    """(claim name, passage name, passage slot) when the claim's name is the one a superlative picks out ("Binduri
    district was the worst affected", "was named the tournament's most valuable player") and the passage's one
    name given that superlative is another ("Bawku West District is the worst affected")."""
    for pattern in (_IS_THE_MOST, _AWARDED):
        if (mine := pattern.match(claim, c.end)) is not None:
            break
    else:
        return None
    most = _MOST_ALIKE.get(word := re.sub(r"\s+", " ", mine.group("most").lower()), word)
    theirs = [p for p in ents if (m := pattern.match(passage, p.end))
              and _MOST_ALIKE.get(word := re.sub(r"\s+", " ", m.group("most").lower()), word) == most]  # fmt: skip
    if pattern is _AWARDED:  # the subject of "scored both [Pohnpei] goals and was named ...": the first name
        theirs = [p for p in theirs if not any(q.end <= p.start and _AWARDED.match(passage, q.end, p.start + 200)
                                               and q.end > p.start - 70 for q in theirs)]  # fmt: skip
    if len(theirs) != 1 or names_match(c.text, theirs[0].text) or misspelt(c.text, theirs[0].text):
        return None
    return c.text, theirs[0].text, theirs[0]


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
