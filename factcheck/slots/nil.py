"""Nil outcomes: a sentence saying that nobody was hurt, killed or taken ill ("No one was injured", "There were no
injuries", "so far no one has died"), or that nothing was damaged ("Neither ships nor planes were damaged").

Accident and outbreak copy states such an outcome in many equivalent ways that share no content word ("No one was
hurt" / "No injuries were reported"), and the learned stance model, which reads each negation as a change, calls
them refutations. :func:`nil_sentence` finds the passage sentence that states the claim's nil outcome, so that the
:class:`~factcheck.verify.Assessor` can read it as support.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.slots.lexicon import _same_sense, _sentences, content_words

__all__ = ["NIL_OTHER_WORDS", "nil_fates", "nil_sentence"]

#: The fates a nil outcome rules out, by the word naming them; "casualties" covers the dead and the hurt.
_FATE_WORDS = {
    "hurt": ("hurt",), "injured": ("hurt",), "injury": ("hurt",), "injuries": ("hurt",), "harmed": ("hurt",),
    "wounded": ("hurt",), "hospitalised": ("hurt",), "hospitalized": ("hurt",), "unhurt": ("hurt",),
    "uninjured": ("hurt",), "unharmed": ("hurt",), "killed": ("dead",), "died": ("dead",), "dead": ("dead",),
    "death": ("dead",), "deaths": ("dead",), "fatalities": ("dead",), "casualties": ("dead", "hurt"),
    # what befell things: "no damage to ships or aircraft", "neither ships nor planes were damaged"
    "damage": ("damage",), "damaged": ("damage",), "undamaged": ("damage",),
}
_FATE = r"(?:" + "|".join(sorted(_FATE_WORDS, key=len, reverse=True)) + r")"
#: A degree that narrows the fate: "no one was seriously hurt" says less than "no one was hurt".
_DEGREE = r"(?:seriously|critically|badly|severely|gravely|serious|critical|severe|major|life-threatening)"

_NIL = re.compile(
    # "No one was hurt", "nobody on board was seriously injured", "none of the crew were harmed", "no one has died"
    rf"\b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:the|them|those)\b(?:\s+[\w-]+){{0,3}}?)?)"
    rf"(?:\s+(?!(?:knew|knows|know|said|says|could|can|would|will)\b)[\w-]+){{0,4}}?"
    rf"\s+(?:(?P<d1>{_DEGREE})\s+)?(?P<f1>{_FATE})\b"
    # "no injuries were reported", "there were no serious injuries", "no immediate reports of casualties"
    rf"|\bno\s+(?:(?:immediate|other|further|reported|known)\s+)?(?:reports?\s+of\s+(?:any\s+)?)?"
    rf"(?:(?P<d2>{_DEGREE})\s+)?(?P<f2>{_FATE})\b"
    # "without injury", "escaped unhurt", "were unharmed"
    rf"|\bwithout\s+(?:any\s+)?(?:(?P<d3>{_DEGREE})\s+)?(?P<f3>injury|injuries|casualties)\b"
    rf"|\b(?P<f4>unhurt|uninjured|unharmed|undamaged)\b"
    # "neither ships nor aircraft were damaged"
    rf"|\bneither\s+(?:[\w-]+\s+){{1,4}}?nor\s+(?:[\w-]+\s+){{1,4}}?(?:was|were)\s+(?:(?P<d5>{_DEGREE})\s+)?"
    rf"(?P<f5>{_FATE})\b",
    re.IGNORECASE,
)

#: Content words a claim may hold besides its nil outcome ("No injuries were reported [at the plant]"); more
#: and the claim says something else the passage must support too.
NIL_OTHER_WORDS = 2
#: Words of reporting around a nil outcome, which say nothing more ("were reported", "recorded so far").
_REPORTING = {"report", "reported", "recorded", "record", "confirm", "confirmed", "far", "immediately", "immediate",
              "known", "aboard", "board"}


def nil_fates(text: str) -> frozenset[str]:
    """The fates ``text`` says nobody met: "hurt", "dead", or "hurt:serious" / "dead:serious" where a degree
    narrows it ("no one was seriously hurt")."""
    out: set[str] = set()
    for m in _NIL.finditer(text):
        word = next(m.group(g) for g in ("f1", "f2", "f3", "f4", "f5") if m.group(g))
        degree = next((m.group(g) for g in ("d1", "d2", "d3", "d5") if m.group(g)), None)
        for fate in _FATE_WORDS[word.lower()]:
            out.add(f"{fate}:serious" if degree else fate)
    return frozenset(out)


def _covers(stated: frozenset[str], fate: str) -> bool:
    """Whether the nil outcomes ``stated`` entail ``fate``'s: no injuries at all rules out serious ones."""
    return fate in stated or fate.split(":")[0] in stated


@lru_cache(maxsize=4096)
def _claim_fates(claim: str) -> frozenset[str]:
    """The fates a claim's nil outcome rules out, when it holds at most :data:`NIL_OTHER_WORDS` content words
    besides that outcome and its reporting; empty otherwise. Read once per claim, however many passages it meets."""
    fates = nil_fates(claim)
    if not fates:
        return fates
    said = " ".join(m.group(0) for m in _NIL.finditer(claim))
    other = content_words(claim) - content_words(said) - _REPORTING
    return fates if len(other) <= NIL_OTHER_WORDS else frozenset()


def nil_sentence(claim: str, passage: str) -> str:
    """The passage sentence stating every nil outcome of a claim that says little else, or "".

    The claim must state a nil outcome and hold at most :data:`NIL_OTHER_WORDS` content words besides it and
    its reporting ("No one was injured [in the landing]"); the sentence must rule out each fate the claim
    does, as broadly ("No injuries were reported" states "No one was seriously hurt"; not the other way).
    """
    fates = _claim_fates(claim)
    if not fates:
        return ""
    things = _spared(claim) if any(f.startswith("damage") for f in fates) else set()
    for a, b in _sentences(passage):
        sent = passage[a:b]
        stated = nil_fates(sent)
        if stated and all(_covers(stated, f) for f in fates):
            if things and not things & _same_sense(content_words(sent)):
                continue  # no damage to the reactor says nothing of the ships
            return sent.strip()
    return ""


@lru_cache(maxsize=4096)
def _spared(claim: str) -> set[str]:
    """The senses of what a claim says took no damage: its content words besides the nil outcome and reporting."""
    said = " ".join(m.group(0) for m in _NIL.finditer(claim))
    return _same_sense(content_words(claim) - content_words(said) - _REPORTING) - {"damag"}
