"""Who works on a campaign: the campaign-staff and party-staff rule of the labels (a candidate's aides,
advisers, managers and officers speak for the campaign: government official or spokesperson), and the
campaigns that are advocacy groups, not a candidate's ("Campaign for Tobacco-Free Kids")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.sources.lexicons import (
    _employer_heads,
    _party_members,
    _party_names,
    _role_lexicon,
    _staff_words,
)
from analysis.extract.sources.words import _SPLIT, _singular, _without_here, _words

_STAFF = "government official or spokesperson"


def _staff_post(head: list[str], words: list[str]) -> bool:
    """Whether a role is a post on a campaign's or a party's staff: its head holds a post a campaign
    employs and the role names a campaign, a party committee, a PAC or "political" work ("a pollster
    and strategist on Mrs. Clinton's 2008 campaign", "the committee's political director"; not a
    party's chairman, an officer). Read only in a story about politics."""
    posts, employers = _staff_words()
    return any(w in posts for w in head) and any(w in employers for w in words)


def _candidates_staff(head: list[str], capitals: list[bool], specific: dict[str, str]) -> bool:
    """Whether a post's head names it after a candidate: a capitalised word the lexicon does not place
    (a person's name, not a party's: "Republican strategist" stays an analyst) right before
    *campaign* and a post that ends the head ("Trump campaign chairman"), or right before a post a campaign employs
    ("Sanders strategist"). Read only in a story about politics."""
    posts = _staff_words()[0]
    for k in range(len(head) - 1):
        if not capitals[k] or not _could_be_a_name(head[k], specific):
            continue
        after = head[k + 1 :]
        if (len(after) == 2 and after[0] == "campaign") or (len(after) == 1 and after[0] in posts):
            return True
    return False


def _pronouns_staff(head: list[str]) -> bool:
    """Whether a post a campaign employs is owned by a pronoun ("His chief strategist", "her pollster"):
    someone's own staff, as "Sanders strategist" is. Read only in a story about politics."""
    return len(head) >= 2 and head[0] in {"his", "her", "their"} and head[-1] in _staff_words()[0] - {"director"}


#: A post on a person's campaign named with their possessive: "Donald J. Trump's newly installed
#: campaign chief", "Clinton's campaign chairman" (up to three words written small between).
_POSSESSIVE_CAMPAIGN_POST = re.compile(
    r"^\s*(?P<whose>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?campaign\s+"
    r"(?P<post>[a-z][\w-]*)\s*$"
)


def _candidates_campaign_post(role: str, specific: dict[str, str]) -> bool:
    """Whether a role is a post on the campaign of someone named with a possessive, a name the lexicon
    does not place (no party's, no office's: "Labour's campaign chief" stays the party's reading),
    the post a generic one or one a campaign employs. Read only in a story about politics."""
    found = _POSSESSIVE_CAMPAIGN_POST.match(role)
    if found is None:
        return False
    names = _words(found.group("whose"))
    post = found.group("post")
    posts = _role_lexicon()[1].keys() | set(_staff_words()[0]) | _employer_heads()
    return bool(names) and all(_could_be_a_name(w, specific) for w in names) and post in posts


#: Capitalised words before a post that are no candidate's name: determiners, ranks, party adjectives.
_NOT_NAMES = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "former", "longtime", "veteran", "democratic", "liberal"}
)


def _could_be_a_name(word: str, specific: dict[str, str]) -> bool:
    """Whether a capitalised word may be a person's name: no word the lexicon places, no party's
    name or member, no determiner or rank ("The director", "Democratic pollster", "Senior strategist")."""
    return not (
        word in _NOT_NAMES
        or _singular(word, specific) in specific
        or word in _role_lexicon()[1]
        or word in _party_names()
        or word in _party_members()
        or word in _staff_words()[1]
        or word in _employer_heads()
    )


