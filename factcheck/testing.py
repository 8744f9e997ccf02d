"""Fakes for users' own tests: no model, no disk, deterministic.

>>> from factcheck.testing import FakeEmbedder, make_corpus
>>> corpus = make_corpus({"wire-1": "The factory opened on Monday."})
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["FakeEmbedder", "make_checker", "make_corpus"]

_TOKEN = re.compile(r"\w+", re.UNICODE)


class FakeEmbedder:
    """A deterministic bag-of-words hashing embedder.

    Texts sharing words get similar vectors, which is enough for retrieval
    tests; it loads nothing and is thousands of times faster than a model.

    Args:
        dim: Vector dimension.
    """

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim
        self.calls = 0  #: number of texts embedded so far (for "not re-embedded" tests)

    @property
    def name(self) -> str:
        return f"fake-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for tok in _TOKEN.findall(text.lower()):
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
                out[row, h % self._dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
            else:
                out[row, 0] = 1.0
        self.calls += len(texts)
        return out


def make_corpus(docs: Mapping[str, str | Mapping[str, Any]]) -> Any:
    """Build an in-memory :class:`~factcheck.corpus.Corpus`.

    Args:
        docs: ``{doc_id: text}`` or ``{doc_id: {"text": ..., "outlet": ..., ...}}``.
    """
    from factcheck.corpus import Corpus
    from factcheck.model import Document

    documents = []
    for doc_id, value in docs.items():
        fields = {"text": value} if isinstance(value, str) else dict(value)
        documents.append(Document(id=doc_id, **fields))
    return Corpus.from_documents(documents)


def make_checker(corpus: Any, *, k: int = 5, index_path: Any = None) -> Any:
    """A :class:`~factcheck.check.Checker` that loads no model.

    It uses :class:`FakeEmbedder` for retrieval and the stance head's
    lexical fallback (slot rules and word overlap) for stance.

    Args:
        corpus: A :class:`~factcheck.corpus.Corpus` or a path to load one from.
        k: Passages assessed per claim.
        index_path: Where to persist the index, or None to keep it in memory.
    """
    from factcheck.check import Checker
    from factcheck.verify import Assessor

    fake = FakeEmbedder(64)
    return Checker(corpus, embedder=fake, assessor=Assessor(fake, cross_encoder=False), k=k, index_path=index_path)
