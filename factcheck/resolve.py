"""Who a source is: its kind, its canonical name, and what a later mention refers back to.

:func:`classify_source` reads a source as written ("a Kremlin spokesman",
"Russia's TASS news agency") with a gazetteer of state and news media and
head-noun lists (:class:`~factcheck.model.SourceKind`). A
:class:`SourceResolver` follows one article: it learns acronyms introduced
in brackets ("the Korean Central News Agency (KCNA)"), links "the agency",
"the ministry", "the official", a bare surname or a shouted transcript label
back to the earlier source they stand for, and :func:`pronoun_fits` tells
whether "he", "she" or "it" can stand for a name.
"""

from __future__ import annotations

import bisect
import functools
import re

from factcheck.model import SourceKind
from factcheck.segment import _LOWER, _UPPER
from factcheck.slots.lexicon import TRADE_NOUN as _TRADE_NOUN

__all__ = ["SourceResolver", "classify_source", "pronoun_fits"]

#: A capitalised name word, with an elided prefix ("O'Brien", "M'Mapendo", "Núñez").
_NAME_WORD = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}][\w’'-]*"
#: A source written as a short name in capitals, maybe after "the": "KMD", "the RTS".
_SHORT_SOURCE = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")
_PARTY_TAG = r"\([RDI](?:-[A-Z][A-Za-z.]{1,12})?\)"

# --------------------------------------------------------------------------- classification

_STATE_MEDIA = {
    "KCNA": ("kcna", "korean central news agency", "rodong sinmun", "korean central television", "kctv"),
    "Xinhua": ("xinhua", "xinhua news agency", "new china news agency"),
    "TASS": ("tass", "itar-tass"),
    "RIA Novosti": ("ria novosti", "ria"),
    "RT": ("rt", "russia today"),
    "CCTV": ("cctv", "china central television"),
    "Global Times": ("global times",),
    "People's Daily": ("people's daily", "people’s daily"),
    "IRNA": ("irna", "islamic republic news agency"),
    "Press TV": ("press tv",),
    "SANA": ("sana",),
}
_NEWS_MEDIA = {
    "Reuters": ("reuters",),
    "AP": ("ap", "associated press", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Yonhap": ("yonhap", "yonhap news agency"),
    "Bloomberg": ("bloomberg",),
    "Kyodo": ("kyodo", "kyodo news"),
    "NHK": ("nhk",),
    "BBC": ("bbc",),
    "CNN": ("cnn",),
    "The New York Times": ("new york times", "the new york times", "the times", "nyt"),
    "The Washington Post": ("washington post", "the washington post"),
    "The Wall Street Journal": ("wall street journal", "the wall street journal", "wsj"),
    "Politico": ("politico",),
    "NK News": ("nk news",),
    "Daily NK": ("daily nk",),
    "Chosun Ilbo": ("chosun ilbo",),
    "JoongAng Ilbo": ("joongang ilbo",),
    "Fox News": ("fox news",),
    "NBC News": ("nbc", "nbc news"),
    "CBS News": ("cbs", "cbs news"),
    "ABC News": ("abc", "abc news"),
    "The Athletic": ("the athletic",),
    "Sky News": ("sky news",),
    "Sky Sports": ("sky sports",),
    "ESPN": ("espn",),
    "Axios": ("axios",),
    "CNBC": ("cnbc",),
    "Financial Times": ("financial times", "the financial times"),
    "The Economist": ("the economist",),
    "Nikkei": ("nikkei", "nikkei asia"),
    "Kommersant": ("kommersant",),
    "Interfax": ("interfax",),
    "Caixin": ("caixin",),
    "South China Morning Post": ("south china morning post", "scmp"),
    "Orlando Sentinel": ("orlando sentinel", "the orlando sentinel"),
    "San Francisco Chronicle": ("san francisco chronicle",),
    "Houston Chronicle": ("houston chronicle",),
    "The Philadelphia Inquirer": ("philadelphia inquirer", "the philadelphia inquirer"),
    "Hartford Courant": ("hartford courant",),
    "The Boston Globe": ("boston globe", "the boston globe"),
    "The Globe and Mail": ("globe and mail", "the globe and mail"),
    "Star Tribune": ("star tribune", "star-tribune"),
    "The Plain Dealer": ("plain dealer", "the plain dealer"),
    "The Daily Telegraph": ("daily telegraph", "the daily telegraph"),
    "Al Jazeera": ("al jazeera",),
    "The Guardian": ("guardian", "the guardian"),
}
#: Whose state media each gazetteer outlet is, as nationality words: "Russian state media" is not Xinhua.
_STATE_MEDIA_OF = {
    "KCNA": "north korean", "Xinhua": "chinese", "TASS": "russian", "RIA Novosti": "russian", "RT": "russian",
    "CCTV": "chinese", "Global Times": "chinese", "People's Daily": "chinese", "IRNA": "iranian",
    "Press TV": "iranian", "SANA": "syrian",
}  # fmt: skip
#: A country's state news agency, described rather than named: "China's official news agency" is Xinhua.
_AGENCY_OF = {
    "china": "Xinhua", "chinese": "Xinhua", "north korea": "KCNA", "north korean": "KCNA", "russia": "TASS",
    "russian": "TASS", "iran": "IRNA", "iranian": "IRNA", "syria": "SANA", "syrian": "SANA",
}  # fmt: skip
_NATIONAL_AGENCY = re.compile(
    r"\b(china|north korea|russia|iran|syria)['’]s\s+(?:official|state|state-run|state-owned|government)\s+news\s+agency\b"
    r"|\b(?:official|state|state-run|state-owned|government)\s+(chinese|north korean|russian|iranian|syrian)\s+news\s+agency\b"
)
_NATIONALITY = re.compile(
    r"\b(?:north korean|south korean|chinese|russian|iranian|syrian|belarusian|cuban|venezuelan|turkish|saudi|"
    r"egyptian|vietnamese|eritrean|pakistani|indian|japanese)\b",
    re.I,
)
_ALIAS: dict[str, tuple[str, SourceKind]] = {}
for _canon, _names in _STATE_MEDIA.items():
    for _n in _names:
        _ALIAS[_n] = (_canon, SourceKind.STATE_MEDIA)
for _canon, _names in _NEWS_MEDIA.items():
    for _n in _names:
        _ALIAS[_n] = (_canon, SourceKind.NEWS_MEDIA)

_ANON_RE = re.compile(
    r"\b(?:sources?|familiar with|close to the|briefed on|knowledgeable about|anonymity|anonymous|unnamed|unidentified|insiders?|"
    r"declined to be (?:named|identified)|not authori[sz]ed|asked not to be)\b",
    re.I,
)
_STATE_MEDIA_RE = re.compile(
    r"\b(?:state(?:-run|-controlled| run| controlled)?\s+(?:media|news agency|news|television|tv|"
    r"broadcaster|newspaper|press)|official (?:news agency|media))\b",
    re.I,
)
_MEDIA_RE = re.compile(
    r"\b(?:media|newspapers?|(?:news|information|telegraph) agency|broadcasters?|outlets?|daily|"
    r"press(?!\s+(?:secretar|aide|officer|office|spokes))|"
    r"reporters?|journalists?|"
    r"television|tv|radio|magazine|news|[a-z]+news|news[a-z]+|times|"
    r"(?<!border\s)(?<!police\s)(?<!army\s)(?<!trading\s)post|"
    r"journal|tribune|herald|gazette|wire|newswire|diario|"
    r"courier|"  # ("GeoNews Agency": a newsroom's name glued to "news")
    # newsrooms named in their own languages: "Agenzia Giuliana Stampa", "Prensa Sur", "Agencia Informativa ..."
    r"(?<!ufficio\s)(?<!ufficio\sdi\s)stampa|(?<!oficina\sde\s)prensa|presse|noticias|notícias|informativa|nachrichten"
    r"|zeitung|giornale|gazzetta|corriere|peri[oó]dico"
    r"|kabar|berita|habari|novosti|vesti|haber|nouvelles|notizie|nieuws)\b",  # ("Kabar Nusantara Agency": news)
    re.I,
)
_OFFICIAL_RE = re.compile(
    r"\b(?:ministry|minister|ministers|spokes(?:man|woman|person|people)|government|officials?|"
    r"president|premier|chancellor|commanders?|generals?|diplomats?|secretary|ambassador|embassy|military|army|navy|command|"
    r"chiefs of staff|police|department|agency|authorit(?:y|ies)|office|cabinet|"
    r"white house|kremlin|pentagon|congress|parliament|senate|senator|lawmakers?|governor|mayor|"
    r"council|councill?ors?|commission|committee|administration|regime|national intelligence service|nis|"
    r"foreign ministry|state department|campaign|party|leader|prosecutors?|court|judge|central bank|"
    r"(?:fire|police) chief|chief of police|sheriff|fire marshal|firefighters?|inspectors?|investigators?|"
    r"compan(?:y|ies)|compagnie|compa[nñ][ií]a|companhia|soci[eé]t[eé]|sociedade?|empresa|"  # (in their languages)
    r"firm|holdings?|carrier|airline|corporation|manufacturer|retailer|union|association|"
    r"organi[sz]ation|"
    r"maker|producers?|exporters?|importers?|mec|"
    r"insurers?|lenders?|banks?(?!\s+employees?)|automakers?|carmakers?|chipmakers?|suppliers?|providers?|conglomerates?|clubs?|"
    r"teams?|franchise|league|federation|"
    r"hospital|utility|school district|operator|developer|contractor|distributor|processor|wholesaler|refiner|"
    r"regulator|services?|bureau|commissioners?|boards?|directors?|division|"
    r"delegations?|delegates?|chambers?|body|inspection|assembl(?:y|ies)|"
    r"self-governing region|"
    r"cent(?:re|er)s?|municipalit(?:y|ies)|municipal|directorate|inspectorate|secretariat|tribunal|"
    r"governorate|prefecture|consorti(?:um|a)|joint\s+ventures?|management|mills?|"
    r"conservancy|trust|foundation|charity|co-?operative|coalition|alliance|"
    r"paramedics|rescuers|"
    r"airports?|museums?|ports?|refinery|mine|railways?|ferry operator|water board|city hall|town hall|"
    r"air force|armed forces|coast guard|national guard|marines|troops|"
    r"(?:chief|financial|executive|operating)\s+officer|chief executive|executives?|ceo|cfo|chairman|chairwoman)\b",
    re.I,
)
#: A body's own press arm, in small letters: "the court's press service", "the ministry's press office".
_PRESS_ARM = re.compile(r"\bpress\s+(?:service|office|secretary|department)\b")
_EXPERT_RE = re.compile(
    r"\b(?:analysts?|experts?|researchers?|scholars?|professor|economists?|scientists?|"
    r"observers?|specialists?|think tank|institute|university|academics?|watchers?|"
    r"strategists?|consultants?|pollsters?|fellows?|(?:lead|senior|study|co-?)\s*authors?|"
    r"[a-z]+ologists?|physicians?|statisticians?|epidemiologists?|research\s+(?:cent(?:re|er)|group|firm))\b",
    re.I,
)
_DOCUMENT_RE = re.compile(
    r"\b(?:reports?|bulletins?|newsletters?|circulars?|statements?|study|studies|surveys?|poll|polls|document|"
    r"documents|data|figures|filings?|letters?|reviews?|audits?|"
    r"judg(?:e)?ments?|requests?|petitions?|motions?|injunctions?|warrants?|charge sheets?|"
    r"memos?|records?|releases?|communiqu[eé]|transcripts?|analysis|assessments?|estimates?|census|"
    r"images|photos|footage|index|website|editorial|commentary|article|lawsuits?|complaints?|indictments?|flyers?|"
    r"tool|tracker|dashboard|database|summary|summaries|statistics|e-?mails?|messages|recordings|cables|minutes|"
    r"leaflets?|notices?|tweets?|rulings?|decisions?|verdicts?|resolutions?|decrees?|ordinances?|"
    r"court (?:papers|documents|filings?)|affidavits?|subpoenas?)\b",
    re.I,
)


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-case names of countries (ISO 3166 via pycountry, plus the short names news copy uses)."""
    import pycountry

    names = {
        v.lower()
        for c in pycountry.countries
        for v in (getattr(c, "name", None), getattr(c, "common_name", None), getattr(c, "official_name", None))
        if v
    }
    return frozenset(names | _SHORT_COUNTRY_NAMES)


#: Country names in news use that ISO 3166 spells otherwise ("Russian Federation", "Türkiye").
_SHORT_COUNTRY_NAMES = frozenset(
    {
        "russia", "britain", "great britain", "uk", "u.k.", "us", "u.s.", "america", "turkey", "netherlands",
        "philippines", "czech republic", "ivory coast", "burma", "vatican", "south korea", "north korea",
    }
)  # fmt: skip


#: Acronyms of public and international bodies (case-sensitive: "WHO", not "who").
_BODY_ACRONYMS = re.compile(
    r"\b(?:WHO|UN|NATO|IMF|EU|IAEA|UNICEF|UNHCR|OPEC|WTO|OECD|FBI|CIA|CDC|FDA|SEC|FAA|EPA|NASA|NHS|ECB|DHS|DOJ|"
    r"ICC|ICJ|ASEAN|IEA|ILO|UNESCO|FEMA|IRS|FCC|FTC|NTSB|ATF|DEA|NSA|ECDC)\b|(?<![\w.])U\.N\.(?!\w)"
)
#: Bare nouns for a government or public body ("the state", "the city").
_BODIES = frozenset(
    "state city county province region country prosecution government town village governorate prefecture district "
    "municipality commune canton oblast".split()
)


_PEOPLE_FIGURES = re.compile(
    r"\b(?:establishment|public|political|party|senior|key|leading|prominent|opposition|business|religious|"
    r"community|sports|media|cultural|conservative|liberal|progressive|republican|democratic|gop)\s+figures?\b"
)


@functools.lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern[str], str, SourceKind], ...]:
    """The gazetteer's aliases as compiled whole-word patterns, in gazetteer order (compiled once)."""
    return tuple(
        (re.compile(r"\b" + re.escape(alias) + r"\b"), canon, kind) for alias, (canon, kind) in _ALIAS.items() if len(alias) >= 3
    )


def classify_source(source: str | None) -> tuple[SourceKind, str | None]:
    """Kind and gazetteer name of a source as written.

    Args:
        source: The source phrase ("a Kremlin spokesman", "Yonhap").

    Returns:
        (kind, canonical) where canonical is the gazetteer name or None.
    """
    if source is None or not source.strip():
        return SourceKind.UNATTRIBUTED, None
    s = source.strip()
    low = re.sub(r"\s+", " ", s.lower()).strip(" ,.")
    # "city records reviewed by The Associated Press": the records are the source, not who read them
    low = re.sub(r"\s+(?:reviewed|obtained|seen|cited|published|released|filed|quoted|polled|surveyed|interviewed)"
                 r"\s+(?:by|in|with)\s.*$", "", low)  # (and "economists polled by Reuters" are economists)
    low_nodet = re.sub(r"^(?:the|a|an)\s+", "", low)
    for key in (low, low_nodet):
        if key in _ALIAS:
            canon, kind = _ALIAS[key]
            return kind, canon
    # gazetteer names inside a longer phrase ("Russia's TASS news agency")
    head_part = low.split(",", 1)[0]  # not an appositive's: "Mr. O'Brien, a former editor for The New York Times"
    for pattern, canon, kind in _alias_patterns():
        if pattern.search(head_part):
            return kind, canon
    if _ANON_RE.search(low):
        return SourceKind.ANONYMOUS, None
    if low_nodet in _BODIES or low_nodet in country_names():
        return SourceKind.OFFICIAL, None  # "the state said", "the city says", "Russia insisted"
    agency = _NATIONAL_AGENCY.search(low)
    if agency:
        return SourceKind.STATE_MEDIA, _AGENCY_OF[agency.group(1) or agency.group(2)]
    if _STATE_MEDIA_RE.search(low):
        return SourceKind.STATE_MEDIA, None
    head = re.split(r",|\s(?:with|of|by|from|for|to|at|in|on)\s", low_nodet, maxsplit=1)[0]
    if _PEOPLE_FIGURES.search(head):
        return SourceKind.PERSON, None  # "Republican establishment figures": people, not statistics
    if _DOCUMENT_RE.search(head) and not _OFFICIAL_RE.search(head.split()[-1]):
        # "a filing with the SEC", "records from the police department", "the study, conducted by researchers"
        return SourceKind.DOCUMENT, None
    if _EXPERT_RE.search(low):
        return SourceKind.EXPERT, None
    if _PRESS_ARM.search(s):
        return SourceKind.OFFICIAL, None  # "the court's press service", a body's voice ("Inter Press Service": news)
    if _MEDIA_RE.search(low):
        return SourceKind.NEWS_MEDIA, None
    if _OFFICIAL_RE.search(low) or _BODY_ACRONYMS.search(s):  # "The WHO", "NATO": public bodies, by their acronyms
        return SourceKind.OFFICIAL, None
    if _GROUP_NAMED.match(s):  # "Frozen seafood group Grupo Frigorífico Orzán": a body, not "a group of residents"
        return SourceKind.OFFICIAL, None
    return SourceKind.PERSON, None


#: A name described as a group right before it: "seafood group Grupo Frigorífico Orzán", "rights group Amnesty".
_GROUP_NAMED = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w’'-]+\s+){0,3}?group\s+[A-Z]")


# --------------------------------------------------------------------------- resolution


#: Names of military bodies that "the military" / "the army" can refer back to.
_MILITARY_BODY = re.compile(
    r"\b(?:military|joint chiefs|army|navy|air force|defen[cs]e|armed forces|pentagon|general staff)\b", re.I
)


_SHOUTED = re.compile(r"[A-Z][A-Z’'.-]{2,}(?: [A-Z][A-Z’'.-]+){0,3}")


#: Gazetteer outlets that are news agencies or broadcasters, never "the newspaper".
_NOT_NEWSPAPERS = frozenset(
    "Reuters AP AFP Yonhap Kyodo NHK BBC CNN Bloomberg Xinhua TASS KCNA CCTV IRNA Interfax CNBC ESPN Axios "
    "Politico".split()
) | {"RIA Novosti", "RT", "Press TV", "SANA", "Fox News", "NBC News", "ABC News", "Sky News", "Sky Sports", "Al Jazeera"}
#: How many earlier sources a definite mention or pronoun may refer back to ("the official" -> a source named
#: among the last ones), which keeps resolution linear in the article's length.
_LOOKBACK = 60


class SourceResolver:
    """Resolves sources to canonical names across one article.

    It learns acronyms introduced in brackets ("the Korean Central News Agency
    (KCNA)") and remembers named sources so that later "the agency", "the
    ministry", "the report", "state media" or a pronoun resolve to them.

    Args:
        text: The article (scanned once for bracketed acronyms and gazetteer names).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._acronyms: dict[str, str] = {}
        self._acronym_kinds: dict[str, SourceKind] = {}
        self._seen: list[tuple[str, SourceKind, str, int]] = []  # (canonical, kind, written, end offset or -1)
        self._described: dict[str, SourceKind] = {}  # canonical -> kind, of the latest "the agency AIM"-like mention
        self._named_state_media: list[str] = []
        self._names: dict[str, list[tuple[int, str, str | None]]] | None = None
        self._in_order: list[tuple[int, str, str | None]] = []  # the same names in text order, for windows
        self._teams: list[tuple[int, int, str]] | None = None  # (start, end, name) of each team or club named
        self._titled: dict[str, list[tuple[int, int, str]]] = {}  # office -> (start, end, name) of each titled so

    def build(self) -> SourceResolver:
        """Scan the article for acronyms and gazetteer outlets."""
        for m in re.finditer(
            r"((?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+|for\s+|and\s+)?){1,7})\(([A-Z][A-Za-z]{1,9})\)", self.text
        ):
            long = re.sub(r"^the\s+", "", m.group(1).strip(), flags=re.I)
            self._acronyms[long.lower()] = m.group(2)
            self._acronyms[m.group(2).lower()] = m.group(2)
            kind = classify_source(long)[0]  # "ERCOT" is what its long name is; a short name is no person's
            self._acronym_kinds[m.group(2).lower()] = SourceKind.OFFICIAL if kind is SourceKind.PERSON else kind
        low = self.text.lower()
        for canon, names in _STATE_MEDIA.items():
            if any(len(n) >= 3 and re.search(r"\b" + re.escape(n) + r"\b", low) for n in names):
                self._named_state_media.append(canon)
        return self

    def resolve(self, source: str | None, at: int | None = None) -> tuple[SourceKind, str | None]:
        """Kind and canonical name of ``source``; remembers it for later mentions.

        Args:
            source: The source as written.
            at: Its offset in the article, when known: a pronoun ("she") then refers back
                only to a personal source with no other personal name mentioned in between.
        """
        kind, canon = classify_source(source)
        if source is None or kind is SourceKind.UNATTRIBUTED:
            return kind, None
        written = re.sub(r"\s+", " ", source.strip())
        if canon is None and written.lower() not in self._acronyms and _SHOUTED.fullmatch(written):
            named = written.title()  # a transcript's "WALLACE:" is the article's "Chris Wallace"
            if named != written and re.search(r"(?<![\w’'-])" + re.escape(named) + r"(?![\w’'-])", self.text):
                return self.resolve(named, at)
        low = re.sub(r"^(?:the|a|an)\s+", "", written.lower())
        if (placed := _PLACED_HEAD.fullmatch(low)) is not None:
            low = placed.group(1)  # "the Garoua-based company" refers back as "the company" does
        m = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", written)
        if m:
            canon = self._acronyms.get(m.group(1).lower(), m.group(1))
            c2 = classify_source(m.group(1))
            if c2[1]:
                kind, canon = c2
        elif low in self._acronyms:
            canon = self._acronyms[low]
            gazetteer_kind, gazetteer_name = classify_source(canon)
            if gazetteer_name:
                kind = gazetteer_kind
            elif kind is SourceKind.PERSON and low in self._acronym_kinds:
                kind = self._acronym_kinds[low]
        if canon is None and _SHORT_SOURCE.fullmatch(written):
            hit = self._initials(written.split()[-1])
            if hit is not None:
                canon, kind = hit
        if canon is None and kind is SourceKind.STATE_MEDIA and len(self._named_state_media) == 1:
            only = self._named_state_media[0]
            nation = _NATIONALITY.search(written)
            if nation is None or nation.group().lower() == _STATE_MEDIA_OF.get(only):
                canon = only  # "state media" is KCNA; "Russian state media" is not Xinhua
        if canon is None and kind is SourceKind.PERSON:
            known = self._known(written)
            if known is not None:
                canon, kind = known
        if canon is None and not re.match(r"(?:a|an|one|another)\s", written, re.IGNORECASE):
            # a definite mention may refer back; "A Democratic source" is someone new
            back = (
                self._back_reference(low, kind, at) or self._it(low, at) or self._company(low, at)
                or self._named_body(low, at) or self._team(low, at) or self._bodys_office(low, at)
                or self._office_holder(low, at)
            )  # fmt: skip
            if back is None and low in ("he", "she"):
                back = self._named_nearby(low, at)
            if back is not None:
                canon, kind = back
        if canon is None:
            named = _name_part(written)
            hit = self._surname(written, at) or (self._surname(named, at) if named != written else None)
            canon, kind = hit if hit else (named, kind)  # "Flynn, a top surrogate" -> "Michael Flynn"
            if hit is None and kind is SourceKind.PERSON and (self._organisation(written) or _firm_name(canon)):
                kind = SourceKind.OFFICIAL  # "Samsung said": a one-word name no person in the article bears
        if kind is SourceKind.PERSON and _SHORT_SOURCE.fullmatch(written) and canon == written:
            kind = SourceKind.OFFICIAL  # "KMD said": a short name no one in the article answers to is a body's
        self._seen.append((canon, kind, written, -1 if at is None else at + len(written)))
        if _DESCRIBED_NAME.match(written):
            self._described[canon] = kind
        return kind, canon

    def reclassify_last(self, kind: SourceKind) -> None:
        """Change the kind of the source resolved last (its sentence grants anonymity)."""
        if self._seen:
            canon, _, written, end = self._seen[-1]
            self._seen[-1] = (canon, kind, written, end)
            if _DESCRIBED_NAME.match(written):
                self._described[canon] = kind

    def _organisation(self, written: str) -> bool:
        """Whether a one-word capitalised source is an organisation's name: a name the article also writes
        mid-sentence, never after a capitalised word, as a given name or a title would come, and no given name
        itself ("Samsung", "Nordwerk"; not "Putin" where the article writes "Vladimir Putin", nor "Shin" after
        "Minister Shin", nor "He", "Critics" or "Melanie")."""
        if not re.fullmatch(r"[A-Z][a-z][\w-]*", written) or _CALENDAR_WORD.fullmatch(written) \
                or _name_sexes().get_gender(written) != "unknown":  # fmt: skip
            return False
        if re.search(r"(?:ans|ats|ists|als|ers|ives|ites)$", written) or (
            written.endswith("s") and re.search(r"\b" + re.escape(written[:-1]) + r"\b", self.text)
        ):
            return False  # "Democrats", "Millennials", "Khans": a group of people
        word = re.escape(written) + r"(?![\w’'-])"
        return (
            # written mid-sentence ("shares of Samsung"), never after a capitalised word
            re.search(r"(?:\b[a-z]+|,)[ \t]+" + word, self.text) is not None
            and re.search(r"\b(?:[A-Z][\w’'-]*|Mrs?\.|Ms\.|Dr\.)[ \t]+" + word, self.text) is None
        )

    def _known(self, written: str) -> tuple[str, SourceKind] | None:
        """An earlier organisation whose canonical name is ``written`` ("AIM" after "the state news agency AIM")."""
        kind = self._described.get(written)  # kept as sources are resolved: no scan of every earlier one
        return None if kind is None else (written, kind)

    def _surname(self, written: str, at: int | None = None) -> tuple[str, SourceKind] | None:
        """An earlier personal source this bare surname refers to ("Putney" -> "Kerr Putney"; "Teixeira Lobo" ->
        "Fernanda Teixeira Lobo", two surnames)."""
        if re.fullmatch(_NAME_WORD + r"\s+" + _NAME_WORD, written):
            return self._given_names_before(written)
        if not re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?" + _NAME_WORD, written):
            return None
        last = written.split()[-1]
        title = written.split()[0].rstrip(".") if " " in written else ""
        wanted = {"Mr": "male", "Mrs": "female", "Ms": "female"}.get(title)
        named = {full for pos, full, sex in self._full_names().get(last, ()) if (at is None or pos < at) and wanted in (None, sex)}
        if len(named) == 1:
            # "Betsy Ebeling" is the only Ebeling named so far (a "Tom Ebeling" comes later): she is "Ebeling"
            (full,) = named
            if longer := self._given_names_before(full):
                return longer  # "João Paulo Meireles", whose first given name the scan of full names missed
            for canon, k, _, _ in reversed(self._seen):  # "Tomás Herrera Pinto", of two surnames, for "Herrera"
                if k in _PERSONAL_KINDS and canon.startswith(full + " ") and len(canon.split()) == 3:
                    return canon, k
            kinds = [k for canon, k, _, _ in self._seen if canon == full]
            return full, kinds[-1] if kinds else SourceKind.PERSON
        for canon, k, _, _ in reversed(self._seen):
            if k in _PERSONAL_KINDS and canon != last and canon.split()[-1] == last:
                return canon, k
        for canon, k, _, _ in reversed(self._seen):  # the first of two surnames: "Velasco" of "Héctor Velasco Ruiz"
            words = canon.split()
            if k in _PERSONAL_KINDS and len(words) == 3 \
                    and words[1] == last and words[0].lower().rstrip(".") not in _TITLE_WORDS:  # fmt: skip
                return canon, k
        return None

    def _given_names_before(self, tail: str) -> tuple[str, SourceKind] | None:
        """The latest personal source whose name is ``tail`` after given names only: "Fernanda Teixeira Lobo" for
        "Teixeira Lobo" (not "state-owned generator Derwent Energy" for "Derwent Energy", nor "Dr" or "Lead author"
        before a name)."""
        for canon, k, _, _ in reversed(self._seen):
            if k in _PERSONAL_KINDS and canon.endswith(" " + tail) \
                    and all(_name_sexes().get_gender(w) != "unknown" for w in canon[: -len(tail)].split()):  # fmt: skip
                return canon, k
        return None

    def _full_names(self) -> dict[str, list[tuple[int, str, str | None]]]:
        """Personal names written in full in the article, by surname: (offset, name, sex or None).

        A name counts when gender-guesser knows its first name or a title comes first ("Betsy
        Ebeling", "Secretary Jeh Johnson", "Donald J. Trump"; not "Exploits Trump"). Scanned once.
        """
        if self._names is None:
            self._names = {}
            for m in _FULL_NAME.finditer(self.text):
                name = re.sub(r"['’]s$", "", m.group("name"))  # "Donald J. Trump's"
                if name.split()[0] in _NOT_FIRST_NAMES:
                    continue
                sex = _first_name_sex(name)
                if sex is not None or _TITLE_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
                    self._names.setdefault(name.split()[-1], []).append((m.start(), name, sex))
                    self._in_order.append((m.start(), name, sex))
        return self._names

    def _names_between(self, lo: int, hi: int) -> list[tuple[int, str, str | None]]:
        """The full names (offset, name, sex) that start in ``[lo, hi)``, found by bisection."""
        self._full_names()
        return self._in_order[bisect.bisect_left(self._in_order, (lo,)) : bisect.bisect_left(self._in_order, (hi,))]

    def _named_nearby(self, pronoun: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"he" -> the one person named in full just before, though not as a source ("Manager Erik Sorensen
        refused to discuss it. 'I don't talk about ...,' he said"): only when no one else is named in the
        pronoun's paragraph before it."""
        if at is None:
            return None
        lo = max(0, at - 400, self.text.rfind("\n\n", 0, at) + 1)  # its own paragraph
        wanted = {"he": "male", "she": "female"}[pronoun]
        names = self._full_names()
        # (name, sex) -> (start, end) of its last mention in the paragraph: in full, or "Ms. Castellano"
        near = {(full, sex): (pos, pos + len(full)) for pos, full, sex in self._names_between(lo, at)}
        for m in _HONORIFIC_NAME.finditer(self.text, lo, at):
            hit = self._surname(m.group(), m.start())
            if hit is not None:
                title_sex = {"Mr": "male", "Mrs": "female", "Ms": "female"}.get(m.group().split(".")[0])
                near[(hit[0], title_sex)] = max(near.get((hit[0], title_sex), (-1, -1)), (m.start(), m.end()))
        if len({full for full, _ in near}) != 1:
            return None
        ((full, sex), (pos, end)) = max(near.items(), key=lambda kv: kv[1])
        if sex not in (None, wanted) or not _opens_sentence(self.text, pos):
            return None  # "... shirts sold by radio host Alex Jones. Some cheer when he ...": not the subject
        between = self.text[end:at]
        own = full.split()[-1]
        others = {w for w in re.findall(r"\b" + _NAME_WORD, between) if w != own and w in names}
        if others or any(m.group(1) != own for m in _HONORIFIC_NAME.finditer(between)):
            return None  # "Moderator Bret Baier started by asking Rubio why he ...": Rubio is named since
        kinds = [k for canon, k, _, _ in self._seen if canon == full]
        return full, kinds[-1] if kinds else SourceKind.PERSON

    def _initials(self, acronym: str) -> tuple[str, SourceKind] | None:
        """An earlier source whose capitalised words end in these initials ("JCS" -> "Joint Chiefs of Staff")."""
        for canon, k, written, _ in reversed(self._seen):
            caps = [w[0] for w in re.findall(r"[A-Z][\w’'-]*", written)]
            if len(caps) >= len(acronym) and "".join(caps[-len(acronym) :]) == acronym:
                return canon, k
        return None

    def _it(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"It said ..." at the end of a sentence whose subject is a body ("The league plans to trial video review
        ..., it said"): that body; else right after a report, agency or firm was quoted: that source."""
        if low != "it" or at is None:
            return None
        last = None
        if self._seen:
            canon, k, written, end = self._seen[-1]
            near = 0 <= end <= at and at - end < 400 and "\n\n" not in self.text[end:at]
            if near and k is not SourceKind.PERSON and pronoun_fits("it", canon) and pronoun_fits("it", written):
                last = canon, k
        ends = (". ", "! ", "? ", "\n")
        start = max((i + len(end) for end in ends if (i := self.text.rfind(end, 0, at)) >= 0), default=0)
        subject = _BODY_OPENING.match(self.text, start, at)
        if subject is None:
            return last
        body = subject.group("body")
        definite = re.match(r"[Tt]he\s", body) is not None  # "The group plans ...": a body, whatever its head word
        if classify_source(body)[0] is SourceKind.PERSON and not definite:
            return last  # a person's name
        seen = len(self._seen)
        kind, canon = self.resolve(body, subject.start("body"))
        del self._seen[seen:]  # (a subject, no source of its own)
        if not canon or (canon.lower() == body.lower() and body.lower().startswith("the ") and last is not None):
            return last  # "The company ..., it said" right after Irish Sea Link was quoted: the company quoted
        return canon, SourceKind.OFFICIAL if kind is SourceKind.PERSON and definite else kind

    def _company(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"the company" -> the firm that was the subject of a clause just before ("Summit Air will cut 300
        jobs ..., the company said"): the last capitalised name followed by a verb in the same paragraph."""
        low = _FIRM_PREFIX.sub("", low)  # "the Seoul-based firm"
        if at is None or low not in _COMPANY_HEADS:
            return None
        lo = max(0, at - 300)
        lo = max(lo, self.text.rfind("\n\n", lo, at) + 1)
        people = {w for c, k, written, _ in self._seen if k is SourceKind.PERSON for w in (c, written)}
        subjects = self._subject_names(lo, at, people)
        best = subjects[-1] if subjects else None
        if best is None:  # an earlier paragraph's firm, named as one ("made by state-owned Bio Nusantara", "Acme Ltd")
            cues = _FIRM_CUE.finditer(self.text, max(0, at - 1500), at)
            cued = [m.group("by") or m.group("firm") or m.group("own") or m.group("owner") or m.group("lead")
                    for m in cues]
            named = [n for n in cued if n.split()[0] not in _NOT_NAMES and n not in people]
            if named and len(set(named)) == 1:
                return named[-1], SourceKind.OFFICIAL
        if best is None:  # a later paragraph: the firm an earlier "the company" was found to be
            for canon, k, written, _ in reversed(self._seen):
                if _FIRM_PREFIX.sub("", written.lower()) in _COMPANY_HEADS and canon.lower() != written.lower():
                    own = set(canon.split())
                    names = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&.’'-]+(?:\s+[A-Z][\w&.’'-]+)+", self.text[lo:at])
                    if any(not own & set(n.split()) for n in names):
                        return None  # "... 2 million Meridian Health customers, the company said": another firm
                    return canon, k
        if best is None:  # the one name acting as a subject in the paragraphs just before ("Westrijst has offered
            # 12 percent, ... The company said the stoppage was costing it ...")
            earlier = set(self._subject_names(max(0, lo - 800), lo, people))
            if len(earlier) == 1 and self._runs_works(name := earlier.pop()):
                best = name
        return (best, SourceKind.OFFICIAL) if best else None

    def _bodys_office(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"the bank's Roi Et office" -> the bank its sentence names before it ("The Bank for Agriculture and
        Agricultural Cooperatives (BAAC) will suspend ..., the bank's Roi Et office said"): a body's office speaks
        for the body."""
        m = _BODYS_OFFICE.fullmatch(low)
        if m is None or at is None:
            return None
        start = max(self.text.rfind(end, 0, at) for end in (". ", "\n"))
        head = m.group(1).capitalize()
        name = rf"\b{head}(?:\s+(?:of|for|and|the|[A-Z][\w’'&-]*))*\s+[A-Z][\w’'&-]*"
        named = re.search(name, self.text[start + 1 : at])
        return (named.group(), SourceKind.OFFICIAL) if named else None

    def _runs_works(self, name: str) -> bool:
        """Whether the article names a works or a firm by ``name``: "the [Westrijst] rice mill"."""
        return re.search(re.escape(name) + r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}(?:mill|plant|factory|company|firm|group|"
                         r"brewery|refinery|mine|works|smelter|steelworks|shipyard)\b", self.text) is not None

    def _subject_names(self, lo: int, hi: int, people: set[str]) -> list[str]:
        """The capitalised names acting as a clause's subject in ``text[lo:hi]``, in order, none a person's
        source."""
        out = []
        for m in _SUBJECT_NAME.finditer(self.text, lo, hi):
            name = m.group("name")
            words = name.split()
            if words[0] in _NOT_NAMES or name.isupper() or name.lower() in _ALIAS or name in people \
                    or _ROLE_NAME_END.search(name) or words[-1] in people:  # fmt: skip
                continue
            if _PREPOSITION_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "supplies to [Java] would not be disrupted": a preposition's object is no subject
            opening = not self.text[max(0, m.start() - 2) : m.start()].strip(" \n\"“")
            if len(words) == 1 and opening and (
                (m.group("verb").endswith("s") or not self._named_inside(name)) and _common_noun(name)
                or name.endswith("ing")
            ):
                continue  # "[Fuel] supplies to Java would ...", "[Rising] prices hurt demand": a sentence opening with
                # a noun compound or a participle; "[Revenue] climbed to ...": a noun no sentence names inside it
            out.append(_TRADE_NOUN.sub("", name))  # "Chipmaker Hanbit Semiconductor" -> "Hanbit Semiconductor"
        return out

    def _named_inside(self, word: str) -> bool:
        """Whether a capitalised word is written so inside a sentence somewhere in the text: a name ("shares in
        Shell"), not a common noun opening sentences ("Revenue climbed")."""
        return re.search(r"[\w,;’'”\"]\s+" + re.escape(word) + r"(?![\w’'-])", self.text) is not None

    def _named_body(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"the agency" -> "the Environment Agency" named earlier in the text, though not as a source."""
        if at is None or low not in _ORG_HEADS | {"agency", "ministry"}:
            return None
        head = low.capitalize()
        names = list(
            re.finditer(
                r"(?:(?:[A-Z][\w’'&-]* ){1,4}" + head + r"|" + head + r" of (?:the )?[A-Z][\w’'&-]*"
                r"(?: (?:[A-Z][\w’'&-]*|and|for|of))*?)\b",
                self.text[:at],
            )
        )
        if not names:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", names[-1].group())
        if name.split()[0] in ("The", "A", "An") or len(name.split()) < 2:
            return None
        return name, classify_source(name)[0]

    def _team(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"the team" / "the club" -> the last team named before ("the Harbor City Mariners", "Norrsken IBK")."""
        if at is None or low not in ("team", "club", "franchise"):
            return None
        if self._teams is None:  # scanned once: an article may say "the club" in every paragraph
            clubs = [m for m in _CLUB_NAME.finditer(self.text)
                     if not _RIVAL_CLUB_BEFORE.search(self.text, max(0, m.start() - 40), m.start())]  # fmt: skip
            teams = (*_TEAM_NAME.finditer(self.text), *clubs)
            self._teams = sorted((m.start(), m.end(), m.group("name")) for m in teams)
        name = _last_before(self._teams, at)
        return (name, SourceKind.OFFICIAL) if name else None

    def _office_holder(self, low: str, at: int | None) -> tuple[str, SourceKind] | None:
        """"the mayor" -> the last person named with that title before ("Mayor Rosmery Quispe Ticona told ...")."""
        if at is None or low not in _OFFICES:
            return None
        if low not in self._titled:  # scanned once per office
            titled = re.compile(rf"\b{low.capitalize()}\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})")
            self._titled[low] = [(m.start(), m.end(), m.group("name")) for m in titled.finditer(self.text)]
        if (last := _last_before(self._titled[low], at)) is None:
            return None
        name = re.sub(r"['’]s$", "", last)
        kinds = [k for canon, k, _, _ in self._seen if canon == name]
        return name, kinds[-1] if kinds else SourceKind.OFFICIAL

    def _back_reference(self, low: str, kind: SourceKind, at: int | None) -> tuple[str, SourceKind] | None:
        heads = {
            "agency": (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA, SourceKind.OFFICIAL),
            "news agency": (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA),
            "report": (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA, SourceKind.DOCUMENT),
            "ministry": (SourceKind.OFFICIAL,),
            "newspaper": (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA),
            "broadcaster": (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA),
            "statement": (SourceKind.OFFICIAL, SourceKind.DOCUMENT, SourceKind.STATE_MEDIA),
            # "the institute said in its monthly bulletin ... the bulletin said"
            "bulletin": (SourceKind.OFFICIAL, SourceKind.DOCUMENT, SourceKind.EXPERT, SourceKind.STATE_MEDIA),
            "he": (SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT),
            "she": (SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT),
            "military": (SourceKind.OFFICIAL,),
            "army": (SourceKind.OFFICIAL,),
            "armed forces": (SourceKind.OFFICIAL,),
        }
        kinds = heads.get(low)
        named_head = low in _ORG_HEADS
        role = low.split()[-1] if low and len(low.split()) <= 3 and low.split()[-1] in _ROLE_HEADS else None
        if kinds is None and not named_head and role is None:
            return None
        if low in ("statement", "bulletin"):
            # "..., the company said in a statement. ... according to the statement": whose statement it was
            for canon, k, _, end in reversed(self._seen[-_LOOKBACK:]):
                if end >= 0 and re.match(r"[^.!?\n]{0,40}\b" + low + r"\b", self.text[end:]):
                    # (whoever made it: "Bistrica Steel Holding, which owns the mill, said in a statement")
                    return canon, k
        for canon, k, written, end in reversed(self._seen[-_LOOKBACK:]):
            if role is not None:  # "the official" -> "a senior U.S. official, who spoke on condition ..."
                words = f"{written} {canon}".lower()
                if written.lower() != low and all(re.search(r"\b" + re.escape(w) + r"\b", words) for w in low.split()):
                    return canon, k
                continue
            if named_head and low not in canon.lower() and (of := re.search(
                    re.escape(canon) + r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<body>[A-Z].*)$", written)) \
                    and low in of.group("body").lower():  # fmt: skip
                # "lead author Mariela Quiroga of the Northwest Institute of Palaeobiology": "the institute" is hers
                return of.group("body"), classify_source(of.group("body"))[0]
            if named_head:  # "the council" -> the last source whose name has "council" in it
                if low not in canon.lower() and written.endswith(canon) and canon != written \
                        and not written.lower().endswith(f"{low} {canon.lower()}"):  # fmt: skip
                    # "union general secretary Sipho Mahlangu": the union is his, not him; "seafood group Grupo
                    # Frigorífico Orzán" is the group
                    continue
                if low not in canon.lower() and re.search(r"\b" + re.escape(low) + r"['’]s\s", written.lower()):
                    continue  # "Sitaram Bauri, the federation's general secretary": its officer, not "the federation"
                if k is SourceKind.DOCUMENT and re.search(r"\b(?:from|by|of)\s+(?:the|its)\s+" + re.escape(low) + r"\b",
                                                          written.lower()):
                    continue  # "a statement from the company": the company's paper, not the company
                if re.search(r"\b" + re.escape(low) + r"\b", f"{written} {canon}".lower()) \
                        and re.sub(r"^(?:the|a|an)\s+", "", written.lower()) != low:  # fmt: skip
                    return canon, k
                continue
            if low in ("military", "army", "armed forces") and not _MILITARY_BODY.search(f"{written} {canon}"):
                continue
            if low in ("he", "she"):
                if not pronoun_fits(low, re.sub(r"\s*\([^)]*\)", "", canon)):
                    continue  # "she" is not "police" or "the ministry"
                if at is not None and end >= 0 and _other_person(self.text[end:at], canon):
                    return None  # someone else was named since: too ambiguous
            if k in kinds and canon.lower() not in ("he", "she", "they", "it"):
                if low in ("ministry", "agency") and low not in written.lower() and low not in canon.lower() \
                        and not (low == "agency" and k in (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA)) \
                        and not (low == "agency" and _AGENCY_NAME.search(f"{written} {canon}")):  # fmt: skip
                    # ("the regional office of the National Disaster Management Organisation (NADMO)" is an agency)
                    continue
                if low == "newspaper" and canon in _NOT_NEWSPAPERS:
                    continue  # "the newspaper" is not the AP or CNN named before it
                return canon, k
        return None


#: A sentence's final stop, not a title's ("Dr.", "Sen.").
_SENTENCE_END = (
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bSt)"
    r"(?<!\bSgt)(?<!\bProf)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])[.!?]"
)
#: Words that may come before a name that opens a sentence: titles and roles ("Obama consultant", "Virginia
#: Gov.", "Moderator") and a subordinator ("When Robby Mook ... was asked").
_BEFORE_SUBJECT = re.compile(r"(?:^|" + _SENTENCE_END + r"[\"”’]?\s+|\n\s*|[\"“]\s*)"
                             r"(?:(?:In|On|At|During|After|Later|Earlier|Last)\b[^,.;\"“”]{0,50},\s+)?"  # "In an interview on Tuesday,"
                             r"(?:(?:When|After|As|While|Then|But|And)\s+)?"
                             r"(?:(?:[A-Z][\w’'.-]*|[a-z]+(?:-[a-z]+)*)\s+){0,3}$")
_NOT_ROLE_WORDS = frozenset(
    "by with of for to from at in on and that the a an who which his her their its if although because though".split()
)


def _last_before(found: list[tuple[int, int, str]], at: int) -> str | None:
    """The name of the last (start, end, name) of ``found`` (in text order) that ends by offset ``at``."""
    i = bisect.bisect_left(found, (at,))
    while i > 0:
        i -= 1
        if found[i][1] <= at:
            return found[i][2]
    return None


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is the subject opening its sentence, after at most a title."""
    lo = max(0, pos - 60)
    m = _BEFORE_SUBJECT.search(text, lo, pos)
    if m is None or any(w.lower() in _NOT_ROLE_WORDS for w in text[m.start() : pos].split(",")[-1].split()):
        return False
    para = text[text.rfind("\n\n", 0, pos) + 1 : pos]
    if para.count('"') % 2 or para.count("“") > para.count("”") or para.count("''") % 2:
        return False  # '"If Donald Trump becomes the president ...," he said': a name inside a quote
    return re.match(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*[’']s\b", text[pos : pos + 60]) is None  # not "X's"


def _other_person(between: str, canon: str) -> bool:
    """Whether ``between`` names a person other than ``canon``: two capitalised words, not "the X Y", a
    country, an organisation or a place."""
    own = set(canon.split())
    for m in re.finditer(rf"(?<![Tt]he )(?<![\w’'-])[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)+", between):
        words = m.group().split()
        if m.group().lower() in country_names() or words[-1].lower() in _ORG_TAIL | _PLACE_TAIL:
            continue  # "North Korea", "Security Council", "White House" name no one
        if not set(words) & own:
            return True
    return False


#: A surname after an honorific or title abbreviation ("Sen. Rubio", "Mr. Clarke").
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen)\.\s+([A-Z][\w’'-]+)")


#: Last words of a capitalised run that names a place or building, not a person.
_PLACE_TAIL = frozenset(
    "house hall square street avenue road park city county province island islands sea ocean river mountains "
    "valley bay peninsula coast strait airport station center centre building tower palace capitol".split()
)


#: A body named by its portfolios: "the Ministry of Trade, Industry and Energy".
_PORTFOLIOS = re.compile(
    r"(?:the\s+)?[A-Z][\w-]+\s+(?:of|for)\s+(?:[A-Z][\w-]+,\s+)+(?:[A-Z][\w-]+\s+)*and\s+[A-Z][\w-]+"
)


def _name_part(written: str) -> str:
    """The name in a source as written: "Kerr Putney, the police chief" -> "Kerr Putney", "one of the
    lawyers, Jane Roe" -> "Jane Roe", "Sen. Mike Lee (R-Utah)" -> "Sen. Mike Lee"."""
    written = re.sub(r"\s*" + _PARTY_TAG, "", written).strip()
    written = _OTHER_SPELLING.sub("", written).strip()  # "Dr Shaheen Ali (also spelt Shahin Ali)"
    described = _DESCRIBED_NAME.match(written)
    if described:
        return described.group("name")  # "the state news agency AIM" -> "AIM"
    if _PORTFOLIOS.fullmatch(written):
        return written  # "the Ministry of Trade, Industry and Energy": one name
    parts = [p.strip() for p in written.split(", ") if p.strip()]
    if len(parts) == 2 and _DESCRIBED_GROUP.fullmatch(parts[0]) and _BODY_NAME.fullmatch(parts[1]):
        return parts[1]  # "A teachers' group, the Secondary Teachers' Association of Kenya" -> the association
    for part in parts[1:]:  # "A spokesman for the Republican Governors Association, Tim Walsh" -> "Tim Walsh"
        words = part.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() not in _ORG_TAIL \
                and (_first_name_sex(part) is not None or _HONORIFIC.match(part)):  # fmt: skip
            return " ".join(_untitled(words))  # (or "Divisional Medical Officer Western, Dr Shaheen Ali")
    if parts and (trade := _TRADE_THEN_NAME.fullmatch(parts[0])) is not None:
        return trade.group("name")  # "developer Oftob Energy" -> "Oftob Energy"
    for part in parts:
        words = part.split()
        titled = _NAME_AFTER_ROLE.search(part)
        name = _untitled(titled.group("name").split()) if titled else []
        if len(name) >= 2 and name[0].lower().rstrip(".") not in _TITLE_WORDS:
            return " ".join(name)  # "Industry analyst Priya Raman of Harbor Research" -> "Priya Raman"
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return " ".join(_untitled(words))  # "Chief Cabinet Secretary Yoshimasa Hayashi" -> "Yoshimasa Hayashi"
    if parts and (role := _ROLE_WORDS_THEN_NAME.fullmatch(parts[0])) is not None \
            and not set(role.group("role").split()) & _NOT_ROLE_BEFORE_NAME \
            and role.group("name").split()[-1].lower() not in _ORG_TAIL | _PLACE_TAIL:  # fmt: skip
        return " ".join(_untitled(role.group("name").split()))  # "forecaster Ryota Sato" -> "Ryota Sato"
    return parts[0] if parts else written


#: A firm named after its trade: "developer Oftob Energy", "mine operator Kivu Gold", "Operator Iles Energie".
_TRADE_THEN_NAME = re.compile(
    r"(?:(?:the|its)\s+)?(?:[a-z-]+\s+)?(?i:owner|operator|developer|contractor|maker|producer|exporter|importer"
    r"|retailer|supplier|processor|distributor|refiner|brewer|carrier|insurer|lender|wholesaler|shipowner)\s+"
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:(?:of|de|del|da|do|and|&)\s+)?[A-Z][\w&’'.-]*){0,5})"
)


#: A body described by its sort before its name: "A teachers' group", "a rights group".
_DESCRIBED_GROUP = re.compile(
    r"(?i:an?)\s+(?:[a-z][\w’'-]*\s+){0,3}(?:group|body|organi[sz]ation|association|union|charity)"
)
#: A body's name, with "the" and its small words: "the Secondary Teachers' Association of Kenya".
_BODY_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|de|the)\s+)?[A-Z][\w’'.-]*)+")
#: Another spelling of a name, in brackets after it: "(also spelt Shahin Ali)", "(or Tayyip)".
_OTHER_SPELLING = re.compile(r"\s*\((?:also\s+(?:spelt|spelled|written|known\s+as)|or|aka|a\.k\.a\.)\s[^()]*\)")
#: An honorific opening a person's name: "Dr Shaheen Ali", "Mrs. Ana Soto".
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z]")
#: A trade in lower case, then a name: "forecaster Ryota Sato", "site engineer Paolo Rossi" (not a role in a body's
#: own work opening a sentence, "Lead author Maria Wangge", whose role tells who speaks for the body).
_ROLE_WORDS_THEN_NAME = re.compile(
    r"(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)"
    # (and the body the person is of: "lead author Mariela Quiroga [of the Northwest Institute of Palaeobiology]")
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|de|du|des|del))*)?"
)
#: Lower-case words that make what follows a place or a body, not a person named after a trade: "residents [of]
#: Main Street", "[the] Harbour Board".
_NOT_ROLE_BEFORE_NAME = frozenset(
    "the a an its his her their our of in at from with for to on by near outside inside across and or".split()
)


def _untitled(words: list[str]) -> list[str]:
    """``words`` after their last title word, if at least two words (a full name) remain."""
    last = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in _TITLE_WORDS), default=-1)
    return words[last + 1 :] if len(words) - last - 1 >= 2 else words


#: A description of an organisation, then its name: "the state news agency AIM", "the rights group Amnesty
#: International".
_DESCRIBED_NAME = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w’'.-]+\s+){0,4}?(?:agency|broadcaster|newspaper|daily|tabloid|channel|network|"
    r"outlet|wire service|group|organi[sz]ation|charity|think tank|institute|firm|company|union|website|magazine|"
    r"monitor|watchdog|regulator|carrier|airline|bank)\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})$"
)
#: Names of official bodies that "the agency" may refer back to ("the World Health Organization").
_AGENCY_NAME = re.compile(
    r"\b(?:agency|organi[sz]ation|administration|bureau|service|commission|authority|programme|program|fund)\b", re.IGNORECASE
)
#: Titles and roles before a personal name ("Mayor", "Secretary", "Sen.").
_TITLE = (
    r"(?:leader|[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|spokes(?:man|woman|person)|[Cc]hairman|[Cc]hairwoman|"
    r"[Cc]hief|[Ss]ecretary|[Aa]mbassador|[Cc]ommander|[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]enator|[Pp]rofessor|"
    r"[Rr]epresentative|[Cc]ongressman|[Cc]ongresswoman|[Ss]peaker|"
    r"analyst|CEO|King|Queen|master|[Cc]aptain|manager|[Jj]udge|officer|Mr\.|Ms\.|Mrs\.|Dr\.|Gen\.|Sen\.|Rep\.|Gov\.)"
)
_PERSON_PRONOUNS = frozenset("he she his her".split())
#: A first name, maybe a middle initial, and a surname ("Donald J. Trump"); overlapping ("But Megan Hester").
_FULL_NAME = re.compile(
    rf"(?<![\w’'-])(?=(?P<name>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+"  # ("Jean-Paul Bisimwa")
    rf"(?:[A-Z]\.\s+)?(?P<last>{_NAME_WORD}))\b)"
)
_TITLE_BEFORE = re.compile(_TITLE + r"\s+$")
#: Capitalised words that gender-guesser takes for first names but mostly open a clause ("Said Ellis").
_NOT_FIRST_NAMES = frozenset(
    "Said Says Asked Told But And Then When While As If So Yet The Will Can May His Her Their Its This That Even".split()
)
#: Last words that make a run of capitalised words an organisation, not a person ("Nordvik Motors").
_ORG_TAIL = frozenset(
    "motors inc inc. corp corp. co co. ltd ltd. llc plc group bank holdings industries airlines airways systems "
    "partners capital energy technologies labs media network networks news press times post journal agency "
    "ministry council committee commission party union association institute university foundation fund police "
    "army navy force forces nations states government department office court company corporation "
    # a firm named for its trade ("Kallio Steel", "Harbour Logistics") is an "it", not a person
    "steel oil gas petroleum mining mines metals minerals resources chemicals pharma pharmaceuticals foods "
    "telecom telekom logistics shipping railways railway utilities utility electric insurance construction "
    "cement textiles brewery breweries healthcare enterprises software electronics aerospace automotive "
    "financial securities investments ventures properties developments oyj ab asa ag sa nv bv gmbh "
    # a carrier, maker or public body named for what it runs ("Irish Sea Link", "Tenryu Musical Instruments")
    "link links lines ferries transport transit instruments services solutions works mills dairy farms authority "
    "governorate prefecture municipality airport hospital clinic".split()
)
_NAME_PARTICLE = frozenset("de da del der van von bin al la le".split())
#: An Arabic article written on to a name: "[al-]Kharusi", "[al-]Asadi".
_ARABIC_ARTICLE = r"(?:al|el|ad|as|ash|at|az|ar|an)-"
_COLLECTIVE = frozenset("police people personnel staff".split())
#: Plural nouns that open a sentence as a source ("Witnesses said he ..."), unlike surnames ending in "s".
_PLURAL_SOURCES = frozenset(
    "witnesses residents investigators officers protesters demonstrators neighbors neighbours critics supporters "
    "activists doctors lawyers attorneys workers rescuers firefighters troops soldiers rebels militants voters "
    "parents students teachers relatives villagers locals organizers organisers employees staffers aides advisers "
    "advisors opponents leaders members victims survivors families detectives paramedics medics deputies agents "
    "guards reporters journalists lawmakers diplomats sources".split()
)
#: Singular nouns for one person that a description may end in ("the billionaire investor", "U.S. senator").
_ROLE = (
    _TITLE[:-1] + r"|official|prosecutor|lawmaker|diplomat|aide|adviser|advisor|specialist|economist|expert|"
    r"researcher|scientist|scholar|strategist|consultant|pollster|lawyer|attorney|doctor|nominee|candidate|"
    r"investor|owner|founder|executive|activist|witness|resident|suspect|victim|man|woman|boy|girl|member|"
    r"commissioner|councillor|councilor)"
)
_ROLE_END = re.compile(r"(?:^|\s)(?i:" + _ROLE + r")$")
#: A role, maybe "of State", then a name: "Secretary of State John F. Kerry", "Senate Majority Leader Mitch McConnell".
_ROLE_NAME_END = re.compile(
    r"(?:^|\s)(?i:" + _ROLE + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*?)?"
    r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$"
)


