"""Atomic claims with spans, kind, hedging, check-worthiness and attribution.

``extract_claims(text)`` runs: sentence segmentation (:mod:`factcheck.segment`)
-> attribution (:mod:`factcheck.attribution`) -> per sentence, atomic
decomposition:

* the attribution frame is cut off ("..., state media reported Monday");
* coordinated clauses (", but the ...", "; ...") become separate claims;
* a trailing participial clause ("..., approving plans to boost output")
  becomes its own claim with the subject restored ("Kim approved plans ...");
* an appositive ("Jagang province, a hub of ...") adds a claim about its head;
  one right after the subject ("Ana Diaz, the mayor, opened ...") is also cut
  out of the main claim ("Ana Diaz opened ...");
* a predicate that a source shares with its cue ("Diaz opened the bridge and
  said ...") is the reporter's claim with the source as its subject;
* a bullet item after a lead-in ending in ":" is a claim joined to the lead-in;
* an inline list of three or more items ("toured a mill, a depot and a plant")
  gives one claim per item, spans pointing at the lead-in, the item and the rest;
* a quote signed with a dash at the end of a line ("“...” ― Jane Doe") is
  attributed to the signer;
* a claim opening with "He" / "She" / "It" (or "His" / "Her" / "Its") gets the previous subject when it is
  safe: a titled name for people ("leader Kim Jong Un"), a short definite noun
  phrase for things; expletive "It is unclear ..." stays as written;
* a pronoun opening reported content stands for the sentence's own source
  only when they agree: he/she a person ("Mayor Ana Diaz said she ..."),
  it/its a singular thing ("The ministry said it ..."); "Police say he ..."
  keeps "he".

Sentences without their own cue inherit the attribution of a reported account
in the same paragraph when their subject is an actor of that account.

Whose claim a report gives (a denial, a thing reported, a share of respondents,
a characterisation, a report inside a relative clause) is decided by the rules
in :mod:`factcheck.reports`; the word lists both modules use live in
:mod:`factcheck.wording`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from factcheck.article import mask_front_matter
from factcheck.attribution import (
    _ASIDE_THEN_VERB,
    _DECLINED,
    _PHRASE_TAIL,
    _PREDICATE_START,
    _PREPOSITIONS,
    _SOURCE_NOUNS,
    _WEEKDAYS,
    _WENT_ON,
    _cites_a_source,
    _recipient_span,
    AttributionSpan,
    SpanTagger,
    _strip_span,
    attribute_sentences,
    find_attributions,
)
from factcheck.checkworthy import CheckworthyScorer
from factcheck.model import Attribution, Claim, ClaimKind, SourceKind
from factcheck.resolve import _TITLE, _is_person, pronoun_fits
from factcheck.reports import (
    _characterised,
    _commitment,
    _conditional,
    _context_before_quote,
    _denial,
    _embedded,
    _interrupted,
    _question_put,
    _reported_thing,
    _resumed_verb,
    _source_aside,
    _source_participle,
    _survey_share,
)
from factcheck.segment import Sentence, split_sentences
from factcheck.wording import (
    _FINITE,
    _LEAD_ADVERBIAL,
    _MORE_PAST,
    _NOT_A_SUBJECT,
    _OPENER,
    _PAST,
    _PAST_FORMS,
    _QUOTE_OPEN,
    _SOURCING_REMARK,
    _VERB_NEXT,
    Span,
    _cap,
    _drop_openers,
    _past,
    _Piece,
    _source_name,
    _verbless,
)

__all__ = ["ClaimExtractor", "extract_claims"]

_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|probably|likely(?! voters)|unlikely|reportedly|allegedly|apparently|"
    r"expected to|believed to|thought to|said to|appears? to|appeared to|seems? to|seemed to|"
    r"suspected|presumably|estimated|approximately|roughly|rumou?red)\b",
    re.I,
)
_PREDICTION = re.compile(
    r"\b(?:will|shall|won['’]t|is set to|are set to|is expected to|are expected to|"
    r"is going to|are going to|forecasts?|(?<!approved )(?<!unveiled )(?<!announced )plans? to|projected to|predicts?|is poised to|next (?:week|month|year)|"
    r"(?:may|might)\s+(?!have\b|not\s+have\b)[a-z]+)\b",  # "Prices may rise further"
    re.I,
)
_STAT = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand)|[$€£₩¥]\s?\d|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-[a-z]+)?\s+(?:percent|per cent)\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:times|fold|km|kilometers|miles|tons|tonnes|people|troops|"
    r"soldiers|deaths|cases|votes|points|units|missiles)\b|\b(?:thousands|hundreds|millions|billions|dozens) of\b|"
    r"\b(?:doubled|tripled|halved|rose|fell|increased|decreased|grew|dropped)\b|"
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:should|must|ought|believes?|thinks?|argues?|feels?|underscores?|highlights?|reflects?|"
    r"symboli[cz]e?s?|crucial|vital|pragmatic|remarkable|powerful symbol|aims? to|signal(?:s|ing)?|"
    r"unfortunately|clearly|obviously|best|worst|important)\b",
    re.I,
)
_PAST_OR_TIME = re.compile(
    r"\b\w+ed\b|\b(?:was|were|had|did|met|made|took|gave|held|sent|left|said|told|built|won|lost|"
    r"fired|launched|began|came|went|saw|became|rose|fell|supplied|visited)\b|\b(?:" + _WEEKDAYS + r"|"
    r"yesterday|weekend|last (?:week|month|year))\b",
    re.I,
)

#: Participles of result clauses; after "and" they share the first participle's subject.
_RESULT_PARTICIPLES = frozenset(
    "making leaving causing prompting sparking triggering forcing underscoring highlighting creating "
    "marking signaling signalling reflecting raising requiring allowing enabling".split()
)
# Participles that start no claim of the sentence's subject: reporting and prepositional ones, words
# that only end in -ing, and result clauses, whose subject is the whole preceding clause ("China is its
# largest partner, making the visit pragmatic").
_PARTICIPLE_SKIP = (
    frozenset(
        "including according citing following during regarding concerning excluding notwithstanding "
        "saying adding noting arguing telling asking warning claiming explaining suggesting recalling "
        "acknowledging nothing something anything everything thing morning evening king ring "
        "bring spring string wing sing bearing depending pending concerning involving".split()
    )
    | _RESULT_PARTICIPLES
)


class ClaimExtractor:
    """Turns article text into atomic :class:`~factcheck.model.Claim` records.

    Args:
        scorer: Check-worthiness scorer (``.score(text) -> float``); the
            packaged logistic regression by default, loaded on first use.
        inherit: Whether sentences continuing a reported account inherit it.
        skip_headings: Whether short unpunctuated lines (headlines, section
            heads) are left out.
        tagger: An optional learned attribution tagger
            (:class:`~factcheck.tagger.AttributionTagger`) whose spans are
            merged with the rules'. Off by default: it loads MiniLM and runs
            at tens of sentences per second instead of hundreds.
    """

    def __init__(
        self,
        scorer: CheckworthyScorer | None = None,
        *,
        inherit: bool = True,
        skip_headings: bool = True,
        tagger: SpanTagger | None = None,
    ) -> None:
        self.scorer = scorer
        self.inherit = inherit
        self.skip_headings = skip_headings
        self.tagger = tagger

    def _score(self, text: str) -> float:
        if self.scorer is None:
            self.scorer = CheckworthyScorer()
        try:
            v = float(self.scorer.score(text))
        except (ValueError, TypeError, OverflowError):
            return 0.5
        return min(1.0, max(0.0, v)) if v == v else 0.5

    def extract(self, text: str) -> tuple[Claim, ...]:
        """Claims in text order with ids ``c1``, ``c2``, ...; never raises on a string."""
        if not isinstance(text, str) or not text.strip():
            return ()
        text = mask_front_matter(text)  # same length: offsets still index the caller's text
        sentences = split_sentences(text)
        spans = find_attributions(text, sentences, lexicon=None, tagger=self.tagger)  # reporting verbs only
        per_sentence = attribute_sentences(text, sentences, spans)
        pieces: list[tuple[Sentence, _Piece]] = []
        account: _Account | None = None
        actors: dict[str, set[str]] = {}
        subjects = _Subjects.scan(text)
        # a quotation signed after its last sentence ("”... shame.” ― Jane Doe") is one claim of the signer's
        spread = [(*c, sp.sentence) for sp in spans for c in sp.content if c[0] < sentences[sp.sentence].start]
        for i, sent in enumerate(sentences):
            if any(a <= sent.start and sent.end <= b + 1 and i != owner for a, b, owner in spread):
                continue
            if sent.heading and self.skip_headings:
                account = None
                subjects = _Subjects(subjects.people)
                continue
            if sent.text.rstrip().endswith(":") and i + 1 < len(sentences) and sentences[i + 1].bullet:
                continue  # "Residents who were evacuated include:" only leads in to the bullets' claims
            own = per_sentence.get(i, [])
            inherited: Attribution | None = None
            if own:
                account = _Account.start(text, sent, own, actors, subjects.people)
            elif self.inherit and account is not None and account.continues(text, sent):
                inherited = attrs.evolve(account.attribution, inherited=True)
            elif account is not None and account.paragraph != sent.paragraph:
                account = None
            lead = _bullet_lead(text, sentences, i)
            said = _lead_attribution(text, lead, per_sentence.get(sentences.index(lead), [])) if lead else None
            try:
                if said is not None:  # "Officials said:" then "- The bridge will reopen in May.": the item is theirs
                    body = sent.text.rstrip(". ;,")
                    found = [_Piece(_cap(body), ((sent.start, sent.start + len(body)),), said)]
                else:
                    found = _decompose(text, sent, own, inherited, lead, subjects.people)
            except (ValueError, IndexError):  # pragma: no cover - rules must not sink extraction
                found = [_Piece(sent.text, ((sent.start, sent.end),), inherited or Attribution())]
            found = [_expectation(piece) for piece in found if not _is_question(piece.text) and not _wordless(piece.text)]
            following, opening = subjects.after(sent)  # pieces after the subject may refer to it ("..., but it may")
            found = [(following if piece.spans[0][0] >= opening else subjects).restore(piece, sent) for piece in found]
            subjects = following
            pieces.extend((sent, piece) for piece in found)
        claims: list[Claim] = []
        for n, (sent, piece) in enumerate(pieces, 1):
            start = min(a for a, _ in piece.spans)
            end = max(b for _, b in piece.spans)
            claims.append(
                Claim(
                    id=f"c{n}",
                    text=piece.text,
                    start=start,
                    end=end,
                    sentence=sent.text,
                    kind=_kind(piece),
                    hedged=_hedged(piece),
                    checkworthy=self._score(piece.text),
                    attribution=piece.attribution,
                    spans=piece.spans,
                )
            )
        return tuple(claims)


_QUESTION = re.compile(r"\?[\s\"'”’)]*$")


#: What a source expects, as written after the cue: "[the rain] to [ease by Tuesday]".
_EXPECTED = re.compile(r"(?P<np>(?:[\w’'$%.,-]+\s+){0,6}?[\w’'$%-]+)\s+to\s+(?P<verb>(?!be\b)[a-z]+)\b(?P<rest>.*)", re.DOTALL)


def _expectation(piece: _Piece) -> _Piece:
    """ "Forecasters expect the rain to ease by Tuesday": the claim is "The rain will ease by Tuesday"."""
    cue = (piece.attribution.cue or "").lower().split()
    if not cue or cue[-1] not in ("expect", "expects", "expected") or piece.text[:1] in _QUOTE_OPEN:
        return piece
    m = _EXPECTED.fullmatch(piece.text)
    if m is None or _FINITE.search(" " + m.group("np")) or m.group("np").split()[0].lower() in ("to", "that"):
        return piece
    verb = "would" if cue[-1] == "expected" else "will"
    return attrs.evolve(piece, text=f"{_cap(m.group('np'))} {verb} {m.group('verb')}{m.group('rest')}")


def _wordless(text: str) -> bool:
    """A piece of one word or none outside quotation marks ("Yet", "But"), or a subject that only "came" (what
    is left of "The announcement came as ..." once its clause of time stands apart), states nothing to check."""
    words = text.strip(" .").split()
    if 2 <= len(words) <= 4 and words[-1] in ("came", "comes", "come") and words[0] in _CAME_SUBJECTS:
        return True
    return text.lstrip()[:1] not in _QUOTE_OPEN and len(re.findall(r"[A-Za-z0-9]+", text)) < 2


_CAME_SUBJECTS = frozenset("The This That It Its Their His Her".split())


_ASKED = re.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|why|how|what|when|where|who|for)\b")


def _is_question(text: str) -> bool:
    """A direct question asserts nothing: "Will the tunnel open?", "“Who knew?”".

    A statement that ends by quoting a question ("She asked, “Where do we go from here?”") is kept. The
    question put to a source before its answer ("Asked whether talks would resume, ...") is one too.
    """
    if _ASKED.match(text):
        return True
    m = _QUESTION.search(text)
    if m is None:
        return False
    opening = max(text.rfind("“", 0, m.start()), text.rfind("‘", 0, m.start()))
    if text.count('"', 0, m.start()) % 2 == 1:
        opening = max(opening, text.rfind('"', 0, m.start()))
    if opening >= 0 and re.search(r"\b[a-z\d]{3,}[.!][\"”’]?\s+[\"“‘]?[A-Z]", text[opening : m.start()]):
        return False  # '“It’s 3 a.m. and your children are asleep. Who do you want answering?”': statements first
    return opening <= 0 or not text[:opening].strip()


_TITLED_NAME = re.compile(_TITLE + r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)")
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_IT_EXPLETIVE = re.compile(
    r"^It\s+(?:seems|seemed|appears|appeared|remains|remained|takes|took|means|meant|matters|mattered)\b|"
    r"^It\s+(?:is|was|has been|had been|will be|would be|may be|might be|could be)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
    r"(?:unclear|clear|possible|impossible|likely|unlikely|expected|believed|thought|understood|reported|said|known|"
    r"time|important|hard|difficult|easy|true|false|worth|too|the|a|an|no|so\s+much|only|just|precisely|exactly|"
    r"partly|largely|mostly|this|these|those|here|there|because|when|why|what|how|surprising|notable|ironic|"
    r"remarkable|striking|strange|odd|interesting|unusual|significant|unfortunate|fortunate|necessary|essential|"
    r"crucial|vital|fair|unfair|wrong|right)\b|"
    r"^It\s+(?:is|was)\s+(?:not\s+)?[A-Z]|"  # a cleft: "It was not so much X that ...", "It was Trump who ..."
    r"\b(?:unclear|enough)\b|\bto (?:say|tell|know|determine|predict|see)\b"
)


@attrs.frozen
class _Subjects:
    """The last person and the last thing that were sentence subjects, for "He ..." / "It ..." claims.

    People are names that follow a title somewhere in the article ("leader Kim
    Jong Un", "Mayor Ana Diaz"); things are short definite noun phrases ("the
    factory's location"). An antecedent holds for its paragraph and the next;
    a heading clears both.
    """

    people: frozenset[str]
    person: tuple[str, int] | None = None
    thing: tuple[str, int] | None = None

    @classmethod
    def scan(cls, text: str) -> _Subjects:
        names: set[str] = set()
        for m in _TITLED_NAME.finditer(text):
            names.add(m.group(1))
            names.update(w for w in m.group(1).split() if len(w) > 2)
        return cls(frozenset(names))

    def after(self, sent: Sentence) -> tuple[_Subjects, int]:
        """The antecedents once ``sent`` is read, and the offset where its subject's verb ends."""
        lead = _LEAD_ADVERBIAL.match(sent.text)
        at = lead.end() if lead else 0
        rest = sent.text[at:]
        verb = _FINITE.search(rest)
        if verb is None or verb.start() == 0:
            return self, sent.end
        subject = rest[: verb.start()].strip()
        runs = [re.sub(r"[’']s$", "", r.group()) for r in _NAME_RUN.finditer(subject)]  # "Mrs. Clinton's plan"
        following = self
        speaker = _SPEAKER.match(rest)
        if speaker and speaker.group(1) not in self.people and pronoun_fits("it", speaker.group(1), self.people):
            # "Russia's Defense Ministry said ... It did not mention Lviv": "it" is the ministry
            return attrs.evolve(self, thing=(speaker.group(1), sent.paragraph)), sent.start + at + speaker.end()
        if runs and (runs[-1] in self.people or runs[-1].split()[0] in self.people):
            following = attrs.evolve(self, person=(runs[-1], sent.paragraph))
        elif re.fullmatch(r"The\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}", subject) and not _SAYS.search(subject):
            following = attrs.evolve(self, thing=("the" + subject[3:], sent.paragraph))
        return following, sent.start + at + verb.end()

    def restore(self, piece: _Piece, sent: Sentence) -> _Piece:
        """``piece`` with a leading "He" / "She" / "It" replaced by its antecedent, when one is known."""
        if piece.quote:
            return piece
        m = re.match(r"(He|She|It|His|Her|Its)\s+(?=[a-z])", piece.text)
        if m is None:
            return piece
        word = m.group(1)
        ante = self.thing if word in ("It", "Its") else self.person
        if ante is None or sent.paragraph - ante[1] > 1:
            return piece
        if word == "It" and _IT_EXPLETIVE.search(piece.text):
            return piece
        name = _cap(ante[0])
        if word in ("His", "Her", "Its"):
            name = f"{name}'" if name.endswith("s") else f"{name}'s"
        return attrs.evolve(piece, text=f"{name} {piece.text[m.end() :]}")


#: A people's adjective, which with a plural noun after it is a subject: "[Russian] drones", "[Armenian] forces".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)")
#: A sentence opening with its source and a reporting verb: "[Russia's Defense Ministry] said ...".
_ORG_HEAD = (
    r"(?:ministry|agency|company|government|department|military|army|navy|air\s+force|court|council|commission|"
    r"committee|bank|firm|group|office|authority|service|union|board|network|newspaper|regulator|operator|command|"
    r"institute|university|organi[sz]ation|corporation|corp\.?|inc\.?|police)"
)
_SPEAKER = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,5}(?i:" + _ORG_HEAD + r")|The\s+(?:[a-z][\w’'-]*\s+){0,2}" + _ORG_HEAD + r")"
    r"\s+(?:said|says|reported|reports|announced|stated|added|confirmed)\b"
)
#: A name opening a report's content: "[Putin] inspected ...", "[Kim Jong Un] praised ...".
_CONTENT_NAME = re.compile(r"\s*((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)(?=\s+[a-z])")
#: A reporting verb: "The agency said the ships belonged ..." has no subject "the agency said the ships".
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|added|adds|noted|notes|announced|stated|wrote|writes)\b")


