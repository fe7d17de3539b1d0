"""Entity mentions and canonical names: the seed's table, and one small article per naming rule."""

from __future__ import annotations

import re
import time

import pytest
import spacy
from spacy.tokens import Doc, Span

from analysis import analyze, read_bytes
from analysis.doc.casing import analysis_view
from analysis.extract.entities import _initials_spell, extract
from analysis.inputs.layout import parse_layout
from analysis.records import REFERENCE_LABELS, TABLE_LABELS, Article


def _analyse(text: str) -> Article:
    return analyze(read_bytes("test.txt", text.encode("utf-8")))


def _table(article: Article) -> dict[str, tuple[str, int, list[str]]]:
    return {e.name: (e.label, e.count, e.aliases) for e in article.entities}


def _check_offsets(article: Article) -> None:
    last_end = -1
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions must not overlap"
        last_end = m.end
        if m.label in REFERENCE_LABELS:  # "he": the entity it refers to, or None when unresolved
            assert m.entity is None or m.entity in {e.name for e in article.entities}
        else:
            assert (m.entity is None) == (m.label not in TABLE_LABELS)


# --- the seed -------------------------------------------------------------------------------------


def test_seed_table(seed_article: Article) -> None:
    table = _table(seed_article)
    assert table["Shafqat Ali Khan"][:2] == ("PERSON", 6)
    assert "Khan" in table["Shafqat Ali Khan"][2]
    assert table["Pakistan"][0] == "GPE" and table["Pakistan"][1] in (9, 10)
    assert "TTP" not in table["Pakistan"][2]
    assert table["Afghanistan"][:2] == ("GPE", 6)
    assert table["Taliban"][1] == 5
    assert table["China"][:2] == ("GPE", 4)
    assert table["Tehrik-i-Taliban Pakistan"][:2] == ("ORG", 3)
    assert "TTP" in table["Tehrik-i-Taliban Pakistan"][2]
    assert table["Afghan"][:2] == ("NORP", 5)
    assert "Afghans" in table["Afghan"][2]
    for name in ("Asif Ali Zardari", "Xi Jinping", "Kabul", "Islamabad", "NATO"):
        assert table[name][1] == 1, name
    assert table["Islamabad"][0] == "GPE"
    # No half names left over.
    assert not {"Khan", "TTP", "Tehrik-i-Taliban", "Tehrik", "Afghans", "the Taliban"} & set(table)
    _check_offsets(seed_article)


def test_seed_tag_line_is_not_counted(seed_article: Article) -> None:
    tag_end = seed_article.text.index("\n")
    assert all(m.start > tag_end for m in seed_article.mentions)


# --- one rule each --------------------------------------------------------------------------------


# rule: (article body, canonical name, expected (label, count, aliases), names that must not appear)
RULES = {
    "surname joins the full name": (
        "Maria Gonzalez, the finance minister, said on Monday that the budget would cut the deficit. "
        "Gonzalez told reporters in Madrid that spending on schools would rise.",
        "Maria Gonzalez",
        ("PERSON", 2, ["Gonzalez"]),
        {"Gonzalez"},
    ),
    # The expansion once ("(FWA)" is its alias, not a second mention), then FWA twice, untagged or not.
    "acronym after its expansion": (
        "The Federal Water Authority (FWA) said on Tuesday that prices would rise in Ohio. "
        "The FWA blamed the drought, and FWA officials said more increases were possible.",
        "Federal Water Authority",
        ("ORG", 3, ["FWA"]),
        {"FWA"},
    ),
    "possessive and leading the": (
        "Pakistan’s army said the Taliban had refused to meet. The Taliban’s leaders blamed Pakistan "
        "for the delay, and Pakistan’s foreign minister said the Taliban must act.",
        "Pakistan",
        ("GPE", 3, []),
        {"Pakistan’s", "the Taliban", "Taliban’s"},
    ),
    "nationality plural joins the singular": (
        "Afghan refugees crossed the border on Sunday. Many Afghans said they had nowhere to go, "
        "and an Afghan official asked for help.",
        "Afghan",
        ("NORP", 3, ["Afghans"]),
        {"Afghans"},
    ),
    "hyphenated names come out whole": (
        "Tehrik-i-Taliban Pakistan claimed the attack in Peshawar on Friday. "
        "A spokesman for Tehrik-i-Taliban Pakistan said more would follow.",
        "Tehrik-i-Taliban Pakistan",
        ("ORG", 2, []),
        {"Tehrik", "Tehrik-i-Taliban"},
    ),
}


