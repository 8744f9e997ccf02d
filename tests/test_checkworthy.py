"""The packaged check-worthiness scorer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from factcheck.checkworthy import N_FEATURES, CheckworthyScorer, featurize
from factcheck.errors import ModelLoadError


@pytest.fixture(scope="module")
def scorer() -> CheckworthyScorer:
    return CheckworthyScorer()


def test_factual_outranks_chitchat(scorer) -> None:
    fact = scorer.score("Unemployment fell to 3.9 percent last year, the lowest rate since 2001.")
    chat = scorer.score("Thank you all so much for coming tonight.")
    assert 0.0 <= chat < fact <= 1.0


def test_features_in_range() -> None:
    idx, val = featurize("Exports rose 12% to $4 billion.")
    assert all(0 <= i < N_FEATURES for i in idx)
    assert len(idx) == len(val)


def test_lazy_load(tmp_path: Path) -> None:
    s = CheckworthyScorer(tmp_path / "missing.npz")  # constructing does not touch the disk
    with pytest.raises(ModelLoadError, match="train_checkworthy"):
        s.score("anything")


def test_wrong_shape_rejected(tmp_path: Path) -> None:
    p = tmp_path / "w.npz"
    np.savez(p, weights=np.zeros(3, dtype=np.float32), bias=np.float32(0))
    with pytest.raises(ModelLoadError, match="shape"):
        CheckworthyScorer(p).score("x")


@pytest.mark.parametrize("bias", [-2.0, 0.0, 2.0])
def test_bias_only_model(tmp_path: Path, bias: float) -> None:
    p = tmp_path / "w.npz"
    np.savez(p, weights=np.zeros(N_FEATURES, dtype=np.float32), bias=np.float32(bias))
    assert CheckworthyScorer(p).score("some text") == pytest.approx(1 / (1 + np.exp(-bias)), rel=1e-5)
