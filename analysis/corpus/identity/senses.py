"""The senses of one name: a place in some topics and a club or firm in others ("Sunderland"), a city's
name article by article (the city or its club), a town's name alone that is no person's, a short form
("United") that could be any of several longer names, one full name for two people in different
fields; and the phase that joins each name key's units by sense (``split_senses``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from analysis.corpus.identity.accords import ACCORD_LABEL, accord_units
from analysis.corpus.identity.context import context_senses, topic_list, topics_field
from analysis.corpus.identity.evidence import CUE_WEIGHT, OPPONENT_CUE, PLACE_CUE, decide_label
from analysis.corpus.identity.halves import Part
from analysis.corpus.identity.names import city_keys, looks_like_a_person
from analysis.corpus.identity.roles import people_by_role, role_votes
from analysis.corpus.identity.sport import two_codes
from analysis.corpus.identity.state import COARSE, NOT_THINGS, Units
from analysis.corpus.identity.subtitles import SUBTITLE_LABEL, subtitle_units
from analysis.corpus.identity.unrelated import unrelated_groups
from analysis.corpus.tables import Tables

#: A one-word name is an unclear short form ("United") when the longer names ending with it in its
#: topic have this many times its units there.
SHORT_FORM_DOMINANCE = 2


class MentionTests:
    """The units whose every mention is followed by an agreement word (a city's name: ``accords.py``) or
    by a subtitle (a name of two or more units: ``subtitles.py``), as ``split_senses`` asks; read
    (``read``) in the caller's forked child while the votes are cast (13-ap; ``started`` is its part for
    this), else here. Each unit's answer comes from its own mentions alone, and the units asked about are
    fixed once the name keys are (no phase before ``split_senses`` changes which units a key has)."""

    def __init__(self, tables: Tables, aids: list[str], names: list[str], by_key: dict[str, list[int]]) -> None:
        cities = city_keys()
        self.tables = tables
        self.accord_in = [(aids[i], names[i]) for k, idx in by_key.items() if k in cities for i in idx]
        self.titled_in = [(aids[i], names[i]) for idx in by_key.values() if len(idx) > 1 for i in idx]
        self.started: Part | None = None

    def read(self) -> dict[str, set[tuple[str, str]]]:
        tables = self.tables
        return {"accords": accord_units(tables, self.accord_in), "titled": subtitle_units(tables, self.titled_in)}

    def result(self) -> dict[str, set[tuple[str, str]]]:
        """{"accords": the agreement units, "titled": the subtitled units}."""
        got = self.started.result() if self.started is not None else None
        return got if got is not None else self.read()

    def close(self) -> None:
        """End the child if its answer was not taken (the caller failed on the way)."""
        if self.started is not None:
            self.started.close()


def split_senses(u: Units, tests: MentionTests | None = None) -> None:
    """Join each name key's units, one entity per sense (``u.senses``); a one-word person's name is left
    to ``people.join_people`` (``u.surname_units``), an unclear short form joins nothing."""
    aids, names, labels, notes, by_key, key_label = u.aids, u.names, u.labels, u.notes, u.by_key, u.key_label
    tables, topics, cues, unit_cues, evidence, sets = u.tables, u.topics, u.cues, u.unit_cues, u.evidence, u.sets
    cities, listed, art_keys, sport_code = u.cities, u.listed, u.art_keys, u.sport_code
    senses, surname_units, city_units, club_units = u.senses, u.surname_units, u.city_units, u.club_units
    # "United", "Office" alone where the articles of its topic name several longer names ending so
    # (Manchester United, Dundee United; the Home Office, the sitcom The Office ...): which one is not
    # clear, so such a unit joins no other (a missed merge rather than a wrong one)
    shorts = ambiguous_short_forms(by_key, key_label, aids, names, topics, cities, listed)
    for k, idx in by_key.items():
        if any(i in shorts for i in idx):
            by_key[k] = [i for i in idx if i not in shorts] + [i for i in idx if i in shorts]
    split_keys: set[str] = set()
    # a city's name as an agreement's ("the Kyoto protocol"): those units apart from the city (accords.py);
    # a name cut from a title with a subtitle ("Metallica: Some Kind Of Monster"): apart from the name's
    # other units (subtitles.py); not in football or rugby reports (team sheets: "Wales: Gareth Thomas")
    # (the report's sport asked only of the few units the colon test keeps: asking it of every unit first
    # read the sport words of a thousand more articles)
    found = (tests or MentionTests(tables, aids, names, by_key)).result()
    titled_at = {i for i in _units_of(found["titled"], aids, names) if sport_code(aids[i]) is None}
    accord_at = _units_of(found["accords"], aids, names)
    words = u.words  # (unrelated.py: read only for rare one-word names)
    # full names of people used in topics whose articles name nothing else in common but places and
    # nationalities: the role words beside their mentions (roles.py) may tell two people apart
    role_keys = {
        k
        for k, idx in by_key.items()
        if key_label[k] == "PERSON" and " " in k and len({topics.get(aids[i], frozenset()) for i in idx}) > 1
    }
    people_keys = {
        a: {x for x in art_keys.get(a, ()) if COARSE.get(key_label.get(x, ""), "OTHER") not in ("PLACE", "NORP")}
        for a in {aids[i] for k in role_keys for i in by_key[k]}
    }
    role_keys = {k for k in role_keys if len(context_senses(k, by_key[k], aids, topics, people_keys)) > 1}
    roles = role_votes(tables, {(aids[i], names[i]) for k in role_keys for i in by_key[k]})
    for k, idx in by_key.items():
        if (
            titled_at
            and not titled_at.isdisjoint(idx)
            and 0 < len(work := [i for i in idx if i in titled_at]) < len(idx)
            and not _name_in_common(k, work, [i for i in idx if i not in work], aids, art_keys)
        ):
            for i in work:
                sets.union(work[0], i)
                notes[i] = "cut from a title with a subtitle here (X: ...): apart from the name's other uses"
            club_units.update(dict.fromkeys(work, SUBTITLE_LABEL))
            idx = [i for i in idx if i not in work]
        city_person = False
        if key_label[k] == "PERSON" and " " not in k and not k.startswith("country:"):
            # a city's name the model calls a person ("Kent") whose own words say place in half its
            # articles ("in Kent", "Chatham, Kent"): its units with no person words are the city's
            own = [cues.get((aids[i], names[i])) or Counter() for i in idx] if k in cities and k not in listed else []
            if own and 2 * sum(c.get(PLACE_CUE, 0) > 0 for c in own) >= len(idx):
                city_person = True
                surname_units += [i for i, c in zip(idx, own, strict=True) if c.get("PERSON", 0) > 0]
                idx = [i for i, c in zip(idx, own, strict=True) if c.get("PERSON", 0) <= 0]
            else:
                surname_units += idx  # decided one article at a time below
                continue
            if not idx:
                continue
        if shorts:
            for i in idx:
                if i in shorts:
                    notes[i] = f"short name, not joined: {shorts[i]} share it in its topic"
            idx = [i for i in idx if i not in shorts]
            if not idx:
                continue
        if not accord_at.isdisjoint(idx) and 0 < len(acc := [i for i in idx if i in accord_at]) < len(idx):
            for i in acc:
                sets.union(acc[0], i)
                notes[i] = "a city's name as an agreement's or talks' name here: apart from the city"
            club_units.update(dict.fromkeys(acc, ACCORD_LABEL))
            idx = [i for i in idx if i not in acc]
        if len(idx) == 1 and not (k in cities and k not in listed):
            # (one unit, no city's name: one sense, nothing to split or join; as _senses says)
            senses[k] = [(COARSE.get(key_label[k], "OTHER"), idx)]
            continue
        unit_topics = [topics.get(aids[i], frozenset()) for i in idx]
        city = (
            city_senses(idx, unit_topics, labels, unit_cues, evidence, lambda i: sport_code(aids[i]) is not None)
            if k in cities and k not in listed
            else None
        )
        if city_person and not city:  # no article's words show the city after all: the person route
            surname_units += idx
            continue
        if city:
            senses[k] = city
            city_units += city[0][1]
            if len(city) > 1:  # the club or event of a town's name: no place, whatever the model said
                model, cue = evidence(city[1][1])
                club_label = thing_label(model, cue)
                club_units.update(dict.fromkeys(city[1][1], club_label))
        else:
            senses[k] = _senses(k, idx, key_label[k], evidence, unit_topics)
        if len(senses[k]) == 1 and not k.startswith(("country:", "org:")) and k not in listed:
            # one name, different kinds of thing in topics whose articles name nothing else in common
            # ("Eton" the college in politics, the firm Eton Corporation in tech; "Sun" the paper and
            # Sun Microsystems): one entity per such group of topics
            parts = context_senses(k, senses[k][0][1], aids, topics, art_keys)
            if len(parts) > 1 and len({COARSE.get(decide_label(*evidence(p), [k]), "OTHER") for p in parts}) > 1:
                senses[k] = [(senses[k][0][0], part) for part in parts]
                split_keys.add(k)
            elif k in role_keys and len(parts := context_senses(k, senses[k][0][1], aids, topics, people_keys)) > 1:
                # one full name, people in different fields ("England goalkeeper David James"; "David James,
                # the Conservatives' adviser") in topics whose articles name nothing else in common but
                # places and nationalities ("Welsh", "Sydney")
                people = people_by_role(
                    [[(aids[i], names[i]) for i in p] for p in parts],
                    roles,
                    [topics_field(topics, aids, p) for p in parts],
                )
                if len(people) > 1:
                    senses[k] = [(senses[k][0][0], [i for j in js for i in parts[j]]) for js in people]
                    split_keys.add(k)
        if len(senses[k]) == 1 and (
            apart := unrelated_groups(k, senses[k][0][1], aids, names, labels, art_keys, words)
        ):
            senses[k] = [(senses[k][0][0], part) for part in apart]  # a rare word in unrelated articles (13-y)
            split_keys.add(k)
        for kind, sense in senses[k]:
            if kind in ("ORG", "OTHER") and (codes := two_codes(k, kind, sense, aids, unit_cues, sport_code)):
                for code, part in codes.items():  # "Leicester": the rugby club and the football club
                    for i in part[1:] if code else ():
                        sets.union(part[0], i)
                    for i in part:
                        notes[i] = "one name, in rugby and in football: " + (
                            f"the {code} one here" if code else "which one is not clear here"
                        )
                continue
            for i in sense[1:]:
                sets.union(sense[0], i)
            if k in split_keys:
                here = topic_list(topics, aids, sense)
                for i in sense:
                    notes[i] = f"one name, different things by topic (no other name in common): {here}"
            elif len(senses[k]) > 1:
                kinds = ", ".join(f"{kind} in {topic_list(topics, aids, s)}" for kind, s in senses[k])
                for i in sense:
                    notes[i] = f"one name, different things by topic: {kinds}"


def _units_of(units: set[tuple[str, str]], aids: list[str], names: list[str]) -> set[int]:
    """The indices of the (article id, name) ``units``."""
    if not units:
        return set()
    return {i for i, unit in enumerate(zip(aids, names, strict=True)) if unit in units}


def _name_in_common(key: str, some: list[int], others: list[int], aids: list[str], art_keys: Any) -> bool:
    """Some article of ``some`` and some article of ``others`` name a less common name in common (besides
    the key): a titled work and the rest of its name's units are one story then ("Grand Theft Auto:
    San Andreas" and the series in articles naming Rockstar), and stay together."""
    near = set().union(*(art_keys.get(aids[i], set()) for i in some)) - {key}
    return any(near & art_keys.get(aids[i], set()) for i in others)


