"""Where articles come from: files, folder trees, zip archives, tables (CSV, JSONL, Parquet), saved
web pages (``.html``, ``.htm``, ``.html.gz``) and web archives (``.warc``, ``.warc.gz``).

Everything yields either a ``RawArticle`` or an ``InputError`` with a plain reason, so one bad
input never stops a batch. The CLI and the dashboard share these readers.

An article in a folder tree takes its sub-folder names as topics (``bbc/sport/001.txt`` is about
``sport``); members of a zip archive do the same with the folders inside the archive.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from analysis.inputs.decoding import read_bytes
from analysis.inputs.raw import RawArticle, UnreadableInput
from analysis.inputs.table_files import READERS, TABLE_SUFFIXES, Columns
from analysis.inputs.web.html import GZ_SUFFIXES, HTML_SUFFIXES, looks_like_html, read_html_file
from analysis.inputs.web.warc import WARC_SUFFIXES, read_warc
from analysis.records import InputError

TEXT_SUFFIXES = (".txt", ".md", ".pdf")
ARCHIVE_SUFFIXES = (".zip",)
PAGE_SUFFIXES = HTML_SUFFIXES + GZ_SUFFIXES
SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES + ARCHIVE_SUFFIXES + PAGE_SUFFIXES + WARC_SUFFIXES

MAX_TEXT_BYTES = 64 * 2**20  # one article file
MAX_TABLE_BYTES = 512 * 2**20  # one table file (held in memory while read)
MAX_ARCHIVE_UNPACKED = 2**30  # everything unpacked from one archive
MAX_ARCHIVE_RATIO = 200  # unpacked / packed size of a member larger than 1 MiB: beyond this, a zip bomb
MAX_ARCHIVE_DEPTH = 3  # a zip inside a zip inside a zip
# Documentation that sits beside a corpus (the BBC set has a README.TXT) is not an article.
NOT_ARTICLES = ("readme", "license", "licence", "copying", "changelog")


def suffix_of(name: str) -> str:
    """The file's kind by its name's ending, two-part endings included (``.html.gz``, ``.warc.gz``)."""
    lower = name.lower()
    for compound in (*GZ_SUFFIXES, ".warc.gz"):
        if lower.endswith(compound):
            return compound
    return PurePosixPath(lower).suffix


def _size_limit(suffix: str) -> int:
    big = suffix in READERS or suffix in ARCHIVE_SUFFIXES or suffix in WARC_SUFFIXES
    return MAX_TABLE_BYTES if big else MAX_TEXT_BYTES


def size_limit(name: str) -> int:
    """The most bytes a file of this name is read up to."""
    return _size_limit(suffix_of(name))


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB" if n >= 2**20 else f"{n / 2**20:.2f} MB"


def _is_doc_file(name: str) -> bool:
    return PurePosixPath(name).stem.lower() in NOT_ARTICLES


def from_bytes(
    name: str, data: bytes, topics: list[str], cols: Columns, depth: int = 0
) -> Iterator[RawArticle | InputError]:
    """Dispatch on the file name's suffix: a text article, a table, an archive, a page or a web archive."""
    suffix = suffix_of(name)
    if suffix in READERS:
        yield from READERS[suffix](name, data, cols)
    elif suffix in ARCHIVE_SUFFIXES:
        yield from read_zip(name, data, cols, depth)
    elif suffix in WARC_SUFFIXES:
        yield from read_warc(name, data, topics)
    elif suffix in PAGE_SUFFIXES:
        try:
            yield read_html_file(name, data, topics)
        except UnreadableInput as exc:
            yield InputError(name, str(exc))
    elif suffix == ".gz":  # an upload named only by its last ending: what is inside decides
        yield from _read_gz(name, data, topics)
    else:
        if len(data) > MAX_TEXT_BYTES:
            limit = _mb(MAX_TEXT_BYTES)
            yield InputError(name, f"too large for one article ({_mb(len(data))}; the limit is {limit})")
            return
        try:
            yield read_bytes(name, data, topics)
        except UnreadableInput as exc:
            yield InputError(name, str(exc))


def _read_gz(name: str, data: bytes, topics: list[str]) -> Iterator[RawArticle | InputError]:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 4096)
    except zlib.error:
        head = b""
    if head.startswith(b"WARC/"):
        yield from read_warc(name, data, topics)
    elif looks_like_html(head):
        try:
            yield read_html_file(name, data, topics)
        except UnreadableInput as exc:
            yield InputError(name, str(exc))
    else:
        yield InputError(name, "a gzip file holding neither a web page nor a web archive: not read")


def _safe_parts(member: str) -> list[str]:
    # Names inside an archive are only labels here (nothing is extracted to disk), but "../" and
    # absolute parts still make no sense as topics.
    return [p for p in PurePosixPath(member.replace("\\", "/")).parent.parts if p not in ("", ".", "..", "/")]


