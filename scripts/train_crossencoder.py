"""Train the cross-encoder stance model shipped in factcheck/data/crossencoder.{npz,json}.

Base: the packaged all-MiniLM-L6-v2 BERT, read as a cross-encoder over
``[CLS] claim [SEP] passage [SEP]`` (max 128 tokens). The embeddings and the
first ``--frozen`` layers stay frozen; their output for every training and
calibration pair is computed once, single-threaded, and cached as float16 under
``/tmp/factcheck_ce_cache`` (token rows of all pairs concatenated + offsets).
Training then runs only the copied top layers and a small pooled head
([CLS, masked mean] -> dense -> 3 classes) with AdamW, class-balanced per
dataset, and fits a temperature on the calibration split.

Data and the deterministic train / calibration / test split are those of
``scripts/train_stance.py`` (sha1(dataset + group) % 100; test rows are never
read here).

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_crossencoder.py cache   # frozen pass (slow part)
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_crossencoder.py train --extras --lr 2e-4 --out /tmp/ce
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_crossencoder.py finetune --init /tmp/ce --out /tmp/ce_ft
    # the shipped v3 went on training the v2 artefact (a LoRA one):
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_crossencoder.py finetune --init factcheck/data/crossencoder \
        --minutes 85 --cap-real 60000 --cap-synth 16000 --lr 5e-5 --out /tmp/ce_v3
    OMP_NUM_THREADS=1 .venv/bin/python bench/eval_stance.py --cross /tmp/ce_v3 --json-out /tmp/ce_figures.json
    .venv/bin/python scripts/train_crossencoder.py promote --src /tmp/ce_v3 --metrics /tmp/ce_figures.json [--default]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_stance import (
    LABELS,
    TRAIN_CAPS,
    Pair,
    balanced_accuracy,
    fit_temperature,
    load_pairs,
    select,
)

CACHE = Path(os.environ.get("FACTCHECK_CE_CACHE", "/tmp/factcheck_ce_cache"))
OUT = ROOT / "factcheck" / "data" / "crossencoder"
MAX_LEN = 128


def splits(train_caps: dict[str, int] = TRAIN_CAPS) -> dict[str, list[Pair]]:
    """The training and calibration pairs (same selection as scripts/train_stance.py), in a fixed shuffled order.

    ``train_caps`` changes how many training pairs each dataset gives; the calibration pairs stay the same.
    """
    pairs = load_pairs()
    tr = select(pairs, "train", train_caps)
    ca = select(pairs, "calib", {k: max(300, v // 7) for k, v in TRAIN_CAPS.items()})
    random.Random(5).shuffle(tr)
    return {"train": tr, "calib": ca}


def tokenize(tok, pairs: Sequence[Pair]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    enc = tok([p.claim for p in pairs], [p.evidence for p in pairs], truncation="longest_first", max_length=MAX_LEN)
    ids = [np.asarray(x, dtype=np.int32) for x in enc["input_ids"]]
    tt = [np.asarray(x, dtype=np.int8) for x in enc["token_type_ids"]]
    return ids, tt


def cache(args: argparse.Namespace) -> None:
    """Run the frozen bottom of the model once over train + calibration pairs; write float16 token rows."""
    import torch

    from factcheck.stance import frozen_forward, load_bert

    torch.set_num_threads(args.threads)
    tok, bert = load_bert()
    CACHE.mkdir(parents=True, exist_ok=True)
    for name, pairs in splits().items():
        ids, tt = tokenize(tok, pairs)
        lens = np.array([len(x) for x in ids], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lens)])
        np.save(CACHE / f"{name}_offsets.npy", offsets, allow_pickle=False)
        np.save(CACHE / f"{name}_labels.npy", np.array([p.label for p in pairs], dtype=np.int64), allow_pickle=False)
        (CACHE / f"{name}_datasets.json").write_text(json.dumps([p.dataset for p in pairs]))
        hid = np.lib.format.open_memmap(CACHE / f"{name}_h.npy", mode="w+", dtype=np.float16,
                                        shape=(int(offsets[-1]), bert.config.hidden_size))  # fmt: skip
        print(f"{name}: {len(pairs)} pairs, {int(offsets[-1])} tokens, {Counter(p.dataset for p in pairs)}", flush=True)
        t0 = time.perf_counter()
        chunk = args.chunk
        for c0 in range(0, len(pairs), chunk):
            idx = sorted(range(c0, min(c0 + chunk, len(pairs))), key=lambda i: lens[i])
            for b0 in range(0, len(idx), args.batch):
                bidx = idx[b0 : b0 + args.batch]
                width = int(max(lens[i] for i in bidx))
                x = np.zeros((len(bidx), width), dtype=np.int64)
                t = np.zeros_like(x)
                m = np.zeros_like(x)
                for r, i in enumerate(bidx):
                    x[r, : lens[i]], t[r, : lens[i]], m[r, : lens[i]] = ids[i], tt[i], 1
                with torch.inference_mode():
                    h = frozen_forward(bert, args.frozen, torch.from_numpy(x), torch.from_numpy(t), torch.from_numpy(m))
                h = h.numpy().astype(np.float16)
                for r, i in enumerate(bidx):
                    hid[offsets[i] : offsets[i + 1]] = h[r, : lens[i]]
            hid.flush()
            done = min(c0 + chunk, len(pairs))
            (CACHE / f"{name}_done.json").write_text(json.dumps({"pairs": done, "frozen": args.frozen}))
            rate = done / (time.perf_counter() - t0)
            print(f"  {name}: {done}/{len(pairs)} pairs ({rate:.0f}/s)", flush=True)
        del hid


def _batches(offsets: np.ndarray, rows: np.ndarray, batch: int, rng: np.random.Generator | None):
    """Length-bucketed batches of cached row indices (shuffled when ``rng`` is given)."""
    return _bucket(rows, offsets[rows + 1] - offsets[rows], batch, rng)


def _bucket(rows: np.ndarray, lens: np.ndarray, batch: int, rng: np.random.Generator | None):
    """Batches of ``rows`` (``lens[i]`` the length of ``rows[i]``) with little padding; shuffled when ``rng`` is given."""
    if rng is not None:
        perm = rng.permutation(len(rows))
        rows, lens = rows[perm], lens[perm]
        # Sort within windows of 50 batches so padding stays small but order stays random.
        out = []
        win = batch * 50
        for w0 in range(0, len(rows), win):
            seg = rows[w0 : w0 + win][np.argsort(lens[w0 : w0 + win], kind="stable")]
            out.extend(seg[i : i + batch] for i in range(0, len(seg), batch))
        order = rng.permutation(len(out))
        return [out[i] for i in order]
    order = rows[np.argsort(lens, kind="stable")]
    return [order[i : i + batch] for i in range(0, len(order), batch)]


def _gather(hid: np.ndarray, offsets: np.ndarray, rows: np.ndarray):
    import torch

    lens = offsets[rows + 1] - offsets[rows]
    width = int(lens.max())
    h = np.zeros((len(rows), width, hid.shape[1]), dtype=np.float32)
    m = np.zeros((len(rows), width), dtype=np.int64)
    for r, i in enumerate(rows):
        h[r, : lens[r]] = hid[offsets[i] : offsets[i + 1]]
        m[r, : lens[r]] = 1
    return torch.from_numpy(h), torch.from_numpy(m)


def extras_for(name: str, pairs: Sequence[Pair]) -> np.ndarray:
    """Slot / overlap features of the cached pairs (computed once, cached next to the states)."""
    from factcheck.stance import cross_extras

    f = CACHE / f"{name}_extras.npy"
    if f.exists():
        return np.load(f)
    x = cross_extras([p.claim for p in pairs], [p.evidence for p in pairs])
    np.save(f, x, allow_pickle=False)
    return x


def _logits(top, hid, offsets, rows: np.ndarray, extras=None, batch: int = 128) -> np.ndarray:
    import torch

    top.eval()
    out = np.zeros((len(rows), 3), dtype=np.float32)
    pos = {int(r): k for k, r in enumerate(rows)}
    with torch.inference_mode():
        for b in _batches(offsets, rows, batch, None):
            h, m = _gather(hid, offsets, b)
            z = top(h, m, None if extras is None else extras[torch.from_numpy(b)]).numpy()
            for r, i in enumerate(b):
                out[pos[int(i)]] = z[r]
    return out


def train(args: argparse.Namespace) -> None:
    """Train the top layers + head on the cached frozen states; calibrate; save the artefact."""
    import torch

    from factcheck.stance import (
        load_bert,
        make_top,
    )

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    _, bert = load_bert()
    done = json.loads((CACHE / "train_done.json").read_text())
    frozen = int(done["frozen"])
    n_top = bert.config.num_hidden_layers - frozen
    data = {}
    for name in ("train", "calib"):
        n = json.loads((CACHE / f"{name}_done.json").read_text())["pairs"]
        data[name] = (
            np.load(CACHE / f"{name}_h.npy", mmap_mode="r"),
            np.load(CACHE / f"{name}_offsets.npy"),
            np.load(CACHE / f"{name}_labels.npy")[:n],
            json.loads((CACHE / f"{name}_datasets.json").read_text())[:n],
        )
    ext = {name: extras_for(name, pairs) for name, pairs in splits().items()} if args.extras else None
    hid, off, y, ds = data["train"]
    if args.limit:
        y, ds = y[: args.limit], ds[: args.limit]
    print(f"train pairs {len(y)} {Counter(ds)} labels {Counter(y.tolist())}; frozen {frozen}, training top {n_top}")
    cnt = Counter(zip(ds, y.tolist()))
    w = np.array([1.0 / cnt[(d, int(c))] for d, c in zip(ds, y)])
    w *= len(w) / w.sum()
    wt = torch.from_numpy(w.astype(np.float32))
    yt = torch.from_numpy(y)

    n_extra = ext["train"].shape[1] if ext else 0
    top = make_top(bert, n_top, hidden=args.hidden, n_extra=n_extra)
    del bert
    xt = torch.from_numpy(ext["train"][: len(y)]) if ext else torch.zeros((len(y), 0))
    xc = torch.from_numpy(ext["calib"]) if ext else None
    if ext:
        top.x_mean.copy_(xt.mean(0))
        top.x_std.copy_(xt.std(0) + 1e-3)
    params_layers = [p for n, p in top.named_parameters() if n.startswith("layers.")]
    params_head = [p for n, p in top.named_parameters() if not n.startswith("layers.")]
    opt = torch.optim.AdamW([{"params": params_layers, "lr": args.lr}, {"params": params_head, "lr": args.lr * 5}],
                            weight_decay=0.01)  # fmt: skip
    rng = np.random.default_rng(0)
    rows_all = np.arange(len(y))
    steps = args.epochs * ((len(y) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[args.lr, args.lr * 5], total_steps=steps, pct_start=0.1,
                                                anneal_strategy="linear")  # fmt: skip
    hc, oc, yc, dc = data["calib"]
    crows = np.arange(len(yc))
    t0 = time.perf_counter()
    step = 0
    for ep in range(args.epochs):
        top.train()
        tot = 0.0
        for b in _batches(off, rows_all, args.batch, rng):
            h, m = _gather(hid, off, b)
            bt = torch.from_numpy(b)
            loss = (torch.nn.functional.cross_entropy(top(h, m, xt[bt]), yt[bt], reduction="none") * wt[bt]).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            tot += loss.item()
            if step % 50 == 0:
                print(f"  ep {ep} step {step}/{steps} loss {tot / 50:.3f} ({time.perf_counter() - t0:.0f}s)", flush=True)
                tot = 0.0
        lc = _logits(top, hc, oc, crows, xc)
        pred = lc.argmax(1)
        print(f"epoch {ep}: calibration acc {float((pred == yc).mean()):.3f} bal-acc {balanced_accuracy(yc, pred):.3f}",
              flush=True)  # fmt: skip
    arrays = {k: v.detach().numpy().astype(np.float16) for k, v in top.state_dict().items()}
    meta = {"n_frozen": frozen, "n_top": n_top, "hidden": args.hidden, "n_extra": n_extra, "epochs": args.epochs,
            "lr": args.lr, "batch": args.batch, "train_pairs": dict(Counter(ds)),
            "train_seconds": round(time.perf_counter() - t0, 1)}  # fmt: skip
    _save(args, arrays, meta, lc, yc, dc)


def _save(args: argparse.Namespace, arrays: dict[str, np.ndarray], meta: dict, lc: np.ndarray, yc: np.ndarray,
          dc: Sequence[str]) -> None:  # fmt: skip
    """Fit the temperature on calibration logits ``lc``, print per-dataset figures, write ``<out>.npz`` / ``.json``.

    ``meta`` holds the stage's own fields (sizes, schedule, training pairs); the shared ones are added here.
    """
    from factcheck.stance import CROSS_VERSION, EXTRA_NAMES, base_model_sha256

    pred = lc.argmax(1)
    temp = fit_temperature(lc, yc)
    per_ds = {}
    for d in sorted(set(dc)):
        msk = np.array([x == d for x in dc])
        per_ds[d] = round(balanced_accuracy(yc[msk], pred[msk]), 4)
        print(f"    {d:20s} n={msk.sum():5d} bal-acc {per_ds[d]:.3f}")
    print(f"calibration acc {float((pred == yc).mean()):.3f} bal-acc {balanced_accuracy(yc, pred):.3f}", flush=True)
    np.savez_compressed(args.out.with_suffix(".npz"), **arrays)
    meta = {
        **meta,
        "cross_version": CROSS_VERSION,
        "base_model": "all-MiniLM-L6-v2",
        "base_sha256": base_model_sha256(),
        "labels": list(LABELS),
        "max_length": MAX_LEN,
        "extra_names": list(EXTRA_NAMES) if int(meta.get("n_extra", 0)) else [],
        "default": args.default,
        "temperature": temp,
        "calibration": {"n": len(yc), "accuracy": round(float((pred == yc).mean()), 4),
                        "balanced_accuracy": round(balanced_accuracy(yc, pred), 4), "per_dataset": per_ds},
        "split": "sha1(dataset + NUL + group) % 100: <70 train, 70-79 calibration, >=80 test",
    }  # fmt: skip
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    size = os.path.getsize(args.out.with_suffix(".npz")) / 1e6
    print(f"saved {args.out}.npz ({size:.2f} MB) / .json; T={temp:.2f}")


# --------------------------------------------------------------------------- end-to-end fine-tune

def _encode(tok, pairs: Sequence[Pair]):

    enc = tok([p.claim for p in pairs], [p.evidence for p in pairs], truncation="longest_first", max_length=MAX_LEN,
              padding=True, return_tensors="pt")  # fmt: skip
    return enc["input_ids"], enc["token_type_ids"], enc["attention_mask"]


def finetune(args: argparse.Namespace) -> None:
    """Train end to end: LoRA adapters on the frozen bottom layers, the top layers and head in full.

    Warm-starts from the artefact at ``--init`` (default: the packaged one): a top-layer
    artefact of the train stage, or one of this stage, whose LoRA deltas keep training
    (the saved factors stack the old and the new ones). Stops after
    ``--minutes`` of training (the schedule is planned for that budget from a measured
    rate), calibrates the temperature and writes the artefact with the merged-on-load
    LoRA factors under ``lora.<layer>.<module>.{A,B}`` keys.
    """
    import torch
    from torch import nn

    from factcheck.lora import MODULES, add_lora, lora_arrays, merge_lora, stack_lora
    from factcheck.stance import (
        cross_extras,
        frozen_forward,
        load_bert,
        make_top,
        read_cross_meta,
    )

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    tok, bert = load_bert()
    base, meta0 = read_cross_meta(args.init)
    n_frozen = int(meta0["n_frozen"])
    top = make_top(bert, int(meta0["n_top"]), hidden=int(meta0["hidden"]), n_extra=int(meta0.get("n_extra", 0)))
    with np.load(base.with_suffix(".npz"), allow_pickle=False) as data:
        top.load_state_dict({k: torch.from_numpy(data[k].astype(np.float32)) for k in data.files
                             if not k.startswith("lora.")}, strict=True)  # fmt: skip
        # A LoRA artefact goes on training: its deltas are merged into the base now, and
        # the new factors are stacked onto the old ones when saving (ranks add up).
        earlier = {k: data[k] for k in data.files if k.startswith("lora.")}
    merge_lora(bert, earlier)
    adapters = add_lora(bert, range(n_frozen), args.rank, args.alpha_lora)
    lora_params = [p for ad in adapters.values() for p in (ad.A, ad.B)]

    chosen = splits({"vitaminc_real": args.cap_real, "vitaminc_synthetic": args.cap_synth, "anli": 10**6,
                     "check_covid": 10**6, "factcheck_gpt": 10**6})  # fmt: skip
    tr, ca = chosen["train"], chosen["calib"]
    print("train", Counter(p.dataset for p in tr), Counter(p.label for p in tr), flush=True)
    cnt = Counter((p.dataset, p.label) for p in tr)
    w = np.array([1.0 / cnt[(p.dataset, p.label)] for p in tr])
    w *= len(w) / w.sum()
    lens = np.array([len(p.claim) + len(p.evidence) for p in tr])
    batches = _bucket(np.arange(len(tr)), lens, args.batch, np.random.default_rng(0))
    ext_tr = cross_extras([p.claim for p in tr], [p.evidence for p in tr])
    ext_ca = cross_extras([p.claim for p in ca], [p.evidence for p in ca])

    def forward(idx, ps, ext):
        ids, tt, m = _encode(tok, [ps[i] for i in idx])
        h = frozen_forward(bert, n_frozen, ids, tt, m)
        return top(h, m, torch.from_numpy(ext[idx]))

    opt = torch.optim.AdamW([{"params": lora_params, "lr": args.lr},
                             {"params": [p for n, p in top.named_parameters() if n.startswith("layers.")],
                              "lr": args.lr / 4},
                             {"params": [p for n, p in top.named_parameters() if not n.startswith("layers.")],
                              "lr": args.lr / 2}], weight_decay=0.01)  # fmt: skip
    # Measure the rate on a few batches, then plan the schedule for the time budget.
    t0 = time.perf_counter()
    probe = 6
    steps = None
    sched = None
    step = 0
    tot = 0.0
    bert.train()
    top.train()
    y_all = torch.tensor([p.label for p in tr])
    w_all = torch.from_numpy(w.astype(np.float32))
    for ep in range(args.epochs):
        for b in batches:
            bt = torch.from_numpy(b)
            loss = (nn.functional.cross_entropy(forward(b, tr, ext_tr), y_all[bt], reduction="none") * w_all[bt]).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*lora_params, *top.parameters()], 1.0)
            opt.step()
            if sched is not None:
                sched.step()
            step += 1
            tot += loss.item()
            if step == probe:
                rate = probe / (time.perf_counter() - t0)
                steps = min(args.epochs * len(batches), int(rate * args.minutes * 60))
                print(f"  {rate:.2f} steps/s; planning {steps} steps ({steps * args.batch} pairs)", flush=True)
                sched = torch.optim.lr_scheduler.OneCycleLR(
                    opt, max_lr=[g["lr"] for g in opt.param_groups], total_steps=steps - probe + 1, pct_start=0.06,
                    anneal_strategy="linear")  # fmt: skip
            if step % 25 == 0:
                print(f"  step {step}/{steps} loss {tot / 25:.3f} ({time.perf_counter() - t0:.0f}s)", flush=True)
                tot = 0.0
            if steps is not None and step >= steps:
                break
        if steps is not None and step >= steps:
            break
    train_s = time.perf_counter() - t0
    bert.eval()
    top.eval()
    yc = np.array([p.label for p in ca])
    lc = np.zeros((len(ca), 3), dtype=np.float32)
    corder = np.argsort([len(p.claim) + len(p.evidence) for p in ca])
    with torch.inference_mode():
        for b0 in range(0, len(ca), 128):
            idx = corder[b0 : b0 + 128]
            lc[idx] = forward(idx, ca, ext_ca).numpy()
    arrays = {k: v.detach().numpy().astype(np.float16) for k, v in top.state_dict().items()}
    arrays.update(stack_lora(earlier, lora_arrays(adapters)))  # B @ A of the stacked factors = old delta + new
    rank = args.rank + int(meta0["lora"]["rank"]) if earlier else args.rank
    meta = {
        **{k: meta0[k] for k in ("n_frozen", "n_top", "hidden", "n_extra")},
        "lora": {"rank": rank, "layers": list(range(n_frozen)), "modules": list(MODULES)},
        "lr": args.lr,
        "batch": args.batch,
        "steps": step + int(meta0.get("steps", 0)) if earlier else step,
        "init": (f"went on training {base.name} (steps and pairs of this run: {step}, "
                 f"{dict(Counter(p.dataset for p in tr))})" if earlier
                 else "warm start from the top-layer artefact (scripts/train_crossencoder.py train)"),
        "train_pairs": dict(Counter(p.dataset for p in tr)),
        "train_seconds": round(train_s, 1),
    }
    _save(args, arrays, meta, lc, yc, [p.dataset for p in ca])

def promote(args: argparse.Namespace) -> None:
    """Copy a trained artefact into factcheck/data, adding held-out figures and the default flag."""
    import shutil

    src = Path(args.src)
    meta = json.loads(src.with_suffix(".json").read_text())
    if args.metrics:
        figures = json.loads(Path(args.metrics).read_text())
        meta["heldout"] = {"command": "OMP_NUM_THREADS=1 .venv/bin/python bench/eval_stance.py", **figures}
    meta["default"] = bool(args.default)
    shutil.copyfile(src.with_suffix(".npz"), args.out.with_suffix(".npz"))
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    print(f"promoted {src} -> {args.out} (default={meta['default']})")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stage", choices=("cache", "train", "finetune", "promote"))
    ap.add_argument("--src", default=None, help="artefact base path to promote (promote stage)")
    ap.add_argument("--metrics", default=None, help="JSON from bench/eval_stance.py --json-out (promote stage)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--frozen", type=int, default=4, help="frozen BERT layers (cache stage)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--chunk", type=int, default=1024, help="pairs per length-sorted chunk (cache stage)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--extras", action="store_true", help="feed the slot / overlap features to the head too")
    ap.add_argument("--default", action="store_true", help="mark the artefact as the Assessor's default model")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N cached training pairs")
    ap.add_argument("--init", default=None, help="artefact to warm-start from (finetune stage; default: packaged)")
    ap.add_argument("--rank", type=int, default=8, help="LoRA rank (finetune stage)")
    ap.add_argument("--alpha-lora", type=float, default=16.0, help="LoRA alpha (finetune stage)")
    ap.add_argument("--minutes", type=float, default=60.0, help="training time budget (finetune stage)")
    ap.add_argument("--cap-real", type=int, default=30000, help="VitaminC real training pairs (finetune stage)")
    ap.add_argument("--cap-synth", type=int, default=8000, help="VitaminC synthetic training pairs (finetune stage)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    {"cache": cache, "train": train, "finetune": finetune, "promote": promote}[args.stage](args)


if __name__ == "__main__":
    main()
