"""Attribution: who asserts what, by which cue, citing whom.

Rules work sentence by sentence on the output of :mod:`factcheck.segment`:

* cue lexicon (speech and cognition verbs, "according to", "citing") found
  with one compiled regular expression;
* the source is the noun phrase on the cue's left up to a clause boundary
  ("analysts believe ..."), or on its right after a comma or a closing quote
  ("..., said the ministry"), or after "according to";
* the content is the rest of the clause on the other side of the cue;
* "SOURCE reported, citing X" and "quoted X as saying" build citing chains.

:func:`attribute_sentences` then classifies and resolves each source with
:mod:`factcheck.resolve` (kind, canonical name, back-references such as
"the agency" or "the official").
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import attrs

from factcheck.model import Attribution, SourceKind
from factcheck.resolve import _ANON_RE, _PARTY_TAG, SourceResolver, _is_plural, classify_source
from factcheck.segment import Sentence, split_sentences

__all__ = [
    "AttributionSpan",
    "attribute_sentences",
    "find_attributions",
    "merge_spans",
]

Span = tuple[int, int]


def _word_alternation(words: set[str]) -> str:
    """A regex alternation of ``words``, factored as a trie (the caller adds what must follow).

    An alternation of 200 words is tried branch by branch at every word start; the trie reads
    each letter once. Multi-word cues ("pointed out") come first, longest first, so that where one
    matches it wins over its first word as in a plain longest-first alternation; of the one-word
    words at most one can end on a word boundary at a given place, so their order is free.
    """
    phrases = sorted((w for w in words if not w.isalpha()), key=len, reverse=True)
    trie: dict[str, dict] = {}
    for w in words:
        if w.isalpha():
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    alts = [re.escape(w).replace(r"\ ", r"\s+") for w in phrases] + ([pattern(trie)] if trie else [])
    return "(?:" + "|".join(alts) + ")"


# --------------------------------------------------------------------------- lexicons

_SPEECH = (
    "say says said saying tell tells told telling add adds added adding state states stated "
    "note notes noted noting write writes wrote writing report reports reported reporting "
    "announce announces announced announcing explain explains explained explaining "
    "argue argues argued arguing claim claims claimed claiming insist insists insisted "
    "warn warns warned warning declare declares declared acknowledge acknowledges acknowledged "
    "acknowledging admit admits admitted confirm confirms confirmed deny denies denied "
    "tweet tweets tweeted tweeting recall recalls recalled recalling suggest suggests suggested "
    "suggesting predict predicts predicted estimate estimates estimated allege alleges alleged "
    "contend contends contended maintain maintains maintained stress stresses stressed "
    "reply replies replied respond responds responded ask asks asked asking testify testified "
    "conclude concludes concluded concede concedes conceded assert asserts asserted "
    "reveal reveals revealed complain complains complained emphasize emphasized emphasise "
    "emphasised observe observes observed indicate indicates indicated promise promises promised "
    "pledge pledges pledged vow vows vowed urge urges urged agree agrees agreed disclose "
    "discloses disclosed charge charged posted quipped boasted joked wrote caution cautions cautioned"
)
_COGNITION = (
    "believe believes believed think thinks thought fear fears feared hope hopes hoped "
    "expect expects expected know knows knew feel feels felt worry worries worried "
    "doubt doubts doubted say show shows showed shown find finds found"
)
_NOUNISH = frozenset("state states think know feel tweet tweets report note notes tell promise fear doubt estimate estimates charge worry claim claims".split())
_CUE_WORDS = sorted((set(_SPEECH.split()) | set(_COGNITION.split())) - _NOUNISH, key=len, reverse=True)
_AUX_WORDS = (
    "has have had also later previously reportedly publicly repeatedly once then will would may might could did "
    "does do not never often recently privately separately further"
)
_AUX = r"(?:" + _word_alternation(set(_AUX_WORDS.split())) + r"\s+)*"
_LEXICON_PATH = Path(__file__).parent / "data" / "attribution_cues.json"


@functools.lru_cache(maxsize=4)
def _learned_cues(path: str) -> tuple[tuple[str, float], ...]:
    """Cues and annotation rates learned from PolNeAR train (empty when the file is missing)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return tuple((str(k), float(v)) for k, v in data.get("cues", {}).items())
    except (OSError, ValueError, AttributeError):
        return ()


@functools.lru_cache(maxsize=4)
def _cue_regex(extra: tuple[str, ...]) -> re.Pattern[str]:
    alt = _word_alternation(set(_CUE_WORDS) | set(extra))
    return re.compile(
        r"(?P<acc>\baccording\s+to\b)"
        r"|(?P<qas>\b(?:also\s+)?quoted\b(?=.{2,100}?\bas\s+saying\b))"
        r"|(?P<cite>\bciting\b)"
        r"|(?P<learn>\b(?:has|have)\s+learned\b)"
        r"|(?P<verb>\b" + _AUX + r"(?:" + alt + r")\b(?:\s+in\s+an?\s+(?:statement|interview|email|e-mail|post)\b)?)",
        re.IGNORECASE,
    )


_STRONG = frozenset(_SPEECH.split())
#: Speech verbs that more often take a plain object in news copy ("charged him with fraud", "posted a loss",
#: "recalled 14 batches"): a report only before "that", a quotation, a colon or "to" + verb.
_OBJECT_VERBS = frozenset(
    "charge charges charged posted recall recalls recalled maintain maintains maintained pledge pledges pledged "
    "promise promises promised declare declares declared concede concedes conceded".split()
)
#: "Agreed" is a report before "that", an act before "to" + verb ("have agreed to sell a stake").
_AGREE = frozenset("agree agrees agreed".split())
#: '"...," Trump said at a campaign stop this week.': a prepositional phrase after the cue, then the end
#: of the sentence or a comma.
_PHRASE_TAIL = re.compile(
    r"\s*(?:at|in|during|on|after|before|from|with|via|through|about)\s"
    r"(?:(?!\b(?:that|who|which|when|because|if|whether|and|but)\b)[^,;\"“”.!?])*?(?=\s*[,.!?\"”’]|\s*$)"
)


def _phrase_tail(tail: str) -> bool:
    m = _PHRASE_TAIL.match(tail)
    return m is not None and re.match(r"\s*(?:[.!?\"”’]*\s*$|,)", tail[m.end() :]) is not None


#: "Back in Virginia, Mr. Clarke said, he decided ...": the report resumes after the cue with a new subject.
_RESUMED = re.compile(
    r"\s*,\s*(?=(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\s|(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]here)\s[^,;]*?"
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|[a-z]{3,}ed)\b)"
)
#: "The district faces a deficit, he said, and state funding has not kept pace": a second clause of the report.
_RESUMED_CLAUSE = re.compile(
    r"\s*,\s*and\s+(?!(?:[\w’'-]+\s+){0,4}?(?:say|says|said|told|tell|tells|believe|believes|argue|argues|estimate|"
    r"estimates|expect|expects|show|shows|found|find)\b)"  # "..., records show, and aviation experts say ...": their own
    r"(?=(?:the|a|an|his|her|its|their|this|that|these|those|[a-z]+|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b)"
)
#: "Kim watched the launch, the agency said, and praised the crew": the report resumes with a second verb.
_RESUMED_VERB = re.compile(r"\s*,\s*and\s+(?=(?:also\s+)?[a-z]{2,}ed\s|(?:also\s+)?(?:said|told|met|made|gave|took|went|saw|sent|won|lost|held|left|led|spoke|wrote)\s)")
#: Cues followed by whom they address ("told reporters that ...", "asked police to ...").
_ADDRESSED = frozenset(
    "told tell tells telling ask asks asked asking urge urges urged urging warn warns warned warning cautioned caution "
    "cautions cautioning".split()
)
#: Prepositions that may open a phrase before the frame ("During a May interview on CNBC, ...").
_PREPOSITIONS = frozenset(
    "in at on during after before since by from following amid despite over under with without for like unlike until "
    "throughout along besides beyond".split()
)
#: An opening phrase from a preposition: "[Over the years], she said, email has helped ...".
_LEAD_PREPOSITION = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:" + "|".join(sorted(_PREPOSITIONS | {"among", "across", "within", "through"})) + r")\b",
    re.IGNORECASE,
)
#: A comma and a finite verb after a participle phrase: the phrase was an aside of the subject
#: ("Adam Lanza, wearing earplugs and carrying a rifle[, entered] the school").
_ASIDE_THEN_VERB = re.compile(
    r",\s+(?:[a-z]{3,}ed\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b|their\b|its\b|\d)|"
    r"(?:was|were|is|are|had|has|went|came|took|made|left|ran|said|told|got|gave)\b)"
)

#: The main clause's verb after a relative clause closes: "Clinton, who announced a plan on Monday[, plans] to ...".
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"[a-z]{3,}(?:ed|s))\b(?!\s*[,.;:]|\s+(?:and|or)\b)"
)

#: Verbs of a speech act named after a cue with "to" ("tweeted on Friday to say ...").
_SPEECH_ACTS = r"(?:say|note|deny|clarify|explain|insist|argue|stress|announce|confirm)"
#: "tweeted [on Friday to say (that)] ...": the speech act named after the cue.
_TO_SAY = re.compile(
    r"\s+(?:(?:on|in|at|late|early|last|this|earlier|later)(?:\s+[A-Za-z0-9’'.-]+){1,3}?\s+)?to\s+"
    + _SPEECH_ACTS + r"\s+(?:that\s+)?"
)
#: A dash aside between a subject and its cue: "X — whose party was once respected ... — both suggested".
_DASH_ASIDE = re.compile(
    r"\s+(?:—|--|–)\s+(?P<aside>[^—–\"“”]{3,150}?)\s+(?:—|--|–)\s*(?:(?:both|all|each|also|then|later|now|still|first)\s*)?$"
)
#: A quote resumed after the cue: '"...," she said, "and ..."'.
#: A name or description closing the sentence after a source: ", Professor Lena Ortiz of Ohio State University."
_CLOSING_APPOSITIVE = re.compile(
    r"(,\s+(?:(?:a|an|the)\s+[^,;:\"“”()]{1,80}?|(?P<name>[A-Z][\w.’'-]*(?:\s+(?:of|at|for|the|and|[A-Z][\w.’'-]*)){1,8})))"
    r"[.!?]?[\"”’]?\s*$"
)
#: What a named source is, right after it and before the content: "According to Ukrenergo[, the national grid
#: operator], repair crews ..." (not "According to Yonhap, the missile, a KN-23, flew ...").
_SOURCE_APPOSITIVE = re.compile(
    r",\s+((?:the|a|an|its|their)\s+[^,;:\"“”()]{0,50}?\b(?:operator|agency|company|firm|group|ministry|department|"
    r"spokes(?:man|woman|person)|lawyer|attorney|official|organi[sz]ation|monitor|regulator|broadcaster|newspaper|"
    r"outlet|institute|authority|service|provider|union|association|council|watchdog|analyst|expert|researcher|"
    r"professor|director|chief|head|manager|executive|founder|president|chair(?:man|woman)?|leader|adviser|advisor|"
    r"consultancy|charity|office|commission|committee|bank|utility|carrier|airline|maker|producer|tracker|"
    r"observatory|website|daily|network)s?(?:\s+(?:of|for|at|in|on)\s+[^,;:\"“”()]{2,40}?)?),\s+(?=\S)"
)
_QUOTE_AFTER_COMMA = re.compile(r"\s*,\s*(?=[\"“]|'')")
#: "will find it difficult to ...": no report.
_FIND_IT = re.compile(r"\s+it\s+(?:[a-z]+\s+)?(?:hard|difficult|easy|easier|harder|tough|impossible|necessary|useful)\b")
#: What follows an addressed cue when it is a request, not a report.
#: An opening phrase naming the outlet that carried a source's words: "In a statement carried by KCNA, ".
_CARRIED_BY = re.compile(
    r"\s*In\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|report|interview|commentary|article|editorial|"
    r"dispatch|message|letter|speech)\s+(?:carried|published|released|issued|posted|broadcast|aired|quoted)\s+(?:by|on|in)\s+"
    r"(?P<outlet>[^,;\"“”]{2,60}?),\s*"
)
#: Whom a source agrees with, before "that": "agreed [with him] that ...".
_WITH_THAT = re.compile(r"\s+with\s+(?:[\w’'.-]+\s+){1,5}?(?=that\b)")
#: An amount after "added": "added 254,000 jobs", "added about $3 billion", "added two more seats".
_ADDED_AMOUNT = re.compile(
    r"\s+(?:(?:about|nearly|almost|roughly|some|more than|another|an additional|a net|a further)\s+)?"
    r"(?:[\d$€£]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a dozen|dozens|hundreds|thousands|millions|billions|"
    r"(?:a|half a|a quarter of a|a third of a)\s+(?:hundred|thousand|million|billion))\b)"
)
_DIRECTIVE = re.compile(r"\s*(?:not\s+)?to\s+[a-z]")
#: A short recipient, then a directive: "warned [me] not to ...", "urged [the allies] to ...".
_DIRECTED = re.compile(
    r"\s+(?:(?!(?:that|he|she|they|we|i|is|was|were|are|has|had|have|will|would|could)\b)(?![a-z]+ed\s)[\w’'.-]+\s+){1,4}?"
    r"(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+\b",
    re.IGNORECASE,
)
#: Cues whose source is the subject of the clause they follow ("Kim praised the workers, saying ...").
_PARTICIPLES = frozenset(
    "saying adding noting arguing telling asking warning acknowledging recalling suggesting claiming explaining".split()
)
_MAX_CUES = 12

