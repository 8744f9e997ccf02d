"""Faults: atomic writes, killed builds, corrupt or outdated indexes, concurrent builders."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import factcheck.embed
from factcheck import cli
from factcheck.corpus import Corpus
from factcheck.errors import IndexCorruptError
from factcheck.index import SCHEMA_VERSION, Index
from factcheck.io import atomic_write
from factcheck.ledger import load_ledger, save_ledger, update_ledger
from factcheck.model import Claim, ClaimCheck, Report, Verdict
from factcheck.testing import FakeEmbedder

REPO = Path(__file__).resolve().parents[1]
TOPICS = (
    "tides",
    "harvest",
    "elections",
    "railways",
    "vaccines",
    "satellites",
    "bridges",
    "fisheries",
)


def write_corpus(folder: Path, n: int, tag: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        (folder / f"doc-{i:03d}.md").write_text(
            f"---\ntitle: Report {i}{tag}\n---\nOfficials said the {topic} report number {i}{tag} was published. "
            f"It counted {i * 13 + 7} cases in region {i % 5}.\n\nA second paragraph about {topic} follows here.\n"
        )
    return folder


def index_files(store: Path) -> set[str]:
    return {p.name for p in store.iterdir()}


def healthy(store: Path) -> Index:
    """Load the index (checksums verified) and check every file belongs to the manifest."""
    ix = Index.load(store, FakeEmbedder(64))
    manifest = json.loads((store / "manifest.json").read_text())
    assert index_files(store) == {e["name"] for e in manifest["files"].values()} | {
        "manifest.json",
        "build.lock",
        "provenance.json",
    }
    assert ix.search("officials report cases", k=3)
    return ix


def _fake_checker(
    settings: Any, sources: Path, k: int = 5, index_path: Any = None, **_: Any
) -> Any:
    from factcheck.check import Checker

    return Checker(
        Corpus.from_path(sources),
        embedder=FakeEmbedder(64),
        k=k,
        index_path=index_path or settings.index,
    )


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The CLI's default embedder replaced by FakeEmbedder(64); an empty [tool.factcheck]."""
    monkeypatch.setattr(
        factcheck.embed, "SentenceTransformerEmbedder", lambda *a, **k: FakeEmbedder(64)
    )
    monkeypatch.setattr(cli, "_checker", _fake_checker)
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n")
    monkeypatch.chdir(tmp_path)


# --------------------------------------------------------------------------- atomic writes


def test_atomic_write_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")

    def boom(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, "new" * 1000)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out.json"
    ]  # temp file removed


def test_atomic_write_interrupted_mid_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    real_fsync = os.fsync

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def _report(text: str) -> Report:
    claim = Claim(id="c1", text=text, start=0, end=len(text), checkworthy=0.9)
    return Report(
        claims=[ClaimCheck(claim, Verdict.SUPPORTED, 0.8)], text=text, path="story.md"
    )


def test_ledger_write_failure_keeps_the_old_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger_dir = tmp_path / "claims"
    first = update_ledger(ledger_dir, _report("The bridge opened in 1999."))
    before = Path(first.path).read_bytes()

    def boom(src: Any, dst: Any) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        update_ledger(ledger_dir, _report("The tunnel opened in 2001."))
    with pytest.raises(OSError):
        save_ledger(first, ledger_dir)
    monkeypatch.undo()
    assert Path(first.path).read_bytes() == before
    assert [e.text for e in load_ledger(ledger_dir, "story").entries] == [
        "The bridge opened in 1999."
    ]
    assert not [p for p in ledger_dir.iterdir() if p.name.endswith(".tmp")]


def test_index_write_failure_keeps_the_previous_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "ix"
    Index(FakeEmbedder(64), path=store).build(
        Corpus.from_path(write_corpus(tmp_path / "v1", 6))
    )
    manifest = (store / "manifest.json").read_text()
    real_save = np.save
    saved = []

    def failing_save(*args: Any, **kwargs: Any) -> None:
        saved.append(1)
        if len(saved) == 3:
            raise OSError(28, "No space left on device")
        real_save(*args, **kwargs)

    monkeypatch.setattr(np, "save", failing_save)
    v2 = Corpus.from_path(write_corpus(tmp_path / "v2", 9, tag="b"))
    with pytest.raises(OSError, match="No space"):
        Index(FakeEmbedder(64), path=store).build(v2)
    monkeypatch.undo()
    assert (store / "manifest.json").read_text() == manifest
    assert len(Index.load(store, FakeEmbedder(64)).corpus) == 6  # the old index, intact
    assert (
        len(Index(FakeEmbedder(64), path=store).build(v2).corpus) == 9
    )  # the next run completes
    assert len(healthy(store).corpus) == 9  # and sweeps the orphans of the failed one


# --------------------------------------------------------------------------- killed builds

