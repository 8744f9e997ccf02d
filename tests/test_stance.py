"""The stance head: features, numpy inference, artefact round trip."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.errors import ModelLoadError
from factcheck.stance import N_EXTRA, StanceHead, StanceModel, extra_features, featurize
from factcheck.testing import FakeEmbedder


def _head(n_in: int, rng: np.random.Generator, temperature: float = 1.0) -> StanceHead:
    f = lambda *s: rng.normal(size=s).astype(np.float32)
    return StanceHead(mean=f(n_in), std=np.abs(f(n_in)) + 0.5, w1=f(n_in, 8), b1=f(8), w2=f(8, 3), b2=f(3),
                      temperature=temperature)  # fmt: skip


@pytest.fixture(params=[8, 64])
def model(request):
    rng = np.random.default_rng(request.param)
    dim = request.param
    return StanceModel(full=_head(4 * dim + N_EXTRA, rng), lexical=_head(N_EXTRA, rng, 2.0), embed_dim=dim)


def test_featurize_layout():
    emb = FakeEmbedder(dim=16)
    claims, passages = ["Sales rose 5%.", "Kim visited Moscow."], ["Sales fell 5%.", "Kim visited Beijing on Monday."]
    u, v = emb.encode(claims), emb.encode(passages)
    x = featurize(u, v, claims, passages)
    assert x.shape == (2, 4 * 16 + N_EXTRA)
    np.testing.assert_allclose(x[:, :16], u)
    np.testing.assert_allclose(x[:, 32:48], np.abs(u - v))
    assert x.dtype == np.float32 and np.isfinite(x).all()


def test_featurize_rejects_misaligned_inputs():
    with pytest.raises(ValueError, match="equal shape"):
        featurize(np.zeros((2, 4)), np.zeros((3, 4)), ["a", "b"], ["c", "d"])


def test_extra_features_see_number_mismatch():
    same = extra_features("The army has 254,000 troops.", "The army has 254,000 troops.", 1.0)
    diff = extra_features("The army has 254,000 troops.", "The army has 354,000 troops.", 0.9)
    assert diff[5] > same[5]  # number_mismatch
    assert same[4] > diff[4]  # number_matched


def test_probabilities_valid_and_dim_dispatch(model):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(5, 4 * model.embed_dim + N_EXTRA)).astype(np.float32)
    for dim in (model.embed_dim, model.embed_dim + 1):
        p = model.predict_proba(x, dim)
        assert p.shape == (5, 3)
        assert ((p >= 0) & (p <= 1)).all()
        np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(model.predict_proba(x, -1), model.lexical.predict_proba(x[:, -N_EXTRA:]))


def test_save_load_round_trip(model, tmp_path):
    model.save(tmp_path / "stance")
    back = StanceModel.load(tmp_path / "stance")
    x = np.random.default_rng(1).normal(size=(3, 4 * model.embed_dim + N_EXTRA)).astype(np.float32)
    np.testing.assert_allclose(back.predict_proba(x, model.embed_dim), model.predict_proba(x, model.embed_dim), rtol=1e-5)
    with np.load(tmp_path / "stance.npz", allow_pickle=False) as data:
        assert all(data[k].dtype == np.float32 for k in data.files)


def test_load_missing_raises_model_load_error(tmp_path):
    with pytest.raises(ModelLoadError, match="train_stance"):
        StanceModel.load(tmp_path / "nope")


def test_packaged_artefact_loads_and_is_small():
    from pathlib import Path

    from factcheck.stance import default_model_path

    m = StanceModel.load()
    assert m.embed_dim == 384
    assert Path(default_model_path() + ".npz").stat().st_size < 10_000_000


# --------------------------------------------------------------------------- cross-encoder


def test_cross_meta_missing_raises_model_load_error(tmp_path):
    from factcheck.stance import read_cross_meta

    with pytest.raises(ModelLoadError, match="train_crossencoder"):
        read_cross_meta(tmp_path / "nope")


@pytest.mark.parametrize("version", [None, 0, 99])
def test_cross_meta_wrong_version_raises(tmp_path, version):
    import json

    from factcheck.stance import CROSS_VERSION, read_cross_meta

    assert version != CROSS_VERSION
    (tmp_path / "ce.json").write_text(json.dumps({"cross_version": version}))
    with pytest.raises(ModelLoadError, match="version"):
        read_cross_meta(tmp_path / "ce.npz")


def test_cross_constructor_loads_nothing():
    from factcheck.stance import CrossEncoderStance

    ce = CrossEncoderStance("/nonexistent/ce", threads=1)
    assert ce._parts is None and ce.meta == {}
    with pytest.raises(ModelLoadError):
        ce.build()


def test_packaged_cross_artefact_is_small_and_complete():
    from pathlib import Path

    from factcheck.stance import default_cross_path, read_cross_meta

    base, meta = read_cross_meta()
    assert Path(default_cross_path() + ".npz").stat().st_size < 10_000_000
    assert meta["labels"] == ["supports", "refutes", "neutral"]
    assert meta["temperature"] > 0 and len(meta["base_sha256"]) == 64
    assert meta["n_frozen"] + meta["n_top"] == 6
    with np.load(base.with_suffix(".npz"), allow_pickle=False) as data:
        assert all(data[k].dtype == np.float16 for k in data.files)


@pytest.fixture(scope="module")
def cross():
    from factcheck.stance import CrossEncoderStance

    return CrossEncoderStance(threads=1).build()


@pytest.mark.model
def test_cross_base_hash_matches_installed_model(cross):
    from factcheck.stance import base_model_sha256

    assert cross.meta["base_sha256"] == base_model_sha256()


_FLIPS = [
    ("The company sold 4.2 million cars in 2019.", "In 2019 the company sold 4.2 million cars, a record.",
     "The company sold 7.5 million cars in 2019."),
    ("The bridge was opened in 1932.", "Construction finished and the bridge was opened in 1932.",
     "The bridge was opened in 1958."),
    ("Unemployment rose to 6 percent in March.", "In March, unemployment rose to 6 percent, officials said.",
     "Unemployment fell to 6 percent in March."),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("claim", "passage", "changed"), _FLIPS)
def test_cross_one_slot_change_moves_toward_refutes(cross, claim, passage, changed):
    p = cross.predict_proba([claim, changed], [passage, passage])
    assert p.shape == (2, 3)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)
    assert p[0].argmax() == 0  # the faithful claim is supported
    assert p[1, 1] > p[0, 1] and p[1, 0] < p[0, 0]  # the changed one loses support, gains refutation


@pytest.mark.model
def test_cross_batching_and_order_do_not_change_results(cross):
    claims = [c for c, _, _ in _FLIPS] + [x for _, _, x in _FLIPS]
    passages = [p for _, p, _ in _FLIPS] * 2
    full = cross.predict_proba(claims, passages)
    rev = cross.predict_proba(claims[::-1], passages[::-1])[::-1]
    one = np.concatenate([cross.predict_proba([c], [p]) for c, p in zip(claims, passages)])
    np.testing.assert_allclose(full, rev, atol=1e-4)
    np.testing.assert_allclose(full, one, atol=1e-4)
    assert cross.predict_proba([], []).shape == (0, 3)
