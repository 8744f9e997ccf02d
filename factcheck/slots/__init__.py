"""Slots of a claim (numbers, dates, names, polarity, negation, modality) and their comparison.

:func:`extract_slots` finds the checkable values in a text, each with the
content words around it (its *context*: what the number counts, what the date
dates). :func:`compare_slots` aligns the claim's slots with the passage's by
kind, unit and context and reports a :class:`~factcheck.model.Mismatch` only
where the two texts fill the *same* slot differently ("354,000 troops" vs
"254,000 troops"); a passage that mentions another number in another role
("...up from 300,000 in 2019") is not a mismatch. :func:`analyze` returns the
full comparison (matches, misses, lexical overlap) that the stance model uses
as features.

Mismatch kinds: ``number``, ``date``, ``entity``, ``polarity`` (rose / fell,
approved / rejected), ``negation`` (one side negated), ``quote`` (a quotation of
the claim rendered with other words in the passage: a misquote), ``modality``
(the claim asserts what the passage only says may happen; listed, never decisive).

The package reads in layers, each module using only those above it:
:mod:`~factcheck.slots.records` (the records), :mod:`~factcheck.slots.lexicon` (word lists, stems, senses),
:mod:`~factcheck.slots.names`, :mod:`~factcheck.slots.extract` (finding slots),
:mod:`~factcheck.slots.values` (comparing two values), :mod:`~factcheck.slots.quotes`,
:mod:`~factcheck.slots.polarity` (negation, hedges, modality per sentence), :mod:`~factcheck.slots.nil` (nobody
hurt or killed, nothing damaged), :mod:`~factcheck.slots.disavow` (a figure rejected as another's claim),
:mod:`~factcheck.slots.sides`
(the words beside a figure) and :mod:`~factcheck.slots.compare` (:func:`analyze`).
"""

from factcheck.slots.compare import analyze, compare_slots, restates_value, sentence_with
from factcheck.slots.extract import extract_slots, parse_number
from factcheck.slots.lexicon import content_words, stem
from factcheck.slots.names import misspelt, names_match
from factcheck.slots.polarity import focus
from factcheck.slots.quotes import compare_quotes, quotation_found
from factcheck.slots.records import Slot, SlotKind, SlotReport

__all__ = [
    "Slot",
    "SlotKind",
    "SlotReport",
    "analyze",
    "compare_quotes",
    "compare_slots",
    "content_words",
    "extract_slots",
    "focus",
    "misspelt",
    "names_match",
    "parse_number",
    "quotation_found",
    "restates_value",
    "sentence_with",
    "stem",
]
