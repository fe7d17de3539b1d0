"""Articles from a folder on the server: the data folder the operator configured, and nothing outside it.

The data folder is ``$NEWSLENS_DATA_DIR``; when that is unset, ``data/`` beside the project if it
exists; otherwise there is none and the dashboard does not offer this source. A user picks or types
a path *relative to* the data folder. The path is refused when it

* holds a ``..`` part, a NUL character, or is absolute and outside the data folder;
* once resolved (every symbolic link followed) lies outside the data folder: a link inside the data
  folder that points out is refused like the path it points to.

Inside a chosen folder tree, files that are links pointing out of the data folder are not read (each
is listed with its reason), and links to folders are not followed, so a tree cannot lead outside
or loop. What is read goes through the CLI's readers (``analysis.inputs.files.from_bytes``): a file's
topics are its sub-folder names, as in ``newslens analyze``.

No Streamlit here: the rules are plain functions, tested as such.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from analysis.inputs.files import NOT_ARTICLES, SUFFIXES, suffix_of
from analysis.inputs.files import size_limit as _file_size_limit
from analysis.records import InputError

ENV_VAR = "NEWSLENS_DATA_DIR"
DEFAULT = Path(__file__).resolve().parent.parent / "data"


class OutsideDataFolder(ValueError):
    """A path the dashboard will not read, with the plain reason."""


@dataclass(frozen=True)
class DataFolder:
    root: Path  # resolved
    configured_as: str  # what the operator wrote (or the default), for messages


def configured() -> tuple[DataFolder | None, str | None]:
    """The data folder, or None with the reason it is not available (None when simply not set up)."""
    env = os.environ.get(ENV_VAR)
    if env is None:
        return (DataFolder(DEFAULT.resolve(), str(DEFAULT)), None) if DEFAULT.is_dir() else (None, None)
    if not env.strip():
        return None, None
    path = Path(env).expanduser()
    try:
        root = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, f"{ENV_VAR} names {env}, which does not exist"
    if not root.is_dir():
        return None, f"{ENV_VAR} names {env}, which is not a folder"
    return DataFolder(root, env), None


def resolve(root: Path, typed: str) -> Path:
    """``typed`` (relative to ``root``, or absolute inside it) as a resolved path inside ``root``;
    raises ``OutsideDataFolder`` with the reason otherwise."""
    text = typed.strip()
    if not text:
        raise OutsideDataFolder("no path given")
    if "\0" in text:
        raise OutsideDataFolder("the path holds a NUL character")
    if ".." in PurePosixPath(text.replace("\\", "/")).parts:
        raise OutsideDataFolder("'..' is not allowed: paths stay inside the data folder")
    candidate = Path(text)
    # Checked before anything is looked up, so the answer says nothing about what exists outside.
    if candidate.is_absolute() and not _inside(Path(os.path.abspath(candidate)), root):
        raise OutsideDataFolder("an absolute path outside the data folder (type a path relative to it)")
    candidate = candidate if candidate.is_absolute() else root / candidate
    try:
        real = candidate.resolve(strict=True)
    except FileNotFoundError:
        raise OutsideDataFolder("no such file or folder in the data folder") from None
    except (OSError, RuntimeError) as exc:  # a link loop, a permission problem
        raise OutsideDataFolder(f"cannot be opened ({getattr(exc, 'strerror', None) or exc})") from None
    if not _inside(real, root):
        raise OutsideDataFolder("it leads outside the data folder (through a symbolic link)")
    return real


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def relative(root: Path, path: Path) -> str:
    """How a path inside the data folder is shown: relative to it, with forward slashes."""
    rel = path.relative_to(root).as_posix()
    return "." if rel in ("", ".") else rel


def _is_article_file(name: str) -> bool:
    p = PurePosixPath(name)
    return suffix_of(p.name) in SUFFIXES and p.stem.lower() not in NOT_ARTICLES and not name.startswith(".")


def choices(root: Path, depth: int = 2, limit: int = 500) -> list[str]:
    """Folders (up to ``depth`` levels down) and article files in the top level, relative to ``root``,
    for the picker. Links are not listed; hidden entries neither."""
    out: list[str] = []

    def visit(folder: Path, level: int) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            if len(out) >= limit or e.name.startswith(".") or e.is_symlink():
                continue
            path = Path(e.path)
            if e.is_dir(follow_symlinks=False):
                out.append(relative(root, path))
                if level < depth:
                    visit(path, level + 1)
            elif level == 1 and e.is_file(follow_symlinks=False) and _is_article_file(e.name):
                out.append(relative(root, path))

    visit(root, 1)
    return out


def files(root: Path, target: Path) -> Iterator[tuple[Path, str, list[str]] | InputError]:
    """Each article file under ``target`` (a resolved path inside ``root``) as (real path, name shown,
    topics from its sub-folders), or an ``InputError`` for an entry that is not read."""
    if not target.is_dir():
        yield target, relative(root, target), []
        return
    found = False
    for folder, dirs, names in os.walk(target, followlinks=False):
        dirs.sort()
        here = Path(folder)
        topics = list(here.relative_to(target).parts)
        for d in list(dirs):
            if (here / d).is_symlink():
                yield InputError(relative(root, here / d), "a link to a folder: not followed")
                dirs.remove(d)
            elif d.startswith("."):
                dirs.remove(d)
        for name in sorted(names):
            if not _is_article_file(name):
                continue
            path = here / name
            shown = relative(root, path)
            if path.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield InputError(shown, "a broken symbolic link")
                    continue
                if not _inside(real, root):
                    yield InputError(shown, "a link to a file outside the data folder: not read")
                    continue
                path = real
            found = True
            yield path, shown, topics
    if not found:
        yield InputError(relative(root, target), f"no article files ({', '.join(SUFFIXES)}) in this folder")


def size_limit(name: str) -> int:
    return _file_size_limit(name)


def signature(root: Path, target: Path) -> str:
    """Changes when a file under ``target`` is added, removed, renamed, resized or rewritten."""
    h = hashlib.sha1(str(target).encode())
    for item in files(root, target):
        if isinstance(item, InputError):
            h.update(f"!{item.source}".encode())
            continue
        path, shown, _ = item
        try:
            st = path.stat()
        except OSError:
            h.update(f"?{shown}".encode())
            continue
        h.update(f"{shown}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]
