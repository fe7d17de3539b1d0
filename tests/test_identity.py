"""Corpus identity: one id, name and type per entity across a corpus (analysis.corpus.identity)."""

from __future__ import annotations

import json
import re

import pytest

from analysis.corpus import identity, runner
from analysis.corpus.identity import Override, apply_map, identify, names_table, unit_map
from analysis.corpus.store import Store
from analysis.corpus.tables import Tables, to_articles, to_tables
from analysis.inputs.raw import RawArticle
from analysis.records import Article, Entity, Mention, Quote


def article(aid: str, text: str, names: dict[str, str], topic: str = "news", quotes=()) -> Article:
    """An analysed article as the per-article step leaves it: every occurrence of each name in
    ``names`` (name -> the model's label) is a mention of the entity of that name."""
    mentions, entities = [], []
    for name, label in names.items():
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        mentions += [Mention(s, e, name, label, name) for s, e in spans]
        entities.append(Entity(name, label, len(spans), [name]))
    qs = [Quote(0, 1, text[:1], "direct", spk, None, None, "said") for spk in quotes]
    return Article(
        source=f"{aid}.txt", id=aid, title=None, topics=[topic], dateline=None, text=text,
        mentions=mentions, entities=entities, quotes=qs,
    )  # fmt: skip


def tables(*arts: Article) -> Tables:
    return to_tables(arts)


def corpus_entity(t: Tables, aid: str, alias: str) -> tuple[str, str, str]:
    e = t.entities[(t.entities["article_id"] == aid) & t.entities["aliases"].map(lambda a: alias in a)]
    assert len(e) == 1, (aid, alias, t.entities)
    row = e.iloc[0]
    return row["entity_id"], row["name"], row["label"]


def test_two_people_sharing_a_surname_in_different_topics_stay_apart():
    t = identify(
        tables(
            article("p1", "Tony Blair spoke. Mr Blair said he would go.", {"Tony Blair": "PERSON"}, "politics"),
            article("p2", "Blair defended the plan, and Blair said he was sure.", {"Blair": "PERSON"}, "politics"),
            article("s1", "Ian Blair, the police chief, said he was ready.", {"Ian Blair": "PERSON"}, "crime"),
        )
    )
    tony, ian = corpus_entity(t, "p1", "Tony Blair"), corpus_entity(t, "s1", "Ian Blair")
    assert tony[0] != ian[0]
    # a surname alone in the politics article joins the one Blair of politics, never the crime one
    assert corpus_entity(t, "p2", "Blair") == tony
    assert t.entities.loc[t.entities["article_id"] == "p2", "identity_note"].iat[0].startswith("name alone:")


def test_a_surname_alone_stays_apart_when_its_topic_has_two_people_of_that_name():
    t = identify(
        tables(
            article("a", "Tony Blair said he would stay.", {"Tony Blair": "PERSON"}, "politics"),
            article("b", "Cherie Blair said she would write.", {"Cherie Blair": "PERSON"}, "politics"),
            article("c", "Blair said he had no comment.", {"Blair": "PERSON"}, "politics"),
        )
    )
    ids = {corpus_entity(t, aid, n)[0] for aid, n in (("a", "Tony Blair"), ("b", "Cherie Blair"), ("c", "Blair"))}
    assert len(ids) == 3
    note = t.entities.loc[t.entities["article_id"] == "c", "identity_note"].iat[0]
    assert "not joined" in note and "Cherie Blair" in note and "Tony Blair" in note


def test_a_surname_alone_joins_the_full_name_of_its_topic():
    t = identify(
        tables(
            article("a", "Gordon Brown said he would cut taxes.", {"Gordon Brown": "PERSON"}, "politics"),
            article("b", "Brown told MPs he was confident.", {"Brown": "PERSON"}, "politics"),
            article("c", "Wes Brown, the defender, said he was fit.", {"Wes Brown": "PERSON"}, "sport"),
        )
    )
    assert corpus_entity(t, "b", "Brown") == corpus_entity(t, "a", "Gordon Brown")
    assert corpus_entity(t, "b", "Brown")[1] == "Gordon Brown"
    assert corpus_entity(t, "c", "Wes Brown")[0] != corpus_entity(t, "a", "Gordon Brown")[0]
    # the article keeps the name it used; its mentions still point at their words
    row = t.entities[t.entities["article_id"] == "b"].iloc[0]
    assert "Brown" in row["aliases"] and row["name"] == "Gordon Brown"
    m = t.mentions[t.mentions["article_id"] == "b"].iloc[0]
    text = t.articles.set_index("article_id").at["b", "text"]
    assert (
        text[m["start"] : m["end"]] == "Brown" and m["entity"] == "Gordon Brown" and m["entity_id"] == row["entity_id"]
    )


def test_uk_britain_and_united_kingdom_are_one_country_and_us_america_another():
    t = identify(
        tables(
            article("a", "The UK and the US signed. Britain was glad.", {"UK": "GPE", "US": "GPE", "Britain": "GPE"}),
            article("b", "United Kingdom exports to America rose.", {"United Kingdom": "GPE", "America": "GPE"}),
            article("c", "Trade with the United States grew.", {"United States": "GPE"}),
        )
    )
    uk = {corpus_entity(t, a, n) for a, n in (("a", "UK"), ("a", "Britain"), ("b", "United Kingdom"))}
    us = {corpus_entity(t, a, n) for a, n in (("a", "US"), ("b", "America"), ("c", "United States"))}
    assert len(uk) == 1 and len(us) == 1 and uk != us
    assert next(iter(uk))[2] == "GPE"
    # one row per corpus entity per article: UK and Britain in article a are one row of 2 mentions
    rows = t.entities[(t.entities["article_id"] == "a") & (t.entities["entity_id"] == next(iter(uk))[0])]
    assert len(rows) == 1 and rows["count"].iat[0] == 2 and set(rows["aliases"].iat[0]) >= {"UK", "Britain"}


def test_an_organisation_the_model_tags_person_is_an_organisation_by_corpus_evidence():
    arts = [
        article("a", "Shares in Yukos fell. The oil firm Yukos said it would appeal.", {"Yukos": "PERSON"}),
        article("b", "Yukos said it had paid. Yukos shares rose.", {"Yukos": "PERSON"}),
        article("c", "The Russian oil giant Yukos faces a bill.", {"Yukos": "PERSON"}),
        article("d", "Yukos is in trouble.", {"Yukos": "ORG"}),
    ]
    t = identify(tables(*arts))
    assert set(t.entities["label"]) == {"ORG"}
    assert t.entities["entity_id"].nunique() == 1
    assert set(t.mentions["label"]) == {"ORG"}  # applied to every mention, in every article


def test_a_person_stays_a_person_when_the_cue_words_say_so():
    t = identify(
        tables(
            article("a", "Mr Khan said he would stay. Khan, 45, was calm.", {"Khan": "PERSON"}),
            article("b", "Khan told the court he had left.", {"Khan": "ORG"}),
        )
    )
    assert set(t.entities["label"]) == {"PERSON"}


def test_acronyms_join_their_expansion_and_case_variants_join():
    t = identify(
        tables(
            article("a", "The International Monetary Fund warned.", {"International Monetary Fund": "ORG"}),
            article("b", "The IMF said growth would slow.", {"IMF": "ORG"}),
            article(
                "c", "the european union and the European Union", {"european union": "ORG", "European Union": "ORG"}
            ),
            article("d", "The EU agreed.", {"EU": "ORG"}),
        )
    )
    assert corpus_entity(t, "a", "International Monetary Fund")[0] == corpus_entity(t, "b", "IMF")[0]
    eu = {corpus_entity(t, a, n)[0] for a, n in (("c", "european union"), ("c", "European Union"), ("d", "EU"))}
    assert len(eu) == 1


def test_speaker_descriptions_merge_by_case_and_number_and_entities_by_corpus_name():
    t = identify(
        tables(
            article("a", "Analysts said so.", {}, quotes=["Analysts", "analysts"]),
            article("b", "An analyst said so. Brown said it.", {"Brown": "PERSON"}, quotes=["analyst", "Brown"]),
            article("c", "Gordon Brown said he was sure.", {"Gordon Brown": "PERSON"}),
        )
    )
    assert t.quotes["speaker"].tolist() == ["analysts", "analysts", "analysts", "Gordon Brown"]


def test_identity_over_no_entities_and_no_articles():
    empty = to_tables([])
    assert identify(empty).entities.empty
    t = identify(tables(article("a", "Nothing to see.", {})))
    assert t.entities.empty and unit_map(t).empty


def _corpus(tmp_path):
    texts = {
        "a": "Gordon Brown said he would cut taxes. Mr Brown spoke in London.",
        "b": "Brown told MPs he was confident about the economy.",
        "c": "The Chancellor Gordon Brown met bankers in London.",
    }
    return [RawArticle(source=str(tmp_path / f"{k}.txt"), topics=["politics"], text=v) for k, v in texts.items()]