#: A role, maybe "of State", then a name, maybe then where the person works:
#: "Defense Minister Ahn Gyu-back", "industry analyst Priya Raman of Harbor Research".
_NAME_AFTER_ROLE = re.compile(
    r"(?:^|\s)(?i:" + _ROLE + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*?)?"
    r"\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)(?:\s+(?:of|at|from|with|for)\s+\S.*)?$"
)
#: Capitalised words of a title that may come between a role and a name.
_TITLE_WORDS = frozenset(
    "general justice director chief gov sen rep lt gen col maj sgt adm capt cmdr deputy acting cabinet "
    "interim vice executive senior assistant associate secretary minister president judge mayor governor senator "
    "representative ambassador commissioner chairman chairwoman chair spokesman spokeswoman clerk treasurer "
    "registrar mec".split()
)
#: A role before "for/of/at ...": "a spokesperson for the command", "a professor at the university".
_ROLE_OF = re.compile(r"^(?:\S+\s+){0,3}?(?i:" + _ROLE + r")\s+(?:for|of|at|with|from|in)\s")


def _is_person(name: str, people: frozenset[str]) -> bool:
    """Whether ``name`` is one person: a known or titled name ("Secretary of State John Kerry"), a full
    personal name ("Ana Diaz"), or a description ending in a role ("the mayor", "the billionaire investor")."""
    if name in people or _ROLE_END.search(name) or _ROLE_NAME_END.search(name) or _ROLE_OF.match(name):
        return True
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] in ("The", "A", "An") or words[-1].lower() in _ORG_TAIL:
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLE for w in words)


