"""Finding a named person's role words in the text and the parse: an apposition, a title before
or inside the name, "X of/at ORG", "X is the ...", a relative clause, a party-and-state tag."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from analysis.extract.entities import first_names
from analysis.extract.quotes.roles import glued
from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.affiliations import affiliation_after_name
from analysis.extract.sources.clauses import given_post, post_verb, work_clause
from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.groups import _POST_VERB_FORMS, known_body, role_group
from analysis.extract.sources.introduced import described_after, introduced_before
from analysis.extract.sources.last_roles import noun_right_before, speaking_for_after
from analysis.extract.sources.lexicons import (
    _gendered,
    _occupations,
    _organisation_heads,
    _party_members,
    _role_lexicon,
    _team_positions,
    _title_defaults,
)
from analysis.extract.sources.words import _POSSESSIVE, _POSSESSOR, _SPLIT, _TITLE_DEPS, _singular, _words
from analysis.records import Mention


def _role_of_person(
    ctx: _Context, mentions: Iterable[Mention], any_label: bool = False, bare: bool = False
) -> Role | None:
    """The first role the article gives a named person, at any of their mentions: an apposition,
    a title before the name, "X of/at ORG", "X is the ..."; when that one says only what the person
    was ("Ex-chatshow host") or where they are from ("Northern Ireland man"), the post a description
    the article goes on to use for them gives (``introduced.described_after``: "The Veritas leader")."""
    mentions = list(mentions)
    role = _first_role(ctx, mentions, any_label, bare)
    role = _completed(ctx, role) if role is not None else None
    role = _with_department(ctx, role) if role is not None else None
    if role is None or not (_was(ctx, role) or role_group(role[0], role[3], ctx.story) == "ordinary person or witness"):
        return role
    later = described_after(ctx, mentions)
    return (re.sub(r"\s+", " ", ctx.text[later[0] : later[1]]), *later, False) if later is not None else role


#: A relative clause saying whom a person represents: the person it names is a client, not a speaker of
#: the role ("Jason Foy, who represents Noel": Noel's lawyer).
_REPRESENTS = re.compile(r"who\s+(?:represents|represented)\s")
#: A press release's post written in parts after a name: ", Nissan Sales & Regional Operations at Nissan North
#: America Inc." after "division vice president" (the department, then the body, each capitalised).
_DEPARTMENT_AT = re.compile(
    r",\s+((?:(?:[A-Z][\w&.'’-]*|&|and)\s+){1,6}(?:at|of)\s+(?:the\s+)?[A-Z][^,;:()\n]*?)(?=\s*(?:[.,;:]\s|[.,;:]?$|\n))"
)


def _with_department(ctx: _Context, role: Role) -> Role:
    """A post no group fits, written on after a comma with its department and its body ("division vice
    president, Nissan Sales & Regional Operations at Nissan North America Inc."): the whole post."""
    if role[3] or role_group(role[0], False, ctx.story) != "unknown":
        return role
    found = _DEPARTMENT_AT.match(ctx.text, role[2])
    if found is None:
        return role
    whole = role[0] + ", " + re.sub(r"\s+", " ", found.group(1))
    if role_group(whole, False, ctx.story) == "unknown":
        return role
    return whole, role[1], found.end(1), False


#: Words a role cannot end on: a preposition still waits for what it is of.
_OPEN_ENDS = frozenset({"at", "of", "for", "with", "in", "from", "on", "to", "by"})
#: How many words a role ending on a preposition may run on over.
_RUN_ON = 12


def _completed(ctx: _Context, role: Role) -> Role:
    """A role that ends on a preposition run on over the words after it, up to a comma, a verb or the
    sentence's end: "head of policy at | Aids charity the Terrence Higgins Trust said", where the parse
    cut the body off the post ("Aids charity" read as a phrase of its own). Any other role is kept."""
    words, a, b = role[0].split(), role[1], role[2]
    if not words or words[-1].lower() not in _OPEN_ENDS:
        return role
    doc, ix = ctx.doc, ctx.ix
    i, j = ix.tokens(a, b)
    if j <= i or j >= len(doc):
        return role
    sentence = ix.sent_of[j - 1]
    end = j
    while end < len(doc) and end - j < _RUN_ON and ix.sent_of[end] == sentence:
        t = doc[end]
        if t.is_punct or t.is_quote or t.pos_ in {"VERB", "AUX", "SCONJ", "PRON"}:
            break  # ("... of Defense Leon Panetta | that ...": a clause, no longer the body's name)
        end += 1
    if end == j:
        return role
    last = doc[end - 1]
    b = last.idx + len(last)
    return re.sub(r"\s+", " ", ctx.text[a:b]), a, b, role[3]


#: The tagger's labels for a place, a people or a body.
_NO_PERSON_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})


def _tagged_here_as_no_person(ctx: _Context, m: Mention) -> bool:
    """Whether the tagger reads a mention counted as a person's as a place, group or body where it stands
    ("an Iowa Republican strategist": "Iowa" a person's name elsewhere in the article, a state here)."""
    i, j = ctx.ix.tokens(m.start, m.end)
    return j > i and all(t.ent_type_ in _NO_PERSON_LABELS for t in ctx.doc[i:j])


def _was(ctx: _Context, role: Role) -> bool:
    """Whether role words say what the person was: "Ex-chatshow host", "a former aide", "Retired Lt. Gen."."""
    return bool(_FORMER.match(role[0]) or _PAST.search(ctx.text[max(0, role[1] - 12) : role[1]]))


