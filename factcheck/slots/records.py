"""The records of slot comparison: :class:`SlotKind`, :class:`Slot` (one value found in a text) and
:class:`SlotReport` (a claim compared slot by slot with a passage)."""

from __future__ import annotations

import enum

import attrs

from factcheck.model import Mismatch


class SlotKind(str, enum.Enum):
    """What a slot holds."""

    NUMBER = "number"
    DATE = "date"
    ENTITY = "entity"
    POLARITY = "polarity"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Slot:
    """One value found in a text.

    Attributes:
        kind: The slot kind.
        text: The value as written ("a quarter of a million", "Sept. 3").
        value: Normalised value: a float for numbers, ``("year", 2019)``,
            ``("md", 9, 3)``, ``("month", 9)``, ``("weekday", 0)`` for dates,
            the squashed name for entities, ``(group, sign)`` for polarity.
        unit: ``count``, ``percent``, ``pp`` (percentage points), ``money:usd``
            ... for numbers; the date kind for dates; None otherwise.
        start: Offset of ``text`` in the source string.
        end: End offset.
        context: (stem, weight) pairs for the content words around the slot,
            weight falling with distance.
        head: The first content word after the value (the noun it counts), or "".
        approx: True when hedged ("about", "nearly").
        bound: "gt" for lower bounds ("more than", "over", "after"), "lt" for upper
            bounds ("fewer than", "under", "before"), "" otherwise.
        negated: For polarity slots, whether a negation cue governs the word; for numbers
            and dates, whether the value is one a correction rules out ("began on Monday,
            [not Tuesday] as first reported", "rather than 40").
        in_range: The value is one end of a range ("between [30] and [40]"), its ``bound`` the side.
        inclusive: The bound takes in its own value ("at least 7", "up to 240"), as "more than 7" does not.
        near: The bound reaches only a little past its value ("just under 500 million", "slightly over 3,000").
    """

    kind: SlotKind
    text: str
    value: object
    unit: str | None
    start: int
    end: int
    context: tuple[tuple[str, float], ...] = ()
    head: str = ""
    approx: bool = False
    negated: bool = False
    bound: str = ""
    in_range: bool = False
    inclusive: bool = False
    near: bool = False


@attrs.frozen
class SlotReport:
    """The slot-by-slot comparison of a claim with a passage.

    Attributes:
        mismatches: Slots the passage fills differently, aligned by context.
        matched: Claim slots whose value the passage states (by kind).
        missing: Claim slots the passage neither states nor contradicts.
        claim_slots: Number of claim slots per kind.
        overlap: Share of the claim's content words found in the passage.
        precision: Share of the passage's content words found in the claim.
        best_sentence_overlap: ``overlap`` against the passage's closest sentence.
        negation_diff: Claim negation parity differs from the closest sentence's.
        modality_gap: The claim asserts; the closest passage sentence hedges.
        mismatch_overlap: The largest share of the claim's content words, less the
            mismatched value's own, found in the passage sentence holding a number,
            date or entity mismatch (0.0 without one): how on-topic the mismatch is.
        quote_verbatim: The claim is mostly quotation found word for word in the passage.
        restate_overlap: ``best_sentence_overlap`` over the passage's statements (not its questions),
            with words of the same sense counted as one ("toured" / "visited", "rose" / "increased"):
            how closely a sentence restates the claim.
        slots_restated: ``restate_overlap`` of the best passage sentence that states all of the
            claim's numbers, dates and names (two or more, one at least a number or date), when no
            slot mismatches; 0.0 otherwise: "forced about 3,000 residents [of] villages west of
            Patras on Thursday" is restated by a sentence with the same figure, place and day.
        figures_restated: The same for the claim's exact figures and dates alone (one or more
            numbers, no bound, no slot mismatch; names and weekdays need not be repeated): "won
            Sunday's runoff with 54.3% of the vote" restated by "won the runoff with 54.3 percent".
        stated: The claim's numbers, dates and names (as the claim writes them) that the passage states.
        best_sentence: The passage sentence sharing most of the claim's content words (the one
            ``best_sentence_overlap`` is measured on).
        figures_sentence: The passage sentence that gives all of the claim's figures (bound or not) and
            dates (not its weekdays) and shares most of its words, when no slot mismatches ("" otherwise): whether it restates the claim
            in other words is for a model to judge (:class:`~factcheck.verify.Assessor`).
        nil_sentence: The passage sentence stating the claim's nil outcome ("No one was hurt" / "There were no
            injuries"), when the claim says little else (:func:`~factcheck.slots.nil.nil_sentence`); "" otherwise.
        disavowed_sentence: The passage sentence giving the claim's figures as someone's claim or estimate and
            rejecting them ("disputed the ministry's claim that 2.8 million people would gain";
            :func:`~factcheck.slots.disavow.disavowed_sentence`); "" otherwise.
    """

    mismatches: tuple[Mismatch, ...]
    matched: dict[str, int]
    missing: dict[str, int]
    claim_slots: dict[str, int]
    overlap: float
    precision: float
    best_sentence_overlap: float
    negation_diff: bool
    modality_gap: bool
    mismatch_overlap: float = 0.0
    quote_verbatim: bool = False
    restate_overlap: float = 0.0
    slots_restated: float = 0.0
    figures_restated: float = 0.0
    figures_sentence: str = ""
    stated: tuple[str, ...] = ()
    best_sentence: str = ""
    nil_sentence: str = ""
    disavowed_sentence: str = ""
