"""Records: validation, enums, JSON round-trips."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import (
    SCHEMA,
    Attribution,
    Claim,
    ClaimCheck,
    ClaimKind,
    Evidence,
    Mismatch,
    Report,
    SourceKind,
    Stance,
    Verdict,
)


def make_check(verdict: Verdict = Verdict.SUPPORTED, text: str = "The port reopened on Monday.") -> ClaimCheck:
    attribution = Attribution(
        source="state media",
        source_kind="state_media",
        canonical="KCNA",
        cue="reported",
        source_start=0,
        source_end=11,
        chain=["state media"],
    )
    claim = Claim(id="c1", text=text, start=0, end=len(text), sentence=text, kind="event", attribution=attribution)
    evidence = Evidence(
        doc_id="wire-1",
        passage="The port reopened on Monday, officials said.",
        start=0,
        end=44,
        stance="supports",
        score=0.9,
        origin="wire-1",
        mismatches=[Mismatch("number", "350", "250")],
    )
    return ClaimCheck(claim=claim, verdict=verdict, score=0.8, independent_sources=1, evidence=[evidence])


def test_converters_give_enums_and_tuples():
    check = make_check()
    assert check.claim.kind is ClaimKind.EVENT
    assert check.claim.attribution.source_kind is SourceKind.STATE_MEDIA
    assert check.claim.attribution.chain == ("state media",)
    assert isinstance(check.evidence, tuple)
    assert check.evidence[0].stance is Stance.SUPPORTS


def test_records_are_frozen():
    check = make_check()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        check.score = 0.1  # type: ignore[misc]


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_scores_outside_unit_interval_are_rejected(bad):
    with pytest.raises(ValueError, match="score"):
        ClaimCheck(claim=make_check().claim, verdict="supported", score=bad)


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValueError, match="end"):
        Claim(id="c1", text="x", start=5, end=2)


def test_unknown_verdict_is_rejected():
    with pytest.raises(ValueError):
        ClaimCheck(claim=make_check().claim, verdict="probably", score=0.5)


def test_report_json_has_every_schema_key():
    report = Report(claims=[make_check()], text="The port reopened on Monday.", title="Port")
    data = json.loads(report.to_json())
    assert data["schema"] == SCHEMA
    assert set(data["article"]) >= {"title", "chars"}
    claim = data["claims"][0]
    assert set(claim) >= {
        "id", "text", "start", "end", "sentence", "kind", "hedged", "checkworthy", "attribution",
        "verdict", "score", "independent_sources", "attribution_confirmed", "evidence", "facts", "rest_verdict",
    }
    assert set(claim["attribution"]) == {
        "source", "source_kind", "canonical", "cue", "source_start", "source_end", "chain", "inherited",
    }
    assert set(claim["evidence"][0]) >= {
        "doc_id", "title", "outlet", "published", "url", "passage", "start", "end", "stance", "score",
        "origin", "mismatches",
    }
    assert data["summary"] == {"claims": 1, "supported": 1, "contradicted": 0, "disputed": 0, "unverified": 0}


def test_unattributed_claim_serialises_nulls():
    claim = Claim(id="c1", text="Rain fell.", start=0, end=10)
    data = claim.to_dict()["attribution"]
    assert data["source"] is None and data["source_kind"] == "unattributed"
    assert not claim.attribution.is_attributed


@given(
    text=st.text(min_size=1, max_size=80),
    verdict=st.sampled_from(list(Verdict)),
    score=st.floats(min_value=0, max_value=1),
)
def test_report_round_trips_through_json(text, verdict, score):
    check = attrs.evolve(make_check(verdict, text), score=round(score, 4))
    report = Report(claims=[check], text=text, title=None)
    again = Report.from_dict(json.loads(report.to_json()), text=text)
    assert again.to_dict() == report.to_dict()


def test_from_dict_rejects_other_schema():
    with pytest.raises(ValueError, match="schema"):
        Report.from_dict({"schema": "other/1", "claims": []})


def test_a_series_format_is_no_figure_written_in_a_phrase() -> None:
    from factcheck.model import FactCheck

    text = "Presov beat Komarno 3-1 in the best-of-five final with a five-set win."
    check = attrs.evolve(
        make_check(Verdict.CONTRADICTED, text),
        rest_verdict=Verdict.SUPPORTED,
        facts=(FactCheck("3-1", "number", Verdict.SUPPORTED, ("wire",)),
               FactCheck("five", "number", Verdict.CONTRADICTED, (), ("wire",), ("3",))),
    )  # fmt: skip
    assert check.verdict_for("beat Komarno 3-1 in the best-of-five final") is Verdict.SUPPORTED
    assert check.verdict_for("with a five-set win") is Verdict.CONTRADICTED
