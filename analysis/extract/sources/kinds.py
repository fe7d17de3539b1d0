"""The kind of an unnamed speaker's words: anonymous, a described person, a group, a share of
people ("eight of 10 voters"), an author of a document, a thing; definite and possessed words."""

from __future__ import annotations

import re

from analysis.extract.sources.context import _Context
from analysis.extract.sources.gender import _pronouns_after, first_name_gender
from analysis.extract.sources.groups import _team_position, role_group
from analysis.extract.sources.lexicons import (
    _document_heads,
    _media_name_heads,
    _member_heads,
    _party_members,
    _personal_documents,
    _role_lexicon,
    _trade_heads,
)
from analysis.extract.sources.missed_names import missed_full_name
from analysis.extract.sources.names import _longer_org_names, a_company_name
from analysis.extract.sources.roles import _MODIFIES, _ROYAL_TITLES
from analysis.extract.sources.words import (
    _IN_A_PLACE,
    _POSSESSIVE,
    _POSSESSOR,
    _SPLIT,
    _SUBJECT_DEPS,
    _has_phrase,
    _label,
    _same_person,
    _singular,
    _words,
)
from analysis.records import REFERENCE_LABELS, Mention, Quote

#: Words opening a description, never a body's name ("One leading Karachi broker").
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "one", "another", "some", "many", "most"})
#: Honorifics and titles written before a name ("Prof Reddy", "Princess Marguerite").
_TITLES_BEFORE_NAMES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "prince", "princess"}
    | {"king", "queen", "rev", "father", "sister", "brother", "saint", "st"}
)
#: A document "from" a body's name ("figures from the Office of the Deputy Prime Minister").
_FROM_A_NAME = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")


def _from_a_name(words_text: str) -> bool:
    return _FROM_A_NAME.search(words_text) is not None


def _head_word(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str | None:
    """The head noun of a speaker's words: their parse root, unless the words end on a word for a
    person ("A Department for Work and Pensions spokeswoman")."""
    words = _words(words_text)
    if not words:
        return None
    head = words[:cut][-1] if (cut := next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), 0)) else words[-1]
    if cut and ctx.is_person_word(head) and not (words[cut] == "of" and words[0] in {"a", "an"}):
        # "A spokesman for her lawyers", "the head of Germany's panel of ... advisers": one person,
        # whoever the people after are (not "A host of mortgage lenders": a quantity of them)
        return head
    if ctx.is_person_word(words[-1]):
        return words[-1]  # "A Department for Work and Pensions spokeswoman"
    if ctx.is_person_word(head) or start is None or end is None:
        return head
    i, j = ctx.ix.tokens(start, end)
    return ctx.doc[i:j].root.lower_ if j > i else head


#: Documents a person writes at length and alone: "a new book" is the one book the article names an author for.
_BOOKS = frozenset({"book", "memoir", "memoirs", "autobiography"})


def _author(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str | None:
    """The one person whose own writing or speech a speaker's words name ("his report", "Ivana
    Trump's brief", "the book" where the article has "Mr Peston's book" and no one else's): the
    words are that person's, whoever the tagger or the quote rules took them for."""
    words = _words(words_text)
    cut = next((k for k, w in enumerate(words) if (w in _SPLIT or w == "by") and k > 0), len(words))
    if not words or _singular(words[cut - 1], dict.fromkeys(_personal_documents(), "")) not in _personal_documents():
        return None
    head = words[cut - 1]
    people = {e for e, ms in ctx.named.items() if _label(ms) == "PERSON"}
    if start is not None and end is not None:
        if words[0] in {"his", "her", "my"} and ctx.pronoun_at.get(start) in people:
            return ctx.pronoun_at[start]  # "his report", the "his" resolved to Wim Kok
        # a person's mention here counts even if the tagger took their name for a body elsewhere
        inside = [m for m in ctx.speakers.mentions_in(start, end) if m.entity in people or m.label == "PERSON"]
        own = [m.entity for m in inside]
        if own and _POSSESSOR.match(ctx.text, inside[0].end):
            return own[0]  # "Ivana Trump's brief"
        if inside and re.search(r"\bby\s+$", ctx.text[start : inside[0].start]):
            return own[0]  # "an analysis by Lily Batchelder"
        if not inside and (issuer := _issued_by_person(ctx, end)) in people:
            return issuer  # "a statement issued on behalf of Robert Zoellick", "a statement from Philip Green"
        if own or words[0] not in {"the", "this", "that"} and not (words[0] in {"a", "an"} and head in _BOOKS):
            # "a book by ..." names its author itself; "a report" is nobody's yet; "a new book" is the
            # one book the article names an author for ("According to a new book ... The book, by
            # journalist Robert Peston")
            return None
    # a definite "the book": the one person whose book the article names
    found: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(head)}\b", ctx.text, re.IGNORECASE):
        before = ctx.text[max(0, m.start() - 60) : m.start()]
        after = ctx.text[m.end() : m.end() + 100]
        for e in people:
            short = e.rsplit(" ", 1)[-1]
            if re.search(rf"\b(?:{re.escape(e)}|{re.escape(short)})['’]s?(?:\s+[a-z-]+){{0,2}}\s*$", before):
                found.add(e)  # "journalist Robert Peston's new book", "Mr Peston's book"
            if re.match(rf"(?:,\s*[^,.]{{1,40}})?\s+by\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{re.escape(short)}\b", after):
                found.add(e)  # "a new book, Brown's Britain by Robert Peston"
            if head in _BOOKS and re.match(
                rf"(?:,\s*[^,.]{{1,40}})?\s+by\s+(?:[\w'’-]+\s+){{1,4}}{re.escape(short)}\b", after
            ):
                # a book's author described before the name: "a new book, Brown's Britain by Sunday
                # Telegraph journalist Robert Peston", "The book by Sunday Telegraph journalist ..."
                found.add(e)
            if re.match(rf",\s*by\s+(?:[\w.'’-]+\s+){{0,4}}{re.escape(short)}\b", after):
                found.add(e)  # "The book, by Sunday Telegraph journalist Robert Peston"
            if re.search(r"\b(?:[Ii]n|[Ff]or)\s+(?:his|her)\s+(?:[a-z-]+\s+)?$", before) and re.match(
                rf",\s*(?:[^,.]{{1,40}},\s*)?(?:[A-Z][\w.'’-]*\s+){{0,2}}{re.escape(short)}\b", after
            ):
                found.add(e)  # "In his new book, Lawless World, Philippe Sands ...": the sentence's subject
        pron = ctx.pronoun_at.get(m.start() - 4) or ctx.pronoun_at.get(m.start() - 5)
        if pron in people and re.search(r"\b(?:his|her)\s+$", before):
            found.add(pron)  # "his report", resolved
    return next(iter(found)) if len(found) == 1 else None


