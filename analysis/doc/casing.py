"""The analysis view of an article: same length as its text, easier for the tagger to read.

* The tag line is metadata: blanked with spaces so that nothing in it is tagged or counted.
* ALL-CAPS lines (headlines such as ``SOCCER - JAPAN GET LUCKY WIN``, datelines such as
  ``ISLAMABAD`` or ``LONDON 1996-08-30``, table headings) are *true-cased* word by word: the small
  English model has rarely seen names in capitals, and title-casing every word makes it tag the
  whole line as one name. Each word takes, in this order of trust:

  1. the casing the same words have as a capitalised phrase elsewhere in the article
     (``NEW YORK`` -> ``New York`` when the body says "New York");
  2. the casing the word mostly has elsewhere in the article, away from sentence starts;
  3. an English lexicon (TextBlob's Brill lexicon): common words go lower case, names title case;
     unknown short words stay in capitals (``NFL``, ``LG``).

  Place words in a dateline are always title-cased. Re-casing an ASCII word never changes its
  length, so every offset into the view is an offset into the article text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache

from analysis.inputs.layout import Layout, share_bars

_WORD = re.compile(r"[A-Za-z]+")
# A line that is a place name followed by a date, as wire copy prints datelines: "LONDON 1996-08-30".
_DATE_LINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'’\- ]*?)[ ,]+(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\s*$")
# Lines with two capitals in a row: the only ones that can be shouted.
_CAPS_LINE = re.compile(r"^[^\n]*?[A-Z]{2}[^\n]*", re.M)
# Capitalised phrases in ordinary text: the casing evidence for phrases in capitals.
_PHRASE = re.compile(r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)+")
_MAX_PHRASE = 4
# Short words in capitals that the lexicon lists as something else but news means as a name.
_KEEP_UPPER = frozenset({"US", "UK", "UN", "EU"})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(common lower-case words, title-case proper names, all-caps names) from TextBlob's Brill
    lexicon (Penn Treebank + Brown, one most-frequent tag per word form). Falls back to spaCy's
    stop words when TextBlob's data file is not there."""
    from analysis.doc.pattern import textblob_dir

    try:
        folder = textblob_dir()  # the data file only: importing TextBlob would import NLTK and SciPy
        if folder is None:
            raise OSError("no TextBlob")
        content = (folder / "en" / "en-lexicon.txt").read_text(encoding="utf-8")
    except OSError:
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS), frozenset(), frozenset()
    lower: set[str] = set()
    title: set[str] = set()
    upper: set[str] = set()
    # "word TAG" per line (str methods: about twice as fast as a multi-line regex over 94,000 lines)
    for line in content.splitlines():
        word, _, tag = line.partition(" ")
        if not (word.isascii() and word.isalpha()) or not tag or tag[0].isspace():
            continue
        proper = tag.startswith("NNP")
        if word.islower():
            if not proper:
                lower.add(word)
        elif proper and word.isupper() and len(word) > 1:
            upper.add(word)
        elif proper and word[0].isupper() and word[1:].islower():
            title.add(word)
    return frozenset(lower), frozenset(title), frozenset(upper)


def is_common_word(word: str) -> bool:
    """A word the lexicon knows only as an ordinary word, never as a name ("Next", "Extras")."""
    lower, title, _ = _lexicon()
    return word.lower() in lower and word.capitalize() not in title


def known_in_lower_case(word: str) -> bool:
    """Whether the lexicon knows the word written small, as an ordinary word ("messenger"), whatever else."""
    return word.lower() in _lexicon()[0]


def known_word(word: str) -> bool:
    """Whether the lexicon knows the word at all: as an ordinary word written small, or as a capitalised
    name (a surname, a place, a nationality: "Bush", "Arab")."""
    lower, title, _ = _lexicon()
    return word.lower() in lower or word.capitalize() in title