def _firm_name(name: str) -> bool:
    """Whether ``name`` is a capitalised name ending in a word of a body's trade ("Irish Sea Link")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in _ORG_TAIL


#: Kinds of source a person is, whom a surname or a pronoun may refer back to.
_PERSONAL_KINDS = (SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT)


def _is_plural(name: str) -> bool:
    """Whether ``name`` is a plural or collective noun phrase ("Police", "Witnesses", "local officials")."""
    words = name.split()
    head = words[-1]
    low = head.lower()
    if low in _COLLECTIVE or (len(words) == 1 and low in _PLURAL_SOURCES):
        return True
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    if head[0].islower():
        return True
    kind, canonical = classify_source(name)
    return len(words) == 1 and canonical is None and kind in (SourceKind.OFFICIAL, SourceKind.EXPERT)


#: Days and months, which the tagger may take for a source ("Thursday said").
_CALENDAR_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December"
)
#: Words that give a person's sex in a description or title.
_MALE = frozenset("spokesman chairman congressman businessman councilman man boy king father son brother husband mr".split())
_FEMALE = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman councilwoman woman girl queen mother daughter sister wife mrs ms".split()
)


#: A share of a group: "One of them", "one of the lawyers", "some of the people".
_QUANTIFIED = re.compile(r"(?i)(?:one|some|several|many|most|each|any|none|either|neither|two|three|four)\s+of\b")


#: Indefinite pronouns, which no later pronoun refers back to.
_INDEFINITE = frozenset({"nobody", "no one", "none", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"})


def pronoun_fits(pronoun: str, name: str, people: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` (a source or earlier mention) can be the antecedent of ``pronoun``.

    ``people`` holds names known to be people (the article's titled names).
    He/she take a person, it/its a singular thing (an office, outlet, firm or
    document); a bare surname or a description such as "the investor" may be
    either. Plurals ("Police", "officials") take neither.
    """
    if name.lower().strip() in _INDEFINITE:
        return False  # "Nobody asked about it ... He called it shameful": "he" is no one's
    if pronoun.lower() in ("they", "their", "them"):
        return _is_plural(name)
    if re.fullmatch(r"[A-Z]{2,6}", name.strip()):
        return pronoun.lower() in ("it", "its")  # "KMD", a short name, is no "he"
    if _is_plural(name) or _QUANTIFIED.match(name):
        return False  # "she" is not "One of them" or "two people briefed on her plans"
    words = set(re.findall(r"[a-z]+", name.lower()))
    if (pronoun.lower() in ("he", "his") and words & _FEMALE) or (pronoun.lower() in ("she", "her") and words & _MALE):
        return False  # "she" is not "a spokesman for the mayor"
    if pronoun.lower() in _PERSON_PRONOUNS:
        sex = _first_name_sex(name)
        if (sex == "female" and pronoun.lower() in ("he", "his")) or (sex == "male" and pronoun.lower() in ("she", "her")):
            return False  # "she" is not "Aaron Sharockman"
    person = _is_person(name, people)
    thing = not person and (
        classify_source(name)[0] is not SourceKind.PERSON or name.split()[-1].lower() in _ORG_TAIL
    )
    if pronoun.lower() in _PERSON_PRONOUNS and not person and name.split()[-1].lower() in _THING_HEADS | {"polling"}:
        return False  # "he" is not "Exit polling"
    if pronoun.lower() in _PERSON_PRONOUNS and not thing and not person:
        described = re.match(r"(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+)*?([a-z][\w-]*)(?:\s+(?:on|of|in|at|for|from)\b|$)", name)
        if described and described.group(1) in _THING_HEADS:
            return False  # "he" is not "the pitch on Kickstarter"
    return not thing if pronoun.lower() in _PERSON_PRONOUNS else not person


