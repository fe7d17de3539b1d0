"""Key the labels of one part to the quotes they were made for (the ``quotes`` field of labels.json).

    git archive COMMIT | tar -x -C /tmp/tree && cd /tmp/tree
    python /path/to/key_quotes.py PART /path/to/labels.json /tmp/offsets-PART.json
    python /path/to/key_quotes.py --apply PART /path/to/labels.json /tmp/offsets-PART.json

Run in a tree of the commit the part was drawn at (its labels' names are the speaker names that
commit printed), the first form writes, for each article of the part, the ``[start, end]`` offsets of
the quotes credited to each speaker name there; ``--apply`` (from any tree) then adds each label's
list to labels.json when its entry has none. Only offsets are added: no truth value is touched.
Commits: tune and held-out 315494b, fresh 6d8450b, fresh2 9d8b323, fresh3 d12d942, fresh4 aa7c6e5
(the parents of the commits that added each part's labels); fresh5 kept its offsets when drawn.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def offsets(part: str, labels: Path, out: Path, shared: Path) -> None:
    sys.path.insert(0, str(Path.cwd()))
    from analysis import analyze_many
    from analysis.inputs.raw import RawArticle

    rows = json.loads(labels.read_text(encoding="utf-8"))["speakers"]
    paths = list(dict.fromkeys(r["path"] for r in rows if r["part"] == part))
    raws = [RawArticle(source=p, text=(shared / p).read_text(encoding="utf-8", errors="replace")) for p in paths]
    found: dict[str, dict[str, list[list[int]]]] = {}
    for path, a in zip(paths, analyze_many(raws), strict=True):
        per = found.setdefault(path, {})
        for q in a.quotes:
            if q.speaker is not None:
                per.setdefault(q.speaker, []).append([q.start, q.end])
    out.write_text(json.dumps(found), encoding="utf-8")


def apply(part: str, labels: Path, found_file: Path) -> int:
    found = json.loads(found_file.read_text(encoding="utf-8"))
    data = json.loads(labels.read_text(encoding="utf-8"))
    n = 0
    for r in data["speakers"]:
        if r["part"] == part and "quotes" not in r and r["name"] in found.get(r["path"], {}):
            r["quotes"] = found[r["path"]][r["name"]]
            n += 1
    labels.write_text(dump(data), encoding="utf-8")
    return n


def dump(data: dict) -> str:
    """labels.json as written: one key a line, each quote list on one line."""
    import re

    text = json.dumps(data, indent=1, ensure_ascii=False)
    flat = re.sub(
        r'"quotes": (\[(?:[^\[\]]|\[[^\[\]]*\])*\])', lambda m: '"quotes": ' + json.dumps(json.loads(m[1])), text
    )
    return flat + "\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--apply":
        print(apply(args[1], Path(args[2]), Path(args[3])), "labels keyed")
    else:
        shared = Path(__file__).resolve().parents[3].parent / "shared"
        offsets(args[0], Path(args[1]), Path(args[2]), shared if shared.exists() else Path("../shared"))