#: What a source did not do, right after the subject: the reporter's remark, no more of the account.
_DID_NOT = re.compile(
    r"\s+(?:also\s+)?(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|would\s+not|wouldn[’']t|could\s+not|couldn[’']t|"
    r"has\s+not|hasn[’']t|have\s+not|haven[’']t|declined|refused|never)\b"
)
_WHOLE_QUOTE = re.compile(r"\s*(?:[\"“‘][^\"“”]*[\"”’]|''(?:(?!'').)*'')\s*")


@attrs.define
class _Account:
    """A reported account that following sentences may continue."""

    attribution: Attribution
    paragraph: int
    actors: set[str]
    last_sentence: int
    quoted: bool = False
    open_quote: bool = False
    subject: str | None = None  # the name the account's content opens with ("[Putin] inspected the hull")
    people: frozenset[str] = frozenset()  # the article's titled names, so "Putin" is known to be a person

    @classmethod
    def start(
        cls,
        text: str,
        sent: Sentence,
        own: list[tuple[AttributionSpan, Attribution]],
        known: dict[str, set[str]],
        people: frozenset[str] = frozenset(),
    ) -> _Account | None:
        """The account a sentence opens, if later sentences may continue it.

        ``known`` maps canonical sources to the actors of their earlier
        accounts in the article; it is updated in place.
        """
        sp, att = own[0]
        names: set[str] = set()
        for a, b in sp.content:
            names.update(re.findall(r"\b[A-Z][a-z][\w’'-]*", text[a:b]))
        names -= {"The", "A", "An", "It", "In", "On", "According", "This", "That"}
        pool = known.setdefault(att.canonical or att.source or "", set())
        pool.update(names)
        if not any(b > a for a, b in sp.content) and sent.text.rstrip().endswith(":"):
            # "Caddell continued:" / "The New York Times reports:" - the quoted paragraph that follows is theirs
            return cls(att, sent.paragraph, pool, sent.end, True)
        covered = sum(b - a for a, b in sp.content)
        frame = sum(b - a for a, b in (sp.cue, *(x for x in (sp.source, sp.via) if x), *sp.chain))
        tail = max([sp.cue[1], *(b for _, b in sp.content), *([sp.source[1]] if sp.source else [])])
        if tail < sent.end and _verbless(_FRAME_RELATIVE.sub("", text[tail : sent.end])):
            frame += sent.end - tail  # '"...," Price said [in an interview with the Tribune after the vote].'
        rest = (sent.end - sent.start) - covered - frame
        if covered < rest:
            return None  # a side remark in a sentence the reporter mostly asserts
        quoted = any(b > a and re.search(r"[\"“‘]|''", text[a:b]) for a, b in sp.content)
        lead = _CONTENT_NAME.match(text, sp.content[0][0]) if sp.content and not quoted else None
        subject = lead.group(1) if lead and lead.group(1).split()[0] not in _NOT_A_SUBJECT else None
        subject = None if subject and re.search(r"[’']s$", subject) else subject  # "Sanders's appeal" is no person
        return cls(att, sent.paragraph, pool, sent.end, quoted, _unclosed(sent.text), subject, people)

    def continues(self, text: str, sent: Sentence) -> bool:
        if sent.bullet or sent.heading or self.attribution.cue in ("―", "—", "–", "--"):
            return False  # a quote signed with a dash stands alone
        if self.quoted and self._quote_goes_on(text, sent):
            self.paragraph, self.last_sentence = sent.paragraph, sent.end
            self.open_quote = _unclosed(sent.text) if not self.open_quote else not _closes(sent.text)
            return True
        if sent.paragraph != self.paragraph:
            return False
        if self.attribution.cue == ":":  # a speaker's turn ("ORTIZ: ...") runs to the end of its paragraph
            return True
        m = re.match(r"\s*(?:(?:On|In|At|Later|Earlier|Then|There)\b[^,]{0,30},\s*)?([A-Z][\w’'-]*)", sent.text)
        if not m or _DID_NOT.match(sent.text, m.end()):
            return False  # "He did not say how ...", "She declined to ...": the reporter's, about the source
        if _group_end(sent.text, m.end()) is not None:
            return False  # "State officials dispute that figure": other sources speak now
        pronoun = m.group(1) in ("He", "She") or (m.group(1) == "They" and not _PERSON_NAME.fullmatch(self._name()))
        if m.group(1) in self.actors or (pronoun and pronoun_fits(m.group(1).lower(), self._name())) or (
            m.group(1) in ("He", "She") and self.subject is not None and pronoun_fits(m.group(1).lower(), self.subject)
            and _is_person(self.subject, self.people)
        ):  # "According to TASS, Putin inspected the hull. He urged managers ...": Putin, still in TASS's account
            self.last_sentence = sent.end
            return True
        return False

    def _name(self) -> str:
        return self.attribution.canonical or self.attribution.source or ""

    def _quote_goes_on(self, text: str, sent: Sentence) -> bool:
        """Whether ``sent`` is more of the speaker's quotation: the rest of a quote left open, or a sentence
        opening a quote in the same paragraph or in the next one ('... she said.\n\n"Every day ...')."""
        if sent.paragraph == self.paragraph:
            return self.open_quote or _opens_quote(sent.text)
        # the next paragraph, right after the account's last sentence
        return sent.paragraph == self.paragraph + 1 and not text[self.last_sentence : sent.start].strip() \
            and _opens_quote(sent.text)  # fmt: skip


