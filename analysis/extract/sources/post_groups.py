"""A person's or an unnamed speaker's role group from their role words, and from the body the role
names or the article places: a step of ``speaker._speaker``."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.sources.bodies import (
    _employer_decides,
    _employer_group,
    _head_of_last_body,
    _its_body,
    _known_employer_group,
    _owners_unit,
    _spokesperson_named_elsewhere,
    _spokesperson_of_last_body,
    _the_articles_body,
)
from analysis.extract.sources.campaigns import _staff_post, on_candidates_campaign
from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.descriptions import (
    _job_and_hometown,
)
from analysis.extract.sources.draft import Draft
from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _context_heads, _employer_heads, _role_lexicon
from analysis.extract.sources.names import (
    _expanded,
)
from analysis.extract.sources.owners import definite_owner, definite_owner_group, owner_role_group
from analysis.extract.sources.words import (
    _SPLIT,
    _label,
    _words,
)

#: Story groups (``context_heads``) in which a post at the top of a body is the club's or the show's.
_STORIES_OF_CLUBS = frozenset({"culture and sport", "arts"})


#: A capitalised word right before a title: the body it is of ("CNN President Jeff Zucker", the tagger
#: leaving "CNN" out of the title).
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&.'’-]*\s+$")


def _public_title(ctx: _Context, d: Draft, words: str) -> bool:
    """Whether a title before a name is read as a public office by the lexicon's title defaults
    ("Treasurer Peter Costello") and opens its phrase, with no body's name right before it."""
    if not d.role or not d.role[3]:
        return False
    if _CAPITALISED_BEFORE.search(ctx.text[max(0, d.role[1] - 40) : d.role[1]]):
        return False
    return role_group(words, True, ctx.story) != role_group(words, False, ctx.story)


