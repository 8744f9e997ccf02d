"""The editor review ledger: ids, merging, validation, atomic locked writes."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import LedgerError
from factcheck.ledger import (
    LEDGER_SCHEMA,
    Ledger,
    ReviewStatus,
    claim_key,
    ledger_path,
    load_ledger,
    review_claims,
    save_ledger,
    story_name,
    update_ledger,
)
from factcheck.model import Claim, ClaimCheck, Report, Verdict


def _report(*texts: str, verdict: Verdict = Verdict.CONTRADICTED, path: str = "drafts/story.md") -> Report:
    article = " ".join(texts)
    checks, pos = [], 0
    for i, text in enumerate(texts):
        checks.append(ClaimCheck(Claim(id=f"c{i + 1}", text=text, start=pos, end=pos + len(text)), verdict, 0.1))
        pos += len(text) + 1
    return Report(claims=checks, text=article, path=path)


@pytest.mark.parametrize(
    "a,b",
    [
        ("The plant cost 354,000 won.", "the plant  cost 354,000 won"),
        ("He said “no”", 'He said "no"'),
        ("A – B", "A - B"),
        ("Ｆｕｌｌ width", "Full width"),
    ],
)
def test_claim_key_ignores_trivial_differences(a: str, b: str) -> None:
    assert claim_key(a) == claim_key(b)


@pytest.mark.parametrize("a,b", [("cost 354,000 won", "cost 454,000 won"), ("did not", "did")])
def test_claim_key_changes_with_wording(a: str, b: str) -> None:
    assert claim_key(a) != claim_key(b)


def test_story_name_and_path(tmp_path: Path) -> None:
    assert story_name("drafts/kim-shipyard.md") == "kim-shipyard"
    assert ledger_path(tmp_path, "kim-shipyard") == tmp_path / "kim-shipyard.json"
    with pytest.raises(LedgerError):
        ledger_path(tmp_path, "../evil")


def test_missing_ledger_is_empty(tmp_path: Path) -> None:
    ledger = load_ledger(tmp_path, "story")
    assert ledger.entries == () and ledger.story == "story"


def test_update_writes_schema_and_keeps_reviews(tmp_path: Path) -> None:
    ledger = update_ledger(tmp_path, _report("First claim", "Second claim"))
    data = json.loads((tmp_path / "story.json").read_text())
    assert data["schema"] == LEDGER_SCHEMA and data["story"] == "story"
    assert [c["text"] for c in data["claims"]] == ["First claim", "Second claim"]
    assert data["claims"][0]["review"] == {"status": None, "note": None, "by": None, "at": None}
    first = ledger.entries[0].id
    review_claims(tmp_path, "story", [(first, ReviewStatus.APPROVED)], note="checked by phone", by="ed")
    # the draft changes: the second claim is reworded, a third is added, the first moves
    updated = update_ledger(
        tmp_path, _report("New opening", "First claim", "Second claim, reworded", verdict="supported")
    )
    by_text = {e.text: e for e in updated.entries}
    assert by_text["First claim"].approved and by_text["First claim"].review.note == "checked by phone"
    assert by_text["First claim"].start == len("New opening") + 1
    assert by_text["First claim"].verdict is Verdict.SUPPORTED
    assert "Second claim" not in by_text  # unreviewed and gone: dropped
    assert by_text["Second claim, reworded"].review.status is None
    assert load_ledger(tmp_path, "story") == updated


def test_reviewed_claims_that_vanish_are_kept(tmp_path: Path) -> None:
    ledger = update_ledger(tmp_path, _report("Old claim"))
    review_claims(tmp_path, "story", [(ledger.entries[0].id, "rejected")], by="ed")
    updated = update_ledger(tmp_path, _report("Different claim"))
    assert [e.text for e in updated.entries] == ["Different claim", "Old claim"]
    assert updated.entries[1].rejected


def test_review_unknown_id_raises_and_writes_nothing(tmp_path: Path) -> None:
    update_ledger(tmp_path, _report("A claim"))
    before = (tmp_path / "story.json").read_bytes()
    with pytest.raises(LedgerError, match="no claim with id 'nope'"):
        review_claims(tmp_path, "story", [("nope", "approved")])
    assert (tmp_path / "story.json").read_bytes() == before


@pytest.mark.parametrize(
    "content,needle",
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"schema": "other/1", "story": "story", "claims": []}', "schema"),
        ('{"schema": "factcheck.ledger/1", "story": "other", "claims": []}', "for story 'story'"),
        ('{"schema": "factcheck.ledger/1", "story": "story", "claims": {}}', '"claims" to be a list'),
        ('{"schema": "factcheck.ledger/1", "story": "story", "claims": [{"id": "x"}]}', r"claims\[0\].text"),
        (
            '{"schema": "factcheck.ledger/1", "story": "story", "claims": [{"id": "x", "text": "t", "start": 0, '
            '"end": 1, "review": {"status": "maybe"}}]}',
            "review.status",
        ),
        (
            '{"schema": "factcheck.ledger/1", "story": "story", "claims": [{"id": "x", "text": "t", "start": 0, '
            '"end": 1, "verdict": "true"}]}',
            "verdict",
        ),
    ],
)
def test_malformed_ledgers_raise_naming_file(tmp_path: Path, content: str, needle: str) -> None:
    (tmp_path / "story.json").write_text(content)
    with pytest.raises(LedgerError, match=needle) as info:
        load_ledger(tmp_path, "story")
    assert "story.json" in str(info.value)


def test_ledger_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "story.json").write_bytes(b'{"story": "\xff"}')
    with pytest.raises(LedgerError, match="UTF-8"):
        load_ledger(tmp_path, "story")


@given(st.lists(st.text(min_size=1, max_size=30), max_size=5))
def test_round_trip(texts: list[str]) -> None:
    ledger = Ledger(story="s").merged(_report(*texts))
    assert Ledger.from_dict(json.loads(ledger.to_json())) == ledger
    assert len({e.id for e in ledger.entries}) == len(ledger.entries)


def _approve_many(args: tuple[str, list[str]]) -> None:
    folder, keys = args
    for key in keys:
        review_claims(folder, "story", [(key, ReviewStatus.APPROVED)], by=key)


def test_concurrent_reviews_are_not_lost(tmp_path: Path) -> None:
    texts = [f"Claim number {i}" for i in range(8)]
    ledger = update_ledger(tmp_path, _report(*texts))
    keys = [e.id for e in ledger.entries]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        pool.map(_approve_many, [(str(tmp_path), keys[0::2]), (str(tmp_path), keys[1::2])])
    final = load_ledger(tmp_path, "story")
    assert all(e.approved and e.review.by == e.id for e in final.entries)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_is_atomic_json(tmp_path: Path) -> None:
    ledger = Ledger(story="story").merged(_report("x"))
    path = save_ledger(ledger, tmp_path)
    assert json.loads(path.read_text())["claims"][0]["id"] == claim_key("x")