#: Heads of a lowercase description that name a thing, never a "he" or "she" ("the pitch on Kickstarter").
_THING_HEADS = frozenset(
    "pitch plan page question report statement letter book story post video ad advertisement message email tweet "
    "speech proposal bill law rule study survey poll document memo article website site program programme show "
    "deal agreement year week month day time issue idea point note line list record number data figure chart map "
    "photo picture image sign slogan policy platform release transcript filing lawsuit complaint ruling decision "
    "order network channel newspaper magazine station".split()
)


@functools.lru_cache(maxsize=4096)
def _first_name_sex(name: str) -> str | None:
    """"male" or "female" when ``name`` is a full personal name whose first name is clearly one (gender-guesser's
    name list), else None: "Warren" alone, "Kim Jong Un" or "Dana Whitfield" give None."""
    words = [w for w in re.findall(rf"[{_UPPER}][{_LOWER}’'-]+\.?", name)
             if w.lower().rstrip(".") not in _TITLE_WORDS | _HONORIFICS]
    if len(words) < 2 or not _is_person(name, frozenset()):
        return None
    sex = _name_sexes().get_gender(words[0].rstrip("."))
    return sex if sex in ("male", "female") else None


_HONORIFICS = frozenset("mr mrs ms dr rev sen rep gov gen lt col sgt adm capt".split())


