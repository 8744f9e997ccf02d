"""Syndication clusters, origins and citing chains."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import Corpus
from factcheck.model import Document
from factcheck.provenance import Citation, SyndicationDetector, find_citations, shingles
from factcheck.testing import make_corpus

STORY = (
    "North Korean leader Kim Jong Un inspected a newly built munitions factory over the weekend, "
    "state media reported on Monday. The factory will produce artillery shells for the army, the report said. "
    "Kim urged workers to raise output and praised the speed of construction. "
    "Analysts said the visit was meant to signal readiness ahead of joint military drills in the south."
)
OTHER = (
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation and weak demand. "
    "Policymakers voted seven to two to hold the benchmark rate, and two members argued for a cut. "
    "The governor said further easing would depend on wage growth in the coming months."
)


def test_syndicated_copies_share_the_earliest_origin() -> None:
    corpus = make_corpus(
        {
            "wire": {"text": STORY, "outlet": "Wire", "published": "2025-09-01"},
            # republished a day later with a new intro sentence
            "paper": {
                "text": "SEOUL (Wire) - " + STORY + " Reporting by staff.",
                "published": "2025-09-02",
            },
            # trimmed copy: only the first three sentences
            "brief": {
                "text": STORY.rsplit(" Analysts", 1)[0],
                "published": "2025-09-03",
            },
            "bank": {"text": OTHER, "published": "2025-08-01"},
        }
    )
    assert corpus.origin("paper") == "wire"
    assert corpus.origin("brief") == "wire"
    assert corpus.origin("wire") == "wire"
    assert corpus.cluster("brief") == ("wire", "paper", "brief")
    assert corpus.origin("bank") == "bank" and corpus.cluster("bank") == ("bank",)
    assert corpus.provenance.independent(["paper", "brief", "bank", "wire"]) == (
        "wire",
        "bank",
    )


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ({"x": "2025-09-02", "y": "2025-09-01"}, "y"),
        ({"x": "2025-09-01", "y": "2025-09-01"}, "x"),  # tie: lexicographic id
        ({"x": None, "y": "2025-09-05"}, "y"),  # undated counts as later
        ({"x": None, "y": None}, "x"),
    ],
)
def test_origin_ordering(dates: dict[str, str | None], expected: str) -> None:
    corpus = make_corpus({k: {"text": STORY, "published": v} for k, v in dates.items()})
    assert corpus.origin("x") == corpus.origin("y") == expected


_PACIFIC = ("SEOUL {} -", "Andes Times", "Pacific Wire")
# a credit naming the outlet in fewer words: "(Huaxia)" for "Huaxia News Agency"
_HUAXIA = ("TAIYUAN, May 16 {} —", "Asia-Pacific Daily", "Huaxia News Agency (state news agency)")


@pytest.mark.parametrize(
    ("dateline", "credit", "expected"),
    [(_PACIFIC, "(Pacific Wire)", "y"), (_PACIFIC, "(PW)", "y"), (_PACIFIC, "(AP)", "x"), (_PACIFIC, "", "x"),
     (_HUAXIA, "(Huaxia)", "y"), (_HUAXIA, "(Huaxia News Agency)", "y"), (_HUAXIA, "(News Agency)", "x"),
     (_HUAXIA, "(Xinhua)", "x")],  # fmt: skip
)
def test_on_one_date_the_copy_crediting_its_own_outlet_is_the_origin(
    dateline: tuple[str, str, str], credit: str, expected: str
) -> None:
    opening, copy_outlet, wire_outlet = dateline
    text = f"{opening.format(credit)} {STORY}"
    corpus = make_corpus({
        "x": {"text": text, "published": "2025-09-01", "outlet": copy_outlet},
        "y": {"text": text, "published": "2025-09-01", "outlet": wire_outlet},
    })  # fmt: skip
    assert corpus.origin("x") == corpus.origin("y") == expected


def test_short_sentence_inside_long_story_is_not_a_copy() -> None:
    corpus = make_corpus({"story": STORY, "line": "Kim urged workers to raise output."})
    assert corpus.origin("line") == "line"


def test_unrelated_documents_stay_apart() -> None:
    prov = SyndicationDetector().fit(
        [Document(id="a", text=STORY), Document(id="b", text=OTHER)]
    )
    assert prov.clusters == (("a",), ("b",))


words = st.lists(
    st.sampled_from(
        [
            "alpha",
            "beta",
            "gamma",
            "delta",
            "epsilon",
            "zeta",
            "eta",
            "theta",
            "iota",
            "kappa",
            "lambda",
            "mu",
        ]
    ),
    min_size=15,
    max_size=80,
).map(" ".join)


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(words, min_size=1, max_size=6))
def test_clusters_partition_the_corpus(texts: list[str]) -> None:
    docs = [
        Document(id=f"d{i}", text=t, published=f"2025-01-{i + 1:02d}")
        for i, t in enumerate(texts)
    ]
    prov = SyndicationDetector().fit(docs)
    members = [d for c in prov.clusters for d in c]
    assert sorted(members) == sorted(d.id for d in docs)
    for c in prov.clusters:
        assert prov.origin(c[-1]) == c[0] == min(c, key=lambda i: int(i[1:]))


def test_shingles() -> None:
    assert shingles("One two three four", 3) == {"one two three", "two three four"}
    assert shingles("Hi there", 3) == {"hi there"}
    assert shingles("", 3) == set()


@pytest.mark.parametrize(
    ("text", "chain", "cue"),
    [
        (
            "KCNA reported on Sunday, citing the defence ministry, that the test succeeded.",
            ("KCNA", "the defence ministry"),
            "citing",
        ),
        (
            "The talks have stalled, TASS said, citing a Kremlin spokesman.",
            ("TASS", "a Kremlin spokesman"),
            "citing",
        ),
        (
            "Yonhap reported, citing government officials, who cited U.S. intelligence, that troops moved.",
            ("Yonhap", "government officials", "U.S. intelligence"),
            "citing",
        ),
        (
            "According to Reuters, citing two people familiar with the matter, the deal is off.",
            ("Reuters", "two people familiar with the matter"),
            "citing",
        ),
        (
            "The agency quoted a ministry official as saying the plant was safe.",
            ("The agency", "a ministry official"),
            "quoted",
        ),
        (
            "Bloomberg said, quoting a company filing.",
            ("Bloomberg", "a company filing"),
            "quoting",
        ),
    ],
)
def test_find_citations(text: str, chain: tuple[str, ...], cue: str) -> None:
    (found,) = find_citations(text)
    assert found.chain == chain and found.cue == cue
    assert found.source == chain[0] and found.cited == chain[-1]
    assert text[found.start :].startswith(chain[0])
    assert text[: found.end].endswith(chain[-1])


def test_no_citation_in_plain_text_and_corpus_citations() -> None:
    assert find_citations("The factory opened on Monday. It employs 300 people.") == ()
    corpus = Corpus.from_documents(
        [
            Document(
                id="d", text="Rates rose, Reuters reported, citing the central bank."
            )
        ]
    )
    assert corpus.citations("d") == (
        Citation(("Reuters", "the central bank"), "citing", 12, 53),
    )
