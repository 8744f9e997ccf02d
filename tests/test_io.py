"""Reading drafts (encodings, binary, control characters) and atomic writes."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.io import atomic_write, clean_text, decode_text, read_text

TEXT = "Kim said “354,000” people — ünïcödé 🚀.\nSecond line.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom"],
)
def test_read_text_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(encoded)
    assert read_text(path) == TEXT


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_line_endings_normalised(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    assert read_text(path) == TEXT


def test_control_characters_stripped_but_newline_and_tab_kept() -> None:
    assert clean_text("a\x1b[31mb\tc\x00\x7f\x85d\n") == "a[31mb\tc\nd\n"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_and_blank_files_are_valid(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    assert read_text(path).strip() == ""


@pytest.mark.parametrize(
    "content,needle",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    ],
)
def test_bad_bytes_raise_input_error_naming_file(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(InputError, match=needle) as info:
        read_text(path)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.md")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


@pytest.mark.parametrize(
    "error,needle",
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "Input/output"),
    ],
)
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, needle: str) -> None:
    path = tmp_path / "secret.md"
    path.write_text("x")

    def refuse(self: Path) -> bytes:
        raise error

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=needle) as info:
        read_text(path)
    assert str(path) in str(info.value)


@given(st.text())
def test_decode_round_trips_clean_text(text: str) -> None:
    cleaned = clean_text(text)
    assert decode_text(cleaned.encode("utf-8")) == cleaned.removeprefix("\ufeff")  # a leading BOM is a BOM
    assert clean_text(cleaned) == cleaned


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    atomic_write(target, "first")
    atomic_write(target, "second\r\n")
    assert target.read_bytes() == b"second\r\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_atomic_write_preserves_mode(tmp_path: Path) -> None:
    target = tmp_path / "ledger.json"
    target.write_text("x")
    target.chmod(0o640)
    atomic_write(target, "y")
    assert target.stat().st_mode & 0o777 == 0o640