@functools.lru_cache(maxsize=1)
def _name_sexes() -> object:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


#: A trade's word opening a firm's name in Spanish or Portuguese: "[Lácteos] Sierra Norte", "[Transportes] Marítimos da
#: Baía", "[Minera] Cumbre Andina".
_TRADE_LEAD = (
    r"L[aá]cteos|Latic[ií]nios|Minera|Minera[cç][aã]o|Molinos|Alimentos|Productos|Transportes|Pesquera|Embotelladora"
    r"|Distribuidora|Constructora|Construtora|Azucarera|Frigor[ií]fico|Cementos|Cimentos|Aceites|Conservas|Laboratorios"
    r"|Camaronera|Extractora|Exportadora|Importadora|Procesadora|Empacadora|Comercializadora|Naviera|Petrolera"
    r"|Bananera|Flor[ií]cola|Av[ií]cola|Arrocera|Harinera|Cafetalera|Agroindustrial|Agr[ií]cola"
)
#: A company's legal form after its name ("Brandt Systems AG", "Lechera Tunari S.A.", "Badakhshon Energy OJSC"): the
#: one list every pattern that tells a firm by its name is built from (here, and in :mod:`factcheck.score`).
_LEGAL_FORMS = (
    r"Ltd|Limited|Inc|Corp|Corporation|PLC|plc|P[Cc][Ll]|AG|SA|S\.A|SpA|S\.p\.A|SRL|S\.r\.l|SARL|SAS|GmbH|LLC|Pty|NV|BV"
    r"|Oyj?|AB"
    r"|ASA|A/S|Ltda|Bhd|Berhad|Tbk|P?JSC|[OC]JSC|Kft|Zrt|OOO|d\.d|d\.o\.o|a\.s|s\.r\.o|sh\.a|sh\.p\.k"
    r"|P/F|ApS|ehf|Pvt|LLP|Sdn|K\.K|S\.L"
    # Bulgarian and Turkish: "Plevenska Toplina EAD", "Primorie Shipyard AD", "Karadeniz Rüzgar Enerji A.Ş." (or
    # "A.S."; in upper case only: not "ad")
    r"|(?-i:E?AD|E?OOD|A\.[ŞS]|AŞ)"
)
#: A sports team as named after "the": capitalised words ending in a plural ("the Harbor City Mariners").
_TEAM_NAME = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][a-z’'-]+s)\b(?![\w’'-])")
#: A club by the letters of its sort before or after its name: "Norrsken IBK", "FC Dinamo Tbilisi", "Falu IBF".
_CLUB_NAME = re.compile(
    r"\b(?P<name>(?:FC|AC|SC|CF|HC|SK|BK|KK|VK|RK|HK|FK|NK|MFK|ŠK)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:FC|AFC|IBK|IBF|IF|IK|BK|FF|SK|HC|AC|SC|CF|RFC|VK|KK))\b"
)
#: Right before a club the sentence's team plays or deals with: "beating defending champions [VK Gruž]", "from
#: Portuguese side [FC Ribeira]".
_RIVAL_CLUB_BEFORE = re.compile(
    r"\b(?:from|against|over|beat|beating|beaten|defeated|defeating|versus|vs\.?|v\.?|by|to|side)\s+(?:[\w-]+\s+){0,2}$"
)
#: Titles of one office holder that "the mayor" refers back to, named with the title before ("Mayor Ana Ruiz").
_OFFICES = frozenset("mayor governor prefect premier chancellor coach".split())
#: Heads of "the company"-like mentions that refer back to a firm named as a subject just before.
#: What may come before a company head: "the Seoul-based [firm]".
_FIRM_PREFIX = re.compile(r"^(?:the\s+)?(?:[\w.-]+-based\s+)?")
#: A firm named as one: "made by (state-owned) X", "X Ltd" / "X Inc" / "X Group".
_FIRM_CUE = re.compile(
    r"\b(?:made|developed|produced|manufactured|built|owned|operated|run)\s+by\s+(?:(?:the\s+)?(?:state|privately|family)-owned\s+)?"
    r"(?P<by>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})"
    r"|(?P<firm>[A-Z][\w&’'-]*(?: (?:and )?[A-Z][\w&’'-]*){0,4}) (?:Group|Holdings|Mills|" + _LEGAL_FORMS + r")\b"
    # "hotel owner Pacific Crest Hospitality", "mine operator Kivu Gold", "Operator Saramacca Goldfields has offered":
    # a works' owner is a firm
    # ... and so is a name described by its trade: "Frozen seafood group Grupo Frigorífico Orzán"
    # ("..., operator Dravske Hidroelektrarne (DHE) said", "a notice from supplier Uosto Šiluma": the trade alone)
    r"|(?:(?:\b[a-z]+ |(?<=, )|(?<=\bfrom ))"
    r"(?:owner|operator|group|company|firm|maker|producer|exporter|retailer|developer|contractor|brewer|supplier)"
    r"|\b(?:Owner|Operator|Developer|Contractor))"
    r" (?P<owner>[" + _UPPER + r"][\w&’'-]*(?: (?:(?:de|del|du|des|da|do|la) )?[" + _UPPER + r"][\w&’'-]*){1,3})"
    # "Nusantara Petroleum's refinery": the owner of a works is a firm
    r"|(?P<own>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})['’]s (?:[a-z-]+ ){0,2}(?:refinery|refineries|plant|plants|"
    r"factory|factories|mine|mines|pipeline|smelter|mill|warehouse|shipyard|subsidiary|fleet|stores|shares)\b"
    # ... and a name opening with a trade's word: "wanted Lácteos Sierra Norte to pay"
    r"|\b(?P<lead>(?:" + _TRADE_LEAD + r")(?: (?:(?:de|del|da|do|das|dos) )?[" + _UPPER + r"][\w&’'-]*){1,3})"
)
_COMPANY_HEADS = frozenset(
    "company firm carrier airline group retailer manufacturer insurer automaker carmaker chain operator developer "
    "startup lender bank utility management consortium".split()
) | {"joint venture"}
#: A capitalised name right before a verb: the subject of a clause ("Summit Air will", "Boeing cut").
_SUBJECT_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3})"
    # (an appositive's comma after a firm's legal form: "The contractor, Huadong Harbour Engineering Co., expects")
    r"(?:(?:(?<=Co\.)|(?<=Ltd\.)|(?<=Inc\.)|(?<=Corp\.)|(?<=Ltd)|(?<=Inc)|(?<=Corp)),)?"
    r" (?P<verb>will|would|has|had|have|is|was|plans|said|says|cut|cuts|[a-z]{2,}ed|[a-z]{3,}s)\b"
)
#: A preposition right before a name, which makes the name its object rather than a clause's subject.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|in|at|from|of|on|for|with|into|near|across|over|by)\s+(?:the\s+)?$")


