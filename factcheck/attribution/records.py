"""The records attribution produces: :data:`Span`, :class:`AttributionSpan` (one cue with its source,
content and citing chain) and :class:`SpanTagger` (anything else that finds them, such as the learned tagger)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from factcheck.segment import Sentence


Span = tuple[int, int]


@attrs.frozen
class AttributionSpan:
    """One attribution relation found in a text (offsets into the whole text).

    Attributes:
        cue: The cue span ("said", "according to").
        source: The source span, or None when the text names none.
        content: The content spans (a quote interrupted by the cue has two).
        chain: Spans of sources cited by ``source`` ("citing a Kremlin
            spokesman"), outermost first.
        sentence: Index of the sentence in :func:`split_sentences` order.
        preposed: True when the cue comes before the content.
        via: The span of an outer source that reports this attribution
            ("Officials believe X, according to Yonhap": Yonhap), if any.
        antecedent: For a relative-pronoun source ("the Council (ICES), which
            said"), the noun phrase it stands for; ``source`` stays the span as written.
        aside: A parenthetical between the source and the cue ("Ana Diaz, [who runs
            the port authority], said"; "An official, [speaking on condition of
            anonymity], said"), without its commas. A cited source (", citing Y,") goes
            to ``chain`` instead.
    """

    cue: Span
    source: Span | None = None
    content: tuple[Span, ...] = ()
    chain: tuple[Span, ...] = ()
    sentence: int = 0
    preposed: bool = True
    via: Span | None = None
    antecedent: Span | None = None
    aside: Span | None = None


class SpanTagger(Protocol):
    """Anything that finds attributions (e.g. :class:`factcheck.tagger.AttributionTagger`)."""

    def find(self, text: str, sentences: Sequence[Sentence] | None = None) -> tuple[AttributionSpan, ...]:
        """Attribution spans of ``text``."""
        ...
