"""Train the attribution tagger head on PolNeAR train; write factcheck/data/tagger.{npz,json}.

Usage (what made the shipped artefact; about 25 min single-threaded on a shared 2-core machine, then 73 min)::

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_tagger.py cache --layers 3,-1
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_tagger.py cache --layers 3,-1 --per-sentence --limit 200
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_tagger.py train --layers 3,-1 --epochs 10
    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_tagger.py tune   # re-pick the biases only
    OMP_NUM_THREADS=2 .venv/bin/python scripts/train_tagger.py finetune --steps 5000 --lr 1e-3 --out /tmp/tg
    cp /tmp/tg/tagger.* factcheck/data/   # after bench/eval_attribution.py --tagger /tmp/tg agrees

``finetune`` (5,000 steps: 73 min on 2 cores) warm-starts from the frozen-encoder head in
``factcheck/data`` and trains rank-8 LoRA deltas on every encoder layer with the head.

``cache`` runs the frozen packaged MiniLM once over every article (windows
of whole sentences, see :mod:`factcheck.tagger`) and stores float16 token
vectors, surface features, offsets and BIO labels per article under
``/tmp/factcheck_tagger_cache/<split>/`` (articles in a fixed shuffled order,
so a partial cache is a random sample). ``train`` fits the head on the cached
train articles except a held-out tenth, on which it then picks the cue and
source biases (the decoding thresholds) that maximise cue exact F1 plus
source overlap F1. PolNeAR dev is never used here. Only weights are stored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_attribution import _trim, load_gold

from factcheck.segment import split_sentences
from factcheck.tagger import (
    CONTENT_LABELS,
    ROLE_LABELS,
    Window,
    build_windows,
    decode_window,
    encode_windows,
    make_head,
    surface_features,
    token_labels,
)

DATA = ROOT.parent / "shared/data/polnear/data"
CACHE = Path("/tmp/factcheck_tagger_cache")
OUT = ROOT / "factcheck/data"
MAX_TOKENS = 128


def _articles(split: str) -> list[tuple[str, Path, Path]]:
    folder = DATA / split
    anns: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(n, folder / "text" / f"{n}.txt", anns[n]) for n in sorted(anns)]


def _cache_dir(split: str, layers: tuple[int, ...], pack: bool = True) -> Path:
    name = split if layers == (-1,) else f"{split}_L{'_'.join(map(str, layers))}"
    return CACHE / (name if pack else name + "_sent")


def cache(split: str, limit: int, layers: tuple[int, ...] = (-1,), pack: bool = True) -> None:
    """Encode articles with the frozen MiniLM and store vectors + labels."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from factcheck.tagger import _default_model_path

    torch.set_num_threads(1)
    path = _default_model_path()
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    enc = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    arts = _articles(split)
    random.Random(0).shuffle(arts)
    if limit:
        arts = arts[:limit]
    out = _cache_dir(split, layers, pack)
    out.mkdir(parents=True, exist_ok=True)
    t0, n_tok = time.perf_counter(), 0
    for k, (name, txt, ann) in enumerate(arts):
        dest = out / f"{name}.npz"
        if dest.exists():
            continue
        _, z, wins = _article_windows(tok, name, txt, ann, pack)
        z["vec"] = np.concatenate(encode_windows(enc, wins, 16, layers)).astype(np.float16)
        n_tok += sum(len(w.ids) for w in wins)
        tmp = out / f"{name}.tmp.npz"
        np.savez(tmp, **z)
        tmp.rename(dest)
        if k % 20 == 0:
            dt = time.perf_counter() - t0
            print(f"{k + 1}/{len(arts)} articles, {n_tok} pieces, {n_tok / max(dt, 1e-9):.0f} pieces/s", flush=True)
    print("done", flush=True)


def _held_out(name: str) -> bool:
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 10 == 0


def _load(split: str, layers: tuple[int, ...] = (-1,), pack: bool = True) -> list[tuple[str, dict[str, np.ndarray]]]:
    out = []
    d = _cache_dir(split, layers, pack)
    for f in sorted(d.glob("*.npz") if d.is_dir() else ()):
        if f.name.endswith(".tmp.npz"):
            continue
        with np.load(f, allow_pickle=False) as z:
            out.append((f.stem, {k: z[k] for k in z.files}))
    return out


