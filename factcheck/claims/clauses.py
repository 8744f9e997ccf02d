"""Cutting a sentence region into atomic pieces: inline lists, coordinated verbs and clauses, participial,
"which" and appositive pieces; each piece cleaned and, where a pronoun stands for its source, the source restored."""

from __future__ import annotations

import functools
import re

from factcheck.attribution.lexicon import _ASIDE_THEN_VERB, _PREPOSITIONS, _WEEKDAYS
from factcheck.attribution.phrases import _strip_span
from factcheck.claims.kinds import _PARTICIPLE_SKIP, _RESULT_PARTICIPLES
from factcheck.claims.subjects import (
    _APPOSITIVE, _CLAUSE_SPLIT, _DATE, _IT_EXPLETIVE, _PARTICIPLE, _RELATIVE_APPOSITIVE, _appositive_ok,
    _clause_subject, _subject_appositive, _unclosed,
)
from factcheck.model import Attribution, SourceKind
from factcheck.resolve import pronoun_fits
from factcheck.wording import (
    _FINITE, _LEAD_ADVERBIAL, _PAST_FORMS, _Piece, Span, _cap, _drop_openers, _past, _source_name,
)


#: Right after "that", a verb: "that" is the subject ("said that was not enough"), not a complementizer.
_THAT_AS_SUBJECT = r"(?:was|is|were|are|will|would|could|can|may|might|has|had|seems?|seemed)\b"


def _clean(text: str, a: int, b: int) -> Span:
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2014"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2014"):
        b -= 1
    t = re.search(
        r"[\s,]+(?:(?:even\s+)?(?:though|although|but|and|while|whereas|with|as|because|when|where)"
        r"|(?:but|and)\s+(?:on|last|this|late|early)\s+(?:" + _WEEKDAYS + r"|week|month|year|night))$",
        text[a:b],
        re.I,
    )  # "... toured the site [but on Tuesday] said ..."
    if t:
        b = a + t.start()
    elif _GOES_ON.match(text, b) and (t := _CUT_SUBORDINATOR.search(text, a, b)):
        b = t.start()  # "Flights resumed on Tuesday [after] officials said ...": the report is cut off after it
    # "and that ...", "only that ..." after a cue; a sentence's own "That plan" stays
    m = re.match(
        r"(?i:though|although|but|and|while|whereas)\s+(?:that\s+(?!" + _THAT_AS_SUBJECT + r"))?|"
        r"(?:(?:only|simply|merely)\s+)?that(?:\s*,)?\s+(?!" + _THAT_AS_SUBJECT + r")",  # "said that, during ..."
        text[a:b],
    )  # "said that was not enough": there "that" is the subject and stays
    if m and b - a - m.end() > 10:
        a += m.end()
    elif re.match(r"as\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w’'-]*\s+[a-z]+", text[a:b]) \
            and text[:a].rstrip().endswith(","):  # fmt: skip
        a += 3  # "..., as temperatures topped 105 degrees", "as European ... holidaymakers returned": the clause
    return a, b


#: A subordinator left at the end of a region cut short by a report ("resumed [after] officials said ..."); only
#: where the text goes on, as "than ever before." may end a sentence.
_GOES_ON = re.compile(r"\s*[A-Za-z\"“]")
_CUT_SUBORDINATOR = re.compile(
    r"[\s,]+(?:(?:(?:a|an|one|two|three|several|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|shortly|soon"
    r"|just|moments|hours|days|weeks)\s+)?(?:after|before|until|once|unless|if|since)$",
    re.I,
)  # "grim on Friday[, a day after]"


_PRONOUN_START = re.compile(r"(?:(its|his|her|their)|(it|he|she|they))\b\s+(?=\S)", re.I)


#: Cues by which a source observes or measures a thing, whose "it" is that thing, not the source.
_OBSERVING_CUE = re.compile(r"\b(?:estimat|find|found|show|predict|calculat|project|note)\w*$", re.IGNORECASE)


def _restore_source(clause: str, att: Attribution, people: frozenset[str] = frozenset()) -> str:
    """Replace a leading pronoun that stands for the clause's own source.

    "Nordvik said its profit rose" -> "Nordvik's profit rose"; "Holm said she
    would resign" -> "Holm would resign". Only for a source named in the same
    sentence (not inherited) that agrees with the pronoun: he/she a person
    (``people`` holds the article's titled names), it/its a singular thing, they/their a plural source
    ("Western diplomats said they doubted ..."). "Police say he fled" keeps "he", and so does an
    anonymous single source ("a senior official said he ...": he may be someone else).
    """
    if att.inherited or not att.source or att.cue == ":":
        return clause  # a speaker's turn ("ORTIZ: ... and it cost ...") speaks in the first person
    m = _PRONOUN_START.match(clause)
    if m is None or (att.source_kind is SourceKind.ANONYMOUS and (m.group(1) or m.group(2)).lower() not in ("they", "their")):
        return clause
    name = _source_name(att.source)
    if name is None or not pronoun_fits(m.group(1) or m.group(2), name, people):
        return clause
    if (m.group(2) or "").lower() == "it" and _IT_EXPLETIVE.match(_cap(clause)):
        return clause  # "Delgado said it is hard to watch": no thing is meant
    if (m.group(1) or m.group(2) or "").lower() in ("it", "its") and _OBSERVING_CUE.search(att.cue or ""):
        return clause  # "The Tax Foundation estimates that it would cost ...": "it" is what was estimated
    if m.group(1):
        name = f"{name}'" if name.endswith("s") else f"{name}'s"
    return f"{name} {clause[m.end():]}"


_LIST_START_STOP = frozenset(
    "with of in into to for from by on at about against among between including include includes included like "
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "and or but that which who whom whose than".split()
)
_LIST_END = re.compile(
    r"\s+(?:to|for|in|since|at|on|from|after|before|during|while|as|which|that|who|when|where|because|last|this|next|"
    r"over|under|until|by|will|would|is|are|was|were|has|have|had)\b|[;:()]"
)
_LIST_DET = frozenset("a an the".split())
#: A verb in the present right before a list's first item: "supplies [the North]", "caps [the height]".
_VERB_THEN_DET = re.compile(r"\b(?:has|have|[a-z]{2,}(?<!s)(?<!ss)s)\s+(?P<item>(?:the|a|an|its|their|his|her)\s)")
#: A list that says what a whole is made of: "crops, [mostly] maize, alfalfa and onions".
_SHARE_WORD = re.compile(r"\s*(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally)\s")
#: After a list of names, maybe after an appositive: what they do together ("..., together hold").
_TOGETHER = re.compile(r"(?:,[^,]{1,60},)?\s+(?:together|jointly|collectively|combined|between them)\b")
#: The plural sort of place after a list of names: "Mtwara, Lindi and Ruvuma [regions]" (no "Mtwara regions").
_UNITS_AFTER = re.compile(
    r"\s+(?:districts|regions|provinces|counties|states|departments|municipalities|prefectures|governorates|oblasts|"
    r"divisions|wards|townships|communes|parishes|boroughs|constituencies|atolls)\b"
)
#: A participle with its object after a list's last item: "potatoes [suffering the worst damage]".
_ING_THEN_DET = re.compile(r"\s+[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her)\s")
#: An item that opens with a count ("40,000 goats", "about 300 sheep").
_COUNT_FIRST = re.compile(r"(?:about|some|around|nearly|almost|more than|at least|over)?\s*\d[\d,.]*\b")
#: A word that reads as an adjective: a common short one or a typical ending ("rural", "economic", "young").
_ADJECTIVE = re.compile(
    r"(?:young|old|black|white|brown|new|big|small|large|rich|poor|low|high|male|female|local|senior|junior|"
    r"[a-z]+(?:al|ic|ous|ive|ful|less|able|ible|ish|ary|ern|ese)"
    r"|[A-Z][a-z]+(?:ish|ian|ese|ic))"  # nationalities: "Polish, Ukrainian and Lithuanian Americans"
)
_DISCOURSE = re.compile(r"\b(?:however|therefore|meanwhile|moreover|instead|indeed|though|also|too|instance|example)\b")
_LIST_BAD_ITEM = re.compile(
    r"\b(?:said|says|say|told|according|who|which|that|whose|when|where|because|if|but|or|both|either|neither)\b|"
    r"\bas\s+well\s+as\b|"
    + _DISCOURSE.pattern
    + r"|^\s*[a-z]+ing\b|[“”\"()]"
    # an aside that narrows what went before: "Exports to Peru, mostly milk and yoghurt, rose"
    r"|^\s*(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|especially|particularly|notably"
    r"|including|such\s+as)\b"
)
#: A month and its day, closing an item: "[March 3], 2021" is one date.
_MONTH_DAY_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$"
)
#: Auxiliaries and modals: an item opening with one is a verb phrase.
_LIST_AUXILIARY = tuple(
    "is are was were be been has have had will would can could may might must shall should do does did".split()
)
_LIST_NAME = re.compile(r"(?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|of|de|al)\b)*")


