"""The modules of analysis.extract.sources import one way: each only those before it in ``ORDER``
(the order the package's docstring lists them in), so there is no import cycle."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

PACKAGE = ROOT / "analysis" / "extract" / "sources"
ORDER = [
    "words",
    "lexicons",
    "campaigns",
    "groups",
    "framing",
    "context",
    "last_roles",
    "affiliations",
    "clauses",
    "gender",
    "introduced",
    "roles",
    "descriptions",
    "names",
    "missed_names",
    "kinds",
    "referents",
    "members",
    "bodies",
    "issuers",
    "owners",
    "body_descriptions",
    "antecedents",
    "pairs",
    "draft",
    "tagged",
    "untagged",
    "post_groups",
    "collectives",
    "counted",
    "speaker",
    "principals",
    "same_post",
    "__init__",
]


def _siblings(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    prefix = "analysis.extract.sources."
    return {
        node.module.removeprefix(prefix)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix)
    }


def test_every_module_is_listed():
    assert sorted(p.stem for p in PACKAGE.glob("*.py")) == sorted(ORDER)


def test_each_module_imports_only_the_ones_before_it():
    upward = [
        f"{module} imports {other}"
        for k, module in enumerate(ORDER)
        for other in sorted(_siblings(module))
        if other not in ORDER[:k]
    ]
    assert upward == []
