"""Stance of one passage toward one claim: slot checks combined with a learned model.

Two learned models can back an :class:`Assessor` (both in :mod:`factcheck.stance`):

* the **cross-encoder** (default when its artefact, torch and a real embedder are
  available): all-MiniLM-L6-v2 read over ``[CLS] claim [SEP] passage [SEP]`` with
  trained top layers; it sees which word or number changed;
* the **sentence head**: a small MLP over the two sentence embeddings plus slot
  features (the fallback: no torch needed beyond the embedder, and with a
  lexical-only variant for test embedders such as ``FakeEmbedder``).

Decision rule of :meth:`Assessor.assess_many`, per pair:

1. Slot comparison (:func:`factcheck.slots.analyze`). A *decisive* mismatch
   (number, date, entity, polarity, negation) on a passage that is on topic
   (topical overlap ``>= refute_overlap``, or the sentence holding a mismatched
   number, date or name restates the rest of the claim: ``mismatch_overlap >=
   refute_rest``) makes the stance REFUTES; its
   probability is raised to at least
   ``0.6 + 0.1 * (mismatches - 1) + 0.3 * (overlap - refute_overlap)`` (capped
   at 0.97) and the mismatches are listed. Topical overlap is the
   claim-content-word recall of the closest passage sentence, words of one sense
   counted once ("consumer prices" / "inflation"); with the sentence head, the
   larger of that and the embedding cosine.
   With the cross-encoder, a passage sentence close in meaning to the claim (embedding cosine ``>=
   rival_similarity``, 0.4) is on topic for a number or date mismatch however it is worded, and so is a *rival
   figure* the slot alignment did not pair (:func:`~factcheck.rivals.rival_figures`: a count, sum or measure of
   the claim's unit within a factor of two, of the same fate, which the passage gives instead of the claim's):
   "about 3,400 members of the academic staff were absent" refutes "4,300 lecturers have stopped work"; so is a
   *rival date*, another day of the month or time of day for the claim's one (:func:`~factcheck.rivals.rival_dates`):
   "The first case was confirmed on Oct. 9" refutes "Laboratory tests confirmed the virus on Oct. 12"; and so is
   another weekday for the claim's, by a sentence closer in meaning (cosine ``>=`` :data:`WEEKDAY_SIMILARITY`,
   0.6): "Mediation talks are to begin on Friday in Koné" refutes "Talks ... are scheduled for Thursday in Koné".
   Measured on the story batches read so far (879 verdicts): +27 with it (36 right only with it, 9 only
   without), and +3 of 168 on three batches at their one scoring; see ``docs/evaluation.md``.
2. Off-topic passages (topical overlap ``< neutral_overlap``; with the
   cross-encoder ``< cascade_overlap``, off by default, and those pairs skip the
   cross-encoder) are NEUTRAL, with neutral probability at least 0.8.
3. A passage that only says the claim *may* happen (modality gap) cannot
   SUPPORT it: its support mass moves to neutral. Nor can one that gives another number, date or
   direction for the claim's (a mismatch too loosely worded to refute it: "Construction is due to begin
   in 2027" / "Work offshore is scheduled to begin in 2028").
4. A passage sentence that restates the claim (topical overlap
   ``>= restate_overlap``, no decisive mismatch, no modality gap) SUPPORTS it
   with probability at least ``min(0.9, 0.55 + 2 * (overlap - restate_overlap))``:
   near-verbatim restatements are where small learned models are least sure.
5. A passage sentence that states every number, date and name of the claim (two or
   more, one a number or date; :attr:`~factcheck.slots.SlotReport.slots_restated`
   ``>= slots_restate``, no mismatch of any kind) SUPPORTS it with probability at
   least ``min(0.85, 0.6 + (overlap - slots_restate))``: a figure, a day and a place
   agreeing in one on-topic sentence is support the wording need not repeat.
6. Likewise, more loosely, a passage sentence that states the claim's exact figures and dates (one
   or more numbers, no bound, no mismatch of any kind; names and weekdays need not be repeated:
   :attr:`~factcheck.slots.SlotReport.figures_restated` ``>= figures_restate``) SUPPORTS it with
   probability at least ``min(0.8, 0.55 + (overlap - figures_restate))``: "won Sunday's runoff with
   54.3% of the vote" against "won the runoff with 54.3 percent of the vote". With the cross-encoder,
   the same holds for a sentence giving the claim's figures and dates in other words (a bound or not: "at
   least 10 days" / "ten days at the very least") when it is close in meaning to the claim (embedding
   cosine ``>= figures_similarity``, 0.5, of the sentence or of the clauses of it giving the figures) and the
   model reads neither support nor refutation: "Withdrawals
   will be capped at 5,000 cedis per customer" / "each of them may withdraw no more than 5,000 cedis".
7. With the cross-encoder, a passage sentence closest to the claim in words (sharing at least
   ``MEANING_MIN_OVERLAP``, 0.3, of them; no mismatch of any kind, no modality gap) that is close in meaning
   (embedding cosine ``>= restate_similarity``, 0.8) restates it in other words when the model reads neither
   support nor refutation, and SUPPORTS it as in rule 4: "Nordwing chief executive Karin Sjöholm will lead the
   merged group" / "Karin Sjöholm, Nordwing's chief executive, will run the new group".
8. A passage sentence that states the claim's nil outcome (:attr:`~factcheck.slots.SlotReport.nil_sentence`:
   nobody hurt, killed or taken ill, or no damage to the things the claim names, as broadly as the claim says
   it, the claim saying little else) SUPPORTS
   it with probability at least 0.8, unless a decisive mismatch or a modality gap says otherwise: "No deaths
   have been recorded so far" / "No deaths have been reported", which the model reads as a refutation.
9. A passage sentence that gives the claim's figures as someone's claim or estimate and rejects them
   (:attr:`~factcheck.slots.SlotReport.disavowed_sentence`: "disputed the ministry's claim that 2.8 million
   people would gain", "the figure of 1,800 job losses ... seriously understates the impact") REFUTES it with
   probability at least 0.75, unless a decisive mismatch or a modality gap says otherwise: the passage's author
   rejects the figure it restates, which the model reads as support.
10. Otherwise the learned model decides.

Probabilities are (supports, refutes, neutral), in [0, 1], summing to 1;
``score`` is the probability of the chosen stance.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

import attrs
import numpy as np

from factcheck.model import Assessment, Mismatch, Stance

if TYPE_CHECKING:
    from factcheck.embed import Embedder
    from factcheck.slots import Slot, SlotReport
    from factcheck.stance import CrossEncoderStance, StanceModel

__all__ = [
    "DECISIVE_KINDS",
    "WEEKDAY_SIMILARITY",
    "Assessor",
    "assess",
    "figure_support",
    "figures_clause",
    "nil_support",
    "rival_refutation",
]

#: Mismatch kinds that, on an on-topic passage, make it a refutation.
DECISIVE_KINDS = frozenset({"number", "date", "entity", "polarity", "negation", "quote"})
_STANCES = (Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL)
#: Mismatches of a value, which the claim cannot have and the passage support (a name may be the speaker's only).
_VALUE_KINDS = frozenset({"number", "date", "polarity"})
#: Support probability given to a passage stating the claim's nil outcome (rule 8): as sure as a restatement.
_NIL_SUPPORT = 0.8
#: Refutation probability given to a passage rejecting the claim's figures as someone's claim (rule 9).
_DISAVOWED_REFUTE = 0.75
#: The least share of the claim's words the closest passage sentence must give for its meaning to be compared
#: with the claim's (``Assessor(restate_similarity=...)``): fewer, and it is about something else.
MEANING_MIN_OVERLAP = 0.3
#: A quotation mark: a claim holding one quotes someone (see :meth:`Assessor._said_in_other_words`).
_QUOTE_MARK = re.compile(r"[\"“”]")
#: Marks the candidate sentence of a restatement in other words in :meth:`Assessor._by_meaning`.
_IN_OTHER_WORDS = Mismatch("meaning", "", "")


class Assessor:
    """Assess claim-passage pairs; holds the embedder and stance model, loaded lazily once.

    Args:
        embedder: Any :class:`~factcheck.embed.Embedder`; None means the packaged
            all-MiniLM-L6-v2 (loaded on first use). An embedder of another
            dimension than the stance head's uses the head's lexical fallback.
        model_path: Base path of a stance artefact (``.npz`` + ``.json`` from
            ``scripts/train_stance.py``); None means the packaged one.
        refute_overlap: Topical overlap above which a decisive slot mismatch refutes.
        refute_rest: Also refute when the passage sentence holding a mismatched number,
            date or name has at least this share of the claim's other content words
            (:attr:`~factcheck.slots.SlotReport.mismatch_overlap`): "She is portrayed by
            Zac Efron" against "She is portrayed by Amy Poehler" shares few words, all but
            the name.
        neutral_overlap: Topical overlap below which a passage is neutral (sentence head).
        cache_size: Embeddings kept between calls (texts seen again are not re-embedded).
        cross_encoder: True: use the cross-encoder (errors if it cannot load); False: the
            sentence head only; None (default): the cross-encoder when its artefact is
            marked default, torch loads and the embedder is None or has the sentence
            head's dimension (so test embedders like ``FakeEmbedder(64)`` stay model-free);
            otherwise, or if it fails to load, the sentence head.
        cross_path: Base path of a cross-encoder artefact (``.npz`` + ``.json`` from
            ``scripts/train_crossencoder.py``); None means the packaged one.
        cascade_overlap: With the cross-encoder, pairs whose topical (lexical) overlap is
            below this are NEUTRAL without running it. Off by default (0.0): on held-out
            data even passages sharing < 5% of the claim's content words are only about
            half neutral (paraphrased scientific evidence), so skipping them costs accuracy.
        restate_overlap: Closest-sentence overlap from which a mismatch-free passage
            counts as restating (supporting) the claim.
        slots_restate: Closest-sentence overlap from which a mismatch-free passage sentence that
            states all of the claim's numbers, dates and names (two or more, one a number or date)
            counts as supporting it (:attr:`~factcheck.slots.SlotReport.slots_restated`).
        threads: Threads for the cross-encoder; None leaves the runtime's setting.
        cross_backend: ``"torch"`` or ``"onnx"`` (int8 export cached on first use), see
            :class:`~factcheck.stance.CrossEncoderStance`.
        focus_words: With the cross-encoder, a passage longer than this many words is cut
            to the sentences closest to the claim (:func:`factcheck.slots.focus`) before the
            model reads it; None (default) reads it whole (up to the model's 128 tokens). Slot
            checks always see the whole passage. Measured with 40 words: pooled held-out balanced
            accuracy unchanged (0.561), Check-COVID 0.577 -> 0.539 and Factcheck-GPT 0.567 -> 0.507,
            ANLI 0.329 -> 0.346; hence off by default.
        rival_similarity: Embedding cosine from which a passage sentence is close enough in meaning to the
            claim for a number or date mismatch, or a rival figure, to refute it (rule 1); None turns this off.
        figures_restate: Closest-sentence overlap from which a mismatch-free passage sentence stating
            the claim's exact figures and dates counts as supporting it (rule 6 above); None turns the
            rule off. Measured on the held-out stance pairs: 0.5 changes 12 of 5,267 predictions, 2
            right before and 8 after; 0.6 changes 3, all to right.
        figures_similarity: Embedding cosine from which the passage sentence giving all of the claim's figures
            and dates (:attr:`~factcheck.slots.SlotReport.figures_sentence`; bound or not, no mismatch) restates
            the claim in other words, when the model reads neither support nor refutation (rule 6); None
            turns this off.
        restate_similarity: Embedding cosine from which the passage sentence closest to the claim in words
            (sharing at least ``MEANING_MIN_OVERLAP`` of them, no mismatch of any kind) restates it in other words
            when the model reads neither support nor refutation (rule 7); None turns this off.
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        *,
        model_path: str | None = None,
        refute_overlap: float = 0.5,
        refute_rest: float = 0.75,
        neutral_overlap: float = 0.2,
        cache_size: int = 4096,
        cross_encoder: bool | None = None,
        cross_path: str | None = None,
        cascade_overlap: float = 0.0,
        restate_overlap: float = 0.85,
        slots_restate: float = 0.6,
        threads: int | None = None,
        cross_backend: str = "torch",
        focus_words: int | None = None,
        figures_restate: float | None = 0.5,
        rival_similarity: float | None = 0.4,
        figures_similarity: float | None = 0.5,
        restate_similarity: float | None = 0.8,
    ) -> None:
        self.embedder = embedder
        self.model_path = model_path
        self.refute_overlap = refute_overlap
        self.refute_rest = refute_rest
        self.neutral_overlap = neutral_overlap
        self.cache_size = cache_size
        self.cross_encoder = cross_encoder
        self.cross_path = cross_path
        self.cascade_overlap = cascade_overlap
        self.restate_overlap = restate_overlap
        self.slots_restate = slots_restate
        self.threads = threads
        self.cross_backend = cross_backend
        self.focus_words = focus_words
        self.figures_restate = figures_restate
        self.rival_similarity = rival_similarity
        self.figures_similarity = figures_similarity
        self.restate_similarity = restate_similarity
        self._model: StanceModel | None = None
        self._cross: CrossEncoderStance | None = None
        self._cross_tried = False
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Assessor(embedder={self.embedder!r}, model_path={self.model_path!r}, loaded={self._model is not None})"

    # ------------------------------------------------------------------ loading

    def _load(self) -> tuple[Embedder, StanceModel]:
        if self._model is None or self.embedder is None:
            with self._lock:
                if self.embedder is None:
                    from factcheck.embed import SentenceTransformerEmbedder

                    self.embedder = SentenceTransformerEmbedder()
                if self._model is None:
                    from factcheck.stance import StanceModel

                    self._model = StanceModel.load(self.model_path)
        assert self.embedder is not None and self._model is not None
        return self.embedder, self._model

    def _cross_model(self) -> CrossEncoderStance | None:
        """The cross-encoder this assessor uses, or None for the sentence head (decided once)."""
        if self._cross_tried:
            return self._cross
        with self._lock:
            if self._cross_tried:
                return self._cross
            from factcheck.errors import ModelLoadError
            from factcheck.stance import (
                CrossEncoderStance,
                StanceModel,
                read_cross_meta,
            )

            want = self.cross_encoder
            if want is None:
                if self._model is None:
                    self._model = StanceModel.load(self.model_path)
                dim = None if self.embedder is None else int(self.embedder.dim)
                try:
                    _, meta = read_cross_meta(self.cross_path)
                    want = bool(meta.get("default")) and dim in (None, self._model.embed_dim)
                except ModelLoadError:
                    want = False
            if want:
                try:
                    self._cross = CrossEncoderStance(
                        self.cross_path, threads=self.threads, backend=self.cross_backend
                    ).build()
                except (ModelLoadError, ImportError) as exc:
                    if self.cross_encoder:
                        raise
                    import warnings

                    warnings.warn(f"cross-encoder unavailable, using the sentence head: {exc}", stacklevel=3)
                    self._cross = None
            self._cross_tried = True
        return self._cross

    @property
    def uses_cross_encoder(self) -> bool:
        """Whether this assessor decides with the cross-encoder (loads it when needed)."""
        return self._cross_model() is not None

    def _embed(self, embedder: Embedder, texts: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        todo = []
        with self._lock:
            for t in dict.fromkeys(texts):
                row = self._cache.get(t)
                if row is None:
                    todo.append(t)
                else:
                    self._cache.move_to_end(t)
                    out[t] = row
        if todo:
            mat = np.asarray(embedder.encode(todo), dtype=np.float32)
            with self._lock:
                for t, row in zip(todo, mat):
                    out[t] = row
                    self._cache[t] = row
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return out

    # ------------------------------------------------------------------ assessing

    def assess(self, claim: str, passage: str) -> Assessment:
        """The stance of ``passage`` toward ``claim``."""
        return self.assess_many([(claim, passage)])[0]

    def assess_many(self, pairs: Sequence[tuple[str, str]]) -> list[Assessment]:
        """Assess many pairs in one batch; each distinct text is embedded once."""
        from factcheck.slots import analyze
        from factcheck.stance import featurize

        pairs = [(str(c), str(p)) for c, p in pairs]
        if not pairs:
            return []
        cross = self._cross_model()
        if cross is not None:
            return self._assess_cross(cross, pairs)
        embedder, model = self._load()
        rows = self._embed(embedder, [t for pair in pairs for t in pair])
        claims = [c for c, _ in pairs]
        passages = [p for _, p in pairs]
        u = np.stack([rows[c] for c in claims])
        v = np.stack([rows[p] for p in passages])
        feats = featurize(u, v, claims, passages)
        probs = model.predict_proba(feats, u.shape[1])
        cosines = np.einsum("ij,ij->i", u, v)
        out = []
        for (claim, passage), pr, cos in zip(pairs, probs, cosines):
            rep = self._range_on_topic(claim, passage, analyze(claim, passage))
            topical = max(rep.best_sentence_overlap, rep.restate_overlap, float(cos))
            out.append(self._decide(pr, rep, topical, restated=max(rep.restate_overlap, float(cos))))
        return out

    def _assess_cross(self, cross: CrossEncoderStance, pairs: list[tuple[str, str]]) -> list[Assessment]:
        from factcheck.slots import analyze, focus

        reps = [analyze(c, p) for c, p in pairs]
        probs = np.tile(np.array([0.0, 0.0, 1.0]), (len(pairs), 1))
        run = [i for i, r in enumerate(reps) if r.best_sentence_overlap >= self.cascade_overlap]
        if run:
            claims = [pairs[i][0] for i in run]
            passages = [pairs[i][1] for i in run]
            if self.focus_words is not None:
                passages = [focus(c, p, self.focus_words) for c, p in zip(claims, passages)]
            probs[run] = cross.predict_proba(claims, passages)
        if (self.rival_similarity, self.figures_similarity, self.restate_similarity) != (None, None, None):
            reps = self._by_meaning(pairs, reps, probs)
        reps = [self._range_on_topic(c, p, r) for (c, p), r in zip(pairs, reps)]
        return [
            self._decide(pr, r, max(r.best_sentence_overlap, r.restate_overlap), neutral_below=self.cascade_overlap,
                         restated=r.restate_overlap)
            for pr, r in zip(probs, reps)
        ]

    def _range_on_topic(self, claim: str, passage: str, rep: SlotReport) -> SlotReport:
        """A report whose two date mismatches are the ends of another range of days for the same span ("ran from
        July 23 to 27" / "took place from July 24 to 28"), counted on topic however little else the passage
        shares (:func:`_range_rival`)."""
        if rep.mismatch_overlap >= self.refute_rest or not _range_rival(claim, passage, rep.mismatches):
            return rep
        return attrs.evolve(rep, mismatch_overlap=self.refute_rest)

    def _by_meaning(self, pairs: list[tuple[str, str]], reps: list[SlotReport], probs: np.ndarray) -> list[SlotReport]:
        """Reports whose figures the passage gives otherwise in a sentence close in meaning to the claim
        (embedding cosine ``>= rival_similarity``), though worded too differently for the word overlap to
        tell: a number or date mismatch found there counts as on topic, and so does a rival figure
        (:func:`~factcheck.rivals.rival_figures`) where the slots found none and the model reads no support.
        Likewise a sentence giving all of the claim's figures (``>= figures_similarity``, the sentence or the
        clauses of it giving them: :func:`figures_clause`) restates it, and so,
        where no rival figure is found, does the sentence closest to the claim in words (``>=
        restate_similarity``)."""
        import attrs

        todo: dict[int, list[tuple[Mismatch | None, str]]] = {}
        reps = list(reps)
        for i, ((claim, passage), rep) in enumerate(zip(pairs, reps)):
            if more := self._beside_a_mismatch(claim, passage, rep):
                # another of the claim's figures given otherwise in the sentence already refuting it ("286,000 TEU,
                # roughly 9% more" for "312,000 ... up 18 percent"): that figure is refuted too
                reps[i] = rep = attrs.evolve(rep, mismatches=(*rep.mismatches, *more))
            if self._figures_in_other_words(rep, probs[i]):
                # the claim's figures, stated otherwise: in the sentence, or in the clauses of it that give them
                # ("The city's culture department, which tracks attendance at public venues, recorded 1.84 million
                # visits in 2024, an increase of ...")
                clause = figures_clause(claim, rep.figures_sentence)
                todo[i] = [(None, rep.figures_sentence)] + ([(None, clause)] if clause else [])
                continue
            found = self._rivals(claim, passage, rep, probs[i]) if self.rival_similarity is not None else []
            if found:
                todo[i] = found
            elif self._said_in_other_words(claim, rep, probs[i]):  # (a rival figure is no restatement, however close)
                todo[i] = [(_IN_OTHER_WORDS, rep.best_sentence)]  # the claim, stated otherwise
        if not todo:
            return reps
        embedder, _ = self._load()
        texts = [pairs[i][0] for i in todo] + [sent for cands in todo.values() for _, sent in cands]
        rows = self._embed(embedder, texts)
        out = list(reps)
        for i, cands in todo.items():
            u = rows[pairs[i][0]]
            scored = [(float(u @ rows[sent]) / (float(np.linalg.norm(u) * np.linalg.norm(rows[sent])) or 1.0), m)
                      for m, sent in cands]  # fmt: skip
            cos, m = max(scored, key=lambda t: t[0])
            if m is _IN_OTHER_WORDS:
                if cos >= self.restate_similarity:  # type: ignore[operator]
                    # a restatement in other words counts as one in the claim's words (rule 4)
                    out[i] = attrs.evolve(reps[i], restate_overlap=self.restate_overlap)
            elif m is None:
                if cos >= self.figures_similarity:  # type: ignore[operator]
                    out[i] = attrs.evolve(reps[i], figures_restated=self.figures_restate)
            elif cos >= (max(WEEKDAY_SIMILARITY, self.rival_similarity) if _weekdays(m)  # type: ignore[type-var]
                         else self.rival_similarity):
                mism = reps[i].mismatches if reps[i].mismatches else (m,)
                out[i] = attrs.evolve(reps[i], mismatches=mism, mismatch_overlap=max(reps[i].mismatch_overlap, self.refute_rest))
        return out

    def _beside_a_mismatch(self, claim: str, passage: str, rep: SlotReport) -> tuple[Mismatch, ...]:
        """Rival figures (:func:`~factcheck.rivals.rival_figures`) of claim figures no mismatch names yet, in a passage
        sentence holding a number mismatch that refutes the claim on its words."""
        from factcheck.rivals import rival_figures
        from factcheck.slots import sentence_with

        numbers = [m for m in rep.mismatches if m.kind == "number"]
        if self.rival_similarity is None or not numbers or not self._refuted_on_words(rep):
            return ()
        sentences = {sentence_with(passage, m.source) for m in numbers}
        # (a figure a mismatch already gives answers its own: "240,000 bags in 2024" is no rival of "down from
        # 298,000 in 2023" too)
        named, given = {m.claim for m in rep.mismatches}, {m.source for m in rep.mismatches}
        return tuple(dict.fromkeys(
            Mismatch("number", *key) for c, p, sent in rival_figures(claim, passage)
            if sent in sentences and (key := _rival_key(claim, c, passage, p))[0] not in named
            and key[1] not in given))

    def _refuted_on_words(self, rep: SlotReport) -> bool:
        """Whether a mismatch refutes on the words alone: the passage shares enough of the claim's words (its closest
        sentence, or the one holding the mismatch), however close in meaning."""
        return rep.best_sentence_overlap >= self.refute_overlap or rep.mismatch_overlap >= self.refute_rest

    def _rivals(self, claim: str, passage: str, rep: SlotReport, probs: np.ndarray) -> list[tuple[Mismatch, str]]:
        """The mismatches (with the sentences giving them) whose closeness in meaning to the claim decides whether
        they are on topic: rival figures, and months or days of another year."""
        from factcheck.rivals import rival_dates, rival_figures
        from factcheck.slots import sentence_with

        decisive = [m for m in rep.mismatches if m.kind in DECISIVE_KINDS]
        if decisive and self._refuted_on_words(rep):
            return []  # refuted on the words already
        if not decisive and probs[0] >= 0.5:
            return []  # the model reads support: leave it to the model
        rivals = {_rival_key(claim, c, passage, p): sent for c, p, sent in rival_figures(claim, passage)}
        if decisive:  # a mismatch the slots found: a rival figure, or a month or a day of another year
            found = [(m, rivals[(m.claim, m.source)]) for m in decisive if (m.claim, m.source) in rivals]
            return found + [(m, sentence_with(passage, m.source)) for m in decisive
                            if m.kind == "date" and (_dated(m) or _weekdays(m))]
        days = [(Mismatch("date", c.text, p.text), sent) for c, p, sent in rival_dates(claim, passage)]
        return [(Mismatch("number", c, p), sent) for (c, p), sent in rivals.items()] + days

    def _said_in_other_words(self, claim: str, rep: SlotReport, probs: np.ndarray) -> bool:
        """Whether the passage sentence closest to the claim in words shares enough of them to be about the same
        thing, too few for rules 4-6, with nothing changed, while the model reads neither support nor
        refutation: "Karin Sjöholm will lead the merged group" / "Karin Sjöholm, Nordwing's chief executive, will
        run the new group". A quotation is never restated in other words: it stands word for word or not at all."""
        return (
            self.restate_similarity is not None
            and not _QUOTE_MARK.search(claim)
            and bool(rep.best_sentence)
            and rep.best_sentence_overlap >= MEANING_MIN_OVERLAP
            and self._undecided(rep, probs)
        )

    def _figures_in_other_words(self, rep: SlotReport, probs: np.ndarray) -> bool:
        """Whether a sentence giving the claim's figures and dates (a bound aside), with no mismatch, shares too
        few words with the claim for rules 4-6 while the model reads neither support nor refutation."""
        return (
            self.figures_similarity is not None
            and self.figures_restate is not None
            and bool(rep.figures_sentence)
            and self._undecided(rep, probs)
        )

    def _undecided(self, rep: SlotReport, probs: np.ndarray) -> bool:
        """Whether nothing decides the pair: no mismatch, negation or modality gap, no restatement for rules 4-6,
        and the model reads neither support nor refutation."""
        return (
            rep.restate_overlap < self.restate_overlap
            and rep.slots_restated < self.slots_restate
            and (self.figures_restate is None or rep.figures_restated < self.figures_restate)
            and not rep.mismatches
            and not rep.modality_gap
            and not rep.negation_diff
            and probs[0] < 0.5
            and probs[1] < 0.5
        )

    def _decide(
        self,
        probs: np.ndarray,
        report: SlotReport,
        topical: float,
        neutral_below: float | None = None,
        restated: float = 0.0,
    ) -> Assessment:
        """The assessment from model probabilities and the slot report. ``topical``: how on-topic the
        passage is; ``restated``: how closely one of its statements restates the claim (see
        :attr:`~factcheck.slots.SlotReport.restate_overlap`)."""
        mismatches, modality_gap = report.mismatches, report.modality_gap
        p = np.clip(np.asarray(probs, dtype=np.float64), 0.0, 1.0)
        p = p / p.sum() if p.sum() > 0 else np.array([0.0, 0.0, 1.0])
        decisive = [m for m in mismatches if m.kind in DECISIVE_KINDS]
        if decisive and (topical >= self.refute_overlap or report.mismatch_overlap >= self.refute_rest):
            on_topic = max(topical, report.mismatch_overlap)
            floor = min(0.97, 0.6 + 0.1 * (len(decisive) - 1) + 0.3 * (on_topic - self.refute_overlap))
            p = _raise(p, 1, floor)
        elif topical < (self.neutral_overlap if neutral_below is None else neutral_below):
            p = _raise(p, 2, 0.8)
            mismatches = ()
        elif report.disavowed_sentence and not modality_gap and not decisive:
            p = _raise(p, 1, _DISAVOWED_REFUTE)  # rule 9: the passage's author rejects the figure it restates
        elif report.quote_verbatim and not decisive:
            p = _raise(p, 0, 0.85)  # the claim's quotation stands word for word in the passage
        elif modality_gap and p.argmax() == 0:
            p = np.array([0.0, p[1], p[2] + p[0]])
        elif p.argmax() == 0 and any(m.kind in _VALUE_KINDS for m in decisive):
            p = np.array([0.0, p[1], p[2] + p[0]])  # a passage giving another figure, date or direction for the
            # claim's, though too loosely worded to refute it, does not support it either
        elif report.nil_sentence and not modality_gap and not decisive:
            p = _raise(p, 0, _NIL_SUPPORT)  # rule 8: the claim's nil outcome, in the passage's words
        elif not modality_gap and restated >= self.restate_overlap:
            p = _raise(p, 0, min(0.9, 0.55 + 2.0 * (restated - self.restate_overlap)))
        elif report.slots_restated >= self.slots_restate:
            p = _raise(p, 0, min(0.85, 0.6 + (report.slots_restated - self.slots_restate)))
        elif self.figures_restate is not None and not modality_gap and report.figures_restated >= self.figures_restate:
            p = _raise(p, 0, min(0.8, 0.55 + (report.figures_restated - self.figures_restate)))
        idx = int(p.argmax())
        p = np.clip(p, 0.0, 1.0)
        p = p / p.sum()
        return Assessment(
            stance=_STANCES[idx],
            score=float(min(1.0, max(0.0, p[idx]))),
            probabilities=tuple(float(x) for x in p),
            mismatches=mismatches,
        )


def _told_as_peak(passage: str, value: str) -> bool:
    """Whether ``value`` stands in ``passage`` as the most a measure reached ("The [highest] total ... was 165
    millimetres"; see :func:`~factcheck.slots.compare.analyze`)."""
    from factcheck.slots import sentence_with
    from factcheck.slots.compare import _PEAK_BEFORE

    sentence = sentence_with(passage, value)
    at = sentence.find(value)
    return at >= 0 and _PEAK_BEFORE.search(sentence[:at]) is not None


def rival_refutation(claim: str, passage: str, assessment: Assessment) -> bool:
    """Whether ``assessment`` refutes ``claim`` on a value the passage gives for the claim's own: a rival figure
    (:func:`~factcheck.rivals.rival_figures`) of an exact figure of the claim's, or a month or day of a named
    year. The test a passage of little relevance to the claim must pass to count (see
    :class:`~factcheck.check.Checker`)."""
    from factcheck.rivals import rival_figures
    from factcheck.slots.sides import same_deadline

    if assessment.stance is not Stance.REFUTES:
        return False
    if any(m.kind == "date" and _dated(m) for m in assessment.mismatches):
        return True
    if any(m.kind == "date" and same_deadline(claim, m.claim, passage, m.source) for m in assessment.mismatches):
        return True  # "will be completed by the end of May" / "will be completed by 30 June 2025"
    if any(m.kind == "date" and _days(m) and not _BOUND_BEFORE.search(claim.split(m.claim)[0][-12:])
           for m in assessment.mismatches):  # fmt: skip
        from factcheck.slots import analyze

        # another day of the month for the claim's, in a sentence restating the rest of the claim ("The embankment at
        # Gabura union gave way on September 29 during a spring tide, ..." / "The embankment at Gabura collapsed on
        # Oct 1, and ...")
        return analyze(claim, passage).mismatch_overlap >= DAY_RIVAL_REST
    if _range_rival(claim, passage, assessment.mismatches):
        return True  # "ran from July 18 to 27" / "its ten-day run from July 11 to July 20": both ends another range's
    if any(m.kind == "number" and m.claim.lower().startswith("up to ") and _told_as_peak(passage, m.source)
           for m in assessment.mismatches):  # fmt: skip
        return True  # "dumped up to 210 millimetres" / "The highest total recorded ... was 165 millimetres"
    if any(m.kind == "polarity" for m in assessment.mismatches) and _moved_otherwise(claim, passage):
        return True  # "The budget, up 6 percent on this year's" / "a 2025 budget ..., 6% smaller than this year's"
    numbers = {(m.claim, m.source) for m in assessment.mismatches if m.kind == "number"}
    # an exact figure of the claim's: a bound ("less than $86 million") is ruled out by too many passages' figures
    pairs = [(c, p) for c, p, _ in rival_figures(claim, passage) if not c.bound]
    return bool(numbers) and any(_rival_key(claim, c, passage, p) in numbers for c, p in pairs)


def _moved_otherwise(claim: str, passage: str) -> bool:
    """Whether the passage moves a figure the claim moves, the same figure, the other way ("up 6 percent" / "6%
    smaller"): a rival direction of the claim's own figure."""
    from factcheck.slots import SlotKind
    from factcheck.slots.compare import _way
    from factcheck.slots.extract import _extract
    from factcheck.slots.values import _MOVES, _figure_moved

    cs, ps = _extract(claim), _extract(passage)
    moves = [c for c in cs if c.kind is SlotKind.POLARITY and c.value[0] in _MOVES]  # type: ignore[index]
    return any(_figure_moved(c, _way(c), cs, ps, claim, passage) is not None for c in moves)


def figure_support(claim: str, passage: str, assessment: Assessment) -> bool:
    """Whether ``assessment`` supports ``claim`` with a passage sentence giving all of its figures and dates, of the
    same things (:attr:`~factcheck.slots.SlotReport.figures_sentence`): the other test a passage of little relevance
    may pass ("The rationing will affect about 1.8 million people, the utility estimated" is worded too
    differently from "The restrictions will affect some 1.8 million residents" to rank high)."""
    from factcheck.slots import SlotKind, analyze
    from factcheck.slots.extract import _extract

    if assessment.stance is not Stance.SUPPORTS or assessment.mismatches:
        return False
    if not any(s.kind is SlotKind.NUMBER and s.unit not in ("ordinal", "age") for s in _extract(claim)):
        return False  # "in the second half of the year" counts nothing
    return bool(analyze(claim, passage).figures_sentence)


#: Below this refutation probability, the model's refutation of a passage changing no value is weak: a clause it
#: restates with its figure or date still counts for that fact (:func:`clause_support`).
WEAK_REFUTE = 0.5


def clause_support(claim: str, passage: str, assessment: Assessment) -> bool:
    """Whether ``passage``, read as no refutation and changing no value, restates one clause of ``claim`` with its
    figure or date (:func:`restates_a_clause`). Such a passage counts for that fact only: its stance on the whole
    claim is not counted (see :class:`~factcheck.check.Checker`). The model's refutation, with no value changed, rules
    it out only when the model is sure of it (at least ``WEAK_REFUTE``): "the site closed its gates at noon" restates
    "The site will stay shut between noon and 5 p.m." with its first hour, whatever else the claim adds."""
    if assessment.mismatches or (assessment.stance is Stance.REFUTES and assessment.probabilities[1] >= WEAK_REFUTE):
        return False
    return restates_a_clause(claim, passage)


@lru_cache(maxsize=4096)  # a passage found by a clause is read here once to be kept, once more once assessed
def restates_a_clause(claim: str, passage: str) -> bool:
    """Whether a sentence of ``passage`` restates one clause of ``claim`` with that clause's figure or date, as
    :func:`~factcheck.score.score_claim` reads a fact stated, the figure written where the claim's is a bound and a
    count of the same thing: a claim of several facts ranks low against a passage giving one of them ("Sughdsement
    was privatised in 2009 and employs about 1,300 people at its plant outside Khujand" / "At the plant gate outside
    Khujand, where some 1,300 people work"), but "two ammonia plants" gives no count of "Two of the plant's ammonia
    units"."""
    from factcheck.model import _written_in
    from factcheck.score import _clauses_restated
    from factcheck.slots import SlotKind
    from factcheck.slots.compare import _same_thing
    from factcheck.slots.extract import _extract
    from factcheck.slots.values import _numbers_equal

    restated = _clauses_restated(claim, passage)
    if not restated:
        return False
    theirs = [p for p in _extract(passage) if p.kind is SlotKind.NUMBER]
    for x in _extract(claim):
        if x.text not in restated or (x.bound and not _written_in(x.text, passage)) or x.unit == "ordinal":
            continue  # ("in the fourth quarter" is when, no fact of its own)
        if x.kind is SlotKind.NUMBER and x.unit == "count" and not any(
                _numbers_equal(x, p) and _same_thing(claim, x, passage, p) for p in theirs):  # fmt: skip
            continue
        return True
    return False


def nil_support(claim: str, passage: str, assessment: Assessment) -> bool:
    """Whether ``assessment`` supports ``claim`` with a passage sentence stating its nil outcome
    (:attr:`~factcheck.slots.SlotReport.nil_sentence`): "No one was hurt" and "There were no injuries" share no
    word to rank on. Such a sentence fits every accident, so a passage of little relevance passing this test
    counts only from a document of the draft's story (see :class:`~factcheck.check.Checker`)."""
    from factcheck.slots import analyze

    return assessment.stance is Stance.SUPPORTS and bool(analyze(claim, passage).nil_sentence)


#: Where a sentence breaks into clauses: a comma, a semicolon or a dash.
_CLAUSE_BREAKS = re.compile(r",\s+|;\s+|\s+[—–-]\s+")


def figures_clause(claim: str, sentence: str) -> str:
    """The fewest neighbouring clauses of ``sentence`` that give every figure and date of the claim's, or "" when
    that is the whole sentence, the sentence does not give them all, or the claim gives no number (a year alone
    fits a clause of any other event of that year)."""
    from factcheck.slots import SlotKind
    from factcheck.slots.extract import _extract
    from factcheck.slots.values import _dates_equal, _numbers_equal, _units_compatible

    def gives(c: Slot, p: Slot) -> bool:
        if c.kind is SlotKind.NUMBER:
            return p.kind is SlotKind.NUMBER and _units_compatible(c.unit, p.unit) and _numbers_equal(c, p)
        return p.kind is SlotKind.DATE and bool(_dates_equal(c, p))

    mine = [c for c in _extract(claim) if c.kind in (SlotKind.NUMBER, SlotKind.DATE)]
    if not any(c.kind is SlotKind.NUMBER for c in mine):
        return ""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAKS.finditer(sentence)), len(sentence)]
    parts = [sentence[a:b] for a, b in zip(cuts, cuts[1:])]
    if len(parts) < 2:
        return ""
    held = [{i for i, c in enumerate(mine) if any(gives(c, p) for p in _extract(part))} for part in parts]
    best: tuple[int, int] | None = None
    for lo in range(len(parts)):
        got: set[int] = set()
        for hi in range(lo, len(parts)):
            got |= held[hi]
            if len(got) == len(mine):
                if best is None or hi - lo < best[1] - best[0]:
                    best = (lo, hi)
                break
    if best is None or best == (0, len(parts) - 1):
        return ""
    return "".join(parts[best[0] : best[1] + 1]).strip(" ,;—–-")