#: A chunk opening with a subordinator or preposition: the comma after it ends an opening phrase.
_OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?(?:when|if|as|while|although|though|because|since|after|before|once|until|unless|"
    r"whether|in|on|at|for|with|by|from|during|despite|amid|among|like|unlike|to|[a-z]{3,}ed|[a-z]{3,}ing)\b",
    re.IGNORECASE,
)
#: What follows a list that is the subject of the clause: a finite verb.
_LIST_THEN_VERB = re.compile(
    r"\s+(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|should|do|did)\b"
)


#: "of" inside a name ("Chris Christie of New Jersey", "Department of Defense").
_NAME_OF = re.compile(r"(?<=[A-Z][\w.’'-]) of (?=[A-Z])")


#: An auxiliary or "to" before the first verb of a list of verb phrases ("would [close] ..., cut ... and move ...").
_BEFORE_BARE_VERB = re.compile(r"\b(?:would|will|could|can|may|might|must|should|to|did|does|do)\s+(?:not\s+)?(?=[a-z]+\b)")
_NOT_VERBS = _LIST_START_STOP | _LIST_DET | frozenset(
    "more most less least also only just all both some many most other another new old each every no not its their his her "
    "our my your this that these those".split()
)


_AUXILIARIES = frozenset("be is are was were been being have has had do does did".split())


@functools.lru_cache(maxsize=4096)
def _verb_word(word: str, bare: bool) -> bool:
    """Whether ``word`` can open a verb phrase of the list's kind, by lemminflect's lexicon: a verb's base form
    after an auxiliary ("would close ..., [cut] ... and [move] ..."), else its past tense ("[injured]", "[left]")."""
    from lemminflect import getAllLemmas

    w = word.lower()
    if not w.isalpha() or not word[:1].islower() or w in _NOT_VERBS or w in _AUXILIARIES:
        return False
    lemmas = getAllLemmas(w).get("VERB", ())
    if bare:
        return w in lemmas
    # an inflected form that is no participle in -ing and no third person in -s: a past tense ("injured", "left")
    return any(lemma != w for lemma in lemmas) and not w.endswith(("ing", "s"))  # "found" is also "to found"


def _in_quotation(seg: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation of ``seg`` (or the quotation marks do not pair up)."""
    marks = [m.start() for m in re.finditer(r"[\"“”]", seg)]
    if len(marks) % 2:
        return True
    return any(marks[i] < pos < marks[i + 1] for i in range(0, len(marks), 2))


def _split_verb_list(text: str, a: int, b: int) -> list[tuple[str, tuple[Span, ...]]] | None:
    """Three or more coordinated verb phrases sharing a subject, one claim each: "The storm killed 12 people,
    injured dozens and left 300,000 homes without power" -> "The storm killed 12 people", "The storm
    injured dozens", "The storm left 300,000 homes without power"."""
    seg = text[a:b]
    conj = list(re.finditer(r",?\s+and\s+", seg))
    if not conj or re.search(r"[‘’]|''", seg) or any(_in_quotation(seg, m.start()) for m in conj):
        return None  # quoted words stay whole; a quotation closed before the "and" does not keep the rest whole
    conj_m = conj[-1]
    head, last = seg[: conj_m.start()], seg[conj_m.end() :].rstrip(" .")
    chunks = head.split(", ")
    if len(chunks) < 2:
        return _split_verb_pair(text, a, seg, conj) if len(conj) == 1 and not re.search(r",(?!\d{3})", seg) else None
    aux = None
    for m in _BEFORE_BARE_VERB.finditer(chunks[0]):
        aux = m
    bare = aux is not None
    later = [*chunks[1:], last]
    if not all(len(c.split()) >= 2 and _verb_word(c.split()[0], bare) for c in later):
        return None
    if bare:
        verb_at = aux.end()
    else:  # the first verb of the list: the last past form of the first chunk that has words after it
        verbs = [m for m in re.finditer(r"\b[a-z]+\b", chunks[0]) if _verb_word(m.group(), False)]
        if not verbs:
            return None
        verb_at = verbs[0].start()
    first = chunks[0][verb_at:].split()
    subject = chunks[0][:verb_at].split()
    if not subject or len(first) < 2 or not _verb_word(first[0], bare):
        return None
    if re.fullmatch(r"[A-Z]?[a-z]+ing", subject[0]) or subject[0].lower() in _PREPOSITIONS or any(
        w.lower() in ("and", "but", "or") for w in subject
    ):
        return None  # "Rattling off promises to ...", "about the tone ... but defended ...": no shared subject
    if re.search(r"\b(?:that|who|which|whom|where|when)\b", chunks[0][verb_at:]):
        return None  # "investigated by panels that uncovered facts, found fault and ...": the list is the panels'

    prefix = seg[:verb_at]
    out = []
    pos = verb_at
    for c in [chunks[0][verb_at:], *chunks[1:], last]:
        i0 = seg.find(c, pos)
        if i0 < 0:
            return None
        pos = i0 + len(c)
        spans = tuple(sp for sp in (_strip_span(text, a, a + verb_at, ",.;:"), _strip_span(text, a + i0, a + pos, ",.;:"))
                      if sp[1] > sp[0])  # fmt: skip
        out.append(((prefix + c).strip(), spans))
    return out


#: Speech verbs that open a second report rather than a second act ("... and said she would not back down").
_SPOKE = frozenset("said told added claimed stated announced reported warned insisted argued noted wrote".split())


def _present_verb(word: str) -> bool:
    """Whether ``word`` is a verb's third person singular by lemminflect's lexicon ("covers", "pushes")."""
    from lemminflect import getAllLemmas

    if not word.endswith("s") or not word.islower() or word in _AUXILIARIES:
        return False
    return any(lemma != word for lemma in getAllLemmas(word).get("VERB", ()))


_OBJECT_PRONOUNS = frozenset("it them him her us me you".split())
#: A modal that two bare verb phrases may share: "will run for six weeks and target children ...".
_SHARED_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|must|should)\s+(?:not\s+)?(?=[a-z])")