_BUILDER = textwrap.dedent(
    """
    import os, sys, time, pathlib
    import numpy as np
    import factcheck.embed
    from factcheck.testing import FakeEmbedder

    mode, marker = os.environ["FC_MODE"], pathlib.Path(os.environ["FC_MARKER"])
    pause = float(os.environ.get("FC_PAUSE", "60"))

    class Slow(FakeEmbedder):
        def encode(self, texts):
            out = super().encode(texts)
            if mode == "embed":
                marker.write_text("embedding")
                time.sleep(pause)
            return out

    factcheck.embed.SentenceTransformerEmbedder = lambda *a, **k: Slow(64)
    from factcheck import cli
    from factcheck.check import Checker
    from factcheck.corpus import Corpus

    def fake_checker(settings, sources, k=5, index_path=None, **_):
        return Checker(Corpus.from_path(sources), embedder=Slow(64), k=k, index_path=index_path or settings.index)

    cli._checker = fake_checker
    if mode in ("write", "slow-write"):
        real_save, count = np.save, [0]

        def slow_save(*args, **kwargs):
            real_save(*args, **kwargs)
            count[0] += 1
            if count[0] == 2:
                marker.write_text("writing")
            time.sleep(pause if count[0] == 2 and mode == "write" else 0.2)

        np.save = slow_save

    sys.exit(cli.main(["index", sys.argv[1], "--index-path", sys.argv[2]]))
    """
)


