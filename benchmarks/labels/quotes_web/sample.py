"""The web quote set: 15 English news pages of 2019 from ``../shared/eval/web``, other outlets and
years than the BBC set, their quoted stretches listed for hand labelling.

    python benchmarks/labels/quotes_web/sample.py [--show] [--build]

The article text is the page's hand-annotated body (``ground-truth.json``: ``articleBody``), so
the set measures quotes and speakers, not the extraction of the body from the HTML. The pages
were chosen by outlet and genre (listed in ``PAGES`` with why), before any NewsLens output on
them was looked at. Stretches come from the BBC set's rule (``quotes_bbc/sample.py``:
``stretches``), not from NewsLens. Labels: README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
WEB = ROOT.parent / "shared" / "eval" / "web"

#: page id prefix -> outlet and genre (the full ids are looked up in ground-truth.json)
PAGES = {
    "098bb3e9": "Los Angeles Times, entertainment business",
    "264dc3ae": "Pioneer Press (twincities.com), ice hockey",
    "291a8bf3": "CRN, technology business",
    "14cc2a0c": "ScienceAlert, space science",
    "51d066b0": "NBC DFW, local crime",
    "776a1c04": "USA Today, public health campaign",
    "7a457a4f": "NBC News, court",
    "82b6d780": "AP (hosted), wire",
    "92101975": "Sky News, football",
    "bd673bd7": "Live Science, health",
    "c50845a7": "Space.com, space industry",
    "eb62ac84": "Fox News, entertainment",
    "06e5123e": "VentureBeat, technology business",
    "1ee91d1f": "Polygraph.info, fact-check",
    "eecd2575": "San Antonio Express-News (AP), basketball",
}


def _bbc_sample():
    """The BBC set's sampler: one rule for what a stretch is, one builder of label rows."""
    spec = importlib.util.spec_from_file_location("quotes_bbc_sample", HERE.parent / "quotes_bbc" / "sample.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pages() -> list[dict]:
    """[{id, outlet, url, text, stretches}] in the order of ``PAGES``."""
    truth = json.loads((WEB / "ground-truth.json").read_text("utf-8"))
    stretches = _bbc_sample().stretches
    out = []
    for prefix, outlet in PAGES.items():
        (pid,) = [k for k in truth if k.startswith(prefix)]
        text = truth[pid]["articleBody"]
        out.append({"id": pid, "outlet": outlet, "url": truth[pid]["url"], "text": text, "stretches": stretches(text)})
    return out


#: Stretches the rule gets wrong, split by hand: (id prefix, stretch) -> (second starts, first ends).
SPLITS: dict[tuple[str, int], tuple[str, str]] = {}


def build() -> list[dict]:
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    for line in (HERE / "hand_labels.psv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, idx, kind, speaker = line.split("|")
            labels[(prefix, idx)] = (kind, speaker)
    rows = []
    stretch_rows = _bbc_sample().stretch_rows
    for page in pages():
        rows += stretch_rows(page["text"], page["stretches"], page["id"][:8], labels, SPLITS, {"id": page["id"]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print each page with numbered stretches")
    ap.add_argument("--build", action="store_true", help="write labels.jsonl from hand_labels.psv")
    args = ap.parse_args()
    if args.build:
        rows = build()
        _bbc_sample().write_labels(HERE / "labels.jsonl", rows)
        print(f"{len(rows)} labelled stretches in {len({r['id'] for r in rows})} pages")
        return
    for page in pages():
        if not args.show:
            print(json.dumps({"id": page["id"][:8], "outlet": page["outlet"], "n": len(page["stretches"])}))
            continue
        text = page["text"]
        print(f"===== {page['id'][:8]} {page['outlet']} {page['url']}")
        out, last = [], 0
        for i, (a, b) in enumerate(page["stretches"]):
            out += [text[last:a], f"[[{i}:", text[a:b], "]]"]
            last = b
        out.append(text[last:])
        print("".join(out))


if __name__ == "__main__":
    main()
