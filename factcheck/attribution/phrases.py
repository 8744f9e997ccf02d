"""Noun phrases on either side of a cue: the source on the cue's left (:func:`_left_np`) or right
(:func:`_right_np`), whether a phrase can be a source (:func:`_np_ok`), the content after a cue and the
recipient a cue addresses ("told [reporters]")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.attribution.lexicon import (
    _ACRONYM_TAG, _ADDRESSED, _ASIDE_THEN_VERB, _AUX, _BODY_NOUNS, _BOUNDARY_WORDS, _DET, _FROM_HEADS, _MADE_BY,
    _MADE_BY_NOUNS, _NAME_TAG, _NOT_IN_NP, _NP_INNER, _PREPOSITIONS, _PRON, _QUOTES_OPEN, _ROLE_TO, _SOURCE_NOUNS,
    _WEEKDAYS, _WORD,
)
from factcheck.attribution.records import AttributionSpan, Span
from factcheck.resolve import _ARABIC_ARTICLE, _PARTY_TAG


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
    """A short lowercase role before a capitalised name: "lead author Dr. Hannah Reed", "study co-author Jo Lim",
    "medical officer of health Dr Hemi Rāwiri", "council member Zainab al-Asadi"; the name may end with its body:
    "lead investigator Ingrid Mahler of Zurich University Hospital"."""
    k = 0
    while k < len(words) and words[k][:1].islower() and words[k].replace("-", "").isalpha():
        inner_of = words[k] == "of" and 0 < k and k + 1 < len(words) and words[k + 1][:1].islower()
        # ("deputy mayor [for] transport Ildar Garipov": an office's portfolio)
        inner_of = inner_of or (words[k] == "for" and 0 < k and k + 1 < len(words) and words[k + 1][:1].islower()
                                and words[k - 1] in _PORTFOLIO_HOLDERS)
        if not inner_of and (words[k] in _NOT_IN_NP or words[k] in _NP_INNER
                             or (words[k].endswith(("ed", "ing")) and words[k] not in _TITLE_PARTICIPLES)):
            return False  # "appeared in the British Medical Journal" is no role
        k += 1
    name = words[k:]
    if "of" in name[1:]:  # "Ingrid Mahler [of Zurich University Hospital]": her body, named
        at = name.index("of", 1)
        body = [w for w in name[at + 1 :] if w != "the"]
        # (a name with "of" in it too: "of the Western Coast Institute [of] Palaeontology")
        if body and all(w[:1].isupper() or w in ("and", "for", "&", "of", "de", "du", "des", "del") for w in body) \
                and body[-1][:1].isupper():  # fmt: skip
            name = name[:at]
    return 0 < k <= 4 and 1 < len(name) <= 5 and all(_name_word(w) for w in name) and name[-1] != "."


#: Offices that take a portfolio after "for": "deputy mayor for transport", "commissioner for water".
_PORTFOLIO_HOLDERS = frozenset(
    "mayor minister secretary commissioner director head officer councillor councilor spokesman spokeswoman "
    "spokesperson chief manager coordinator adviser advisor representative rapporteur".split()
)
#: Words of a title that look like a verb's forms: "[acting] chief health officer", "group [managing] director".
_TITLE_PARTICIPLES = frozenset("acting managing presiding founding visiting outgoing incoming retired".split())


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, an initial's dot, or a particle ("al-Asadi", "van", "da")."""
    return word[:1].isupper() or word == "." or word in _NAME_PARTICLES or bool(_ARTICLE_NAME.match(word))


#: Particles inside a person's or a body's name ("Pieter van Rooyen", "Ventos do Sal").
_NAME_PARTICLES = frozenset("van von de da do dos das du del della di la le bin bint ibn".split())
#: A name with an Arabic article written on: "al-Asadi".
_ARTICLE_NAME = re.compile(_ARABIC_ARTICLE + r"[A-Z]")