#: The one or two lowercase words after a capitalised one ("State [officials]", "Russian [military analysts]").
_GROUP_HEAD = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _group_end(text: str, pos: int) -> int | None:
    """Where a group of sources named by the capitalised word ending at ``pos`` ends ("State officials",
    "Russian military analysts"), or None when no source noun follows."""
    m = _GROUP_HEAD.match(text, pos)
    if m is None:
        return None
    if m.group(1) in _SOURCE_NOUNS:
        return m.end(1)
    return m.end(2) if m.group(2) in _SOURCE_NOUNS else None
#: A personal name ("Trump", "Donald Trump"), which "They" cannot continue; not "Police" or "Democrats".
_PERSON_NAME = re.compile(r"(?!(?:Police|Staff|Media)\b)(?:[A-Z][a-z’'.-]+\s+){0,2}[A-Z][a-z’'-]*[a-rt-z]")


def _opens_quote(sentence: str) -> bool:
    """Whether ``sentence`` opens with a quotation (not with a quoted term: '"Containment" has been ...')."""
    s = sentence.lstrip()
    mark = "''" if s.startswith("''") else s[:1]
    if mark not in ("\"", "“", "''"):
        return False
    close = s.find("”" if mark == "“" else mark, len(mark))
    if close < 0 or not re.search(r"[A-Za-z]", s[close + len(mark) :]):
        return True  # open to the end, or the whole sentence quoted ('"That\'s his problem."')
    return len(s[len(mark) : close].split()) > 3  # a short quoted term then more words is no quotation