#: What joins a document to the person who issued it, right after it: " issued on behalf of ", " from ".
_ISSUED_BY_PERSON = re.compile(
    r",?\s+(?:(?:issued|released|published|sent|put\s+out|written)\s+)?(?:by|from|on\s+behalf\s+of)\s+"
)


def _issued_by_person(ctx: _Context, end: int) -> str | None:
    """The person named right after a document as its issuer ("a statement issued on behalf of Robert
    Zoellick, US Trade Representative, said"), or None (not "a letter from his doctor": no name; not
    "from Green's lawyers": the name is whose they are)."""
    after = _ISSUED_BY_PERSON.match(ctx.text, end)
    if after is None:
        return None
    return next(
        (
            m.entity
            for m in ctx.speakers.mentions_in(after.end(), after.end() + 60)
            if m.start == after.end() and not _POSSESSOR.match(ctx.text, m.end)  # not "from Green's lawyers"
        ),
        None,
    )


#: Papers in the plural: outlets, each a body ("government newspapers reported", "Newspapers said").
_PAPERS = frozenset({"newspapers", "papers", "dailies", "tabloids", "weeklies"})


#: A royal's title and given name(s), with a regnal number: "Queen Elizabeth II", "King Carl XVI Gustaf".
_ROYAL_NAME = re.compile(
    rf"(?:{'|'.join(w.title() for w in sorted(_ROYAL_TITLES))})"
    r"(?:\s+[A-Z][a-z]+){1,2}(?:\s+[IVX]+)?(?:\s+[A-Z][a-z]+)?"
)