_DET = frozenset(
    "the a an this that these those his her its their our my your some many several most two "
    "three four five six seven eight nine ten few other another one both all any each senior "
    "top former current local state official foreign".split()
)
_PRON = frozenset("he she they it we i you who which someone somebody".split())
_NOT_IN_NP = frozenset(
    "is was were are be been being has have had will would can could should may might must "
    "do does did not no to if when because while although though but and or so than then "
    "that which there here also just very more less about after before since until "
    "into onto from by at on in with without over under between during".split()
)
#: Bodies that speak: "the health [ministry], the agency in charge, said".
_BODY_NOUNS = frozenset(
    "ministry department agency office company firm bank council court union authority commission committee board "
    "service government regulator institute association federation party army military police club university "
    "hospital operator utility airline insurer manufacturer carrier".split()
)
_SOURCE_NOUNS = frozenset(
    "analysts experts officials sources observers diplomats residents critics witnesses media police "
    "researchers economists scientists investigators prosecutors lawmakers authorities voters supporters "
    "opponents aides advisers advisors insiders people reports polls surveys data documents records "
    "activists defectors leaders officers commanders soldiers attorneys lawyers relatives representatives "
    "spokesmen spokeswomen spokespeople organizers organisers protesters demonstrators employees workers others "
    "services rescuers firefighters paramedics medics".split()
)
#: Nouns a source may name its origin after with "from".
_FROM_HEADS = _SOURCE_NOUNS | frozenset("data figures statistics numbers spokesman spokeswoman spokesperson official".split())
#: Roles held "to" someone: "adviser to the campaign", "ambassador to Japan".
_ROLE_TO = frozenset("adviser advisor advisers advisors ambassador envoy counselor counsellor assistant aide aides consultant".split())
#: Participles that may join a document to its maker inside a source ("a study [commissioned by] X").
_MADE_BY = frozenset(
    "commissioned conducted released published issued prepared written compiled funded sponsored led carried "
    "produced filed reviewed obtained seen".split()
)
_NP_INNER = frozenset("of for at in on and & 's ’s the a an de van von al bin".split())
_BOUNDARY_WORDS = (
    r"though|although|while|whereas|but|and|because|as|since|after|before|when|where|"
    r"if|that|so|yet|even|however|meanwhile|moreover|also|then|now|later|still|instead"
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_WORDS = (
    r"(?:\s*(?:on|in|at|during|late|early|last|this|earlier|later|" + _WEEKDAYS + r"|"
    r"today|yesterday|tonight|morning|afternoon|evening|night|"
    r"week|weekend|month|year|a|an|the|statement|interview|press|conference|briefing|news|"
    r"post|tweet|speech|told|reporters|journalists|by|phone|telephone|email|e-mail|[A-Z][\w’'.-]*)\b)"
)
_TIME_THAT = re.compile(
    r"\s+(?:(?:on|in|at|for|late|early|last|this|earlier|later|during)(?:\s+[A-Za-z0-9’'.-]+){1,6}?"
    r"|" + _WEEKDAYS + r"|today|yesterday|tonight)\s+that\s+"
)
#: When a source spoke, before content that follows without "that": "said [on Saturday] its forces had ...".
_TIME_BEFORE = re.compile(
    r"\s+(?:(?:on|late|early)\s+(?:" + _WEEKDAYS + r")|yesterday|today|last\s+week|this\s+week)"
    r"(?=\s+(?:its|his|her|their|the|a|an|it|he|she|they|we|there|[A-Z][a-z]+)\s)"
)
#: A party-and-state tag ("(R)", "(D-Ill.)") and, with acronyms ("(KCNA)"), any tag right after a name.
_NAME_TAG = r"(?:\([A-Z][A-Za-z]{1,9}\)|" + _PARTY_TAG + r")"
#: What may follow a post-posed cue up to the end of the sentence ('"...," he told me on Friday.').
_TIME_TAIL = re.compile(r"^(?:" + _TIME_WORDS + r"|\s*(?:me|us|him|them|then)\b)*\s*[.!?\"”’]*\s*$")
#: Where a quote's speaker spoke, ending in a quoted title, maybe before more of the quote:
#: ' on Fox News’s “Fox and Friends.” [“I mean ...”]'.
_TITLED_TAIL = re.compile(
    r"^" + _TIME_WORDS + r"*\s*[“\"][^”\"\n]{1,40}[”\"][.,]?\s*(?=[“\"]|[.!?]?\s*$)"
)
_ADDING = re.compile(r"^" + _TIME_WORDS + r"*\s*,\s*(adding|noting|saying)\s+(?:that\s+)?")
#: A short phrase that ends a post-posed source and its sentence: "said one source [on the panel]."
_SOURCE_PLACE = re.compile(
    r"\s+(?:on|in|at|from|with|of|for)\s+(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}"
    r"(?=\s*[.!?\"”]*\s*$)"
)
#: "..., X said on Tuesday, asking not to be named": the time words end at a comma.
_TIME_THEN_COMMA = re.compile(r"^" + _TIME_WORDS + r"+\s*,")
_QUOTES_OPEN = "\"“‘«"
_WORD = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|[\w$%][\w’'.,%-]*[\w%]|[\w$%]|[^\w\s]")

# --------------------------------------------------------------------------- records


@attrs.frozen
class AttributionSpan:
    """One attribution relation found in a text (offsets into the whole text).

    Attributes:
        cue: The cue span ("said", "according to").
        source: The source span, or None when the text names none.
        content: The content spans (a quote interrupted by the cue has two).
        chain: Spans of sources cited by ``source`` ("citing a Kremlin
            spokesman"), outermost first.
        sentence: Index of the sentence in :func:`split_sentences` order.
        preposed: True when the cue comes before the content.
        via: The span of an outer source that reports this attribution
            ("Officials believe X, according to Yonhap": Yonhap), if any.
        antecedent: For a relative-pronoun source ("the Council (ICES), which
            said"), the noun phrase it stands for; ``source`` stays the span as written.
        aside: A parenthetical between the source and the cue ("Ana Diaz, [who runs
            the port authority], said"; "An official, [speaking on condition of
            anonymity], said"), without its commas. A cited source (", citing Y,") goes
            to ``chain`` instead.
    """

    cue: Span
    source: Span | None = None
    content: tuple[Span, ...] = ()
    chain: tuple[Span, ...] = ()
    sentence: int = 0
    preposed: bool = True
    via: Span | None = None
    antecedent: Span | None = None
    aside: Span | None = None


# --------------------------------------------------------------------------- NP helpers


def _tokens(s: str, base: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start() + base, m.end() + base, m.group()) for m in _WORD.finditer(s)]


def _strip_span(text: str, a: int, b: int, chars: str = " \t\n,;:") -> Span:
    while a < b and (text[a] in chars or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in chars or text[b - 1].isspace()):
        b -= 1
    return a, b


#: Participles after "not" that describe a source's distance from the story ("experts not involved in the study").
_UNINVOLVED = frozenset("involved affiliated connected associated".split())


def _role_then_name(words: Sequence[str]) -> bool:
    """A short lowercase role before a capitalised name: "lead author Dr. Hannah Reed", "study co-author Jo Lim"."""
    k = 0
    while k < len(words) and words[k][:1].islower() and words[k].replace("-", "").isalpha():
        if words[k] in _NOT_IN_NP or words[k] in _NP_INNER or words[k].endswith(("ed", "ing")):
            return False  # "appeared in the British Medical Journal" is no role
        k += 1
    name = words[k:]
    return 0 < k <= 3 and 1 < len(name) <= 5 and all(w[:1].isupper() or w == "." for w in name) and name[-1] != "."


def _np_ok(words: Sequence[str], *, left: bool) -> bool:
    """Whether ``words`` plausibly form a source noun phrase."""
    if not words or len(words) > (9 if left else 12):
        return False
    first = words[0]
    if re.fullmatch(r"i['’](?:d|ll|ve|m)", first.lower()):
        return False  # "I'd add a historical reason": the writer's own voice, no "I'd" as a source
    if first.lower() in _PRON:
        return len(words) == 1
    if first.endswith("ed") and words[1:2] == ["by"]:
        return False  # "[, conducted by Gallup,]": a participle phrase about the source, not the source
    if not (
        first[0].isupper()
        or first[0].isdigit()
        or first.lower() in _DET
        or first.lower() in _SOURCE_NOUNS
        or (len(words) <= 5 and words[-1][:1].isupper() and first.isalpha() and not re.fullmatch(_WEEKDAYS, words[-1]))
        # "reporter Jane Doe", not "issued a statement Tuesday"
        or _role_then_name(words)  # "lead author Dr. Hannah Reed"
    ):
        return False
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in ("with", "to", "about", "on") and k and words[k - 1].lower() in ("familiar", "close", "briefed", "knowledgeable"):
            continue
        if lw == "not" and k and k + 1 < len(words) and words[k + 1].lower() in _UNINVOLVED:
            continue  # "experts not involved in the research"
        if lw in ("in", "with") and k > 1 and words[k - 2].lower() == "not" and words[k - 1].lower() in _UNINVOLVED:
            continue
        if lw == "with" and k + 1 < len(words) and words[k + 1].lower() in ("knowledge", "direct", "ties", "access"):
            continue  # "one person with knowledge of the governor's dilemma"
        if lw == "from" and k and words[k - 1].lower() in _FROM_HEADS:
            continue  # "data from the grid operator", "a spokesman from the ministry"
        if lw == "to" and k and words[k - 1].lower() in _ROLE_TO:
            continue  # "a senior adviser to the Clinton campaign", "the ambassador to Japan"
        if lw == "by" and k and words[k - 1].lower() in _MADE_BY:
            continue  # "a study commissioned by the council", "a report released by the ministry"
        if lw in _NOT_IN_NP and lw not in _NP_INNER:
            return False
        if w in ("(", ")", "“", "”", '"', ":", ";", "!", "?"):
            return False
    return words[-1].lower() not in _NP_INNER


#: An unnamed source's reason for going unnamed, as a relative clause before the cue: "An investigator [who
#: asked not to be named] said", "two officials [who spoke on condition of anonymity] said".
_ANONYMITY_CLAUSE = re.compile(
    r"\s+(?:who|that)\s+(?:(?:asked|declined|requested|refused|spoke|agreed|was|were|is|are|did|do)\b[^,;:()\"“”]{0,70}?"
    r"\b(?:named|identified|anonymity|authori[sz]ed|quoted|on the record)\b[^,;:()\"“”]{0,40}?)\s*,?\s*$"
)


#: Capitalised words on both sides of "and" inside a body's name: "Ethics [and] Anti-Corruption Commission",
#: "Food [and] Drug Administration".
_NAME_AND_LEFT = re.compile(r"\b[A-Z][\w-]+\s+$")
_NAME_AND_RIGHT = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+){0,3}(?:Commission|Administration|Authority|Agency|Department|Ministry|Board|Council|"
    r"Committee|Institute|Office|Service|Bureau|Corporation|Company|Bank|Court|Tribunal|Directorate|Centre|Center)\b"
)


#: A verb with its object or an auxiliary, not inside a relative clause: what makes words a clause, not a noun phrase.
_CLAUSE_VERB = re.compile(
    r"\b(?:(?:is|are|was|were|has|have|had|will)\b|[a-z]{3,}ed\s+(?:\d|(?:the|a|an|his|her|its|their|some|about|"
    r"more|nearly|almost|over|up|down)\b))"
)


def _a_clause(words: str) -> bool:
    """Whether ``words`` hold a finite verb of their own ("The fire killed 12 people"), not one of a relative clause
    ("a lawyer who represented the family") or a participle ("the man arrested in March")."""
    m = _CLAUSE_VERB.search(words)
    return m is not None and re.search(r"\b(?:who|that|which|whom|whose)\b", words[: m.start()]) is None


