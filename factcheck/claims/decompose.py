"""One sentence into claim pieces (:func:`_decompose`): the attribution frame cut off, the content split
into clauses (:mod:`factcheck.claims.clauses`), each piece with its spans and the attribution it takes."""

from __future__ import annotations

import re

import attrs

from factcheck.attribution import AttributionSpan
from factcheck.attribution.lexicon import _PHRASE_TAIL, _PREPOSITIONS, _WEEKDAYS
from factcheck.attribution.phrases import _DECLINED, _WENT_ON, _recipient_span
from factcheck.attribution.sentence import _cites_a_source
from factcheck.claims.clauses import _split_region
from factcheck.claims.kinds import _RESULT_PARTICIPLES
from factcheck.claims.subjects import _FRAME_RELATIVE, _GLUED, _WHOLE_QUOTE, _clause_subject, _relative_report
from factcheck.model import Attribution
from factcheck.reports import (
    _characterised, _commitment, _conditional, _context_before_quote, _denial, _embedded, _interrupted, _question_put,
    _reported_thing, _resumed_verb, _source_aside, _source_participle, _survey_share,
)
from factcheck.segment import Sentence
from factcheck.wording import (
    _FINITE, _OPENER, _PAST, _QUOTE_OPEN, _SOURCING_REMARK, _VERB_NEXT, _Piece, Span, _cap, _past, _source_name,
    _verbless,
)


