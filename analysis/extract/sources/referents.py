"""What an unnamed speaker's words stand for when the article names it nearby: a firm a definite
description calls by its trade ("the brewer" of "Australian brewer Fosters"), a group of people or
bodies a definite plural stands for ("the artists" of "artists Langlands & Bell"), the person an
indefinite description turns out to be in the next sentence ("A spokesman for the European
Anti-Fraud Office said ... spokesman Jorg Wojahn said") or a possessive one the article titles so
("his spokesman" and "Fiction Records spokesman Paul Smernicki"), the writer of a column's "I"."""

from __future__ import annotations

import bisect
import re

from analysis.extract.sources.context import _Context
from analysis.extract.sources.kinds import _COUNSEL_WORDS
from analysis.extract.sources.lexicons import _trade_heads
from analysis.extract.sources.words import _SUBJECT_DEPS, _words
from analysis.records import REFERENCE_LABELS, Mention

#: The first third-person pronoun after a description, in its sentence: "it" makes it a body's.
_PRONOUN = re.compile(r"\b(it|its|he|she|his|her|him)\b", re.IGNORECASE)
#: What joins two people named together: " and ", " & ", ", along with ", ", and ".
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|along\s+with|together\s+with)\s+|\s*,\s*")


#: The tagger's label for a body's name.
_BODY = frozenset({"ORG"})


def _sentence(ctx: _Context, pos: int) -> int:
    """The index of the sentence holding ``pos``."""
    return max(bisect.bisect_right(ctx.ix.sent_start_char, pos) - 1, 0)


def _sentence_span(ctx: _Context, k: int) -> tuple[int, int]:
    starts = ctx.ix.sent_start_char
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(ctx.text)


def _titles_a_name(ctx: _Context, word: str, before: int, labels: frozenset[str]) -> bool:
    """Whether the article, before ``before``, writes ``word`` as the title of a name it tags with one of
    ``labels`` ("Australian brewer Fosters", "Bafta-winning artists Langlands & Bell")."""
    for m in re.finditer(rf"\b{re.escape(word)}\s+(?=[A-Z])", ctx.text[:before], re.IGNORECASE):
        if any(x.start == m.end() and x.label in labels for x in ctx.speakers.mentions_in(m.end(), m.end() + 80)):
            return True
    return False


def firm_described(ctx: _Context, name: str, start: int | None, end: int | None) -> bool:
    """Whether a definite description is a firm called by its trade: "the brewer said ... that it was
    not looking to expand" after "Australian brewer Fosters", "The news and financial data seller said
    ..., adding it expected". Its head is a word for what a firm does (``trade_heads``) or the title the
    article gives a body it names, and the first pronoun after it in its sentence is "it" (a person is
    "he" or "she")."""
    words = _words(name)
    if start is None or end is None or len(words) < 2 or words[0] != "the":
        return False
    if any(m.label == "PERSON" for m in ctx.speakers.mentions_in(start, end)):
        return False
    head = words[-1]
    if head not in _trade_heads() and not _titles_a_name(ctx, head, start, _BODY):
        return False
    _a, b = _sentence_span(ctx, _sentence(ctx, start))
    pronoun = _PRONOUN.search(ctx.text, end, max(end, b))
    return pronoun is not None and pronoun.group(1).lower() in {"it", "its"}


def _named_together(ctx: _Context, a: int, b: int) -> bool:
    """Whether two or more different people are named together between ``a`` and ``b`` ("Patrick
    Healy and Yamiche Alcindor", "Hewitt, along with Andy Roddick and Marat Safin")."""
    names = [m for m in ctx.speakers.mentions_in(a, b) if m.label not in REFERENCE_LABELS and m.entity]
    return any(
        p.entity != q.entity
        and "PERSON" in {p.label, q.label}  # (the tagger may take one of two people for a place)
        and _JOINED.fullmatch(ctx.text[p.end : q.start]) is not None
        for p, q in zip(names, names[1:], strict=False)
    )


def pair_named_before(ctx: _Context, start: int) -> tuple[str, str] | None:
    """The last two different people named together ("Kenteris and Thanou dramatically withdrew") in the
    sentence of ``start`` or the two before it, outside quotation marks: whom "The pair" stands for."""
    a = _sentence_span(ctx, max(_sentence(ctx, start) - 2, 0))[0]
    names = [m for m in ctx.speakers.mentions_in(a, start) if m.label == "PERSON" and m.entity]
    pairs = [
        (str(p.entity), str(q.entity))
        for p, q in zip(names, names[1:], strict=False)
        if p.entity != q.entity
        and not ctx.in_direct_quote(p.start)
        and re.fullmatch(r"\s+(?:and|&)\s+", ctx.text[p.end : q.start]) is not None
    ]
    return pairs[-1] if pairs else None