def _common_noun(word: str) -> bool:
    """Whether a capitalised word is an English common noun by lemminflect's lexicon ("Fuel"; not "Hanbit")."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word.lower())


#: Capitalised words that open a clause without being a firm's name.
_NOT_NAMES = frozenset(
    "The A An This That These Those It He She They We I In On At By For From With After Before But And Or If When "
    "While Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
#: Organisation heads that refer back to an earlier source naming them ("the council" -> "the Nordic Council").
#: Role nouns a definite mention ("the official", "the researcher") may take back from an earlier source.
_ROLE_HEADS = frozenset(
    "official spokesman spokeswoman spokesperson researcher analyst diplomat expert lawyer attorney prosecutor "
    "minister aide adviser advisor economist scientist source sources people person officials researchers analysts "
    "experts commissioner officer director manager secretary superintendent administrator coordinator inspector "
    "collector magistrate warden".split()
)
#: A body described by where it is based or who owns it: "Garoua-based company", "state-owned utility".
_PLACED_HEAD = re.compile(r"(?:[\w’'-]+-(?:based|owned|run|listed|controlled)\s+)((?:[a-z]+\s+)?[a-z]+)")
#: A body's office or branch, named by the body's sort: "bank's roi et office" (lower-cased, article dropped).
_BODYS_OFFICE = re.compile(r"([a-z]+)['’]s\s+(?:[\w-]+\s+){0,3}(?:office|branch|unit|division|bureau)")
_ORG_HEADS = frozenset(
    "council commission committee board court company firm bank group association union institute organization "
    "organisation fund department office authority regulator party campaign federation alliance "
    "museum university hospital trust airline airport zoo festival gallery college library observatory "
    "consortium".split()
) | {"joint venture"}
#: A sentence opening with a body as its subject, which a closing "it said" refers to: "The league plans",
#: "Derwent Energy expects" (not a person's name: see :meth:`SourceResolver._it`).
_BODY_OPENING = re.compile(
    r"[\"“]?(?P<body>[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(_ORG_HEADS | _COMPANY_HEADS))
    + r"|league|ministry|agency|government|cooperative|co-operative)"
    r"|(?!(?:The|This|That|It|He|She|They|We|I|A|An)\b)[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})"
    r"\s+(?:also\s+|now\s+|still\s+)?(?:will|would|has|had|is|was|plans|expects|intends|aims|wants|hopes|[a-z]{3,}ed)\b"
)

