"""End-to-end verdicts on Check-COVID: journalists' claims checked against the 347-abstract corpus.

Check-COVID pairs claims taken from news articles (``is_auth``: written by journalists) with
the scientific abstract that supports or refutes them, or that is on topic but not enough to
decide. Here each claim goes through the default :class:`~factcheck.check.Checker` (retrieval
over the whole corpus, stance, verdict), as a newsroom would use it, and the verdict is
compared with the gold label: SUPPORT -> supported, REFUTE -> contradicted, NOT ENOUGH INFO ->
unverified (a disputed verdict counts as neither supported nor contradicted).

Only claims whose family is in the held-out part of the stance split (``scripts/train_stance.py``:
the same hash that kept them out of training and calibration) are used, from both the train and
dev files. Printed: the confusion table, accuracy and balanced accuracy over the three gold
classes, and how often the gold abstract was among the evidence of a supported or contradicted
verdict.

Usage::

    .venv/bin/python bench/eval_covid.py [--backend torch|onnx] [--threads 2] [--k 5] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_stance import Pair, clean  # noqa: E402  (the split rule of the stance model)

DATA = ROOT.parent / "shared" / "data" / "check-covid" / "Check-COVID"
GOLD = {"SUPPORT": "supported", "REFUTE": "contradicted", "NOTENOUGHINFO": "unverified"}
VERDICTS = ("supported", "contradicted", "disputed", "unverified")


def load(data: Path = DATA) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """(corpus rows, held-out claims as (claim, gold verdict, gold cord_id)), one row per distinct claim."""
    corpus = [json.loads(line) for line in (data / "corpus.json").read_text(encoding="utf-8").splitlines() if line.strip()]
    claims: dict[str, tuple[str, str, str]] = {}
    for split in ("train", "dev"):
        path = data / split / f"covidCheck_{split}_composed+extracted.json"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            fam = r["id"].rsplit("_", 1)[0]
            claim = clean(r["claim"])
            if Pair(claim, "", 0, "check_covid", fam, fam).split != "test" or r["label"] not in GOLD:
                continue
            claims.setdefault(claim, (claim, GOLD[r["label"]], r["cord_id"]))
    return corpus, list(claims.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", default="torch", choices=("torch", "onnx"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--k", type=int, default=5, help="passages assessed per claim")
    ap.add_argument("--limit", type=int, default=0, help="claims to check (0 = all)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"Check-COVID not found at {DATA}; see ../shared/data/README.md", file=sys.stderr)
        return 2

    import torch

    from factcheck.check import Checker
    from factcheck.corpus import Corpus
    from factcheck.model import Attribution, Claim, Document

    torch.set_num_threads(args.threads)
    rows, claims = load()
    if args.limit:
        claims = claims[: args.limit]
    corpus = Corpus.from_documents(
        [Document(id=r["cord_id"], text=" ".join(r["abstract"]), title=r["title"]) for r in rows]
    )
    t0 = time.perf_counter()
    checker = Checker(corpus, backend=args.backend, k=args.k)
    _ = checker.index
    built = time.perf_counter() - t0
    objs = [Claim(id=f"c{i}", text=c, start=0, end=len(c), attribution=Attribution()) for i, (c, _, _) in enumerate(claims)]
    t0 = time.perf_counter()
    results = checker.check_claims(objs)
    took = time.perf_counter() - t0

    table: Counter[tuple[str, str]] = Counter()
    found = decided = 0
    for (_, gold, cord), res in zip(claims, results):
        table[(gold, res.verdict.value)] += 1
        if res.verdict.value in ("supported", "contradicted"):
            decided += 1
            found += any(e.doc_id == cord and e.stance.value != "neutral" for e in res.evidence)
    golds = ("supported", "contradicted", "unverified")
    print(f"Check-COVID held-out claims: {len(claims)} (index of {len(rows)} abstracts built in {built:.0f} s; "
          f"claims checked in {took:.0f} s, {args.backend})\n")
    print(f"{'gold':<14} {'n':>4}" + "".join(f" {v:>13}" for v in VERDICTS) + f" {'right':>7}")
    print("-" * (20 + 14 * len(VERDICTS) + 8))
    recalls = []
    for g in golds:
        n = sum(table[(g, v)] for v in VERDICTS)
        if not n:
            continue  # the composed+extracted files hold no NOT ENOUGH INFO claims
        right = table[(g, g)] / n
        recalls.append(right)
        print(f"{g:<14} {n:>4}" + "".join(f" {table[(g, v)]:>13}" for v in VERDICTS) + f" {right:>7.3f}")
    total = sum(table.values())
    acc = sum(table[(g, g)] for g in golds) / total if total else 0.0
    print(f"\naccuracy {acc:.3f}, balanced accuracy {sum(recalls) / len(recalls):.3f}")
    if decided:
        print(f"supported/contradicted verdicts citing the gold abstract (non-neutral): {found}/{decided} "
              f"({found / decided:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
