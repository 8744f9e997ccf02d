"""The combined assessor on public claim-evidence sets that no model of the project was trained on.

Sets (all under ``../shared/data/``; none is read by any training script):

* ``fever_adversarial`` — FEVER 2.0 adversarial claims against their Wikipedia
  evidence sentence (SUPPORTS / REFUTES / NOT ENOUGH INFO), 766 pairs;
* ``fever_triggers`` — FEVER claims with universal adversarial trigger words
  appended, 186 pairs;
* ``wice`` — WiCE claim-level *oracle chunks* test split (not the original WiCE
  retrieval task): a Wikipedia sentence against the cited web page's sentences
  that annotators marked as evidence, plus distractor sentences. Labels are
  supported / partially_supported / not_supported; scored as binary "supported
  vs not", taking, as the dataset's README advises, the highest support
  probability over a claim's chunks (one per annotator).
* ``averitec`` — AVeriTeC dev: 500 real-world claims with the question-answer
  evidence annotators gathered from the web, and a 4-way verdict. Each answer,
  with its question ("Q? A."), is a passage whose origin is its source URL's
  site; :func:`factcheck.score.score_claim` turns the assessed passages into a
  verdict (the evidence is given, not retrieved). Verdicts are compared as
  Supported = supported, Refuted = contradicted, Not Enough Evidence =
  unverified, Conflicting Evidence/Cherrypicking = disputed.

FEVER text comes in Penn Treebank tokens (``-LRB-``, `` , ``); they are turned
back into plain text before the assessor reads it. Nothing else is changed.

Tables: FEVER 3-way accuracy, balanced accuracy and macro-F1 per set, model
alone and combined :class:`~factcheck.verify.Assessor`; WiCE binary accuracy,
balanced accuracy, supported precision / recall / F1 at the assessor's own
decision (stance == supports) and ROC AUC of P(supports).

Usage::

    OMP_NUM_THREADS=2 .venv/bin/python bench/eval_unseen.py [--threads 2] [--limit N] [--focus WORDS]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data"
LABELS = ("supports", "refutes", "neutral")
_FEVER_LABEL = {"SUPPORTS": 0, "REFUTES": 1, "NOT ENOUGH INFO": 2}
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


def detokenize(text: str) -> str:
    """Plain text from Penn Treebank tokens ("Hayes -LRB- born 1961 -RRB- ," -> "Hayes (born 1961),")."""
    for tok, ch in _PTB.items():
        text = text.replace(tok, ch)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+(['’](?:s|re|ve|ll|d|m|t)\b|n't\b)", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def _jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_fever(name: str, limit: int = 0) -> list[tuple[str, str, int]]:
    """(claim, evidence, label id) rows of one FEVER set."""
    rows = [(detokenize(r["claim"]), detokenize(r["evidence"]), _FEVER_LABEL[r["label"]])
            for r in _jsonl(DATA / "fever-adversarial-triggers" / name / "test.jsonl")]  # fmt: skip
    return rows[:limit] if limit else rows


def load_wice(limit: int = 0) -> list[tuple[str, str, str, str]]:
    """(claim id, claim, chunk text, label) rows of the WiCE claim-level oracle test chunks."""
    rows = [(r["meta"]["id"], r["claim"], " ".join(r["evidence"]), r["label"])
            for r in _jsonl(DATA / "wice" / "oracle_chunks" / "claim" / "test.jsonl")]  # fmt: skip
    if limit:
        keep = list(dict.fromkeys(r[0] for r in rows))[:limit]
        rows = [r for r in rows if r[0] in set(keep)]
    return rows


_AVERITEC = {"Supported": "supported", "Refuted": "contradicted", "Not Enough Evidence": "unverified",
             "Conflicting Evidence/Cherrypicking": "disputed"}  # fmt: skip


def load_averitec(limit: int = 0) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(claim, expected verdict, [(passage, site), ...]) rows of AVeriTeC dev; unanswerable answers dropped."""
    from urllib.parse import urlparse

    rows = []
    for r in json.loads((DATA / "averitec" / "data" / "dev.json").read_text(encoding="utf-8")):
        passages = []
        for q in r.get("questions") or []:
            for a in q.get("answers") or []:
                if a.get("answer_type") == "Unanswerable" or not str(a.get("answer", "")).strip():
                    continue
                url = a.get("source_url") or ""
                site = urlparse(url.split("/http", 1)[-1] if "web.archive.org" in url else url).netloc or "unknown"
                passages.append((f"{q['question'].strip()} {str(a['answer']).strip()}", site.removeprefix("www.")))
        rows.append((r["claim"], _AVERITEC[r["label"]], passages))
    return rows[:limit] if limit else rows


def metrics(y: np.ndarray, pred: np.ndarray, k: int = 3) -> tuple[float, float, float]:
    """(accuracy, balanced accuracy, macro-F1) over the classes present in ``y``."""
    acc = float((y == pred).mean()) if len(y) else 0.0
    recalls, f1s = [], []
    for c in range(k):
        g, p = y == c, pred == c
        if not g.any():
            continue
        tp = float((g & p).sum())
        r = tp / g.sum()
        pr = tp / p.sum() if p.any() else 0.0
        recalls.append(r)
        f1s.append(2 * pr * r / (pr + r) if pr + r else 0.0)
    return acc, float(np.mean(recalls)), float(np.mean(f1s))


