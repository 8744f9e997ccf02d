"""All speed benchmarks side by side, each against a baseline measured in the same run: one table.

    .venv/bin/python bench/run_all.py --quick        # about 3 minutes: 10k passages, small samples
    .venv/bin/python bench/run_all.py                # 10k and 100k passages (what `make bench` runs)
    .venv/bin/python bench/run_all.py --sizes 10000,100000,1000000 --embed-n 2000 --ray-n 10000

Rows (metric vs baseline, ratio = metric / baseline, "x faster" where higher is better):

* extraction: ``extract_claims`` sentences/s vs sentence segmentation alone;
* index build at each size: passages/s of BM25 + dense index (+ faiss HNSW from 50k) + writing the folder,
  with stand-in vectors (``FakeEmbedder(384)``; embedding is measured separately, below), and the
  peak RSS of a process doing only that; the 1M size is run only when asked for (``--sizes``);
* retrieval latency p50/p95 at each size (query vector given): hybrid search vs BM25 alone, and the
  dense part (exact below 50k, faiss HNSW above) vs a naive brute-force cosine over all passages,
  with the HNSW recall@10 against it;
* embedding: ONNX int8 vs torch passages/s, one thread each, and one query's embedding latency;
* query p50/p95 end to end = query embedding (torch, the default) + hybrid retrieval;
* ``factcheck check examples/demo-draft.md --sources sources/``: cold (a new process) vs
  ``factcheck claims`` cold (no model), and warm (a reused Checker);
* optionally (``--ray-n N``) index embedding with the real model on Ray (2 actors, 1 thread each)
  vs one process with 2 torch threads, on the same cores.

Each size runs in its own process, so peak memory is per size. The machine this was written on has
2 cores shared with other jobs: figures are noisy; the load average is printed with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_index import proc_status_mb, synthetic_texts

PY = sys.executable
DEMO = ROOT / "examples" / "demo-draft.md"

Row = dict  # {"stage", "metric", "value", "unit", "baseline", "base_value", "ratio"}


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    pos = (len(values) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM resets at exec, unlike ru_maxrss on Linux)."""
    peak = proc_status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _row(stage: str, metric: str, value: float, unit: str, baseline: str = "", base: float | None = None,
         higher_better: bool = True) -> Row:
    ratio = None
    if base:
        ratio = value / base if higher_better else base / value
    return {"stage": stage, "metric": metric, "value": value, "unit": unit, "baseline": baseline,
            "base_value": base, "ratio": ratio}


# --------------------------------------------------------------------------- extraction


def bench_extraction(quick: bool) -> list[Row]:
    from factcheck.claims import ClaimExtractor
    from factcheck.segment import split_sentences

    para = (
        "SEOUL, May 2 (Yonhap) - The navy launched a 5,000-ton destroyer on Tuesday, state media reported. "
        "According to the Korean Central News Agency (KCNA), the ship carries 74 launch cells. "
        "Kim praised the shipbuilders, ordering two more vessels by next year. "
        "Analysts believe the design may borrow from Russian technology, a claim Moscow denies. "
        "Prices of rice rose 4 percent in March, the statistics office said on Friday.\n"
    )
    demo = DEMO.read_text(encoding="utf-8")
    texts = [para * 10, demo] * (5 if quick else 20)
    ex = ClaimExtractor()
    ex.extract(para)  # lazy loads
    n_sent = sum(len(split_sentences(t)) for t in texts)
    t = time.perf_counter()
    for text in texts:
        split_sentences(text)
    seg = time.perf_counter() - t
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        for text in texts:
            ex.extract(text)
        best = min(best, time.perf_counter() - t)
    return [_row("extraction", "extract_claims", n_sent / best, "sentences/s", "segmentation only", n_sent / seg)]


# --------------------------------------------------------------------------- index (one size per process)