def _kind_of_words(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str:
    """The kind of a speaker given in its own words ("officials", "a spokesman", "he")."""
    words = _words(words_text)
    if not words:
        return "unknown"
    if words == ["it"]:
        return "organisation"  # "it said", unresolved: a body or what it issued, never a person
    if _those_asked(ctx, words, end):
        return "anonymous"  # "those surveyed said": the people a poll asked
    if len(words) == 1 and words[0] in ctx.kind_pronouns:
        return "unknown"
    if (party := _PARTY_OF.match(words_text)) and ctx.is_person_word(party.group(1).lower()):
        return "anonymous"  # "A group of shop stewards from the Swan Hunter shipyard": people, no body
    if (near := _NEAR_A_BODY.search(words_text)) and near.group(1).lower() in ctx.anonymous_heads:
        return "anonymous"  # "Sources within the Conservative Party", "People close to Sharpton": not the body, not him
    lowered = " ".join(words)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    if words[0] == "its" and words[-1] in ctx.makers and len(words) <= 3:
        return "organisation"  # "its developers say": a thing's maker is the firm that makes it
    if words[-1] in ctx.party_plurals and not set(words) & (_SPLIT - {"of"}):
        return "country or group"  # "opposition parties", "all three of the main parties": known bodies
    if _MEMBERS_NAMED.match(words_text):
        return "country or group"  # "Campaign groups including Friends of the Earth ... and War on Want"
    if _kind_then_name(ctx, words, words_text, start, end):
        return "organisation"  # "consultancy 4Cast", "Consultancy Strategy Analytics": a name after its kind
    if (
        cut < len(words)
        and words[cut - 1] in _document_heads()
        and (words[cut] == "of" or _from_a_name(words_text))
        and not _share_of_people(words_text)  # "an average of 44% of respondents": the people
    ):
        # "A Daily Telegraph poll of 1,313 people": the poll, not the people it asked; "figures from the
        # Office of the Deputy Prime Minister": the body's data, not the minister ("a letter from his
        # doctor" stays the doctor's)
        return "organisation"
    if any(p in lowered for p in ctx.anonymous_phrases) or {words[-1], words[cut - 1]} & ctx.anonymous_heads:
        return "anonymous"  # "sources", "one GOP source in the room"
    if _share_of_people(words_text):
        return "anonymous"  # "73 percent", "Almost a quarter", "One in four": a share of people
    if len(words) == 1 and words_text[:1].isupper() and words_text in ctx.surnames:
        return "named person"  # a surname the tagger missed ("Hare added")
    if _ROYAL_NAME.fullmatch(words_text.strip()):
        return "named person"  # "Queen Elizabeth II", the tagger naming no one: a royal's title and name
    if len(words) == 1 and missed_full_name(ctx, words_text, start) is not None:
        return "named person"  # "D’Souza replied" after "author Dinesh D’Souza", the tagger naming no one
    named = re.sub(r"^[Tt]he\s+", "", words_text.strip()).split()
    if len(named) > 1 and words[-1] in _media_name_heads() and all(w[:1].isupper() for w in named):
        return "organisation"  # "the Hong Kong Standard", "the Jordan Times": a paper named for its place
    head = _head_word(ctx, words_text, start, end)
    inside = ctx.speakers.mentions_in(start, end) if start is not None and end is not None else []
    if head in _document_heads():
        return "organisation"  # "a report by UK think-tank Demos": the issuer's, whatever names it holds
    if any(
        m.label == "PERSON"
        and not _POSSESSOR.match(ctx.text, m.end)
        and not (end is not None and m.end < end and _MODIFIES.match(ctx.text, m.end))
        and not (words[0] in {"a", "an"} and start is not None and _SERVED_BEFORE.search(ctx.text, start, m.start))
        and not (start is not None and _IN_A_PLACE.search(ctx.text, start, m.start))
        for m in inside
    ):
        # "Shadow leader of the Commons Oliver Heald", not "Gary Johnson's doctor" nor "a narrator
        # in the Clinton ad" (the name qualifies a noun of the speaker's own words) nor "A spokesman
        # for distributor Toho" (an indefinite description's "for" names whom it serves, the tagger
        # taking the body for a person)
        return "named person"
    if head in _trade_heads() and _BIGGEST.search(lowered):
        return "organisation"  # "The UK's biggest coal producer": firms are ranked by size, not people
    if (player := _team_player(ctx, words_text, start)) is not None:
        return player  # "The former Scotland international added": one player, not the country
    if head in ctx.group_heads:
        return "country or group"  # "Scott's family"
    if head in ctx.org_heads or head in _document_heads():
        return "organisation"  # "the company"; "this article", "one slide": whoever issued them
    if head in _PAPERS and not _members_after(ctx.text, end):
        # "government newspapers": outlets speak as bodies, one or several (not "Six Gannett newspapers in New
        # Jersey, including the Asbury Park Press": named ones, a group)
        return "organisation"
    if _ACRONYM.fullmatch(words_text.strip().removesuffix(".")) and not ctx.is_person_word(head or ""):
        # "RSPCA", "NATO", "said M&S." (the full stop the quote rules kept): an acronym the tagger missed
        # (not "CEO": a post's initials are a person)
        return "organisation"
    if _WEB_ADDRESS.fullmatch(words_text.strip()):
        return "organisation"  # "says gamesindustry.biz": a website, the body that runs it
    if words[0] in {"one", "another"} and words[1:2] == ["of"] and head is not None and ctx.is_person_word(head):
        return "unnamed person"  # "one of her male colleagues": one person, whatever the plural after "of"
    # ("chairmen", "businesswomen": a plural without its "s")
    plural = head is not None and ((head.endswith("s") and not head.endswith("ss")) or head.endswith("men"))
    common = plural and re.search(rf"\b{re.escape(head or '')}\b", words_text) is not None  # lower case
    if common and not {head, _singular(head or "", dict.fromkeys(ctx.org_heads, ""))} & (
        ctx.org_heads | _document_heads()
    ):
        return "anonymous"  # "Some web users in Canada", "viewers of ... MTV Base": unnamed people
    if head is not None and not ctx.is_person_word(head) and head not in _member_heads():
        # (not "A Labour backbencher": a member of a body is a person)
        for m in inside:
            if m.label == "ORG":
                return "organisation"  # "a rival in IBM", "a Washington Post database"
            if m.label == "GPE" and common and head not in _document_heads() and not _members_after(ctx.text, end):
                # "UK regulators", "Cash-strapped US companies": unnamed bodies of a place, not the place
                # (not "Six Gannett newspapers in New Jersey, including the Asbury Park Press": named ones)
                return "anonymous"
            if m.label == "GPE" and not _someone_who(ctx, head, words):
                return "country or group"  # "the city of Phoenix" (not "one London-based broker")
    tokens = words_text.split()
    specific, generic = _role_lexicon()
    if all(t[:1].isupper() for t in tokens) and 1 < len(tokens) <= 6 and a_company_name(words_text.strip()):
        return "organisation"  # "Diamond Shamrock Corp said", "Corning Glass Works": a company the tagger missed
    if (
        all(t[:1].isupper() for t in tokens)
        and 1 < len(tokens) <= 4
        and not any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words)
    ):
        return "named person"  # a name the tagger missed ("— Francisco Herrero")
    if (
        all(t[:1].isupper() for t in tokens)
        and 1 < len(tokens) <= 4
        and words[0] not in _DETERMINERS
        and not plural
        and not any(ctx.is_person_word(w) for w in words)
        and _singular(words[-1], specific) in specific
        and words[0] not in _TITLES_BEFORE_NAMES
    ):
        # a body's name the tagger missed, ending on a word the lexicon places and none for a person:
        # "Ironhorse Oil" (not "Prof Gellhorn", "Princess Marguerite": a title and a name)
        return "organisation"
    if plural and _party_by_its_members(ctx, tokens):
        return "organisation"  # "Tories say" untagged at a sentence's start: the party, as "The Tories say" is
    if plural:
        return "anonymous"
    around = ctx.sentence_text(start, end).lower() if start is not None and end is not None else lowered
    if any(p in around for p in ctx.anonymous_phrases[2:]) and not (head is not None and ctx.is_person_word(head)):
        # "one, who spoke on condition of anonymity": nothing but the withheld name. Not "a senior
        # administration official who spoke on condition of anonymity": one person described by a role is an
        # unnamed person, whatever the reason the name is withheld (the labels' later precedents, fresh107 on)
        return "anonymous"
    the = words[0] == "the" or (start is not None and _THE_BEFORE.search(ctx.text[max(0, start - 6) : start]))
    definite = _definite(words_text) or the
    if definite and head in _COUNSEL_WORDS and not _has_phrase(words, ctx.unique_titles - _COUNSEL_WORDS):
        # "his lawyer said", "the attorney": someone's lawyer is one of any number, no office, so
        # named only when the article names a lawyer ("An attorney for Pagliano, Mark MacDougall")
        return "named person" if _a_lawyer_named(ctx, _client(ctx, words_text, start)) else "unnamed person"
    if the and head in _SPOKESPEOPLE and any(_POSSESSIVE.search(w) for w in words_text.split()[:-1]):
        # "The rapper's spokesman", "Mr Blair's spokesman", "The prime minister's official spokesman"
        # (tested before the office-holder: the office named is another's): one of any number who
        # speak for someone, no office the reader can name (named only when the article names them:
        # ``untagged.person_behind``)
        return "unnamed person"
    if definite and _has_phrase(words, ctx.unique_titles):
        return "named person"  # "The Indiana governor": one office-holder the reader can name
    if (
        the
        and head is not None
        and (ctx.is_person_word(head) or _called_he_or_she(ctx, start, end))
        and not _introduced_before(ctx.text, head, start)
    ):
        # "the Salford MP", "The MP for Ealing North", "the columnist", "The comic ... said he": one
        # person the article has identified (not "the spokesman" after "a spokesman", met before)
        return "named person"
    if head in ctx.kin_words and _possessed(ctx.text, start, words_text):
        return "named person"  # "his ex-wife", "my father": one person the reader can name
    if len(tokens) == 1 and words_text[:1].isupper() and _longer_org_names(ctx, words_text.strip()):
        return "organisation"  # "Peabody said", after "the coal mining giant Peabody Energy"
    demonstrative = words[0] in {"this", "that"} and ctx.is_person_word(head or "") and start is not None
    if demonstrative and any(m.label == "PERSON" for m in ctx.speakers.mentions_in(0, start or 0)):
        return "named person"  # "this remarkably active senior citizen": someone named before
    if (
        _a_thing(ctx, head, words, start, end)
        and not _possessed(ctx.text, start, words_text)
        and not _pronouns_after(ctx, start or 0, end or 0)
    ):
        # "the ruling", "softer language": what a body decided or wrote, not a person (a person's own,
        # "her account", is read as that person's words elsewhere; one the article goes on to call
        # "he" or "she", "The cardinal", is a person whatever the lexicon lacks)
        return "organisation"
    if head in ctx.collective_heads:
        # many people, never one: "The panel also insisted" (after "a panel of experts") is that group;
        # "Staff", "her campaign's leadership", "the public" are people nobody names
        group = the and not _possessed(ctx.text, start, words_text) and head not in _UNNAMED_MANY
        return "country or group" if group else "anonymous"
    return "unnamed person"


