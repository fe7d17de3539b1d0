"""The body a speaker speaks for: the issuer of a document or statement, an employer named in
the article or well known."""

from __future__ import annotations

import re

from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.context import _Context
from analysis.extract.sources.groups import known_body, role_group
from analysis.extract.sources.lexicons import (
    _document_heads,
    _employer_heads,
    _known_body_patterns,
    _known_names,
    _role_lexicon,
    _title_defaults,
    _trade_heads,
)
from analysis.extract.sources.names import _a_company, _a_team, _expanded, _longer_org_names, _spelled_out
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.words import _label, _words, undotted

#: When a document came out, between it and its issuer: "a report earlier this week from the British Retail
#: Consortium", "new figures released on Tuesday by the British Phonographic Industry".
_WHEN = r"(?:(?:earlier|later)\s+)?(?:on|this|last|in)\s+(?:[A-Z][a-z]+day|week|month|year|weekend|\d{4})\s+"
#: The issuer named right after a document: "a report published by ...", "a complaint filed by the
#: S.E.C.", "an analysis released by the Army", "a survey from ...".
_ISSUED_BY = re.compile(
    rf"\s*,?\s*(?:{_WHEN})?(?:(?:which|that)\s+(?:was|were|is)\s+)?(?:(?:published|released|issued|filed|"
    rf"commissioned|compiled|produced|conducted|carried out|written|prepared|drawn up|gathered|collected|revealed)\s+)?"
    rf"(?:{_WHEN})?(?:by|from)\s+([^,.;:\"“”()]{{2,80}})"
)


def _issuer_group(ctx: _Context, end: int) -> str:
    """The group of the body that issued a document, named right after it in the text."""
    m = _ISSUED_BY.match(ctx.text, end)
    if m is None:
        return "unknown"
    issuer = _parsed_phrase(ctx, m.start(1)) or m.group(1)
    groups = {_named_issuer_group(ctx, part) for part in re.split(r"\s+and\s+(?=[a-z])", issuer)} - {"unknown"}
    # bodies of different fields, the second brought in by its own words ("conducted by security firm Mirapoint
    # and market research company the Radicati Group"; not "the Securities and Exchange Commission"): none decides
    return groups.pop() if len(groups) == 1 else "unknown"


def _parsed_phrase(ctx: _Context, at: int) -> str | None:
    """The noun phrase the parse finds at ``at`` with the ones joined to it by "and" ("eBay" of "collected by
    eBay suggests that ..."), or None when the parse has none there."""
    i = ctx.ix.token_before(at + 1)
    if i < 0 or ctx.doc[i].idx != at:
        return None
    head = ctx.doc[i]
    while head.dep_ not in {"pobj", "conj"} and head.head is not head and head.head.i > head.i:
        head = head.head  # "security firm Mirapoint": up to the noun "by" governs
    if head.dep_ not in {"pobj", "conj"}:
        return None
    last = max([head, *head.conjuncts], key=lambda t: t.i)
    a = noun_phrase(ctx.doc, head)[0]
    b = noun_phrase(ctx.doc, last)[1]
    return ctx.text[min(a, at) : b] if b > at else None


def _named_issuer_group(ctx: _Context, issuer: str) -> str:
    group = role_group(issuer, generic=False)
    if group == "unknown":
        group = _employer_group(ctx, issuer)
    return group if group != "unknown" else role_group(issuer)


def _earlier_issuer(ctx: _Context, name: str, before: int, later: bool = False) -> str:
    """The group of the body a definite document ("the report") was credited to earlier in the
    article with the same word: "a World Bank report", "Oxfam's report", "Oxfam says in a report",
    "a report by the IMF". The nearest one before ``before`` decides; "unknown" when none. With
    ``later``, the first one after ``before`` instead: the lead's "a report says" that the body goes on to
    credit ("The Hefce report, drawing on child benefits data, said")."""
    noun = (_words(name) or [""])[-1]
    if noun not in _document_heads():
        return "unknown"
    # "the report" may stand for "a study by Gartner" said just before: a study's words are its report's
    nouns = f"(?:{noun}|{'|'.join(_STUDY_NOUNS)})" if noun in _STUDY_NOUNS else noun
    body = r"((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*)"
    patterns = (
        # (the article may open a sentence with it: "A National Audit Office report on ...", "The Hefce report")
        rf"\b(?:[Aa]n?|[Tt]he)\s+{body}(?:['’]s?)?\s+(?:new\s+|latest\s+|annual\s+)?{nouns}\b",
        rf"\b{body}['’]s?\s+(?:new\s+|latest\s+|annual\s+)?{nouns}\b",
        rf"\b{body}\s+(?:says|said|warns|warned|finds|found)\s+in\s+(?:a|an|its)\s+(?:new\s+)?{nouns}\b",
        rf"\b{nouns}\s+(?:{_ISSUING}\s+)?(?:by|from)\s+(?:the\s+)?{body}",
        # "research from technology analysts Gartner", then "the report": the firm's kind before its name
        # (a sentence may open with it: "Research by handset maker Nokia shows ... || According to the study")
        rf"\b(?i:{noun}|research|study|survey|report)\s+(?:{_ISSUING}\s+)?(?:by|from)\s+((?:[a-z][\w-]*\s+){{1,3}}(?:the\s+)?{body[1:-1]})",
        # "Andrew Pearson, European boss of Workshare which commissioned the research"
        rf"\b{body},?\s+(?:which|that|who)\s+(?:had\s+)?commissioned\s+the\s+{nouns}\b",
    )
    text = ctx.text[before:] if later else ctx.text[:before]
    found = [(m.start(1), m.group(1)) for p in patterns for m in re.finditer(p, text)]
    for at, issuer in sorted(found, reverse=not later):
        if ctx.in_title(at + (before if later else 0)):
            continue
        # the issuer's own kind first when the article gives it ("the report by telecoms giant BT")
        group = role_group(issuer, name=not issuer[:1].islower())
        if group == "unknown" and (known := known_body(issuer)) is not None:
            group = known[1]
        if group == "unknown" and (long_name := _spelled_out(ctx, issuer)) is not None:
            group = role_group(long_name[0], name=True)  # "The Hefce report": the Higher Education Funding Council's
        if group == "unknown" and issuer in ctx.named:
            group = _employer_group(ctx, issuer)  # "Workshare": the article's "document security firm Workshare"
        if group != "unknown":
            return group
    return "unknown"


