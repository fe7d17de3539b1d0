"""Imports point one way: records < inputs < doc < extract < pipeline < corpus < cli and the package's
public API; the dashboard above all. analysis/ never imports streamlit or plotly; the dashboard
never imports spaCy."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

LAYERS = [
    ("analysis.records", 0),
    ("analysis.inputs", 1),
    ("analysis.doc", 2),
    ("analysis.extract", 3),
    ("analysis.pipeline", 4),
    ("analysis.corpus", 5),
    ("analysis", 6),  # cli, __init__ (the public API), __main__, training
    ("dashboard", 7),
]
FORBIDDEN = {"analysis": ("streamlit", "plotly"), "dashboard": ("spacy", "thinc")}


def layer(module: str) -> int:
    for prefix, rank in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return rank
    raise AssertionError(f"{module} is in no layer")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str) -> list[str]:
    """Every module a source imports, at any depth (imports inside functions count too)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from analysis.extract import quotes": the sub-module is what is imported; names
            # defined in the module itself ("from analysis import analyze") import the module.
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                out.append(sub if _is_module(sub) else node.module)
    return out


def violations(module: str, source: str) -> list[str]:
    own = module.split(".")[0]
    out = []
    for target in imports(source):
        top = target.split(".")[0]
        if top in FORBIDDEN.get(own, ()):
            out.append(f"{module} imports {target}")
        if top in ("analysis", "dashboard") and _is_module(target) and layer(target) > layer(module):
            out.append(f"{module} (layer {layer(module)}) imports {target} (layer {layer(target)})")
    return out


def _is_module(name: str) -> bool:
    base = ROOT / name.replace(".", "/")
    return base.is_dir() or base.with_suffix(".py").is_file()


def test_every_import_points_down_the_layers():
    found = []
    for path in sorted([*(ROOT / "analysis").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]):
        found += violations(module_name(path), path.read_text(encoding="utf-8"))
    assert found == []


def test_the_check_catches_an_import_pointing_up():
    assert violations("analysis.extract.entities", "from analysis.corpus.store import Store\n") == [
        "analysis.extract.entities (layer 3) imports analysis.corpus.store (layer 5)"
    ]
    assert violations("analysis.doc.nlp", "def f():\n    from analysis import pipeline\n") == [
        "analysis.doc.nlp (layer 2) imports analysis.pipeline (layer 4)"
    ]
    assert violations("analysis.corpus.tables", "import plotly.express as px\n") == [
        "analysis.corpus.tables imports plotly.express"
    ]
    assert violations("dashboard.charts", "import spacy\n") == ["dashboard.charts imports spacy"]
    assert violations("analysis.corpus.runner", "from analysis.extract import quotes\n") == []
