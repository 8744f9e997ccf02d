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
4. source-sentence perturbations: the claim is the held-out passage's sentence
   closest to the pair's claim, changed in one number, date or name (gold
   REFUTES) or as written (gold SUPPORTS): claims whose only difference from
   the source is that value (:func:`source_sentences`);
5. throughput of the combined assessor with the real models (pairs/s).

Each table shows the sentence-embedding head ("head") and the cross-encoder
("cross", ``factcheck/data/crossencoder``) side by side.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python bench/eval_stance.py [--threads 2] [--skip-speed] [--cross PATH]
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

from train_stance import (
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


class MemoCross:
    """A cross-encoder view that remembers the probabilities of pairs it has scored (bench only)."""

    def __init__(self, cross) -> None:
        self.cross = cross
        self.memo: dict[tuple[str, str], np.ndarray] = {}

    def predict_proba(self, claims, passages) -> np.ndarray:
        todo = list(dict.fromkeys((c, p) for c, p in zip(claims, passages) if (c, p) not in self.memo))
        if todo:
            probs = self.cross.predict_proba([c for c, _ in todo], [p for _, p in todo])
            self.memo.update(zip(todo, probs))
        return np.stack([self.memo[(c, p)] for c, p in zip(claims, passages)])


def predict(assessor, pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray]:
    """(model-alone predictions, combined assessor predictions)."""
    from factcheck.stance import featurize

    claims = [p.claim for p in pairs]
    passages = [p.evidence for p in pairs]
    cross = assessor._cross_model()
    if cross is not None:
        alone = cross.predict_proba(claims, passages).argmax(axis=1)
    else:
        embedder, model = assessor._load()
        u, v = embedder.encode(claims), embedder.encode(passages)
        alone = model.predict_proba(featurize(u, v, claims, passages), u.shape[1]).argmax(axis=1)
    out = assessor.assess_many([(p.claim, p.evidence) for p in pairs])
    idx = {s: i for i, s in enumerate(LABELS)}
    return alone, np.array([idx[a.stance.value] for a in out])


# --------------------------------------------------------------------------- perturbations

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


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
            new_txt = f"{round(new):,}"
        else:
            new_txt = str(round(new))
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


def source_sentences(test: list[Pair], names: list[str], rng: random.Random) -> list[tuple[str, str, str, int]]:
    """Claims that restate one sentence of a held-out passage, changed in one number, date or name.

    For each distinct passage, the sentence (6 to 60 words) sharing most content
    words with the pair's claim is the claim; :func:`perturb` changes one of its
    values. Returns ``(kind, claim, passage, gold)`` rows: gold 1 (refutes) for the
    changed sentence, 0 (supports) for the sentence as written.
    """
    from factcheck.segment import split_sentences
    from factcheck.slots import content_words

    out: list[tuple[str, str, str, int]] = []
    seen: set[str] = set()
    for p in test:
        if p.evidence in seen:
            continue
        seen.add(p.evidence)
        cw = content_words(p.claim)
        sents = [s.text for s in split_sentences(p.evidence) if 6 <= len(s.text.split()) <= 60]
        if not sents:
            continue
        best = max(sents, key=lambda s: len(cw & content_words(s)))
        changed = perturb(Pair(best, p.evidence, 0, p.dataset, p.group), names, rng)
        if changed:
            out.append((changed[0], changed[1], p.evidence, 1))
            out.append((changed[0], best, p.evidence, 0))
    return out


# --------------------------------------------------------------------------- main


def throughput(args: argparse.Namespace, test: list[Pair], kw: dict[str, object], figures: dict[str, object]) -> None:
    """Pairs per second of the combined Assessor on VitaminC held-out pairs, each model and runtime."""
    import torch

    from factcheck.verify import Assessor

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
    for name, flag, backend in (("head", False, "torch"), ("cross", True, "torch"), ("cross-onnx-int8", True, "onnx")):
        for label, work in (
            ("distinct texts", [(p.claim, p.evidence) for p in sample]),
            ("each claim vs 5 passages", one_to_many),
        ):
            fresh = Assessor(emb, model_path=args.model, cross_encoder=flag, cross_path=args.cross,
                             threads=args.threads, **{**kw, "cross_backend": backend})  # fmt: skip
            fresh._load()
            fresh.assess_many(work[:8])  # warm up (loads the cross-encoder)
            fresh._cache.clear()
            t0 = time.perf_counter()
            fresh.assess_many(work)
            dt = time.perf_counter() - t0
            srows.append([name, label, len(work), dt, len(work) / dt])
            figures.setdefault(name, {})[f"pairs_per_s_{label}"] = round(len(work) / dt, 1)  # type: ignore[index]
    table(
        f"Throughput, combined Assessor, real models, {args.threads} threads (shared 2-core machine)",
        ["model", "workload", "pairs", "seconds", "pairs/s"],
        srows,
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", type=int, default=2, help="torch threads for the throughput run")
    ap.add_argument("--eval-threads", type=int, default=1, help="torch threads for the accuracy runs")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true", help="only the throughput table")
    ap.add_argument("--focus", type=int, default=None, help="focus_words of the cross-encoder assessor")
    ap.add_argument("--model", default=None, help="sentence-head artefact base path (default: packaged)")
    ap.add_argument("--cross", default=None, help="cross-encoder artefact base path (default: packaged)")
    ap.add_argument("--backend", default="torch", choices=("torch", "onnx"), help="cross-encoder runtime")
    ap.add_argument("--cascade", type=float, default=None, help="cascade_overlap of the cross-encoder assessor")
    ap.add_argument("--json-out", type=Path, default=None, help="also write the key figures to this JSON file")
    args = ap.parse_args(argv)
    figures: dict[str, object] = {}

    import torch

    from factcheck.stance import CrossEncoderStance
    from factcheck.verify import Assessor

    torch.set_num_threads(args.eval_threads)
    pairs = load_pairs()
    test = select(pairs, "test", TEST_CAPS)
    cache = EmbeddingCache(make_embedder(1))
    cache.ensure([t for p in test for t in (p.claim, p.evidence)])
    kw: dict[str, object] = {"cross_backend": args.backend}
    if args.cascade is not None:
        kw["cascade_overlap"] = args.cascade
    if args.focus is not None:
        kw["focus_words"] = args.focus
    if args.speed_only:
        throughput(args, test, kw, figures)
        if args.json_out:
            import json

            args.json_out.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        return
    systems = {"head": Assessor(CachedEmbedder(cache), model_path=args.model, cross_encoder=False)}
    cross = Assessor(CachedEmbedder(cache), model_path=args.model, cross_encoder=True, cross_path=args.cross, **kw)
    memo = MemoCross(CrossEncoderStance(args.cross, backend=args.backend, threads=args.eval_threads).build())
    cross._cross, cross._cross_tried = memo, True
    systems["cross"] = cross
    y = np.array([p.label for p in test])

    rows = []
    preds = {}
    for name, assessor in systems.items():
        t0 = time.perf_counter()
        preds[name] = predict(assessor, test)
        print(f"[{name}: {len(test)} held-out pairs in {time.perf_counter() - t0:.0f}s]", flush=True)
    groups = [(ds, np.array([p.dataset == ds for p in test])) for ds in TEST_CAPS]
    groups.append(("all (pooled)", np.ones(len(test), dtype=bool)))
    for ds, m in groups:
        row: list[object] = [ds, int(m.sum())]
        for name in systems:
            alone, comb = preds[name]
            _, b1, f1 = metrics(y[m], alone[m])
            _, b2, f2 = metrics(y[m], comb[m])
            row += [b1, f1, b2, f2]
            figures.setdefault(name, {})[ds] = {"bal_acc": round(b1, 4), "macro_f1": round(f1, 4),  # type: ignore[index]
                                                "assessor_bal_acc": round(b2, 4), "assessor_macro_f1": round(f2, 4)}
        rows.append(row)
    header = ["dataset", "n"]
    for name in systems:
        header += [f"{name} bal-acc", f"{name} F1", f"{name}+slots bal-acc", f"{name}+slots F1"]
    table("Held-out 3-way stance (model alone, and the combined Assessor = slot rules + model)", header, rows)

    slot_table(test, figures)

    # Contrastive VitaminC pairs.
    by_case: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(test):
        if p.dataset.startswith("vitaminc"):
            by_case[(p.dataset, p.case)].append(i)
    crow = []
    for ds in ("vitaminc_real", "vitaminc_synthetic"):
        row = [ds]
        for name in systems:
            comb = preds[name][1]
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
            row += [n, both / max(n, 1), flipped / max(n, 1)] if name == "head" else [both / max(n, 1), flipped / max(n, 1)]
            figures[name][f"contrastive_both_right_{ds}"] = round(both / max(n, 1), 4)  # type: ignore[index]
        crow.append(row)
    table(
        "VitaminC contrastive pairs, combined Assessor (one side changed, labels differ)",
        ["dataset", "pairs", "head both right", "head flipped", "cross both right", "cross flipped"],
        crow,
    )

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
    perturbation_table(
        "One-slot perturbations of held-out supported claims, combined Assessor (changed -> should refute)",
        "perturbation", made, systems, cache, figures,
    )
    perturbation_table(
        "Source sentences changed in one slot: the claim is a sentence of the held-out passage with one number, "
        "date or name changed (-> should refute) or unchanged (-> should support)",
        "source_sentence", source_sentences(test, names, random.Random(7)), systems, cache, figures,
    )

    if not args.skip_speed:
        throughput(args, test, kw, figures)
    if args.json_out:
        import json

        args.json_out.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")


def slot_table(test: list[Pair], figures: dict[str, object]) -> None:
    """How often the slot rules alone refute held-out pairs, by gold label (what they add to any model)."""
    from factcheck.slots import analyze
    from factcheck.verify import DECISIVE_KINDS, Assessor

    gate = Assessor(cross_encoder=False)  # only its thresholds are read
    rows = []
    for lab, name in enumerate(LABELS):
        sel = [p for p in test if p.label == lab]
        hits = 0
        for p in sel:
            rep = analyze(p.claim, p.evidence)
            decisive = any(m.kind in DECISIVE_KINDS for m in rep.mismatches)
            hits += decisive and (rep.best_sentence_overlap >= gate.refute_overlap or rep.mismatch_overlap >= gate.refute_rest)
        rows.append([name, len(sel), hits / max(len(sel), 1)])
        figures.setdefault("slots", {})[f"refutes_gold_{name}"] = round(hits / max(len(sel), 1), 4)  # type: ignore[index]
    table("Slot rules alone on held-out pairs: share refuted, by gold label", ["gold", "n", "refuted by slots"], rows)


def perturbation_table(
    title: str, key: str, made: list[tuple[str, str, str, int]], systems: dict[str, object], cache: EmbeddingCache,
    figures: dict[str, object],
) -> None:  # fmt: skip
    """Print how often each system refutes the changed claims and supports the unchanged ones."""
    cache.ensure([t for _, c, e, _ in made for t in (c, e)], log=False)
    prow = []
    for name, assessor in systems.items():
        res = assessor.assess_many([(c, e) for _, c, e, _ in made])  # type: ignore[attr-defined]
        for kind in ("number", "date", "name", "all"):
            sel = [(r, g) for (k, _, _, g), r in zip(made, res) if kind in (k, "all")]
            changed = [r for r, g in sel if g == 1]
            kept = [r for r, g in sel if g == 0]
            ref_ok = sum(r.stance.value == "refutes" for r in changed) / max(len(changed), 1)
            ref_mis = sum(r.stance.value == "refutes" and bool(r.mismatches) for r in changed) / max(len(changed), 1)
            sup_ok = sum(r.stance.value == "supports" for r in kept) / max(len(kept), 1)
            not_ref = sum(r.stance.value != "refutes" for r in kept) / max(len(kept), 1)
            both = sum(a.stance.value == "refutes" and b.stance.value == "supports" for a, b in zip(changed, kept))
            prow.append([name, kind, len(changed), ref_ok, ref_mis, sup_ok, not_ref, both / max(len(changed), 1)])
            figures[name][f"{key}_refutes_{kind}"] = round(ref_ok, 4)  # type: ignore[index]
            figures[name][f"{key}_kept_supports_{kind}"] = round(sup_ok, 4)  # type: ignore[index]
    table(
        title,
        ["model", "slot", "pairs", "changed: refutes", "…with mismatch", "original: supports", "original: not refuted",
         "pair both right"],
        prow,
    )  # fmt: skip


if __name__ == "__main__":
    main()
