"""Settings from ``[tool.factcheck]`` in pyproject.toml, overridden by CLI flags.

Keys (all optional)::

    [tool.factcheck]
    sources = "sources"                 # reference corpus folder or file
    fail_on = ["contradicted"]          # or "contradicted,disputed"; [] / "none": never on verdict
    min_score = 0.3                     # fail check-worthy claims scoring below this
    checkworthy_threshold = 0.5         # claims below this never fail
    ledger = "claims"                   # editor review ledgers; false disables
    format = "text"                     # default output format of `factcheck check`
    index = ".factcheck-index"          # where the persisted index lives
    backend = "torch"                   # or "onnx": int8 onnxruntime models, faster start-up

Relative paths are resolved against the folder holding the pyproject.toml.
The file is found from the current folder upward (the first pyproject.toml
that has a ``[tool.factcheck]`` table wins), or given with ``--config``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from factcheck.embed import Backend
from factcheck.errors import ConfigError
from factcheck.model import Verdict
from factcheck.policy import DEFAULT_FAIL_ON, Policy, parse_fail_on

__all__ = ["FORMATS", "KEYS", "Settings", "find_pyproject", "load_settings"]

#: Output formats of ``factcheck check``.
FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")
#: Keys accepted in ``[tool.factcheck]``.
KEYS = ("sources", "fail_on", "min_score", "checkworthy_threshold", "ledger", "format", "index", "backend")
#: The ledger folder used when none is configured (relative to the project root).
DEFAULT_LEDGER = "claims"
#: The index folder used when none is configured (relative to the project root).
DEFAULT_INDEX = ".factcheck-index"


@attrs.frozen
class Settings:
    """Resolved settings of one CLI run.

    Attributes:
        sources: The reference corpus, or None when not configured.
        fail_on: Verdicts that fail a check-worthy claim.
        min_score: Minimum corroboration score, or None.
        checkworthy_threshold: Claims below it never fail.
        ledger: The ledger folder, or None to use none.
        format: Output format.
        index: The persisted index folder.
        backend: Runtime of the default models.
        root: The project folder (of the pyproject.toml used, else the cwd).
        config_path: The pyproject.toml read, if any.
    """

    sources: Path | None = None
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    min_score: float | None = None
    checkworthy_threshold: float = 0.5
    ledger: Path | None = None
    format: str = "text"
    index: Path | None = None
    backend: Backend = Backend.TORCH
    root: Path = attrs.field(factory=Path.cwd)
    config_path: Path | None = None

    def policy(self) -> Policy:
        """The CI policy these settings describe."""
        return Policy(fail_on=self.fail_on, min_score=self.min_score, checkworthy_threshold=self.checkworthy_threshold)

    def override(self, **flags: Any) -> Settings:
        """These settings with CLI flags applied; flags that are None are ignored.

        Raises:
            ConfigError: If a flag value is invalid.
        """
        values = {k: v for k, v in flags.items() if v is not None}
        unknown = set(values) - set(KEYS)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        parsed = _parse(values, where=None, base=Path.cwd())
        return attrs.evolve(self, **parsed)


def find_pyproject(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest pyproject.toml with a ``[tool.factcheck]`` table, from ``start`` (the cwd) upward."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "[tool.factcheck]" in text:
                return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; pass an existing pyproject.toml to --config") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory; pass the pyproject.toml file to --config") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def load_settings(
    config: str | os.PathLike[str] | None = None, *, start: str | os.PathLike[str] | None = None
) -> Settings:
    """Load settings from a pyproject.toml.

    Args:
        config: An explicit pyproject.toml; None searches from ``start`` upward.
        start: Where the search starts (the cwd by default).

    Returns:
        The settings; defaults everywhere when no file is found or it has no table.

    Raises:
        ConfigError: If the file is unreadable, not TOML, or a key is unknown or invalid.
    """
    path = Path(config) if config is not None else find_pyproject(start)
    if path is None:
        root = Path(start or Path.cwd()).resolve()
        return Settings(ledger=root / DEFAULT_LEDGER, index=root / DEFAULT_INDEX, root=root, config_path=None)
    data = _read_toml(path)
    root = path.resolve().parent
    table = data.get("tool", {}).get("factcheck", {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) in [tool.factcheck]: {', '.join(unknown)}; expected {', '.join(KEYS)}"
        )
    parsed = _parse(dict(table), where=f"{path}: [tool.factcheck]", base=root)
    parsed.setdefault("ledger", root / DEFAULT_LEDGER)
    parsed.setdefault("index", root / DEFAULT_INDEX)
    return Settings(root=root, config_path=path, **parsed)


def _parse(values: Mapping[str, Any], *, where: str | None, base: Path) -> dict[str, Any]:
    """Validate raw settings; ``where`` None means they came from command-line flags."""

    def name(key: str) -> str:
        return f"--{key.replace('_', '-')}" if where is None else f"{where} {key}"

    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in {"sources", "index"}:
            if not isinstance(value, (str, os.PathLike)) or not str(value):
                raise ConfigError(f"{name(key)}: expected a path, got {value!r}")
            out[key] = base / Path(value)
        elif key == "ledger":
            if value is False or (isinstance(value, str) and value.lower() in {"", "none", "false"}):
                out[key] = None
            elif isinstance(value, (str, os.PathLike)):
                out[key] = base / Path(value)
            else:
                raise ConfigError(f"{name(key)}: expected a folder path or false, got {value!r}")
        elif key == "fail_on":
            if not isinstance(value, (str, list, tuple, frozenset, set)):
                raise ConfigError(f"{name(key)}: expected a list of verdicts, got {value!r}")
            try:
                out[key] = parse_fail_on(value)
            except ConfigError as exc:
                raise ConfigError(f"{name(key)}: {str(exc).removeprefix('fail_on: ')}") from None
        elif key in {"min_score", "checkworthy_threshold"}:
            number = value
            if isinstance(value, str):
                try:
                    number = float(value)
                except ValueError:
                    number = None
            if (
                isinstance(number, bool)
                or not isinstance(number, (int, float))
                or not 0.0 <= number <= 1.0  # also rejects NaN
            ):
                raise ConfigError(f"{name(key)}: expected a number between 0 and 1, got {value!r}")
            out[key] = float(number)
        elif key == "backend":
            try:
                out[key] = Backend(value)
            except ValueError:
                choices = ", ".join(b.value for b in Backend)
                raise ConfigError(f"{name(key)}: expected one of {choices}, got {value!r}") from None
        elif key == "format":
            if value not in FORMATS:
                raise ConfigError(f"{name(key)}: expected one of {', '.join(FORMATS)}, got {value!r}")
            out[key] = value
        else:  # pragma: no cover - guarded by KEYS
            raise ConfigError(f"{name(key)}: unknown setting")
    return out