def roc_auc(y: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve (ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    allv = np.concatenate([pos, neg])[order]
    i = 0
    while i < len(allv):  # average ranks of ties
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    """Print a Markdown table."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(f"{x:.3f}" if isinstance(x, float) else str(x) for x in row) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=2, help="torch threads")
    ap.add_argument("--limit", type=int, default=0, help="rows per FEVER set / claims of WiCE (0 = all)")
    ap.add_argument("--focus", type=int, default=None, help="focus_words of the assessor (default: its own)")
    ap.add_argument("--skip-wice", action="store_true")
    ap.add_argument("--skip-averitec", action="store_true")
    args = ap.parse_args(argv)
    if not (DATA / "fever-adversarial-triggers").is_dir():
        print(f"shared data not found at {DATA}; see ../shared/data/README.md", file=sys.stderr)
        return 2

    from factcheck.verify import Assessor

    kw: dict[str, object] = {"threads": args.threads}
    if args.focus is not None:
        kw["focus_words"] = args.focus
    assessor = Assessor(**kw)  # type: ignore[arg-type]
    cross = assessor._cross_model()
    print(f"assessor: {'cross-encoder' if cross is not None else 'sentence head'} + slot rules")

    rows = []
    for name in ("fever_adversarial", "fever_triggers"):
        data = load_fever(name, args.limit)
        t0 = time.perf_counter()
        out = assessor.assess_many([(c, e) for c, e, _ in data])
        y = np.array([lab for _, _, lab in data])
        comb = np.array([LABELS.index(a.stance.value) for a in out])
        alone = np.array([int(np.argmax(a.probabilities)) for a in out])
        if cross is not None:
            alone = cross.predict_proba([c for c, _, _ in data], [e for _, e, _ in data]).argmax(axis=1)
        counts = np.bincount(y, minlength=3)
        rows.append([name, len(data), f"{counts[0]}/{counts[1]}/{counts[2]}", *metrics(y, alone)[1:], *metrics(y, comb)])
        print(f"[{name}: {len(data)} pairs in {time.perf_counter() - t0:.0f}s]", flush=True)
    table(
        "FEVER 2.0 adversarial and trigger pairs, 3-way (never trained on)",
        ["set", "n", "sup/ref/nei", "model bal-acc", "model F1", "assessor acc", "assessor bal-acc", "assessor F1"],
        rows,
    )

    if not args.skip_wice:
        wice = load_wice(args.limit)
        t0 = time.perf_counter()
        out = assessor.assess_many([(c, e) for _, c, e, _ in wice])
        best: dict[str, float] = defaultdict(float)
        decided: dict[str, bool] = defaultdict(bool)
        label: dict[str, str] = {}
        for (cid, _, _, lab), a in zip(wice, out):
            best[cid] = max(best[cid], a.probabilities[0])
            decided[cid] = decided[cid] or a.stance.value == "supports"
            label[cid] = lab
        ids = sorted(label)
        y = np.array([label[i] == "supported" for i in ids], dtype=int)
        pred = np.array([decided[i] for i in ids], dtype=int)
        score = np.array([best[i] for i in ids])
        tp = int(((pred == 1) & (y == 1)).sum())
        prec = tp / pred.sum() if pred.sum() else 0.0
        rec = tp / y.sum() if y.sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        acc, bal, _ = metrics(y, pred, 2)
        dist = {lab: sum(1 for i in ids if label[i] == lab) for lab in ("supported", "partially_supported", "not_supported")}
        print(f"[wice: {len(ids)} claims, {len(wice)} chunks in {time.perf_counter() - t0:.0f}s; {dist}]", flush=True)
        table(
            "WiCE claim-level oracle chunks (test), supported vs not (never trained on)",
            ["claims", "supported", "accuracy", "bal-acc", "precision", "recall", "F1", "ROC AUC of P(supports)"],
            [[len(ids), int(y.sum()), acc, bal, prec, rec, f1, roc_auc(y, score)]],
        )
    if not args.skip_averitec:
        averitec(assessor, args.limit)
    return 0


def averitec(assessor, limit: int = 0) -> None:
    """Verdicts on AVeriTeC dev from its own question-answer evidence."""
    from factcheck.model import Claim, Evidence
    from factcheck.score import score_claim

    rows = load_averitec(limit)
    t0 = time.perf_counter()
    pairs = [(c, p) for c, _, ps in rows for p, _ in ps]
    out = iter(assessor.assess_many(pairs))
    verdicts = ("supported", "contradicted", "unverified", "disputed")
    confusion = {(e, v): 0 for e in verdicts for v in verdicts}
    for i, (claim, expected, ps) in enumerate(rows):
        ev = []
        for k, (passage, site) in enumerate(ps):
            a = next(out)
            ev.append(Evidence(doc_id=f"{i}-{k}", passage=passage, start=0, end=len(passage), stance=a.stance,
                               score=a.score, origin=site, outlet=site, mismatches=a.mismatches))  # fmt: skip
        got = score_claim(Claim(id=f"c{i}", text=claim, start=0, end=len(claim)), ev).verdict.value
        confusion[(expected, got)] += 1
    print(f"[averitec: {len(rows)} claims, {len(pairs)} question-answer passages in {time.perf_counter() - t0:.0f}s]")
    n = len(rows)
    right = sum(confusion[(v, v)] for v in verdicts)
    recall = {v: confusion[(v, v)] / max(1, sum(confusion[(v, g)] for g in verdicts)) for v in verdicts}
    table(
        "AVeriTeC dev, verdict from its own question-answer evidence (never trained on)",
        ["expected", "n", *verdicts, "recall"],
        [[v, sum(confusion[(v, g)] for g in verdicts), *(confusion[(v, g)] for g in verdicts), recall[v]] for v in verdicts],
    )
    print(f"\naccuracy {right / n:.3f}, balanced accuracy {np.mean(list(recall.values())):.3f} over {n} claims")


if __name__ == "__main__":
    raise SystemExit(main())