def _first_role(ctx: _Context, mentions: list[Mention], any_label: bool, bare_ok: bool = False) -> Role | None:
    """The first role the article gives a named person at any of their mentions (``_role_of_person``);
    with ``bare_ok``, last, a noun no list holds right before the name (``last_roles.noun_right_before``) or the
    body the person speaks for after it (``last_roles.speaking_for_after``), for a caller that has tried every
    other source of role words."""
    doc, text = ctx.doc, ctx.text
    specific, generic = _role_lexicon()
    honorifics, _, _ = _gendered()

    def acceptable(a: int, b: int, is_title: bool) -> bool:
        if text[a:b].split(" ", 1)[0].lower() in {"and", "or", "but"}:
            return False  # "and DJ partner": a piece of a list
        if is_title and text[a:b] == "Team":
            return False  # "Team Trump": the person's campaign team, not a title (a team's is a player's)
        if (
            not is_title
            and not _REPRESENTS.match(text, a)
            and any(
                x.label == "PERSON"
                and not _belongs_to(text, a, x)
                and x.text.lower() not in _party_members()
                and not _tagged_here_as_no_person(ctx, x)
                for x in ctx.speakers.mentions_in(a, b)
            )
        ):
            return False  # another person's name: "Blair, Brown and Straw" ("Clinton spokesman" is fine)
        words = _words(text[a:b])
        if (
            is_title
            and not _POSSESSIVE.search(text[a:b])
            and not any(ctx.is_person_word(w) or _singular(w, generic) in generic for w in words)
            and _only_a_body(ctx, a, b)
        ):
            return False  # "Sources told the BBC Mr Howard ...": a body's bare name before a name is no title
        if any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words):
            return True
        if is_title and words and words[-1] in _team_positions() and _sport_story(ctx):
            return True  # "centre Jamie Noon" in a story about sport: a player's position
        if role_group(text[a:b]) != "unknown":
            return True  # a lexicon phrase: "of the International Longevity Centre", "at the National Review"
        if not is_title and role_group(text[a:b], False, ctx.story) != "unknown":
            # a word the story places, after the name: "Adrian Mapp, a Clinton delegate from New Jersey" in
            # a story about politics (before a name, "19 delegates" won for a candidate is no title of his)
            return True
        if words and words[0] in {"from", "of", "at"} and any(x.label == "ORG" for x in ctx.speakers.mentions_in(a, b)):
            return True  # "from the Muslim Safety Forum": the body the person speaks from
        if (
            words
            and words[0] in {"of", "at"}
            and words[-1] in _organisation_heads()
            and _NAME_OR_ADDRESS.search(text, a, b)
        ):
            return True  # "of the Guardian newspaper", the tagger finding no organisation in it
        i, j = ctx.ix.tokens(a, b)
        return j > i and ctx.is_person_word(doc[i:j].root.lower_)

    past: Role | None = None
    bare: Role | None = None  # "Chelsea physio Mike Banks": a noun no list holds, kept while a placed role may come
    among: Role | None = None  # "newspapers including El Watan": only when no mention has words of its own
    # "Dr" alone, while the post may still come, at this mention or a later one ("Dr Brian Gibbons ... Dr
    # Gibbons, who was a GP in Blaengwynfi"): a doctorate says less than a post
    doctor: Role | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        unplaced: Role | None = None  # an apposition no group fits, while a title may still come
        past_here: Role | None = None
        if m.label != "PERSON" and not any_label:
            continue
        i, j = ctx.ix.tokens(m.start, m.end)
        if j <= i:
            continue
        root = doc[i:j].root
        if among is None and (listed := _listed_among(ctx, root)) is not None:
            among = (re.sub(r"\s+", " ", text[listed[0] : listed[1]]), *listed, False)
        title, apposition = _title_before(doc, root, i, honorifics), _apposition(doc, root, i, j)
        if title is not None and text[title[0] : title[1]].lower() in _ROYAL_TITLES and _given_name_only(m):
            title = None  # "Prince Charles" among Charles Kennedy's mentions: a royal of that name, not him
        post_first = _post_before_apposition(ctx, title, apposition)
        inside = _title_inside(ctx, m, honorifics)
        if (
            inside is not None
            and title is not None
            and inside[0] == m.start
            and not text[title[1] : m.start].strip()
            and _words(text[inside[0] : inside[1]])[:1] != ["the"]  # "think-tank The Brookings Institution"
        ):
            inside = title[0], inside[1]  # "Virgin Radio DJ Pete Mitchell", the tagger taking "DJ" into the name
        candidates = (
            (inside, True),
            (title if post_first else None, True),
            (apposition, False),
            (None if post_first else title, True),
            (_post_closed_by_name(ctx, root, i) if m.label == "PERSON" else None, False),
            (_title_of_body(ctx, m.start) if m.label == "PERSON" else None, True),
            (_comma_title_text(ctx, m) if m.label == "PERSON" else None, False),
            (_indefinite_before_comma(ctx, m) if m.label == "PERSON" else None, False),
            (_affiliation(doc, root, j), False),
            # (not in someone's quoted words: "Sandy is kind of a local celebrity," Bennett said, is
            # his opinion of her, not what the article says she is)
            (_predicate(doc, root) if not ctx.in_direct_quote(m.start) else None, False),
            (_listed_after(ctx, root, i), False),
            (_comma_apposition(ctx, m.end), False),
            (_dash_apposition(ctx, m.end) if m.label == "PERSON" else None, False),
            (_party_and_state(ctx, m.end), False),
            (_relative_role(ctx, root, j), False),
            (_apposition_relative(ctx, root, j), False),
            (post_verb(ctx, root) if not ctx.in_direct_quote(m.start) else None, False),
            (_possessive_title(ctx, root, i), True),
            (_words_before(ctx, i) if m.label == "PERSON" else None, True),
            (_words_after(ctx, m.end), False),
            (_writing_in(ctx, m.end), False),
            (_speaking_for(ctx, m.start), False),
        )
        for found, is_title in candidates:
            if found is None:
                continue
            a, b = found
            if ":" in text[min(b, m.end) : max(a, m.start)]:
                continue  # "Pat Caddell: Democrat Voters Worried ..." (a headline), not an apposition
            if "\n" not in text[: max(a, m.start)] and _SPACED_DASH.search(text[min(b, m.end) : max(a, m.start)]):
                continue  # "Abortion not a poll issue - Blair": a headline's claim and who made it
            hyphen = _HYPHENATED.match(text, b)  # "co-producer" cut at its hyphen by the parse
            b = hyphen.end() if hyphen else b
            if "-" in text[a:b].rsplit(None, 1)[-1]:
                b = _of_after_hyphenated(ctx, b)  # "vice-president of the Arthur D. Little consultancy"
            sport = _SPORT_NAME_BEFORE.search(text[max(0, a - 12) : a]) if _UNION_OR_LEAGUE.match(text, a) else None
            a = a - len(sport.group(0)) if sport else a  # "England rugby union captain": no trade union's
            clause = _TRAILING_CLAUSE.search(text, a, b)
            b = clause.start() if clause and clause.start() > a else b  # "... magazine, which conducted ..."
            if not is_title and (under := _UNDER.search(text, a, b)) and ctx.speakers.mentions_in(under.end(), b):
                b = under.start()  # "who was Senate majority leader under George W. Bush": when, not whose
            if is_title and _describes_body_between(ctx, a, b, m):
                continue  # "aerospace group EADS Philippe Camus": the words say what EADS is, not Camus
            if not acceptable(a, b, is_title):
                if bare is None and noun_right_before(ctx, a, b, m):
                    bare = re.sub(r"\s+", " ", text[a:b]), a, b, is_title
                continue
            role = re.sub(r"\s+", " ", text[a:b]), a, b, is_title
            if is_title and _words(role[0]) == ["dr"]:
                doctor = doctor or role  # "Dr Jeremy Philpott of the UK Patent Office": the post says more
                continue
            if unplaced is not None:
                if is_title and role_group(role[0], True, ctx.story) != "unknown":
                    return role  # "Former Conservative leader X, one of the chief critics of the plans"
                continue
            if is_title and (_PAST.search(text[max(0, a - 12) : a]) or _RETIRED.match(role[0])):
                # "Retired Lt. Gen.": what they were; a present role wins (the title holds "Retired" since
                # ranks written short are one token: "Lt." no longer ends a sentence)
                past = past or role
                past_here = past_here or role
                continue
            if not is_title and _FORMER.match(role[0]) and (now := _and_now(ctx, b) or _now_role(ctx, mentions)):
                # "Erin Murphy, a former Clinton aide ... Murphy, now a consultant on Burma"; "Doug Cooke, a
                # former NASA associate administrator for exploration and now an industry consultant"
                return now
            if not is_title and role_group(role[0], False, ctx.story) == "unknown":
                unplaced = role  # a title at the same name that a group fits says more
                continue
            if not is_title and past_here is not None and _plural_words(ctx, a, b):
                # "the two invited witnesses, former astronaut Tom Stafford and retired aerospace executive
                # Tom Young": what each one was says more than the words for the pair
                return past_here
            return role
        if unplaced is not None:
            placed = past_here is not None and role_group(past_here[0], True, ctx.story) != "unknown"
            return past_here if placed else unplaced
    # last, the body a person is "of" that the tagger took for no organisation: "Lee Wang of The Intercept"
    return (
        past
        or doctor
        or among
        or _introduced(ctx, mentions)
        or affiliation_after_name(ctx, mentions)
        or (bare or speaking_for_after(ctx, mentions) if bare_ok else None)
    )


def _post_before_apposition(ctx: _Context, title: tuple[int, int] | None, apposition: tuple[int, int] | None) -> bool:
    """Whether a title of two words or more before a name says what the person is before the
    apposition after it: "Former Arizona governor Jan Brewer, an early supporter of Trump",
    "Washington Post columnist Michael Gerson, a speechwriter in George W. Bush's White House" (the
    post, not a description). A one-word title ("Dr", "Cardinal") says less than the post after the
    name, "now a parliamentary hopeful" is what a "former advisor" is now, a definite apposition after
    the name ("the government's independent reviewer of anti-terrorism laws") is a post too, and a
    former post yields to an apposition the lexicon places as more than a member of the public ("Former
    minister Jane Brown, a professor of law"; not "Former Arizona governor Jan Brewer, an early
    supporter of Trump")."""
    if title is None or apposition is None or apposition[0] < title[1] and apposition[1] > title[0]:
        return False
    if _several_or_plain(ctx, apposition, title):
        return True  # "Ambassador Gordon Sondland, the most anticipated witness in the inquiry": his post
    if apposition[0] > title[1] and _words(ctx.text[apposition[0] : apposition[1]])[:1] == ["the"]:
        return False  # "Liberal Democrat peer Lord Carlile, the government's independent reviewer of ...": a post too
    if _FORMER.match(ctx.text, title[0]) and role_group(
        ctx.text[apposition[0] : apposition[1]], False, ctx.story
    ) not in {"unknown", "ordinary person or witness"}:
        return False  # "Former minister Jane Brown, a professor of law at Yale": what she is now
    return len(_words(ctx.text[title[0] : title[1]])) >= 2 and not _NOW.match(ctx.text, apposition[0])