def named_group(ctx: _Context, name: str, start: int | None) -> bool:
    """Whether a definite plural of people ("the artists", "all those players", "the writers") stands
    for a group the article has just named: the same plural as the title of a name before it
    ("Bafta-winning artists Langlands & Bell"), or two or more people named together in its sentence
    or the two before it ("an article by Patrick Healy and Yamiche Alcindor ... what the writers
    described as"). An identified group, not unnamed people."""
    words = _words(name)
    if start is None or not 2 <= len(words) <= 4 or words[0] not in {"the", "those", "these", "all"}:
        return False
    if words[0] == "all" and words[1] not in {"the", "those", "these"}:
        return False  # "all analysts": any of them
    head = words[-1]
    if not head.endswith("s") or head in ctx.anonymous_heads or not ctx.is_person_word(head[:-1]):
        return False
    if _titles_a_name(ctx, head, start, _BODY | {"PERSON"}):
        return True  # "artists Langlands & Bell"
    k = _sentence(ctx, start)
    return _named_together(ctx, _sentence_span(ctx, max(k - 2, 0))[0], start)


#: A definite plural of bodies, a number or a trade maybe: "the firms", "the two firms", "The tobacco
#: companies" (words written small: not "the US companies", bodies of a place, ``kinds``).
_THE_BODIES = re.compile(
    r"(?:[Tt]he|[Tt]hese|[Bb]oth)\s+(?:(?:two|three|four|five|six)\s+)?((?:[a-z][\w-]*\s+){0,2})([a-z]+)"
)
#: Labels the tagger gives a firm's name, rightly or not (ScanSoft a product, Gracenote a person).
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART"})


def named_bodies(ctx: _Context, name: str, start: int | None) -> bool:
    """Whether a definite plural of bodies ("the firms", "The companies", "the two firms") stands for
    bodies the article has named together before it ("ScanSoft and Gracenote", "Sony, Philips,
    Matsushita and Samsung", "Shares in Elan and Biogen Idec"): firms speaking together, an identified
    group, not unnamed ones ("The companies" of "lawsuits against 80 banks" names none)."""
    found = _THE_BODIES.fullmatch(name.strip())
    if start is None or found is None:
        return False
    head = found.group(2).lower()
    if not head.endswith("s") or (head[:-1] not in ctx.org_heads and head[:-3] + "y" not in ctx.org_heads):
        return False
    if head in ctx.anonymous_heads:
        return False  # "the authorities": a vague plural (police, prosecutors, officials), never firms named together
    # a trade before the head ("The tobacco companies") narrows it to bodies named in its sentence or
    # the two before ("Among the firms accused were Altria Group, RJ Reynolds Tobacco, ... and Brown and
    # Williamson"), not any two joined anywhere before
    since = _sentence_span(ctx, max(_sentence(ctx, start) - 2, 0))[0] if found.group(1) else 0
    names = [m for m in ctx.speakers.mentions_in(since, start) if m.label in _NAME_LABELS and m.entity]
    if name.split(" ", 1)[0].lower() == "both" and _two_bodies_near(ctx, start):
        return True  # "Both organisations also warned" after ECLAC said ... The IADB said ...
    return any(
        p.entity != q.entity
        and {p.label, q.label} != {"PERSON"}  # (two people are no firms)
        and not ctx.in_direct_quote(p.start)
        and _JOINED.fullmatch(ctx.text[p.end : q.start]) is not None
        for p, q in zip(names, names[1:], strict=False)
    )


def _two_bodies_near(ctx: _Context, start: int) -> bool:
    """Whether exactly two bodies are named (outside quotation marks) in the sentence of ``start`` or the
    three before it: the two "both" stands for, each named in its own sentence ("The United Nations' Economic
    Commission ... said ... The Inter-American Development Bank (IADB) said ... Both organisations")."""
    since = _sentence_span(ctx, max(_sentence(ctx, start) - 3, 0))[0]
    bodies = {
        m.entity
        for m in ctx.speakers.mentions_in(since, start)
        if m.label in _BODY and m.entity and not ctx.in_direct_quote(m.start)
    }
    return len(bodies) == 2