def _unclosed(sentence: str) -> bool:
    """Whether a quote opened in ``sentence`` is still open at its end."""
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1 or sentence.count("''") % 2 == 1


def _closes(sentence: str) -> bool:
    return sentence.count("”") > sentence.count("“") or sentence.count('"') % 2 == 1 or sentence.count("''") % 2 == 1


def _bullet_lead(text: str, sentences: Sequence[Sentence], i: int) -> Sentence | None:
    sent = sentences[i]
    if not sent.bullet:
        return None
    j = i - 1
    while j >= 0 and sentences[j].bullet:
        j -= 1
    if j >= 0 and sentences[j].text.rstrip().endswith(":") and not _LABEL.fullmatch(sentences[j].text.strip()):
        return sentences[j]
    return None


def _lead_attribution(
    text: str, lead: Sentence, own: list[tuple[AttributionSpan, Attribution]]
) -> Attribution | None:
    """The attribution a lead-in gives each bullet item after it: "Officials said:", "According to the report:"."""
    for sp, attribution in own:
        if not sp.content and sp.source is not None and re.fullmatch(r"[^.;:!?]{0,40}:\s*", text[sp.cue[1] : lead.end]):
            return attribution
    return None


#: A label over a list, no lead-in to its items: "Key facts:", "What we know:", "In brief:" (few words, no verb; not
#: "Officials said:", "Those killed include:").
_LABEL = re.compile(
    r"(?!.*\b(?:said|says|say|according|include[sd]?|including|are|were|is|was|told|reported|added|announced|"
    r"[a-z]{3,}ed)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*:",
    re.IGNORECASE,
)


