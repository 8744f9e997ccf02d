"""Hybrid lexical + dense retrieval over a corpus's passages, persisted to disk.

Scoring. For a query ``q`` and passage ``p``:

* ``lexical`` is BM25 (bm25s, Lucene variant, Snowball-stemmed words without
  stopwords) divided by the most the query could score: for each query word,
  the largest score it reaches on any passage (for a word the corpus never
  uses, what an unseen word would typically reach). It lies in [0, 1]; a
  passage matching one common word of a long query stays low.
* ``dense`` is the cosine similarity of the embeddings (MiniLM by default).
* ``fusion="linear"`` (the default, calibrated score fusion):
  ``score = w * clip(dense, 0, 1) + (1 - w) * lexical`` with ``w = dense_weight``.
  Both parts are absolute (not rescaled per query), so scores compare across
  queries and a poor best match keeps a low score.
* ``fusion="rrf"`` (reciprocal-rank fusion): ``sum 1 / (rrf_k + rank)`` over
  the two candidate lists, divided by its maximum ``2 / (rrf_k + 1)``.

The default weight was tuned on the Check-COVID train split
(``bench/eval_retrieval.py``).

Dense search is exact (a numpy matrix product) up to ``exact_below``
passages and a faiss HNSW graph (fp16 storage) above. Vectors are kept as
float16.

Persistence. ``Index(path=...)`` keeps a folder with ``manifest.json``
(schema version, embedder, settings, corpus fingerprint and a SHA-256 of
every array file) and ``.npy`` arrays loaded with ``allow_pickle=False``.
Vectors are keyed by a hash of the passage text, so a rebuild embeds only new
or edited passages; an unchanged corpus embeds nothing. New array files get
fresh names and the manifest is replaced atomically last (``os.replace``),
so a reader never sees half an index; a file lock serialises builders. A
corrupt or outdated folder is rebuilt with a warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from factcheck.corpus import Corpus
from factcheck.errors import (
    ConfigError,
    CorpusError,
    IndexCorruptError,
    IndexNotBuiltError,
)
from factcheck.model import Document, Hit, Passage

if TYPE_CHECKING:
    from factcheck.embed import Embedder

__all__ = [
    "INDEX_DIRNAME",
    "SCHEMA_VERSION",
    "Index",
    "default_tokenizer",
    "passage_key",
]

#: The folder name the CLI uses for a corpus's persisted index (hidden, so the loader skips it).
INDEX_DIRNAME = ".factcheck-index"
#: Bumped whenever the folder layout or scoring changes incompatibly.
SCHEMA_VERSION = 1
_MANIFEST = "manifest.json"
#: Manifest fields every reader relies on, with their JSON types.
_MANIFEST_FIELDS: dict[str, type] = {
    "embedder": str,
    "corpus_fingerprint": str,
    "settings": dict,
    "chunker": dict,
    "files": dict,
    "passages": int,
    "documents": int,
}
_LOCK = "build.lock"
#: Syndication clusters of the indexed corpus, so a new process need not recompute them.
_PROVENANCE = "provenance.json"

_WORD = re.compile(r"(?u)\b\w\w+\b")


def passage_key(text: str) -> str:
    """The content hash that keys a passage's vector (32 hex characters)."""
    return hashlib.blake2b(
        text.encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()


class _Tokenizer:
    """Lower-cased words of 2+ characters, English stopwords removed, Snowball-stemmed when PyStemmer is present."""

    def __init__(self) -> None:
        from bm25s.stopwords import STOPWORDS_EN

        self._stop = frozenset(STOPWORDS_EN)
        try:
            import Stemmer

            self._stem: Callable[[list[str]], list[str]] | None = Stemmer.Stemmer(
                "english"
            ).stemWords
            self.key = "words2/stop-en/snowball-en"
        except ImportError:  # pragma: no cover - depends on the environment
            self._stem = None
            self.key = "words2/stop-en"

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _WORD.findall(text.lower()) if w not in self._stop]
        return self._stem(words) if self._stem is not None else words


