"""Hybrid retrieval, persistence, incremental rebuilds and corruption handling."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus import Corpus
from factcheck.errors import ConfigError, IndexCorruptError, IndexNotBuiltError
from factcheck.index import Index
from factcheck.provenance import ORIGIN_RULES
from factcheck.testing import FakeEmbedder, make_corpus

DOCS = {
    "storm": "A tropical storm forced the evacuation of 354,000 people from coastal towns on Monday. "
    "Officials expect landfall near the capital by Wednesday.",
    "bank": "The central bank left interest rates unchanged on Thursday. Policymakers voted seven to two.",
    "factory": "Kim Jong Un inspected a munitions factory that produces artillery shells, state media said.",
    "football": "The home side won the cup final after a penalty shoot-out in front of 80,000 fans.",
}


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus(DOCS)


def write_corpus(root: Path, docs: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (root / f"{name}.md").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("fusion", ["linear", "rrf"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("How many people were evacuated because of the storm?", "storm"),
        ("interest rates unchanged central bank", "bank"),
        ("artillery shells munitions factory", "factory"),
    ],
)
def test_obviously_relevant_passage_ranks_first(
    corpus: Corpus, fake_embedder: FakeEmbedder, fusion: str, query: str, expected: str
) -> None:
    hits = Index(fake_embedder, fusion=fusion).build(corpus).search(query, k=3)
    assert hits[0].doc_id == expected
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    p = corpus.passage(f"{hits[0].doc_id}#{hits[0].passage_index}")
    assert (p.text, p.start, p.end) == (hits[0].passage, hits[0].start, hits[0].end)


def test_search_many_embeds_queries_in_one_batch(corpus: Corpus) -> None:
    emb = FakeEmbedder()
    index = Index(emb).build(corpus)
    before = emb.calls
    queries = ["storm evacuation", "cup final penalty"]
    many = index.search_many(queries, k=2)
    assert emb.calls - before == 2
    assert many == [index.search(q, k=2) for q in queries]
    assert index.search_many([], k=2) == []


def test_k_larger_than_corpus_and_bad_arguments(
    corpus: Corpus, fake_embedder: FakeEmbedder
) -> None:
    index = Index(fake_embedder).build(corpus)
    assert len(index.search("storm", k=100)) == len(corpus.passages)
    with pytest.raises(ConfigError):
        index.search("storm", k=0)
    with pytest.raises(ConfigError):
        index.search_many("storm")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        Index(fake_embedder, fusion="max")


def test_unbuilt_index_names_the_fix(
    fake_embedder: FakeEmbedder, tmp_path: Path
) -> None:
    index = Index(fake_embedder)
    for use in (
        lambda: index.search("x"),
        lambda: index.corpus,
        lambda: index.passage("a#0"),
    ):
        with pytest.raises(
            IndexNotBuiltError, match=r"call build\(corpus\) or Index.load\(path\)"
        ):
            use()
    with pytest.raises(IndexNotBuiltError, match="no index here"):
        Index.load(tmp_path / "nothing", fake_embedder)


texts = st.text(
    alphabet=st.sampled_from(list("abcdefg hij.,0123")), min_size=1, max_size=60
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=texts,
    fusion=st.sampled_from(["linear", "rrf"]),
    weight=st.floats(0, 1),
    k=st.integers(1, 8),
)
def test_scores_are_in_unit_interval(
    corpus: Corpus, query: str, fusion: str, weight: float, k: int
) -> None:
    index = Index(FakeEmbedder(), fusion=fusion, dense_weight=weight).build(corpus)
    hits = index.search(query, k=k)
    assert 1 <= len(hits) <= k
    for h in hits:
        assert 0.0 <= h.score <= 1.0
        assert h.lexical is not None and 0.0 <= h.lexical <= 1.0
        assert h.dense is not None and -1.0001 <= h.dense <= 1.0001


def test_hnsw_path_agrees_with_exact_search(fake_embedder: FakeEmbedder) -> None:
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(300)]
    docs = {f"d{i}": " ".join(rng.choice(vocab, size=12)) + "." for i in range(400)}
    corpus = make_corpus(docs)
    exact = Index(fake_embedder).build(corpus)
    approx = Index(fake_embedder, exact_below=100).build(corpus)
    assert approx._hnsw is not None and exact._hnsw is None
    query = docs["d17"]
    assert (
        approx.search(query, k=1)[0].doc_id
        == exact.search(query, k=1)[0].doc_id
        == "d17"
    )


# --------------------------------------------------------------------------- persistence


def test_unchanged_corpus_is_not_reembedded_and_edits_reembed_only_their_passages(
    tmp_path: Path,
) -> None:
    root = tmp_path / "sources"
    write_corpus(root, DOCS)
    store = root / ".factcheck-index"
    emb = FakeEmbedder()
    first = Index(emb, path=store).build(Corpus.from_path(root))
    n = len(first.corpus.passages)
    assert emb.calls == n and first.stats["embedded"] == n

    again = Index(emb, path=store).build(Corpus.from_path(root))
    assert emb.calls == n, "an unchanged corpus embeds nothing"
    assert again.stats == {"embedded": 0, "reused": n, "written": False}
    assert again.search("storm evacuation")[0].doc_id == "storm.md"

    (root / "bank.md").write_text(
        DOCS["bank"].replace("seven to two", "eight to one"), encoding="utf-8"
    )
    before = emb.calls
    edited = Index(emb, path=store).build(Corpus.from_path(root))
    assert emb.calls - before == 1, "only the edited passage is re-embedded"
    assert edited.stats["embedded"] == 1
    assert "eight to one" in edited.search("voted eight to one", k=1)[0].passage

    (root / "new.md").write_text(
        "A brand new story about volcanoes erupting.", encoding="utf-8"
    )
    before = emb.calls
    Index(emb, path=store).build(Corpus.from_path(root))
    assert emb.calls - before == 1


def test_load_without_sources(tmp_path: Path, corpus: Corpus) -> None:
    emb = FakeEmbedder()
    built = Index(emb, path=tmp_path / "ix").build(corpus)
    calls = emb.calls
    loaded = Index.load(tmp_path / "ix", emb)
    assert emb.calls == calls
    assert [d.id for d in loaded.corpus.documents] == list(DOCS)
    assert loaded.corpus.passages == corpus.passages
    assert loaded.corpus.fingerprint == corpus.fingerprint
    assert loaded.search("penalty shoot-out cup", k=2) == built.search(
        "penalty shoot-out cup", k=2
    )
    with pytest.raises(ConfigError, match="built with embedder 'fake-64'"):
        Index.load(tmp_path / "ix", FakeEmbedder(dim=32))
    with pytest.raises(ConfigError, match="got 'all-MiniLM-L6-v2'"):
        Index.load(tmp_path / "ix")  # the default embedder is named, not loaded


def _vectors_file(store: Path) -> Path:
    manifest = json.loads((store / "manifest.json").read_text())
    return store / manifest["files"]["vectors"]["name"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda store: _vectors_file(store).write_bytes(
            _vectors_file(store).read_bytes()[:-8] + b"\x00" * 8
        ),
        lambda store: _vectors_file(store).unlink(),
        lambda store: (store / "manifest.json").write_text("{not json"),
        lambda store: (store / "manifest.json").write_text(
            (store / "manifest.json")
            .read_text()
            .replace('"version": 1', '"version": 999')
        ),
    ],
    ids=["flipped-bytes", "missing-file", "bad-manifest", "old-version"],
)
def test_corrupt_index_is_detected_and_rebuilt(
    tmp_path: Path, corpus: Corpus, damage
) -> None:
    store = tmp_path / "ix"
    emb = FakeEmbedder()
    Index(emb, path=store).build(corpus)
    damage(store)
    with pytest.raises(IndexCorruptError, match="corrupt or outdated"):
        Index.load(store, emb)
    calls = emb.calls
    with pytest.warns(RuntimeWarning, match="rebuilding the index"):
        rebuilt = Index(emb, path=store).build(corpus)
    assert emb.calls == calls + len(corpus.passages)
    assert rebuilt.search("central bank rates", k=1)[0].doc_id == "bank"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Index.load(store, emb)  # healthy again


def test_writes_leave_no_temporary_or_stale_files(tmp_path: Path) -> None:
    store = tmp_path / "ix"
    emb = FakeEmbedder()
    Index(emb, path=store).build(make_corpus(DOCS))
    Index(emb, path=store).build(
        make_corpus({**DOCS, "extra": "One more document about tides."})
    )
    manifest = json.loads((store / "manifest.json").read_text())
    names = {p.name for p in store.iterdir()}
    assert names == {e["name"] for e in manifest["files"].values()} | {
        "manifest.json",
        "build.lock",
        "provenance.json",
    }
    assert not any(n.endswith(".tmp") for n in names)
    for name in names:
        if name.endswith(".npy"):
            np.load(store / name, allow_pickle=False)  # no pickled objects anywhere


def test_progress_bar(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    Index(FakeEmbedder(), path=tmp_path / "ix").build(corpus, progress=True)
    assert "embedding passages" in capsys.readouterr().err


@pytest.mark.model
def test_real_model_hybrid_search(embedder) -> None:
    corpus = make_corpus(DOCS)
    index = Index(embedder).build(corpus)
    hits = index.search("Thousands fled their homes ahead of the hurricane", k=2)
    assert hits[0].doc_id == "storm"
    assert hits[0].dense is not None and hits[0].dense > 0.3


def test_rebuild_rechunks_only_changed_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.corpus import Chunker

    root = tmp_path / "sources"
    write_corpus(root, DOCS)
    store = tmp_path / "ix"
    emb = FakeEmbedder()
    Index(emb, path=store).build(Corpus.from_path(root))
    chunked: list[str] = []
    original = Chunker.__call__
    monkeypatch.setattr(
        Chunker,
        "__call__",
        lambda self, text: chunked.append(text) or original(self, text),
    )
    (root / "storm.md").write_text(
        DOCS["storm"] + " Power was cut to 20,000 homes.", encoding="utf-8"
    )
    corpus = Corpus.from_path(root)
    index = Index(emb, path=store).build(corpus)
    assert chunked == [corpus.get("storm.md").text]
    fresh = Corpus.from_path(root)
    monkeypatch.setattr(Chunker, "__call__", original)
    assert index.corpus.passages == fresh.passages


def test_corpus_without_text_cannot_be_indexed(fake_embedder: FakeEmbedder) -> None:
    from factcheck.errors import CorpusError

    with pytest.raises(CorpusError, match="nothing to index"):
        Index(fake_embedder).build(make_corpus({"blank": "   "}))


def test_hnsw_index_persists_and_reloads(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    vocab = [f"w{i}" for i in range(200)]
    docs = {f"d{i}": " ".join(rng.choice(vocab, size=10)) + "." for i in range(300)}
    corpus = make_corpus(docs)
    emb = FakeEmbedder()
    built = Index(emb, path=tmp_path / "ix", exact_below=100).build(corpus)
    manifest = json.loads((tmp_path / "ix" / "manifest.json").read_text())
    assert "hnsw" in manifest["files"]
    calls = emb.calls
    loaded = Index.load(tmp_path / "ix", emb, exact_below=100)
    again = Index(emb, path=tmp_path / "ix", exact_below=100).build(make_corpus(docs))
    assert emb.calls == calls and loaded._hnsw is not None and again._hnsw is not None
    for query in (docs["d3"], docs["d250"]):
        assert (
            loaded.search(query, k=5)
            == built.search(query, k=5)
            == again.search(query, k=5)
        )


def test_syndication_clusters_are_persisted_and_reused(tmp_path: Path) -> None:
    store = tmp_path / "ix"
    story = "The harbour authority said the new container terminal opened on Tuesday after four years of work."
    docs = {**DOCS, "wire": {"text": story, "published": "2026-03-02"}, "copy": {"text": story, "published": "2026-03-03"}}
    first = make_corpus(docs)
    Index(FakeEmbedder(), path=store).build(first)
    saved = json.loads((store / "provenance.json").read_text())
    assert ["wire", "copy"] in saved["clusters"]

    second = make_corpus(docs)  # a new process: nothing computed yet
    Index(FakeEmbedder(), path=store).build(second)
    assert second._provenance is not None  # adopted from the file, not recomputed
    assert second.origin("copy") == "wire"
    assert Index.load(store, FakeEmbedder()).corpus.origin("copy") == "wire"


def test_stale_or_damaged_provenance_file_is_recomputed(tmp_path: Path) -> None:
    store = tmp_path / "ix"
    Index(FakeEmbedder(), path=store).build(make_corpus(DOCS))
    (store / "provenance.json").write_text('{"key": {"corpus_fingerprint": "other"}, "clusters": [["x"]]}')
    corpus = make_corpus(DOCS)
    Index(FakeEmbedder(), path=store).build(corpus)
    assert set(corpus.provenance.clusters[0]) <= set(DOCS)
    saved = json.loads((store / "provenance.json").read_text())
    assert saved["key"]["corpus_fingerprint"] == corpus.fingerprint


@pytest.mark.parametrize(("rules", "origin"), [("0", "wire"), (ORIGIN_RULES, "copy")])
def test_clusters_persisted_under_older_origin_rules_are_recomputed(tmp_path: Path, rules: str, origin: str) -> None:
    store = tmp_path / "ix"
    story = "The harbour authority said the new container terminal opened on Tuesday after four years of work."
    docs = {**DOCS, "wire": {"text": story, "published": "2026-03-02"}, "copy": {"text": story, "published": "2026-03-03"}}
    Index(FakeEmbedder(), path=store).build(make_corpus(docs))
    saved = json.loads((store / "provenance.json").read_text())
    assert saved["key"]["rules"] == ORIGIN_RULES
    saved["key"]["rules"] = rules
    saved["clusters"] = [["copy", "wire"], *[c for c in saved["clusters"] if "wire" not in c]]  # the old origin
    (store / "provenance.json").write_text(json.dumps(saved))
    corpus = make_corpus(docs)
    Index(FakeEmbedder(), path=store).build(corpus)
    assert corpus.origin("copy") == origin  # adopted as saved only under the current rules

