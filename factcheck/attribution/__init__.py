"""Attribution: who asserts what, by which cue, citing whom.

Rules work sentence by sentence on the output of :mod:`factcheck.segment`:

* cue lexicon (speech and cognition verbs, "according to", "citing") found
  with one compiled regular expression;
* the source is the noun phrase on the cue's left up to a clause boundary
  ("analysts believe ..."), or on its right after a comma or a closing quote
  ("..., said the ministry"), or after "according to";
* the content is the rest of the clause on the other side of the cue;
* "SOURCE reported, citing X" and "quoted X as saying" build citing chains.

:func:`attribute_sentences` then classifies and resolves each source with
:mod:`factcheck.resolve` (kind, canonical name, back-references such as
"the agency" or "the official").

The package reads in layers, each module using only those before it: :mod:`~factcheck.attribution.records`,
:mod:`~factcheck.attribution.lexicon` (cues and word lists), :mod:`~factcheck.attribution.phrases` (noun
phrases beside a cue), :mod:`~factcheck.attribution.sentence` (one sentence) and
:mod:`~factcheck.attribution.document` (a whole text).
"""

from factcheck.attribution.document import attribute_sentences, find_attributions, merge_spans
from factcheck.attribution.records import AttributionSpan, SpanTagger

__all__ = [
    "AttributionSpan",
    "SpanTagger",
    "attribute_sentences",
    "find_attributions",
    "merge_spans",
]