def _rival_key(claim: str, c: Slot, passage: str, p: Slot) -> tuple[str, str]:
    """A rival pair as a number mismatch names it, bounds written out ("more than 40", "27")."""
    from factcheck.slots.compare import _as_bounded

    return _as_bounded(c, claim), _as_bounded(p, passage)


#: Share of the claim's other words the passage sentence giving another day of the month must restate for a passage
#: of little relevance to count it (:func:`rival_refutation`): a story tells of many days.
DAY_RIVAL_REST = 0.75
#: A day of a month: "September 29", "Oct. 1", "1 October".
_DAY_OF_MONTH = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\b")


#: A bound right before a date: "back online [by] April 30" is no day of an event.
_BOUND_BEFORE = re.compile(r"\b(?:by|before|until|till|after|from|since)\s+$", re.IGNORECASE)


#: What joins the two ends of a range: "July 18 [to] 27", "11 [-] 20 July".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|–|-)\s*")


def _range_rival(claim: str, passage: str, mismatches: Sequence[Mismatch]) -> bool:
    """Whether two date mismatches are the two ends of a range in the claim and in the passage alike: another
    range for the same span ("from July 18 to 27" / "from July 11 to July 20")."""
    days = [m for m in mismatches if m.kind == "date"]
    for first, last in permutations(days, 2):  # (in either order the mismatches come)
        ends = []
        for text, a, b in ((claim, first.claim, last.claim), (passage, first.source, last.source)):
            at = text.find(a)
            end = text.find(b, at + len(a)) if at >= 0 else -1
            ends.append(at >= 0 and end >= 0 and _RANGE_JOIN.fullmatch(text[at + len(a) : end]) is not None)
        if all(ends):
            return True
    return False


