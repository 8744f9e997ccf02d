"""The reference corpus: loading documents and cutting them into passages.

A corpus is a folder (searched recursively) or a single file:

* ``.md`` / ``.markdown`` / ``.txt`` with optional front matter between ``---``
  lines (``key: value``; the keys ``id``, ``title``, ``outlet``, ``published``
  and ``url`` are used, others ignored);
* ``.jsonl``: one JSON object per line with ``id`` and ``text`` (plus the same
  optional keys);
* ``.html`` / ``.htm``: the main text is extracted with trafilatura; the
  ``<title>`` and common meta tags fill the metadata.

Hidden files and folders (such as the persisted ``.factcheck-index/``) are
skipped, and symbolic links that point outside the corpus root are ignored.
Dates are normalised to ISO 8601. Passages are sentence-aligned chunks (see
:class:`Chunker`); provenance (syndication clusters, origins, citing chains)
is computed lazily by :mod:`factcheck.provenance`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.article import parse_front_matter
from factcheck.errors import CorpusError, InputError
from factcheck.io import clean_text, decode_text
from factcheck.model import Document, Passage

if TYPE_CHECKING:
    from factcheck.provenance import Citation, Provenance, SyndicationDetector

__all__ = [
    "SUFFIXES",
    "Chunker",
    "Corpus",
    "DocumentNotFoundError",
    "load_documents",
    "parse_date",
    "read_text",
]

#: File suffixes the loader reads; anything else in a corpus folder is ignored.
SUFFIXES = (".md", ".markdown", ".txt", ".jsonl", ".html", ".htm")

_META_KEYS = ("title", "outlet", "published", "url")


class DocumentNotFoundError(CorpusError, KeyError):
    """A document id is not in the corpus."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else ""


# --------------------------------------------------------------------------- decoding


def read_text(path: str | os.PathLike[str], data: bytes | None = None) -> str:
    """Decode a corpus file as UTF-8, UTF-8 with BOM, or UTF-16/32 with BOM.

    Line endings are normalised to ``\\n`` and control characters dropped
    (:func:`factcheck.io.decode_text`).

    Raises:
        CorpusError: If the file cannot be read or decoded.
    """
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CorpusError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    return decode_text(data, path=path, error=CorpusError)


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(
    value: object, *, path: object = None, line: int | None = None
) -> str | None:
    """Normalise a date to ISO 8601 (``YYYY-MM-DD``, or with a UTC time when one is given).

    ISO input is parsed directly; other forms go through dateutil, then
    dateparser (English only, no network). Empty values give None.

    Raises:
        CorpusError: If the value is not a recognisable date.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        parsed: _dt.datetime | _dt.date = value
    elif isinstance(value, _dt.date):
        return value.isoformat()
    else:
        text = str(value).strip().strip("\"'")
        if not text:
            return None
        if _ISO_DATE.match(text):
            try:
                return _dt.date.fromisoformat(text).isoformat()
            except ValueError:
                pass
        parsed_or_none = _parse_datetime(text)
        if parsed_or_none is None:
            raise CorpusError(
                f"published: cannot parse {text!r} as a date; use ISO 8601 such as 2025-09-01",
                path=path,
                line=line,
            )
        parsed = parsed_or_none
    assert isinstance(parsed, _dt.datetime)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    if parsed.time() == _dt.time(0, 0):
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _parse_datetime(text: str) -> _dt.datetime | None:
    try:
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from dateutil import parser as du_parser

        return du_parser.parse(text)
    except (ValueError, OverflowError, ImportError):
        pass
    try:
        import dateparser

        return dateparser.parse(
            text,
            languages=["en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False},
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None


# --------------------------------------------------------------------------- loaders


def _front_matter(text: str, path: object) -> tuple[dict[str, str], str]:
    """Return (front matter, body), with the corpus's error wording."""
    try:
        meta, body_start = parse_front_matter(text, path=path)
    except InputError as exc:
        if exc.line is None:
            raise CorpusError(
                "malformed front matter: the opening `---` has no closing `---` line", path=path, line=1
            ) from None
        raise CorpusError(f"malformed {exc.reason}", path=path, line=exc.line) from None
    return meta, text[body_start:]


