"""Attribution spans against PolNeAR (brat standoff), printed as a table.

Usage::

    .venv/bin/python bench/eval_attribution.py [--split dev|train] [--limit N] [--tagger DIR] [--threads N]

For each article the first annotator's file (sorted by name) is the gold
standard. Source, cue and content spans are scored separately: a predicted
span counts as correct when a gold span of the same role matches it exactly
(after trimming whitespace and edge punctuation) or, for the overlap score,
shares at least one character with it. Content pieces of discontinuous
annotations are scored as separate spans. Two cue lexicons are scored:
"learned" (built-in plus the PolNeAR-train lexicon of
``scripts/train_attribution_cues.py``, the default of ``find_attributions``)
and "builtin" (reporting verbs only, what ``extract_claims`` uses).
Beside them, unless ``--no-tagger``: "tagger" (the learned BIO tagger of
:mod:`factcheck.tagger` alone), "merged" (tagger plus the learned rules'
attributions whose cue it missed) and "merged-r" (rules first, tagger
cues the rules missed added).

``--agreement`` prints instead how far the annotators agree with each other:
PolNeAR annotated some articles two to six times (16 of train, 2 of dev).
Every pair of annotations of one article is scored as above (one as gold,
the other as prediction; F1 is symmetric), and so is the system (tagger
plus rules) against each annotation except the first of a train article,
the one the tagger was fitted on.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.attribution import find_attributions
from factcheck.attribution.lexicon import _LEXICON_PATH
from factcheck.segment import split_sentences

DATA = ROOT.parent / "shared" / "data" / "polnear" / "data"
ROLES = ("Source", "Cue", "Content")
_TRIM = " \t\r\n,.;:"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def load_gold(ann: Path, text: str) -> dict[str, set[tuple[int, int]]]:
    """Gold spans per role from one brat ``.ann`` file."""
    spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
    rels: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) > 1 and " " in parts[1]:
            label, ranges = parts[1].split(" ", 1)
            spans[parts[0]] = {label: [tuple(map(int, r.split())) for r in ranges.split(";")]}
        elif line.startswith("E") and len(parts) > 1:
            rels.append(dict(x.split(":", 1) for x in parts[1].split()))
    gold: dict[str, set[tuple[int, int]]] = {r: set() for r in ROLES}
    for rel in rels:
        for role in ROLES:
            tid = rel.get(role)
            if tid and tid in spans:
                for a, b in spans[tid].get(role, []):
                    s = _trim(text, a, b)
                    if s[1] > s[0]:
                        gold[role].add(s)
    return gold


def predict(
    text: str, lexicon: object = _LEXICON_PATH, tagger: object | None = None, prefer: str = "tagger", spans: tuple | None = None
) -> dict[str, set[tuple[int, int]]]:
    """Predicted spans per role (``lexicon``, ``tagger`` and ``prefer`` as in :func:`find_attributions`)."""
    out: dict[str, set[tuple[int, int]]] = {r: set() for r in ROLES}
    found = spans if spans is not None else find_attributions(text, lexicon=lexicon, tagger=tagger, prefer=prefer)
    for sp in found:
        cue = _trim(text, *sp.cue)
        if cue[1] > cue[0]:  # a bare ":" cue trims to nothing, as gold ones do (load_gold drops them)
            out["Cue"].add(cue)
        if sp.source is not None:
            out["Source"].add(_trim(text, *sp.source))
        for c in sp.content:
            s = _trim(text, *c)
            if s[1] > s[0]:
                out["Content"].add(s)
    return out


def _overlaps(s: tuple[int, int], others: set[tuple[int, int]]) -> bool:
    return any(s[0] < b and a < s[1] for a, b in others)


class _Memo:
    """Runs the tagger once per article for every configuration that uses it."""

    def __init__(self, tagger: object) -> None:
        self.tagger = tagger
        self.cache: dict[str, tuple] = {}
        self.seconds = 0.0

    def find(self, text: str, sentences: object = None) -> tuple:
        if text not in self.cache:
            t0 = time.perf_counter()
            self.cache[text] = self.tagger.find(text, sentences)  # type: ignore[attr-defined]
            self.seconds += time.perf_counter() - t0
        return self.cache[text]


def _held_out(name: str) -> bool:
    import hashlib

    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 10 == 0


def _annotation_files(folder: Path) -> dict[str, list[Path]]:
    """Each article's ``.ann`` files in ``folder/attributions``, sorted by name (one per annotator)."""
    out: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        out.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return out


def _counts(gold: set[tuple[int, int]], pred: set[tuple[int, int]], overlap: bool) -> tuple[int, int, int, int]:
    """(true predictions, predictions, found gold spans, gold spans) for one role."""
    if overlap:
        return sum(_overlaps(s, gold) for s in pred), len(pred), sum(_overlaps(s, pred) for s in gold), len(gold)
    return len(pred & gold), len(pred), len(gold & pred), len(gold)


