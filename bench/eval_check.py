"""End-to-end verdicts on real news: a corpus of PolNeAR articles, claims built from their sentences.

The corpus holds the 84 PolNeAR dev articles (or 84 train articles, ``--split train``) (Washington Post, New York Times,
Politico, Breitbart, HuffPost ... from 2016), two syndicated copies of twelve of
them (same text under another outlet, with a wire tagline) and fifteen short
"rival" briefs, each an independent document that states one article sentence
with one value changed (and one line of its own). Claims, each checked by the default :class:`Checker`:

* **supported**: a sentence of a corpus article, as written;
* **contradicted**: a sentence of a corpus article with one number, year/date
  or name changed (:func:`eval_stance.perturb`);
* **disputed**: the original of a sentence a rival report changed (the article
  supports it, an independent origin contradicts it);
* **unverified**: claims of the held-out VitaminC / Check-COVID test rows (other
  topics, other years), which the corpus does not cover.

Printed: the confusion table of expected against returned verdicts, and for
supported claims from syndicated articles how often ``independent_sources``
stays 1 (copies must not count as corroboration).

Usage::

    .venv/bin/python bench/eval_check.py [--split dev|train] [--per-class 150] [--backend torch|onnx]
        [--threads 2] [--min-relevance X]
"""

from __future__ import annotations

import argparse
import json
import hashlib
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "data"
VERDICTS = ("supported", "contradicted", "disputed", "unverified")


def _rank(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()


def load_articles(split: str, n: int = 84) -> dict[str, str]:
    """``n`` PolNeAR texts of ``split`` by file stem (all 84 of dev; a fixed hash-chosen set of train)."""
    folder = POLNEAR / split / "text"
    if not folder.is_dir():
        raise SystemExit(f"PolNeAR not found at {folder}; see ../shared/data/README.md")
    paths = sorted(folder.glob("*.txt"), key=lambda p: _rank(p.stem))[:n]
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(paths)}


