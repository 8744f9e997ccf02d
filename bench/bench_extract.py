"""Speed of extract_claims (sentences/s), plus the check-worthiness card.

Usage::

    .venv/bin/python bench/bench_extract.py [--articles N]

Runs segmentation + attribution + decomposition + check-worthiness over the
PolNeAR dev articles when they are present (else over a synthetic news text),
single process, and prints a table. The target is >= 500 sentences/s on
2 cores; report the figure together with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.claims import ClaimExtractor  # noqa: E402
from factcheck.segment import split_sentences  # noqa: E402

_SYNTH = (
    "SEOUL, May 2 (Yonhap) - The navy launched a 5,000-ton destroyer on Tuesday, state media reported. "
    "According to the Korean Central News Agency (KCNA), the ship carries 74 launch cells. "
    "Kim praised the shipbuilders, ordering two more vessels by next year. "
    "Analysts believe the design may borrow from Russian technology, a claim Moscow denies.\n"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=84)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    folder = ROOT.parent / "shared/data/polnear/data/dev/text"
    if folder.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[: args.articles]]
        corpus = f"PolNeAR dev ({len(texts)} articles)"
    else:
        texts = [_SYNTH * 20] * 20
        corpus = "synthetic"
    ex = ClaimExtractor()
    t0 = time.perf_counter()
    ex.extract(_SYNTH)  # loads the scorer and pysbd
    cold = time.perf_counter() - t0
    n_sent = sum(len(split_sentences(t)) for t in texts)
    best = float("inf")
    n_claims = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_claims = sum(len(ex.extract(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for t in texts:
        split_sentences(t)
    seg = time.perf_counter() - t0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"corpus: {corpus}; {n_sent} sentences; load average {load:.2f} (shared machine)")
    print(f"{'stage':<28} {'seconds':>8} {'sentences/s':>12}")
    print(f"{'first call (lazy loads)':<28} {cold:8.3f} {'':>12}")
    print(f"{'segmentation only':<28} {seg:8.3f} {n_sent / seg:12.0f}")
    print(f"{'extract_claims (best of ' + str(args.repeat) + ')':<28} {best:8.3f} {n_sent / best:12.0f}")
    print(f"claims: {n_claims} ({n_claims / max(1, n_sent):.2f} per sentence)")
    card = ROOT / "factcheck/data/checkworthy.json"
    if card.is_file():
        c = json.loads(card.read_text(encoding="utf-8"))
        print(f"check-worthiness (ClaimBuster test, n={c['test']}): accuracy {c['test_accuracy']:.3f}  F1 {c['test_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
