"""Learn the attribution cue lexicon from PolNeAR train; write factcheck/data/attribution_cues.json.

Usage::

    .venv/bin/python scripts/train_attribution_cues.py [--min-count 3] [--min-rate 0.3]

For every cue annotated in PolNeAR *train* (one or two words, lower-cased, a
leading auxiliary or adverb such as "has" or "also" removed) it counts how
often the string is annotated as a cue and how often it occurs in the train
texts at all. Words annotated at least ``min-count`` times whose annotation
rate reaches ``min-rate`` go into the lexicon with their rate. Only words and
rates are stored, never text.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared/data/polnear/data/train"
OUT = ROOT / "factcheck/data/attribution_cues.json"
_LEAD = re.compile(r"^(?:(?:has|have|had|also|later|previously|reportedly|publicly|repeatedly|will|would|is|are|was|were|"
                   r"did|does|do|not|never|often|recently|then|once|further|who)\s+)+")


_SHAPE = re.compile(r"[a-z'’-]+(?: (?:for|on|to|about|out|of|against|with|after|down|off|back|at|over))?")
_NOT_CUES = frozenset(
    "said to been am cheer drawn just initially since now first widely can doesn't complaints adamant "
    "eager titled named wary allegations accusations views angry angered known restricting contrasting "
    "displayed negotiated nominated voted spotted listed lists".split()
)


def _shape_ok(cue: str) -> bool:
    """Single verbs, or a verb with its particle; no nouns, adjectives or dated forms."""
    return bool(_SHAPE.fullmatch(cue)) and cue.split()[0] not in _NOT_CUES or cue == "said"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.3)
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"PolNeAR train not found at {DATA}", file=sys.stderr)
        return 2
    annotated: collections.Counter[str] = collections.Counter()
    texts = []
    seen = set()
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (DATA / "text" / f"{name}.txt").read_text(encoding="utf-8")
        texts.append(text)
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 2 and parts[1].startswith("Cue "):
                cue = _LEAD.sub("", re.sub(r"\s+", " ", parts[2].strip().lower()))
                if re.fullmatch(r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?", cue):
                    annotated[cue] += 1
    cands = {c: n for c, n in annotated.items() if n >= args.min_count}
    occurs: collections.Counter[str] = collections.Counter()
    rx = re.compile(r"\b(" + "|".join(sorted(map(re.escape, cands), key=len, reverse=True)) + r")\b")
    for text in texts:
        for m in rx.finditer(text.lower()):
            occurs[m.group(1)] += 1
    lexicon = {
        c: round(min(1.0, n / occurs[c]), 3)
        for c, n in sorted(cands.items())
        if occurs[c] and n / occurs[c] >= args.min_rate and _shape_ok(c)
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {"source": "PolNeAR train", "articles": len(texts), "min_count": args.min_count,
             "min_rate": args.min_rate, "cues": lexicon},
            indent=1, ensure_ascii=False,
        ) + "\n",
        encoding="utf-8",
    )
    print(f"{len(lexicon)} cues of {len(cands)} candidates -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