#: A plural of bodies and the list of what each one is: "Departments for defence, environment and trade",
#: "the governments of France and Germany".
_BODIES_LISTED = re.compile(
    r"(?:[Tt]he\s+)?([A-Za-z]+s)\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:,\s+[\w-]+)*,?\s+and\s+(?:the\s+)?[\w-]+"
)


def bodies_listed(ctx: _Context, name: str) -> bool:
    """Whether a plural of bodies lists its members in its own words, each by what it is for or of
    ("Departments for defence, environment and trade, which had all increased file destruction, said"):
    bodies the reader can name, speaking together (an identified group, not unnamed ones)."""
    found = _BODIES_LISTED.fullmatch(name.strip())
    if found is None:
        return False
    head = found.group(1).lower()
    return head not in ctx.anonymous_heads and (head[:-1] in ctx.org_heads or head[:-3] + "y" in ctx.org_heads)


#: What may stand right before a bare title: a sentence's start, a quote closed, "said", "the".
_BARE_BEFORE = r"(?:^|[,\"“”’']\s*|\b(?:said|says|added|the|its)\s+)"


#: The person or body an indefinite description serves, its last capitalised word: "Clinton" of "A
#: spokeswoman for Hillary Clinton".
_SERVED = re.compile(r"\bfor\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*([A-Z][\w'’-]+)$")


def named_next_sentence(
    ctx: _Context, name: str, start: int | None, end: int | None, head: str | None
) -> Mention | None:
    """The person an indefinite description ("A spokesman for the European Anti-Fraud Office said ...") is:
    the one the next sentence names with the same word as title or apposition ("spokesman Jorg
    Wojahn said", "Jorg Wojahn, the spokesman, said") or with a post of the same principal ("A
    spokeswoman for Hillary Clinton says ... || Clinton communications director Jennifer Palmieri
    spoke"), named nowhere before: one person the article identifies; None when there is none."""
    if start is None or end is None or head is None or name.split(" ", 1)[0].lower() not in {"a", "an"}:
        return None
    if not ctx.is_person_word(head):
        return None
    k = _sentence(ctx, start)
    if k + 1 >= len(ctx.ix.sent_start_char):
        return None
    a, b = _sentence_span(ctx, k + 1)
    text = ctx.text
    served = _SERVED.search(name)
    for m in ctx.speakers.mentions_in(a, b):
        if m.label != "PERSON" or not m.entity:
            continue
        if served and m.entity.rsplit(" ", 1)[-1] == served.group(1):
            continue  # "Clinton" of "Clinton communications director Jennifer Palmieri": whom the post serves
        if any(x.start < start for x in ctx.named.get(m.entity, [])):
            return None  # someone named before: not whom the description introduces
        if served and re.search(
            rf"\b{re.escape(served.group(1))}(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{1,3}}$", text[a : m.start]
        ):
            return (
                m  # "A spokeswoman for Hillary Clinton says ... || Clinton communications director Jennifer Palmieri"
            )
        # the bare word as title (", spokesman Jorg Wojahn said"), not another body's post ("Lib Dem home
        # affairs spokesman Mark Oaten": a different spokesman)
        # ("Judge Charles Harris QC made his remarks" after "a judge claimed": a title opening a sentence
        # is capitalised)
        titled = re.search(rf"{_BARE_BEFORE}{re.escape(head)}\s+$", text[a : m.start], re.IGNORECASE)
        apposed = re.match(rf",\s+(?:the\s+|an?\s+|its\s+)?{re.escape(head)}\b", text[m.end : b], re.IGNORECASE)
        if titled or apposed:
            return m
    return None


_SPACE = re.compile(r"\s*")


def named_after_lead(ctx: _Context, name: str, start: int | None, head: str | None) -> Mention | None:
    """The person a news lead's indefinite description of its speaker turns out to be: the name that opens
    the next paragraph as its first sentence's subject, named nowhere before ("..., a senior EU politician
    says. || Javier Solana, EU foreign policy chief, says ...", "A senior barrister who has resigned ... says
    ... || Ian MacDonald QC quit when ..."): a story's usual way of revealing who spoke. (``untagged`` checks
    that the article's role words for that person are not placed in another group than the description's: the
    lead's "witness" is not the "police chief" named next.)"""
    if start is None or head is None or name.split(" ", 1)[0].lower() not in {"a", "an"}:
        return None
    plural = head.endswith("s") and not head.endswith("ss")  # ("officials"; not "a witness", "an actress")
    if ctx.paragraph(start) != 0 or len(ctx.body) < 2 or not ctx.is_person_word(head) or plural:
        return None
    opening = _SPACE.match(ctx.text, ctx.body[1][0]).end()
    named = next((m for m in ctx.speakers.mentions_in(opening, opening + 1) if m.start == opening), None)
    if named is None or named.label != "PERSON" or not named.entity:
        return None
    if any(x.start < opening and not ctx.in_title(x.start) for x in ctx.named.get(named.entity, [])):
        return None  # named before: not whom the lead describes
    i, j = ctx.ix.tokens(named.start, named.end)
    if j <= i or ctx.doc[i:j].root.dep_ not in _SUBJECT_DEPS:
        return None
    return named


