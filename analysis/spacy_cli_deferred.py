"""Keep spaCy's command-line package out of ``import spacy``.

spaCy's ``__init__`` imports ``spacy.cli.info`` (for ``spacy.info()``), and with it the whole CLI
package: typer, weasel, the model download helpers, the config and training commands. NewsLens
never calls them in-process, yet they were about a third of ``import spacy`` (0.4 of 1.2 s CPU
measured with the dashboard's modules already imported), paid at every model load: the dashboard's
first analysis, each CLI run, each worker of a cluster.

This finder answers that one import (made while ``spacy/__init__`` runs) with stand-ins: a
``spacy.cli`` package with the real package's path that imports the real one on first attribute
access, and a ``spacy.cli.info`` whose ``info()`` does the same. Any later use of the CLI
(``spacy.cli.download``, ``from spacy.cli import ...``, ``python -m spacy``) gets the real modules.
"""

from __future__ import annotations

import importlib
import sys
import types
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from typing import Any

CLI, INFO = "spacy.cli", "spacy.cli.info"


def _real_cli() -> types.ModuleType:
    """Swap the stand-ins for spaCy's real CLI package (imported now, once)."""
    current = sys.modules.get(CLI)
    if not isinstance(current, _DeferredCli):
        return current or importlib.import_module(CLI)
    for name in (INFO, CLI):
        sys.modules.pop(name, None)
    _Finder.active = False
    try:
        real = importlib.import_module(CLI)
    finally:
        _Finder.active = True
    return real


class _DeferredCli(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real_cli(), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real function, imported on the first call."""
    return _real_cli().info(*args, **kwargs)


class _Finder(MetaPathFinder, Loader):
    active = True

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if not self.active or name not in (CLI, INFO) or not _imported_by_spacy_init():
            return None
        if name == CLI:
            real = PathFinder.find_spec(CLI, path)  # where the real package is (path: spaCy's own)
            if real is None:
                return None
            spec = ModuleSpec(CLI, self, is_package=True)
            spec.submodule_search_locations = list(real.submodule_search_locations or [])
            return spec
        return ModuleSpec(INFO, self)

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        if spec.name == CLI:
            module: types.ModuleType = _DeferredCli(CLI)
        else:
            module = types.ModuleType(INFO)
            module.info = _info  # type: ignore[attr-defined]
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        return None


def _imported_by_spacy_init() -> bool:
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == "spacy":
            return True
        frame = frame.f_back
    return False


def install() -> None:
    if "spacy" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