#: Verbs between a document and its issuer: "figures revealed by the Electoral Commission".
_ISSUING = r"(?:published|released|revealed|issued|compiled|gathered|collected|produced|conducted|carried\s+out)"
#: Words for a piece of research, each standing for another in one story ("a study by Gartner ... said
#: the report", "Research by handset maker Nokia ... According to the study").
_STUDY_NOUNS = ("report", "study", "survey", "research")


def _employer_names(ctx: _Context, role: str) -> tuple[list[str], set[str]]:
    """(known bodies, other organisations) the article names inside a role: short names it spells
    out count whatever the tagger made of them ("Apacs", tagged a person, after "Association for
    Payment Clearing Services (Apacs)")."""
    known = [body for body, pattern in _known_body_patterns() if pattern.search(undotted(role))]
    orgs = {e for e, ms in ctx.named.items() if e in role and (_label(ms) == "ORG" or _spelled_out(ctx, e))}
    return known, orgs


def _employer_decides(ctx: _Context, role: str) -> bool:
    """Whether a role is only a post at the top of a body (``employer_heads``: "chief executive",
    "vice chairman", "executive director") besides the body's name: then the body says in which field
    the person works ("the chief executive of Ora Media" is media), not the post's default."""
    known, orgs = _employer_names(ctx, role)
    rest = role
    for body in sorted([*known, *orgs], key=len, reverse=True):
        rest = rest.replace(body, " ")
    if rest == role:
        return False  # no body named
    words = [w for w in _words(rest) if w not in _FUNCTION_WORDS]
    heads = _employer_heads()
    return bool(words) and all(w in heads or w.removesuffix("s") in heads for w in words)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "at", "with", "'s", "’s", "and", "its", "their"})


def _known_employer_group(ctx: _Context, role: str) -> str:
    """The group of a known body (``known_names.json``) a role names ("Facebook officials"), else
    "unknown": what unnamed plurals may take, where the article's words for a body mislead more often
    ("Vatican officials", "Icann officials")."""
    known, _ = _employer_names(ctx, role)
    return _known_names()[0][known[0]][1] if known else "unknown"


def _employer_group(ctx: _Context, role: str) -> str:
    """The group of an organisation the article names inside a role ("head of Preventon"), from its
    name or the article's words for it elsewhere ("net security firm Preventon": a company)."""
    known, orgs = _employer_names(ctx, role)
    if known:
        return _known_names()[0][known[0]][1]  # "a Google spokesperson", "a Sony Pictures Television head"
    for org in sorted(orgs, key=len, reverse=True):
        group = role_group(org, name=True)
        if group == "unknown" and (long_name := _spelled_out(ctx, org)) is not None:
            # "an Apacs spokeswoman" after "the Association for Payment Clearing Services (Apacs)"
            group = role_group(long_name[0], name=True)
        if group == "unknown":
            group = _at_a_university(ctx, org)  # "Pipa", the "... (Pipa) at the University of Maryland"
        if group == "unknown" and (own := _role_of_person(ctx, ctx.named[org], any_label=True)) is not None:
            group = role_group(own[0], own[3], generic=False)  # the body's own description: "search giant Google"
            group = group if group != _ORDINARY else "unknown"  # "parent" (company) is no member of the public
        if group == "unknown" and _a_company(ctx, org):
            # a firm by how the article speaks of it ("Envisional said ... the firm said"), after its own
            # description, which says what kind of firm ("Web tracking company Envisional": research, expert)
            group = "business"
        if group == "unknown":
            group = _placed_by_article(ctx, org)  # "Eton Corporation", "said the club would ..."
        if group != "unknown":
            return group
    posts = _role_lexicon()[1].keys() | _title_defaults().keys() | _employer_heads()
    for body in _CAPITALISED_RUN.findall(role):
        run = whole = _LEADING_ARTICLE.sub("", body).split()
        while run and all(w in posts for w in _words(run[-1])):
            run = run[:-1]  # "Russian President", "Chief Executive": the post written as a title is no name
        body = " ".join(run)
        if run != whole and _label(ctx.named.get(body, [])) in {"GPE", "NORP"}:
            continue  # a place's or a people's title: "Russian President" is the state's
        if body and role_group(body, name=True) == "unknown":
            # "EPA's" after "the US Environmental Protection Agency (EPA)", the short name tagged no
            # organisation; the long name ending on a word for a body, so that a word for its members does
            # not place it ("Lawyers' Christian Fellowship (LCF)" is no lawyers' body)
            long_name = _spelled_out(ctx, body)
            head = _words(long_name[0])[-1:] if long_name is not None else []
            group = role_group(long_name[0], name=True) if head and head[0] in ctx.org_heads else "unknown"
            if group == "unknown":
                group = _described_before(ctx, body)
            if group == "unknown":
                group = _described_beside(ctx, body)
            if group == "unknown":
                group = _at_a_university(ctx, body)
            if group == "unknown":
                group = _placed_by_article(ctx, body)
            if group != "unknown":
                return group
    return "unknown"


