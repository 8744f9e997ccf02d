"""Sentence segmentation for news text, with exact character offsets.

Lines are split first (a headline, a bullet item or a paragraph each end a
sentence), then each block goes through :mod:`pysbd` and the pieces it
returns are aligned back onto the original text with a forward-only search,
so the whole pass stays linear. Fix-ups around pysbd handle what it gets wrong
in news copy: bullet markers (``- item``), datelines (``SEOUL, Sept. 1
(Reuters) -``), splits before a lower-case continuation or a closing quote,
and splits after an initial or a title (``Mr.``, ``U.S.``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

__all__ = ["Sentence", "Segmenter", "split_sentences"]

#: Longest block handed to pysbd; longer ones use the regex splitter (pysbd is
#: super-linear on very long inputs).
_PYSBD_MAX = 4000

_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2023\u25aa\u25cf\u2013\u2014]|\d{1,3}[.)])[ \t]+")
#: A quote signed with a dash ("“...” ― Jane Doe"): a line of prose, not a heading.
_SIGNED_QUOTE = re.compile(r"[”\"][ \t\u00a0]*(?:[―—–]|--)[ \t\u00a0]*[A-Z][^\n]{0,60}$")
#: Capital and small letters of Latin names, accented ones included ("Núñez", "BIAŁYSTOK"; re's [A-Z] is ASCII).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
#: A dateline's place, in capitals, accented ones too: "SEOUL", "MÉRIDA", "BIAŁYSTOK", "CITY, Country".
_DATELINE_PLACE = rf"[{_UPPER}][{_UPPER} .'/\-]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z .]{{1,25}})?"
_DATELINE = re.compile(
    _DATELINE_PLACE
    # , Sept. 1 / , January 16, 2026 / , 10 February 2026
    + r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?))?"
    r"[ \t]*(?:\((?:[A-Z][A-Za-z .&]{0,30})\))?"  # (Reuters)
    r"[ \t]*(?:-|\u2013|\u2014|--)[ \t]+"
)
# Words after which pysbd sometimes splits although the sentence goes on.
_NO_SPLIT_AFTER = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Rep|Sen|Gov|Pres|St|Ste|Mt|Ft|Jr|Sr|No|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Corp|Co|Ltd)\.|"
    r"\b[A-Z]\.|\b(?:[A-Z]\.){2,})\s*$"
)
_DAY_AFTER_TIME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EDT|EST|PT|PDT|GMT|UTC|local time)\b"
)
_CLOSERS = "\"'\u201d\u2019)]\u00bb"


@attrs.frozen
class Sentence:
    """One sentence of an article.

    Attributes:
        text: The sentence exactly as in the article (``article[start:end]``).
        start: Offset of the first character in the article.
        end: Offset just past the last character.
        paragraph: Index of the paragraph (a line, or lines joined by a lower-case continuation).
        block: Index of the line-level block the sentence came from.
        heading: True for a short line without final punctuation (a headline
            or subheading).
        bullet: True when the sentence is a bullet-list item.
    """

    text: str
    start: int
    end: int
    paragraph: int = 0
    block: int = 0
    heading: bool = False
    bullet: bool = False


def _regex_split(block: str) -> list[str]:
    """A simple, linear fallback splitter: end punctuation plus space plus capital/quote."""
    out: list[str] = []
    last = 0
    for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])", block):
        if _NO_SPLIT_AFTER.search(block[max(last, m.start() - 12) : m.start() + 1]):
            continue
        out.append(block[last : m.end()])
        last = m.end()
    if last < len(block):
        out.append(block[last:])
    return out


def _pysbd_split(block: str) -> list[str]:
    from factcheck._pysbd import segmenter

    # The processor's sentences are substrings of the block, which _align locates in one pass;
    # Segmenter.segment would locate them again with a fresh regex per sentence over the whole block.
    return [str(s) for s in segmenter().processor(block).process()]


def _align(block: str, pieces: Sequence[str]) -> list[tuple[int, int]] | None:
    """Locate each piece in ``block`` in order; None when one cannot be found."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        p = piece.strip()
        if not p:
            continue
        i = block.find(p, pos)
        if i < 0:
            return None
        spans.append((i, i + len(p)))
        pos = i + len(p)
    return spans


