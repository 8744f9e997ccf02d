"""The editor review ledger: ``claims/<story>.json``.

A ledger records, for one story, every claim the checker found and what an
editor decided about it. It lives in git next to the story, so reviews are
diffable and survive re-runs. The file format (``factcheck.ledger/1``)::

    {
      "schema": "factcheck.ledger/1",
      "story": "demo-draft",
      "claims": [
        {"id": "3f9a0c1d2b7e", "text": "...", "start": 0, "end": 120,
         "verdict": "contradicted",
         "review": {"status": "approved", "note": "confirmed by phone",
                    "by": "j.doe", "at": "2025-09-02T10:14:00+00:00"}}
      ]
    }

A claim's ``id`` is a hash of its *normalised* text (Unicode NFKC, case,
whitespace, typographic quotes and dashes folded), so an approval follows the
claim when it moves in the draft or is retyped with other quotes, and stops
applying as soon as its wording changes. ``review.status`` is ``"approved"``,
``"rejected"`` or null (not reviewed yet).

Every write is atomic and done under a file lock (``.<story>.json.lock`` in
the ledger folder), so concurrent CI jobs and editors do not lose updates.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import LedgerError
from factcheck.io import atomic_write
from factcheck.model import Report, Verdict

__all__ = [
    "LEDGER_SCHEMA",
    "Ledger",
    "LedgerEntry",
    "Review",
    "ReviewStatus",
    "claim_key",
    "ledger_path",
    "load_ledger",
    "normalise_claim_text",
    "review_claims",
    "save_ledger",
    "story_name",
    "update_ledger",
]

LEDGER_SCHEMA = "factcheck.ledger/1"

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.;,:]+$")
_LOCK_TIMEOUT_S = 60.0


class ReviewStatus(str, enum.Enum):
    """An editor's decision on a claim."""

    APPROVED = "approved"  #: the claim may stand; it never fails the policy
    REJECTED = "rejected"  #: the claim must not run; it always fails the policy

    def __str__(self) -> str:
        return self.value


def normalise_claim_text(text: str) -> str:
    """Fold a claim's wording to the form its id is computed from.

    NFKC, typographic quotes and dashes to ASCII, case-folded, runs of
    whitespace to one space, trailing punctuation dropped.
    """
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _TRAILING.sub("", _SPACE.sub(" ", text).strip())