#: Groups a body's bare back-reference may give it ("the club", "the firm", "the broadcaster"): the
#: fields whose people speak for their own body. A state's words ("the government", "the
#: department") are left out: they may be another body the sentence speaks of.
_BODY_FIELDS = frozenset({"business", "culture and sport", "media", "civil society, NGO, union"})
#: "the club", "the firm", "its broadcaster": a bare word for a body, after its name in one sentence.
_BARE_BACK_REFERENCE = re.compile(r"\b(?:the|its)\s+([a-z][a-z-]+)\b")


def _a_persons_surname(ctx: _Context, body: str) -> bool:
    """Whether a name is a person's the article names in full, or their surname ("Clinton")."""
    people = [e for e, ms in ctx.named.items() if _label(ms) == "PERSON" and len(e.split()) > 1]
    return any(e == body or e.endswith(f" {body}") for e in people)


def _placed_by_article(ctx: _Context, body: str) -> str:
    """The group of a body a post names ("an Eton spokesperson", "A spokeswoman for Chelsea") from
    what the article itself says the body is, when its name alone does not place it: a longer name the
    article writes for it ("Eton Corporation", tagged an organisation), a company's words around it
    ("shares in X", "X chief executive"), a team's in a sports story ("Birmingham have"), or a bare
    word for a body that refers back to it in a sentence naming no other organisation ("A spokeswoman
    for Chelsea said the club would ...": a club) or opens the next sentence ("The Japanese firm"); else
    the named bodies the article lists it with (``_placed_by_peers``). "unknown" when none, or they
    disagree."""
    if _label(ctx.named.get(body, [])) in {"GPE", "LOC", "NORP"} or _a_persons_surname(ctx, body):
        return "unknown"  # "A New York judge" ("New York Times"), "Clinton spokesman" ("Clinton Foundation")
    # a longer name the article writes for it, or a description before that name ("Heathrow anti-noise
    # campaigners HACAN Clearskies" for "HACAN"); a name ending on it too ("Stop Stansted Expansion",
    # whose imperative the role's words left out)
    fuller = [*_longer_org_names(ctx, body), *_org_names_ending(ctx, body)]
    longer = {role_group(e, name=True) for e in fuller} - {"unknown"}
    if not longer:
        longer = {_described_before(ctx, e) for e in fuller} - {"unknown"}
    if len(longer) == 1:
        return longer.pop()
    if _a_company(ctx, body):
        return "business"
    if _a_team(ctx, body):
        return "culture and sport"
    others = [e for e, ms in ctx.named.items() if _label(ms) == "ORG" and body not in e and e not in body]
    groups = set()
    for at in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", ctx.text):
        sentence = ctx.sentence_text(at.start(), at.end())
        after = sentence[sentence.find(body) + len(body) :] if body in sentence else ""
        if not after or any(re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", sentence) for e in others):
            continue
        for word in _BARE_BACK_REFERENCE.findall(after):
            if word in ctx.org_heads and (group := role_group(word, generic=False)) in _BODY_FIELDS:
                groups.add(group)
        # the next sentence opening on a word for a body: "Car-maker Honda's robot has got faster. The
        # Japanese firm is a leader in ..." (the body's sentence naming no other organisation, the body
        # no modifier of another noun: "The Crossrail Link Bill would ... The paper says" is no Crossrail's)
        opens_at, following = _next_sentence_at(ctx, at.end())
        opening = _THE_BODY_OPENING.match(following)
        span = ctx.doc.char_span(at.start(), at.end(), alignment_mode="expand")
        modifier = span is None or span.root.dep_ == "compound" or ctx.in_title(at.start())
        # the words before the body's word written small or a people's or place's ("The Japanese
        # firm"): "The Times newspaper" names another body, it refers back to none
        named = opening is not None and any(
            w[:1].isupper() and _label(ctx.named.get(w, [])) not in {"NORP", "GPE"} for w in opening.group(1).split()
        )
        word = opening.group(2) if opening and not modifier and not named else ""
        if word and _modifies_a_noun(ctx, opens_at + opening.start(2), opens_at + opening.end(2)):
            word = ""  # "The press secretary said": a post, the body's word only a modifier of it
        if word in ctx.org_heads and (group := role_group(word, generic=False)) in _BODY_FIELDS:
            groups.add(group)
    return groups.pop() if len(groups) == 1 else _placed_by_peers(ctx, body)


#: A sentence opening on "The", up to two words and a word for a body: "The Japanese firm", "The airline".
_THE_BODY_OPENING = re.compile(r"\s*The\s+((?:[\w-]+\s+){0,2}?)([a-z][a-z-]+)\b(?!\s+of\b)")


def _next_sentence_at(ctx: _Context, pos: int) -> tuple[int, str]:
    """Where the sentence after the one holding ``pos`` starts, and its text ("" at the article's end)."""
    ti = ctx.ix.token_before(pos)
    if ti < 0:
        return 0, ""
    k = ctx.ix.sent_of[ti] + 1
    starts = ctx.ix.sent_start_char
    if k >= len(starts):
        return len(ctx.text), ""
    return starts[k], ctx.text[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(ctx.text)]


def _modifies_a_noun(ctx: _Context, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is only a modifier of the noun after it ("press" in "The press
    secretary"), by the parse."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound"


def _placed_by_peers(ctx: _Context, body: str) -> str:
    """The group of the named bodies the article lists a body with ("use Google, Ask Jeeves, MSN and
    Yahoo", "Cable firms ntl and Telewest"): bodies written in one list are of one kind, so the listed
    names the lexicon or the list of known bodies places decide, when they agree on a field of their
    own (business, media, culture and sport, civil society). "unknown" when none is placed, or they
    disagree. (The list is the parse's conjuncts of the body's head word.)"""
    spans = [(m.start, m.end, e) for e, ms in ctx.named.items() for m in ms]
    groups = set()
    for found in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", ctx.text):
        span = ctx.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None:
            continue
        for peer_token in span.root.conjuncts:
            peer = next((e for a, b, e in spans if a <= peer_token.idx < b), None)
            if peer is None or peer == body or body in peer or peer in body:
                continue
            group = role_group(peer, name=True)
            if group == "unknown" and (known := known_body(peer)) is not None:
                group = known[1]
            if group != "unknown":
                groups.add(group)
    return groups.pop() if len(groups) == 1 and groups <= _BODY_FIELDS else "unknown"


def _org_names_ending(ctx: _Context, body: str) -> list[str]:
    """The organisations the article names in full whose name ends on a shorter one of two or more
    words ("Stop Stansted Expansion" for "Stansted Expansion"): entities tagged as organisations only."""
    if len(body.split()) < 2:
        return []
    return [e for e, ms in ctx.named.items() if e.endswith(" " + body) and _label(ms) == "ORG"]


#: People of a cause, plural, right before a body's name: the body is theirs, an advocacy group
#: ("anti-noise campaigners HACAN Clearskies", "animal rights activists Peta").
_CAMPAIGNERS = frozenset({"campaigners", "activists", "protesters", "protestors"})
_CIVIL = "civil society, NGO, union"


#: Capitalised words in a role that may name a body the tagger did not tag as an organisation
#: ("Valve spokesman", tagged NORP; "A Five spokesman", untagged).
_CAPITALISED_RUN = re.compile(r"(?<![\w'’])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}")
_LEADING_ARTICLE = re.compile(r"^(?:A|An|The)\b\s*")


def _described_before(ctx: _Context, body: str) -> str:
    """The group of the words the article writes right before a body's name to say what kind of body
    it is ("Game maker Valve", "TV channel Five", "drugs group Eli Lilly"): one to three words ending
    on a word for a body (``organisation_heads``), the last of them written small. "unknown" when
    the article has none, or its descriptions disagree."""
    groups = set()
    for at in re.finditer(rf"(?<![\w-]){re.escape(body)}\b", ctx.text):
        m = _DESCRIPTION_BEFORE.search(ctx.text, max(0, at.start() - 60), at.start())
        if m is not None and m.group(2) in _CAMPAIGNERS:
            groups.add(_CIVIL)  # "Heathrow anti-noise campaigners HACAN Clearskies"
            continue
        # "trade body Intellect", "industry body ELSPA": "body" with a word before it is a body's word
        qualified = m is not None and m.group(2) == "body" and len(m.group(1).split()) > 1
        if not qualified and (m is None or m.group(2) not in ctx.org_heads):
            # a pair a plural describes, "hedge funds TCI and Atticus": its first, or its second
            first = m is not None and _AND_NAME_AFTER.match(ctx.text, at.end()) is not None
            m = m if first else _DESCRIPTION_BEFORE_PAIR.search(ctx.text, max(0, at.start() - 90), at.start())
            if m is None or m.group(2).removesuffix("s") not in ctx.org_heads:
                continue
        words = m.group(1).split()
        if m.group(2) not in ctx.org_heads:
            words[-1] = words[-1].removesuffix("s")  # "hedge funds" for each of the pair: a hedge fund
        while len(words) > 1 and words[0].lower() in _NOT_DESCRIPTIVE:
            words = words[1:]  # "shares in games firm X": the words from the description's start
        group = role_group(" ".join(words), generic=False)
        if group != "unknown":
            groups.add(group)
    return groups.pop() if len(groups) == 1 else "unknown"


_DESCRIPTION_BEFORE = re.compile(r"((?:[\w-]+[ \t]+){0,2}([a-z][\w-]*))[ \t]+$")
#: A plural description, then another body's name and "and", right before a name: "hedge funds TCI and ".
_DESCRIPTION_BEFORE_PAIR = re.compile(
    r"((?:[\w-]+[ \t]+){0,2}([a-z][\w-]*s))[ \t]+(?:[A-Z][\w&.-]*[ \t]+){1,3}and[ \t]+$"
)
#: "and" and a capitalised name right after a body's name: the first of a pair ("TCI and Atticus").
_AND_NAME_AFTER = re.compile(r"[ \t]+and[ \t]+[A-Z]")
#: Words that may stand before a body's description without being part of it.
_NOT_DESCRIPTIVE = frozenset(
    {"the", "a", "an", "of", "in", "at", "by", "for", "from", "to", "with", "and", "but", "said", "says", "that"}
)


#: A spokesperson with no body of their own: "a spokesman", "The spokeswoman", "his spokesman".
_BARE_SPOKESPERSON = re.compile(r"(?:(?:a|an|the|his|her|their)\s+)?spokes?(?P<head>man|woman|person)", re.IGNORECASE)
#: A spokesperson the article gives a body: "A Mittal Steel spokesman", "Fiction Records spokesman",
#: "a spokesman for the Information Commissioner's Office" (the head spelt "spokeman" too).
_BODY_SPOKESPERSON = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}spokes?(?P<head>man|woman|person)\b"
    r"|\bspokes?(?P<head2>man|woman|person)\s+(?:for|at|of)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s*){1,5}"
)


def _spokesperson_named_elsewhere(ctx: _Context, role: str) -> str:
    """The group of the one body the article gives a spokesperson of the same word ("spokesman",
    "spokeswoman"), for a bare one ("his spokesman has said ... Paul Smernicki, Fiction Records
    spokesman, said"; "A Mittal Steel spokesman said ... a spokesman said"): the article's one
    spokesman is that body's. "unknown" when the role is no bare spokesperson, or the article's
    spokespeople of that word speak for bodies of different groups, or none of them is placed."""
    bare = _BARE_SPOKESPERSON.fullmatch(role.strip())
    if bare is None:
        return "unknown"
    groups = set()
    for m in _BODY_SPOKESPERSON.finditer(ctx.text):
        if (m.group("head") or m.group("head2")).lower() != bare.group("head").lower():
            continue
        phrase = m.group(0).replace("spokeman", "spokesman").replace("spokewoman", "spokeswoman")
        group = role_group(phrase, generic=False)
        if group == "unknown":
            group = _employer_group(ctx, phrase)
        if group != "unknown":
            groups.add(group)
    return groups.pop() if len(groups) == 1 else "unknown"


#: A body's description set right after its name, in commas or as a copula ("Diageo, the world's
#: biggest spirits company,", "Mittal Steel, one of the world's largest steel producers", "Pipa is a
#: research group"). Up to eight words, no clause or quotation inside. (Not a description before the
#: name and a comma: "In a White House statement, President Obama" is no apposition.)
_DESCRIPTION_WORDS = r"(?:[\w'’&-]+\s+){0,7}?[\w'’-]+"
_DESCRIPTION_AFTER = re.compile(
    rf",\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?P<desc>{_DESCRIPTION_WORDS})\s*(?:[,.;(]|\s(?:that|which|who)\s)"
    rf"|\s+(?:is|was)\s+(?P<copula>(?:a|an)\s+{_DESCRIPTION_WORDS})\s*[,.;]"
    r"|,\s+(?:which|that|who)\s+(?P<cause>advocates|campaigns|lobbies|fights)\s+(?:for|against|on)\b"
)
#: A body's own bare word for what it is, when the article calls it only that ("People for the American Way, an
#: organization that has long been involved in Supreme Court nomination fights"): a firm, a ministry or a club
#: is written so ("company", "agency", "club"); a bare organisation is a non-profit one.
_BARE_ORGANISATION = frozenset({"organization", "organisation", "organizations", "organisations"})


def _described_beside(ctx: _Context, body: str) -> str:
    """The group of the description the article sets right after a body's name, in commas or with *is
    a* (``_DESCRIPTION_AFTER``), when the description ends on a word for a body
    (``organisation_heads``) or for a trade (``trade_heads``: *producers*, *suppliers*: firms).
    Names of one or more capitalised words are tried whole, then by their leading words ("Diageo North
    America president", the tagger's person: "Diageo, the world's biggest spirits company").
    "unknown" when the article has none, or its descriptions disagree."""
    words = body.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if n < len(words) and (len(name) < 3 or role_group(name, name=True) != "unknown"):
            continue
        groups = set()
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text):
            after = _DESCRIPTION_AFTER.match(ctx.text, at.end())
            if after and after.group("cause"):
                groups.add(_CIVIL)  # "Social Security Works, which advocates for ...": an advocacy group
                continue
            for desc in [after.group("desc") or after.group("copula")] if after else []:
                head = _words(desc)[-1] if _words(desc) else ""
                if _words(desc) == [head] and head in _BARE_ORGANISATION:
                    groups.add(_CIVIL)
                    continue
                trade = head in _trade_heads()
                if not (trade or head in ctx.org_heads or head.removesuffix("s") in ctx.org_heads):
                    continue
                group = role_group(desc, generic=False)
                if group == "unknown" and trade:
                    group = "business"  # "one of the world's largest steel producers": a firm
                if group != "unknown":
                    groups.add(group)
        if groups:
            return groups.pop() if len(groups) == 1 else "unknown"
    return "unknown"