_CLAUSE_SPLIT = re.compile(
    r"(?:;\s+|,\s+(?:but|while|whereas|and)\s+|,?\s+(?:and|but)\s+(?=that\s))(?=(?:that\s+)?(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|"
    r"none|nobody|neither|nothing|no|"
    r"[A-Z][\w’'-]*)\s+\S+\s+\S+)"
    # "said 19 people had died and that two centres had opened": a second report opening with a number
    r"|,?\s+(?:and|but)\s+(?=that\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|"
    r"most|all|no)\s+\S+\s+\S+)"
    # "Nine workers were injured, and [about 3,000 residents] were evacuated": a clause whose subject is a figure
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:(?:about|around|some|nearly|almost|roughly|more\s+than|fewer\s+than|"
    r"at\s+least|up\s+to|another|only)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+"
    r"(?:[a-z][\w’'-]*\s+){1,5}?(?:were|was|are|is|have|has|had|will|would|could|[a-z]{3,}ed)\s+\S+)"
    # "..., and in the wild the species lives only in ...": a clause opening with a short phrase of place or time
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:in|on|at|for|by|under|during|across|outside|inside)\s+(?:the\s+)?"
    r"(?:[a-z]+|[A-Z][\w’'-]*)(?:\s+[a-z]+)?,?\s+(?:the|a|an|its|their|his|her|this|these|those)\s+[a-z]\S*\s+\S+)"
    # "..., and [oil has been] detected": a bare noun and its auxiliary
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?!(?:so|then|also|thus|still|yet|that|which|what)\b)[a-z][\w’'-]+\s+"
    r"(?:has|have|had|was|were|is|are|will|would)\s+\S+)"
)
_PARTICIPLE = re.compile(r",\s+((?:[a-z]+ly\s+)?([a-z]{3,}ing))\s+(?=\S)")
#: The head of a body's name and its "of": "[Bank of ]England", "[Ministry of ]Health".
_BODY_OF = (
    r"(?:Bank|Ministry|Department|University|Church|Board|Bureau|Office|Institute|College|Museum|Council|Court|"
    r"Chamber|Federation|Association|Union|League|Republic|Kingdom|Commission|Committee|Agency|Academy|Society|"
    r"Secretary|Minister|Governor|Mayor|Duke|Port|City)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])"
)
_APPOSITIVE = re.compile(
    r"((?:" + _BODY_OF + r"|[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*"  # "Bank of England", not "Shares of Apple"
    r"(?:\s+(?:province|city|county|region|district|state|river|"
    r"island|port|border crossing|crossing))?),\s+((?:a|an|the|his|her|its|their)\s+[^,;:()\"“”]{3,120}?)(?=,|;|\.\s*$|$|\s+(?:near|where|which)\b|\.)"
)


#: An appositive holding a finite verb before any relative pronoun is a clause ("In Paris, the hotel was closed").
_APPOSITIVE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|seems?|seemed)\b")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_DATE = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
#: Particles inside a name: "Sem [van] Lierop", "Luis [de la] Fuente".
_NAME_PARTICLES = r"(?:(?:van|von|de|der|den|del|della|da|di|du|dos|das|la|le|al|bin|ter|ten)\s+){1,2}"
_SUBJECT = re.compile(
    r"(?:(?:On|In|At|Since|After|By|For|During|Over|Last|Earlier|Later)\b[^,]{0,40},\s*)?"
    r"((?:(?:North|South)\s+)?(?:[A-Z][\w’'.-]*\s+(?:" + _NAME_PARTICLES + r"(?=[A-Z]))?){0,4}"
    r"[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b"
)


def _appositive_ok(clause: str, m: re.Match[str]) -> bool:
    """Whether an :data:`_APPOSITIVE` match is a noun phrase about a name, not a clause after an opening word."""
    head, app = m.group(1), m.group(2)
    if len(app.split()) < 2 or re.search(r"\b(?:said|says|told|reported)\b", app):
        return False
    if _APPOSITIVE_VERB.search(_RELATIVE.split(app)[0]):
        return False
    if re.match(r",\s+(?:a|an|the|his|her|its|their)\s", clause[m.end(2) :]):
        return False  # a list: "Ana Diaz, her aides, her lawyers and ..."
    words = head.split()
    if words[0] in _OPENER | _DATE and (len(words) == 1 or not clause[: m.start(1)].strip()):
        return False  # "Still, the ...", "in July, her successor ...", "On Monday, the ..."
    if words[0].lower() in _PREPOSITIONS or (len(words) == 1 and words[0].endswith("ly")):
        return False  # "For GOP, a 'golden opportunity'", "Previously, a man who ...": a phrase, not a name
    before = clause[: m.start(1)].split()
    if before and before[0].lower() in _PREPOSITIONS | {"within", "across", "through", "near"} \
            and "," not in clause[: m.start(1)] and not clause[m.end(2) :].lstrip().startswith(","):  # fmt: skip
        return False  # "Within hours of being posted on Facebook, the video went viral": the main clause
    # "his first win" after an object sums up the clause ("won in Ohio, his first win"); after a subject it is about it
    return not re.match(r"(?:his|her|its|their)\s", app) or bool(_LEAD_ADVERBIAL.fullmatch(clause[: m.start(1)]))


