"""The Ray engine gives the single-machine results: same index folder, same vectors, same reports."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from factcheck import cli
from factcheck.check import Checker
from factcheck.corpus import Corpus
from factcheck.distributed import RayEngine, report_filename
from factcheck.errors import ConfigError
from factcheck.index import Index
from factcheck.testing import FakeEmbedder, make_corpus

pytestmark = pytest.mark.slow

SOURCES = {
    "kcna-shipyard.md": (
        "---\ntitle: Leader tours shipyard\noutlet: KCNA\npublished: 2025-09-01\n---\n"
        "Kim Jong Un toured the Nampo shipyard on Saturday and inspected a new 5,000-ton destroyer. "
        "The ship carries 74 vertical launch cells, the agency said."
    ),
    "wire-shipyard.md": (
        "---\ntitle: North Korea shows destroyer\noutlet: Wire\npublished: 2025-09-02\n---\n"
        "North Korean leader Kim Jong Un visited a shipyard in Nampo on Saturday, state media said. "
        "The destroyer displaces about 5,000 tons. South Korean officials said the launch cells number 74."
    ),
    "rice.md": (
        "---\ntitle: Harvest\noutlet: Farm Daily\n---\n"
        "The rice harvest rose 4 percent this year after heavy rain in the spring, the ministry said."
    ),
    "rail.md": "The new rail line between the two cities opened in March and carries 12,000 passengers a day.",
}

DRAFTS = {
    "shipyard-story.md": (
        "---\ntitle: Shipyard story\n---\n"
        "Kim Jong Un toured the Nampo shipyard on Saturday, state media reported. "
        "The destroyer displaces 7,000 tons and carries 74 launch cells.\n"
    ),
    "harvest-story.md": "The rice harvest rose 9 percent this year, the ministry said. The rail line opened in March.\n",
    "empty-story.md": "",
}


def _archive(n_docs: int) -> dict[str, str]:
    """A small synthetic archive with repeated passages (deduplicated embedding must still line up)."""
    docs = {}
    for i in range(n_docs):
        docs[f"arch-{i:03d}.md"] = (
            f"Report {i % 7}: officials said {i * 13} workers joined the plant in week {i % 5}. "
            f"The plant makes {i % 3} kinds of engines. Talks on prices continued. " * (1 + i % 3)
        )
    return docs


@pytest.fixture(scope="module")
def ray_session():
    import ray  # a test dependency (the `ray` extra): an ImportError here is a failure, never a skip

    if not ray.is_initialized():
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(params=[(1, 3), (2, 16)], ids=["1-actor", "2-actors"])
def engine(request, ray_session) -> RayEngine:
    concurrency, batch = request.param
    return RayEngine(FakeEmbedder, concurrency=concurrency, batch_size=batch)


def _folder_state(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    manifest = json.loads((path / "manifest.json").read_text())
    arrays = {}
    for role, entry in manifest["files"].items():
        if entry["name"].endswith(".npy"):
            arrays[role] = np.load(path / entry["name"], allow_pickle=False)
        else:
            arrays[role] = (path / entry["name"]).read_text(encoding="utf-8")
    return manifest, arrays


def test_embed_equals_encode_in_input_order(engine):
    texts = [f"text number {i} about {'shipyard' if i % 2 else 'harvest'} {i % 5}" for i in range(53)]
    got = engine.embed(texts)
    assert got.dtype == np.float32 and got.shape == (53, FakeEmbedder().dim)
    np.testing.assert_array_equal(got, FakeEmbedder().encode(texts))
    assert engine.embed([]).shape[0] == 0


def test_ray_index_folder_equals_local_folder(engine, tmp_path):
    corpus_dir = _write(tmp_path / "archive", {**SOURCES, **_archive(40)})
    local = Index(FakeEmbedder(), path=tmp_path / "local").build(Corpus.from_path(corpus_dir))
    remote = engine.build_index(Corpus.from_path(corpus_dir), path=tmp_path / "ray")
    assert remote.stats["embedded"] == local.stats["embedded"] > 0

    m_local, a_local = _folder_state(tmp_path / "local")
    m_ray, a_ray = _folder_state(tmp_path / "ray")
    for key in ("schema", "version", "embedder", "dim", "dtype", "corpus_fingerprint", "chunker", "settings",
                "documents", "passages"):
        assert m_ray[key] == m_local[key], key
    assert set(a_ray) == set(a_local)
    for role in a_local:
        if isinstance(a_local[role], str):
            assert a_ray[role] == a_local[role], role
        else:
            np.testing.assert_array_equal(a_ray[role], a_local[role], err_msg=role)

    loaded = Index.load(tmp_path / "ray", FakeEmbedder())
    assert [p.text for p in loaded.corpus.passages] == [p.text for p in local.corpus.passages]
    query = "officials said workers joined the plant"
    assert loaded.search(query, k=5) == local.search(query, k=5)


def test_ray_refresh_embeds_only_new_passages(ray_session, tmp_path):
    corpus_dir = _write(tmp_path / "archive", dict(SOURCES))
    engine = RayEngine(FakeEmbedder, concurrency=2, batch_size=4)
    first = engine.build_index(Corpus.from_path(corpus_dir), path=tmp_path / "ix")
    again = engine.build_index(Corpus.from_path(corpus_dir), path=tmp_path / "ix")
    assert again.stats["embedded"] == 0 and again.stats["reused"] == len(first)
    _write(corpus_dir, {"new.md": "A brand new passage about a bridge that collapsed in the storm."})
    grown = engine.build_index(Corpus.from_path(corpus_dir), path=tmp_path / "ix")
    assert grown.stats["embedded"] == 1
    local = Index(FakeEmbedder()).build(Corpus.from_path(corpus_dir))
    np.testing.assert_array_equal(Index.load(tmp_path / "ix", FakeEmbedder())._vectors, local._vectors)


def _local_checker(monkeypatch, index_path: Path) -> None:
    """Make the CLI build its Checker around the FakeEmbedder (as the Ray workers do)."""

    def checker(settings, sources, k=5, index_path_=None, **_):
        return Checker(Corpus.from_path(sources), embedder=FakeEmbedder(), index_path=index_path, k=k)

    monkeypatch.setattr(cli, "_checker", checker)


@pytest.mark.parametrize("fmt", ["json", "markdown", "sarif"])
def test_ray_reports_equal_cli_reports(fmt, ray_session, tmp_path, monkeypatch):
    sources = _write(tmp_path / "sources", SOURCES)
    drafts_dir = _write(tmp_path / "drafts", DRAFTS)
    drafts = sorted(drafts_dir.iterdir())
    monkeypatch.chdir(tmp_path)  # no pyproject here: CLI defaults
    _local_checker(monkeypatch, tmp_path / "cli-index")
    expected = {}
    for draft in drafts:
        out = tmp_path / "cli" / report_filename(draft, fmt)
        code = cli.main(["check", str(draft), "--sources", str(sources), "--format", fmt, "-o", str(out),
                         "--no-ledger", "--fail-on", "contradicted"])
        assert code in (0, 1)
        expected[out.name] = (out.read_text(encoding="utf-8"), code == 0)

    engine = RayEngine(FakeEmbedder, concurrency=2)
    passed = engine.write_reports(drafts, tmp_path / "ray", sources=sources, fmt=fmt,
                                  index_path=tmp_path / "ray-index")
    got = {Path(p).name: ((Path(p)).read_text(encoding="utf-8"), ok) for p, ok in passed.items()}
    assert got == expected
    assert any(not ok for _, ok in expected.values()), "the fixture should fail the policy somewhere"


def test_check_texts_keeps_order_and_matches_checker(ray_session, tmp_path):
    sources = _write(tmp_path / "sources", SOURCES)
    stories = [(f"s{i}.md", text) for i, text in enumerate(list(DRAFTS.values()) * 3)]
    engine = RayEngine(FakeEmbedder, concurrency=2)
    reports = engine.check_texts(stories, sources=sources)
    checker = Checker(Corpus.from_path(sources), embedder=FakeEmbedder())
    assert reports == [checker.check(text, path=path) for path, text in stories]
    assert engine.check_texts([], sources=sources) == []


@pytest.mark.parametrize(
    "kwargs", [{"concurrency": 0}, {"batch_size": 0}], ids=["no-actors", "empty-batches"]
)
def test_bad_settings_are_config_errors(kwargs):
    with pytest.raises(ConfigError):
        RayEngine(FakeEmbedder, **kwargs)


def test_unknown_report_format_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown report format"):
        report_filename("story.md", "pdf")


def test_cli_engine_ray_matches_local(ray_session, tmp_path, monkeypatch):
    from factcheck import distributed

    sources = _write(tmp_path / "sources", SOURCES)
    drafts = [str(p) for p in sorted(_write(tmp_path / "drafts", DRAFTS).iterdir())]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(distributed, "default_embedder_factory", FakeEmbedder)
    _local_checker(monkeypatch, tmp_path / "local-index")

    assert cli.main(["index", str(sources), "--engine", "ray", "--index-path", str(tmp_path / "ray-index")]) == 0
    local = Index(FakeEmbedder(), path=tmp_path / "ray-index").build(Corpus.from_path(sources))
    assert local.stats["embedded"] == 0  # the folder Ray wrote is fresh for the local builder

    outputs = {}
    for engine in ("local", "ray"):
        out = tmp_path / f"{engine}.json"
        outputs[engine] = cli.main(["check", *drafts, "--sources", str(sources), "--format", "json", "-o", str(out),
                                    "--no-ledger", "--engine", engine]), out.read_text(encoding="utf-8")
    assert outputs["ray"] == outputs["local"]
    assert len(json.loads(outputs["ray"][1])["reports"]) == len(drafts)


@pytest.mark.parametrize("bad", [lambda texts: np.zeros((len(texts) + 1, 8)), lambda texts: np.zeros(len(texts))],
                         ids=["extra-row", "one-dimensional"])
def test_injected_embed_of_wrong_shape_is_a_config_error(bad):
    corpus = make_corpus({"a": "The plant opened in May.", "b": "Workers joined the plant."})
    with pytest.raises(ConfigError, match="one row per text"):
        Index(FakeEmbedder()).build(corpus, embed=bad)