def _left_np(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase ending at ``hi`` and starting after the last clause boundary >= lo."""
    anon = _ANONYMITY_CLAUSE.search(text, lo, hi)
    if anon is not None and anon.start() > lo:
        inner = _left_np(text, lo, anon.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    age = re.search(r",\s*(?:\d{1,3}|[RDI]-[A-Z][A-Za-z.]{1,12})\s*,?\s*$", text[lo:hi])
    if age and age.start() > 0:  # "Mr. King, 82, told me", "Mitch McConnell, R-Ky., said": no part of the name
        return _left_np(text, lo, lo + age.start())
    acr = re.search(r"\s*" + _NAME_TAG + r"\s*$", text[lo:hi])
    if acr and acr.start() > 0:  # "The Korean Central News Agency (KCNA) said": the acronym belongs to the name
        inner = _left_np(text, lo, lo + acr.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    seg = text[lo:hi]
    cut = 0
    for m in re.finditer(r"[,;:()\u2014\u2013\"“”]|\s-\s|\b(?:" + _BOUNDARY_WORDS + r")\b", seg, re.I):
        # a comma inside "X, a spokesman for Y," is an appositive, handled below
        if m.group() == "and" and _NAME_AND_LEFT.search(seg, 0, m.start()) and _NAME_AND_RIGHT.match(seg, m.end()):
            continue  # "the Ethics and Anti-Corruption Commission said": one body's name
        cut = m.end()
    a, b = _strip_span(text, lo + cut, hi, " \t\n,;:\"“”'‘’")
    t = _TRAIL_ADV.search(text[a:b]) or _TRAIL_TIME.search(text[a:b])
    if t and t.start() > 0:
        b = a + t.start()
    if a >= b:
        return None
    words = [t for _, _, t in _tokens(text[a:b])]
    lead = text[lo:a].rstrip()
    post_group = (
        0 < len(words) <= 3
        and words[-1].lower() in _SOURCE_NOUNS
        and (words[0].isupper() or words[0].lower() not in _PRON | {"that", "how", "what", "where", "when", "why", "whose"})
        # "..., ministry data show."; "..., but union leaders said", "where restructuring experts say"
        and (lead.endswith(",") or re.search(r"(?:^|\b(?:but|while|whereas|where)|,\s*and)$", lead, re.I) is not None)
        and not any(w.lower() in _NOT_IN_NP or w.lower() in _NP_INNER for w in words)
    )
    if not (_np_ok(words, left=True) or (post_group and all(w.isalpha() for w in words))):
        return None  # after a comma a bare group may close the sentence: "..., ministry data show."
    if words == ["others"] and (named := re.search(r"(?:^|[,;:]\s*|\b(?:but|and)\s+)((?:[A-Z][\w’'.-]*\s+){1,3}and\s+)$",
                                                   text[lo:a])):  # fmt: skip
        a = lo + named.start(1)  # "Edwards and others said"
    # "Jane Roe, an analyst at X, said" / "a spokesman for Y, John Doe, said": join the appositive
    pm = re.search(
        r"(?:^\s*(?:(?:but|and|yet|so|still|meanwhile|however|also),?\s+)?|[,;:(\"“”]|\b(?:" + _BOUNDARY_WORDS + r")\b)"
        r"\s*([^,;:()\"“”]{2,80}),\s*$",
        re.sub(_PARTY_TAG, lambda t: "_" * len(t.group()), text[lo:a]),  # "Rep. Jim Jordan (R-Ohio), a member, said"
        re.I,
    )  # "[But] the governor of the region, Vyacheslav Gladkov, said"
    if pm:
        pa, pb = _strip_span(text, lo + pm.start(1), lo + pm.end(1))
        prev = [t for _, _, t in _tokens(re.sub(_PARTY_TAG, "", text[pa:pb]))]
        name_prev = bool(prev) and all(w[:1].isupper() or w in (".", "-") for w in prev)
        name_cur = all(w[:1].isupper() or w in (".", "-") for w in words)
        other = words if name_prev else prev
        # "The Ministry of Health, the agency in charge, said", "The health ministry, the regulator, said": a body
        # and a description of it
        # (not "In a March report, the bureau said", "Kim watched the launch, the agency said": no body before)
        body = not name_prev and not name_cur and words[0].lower() in ("a", "an", "the", "one") and len(prev) > 1 \
            and prev[0].lower() == "the" and (all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in prev[1:])
                                              or (len(prev) <= 4 and prev[-1].lower() in _BODY_NOUNS))  # fmt: skip
        if (
            prev
            and _np_ok(prev, left=True)
            and prev[0].lower() not in _PRON
            and not _a_clause(text[pa:pb])  # "The fire killed 12 people, TASS said": the report, not a description
            and (body or (name_prev != name_cur and (
                other[0].lower() in _APPOS_START or other[0].endswith(("'s", "’s")) or other[1:2] in (["'"], ["’"])
            )))
        ):
            return pa, b
        # "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said": the
        # last description is of Oklahoma; the source is the name and its first description
        first = re.search(r"(?:^|[,;:(\"“”])\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s*$", text[lo:pa])
        if (
            first
            and not name_prev
            and not name_cur
            and prev[:1] and prev[0].lower() in ("the", "a", "an")
            and words[0].lower() in ("one", "a", "an", "the")
        ):
            return lo + first.start(1), pb
    return a, b


_ABBR_DOT = r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGen)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bLt)(?<!\bCol)\."
_RIGHT_STOP = re.compile(
    r"[,;:!?()\u2014\"“”]|" + _ABBR_DOT + r"|\s-\s|\b(?:who|which|that|said|says|told|in a)\b"
    r"|(?<!\bbriefed )(?<!\bclose )(?<!\bfamiliar )\b(?:on|at|to)\b"
)
_APPOS_START = frozenset(
    "a an the one his her its their our former chief senior deputy head director professor president "
    "spokesman spokeswoman spokesperson executive founder chairman chairwoman leader".split()
)
_TRAIL_ADV = re.compile(
    r"(?:\s+(?:(?!(?:family|ally|assembly|supply|rally|monopoly|anomaly|italy|july)\b)[a-z]+ly"
    r"|also|then|now|still|too|again|once|later|meanwhile|however))+$"
)


#: "Donald Trump on Monday said": a time adverbial between the source and its cue.
_TRAIL_TIME = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|later)\s+(?:" + _WEEKDAYS + r"|"
    r"week|month|year|night|morning|afternoon|evening|weekend)|\s+(?:today|yesterday|tonight))+$"
)


def _right_np(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase starting at ``lo``, up to the next comma, clause word or ``hi``."""
    seg = text[lo:hi]
    m = _RIGHT_STOP.search(seg)
    end = lo + (m.start() if m else len(seg))
    a, b = _strip_span(text, lo, end, " \t\n,;:\"“”'‘’")
    if a >= b:
        return None
    words = [t for _, _, t in _tokens(text[a:b])]
    if not words:
        return None
    if words[0].lower() in _PRON and len(words) == 1:
        return a, b
    if _np_ok(words, left=False):
        return a, b
    return None


#: Participles of what an event caused; ", leaving 3,000 people without power" stays in the report.
_RESULTS = (
    r"(?:leaving|causing|forcing|prompting|sparking|triggering|killing|injuring|wounding|destroying|damaging|displacing|"
    r"stranding|including|excluding|regarding|concerning|following|counting|totaling|totalling|"
    r"housing|building|funding|training|spending|meeting|hearing|ruling|morning|evening|wedding|clothing|shipping|"
    r"banking|lending|polling|voting|bombing|shooting|pricing|mining|timing|setting|offering|nothing|something|"
    r"everything|anything)"
)  # participles that work as prepositions (", excluding the military") and nouns in -ing (", housing and ...")


#: What a source did not do or say, after its report: "[did not] give details", "[declined] to say ...".
_DECLINED = (
    r"(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|would\s+not|wouldn[’']t|declined|refused|gave\s+no|"
    r"offered\s+no|provided\s+no)\b"
)
#: What a source went on to do or say, joined to its report: "said the budget was balanced [and urged] residents
#: to ...", "[, but cautioned] that demand could weaken": the source's, not its content's subject's.
_WENT_ON = (
    r"(?:urged|warned|added|cautioned|noted|vowed|pledged|promised|insisted|acknowledged|conceded|stressed|"
    r"emphasi[sz]ed|appealed|called\s+(?:on|for)|said)\b"
)
#: Cues of saying that a coordinated second report shares with the first ("said X and [added] that Y").
_SPEECH_CUE = re.compile(
    r"said|says|added|adds|noted|notes|insisted|insists|cautioned|warned|stressed|acknowledged|conceded|"
    r"emphasi[sz]ed|argued|argues|told|tells|wrote|writes|explained|maintained|contended"
)
#: What joins a second cue to the first report's content: "said X[, and also] said Y".
_COORDINATED_CUE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?")
#: A cue in the past tense ("said", "has said", "told"), whose source may go on to do more in the same tense.
_PAST_CUE = re.compile(r"\b(?:[a-z]+ed|said|told|wrote|spoke|made|found|thought|felt|knew|saw|held|gave|took)\b")
#: A second report joined to the first: "..., but Ukrainian officials have said that ..."; the first ends before it.
_SECOND_REPORT = re.compile(
    r"(?:,\s+(?:but|while|whereas|and)|\s+but|;)\s+(?:(?!(?:that|which|who|and|but|or|to|[a-z]+ed)\b)[\w’'.-]+\s+){1,6}?"
    + _AUX
    + r"(?:said|say|says|told|argue|argues|argued|insist|insists|insisted|contend|contends|contended|maintain|"
    r"maintains|maintained)\s+(?:that\b|[\"“])"
    # "The union said 90 percent joined, [while the ministry said] fewer than 30 percent did": a rival's report
    r"|,\s+(?:but|while|whereas)\s+(?:(?!(?:that|which|who|and|but|or|to|[a-z]+ed)\b)[\w’'.-]+\s+){1,6}?" + _AUX
    + r"(?:said|say|says|insisted|argued|maintained|contended|estimated)\s+(?=(?:the|a|an|it|he|she|they|we|there|"
    r"this|its|their|his|her|only|fewer|more|less|about|nearly|some|no|none|\d)\b)"
    r"|;\s+(?=(?:the|a|an)\s+[A-Z])"  # "...; the Center for Federal Tax Policy ... puts the figure at ...": another's
    # "said Biden would travel to Poland, [but did not give details]": what the source did not do is the reporter's
    r"|,?\s+but\s+(?=" + _DECLINED + ")"
)
#: ... and what the source went on to do (a past-tense report only: in "Merrill says Machado promised X and said
#: Y", "said" is Machado's).
_WENT_ON_CUT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?=" + _WENT_ON + ")")


#: The reporter's word on a report, after it: ", a claim that could not be independently verified".
_UNVERIFIED_NOTE = re.compile(
    r",\s+(?:a|an)\s+(?:claim|assertion|account|figure|number|statement|allegation|report)\s+(?:that|which)\s+"
    r"(?:could\s+not|cannot|can\s*not|couldn't|can't|has\s+not|have\s+not|was\s+not|were\s+not|is\s+not|"
    r"could\s+be|may|was|has)\b"
)


def _content_after(text: str, pos: int, end: int, went_on: bool = False) -> Span | None:
    """The content of a report from ``pos``; ``went_on``: also end it where the source goes on to do or say more
    ("said the budget was balanced [and urged] ...")."""
    a, b = _strip_span(text, pos, end, " \t\n,:")
    if a < b and (note := _UNVERIFIED_NOTE.search(text, a, b)) is not None:
        b = note.start()
    if a < b and text[a] not in _QUOTES_OPEN and (second := _SECOND_REPORT.search(text, a, b)) and not _in_quote(text[a:b], second.start() - a):
        b = second.start()
    if went_on and a < b and text[a] not in _QUOTES_OPEN and (more := _WENT_ON_CUT.search(text, a, b)) and not _in_quote(text[a:b], more.start() - a):
        b = more.start()
    if a < b and text[a] not in _QUOTES_OPEN:
        # a trailing aside ("— a milepost ...", ", reversing ...") is the reporter's, not the source's
        cut = re.search(r"\s[\u2014\u2013]\s|\s--\s|,\s+(?:(?P<cite>citing|quoting)|(?!" + _RESULTS + r"\s)[a-z]+ing)\s", text[a:b])
        comma = text.find(",", a + cut.end(), b) if cut else -1
        aside = cut is not None and not cut.group("cite") and comma >= 0 and _ASIDE_THEN_VERB.match(text, comma)
        pair = text.find(cut.group(), a + cut.end(), b) if cut and cut.group().strip() in ("\u2014", "\u2013", "--") else -1
        if pair > 0 and len(text[a + cut.end() : pair].split()) <= 12 and not re.search(r"[\"“”]|''", text[a + cut.end() : pair]):
            aside = True  # a paired dash aside inside the report: "the top 1 percent -- those with ... -- would face"
        if cut and not aside and len(text[a : a + cut.start()].split()) >= (2 if cut.group("cite") else 5):
            b = a + cut.start()  # not "after Adam Lanza, wearing earplugs ..., entered Sandy Hook": an aside
    while b > a and text[b - 1] in ".!?" and text[a] not in _QUOTES_OPEN:
        b -= 1
    return (a, b) if b > a else None