def group_by_role(ctx: _Context, d: Draft) -> None:
    """The group of the role words, the body a generic post names deciding ("a Google spokesperson")."""
    # the role's words, short names of bodies written out ("head of the NHTCU")
    words = _expanded(ctx, d.role[0]) if d.role else ""
    d.group = role_group(words, d.role[3], ctx.story) if d.role else "unknown"
    if (
        d.role
        and d.kind in {"named person", "unnamed person", "anonymous"}
        and role_group(words, False, ctx.story, generic=False) == "unknown"
    ):
        # only a generic head ("spokesperson", "director", "head of"): the body the role names
        # decides when the article or the lexicon places it ("a Google spokesperson", "head of
        # Preventon", the "net security firm Preventon", and for unnamed plurals "Facebook officials");
        # written as a title, before the title's default ("Diageo North America president Ivan
        # Menezes" is the spirits firm's, not a head of state's: the default stays for a title no
        # placed body stands in)
        if d.kind == "anonymous":  # unnamed plurals take only a known body their own words name
            body = _known_employer_group(ctx, words)
        else:
            body = _employer_group(ctx, words)
            body = body if body != "unknown" else _post_of_a_body_nearby(ctx, d, words)
        d.group = body if body != "unknown" else d.group
    elif (
        d.role
        and d.kind in {"named person", "unnamed person"}
        and (not set(ctx.story) & _STORIES_OF_CLUBS or _body_after_post(words))
        and not ("politics" in ctx.story and _staff_post(_words(d.role[0]), _words(d.role[0])))
        and not on_candidates_campaign(d.role[0], ctx.story)
        and _employer_decides(ctx, words)
    ):
        # a post at the top of a body the article places: the body's field ("the chief
        # executive of Ora Media", a TV production company, is media, not business). In a
        # sports or arts story only with the body after the post ("chief executive of the UK
        # Film Council"): that story's own rule reads a post after a name as the club's or the
        # festival's ("Chelsea chief executive", "Segas chairman")
        body = _employer_group(ctx, words)
        d.group = body if body != "unknown" else d.group
    elif d.role and d.kind in {"named person", "unnamed person"} and (its := _its_body(ctx, *d.role[:2])) != "unknown":
        d.group = its  # "its chief executive" after "Mittal Steel said": that body's
    elif d.role and d.kind in {"named person", "unnamed person"} and not set(ctx.story) & _STORIES_OF_CLUBS:
        # a bare post at the top of a body: the article's own body's ("chief executive Tom Glocer"), else
        # the passage's ("Civil rights group Liberty said ... Director Shami Chakrabarti")
        body = _the_articles_body(ctx, d.role[0])
        body = body if body != "unknown" else _head_of_last_body(ctx, d.role[0], d.role[1])
        d.group = body if body != "unknown" else d.group
    if (
        d.role
        and d.kind in {"named person", "unnamed person"}
        and (owner := _owners_unit(ctx, d.role[0])) != "unknown"
        and not on_candidates_campaign(d.role[0], ctx.story)  # "with Sen. Marco Rubio's presidential campaign"
    ):
        d.group = owner  # "at Ericsson's consumer and enterprise lab": the firm's, not a lab's
    if d.role and d.kind in {"named person", "unnamed person"} and _job_and_hometown(ctx, d.role):
        d.group = "ordinary person or witness"  # "an information manager from Newcastle": a member of the public
    if d.role and d.kind in {"anonymous", "unnamed person"} and _side_of_a_cause(ctx, d.role[0]):
        d.group = "civil society, NGO, union"  # "Abortion opponents": activists of a cause
    if d.role and d.kind == "named person" and d.role[3] and definite_owner(d.role[0]):
        # "The council's Frank Farmer": the council the article named, not any council (a local government's)
        d.group = definite_owner_group(ctx, d.role[0], d.role[1])
    if d.role and d.group == "unknown" and d.kind == "named person" and d.role[3]:
        d.group = owner_role_group(ctx, d.role)  # "Arsenal's Patrick Vieira" in a match report: the club's
    if d.role and d.group == "unknown" and _a_countrys_head(ctx, d.role):
        d.group = "politician"  # "Iran's president", "the country's new president": a head of state
    elif d.role and d.group == "culture and sport" and "politics" in ctx.story and _a_countrys_head(ctx, d.role):
        # "The Turkish President", "U.S. Vice President" in a story about politics that also has sports words
        # (a war's "fighters" and "champions"): the state's head, no club's president
        d.group = "politician"
    if d.role and d.group == "unknown" and _a_countrys_head(ctx, d.role, _COUNTRYS_OFFICIAL):
        d.group = "government official or spokesperson"  # "China's tax chief": the state's official
    if d.role and d.kind in {"named person", "unnamed person"} and _tech_firms_post(ctx, d):
        d.group = "business"  # "head of EA in Europe", "president of Lions Gate" in a story about computing
    if d.role and d.kind in {"named person", "unnamed person"} and _firms_spokesperson(ctx, d):
        d.group = "business"  # "a spokesman for Dell", "The Trafford Centre spokeswoman" in a story about firms


def _post_of_a_body_nearby(ctx: _Context, d: Draft, words: str) -> str:
    """The group of the body a generic post whose role names none belongs to, from the passage or the
    article around it; "unknown" when none is placed."""
    role, start = d.role[0], d.role[1]
    body = _spokesperson_named_elsewhere(ctx, role) if d.kind == "unnamed person" else "unknown"
    if body == "unknown":
        body = _its_body(ctx, role, start)  # "said its chairman" after "The QCA said"
    if body == "unknown":
        body = _spokesperson_of_last_body(ctx, role, start)  # "Ladbrokes said ... spokesman X"
    if body == "unknown" and not _public_title(ctx, d, words):
        # "chief executive Tom Glocer" of "media group Reuters"; not a title that names a public
        # office before a name ("Treasurer Peter Costello" in a story about a bank)
        body = _the_articles_body(ctx, role)
    if body == "unknown":
        body = _head_of_last_body(ctx, role, start)  # "Amnesty ... said director Kate Allen"
    return body


#: Words of a role that make a post in a story about computing a game's or a sport's own: a team's
#: manager, an awards' chairman.
_NOT_A_FIRMS = frozenset({"team", "teams", "award", "awards", "club", "league", "festival"})


#: Distinct computing cue words (a plural counted with its singular) that make an article about computing
#: itself, not one that mentions a website or computers in passing.
_COMPUTING_CUES_NEEDED = 3


def _about_computing(ctx: _Context) -> bool:
    """Whether the article is about computing through and through: ``_COMPUTING_CUES_NEEDED`` of the
    lexicon's computing cues, a plural and its singular counted once (a ballet company's "computer" and
    "computers", a film's "website" and "websites" do not make one)."""
    return "computing" in ctx.story and _computing_cues(ctx.text) >= _COMPUTING_CUES_NEEDED


