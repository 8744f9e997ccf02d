"""Attributions in one sentence (:func:`_find_in_sentence`): every cue with its source and content,
sources inside relative clauses ("the council, which said"), citing chains, and the subject a cue without a
source of its own falls back on."""

from __future__ import annotations

import re

import attrs

from factcheck.attribution.lexicon import (
    _ADDED_AMOUNT, _ADDING, _ADDRESSED, _AGREE, _ASIDE_THEN_VERB, _CARRIED_BY, _CITING_THAT, _CLOSING_APPOSITIVE,
    _CONTENT_GOES_ON, _DASH_ASIDE, _DIRECTED, _DIRECTIVE, _FIND_IT, _LEAD_PREPOSITION, _MAIN_VERB_AFTER, _MAX_CUES,
    _NAME_TAG, _OBJECT_VERBS, _PARTICIPLES, _QUOTE_AFTER_COMMA, _RESUMED, _RESUMED_CLAUSE, _RESUMED_VERB,
    _SOURCE_APPOSITIVE, _SOURCE_NOUNS, _SOURCE_PLACE, _TIME_BEFORE, _TIME_TAIL, _TIME_THAT, _TIME_THEN_COMMA,
    _TIME_WORDS, _TITLED_TAIL, _TO_SAY, _WEEKDAYS, _WITH_THAT, _phrase_tail,
)
from factcheck.attribution.phrases import (
    _ADDRESSEE, _ANONYMITY_AFTER, _COORDINATED_CUE, _PAST_CUE, _SPEECH_CUE, _content_after, _head_cue, _in_quote,
    _left_np, _np_ok, _recipient_skip, _right_np, _strip_span, _tokens,
)
from factcheck.attribution.records import AttributionSpan, Span
from factcheck.model import SourceKind
from factcheck.resolve import classify_source
from factcheck.segment import Sentence
from factcheck.wording import _PAST_FORMS


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
    r"(?P<aside>(?:who|which|whose)\s+(?:[^,;]|(?<=\d),(?=\d{3})){2,100}?|(?:speaking|writing)\s+[^,;]{2,160}?))\s*,$"
)
#: "X, citing ''the unique magic of Trump,'' said ...": a quoted phrase cited between source and cue.
#: The quoted phrase is a reason given, not a source cited: no chain.
_CITED_QUOTE = re.compile(r",\s*(?:citing|quoting)\s+(?P<reason>''[^'\n]{2,80}?,''|“[^”\n]{2,80}?,”|\"[^\"\n]{2,80}?,\")$")
#: A speaker after the content of another cue, who reports it: "Tests suggest X[, the institute said]".
_SAID_AFTER = re.compile(
    r",\s*(?P<src>(?:the|its|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"|(?:[a-z][\w-]*\s+)?[a-z]+s)"
    r"\s+(?P<cue>said|says|added|reported|told\s+[a-z]+)\s*$"
)
#: A subordinate clause after "according to X": the reporter's ("..., according to X, as temperatures rose").
_SUBORDINATE = re.compile(r"\s*,\s*(?:as|while|when|after|before|because|since|amid|despite)\b")
#: What was going on as a post-posed speaker spoke: '"...," said union president Malia Kealoha-Reyes [as pickets
#: gathered on Kalakaua Avenue].'
_WHILE_SPEAKING = re.compile(r"\s+(?:as|while|when|after|before)\s+(?!well\b)(?:[a-z]+\s+){0,2}[a-z]+")
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
    # "has admitted 23 dengue patients", "was admitted to hospital": taken in, nothing conceded
    **dict.fromkeys(
        ("admit", "admits", "admitted", "admitting"),
        re.compile(r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?:\d|(?:one|two|three|four|five"
                   r"|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|(?:[a-z]+\s+)?(?:patients|people|children"
                   r"|pupils|students|refugees|migrants|members)\b|to\s+(?:the\s+|a\s+)?(?:hospital|intensive))"),
    ),
}


#: A result or change a body reports, never a post-posed source: "reported [a net profit of 612 million baht]".
_RESULT_OBJECT = re.compile(
    r"(?:an?|its|the|their)\s+(?:[a-z][\w%-]*\s+){0,3}?(?:profits?|loss(?:es)?|revenues?|sales|rise|fall|increase"
    r"|decrease|drop|jump|decline|surplus|deficit|gain|turnover|income|earnings)\b"
)
#: A cue with its auxiliary, which a post-posed source never follows ("..., has found ...", "..., had said ...").
_AUXILIARY_CUE = re.compile(r"(?:has|have|had|will|would|is|was|were|are)\s", re.IGNORECASE)
#: A subordinate clause after a comma: ", even as they claimed record attendance", ", as prices doubled".
_THEN_SUBORDINATE = re.compile(r",\s+(?:even\s+)?(?:as|while|after|when|because|though|although|despite|since)\b")


def _cut_tail(text: str, src: Span, *tails: re.Pattern[str]) -> Span:
    """``src`` without the first of ``tails`` that ends it (an adverb, a "released on Monday"), if any is left."""
    for pattern in tails:
        m = pattern.search(text, src[0], src[1])
        if m and m.start() > src[0]:
            return src[0], m.start()
    return src


#: A named speaker with a description, between a closing quotation and the cue: '"...," Zhou Minghui, an
#: epidemiologist at ..., told'.
_QUOTED_SPEAKER = re.compile(
    r"[,.!?][\"”’]\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}\s*,\s*[^\"“”,;]{2,120}?)\s*,\s*$"
)