def is_plural_of_common_word(word: str) -> bool:
    """Is the word the plural of an ordinary word ("Markets", "Workers"): without its "s", the
    lexicon knows it in lower case (whatever it lists the capitalised plural as)."""
    return len(word) > 3 and word[-1] == "s" and word[:-1].lower() in _lexicon()[0]


def _shouted(line: str) -> bool:
    """Mostly capitals: at least 80% of its words of two or more letters are upper case."""
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    if not words:
        return False
    upper = sum(w.isupper() for w in words)
    return upper / len(words) >= 0.8 and (len(words) >= 2 or len(words[0]) >= 4 or _DATE_LINE.match(line))


class _Evidence:
    """How the words of the shouted lines are cased in the rest of the article."""

    def __init__(self, text: str, skip: list[tuple[int, int]], needed: set[str]) -> None:
        self.words: dict[str, Counter[str]] = defaultdict(Counter)
        self.phrases: dict[tuple[str, ...], str] = {}
        self.cache: dict[str, str] = {}
        if not needed:
            return
        skip_starts = [a for a, _ in skip]

        def skipped(pos: int) -> bool:
            i = bisect.bisect_right(skip_starts, pos) - 1
            return i >= 0 and pos < skip[i][1]

        # One alternation regex finds only the words we need, so this stays linear and fast.
        pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, needed))) + r")\b", re.I)
        for m in pattern.finditer(text):
            if not skipped(m.start()) and not _sentence_start(text, m.start()):
                w = m.group()
                form = "lower" if w.islower() else "upper" if w.isupper() else "title"
                self.words[w.lower()][form] += 1
        for m in _PHRASE.finditer(text):
            words = m.group().split()
            if skipped(m.start()) or not any(w.lower() in needed for w in words):
                continue
            for n in range(2, min(len(words), _MAX_PHRASE) + 1):
                for i in range(len(words) - n + 1):
                    gram = words[i : i + n]
                    self.phrases.setdefault(tuple(w.lower() for w in gram), " ".join(gram))


def _sentence_start(text: str, pos: int) -> bool:
    """Does ``pos`` start a line, a sentence or a headline segment ("SOCCER - JAPAN")?"""
    before = text[max(0, pos - 6) : pos]
    if "\n" in before:
        before = before[before.rindex("\n") + 1 :]
    elif pos > 6 and not before.strip(" \"'“‘("):
        return _sentence_start(text, pos - 6)
    before = before.rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:;—–-"


def _word_case(word: str, evidence: _Evidence) -> str:
    if word not in evidence.cache:
        evidence.cache[word] = _choose_case(word, evidence.words.get(word.lower()))
    return evidence.cache[word]


def _choose_case(word: str, seen: Counter[str] | None) -> str:
    low = word.lower()
    if seen:
        form = max(("title", "upper", "lower"), key=lambda f: seen[f])
        return {"title": word.capitalize(), "upper": word, "lower": low}[form]
    if len(word) == 1 or word in _KEEP_UPPER:
        return word
    lower, title, upper = _lexicon()
    # The lexicon's capitals come partly from headlines ("JAPAN"): a word also listed as a
    # title-case name is a name, not an acronym.
    if word in upper and word.capitalize() not in title:
        return word
    if low in lower:
        return low
    if word.capitalize() in title or len(word) > 3:
        return word.capitalize()
    return word  # short and unknown: most likely an acronym


