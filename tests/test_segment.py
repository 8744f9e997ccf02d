"""Sentence segmentation: offsets, news-copy edge cases, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.segment import Segmenter, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Park met U.S. envoys in Seoul. The talks ended early.", 2),
        ("The envoy, J. R. Lee, arrived on Friday. He left on Sunday.", 2),
        ('"We will respond," the minister said. "There is no doubt."', 2),
        ("Exports fell 3.5 percent in May. Imports rose.", 2),
    ],
)
def test_abbreviations_initials_and_quotes(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


def test_headline_bullets_and_dateline() -> None:
    text = (
        "Navy Launches New Destroyer\n"
        "BUSAN, Oct. 4 (Yonhap) - The navy launched a destroyer on Tuesday.\n"
        "The ship has two roles:\n"
        "- Escorting convoys.\n"
        "* Tracking submarines\n"
    )
    sents = split_sentences(text)
    assert [s.heading for s in sents] == [True, False, False, False, False]
    assert sents[1].text.startswith("The navy")  # dateline left out of the sentence
    assert [s.bullet for s in sents][-2:] == [True, True]
    assert sents[3].text == "Escorting convoys."
    assert sents[4].text == "Tracking submarines"


@pytest.mark.parametrize(
    "dateline",
    ["KIRKWALL, 10 February 2026 — ", "BURLINGTON, January 16 — ", "MEXICO CITY, Sept 23, 2025 (CNA) - ",
     "SEOUL, Sept. 1 - ", "BIAŁYSTOK, Poland, Aug 14 - ", "KOŠICE, Nov 19 - ", "ŽILINA, Oct 6 - "],
)
def test_datelines_with_the_month_in_full_and_a_year_are_left_out(dateline: str) -> None:
    [sent] = split_sentences(dateline + "The array exported 9.8 gigawatt-hours last year.")
    assert sent.text.startswith("The array") and sent.start == len(dateline)


def test_lowercase_continuation_line_is_joined() -> None:
    text = "The plan was approved by the cabinet\nand sent to parliament on Monday."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("splitter", [None, lambda block: [block[: len(block) // 2], "???not there"]])
def test_offsets_exact_even_when_splitter_misaligns(splitter) -> None:
    text = "First point here. Second point there.\n\nThird one follows."
    for s in Segmenter(splitter=splitter).split(text):
        assert text[s.start : s.end] == s.text


def test_long_block_uses_linear_fallback() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(50))
    sents = Segmenter(max_block=100).split(text)
    assert len(sents) == 50


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_text_spans_are_exact(text: str) -> None:
    prev_end = 0
    for s in split_sentences(text):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= prev_end
        prev_end = s.end


def test_empty() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\t ") == ()


def test_no_sentence_starts_with_a_comma_after_a_party_tag():
    text = "“The veto will fall,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_quote_closed_after_a_comma_runs_on_to_its_cue():
    text = "“That is how they see him today,” Bozell adds. The next sentence starts here."
    assert [s.text for s in split_sentences(text)] == ["“That is how they see him today,” Bozell adds.", "The next sentence starts here."]


def test_a_clock_time_before_its_day_does_not_end_a_sentence() -> None:
    text = "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls. The vote ends at 8 p.m. Polls close then."
    assert [s.text for s in split_sentences(text)] == [
        "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls.", "The vote ends at 8 p.m.", "Polls close then."]


def test_saint_and_mount_abbreviated_do_not_end_a_sentence():
    text = "Red River Crushing, which runs a plant at Ste. Agathe, said it would cut output. Trains resume Monday."
    assert [s.text for s in split_sentences(text)] == [
        "Red River Crushing, which runs a plant at Ste. Agathe, said it would cut output.", "Trains resume Monday."]