def index_child(n: int, words: int, queries: int) -> dict:
    """Build and query an index of ``n`` synthetic sentence passages; runs in its own process."""
    import numpy as np

    from factcheck.corpus import Chunker, Corpus
    from factcheck.index import Index
    from factcheck.model import Document
    from factcheck.testing import FakeEmbedder

    sentences = synthetic_texts(n, words)
    docs = [Document(id=f"doc-{i // 10:07d}", text=" ".join(sentences[i : i + 10])) for i in range(0, n, 10)]
    corpus = Corpus.from_documents(docs, chunker=Chunker(max_sentences=1))
    t = time.perf_counter()
    n_pass = len(corpus.passages)
    chunk_s = time.perf_counter() - t
    stand_in = FakeEmbedder(dim=384)
    out: dict = {"n": n_pass, "chunk_s": chunk_s}
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        index = Index(stand_in, path=Path(tmp) / "ix").build(corpus)
        total = time.perf_counter() - t
        out["embed_s"] = index.stats["embed_s"]
        out["build_s"] = total - index.stats["embed_s"]
        out["peak_build_mb"] = _peak_mb()
        out["hnsw"] = index._hnsw is not None
        qs = synthetic_texts(queries, 12, seed=1)
        qv = stand_in.encode(qs)
        for i in range(min(5, len(qs))):
            index._search_one(qs[i], qv[i], 10)
        hybrid, bm25, dense, brute, recall = [], [], [], [], []
        full = np.asarray(index._vectors, dtype=np.float32)  # the naive baseline holds every vector in float32
        lexical = index._lexical
        assert lexical is not None
        for q, v in zip(qs, qv):
            t = time.perf_counter()
            index._search_one(q, v, 10)
            hybrid.append(time.perf_counter() - t)
            t = time.perf_counter()
            s = lexical.scores(index.tokenizer(q))
            np.argpartition(-s, 10)[:10]
            bm25.append(time.perf_counter() - t)
            t = time.perf_counter()
            if index._hnsw is not None:
                index._hnsw.hnsw.efSearch = index.ef_search
                _, ids = index._hnsw.search(v[None, :], 10)
                got = ids[0]
            else:
                sims = index._vectors32 @ v
                got = np.argpartition(-sims, 10)[:10]
            dense.append(time.perf_counter() - t)
            t = time.perf_counter()
            sims = full @ v
            exact = np.argpartition(-sims, 10)[:10]
            brute.append(time.perf_counter() - t)
            recall.append(len(set(got.tolist()) & set(exact.tolist())) / 10)
    ms = lambda xs, q: _pct(xs, q) * 1000
    out.update(
        hybrid_p50=ms(hybrid, 50), hybrid_p95=ms(hybrid, 95), bm25_p50=ms(bm25, 50), bm25_p95=ms(bm25, 95),
        dense_p50=ms(dense, 50), brute_p50=ms(brute, 50), recall=float(np.mean(recall)),
        peak_mb=_peak_mb(),
    )
    return out


def bench_index(sizes: list[int], words: int, queries: int) -> tuple[list[Row], dict[int, dict]]:
    rows: list[Row] = []
    results = {}
    for n in sizes:
        proc = subprocess.run(
            [PY, __file__, "--index-child", str(n), "--words", str(words), "--queries", str(queries)],
            capture_output=True, text=True, check=False, env={**os.environ, "OMP_NUM_THREADS": "1"},
        )
        if proc.returncode:
            sys.exit(f"index size {n} failed:\n{proc.stderr[-3000:]}")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results[n] = r
        tag = f"index {r['n']:,}"
        dense = "HNSW" if r["hnsw"] else "exact"
        rows += [
            _row(tag, "chunking (Corpus.passages, 1-sentence passages)", r["n"] / r["chunk_s"], "passages/s"),
            _row(tag, f"build (BM25+{dense}+write, stand-in vectors)", r["n"] / r["build_s"], "passages/s"),
            _row(tag, "peak RSS of the build process", r["peak_build_mb"], "MB"),
            _row(tag, "retrieval p50 (hybrid)", r["hybrid_p50"], "ms", "BM25 only", r["bm25_p50"], False),
            _row(tag, "retrieval p95 (hybrid)", r["hybrid_p95"], "ms", "BM25 only", r["bm25_p95"], False),
            _row(tag, f"dense top-10 p50 ({dense}, recall@10 {r['recall']:.2f})", r["dense_p50"], "ms",
                 "brute-force cosine", r["brute_p50"], False),
        ]
    return rows, results


# --------------------------------------------------------------------------- embedding backends


def bench_embedders(embed_n: int, words: int) -> tuple[list[Row], dict]:
    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.embed_onnx import OnnxEmbedder

    texts = synthetic_texts(embed_n, words, seed=2)
    queries = synthetic_texts(60, 12, seed=3)
    info: dict = {}
    for name, emb in (("torch", SentenceTransformerEmbedder(threads=1)), ("onnx", OnnxEmbedder(threads=1))):
        t = time.perf_counter()
        emb.encode(["warm up"])
        info[f"{name}_load_s"] = time.perf_counter() - t
        t = time.perf_counter()
        emb.encode(texts)
        info[f"{name}_rate"] = len(texts) / (time.perf_counter() - t)
        lat = []
        for q in queries:
            t = time.perf_counter()
            emb.encode([q])
            lat.append(time.perf_counter() - t)
        info[f"{name}_q50"] = _pct(lat, 50) * 1000
        info[f"{name}_q95"] = _pct(lat, 95) * 1000
    rows = [
        _row("embedding", f"ONNX int8, {words}-word passages, 1 thread", info["onnx_rate"], "passages/s",
             "torch", info["torch_rate"]),
        _row("embedding", "ONNX int8, one query p50", info["onnx_q50"], "ms", "torch", info["torch_q50"], False),
        _row("embedding", "ONNX int8, load + first call", info["onnx_load_s"], "s", "torch", info["torch_load_s"],
             False),
    ]
    return rows, info


# --------------------------------------------------------------------------- end to end