def _days(m: Mismatch) -> bool:
    """Whether both sides of a date mismatch name a day of a month ("September 29" / "Oct 1")."""
    return all(_DAY_OF_MONTH.search(t) for t in (m.claim, m.source))


def _dated(m: Mismatch) -> bool:
    """Whether both sides of a date mismatch name a month or a day with its year ("September 2023" /
    "November 2023"), which a sentence close in meaning cannot give for another event of the story."""
    return all(re.search(r"\b\d{4}\b", t) and re.search(r"[A-Za-z]{3}", t) for t in (m.claim, m.source))


#: Embedding cosine from which a sentence giving another weekday for the claim's is close enough in meaning to tell
#: of the same event ("Talks ... are scheduled for Thursday in Koné" / "Mediation talks are to begin on Friday in
#: Koné"): a story has many days, so more is asked than of a rival figure.
WEEKDAY_SIMILARITY = 0.6
_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


def _weekdays(m: Mismatch) -> bool:
    """Whether a date mismatch sets one weekday against another ("Thursday" / "Friday")."""
    return m.kind == "date" and all(_WEEKDAY.fullmatch(t.strip()) for t in (m.claim, m.source))


def _raise(p: np.ndarray, idx: int, floor: float) -> np.ndarray:
    """Lift ``p[idx]`` to at least ``floor``, scaling the other classes down proportionally."""
    if p[idx] >= floor:
        return p
    rest = 1.0 - p[idx]
    out = p * ((1.0 - floor) / rest) if rest > 0 else np.full(3, (1.0 - floor) / 2)
    out[idx] = floor
    return out


def assess(claim: str, passage: str, *, assessor: Assessor | None = None) -> Assessment:
    """The stance of ``passage`` toward ``claim``; builds a default :class:`Assessor` when none is given.

    Building an assessor loads the embedding model; pass one to reuse it across calls.
    """
    return (assessor or Assessor()).assess(claim, passage)