def _split_verb_pair(
    text: str, a: int, seg: str, conj: list[re.Match[str]]
) -> list[tuple[str, tuple[Span, ...]]] | None:
    """Two verb phrases sharing a short subject, one claim each: "They entered through a window and were inside
    for under seven minutes" -> "They entered through a window", "They were inside for under seven minutes";
    "The deal covers 340,000 teachers and will cost ..." likewise. Each phrase opens with a finite verb (a past
    tense, a third person singular, "was"/"were", "will"/"would" and a verb); anything else stays whole."""
    head, last = seg[: conj[0].start()], seg[conj[0].end() :].rstrip(" .")
    later = last.split()
    if len(later) < 3 or later[0] in _SPOKE:
        return None  # "promised to keep campaigning and [said] she would ...": a second report stays with the first
    modal = later[0] in ("will", "would") and _verb_word(later[1], True)  # "covers 340,000 teachers and [will cost] ..."
    # "will run for six weeks and [target] children ...": a bare verb sharing the first phrase's modal; not
    # "will provide food and water to ..." (a bare verb right before a preposition may be a noun)
    head_modal = _SHARED_MODAL.search(head)
    shared = (head_modal is not None and _verb_word(later[0], True) and later[1].lower() not in _PREPOSITIONS
              and later[1] not in _NOT_VERBS and not _verb_word(later[1], False))  # fmt: skip
    obj = head[head_modal.end() :].split() if head_modal is not None else []
    if shared and len(obj) == 2 and obj[1].lower() not in _OBJECT_PRONOUNS:
        shared = False  # "would push [cruise and weekend visitors] towards ...": one object, two nouns
    if not (_verb_word(later[0], False) or _present_verb(later[0]) or later[0] in ("was", "were") or modal or shared):
        return None
    if _present_verb(later[0]) and not _verb_word(later[0], False) and later[1].lower() in _PREPOSITIONS:
        return None  # "points in shopping centres and [markets] by the end of February": a noun of a list
    if _present_verb(later[0]) and later[1:3] == ["to", "be"] and _WANTS_DONE.search(head):
        return None  # "expects surveys of damaged crops and [houses] to be completed": a noun of what is wanted done
    if later[0] in ("was", "were") and (later[1] in _NOT_VERBS or _verb_word(later[1], False)) \
            and (re.search(r"\b(?:is|are|was|were|has|have|had|been)\b", head) or later[1] in _NOT_VERBS):
        return None  # "... were injured and were killed": the passive keeps its own subject question; leave it whole
        # (after an active verb it is a second act of one subject: "The stoppage began at 3 a.m. and was called by")
    verbs = [m for m in re.finditer(r"\b[a-z]+\b", head) if _verb_word(m.group(), False) or _present_verb(m.group())]
    if (aux := re.search(r"\b(?:is|are|was|were|has|have|had)\b", head)) is not None:
        verbs = [m for m in verbs if m.start() > aux.start()]  # "Three crew members were injured": "crew" is no verb here
    if not verbs and (modal_at := re.search(r"\b(?:would|will)\s+(?:not\s+)?(?=[a-z\"“])", head)) is not None:
        verbs = [modal_at]  # "The council [would] "not pay a single cent" ... and expected ..."
    if not verbs or verbs[0].start() == 0:
        return None
    verb_at = verbs[0].start()
    sub = _SUBORDINATOR.search(head)
    if sub is not None and any(m.start() > sub.end() for m in verbs):
        return None  # "were receding after two days of rain burst the banks and [swamped] villages": the second phrase
        # is the subordinate clause's
    if shared and not (_verb_word(later[0], False) or _present_verb(later[0])) and (
        head_modal is None or head_modal.start() != verb_at
    ):
        return None  # "has been absorbing the costs until he can persuade utilities and [steel] mills ...": the modal
        # is not the first phrase's own
    subject = head[:verb_at].split()
    aux_at = next((i for i, w in enumerate(subject) if w.lower() in _AUXILIARIES), None)
    if not subject or len(subject[:aux_at]) > 4 or len(head[verb_at:].split()) < 3:
        return None
    if subject[0].lower() in _PREPOSITIONS or re.search(r"\b(?:that|who|which|whom|where|when|and|but|or)\b", head, re.I):
        return None  # "in the end ..."; "the man who ..."
    named = subject[0][:1].isupper() or subject[0].lower() in ("the", "a", "an")
    if aux_at is None and not named:
        return None
    if aux_at is not None:
        subject = subject[: aux_at + 1]  # "The fire was [first] reported ... and was ...": the adverb is the first phrase's
    prefix = " ".join(subject) + " "
    first_span = _strip_span(text, a + verb_at, a + len(head), ",.;:")
    second_at = conj[0].end()
    second_span = _strip_span(text, a + second_at, a + second_at + len(last), ",.;:")
    subj_span = _strip_span(text, a, a + verb_at, ",.;:")
    if aux_at is not None and (later[0] in _AUXILIARIES or modal or _present_verb(later[0])):
        # "She was born ... and was raised ...", "was shown a card ... and will face ...": the second phrase
        # brings its own auxiliary; "were injured and [taken]" shares the first's
        prefix = " ".join(subject[:-1]) + " "
    elif shared and not _verb_word(later[0], False) and head_modal is not None and head_modal.start() == verb_at:
        prefix += head_modal.group(0)  # "The campaign [will] target children ..."
    return [
        (head.strip(), (subj_span, first_span)),
        ((prefix + last).strip(), (subj_span, second_span)),
    ]


#: A verb whose object is wanted done, told by "to be" and a participle after it: "expects [repairs] to be finished".
_WANTS_DONE = re.compile(r"\b(?:expects?|expected|wants?|wanted|needs?|needed|requires?|required|asks?|asked)\s")
#: A word opening a clause of time, cause or condition inside a verb phrase: "after [two days of rain burst ...]".
_SUBORDINATOR = re.compile(r"\b(?:after|before|because|since|until|while|once|although|though|if|unless)\s")


def _past_verb(word: str) -> bool:
    """Whether a lower-case ``word`` reads as a verb in the past ("reported", "rose")."""
    return (word.endswith("ed") and len(word) > 4) or word in _PAST_FORMS


def _named_clause(chunk: str) -> bool:
    """Whether ``chunk`` opens with a name and a past-tense verb ("Twitter reported flat growth"): a clause."""
    words = chunk.split()
    i = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if i == 0 or i >= len(words) - 1:
        return False
    return _past_verb(words[i].lower())


#: The head word closing a body's name: "... and Aquaculture [Fund]", "... and Food [Ministry]".
_BODY_HEAD_END = re.compile(
    r"\b(?:Fund|Commission|Administration|Authority|Agency|Department|Ministry|Board|Council|Committee|Institute|"
    r"Office|Service|Bureau|Corporation|Company|Bank|Association|Society|Foundation|Federation|Trust|Organi[sz]ation|"
    r"Union|Chamber|Programme|Program|Directorate|Inspectorate)$"
)


