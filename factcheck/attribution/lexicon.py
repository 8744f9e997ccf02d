"""The cue lexicon and the word lists attribution reads: speech and cognition verbs (with the cues learned
from PolNeAR train, :data:`_LEXICON_PATH`), auxiliaries, source and body nouns, time words and the patterns
that mark a source's boundary."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from factcheck.resolve import _PARTY_TAG


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
    "discloses disclosed charge charged posted quipped boasted joked wrote caution cautions cautioned "
    "forecast forecasts forecasted projected rule rules ruled reiterate reiterates reiterated"
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
#: The learned cues, shipped in the package data folder (``factcheck/data``).
_LEXICON_PATH = Path(__file__).parent.parent / "data" / "attribution_cues.json"


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
    "promise promises promised declare declares declared concede concedes conceded forecast forecasts forecasted "
    "projected rule rules ruled".split()
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
    r"(?:was|were|is|are|had|has|have|will|would|could|can|may|might|must|should|did|does|went|came|took|made|left"
    r"|ran|said|told|got|gave)\b)"
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
    r"(,\s+(?:(?:a|an|the)\s+[^,;:\"“”()]{1,80}?|(?P<name>[A-Z][\w.’'-]*(?:\s+(?:of|at|for|the|and|de|do|da|"
    r"del|di|du|la|le|des|dos|das|van|von|[A-Z][\w.’'-]*)){1,8}(?:\s+\([A-Z][A-Za-z]{1,9}\))?)))"  # ("... (DCS)")
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
    r"\s+(?:(?:about|around|approximately|nearly|almost|roughly|some|more than|over|close to|up to|an estimated"
    r"|another|an additional|a net|a further)\s+)?"
    r"(?:[\d$€£]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a dozen|dozens|hundreds|thousands|millions|billions|"
    r"(?:a|half a|a quarter of a|a third of a)\s+(?:hundred|thousand|million|billion))\b)"
)
_DIRECTIVE = re.compile(r"\s*(?:not\s+)?to\s+[a-z]")
#: A short recipient, then a directive: "warned [me] not to ...", "urged [the allies] to ...", "urged [anyone who
#: attended] to ...".
_DIRECTED = re.compile(
    r"\s+(?:(?!(?:that|he|she|they|we|i|is|was|were|are|has|had|have|will|would|could)\b)(?![a-z]+ed\s)[\w’'.-]+\s+){1,4}?"
    r"(?:who\s+(?:[\w’'-]+\s+){1,3}?)?(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+\b",
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
    "services rescuers firefighters paramedics medics engineers doctors physicians nurses teachers farmers "
    "forecasters meteorologists regulators inspectors auditors detectives negotiators campaigners villagers "
    "survivors passengers pilots traders executives managers bankers academics historians geologists "
    "seismologists epidemiologists astronomers archaeologists pollsters commentators parents students families "
    "neighbours neighbors shoppers locals statisticians controllers drivers growers producers operators vendors "
    "fishermen miners councillors councilors planners developers owners consumers retailers exporters importers "
    "merchants buyers sellers dealers brokers groups hoteliers crews players coaches fans members".split()
)
#: Nouns a source may name its origin after with "from".
_FROM_HEADS = _SOURCE_NOUNS | {w[:-1] for w in _SOURCE_NOUNS if w.endswith("s")} | frozenset(
    "data figures statistics numbers spokesman spokeswoman spokesperson official letter message statement".split()
)  # (one of a group too: "a grower from Plougoulm", "a doctor at the hospital")
#: Roles held "to" someone: "adviser to the campaign", "ambassador to Japan".
_ROLE_TO = frozenset("adviser advisor advisers advisors ambassador envoy counselor counsellor assistant aide aides consultant".split())
#: Participles that may join a document to its maker inside a source ("a study [commissioned by] X").
_MADE_BY = frozenset(
    "commissioned conducted released published issued prepared written compiled funded sponsored led carried "
    "produced filed reviewed obtained seen".split()
)
#: Documents joined to their maker by a bare "by" inside a source ("[a study by the Asan Institute] found").
_MADE_BY_NOUNS = frozenset(
    "study studies report reports survey surveys poll polls analysis analyses review audit assessment "
    "investigation paper estimate estimates research letter statement filing forecast projections census".split()
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
    r"post|tweet|speech|told|reporters|journalists|by|phone|telephone|email|e-mail|[A-Z][\w’'.-]*|"
    r"after|before|following|vote|debate|talks|ruling|verdict|match|game|race|ceremony|visit|launch|signing)\b)"
)
_TIME_THAT = re.compile(
    r"\s+(?:(?:on|in|at|for|late|early|last|this|earlier|later|during)(?:\s+[A-Za-z0-9’'.-]+){1,6}?"
    r"|" + _WEEKDAYS + r"|today|yesterday|tonight)\s+that\s+"
)
#: A cited source between a cue and "that": "reported [on Tuesday, citing the housing bureau,] that ...".
_CITING_THAT = re.compile(
    r"(?:\s+(?:(?:on|in|at|for|late|early|last|this|earlier|later|during)(?:\s+[A-Za-z0-9’'.-]+){1,4}?"
    r"|" + _WEEKDAYS + r"|today|yesterday))?"
    r"\s*,\s*(?:citing|quoting)\s+(?P<cited>[^,;\"“”]{2,80}?)\s*,\s*that\s+"
)
#: When a source spoke, before content that follows without "that": "said [on Saturday] its forces had ...".
_TIME_BEFORE = re.compile(
    r"\s+(?:(?:on|late|early)\s+(?:" + _WEEKDAYS + r")|yesterday|today|last\s+week|this\s+week)"
    r"(?=\s+(?:its|his|her|their|the|a|an|it|he|she|they|we|there|[A-Z][a-z]+)\s)"
)
#: A party-and-state tag ("(R)", "(D-Ill.)") and, with acronyms ("(KCNA)"), any tag right after a name.
#: An acronym in brackets: "(KCNA)", "(KCCA)".
_ACRONYM_TAG = r"\([A-Z][A-Za-z]{1,9}\)"
_NAME_TAG = r"(?:" + _ACRONYM_TAG + r"|" + _PARTY_TAG + r")"
#: Whom, or in what, a source said it ("told [the court]", "said in a notice [to customers]").
_AUDIENCE = (
    r"court|judge|jury|magistrates|tribunal|hearing|inquiry|parliament|lawmakers|legislators|senators|MPs|deputies"
    r"|council|councillors|committee|assembly|shareholders|investors|analysts|staff|employees|workers|members"
    r"|residents|customers|passengers|farmers|parents|delegates|media|radio|television|broadcaster|newspaper"
    r"|audience|crowd|supporters|meeting|rally|session|notice|letter|filing|to|his|her|its|their|our"
)
#: What may follow a post-posed cue up to the end of the sentence ('"...," he told me on Friday.').
_TIME_TAIL = re.compile(
    r"^(?:" + _TIME_WORDS + r"|\s*(?:me|us|him|them|then|" + _AUDIENCE + r")\b"
    # where the source spoke, closing the sentence: "told reporters [outside the courthouse]."
    r"|\s+(?:outside|inside|near|at|in|after|before|on|from)\s+(?:the|a|an|his|her|its|their)\s+[a-z][\w’'-]*"
    r"(?:\s+[a-z][\w’'-]*)?(?=\s*[.!?\"”’]*\s*$))*\s*[.!?\"”’]*\s*$"
)
#: Where a quote's speaker spoke, ending in a quoted title, maybe before more of the quote:
#: ' on Fox News’s “Fox and Friends.” [“I mean ...”]'.
_TITLED_TAIL = re.compile(
    r"^" + _TIME_WORDS + r"*\s*[“\"][^”\"\n]{1,40}[”\"][.,]?\s*(?=[“\"]|[.!?]?\s*$)"
)
_ADDING = re.compile(r"^" + _TIME_WORDS + r"*\s*,\s*(adding|noting|saying)\s+(?:that\s+)?")
#: "..., the cooperative said, [earning an estimated 860 million yen a year].": what the content goes on to, as a
#: participle after the cue (not a speech verb: "adding that ..." is more from the source).
_CONTENT_GOES_ON = re.compile(
    r"^" + _TIME_WORDS + r"*\s*,\s*(?=(?:earning|bringing|taking|making|giving|raising|lifting|pushing|leaving|"
    r"putting|cutting|reducing|costing|generating|creating|affecting|ending|marking)\s)"
)
#: A short phrase that ends a post-posed source and its sentence: "said one source [on the panel]."
_SOURCE_PLACE = re.compile(
    r"\s+(?:on|in|at|from|with|of|for)\s+(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}"
    r"(?=\s*[.!?\"”]*\s*$)"
)
#: "..., X said on Tuesday, asking not to be named": the time words end at a comma.
_TIME_THEN_COMMA = re.compile(r"^" + _TIME_WORDS + r"+\s*,")
_QUOTES_OPEN = "\"“‘«"
_WORD = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|[\w$%][\w’'.,%-]*[\w%]|[\w$%]|[^\w\s]")