def _spawn(
    tmp_path: Path,
    mode: str,
    corpus: Path,
    store: Path,
    marker: Path,
    pause: float = 60,
) -> subprocess.Popen[str]:
    script = tmp_path / "builder.py"
    script.write_text(_BUILDER)
    env = {
        **os.environ,
        "FC_MODE": mode,
        "FC_MARKER": str(marker),
        "FC_PAUSE": str(pause),
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "OMP_NUM_THREADS": "1",
    }
    return subprocess.Popen(
        [sys.executable, str(script), str(corpus), str(store)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(marker: Path, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(
                f"builder exited early ({proc.returncode}): {proc.communicate()}"
            )
        if time.monotonic() > deadline:  # pragma: no cover - a hung machine
            proc.kill()
            raise AssertionError("builder never reached the kill point")
        time.sleep(0.05)


@pytest.mark.parametrize(
    "mode", ["embed", "write"], ids=["killed-while-embedding", "killed-while-writing"]
)
def test_sigkilled_index_build_leaves_previous_index_usable(
    tmp_path: Path, fake_model: None, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    store = tmp_path / "ix"
    src = write_corpus(tmp_path / "sources", 8)
    assert cli.main(["index", str(src), "--index-path", str(store)]) == 0
    manifest = (store / "manifest.json").read_bytes()
    write_corpus(
        src / "more", 5, tag="x"
    )  # the corpus grows; the next build has work to do

    marker = tmp_path / "marker"
    proc = _spawn(tmp_path, mode, src, store, marker)
    _wait_for(marker, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    if mode == "write":
        assert any(
            n.endswith(".tmp") or n.count(".") >= 2
            for n in index_files(store) - {"manifest.json"}
        )

    assert (
        store / "manifest.json"
    ).read_bytes() == manifest  # the previous index is untouched...
    assert len(Index.load(store, FakeEmbedder(64)).corpus) == 8  # ...and usable
    capsys.readouterr()
    assert (
        cli.main(["index", str(src), "--index-path", str(store)]) == 0
    )  # the next run completes
    out, err = capsys.readouterr()
    assert (
        "indexed 13 document(s)" in out and err == ""
    )  # the dead process's lock does not block it
    assert len(healthy(store).corpus) == 13


def test_concurrent_builders_do_not_corrupt_the_index(tmp_path: Path) -> None:
    store = tmp_path / "ix"
    a = write_corpus(tmp_path / "a", 6)
    b = write_corpus(tmp_path / "b", 11, tag="b")
    procs = [
        _spawn(
            tmp_path,
            "slow-write",
            corpus,
            store,
            tmp_path / f"marker-{corpus.name}",
            pause=0,
        )
        for corpus in (a, b)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert all(err == "" for _, err in results), results
    ix = healthy(store)  # checksums pass and no file of the loser is left or missing
    assert len(ix.corpus) in (6, 11)
    assert (
        len(Index(FakeEmbedder(64), path=store).build(Corpus.from_path(b)).corpus) == 11
    )
    healthy(store)


# --------------------------------------------------------------------------- corrupt or outdated indexes


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    i = len(data) // 2
    data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _manifest_edit(store: Path, edit: Any) -> None:
    m = json.loads((store / "manifest.json").read_text())
    edit(m)
    (store / "manifest.json").write_text(json.dumps(m))


DAMAGE = {
    "flip-vectors": lambda s: _flip_middle(next(s.glob("vectors.*.npy"))),
    "flip-keys": lambda s: _flip_middle(next(s.glob("keys.*.npy"))),
    "flip-spans": lambda s: _flip_middle(next(s.glob("spans.*.npy"))),
    "flip-documents": lambda s: _flip_middle(next(s.glob("documents.*.jsonl"))),
    "truncate-vectors": lambda s: next(s.glob("vectors.*.npy")).write_bytes(
        next(s.glob("vectors.*.npy")).read_bytes()[:100]
    ),
    "truncate-manifest": lambda s: (s / "manifest.json").write_bytes(
        (s / "manifest.json").read_bytes()[:57]
    ),
    "empty-manifest": lambda s: (s / "manifest.json").write_bytes(b""),
    "binary-manifest": lambda s: (s / "manifest.json").write_bytes(
        b"\xff\xfe\x00garbage"
    ),
    "manifest-not-object": lambda s: (s / "manifest.json").write_text("[1, 2, 3]"),
    "version-mismatch": lambda s: _manifest_edit(
        s, lambda m: m.update(version=SCHEMA_VERSION + 1)
    ),
    "version-missing": lambda s: _manifest_edit(s, lambda m: m.pop("version")),
    "files-missing": lambda s: _manifest_edit(s, lambda m: m.pop("files")),
    "passages-lie": lambda s: _manifest_edit(
        s, lambda m: m.update(passages=m["passages"] + 1)
    ),
    "escaping-file-name": lambda s: _manifest_edit(
        s, lambda m: m["files"]["vectors"].update(name="../outside.npy")
    ),
    "absolute-file-name": lambda s: _manifest_edit(
        s, lambda m: m["files"]["vectors"].update(name="/etc/hostname")
    ),
    "pickled-array": lambda s: _pickled(s),
    "fingerprint-missing": lambda s: _manifest_edit(
        s, lambda m: m.pop("corpus_fingerprint")
    ),
    "embedder-missing": lambda s: _manifest_edit(s, lambda m: m.pop("embedder")),
    "chunker-unknown-key": lambda s: _manifest_edit(
        s, lambda m: m.update(chunker={"evil": 1})
    ),
    "chunker-not-object": lambda s: _manifest_edit(s, lambda m: m.update(chunker="x")),
    "files-is-list": lambda s: _manifest_edit(s, lambda m: m.update(files=[])),
    "file-entry-not-object": lambda s: _manifest_edit(
        s, lambda m: m["files"].update(vectors="x")
    ),
    "document-row-unknown-key": lambda s: _bad_document_row(s),
}


def _bad_document_row(store: Path) -> None:
    """A documents file (with a matching checksum) whose row has a field Document does not take."""
    import hashlib

    docs = next(store.glob("documents.*.jsonl"))
    rows = [json.loads(line) for line in docs.read_text().splitlines()]
    rows[0]["__class__"] = "os.system"
    docs.write_text("".join(json.dumps(r) + "\n" for r in rows))
    digest = hashlib.sha256(docs.read_bytes()).hexdigest()
    _manifest_edit(store, lambda m: m["files"]["documents"].update(sha256=digest))


def _pickled(store: Path) -> None:
    """Replace the keys array by an object array (which needs pickle), with a matching checksum."""
    import hashlib

    keys = next(store.glob("keys.*.npy"))
    np.save(keys, np.array([{"x": 1}] * 3, dtype=object), allow_pickle=True)
    digest = hashlib.sha256(keys.read_bytes()).hexdigest()
    _manifest_edit(store, lambda m: m["files"]["keys"].update(sha256=digest))


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_corrupt_index_is_rebuilt_with_a_warning_by_build_and_refused_by_load(
    tmp_path: Path, fake_model: None, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    store = tmp_path / "ix"
    src = write_corpus(tmp_path / "sources", 5)
    (tmp_path / "outside.npy").write_bytes(b"not yours")
    assert cli.main(["index", str(src), "--index-path", str(store)]) == 0
    capsys.readouterr()
    DAMAGE[damage](store)

    with pytest.raises(IndexCorruptError) as info:  # load: a clear error
        Index.load(store, FakeEmbedder(64))
    assert str(store) in str(info.value) and "corrupt or outdated" in str(info.value)

    assert (
        cli.main(["index", str(src), "--index-path", str(store)]) == 0
    )  # build: rebuilt with a warning
    out, err = capsys.readouterr()
    assert "indexed 5 document(s)" in out
    assert (
        len(err.splitlines()) == 1
        and err.startswith("factcheck: warning: ")
        and "rebuilding the index" in err
    )
    assert "Traceback" not in err
    assert len(healthy(store).corpus) == 5
    assert (tmp_path / "outside.npy").read_bytes() == b"not yours"

    DAMAGE[damage](store)
    corpus = Corpus.from_path(src)
    # the library says the same
    with pytest.warns(RuntimeWarning, match="rebuilding the index"):
        Index(FakeEmbedder(64), path=store).build(corpus)
    healthy(store)
