""":class:`ClaimExtractor` and :func:`extract_claims`: sentences, attribution, decomposition, inheritance,
kind, hedging and check-worthiness put together."""

from __future__ import annotations

import re

import attrs

from factcheck.article import mask_front_matter
from factcheck.attribution import SpanTagger, attribute_sentences, find_attributions
from factcheck.attribution.sentence import _cites_a_source
from factcheck.checkworthy import CheckworthyScorer
from factcheck.claims.decompose import _decompose
from factcheck.claims.kinds import _hedged, _kind
from factcheck.claims.subjects import (
    _Account, _Subjects, _bullet_lead, _clause_subject, _expectation, _is_question, _lead_attribution, _leftover,
    _wordless,
)
from factcheck.model import Attribution, Claim
from factcheck.segment import Sentence, split_sentences
from factcheck.wording import _Piece, _cap


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
        lede = next((i for i, s in enumerate(sentences) if not s.heading), -1)  # the story's first sentence
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
                if account is not None and i == lede:
                    account.lede = True  # the story's first sentence: its report may run into the next paragraph
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
            found = [_expectation(_untrailed(text, piece)) for piece in found
                     if not _is_question(piece.text) and not _wordless(piece.text) and not _cites_only(piece.text)
                     and not _leftover(piece.text)]
            found = _change_tails(text, _shared_subjects(text, found))
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


#: An auxiliary opening a piece whose subject the sentence gave once, before it: "[was] financed largely by a loan".
_SUBJECTLESS = re.compile(r"(?:was|were|is|are|has|have|had|will|would|could|can)\s+(?!\w+\s+(?:that|than)\b)")


def _shared_subjects(text: str, found: list[_Piece]) -> list[_Piece]:
    """Pieces opening with an auxiliary written in lower case, given the subject of the piece before them in the
    sentence: "The plant cost FJ$48 million to build, according to the company, and [was financed largely by a
    loan]" -> "The plant was financed largely by a loan"."""
    out: list[_Piece] = []
    for piece in found:
        at = piece.spans[0][0]
        if out and text[at : at + 1].islower() and _SUBJECTLESS.match(text, at) \
                and piece.text[:1].lower() + piece.text[1:4] == text[at : at + 4] \
                and (subject := _clause_subject(out[-1].text)) is not None:  # fmt: skip
            piece = attrs.evolve(piece, text=f"{subject} {piece.text[:1].lower()}{piece.text[1:]}")
        out.append(piece)
    return out


#: A change told after a credit, its figure's subject left before it: "[up 31% from the previous year] as ...".
_CHANGE_TAIL = re.compile(
    r"(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b)"
    r"|(?:up|down)\s+from\s+(?:about\s+|around\s+)?[$€£¥₩]?\d"
)


def _change_tails(text: str, found: list[_Piece]) -> list[_Piece]:
    """A piece that is only a change, written in lower case after a credit ("... handled a record 812,400 passengers
    in 2024, the airport said on Thursday, [up 31% from the previous year] as ..."), joined to the piece before it,
    whose figure it tells the change of, with that piece's attribution: one claim of two spans."""
    out: list[_Piece] = []
    for piece in found:
        at = piece.spans[0][0]
        if out and _CHANGE_TAIL.match(text, at) and piece.text[:1].lower() + piece.text[1:4] == text[at : at + 4] \
                and not piece.attribution.is_attributed:  # fmt: skip
            prev = out.pop()
            tail = piece.text[:1].lower() + piece.text[1:].rstrip(" .;,")
            a, b = piece.spans[-1]
            while b > a and text[b - 1] in " .;,":
                b -= 1
            spans = (*prev.spans, *piece.spans[:-1], (a, b))
            piece = attrs.evolve(prev, text=f"{prev.text.rstrip(' ,;')}, {tail}", spans=spans)
        out.append(piece)
    return out


def _cites_only(text: str) -> bool:
    """Whether a piece only names whom a report cites ("citing emergency service data" after "..., local media
    have reported,"): the report's chain, no claim."""
    m = re.fullmatch(r"[Cc]iting\s+(.+?)[.,]?", text)
    return m is not None and _cites_a_source(m.group(1))


#: A conjunction left dangling at a piece's end: "cited blocked parking and diverted traffic[, and]".
_TRAILING_CONJUNCTION = re.compile(r"[,;]?\s+(?:and|but|or)$")


def _untrailed(text: str, piece: _Piece) -> _Piece:
    """``piece`` without a conjunction dangling at its end (in its text and its last span)."""
    m = _TRAILING_CONJUNCTION.search(piece.text)
    a, b = piece.spans[-1]
    n = _TRAILING_CONJUNCTION.search(text, a, b)
    if m is None or n is None or n.end() != b:
        return piece
    return attrs.evolve(piece, text=piece.text[: m.start()], spans=(*piece.spans[:-1], (a, n.start())))


def extract_claims(text: str) -> tuple[Claim, ...]:
    """Atomic claims of ``text`` in text order (see :class:`ClaimExtractor`)."""
    return ClaimExtractor().extract(text)
