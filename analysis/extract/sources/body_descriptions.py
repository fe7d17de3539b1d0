"""A body's description written right before its name: "Luxury goods group LVMH", "UK banking group
Barclays", "Germany's financial watchdog BaFin", "mortgage lender Bradford & Bingley". News says what a
body is there, as an apposition says it for a person; the words are the body's role, and its group is
what the lexicon reads in them (a word the lexicon does not hold, "housebuilder", is no body's word here)."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.groups import known_body, role_group
from analysis.extract.sources.lexicons import _trade_heads
from analysis.records import Mention

#: Part-of-speech tags of the words a description before a name is made of: nouns and adjectives ("UK
#: banking group", "Boston-based private investment firm"), a place's possessive ("Germany's"), a number.
_DESCRIBING = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS", "HYPH"})
#: Labels of a name inside the words that would make them another body's or person's, not a description
#: (a place or a people may stand in one: "UK banking group", "Germany's financial watchdog").
_OTHER_NAMES = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def described_before_name(ctx: _Context, named: Iterable[Mention]) -> Role | None:
    """The words right before one of a body's names (a "the" between may stand: "Civil liberties group the
    Electronic Frontier Foundation") that end on a word for a body written small ("group", "firm",
    "watchdog", ``organisation_heads``; or for a trade, "producer", "miner"), back to the first word that
    is no noun, adjective or possessive in the same sentence ("Shares in | engineering group Jarvis").
    The headline is left out. None when no mention has such words."""
    doc, ix = ctx.doc, ctx.ix
    heads = ctx.org_heads | _trade_heads()
    for m in sorted(named, key=lambda m: m.start):
        if ctx.in_title(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        k = i - 1
        the = k >= 0 and doc[k].lower_ == "the"
        k -= the
        if k < 0 or i >= len(doc) or ix.sent_of[k] != ix.sent_of[i]:
            continue
        head = doc[k]
        if not (head.is_lower and head.is_alpha and head.tag_ in {"NN", "NNS"} and head.lower_ in heads):
            continue
        first = k
        while (
            first > 0
            and ix.sent_of[first - 1] == ix.sent_of[k]
            and doc[first - 1].tag_ in _DESCRIBING
            and doc[first - 1].lower_ not in heads  # "In a monthly report | anti-virus firm Sophos said"
        ):
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if before is not None and before.tag_ in {"DT", "PRP$"} and (the or before.lower_ != "the"):
            # "its group", "this firm": a noun phrase of its own; "released by the Trump campaign the AP
            # report": two phrases, no description of the name
            continue
        a, b = doc[first].idx, head.idx + len(head)
        since = ix.sent_start_char[ix.sent_of[k]]
        if any(x.label in _OTHER_NAMES and x.end >= a - 1 for x in ctx.speakers.mentions_in(since, b)):
            # a name inside the words or right before them: "told the Associated Press news agency
            # Contrack's withdrawal" describes the Associated Press
            continue
        known = known_body(m.entity or m.text)
        if known is not None and role_group(ctx.text[a:b], False, ctx.story) != known[1]:
            continue  # "business lobby group the CBI", "media watchdog Ofcom": a known body keeps its own group
        return ctx.text[a:b], a, b, False
    return None
