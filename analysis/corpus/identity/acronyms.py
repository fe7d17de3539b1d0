"""Acronyms joined with their expansions across articles ("IMF" / "International Monetary Fund"), also
those written as a word ("Nato"), with a connective's small letter ("BoE"), with an ampersand ("B&B" /
"Bradford & Bingley"), made of a one-word name's inner capitals ("GSK" / "GlaxoSmithKline", "PwC" /
"PricewaterhouseCoopers") or written after their name in brackets ("Hindustan Aeronautics (HAL)"); and names
that differ only in a connective ("Ernst & Young" / "Ernst and Young", "Institute for" / "of Fiscal
Studies") or in spaces and hyphens ("JP Morgan" / "JPMorgan") (13-aa)."""

from __future__ import annotations

import re
from collections import defaultdict

from analysis.corpus.identity.names import _connectives, _is_acronym, initials, with_small_words
from analysis.corpus.identity.sets import Sets, detach
from analysis.corpus.identity.state import Units

#: An acronym with several expansions in the corpus joins one named in this many times as many articles.
ACRONYM_DOMINANCE = 5


def join_acronyms(u: Units) -> None:
    """Join each acronym's units to the one expansion the corpus makes clear, and say why not elsewhere."""
    names, aids, notes, by_key, key_label, sets = u.names, u.aids, u.notes, u.by_key, u.key_label, u.sets
    key_articles = u.key_articles
    _join_connective_variants(u)
    _join_spacing_variants(u)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(aids):
        by_article[a].append(i)
    by_initials: dict[str, list[str]] = defaultdict(list)
    by_amp: dict[str, list[str]] = defaultdict(list)
    compounds: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if key_label[k] != "PERSON":
            # (a case variant of its first spelling may be the capitalised one: "european union" has no
            # initials, "European Union" has EU's)
            first = names[idx[0]].casefold()
            # (each spelling once: a key's units mostly share one, and initials says the same of it)
            spelt = dict.fromkeys(names[i] for i in idx if names[i].casefold() == first)
            for ini in next((x for x in map(initials, spelt) if x), []):
                by_initials[ini].append(k)
            if ampersand := next((x for x in map(amp_initials, spelt) if x), ""):
                by_amp[ampersand].append(k)
            if " " not in k and (caps := compound_capitals(names[idx[0]])):
                compounds[caps].append(k)
    for k, idx in by_key.items():
        raw = names[idx[0]]
        title = title_acronym(raw)
        small = not raw.isupper() and _MIXED_ACRONYM.fullmatch(raw) is not None  # "BoE", "MoD"
        amp = _AMP_ACRONYM.fullmatch(raw) is not None  # "B&B", "AT&T"
        if key_label[k] == "PERSON" or k.startswith(("country:", "org:")):
            continue
        if not (title or small or amp or _is_acronym(raw)):
            continue
        if amp:  # its ampersand is the expansion's: "Bradford & Bingley" (or "and"), not "Bank of Baroda"
            cands = [c for c in by_amp.get(raw, []) if c != k]
        else:
            plain = "".join(c for c in raw if c.isupper()) if small else raw.replace(".", "").upper()
            cands = [c for c in by_initials.get(plain, []) if c != k]
            if small:  # its small letters are the expansion's small words: "Bank of England", not "BMG Entertainment"
                cands = [c for c in cands if with_small_words(names[by_key[c][0]]) == raw]
        compound = None
        if (
            not cands
            and not title
            and (compound := _compound_expansion(list(dict.fromkeys(names[i] for i in idx)), compounds, u, idx))
        ):
            cands = [compound]  # "GSK" / "GlaxoSmithKline", "PwC" / "PricewaterhouseCoopers"
        cands = _one_per_entity(cands, by_key, sets)
        together = [c for c in cands if key_articles[c] & key_articles[k]]
        if (title or small) and compound is None:
            # "Nato", "Sepa" (written as a word): only an expansion named in one of its articles
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
        elif not title and (spelt := _spelt_out_before(idx, u, by_article)) is not None:
            # "Hindustan Aeronautics (HAL)", "Brazilian Institute for Geography and Statistics (IBGE)": the
            # name its articles write just before it in brackets, whatever its letters (13-aa)
            sets.union(idx[0], spelt)
            for i in idx:
                notes[i] = f"acronym of {names[spelt]} (spelt out before it in brackets)"


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


#: an acronym with an ampersand: "B&B", "S&P", "AT&T"
_AMP_ACRONYM = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")


def amp_initials(name: str) -> str:
    """The ampersand acronym of a name of two capitalised parts joined by "&" or "and" ("Bradford &
    Bingley": "B&B", "American Telephone & Telegraph": "AT&T"); "" for any other name."""
    words = name.split()
    joins = [n for n, w in enumerate(words) if w in ("&", "and")]
    if len(joins) != 1:
        return ""
    skip = _connectives()
    left, right = ([w for w in part if w.casefold() not in skip] for part in (words[: joins[0]], words[joins[0] + 1 :]))
    if not left or not right or len(left) > 3 or len(right) > 3 or not all(w[0].isupper() for w in left + right):
        return ""
    return "".join(w[0] for w in left) + "&" + "".join(w[0] for w in right)