def _split_list(text: str, a: int, b: int) -> list[tuple[str, tuple[Span, ...]]] | None:
    """An inline list of three or more items in ``text[a:b]`` ("X visited A, B and C") as one claim per item.

    Each item gets the words before and after the list: (claim text, spans into
    ``text``: the lead-in, the item, the rest). None when no list is found or it
    looks like adjectives, clauses or nested phrases (precision over recall).
    """
    seg = text[a:b]
    for conj in reversed(list(re.finditer(r",?\s+and\s+", seg))):
        head = seg[: conj.start()]
        chunks = head.split(", ")
        n_mid = 0
        for c in reversed(chunks[1:]):
            stops = [w for w in _NAME_OF.sub("", c).split() if w.lower() in _LIST_START_STOP]  # "Gov. Chris Christie of New Jersey"
            if not c.strip() or len(c.split()) > 6 or _LIST_BAD_ITEM.search(c) or stops:
                break
            n_mid += 1
        if n_mid < 1:
            continue
        middle = chunks[len(chunks) - n_mid :]
        left_at = len(", ".join(chunks[: len(chunks) - n_mid - 1])) + (2 if len(chunks) - n_mid - 1 else 0)
        left = chunks[len(chunks) - n_mid - 1]
        words = list(re.finditer(r"\S+", left))
        start = None
        subject_list = False
        for k in range(len(words) - 1, max(-1, len(words) - 8), -1):
            w = words[k].group().lower().strip("’'\"“”")
            verb = _past_verb(w) and not words[k].group()[:1].isupper()  # "the [United] States" is a name
            if k < len(words) - 1 and w in ("and", "or"):
                break  # "A and B, C and D": not one list
            inside_name = (w == "of" and 0 < k < len(words) - 1 and words[k - 1].group()[:1].isupper()
                           and words[k + 1].group()[:1].isupper())  # fmt: skip
            if k < len(words) - 1 and (w in _LIST_START_STOP or verb) and not inside_name:  # "Department of Defense"
                start = left_at + words[k + 1].start()
                break
            if k == 0:
                start, subject_list = left_at + words[0].start(), left_at == 0
        if start is None or len(seg[start : left_at + len(left)].split()) > 6:
            continue
        if "," in seg[:start] and not _verb_in(seg[:start].lower()) and re.match(r"[^,]*,\s", seg[conj.end() :]):
            continue  # "The canyon, home to the monasteries of A, B and C, is ...": a list inside the subject's aside
        if (verb_det := _VERB_THEN_DET.search(seg, start, left_at + len(left))) is not None:
            start, subject_list = verb_det.start("item"), False  # "grid supplies [the North], Far North and ...": the
            # verb before the first item is no part of it
        tail_at = conj.end()
        tail = seg[tail_at:]
        first = seg[start : left_at + len(left)]
        if _SHARE_WORD.match(first):
            continue  # "crops, mostly maize, alfalfa and onions, were damaged": what the crops were, one claim
        if any(re.search(r"\b[a-z]{3,}ed$", c.strip()) for c in [first, *middle]):
            continue  # "in which class was abolished, egalitarianism ruled and all ...": clauses, not items
        if re.match(r"(?:them|whom|which)\s", first) or re.search(r"\bof\s+(?:them|whom|which)\s*$", seg[:start]):
            continue  # "passengers, most of them pilgrims, traders and families": what a count is made of, one claim
        if any(_named_clause(c) for c in middle):
            continue  # "In April, Twitter reported flat growth and weak revenue": an opener and a clause
        if _DISCOURSE.search(first):
            continue  # "To do so, however, the GOP and its nominee must ...": "however" is no item
        lead = re.match(r"(?:[A-Z][\w’'.-]*\s+)+(?=[a-z])", first)
        if lead and not any(c.strip()[:1].isupper() for c in middle):  # "sent Oslo grain, diesel and ...": Oslo is no item
            start += lead.end()
            first = first[lead.end() :]
        names = all(_LIST_NAME.fullmatch(c.strip()) for c in [first, *middle])
        if names:
            nm = _LIST_NAME.match(tail)
            if not nm:
                continue
            last_end = tail_at + nm.end()
            if _TOGETHER.match(seg, last_end):
                continue  # "Argentina, Chile and Bolivia, the so-called lithium triangle, together hold": one act
            if _UNITS_AFTER.match(seg, last_end):
                continue  # "in Khairpur, Sukkur and Naushahro Feroze districts": the places of one act, by name
        elif subject_list:
            continue
        else:
            stop = _LIST_END.search(tail)
            last_end = tail_at + (stop.start() if stop else len(tail.rstrip(" .")))
            verb = next((w for w in list(re.finditer(r"\S+", seg[tail_at:last_end]))[1:]
                         if _past_verb(v := w.group().lower().strip(",.;:")) or v == "died"), None)  # fmt: skip
            if verb is not None:  # "goats, sheep and camels [died in the storm]": the list's verb is no item
                last_end = tail_at + verb.start() - 1
            elif (ing := _ING_THEN_DET.search(seg, tail_at, last_end)) is not None:
                last_end = ing.start()  # "with wheat, barley and potatoes [suffering the worst damage]"
        last = seg[tail_at:last_end]
        if not last.strip() or len(last.split()) > 6 or _LIST_BAD_ITEM.search(last):
            continue
        capitalised = all(re.sub(r"^the\s+", "", c.strip())[:1].isupper() for c in [first, *middle, last])
        if capitalised and _BODY_HEAD_END.search(last.strip()) and not any(_BODY_HEAD_END.search(c.strip()) for c in
                                                                            [first, *middle]) \
                and (re.search(r"\bthe\s+$", seg[:start]) or re.match(r"the\s", first)) \
                and not re.match(r"(?:the|a|an)\s", last.strip()):  # fmt: skip
            continue  # "from the European Maritime, Fisheries and Aquaculture Fund": one body's name
        if _unclosed(text[a : a + start]):
            continue  # '“From Seattle, to Houston, New York and New Jersey, we see ...”': quoted words stay whole
        if re.search(r"\bas\s+well\s+as\b", seg[start:last_end]):
            continue  # "his parents and his children, as well as his campaign manager, ...": no plain list
        if _TIME_IN_PARTS.search(seg[max(0, start - 12) : last_end + 12]):
            continue  # "in 2 hours, 7 minutes and 48 seconds": one time
        if re.search(r"\s(?:-|--|–)(?:\s|$)|—", seg[start:last_end]) or (
            re.search(r"\s(?:-|--|–|—)\s", seg[:start]) and re.match(r"\s*(?:-|--|–|—)\s", seg[last_end:])
        ):
            continue  # "goods - clothes, computers, even air-conditioners - and led to": an aside, not a list
        if _OPENING_CLAUSE.match(left) and _LIST_THEN_VERB.match(seg, last_end):
            continue  # "when it comes to globalization, Sanders and Trump are ...": opener, then the subject
        # item spans in seg coordinates
        items = []
        pos = start
        for c in [first, *middle]:
            i0 = seg.find(c, pos)
            if i0 < 0:
                break
            items.append((i0, i0 + len(c)))
            pos = i0 + len(c)
        if len(items) != n_mid + 1:
            continue
        items.append((tail_at, last_end))
        texts = [seg[i:j] for i, j in items]
        if not all(t.strip() for t in texts):
            continue
        if any(re.fullmatch(r"\s*\d{1,3}\s*", t) for t in texts):
            continue  # "Darren Whitcomb, 34, and Lee Mahony": an age, no item
        if any(_MONTH_DAY_END.search(t) and re.fullmatch(r"\s*\d{4}\s*", u) for t, u in zip(texts, texts[1:])):
            continue  # "opened on March 3, 2021, and employs 300 people": a date's comma, no list
        if re.match(r"\s*(?:" + "|".join(_LIST_AUXILIARY) + r")\b", texts[-1]):
            continue  # "..., and will continue to be charged": a second verb phrase, no item
        if _COUNT_FIRST.match(texts[0]) and not all(_COUNT_FIRST.match(t) for t in texts[1:]):
            continue  # "40,000 goats, sheep and camels": one count of the whole list
        if texts[0].split()[0].lower() in _LIST_DET and any(len(t.split()) == 1 and t[0].islower() for t in texts[1:]):
            continue  # "a large, modern and efficient plant": adjectives
        if all(len(t.split()) == 1 and _ADJECTIVE.fullmatch(t) for t in texts[:-1]) and len(texts[-1].split()) > 1:
            continue  # "young, black and Latino voters": modifiers of the last item's noun
        prefix, suffix = seg[:start], seg[last_end:]
        out = []
        for (i, j), t in zip(items, texts):
            spans = tuple(sp for sp in (_strip_span(text, a, a + start, ",.;:"), _strip_span(text, a + i, a + j, ",.;:"),
                                        _strip_span(text, a + last_end, b, ",.;:")) if sp[1] > sp[0])  # fmt: skip
            out.append(((prefix + t + suffix).strip(), spans))
        return out
    return None