def _windows(arts: list[tuple[str, dict[str, np.ndarray]]]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    seqs = []
    for _, z in arts:
        pos = 0
        for n in z["lens"]:
            x = np.concatenate([z["vec"][pos : pos + n].astype(np.float32), z["feat"][pos : pos + n]], 1)
            seqs.append((x, z["role"][pos : pos + n], z["cont"][pos : pos + n]))
            pos += n
    return seqs


def _counts(pred: set, gold: set, overlap: bool) -> tuple[int, int, int, int]:
    if overlap:
        tp_p = sum(any(a < d and c < b for c, d in gold) for a, b in pred)
        tp_g = sum(any(a < d and c < b for c, d in pred) for a, b in gold)
    else:
        tp_p = tp_g = len(pred & gold)
    return tp_p, len(pred), tp_g, len(gold)


def _f1(c: list[int]) -> float:
    p = c[0] / c[1] if c[1] else 0.0
    r = c[2] / c[3] if c[3] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _tune(head, arts) -> tuple[float, float, dict]:
    """Pick cue/source biases on held-out train articles (cue exact F1 + source overlap F1)."""
    import torch

    texts = {n: (t.read_text(encoding="utf-8"), a) for n, t, a in _articles("train")}
    per_art = []
    with torch.inference_mode():
        for name, z in arts:
            text, ann = texts[name]
            gold = load_gold(ann, text)
            pos, wins = 0, []
            for n in z["lens"]:
                x = np.concatenate([z["vec"][pos : pos + n].astype(np.float32), z["feat"][pos : pos + n]], 1)
                r, c = head(torch.from_numpy(x)[None])
                offs = tuple((int(a), int(b)) for a, b in z["off"][pos : pos + n])
                w = Window(tuple([0] * n), offs, tuple(int(v) for v in z["start"][pos : pos + n]), ())
                wins.append((w, torch.log_softmax(r[0], -1).numpy(), torch.log_softmax(c[0], -1).numpy()))
                pos += n
            per_art.append((text, gold, wins))
    best: tuple[float, float, float, dict] = (-1.0, 0.0, 0.0, {})
    keys = {"cue_exact": ("Cue", False), "source_overlap": ("Source", True), "source_exact": ("Source", False),
            "content_overlap": ("Content", True)}
    for cb in (-0.5, 0.0, 0.5, 1.0, 1.5, 2.5):
        for sb in (-0.5, 0.0, 0.5, 1.0, 1.5, 2.5):
            tot = {k: [0, 0, 0, 0] for k in keys}
            for text, gold, wins in per_art:
                pred: dict[str, set] = {"Source": set(), "Cue": set(), "Content": set()}
                for w, r, c in wins:
                    ts = decode_window(text, w, r, c, cue_bias=cb, source_bias=sb)
                    pred["Source"] |= {_trim(text, *s) for s in ts.sources}
                    pred["Cue"] |= {_trim(text, *s) for s in ts.cues}
                    pred["Content"] |= {_trim(text, *s) for s in ts.contents}
                for k, (role, ov) in keys.items():
                    for i, v in enumerate(_counts(pred[role], gold[role], ov)):
                        tot[k][i] += v
            scores = {k: round(_f1(v), 4) for k, v in tot.items()}
            obj = scores["cue_exact"] + scores["source_overlap"]
            print(f"  cue_bias {cb:+.1f} source_bias {sb:+.1f}: " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()), flush=True)
            if obj > best[0]:
                best = (obj, cb, sb, scores)
    return best[1], best[2], best[3]