def _senses(
    key: str, idx: list[int], label: str, evidence: Any, unit_topics: list[frozenset]
) -> list[tuple[str, list[int]]]:
    """A name's units split by topic when the topics' evidence says different kinds of thing
    ("Sunderland" the club in sport, the city in politics); else one sense. Listed names never split."""
    by_topic: dict[frozenset, list[int]] = defaultdict(list)
    for i, t in zip(idx, unit_topics, strict=True):
        by_topic[t].append(i)
    if len(by_topic) < 2 or key.startswith(("country:", "org:")):
        return [(COARSE.get(label, "OTHER"), idx)]
    # only a place in some topics (by the model and place words around it) and an organisation that
    # cue words show in others: the model's labels alone differ by topic for one thing too often
    places: list[int] = []
    orgs: list[int] = []
    for t in sorted(by_topic, key=sorted):
        model, cue = evidence(by_topic[t])
        kind = COARSE.get(decide_label(model, cue, [key]), "OTHER")
        if kind == "PLACE" and cue.get("ORG", 0) <= 0 and cue.get(PLACE_CUE, 0) > 0:
            places += by_topic[t]
        elif kind == "ORG" and cue.get("ORG", 0) > 0:
            orgs += by_topic[t]
        else:
            return [(COARSE.get(label, "OTHER"), idx)]
    if places and orgs:
        return [("PLACE", places), ("ORG", orgs)]
    return [(COARSE.get(label, "OTHER"), idx)]


