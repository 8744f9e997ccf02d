"""The article being checked: its text, front matter and title.

Front matter (``---`` lines at the very top, ``key: value`` per line) is
parsed for the title and then blanked out with spaces, so every offset the
pipeline produces still indexes the file's text as it is on disk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from factcheck.errors import InputError

__all__ = ["Article", "mask_front_matter", "parse_front_matter"]

_FENCE = re.compile(r"\A\ufeff?---[ \t]*(?:\r?\n|\Z)")
_CLOSE = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)
_KEY = re.compile(r"^([\w-]+)\s*:\s?(.*)$")


def parse_front_matter(text: str, *, path: object = None) -> tuple[dict[str, str], int]:
    """Split off front matter.

    Args:
        text: The whole file.
        path: Named in error messages.

    Returns:
        ``(metadata, body_start)``: the ``key: value`` pairs and the offset
        where the body begins (0 when there is no front matter).

    Raises:
        InputError: If the opening ``---`` has no closing ``---`` (``line`` is
            None) or a line is not ``key: value`` (``line`` is its number).
    """
    opening = _FENCE.match(text)
    if not opening:
        return {}, 0
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise InputError("front matter opened with '---' is never closed; add a '---' line after it", path=path)
    meta: dict[str, str] = {}
    block = text[opening.end() : closing.start()]
    first_line = text.count("\n", 0, opening.end()) + 1
    for offset, line in enumerate(block.splitlines()):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line.strip())
        if match is None:
            raise InputError(
                f"front matter: expected `key: value`, got {line.strip()[:60]!r}", path=path, line=first_line + offset
            )
        value = match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[match.group(1).lower()] = value
    end = closing.end()
    if text.startswith("\r\n", end):
        end += 2
    elif text.startswith("\n", end):
        end += 1
    return meta, end


def _blank(text: str) -> str:
    """``text`` with every character but newlines replaced by a space (same length)."""
    return re.sub(r"[^\n]", " ", text)


def mask_front_matter(text: str) -> str:
    """``text`` with well-formed front matter blanked to spaces, offsets unchanged.

    Malformed front matter is left as it is (this never raises).
    """
    try:
        _, body_start = parse_front_matter(text)
    except InputError:
        return text
    return _blank(text[:body_start]) + text[body_start:]


@attrs.frozen
class Article:
    """An article ready for extraction.

    Attributes:
        text: The text as given (offsets index into it).
        body: ``text`` with any front matter blanked to spaces (same length).
        title: From front matter, else the first Markdown heading, else None.
        path: Where it came from, if a file.
        meta: All front-matter keys.
    """

    text: str
    body: str = attrs.field(repr=False)
    title: str | None = None
    path: str | None = None
    meta: Mapping[str, str] = attrs.field(factory=dict, repr=False)

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None, path: object = None) -> Article:
        """Parse ``text``; an explicit ``title`` wins over the front matter's."""
        meta, body_start = parse_front_matter(text, path=path)
        body = _blank(text[:body_start]) + text[body_start:]
        if title is None:
            title = meta.get("title") or None
        if title is None:
            heading = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
            title = heading.group(1) if heading else None
        return cls(text=text, body=body, title=title, path=None if path is None else str(path), meta=meta)
