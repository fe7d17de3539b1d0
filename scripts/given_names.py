"""Rebuild ``analysis/corpus/data/given_names.txt`` (common first names, for the corpus identity step)
from the name counts that ship inside nomquamgender (a default dependency).

    python scripts/given_names.py

A first name counted for >= 50,000 people is kept; one counted for >= 10,000 (short forms: Clint,
Denzel, Gareth, Arsene, Sven) only when it is no common English word (``common_words.txt``: "rob", "ken",
"matt" are words too) and no city's name (``cities.txt``: "Houston", "Adelaide"), since a name made of
such a word and a surname is often no person; nor a country's or listed place's name ("France", "Asia":
"France Telecom", "Asia Pacific"). The identity step reads only the text file;
``tests/test_identity.py`` checks that it equals what this script builds.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "analysis" / "corpus" / "data"
OUT = DATA / "given_names.txt"
COMMON, RARER = 50_000, 10_000


def header() -> str:
    return (
        f"# Given names: the first names nomquamgender (name_data.json) counts for at least {COMMON:,} people,\n"
        f"# or for at least {RARER:,} when no common word (common_words.txt) or place; lower case,\n"
        "# one a line. Used by analysis/corpus/identity (names.py: given_names) as evidence that a two-word\n"
        "# name 'Given Surname' names a person. Rebuilt by scripts/given_names.py."
    )


def build() -> str:
    from importlib import metadata, resources

    counts = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_bytes())
    words = {x for x in (DATA / "common_words.txt").read_text("utf-8").splitlines() if not x.startswith("#")}
    from analysis.corpus.identity.names import city_keys, country_keys, place_types

    places = set(city_keys()) | set(country_keys()) | set(place_types())
    names = {
        n
        for n, v in counts.items()
        if n.isalpha() and len(n) > 1 and (v[1] >= COMMON or (v[1] >= RARER and n not in words and n not in places))
    }
    version = f"# nomquamgender {metadata.version('nomquamgender')}"
    return f"{header()}\n{version}\n" + "\n".join(sorted(names)) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), "utf-8")
    print(f"wrote {OUT} ({len(OUT.read_text('utf-8').splitlines()) - 5} names)")
