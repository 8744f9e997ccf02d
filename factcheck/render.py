"""Renderers: a report as text, Markdown, HTML, ClaimReview, a DataFrame; CI formats.

Single-report renderers take a :class:`~factcheck.model.Report`:
:func:`to_text`, :func:`to_markdown`, :func:`to_html` (a standalone page),
:func:`report_html` (the notebook fragment), :func:`claimcheck_html`,
:func:`to_claimreview`, :func:`to_dataframe`. JSON is ``Report.to_json()``.

CI renderers take a sequence of :class:`~factcheck.policy.Evaluation` (or
``(report, failures)`` pairs), one per draft: :func:`to_junit`,
:func:`to_sarif`, :func:`to_github`; :func:`render` dispatches on a format name
for the CLI.

Article and source text is untrusted. Every renderer escapes it for its
medium: HTML through markupsafe (and only ``http(s)`` links), Markdown by
backslash-escaping the characters that start links, images, emphasis, code,
tables and HTML, XML by stripping characters XML cannot hold, workflow
commands by percent-encoding, terminal text by dropping control characters
(ANSI escape sequences included).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple
from urllib.parse import quote

from markupsafe import Markup, escape

from factcheck.ledger import claim_key
from factcheck.model import ClaimCheck, Evidence, Report, SourceKind, Stance, Verdict

__all__ = [
    "CLAIMREVIEW_RATINGS",
    "FORMATS",
    "claimcheck_html",
    "render",
    "report_html",
    "to_claimreview",
    "to_dataframe",
    "to_github",
    "to_html",
    "to_json",
    "to_junit",
    "to_markdown",
    "to_sarif",
    "to_text",
]

FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")

#: Worst first: the verdict shown where claims overlap.
_SEVERITY = {Verdict.CONTRADICTED: 3, Verdict.DISPUTED: 2, Verdict.UNVERIFIED: 1, Verdict.SUPPORTED: 0}
_COLOURS = {
    Verdict.SUPPORTED: ("#d7f0dd", "#1e6b34"),
    Verdict.CONTRADICTED: ("#f9d6d5", "#9b1c1c"),
    Verdict.DISPUTED: ("#ffe6bf", "#8a4b00"),
    Verdict.UNVERIFIED: ("#e8e8ec", "#4a4a55"),
}
_STANCE_MARK = {Stance.SUPPORTS: "+", Stance.REFUTES: "-", Stance.NEUTRAL: "~"}

#: ClaimReview rating per verdict: (ratingValue, alternateName). bestRating 5, worstRating 1.
CLAIMREVIEW_RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.CONTRADICTED: (1, "Contradicted by sources"),
    Verdict.DISPUTED: (2, "Disputed: sources disagree"),
    Verdict.UNVERIFIED: (3, "Unverified: no sources found"),
    Verdict.SUPPORTED: (5, "Supported by independent sources"),
}

#: C0/C1 controls but tab and newline, and the bidi embeddings/overrides/isolates that can
#: visually reorder the rest of a line or page ("Trojan source"); U+200E/U+200F marks stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_XML_ILLEGAL = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = re.compile(r"\s+")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`()\[\]\\]+$", re.IGNORECASE)


# --------------------------------------------------------------------------- helpers


def _plain(text: object) -> str:
    """Untrusted text made safe for any medium: no controls, no lone surrogates."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", "" if text is None else str(text)))


def _flat(text: object, limit: int | None = None) -> str:
    """One line, whitespace collapsed, optionally cut to ``limit`` characters."""
    out = _SPACE.sub(" ", _plain(text)).strip()
    if limit is not None and len(out) > limit:
        out = out[: max(limit - 1, 0)].rstrip() + "\u2026"
    return out


def _safe_url(url: object) -> str | None:
    return str(url) if url and _SAFE_URL.match(str(url)) else None