def _decompose(
    text: str,
    sent: Sentence,
    own: list[tuple[AttributionSpan, Attribution]],
    inherited: Attribution | None,
    lead: Sentence | None,
    people: frozenset[str] = frozenset(),
) -> list[_Piece]:
    base = inherited or Attribution()
    if lead is not None:
        body = sent.text.rstrip(". ;,")
        pieces = ((lead.start, lead.end), (sent.start, sent.start + len(body)))
        return [_Piece(f"{lead.text.rstrip()} {body}", pieces, base)]
    # regions: attributed content spans, plus the unattributed remainder of the sentence
    regions: list[tuple[Span, Attribution, bool]] = []
    frame: list[Span] = []
    addressees: dict[Span, Span] = {}  # cue -> whom a post-posed addressed cue speaks to, and where
    made: list[_Piece] = []
    relative_ends: dict[int, Span] = {}  # end of a relative clause's report -> the noun it describes
    for sp, att in own:
        if (rec := _recipient_span(text, sp, sent.end)) is not None:
            addressees[sp.cue] = rec
        if len(sp.content) > 1 and _lead_fragment(text[sp.content[0][0] : sp.content[0][1]]):
            # "Back in Virginia, Mr. Clarke said, he decided ...": the opening phrase is no claim of its own
            sp = attrs.evolve(sp, content=sp.content[1:])
        if _commitment(text, sp) or _denial(text, sp) or _reported_thing(text, sp) or _survey_share(text, sp) \
                or _question_put(text, sp):  # fmt: skip
            # "X has vowed to cut taxes": a promise or plan, the reporter's claim about X; "X denied that
            # Y": Y is what X says is false, so the claim is the denial itself
            start = sp.source[0]  # type: ignore[index]
            if sp.antecedent is not None:  # a relative pronoun's source
                # "Smith, who has denied wrongdoing, is due in court": "Smith has denied wrongdoing"
                ant = sp.antecedent
                made.append(_Piece(f"{_cap(text[ant[0] : ant[1]])} {text[sp.cue[0] : sp.content[0][1]]}",
                                   (ant, (sp.cue[0], sp.content[0][1])), base))  # fmt: skip
                frame.append((start, sp.content[0][1]))
                relative_ends[sp.content[0][1]] = ant
                continue
            if (_GLUED.search(text, sent.start, start) or _opening_phrase(text[sent.start : start])) \
                    and all(o.cue[0] >= start for o, _ in own):  # fmt: skip
                # "... off the rolls if [they did not confirm their status]": one claim; so is 'In an appearance
                # on "Morning Joe," [the host asked him ...]'
                start = sent.start
            regions.append(((start, sp.content[0][1]), base, False))
            continue
        if _relative_report(text, sp, sent) and all(o.cue[0] >= sp.source[0] for o, _ in own):  # type: ignore[index]
            # "the kind of job that many economists say [is the future]": the report completes the reporter's
            # noun phrase, so the sentence stays one claim of the reporter's
            regions.append(((sent.start, sp.content[-1][1]), base, False))
            continue
        if sp.antecedent is not None and sp.content:
            relative_ends[sp.content[-1][1]] = sp.antecedent  # "The mayor, who said ..., [was re-elected]"
        frame.append(sp.cue)
        if sp.cue in addressees:
            frame.append(addressees[sp.cue])  # "he told [the hosts], ...": no claim
        if sp.content and sp.cue[1] < sp.content[0][0] and (not sp.source or sp.source[1] <= sp.cue[0]):
            frame.append((sp.cue[1], sp.content[0][0]))  # "told employees in a memo, which ..., [that] ..."
        if sp.source:
            frame.append(sp.source)
            if (title := _source_title(text, sp.source) or _source_described(text, sp.source)) is not None:
                made.append(title)  # "Marco Floris, president of Albergatori del Golfo, said" -> "Marco Floris is
                # president of Albergatori del Golfo", the reporter's claim; and "The study, published in the journal
                # ... on May 6, estimates" -> "The study was published in the journal ... on May 6"
        frame.extend(sp.chain)
        if _context_before_quote(text, sp):
            frame.append(sp.content[0])  # "When asked whom she backed, Ms. Roe said, '...'": the scene, no claim
            sp = attrs.evolve(sp, content=sp.content[1:])
        if (joined := _interrupted(text, sp, att) or _conditional(text, sp, att)) is not None:
            made.append(joined)  # "The museum, Mr. Obama said, would make visitors face ..."
            frame.extend(sp.content)
            continue
        if (called := _characterised(text, sp, att, base, sent)) is not None:
            made.extend(called.pieces)  # 'X called the ruling "a victory"' -> 'The ruling is "a victory"' (X's)
            frame.extend(called.spans)
            continue
        if (inner := _embedded(text, sp, att, base, sent)) is not None:
            made.extend(inner.pieces)  # "The tax, which critics say is unfair, took effect" -> two claims
            frame.extend(inner.spans)
            continue
        for k, c in enumerate(sp.content):
            if k and (shared := _resumed_verb(text, sp.content[0], c, att)) is not None:
                made.append(shared)  # "Kim watched the launch, the agency said, and praised the crew"
                frame.append(c)
                continue
            if c[1] > c[0]:
                regions.append((c, att, text[c[0]] in _QUOTE_OPEN))
    regions.sort(key=lambda r: r[0])
    # drop nested regions
    kept: list[tuple[Span, Attribution, bool]] = []
    for r in regions:
        if kept and r[0][0] < kept[-1][0][1]:
            continue
        kept.append(r)
    rest: list[tuple[Span, Attribution, bool]] = []
    # an opening or closing phrase around the frame is no claim: "In a June report, [the agency] said ...",
    # "... the agency [said] in a June report"
    sources = {sp.source[0] for sp, _ in own if sp.source}
    after_cue = {sp.cue[1] for sp, _ in own} | {rec[1] for rec in addressees.values()}
    cue_ends = after_cue | {sp.source[1] for sp, _ in own if sp.source}
    pos = sent.start
    blocked = sorted([r[0] for r in kept] + frame)
    for a, b in blocked:
        if a > pos:
            shared = _shared_subject(text, (pos, a), own)
            rest.append(((pos if shared is None else shared, a), base, False))
        pos = max(pos, b)
    if pos < sent.end:
        # a sentence of quotation that inherits its speaker is a quote ('... she said. "Every day ..."')
        whole = not own and base.is_attributed and _WHOLE_QUOTE.fullmatch(text, pos, sent.end) is not None
        rest.append(((pos, sent.end), base, whole))
    for k, r in enumerate(rest):
        if r[0][0] in after_cue and (did := _source_participle(text, r[0], own, base, addressees)) is not None:
            made.append(did)  # "..., the company said, blaming fuel prices" -> "The company blamed fuel prices"
            rest[k] = ((max(r[0][0], did.spans[-1][1]), r[0][1]), r[1], r[2])  # "told a crowd, describing ..."
        elif (declined := _source_declined(text, r[0], own, base)) is not None:
            made.append(declined)  # "..., but did not give details" -> "The White House did not give details"
            rest[k] = ((r[0][1], r[0][1]), r[1], r[2])
        elif (glossed := _content_participle(text, r[0], kept, base)) is not None:
            made.append(glossed)  # "The bank said profit rose 12%, beating estimates" -> "Profit beat estimates"
            rest[k] = ((r[0][1], r[0][1]), r[1], r[2])
    framed = [((_after_frame_phrase(text, r[0]) if r[0][0] in cue_ends else r[0][0], r[0][1]), r[1], r[2])
              for r in rest]  # fmt: skip
    # what a source cited, past the frame's phrase, is still right after the cue: "said [on Tuesday], citing
    # laboratory results ..." (what it went on to do or an appositive there stays: "said on Tuesday, blaming ...")
    after_cue |= {f[0][0] for f, r in zip(framed, rest)
                  if r[0][0] in after_cue and text.startswith("citing ", f[0][0])}  # fmt: skip
    rest = framed
    rest = [r for r in rest if re.search(r"[A-Za-z]{3,}.*\s\S", text[r[0][0] : r[0][1]]) and
            not re.fullmatch(r"[\s,.;:\-\u2014\"“”'’]*(?:\w+\s*){0,3}[\s,.;:\-\u2014\"“”'’]*", text[r[0][0] : r[0][1]])
            and not (own and _SOURCING_REMARK.match(text[r[0][0] : r[0][1]]))
            and not ((r[0][1] in sources or r[0][0] in cue_ends) and _lead_fragment(text[r[0][0] : r[0][1]]))
            and not (r[0][1] in sources and _TIME_CLAUSE.match(text, r[0][0], r[0][1])
                     and len(text[r[0][0] : r[0][1]].split()) <= 10)  # fmt: skip
            and not (r[0][0] in after_cue and _verbless(text[r[0][0] : r[0][1]]))
            # "..., he said, sounding weary and bewildered by ...": how the source spoke, with no subject
            and not (r[0][0] in after_cue and _MANNER.match(text, r[0][0], r[0][1]))
            and not (own and _FRAME_RELATIVE.match(text, r[0][0] - 2, r[0][1]))]
    out: list[_Piece] = []
    for span, att, quote in sorted(kept + rest, key=lambda r: r[0]):
        aside = _source_aside(text, span, own)
        if aside is None and own and span[0] in cue_ends | set(sources) and _RELATIVE_OPEN.match(text, *span):
            continue  # '..." she said about Sanders[, who has been campaigning]': a relative clause, no subject
        if aside is None:
            pieces = _split_region(text, span, att, quote, people)
            ant = next((a for e, a in relative_ends.items() if e <= span[0] and not text[e : span[0]].strip(" ,")), None)
            if ant is not None and pieces and _VERB_NEXT.match(" " + text[span[0] : span[1]].lstrip(" ,")) \
                    and not re.search(r"[\"“”]|''", text[span[0] : span[1]]) and _opens_clause(text, sent.start, ant[0]):  # fmt: skip
                # "Smith, who has denied wrongdoing, [is due in court]": the predicate of the noun before "who"
                first = pieces[0]
                pieces[0] = attrs.evolve(
                    first, text=f"{_cap(text[ant[0] : ant[1]])} {first.text[:1].lower()}{first.text[1:]}", spans=(ant, *first.spans)
                )
            out.extend(pieces)
        elif aside.about is not None:  # ", who runs the port authority," -> "Ana Diaz runs the port authority"
            out.append(_Piece(aside.about, aside.spans, base))
    if made or relative_ends:  # in text order; a restored subject ("Smith [is due]") does not move a claim first
        out = sorted([*out, *made], key=lambda p: (min(x for x, _ in p.spans), p.spans[-1][0]))
    return out