def _cites_a_source(phrase: str) -> bool:
    """Whether what follows "citing" is a source ("a military official", "radar data", "Yonhap") rather
    than a reason ("citing security concerns", "citing intelligence sharing with Washington")."""
    owned = re.match(r"(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+['’]s\s+(?P<head>.+)", phrase)
    if owned:  # "Trump's blue-collar appeal" is a reason; "Trump's campaign", "the mayor's spokesman" a source
        head = owned.group("head")
        return classify_source(head)[0] is not SourceKind.PERSON or head.split()[0].lower() in _SOURCE_NOUNS
    words = re.findall(r"[a-z]+", phrase.lower())
    # the head before what qualifies it: "[members] of the society", "a [nurse] at a rural clinic"
    head = re.findall(r"[a-z]+", re.split(r"\s(?:of|at|from|in|with|on)\s", phrase.lower(), maxsplit=1)[0])[-1:]
    return (
        phrase[:1].isupper()
        or classify_source(phrase)[0] is not SourceKind.PERSON
        or bool(words and (words[-1] in _ROLE_NOUNS or words[-1] in _SOURCE_NOUNS))  # "the provincial health director"
        or any(h in _SOURCE_NOUNS or h in _ROLE_NOUNS or h.removesuffix("s") in _ROLE_NOUNS for h in head)
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
_CONFIRM = frozenset("confirm confirms confirmed disclose discloses disclosed reveal reveals revealed".split())
_OPEN_QUESTION = re.compile(r"\s*(?:what|whether|if|how|when|where|why|who|which)\b", re.IGNORECASE)


@attrs.frozen
class _Speaker:
    """Who a reporting verb's sentence credits: ``left`` (before the cue) or ``right`` (after it), with a source it
    cites before the cue, an aside about the speaker, whether the cue continues the previous one ("said X and
    said Y") and whether the speaker is the subject of an earlier verb ("X did Y and says ...")."""

    left: Span | None
    right: Span | None
    pre_chain: tuple[Span, ...]
    aside: Span | None
    coordinated: bool
    joined: bool


class _Scan:
    """One sentence read for attributions, cue by cue: what has been found (``out``) and the spans taken so far
    (``taken``), so that no word is read twice. Each cue family has its method; the cue-less patterns
    (characterisations, reports inside a relative clause, group and document verbs, claim nouns) run after."""

    def __init__(self, text: str, sent: Sentence, index: int, cue_re: re.Pattern[str], strong: frozenset[str]) -> None:
        self.text, self.index, self.cue_re, self.strong = text, index, cue_re, strong
        self.s0, self.s1 = sent.start, sent.end
        self.body = text[self.s0 : self.s1]
        self.out: list[AttributionSpan] = []
        self.taken: list[Span] = []

    def free(self, span: Span) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in self.taken)

    def run(self) -> list[AttributionSpan]:
        text, s0, body = self.text, self.s0, self.body
        for n_cue, m in enumerate(self.cue_re.finditer(body)):
            if n_cue >= _MAX_CUES:
                break  # keeps pathological input linear; real sentences have a handful
            cue = (s0 + m.start(), s0 + m.end())
            if not self.free(cue) or _in_quote(body, m.start()):
                continue
            before = body[: m.start()]
            after_pos = s0 + m.end()
            if m.group("acc"):
                self._according_to(m, cue, before, after_pos)
            elif m.group("qas"):
                self._quoted_as_saying(m, cue)
            elif m.group("cite"):
                self._citing(cue, after_pos)
            else:
                self._reporting_verb(m, cue, before, after_pos)
        self._characterisations()
        self._embedded_reports()
        self._group_and_document_verbs()
        self._claim_nouns()
        self.out.sort(key=lambda sp: sp.cue)
        return [_relative_source(text, s0, sp) for sp in self.out]

    def _according_to(self, m: re.Match[str], cue: Span, before: str, after_pos: int) -> None:
        """A source after "according to": "According to X, CONTENT" and "CONTENT, according to X[, more]"."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
        src = _right_np(text, after_pos, s1) or _loose_np(text, after_pos, s1)
        if src is None:
            return
        cut = _cut_tail(text, src, _DANGLING_PARTICIPLE)  # "a government report [released] on Wednesday"
        dangling, src = cut != src, cut
        acr = re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)", text[src[1] : s1])
        if acr:
            src = (src[0], src[1] + acr.end())
        if where := _PLACE_AFTER_SOURCE.match(text, src[1], s1):
            src = (src[0], where.end())  # "according to engineers [at the site]."
        tail = text[src[1] : s1]
        # (a body's officer is no name: "according to Lyngstad's [mayor], Kari Nesheim")
        named = re.search(r"\b[A-Z]", text[src[0] : src[1]]) is not None and not _OFFICER_OF.fullmatch(text, *src)
        if known := _KNOWN_AS.match(tail):
            src = (src[0], src[1] + known.end())  # "according to the agency[, known as BNPB]": its name
            tail = text[src[1] : s1]
        appositive = _CLOSING_APPOSITIVE.match(tail) if before.strip(" \t\n\"“(") else None  # "X, according to Y, Z."
        if appositive and named == (appositive.group("name") is None) and not _FINITE_VERB.search(appositive.group(1)) \
                and not _A_RECORD.search(appositive.group(1)):  # fmt: skip
            # "according to John Weaver, a Republican strategist." / "according to the plaintiffs' expert,
            # Professor Lena Ortiz." (not "according to public filings, a huge sum for a firm ...")
            end = src[1] + appositive.end(1)
            # the sentence's full stop, not an abbreviation's ("Dr. Rolando Sy." ends at "Sy"; "... Jr." keeps it)
            end -= re.search(r"[a-z](?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bCorp)(?<!\bBros)\.$",
                             text[src[0] : end]) is not None  # fmt: skip
            src = (src[0], end)
            tail = text[src[1] : s1]
        lead = before.strip()
        chain: tuple[Span, ...] = ()
        aside: Span | None = None
        if not lead or lead.endswith(("\u2014", "-")) or re.fullmatch(r"[\"“(]?", lead):
            # According to X, CONTENT  /  According to X, which cited Y, CONTENT
            if where := _PLACE_AFTER_SOURCE.match(text, src[1], s1) or _PLACE_BEFORE_COMMA.match(text, src[1], s1):
                src = (src[0], where.end())  # "According to officials [at the site], ..."
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
            if _DOCUMENT_HEAD.search(text, src[0], src[1]) and (to := _FILED_WITH.match(tail)) is not None:
                # "the company's disclosure [to the ... Exchange]"
                src = (src[0], src[1] + len(to.group("to").rstrip(".")))
                tail = text[src[1] : s1]
            posted = _POSTED.match(tail)
            relative = re.match(r"\s*,?\s*(?:who|which)\s+[^\"“”]+?(?=[.!?]?\s*$)", tail)
            cites = re.match(r"\s*,\s*citing\s+([^,;:\"“”]{2,80}?)\s*[.!?]?\s*$", tail)
            if cites and _cites_a_source(cites.group(1)):
                # "..., according to the Eastern Hills Press Service, citing members of the society": whom it cites
                chain = (_strip_span(text, src[1] + cites.start(1), src[1] + cites.end(1)),)
            elif cites:
                pass  # "..., citing wind gusts of up to 60 km/h": the source's reason, no report of its own
            elif relative and not _WHICH_SAID.match(tail):
                # "..., according to a senior official [who spoke on the condition of anonymity]": about the source
                aside = _strip_span(text, src[1], src[1] + relative.end(), " \t\n,")
            elif posted and _TIME_TAIL.match(tail[posted.end("verb") :]):
                pass  # "a report [released on Wednesday]": when it came out is no part of the source
            elif posted:  # "according to a flyer [posted on its website]": all of it is the source
                src = (src[0], src[1] + posted.end())
            elif _PHRASE_AFTER.fullmatch(tail) and not _FINITE_VERB.search(tail):
                # ", in a pay dispute with Pacific Ground Services": where the content belongs, no clause of its own
                aside = _strip_span(text, src[1], s1, " \t\n,.;")
            elif tail.strip(" ,.") and not _TIME_TAIL.match(tail) and not dangling and not _SUBORDINATE.match(tail) \
                    and not _WHICH_SAID.match(tail):  # ", which said ...": a report of its own  # fmt: skip
                more = _content_after(text, src[1], s1)
                if more and content:
                    out.append(AttributionSpan(cue, src, (content, more), (), index, False))
                    taken.extend([cue, src, content, more])
                    return
        spans = (content,) if content else ()
        out.append(AttributionSpan(cue, src, spans, chain, index, pre, aside=aside))
        taken.extend([cue, src, *spans, *chain, *([aside] if aside else [])])

    def _quoted_as_saying(self, m: re.Match[str], cue: Span) -> None:
        """A chain from "quoted ... as saying": "Yonhap quoted an official as saying" (Yonhap <- official)."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
        src = _left_np(text, s0, cue[0])
        qm = re.match(r"\s+(.{2,100}?)\s+as\s+saying\b", text[cue[1] : s1])
        if src is None or qm is None:
            return
        cited = _strip_span(text, cue[1] + qm.start(1), cue[1] + qm.end(1))
        pos = cue[1] + qm.end()
        tm = _TIME_THAT.match(text, pos, s1) or re.compile(r"\s+that\s+").match(text, pos, s1)
        content = _content_after(text, tm.end() if tm else pos, s1)  # "as saying on Sunday that ..."
        spans = (content,) if content else ()
        out.append(AttributionSpan(cue, src, spans, (cited,), index, True))
        taken.extend([cue, src, cited, *spans])

    def _citing(self, cue: Span, after_pos: int) -> None:
        """A source before "citing": "..., with South Korean media citing heightened security"."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
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

    def _reporting_verb(self, m: re.Match[str], cue: Span, before: str, after_pos: int) -> None:
        """A speech or cognition verb: "X said CONTENT", "CONTENT, said X", "CONTENT, X said"."""
        cue_word = _head_cue(m.group())
        lw = before.rstrip()
        if self._no_report(m, cue_word, lw) or self._interrupted(cue, cue_word, before):
            return
        speaker = self._speaker(cue, cue_word, lw, after_pos)
        if speaker is None:
            return
        if speaker.left is not None:
            self._said_by_before(m, cue, cue_word, lw, speaker)
        else:
            assert speaker.right is not None
            self._said_by_after(cue, speaker.right)

    def _no_report(self, m: re.Match[str], cue_word: str, lw: str) -> bool:
        """Whether the verb reports nothing: an act ("claimed responsibility"), a noun ("his writing"), advice."""
        body = self.body
        if re.match(r"\s+(?:and|or)\s+(?:did|does|do|done|[a-z]{3,}ed)\b", body[m.end() :]):
            return True  # "who said and did the same things": two verbs sharing an object, nothing reported
        if cue_word in ("find", "finds", "found") and _FIND_IT.match(body, m.end()):
            return True  # "Trump will find it difficult to repeat his attacks"
        if cue_word in ("warned", "warn", "warns", "cautioned", "caution", "cautions") and re.match(r"\s+against\b", body[m.end() :]):
            return True  # "has cautioned against a betrayal of our values": advice, nothing reported
        if _SAID_LITTLE.match(body, m.end()):
            return True  # "He has said little publicly about the case": nothing is reported
        if cue_word in ("add", "adds", "added", "adding") and _ADDED_AMOUNT.match(body, m.end()):
            return True  # "Employers added 254,000 jobs": an amount was added, nothing was said
        if cue_word in ("ask", "asks", "asked", "asking") and re.match(
                r"\s+(?:(?!that\b|whether\b|if\b)[\w’'-]+\s+){0,5}?for\b", body[m.end() :]):  # fmt: skip
            return True  # "Prosecutors had asked for an eight-year term", "asked the district administration for help"
        if cue_word in _WATCHED and not re.match(r"\s*(?:that\b|[\"“,:])", body[m.end() :]):
            return True  # "Kim observed the launch": he watched it; "observed that ..." is a report
        if cue_word in _NOUN_CUES and _NOUN_BEFORE.search(lw):
            return True  # "The company dismissed reports that ...": a noun, not "X reports that ..."
        if cue_word.endswith("ing") and re.search(r"\b(?:of\s+(?:them|which|whom|those)|many|some|most|several)$", lw):
            return True  # "640 emergency calls ..., most of them reporting cracks in walls": what the calls told of
        if cue_word.endswith("ing") and re.search(r"\b(?:his|her|their|its|my|our|your|the|a|an)$", lw):
            return True  # "a 2005 collection of his writing": a noun
        if cue_word.endswith("ing") and _NOUN_COMPOUND.search(lw) and not _CLAUSE_NEXT.match(body, m.end()):
            return True  # "raised the flood warning for the Elbe": a noun after its modifier, no clause after it
        if cue_word in _NO_SPEECH_OBJECTS and _NO_SPEECH_OBJECTS[cue_word].match(body, m.end()):
            return True  # "claimed responsibility", "complained about the noise": an act or a grievance, no report
        if cue_word in ("show", "shows") and _SHOW_KIND.search(lw):
            return True  # 'star of the reality TV show "The Apprentice"': a programme, not "X shows Y"
        if re.search(r"\b(?:who|which)$", lw) and _LATER_CUE.search(body, m.end()):
            return True  # "Lawmakers who wrote the bill said ...": the relative clause describes the source
        return False

    def _interrupted(self, cue: Span, cue_word: str, before: str) -> bool:
        """Records "The museum, Mr. Obama said, would make ...": a source between the subject and its predicate."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
        inner = _INTERRUPTED.fullmatch(before) if cue_word in self.strong else None
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
                return True
        return False

    def _speaker(self, cue: Span, cue_word: str, lw: str, after_pos: int) -> _Speaker | None:
        """Who speaks: a noun phrase before the cue (pre-posed "X said", or "CONTENT, X said") or after it
        ("CONTENT, said X"), with any aside or cited source around it; None when there is no speaker."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out = self.index, self.out
        # Pre-posed "X said CONTENT", or post-posed "CONTENT, said X" / "CONTENT, X said"
        left = _left_np(text, s0, cue[0]) if lw else None
        previous = out[-1] if out and out[-1].sentence == index and out[-1].source is not None else None
        coordinated = previous is not None and bool(previous.content) and _COORDINATED_CUE.fullmatch(
            text, previous.content[-1][1], cue[0]) is not None  # fmt: skip
        if coordinated:
            if not _SPEECH_CUE.fullmatch(cue_word) or re.match(r"\s+to\s", text[cue[1] : s1]):
                return None  # "announced that ... and vowed to ...": what the source went on to do, no report
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
            elif app and text[s0 : app[0]].rstrip().endswith(",") \
                    and (head := _left_np(text, s0, s0 + len(text[s0 : app[0]].rstrip()) - 1)) is not None \
                    and head[0] == _strip_span(text, s0, cue[0])[0] \
                    and re.match(r"(?:A|An|The|One|Two|Three)\s", text[head[0] : head[1]]):  # fmt: skip
                left = (head[0], app[1])  # "A teachers' group, the Secondary Teachers' Association of Kenya, said"
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
        if left is None and cue_word in _ADDRESSED and (who := _QUOTED_SPEAKER.search(text, s0, cue[0])):
            # '"...," Zhou Minghui, an epidemiologist at the University of Hong Kong's School of Public Health, told
            # Reuters': the speaker, however long the description; whom she told is never the source
            left = _strip_span(text, who.start("who"), who.end("who"))
        if left is None and lw.endswith((",", "\u201d", '"', "\u2019", "'")):
            right = _right_np(text, after_pos, s1)
            quoted = lw.endswith(("\u201d", '"', "\u2019", "'"))
            if right is None and quoted and (during := _WHILE_SPEAKING.search(text, after_pos, s1)):
                right = _right_np(text, after_pos, during.start())  # the speaker, up to what went on as she spoke
            rest = text[right[1] : s1] if right else ""
            named = _ROLES_NAME.match(rest) if right and text[right[1] - 1].islower() else None
            if named:  # '"...," said Kauri's head of research[, Tamsin Reyes-Holloway].'
                right, rest = (right[0], right[1] + named.end()), rest[named.end() :]  # type: ignore[index]
            where = _SOURCE_PLACE.match(rest) if right else None
            if right and where:  # '"...," said one Democratic source [on the panel].'
                right = (right[0], right[1] + where.end())
            elif right and not (_TIME_TAIL.match(rest) or re.match(r"\s*[,(]", rest) or _WHILE_SPEAKING.match(rest)
                                or _ANONYMITY_AFTER.match(rest)):  # "..., said an officer who asked not to be named."
                right = None  # "X, a lawyer, said the videos show ...": not a post-posed source
            elif right and _ASIDE_THEN_VERB.match(rest):
                right = None  # "X, sitting at ..., said Peter Tovua, 51, had issued ...": the report's subject
            if right and _AUXILIARY_CUE.match(text, cue[0]):
                right = None  # "The census, carried out by the bureau, has found 2 million people": no inversion
            if right and _RESULT_OBJECT.match(text, right[0], right[1]):
                right = None  # "X, the largest cane miller, reported a net profit of ...": what it reported, no source
        joined = False
        if left is None and right is None and lw:
            left = _fallback_subject(text, s0, cue[0])
            joined = left is not None and not lw.endswith(",")  # "X did Y and says ..."
        if left is None and right is None and cue_word in _PARTICIPLES and lw.endswith(","):
            left = _subject(text, s0, cue[0])  # "X chimed in on Twitter, saying that ..."
            if left is not None and text[left[0] : left[1]].lower() in _BARE_DETERMINERS:
                left = None  # "His lawyer, ..., said ..., arguing that ...": not "His"; the speaker goes on below
            goes_on = previous is not None and bool(previous.content) \
                and not text[previous.content[-1][1] : cue[0]].strip(" \t\n,")  # fmt: skip
            if left is None and goes_on:
                left = previous.source  # "X said it would appeal ..., arguing that ...": the same speaker goes on
        if left is None and right is None:
            return None
        return _Speaker(left, right, pre_chain, aside, coordinated, joined)

    def _said_by_before(self, m: re.Match[str], cue: Span, cue_word: str, lw: str, speaker: _Speaker) -> None:
        """A speaker before the cue: "CONTENT, X said" when content comes first, else "X said CONTENT"."""
        text, s0, s1 = self.text, self.s0, self.s1
        aside, pre_chain = speaker.aside, speaker.pre_chain
        assert speaker.left is not None
        src = speaker.left
        # "The Wall Street Journal [first] reported", "a poll [released Wednesday] found"
        src = _cut_tail(text, src, _TRAILING_ADVERB, _DANGLING_PARTICIPLE)
        if text[src[0] : src[1]].lower() in _BARE_DETERMINERS:
            return  # a determiner alone is nobody: "Since [the first] confirmed cases on 28 July, ..."
        if (lead := _LEAD_DISCOURSE.match(text, src[0], src[1])) and lead.end() < src[1]:
            src = (lead.end(), src[1])  # "However, Jill A. Martin, vice president ..., said"
        gap = _strip_span(text, src[1], cue[0], " \t\n,")
        if aside is None and not pre_chain and gap[1] > gap[0] and text[src[1] : gap[0]].strip() == "," \
                and text[gap[1] : cue[0]].strip() == "," and "," not in text[gap[0] : gap[1]]:  # fmt: skip
            aside = gap  # "Scott Pruitt, the attorney general of Oklahoma[, one of the states ...,] said"
        pre_text = text[s0 : src[0]]
        post_ok = bool(re.search(r"[,\u201d\"\u2019\u2014']\s*$", pre_text)) and not _LEAD_DISCOURSE.fullmatch(pre_text)
        # "In an interview, Lazar said X and added, ...": no content before; nor "Citing the judgment, Hoekstra said
        # ...", whose opening phrase frames what follows
        post_ok = post_ok and not speaker.coordinated and not _FRAMING_OPENER.fullmatch(pre_text)
        tail = text[cue[1] : s1]
        if speaker.joined and _TIME_TAIL.match(tail):
            return  # "a mix of idealism, pragmatism and hope.": a noun, nothing is reported
        quoted = cue_word in self.strong and _OPENING_QUOTE.fullmatch(pre_text) is not None
        opener = pre_text.split(None, 1)[0] if pre_text.strip() else ""
        parenthetical = re.match(r"\s*,", tail) is not None or _TIME_THEN_COMMA.match(tail) is not None
        whole_clause = not quoted and opener in _SUBORDINATORS and not re.search(r"[,;]", pre_text.rstrip(", \t\n"))
        if whole_clause and not parenthetical:
            post_ok = False  # "As has been the case in the industry, the union agreed in 2011 to ...": no content
        if post_ok and pre_text.strip() and (
            _TIME_TAIL.match(tail) or re.match(r"\s*,", tail) or _TIME_THEN_COMMA.match(tail)
            or (quoted and _TITLED_TAIL.match(tail))  # 'said on Fox News’s “Fox and Friends.” “I mean ...”'
            or (cue_word in self.strong and _phrase_tail(tail))  # not "I believe in the good sense of ..."
            or (quoted and not _FINITE_VERB.search(tail))
            or (quoted and re.match(r"\s+(?:as|when|while|after|before|because|since|until)\s", tail))  # "said as he ..."
            # '"...," an executive tells employees, describing ...', '"...," she told a crowd of 1,300 after ...'
            or (quoted and cue_word in _ADDRESSED and not re.match(r"[^\"“”]*\bthat\b", tail))
            # "..., its lawyer told the court during sentencing.": whom and when, after a closing cue
            or (cue_word in _ADDRESSED and _TOLD_WHOM_END.fullmatch(tail) is not None)
            # "Two people died, the agency said: a man swept away ...": the colon opens what it went on to say
            or (not quoted and re.match(r"\s*:\s*\S", tail) is not None)
            # '"...," Obama said Saturday at the White House after a round of golf.'
        ):
            self._content_before(cue, cue_word, src, pre_text, tail, quoted=quoted, whole_clause=whole_clause,
                                 aside=aside)
            return
        self._content_after(m, cue, cue_word, src, lw, tail, pre_chain, aside)

    def _content_before(self, cue: Span, cue_word: str, src: Span, pre_text: str, tail: str, *, quoted: bool,
                        whole_clause: bool, aside: Span | None) -> None:
        """Records "CONTENT, X said [Monday]" or '"QUOTE," X said, "MORE"', with what the source goes on to say."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
        # "CONTENT, X said [Monday]" or '"QUOTE," X said, "MORE"'
        content = _strip_span(text, s0 + _quote_start(pre_text), src[0], " \t\n,\u2014")
        spans = [content] if content[1] > content[0] else []
        more = _QUOTE_AFTER_COMMA.match(tail) or _RESUMED.match(tail) or _RESUMED_VERB.match(tail) \
            or (_RESUMED_CLAUSE.match(tail) or _RESUMED_WHEN.match(tail) if not quoted else None)  # fmt: skip
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
        more = more or (_CONTENT_GOES_ON.match(tail) or re.match(r"\s*:\s*", tail) if not quoted else None)
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

    def _content_after(self, m: re.Match[str], cue: Span, cue_word: str, src: Span, lw: str, tail: str,
                       pre_chain: tuple[Span, ...], aside: Span | None) -> None:
        """Records "X said [on Monday] [, citing Y,] CONTENT" and the outer source of "X believe Y, Z said"."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken, strong = self.index, self.out, self.taken, self.strong
        if cue_word not in strong and not re.match(
            r"\s*(?:(?:last|this|earlier|later)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\s+"
            r"|in\s+\d{4}\s+|on\s+(?:" + _WEEKDAYS + r")\s+)?that\b"  # "found [last year] that"
            r"|\s*(?:[A-Z\"“]|(?:the|a|an|it|he|she|they|we|there|this|his|her|their)\b)", tail
        ) and not (cue_word in _SHOW and _DATA_HEAD.search(lw) and _CLAUSE_VERB.search(tail)):
            return  # (data and the like show a clause without "that": "Data showed new home prices fell 0.4%")
        if cue_word in _OBJECT_VERBS and not re.match(r"\s*(?:,\s*)?(?:that\b|[\"“:]|to\s+[a-z]+)", tail):
            return  # "charged him with fraud", "posted a loss", "recalled 14 batches": an act, not a report
        if cue_word in _AGREE and re.match(r"\s*to\s+[a-z]+", tail):
            return  # "have agreed to sell a stake": a deal, not a report
        if cue_word in _FIND and not re.match(r"\s*that\b", tail) and _SPEAKER_AFTER.search(tail):
            return  # "Archaeologists ... have found a hoard of 273 coins ..., the institute said": what was found, told
            # by the speaker after it
        if _PUT_AT.match(tail) and cue_word in ("estimate", "estimates", "estimated", "put", "puts"):
            return  # "estimates the islands' puffin population at about 122,000 pairs": a figure, the whole claim
        if cue_word in _PARTICIPLES:
            # "Kim praised the workers, saying ..." - the source is the sentence subject
            subj = _subject(text, s0, cue[0])
            if out and out[-1].sentence == index and out[-1].source is not None and (
                subj is None or subj[0] < out[-1].cue[0] < cue[0]
            ):
                subj = out[-1].source  # '"...," Park said, adding that ...'
            if subj is None:
                return
            src = subj
        pos = cue[1]
        if cue_word in _ADDRESSED:
            if _DIRECTED.match(text, pos, s1):
                return  # "warned me not to make that speech", "urged the allies to prepare"
            if not _DIRECTIVE.match(text[pos:s1]):
                pos = _recipient_skip(text, pos, s1)
            if _DIRECTIVE.match(text[pos:s1]):
                return  # "asked police to show the video", "asking not to be named": no reported claim
        if as_did := re.match(r"\s*,\s*as\s+(?:did|does|do|has|have|had)\s+[^,;\"“”]{1,60},\s*", text[pos:s1]):
            pos += as_did.end()  # "cautioned, as did the campaign itself, that ..."
        if cue_word in ("agree", "agrees", "agreed") and (with_whom := _WITH_THAT.match(text, pos, s1)):
            pos = with_whom.end()  # "agreed with him that ...": whom she agreed with is no part of the content
        chain = pre_chain
        if cited := _CITING_THAT.match(text, pos, s1):  # "reported on Tuesday, citing the bureau, that ..."
            chain = (_strip_span(text, cited.start("cited"), cited.end("cited")),)
            pos = cited.end()
        tm = _TIME_THAT.match(text[pos:s1]) or _TO_SAY.match(text[pos:s1]) or _TIME_BEFORE.match(text[pos:s1])
        if tm:  # "said on Wednesday that ...", "tweeted on Friday to say ...": the content starts after
            pos += tm.end()
        tail_at = text[pos:s1]
        if _NEGATED.search(m.group()) and cue_word in _CONFIRM and not re.match(r"\s*(?:that\b|[\"“])", tail_at):
            return  # "The ministry has not confirmed any deaths": the reporter's remark, nothing is reported
        if _NEGATED.search(m.group()) and _OPEN_QUESTION.match(text[pos:s1]):
            return  # "The ministry did not say what those would be": nothing is reported
        cm = None if cited else re.match(r"\s*,\s*citing\s+", text[pos:s1])
        if cm:
            c = _right_np(text, pos + cm.end(), s1)
            if c:
                chain = (c,)
                pos = c[1]
        content = _content_after(text, pos, s1, went_on=_PAST_CUE.search(m.group()) is not None)
        if content and cue_word in ("report", "reports", "reported") and (
                main := _THEN_SUBORDINATE.split(text[content[0] : content[1]], 1))[1:] \
                and not _FINITE_VERB.search(main[0]) and not _CLAUSE_VERB.search(main[0]):  # fmt: skip
            return  # "reported a loss on this summer's edition, even as they claimed ...": its own result, no report
        if content and cue_word in ("report", "reports", "reported") and not _FINITE_VERB.search(text, *content) \
                and re.match(r"\s*,\s*according\s+to\b", text[content[1] : s1]):  # fmt: skip
            return  # "The company reported a loss ..., according to a filing": what it recorded, the filing's word
        if content and _relative_pronoun(text, src):
            # "Smith, who has denied wrongdoing, is due in court": the relative clause ends at its comma
            close = _ASIDE_THEN_VERB.search(text, *content) or _MAIN_VERB_AFTER.search(text, *content)
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
            # (or right after it, closing the sentence: "X said she would meet them, according to a statement")
            # (not after a participle set off from its noun: "The increase, agreed after three months of talks, ...")
            closing = None if acc or "," in text[src[1] : cue[0]] else _ACCORDING_CLOSING.match(text, content[1], s1)
            said = None if acc or closing else _SAID_AFTER.search(text, content[0], content[1])
            if acc or closing or said:
                # "Officials believe X, according to Yonhap": Yonhap reports the officials' view; "Tests suggest
                # X, the institute said": the institute reports what the tests suggest
                if acc:
                    outer = _strip_span(text, content[0] + acc.start(2), content[0] + acc.end(2))
                    acc_cue, cut = (content[0] + acc.start(1), content[0] + acc.end(1)), content[0] + acc.start()
                elif closing:
                    outer, acc_cue, cut = _strip_span(text, *closing.span(2)), closing.span(1), content[1]
                else:
                    assert said is not None
                    outer, acc_cue, cut = said.span("src"), said.span("cue"), said.start()
                out.append(AttributionSpan(acc_cue, outer, (), (), index, False))
                taken.extend([acc_cue, outer])
                content = _strip_span(text, content[0], cut)
                spans = (content,) if content[1] > content[0] else ()
                out.append(AttributionSpan(cue, src, spans, chain, index, True, outer, aside=aside))
                taken.extend([cue, src, *spans])
                return
        spans = (content,) if content else ()
        if content and (more := _REASON_THEN_THAT.match(text, content[1], s1)) is not None:
            # "said royalties had fallen, citing lower prices, but that the province had no plans ...": the second
            # thing said goes on after the reason
            rest = _strip_span(text, more.end(), s1, " \t\n.")
            spans = (content, rest) if rest[1] > rest[0] else spans
        carried = _CARRIED_BY.fullmatch(text, s0, src[0])  # "In a statement carried by KCNA, Kim Yo Jong warned"
        via = _strip_span(text, carried.start("outlet"), carried.end("outlet")) if carried else None
        out.append(AttributionSpan(cue, src, spans, chain, index, True, via, aside=aside))
        taken.extend([cue, src, *spans, *([via] if via else [])])

    def _said_by_after(self, cue: Span, src: Span) -> None:
        """Records "CONTENT, said X[, a description]", the speaker after the cue."""
        text, s0, s1 = self.text, self.s0, self.s1
        index, out, taken = self.index, self.out, self.taken
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

    def _characterisations(self) -> None:
        """The source's words about a thing: 'Their lawyer called the ruling "a victory"'."""
        text, s0, body, index = self.text, self.s0, self.body, self.index
        out, taken, free = self.out, self.taken, self.free
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

    def _embedded_reports(self) -> None:
        """A report inside a relative clause: "..., a move that critics say will strand riders"."""
        text, s0, s1, body = self.text, self.s0, self.s1, self.body
        index, out, taken, free = self.index, self.out, self.taken, self.free
        for m in _EMBEDDED.finditer(body):
            # "..., a move that critics say will strand riders", "The tax, which critics say is unfair, ..."
            cue = (s0 + m.start("cue"), s0 + m.end("cue"))
            src = _strip_span(text, s0 + m.start("src"), s0 + m.end("src"))
            words = [t for _, _, t in _tokens(text[src[0] : src[1]])]
            group = words[-1].lower() in _GROUP_SOURCES
            if not (free(cue) and free(src)) or _in_quote(body, m.start("cue")):
                continue
            if not (group or _np_ok(words, left=True)):
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

    def _group_and_document_verbs(self) -> None:
        """A group, a named body or a document as the subject of a report verb."""
        text, s0, s1, body = self.text, self.s0, self.s1, self.body
        index, out, taken, free = self.index, self.out, self.taken, self.free
        for m in (*_GROUP_VERB.finditer(body), *_NAMED_VERB.finditer(body), *_DOCUMENT_VERB.finditer(body)):
            cue = (s0 + m.start("cue"), s0 + m.end("cue"))
            src = _strip_span(text, s0 + m.start("src"), s0 + m.end("src"))
            if not (free(cue) and free(src)) or _in_quote(body, m.start("cue")):
                continue
            if _PUT_AT.match(text, cue[1], s1) and re.fullmatch(r"(?:estimate|put)[sd]?", m.group("cue").lower()):
                continue  # "The study estimates the islands' puffin population at about 122,000": the whole claim
            content = _content_after(text, cue[1], s1)
            if content:
                out.append(AttributionSpan(cue, src, (content,), (), index, True))
                taken.extend([cue, src, content])

    def _claim_nouns(self) -> None:
        """A claim noun after its subject ("the company's claim that ...")."""
        text, s0, s1, body = self.text, self.s0, self.s1, self.body
        index, out, taken, free = self.index, self.out, self.taken, self.free
        for m in _CLAIM_NOUN.finditer(body):
            cue = (s0 + m.start("cue"), s0 + m.end("cue"))
            src = _subject(text, s0, cue[0])
            if src is None or not free(cue) or not free(src) or _in_quote(body, m.start("cue")) or src[1] < cue[0] - 40:
                continue
            content = _content_after(text, s0 + m.end(), s1)
            if content:
                out.append(AttributionSpan(cue, src, (content,), (), index, True))
                taken.extend([cue, src, content])