def default_tokenizer() -> Callable[[str], list[str]]:
    """The BM25 tokenizer (has a ``key`` attribute recorded in the manifest)."""
    return _Tokenizer()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _Lexical:
    """BM25 via bm25s plus the per-term maxima used to normalise scores to [0, 1]."""

    def __init__(
        self,
        vocab: dict[str, int],
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        n: int,
        k1: float,
        b: float,
    ) -> None:
        import bm25s

        self.vocab = vocab
        self.bm25 = bm25s.BM25(k1=k1, b=b, method="lucene")
        self.bm25.scores = {
            "data": data,
            "indices": indices,
            "indptr": indptr,
            "num_docs": n,
        }
        self.bm25.vocab_dict = vocab
        self.bm25.nonoccurrence_array = None
        self.bm25.unique_token_ids_set = set(vocab.values())
        self.n = n
        term_max = np.zeros(len(indptr) - 1, dtype=np.float32)
        nonempty = np.flatnonzero(np.diff(indptr) > 0)
        if len(nonempty):
            term_max[nonempty] = np.maximum.reduceat(data, indptr[nonempty])[
                : len(nonempty)
            ]
        self.term_max = term_max
        # A query word absent from the corpus still counts in the bound, at what a passage holding it
        # would typically reach: the unseen-word IDF times the median best tf factor of known words.
        df = np.diff(indptr).astype(np.float64)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        ratio = (
            term_max[nonempty] / np.maximum(idf[nonempty], 1e-9)
            if len(nonempty)
            else np.array([k1 + 1.0])
        )
        self.unseen_bound = float(np.log(1.0 + (n + 0.5) / 0.5) * np.median(ratio))

    @classmethod
    def build(
        cls,
        texts: Sequence[str],
        tokenize: Callable[[str], list[str]],
        k1: float,
        b: float,
    ) -> _Lexical:
        import bm25s
        from bm25s.tokenization import Tokenized

        vocab: dict[str, int] = {}
        ids = [
            [vocab.setdefault(t, len(vocab)) for t in tokenize(text)] for text in texts
        ]
        bm = bm25s.BM25(k1=k1, b=b, method="lucene")
        bm.index(Tokenized(ids=ids, vocab=vocab), show_progress=False)
        del ids
        s = bm.scores
        return cls(
            dict(bm.vocab_dict),
            np.asarray(s["data"], np.float32),
            np.asarray(s["indices"], np.int32),
            np.asarray(s["indptr"], np.int64),
            int(s["num_docs"]),
            k1,
            b,
        )

    def scores(self, tokens: list[str]) -> np.ndarray:
        words = set(tokens)
        ids = sorted({self.vocab[t] for t in words if t in self.vocab and t})
        if not ids:
            return np.zeros(self.n, dtype=np.float32)
        raw = self.bm25.get_scores_from_ids(ids)
        unseen = sum(1 for t in words if t not in self.vocab)
        bound = float(self.term_max[ids].sum()) + unseen * self.unseen_bound
        if bound <= 0:
            return np.zeros(self.n, dtype=np.float32)
        return np.clip(np.asarray(raw, dtype=np.float32) / bound, 0.0, 1.0)


