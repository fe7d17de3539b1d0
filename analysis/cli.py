"""``newslens analyze PATH... [-o FILE]``: analyse articles and write JSON.

Exit status: 0 when every input was analysed, 2 when some could not be (each is listed in
``errors`` and on stderr), 1 on a usage error or when the language model is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.articles import RawArticle
from analysis.nlp import ModelMissingError
from analysis.pipeline import analyze_many
from analysis.records import InputError
from analysis.sources import iter_articles


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newslens", description="Who is in the story, who speaks, in what tone."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse article files or folders and write JSON")
    an.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files, or folders to search")
    an.add_argument("-o", "--output", type=Path, help="write JSON here instead of standard output")
    return ap


def run_analyze(paths: list[str], output: Path | None) -> int:
    raws: list[RawArticle] = []
    errors: list[InputError] = []
    for item in iter_articles(paths):
        (errors if isinstance(item, InputError) else raws).append(item)
    articles = [a.to_dict() for a in analyze_many(raws)]
    result = {"articles": articles, "errors": [e.to_dict() for e in errors]}
    for e in errors:
        print(f"newslens: {e.source}: {e.error}", file=sys.stderr)
    payload = json.dumps(result, ensure_ascii=False, indent=1)
    if output:
        output.write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload + "\n")
    print(
        f"newslens: {len(raws) + len(errors)} inputs, {len(articles)} analysed, {len(errors)} rejected",
        file=sys.stderr,
    )
    return 2 if errors else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return run_analyze(args.paths, args.output)
    except ModelMissingError as exc:
        print(f"newslens: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"newslens: cannot write output: {exc}", file=sys.stderr)
        return 1
    return 1


if __name__ == "__main__":
    sys.exit(main())