#: "told employees [in a memo, which was obtained by the AP,] that ...": a phrase and its aside before "that".
_RECIPIENT_ASIDE = re.compile(
    r"\s*(?:[\w’'.-]+\s+){0,3}?(?:in|on|at|during|via|through|over|by)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+,\s+"
    r"(?:which|who|whom)\s+[^,;:\"“”]{3,80}?,\s+(?=that\b)"
)


def _recipient_skip(text: str, pos: int, end: int) -> int:
    """After "told": skip the recipient NP ("told reporters on Monday that")."""
    seg = text[pos:end]
    m = re.match(r"\s*(?:[\w’'.-]+\s+){0,6}?(?=that\b)", seg) or _RECIPIENT_ASIDE.match(seg)
    if m:
        return pos + m.end()
    m = re.match(
        r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w’'.-]*\s+)*(?!(?:this|last|next|on|earlier|late|to|he|she|they|we|I|the|a|an)\b)[\w’'.-]+"
        r"(?:\s+(?:this|last|next)\s+(?:week|weekend|month|year|morning|afternoon|evening)\b)?\s*(?:,|:)?",
        seg,
    )  # "told African-Americans [this weekend] he would ..."
    return pos + (m.end() if m else 0)


#: After a post-posed addressed cue: whom and where, up to a comma, a quote or the end.
_ADDRESSEE = re.compile(r"\s*(?:[^,\"“”]|,(?=\d))+?(?=\s*(?:,(?!\d)|[\"“”]|[.!?]*\s*$))")


def _recipient_span(text: str, sp: AttributionSpan, end: int) -> Span | None:
    """Whom a post-posed addressed cue speaks to, and where ('"...," she told [reporters at a breakfast
    hosted by Bloomberg], ...'), if anyone; ``end`` is where the sentence ends."""
    if not sp.content or sp.content[0][0] >= sp.cue[0] or _head_cue(text[sp.cue[0] : sp.cue[1]]) not in _ADDRESSED:
        return None
    m = _ADDRESSEE.match(text, sp.cue[1], end)
    return _strip_span(text, sp.cue[1], m.end()) if m else None


# --------------------------------------------------------------------------- finder


#: "SUBJECT, SOURCE said, PREDICATE": the part before the source's comma is a subject, not a quote.
_INTERRUPTED = re.compile(
    r"\s*(?P<subj>(?:[Tt]he|[Aa]ll|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[A-Z][\w’'-]*)[^,;:\"“”'‘’]{0,80}?),\s+"
    r"(?P<src>[Hh]e|[Ss]he|[Tt]hey|(?:(?:[A-Z][\w’'.-]*|de|van|von|al)\s+){0,4}[A-Z][\w’'-]*"
    r"|(?:(?:the|some|many|most|[a-z]+)\s+)?(?:officials|analysts|experts|economists|critics|supporters|aides|"
    r"diplomats|sources|investigators|researchers|scientists|residents|witnesses|lawmakers|police))"
    r"(?:\s+(?:often|also|later|once|has|had|have))?\s*"
)
#: A predicate's opening verb (an adverb may come first): "would make ...", "is the greatest ...".
_PREDICATE_START = re.compile(
    r"(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|"
    r"[a-z]{2,}ed)\b"
)
#: The predicate that resumes after "SOURCE said,": a comma, then a verb.
_VERB_AFTER_CUE = re.compile(r"\s*,\s*(?=" + _PREDICATE_START.pattern + ")")
#: A parenthetical between a source and its cue: ", citing Y,", ", who spoke on condition of anonymity,"
#: (an age may come first: "Schiff, 56, who has served ...,").
_PAREN_BEFORE_CUE = re.compile(
    r",\s*(?:\d{1,3}\s*,\s*)?(?:(?:citing|quoting)\s+(?P<cited>(?:[^,;]|(?<=\d),(?=\d{3})){2,80}?)|"
    r"(?P<aside>(?:who|which)\s+(?:[^,;]|(?<=\d),(?=\d{3})){2,100}?|(?:speaking|writing)\s+[^,;]{2,160}?))\s*,$"
)
#: "X, citing ''the unique magic of Trump,'' said ...": a quoted phrase cited between source and cue.
#: The quoted phrase is a reason given, not a source cited: no chain.
_CITED_QUOTE = re.compile(r",\s*(?:citing|quoting)\s+(?P<reason>''[^'\n]{2,80}?,''|“[^”\n]{2,80}?,”|\"[^\"\n]{2,80}?,\")$")
#: A subordinate clause after "according to X": the reporter's ("..., according to X, as temperatures rose").
_SUBORDINATE = re.compile(r"\s*,\s*(?:as|while|when|after|before|because|since|amid|despite)\b")
_WHICH_SAID = re.compile(r"\s*,\s*(?:which|who)\s+(?:also\s+)?(?:said|says|added|noted|reported|stated)\b")
#: Cues that also mean watching or looking: a report only before "that", a quote, a comma or a colon.
_WATCHED = frozenset("observe observes observed observing".split())
#: A cue in -ing after a determiner and a modifier is a noun ("the flood warning", "a court ruling") unless a
#: clause follows it ("a statement warning that ...").
_NOUN_COMPOUND = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+[a-z][\w-]*$")
_CLAUSE_NEXT = re.compile(r"\s*(?:that\b|[\"“,:])")
#: Cue verbs whose object here is an act or a grievance, not something reported.
_NO_SPEECH_OBJECTS = {
    **dict.fromkeys(
        ("claim", "claims", "claimed", "claiming"),
        re.compile(r"\s+(?:full\s+|sole\s+)?(?:responsibility|credit|victory|the\s+(?:title|victory|win|seat|prize)|asylum|"
                   r"ownership|compensation|damages|benefits)\b"),
    ),
    **dict.fromkeys(("complain", "complains", "complained", "complaining"), re.compile(r"\s+(?:about|of|over)\b")),
}


def _cut_tail(text: str, src: Span, *tails: re.Pattern[str]) -> Span:
    """``src`` without the first of ``tails`` that ends it (an adverb, a "released on Monday"), if any is left."""
    for pattern in tails:
        m = pattern.search(text, src[0], src[1])
        if m and m.start() > src[0]:
            return src[0], m.start()
    return src


def _cites_a_source(phrase: str) -> bool:
    """Whether what follows "citing" is a source ("a military official", "radar data", "Yonhap") rather
    than a reason ("citing security concerns", "citing intelligence sharing with Washington")."""
    owned = re.match(r"(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+['’]s\s+(?P<head>.+)", phrase)
    if owned:  # "Trump's blue-collar appeal" is a reason; "Trump's campaign", "the mayor's spokesman" a source
        head = owned.group("head")
        return classify_source(head)[0] is not SourceKind.PERSON or head.split()[0].lower() in _SOURCE_NOUNS
    words = re.findall(r"[a-z]+", phrase.lower())
    return (
        phrase[:1].isupper()
        or classify_source(phrase)[0] is not SourceKind.PERSON
        or bool(words and (words[-1] in _ROLE_NOUNS or words[-1] in _SOURCE_NOUNS))  # "the provincial health director"
    )


#: Singular heads of a source described by role ("the provincial health director").
_ROLE_NOUNS = frozenset(
    "director spokesman spokeswoman spokesperson official minister source aide adviser advisor expert analyst officer "
    "chief executive lawyer attorney witness resident doctor researcher professor economist scientist commander "
    "secretary ambassador envoy president chairman chairwoman head manager representative member agency".split()
)


_LATER_CUE = re.compile(r"\b(?:said|says|say|told|tells)\b")
#: Cue words that are also nouns, and what makes them nouns when it comes right before them.
_NOUN_CUES = frozenset("reports report claims claim".split())
_SHOW_KIND = re.compile(r"\b(?:TV|tv|television|talk|game|reality|radio|morning|cooking|quiz|road|fashion|trade|air|light)$")
_NOUN_BEFORE = re.compile(
    r"(?:^|\s)(?:the|these|those|such|earlier|initial|recent|conflicting|unconfirmed|news|press|"
    r"[a-z]{3,}ed|denying|dismissing|rejecting|citing|following)$"
)
#: A sentence adverb and its comma before a source: "[However, ]Jill A. Martin said".
_LEAD_DISCOURSE = re.compile(
    r"(?:However|Still|Meanwhile|Moreover|Instead|Indeed|Yet|Also|Nevertheless|Nonetheless|Separately|Later|Earlier|"
    r"Similarly|Likewise|Again|Finally|Now|Then|Besides|Further|Furthermore|Overall|Additionally|Ultimately|"
    r"Initially|Previously|Currently|Today|Historically|Traditionally|Typically|Generally|Notably)\s*,\s+"
)
#: Adverbs between a source and its cue that are no part of the source.
_TRAILING_ADVERB = re.compile(
    r"\s+(?:first|also|later|earlier|previously|initially|originally|again|then|now|repeatedly|recently|publicly|"
    r"privately|separately|already|once|often|further|even|still|quickly|immediately)$"
)
#: How a document came out: "a report released ...", "a flyer posted ...".
_RELEASED = r"(?:released|published|issued|obtained|seen|posted|filed|dated|made public)"
#: A participle the noun-phrase finder leaves at the end of a source ("a report released [on Monday]").
_DANGLING_PARTICIPLE = re.compile(
    r"\s+" + _RELEASED + r"(?:\s+(?:on\s+)?(?:" + _WEEKDAYS + r"|today|yesterday|this\s+week|last\s+week))?$"
)
#: The same participle with what follows it, after "according to X" ("a flyer [posted on its website]").
_POSTED = re.compile(r"\s+(?P<verb>" + _RELEASED + r")\b[^,;:\"“”]*?(?=[.!?]?\s*$)")
_NEGATED = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_OPEN_QUESTION = re.compile(r"\s*(?:what|whether|if|how|when|where|why|who|which)\b", re.IGNORECASE)