@lru_cache(maxsize=8)
def _computing_cues(text: str) -> int:
    """How many distinct computing cue words an article uses, a plural counted with its singular (read once
    per article, not once per speaker)."""
    cues = _context_heads()["computing"][1]
    return len({w.removesuffix("s") for w in re.findall(r"[a-z]+", text.lower()) if w in cues})


def _tech_firms_post(ctx: _Context, d: Draft) -> bool:
    """Whether a post at the top of a body or a spokesperson ("head of EA in Europe", "president of
    Lions Gate", "MPAA chief", "Opera spokeswoman") that its body made culture and sport is a firm's, in a
    story about computing and not about sport: there the body is a games maker, a studio or a browser's
    maker, read as a business (the labels: 11 of 16 such people in the BBC's technology stories; the five
    others are trades, a racer, a film director, a digital artist, or a team's or an awards' head, which
    this leaves). Only lower-case words before the body count, and all must be posts. A story that only
    mentions computers is no such story ("a spokesman for the English National Ballet" in an arts story
    with "computer" and "computers" in it stays culture and sport)."""
    if d.group != "culture and sport" or "culture and sport" in ctx.story or not _about_computing(ctx):
        return False
    role = d.role[0]
    words = re.findall(r"[\w'’-]+", role)
    posts = _post_words()
    if any(w.lower() in _NOT_A_FIRMS for w in words) or not any(
        w[:1].isupper() and w.lower() not in posts for w in words
    ):
        return False  # a team's, an awards' or no body named ("Chief executive")
    specific = _role_lexicon()[0]
    head = []
    for w in words:
        if w.lower() in _SPLIT:
            break
        if not w[:1].isupper() or w.lower() in posts:  # a capitalised word no post is the body's name
            head.append(w.lower())
    kept = [w for w in head if w not in {"a", "an", "the", "its"}]
    # the last word a post; the others posts or words no group claims ("development director", not "art
    # director" or "games producer")
    return bool(kept) and kept[-1] in posts and all(w in posts or w not in specific for w in kept[:-1])


#: The words for a spokesperson, one or many.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
#: Stories in which a body's spokesperson is as likely a party's, a club's, a show's or the state's.
_NOT_FIRMS_STORIES = frozenset({"politics", "westminster", "european union", "culture and sport", "arts"})


def _firms_spokesperson(ctx: _Context, d: Draft) -> bool:
    """Whether a spokesperson of a body nothing places ("a spokesman for Dell", "The Trafford Centre
    spokeswoman", "spokesman for Ask Jeeves") speaks for a firm: in a story about companies and markets or
    about computing, and not about politics, sport or the arts, an unplaced body whose spokesperson is
    quoted is a company far more often than a state's office (the labels' "company staff" rule: the body
    decides). The role holds only the post and the body's name (a capitalised word no post, or a name the
    tagger marks an organisation: "an ntl spokesman"); a body the lexicon, the article or the passage places
    keeps its group ("A Treasury spokesman", "a spokeswoman for the regulator Ofcom")."""
    if d.group != "government official or spokesperson" or set(ctx.story) & _NOT_FIRMS_STORIES:
        return False
    if "business" not in ctx.story and not _about_computing(ctx):
        return False
    role = d.role[0]
    words = re.findall(r"[\w&'’.-]+", role)
    lowered = [w.lower() for w in words]
    if not _SPOKES & set(lowered):
        return False
    orgs = {w for e, ms in ctx.named.items() if e in role and _label(ms) == "ORG" for w in e.split()}
    body = [w for w in words if (w[:1].isupper() or w in orgs) and w.lower() not in _no_body_words()]
    rest = [w for w, low in zip(words, lowered, strict=True) if w not in body and low not in _SPOKES]
    if not body or any(w.lower() not in _FIRM_FILLERS for w in rest):
        return False  # no body named, or other words that may place it ("housing spokesman", "press")
    expanded = _expanded(ctx, role)
    placed = role_group(expanded, False, ctx.story, generic=False)
    if placed != "unknown" or _employer_group(ctx, expanded) != "unknown":
        return False
    return _post_of_a_body_nearby(ctx, d, expanded) == "unknown"