def _split_region(
    text: str, span: Span, att: Attribution, quote: bool, people: frozenset[str] = frozenset()
) -> list[_Piece]:
    a, b = _clean(text, *span)
    if b <= a:
        return []
    seg = text[a:b]
    cuts = [0]
    reported: set[int] = set()  # cuts that start a second report ("and that ...")
    for m in () if quote else _CLAUSE_SPLIT.finditer(seg):
        if _unclosed(seg[: m.start()]):
            continue  # 'the laugh line: "I want to do this myself, but it is ...": quoted words stay whole
        if re.fullmatch(r"\s*[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+", seg[cuts[-1] : m.start()]):
            continue  # "Polish, Ukrainian[, and] Lithuanian Americans combined comprise ...": a list's last item
        after = re.split(r";|,\s+(?:and|but|while|whereas)\s", seg[m.end() :])[0]  # (asides and all)
        if not re.match(r"(?:it|he|she|they|we|i|there)\b", after, re.IGNORECASE) and not _verb_in(after):
            continue  # "named as Darren Whitcomb, 34, [and Lee Mahony], 29": a name, no clause
        second = re.match(r",?\s+(?:and|but)\s+that\b", seg[m.start() :]) is not None
        if m.start() > 15 and (not second or (att.is_attributed and not re.search(r"\bthat\b", seg[6 : m.start()]))):
            cuts.append(m.start())  # "said A and that B" is two reports; "said X proved that A and that B" is one
            if second:
                reported.add(m.start())
    subordinate: dict[int, int] = {}  # cut -> where its clause starts past the conjunction
    summatives = [] if quote else list(_SUMMATIVE.finditer(seg))
    superlatives = [m.span() for m in summatives]
    for m in () if quote else _SUBORDINATE_CLAUSE.finditer(seg):
        if m.start() > 15 and not _unclosed(seg[: m.start()]) and _finite_clause(m.group("clause")) \
                and not _RELATIVE_TIME_BEFORE.search(seg[: m.start()]) \
                and not _COUNTED_SINCE.search(seg, max(0, m.start() - 40), m.end()) \
                and not any(a0 < m.start() < b0 for a0, b0 in superlatives):  # fmt: skip
            # (", the lowest level [since records began in 1991]": the clause dates the superlative)
            cuts.append(m.start())  # "began a strike on Thursday [after talks broke down on Monday]"
            subordinate[m.start()] = m.start("clause")
    summed: dict[int, int] = {}  # cut -> end of a noun phrase summing up the clause before it
    for m in summatives:
        if m.start() > 15 and not _unclosed(seg[: m.start()]) and not any(m.start() < c < m.end() for c in cuts) \
                and not _BARE_NAME.fullmatch(seg[: m.start()].strip()) \
                and _verb_in(seg[max([0, *(c for c in cuts if c < m.start())]) : m.start()]):  # fmt: skip
            # (not after a name alone: "The General Workers' Front[, the country's largest union]" is an appositive;
            # nor after a subject with no verb yet: "The refinery in Esmeraldas[, the largest in the country], was")
            cuts.append(m.start())  # "reached 47.5C on Monday[, the highest May reading since 2018]"
            summed[m.start()] = m.end("np")
            if m.end() < len(seg):
                cuts.append(m.end())
    cuts = sorted(set(cuts))
    cuts.append(len(seg))
    out: list[_Piece] = []
    for k in range(len(cuts) - 1):
        if cuts[k] in summed:
            na, nb = _clean(text, a + cuts[k], a + summed[cuts[k]])
            out.append(_Piece(f"It was {text[na:nb]}", ((na, nb),), att))
            continue
        ca, cb = _clean(text, a + subordinate.get(cuts[k], cuts[k]), a + cuts[k + 1])
        if cb > ca:
            # a pronoun opening the second report may not be the source ("Kamin said ... and that her proposals")
            out.extend(_split_clause(text, ca, cb, att, quote, people, restore=cuts[k] not in reported))
    out.sort(key=lambda p: min(x for x, _ in p.spans))  # stable: text order of starts, as claims promise
    return out


#: A noun phrase that sums up the clause before it, with a superlative or an ordinal: ", the highest May
#: reading since 2018", ", the Toronto-based company's first layoffs since 2019".
_SUMMATIVE = re.compile(
    r",\s+(?P<np>(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:first|second|third|fourth|fifth|last|latest|"
    r"highest|lowest|largest|biggest|smallest|worst|best|deadliest|strongest|weakest|heaviest|longest|most|fewest)\s+"
    r"(?:[^,;:()\"“”]|(?<=\d),(?=\d{3})){3,80}?)(?=,(?!\d{3})|\.?\s*$)"  # "the 1,040-room hotel": one figure
)
#: A name and nothing else: "The General Workers' Front", "Unite".
_BARE_NAME = re.compile(
    r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*(?:\s+\([A-Z][A-Za-z&]{1,9}\))?"
)  # (with its short name: "Phu Wiang Sugar and Power Pcl (PWSP)")
#: A clause of time after the main one: " after talks with management broke down on Monday", ", as
#: Pakistan imposed power cuts"; or of place: ", where new inspection rules have slowed traffic".
_SUBORDINATE_CLAUSE = re.compile(
    r"(?:,?\s+(?:after|before|since|when)|,\s+(?:as|where)"
    # "declared a disaster on Wednesday [as the dams ... fell to 14 percent]"; not "such as", "known as", "served as"
    r"|(?<!\bsuch)(?<!\bsame)(?<!\bknown)(?<!\bserved)(?<!\bserves)(?<!\bacted)(?<!\bwell)(?<!\bmuch)(?<!\bmany)"
    r"(?<!\bfar)(?<!\blong)(?<!\bsoon)(?<!\bjust)\s+as(?=\s+(?:the|its|their)\s)"
    # (not what a thing is described as: "described the damage as the worst he had seen")
    r"(?!\s+(?:the|its|their)\s+(?:[\w’'-]+\s+)?(?:first|second|third|last|highest|lowest|largest|biggest|smallest"
    r"|worst|best|deadliest|strongest|weakest|heaviest|longest|most|least|fewest|only|main)\b))"
    r"\s+(?P<clause>(?!it\b|he\b|she\b|they\b)[A-Za-z][\w’'-]*\b[^,;:()\"“”]{3,160})"
)


#: A count, then the clause of time it is counted since: "cases have risen to 214 [since the outbreak was declared on
#: Dec 20]": the period is part of the figure, no fact apart.
_COUNTED_SINCE = re.compile(r"\d[\d,.]*(?:\s+[a-z]+){0,3}\s+since\s")


#: Words that tie a clause of time to the one before ("[shortly] after", "two [days] before"), or that it tells
#: which of ("in [seasons] when temperatures rose above 32C"): no split there.
_RELATIVE_TIME_BEFORE = re.compile(
    r"\b(?:shortly|soon|just|only|long|right|immediately|even|hours?|days?|weeks?|months?|years?|minutes?"
    r"|seasons?|times|periods?|nights?|summers?|winters?|decades?|occasions?|moments?"
    r"|[a-z]+\s+of\s+(?:them|whom|those))\s*$",  # "Five people died, [three of them] when a hillside collapsed"
    re.I,
)


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many".split()
)


#: A time in parts: "2 hours, 7 minutes and 48 seconds".
_TIME_IN_PARTS = re.compile(
    r"\b\w+\s+(?:hours?|minutes?)\s*,\s*\w+\s+(?:minutes?|seconds?)(?:\s*,?\s*(?:and\s+)?\S+\s+seconds?)?\b", re.I
)


_AFTER_A_COUNT = frozenset("of in on at for with from that which who".split())


def _finite_clause(clause: str) -> bool:
    """Whether ``clause`` is a short subject and a finite verb ("talks with management broke down"), not a
    phrase ("the talks", "meeting the minister")."""
    words = clause.split()
    if words[0].lower() in _PREPOSITIONS or words[0].strip(",.") in _DATE or re.fullmatch(r"(?:1[89]|20)\d\d\b.*", words[0]):
        return False  # "since October has been ...", "since 2019": a preposition and its date, no clause
    if len(words) <= 3 or (len(words) == 4 and words[0].lower() in _DETERMINERS and (
            words[-1].endswith("ed") or _verb_word(words[-1].strip(".,"), False))):  # fmt: skip
        return False  # "since the outbreak began", "after the results", "when storage permits", "before that case
        # was heard": too short a clause to tell a fact of its own (or a noun phrase)
    if re.fullmatch(r"[a-z]{2,}ing", words[0]) and (words[0] in ("being", "having") or len(words) < 2 or not (
        words[1] in ("was", "were", "had", "has", "is", "are") or _verb_word(words[1].strip(".,"), False)
    ) or (words[1].endswith("ed") and re.fullmatch(r"[a-z]+", words[2]) and words[2] not in _PREPOSITIONS)):
        return False  # "after being trapped for hours", "after confirming 87 cases", "after drinking contaminated
        # water": a gerund, no clause; not "after trading resumed on Monday", whose subject is a noun in -ing
    for i, w in enumerate(words[1:7], 1):
        low = w.lower().strip(".,")
        if low in ("and", "or") and i + 1 < len(words) and (
                words[i + 1] in ("was", "were", "had", "has", "is", "are") or _verb_word(words[i + 1], False)):
            return False  # "after midnight [and was put out] by dawn": the main clause's second verb, no clause here
        if low in _SPOKE or low in ("says", "say", "expected"):
            return False  # "..., as the company said": an attribution, no clause of its own
        if low in ("was", "were", "had", "has", "have", "is", "are") or _verb_word(low, False):
            return True
        if i == 1 and (words[0][:1].isdigit() or words[0].lower() in _COUNT_WORDS) and len(words) > 2 \
                and words[2].lower() in _AFTER_A_COUNT:  # fmt: skip
            return False  # "after [five rounds of talks]": a counted noun and what follows it, no verb
        if _present_verb(low):  # "demand weakens"; not "his arrest in Warsaw on bribery [charges]"
            return i <= 2 and not any(x.lower() in _PREPOSITIONS for x in words[:i])
        if low in ("who", "which", "that", "to"):
            return False
    return False