#: A named source and the title after it: "Marco Floris, president of the hoteliers' association", "Ana Diaz, the
#: mayor of Lagos".
_TITLED_SOURCE = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+"
    r"(?P<title>(?:the\s+|a\s+|an\s+)?[a-z][\w’'-]*(?:\s+[^,;:()\"“”\s]+){1,14}?)\s*"
)
#: Words that make a source's aside something other than its title: a verb or a relative clause.
_NO_TITLE = re.compile(r"\b(?:who|which|whose|that|is|are|was|were|has|have|had|said|says|told|citing|according)\b")
#: A conjunction opening the sentence before a source's name: "[But] Megan Hester, senior associate ..., said".
_JOINING_WORD = re.compile(r"(?:But|And|So|Yet|As|When|While|If|Although|Though|Because|Since|After|Before)\s+")


def _source_title(text: str, source: Span) -> _Piece | None:
    """The reporter's claim of a named source's title ("Marco Floris is president of ..."), or None."""
    m = _TITLED_SOURCE.fullmatch(text, *source)
    if m is None or _NO_TITLE.search(m.group("title")) or m.group("name").split()[0] in _OPENER:
        return None
    at = m.start("name") + (j.end() if (j := _JOINING_WORD.match(m.group("name"))) else 0)
    name = text[at : m.end("name")]
    if not name:
        return None
    return _Piece(f"{name} is {m.group('title')}", ((at, m.end("name")), m.span("title")), Attribution())