#: a one-word name of three or more capitalised parts, or two with small letters after each
_COMPOUND = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")


def compound_capitals(name: str) -> str:
    """The inner capitals of a one-word compound name ("GlaxoSmithKline": "GSK", "PricewaterhouseCoopers":
    "PC"); "" for any other name."""
    if _COMPOUND.fullmatch(name) is None:
        return ""
    return "".join(c for c in name if c.isupper())


def _compound_expansion(spellings: list[str], compounds: dict[str, list[str]], u: Units, idx: list[int]) -> str | None:
    """The one one-word compound name of the acronym's topic whose capitals are the acronym's capitals
    (three at least, or two with a small letter between them from the compound: "PwC") and whose small
    words hold its small letters in order; None when none or several do."""
    return next((c for x in spellings if (c := _compound_of(x, compounds, idx, u))), None)


def _compound_of(raw: str, compounds: dict[str, list[str]], idx: list[int], u: Units) -> str | None:
    caps = "".join(c for c in raw if c.isupper())
    if len(caps) < 2 or (len(caps) < 3 and raw.isupper()) or not raw.replace(".", "").isalpha():
        return None
    shape = re.compile("".join(c + "[a-z]*" for c in raw.replace(".", "")))
    names, by_key = u.names, u.by_key
    fits = [c for c in compounds.get(caps, []) if shape.fullmatch(names[by_key[c][0]]) and u.units_share_topic(idx, c)]
    return fits[0] if len(fits) == 1 else None


def _one_per_entity(cands: list[str], by_key: dict[str, list[int]], sets: Sets) -> list[str]:
    """Candidate expansions already one entity ("Institute for" / "of Fiscal Studies") count once."""
    roots: dict[int, str] = {}
    for c in cands:
        roots.setdefault(sets.find(by_key[c][0]), c)
    return list(roots.values())


_SWAPS = {"&": "and", "for": "of"}


def _join_connective_variants(u: Units) -> None:
    """Names of things that differ only in one connective ("Ernst & Young" / "Ernst and Young", "Institute
    for" / "of Fiscal Studies") are one name, when they share a topic and one is not a person's."""
    by_key, key_label, names, notes, sets = u.by_key, u.key_label, u.names, u.notes, u.sets
    for k, idx in by_key.items():
        if " " not in k or k.startswith(("country:", "org:")):
            continue
        words = k.split(" ")
        for n, w in enumerate(words):
            other = _SWAPS.get(w)
            if other is None or n == 0 or n == len(words) - 1:
                continue
            v = " ".join(words[:n] + [other] + words[n + 1 :])
            # (one of them may be the model's misreading as a person: "Department for Work and Pensions")
            if v in by_key and (key_label[k], key_label[v]) != ("PERSON", "PERSON") and u.share_topic(k, v):
                sets.union(idx[0], by_key[v][0])
                for i in idx + by_key[v]:
                    notes[i] = notes[i] or f"one name: {names[idx[0]]} / {names[by_key[v][0]]}"


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _join_spacing_variants(u: Units) -> None:
    """Names of things that differ only in spaces or hyphens ("JP Morgan" / "JPMorgan", "Exxon Mobil" /
    "ExxonMobil") are one name, when they share a topic and neither is a person's."""
    by_key, key_label, names, notes, sets = u.by_key, u.key_label, u.names, u.notes, u.sets
    by_letters: dict[str, list[str]] = defaultdict(list)
    for k in by_key:
        if key_label[k] != "PERSON" and not k.startswith(("country:", "org:")):
            by_letters[k.replace(" ", "").replace("-", "")].append(k)
    for group in by_letters.values():
        for x, y in ((x, y) for n, x in enumerate(group) for y in group[n + 1 :]):
            # (not a place and a thing: "South West" the region, "Southwest" the airline)
            if (key_label[x] in _PLACES) == (key_label[y] in _PLACES) and u.share_topic(x, y):
                sets.union(by_key[x][0], by_key[y][0])
                for i in by_key[x] + by_key[y]:
                    notes[i] = notes[i] or f"one name: {names[by_key[x][0]]} / {names[by_key[y][0]]}"


def _spelt_out_before(idx: list[int], u: Units, by_article: dict[str, list[int]]) -> int | None:
    """The unit of the one name (not a person's, of two words or more, or one compound word) that the
    acronym's articles write just before it in brackets ("Hindustan Aeronautics (HAL)"); None when none
    or names of different entities are."""
    names, aids, texts, keys, key_label, sets = u.names, u.aids, u.texts, u.keys, u.key_label, u.sets
    found: dict[int, int] = {}
    for i in idx:
        text = texts.get(aids[i])
        at = text.find(f" ({names[i]})") if isinstance(text, str) else -1
        if at < 0:
            continue
        before = text[:at]
        here = [
            j
            for j in by_article[aids[i]]
            if j != i
            and before.endswith(names[j])
            and key_label[keys[j]] != "PERSON"
            and (" " in names[j] or compound_capitals(names[j]))
        ]
        if here:
            j = max(here, key=lambda j: len(names[j]))
            found.setdefault(sets.find(j), j)
    return next(iter(found.values())) if len(found) == 1 else None
