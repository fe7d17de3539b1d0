"""Draw of the twenty-first identity sample (variants): names shaped like acronyms or compounds (README.md)."""
import json, pickle, random, re, sys
from collections import defaultdict
sys.path.insert(0, "/work/wt-13aa/benchmarks/labels/identity")
from draw_sample import earlier_names
text, ents, ments = pickle.load(open("/tmp/nl13y/tabs.pkl", "rb"))
tot = defaultdict(int)
for r, n, c in ents:
    tot[n] += c
files = ["bbc_identity.json"] + [f"bbc_identity_{i}.json" for i in range(2, 21)]
seen = earlier_names(files)
def shaped(n):
    if "&" in n:
        return True
    return " " not in n and sum(ch.isupper() for ch in n) >= 2 and bool(re.fullmatch(r"[A-Za-z&.-]+", n))
pool = sorted(n for n in tot if tot[n] >= 2 and n not in seen and shaped(n))
print(len(pool), file=sys.stderr)
for n in random.Random(2121).sample(pool, 40):
    print(f"{n}\t{tot[n]}")
