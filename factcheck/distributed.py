"""Scale-out on Ray: embed an archive with Ray Data, check many stories in parallel.

Ray is an optional extra (``pip install 'newsroom-factcheck[ray]'``) and is
imported only when a :class:`RayEngine` first does work. The results are the
ones the single-machine path gives:

* :meth:`RayEngine.build_index` embeds the passages that need it with Ray Data
  ``map_batches`` over a pool of actors (each holds one embedder, built once by
  ``embedder_factory``), then hands the vectors to
  :meth:`factcheck.index.Index.build`, which writes the very same index folder
  (manifest, arrays, checksums) that :meth:`Index.load` reads. Unchanged
  passages of a persisted index are not re-embedded.
* :meth:`RayEngine.check_texts` checks many stories on a pool of actors, each
  holding one :class:`~factcheck.check.Checker` that loads the persisted index
  once; the reports are the ones ``Checker.check`` returns.
  :meth:`RayEngine.write_reports` writes one file per story, rendered exactly
  as ``factcheck check STORY --format FMT --output FILE`` writes it.

>>> from factcheck.distributed import RayEngine            # doctest: +SKIP
>>> engine = RayEngine(concurrency=4, init={"address": "auto"})  # doctest: +SKIP
>>> index = engine.build_index(Corpus.from_path("archive/"), path="archive/.factcheck-index")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from factcheck.errors import ConfigError

if TYPE_CHECKING:
    from factcheck.corpus import Corpus
    from factcheck.embed import Embedder
    from factcheck.index import Index
    from factcheck.model import Report
    from factcheck.policy import Policy

__all__ = ["RayEngine", "default_embedder_factory", "report_filename"]

#: Builds one embedder inside a worker (must be picklable: a module-level function or class).
EmbedderFactory = Callable[[], "Embedder"]

_EXTENSIONS = {
    "text": ".txt",
    "json": ".json",
    "markdown": ".md",
    "html": ".html",
    "junit": ".xml",
    "sarif": ".sarif",
    "github": ".txt",
}


def default_embedder_factory() -> Embedder:
    """The packaged all-MiniLM-L6-v2 with one torch thread (one actor per core)."""
    from factcheck.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(threads=1)


def report_filename(draft: str | os.PathLike[str], fmt: str) -> str:
    """The file name :meth:`RayEngine.write_reports` gives a story's report (``demo-draft.json``)."""
    if fmt not in _EXTENSIONS:
        raise ConfigError(f"unknown report format {fmt!r}; expected one of {', '.join(_EXTENSIONS)}")
    return Path(draft).stem + _EXTENSIONS[fmt]


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError(
            "the Ray engine needs Ray: install it with `pip install 'newsroom-factcheck[ray]'` "
            "(or `pip install 'ray[data]>=2.9'`), or use the local engine"
        ) from None
    return ray


class _EmbedBatch:
    """Ray Data actor UDF: holds one embedder and embeds batches of ``{"row", "text"}``."""

    def __init__(self, factory: EmbedderFactory) -> None:
        self._embedder = factory()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts = [str(t) for t in batch["text"]]
        vectors = np.asarray(self._embedder.encode(texts), dtype=np.float32)
        return {"row": np.asarray(batch["row"], dtype=np.int64), "vector": vectors}


class _CheckWorker:
    """Holds one Checker over a persisted index; checks stories one at a time."""

    def __init__(self, sources: str, index_path: str, factory: EmbedderFactory, k: int) -> None:
        from factcheck.check import Checker
        from factcheck.corpus import Corpus

        self._checker = Checker(Corpus.from_path(sources), embedder=factory(), index_path=index_path, k=k)

    def check(self, text: str, path: str | None) -> Report:
        return self._checker.check(text, path=path)