@pytest.mark.parametrize("rule", RULES)
def test_naming_rule(rule: str) -> None:
    body, name, expected, absent = RULES[rule]
    a = _analyse(f"A headline without names\n\n{body}\n")
    table = _table(a)
    assert table[name] == expected
    assert not absent & set(table)
    _check_offsets(a)


def test_the_taliban_folds_into_taliban() -> None:
    a = _analyse(f"A headline without names\n\n{RULES['possessive and leading the'][0]}\n")
    assert _table(a)["Taliban"][1] == 3
    assert {m.text for m in a.mentions if m.entity == "Taliban"} == {"Taliban"}


def test_two_people_sharing_a_surname_stay_apart() -> None:
    a = _analyse(
        "Siblings open a new bridge\n\n"
        "Robert Miller, the mayor of Springfield, opened the bridge on Monday. "
        "Miller said the project had been late.\n\n"
        "Later, his sister Susan Miller spoke to the crowd. Miller said she was proud of the workers.\n"
    )
    table = _table(a)
    assert table["Robert Miller"][:2] == ("PERSON", 2)
    assert table["Susan Miller"][:2] == ("PERSON", 2)
    millers = [m.entity for m in a.mentions if m.text == "Miller"]
    # Each bare surname goes to the nearest full name before it.
    assert millers == ["Robert Miller", "Susan Miller"]


def test_one_name_spelt_two_ways_is_one_entity_under_its_first_spelling() -> None:
    # business/001 of the BBC corpus writes the company both ways; the headline's spelling wins.
    a = _analyse(
        "Ad sales boost Time Warner profit\n\n"
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn. "
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn. "
        "TimeWarner is projecting operating earnings growth of around 5%.\n"
    )
    table = _table(a)
    assert "TimeWarner" not in table
    label, count, aliases = table["Time Warner"]
    assert (label, count) == ("ORG", 4) and aliases == ["TimeWarner"]
    # Different names that merely share letters stay apart.
    b = _analyse("Warner meets Warner Bros\n\nWarner Bros hired Jack Warner. Jack Warner said so.\n")
    assert "Warner Bros" in _table(b) and "Jack Warner" in _table(b)


def test_titles_fold_out_of_person_names(seed_article: Article) -> None:
    names = {m.text for m in seed_article.mentions if m.label == "PERSON"}
    assert "Asif Ali Zardari" in names and "Xi Jinping" in names
    assert not any(n.startswith("President") for n in names)


def test_acronym_not_matching_initials_is_not_merged() -> None:
    a = _analyse(
        "Officials meet in Islamabad\n\n"
        "Officials from Pakistan (ISI) met their counterparts on Tuesday. "
        "Pakistan wants closer ties with India, they said.\n"
    )
    table = _table(a)
    assert table["Pakistan"][:2] == ("GPE", 2)
    assert "ISI" not in table["Pakistan"][2]


def test_initials_check() -> None:
    assert _initials_spell(["Tehrik-i-Taliban", "Pakistan"], "TTP")
    assert _initials_spell(["North", "Atlantic", "Treaty", "Organization"], "NATO")
    assert _initials_spell(["Organization", "of", "the", "Petroleum", "Exporting", "Countries"], "OPEC")
    assert not _initials_spell(["Pakistan"], "TTP")
    assert not _initials_spell(["Federal", "Water", "Authority"], "FW")