#: A document as a source, then what was done with it: "The study, published in the journal Andean Earth Science on
#: May 6", "The report, released on Tuesday by the ministry".
_DESCRIBED_SOURCE = re.compile(
    r"(?P<doc>(?:The|A|An|Its|Their|This)\s+(?:[\w’'-]+\s+){0,3}?(?:study|report|survey|paper|review|analysis|audit"
    r"|assessment|census|inventory|bulletin|book|ruling|judgment|judgement|plan|document)),\s+"
    r"(?P<did>(?:first\s+)?(?:published|released|issued|presented|carried\s+out|conducted|commissioned|funded"
    r"|prepared|compiled|written|led|delivered|handed\s+down|submitted|made\s+public)\s+[^,;]{3,120}?)\s*"
)


def _source_described(text: str, source: Span) -> _Piece | None:
    """The reporter's claim of what was done with a document that is the source ("The study was published in the
    journal ... on May 6"), or None."""
    m = _DESCRIBED_SOURCE.fullmatch(text, *source)
    if m is None:
        return None
    return _Piece(f"{m.group('doc')} was {m.group('did')}", (m.span("doc"), m.span("did")), Attribution())


#: A participle phrase with no finite verb: "[, sounding weary and bewildered by the furor]" (not "Replacing
#: him would be ...", whose gerund is a subject).
_MANNER = re.compile(
    r"[\s,]*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\s(?![^\"“”]*\b(?:is|are|was|were|would|will|could|can|may|might|has|have|had)\b)"
)


_RELATIVE_OPEN = re.compile(r"[\s,]*(?:who|which|whose)\s")


_LEAD_PHRASE = re.compile(
    r"\s*(?:(?:And|But|Back|Even|Still|Also|Too)\s+)?(?:" + "|".join(sorted(_PREPOSITIONS))
    + r"|Earlier|Later|Last|This|Often|Too|then|now|[a-z]{2,}ing)\b",  # "Walking to the next address, [Ebeling said]"
    re.IGNORECASE,
)


