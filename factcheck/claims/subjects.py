"""Who a sentence is about and whose account it continues: the subject a pronoun may stand for
(:class:`_Subjects`), the reported account a sentence inherits its attribution from (:class:`_Account`), quotations
left open across sentences, bullet lead-ins, and the subject and appositives of a clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.attribution import AttributionSpan
from factcheck.attribution.lexicon import _PREPOSITIONS, _SOURCE_NOUNS
from factcheck.attribution.sentence import _PREDICATE_START
from factcheck.model import Attribution, SourceKind
from factcheck.resolve import _TITLE, _is_person, pronoun_fits
from factcheck.segment import Sentence
from factcheck.wording import (
    _FINITE, _LEAD_ADVERBIAL, _MORE_PAST, _NOT_A_SUBJECT, _OPENER, _PAST_FORMS, _QUOTE_OPEN, _VERB_NEXT, _Piece, _cap,
    _verbless,
)


_QUESTION = re.compile(r"\?[\s\"'”’)]*$")


#: What a source expects, as written after the cue: "[the rain] to [ease by Tuesday]".
_EXPECTED = re.compile(r"(?P<np>(?:[\w’'$%.,-]+\s+){0,6}?[\w’'$%-]+)\s+to\s+(?P<verb>(?!be\b)[a-z]+)\b(?P<rest>.*)", re.DOTALL)


#: A determiner, maybe with one word after it, right before a word: "[the two] closed theatres".
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|two|three|four|all)(?:\s+[\w’'-]+)?\s*$")


def _expectation(piece: _Piece) -> _Piece:
    """ "Forecasters expect the rain to ease by Tuesday": the claim is "The rain will ease by Tuesday"."""
    cue = (piece.attribution.cue or "").lower().split()
    if not cue or cue[-1] not in ("expect", "expects", "expected") or piece.text[:1] in _QUOTE_OPEN:
        return piece
    m = _EXPECTED.fullmatch(piece.text)
    if m is None or m.group("np").split()[0].lower() in ("to", "that"):
        return piece
    np = " " + m.group("np")
    # (a participle after a determiner describes the noun: "the two [closed] theatres to reopen")
    if any(not _DETERMINED.search(np, 0, f.start()) for f in _FINITE.finditer(np)):
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


#: The note that a source would not be named, left over as a piece of its own ("A nurse did not want to be named"):
#: nothing to check.
_ANONYMITY_NOTE = re.compile(
    r"(?:[\w’'-]+\s+){1,8}?(?:did\s+not\s+want|does\s+not\s+want|asked\s+not|declined|refused)\s+to\s+be\s+"
    r"(?:named|identified)|(?:[\w’'-]+\s+){1,8}?(?:spoke|speaking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
)


#: How or where a source spoke, left over once the report stands apart: "As she read out the verdict", "Speaking
#: outside the main entrance", "On condition of anonymity", "At a briefing".
_SPEAKING_NOTE = re.compile(
    r"(?:As|While|When)\s+(?:he|she|they)\s+(?:read|spoke|addressed|announced|opened|closed|left|arrived)\b[^,;]*"
    r"|(?:Speaking|Talking)\s+(?:to|at|in|outside|from|on|after|before|during|by)\b[^,;]*"
    r"|(?:speaking\s+)?[Oo]n\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|At\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:briefing|news\s+conference|press\s+conference|meeting|hearing|rally)"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?"
)
#: A word that makes a phrase a clause: "At a meeting in Lyon prices [rose]".
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|[a-z]{2,}ed|rose|fell"
    r"|grew|went|came|took|made|said|told|gave|got|left|lost|won|held|kept|ran|sold|bought|saw|began|broke|built)\b"
)


#: What a claim's subject did next, cut from it by a closing source: "Methane emissions ... rose by about 40 percent
#: ..., the study found, [before levelling off as mosses and sedges recovered]": no subject of its own.
_GERUND_TAIL = re.compile(r"(?:Before|After|While|Until|Since)\s+[a-z]{3,}ing\b")


def _leftover(text: str) -> bool:
    """Whether a piece is only a note on a source's anonymity (:data:`_ANONYMITY_NOTE`), on how and where it spoke
    (:data:`_SPEAKING_NOTE`), a phrase of what the subject did next (:data:`_GERUND_TAIL`), a speaker's age, or
    what helped a change along ("helped by high prices")."""
    t = text.strip(" .")
    if _ANONYMITY_NOTE.fullmatch(t) is not None or (_GERUND_TAIL.match(t) is not None and "," not in t):
        return True  # (not "Before closing the plant, the company paid ...": a clause after the phrase)
    if re.match(r"\d{1,3},\s+(?:whose|who|a|an|the)\b", t):
        return True  # a speaker's age and what describes her: "said Furaha Nabintu, [34, whose sister ...]"
    if (why := re.fullmatch(r"[A-Z][a-z]{2,}ed\s+by\s+([^,;]*)", t)) and not _CLAUSE_WORD.search(why.group(1)):
        return True  # "Revenue rose ..., according to the report, [helped by high prices]": no subject of its own
    if _SPEAKING_NOTE.fullmatch(t) is None:
        return False
    # no clause after the note's opening words ("As she read", or "Speaking"): "When she arrived ... had stopped" is one
    words = t.split()
    skip = 3 if words[0] in ("As", "While", "When") and len(words) > 3 else 1
    return not _CLAUSE_WORD.search(" ".join(words[skip:]))


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
#: A paragraph opening with a name (its last word caught) and a verb in the past simple: "Kim toured ...".
_LEDE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w’'-]*\s+){0,3}([A-Z][\w’'-]*)\s+(?:also\s+)?(?!(?:has|have|had|is|are|was|were|will|would)\b)"
    r"(?:[a-z]+ed|took|gave|made|met|saw|led|told|went|came|oversaw|rode|spoke|held|set|sent|urged)\b"
)
#: A sentence whose first verb is the future reported speech shifts back to ("would", "could"); not "had", which
#: is as often the reporter's background ("The museum had cut its night staff last year").
#: Its subject: a capitalised word and at most six more, not the writer ("I", "We") nor a conjunction, with no
#: verb or clause of its own before the modal ("Rubio backed a bill that would ...", "It is unclear whether ...").
_BACKSHIFTED = re.compile(
    r"\s*(?!(?:I|We|For|But|And|So|Yet|Or|If|When|While|Although|Though|Because|As|After|Before)\b)[A-Z][\w’'-]*"
    r"(?:\s+(?!(?:that|which|whether|is|are|was|were|said|says)\b)[\w’'-]+){0,6}?"
    r"\s+(?:would|could)\s+(?:not\s+|also\s+|still\s+)?[a-z]"
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
    lede: bool = False  # opened by the story's first sentence

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
        if sent.paragraph != self.paragraph and not self._lede_goes_on(text, sent):
            return False
        if self.attribution.cue == ":":  # a speaker's turn ("ORTIZ: ...") runs to the end of its paragraph
            return True
        if not text[self.last_sentence : sent.start].strip() and _BACKSHIFTED.match(sent.text) \
                and not _DID_NOT.search(sent.text):  # fmt: skip
            # reported speech goes on in the tense of reported speech, right after the account: "Xinhua reported
            # that ... . Buyers who had paid deposits would be protected, and a fund had been set up."
            self.last_sentence = sent.end
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

    def _lede_goes_on(self, text: str, sent: Sentence) -> bool:
        """Whether ``sent`` opens the paragraph after a lede that a news outlet or state media reports, with the
        lede's subject doing something more in the past tense: "KCNA reported that Kim visited a plant." then
        "Kim toured production lines ..." ("Kim has ruled since 2011" is the reporter's background)."""
        right_after = not text[self.last_sentence : sent.start].strip()
        if not (self.lede and sent.paragraph == self.paragraph + 1 and right_after):
            return False
        if self.attribution.source_kind not in (SourceKind.STATE_MEDIA, SourceKind.NEWS_MEDIA):
            return False
        m = _LEDE_SUBJECT.match(sent.text)
        if m is None or m.group(1) not in self.actors:
            return False
        self.paragraph, self.lede = sent.paragraph, False  # one paragraph on, no further
        return True

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
    if m is None or re.search(r"\b(?:He|She|They|It|We|I)$", text[:pos]):
        return None  # "He urged [managers] to ...": a pronoun and its verb, no group
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
    # "said loading was continuing and that reserve stocks would last about 10 days": a bare noun and its auxiliary
    r"|,?\s+(?:and|but)\s+(?=that\s+[a-z][\w’'-]*\s+(?:[\w’'-]+\s+){0,9}?(?:would|will|was|were|is|are|had|has|have"
    r"|could|can|may|might)\s+\S+)"
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
    # ("Bank of England", not "Shares of Apple"; a name's particles: "Kahawa Bora ya Kivu", "Dar es Salaam")
    # ("Phu Wiang Sugar and Power Pcl (PWSP)": a firm's name, "and" and its short name with it)
    r"((?:" + _BODY_OF
    + r"|[A-Z][\w’'.-]*\s+(?:(?:ya|wa|es|el|al|de|da|do|du|del|la|van|von|bin|and)\s+(?=[A-Z]))?){0,4}"
    r"[A-Z][\w’'-]*(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
    r"(?:\s+(?:province|city|county|region|district|state|river|"
    r"island|port|border crossing|crossing))?),\s+"
    # (a number's thousands comma and decimal point stay inside: "a city of about 350,000 people", "1.2 million")
    r"((?:a|an|the|his|her|its|their)\s+(?:[^,;:()\"“”]|,(?=\d{3})){3,120}?)"
    r"(?=,(?!\d{3})|;|\.\s*$|$|\s+(?:near|where|which)\b|\.(?!\d))"
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


#: How a firm's name with "and" in it ends: its legal form or its short name ("Sugar and Power Pcl (PWSP)").
_FIRM_END = re.compile(r"\b(?:Pcl|PCL|Ltd|Limited|Inc|Plc|PLC|Corp|LLC|Group|Holdings|Company|Co)\.?$|\)$")


def _appositive_ok(clause: str, m: re.Match[str]) -> bool:
    """Whether an :data:`_APPOSITIVE` match is a noun phrase about a name, not a clause after an opening word."""
    head, app = m.group(1), m.group(2)
    if len(app.split()) < 2 or re.search(r"\b(?:said|says|told|reported)\b", app):
        return False
    if re.match(r"(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:journey|trip|drive|ride|walk|flight|voyage)\s+of\b", app):
        return False  # "trucked to ... Dar es Salaam, [a journey of more than a week]": of the trucking, not the place
    if _APPOSITIVE_VERB.search(_RELATIVE.split(app)[0]):
        return False
    if re.match(r",\s+(?:a|an|the|his|her|its|their)\s", clause[m.end(2) :]):
        return False  # a list: "Ana Diaz, her aides, her lawyers and ..."
    if " and " in head and not _FIRM_END.search(head):
        return False  # "Chott Essalam and Ghannouch, the two districts closest ...": two names, no firm's one
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
    # ("The Ghannouch complex": a name and a common head, after its article)
    r"((?:The|A|An)\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]{3,}(?=,)"
    r"|(?:(?:The|A|An)\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*"
    r"|(?:The|the|A|a|An|an)\s+[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?)"  # "The team [of five researchers], led by ..."
    r",\s+((?:who|which)\s+(?P<pred>[a-z](?:[^,;:\"“”()]|,(?=\d{3})){2,100}?)"  # "350,000" holds no clause break
    r"|(?P<passive>(?:led|run|built|made|written|owned|held|born|founded|set\s+up|begun|won|[a-z]{3,}ed)\s+"
    r"(?:by|in|on|at|from|during|after|near|as)\s+[^,;:\"“”()]{2,100}?))"  # "The dam, [completed in 1967], supplies"
    r",\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)?|is|was|has)\s)"  # (", supplies", ", is one of")
)