def claim_key(text: str) -> str:
    """The stable ledger id of a claim: 12 hex digits of SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_claim_text(text).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def story_name(draft: str | os.PathLike[str]) -> str:
    """The story name of a draft: its file name without the extension."""
    return Path(draft).stem


def ledger_path(ledger_dir: str | os.PathLike[str], story: str) -> Path:
    """Where the ledger of ``story`` lives: ``<ledger_dir>/<story>.json``."""
    if not story or story in {".", ".."} or "/" in story or "\\" in story:
        raise LedgerError(f"invalid story name {story!r}; expected a file stem", path=ledger_dir)
    return Path(ledger_dir) / f"{story}.json"


# --------------------------------------------------------------------------- records


def _opt_status(value: object) -> ReviewStatus | None:
    return None if value is None else ReviewStatus(value)


def _opt_verdict(value: object) -> Verdict | None:
    return None if value is None else Verdict(value)


@attrs.frozen
class Review:
    """An editor's review of one claim.

    Attributes:
        status: The decision, or None when not reviewed yet.
        note: Free text ("confirmed with the ministry by phone").
        by: Who decided.
        at: When, as an ISO 8601 timestamp.
    """

    status: ReviewStatus | None = attrs.field(default=None, converter=_opt_status)
    note: str | None = None
    by: str | None = None
    at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": None if self.status is None else self.status.value,
            "note": self.note,
            "by": self.by,
            "at": self.at,
        }


@attrs.frozen
class LedgerEntry:
    """One claim of a story and its review."""

    id: str
    text: str
    start: int
    end: int
    verdict: Verdict | None = attrs.field(default=None, converter=_opt_verdict)
    review: Review = Review()

    @property
    def approved(self) -> bool:
        return self.review.status is ReviewStatus.APPROVED

    @property
    def rejected(self) -> bool:
        return self.review.status is ReviewStatus.REJECTED

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verdict": None if self.verdict is None else self.verdict.value,
            "review": self.review.to_dict(),
        }


@attrs.frozen
class Ledger:
    """The reviewed claims of one story.

    Attributes:
        story: The story name (the draft's file stem).
        entries: One entry per distinct claim, current claims in text order
            first, then reviewed claims no longer in the draft.
        path: The file it was loaded from or saved to, if any.
    """

    story: str
    entries: tuple[LedgerEntry, ...] = attrs.field(default=(), converter=tuple)
    path: str | None = attrs.field(default=None, eq=False)

    def get(self, key: str) -> LedgerEntry | None:
        """The entry with ledger id ``key``, if any."""
        for entry in self.entries:
            if entry.id == key:
                return entry
        return None

    def review_of(self, text: str) -> Review | None:
        """The review recorded for a claim with this wording (None if never reviewed)."""
        entry = self.get(claim_key(text))
        return None if entry is None or entry.review.status is None else entry.review

    def is_approved(self, text: str) -> bool:
        """Whether a claim with this wording is approved."""
        review = self.review_of(text)
        return review is not None and review.status is ReviewStatus.APPROVED

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": LEDGER_SCHEMA,
            "story": self.story,
            "claims": [e.to_dict() for e in self.entries],
        }

    def to_json(self) -> str:
        # a lone surrogate (only possible inside a JSON string) cannot be saved as UTF-8: keep it as a \u escape
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False)
        return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"

    @classmethod
    def from_dict(cls, data: object, *, path: object = None) -> Ledger:
        """Validate and load a ``factcheck.ledger/1`` object.

        Raises:
            LedgerError: If the object does not follow the schema; the message
                names the file and the offending field.
        """
        if not isinstance(data, Mapping):
            raise LedgerError(f"expected a JSON object, got {type(data).__name__}", path=path)
        if data.get("schema") != LEDGER_SCHEMA:
            raise LedgerError(f'expected "schema": {LEDGER_SCHEMA!r}, got {data.get("schema")!r}', path=path)
        story = data.get("story")
        if not isinstance(story, str) or not story:
            raise LedgerError(f'expected "story" to be a non-empty string, got {story!r}', path=path)
        claims = data.get("claims", [])
        if not isinstance(claims, list):
            raise LedgerError(f'expected "claims" to be a list, got {type(claims).__name__}', path=path)
        entries = [_entry_from_dict(item, i, path) for i, item in enumerate(claims)]
        return cls(story=story, entries=entries, path=None if path is None else str(path))

    def merged(self, report: Report) -> Ledger:
        """This ledger updated with the claims of a new check of the story.

        Claims in the report become entries in text order, keeping the review
        (and, if the new verdict is unknown, the verdict) recorded for the same
        id. Entries whose claim is gone are kept only if they carry a review.
        """
        old = {e.id: e for e in self.entries}
        seen: set[str] = set()
        fresh: list[LedgerEntry] = []
        for check in report.claims:
            key = claim_key(check.claim.text)
            if key in seen:
                continue
            seen.add(key)
            prev = old.get(key)
            fresh.append(
                LedgerEntry(
                    id=key,
                    text=check.claim.text,
                    start=check.claim.start,
                    end=check.claim.end,
                    verdict=check.verdict,
                    review=prev.review if prev is not None else Review(),
                )
            )
        stale = [e for e in self.entries if e.id not in seen and e.review.status is not None]
        return attrs.evolve(self, entries=(*fresh, *stale))

    def with_review(
        self,
        key: str,
        status: ReviewStatus | str | None,
        *,
        note: str | None = None,
        by: str | None = None,
        at: str | None = None,
    ) -> Ledger:
        """This ledger with the review of entry ``key`` replaced.

        Raises:
            LedgerError: If no entry has that id.
        """
        entry = self.get(key)
        if entry is None:
            known = ", ".join(e.id for e in self.entries[:8]) or "none"
            raise LedgerError(
                f"no claim with id {key!r} in story {self.story!r} (known ids: {known}); "
                "run `factcheck review DRAFT` to list them",
                path=self.path,
            )
        review = Review(status=status, note=note, by=by, at=at or _now())
        entries = tuple(attrs.evolve(e, review=review) if e.id == key else e for e in self.entries)
        return attrs.evolve(self, entries=entries)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _entry_from_dict(item: object, i: int, path: object) -> LedgerEntry:
    where = f"claims[{i}]"
    if not isinstance(item, Mapping):
        raise LedgerError(f"{where}: expected an object, got {type(item).__name__}", path=path)
    for key, typ in (("id", str), ("text", str), ("start", int), ("end", int)):
        value = item.get(key)
        if not isinstance(value, typ) or isinstance(value, bool):
            raise LedgerError(f"{where}.{key}: expected {typ.__name__}, got {value!r}", path=path)
    verdict = item.get("verdict")
    if verdict is not None and verdict not in {v.value for v in Verdict}:
        allowed = ", ".join(v.value for v in Verdict)
        raise LedgerError(f"{where}.verdict: expected one of {allowed} or null, got {verdict!r}", path=path)
    raw_review = item.get("review") or {}
    if not isinstance(raw_review, Mapping):
        raise LedgerError(f"{where}.review: expected an object, got {raw_review!r}", path=path)
    status = raw_review.get("status")
    if status is not None and status not in {s.value for s in ReviewStatus}:
        raise LedgerError(
            f'{where}.review.status: expected "approved", "rejected" or null, got {status!r}',
            path=path,
        )
    for key in ("note", "by", "at"):
        if raw_review.get(key) is not None and not isinstance(raw_review.get(key), str):
            raise LedgerError(f"{where}.review.{key}: expected a string or null", path=path)
    return LedgerEntry(
        id=item["id"],
        text=item["text"],
        start=item["start"],
        end=item["end"],
        verdict=verdict,
        review=Review(status=status, note=raw_review.get("note"), by=raw_review.get("by"), at=raw_review.get("at")),
    )


# --------------------------------------------------------------------------- files


def load_ledger(ledger_dir: str | os.PathLike[str], story: str) -> Ledger:
    """Load ``<ledger_dir>/<story>.json``; an empty ledger if the file does not exist.

    Raises:
        LedgerError: If the file is unreadable, not JSON, or not a ``factcheck.ledger/1`` object.
    """
    path = ledger_path(ledger_dir, story)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Ledger(story=story, path=str(path))
    except OSError as exc:
        raise LedgerError(f"cannot read the ledger ({exc.strerror or exc})", path=path) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise LedgerError("not valid UTF-8; ledgers are UTF-8 JSON", path=path) from None
    except json.JSONDecodeError as exc:
        raise LedgerError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=path, line=exc.lineno) from None
    ledger = Ledger.from_dict(data, path=path)
    if ledger.story != story:
        raise LedgerError(
            f'"story" is {ledger.story!r} but the file is for story {story!r}; fix the field or rename the file',
            path=path,
        )
    return ledger


def save_ledger(ledger: Ledger, ledger_dir: str | os.PathLike[str]) -> Path:
    """Write a ledger atomically to ``<ledger_dir>/<story>.json`` (no locking; see :func:`update_ledger`)."""
    path = ledger_path(ledger_dir, ledger.story)
    atomic_write(path, ledger.to_json())
    return path


@contextlib.contextmanager
def _locked(ledger_dir: str | os.PathLike[str], story: str) -> Iterator[None]:
    """Hold the story's ledger lock; a timeout becomes a :class:`LedgerError`."""
    from filelock import FileLock, Timeout

    path = ledger_path(ledger_dir, story)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path.parent / f".{path.name}.lock"), timeout=_LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except Timeout:
        raise LedgerError(
            f"another factcheck run holds the ledger lock for {_LOCK_TIMEOUT_S:.0f} s; retry later", path=path
        ) from None
    try:
        yield
    finally:
        lock.release()


