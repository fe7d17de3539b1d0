"""Word-level helpers every part of speaker extraction shares: an article's words, singulars,
lexicon look-ups by word and phrase, pronoun forms, an entity's label."""

from __future__ import annotations

import re
from collections import Counter

from analysis.records import Mention

_WORDS = re.compile(r"[\w'’.-]+|\?")
#: The kinds of named entities, by spaCy label.
_ENTITY_KIND = {"PERSON": "named person", "ORG": "organisation", "NORP": "country or group", "GPE": "country or group"}
#: Dependencies by which a title before a name hangs on it ("Foreign Secretary Jack Straw").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_MALE_PRONOUNS = {"he": "he", "him": "he", "his": "he", "himself": "he"}
_FEMALE_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she"}


#: A possessive right after a name: "Blair's", and the plural's bare apostrophe ("the Labs' managing director").
_POSSESSOR = re.compile(r"['’]s?\b|(?<=s)['’](?!\w)")
#: A name right after "in" is a place's, whatever the tagger says: "Shocked health officials in Powys",
#: "the 800m title in Sheffied" ("Powys", "Sheffied" tagged persons).
_IN_A_PLACE = re.compile(r"\w\s+in\s+$")

#: One person by nationality: "Dutchman", "Irishwoman", "Australian", "Russian" (not "the Taliban",
#: which is in ``group_names`` and is no "-man"/"-ian"/"-can" word; not "the French", "the Chinese").
_ONE_NATIONAL = re.compile(r"[A-Z][a-z]+(?:man|woman|ian|can|ean)")

_POSSESSIVE = re.compile(r"['’]s?$")

#: A body's short name of three or more letters written with full stops: "F.B.I.", "C.I.A.", "S.E.C."
#: (the New York Times's style; two letters, "U.S.", "N.Y.", are places the lexicon reads as written).
_DOTTED_SHORT_NAME = re.compile(r"\b(?:[A-Z]\.){3,}")


def undotted(text: str) -> str:
    """``text`` with a dotted short name written as the lexicons hold it: "the F.B.I." -> "the FBI"."""
    if "." not in text:
        return text  # (asked for every role a rule looks up: most have no full stop at all)
    return _DOTTED_SHORT_NAME.sub(lambda m: m.group(0).replace(".", ""), text)


def _words(text: str) -> list[str]:
    """Lower-cased words without full stops and possessive endings ("party's" -> "party"), a
    misspelt spokesperson's head read as the word it stands for ("A Mittal Steel spokeman")."""
    words = (_EX.sub("", _POSSESSIVE.sub("", w.strip(".")).lower()) for w in _WORDS.findall(text))
    return [_MISSPELT.get(w, w) for w in words if w]


#: Misspellings of a head word that news copy lets through ("spokeman" for "spokesman", "a fund manger").
_MISSPELT = {
    "spokeman": "spokesman",
    "spokemen": "spokesmen",
    "spokewoman": "spokeswoman",
    "manger": "manager",
    "mangers": "managers",
}


def _capitalised(text: str) -> list[bool]:
    """For each of ``_words(text)``, whether the text writes it with a capital ("About a Boy")."""
    raw = (w.strip(".") for w in _WORDS.findall(text))
    return [w[:1].isupper() for w in raw if _EX.sub("", _POSSESSIVE.sub("", w).lower())]


_EX = re.compile(r"^(?:ex|former)-(?=\w)")  # "ex-finance chief" is a finance chief


def _singular(word: str, known: dict[str, str]) -> str:
    if word in known:
        return word
    if "-" in word and (last := word.rsplit("-", 1)[1]) in known and word.split("-", 1)[0] in {"co", "joint", "deputy"}:
        return last  # "co-director" is a director
    if word.endswith("ies") and word[:-3] + "y" in known:
        return word[:-3] + "y"  # "authorities"
    if word.endswith("men") and word not in {"men", "women"} and word[:-3] + "man" in known:
        return word[:-3] + "man"  # "chairmen", "spokeswomen" (not "women", a word for no role)
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in known:
            return word[: -len(cut)]
    return word


def _without_here(words: list[str]) -> list[str]:
    """A role's words without a trailing "here" or "there" ("Her campaign workers here"): where the
    people are, no word of their post."""
    while len(words) > 1 and words[-1] in {"here", "there"}:
        words = words[:-1]
    return words