#: What follows a body's name (its short name in brackets, maybe) when the body is part of a host
#: body: "(Pipa) at the University of Maryland", "at Harvard University".
_HOSTED_AT = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?,?\s+at\s+(?P<host>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*){0,5})"
)
_ACADEMIC = "expert or academic"


def _at_a_university(ctx: _Context, body: str) -> str:
    """ "expert or academic" when the article writes a body's name (or the short name it gives in
    brackets) right before "at" and a university or a research institute the lexicon places ("the
    Program on International Policy Attitudes (Pipa) at the University of Maryland"): a university's
    programme or centre is a research one. "unknown" otherwise (a body "at" a firm says nothing)."""
    for at in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])|\({re.escape(body)}\)", ctx.text):
        hosted = _HOSTED_AT.match(ctx.text, at.end())
        if hosted and role_group(hosted.group("host"), name=True) == _ACADEMIC:
            return _ACADEMIC
    return "unknown"


def _body_group(ctx: _Context, body: str, written: str | None = None) -> str:
    """The group of a body a post serves: by its name (``written``, else ``body``: "Mittal Steel"), the
    list of known bodies, else what the article says it is (``_employer_group``)."""
    group = role_group(written or body, name=True)
    if group == "unknown" and (known := known_body(body)) is not None:
        group = known[1]
    return group if group != "unknown" else _employer_group(ctx, body)


