"""Train the stance head (supports / refutes / neutral) shipped in factcheck/data/.

The head is a small numpy-inferable MLP over frozen all-MiniLM-L6-v2 sentence
embeddings of claim and passage (u, v, |u-v|, u*v) plus slot and lexical
features from :mod:`factcheck.slots` (see :func:`factcheck.stance.featurize`).

Data (read from ``../shared/data``, never copied into the repo):
VitaminC real + synthetic, ANLI (R1-R3 dev and test), Check-COVID (train+dev,
evidence sentences looked up in its abstract corpus), Factcheck-GPT claim-evidence
stance pairs. Every pair gets a deterministic split from a hash of its group key
(VitaminC ``case_id``, the Check-COVID claim family, the ANLI context, the
Factcheck-GPT claim), so contrastive pairs never straddle train and test:

    bucket = sha1(dataset + group) % 100;  < 70 train, 70-79 calibration, >= 80 test

Embeddings are computed once, single-threaded, and cached under
``/tmp/factcheck_stance_cache`` (.npy shards + JSON key lists), so re-running
training or ``bench/eval_stance.py`` is cheap.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_stance.py --embed-only   # fill the cache
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_stance.py                # train + save
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("FACTCHECK_DATA", ROOT.parent / "shared" / "data"))
CACHE = Path(os.environ.get("FACTCHECK_STANCE_CACHE", "/tmp/factcheck_stance_cache"))
OUT = ROOT / "factcheck" / "data" / "stance"

LABELS = ("supports", "refutes", "neutral")
_LABEL_MAP = {
    "SUPPORTS": 0, "SUPPORT": 0, "e": 0, "completely-support": 0, "partially-support": 0,
    "REFUTES": 1, "REFUTE": 1, "c": 1, "refute": 1,
    "NOT ENOUGH INFO": 2, "NOTENOUGHINFO": 2, "n": 2, "irrelevant": 2,
}  # fmt: skip

# Pairs per dataset used for training (train split); test caps are in bench/eval_stance.py.
TEST_CAPS = {"vitaminc_real": 2500, "vitaminc_synthetic": 800, "anli": 1000, "check_covid": 600, "factcheck_gpt": 700}
TRAIN_CAPS = {"vitaminc_real": 9000, "vitaminc_synthetic": 2500, "anli": 4000, "check_covid": 2000, "factcheck_gpt": 1800}


@attrs.frozen
class Pair:
    """One labelled claim-evidence pair."""

    claim: str
    evidence: str
    label: int
    dataset: str
    group: str
    case: str = ""  #: contrastive case id (VitaminC), else ""

    @property
    def bucket(self) -> int:
        h = hashlib.sha1(f"{self.dataset}\x00{self.group}".encode()).digest()
        return int.from_bytes(h[:4], "big") % 100

    @property
    def split(self) -> str:
        b = self.bucket
        return "train" if b < 70 else ("calib" if b < 80 else "test")


_DETOK = [
    (re.compile(r"\s+([.,;:!?%)\]}])"), r"\1"),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d)\b"), r"\1"),
    (re.compile(r"-LRB-\s*"), "("),
    (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"[\ufffd\u00a0]"), " "),
    (re.compile(r"\s{2,}"), " "),
]


def clean(text: str) -> str:
    """Undo Wikipedia-dump tokenisation ("23.5 million sales in the UK ." -> "... UK.")."""
    for pat, rep in _DETOK:
        text = pat.sub(rep, text)
    return text.strip()


def _jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_pairs(data: Path = DATA) -> list[Pair]:
    """Every labelled pair from the five datasets, cleaned, with group keys."""
    pairs: list[Pair] = []
    for name in ("vitaminc_real", "vitaminc_synthetic"):
        for r in _jsonl(data / "vitaminc" / name / "test.jsonl"):
            pairs.append(
                Pair(clean(r["claim"]), clean(r["evidence"]), _LABEL_MAP[r["label"]], name, r["case_id"], r["case_id"])
            )
    seen: set[tuple[str, str]] = set()
    for r in _jsonl(data / "anli" / "vitaminc_format_test" / "test.jsonl"):
        key = (r["claim"], r["evidence"])
        seen.add(key)
        pairs.append(Pair(clean(r["claim"]), clean(r["evidence"]), _LABEL_MAP[r["label"]], "anli", r["evidence"]))
    for f in sorted((data / "anli" / "dev_analysis").glob("*.csv")):
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if (r["statement"], r["context"]) in seen or r["gold_label"] not in _LABEL_MAP:
                    continue
                pairs.append(Pair(clean(r["statement"]), clean(r["context"]), _LABEL_MAP[r["gold_label"]], "anli", r["context"]))
    cc = data / "check-covid" / "Check-COVID"
    corpus = {d["cord_id"]: d["abstract"] for d in _jsonl(cc / "corpus.json")}
    for split in ("train", "dev"):
        for r in _jsonl(cc / split / f"covidCheck_{split}_composed+extracted.json"):
            sents = corpus.get(r["cord_id"])
            idx = sorted({e["sent_index"] for e in r.get("evidence_set") or ()})
            if not sents or not idx:
                continue
            ev = " ".join(sents[i] for i in idx if i < len(sents))
            fam = r["id"].rsplit("_", 1)[0]
            pairs.append(Pair(clean(r["claim"]), clean(ev), _LABEL_MAP[r["label"]], "check_covid", fam, fam))
    for r in _jsonl(data / "factcheck-gpt" / "subtasks" / "subtask3_claim_evidence_stance.jsonl"):
        if r["stance"] in _LABEL_MAP and r["evidence"].strip():
            pairs.append(Pair(clean(r["claim"]), clean(r["evidence"])[:1200], _LABEL_MAP[r["stance"]], "factcheck_gpt", r["claim"]))
    return pairs


def select(pairs: Sequence[Pair], split: str, caps: dict[str, int], seed: int = 13) -> list[Pair]:
    """Deterministic per-dataset sample of ``split``, keeping contrastive groups whole."""
    rng = random.Random(seed)
    out: list[Pair] = []
    for ds, cap in caps.items():
        groups: dict[str, list[Pair]] = {}
        for p in pairs:
            if p.dataset == ds and p.split == split:
                groups.setdefault(p.group, []).append(p)
        keys = sorted(groups)
        rng.shuffle(keys)
        taken: list[Pair] = []
        for k in keys:
            if len(taken) >= cap:
                break
            taken.extend(groups[k])
        out.extend(taken)
    return out


# --------------------------------------------------------------------------- embedding cache


class EmbeddingCache:
    """Text -> embedding row, persisted as .npy shards with JSON key lists."""

    def __init__(self, embedder: object, folder: Path = CACHE, shard: int = 2000) -> None:
        self.embedder = embedder
        self.folder = folder / str(getattr(embedder, "name", "embedder"))
        self.shard = shard
        self._rows: dict[str, np.ndarray] = {}
        self.folder.mkdir(parents=True, exist_ok=True)
        for keys_file in sorted(self.folder.glob("*.json")):
            npy = keys_file.with_suffix(".npy")
            if not npy.exists():
                continue
            keys = json.loads(keys_file.read_text())
            mat = np.load(npy, allow_pickle=False)
            for k, row in zip(keys, mat):
                self._rows[k] = row

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def ensure(self, texts: Iterable[str], *, log: bool = True) -> None:
        todo = list(dict.fromkeys(t for t in texts if self.key(t) not in self._rows))
        # Sort by length so batches pad little.
        todo.sort(key=len)
        t0 = time.perf_counter()
        for i in range(0, len(todo), self.shard):
            chunk = todo[i : i + self.shard]
            mat = self.embedder.encode(chunk)  # type: ignore[attr-defined]
            keys = [self.key(t) for t in chunk]
            name = f"{int(time.time() * 1000)}_{i}"
            np.save(self.folder / f"{name}.npy", mat.astype(np.float32), allow_pickle=False)
            (self.folder / f"{name}.json").write_text(json.dumps(keys))
            for k, row in zip(keys, mat):
                self._rows[k] = row
            if log:
                done = i + len(chunk)
                rate = done / (time.perf_counter() - t0)
                print(f"  embedded {done}/{len(todo)} texts ({rate:.0f}/s)", flush=True)

    def get(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._rows[self.key(t)] for t in texts]).astype(np.float32)


class CachedEmbedder:
    """An Embedder view over an :class:`EmbeddingCache` (embeds misses on the fly)."""

    def __init__(self, cache: EmbeddingCache) -> None:
        self.cache = cache

    @property
    def name(self) -> str:
        return str(getattr(self.cache.embedder, "name", "cached"))

    @property
    def dim(self) -> int:
        return int(getattr(self.cache.embedder, "dim"))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.cache.ensure(texts, log=False)
        return self.cache.get(texts)


def make_embedder(threads: int = 1) -> object:
    from factcheck.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(threads=threads, batch_size=64)  # sets torch's threads on load


# --------------------------------------------------------------------------- training


def featurize_pairs(pairs: Sequence[Pair], cache: EmbeddingCache) -> np.ndarray:
    from factcheck.stance import featurize

    u = cache.get([p.claim for p in pairs])
    v = cache.get([p.evidence for p in pairs])
    return featurize(u, v, [p.claim for p in pairs], [p.evidence for p in pairs])


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """Temperature minimising held-out negative log-likelihood (grid + refine)."""
    def nll(t: float) -> float:
        p = _softmax(logits / t)
        return float(-np.log(p[np.arange(len(y)), y] + 1e-12).mean())

    grid = np.exp(np.linspace(np.log(0.25), np.log(8.0), 60))
    best = min(grid, key=nll)
    lo, hi = best / 1.2, best * 1.2
    for _ in range(30):
        a, b = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        lo, hi = (lo, b) if nll(a) < nll(b) else (a, hi)
    return float((lo + hi) / 2)


def balanced_accuracy(y: np.ndarray, pred: np.ndarray) -> float:
    recalls = [float((pred[y == c] == c).mean()) for c in range(3) if (y == c).any()]
    return float(np.mean(recalls))


def train(args: argparse.Namespace) -> None:
    pairs = load_pairs()
    tr = select(pairs, "train", TRAIN_CAPS)
    ca = select(pairs, "calib", {k: max(300, v // 7) for k, v in TRAIN_CAPS.items()})
    print("train", Counter(p.dataset for p in tr), Counter(p.label for p in tr))
    print("calib", Counter(p.dataset for p in ca))
    cache = EmbeddingCache(make_embedder(args.threads))
    cache.ensure([t for p in tr + ca for t in (p.claim, p.evidence)])
    if args.embed_only:
        te = select(pairs, "test", TEST_CAPS)
        print("test", Counter(p.dataset for p in te))
        cache.ensure([t for p in te for t in (p.claim, p.evidence)])
        return

    from factcheck.stance import N_EXTRA, StanceModel

    t0 = time.perf_counter()
    x_tr, x_ca = featurize_pairs(tr, cache), featurize_pairs(ca, cache)
    y_tr = np.array([p.label for p in tr])
    y_ca = np.array([p.label for p in ca])
    print(f"features {x_tr.shape} in {time.perf_counter() - t0:.1f}s")
    np.save("/tmp/stance_xtr.npy", x_tr)
    # Balance classes within datasets: weight = 1 / count(dataset, label).
    cnt = Counter((p.dataset, p.label) for p in tr)
    w = np.array([1.0 / cnt[(p.dataset, p.label)] for p in tr])
    w *= len(w) / w.sum()
    heads = {}
    for name, cols, hidden in (("full", slice(None), args.hidden), ("lexical", slice(-N_EXTRA, None), 32)):
        heads[name] = fit_head(x_tr[:, cols], y_tr, w, x_ca[:, cols], y_ca, ca, hidden, args)
    model = StanceModel(full=heads["full"], lexical=heads["lexical"], embed_dim=(x_tr.shape[1] - N_EXTRA) // 4, meta={
        "labels": list(LABELS),
        "embedder": "all-MiniLM-L6-v2",
        "train_pairs": dict(Counter(p.dataset for p in tr)),
        "hidden": args.hidden,
        "alpha": args.alpha,
        "epochs": args.epochs,
        "split": "sha1(dataset + NUL + group) % 100: <70 train, 70-79 calibration, >=80 test",
    })  # fmt: skip
    model.save(args.out)
    print(f"saved {args.out}.npz / .json ({os.path.getsize(str(args.out) + '.npz') / 1e6:.2f} MB)")


def fit_head(x, y, w, x_ca, y_ca, ca, hidden, args):
    """Fit one MLP head, then its temperature on the calibration split."""
    from sklearn.neural_network import MLPClassifier

    from factcheck.stance import StanceHead

    mean = x.mean(axis=0)
    std = x.std(axis=0) + 1e-3
    clf = MLPClassifier(
        hidden_layer_sizes=(hidden,), alpha=args.alpha, batch_size=128, learning_rate_init=1e-3,
        max_iter=args.epochs, early_stopping=False, random_state=0,
    )  # fmt: skip
    t0 = time.perf_counter()
    clf.fit((x - mean) / std, y, sample_weight=w)
    (w1, w2), (b1, b2) = clf.coefs_, clf.intercepts_
    f32 = lambda a: np.asarray(a, dtype=np.float32)  # noqa: E731
    head = StanceHead(mean=f32(mean), std=f32(std), w1=f32(w1), b1=f32(b1), w2=f32(w2), b2=f32(b2))
    logits = head.logits(x_ca)
    temp = fit_temperature(logits, y_ca)
    head = attrs.evolve(head, temperature=temp)
    pred = logits.argmax(axis=1)
    print(f"[{x.shape[1]} features, {time.perf_counter() - t0:.0f}s] calibration: acc {float((pred == y_ca).mean()):.3f} "
          f"bal-acc {balanced_accuracy(y_ca, pred):.3f} T={temp:.2f}")  # fmt: skip
    for ds in TRAIN_CAPS:
        m = np.array([p.dataset == ds for p in ca])
        if m.any():
            print(f"    {ds:20s} n={m.sum():5d} bal-acc {balanced_accuracy(y_ca[m], pred[m]):.3f}")
    return head


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--embed-only", action="store_true", help="only fill the embedding cache")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--alpha", type=float, default=3.0)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=OUT)
    train(ap.parse_args(argv))


if __name__ == "__main__":
    main()
