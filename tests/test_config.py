"""[tool.factcheck] settings and their CLI overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import Settings, find_pyproject, load_settings
from factcheck.errors import ConfigError
from factcheck.model import Verdict


def _project(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.factcheck]\n{table}\n')
    return tmp_path


def test_defaults_without_pyproject(tmp_path: Path) -> None:
    settings = load_settings(start=tmp_path)
    assert settings.sources is None and settings.config_path is None
    assert settings.fail_on == frozenset({Verdict.CONTRADICTED})
    assert settings.ledger == tmp_path.resolve() / "claims"
    assert settings.format == "text"


def test_reads_table_and_resolves_paths_against_the_file(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        'sources = "corpus"\nfail_on = ["contradicted", "disputed"]\nmin_score = 0.3\n'
        'checkworthy_threshold = 0.7\nledger = "reviews"\nformat = "sarif"\nindex = "cache/idx"',
    )
    nested = root / "drafts" / "2025"
    nested.mkdir(parents=True)
    settings = load_settings(start=nested)
    assert settings.config_path == root / "pyproject.toml"
    assert settings.sources == root.resolve() / "corpus"
    assert settings.ledger == root.resolve() / "reviews"
    assert settings.index == root.resolve() / "cache/idx"
    assert settings.fail_on == {Verdict.CONTRADICTED, Verdict.DISPUTED}
    assert (settings.min_score, settings.checkworthy_threshold, settings.format) == (0.3, 0.7, "sarif")
    policy = settings.policy()
    assert policy.min_score == 0.3 and policy.checkworthy_threshold == 0.7


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    _project(tmp_path, 'sources = "corpus"')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "inner"\n')
    assert find_pyproject(inner) == tmp_path.resolve() / "pyproject.toml"


def test_flags_override_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, 'sources = "corpus"\nfail_on = "contradicted"')
    monkeypatch.chdir(tmp_path)
    settings = load_settings().override(
        sources="other", fail_on="unverified", min_score="0.25", format=None, ledger=False
    )
    assert settings.sources == tmp_path / "other"
    assert settings.fail_on == {Verdict.UNVERIFIED}
    assert settings.min_score == 0.25 and settings.format == "text"
    assert settings.ledger is None


@pytest.mark.parametrize(
    "table,needle",
    [
        ('colour = "red"', "unknown key.*colour"),
        ('fail_on = ["wrong"]', "fail_on: unknown verdict 'wrong'"),
        ("fail_on = 3", "fail_on: expected a list"),
        ("min_score = 2", "min_score: expected a number between 0 and 1"),
        ('checkworthy_threshold = "high"', "checkworthy_threshold: expected a number"),
        ("min_score = true", "min_score"),
        ('format = "pdf"', "format: expected one of"),
        ("sources = 3", "sources: expected a path"),
        ("ledger = 3", "ledger: expected a folder path"),
        ("sources = [", "not valid TOML"),
    ],
)
def test_invalid_config_names_file_and_key(tmp_path: Path, table: str, needle: str) -> None:
    _project(tmp_path, table)
    with pytest.raises(ConfigError, match=needle) as info:
        load_settings(start=tmp_path)
    assert "pyproject.toml" in str(info.value)


@pytest.mark.parametrize(
    "flags,needle",
    [({"min_score": "abc"}, "--min-score"), ({"fail_on": "x"}, "--fail-on"), ({"format": "doc"}, "--format")],
)
def test_invalid_flags_name_the_flag(flags: dict, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        Settings().override(**flags)


def test_explicit_config_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize("value", ["torch", "onnx"])
def test_backend_setting_is_an_enum(tmp_path, value):
    from factcheck.config import load_settings
    from factcheck.embed import Backend

    (tmp_path / "pyproject.toml").write_text(f'[tool.factcheck]\nbackend = "{value}"\n')
    assert load_settings(tmp_path / "pyproject.toml").backend is Backend(value)


def test_unknown_backend_names_the_choices(tmp_path):
    from factcheck.config import load_settings

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nbackend = "tensorflow"\n')
    with pytest.raises(ConfigError, match="expected one of torch, onnx"):
        load_settings(tmp_path / "pyproject.toml")