def test_hand_merge_and_split_survive_a_restart(tmp_path):
    raws = _corpus(tmp_path)
    store = Store(tmp_path / "store")
    tables_, _ = runner.run(raws, store=store, n_process=1)
    key = identity.corpus_key(tables_.articles["article_id"])
    brown = tables_.entities[tables_.entities["aliases"].map(lambda a: "Brown" in a)]
    assert brown["name"].nunique() == 1 and brown["entity_id"].nunique() == 1  # joined automatically

    identity.save_overrides(
        store.base, key, [Override("split", ("Brown",)), Override("merge", ("London", "Gordon Brown"))]
    )
    again = Store(tmp_path / "store")  # a restart: a new Store object on the same folder
    t2, report = runner.run(_corpus(tmp_path), store=again, n_process=1)
    assert report.cached == 3
    ids = dict(zip(t2.articles["source"].map(lambda s: s[-5]), t2.articles["article_id"], strict=True))
    b = t2.entities[t2.entities["article_id"] == ids["b"]]
    a = t2.entities[t2.entities["article_id"] == ids["a"]]
    assert b["name"].tolist() == ["Brown"] and b["identity_note"].iat[0] == "split by hand"
    assert a["entity_id"].nunique() == 1  # London and Gordon Brown merged by hand: one row
    assert set(a["aliases"].iat[0]) >= {"Gordon Brown", "London"}
    # the export re-imports to the same edits
    text = identity.export_overrides(identity.load_overrides(again.base, key), key)
    assert identity.parse_overrides(text) == identity.load_overrides(again.base, key)
    assert json.loads(text)["corpus"] == key


def test_bad_edit_files_are_refused_with_a_reason():
    for text in ("not json", '{"edits": 3}', '{"edits": [{"op": "merge", "names": ["A"]}]}', '[{"op": "x"}]'):
        with pytest.raises(ValueError):
            identity.parse_overrides(text)


def test_the_cached_map_is_reused_and_equal(tmp_path):
    raws = _corpus(tmp_path)
    store = Store(tmp_path / "store")
    first, _ = runner.run(raws, store=store, n_process=1)
    cached = list((store.root / "identity").glob("map-*.parquet"))
    assert len(cached) == 1
    second, _ = runner.run(_corpus(tmp_path), store=Store(tmp_path / "store"), n_process=1)
    assert to_articles(first) == to_articles(second)
    plain, _ = runner.run(_corpus(tmp_path), store=None, n_process=1)
    assert to_articles(plain) == to_articles(first)


def test_names_table_counts_each_name_of_an_entity(tmp_path):
    t, _ = runner.run(_corpus(tmp_path), store=None, n_process=1)
    names = names_table(t)
    brown = names[names["name"] == "Gordon Brown"].set_index("alias")["mentions"].to_dict()
    assert brown["Gordon Brown"] == 2 and brown["Brown"] >= 2


def test_apply_map_keeps_offsets_pointing_at_the_words(tmp_path):
    t, _ = runner.run(_corpus(tmp_path), store=None, n_process=1, identity=False)
    out = apply_map(t, unit_map(t))
    texts = out.articles.set_index("article_id")["text"]
    for r in out.mentions.itertuples():
        assert texts[r.article_id][r.start : r.end] == r.text


def test_identity_is_the_same_on_the_local_engine_and_dask(tmp_path):
    pytest.importorskip("distributed", reason="the 'cluster' extra (dask, distributed) is not installed")
    from analysis.corpus import cluster
    from analysis.inputs.files import iter_articles

    texts = {
        "politics/a.txt": "Gordon Brown said he would cut taxes in the UK.",
        "politics/b.txt": "Brown told MPs that Britain was ready.",
        "sport/c.txt": "Wes Brown, the defender, said he was fit for Manchester United.",
        "sport/d.txt": "Shares in Manchester United rose. The club said its fans were happy.",
    }
    for name, text in texts.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(text)
    local, _ = runner.run(iter_articles([tmp_path / "in"]), Store(tmp_path / "local"), n_process=1)
    client, lc = cluster.connect(workers=2)
    try:
        dask, _ = cluster.run([tmp_path / "in"], client, Store(tmp_path / "dask"), shard_size=1)
    finally:
        client.close()
        lc.close()
    key = ["article_id", "entity_id"]
    for name in ("entities", "mentions", "quotes"):
        x, y = getattr(local, name), getattr(dask, name)
        cols = key if name == "entities" else ["article_id", "start"]
        x = x.sort_values(cols).reset_index(drop=True).astype(str)
        y = y.sort_values(cols).reset_index(drop=True).astype(str)
        assert x.equals(y), name
    assert local.entities["entity_id"].notna().all()


def test_two_entities_never_share_a_name():
    t = identify(
        tables(
            article("a", "Tony Blair said he would stay.", {"Tony Blair": "PERSON"}, "politics"),
            article("b", "Ian Blair said he would stay.", {"Ian Blair": "PERSON"}, "politics"),
            article("c", "Blair said he was fit.", {"Blair": "PERSON"}, "politics"),
            article("d", "Blair said he was fit. Blair smiled.", {"Blair": "PERSON"}, "sport"),
        )
    )
    names = t.entities.groupby("entity_id")["name"].first()
    assert names.is_unique
    assert set(names) == {"Tony Blair", "Ian Blair", "Blair", "Blair (politics)"}


def test_the_speakers_table_follows_the_quotes_names(seed_article):
    from analysis.corpus.identity import identify
    from analysis.corpus.tables import to_tables

    t = identify(to_tables([seed_article]))
    assert len(t.speakers) > 0
    assert set(t.speakers["name"]) <= set(t.quotes["speaker"].dropna())
    assert "Shafqat Ali Khan" in set(t.speakers["name"])


# -- issue 13b: cue evidence against repeated model votes, clubs, town/club, a surname the model mistyped