_THING_CUES = ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT")


def city_senses(
    idx: list[int],
    unit_topics: list[frozenset],
    labels: list[str],
    unit_cues: list[Counter | None],
    evidence: Any,
    team_sport: Callable[[int], bool] = lambda i: False,
) -> list[tuple[str, list[int]]] | None:
    """A city's name (cities.txt) article by article: the city where the words around it say place
    ("in Leeds", "Liverpool-based", "the Manchester band") more than anything else, the club or event
    where cue words say so ("Leeds striker", "Wimbledon champion"). An article saying neither follows
    what its topic's articles show; in a topic that shows both, an article about a team sport
    (``team_sport``: its rugby or football words) names the club ("Barcelona" in a football report,
    where the model says GPE); else it is the city when no article shows anything else, else
    what the model said there (GPE/LOC or ORG), else what most articles show (ties: the city). Returns
    [("PLACE", city units), (kind, other units)] (the second only when there are any), or None when
    no article's words show the name as a place, or the name does not look like a place in the corpus
    (place words or the model's GPE/LOC in fewer than a quarter of its articles: "Orange" the firm)."""
    cue = [unit_cues[i] or Counter() for i in idx]
    placey = sum(1 for i, c in zip(idx, cue, strict=True) if c.get(PLACE_CUE, 0) > 0 or labels[i] in ("GPE", "LOC"))
    if 4 * placey < len(idx):
        return None
    place: list[int] = []
    other: list[int] = []
    open_: list[tuple[int, frozenset]] = []
    for i, c, t in zip(idx, cue, unit_topics, strict=True):
        # the cue words said at more mentions decide ("Sunderland striker ... Sunderland fans ... in Sunderland")
        thing = sum(max(c.get(lab, 0), 0) for lab in _THING_CUES) / CUE_WEIGHT + c.get(OPPONENT_CUE, 0)
        where = c.get(PLACE_CUE, 0)
        if where > thing:
            place.append(i)
        elif thing > where:
            other.append(i)
        else:
            open_.append((i, t))
    if not place:
        return None
    place_topics = {unit_topics[idx.index(i)] for i in place}
    other_topics = {unit_topics[idx.index(i)] for i in other}
    most = other if len(other) > len(place) else place
    # (whether a place-words article is a team-sport report: asked once, only of a club-shaped open unit)
    place_in_reports: list[bool] = []
    for i, t in open_:
        if labels[i] == "ORG" and t in place_topics and t not in other_topics and team_sport(i):
            # a team-sport report's unit the model calls an organisation, no words either way, where the
            # articles of its topic that say place are no such reports ("Championships in Coleraine" in
            # athletics; "Coleraine's Jonathan Hutchinson" among rugby players named by their clubs): the
            # club (only in a topic with place words: elsewhere the place's topics may still split)
            if not place_in_reports:
                place_in_reports.append(any(team_sport(j) for j in place))
            if not place_in_reports[0]:
                other.append(i)
                continue
        if (t in place_topics) != (t in other_topics):
            (place if t in place_topics else other).append(i)
        elif t in other_topics and team_sport(i):
            other.append(i)
        elif not other_topics or labels[i] in ("GPE", "LOC"):
            place.append(i)
        elif labels[i] == "ORG":
            other.append(i)
        else:
            most.append(i)
    if not other:
        return [("PLACE", place)]
    return [("PLACE", place), (COARSE.get(thing_label(*evidence(other)), "OTHER"), other)]


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_SUB_MINUTE = re.compile(r"\s*\(\d")


