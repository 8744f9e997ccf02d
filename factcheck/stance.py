"""The learned stance head: features, the numpy model, loading the packaged artefact.

Features of a (claim, passage) pair (:func:`featurize`): the sentence embeddings
``u`` (claim) and ``v`` (passage) as ``[u, v, |u - v|, u * v]`` followed by
:data:`N_EXTRA` slot and lexical features from :func:`factcheck.slots.analyze`
(cosine, content-word overlap, matched / contradicted / missing numbers, dates
and names, polarity and negation differences, lengths ...).

Two heads share one artefact (``factcheck/data/stance.npz`` + ``stance.json``,
written by ``scripts/train_stance.py``, loaded with ``allow_pickle=False``):

* ``full``: a one-hidden-layer MLP over all features (needs the embedder the head
  was trained with, all-MiniLM-L6-v2, 384 dimensions);
* ``lexical``: the same MLP shape over the extra features only, used when the
  injected embedder has another dimension (e.g. :class:`~factcheck.testing.FakeEmbedder`).

Both are temperature-scaled on a held-out calibration split. Inference is numpy only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from factcheck.errors import ModelLoadError

__all__ = [
    "EXTRA_NAMES",
    "FEATURE_VERSION",
    "N_EXTRA",
    "StanceHead",
    "StanceModel",
    "default_model_path",
    "extra_features",
    "featurize",
]

#: Bump when the feature layout changes; artefacts record the version they were trained with.
FEATURE_VERSION = 1

EXTRA_NAMES = (
    "cosine",
    "overlap",
    "precision",
    "best_sentence_overlap",
    "number_matched",
    "number_mismatch",
    "number_missing",
    "date_matched",
    "date_mismatch",
    "date_missing",
    "entity_matched",
    "entity_mismatch",
    "entity_missing",
    "polarity_matched",
    "polarity_mismatch",
    "negation_diff",
    "modality_gap",
    "any_mismatch",
    "claim_len",
    "passage_len",
    "partial_ratio",
    "claim_negations",
    "passage_negations",
    "unmatched_claim_words",
)
N_EXTRA = len(EXTRA_NAMES)

_NEG = frozenset("not n't never no neither nor none nobody nothing without cannot".split())


def extra_features(claim: str, passage: str, cosine: float) -> np.ndarray:
    """The :data:`EXTRA_NAMES` features of one pair, as float32."""
    from rapidfuzz import fuzz

    from factcheck.slots import analyze, content_words

    rep = analyze(claim, passage)
    kinds = {m.kind for m in rep.mismatches}
    nmis = {k: sum(1 for m in rep.mismatches if m.kind == k) for k in ("number", "date", "entity", "polarity")}
    cl, pl = claim.lower(), passage.lower()
    cw = content_words(claim)
    unmatched = len(cw - content_words(passage))
    f = [
        cosine,
        rep.overlap,
        rep.precision,
        rep.best_sentence_overlap,
        math.log1p(rep.matched.get("number", 0)),
        math.log1p(nmis["number"]),
        math.log1p(rep.missing.get("number", 0)),
        math.log1p(rep.matched.get("date", 0)),
        math.log1p(nmis["date"]),
        math.log1p(rep.missing.get("date", 0)),
        math.log1p(rep.matched.get("entity", 0)),
        math.log1p(nmis["entity"]),
        math.log1p(rep.missing.get("entity", 0)),
        math.log1p(rep.matched.get("polarity", 0)),
        math.log1p(nmis["polarity"]),
        float(rep.negation_diff),
        float(rep.modality_gap),
        float(bool(kinds - {"modality"})),
        math.log1p(len(cl.split())) / 4,
        math.log1p(len(pl.split())) / 6,
        fuzz.partial_ratio(cl, pl) / 100.0 if len(pl) < 2000 else fuzz.token_set_ratio(cl, pl) / 100.0,
        min(3, sum(1 for w in cl.replace("n't", " n't").split() if w in _NEG)) / 3,
        min(3, sum(1 for w in pl.replace("n't", " n't").split() if w in _NEG)) / 3,
        math.log1p(unmatched),
    ]
    return np.asarray(f, dtype=np.float32)


def featurize(u: np.ndarray, v: np.ndarray, claims: Sequence[str], passages: Sequence[str]) -> np.ndarray:
    """Full feature rows ``[u, v, |u-v|, u*v, extras]`` for aligned embedding rows and texts.

    Args:
        u: ``(n, d)`` unit claim embeddings.
        v: ``(n, d)`` unit passage embeddings.
        claims: The ``n`` claim texts.
        passages: The ``n`` passage texts.
    """
    u = np.asarray(u, dtype=np.float32)
    v = np.asarray(v, dtype=np.float32)
    if u.shape != v.shape or u.shape[0] != len(claims) or len(claims) != len(passages):
        raise ValueError(
            f"featurize expects u, v of equal shape (n, d) and n texts each; got {u.shape}, {v.shape}, "
            f"{len(claims)} claims, {len(passages)} passages"
        )
    cos = np.einsum("ij,ij->i", u, v)
    extras = np.stack([extra_features(c, p, float(s)) for c, p, s in zip(claims, passages, cos)]) if len(claims) else (
        np.zeros((0, N_EXTRA), dtype=np.float32)
    )
    return np.concatenate([u, v, np.abs(u - v), u * v, extras], axis=1).astype(np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@attrs.frozen(eq=False)
class StanceHead:
    """One standardised one-hidden-layer ReLU MLP with temperature; classes (supports, refutes, neutral)."""

    mean: np.ndarray
    std: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    temperature: float = 1.0

    @property
    def n_features(self) -> int:
        return int(self.w1.shape[0])

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Uncalibrated logits of feature rows ``x``."""
        h = np.maximum(((x - self.mean) / self.std) @ self.w1 + self.b1, 0.0)
        return h @ self.w2 + self.b2

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Calibrated (supports, refutes, neutral) probabilities, rows summing to 1."""
        x = np.asarray(x, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.n_features:
            raise ValueError(f"expected feature rows of width {self.n_features}, got shape {x.shape}")
        return _softmax(self.logits(x) / self.temperature)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}_{k}": getattr(self, k) for k in ("mean", "std", "w1", "b1", "w2", "b2")}

    @classmethod
    def from_arrays(cls, data: Mapping[str, np.ndarray], prefix: str, temperature: float) -> StanceHead:
        return cls(**{k: np.asarray(data[f"{prefix}_{k}"], dtype=np.float32) for k in ("mean", "std", "w1", "b1", "w2", "b2")},
                   temperature=float(temperature))  # fmt: skip


@attrs.frozen(eq=False)
class StanceModel:
    """The packaged stance model: a full head and a lexical fallback head.

    Attributes:
        full: Head over ``[u, v, |u-v|, u*v, extras]``.
        lexical: Head over the extras only.
        embed_dim: Embedding dimension ``full`` expects.
        meta: Training metadata from the JSON side-car.
    """

    full: StanceHead
    lexical: StanceHead
    embed_dim: int
    meta: Mapping[str, Any] = attrs.field(factory=dict)

    def head_for(self, dim: int) -> StanceHead:
        """The head usable with embeddings of dimension ``dim``."""
        return self.full if dim == self.embed_dim else self.lexical

    def predict_proba(self, features: np.ndarray, dim: int) -> np.ndarray:
        """Probabilities for full feature rows built from ``dim``-dimensional embeddings."""
        if dim == self.embed_dim:
            return self.full.predict_proba(features)
        return self.lexical.predict_proba(features[:, -N_EXTRA:])

    def save(self, path: str | Path) -> None:
        """Write ``<path>.npz`` (arrays) and ``<path>.json`` (metadata)."""
        path = Path(path)
        arrays = {**self.full.arrays("full"), **self.lexical.arrays("lex")}
        np.savez_compressed(path.with_suffix(".npz"), **{k: v.astype(np.float32) for k, v in arrays.items()})
        meta = dict(self.meta)
        meta.update(
            feature_version=FEATURE_VERSION,
            extra_names=list(EXTRA_NAMES),
            embed_dim=self.embed_dim,
            temperature_full=self.full.temperature,
            temperature_lexical=self.lexical.temperature,
        )
        path.with_suffix(".json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        """Load an artefact written by :meth:`save` (default: the packaged one).

        Raises:
            ModelLoadError: If the files are missing, malformed or of another feature version.
        """
        base = Path(default_model_path() if path is None else path)
        if base.suffix in (".npz", ".json"):
            base = base.with_suffix("")
        npz, side = base.with_suffix(".npz"), base.with_suffix(".json")
        try:
            meta = json.loads(side.read_text())
            with np.load(npz, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise ModelLoadError(
                f"could not read the stance model at {base}(.npz/.json): {exc}; "
                "expected the files written by scripts/train_stance.py (rerun it, or pass model_path=None "
                "for the packaged model)"
            ) from exc
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ModelLoadError(
                f"stance model {base} has feature version {meta.get('feature_version')!r}, this code expects "
                f"{FEATURE_VERSION}; retrain it with scripts/train_stance.py"
            )
        try:
            full = StanceHead.from_arrays(arrays, "full", meta["temperature_full"])
            lexical = StanceHead.from_arrays(arrays, "lex", meta["temperature_lexical"])
        except KeyError as exc:
            raise ModelLoadError(f"stance model {base} lacks {exc}; retrain it with scripts/train_stance.py") from exc
        dim = int(meta["embed_dim"])
        if full.n_features != 4 * dim + N_EXTRA or lexical.n_features != N_EXTRA:
            raise ModelLoadError(
                f"stance model {base} has heads of width {full.n_features}/{lexical.n_features}, expected "
                f"{4 * dim + N_EXTRA}/{N_EXTRA}; retrain it with scripts/train_stance.py"
            )
        return cls(full=full, lexical=lexical, embed_dim=dim, meta=meta)


def default_model_path() -> str:
    """Base path (without suffix) of the packaged stance artefact."""
    return str(Path(__file__).resolve().parent / "data" / "stance")
