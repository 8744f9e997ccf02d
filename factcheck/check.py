"""The pipeline: extract claims, retrieve passages, assess them, score verdicts.

:class:`Checker` holds the loaded models and the index so many articles can be
checked without reloading anything. Its constructor only stores settings;
the embedder, the index and the stance model load on first use, once.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.article import Article
from factcheck.embed import Backend
from factcheck.errors import ConfigError
from factcheck.model import (
    Assessment, Claim, ClaimCheck, Evidence, Hit, Mismatch, Report, Stance, Verdict, _written_in,
)
from factcheck.slots.compare import _PLAN_WORDS

if TYPE_CHECKING:
    from factcheck.corpus import Corpus
    from factcheck.embed import Embedder
    from factcheck.index import Index
    from factcheck.slots.records import Slot
    from factcheck.verify import Assessor

__all__ = ["Checker", "check"]

#: Hits with a fused retrieval score below this are not assessed. Measured with ``bench/eval_check.py``
#: (PolNeAR corpora, claims the corpus does not cover): at 0.0 the stance model "contradicts" 41-42 of
#: 150 such claims from passages that only share a word or two; at 0.3 it contradicts 1-2, and the
#: verdicts of covered claims do not change.
DEFAULT_MIN_RELEVANCE = 0.3
#: Fused retrieval score from which a hit is assessed for a value it gives otherwise (see ``Checker``).
DEFAULT_RIVAL_RELEVANCE = 0.2
#: A claim opening on a reference back to what came before: "The new rate ...", "It ...", "Their ...".
_REFERS_BACK = re.compile(r"(?:(?:The|This|That|These|Those)\s+[a-z0-9]|(?:It|They|Its|Their|He|She|His|Her)\s)")
#: The fewest content words a claim needs to be searched for alone.
_MIN_WORDS = 4


#: Right before the value a change started from: "up [from] 131,000 tonnes", "[against] 4.2 million".
_STARTED_FROM = re.compile(r"\b(?:from|against|compared\s+with)\s+(?:about\s+|around\s+|some\s+)?[$€£¥₩]?$", re.I)
#: A forecast's verb: what is expected, not what was done.
_FORECAST = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projected|predicts?|predicted|targeting)\b", re.I
)


#: Words of a plan or an expectation, and of a forecast: a figure told with one has no rival in what is now.
_PLANS = re.compile(rf"\b(?:{_PLAN_WORDS}|expected|forecasts?)\b", re.IGNORECASE)


def _claims_values(claim: str, assessment: Assessment) -> tuple[Mismatch, ...]:
    """The number and date mismatches of a clause's assessment that are values the whole ``claim`` gives, not ones
    the clause cuts short ("two hours" of "two hours and 41 minutes"): the clause is no whole claim to find a
    modality or a name missing from."""
    from factcheck.slots import SlotKind
    from factcheck.slots.extract import _extract

    slots = _extract(claim)
    figures = [x for x in slots if x.kind in (SlotKind.NUMBER, SlotKind.DATE)]
    directions = {x.text for x in slots if x.kind is SlotKind.POLARITY}
    # (and a direction of the claim's figure, where the passage moves that figure the other way)
    return tuple(m for m in assessment.mismatches if (m.kind in ("number", "date") and _written_in(m.claim, claim)
                 and any(_written_in(x.text, m.claim) for x in figures))
                 or (m.kind == "polarity" and m.claim in directions))  # fmt: skip


def _forecast_only(clause: str, passage: str, value: str) -> bool:
    """Whether the passage sentence giving ``value`` forecasts it and the claim's clause forecasts nothing."""
    from factcheck.slots import sentence_with

    return _FORECAST.search(clause) is None and _FORECAST.search(sentence_with(passage, value)) is not None


def _as_neutral(assessment: Assessment) -> Assessment:
    """``assessment`` read as neutral on the whole claim, at its neutral probability."""
    return attrs.evolve(assessment, stance=Stance.NEUTRAL, score=assessment.probabilities[2])


def _needs_context(text: str) -> bool:
    """Whether a claim names too little to be searched for alone: it refers back, or has few content words."""
    from factcheck.slots import content_words

    return _REFERS_BACK.match(text) is not None or len(content_words(text)) < _MIN_WORDS


#: Hits fetched per claim, as a multiple of ``k``, before syndicated copies are dropped.
_FETCH = 3


