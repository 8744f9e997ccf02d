"""End-to-end verdicts on short newsroom stories: a draft, its reference sources, the verdict an editor expects.

Each folder of ``bench/stories/`` holds a ``draft.md``, a ``sources/`` folder (wire copy with syndicated copies,
official releases, independent reports) and an ``expected.json`` listing, for a fragment of each claim's text,
the verdict an editor would give:

* **supported** by an origin independent of the claim's own source;
* **contradicted**: a changed figure, day, year, place or quotation;
* **disputed**: independent origins disagree (a correction, a rival count);
* **unverified**: nothing covers it, or only the claim's own source says it ("reported, not corroborated").

A fragment is scored by the verdict on what it says (:meth:`~factcheck.model.ClaimCheck.verdict_for`: the
figures, dates and names it holds, checked one by one, else the rest of the claim); the table also gives the
count scored by the whole claim's verdict, the measure used before per-fact checks existed.

The stories were written for this project (people and outlets are invented or used as stand-ins) while the
rules were being fixed, so this is a regression check on newsroom patterns, not a held-out accuracy figure;
see ``docs/evaluation.md``.

Usage::

    OMP_NUM_THREADS=2 python bench/eval_stories.py [--verbose] [--stories DIR]

``--stories`` reads the story folders from another directory (e.g. a batch written by someone else and
checked before any rule was changed for it).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

STORIES = Path(__file__).resolve().parent / "stories"
VERDICTS = ("supported", "contradicted", "disputed", "unverified")


def _claim_for(report, fragment: str):
    """The checked claim a fragment of the draft belongs to: the first whose text holds it, else the one whose
    source spans cover most of it (a claim's text may restore a subject, or a fragment may straddle two
    claims), else the first whose attribution names a source inside it (the fragment names the speaker);
    None when no claim covers any of it."""
    from factcheck.article import Article

    for c in report.claims:
        if fragment in c.claim.text:
            return c
    body = Article.from_text(report.text).body
    pos = body.find(fragment)
    if pos < 0:
        return None
    lo, hi = pos, pos + len(fragment)

    def covered(c) -> int:
        return sum(max(0, min(hi, b) - max(lo, a)) for a, b in c.claim.spans or ((c.claim.start, c.claim.end),))

    best = max(report.claims, key=covered, default=None)
    if best is not None and covered(best) > 0:
        return best

    def named(c) -> bool:  # the fragment names the claim's source: "Union leader Graciela Fuentes [called ...]"
        a = c.claim.attribution
        return a.source_start is not None and a.source_end is not None and a.source_start < hi and lo < a.source_end

    return next((c for c in report.claims if named(c)), None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every claim, right or wrong")
    ap.add_argument("--stories", type=Path, default=STORIES, help="folder of story folders (default: bench/stories)")
    ap.add_argument("--official-record", action="store_true",
                    help="score an official body's claim its own statement confirms as supported (Checker(official_record=True))")
    ap.add_argument("--no-rivals", action="store_true",
                    help="no rival figures: Assessor(rival_similarity=None), Checker(rival_relevance=min_relevance)")
    ap.add_argument("--figures-similarity", type=float, default=None, metavar="COS",
                    help="Assessor(figures_similarity=COS): the claim's figures stated in a sentence this close in meaning support it")
    args = ap.parse_args(argv)

    from factcheck.check import DEFAULT_MIN_RELEVANCE, DEFAULT_RIVAL_RELEVANCE, Checker
    from factcheck.embed import make_embedder
    from factcheck.verify import Assessor

    embedder = make_embedder()  # loaded once, shared by every story's checker
    options = {"rival_similarity": None} if args.no_rivals else {}
    if args.figures_similarity is not None:
        options["figures_similarity"] = args.figures_similarity
    assessor = Assessor(embedder, **options) if options else None
    rival_relevance = DEFAULT_MIN_RELEVANCE if args.no_rivals else DEFAULT_RIVAL_RELEVANCE
    confusion = {v: dict.fromkeys(VERDICTS, 0) for v in VERDICTS}
    rows = []
    for story in sorted(p for p in args.stories.iterdir() if (p / "expected.json").is_file()):
        spec = json.loads((story / "expected.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            checker = Checker(story / "sources", embedder=embedder, index_path=Path(tmp) / "index",
                              official_record=args.official_record, assessor=assessor, rival_relevance=rival_relevance)
            report = checker.check((story / "draft.md").read_text(encoding="utf-8"), path=str(story / "draft.md"))
        right = whole = 0
        for item in spec["expected"]:
            found = _claim_for(report, item["claim"])
            # the verdict on what the fragment says (ClaimCheck.verdict_for: its own figures, dates and names
            # when sources speak to them), and the verdict on the whole claim it belongs to
            got = found.verdict_for(item["claim"]).value if found else "missing"
            claim_got = found.verdict.value if found else "missing"
            ok = got == item["verdict"]
            right += ok
            whole += claim_got == item["verdict"]
            if got in VERDICTS:
                confusion[item["verdict"]][got] += 1
            if args.verbose or not ok:
                mark = "ok " if ok else "XX "
                aside = "" if claim_got == got else f" (whole claim: {claim_got})"
                print(f"{mark}{story.name}: expected {item['verdict']}, got {got}: {item['claim']!r}{aside}")
        rows.append((story.name, len(spec["expected"]), right, whole, spec.get("about", "")))

    print()
    print("| story | claims | right | right by whole claim | sources |")
    print("|---|---|---|---|---|")
    for name, n, right, whole, about in rows:
        print(f"| {name} | {n} | {right} | {whole} | {about} |")
    total, right, whole = sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)
    print(f"| all | {total} | {right} ({right / total:.2f}) | {whole} ({whole / total:.2f}) | |")
    print()
    print("| expected | n | " + " | ".join(VERDICTS) + " |")
    print("|---|---|" + "---|" * len(VERDICTS))
    for v in VERDICTS:
        n = sum(confusion[v].values())
        print(f"| {v} | {n} | " + " | ".join(str(confusion[v][w]) for w in VERDICTS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
