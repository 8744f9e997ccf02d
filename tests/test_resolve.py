"""Source kinds, canonical names and back-references (factcheck.resolve)."""

from __future__ import annotations

import pytest

from factcheck.attribution import attribute_sentences
from factcheck.model import SourceKind
from factcheck.resolve import SourceResolver, classify_source
from factcheck.segment import split_sentences


@pytest.mark.parametrize(
    ("source", "kind", "canonical"),
    [
        ("KCNA", SourceKind.STATE_MEDIA, "KCNA"),
        ("the Korean Central News Agency", SourceKind.STATE_MEDIA, "KCNA"),
        ("Russia's TASS news agency", SourceKind.STATE_MEDIA, "TASS"),
        ("The Associated Press", SourceKind.NEWS_MEDIA, "AP"),
        ("state media", SourceKind.STATE_MEDIA, None),
        ("two people familiar with the matter", SourceKind.ANONYMOUS, None),
        ("analysts", SourceKind.EXPERT, None),
        ("the foreign ministry", SourceKind.OFFICIAL, None),
        ("a government report", SourceKind.DOCUMENT, None),
        ("Park Ji-won", SourceKind.PERSON, None),
        (None, SourceKind.UNATTRIBUTED, None),
    ],
)
def test_classify_source(source, kind, canonical) -> None:
    assert classify_source(source) == (kind, canonical)


def test_bracketed_acronym_and_state_media_link() -> None:
    text = (
        "The launch was a success, state media said. "
        "According to the Korean Central News Agency (KCNA), the rocket carried a satellite. "
        "The agency said a second launch is planned."
    )
    per = attribute_sentences(text, split_sentences(text))
    canon = [att.canonical for i in sorted(per) for _, att in per[i]]
    assert canon == ["KCNA", "KCNA", "KCNA"]


def test_resolver_ministry_back_reference() -> None:
    r = SourceResolver("x").build()
    r.resolve("the Unification Ministry")
    r.resolve("analysts")
    assert r.resolve("the ministry")[1] == "the Unification Ministry"


@pytest.mark.parametrize(
    ("first", "later", "canonical"),
    [
        ("Kerstin Alm, the harbour master", "Alm", "Kerstin Alm"),
        ("one of the union's lawyers, Omar Haddad", "Haddad", "Omar Haddad"),
        ("Rep. Ana Ortiz (D-N.M.)", "Ortiz", "Rep. Ana Ortiz"),
    ],
)
def test_canonical_name_and_surname_back_reference(first, later, canonical) -> None:
    res = SourceResolver(f"{first} said so. {later} said more.").build()
    assert res.resolve(first)[1] == canonical
    assert res.resolve(later)[1] == canonical


def test_a_shouted_speaker_label_resolves_to_the_person_named_earlier() -> None:
    text = "Host Dana Whitfield said the show would air live.\n\nWHITFIELD: Welcome back to the program.\n\nKCNA: Text.\n"
    resolver = SourceResolver(text).build()
    assert resolver.resolve("Dana Whitfield")[1] == "Dana Whitfield"
    assert resolver.resolve("WHITFIELD", at=text.index("WHITFIELD"))[1] == "Dana Whitfield"
    assert resolver.resolve("KCNA")[1] == "KCNA"  # an acronym stays one


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("city records reviewed by The Associated Press", SourceKind.DOCUMENT),
        ("A lawsuit filed last year", SourceKind.DOCUMENT),
        ("public filings", SourceKind.DOCUMENT),
        ("Fire Chief Dana Whitcombe", SourceKind.OFFICIAL),
        ("The Associated Press", SourceKind.NEWS_MEDIA),
    ],
)
def test_kind_of_documents_and_local_officials(source: str, kind: SourceKind) -> None:
    assert classify_source(source)[0] is kind
