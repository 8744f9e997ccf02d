"""The error hierarchy.

Every error raised on purpose by factcheck derives from :class:`FactCheckError`
and also from the builtin that best matches it, so ``except ValueError`` in
calling code keeps working.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CorpusError",
    "FactCheckError",
    "IndexCorruptError",
    "IndexNotBuiltError",
    "InputError",
    "LedgerError",
    "ModelLoadError",
]


class FactCheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class InputError(FactCheckError, ValueError):
    """An article, draft or other input could not be read or is malformed.

    Args:
        message: What was expected, what came, and how to fix it.
        path: The file concerned, if any; it is prefixed to the message.
        line: The 1-based line number concerned, if any.
    """

    def __init__(self, message: str, *, path: object = None, line: int | None = None) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        self.reason = message
        where = ""
        if self.path is not None:
            where = f"{self.path}:{line}: " if line is not None else f"{self.path}: "
        super().__init__(f"{where}{message}")


class CorpusError(InputError):
    """A reference corpus could not be loaded (bad file, bad front matter, empty)."""


class LedgerError(InputError):
    """A claim ledger in ``claims/`` is unreadable or malformed."""


class ConfigError(FactCheckError, ValueError):
    """A setting (CLI flag, ``[tool.factcheck]`` key or argument) is invalid."""


class IndexNotBuiltError(FactCheckError, RuntimeError):
    """An index was used before ``build()`` or ``load()``."""


class IndexCorruptError(FactCheckError, OSError):
    """A persisted index folder fails its checksum or schema-version check."""


class ModelLoadError(FactCheckError, RuntimeError):
    """A model could not be loaded offline (missing package, bad path)."""