def _np_ok(words: Sequence[str], *, left: bool) -> bool:
    """Whether ``words`` plausibly form a source noun phrase."""
    document = left and len(words) > 2 and words[0].lower() in _DET and (
        words[1].lower() in _MADE_BY_NOUNS | _SENT_TO  # and one of a group, placed: "A doctor at Assam Medical College"
        or (words[1].lower() in _FROM_HEADS and words[2].lower() in ("from", "at", "in", "with")))
    # a name of capitalised words and the words inside names may run longer: "Director-General Abena Owusu-Ansah of
    # the Ghana Ports and Harbours Authority said"
    # (after "the" too: "the Institute of Archaeology of the Uzbek Academy of Sciences said")
    named = words[1:] if words and words[0].lower() == "the" else words
    proper = bool(named) and named[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _NP_INNER or w in ("-", ".") for w in named)  # fmt: skip
    if not words or len(words) > (14 if proper else 12 if document or not left else 9) and not (
            len(words) <= 14 and _role_then_name(words)):  # "lead author Marthen Ohee of the Papua ... Centre"
        return False  # (a document with its maker and addressee may run longer: "A letter from X to Y said")
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
        or (len(words) <= 5 and words[-1][:1].isupper() and first.replace("-", "").isalpha()
            and not re.fullmatch(_WEEKDAYS, words[-1]))
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
        if lw in ("from", "at", "in", "with") and k and words[k - 1].lower() in _FROM_HEADS:
            continue  # "data from the grid operator", "a spokesman from the ministry", "a doctor at the hospital"
        if lw == "by" and k and words[k - 1].lower() in ("reached", "contacted", "interviewed", "briefed", "polled",
                                                           "surveyed", "questioned"):
            continue  # "a worker reached by telephone", "a lawmaker briefed by intelligence officials", "economists
            # polled by Reuters"
        if lw == "to" and k and (words[k - 1].lower() in _ROLE_TO or any(x.lower() in _SENT_TO for x in words[:k])):
            continue  # "a senior adviser to the Clinton campaign", "the ambassador to Japan"
        if lw == "by" and k and words[k - 1].lower() in _MADE_BY:
            continue  # "a study commissioned by the council", "a report released by the ministry"
        if lw == "by" and k and left and words[k - 1].lower() in _MADE_BY_NOUNS and words[0].lower() in _DET:
            continue  # "a study by the Asan Institute": the document and its maker
        if lw in _NAME_PARTICLES and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() \
                and words[k + 1][:1].isupper():  # fmt: skip
            continue  # "Ventos [do] Sal": a particle inside a name
        if lw in _NOT_IN_NP and lw not in _NP_INNER and not (k and w[:1].isupper()):
            return False  # (a capitalised word inside is a name's: "Aurelio Chí [May]")
        if w in ("(", ")", "“", "”", '"', ":", ";", "!", "?"):
            return False
    return words[-1].lower() not in _NP_INNER


#: An unnamed source's reason for going unnamed, as a relative clause before the cue: "An investigator [who
#: asked not to be named] said", "two officials [who spoke on condition of anonymity] said".
_ANONYMITY_REASON = (
    r"(?:who|that)\s+(?:asked|declined|requested|refused|spoke|agreed|was|were|is|are|did|do)\b[^,;:()\"“”]{0,70}?"
    r"\b(?:named|identified|anonymity|authori[sz]ed|quoted|on the record)\b[^,;:()\"“”]{0,40}?"
)
_ANONYMITY_CLAUSE = re.compile(r"\s+" + _ANONYMITY_REASON + r"\s*,?\s*$")
#: The same reason after a post-posed source, closing the sentence: "..., said a police investigator [who asked not to
#: be named]."
_ANONYMITY_AFTER = re.compile(r"\s*,?\s+" + _ANONYMITY_REASON + r"[.!?\"”]*\s*$")


