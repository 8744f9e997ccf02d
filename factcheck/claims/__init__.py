"""Atomic claims with spans, kind, hedging, check-worthiness and attribution.

``extract_claims(text)`` runs: sentence segmentation (:mod:`factcheck.segment`)
-> attribution (:mod:`factcheck.attribution`) -> per sentence, atomic
decomposition:

* the attribution frame is cut off ("..., state media reported Monday");
* coordinated clauses (", but the ...", "; ...") become separate claims;
* a trailing participial clause ("..., approving plans to boost output")
  becomes its own claim with the subject restored ("Kim approved plans ...");
* an appositive ("Jagang province, a hub of ...") adds a claim about its head;
  one right after the subject ("Ana Diaz, the mayor, opened ...") is also cut
  out of the main claim ("Ana Diaz opened ...");
* a predicate that a source shares with its cue ("Diaz opened the bridge and
  said ...") is the reporter's claim with the source as its subject;
* a bullet item after a lead-in ending in ":" is a claim joined to the lead-in;
* an inline list of three or more items ("toured a mill, a depot and a plant")
  gives one claim per item, spans pointing at the lead-in, the item and the rest;
* a quote signed with a dash at the end of a line ("“...” ― Jane Doe") is
  attributed to the signer;
* a claim opening with "He" / "She" / "It" (or "His" / "Her" / "Its") gets the previous subject when it is
  safe: a titled name for people ("leader Kim Jong Un"), a short definite noun
  phrase for things; expletive "It is unclear ..." stays as written;
* a pronoun opening reported content stands for the sentence's own source
  only when they agree: he/she a person ("Mayor Ana Diaz said she ..."),
  it/its a singular thing ("The ministry said it ..."); "Police say he ..."
  keeps "he".

Sentences without their own cue inherit the attribution of a reported account
in the same paragraph when their subject is an actor of that account.

Whose claim a report gives (a denial, a thing reported, a share of respondents,
a characterisation, a report inside a relative clause) is decided by the rules
in :mod:`factcheck.reports`; the word lists both modules use live in
:mod:`factcheck.wording`.

The package reads in layers, each module using only those before it: :mod:`~factcheck.claims.kinds` (kind
and hedging), :mod:`~factcheck.claims.subjects` (subjects, reported accounts, open quotations),
:mod:`~factcheck.claims.clauses` (cutting a region into pieces), :mod:`~factcheck.claims.decompose` (one
sentence into claim pieces) and :mod:`~factcheck.claims.extractor` (:class:`ClaimExtractor`).
"""

from factcheck.claims.extractor import ClaimExtractor, extract_claims

__all__ = ["ClaimExtractor", "extract_claims"]
