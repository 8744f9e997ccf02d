"""Reading each sentence for negation, hedges and modality, and the part of a claim that carries its
figures (:func:`focus`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.slots.lexicon import (
    _MODAL_POSSIBLE, _POLARITY_WORD, _POSSIBLE, _UNITS_SMALL, _VERBAL_NEG, _WEAK_POLAR, content_words, _same_sense,
    _sentences, _tokens,
)


#: Sourcing boilerplate whose negation says nothing about the reported fact
#: ("..., asking not to be named", "not authorized to speak publicly").
_SOURCING_NEGATION = re.compile(
    r"\b(?:asking|requesting|on (?:the )?condition|preferring)\b[^.;]{0,40}?\bnot\b[^.;,]{0,30}"
    r"|\b(?:is|was|are|were|being)\s+not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\b[^.;,]{0,40}"
    r"|\bwho\s+(?:did|does|do)\s+not\s+want\s+to\s+be\s+(?:named|identified)"
    # a contrast that negates a noun phrase, not the statement: "on mechanics, not pilots", "not only ..."
    r"|,\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;]|\s*$)"
    r"|\bnot\s+only\b|\bif\s+not\b"
    # "would not reopen until 2027" is "would reopen in 2027": the negation dates the event
    r"|\b(?:not|n't|never)\b(?=(?:\s+[\w’'-]+){1,4}\s+(?:until|till|before)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))",
    re.IGNORECASE,
)


def _restatement(claim_words: set[str], sents: list[tuple[str, set[str], int, bool]]) -> float:
    """The largest share of the claim's senses (:data:`_SYNONYMS`) found in one passage sentence that
    states something (a question, "Did the ministry deny it?", restates nothing)."""
    if not claim_words:
        return 0.0
    senses = _same_sense(claim_words)
    return max(
        (len(senses & _same_sense(words)) / len(senses) for seg, words, _, _ in sents if not _ASKS.search(seg)),
        default=0.0,
    )


_ASKS = re.compile(r"\?[\s\"'”’)]*$")


#: Words that open a subordinate or relative clause, whose negation says nothing of the main statement.
_SUBORDINATORS = frozenset("because since although though while whereas after before when if unless until which who whom whose".split())


def _sentence_index(text: str) -> list[tuple[str, set[str], int, bool]]:
    out = []
    for lo, hi in _sentences(text):
        seg = text[lo:hi]
        out.append((seg, content_words(seg), *_polarity_of(seg)))
    return out


#: "not" before a value corrects the value, it negates nothing: "was down 8.3 per cent, [not 7] per cent as the
#: exchange stated", "on Monday, [not Tuesday]".
_CORRECTION_NOT = re.compile(
    r"\b(?:not|rather\s+than)\s+(?:on\s+|in\s+|at\s+|about\s+)?(?=[$€£¥₩]?\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)


#: Words that deny a sentence's subject: "No tiger was ...", "Nobody was hurt".
_DENIED_SUBJECT = frozenset("no none nobody nothing".split())


def _polarity_of(seg: str) -> tuple[int, bool]:
    """Negations of the main clause of ``seg`` and whether it says something is only possible."""
    text = _CORRECTION_NOT.sub(" ", _SOURCING_NEGATION.sub(" ", seg))
    toks = _tokens(text)
    raw = [t[0] for t in toks]
    words = [w.lower() for w in raw]
    # only the main clause's negation: "failed because pumps had not been maintained" affirms the failure; a
    # clause set off by commas is left out and the main clause resumes after it ("The mayor, who had not
    # visited, called it ...")
    inside: set[int] = set()
    main = len(words)
    for i, w in enumerate(words):
        if w not in _SUBORDINATORS or i <= 1 or i in inside:
            continue
        close = text.find(",", toks[i][2]) if text[: toks[i][1]].rstrip().endswith(",") else -1
        if close < 0:
            main = i
            break
        inside.update(j for j in range(i, len(words)) if toks[j][1] < close)
    negs = sum(1 for i, w in enumerate(words[:main]) if w in _VERBAL_NEG and i not in inside and not _negates_polar(words, i))
    # a subject denied outright negates its clause as "not one" does: "[No] tiger was photographed" / "Not one
    # camera photographed a tiger" (never flagged alone: "no" governs no verb, see compare._negated_words)
    negs += len(words) > 1 and words[0] in _DENIED_SUBJECT and raw[1][:1].isalpha()
    return negs, any(_hedges(raw, i) for i in range(len(raw)))


def _only_possible(seg: str) -> bool:
    """Whether ``seg`` says something only may happen ("could close"), beyond a plan or an expectation."""
    words = [t[0] for t in _tokens(seg)]
    return any(words[i].lower() in _POSSIBLE and _hedges(words, i) for i in range(len(words)))


#: Determiners before which "planned", "expected", "likely" are adjectives ("a planned deal"), not hedges.
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())


def _hedges(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` (as written) says something is only possible: not the month ("on May 11",
    "in May"), not an adjective after a determiner ("a planned soybean deal")."""
    low = words[i].lower()
    if low not in _MODAL_POSSIBLE:
        return False
    prev = words[i - 1].lower() if i else ""
    if low == "may" and words[i][0] == "M" and (i > 0 or (i + 1 < len(words) and words[i + 1][0].isdigit())):
        return False
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if low in ("planned", "expected") and (prev[:1].isdigit() or prev in _UNITS_SMALL) and nxt.isalpha() \
            and nxt not in _NOT_NOUN_AFTER:  # fmt: skip
        return False  # "more than 60 [planned] operations": an adjective after a count
    if low in ("could", "can", "might") and {w.lower() for w in words[max(0, i - 2) : i]} & _NONE_WORDS:
        return False  # "places [no boat could] reach": what nothing can do, no hedge
    if low in ("planned", "expected", "scheduled", "intended") and prev in ("than", "as"):
        return False  # "a year later than planned", "opened as expected": a comparison with the plan, no hedge
    return not (low in ("planned", "expected", "likely") and prev in _DETERMINERS)