class RayEngine:
    """Runs embedding and checking on a Ray cluster (or a local Ray started on demand).

    The constructor stores settings only; Ray starts (or connects) on first use.

    Args:
        embedder_factory: Builds the embedder inside each worker; None means
            :func:`default_embedder_factory`. It must give the embedder the index
            is (or will be) built with: the driver calls it once for the name.
        concurrency: Actors in each pool (embedders or checkers).
        batch_size: Passages per ``map_batches`` call.
        num_cpus: CPUs reserved per actor.
        init: Keyword arguments for ``ray.init`` when Ray is not running yet
            (``{"address": "auto"}`` joins a cluster); None starts a local Ray
            without its dashboard.
        progress: Show Ray Data's progress bars.
    """

    def __init__(
        self,
        embedder_factory: EmbedderFactory | None = None,
        *,
        concurrency: int = 2,
        batch_size: int = 256,
        num_cpus: float = 1.0,
        init: Mapping[str, Any] | None = None,
        progress: bool = False,
    ) -> None:
        if concurrency < 1:
            raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        self.embedder_factory = embedder_factory or default_embedder_factory
        self.concurrency = int(concurrency)
        self.batch_size = int(batch_size)
        self.num_cpus = float(num_cpus)
        self.init = dict(init) if init is not None else {"include_dashboard": False}
        self.progress = progress

    def _ray(self) -> Any:
        ray = _import_ray()
        if not ray.is_initialized():
            ray.init(**self.init)
        return ray

    # -- embedding ---------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` on the actor pool; a ``(len(texts), dim)`` float32 array in input order."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        self._ray()
        import pyarrow as pa
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = self.progress
        ctx.print_on_execution_start = self.progress
        # several blocks per actor, so the pool shares the work and the blocks stay small
        rows = max(1, min(self.batch_size * 4, -(-len(texts) // (self.concurrency * 4))))
        blocks = [
            pa.table({"row": pa.array(np.arange(i, min(i + rows, len(texts)), dtype=np.int64)),
                      "text": pa.array(texts[i : i + rows], type=pa.large_string())})
            for i in range(0, len(texts), rows)
        ]
        ds = ray.data.from_arrow(blocks).map_batches(
            _EmbedBatch,
            fn_constructor_args=(self.embedder_factory,),
            batch_size=self.batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=min(self.concurrency, len(blocks))),
            num_cpus=self.num_cpus,
        )
        out: np.ndarray | None = None
        seen = 0
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            vectors = np.asarray(batch["vector"], dtype=np.float32)
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[np.asarray(batch["row"], dtype=np.int64)] = vectors
            seen += len(vectors)
        if out is None or seen != len(texts):
            raise ConfigError(f"the Ray embedding returned {seen} vectors for {len(texts)} texts")
        return out

    def build_index(
        self,
        corpus: Corpus,
        *,
        path: str | os.PathLike[str] | None = None,
        **index_settings: Any,
    ) -> Index:
        """Build (or refresh) the index of ``corpus``, embedding on Ray; the folder is the one ``Index.build`` writes.

        Args:
            corpus: The corpus to index.
            path: The index folder; None keeps the index in memory.
            **index_settings: Other :class:`~factcheck.index.Index` settings.
        """
        from factcheck.index import Index

        index = Index(self.embedder_factory(), path=path, **index_settings)
        return index.build(corpus, embed=self.embed)

    # -- checking ----------------------------------------------------------------------------

    def check_texts(
        self,
        drafts: Sequence[tuple[str | os.PathLike[str] | None, str]],
        *,
        sources: str | os.PathLike[str],
        index_path: str | os.PathLike[str] | None = None,
        k: int = 5,
    ) -> list[Report]:
        """Check ``(path, text)`` stories against ``sources`` in parallel; reports in input order.

        The index at ``index_path`` is built or refreshed first (embedding on Ray);
        None uses a temporary folder removed afterwards.
        """
        from factcheck.corpus import Corpus

        drafts = [(None if p is None else os.fspath(p), t) for p, t in drafts]
        if not drafts:
            return []
        if k < 1:
            raise ConfigError(f"k must be at least 1, got {k}")
        tmp = None if index_path is not None else tempfile.mkdtemp(prefix="factcheck-index-")
        folder = os.fspath(index_path) if index_path is not None else str(tmp)
        try:
            self.build_index(Corpus.from_path(sources), path=folder)
            ray = self._ray()
            from ray.util import ActorPool

            worker = ray.remote(num_cpus=self.num_cpus)(_CheckWorker)
            size = min(self.concurrency, len(drafts))
            actors = [
                worker.remote(os.fspath(sources), folder, self.embedder_factory, k) for _ in range(size)
            ]
            try:
                pool = ActorPool(actors)
                return list(pool.map(lambda a, d: a.check.remote(d[1], d[0]), drafts))
            finally:
                for actor in actors:
                    ray.kill(actor)
        finally:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)

    def write_reports(
        self,
        drafts: Sequence[str | os.PathLike[str]],
        out_dir: str | os.PathLike[str],
        *,
        sources: str | os.PathLike[str],
        fmt: str = "json",
        index_path: str | os.PathLike[str] | None = None,
        k: int = 5,
        policy: Policy | None = None,
        ledger_dir: str | os.PathLike[str] | None = None,
    ) -> dict[str, bool]:
        """Check story files in parallel and write one report per story into ``out_dir``.

        Each file holds what ``factcheck check STORY --format FMT --output FILE``
        writes for that story alone (same policy and ledger).

        Returns:
            ``{report file path: whether the story passes the policy}``.
        """
        from factcheck.io import atomic_write, read_text
        from factcheck.ledger import load_ledger, story_name
        from factcheck.policy import evaluate
        from factcheck.render import render

        names = [report_filename(d, fmt) for d in drafts]
        if len(set(names)) != len(names):
            raise ConfigError("two stories share a file name; their reports would overwrite each other")
        texts = [(os.fspath(d), read_text(d)) for d in drafts]
        ledgers = [load_ledger(ledger_dir, story_name(d)) if ledger_dir else None for d in drafts]
        reports = self.check_texts(texts, sources=sources, index_path=index_path, k=k)
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        result: dict[str, bool] = {}
        for name, report, ledger in zip(names, reports, ledgers):
            evaluation = evaluate(report, policy, ledger)
            atomic_write(out / name, render([evaluation], fmt))
            result[str(out / name)] = evaluation.passed
        return result

    def __repr__(self) -> str:
        return f"RayEngine(concurrency={self.concurrency}, batch_size={self.batch_size})"