def _as_corpus(corpus: Corpus | str | os.PathLike[str] | None) -> Corpus | None:
    if corpus is None:
        return None
    from factcheck.corpus import Corpus

    if isinstance(corpus, Corpus):
        return corpus
    if isinstance(corpus, (str, os.PathLike)):
        return Corpus.from_path(corpus)
    raise ConfigError(f"corpus must be a Corpus or a path to one, got {type(corpus).__name__}")


class Checker:
    """Checks articles against one reference corpus, reusing loaded models.

    Args:
        corpus: A :class:`~factcheck.corpus.Corpus` or a path to load one from;
            None allows only :meth:`assess`.
        embedder: The sentence embedder shared by retrieval and stance; None
            means the packaged all-MiniLM-L6-v2, loaded on first use.
        assessor: The stance assessor; None builds the default one around
            ``embedder``.
        index_path: Where the index is persisted (reused when unchanged);
            None keeps it in memory.
        k: Passages retrieved and assessed per claim; the best relevant passage of up to ``k // 2`` origins
            they leave out is assessed too, and so are up to ``k // 2`` passages ranked below them that give
            another figure of the claim's size (counted only for that figure).
        min_relevance: Hits with a fused retrieval score below this are not assessed (default
            0.3, see :data:`DEFAULT_MIN_RELEVANCE`): passages sharing a word or two with a claim
            are where the stance model invents refutations.
        backend: Runtime of the default models (:class:`~factcheck.embed.Backend`);
            ignored for an injected ``embedder``/``assessor``.
        rival_relevance: Hits from this fused score up to ``min_relevance`` are assessed too, and count only
            when they refute the claim on a slot (another figure, date or name; default 0.2, see
            :data:`DEFAULT_RIVAL_RELEVANCE`): a rival figure is often worded too differently to rank high
            ("about 3,400 members of the academic staff were absent" against "4,300 lecturers have stopped
            work"); or when they support it with a sentence giving all of its figures and dates
            (:func:`~factcheck.verify.figure_support`); or, as neutral on the whole claim, for one of its facts
            whose clause they restate (:func:`~factcheck.verify.clause_support`).
        official_record: Call a claim credited to an official body supported when only that body's own
            statement confirms it (see :func:`~factcheck.score.score_claim`); off by default, when such a
            claim is "reported, not corroborated" (unverified) like any other.
    """

    def __init__(
        self,
        corpus: Corpus | str | os.PathLike[str] | None = None,
        *,
        embedder: Embedder | None = None,
        assessor: Assessor | None = None,
        index_path: str | os.PathLike[str] | None = None,
        k: int = 5,
        min_relevance: float = DEFAULT_MIN_RELEVANCE,
        backend: Backend | str = Backend.TORCH,
        official_record: bool = False,
        rival_relevance: float = DEFAULT_RIVAL_RELEVANCE,
    ) -> None:
        if k < 1:
            raise ConfigError(f"k must be at least 1, got {k}")
        for name, value in (("min_relevance", min_relevance), ("rival_relevance", rival_relevance)):
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be a fused retrieval score in [0, 1], got {value!r}; e.g. {name}=0.3")
        try:
            self.backend = Backend(backend)
        except ValueError:
            choices = ", ".join(b.value for b in Backend)
            raise ConfigError(f"backend must be one of {choices}, got {backend!r}") from None
        self.corpus = _as_corpus(corpus)
        self.embedder = embedder
        self.assessor = assessor
        self.index_path = None if index_path is None else os.fspath(index_path)
        self.k = k
        self.min_relevance = min_relevance
        self.official_record = official_record
        self.rival_relevance = rival_relevance
        self._index: Index | None = None
        self._lock = threading.Lock()

    # -- lazily built parts ---------------------------------------------------

    def _embedder(self) -> Embedder:
        if self.embedder is None:
            from factcheck.embed import make_embedder

            self.embedder = make_embedder(self.backend)
        return self.embedder

    def _assessor(self) -> Assessor:
        if self.assessor is None:
            from factcheck.verify import Assessor

            self.assessor = Assessor(self._embedder(), cross_backend=self.backend.value)
        return self.assessor

    @property
    def _floor(self) -> float:
        """The fused score from which a hit is assessed at all: for the claim, or only for a rival value it gives."""
        return min(self.min_relevance, self.rival_relevance)

    @property
    def index(self) -> Index:
        """The retrieval index, built (or loaded from ``index_path``) on first use."""
        if self._index is None:
            with self._lock:
                if self._index is None:
                    if self.corpus is None:
                        raise ConfigError("this Checker has no corpus; pass Checker(corpus) to search or check")
                    from factcheck.index import Index

                    self._index = Index(self._embedder(), path=self.index_path).build(self.corpus)
        return self._index

    # -- the stable surface ---------------------------------------------------

    def search(self, query: str, k: int = 10) -> tuple[Hit, ...]:
        """The ``k`` passages of the corpus most relevant to ``query``."""
        return self.index.search(query, k=k)

    def assess(self, claim: str, passage: str) -> Assessment:
        """The stance of ``passage`` toward ``claim``."""
        return self._assessor().assess(claim, passage)

    def check(self, text: str, *, title: str | None = None, path: str | os.PathLike[str] | None = None) -> Report:
        """Extract the claims of ``text`` and check each against the corpus.

        Args:
            text: The article; Markdown front matter is read for the title.
            title: Overrides the title found in the text.
            path: The file the text came from, recorded in the report.
        """
        from factcheck.claims import extract_claims

        article = Article.from_text(text, title=title, path=path)
        claims = extract_claims(article.body)
        checks = self._check_claims(claims, article.body)
        return Report(claims=checks, text=article.text, title=article.title, path=article.path)

    def check_claims(self, claims: Sequence[Claim]) -> tuple[ClaimCheck, ...]:
        """Check already-extracted claims (for callers with their own extractor)."""
        return self._check_claims(tuple(claims))

    # -- internals ------------------------------------------------------------

    def _check_claims(self, claims: tuple[Claim, ...], text: str | None = None) -> tuple[ClaimCheck, ...]:
        """Each claim's check; ``text``, the article the claims index, tells the names of bodies whose plans a
        claim gives by their sort (:func:`~factcheck.score.plan_names`)."""
        from factcheck.score import plan_names, score_claim
        from factcheck.slots import analyze
        from factcheck.verify import clause_support, figure_support, nil_support, rival_refutation

        if not claims:
            return ()
        if self.corpus is None or len(self.corpus) == 0:
            return tuple(ClaimCheck(claim=c, verdict=Verdict.UNVERIFIED, score=0.0) for c in claims)
        hit_lists = list(self.index.search_many([c.text for c in claims], k=self.k * _FETCH))
        # a claim that opens on a reference back ("The new rate takes effect on July 1") and finds nothing relevant
        # is searched again with the claim before it, which names what it refers to; it is still assessed alone
        # (and so is a claim of a few words: "Fourteen people have died" names no outbreak)
        retry = [i for i, (c, hits) in enumerate(zip(claims, hit_lists)) if i > 0 and _needs_context(c.text)
                 and not any(h.score >= self.min_relevance for h in hits)]  # fmt: skip
        alone: dict[int, Sequence[Hit]] = {}
        if retry:
            again = self.index.search_many([f"{claims[i - 1].text} {claims[i].text}" for i in retry], k=self.k * _FETCH)
            for i, hits in zip(retry, again):  # with what the claim found alone, which may still give a value
                seen = {(h.doc_id, h.start) for h in hits}
                alone[i] = hit_lists[i]
                rest = [h for h in hit_lists[i] if (h.doc_id, h.start) not in seen]
                hit_lists[i] = tuple(sorted((*hits, *rest), key=lambda h: -h.score))
        retried = set(retry)  # hits found with the claim before count only for a value they give, or all of them
        pairs: list[tuple[str, str]] = []
        owners: list[tuple[int, Hit]] = []
        floor = self._floor
        rivals_only: set[tuple[int, str, int]] = set()  # passages ranked below the k, assessed for a rival figure
        for i, (claim, hits) in enumerate(zip(claims, hit_lists)):
            ranked = self._distinct(self._origins_first(hits))
            chosen = list(self._diverse(ranked))
            below = self._rivals_below(claim.text, ranked, chosen)
            chosen.extend(below)
            rivals_only.update((i, h.doc_id, h.start) for h in below)
            chosen.extend(self._stating_below(claim.text, ranked, chosen))
            if i in alone:
                # and the best of what it found alone, which the claim before's may crowd out, where its slots state
                # a value of the claim's or give another ("The plant's rows of panels were built on 24 hectares" /
                # "on an 18-hectare site at Kparatao"); one that gives none is left to the model, off topic
                kept = {(h.doc_id, h.start): n for n, h in enumerate(chosen)}
                for h in self._diverse(self._distinct(self._origins_first(alone[i]))):
                    if (h.doc_id, h.start) in kept:
                        if chosen[kept[(h.doc_id, h.start)]].score < h.score:
                            chosen[kept[(h.doc_id, h.start)]] = h  # (at its own score)
                    elif h.score >= floor and ((rep := analyze(claim.text, h.passage)).mismatches or rep.stated):
                        chosen.append(h)
            for hit in chosen:
                if hit.score >= floor:
                    pairs.append((claim.text, hit.passage))
                    owners.append((i, hit))
        # a passage of little relevance to the whole claim may still give a rival value for one clause of it: it is
        # searched again by clause, and assessed against that clause where it gives one
        low = {(i, h.doc_id, h.start) for i, h in owners if h.score < self.min_relevance}
        by_clause = self._by_clause(claims, {(i, h.doc_id, h.start) for i, h in owners} - low, low)
        pairs.extend((clause or claims[i].text, hit.passage) for i, hit, clause in by_clause)
        assessments = self._assessor().assess_many(pairs) if pairs else []
        self._reread_by_clause(claims, owners, assessments)
        evidence: list[list[Evidence]] = [[] for _ in claims]
        found = list(zip(by_clause, assessments[len(owners) :]))
        rivalled: set[tuple[int, str, int]] = set()
        for (i, hit, clause), assessment in found:
            # found by a clause of the claim, giving another value for it: a rival, if at all
            values = _claims_values(claims[i].text, assessment)
            if clause and values and rival_refutation(clause, hit.passage, assessment):
                evidence[i].append(self._evidence(hit, attrs.evolve(assessment, mismatches=values)))
                rivalled.add((i, hit.doc_id, hit.start))
        for (i, hit), assessment in zip(owners, assessments):
            if (i, hit.doc_id, hit.start) in rivalled:
                continue  # a rival found by a clause, counted above
            if (i, hit.doc_id, hit.start) in rivals_only and not assessment.mismatches:
                assessment = _as_neutral(assessment)  # ranked below the k for its rival figure, which it is not
            if hit.score < self.min_relevance and not (
                rival_refutation(claims[i].text, hit.passage, assessment)
                or figure_support(claims[i].text, hit.passage, assessment)
                or (nil_support(claims[i].text, hit.passage, assessment)
                    and self.corpus.origin(hit.doc_id) in self._story(hit_lists, i))
            ):
                if not clause_support(claims[i].text, hit.passage, assessment):
                    continue  # a passage of little relevance counts only for a value it gives otherwise, or all
                # of them; or, read as neutral on the whole claim, for one fact whose clause it restates
                assessment = _as_neutral(assessment)
            elif assessment.stance is Stance.REFUTES and clause_support(claims[i].text, hit.passage, assessment):
                # the model's weak refutation of a passage restating a clause with its value: neutral on the whole
                # claim, it counts for that clause's fact
                assessment = _as_neutral(assessment)
            if i in retried and assessment.stance is not Stance.NEUTRAL and not (
                assessment.mismatches or figure_support(claims[i].text, hit.passage, assessment)
                or nil_support(claims[i].text, hit.passage, assessment)
            ):
                # the model's call on a passage about what the claim refers to is no call on the claim
                assessment = _as_neutral(assessment)
            evidence[i].append(self._evidence(hit, assessment))
        for (i, hit, clause), assessment in found:
            # found by a clause of the claim, restating it: it counts for that clause's fact, if at all
            if not clause and clause_support(claims[i].text, hit.passage, assessment):
                evidence[i].append(self._evidence(hit, _as_neutral(assessment)))
        wires = self.corpus.provenance.syndicated  # what others carry copies of
        named = [plan_names(text, c, claims[:i]) if text else () for i, c in enumerate(claims)]
        return tuple(score_claim(claim, ev, official_record=self.official_record, wires=wires, plan_names=names)
                     for claim, ev, names in zip(claims, evidence, named))  # fmt: skip

    def _reread_by_clause(
        self, claims: tuple[Claim, ...], owners: Sequence[tuple[int, Hit]], assessments: list[Assessment]
    ) -> None:
        """Read again, against the clause of the figure it changes, a passage read as neutral on a claim of
        several clauses though it gives another value for one of them; kept (its mismatches the claim's values)
        where that clause's reading refutes it on a value. A long claim shares too few of its words with a passage
        on one of its facts to be refuted by it ("About 300 homes were damaged ..., mostly along Meander Way, View
        Drive and streets near the river's east bank" / "put the number of homes with flood damage at about 190");
        the figure's clause alone may share enough. In place, in ``assessments``."""
        from factcheck.score import fact_clauses

        again: list[tuple[int, str]] = []
        clauses: dict[int, tuple[tuple[Slot, str], ...]] = {}  # each claim's figure clauses, read once
        for k, ((i, hit), a) in enumerate(zip(owners, assessments)):
            if a.stance is not Stance.NEUTRAL or hit.score < self.min_relevance:
                continue
            changed = [m for m in a.mismatches if m.kind in ("number", "date")]
            if not changed:
                continue
            text = claims[i].text
            if i not in clauses:
                clauses[i] = fact_clauses(text)
            clause = next((c for x, c in clauses[i] for m in changed
                           if c and _written_in(x.text, m.claim) and c.rstrip(" .") != text.rstrip(" .")
                           and not _STARTED_FROM.search(text[max(0, x.start - 30) : x.start])), None)  # fmt: skip
            if clause:
                again.append((k, clause))
        if not again:
            return
        reread = self._assessor().assess_many([(clause, owners[k][1].passage) for k, clause in again])
        for (k, clause), a in zip(again, reread):
            values = _claims_values(claims[owners[k][0]].text, a)
            if values and a.stance is Stance.REFUTES:
                assessments[k] = attrs.evolve(a, mismatches=values)

    def _by_clause(
        self, claims: tuple[Claim, ...], assessed: set[tuple[int, str, int]], low: set[tuple[int, str, int]]
    ) -> list[tuple[int, Hit, str]]:
        """Passages found by searching each figure's clause of a claim of several clauses on its own, not yet
        assessed, that restate that clause, or give another value for it (returned with the clause, which they are
        assessed against; "" for the others): a claim of several facts ranks low against a passage giving one of
        them ("The census was carried out over six weeks in September and October, at the end of the dry season
        ..." / "Fieldwork took place over a period of six weeks between early September and mid-October"; "The plant
        cost 96 million euros, including a fish pass and ..." / "... put the total investment at around 112 million
        euros"). ``low``: passages assessed against the whole claim, though of little relevance to it: found again,
        they are returned only as rivals."""
        from factcheck.score import fact_clauses
        from factcheck.slots import analyze
        from factcheck.verify import restates_a_clause

        queries: list[tuple[int, str]] = []
        may_rival: set[tuple[int, str]] = set()  # clauses of a figure that is no value a change started from
        for i, claim in enumerate(claims):
            whole = " ".join(claim.text.split()).rstrip(" .")
            for x, c in fact_clauses(claim.text):
                if c and c.rstrip(" .") != whole:
                    queries.append((i, c))
                    if not _STARTED_FROM.search(claim.text[max(0, x.start - 30) : x.start]):
                        may_rival.add((i, c))
        queries = list(dict.fromkeys(queries))
        if not queries:
            return []
        out: list[tuple[int, Hit, str]] = []
        for (i, clause), hits in zip(queries, self.index.search_many([q for _, q in queries], k=self.k)):
            for hit in hits:
                key = (i, hit.doc_id, hit.start)
                # (a clause's rival may rank as low as any rival: "The budget, up 6 percent on this year's" / "a 2025
                # budget of 9.4 billion CFA francs, 6% smaller than this year's"; what restates it, not)
                if hit.score < self.rival_relevance or key in assessed:
                    continue
                text = claims[i].text
                mismatches = analyze(clause, hit.passage).mismatches
                # (ranked that low, a rival the whole claim's slots find too, and a figure's only where the claim
                # tells no plan or expectation: not "a second, 300-megawatt phase" / "a capacity of 240 megawatts")
                rivals = {(m.claim, m.source) for m in mismatches if m.kind == "polarity" or not _PLANS.search(text)}
                if hit.score < self.min_relevance and not rivals & {
                        (m.claim, m.source) for m in analyze(text, hit.passage).mismatches}:  # fmt: skip
                    continue
                if mismatches or hit.score >= self.min_relevance:
                    assessed.add(key)
                if mismatches:
                    # a rival, unless of a value a change started from ("up from 131,000 tonnes the previous
                    # season") or a forecast set against what is done ("expects a crop of 200,000 tonnes")
                    if (i, clause) in may_rival and not any(_forecast_only(clause, hit.passage, m.source)
                                                           for m in mismatches):  # fmt: skip
                        out.append((i, hit, clause))
                elif key in low or hit.score < self.min_relevance:
                    continue
                elif not analyze(text, hit.passage).mismatches and restates_a_clause(text, hit.passage):
                    out.append((i, hit, ""))
        return out

    def _story(self, hit_lists: Sequence[Sequence[Hit]], i: int) -> set[str]:
        """The origins of the documents relevant (``>= min_relevance``) to the claims beside claim ``i``: the
        documents of the story it is told in."""
        assert self.corpus is not None
        near = (hit_lists[j] for j in (i - 1, i + 1) if 0 <= j < len(hit_lists))
        return {self.corpus.origin(h.doc_id) for hits in near for h in hits if h.score >= self.min_relevance}

    def _origins_first(self, hits: Sequence[Hit]) -> list[Hit]:
        """Among equally scored hits, put a cluster's origin before its copies.

        Evidence is deduplicated per origin downstream, so this makes the
        report cite the original story rather than a syndicated copy.
        """
        assert self.corpus is not None
        corpus = self.corpus
        return sorted(hits, key=lambda h: (-round(h.score, 6), corpus.origin(h.doc_id) != h.doc_id))

    def _distinct(self, hits: Sequence[Hit]) -> list[Hit]:
        """Drop a hit whose passage an earlier hit of the same origin already holds (a syndicated copy), so
        that copies of one story do not crowd independent sources out of the ``k`` assessed."""
        assert self.corpus is not None
        seen: set[tuple[str, str]] = set()
        out = []
        for h in hits:
            key = (self.corpus.origin(h.doc_id), " ".join(h.passage.split()))
            if key not in seen:
                seen.add(key)
                out.append(h)
        return out

    def _diverse(self, hits: Sequence[Hit]) -> list[Hit]:
        """The first ``k`` hits, then the best hit of each origin they leave out, up to ``k // 2`` of them (one at
        least) in rank order and only where relevant enough to be assessed at all (``rival_relevance``): an
        independent report giving another count ("The federal surveillance system ... listed 1,865 confirmed
        cases") is not crowded out by four passages of one bulletin and its wire story. (Below ``min_relevance``,
        it counts only as such hits do.)"""
        assert self.corpus is not None
        floor = self._floor
        out = list(hits[: self.k])
        origins = {self.corpus.origin(h.doc_id) for h in out}
        room = max(1, self.k // 2)
        for h in hits[self.k :]:
            if room and h.score >= floor and (origin := self.corpus.origin(h.doc_id)) not in origins:
                out.append(h)
                origins.add(origin)
                room -= 1
        return out

    def _rivals_below(self, claim: str, ranked: Sequence[Hit], chosen: Sequence[Hit]) -> list[Hit]:
        """The hits ranked below those chosen, relevant enough to be assessed at all (``rival_relevance``), that give
        another figure for the claim's, up to ``k // 2`` of them (one at least): a second report's count ("puts the
        number of individual snow leopards at 31") is not crowded out by the passages of the first that state it. (Not
        another date: any passage's year differs from a claim's "since 2004"; nor a figure in a document that states
        the claim's own in a passage chosen: that one is of another thing. Assessed, such a passage counts only for
        the rival figure it gives.)"""
        from factcheck.rivals import ESTIMATE_RATIO
        from factcheck.slots import SlotKind, analyze
        from factcheck.slots.extract import _extract
        from factcheck.slots.sides import started_from

        # (of a figure a change went to or stands at, not one it started from: "from 100 CFA francs to 250" / "will
        # pay 200 CFA francs a day ..., double the current rate")
        figures = {x.text: float(x.value) for x in _extract(claim)  # type: ignore[arg-type]
                   if x.kind is SlotKind.NUMBER and not started_from(x, claim)}

        def near(m: Mismatch, passage: str) -> bool:  # another figure of the claim's, of its size ("31" / "at least
            # 37"; not a lake's level, "1,900.1 metres", for the "about 19 metres" it lost)
            a = next((v for t, v in figures.items() if m.claim.endswith(t)), None)
            b = next((float(x.value) for x in _extract(passage)  # type: ignore[arg-type]
                      if x.kind is SlotKind.NUMBER and m.source.endswith(x.text)), None)
            return a is not None and b is not None and min(a, b) > 0 and max(a, b) / min(a, b) <= ESTIMATE_RATIO

        taken = {(h.doc_id, h.start) for h in chosen}
        out: list[Hit] = []
        stating: set[str] | None = None  # documents a chosen passage of which states one of the claim's figures
        floor = self._floor
        for h in ranked:
            if len(out) >= max(1, self.k // 2) or h.score < floor:
                break
            if (h.doc_id, h.start) in taken:
                continue
            if stating is None:  # (a rival beside the claim's own figure in one document is of another thing)
                stating = {x.doc_id for x in chosen if set(figures) & set(analyze(claim, x.passage).stated)}
            if h.doc_id not in stating and any(m.kind == "number" and near(m, h.passage)
                                               for m in analyze(claim, h.passage).mismatches):
                out.append(h)
        return out

    def _stating_below(self, claim: str, ranked: Sequence[Hit], chosen: Sequence[Hit]) -> list[Hit]:
        """For each figure of the claim a passage chosen gives otherwise and none states, the best hit below the k
        (down to the floor) stating it: the other side of the dispute ("puts the provincial harvest at about 3.6
        million tonnes" chosen, "Production ... is projected at approximately 4.1 million tonnes" left out)."""
        from factcheck.slots import analyze

        reports = [analyze(claim, h.passage) for h in chosen]
        contested = {m.claim for r in reports for m in r.mismatches if m.kind == "number"}
        for r in reports:
            contested -= set(r.stated)
        taken = {(h.doc_id, h.start) for h in chosen}
        out: list[Hit] = []
        for h in ranked:
            if not contested or h.score < self._floor:
                break
            if (h.doc_id, h.start) in taken:
                continue
            stated = {t for t in contested & set(analyze(claim, h.passage).stated)
                      if _with_its_noun(claim, t, h.passage)}
            if stated:
                out.append(h)
                contested -= stated
        return out

    def _evidence(self, hit: Hit, assessment: Assessment) -> Evidence:
        assert self.corpus is not None
        doc = self.corpus.get(hit.doc_id)
        return Evidence(
            doc_id=hit.doc_id,
            passage=hit.passage,
            start=hit.start,
            end=hit.end,
            stance=assessment.stance,
            score=assessment.score,
            origin=self.corpus.origin(hit.doc_id),
            title=doc.title,
            outlet=doc.outlet,
            published=doc.published,
            url=doc.url,
            mismatches=assessment.mismatches,
        )

    def __repr__(self) -> str:
        n = None if self.corpus is None else len(self.corpus)
        return f"Checker(corpus={n} documents, k={self.k}, index={'built' if self._index else 'not built'})"


def _with_its_noun(claim: str, figure: str, passage: str) -> bool:
    """Whether ``passage`` writes ``figure`` with the word the claim writes after it, up to two words on ("4.1
    million tonnes" / "approximately 4.1 million tonnes"; not "11 barangays" / "Morbidity Weeks 1 to 11")."""
    at = claim.find(figure)
    noun = re.match(r"\s+([A-Za-z]{3,})", claim[at + len(figure) :]) if at >= 0 else None
    if noun is None:
        return True  # (a figure with no noun after it: its unit or its clause tells what it is)
    stem = re.escape(noun.group(1)[:5])
    return re.search(rf"{re.escape(figure)}\s+(?:[\w-]+\s+){{0,2}}{stem}", passage, re.IGNORECASE) is not None


def check(text: str, corpus: Corpus | str | os.PathLike[str], **kwargs: Any) -> Report:
    """Check ``text`` against ``corpus`` (a Corpus or a path) in one call.

    Keyword arguments go to :class:`Checker`. Build a :class:`Checker` once
    instead when checking many articles.
    """
    return Checker(corpus, **kwargs).check(text)