def update_ledger(
    ledger_dir: str | os.PathLike[str],
    report: Report,
    *,
    story: str | None = None,
) -> Ledger:
    """Merge a fresh report into the story's ledger and save it, under the lock.

    Args:
        ledger_dir: The ledger folder (``claims/``).
        report: A check of the story's current draft.
        story: The story name; defaults to the stem of ``report.path``.

    Raises:
        LedgerError: If the existing ledger is malformed or no story name is known.
    """
    story = story or (story_name(report.path) if report.path else None)
    if not story:
        raise LedgerError("the report has no path; pass story=NAME", path=ledger_dir)
    with _locked(ledger_dir, story):
        ledger = load_ledger(ledger_dir, story).merged(report)
        path = save_ledger(ledger, ledger_dir)
    return attrs.evolve(ledger, path=str(path))


def review_claims(
    ledger_dir: str | os.PathLike[str],
    story: str,
    decisions: Iterable[tuple[str, ReviewStatus | str | None]],
    *,
    note: str | None = None,
    by: str | None = None,
) -> Ledger:
    """Record editor decisions ``(claim id, status)`` in a story's ledger, under the lock.

    Raises:
        LedgerError: If the ledger is malformed or an id is unknown (nothing is written then).
    """
    with _locked(ledger_dir, story):
        ledger = load_ledger(ledger_dir, story)
        for key, status in decisions:
            ledger = ledger.with_review(key, status, note=note, by=by)
        path = save_ledger(ledger, ledger_dir)
    return attrs.evolve(ledger, path=str(path))
