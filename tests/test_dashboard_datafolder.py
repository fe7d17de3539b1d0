"""A path typed into the dashboard cannot leave the configured data folder: the rules as functions, then
the same attempts through the app (``AppTest``), which must refuse them and read nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.records import InputError
from dashboard import datafolder
from dashboard.datafolder import OutsideDataFolder, resolve
from tests.apptest import run_app

STORY = "Harbour reopens\n\nThe harbour reopened on Monday, harbour master Lena Ford said.\n"
SECRET = "Secret memo\n\nNobody outside should read this.\n"


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder (with a corpus, links in and out) and a folder outside it."""
    root, outside = tmp_path / "data", tmp_path / "outside"
    (root / "corpus" / "local").mkdir(parents=True)
    (root / "corpus" / "local" / "harbour.txt").write_text(STORY)
    (root / "corpus" / ".hidden").mkdir()
    (root / "corpus" / ".hidden" / "x.txt").write_text(STORY)
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (root / "escape").symlink_to(outside)  # a folder link pointing out
    (root / "leak.txt").symlink_to(outside / "secret.txt")  # a file link pointing out
    (root / "inner").symlink_to(root / "corpus")  # a link that stays inside
    (root / "corpus" / "local" / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "corpus" / "looped").symlink_to(root)  # a folder link inside a tree
    return root.resolve(), outside.resolve()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("..", "'..' is not allowed"),
        ("../outside/secret.txt", "'..' is not allowed"),
        ("corpus/../../outside", "'..' is not allowed"),
        ("corpus\\..\\..\\outside", "'..' is not allowed"),
        ("/etc/passwd", "an absolute path outside the data folder"),
        ("/", "an absolute path outside the data folder"),
        ("escape", "leads outside the data folder"),
        ("escape/secret.txt", "leads outside the data folder"),
        ("leak.txt", "leads outside the data folder"),
        ("missing", "no such file or folder"),
        ("corpus\0.txt", "NUL"),
        ("   ", "no path given"),
    ],
)
def test_paths_that_leave_the_data_folder_are_refused(tree, typed, reason):
    root, _ = tree
    with pytest.raises(OutsideDataFolder, match=reason.replace("(", r"\(").replace(".", r"\.")):
        resolve(root, typed)


def test_absolute_path_to_outside_says_nothing_about_what_exists_there(tree):
    root, outside = tree
    for typed in (str(outside / "secret.txt"), str(outside / "nothing-here.txt")):
        with pytest.raises(OutsideDataFolder, match="absolute path outside"):
            resolve(root, typed)


def test_paths_inside_are_resolved(tree):
    root, _ = tree
    assert resolve(root, "corpus") == root / "corpus"
    assert resolve(root, "corpus/local/harbour.txt") == root / "corpus" / "local" / "harbour.txt"
    assert resolve(root, str(root / "corpus")) == root / "corpus"  # absolute, but inside
    assert resolve(root, "inner") == root / "corpus"  # a link that stays inside
    assert resolve(root, ".") == root


def test_a_tree_does_not_follow_links_out_or_into_loops(tree):
    root, _ = tree
    found = list(datafolder.files(root, root / "corpus"))
    read = [(shown, topics) for item in found if not isinstance(item, InputError) for _, shown, topics in [item]]
    refused = {e.source: e.error for e in found if isinstance(e, InputError)}
    assert read == [("corpus/local/harbour.txt", ["local"])]  # hidden folders are skipped
    assert refused == {
        "corpus/local/leak.txt": "a link to a file outside the data folder: not read",
        "corpus/looped": "a link to a folder: not followed",
    }


def test_the_picker_lists_folders_and_files_but_no_links(tree):
    root, _ = tree
    assert datafolder.choices(root) == ["corpus", "corpus/local"]


def test_the_data_folder_comes_from_the_environment(tree, monkeypatch):
    root, _ = tree
    monkeypatch.setenv(datafolder.ENV_VAR, str(root))
    assert datafolder.configured()[0].root == root
    monkeypatch.setenv(datafolder.ENV_VAR, str(root / "nope"))
    folder, problem = datafolder.configured()
    assert folder is None and "does not exist" in problem
    monkeypatch.setenv(datafolder.ENV_VAR, "")
    assert datafolder.configured() == (None, None)  # switched off


# ---------------------------------------------------------------- through the app


@pytest.fixture
def app_env(tree, tmp_path, monkeypatch):
    monkeypatch.setenv(datafolder.ENV_VAR, str(tree[0]))
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "store"))
    return tree


def run(**state) -> AppTest:
    return run_app(src_seed=False, **state)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("../outside/secret.txt", "'..' is not allowed"),
        ("/etc/passwd", "an absolute path outside the data folder"),
        ("escape", "leads outside the data folder"),
        ("leak.txt", "leads outside the data folder"),
    ],
)
def test_the_app_refuses_a_path_out_and_reads_nothing(app_env, typed, reason):
    at = run(src_folder=typed)
    errors = [e.value for e in at.sidebar.error]
    assert len(errors) == 1 and reason in errors[0]
    assert typed not in errors[0]  # the typed text is not echoed into Markdown
    assert "No articles loaded" in at.info[0].value
    assert "Nobody outside" not in " ".join(h.value for h in at.html)


def test_the_app_reads_a_folder_inside(app_env):
    at = run(src_folder="corpus", view="Article")
    assert not at.sidebar.error
    body = next(h.value for h in at.html if "nl-article" in h.value)
    assert "harbour master" in body
    warning = next(h.value for h in at.html if "nl-problems" in h.value)
    assert "corpus/local/leak.txt" in warning and "outside the data folder" in warning


def test_without_a_data_folder_the_source_is_not_offered(app_env, monkeypatch):
    monkeypatch.setenv(datafolder.ENV_VAR, "")
    at = run()
    with pytest.raises(KeyError):
        at.get_by_key("src_folder")
    monkeypatch.setenv(datafolder.ENV_VAR, os.path.join(str(app_env[0]), "nope"))
    at = run()
    assert any("does not exist" in c.value for c in at.sidebar.caption)