#: "said [little] publicly", "said [so]": an amount of speech, nothing reported (but "said [more arrests were]
#: likely" reports).
_SAID_LITTLE = re.compile(
    r"\s+(?:little|nothing|much|less|more|so)\b(?!\s+(?:than|that|of)\b)"
    r"(?!\s+[a-z]+s\s+(?:were|are|would|will|could|had|have)\b)"
)
#: A document as a source's head: "the company's [disclosure]", "a [filing]".
_DOCUMENT_HEAD = re.compile(r"\b(?:disclosure|filing|statement|letter|submission|notice|presentation|report)s?\s*$")
#: The body a document was filed with or sent to, after it: " to the Philippine Stock Exchange".
_FILED_WITH = re.compile(
    r"(?P<to>\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&.-]*){0,5})"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"  # (when: "... [on Wednesday]")
    r"(?=[.!?\"”]*\s*$|\s*,)"
)
#: Where a source is, closing the sentence after it: "according to engineers [at the site]", "[at the site], who
#: asked not to be named".
_PLACE_AFTER_SOURCE = re.compile(
    r"\s+(?:on|in|at|from|near)\s+(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}"
    r"(?=\s*(?:[.!?\"”]*\s*$|,\s*(?:who|which)\b))"
)

#: The same before the comma that closes a preposed source: "According to officials [at the site], ...".
_PLACE_BEFORE_COMMA = re.compile(
    r"\s+(?:on|in|at|from|near)\s+(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}(?=\s*,)"
)