def town_club(
    k: str, cue: Counter | None, team_sport: bool, cities: Any, listed: Any, name: str, text: Any
) -> str | None:
    """A city's name (cities.txt, not a listed place) the model called a person, where no person of that
    surname is named in the same topic/outlet/time: "GPE" where its words say place ("in Valencia"), "ORG"
    (its club) in a football or rugby report with no person words ("sacked as Valencia coach", "D Peel
    (Llanelli)") and not only as an item of a team sheet ("Hardwick; Kennedy, Casey": a player), else
    None (left as it was)."""
    if k not in cities or k in listed:
        return None
    c = cue or Counter()
    if c.get("PERSON", 0) > 0:
        return None
    if c.get(PLACE_CUE, 0) > 0:
        return "GPE"
    if not team_sport or not isinstance(text, str):
        return None
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    in_sheet = [
        (text[:j].rstrip()[-1:] in (",", ";") and text[j + len(name) :].lstrip()[:1] in (",", ";", "."))
        or _SUB_MINUTE.match(text, j + len(name)) is not None  # "Strudwick for Kennedy (60)"
        for j in at
    ]
    return None if all(in_sheet) else "ORG"


def thing_label(model: Counter, cue: Counter) -> str:
    """The type of the club or event a town's name names where cue words say so: the evidence without
    the model's place labels (it tags "Barcelona" GPE in a football report too); an organisation when
    nothing else is left."""
    label = decide_label(Counter({k: v for k, v in model.items() if k not in _PLACE_LABELS}), cue, [])
    return "ORG" if label in _PLACE_LABELS else label


