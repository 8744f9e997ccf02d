"""Which claims fail a build: verdicts, scores, check-worthiness, editor reviews."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ConfigError
from factcheck.ledger import Ledger, ReviewStatus
from factcheck.model import (
    Attribution,
    Claim,
    ClaimCheck,
    Evidence,
    Mismatch,
    Report,
    Stance,
    Verdict,
)
from factcheck.policy import DEFAULT_FAIL_ON, Policy, evaluate, parse_fail_on


def _check(
    text: str = "The plant cost 354,000 won",
    verdict: Verdict | str = Verdict.CONTRADICTED,
    score: float = 0.1,
    checkworthy: float = 0.9,
    attribution: Attribution | None = None,
    confirmed: bool | None = None,
) -> ClaimCheck:
    claim = Claim(
        id="c1", text=text, start=0, end=len(text), checkworthy=checkworthy, attribution=attribution or Attribution()
    )
    return ClaimCheck(claim, verdict, score, attribution_confirmed=confirmed)


def _report(*checks: ClaimCheck) -> Report:
    return Report(claims=checks, text="\n".join(c.claim.text for c in checks), path="drafts/story.md")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("contradicted", {Verdict.CONTRADICTED}),
        ("contradicted, Disputed ,unverified", {Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIED}),
        (["disputed"], {Verdict.DISPUTED}),
        ("none", set()),
        ("", set()),
        ([], set()),
        (None, DEFAULT_FAIL_ON),
    ],
)
def test_parse_fail_on(value: object, expected: set[Verdict]) -> None:
    assert parse_fail_on(value) == frozenset(expected)


@pytest.mark.parametrize("value", ["contradicted,bogus", ["wrong"], [3]])
def test_parse_fail_on_rejects_unknown(value: object) -> None:
    with pytest.raises(ConfigError, match="fail_on"):
        parse_fail_on(value)


@pytest.mark.parametrize("kwargs", [{"min_score": 1.5}, {"checkworthy_threshold": -0.1}, {"min_score": "x"}])
def test_policy_validates(kwargs: dict) -> None:
    with pytest.raises(ConfigError):
        Policy(**kwargs)


@pytest.mark.parametrize(
    "verdict,fail_on,fails",
    [
        (Verdict.CONTRADICTED, "contradicted", True),
        (Verdict.DISPUTED, "contradicted", False),
        (Verdict.DISPUTED, "contradicted,disputed", True),
        (Verdict.UNVERIFIED, "unverified", True),
        (Verdict.CONTRADICTED, "none", False),
        (Verdict.SUPPORTED, "contradicted,disputed,unverified", False),
    ],
)
def test_verdict_rule(verdict: Verdict, fail_on: str, fails: bool) -> None:
    ev = evaluate(_report(_check(verdict=verdict)), Policy(fail_on=fail_on))
    assert ev.passed is not fails
    if fails:
        assert ev.failures[0].rule == verdict.value


@pytest.mark.parametrize("checkworthy,threshold,fails", [(0.9, 0.5, True), (0.49, 0.5, False), (0.6, 0.7, False)])
def test_only_checkworthy_claims_fail(checkworthy: float, threshold: float, fails: bool) -> None:
    ev = evaluate(_report(_check(checkworthy=checkworthy)), Policy(checkworthy_threshold=threshold))
    assert ev.passed is not fails


@pytest.mark.parametrize(
    ("kind", "verdict", "fails"),
    [
        ("number", Verdict.CONTRADICTED, True),  # the sources state another figure: checkable after all
        ("date", Verdict.CONTRADICTED, True),
        ("negation", Verdict.CONTRADICTED, False),  # no differing value named
        (None, Verdict.CONTRADICTED, False),  # the model's call alone
        ("number", Verdict.DISPUTED, False),  # disputed is not in the default fail_on
    ],
)
def test_a_contradicted_value_fails_a_claim_rated_not_checkworthy(kind, verdict, fails) -> None:
    mismatches = (Mismatch(kind, "200,000", "250,000"),) if kind else ()
    evidence = (Evidence("who", "It aims to reach 250,000 people.", 0, 33, Stance.REFUTES, 0.8, mismatches=mismatches),)
    claim = _check(checkworthy=0.3).claim
    ev = evaluate(_report(ClaimCheck(claim, verdict, 0.0, evidence=evidence)))
    assert ev.passed is not fails


def test_min_score() -> None:
    low = _check(verdict=Verdict.UNVERIFIED, score=0.2)
    ev = evaluate(_report(low), Policy(min_score=0.3))
    assert [f.rule for f in ev.failures] == ["low-score"]
    assert "0.20" in ev.failures[0].message and "0.30" in ev.failures[0].message
    assert evaluate(_report(low), Policy(min_score=0.2)).passed


@pytest.mark.parametrize("confirmed,fails", [(True, False), (False, True), (None, True)])
def test_min_score_spares_attributed_claims_with_confirmed_attribution(confirmed: bool | None, fails: bool) -> None:
    check = _check(
        verdict=Verdict.UNVERIFIED,
        score=0.1,
        attribution=Attribution(source="KCNA", source_kind="state_media"),
        confirmed=confirmed,
    )
    assert evaluate(_report(check), Policy(min_score=0.5)).passed is not fails


def test_approved_claim_passes_and_edited_claim_fails_again() -> None:
    original = _check(text="The plant cost 354,000 won")
    report = _report(original)
    ledger = Ledger(story="story").merged(report)
    assert not evaluate(report, Policy(), ledger).passed
    approved = ledger.with_review(ledger.entries[0].id, ReviewStatus.APPROVED, by="ed")
    ev = evaluate(report, Policy(), approved)
    assert ev.passed and ev.approved == (original,)
    # a retyped claim (quotes, spacing, case) keeps its approval ...
    retyped = _report(_check(text="the  plant cost 354,000 won."))
    assert evaluate(retyped, Policy(), approved).passed
    # ... a reworded one does not
    edited = _report(_check(text="The plant cost 454,000 won"))
    assert not evaluate(edited, Policy(), approved).passed


def test_rejected_claim_fails_whatever_its_verdict() -> None:
    report = _report(_check(verdict=Verdict.SUPPORTED, score=0.9, checkworthy=0.1))
    ledger = Ledger(story="story").merged(report)
    ledger = ledger.with_review(ledger.entries[0].id, "rejected", by="ed", note="wrong figure")
    ev = evaluate(report, Policy(), ledger)
    assert [f.rule for f in ev.failures] == ["rejected"]
    assert "ed" in ev.failures[0].message and "wrong figure" in ev.failures[0].message


def test_evaluation_unpacks_and_finds_failures() -> None:
    bad, good = _check(), _check(text="Something else", verdict=Verdict.SUPPORTED, score=0.9)
    ev = evaluate(_report(bad, good))
    report, failures = ev
    assert report is ev.report and len(failures) == 1
    assert ev.failure_of(bad) is failures[0] and ev.failure_of(good) is None


@given(
    st.lists(st.tuples(st.sampled_from(list(Verdict)), st.floats(0, 1), st.floats(0, 1)), min_size=0, max_size=6),
    st.sets(st.sampled_from(list(Verdict))),
    st.none() | st.floats(0, 1),
    st.floats(0, 1),
)
def test_failures_are_exactly_the_rule_matches(rows, fail_on, min_score, threshold) -> None:
    checks = [_check(text=f"claim {i}", verdict=v, score=s, checkworthy=cw) for i, (v, s, cw) in enumerate(rows)]
    ev = evaluate(_report(*checks), Policy(fail_on=fail_on, min_score=min_score, checkworthy_threshold=threshold))
    expected = [
        c for c in checks
        if c.claim.checkworthy >= threshold and (c.verdict in fail_on or (min_score is not None and c.score < min_score))
    ]  # fmt: skip
    assert [f.check for f in ev.failures] == expected
    assert ev.passed is (not expected)
