"""Rebuild ``analysis/extract/lexicons/first_names.tsv`` from the installed nomquamgender.

    python scripts/first_names.py

Run after changing the thresholds in ``analysis/extract/sources/gender.py`` (FIRST_NAME_*) or upgrading
nomquamgender; ``tests/test_speakers.py`` checks that the file's header matches the thresholds.
"""

from __future__ import annotations

from pathlib import Path

from analysis.extract import sources

OUT = Path(__file__).resolve().parents[1] / "analysis" / "extract" / "lexicons" / sources.FIRST_NAMES_FILE

if __name__ == "__main__":
    OUT.write_text(sources.build_first_names(), encoding="utf-8")
    print(f"{OUT}: {len(OUT.read_text(encoding='utf-8').splitlines()) - 1} names")
