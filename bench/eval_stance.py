"""Evaluate the stance model and the combined assessor on held-out public data.

Held-out = the ``test`` split of ``scripts/train_stance.py`` (sha1(dataset +
group) % 100 >= 80; groups are VitaminC case ids, Check-COVID claim families,
ANLI contexts, Factcheck-GPT claims), never used for training or calibration.
Embeddings come from the same /tmp cache as training (computed on a miss).

Tables printed:

1. per dataset: 3-way accuracy, balanced accuracy, macro-F1 for the learned head
   alone and for the combined :class:`~factcheck.verify.Assessor`;
2. VitaminC contrastive pairs: pairs of rows of one case with different gold
   labels (one changed number or word); "both right" = both predictions correct,
   "flipped" = the two predictions differ;
3. slot perturbations: held-out SUPPORTS pairs whose claim states a number,
   year / date or name also found in the evidence; the claim is changed in that
   one value only (gold REFUTES) and kept as is (gold SUPPORTS);
4. throughput of the combined assessor with the real embedder (pairs/s).

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python bench/eval_stance.py [--threads 2] [--skip-speed]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_stance import (  # noqa: E402
    TEST_CAPS,
    CachedEmbedder,
    EmbeddingCache,
    Pair,
    load_pairs,
    make_embedder,
    select,
)

LABELS = ("supports", "refutes", "neutral")


def metrics(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    """(accuracy, balanced accuracy, macro-F1) over the classes present in ``y``."""
    acc = float((y == pred).mean()) if len(y) else float("nan")
    classes = [c for c in range(3) if (y == c).any()]
    recalls, f1s = [], []
    for c in classes:
        tp = float(((pred == c) & (y == c)).sum())
        rec = tp / float((y == c).sum())
        prec = tp / float((pred == c).sum()) if (pred == c).any() else 0.0
        recalls.append(rec)
        f1s.append(0.0 if rec + prec == 0 else 2 * rec * prec / (rec + prec))
    return acc, float(np.mean(recalls)), float(np.mean(f1s))


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    print(f"\n{title}")
    widths = [max(len(str(h)), *(len(_fmt(r[i])) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(_fmt(x).ljust(w) for x, w in zip(r, widths)))


def _fmt(x: object) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def predict(assessor, pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray]:
    """(head-only predictions, combined predictions)."""
    from factcheck.stance import featurize

    embedder, model = assessor._load()
    claims = [p.claim for p in pairs]
    passages = [p.evidence for p in pairs]
    u, v = embedder.encode(claims), embedder.encode(passages)
    head = model.predict_proba(featurize(u, v, claims, passages), u.shape[1]).argmax(axis=1)
    out = assessor.assess_many([(p.claim, p.evidence) for p in pairs])
    idx = {s: i for i, s in enumerate(LABELS)}
    return head, np.array([idx[a.stance.value] for a in out])


# --------------------------------------------------------------------------- perturbations

_MONTHS = "January February March April May June July August September October November December".split()


def perturb(pair: Pair, names: list[str], rng: random.Random) -> tuple[str, str] | None:
    """Change one number, year/date or name of the claim that the evidence also states."""
    from factcheck.slots import SlotKind, extract_slots, names_match

    ev_slots = extract_slots(pair.evidence)
    options = []
    for s in extract_slots(pair.claim):
        if s.kind is SlotKind.NUMBER and s.text in pair.evidence and not s.bound and not s.approx:
            m = re.search(r"\d[\d,]*(?:\.\d+)?", s.text)
            if m:
                options.append(("number", s, m))
        elif s.kind is SlotKind.DATE and s.value[0] == "year" and s.text in pair.evidence and not s.bound:
            options.append(("date", s, None))
        elif s.kind is SlotKind.DATE and s.value[0] in ("md", "month") and s.text in pair.evidence and not s.bound:
            options.append(("month", s, None))
        elif s.kind is SlotKind.ENTITY and len(s.text.split()) >= 2 and any(
            e.kind is SlotKind.ENTITY and names_match(e.text, s.text) for e in ev_slots
        ):
            options.append(("name", s, None))
    if not options:
        return None
    kind, s, m = rng.choice(options)
    if kind == "number":
        digits = m.group(0)
        val = float(digits.replace(",", ""))
        new = val * rng.choice([0.5, 0.7, 1.3, 1.6, 2.0]) if val >= 10 else val + rng.choice([2, 3, 4])
        if "." in digits:
            new_txt = f"{new:.{len(digits.split('.')[1])}f}"
        elif "," in digits:
            new_txt = f"{int(round(new)):,}"
        else:
            new_txt = str(int(round(new)))
        if new_txt == digits:
            return None
        repl = s.text.replace(digits, new_txt, 1)
    elif kind == "date":
        repl = str(s.value[1] + rng.choice([-3, -2, -1, 1, 2, 3]))
    elif kind == "month":
        month = _MONTHS[(s.value[1] - 1 + rng.choice([2, 3, 4, 5])) % 12]
        repl = re.sub(r"[A-Z][a-z]+\.?", month, s.text, count=1)
    else:
        others = [n for n in names if not names_match(n, s.text) and n not in pair.evidence]
        if not others:
            return None
        repl = rng.choice(others)
    new_claim = pair.claim[: s.start] + repl + pair.claim[s.end :]
    return (kind if kind != "month" else "date"), new_claim


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", type=int, default=2, help="torch threads for the throughput run")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--model", default=None, help="stance artefact base path (default: packaged)")
    args = ap.parse_args(argv)

    from factcheck.verify import Assessor

    pairs = load_pairs()
    test = select(pairs, "test", TEST_CAPS)
    cache = EmbeddingCache(make_embedder(1))
    cache.ensure([t for p in test for t in (p.claim, p.evidence)])
    assessor = Assessor(CachedEmbedder(cache), model_path=args.model)

    head, comb = predict(assessor, test)
    y = np.array([p.label for p in test])
    rows = []
    groups = [(ds, np.array([p.dataset == ds for p in test])) for ds in TEST_CAPS]
    groups.append(("all (pooled)", np.ones(len(test), dtype=bool)))
    for ds, m in groups:
        a1, b1, f1 = metrics(y[m], head[m])
        a2, b2, f2 = metrics(y[m], comb[m])
        rows.append([ds, int(m.sum()), a1, b1, f1, a2, b2, f2])
    table(
        "Held-out 3-way stance (head = learned head alone; assessor = slots + head)",
        ["dataset", "n", "head acc", "head bal-acc", "head F1", "assessor acc", "assessor bal-acc", "assessor F1"],
        rows,
    )

    # Contrastive VitaminC pairs.
    by_case: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(test):
        if p.dataset.startswith("vitaminc"):
            by_case[(p.dataset, p.case)].append(i)
    crow = []
    for ds in ("vitaminc_real", "vitaminc_synthetic"):
        n = both = flipped = 0
        for (d, _), idx in by_case.items():
            if d != ds:
                continue
            for a in range(len(idx)):
                for b in range(a + 1, len(idx)):
                    i, j = idx[a], idx[b]
                    if y[i] == y[j] or (test[i].claim != test[j].claim and test[i].evidence != test[j].evidence):
                        continue
                    n += 1
                    both += int(comb[i] == y[i] and comb[j] == y[j])
                    flipped += int(comb[i] != comb[j])
        crow.append([ds, n, both / max(n, 1), flipped / max(n, 1)])
    table("VitaminC contrastive pairs (one side changed, labels differ)", ["dataset", "pairs", "both right", "flipped"], crow)

    # Slot perturbations.
    from factcheck.slots import SlotKind, extract_slots

    rng = random.Random(7)
    sup = [p for p in test if p.label == 0]
    names = sorted({s.text for p in sup for s in extract_slots(p.claim) if s.kind is SlotKind.ENTITY and len(s.text.split()) >= 2})
    made: list[tuple[str, str, str, int]] = []
    for p in sup:
        out = perturb(p, names, rng)
        if out:
            made.append((out[0], out[1], p.evidence, 1))
            made.append((out[0], p.claim, p.evidence, 0))
    cache.ensure([t for _, c, e, _ in made for t in (c, e)], log=False)
    res = assessor.assess_many([(c, e) for _, c, e, _ in made])
    prow = []
    for kind in ("number", "date", "name", "all"):
        sel = [(r, g) for (k, _, _, g), r in zip(made, res) if kind in (k, "all")]
        changed = [r for r, g in sel if g == 1]
        kept = [r for r, g in sel if g == 0]
        ref_ok = sum(r.stance.value == "refutes" for r in changed) / max(len(changed), 1)
        ref_mis = sum(r.stance.value == "refutes" and bool(r.mismatches) for r in changed) / max(len(changed), 1)
        sup_ok = sum(r.stance.value == "supports" for r in kept) / max(len(kept), 1)
        not_ref = sum(r.stance.value != "refutes" for r in kept) / max(len(kept), 1)
        prow.append([kind, len(changed), ref_ok, ref_mis, sup_ok, not_ref])
    table(
        "One-slot perturbations of held-out supported claims (changed -> should refute)",
        ["slot", "pairs", "changed: refutes", "…with mismatch", "original: supports", "original: not refuted"],
        prow,
    )

    if not args.skip_speed:
        import torch

        torch.set_num_threads(args.threads)
        from factcheck.embed import SentenceTransformerEmbedder

        emb = SentenceTransformerEmbedder(threads=args.threads)
        emb.encode(["warm up"])
        srows = []
        sample = [p for p in test if p.dataset.startswith("vitaminc")][:400]
        many = [p for p in test if p.dataset == "vitaminc_real"]
        claims = list(dict.fromkeys(p.claim for p in many))[:80]
        evs = list(dict.fromkeys(p.evidence for p in many))[:400]
        one_to_many = [(c, evs[(i * 5 + k) % len(evs)]) for i, c in enumerate(claims) for k in range(5)]
        for label, work in (
            ("distinct texts (2 embeddings / pair)", [(p.claim, p.evidence) for p in sample]),
            ("each claim vs 5 passages", one_to_many),
        ):
            fresh = Assessor(emb, model_path=args.model)
            fresh._load()
            t0 = time.perf_counter()
            fresh.assess_many(work)
            dt = time.perf_counter() - t0
            srows.append([label, len(work), dt, len(work) / dt])
        table(
            f"Throughput, combined assessor, real embedder, torch threads={args.threads} (shared machine)",
            ["workload", "pairs", "seconds", "pairs/s"],
            srows,
        )


if __name__ == "__main__":
    main()
