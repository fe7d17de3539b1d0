"""Where articles come from: files and folders (more formats arrive with ``analysis.loaders``).

Everything yields either a ``RawArticle`` or an ``InputError`` with a plain reason, so one bad file
never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis.articles import RawArticle, UnreadableInput, read_bytes
from analysis.records import InputError

TEXT_SUFFIXES = (".txt", ".md")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, list[str]] | InputError]:
    """Files to read, each with the topics its place in a folder tree gives it (sub-folder names)."""
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                yield InputError(str(p), f"no {' or '.join(TEXT_SUFFIXES)} files in this folder")
            for f in files:
                yield f, list(f.relative_to(p).parent.parts)
        elif p.is_file():
            yield p, []
        elif p.exists():
            yield InputError(str(p), "not a regular file")
        else:
            yield InputError(str(p), "no such file or folder")


def read_file(path: Path, topics: list[str] | None = None) -> RawArticle | InputError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), f"cannot be read: {exc.strerror or exc}")
    try:
        return read_bytes(str(path), data, topics)
    except UnreadableInput as exc:
        return InputError(str(path), str(exc))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | InputError]:
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield read_file(*item)