def _document(
    doc_id: str,
    text: str,
    meta: dict[str, Any],
    rel: str,
    *,
    path: object,
    line: int | None = None,
) -> Document:
    fields: dict[str, Any] = {}
    for key in _META_KEYS:
        value = meta.get(key)
        if value is not None and (not isinstance(value, (str, int, float)) or isinstance(value, bool)):
            raise CorpusError(
                f"{key}: expected a string, got {type(value).__name__}",
                path=path,
                line=line,
            )
        value = (
            None if value is None or str(value).strip() == "" else clean_text(str(value)).strip()
        )
        fields[key] = value
    fields["published"] = parse_date(fields["published"], path=path, line=line)
    # no control characters or lone surrogates (JSON escapes can produce both) reach passages or outputs
    return Document(id=clean_text(doc_id), text=clean_text(text), path=rel, **fields)


def _load_markdown(path: Path, rel: str) -> list[Document]:
    text = read_text(path)
    meta, body = _front_matter(text, path)
    body = body.strip()
    if "title" not in meta:
        first = body.split("\n", 1)[0]
        if first.startswith("#"):
            meta["title"] = first.lstrip("#").strip()
    doc_id = meta.get("id", "").strip() or rel
    return [_document(doc_id, body, meta, rel, path=path, line=None)]


def _load_jsonl(path: Path, rel: str) -> list[Document]:
    docs = []
    for number, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(
                f"invalid JSON ({exc.msg} at column {exc.colno})",
                path=path,
                line=number,
            ) from None
        if not isinstance(obj, dict):
            raise CorpusError(
                f"expected a JSON object, got {type(obj).__name__}",
                path=path,
                line=number,
            )
        for key in ("id", "text"):
            value = obj.get(key)
            if (
                not isinstance(value, (str, int))
                or isinstance(value, bool)
                or (key == "id" and not str(value).strip())
            ):
                raise CorpusError(
                    f'missing or invalid {key!r}: each line needs "id" and "text" strings',
                    path=path,
                    line=number,
                )
        text = str(obj["text"]).replace("\r\n", "\n").strip()
        docs.append(
            _document(str(obj["id"]).strip(), text, obj, rel, path=path, line=number)
        )
    return docs


_HTML_META = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "published": (
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "dcterms.created",
        "sailthru.date",
    ),
    "url": ("og:url",),
}


def _html_metadata(html: str) -> dict[str, str]:
    """<title>, <meta name|property=... content=...> and <link rel=canonical>."""
    from html.parser import HTMLParser

    found: dict[str, str] = {}
    title: list[str] = []

    class _Parser(HTMLParser):
        in_title = False

        def handle_starttag(
            self, tag: str, attributes: list[tuple[str, str | None]]
        ) -> None:
            a = {k.lower(): (v or "") for k, v in attributes}
            if tag == "title":
                self.in_title = True
            elif tag == "meta":
                key = (
                    a.get("property") or a.get("name") or a.get("itemprop") or ""
                ).lower()
                if key and a.get("content") and key not in found:
                    found[key] = a["content"].strip()
            elif (
                tag == "link"
                and a.get("rel", "").lower() == "canonical"
                and a.get("href")
            ):
                found.setdefault("canonical", a["href"].strip())

        def handle_endtag(self, tag: str) -> None:
            if tag == "title":
                self.in_title = False

        def handle_data(self, data: str) -> None:
            if self.in_title:
                title.append(data)

    parser = _Parser(convert_charrefs=True)
    parser.feed(html)
    meta: dict[str, str] = {}
    for key, names in _HTML_META.items():
        for name in names:
            if found.get(name):
                meta[key] = found[name]
                break
    if "title" not in meta and "".join(title).strip():
        meta["title"] = " ".join("".join(title).split())
    if "url" not in meta and "canonical" in found:
        meta["url"] = found["canonical"]
    return meta


