"""Records and enums shared by every stage.

All records are frozen attrs classes holding tuples, never lists, so they can
be hashed, shared between threads and compared in tests. Each record that
appears in the JSON report has ``to_dict()`` (the report schema's object) and
``from_dict()`` (its inverse).
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = [
    "SCHEMA",
    "Assessment",
    "Attribution",
    "Claim",
    "ClaimCheck",
    "ClaimKind",
    "Document",
    "Evidence",
    "FactCheck",
    "Hit",
    "Mismatch",
    "Passage",
    "Report",
    "SourceKind",
    "Stance",
    "Verdict",
]

SCHEMA = "factcheck.report/1"


class Verdict(str, enum.Enum):
    """How the reference corpus bears on a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"  #: independent origins disagree
    UNVERIFIED = "unverified"  #: nothing relevant found

    def __str__(self) -> str:
        return self.value


class Stance(str, enum.Enum):
    """What one passage says about one claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"

    def __str__(self) -> str:
        return self.value


class SourceKind(str, enum.Enum):
    """The kind of source a claim is attributed to."""

    STATE_MEDIA = "state_media"
    NEWS_MEDIA = "news_media"
    OFFICIAL = "official"
    EXPERT = "expert"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    PERSON = "person"
    UNATTRIBUTED = "unattributed"

    def __str__(self) -> str:
        return self.value


class ClaimKind(str, enum.Enum):
    """What sort of assertion a claim is."""

    EVENT = "event"
    STATISTIC = "statistic"
    QUOTE = "quote"
    PREDICTION = "prediction"
    OPINION = "opinion"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


# --------------------------------------------------------------------------- helpers


def _tuple(value: Iterable[Any] | None) -> tuple[Any, ...]:
    return () if value is None else tuple(value)


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _unit_interval(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{attribute.name} must be a number in [0, 1], got {value!r}")


def _span(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


def _round(x: float) -> float:
    return round(float(x), 4)


# --------------------------------------------------------------------------- claims


@attrs.frozen
class Attribution:
    """Who asserts a claim, and how the text says so.

    Attributes:
        source: The source as written in the text ("state media"), or None for
            the reporter's own assertion.
        source_kind: The kind of source.
        canonical: The normalised name ("KCNA") where the text links the
            mentions, else the source as written.
        cue: The attribution cue as written ("reported", "according to").
        source_start: Offset of ``source`` in the article, or None.
        source_end: End offset of ``source`` in the article, or None.
        chain: The citing chain, outermost first ("TASS", "Kremlin spokesman").
        inherited: True when the claim continues an account attributed in an
            earlier sentence.
    """

    source: str | None = attrs.field(default=None, converter=_opt_str)
    source_kind: SourceKind = attrs.field(default=SourceKind.UNATTRIBUTED, converter=SourceKind)
    canonical: str | None = attrs.field(default=None, converter=_opt_str)
    cue: str | None = attrs.field(default=None, converter=_opt_str)
    source_start: int | None = None
    source_end: int | None = None
    chain: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    inherited: bool = False

    @property
    def is_attributed(self) -> bool:
        """Whether anyone but the reporter asserts the claim."""
        return self.source_kind is not SourceKind.UNATTRIBUTED

    def to_dict(self) -> dict[str, Any]:
        """The report schema's ``attribution`` object."""
        return {
            "source": self.source,
            "source_kind": self.source_kind.value,
            "canonical": self.canonical,
            "cue": self.cue,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "chain": list(self.chain),
            "inherited": self.inherited,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribution:
        """Inverse of :meth:`to_dict`."""
        return cls(**{f.name: data.get(f.name, f.default) for f in attrs.fields(cls)})


UNATTRIBUTED = Attribution()


@attrs.frozen
class Claim:
    """One checkable assertion and where it came from.

    ``text`` may be a light rewrite of the source (a subject restored);
    ``start``/``end`` always index the original article, and ``spans`` lists
    every piece of the original the claim was built from.
    """

    id: str
    text: str
    start: int = attrs.field(validator=_span)
    end: int = attrs.field(validator=_span)
    sentence: str = ""
    kind: ClaimKind = attrs.field(default=ClaimKind.OTHER, converter=ClaimKind)
    hedged: bool = False
    checkworthy: float = attrs.field(default=0.5, converter=float, validator=_unit_interval)
    attribution: Attribution = UNATTRIBUTED
    spans: tuple[tuple[int, int], ...] = attrs.field(
        default=(), converter=lambda v: tuple(tuple(map(int, s)) for s in _tuple(v))
    )

    def to_dict(self) -> dict[str, Any]:
        """The report schema's claim object without the verification fields."""
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "kind": self.kind.value,
            "hedged": self.hedged,
            "checkworthy": _round(self.checkworthy),
            "attribution": self.attribution.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Inverse of :meth:`to_dict` (extra keys are ignored)."""
        return cls(
            id=data["id"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            sentence=data.get("sentence", ""),
            kind=data.get("kind", "other"),
            hedged=bool(data.get("hedged", False)),
            checkworthy=data.get("checkworthy", 0.5),
            attribution=Attribution.from_dict(data.get("attribution") or {}),
            spans=data.get("spans") or ((data["start"], data["end"]),),
        )


# --------------------------------------------------------------------------- corpus


@attrs.frozen
class Document:
    """One reference document (an archive story, wire copy, release)."""

    id: str
    text: str = attrs.field(repr=False)
    title: str | None = attrs.field(default=None, converter=_opt_str)
    outlet: str | None = attrs.field(default=None, converter=_opt_str)
    published: str | None = attrs.field(default=None, converter=_opt_str)  #: ISO date
    url: str | None = attrs.field(default=None, converter=_opt_str)
    path: str | None = attrs.field(default=None, converter=_opt_str)


@attrs.frozen
class Passage:
    """A chunk of a document, with offsets into the document's text."""

    doc_id: str
    index: int
    text: str
    start: int = attrs.field(validator=_span)
    end: int = attrs.field(validator=_span)

    @property
    def id(self) -> str:
        """Stable passage id: ``<doc_id>#<index>``."""
        return f"{self.doc_id}#{self.index}"


@attrs.frozen
class Hit:
    """One search result.

    ``score`` is the fused score in [0, 1]; ``lexical`` and ``dense`` keep
    the raw components (BM25 normalised to [0, 1], cosine similarity).
    """

    doc_id: str
    passage: str
    start: int
    end: int
    score: float = attrs.field(converter=float, validator=_unit_interval)
    lexical: float | None = None
    dense: float | None = None
    passage_index: int = 0


# --------------------------------------------------------------------------- verification


@attrs.frozen
class Mismatch:
    """A slot (number, date, name, polarity ...) on which claim and source differ."""

    kind: str
    claim: str
    source: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "claim": self.claim, "source": self.source}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mismatch:
        return cls(kind=data["kind"], claim=data["claim"], source=data["source"])


