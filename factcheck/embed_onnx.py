"""A faster CPU embedder: the packaged MiniLM run by plain onnxruntime, int8.

The first use exports the sentence-transformers model to ONNX with
``torch.onnx.export(dynamo=False)`` and quantises its MatMul weights to int8
(per channel) into a writable cache folder: ``$FACTCHECK_CACHE`` or the
platform's user cache (``platformdirs``), never site-packages. Later uses
load the cached model with onnxruntime and ``tokenizers`` only; torch is not
imported. Pooling (attention-masked mean) and L2 normalisation are done in
numpy, matching all-MiniLM-L6-v2's sentence-transformers pipeline.

Needs the extra packages ``onnxruntime`` and ``tokenizers`` (plus ``onnx``
and torch for the one-off export).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.errors import ModelLoadError

__all__ = ["OnnxEmbedder", "cache_root"]

_MODEL_FILE = "model.int8.onnx"


def cache_root() -> Path:
    """The folder exported models are cached in (``$FACTCHECK_CACHE`` or the user cache)."""
    env = os.environ.get("FACTCHECK_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck", appauthor=False))


def _model_digest(folder: Path) -> str:
    """A cheap content key of a model folder: config, tokenizer, weight size and weight head/tail."""
    h = hashlib.sha256()
    for name in ("config.json", "tokenizer.json", "sentence_bert_config.json"):
        f = folder / name
        if f.exists():
            h.update(f.read_bytes())
    for weights in sorted(folder.glob("*.safetensors")) + sorted(
        folder.glob("pytorch_model.bin")
    ):
        size = weights.stat().st_size
        h.update(f"{weights.name}:{size}".encode())
        with open(weights, "rb") as fh:
            h.update(fh.read(1 << 20))
            fh.seek(max(0, size - (1 << 20)))
            h.update(fh.read(1 << 20))
    return h.hexdigest()[:16]


def quantize_int8(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """Dynamic int8 quantization of an exported model's MatMul weights, per channel.

    onnxruntime's quantizer warns through the root logger (which the library
    must not configure); what it prints is dropped here.
    """
    import contextlib
    import io

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with contextlib.redirect_stderr(io.StringIO()):
        quantize_dynamic(
            str(src), str(dst), per_channel=True, op_types_to_quantize=["MatMul"], weight_type=QuantType.QInt8
        )


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (or another BERT-style sentence-transformers model) via onnxruntime int8.

    Args:
        model: A local sentence-transformers model folder; None means the packaged all-MiniLM-L6-v2.
        cache_dir: Where exported models live; None means :func:`cache_root`.
        threads: onnxruntime intra-op threads; None leaves its default.
        batch_size: Texts per forward pass.
        max_length: Token limit; None reads the model's ``max_seq_length`` (256 for MiniLM).
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        cache_dir: str | os.PathLike[str] | None = None,
        threads: int | None = None,
        batch_size: int = 32,
        max_length: int | None = None,
    ) -> None:
        self.model = None if model is None else os.fspath(model)
        self.cache_dir = None if cache_dir is None else Path(cache_dir)
        self.threads = threads
        self.batch_size = batch_size
        self.max_length = max_length
        self._session: Any = None
        self._tokenizer: Any = None
        self._dim: int | None = None
        self._lock = threading.Lock()

    # -- identity ----------------------------------------------------------------------

    def _source(self) -> Path:
        if self.model is not None:
            return Path(self.model)
        from factcheck.embed import default_model_path

        return Path(default_model_path())

    @property
    def name(self) -> str:
        from factcheck.embed import DEFAULT_MODEL

        base = (
            DEFAULT_MODEL
            if self.model is None
            else os.path.basename(self.model.rstrip("/"))
        )
        return f"{base}-onnx-int8"

    @property
    def dim(self) -> int:
        if self._dim is None:
            config = json.loads(
                (self._source() / "config.json").read_text(encoding="utf-8")
            )
            self._dim = int(config["hidden_size"])
        return self._dim

    @property
    def loaded(self) -> bool:
        """Whether the ONNX session is open."""
        return self._session is not None

    def export_dir(self) -> Path:
        """The cache folder of this model's export (it may not exist yet)."""
        source = self._source()
        root = self.cache_dir if self.cache_dir is not None else cache_root()
        return root / "onnx" / f"{source.name}-{_model_digest(source)}"

    # -- export --------------------------------------------------------------------------

    def export(self) -> Path:
        """Export and quantise the model into the cache unless already there; return the folder."""
        target = self.export_dir()
        if (target / _MODEL_FILE).exists():
            return target
        from filelock import FileLock

        target.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(target) + ".lock"):
            if (target / _MODEL_FILE).exists():
                return target
            tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
            try:
                self._export_into(self._source(), tmp)
                if target.exists():
                    shutil.rmtree(target)
                os.replace(tmp, target)
            finally:
                if tmp.exists():
                    shutil.rmtree(tmp, ignore_errors=True)
        return target

    def _export_into(self, source: Path, out: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        try:
            import torch
            import onnxruntime.quantization  # noqa: F401  (fail early, with the hint below)
            from transformers import AutoModel
        except ImportError as exc:
            raise ModelLoadError(
                f"exporting the ONNX model needs torch, transformers and onnx ({exc}); "
                "install them or use SentenceTransformerEmbedder"
            ) from exc
        try:
            model = AutoModel.from_pretrained(str(source), local_files_only=True)
        except Exception as exc:
            raise ModelLoadError(
                f"could not load {str(source)!r} offline for ONNX export: {exc}"
            ) from exc
        model.eval()

        class _Encoder(torch.nn.Module):
            def __init__(self, inner: Any) -> None:
                super().__init__()
                self.inner = inner

            def forward(
                self, input_ids: Any, attention_mask: Any, token_type_ids: Any
            ) -> Any:
                return self.inner(
                    input_ids=input_ids,
                    attention_mask=attention_mask,
                    token_type_ids=token_type_ids,
                ).last_hidden_state

        ids = torch.ones((2, 8), dtype=torch.long)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        fp32 = out / "model.fp32.onnx"
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Encoder(model),
                (ids, torch.ones_like(ids), torch.zeros_like(ids)),
                str(fp32),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={
                    **{n: {0: "batch", 1: "tokens"} for n in names},
                    "last_hidden_state": {0: "batch", 1: "tokens"},
                },
                opset_version=17,
                do_constant_folding=True,
                dynamo=False,
            )
        quantize_int8(fp32, out / _MODEL_FILE)
        fp32.unlink()
        shutil.copy(source / "tokenizer.json", out / "tokenizer.json")
        max_length = 256
        st_config = source / "sentence_bert_config.json"
        if st_config.exists():
            max_length = int(
                json.loads(st_config.read_text("utf-8")).get(
                    "max_seq_length", max_length
                )
            )
        meta = {
            "source": source.name,
            "dim": int(model.config.hidden_size),
            "max_length": max_length,
            "pooling": "mean",
            "normalize": True,
            "quantization": "dynamic int8 per-channel MatMul",
        }
        (out / "export.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")

    # -- inference -------------------------------------------------------------------------

    def _load(self) -> tuple[Any, Any]:
        if self._session is None:
            with self._lock:
                if self._session is None:
                    folder = self.export()
                    try:
                        import onnxruntime as ort
                        from tokenizers import Tokenizer
                    except ImportError as exc:
                        raise ModelLoadError(
                            f"OnnxEmbedder needs onnxruntime and tokenizers ({exc}); pip install them"
                        ) from exc
                    meta = json.loads((folder / "export.json").read_text("utf-8"))
                    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
                    tokenizer.enable_truncation(
                        max_length=self.max_length or int(meta["max_length"])
                    )
                    tokenizer.enable_padding(
                        pad_id=0, pad_token="[PAD]"
                    )  # pad to the longest in the batch
                    options = ort.SessionOptions()
                    options.graph_optimization_level = (
                        ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                    )
                    if self.threads:
                        options.intra_op_num_threads = self.threads
                        options.inter_op_num_threads = 1
                    try:
                        session = ort.InferenceSession(
                            str(folder / _MODEL_FILE),
                            options,
                            providers=["CPUExecutionProvider"],
                        )
                    except Exception as exc:
                        raise ModelLoadError(
                            f"{folder / _MODEL_FILE}: cannot open the exported model ({exc}); "
                            "delete the folder to re-export it"
                        ) from exc
                    self._dim = int(meta["dim"])
                    self._tokenizer = tokenizer
                    self._session = session
        return self._session, self._tokenizer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` into a ``(len(texts), dim)`` float32 array of unit rows."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session, tokenizer = self._load()
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        # batch texts of similar length together: less padding, same results
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for at in range(0, len(order), self.batch_size):
            rows = order[at : at + self.batch_size]
            encodings = tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            (hidden,) = session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
            )
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(
                weights.sum(axis=1), 1e-9, None
            )
            pooled /= np.clip(
                np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None
            )
            out[rows] = pooled
        return out

    def __repr__(self) -> str:
        return f"OnnxEmbedder(model={self.model!r}, loaded={self.loaded})"