#: What may continue a capitalised subject: a plural head noun and a prepositional phrase ("[Dock] workers at the port").
_NOUN_TAIL = re.compile(
    r"\s+[a-z]{2,}s(?:\s+(?:[a-z]{3,}ing\s+(?:down\s+|up\s+|in\s+|out\s+)?)?"  # "floods [pouring down] from"
    r"(?:at|in|of|from|for|on|with|across|along|near|around)\s+[^,;:\"“”]+?)?\s*"
)


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


#: Pronouns, which no plural after them joins: "He was", "It has".
_PRONOUNS = frozenset("he she it they we i you this that these those there".split())
#: Words ending in "s" that are verbs, not plurals, after a sentence's first word: "Trump [has] accused ...".
_NOT_PLURALS = frozenset(
    "has was is does says goes gets makes takes seems remains sees keeps calls plans wants".split()
)

#: A name of two words or more after a role in lower case, right before its verb: "Former nurse [Danielle
#: Okafor-Brant] won ...", "The union leader [Graciela Fuentes] said ...".
_ROLE_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){1,3}((?:[A-Z][\w’'.-]*\s+(?:" + _NAME_PARTICLES + r")?){1,3}[A-Z][\w’'-]*)\b"
)


#: A count opening a noun phrase ("Four people were injured, showing ...": the event shows it, not the people).
_COUNTED = re.compile(r"(?:\d|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Millions)\b")