def _split_clause(
    text: str, ca: int, cb: int, att: Attribution, quote: bool, people: frozenset[str], *, restore: bool = True
) -> list[_Piece]:
    """Claims of one clause ``text[ca:cb]``: main claim (or list items), participle and appositive claims.

    An appositive after the clause's subject ("Ana Diaz, the mayor, opened
    ...") is left out of the main claim and gives its own; a trailing
    participle takes this clause's subject, never another clause's.
    """
    clause = text[ca:cb]
    if not quote and (opening := _opening_participle(clause)) is not None:
        # "First held in 2009, the festival received ..." -> "The festival was first held in 2009", "The festival
        # received ..."
        subject, rest_at = opening
        part = _strip_span(text, ca, ca + clause.rfind(",", 0, rest_at), " ,")
        words = text[part[0] : part[1]]
        be = "were" if _PLURAL_END.search(subject) or re.search(r"\b[Tt]hey$", subject) else "was"
        found = re.search(re.escape(subject), text[ca + rest_at : cb], re.IGNORECASE)
        spans = ((ca + rest_at + found.start(), ca + rest_at + found.end()), part) if found else (part,)
        first = _Piece(f"{subject} {be} {words[:1].lower()}{words[1:]}", spans, att)
        return [first, *_split_clause(text, ca + rest_at, cb, att, quote, people, restore=restore)]
    if att.source_start is not None and att.source_start > ca:
        restore = False  # "It was the fourth flight, according to the ministry": "it" is not the later source
    hole = None if quote else _subject_appositive(clause)
    relative = None
    if hole is None and not quote:
        lead = _LEAD_ADVERBIAL.match(clause)
        relative = _RELATIVE_APPOSITIVE.match(clause, lead.end() if lead else 0)
        if relative is not None and relative.group(1).split()[0].lower() in _PREPOSITIONS:
            relative = None  # "For Mr. Rubio, who has been called ..., articulating ...": no subject
        hole = relative
    subject = hole.group(1).strip() if hole else _clause_subject(_restore_source(clause, att, people) if restore else clause)
    part = _PARTICIPLE.search(clause)
    part = None if part is not None and _unclosed(clause[: part.start()]) else part
    comma = clause.find(",", part.end()) if part is not None else -1
    if part is not None and comma >= 0 and _ASIDE_THEN_VERB.match(clause, comma):
        part = None  # "Adam Lanza, wearing earplugs and carrying a rifle, entered the school": an aside, not trailing
    extra = _participle_pieces(text, ca, cb, part, subject, att) if part and not quote else []
    main_end = ca + part.start() if extra else cb
    if not quote and not extra and (change := _change_piece(text, ca, cb, att)) is not None:
        extra, main_end = [change[0]], change[1]  # "eased to 2.1% in April, [down from 2.6% in March]"
    if not quote and not extra and (which := _which_piece(text, ca, cb, att)) is not None:
        extra, main_end = [which[0]], which[1]  # "under its winter timetable, [which takes effect on December 10]"
    if not quote and not extra and (called := _trailing_appositive(text, ca, cb, att)) is not None:
        extra, main_end = [called[0]], called[1]  # "more than 7,000 nuraghi[, the stone towers built by ...]"
    head: Span | None = None
    body = ca
    gap = re.match(r",\s+", clause[hole.end(2) :]) if hole else None
    if hole and gap and ca + hole.end(2) + gap.end() < main_end:
        head, body = (ca, ca + hole.end(1)), ca + hole.end(2) + gap.end()
    listable = not quote and not (part and not extra and part.group(2).lower() not in _PARTICIPLE_SKIP)
    out = _main_pieces(text, head, body, main_end, att, quote, people if restore else None, listable)
    if relative is not None and head is not None:  # "The mayor, who took office in 2021, ..." -> "The mayor took office in 2021"
        group = "pred" if relative.group("pred") is not None else "passive"
        pred = (ca + relative.start(group), ca + relative.end(group))
        who = _drop_openers(relative.group(1).strip())  # "Meanwhile Rihanna", "Now Sembler"
        at = ca + relative.start(1) + relative.group(1).find(who)
        be = "" if group == "pred" else "was " if not _PLURAL_END.search(who.split(" of ")[0]) else "were "
        # "The trial, led by researchers at UCL, followed ..." -> "The trial was led by researchers at UCL"
        out.append(_Piece(f"{_cap(who)} {be}{text[pred[0] : pred[1]]}", ((at, at + len(who)), pred), att))
    out.extend(extra)
    if not quote:  # a quotation is checked as said, word for word: no claims carved out of it
        out.extend(_appositive_pieces(text, ca, clause, att))
    return out


#: A plural's ending, not a singular's in -us, -is or -ss ("virus", "census", "crisis").
_PLURAL_END = re.compile(r"(?<![sui])s$")


#: A phrase opening with a past participle and its preposition before the subject: "[First held in 2009,] the
#: festival ...", "[Founded in 1998 by two engineers,] the company ...".
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:(?:First|Originally|Once|Newly|Recently|Jointly|Privately|Publicly|Only)\s+)?(?P<verb>[A-Za-z]+)\s+"
    r"(?:in|on|at|by|from|for|as|with|after|during|under|near|into|between|outside|inside)\b[^,;:\"“”()]{2,80}?,\s+(?=\S)"
)
#: Participles that open a frame or a condition rather than a fact about the subject.
_FRAME_PARTICIPLES = frozenset(
    "asked compared given faced pressed combined coupled adjusted judged measured seen taken put added translated "
    "quoted interviewed contacted reached approached told informed speaking".split()
)


_PRESENT_SUBJECT = re.compile(r"((?:The|A|An)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)\s+([a-z]{3,}s)\b")


def _opening_participle(clause: str) -> tuple[str, int] | None:
    """The subject of a clause opening with a past-participle phrase, and where the rest begins; None without one."""
    m = _OPENING_PARTICIPLE.match(clause)
    if m is None or m.group("verb").lower() in _FRAME_PARTICIPLES or _unclosed(clause[: m.end()]):
        return None
    from lemminflect import getInflection, getLemma

    verb = m.group("verb").lower()
    lemmas = getLemma(verb, upos="VERB")
    if not lemmas or verb == lemmas[0] or verb not in getInflection(lemmas[0], tag="VBN"):
        return None
    if not re.match(r"(?:[A-Z]|(?:the|a|an|its|their|his|her)\s)", clause[m.end() :]):
        return None  # "Filed for six bankruptcies, [made] millions ...": no subject after the phrase
    rest = _cap(clause[m.end() :])
    subject = _clause_subject(rest)
    if subject is None and (d := _PRESENT_SUBJECT.match(rest)) is not None and _present_verb(d.group(2)):
        subject = d.group(1)  # "the dam supplies ...", "the company employs ..."
    if subject is None or subject.lower() in ("it", "this"):
        return None
    return subject, m.end()


#: A trailing change against an earlier figure: ", down from 2.6% in March", ", up 4% on a year earlier".
_CHANGE_TAIL = re.compile(
    r",\s+((?:up|down)\s+(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?[$€£¥₩]?\d[\d.,]*\s*"
    r"(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b|[a-z]+\b)?|from\b)[^,;:()\"“”]*?)\s*$"
)


