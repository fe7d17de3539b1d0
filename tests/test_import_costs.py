"""What is imported where users wait: nothing heavy the work in hand does not need (issue 14).
Each check runs in a fresh interpreter, so earlier tests' imports do not hide an import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_scoring_sentences_imports_neither_nltk_nor_scipy():
    mods = _modules_after(
        "from analysis.extract import sentiment\nfrom analysis.extract.targeted import light\n"
        "assert sentiment.polarity_subjectivity('A wonderful, excellent result.')[0] > 0.5\n"
        "assert light._lexicon()['excellent'] > 0\n"
        "from analysis.doc import casing\nassert casing._lexicon()[0]"
    )
    assert not {"nltk", "scipy", "textblob", "textblob.blob"} & mods


def test_textblob_itself_still_imports_after_the_lexicon():
    mods = _modules_after(
        "from analysis.extract import sentiment\nsentiment.polarity_subjectivity('good')\n"
        "import textblob, textblob.en\nassert textblob.TextBlob('a great day').sentiment.polarity > 0\n"
        "assert textblob.en.sentiment('a great day') == sentiment.pattern.sentiment()('a great day')"
    )
    assert "textblob.blob" in mods


def test_the_cli_and_the_store_load_no_language_model():
    mods = _modules_after("import analysis.cli, analysis.corpus.runner, analysis.corpus.exports")
    assert not {"spacy", "thinc", "textblob", "nltk", "scipy"} & mods


def test_a_corpus_served_from_the_results_cache_never_queries_the_store(tmp_path):
    """A warm re-run of a finished corpus (the dashboard's restart on the seed) reads one set of files:
    DuckDB, the store's query engine, is not even imported."""
    code = (
        "import os, sys\n"
        f"os.environ['NEWSLENS_CACHE_DIR'] = {str(tmp_path)!r}\n"
        "from analysis.corpus import runner\nfrom analysis.corpus.store import Store\n"
        "from analysis.inputs.raw import RawArticle\n"
        "raws = [RawArticle(source='a.txt', text='Port strike ends\\n\\nThe union said talks had failed.')]\n"
        "_, report = runner.run(raws, Store(), n_process=1)\n"
        "assert report.result is not None, report\n"
        "if sys.argv[-1] == 'again':\n    assert 'duckdb' not in sys.modules\n"
    )
    first = subprocess.run([sys.executable, "-c", code, "first"], cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([sys.executable, "-c", code, "again"], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr


def test_loading_the_language_model_does_not_import_torch_but_torch_still_imports():
    """thinc imports torch whenever it is installed; NewsLens keeps it from doing so (the strong tier
    imports torch itself when asked for)."""
    mods = _modules_after(
        "from analysis.doc.nlp import load_pipeline\nnlp = load_pipeline()\n"
        "import sys\nassert 'torch' not in sys.modules, 'thinc imported torch'\n"
        "import thinc.compat\nassert not thinc.compat.has_torch\n"
        "assert [e.text for e in nlp('Tony Blair spoke in London.').ents] == ['Tony Blair', 'London']\n"
        "import importlib.util\n"
        "if importlib.util.find_spec('torch'):\n    import torch\n    assert torch.ones(2).sum().item() == 2"
    )
    assert "spacy" in mods


def test_loading_the_language_model_leaves_spacys_cli_out_until_it_is_used():
    """spaCy's __init__ imports its whole command-line package (typer, weasel, the download
    helpers); NewsLens defers it, and any use of the CLI still finds the real package."""
    mods = _modules_after(
        "from analysis.doc.nlp import load_pipeline\nnlp = load_pipeline()\n"
        "import sys\nskipped = {'typer', 'weasel', 'spacy.cli.download', 'spacy.cli._util'} & set(sys.modules)\n"
        "assert not skipped, skipped\n"
        "assert [e.text for e in nlp('Tony Blair spoke in London.').ents] == ['Tony Blair', 'London']\n"
        "import spacy\nassert spacy.info()['spacy_version'] == spacy.__version__\n"
        "from spacy.cli import download\nassert download.__module__ == 'spacy.cli.download'\n"
        "import spacy.cli\nassert spacy.cli.info.__module__ == 'spacy.cli.info'\n"
        "assert type(sys.modules['spacy.cli']).__name__ == 'module'\n"
        "import importlib\nassert callable(importlib.import_module('spacy.cli.init_config').init_config)"
    )
    assert {"typer", "spacy.cli.download"} <= mods
