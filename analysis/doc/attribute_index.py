"""spaCy's attribute ruler, matched through dictionaries instead of its Matcher.

The English pipeline's ``attribute_ruler`` (POS from the tagger's tags, morphology, a few lemma
exceptions) holds about 180 Matcher patterns. spaCy's Matcher tries every pattern at every token,
which made it about 13% of the whole parse of a BBC article (1.13 s of matching for 54,000 tokens):
more than the tagger and the parser together. Almost all of those patterns are one token whose
attributes must equal given values ("TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}), which a dictionary
keyed by those values finds in one look-up. So this module sorts the ruler's own patterns into:

* *exact* patterns: one token, every attribute an exact value or an ``IN`` list of values, looked
  up in one dictionary per combination of attribute names;
* *the rest* (several tokens, ``REGEX``, ``NOT_IN``, operators): matched by a spaCy Matcher that
  holds only them, so their meaning stays spaCy's.

Both give the match tuples the ruler's own ``match`` gives (the same list, in the same order), and
the ruler's own ``set_annotations`` applies them: the Doc comes out the same token for token.
``tests/test_spacy_steps.py`` checks the match lists against the ruler's on real text, and
``benchmarks/check_spacy_steps.py`` on the whole BBC corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

#: Token attributes a pattern may test here (the four are columns of ``Doc.to_array``).
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMN = {name: i for i, name in enumerate(_ATTRS)}


@dataclass(frozen=True)
class _TokenTest:
    """One token of a pattern: each ``equal`` column must hold one of its values, each ``not_in``
    column none of its values, each ``regex`` must find a match in the token's lower-case form."""

    equal: tuple[tuple[int, frozenset[int]], ...]
    not_in: tuple[tuple[int, frozenset[int]], ...]
    regex: tuple[re.Pattern[str], ...]


def _token_test(spec: dict[str, Any], strings: Any) -> _TokenTest | None:
    """A pattern token as column tests, or None when it needs the Matcher (an operator, another
    attribute, another predicate)."""
    equal: list[tuple[int, frozenset[int]]] = []
    not_in: list[tuple[int, frozenset[int]]] = []
    regex: list[re.Pattern[str]] = []
    for attr, want in spec.items():
        if attr not in _COLUMN:
            return None
        col = _COLUMN[attr]
        if not isinstance(want, dict):
            equal.append((col, frozenset([_hash(strings, attr, want)])))
        elif set(want) == {"IN"}:
            equal.append((col, frozenset(_hash(strings, attr, v) for v in want["IN"])))
        elif set(want) == {"NOT_IN"}:
            not_in.append((col, frozenset(_hash(strings, attr, v) for v in want["NOT_IN"])))
        elif set(want) == {"REGEX"} and attr == "LOWER":
            regex.append(re.compile(want["REGEX"]))
        else:
            return None
    return _TokenTest(tuple(equal), tuple(not_in), tuple(regex))


def _hash(strings: Any, attr: str, value: Any) -> int:
    if attr == "IS_SPACE":
        return int(bool(value))
    return int(strings.add(value))