#: A bare post: only words for a post, with no body ("chief executive", "A spokeswoman", "The chairman",
#: "Its director general": "general" only with a post word beside it).
_BARE_POST_FILLERS = frozenset({"a", "an", "the", "its", "chief", "senior", "deputy", "official", "press", "general"})


def _bare_post(role: str) -> bool:
    """Whether a role is only a generic post or a post at the top of a body, with determiners
    ("chief executive", "A spokeswoman"); not "his spokesman" (a person's) or "Valve spokesman"."""
    words = _words(role)
    generic = _role_lexicon()[1]
    heads = _employer_heads()
    posts = [w for w in words if w not in _BARE_POST_FILLERS]
    return bool(posts) and all(w in generic or w in heads for w in posts) and not role[:1].isdigit()


#: Fields whose posts are their own, whatever body the article is about: a judge is the courts', a host
#: a broadcaster's.
_OWN_FIELD_POSTS = frozenset({"police, military, justice", "media"})


def _serves_a_body(role: str) -> bool:
    """Whether a bare post may be held at any body ("chief executive", "a spokeswoman", "secretary-general"),
    not a post of a field of its own ("The judge" is no news channel's, whatever the article is about)."""
    generic = _role_lexicon()[1]
    return not any(generic.get(w) in _OWN_FIELD_POSTS for w in _words(role) if w not in _BARE_POST_FILLERS)