#: Capitalised words on both sides of "and" inside a body's name: "Ethics [and] Anti-Corruption Commission",
#: "Food [and] Drug Administration".
_NAME_AND_LEFT = re.compile(r"\b[A-Z][\w-]+\s+$")
_NAME_AND_RIGHT = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+){0,3}(?:Commission|Administration|Authority|Agency|Department|Ministry|Board|Council|"
    r"Committee|Institute|Office|Service|Bureau|Corporation|Company|Bank|Court|Tribunal|Directorate|Centre|Center|"
    r"Borough|County|Municipality|Association|Society|Foundation|Federation|Trust|Hospital|College|University|"
    r"School|Clinic|Body|Executive|Inspectorate|Inspection|Unit|Fund|Union|Chamber|Organi[sz]ation|Network|Alliance|"
    r"Academy|Museum|Division|Works"
    r"|Group|Holdings|Pcl|PCL|Ltd|Limited|Inc|Plc|PLC|Corp|LLC)\b"  # "the City and Borough of ...", "the Health and
    # Safety Executive", "Phu Wiang Sugar and Power Pcl"
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


#: A body "of" a portfolio before "and" ("the Ministry of Employment [and] Labor"), and the body noun closing a
#: lowercase pair of portfolios after it ("climate [and] environment ministry").
_BODY_OF_AND = re.compile(
    r"\b(?:Ministry|Department|Office|Institute|Commission|Bureau|Council|Agency|Authority|Committee|Secretary|"
    r"Minister|Centre|Center|Centers|Administration|Board|Foundation|Society|Association|Federation|Fund|Service)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]+,?\s+){1,4}$"  # "Ministry of Trade, Industry [and] Energy"
)
#: The rest of a list of portfolios in a body's name, after a comma: "[ Industry and Energy]".
_PORTFOLIO_LIST = re.compile(r"\s+(?:[A-Z][\w-]+,?\s+){0,3}and\s+[A-Z][\w-]+")
_PORTFOLIO_AND = re.compile(
    r"\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,2}(?:ministry|ministries|departments?|agency|agencies|committees?|commissions?|"
    r"offices?|ministers?|secretary|Ministry|Ministries|Minister|Ministers|Department|Secretary)\b"
)
#: Documents sent "to" someone: "a letter from the Commission to the Italian government".
_SENT_TO = frozenset("letter letters message messages note memo submission submissions".split())
#: Two groups of people joined by "and" ("[parents] and [teachers]", "[officials] and [residents]"), the first
#: right before "and", the second right after it.
_GROUPS_JOINED = re.compile(r"\b(?:" + "|".join(sorted(_SOURCE_NOUNS)) + r")\s+$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_SOURCE_NOUNS)) + r")\b", re.I)


#: A note in brackets right after a name, on the name or the picture: "(also written Tömörbaatar)", "(pictured)".
#: A body's name given as an aside before the cue: "the directorate[, known as DIRCETUR,] said".
_KNOWN_AS_ASIDE = re.compile(
    r",\s*(?:locally\s+|widely\s+)?known\s+(?:locally\s+)?as\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}\s*,?\s*$"
)
_NAME_NOTE = re.compile(
    r"\s*\((?:(?:also|sometimes|often|formerly)\s+(?:written|spelt|spelled|known\s+as|called)\b[^()]{1,40}"
    r"|pictured|left|right|centre|center|no\s+relation"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\)\s*$"  # the name spelt another way: "Mayor Aadam Azeem (Adam Azim)"
)


#: An aside on a share of what the noun phrase before it names, closing the phrase: ", many of them farmers,", ",
#: most of whom live on the marsh,".
_SHARE_ASIDE = re.compile(
    r",\s*(?:many|most|some|all|several|few|both|each|none|half|one|two|three)\s+of\s+(?:them|whom|which)\b"
    r"[^,;:]*,?\s*$",
    re.IGNORECASE,
)


#: A place after a group and its preposition, before "and": "Schools [in Fort-de-France] and Le Lamentin".
_PLACE_BEFORE_AND = re.compile(r"\b[A-Za-z]+\s+(?:in|at|from|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*$")
#: A name right after "and": " Le Lamentin".
_NAME_AFTER_AND = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*$")


