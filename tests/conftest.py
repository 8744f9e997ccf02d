"""Shared fixtures. The real model is loaded at most once per session."""

from __future__ import annotations

import pytest

from factcheck.testing import FakeEmbedder, make_checker


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


def _fake_cli_checker(settings, sources, k=5, index_path=None, **_):
    """What ``factcheck.cli._checker`` builds, but loading no model."""
    return make_checker(sources, k=k, index_path=index_path)


@pytest.fixture
def fake_cli_checker(monkeypatch):
    """Make the CLI build its Checker without any model (patches ``factcheck.cli._checker``)."""
    from factcheck import cli

    monkeypatch.setattr(cli, "_checker", _fake_cli_checker)
    return _fake_cli_checker