def _merge(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo splits that news copy shows to be wrong."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            head = block[s:e].lstrip()
            prev = block[ps:pe]
            first = head[:1]
            wrong = (
                (first.islower() and not prev.rstrip().endswith(("?", "!")))
                or first in (",", ";")  # "Mitch McConnell, R-Ky.|, said Tuesday"
                or re.search(r",\s*[”\"’']+\s*$", prev) is not None  # '"... today,”| Bozell adds.
                or (first and first in _CLOSERS and len(head) <= 3)
                or (first.isupper() and _NO_SPLIT_AFTER.search(prev[-12:]) is not None
                    and not prev.rstrip().endswith(("?", "!")) and _is_name_continuation(head))
                or not any(ch.isalnum() for ch in head)
                # '"... Donald J. Trump!”| US Senator Jeff Sessions said as he ...': the quote's signature
                or (re.search(r"[!?][\"”’']+\s*$", prev) is not None and _SIGNATURE.match(head) is not None)
                # "By 9 a.m.| Sunday, the Rev. Al Sharpton began ...": a clock time, then its day
                or (re.search(r"\b[ap]\.m\.\s*$", prev) is not None and _DAY_AFTER_TIME.match(head) is not None)
            )
            if wrong:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


#: A post-posed source and cue opening a piece: "Senator Jeff Sessions said", "said Mr. Kim", "the mayor told".
_SIGNATURE = re.compile(
    r"(?!(?:He|She|They|We|I|It|You)\s)(?:(?:the|a|an|one)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,5}?(?:said|says|asked|told|added|wrote|shouted|yelled|"
    r"exclaimed|tweeted|declared|insisted|replied|responded|cried|joked)\b"
)


def _is_name_continuation(head: str) -> bool:
    # "Mr. Kim said" / "U.S. President" / "J. Smith": the next word is capitalised and
    # the previous piece ended in an abbreviation; treat as a continuation only
    # when the following word is short of a clause opener.
    word = re.match(r"[A-Za-z]+", head)
    if word is None:
        return False
    return word.group(0) not in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(
    "The A An It He She They We I This That These Those But And Or So Yet In On At "
    "For With By From As After Before When While If Since Although Though Meanwhile "
    "However There His Her Their Its Our Analysts Officials".split()
)


def _cap(block: str, spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > limit:
            cut = block.rfind(" ", s + limit // 2, s + limit)
            cut = cut if cut > s else s + limit
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


_LINE_END = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")


def _blocks(text: str) -> list[tuple[int, str]]:
    """Non-blank line blocks as (offset, text); a line starting in lower case continues the last."""
    out: list[tuple[int, str]] = []
    pos = 0
    last_blank = True
    for m in [*_LINE_END.finditer(text), None]:
        end = len(text) if m is None else m.start()
        line = text[pos:end]
        if line.strip():
            first = line.lstrip()[:1]
            if out and not last_blank and first.islower() and not _BULLET.match(line):
                start, prev = out[-1]
                out[-1] = (start, text[start:end])
            else:
                out.append((pos, line))
            last_blank = False
        else:
            last_blank = True
        pos = len(text) if m is None else m.end()
    return out


class Segmenter:
    """Splits article text into :class:`Sentence` records.

    Args:
        splitter: A callable turning one block of text (no line breaks) into
            sentence strings; defaults to pysbd with a regex fallback.
        max_block: Blocks longer than this go to the regex fallback.
        max_sentence: Longer pieces are cut at whitespace, which keeps every
            later per-sentence rule bounded and the whole pass linear.
    """

    def __init__(
        self,
        splitter: Callable[[str], list[str]] | None = None,
        *,
        max_block: int = _PYSBD_MAX,
        max_sentence: int = 1200,
    ) -> None:
        self.splitter = splitter
        self.max_block = max_block
        self.max_sentence = max_sentence

    def _split_block(self, block: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] | None = None
        if len(block) <= self.max_block:
            try:
                pieces = (self.splitter or _pysbd_split)(block)
                spans = _align(block, pieces)
            except Exception:  # noqa: BLE001 - a third-party splitter must never sink extraction
                spans = None
        if spans is None:
            spans = _align(block, _regex_split(block)) or [(0, len(block))]
        return _cap(block, _merge(block, spans), self.max_sentence)

    def split(self, text: str) -> tuple[Sentence, ...]:
        """Split ``text``; every sentence satisfies ``text[s.start:s.end] == s.text``."""
        if not isinstance(text, str) or not text.strip():
            return ()
        out: list[Sentence] = []
        block_no = 0
        for line_start, body in _blocks(text):
            offset = line_start
            bullet = False
            m = _BULLET.match(body)
            if m and m.end() < len(body):
                bullet = True
                offset += m.end()
                body = body[m.end() :]
            else:
                d = _DATELINE.match(body)
                if d and d.end() < len(body) and d.end() <= 80:
                    offset += d.end()
                    body = body[d.end() :]
            lead = len(body) - len(body.lstrip())
            stripped = body.strip()
            if not stripped:
                continue
            offset += lead
            body = stripped
            heading = (
                not bullet
                and len(body) <= 120
                and body[-1] not in ".!?:;\"'\u201d\u2019\u2026,"
                and len(body.split()) <= 14
                and not _SIGNED_QUOTE.search(body)
            )
            for s, e in self._split_block(body):
                piece = body[s:e]
                ls = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                if not piece:
                    continue
                start = offset + s + ls
                out.append(
                    Sentence(
                        text=piece,
                        start=start,
                        end=start + len(piece),
                        paragraph=block_no,
                        block=block_no,
                        heading=heading,
                        bullet=bullet,
                    )
                )
            block_no += 1
        return tuple(out)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with exact offsets (see :class:`Segmenter`)."""
    return Segmenter().split(text)