def train(
    epochs: int, proj: int, hidden: int, lr: float, seed: int, max_articles: int = 0, layers: tuple[int, ...] = (-1,)
) -> None:
    """Fit the head on cached train articles; tune biases on the held-out tenth."""
    import torch
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    arts = _load("train", layers)
    if max_articles:
        arts = arts[:max_articles]
    sent_arts = [a for a in _load("train", layers, pack=False) if not _held_out(a[0])]
    fit = [a for a in arts if not _held_out(a[0])]
    held = [a for a in arts if _held_out(a[0])]
    seqs = _windows(fit) + _windows(sent_arts)
    dim = seqs[0][0].shape[1] - surface_features(" ", Window((0,), ((0, 0),), (0,), ())).shape[1]
    cfg = {
        "dim": int(dim), "proj": proj, "hidden": hidden, "dropout": 0.2, "max_tokens": MAX_TOKENS,
        "layers": list(layers), "role_labels": list(ROLE_LABELS), "content_labels": list(CONTENT_LABELS),
    }
    head = make_head(cfg)
    opt = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    print(f"{len(fit)} train articles + {len(sent_arts)} as single sentences ({len(seqs)} windows), "
          f"{len(held)} held out", flush=True)
    rng = random.Random(seed)
    bs = 16
    total_steps = epochs * ((len(seqs) + bs - 1) // bs)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=total_steps)
    for ep in range(epochs):
        head.train()
        order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i][0]), rng.random()))
        batches = [order[k : k + bs] for k in range(0, len(order), bs)]
        rng.shuffle(batches)
        t0, tot = time.perf_counter(), 0.0
        for b in batches:
            width = max(len(seqs[i][0]) for i in b)
            x = torch.zeros((len(b), width, seqs[b[0]][0].shape[1]))
            yr = torch.full((len(b), width), -100, dtype=torch.long)
            yc = torch.full((len(b), width), -100, dtype=torch.long)
            for r, i in enumerate(b):
                n = len(seqs[i][0])
                x[r, :n] = torch.from_numpy(seqs[i][0])
                yr[r, :n] = torch.from_numpy(seqs[i][1])
                yc[r, :n] = torch.from_numpy(seqs[i][2])
            pr, pc = head(x, torch.tensor([len(seqs[i][0]) for i in b]))
            loss = loss_fn(pr.reshape(-1, pr.shape[-1]), yr.reshape(-1)) + loss_fn(pc.reshape(-1, pc.shape[-1]), yc.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(head.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += float(loss.detach())
        print(f"epoch {ep + 1}: loss {tot / len(batches):.4f} ({time.perf_counter() - t0:.0f} s)", flush=True)
    head.eval()
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "tagger.npz", **{k: v.detach().numpy().astype(np.float32) for k, v in head.state_dict().items()})
    cfg.update({"cue_bias": 0.0, "source_bias": 0.0, "train_articles": len(fit), "held_out_articles": len(held),
                "encoder": f"all-MiniLM-L6-v2 (packaged), frozen, hidden layers {list(layers)}",
                "short_input_articles": len(sent_arts)})
    (OUT / "tagger.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    tune(held, layers)


def tune(held: list | None = None, layers: tuple[int, ...] = (-1,)) -> None:
    """Pick the decoding biases on the held-out train articles; update tagger.json."""
    cfg = json.loads((OUT / "tagger.json").read_text(encoding="utf-8"))
    if held is None:
        held = [a for a in _load("train", tuple(cfg.get("layers", layers))) if _held_out(a[0])]
    if not held:
        return
    head = make_head(cfg)
    import torch

    with np.load(OUT / "tagger.npz", allow_pickle=False) as z:
        head.load_state_dict({k: torch.from_numpy(np.array(z[k])) for k in z.files})
    head.eval()
    cb, sb, scores = _tune(head, held)
    cfg.update({"cue_bias": cb, "source_bias": sb, "held_out": scores})
    (OUT / "tagger.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'tagger.npz'} ({(OUT / 'tagger.npz').stat().st_size} bytes); biases cue {cb} source {sb}; {scores}")


def _article_windows(tok, name: str, txt: Path, ann: Path, pack: bool = True) -> tuple[str, dict[str, np.ndarray], list]:
    """One article as the cache's arrays (without vectors) plus its windows."""
    text = txt.read_text(encoding="utf-8")
    gold = load_gold(ann, text)
    wins = build_windows(text, split_sentences(text), tok, MAX_TOKENS, pack=pack)
    labels = [token_labels(w, gold) for w in wins]
    z = {
        "feat": np.concatenate([surface_features(text, w) for w in wins]),
        "role": np.concatenate([r for r, _ in labels]),
        "cont": np.concatenate([c for _, c in labels]),
        "off": np.concatenate([np.array(w.offsets, dtype=np.int32) for w in wins]),
        "start": np.concatenate([np.array(w.sent_start, dtype=np.int8) for w in wins]),
        "lens": np.array([len(w.ids) for w in wins], dtype=np.int32),
    }
    return name, z, wins


def finetune(
    minutes: float, lr: float, rank: int, threads: int, seed: int, out: Path = OUT, sentence_articles: int = 180,
    steps_total: int = 0, init: Path = OUT,
) -> None:
    """Fine-tune the encoder (LoRA on every layer) jointly with the head, warm-started from the artefact.

    Reads PolNeAR train texts directly (no cache), trains for ``minutes`` (planned
    from the rate of the first steps) or for ``steps_total`` steps when given,
    then tunes the decoding biases on the held-out tenth with the fine-tuned
    encoder and writes ``<out>/tagger.{npz,json}`` (head weights plus ``lora.*``
    factors, see :mod:`factcheck.lora`).
    """
    import torch
    from torch import nn
    from transformers import AutoModel, AutoTokenizer

    from factcheck.lora import add_lora, lora_arrays
    from factcheck.tagger import _default_model_path

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    path = _default_model_path()
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    enc = AutoModel.from_pretrained(str(path), local_files_only=True)
    cfg = json.loads((init / "tagger.json").read_text(encoding="utf-8"))
    if "lora" in cfg:
        raise SystemExit(f"{init}/tagger.* is already fine-tuned; start from a frozen-encoder head (--init DIR)")
    layers = tuple(cfg["layers"])
    head = make_head(cfg)
    with np.load(init / "tagger.npz", allow_pickle=False) as z:
        head.load_state_dict({k: torch.from_numpy(np.array(z[k])) for k in z.files})
    adapters = add_lora(enc, range(enc.config.num_hidden_layers), rank, 2.0 * rank)
    arts = _articles("train")
    fit = [a for a in arts if not _held_out(a[0])]
    held = [a for a in arts if _held_out(a[0])]
    rng = random.Random(seed)
    sent_names = {a[0] for a in rng.sample(fit, min(sentence_articles, len(fit)))}
    seqs = []  # (ids, feats, role, cont)
    for name, txt, ann in fit:
        for pack in (True, False) if name in sent_names else (True,):
            _, z, wins = _article_windows(tok, name, txt, ann, pack)
            pos = 0
            for w in wins:
                n = len(w.ids)
                seqs.append((np.array(w.ids), z["feat"][pos : pos + n], z["role"][pos : pos + n], z["cont"][pos : pos + n]))
                pos += n
    print(f"{len(fit)} train articles ({len(sent_names)} also as single sentences): {len(seqs)} windows; "
          f"{len(held)} held out", flush=True)
    sel = tuple(k if k >= 0 else enc.config.num_hidden_layers + 1 + k for k in layers)

    def forward(batch: list[int]) -> tuple:
        width = max(len(seqs[i][0]) for i in batch)
        ids = torch.zeros((len(batch), width), dtype=torch.long)
        mask = torch.zeros_like(ids)
        feat = torch.zeros((len(batch), width, seqs[batch[0]][1].shape[1]))
        for r, i in enumerate(batch):
            n = len(seqs[i][0])
            ids[r, :n] = torch.from_numpy(seqs[i][0])
            mask[r, :n] = 1
            feat[r, :n] = torch.from_numpy(seqs[i][1])
        res = enc(input_ids=ids, attention_mask=mask, output_hidden_states=True)
        x = torch.cat([*(res.hidden_states[k] for k in sel), feat], -1)
        return head(x, mask.sum(1)), width

    bs = 16
    order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i][0]), rng.random()))
    batches = [order[k : k + bs] for k in range(0, len(order), bs)]
    rng.shuffle(batches)
    params = [p for ad in adapters.values() for p in (ad.A, ad.B)]
    opt = torch.optim.AdamW([{"params": params, "lr": lr}, {"params": list(head.parameters()), "lr": lr / 3}],
                            weight_decay=1e-4)  # fmt: skip
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    enc.train()
    head.train()
    t0, step, steps, sched, tot = time.perf_counter(), 0, None, None, 0.0
    probe = 8
    while steps is None or step < steps:
        for b in batches:
            (pr, pc), width = forward(b)
            yr = torch.full((len(b), width), -100, dtype=torch.long)
            yc = torch.full_like(yr, -100)
            for r, i in enumerate(b):
                n = len(seqs[i][0])
                yr[r, :n] = torch.from_numpy(seqs[i][2])
                yc[r, :n] = torch.from_numpy(seqs[i][3])
            loss = loss_fn(pr.reshape(-1, pr.shape[-1]), yr.reshape(-1)) + loss_fn(pc.reshape(-1, pc.shape[-1]), yc.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_([*params, *head.parameters()], 1.0)
            opt.step()
            if sched is not None:
                sched.step()
            step += 1
            tot += float(loss.detach())
            if step == probe:
                rate = probe / (time.perf_counter() - t0)
                steps = steps_total or max(probe + 1, int(rate * minutes * 60))
                print(f"  {rate:.2f} steps/s; planning {steps} steps ({steps / len(batches):.2f} epochs)", flush=True)
                sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[lr, lr / 3], total_steps=steps - probe + 1,
                                                            pct_start=0.06, anneal_strategy="linear")  # fmt: skip
            if step % 50 == 0:
                print(f"  step {step}/{steps} loss {tot / 50:.4f} ({time.perf_counter() - t0:.0f} s)", flush=True)
                tot = 0.0
            if steps is not None and step >= steps:
                break
    enc.eval()
    head.eval()
    held_arts = []
    for name, txt, ann in held:
        _, z, wins = _article_windows(tok, name, txt, ann)
        z["vec"] = np.concatenate(encode_windows(enc, wins, 16, layers))
        held_arts.append((name, z))
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "tagger.npz", **{k: v.detach().numpy().astype(np.float32) for k, v in head.state_dict().items()},
                        **lora_arrays(adapters))  # fmt: skip
    cfg.update({"lora": {"rank": rank, "layers": list(range(enc.config.num_hidden_layers)), "steps": step,
                         "train_seconds": round(time.perf_counter() - t0)},
                "encoder": f"all-MiniLM-L6-v2 (packaged) with LoRA deltas, hidden layers {list(layers)}"})  # fmt: skip
    (out / "tagger.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    cb, sb, scores = _tune(head, held_arts)
    cfg.update({"cue_bias": cb, "source_bias": sb, "held_out": scores})
    (out / "tagger.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out / 'tagger.npz'}; biases cue {cb} source {sb}; {scores}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("--split", default="train", choices=("train", "dev"))
    c.add_argument("--limit", type=int, default=0)
    c.add_argument("--layers", default="-1", help="hidden layers to concatenate, e.g. -1 or 3,-1")
    c.add_argument("--per-sentence", action="store_true", help="one window per sentence (short-input training data)")
    t = sub.add_parser("train")
    t.add_argument("--epochs", type=int, default=10)
    t.add_argument("--proj", type=int, default=128)
    t.add_argument("--hidden", type=int, default=96)
    t.add_argument("--lr", type=float, default=3e-3)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--layers", default="-1", help="cached layers to train on (as given to cache)")
    t.add_argument("--max-articles", type=int, default=0, help="use only this many cached articles (0 = all)")
    sub.add_parser("tune")
    f = sub.add_parser("finetune")
    f.add_argument("--minutes", type=float, default=30.0)
    f.add_argument("--lr", type=float, default=5e-4)
    f.add_argument("--rank", type=int, default=8)
    f.add_argument("--threads", type=int, default=2)
    f.add_argument("--seed", type=int, default=0)
    f.add_argument("--out", type=Path, default=OUT, help="folder for tagger.npz / tagger.json")
    f.add_argument("--steps", type=int, default=0, help="training steps (overrides --minutes)")
    f.add_argument("--init", type=Path, default=OUT, help="folder with the frozen-encoder head to start from")
    args = ap.parse_args(argv)
    if args.cmd == "cache":
        cache(args.split, args.limit, tuple(int(x) for x in args.layers.split(",")), not args.per_sentence)
    elif args.cmd == "tune":
        tune()
    elif args.cmd == "finetune":
        finetune(args.minutes, args.lr, args.rank, args.threads, args.seed, args.out, steps_total=args.steps,
                 init=args.init)
    else:
        train(args.epochs, args.proj, args.hidden, args.lr, args.seed, args.max_articles,
              tuple(int(x) for x in args.layers.split(",")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
