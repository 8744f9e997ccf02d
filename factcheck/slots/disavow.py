"""Disavowed figures: a passage that gives the claim's figure as someone else's, and disputes it.

A second source often restates the figure it rejects before giving its own: "The employers' federation disputed
the ministry's claim that 2.8 million people would gain", "the figure of 1,800 job losses presented by the
management seriously understates the impact", "Consumer groups disputed that figure". The sentence states the
claim's figure word for word, so the learned stance model and the slot comparison read it as support.
:func:`disavowed_sentence` finds such a sentence, so that the :class:`~factcheck.verify.Assessor` reads it as a
refutation by the passage's author.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.slots.extract import _extract
from factcheck.slots.lexicon import _sentences
from factcheck.slots.records import Slot, SlotKind
from factcheck.slots.values import _numbers_equal, _units_compatible

__all__ = ["disavowed_sentence"]

#: Counts below this are the claim's circumstances, not the figure it reports.
_SMALL_COUNT = 10
#: Words rejecting a reported figure or assertion.
_DISPUTE = re.compile(
    r"\b(?:disput(?:ed|es|e|ing)|reject(?:ed|s|ing)?|den(?:ied|ies|y)|challeng(?:ed|es|e|ing)|contest(?:ed|s|ing)"
    r"|question(?:ed|s|ing)|refut(?:ed|es|ing)|dismiss(?:ed|es|ing)|(?:under|over)(?:stat|estimat)(?:ed|es|ing)"
    r"|exaggerat(?:ed|es|ing)|(?:does|do|did)\s+not\s+reflect|on\s+the\s+(?:high|low)\s+side"
    r"|(?:far\s+)?too\s+(?:high|low)|fantasy|fiction|inflated|unrealistic|not\s+credible|nowhere\s+near"
    r"|(?:does|do|did)\s+not\s+(?:stand|add)\s+up|(?:doesn|don|didn)['’]t\s+(?:stand|add)\s+up)\b",
    re.IGNORECASE,
)
#: What a rejected figure is given as: someone's claim, figure or estimate.
_REPORTED = r"(?:claims?|figures?|estimates?|assertions?|count|toll|tally|numbers?|forecasts?|projections?|statements?)"
#: The reported thing before the figure it introduces: "the ministry's claim that [2.8 million]", "the figure of
#: [1,800]", "the administration's claim of a [$38-million] deficit".
_INTRODUCED = re.compile(rf"\b{_REPORTED}\s+(?:that|of|at)\b", re.IGNORECASE)
#: A figure given as someone's after it: "nowhere near [the two lakh] claimed by the minister".
_CLAIMED_BY = re.compile(r"\b(?:claimed|cited|given|quoted|announced|reported|put\s+forward)\s+by\b", re.IGNORECASE)
#: A count set against another's: "That is fewer than [the 16] reported by the research centre".
_COMPARED = re.compile(r"\b(?:fewer|more|less|lower|higher|greater)\s+than\s+(?=the\b)", re.IGNORECASE)
#: The reported thing pointing back at the sentence before: "disputed [that figure]", "rejected [the estimate]".
_POINTED_BACK = re.compile(rf"\b(?:that|this|the|those|these)\s+{_REPORTED}\b", re.IGNORECASE)


def _figures(text: str) -> list[Slot]:
    return [s for s in _extract(text) if s.kind is SlotKind.NUMBER and not s.negated]


def _gives(claim_figures: list[Slot], text: str) -> bool:
    """Whether ``text`` gives every one of the claim's exact figures."""
    theirs = [p for p in _figures(text) if not p.bound]
    return all(any(_units_compatible(c.unit, p.unit) and _numbers_equal(c, p) for p in theirs) for c in claim_figures)


#: Between a rejected claim and the words rejecting it, when it is their subject: no second clause.
_CLAUSE_BREAK = re.compile(r",\s+(?:which|and|but|while|who)\b|;|\s(?:and|but)\s+(?:the|it|they|he|she)\b")


def _rejected(sentence: str, intro: re.Match[str]) -> bool:
    """Whether the claim, figure or estimate ``intro`` names is what the sentence's words of dispute reject: their
    object, at most four words after them ("disputed [the ministry's] claim that"), or their subject, with no
    other clause between ("The City's claim that ... does not reflect")."""
    for d in _DISPUTE.finditer(sentence):
        if d.end() <= intro.start() and len(sentence[d.end() : intro.start()].split()) <= 4:
            return True
        if d.start() >= intro.end() and not _CLAUSE_BREAK.search(sentence, intro.end(), d.start()):
            return True
    return False


@lru_cache(maxsize=8192)
def disavowed_sentence(claim: str, passage: str) -> str:
    """The passage sentence that gives the claim's figures as someone's claim, figure or estimate and rejects them
    ("disputed the ministry's claim that 2.8 million people would gain"), or that rejects "that figure" right after
    the sentence giving them; "" when none does.

    Only a claim with exact figures is read, and never one that itself reports a dispute or gives its content as
    someone's claim or estimate ("The union rejected the ministry's figure of 1,800"): the passage may then state
    the very dispute the claim reports.
    """
    # its telling figures: not a small count ("over [three] years"), which any sentence may hold
    mine = [c for c in _figures(claim) if not c.bound and not c.in_range
            and (c.unit != "count" or abs(float(c.value)) >= _SMALL_COUNT)]  # type: ignore[arg-type]  # fmt: skip
    if not mine or _DISPUTE.search(claim) or re.search(rf"\b{_REPORTED}\b", claim, re.IGNORECASE):
        return ""
    spans = _sentences(passage)
    for i, (lo, hi) in enumerate(spans):
        sentence = passage[lo:hi]
        if any(d.end() <= by.start() and len(sentence[d.end() : by.start()].split()) <= 6
               and _gives(mine, sentence[d.end() : by.start()])
               for d in _COMPARED.finditer(sentence) for by in _CLAIMED_BY.finditer(sentence)):  # fmt: skip
            return sentence.strip()  # "That is fewer than the 16 reported by the research centre this week"
        if not _DISPUTE.search(sentence):
            continue
        if any(_rejected(sentence, intro) and _gives(mine, sentence[intro.end() :])
               for intro in _INTRODUCED.finditer(sentence)):  # fmt: skip
            return sentence.strip()
        if any(d.end() <= by.start() and len(sentence[d.end() : by.start()].split()) <= 6
               and _gives(mine, sentence[d.end() : by.start()])
               for d in _DISPUTE.finditer(sentence) for by in _CLAIMED_BY.finditer(sentence)):  # fmt: skip
            return sentence.strip()  # "nowhere near the two lakh claimed by the minister"
        back = [m for m in _POINTED_BACK.finditer(sentence) if _rejected(sentence, m)]
        if i and back and not _figures(sentence[: back[0].start()]):  # "disputed that figure", none of its own
            before = passage[spans[i - 1][0] : spans[i - 1][1]]
            if _gives(mine, before):
                return sentence.strip()
    return ""
