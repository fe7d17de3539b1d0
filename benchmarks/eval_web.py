"""Web pages: the article body NewsLens analyses against people's annotation, with the benchmark's
own scorer, plus how often the page's address and a publication date are recovered, and what
extraction costs per page beside the analysis.

    python benchmarks/eval_web.py [--data ../shared/eval/web] [--analyse 30] [--variants] [--run]

The pages (``html/<id>.html.gz``) go through NewsLens's own reader (``analysis.inputs.files``, as
``newslens analyze`` reads them); the prediction for a page is the text NewsLens analyses minus its
title line (the headline NewsLens puts first), scored by ``evaluate.py`` beside the data (shingle
precision, recall, F1). A page NewsLens refuses scores an empty body. Targets: F1 >= 0.94, the
page's URL for >= 80% of pages, a publication date for >= 60%.

``--run`` times a whole corpus run on the pages as ``newslens analyze`` makes it (no cache): the
reading (extraction, in the main process) and the analysis (the engine's worker processes), so the
share extraction takes of a run is measured, not estimated.

``--variants`` also scores trafilatura's other settings (favor_precision, favor_recall) and the
page's whole text (no extraction), for comparison only: NewsLens's settings were chosen by reasoning
before any score was seen (see ``analysis/inputs/web/html.py``) and are not switched on these pages,
since an independent half of the benchmark is kept for checking.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from analysis.inputs.files import from_bytes
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "web"
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|[^\d])")


def _scorer(data: Path):
    spec = importlib.util.spec_from_file_location("web_evaluate", data / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_without_title(raw: RawArticle) -> str:
    """The analysed text minus its title line: the headline NewsLens put first, when it did."""
    text = raw.text
    if raw.title and text.startswith(raw.title):
        text = text[len(raw.title) :]
    return text.strip()


def _norm_url(url: str | None) -> str:
    if not url:
        return ""
    p = urlsplit(url.strip())
    return f"{p.netloc.lower().removeprefix('www.')}{p.path.rstrip('/')}" + (f"?{p.query}" if p.query else "")


def _score(ev, gold: dict, pred: dict) -> dict:
    m = ev.evaluate(gold, pred, 200)
    return {k: round(m[k], 4) for k in ("f1", "precision", "recall", "accuracy")}


def _variant(pages: dict[str, bytes], **options) -> dict[str, dict]:
    import trafilatura

    from analysis.inputs.web.html import _paragraphs

    out = {}
    for key, html in pages.items():
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, **options)
        body = _paragraphs(doc.text or "") if doc is not None else []
        title = " ".join((doc.title or "").split()) if doc is not None else ""
        if title and body and body[0] == title:
            body = body[1:]
        out[key] = {"articleBody": "\n\n".join(body)}
    return out


def _whole_text(pages: dict[str, bytes]) -> dict[str, dict]:
    import lxml.html

    out = {}
    for key, html in pages.items():
        tree = lxml.html.fromstring(html)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        out[key] = {"articleBody": tree.text_content()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--analyse", type=int, default=30, help="English pages analysed to price the analysis")
    ap.add_argument("--variants", action="store_true", help="also score other trafilatura settings")
    ap.add_argument("--run", action="store_true", help="time a whole corpus run: reading vs analysis")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    truth = args.data / "ground-truth.json"
    if not truth.exists():
        print(f"eval_web: no benchmark at {args.data} (it lives in ../shared/eval/web beside the checkout)")
        return 0
    ev = _scorer(args.data)
    gold_all = json.loads(truth.read_text("utf-8"))
    gold = {k: {"articleBody": v["articleBody"]} for k, v in gold_all.items()}

    raws: dict[str, RawArticle] = {}
    refused: dict[str, str] = {}
    times: list[float] = []
    for key in gold:
        path = args.data / "html" / f"{key}.html.gz"
        data = path.read_bytes()
        t0 = time.perf_counter()
        (item,) = from_bytes(str(path), data, [], Columns())  # the reader newslens analyze uses
        times.append(time.perf_counter() - t0)
        if isinstance(item, RawArticle):
            raws[key] = item
        else:
            refused[key] = item.error
    pred = {k: {"articleBody": body_without_title(raws[k]) if k in raws else ""} for k in gold}
    overall = _score(ev, gold, pred)
    english = [k for k in gold if k in raws and raws[k].language == "en"]
    en_score = _score(ev, {k: gold[k] for k in english}, {k: pred[k] for k in english})

    n = len(gold)
    url_exact = sum(_norm_url(raws[k].url) == _norm_url(gold_all[k]["url"]) for k in raws)
    url_any = sum(bool(raws[k].url) for k in raws)
    dated = [k for k in raws if raws[k].date]
    url_dated = [k for k in dated if _URL_DATE.search(gold_all[k]["url"])]
    agree = sum(raws[k].date == "-".join(_URL_DATE.search(gold_all[k]["url"]).groups()) for k in url_dated)
    languages: dict[str, int] = {}
    for r in raws.values():
        languages[r.language or "unknown"] = languages.get(r.language or "unknown", 0) + 1

    print(f"pages: {n}; read: {len(raws)}; refused: {len(refused)} {sorted(set(refused.values()))}")
    print(f"languages identified: {dict(sorted(languages.items(), key=lambda kv: -kv[1]))}")
    print(f"body, all pages     : F1 {overall['f1']:.4f}  P {overall['precision']:.4f}  R {overall['recall']:.4f}")
    print(
        f"body, English pages : F1 {en_score['f1']:.4f}  P {en_score['precision']:.4f}  "
        f"R {en_score['recall']:.4f}  ({len(english)} pages)"
    )
    print(f"URL recovered       : {url_exact}/{n} = {url_exact / n:.1%} match the page's address (any URL: {url_any})")
    print(f"date recovered      : {len(dated)}/{n} = {len(dated) / n:.1%}")
    print(f"  agreeing with a date in the page's address: {agree}/{len(url_dated)}")
    per_page = statistics.mean(times)
    print(
        f"extraction          : {per_page * 1000:.0f} ms a page (mean), median {statistics.median(times) * 1000:.0f} ms"
    )
    figures = {
        "pages": n,
        "refused": len(refused),
        "body_all": overall,
        "body_english": {**en_score, "pages": len(english)},
        "url_recovered": url_exact / n,
        "date_recovered": len(dated) / n,
        "date_agrees_with_url": [agree, len(url_dated)],
        "extraction_ms_per_page": round(per_page * 1000, 1),
    }

    if args.analyse:
        from analysis.pipeline import analyze, analyze_many

        sample = [raws[k] for k in english[: args.analyse]]
        analyze(sample[0])  # load the model and the lexicons first: their one-off cost is not per page
        t0 = time.perf_counter()
        for _ in analyze_many(sample):
            pass
        analysis = (time.perf_counter() - t0) / len(sample)
        print(
            f"analysis            : {analysis * 1000:.0f} ms a page (mean of {len(sample)} English pages, one process)"
        )
        print(f"extraction / analysis: {per_page / analysis:.2f}")
        figures.update(analysis_ms_per_page=round(analysis * 1000, 1), extraction_over_analysis=per_page / analysis)

    if args.run:
        from analysis.corpus.engine import default_processes
        from analysis.corpus.runner import run
        from analysis.inputs.files import iter_articles

        t0 = time.perf_counter()
        items = list(iter_articles([args.data / "html"]))
        reading = time.perf_counter() - t0
        t0 = time.perf_counter()
        _, report = run(items, store=None)
        analysing = time.perf_counter() - t0
        total = reading + analysing
        print(
            f"corpus run ({default_processes()} processes, no cache): {report.summary()}; reading (extraction) "
            f"{reading:.1f} s, analysis {analysing:.1f} s: extraction is {reading / total:.0%} of the run"
        )
        figures.update(run_reading_s=round(reading, 2), run_analysis_s=round(analysing, 2))

    if args.variants:
        pages = {k: gzip.decompress((args.data / "html" / f"{k}.html.gz").read_bytes()) for k in gold}
        for name, options in [
            ("favor_precision", {"favor_precision": True}),
            ("favor_recall", {"favor_recall": True}),
        ]:
            s = _score(ev, gold, _variant(pages, **options))
            print(f"variant {name:<16}: F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}")
            figures[f"variant_{name}"] = s
        s = _score(ev, gold, _whole_text(pages))
        print(f"whole page text     : F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f} (no extraction)")
        figures["whole_text"] = s
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
