"""pysbd, with its regular expressions compiled once and idle abbreviations skipped.

pysbd builds a fresh pattern string for every abbreviation it finds in a block
(``r"(?<=\\s{abbr})\\."``) and hands it to ``re.sub``/``re.findall``. Over a few
news articles that is some 800 distinct patterns, more than the 512 the
:mod:`re` module keeps, so the cache thrashes and most calls recompile: about
a third of sentence splitting went to compiling patterns. :func:`segmenter`
points pysbd's modules at :data:`CACHED_RE`, a stand-in for :mod:`re` whose
pattern-taking functions use a compile cache of 4,096 patterns; every result is
the one :mod:`re` gives. Nothing else in the process is touched.

pysbd also tries each of its ~190 abbreviations whose letters occur anywhere in
a line ("co" in "could"), rewriting the line once per occurrence, although it
only ever changes the period after an abbreviation. The segmenter's English
skips an abbreviation (letters only) whose period is not in the line, which
leaves every result as it was and halves the time pysbd spends.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from typing import Any

__all__ = ["CACHED_RE", "segmenter"]


@functools.lru_cache(maxsize=4096)
def _pattern(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    # Compiled patterns are hashable too; re.compile returns them as they are (or raises
    # for added flags, as re does).
    return re.compile(pattern, flags)


class _CachedRe:
    """The :mod:`re` functions pysbd calls, with pattern strings compiled once."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        return _pattern(pattern, flags)

    @staticmethod
    def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        return _pattern(pattern, flags).sub(repl, string, count)

    @staticmethod
    def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
        return _pattern(pattern, flags).subn(repl, string, count)

    @staticmethod
    def search(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return _pattern(pattern, flags).search(string)

    @staticmethod
    def match(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return _pattern(pattern, flags).match(string)

    @staticmethod
    def fullmatch(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return _pattern(pattern, flags).fullmatch(string)

    @staticmethod
    def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
        return _pattern(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern: Any, string: str, flags: int = 0) -> Any:
        return _pattern(pattern, flags).finditer(string)

    @staticmethod
    def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        return _pattern(pattern, flags).split(string, maxsplit)


#: Stand-in for :mod:`re` inside pysbd's modules.
CACHED_RE = _CachedRe()

_LOCK = threading.Lock()
_SEGMENTER: Any = None


class _Abbreviations:
    """A language's abbreviation tables with a shorter list to try."""

    def __init__(self, tables: Any, kept: tuple[str, ...]) -> None:
        self._tables = tables
        self.ABBREVIATIONS = kept

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tables, name)


class _Language:
    """A pysbd language whose abbreviation list is narrowed for one line."""

    def __init__(self, lang: Any, kept: tuple[str, ...]) -> None:
        self._lang = lang
        self.Abbreviation = _Abbreviations(lang.Abbreviation, kept)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lang, name)


def _needle(abbreviation: str) -> str:
    """What must occur in a lower-cased line for pysbd's rewriting of ``abbreviation`` to change anything.

    pysbd only rewrites "abbr." (case-insensitively the same letters); an abbreviation with dots is
    a regex to pysbd ("e.g" also matches "egg"), so it is tried whenever its text occurs.
    """
    stripped = abbreviation.strip()
    return f"{stripped}." if stripped.isalnum() else stripped


@functools.lru_cache(maxsize=None)
def _needles(lang: Any) -> tuple[tuple[str, str], ...]:
    """Each of the language's abbreviations with its :func:`_needle`, computed once per language."""
    return tuple((a, _needle(a)) for a in lang.Abbreviation.ABBREVIATIONS)


def _news_english() -> Any:
    from pysbd.lang.english import English

    class Replacer(English.AbbreviationReplacer):  # type: ignore[name-defined,misc]
        def search_for_abbreviations_in_string(self, text: str) -> str:
            lang = self.lang
            lowered = text.lower()
            kept = tuple(a for a, needle in _needles(lang) if needle in lowered)
            self.lang = _Language(lang, kept)  # the replacer lives for one call
            try:
                return str(super().search_for_abbreviations_in_string(text))
            finally:
                self.lang = lang

    class NewsEnglish(English):  # type: ignore[misc]
        AbbreviationReplacer = Replacer

    return NewsEnglish


def _point_at_cache() -> None:
    for name, module in list(sys.modules.items()):
        if (name == "pysbd" or name.startswith("pysbd.")) and getattr(module, "re", None) is re:
            module.re = CACHED_RE  # type: ignore[attr-defined]


def segmenter() -> Any:
    """The process's English pysbd segmenter (no cleaning, no char spans).

    ``pysbd.Segmenter`` keeps no state between calls, so one is shared.
    """
    global _SEGMENTER
    if _SEGMENTER is None:
        with _LOCK:
            if _SEGMENTER is None:
                import pysbd

                seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
                seg.language_module = _news_english()
                _point_at_cache()  # after the segmenter, so the language modules are loaded
                _SEGMENTER = seg
    return _SEGMENTER
