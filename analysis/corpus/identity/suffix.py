"""Patterns anchored at the end of a text, matched fast on the reversed text.

``re.search(r"\\b(?:firm|club)\\s+$", before)`` tries its alternation at every position of ``before``;
the same question asked of ``before[::-1]`` with the reversed pattern, ``\\A\\n?\\s+(?:mrif|bulc)\\b``,
is one anchored ``match`` that fails at once on most texts. ``reverse_pattern`` builds that reversed
pattern from the parse tree of the original (exactly the same language, reversed), so the cue words
stay written the natural way in ``evidence.py``.
"""

from __future__ import annotations

import re
import re._constants as C  # the stdlib regex parser's tree; stable since Python 3.11
import re._parser as P

_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
#: anchors seen from the other end: "$" (the end, or before a final newline) is "\A\n?" reversed
_AT = {
    C.AT_BOUNDARY: r"\b",
    C.AT_NON_BOUNDARY: r"\B",
    C.AT_END: r"\A\n?",
    C.AT_END_STRING: r"\A",
    C.AT_BEGINNING_STRING: r"\Z",
}


def _char(code: int) -> str:
    return re.escape(chr(code))


def _set(items: list) -> str:
    out = []
    for op, av in items:
        if op is C.NEGATE:
            out.append("^")
        elif op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY:
            out.append(_CATEGORY[av])
        else:
            raise ValueError(f"reverse_pattern: unsupported set item {op}")
    return "[" + "".join(out) + "]"


def _reversed(items: list) -> str:
    out = []
    for op, av in reversed(list(items)):
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            out.append(_set(av))
        elif op is C.AT:
            if av not in _AT:
                raise ValueError(f"reverse_pattern: unsupported anchor {av}")
            out.append(_AT[av])
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_reversed(b) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            group, add, remove, sub = av
            if add or remove:
                raise ValueError("reverse_pattern: inline flags are not supported")
            out.append(("(" if group else "(?:") + _reversed(sub) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            count = f"{{{lo},}}" if hi is C.MAXREPEAT else f"{{{lo},{hi}}}"
            out.append("(?:" + _reversed(sub) + ")" + count + ("?" if op is C.MIN_REPEAT else ""))
        else:
            raise ValueError(f"reverse_pattern: unsupported element {op}")
    return "".join(out)


def reverse_pattern(pattern: re.Pattern) -> re.Pattern:
    """The pattern that matches the reversed text wherever ``pattern`` matches the text: for a pattern
    anchored at the end (``...$``), ``reverse_pattern(p).match(text[::-1])`` iff ``p.search(text)``."""
    if pattern.flags & re.MULTILINE:
        raise ValueError("reverse_pattern: MULTILINE anchors are not supported")
    flags = pattern.flags & (re.IGNORECASE | re.DOTALL | re.ASCII)
    tree = P.parse(pattern.pattern, flags)
    return re.compile(_reversed(tree.data), flags)


def probe(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that asks all of ``patterns`` at the start of a text at once: its match's
    ``groups()`` hold, in order, each pattern's match at position 0 (``None`` where it has none),
    as ``p.match(text)`` would; one call instead of one per pattern. Each is a lookahead that always
    succeeds, ``(?=(p)|)``: the pattern's match in its group, else the empty branch (a quarter faster
    than an optional lookahead, ``(?:(?=(p)))?``, which the engine runs as a repeat; 13-p)."""
    parts = []
    for p in patterns:
        if p.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE):
            raise ValueError("probe: only IGNORECASE may be set")
        if p.groups:
            raise ValueError("probe: the patterns may not capture")
        scope = "(?i:" if p.flags & re.IGNORECASE else "(?:"
        parts.append(f"(?=({scope}{p.pattern}))|)")
    return re.compile("".join(parts))
