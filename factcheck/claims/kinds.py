"""A claim's kind (event, statistic, quote, prediction, opinion, other) and whether it is hedged ("may",
"expected to", "believed to")."""

from __future__ import annotations

import re

from factcheck.attribution.lexicon import _WEEKDAYS
from factcheck.model import ClaimKind
from factcheck.wording import _Piece


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