class Index:
    """Hybrid BM25 + dense passage retrieval.

    The constructor stores settings only; :meth:`build` (or :meth:`load`)
    does the work.

    Args:
        embedder: The dense embedder; None means a
            :class:`~factcheck.embed.SentenceTransformerEmbedder`, created lazily.
        path: A folder to persist the index in (created if missing); None keeps it in memory.
        fusion: ``"linear"`` (calibrated score fusion) or ``"rrf"`` (reciprocal-rank fusion).
        dense_weight: Weight of the dense part in linear fusion.
        rrf_k: The RRF constant.
        candidates: Candidates taken from each retriever before fusion (at least ``k``).
        exact_below: Passage count from which dense search uses faiss HNSW instead of exact search.
        hnsw_m: HNSW graph degree.
        ef_search: HNSW search breadth (at least the number of candidates).
        batch_size: Passages per embedding call.
        k1: BM25 ``k1``.
        b: BM25 ``b``.
        tokenizer: Text to BM25 tokens; needs a ``key`` attribute when the index is persisted.
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        fusion: str = "linear",
        dense_weight: float = 0.45,
        rrf_k: int = 60,
        candidates: int = 100,
        exact_below: int = 50_000,
        hnsw_m: int = 32,
        ef_search: int = 128,
        batch_size: int = 256,
        k1: float = 1.2,
        b: float = 0.75,
        tokenizer: Callable[[str], list[str]] | None = None,
    ) -> None:
        if fusion not in ("linear", "rrf"):
            raise ConfigError(f"fusion must be 'linear' or 'rrf', got {fusion!r}")
        if not 0.0 <= dense_weight <= 1.0:
            raise ConfigError(f"dense_weight must be in [0, 1], got {dense_weight!r}")
        self._embedder = embedder
        self.path = None if path is None else Path(path)
        self.fusion = fusion
        self.dense_weight = float(dense_weight)
        self.rrf_k = int(rrf_k)
        self.candidates = int(candidates)
        self.exact_below = int(exact_below)
        self.hnsw_m = int(hnsw_m)
        self.ef_search = int(ef_search)
        self.batch_size = int(batch_size)
        self.k1 = float(k1)
        self.b = float(b)
        self._tokenizer = tokenizer
        self._lock = threading.RLock()
        self._corpus: Corpus | None = None
        self._passages: tuple[Passage, ...] = ()
        self._keys: np.ndarray | None = None
        self._vectors: np.ndarray | None = None  # float16, (n, dim)
        self._vectors32: np.ndarray | None = None  # float32 copy for exact search
        self._hnsw: Any = None
        self._lexical: _Lexical | None = None
        self.stats: dict[str, Any] = {}

    # -- settings ----------------------------------------------------------------------

    @property
    def embedder(self) -> Embedder:
        """The embedder (created on first use when none was given)."""
        if self._embedder is None:
            from factcheck.embed import SentenceTransformerEmbedder

            self._embedder = SentenceTransformerEmbedder()
        return self._embedder

    @property
    def tokenizer(self) -> Callable[[str], list[str]]:
        if self._tokenizer is None:
            self._tokenizer = default_tokenizer()
        return self._tokenizer

    def _tokenizer_key(self) -> str:
        return str(getattr(self.tokenizer, "key", type(self.tokenizer).__qualname__))

    def _settings(self) -> dict[str, Any]:
        """Settings that change the stored arrays (a mismatch forces a rebuild of those parts)."""
        return {
            "tokenizer": self._tokenizer_key(),
            "k1": self.k1,
            "b": self.b,
        }

    # -- state -------------------------------------------------------------------------------

    @property
    def built(self) -> bool:
        """Whether :meth:`build` or :meth:`load` has run."""
        return self._corpus is not None

    def _require(self) -> Corpus:
        if self._corpus is None:
            raise IndexNotBuiltError(
                "the index is empty: call build(corpus) or Index.load(path) before searching"
            )
        return self._corpus

    @property
    def corpus(self) -> Corpus:
        """The indexed corpus (documents, passages, provenance)."""
        return self._require()

    def passage(self, passage_id: str) -> Passage:
        """The passage with id ``<doc_id>#<index>``."""
        return self._require().passage(passage_id)

    def document(self, doc_id: str) -> Document:
        """The document with id ``doc_id``."""
        return self._require().get(doc_id)

    def __len__(self) -> int:
        return len(self._passages)

    def __repr__(self) -> str:
        state = f"{len(self._passages)} passages" if self.built else "not built"
        where = f", path={str(self.path)!r}" if self.path else ""
        return f"Index({state}{where}, fusion={self.fusion!r})"

    # -- building ----------------------------------------------------------------------------

    def build(
        self,
        corpus: Corpus,
        *,
        progress: bool = False,
        embed: Callable[[list[str]], np.ndarray] | None = None,
    ) -> Index:
        """Index ``corpus`` (reusing persisted vectors of unchanged passages) and return self.

        Args:
            corpus: The corpus to index.
            progress: Show a tqdm bar while embedding.
            embed: Embeds the passages that need it (a list of texts to a
                ``(len(texts), dim)`` array of unit rows) instead of the
                embedder's own batches, e.g. on a cluster
                (:mod:`factcheck.distributed`). It must compute what
                ``embedder.encode`` would: the index records the embedder's name.
        """
        if not isinstance(corpus, Corpus):
            raise ConfigError(
                f"build() expects a factcheck.corpus.Corpus, got {type(corpus).__name__}"
            )
        with self._lock:
            if self.path is None:
                self._build(corpus, None, progress, embed)
                return self
            from filelock import FileLock

            self.path.mkdir(parents=True, exist_ok=True)
            with FileLock(str(self.path / _LOCK)):
                old = self._read_existing()
                if old is not None and self._fresh(old, corpus):
                    self._install(corpus, old)
                    self.stats = {
                        "embedded": 0,
                        "reused": len(self._passages),
                        "written": False,
                    }
                else:
                    self._build(corpus, old, progress, embed)
                    self._write()
                self._sync_provenance(corpus)
        return self

    def _sync_provenance(self, corpus: Corpus) -> None:
        """Adopt the syndication clusters persisted for this very corpus, or compute and persist them.

        The file is keyed by the corpus fingerprint and the detector's settings;
        anything that does not match, or does not partition the corpus, is
        recomputed (MinHash over every document) and rewritten atomically.
        """
        from factcheck.io import atomic_write

        if self._adopt_provenance(corpus):
            return
        assert self.path is not None
        clusters = [list(c) for c in corpus.provenance.clusters]
        data = {"schema": 1, "key": _provenance_key(corpus), "clusters": clusters}
        atomic_write(self.path / _PROVENANCE, json.dumps(data))

    def _adopt_provenance(self, corpus: Corpus) -> bool:
        """Give ``corpus`` the clusters persisted for it, if they match it exactly."""
        from factcheck.provenance import Provenance

        assert self.path is not None
        try:
            data = json.loads((self.path / _PROVENANCE).read_text(encoding="utf-8"))
            clusters = [tuple(str(d) for d in c) for c in data["clusters"]]
        except (OSError, ValueError, KeyError, TypeError):
            return False
        members = [d for c in clusters for d in c]
        if not (
            data.get("key") == _provenance_key(corpus)
            and all(clusters)
            and len(members) == len(set(members)) == len(corpus)
            and all(d in corpus for d in members)
        ):
            return False
        corpus._provenance = Provenance.from_clusters(clusters)
        return True

    def _fresh(self, state: dict[str, Any], corpus: Corpus) -> bool:
        m = state["manifest"]
        return (
            m["corpus_fingerprint"] == corpus.fingerprint
            and m["embedder"] == self.embedder.name
            and m["settings"] == self._settings()
        )

    def _build(
        self,
        corpus: Corpus,
        old: dict[str, Any] | None,
        progress: bool,
        embed: Callable[[list[str]], np.ndarray] | None = None,
    ) -> None:
        t0 = time.perf_counter()
        if (
            old is not None
            and corpus._passages is None
            and old["manifest"]["chunker"] == _chunker_dict(corpus)
        ):
            _reuse_spans(corpus, old)
        passages = corpus.passages
        if not passages:
            raise CorpusError(
                f"nothing to index: the {len(corpus)} document(s) of the corpus contain no text",
                path=corpus.root,
            )
        texts = [p.text for p in passages]
        keys = np.array([passage_key(t) for t in texts], dtype="<U32")
        embedder = self.embedder
        known: dict[str, int] = {}
        old_vectors: np.ndarray | None = None
        if old is not None and old["manifest"]["embedder"] == embedder.name:
            old_vectors = old["vectors"]
            known = {k: i for i, k in enumerate(old["keys"].tolist())}
        # unique texts that need embedding, in first-seen order
        todo: dict[str, str] = {}
        for key, text in zip(keys.tolist(), texts):
            if key not in known and key not in todo:
                todo[key] = text
        new_vectors = (
            self._embed(list(todo.values()), progress)
            if embed is None
            else self._embed_with(embed, list(todo.values()))
        )
        dim = (
            new_vectors.shape[1]
            if len(new_vectors)
            else (old_vectors.shape[1] if old_vectors is not None else None)
        )
        if dim is None:
            dim = int(embedder.dim)
        new_at = {k: i for i, k in enumerate(todo)}
        vectors = np.empty((len(passages), dim), dtype=np.float16)
        for row, key in enumerate(keys.tolist()):
            if key in new_at:
                vectors[row] = new_vectors[new_at[key]]
            else:
                assert old_vectors is not None
                vectors[row] = old_vectors[known[key]]
        t1 = time.perf_counter()
        lexical = _Lexical.build(texts, self.tokenizer, self.k1, self.b)
        hnsw = None
        if len(passages) >= self.exact_below:
            reusable = (
                old is not None
                and old.get("hnsw") is not None
                and np.array_equal(old["keys"], keys)
                and old["manifest"]["embedder"] == embedder.name
                and old["manifest"].get("hnsw_m") == self.hnsw_m
            )
            hnsw = (
                self._hnsw_from_bytes(old["hnsw"])
                if reusable
                else self._build_hnsw(vectors)
            )
        self._corpus = corpus
        self._passages = passages
        self._keys = keys
        self._set_vectors(vectors)
        self._lexical = lexical
        self._hnsw = hnsw
        self.stats = {
            "embedded": len(todo),
            "reused": len(passages) - sum(1 for k in keys.tolist() if k in new_at),
            "embed_s": t1 - t0,
            "index_s": time.perf_counter() - t1,
            "written": False,
        }

    def _embed(self, texts: list[str], progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        parts = []
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(texts), desc="embedding passages", unit="passage")
        try:
            for i in range(0, len(texts), self.batch_size):
                batch = texts[i : i + self.batch_size]
                vecs = np.asarray(self.embedder.encode(batch), dtype=np.float32)
                if vecs.shape[0] != len(batch):
                    raise ConfigError(
                        f"embedder {self.embedder.name!r} returned {vecs.shape[0]} vectors for {len(batch)} texts"
                    )
                parts.append(vecs.astype(np.float16))
                if bar is not None:
                    bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()
        return np.concatenate(parts)

    def _embed_with(
        self, embed: Callable[[list[str]], np.ndarray], texts: list[str]
    ) -> np.ndarray:
        """Vectors of ``texts`` from an injected ``embed`` callable, checked and stored as float16."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vecs = np.asarray(embed(texts), dtype=np.float32)
        if vecs.ndim != 2 or vecs.shape[0] != len(texts):
            raise ConfigError(
                f"the embed callable returned an array of shape {vecs.shape} for {len(texts)} texts; "
                "expected one row per text, in the order given"
            )
        return vecs.astype(np.float16)

    def _set_vectors(self, vectors: np.ndarray) -> None:
        self._vectors = vectors
        self._vectors32 = (
            vectors.astype(np.float32) if len(vectors) < self.exact_below else None
        )

    def _build_hnsw(self, vectors: np.ndarray) -> Any:
        import faiss

        index = faiss.IndexHNSWSQ(
            vectors.shape[1],
            faiss.ScalarQuantizer.QT_fp16,
            self.hnsw_m,
            faiss.METRIC_INNER_PRODUCT,
        )
        index.hnsw.efConstruction = 40
        index.train(vectors[: min(len(vectors), 10_000)].astype(np.float32))
        for i in range(0, len(vectors), 20_000):
            index.add(np.ascontiguousarray(vectors[i : i + 20_000], dtype=np.float32))
        return index

    @staticmethod
    def _hnsw_from_bytes(data: np.ndarray) -> Any:
        import faiss

        return faiss.deserialize_index(
            data if data.dtype == np.uint8 else np.asarray(data, dtype=np.uint8)
        )

    # -- persistence ----------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        embedder: Embedder | None = None,
        **settings: Any,
    ) -> Index:
        """Open a persisted index folder without its source files.

        Raises:
            IndexNotBuiltError: If there is no index in ``path``.
            IndexCorruptError: If it fails its checksums or schema version.
            ConfigError: If ``embedder`` is not the one the index was built with.
        """
        index = cls(embedder, path=path, **settings)
        assert index.path is not None
        if not (index.path / _MANIFEST).exists():
            raise IndexNotBuiltError(
                f"{index.path}: no index here; call Index(path=...).build(corpus) to create it"
            )
        from filelock import FileLock

        with index._lock, FileLock(str(index.path / _LOCK)):
            state = index._read()
            assert state is not None
            m = state["manifest"]
            if (
                index.embedder.name != m["embedder"]
            ):  # naming the default embedder loads no model
                raise ConfigError(
                    f"{index.path}: built with embedder {m['embedder']!r}, got {index.embedder.name!r}; "
                    "pass the same embedder or rebuild with build(corpus)"
                )
            if m["settings"] != index._settings():
                raise IndexCorruptError(
                    f"{index.path}: built with settings {m['settings']}, these are {index._settings()}; "
                    "rebuild it with build(corpus)"
                )
            from factcheck.corpus import Chunker

            try:
                docs = [Document(**d) for d in state["documents"]]
                chunker = Chunker(**m["chunker"])
            except (TypeError, ValueError) as exc:
                raise IndexCorruptError(
                    f"{index.path}: index is corrupt or outdated (stored documents: {exc}); "
                    "rebuild it with build(corpus)"
                ) from None
            corpus = Corpus(docs, chunker=chunker, root=m.get("root"))
            index._install(corpus, state)
            index._adopt_provenance(corpus)
        return index

    def _install(self, corpus: Corpus, state: dict[str, Any]) -> None:
        spans = state["spans"]
        if corpus._passages is None:
            corpus._set_passages(corpus._passages_from_spans(spans.tolist()))
        self._corpus = corpus
        self._passages = corpus.passages
        self._keys = state["keys"]
        self._set_vectors(state["vectors"])
        lx = state["lexical"]
        self._lexical = _Lexical(
            lx["vocab"],
            lx["data"],
            lx["indices"],
            lx["indptr"],
            len(self._passages),
            self.k1,
            self.b,
        )
        self._hnsw = None
        if len(self._passages) >= self.exact_below:
            stored = state.get("hnsw")
            if stored is not None and state["manifest"].get("hnsw_m") == self.hnsw_m:
                self._hnsw = self._hnsw_from_bytes(stored)
            else:
                self._hnsw = self._build_hnsw(self._vectors)

    def _read_existing(self) -> dict[str, Any] | None:
        try:
            return self._read()
        except IndexCorruptError as exc:
            warnings.warn(f"{exc}; rebuilding the index", RuntimeWarning, stacklevel=3)
            return None

    def _read(self) -> dict[str, Any] | None:
        assert self.path is not None
        manifest_path = self.path / _MANIFEST
        if not manifest_path.exists():
            return None

        def corrupt(why: str) -> IndexCorruptError:
            return IndexCorruptError(
                f"{self.path}: index is corrupt or outdated ({why})"
            )

        try:
            m = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise corrupt(f"unreadable manifest: {exc}") from None
        if not isinstance(m, dict) or m.get("schema") != "factcheck.index":
            raise corrupt("not a factcheck index manifest")
        if m.get("version") != SCHEMA_VERSION:
            raise corrupt(
                f"schema version {m.get('version')!r}, expected {SCHEMA_VERSION}"
            )
        for key, typ in _MANIFEST_FIELDS.items():
            if not isinstance(m.get(key), typ) or isinstance(m.get(key), bool):
                raise corrupt(f"manifest field {key!r} is missing or not a {typ.__name__}")
        chunker = m["chunker"]
        if set(chunker) != {"max_words", "max_sentences", "overlap"} or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in chunker.values()
        ):
            raise corrupt(f"manifest field 'chunker' is malformed: {chunker!r}")
        if not all(isinstance(e, dict) and isinstance(e.get("name"), str) for e in m["files"].values()):
            raise corrupt("manifest field 'files' is malformed")
        try:
            files: dict[str, dict[str, str]] = m["files"]
            state: dict[str, Any] = {"manifest": m}
            arrays: dict[str, Any] = {}
            for role, entry in files.items():
                name = entry["name"]
                if not isinstance(name, str) or name != Path(name).name or name.startswith("."):
                    raise corrupt(f"file name {name!r} is not a plain name inside the index folder")
                file = self.path / name
                if not file.exists():
                    raise corrupt(f"missing {entry['name']}")
                if _sha256(file) != entry["sha256"]:
                    raise corrupt(f"checksum mismatch in {entry['name']}")
                if role == "documents":
                    state["documents"] = [
                        json.loads(line)
                        for line in file.read_text("utf-8").splitlines()
                        if line
                    ]
                    fields = set(attrs.fields_dict(Document))
                    for row in state["documents"]:
                        if not (isinstance(row, dict) and set(row) <= fields and isinstance(row.get("id"), str)):
                            raise corrupt(f"malformed document row in {name}")
                elif role == "vocab":
                    arrays["vocab"] = json.loads(file.read_text("utf-8"))
                else:  # large arrays are memory-mapped: only the rows searched are paged in
                    mmap = "r" if role in ("vectors", "hnsw") else None
                    arrays[role] = np.load(file, mmap_mode=mmap, allow_pickle=False)
            n = int(m["passages"])
            if (
                arrays["keys"].shape != (n,)
                or arrays["spans"].shape != (n, 3)
                or arrays["vectors"].shape[0] != n
            ):
                raise corrupt("array shapes disagree with the manifest")
            if len(state["documents"]) != int(m["documents"]):
                raise corrupt("document count disagrees with the manifest")
        except IndexCorruptError:
            raise
        except (KeyError, TypeError, ValueError, OSError) as exc:
            raise corrupt(f"{type(exc).__name__}: {exc}") from None
        state.update(
            keys=arrays["keys"],
            spans=arrays["spans"],
            vectors=arrays["vectors"],
            hnsw=arrays.get("hnsw"),
            lexical={k: arrays[k] for k in ("vocab", "data", "indices", "indptr")},
        )
        return state

    def _write(self) -> None:
        assert (
            self.path is not None
            and self._corpus is not None
            and self._lexical is not None
        )
        corpus = self._corpus
        gen = f"{int(time.time())}-{secrets.token_hex(4)}"
        files: dict[str, dict[str, str]] = {}

        def put(role: str, suffix: str, writer: Callable[[Any], None]) -> None:
            assert self.path is not None
            name = f"{role}.{gen}{suffix}"
            tmp = self.path / f".{name}.tmp"
            with open(tmp, "wb") as fh:
                writer(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path / name)
            files[role] = {"name": name, "sha256": _sha256(self.path / name)}

        def npy(array: np.ndarray) -> Callable[[Any], None]:
            return lambda fh: np.save(fh, array, allow_pickle=False)

        def docs_writer(fh: Any) -> None:
            for d in corpus.documents:
                row = {
                    "id": d.id,
                    "text": d.text,
                    "title": d.title,
                    "outlet": d.outlet,
                    "published": d.published,
                    "url": d.url,
                    "path": d.path,
                }
                fh.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))

        assert self._keys is not None and self._vectors is not None
        spans = np.array(list(corpus._passage_spans()), dtype=np.int64).reshape(-1, 3)
        put("documents", ".jsonl", docs_writer)
        put("keys", ".npy", npy(self._keys))
        put("spans", ".npy", npy(spans))
        put("vectors", ".npy", npy(self._vectors))
        lx = self._lexical
        put(
            "vocab",
            ".json",
            lambda fh: fh.write(
                json.dumps(lx.vocab, ensure_ascii=False).encode("utf-8")
            ),
        )
        put("data", ".npy", npy(lx.bm25.scores["data"]))
        put("indices", ".npy", npy(lx.bm25.scores["indices"]))
        put("indptr", ".npy", npy(lx.bm25.scores["indptr"]))
        if self._hnsw is not None:
            put("hnsw", ".npy", lambda fh: _write_faiss_npy(self._hnsw, fh))
        manifest = {
            "schema": "factcheck.index",
            "version": SCHEMA_VERSION,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "embedder": self.embedder.name,
            "dim": int(self._vectors.shape[1]),
            "dtype": "float16",
            "corpus_fingerprint": corpus.fingerprint,
            "root": corpus.root,
            "chunker": _chunker_dict(corpus),
            "settings": self._settings(),
            "hnsw_m": self.hnsw_m,
            "documents": len(corpus),
            "passages": len(self._passages),
            "files": files,
        }
        from factcheck.io import atomic_write

        atomic_write(self.path / _MANIFEST, json.dumps(manifest, indent=2))  # fsynced, replaced last
        if (
            self._hnsw is not None
        ):  # searches read few rows: map the file instead of holding a copy
            self._vectors = np.load(
                self.path / files["vectors"]["name"], mmap_mode="r", allow_pickle=False
            )
        keep = {entry["name"] for entry in files.values()} | {_MANIFEST, _LOCK}
        for old in self.path.iterdir():
            if old.name not in keep and old.is_file():
                try:
                    old.unlink()
                except OSError:
                    pass
        self.stats["written"] = True

    # -- searching --------------------------------------------------------------------------------

    def search(self, query: str, k: int = 10) -> tuple[Hit, ...]:
        """The ``k`` best passages for ``query``, best first."""
        return self.search_many([query], k)[0]

    def search_many(self, queries: Sequence[str], k: int = 10) -> list[tuple[Hit, ...]]:
        """:meth:`search` for many queries, embedding them in one batch."""
        self._require()
        if isinstance(queries, str):
            raise ConfigError(
                "search_many() expects a sequence of query strings, got one string; use search()"
            )
        queries = list(queries)
        if not queries:
            return []
        if k < 1:
            raise ConfigError(f"k must be >= 1, got {k}")
        qv = np.asarray(self.embedder.encode(queries), dtype=np.float32)
        return [self._search_one(q, qv[i], k) for i, q in enumerate(queries)]

    def _search_one(self, query: str, qvec: np.ndarray, k: int) -> tuple[Hit, ...]:
        assert self._lexical is not None and self._vectors is not None
        n = len(self._passages)
        if n == 0:
            return ()
        k = min(k, n)
        lex = self._lexical.scores(self.tokenizer(query))
        n_cand = min(n, max(self.candidates, k))
        if self._vectors32 is not None:
            dense_all = self._vectors32 @ qvec
            dense_top = _top(dense_all, n_cand)
        else:
            self._hnsw.hnsw.efSearch = max(self.ef_search, n_cand)
            _, ids = self._hnsw.search(qvec[None, :].astype(np.float32), n_cand)
            dense_top = ids[0][ids[0] >= 0]
            dense_all = None
        lex_top = _top(lex, n_cand)
        lex_top = lex_top[lex[lex_top] > 0]
        pool = np.unique(np.concatenate([dense_top, lex_top]))
        if dense_all is not None:
            dense = dense_all[pool]
        else:
            dense = self._vectors[pool].astype(np.float32) @ qvec
        lexical = lex[pool]
        if self.fusion == "linear":
            fused = (
                self.dense_weight * np.clip(dense, 0.0, 1.0)
                + (1.0 - self.dense_weight) * lexical
            )
        else:
            fused = np.zeros(len(pool), dtype=np.float64)
            for ranked in (dense_top, lex_top):  # both best first
                fused[np.searchsorted(pool, ranked)] += 1.0 / (
                    self.rrf_k + np.arange(1, len(ranked) + 1)
                )
            fused /= 2.0 / (self.rrf_k + 1)
        order = np.lexsort((pool, -np.round(fused, 9)))[:k]
        hits = []
        for i in order:
            p = self._passages[int(pool[i])]
            hits.append(
                Hit(
                    doc_id=p.doc_id,
                    passage=p.text,
                    start=p.start,
                    end=p.end,
                    score=min(1.0, max(0.0, float(fused[i]))),
                    lexical=float(lexical[i]),
                    dense=float(dense[i]),
                    passage_index=p.index,
                )
            )
        return tuple(hits)


def _write_faiss_npy(index: Any, fh: Any) -> None:
    """Write a faiss index as a 1-D uint8 ``.npy`` without holding a serialised copy in memory."""
    import faiss

    size = 0

    def count(block: bytes) -> None:
        nonlocal size
        size += len(block)

    faiss.write_index(index, faiss.PyCallbackIOWriter(count))
    header = {
        "descr": np.lib.format.dtype_to_descr(np.dtype(np.uint8)),
        "fortran_order": False,
        "shape": (size,),
    }
    np.lib.format.write_array_header_1_0(fh, header)
    faiss.write_index(index, faiss.PyCallbackIOWriter(fh.write))


def _provenance_key(corpus: Corpus) -> dict[str, str]:
    from factcheck.provenance import ORIGIN_RULES

    return {"corpus_fingerprint": corpus.fingerprint, "detector": repr(corpus.detector), "rules": ORIGIN_RULES}


def _chunker_dict(corpus: Corpus) -> dict[str, int]:
    c = corpus.chunker
    return {
        "max_words": c.max_words,
        "max_sentences": c.max_sentences,
        "overlap": c.overlap,
    }


def _reuse_spans(corpus: Corpus, old: dict[str, Any]) -> None:
    """Install passages, taking the stored spans of documents whose text is unchanged (chunking is slow)."""
    by_text: dict[str, list[tuple[int, int]]] = {}
    old_docs = old["documents"]
    for d, s, e in old["spans"].tolist():
        by_text.setdefault(old_docs[d]["text"], []).append((s, e))
    spans: list[tuple[int, int, int]] = []
    for pos, doc in enumerate(corpus.documents):
        cut = by_text.get(doc.text)
        if cut is None:
            cut = corpus.chunker(doc.text)
        spans.extend((pos, s, e) for s, e in cut)
    corpus._set_passages(corpus._passages_from_spans(spans))


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the ``n`` largest scores, best first (ties by index)."""
    if n >= len(scores):
        cand = np.arange(len(scores))
    else:
        cand = np.argpartition(-scores, n - 1)[:n]
    return cand[np.lexsort((cand, -scores[cand]))]