_NONE_WORDS = frozenset("no nobody none nothing never".split())
_NOT_NOUN_AFTER = frozenset("to that by in on at for as soon next later this before after within until when".split())


def _relevant_polarity(seg: str, claim: str, claim_words: set[str], whole: tuple[int, bool]) -> tuple[int, bool]:
    """Negations and modality of the coordinate clauses of ``seg`` that speak of a one-clause claim: "salts
    are running low, and new supplies are not expected" neither negates nor hedges "the centres ran short"."""
    clauses = [c for c in _COORDINATE.split(seg) if c.strip()]
    if len(clauses) < 2 or _COORDINATE.search(claim):
        return whole  # a claim of two clauses ("may not be X, but Y is") is compared with the whole sentence
    shared = [len(claim_words & content_words(c)) for c in clauses]
    top = max(shared)
    if top == 0:
        return whole
    parts = [_polarity_of(c) for c, n in zip(clauses, shared) if 2 * n >= top]
    return sum(n for n, _ in parts), any(m for _, m in parts)


#: Where a sentence's coordinate clauses meet (see :func:`_relevant_polarity`).
_COORDINATE = re.compile(
    r",\s+(?:and|but|yet|while|whereas)\s+|;\s+"
    # "at around J$850 million[, a figure] they say could rise": an aside on the figure hedges the aside only
    # (or on the act: "agreed to take 1.5 million tonnes[, a deal] traders say could reshape flows")
    r"|,\s+(?=(?:a|an)\s+(?:figure|number|estimate|total|toll|tally|sum|amount|deal|move|decision|step|agreement"
    r"|development|change)\b|which\s+(?:could|may|might)\b)"
    # ("37 farms in the Zerendi and Sandyktau districts[, which] were left without grain they had planned to sell":
    # a closing relative clause tells of its noun, not of what the sentence states)
    r"|,\s+(?=(?:which|who)\s+(?:were|was|are|is|had|have|has)\s)"
    # "orders had fallen 25% [and the company could] not afford ...": a clause with a subject and verb of its own
    r"|\s+and\s+(?=(?:the|its|their|it|they|he|she)\s+(?:\w+\s+){0,2}"
    r"(?:could|would|can|will|may|might|did|does|do|is|are|was|were|has|have|had)\b)"
)


def focus(claim: str, passage: str, max_words: int = 60) -> str:
    """The part of ``passage`` a pairwise model should read for ``claim``.

    A passage of at most ``max_words`` words is returned whole. A longer one is
    cut to the sentence sharing most content words with the claim, grown by
    whichever neighbour shares more while the window stays within ``max_words``.
    """
    if len(passage.split()) <= max_words:
        return passage
    spans = [(a, b) for a, b in _sentences(passage) if passage[a:b].strip()]
    if len(spans) < 2:
        return passage
    cw = content_words(claim)
    score = [len(cw & content_words(passage[a:b])) for a, b in spans]
    size = [len(passage[a:b].split()) for a, b in spans]
    lo = hi = max(range(len(spans)), key=lambda i: (score[i], -i))
    total = size[lo]
    while True:
        options = [i for i in (lo - 1, hi + 1) if 0 <= i < len(spans) and total + size[i] <= max_words]
        if not options:
            break
        i = max(options, key=lambda j: (score[j], -abs(j - lo)))
        lo, hi, total = min(lo, i), max(hi, i), total + size[i]
    return passage[spans[lo][0] : spans[hi][1]].strip()


def _negates_polar(words: list[str], i: int) -> bool:
    return any(w in _POLARITY_WORD and w not in _WEAK_POLAR for w in words[i + 1 : i + 4])