def bench_end_to_end(repeats: int, warm_runs: int, threads: int) -> list[Row]:
    from bench_check import measure

    torch_r = measure(repeats, warm_runs, threads, backend="torch")
    onnx_r = measure(repeats, warm_runs, threads, backend="onnx")
    rows = []
    for name, r in (("torch", torch_r), ("onnx", onnx_r)):
        rows += [
            _row("check demo", f"cold, {name}: new `factcheck check` process, median ({threads} threads)",
                 r["cold_median"], "s", "cold `factcheck claims` (no model)", r["claims_cold_median"], False),
            _row("check demo", f"warm, {name}: Checker reused, p50 ({threads} threads)", r["warm_p50"], "s",
                 "first check in-process (loads models)", r["first_in_process"], False),
            _row("check demo", f"warm, {name}: Checker reused, p95", r["warm_p95"], "s"),
        ]
    rows += [
        _row("check demo", "cold, onnx", onnx_r["cold_median"], "s", "cold, torch", torch_r["cold_median"], False),
        _row("check demo", "warm p50, onnx", onnx_r["warm_p50"], "s", "warm p50, torch", torch_r["warm_p50"], False),
    ]
    return rows


def bench_ray(n: int, words: int) -> list[Row]:
    proc = subprocess.run([PY, str(ROOT / "bench" / "bench_ray.py"), "--n", str(n), "--words", str(words),
                           "--json"], capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode:
        print(f"bench_ray failed (row left out):\n{proc.stderr[-3000:]}", file=sys.stderr)
        return []
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    return [_row(f"ray embed {r['n']:,}", "Ray Data, 2 actors x 1 thread (wall, incl. start-up)", r["ray_s"], "s",
                 "1 process, 2 torch threads", r["local_s"], False)]


# --------------------------------------------------------------------------- table


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


def print_table(rows: list[Row], extra: dict) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n## factcheck speed ({os.cpu_count()} CPUs, load average {load:.1f} at the end; shared machine, "
          "noisy figures)\n")
    print("| stage | metric | value | unit | baseline | baseline value | ratio (>1: better than baseline) |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        print(f"| {r['stage']} | {r['metric']} | {_fmt(r['value'])} | {r['unit']} | {r['baseline']} | "
              f"{_fmt(r['base_value'])} | {ratio} |")
    for line in extra.get("notes", []):
        print(f"\n{line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="about 3 minutes: 10k passages, small samples")
    ap.add_argument("--sizes", help="comma-separated passage counts (default 10000,100000; quick 10000)")
    ap.add_argument("--embed-n", type=int, help="passages embedded per backend (default 1000; quick 200)")
    ap.add_argument("--words", type=int, default=25, help="words per synthetic passage")
    ap.add_argument("--queries", type=int, help="queries per size (default 200; quick 60)")
    ap.add_argument("--repeats", type=int, help="cold CLI runs (default 3; quick 2)")
    ap.add_argument("--check-threads", type=int, default=2, help="model threads for the `check` rows (default 2)")
    ap.add_argument("--ray-n", type=int, default=0, help="also time Ray vs one process embedding N passages")
    ap.add_argument("--skip", default="", help="comma-separated stages to skip: extract,index,embed,e2e")
    ap.add_argument("--index-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.index_child:
        print(json.dumps(index_child(args.index_child, args.words, args.queries or 200)))
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    sizes = [int(x) for x in (args.sizes or ("10000" if args.quick else "10000,100000")).split(",")]
    embed_n = args.embed_n or (200 if args.quick else 1000)
    queries = args.queries or (60 if args.quick else 200)
    repeats = args.repeats or (2 if args.quick else 3)
    skip = set(filter(None, args.skip.split(",")))
    rows: list[Row] = []
    notes: list[str] = []
    started = time.perf_counter()
    if "extract" not in skip:
        rows += bench_extraction(args.quick)
    emb: dict = {}
    if "embed" not in skip:
        r, emb = bench_embedders(embed_n, args.words)
        rows += r
    if "index" not in skip:
        r, results = bench_index(sizes, args.words, queries)
        rows += r
        if emb:
            for res in results.values():
                total = [emb["torch_q50"] + res["hybrid_p50"], emb["torch_q95"] + res["hybrid_p95"]]
                rows.append(_row(f"index {res['n']:,}", "query p50, end to end (torch query embedding + hybrid)",
                                 total[0], "ms", "BM25 only (no embedding)", res["bm25_p50"], False))
                rows.append(_row(f"index {res['n']:,}", "query p95, end to end", total[1], "ms",
                                 "BM25 only (no embedding)", res["bm25_p95"], False))
        notes.append("Index build uses stand-in vectors (FakeEmbedder, dim 384); to add the embedding of N "
                     "passages, divide N by the embedding passages/s row.")
    if "e2e" not in skip:
        rows += bench_end_to_end(repeats, 5 if args.quick else 10, args.check_threads)
    if args.ray_n:
        rows += bench_ray(args.ray_n, args.words)
    notes.append(f"Total benchmark time {time.perf_counter() - started:.0f} s.")
    print_table(rows, {"notes": notes})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