def _subject_appositive(clause: str) -> re.Match[str] | None:
    """An appositive right after the clause's subject ("Ana Diaz, the mayor, opened ..."), if any."""
    for m in _APPOSITIVE.finditer(clause):
        if not _LEAD_ADVERBIAL.fullmatch(clause[: m.start(1)]) or not _appositive_ok(clause, m):
            continue
        if re.match(r",\s+(?:[a-z]+ly\s+)?[a-z]+\b", clause[m.end(2) :]) and not re.match(
            r",\s+(?:and|or|but|nor|so|yet|as|if|who|whom|whose|which|that|when|where|while|because|although|though|"
            r"since|after|before|to|in|on|at|for|with|by|from|of|than|a|an|the|his|her|its|their|our|my|your)\b",
            clause[m.end(2) :],
        ):
            return m
    return None


#: A relative clause after a clause's subject: "[Manager Elena Vasquez], who [arrived in 2022], praised ...".
_RELATIVE_APPOSITIVE = re.compile(
    r"((?:(?:The|A|An)\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|(?:The|the|A|a|An|an)\s+[a-z]+(?:\s+[a-z]+)?)"
    r",\s+((?:who|which)\s+(?P<pred>[a-z](?:[^,;:\"“”()]|,(?=\d{3})){2,100}?)"  # "350,000" holds no clause break
    r"|(?P<passive>(?:led|run|built|made|written|owned|held|born|founded|[a-z]{3,}ed)\s+"
    r"(?:by|in|on|at|from|during|after|near|as)\s+[^,;:\"“”()]{2,100}?))"  # "The dam, [completed in 1967], supplies"
    r",\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)?\s)"
)


#: What may continue a capitalised subject: a plural head noun and a prepositional phrase ("[Dock] workers at the port").
_NOUN_TAIL = re.compile(r"\s+[a-z]{2,}s(?:\s+(?:at|in|of|from|for|on|with)\s+[^,;:\"“”]+?)?\s*")


#: Irregular past forms as one alternation, for patterns that look ahead to a past-tense verb.
_PAST_ALT = "|".join(sorted(_PAST_FORMS | _MORE_PAST))
#: Where a named subject is, before its verb: " on the Indonesian island of Flores ", " in northern Chile ".
_PLACE_TAIL = re.compile(
    r"\s+(?:on|in|at|near|off|outside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[A-Z][\w’'-]*\s+(?=(?:[a-z]{3,}ed|" + _PAST_ALT + r")\b)"
)
#: A passive verb phrase: "were (slightly) injured", "has been killed".
_PASSIVE_AFTER = re.compile(
    r"\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
)
#: A counted subject right before its finite verb: "[About 2,300 workers at the mine] have been ...".
_COUNT_SUBJECT = re.compile(
    r"((?:(?:About|Around|Some|Nearly|Almost|Roughly|More\s+than|At\s+least|Over|Up\s+to)\s+)?"
    r"(?:\d[\d,.]*|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Dozens|Hundreds|Thousands)"
    r"(?:\s+(?!(?:is|was|were|are|has|had|have|will|would)\b)[A-Za-z][\w’'-]*){1,8}?)"
    r"(?=\s+(?:is|was|were|are|has|had|have|will|would|[a-z]{3,}ed|" + _PAST_ALT + r")\b)"
)
#: A short determiner noun phrase right before a past-tense or finite verb ("The mayor opened", "A fire tore").
_DETERMINER_SUBJECT = re.compile(
    r"(The|A|An)\s+((?:(?:[a-z][\w’'-]*|\d[\d.,]*\d(?:-[a-z]+)?|\d(?:-[a-z]+)?)\s+){0,3}?[a-z][\w’'-]*)(?=\s+(?:[a-z]{3,}ed|"
    + _PAST_ALT
    + r"|"
    r"is|was|were|are|has|had|have|will|would|could|may|might)\b)"
)


#: A name of two words or more after a role in lower case, right before its verb: "Former nurse [Danielle
#: Okafor-Brant] won ...", "The union leader [Graciela Fuentes] said ...".
_ROLE_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){1,3}((?:[A-Z][\w’'.-]*\s+(?:" + _NAME_PARTICLES + r")?){1,3}[A-Z][\w’'-]*)\b"
)


#: A count opening a noun phrase ("Four people were injured, showing ...": the event shows it, not the people).
_COUNTED = re.compile(r"(?:\d|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Millions)\b")


def _clause_subject(clause: str) -> str | None:
    """The subject a participle in ``clause`` shares: a leading name or pronoun, None for anything else."""
    if (n := _COUNT_SUBJECT.match(clause)) is not None and not _PASSIVE_AFTER.match(clause, n.end()):
        # "About 2,300 workers at the mine have been on strike ..., demanding ...": the workers demand; but in
        # "Four people were slightly injured, showing ..." what shows is the event, not the people
        return _cap(n.group(1).strip())
    if (r := _ROLE_NAME.match(clause)) is not None and _VERB_NEXT.match(clause, r.end(1)):
        return r.group(1)
    m = _SUBJECT.match(clause)
    if m is None or m.group(1).split()[0] in _NOT_A_SUBJECT:
        d = _DETERMINER_SUBJECT.match(clause)  # "A fire tore through ..., injuring four" -> "The fire injured four"
        return f"The {d.group(2)}" if d else None
    verb = _FINITE.search(clause, m.end(1))
    if verb is not None and verb.start() > m.end(1) and m.group(1).lower() not in ("he", "she", "they", "it"):
        longer = clause[m.start(1) : verb.start()].strip()
        if len(longer.split()) <= 8 and _NOUN_TAIL.fullmatch(clause, m.end(1), verb.start()):
            return _cap(longer)  # "Dock workers at the city's terminals", not "Dock"
    if _PLACE_TAIL.match(clause, m.end(1)):
        return _cap(m.group(1))  # "Mount Lawerang [on the island of Flores] erupted ...": the name, not the place
    tail = _NOUN_TAIL.match(clause, m.end(1)) if _DEMONYM.fullmatch(m.group(1)) else None
    if tail and (nxt := re.match(r"([a-z]+)\b", clause[tail.end() :])) and (
        nxt.group(1) in _PAST_FORMS or (nxt.group(1).endswith("ed") and len(nxt.group(1)) > 4)
    ):
        return _cap(clause[m.start(1) : tail.end()].strip())  # "Russian drones struck ...", not "Russian"
    if (group_end := _group_end(clause, m.end(1))) is not None and not _COUNTED.match(m.group(1)) and (
        _VERB_NEXT.match(clause, group_end) or re.match(r"\s+[a-z]+\s+(?:that|the|a|an|his|her|its|their)\b", clause[group_end:])
    ):
        return _cap(clause[m.start(1) : group_end])  # "State officials [dispute that figure]", not "State"
    if _VERB_NEXT.match(clause, m.end(1)):
        return _cap(m.group(1))
    return None  # no verb right after the name: it is not the clause's subject ("If Clinton ...")


