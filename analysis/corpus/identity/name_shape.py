"""What a name's own words say of its type, whatever the words around it: its head word ("X Awards"),
its shape (an acronym, common words, a country's name at its end, a common given name first), and the
acronyms the corpus spells out only in lower case ("digital rights management (DRM)")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache

from analysis.corpus.identity.evidence import CUE_WEIGHT, SKIP_IN_INITIALS
from analysis.corpus.identity.names import (
    base_key,
    common_words,
    country_keys,
    county_keys,
    demonym_keys,
    given_names,
    head_label,
    language_keys,
    looks_like_a_person,
    titles,
)

GIVEN_NAME_WEIGHT = CUE_WEIGHT
#: mentions after which one firm cue word outweighs a given name when nothing says person more
FIRM_MENTIONS = 4


_ACRONYM = re.compile(r"(?=(?:[0-9&]*[A-Z]){2})[A-Z][A-Z0-9&]{1,5}")


def name_votes(name: str, count: int) -> Counter | None:
    """Votes from a name's own shape, at each of its ``count`` mentions in one article: its head word
    ("X Awards", "Bank of X"), else against a person for a one-word acronym ("GPRS", "BAA": people are
    not written in capitals), a name ending with a country's ("Telekom Austria"), and (once per
    article) a name made of common words ("Internet Explorer") or a British county's ("Devon")."""
    vote = _name_vote(name)
    if vote is None:
        return None
    label, weight, per_mention = vote
    return Counter({label: weight * count if per_mention else weight})


@lru_cache(maxsize=65536)
def _name_vote(name: str) -> tuple[str, float, bool] | None:
    """name_votes' answer for one name: (label, weight, whether it counts at each mention), or None."""
    head = head_label(name)
    if head == "FAC" and looks_given_first(name):  # "Wayne Bridge" the player, not a bridge
        head = None
    if head:
        return head, CUE_WEIGHT, True
    key = base_key(name)
    if key in language_keys() or key in demonym_keys():  # "the Welsh", "Sri Lankan": a nationality word
        return "NORP", CUE_WEIGHT, True
    if key in county_keys():  # "Devon", "Powys" (pycountry): a place, once per article, so that the
        return "GPE", CUE_WEIGHT, False  # words of a club or a person there still outweigh it
    if _ACRONYM.fullmatch(name) or _ends_in_a_place(name):
        return "PERSON", -CUE_WEIGHT, True
    if _made_of_words(name):  # once per article: "Joss Stone" is a person all the same
        return "PERSON", -CUE_WEIGHT, False
    return None


def looks_given_first(name: str) -> bool:
    """Two words, the first a common given name: "Wayne Bridge", "Oliver Square"."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in given_names()


#: words that start a person's name as a title ("Baroness Greenfield", "Lord Sheffield")
_HONORIFICS = frozenset(
    "mr mrs ms miss dr sir lord lady dame baroness baron earl viscount president minister senator judge".split()
)


def _named_first(first: str) -> bool:
    """The first word of a name says a person: a common given name, a title or an honorific."""
    f = first.casefold()
    return f in given_names() or f in titles() or f in _HONORIFICS


def _made_of_words(name: str) -> bool:
    """ "Internet Explorer", "Snow Patrol", "Age Concern": a name of two or more words that are all
    common English words (common_words.txt), the first no common given name or title, looks like a
    work's, a band's or a body's, less like a person's."""
    words = name.split()
    if len(words) < 2 or _named_first(words[0]):
        return False
    common = common_words()
    return all(w[:1].isupper() and w.casefold() in common for w in words)


def _ends_in_a_place(name: str) -> bool:
    """ "Telekom Austria", "Air New Zealand": a name of two or more words ending with a country's name,
    its first word no common given name or title, names no person. (Cities are left out: too many
    surnames are towns somewhere, "Clint Eastwood", "Ken Livingstone", and the given-name list is short.)"""
    words = name.split()
    if len(words) < 2 or "of" in (w.casefold() for w in words) or not words[0][:1].isupper():
        return False
    if _named_first(words[0]):
        return False
    tail = [base_key(" ".join(words[n:])) for n in range(1, len(words))]
    return any(t in country_keys() for t in tail)


def given_name_vote(names: Iterable[str], cues: Counter, mentions: int = 0) -> float:
    """A name shaped "Given Surname" with a common given name ("Taylor Dent") is a person unless the
    words around it say it is a work, product or event (films and brands named like people: "Vera
    Drake") or a firm more than once, or once where it has ``mentions`` enough (FIRM_MENTIONS) for
    a person's pronouns and titles to have shown and they say less than the firm words ("shares in
    George Wimpey", "Robert Bosch's profits"): the PERSON votes to add in each article using it, or 0."""
    if not any(looks_like_a_person(x, compound=True) for x in names):
        return 0.0
    org = cues.get("ORG", 0)
    if any(cues.get(lab, 0) > 0 for lab in ("WORK_OF_ART", "PRODUCT", "EVENT")) or (
        org > CUE_WEIGHT or (org >= CUE_WEIGHT and org > cues.get("PERSON", 0) and mentions >= FIRM_MENTIONS)
    ):
        return 0.0
    return GIVEN_NAME_WEIGHT


_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9]{1,5})\)")
_PHRASE_WORD = re.compile(r"[A-Za-z][\w-]*")


def concept_acronyms(texts: Iterable[object], wanted: Collection[str]) -> set[str]:
    """The acronyms (of ``wanted``) that the texts define in brackets after a lower-case phrase whose
    initials they are, and after no other phrase (up to case): "information and communication technology
    (ICT)", "digital rights management (DRM)", "multiple sclerosis (MS)". An organisation's expansion is
    a name, capitalised ("International Monetary Fund (IMF)"); a lower-case one names a thing or an idea."""
    phrases: dict[str, set[str]] = defaultdict(set)
    lower: set[str] = set()
    for text in texts:
        if not isinstance(text, str) or "(" not in text:
            continue
        for m in _BRACKETED.finditer(text):
            acr = m.group(1)
            if acr not in wanted:
                continue
            words = _PHRASE_WORD.findall(text[max(0, m.start() - 80) : m.start()])[-6:]
            for k in range(1, len(words) + 1):
                spelt = [w for w in words[-k:] if w.casefold() not in SKIP_IN_INITIALS]
                if "".join(w[0] for w in spelt).upper() == acr:
                    phrases[acr].add(" ".join(words[-k:]).casefold())
                    if all(w[0].islower() for w in spelt):
                        lower.add(acr)
                    break
    return {a for a in lower if len(phrases[a]) == 1}