@attrs.frozen
class Assessment:
    """The stance of one passage toward one claim.

    Attributes:
        stance: The decided stance.
        score: Confidence in ``stance``, in [0, 1].
        probabilities: (supports, refutes, neutral) probabilities, each in [0, 1].
        mismatches: Slots on which the passage contradicts the claim.
    """

    stance: Stance = attrs.field(converter=Stance)
    score: float = attrs.field(converter=float, validator=_unit_interval)
    probabilities: tuple[float, float, float] = attrs.field(
        default=(0.0, 0.0, 1.0), converter=lambda v: tuple(float(x) for x in v)
    )
    mismatches: tuple[Mismatch, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Evidence:
    """A passage assessed against a claim, with its document's provenance."""

    doc_id: str
    passage: str
    start: int
    end: int
    stance: Stance = attrs.field(converter=Stance)
    score: float = attrs.field(converter=float, validator=_unit_interval)
    origin: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    mismatches: tuple[Mismatch, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "stance": self.stance.value,
            "score": _round(self.score),
            "origin": self.origin,
            "mismatches": [m.to_dict() for m in self.mismatches],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(
            doc_id=data["doc_id"],
            passage=data["passage"],
            start=data["start"],
            end=data["end"],
            stance=data["stance"],
            score=data["score"],
            origin=data.get("origin"),
            title=data.get("title"),
            outlet=data.get("outlet"),
            published=data.get("published"),
            url=data.get("url"),
            mismatches=[Mismatch.from_dict(m) for m in data.get("mismatches", ())],
        )


def _written_in(fact: str, text: str) -> bool:
    """Whether ``fact`` stands in ``text`` as a whole word or figure ("72" in "a 72-hour strike", not in "1,720"); its
    first letter in either case ("Five" opening a claim is "five" in the sentence); not in a series' format ("the
    best-of-five final")."""
    head = f"[{fact[0].upper()}{fact[0].lower()}]" if fact[:1].isalpha() else re.escape(fact[:1])
    return re.search(r"(?<![\w.,])(?<!of-)" + head + re.escape(fact[1:]) + r"(?![\w]|[.,]\d)", text) is not None


def _opens_in(fact: str, text: str) -> bool:
    """Whether ``text`` ends on the opening words of a figure of several ("... passed with [18 councillors voting
    in favour]" of "18 councillors voting in favour and nine against"): two words at least, the figure's own first."""
    words = fact.split()
    tail = " ".join(text.split())
    heads = (" ".join(words[:n]) for n in range(len(words) - 1, 1, -1))
    return any(tail.endswith(head) and not tail[: -len(head)][-1:].isalnum() for head in heads)


def _in_bearing(direction: str, text: str) -> bool:
    """Whether ``direction`` is part of a compass bearing written as one word in ``text`` ("west" in "northwest")."""
    return any(direction.lower() in m.group(0).lower() for m in _BEARING_WORD.finditer(text))


#: A compass bearing written as one word: "northwest", "south-eastern".
_BEARING_WORD = re.compile(r"\b(?:north|south)-?(?:east|west)\w*", re.IGNORECASE)


@attrs.frozen
class FactCheck:
    """One figure, date, name or direction of a claim, checked on its own.

    Attributes:
        text: The fact as the claim writes it ("72", "Wednesday", "Vistula Container Terminal", "rose").
        kind: ``"number"``, ``"date"``, ``"entity"`` or ``"polarity"`` (a direction: rose / fell).
        verdict: SUPPORTED when an independent origin's on-topic passage states it and none gives another
            value; CONTRADICTED when origins give another value and none states it; DISPUTED when both;
            UNVERIFIED when only the claim's own source states it, or nothing does.
        supported_by: Origins whose passages state it.
        refuted_by: Origins whose passages give another value for it.
        found: The other values given ("48-hour").
    """

    text: str
    kind: str
    verdict: Verdict = attrs.field(converter=Verdict)
    supported_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    refuted_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    found: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def checked(self) -> bool:
        """Whether any origin states it or gives another value."""
        return bool(self.supported_by or self.refuted_by)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "verdict": self.verdict.value,
                "supported_by": list(self.supported_by), "refuted_by": list(self.refuted_by),
                "found": list(self.found)}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FactCheck:
        return cls(text=data["text"], kind=data["kind"], verdict=data["verdict"], supported_by=data.get("supported_by", ()),
                   refuted_by=data.get("refuted_by", ()), found=data.get("found", ()))  # fmt: skip


@attrs.frozen
class ClaimCheck:
    """A claim with its verdict and evidence.

    Attributes:
        claim: The claim checked.
        verdict: The corroboration verdict.
        score: Corroboration score in [0, 1]; grows with independent
            supporting origins and their quality, shrinks with refutations.
        independent_sources: Number of independent origins that support it.
        attribution_confirmed: For attributed claims, whether a document by
            (or quoting) the named source says it; None when unattributed or anonymous.
        evidence: Assessed passages, strongest first.
        note: A short human-readable explanation ("reported, not corroborated").
        facts: The claim's figures, dates and names, each checked on its own (see :class:`FactCheck`).
        rest_verdict: The verdict on the rest of the claim, its contradicted or disputed facts set aside: a
            passage that gives another value for one fact and agrees with the rest supports the rest; for a
            claim contradicted on its source's name alone, the verdict on what the source is said to say. None
            when no fact is contradicted or disputed (the rest's verdict is ``verdict``).
    """

    claim: Claim
    verdict: Verdict = attrs.field(converter=Verdict)
    score: float = attrs.field(converter=float, validator=_unit_interval)
    independent_sources: int = 0
    attribution_confirmed: bool | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    note: str | None = None
    facts: tuple[FactCheck, ...] = attrs.field(default=(), converter=_tuple)
    rest_verdict: Verdict | None = attrs.field(default=None, converter=attrs.converters.optional(Verdict))

    def verdict_for(self, text: str) -> Verdict:
        """The verdict on the part of the claim that says ``text`` (a phrase of the claim or of its sentence).

        The facts (:attr:`facts`) written in ``text`` that an independent origin states or any origin changes
        decide, as a claim's do: DISPUTED when one is disputed, else CONTRADICTED when one is, else SUPPORTED. A
        phrase naming the claim's source gets the claim's verdict (whether the source is misnamed is the claim's);
        one holding none of those facts gets the verdict on the rest of the claim (:attr:`rest_verdict`, else
        :attr:`verdict`): a fact only the claim's own source states is no more than the claim itself.
        """
        source = self.claim.attribution.source
        if source and (source in text or text in source):
            return self.verdict  # the phrase names the source: whether it is misnamed is the claim's verdict
        spoken = {f.verdict for f in self.facts if f.verdict is not Verdict.UNVERIFIED
                  and (_written_in(f.text, text) or (f.kind == "polarity" and _in_bearing(f.text, text))
                       or (f.kind == "number" and _opens_in(f.text, text)))}
        for verdict in (Verdict.DISPUTED, Verdict.CONTRADICTED, Verdict.SUPPORTED):
            if verdict in spoken:
                return verdict
        return self.rest_verdict or self.verdict

    def to_dict(self) -> dict[str, Any]:
        """The report schema's claim object."""
        out = self.claim.to_dict()
        out.update(
            verdict=self.verdict.value,
            score=_round(self.score),
            independent_sources=self.independent_sources,
            attribution_confirmed=self.attribution_confirmed,
            evidence=[e.to_dict() for e in self.evidence],
            note=self.note,
            facts=[f.to_dict() for f in self.facts],
            rest_verdict=None if self.rest_verdict is None else self.rest_verdict.value,
        )
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimCheck:
        return cls(
            claim=Claim.from_dict(data),
            verdict=data["verdict"],
            score=data["score"],
            independent_sources=data.get("independent_sources", 0),
            attribution_confirmed=data.get("attribution_confirmed"),
            evidence=[Evidence.from_dict(e) for e in data.get("evidence", ())],
            note=data.get("note"),
            facts=[FactCheck.from_dict(f) for f in data.get("facts", ())],
            rest_verdict=data.get("rest_verdict"),
        )

    def _repr_html_(self) -> str:
        from factcheck import render

        return render.claimcheck_html(self)


@attrs.frozen
class Report:
    """The result of checking one article.

    Attributes:
        claims: One :class:`ClaimCheck` per extracted claim, in text order.
        text: The article text the offsets index into.
        title: The article's title, if known.
        path: The file the article came from, if any.
    """

    claims: tuple[ClaimCheck, ...] = attrs.field(converter=_tuple)
    text: str = attrs.field(default="", repr=False)
    title: str | None = None
    path: str | None = None

    @property
    def summary(self) -> dict[str, int]:
        """Counts of claims per verdict, plus the total under ``"claims"``."""
        out = {"claims": len(self.claims)}
        for v in Verdict:
            out[v.value] = sum(1 for c in self.claims if c.verdict is v)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The ``factcheck.report/1`` object."""
        return {
            "schema": SCHEMA,
            "article": {"title": self.title, "chars": len(self.text), "path": self.path},
            "claims": [c.to_dict() for c in self.claims],
            "summary": self.summary,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as ``factcheck.report/1`` JSON."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str = "") -> Report:
        """Rebuild a report from :meth:`to_dict` output (the article text is not in it)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"expected schema {SCHEMA!r}, got {data.get('schema')!r}")
        article = data.get("article") or {}
        return cls(
            claims=[ClaimCheck.from_dict(c) for c in data["claims"]],
            text=text,
            title=article.get("title"),
            path=article.get("path"),
        )

    # Renderers live in factcheck.render; these are conveniences.
    def to_text(self) -> str:
        from factcheck import render

        return render.to_text(self)

    def to_markdown(self) -> str:
        from factcheck import render

        return render.to_markdown(self)

    def to_html(self) -> str:
        from factcheck import render

        return render.to_html(self)

    def to_claimreview(self, **kwargs: Any) -> list[dict[str, Any]]:
        from factcheck import render

        return render.to_claimreview(self, **kwargs)

    def to_dataframe(self) -> Any:
        from factcheck import render

        return render.to_dataframe(self)

    def _repr_html_(self) -> str:
        from factcheck import render

        return render.report_html(self)
