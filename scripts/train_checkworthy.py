"""Train the check-worthiness scorer on ClaimBuster and write factcheck/data/checkworthy.npz.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_checkworthy.py [--data ../shared/data/claimbuster/data/two_class]

Trains a logistic regression (scikit-learn, liblinear) on ``train.json`` over
the features of :func:`factcheck.checkworthy.featurize`, picks C on a held-out
tenth of train, prints accuracy and F1 on ``test.json`` and writes the weights
(float32, no pickle) plus a JSON card with the figures next to them.
"""

from __future__ import annotations

import argparse
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


def main(argv=None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/claimbuster/data/two_class"))
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
    best = (-1.0, 1.0)
    for c in (0.3, 1.0, 3.0, 10.0, 30.0):
        m = LogisticRegression(C=c, solver="liblinear", max_iter=2000).fit(X[tr_i], y[tr_i])
        f = f1_score(y[val_i], m.predict(X[val_i]))
        print(f"C={c:<5} validation F1 {f:.3f}")
        best = max(best, (f, c))
    model = LogisticRegression(C=best[1], solver="liblinear", max_iter=2000).fit(X, y)
    Xt = _matrix([d["text"] for d in test])
    yt = np.array([int(d["label"]) for d in test])
    pred = model.predict(Xt)
    acc, f1 = accuracy_score(yt, pred), f1_score(yt, pred)
    print(f"ClaimBuster test ({len(test)} sentences): accuracy {acc:.3f}  F1(check-worthy) {f1:.3f}  C={best[1]}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    card = {"data": "ClaimBuster two_class", "train": len(train), "test": len(test), "C": best[1],
            "test_accuracy": round(float(acc), 4), "test_f1": round(float(f1), 4)}
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