#: A sentence's text that runs on into a clause ("... off the rolls if"): no claim without what follows
#: (", when ..." after a complete clause may stand apart).
_GLUED = re.compile(r"[^\s,]\s+(?i:if|that|because|when|whenever|after|before|while|although|though|since|unless|until|"
                    r"whether|where|so)\s*$")


def _relative_report(text: str, sp: AttributionSpan, sent: Sentence) -> bool:
    """Whether ``sp`` reports inside a restrictive relative clause: "a job [that] economists say [is the
    future]" (the content has no subject of its own; the relative pronoun is it)."""
    if sp.source is None or not sp.content or not sp.source[1] <= sp.cue[0] < sp.content[0][0]:
        return False
    return bool(re.search(r"[^\s,]\s+(?:that|which|who)\s*$", text[sent.start : sp.source[0]])) and bool(
        _PREDICATE_START.match(text, sp.content[0][0])
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
    rest = [((_after_frame_phrase(text, r[0]) if r[0][0] in cue_ends else r[0][0], r[0][1]), r[1], r[2]) for r in rest]
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


def _source_declined(
    text: str, span: Span, own: list[tuple[AttributionSpan, Attribution]], base: Attribution
) -> _Piece | None:
    """The reporter's claim that the source did not do something, did something more or cited a reason, right
    after its report:
    "The White House said Biden would travel, but did not give details" -> "The White House did not give details";
    "The mayor said the budget was balanced and urged residents to save water" -> "The mayor urged residents to
    save water"."""
    m = _SOURCE_DID.match(text, span[0], span[1])
    if m is None:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    if group == 3 and _cites_a_source(m.group(3).split(",")[0]):
        return None  # "..., citing port officials": whom the report cites is its chain, no claim
    for sp, attribution in own:
        if sp.source is None or not sp.content or sp.source[1] > sp.cue[0]:
            continue  # a pre-posed source only: "X said ..., but did not"
        if text[sp.content[-1][1] : span[0]].strip(" ,") or not re.match(r"[A-Z]|the\b|an?\b", text[sp.source[0] :]):
            continue
        written = text[sp.source[0] : sp.source[1]]
        if written.lower() in ("who", "which") or written.split()[0].lower() in _PREPOSITIONS:
            continue  # not "In a statement cited her work"
        if written.lower() in _PRONOUNS and attribution.canonical and attribution.canonical.lower() not in _PRONOUNS:
            written = attribution.canonical  # "She called it shameful and called on lawmakers ...", "she" resolved
        elif written.lower() not in _PRONOUNS:
            written = _source_name(written) or written  # "Brian Sandoval, a Republican," as "Brian Sandoval"
        body = m.group(group).rstrip(" .")
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
_CONSEQUENCES = _RESULT_PARTICIPLES | frozenset("cutting killing injuring displacing costing ending stranding".split())


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


#: A relative clause on the place or time of a frame: 'said at the dinner in Washington[, where Mrs. Clinton
#: also spoke]'.
_FRAME_RELATIVE = re.compile(r",\s+(?:where|when)\s[^\"“”]*$")
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


#: Right after "that", a verb: "that" is the subject ("said that was not enough"), not a complementizer.
_THAT_AS_SUBJECT = r"(?:was|is|were|are|will|would|could|can|may|might|has|had|seems?|seemed)\b"


def _clean(text: str, a: int, b: int) -> Span:
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2014"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2014"):
        b -= 1
    t = re.search(
        r"[\s,]+(?:(?:though|although|but|and|while|whereas|with|as|because|when|where)"
        r"|(?:but|and)\s+(?:on|last|this|late|early)\s+(?:" + _WEEKDAYS + r"|week|month|year|night))$",
        text[a:b],
        re.I,
    )  # "... toured the site [but on Tuesday] said ..."
    if t:
        b = a + t.start()
    # "and that ...", "only that ..." after a cue; a sentence's own "That plan" stays
    m = re.match(
        r"(?i:though|although|but|and|while|whereas)\s+(?:that\s+(?!" + _THAT_AS_SUBJECT + r"))?|"
        r"(?:(?:only|simply|merely)\s+)?that(?:\s*,)?\s+(?!" + _THAT_AS_SUBJECT + r")",  # "said that, during ..."
        text[a:b],
    )  # "said that was not enough": there "that" is the subject and stays
    if m and b - a - m.end() > 10:
        a += m.end()
    elif re.match(r"as\s+(?:the\s+|a\s+|an\s+)?[a-z]+\s+[a-z]+", text[a:b]) and text[:a].rstrip().endswith(","):
        a += 3  # "..., as temperatures topped 105 degrees": the clause after "as" is the claim
    return a, b


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
#: A word that reads as an adjective: a common short one or a typical ending ("rural", "economic", "young").
_ADJECTIVE = re.compile(
    r"(?:young|old|black|white|brown|new|big|small|large|rich|poor|low|high|male|female|local|senior|junior|"
    r"[a-z]+(?:al|ic|ous|ive|ful|less|able|ible|ish|ary|ern|ese))"
)
_DISCOURSE = re.compile(r"\b(?:however|therefore|meanwhile|moreover|instead|indeed|though|also|too|instance|example)\b")
_LIST_BAD_ITEM = re.compile(
    r"\b(?:said|says|say|told|according|who|which|that|whose|when|where|because|if|but|or|both|either|neither)\b|"
    r"\bas\s+well\s+as\b|"
    + _DISCOURSE.pattern
    + r"|^\s*[a-z]+ing\b|[“”\"()]"
)
_LIST_NAME = re.compile(r"(?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|of|de|al))*")


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
    if not (_verb_word(later[0], False) or _present_verb(later[0]) or later[0] in ("was", "were") or modal or shared):
        return None
    if later[0] in ("was", "were") and (later[1] in _NOT_VERBS or _verb_word(later[1], False)):
        return None  # "... and were killed": the passive keeps its own subject question; leave it whole
    verbs = [m for m in re.finditer(r"\b[a-z]+\b", head) if _verb_word(m.group(), False) or _present_verb(m.group())]
    if (aux := re.search(r"\b(?:is|are|was|were|has|have|had)\b", head)) is not None:
        verbs = [m for m in verbs if m.start() > aux.start()]  # "Three crew members were injured": "crew" is no verb here
    if not verbs and (modal_at := re.search(r"\b(?:would|will)\s+(?:not\s+)?(?=[a-z\"“])", head)) is not None:
        verbs = [modal_at]  # "The council [would] "not pay a single cent" ... and expected ..."
    if not verbs or verbs[0].start() == 0:
        return None
    verb_at = verbs[0].start()
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