#: "..., according to X." closing the sentence right after a reported content: X reports the report.
_ACCORDING_CLOSING = re.compile(r"\s*,\s*(according\s+to)\s+([^,;\"“”]{2,60}?)\s*[.!?]?(?:[\"”’]|''|’’)?\s*$")


def _find_in_sentence(
    text: str, sent: Sentence, index: int, cue_re: re.Pattern[str], strong: frozenset[str]
) -> list[AttributionSpan]:
    return _Scan(text, sent, index, cue_re, strong).run()


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
    r"critics|researchers|scientists|diplomats|investors|traders|residents|lawmakers|doctors|organi[sz]ers|"
    r"authorities|growers|farmers|producers|exporters|operators|owners)"
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
        if subj is None and (aside := _SUBJECT_ASIDE.match(text, lo, hi)):
            return _strip_span(text, aside.start("np"), aside.end("np"))  # "The mayor, Ana Diaz, opened ... and said"
    return None


#: A subject with an aside between commas, then its verb: "[The mayor, Ana Diaz], opened", "[The mayor of Leeds,
#: Ana Diaz], opened" (the name is part of the source), "[The ministry], which oversees ports, closed" (the relative
#: clause is not).
_SUBJECT_ASIDE = re.compile(
    r"\s*(?P<np>(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
    r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=,)|(?=,\s+(?:which|who)\s+[^,;\"“”]{2,80},)))"
    r",\s+(?:(?:which|who)\s+[^,;\"“”]{2,80},\s+)?(?=[a-z])"
)


def _chain_after(text: str, pos: int, end: int) -> tuple[Span, ...]:
    """The source cited right after a cue: "..., X reported [on Tuesday], citing Y"."""
    cm = re.match(_TIME_WORDS + r"*\s*,?\s*citing\s+", text[pos:end])
    if not cm:
        return ()
    c = _right_np(text, pos + cm.end(), end)
    if c and _DID_WHAT.match(text, c[1], end) and not _ANONYMITY_AFTER.match(text, c[1], end):
        return ()  # "citing nurses who had left for private hospitals": a reason, what they did
    return (c,) if c and _cites_a_source(text[c[0] : c[1]]) else ()


#: What a closing phrase says of the content, not of the source: "..., according to the weather service, [the strongest
#: reading there since 2006]" (a record), not "..., according to Kari Nesheim, the harbour master".
_A_RECORD = re.compile(r"\b(?:since\s+(?:\d{4}|records\s+began)|on\s+record|ever\s+recorded)\b")
#: A phrase after a closing "according to X": ", in a pay dispute with ground handling company PGS."
_PHRASE_AFTER = re.compile(r"\s*,\s*(?:in|amid|over|during|with|after|for)\s+(?:a|an|the|its|his|her|their)\s[^;:]*")
#: What an estimate puts at a figure: " the islands' puffin population at about 122,000".
_PUT_AT = re.compile(
    r"\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,6}?at\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+)?"
    r"(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?\d"
)
#: A relative clause telling what the people cited did: " who had left for private hospitals".
_DID_WHAT = re.compile(r"\s*,?\s*(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?!spoke|asked|declined|requested)[a-z]{3,}")


#: A verb right after "and" that shares the subject of the clause before: "The rate will apply from May, [and will]
#: continue ...": one clause, whose source the closing cue names.
_SHARED_SUBJECT_VERB = r"(?:will|would|is|was|are|were|has|have|had|could|can|may|might|must|should|[a-z]{3,}ed)\b"


#: "Two people died, the police said, [after a car was swept off a fording]": the report goes on with its clause of
#: time or cause (set off by a comma, with a verb of its own).
_RESUMED_WHEN = re.compile(
    r"\s*,\s*(?=(?:after|before|when|because|while|until)\s+(?:the|a|an|his|her|its|their|[A-Z][\w’'-]*)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b)"
)
#: A person's name after a post-posed source's role: "said the coach[, Ana Diaz], after the game".
_ROLES_NAME = re.compile(
    r",\s+[A-Z][\w’'-]*(?:\s+(?:de|da|do|del|van|von|al|bin|[A-Z][\w’'-]*)){1,4}(?=\s*(?:,|[.!?]?[\"”’]?\s*$))"
)
#: Whom a closing cue addresses, and where or when, ending the sentence: " the court during sentencing."
_TOLD_WHOM_END = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?:during|at|in|on|after|before|outside)\s+(?:the\s+|a\s+|its\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}){0,2}"
    r"\s*[.!?]?\s*"
)  # (and where: "told growers at a meeting at the Lautoka mill compound.")
#: An opening participle phrase that frames a report: "[Citing the judgment,] Hoekstra said ...".
_FRAMING_OPENER = re.compile(
    r"\s*(?:Citing|Speaking|Referring|Responding|Addressing|Commenting|Writing|Quoting|Pointing|Noting|Asked|"
    r"Questioned|Pressed)\b[^,;:\"“”]{0,100},\s*"
)
#: The name a source goes by, closing the sentence: "according to the agency[, known as BNPB]".
_KNOWN_AS = re.compile(
    r",\s+(?:locally\s+|widely\s+)?known\s+(?:locally\s+)?(?:as|by\s+its\s+(?:initials|acronym))\s+"
    r"[A-Z](?:[\w’'-]|\.(?=\w))*(?:\s+(?:[A-Z](?:[\w’'-]|\.(?=\w))*|of|de|the|and)){0,6}(?=[.!?]?[\"”’]?\s*$)"
)
#: A place's or a body's officer, named by the officer's role: "Lyngstad's mayor", "the company's chief executive".
_OFFICER_OF = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*['’]s\s+(?:[a-z]+\s+){0,2}[a-z]+")


def _clause_start(before: str) -> int:
    """Offset in ``before`` where the clause the cue attaches to begins."""
    ends = [m.end() for m in re.finditer(r"[;:\u2014]\s|,\s+(?:but|and(?!\s+" + _SHARED_SUBJECT_VERB
                                         + r")|though|although|while|whereas)\s", before)]
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
#: A reason given after what was said, then a second thing said: ", citing lower prices, but that ...".
_REASON_THEN_THAT = re.compile(r"\s*,\s*(?:citing|blaming)\s+[^,;:\"“”]{2,80}?,\s+(?:but|and)\s+that\s+")
_BARE_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
#: An auxiliary is no noun phrase's last word: "Maroua's city council [has] voted" ends at "council".
_NO_AUXILIARY = r"(?!(?:has|have|had|is|are|was|were|will|would)\b)"
#: Irregular past forms that are verbs only, after a subject ("The company [kept] its forecast ... and said"; not
#: "cut" or "set", nouns too: "The budget cut").
_IRREGULAR_PAST = "|".join(sorted(_PAST_FORMS - frozenset(
    "had was did set cut hit let put read spread cost quit shut lay bound found hurt left lent".split())))
#: "The ministry bemoaned ...": a definite noun phrase right before a verb.
_DEFINITE_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}" + _NO_AUXILIARY + r"[a-z][\w-]*"
    r"(?=\s+(?:[a-z]+ed|has|have|had|is|was|were|will|would|said|says|" + _IRREGULAR_PAST + r")\b)"
)