#: The small words a spokesperson's role may hold beside the post and the body's name.
_FIRM_FILLERS = frozenset({"a", "an", "the", "for", "of", "at", "from", "'s", "’s"})


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Words for a post: the lexicon's posts at the top of a body and its generic heads (read once)."""
    return frozenset(_employer_heads() | _role_lexicon()[1].keys())


@lru_cache(maxsize=1)
def _no_body_words() -> frozenset[str]:
    """Capitalised words of a spokesperson's role that name no body: posts, spokesperson words, fillers."""
    return _post_words() | _SPOKES | _FIRM_FILLERS


#: One side of a cause, unnamed: "Abortion opponents", "Supporters of abortion rights", "gun control
#: advocates" (the cause written small, one to three words; not a person's or a team's name).
_CAUSE_SIDE = re.compile(
    r"^(?:(?:the|many|some|other)\s+)?(?:(?P<before>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:opponents|supporters|proponents|advocates)"
    r"|(?:[Oo]pponents|[Ss]upporters|[Pp]roponents|[Aa]dvocates)\s+of\s+(?P<after>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))$",
    re.IGNORECASE,
)


def _side_of_a_cause(ctx: _Context, role: str) -> bool:
    """Whether an unnamed voice is one side of a cause (the labels' activists precedent: civil society),
    the cause no name of the article ("Trump supporters", "Chelsea supporters" are not) and no party,
    place or team the lexicon places ("Labour supporters")."""
    found = _CAUSE_SIDE.match(role.strip())
    if found is None:
        return False
    cause = found.group("before") or found.group("after")
    if cause.split()[0].lower() in {"the", "a", "his", "her", "their", "its"}:
        return False  # "supporters of the bill", "his supporters": a measure's or a person's, not a cause
    if any(cause in e or e in cause for e in ctx.named):
        return False
    return role_group(cause, generic=False) in {"unknown", "civil society, NGO, union"}


def _body_after_post(role: str) -> bool:
    """Whether a role names its body after the post, past a split word ("chief executive of the UK
    Film Council", "head at Fifa"; not "Chelsea chief executive")."""
    words = _words(role)
    return any(w in _SPLIT for w in words[1:-1])


#: A country's head written with the country's name or "the country's" before the post, nothing else:
#: "Iran's president", "the Iranian president", "The country's new president", "Russia's leader".
_COUNTRYS_HEAD = re.compile(
    r"^(?:the\s+)?(?P<place>[\w.'’ -]+?)(?:['’]s?)?\s+(?:(?:new|former|then|interim|acting|incoming|outgoing)\s+)?"
    r"(?:(?:vice[\s-])?president|premier|leader)$",
    re.IGNORECASE,
)
#: A country's official written with the country's name before a field and a generic post: "China's tax
#: chief", "Russia's energy chief" (one or two words for the field, written small).
_COUNTRYS_OFFICIAL = re.compile(
    r"^(?:the\s+)?(?P<place>[\w.'’ -]+?)['’]s?\s+(?:[a-z][\w-]*\s+){1,2}(?:chief|head|boss|official)$"
)


def _a_countrys_head(ctx: _Context, role: Role, pattern: re.Pattern[str] = _COUNTRYS_HEAD) -> bool:
    """Whether a role the lexicon left unplaced is a country's president or leader: the words before the
    post are "the country('s)"/"the nation('s)" or a place or nationality the tagger marks (GPE, NORP, LOC).
    (``pattern``: ``_COUNTRYS_OFFICIAL`` for a country's official, "China's tax chief".)"""
    found = pattern.match(role[0].strip())
    if found is None:
        return False
    place = found.group("place")
    *before, last = place.split()
    if last.lower() in {"country", "nation"} and all(w[:1].isupper() for w in before):
        return True  # "the country's", "the African nation's", "the Central Asian country's"
    start = role[1] + found.start("place")
    end = role[1] + found.end("place")
    # (LOC too: the tagger reads some states so, "South Sudan's president" beside "South Sudan" a GPE elsewhere)
    return any(e.label_ in {"GPE", "NORP", "LOC"} and e.start_char <= start and e.end_char >= end for e in ctx.doc.ents)