def _load_html(path: Path, rel: str) -> list[Document]:
    html = read_text(path)
    meta = _html_metadata(html)
    import trafilatura

    body = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
    )
    if not body:
        body = trafilatura.html2txt(html) or ""
    # trafilatura puts one paragraph per line; blank lines mark paragraph breaks for the chunker.
    body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    if not body:
        raise CorpusError("no text could be extracted from the HTML", path=path)
    if "published" in meta:
        try:
            parse_date(meta["published"], path=path)
        except CorpusError:
            del meta["published"]  # a junk meta date should not reject the page
    return [_document(rel, body, meta, rel, path=path)]


_LOADERS: dict[str, Callable[[Path, str], list[Document]]] = {
    ".md": _load_markdown,
    ".markdown": _load_markdown,
    ".txt": _load_markdown,
    ".jsonl": _load_jsonl,
    ".html": _load_html,
    ".htm": _load_html,
}


def _warn(message: str) -> None:
    import warnings

    warnings.warn(message, RuntimeWarning, stacklevel=4)


def _walk(root: Path) -> Iterator[Path]:
    """Corpus files under ``root`` in sorted order: no hidden entries, no escaping links, no loops."""
    real_root = os.path.realpath(root)
    seen: set[str] = set()
    seen_files: set[str] = set()

    def inside(real: str) -> bool:
        return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)

    def visit(folder: Path) -> Iterator[Path]:
        real = os.path.realpath(folder)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if folder == root:
                raise CorpusError(f"cannot list the folder ({exc.strerror or exc})", path=root) from None
            _warn(f"{folder}: cannot list the folder ({exc.strerror or exc}); skipping it")
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.startswith("~"):
                continue
            p = Path(entry.path)
            if entry.is_symlink():
                target = os.path.realpath(p)
                if not inside(target):
                    _warn(f"{p}: symbolic link points outside the corpus folder ({target}); skipping it")
                    continue
                if not os.path.exists(target):
                    if p.suffix.lower() in _LOADERS:
                        _warn(f"{p}: broken symbolic link; skipping it")
                    continue
            try:
                if entry.is_dir():
                    yield from visit(p)
                elif entry.is_file() and p.suffix.lower() in _LOADERS:
                    real_file = os.path.realpath(p)
                    if (
                        real_file not in seen_files
                    ):  # a link to a file already loaded adds nothing
                        seen_files.add(real_file)
                        yield p
            except OSError:
                continue

    yield from visit(root)