#: A closing relative clause on the object of a preposition: "under its winter timetable[, which takes effect on
#: December 10]"; not one on the whole clause ("..., which means ...").
#: A closing "which" on the whole clause, saying what it means or shows: "..., which could mean fresh magma is
#: rising", "..., which suggests demand is cooling".
_WHICH_MEANS = re.compile(
    r",\s+which\s+(?P<pred>(?:(?:could|would|might|may|will|can)\s+(?:mean|signal|indicate|suggest|point\s+to)|"
    r"means|meant|signals|signalled|signaled|suggests|suggested|indicates|indicated)\b[^,;:\"“”()]{5,150}?)\s*$"
)
_TRAILING_WHICH = re.compile(
    # (or on the object of a verb in the past: "credited [the seasonal malaria chemoprevention campaign], which
    # reached about 260,000 children")
    r"\s(?:in|on|at|under|for|from|with|by|into|to|[a-z]{3,}ed)\s+"
    r"(?P<np>(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+),\s+which\s+"
    r"(?P<pred>(?!(?:means?|meant|would|could|might|may|led|leads|made|makes|prompted|sparked|"
    r"raised|triggered|caused|is\s+why|was\s+why|allows?|allowed|enables?|enabled|lets|permits?|permitted)\b)"
    r"[a-z](?:[^,;:\"“”()]|(?<=\d),(?=\d{3})){5,120}?)\s*$"  # (a figure's thousands comma inside: "260,000")
)


def _which_piece(text: str, ca: int, cb: int, att: Attribution) -> tuple[_Piece, int] | None:
    """A closing relative clause on the noun before it as its own claim ("The winter timetable takes effect on
    December 10"), or on the whole clause ("This could mean fresh magma is rising"), and where the main claim
    then ends; None without one."""
    clause = text[ca:cb].rstrip(" .")
    if (w := _WHICH_MEANS.search(clause)) is not None and w.start() >= 12 and not _unclosed(clause[: w.start()]):
        pred = (ca + w.start("pred"), ca + w.end("pred"))
        return _Piece(f"This {w.group('pred')}", (pred,), att), ca + w.start()
    m = _TRAILING_WHICH.search(clause)
    if m is None or m.start() < 12 or _unclosed(clause[: m.start("np")]):
        return None
    first = m.group("pred").split()[0]
    if not (first in _AUXILIARIES or first in ("will", "would") or _verb_word(first, False) or _present_verb(first)):
        return None  # "which" is the subject: its verb comes next ("which the police have not done" is no claim)
    np_words = m.group("np").split()
    noun = " ".join(["The", *np_words[1:]]) if np_words[0].lower() in ("its", "their", "his", "her", "a", "an") else _cap(
        m.group("np"))
    spans = ((ca + m.start("np"), ca + m.end("np")), (ca + m.start("pred"), ca + m.end("pred")))
    return _Piece(f"{noun} {m.group('pred')}", spans, att), ca + clause.rfind(",", 0, m.start("pred"))


#: A closing appositive on the common noun before it: "more than 7,000 [nuraghi], [the cone-shaped stone towers built
#: by the island's Bronze Age inhabitants]".
_TRAILING_APPOSITIVE = re.compile(
    r"\s(?P<noun>[a-z][\w’'-]{2,}),\s+(?P<app>(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[^\s,;:()\"“”]+){1,20}?)\s*$"
)
#: Nouns that sum up what the clause before them tells, not the noun before the comma: "[a level] not seen since",
#: "[a move] that ...".
_SUMMING_NOUNS = frozenset(
    "level rate figure rise fall drop increase decrease gain loss record high low move step decision blow setback "
    "sign change jump amount sum total number share margin result outcome development fraction quarter half third "
    "majority minority tally count proportion".split()
)


def _trailing_appositive(text: str, ca: int, cb: int, att: Attribution) -> tuple[_Piece, int] | None:
    """A closing appositive on the common noun before it as its own claim ("Nuraghi are the cone-shaped stone
    towers ..."), and where the main claim then ends; None without one."""
    clause = text[ca:cb].rstrip(" .")
    m = _TRAILING_APPOSITIVE.search(clause)
    if m is None or m.start() < 12 or _unclosed(clause[: m.start()]) or _SUMMATIVE.search(clause[m.end("noun") :]):
        return None  # (", the highest May reading since 2018" sums up the clause)
    noun, app = m.group("noun"), m.group("app")
    before = clause[: m.start("noun")]
    if re.search(r"\b(?:" + "|".join(_PREPOSITIONS) + r")\s+(?:[\w’'-]+\s+){0,3}$", before, re.IGNORECASE):
        return None  # "arrested two men in [the raid], a father and his son": whose appositive is unclear
    words = [w.lower().strip("’'") for w in app.split()]
    if "and" in words or "or" in words:
        return None
    head = next((w for w in words[2:] if w in _PREPOSITIONS or w in _RELATIVES
                 or ("-" not in w and (w.endswith("ed") or _verb_word(w, False)))), None)  # fmt: skip
    heads = words[1 : words.index(head)] if head is not None else words[1:]
    if not heads or heads[-1] in _SUMMING_NOUNS or any(w in _RELATIVES or w in _AUXILIARIES or w in ("will", "would")
                                                       for w in words) or noun in _SCALE_NOUNS or noun.endswith("ly"):
        return None
    if _verb_word(noun, False) or _present_verb(noun) or noun in _PREPOSITIONS:
        return None  # "..., it said on Monday, the ministry ...": no noun before the comma
    plural = heads[-1].endswith("s") and not heads[-1].endswith(("ss", "us", "is"))
    np = re.search(r"\b(?:the|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){0,3}$", before)  # "the old [mill]"
    at = ca + (np.start() if np else m.start("noun"))
    subject = "The " + text[at : ca + m.end("noun")].split(None, 1)[1] if np else _cap(noun)
    spans = ((at, ca + m.end("noun")), (ca + m.start("app"), ca + m.end("app")))
    return _Piece(f"{subject} {'are' if plural else 'is'} {app}", spans, att), ca + m.end("noun")


def _verb_in(words: str) -> bool:
    """Whether ``words`` hold a verb: an auxiliary, a past form or a third person singular."""
    return any(w in _AUXILIARIES or w in _MODALS_AND_SAME_PASTS or _verb_word(w, False) or _present_verb(w)
               for w in re.findall(r"[a-z]+", words))  # fmt: skip


#: Modals, and verbs whose past is their base ("the project [cost] $2 billion", "[hit]", "[cut]").
_MODALS_AND_SAME_PASTS = frozenset(
    "will would can could may might must should shall cost put hit set cut let hurt shut spread quit cast split burst "
    "bet".split()
)


_DETERMINERS = frozenset("the this that these those its their his her".split())
_RELATIVES = frozenset("that which who whom whose where when".split())
_SCALE_NOUNS = frozenset("percent cent million billion trillion thousand hundred crore lakh points".split())


#: Verbs whose subject is the level a trailing change compares ("Inflation [eased] to 2.1%, down from 2.6%").
_LEVEL_VERBS = frozenset(
    "was were is are stood stands reached reaches hit hits totalled totaled totals rose rises risen fell falls fallen "
    "climbed climbs dropped drops grew grows increased increases decreased decreases declined declines jumped jumps "
    "slipped slips edged edges eased eases surged surges soared soars plunged plunges tumbled tumbles closed closes "
    "ended ends finished came comes averaged averages remained remains stayed stays slowed slows widened widens "
    "narrowed narrows shrank shrinks expanded expands contracted contracts improved improves worsened worsens "
    "amounted amounts peaked peaks".split()
)


