"""The faster pysbd (factcheck._pysbd) must split exactly as pysbd does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._pysbd import CACHED_RE, _needle, segmenter

pysbd = pytest.importorskip("pysbd")

_BLOCKS = [
    "Mr. Smith went to Washington. He arrived at 5 p.m. on Friday.",
    "The co. said sales rose. Co. shares fell 3 pct. in early trade.",
    "Gov. Ana Ruiz, D-Calif., spoke at St. Mary's. The U.S. Senate voted 52-48.",
    "It was approx. 40 km long, i.e. the longest. Ph.D. students, e.g. Lee, joined.",
    "See fig. 3 and no. 12. Vol. 2 covers Jan. to Mar. of that yr. Then it ended.",
    "He could not come. The arm. the leg. Dr. No arrived at 9 a.m. and left.",
    "Sen. Warren (D-Mass.) said: \"We will win.\" Rep. Doe disagreed.",
    "Prices in the U.K. rose 2%. In the E.U. they fell. Inc. filings Ltd. closed.",
]


def _plain(block: str) -> list[str]:
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return [str(s) for s in seg.processor(block).process()]


def _ours(block: str) -> list[str]:
    return [str(s) for s in segmenter().processor(block).process()]


@pytest.mark.parametrize("block", _BLOCKS)
def test_segmenter_splits_as_pysbd_does(block: str) -> None:
    assert _ours(block) == _plain(block)


_WORDS = st.sampled_from(
    ["Mr.", "co.", "Co.", "could", "No.", "no", "a.m.", "p.m.", "U.S.", "e.g.", "egg.", "St.",
     "Jan.", "approx.", "fig.", "The", "said", "He", "it", "5", "rose.", "(AP)", "Inc.", "\"Yes.\""]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_segmenter_matches_pysbd_on_abbreviation_soup(words: list[str]) -> None:
    block = " ".join(words)
    assert _ours(block) == _plain(block)


@pytest.mark.parametrize(
    ("abbreviation", "line", "expected"),
    [
        ("co", "he could not come", False),  # letters there, no "co." anywhere
        ("co", "the co. said", True),
        ("co", "the Co. said".lower(), True),
        ("e.g", "see e.g this", True),  # dotted: a regex to pysbd, tried without its period
        ("e.g", "an egg.", False),  # pysbd itself needs the letters as written
        ("jan", "in june", False),
    ],
)
def test_an_abbreviation_is_tried_only_where_it_can_change_the_line(abbreviation: str, line: str, expected: bool) -> None:
    assert (_needle(abbreviation) in line) is expected


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("sub", (r"(?<=\sco)\.", "∯", " the co. said co. x")),
        ("findall", (r"(?:^|\s)co", "Co could co.")),
        ("search", (r"\d+", "abc 123")),
        ("match", (r"[a-z]+", "abc 123")),
        ("split", (r"\s+", "a b  c")),
    ],
)
def test_cached_re_gives_what_re_gives(name: str, args: tuple[str, ...]) -> None:
    ours = getattr(CACHED_RE, name)(*args, flags=re.IGNORECASE)
    theirs = getattr(re, name)(*args, flags=re.IGNORECASE)
    if isinstance(theirs, re.Match):
        assert ours is not None and ours.span() == theirs.span()
    else:
        assert ours == theirs


def test_cached_re_passes_other_names_through() -> None:
    assert CACHED_RE.escape("a.b") == re.escape("a.b")
    assert CACHED_RE.IGNORECASE is re.IGNORECASE


def test_segmenter_is_shared() -> None:
    assert segmenter() is segmenter()
