"""The onnxruntime int8 embedder: cache location, agreement with torch, no torch at load time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from factcheck.embed import Embedder
from factcheck.embed_onnx import OnnxEmbedder, cache_root
from factcheck.index import Index
from factcheck.testing import make_corpus

SENTENCES = [
    "A tropical storm forced the evacuation of 354,000 people from coastal towns.",
    "The central bank left interest rates unchanged on Thursday.",
    "Kim Jong Un inspected a munitions factory, state media reported.",
    "The home side won the cup final after a penalty shoot-out.",
    "Researchers found the vaccine reduced hospital admissions by 80 percent.",
    "Short.",
    (
        "Officials said talks would resume next week in Geneva, citing progress on a ceasefire draft "
        "that both delegations had reviewed overnight, although several details remain unresolved."
    ),
]


@pytest.fixture(scope="session")
def onnx_embedder(tmp_path_factory: pytest.TempPathFactory) -> OnnxEmbedder:
    emb = OnnxEmbedder(cache_dir=tmp_path_factory.mktemp("onnx-cache"), threads=1)
    emb.export()
    return emb


@pytest.mark.parametrize("env", [True, False])
def test_cache_root_is_writable_and_outside_site_packages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: bool
) -> None:
    if env:
        monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
        assert cache_root() == tmp_path
    else:
        monkeypatch.delenv("FACTCHECK_CACHE", raising=False)
        assert "site-packages" not in str(cache_root())
    emb = OnnxEmbedder(cache_dir=None if env else tmp_path)
    assert emb.export_dir().is_relative_to(tmp_path)
    assert not emb.loaded


def test_identity_without_loading(tmp_path: Path) -> None:
    emb = OnnxEmbedder(cache_dir=tmp_path)
    assert isinstance(emb, Embedder)
    assert emb.dim == 384 and emb.name == "all-MiniLM-L6-v2-onnx-int8"
    assert not emb.loaded and not any(tmp_path.iterdir())


@pytest.mark.model
def test_agrees_with_torch_embedder(onnx_embedder: OnnxEmbedder, embedder) -> None:
    ours = onnx_embedder.encode(SENTENCES)
    ref = embedder.encode(SENTENCES)
    assert ours.shape == ref.shape and ours.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cos = (ours * ref).sum(axis=1)
    assert cos.mean() >= 0.99 and cos.min() >= 0.97
    # order of inputs does not matter (batches are length-sorted internally)
    np.testing.assert_allclose(
        onnx_embedder.encode(SENTENCES[::-1])[::-1], ours, atol=1e-5
    )
    assert onnx_embedder.encode([]).shape == (0, 384)


@pytest.mark.model
def test_export_is_cached_and_described(onnx_embedder: OnnxEmbedder) -> None:
    folder = onnx_embedder.export()
    assert folder == onnx_embedder.export_dir()
    meta = json.loads((folder / "export.json").read_text())
    assert meta["dim"] == 384 and meta["max_length"] == 256
    assert sorted(p.name for p in folder.iterdir()) == [
        "export.json",
        "model.int8.onnx",
        "tokenizer.json",
    ]


@pytest.mark.model
def test_loading_an_export_does_not_import_torch(onnx_embedder: OnnxEmbedder) -> None:
    code = (
        "import sys\n"
        "from factcheck.embed_onnx import OnnxEmbedder\n"
        f"e = OnnxEmbedder(cache_dir={str(onnx_embedder.cache_dir)!r}, threads=1)\n"
        "v = e.encode(['hello world'])\n"
        "print(v.shape, 'torch' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert out.stdout.strip() == "(1, 384) False"


@pytest.mark.model
def test_onnx_embedder_drives_the_index(onnx_embedder: OnnxEmbedder) -> None:
    corpus = make_corpus({f"d{i}": s for i, s in enumerate(SENTENCES)})
    hits = (
        Index(onnx_embedder).build(corpus).search("Thousands fled the hurricane", k=1)
    )
    assert hits[0].doc_id == "d0"