#: A post's body that is a candidate's campaign: after the split word, "the" and a name or a possessive
#: name, or "his"/"her", then election words and "campaign(s)": "vice chairwoman for Clinton's
#: presidential campaign", "chairman of the Trump campaign", "finance director of Obama's re-election
#: campaign", "a senior aide with Sen. Marco Rubio's presidential campaign".
_CAMPAIGN_OF = re.compile(
    r"\b(?:for|of|on|at|with|to|in)\s+(?P<det>(?:the|his|her)\s+)?"
    r"(?:(?:Sen|Senator|Gov|Governor|Rep|President|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<whose>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?P<poss>['’]s?)?\s+)?"
    r"(?P<election>(?:(?:\d{4}|presidential|re-?election|reelection|election|primary|[Ss]enate|mayoral|gubernatorial"
    r"|Democratic|Republican|failed|unsuccessful)\s+){0,3})campaigns?\b"
)

#: Posts of a campaign's staff besides the generic ones: its officers and workers ("campaign chair",
#: "a campaign official", "Her campaign workers"). Not its volunteers, donors or supporters.
_CAMPAIGN_POSTS = frozenset(
    {"chair", "co-chair", "vice-chair", "chairwoman", "chairman", "treasurer", "fundraiser", "official", "officials"}
    | {"staffer", "staffers", "worker", "workers", "aide", "aides", "chief"}
)
#: Words before "campaign" that make it a party's or a referendum's, not a candidate's ("Labour campaign
#: chairman" is a frontbencher, "Yes campaign chairman" a referendum side's).
_NOT_A_CANDIDATES = frozenset({"yes", "no", "election", "party", "national"})


def _is_post(word: str, specific: dict[str, str]) -> bool:
    """Whether a word names a post someone holds on a campaign: a generic post, a post a campaign employs, a
    body's top post, a staff word of the lexicon, or one of the campaign's own officers."""
    group = specific.get(_singular(word, specific))
    return (
        word in _CAMPAIGN_POSTS
        or word in _role_lexicon()[1]
        or word in _staff_words()[0]
        or word in _employer_heads()
        or group in {_STAFF, "business"}
    )


def on_candidates_campaign(role: str, story: Sequence[str]) -> bool:
    """Whether a role is a post on a candidate's campaign: a post (its words before the split word) on a
    campaign named for a candidate ("vice chairwoman for Clinton's presidential campaign"), or in a
    story about politics on "his"/"her" campaign or a bare "campaign" post ("His campaign chairman",
    "a campaign official"; not a party's or a referendum side's)."""
    if "campaign" not in role.lower():
        return False  # role_group asks this of most roles: no word of a campaign, nothing to parse
    specific = _role_lexicon()[0]
    words = _without_here(_words(role))
    head = words[: next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))]
    if not head:
        return False
    if len(head) > 1 and head[-2] == "campaign" and head[-1] in _CAMPAIGN_POSTS:
        before = head[:-2]
        return "politics" in story and not any(
            w in _NOT_A_CANDIDATES or w in _party_names() or w in _party_members() for w in before
        )
    if not _is_post(head[-1], specific):
        return False
    for found in _CAMPAIGN_OF.finditer(role):
        det = (found.group("det") or "").strip().lower()
        whose = _words(found.group("whose") or "")
        if whose and (found.group("poss") or det == "the"):
            if all(_could_be_a_name(w, specific) for w in whose):
                return True  # "for Clinton's presidential campaign", "of the Trump campaign"
        elif not whose and det in {"his", "her"} and "politics" in story:
            return True  # "a spokeswoman for her re-election campaign"
    return False


#: An advocacy group named "Campaign for ...": "the Campaign for Tobacco-Free Kids", "Campaign for Nuclear
#: Disarmament" (civil society, as *X Against Y*); with the word before it, to leave a name's own ("Obama
#: Campaign for Change" stays the candidate's).
_CAMPAIGN_FOR = re.compile(
    r"(?P<before>(?<![\w'’-])[\w'’-]+\s+)?(?<![\w'’-])Campaign\s+[Ff]or\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)


def _pressure_group(found: re.Match[str]) -> str:
    before = found.group("before") or ""
    if before[:1].isupper() and before.strip() not in {"The", "A"}:
        return found.group(0)
    return f"{before} pressure group "


def campaign_group_names(role: str) -> str:
    """A role with the advocacy groups named "Campaign for ..." read as a pressure group."""
    return _CAMPAIGN_FOR.sub(_pressure_group, role)
