"""Two readers on one part: how far the second reader's labels (fresh20_second_reader.json,
fresh29_second_reader.json, each made without seeing the first reader's or any output) agree with
labels.json's, with Cohen's kappa.

    python benchmarks/labels/sources/agreement.py [--part fresh20] [--second FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # the shared kappa.py beside these folders

from kappa import kappa  # noqa: E402

NOT_A_SPEAKER = "not a speaker"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="fresh20")
    ap.add_argument("--second", type=Path, default=HERE / "fresh20_second_reader.json")
    args = ap.parse_args()
    first = {
        (x["path"], x["name"]): x
        for x in json.loads((HERE / "labels.json").read_text("utf-8"))["speakers"]
        if x["part"] == args.part
    }
    data = json.loads(args.second.read_text("utf-8"))
    # fresh20's reading is a list keyed by "file"; later ones are labels.json-shaped ("speakers", "path")
    rows = data["speakers"] if isinstance(data, dict) else data
    second = {(x.get("path") or x["file"], x["name"]): x for x in rows}
    if set(first) != set(second):
        raise SystemExit(f"the two readers label different names: {sorted(set(first) ^ set(second))}")
    keys = [k for k in second if NOT_A_SPEAKER not in (first[k]["kind"], second[k]["kind"])]
    with_role = [k for k in keys if first[k]["role"] and second[k]["role"]]
    gendered = [k for k in keys if first[k]["gender"] != "unknown" or second[k]["gender"] != "unknown"]
    rows = [
        ("kind", [(first[k]["kind"], second[k]["kind"]) for k in second]),
        ("role group, both give a role", [(first[k]["role_group"], second[k]["role_group"]) for k in with_role]),
        ("role group, all speakers", [(first[k]["role_group"], second[k]["role_group"]) for k in keys]),
        ("gender, either not unknown", [(first[k]["gender"], second[k]["gender"]) for k in gendered]),
    ]
    for name, pairs in rows:
        agree, n, k = kappa(pairs)
        print(f"{name:32} {agree}/{n} = {agree / n:.3f}  kappa {k:.3f}")
    for key in second:
        a, b = first[key], second[key]
        if diff := [f for f in ("kind", "role_group", "gender") if a[f] != b[f]]:
            print(f"differs ({', '.join(diff)}): {key[0]} | {key[1]}")
            for tag, x in (("first", a), ("second", b)):
                print(f"    {tag}: {x['kind']} | {x['role']!r} | {x['role_group']} | {x['gender']}")


if __name__ == "__main__":
    main()