def candidate_sentences(articles: dict[str, str]) -> list[tuple[str, str]]:
    """(article, sentence) pairs usable as claims: 10 to 45 words, stating a number, date or name."""
    from factcheck.segment import split_sentences
    from factcheck.slots import SlotKind, extract_slots

    out = []
    for stem, text in articles.items():
        for s in split_sentences(text):
            words = s.text.split()
            if not 10 <= len(words) <= 45 or "\n" in s.text.strip():
                continue
            kinds = {sl.kind for sl in extract_slots(s.text)}
            if kinds & {SlotKind.NUMBER, SlotKind.DATE, SlotKind.ENTITY}:
                out.append((stem, s.text.strip()))
    out.sort(key=lambda t: _rank(t[0] + t[1]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"),
                    help="PolNeAR split the corpus articles come from (train: 84 chosen by hash)")
    ap.add_argument("--per-class", type=int, default=150, help="supported / contradicted / unverified claims each")
    ap.add_argument("--rivals", type=int, default=15, help="disputed claims (rival reports)")
    ap.add_argument("--backend", default="torch", choices=("torch", "onnx"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--min-relevance", type=float, default=None, help="Checker(min_relevance=...) (default: its own)")
    ap.add_argument("--errors", type=Path, default=None, help="write the claims given a wrong verdict here (JSON lines)")
    args = ap.parse_args(argv)

    import torch

    from eval_stance import perturb
    from train_stance import TEST_CAPS, Pair, load_pairs, select

    from factcheck.check import Checker
    from factcheck.model import Claim, Document
    from factcheck.corpus import Corpus
    from factcheck.slots import SlotKind, extract_slots

    torch.set_num_threads(args.threads)
    rng = random.Random(11)
    articles = load_articles(args.split)
    cands = candidate_sentences(articles)
    names = sorted({s.text for _, t in cands for s in extract_slots(t) if s.kind is SlotKind.ENTITY and len(s.text.split()) >= 2})

    def changed(stem: str, sentence: str) -> str | None:
        out = perturb(Pair(sentence, articles[stem], 0, "polnear", stem), names, rng)
        return out[1] if out else None

    claims: list[tuple[str, str, str]] = []  # (expected, claim text, source article)
    used: set[str] = set()
    rivals: list[Document] = []
    pool = iter(cands)
    for stem, sent in pool:
        if len(rivals) >= args.rivals:
            break
        new = changed(stem, sent)
        if new:
            brief = f"{new} Further details were not immediately available, the rival wire said in a short brief."
            rivals.append(Document(id=f"rival-{len(rivals)}", text=brief, outlet="rival wire"))
            claims.append(("disputed", sent, stem))
            used.add(sent)
    n_sup = n_con = 0
    for stem, sent in pool:
        if sent in used:
            continue
        if n_sup < args.per_class:
            claims.append(("supported", sent, stem))
            n_sup += 1
        elif n_con < args.per_class:
            new = changed(stem, sent)
            if new:
                claims.append(("contradicted", new, stem))
                n_con += 1
        else:
            break
    other = [p for p in select(load_pairs(), "test", TEST_CAPS) if p.dataset in ("vitaminc_real", "check_covid")]
    other.sort(key=lambda p: _rank(p.claim))
    seen_claims: set[str] = set()
    for p in other:
        if len(seen_claims) >= args.per_class:
            break
        if p.claim not in seen_claims:
            seen_claims.add(p.claim)
            claims.append(("unverified", p.claim, ""))

    docs = [Document(id=stem, text=text, outlet=stem.split("_")[0], published=stem.split("_")[1])
            for stem, text in articles.items()]  # fmt: skip
    syndicated = sorted(articles, key=_rank)[:12]
    for stem in syndicated:
        for j in (1, 2):
            docs.append(Document(id=f"{stem}-copy{j}", outlet=f"wire partner {j}",
                                 text=f"{articles[stem]}\n\nDistributed by wire partner {j}."))  # fmt: skip
    docs.extend(rivals)
    corpus = Corpus.from_documents(docs)
    kw = {} if args.min_relevance is None else {"min_relevance": args.min_relevance}
    checker = Checker(corpus, backend=args.backend, **kw)
    t0 = time.perf_counter()
    _ = checker.index
    t_index = time.perf_counter() - t0
    objs = [Claim(id=f"c{i}", text=t, start=0, end=len(t)) for i, (_, t, _) in enumerate(claims)]
    t0 = time.perf_counter()
    results = checker.check_claims(objs)
    t_check = time.perf_counter() - t0

    table: Counter[tuple[str, str]] = Counter()
    wrong = []
    for (expected, text, stem), res in zip(claims, results):
        table[(expected, res.verdict.value)] += 1
        if res.verdict.value != expected:
            top = res.evidence[0] if res.evidence else None
            wrong.append({
                "expected": expected, "verdict": res.verdict.value, "claim": text, "article": stem,
                "evidence": None if top is None else {"stance": top.stance.value, "score": top.score, "passage": top.passage,
                                                      "mismatches": [m.to_dict() for m in top.mismatches]},
            })  # fmt: skip
    if args.errors:
        args.errors.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong), encoding="utf-8")
    print(f"PolNeAR {args.split}, min_relevance {checker.min_relevance}")
    print(f"corpus: {len(docs)} documents ({len(articles)} articles, {2 * len(syndicated)} syndicated copies, "
          f"{len(rivals)} rival reports), index built in {t_index:.0f} s; {len(claims)} claims checked in "
          f"{t_check:.0f} s ({args.backend})")  # fmt: skip
    print()
    head = f"{'expected':<13}{'n':>5}" + "".join(f"{v:>14}" for v in VERDICTS) + f"{'right':>9}"
    print(head)
    print("-" * len(head))
    total = right = 0
    for exp in VERDICTS:
        n = sum(table[(exp, v)] for v in VERDICTS)
        ok = table[(exp, exp)]
        total += n
        right += ok
        print(f"{exp:<13}{n:>5}" + "".join(f"{table[(exp, v)]:>14}" for v in VERDICTS) + f"{ok / max(n, 1):>9.3f}")
    print(f"{'all':<13}{total:>5}" + " " * 14 * len(VERDICTS) + f"{right / max(total, 1):>9.3f}")

    synd = [(res, stem) for (exp, _, stem), res in zip(claims, results) if exp == "supported" and stem in syndicated]
    ok = sum(r.independent_sources <= 1 for r, _ in synd)
    cited = sum(any(e.doc_id.startswith(stem) for e in r.evidence) for r, stem in synd)
    print()
    print(f"supported claims from syndicated articles: {len(synd)}; independent_sources <= 1 in {ok} "
          f"(copies not counted); article or a copy cited in {cited}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
