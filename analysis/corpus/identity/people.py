"""People's names across articles: spelling variants of one full name, an initial and a surname, a
shorter name ending a longer one, a surname or first name alone (joined to the one full name of that
name in its topic / outlet / time, else left apart and saying so), a one-word name the model did not
call a person beside the one person it ends."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from analysis.corpus.identity.context import article_keys, same_context
from analysis.corpus.identity.names import _ends, _name_variants, common_words, given_names
from analysis.corpus.identity.senses import town_club
from analysis.corpus.identity.sets import Sets
from analysis.corpus.identity.state import Units


def join_people(u: Units) -> None:
    """The person phases, in order: each reads the joins the ones before it made."""
    persons = [
        k for k in u.by_key if u.key_label[k] == "PERSON" and " " in k and not k.startswith(("country:", "org:"))
    ]
    _join_spelling_variants(u, persons)
    # an initial and a surname ("B Cohen", "K Maggs" in a team sheet) joins the one full name in its
    # topic / outlet / time with that surname and a first name of that initial ("Ben Cohen"), whatever
    # type the model gave the short form
    aids = u.aids
    join_initials(u.by_key, persons, u.sets, u.notes, u.names, lambda i, j: u.near(aids[i], aids[j]))
    _join_name_ends(u, persons)
    bare = Counter(u.keys[i] for i in u.surname_units)
    firsts, related = first_names_only(persons, bare), Related(u)
    town_of = _join_names_alone(u, persons, firsts, related)
    _join_one_word_persons(u, persons)
    _join_left_apart(u, town_of, firsts, related)


#: a first name alone and a person of that first name are one only where their articles name something
#: else in common that is named in at most this many articles ("Sandra" and Michael Howard, "Dietmar"
#: beside "Hamann"); wider than context.CONTEXT_DF: a first name says less than a surname
FIRST_NAME_DF = 150
#: a first name alone in this many articles or more is someone the corpus knows by it ("Elvis", "Jamelia"):
#: the rules for first names alone leave it alone
KNOWN_BY_FIRST_NAME = 5


def first_names_only(persons: list[str], bare: Counter) -> frozenset[str]:
    """The words that start a two-word person's name and end none ("steve", "sheila", "max"), used alone in
    fewer than KNOWN_BY_FIRST_NAME articles (``bare``: key -> its name-alone units): such a name alone is a
    first name said of someone its own article knows (a columnist, a character, a child), so it names one
    person only where the articles tell a story in common."""
    # (a surname: the last word of a name whose first word is a given name or no common word; not "Fireman
    # Sam", a character named by his job)
    given, common = given_names(), common_words()
    lasts = {k.rsplit(" ", 1)[1] for k in persons if (f := k.split(" ")[0]) in given or f not in common}
    return frozenset(
        p
        for k in persons
        if (p := k.split(" ")[0]) not in lasts and k.count(" ") == 1 and len(p) > 1 and bare[p] < KNOWN_BY_FIRST_NAME
    )


class Related:
    """Whether two articles name something in common, for first names alone: each article's name keys
    named in at most FIRST_NAME_DF articles (``context.article_keys``), read the first time asked."""

    def __init__(self, u: Units) -> None:
        self.u = u
        self._keys: dict[str, set[str]] | None = None

    def keys(self, a: str) -> set[str]:
        if self._keys is None:
            self._keys = article_keys(self.u.aids, self.u.keys, FIRST_NAME_DF)
        return self._keys.get(a, set())

    def __call__(self, a: str, b: str, key: str, also: str = "") -> bool:
        """a is b, or they name a less common name in common (not ``key``); ``also``: a name that
        counts in a as well (the full name's surname: "Dietmar" beside "Hamann")."""
        if a == b:
            return True
        near = self.keys(a) - {key}
        return bool(near & self.keys(b)) or (also != "" and also in self.keys(a))


def _join_spelling_variants(u: Units, persons: list[str]) -> None:
    """Spelling variants of one full name: "Vince Cable" / "Vincent Cable", "Damian" / "Damien Hockney"."""
    by_key, sets, notes, names = u.by_key, u.sets, u.notes, u.names
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        by_last[k.rsplit(" ", 1)[1]].append(k)
    for group in by_last.values():
        for x, y in ((x, y) for n, x in enumerate(group) for y in group[n + 1 :]):
            if _name_variants(x, y) and u.share_topic(x, y):
                sets.union(by_key[x][0], by_key[y][0])
                for i in by_key[x] + by_key[y]:
                    notes[i] = notes[i] or f"spelling variants: {names[by_key[x][0]]} / {names[by_key[y][0]]}"


def _join_name_ends(u: Units, persons: list[str]) -> None:
    """A shorter name ending a longer one ("Thierry Henry" / "Striker Thierry Henry"; "De Marigny" /
    "Roland de Marigny") joins it when only one longer name ends so and they share a topic."""
    by_key, sets = u.by_key, u.sets
    person_ends = _ends(persons)
    for k in persons:
        longer = [f for f in person_ends.get(k, ()) if u.share_topic(k, f)]
        roots = {sets.find(by_key[f][0]) for f in longer}
        if len(roots) == 1:
            sets.union(by_key[k][0], by_key[longer[0]][0])


#: how the note of a name-alone unit ends where several full names of that name in its context could be it
SHARED = "share it in the same topic/outlet/time"


def _join_names_alone(u: Units, persons: list[str], firsts: frozenset[str], related: Related) -> dict[int, str]:
    """A surname or first name alone joins the one full name of that name in its topic / outlet / time
    (a first name only where its article and one of the full name's name something else in common:
    ``first_names_only``); else a town's name where its words say so (the town or its club). Returns the
    name-alone units found to be a town or its club -> "town" / "club"."""
    keys, aids, names, notes, by_key, sets = u.keys, u.aids, u.names, u.notes, u.by_key, u.sets
    topics, outlets, dates, texts = u.topics, u.outlets, u.dates, u.texts
    unit_cues, sport_code = u.unit_cues, u.sport_code
    cities, listed, city_units, club_units = u.cities, u.listed, u.city_units, u.club_units
    town_of: dict[int, str] = {}
    full_by_part: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        parts = k.split(" ")
        full_by_part[parts[-1]].append(k)
        if len(parts) == 2:
            full_by_part[parts[0]].append(k)
    for i in u.surname_units:
        k, a = keys[i], aids[i]
        cands: dict[int, str] = {}
        initial = u.initial_of.get(i)
        for full in full_by_part.get(k, []):
            if initial and not (full.endswith(" " + k) and full[0] == initial.casefold()):
                continue  # "R Lamont": Rory Lamont, not Sean (13-aa)
            # (the full name's unit there: a name split by topic is one entity per topic)
            near = next((j for j in by_key[full] if same_context(a, aids[j], topics, outlets, dates)), None)
            if near is not None:
                cands.setdefault(sets.find(near), full)
        only = next(iter(cands.values())) if len(cands) == 1 else None
        if only is not None and k in firsts and not any(related(a, aids[j], k, only) for j in by_key[only]):
            notes[i] = f"first name alone, not joined: its article names nothing else {names[by_key[only][0]]}'s do"
        elif len(cands) == 1:
            root, full = next(iter(cands.items()))
            sets.union(i, root)
            notes[i] = f"name alone: the only {names[i]} in the same topic/outlet/time is {names[by_key[full][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands.values()))
            notes[i] = f"name alone, not joined: {alts} {SHARED}"
        elif club := town_club(k, unit_cues[i], sport_code(a) is not None, cities, listed, names[i], texts.get(a)):
            # a town's name the model called a person, with no person of that surname in the same
            # topic/outlet/time: the town where its words say place, else its club in a football or
            # rugby report ("Porto", "Valencia", "Llanelli" in sport)
            if club == "GPE":
                city_units.append(i)
            else:
                club_units[i] = club
            town_of[i] = "town" if club == "GPE" else "club"
            notes[i] = f"a town's name alone, no person of that name here: the {town_of[i]}"
        else:
            notes[i] = "name alone, not joined: no full name with it in the same topic/outlet/time"
    return town_of


def _join_one_word_persons(u: Units, persons: list[str]) -> None:
    """A one-word name the model did not call a person ("Tautou" tagged GPE) that ends the one full
    person's name in the articles using it is that person; not when anything says organisation ("Ford"
    beside "Bill Ford": the company). Its units are marked ``u.to_person`` and vote as a person's."""
    by_key, key_label, key_articles, evidence, sets = u.by_key, u.key_label, u.key_articles, u.evidence, u.sets
    names, notes, labels, keys, to_person = u.names, u.notes, u.labels, u.keys, u.to_person
    persons_in: dict[str, set[str]] = defaultdict(set)
    for k in persons:
        for a in key_articles[k]:
            persons_in[a].add(k)
    for k, idx in by_key.items():
        if " " in k or len(k) < 3 or key_label[k] == "PERSON" or k.startswith(("country:", "org:")):
            continue
        model, cue = evidence(idx)
        if cue.get("ORG", 0) > 0 or cue.get("PRODUCT", 0) > 0 or 2 * model.get("ORG", 0) > sum(model.values()):
            continue
        found = {a: [p for p in persons_in.get(a, ()) if p.endswith(" " + k)] for a in key_articles[k]}
        fulls = {p for ps in found.values() for p in ps}
        roots = {sets.find(by_key[p][0]) for p in fulls}
        if len(roots) == 1 and 2 * sum(1 for ps in found.values() if ps) >= len(found):
            full = min(fulls)  # (one root: any of them; the first by name, the same in every run)
            sets.union(idx[0], by_key[full][0])
            for i in idx:  # the model's label for it was wrong: it votes as the person's, and a
                # listed place of that name ("Hague") no longer decides the person's type
                notes[i] = f"name alone: the person {names[by_key[full][0]]} is named beside it"
                labels[i] = "PERSON"
                keys[i] = full
                to_person.add(i)
            evidence.forget(idx)


def _join_left_apart(u: Units, town_of: dict[int, str], firsts: frozenset[str], related: Related) -> None:
    """The name-alone units left apart join each other by name within one topic and outlet; where their
    team sheets give them two different initials ("R Lamont", "S Lamont"), by initial too (13-aa)."""
    keys, aids, notes, topics, outlets, sets = u.keys, u.aids, u.notes, u.topics, u.outlets, u.sets
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in u.surname_units:
        if notes[i] and notes[i].startswith("name alone: the only"):
            continue
        ctx = (
            keys[i],
            tuple(sorted(topics.get(aids[i], ()))),
            outlets.get(aids[i]),
            town_of.get(i) == "club",  # (a town's club apart from the town and the person)
        )
        groups[ctx].append(i)
    for group in groups.values():
        for idx in _told_apart(u, group, firsts, related):
            two = len({u.initial_of[i] for i in idx if i in u.initial_of}) > 1
            first: dict[str | None, int] = {}
            for i in idx:
                sets.union(first.setdefault(u.initial_of.get(i) if two else None, i), i)


def _told_apart(u: Units, idx: list[int], firsts: frozenset[str], related: Related) -> list[list[int]]:
    """Name-alone units of one name, topic and outlet, as groups that may join each other. Where the
    corpus has several people of that name there ("name alone, not joined: Iestyn Harris; Jerry Harris
    share it"), a bare "Harris" in one team sheet and in another is only one player where their articles
    name something else in common (a less common name: a team-mate, the story). Only in football and
    rugby reports: a famous name alone in unrelated news ("Blair", "Bush") is the one person (13-ad). A
    first name alone (``first_names_only``: "Steve" in a runner's column and in a match report) the same
    way anywhere (13-ak)."""
    aids, art_keys, key = u.aids, u.art_keys, u.keys[idx[0]]
    shared = any((u.notes[i] or "").endswith(SHARED) for i in idx)
    if key not in firsts and (not shared or any(u.sport_code(aids[i]) is None for i in idx)):
        return [idx]
    sets = Sets(len(idx))
    for x in range(len(idx)):
        near = art_keys.get(aids[idx[x]], set()) - {key}
        for y in range(x):
            if key in firsts:
                if related(aids[idx[x]], aids[idx[y]], key):
                    sets.union(x, y)
            elif aids[idx[x]] == aids[idx[y]] or near & art_keys.get(aids[idx[y]], set()):
                sets.union(x, y)
    out: dict[int, list[int]] = defaultdict(list)
    for x, i in enumerate(idx):
        out[sets.find(x)].append(i)
    return list(out.values())


#: a name starting with an initial ("K Maggs")
INITIAL_NAME = re.compile(r"[A-Z]\.? ")
_INITIAL = re.compile(r"([a-z])\.? ([a-z].*)")


def join_initials(
    by_key: dict[str, list[int]],
    persons: list[str],
    sets: Sets,
    notes: list[str | None],
    names: list[str],
    near: Callable[[int, int], bool],
) -> None:
    """Join each unit of an initial-and-surname key ("b cohen") to the one full person's name in the
    same topic / outlet / time whose first name has that initial and whose other words are the same
    ("ben cohen"); several such full names there: no join."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in persons:
        first, rest = k.split(" ", 1)
        if len(first) > 1 and first[0].isalpha():
            full[(first[0], rest)].append(k)
    if not full:
        return
    for k, idx in by_key.items():
        m = _INITIAL.fullmatch(k)
        if not m or k.startswith(("country:", "org:")):  # (any type: "L Orquera" tagged a place, "S Dellape" ORG)
            continue
        fulls = full.get((m.group(1), m.group(2)))
        if not fulls:
            continue
        for i in idx:
            cands: dict[int, str] = {}
            for f in fulls:
                j = next((j for j in by_key[f] if near(i, j)), None)
                if j is not None:
                    cands.setdefault(sets.find(j), f)
            if len(cands) == 1:
                root, f = next(iter(cands.items()))
                sets.union(i, root)
                notes[i] = (
                    notes[i] or f"initial and surname: the only {names[by_key[f][0]]} in the same topic/outlet/time"
                )
