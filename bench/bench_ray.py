"""Ray vs one process: embedding N passages with the real model on the same cores.

    .venv/bin/python bench/bench_ray.py --n 10000 [--cpus 2] [--json]

Baseline: one process, ``SentenceTransformerEmbedder(threads=CPUS)``, batches of 256.
Ray: a local Ray with ``num_cpus=CPUS``, :class:`factcheck.distributed.RayEngine` with
``concurrency=CPUS`` actors of one torch thread each (``map_batches``, batch 256). Ray's wall time
is reported with and without ``ray.init``; both sides produce the same vectors (checked within
float16 tolerance). The target is Ray within 1.3x of one process. The machine is shared: noisy.
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
sys.path.insert(0, str(ROOT / "bench"))

from bench_index import synthetic_texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=25)
    ap.add_argument("--cpus", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of a table")
    args = ap.parse_args(argv)
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    import numpy as np

    from factcheck.distributed import RayEngine
    from factcheck.embed import SentenceTransformerEmbedder

    texts = synthetic_texts(args.n, args.words, seed=5)
    local = SentenceTransformerEmbedder(threads=args.cpus, batch_size=256)
    local.encode(["warm up"])
    t = time.perf_counter()
    ref = np.concatenate([local.encode(texts[i : i + 256]) for i in range(0, len(texts), 256)])
    local_s = time.perf_counter() - t
    del local

    import ray

    t = time.perf_counter()
    ray.init(num_cpus=args.cpus, include_dashboard=False, log_to_driver=False)
    init_s = time.perf_counter() - t
    engine = RayEngine(concurrency=args.cpus, batch_size=256)
    t = time.perf_counter()
    got = engine.embed(texts)
    ray_s = time.perf_counter() - t
    ray.shutdown()
    diff = float(np.abs(got.astype(np.float16).astype(np.float32) - ref.astype(np.float16).astype(np.float32)).max())
    r = {"n": args.n, "local_s": local_s, "ray_s": ray_s + init_s, "ray_no_init_s": ray_s, "init_s": init_s,
         "max_abs_diff_f16": diff, "load": os.getloadavg()[0]}
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"\n## Ray vs one process, {args.n:,} passages of {args.words} words, {args.cpus} CPUs "
          f"(load average {r['load']:.1f}; shared machine)\n")
    print("| engine | wall s | passages/s | vs one process |\n|---|---|---|---|")
    print(f"| one process, {args.cpus} torch threads | {local_s:.1f} | {args.n / local_s:.0f} | 1.00x |")
    print(f"| Ray, {args.cpus} actors x 1 thread, incl. ray.init | {ray_s + init_s:.1f} | "
          f"{args.n / (ray_s + init_s):.0f} | {(ray_s + init_s) / local_s:.2f}x time |")
    print(f"| Ray, excl. ray.init ({init_s:.1f} s) | {ray_s:.1f} | {args.n / ray_s:.0f} | {ray_s / local_s:.2f}x time |")
    print(f"\nmax |difference| of the vectors in float16: {diff:.2e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