#: An opening time clause before the source: "[Minutes after the voting began,] the chairman announced ...".
_TIME_CLAUSE = re.compile(
    r"\s*(?:(?:Minutes|Hours|Days|Weeks|Months|Years|Moments|Shortly|Soon|Just|Long)\s+)?(?:after|before|when|as|once|until)\s",
    re.IGNORECASE,
)


_PRONOUNS = frozenset("he she they it we i you who which".split())


#: What a source did not do, or went on to do, after its report: "[, but] did not give details", "[but] declined
#: to say ...", "[and] urged residents to ...".
_SOURCE_DID = re.compile(
    r"[\s,]*(?:but\s+(" + _DECLINED + r".*)|(?:and|but)\s+(?:also\s+|then\s+)?(" + _WENT_ON + r".*)|citing\s+(.+))",
    re.DOTALL,
)


#: Where or when a closing cue was spoken: " at a briefing", " on Tuesday".
_WHERE_SAID = re.compile(r"^\s+(?:at|on|in|during)\s+(?:a|an|the)?\s*[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=\s*,|\s*$)")
#: What a report cites, set off between its content and what its source went on to do.
_CITING_ASIDE = re.compile(r"citing\s[^,;:]{2,80}")


def _source_declined(
    text: str, span: Span, own: list[tuple[AttributionSpan, Attribution]], base: Attribution
) -> _Piece | None:
    """The reporter's claim that the source did not do something, did something more or cited a reason, right
    after its report:
    "The White House said Biden would travel, but did not give details" -> "The White House did not give details";
    "The mayor said the budget was balanced and urged residents to save water" -> "The mayor urged residents to
    save water"."""
    where = _WHERE_SAID.match(text[span[0] : span[1]])  # '"...," X said [at a briefing], citing ...'
    m = _SOURCE_DID.match(text, span[0] + (where.end() if where else 0), span[1])
    if m is None:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    if group == 3 and _cites_a_source(m.group(3).split(",")[0]):
        return None  # "..., citing port officials": whom the report cites is its chain, no claim
    for sp, attribution in own:
        according = text[sp.cue[0] : sp.cue[1]].lower().startswith("according")
        if sp.source is None or not sp.content or (sp.source[1] > sp.cue[0] and not (according and group == 3)):
            continue  # a pre-posed source only: "X said ..., but did not" (or what a closing "according to X" cited)
        gap = text[sp.content[-1][1] : span[0]].strip(" ,")
        if sp.content[-1][1] <= sp.source[0]:  # '"...," X said [at a briefing], citing ...': after the cue
            gap = _WHERE_SAID.sub("", text[max(sp.cue[1], sp.source[1]) : span[0]]).strip(" ,")
        if (gap and not _CITING_ASIDE.fullmatch(gap)) \
                or not re.match(r"[A-Z]|the\b|an?\b|(?:[a-z]+\s+){1,3}[A-Z]", text[sp.source[0] :]):  # fmt: skip
            continue  # (but on past whom or what it cited: "said ..., citing its own survey, and urged ...")
        written = text[sp.source[0] : sp.source[1]]
        if written.lower() in ("who", "which") or written.split()[0].lower() in _PREPOSITIONS:
            continue  # not "In a statement cited her work"
        if written.lower() in _PRONOUNS and attribution.canonical and attribution.canonical.lower() not in _PRONOUNS:
            written = attribution.canonical  # "She called it shameful and called on lawmakers ...", "she" resolved
        elif written.lower() not in _PRONOUNS:
            written = _source_name(written) or written  # "Brian Sandoval, a Republican," as "Brian Sandoval"
        body = re.sub(r",\s+(?:but|and)\s+that\s*$", "", m.group(group).rstrip(" ."))  # ("..., but that [...]")
        verb = "cited " if group == 3 else ""  # "..., citing the scale of the attack" -> "X cited the scale ..."
        return _Piece(f"{_cap(written)} {verb}{body}", (sp.source, (m.start(group), m.start(group) + len(body))), base)
    return None