def _named_clause(chunk: str) -> bool:
    """Whether ``chunk`` opens with a name and a past-tense verb ("Twitter reported flat growth"): a clause."""
    words = chunk.split()
    i = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if i == 0 or i >= len(words) - 1:
        return False
    w = words[i].lower()
    return (w.endswith("ed") and len(w) > 4) or w in _PAST_FORMS


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
            verb = (w.endswith("ed") and len(w) > 4) or w in _PAST_FORMS
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
        tail_at = conj.end()
        tail = seg[tail_at:]
        first = seg[start : left_at + len(left)]
        if any(re.search(r"\b[a-z]{3,}ed$", c.strip()) for c in [first, *middle]):
            continue  # "in which class was abolished, egalitarianism ruled and all ...": clauses, not items
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
        elif subject_list:
            continue
        else:
            stop = _LIST_END.search(tail)
            last_end = tail_at + (stop.start() if stop else len(tail.rstrip(" .")))
        last = seg[tail_at:last_end]
        if not last.strip() or len(last.split()) > 6 or _LIST_BAD_ITEM.search(last):
            continue
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
                and not any(a0 < m.start() < b0 for a0, b0 in superlatives):  # fmt: skip
            # (", the lowest level [since records began in 1991]": the clause dates the superlative)
            cuts.append(m.start())  # "began a strike on Thursday [after talks broke down on Monday]"
            subordinate[m.start()] = m.start("clause")
    summed: dict[int, int] = {}  # cut -> end of a noun phrase summing up the clause before it
    for m in summatives:
        if m.start() > 15 and not _unclosed(seg[: m.start()]) and not any(m.start() < c < m.end() for c in cuts) \
                and not _BARE_NAME.fullmatch(seg[: m.start()].strip()):  # fmt: skip
            # (not after a name alone: "The General Workers' Front[, the country's largest union]" is an appositive)
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
    r"[^,;:()\"“”]{3,80}?)(?=,|\.?\s*$)"
)
#: A name and nothing else: "The General Workers' Front", "Unite".
_BARE_NAME = re.compile(r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*")
#: A clause of time after the main one: " after talks with management broke down on Monday", ", as
#: Pakistan imposed power cuts"; or of place: ", where new inspection rules have slowed traffic".
_SUBORDINATE_CLAUSE = re.compile(
    r"(?:,?\s+(?:after|before|since|when)|,\s+(?:as|where)"
    # "declared a disaster on Wednesday [as the dams ... fell to 14 percent]"; not "such as", "known as", "served as"
    r"|(?<!\bsuch)(?<!\bsame)(?<!\bknown)(?<!\bserved)(?<!\bserves)(?<!\bacted)(?<!\bwell)(?<!\bmuch)(?<!\bmany)"
    r"(?<!\bfar)(?<!\blong)(?<!\bsoon)(?<!\bjust)\s+as(?=\s+(?:the|its|their)\s))"
    r"\s+(?P<clause>(?!it\b|he\b|she\b|they\b)[A-Za-z][\w’'-]*\b[^,;:()\"“”]{3,160})"
)


#: Words that tie a clause of time to the one before ("[shortly] after", "two [days] before"): no split there.
_RELATIVE_TIME_BEFORE = re.compile(
    r"\b(?:shortly|soon|just|only|long|right|immediately|even|hours?|days?|weeks?|months?|years?|minutes?)\s*$", re.I
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
    if re.fullmatch(r"[a-z]{2,}ing", words[0]) and (words[0] in ("being", "having") or len(words) < 2 or not (
        words[1] in ("was", "were", "had", "has", "is", "are") or _verb_word(words[1].strip(".,"), False)
    )):
        return False  # "after being trapped for hours", "after confirming 87 cases": a gerund, no clause; not
        # "after trading resumed", whose subject is a noun in -ing
    for i, w in enumerate(words[1:7], 1):
        low = w.lower().strip(".,")
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
        be = "were" if re.search(r"(?:[^s]s|\bThey|\bthey)$", subject) else "was"
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
        be = "" if group == "pred" else "was " if not re.search(r"[^s]s$", who) else "were "
        # "The trial, led by researchers at UCL, followed ..." -> "The trial was led by researchers at UCL"
        out.append(_Piece(f"{_cap(who)} {be}{text[pred[0] : pred[1]]}", ((at, at + len(who)), pred), att))
    out.extend(extra)
    if not quote:  # a quotation is checked as said, word for word: no claims carved out of it
        out.extend(_appositive_pieces(text, ca, clause, att))
    return out


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
    r"\s(?:in|on|at|under|for|from|with|by|into|to)\s+(?P<np>(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+),\s+which\s+(?P<pred>(?!(?:means?|meant|would|could|might|may|led|leads|made|makes|prompted|sparked|"
    r"raised|triggered|caused|is\s+why|was\s+why)\b)[a-z][^,;:\"“”()]{5,120}?)\s*$"
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
    if not subject or _unclosed(clause[: m.end()]):
        return None
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
        if head.split()[0] in ("The", "A", "An", "On", "In", "According", "But", "And"):
            head = " ".join(head.split()[1:])
            if not head:
                continue
        h0 = ca + m.start(1) + m.group(1).find(head)
        spans = ((h0, h0 + len(head)), (ca + m.start(2), ca + m.end(2)))
        out.append(_Piece(f"{head} is {app.rstrip(' .')}", spans, att, False))
    return out


_HEDGING_CUES = frozenset("believe believes believed think thinks thought suspect suspects suspected expect expects".split())


def _hedged(piece: _Piece) -> bool:
    """Hedged wording in the claim, or a cue of belief rather than statement."""
    cue = (piece.attribution.cue or "").lower().split()
    return bool(_HEDGE.search(piece.text)) or bool(cue and cue[-1] in _HEDGING_CUES)


def _kind(piece: _Piece) -> ClaimKind:
    t = piece.text
    if piece.quote and piece.attribution.is_attributed:
        return ClaimKind.QUOTE
    if _PREDICTION.search(t):
        return ClaimKind.PREDICTION
    if _STAT.search(t):
        return ClaimKind.STATISTIC
    if _OPINION.search(t) or (piece.attribution.cue or "").lower() in ("believe", "believes", "think", "thinks"):
        return ClaimKind.OPINION
    if _PAST_OR_TIME.search(t):
        return ClaimKind.EVENT
    return ClaimKind.OTHER


def extract_claims(text: str) -> tuple[Claim, ...]:
    """Atomic claims of ``text`` in text order (see :class:`ClaimExtractor`)."""
    return ClaimExtractor().extract(text)
