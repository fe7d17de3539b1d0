"""Acronyms joined with their expansions across articles ("IMF" / "International Monetary Fund"), also
those written as a word ("Nato") or with a connective's small letter ("BoE")."""

from __future__ import annotations

import re
from collections import defaultdict

from analysis.corpus.identity.names import _is_acronym, initials, with_small_words
from analysis.corpus.identity.sets import detach
from analysis.corpus.identity.state import Units

#: An acronym with several expansions in the corpus joins one named in this many times as many articles.
ACRONYM_DOMINANCE = 5


def join_acronyms(u: Units) -> None:
    """Join each acronym's units to the one expansion the corpus makes clear, and say why not elsewhere."""
    names, aids, notes, by_key, key_label, sets = u.names, u.aids, u.notes, u.by_key, u.key_label, u.sets
    key_articles = u.key_articles
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if key_label[k] != "PERSON":
            # (a case variant of its first spelling may be the capitalised one: "european union" has no
            # initials, "European Union" has EU's)
            first = names[idx[0]].casefold()
            # (each spelling once: a key's units mostly share one, and initials says the same of it)
            spelt = dict.fromkeys(names[i] for i in idx if names[i].casefold() == first)
            for ini in next((x for x in map(initials, spelt) if x), []):
                by_initials[ini].append(k)
    for k, idx in by_key.items():
        raw = names[idx[0]]
        title = title_acronym(raw)
        small = not raw.isupper() and _MIXED_ACRONYM.fullmatch(raw) is not None  # "BoE", "MoD"
        if key_label[k] == "PERSON" or k.startswith(("country:", "org:")) or not (title or small or _is_acronym(raw)):
            continue
        plain = "".join(c for c in raw if c.isupper()) if small else raw.replace(".", "").upper()
        cands = [c for c in by_initials.get(plain, []) if c != k]
        if small:  # its small letters are the expansion's small words: "Bank of England", not "BMG Entertainment"
            cands = [c for c in cands if with_small_words(names[by_key[c][0]]) == raw]
        together = [c for c in cands if key_articles[c] & key_articles[k]]
        if title or small:  # "Nato", "Sepa" (written as a word): only an expansion named in one of its articles
            cands = together
        if len(cands) > 1:  # several expansions: the one named beside the acronym, if only one is,
            if len(together) == 1:
                cands = together
            else:  # or one named in ACRONYM_DOMINANCE times as many articles as all the others
                ranked = sorted(cands, key=lambda c: -len(key_articles[c]))
                rest = sum(len(key_articles[c]) for c in ranked[1:])
                cands = ranked[:1] if len(key_articles[ranked[0]]) >= ACRONYM_DOMINANCE * rest else cands
        if len(cands) > 1 and (own := _own_expansions(idx, together, aids, key_articles)):
            # one acronym, a different expansion spelt out in each of its articles ("Sepa": China's State
            # Environmental Protection Agency in one, the Scottish Environment Protection Agency in another):
            # each article's unit is the one it spells out (13-v)
            for c, part in own.items():
                detach(sets, set(part))
                sets.union(part[0], by_key[c][0])
                for i in part:
                    notes[i] = f"acronym of {names[by_key[c][0]]} (spelt out in its article)"
            continue
        if len(cands) == 1:
            sets.union(idx[0], by_key[cands[0]][0])
            for i in idx:
                notes[i] = f"acronym of {names[by_key[cands[0]][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands))
            for i in idx:
                notes[i] = f"acronym not joined: it could stand for {alts}"


_TITLE_ACRONYM = re.compile(r"[A-Z][a-z]{2,5}")


def title_acronym(name: str) -> bool:
    """An acronym written as a word, as the BBC writes those it reads as words ("Nato", "Sepa", "Wada")."""
    return _TITLE_ACRONYM.fullmatch(name) is not None


#: an acronym with a connective's small letter: "BoE" (Bank of England), "MoD" (Ministry of Defence)
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def _own_expansions(
    idx: list[int], together: list[str], aids: list[str], key_articles: dict[str, set[str]]
) -> dict[str, list[int]]:
    """The acronym's units by the one expansion each one's article spells out, when its articles spell out
    two or more different ones and every unit's article exactly one (else empty: no decision)."""
    own: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        here = [c for c in together if aids[i] in key_articles[c]]
        if len(here) != 1:
            return {}
        own[here[0]].append(i)
    return own if len(own) > 1 else {}