def _find_in_sentence(
    text: str, sent: Sentence, index: int, cue_re: re.Pattern[str], strong: frozenset[str]
) -> list[AttributionSpan]:
    s0, s1 = sent.start, sent.end
    body = text[s0:s1]
    out: list[AttributionSpan] = []
    taken: list[Span] = []

    def free(span: Span) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for n_cue, m in enumerate(cue_re.finditer(body)):
        if n_cue >= _MAX_CUES:
            break  # keeps pathological input linear; real sentences have a handful
        cue = (s0 + m.start(), s0 + m.end())
        if not free(cue) or _in_quote(body, m.start()):
            continue
        before = body[: m.start()]
        after_pos = s0 + m.end()
        if m.group("acc"):
            src = _right_np(text, after_pos, s1) or _loose_np(text, after_pos, s1)
            if src is None:
                continue
            cut = _cut_tail(text, src, _DANGLING_PARTICIPLE)  # "a government report [released] on Wednesday"
            dangling, src = cut != src, cut
            acr = re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)", text[src[1] : s1])
            if acr:
                src = (src[0], src[1] + acr.end())
            tail = text[src[1] : s1]
            named = re.search(r"\b[A-Z]", text[src[0] : src[1]]) is not None
            appositive = _CLOSING_APPOSITIVE.match(tail) if before.strip(" \t\n\"“(") else None  # "X, according to Y, Z."
            if appositive and named == (appositive.group("name") is None) and not _FINITE_VERB.search(appositive.group(1)):
                # "according to John Weaver, a Republican strategist." / "according to the plaintiffs' expert,
                # Professor Lena Ortiz." (not "according to public filings, a huge sum for a firm ...")
                end = src[1] + appositive.end(1)
                end -= re.search(r"[a-z]{3}\.$", text[src[0] : end]) is not None  # the sentence's full stop
                src = (src[0], end)
                tail = text[src[1] : s1]
            lead = before.strip()
            chain: tuple[Span, ...] = ()
            aside: Span | None = None
            if not lead or lead.endswith(("\u2014", "-")) or re.fullmatch(r"[\"“(]?", lead):
                # According to X, CONTENT  /  According to X, which cited Y, CONTENT
                described = _SOURCE_APPOSITIVE.match(text, src[1], s1) if named else None
                if described and not _FINITE_VERB.search(described.group(1)):
                    src = (src[0], described.end(1))  # "According to Ukrenergo, the national grid operator, ..."
                rel = re.match(r"\s*,\s*(?:which|who)\s+(?:cited|quoted)\s+([^,;]{2,80}?)\s*,", text[src[1] : s1])
                if rel:
                    chain = (_strip_span(text, src[1] + rel.start(1), src[1] + rel.end(1)),)
                content = _content_after(text, src[1] + (rel.end() if rel else 0), s1)
                pre = True
            else:
                # CONTENT, according to X[, more]
                ca = s0 + _clause_start(before)
                content = _strip_span(text, ca, cue[0], " \t\n,;:(\u2014")
                content = content if content[1] > content[0] else None
                pre = False
                posted = _POSTED.match(tail)
                relative = re.match(r"\s*,?\s*(?:who|which)\s+[^\"“”]+?(?=[.!?]?\s*$)", tail)
                if relative and not _WHICH_SAID.match(tail):
                    # "..., according to a senior official [who spoke on the condition of anonymity]": about the source
                    aside = _strip_span(text, src[1], src[1] + relative.end(), " \t\n,")
                elif posted and _TIME_TAIL.match(tail[posted.end("verb") :]):
                    pass  # "a report [released on Wednesday]": when it came out is no part of the source
                elif posted:  # "according to a flyer [posted on its website]": all of it is the source
                    src = (src[0], src[1] + posted.end())
                elif tail.strip(" ,.") and not _TIME_TAIL.match(tail) and not dangling and not _SUBORDINATE.match(tail) \
                        and not _WHICH_SAID.match(tail):  # ", which said ...": a report of its own  # fmt: skip
                    more = _content_after(text, src[1], s1)
                    if more and content:
                        out.append(AttributionSpan(cue, src, (content, more), (), index, False))
                        taken.extend([cue, src, content, more])
                        continue
            spans = (content,) if content else ()
            out.append(AttributionSpan(cue, src, spans, chain, index, pre, aside=aside))
            taken.extend([cue, src, *spans, *chain, *([aside] if aside else [])])
            continue
        if m.group("qas"):
            # "Yonhap quoted a military official as saying ...": chain Yonhap <- official
            src = _left_np(text, s0, cue[0])
            qm = re.match(r"\s+(.{2,100}?)\s+as\s+saying\b", text[cue[1] : s1])
            if src is None or qm is None:
                continue
            cited = _strip_span(text, cue[1] + qm.start(1), cue[1] + qm.end(1))
            pos = cue[1] + qm.end()
            tm = _TIME_THAT.match(text, pos, s1) or re.compile(r"\s+that\s+").match(text, pos, s1)
            content = _content_after(text, tm.end() if tm else pos, s1)  # "as saying on Sunday that ..."
            spans = (content,) if content else ()
            out.append(AttributionSpan(cue, src, spans, (cited,), index, True))
            taken.extend([cue, src, cited, *spans])
            continue
        if m.group("cite"):
            wm = re.search(r"\bwith\s+([^,;:]{2,60}?)\s*$", text[s0 : cue[0]])
            src = None
            if wm:
                src = _strip_span(text, s0 + wm.start(1), s0 + wm.end(1))
                if not _np_ok([t for _, _, t in _tokens(text[src[0] : src[1]])], left=True):
                    src = None
            if src is not None:
                # "..., with South Korean media citing heightened security"
                content = _content_after(text, after_pos, s1)
                out.append(AttributionSpan(cue, src, (content,) if content else (), (), index, True))
                taken.extend([cue, src] + ([content] if content else []))
            continue
        cue_word = _head_cue(m.group())
        lw = before.rstrip()
        if re.match(r"\s+(?:and|or)\s+(?:did|does|do|done|[a-z]{3,}ed)\b", body[m.end() :]):
            continue  # "who said and did the same things": two verbs sharing an object, nothing reported
        if cue_word in ("find", "finds", "found") and _FIND_IT.match(body, m.end()):
            continue  # "Trump will find it difficult to repeat his attacks"
        if cue_word in ("warned", "warn", "warns", "cautioned", "caution", "cautions") and re.match(r"\s+against\b", body[m.end() :]):
            continue  # "has cautioned against a betrayal of our values": advice, nothing reported
        if re.match(r"\s+(?:little|nothing|much|less|more|so)\b(?!\s+(?:than|that|of)\b)", body[m.end() :]):
            continue  # "He has said little publicly about the case": nothing is reported
        if cue_word in ("add", "adds", "added", "adding") and _ADDED_AMOUNT.match(body, m.end()):
            continue  # "Employers added 254,000 jobs": an amount was added, nothing was said
        if cue_word in ("ask", "asks", "asked", "asking") and re.match(r"\s+for\b", body[m.end() :]):
            continue  # "Prosecutors had asked for an eight-year term": a request, nothing reported
        if cue_word in _WATCHED and not re.match(r"\s*(?:that\b|[\"“,:])", body[m.end() :]):
            continue  # "Kim observed the launch": he watched it; "observed that ..." is a report
        if cue_word in _NOUN_CUES and _NOUN_BEFORE.search(lw):
            continue  # "The company dismissed reports that ...": a noun, not "X reports that ..."
        if cue_word.endswith("ing") and re.search(r"\b(?:his|her|their|its|my|our|your|the|a|an)$", lw):
            continue  # "a 2005 collection of his writing": a noun
        if cue_word.endswith("ing") and _NOUN_COMPOUND.search(lw) and not _CLAUSE_NEXT.match(body, m.end()):
            continue  # "raised the flood warning for the Elbe": a noun after its modifier, no clause after it
        if cue_word in _NO_SPEECH_OBJECTS and _NO_SPEECH_OBJECTS[cue_word].match(body, m.end()):
            continue  # "claimed responsibility", "complained about the noise": an act or a grievance, no report
        if cue_word in ("show", "shows") and _SHOW_KIND.search(lw):
            continue  # 'star of the reality TV show "The Apprentice"': a programme, not "X shows Y"
        if re.search(r"\b(?:who|which)$", lw) and _LATER_CUE.search(body, m.end()):
            continue  # "Lawmakers who wrote the bill said ...": the relative clause describes the source
        inner = _INTERRUPTED.fullmatch(before) if cue_word in strong else None
        verb = _VERB_AFTER_CUE.match(text, cue[1], s1) if inner else None
        if inner and verb:
            # "The museum, Mr. Obama said, would make visitors face uncomfortable truths": the subject before
            # the source and the predicate after the cue are one claim of the source's
            subj = (s0 + inner.start("subj"), s0 + inner.end("subj"))
            src = (s0 + inner.start("src"), s0 + inner.end("src"))
            rest = _strip_span(text, verb.end(), s1, " \t\n,;:.!?")  # the whole predicate, asides included
            if rest[1] > rest[0]:
                out.append(AttributionSpan(cue, src, (subj, rest), (), index, False))
                taken.extend([cue, src, subj, rest])
                continue
        # Pre-posed "X said CONTENT", or post-posed "CONTENT, said X" / "CONTENT, X said"
        left = _left_np(text, s0, cue[0]) if lw else None
        previous = out[-1] if out and out[-1].sentence == index and out[-1].source is not None else None
        coordinated = previous is not None and bool(previous.content) and _COORDINATED_CUE.fullmatch(
            text, previous.content[-1][1], cue[0]) is not None  # fmt: skip
        if coordinated:
            if not _SPEECH_CUE.fullmatch(cue_word) or re.match(r"\s+to\s", text[cue[1] : s1]):
                continue  # "announced that ... and vowed to ...": what the source went on to do, no report
            left = previous.source  # "Podesta said X and said Y": the second report is Podesta's too
        dash = _DASH_ASIDE.search(lw) if lw else None
        dash_aside: Span | None = None
        if dash and (head := _left_np(text, s0, s0 + dash.start())) is not None and head[0] == _strip_span(text, s0, cue[0])[0]:
            # "Republican establishment figures — whose party was once respected ... — both suggested"
            left, dash_aside = head, _strip_span(text, s0 + dash.start("aside"), s0 + dash.end("aside"))
        right = None
        if left is None and lw.endswith(","):
            app = _left_np(text, s0, s0 + len(lw) - 1)
            if app and "," in text[app[0] : app[1]]:
                left = app  # "In a statement, one of the family's lawyers, Jane Roe, said ..."
        pre_chain: tuple[Span, ...] = ()
        aside: Span | None = dash_aside
        if left is None and lw.endswith((",", ",''", ",”", ',"')):
            pm = _PAREN_BEFORE_CUE.search(lw) or _CITED_QUOTE.search(lw)
            head = _left_np(text, s0, s0 + pm.start()) if pm else None
            if pm and head is not None and (not text[s0 : head[0]].strip(" \t\n\"“") or _OPENING_QUOTE.fullmatch(text, s0, head[0])):
                # "Yonhap, citing a government source, reported ...", "An official, who ..., told ..."
                left = head
                if "reason" in pm.re.groupindex:  # "Manafort, citing ''the magic of Trump,'' said": a reason, no source
                    aside = _strip_span(text, s0 + pm.start() + 1, s0 + pm.end("reason"))
                elif pm.group("cited"):
                    pre_chain = (_strip_span(text, s0 + pm.start("cited"), s0 + pm.end("cited")),)
                else:
                    aside = _strip_span(text, s0 + pm.start("aside"), s0 + pm.end("aside"))
        if left is None and lw.endswith((",", "\u201d", '"', "\u2019", "'")):
            right = _right_np(text, after_pos, s1)
            rest = text[right[1] : s1] if right else ""
            where = _SOURCE_PLACE.match(rest) if right else None
            if right and where:  # '"...," said one Democratic source [on the panel].'
                right = (right[0], right[1] + where.end())
            elif right and not (_TIME_TAIL.match(rest) or re.match(r"\s*[,(]", rest)):
                right = None  # "X, a lawyer, said the videos show ...": not a post-posed source
        joined = False
        if left is None and right is None and lw:
            left = _fallback_subject(text, s0, cue[0])
            joined = left is not None and not lw.endswith(",")  # "X did Y and says ..."
        if left is None and right is None and cue_word in _PARTICIPLES and lw.endswith(","):
            left = _subject(text, s0, cue[0])  # "X chimed in on Twitter, saying that ..."
        if left is None and right is None:
            continue
        if left is not None:
            src = left
            # "The Wall Street Journal [first] reported", "a poll [released Wednesday] found"
            src = _cut_tail(text, src, _TRAILING_ADVERB, _DANGLING_PARTICIPLE)
            if (lead := _LEAD_DISCOURSE.match(text, src[0], src[1])) and lead.end() < src[1]:
                src = (lead.end(), src[1])  # "However, Jill A. Martin, vice president ..., said"
            gap = _strip_span(text, src[1], cue[0], " \t\n,")
            if aside is None and not pre_chain and gap[1] > gap[0] and text[src[1] : gap[0]].strip() == "," \
                    and text[gap[1] : cue[0]].strip() == "," and "," not in text[gap[0] : gap[1]]:  # fmt: skip
                aside = gap  # "Scott Pruitt, the attorney general of Oklahoma[, one of the states ...,] said"
            pre_text = text[s0 : src[0]]
            post_ok = bool(re.search(r"[,\u201d\"\u2019\u2014']\s*$", pre_text)) and not _LEAD_DISCOURSE.fullmatch(pre_text)
            post_ok = post_ok and not coordinated  # "In an interview, Lazar said X and added, ...": no content before
            tail = text[cue[1] : s1]
            if joined and _TIME_TAIL.match(tail):
                continue  # "a mix of idealism, pragmatism and hope.": a noun, nothing is reported
            quoted = cue_word in strong and _OPENING_QUOTE.fullmatch(pre_text) is not None
            opener = pre_text.split(None, 1)[0] if pre_text.strip() else ""
            parenthetical = re.match(r"\s*,", tail) is not None or _TIME_THEN_COMMA.match(tail) is not None
            whole_clause = not quoted and opener in _SUBORDINATORS and not re.search(r"[,;]", pre_text.rstrip(", \t\n"))
            if whole_clause and not parenthetical:
                post_ok = False  # "As has been the case in the industry, the union agreed in 2011 to ...": no content
            if post_ok and pre_text.strip() and (
                _TIME_TAIL.match(tail) or re.match(r"\s*,", tail) or _TIME_THEN_COMMA.match(tail)
                or (quoted and _TITLED_TAIL.match(tail))  # 'said on Fox News’s “Fox and Friends.” “I mean ...”'
                or (cue_word in strong and _phrase_tail(tail))  # not "I believe in the good sense of ..."
                or (quoted and not _FINITE_VERB.search(tail))
                or (quoted and re.match(r"\s+(?:as|when|while|after|before|because|since|until)\s", tail))  # "said as he ..."
                # '"...," an executive tells employees, describing ...', '"...," she told a crowd of 1,300 after ...'
                or (quoted and cue_word in _ADDRESSED and not re.match(r"[^\"“”]*\bthat\b", tail))
                # '"...," Obama said Saturday at the White House after a round of golf.'
            ):
                # "CONTENT, X said [Monday]" or '"QUOTE," X said, "MORE"'
                content = _strip_span(text, s0 + _quote_start(pre_text), src[0], " \t\n,\u2014")
                spans = [content] if content[1] > content[0] else []
                more = _QUOTE_AFTER_COMMA.match(tail) or _RESUMED.match(tail) or _RESUMED_VERB.match(tail) \
                    or (_RESUMED_CLAUSE.match(tail) if not quoted else None)  # fmt: skip
                if not more and quoted and cue_word in _ADDRESSED and (rec := _ADDRESSEE.match(tail)):
                    more = _QUOTE_AFTER_COMMA.match(tail, rec.end())  # '"...," he told the host, "it was ..."'
                if not more and content[1] > content[0] and not quoted and _LEAD_PREPOSITION.match(text, *content) \
                        and not _FINITE_VERB.search(text, *content) and len(text[content[0] : content[1]].split()) <= 10:  # fmt: skip
                    more = re.match(r"\s*,\s*", tail)  # "Over the years, she said, email has helped ...": the main clause
                if not more and whole_clause:
                    # "Though the move was smooth, he said, replacing her would be harder": the main clause too
                    more = re.match(r"\s*,\s*", tail) or _TIME_THEN_COMMA.match(tail)
                titled = _TITLED_TAIL.match(tail) if quoted else None
                more = more or (titled if titled and titled.end() < len(tail.rstrip()) else None)
                adding = _ADDING.match(tail)
                if more:
                    c2 = _content_after(text, cue[1] + more.end(), s1)
                    if c2:
                        spans.append(c2)
                elif adding:  # "..., the JCS said in a statement, adding that ...": more of the same source
                    c2 = _content_after(text, cue[1] + adding.end(), s1)
                    if c2:
                        spans.append(c2)
                        taken.append((cue[1] + adding.start(1), cue[1] + adding.end(1)))
                chain = _chain_after(text, cue[1], s1)
                out.append(AttributionSpan(cue, src, tuple(spans), chain, index, False, aside=aside))
                taken.extend([cue, src, *spans])
                continue
            if cue_word not in strong and not re.match(
                r"\s*(?:that\b|[A-Z\"“]|(?:the|a|an|it|he|she|they|we|there|this|his|her|their)\b)", tail
            ):
                continue
            if cue_word in _OBJECT_VERBS and not re.match(r"\s*(?:,\s*)?(?:that\b|[\"“:]|to\s+[a-z]+)", tail):
                continue  # "charged him with fraud", "posted a loss", "recalled 14 batches": an act, not a report
            if cue_word in _AGREE and re.match(r"\s*to\s+[a-z]+", tail):
                continue  # "have agreed to sell a stake": a deal, not a report
            if cue_word in _PARTICIPLES:
                # "Kim praised the workers, saying ..." - the source is the sentence subject
                subj = _subject(text, s0, cue[0])
                if out and out[-1].sentence == index and out[-1].source is not None and (
                    subj is None or subj[0] < out[-1].cue[0] < cue[0]
                ):
                    subj = out[-1].source  # '"...," Park said, adding that ...'
                if subj is None:
                    continue
                src = subj
            pos = cue[1]
            if cue_word in _ADDRESSED:
                if _DIRECTED.match(text, pos, s1):
                    continue  # "warned me not to make that speech", "urged the allies to prepare"
                if not _DIRECTIVE.match(text[pos:s1]):
                    pos = _recipient_skip(text, pos, s1)
                if _DIRECTIVE.match(text[pos:s1]):
                    continue  # "asked police to show the video", "asking not to be named": no reported claim
            if as_did := re.match(r"\s*,\s*as\s+(?:did|does|do|has|have|had)\s+[^,;\"“”]{1,60},\s*", text[pos:s1]):
                pos += as_did.end()  # "cautioned, as did the campaign itself, that ..."
            if cue_word in ("agree", "agrees", "agreed") and (with_whom := _WITH_THAT.match(text, pos, s1)):
                pos = with_whom.end()  # "agreed with him that ...": whom she agreed with is no part of the content
            tm = _TIME_THAT.match(text[pos:s1]) or _TO_SAY.match(text[pos:s1]) or _TIME_BEFORE.match(text[pos:s1])
            if tm:  # "said on Wednesday that ...", "tweeted on Friday to say ...": the content starts after
                pos += tm.end()
            if _NEGATED.search(m.group()) and _OPEN_QUESTION.match(text[pos:s1]):
                continue  # "The ministry did not say what those would be": nothing is reported
            chain = pre_chain
            cm = re.match(r"\s*,\s*citing\s+", text[pos:s1])
            if cm:
                c = _right_np(text, pos + cm.end(), s1)
                if c:
                    chain = (c,)
                    pos = c[1]
            content = _content_after(text, pos, s1, went_on=_PAST_CUE.search(m.group()) is not None)
            if content and _relative_pronoun(text, src):
                # "Smith, who has denied wrongdoing, is due in court": the relative clause ends at its comma
                close = _ASIDE_THEN_VERB.search(text, content[0], content[1]) or _MAIN_VERB_AFTER.search(text, content[0], content[1])
                content = (content[0], close.start()) if close else content
            if content and _SUBORDINATE_OPEN.fullmatch(text, s0, src[0]):
                # "While a judge found that action unconstitutional, his decision was overturned": the main
                # clause after the comma is the reporter's
                main = _MAIN_AFTER_COMMA.search(text, content[0], content[1])
                content = (content[0], main.start()) if main else content
            if content and not chain:
                cm = re.match(r"\s*,\s*(?:citing|quoting)\s+", text[content[1] : s1])
                c = _loose_np(text, content[1] + cm.end(), s1) if cm else None
                c = c if c and len(text[c[0] : c[1]].split()) <= 8 and _cites_a_source(text[c[0] : c[1]]) else None
                if c:  # "The military said it detected no launch, citing radar data, ..."
                    chain = (c,)
            if content:
                acc = re.search(r",\s*(according\s+to)\s+([^,;]{2,60}?)\s*$", text[content[0] : content[1]])
                if acc:
                    # "Officials believe X, according to Yonhap": Yonhap reports the officials' view
                    outer = _strip_span(text, content[0] + acc.start(2), content[0] + acc.end(2))
                    acc_cue = (content[0] + acc.start(1), content[0] + acc.end(1))
                    out.append(AttributionSpan(acc_cue, outer, (), (), index, False))
                    taken.extend([acc_cue, outer])
                    content = _strip_span(text, content[0], content[0] + acc.start())
                    spans = (content,) if content[1] > content[0] else ()
                    out.append(AttributionSpan(cue, src, spans, chain, index, True, outer, aside=aside))
                    taken.extend([cue, src, *spans])
                    continue
            spans = (content,) if content else ()
            carried = _CARRIED_BY.fullmatch(text, s0, src[0])  # "In a statement carried by KCNA, Kim Yo Jong warned"
            via = _strip_span(text, carried.start("outlet"), carried.end("outlet")) if carried else None
            out.append(AttributionSpan(cue, src, spans, chain, index, True, via, aside=aside))
            taken.extend([cue, src, *spans, *([via] if via else [])])
        else:
            src = right
            assert src is not None
            tag = re.match(r"\s*" + _NAME_TAG, text[src[1] : s1])
            if tag:  # '"...," said Rep. Jane Roe (D-N.Y.), a member of ...'
                src = (src[0], src[1] + tag.end())
            app = re.match(
                r"(?:,\s+\d{1,3}(?=,))?,\s+(?:a|an|the|who|(?!(?!speaking)[a-z]+ing\b|[a-z]+ed\b|(?:with|in|on|at|by|for|from|to|as|and|but|or|when|while|whose|after|before)\b)(?:[a-z]+\s+){1,4}?(?:of|for|at|to|with))\b"
                r"[^\"“”]*?(?=[.!?]?[\"”’]?\s*$)",
                text[src[1] : s1],
            )  # "..., said Paul Hughes, 64, a retired bus driver", "..., said Ann Roe, president and chief executive of X"
            if app:
                src = (src[0], src[1] + app.end())
            elif not re.search(r"\b[A-Z]", text[src[0] : src[1]]) and (
                named := re.match(r",\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})(?=[.!?]?[\"”’]?\s*$)", text[src[1] : s1])
            ):  # "..., said the governor, Oleh Syniehubov."
                end = src[1] + named.end(1)
                src = (src[0], end - (re.search(r"[a-z]{2}\.$", text[src[0] : end]) is not None))
            pre_text = text[s0 : cue[0]]
            content = _strip_span(text, s0 + _quote_start(pre_text), cue[0], " \t\n,\u2014")
            spans = (content,) if content[1] > content[0] else ()
            chain = _chain_after(text, src[1], s1)
            out.append(AttributionSpan(cue, src, spans, chain, index, False))
            taken.extend([cue, src, *spans])
    for m in _CHARACTERISED.finditer(body):
        # 'Their lawyer called the ruling "a victory"': the source's words about a thing
        cue = (s0 + m.start("cue"), s0 + m.end("cue"))
        if not free(cue) or _in_quote(body, m.start("cue")):
            continue
        src = _left_np(text, s0, cue[0])
        if src is None and body[: m.start("cue")].rstrip().endswith(","):
            src = _left_np(text, s0, s0 + len(body[: m.start("cue")].rstrip()) - 1)
        obj = (s0 + m.start("obj"), s0 + m.end("obj"))
        quote = _strip_span(text, s0 + m.start("art" if m.group("art") else "quote"),
                            s0 + m.end("pp" if m.group("pp") else "quote"), " \t\n,;:")  # fmt: skip
        if src is None or not free(src):
            continue
        src = _cut_tail(text, src, _TRAILING_ADVERB)  # "Trump [further] described"
        out.append(AttributionSpan(cue, src, (obj, quote), (), index, True))
        taken.extend([cue, src, obj, quote])
    for m in _EMBEDDED.finditer(body):
        # "..., a move that critics say will strand riders", "The tax, which critics say is unfair, ..."
        cue = (s0 + m.start("cue"), s0 + m.end("cue"))
        src = _strip_span(text, s0 + m.start("src"), s0 + m.end("src"))
        words = [t for _, _, t in _tokens(text[src[0] : src[1]])]
        group = words[-1].lower() in _GROUP_SOURCES
        if not (free(cue) and free(src)) or _in_quote(body, m.start("cue")) or not (group or _np_ok(words, left=True)):
            continue
        head = _left_np(text, s0, s0 + len(body[: m.start("rel")].rstrip(" ,")))
        vp = _content_after(text, cue[1], s1)
        if head is None or vp is None or not free(head):
            continue
        words = text[head[0] : head[1]].split()
        if len(words) > 6 or "of" in words or words[0].lower().endswith("ing"):
            continue  # "the likely perpetrator of the attacks, which ...": which noun is meant is unclear
        if m.group("rel") == "which" and (comma := text.find(",", vp[0], vp[1])) > 0:
            vp = (vp[0], comma)  # the aside closes at its comma
        out.append(AttributionSpan(cue, src, (head, vp), (), index, False))
        taken.extend([cue, src, head, vp])
    for m in (*_GROUP_VERB.finditer(body), *_NAMED_VERB.finditer(body), *_DOCUMENT_VERB.finditer(body)):
        cue = (s0 + m.start("cue"), s0 + m.end("cue"))
        src = _strip_span(text, s0 + m.start("src"), s0 + m.end("src"))
        if not (free(cue) and free(src)) or _in_quote(body, m.start("cue")):
            continue
        content = _content_after(text, cue[1], s1)
        if content:
            out.append(AttributionSpan(cue, src, (content,), (), index, True))
            taken.extend([cue, src, content])
    for m in _CLAIM_NOUN.finditer(body):
        cue = (s0 + m.start("cue"), s0 + m.end("cue"))
        src = _subject(text, s0, cue[0])
        if src is None or not free(cue) or not free(src) or _in_quote(body, m.start("cue")) or src[1] < cue[0] - 40:
            continue
        content = _content_after(text, s0 + m.end(), s1)
        if content:
            out.append(AttributionSpan(cue, src, (content,), (), index, True))
            taken.extend([cue, src, content])
    out.sort(key=lambda sp: sp.cue)
    return [_relative_source(text, s0, sp) for sp in out]


