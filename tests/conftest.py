"""Shared fixtures. The real model is loaded at most once per session."""

from __future__ import annotations

import pytest

from factcheck.testing import FakeEmbedder


@pytest.fixture(scope="session")
def embedder():
    """The packaged all-MiniLM-L6-v2 embedder, loaded once (use with @pytest.mark.model)."""
    from factcheck.embed import SentenceTransformerEmbedder

    emb = SentenceTransformerEmbedder()
    emb.encode(["warm up"])
    return emb


@pytest.fixture
def fake_embedder():
    """A deterministic hashing embedder: no model, no disk."""
    return FakeEmbedder(dim=64)
