"""Low-rank weight deltas (LoRA) over the packaged MiniLM, for the fine-tuned models.

Artefacts store the factors under ``lora.<layer>.<module>.A`` (``r x in``) and
``.B`` (``out x r``, already multiplied by the scale); loading adds ``B @ A`` to
the base weight once (:func:`merge_lora`), so inference runs the plain BERT.
Training wraps the base ``nn.Linear`` modules (:func:`add_lora`). torch is
imported inside the functions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

#: The linear modules of a BERT layer that the fine-tuned models adapt.
MODULES = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def merge_lora(bert: Any, arrays: Mapping[str, np.ndarray]) -> int:
    """Add ``B @ A`` of every ``lora.<layer>.<module>`` pair in ``arrays`` to ``bert`` in place.

    Keys not starting with ``lora.`` are ignored.

    Returns:
        How many weight matrices changed.

    Raises:
        ValueError: If a factor pair is incomplete, names no module, or its shape does not fit.
    """
    import torch

    keys = sorted({k.rsplit(".", 1)[0] for k in arrays if k.startswith("lora.")})
    for key in keys:
        a, b = arrays.get(key + ".A"), arrays.get(key + ".B")
        if a is None or b is None:
            raise ValueError(f"{key}: expected both .A and .B factors")
        try:
            _, layer, module = key.split(".", 2)
            linear = bert.encoder.layer[int(layer)].get_submodule(module)
        except (ValueError, IndexError, AttributeError) as exc:
            raise ValueError(f"{key}: names no linear module of the base model ({exc})") from exc
        delta = b.astype(np.float32) @ a.astype(np.float32)
        if delta.shape != tuple(linear.weight.shape):
            raise ValueError(f"{key}: delta {delta.shape} does not fit weight {tuple(linear.weight.shape)}")
        with torch.no_grad():
            linear.weight += torch.from_numpy(delta)
    return len(keys)


def add_lora(bert: Any, layers: Iterable[int], rank: int = 8, alpha: float = 16.0, modules: Iterable[str] = MODULES) -> dict[str, Any]:
    """Wrap the given layers' linear modules with trainable low-rank adapters (training only).

    The base weights are frozen. Returns the adapters by artefact key prefix
    (``lora.<layer>.<module>``); :func:`lora_arrays` turns them into arrays to save.
    """
    import torch
    from torch import nn

    class LoRALinear(nn.Module):
        def __init__(self, base: nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.A = nn.Parameter(torch.randn(rank, base.in_features) / base.in_features**0.5)
            self.B = nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.A.t() @ self.B.t()) * self.scale

    for p in bert.parameters():
        p.requires_grad_(False)
    adapters: dict[str, Any] = {}
    for i in layers:
        layer = bert.encoder.layer[i]
        for name in modules:
            parent_name, attr = name.rsplit(".", 1)
            parent = layer.get_submodule(parent_name)
            adapter = LoRALinear(getattr(parent, attr))
            setattr(parent, attr, adapter)
            adapters[f"lora.{i}.{name}"] = adapter
    return adapters


def lora_arrays(adapters: Mapping[str, Any]) -> dict[str, np.ndarray]:
    """float16 ``.A`` / ``.B`` arrays (scale folded into B) of trained adapters, ready for ``np.savez``."""
    out: dict[str, np.ndarray] = {}
    for key, ad in adapters.items():
        out[f"{key}.A"] = ad.A.detach().numpy().astype(np.float16)
        out[f"{key}.B"] = (ad.B.detach() * ad.scale).numpy().astype(np.float16)
    return out


def stack_lora(earlier: Mapping[str, np.ndarray], later: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Factors whose merge equals merging ``earlier`` then ``later`` (for training that goes on from a LoRA artefact).

    ``B @ A`` of factors stacked along the rank is the sum of the two deltas; keys in
    only one mapping are kept as they are.

    Raises:
        ValueError: If a pair's shapes cannot be stacked.
    """
    out = dict(later)
    for key, value in earlier.items():
        if key not in out:
            out[key] = value
            continue
        axis = 0 if key.endswith(".A") else 1
        try:
            out[key] = np.concatenate([value, out[key]], axis=axis)
        except ValueError as exc:
            raise ValueError(f"{key}: cannot stack {value.shape} with {out[key].shape}") from exc
    return out