#: A participle opening the words after a report: ", [beating] analysts' estimates".
_GLOSS_PARTICIPLE = re.compile(r"[\s,]*((?:[a-z]+ly\s+)?([a-z]{3,}ing))\s+(?=\S)")
#: Participles that compare the reported figure with another, so the content's subject is theirs ("profit rose
#: 12 percent, beating estimates"); others often describe the nearest noun ("crimes, ranging from arson ...").
_GLOSS_VERBS = frozenset(
    "beating surpassing exceeding topping missing outpacing trailing lagging matching reversing extending "
    "snapping defying undercutting eclipsing".split()
)


#: Participles of what a reported act brings about, the reporter's gloss on it ("..., cutting 230 jobs").
_CONSEQUENCES = _RESULT_PARTICIPLES | frozenset(
    "cutting killing injuring displacing costing ending stranding eliminating shedding axing affecting putting "
    "wiping bringing pushing lifting reducing".split()
)


def _content_participle(
    text: str, span: Span, kept: list[tuple[Span, Attribution, bool]], base: Attribution
) -> _Piece | None:
    """The reporter's claim in a participle right after a report's content, whose subject is the content's:
    "The bank said profit rose 12 percent, [beating analysts' estimates]" -> "Profit beat analysts' estimates"."""
    m = _GLOSS_PARTICIPLE.match(text, span[0], span[1])
    result = m is not None and m.group(2) in _CONSEQUENCES
    if m is None or not (m.group(2) in _GLOSS_VERBS or result) or _FINITE.search(" " + text[m.end() : span[1]]):
        return None
    before = next((r for r in kept if r[0][1] <= span[0] and not text[r[0][1] : span[0]].strip(" ,")), None)
    if before is None or before[2]:
        return None  # not right after a report's content, or after a quotation
    if result:  # "... said it would close the plant, [cutting 230 jobs]" -> "This would cut 230 jobs"
        from lemminflect import getLemma

        modal = re.search(r"\b(will|would|could|may|might)\b", text[before[0][0] : before[0][1]])
        body = text[m.end(1) : span[1]].rstrip(" .,;")
        verb = f"{modal.group(1)} {getLemma(m.group(2), upos='VERB')[0]}" if modal else _past(m.group(2))
        return _Piece(f"This {verb}{body}", ((m.start(1), m.start(1) + len(m.group(1)) + len(body)),), base)
    subject = _clause_subject(_cap(text[before[0][0] : before[0][1]]))
    if subject is None or subject.lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    ing = re.search(r"[a-z]{3,}ing$", m.group(1))
    adverb = m.group(1)[: ing.start()] if ing else ""
    body = text[m.end(1) : span[1]].rstrip(" .,;")
    return _Piece(f"{subject} {adverb}{_past(m.group(2))}{body}", ((m.start(1), m.start(1) + len(m.group(1)) + len(body)),), base)


def _opens_clause(text: str, start: int, at: int) -> bool:
    """Whether the noun phrase at ``at`` is its sentence's subject: nothing before it but an opening phrase
    ("Smith, who ...", "In May, the mayor, who ..."; not "candidates like Mr. Carson, who ...")."""
    before = text[start:at]
    return (
        not before.strip(" \t\n(\"“")
        or (_opening_phrase(before) and not _FINITE.search(" " + before))
        or _DISCOURSE_OPEN.fullmatch(before) is not None  # "Still, Petrilli, who thinks ..., called"
        or re.search(r"\b(?:that|because|if|when|while|but|and|so)\s+$", before) is not None  # "show that Cruz, who ..."
    )


#: A sentence adverb and its comma opening a sentence ("Still, ", "However, ").
_DISCOURSE_OPEN = re.compile(r"\s*[\"“(]?(?:Still|However|Meanwhile|Indeed|Instead|Yet|But|And|So|Now|Separately|Earlier|Later),?\s+")


def _opening_phrase(region: str) -> bool:
    """Whether ``region`` is a phrase opening the sentence before its subject, closed by a comma
    ('In an extended appearance on "Morning Joe,"'): a preposition first, no auxiliary or cue verb."""
    return (
        _LEAD_PHRASE.match(region) is not None
        and re.search(r",\s*(?:[\"”’]|'')?\s*$", region) is not None
        and len(region.split()) <= 12
        and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|say)\b", region)
    )


