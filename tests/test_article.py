"""Front matter is read for metadata and blanked without moving offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.article import Article, parse_front_matter
from factcheck.errors import InputError


def test_front_matter_is_parsed_and_blanked_keeping_offsets():
    text = "---\ntitle: Port reopens\nauthor: desk\n---\nThe port reopened on Monday.\n"
    article = Article.from_text(text, path="a.md")
    assert article.title == "Port reopens"
    assert article.meta["author"] == "desk"
    assert len(article.body) == len(text)
    start = text.index("The port")
    assert article.body[start:] == text[start:]
    assert article.body[:start].strip() == ""


def test_heading_is_the_title_without_front_matter():
    assert Article.from_text("# Storm hits coast\n\nWinds rose.").title == "Storm hits coast"


def test_explicit_title_wins():
    assert Article.from_text("---\ntitle: A\n---\nx", title="B").title == "B"


def test_unclosed_front_matter_names_the_file():
    with pytest.raises(InputError, match=r"^draft\.md: .*never closed"):
        parse_front_matter("---\ntitle: x\nbody", path="draft.md")


def test_bad_front_matter_line_names_file_and_line():
    with pytest.raises(InputError, match=r"^draft\.md:3: "):
        parse_front_matter("---\ntitle: x\nnot a pair\n---\nbody", path="draft.md")


@given(st.text(max_size=200))
def test_body_always_has_the_text_length(text):
    try:
        article = Article.from_text(text)
    except InputError:
        return
    assert len(article.body) == len(article.text)
