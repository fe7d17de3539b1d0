"""Where the dashboard's articles come from: the bundled seed, uploads, pasted text, and a file or
folder tree inside the data folder (``dashboard.datafolder``: the rules that keep a typed path
inside it). Each input is read by the CLI's readers (``analysis.inputs.files``), cached by content
hash, a data-folder tree until a file under it changes (``st.cache_data``).
"""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass
from pathlib import Path

import streamlit as st

from analysis.inputs.files import SUFFIXES, from_bytes, read_path
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns
from analysis.records import InputError
from dashboard import datafolder, web_source

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
TEXT_TYPES = ("txt", "md")
#: What the upload box takes: every format the CLI reads (text, PDF, CSV/JSONL/Parquet tables, zip,
#: web pages and web archives; "gz" too, as browsers match only a name's last ending).
UPLOAD_TYPES = [s.lstrip(".") for s in SUFFIXES] + ["gz"]


@dataclass(frozen=True)
class Input:
    """One text to analyse: where it came from and its bytes."""

    source: str
    data: bytes
    kind: str  # "seed" | "upload" | "paste"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def seed_inputs(folder: Path = SEED_DIR) -> list[Input]:
    files = sorted(p for p in folder.glob("*") if p.suffix.lstrip(".").lower() in TEXT_TYPES)
    return [Input(f"seeds/{p.name}", p.read_bytes(), "seed") for p in files]


def paste_input(text: str) -> Input | None:
    return Input("pasted text", text.encode("utf-8"), "paste") if text and text.strip() else None


def columns_key(cols: Columns) -> tuple[str, ...]:
    return astuple(cols)


@st.cache_data(show_spinner=False, max_entries=5000)
def read_input(digest: str, source: str, cols: tuple[str, ...], _data: bytes) -> list[RawArticle | InputError]:
    """An input's articles (a table or an archive holds many), or why it cannot be read; cached by
    content hash (``_data`` is not hashed again: ``digest`` is its key). The CLI's readers."""
    return list(from_bytes(source, _data, [], Columns(*cols)))


@dataclass(frozen=True)
class FolderInput:
    """A file or folder tree inside the data folder, read on the server."""

    root: Path
    path: Path  # resolved, inside root
    signature: str  # changes when a file under it changes
    kind: str = "folder"

    @property
    def source(self) -> str:
        return datafolder.relative(self.root, self.path)

    @property
    def key(self) -> str:
        return f"folder:{self.source}:{self.signature}"


@st.cache_data(show_spinner=False, ttl=10, max_entries=32)
def _signature(root: str, path: str) -> str:
    # A stat of every file (70 ms for the 2,225 BBC files): at most every 10 s, not on every rerun.
    return datafolder.signature(Path(root), Path(path))


def folder_input(root: Path, typed: str) -> FolderInput:
    """The path typed or picked, if the data-folder rules allow it; else ``OutsideDataFolder``."""
    path = datafolder.resolve(root, typed)
    return FolderInput(root, path, _signature(str(root), str(path)))


@st.cache_data(show_spinner=False, max_entries=4)
def read_folder(root: str, path: str, signature: str, cols: tuple[str, ...]) -> list[RawArticle | InputError]:
    """Every article under ``path`` (names shown relative to the data folder, sub-folders as topics),
    or why an entry is not read; cached until a file under it changes (``signature``)."""
    out: list[RawArticle | InputError] = []
    for item in datafolder.files(Path(root), Path(path)):
        if isinstance(item, InputError):
            out.append(item)
        else:
            path, shown, topics = item
            out += read_path(path, topics, Columns(*cols), shown)
    return out


Source = Input | FolderInput | web_source.UrlInput


def read(item: Source, cols: Columns) -> list[RawArticle | InputError]:
    if isinstance(item, web_source.UrlInput):
        return web_source.read(item.urls)
    if isinstance(item, FolderInput):
        return read_folder(str(item.root), str(item.path), item.signature, columns_key(cols))
    return read_input(item.digest, item.source, columns_key(cols), item.data)