def _party_by_its_members(ctx: _Context, tokens: list[str]) -> bool:
    """Whether capitalised words are a party's members in the plural and nothing else ("Tories",
    "the Lib Dems", "Democrats"): the party speaking, as the labels read "Tories say" (not "Tory
    sources", "Senate Republicans": some of them)."""
    words = [t for t in tokens if t.lower() != "the"]
    if not words or len(words) > 2 or not all(t[:1].isupper() for t in words):
        return False
    last = words[-1].lower()
    one = "tory" if last == "tories" else last.removesuffix("s")
    if one in _IDEOLOGY_WORDS and len(words) == 1 and not _party_named(words[0][:-1], ctx.text):
        return False  # "Conservatives still praise his refusal": people of that view, no party in the story
    return " ".join([*(w.lower() for w in words[:-1]), one]) in ctx.party_names | _party_members()


#: Members' words that also name people of a view: a party's only where the article names the party.
_IDEOLOGY_WORDS = frozenset({"conservative", "socialist", "libertarian", "liberal"})


def _party_named(singular: str, text: str) -> bool:
    """Whether the article names the party of an ideology word ("Conservative Party") or the Tories."""
    return re.search(rf"\b{re.escape(singular)} Party\b|\bTor(?:y|ies)\b", text) is not None


#: Collective words for people no one could list, even after "the": "the public", "the staff".
_UNNAMED_MANY = frozenset(
    {"public", "world", "majority", "minority", "electorate", "population", "generation", "staff", "workforce"}
)


#: A preposition and lower-case words right before a name: "for distributor " of "A spokesman for
#: distributor Toho", "for the " of "a spokeswoman for the ...", and a capitalised title there too: "for
#: European Justice and Home Affairs Commissioner " of "a spokesman for ... Commissioner Franco Frattini".
#: (capitalised words may hold full stops: "a representative for Mr. Pinchuk", "an aide to Sen. Rubio")
_SERVED_BEFORE = re.compile(
    r"\b(?:for|of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:(?:[A-Z][\w.&-]*|and|of|the)\s+){0,8}$"
)
#: A plural whose members the words go on to name: "Campaign groups including Friends of the Earth".
_MEMBERS_NAMED = re.compile(r"\s*(?:[\w-]+\s+){0,3}[\w-]+s,?\s+(?:including|such\s+as)\s+(?:the\s+)?[A-Z]")
#: A name right after a plural's words, joined as one of them: ", including the Asbury Park Press".
_MEMBER_AFTER = re.compile(r",?\s+(?:including|such\s+as)\s+(?:the\s+)?[A-Z]")


def _members_after(text: str, end: int | None) -> bool:
    """Whether the article names one of a plural's members right after its words."""
    return end is not None and _MEMBER_AFTER.match(text, end) is not None