_CARRYING = re.compile(r"\s+(?:carried|published|released|issued|posted|broadcast|aired|quoted)\s+(?:by|on|in)\s+")


def _lead_fragment(region: str) -> bool:
    """Whether ``region`` is only an opening phrase ("In a June report,", "At a campaign stop this week"):
    at most six words (ten from a preposition: "During a May interview on CNBC's Squawk Box"), and no verb."""
    region = _CARRYING.sub(" by ", region)  # "In a statement carried by KCNA,": the outlet, no verb of the story
    words = re.findall(r"[A-Za-z’'-]+", region)
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]
    return (
        0 < len(words) <= (10 if words[0].lower() in _PREPOSITIONS or words[0].endswith("ing") else 6)
        and _LEAD_PHRASE.match(region) is not None
        and not _FINITE.search(" " + region)
        and not any(w.lower() in _PAST for w in words)
    )


def _after_frame_phrase(text: str, span: Span) -> int:
    """Start of ``span`` past a phrase that ends the frame ("the agency said [in a June report], and ...",
    "said [Monday, a day after] the drills ended")."""
    m = _PHRASE_TAIL.match(text[span[0] : span[1]]) or _WHEN_TAIL.match(text[span[0] : span[1]])
    if m is not None:
        comma = re.match(r"\s*,\s*", text[span[0] + m.end() : span[1]])
        if comma:
            start = span[0] + m.end() + comma.end()
            relation = _TIME_RELATION.match(text, start, span[1])  # "a day after [the drills ended]"
            return relation.end() if relation else start
    return span[0]


#: A bare time after a cue ("said [Monday]," / "said [on Monday],"), and a relation in time that opens the
#: reporter's clause after it ("[a day after] the United States and South Korea wrapped up drills").
_WHEN_TAIL = re.compile(r"\s*(?:on\s+)?(?:" + _WEEKDAYS + r"|today|yesterday|tonight)\b")
_TIME_RELATION = re.compile(
    r"(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|several|hours?|days?)\s+(?:\w+\s+)?(?:after|before)\s+"
    r"(?=(?:the|a|an|his|her|its|their|[A-Z])\S*\s+\S+\s+\S+)"
)


_COORDINATED = re.compile(
    r"[a-z]{3,}.*[\s,](?:and|but)(?:\s+(?:on|last|this|late|early)\s+(?:" + _WEEKDAYS + r"|week|month|year|night))?\s*$", re.S
)


def _shared_subject(text: str, gap: Span, own: list[tuple[AttributionSpan, Attribution]]) -> int | None:
    """Start of a source that is also the subject of the words in ``gap``, else None.

    In "Ana Diaz, the mayor, opened the bridge and said ..." the gap between
    the source and its own cue is a predicate coordinated with the cue: the
    reporter's claim about it needs the source back as its subject.
    """
    for sp, _ in own:
        if not sp.source or sp.source[1] != gap[0] or sp.cue[0] != gap[1]:
            continue
        words = text[gap[0] : gap[1]]
        if sp.aside is not None or text[sp.source[0] : sp.source[1]].split()[0] in _OPENER:
            continue  # ", who runs ...," is an aside about the source, handled by _source_aside
        if _COORDINATED.search(words) or (re.match(r"\s+[a-z]", words) and _PREDICATE_COMMA.search(words)):
            return sp.source[0]  # "..., the mayor, opened the bridge and said"; "X chimed in on Twitter, saying"
        if _VERB_NEXT.match(words) and len(words.split()) >= 2 and text[sp.cue[0] : sp.cue[1]].endswith("ing"):
            return sp.source[0]  # "Trump unleashed a series of tweets saying ..."
    return None


_PREDICATE_COMMA = re.compile(r"[a-z]{3,}.*,\s*$", re.S)
