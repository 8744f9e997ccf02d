"""Train the check-worthiness scorer on ClaimBuster (+ Factcheck-GPT) and write factcheck/data/checkworthy.npz.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_checkworthy.py [--data ../shared/data/claimbuster/data/two_class]

Trains a logistic regression (scikit-learn, liblinear) over the features of
:func:`factcheck.checkworthy.featurize` on ClaimBuster ``train.json`` (debate
sentences) plus four fifths of the Factcheck-GPT sentence and claim
check-worthiness rows (factual statements about named things, which debate data
alone scores low; ``--no-factcheck-gpt`` leaves them out). C is picked on a
held-out tenth of ClaimBuster train. It prints accuracy and F1 on ClaimBuster
``test.json`` and, on the held-out fifth of Factcheck-GPT (split by a hash of the
text), the share of factual rows scored at least 0.5, then writes the weights
(float32, no pickle) plus a JSON card with the figures next to them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.checkworthy import DEFAULT_PATH, N_FEATURES, featurize  # noqa: E402


def _matrix(texts):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        idx, val = featurize(t)
        rows += [r] * len(idx)
        cols += idx
        vals += val
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), N_FEATURES), dtype=np.float64)


def factcheck_gpt(folder: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(train, held-out) (text, label) rows of Factcheck-GPT check-worthiness: 1 = factual / yes."""
    rows = []
    for name, key, pos in (("subtask1_sentence_checkworthiness.jsonl", "sentence", "yes"),
                           ("subtask2_claim_checkworthiness.jsonl", "claim", "factual")):  # fmt: skip
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append((r[key], int(r["checkworthy"] == pos)))
    held = [int(hashlib.sha1(t.encode()).hexdigest(), 16) % 5 == 0 for t, _ in rows]
    return [r for r, h in zip(rows, held) if not h], [r for r, h in zip(rows, held) if h]


def main(argv=None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/claimbuster/data/two_class"))
    ap.add_argument("--factcheck-gpt", default=str(ROOT.parent / "shared/data/factcheck-gpt/subtasks"))
    ap.add_argument("--no-factcheck-gpt", action="store_true", help="train on ClaimBuster only")
    ap.add_argument("--out", default=str(DEFAULT_PATH))
    args = ap.parse_args(argv)
    train = json.loads(Path(args.data, "train.json").read_text(encoding="utf-8"))
    test = json.loads(Path(args.data, "test.json").read_text(encoding="utf-8"))
    rng = np.random.default_rng(0)
    order = rng.permutation(len(train))
    n_val = len(train) // 10
    val_i, tr_i = order[:n_val], order[n_val:]
    X = _matrix([d["text"] for d in train])
    y = np.array([int(d["label"]) for d in train])
    fg_train, fg_test = factcheck_gpt(Path(args.factcheck_gpt))
    if args.no_factcheck_gpt:
        fg_train = []  # still scored on the held-out fifth, for comparison
    best = (-1.0, 1.0)
    for c in (0.3, 1.0, 3.0, 10.0, 30.0):
        m = LogisticRegression(C=c, solver="liblinear", max_iter=2000).fit(X[tr_i], y[tr_i])
        f = f1_score(y[val_i], m.predict(X[val_i]))
        print(f"C={c:<5} validation F1 {f:.3f}")
        best = max(best, (f, c))
    if fg_train:
        from scipy.sparse import vstack

        X = vstack([X, _matrix([t for t, _ in fg_train])]).tocsr()
        y = np.concatenate([y, [label for _, label in fg_train]])
    model = LogisticRegression(C=best[1], solver="liblinear", max_iter=2000).fit(X, y)
    Xt = _matrix([d["text"] for d in test])
    yt = np.array([int(d["label"]) for d in test])
    pred = model.predict(Xt)
    acc, f1 = accuracy_score(yt, pred), f1_score(yt, pred)
    print(f"ClaimBuster test ({len(test)} sentences): accuracy {acc:.3f}  F1(check-worthy) {f1:.3f}  C={best[1]}")
    fg_card = {}
    if fg_test:
        pf = model.predict_proba(_matrix([t for t, _ in fg_test]))[:, 1]
        yf = np.array([label for _, label in fg_test])
        fg_card = {"factcheck_gpt_train": len(fg_train), "factcheck_gpt_heldout": len(fg_test),
                   "factcheck_gpt_factual_recall_at_0.5": round(float((pf[yf == 1] >= 0.5).mean()), 4),
                   "factcheck_gpt_other_mean_score": round(float(pf[yf == 0].mean()), 4) if (yf == 0).any() else None}
        print(f"Factcheck-GPT held-out fifth: {int((yf == 1).sum())} factual rows, share scored >= 0.5 "
              f"{fg_card['factcheck_gpt_factual_recall_at_0.5']:.3f}; {int((yf == 0).sum())} other rows, mean score "
              f"{fg_card['factcheck_gpt_other_mean_score']}")  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    card = {"data": "ClaimBuster two_class" + ("" if args.no_factcheck_gpt else " + Factcheck-GPT check-worthiness"),
            "train": len(train), "test": len(test), "C": best[1],
            "test_accuracy": round(float(acc), 4), "test_f1": round(float(f1), 4), **fg_card}  # fmt: skip
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
