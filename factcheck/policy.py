"""Which claims fail a build.

The rules, in order, for each claim of a report:

1. A claim an editor **rejected** in the ledger fails, whatever its verdict.
2. A claim an editor **approved** in the ledger never fails. The approval is
   tied to the claim's normalised wording (see :func:`factcheck.ledger.claim_key`),
   so once the wording changes the approval no longer applies and the claim is
   judged afresh.
3. Only **check-worthy** claims (``claim.checkworthy >= checkworthy_threshold``,
   default 0.5) can fail; opinions and colour are left alone. A contradiction
   that names a differing number, date, name or quotation is always check-worthy:
   the sources state another value, so the claim was checkable.
4. A check-worthy claim fails when its verdict is in ``fail_on``
   (default: ``contradicted`` only).
5. When ``min_score`` is set, a check-worthy claim also fails when its
   corroboration score is below it - except an *attributed* claim whose
   attribution is confirmed (a document by or quoting the named source says
   it): the article then accurately reports what the source said, even when no
   independent source corroborates the content.

A draft passes when no claim fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from factcheck.errors import ConfigError
from factcheck.model import ClaimCheck, Report, Stance, Verdict

__all__ = [
    "DEFAULT_FAIL_ON",
    "Evaluation",
    "Failure",
    "Policy",
    "evaluate",
    "parse_fail_on",
]

DEFAULT_FAIL_ON = frozenset({Verdict.CONTRADICTED})


def parse_fail_on(value: str | Iterable[str | Verdict] | None) -> frozenset[Verdict]:
    """Parse ``"contradicted,disputed"`` (or a list of names) into verdicts.

    ``"none"`` or an empty string/list means no verdict fails a build.

    Raises:
        ConfigError: If a name is not a verdict.
    """
    if value is None:
        return DEFAULT_FAIL_ON
    items: Iterable[str | Verdict]
    items = value.split(",") if isinstance(value, str) else value
    out: set[Verdict] = set()
    for item in items:
        if isinstance(item, Verdict):
            out.add(item)
            continue
        if not isinstance(item, str):
            raise ConfigError(f"fail_on: expected verdict names, got {item!r}")
        name = item.strip().lower()
        if name in {"", "none"}:
            continue
        try:
            out.add(Verdict(name))
        except ValueError:
            allowed = ", ".join(v.value for v in Verdict)
            raise ConfigError(
                f"fail_on: unknown verdict {item.strip()!r}; expected a comma-separated list of {allowed} (or none)"
            ) from None
    return frozenset(out)


def _check_unit(name: str) -> object:
    def validate(instance: object, attribute: object, value: float | None) -> None:
        if value is None and name == "min_score":
            return
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
            raise ConfigError(f"{name}: expected a number between 0 and 1, got {value!r}")

    return validate


@attrs.frozen
class Policy:
    """A CI policy.

    Attributes:
        fail_on: Verdicts that fail a check-worthy claim.
        min_score: If set, check-worthy claims scoring below it fail (see the module doc).
        checkworthy_threshold: Claims below this check-worthiness fail only when
            contradicted by a passage stating another value (rule 3).
    """

    fail_on: frozenset[Verdict] = attrs.field(default=DEFAULT_FAIL_ON, converter=parse_fail_on)
    min_score: float | None = attrs.field(default=None, validator=_check_unit("min_score"))  # type: ignore[arg-type]
    checkworthy_threshold: float = attrs.field(
        default=0.5,
        validator=_check_unit("checkworthy_threshold"),  # type: ignore[arg-type]
    )


@attrs.frozen
class Failure:
    """Why one claim fails the policy.

    Attributes:
        check: The failing claim.
        rule: ``"rejected"``, ``"low-score"`` or the verdict's value.
        message: One human-readable sentence.
    """

    check: ClaimCheck
    rule: str
    message: str


@attrs.frozen
class Evaluation:
    """A report judged against a policy.

    Attributes:
        report: The report.
        failures: The failing claims, in text order.
        approved: Claims that would have failed but an editor approved them.
        policy: The policy applied.
    """

    report: Report
    failures: tuple[Failure, ...] = attrs.field(default=(), converter=tuple)
    approved: tuple[ClaimCheck, ...] = attrs.field(default=(), converter=tuple)
    policy: Policy = Policy()

    @property
    def passed(self) -> bool:
        return not self.failures

    def failure_of(self, check: ClaimCheck) -> Failure | None:
        """The failure of ``check``, if it fails."""
        for failure in self.failures:
            if failure.check == check:
                return failure
        return None

    def __iter__(self) -> Iterator[object]:
        """Unpack as ``report, failures``."""
        return iter((self.report, self.failures))


def _verdict_failure(check: ClaimCheck, policy: Policy) -> Failure | None:
    claim = check.claim
    if claim.checkworthy < policy.checkworthy_threshold and not _states_another_value(check):
        return None
    if check.verdict in policy.fail_on:
        fail_on = ", ".join(sorted(v.value for v in policy.fail_on))
        return Failure(check, check.verdict.value, f"{check.verdict.value} (score {check.score:.2f}); fails on {fail_on}")
    if policy.min_score is not None and check.score < policy.min_score:
        attributed_ok = claim.attribution.is_attributed and check.attribution_confirmed is True
        if not attributed_ok:
            message = (
                f"corroboration score {check.score:.2f} is below min_score {policy.min_score:.2f} "
                f"({check.verdict.value})"
            )
            return Failure(check, "low-score", message)
    return None


def _states_another_value(check: ClaimCheck) -> bool:
    """Whether ``check`` is contradicted by a passage naming a differing number, date, name or quotation."""
    return check.verdict is Verdict.CONTRADICTED and any(
        e.stance is Stance.REFUTES and any(m.kind in _VALUE_KINDS for m in e.mismatches) for e in check.evidence
    )


#: Mismatch kinds that name a value the sources state instead (see :class:`~factcheck.model.Mismatch`).
_VALUE_KINDS = frozenset({"number", "date", "entity", "quote"})


def evaluate(report: Report, policy: Policy | None = None, ledger: object = None) -> Evaluation:
    """Judge a report against a policy and an optional editor ledger.

    Args:
        report: The report to judge.
        policy: The policy; the default fails contradicted check-worthy claims.
        ledger: A :class:`factcheck.ledger.Ledger` (or anything with
            ``review_of(text)``) whose reviews override the verdict rules.

    Returns:
        The :class:`Evaluation`; ``.passed`` tells whether the draft passes.
    """
    from factcheck.ledger import ReviewStatus

    policy = policy or Policy()
    failures: list[Failure] = []
    approved: list[ClaimCheck] = []
    for check in report.claims:
        review = ledger.review_of(check.claim.text) if ledger is not None else None  # type: ignore[attr-defined]
        status = getattr(review, "status", None)
        if status is ReviewStatus.REJECTED:
            who = f" by {review.by}" if getattr(review, "by", None) else ""  # type: ignore[union-attr]
            note = f": {review.note}" if getattr(review, "note", None) else ""  # type: ignore[union-attr]
            failures.append(Failure(check, "rejected", f"rejected in review{who}{note}"))
            continue
        failure = _verdict_failure(check, policy)
        if failure is None:
            continue
        if status is ReviewStatus.APPROVED:
            approved.append(check)
        else:
            failures.append(failure)
    return Evaluation(report=report, failures=failures, approved=approved, policy=policy)