def ambiguous_short_forms(
    by_key: dict[str, list[int]],
    key_label: dict[str, str],
    aids: list[str],
    names: list[str],
    topics: dict[str, frozenset],
    cities: frozenset[str],
    listed: dict[str, str],
) -> dict[int, str]:
    """Units of a one-word name of a thing ("United", "Office") whose article's topic has two or more
    longer names of things ending with it, each named in two articles or more (not a span the model
    ran on) and not shaped like a person's, with SHORT_FORM_DOMINANCE times as many units there as the
    short name: unit index -> those names ("Dundee United; Manchester United"). Listed names,
    countries' and cities' never (``cities``: names.city_keys, ``listed``: names.place_types)."""
    ends: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if " " not in k or k.startswith(("country:", "org:")) or len({aids[i] for i in idx}) < 2:
            continue
        if key_label.get(k) not in NOT_THINGS and not any(looks_like_a_person(names[i]) for i in idx):
            ends[k.rsplit(" ", 1)[1]].append(k)
    out: dict[int, str] = {}
    for k, idx in by_key.items():
        longer = ends.get(k)
        if not longer or len(longer) < 2 or len(k) < 3 or k.startswith(("country:", "org:")):
            continue
        if k in cities or k in listed or key_label.get(k) in NOT_THINGS:
            continue
        in_topic: dict[str, Counter] = defaultdict(Counter)  # topic -> longer name -> its units there
        for x in longer:
            for i in by_key[x]:
                for t in topics.get(aids[i], ()):
                    in_topic[t][x] += 1
        short_in: Counter = Counter(t for i in idx for t in topics.get(aids[i], ()))
        for i in idx:
            near: Counter = Counter()
            for t in topics.get(aids[i], ()):
                near.update(in_topic.get(t, {}))
            # and named far more often by the longer names than alone ("United" beside Manchester
            # United; not "Parliament", "Congress": names of their own that longer names also end with)
            alone = max((short_in[t] for t in topics.get(aids[i], ())), default=0)
            if len(near) >= 2 and sum(near.values()) >= SHORT_FORM_DOMINANCE * alone:
                out[i] = "; ".join(sorted(names[by_key[x][0]] for x in near)[:4])
    return out
