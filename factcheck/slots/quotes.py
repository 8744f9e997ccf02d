"""Quotations: whether a claim's quotations are found word for word in a passage
(:func:`quotation_found`), and where one is rendered in other words, a misquote (:func:`compare_quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Mismatch
from factcheck.slots.lexicon import _NEGATIONS, _fold, _is_content


#: A quotation inside a claim, in straight or curly double quotes.
_QUOTED = re.compile(r"[\"“]([^\"“”]{8,}?)[\"”]")
#: Fewest words a quotation needs to be compared word for word (shorter ones are scare quotes). Three (from four):
#: "flood barriers had [done their job]" is a quotation to find; on the read stories one verdict won, none lost.
QUOTE_MIN_WORDS = 3
#: Share of a claim's words that quotations found word for word must make up for the claim to count as found.
QUOTE_SHARE = 0.6
#: Verbs that frame a quotation, not part of what is checked.
_SAYING = frozenset(
    "said says say called calls call described describes describe told tells added adds according warned warns "
    "insisted insists stated states wrote writes declared declares labelled labeled branded termed".split()
)
#: Share of the content words outside its quotations a passage must give for a claim's verbatim quotations to
#: count when they make up less than :data:`QUOTE_SHARE` of it.
QUOTE_CONTEXT = 0.75


#: Contractions outlets write out or keep as they like ("we've" / "we have"): compared written out.
_CONTRACTIONS = (
    (re.compile(r"\bcan't\b"), "can not"), (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'ve\b"), " have"), (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ll\b"), " will"), (re.compile(r"'d\b"), " would"), (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\b(it|that|there|what|he|she|who)'s\b"), r"\1 is"), (re.compile(r"\blet's\b"), "let us"),
)


def _quote_words(text: str) -> list[str]:
    low = _fold(text.replace("’", "'").replace("‘", "'")).lower()
    for pattern, full in _CONTRACTIONS:
        low = pattern.sub(full, low)
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", low)


def _substantive(words: Sequence[str]) -> bool:
    """Whether a changed stretch of a quotation matters: a content word, a number or a negation."""
    return any(_is_content(w) or w[0].isdigit() or w in _NEGATIONS or w in _PARTICLES for w in words)


#: Particles of a phrasal verb: "cool [down]" and "cool [off]" are two quotations.
_PARTICLES = frozenset("up down off out away back".split())


def _long_quotations(claim: str) -> list[list[str]]:
    """The words of each sentence of ``claim``'s quotations of :data:`QUOTE_MIN_WORDS` words or more (shorter ones
    are scare quotes): a report may quote one sentence of the speaker's two ("... without delay," he told reporters)."""
    return [qw for m in _QUOTED.finditer(claim) for part in _QUOTE_SENTENCE.split(m.group(1))
            if len(qw := _quote_words(part)) >= QUOTE_MIN_WORDS]  # fmt: skip


#: Where one sentence of a quotation ends and the next begins: "... without delay. Early treatment ...".
_QUOTE_SENTENCE = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])")


def _spaced(words: Sequence[str]) -> str:
    """Words joined and padded with spaces, so that one run is found in another only at word boundaries."""
    return f" {' '.join(words)} "


def quotation_found(claim: str, passage: str) -> bool:
    """Whether one of ``claim``'s quotations of :data:`QUOTE_MIN_WORDS` words or more stands word for word in
    ``passage`` (however much of the claim it makes up)."""
    joined = _spaced(_quote_words(passage))
    return any(_spaced(qw) in joined for qw in _long_quotations(claim))


