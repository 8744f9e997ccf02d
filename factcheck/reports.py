"""Report rules: how one attribution in a sentence becomes claims, and whose they are.

A report is usually the source's claim ("X said Y" gives Y, attributed to X). These rules cover the
shapes where it is not, or not simply: a denial, a promise or a thing reported is the reporter's claim
about the source; a share of respondents is a statistic; a speech act after the cue is what the source
did; a characterisation ('called the ruling "a victory"') and a report inside a relative clause ("The
tax, which critics say is unfair, ...") are claims about a noun; a subject and predicate split by the
cue are one claim; an aside between source and cue may be a claim about the source.

Each rule takes the text and one :class:`~factcheck.attribution.AttributionSpan` and returns the claim
pieces (or a yes/no) for :func:`factcheck.claims.decompose._decompose` to use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from factcheck.attribution import AttributionSpan
from factcheck.attribution.lexicon import _SPEECH_ACTS
from factcheck.attribution.sentence import _PREDICATE_START
from factcheck.model import Attribution
from factcheck.segment import Sentence
from factcheck.wording import (
    _FINITE,
    _MORE_PAST,
    _NOT_A_SUBJECT,
    _PAST,
    _QUOTE_OPEN,
    _SOURCING_REMARK,
    _VERB_NEXT,
    Span,
    _cap,
    _past,
    _Piece,
    _source_name,
    _verbless,
)


#: A participle after a cue and maybe a frame phrase ("said[ Tuesday], blaming ..."), behind a comma.
_LEADING_PARTICIPLE = re.compile(r"[\w .’'-]{0,40}?,\s+((?:[a-z]+ly\s+)?([a-z]{3,}ing))\s+(?=\S)")


#: Participles of what a source does by speaking; after "X said," their subject is X.
_SPEECH_PARTICIPLES = frozenset(
    "blaming reciting emphasizing emphasising referring pointing calling describing accusing praising criticizing "
    "criticising urging insisting repeating echoing conceding denying defending dismissing stressing reiterating "
    "attributing crediting vowing promising pledging rejecting disputing responding replying appealing "
    "thanking apologizing apologising condemning welcoming hailing questioning challenging citing".split()
)


def _source_participle(
    text: str,
    span: Span,
    own: list[tuple[AttributionSpan, Attribution]],
    base: Attribution,
    addressees: Mapping[Span, Span],
) -> _Piece | None:
    """The reporter's claim in a participle right after a cue (``span`` starts at the cue's end), whose
    subject is the source: "Summit Air will cut 300 jobs, the company said Tuesday, [blaming a 25% jump in
    fuel prices]" -> "The company blamed a 25% jump in fuel prices". ``addressees`` maps a post-posed
    addressed cue to whom it speaks to; the participle may also follow that ("told a crowd, describing")."""
    m = _LEADING_PARTICIPLE.match(text, span[0], span[1])
    if m is None or m.group(2).lower() not in _SPEECH_PARTICIPLES or _FINITE.search(" " + text[span[0] : m.start(1)]):
        return None  # "..., Twitter announced, gaining 22,000 followers": Pence gained them, not Twitter
    for sp, _ in own:
        rec = addressees.get(sp.cue)  # '"...," he told [reporters], describing ...'
        if sp.source is None or span[0] not in (sp.cue[1], rec[1] if rec else -1):
            continue
        written = text[sp.source[0] : sp.source[1]]
        name = _source_name(written)  # None for a pronoun ("he said, blaming ...")
        if name is None and re.fullmatch(r"(?:a|an)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,4}", written):
            name = written  # '"...," a Carrier executive tells employees, describing ...'
        if name is None:
            return None
        ing = re.search(r"[a-z]{3,}ing$", m.group(1))
        adverb = m.group(1)[: ing.start()] if ing else ""
        body = re.split(r",\s*[\"“]", text[m.end(1) : span[1]], maxsplit=1)[0].rstrip(" .,")  # not a resumed quote
        return _Piece(f"{_cap(name)} {adverb}{_past(m.group(2))}{body}", ((m.start(1), m.end(1) + len(body)),), base)
    return None


def _around_the_cue(sp: AttributionSpan) -> bool:
    """Whether ``sp`` has two content parts with its source and cue between them ("[A], X said, [B]")."""
    return (
        len(sp.content) == 2 and sp.source is not None and sp.content[0][1] <= sp.source[0] < sp.cue[1] <= sp.content[1][0]
    )


def _interrupted(text: str, sp: AttributionSpan, att: Attribution) -> _Piece | None:
    """One claim from a subject and a predicate split by the cue: "[The museum], Mr. Obama said,
    [would make visitors face uncomfortable truths]" -> "The museum would make visitors face ..."."""
    if not _around_the_cue(sp):
        return None
    (a0, b0), (a1, b1) = sp.content
    if text[b0 : sp.source[0]].strip(" ,") or text[sp.cue[1] : a1].strip(" ,"):
        return None  # only ", SOURCE said," may stand between them
    subject, predicate = text[a0:b0].strip(), text[a1:b1].rstrip(" .")
    words = re.findall(r"[a-z’'-]+", subject)
    clause = _FINITE.search(" " + subject) or any(w in _PAST or w in _MORE_PAST for w in words)
    if not subject or (clause and not re.match(r"What\s", subject)):
        return None  # "The drones flew about 40 kilometers, the FBGS said": a clause, not a subject ("What X did" is)
    if not _PREDICATE_START.match(predicate):
        return None
    return _Piece(f"{_cap(subject)} {predicate}", ((a0, b0), (a1, a1 + len(predicate))), att)