#: An anonymous head right before words placing it near a body or a person: "Sources within the
#: Conservative Party", "people close to Sharpton", "Sources inside the Home Office" (the words after
#: say whose confidence they have, not who speaks).
_NEAR_A_BODY = re.compile(r"\b([\w-]+)\s+(?:close\s+to|within|inside|around)\s", re.IGNORECASE)
#: A band of people, not a standing body: "A party of councillors", "a group of shop stewards", "a delegation
#: of farmers" ("a group of companies" is no people's).
_PARTY_OF = re.compile(
    r"(?:an?|another)\s+(?:(?:small|large|new|cross-party)\s+)?(?:group|party|delegation|band|crowd|gang|contingent)"
    r"\s+of\s+(?:(?:[\w-]+)\s+){0,2}?([a-z][\w-]*s)\b",
    re.IGNORECASE,
)
#: "the" right before a speaker's words (the quote rules took only "lord chancellor").
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: Words for someone's lawyer: a post held for a client, not an office one person holds.
_COUNSEL_WORDS = frozenset({"lawyer", "attorney", "solicitor", "barrister", "counsel"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_COUNSEL = rf"(?:{'|'.join(sorted(_COUNSEL_WORDS))})s?"  # (none of the words begins another)
#: A lawyer's word right before a name: "lawyer Mark Stephens", "Clinton's lawyer Cheryl Mills", "An
#: attorney for Pagliano, Mark MacDougall".
_COUNSEL_BEFORE = re.compile(
    rf"(?:[\w.-]+['’]s?\s+)?\b{_COUNSEL}(?:\s+for\s+(?:[\w'’.-]+\s+){{0,3}}[\w'’.-]+)?,?\s+$", re.IGNORECASE
)
#: A lawyer's word in apposition after a name, closed by punctuation: "Mark MacDougall, Pagliano's
#: lawyer, said" (not "due to Lee, his lawyer said": the name ends a phrase, the lawyer opens a clause).
_COUNSEL_AFTER = re.compile(rf"^,\s+(?:[\w'’.-]+\s+){{0,4}}{_COUNSEL}\b(?=\s*[,.;:)—–])", re.IGNORECASE)
_CLIENT_NAME = re.compile(r"\b(?!(?:A|An|The|His|Her|Their)\b)[A-Z][\w.-]*")


def _client(ctx: _Context, words_text: str, start: int | None) -> str | None:
    """Whose lawyer a description is: "Pagliano's lawyer" Pagliano's; "his lawyer" the last person
    named before it; "the lawyer" no one said."""
    first = words_text.split(" ", 1)[0]
    if _POSSESSIVE.search(first):
        return re.sub(r"['’]s?$", "", first)
    if first.lower() not in {"his", "her", "their"} or start is None:
        return None
    before = [m for ms in ctx.named.values() for m in ms if m.label == "PERSON" and m.end <= start]
    return max(before, key=lambda m: m.end).entity if before else None


def _a_lawyer_named(ctx: _Context, client: str | None) -> bool:
    """Whether the article names someone as a lawyer, right before or in apposition after the name,
    and as the client's lawyer when it says whose ("Clinton's lawyer Cheryl Mills" is not Pagliano's)."""
    for m in (m for ms in ctx.named.values() for m in ms if m.label == "PERSON"):
        found = _COUNSEL_BEFORE.search(ctx.text[max(0, m.start - 60) : m.start]) or _COUNSEL_AFTER.match(
            ctx.text[m.end : m.end + 60]
        )
        if found is None:
            continue
        says = _CLIENT_NAME.findall(found.group(0))
        if client is None or not says or any(_same_person(client, w) or _same_person(w, client) for w in says):
            return True
    return False


def _kind_then_name(ctx: _Context, words: list[str], words_text: str, start: int | None, end: int | None) -> bool:
    """Whether a speaker's words are a word for a kind of body and then a name: "consultancy 4Cast",
    "Consultancy Strategy Analytics" (not "Police Commissioner John Smith": a word for a person or a
    person's name after it)."""
    tokens = words_text.split()
    if len(tokens) > 2 and words[:1] == ["the"] and tokens[0].lower() == "the":
        tokens, words = tokens[1:], words[1:]  # "the NGO Front Line Defenders"
    if len(tokens) < 2 or words[0] not in ctx.org_heads:
        return False
    if not all(t[:1].isupper() or t[:1].isdigit() for t in tokens[1:]):
        return False
    if words[0] not in _NGO_WORDS and any(ctx.is_person_word(w) for w in words[1:]):
        return False  # (after "NGO" a capitalised name is the body's: "NGO Front Line Defenders")
    inside = ctx.speakers.mentions_in(start, end) if start is not None and end is not None else []
    return not any(m.label == "PERSON" for m in inside)


#: Words that say a body is an NGO: what follows in capitals is its name, whatever words for people it holds.
_NGO_WORDS = frozenset({"ngo", "ngos"})


def _team_player(ctx: _Context, words_text: str, start: int | None) -> str | None:
    """The kind of a player described by a team's or a country's name and a position written small
    ("Scotland international", "England centre"; ``groups._team_position``): with "the" before, one player
    the article has identified ("The former Scotland international added", a named person, as "the
    Salford MP" is, unless "a ... international" came first); with "a", an unnamed one. None otherwise
    (no determiner: "Scotland international John Smith" names the player itself)."""
    if start is None or not _team_position().fullmatch(words_text.strip()):
        return None
    first = words_text.split(" ", 1)[0].lower()
    before = _THE_OFFICE_BEFORE.search(ctx.text[max(0, start - 24) : start])
    det = first if first in {"the", "a", "an"} else (before.group("det").lower() if before else None)
    if det == "the":
        at = start - len(before.group(0)) if before and first != "the" else start
        return "unnamed person" if _introduced_before(ctx.text, _words(words_text)[-1], at) else "named person"
    return "unnamed person" if det in {"a", "an"} else None


def _called_he_or_she(ctx: _Context, start: int | None, end: int | None) -> bool:
    """Whether the article goes on to call a description "he" or "she" and names some person: "The
    comic and actor said he had drawn up a list" in a story about Ricky Gervais (not "the abbot"
    of a story that names nobody: no one the reader can identify)."""
    if start is None or end is None or not _pronouns_after(ctx, start, end):
        return False
    return any(_label(ms) == "PERSON" for ms in ctx.named.values())


def _introduced_before(text: str, head: str, start: int | None) -> bool:
    """Whether the article has "a/an/one/another ... <head>" before ``start``: a definite "the
    spokesman" then refers back to that unnamed one."""
    before = text[: start or 0]
    return (
        re.search(rf"\b(?:a|an|one|another)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b", before, re.IGNORECASE)
        is not None
    )


#: Endings of nouns for someone who does something ("questioner", "strategist", "resident"), not
#: "-ment" ("comment", "statement").
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|(?<!m)ent|eer|ee)s?$")


def _someone_who(ctx: _Context, head: str, words: list[str]) -> bool:
    """Whether one (singular) description's head is a word for someone who does something ("broker",
    "campaigner") and no word for a body or a firm's trade ("retailer", "supplier", "carrier"): "one
    London-based broker" is a person from that place, not the place."""
    return (
        head == words[-1]
        and not head.endswith("s")
        and _AGENT_NOUN.search(head) is not None
        and head not in ctx.org_heads | _trade_heads() | ctx.makers | _document_heads()
    )


def _a_thing(ctx: _Context, head: str | None, words: list[str], start: int | None, end: int | None) -> bool:
    """Whether a speaker's words are headed by a common noun that is no word for a person, a role or
    a group of people: "the ruling", "softer language", "The body"."""
    if head is None or start is None or end is None or ctx.is_person_word(head) or head in ctx.kin_words:
        return False
    if _singular(head, dict.fromkeys(ctx.trade_people, "")) in ctx.trade_people:
        return False  # "the waitress", "a mechanic": a person of a trade, no agent noun's ending to tell it
    specific, generic = _role_lexicon()
    party = ctx.party_names | _party_members()
    if any(
        (_singular(w, specific) in specific or _singular(w, generic) in generic) and not (w != head and w in party)
        for w in words
    ):
        # a role word anywhere ("a rival in IBM" aside): a person's description; not a party's name before a
        # thing ("the Tory strategy", "the Labour plan": whose it is, not who)
        return False
    if head in ctx.group_heads | ctx.anonymous_heads | ctx.utterance_heads | ctx.collective_heads:
        return False  # a speech, a comment: someone's words, whose the words around must say
    if _AGENT_NOUN.search(head):
        return False  # "one questioner", "a campaigner": a word for someone who does something
    i, j = ctx.ix.tokens(start, end)
    root = ctx.doc[i:j].root if j > i else None
    return root is not None and root.pos_ == "NOUN" and root.lower_ == head and root.text.islower()


#: A count or share of people: "73 percent", "69% of those questioned", "18".
_COUNTED = re.compile(
    r"(?:(?:another|a further|only|just|barely|about|nearly|almost|some|over)\s+)*"
    r"\d[\d,.]*(?:%|\s+percent|\s+per cent|$)",
    re.IGNORECASE,
)
#: A share written in words: "Fifty percent of Europeans", "Twenty-five per cent", "Fifty nine percent of
#: people" (the tens and the units written apart).
_SPELLED_SHARE = re.compile(
    r"(?:(?:another|a further|only|just|barely|about|nearly|almost|some|over)\s+)*"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-\w+|\s+(?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per\s+cent)\b",
    re.IGNORECASE,
)
#: A share written as a fraction or a majority: "Almost a quarter", "One in four", "Three-quarters",
#: "Nearly eight of 10 voters", "A majority", "A total of 53% of those polled", "a majority in 14 countries",
#: "an average of 44% of respondents in each country" (a poll's mean share; not "the average of recent polls").
_FRACTION_SHARE = re.compile(
    r"(?:(?:another|a further|only|just|barely|about|nearly|almost|some|over|around|roughly|more than|fewer than|"
    r"less than|a total of|an average of|on average|a clear|a slim|the)\s+)*"
    r"(?:(?:a|one|two|three|four)[\s-]+(?:quarters?|thirds?|fifths?|tenths?)|half|a\s+(?:majority|minority)|"
    r"majority|minority|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of|of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?:\s+[a-z]+)?|\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b))"
    r"(?:\s+(?:of|in|among|across)\b.*)?$",
    re.IGNORECASE,
)
#: The words after "those" that make it the people a poll asked: "those surveyed said"; after a
#: quantifier, with "of those" first ("Some of those questioned said": the quote rules took only "Some").
_ASKED_AFTER = re.compile(
    r"\s+(?P<of>of\s+those\s+)?(?:polled|surveyed|questioned|asked|interviewed|responding)\b", re.IGNORECASE
)
#: Words for part of a poll's people, written without a number: "most of those questioned".
_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "all", "none", "half", "others"})
_QUANTIFIED_ASKED = re.compile(
    r"(?:(?:a\s+)?(?:" + "|".join(sorted(_QUANTIFIERS)) + r"))\s+of\s+those\s+"
    r"(?:polled|surveyed|questioned|asked|interviewed|responding)\b",
    re.IGNORECASE,
)
#: Words that make an article a poll's: its shares of people are those asked (ordinary people). A study's
#: or a research house's shares are its respondents too ("A study by analysts Jupiter Research ... In homes
#: with broadband, 40% said"; "Fifty percent of Europeans said", from Jupiter's research).
_POLL_WORDS = re.compile(
    r"\b(?:poll|polls|polled|survey|surveys|surveyed|respondents|questioned|study|studies|research)\b", re.IGNORECASE
)


