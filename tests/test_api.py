"""The public surface: re-exports, cold import, errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import factcheck
from factcheck import errors


def test_all_matches_the_public_names():
    public = {n for n in dir(factcheck) if not n.startswith("_")}
    submodules = {n for n in public if type(getattr(factcheck, n)).__name__ == "module"}
    assert set(factcheck.__all__) == public - submodules
    assert len(factcheck.__all__) == len(set(factcheck.__all__))


@pytest.mark.parametrize(
    "name", ["extract_claims", "check", "assess", "Checker", "Corpus", "Report", "Claim", "Verdict", "Stance"]
)
def test_stable_names_are_exported(name):
    assert name in factcheck.__all__


def test_import_does_not_import_heavy_libraries():
    code = (
        "import sys, factcheck, factcheck.slots, factcheck.claims; "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'faiss', 'bm25s', 'pandas', 'lemminflect') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (errors.InputError, ValueError),
        (errors.CorpusError, ValueError),
        (errors.LedgerError, ValueError),
        (errors.ConfigError, ValueError),
        (errors.IndexNotBuiltError, RuntimeError),
        (errors.IndexCorruptError, OSError),
        (errors.ModelLoadError, RuntimeError),
    ],
)
def test_errors_share_a_base_and_a_builtin(error, builtin):
    assert issubclass(error, errors.FactCheckError)
    assert issubclass(error, builtin)


def test_input_error_message_names_file_and_line():
    err = errors.InputError("not valid UTF-8", path="drafts/a.md", line=3)
    assert str(err) == "drafts/a.md:3: not valid UTF-8"
    assert err.path == "drafts/a.md" and err.reason == "not valid UTF-8"