def _several_or_plain(ctx: _Context, apposition: tuple[int, int], title: tuple[int, int]) -> bool:
    """Whether an apposition says less of a titled person than the title: a description of several
    people ("the two invited witnesses, former astronaut Tom Stafford and ...": each one's own title says
    what they are), or a member of the public's where the title is a post the lexicon places ("Ambassador
    Gordon Sondland, the most anticipated witness in the impeachment inquiry": a witness at a hearing,
    there as an ambassador)."""
    if _plural_words(ctx, *apposition):
        return True
    described = role_group(ctx.text[apposition[0] : apposition[1]], False, ctx.story)
    return described == "ordinary person or witness" and role_group(
        ctx.text[title[0] : title[1]], True, ctx.story
    ) not in {"unknown", "ordinary person or witness"}


def _plural_words(ctx: _Context, a: int, b: int) -> bool:
    """Whether the words at ``a:b`` are headed by a plural noun ("the two invited witnesses")."""
    i, j = ctx.ix.tokens(a, b)
    return j > i and ctx.doc[i:j].root.tag_ in {"NNS", "NNPS"}


def _introduced(ctx: _Context, mentions: Iterable[Mention]) -> Role | None:
    """The description a sentence before a person's first name introduces them by, when no mention
    has words of its own (``introduced``: "one of the former prosecutors for X said ... || Y said")."""
    for m in mentions:
        if (found := introduced_before(ctx, m)) is not None:
            return re.sub(r"\s+", " ", ctx.text[found[0] : found[1]]), *found, False
    return None


def _title_glued(ctx: _Context, name: str) -> Role | None:
    """A title the tagger ran into a mention of another name, often of another label: "Balco boss
    Victor Conte" (tagged ORG) for Victor Conte, "Broadcaster Chris Evans". The words before the
    person's full name, when they end on a word for a person or the lexicon places them."""
    # the name may itself be the glued mention ("Balco boss Victor Conte" as the full name of "Conte"):
    # then the person's name is the other name it ends with
    inner = [e for e in ctx.named if name.endswith(f" {e}") and len(e.split()) > 1]
    words = name.split()
    first = [k for k in range(1, len(words) - 1) if words[k].lower() in (first_names() or {})]
    if inner:
        name = max(inner, key=len)
    elif first:
        name = " ".join(words[first[0] :])  # "Balco boss Victor Conte": from the first name on
    if len(name.split()) < 2:
        return None  # a surname alone may end many names
    glued = [m for e, ms in ctx.named.items() if e == name or e.endswith(f" {name}") for m in ms]
    for m in sorted(glued, key=lambda m: m.start):
        if not m.text.endswith(f" {name}") or ctx.in_title(m.start):
            continue
        prefix = m.text[: -len(name)].strip()
        words = _words(prefix)
        if not words or words[0] in {"and", "or", "but"} or any(c in prefix for c in ",;:()"):
            continue
        if ctx.is_person_word(words[-1]) or role_group(prefix) != "unknown":
            return prefix, m.start, m.start + len(prefix), True
    return None


def _describes_body_between(ctx: _Context, a: int, b: int, m: Mention) -> bool:
    """Whether title words a..b end on a word for a body (not for a person) and the body's name stands
    between them and the person's name: "European defence and aerospace group EADS Philippe Camus"
    (the tagger may take "EADS Philippe Camus" whole for an organisation: then a first name inside
    the mention, after its first word, starts the person's name)."""
    words = _words(ctx.text[a:b])
    if not words or words[-1] not in ctx.org_heads or ctx.is_person_word(words[-1]):
        return False
    if m.label == "PERSON":
        return bool(_CAPITALISED_WORD.search(ctx.text, b, m.start))
    names = first_names() or {}
    inside = m.text.split()
    return m.label == "ORG" and any(w.lower() in names for w in inside[1:-1])


_CAPITALISED_WORD = re.compile(r"[A-Z]")
#: A capitalised word or a web address ("buildyourown.org.uk"): a body's name.
_NAME_OR_ADDRESS = re.compile(r"[A-Z]|\w\.\w")


def _only_a_body(ctx: _Context, a: int, b: int) -> bool:
    """Whether the words a..b are just one organisation's name (tagged ORG), with no word for a post:
    "the BBC" in "told the BBC Mr Howard" (the parse hangs it on the name as a compound)."""
    return any(x.label == "ORG" and x.start <= a and b <= x.end for x in ctx.speakers.mentions_in(a, b))


#: A post's time given by whom it served under: "majority leader under George W. Bush", cut before it.
_UNDER = re.compile(r"\s+under\s+(?=[A-Z])")
#: A dash with spaces round it: in a headline, "Lords wrong on detainees - Straw" credits the words before
#: it to the name after it (they are what he said, not what he is).
_SPACED_DASH = re.compile(r"\s[-–—]\s")
#: "rugby" cut off a role that goes on "union ..." or "league ...": the sport, not a trade union.
_SPORT_NAME_BEFORE = re.compile(r"\brugby\s+$", re.IGNORECASE)
_UNION_OR_LEAGUE = re.compile(r"(?:union|league)\b", re.IGNORECASE)
#: A clause hanging on the end of a role: ", which conducted the research", ", who ...".
_TRAILING_CLAUSE = re.compile(r",\s+(?:which|who|whose|that|where)\b|\s+(?:--|—|–)\s")
#: Words before a title that make it a past one ("Retired Lt. Gen. Michael Flynn", "former").
_PAST = re.compile(r"\b(?:retired|former|ex)[\s-]+(?:\w+\.?\s+)?$", re.IGNORECASE)
_RETIRED = re.compile(r"retired\s", re.IGNORECASE)
#: An apposition that says what a person was: "a former Clinton aide", "the ex-chairman of ...", and one
#: that says what they are now: "now a consultant on Burma".
_FORMER = re.compile(r"(?:(?:an?|the)\s+)?(?:former|ex-)", re.IGNORECASE)
_NOW = re.compile(r"now\s+(?:an?|the)\s")


#: What a former post-holder is now, written on after the former post: "... for exploration and now an industry
#: consultant, during a hearing" (up to a comma or the sentence's end).
_AND_NOW = re.compile(r",?\s+and\s+(now\s+(?:an?|the)\s+[^,.;:()]+)")


def _and_now(ctx: _Context, end: int) -> Role | None:
    """What the person is now, written right after a former post that ends at ``end``, when the lexicon
    places it."""
    found = _AND_NOW.match(ctx.text, end)
    if found is None or role_group(found.group(1), False, ctx.story) == "unknown":
        return None
    return re.sub(r"\s+", " ", found.group(1)), *found.span(1), False


def _now_role(ctx: _Context, mentions: Iterable[Mention]) -> Role | None:
    """ "Murphy, now a consultant on Burma in the private sector": an apposition at any of the person's
    mentions saying what they are now, when the lexicon places it; it outranks a former post."""
    for m in mentions:
        found = _COMMA_APPOSITION.match(ctx.text, m.end)
        if found and _NOW.match(found.group(1)) and role_group(found.group(1), False, ctx.story) != "unknown":
            return re.sub(r"\s+", " ", found.group(1)), *found.span(1), False
    return None


#: Verbs of a relative clause after a name that say what the person does: "Luis Rubio, who heads
#: the Center of Research for Development", "who chairs the committee".
_ROLE_VERBS = frozenset(
    {"head", "lead", "run", "chair", "direct", "manage", "edit", "coach", "found", "represent", "helm"}
)
#: Verbs of a relative clause whose "as" phrase is the person's office: "who served as ambassador".
_AS_VERBS = frozenset({"serve", "work", "act"})


def _words_before(ctx: _Context, i: int) -> tuple[int, int] | None:
    """A title the parse did not hang on the name: the words right before it, back to punctuation,
    a determiner, a verb or a preposition, ending on a word for a person ("Airbus head Noel
    Forgeard is now set to replace ...")."""
    doc = ctx.doc
    if i == 0 or not _title_word(ctx, doc[i - 1]):
        return None
    first = i - 1
    while first - 1 >= 0 and i - first < 4:
        t = doc[first - 1]
        if t.is_punct or t.is_space or t.pos_ in {"DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ"}:
            break
        first -= 1
    return doc[first].idx, doc[i - 1].idx + len(doc[i - 1])