#: What a source calls a thing, in its words: 'called the ruling "a victory"', 'dismissed the poll as "an outlier"'.
_CHARACTERISED = re.compile(
    r"(?P<cue>\b(?:called|calls|described|describes|labeled|labelled|branded|dubbed|dismissed|dismisses|denounced|hailed))"
    r"\s+(?P<obj>(?:the|a|an|his|her|its|their|this|that|these|those|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)\s+"
    r"[^\"“”,;]{1,60}?|it)\s+(?:as\s+)?"
    r"(?P<art>(?:a|an|the)\s+)?(?P<quote>[\"“][^\"“”]{3,200}[\"”][.,]?)"
    r"(?P<pp>\s+(?:to|for|of|among|in)\s+[^\"“”,;.]{1,60})?"  # '"a true wake-up call" [to his supporters]'
    r"(?!\s*(?:,\s*)?(?:and\s+|or\s+)?(?:(?:a|an|the)\s+)?[\"“])"  # not a list of names: '"X," "Y" and "Z"'
    r"(?=\s*(?:$|[.!?;\u2014]|,?\s+(?:and|but)\s|,))"  # the quote ends the clause: not 'a "big tent" party'
)
#: Groups that may be the source of a report inside a relative clause ("which critics say ...").
_GROUP_SOURCES = _SOURCE_NOUNS | frozenset("advocates environmentalists economists historians".split())
#: A report inside a relative clause: "which critics say is unfair", "that advocates say will strand ...".
_EMBEDDED = re.compile(
    r"(?P<rel>\b(?:which|that))\s+(?P<src>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+"
    r"(?P<cue>say|says|said|believe|believes|argue|argues|contend|contends|claim|claims|fear|fears|warn|warns)\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)\b)"
)
#: "Analysts at Nordea estimate ...": verbs that double as nouns count as cues after a group of sources.
_GROUP_VERB = re.compile(
    r"(?P<src>\b(?:[A-Z][\w’'-]*\s+|most\s+|many\s+|some\s+)?(?i:analysts|experts|officials|economists|observers|"
    r"critics|researchers|scientists|diplomats|investors|traders|residents|lawmakers|doctors)"
    r"(?:\s+(?:at|from|with|in|of)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})?)"
    r"(?:,\s*(?:however|though|meanwhile|too|for their part),)?"  # "Some analysts, however, doubt ..."
    r"\s+(?:also\s+|now\s+)?(?P<cue>estimate|fear|doubt|worry|claim|estimated|feared|doubted|worried)\b"
)