def compare_quotes(claim: str, passage: str) -> tuple[bool, Mismatch | None]:
    """Whether ``claim``'s quotations appear word for word in ``passage`` (and make up at least
    :data:`QUOTE_SHARE` of its words), and the first one the passage renders with other words (a misquote:
    "necessary to keep flying" against "needed to keep flying").

    Quotations shorter than :data:`QUOTE_MIN_WORDS` words are skipped, and contractions are compared written
    out. A passage that quotes only part of a quotation is no misquote; a content word, number or negation
    replaced, added or dropped inside it is.
    """
    import difflib

    quoted, miss = 0, None
    joined = _spaced(_quote_words(passage))
    # a misquote is judged against what the passage quotes, its interrupted parts joined ("...," she said. "...")
    pw = _quote_words(" ".join(m.group(1) for m in _QUOTED.finditer(passage)))
    quotes = _spaced(pw)
    for qw in _long_quotations(claim):
        if _spaced(qw) in joined or _spaced(qw) in quotes:
            quoted += len(qw)
            continue
        if miss is not None or not pw:
            continue
        # candidate windows start where one of the quotation's first three words, or its last, stands
        starts = {i - k for i, w in enumerate(pw) for k in range(3) if w == qw[k]}
        starts |= {i - len(qw) + 1 for i, w in enumerate(pw) if w == qw[-1]}
        # windows of the quotation's length give or take two words: the passage may quote on, or quote again
        # (the most words in common, then ending and starting as the quotation does, then the closest length)
        key: tuple[int, bool, bool, int] = (0, False, False, 0)
        best, window = 0.0, []
        for lo in sorted({max(0, x) for x in starts if x < len(pw)}):
            for size in range(max(2, len(qw) - 2), len(qw) + 3):
                cand = pw[lo : lo + size]
                matcher = difflib.SequenceMatcher(a=qw, b=cand, autojunk=False)
                k = (sum(b.size for b in matcher.get_matching_blocks()), cand[-1:] == qw[-1:], cand[:1] == qw[:1],
                     -abs(size - len(qw)))
                if k > key:
                    key, best, window = k, matcher.ratio(), cand
        # a short quotation with a phrase reworded ("not pay [a single] cent" / "not pay [one] cent") counts
        # when it starts and ends as the passage's does
        anchored = window[:1] == qw[:1] and window[-1:] == qw[-1:]
        if best < 0.7 and not (anchored and best >= 0.6):
            continue
        ops = difflib.SequenceMatcher(a=qw, b=window, autojunk=False).get_opcodes()
        # the window runs past the quotation's end: drop what follows the last run of two equal words
        while ops and (ops[-1][0] != "equal" or (len(ops) > 1 and ops[-1][2] - ops[-1][1] < 2 and ops[-1][2] < len(qw))):
            ops.pop()
        if ops and ops[-1][2] < len(qw) and ops[-1][4] < len(window):
            # the quotation's last words stand where the passage goes on with others ("enormous [potential]"
            # against "enormous [history] and a passionate community")
            i_end, j_end = ops[-1][2], ops[-1][4]
            ops.append(("replace", i_end, len(qw), j_end, min(len(window), j_end + len(qw) - i_end)))
        if ops and ops[0][0] == "delete" and window[:1] == pw[:1]:
            ops.pop(0)  # the passage quotes from later on ("betrayed the trust ..." of "He betrayed the trust ...")
        inner = [op for op in ops[1:] if op[0] != "equal"] if ops and ops[0][0] == "equal" else []
        if ops and ops[0][0] == "replace" and ops[0][2] <= 2 and len(ops) > 1 and ops[1][2] - ops[1][1] >= 3:
            # the first word or two reworded before a run the passage quotes word for word ("[restore]
            # confidence in our external accounts" / "[rebuild] confidence in our external accounts")
            inner = [op for op in ops if op[0] != "equal"]
        # a stretch replaced word for word counts the words that differ ("[stone by stone]" / "[brick by brick]": 2)
        changed = sum(sum(a != b for a, b in zip(qw[i1:i2], window[j1:j2])) if i2 - i1 == j2 - j1 else
                      max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in inner)  # fmt: skip
        inner = [op for op in inner if _substantive([*qw[op[1] : op[2]], *window[op[3] : op[4]]])]
        # a few words changed; more in a quotation that otherwise stands word for word (ratio >= 0.75: "We have to
        # [adapt] to a market that is not coming back [soon]" against "... [adjust our cost base] ... [quickly]")
        if inner and changed <= (max(2, len(qw) // 4) if best < 0.75 else max(3, len(qw) // 2)):
            _, i1, i2, j1, j2 = inner[0]
            miss = Mismatch("quote", " ".join(qw[max(0, i1 - 1) : i2 + 1]), " ".join(window[max(0, j1 - 1) : j2 + 1]))
    # found word for word, and the claim is mostly quotation: a few quoted words in a longer claim prove little,
    # unless the passage also gives the claim's other content words (who said it, of what): 'Rail Users Silesia
    # called the decision "a step backwards for the region"' against '"This is a step backwards for the region,"
    # said a spokesman for Rail Users Silesia'
    if quoted >= QUOTE_SHARE * len(_quote_words(claim)):
        return True, miss
    rest = [w for w in _quote_words(_QUOTED.sub(" ", claim)) if _is_content(w) and w not in _SAYING]
    present = set(_quote_words(passage))
    around = bool(rest) and sum(w in present for w in rest) >= QUOTE_CONTEXT * len(rest)
    return quoted >= QUOTE_MIN_WORDS and around, miss