class _Lines:
    """Maps character offsets to 1-based (line, column) in a text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset, 0), self.length)
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def _in_text(check: ClaimCheck, text: str) -> bool:
    c = check.claim
    return bool(text) and 0 <= c.start <= c.end <= len(text)


def _source_label(check: ClaimCheck) -> str:
    a = check.claim.attribution
    if not a.is_attributed:
        return "unattributed"
    name = a.source or a.canonical or a.source_kind.value
    if a.canonical and a.source and a.canonical.casefold() not in a.source.casefold():
        name = f"{a.source} ({a.canonical})"
    if len(a.chain) > 1:
        name += " citing " + " \u2190 ".join(a.chain[1:])
    return name


def _evidence_label(ev: Evidence) -> str:
    parts = [p for p in (ev.outlet, ev.published) if p]
    head = ev.title or ev.doc_id
    return f"{head} ({', '.join(parts)})" if parts else head


class _Item(NamedTuple):
    report: Report
    failing: dict[ClaimCheck, Any]
    approved: set[ClaimCheck]
    threshold: float


def _facts_line(check: ClaimCheck) -> str:
    """The claim's facts that sources speak to, when they do not all share the claim's verdict ("1,200 supported;
    72 contradicted (source: 48)"); empty otherwise."""
    spoken = [f for f in check.facts if f.checked]
    if not spoken or all(f.verdict is check.verdict for f in spoken):
        return ""
    return "; ".join(f"{f.text} {f.verdict.value}" + (f" (source: {', '.join(f.found[:2])})" if f.found else "")
                     for f in spoken)  # fmt: skip


def _pairs(items: Iterable[Any]) -> Iterator[_Item]:
    """Normalise evaluations / (report, failures) pairs / bare reports."""
    for item in items:
        if isinstance(item, Report):
            yield _Item(item, {}, set(), 0.5)
            continue
        report = getattr(item, "report", None)
        threshold = 0.5
        if report is not None:
            failures = getattr(item, "failures", ())
            approved = set(getattr(item, "approved", ()))
            threshold = getattr(getattr(item, "policy", None), "checkworthy_threshold", 0.5)
        else:
            report, failures = item
            approved = set()
        yield _Item(report, {_failure_check(f): f for f in failures}, approved, threshold)


def _failure_check(failure: Any) -> ClaimCheck:
    return failure if isinstance(failure, ClaimCheck) else failure.check


def _failure_message(failure: Any) -> str:
    if isinstance(failure, ClaimCheck):
        return failure.verdict.value
    return str(getattr(failure, "message", "") or getattr(failure, "rule", "fails the policy"))


def _report_name(report: Report, i: int = 0) -> str:
    return _flat(report.path or report.title or f"draft-{i + 1}")


def _summary_line(report: Report) -> str:
    s = report.summary
    parts = [f"{s[v.value]} {v.value}" for v in Verdict if s[v.value]]
    noun = "claim" if s["claims"] == 1 else "claims"
    return f"{s['claims']} {noun}" + (": " + ", ".join(parts) if parts else "")


def _tool_version() -> str:
    try:
        from importlib.metadata import version

        return version("newsroom-factcheck")
    except Exception:  # pragma: no cover - not installed
        return "0+unknown"


# --------------------------------------------------------------------------- text


def to_text(report: Report, *, failures: Iterable[Any] = (), approved: Iterable[ClaimCheck] = ()) -> str:
    """A plain-text report for a terminal.

    Args:
        report: The report.
        failures: Policy failures to mark (``FAIL``).
        approved: Claims waived by an editor's approval (``approved``).
    """
    failing = {_failure_check(f): f for f in failures}
    waived = set(approved)
    lines_of = _Lines(report.text)
    name = _flat(report.path or report.title or "article")
    out = [f"{name}: {_summary_line(report)}"]
    for check in report.claims:
        c = check.claim
        mark = "FAIL" if check in failing else ("ok* " if check in waived else "    ")
        where = f"line {lines_of.at(c.start)[0]}" if _in_text(check, report.text) else f"@{c.start}"
        out.append(
            f"{mark} {_flat(c.id, 12):<5} {check.verdict.value.upper():<12} {check.score:4.2f}  "
            f"{_flat(c.text, 110)}  ({where})"
        )
        detail = f"source: {_flat(_source_label(check), 80)}"
        if c.attribution.cue:
            detail += f", cue \u201c{_flat(c.attribution.cue, 30)}\u201d"
        if check.attribution_confirmed is not None:
            detail += ", attribution " + ("confirmed" if check.attribution_confirmed else "not confirmed")
        detail += f"; {check.independent_sources} independent source(s); check-worthy {c.checkworthy:.2f}"
        out.append(f"           {detail}")
        if check in failing:
            out.append(f"           policy: {_flat(_failure_message(failing[check]), 160)}")
        elif check in waived:
            out.append("           policy: approved by an editor (ledger)")
        if check.note:
            out.append(f"           note: {_flat(check.note, 160)}")
        if facts := _facts_line(check):
            out.append(f"           facts: {_flat(facts, 160)}")
        for ev in check.evidence[:3]:
            out.append(
                f"           {_STANCE_MARK[ev.stance]} {ev.stance.value:<8} {ev.score:4.2f}  "
                f"{_flat(_evidence_label(ev), 90)}: \u201c{_flat(ev.passage, 120)}\u201d"
            )
            for m in ev.mismatches:
                out.append(
                    f"               mismatch {_flat(m.kind, 20)}: claim {_flat(m.claim, 40)!r}, "
                    f"source {_flat(m.source, 40)!r}"
                )
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- json


def to_json(evaluations: Sequence[Any]) -> str:
    """JSON for the CLI: one report object (with a ``policy`` member), or ``{"reports": [...]}``."""
    objs = []
    for report, failing, approved, _ in _pairs(evaluations):
        data = report.to_dict()
        data["policy"] = {
            "passed": not failing,
            "failures": [
                {"id": check.claim.id, "rule": getattr(f, "rule", check.verdict.value), "message": _failure_message(f)}
                for check, f in failing.items()
            ],
            "approved": [check.claim.id for check in report.claims if check in approved],
        }
        objs.append(data)
    payload: Any = objs[0] if len(objs) == 1 else {"reports": objs}
    # a lone surrogate (possible only inside a string) cannot be written as UTF-8: keep it as a \u escape
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


# --------------------------------------------------------------------------- markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~&<>\"^$])")
_MD_LEADING = re.compile(r"^(\d+)([.)])")


def _md(text: object, limit: int | None = None) -> str:
    """Inline Markdown-safe text: one line, link/image/HTML/emphasis/table syntax escaped.

    ASCII punctuation that Markdown gives meaning to is backslash-escaped
    (CommonMark turns ``\\[`` back into a literal ``[``); ``<`` and ``>``
    become entities so no engine can read a tag.
    """
    out = _MD_SPECIAL.sub(r"\\\1", _flat(text, limit))
    out = out.replace("\\<", "&lt;").replace("\\>", "&gt;")
    out = _MD_LEADING.sub(r"\1\\\2", out)
    if out.startswith(("-", "=", ":")):
        out = "\\" + out
    return out


def _md_link(label: str, url: object) -> str:
    safe = _safe_url(url)
    return f"[{_md(label)}]({safe})" if safe else _md(label)


_VERDICT_ICON = {
    Verdict.SUPPORTED: "\u2705",
    Verdict.CONTRADICTED: "\u274c",
    Verdict.DISPUTED: "\u26a0\ufe0f",
    Verdict.UNVERIFIED: "\u2754",
}


def to_markdown(report: Report, *, failures: Iterable[Any] = (), approved: Iterable[ClaimCheck] = ()) -> str:
    """A GitHub-flavoured Markdown report (for pull-request comments and job summaries).

    Args:
        report: The report.
        failures: Policy failures to mark.
        approved: Claims waived by an editor's approval.
    """
    failing = {_failure_check(f): f for f in failures}
    waived = set(approved)
    lines_of = _Lines(report.text)
    title = report.title or report.path or "article"
    out = [f"### Fact-check: {_md(title, 200)}", "", f"**{_md(_summary_line(report))}**"]
    if failing:
        out += ["", f"**Policy: FAILED** \u2014 {len(failing)} claim(s) fail."]
    out += ["", "| | Claim | Verdict | Score | Source | Line |", "|---|---|---|---|---|---|"]
    for check in report.claims:
        c = check.claim
        flag = "**FAIL**" if check in failing else ("approved" if check in waived else "")
        line = str(lines_of.at(c.start)[0]) if _in_text(check, report.text) else ""
        out.append(
            f"| {_md(c.id, 12)} {flag} | {_md(c.text, 300)} | {_VERDICT_ICON[check.verdict]} {check.verdict.value} "
            f"| {check.score:.2f} | {_md(_source_label(check), 80)} | {line} |"
        )
    detailed = [ch for ch in report.claims if ch.evidence or ch in failing or _facts_line(ch)]
    if detailed:
        out += ["", "<details><summary>Evidence</summary>", ""]
        for check in detailed:
            out.append(f"- **{_md(check.claim.id, 12)}** {_md(check.claim.text, 200)}")
            if check in failing:
                out.append(f"  - policy: {_md(_failure_message(failing[check]), 200)}")
            if facts := _facts_line(check):
                out.append(f"  - facts: {_md(facts, 200)}")
            for ev in check.evidence:
                out.append(
                    f"  - *{ev.stance.value}* {ev.score:.2f} \u00b7 {_md_link(_evidence_label(ev), ev.url)}: "
                    f"\u201c{_md(ev.passage, 280)}\u201d"
                )
                for m in ev.mismatches:
                    out.append(
                        f"    - mismatch {_md(m.kind, 20)}: claim \u201c{_md(m.claim, 60)}\u201d, "
                        f"source \u201c{_md(m.source, 60)}\u201d"
                    )
        out += ["", "</details>"]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- html

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#1d1d22;line-height:1.5}
h1{font-size:1.4rem} .fc-page-section{margin-bottom:3rem}
.fc-fail{color:#9b1c1c;font-weight:600}
"""


def _h(text: object, limit: int | None = None) -> Markup:
    return escape(_flat(text, limit)) if limit else escape(_plain(text))


def _badge(verdict: Verdict) -> str:
    bg, fg = _COLOURS[verdict]
    return (
        f'<span style="background:{bg};color:{fg};border-radius:3px;padding:0 .35em;'
        f'font-size:.85em;font-weight:600">{verdict.value}</span>'
    )


def _highlighted(report: Report) -> str:
    """The article text with claim spans wrapped in ``<mark>``; overlaps show the worst verdict."""
    text = report.text
    spans = [ch for ch in report.claims if _in_text(ch, text) and ch.claim.end > ch.claim.start]
    cuts = sorted({0, len(text), *(ch.claim.start for ch in spans), *(ch.claim.end for ch in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(_plain(text[a:b]))
        cover = [ch for ch in spans if ch.claim.start <= a and b <= ch.claim.end]
        if not cover:
            out.append(str(piece))
            continue
        worst = max(cover, key=lambda ch: _SEVERITY[ch.verdict]).verdict
        bg, _ = _COLOURS[worst]
        tip = "; ".join(
            f"{_flat(ch.claim.id, 12)}: {ch.verdict.value} ({_flat(_source_label(ch), 60)})" for ch in cover
        )
        out.append(
            f'<mark style="background:{bg};border-bottom:2px solid {_COLOURS[worst][1]};padding:0"'
            f' title="{escape(tip)}">{piece}</mark>'
        )
    return "".join(out)


def _evidence_html(ev: Evidence) -> str:
    url = _safe_url(ev.url)
    label = _h(_evidence_label(ev), 120)
    head = f'<a href="{escape(url)}" rel="noopener noreferrer">{label}</a>' if url else str(label)
    mism = "".join(
        f"<li>mismatch {_h(m.kind, 20)}: claim <q>{_h(m.claim, 80)}</q>, source <q>{_h(m.source, 80)}</q></li>"
        for m in ev.mismatches
    )
    return (
        f"<li><b>{ev.stance.value}</b> {ev.score:.2f} \u00b7 {head}"
        f'<blockquote style="margin:.2em 0 .4em 1em;color:#444">{_h(ev.passage)}</blockquote>'
        + (f"<ul>{mism}</ul>" if mism else "")
        + "</li>"
    )


def claimcheck_html(check: ClaimCheck, *, failure: Any = None, approved: bool = False) -> str:
    """One checked claim as an HTML fragment (verdict, attribution, expandable evidence)."""
    c = check.claim
    a = c.attribution
    attribution = f"source: <b>{_h(_source_label(check), 120)}</b>"
    if a.cue:
        attribution += f", cue <q>{_h(a.cue, 40)}</q>"
    if a.is_attributed:
        attribution += f" [{a.source_kind.value}]"
    if check.attribution_confirmed is not None:
        attribution += ", attribution " + ("confirmed" if check.attribution_confirmed else "<b>not confirmed</b>")
    policy = ""
    if failure is not None:
        policy = f'<div class="fc-fail" style="color:#9b1c1c">FAIL: {_h(_failure_message(failure), 200)}</div>'
    elif approved:
        policy = '<div style="color:#1e6b34">approved by an editor</div>'
    evidence = ""
    if check.evidence:
        items = "".join(_evidence_html(ev) for ev in check.evidence)
        evidence = f"<details><summary>Evidence ({len(check.evidence)})</summary><ul>{items}</ul></details>"
    note = f'<div style="color:#555">{_h(check.note, 300)}</div>' if check.note else ""
    return (
        f'<div class="fc-claim" style="margin:.6em 0">'
        f"{_badge(check.verdict)} <code>{_h(c.id, 12)}</code> {_h(c.text)}"
        f'<div style="font-size:.9em;color:#333">{attribution}; score {check.score:.2f}, '
        f"{check.independent_sources} independent source(s), kind {c.kind.value}"
        f"{', hedged' if c.hedged else ''}, check-worthy {c.checkworthy:.2f}</div>"
        f"{policy}{note}{evidence}</div>"
    )


def report_html(report: Report, *, failures: Iterable[Any] = (), approved: Iterable[ClaimCheck] = ()) -> str:
    """The notebook fragment (``Report._repr_html_``): highlighted article, then each claim."""
    failing = {_failure_check(f): f for f in failures}
    waived = set(approved)
    legend = " ".join(_badge(v) for v in Verdict)
    article = ""
    if report.text.strip():
        article = (
            '<div style="white-space:pre-wrap;line-height:1.7;border:1px solid #ddd;border-radius:4px;'
            f'padding:.6em .8em;margin:.5em 0">{_highlighted(report)}</div>'
        )
    title = f"<b>{_h(report.title, 200)}</b> \u2014 " if report.title else ""
    claims = "".join(claimcheck_html(ch, failure=failing.get(ch), approved=ch in waived) for ch in report.claims)
    return (
        f'<div class="factcheck-report">'
        f"<div>{title}{_h(_summary_line(report))} &nbsp; {legend}</div>"
        f"{article}{claims}</div>"
    )


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(_flat(title, 200))}</title><style>{_CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def to_html(report: Report, *, failures: Iterable[Any] = (), approved: Iterable[ClaimCheck] = ()) -> str:
    """A standalone HTML page of one report."""
    title = report.title or report.path or "Fact-check report"
    body = f"<h1>Fact-check: {_h(title, 200)}</h1>\n" + report_html(report, failures=failures, approved=approved)
    return _page(f"Fact-check: {title}", body)


def _html_many(evaluations: Sequence[Any]) -> str:
    sections = []
    for i, (report, failing, approved, _) in enumerate(_pairs(evaluations)):
        status = '<span class="fc-fail">FAILED</span>' if failing else "passed"
        sections.append(
            f'<section class="fc-page-section"><h1>{_h(_report_name(report, i), 200)} \u2014 {status}</h1>'
            + report_html(report, failures=failing.values(), approved=approved)
            + "</section>"
        )
    return _page("Fact-check report", "\n".join(sections))


# --------------------------------------------------------------------------- claimreview


def _author(check: ClaimCheck, publisher: dict[str, Any] | None) -> dict[str, Any] | None:
    a = check.claim.attribution
    if not a.is_attributed:
        return dict(publisher) if publisher else None
    kind = "Person" if a.source_kind in {SourceKind.PERSON, SourceKind.EXPERT, SourceKind.ANONYMOUS} else "Organization"
    return {"@type": kind, "name": _plain(a.canonical or a.source or a.source_kind.value)}


def to_claimreview(
    report: Report,
    *,
    publisher: str | None = None,
    publisher_url: str | None = None,
    url: str | None = None,
    date_published: str | _dt.date | None = None,
    article_url: str | None = None,
    article_published: str | None = None,
    verdicts: Iterable[Verdict | str] | None = None,
    min_checkworthy: float = 0.0,
) -> list[dict[str, Any]]:
    """schema.org ClaimReview JSON-LD objects, one per checked claim.

    The rating maps verdicts onto a 1-5 scale (``bestRating`` 5,
    ``worstRating`` 1) with a textual ``alternateName``:
    contradicted 1, disputed 2, unverified 3, supported 5 (see
    :data:`CLAIMREVIEW_RATINGS`). The claim's author (``itemReviewed.author``)
    is its attributed source: a ``Person`` for people, experts and anonymous
    sources, an ``Organization`` otherwise; the reporter's own assertions are
    authored by the publisher.

    Args:
        report: The report.
        publisher: The organisation publishing the reviews (the ClaimReview ``author``).
        publisher_url: Its URL.
        url: The URL of the page carrying the reviews.
        date_published: When the reviews are published (default today, UTC).
        article_url: Where the reviewed article appears (``itemReviewed.appearance``).
        article_published: When the article was published (``itemReviewed.datePublished``).
        verdicts: Only review claims with these verdicts (default all).
        min_checkworthy: Only review claims at least this check-worthy.
    """
    if date_published is None:
        date_published = _dt.datetime.now(_dt.timezone.utc).date()
    published = date_published.isoformat() if isinstance(date_published, _dt.date) else str(date_published)
    wanted = {Verdict(v) for v in verdicts} if verdicts is not None else set(Verdict)
    org: dict[str, Any] | None = None
    if publisher:
        org = {"@type": "Organization", "name": _plain(publisher)}
        if publisher_url:
            org["url"] = publisher_url
    out = []
    for check in report.claims:
        if check.verdict not in wanted or check.claim.checkworthy < min_checkworthy:
            continue
        value, name = CLAIMREVIEW_RATINGS[check.verdict]
        item: dict[str, Any] = {"@type": "Claim"}
        author = _author(check, org)
        if author:
            item["author"] = author
        if article_published:
            item["datePublished"] = article_published
        if article_url:
            item["appearance"] = {"@type": "CreativeWork", "url": article_url}
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": _flat(check.claim.text),
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": name,
            },
            "datePublished": published,
        }
        if org:
            review["author"] = dict(org)
        if url:
            review["url"] = url
        out.append(review)
    return out


# --------------------------------------------------------------------------- dataframe


def to_dataframe(report: Report) -> Any:
    """One row per claim as a pandas DataFrame.

    Columns: id, text, start, end, kind, hedged, checkworthy, source,
    source_kind, canonical, cue, verdict, score, independent_sources,
    attribution_confirmed, evidence (count), top_doc_id, top_stance, note.

    Raises:
        ImportError: If pandas is not installed (``pip install newsroom-factcheck[pandas]``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "to_dataframe() needs pandas; install it with `pip install newsroom-factcheck[pandas]`"
        ) from None
    rows = []
    for check in report.claims:
        c, a = check.claim, check.claim.attribution
        top = check.evidence[0] if check.evidence else None
        rows.append(
            {
                "id": c.id,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "kind": c.kind.value,
                "hedged": c.hedged,
                "checkworthy": c.checkworthy,
                "source": a.source,
                "source_kind": a.source_kind.value,
                "canonical": a.canonical,
                "cue": a.cue,
                "verdict": check.verdict.value,
                "score": check.score,
                "independent_sources": check.independent_sources,
                "attribution_confirmed": check.attribution_confirmed,
                "evidence": len(check.evidence),
                "top_doc_id": top.doc_id if top else None,
                "top_stance": top.stance.value if top else None,
                "note": check.note,
            }
        )
    columns = [
        "id", "text", "start", "end", "kind", "hedged", "checkworthy", "source", "source_kind", "canonical",
        "cue", "verdict", "score", "independent_sources", "attribution_confirmed", "evidence", "top_doc_id",
        "top_stance", "note",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- junit


def _xml(text: object, limit: int | None = None) -> str:
    out = _XML_ILLEGAL.sub("", "" if text is None else str(text))
    return _flat(out, limit) if limit else out


def _evidence_plain(check: ClaimCheck) -> str:
    lines = [
        f"claim: {_flat(check.claim.text)}",
        f"verdict: {check.verdict.value}, score {check.score:.2f}, "
        f"{check.independent_sources} independent source(s); source: {_flat(_source_label(check))}",
    ]
    for ev in check.evidence:
        lines.append(f"{ev.stance.value} {ev.score:.2f} {_flat(_evidence_label(ev))}: {_flat(ev.passage, 400)}")
        lines += [
            f"  mismatch {_flat(m.kind)}: claim {_flat(m.claim)!r}, source {_flat(m.source)!r}" for m in ev.mismatches
        ]
    return "\n".join(lines)


def to_junit(evaluations: Sequence[Any]) -> str:
    """JUnit XML: one ``<testsuite>`` per draft, one ``<testcase>`` per claim.

    Failing claims carry a ``<failure>`` with the verdict as ``type`` and the
    evidence as text; claims below the check-worthiness threshold are ``<skipped>``.
    """
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="factcheck")
    total = total_fail = total_skip = 0
    for i, (report, failing, approved, threshold) in enumerate(_pairs(evaluations)):
        name = _xml(_report_name(report, i))
        suite = ET.SubElement(root, "testsuite", name=name)
        lines_of = _Lines(report.text)
        skipped = 0
        for check in report.claims:
            c = check.claim
            line = lines_of.at(c.start)[0] if _in_text(check, report.text) else 0
            case = ET.SubElement(
                suite, "testcase", classname=name, name=_xml(f"{c.id}: {_flat(c.text, 100)}"), file=name
            )
            if line:
                case.set("line", str(line))
            if check in failing:
                f = failing[check]
                failure = ET.SubElement(
                    case,
                    "failure",
                    message=_xml(_failure_message(f), 300),
                    type=_xml(getattr(f, "rule", check.verdict.value)),
                )
                failure.text = _xml(_evidence_plain(check))
            elif c.checkworthy < threshold:
                skipped += 1
                ET.SubElement(case, "skipped", message=f"not check-worthy ({c.checkworthy:.2f} < {threshold:.2f})")
            elif check in approved:
                out = ET.SubElement(case, "system-out")
                out.text = _xml(f"{check.verdict.value}, approved by an editor\n{_evidence_plain(check)}")
        suite.set("tests", str(len(report.claims)))
        suite.set("failures", str(len(failing)))
        suite.set("errors", "0")
        suite.set("skipped", str(skipped))
        total += len(report.claims)
        total_fail += len(failing)
        total_skip += skipped
    root.set("tests", str(total))
    root.set("failures", str(total_fail))
    root.set("errors", "0")
    root.set("skipped", str(total_skip))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --------------------------------------------------------------------------- sarif

_RULES = {
    "contradicted": "A check-worthy claim is contradicted by the reference sources.",
    "disputed": "Independent reference sources disagree about a check-worthy claim.",
    "unverified": "No reference source was found for a check-worthy claim.",
    "supported": "A check-worthy claim is supported (listed because the policy fails on it).",
    "low-score": "A check-worthy claim's corroboration score is below the policy's min_score.",
    "rejected": "An editor rejected the claim in the review ledger.",
}


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:@-._~")


def to_sarif(evaluations: Sequence[Any]) -> str:
    """SARIF 2.1.0: one result per failing claim, located at the claim's line and column.

    Columns count Unicode code points (``columnKind: unicodeCodePoints``);
    ``endColumn`` is exclusive, as SARIF specifies.
    """
    rule_ids = list(_RULES)
    rules = [
        {
            "id": f"factcheck/{rid}",
            "name": rid.replace("-", " ").title().replace(" ", ""),
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": "error"},
        }
        for rid, text in _RULES.items()
    ]
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for i, (report, failing, _approved, _) in enumerate(_pairs(evaluations)):
        uri = _uri(_report_name(report, i))
        artifacts.append({"location": {"uri": uri}})
        lines_of = _Lines(report.text)
        for check, f in failing.items():
            rule = getattr(f, "rule", check.verdict.value)
            if rule not in _RULES:
                rule = check.verdict.value
            c = check.claim
            region: dict[str, Any] = {"startLine": 1}
            if _in_text(check, report.text):
                sl, sc = lines_of.at(c.start)
                el, ec = lines_of.at(c.end)
                region = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
                region["snippet"] = {"text": _plain(report.text[c.start : c.end])}
            results.append(
                {
                    "ruleId": f"factcheck/{rule}",
                    "ruleIndex": rule_ids.index(rule),
                    "level": "error",
                    "message": {"text": f"{_flat(c.text, 200)} \u2014 {_flat(_failure_message(f), 300)}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri, "index": i},
                                "region": region,
                            }
                        }
                    ],
                    "partialFingerprints": {"claimText/v1": claim_key(c.text)},
                    "properties": {
                        "verdict": check.verdict.value,
                        "score": round(check.score, 4),
                        "source": _plain(_source_label(check)),
                        "evidence": [
                            {"doc_id": _plain(ev.doc_id), "stance": ev.stance.value, "score": round(ev.score, 4)}
                            for ev in check.evidence
                        ],
                    },
                }
            )
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": _tool_version(),
                        "informationUri": "https://github.com/newsroom/factcheck",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- github


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(evaluations: Sequence[Any]) -> str:
    """GitHub Actions workflow commands: one ``::error`` annotation per failing claim.

    Non-failing contradicted or disputed check-worthy claims (not approved)
    become ``::warning`` annotations. Data is escaped (``%``, CR, LF) and so
    are properties (also ``:`` and ``,``).
    """
    out: list[str] = []
    for i, (report, failing, approved, threshold) in enumerate(_pairs(evaluations)):
        name = _report_name(report, i)
        lines_of = _Lines(report.text)
        for check in report.claims:
            if check in failing:
                level, msg = "error", _failure_message(failing[check])
            elif (
                check not in approved
                and check.verdict in {Verdict.CONTRADICTED, Verdict.DISPUTED}
                and (check.claim.checkworthy >= threshold)
            ):
                level, msg = "warning", f"{check.verdict.value} (score {check.score:.2f}); not failing the policy"
            else:
                continue
            c = check.claim
            props = [f"file={_gh_prop(name)}"]
            if _in_text(check, report.text):
                sl, sc = lines_of.at(c.start)
                el, ec = lines_of.at(c.end)
                props += [f"line={sl}", f"col={sc}", f"endLine={el}"]
                if el == sl:
                    props.append(f"endColumn={ec}")
            props.append(f"title={_gh_prop('factcheck: ' + check.verdict.value + ' claim ' + _flat(c.id, 12))}")
            body = f"{_flat(c.text, 300)}\n{_flat(msg, 300)}"
            if check.evidence:
                ev = check.evidence[0]
                body += f"\n{ev.stance.value}: {_flat(_evidence_label(ev), 100)}: {_flat(ev.passage, 200)}"
            out.append(f"::{level} {','.join(props)}::{_gh_data(_plain(body))}")
        n = len(failing)
        status = f"{n} failing claim(s)" if n else "passes"
        out.append(
            f"::notice title={_gh_prop('factcheck')}::{_gh_data(name + ': ' + _summary_line(report) + '; ' + status)}"
        )
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- dispatch


def render(evaluations: Sequence[Any], fmt: str) -> str:
    """Render evaluations (one per draft) in a CLI output format.

    Args:
        evaluations: :class:`~factcheck.policy.Evaluation` objects or ``(report, failures)`` pairs.
        fmt: One of :data:`FORMATS`.

    Raises:
        ValueError: If ``fmt`` is unknown.
    """
    if fmt == "json":
        return to_json(evaluations)
    if fmt == "junit":
        return to_junit(evaluations)
    if fmt == "sarif":
        return to_sarif(evaluations)
    if fmt == "github":
        return to_github(evaluations)
    if fmt == "html":
        items = list(_pairs(evaluations))
        if len(items) == 1:
            report, failing, approved, _ = items[0]
            return to_html(report, failures=failing.values(), approved=approved)
        return _html_many(evaluations)
    single = {"text": to_text, "markdown": to_markdown}.get(fmt)
    if single is None:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    sep = "\n" if fmt == "text" else "\n---\n\n"
    return sep.join(single(r, failures=f.values(), approved=a) for r, f, a, _ in _pairs(evaluations))