#: "Trump repeated his claim that the election had been rigged": a claim named by a noun, then its content.
_CLAIM_NOUN = re.compile(
    r"\b(?P<cue>(?:(?:has|have|had|also|again|once\s+again)\s+)*(?:repeated|reiterated|renewed|restated|made|pressed|"
    r"repeats|reiterates|renews|makes|presses)\s+(?:his|her|their|its|the)\s+(?:false\s+|unfounded\s+|baseless\s+)?"
    r"(?:claim|claims|assertion|allegation|allegations|argument|contention|accusation|view|belief|warning))\s+that\b"
)
#: "The complaint, filed in federal court, claims ...": a document and its aside, then a verb that doubles as a noun.
_DOCUMENT_VERB = re.compile(
    r"(?:^|(?<=[,;:]\s))\s*(?P<src>[Tt]he\s+(?:[\w-]+\s+){0,2}(?:complaint|lawsuit|suit|filing|indictment|report|study|"
    r"memo|letter|analysis|survey|poll|document|documents|ruling|order|audit|review)(?:,[^,;\"“”]{1,80},)?)"
    r"\s+(?:also\s+)?(?P<cue>claims|states|notes|estimates|reports)\b"
)
#: "The National Health Service estimates that ...": a verb that doubles as a noun is a cue after a proper name
#: and before "that".
_NAMED_VERB = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:but|and)\s))\s*(?:(?:But|And|Yet|So|Still|Now|However,)\s+)?"
    r"(?P<src>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|on|at|and|the)\s+)*[A-Z][\w&.’'-]*){0,8})"
    r"\s+(?:also\s+|now\s+)?(?P<cue>estimates|notes)\s+that\b"
)


_ANTECEDENT = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|the|and|on|de|du))*(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*$"
)


#: A bare plural after a preposition, then a comma: "a complaint from [domestic manufacturers], who said ...".
_PLURAL_ANTECEDENT = re.compile(
    r"\b(?:from|by|of|with|to|for|among|between)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-z]s)\s*,\s*$"
)


def _relative_pronoun(text: str, span: Span) -> bool:
    """Whether the source at ``span`` is a relative pronoun ("..., who said ...")."""
    return text[span[0] : span[1]].lower() in ("who", "which")


def _relative_source(text: str, s0: int, sp: AttributionSpan) -> AttributionSpan:
    """"the Council (ICES), which said ...": note the noun phrase the relative pronoun stands for."""
    if sp.source is None or not _relative_pronoun(text, sp.source):
        return sp
    m = _ANTECEDENT.search(text[s0 : sp.source[0]])
    if m is not None:
        a, b = _strip_span(text, s0 + m.start(), s0 + m.end(), " \t\n,")
    elif (p := _PLURAL_ANTECEDENT.search(text[s0 : sp.source[0]])) is not None:
        a, b = s0 + p.start(1), s0 + p.end(1)
    else:
        return sp
    words = text[a:b].split()
    if words[-1].lower() in ("of", "for", "the", "and", "on", "de", "du") or len(words) > 12:
        return sp
    return attrs.evolve(sp, antecedent=(a, b))


def _loose_np(text: str, lo: int, hi: int) -> Span | None:
    """Everything up to the next comma or sentence end, when short enough ("according to X")."""
    m = re.search(r"[,;:()\u2014]|[.!?][\"”’]?\s*$", text[lo:hi])
    a, b = _strip_span(text, lo, lo + (m.start() if m else hi - lo))
    n = len(text[a:b].split())
    return (a, b) if 0 < n <= 15 else None


def _fallback_subject(text: str, lo: int, hi: int) -> Span | None:
    """Source for "X, 58, a teacher, said" and "X ... and says": the clause subject."""
    before = text[lo:hi].rstrip()
    if before.endswith(","):
        subj = _subject(text, lo, hi)
        if subj is None and (np := _DEFINITE_BEFORE_COMMA.match(text, lo, hi)):
            subj = _strip_span(text, np.start(), np.end())  # "The study, commissioned by ..., estimated"
        if subj is not None and text[subj[1] : subj[1] + 1] == ",":
            a, b = _strip_span(text, subj[0], len(before) + lo)
            if adv := re.search(r",\s*(?:meanwhile|however|though|too|also|in turn|for (?:its|his|her|their) part)$", text[a:b]):
                b = a + adv.start()  # "An email from Neera Tanden, meanwhile, reveals"
            if len(text[a:b].split()) <= 25 and not re.search(r"[\"“”]", text[a:b]):
                return a, b
        # "In a statement, one of the family's lawyers, Jane Roe, said": the name and its appositive
        return _left_np(text, lo, lo + len(before) - 1)
    if re.search(r"\b(?:and|but|then|also|later)(?:\s+(?:on|last|this|late|early)\s+(?:" + _WEEKDAYS + r"|week|month|year|night))?\s*$", before):
        near = re.search(
            r"(?<!which )(?<!that )(?<!who )\b(?:he|she|they|we|I)\s+(?:[a-z]+\s+){1,3}?(?:and|but|then|also|later)\s*$", before
        )  # not in a relative clause: "Ortiz made no offer, which he favors but says would fail"
        if near:  # "... although at the mention of email [she] laughed and admitted": the nearer subject
            return lo + near.start(), lo + near.start() + len(near.group().split()[0])
        subj = _subject(text, lo, hi)
        if subj is not None and len(text[subj[0] : subj[1]].split()) <= 6:
            return subj
    return None


def _in_quote(body: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an open quotation in ``body``."""
    head = body[:pos]
    if "\u201c" in head and '"' in head:
        # mixed marks ('“Immunity deals should not be ...," Chaffetz said'): a straight mark closes a curly one
        inside = False
        for ch in head:
            if ch == "\u201c":
                inside = True
            elif ch == "\u201d":
                inside = False
            elif ch == '"':
                inside = not inside
        return inside
    curly = head.count("\u201c") - head.count("\u201d")
    if curly > 0:
        return True
    return head.count('"') % 2 == 1 or head.count("''") % 2 == 1


def _chain_after(text: str, pos: int, end: int) -> tuple[Span, ...]:
    """The source cited right after a cue: "..., X reported [on Tuesday], citing Y"."""
    cm = re.match(_TIME_WORDS + r"*\s*,?\s*citing\s+", text[pos:end])
    if not cm:
        return ()
    c = _right_np(text, pos + cm.end(), end)
    return (c,) if c and _cites_a_source(text[c[0] : c[1]]) else ()


def _clause_start(before: str) -> int:
    """Offset in ``before`` where the clause the cue attaches to begins."""
    ends = [m.end() for m in re.finditer(r"[;:\u2014]\s|,\s+(?:but|and|though|although|while|whereas)\s", before)]
    return ends[-1] if ends else _quote_start(before)


def _quote_start(before: str) -> int:
    i = len(before) - len(before.lstrip())
    return i


#: A clause subject that is a name, maybe after lowercase title words ("presidential nominee Hillary
#: Clinton"; not prepositions or verbs: "Reid caucused in Nevada"), or a pronoun.
_NAMED_SUBJECT = re.compile(
    r"(?:(?:He|She|They|It|We|I)\b|(?:(?:The|A|An)\s+)?"
    r"(?:[A-Z][\w’'.-]*\s+|(?!(?:in|on|at|of|for|to|with|by|from|and|or|but|as)\s)(?![a-z]+(?:ed|ing)\s)"
    r"[a-z]+\s+(?=(?:[a-z]+\s+)?[A-Z])){0,6}[A-Z][\w’'.-]*(?:\s+" + _NAME_TAG + r")?)"
)
#: "The ministry bemoaned ...": a definite noun phrase right before a verb.
_DEFINITE_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?=\s+(?:[a-z]+ed|has|have|had|is|was|were|will|would|said|says)\b)"
)


#: "The study, commissioned by ...,": a short definite noun phrase opening the clause, then an aside.
_DEFINITE_BEFORE_COMMA = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s+(?:by|from|of|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'.&-]*)){0,6}(?<![a-z]\s[a-z]{2})"
    r"|\s+of\s+(?:about\s+|more\s+than\s+|nearly\s+)?[\d,.]+\s+[a-z]+(?:\s+in\s+[A-Z][\w’'.-]*)?)?(?=,)"  # "The poll of 1,200 adults,"
)
#: A sentence that opens with a quote and closes it with a comma right before the source ('"...," X said').
_OPENING_QUOTE = re.compile(
    r"\s*(?:(?:[\"“]|'')[^\"“”]*[,?!]\s*(?:[\"”]|'')"
    r"|‘(?:[^’\n]|’(?=[a-z]))*[,?!]’"  # British single quotes: ‘We will not be intimidated,’ (apostrophes inside)
    r"|'(?!')(?:[^'\n]|'(?=[a-z]))*[,?!]')\s*"
)
#: A finite verb: what follows a cue holds one when it is the content ("said his tweet was a joke").
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|has|have|had|will|would|can|could|may|might|must|should|did|does|do|[a-z]{3,}ed)\b"
)
_SUBORDINATORS = frozenset("When While As If Although Though Once Because Since Until Unless Whether".split())
#: A sentence opening with a subordinate clause, up to its subject ("While ", "Although ").
_SUBORDINATE_OPEN = re.compile(r"\s*[\"“]?(?:While|Although|Though|Even though|Whereas|When|After|Before|Because|Since|Once|If|As)\s+")
#: The comma where a subordinate clause ends and the main clause (a subject, then a verb) begins.
_MAIN_AFTER_COMMA = re.compile(
    r",\s+(?=(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|no|some|many|most|all|both|each|every|"
    r"[A-Z][\w’'.-]*)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|[a-z]{3,}(?:ed|s))\b)"
)


def _subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject of the clause starting at ``lo``: a leading name or pronoun phrase."""
    seg = text[lo:hi]
    seg_l = re.match(
        r"\s*(?:(?:On|In|At|Since|After|Before|During|Last|Earlier|Later|When|While|As|If|Although|Though|Once|Over|"
        r"Under|Despite|Like|Unlike|With|Without|For|From|By|Until|Throughout|Among|Amid|Following|Because|"
        r"[A-Z][a-z]{2,}ing|[A-Z][a-z]{2,}ed)\b[^,]{0,60},\s*(?:(?:however|though|still|too),\s*)?)?",
        seg,
    )
    off = lo + (seg_l.end() if seg_l else 0)
    m = _DEFINITE_SUBJECT.match(text[off:hi]) or _NAMED_SUBJECT.match(text[off:hi])
    if not m or not m.group().strip() or m.group().strip() in ("The", "A", "An") or m.group().strip() in _SUBORDINATORS:
        return None
    a, b = off, off + m.end()
    group = re.match(r"\s+([a-z]+)\b", text[b:hi])
    if group and group.group(1) in _SOURCE_NOUNS:
        b += group.end()  # "State officials", "Republican lawmakers"
    return _strip_span(text, a, b)


def _head_cue(cue: str) -> str:
    """The cue without auxiliaries ("has also said" -> "said", "called for" -> "called for")."""
    words = re.sub(r"\s+in\s+an?\s+[\w-]+$", "", cue.lower()).split()
    while len(words) > 1 and re.fullmatch(_AUX.replace("*", ""), words[0] + " "):
        words = words[1:]
    return " ".join(words)


class SpanTagger(Protocol):
    """Anything that finds attributions (e.g. :class:`factcheck.tagger.AttributionTagger`)."""

    def find(self, text: str, sentences: Sequence[Sentence] | None = None) -> tuple[AttributionSpan, ...]:
        """Attribution spans of ``text``."""
        ...


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(
    rules: Sequence[AttributionSpan], tagged: Sequence[AttributionSpan], *, prefer: str = "tagger"
) -> tuple[AttributionSpan, ...]:
    """Union of rule and tagger attributions, one per cue.

    Args:
        rules: Attributions from the rules.
        tagged: Attributions from a learned tagger.
        prefer: ``"tagger"`` keeps every tagged attribution and the rule ones
            whose cue overlaps no tagged cue; ``"rules"`` the other way round.
            Where two cues overlap, the kept one borrows the other's source,
            content or aside when it has none.

    Returns:
        The merged attributions in text order.
    """
    if prefer not in ("tagger", "rules"):
        raise ValueError(f"prefer must be 'tagger' or 'rules', got {prefer!r}")
    first, second = (tagged, rules) if prefer == "tagger" else (rules, tagged)
    out = []
    for sp in first:
        twin = next((o for o in second if _overlap(sp.cue, o.cue)), None)
        if twin is not None and sp.source is None and twin.source is not None:
            sp = attrs.evolve(sp, source=twin.source)
        if twin is not None and not sp.content and twin.content:
            sp = attrs.evolve(sp, content=twin.content)
        if twin is not None and sp.aside is None and twin.aside is not None and sp.source is not None \
                and sp.source[1] <= twin.aside[0] and twin.aside[1] <= sp.cue[0]:  # fmt: skip
            sp = attrs.evolve(sp, aside=twin.aside)
        out.append(sp)
    out.extend(sp for sp in second if not any(_overlap(sp.cue, o.cue) for o in first))
    out.sort(key=lambda sp: sp.cue)
    return tuple(out)


_DASH_QUOTE = re.compile(
    r"(?P<quote>(?:[“\"]|(?m:^)”)[^“”\"\n]{8,}[”\"])[ \t\u00a0]*(?P<cue>[―—–]|--)[ \t\u00a0]*"
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'.-]*|de|del|la|van|von|al|bin)){0,4})"
    r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\n|$)"
)