#: An irregular past form after a subject: "Train drivers on the network [began] a strike".
_IRREGULAR_VERB = re.compile(r"\s(?:" + "|".join(sorted(_MORE_PAST)) + r")\b")


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
    verb = min((v for v in (_FINITE.search(clause, m.end(1)), _IRREGULAR_VERB.search(clause, m.end(1))) if v),
               key=lambda v: v.start(), default=None)  # "Train drivers on the network [began] a strike"
    if verb is not None and verb.start() > m.end(1) and m.group(1).lower() not in ("he", "she", "they", "it"):
        longer = clause[m.start(1) : verb.start()].strip()
        if len(longer.split()) <= 12 and _NOUN_TAIL.fullmatch(clause, m.end(1), verb.start()):
            return _cap(longer)  # "Dock workers at the city's terminals", not "Dock"
    if _PLACE_TAIL.match(clause, m.end(1)):
        return _cap(m.group(1))  # "Mount Lawerang [on the island of Flores] erupted ...": the name, not the place
    # a people's word or a sentence's first word before a plural: "Russian drones struck", "Flash floods swept"
    opening = m.start(1) == 0 and " " not in m.group(1) and m.group(1).lower() not in _PRONOUNS
    tail = _NOUN_TAIL.match(clause, m.end(1)) if _DEMONYM.fullmatch(m.group(1)) or opening else None
    if tail and not _DEMONYM.fullmatch(m.group(1)) and tail.group().split()[0] in _NOT_PLURALS:
        tail = None  # "Trump has accused ...", "He was killed ...": a verb, not a plural
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


#: A relative clause on the place or time of a frame: 'said at the dinner in Washington[, where Mrs. Clinton
#: also spoke]'.
_FRAME_RELATIVE = re.compile(r",\s+(?:where|when)\s[^\"“”]*$")
