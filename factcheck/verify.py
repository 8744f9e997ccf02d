"""Stance of one passage toward one claim: slot checks combined with the learned head.

Decision rule of :meth:`Assessor.assess_many`, per pair:

1. Slot comparison (:func:`factcheck.slots.analyze`). A *decisive* mismatch
   (number, date, entity, polarity, negation) on a passage that is on topic
   (topical overlap ``>= refute_overlap``, where topical overlap is the larger of
   the claim-content-word recall of the closest passage sentence and the
   embedding cosine) makes the stance REFUTES; its probability is raised to at
   least ``0.6 + 0.1 * (mismatches - 1) + 0.3 * (overlap - refute_overlap)``
   (capped at 0.97) and the mismatches are listed.
2. Off-topic passages (topical overlap ``< neutral_overlap``) are NEUTRAL, with
   neutral probability at least 0.8.
3. Otherwise the learned head (:mod:`factcheck.stance`) decides; a passage that
   only says the claim *may* happen (modality gap) cannot SUPPORT it: its
   support mass moves to neutral.

Probabilities are (supports, refutes, neutral), in [0, 1], summing to 1;
``score`` is the probability of the chosen stance.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from factcheck.model import Assessment, Mismatch, Stance

if TYPE_CHECKING:
    from factcheck.embed import Embedder
    from factcheck.stance import StanceModel

__all__ = ["DECISIVE_KINDS", "Assessor", "assess"]

#: Mismatch kinds that, on an on-topic passage, make it a refutation.
DECISIVE_KINDS = frozenset({"number", "date", "entity", "polarity", "negation"})
_STANCES = (Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL)


class Assessor:
    """Assess claim-passage pairs; holds the embedder and stance model, loaded lazily once.

    Args:
        embedder: Any :class:`~factcheck.embed.Embedder`; None means the packaged
            all-MiniLM-L6-v2 (loaded on first use). An embedder of another
            dimension than the stance head's uses the head's lexical fallback.
        model_path: Base path of a stance artefact (``.npz`` + ``.json`` from
            ``scripts/train_stance.py``); None means the packaged one.
        refute_overlap: Topical overlap above which a decisive slot mismatch refutes.
        neutral_overlap: Topical overlap below which a passage is neutral.
        cache_size: Embeddings kept between calls (texts seen again are not re-embedded).
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        *,
        model_path: str | None = None,
        refute_overlap: float = 0.5,
        neutral_overlap: float = 0.2,
        cache_size: int = 4096,
    ) -> None:
        self.embedder = embedder
        self.model_path = model_path
        self.refute_overlap = refute_overlap
        self.neutral_overlap = neutral_overlap
        self.cache_size = cache_size
        self._model: StanceModel | None = None
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
            rep = analyze(claim, passage)
            out.append(self._decide(pr, rep.mismatches, max(rep.best_sentence_overlap, float(cos)), rep.modality_gap))
        return out

    def _decide(
        self, probs: np.ndarray, mismatches: tuple[Mismatch, ...], topical: float, modality_gap: bool
    ) -> Assessment:
        p = np.clip(np.asarray(probs, dtype=np.float64), 0.0, 1.0)
        p = p / p.sum() if p.sum() > 0 else np.array([0.0, 0.0, 1.0])
        decisive = [m for m in mismatches if m.kind in DECISIVE_KINDS]
        if decisive and topical >= self.refute_overlap:
            floor = min(0.97, 0.6 + 0.1 * (len(decisive) - 1) + 0.3 * (topical - self.refute_overlap))
            p = _raise(p, 1, floor)
        elif topical < self.neutral_overlap:
            p = _raise(p, 2, 0.8)
            mismatches = ()
        elif modality_gap and p.argmax() == 0:
            p = np.array([0.0, p[1], p[2] + p[0]])
        idx = int(p.argmax())
        p = np.clip(p, 0.0, 1.0)
        p = p / p.sum()
        return Assessment(
            stance=_STANCES[idx],
            score=float(min(1.0, max(0.0, p[idx]))),
            probabilities=tuple(float(x) for x in p),
            mismatches=mismatches,
        )


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
