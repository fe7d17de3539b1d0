"""Organisations and products named by part of a longer name ("Ospreys" / "Neath-Swansea Ospreys",
"iPod" / "Apple iPod", "Verizon" / "Verizon Communications", "Glaxo" / "GlaxoSmithKline"), not events or
products named after a firm."""

from __future__ import annotations

import re

from analysis.corpus.identity.evidence import sequel_named
from analysis.corpus.identity.names import (
    _connectives,
    _ends,
    _starts,
    form_words,
    head_label,
    looks_like_a_person,
    venue_words,
)
from analysis.corpus.identity.state import NOT_THINGS, Units


def join_parts_of_things(u: Units) -> None:
    """An organisation or product named by part of a longer name joins it, only when one longer name fits."""
    by_key, key_label, names, notes, senses, sets = u.by_key, u.key_label, u.names, u.notes, u.senses, u.sets
    things = [k for k in by_key if key_label[k] not in NOT_THINGS and not k.startswith(("country:", "org:"))]
    thing_ends, thing_starts = _ends(things), _starts(things)
    thing_heads = _compound_heads(things, by_key, names)
    for k in things:
        if " " in k or len(k) < 3:
            continue
        # a place name does not join an organisation named after it ("Peterborough" the city and
        # "Peterborough United"): only the senses of the name that are not places may join
        parts = [s for kind, s in senses.get(k, [("", by_key[k])]) if kind not in ("PLACE", "PERSON", "NORP")]
        sides = (("end", thing_ends.get(k, [])), ("start", thing_starts.get(k, [])), ("head", thing_heads.get(k, [])))
        for side, longer in sides:
            # not a name shaped like a person's the model misread ("Bill Ford" is no part of Ford), nor an
            # event named after an organisation ("Uefa" / "Uefa Cup", "the Fed" / "Fed Cup": 13-t)
            longer = [f for f in longer if not looks_like_a_person(names[by_key[f][0]])]
            if longer:
                roots = {sets.find(by_key[f][0]) for f in longer}
                for part in parts:
                    # a title whose sequel its article names ("Ring" where "Ring 2" is named) is a whole
                    # title, no part of a longer name ("Ring of Fire")
                    part = [i for i in part if not sequel_named(names[i], u.texts.get(u.aids[i]))]
                    if (
                        part
                        and len(roots) == 1
                        and u.units_share_topic(part, longer[0])
                        and not _named_after(key_label[k], key_label[longer[0]])
                        and not (
                            side == "start"
                            and (
                                _product_of_a_firm(key_label[k], names[by_key[longer[0]][0]])
                                or _built_on(len(part), names[by_key[longer[0]][0]], len(by_key[longer[0]]))
                            )
                        )
                    ):
                        sets.union(part[0], by_key[longer[0]][0])
                        for i in part:
                            notes[i] = notes[i] or f"part of the name {names[by_key[longer[0]][0]]}"
                break


#: a one-word compound name's first part: "Glaxo" of "GlaxoSmithKline", "Exxon" of "ExxonMobil"
_COMPOUND_HEAD = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]")


def _compound_heads(things: list[str], by_key: dict[str, list[int]], names: list[str]) -> dict[str, list[str]]:
    """The first part of each one-word compound name of a thing (its key) -> the compound names' keys."""
    out: dict[str, list[str]] = {}
    for k in things:
        if " " not in k and (m := _COMPOUND_HEAD.match(names[by_key[k][0]])):
            out.setdefault(m.group(1).casefold(), []).append(k)
    return out


def _named_after(short: str, longer: str) -> bool:
    """An event named after an organisation ("AAA" / "AAA Championships", "Uefa" / "Uefa Cup", "NRJ" / "NRJ
    Music Awards"): the short name, an organisation by its own evidence, is not a part name of the event."""
    return short == "ORG" and longer == "EVENT"


_MODEL_CODE = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)\S+")


def _product_of_a_firm(short: str, longer: str) -> bool:
    """A product or venue named after a firm ("BMW X5", "Airbus A300s", "Mercedes Benz C180", "Kodak Theatre"):
    its added words hold a model code (letters and digits in one word) or it ends with a venue word (data
    ``venue_words``) or a facility's head word. The firm's name, an organisation by its own evidence, is
    not its part name. (Products named by a word alone, "Intel Celeron", "Motorola Startac", still join.)"""
    if short != "ORG":
        return False
    added = longer.split()[1:]
    if not added:
        return False
    return (
        any(_MODEL_CODE.fullmatch(w) for w in added)
        or added[-1].casefold() in venue_words()
        or head_label(longer) == "FAC"
    )


#: a longer name used this many times fewer than the short name it starts with names something else
RARER = 3


def _built_on(short_units: int, longer: str, longer_units: int) -> bool:
    """A longer name starting with a thing's one-word name that names something else (13-ad): two names
    run together or a phrase ("Sideways and Finding Neverland", "Spider-Man or Batman", "Henry to
    Arsenal": an added word in small letters other than a connective such as "of" or "the"), or a name
    in more than RARER times fewer units than the short name whose last word says no body or event (data
    ``form_words``, the ORG/EVENT head words): a product, office or event built on it ("Intel Celeron",
    "Cabinet Office", "GMT Carnival"). "MCI Inc.", "Wimbledon Championships", "Bayern Munich" still join."""
    added = longer.split()[1:]
    if not added:
        return False
    joining = _connectives() - {"and", "or"}
    if any(w.islower() and w not in joining for w in added):
        return True
    if head_label(longer) in ("ORG", "EVENT") or added[-1].rstrip(".").casefold() in form_words():
        return False
    return short_units > RARER * longer_units