#: Openers of a clause that is no claim without its main clause ("If X, he said, Y").
_CONDITIONS = frozenset("If Unless When Whenever As Once Until Because Since Before After".split())


def _conditional(text: str, sp: AttributionSpan, att: Attribution) -> _Piece | None:
    """One claim from an opening clause and its main clause split by the cue: "[If Clinton is elected], he
    said, [the court will change]" -> "If Clinton is elected, the court will change" (the source's)."""
    if not _around_the_cue(sp):
        return None
    (a0, b0), (a1, b1) = sp.content
    if not _opening_clause(text[a0:b0]) or text[a1] in _QUOTE_OPEN:
        return None
    first = text[a0:b0].strip()
    main = text[a1:b1].rstrip(" .")
    if not main:
        return None
    return _Piece(f"{first.rstrip(', ')}, {main}", ((a0, b0), (a1, a1 + len(main))), att)


def _opening_clause(part: str) -> bool:
    first = part.strip()
    return first.split(" ", 1)[0] in _CONDITIONS or first.startswith("As for ")


def _context_before_quote(text: str, sp: AttributionSpan) -> bool:
    """Whether ``sp`` is "[When asked whom she backed], Ms. Roe said, "...": an opening clause that sets the
    scene for a quote; the clause is the reporter's, and no claim on its own."""
    return _around_the_cue(sp) and _opening_clause(text[sp.content[0][0] : sp.content[0][1]]) and text[sp.content[1][0]] in _QUOTE_OPEN


@attrs.frozen
class _Made:
    """The claims a rule makes from one attribution, and the spans of the sentence they use up."""

    pieces: tuple[_Piece, ...]
    spans: tuple[Span, ...]


def _definite(noun_phrase: str) -> str:
    """"a move" -> "the move": the one just named, when a claim is made about it."""
    return re.sub(r"^(?:a|an|A|An)\s+", "the ", noun_phrase)


#: A predicate coordinated after a quote: '..., but stopped short of calling it racist'.
_COORDINATED_PREDICATE = re.compile(r"[\s,]*(?:but|and)\s+(?=(?:also\s+)?[a-z]{2,}(?:ed|s)?\b)")


def _characterised(
    text: str, sp: AttributionSpan, att: Attribution, base: Attribution, sent: Sentence
) -> _Made | None:
    """What a source calls a thing, as its claim: 'Greer called [the ruling] ["a victory for voters"]' ->
    'The ruling is "a victory for voters"'; 'described [the talks] as ["frank"]' -> 'The talks are "frank"'.
    A predicate coordinated after the quote (", but stopped short of ...") is the reporter's claim about
    the source."""
    if len(sp.content) != 2 or sp.source is None:
        return None
    (a0, b0), (a1, b1) = sp.content
    article = re.match(r"(?:a|an|the)\s+", text[a1:b1])
    quote_at = a1 + (article.end() if article else 0)
    if not sp.cue[1] <= a0 < b0 <= a1 or text[sp.cue[1] : a0].strip() or text[quote_at] not in _QUOTE_OPEN:
        return None
    if text[b0:a1].strip() not in ("", "as"):
        return None
    thing = _definite(text[a0:b0])
    head = re.split(r"\s+(?:of|in|at|on|for|from|with)\s+", thing)[0].split()[-1].lower()  # "the field [of ...]"
    verb = "are" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "is"
    quote = text[a1:b1].rstrip(" ,")
    words = re.sub(r",([\"”’])$", r".\1", quote)  # '"a victory,"' -> '"a victory."'
    said = _Piece(f"{_cap(thing)} {verb} {words}", ((a0, b0), (a1, a1 + len(quote))), att, True)
    pieces, spans = [said], [(a0, b0), (a1, b1)]
    more = _COORDINATED_PREDICATE.match(text, b1, sent.end)
    name = _source_name(text[sp.source[0] : sp.source[1]])  # None for a pronoun
    if more and name:
        rest = text[more.end() : sent.end].rstrip(" .")
        if _VERB_NEXT.match(" " + rest):  # "..., but stopped short of calling it racist"
            pieces.append(_Piece(f"{_cap(name)} {rest}", (sp.source, (more.end(), more.end() + len(rest))), base))
            spans.append((more.end(), more.end() + len(rest)))
    return _Made(tuple(pieces), tuple(spans))