def test_product_cues_outweigh_a_model_label_repeated_in_many_articles():
    # the model calls the console an organisation in nine articles; four mentions say it is a thing
    # (before 13b: nine model votes against three cue words, ORG; now five)
    arts = [article(f"o{n}", f"Zyxbox is popular, reviewers said ({n}).", {"Zyxbox": "ORG"}, "tech")
            for n in range(7)]  # fmt: skip
    arts += [
        article("c1", "Gamers queued for the Zyxbox console. Zyxbox owners were pleased.", {"Zyxbox": "ORG"}, "tech"),
        article("c2", "A sequel to Zyxbox is due; they bought a Zyxbox.", {"Zyxbox": "ORG"}, "tech"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Zyxbox")[2] for a in arts} == {"PRODUCT"}


def test_a_club_in_fixtures_and_results_is_an_organisation_whatever_the_model_says():
    arts = [
        article("s1", "Newcastle 2-1 Bolton. Bolton boss Sam Allardyce was upset.", {"Bolton": "PERSON"}, "sport"),
        article("s2", "Arsenal v Bolton\n\nChelsea v Fulham", {"Bolton": "PERSON"}, "sport"),
        article("s3", "Bolton were poor, and Bolton fans left early.", {"Bolton": "PERSON"}, "sport"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Bolton")[2] for a in arts} == {"ORG"}


def test_a_town_stays_apart_from_its_club_and_from_the_longer_club_name():
    t = identify(
        tables(
            article("p1", "Migrants the size of a city like Fenbury arrive each year.", {"Fenbury": "GPE"}, "politics"),
            article("p2", "Jobs in Fenbury grew, the council said.", {"Fenbury": "GPE"}, "politics"),
            article("s1", "Forest v Fenbury\n\nLeeds v Hull", {"Fenbury": "GPE"}, "sport"),
            article("s2", "Fenbury boss Joe Bloggs praised Fenbury fans.", {"Fenbury": "GPE"}, "sport"),
            article("s3", "Fenbury United won again, the club said.", {"Fenbury United": "ORG"}, "sport"),
        )
    )
    town, club, united = corpus_entity(t, "p1", "Fenbury"), corpus_entity(t, "s1", "Fenbury"), None
    united = corpus_entity(t, "s3", "Fenbury United")
    assert corpus_entity(t, "p2", "Fenbury") == town and corpus_entity(t, "s2", "Fenbury") == club
    assert town[0] != club[0] and town[0] != united[0]
    assert town[2] == "GPE" and club[2] == "ORG"
    note = t.entities.loc[t.entities["article_id"] == "p1", "identity_note"].iat[0]
    assert note.startswith("one name, different things by topic")


def test_model_labels_differing_by_topic_without_place_words_keep_one_entity():
    # the model calls the operator a place in tech, cue words say organisation in business: one thing
    t = identify(
        tables(
            article("t1", "Networks such as Grapefone charge more.", {"Grapefone": "GPE"}, "tech"),
            article("t2", "Grapefone had its UK launch in 1994.", {"Grapefone": "GPE"}, "tech"),
            article("b1", "Mobile phone giant Grapefone launched action.", {"Grapefone": "ORG"}, "business"),
        )
    )
    assert len({corpus_entity(t, a, "Grapefone")[0] for a in ("t1", "t2", "b1")}) == 1


def _kestrel_corpus(shared: str = "") -> Tables:
    """ "Kestrel" the firm in business, the film in entertainment, each topic naming its own things
    (``shared``: a name both topics' articles name too)."""
    firm = {"Kestrel": "ORG", "Halvard Mining": "ORG", "Brenno Steel": "ORG", "Oskarsen Bank": "ORG"}
    film = {"Kestrel": "WORK_OF_ART", "Mara Quillon": "PERSON", "Teo Vandel": "PERSON", "Ostrava Awards": "EVENT"}
    extra = f" {shared} was mentioned." if shared else ""
    if shared:
        firm[shared] = film[shared] = "ORG"
    return tables(
        *(
            article(f"b{n}", "Shares in Kestrel rose after Halvard Mining, Brenno Steel and Oskarsen Bank bid."
                    + extra, firm, "business")
            for n in range(3)
        ),
        article("e1", "The film Kestrel, with Mara Quillon and Teo Vandel, won at the Ostrava Awards." + extra,
                film, "entertainment"),
    )  # fmt: skip


def test_one_name_of_different_kinds_in_topics_naming_nothing_in_common_is_two_entities():
    t = identify(_kestrel_corpus())
    firm, film = corpus_entity(t, "b0", "Kestrel"), corpus_entity(t, "e1", "Kestrel")
    assert firm[0] != film[0]
    assert corpus_entity(t, "b1", "Kestrel") == firm
    assert (firm[2], film[2]) == ("ORG", "WORK_OF_ART")
    note = t.entities.loc[t.entities["article_id"] == "e1", "identity_note"].dropna().tolist()
    assert any("no other name in common" in n for n in note)


def test_one_name_in_topics_that_name_something_else_in_common_stays_one_entity():
    # the same articles, and both topics also name "Quorra Holdings": nothing says two things
    t = identify(_kestrel_corpus(shared="Quorra Holdings"))
    assert corpus_entity(t, "b0", "Kestrel")[0] == corpus_entity(t, "e1", "Kestrel")[0]


def test_a_city_the_model_calls_a_person_is_the_city_where_its_words_say_place():
    # "Preston" (cities.txt) tagged PERSON everywhere: "in Preston" says the town in two articles of
    # three; the article whose words say person ("Preston said he") keeps the person
    t = identify(
        tables(
            article("p1", "The factory in Preston will close.", {"Preston": "PERSON"}, "business"),
            article("p2", "Shoppers in Preston were angry.", {"Preston": "PERSON"}, "business"),
            article("p3", "Preston said he would sell the firm.", {"Preston": "PERSON"}, "business"),
        )
    )
    town = corpus_entity(t, "p1", "Preston")
    assert town[2] == "GPE" and corpus_entity(t, "p2", "Preston") == town
    assert corpus_entity(t, "p3", "Preston")[0] != town[0]
    assert corpus_entity(t, "p3", "Preston")[2] == "PERSON"


def test_a_surname_the_model_mistyped_joins_the_person_named_beside_it():
    names = {"Audrey Tautou": "PERSON", "Tautou": "GPE"}
    t = identify(
        tables(
            article("e1", "Audrey Tautou stars. Tautou was praised.", names),
            article("e2", "Actress Audrey Tautou is in it; Tautou said yes.", names),
        )
    )
    person = corpus_entity(t, "e1", "Audrey Tautou")
    assert corpus_entity(t, "e1", "Tautou") == person == corpus_entity(t, "e2", "Tautou")
    assert person[2] == "PERSON"


def test_a_firm_named_like_the_person_beside_it_stays_a_firm():
    t = identify(
        tables(
            article("b1", "Ford shares fell, said Bill Ford.", {"Ford": "ORG", "Bill Ford": "PERSON"}, "biz"),
            article("b2", "Ford profits rose; Bill Ford was pleased.", {"Ford": "GPE", "Bill Ford": "PERSON"}, "biz"),
        )
    )
    assert corpus_entity(t, "b1", "Ford")[0] != corpus_entity(t, "b1", "Bill Ford")[0]
    assert corpus_entity(t, "b1", "Ford")[2] == "ORG"


# --- speed without a change of result: end-anchored cues on reversed text, all cues in one call ---


def test_reversed_patterns_match_the_reversed_text_exactly_where_the_originals_match():
    import random

    from analysis.corpus.identity import evidence
    from analysis.corpus.identity.suffix import reverse_pattern

    rng = random.Random(7)
    alphabet = ["firm ", "the ", "Mr", ". ", "shares in ", "v ", "2-1 ", "\n", " ", "a", "an ", "club", "x", "-"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    texts += ["the oil firm ", "Mr. ", "Prime Minister ", "Arsenal 2-1 ", "buy a new ", "firm\n", "firm the\n"]
    for p in evidence._BEFORE:
        r = reverse_pattern(p)
        for s in texts:
            assert bool(p.search(s)) == bool(r.match(s[::-1])), (p.pattern, s)


def test_reverse_pattern_refuses_what_it_cannot_reverse():
    from analysis.corpus.identity.suffix import reverse_pattern

    with pytest.raises(ValueError):
        reverse_pattern(re.compile(r"(?<=a)b$"))
    with pytest.raises(ValueError):
        reverse_pattern(re.compile(r"(a)\1$"))
    with pytest.raises(ValueError):
        reverse_pattern(re.compile(r"a$", re.MULTILINE))


def test_a_probe_answers_each_pattern_as_its_own_match_would():
    from analysis.corpus.identity.suffix import probe

    pats = [
        re.compile("ab"),
        re.compile("A", re.IGNORECASE),
        re.compile(r"\s*$"),
        re.compile("x"),
        re.compile(r"a+b"),  # runs on before it fails ("aac"): nothing of it is kept
        re.compile(r"(?:a|ab)c|a", re.IGNORECASE),
    ]
    p = probe(pats)
    for s in ["abc", "", "x", "Abx", "  ", "ba", "aac", "aab", "Abc", "ac"]:
        own = [q.match(s) for q in pats]
        assert list(p.match(s).groups()) == [m.group(0) if m else None for m in own], s


def test_cue_votes_for_named_entities_only_are_theirs_unchanged():
    t = tables(
        article("a1", "Shares in Yukos fell. Mr Smith said he was calm.", {"Yukos": "PERSON", "Smith": "PERSON"}),
        article("a2", "The UK grew. Yukos shares rose.", {"UK": "GPE", "Yukos": "PERSON"}),
    )
    every = identity.cue_votes(t)
    some = identity.cue_votes(t, {"Yukos"})
    assert set(some) == {("a1", "Yukos"), ("a2", "Yukos")}
    assert all(some[k] == every[k] for k in some)
    assert every[("a1", "Yukos")]["ORG"] > 0 and every[("a1", "Smith")]["PERSON"] > 0


# -- issue 13-b: titles, head words, given names, competitions, works, ties ----------------------------


def test_the_queen_is_a_person_and_apart_from_a_band_of_that_name_in_another_topic():
    t = identify(
        tables(
            article("p1", "The Queen will host a party. The Queen's grandson came.", {"Queen": "PERSON"}, "politics"),
            article("p2", "Money for the Queen was asked; the Queen said nothing.", {"Queen": "PERSON"}, "politics"),
            article("e1", "Fans voted for Queen, and Queen's anthem won.", {"Queen": "PERSON"}, "music"),
        )
    )
    monarch = corpus_entity(t, "p1", "Queen")
    assert monarch[2] == "PERSON" and corpus_entity(t, "p2", "Queen") == monarch
    assert corpus_entity(t, "e1", "Queen")[0] != monarch[0]  # no full name joins them; topics differ


def test_a_head_word_says_what_a_name_names():
    from analysis.corpus.identity.names import head_label

    assert head_label("Independent Spirit Awards") == "EVENT"
    assert head_label("Bank of England") == "ORG"
    assert head_label("Heathrow Airport") == "FAC"
    assert head_label("Prince of Wales") == "PERSON"
    assert head_label("Awards") is None and head_label("Tony Blair") is None
    t = identify(
        tables(
            article("e1", "The Glimmer Awards were held. Glimmer Awards judges met.", {"Glimmer Awards": "ORG"}),
            article("e2", "Glimmer Awards organisers said so.", {"Glimmer Awards": "ORG"}),
        )
    )
    assert corpus_entity(t, "e1", "Glimmer Awards")[2] == "EVENT"


def test_a_common_given_name_makes_a_person_unless_the_words_say_it_is_a_work():
    player = [
        article(f"s{n}", f"Hewitt lost to Taylor Zent in round {n}.", {"Taylor Zent": "ORG"}, "sport") for n in range(4)
    ]
    film = [
        article("f1", "The film Vera Blake won. The drama Vera Blake is long.", {"Vera Blake": "ORG"}, "film"),
        article("f2", "Vera Blake leads the field.", {"Vera Blake": "ORG"}, "film"),
    ]
    t = identify(tables(*player, *film))
    assert {corpus_entity(t, a.id, "Taylor Zent")[2] for a in player} == {"PERSON"}
    assert {corpus_entity(t, a.id, "Vera Blake")[2] for a in film} == {"WORK_OF_ART"}
    from analysis.corpus.identity.names import looks_like_a_person

    assert looks_like_a_person("Robbie Savage") and not looks_like_a_person("Venice Film Festival")
    assert not looks_like_a_person("Zzyx Savage") and not looks_like_a_person("ROBBIE SAVAGE")


def test_a_competition_named_by_its_champions_and_medals_is_an_event():
    arts = [
        article("a1", "Hansen, the Commonweal and European champion, is out.", {"Commonweal": "ORG"}, "sport"),
        article("a2", "He has only a Commonweal silver medal.", {"Commonweal": "ORG"}, "sport"),
        article("a3", "Commonweal 100m champion Kim Collins runs.", {"Commonweal": "ORG"}, "sport"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Commonweal")[2] for a in arts} == {"EVENT"}


def test_work_cues_see_past_the_and_a_tie_goes_to_the_cue_words():
    arts = [article(f"o{n}", f"Viewers like Simpsonz ({n}).", {"Simpsonz": "ORG"}, "tv") for n in range(2)]
    arts += [
        article("w1", "An episode of the cartoon The Simpsonz aired.", {"Simpsonz": "ORG"}, "tv"),
        article("w2", "Matt wrote a Simpsonz episode.", {"Simpsonz": "ORG"}, "tv"),
    ]
    # four model votes (ORG, one per article) against two cue words (2 each): a tie, won by the cue words
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Simpsonz")[2] for a in arts} == {"WORK_OF_ART"}


def test_a_determiner_before_a_pair_of_names_says_nothing_against_the_first_being_a_person():
    t = tables(
        article("e1", "The Richard and Judy show; a Richard and Judy prize. Richard spoke.", {"Richard": "PERSON"})
    )
    votes = identity.cue_votes(t)[("e1", "Richard")]
    assert votes["PERSON"] == 0 and votes["PRODUCT"] == 0
    alone = identity.cue_votes(tables(article("e2", "They bought a Zyx, and the Zyx broke.", {"Zyx": "ORG"})))
    assert alone[("e2", "Zyx")]["PERSON"] < 0 and alone[("e2", "Zyx")]["PRODUCT"] > 0


def test_a_city_name_is_the_city_where_the_words_say_place_and_the_club_where_cue_words_say_club(monkeypatch):
    from analysis.corpus.identity import join

    monkeypatch.setattr(join, "city_keys", lambda: frozenset({"fenbury"}))
    arts = {
        # the club: cue words, in sport
        "s1": article("s1", "Fenbury striker Joe Bloggs scored twice.", {"Fenbury": "ORG"}, "sport"),
        "s2": article("s2", "Hull 2-1 Fenbury. Fenbury fans left early.", {"Fenbury": "GPE"}, "sport"),
        # no cue word, in a topic showing both: what the model said there
        "s3": article("s3", "Fenbury were beaten again.", {"Fenbury": "ORG"}, "sport"),
        # the city: place words, in any topic, whatever the model said
        "m1": article("m1", "The Fenbury band Zedz topped the chart.", {"Fenbury": "ORG"}, "music"),
        "m2": article("m2", "The Fenbury-based label signed them.", {"Fenbury": "PRODUCT"}, "music"),
        "p1": article("p1", "Jobs in Fenbury grew, the council said.", {"Fenbury": "ORG"}, "politics"),
        "p2": article("p2", "Fenbury voted Labour.", {"Fenbury": "ORG"}, "politics"),  # no cue: its topic's
        "s4": article("s4", "She won the race in Fenbury last year.", {"Fenbury": "GPE"}, "sport"),
    }
    t = identify(tables(*arts.values()))
    club = {corpus_entity(t, a, "Fenbury") for a in ("s1", "s2", "s3")}
    city = {corpus_entity(t, a, "Fenbury") for a in ("m1", "m2", "p1", "p2", "s4")}
    assert len(club) == 1 and len(city) == 1 and club != city
    assert next(iter(club))[2] == "ORG" and next(iter(city))[2] == "GPE"


def test_a_firm_named_like_a_city_stays_one_firm_when_no_words_say_place(monkeypatch):
    from analysis.corpus.identity import join

    monkeypatch.setattr(join, "city_keys", lambda: frozenset({"grapefone"}))
    arts = [
        article("b1", "Mobile operator Grapefone cut prices.", {"Grapefone": "GPE"}, "business"),
        article("b2", "Grapefone shares rose.", {"Grapefone": "ORG"}, "business"),
        article("t1", "Handsets on Grapefone cost less.", {"Grapefone": "GPE"}, "tech"),
        article("t2", "Grapefone has a new tariff.", {"Grapefone": "PERSON"}, "tech"),
    ]
    t = identify(tables(*arts))
    assert len({corpus_entity(t, a.id, "Grapefone") for a in arts}) == 1
    assert corpus_entity(t, "b1", "Grapefone")[2] == "ORG"


def test_the_city_list_is_the_data_file_made_by_its_script():
    import importlib.util
    from pathlib import Path

    from analysis.corpus.identity.names import CITIES, city_keys

    spec = importlib.util.spec_from_file_location("cities_script", Path(__file__).parents[1] / "scripts" / "cities.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert CITIES.read_text("utf-8").splitlines()[0] == script.header()
    assert {"bristol", "chicago", "london"} <= city_keys() and "the" not in city_keys()


def test_bands_and_labels_are_organisations_by_their_words():
    band = [
        article("m1", "US rock band Kornz has a new album. Kornz have toured.", {"Kornz": "PERSON"}, "music"),
        article("m2", "The remaining members of Kornz said so. Kornz's guitarist quit.", {"Kornz": "PERSON"}, "music"),
    ]
    label = [
        article("l1", "One of hip-hop's labels, Def Jamz, hired him.", {"Def Jamz": "PERSON"}, "music"),
        article(
            "l2", "Def Jamz was founded in 1984. Def Jamz's parent company agreed.", {"Def Jamz": "PERSON"}, "music"
        ),
    ]
    t = identify(tables(*band, *label))
    assert {corpus_entity(t, a.id, "Kornz")[2] for a in band} == {"ORG"}
    assert {corpus_entity(t, a.id, "Def Jamz")[2] for a in label} == {"ORG"}


def test_a_plural_verb_counts_against_a_person_unless_the_name_ends_a_pair():
    votes = identity.cue_votes(
        tables(
            article(
                "x", "Zorbas are touring. Jo Ames and Zed Kay are married.", {"Zorbas": "PERSON", "Zed Kay": "PERSON"}
            )
        )
    )
    assert votes[("x", "Zorbas")]["PERSON"] < 0 and votes[("x", "Zed Kay")]["PERSON"] == 0
    scorer = identity.cue_votes(tables(article("y", "Then Varzo got his second goal.", {"Varzo": "ORG"}, "sport")))
    assert scorer[("y", "Varzo")]["PERSON"] > 0


def test_which_and_its_after_a_name_count_against_a_person_but_not_after_a_preposition():
    text = "Lorna Ashby, which floated in 1985, said so. Lorna Ashby thanked its chief. Vorn Dale joined too."
    votes = identity.cue_votes(tables(article("w", text, {"Lorna Ashby": "PERSON", "Vorn Dale": "PERSON"})))
    assert votes[("w", "Lorna Ashby")]["PERSON"] == -4 and votes[("w", "Vorn Dale")]["PERSON"] == 0
    # "a trumpet which belonged to X, which ...": the relative pronoun is the trumpet's
    head = "A trumpet which belonged to jazzman Zed Gill, which will fetch $5m, is for sale."
    assert identity.cue_votes(tables(article("h", head, {"Zed Gill": "PERSON"})))[("h", "Zed Gill")]["PERSON"] == 0
    person = "Ana Vell, who won, said so."
    assert identity.cue_votes(tables(article("p", person, {"Ana Vell": "PERSON"})))[("p", "Ana Vell")]["PERSON"] > 0


def test_a_name_its_article_calls_by_an_honorific_and_its_last_word_is_a_person():
    arts = [
        article(f"m{k}", "Tycoons QX Varnell and Bo Hirst own 29%. Mr Varnell said no.", {"QX Varnell": "ORG"})
        for k in range(3)
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "QX Varnell")[2] for a in arts} == {"PERSON"}
    # a run-on span of two names, or a body and a person, takes no such vote
    pair = tables(article("p", "Blair and Brown met. Mr Brown spoke.", {"Blair and Brown": "ORG"}))
    assert corpus_entity(identify(pair), "p", "Blair and Brown")[2] == "ORG"


def test_irregular_people_words_and_religions_are_nationality_words_but_not_in_a_longer_name():
    arts = [
        article(f"s{k}", "The struggling Scots lost. Islam was debated.", {"Scots": "ORG", "Islam": "ORG"})
        for k in range(3)
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, x)[2] for a in arts for x in ("Scots", "Islam")} == {"NORP"}
    # "[[Swiss]] Re": the word stands for the longer name there, whose type its own shape does not decide
    firm = [
        article("r1", "Swiss Re said profits rose. Swiss Re shares fell.", {"Swiss Re": "ORG"}, "business"),
        article("r2", "Shares in Swiss Re fell; Swiss Re said so.", {"Swiss": "NORP"}, "business"),
    ]
    t = identify(tables(*firm))
    assert corpus_entity(t, "r1", "Swiss Re")[2] == "ORG" and corpus_entity(t, "r2", "Swiss")[2] == "ORG"


def test_class_nouns_of_things_include_indexes_media_and_machines():
    from analysis.corpus.identity.learned import class_nouns

    kinds = class_nouns()
    assert {kinds[w] for w in ("index", "tapes", "screens", "machines", "platform")} == {"OTHER"}
    assert "drug" not in kinds  # "the drug maker Pfizer": a firm's word as much as a thing's


def test_services_technologies_and_features_named_before_their_noun_are_products():
    arts = [
        article("t1", "Broadcasters fear IPTX services. IPTX technology is new.", {"IPTX": "ORG"}, "tech"),
        article("t2", "The AutoLinx feature and the AutoLinx button upset firms.", {"AutoLinx": "ORG"}, "tech"),
        article("t3", "Zigbee-enabled phones arrive.", {"Zigbee": "ORG"}, "tech"),
    ]
    t = identify(tables(*arts))
    assert corpus_entity(t, "t1", "IPTX")[2] == "PRODUCT"
    assert corpus_entity(t, "t2", "AutoLinx")[2] == "PRODUCT"
    assert corpus_entity(t, "t3", "Zigbee")[2] == "PRODUCT"


def test_an_election_is_an_event_and_a_listed_party_with_a_modifier_an_organisation():
    from analysis.corpus.identity.names import head_label

    assert head_label("General Election") == "EVENT" and head_label("European Elections") == "EVENT"
    assert head_label("New Labour") == "ORG" and head_label("Scottish Conservatives") == "ORG"
    assert head_label("Labour MPs") is None and head_label("Bank of Labour") == "ORG"
    t = identify(
        tables(
            article(
                "p", "Before the General Election, New Labour spoke.", {"New Labour": "GPE", "General Election": "ORG"}
            )
        )
    )
    assert corpus_entity(t, "p", "New Labour")[2] == "ORG"
    assert corpus_entity(t, "p", "General Election")[2] == "EVENT"


def test_a_debut_named_after_its_maker_is_a_work():
    arts = [
        article("f1", "Braff won for his debut Garden Statez.", {"Garden Statez": "GPE"}, "film"),
        article("f2", "Garden Statez did well.", {"Garden Statez": "GPE"}, "film"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Garden Statez")[2] for a in arts} == {"WORK_OF_ART"}


def test_a_name_the_model_cut_after_a_word_joins_the_longer_name_it_was_cut_from():
    t = identify(
        tables(
            article("s1", "Real Zorbid won at home, and Real Zorbid fans sang.", {"Zorbid": "GPE"}, "sport"),
            article("s2", "Real Zorbid signed a striker.", {"Real Zorbid": "ORG"}, "sport"),
            article("s3", "The indoor games in Zorbid open today.", {"Zorbid": "GPE"}, "sport"),
            # not when one mention stands alone: that article may mean the city
            article("s4", "Real Zorbid lost; Zorbid was wet.", {"Zorbid": "GPE"}, "sport"),
        )
    )
    club, city = corpus_entity(t, "s2", "Real Zorbid"), corpus_entity(t, "s3", "Zorbid")
    assert corpus_entity(t, "s1", "Zorbid") == club and club[0] != city[0]
    assert corpus_entity(t, "s4", "Zorbid")[0] != club[0]


def test_a_one_word_acronym_is_no_person():
    arts = [
        article("a1", "Phones with ZQRS technology are selling.", {"ZQRS": "PERSON"}, "tech"),
        article("a2", "ZQRS is slow, and ZQRS costs a lot.", {"ZQRS": "PERSON"}, "tech"),
        article("a3", "Few people use ZQRS today.", {"ZQRS": "PERSON"}, "tech"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "ZQRS")[2] for a in arts} == {"PRODUCT"}


def test_a_name_ending_with_a_country_is_no_person():
    t = identify(
        tables(article("c", "The pilot worked, so Vexacom Austria is to expand.", {"Vexacom Austria": "PERSON"}))
    )
    assert corpus_entity(t, "c", "Vexacom Austria")[2] == "ORG"
    # a given name first is a person named after a place
    t = identify(tables(article("d", "Michael Jordan said he was happy.", {"Michael Jordan": "PERSON"})))
    assert corpus_entity(t, "d", "Michael Jordan")[2] == "PERSON"


def test_a_facility_named_before_its_kind_is_a_facility():
    arts = [
        article("f1", "Tests were run at Heathrow and Gatwix airports.", {"Gatwix": "PERSON", "Heathrow": "FAC"}),
        article("f2", "At Heathrow, Gatwix, Leeds and Luton airports, staff waited.", {"Gatwix": "PERSON"}),
        article("f3", "Flights from Gatwix were late.", {"Gatwix": "PERSON"}),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Gatwix")[2] for a in arts} == {"FAC"}


def test_a_firm_in_a_list_after_its_kind_and_a_unit_named_after_its_kind_are_organisations():
    arts = [
        article("o1", "Small firms such as Blinkz, Copernic and X1 offer search.", {"Blinkz": "GPE"}, "tech"),
        article("o2", "New entrants such as Amazon and Blinkz compete.", {"Blinkz": "GPE"}, "tech"),
        article("o3", "Blinkz grew fast.", {"Blinkz": "GPE"}, "tech"),
        article("y1", "It sold its main production arm, Yugansq, in December.", {"Yugansq": "GPE"}, "business"),
        article("y2", "The Yugansq unit was sold; Yugansq pumps oil.", {"Yugansq": "GPE"}, "business"),
        article("y3", "Yugansq was auctioned.", {"Yugansq": "GPE"}, "business"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Blinkz")[2] for a in arts[:3]} == {"ORG"}
    assert {corpus_entity(t, a.id, "Yugansq")[2] for a in arts[3:]} == {"ORG"}


def test_a_competition_by_its_stages_and_by_being_won_is_an_event():
    arts = [
        article("e1", "They won the Zorbo League. The Zorbo League quarter-final is next.", {"Zorbo League": "ORG"}),
        article("e2", "He wants to play in the Zorbo League this season.", {"Zorbo League": "ORG"}),
        article("e3", "The Zorbo League group stage starts; Zorbo League fans wait.", {"Zorbo League": "ORG"}),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Zorbo League")[2] for a in arts} == {"EVENT"}
    # "won the X seat": the name does not end its noun phrase there
    votes = identity.cue_votes(tables(article("p", "Labour won the Zorbian seat.", {"Zorbian": "NORP"})))
    assert votes[("p", "Zorbian")]["EVENT"] == 0


def test_a_programme_in_a_list_of_programmes_and_by_its_cast_is_a_work():
    arts = [
        article("w1", "Viewers can download programmes such as Eastzone and Top Gear.", {"Eastzone": "ORG"}),
        article(
            "w2", "Former Eastzone actress Jo Bloggs joined. The storyline of Eastzone moved.", {"Eastzone": "ORG"}
        ),
        article("w3", "The debut of US television hit Eastzone lifted ratings.", {"Eastzone": "ORG"}),
        article("w4", "Eastzone won again.", {"Eastzone": "ORG"}),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Eastzone")[2] for a in arts} == {"WORK_OF_ART"}
    # a nationality before "actor" says where the actor comes from
    votes = identity.cue_votes(tables(article("n", "The Zorbian actor said so.", {"Zorbian": "NORP"})))
    assert votes[("n", "Zorbian")]["WORK_OF_ART"] == 0


def _script(name: str):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_script", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_the_common_word_list_is_the_data_file_made_by_its_script():
    from analysis.corpus.identity.names import COMMON_WORDS, common_words

    assert COMMON_WORDS.read_text("utf-8") == _script("common_words").build()  # TextBlob is a default dependency
    assert {"internet", "explorer", "snow", "patrol"} <= common_words() and "gordon" not in common_words()


def test_a_name_made_of_common_words_is_no_person_unless_its_words_say_so():
    arts = [
        article("k1", "Copper Kettle will tour. The tickets for Copper Kettle sold out.", {"Copper Kettle": "PERSON"}),
        article("k2", "Copper Kettle played in Leeds.", {"Copper Kettle": "PERSON"}),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Copper Kettle")[2] for a in arts} == {"ORG"}
    # a person named with common words keeps their person's evidence; a title first is a person
    t = identify(
        tables(
            article("j", "Joss Stone said she was happy. Joss Stone said she would sing.", {"Joss Stone": "PERSON"}),
            article("b", "Baroness Greenfield spoke.", {"Baroness Greenfield": "PERSON"}),
        )
    )
    assert corpus_entity(t, "j", "Joss Stone")[2] == "PERSON"
    assert corpus_entity(t, "b", "Baroness Greenfield")[2] == "PERSON"


def test_a_capital_a_before_a_name_in_a_team_sheet_is_an_initial_not_an_article():
    text = "Italy: R de Marigny; M Bergamasco, A Zanetto, L Nitoglia; L Orquera, A Zanetto."
    votes = identity.cue_votes(tables(article("s", text, {"Zanetto": "PERSON"}, "sport")))
    # no thing someone has; since 13-ae an initial in a list that goes on is a person's (test_identity_squads.py)
    assert votes[("s", "Zanetto")].get("PRODUCT", 0) == 0 and votes[("s", "Zanetto")].get("PERSON", 0) > 0
    # a lower-case "a" still is: "bought a Zunebox."
    votes = identity.cue_votes(tables(article("t", "He bought a Zunebox.", {"Zunebox": "ORG"}, "tech")))
    assert votes[("t", "Zunebox")]["PRODUCT"] > 0


def test_a_language_name_is_a_nationality_word():
    arts = [
        article("w1", "The Welsh were beaten. The Welsh coach was calm.", {"Welsh": "PERSON"}, "sport"),
        article("w2", "Welsh fans sang.", {"Welsh": "ORG"}, "sport"),
    ]
    t = identify(tables(*arts))
    assert {corpus_entity(t, a.id, "Welsh")[2] for a in arts} == {"NORP"}


def test_a_surname_that_is_a_city_beside_its_person_makes_no_place_of_the_person(monkeypatch):
    from analysis.corpus.identity import join

    monkeypatch.setattr(join, "city_keys", lambda: frozenset({"hagenby"}))

    def beside(aid: str, text: str, alone: str) -> Article:
        """The person's full name, and the surname alone (at ``alone``) tagged a place by the model."""
        art = article(aid, text, {"William Hagenby": "PERSON"}, "politics")
        start = text.index(alone)
        art.mentions.append(Mention(start, start + 7, "Hagenby", "GPE", "Hagenby"))
        art.entities.append(Entity("Hagenby", "GPE", 1, ["Hagenby"]))
        return art

    arts = [
        beside("b", "William Hagenby arrived; Hagenby spoke.", "Hagenby spoke"),
        beside("e", "William Hagenby left; the Hagenby council met.", "Hagenby council"),
        article("a", "William Hagenby said he would stay.", {"William Hagenby": "PERSON"}, "politics"),
    ]
    t = identify(tables(*arts))
    person = corpus_entity(t, "a", "William Hagenby")
    assert person[2] == "PERSON" and corpus_entity(t, "b", "Hagenby") == person


def test_a_facility_head_word_after_a_given_name_is_a_surname():
    t = identify(tables(article("f", "Wayne Bridge signed a new deal.", {"Wayne Bridge": "PERSON"}, "sport")))
    assert corpus_entity(t, "f", "Wayne Bridge")[2] == "PERSON"


def test_a_persons_version_or_successor_is_no_product_vote():
    text = "He will become the successor to Zedwick. Zedwick's version of the film was shelved."
    votes = identity.cue_votes(tables(article("p", text, {"Zedwick": "PERSON"}, "film")))
    assert votes[("p", "Zedwick")].get("PRODUCT", 0) == 0
    votes = identity.cue_votes(tables(article("q", "The Zunebox version sold well.", {"Zunebox": "ORG"}, "tech")))
    assert votes[("q", "Zunebox")]["PRODUCT"] > 0


def test_a_firm_is_no_part_of_a_persons_name_the_model_misread():
    arts = [
        article("f1", "Shares in Fordex rose. Fordex said its sales rose.", {"Fordex": "ORG"}, "business"),
        # the model's ORG and "the" before it (a misparse: "the Bill Fordex era") leave it no person
        article("f2", "In the Bill Fordex era, the Bill Fordex plan failed.", {"Bill Fordex": "ORG"}, "business"),
    ]
    t = identify(tables(*arts))
    assert corpus_entity(t, "f1", "Fordex")[0] != corpus_entity(t, "f2", "Bill Fordex")[0]


def test_a_name_the_model_cut_before_its_last_word_is_the_longer_name():
    # "[[Fexon]] Instruments" (the model cut the firm's name) is the firm; "in Fexon" is the state
    t = identify(
        tables(
            article("t1", "Fexon Instruments said its profits rose.", {"Fexon Instruments": "ORG"}, "tech"),
            article("t2", "Chips from Fexon Instruments sold well. Fexon Instruments grew.", {"Fexon": "GPE"}, "tech"),
            article("t3", "Voters in Fexon went to the polls. Fexon is large.", {"Fexon": "GPE"}, "politics"),
        )
    )
    firm = corpus_entity(t, "t1", "Fexon Instruments")
    assert corpus_entity(t, "t2", "Fexon") == firm and firm[1] == "Fexon Instruments" and firm[2] == "ORG"
    assert corpus_entity(t, "t3", "Fexon")[0] != firm[0]


def test_a_cut_adjective_casts_no_model_vote_for_the_longer_name():
    # the model tags the cut "Grampish" (of "Grampish Executive") NORP in three articles: that label is
    # the adjective's, so the body keeps its own label and its name
    cut = "The Grampish Executive has insisted it acted. A Grampish Executive report followed."
    t = identify(
        tables(
            article("p1", "The Grampish Executive said so.", {"Grampish Executive": "ORG"}, "politics"),
            *(article(f"p{n}", cut, {"Grampish": "NORP"}, "politics") for n in (2, 3, 4)),
        )
    )
    body = corpus_entity(t, "p1", "Grampish Executive")
    assert body[1:] == ("Grampish Executive", "ORG")
    assert all(corpus_entity(t, f"p{n}", "Grampish") == body for n in (2, 3, 4))


def test_a_broadcasters_programme_is_a_work_and_its_presenters_stay_people():
    # "BBC One's Dawnshow with Frost": the model cut the programme's name and called it a place
    told = "She told BBC One's Dawnshow with Frost programme: yes. Mr Kell told the BBC's Nick Robinson he agreed."
    t = identify(
        tables(
            article("p1", "On Dawnshow With Frost, he spoke.", {"Dawnshow With Frost": "ORG"}, "politics"),
            *(article(f"p{n}", told, {"Dawnshow": "LOC", "Nick Robinson": "PERSON"}, "politics") for n in (2, 3)),
        )
    )
    show = corpus_entity(t, "p2", "Dawnshow")
    assert show == corpus_entity(t, "p1", "Dawnshow With Frost") and show[1:] == ("Dawnshow With Frost", "WORK_OF_ART")
    assert corpus_entity(t, "p2", "Nick Robinson")[2] == "PERSON"


def test_the_given_name_list_is_the_data_file_made_by_its_script():
    from analysis.corpus.identity.names import GIVEN_NAMES, given_names

    assert GIVEN_NAMES.read_text("utf-8") == _script("given_names").build()  # nomquamgender is a default dependency
    names = given_names()
    assert {"clint", "denzel", "gareth", "gordon"} <= names  # short forms counted for >= 10,000 people
    assert not {"rob", "france", "houston"} & names  # a common word, a country, a city


def test_a_short_given_name_makes_a_two_word_name_a_person():
    # "Denzel" (counted for some 12,700 people) before a surname: a person, though the model said ORG
    t = identify(tables(article("e1", "Denzel Quorble arrived in town on Monday.", {"Denzel Quorble": "ORG"})))
    assert corpus_entity(t, "e1", "Denzel Quorble")[2] == "PERSON"


def test_one_town_name_for_a_rugby_and_a_football_club_is_two_clubs():
    rugby = "The Fenwick flanker scored a try and Fenwick won the scrum battle in the rugby match."
    football = "Fenwick striker Joe Bloggs scored two goals and Fenwick fans cheered the football team."
    t = identify(
        tables(
            *(article(f"r{n}", rugby, {"Fenwick": "ORG"}, "sport") for n in (1, 2)),
            *(article(f"f{n}", football, {"Fenwick": "ORG"}, "sport") for n in (1, 2)),
            article("x", "Fenwick lost again on Saturday.", {"Fenwick": "ORG"}, "sport"),
        )
    )
    rugby_club, football_club = corpus_entity(t, "r1", "Fenwick"), corpus_entity(t, "f1", "Fenwick")
    assert corpus_entity(t, "r2", "Fenwick") == rugby_club and corpus_entity(t, "f2", "Fenwick") == football_club
    assert rugby_club[0] != football_club[0] and rugby_club[2] == football_club[2] == "ORG"
    assert corpus_entity(t, "x", "Fenwick")[0] not in (rugby_club[0], football_club[0])  # which one: unsaid


def test_a_newspaper_quoted_in_one_rugby_and_one_football_article_stays_one():
    said = {
        "r": "The flanker told the Clarion newspaper the rugby side scored a try in the scrum.",
        "f": "The striker told the Clarion newspaper the football side scored two goals.",
    }
    t = identify(tables(*(article(k, v, {"Clarion": "ORG"}, "sport") for k, v in said.items())))
    assert corpus_entity(t, "r", "Clarion")[0] == corpus_entity(t, "f", "Clarion")[0]


def test_a_town_named_as_an_opponent_is_its_club():
    # "the derby with Wolverhampton", "a win over Wolverhampton": the club, though no club word stands beside it
    t = identify(
        tables(
            article("p1", "Jobs in Wolverhampton grew, the council said.", {"Wolverhampton": "GPE"}, "politics"),
            article("p2", "Voters in Wolverhampton went to the polls.", {"Wolverhampton": "GPE"}, "politics"),
            article("s1", "He spoke before Sunday's derby with Wolverhampton.", {"Wolverhampton": "GPE"}, "sport"),
            article("s2", "They earned a win over Wolverhampton at home.", {"Wolverhampton": "GPE"}, "sport"),
            article("s3", "Wolverhampton boss Joe Bloggs was pleased.", {"Wolverhampton": "GPE"}, "sport"),
            article("s4", "Wolverhampton fans sang all afternoon.", {"Wolverhampton": "GPE"}, "sport"),
            article("s5", "She races in Wolverhampton on Friday.", {"Wolverhampton": "GPE"}, "sport"),  # the town
        )
    )
    town, club = corpus_entity(t, "p1", "Wolverhampton"), corpus_entity(t, "s3", "Wolverhampton")
    assert town[0] != club[0] and club[2] == "ORG"
    assert corpus_entity(t, "s1", "Wolverhampton") == club == corpus_entity(t, "s2", "Wolverhampton")
    assert corpus_entity(t, "s5", "Wolverhampton") == town


def test_a_bill_or_act_is_a_law_even_with_an_of_in_its_name():
    t = identify(
        tables(
            *(
                article(
                    f"p{n}",
                    "MPs voted for the Prevention of Fraud Bill on Monday.",
                    {"Prevention of Fraud Bill": "ORG"},
                )
                for n in (1, 2)
            ),
            article("p3", "The Data Safety Act came into force.", {"Data Safety Act": "ORG"}),
        )
    )
    assert corpus_entity(t, "p1", "Prevention of Fraud Bill")[2] == "LAW"
    assert corpus_entity(t, "p3", "Data Safety Act")[2] == "LAW"


def test_a_plug_named_before_its_ports_is_a_product():
    text = "It comes with QLink ports and a QLink memory card slot."
    t = identify(tables(*(article(f"t{n}", text, {"QLink": "ORG"}, "tech") for n in (1, 2, 3))))
    assert corpus_entity(t, "t1", "QLink")[2] == "PRODUCT"


def test_a_group_named_before_its_ministers_or_members_is_an_organisation_not_an_adjective():
    text = "The Q9 finance ministers met. Q9 countries agreed, as did Nordish countries."
    t = identify(tables(*(article(f"b{n}", text, {"Q9": "GPE", "Nordish": "NORP"}, "business") for n in (1, 2))))
    assert corpus_entity(t, "b1", "Q9")[2] == "ORG" and corpus_entity(t, "b1", "Nordish")[2] == "NORP"


def test_a_towns_club_is_an_organisation_and_a_football_report_names_the_club():
    # the model says GPE everywhere; the opponent words show the club, and a football report that says
    # nothing else about the name ("Valencia scored two goals") names the club too, not the city
    t = identify(
        tables(
            article("p1", "Jobs in Valencia grew, the council said.", {"Valencia": "GPE"}, "politics"),
            article("s1", "They earned a win over Valencia at home.", {"Valencia": "GPE"}, "sport"),
            article("s2", "He spoke before Sunday's derby with Valencia.", {"Valencia": "GPE"}, "sport"),
            article(
                "s3", "Valencia scored two goals past the keeper in a football thriller.", {"Valencia": "GPE"}, "sport"
            ),  # noqa: E501
            article("s4", "She races in Valencia on Friday.", {"Valencia": "GPE"}, "sport"),  # the town
        )
    )
    town, club = corpus_entity(t, "p1", "Valencia"), corpus_entity(t, "s1", "Valencia")
    assert town[0] != club[0] and town[2] == "GPE" and club[2] == "ORG"
    assert corpus_entity(t, "s2", "Valencia") == club == corpus_entity(t, "s3", "Valencia")
    assert corpus_entity(t, "s4", "Valencia") == town


def test_a_given_name_counts_once_for_the_name_not_once_per_article():
    # a firm named like a person ("Merrill Lynch") that the model calls an organisation in six articles
    # stays one; a person the model mistypes as often, but whose articles call by surname alone, is one
    firm = "Clara Vantongeren reported higher profits for the year."
    person = "Lynda Quorble won the race on Sunday. Quorble was delighted."
    # (the rules alone: the learned model, learned.py, reads six copies of one sentence "Clara
    # Vantongeren reported higher profits" as a person's, which a reader of that sentence alone might too)
    m = unit_map(
        tables(
            *(article(f"f{n}", firm, {"Clara Vantongeren": "ORG"}, "business") for n in range(6)),
            *(article(f"p{n}", person, {"Lynda Quorble": "ORG", "Quorble": "PERSON"}, "sport") for n in range(6)),
        ),
        learned=False,
    )
    label = dict(zip(zip(m["article_id"], m["alias"], strict=True), m["label"], strict=True))
    assert label[("f0", "Clara Vantongeren")] == "ORG"
    assert label[("p0", "Lynda Quorble")] == "PERSON"


def test_a_players_position_before_a_name_says_person():
    said = "The selectors picked fly-half Zabdiel Ambrecourt again."
    t = identify(tables(*(article(f"r{n}", said, {"Zabdiel Ambrecourt": "ORG"}) for n in range(3))))
    assert corpus_entity(t, "r0", "Zabdiel Ambrecourt")[2] == "PERSON"


def test_an_actors_role_in_a_name_makes_it_a_work_but_not_a_directors_possessive():
    said = "Jo Bloggs won praise for her supporting role in Quiverly, and for his role in Sam Pettingale's film."
    t = identify(tables(*(article(f"e{n}", said, {"Quiverly": "GPE", "Sam Pettingale": "PERSON"}) for n in range(2))))
    assert corpus_entity(t, "e0", "Quiverly")[2] == "WORK_OF_ART"
    assert corpus_entity(t, "e0", "Sam Pettingale")[2] == "PERSON"


def test_a_firm_named_with_its_kind_after_it_is_an_organisation():
    t = identify(
        tables(
            article("b1", "Quarnix, India's third-biggest software firm, grew.", {"Quarnix": "GPE"}, "business"),
            article("b2", "The Zorbel car company cut jobs.", {"Zorbel": "FAC"}, "business"),
            # "X, the firm said": the firm is someone else, and X keeps what the model said
            article("b3", "Users of Plimsy, the firm said, doubled.", {"Plimsy": "PRODUCT"}, "tech"),
        )
    )
    assert corpus_entity(t, "b1", "Quarnix")[2] == corpus_entity(t, "b2", "Zorbel")[2] == "ORG"
    assert corpus_entity(t, "b3", "Plimsy")[2] == "PRODUCT"


def test_a_name_in_a_list_of_three_or_more_of_one_kind_takes_that_kind():
    # the model calls "Zarnov" a person; its neighbours in the list are organisations
    listed = "Shares in Quibb, Zarnov and Tellerby all fell."
    t = identify(
        tables(
            article("a", listed, {"Quibb": "ORG", "Zarnov": "PERSON", "Tellerby": "ORG"}, "business"),
            *(article(f"q{n}", "Quibb cut jobs.", {"Quibb": "ORG"}, "business") for n in range(2)),
            *(article(f"t{n}", "Tellerby cut jobs.", {"Tellerby": "ORG"}, "business") for n in range(2)),
        )
    )
    assert corpus_entity(t, "a", "Zarnov")[2] == "ORG"
    # two names side by side are no list: "Quibb and Zarnov" says nothing about Zarnov
    t = identify(tables(article("b", "Quibb and Zarnov met.", {"Quibb": "ORG", "Zarnov": "PERSON"}, "business")))
    assert corpus_entity(t, "b", "Zarnov")[2] == "PERSON"


def test_a_ground_named_by_what_happens_there_is_a_facility():
    said = "Fans packed the Six Nations clash at Quenbury, and the testimonial at Quenbury sold out."
    t = identify(tables(*(article(f"s{n}", said, {"Quenbury": "ORG"}, "sport") for n in range(3))))
    assert corpus_entity(t, "s0", "Quenbury")[2] == "FAC"


def test_a_films_director_named_after_it_makes_it_a_work_not_a_director_general():
    t = identify(
        tables(
            *(
                article(f"e{n}", "Quagmire Tales director Sam Pettingale signed up.", {"Quagmire Tales": "ORG"})
                for n in range(2)
            ),
            *(article(f"d{n}", "Zentel director general Jo Bloggs quit.", {"Zentel": "ORG"}) for n in range(2)),
        )
    )
    assert corpus_entity(t, "e0", "Quagmire Tales")[2] == "WORK_OF_ART"
    assert corpus_entity(t, "d0", "Zentel")[2] == "ORG"


def test_a_ground_or_hall_named_by_its_kind_is_a_facility():
    t = identify(tables(article("s1", "Fans left Blandford Park early.", {"Blandford Park": "ORG"}, "sport")))
    assert corpus_entity(t, "s1", "Blandford Park")[2] == "FAC"


def test_a_firm_or_gallery_named_by_its_kind_is_an_organisation_though_it_starts_with_a_given_name():
    t = identify(
        tables(
            article("b1", "Shares held by Denzel Capital rose.", {"Denzel Capital": "PERSON"}, "business"),
            article("e1", "A show opened at the Clara Gallery.", {"Clara Gallery": "PERSON"}, "entertainment"),
        )
    )
    assert corpus_entity(t, "b1", "Denzel Capital")[2] == corpus_entity(t, "e1", "Clara Gallery")[2] == "ORG"


def test_a_name_in_a_squad_list_with_its_club_is_a_person_but_a_body_with_its_acronym_is_not():
    squad = "Backs: Jolt Ambrecourt (Castres), Pim Vrool (Biarritz); the Wider Fund for Kids (Wfk), said."
    names = {"Jolt Ambrecourt": "ORG", "Pim Vrool": "ORG", "Wider Fund for Kids": "ORG"}
    t = identify(tables(*(article(f"s{n}", squad, names, "sport") for n in range(2))))
    assert corpus_entity(t, "s0", "Jolt Ambrecourt")[2] == corpus_entity(t, "s0", "Pim Vrool")[2] == "PERSON"
    assert corpus_entity(t, "s0", "Wider Fund for Kids")[2] == "ORG"


def test_the_class_nouns_are_read_from_the_data_file_with_their_plurals():
    from analysis.corpus.identity.learned import _kind, class_nouns

    kinds = class_nouns()
    assert kinds["worm"] == "OTHER" and kinds["band"] == "ORG" and kinds["stadium"] == "PLACE"
    assert _kind("robots", kinds) == "OTHER" and _kind("Bands", kinds) == "ORG" and _kind("said", kinds) is None


def test_the_words_around_every_mention_are_counted_class_nouns_and_owners_too():
    from analysis.corpus.identity.learned import context_counts

    text = "The Zorbix worm spread fast. Sony's Qrio danced. Experts said Zorbix was new."
    t = tables(article("a", text, {"Zorbix": "ORG", "Sony": "ORG", "Qrio": "PERSON"}))
    c = context_counts(t)
    z, q = c[("a", "Zorbix")], c[("a", "Qrio")]
    assert z["#"] == 2 and z["a1=worm"] == 1 and z["ak=OTHER"] == 1 and z["b1=said"] == 1
    assert z["bk=PERSON"] == 0  # "Experts said": no class noun before it in its sentence
    assert q["of=ORG"] == 1 and c[("a", "Sony")]["owns=PERSON"] == 1
    # the previous sentence's words are no class noun of the next name ("... worm spread fast. Sony's")
    assert c[("a", "Sony")]["bk=OTHER"] == 0


def test_the_learned_model_changes_a_type_only_when_confident_and_never_a_merge():
    from analysis.corpus.identity.learned import TypeModel

    # a hand-made model: a product class noun after the name says OTHER strongly
    tm = TypeModel(
        {
            "classes": ["PERSON", "ORG", "PLACE", "NORP", "OTHER"],
            "bias": [0.0, 0.5, 0.0, 0.0, 0.0],
            "weights": {"ak=OTHER": [0.0, 0.0, 0.0, 0.0, 6.0]},
            "threshold": 0.6,
        }
    )
    arts = [
        # (a class noun no cue word of the rules reads: "worm" after a name is one since 13-q)
        article("a", "The Zorbix handheld hit shops in Britain.", {"Zorbix": "ORG", "Britain": "GPE"}),
        article("b", "Zorbix spread. The Zorbix handheld is new. Zorbix hit banks. Zorbix is gone.", {"Zorbix": "ORG"}),
        article("c", "Acme said it would grow.", {"Acme": "ORG"}),
    ]
    plain, learned = unit_map(tables(*arts), learned=False), unit_map(tables(*arts), learned=tm)

    # the same units together (an entity's id hashes its label, so the ids may differ)
    def groups(m):
        return sorted(sorted(zip(g["article_id"], g["alias"], strict=True)) for _, g in m.groupby("entity_id"))

    assert groups(plain) == groups(learned)
    label = dict(zip(learned["alias"], learned["label"], strict=True))
    assert dict(zip(plain["alias"], plain["label"], strict=True))["Zorbix"] == "ORG"
    assert label["Zorbix"] == "PRODUCT"  # the evidence names no finer type: a product
    assert label["Acme"] == "ORG"  # one mention: too few for the model, the rules' type stays
    assert label["Britain"] == "GPE"  # a listed country keeps the data's type
    # a hand edit's label wins over the model
    edited = unit_map(tables(*arts), [Override("label", ("Zorbix",), label="ORG")], learned=tm)
    assert set(edited.loc[edited["alias"] == "Zorbix", "label"]) == {"ORG"}


def test_the_learned_model_changes_a_type_when_it_finds_it_more_likely_than_all_others_together():
    from collections import Counter

    from analysis.corpus.identity.learned import TypeModel, type_model

    def model(threshold: float) -> TypeModel:
        # no bias; one feature that makes OTHER 0.55 likely (e^1.6 / (4 + e^1.6))
        return TypeModel(
            {
                "classes": ["PERSON", "ORG", "PLACE", "NORP", "OTHER"],
                "bias": [0.0, 0.0, 0.0, 0.0, 0.0],
                "weights": {"ak=OTHER": [0.0, 0.0, 0.0, 0.0, 1.6]},
                "threshold": threshold,
            }
        )

    feats = {"ak=OTHER": 1.0, "log_mentions": 1.0}
    assert 0.5 < model(0.5).proba(feats)["OTHER"] < 0.6
    # the rules' ORG rests on the model's labels ("the Aviator", a film the tagger calls an organisation
    # in every article): a majority of the probability is enough to change it
    assert model(0.5).relabel("ORG", feats, Counter({"ORG": 15}), Counter()) == "PRODUCT"
    assert model(0.6).relabel("ORG", feats, Counter({"ORG": 15}), Counter()) == "ORG"
    # a plurality short of a majority changes nothing
    weak = {"ak=OTHER": 0.5, "log_mentions": 1.0}
    assert model(0.5).proba(weak)["OTHER"] < 0.5
    assert model(0.5).relabel("ORG", weak, Counter({"ORG": 15}), Counter()) == "ORG"
    shipped = type_model()
    assert shipped is not None and shipped.threshold == 0.5


def test_a_name_mostly_after_at_in_football_reports_is_a_ground_and_a_club_stays_a_club():
    # "at Anfield": the tagger's ORG (or PERSON) for a ground; the club beside it is named in many ways
    ground = [
        article(
            f"g{n}",
            "The striker scored two goals at Blorfield on Saturday. The keeper said Blorfield was loud. "
            "Rovers won at Blorfield again and the defender kept the ball at Blorfield. Zorb FC lost the "
            "match. Zorb FC striker Bob Jones said the goal was offside. Zorb FC have a new keeper.",
            {"Blorfield": "ORG", "Zorb FC": "ORG"},
            topic="sport",
        )
        for n in range(2)
    ]
    # the same words in reports of no football or rugby: an office or a bank ("an analyst at UBS")
    office = [
        article(
            f"o{n}",
            "The analyst at Plimco said prices rose. Plimco shares fell. The economist at Plimco agreed. "
            "Staff at Plimco were told.",
            {"Plimco": "ORG"},
            topic="business",
        )
        for n in range(2)
    ]
    m = unit_map(tables(*ground, *office))
    label = dict(zip(m["alias"], m["label"], strict=True))
    assert label["Blorfield"] == "FAC"
    assert label["Zorb FC"] == "ORG"
    assert label["Plimco"] == "ORG"
    # the rules alone say it too (the words around its mentions are read without the learned model)
    assert (
        dict(zip(*(unit_map(tables(*ground), learned=False)[c] for c in ("alias", "label")), strict=True))["Blorfield"]
        == "FAC"
    )


def test_an_acronym_spelt_out_only_in_lower_case_is_a_thing_not_an_organisation():
    from analysis.corpus.identity.name_shape import concept_acronyms

    texts = [
        "Firms use information and communication technology (ICT) more.",
        "The International Monetary Fund (IMF) said so.",
        "The producer price index (PPI) rose. The Pensions Policy Institute (PPI) disagreed.",
        "Shares rose (ABC) today.",
    ]
    assert concept_acronyms(texts, {"ICT", "IMF", "PPI", "ABC"}) == {"ICT"}
    arts = [
        article("a", "Schools spend on zappy quantum kit (ZQK). ZQK costs money. ZQK is slow.", {"ZQK": "ORG"}),
        article("b", "ZQK use grew. Pupils like ZQK. ZQK helps.", {"ZQK": "ORG"}),
        article("c", "The Zorb Quality Kommission (ZQC) met. ZQC said no. ZQC will meet.", {"ZQC": "ORG"}),
    ]
    label = dict(zip(*(unit_map(tables(*arts))[c] for c in ("alias", "label")), strict=True))
    assert label["ZQK"] == "PRODUCT" and label["ZQC"] == "ORG"


def test_the_shipped_type_model_loads_and_features_come_out_for_training():
    from analysis.corpus.identity.learned import type_model

    tm = type_model()
    assert tm is not None and tm.classes == ["PERSON", "ORG", "PLACE", "NORP", "OTHER"]
    assert 0.5 <= tm.threshold < 1 and len(tm.weights) > 100
    feats: dict = {}
    unit_map(
        tables(article("a", "The band Zorbix played. Zorbix toured.", {"Zorbix": "ORG"})),
        learned=False,
        features_out=feats,
    )
    ((f, rule, idx),) = feats.values()
    assert (
        rule == "ORG"
        and idx == [0]
        and f["bk=ORG"] == pytest.approx(0.5**0.5)
        and f["m=ORG"] == 1.0
        and f["n:len=1"] == 1.0
    )


def test_a_countrys_people_word_is_a_nationality_word():
    from analysis.corpus.identity.names import demonym_keys

    d = demonym_keys()
    assert {"sri lankan", "south korean", "kenyans", "chilean", "pakistani", "japanese", "italian"} <= d
    assert "kenya" not in d and "jordan" not in d  # countries' own names are no people's word
    t = identify(
        tables(
            article("a", "The Sri Lankan government asked for aid.", {"Sri Lankan": "GPE"}),
            article("b", "Sri Lankan officials said the Sri Lankan coast was hit.", {"Sri Lankan": "GPE"}),
        )
    )
    assert corpus_entity(t, "a", "Sri Lankan")[2] == "NORP"


def test_a_short_name_that_several_longer_names_of_its_topic_end_with_joins_none():
    sport = [
        article(f"m{n}", "Manchester United won again at home.", {"Manchester United": "ORG"}, "sport")
        for n in range(3)
    ]
    sport += [
        article(f"d{n}", "Dundee United lost at home again.", {"Dundee United": "ORG"}, "sport") for n in range(3)
    ]
    sport += [
        article("u1", "United were beaten. United must improve.", {"United": "ORG"}, "sport"),
        article("u2", "United won. United are top.", {"United": "ORG"}, "sport"),
    ]
    # a name of its own that longer names also end with stays one entity ("Parliament")
    politics = [article(f"p{n}", "Parliament voted on the bill.", {"Parliament": "ORG"}, "politics") for n in range(4)]
    politics += [
        article("e", "The European Parliament met.", {"European Parliament": "ORG"}, "politics"),
        article("e2", "The European Parliament voted.", {"European Parliament": "ORG"}, "politics"),
        article("s", "The Scottish Parliament met.", {"Scottish Parliament": "ORG"}, "politics"),
        article("s2", "The Scottish Parliament voted.", {"Scottish Parliament": "ORG"}, "politics"),
    ]
    t = identify(tables(*sport, *politics))
    u1, u2 = corpus_entity(t, "u1", "United"), corpus_entity(t, "u2", "United")
    assert u1[0] != u2[0]  # which United is not clear: a missed merge rather than a wrong one
    assert u1[0] != corpus_entity(t, "m0", "Manchester United")[0]
    note = t.entities.loc[t.entities["article_id"] == "u1", "identity_note"].iat[0]
    assert note.startswith("short name, not joined") and "Dundee United" in note and "Manchester United" in note
    assert len({corpus_entity(t, f"p{n}", "Parliament")[0] for n in range(4)}) == 1


def test_a_show_fair_or_convention_head_word_says_event():
    from analysis.corpus.identity.names import head_label

    assert head_label("Consumer Electronics Show") == "EVENT"
    assert head_label("Frankfurt Book Fair") == "EVENT"
    assert head_label("Democratic National Convention") == "EVENT"


def test_a_british_county_the_model_calls_an_organisation_is_a_place_unless_its_words_say_club():
    from analysis.corpus.identity.names import county_keys

    assert {"devon", "powys", "aberdeenshire", "isle of wight"} <= county_keys()
    assert "leicester" not in county_keys()  # a city's name (cities.txt) goes the city's way
    places = identify(
        tables(
            article("a", "Floods hit Devon and the roads of Devon were shut.", {"Devon": "ORG"}),
            article("b", "Devon has a new plan for the coast.", {"Devon": "ORG"}),
            article("c", "Schools in Devon will close.", {"Devon": "PERSON"}),
        )
    )
    assert set(places.entities["label"]) == {"GPE"}
    club = identify(
        tables(
            article("a", "Lancashire striker Smith scored. Lancashire fans cheered.", {"Lancashire": "ORG"}),
            article("b", "Lancashire won 2-1, and Lancashire manager Jones was happy.", {"Lancashire": "ORG"}),
        )
    )
    assert set(club.entities["label"]) == {"ORG"}  # its cue words outweigh the one vote per article