def _share_of_people(words_text: str) -> bool:
    """Whether a speaker's words are a share or count of people: "73 percent", "32", "Thirty per
    cent", "Almost a quarter", "One in four", "A majority", "69% of those questioned"."""
    w = words_text.strip()
    return bool(_COUNTED.match(w) or _SPELLED_SHARE.match(w) or _FRACTION_SHARE.match(w) or _QUANTIFIED_ASKED.match(w))


def _those_asked(ctx: _Context, words: list[str], end: int | None) -> bool:
    """ "those surveyed said", "Some of those questioned said": the quote rules took only "those" or the
    quantifier."""
    if end is None or len(words) != 1 or (asked := _ASKED_AFTER.match(ctx.text, end)) is None:
        return False
    return words[0] in _QUANTIFIERS if asked.group("of") else words[0] == "those"


#: A poll's pollster or client after the people it asked: "quizzed by ICM", "polled for the BBC".
_ASKED_BY = re.compile(
    r"\s+(?:quizzed|questioned|polled|surveyed|interviewed|asked|sampled|contacted)\s+(?:by|for)\b.*$", re.IGNORECASE
)


def _share_group(ctx: _Context, words_text: str) -> str:
    """The group of a share of people: the people it is a share of ("60% of economists"), else, in
    an article about a poll or survey, the ordinary people it asked; else unknown."""
    of = re.search(r"\bof\s+(.+)$", words_text, re.IGNORECASE)
    # the people asked, not who asked them: "87% of the 1,000 adults quizzed by ICM for BBC News 24"
    people = _ASKED_BY.sub("", of.group(1)) if of else ""
    if people and _party_supporters(people):
        return "ordinary person or witness"  # "75 percent of Republicans": a party's voters, polled
    if people and (group := role_group(people)) != "unknown":
        return group
    return "ordinary person or witness" if _POLL_WORDS.search(ctx.text) else "unknown"


def _party_supporters(people: str) -> bool:
    """Whether the people of a share are a party's members or voters by name ("Republicans", "Tory
    voters", "likely Democratic voters"), not its office-holders ("Republican senators")."""
    words = [w for w in _words(people) if w not in {"the", "likely", "registered", "all"}]
    if words and words[-1] in {"voters", "supporters", "members"}:
        words = words[:-1]  # "Tory voters": the party's word decides
    elif len(words) == 1:
        one = words[0]
        words = [one[:-3] + "y" if one.endswith("ies") else one.removesuffix("s")]  # "Tories", "Democrats"
    else:
        return False
    return " ".join(words).removesuffix("ic") in _party_members()  # "Democratic voters"