#: "Samoa's health ministry declared ...": a name's body, right before a verb.
_POSSESSIVE_SUBJECT = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,2}" + _NO_AUXILIARY + r"[a-z][\w-]*"
    r"(?=\s+(?:[a-z]+ed|has|have|had|is|was|were|will|would|said|says|" + _IRREGULAR_PAST + r")\b)"
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
_SHOW = frozenset("show shows showed shown".split())
_FIND = frozenset("find finds found".split())
#: A speaker after a comma later in the sentence: "..., the Institute of Archaeology said on Thursday".
_SPEAKER_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'.&-]+\s+){0,10}?(?:said|says|told|reported|announced|added)\b"
)
#: Sources that show a clause without "that" ("Data from the bureau showed prices fell").
_DATA_HEAD = re.compile(
    r"\b(?:data|figures|statistics|numbers|records|survey|poll|study|report|analysis|estimates)\b", re.I
)
#: A verb of a clause (regular or a common irregular past) after the cue.
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|[a-z]{3,}ed|fell|rose|grew|shrank|sank|hit|stood|came|went|"
    r"made|took|lost|paid|spent|won|held|kept|left|led|ran|sold|bought|saw|got|dropped|climbed|slipped)\b"
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
    m = _POSSESSIVE_SUBJECT.match(text[off:hi]) or _DEFINITE_SUBJECT.match(text[off:hi]) \
        or _NAMED_SUBJECT.match(text[off:hi])
    if not m or not m.group().strip() or m.group().strip() in ("The", "A", "An") or m.group().strip() in _SUBORDINATORS:
        return None
    a, b = off, off + m.end()
    group = re.match(r"\s+([a-z]+)\b", text[b:hi])
    if group and group.group(1) in _SOURCE_NOUNS:
        b += group.end()  # "State officials", "Republican lawmakers"
    if adverb := _TRAILING_ADVERB.search(text, a, b):
        b = adverb.start()  # "The homeowners [first] brought the case ..., arguing"
    return _strip_span(text, a, b)


#: After a name right of a cue, an aside and then a verb: "said Peter Tovua[, 51, had] issued 23 permits": the
#: name is the subject of what was said, not who said it.
_ASIDE_THEN_VERB = re.compile(
    r"\s*,\s*(?:\d{1,3}|(?:a|an|the)\s+[^,;\"“”]{2,60})\s*,\s*"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|did|does|must|may|might)\s+(?!been\s+named\b)"
)