def _plural_phrase(phrase: str, lexicon: dict[str, str]) -> str:
    """A phrase of two or more words whose last word is a plural, read as the lexicon's singular phrase
    when only that is listed ("assembly members", "hedge funds": "assembly member", "hedge fund"; the
    one-word singulars "member", "fund" may be in no list, so ``_singular`` alone leaves them)."""
    if phrase in lexicon or " " not in phrase:
        return phrase
    if phrase.endswith("ies") and (single := phrase[:-3] + "y") in lexicon:
        return single
    if phrase.endswith("men") and (single := phrase[:-3] + "man") in lexicon:
        return single  # "committee chairmen"
    for cut in ("es", "s"):
        if phrase.endswith(cut) and (single := phrase[: -len(cut)]) in lexicon:
            return single
    return phrase


def _rightmost(words: list[str], lexicon: dict[str, str]) -> str | None:
    """The group of the right-most phrase of ``words`` in ``lexicon``, longest first."""
    found = _rightmost_phrase(words, lexicon)
    return found[0] if found else None


def _longest_phrase(words: list[str], lexicon: dict[str, str]) -> tuple[str, int] | None:
    """(group, number of words) of the longest phrase of ``words`` in ``lexicon``, right-most of
    equals: in a name, the most specific phrase wherever it stands."""
    best: tuple[str, int] | None = None
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if i - n + 1 >= 0:
                phrase = " ".join(words[i - n + 1 : i]) + (" " if n > 1 else "") + _singular(words[i], lexicon)
                phrase = _plural_phrase(phrase, lexicon)
                if phrase in lexicon and (best is None or n >= best[1]):
                    best = lexicon[phrase], n
                    break
    return best


def _rightmost_phrase(words: list[str], lexicon: dict[str, str]) -> tuple[str, int] | None:
    """(group, number of words) of the right-most phrase of ``words`` in ``lexicon``, longest first."""
    for i in range(len(words) - 1, -1, -1):
        for n in (4, 3, 2, 1):
            if i - n + 1 < 0:
                continue
            last = _singular(words[i], lexicon)
            phrase = _plural_phrase(" ".join(words[i - n + 1 : i]) + (" " if n > 1 else "") + last, lexicon)
            if phrase in lexicon:
                return lexicon[phrase], n
    return None


_SPLIT = frozenset({"of", "for", "at", "with", "in", "from", "on", "to", "who", "which", "that"})


def _pronoun_form(word: str) -> str | None:
    low = word.lower()
    return _MALE_PRONOUNS.get(low) or _FEMALE_PRONOUNS.get(low)


def _label(mentions: list[Mention]) -> str | None:
    labels = Counter(m.label for m in mentions if m.label in _ENTITY_KIND)
    return labels.most_common(1)[0][0] if labels else None


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases)


def _same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: equal, or one the other's last words ("Trump", "Donald Trump")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _plain(text: str) -> str:
    return text.replace("’", "'")  # "James O’Neill" and "O'Neill" are one name


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is what re calls a word character (``\\w``); False off either end."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _boundary(text: str, i: int) -> bool:
    """Whether re's ``\\b`` holds at offset ``i``."""
    return _word_char(text, i - 1) != _word_char(text, i)


# Names differ in every article, and compiling a pattern for each ("\\b" + the name + "\\b") was a tenth of
# the extractor's time: these find the same matches as ``re.finditer`` would, with no pattern compiled.


def occurrences(text: str, word: str, *, before: bool = False, after: bool = False) -> list[int]:
    """Start offsets of ``word`` in ``text``, left to right and not overlapping, as ``re.finditer`` finds
    ``re.escape(word)``, with ``\\b`` before it when ``before`` and after it when ``after``."""
    out: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        if (not before or _boundary(text, at)) and (not after or _boundary(text, at + len(word))):
            out.append(at)
            at = text.find(word, at + len(word))
        else:
            at = text.find(word, at + 1)
    return out


def occurrences_then(text: str, word: str, tail: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """(start of ``word``, the match of ``tail`` right after it) for each occurrence of ``word`` with ``\\b``
    before it and ``tail`` after, left to right and not overlapping, as ``re.finditer`` finds ``\\b`` +
    ``re.escape(word)`` + ``tail``'s pattern."""
    out: list[tuple[int, re.Match[str]]] = []
    at = text.find(word) if word else -1
    while at >= 0:
        found = tail.match(text, at + len(word)) if _boundary(text, at) else None
        if found is not None:
            out.append((at, found))
            at = text.find(word, max(found.end(), at + 1))
        else:
            at = text.find(word, at + 1)
    return out
