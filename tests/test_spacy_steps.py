"""NewsLens's faster spaCy steps give exactly what spaCy's own give: the attribute ruler's indexed
match step (its Matcher's matches) and the per-form lemmatizer (its lemmas)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.doc import lemmas
from analysis.doc.attribute_index import AttributeIndex
from analysis.doc.nlp import installed_model, load_pipeline

# Every kind of pattern the English ruler holds: tags alone, tag and word, word and dependency,
# several tokens ("gonna", "let's", "there is"), regular expressions ("nothin'", "y'all"),
# negations (auxiliaries, determiners used as pronouns) and whitespace tokens.
TEXTS = [
    "The minister said that he would resign, but he didn't.",
    "Y'all are gonna love this, and I'm not kidding: nothin' beats it.",
    "Let's go, c'mon!  There is a problem and there are two more; it ain't over.",
    "She gave it to me and I gave you that. Those who did have it got it; he gets it.",
    "Which one? This is the one that we had done, whilst they've been there since 2004.",
    '\n\nShafqat Ali Khan, a spokesman for the ministry, told reporters:  "We have gotta act."\n',
    "",
]
WORDS = [
    "the", "a", "that", "this", "those", "which", "it", "i", "you", "he", "is", "'s", "are", "'re", "am",
    "'m", "ai", "n't", "not", "do", "does", "did", "have", "has", "had", "'ve", "be", "gon", "na", "got",
    "ta", "let", "c'm", "on", "y'", "y", "all", "nothin'", "there", "was", "were", "gets", "but", "since",
    "if", "will", "said", "minister", "Pakistan", ",", ".", "\n", "  ", "?", "Khan", "spokesman",
]  # fmt: skip


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.language.Language, spacy.language.Language]:
    name = installed_model()
    if name is None:
        pytest.skip("no English spaCy model installed")
    return spacy.load(name), load_pipeline()


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_pipeline_uses_both_steps_and_annotates_as_spacy_does(pipelines) -> None:
    plain, ours = pipelines
    assert "AttributeIndex" in type(ours.get_pipe("attribute_ruler").match.__self__).__name__
    assert type(ours.get_pipe("lemmatizer")).__name__.startswith("PerForm")
    for text in TEXTS:
        assert _annotations(ours(text)) == _annotations(plain(text)), text


def test_every_match_of_the_ruler_is_found_once_in_order(pipelines) -> None:
    plain, _ = pipelines
    ruler = plain.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)
    matched = set()
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        for text in TEXTS:
            doc = plain(text)
            expected = ruler.match(doc)
            assert index.match(doc) == expected, text
            matched |= {m[0] for m in expected}
    # The texts reach the multi-token, regex and negation patterns, not only tag look-ups.
    kinds = {i for i, p in enumerate(ruler.patterns) if len(p["patterns"][0]) > 1 or "REGEX" in str(p)}
    assert matched & kinds


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_any_word_sequence_matches_as_the_matcher_does(pipelines, words: list[str]) -> None:
    plain, _ = pipelines
    ruler = plain.get_pipe("attribute_ruler")
    index = _index_for(ruler)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = plain(" ".join(words))
    assert index.match(doc) == ruler.match(doc)


_INDEXES: dict[int, AttributeIndex] = {}


def _index_for(ruler) -> AttributeIndex:
    return _INDEXES.setdefault(id(ruler), AttributeIndex(ruler))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(WORDS + ["went", "children", "better", "running", "was", "mice", "Talks"]), max_size=30)
)
def test_the_per_form_lemmatizer_gives_spacys_lemmas(pipelines, words: list[str]) -> None:
    plain, _ = pipelines
    per_form = _per_form_lemmatizer(plain)
    with plain.select_pipes(disable=["lemmatizer"]):
        doc = plain(" ".join(words))
    expected = [t.lemma_ for t in plain.get_pipe("lemmatizer")(doc.copy())]
    # Twice: the second call answers from the forms the first one kept.
    assert [t.lemma_ for t in per_form(doc.copy())] == expected
    assert [t.lemma_ for t in per_form(doc.copy())] == expected


_PER_FORM: dict[int, object] = {}


def _per_form_lemmatizer(plain):  # noqa: ANN001, ANN202
    if id(plain) not in _PER_FORM:
        other = spacy.load(installed_model())
        lemmas.install(other)
        _PER_FORM[id(plain)] = other.get_pipe("lemmatizer")
    return _PER_FORM[id(plain)]
