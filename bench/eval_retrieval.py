"""Retrieval recall on Check-COVID: BM25 only, dense only and hybrid, in one run.

Claims (news-style) are matched against the 347-abstract corpus; a claim is a
hit at k when its gold abstract is among the first k distinct documents
(passages are ranked, then collapsed to their documents by best passage).
The fusion weight is tuned on the train split and reported on dev.

    python bench/eval_retrieval.py [--data ../shared/data/check-covid/Check-COVID] [--threads 1]

Needs the packaged MiniLM model (no network). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.corpus import Corpus
from factcheck.index import Index
from factcheck.model import Document

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "check-covid"
    / "Check-COVID"
)
KS = (1, 5, 10)


class CachingEmbedder:
    """Wraps an embedder so repeated queries (one per fusion setting) are embedded once."""

    def __init__(self, inner):
        self.inner = inner
        self.cache: dict[str, np.ndarray] = {}

    @property
    def name(self):
        return self.inner.name

    @property
    def dim(self):
        return self.inner.dim

    def encode(self, texts):
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            for t, v in zip(todo, self.inner.encode(todo)):
                self.cache[t] = v
        return (
            np.stack([self.cache[t] for t in texts])
            if texts
            else np.zeros((0, self.dim), np.float32)
        )


def load_claims(path: Path) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            seen[(row["claim"], row["cord_id"])] = None
    return list(seen)


def recall(
    index: Index, claims: list[tuple[str, str]], depth: int = 60
) -> dict[int, float]:
    results = index.search_many([c for c, _ in claims], k=depth)
    found = {k: 0 for k in KS}
    for (_, gold), hits in zip(claims, results):
        docs = list(dict.fromkeys(h.doc_id for h in hits))
        for k in KS:
            found[k] += gold in docs[:k]
    return {k: found[k] / len(claims) for k in KS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--backend", choices=("torch", "onnx"), default="torch")
    args = ap.parse_args()

    docs = []
    for line in (args.data / "corpus.json").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            docs.append(
                Document(
                    id=row["cord_id"],
                    text=" ".join(row["abstract"]),
                    title=row["title"],
                )
            )
    corpus = Corpus.from_documents(docs)
    train = load_claims(
        args.data / "train" / "covidCheck_train_composed+extracted.json"
    )
    dev = load_claims(args.data / "dev" / "covidCheck_dev_composed+extracted.json")

    if args.backend == "onnx":
        from factcheck.embed_onnx import OnnxEmbedder

        inner = OnnxEmbedder(threads=args.threads)
    else:
        from factcheck.embed import SentenceTransformerEmbedder

        inner = SentenceTransformerEmbedder(threads=args.threads)
    emb = CachingEmbedder(inner)
    t0 = time.perf_counter()
    index = Index(emb).build(corpus)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    emb.encode([c for c, _ in train + dev])
    t_queries = time.perf_counter() - t0

    # tune the linear weight and compare with RRF on train
    grid = [round(w, 2) for w in np.arange(0.0, 1.0001, 0.05)]
    tuned = []
    for w in grid:
        index.fusion, index.dense_weight = "linear", w
        r = recall(index, train)
        tuned.append((r[5], r[1], r[10], w))
    best = max(tuned[1:-1])  # strictly hybrid weights
    w_best = best[3]
    print(
        f"# Check-COVID retrieval ({len(corpus)} abstracts, {len(index)} passages; "
        f"train {len(train)} / dev {len(dev)} unique claim-abstract pairs)"
    )
    print(
        f"# embed passages {t_build:.1f} s, {len(train) + len(dev)} queries {t_queries:.1f} s "
        f"({args.backend}, {args.threads} thread(s), shared machine)"
    )
    print(
        "# train grid (dense_weight: recall@5): "
        + ", ".join(f"{w}:{r5:.3f}" for r5, _, _, w in tuned)
    )
    print()
    print("| method | split | recall@1 | recall@5 | recall@10 |")
    print("|---|---|---|---|---|")
    settings = [
        ("BM25 only", "linear", 0.0),
        ("dense only", "linear", 1.0),
        (f"hybrid linear (w={w_best})", "linear", w_best),
        *(
            [
                (
                    f"hybrid linear (default w={Index().dense_weight:.2f})",
                    "linear",
                    Index().dense_weight,
                )
            ]
            if Index().dense_weight != w_best
            else []
        ),
        ("hybrid RRF (k=60)", "rrf", 0.5),
    ]
    for split, claims in (("train", train), ("dev", dev)):
        for label, fusion, w in settings:
            index.fusion, index.dense_weight = fusion, w
            r = recall(index, claims)
            print(f"| {label} | {split} | {r[1]:.3f} | {r[5]:.3f} | {r[10]:.3f} |")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
