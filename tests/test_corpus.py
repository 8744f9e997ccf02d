"""Loading corpora from disk, chunking into passages, corpus identity."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import Chunker, Corpus, parse_date, read_text
from factcheck.errors import CorpusError
from factcheck.model import Document

WIRE = (
    "The ministry said on Monday that 354,000 people were evacuated from coastal towns. "
    "Officials expect the storm to reach the capital by Wednesday. Schools will stay closed."
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- formats


def test_markdown_front_matter_fills_metadata(tmp_path: Path) -> None:
    write(
        tmp_path / "wire" / "storm.md",
        '---\nid: wire-1\ntitle: "Storm nears coast"\noutlet: Example Wire\npublished: 2025-09-01\n'
        "url: https://example.com/storm\n---\n\n" + WIRE + "\n",
    )
    corpus = Corpus.from_path(tmp_path)
    doc = corpus.get("wire-1")
    assert (doc.title, doc.outlet, doc.published, doc.url) == (
        "Storm nears coast",
        "Example Wire",
        "2025-09-01",
        "https://example.com/storm",
    )
    assert doc.text == WIRE
    assert doc.path == "wire/storm.md"


def test_id_defaults_to_relative_path_and_heading_gives_title(tmp_path: Path) -> None:
    write(tmp_path / "a" / "b.txt", "# Storm nears coast\n\n" + WIRE)
    corpus = Corpus.from_path(tmp_path)
    assert [d.id for d in corpus.documents] == ["a/b.txt"]
    assert corpus.get("a/b.txt").title == "Storm nears coast"


def test_single_file_corpus(tmp_path: Path) -> None:
    f = write(tmp_path / "only.md", WIRE)
    corpus = Corpus.from_path(f)
    assert len(corpus) == 1 and corpus.documents[0].id == "only.md"


def test_jsonl_documents(tmp_path: Path) -> None:
    rows = [
        {"id": "r1", "text": WIRE, "outlet": "Wire", "published": "1 September 2025"},
        {"id": "r2", "text": "Another story about rain.", "title": "Rain"},
    ]
    write(tmp_path / "docs.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    corpus = Corpus.from_path(tmp_path)
    assert [d.id for d in corpus.documents] == ["r1", "r2"]
    assert corpus.get("r1").published == "2025-09-01"
    assert corpus.get("r2").title == "Rain"


def test_html_main_text_and_meta_tags(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Storm nears coast | Example</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-09-01T08:30:00+02:00">'
        '<link rel="canonical" href="https://example.com/storm"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Storm nears coast</h1>"
        f"<p>{WIRE}</p><p>Emergency crews were deployed overnight to the worst-hit districts.</p>"
        "</article><footer>Copyright Example News</footer></body></html>"
    )
    write(tmp_path / "page.html", html)
    doc = Corpus.from_path(tmp_path).documents[0]
    assert "354,000 people were evacuated" in doc.text
    assert "Emergency crews" in doc.text
    assert doc.title == "Storm nears coast | Example"
    assert doc.outlet == "Example News"
    assert doc.published == "2025-09-01T06:30:00"
    assert doc.url == "https://example.com/storm"


@pytest.mark.parametrize(
    "encoded",
    [
        WIRE.encode("utf-8"),
        b"\xef\xbb\xbf" + WIRE.encode("utf-8"),
        WIRE.encode("utf-16"),
        WIRE.encode("utf-16-be").join([b"\xfe\xff", b""]),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    write(tmp_path / "doc.txt", encoded)
    assert Corpus.from_path(tmp_path).documents[0].text == WIRE


def test_crlf_is_normalised(tmp_path: Path) -> None:
    write(tmp_path / "doc.txt", b"---\r\nid: x\r\n---\r\nLine one.\r\n\r\nLine two.")
    assert Corpus.from_path(tmp_path).get("x").text == "Line one.\n\nLine two."


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "keep.md", WIRE)
    write(tmp_path / ".factcheck-index" / "documents.jsonl", '{"id": "x", "text": "y"}')
    write(tmp_path / ".hidden.md", WIRE)
    write(tmp_path / "notes.csv", "a,b")
    assert [d.id for d in Corpus.from_path(tmp_path).documents] == ["keep.md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlinks_outside_root_are_ignored_and_loops_survive(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "inside" / "a.md", WIRE)
    write(tmp_path / "outside" / "secret.md", "Not part of the corpus.")
    os.symlink(tmp_path / "outside", root / "escape")
    os.symlink(tmp_path / "outside" / "secret.md", root / "escape.md")
    os.symlink(root, root / "inside" / "loop")
    os.symlink(
        root / "inside" / "a.md", root / "inside" / "b.md"
    )  # same file twice: loaded once
    with pytest.warns(RuntimeWarning, match="outside the corpus folder"):
        ids = [d.id for d in Corpus.from_path(root).documents]
    assert ids == ["inside/a.md"]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        (
            "bad.md",
            "---\nid: x\nthis line has no colon\n---\nBody.",
            "bad.md:3: malformed front matter",
        ),
        ("open.md", "---\nid: x\ntitle: never closed\nBody.", "no closing"),
        (
            "date.md",
            "---\npublished: not a date at all\n---\nBody.",
            "cannot parse 'not a date at all'",
        ),
        ("bytes.txt", b"caf\xe9 au lait", "cannot decode byte 0xe9"),
        (
            "docs.jsonl",
            '{"id": "a", "text": "ok"}\n{"id": "b"}\n',
            "docs.jsonl:2: missing or invalid 'text'",
        ),
        (
            "broken.jsonl",
            '{"id": "a", "text": "ok"}\n\n{not json}\n',
            "broken.jsonl:3: invalid JSON",
        ),
        ("list.jsonl", '["a", "b"]\n', "list.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_files_raise_one_line_corpus_error(
    tmp_path: Path, name: str, content: str | bytes, needle: str
) -> None:
    write(tmp_path / name, content)
    with pytest.raises(CorpusError) as info:
        Corpus.from_path(tmp_path)
    message = str(info.value)
    assert needle in message
    assert name in message and "\n" not in message


def test_empty_folder_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="empty corpus"):
        Corpus.from_path(tmp_path)
    with pytest.raises(CorpusError, match="no such file"):
        Corpus.from_path(tmp_path / "missing")
    with pytest.raises(CorpusError, match="empty corpus"):
        Corpus.from_documents([])


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\nid: same\n---\nOne.")
    write(tmp_path / "b.md", "---\nid: same\n---\nTwo.")
    with pytest.raises(CorpusError, match="duplicate document id 'same'"):
        Corpus.from_path(tmp_path)


def test_get_missing_is_a_key_error() -> None:
    corpus = Corpus.from_documents([Document(id="a", text=WIRE)])
    with pytest.raises(KeyError, match="no document with id 'nope'"):
        corpus.get("nope")
    assert "a" in corpus and "nope" not in corpus


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-09-01", "2025-09-01"),
        ("1 September 2025", "2025-09-01"),
        ("Sep 1, 2025", "2025-09-01"),
        ("2025-09-01T10:15:00Z", "2025-09-01T10:15:00"),
        ("", None),
    ],
)
def test_parse_date(raw: str, iso: str | None) -> None:
    assert parse_date(raw) == iso


def test_read_text_rejects_latin1(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="re-save the file as UTF-8"):
        read_text(tmp_path / "x.txt", "d\xe9j\xe0".encode("latin-1"))


# --------------------------------------------------------------------------- passages


def test_passages_are_sentence_aligned_and_index_the_text() -> None:
    text = (
        "# Headline here\n\n" + WIRE + "\n\nA second paragraph. It has two sentences."
    )
    corpus = Corpus.from_documents([Document(id="d", text=text)])
    passages = corpus.passages
    assert passages[0].text == "# Headline here"  # a heading is its own passage
    for i, p in enumerate(passages):
        assert p.index == i and p.id == f"d#{i}"
        assert text[p.start : p.end] == p.text
        assert p.text == p.text.strip() and p.text
    assert any(p.text.startswith("A second paragraph.") for p in passages)
    assert corpus.passage("d#1") == passages[1]


sentence = st.lists(
    st.sampled_from(
        ["storm", "the", "ministry", "354,000", "U.S.", "said", "Mr.", "on"]
    ),
    min_size=1,
    max_size=90,
).map(lambda ws: " ".join(ws) + ".")
documents = st.lists(sentence, min_size=1, max_size=12).map(lambda ss: " ".join(ss))


@settings(max_examples=60, deadline=None)
@given(text=documents, max_words=st.integers(5, 60), max_sentences=st.integers(1, 4))
def test_chunker_invariants(text: str, max_words: int, max_sentences: int) -> None:
    spans = Chunker(max_words=max_words, max_sentences=max_sentences)(text)
    assert spans, "a non-empty text yields passages"
    covered = []
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert len(text[s:e].split()) <= max_words
        covered.extend(text[s:e].split())
    assert (
        covered == text.split()
    )  # no overlap by default: every word exactly once, in order
    assert (
        Chunker(max_words=max_words, max_sentences=max_sentences)(text) == spans
    )  # deterministic


def test_chunker_overlap_repeats_sentences() -> None:
    text = "One is here. Two is here. Three is here. Four is here. Five is here."
    plain = Chunker(max_sentences=2)(text)
    overlapping = Chunker(max_sentences=2, overlap=1)(text)
    assert len(overlapping) > len(plain)
    assert overlapping[0][1] > overlapping[1][0]


def test_fingerprint_tracks_content_and_chunker() -> None:
    a = Corpus.from_documents([Document(id="a", text=WIRE)])
    assert (
        a.fingerprint
        == Corpus.from_documents([Document(id="a", text=WIRE)]).fingerprint
    )
    assert (
        a.fingerprint
        != Corpus.from_documents([Document(id="a", text=WIRE + " More.")]).fingerprint
    )
    assert (
        a.fingerprint
        != Corpus.from_documents([Document(id="a", text=WIRE, title="T")]).fingerprint
    )
    assert (
        a.fingerprint
        != Corpus.from_documents(
            [Document(id="a", text=WIRE)], chunker=Chunker(max_words=20)
        ).fingerprint
    )