#: What may stand between the noun a relative clause is about and its source: ", which" / "that".
_RELATIVE_GAP = re.compile(r",?\s*(?:which|that)\s+")


#: The reporter's predicate that resumes after the relative clause: ", took effect in May."
_RESUMED_PREDICATE = re.compile(r"\s*,\s+(?=(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)?\b)")


def _embedded(text: str, sp: AttributionSpan, att: Attribution, base: Attribution, sent: Sentence) -> _Made | None:
    """A report inside a relative clause: "[The tax], which critics say [is unfair], took effect in May"
    gives "The tax is unfair" (critics') and "The tax took effect in May" (the reporter's); "..., [a move]
    that advocates say [will strand riders]" gives "The move will strand riders"."""
    if len(sp.content) != 2 or sp.source is None:
        return None
    (a0, b0), (a1, b1) = sp.content
    if not (b0 <= sp.source[0] < sp.cue[1] <= a1) or _RELATIVE_GAP.fullmatch(text, b0, sp.source[0]) is None:
        return None
    noun = _definite(text[a0:b0])
    vp = text[a1:b1].rstrip(" .")
    pieces = [_Piece(f"{_cap(noun)} {vp}", ((a0, b0), (a1, a1 + len(vp))), att)]
    spans = [(a0, b0), (a1, b1)]
    resumed = _RESUMED_PREDICATE.match(text, b1, sent.end)
    if resumed and not text[sent.start : a0].strip(" \"“"):  # the noun opens the sentence: the rest is its predicate
        rest = text[resumed.end() : sent.end].rstrip(" .")
        if rest and _VERB_NEXT.match(" " + rest):
            pieces.append(_Piece(f"{_cap(noun)} {rest}", ((a0, b0), (resumed.end(), resumed.end() + len(rest))), base))
            spans.append((resumed.end(), resumed.end() + len(rest)))
    return _Made(tuple(pieces), tuple(spans))


def _resumed_verb(text: str, first: Span, second: Span, att: Attribution) -> _Piece | None:
    """The second part of a report split by its cue when it is a bare verb phrase: it takes the first
    part's subject ("[Kim] watched the launch, the agency said, and [Kim] praised the crew")."""
    vp = text[second[0] : second[1]].rstrip(" .")
    m = re.match(r"(?:also\s+)?([a-z]{2,})\s", vp)
    if m is None or not (m.group(1).endswith("ed") or m.group(1) in _PAST):
        return None
    verb = _FINITE.search(text, first[0], first[1])
    subject = text[first[0] : verb.start()].strip() if verb else ""
    if not subject or not subject[0].isupper() or len(subject.split()) > 6 or "," in subject or subject.split()[0] in _NOT_A_SUBJECT:
        return None
    if subject.lower() in ("he", "she", "they", "it"):
        return None
    return _Piece(f"{subject} {vp}", ((first[0], first[0] + len(subject)), (second[0], second[0] + len(vp))), att)


#: What a source's aside says about the source: "[who] [runs the port authority]".
_ASIDE_CLAUSE = re.compile(r"(?P<who>who|which)\s+(?P<rest>.+)", re.S)


@attrs.frozen
class _Aside:
    """A parenthetical between a source and its cue; ``about`` is the claim it makes, if any."""

    about: str | None
    spans: tuple[Span, ...] = ()


def _source_aside(text: str, span: Span, own: list[tuple[AttributionSpan, Attribution]]) -> _Aside | None:
    """The parenthetical that ``span`` is, right after a source and before its cue; None if it is none.

    ", who runs the campaign's veterans effort," is the reporter's claim about the source
    ("Rucker Culpepper runs ..."); ", speaking to a veterans group," or ", who spoke on condition of
    anonymity," frames the report and makes no claim.
    """
    for sp, _ in own:
        if sp.aside is None or sp.source is None or not span[0] <= sp.aside[0] <= sp.aside[1] <= span[1]:
            continue
        if text[span[0] : sp.aside[0]].strip(" \t\n,0123456789—–-") or re.sub(
            r"\b(?:both|all|each|also|then|later|now|still|first)\b", "", text[sp.aside[1] : span[1]]
        ).strip(" \t\n,.!?—–-"):
            continue  # only commas, or an age ("Schiff, 56, who ..."), may stand around the aside
        m = _ASIDE_CLAUSE.fullmatch(text, *sp.aside)
        name = _source_name(text[sp.source[0] : sp.source[1]])
        if m is None or name is None or _SOURCING_REMARK.match(text, *sp.aside):
            return _Aside(None)
        return _Aside(f"{name} {m.group('rest')}", (sp.source, m.span("rest")))
    return None