def _change_piece(text: str, ca: int, cb: int, att: Attribution) -> tuple[_Piece, int] | None:
    """A trailing change (", down from 2.6% in March") as its own claim with the clause's subject
    ("Annual inflation down from 2.6% in March"), and where the main claim then ends; None without one."""
    clause = text[ca:cb].rstrip(" .")
    m = _CHANGE_TAIL.search(clause)
    if m is None or m.start() < 12 or not re.search(r"\d", m.group(1)):
        return None
    verb = next((w for w in re.finditer(r"\s([a-z]+)\b", clause[: m.start()])
                 if _FINITE.match(clause, w.start()) or w.group(1) in _PAST_FORMS), None)  # fmt: skip
    if verb is None or not 1 <= len(clause[: verb.start()].split()) <= 8:
        return None
    if verb.group(1) not in _LEVEL_VERBS:
        return None  # "Health officials confirmed 38 cases, up from 29": the change is the object's, not the subject's
    lead = _LEAD_ADVERBIAL.match(clause)
    s0 = lead.end() if lead and lead.end() < verb.start() else 0
    subject = clause[s0 : verb.start()].strip()
    if not subject or _unclosed(clause[: m.end()]) or subject.split()[-1].lower() in _RELATIVES:
        return None  # "About 58% of the eggs that [were] monitored hatched, up from 49%": the verb is a relative's
    a0 = ca + s0 + clause[s0:].find(subject)
    spans = ((a0, a0 + len(subject)), (ca + m.start(1), ca + m.end(1)))
    return _Piece(f"{_cap(subject)} {m.group(1)}", spans, att), ca + m.start()


def _participle_pieces(
    text: str, ca: int, cb: int, part: re.Match[str], subject: str | None, att: Attribution
) -> list[_Piece]:
    """The claims of a trailing participle ("..., approving plans" -> "Kim approved plans"), if it has a
    subject; two coordinated participles give two ("injuring four and forcing ..." -> "... injured four",
    "... forced ...")."""
    verb = part.group(2)
    if re.match(r"\s+(?:and|or)\s", text[ca + part.end(2) : cb]):
        return []  # "for larvicide, [fogging] and a cleanup drive": a noun in a list, no act of the subject's
    if verb.lower() in ("starting", "beginning") and _FROM_WHEN.match(text, ca + part.end(2)):
        return []  # "..., starting with Saturday's cup tie", "beginning next month": when, not what the subject did
    if verb.lower() in _RESULT_PARTICIPLES and part.start() > 10 and not _HYPOTHETICAL.search(text[ca : ca + part.start()]):
        # a result clause's subject is the whole clause before it, not its subject: "A wildfire ... has grown to
        # 12,400 hectares, forcing 2,500 people from their homes" -> "This forced 2,500 people ..."
        subject = "This"
    elif verb.lower() in _PARTICIPLE_SKIP or not subject or part.start() <= 10:
        return []
    start = ca + part.start(1)
    end = ca + len(text[ca:cb].rstrip(" ."))
    pieces: list[tuple[str, int, int]] = []  # (participle with its adverb, start of the rest, end)
    head, pos = part.group(1), ca + part.end(2)
    for m in _AND_PARTICIPLE.finditer(text, pos, end):
        if _ING_COMPOUND.match(text, m.start(2)):
            continue  # "in yards, tyre dumps and [building sites]": a noun, no second act
        if re.fullmatch(r"\s*[a-z]{3,}ing", text[pos : m.start()]):
            continue  # "hosting surfing and [paragliding] competitions": two sports, the object of one act
        if m.group(2).lower() in _PARTICIPLE_SKIP and m.group(2).lower() not in _RESULT_PARTICIPLES:
            continue  # "..., injuring four and forcing ...": coordinated, "forcing" shares the subject
        pieces.append((head, pos, m.start()))
        head, pos = m.group(1), m.end(2)
        break  # at most two: "injuring four and forcing ..."
    pieces.append((head, pos, end))
    out = []
    for k, (word, a, b) in enumerate(pieces):
        ing = re.search(r"[a-z]{3,}ing$", word)
        adverb = word[: ing.start()] if ing else ""
        first = start if k == 0 else a - len(word)
        out.append(_Piece(f"{subject} {adverb}{_past(word[len(adverb):])}{text[a:b]}", ((first, b),), att, False))
    return out


#: What "starting" or "beginning" opens when it says from when: "with Saturday's tie", "next month", "on 1 May".
_FROM_WHEN = re.compile(r"\s+(?:(?:with|from|on|in|at)\s+)?(?:next|this|the|[A-Z]|\d)")


#: A conditional or a modal: what follows from it is not asserted ("If ..., she would cede ..., creating ...").
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless)\b|^\s*(?:Should|Were|Had)\b|\b(?:would|could|might|may)\b")
#: A noun made with a word in -ing before a plural: "building sites", "parking lots", "nesting beaches".
_ING_COMPOUND = re.compile(
    r"(?:building|parking|shopping|swimming|dining|training|housing|living|waiting|meeting|landing|nesting|breeding"
    r"|fishing|farming|mining|polling|boarding|sleeping|washing|processing|bathing|camping|hiking|feeding|filling"
    r"|loading|trading|cooking|drinking|teaching|learning|voting|spawning|grazing|testing|sorting|recycling)"
    r"\s+[a-z]+s\b",
    re.IGNORECASE,
)
_AND_PARTICIPLE = re.compile(r"\s+and\s+((?:[a-z]+ly\s+)?([a-z]{3,}ing))\s+(?=\S)")


_QUOTE_RESUMES = re.compile(r"[^.!?\"“”\n]{0,120}[\"“]")


def _main_pieces(
    text: str,
    head: Span | None,
    body: int,
    end: int,
    att: Attribution,
    quote: bool,
    people: frozenset[str] | None,
    listable: bool,
) -> list[_Piece]:
    """The main claim of ``text[body:end]`` (after ``head``, the subject, when an appositive was cut out),
    or one claim per item of an inline list. ``people`` None: a leading pronoun is left as written."""

    def restored(clause: str) -> str:
        return clause if people is None else _restore_source(clause, att, people)

    lead = f"{text[head[0] : head[1]]} " if head else ""
    main_text = text[body:end].rstrip(" .")
    if not main_text:
        return []
    if quote:
        # a quote cut before its cue ends in a comma: '"We have nothing to hide," he said.' -> '... hide."';
        # not when the quote resumes after the cue ('"My hope," he said, "is ..."')
        said = main_text if _QUOTE_RESUMES.match(text, end) else re.sub(r",([\"”’'])$", r".\1", main_text)
        return [_Piece(said, ((body, end),), att, quote)]
    items = (_split_verb_list(text, body, end) or _split_list(text, body, end)) if listable else None
    if items:
        return [
            _Piece(_cap(restored(lead + t.rstrip(" ."))), (head, *spans) if head else spans, att)
            for t, spans in items
        ]
    spans = (head, (body, end)) if head else ((body, end),)
    return [_Piece(_cap(restored(lead + main_text)), spans, att)]


def _appositive_pieces(text: str, ca: int, clause: str, att: Attribution) -> list[_Piece]:
    """One "X is a Y" claim per appositive in ``clause`` (which starts at ``ca``)."""
    out: list[_Piece] = []
    for m in _APPOSITIVE.finditer(clause):
        if not _appositive_ok(clause, m) or _unclosed(clause[: m.start()]):
            continue
        head, app = m.group(1), m.group(2)
        if re.search(r"(?:,|\band)\s+$", clause[: m.start(1)]):
            continue  # "Argentina, Chile and Bolivia, the so-called lithium triangle": the list's, not its last name's
        after = clause[m.end(2) : m.end(2) + 12]
        if re.search(r"\b(?:of|in|for)\s*$", app) or re.search(r"\b(?:of|in)\s+which\b", after):
            continue  # "the Supreme Court, [the composition of] which depends on ...": no description of it
        if head.split()[0] in ("The", "A", "An", "On", "In", "According", "But", "And", "As", "When", "While", "If",
                               "Although", "Though", "Because", "Since", "After", "Before"):
            head = " ".join(head.split()[1:])
            if not head:
                continue
        h0 = ca + m.start(1) + m.group(1).find(head)
        spans = ((h0, h0 + len(head)), (ca + m.start(2), ca + m.end(2)))
        out.append(_Piece(f"{head} is {app.rstrip(' .')}", spans, att, False))
    return out