def _the_articles_body(ctx: _Context, role: str) -> str:
    """The group of the organisation an article is about, for a bare post ("chief executive Tom Glocer
    said", "A spokeswoman told ...") the article gives no body: the organisation it names most often,
    at least three times and twice as often as any other, when what the article or the lexicon says it
    is places it in a field of its own (business, media, culture and sport, civil society: "media group
    Reuters"). A state's body is left out: the post's default is already its. "unknown" otherwise."""
    if not _bare_post(role) or not _serves_a_body(role):
        return "unknown"
    counts = sorted(
        (
            (len(re.findall(rf"(?<![\w-]){re.escape(e)}(?![\w-])", ctx.text)), e)
            for e, ms in ctx.named.items()
            if _label(ms) == "ORG"
        ),
        reverse=True,
    )
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return "unknown"
    group = _body_group(ctx, counts[0][1])
    return group if group in _BODY_FIELDS else "unknown"


#: How far back "its" may reach for the organisation it stands for (about two sentences).
_ITS_REACH = 400


#: The words between a body and a spokesperson it quotes: " news agency quoted ", " quoted ".
_QUOTING = re.compile(r"\s+(?:(?:news\s+)?agency\s+|newspaper\s+|television\s+|radio\s+)?(?:quoted|cited)\s+")


