"""Index speed and memory: embedding throughput, build, reload, query latency, peak RSS.

    python bench/bench_index.py                       # 10k and 100k passages, torch, 1 thread
    python bench/bench_index.py --n 10000 --embed-n 500 --backend both

What is measured, per corpus size N (each size in its own process, so peak
memory is per size and includes the loaded model):

* chunking: pysbd sentence split of synthetic documents (10 sentences of
  ``--words`` words each; one sentence per passage, so passages are
  sentence-length);
* embedding: the real model on ``--embed-n`` passages (passages/s); the full-N
  embedding time is projected from that rate, because embedding 100k passages
  on a shared 2-core machine takes far longer than a benchmark should;
* build: BM25 + dense index (+ faiss HNSW at or above ``exact_below``) + writing
  the folder, with a fast stand-in embedder (bag-of-words hashing, dim 384)
  so the vectors exist;
* reload: ``build()`` of the unchanged corpus against the folder (checksums,
  no embedding), and ``Index.load()``;
* query: warm end-to-end ``search()`` latency (query embedded by the real
  model), p50/p95 over ``--queries`` queries.

Prints a Markdown table. The machine is shared; figures vary with load.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = [
    "government",
    "minister",
    "said",
    "report",
    "officials",
    "week",
    "country",
    "people",
    "military",
    "forces",
    "border",
    "talks",
    "agency",
    "statement",
    "city",
    "police",
    "year",
    "economy",
    "market",
    "prices",
    "rate",
    "bank",
    "growth",
    "inflation",
    "percent",
    "million",
    "billion",
    "election",
    "party",
    "vote",
    "leader",
    "president",
    "company",
    "shares",
    "workers",
    "factory",
    "plant",
    "energy",
    "oil",
    "gas",
    "power",
    "water",
    "storm",
    "flood",
    "rain",
    "coast",
    "villages",
    "evacuated",
    "hospital",
    "health",
    "virus",
    "vaccine",
    "cases",
    "deaths",
    "study",
    "researchers",
    "university",
    "school",
    "children",
    "court",
    "judge",
    "law",
    "trial",
    "prison",
    "crime",
    "investigation",
    "security",
    "attack",
    "missile",
    "test",
    "launch",
    "nuclear",
    "army",
    "navy",
    "ship",
    "aircraft",
    "airport",
    "flight",
    "train",
    "road",
    "bridge",
    "construction",
    "project",
]


def synthetic_texts(n_sentences: int, words: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) for i in range(len(WORDS))]
    out = []
    for _ in range(n_sentences):
        ws = rng.choices(WORDS, weights=weights, k=words)
        ws[0] = ws[0].capitalize()
        out.append(" ".join(ws) + ".")
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def proc_status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status (``VmRSS``, ``VmHWM``) in MB; None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mb() -> float:
    """Current resident memory (0 where /proc is missing)."""
    return proc_status_mb("VmRSS") or 0.0


def run_one(n: int, args: argparse.Namespace) -> dict:
    import numpy as np

    from factcheck.corpus import Chunker, Corpus
    from factcheck.embed import make_embedder
    from factcheck.index import Index
    from factcheck.model import Document
    from factcheck.testing import FakeEmbedder

    out: dict = {"n": n, "backend": args.backend, "words": args.words}
    sentences = synthetic_texts(n, args.words)
    docs = [
        Document(id=f"doc-{i // 10:06d}", text=" ".join(sentences[i : i + 10]))
        for i in range(0, n, 10)
    ]
    corpus = Corpus.from_documents(docs, chunker=Chunker(max_sentences=1))
    t = time.perf_counter()
    passages = corpus.passages
    out["chunk_s"] = time.perf_counter() - t
    out["passages"] = len(passages)

    real = make_embedder(args.backend, threads=args.threads)
    real.encode(["warm up the model"])
    sample = [p.text for p in passages[: args.embed_n]]
    t = time.perf_counter()
    real.encode(sample)
    rate = len(sample) / (time.perf_counter() - t)
    out["embed_per_s"] = rate
    out["embed_projected_s"] = len(passages) / rate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ix"
        stand_in = FakeEmbedder(dim=384)
        t = time.perf_counter()
        index = Index(stand_in, path=folder).build(corpus)
        out["build_s"] = time.perf_counter() - t
        out["build_rss_mb"] = rss_mb()
        out["stand_in_embed_s"] = index.stats["embed_s"]
        out["hnsw"] = index._hnsw is not None
        out["folder_mb"] = sum(f.stat().st_size for f in folder.iterdir()) / 1e6

        calls = stand_in.calls
        del index
        gc.collect()
        t = time.perf_counter()
        again = Index(stand_in, path=folder).build(corpus)
        out["rebuild_unchanged_s"] = time.perf_counter() - t
        assert stand_in.calls == calls and again.stats["embedded"] == 0
        del again
        gc.collect()
        t = time.perf_counter()
        # time end-to-end search with the real model embedding the query (same dim as the stand-in)
        index = Index.load(folder, stand_in)
        out["load_s"] = time.perf_counter() - t
        index._embedder = real  # stand-in vectors, real query embedding: timings are real, rankings are not
        queries = synthetic_texts(args.queries, 12, seed=1)
        for q in queries[:5]:
            index.search(q, k=10)
        lat = []
        for q in queries:
            t = time.perf_counter()
            index.search(q, k=10)
            lat.append((time.perf_counter() - t) * 1000)
        qv = real.encode(queries[:50])
        ret = []
        for i, q in enumerate(queries[:50]):
            t = time.perf_counter()
            index._search_one(q, qv[i], 10)
            ret.append((time.perf_counter() - t) * 1000)
        out["query_p50_ms"] = float(np.percentile(lat, 50))
        out["query_p95_ms"] = float(np.percentile(lat, 95))
        out["retrieval_p95_ms"] = float(np.percentile(ret, 95))
        out["serve_rss_mb"] = rss_mb()
    out["peak_rss_mb"] = peak_mb()
    return out


def compare_backends(args: argparse.Namespace) -> None:
    """Speed and cosine agreement of the onnxruntime int8 embedder against torch."""
    from factcheck.embed import make_embedder

    texts = synthetic_texts(args.embed_n, args.words, seed=2)
    long_texts = [" ".join(texts[i : i + 3]) for i in range(0, len(texts), 3)]
    rows = []
    vecs = {}
    for backend in ("torch", "onnx"):
        t = time.perf_counter()
        emb = make_embedder(backend, threads=args.threads)
        emb.encode(["warm up"])
        load = time.perf_counter() - t
        for label, batch in (
            (f"{args.words} words", texts),
            (f"{args.words * 3} words", long_texts),
        ):
            t = time.perf_counter()
            v = emb.encode(batch)
            rows.append((backend, label, len(batch) / (time.perf_counter() - t), load))
            vecs[(backend, label)] = v
    print(f"\n## Embedders ({args.threads} thread(s), shared machine)\n")
    print(
        "| backend | passage length | passages/s | cold load s | cosine vs torch (mean / min) |"
    )
    print("|---|---|---|---|---|")
    for backend, label, rate, load in rows:
        cos = (vecs[(backend, label)] * vecs[("torch", label)]).sum(axis=1)
        print(
            f"| {backend} | {label} | {rate:.0f} | {load:.2f} | {cos.mean():.4f} / {cos.min():.4f} |"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description="index speed and memory benchmark")
    ap.add_argument(
        "--n", default="10000,100000", help="comma-separated passage counts"
    )
    ap.add_argument(
        "--embed-n",
        type=int,
        default=1000,
        help="passages embedded by the real model for the rate",
    )
    ap.add_argument(
        "--words", type=int, default=25, help="words per synthetic sentence (= passage)"
    )
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--backend", choices=("torch", "onnx", "both"), default="torch")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ["OMP_NUM_THREADS"] = str(args.threads)

    if args.one:
        print(json.dumps(run_one(args.one, args)))
        return
    if args.backend == "both":
        compare_backends(args)
        args.backend = "torch"
    results = []
    for n in (int(x) for x in args.n.split(",")):
        cmd = [
            sys.executable,
            __file__,
            "--one",
            str(n),
            "--embed-n",
            str(args.embed_n),
            "--words",
            str(args.words),
            "--queries",
            str(args.queries),
            "--threads",
            str(args.threads),
            "--backend",
            args.backend,
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode:
            sys.exit(f"size {n} failed:\n{proc.stderr[-3000:]}")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(
        f"\n## Index ({args.backend}, {args.threads} thread(s), passages of {args.words} words, shared machine)\n"
    )
    print(
        "| passages | chunk s | embed passages/s | embed projected s | build s (stand-in vectors) | dense | "
        "folder MB | rebuild unchanged s | load s | query p50 ms | query p95 ms | retrieval p95 ms | "
        "RSS after build MB | RSS serving MB | peak RSS MB |"
    )
    print("|" + "---|" * 15)
    for r in results:
        print(
            f"| {r['passages']:,} | {r['chunk_s']:.1f} | {r['embed_per_s']:.0f} | {r['embed_projected_s']:.0f} | "
            f"{r['build_s']:.1f} | {'HNSW' if r['hnsw'] else 'exact'} | {r['folder_mb']:.0f} | "
            f"{r['rebuild_unchanged_s']:.2f} | {r['load_s']:.2f} | {r['query_p50_ms']:.1f} | "
            f"{r['query_p95_ms']:.1f} | {r['retrieval_p95_ms']:.1f} | {r['build_rss_mb']:.0f} | "
            f"{r['serve_rss_mb']:.0f} | {r['peak_rss_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()