#: A ranking by size: "biggest", "second-largest", "leading" (``trade_heads`` so ranked are firms).
_BIGGEST = re.compile(r"\b(?:(?:second|third|fourth)-)?(?:biggest|largest|leading)\b")
#: A web address: "gamesindustry.biz", "Salon.com" (a website speaks for whoever runs it).
_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|biz|info|co\.uk|org\.uk|tv)", re.IGNORECASE)
#: A name written in capitals, three to six letters, or capitals joined by "&" ("M&S", "P&O", "AT&T"): an
#: organisation's acronym.
_ACRONYM = re.compile(r"[A-Z]{3,6}|[A-Z]{1,3}&[A-Z]{1,3}")


#: A possessive determiner right before a noun phrase: "his ", "Trump's ", "my ".
_POSSESSED = re.compile(r"(?:\b(?:his|her|their|my|our)|\w['’]s?)\s+(?:ex-|former\s+|late\s+)?$", re.IGNORECASE)


def _possessed(text: str, start: int | None, words_text: str) -> bool:
    """Whether a speaker's words open with a possessive ("his wife", "Trump's ex-wife") or follow
    one in the text (the quote rules took only "wife")."""
    first = words_text.split(" ", 1)[0]
    if first.lower() in {"his", "her", "their", "my", "our"} or _POSSESSIVE.search(first):
        return True
    return start is not None and _POSSESSED.search(text[max(0, start - 24) : start]) is not None


_TIME_ADVERB = re.compile(r"^(?:now|then|later|also|still|currently)\s+", re.IGNORECASE)


def _definite(words_text: str) -> bool:
    # "now the Senate majority leader": an adverb before the description does not change it
    words_text = _TIME_ADVERB.sub("", words_text)
    first = words_text.split(" ", 1)[0]
    # "our correspondent": the outlet's own, one identifiable person
    return first.lower() in {"the", "his", "her", "their", "its", "our"} or bool(_POSSESSIVE.search(first))


#: What may stand between "the" and a body's name in a description of one of its people: "The former
#: Scotland international", "The lifelong Republican who wrote the speech".
_THE_OFFICE_BEFORE = re.compile(
    r"\b(?P<det>the|a|an)\s+(?:(?:former|new|then|current|outgoing|lifelong|veteran)\s+)?$", re.IGNORECASE
)
#: Words for people who speak for a body, left to ``descriptions._voice_of`` (an unnamed person).
_VOICE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative"})


def _office_word(ctx: _Context, word: str) -> bool:
    """Whether a word names one person by post ("leader", "MEP") or party ("Republican"), and no body
    ("executive" of "the Scottish Executive" names both: no evidence)."""
    if word in ctx.org_heads or word in _trade_heads() or word in ctx.makers or word in _VOICE_WORDS:
        return False
    return ctx.is_person_word(word) or word in _member_heads() or word in _party_members()


def _a_post(ctx: _Context, words: list[str]) -> bool:
    """Whether a name is itself a word for one post ("MEP", "Republican"), not a body named for one
    ("Council of Ministers", "Office of the Deputy Prime Minister", "Health and Safety Executive")."""
    return bool(words) and not set(words) & {"of", "and", "&", "for"} and _office_word(ctx, words[-1])


def office_of_body(ctx: _Context, name: str, spans: list[tuple[int, int]]) -> tuple[str, int, int, bool] | None:
    """The description of one person that the quote rules or the tagger cut down to a body's name, when
    every span of the speaker's words reads so: "The Lib Dem leader said" (credited to "Lib Dem"), "The
    MEP said his party ..." ("MEP" tagged as an organisation). English puts a body's name before the word
    for its member or office-holder ("the Labour health spokesman", "the Lib Dem leader"); "the" makes it
    one person the article identifies (a named person, as "the Indiana governor" is, unless "a ..." of
    the same word came first), "a"/"an" an unnamed one. A name that is itself a post counts only when the
    article goes on to call it "he" or "she", or when, a body's name before it ("A UK Independence Party MEP
    suggested ..."), it opens the lead and the next sentence names its subject first (``_named_next``: then
    a named person). Returns (words, start, end, definite) of the first span, or
    None (a spokesman or an official is ``descriptions._voice_of``'s)."""
    text, own = ctx.text, _words(name)
    if not spans or not own:
        return None
    found: list[tuple[str, int, int, bool]] = []
    for a, b in spans:
        before = _THE_OFFICE_BEFORE.search(text[max(0, a - 24) : a])
        if before is None and _a_post(ctx, own):
            before = _BODY_THEN_POST.search(text[max(0, a - 60) : a])  # "A UK Independence Party MEP"
        if before is None or _name_goes_on(ctx, b):
            return None  # no determiner; "the Republican Party": the name is longer than the words
        begin = a - len(before.group(0))
        noun = _noun_after(ctx, b)
        named_here = noun is None and _a_post(ctx, own) and _named_next(ctx, begin)
        if noun is None and _a_post(ctx, own) and (_pronouns_after(ctx, a, b) or named_here):
            end = b  # "The MEP said his party ...", "A UK Independence Party MEP suggested ... || Mike Nattrass"
        elif noun is not None and _office_word(ctx, noun[0]):
            end = noun[1]  # "The Lib Dem leader"
        else:
            return None
        head = _words(text[a:end])[-1]
        definite = before.group("det").lower() == "the" and not _introduced_before(text, head, begin)
        found.append((re.sub(r"\s+", " ", text[begin:end]), begin, end, definite or bool(named_here)))
    return found[0]


#: A determiner and a body's name (one to four capitalised words) before a name that is itself a post: "A
#: UK Independence Party " of "A UK Independence Party MEP" (the tagger took "MEP" for a body).
_BODY_THEN_POST = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'’&.-]*\s+){1,4}$")


