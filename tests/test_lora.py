"""Low-rank deltas: training adapters, saved factors and merging give the same network."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from factcheck.lora import MODULES, add_lora, lora_arrays, merge_lora, stack_lora  # noqa: E402


def _tiny_bert(seed: int = 0):
    torch.manual_seed(seed)
    cfg = transformers.BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                                  intermediate_size=32, max_position_embeddings=32)  # fmt: skip
    return transformers.BertModel(cfg).eval()


def _run(bert, ids):
    with torch.no_grad():
        return bert(input_ids=ids).last_hidden_state.numpy()


@pytest.mark.parametrize("layers", [(0,), (0, 1)])
def test_merged_factors_reproduce_the_adapted_network(layers):
    ids = torch.tensor([[2, 7, 9, 11, 3]])
    adapted = _tiny_bert()
    adapters = add_lora(adapted, layers, rank=4, alpha=8.0)
    assert set(adapters) == {f"lora.{i}.{m}" for i in layers for m in MODULES}
    for ad in adapters.values():  # what training would do: move B off zero
        torch.nn.init.normal_(ad.B, std=0.2)
    expected = _run(adapted, ids)
    plain = _tiny_bert()
    before = _run(plain, ids)
    assert merge_lora(plain, lora_arrays(adapters)) == len(adapters)
    after = _run(plain, ids)
    assert not np.allclose(before, expected, atol=1e-3)  # the adapters changed the output ...
    np.testing.assert_allclose(after, expected, atol=2e-2)  # ... and merging reproduces it (float16 factors)


def test_add_lora_freezes_the_base_and_starts_as_identity():
    ids = torch.tensor([[2, 5, 3]])
    bert = _tiny_bert()
    before = _run(bert, ids)
    adapters = add_lora(bert, (1,), rank=2)
    trainable = {n for n, p in bert.named_parameters() if p.requires_grad}
    assert trainable and all(n.endswith((".A", ".B")) for n in trainable)
    np.testing.assert_allclose(_run(bert, ids), before, atol=1e-6)  # B starts at zero
    assert all(a.shape == (2, 16) for k, a in lora_arrays(adapters).items() if k.endswith(".A") and "query" in k)


def test_merge_ignores_other_keys_and_rejects_bad_factors():
    bert = _tiny_bert()
    assert merge_lora(bert, {"layers.0.weight": np.zeros(3)}) == 0
    with pytest.raises(ValueError, match="expected both"):
        merge_lora(bert, {"lora.0.attention.self.query.A": np.zeros((2, 16))})
    with pytest.raises(ValueError, match="does not fit"):
        merge_lora(bert, {"lora.0.attention.self.query.A": np.zeros((2, 8)),
                          "lora.0.attention.self.query.B": np.zeros((16, 2))})  # fmt: skip
    with pytest.raises(ValueError, match="names no linear module"):
        merge_lora(bert, {"lora.7.attention.self.query.A": np.zeros((2, 16)),
                          "lora.7.attention.self.query.B": np.zeros((16, 2))})  # fmt: skip


def test_stacked_factors_merge_to_both_rounds_of_training():
    ids = torch.tensor([[2, 7, 9, 11, 3]])
    rounds = []
    for seed in (1, 2):  # two rounds of adapters, as when training goes on from a LoRA artefact
        torch.manual_seed(seed)
        adapters = add_lora(_tiny_bert(), (0, 1), rank=3)
        for ad in adapters.values():
            torch.nn.init.normal_(ad.B, std=0.2)
        rounds.append(lora_arrays(adapters))
    one_by_one = _tiny_bert()
    merge_lora(one_by_one, rounds[0])
    merge_lora(one_by_one, rounds[1])
    stacked = stack_lora(rounds[0], rounds[1])
    assert all(a.shape[0] == 6 for k, a in stacked.items() if k.endswith(".A"))  # ranks add up
    at_once = _tiny_bert()
    merge_lora(at_once, stacked)
    np.testing.assert_allclose(_run(at_once, ids), _run(one_by_one, ids), atol=1e-4)
    with pytest.raises(ValueError, match="cannot stack"):
        stack_lora({"lora.0.x.A": np.zeros((2, 4))}, {"lora.0.x.A": np.zeros((2, 5))})