class AttributeIndex:
    """The match step of one AttributeRuler, for its patterns at the time it was built."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self.ruler = ruler
        # The ruler adds each group of patterns under the key str(attr_id) (attributeruler.add).
        self.match_ids = [strings.add(str(i)) for i in range(len(ruler.attrs))]
        # First-token columns -> {their values -> [(attr id, the pattern's token tests)]}; patterns
        # whose first token tests no value exactly are tried at every token (``scan``).
        tables: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, tuple[_TokenTest, ...]]]]] = {}
        self.scan: list[tuple[int, tuple[_TokenTest, ...]]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        self._regex_hits: dict[tuple[str, int], bool] = {}
        # A scanned first token's regexes -> (lower-case forms tried, those that pass)
        self._regex_forms: dict[tuple[re.Pattern[str], ...], tuple[set[int], set[int]]] = {}
        for attr_id, entry in enumerate(ruler.patterns):
            tests = [tuple(_token_test(tok, strings) for tok in pattern) for pattern in entry["patterns"]]
            if any(t is None for pattern in tests for t in pattern):
                self.rest.add(str(attr_id), entry["patterns"])
                continue
            for pattern in tests:
                self._index(tables, attr_id, pattern)  # type: ignore[arg-type]
        # Per column combination: its table, with whether each hit needs no further test (one token,
        # nothing but exact values), and the values each column's keys use (the tokens worth a look-up).
        self.tables = [
            (
                cols,
                {
                    key: [(a, p, len(p) == 1 and not p[0].not_in and not p[0].regex) for a, p in hits]
                    for key, hits in table.items()
                },
                [sorted({key[k] for key in table}) for k in range(len(cols))],
            )
            for cols, table in tables.items()
        ]

    def _index(self, tables: dict, attr_id: int, pattern: tuple[_TokenTest, ...]) -> None:
        first = pattern[0]
        if not first.equal:
            self.scan.append((attr_id, pattern))
            return
        cols = tuple(col for col, _ in first.equal)
        table = tables.setdefault(cols, defaultdict(list))
        for combo in product(*(sorted(values) for _, values in first.equal)):
            if (attr_id, pattern) not in table[combo]:
                table[combo].append((attr_id, pattern))

    def _passes(self, test: _TokenTest, row: list[int], check_equal: bool) -> bool:
        if check_equal and any(row[col] not in values for col, values in test.equal):
            return False
        if any(row[col] in values for col, values in test.not_in):
            return False
        return all(self._regex_hit(rx, row[1]) for rx in test.regex)

    def _regex_hit(self, rx: re.Pattern[str], lower: int) -> bool:
        """Whether ``rx`` finds a match in the lower-case form with this hash (kept per form)."""
        key = (rx.pattern, lower)
        hit = self._regex_hits.get(key)
        if hit is None:
            hit = self._regex_hits[key] = rx.search(self.ruler.vocab.strings[lower]) is not None
        return hit

    def _matches_at(self, rows: list[list[int]], i: int, pattern: tuple[_TokenTest, ...], first_checked: bool) -> bool:
        if i + len(pattern) > len(rows):
            return False
        if not self._passes(pattern[0], rows[i], not first_checked):
            return False
        return all(self._passes(test, rows[i + k], True) for k, test in enumerate(pattern[1:], 1))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's ``match(doc)``: (attr id, match id, start, end), sorted."""
        import numpy as np

        found: list[tuple[int, int, int, int]] = []
        ids = self.match_ids
        array = doc.to_array(list(_ATTRS)) if len(doc) else np.zeros((0, len(_ATTRS)), dtype="uint64")
        rows = array.tolist()
        for cols, table, column_values in self.tables:
            # Only the tokens whose every tested column holds a value some key uses are looked up.
            mask = np.isin(array[:, cols[0]], column_values[0])
            for col, values in zip(cols[1:], column_values[1:], strict=True):
                mask &= np.isin(array[:, col], values)
            for i in np.flatnonzero(mask).tolist():
                row = rows[i]
                hits = table.get(tuple(row[c] for c in cols))
                if hits:
                    for attr_id, pattern, plain in hits:
                        if plain or self._matches_at(rows, i, pattern, first_checked=True):
                            found.append((attr_id, ids[attr_id], i, i + len(pattern)))
        for attr_id, pattern in self.scan:
            first = pattern[0]
            mask = np.ones(len(rows), dtype=bool)
            for col, values in first.not_in:
                mask &= ~np.isin(array[:, col], sorted(values))
            if first.regex:
                known, ok = self._regex_forms.setdefault(first.regex, (set(), set()))
                for h in np.unique(array[:, 1]).tolist():
                    if h not in known:
                        known.add(h)
                        if all(self._regex_hit(rx, h) for rx in first.regex):
                            ok.add(h)
                mask &= np.isin(array[:, 1], sorted(ok))
            for i in np.flatnonzero(mask).tolist():
                if self._matches_at(rows, i, pattern, first_checked=False):
                    found.append((attr_id, ids[attr_id], i, i + len(pattern)))
        if len(self.rest):
            strings = self.ruler.vocab.strings
            for m_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                found.append((int(strings[m_id]), m_id, start, end))
        # Two patterns of one group can match the same tokens; the Matcher reports that once.
        return sorted(set(found))


def install(nlp: Language) -> None:
    """Give the pipeline's attribute ruler the indexed match step (a no-op without a ruler)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    # An instance attribute: AttributeRuler.__call__ calls self.match(doc).
    ruler.match = AttributeIndex(ruler).match  # type: ignore[method-assign]