def _truecase_line(line: str, evidence: _Evidence, place: bool = False) -> str:
    """Re-case the capitalised words of one line; ``place`` title-cases every word (a dateline)."""
    matches = [m for m in _WORD.finditer(line) if m.group().isupper()]
    lows = [m.group().lower() for m in matches]
    out = list(line)
    i = 0
    while i < len(matches):
        m = matches[i]
        done = 0
        if evidence.phrases:
            # Longest run of adjacent words (one space apart) that the article writes as a phrase.
            n = 1
            while n < _MAX_PHRASE and i + n < len(matches) and matches[i + n].start() == matches[i + n - 1].end() + 1:
                n += 1
            for k in range(n, 1, -1):
                phrase = evidence.phrases.get(tuple(lows[i : i + k]))
                if phrase:
                    out[m.start() : matches[i + k - 1].end()] = phrase
                    done = k
                    break
        if not done:
            word = m.group()
            # The letter after an apostrophe in "MILAN'S", "DON'T" is lower case; "O'BRIEN" is a name.
            if line[m.start() - 1 : m.start()] in {"'", "’"} and len(word) <= 2:
                new = word.lower()
            elif place:
                new = word if len(word) == 1 else word.capitalize()
            else:
                new = _word_case(word, evidence)
            if _sentence_start(line, m.start()) and line[m.start() - 1 : m.start()] != "-":
                new = new[0].upper() + new[1:]
            out[m.start() : m.end()] = new
            done = 1
        i += done
    return "".join(out)


#: A no-break space between two words (or after a word's full stop or comma).
_NO_BREAK_SPACE = re.compile(r"(?<=[\w.,;:])\u00a0(?=\w)")


def analysis_view(text: str, layout: Layout) -> str:
    """The text spaCy reads: same length, tag line, a glued agency credit and share bars blanked, ALL-CAPS lines
    true-cased, no-break spaces between words made plain spaces.

    Built from a list of same-length edits, so a long article is copied once, not per line."""
    tag = layout.tag_span
    shouted: list[tuple[int, int]] = []
    for m in _CAPS_LINE.finditer(text):
        if not (tag and tag[0] <= m.start() < tag[1]) and _shouted(m.group()):
            shouted.append(m.span())
    needed = {w.lower() for a, b in shouted for w in _WORD.findall(text, a, b) if w.isupper() and len(w) > 1}
    evidence = _Evidence(text, [*shouted, *([tag] if tag else [])], needed)
    edits: list[tuple[int, str]] = []
    dateline = layout.dateline_span
    done: dict[str, str] = {}  # tables repeat their lines
    for a, b in shouted:
        line = text[a:b]
        if line not in done:
            m = _DATE_LINE.match(line)
            if m:
                done[line] = _truecase_line(line[: m.end("place")], evidence, place=True) + line[m.end("place") :]
            else:
                done[line] = _truecase_line(line, evidence)
        new = done[line]
        if dateline and a <= dateline[0] < b:
            d0, d1 = dateline[0] - a, dateline[1] - a
            new = new[:d0] + _truecase_line(line[d0:d1], evidence, place=True) + new[d1:]
            dateline = None
        edits.append((a, new))
    if dateline:
        edits.append((dateline[0], _truecase_line(text[dateline[0] : dateline[1]], evidence, place=True)))
    if tag:
        edits.append((tag[0], "".join(c if c == "\n" else " " for c in text[tag[0] : tag[1]])))
    if layout.credit_span:
        # "(CNN)" glued to the body's first word: the tokeniser would read "CNN)President" as one word
        edits.append((layout.credit_span[0], " " * (layout.credit_span[1] - layout.credit_span[0])))
    # a web page's share bar ("Send Facebook Twitter ... Permalink http://dw.com/p/2Yp7v"): no words of the story
    edits += [(a, " " * (b - a)) for a, b in share_bars(text) if not any(e < b and a < e + len(n) for e, n in edits)]
    pieces: list[str] = []
    pos = 0
    for start, new in sorted(edits):
        assert start >= pos and len(new) == len(text[start : start + len(new)])
        pieces += [text[pos:start], new]
        pos = start + len(new)
    pieces.append(text[pos:])
    # a no-break space between words is a space to the reader; spaCy makes it a token of its own, which
    # cuts a title from its name ("Sen.\xa0Ted Cruz") and a word from the next in the parse. (After a
    # dash it stays: "―\xa0Nell Carden Grey" signs a quote, and the tagger reads that form better.)
    view = _NO_BREAK_SPACE.sub(" ", "".join(pieces))
    assert len(view) == len(text)
    return view