def test_all_caps_dateline_and_headline() -> None:
    a = _analyse(
        "FLOODS IN PERU FORCE THOUSANDS FROM THEIR HOMES\n\n"
        "LIMA — Floods in Peru forced thousands of people from their homes on Monday, "
        "officials in Lima said.\n"
    )
    table = _table(a)
    assert table["Lima"][:2] == ("GPE", 2)
    assert table["Peru"][:2] == ("GPE", 2)
    by_text = {m.text: m.entity for m in a.mentions}
    assert by_text["LIMA"] == "Lima" and by_text["PERU"] == "Peru"


def test_nothing_from_the_tag_line() -> None:
    text = (
        "Pakistan Afghanistan Politics\n\n"
        "Ministers meet to discuss trade\n\n"
        "Ministers from India and Nepal met in Delhi on Friday to discuss trade.\n"
    )
    a = _analyse(text)
    assert a.topics[:2] == ["Pakistan", "Afghanistan"]
    table = _table(a)
    assert "Pakistan" not in table and "Afghanistan" not in table
    assert {"India", "Nepal", "Delhi"} <= set(table)
    assert all(m.start > text.index("\n") for m in a.mentions)


def test_dates_and_money_are_mentions_but_not_in_the_table() -> None:
    a = _analyse(
        "Finance minister defends budget\n\n"
        "Maria Gonzalez said on Monday that the budget would cut the deficit by $5 million.\n"
    )
    labels = {m.text: (m.label, m.entity) for m in a.mentions}
    assert labels["Monday"] == ("DATE", None)
    assert labels["$5 million"] == ("MONEY", None)
    assert {e.label for e in a.entities} <= TABLE_LABELS
    assert "Monday" not in _table(a)


# --- the analysis view ----------------------------------------------------------------------------


def _view(text: str) -> str:
    view = analysis_view(text, parse_layout(text))
    assert len(view) == len(text)
    return view


def test_view_truecases_a_shouted_headline_from_the_body() -> None:
    text = (
        "SOCCER - JAPAN GET LUCKY WIN IN NEW YORK\n\n"
        "Japan won a friendly against the United States in New York on Friday, a lucky win.\n"
    )
    headline = _view(text).split("\n")[0]
    assert headline == "Soccer - Japan get lucky win in New York"


def test_view_recases_wire_datelines_and_blanks_the_tag_line() -> None:
    assert _view("BELGRADE 1996-08-30\nTalks went on.\n").startswith("Belgrade 1996-08-30\n")
    text = "Pakistan Afghanistan\n\nChina and Pakistan agree\n\nISLAMABAD — China said so.\n"
    view = _view(text)
    assert view.startswith(" " * len("Pakistan Afghanistan") + "\n")
    assert "Islamabad — China" in view


def test_view_keeps_acronyms_in_capitals() -> None:
    text = "NATO AND EU LEADERS MEET\n\nLeaders met in Brussels on Monday.\n"
    assert _view(text).split("\n")[0] == "NATO and EU leaders meet"


