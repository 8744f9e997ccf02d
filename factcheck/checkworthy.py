"""Check-worthiness: how much a sentence deserves a fact-check, in [0, 1].

A logistic regression over hashed word uni-/bi-grams plus a few hand
features (numbers, percentages, named entities, first-person and opinion
words). The weights live in ``factcheck/data/checkworthy.npz`` (trained by
``scripts/train_checkworthy.py`` on ClaimBuster plus Factcheck-GPT) and are loaded lazily, once
per :class:`CheckworthyScorer`.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from pathlib import Path

__all__ = ["CheckworthyScorer", "DEFAULT_PATH", "featurize", "N_HASH"]

N_HASH = 1 << 16
DEFAULT_PATH = Path(__file__).parent / "data" / "checkworthy.npz"
_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*|[%$€£]")
_HAND = (
    ("has_number", re.compile(r"\d")),
    ("has_percent", re.compile(r"%|\bper ?cent\b", re.I)),
    ("has_money", re.compile(r"[$€£]|\b(?:dollars?|won|yuan|euros?)\b", re.I)),
    ("has_magnitude", re.compile(r"\b(?:million|billion|trillion|thousands?|hundreds?)\b", re.I)),
    ("has_year", re.compile(r"\b(?:19|20)\d\d\b")),
    ("has_entity", re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")),
    ("first_person", re.compile(r"\b(?:I|we|my|our|me|us)\b")),
    ("question", re.compile(r"\?")),
    ("opinion", re.compile(r"\b(?:think|believe|feel|should|must|hope|wonderful|terrible|great)\b", re.I)),
    ("comparative", re.compile(r"\b(?:more|less|most|least|largest|highest|lowest|first|increase|decrease|doubled?)\b", re.I)),
)
N_FEATURES = N_HASH + len(_HAND) + 2


@functools.lru_cache(maxsize=1 << 16)
def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) % N_HASH


def featurize(text: str) -> tuple[list[int], list[float]]:
    """Sparse feature (indices, values) of one sentence; shared by training and scoring."""
    toks = _TOKEN.findall(text.lower())
    toks = ["<num>" if t[0].isdigit() else t for t in toks]
    counts: dict[int, float] = {}
    for i, t in enumerate(toks):
        k = _h(t)
        counts[k] = counts.get(k, 0.0) + 1.0
        if i:
            k = _h(toks[i - 1] + " " + t)
            counts[k] = counts.get(k, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    idx = list(counts)
    val = [v / norm for v in counts.values()]
    for j, (_, rx) in enumerate(_HAND):
        if rx.search(text):
            idx.append(N_HASH + j)
            val.append(1.0)
    n = len(toks)
    idx += [N_HASH + len(_HAND), N_HASH + len(_HAND) + 1]
    val += [min(n, 60) / 60.0, 1.0 if n < 6 else 0.0]
    return idx, val


class CheckworthyScorer:
    """Scores sentences with the packaged logistic regression.

    Args:
        path: The ``.npz`` artefact (``weights`` float32 [N_FEATURES], ``bias``).
    """

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self._weights: list[float] | None = None
        self._bias = 0.0

    def _load(self) -> None:
        import numpy as np

        from factcheck.errors import ModelLoadError

        try:
            with np.load(self.path, allow_pickle=False) as z:
                w = z["weights"].astype("float64")
                b = float(z["bias"])
        except (OSError, KeyError, ValueError) as e:
            raise ModelLoadError(
                f"could not read the check-worthiness weights at {self.path}: {e}; "
                "run scripts/train_checkworthy.py to rebuild them"
            ) from e
        if w.shape != (N_FEATURES,):
            raise ModelLoadError(
                f"check-worthiness weights at {self.path} have shape {w.shape}, expected "
                f"({N_FEATURES},); rebuild them with scripts/train_checkworthy.py"
            )
        self._weights = w.tolist()
        self._bias = b

    def score(self, text: str) -> float:
        """Probability that ``text`` is a check-worthy factual claim."""
        if self._weights is None:
            self._load()
        w = self._weights
        assert w is not None
        idx, val = featurize(text)
        z = self._bias + sum(w[i] * v for i, v in zip(idx, val, strict=True))
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))