def _sentence_at(starts: Sequence[int], pos: int) -> int:
    """Index of the sentence holding offset ``pos``, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _dash_quotes(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Quotes signed with a dash at the end of a line (“...” ― Jane Doe): the dash is the cue."""
    out = []
    starts = [s.start for s in sents]
    for m in _DASH_QUOTE.finditer(text):
        a, b = m.span("source")
        if text[b - 1] == "." and b - a > 2 and text[b - 3] not in " .\u00a0":  # "Sanchez." but not "G."
            b -= 1
        cue = m.span("cue")
        out.append(AttributionSpan(cue=cue, source=(a, b), content=(m.span("quote"),),
                                   sentence=_sentence_at(starts, cue[0]), preposed=False))  # fmt: skip
    return out


_SPEAKER = re.compile(
    r"(?m)(?:^[ \t\u00a0]*|(?<=[.!?][\"”])[ \t\u00a0]+)(?=[“\"]?[ \t\u00a0]*"  # a line, or after a quoted turn
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,3})"
    r"[ \t\u00a0]*(?P<cue>:)[ \t\u00a0]+(?P<content>[^\n]*\S))"  # a lookahead: turns on one line overlap
)
# Labels that head a line like a speaker but name none: "Editor's note:", "UPDATE:", "The Latest:".
_NOT_SPEAKERS = frozenset(
    "a abstract advertisement age analysis answer background bottom breaking caption category city claim said says added adds "
    "clarification contact context correction credit daily date delegates disclaimer editor editors email "
    "e-mail exclusive facebook fact follow headline image instagram job latest live location morning name "
    "newsletter note notice paid photo photos pledged poll polls q question read related reporting result "
    "results source sources stat subscribe summary superdelegates tags topics total transcript twitter "
    "update updated verdict video warning watch week where when why what who how".split()
)
_HEADLINE_WORDS = frozenset("a an and as at by for from in is are of on over the to with vs".split())


_SAID_FIRST = re.compile(
    r"[ \t\u00a0]*(?P<cue>Said|Says|Added|Adds)[ \t\u00a0]+"
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,3})[ \t\u00a0]*[:,][ \t\u00a0]*"
    r"(?P<content>[“\"][^\n]*\S)"
)


def _said_first(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Sentences that open with the cue: 'Said Ellis: “I don't get the sense ...”'."""
    out = []
    for si, sent in enumerate(sents):
        m = _SAID_FIRST.match(text, sent.start, sent.end)
        if m is not None:
            out.append(AttributionSpan(cue=m.span("cue"), source=m.span("source"), content=(m.span("content"),),
                                       sentence=si, preposed=True))  # fmt: skip
    return out


def _speaker_turns(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Lines opened by a speaker label ("WALLACE: ...", "Mayor Ortiz: Tunnel will open in March").

    The colon is the cue and the rest of the line's first sentence the content (the turn's
    later sentences continue the account). A label is at most four
    capitalised words, none a headline's function word ("Stealth Over Health:") or a word that
    labels something other than a speaker ("Editor's note:", "UPDATE:", "The Latest:"); the
    content has at least three words and does not open with a figure ("Clinton: 547").
    """
    out = []
    starts = [s.start for s in sents]
    for m in _SPEAKER.finditer(text):
        label = m.group("source")
        words = [w.strip(".’'").lower() for w in label.split()]
        if any(w in _NOT_SPEAKERS or w in _HEADLINE_WORDS or w.endswith(("’s", "'s")) for w in words):
            continue
        content = m.group("content")
        if len(content.split()) < 3 or content[0].isdigit() or "@" in content.split()[0]:
            continue
        a, b = m.span("source")
        cue = m.span("cue")
        si = _sentence_at(starts, cue[0])
        c0, c1 = m.span("content")
        if si + 1 < len(sents) and sents[si + 1].start < c1:  # the turn's later sentences continue it
            c1 = min(c1, sents[si].end)
        out.append(AttributionSpan(cue=cue, source=(a, b), content=((c0, c1),), sentence=si, preposed=True))
    return out


def find_attributions(
    text: str,
    sentences: Sequence[Sentence] | None = None,
    *,
    lexicon: str | Path | None = _LEXICON_PATH,
    min_strong: float = 0.6,
    tagger: SpanTagger | None = None,
    prefer: str = "tagger",
) -> tuple[AttributionSpan, ...]:
    """All attribution relations in ``text``, in text order.

    Args:
        text: The article.
        sentences: Its sentences, if already split (see :func:`split_sentences`).
        lexicon: JSON file of learned cues (``scripts/train_attribution_cues.py``);
            None uses the built-in lexicon of reporting verbs only. The learned
            lexicon follows PolNeAR, which also counts evaluative verbs
            ("praised", "criticized") as cues; claim extraction uses None so
            that "Kim praised the workers" stays an event, not Kim's assertion.
        min_strong: Learned cues annotated at least this often count as speech
            verbs (no check of what follows them).
        tagger: A built learned tagger (opt-in, slow: it runs an encoder);
            its attributions are merged with the rules' (:func:`merge_spans`).
        prefer: Which side wins where rule and tagger cues overlap.

    Returns:
        One :class:`AttributionSpan` per cue that has a source or content.
    """
    if not isinstance(text, str) or not text:
        return ()
    learned = _learned_cues(str(lexicon)) if lexicon is not None else ()
    cue_re = _cue_regex(tuple(sorted(c for c, _ in learned)))
    strong = _STRONG | frozenset(c for c, r in learned if r >= min_strong)
    sents = split_sentences(text) if sentences is None else sentences
    out: list[AttributionSpan] = []
    for i, sent in enumerate(sents):
        try:
            out.extend(_find_in_sentence(text, sent, i, cue_re, strong))
        except (ValueError, IndexError, AssertionError):  # pragma: no cover - defensive
            continue
    extra = (*_dash_quotes(text, sents), *_speaker_turns(text, sents), *_said_first(text, sents))
    dashed = [sp for sp in extra if not any(_overlap(sp.cue, o.cue) for o in out)]
    if dashed:
        out = sorted([*out, *dashed], key=lambda sp: sp.cue)
    if tagger is not None:
        return merge_spans(out, tagger.find(text, sents), prefer=prefer)
    return tuple(out)


def _chain_names(text: str, span: AttributionSpan) -> tuple[str, ...]:
    names = []
    if span.via is not None:
        names.append(text[span.via[0] : span.via[1]])
    if span.source is not None:
        names.append(text[span.source[0] : span.source[1]])
    names.extend(text[a:b] for a, b in span.chain)
    return tuple(names)


def _bare_plural(written: str) -> bool:
    """An unnamed group with no article: "Western diplomats", "U.S. officials" (not "the officials")."""
    return _is_plural(written) and not re.match(r"(?:the|these|those|its|his|her|their)\s", written, re.I)


def attribute_sentences(
    text: str, sentences: Sequence[Sentence], spans: Iterable[AttributionSpan] | None = None
) -> dict[int, list[tuple[AttributionSpan, Attribution]]]:
    """Attributions per sentence index, resolved to :class:`Attribution` records.

    Args:
        text: The article.
        sentences: Its sentences.
        spans: Attribution spans, if already found.

    Returns:
        Sentence index -> list of (span, attribution) in text order.
    """
    found = find_attributions(text, sentences, lexicon=None) if spans is None else tuple(spans)
    resolver = SourceResolver(text).build()
    out: dict[int, list[tuple[AttributionSpan, Attribution]]] = {}
    for sp in found:
        if sp.source is None:
            continue
        written = text[sp.source[0] : sp.source[1]]
        kind, canon = resolver.resolve(
            text[sp.antecedent[0] : sp.antecedent[1]] if sp.antecedent else written, at=sp.source[0]
        )
        if (
            kind in (SourceKind.OFFICIAL, SourceKind.PERSON, SourceKind.EXPERT)
            and (
                re.match(r"(?:an?|one|two|three|several|some)\s", written, re.I)
                or _bare_plural(written)
                or re.fullmatch(r"[Tt]he\s+[a-z][\w\s-]*", written) is not None  # "The official, who spoke on condition ..."
            )
            and 0 <= sp.sentence < len(sentences)
            and _ANON_RE.search(text[sentences[sp.sentence].start : sentences[sp.sentence].end])
        ):  # "a senior official ... told reporters, speaking on condition of anonymity"
            kind = SourceKind.ANONYMOUS
            resolver.reclassify_last(kind)  # "the official" later is anonymous too
        for a, b in sp.chain:
            resolver.resolve(text[a:b])
        attribution = Attribution(
            source=written,
            source_kind=kind,
            canonical=canon,
            cue=re.sub(r"\s+", " ", text[sp.cue[0] : sp.cue[1]]),
            source_start=sp.source[0],
            source_end=sp.source[1],
            chain=_chain_names(text, sp),
            inherited=False,
        )
        out.setdefault(sp.sentence, []).append((sp, attribution))
    return out