#: A possessive opening a description: "his ", "Donald J. Trump's ".
_POSSESSIVE_OPENING = re.compile(r"^(?:[Hh]is|[Hh]er|(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*['’]s)\s")
#: A possessive right before a title: "Clinton's " of "Clinton's lawyer Cheryl Mills" (someone else's post).
_OWNER_BEFORE = re.compile(r"([\w.]+)['’]s?\s+(?:[\w-]+\s+){0,2}$")


def possessed_titled(ctx: _Context, name: str, head: str | None) -> Mention | None:
    """The one person the article names with a possessive description's word as title or apposition
    ("his spokesman has said" and "Fiction Records spokesman Paul Smernicki said"; "Donald J. Trump's
    newly installed campaign chief" and "the campaign chief, Paul Manafort"): the description
    identifies that person. None when the article titles no one so, or several. An apposition must close
    ("Lee, his lawyer said" is a clause, not Lee's post)."""
    if head is None or not ctx.is_person_word(head) or not _POSSESSIVE_OPENING.match(name):
        return None
    if head in _COUNSEL_WORDS:
        return None  # someone's lawyer: ``kinds._kind_of_words`` reads the client
    text, found = ctx.text, {}
    for m in ctx.speakers.mentions_in(0, len(text)):
        if m.label != "PERSON" or not m.entity or m.entity in name:
            continue  # (not the possessor: "Trump's ... chief" is not Trump)
        window = text[max(0, m.start - 60) : m.start]
        titled = re.search(rf"\b{re.escape(head)},?\s+$", window, re.IGNORECASE)
        apposed = re.match(
            rf",\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}(?=\s*[,.;:)—–])",
            text[m.end : m.end + 80],
            re.IGNORECASE,
        )
        owner = _OWNER_BEFORE.search(window[: titled.start()]) if titled else None
        if owner is not None and owner.group(1) not in name:
            continue  # "Clinton's lawyer Cheryl Mills" is not "His lawyer" of Pagliano
        if titled or apposed:
            found.setdefault(m.entity, m)
    return next(iter(found.values())) if len(found) == 1 else None


#: The writer's own first person outside quotation marks: "I bought my son Max a 3G phone".
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me)\b")
#: An interview written as questions and answers: a paragraph opening "Q:" and one opening "A:".
_QUESTION = re.compile(r"^\s*Q[:.]", re.MULTILINE)
_ANSWER = re.compile(r"^\s*A[:.]", re.MULTILINE)


def the_writer(ctx: _Context, name: str) -> bool:
    """Whether an "I" nothing resolves is the one person the article is by or with: a column or an
    opinion piece whose lead is in the first person outside quotation marks ("Analyst Bill Thompson
    has seen the future ... || I bought my son Max a 3G phone"), or an interview written as questions
    and answers. Not readers' comments after a story told in the third person: their "I" is any reader."""
    if name != "I":
        return False
    if _QUESTION.search(ctx.text) and _ANSWER.search(ctx.text):
        return True
    return any(
        not _quoted(ctx.text[a : m.start()]) for a, b in ctx.body[:2] for m in _FIRST_PERSON.finditer(ctx.text, a, b)
    )


#: The first person plural: "we", "our", "us".
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def the_writers_body(ctx: _Context, name: str) -> bool:
    """Whether a "we" nothing resolves is the body the article is by: a blog post, a review or an
    editorial whose first two paragraphs speak as "we" outside quotation marks ("In July 2018, we
    recommended a $5.1 million grant", "We've spent the last several days taking the new Pro for a
    spin"): the charity, the site or the paper, an organisation (not one person)."""
    if name.lower() != "we":
        return False
    return any(
        not _quoted(ctx.text[a : m.start()])
        for a, b in ctx.body[:2]
        for m in _FIRST_PERSON_PLURAL.finditer(ctx.text, a, b)
    )


def _quoted(before: str) -> bool:
    """Whether the end of a paragraph's text so far lies inside quotation marks (whoever's words they are)."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
