"""The Identity tab through ``AppTest``: the names a corpus entity was found under, and corrections
(split, merge) that are saved with the store and change every view."""

from __future__ import annotations

import os

import pytest

from analysis.corpus import identity
from analysis.corpus.store import Store
from dashboard import datafolder, inputs, loading
from tests.apptest import frame, run_app

DESK = {
    "sport/a.txt": "Silva stays calm\n\nCoach Ana Silva said on Friday that her team was ready. Ana Silva smiled.\n",
    "sport/b.txt": "Cup run goes on\n\nSilva said the players had been magnificent in the final. Fans cheered.\n",
    "politics/c.txt": "Council vote\n\nMayor Jo Park said the council would vote on Monday in Leeds.\n",
}


@pytest.fixture(scope="module", autouse=True)
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("data")
    for rel, text in DESK.items():
        (root / "desk" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "desk" / rel).write_text(text)
    old = {k: os.environ.get(k) for k in ("NEWSLENS_CACHE_DIR", datafolder.ENV_VAR)}
    os.environ["NEWSLENS_CACHE_DIR"] = str(tmp_path_factory.mktemp("store"))
    os.environ[datafolder.ENV_VAR] = str(root)
    loading.clear_cache()
    yield root
    loading.clear_cache()
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def run(**state):
    return run_app(view="Identity", src_seed=False, src_folder="desk", **state)


def entity_names():
    at = run_app(view="Entities", src_seed=False, src_folder="desk")
    return set(frame(at, "tbl_entities")["name"])


def test_names_of_an_entity_and_a_split_that_is_saved_and_undone(corpus):
    at = run()
    names = at.dataframe[0].value  # the names of the entity shown first
    assert set(names["alias"]) == {"Ana Silva", "Silva"}  # the surname alone joined the coach
    assert names.set_index("alias").loc["Silva", "identity_note"].startswith("name alone:")
    assert "Silva" not in entity_names()

    at.selectbox(key="id_split_name").set_value("Silva")
    at.button(key="id_split").click().run()
    assert not at.exception
    assert "Silva" in entity_names() and "Ana Silva" in entity_names()
    # saved with the store, for this corpus: a new Store object (a restart) reads it back
    ids = loading.load([inputs.folder_input(corpus, "desk")]).tables.articles["article_id"]
    edits = identity.load_overrides(Store().base, identity.corpus_key(ids))
    assert edits == [identity.Override("split", ("Silva",))]

    at = run()
    at.button(key="id_undo").click().run()
    assert not at.exception
    assert "Silva" not in entity_names()


def test_a_hand_merge_counts_two_entities_as_one(corpus):
    ids = loading.load([inputs.folder_input(corpus, "desk")]).tables.articles["article_id"].tolist()
    names = identity.entity_names(identity.cached_map(Store(), ids)).drop_duplicates("entity_id")
    eid = dict(zip(names["name"], names["entity_id"], strict=True))
    at = run(id_multi=False)
    at.selectbox(key="id_entity").set_value(eid["Jo Park"]).run()
    at.selectbox(key="id_merge_with").set_value(eid["Leeds"]).run()
    at.button(key="id_merge").click().run()
    assert not at.exception
    shown = entity_names()
    assert "Leeds" not in shown and "Jo Park" in shown
    edits = identity.load_overrides(Store().base, identity.corpus_key(ids))
    assert edits[-1] == identity.Override("merge", ("Jo Park", "Leeds"))
    # the export re-imports to the same corrections
    assert identity.parse_overrides(identity.export_overrides(edits)) == edits
    at = run()
    at.button(key="id_clear").click().run()
    assert "Leeds" in entity_names()