def read_zip(name: str, data: bytes, cols: Columns, depth: int = 0) -> Iterator[RawArticle | InputError]:
    if depth >= MAX_ARCHIVE_DEPTH:
        yield InputError(name, f"archive nested more than {MAX_ARCHIVE_DEPTH} deep: not opened")
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield InputError(name, f"not a readable zip archive ({exc})")
        return
    budget = MAX_ARCHIVE_UNPACKED
    found = False
    for info in members:
        if info.is_dir():
            continue
        where = f"{name}!{info.filename}"
        if not is_article_file(info.filename) or "__MACOSX" in info.filename:
            continue
        found = True
        if info.flag_bits & 0x1:
            yield InputError(where, "encrypted archive member: not opened")
            continue
        limit = min(budget, size_limit(info.filename))
        try:
            chunk, reason = _unpack(zf, info, limit)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
            yield InputError(where, f"cannot be unpacked ({exc})")
            continue
        if reason:
            yield InputError(where, reason)
            continue
        budget -= len(chunk)
        yield from from_bytes(where, chunk, _safe_parts(info.filename), cols, depth + 1)
    if not found:
        yield InputError(name, f"no article files ({', '.join(SUFFIXES)}) in this archive")


def _unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[bytes, str | None]:
    """Read a member a megabyte at a time, stopping as soon as it passes the size or ratio limit
    (whatever its header claims: headers can lie)."""
    parts: list[bytes] = []
    total = 0
    with zf.open(info) as fh:
        while block := fh.read(2**20):
            total += len(block)
            if total > limit:
                return b"", "unpacks to more than the size limit: not read (possible zip bomb)"
            if total > 2**20 and total > MAX_ARCHIVE_RATIO * max(info.compress_size, 1):
                return b"", f"compressed more than {MAX_ARCHIVE_RATIO}:1: not read (possible zip bomb)"
            parts.append(block)
    return b"".join(parts), None


def is_article_file(name: str) -> bool:
    """A file name this reader takes: a known suffix, not documentation beside a corpus, not hidden
    (``.DS_Store``, ``._x.txt`` resource forks)."""
    return suffix_of(name) in SUFFIXES and not _is_doc_file(name) and not PurePosixPath(name).name.startswith(".")


def walk(
    target: Path, root: Path | None = None, shown: Callable[[Path], str] = str
) -> Iterator[tuple[Path, str, list[str]] | InputError]:
    """Each article file under ``target`` as (path to read, name shown, topics from its sub-folder
    names), or an ``InputError`` for an entry that is not read. Links to folders are never followed
    (a tree cannot loop). With ``root`` (a server's data folder) the tree is confined to it: a file
    link leading out of ``root`` is refused, and each folder link is named as not followed."""
    if not target.is_dir():
        yield target, shown(target), []
        return
    found = False
    for folder, dirs, names in os.walk(target, followlinks=False):
        dirs.sort()
        here = Path(folder)
        topics = list(here.relative_to(target).parts)
        for d in list(dirs):
            if d.startswith("."):
                dirs.remove(d)
            elif (here / d).is_symlink():
                dirs.remove(d)
                if root is not None:
                    yield InputError(shown(here / d), "a link to a folder: not followed")
        for name in sorted(names):
            if not is_article_file(name):
                continue
            path = here / name
            if path.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield InputError(shown(path), "a broken symbolic link")
                    continue
                if root is not None and not real.is_relative_to(root):
                    yield InputError(shown(path), "a link to a file outside the data folder: not read")
                    continue
                if not real.is_file():
                    continue
                path = real if root is not None else path
            found = True
            yield path, shown(here / name), topics
    if not found:
        yield InputError(shown(target), f"no article files ({', '.join(SUFFIXES)}) in this folder")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str, list[str]] | InputError]:
    """Files to read from the paths a user gave, each with its name and the topics its place in a
    folder tree gives it (sub-folder names)."""
    for p in map(Path, paths):
        if p.is_dir() or p.is_file():
            yield from walk(p)
        elif p.exists():
            yield InputError(str(p), "not a regular file")
        else:
            yield InputError(str(p), "no such file or folder")


def read_path(
    path: Path, topics: list[str], cols: Columns, shown: str | None = None
) -> Iterator[RawArticle | InputError]:
    """The articles in one file (a table or an archive holds many), named ``shown`` (its path by
    default), within the size limit of its kind."""
    shown = str(path) if shown is None else shown
    limit = size_limit(shown)
    try:
        size = path.stat().st_size
        if size > limit:
            yield InputError(shown, f"too large ({size / 2**20:.0f} MB; the limit is {limit // 2**20} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(shown, f"cannot be read: {exc.strerror or exc}")
        return
    yield from from_bytes(shown, data, topics, cols)


def iter_articles(paths: Iterable[str | Path], cols: Columns | None = None) -> Iterator[RawArticle | InputError]:
    cols = cols or Columns()
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            path, shown, topics = item
            yield from read_path(path, topics, cols, shown)
