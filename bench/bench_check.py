"""End-to-end `factcheck check` latency on the demo: cold (a new process) and warm (a reused Checker).

    .venv/bin/python bench/bench_check.py [--repeats 3] [--warm 10] [--profile]

Cold is the wall time of ``factcheck check examples/demo-draft.md --sources sources/`` in a new
process, after one untimed run that builds the persisted index and pages the libraries in; its
baseline is ``factcheck claims`` (the same start-up without any model). Warm is ``Checker.check``
on the same draft with the Checker reused; its baseline is the first check of a fresh Checker in
the process (which loads the models). ``--profile`` also prints the slowest imports of a cold run
(``python -X importtime``). The machine is shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PY = sys.executable
FACTCHECK = str(Path(PY).with_name("factcheck"))
DEMO = ROOT / "examples" / "demo-draft.md"
SOURCES = ROOT / "sources"


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    pos = (len(values) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def _timed(cmd: list[str], threads: int) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": str(threads)}
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False, env=env)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed


def measure(repeats: int = 3, warm_runs: int = 10, threads: int = 2, backend: str = "torch") -> dict[str, float]:
    """Cold and warm latencies (seconds) with their baselines, using ``threads`` threads for the models."""
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "report.json")
        check = [FACTCHECK, "check", str(DEMO), "--sources", str(SOURCES), "--format", "json", "-o", out,
                 "--backend", backend]  # fmt: skip
        claims = [FACTCHECK, "claims", str(DEMO), "--format", "json", "-o", str(Path(tmp) / "claims.json")]
        _timed(check, threads)  # builds or refreshes the persisted index; pages the libraries in
        cold = [_timed(check, threads) for _ in range(repeats)]
        cold_claims = [_timed(claims, threads) for _ in range(repeats)]
    from factcheck.check import Checker
    from factcheck.corpus import Corpus

    text = DEMO.read_text(encoding="utf-8")
    t = time.perf_counter()
    checker = Checker(Corpus.from_path(SOURCES), backend=backend)
    checker.check(text, path=str(DEMO))
    first = time.perf_counter() - t
    if "torch" in sys.modules:  # the models are loaded: give them the same threads as the cold runs
        sys.modules["torch"].set_num_threads(threads)
    warm = []
    for _ in range(warm_runs):
        t = time.perf_counter()
        checker.check(text, path=str(DEMO))
        warm.append(time.perf_counter() - t)
    return {
        "cold_median": statistics.median(cold),
        "cold_min": min(cold),
        "claims_cold_median": statistics.median(cold_claims),
        "first_in_process": first,
        "warm_p50": _pct(warm, 50),
        "warm_p95": _pct(warm, 95),
    }


def import_profile(top: int = 12) -> list[tuple[float, str]]:
    """The slowest imports (cumulative seconds) of one cold `factcheck check` run."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [PY, "-X", "importtime", "-m", "factcheck.cli", "check", str(DEMO), "--sources", str(SOURCES),
               "--format", "json", "-o", str(Path(tmp) / "r.json")]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cum, name = line.split("|")
            if cum.strip().isdigit():
                rows.append((int(cum) / 1e6, name.rstrip()))
    top_level = [(s, n.strip()) for s, n in rows if not n.startswith("   ")]  # depth 0/1 only
    return sorted(top_level, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3, help="cold runs")
    ap.add_argument("--warm", type=int, default=10, help="warm checks")
    ap.add_argument("--threads", type=int, default=2, help="model threads (default 2, the target machine)")
    ap.add_argument("--profile", action="store_true", help="also list the slowest imports of a cold run")
    ap.add_argument("--backend", choices=("torch", "onnx"), default="torch", help="model runtime")
    args = ap.parse_args(argv)
    r = measure(args.repeats, args.warm, args.threads, backend=args.backend)
    load = os.getloadavg()[0]
    print(f"\n## factcheck check, demo draft, {args.backend} ({os.cpu_count()} CPUs, {args.threads} model threads, "
          f"load average {load:.1f}; shared machine)\n")
    print("| measure | seconds | baseline | baseline s | ratio |")
    print("|---|---|---|---|---|")
    print(f"| cold `factcheck check` (median of {args.repeats}) | {r['cold_median']:.2f} | cold `factcheck claims` | "
          f"{r['claims_cold_median']:.2f} | {r['cold_median'] / r['claims_cold_median']:.1f}x slower |")
    print(f"| warm Checker.check p50 | {r['warm_p50']:.3f} | first check of a new Checker | "
          f"{r['first_in_process']:.2f} | {r['first_in_process'] / r['warm_p50']:.0f}x faster |")
    print(f"| warm Checker.check p95 | {r['warm_p95']:.3f} | | | |")
    if args.profile:
        print("\n| slowest imports, cold run | cumulative s |\n|---|---|")
        for seconds, name in import_profile():
            print(f"| `{name}` | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