def _last_org_before(ctx: _Context, start: int, reach: int) -> tuple[int, str] | None:
    """The end and name of the organisation named last before ``start``, within ``reach`` characters."""
    named = [
        (m.end, e)
        for e, ms in ctx.named.items()
        if _label(ms) == "ORG"
        for m in ms
        if m.end <= start and start - m.end <= reach
    ]
    return max(named) if named else None


def _its_body(ctx: _Context, role: str, start: int) -> str:
    """The group of the organisation "its" stands for in a bare post ("said its chairman, Sir Anthony
    Greener", after "The QCA said ..."): the organisation named last before the post, within about two
    sentences, with no other name between, when its name, the lexicon or the article places it.
    "unknown" when the role is no "its" and a bare post, or no such organisation is placed."""
    if not role.lower().startswith("its ") or not _bare_post(role):
        return "unknown"
    if (last := _last_org_before(ctx, start, _ITS_REACH)) is None:
        return "unknown"
    end, body = last
    if any(
        end <= m.start < start
        and _label(ms) not in {"GPE", "LOC", "NORP"}
        and not _APPOSED.fullmatch(ctx.text, m.end, start)  # the post's holder: "David Gilbert, its president"
        for e, ms in ctx.named.items()
        for m in ms
    ):
        return "unknown"  # another name between, perhaps a body the tagger took for a person's ("Edexcel")
    return _body_group(ctx, body, _expanded(ctx, body))


#: What stands between a name and the post after it that describes its holder: "Htay Oo, its acting chairman".
_APPOSED = re.compile(r"\s*,\s*")


#: How far back a bare spokesperson may reach for the body they speak for (about a sentence or two).
_SPOKESPERSON_REACH = 300
#: The state's bodies whose spokespeople the labels read as the body's own field, not as officials.
_ENFORCERS = frozenset({"police, military, justice"})


def _spokesperson_of_last_body(ctx: _Context, role: str, start: int) -> str:
    """The group of the organisation named last before a bare spokesperson ("Bookmaker Ladbrokes
    said ... spokesman Warren Lush said"; "As far as Intellect is concerned ... said spokeswoman Jill
    Sutherland"), within about two sentences, with no other organisation between, when what the
    article or the lexicon says it is places it in a field of its own (business, media, culture and
    sport, civil society) or makes it the police's, the army's or the courts' ("The Justice Department
    refused to say ... a spokeswoman said", "Scotland Yard said ... A spokesman said"): a spokesperson
    speaks for the body the passage is about. Another state's body is left out: the post's default is
    already its. In a politics story only the police's, the army's or the courts' body counts: its other
    spokespeople are a party's or a state's (the README's rule) even after a body the lexicon misreads.
    With no body near in a story of the arts (not of business), the production's or performer's: culture
    and sport. "unknown" otherwise."""
    if _BARE_SPOKESPERSON.fullmatch(role.strip()) is None or role.strip().lower().split()[0] in {"his", "her", "their"}:
        return "unknown"  # "his spokesman" is a person's
    last = _last_org_before(ctx, start, _SPOKESPERSON_REACH)
    if last is not None and _QUOTING.fullmatch(ctx.text, last[0], start):
        return "unknown"  # "Interfax news agency quoted spokesman Sergei Yastrzhembsky": the agency reports him
    if "politics" in ctx.story:
        # a party's spokesman there ("the Respect Coalition"): the post's default is right
        return _placed_last_body(ctx, last, start, _ENFORCERS)
    described = _described_name_before(ctx, last[0] if last else max(0, start - _SPOKESPERSON_REACH), start)
    if described != "unknown":
        return described  # "Bookmaker Ladbrokes said ... spokesman Warren Lush", the tagger naming no body
    if last is None and "arts" in ctx.story and "business" not in ctx.story:
        # no body near in a story of the stage, screen or music ("being turned into a musical by producer
        # Jon Thoday ... A spokeswoman said"; "[the actor] died at his home, a spokesman said"): the
        # production's or the performer's voice (the labels' Broadway show and publicist precedents)
        return "culture and sport"
    return _placed_last_body(ctx, last, start, _BODY_FIELDS | _ENFORCERS)


def _placed_last_body(
    ctx: _Context, last: tuple[int, str] | None, start: int, fields: frozenset[str] = _BODY_FIELDS
) -> str:
    """The group of the body ``last`` (its end and name, named before ``start``) when nothing that may be
    another body's name stands between and what the article or the lexicon says it is places it in one of
    ``fields`` (by default a field of its own, ``_BODY_FIELDS``); "unknown" otherwise."""
    if last is None:
        return "unknown"
    end, body = last
    between = list(ctx.text[end:start])
    for ms in ctx.named.values():
        for m in ms:
            if end <= m.start and m.end <= start:
                between[m.start - end : m.end - end] = " " * (m.end - m.start)
    if _UNTAGGED_NAME.search("".join(between)):
        return "unknown"  # a body the tagger missed between ("The Association of Chief Police Officers")
    group = _body_group(ctx, body, _expanded(ctx, body))
    return group if group in fields else "unknown"