#: A title and the body it is of, written right before a name: "Speaker of the House Newt Gingrich",
#: "Chancellor of the Exchequer Gordon Brown" (the parse hangs the body's name on the person's name,
#: so the title before it reads as only "House"), and a few fields written small: "Bath director of
#: rugby Jack Rowell", "head of state"; a minister's portfolio written small after "for": "the minister
#: for civil aviation Praful Patel". Groups: the title words, the word before "of" or "for".
_TITLE_OF_BODY = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w.-]*[ \t]+){0,2})([A-Za-z][\w.-]*)\s+(?:"
    r"of\s+(?:(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}|(?:rugby|football|cricket|sport|state|staff|communications)\s+)"
    r"|for[ \t]+(?!(?:the|a|an|whom|which|who|his|her|their|its|our|this|that|all|some|any)\b)(?:[a-z]+[ \t]+){1,2})$"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: Words before a title's head that belong to the title: "Deputy Speaker", "Prime Minister".
_TITLE_MODIFIERS = frozenset({"deputy", "vice", "acting", "shadow", "prime", "chief", "former", "junior", "senior"})


def _title_of_body(ctx: _Context, start: int) -> tuple[int, int] | None:
    """ "Speaker of the House Newt Gingrich": the title, "of", the body's capitalised name, right before
    the name at ``start``, when the word before "of" is a word for a person or a title the lexicon
    holds (not "the rest of the House")."""
    found = _TITLE_OF_BODY.search(ctx.text, max(0, start - 90), start)
    if found is None or _SENTENCE_END.search(found.group(0)):
        return None  # "... manager of Macrovision's Technologies Group. Macrovision said": the sentence before
    specific, generic = _role_lexicon()
    head = found.group(2).lower().rstrip(".")
    if not (ctx.is_person_word(head) or head in specific or head in generic or head in _title_defaults()):
        return None
    honorifics = _gendered()[0]
    body = found.group(0)[found.end(2) - found.start(0) :].split()[1:]
    if any(w.lower().rstrip(".") in honorifics for w in body):
        return None  # "an equally ardent fan of Mr Blair": the name is what the words are of
    a = found.start(2)
    for word in reversed(found.group(1).split()):
        low = word.lower().rstrip(".")
        if not (low in _TITLE_MODIFIERS or low in specific or low in generic or ctx.is_person_word(low)):
            break
        a = ctx.text.rindex(word, 0, a)
    b = found.end(0)
    while b > a and ctx.text[b - 1].isspace():
        b -= 1
    if any(x.label == "PERSON" and x.start < b and x.end > a for x in ctx.speakers.mentions_in(a, b)):
        return None  # another person's name inside: "adviser of the Clinton Foundation Bill Clinton"
    return a, b


def _sport_story(ctx: _Context) -> bool:
    return "culture and sport" in ctx.story


def _title_word(ctx: _Context, token: Token) -> bool:
    """Whether a word right before a name is the last word of a title: a lower-case word for a
    person ("Airbus head"), or a capitalised one the lexicon holds as a person word or a role word
    ("Tulsa police Chief", "Sen.": the parse often hangs these on the wrong word)."""
    word = token.lower_.rstrip(".")
    if (
        token.is_lower
        and word in _team_positions()
        and (_sport_story(ctx) or ctx.doc[token.i - 1 : token.i].text.istitle())
    ):
        return True  # "England centre Jamie Noon", "Ireland wing X", "But centre Jamie Noon" in a match report
    if token.is_lower:
        # or one person's trade the occupations list holds ("North Devon landowner Giles Bradshaw", the
        # parse making the place and the trade a clause of their own); not a plural, not a body's word
        return ctx.is_person_word(word) or (
            token.pos_ == "NOUN" and word in _occupations()[1] and not word.endswith("s") and word not in ctx.org_heads
        )
    if not token.is_title and not token.text.endswith("."):
        return False  # "BBC", "NATO": a body's name in capitals, not a title
    if word in _gendered()[0] or ctx.in_title(token.idx):
        return False  # "Lord Falconer": an honorific; a headline's capitals say nothing
    specific, generic = _role_lexicon()
    return ctx.is_person_word(word) or word in specific or word in generic or word in _title_defaults()


def _words_after(ctx: _Context, end: int) -> tuple[int, int] | None:
    """Where a person is from, written right after the name when the parse hangs it elsewhere:
    "According to Benoit Joly from broadband telecoms firm Thales, ..." (up to a capitalised name)."""
    found = _FROM_AFTER.match(ctx.text, end) or _OF_AFTER_COMMA.match(ctx.text, end)
    if not found and (bare := _FROM_THE_BODY.match(ctx.text, end)) and bare.group(2) in ctx.org_heads:
        # "Susanne Risse from the company", "Mike Hobday, from the league, said": the body the article
        # has just named, by a word for a body
        found = bare
    if not found:
        return None
    prep = ctx.doc[ctx.ix.tokens(found.start(1), found.end(1))[0]]
    name = ctx.doc[ctx.ix.token_before(end - 1)]
    if prep.head.pos_ in {"VERB", "AUX"} and name.dep_ in {"pobj", "dobj"} and "," not in ctx.text[end : prep.idx]:
        # "who worked for Mrs. Clinton at the State Department", "met Obama at the White House": the
        # name an object, the phrase says where the verb's deed was done, not where the person is from
        return None
    stop = _SENTENCE_STOP.search(ctx.text, found.start(1), found.end(1))
    return found.start(1), stop.end(1) if stop else found.end(1)  # "at the State Department. After ...": up to the stop


#: A full stop closing a word of four letters or more, a capital after it: the sentence ends there
#: ("Department. After"), not after an abbreviation ("St. Louis", "Inc. Chief").
_SENTENCE_STOP = re.compile(r"(\w{3}[a-z])\.\s+[A-Z]")


def _writing_in(ctx: _Context, end: int) -> tuple[int, int] | None:
    """ "E Hayot, writing in the culture blogzine Print Culture, said": the outlet a person writes in
    or for, right after the name (a columnist's or a critic's by-line, media)."""
    found = _WRITING_IN.match(ctx.text, end)
    return found.span(1) if found else None


#: ", writing in the Guardian", ", writing for the New Yorker": up to the next comma or full stop.
_WRITING_IN = re.compile(r",\s+(writing\s+(?:in|for)\s+[^,.;:\"“”()]{2,80}?)(?=\s*[,.;:])")


#: "from broadband telecoms firm Thales", "at the Tax Policy Center": a few lower-case words, then a name.
_FROM_AFTER = re.compile(
    r",?\s+((?:from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?=[\s,.;:)]|$)"
)


#: ", of Campaign for Borders Rail,": "of" and a name between commas (set off by its comma from the
#: name, not a peer's "Lord Walker of Gestingthorpe").
_OF_AFTER_COMMA = re.compile(
    r",\s+(of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:for|of|and|&)?\s*[A-Z][\w&'’.-]*){0,4})(?=\s*[,;)]|\s*$)"
)
#: "from the company", "at the magazine": "from"/"at" and a word for a body, then a comma, a full stop or a
#: verb's word (the word checked against the organisation heads).
_FROM_THE_BODY = re.compile(r",?\s+((?:from|at)\s+the\s+([a-z]+))(?=[\s]*[,.;:)]|\s+[a-z]+s?\b)")


#: A sentence opening "For the <body>," right before a name: "For the Welsh Liberal Democrats, Kirsty
#: Williams called the new target ...", "For the Lib Dems David Laws said": the person speaks for that body.
_SPEAKING_FOR = re.compile(r"(?:^|[.!?\"”]\s+|\n\s*)([Ff]or the (?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*),?\s*$")


def _speaking_for(ctx: _Context, start: int) -> tuple[int, int] | None:
    """The body a sentence opens by saying the person speaks for, right before the name."""
    found = _SPEAKING_FOR.search(ctx.text, max(0, start - 80), start)
    return found.span(1) if found else None


#: The groups only a body's name places: a possessive placed so is a body's, even when tagged a person's.
_BODY_FIELDS = frozenset({"media", "business", "civil society, NGO, union", "expert or academic"})


def _possessive_title(ctx: _Context, root: Token, i: int) -> tuple[int, int] | None:
    """ "Labour's Paul Flynn": a possessive right before the name, when the lexicon gives it a
    group (a party, a body); "Blair's Tony" never occurs, "Chelsea's X" needs a sports story."""
    poss = next((c for c in root.lefts if c.dep_ == "poss" and c.i < i and c.pos_ == "PROPN"), None)
    if poss is None or poss.i != i - 1 and not (poss.i == i - 2 and ctx.doc[i - 1].tag_ == "POS"):
        return None
    a = ctx.doc[poss.left_edge.i].idx
    end = ctx.doc[i - 1]
    span = a, end.idx + len(end)
    party = ctx.doc[poss.i].lower_ in ctx.party_names  # "Labour", even when tagged PERSON
    if not party and any(m.label == "PERSON" for m in ctx.speakers.mentions_in(*span)):
        # a body the lexicon places by name, even when tagged PERSON ("Al Jazeera's Mike Hanna": "Al" a first
        # name); a body's field only: "Mr. King's", "Major's" are a person's, whatever a title's word would place
        owner = ctx.text[span[0] : span[1]].removesuffix("'s").removesuffix("’s")
        if known_body(owner) is None and role_group(owner, name=True) not in _BODY_FIELDS:
            return None  # "Clinton's Tim Kaine": a person's, not a title
    return span if role_group(ctx.text[span[0] : span[1]], name=True) != "unknown" else None


def _relative_role(ctx: _Context, root: Token, j: int) -> tuple[int, int] | None:
    """ "X, who heads the Y": the relative clause, when its verb says what X does there."""
    for c in root.rights:
        if c.i < j or c.dep_ != "relcl":
            continue
        if (found := given_post(ctx, c) or work_clause(ctx, c)) is not None:
            return found  # "who took over as head of ...", "who teaches law at ..." (``clauses``)
        if not any(t.dep_ == "nsubj" and t.lower_ in {"who", "that"} for t in c.children):
            continue
        if c.lemma_ == "be":
            # "X, who is the party's chairman": the attribute, as "X is the ..." gives it
            attr = next((t for t in c.children if t.dep_ == "attr" and t.pos_ == "NOUN"), None)
            return noun_phrase(ctx.doc, attr) if attr is not None else None
        if c.lemma_.lower() in _AS_VERBS:
            # "X, who served as U.S. ambassador to Burma": the office after "as"
            prep = next((t for t in c.children if t.dep_ == "prep" and t.lower_ == "as"), None)
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return noun_phrase(ctx.doc, obj)
            continue
        if c.lemma_.lower() not in _ROLE_VERBS:
            continue
        obj = next((o for o in c.children if o.dep_ == "dobj"), None)
        if obj is None:
            return None
        who = next(t for t in c.children if t.dep_ == "nsubj")
        end = min(obj.right_edge.i, obj.i + 10)
        return ctx.doc[who.i].idx, ctx.doc[end].idx + len(ctx.doc[end])
    return None


def _apposition_relative(ctx: _Context, root: Token, j: int) -> tuple[int, int] | None:
    """ "Dave Majernik, a one-time Cruz backer who serves as vice chairman of the Allegheny County GOP": the
    relative clause of the name's apposition, when it says the post (the apposition's noun alone, a side taken
    or a word no list holds, says less)."""
    for head in root.rights:
        if head.i >= j and head.dep_ == "appos" and head.pos_ == "NOUN":
            return _relative_role(ctx, head, head.i + 1)
    return None


_HYPHENATED = re.compile(r"-\w+")


def _of_after_hyphenated(ctx: _Context, end: int) -> int:
    """Where a hyphenated post cut by the parse ends when the body it is of hangs on its second half
    ("vice-president of the Arthur D. Little consultancy": "vice", "-" and "president" each an
    apposition, "of ..." on "president"): the end of that "of/at/for" phrase; else ``end``."""
    k = ctx.ix.token_before(end - 1)
    if k < 0:
        return end
    last = ctx.doc[k]
    of = [c for c in last.rights if c.dep_ == "prep" and c.lower_ in {"of", "at", "for"}]
    after = ctx.doc[k + 1] if k + 1 < len(ctx.doc) else None
    if not of and after is not None and _on_the_name(ctx, after, k, end):
        # "Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation": the parse
        # hangs the phrase on the name the cut post stands beside; up to a clause on the body
        # ("... Foundation which campaigns for consumers")
        clauses = [t for t in after.subtree if t.dep_ in {"relcl", "acl", "appos", "advcl"}]
        inside = [t.i for t in after.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]
        edge = ctx.doc[max(inside)]
        while edge.i > after.i and (edge.is_punct or edge.lower_ in {"who", "which", "that"}):
            edge = ctx.doc[edge.i - 1]
        return edge.idx + len(edge)
    if not of or ctx.text[end : of[0].idx].strip():
        return end
    edge = of[0].right_edge
    return edge.idx + len(edge)


def _on_the_name(ctx: _Context, prep: Token, k: int, end: int) -> bool:
    """Whether ``prep``, right after a post ending at token ``k`` (character ``end``), is an
    "of/at/for" phrase the parse hangs on a name before the post (not on a verb or a noun)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"of", "at", "for"}
        and prep.head.i < k
        and prep.head.pos_ == "PROPN"
        and not ctx.text[end : prep.idx].strip()
    )


#: Words after which a name inside a role is what the role is of: "director general of Elspa" (Elspa
#: tagged PERSON), "a spokesman for Hillary Clinton".
_OF_WORDS = re.compile(r"\b(?:of|for|at|to|with|from|by)\b", re.IGNORECASE)


def _belongs_to(text: str, role_start: int, m: Mention) -> bool:
    """Whether a name inside a role phrase is part of what the role is of or for ("director
    general of Elspa", "president of the ... Women Caucus", "Clinton's campaign manager"), not a
    second person set beside the first ("Blair, Brown and Straw")."""
    return (
        bool(_OF_WORDS.search(text[role_start : m.start]))
        or text[role_start : m.start].strip().lower() in _POST_VERB_FORMS  # "runs Podcast Alley": what the post is of
        or bool(_POSSESSOR.match(text, m.end))
        or bool(_MODIFIES.match(text, m.end))  # "a top Trump surrogate": the name qualifies the noun
        or _title_word_after(text, m.end)  # "the EU's Humanitarian Aid Commissioner", "Humanitarian Aid" a person
    )


def _title_word_after(text: str, end: int) -> bool:
    """Whether a capitalised title the lexicon holds follows a name inside a role phrase: the name
    qualifies it ("Humanitarian Aid Commissioner", the tagger taking "Humanitarian Aid" for a person)."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    specific, generic = _role_lexicon()
    low = word.group(1).lower()
    return _singular(low, specific) in specific or _singular(low, generic) in generic


#: A capitalised word right after a name.
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
#: A lower-case word right after a name inside a role: the name qualifies it ("Trump surrogate").
_MODIFIES = re.compile(r"[ \t]+(?!(?:and|or|but|nor|who|which|that)\b)[a-z]")


def _title_inside(ctx: _Context, m: Mention, honorifics: dict[str, str]) -> tuple[int, int] | None:
    """A title the tagger took into the name: "Agent Brian Hassell", "Lib Dem Sir Archy Kirkwood"
    (the words of the mention before its canonical name)."""
    if m.entity and m.text.endswith(m.entity) and m.text != m.entity:
        prefix = m.text[: len(m.text) - len(m.entity)]
    else:
        # the canonical name itself opens with title words: "Crown Prince Frederik"
        lead = re.match(r"(?:[A-Z][\w.-]*\s+){1,3}(?=[A-Z])", m.text)
        names = first_names() or {}
        if (
            not lead
            or m.label != "PERSON"
            or lead.group(0).split()[0].lower() in names  # "Oscar P. Quintero": a first name
            or role_group(lead.group(0), title=True) == "unknown"  # "Treasurer Peter Costello": a title
        ):
            return _title_after(ctx, m)
        prefix = lead.group(0)
    words = prefix.split()
    names = first_names() or {}
    specific, generic = _role_lexicon()

    def kept(words: list[str]) -> bool:
        # "Bishop" alone stays a title, and so does the "Prince" of "Crown Prince Abdullah" (a first
        # name and an honorific too, but "Crown" alone is no title)
        last = words[-1].lower()
        if last not in specific and last not in generic:
            return False
        if len(words) == 1:
            return last.rstrip(".") not in honorifics or last in _ROYAL_TITLES
        return role_group(" ".join(words[:-1])) == "unknown"

    while words and (words[-1].rstrip(".").lower() in honorifics or words[-1].lower() in names) and not kept(words):
        words.pop()  # "Constable David Warcup": the title is "Constable"
    if not words:
        return None
    end = m.start + prefix.index(words[-1]) + len(words[-1])
    return m.start, end


#: Titles written after a name: "Ben Emmerson QC", "Tony Wright MP".
_TITLE_AFTER = re.compile(r"\s+(QC|KC|MP|MEP|MSP|AM|MLA|TD)\b")


def _title_after(ctx: _Context, m: Mention) -> tuple[int, int] | None:
    inside = re.search(r"\s(QC|KC|MP|MEP|MSP|AM|MLA|TD)$", m.text)
    if inside:
        return m.start + inside.start(1), m.end
    after = _TITLE_AFTER.match(ctx.text, m.end)
    return after.span(1) if after else None


def _with_conjunct(doc: Doc, head: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A role noun phrase with the role coordinated to it: "a tax lawyer and senior fellow at the
    Urban-Brookings Tax Policy Center", not only "a tax lawyer"."""
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
    if conj is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.rights):
        return span  # not "head of the Center, and other scientists": one more role of the same person
    if any(c.dep_ == "det" for c in conj.children):
        return span  # "a lawyer and a friend": two descriptions, keep the first
    end = max(span[1], noun_phrase(doc, conj)[1])
    # "founder and CEO of Iraq and Afghanistan Veterans of America", "a pollster and strategist on
    # Mrs. Clinton's campaign": the parse hangs the body after the second post on the first one, and
    # both posts are that body's
    shared = [t for t in head.rights if t.dep_ == "prep" and t.i > conj.i and t.i - head.i <= 4]
    if shared:
        clauses = [t for t in shared[0].subtree if t.dep_ in {"relcl", "acl", "appos", "advcl"}]
        cut = [t.i for t in shared[0].subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]
        last = doc[min(max(cut), head.i + 12)]
        while last.i > head.i and (last.is_punct or last.lower_ in {"who", "which", "that"}):
            last = doc[last.i - 1]
        end = max(end, last.idx + len(last))
    return span[0], end


def _apposition(doc: Doc, root: Token, i: int, j: int) -> tuple[int, int] | None:
    # on any word of the name: the parse may cut a name with a particle apart ("Jurgen den Hartog, one of
    # the TNO researchers", "den" read as a verb and the apposition hung on "Hartog")
    inner = (c for t in doc[i:j] if t is not root for c in t.children if c.pos_ == "NOUN" or c.lower_ == "one")
    for c in sorted((*root.children, *inner), key=lambda c: c.i):
        if c.dep_ == "appos" and c.i >= j:
            if c.pos_ in {"NOUN", "PROPN"}:
                return _with_conjunct(doc, c, noun_phrase(doc, c))
            if c.lower_ == "one":  # "one of the family's attorneys"
                return doc[c.i].idx, doc[min(c.right_edge.i, c.i + 12)].idx + len(doc[min(c.right_edge.i, c.i + 12)])
    head = root.head
    # (a lower-case word the tagger takes for a proper noun is a common one: "theatre impresario Sir Cameron")
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower()
    if root.dep_ == "appos" and head.i < i and (common or head.lower_ == "one" or _titled_head(head)):
        # "a spokesman for the ministry, Shafqat Ali Khan"; "one of the family's attorneys, X"
        if head.lower_ == "one":
            end = min(head.right_edge.i, i - 1)
            while end > head.i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            return head.idx, doc[end].idx + len(doc[end])
        span = noun_phrase(doc, head)
        both = _with_conjunct(doc, head, span)  # "his friend and fellow broadcaster Michael Pointon"
        return both if both[1] <= doc[i].idx else span
    if (
        root.dep_ == "appos"
        and head.i < i
        and head.pos_ == "PROPN"
        and head.dep_ == "pobj"
        and head.head.lower_ in {"of", "for", "at"}
        and head.head.head.pos_ == "NOUN"
        and head.head.head.i < head.i
    ):
        # "the incoming president of the European Commission, Jose Manuel Barroso": the parse hangs
        # the name on the body's name, not on the office before it
        end = i - 1
        while end > head.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[head.head.head.left_edge.i].idx, doc[end].idx + len(doc[end])
    if (
        root.dep_ == "appos"
        and head.i > j
        and head.pos_ == "NOUN"
        and head.head.i == head.i
        or (root.dep_ == "appos" and head.i >= j and head.pos_ == "NOUN")
    ):
        # "Mr Prettejohn, Lloyd's chief executive said" parsed with the role as the subject
        left = min(t.left_edge.i for t in [head]) if head.left_edge.i >= j else j
        while left < head.i and (doc[left].is_punct or doc[left].is_space):
            left += 1
        return doc[left].idx, head.idx + len(head)
    return None


def _post_closed_by_name(ctx: _Context, root: Token, i: int) -> tuple[int, int] | None:
    """ "director of the Victims of Crime Trust, Norman Brennan, accused ...": a post whose phrase a name
    closes after a comma, the parse hanging the name on the body inside it (a person is no apposition of
    a trust); hung on a word for a person ("the wife of the former president, Bill Clinton"), the name
    may be that person's, so it is left alone."""
    doc = ctx.doc
    if i < 2 or doc[i - 1].text != "," or root.dep_ not in {"appos", "npadvmod"}:
        return None
    owner = root.head
    if owner.dep_ == "relcl":
        post = owner.head  # "The editor I was talking to, Tim Grieve, interrupted": the clause is the post's
    elif owner.pos_ != "PROPN" or ctx.is_person_word(owner.lower_):
        return None
    else:
        post = next((a for a in owner.ancestors if a.pos_ not in {"ADP", "PROPN", "DET"}), None)
    if post is None or post.tag_ != "NN" or not ctx.is_person_word(post.lower_) or post.right_edge.i < root.i:
        return None  # (one post: "some residents in Jupiter, Florida" is no title of Florida's)
    return doc[post.left_edge.i].idx, doc[i - 2].idx + len(doc[i - 2])


def _titled_head(head: Token) -> bool:
    """ "the Archbishop of Canterbury, Dr Rowan Williams": a capitalised title "of" a place or body that the
    lexicon holds and the tagger takes for a proper noun, with "the" before it, heading a description the
    name stands in apposition to ("the Prince of Wales"; not "the FBI", "the Internet Corporation for ...").
    (A generic head, "the Secretary of State for Culture, Media and Sport", is left to the other rules: the
    lexicon reads its body's words for a group.)"""
    if head.pos_ != "PROPN":
        return False
    specific, generic = _role_lexicon()
    if _comma_title(head, specific, generic):
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    return head.lower_ in specific and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _comma_title(head: Token, specific: dict[str, str], generic: dict[str, str]) -> bool:
    """ "Argentina's President, Nestor Kirchner, said", "The Attorney General, Lord Goldsmith, has ...": a
    capitalised title the lexicon holds, with "the" or a possessive, a comma and the name right after it."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "," or doc[head.i + 2].pos_ != "PROPN":
        return False
    if head.dep_ == "pobj":
        return False  # "the incoming president of the European Commission, Jose Manuel Barroso": the body
    words = [t.lower_ for t in doc[head.left_edge.i : head.i + 1] if not t.is_punct and t.tag_ != "POS"]
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        # "Home Secretary, Charles Clarke, said", "But last week, Argentine Economic Minister, Roberto
        # Lavagna, told": a bare title may open the clause as its subject
        first = head.left_edge
        opens = first.is_sent_start or doc[first.i - 1].text == "," or doc[first.i - 1].pos_ == "CCONJ"
        if head.dep_ not in {"nsubj", "nsubjpass"} or not opens:
            return False
        words = ["", *words]
    # "Attorney General" is one title: the lexicon holds the phrase, or its last word
    return (
        " ".join(words[1:]) in specific
        or head.lower_ in specific
        or head.lower_ in generic
        or head.lower_ in _title_defaults()
    )


#: "CSI's co-producer, " or "The Attorney General, " opening a sentence right before a name: a possessive
#: or "the", up to four words, a comma.
_TITLE_AND_COMMA = re.compile(
    r"(?:^|[.!?\"”]\s+|\n\s*|\bBut\s+)((?:The|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+){0,3}[\w-]+),\s*$"
)


def _comma_title_text(ctx: _Context, m: Mention) -> tuple[int, int] | None:
    """ "CSI's co-producer, Carol Mendelsohn, said": the title and comma ``_comma_title`` reads in the parse,
    read in the text when the parse is lost (a hyphenated word cut apart); the name closed by a comma."""
    if not ctx.text.startswith(",", m.end):
        return None
    found = _TITLE_AND_COMMA.search(ctx.text, max(0, m.start - 60), m.start)
    return found.span(1) if found else None


#: An indefinite description and a comma right before a name: "another friend, ", "a Clinton aide, ".
_INDEFINITE_AND_COMMA = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+((?:[\w'’.-]+\s+){0,3}([a-z][\w-]*)),\s*$")
#: What may follow the name: a comma, or a verb of saying (not "and": "a doctor, John Smith and a nurse").
_CLOSED_OR_SAYS = re.compile(r",|\s+(?:said|says|told|added|wrote|explained)\b")


def _indefinite_before_comma(ctx: _Context, m: Mention) -> tuple[int, int] | None:
    """ "another friend, Mariam Emara told CNN", "a Clinton aide, Philippe Reines, who said": an indefinite
    description whose head is a word for a person, a comma, and the name closed by a comma or its verb."""
    if not _CLOSED_OR_SAYS.match(ctx.text, m.end):
        return None
    found = _INDEFINITE_AND_COMMA.search(ctx.text, max(0, m.start - 60), m.start)
    if found is None or not ctx.is_person_word(found.group(2)):
        return None
    return found.start(0), found.end(1)


def _listed_after(ctx: _Context, root: Token, i: int) -> tuple[int, int] | None:
    """A name listed after a plural description: "two first-name voters, Tyresha McClenney and
    Bryan Anderson" (the names parsed as conjuncts of the description, or of its apposition)."""
    t = root
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t is root and root.dep_ != "appos":
        return None
    if t.dep_ == "appos" and t.pos_ == "PROPN":
        t = t.head
    if t.i < i and t.pos_ == "NOUN" and t.tag_ == "NNS" and ctx.is_person_word(t.lower_):
        return noun_phrase(ctx.doc, t)
    return None


def _listed_among(ctx: _Context, root: Token) -> tuple[int, int] | None:
    """A name given as one of a plural the article names it among: "newspapers including El Watan",
    "Hollywood stars including Richard Gere and Sharon Stone", "local employers such as Monsanto" (the
    plural and the nouns before it), when the lexicon places the plural."""
    t = root.head if root.dep_ == "conj" and root.head.dep_ == "pobj" else root
    prep = t.head if t.dep_ == "pobj" else None
    if prep is None or not (
        prep.lower_ == "including" or prep.lower_ == "as" and prep.i > 0 and ctx.doc[prep.i - 1].lower_ == "such"
    ):
        return None
    plural = prep.head
    if plural.pos_ != "NOUN" or plural.tag_ != "NNS" or plural.i >= prep.i:
        return None
    # the plural and the nouns before it, not its adjectives ("local employers such as Monsanto": employers)
    left = min((c.left_edge.i for c in plural.lefts if c.dep_ in {"compound", "nmod"}), default=plural.i)
    a, b = ctx.doc[left].idx, plural.idx + len(plural)
    return (a, b) if role_group(ctx.text[a:b], story=ctx.story) != "unknown" else None


#: ", Lloyd's chief executive said": a phrase between a comma after a name and a comma, a full stop
#: or a reporting verb (the parse sometimes misses such an apposition).
_COMMA_APPOSITION = re.compile(
    r",\s+([^,.;:\"“”()]{2,120}?)(?=\s*(?:[,.;]|\s(?:said|says|told|tells|added|adds|explained|argued|warned)\b))"
)
_NOT_A_ROLE_START = frozenset({"who", "which", "that", "he", "she", "they", "it", "said", "says", "and", "but", "as"})


#: "from/of/at" and a body's name (capitalised words, perhaps after "the" and lower-case words for
#: the kind of body): "from Families Need Fathers", "from the controversial group Fathers 4 Justice".
_FROM_BODY = re.compile(r"(?:from|of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z0-9][\w&'’.-]*\s*){1,6}")


#: "Lord Bingham - a senior law lord - said": an apposition set off by spaced dashes, opening with an
#: article (or "himself", "now"), closed by a second dash.
_DASH_APPOSITION = re.compile(
    r"\s+[-–—]\s+(?:(?:himself|herself|now)\s+)?((?:a|an|the)\s[^-–—,.;:\"“”()]{2,100}?)\s+[-–—]\s"
)


def _dash_apposition(ctx: _Context, end: int) -> tuple[int, int] | None:
    """The words between spaced dashes right after a name, when they are a noun phrase with a word for a
    person as its head and no verb: "Lord Bingham - a senior law lord - said"."""
    found = _DASH_APPOSITION.match(ctx.text, end)
    if not found:
        return None
    a, b = found.span(1)
    return (a, b) if _person_noun_phrase(ctx, a, b) else None


def _person_noun_phrase(ctx: _Context, a: int, b: int) -> bool:
    """Whether the words a..b are a noun phrase with no verb whose head (before "of", "for" ...) is a word
    for a person: an apposition's test."""
    i, j = ctx.ix.tokens(a, b)
    if j <= i or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in ctx.doc[i:j]):
        return False
    words = _words(ctx.text[a:b])
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    return bool(words) and ctx.is_person_word(words[cut - 1])


def _comma_apposition(ctx: _Context, end: int) -> tuple[int, int] | None:
    """The words after "Name, " up to the next comma, full stop or reporting verb, when they are a
    noun phrase with a word for a person as its head ("Lloyd's chief executive", "director general
    of Elspa"): no verb among them."""
    found = _COMMA_APPOSITION.match(ctx.text, end)
    if not found:
        return None
    a, b = found.span(1)
    words = _words(ctx.text[a:b])
    if not words or words[0] in _NOT_A_ROLE_START:
        return None
    if words[0] in {"from", "of", "at"} and _FROM_BODY.fullmatch(ctx.text[a:b]):
        return a, b  # "Massoud Shadjareh, from the Muslim Safety Forum, said": where the person is from
    return (a, b) if _person_noun_phrase(ctx, a, b) else None


#: A US lawmaker's party and state right after the name: "Jon Tester (D-Mont.)", "Mitch McConnell,
#: R-Ky.,": what the person is, in the article's own words.
_PARTY_STATE = re.compile(r"(?:\s*\(|,\s+)([DRI]-(?:[A-Z][a-z]*\.?|[A-Z]\.[A-Z]\.)(?:\s[A-Z][a-z]*\.?)?)(?=[),])")


def _party_and_state(ctx: _Context, end: int) -> tuple[int, int] | None:
    found = _PARTY_STATE.match(ctx.text, end)
    return found.span(1) if found else None


#: Honorifics that are also a royal's title, so a role (the lexicon's politician, as the labels read kings, queens and
#: princes): they give a gender and stay the person's title ("King Abdullah"), where "Mr" or "Lord" alone is no role.
_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess"})


def _given_name_only(m: Mention) -> bool:
    """Whether a mention is only the first word of a longer name it was joined to ("Charles" of Charles Kennedy)."""
    return bool(m.entity) and " " in m.entity and m.text == m.entity.split()[0]


#: Ranks and styles that the first-name data also holds ("Crown Prince Hamad", "Major General X").
_RANKS_LIKE_NAMES = frozenset(
    {"king", "queen", "prince", "princess", "earl", "duke", "dean", "major", "general", "bishop", "pastor"}
    | {"chancellor", "judge", "marshal", "colonel", "sultan", "sheikh", "emir", "count", "baron", "rabbi", "imam"}
)


def _title_before(doc: Doc, root: Token, i: int, honorifics: dict[str, str]) -> tuple[int, int] | None:
    """The words before a name that hang on it: "Tory work and pensions spokesman David Willetts"."""
    lefts = [c for c in root.lefts if c.i < i and c.dep_ in _TITLE_DEPS]
    if not lefts:
        # "senior law lord Lord Bingham": the title hangs on "Lord", a word of the name
        lefts = [c for t in root.subtree if i <= t.i < root.i for c in t.lefts if c.i < i and c.dep_ in _TITLE_DEPS]
    if not lefts:
        return None
    first = max(min(c.left_edge.i for c in lefts), i - 8)
    for k in range(i - 1, first - 1, -1):
        inside_word = doc[k].text == "-" and not doc[k].whitespace_ and k > 0 and not doc[k - 1].whitespace_
        if (doc[k].is_punct or doc[k].is_space) and not inside_word:  # "full-back" is one word
            first = _before_short_name(doc, k)
            break
    first = _before_hyphenated(doc, first, i)
    last = i - 1
    # Honorifics are not roles: "Mr", "Sir" at either end drop out; so do "the", "a" and a
    # conjunction joining the title's clause to what came before ("- but managing director X").
    while first <= last and (
        (doc[first].text.rstrip(".").lower() in honorifics and (first < last or doc[first].lower_ not in _ROYAL_TITLES))
        or doc[first].pos_ in {"DET", "CCONJ"}
    ):
        first += 1  # (a royal's title alone right before the name stays: "King Abdullah"; "King and DJ partner" not)
    while last >= first and doc[last].text.rstrip(".").lower() in honorifics and doc[last].text[:1].isupper():
        if last > first and _title_with_honorific(doc[first : last + 1].text, doc[first:last].text):
            break  # "Crown Prince Hamad": "Prince" is the title's own word ("Crown" alone is none)
        if doc[last].lower_ in _ROYAL_TITLES:
            break  # "King Abdullah", "Sweden's King Carl XVI Gustaf": a monarch's title is a post, not a "Mr"
        last -= 1  # "Lord" before the name goes, the "lord" of "senior law lord" stays
    specific, generic = _role_lexicon()
    while (
        last >= first
        and doc[last].is_title
        and doc[last].lower_ in first_names()
        and doc[last].lower_ not in specific
        and doc[last].lower_ not in generic
        and doc[last].lower_ not in honorifics
        and doc[last].lower_ not in _RANKS_LIKE_NAMES
    ):
        last -= 1  # "Boss Graeme Souness", the tagger naming only "Souness": the first name is the name's
    if first > last:
        return None
    a, b = doc[first].idx, doc[last].idx + len(doc[last])
    before = _text_before(doc, first - 1, max(0, a - 30)) + doc[first - 1].whitespace_ if first > 0 else ""
    head = _HEAD_BEFORE_OF.search(before)
    if head is None and all(doc[k].ent_type_ in _NO_PERSON_LABELS for k in range(first, last + 1)):
        # "U.S. Ambassador to the European Union Gordon Sondland", the parse hanging only "European Union"
        # on him (not "chief of staff to President Bill Clinton": "President" is his own title)
        head = _POST_BEFORE_TO.search(before)
    if head is not None and role_group(head.group(1), True) != "unknown":
        # "Archbishop of Canterbury Dr Rowan Williams": the parse hangs only "Canterbury Dr" on him
        a = a - len(before) + head.start(1)
    portfolio = _PORTFOLIOS.search(_text_before(doc, last, max(0, a - 120)))
    a = min(a, b - len(portfolio.group(0))) if portfolio else a
    return a, b


#: A title's capitalised head and "of" right before the words the parse gives as a title ("Archbishop of").
_HEAD_BEFORE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
#: A post of up to three words and "to" before them: "former special envoy to", "U.S. ambassador to the".
_POST_BEFORE_TO = re.compile(
    r"(?<![\w.-])((?:(?:(?:[A-Z]\.){2,}|[\w-]+)\s+){0,2}(?:(?:[A-Z]\.){2,}|[\w-]+))\s+to\s+(?:the\s+)?$"
)


def _title_with_honorific(whole: str, without: str) -> bool:
    """Whether an honorific ends a title of its own ("Crown Prince"): the words with it are a lexicon
    title and the words without it are none."""
    return role_group(whole, True) != "unknown" and role_group(without, True) == "unknown"


def _text_before(doc: Doc, last: int, a: int) -> str:
    """``doc.text[a:end of token last]``, read from the tokens back to ``a`` (``doc.text`` joins every
    token of the article on each call)."""
    k = last
    while k > 0 and doc[k].idx > a:
        k -= 1
    return doc[k : last + 1].text[max(0, a - doc[k].idx) :]


#: A post whose portfolio is a list of capitalised words ("Minister for Children, Young People and
#: Families"): the parse hangs only the last one on the name. (Not "Culture, Media and Sport Secretary":
#: "In September, Trade and Industry Secretary" reads the same.)
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?"
_PORTFOLIOS = re.compile(
    rf"\b(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?\s+for\s+{_CAPITALISED}(?:,\s+{_CAPITALISED})+,?\s+and\s+{_CAPITALISED}\Z"
)


#: Parts of speech that end a title read backwards from a hyphenated word opening it.
_TITLE_STOPS = frozenset({"DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "NUM", "PART"})


def _before_short_name(doc: Doc, k: int) -> int:
    """Where a title read backwards to the punctuation at ``k`` begins: right after it, unless it
    closes a body's short name in brackets ("Dutch football federation (KNVB) spokesman Frank
    Huizinga", the parse hanging the words before the bracket elsewhere): then the body's name or
    description before the bracket (up to four words, back to punctuation, a determiner, a verb or a
    preposition) is part of the title."""
    short = k >= 3 and doc[k].text == ")" and doc[k - 2].text == "("
    if not short or not _SHORT_NAME.fullmatch(doc[k - 1].text):
        return k + 1
    first = k - 2
    while first - 1 >= 0 and k - 2 - first < 4:
        t = doc[first - 1]
        if t.is_punct or t.is_space or t.pos_ in _TITLE_STOPS:
            break
        first -= 1
    return first if first < k - 2 else k + 1


#: A body's short name: two to eight letters, capitals first ("KNVB", "Balco", "HKRFU").
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z]{1,7}")


def _before_hyphenated(doc: Doc, first: int, i: int) -> int:
    """Where a title holding a hyphenated word at its start begins: the parse often cuts
    "co-chairman" or "vice-president" apart and hangs the words before it nowhere ("Tory
    co-chairman Liam Fox"), so the title takes the whole word and the words before it back to
    punctuation, a determiner, a verb or a preposition (at most two)."""
    word = glued(doc[first])
    if len(word) < 2 or word[-1].i >= i:
        return first
    first = word[0].i
    for _ in range(2):
        t = doc[first - 1] if first > 0 else None
        if t is None or t.is_punct or t.is_space or t.pos_ in _TITLE_STOPS:
            break
        first -= 1
    return first


def _affiliation(doc: Doc, root: Token, j: int) -> tuple[int, int] | None:
    """ "Dan McLaughlin at the National Review", "Shigeo Morioka of the International Longevity
    Centre": where the person is from, when a name follows."""
    for c in root.rights:
        if c.i >= j and c.dep_ == "prep" and c.lower_ in {"of", "at", "from"}:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or _named_kind_of_body(obj)):
                end = min(c.right_edge.i, c.i + 10)
                return c.idx, doc[end].idx + len(doc[end])
    return None


def _named_kind_of_body(obj: Token) -> bool:
    """ "of the Guardian newspaper", "of the excellent buildyourown.org.uk website": a word for a body
    (``organisation_heads``) with its name before it (a capitalised word or a web address), or a
    capitalised noun after a proper one ("of the Hollywood Reporter")."""
    if obj.pos_ != "NOUN":
        return False
    if obj.text[:1].isupper() and any(t.i < obj.i and t.pos_ == "PROPN" for t in obj.lefts):
        return True  # "of the Hollywood Reporter": a capitalised name the tagger reads as a common noun
    if obj.lower_ not in _organisation_heads():
        return False
    return any(t.i < obj.i and (t.pos_ == "PROPN" or "." in t.text.strip(".")) for t in obj.lefts)


#: Verbs whose "as" names the post a person holds or took: "Parry joined Liverpool as chief executive",
#: "she serves as the union's president", "he was appointed as head of the unit".
_POST_VERBS = frozenset({"join", "serve", "work", "appoint", "name", "elect", "hire", "install", "return", "remain"})


def _predicate(doc: Doc, root: Token) -> tuple[int, int] | None:
    """ "Khan is the ministry's spokesman": the attribute of "be" with the person as subject; "Parry
    joined Liverpool as chief executive": the post a verb gives them with "as" (not "became the first
    woman to ...": a description, no post)."""
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in _POST_VERBS:
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"):
            post = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if post is not None:
                return noun_phrase(doc, post)
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    if any(c.dep_ in {"aux", "neg"} and (c.tag_ == "MD" or c.dep_ == "neg") for c in root.head.children):
        return None  # "could be a particularly effective bridge to female voters", "is not a lawyer": no post
    # (a word written small that the tagger took for a proper noun is a common one: "ballerina")
    attr = next(
        (c for c in root.head.children if c.dep_ == "attr" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.is_lower)),
        None,
    )
    if attr is None or not any(c.dep_ in {"det", "poss"} for c in attr.children):
        return None  # "The Tax Foundation is more conservative": no "a", "the" or "X's", no role
    return noun_phrase(doc, attr)
