"""Reading drafts and writing files safely.

:func:`read_text` is the one way drafts are read: it accepts UTF-8 (with or
without a byte-order mark) and UTF-16/UTF-32 with a byte-order mark, rejects
binary and undecodable files with an :class:`~factcheck.errors.InputError`
naming the file, normalises line endings to ``\\n`` and strips control
characters other than newline and tab (so offsets, line numbers and every
renderer see the same clean text).

:func:`atomic_write` is the one way factcheck writes files: a temporary file in
the target's folder, flushed, then ``os.replace``-d over the target, so readers
never see half a report or half a ledger.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import tempfile
from pathlib import Path

from factcheck.errors import InputError

__all__ = ["atomic_write", "clean_text", "decode_text", "read_text"]

#: C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def clean_text(text: str) -> str:
    """Normalise line endings to ``\\n`` and drop control characters but ``\\n`` and ``\\t``.

    Lone surrogates (which cannot be encoded) are replaced with U+FFFD.
    """
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def decode_text(data: bytes, *, path: object = None, error: type[InputError] = InputError) -> str:
    """Decode a text file's bytes (see :func:`read_text`) and clean the result.

    Args:
        data: The file's bytes.
        path: The file name, used in error messages.
        error: The :class:`InputError` subclass to raise (corpus loaders pass
            :class:`~factcheck.errors.CorpusError`).

    Raises:
        InputError: If the bytes are binary or not valid in the detected encoding.
    """
    encoding = "utf-8"
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise error(
                f"looks like a binary file (NUL byte at offset {nul}); expected UTF-8 text "
                "(or UTF-16 with a BOM); re-save it as UTF-8 or remove it",
                path=path,
            )
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        label = encoding.upper().replace("-LE", "").replace("-BE", "")
        raise error(
            f"not valid {label}: cannot decode byte 0x{body[exc.start]:02x} at offset {exc.start}; "
            "re-save the file as UTF-8",
            path=path,
        ) from None
    return clean_text(text)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a draft or source text file.

    Empty or whitespace-only files are valid (they simply hold no claims).

    Args:
        path: The file to read.

    Returns:
        The decoded text, ``\\n`` line endings, no control characters but ``\\n``/``\\t``.

    Raises:
        InputError: If the path is missing, a directory, unreadable, binary or
            not decodable; the message names the file.
    """
    p = Path(path)
    try:
        mode = p.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):  # /dev/zero would never end
            raise InputError("not a regular file (a device or socket); expected a text file", path=path)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file; check the path", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory; expected a text file", path=path) from None
    except PermissionError:
        raise InputError("permission denied; cannot read the file", path=path) from None
    except OSError as exc:
        if p.is_dir():
            raise InputError("is a directory; expected a text file", path=path) from None
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    return decode_text(data, path=path)


def atomic_write(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (temporary file, fsync, ``os.replace``).

    Missing parent folders are created. The file ends with the text exactly as
    given (no newline translation).

    Args:
        path: The target file.
        text: The content.
        encoding: Text encoding.

    Returns:
        The target path.

    Raises:
        OSError: If the folder cannot be created or written to.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder; expected a file name to write", str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotADirectoryError(
            errno.ENOTDIR, "a parent of this path is a file, not a folder; choose another path", str(target)
        ) from None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            try:
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            except OSError:  # pragma: no cover - permissions of exotic filesystems
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
