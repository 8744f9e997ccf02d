"""Word lists and small helpers shared by claim decomposition (:mod:`factcheck.claims`) and the report
rules (:mod:`factcheck.reports`): finite verbs and past forms, sentence openers, the claim piece record,
and how a source is named when it stands in for a pronoun.

Everything here is private to the package.
"""

from __future__ import annotations

import functools
import re

import attrs

from factcheck.attribution.lexicon import _WEEKDAYS
from factcheck.model import Attribution

Span = tuple[int, int]


_QUOTE_OPEN = "\"“‘«"


#: Common irregular past forms, for spotting a verb after a subject ("The mayor [made]", "A fire [tore]").
_PAST_FORMS = frozenset(
    "made took gave left sent brought built held met saw got put ran wrote had was did went came sold "
    "bought paid kept spent won lost knew became began led felt found stood set cut hit let spoke broke "
    "chose drove rose fell drew flew grew threw struck sought taught fought thought caught sat shot lay "
    "told said meant hurt dealt spread cost quit shut understood hung dug fed fled hid tore wore stole "
    "rode forgot lent slept swept read sank bent bound shook oversaw undertook withdrew upheld".split()
)


@functools.lru_cache(maxsize=4096)
def _past(ing: str) -> str:
    """Past tense of a present participle ("approving" -> "approved", "swinging" -> "swung"), from
    lemminflect's lexicon; a spelling rule for words it does not know."""
    from lemminflect import getInflection, getLemma

    low = ing.lower()
    lemmas = getLemma(low, upos="VERB")
    forms = getInflection(lemmas[0], tag="VBD") if lemmas else ()
    if forms:
        return forms[0] if ing[:1].islower() else _cap(forms[0])
    stem = ing[:-3]
    if len(stem) >= 2 and stem[-1] == "y" and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    if stem.endswith("e"):
        return stem + "d"
    return stem + "ed"  # a lost "e" (approv-ed) or a doubled consonant (plann-ed) both end so


@attrs.frozen
class _Piece:
    text: str
    spans: tuple[Span, ...]
    attribution: Attribution
    quote: bool = False


_LEAD_ADVERBIAL = re.compile(r"\s*(?:(?:On|In|At|Since|After|By|Later|Earlier|Last|This|Next|Before)\b[^,]{0,40},\s*)?")


_FINITE = re.compile(
    r"\s(?:is|was|were|are|has|have|had|will|would|may|might|could|can|should|must|did|does|remains|remained|"
    r"[a-z]{3,}ed)\b"
)


#: Capitalised words that open a sentence without being a name: prepositions, discourse adverbs.
_OPENER = frozenset(
    "On In At Since After By Before During From Until Last This Next Even Also Only Still However Meanwhile "
    "Furthermore Moreover Instead Yet Now Then Indeed Worse Sadly Perhaps Once Later Earlier Today Yesterday "
    "Besides Like Unlike Beyond Despite Among Amid Without Including Except".split()
)


_NOT_A_SUBJECT = frozenset(
    "The A An This That These Those His Her Its Their Our But And In On At If After Before When While As Although "
    "Though Because Since Until Unless Lest To For So Yet Perhaps Still Even Only Also However Meanwhile Many "
    "Another Some Most Few Both Each Every Such Several Other Others".split()
)


_MORE_PAST = frozenset(
    "tore hit struck left took made fell rose grew broke spread swept shook caught began came went sent sold bought "
    "won lost led held kept met paid put ran saw set shut spent stood told wrote said found gave got brought built "
    "chose drove flew hung laid let quit rode sank slid spoke stole threw wore".split()
)


#: A verb right after a subject (an adverb may come between): "Kim [praised]", "Mr. Clarke [has] ...".
_VERB_NEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|[a-z]{2,}s|"
    + "|".join(sorted(_PAST_FORMS | _MORE_PAST))
    + r"|is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does|do)\b"
)


#: What is left of "..., officials said on Tuesday, asking not to be named because ..." is about the source.
_SOURCING_REMARK = re.compile(
    r"[\s,]*(?:(?:reporters|journalists)\b[\s,]*)?(?:(?:on|in|at|late|early|last|this|" + _WEEKDAYS + r"|today|"
    r"yesterday|morning|afternoon|evening|night|week)\b[\s,]*)*"
    r"(?:who\s+)?(?:asking|asked|speaking|spoke|declining|declined|requesting|requested|on condition)\b"
    r"[^.]*\b(?:named|identified|anonymity|authori[sz]ed|publicly|record)\b",
    re.I,
)


_PAST = _PAST_FORMS | frozenset("rose fell grew said told".split())


def _verbless(region: str) -> bool:
    """Whether ``region`` has no finite verb: what follows a cue ("said [Saturday at the White House
    after a round of golf]") is then a phrase of the frame, not a claim."""
    words = re.findall(r"[A-Za-z’'-]+", region)
    return not _FINITE.search(" " + region) and not any(w.lower() in _PAST or w.lower() in _PRESENT for w in words)


_PRESENT = frozenset("is are has have does do says".split())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _drop_openers(name: str) -> str:
    """``name`` without the sentence openers before it: "Even China", "Meanwhile Rihanna" -> "China", "Rihanna"."""
    while name.split(" ", 1)[0] in _OPENER and " " in name:
        name = name.split(" ", 1)[1]
    return name


def _source_name(source: str) -> str | None:
    """The source as it could stand for a pronoun: no lead adverbial, appositive or party tag; None if unusable."""
    lead = _LEAD_ADVERBIAL.match(source)
    parts = [p.strip() for p in re.sub(r"\s*\([^)]*\)", "", source[lead.end() if lead else 0 :]).split(",")]
    name = parts[0]
    if len(parts) > 1 and re.search(r"\b[a-z]{3,}\b", name) and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*", parts[1]):
        name = parts[1]  # "Reyes' lawyer, Sara Kim": the name, not the description
    name = re.sub(r"\s+(?:on|in|at|late|early|last|this)\s.*$", "", name)  # "Ana Diaz on Monday"
    name = re.sub(r"\s+(?:who|which|that)\s.*$", "", name)  # "Republican lawmakers who wrote the bill"
    name = _drop_openers(name)  # "Even China"
    words = name.split()
    if not words or len(words) > 6 or words[-1].lower() in {"he", "she", "it", "they", "we", "i", "the", "a", "an"}:
        return None
    if not (name[0].isupper() or name.lower().startswith("the ")):
        return None
    return name