def load_documents(path: str | os.PathLike[str]) -> list[Document]:
    """Load every document under ``path`` (a folder, searched recursively, or one file).

    Raises:
        CorpusError: If the path is missing, a file is malformed, or two
            documents share an id.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(
            "no such file or folder; pass a corpus folder or file", path=root
        )
    if root.is_dir():
        files = list(_walk(root))
        base = root
    else:
        if root.suffix.lower() not in _LOADERS:
            raise CorpusError(
                f"unsupported file type {root.suffix!r}; expected one of {', '.join(SUFFIXES)}",
                path=root,
            )
        files = [root]
        base = root.parent
    docs: list[Document] = []
    where: dict[str, str] = {}
    for file in files:
        rel = file.relative_to(base).as_posix()
        for doc in _LOADERS[file.suffix.lower()](file, rel):
            if doc.id in where:
                raise CorpusError(
                    f"duplicate document id {doc.id!r} (also in {where[doc.id]}); give each document a unique id",
                    path=file,
                )
            where[doc.id] = rel
            docs.append(doc)
    return docs


# --------------------------------------------------------------------------- chunking

_BLOCK = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*#)|(?<=\n)(?=[ \t]*[-*+][ \t])")
_WORD = re.compile(r"\S+")


@attrs.frozen
class Chunker:
    """Cuts a document into sentence-aligned passages.

    Paragraphs (blank-line separated blocks, markdown headings, list items)
    are split into sentences with pysbd; consecutive sentences of one
    paragraph are grouped into passages of at most ``max_sentences`` sentences
    and ``max_words`` words. A sentence longer than ``max_words`` becomes
    several word windows. ``overlap`` sentences are repeated between
    consecutive passages of a paragraph.

    Args:
        max_words: Word budget of one passage.
        max_sentences: Sentence budget of one passage.
        overlap: Sentences shared by consecutive passages (0 for none).
    """

    max_words: int = 60
    max_sentences: int = 3
    overlap: int = 0

    def __attrs_post_init__(self) -> None:
        if (
            self.max_words < 1
            or self.max_sentences < 1
            or not 0 <= self.overlap < self.max_sentences
        ):
            raise ValueError(
                "Chunker needs max_words >= 1, max_sentences >= 1 and 0 <= overlap < max_sentences, "
                f"got {self.max_words}, {self.max_sentences}, {self.overlap}"
            )

    @property
    def key(self) -> str:
        """A string identifying the settings (part of the corpus fingerprint)."""
        return f"pysbd/w{self.max_words}/s{self.max_sentences}/o{self.overlap}"

    def _segmenter(self) -> Any:
        from factcheck._pysbd import segmenter

        return segmenter()

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)`` of ``text``, whitespace trimmed, paragraph-aware."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for m in [*_BLOCK.finditer(text), None]:
            end = len(text) if m is None else m.start()
            if end > pos and text[pos:end].strip():
                spans.extend(self._block_sentences(text, pos, end))
            if m is not None:
                pos = m.end()
        return spans

    def _block_sentences(
        self, text: str, start: int, end: int
    ) -> list[tuple[int, int]]:
        block = text[start:end]
        spans: list[tuple[int, int]] = []
        cursor = 0
        for sent in self._segmenter().segment(block):
            s = sent.strip()
            if not s:
                continue
            at = block.find(s, cursor)
            if (
                at < 0
            ):  # pysbd altered the text; fall back to the whole rest of the block
                rest = block[cursor:].strip()
                if rest:
                    at = block.find(rest, cursor)
                    spans.append((start + at, start + at + len(rest)))
                return spans
            if (
                spans and at == cursor
            ):  # no space between: pysbd cut inside a token; keep it whole
                spans[-1] = (spans[-1][0], start + at + len(s))
            else:
                spans.append((start + at, start + at + len(s)))
            cursor = at + len(s)
        tail = block[cursor:].strip()
        if tail:
            at = block.find(tail, cursor)
            if spans and at == cursor:
                spans[-1] = (spans[-1][0], start + at + len(tail))
            else:
                spans.append((start + at, start + at + len(tail)))
        return spans

    def __call__(self, text: str) -> list[tuple[int, int]]:
        """Passage spans ``(start, end)`` of ``text``."""
        units: list[
            tuple[int, int, int, bool]
        ] = []  # start, end, words, ends a paragraph
        sentences = self.sentences(text)
        for i, (s, e) in enumerate(sentences):
            words = [(m.start(), m.end()) for m in _WORD.finditer(text, s, e)]
            para_end = i + 1 == len(sentences) or "\n" in text[e : sentences[i + 1][0]]
            if len(words) <= self.max_words:
                units.append((s, e, len(words), para_end))
                continue
            for j in range(0, len(words), self.max_words):
                window = words[j : j + self.max_words]
                last = j + self.max_words >= len(words)
                units.append(
                    (window[0][0], window[-1][1], len(window), para_end and last)
                )
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(units):
            j, words = i, 0
            while (
                j < len(units)
                and j - i < self.max_sentences
                and (j == i or words + units[j][2] <= self.max_words)
            ):
                words += units[j][2]
                j += 1
                if units[j - 1][3]:
                    break
            out.append((units[i][0], units[j - 1][1]))
            if j >= len(units) or units[j - 1][3] or self.overlap == 0:
                i = j
            else:
                i = max(i + 1, j - self.overlap)
        return out


# --------------------------------------------------------------------------- corpus


class Corpus:
    """An immutable collection of reference documents with passages and provenance.

    Build one with :meth:`from_path` or :meth:`from_documents`. Passages and
    provenance are computed on first use and cached.

    Args:
        documents: The documents (ids must be unique).
        chunker: How documents are cut into passages.
        detector: How syndication clusters are found (a
            :class:`~factcheck.provenance.SyndicationDetector`); None for the default.
        root: The folder or file the corpus was loaded from, if any.
    """

    def __init__(
        self,
        documents: Iterable[Document],
        *,
        chunker: Chunker | None = None,
        detector: SyndicationDetector | None = None,
        root: str | None = None,
    ) -> None:
        docs = tuple(documents)
        if not docs:
            raise CorpusError(
                "empty corpus: no documents found; add .md, .txt, .jsonl or .html files",
                path=root,
            )
        by_id: dict[str, Document] = {}
        for doc in docs:
            if not isinstance(doc, Document):
                raise CorpusError(
                    f"expected factcheck.model.Document, got {type(doc).__name__}"
                )
            if doc.id in by_id:
                raise CorpusError(
                    f"duplicate document id {doc.id!r}; give each document a unique id",
                    path=root,
                )
            by_id[doc.id] = doc
        self._documents = docs
        self._by_id = by_id
        self.chunker = chunker if chunker is not None else Chunker()
        self.detector = detector
        self.root = root
        self._lock = threading.RLock()
        self._passages: tuple[Passage, ...] | None = None
        self._passage_by_id: dict[str, Passage] | None = None
        self._provenance: Provenance | None = None
        self._citations: dict[str, tuple[Citation, ...]] = {}
        self._fingerprint: str | None = None

    # -- construction -------------------------------------------------------------

    @classmethod
    def from_path(
        cls,
        path: str | os.PathLike[str],
        *,
        chunker: Chunker | None = None,
        detector: SyndicationDetector | None = None,
    ) -> Corpus:
        """Load a folder (recursively) or a single file.

        Raises:
            CorpusError: If a file is malformed or no documents are found.
        """
        return cls(
            load_documents(path),
            chunker=chunker,
            detector=detector,
            root=os.fspath(path),
        )

    @classmethod
    def from_documents(
        cls,
        docs: Iterable[Document],
        *,
        chunker: Chunker | None = None,
        detector: SyndicationDetector | None = None,
    ) -> Corpus:
        """Wrap documents already in memory."""
        return cls(docs, chunker=chunker, detector=detector)

    # -- documents -----------------------------------------------------------------

    @property
    def documents(self) -> tuple[Document, ...]:
        """The documents, in load order."""
        return self._documents

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._by_id

    def get(self, doc_id: str) -> Document:
        """The document with id ``doc_id``.

        Raises:
            DocumentNotFoundError: (a KeyError) if there is none.
        """
        try:
            return self._by_id[doc_id]
        except KeyError:
            raise DocumentNotFoundError(
                f"no document with id {doc_id!r} in the corpus ({len(self)} documents)"
            ) from None

    # -- passages --------------------------------------------------------------------

    @property
    def passages(self) -> tuple[Passage, ...]:
        """Sentence-aligned chunks of every document, in document order."""
        if self._passages is None:
            with self._lock:
                if self._passages is None:
                    out: list[Passage] = []
                    for doc in self._documents:
                        for index, (s, e) in enumerate(self.chunker(doc.text)):
                            out.append(
                                Passage(
                                    doc_id=doc.id,
                                    index=index,
                                    text=doc.text[s:e],
                                    start=s,
                                    end=e,
                                )
                            )
                    self._set_passages(out)
        assert self._passages is not None
        return self._passages

    def _set_passages(self, passages: Sequence[Passage]) -> None:
        """Install precomputed passages (used by the index when it reloads offsets)."""
        self._passages = tuple(passages)
        self._passage_by_id = None

    def _passage_spans(self) -> Iterator[tuple[int, int, int]]:
        """(document position, start, end) of each passage."""
        pos = {doc.id: i for i, doc in enumerate(self._documents)}
        for p in self.passages:
            yield pos[p.doc_id], p.start, p.end

    def _passages_from_spans(
        self, spans: Iterable[tuple[int, int, int]]
    ) -> list[Passage]:
        out: list[Passage] = []
        counters: dict[int, int] = {}
        for d, s, e in spans:
            doc = self._documents[d]
            index = counters.get(d, 0)
            counters[d] = index + 1
            out.append(
                Passage(doc_id=doc.id, index=index, text=doc.text[s:e], start=s, end=e)
            )
        return out

    def passage(self, passage_id: str) -> Passage:
        """The passage with id ``<doc_id>#<index>``.

        Raises:
            DocumentNotFoundError: (a KeyError) if there is none.
        """
        if self._passage_by_id is None:
            self._passage_by_id = {p.id: p for p in self.passages}
        try:
            return self._passage_by_id[passage_id]
        except KeyError:
            raise DocumentNotFoundError(
                f"no passage with id {passage_id!r} in the corpus"
            ) from None

    # -- provenance ----------------------------------------------------------------

    @property
    def provenance(self) -> Provenance:
        """Syndication clusters and origins of every document (computed once)."""
        if self._provenance is None:
            with self._lock:
                if self._provenance is None:
                    from factcheck.provenance import SyndicationDetector

                    detector = (
                        self.detector
                        if self.detector is not None
                        else SyndicationDetector()
                    )
                    self._provenance = detector.fit(self._documents)
        return self._provenance

    def origin(self, doc_id: str) -> str:
        """Id of the earliest-published member of the document's syndication cluster.

        Undated documents count as later than dated ones; among copies of one
        date, the one whose dateline credits its own outlet ("LIMA (PW) -" in
        Pacific Wire's copy), then the lexicographically smallest id.
        """
        self.get(doc_id)
        return self.provenance.origin(doc_id)

    def cluster(self, doc_id: str) -> tuple[str, ...]:
        """Ids of the documents syndicated with ``doc_id`` (itself included), origin first."""
        self.get(doc_id)
        return self.provenance.cluster(doc_id)

    def citations(self, doc_id: str) -> tuple[Citation, ...]:
        """Citing chains ("X reported, citing Y") found in the document's text."""
        doc = self.get(doc_id)
        if doc_id not in self._citations:
            from factcheck.provenance import find_citations

            self._citations[doc_id] = find_citations(doc.text)
        return self._citations[doc_id]

    # -- identity --------------------------------------------------------------------

    @property
    def fingerprint(self) -> str:
        """A SHA-256 hex digest over every document's id, text and metadata, and the chunker settings."""
        if self._fingerprint is None:
            h = hashlib.sha256()
            h.update(self.chunker.key.encode())
            for doc in self._documents:
                for value in (
                    doc.id,
                    doc.text,
                    doc.title,
                    doc.outlet,
                    doc.published,
                    doc.url,
                ):
                    raw = (
                        b"\x00"
                        if value is None
                        else value.encode("utf-8", "surrogatepass")
                    )
                    h.update(len(raw).to_bytes(8, "little"))
                    h.update(raw)
            self._fingerprint = h.hexdigest()
        return self._fingerprint

    def __repr__(self) -> str:
        root = f", root={self.root!r}" if self.root else ""
        return f"Corpus({len(self)} documents{root})"
