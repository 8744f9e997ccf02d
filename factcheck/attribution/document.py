""":func:`find_attributions` and :func:`attribute_sentences` over a whole text: sentence by sentence,
quotes signed with a dash, speaker turns, spans merged with a tagger's (:func:`merge_spans`), and each source
classified and resolved with :mod:`factcheck.resolve`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from factcheck.attribution.lexicon import _ACRONYM_TAG, _LEXICON_PATH, _STRONG, _cue_regex, _learned_cues
from factcheck.attribution.phrases import _NAME_NOTE
from factcheck.attribution.records import AttributionSpan, Span, SpanTagger
from factcheck.attribution.sentence import _find_in_sentence
from factcheck.model import Attribution, SourceKind
from factcheck.resolve import _ANON_RE, SourceResolver, _is_plural, classify_source
from factcheck.segment import Sentence, split_sentences


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(
    rules: Sequence[AttributionSpan], tagged: Sequence[AttributionSpan], *, prefer: str = "tagger"
) -> tuple[AttributionSpan, ...]:
    """Union of rule and tagger attributions, one per cue.

    Args:
        rules: Attributions from the rules.
        tagged: Attributions from a learned tagger.
        prefer: ``"tagger"`` keeps every tagged attribution and the rule ones
            whose cue overlaps no tagged cue; ``"rules"`` the other way round.
            Where two cues overlap, the kept one borrows the other's source,
            content or aside when it has none.

    Returns:
        The merged attributions in text order.
    """
    if prefer not in ("tagger", "rules"):
        raise ValueError(f"prefer must be 'tagger' or 'rules', got {prefer!r}")
    first, second = (tagged, rules) if prefer == "tagger" else (rules, tagged)
    out = []
    for sp in first:
        twin = next((o for o in second if _overlap(sp.cue, o.cue)), None)
        if twin is not None and sp.source is None and twin.source is not None:
            sp = attrs.evolve(sp, source=twin.source)
        if twin is not None and not sp.content and twin.content:
            sp = attrs.evolve(sp, content=twin.content)
        if twin is not None and sp.aside is None and twin.aside is not None and sp.source is not None \
                and sp.source[1] <= twin.aside[0] and twin.aside[1] <= sp.cue[0]:  # fmt: skip
            sp = attrs.evolve(sp, aside=twin.aside)
        out.append(sp)
    out.extend(sp for sp in second if not any(_overlap(sp.cue, o.cue) for o in first))
    out.sort(key=lambda sp: sp.cue)
    return tuple(out)


_DASH_QUOTE = re.compile(
    r"(?P<quote>(?:[“\"]|(?m:^)”)[^“”\"\n]{8,}[”\"])[ \t\u00a0]*(?P<cue>[―—–]|--)[ \t\u00a0]*"
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'.-]*|de|del|la|van|von|al|bin)){0,4})"
    r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\n|$)"
)


def _sentence_at(starts: Sequence[int], pos: int) -> int:
    """Index of the sentence holding offset ``pos``, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _dash_quotes(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Quotes signed with a dash at the end of a line (“...” ― Jane Doe): the dash is the cue."""
    out = []
    starts = [s.start for s in sents]
    for m in _DASH_QUOTE.finditer(text):
        a, b = m.span("source")
        if text[b - 1] == "." and b - a > 2 and text[b - 3] not in " .\u00a0":  # "Sanchez." but not "G."
            b -= 1
        cue = m.span("cue")
        out.append(AttributionSpan(cue=cue, source=(a, b), content=(m.span("quote"),),
                                   sentence=_sentence_at(starts, cue[0]), preposed=False))  # fmt: skip
    return out


_SPEAKER = re.compile(
    r"(?m)(?:^[ \t\u00a0]*|(?<=[.!?][\"”])[ \t\u00a0]+)(?=[“\"]?[ \t\u00a0]*"  # a line, or after a quoted turn
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,3})"
    r"[ \t\u00a0]*(?P<cue>:)[ \t\u00a0]+(?P<content>[^\n]*\S))"  # a lookahead: turns on one line overlap
)
# Labels that head a line like a speaker but name none: "Editor's note:", "UPDATE:", "The Latest:".
_NOT_SPEAKERS = frozenset(
    "a abstract advertisement age analysis answer background bottom breaking caption category city claim said says added adds "
    "clarification contact context correction credit daily date delegates disclaimer editor editors email "
    "e-mail exclusive facebook fact follow headline image instagram job latest live location morning name "
    "newsletter note notice paid photo photos pledged poll polls q question read related reporting result "
    "results source sources stat subscribe summary superdelegates tags topics total transcript twitter "
    "update updated verdict video warning watch week where when why what who how".split()
)
_HEADLINE_WORDS = frozenset("a an and as at by for from in is are of on over the to with vs".split())


_SAID_FIRST = re.compile(
    r"[ \t\u00a0]*(?P<cue>Said|Says|Added|Adds)[ \t\u00a0]+"
    r"(?P<source>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,3})[ \t\u00a0]*[:,][ \t\u00a0]*"
    r"(?P<content>[“\"][^\n]*\S)"
)


def _said_first(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Sentences that open with the cue: 'Said Ellis: “I don't get the sense ...”'."""
    out = []
    for si, sent in enumerate(sents):
        m = _SAID_FIRST.match(text, sent.start, sent.end)
        if m is not None:
            out.append(AttributionSpan(cue=m.span("cue"), source=m.span("source"), content=(m.span("content"),),
                                       sentence=si, preposed=True))  # fmt: skip
    return out


def _speaker_turns(text: str, sents: Sequence[Sentence]) -> list[AttributionSpan]:
    """Lines opened by a speaker label ("WALLACE: ...", "Mayor Ortiz: Tunnel will open in March").

    The colon is the cue and the rest of the line's first sentence the content (the turn's
    later sentences continue the account). A label is at most four
    capitalised words, none a headline's function word ("Stealth Over Health:") or a word that
    labels something other than a speaker ("Editor's note:", "UPDATE:", "The Latest:"); the
    content has at least three words and does not open with a figure ("Clinton: 547").
    """
    out = []
    starts = [s.start for s in sents]
    for m in _SPEAKER.finditer(text):
        label = m.group("source")
        words = [w.strip(".’'").lower() for w in label.split()]
        if any(w in _NOT_SPEAKERS or w in _HEADLINE_WORDS or w.endswith(("’s", "'s")) for w in words):
            continue
        content = m.group("content")
        if len(content.split()) < 3 or content[0].isdigit() or "@" in content.split()[0]:
            continue
        a, b = m.span("source")
        cue = m.span("cue")
        si = _sentence_at(starts, cue[0])
        c0, c1 = m.span("content")
        if si + 1 < len(sents) and sents[si + 1].start < c1:  # the turn's later sentences continue it
            c1 = min(c1, sents[si].end)
        out.append(AttributionSpan(cue=cue, source=(a, b), content=((c0, c1),), sentence=si, preposed=True))
    return out


def find_attributions(
    text: str,
    sentences: Sequence[Sentence] | None = None,
    *,
    lexicon: str | Path | None = _LEXICON_PATH,
    min_strong: float = 0.6,
    tagger: SpanTagger | None = None,
    prefer: str = "tagger",
) -> tuple[AttributionSpan, ...]:
    """All attribution relations in ``text``, in text order.

    Args:
        text: The article.
        sentences: Its sentences, if already split (see :func:`split_sentences`).
        lexicon: JSON file of learned cues (``scripts/train_attribution_cues.py``);
            None uses the built-in lexicon of reporting verbs only. The learned
            lexicon follows PolNeAR, which also counts evaluative verbs
            ("praised", "criticized") as cues; claim extraction uses None so
            that "Kim praised the workers" stays an event, not Kim's assertion.
        min_strong: Learned cues annotated at least this often count as speech
            verbs (no check of what follows them).
        tagger: A built learned tagger (opt-in, slow: it runs an encoder);
            its attributions are merged with the rules' (:func:`merge_spans`).
        prefer: Which side wins where rule and tagger cues overlap.

    Returns:
        One :class:`AttributionSpan` per cue that has a source or content.
    """
    if not isinstance(text, str) or not text:
        return ()
    learned = _learned_cues(str(lexicon)) if lexicon is not None else ()
    cue_re = _cue_regex(tuple(sorted(c for c, _ in learned)))
    strong = _STRONG | frozenset(c for c, r in learned if r >= min_strong)
    sents = split_sentences(text) if sentences is None else sentences
    out: list[AttributionSpan] = []
    for i, sent in enumerate(sents):
        try:
            out.extend(_find_in_sentence(text, sent, i, cue_re, strong))
        except (ValueError, IndexError, AssertionError):  # pragma: no cover - defensive
            continue
    extra = (*_dash_quotes(text, sents), *_speaker_turns(text, sents), *_said_first(text, sents))
    dashed = [sp for sp in extra if not any(_overlap(sp.cue, o.cue) for o in out)]
    if dashed:
        out = sorted([*out, *dashed], key=lambda sp: sp.cue)
    if tagger is not None:
        return merge_spans(out, tagger.find(text, sents), prefer=prefer)
    return tuple(out)


def _chain_names(text: str, span: AttributionSpan) -> tuple[str, ...]:
    names = []
    if span.via is not None:
        names.append(text[span.via[0] : span.via[1]])
    if span.source is not None:
        names.append(text[span.source[0] : span.source[1]])
    names.extend(text[a:b] for a, b in span.chain)
    return tuple(names)


def _bare_plural(written: str) -> bool:
    """An unnamed group with no article: "Western diplomats", "U.S. officials" (not "the officials")."""
    return _is_plural(written) and not re.match(r"(?:the|these|those|its|his|her|their)\s", written, re.I)


#: The name a source goes by, after it: "the agency[, known as BNPB]".
_KNOWN_AS_NAME = re.compile(r",\s+(?:locally\s+|widely\s+)?known\s+(?:locally\s+)?as\s+(\S.*)$")
#: A role, then the name of who fills it: "the operator, Eléctricos de Lisboa".
_ROLE_THEN_NAME = re.compile(r"^(?:the|its|their)\s+[a-z][a-z\s-]*,\s+([A-Z][^,]*)$")
#: An acronym in brackets inside a source's phrase, not at its end.
_INNER_TAG = re.compile(r"\s" + _ACRONYM_TAG + r"(?=\s+[A-Za-z])")


#: A news outlet told what the source said, right after the cue: "told [the Agência Índico de Notícias] that".
_TOLD_OUTLET = re.compile(
    r"(?:told|tells)\s+((?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|de|do|da|di|of|for|and|&)){0,6}?)"
    r"(?=\s+(?:that|on|in|at|last|this|earlier|late|he|she|they|it|the|a|an)\b|\s*[,.;:\"”]|\s*$)"
)


def attribute_sentences(
    text: str, sentences: Sequence[Sentence], spans: Iterable[AttributionSpan] | None = None
) -> dict[int, list[tuple[AttributionSpan, Attribution]]]:
    """Attributions per sentence index, resolved to :class:`Attribution` records.

    Args:
        text: The article.
        sentences: Its sentences.
        spans: Attribution spans, if already found.

    Returns:
        Sentence index -> list of (span, attribution) in text order.
    """
    found = find_attributions(text, sentences, lexicon=None) if spans is None else tuple(spans)
    resolver = SourceResolver(text).build()
    out: dict[int, list[tuple[AttributionSpan, Attribution]]] = {}
    for sp in found:
        if sp.source is None:
            continue
        written = text[sp.source[0] : sp.source[1]]
        # (a note on the name is no part of it, "X (also written Y)", nor the acronym of a body before a person's
        # title: "Kampala Capital City Authority (KCCA) executive director Moses Kibirige")
        bare = _INNER_TAG.sub("", _NAME_NOTE.sub("", written))
        bare = _KNOWN_AS_NAME.sub(r" (\1)", bare)  # "the agency, known as BNPB": "the agency (BNPB)"
        role = _ROLE_THEN_NAME.match(bare)
        bare = role.group(1) if role else bare  # "the operator, Eléctricos de Lisboa": the operator's name
        kind, canon = resolver.resolve(
            text[sp.antecedent[0] : sp.antecedent[1]] if sp.antecedent else bare, at=sp.source[0]
        )
        if role and kind is SourceKind.PERSON and (of_role := classify_source(role.group(0).split(",")[0])[0]) not in (
                SourceKind.PERSON, SourceKind.UNATTRIBUTED):  # fmt: skip
            kind = of_role  # the operator is a body, whatever its name looks like; the head of an office, an official
            resolver.reclassify_last(kind)  # (and so when named again)
        if (
            kind in (SourceKind.OFFICIAL, SourceKind.PERSON, SourceKind.EXPERT)
            and (
                re.match(r"(?:an?|one|two|three|several|some)\s", written, re.I)
                or _bare_plural(written)
                or re.fullmatch(r"[Tt]he\s+[a-z][\w\s-]*", written) is not None  # "The official, who spoke on condition ..."
            )
            and 0 <= sp.sentence < len(sentences)
            and _ANON_RE.search(text[sentences[sp.sentence].start : sentences[sp.sentence].end])
        ):  # "a senior official ... told reporters, speaking on condition of anonymity"
            kind = SourceKind.ANONYMOUS
            resolver.reclassify_last(kind)  # "the official" later is anonymous too
        for a, b in sp.chain:
            resolver.resolve(text[a:b])
        chain = _chain_names(text, sp)
        told = _TOLD_OUTLET.match(text, sp.cue[0])
        if told and classify_source(told.group(1))[0] in (SourceKind.NEWS_MEDIA, SourceKind.STATE_MEDIA):
            chain = (told.group(1), *chain)  # "told the Agência Índico de Notícias that ...": the outlet reported it
        attribution = Attribution(
            source=written,
            source_kind=kind,
            canonical=canon,
            cue=re.sub(r"\s+", " ", text[sp.cue[0] : sp.cue[1]]),
            source_start=sp.source[0],
            source_end=sp.source[1],
            chain=chain,
            inherited=False,
        )
        out.setdefault(sp.sentence, []).append((sp, attribution))
    return out
