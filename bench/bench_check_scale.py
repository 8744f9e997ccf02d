"""Warm `Checker.check` of a 30-claim draft against a 10k-passage indexed corpus.

    .venv/bin/python bench/bench_check_scale.py [--passages 10000] [--backend torch|onnx] [--runs 5]

The corpus is the demo corpus plus synthetic news-like documents (bench_index's
generator) up to ``--passages`` passages; its index is persisted under
``--index-path`` so a second run skips the embedding. The draft is the demo draft
plus synthetic sentences, cut to 30 claims. Prints the index build time, the
first check (model loading) and warm check p50/p95, and pairs assessed per second.
The target is warm <= 3 s on 2 cores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_index import synthetic_texts  # noqa: E402

from factcheck.check import Checker  # noqa: E402
from factcheck.claims import extract_claims  # noqa: E402
from factcheck.corpus import Corpus  # noqa: E402
from factcheck.model import Document  # noqa: E402


def build_corpus(passages: int) -> Corpus:
    demo = list(Corpus.from_path(ROOT / "sources").documents)
    sentences = synthetic_texts(passages * 2, 12, seed=7)
    docs = [
        Document(id=f"synthetic-{i:06d}", text=" ".join(sentences[2 * i : 2 * i + 2]), published="2026-01-01")
        for i in range(max(0, passages - len(demo)))
    ]
    return Corpus.from_documents(demo + docs)


def build_draft(n_claims: int) -> str:
    draft = (ROOT / "examples" / "demo-draft.md").read_text(encoding="utf-8")
    extra = synthetic_texts(n_claims, 14, seed=11)
    text = draft + "\n\n" + "\n\n".join(extra)
    claims = extract_claims(text)
    return text[: claims[n_claims - 1].end + 1] if len(claims) >= n_claims else text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=30)
    ap.add_argument("--backend", choices=("torch", "onnx"), default="torch")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--index-path", default=str(Path(tempfile.gettempdir()) / "factcheck-bench-check-scale"))
    args = ap.parse_args(argv)

    corpus = build_corpus(args.passages)
    draft = build_draft(args.claims)
    checker = Checker(corpus, index_path=f"{args.index_path}-{args.backend}", backend=args.backend)
    t = time.perf_counter()
    index = checker.index
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    report = checker.check(draft)
    first_s = time.perf_counter() - t
    warm = []
    for _ in range(args.runs):
        t = time.perf_counter()
        report = checker.check(draft)
        warm.append(time.perf_counter() - t)
    pairs = sum(1 for c in report.claims for _ in c.evidence)
    warm.sort()
    p95 = warm[min(len(warm) - 1, round(0.95 * (len(warm) - 1)))]
    print("| backend | passages | claims | index build/load | first check | warm p50 | warm p95 | pairs/check |")
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.backend} | {len(index.corpus.passages):,} | {len(report.claims)} | {build_s:.1f} s | {first_s:.2f} s "
        f"| {statistics.median(warm):.2f} s | {p95:.2f} s | {pairs} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