def _prf(c: list[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 from :func:`_counts` totals."""
    p = c[0] / c[1] if c[1] else 0.0
    r = c[2] / c[3] if c[3] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def agreement(threads: int = 1, tagger_dir: Path | None = None) -> int:
    """Print annotator-annotator and system-annotator F1 on the multiply annotated articles."""
    from itertools import combinations

    from factcheck.tagger import AttributionTagger

    files = {} if tagger_dir is None else {"weights": tagger_dir / "tagger.npz", "config": tagger_dir / "tagger.json"}
    tagger = AttributionTagger(threads=threads, **files).build()
    counts: dict[tuple[str, str, bool], list[int]] = {}
    n_articles = n_pairs = n_sys = 0
    for split in ("train", "dev"):
        folder = DATA / split
        for name, anns in sorted(_annotation_files(folder).items()):
            if len(anns) < 2:
                continue
            n_articles += 1
            text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
            golds = [load_gold(a, text) for a in anns]
            pred = predict(text, tagger=tagger)
            pairs = [("annotators", a, b) for a, b in combinations(golds, 2)]
            unseen = golds[1:] if split == "train" and not _held_out(name) else golds
            pairs += [("system", g, pred) for g in unseen]
            n_pairs += len(golds) * (len(golds) - 1) // 2
            n_sys += len(unseen)
            for who, gold, other in pairs:
                for r in ROLES:
                    for overlap in (False, True):
                        c = counts.setdefault((who, r, overlap), [0, 0, 0, 0])
                        for i, v in enumerate(_counts(gold[r], other[r], overlap)):
                            c[i] += v
    print(f"PolNeAR train + dev: {n_articles} articles annotated more than once, "
          f"{n_pairs} annotator pairs, {n_sys} system-annotator pairs")
    print(f"{'role':<8} {'match':<8} | {'annotators F1':>13} | {'system F1':>9}")
    for r in ROLES:
        for overlap in (False, True):
            m = "overlap" if overlap else "exact"
            print(f"{r:<8} {m:<8} | {_prf(counts[('annotators', r, overlap)])[2]:13.3f} | {_prf(counts[('system', r, overlap)])[2]:9.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train", "heldout"),
                    help="heldout = the tenth of train the tagger was not fitted on")
    ap.add_argument("--limit", type=int, default=0, help="articles to use (0 = all)")
    ap.add_argument("--no-tagger", action="store_true", help="score the rules only")
    ap.add_argument("--tagger", type=Path, default=None, help="folder with tagger.npz / tagger.json (default: packaged)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for the tagger")
    ap.add_argument("--agreement", action="store_true",
                    help="annotator agreement on the articles PolNeAR annotated more than once, and the system's")
    args = ap.parse_args(argv)
    if args.agreement:
        return agreement(args.threads, args.tagger)
    folder = DATA / ("train" if args.split == "heldout" else args.split)
    if not folder.is_dir():
        print(f"PolNeAR not found at {folder}; see ../shared/data/README.md", file=sys.stderr)
        return 2
    anns = {name: files[0] for name, files in _annotation_files(folder).items()}
    names = sorted(anns)
    if args.split == "heldout":
        names = [n for n in names if _held_out(n)]
    if args.limit:
        names = names[: args.limit]
    golds = {}
    n_chars = n_sents = 0
    for name in names:
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        n_chars += len(text)
        n_sents += len(split_sentences(text))
        golds[name] = (text, load_gold(anns[name], text))
    print(f"PolNeAR {args.split}: {len(names)} articles, {n_sents} sentences, {n_chars} chars")
    configs: dict[str, dict] = {"builtin": {"lexicon": None}, "learned": {"lexicon": _LEXICON_PATH}}
    memo = None
    if not args.no_tagger:
        from factcheck.tagger import AttributionTagger

        files = {} if args.tagger is None else {"weights": args.tagger / "tagger.npz", "config": args.tagger / "tagger.json"}
        memo = _Memo(AttributionTagger(threads=args.threads, **files).build())
        configs["tagger"] = {"only_tagger": True}
        configs["merged"] = {"lexicon": _LEXICON_PATH, "tagger": memo, "prefer": "tagger"}
        configs["merged-r"] = {"lexicon": _LEXICON_PATH, "tagger": memo, "prefer": "rules"}
    results: dict[str, dict[tuple[str, str], tuple[float, float, float]]] = {}
    timing: dict[str, float] = {}
    for config, kw in configs.items():
        counts = {(r, m): [0, 0, 0, 0] for r in ROLES for m in ("exact", "overlap")}  # tp_p, n_p, tp_g, n_g
        t0 = time.perf_counter()
        tag_before = memo.seconds if memo else 0.0
        for name in names:
            text, gold = golds[name]
            if kw.get("only_tagger"):
                pred = predict(text, spans=memo.find(text))  # type: ignore[union-attr]
            else:
                pred = predict(text, **kw)
            for r in ROLES:
                for m in ("exact", "overlap"):
                    c = counts[(r, m)]
                    for i, v in enumerate(_counts(gold[r], pred[r], overlap=m == "overlap")):
                        c[i] += v
        elapsed = time.perf_counter() - t0
        if memo is not None and ("tagger" in kw or kw.get("only_tagger")) and memo.seconds == tag_before:
            elapsed += memo.seconds  # the tagger ran in an earlier configuration; count it here too
        timing[config] = elapsed
        results[config] = {key: _prf(c) for key, c in counts.items()}
    head = f"{'role':<8} {'match':<8}" + "".join(f" | {c:^20}" for c in configs)
    print(head)
    print(f"{'':<8} {'':<8}" + "".join(f" | {'P':>6} {'R':>6} {'F1':>6}" for _ in configs))
    for r in ROLES:
        for m in ("exact", "overlap"):
            print(f"{r:<8} {m:<8}" + "".join(" | {:6.3f} {:6.3f} {:6.3f}".format(*results[c][(r, m)]) for c in configs))
    print("sentences/s (single thread, shared machine, scoring included): "
          + ", ".join(f"{c} {n_sents / t:.0f}" for c, t in timing.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