def _head_of_last_body(ctx: _Context, role: str, start: int) -> str:
    """The group of the organisation named last before a bare post at the top of a body, within about two
    sentences ("Amnesty International UK also questioned ... said director Kate Allen"; "Civil rights group
    Liberty said ... Director Shami Chakrabarti called on"): the passage's body is the one the post heads, as
    a bare spokesperson's is (``_spokesperson_of_last_body``). Unlike a spokesperson's, in a story about
    politics too: a party's or a state's body is no field of its own (``_BODY_FIELDS``), so the post keeps
    its default there. Asked only after the article's own body (``_the_articles_body``): a firm the whole
    article is about outranks a body the passage names in passing. "unknown" when the role is no bare top
    post ("his manager" is a person's) or heads a state as often as a body ("president")."""
    words = [w for w in _words(role) if w not in _BARE_POST_FILLERS]
    if not words or not _bare_post(role) or any(w not in _employer_heads() or w in _STATE_POSTS for w in words):
        return "unknown"
    if role.strip().lower().split()[0] in {"his", "her", "their"}:
        return "unknown"
    # a public body's or a party's head too: "The Electoral Commission says ... Chairman Sam Younger said"
    # heads the commission (a chairman's business default would be no better there)
    # ("its chairman" is left to ``_its_body``, which declines when another name may be what "its" stands for)
    its = role.strip().lower().startswith("its ")
    fields = _BODY_FIELDS | (set() if its else {"government official or spokesperson", "politician"})
    group = _placed_last_body(ctx, _last_org_before(ctx, start, _SPOKESPERSON_REACH), start, fields)
    # a news outlet named just before is where words were said ("told the BBC"), seldom whose post it is
    return group if group != "media" else "unknown"


#: Posts that head a state as often as a body ("Vice president Jose Vicente Rangel"): no passage's body
#: decides them.
_STATE_POSTS = frozenset({"president", "vice"})


#: A word for a body right before a capitalised name of one to three words: "Bookmaker Ladbrokes",
#: "retailer Woolworths" (the word may open the sentence, capitalised).
_DESCRIBED_NAME = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]+)\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}(?![\w'’-])")


def _described_name_before(ctx: _Context, begin: int, end: int) -> str:
    """The group of the last body the text between ``begin`` and ``end`` names after a word for a body
    (``organisation_heads``) that places it in a field of its own ("Bookmaker Ladbrokes said": business),
    for a body the tagger did not name; "unknown" when there is none."""
    found = [m for m in _DESCRIBED_NAME.finditer(ctx.text, begin, end) if m.group(1).lower() in ctx.org_heads]
    if not found:
        return "unknown"
    group = role_group(found[-1].group(1).lower(), generic=False)
    return group if group in _BODY_FIELDS else "unknown"


#: Two capitalised words in a row: a name, perhaps of a body the tagger did not name.
_UNTAGGED_NAME = re.compile(r"\b[A-Z][\w&'’-]+\s+(?:of\s+)?[A-Z][\w&'’-]+")


#: A body's unit named after its owner's possessive, to the role's end: "at Ericsson's consumer and
#: enterprise lab", "for the UN's World Summit on the Information Society".
_OWNERS_UNIT = re.compile(
    r"(?<![\w'’-])(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+(?P<unit>[^,;:()\"“”]+?)\s*$"
)
#: Words for a part of a body, besides the words for a body (``organisation_heads``).
_UNIT_WORDS = frozenset({"lab", "labs", "laboratory", "laboratories", "division", "unit", "summit", "arm"})
_ORDINARY = "ordinary person or witness"


def _owners_unit(ctx: _Context, role: str) -> str:
    """The group of the body that owns the unit a role ends on ("senior advisor on mobile media at
    Ericsson's consumer and enterprise lab": Ericsson's, business, not a lab's, expert; "a spokesman
    for the UN's World Summit on the Information Society": the UN's, not a society's), when the
    owner is a body its name, the lexicon or the article places (not a place or a person: "Britain's
    Royal Society"), and the person serves it (not "A user of Apple's iTunes music service"). "unknown"
    otherwise."""
    found = _OWNERS_UNIT.search(role)
    if found is None:
        return "unknown"
    owner = _LEADING_ARTICLE.sub("", found.group("owner"))
    unit = _words(found.group("unit"))
    heads = [w for w in unit if w in ctx.org_heads or w in _UNIT_WORDS]
    if not heads or any(ctx.is_person_word(w) and w not in ctx.org_heads for w in unit):
        return "unknown"  # "Google's chief economist": a post, not a unit
    if role_group(role[: found.start()], generic=False) == _ORDINARY:
        return "unknown"  # "A user of Apple's iTunes music service": a member of the public, no staff
    if _label(ctx.named.get(owner, [])) in {"GPE", "LOC", "NORP", "PERSON"} or _a_persons_surname(ctx, owner):
        return "unknown"
    return _body_group(ctx, owner)