def _named_next(ctx: _Context, start: int) -> bool:
    """Whether a description opening the lead's first sentence (after the headline) is the person the next
    sentence names first, as its subject, named nowhere before: "A UK Independence Party MEP suggested ...
    || Mike Nattrass, UKIP's deputy leader, made the comments" (the lead describes, then names; the Rifkin
    and doctor precedents of the labels). Not when the first sentence names someone itself."""
    ix = ctx.ix
    first = next((k for k, a in enumerate(ix.sent_start_char) if not ctx.in_title(a)), None)
    if first is None or first + 1 >= len(ix.sent_start_char):
        return False
    a, b = ix.sent_start_char[first], ix.sent_start_char[first + 1]
    if not a <= start < b or ctx.text[a:start].strip():
        return False  # not the words the lead opens with
    if any(m.label == "PERSON" for m in ctx.speakers.mentions_in(a, b)):
        return False
    c = ix.sent_start_char[first + 2] if first + 2 < len(ix.sent_start_char) else len(ctx.text)
    people = [m for m in ctx.speakers.mentions_in(b, c) if m.label == "PERSON" and m.entity]
    if not people or ctx.in_direct_quote(people[0].start):
        return False
    m = people[0]
    if any(x.start < b for x in ctx.named.get(m.entity or "", [])):
        return False  # named before (the headline too): someone the lead need not describe
    i, j = ix.tokens(m.start, m.end)
    return j > i and ctx.doc[i:j].root.dep_ in _SUBJECT_DEPS


def _noun_after(ctx: _Context, end: int) -> tuple[str, int] | None:
    """The lower-case head noun of the phrase a name right before it modifies, and where it ends: "leader"
    in "the Lib Dem leader said", "spokesman" in "the Labour health spokesman"; None when the word after
    the name is no lower-case noun ("The MEP said")."""
    i, _j = ctx.ix.tokens(end, end + 1)
    if i >= len(ctx.doc) or ctx.text[end : ctx.doc[i].idx].strip():
        return None
    for tok in ctx.doc[i : i + 4]:
        if not tok.text[:1].islower() or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return None
        if tok.dep_ not in {"compound", "amod", "nmod"} or tok.head.i <= tok.i:
            return tok.lower_, tok.idx + len(tok.text)
    return None


def _name_goes_on(ctx: _Context, end: int) -> bool:
    """Whether a capitalised noun follows a name on the same line ("Republican| Party"): the name runs on."""
    i, _j = ctx.ix.tokens(end, end + 1)
    if i >= len(ctx.doc) or ctx.text[end : ctx.doc[i].idx] not in {"", " "}:
        return False
    tok = ctx.doc[i]
    return tok.text[:1].isupper() and tok.pos_ in {"NOUN", "PROPN"}


#: A name's own "it" right after its verb of saying: "Highfield said that it intends", "Vivendi has said
#: it believes" (not the empty "it" of "said it was a shame", "said it would be wrong").
_SAID_IT = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|added|stated|announced|insisted|confirmed|admitted|denied|claimed|argued|warned|"
    r"revealed|explained|maintained)\s+(?:that\s+)?it\s+"
    r"(?!is\b|was\b|would\b|will\b|could\b|might\b|may\b|seems?\b|seemed\b|makes?\b|made\b|took\b|takes?\b)[a-z]",
)
#: A relative "which" after a name and its comma: a thing's or a body's, never a person's.
_COMMA_WHICH = re.compile(r",\s+which\b")
#: What only a body issues, right after its name: "A Bloomberg poll", "a Halifax survey", "Nationwide
#: data" (a person's report or book may be theirs too, "the Mueller report": not those).
_ITS_POLL = re.compile(r"\s+(?:poll|polls|polling|survey|surveys|data|figures|forecasts?|index)\b")
#: A report or study called by one word before it: "the Datamonitor report" (a firm's; "the Hutton report" is
#: a person's too, but the article names him in full or with his title).
_ITS_REPORT = re.compile(r"\s+(?:report|reports|study|research)\b")


def called_it(ctx: _Context, name: str, named: list[Mention], said: list[Quote]) -> bool:
    """Whether a name the tagger or a role word took for a person's is a body's: the article never gives
    it "he" or "she", a first name or an honorific, and calls it "it" (one of its quotes hangs on "it"
    resolved to it, or "<name> said (that) it intends" stands in the text) or names a poll, a survey or
    data by it ("A Bloomberg poll"). English calls a person "he" or "she" and a body "it": "Highfield
    said that it intends to take the firm private", "The University of California said ... It joined
    the lawsuit"."""
    if ctx.pronouns.get(name) or ctx.speakers.gender_offsets.get(name) or first_name_gender(name) is not None:
        return False
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+{re.escape(name)}\b", ctx.text):
        return False
    text = ctx.text
    if any(q.speaker_start is not None and text[q.speaker_start : q.speaker_end].lower() == "it" for q in said):
        return True
    ends = [m.end for m in named if m.label not in REFERENCE_LABELS]
    if not named:
        ends = [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]  # a name the tagger missed
    if any(_SAID_IT.match(text, end) or _ITS_POLL.match(text, end) or _COMMA_WHICH.match(text, end) for end in ends):
        return True  # (", which": "Novartis, which last month forecast record sales, said it had bought")
    # "the Datamonitor report": one word no one of the article is named in full by
    one_word = " " not in name and not any(e.endswith(f" {name}") for e in ctx.named)
    return one_word and any(_ITS_REPORT.match(text, end) for end in ends)


def called_he_or_she(ctx: _Context, name: str) -> bool:
    """Whether the article calls a name the tagger took for a body's "he" or "she", at least twice, and
    never "it" in "<name> said (that) it ...", and the name holds no word for a body: a person's name
    ("Sloncek said Exeem would combine ... he said")."""
    said = {**ctx.pronouns.get(name, {}), **ctx.speakers.gender_offsets.get(name, {})}
    if len(said) < 2 or set(_words(name)) & (ctx.org_heads | _trade_heads()):
        return False
    return not any(_SAID_IT.match(ctx.text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text))
