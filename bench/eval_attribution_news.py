"""Who asserts each claim, on news articles written for the check with a gold attribution per claim.

Each batch folder of ``bench/attribution/`` holds articles (``<slug>.md``, front matter with a title) and their
gold files (``<slug>.json``): for a verbatim fragment of each chosen claim, the source as written (``source``,
null for the reporter's own assertion), its fullest name in the article (``canonical``), its kind (one of
:class:`~factcheck.model.SourceKind`'s values), the cue as written and whether the claim continues an account
attributed in an earlier sentence (``inherited``). The articles and gold files were written by people who
did not see the extractor; batches ``h*`` were scored before any rule was changed for them and not read.

A fragment is matched to the claim of :func:`factcheck.extract_claims` whose text holds it, else the claim whose
spans cover most of it. Scores (each over the fragments it applies to):

* **found**: some claim covers the fragment;
* **attributed**: the claim is attributed (a source) exactly when the gold says so;
* **who**: the same, and for an attributed claim the predicted source or canonical name shares a word with
  the gold source or canonical name (so "the agency" resolved to KCNA matches "KCNA", and "Hughes" matches
  "Paul Hughes, a retired teacher");
* **kind**: the predicted source kind equals the gold one (attributed gold claims the system attributed);
* **cue**: the predicted cue shares a word with the gold cue (gold claims with a cue, system attributed);
* **inherited**: the inherited flag equals the gold one (gold attributed claims).

Usage::

    .venv/bin/python bench/eval_attribution_news.py [--folder bench/attribution] [--batch a1 ...] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck import extract_claims  # noqa: E402
from factcheck.article import Article  # noqa: E402

FOLDER = Path(__file__).resolve().parent / "attribution"
MEASURES = ("found", "attributed", "who", "kind", "cue", "inherited")
_STOP = frozenset("a an the of in at on for to and by from with its his her their our who said says".split())


def _words(text: str | None) -> set[str]:
    """Content words of a source name or a cue, lowercased, possessive "'s" dropped."""
    if not text:
        return set()
    words = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", text.lower()))
    return {w for w in words if w not in _STOP}


def _cue_words(text: str | None) -> set[str]:
    """Words of a cue, with the common endings of a reporting verb cut ("says" / "said" / "saying" -> "sa")."""
    out = set()
    for w in re.findall(r"[a-z]+", (text or "").lower()):
        if w in {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "also", "then"}:
            continue
        out.add("sa" if w in {"say", "says", "said", "saying"} else re.sub(r"(?:ing|ed|es|s|d)$", "", w))
    return out


def _claim_for(claims: tuple, body: str, fragment: str):
    """The claim whose text holds ``fragment``, else the one whose spans cover most of it, else None."""
    for c in claims:
        if fragment in c.text:
            return c
    pos = body.find(fragment)
    if pos < 0:
        return None
    lo, hi = pos, pos + len(fragment)

    def covered(c) -> int:
        return sum(max(0, min(hi, b) - max(lo, a)) for a, b in c.spans or ((c.start, c.end),))

    best = max(claims, key=covered, default=None)
    return best if best is not None and covered(best) > 0 else None


def score_article(md: Path, gold: dict) -> tuple[dict[str, list[int]], list[str]]:
    """Per-measure [right, counted] for one article, and a line for each miss."""
    text = md.read_text(encoding="utf-8")
    body = Article.from_text(text).body
    claims = extract_claims(text)
    counts = {m: [0, 0] for m in MEASURES}
    misses: list[str] = []

    def mark(measure: str, ok: bool, item: dict, got: str) -> None:
        counts[measure][0] += ok
        counts[measure][1] += 1
        if not ok:
            misses.append(f"{md.stem}: {measure}: {item['claim']!r} expected {_describe(item)}; got {got}")

    for item in gold["claims"]:
        if item["claim"] not in body:
            misses.append(f"{md.stem}: gold fragment not in the article: {item['claim']!r}")
            continue
        c = _claim_for(claims, body, item["claim"])
        mark("found", c is not None, item, "no claim")
        if c is None:
            continue
        a = c.attribution
        got = f"source={a.source!r} canonical={a.canonical!r} kind={a.source_kind.value} cue={a.cue!r} " \
              f"inherited={a.inherited} (claim {c.text!r})"  # fmt: skip
        gold_attr = item.get("source") is not None
        mark("attributed", (a.source is not None) == gold_attr, item, got)
        names = _words(a.source) | _words(a.canonical)
        gold_names = _words(item.get("source")) | _words(item.get("canonical"))
        mark("who", (a.source is None and not gold_attr) or (gold_attr and bool(names & gold_names)), item, got)
        if gold_attr and a.source is not None:
            mark("kind", a.source_kind.value == item.get("kind"), item, got)
            if item.get("cue"):
                mark("cue", bool(_cue_words(a.cue) & _cue_words(item["cue"])), item, got)
        if gold_attr:
            mark("inherited", bool(a.inherited) == bool(item.get("inherited")), item, got)
    return counts, misses


def _describe(item: dict) -> str:
    if item.get("source") is None:
        return "unattributed"
    inh = " inherited" if item.get("inherited") else ""
    return (f"source={item['source']!r} canonical={item.get('canonical')!r} kind={item.get('kind')} "
            f"cue={item.get('cue')!r}{inh}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=FOLDER, help="folder of batch folders (default: bench/attribution)")
    ap.add_argument("--batch", nargs="*", default=None, help="batches to score (default: all)")
    ap.add_argument("--errors", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: no such folder", file=sys.stderr)
        return 2
    batches = sorted(p for p in args.folder.iterdir() if p.is_dir() and (args.batch is None or p.name in args.batch))
    rows = []
    total = {m: [0, 0] for m in MEASURES}
    for batch in batches:
        counts = {m: [0, 0] for m in MEASURES}
        articles = sorted(batch.glob("*.md"))
        for md in articles:
            gold_path = md.with_suffix(".json")
            if not gold_path.is_file():
                continue
            got, misses = score_article(md, json.loads(gold_path.read_text(encoding="utf-8")))
            for m in MEASURES:
                for i in (0, 1):
                    counts[m][i] += got[m][i]
                    total[m][i] += got[m][i]
            if args.errors:
                for line in misses:
                    print(f"{batch.name}/{line}")
        rows.append((batch.name, len(articles), counts))
    rows.append(("all", sum(r[1] for r in rows), total))
    print()
    print("| batch | articles | " + " | ".join(MEASURES) + " |")
    print("|---|---|" + "---|" * len(MEASURES))
    for name, n, counts in rows:
        cells = [f"{r}/{k} ({r / k:.2f})" if k else "-" for r, k in (counts[m] for m in MEASURES)]
        print(f"| {name} | {n} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