# --- size -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [200_000, 2_000_000])
def test_view_is_linear_in_article_length(size: int) -> None:
    para = "GENEVA TALKS\nDelegates from Geneva and Paris met at the United Nations. "
    text = "HEADLINE OF THE DAY\n\n" + para * (size // len(para))
    start = time.perf_counter()
    assert len(_view(text)) == len(text)
    assert time.perf_counter() - start < max(2.0, size / 200_000)


def _tagged_doc(text: str, labels: dict[str, str]) -> Doc:
    """A Doc with every occurrence of each string in ``labels`` set as an entity by hand (no model)."""
    doc = spacy.blank("en").make_doc(text)
    ents: list[Span] = []
    for m in re.finditer("|".join(sorted(map(re.escape, labels), key=len, reverse=True)), text):
        span = doc.char_span(m.start(), m.end(), label=labels[m.group()])
        if span is not None and (not ents or span.start >= ents[-1].end):
            ents.append(span)
    doc.ents = ents
    return doc


def _synthetic_doc(size: int) -> tuple[Doc, str, int]:
    """A long article: names, surnames, acronyms, plurals."""
    para = (
        "Shafqat Ali Khan met the Tehrik-i-Taliban Pakistan (TTP) envoy in Kabul on Monday. "
        "Khan said TTP fighters and the Taliban must act. Afghans and Afghan officials agreed "
        "with Robert Miller. Miller left.\n\n"
    )
    labels = {"Shafqat Ali Khan": "PERSON", "Khan": "PERSON", "Tehrik-i-Taliban": "ORG", "Pakistan": "GPE"}
    labels |= {"Kabul": "GPE", "Monday": "DATE", "Taliban": "ORG", "Afghans": "NORP", "Afghan": "NORP"}
    labels |= {"Robert Miller": "PERSON", "Miller": "PERSON"}
    text = para * (size // len(para))
    return _tagged_doc(text, labels), text, text.count(para)


def test_extract_is_linear_in_article_length() -> None:
    timings = []
    for size in (10_000, 200_000):
        doc, text, paragraphs = _synthetic_doc(size)
        start = time.perf_counter()
        mentions, ents = extract(doc, text)
        timings.append(time.perf_counter() - start)
        table = {e.name: e.count for e in ents}
        assert all(text[m.start : m.end] == m.text for m in mentions)
        # Per paragraph: the full name and "Khan"; the expansion and one untagged "TTP".
        assert table["Shafqat Ali Khan"] == 2 * paragraphs
        assert table["Tehrik-i-Taliban Pakistan"] == 2 * paragraphs
        assert table["Robert Miller"] == 2 * paragraphs
    # 20 times the text: linear is about 20 times the time, quadratic about 400 times.
    assert timings[1] < 60 * timings[0] + 1.0


def test_one_initial_and_a_surname_is_a_person_even_untagged() -> None:
    # A blank pipeline tags nothing: the pattern alone finds the person, then the bare surname.
    text = "H. Morris made 69 before lunch. Morris was out soon after, and plan B. Officials said so.\n"
    doc = spacy.blank("en").make_doc(text)
    mentions, ents = extract(doc, text)
    assert [(m.text, m.label, m.entity) for m in mentions] == [
        ("H. Morris", "PERSON", "H. Morris"),
        ("Morris", "PERSON", "H. Morris"),
    ]
    assert [(e.name, e.count) for e in ents] == [("H. Morris", 2)]


def test_an_honorific_names_a_person_and_names_end_in_a_name() -> None:
    text = "Cara Diemont of Dimension Data spoke. Ms Diemont says callers from St Kitts and Nevis hang up.\n"
    doc = _tagged_doc(text, {"Cara Diemont": "PERSON", "Ms Diemont": "ORG", "St Kitts and": "GPE"})
    mentions, ents = extract(doc, text)
    assert [(m.text, m.label, m.entity) for m in mentions] == [
        ("Cara Diemont", "PERSON", "Cara Diemont"),
        ("Diemont", "PERSON", "Cara Diemont"),
        ("St Kitts", "GPE", "St Kitts"),
    ]
    assert ents[0].name == "Cara Diemont" and ents[0].count == 2


def test_an_untagged_subject_name_is_a_person() -> None:
    # spaCy's small model tags neither "Gorsuch" nor "Pelosi" here; as subjects of verbs they are people.
    a = _analyse(
        "A headline without names\n\n"
        "Gorsuch wrote the opinion for the court. Pelosi was asked about the vote, and Wall Street rallied.\n"
    )
    people = {m.text: (m.label, m.entity) for m in a.mentions if m.label == "PERSON"}
    assert people == {"Gorsuch": ("PERSON", "Gorsuch"), "Pelosi": ("PERSON", "Pelosi")}
    _check_offsets(a)


def test_a_subject_written_in_lower_case_elsewhere_is_no_name() -> None:
    a = _analyse("A headline without names\n\nMarkets were calm. Tin was unchanged, and tin traders left early.\n")
    assert not [m for m in a.mentions if m.label == "PERSON"]


def test_a_titles_dot_does_not_start_a_sentence() -> None:
    # "Holder" is also an ordinary word; after "Mr." it is not at a sentence start, so it stays a name.
    a = _analyse(
        "A headline without names\n\nMarkets were calm. Mr. Holder said the holder of the bond would be paid.\n"
    )
    assert [(m.text, m.label) for m in a.mentions if m.entity] == [("Holder", "PERSON")]