def _left_np(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase ending at ``hi`` and starting after the last clause boundary >= lo."""
    anon = _ANONYMITY_CLAUSE.search(text, lo, hi)
    if anon is not None and anon.start() > lo:
        inner = _left_np(text, lo, anon.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    age = re.search(r",\s*(?:\d{1,3}|[RDI]-[A-Z][A-Za-z.]{1,12})\s*,?\s*$", text[lo:hi])
    if age and age.start() > 0:  # "Mr. King, 82, told me", "Mitch McConnell, R-Ky., said": no part of the name
        return _left_np(text, lo, lo + age.start())
    share = _SHARE_ASIDE.search(text, lo, hi)
    if share and share.start() > lo:  # "Residents of the northern districts, many of them built on marshland, say"
        return _left_np(text, lo, share.start())
    note = _NAME_NOTE.search(text, lo, hi)
    if note and note.start() > lo:  # "Erdenebileg Tumurbaatar (also written Tömörbaatar) said": a note on the name
        inner = _left_np(text, lo, note.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    known = _KNOWN_AS_ASIDE.search(text, lo, hi)
    if known and known.start() > lo:  # "the directorate, known as DIRCETUR, said": the body's name, an aside of it
        inner = _left_np(text, lo, known.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    acr = re.search(r"\s*" + _NAME_TAG + r"\s*$", text[lo:hi])
    if acr and acr.start() > 0:  # "The Korean Central News Agency (KCNA) said": the acronym belongs to the name
        inner = _left_np(text, lo, lo + acr.start())
        return (inner[0], _strip_span(text, lo, hi)[1]) if inner else None
    seg = text[lo:hi]
    cut = 0
    # an acronym in brackets inside the phrase is part of it: "Kampala Capital City Authority (KCCA) executive
    # director Moses Kibirige"
    tags = [t.span() for t in re.finditer(r"(?<=[A-Za-z] )" + _ACRONYM_TAG + r"(?= [A-Za-z])", seg)]
    for m in re.finditer(r"[,;:()\u2014\u2013\"“”]|\s-\s|\b(?:" + _BOUNDARY_WORDS + r")\b", seg, re.I):
        if any(a <= m.start() < b for a, b in tags):
            continue
        if m.group() == "," and _BODY_OF_AND.search(seg[: m.start()] + " ") and _PORTFOLIO_LIST.match(seg, m.end()):
            continue  # "the Ministry of Trade[,] Industry and Energy said": one body's portfolios
        # a comma inside "X, a spokesman for Y," is an appositive, handled below
        if m.group() == "and" and _NAME_AND_LEFT.search(seg, 0, m.start()) and _NAME_AND_RIGHT.match(seg, m.end()):
            continue  # "the Ethics and Anti-Corruption Commission said": one body's name
        of_body = _BODY_OF_AND.search(seg, 0, m.start()) and re.match(r"\s+[A-Z]", seg[m.end() :])
        portfolios = _PORTFOLIO_AND.match(seg, m.end()) and re.search(r"\b[A-Za-z]+\s+$", seg[: m.start()])
        if m.group() == "and" and (of_body or portfolios):
            continue  # "the Ministry of Employment and Labor said", "Norway's climate and environment ministry said"
        if m.group().lower() == "and" and _GROUPS_JOINED.search(seg, 0, m.start()) and _GROUP_AFTER.match(seg, m.end()):
            continue  # "parents and teachers told the Observer": two groups, one source
        if m.group().lower() == "and" and _PLACE_BEFORE_AND.search(seg, 0, m.start()) \
                and _NAME_AFTER_AND.match(seg, m.end()):  # fmt: skip
            continue  # "Schools in Fort-de-France and Le Lamentin reported": two places of one group
        cut = m.end()
    a, b = _strip_span(text, lo + cut, hi, " \t\n,;:\"“”'‘’")
    t = _TRAIL_ADV.search(text[a:b]) or _TRAIL_TIME.search(text[a:b])
    if t and t.start() > 0:
        b = a + t.start()
    if a >= b:
        return None
    words = [t for _, _, t in _tokens(re.sub(_ACRONYM_TAG, lambda t: t.group()[1:-1], text[a:b]))]  # "(KCCA)": a word
    lead = text[lo:a].rstrip()
    post_group = (
        0 < len(words) <= 3
        and words[-1].lower() in _SOURCE_NOUNS
        and (words[0].isupper() or words[0].lower() not in _PRON | {"that", "how", "what", "where", "when", "why", "whose"})
        # "..., ministry data show."; "..., but union leaders said", "where restructuring experts say"
        and (lead.endswith(",") or re.search(r"(?:^|\b(?:but|while|whereas|where)|,\s*and)$", lead, re.I) is not None)
        and not any(w.lower() in _NOT_IN_NP or w.lower() in _NP_INNER for w in words)
    )
    # ... and such a group placed: "..., [health authorities in the Central Denmark Region] said"
    head = next((i for i, w in enumerate(words[:3]) if w.lower() in _SOURCE_NOUNS), None)
    placed = (
        head is not None and lead.endswith(",") and len(words) <= 9 and words[head + 1 : head + 2] in (["in"], ["at"])
        and all(w.isalpha() and w.islower() for w in words[:head])
        and all(w[:1].isupper() or w in ("the", "of", "and") for w in words[head + 2 :])
        and words[-1][:1].isupper()
    )
    # a bare role after a name and a comma: "Zsofia Kertesz, [spokeswoman for the directorate], told reporters"
    ok = _np_ok(words, left=True) or (post_group and all(w.isalpha() for w in words)) or placed
    bare_role = not ok and words[0] in _APPOS_START and len(words) > 2 and words[1] in ("of", "for", "at") \
        and lead.endswith(",")  # fmt: skip
    if not (ok or bare_role):
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
            and not _WHEN_WORD.match(prev[0])  # "... since [January], the regional health office said": a date
            and (body or (name_prev != name_cur and (
                other[0].lower() in _APPOS_START or other[1:2] in (["'"], ["’"])
                or any(w.endswith(("'s", "’s")) for w in other[:3])  # "[Kieta Agro's] lawyer, Nathan Sipisi, told"
            )))
            # after other words, a description before a name is its appositive only when a comma closes the name
            # too ("a spokesman for Y, John Doe, said"); "..., a project costing 96 million lempiras, Mayor Rigoberto
            # Funes said" describes what comes before it
            and not (name_cur and not name_prev and prev[0].lower() in ("a", "an") and text[lo:pa].strip(" \t\n,")
                     and not text[b:].lstrip().startswith(","))
            # "... in Sohar and [Liwa], the CDAA said": a name ending a list, no speaker the description follows
            and not (name_prev and not name_cur and re.search(r"\b(?:and|or)\s*$", text[lo:pa])
                     and not text[b:].lstrip().startswith(","))
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
    return None if bare_role else (a, b)  # a role joins the name before it, or there is no source


#: A month or a weekday: the end of a date, no name a description follows.
_WHEN_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" + _WEEKDAYS + r")$"
)


_ABBR_DOT = (
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGen)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bSt)(?<!\bJr)"
    r"(?<!\bSr)(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bCpl)(?<!\bCapt)(?<!\bInsp)(?<!\bSupt)(?<!\bProf)\."
)
_INNER_BRACKETS = re.compile(r"(?<=[A-Za-z] )" + _ACRONYM_TAG + r"(?= [A-Z])")
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


#: What may follow a bare group noun inside a source after its cue: "said officials [in] Kyiv", "sources [familiar]
#: with the talks", "residents [who] fled".
_GROUP_NEXT = _PREPOSITIONS | frozenset(
    "of near familiar close briefed knowledgeable not who and polled surveyed interviewed questioned".split()
)  # ("said economists [polled] by Reuters")


def _right_np(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase starting at ``lo``, up to the next comma, clause word or ``hi``."""
    seg = text[lo:hi]
    # a word in brackets inside a title is part of it: "District Medical Officer (Health) Dr. P.K. Anilkumar"
    m = _RIGHT_STOP.search(_INNER_BRACKETS.sub(lambda t: "_" * len(t.group()), seg))
    end = lo + (m.start() if m else len(seg))
    a, b = _strip_span(text, lo, end, " \t\n,;:\"“”'‘’")
    if a >= b:
        return None
    words = [t for _, _, t in _tokens(_INNER_BRACKETS.sub(lambda t: t.group()[1:-1], text[a:b]))]
    if not words:
        return None
    if words[0].lower() in _PRON and len(words) == 1:
        return a, b
    if words[0] in _SOURCE_NOUNS and len(words) > 1 and words[1].lower() not in _GROUP_NEXT:
        return None  # "..., said parents still want neighbourhood schools": a clause, not "said officials in Kyiv"
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
        aside = cut is not None and not cut.group("cite") and comma >= 0 and (
            _ASIDE_THEN_VERB.match(text, comma) or _ASIDE_THEN_TO.match(text, comma, b))  # "a new line, costing
        # 40 million kina, to begin operating in 2026": the aside sits inside the report
        pair = text.find(cut.group(), a + cut.end(), b) if cut and cut.group().strip() in ("\u2014", "\u2013", "--") else -1
        if pair > 0 and len(text[a + cut.end() : pair].split()) <= 12 and not re.search(r"[\"“”]|''", text[a + cut.end() : pair]):
            aside = True  # a paired dash aside inside the report: "the top 1 percent -- those with ... -- would face"
        if cut and not aside and len(text[a : a + cut.start()].split()) >= (2 if cut.group("cite") else 5):
            b = a + cut.start()  # not "after Adam Lanza, wearing earplugs ..., entered Sandy Hook": an aside
    while b > a and text[b - 1] in ".!?" and text[a] not in _QUOTES_OPEN:
        b -= 1
    return (a, b) if b > a else None


#: An aside's closing comma, then the report's infinitive: "expects a new line, costing ..., [to begin] operating".
_ASIDE_THEN_TO = re.compile(r",\s+to\s+[a-z]{2,}\b")


#: "told employees [in a memo, which was obtained by the AP,] that ...": a phrase and its aside before "that".
_RECIPIENT_ASIDE = re.compile(
    r"\s*(?:[\w’'.-]+\s+){0,3}?(?:in|on|at|during|via|through|over|by)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+,\s+"
    r"(?:which|who|whom)\s+[^,;:\"“”]{3,80}?,\s+(?=that\b)"
)


#: "told reporters [at the Raja Tun Uda terminal] that ...": whom, then where or when, before "that".
_RECIPIENT_PLACE = re.compile(
    r"\s*(?:[\w’'.-]+\s+){1,3}?(?:at|in|outside|inside|near|during|after|before|on|from)\s+"
    r"(?:[\w’'.-]+\s+){1,8}?(?=that\b)"  # "at the main factory on the Pan-American Highway that"
)


def _recipient_skip(text: str, pos: int, end: int) -> int:
    """After "told": skip the recipient NP ("told reporters on Monday that")."""
    seg = text[pos:end]
    m = (re.match(r"\s*(?:[\w’'.-]+\s+){0,6}?(?=that\b)", seg) or _RECIPIENT_PLACE.match(seg)
         or _RECIPIENT_ASIDE.match(seg))
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


def _head_cue(cue: str) -> str:
    """The cue without auxiliaries ("has also said" -> "said", "called for" -> "called for")."""
    words = re.sub(r"\s+in\s+an?\s+[\w-]+$", "", cue.lower()).split()
    while len(words) > 1 and re.fullmatch(_AUX.replace("*", ""), words[0] + " "):
        words = words[1:]
    return " ".join(words)
