"""Entity mentions and the canonical names a reader would use for them.

spaCy's NER finds mentions; this module cleans their edges and groups them into entities:

* a leading "the" and a trailing possessive fold (``the Taliban``, ``Pakistan’s``);
* a name cut at a hyphen is made whole (``Tehrik-i-Taliban Pakistan``, not ``Tehrik``);
* a surname or part of a name joins the full name used in the same article (``Khan``);
* an acronym joins its expansion (``Tehrik-i-Taliban Pakistan (TTP)``, then ``TTP``);
* plural nationalities join the singular (``Afghans`` -> ``Afghan``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from analysis.records import TABLE_LABELS, Entity, Mention

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
TITLES = {
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "minister",
    "prime",
    "general",
    "gen",
    "secretary",
    "judge",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "mayor",
    "chairman",
    "ceo",
}


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the", a possessive and stray punctuation from a mention's edges."""
    m = _LEADING.match(text[start:end])
    if m and end - start > m.end():
        start += m.end()
    chunk = text[start:end]
    pm = _POSSESSIVE.search(chunk)
    if pm and len(chunk) > 3:
        end -= 2 if chunk.endswith(("'s", "’s")) else 1
    while end > start and text[end - 1] in " \t\n.,;:-–—'’\"“”)(":
        end -= 1
    while start < end and text[start] in " \t\n'’\"“”(":
        start += 1
    return start, end


def _widen_hyphens(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span over hyphen-joined name parts (``Tehrik`` -> ``Tehrik-i-Taliban``)."""
    while True:
        m = re.match(r"-(?:[a-z]{1,3}-)*[A-Z][\w]*", text[end:])
        if not m:
            break
        end += m.end()
    while True:
        m = re.search(r"[A-Z][\w]*(?:-[a-z]{1,3})*-$", text[:start])
        if not m:
            break
        start = m.start()
    return start, end


def _spans(doc: Doc) -> list[Span]:
    return list(doc.ents)


def mention_spans(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) for every entity mention, edges cleaned, overlaps resolved."""
    out: list[tuple[int, int, str]] = []
    for ent in _spans(doc):
        start, end = ent.start_char, ent.end_char
        if ent.label_ in TABLE_LABELS:
            start, end = _widen_hyphens(text, *_clean_span(text, start, end))
        if end <= start or not text[start:end].strip():
            continue
        if out and start < out[-1][1]:
            if end - start > out[-1][1] - out[-1][0]:
                out[-1] = (start, end, ent.label_)
            continue
        out.append((start, end, ent.label_))
    return out


def _tokens(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\u00a0]+", name) if w]


def _strip_titles(name: str) -> str:
    words = _tokens(name)
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())


def canonicalise(text: str, spans: list[tuple[int, int, str]]) -> dict[int, tuple[str, str]]:
    """Map each span index to (canonical name, label)."""
    surface = [re.sub(r"\s+", " ", text[a:b]) for a, b, _ in spans]
    labels = [lab for _, _, lab in spans]
    names = [_strip_titles(s) if lab == "PERSON" else s for s, lab in zip(surface, labels, strict=True)]
    result: dict[int, tuple[str, str]] = {}
    full_people = [n for n, lab in zip(names, labels, strict=True) if lab == "PERSON" and len(_tokens(n)) > 1]
    # Acronyms defined in the text: "Long Name (LN)".
    acronyms: dict[str, str] = {}
    for (_a, b, lab), name in zip(spans, names, strict=True):
        m = re.match(r"\s*\(([A-Z][A-Z0-9&\-]{1,9})\)", text[b : b + 14])
        if m and lab in TABLE_LABELS:
            acronyms[m.group(1)] = name
    orgs = {
        n
        for n, lab in zip(names, labels, strict=True)
        if lab in {"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
    }
    for n in orgs:
        acr = _acronym(n)
        if len(acr) >= 2 and len(_tokens(n)) >= 2:
            acronyms.setdefault(acr, n)
    norp_forms = {n for n, lab in zip(names, labels, strict=True) if lab == "NORP"}
    for i, (name, lab) in enumerate(zip(names, labels, strict=True)):
        if lab not in TABLE_LABELS:
            continue
        canon, canon_label = name, lab
        if name in acronyms and acronyms[name] != name:
            canon = acronyms[name]
        elif lab == "PERSON" and len(_tokens(name)) == 1:
            # A single name joins the most recent full name that contains it.
            for full in reversed(full_people):
                if name in _tokens(full):
                    canon = full
                    break
        elif lab == "NORP" and name.endswith("s") and (name[:-1] in norp_forms or name.endswith("ans")):
            canon = name[:-1]
        result[i] = (canon, canon_label)
    return result


def extract(doc: Doc, text: str) -> tuple[list[Mention], list[Entity]]:
    """Mentions (surface words sliced from ``text``) and the entity table. Names come from the
    analysis view ``doc.text``, so a dateline ``ISLAMABAD`` counts for ``Islamabad``."""
    view = doc.text
    spans = mention_spans(doc, view)
    canon = canonicalise(view, spans)
    # The label of an entity is the most common label among its mentions.
    label_votes: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    mentions: list[Mention] = []
    for i, (a, b, lab) in enumerate(spans):
        name = canon.get(i, (None, lab))[0]
        surface = text[a:b]
        # "(TTP)" right after its expansion names the same mention again: an alias, not a count.
        if name is not None and i > 0 and re.fullmatch(r"\s*\(", view[spans[i - 1][1] : a]):
            prev = canon.get(i - 1)
            if prev and prev[0] == name:
                aliases[name][surface] += 1
                continue
        mentions.append(Mention(start=a, end=b, text=surface, label=lab, entity=name))
        if name is not None:
            label_votes[name][lab] += 1
            aliases[name][re.sub(r"\s+", " ", surface)] += 1
    counts = Counter(m.entity for m in mentions if m.entity)
    entities = [
        Entity(
            name=name,
            label=label_votes[name].most_common(1)[0][0],
            count=n,
            aliases=sorted(a for a in aliases[name] if a != name),
        )
        for name, n in counts.most_common()
    ]
    return mentions, entities