def _preposed_single(sp: AttributionSpan) -> bool:
    """Whether ``sp`` is "SOURCE cue CONTENT" with one content span: the shape the rules below judge."""
    return sp.source is not None and len(sp.content) == 1 and sp.source[1] <= sp.cue[0] <= sp.content[0][0]


#: "to <verb>", maybe after a time phrase: "[agreed] in 2011 to a two-tier wage system".
_COMMITTED = re.compile(
    r"(?:(?:in|on|last|this|earlier|later)\s+(?:[\w’'-]+\s+){0,2}?)?(?:not\s+)?to\s+(?!" + _SPEECH_ACTS + r"\s)[\"“‘']?[a-z]"
)


def _commitment(text: str, sp: AttributionSpan) -> bool:
    """Whether ``sp`` is "X <cue> to <verb> ..." (vowed to, promised to, plans to): its content is no statement."""
    return (
        _preposed_single(sp)
        and _COMMITTED.match(text[sp.content[0][0] : sp.content[0][1]]) is not None
    )


#: Cues by which a source says the content is false ("denied that", "dismissed reports that").
_DENIAL_CUE = re.compile(
    r"(?:\w+\s+)?(?:den(?:y|ies|ied|ying)|disputed?|disputes|disputing|rejected|rejects?|rejecting|dismissed|dismiss(?:es|ing)?|"
    r"refuted?|refutes|rebutted|rebuts?|contradicted|doubts?|doubted|doubting|questioned|questions?)\b",
    re.IGNORECASE,
)


_THING_CUES = frozenset(
    "reported announced confirmed confirm confirms disclosed revealed published unveiled broke showed shows found "
    "added add adds acknowledged acknowledges acknowledge admitted admits admit".split()
)


#: A share of respondents as the "source": "Eight percent said they were undecided" is the poll's figure.
_SHARE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent)|(?:[A-Z]?[a-z]+(?:-[a-z]+)?\s+(?:percent|in\s+(?:\d+|ten|five|four|three)))|"
    r"(?:[Hh]alf|[Tt]wo-thirds|[Oo]ne-third|[Aa]\s+third|[Aa]\s+quarter|[Aa]\s+majority|[Mm]ost)(?:\s+of\s+[\w\s’'-]+)?)$"
)


def _survey_share(text: str, sp: AttributionSpan) -> bool:
    """Whether the source of ``sp`` is a share of respondents ("Eight percent said ..."): the sentence is a
    statistic the reporter gives, not a report of what a person said."""
    return (
        _preposed_single(sp)
        and _SHARE.fullmatch(text, sp.source[0], sp.source[1]) is not None
    )


def _reported_thing(text: str, sp: AttributionSpan) -> bool:
    """Whether ``sp`` reports a thing, not a statement ("The Journal first reported [the trip on Friday]"):
    the reporter's claim that the source reported it."""
    if not _preposed_single(sp):
        return False
    words = text[sp.cue[0] : sp.cue[1]].lower().split()
    content = text[sp.content[0][0] : sp.content[0][1]]
    return (
        bool(words)
        and words[-1] in _THING_CUES
        and content[:1] not in _QUOTE_OPEN
        and not re.match(r"that\s", content)  # "shows that ..." reports a statement
        and _verbless(_OBJECT_ASIDE.sub(r"\g<obj>", content))
    )


#: What may follow a reported thing after a comma ("added [the week], known as Golden Week because ...").
_OBJECT_ASIDE = re.compile(r"^(?P<obj>[^,]*),\s+(?:which|who|known|called|named|[a-z]{3,}ed|[a-z]{3,}ing)\b.*$", re.DOTALL)


#: A question put after "ask": "asked whether ...", "asks him about ...".
_QUESTION_PUT = re.compile(r"\s*(?:[\w’'.-]+\s+){0,3}?(?:about|whether|if|why|how|what|when|where|who)\b")


def _question_put(text: str, sp: AttributionSpan) -> bool:
    """Whether ``sp`` is "X asked (Y) whether/about ...": a question, which asserts nothing; the claim is
    the reporter's, that X asked it."""
    return (
        _preposed_single(sp)
        and text[sp.cue[0] : sp.cue[1]].lower().split()[-1] in ("ask", "asks", "asked")
        and _QUESTION_PUT.match(text, sp.cue[1], sp.content[0][1]) is not None
    )


def _denial(text: str, sp: AttributionSpan) -> bool:
    """Whether ``sp`` is "X denied (reports) that Y": the source says Y is false."""
    return (
        _preposed_single(sp)
        and _DENIAL_CUE.fullmatch(text, sp.cue[0], sp.cue[1]) is not None
    )
