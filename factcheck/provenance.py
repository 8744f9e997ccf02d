"""Provenance inside a corpus: syndication clusters, origins and citing chains.

Syndicated copies of one story (wire copy republished with a new headline, a
trimmed version, a lightly edited rewrite) count as one origin when
corroboration is scored. :class:`SyndicationDetector` finds them with
MinHash signatures of word shingles, indexed in a datasketch LSH Ensemble
(which answers containment queries, so a trimmed copy is found inside the
full story), and confirms each candidate pair with the exact shingle
containment. Each cluster's origin is its earliest-published member (on one date,
the copy whose dateline credits its own outlet).

:func:`find_citations` finds "X reported, citing Y" chains in a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from factcheck.model import Document

__all__ = [
    "ORIGIN_RULES",
    "Citation",
    "Provenance",
    "SyndicationDetector",
    "dateline_credit",
    "find_citations",
    "shingles",
]

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 3) -> set[str]:
    """The set of lower-cased ``size``-word shingles of ``text`` (its words if shorter)."""
    words = _TOKEN.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


#: Version of the rules that cluster documents and pick origins; persisted clusters of another version are
#: recomputed (2: a copy crediting its own outlet in its dateline is the origin among same-day copies; 3: a
#: credit naming the outlet in fewer words counts, "(Huaxia)" for "Huaxia News Agency").
ORIGIN_RULES = "3"


def _order_key(doc: Document) -> tuple[int, str, bool, str]:
    """Earliest published first; undated after dated; on the same date the copy whose dateline credits its
    own outlet ("LIMA (PW) -" in Pacific Wire's story), then by id."""
    return (doc.published is None, doc.published or "", not _credits_itself(doc), doc.id)


#: A dateline crediting a wire or agency: "TAIYUAN, May 16 (Huaxia) —", "ACCRA (West Africa Wire) -".
_DATELINE_CREDIT = re.compile(r"\s*[A-Z][^()\n]{0,60}?\(([A-Z][^()\n]{1,40})\)\s*[—–-]")


def dateline_credit(text: str) -> str | None:
    """The wire or agency a text's opening dateline credits ("Huaxia" in "TAIYUAN, May 16 (Huaxia) — ..."), or None."""
    m = _DATELINE_CREDIT.match(text)
    return None if m is None else m.group(1)


def _credits_itself(doc: Document) -> bool:
    """Whether the opening of ``doc`` credits its own outlet in parentheses, by name or initials."""
    if not doc.outlet:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", doc.outlet))
    names = [re.escape(doc.outlet)] + ([re.escape(initials)] if len(initials) >= 2 else [])
    if re.search(r"\((?:" + "|".join(names) + r")\)", doc.text[:300]) is not None:
        return True
    # "(Huaxia)" in the story of "Huaxia News Agency (state news agency)": the credit's words open the outlet's name
    credit = dateline_credit(doc.text[:300])
    if credit is None:
        return False
    words = re.findall(r"[\w'’]+", credit.lower())
    outlet = re.findall(r"[\w'’]+", re.sub(r"\([^)]*\)", " ", doc.outlet).lower())
    return bool(words) and outlet[: len(words)] == words


@attrs.frozen
class Provenance:
    """Syndication clusters of a corpus.

    Attributes:
        clusters: Every cluster (singletons included) as document ids, origin first.
        syndicated: The origins that others carry copies of (a wire's stories).
    """

    clusters: tuple[tuple[str, ...], ...]
    _where: Mapping[str, int] = attrs.field(repr=False, eq=False)
    syndicated: frozenset[str] = attrs.field(repr=False, eq=False)

    @classmethod
    def from_clusters(cls, clusters: Iterable[Sequence[str]]) -> Provenance:
        """Build from clusters whose first member is the origin."""
        cl = tuple(tuple(c) for c in clusters)
        return cls(cl, {doc_id: i for i, c in enumerate(cl) for doc_id in c}, frozenset(c[0] for c in cl if len(c) > 1))

    def cluster(self, doc_id: str) -> tuple[str, ...]:
        """The cluster holding ``doc_id`` (origin first)."""
        return self.clusters[self._where[doc_id]]

    def origin(self, doc_id: str) -> str:
        """The id of the earliest-published member of the document's cluster."""
        return self.clusters[self._where[doc_id]][0]

    def independent(self, doc_ids: Iterable[str]) -> tuple[str, ...]:
        """The distinct origins behind ``doc_ids``, in first-seen order."""
        return tuple(dict.fromkeys(self.origin(d) for d in doc_ids))


@attrs.frozen
class SyndicationDetector:
    """Finds near-duplicate and syndicated documents.

    Two documents are syndicated when at least ``containment`` of the smaller
    one's word shingles appear in the other. Documents with fewer than
    ``min_shingles`` shingles are only clustered with exact copies of their
    text (a one-line brief inside a long story is not a copy of it).

    Args:
        shingle_size: Words per shingle.
        containment: Threshold on ``|A & B| / min(|A|, |B|)``.
        num_perm: MinHash permutations.
        min_shingles: Shingles below which a document is matched exactly only.
        seed: MinHash seed (results are deterministic for a given seed).
    """

    shingle_size: int = 3
    containment: float = 0.7
    num_perm: int = 128
    min_shingles: int = 12
    seed: int = 1

    def fit(self, documents: Sequence[Document]) -> Provenance:
        """Cluster ``documents`` and pick each cluster's origin."""
        docs = list(documents)
        sets = [shingles(d.text, self.shingle_size) for d in docs]
        parent = list(range(len(docs)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        # exact copies (also catches short texts)
        first: dict[str, int] = {}
        for i, d in enumerate(docs):
            key = " ".join(_TOKEN.findall(d.text.lower()))
            if key and key in first:
                union(first[key], i)
            elif key:
                first[key] = i

        big = [i for i, s in enumerate(sets) if len(s) >= self.min_shingles]
        if len(big) > 1:
            for i, j in self._candidates(big, sets):
                a, b = sets[i], sets[j]
                if len(a & b) >= self.containment * min(len(a), len(b)):
                    union(i, j)

        groups: dict[int, list[Document]] = {}
        for i, d in enumerate(docs):
            groups.setdefault(find(i), []).append(d)
        clusters = [
            tuple(d.id for d in sorted(g, key=_order_key)) for g in groups.values()
        ]
        return Provenance.from_clusters(clusters)

    def _candidates(
        self, members: list[int], sets: list[set[str]]
    ) -> Iterable[tuple[int, int]]:
        from datasketch import MinHash, MinHashLSHEnsemble

        hashes: list[Any] = MinHash.bulk(
            [[s.encode("utf-8") for s in sets[i]] for i in members],
            num_perm=self.num_perm,
            seed=self.seed,
        )
        # query a little below the threshold: MinHash estimates are noisy; pairs are verified exactly
        lsh = MinHashLSHEnsemble(
            threshold=max(0.05, self.containment - 0.15),
            num_perm=self.num_perm,
            num_part=8,
        )
        lsh.index((i, h, len(sets[i])) for i, h in zip(members, hashes))
        seen: set[tuple[int, int]] = set()
        for i, h in zip(members, hashes):
            for j in lsh.query(h, len(sets[i])):
                pair = (min(i, j), max(i, j))
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair


# --------------------------------------------------------------------------- citing chains


@attrs.frozen
class Citation:
    """A citing chain found in a document: ``chain[0]`` reports, citing ``chain[1]`` (and so on).

    Attributes:
        chain: Source names as written, outermost first ("Yonhap", "a government official").
        cue: The cue word that links them ("citing", "quoting", "quoted").
        start: Offset of the first source in the text.
        end: End offset of the last source in the text.
    """

    chain: tuple[str, ...] = attrs.field(converter=tuple)
    cue: str
    start: int
    end: int

    @property
    def source(self) -> str:
        """The outermost (reporting) source."""
        return self.chain[0]

    @property
    def cited(self) -> str:
        """The innermost (cited) source."""
        return self.chain[-1]


_VERB = (
    r"(?:reported|reports|said|says|wrote|writes|announced|stated|claimed|added|noted|"
    r"quoted|cited|confirmed|disclosed|revealed|broadcast|published)"
)
_WHEN = (
    r"(?:\s+(?:on|late|early|last|this|earlier|later|in|overnight)(?:\s+[\w-]+){0,2})?"
)
_CITED = r"(?P<cited>[^,;:()\"“”\n]{2,120}?)"
_STOP = (
    r"(?=\s*(?:[,;:()\"“”\n]|(?<![A-Z])\.(?:\s|$)|$)|\s+(?:as\s+saying|that|who|which|in\s+a|in\s+an|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|showing|saying)\b)"
)
_PATTERNS = (
    # "Yonhap reported on Sunday, citing officials" / "..., Yonhap said, citing officials"
    re.compile(_VERB + _WHEN + r"\s*,?\s+(?P<cue>citing|quoting)\s+" + _CITED + _STOP),
    # "according to Yonhap, citing officials" / "according to Yonhap, which cited officials"
    re.compile(
        r"[Aa]ccording\s+to\s+(?P<src>[^,;:()\n]{2,80}?)\s*,\s*(?P<cue>citing|quoting|which\s+cited|who\s+cited)\s+"
        + _CITED
        + _STOP
    ),
    # "Yonhap quoted a ministry official as saying"
    re.compile(r"(?P<cue>quoted)\s+" + _CITED + r"(?=\s+as\s+saying\b)"),
)
_NESTED = re.compile(
    r"\s*,?\s*(?:which|who)\s+(?:in\s+turn\s+)?(?:cited|quoted)\s+" + _CITED + _STOP
)
_CLAUSE_START = re.compile(
    r"(?:^|[.!?;:,\"“”()\n]|\b(?:and|but|while|as|that|after|when)\b)\s*", re.IGNORECASE
)
_LEADING = re.compile(r"^(?:also|meanwhile|however|separately)\s+", re.IGNORECASE)


def _source_before(text: str, end: int) -> tuple[int, str] | None:
    """The subject of the reporting verb that starts at ``end``: back to the clause start, at most 8 words."""
    window_start = max(0, end - 160)
    window = text[window_start:end]
    starts = [
        m.end()
        for m in _CLAUSE_START.finditer(window)
        if m.end() < len(window.rstrip())
    ]
    clause_at = starts[-1] if starts else 0
    clause = window[clause_at:]
    words = clause.split()
    if not words:
        return None
    words = words[-8:]
    src = _LEADING.sub("", " ".join(words)).strip()
    if not src or not re.search(r"\w", src):
        return None
    at = window_start + window.rfind(src)
    return at, src


def find_citations(text: str) -> tuple[Citation, ...]:
    """Find "X reported, citing Y" chains in ``text``.

    Recognised forms: "X reported/said (on DAY), citing Y", "X said, quoting
    Y", "according to X, citing Y", "X quoted Y as saying", each optionally
    extended by "..., which/who cited Z". Source names are returned as
    written; pronouns are not resolved.
    """
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for number, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if "src" in pattern.groupindex:
                src, src_at = m.group("src").strip(), m.start("src")
            else:
                verb_at = m.start() if number == 0 else m.start("cue")
                got = _source_before(text, verb_at)
                if got is None:
                    continue
                src_at, src = got
            chain = [src, m.group("cited").strip()]
            end = m.end("cited")
            while True:
                nested = _NESTED.match(text, end)
                if not nested:
                    break
                chain.append(nested.group("cited").strip())
                end = nested.end("cited")
            cue = " ".join(m.group("cue").split())
            found.append(Citation(chain=tuple(chain), cue=cue, start=src_at, end=end))
            taken.append((src_at, end))
    found.sort(key=lambda c: c.start)
    return tuple(found)
