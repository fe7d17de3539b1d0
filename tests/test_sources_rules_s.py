"""Who speaks, seventeenth round (issue 11s). Patterns seen in the misses of fresh14, fresh15 and (after
its blind score) fresh16: a party's portfolio spokesman is a frontbencher; an apposition no group fits
gives way to a title at the same name that one does; a kin description says whose relative a person is,
not what they do; a lead's description with a definite body's possessive ("The US stock market
watchdog's chairman") stands for the person named next. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


def test_a_partys_portfolio_spokesman_is_a_politician():
    assert role_group("Conservative local government spokesman") == "politician"
    assert role_group("Plaid Cymru's local government spokesman") == "politician"
    assert role_group("Tory health spokeswoman") == "politician"


def test_a_party_spokesman_with_no_portfolio_stays_the_partys_staff():
    # guards: a press officer, a party's or a government's spokesman, as before
    assert role_group("A Liberal Democrat spokesman") == "government official or spokesperson"
    assert role_group("Labour press spokesman") == "government official or spokesperson"
    assert role_group("Democratic Party spokesman") == "government official or spokesperson"
    assert role_group("government spokesman") == "government official or spokesperson"


def test_a_portfolio_spokesman_in_an_article():
    a = _article(
        "Councils will get more money next year, the minister said. "
        'Conservative local government spokesman Glyn Davies said: "This is taking spin to the very verge '
        'of deception." He added that a third of households faced higher bills.'
    )
    s = _speaker(a, "Glyn Davies")
    assert s.role == "Conservative local government spokesman"
    assert s.role_group == "politician"


def test_a_title_with_a_group_beats_an_apposition_with_none():
    a = _article(
        "The plans to change the law were attacked again on Monday. "
        "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans, said the "
        '"whole scheme" was wrong and would not work.'
    )
    s = _speaker(a, "Iain Duncan Smith")
    assert s.role == "Former Conservative leader"
    assert s.role_group == "politician"


def test_an_apposition_with_a_group_still_beats_a_title():
    # guard: the apposition says what the person is now
    a = _article(
        "The report was published on Tuesday. "
        'Former minister Jane Brown, a professor of law at Yale University, said it was "a disgrace".'
    )
    s = _speaker(a, "Jane Brown")
    assert s.role == "a professor of law at Yale University"
    assert s.role_group == "expert or academic"


def test_an_apposition_with_no_group_is_kept_when_no_title_has_one():
    a = _article(
        "The plans were attacked again on Monday. "
        'Iain Duncan Smith, one of the chief critics of the plans, said the "whole scheme" was wrong.'
    )
    s = _speaker(a, "Duncan Smith")
    assert s.role == "one of the chief critics of the plans"


def test_a_kin_description_leaves_a_known_politician_his_group():
    a = _article(
        "Michael Howard is to make a pitch for the ethnic vote on Monday. "
        'Mr Howard - himself the son of immigrants - will say: "People from ethnic communities still earn '
        'less than their white counterparts." He will also attack the government.'
    )
    s = _speaker(a, "Michael Howard")  # "Howard" until the body's first sentence was whole (thirty-ninth session)
    assert s.role_group == "politician"


def test_a_lead_description_with_a_definite_possessive_stands_for_the_person_named_next():
    a = _article(
        "The US stock market watchdog's chairman has said he is willing to soften tough new rules. "
        'In a speech in London, William Donaldson promised "several initiatives" to ease the burden on firms. '
        'Mr Donaldson said: "We will listen."'
    )
    s = _speaker(a, "William Donaldson")
    assert s.role == "The US stock market watchdog's chairman"
    assert s.role_group == "government official or spokesperson"


def test_a_body_named_for_what_it_campaigns_against_is_civil_society():
    assert role_group("League Against Cruel Sports", name=True) == "civil society, NGO, union"
    assert role_group("from the League Against Cruel Sports") == "civil society, NGO, union"
    assert role_group("Campaign Against Arms Trade spokesman") == "civil society, NGO, union"


def test_a_local_government_association_is_government():
    assert role_group("Welsh Local Government Association", name=True) == "government official or spokesperson"
    assert role_group("Local Government Association chairman") == "government official or spokesperson"


def test_a_film_studios_head_of_distribution_is_business_even_in_a_film_story():
    a = _article(
        "The thriller took $22m at the box office, beating the comedy that had led the charts for weeks. "
        "The film's director and its stars were nominated for awards, and the actors toured cinemas. "
        '"A real actor in a thriller certainly elevated it," said Bruce Snyder, president of domestic '
        "distribution at 20th Century Fox."
    )
    s = _speaker(a, "Bruce Snyder")
    assert s.role == "president of domestic distribution at 20th Century Fox"
    assert s.role_group == "business"


def test_a_film_maker_is_a_person():
    a = _article(
        "The final Star Wars movie may not be suitable for young children, film-maker George Lucas has said. "
        '"I don\'t think I would take a five-year-old to this," he told the programme.'
    )
    s = _speaker(a, "George Lucas")
    assert s.kind == "named person"
    assert s.gender == "male"


def test_the_biggest_producer_of_a_place_is_a_firm():
    a = _article(
        "Shares in UK Coal fell after the group reported deeper losses. "
        'The UK\'s biggest coal producer blamed geological problems and "operating flaws" at its mines.'
    )
    s = _speaker(a, "The UK's biggest coal producer")
    assert s.kind == "organisation"
    assert s.role_group == "business"


def test_a_films_producer_stays_a_person():
    # guard: no ranking, a person's trade
    a = _article('"We shot it in six weeks," said the film\'s producer, who asked not to be named.')
    assert all(s.kind != "organisation" for s in a.speakers)


def test_an_industry_is_a_group():
    a = _article('The record industry has said that piracy is falling. "We are winning," the industry said.')
    assert {s.kind for s in a.speakers} == {"country or group"}


def test_unnamed_media_are_anonymous():
    a = _article('"It is over," Russian media reported on Friday, quoting officials in Moscow.')
    s = _speaker(a, "Russian media")
    assert s.kind == "anonymous"
    assert s.role_group == "media"


def test_a_speaker_written_with_a_no_break_space_keeps_its_words():
    a = _article("Virtually all analysts\u00a0say that if Rubio can\u2019t win his home state, his campaign is over.")
    s = next(s for s in a.speakers if "analysts" in s.name)
    assert s.kind == "anonymous"
    assert s.role_group == "expert or academic"


def test_the_report_after_research_from_analysts_is_theirs():
    a = _article(
        "Mobile phones are still selling well, according to research from technology analysts Gartner. "
        "More than 674 million mobiles were sold last year, said the report."
    )
    s = _speaker(a, "the report")
    assert s.role_group == "expert or academic"


def test_an_indefinite_lead_description_stands_for_the_person_named_next():
    a = _article(
        "An artist critical of arts funding being brought under government control has denied comparing "
        "the idea with dictatorships.\n\n"
        "Shani Rhys James is worried that the arts council may be taken over. "
        'Ms James said: "Artists need freedom."',
        title="'Hitler' row over arts cash",
    )
    s = _speaker(a, "Rhys James")
    assert s.role is not None and s.role.startswith("An artist")
    assert s.role_group == "culture and sport"


def test_a_body_written_with_an_ampersand_and_its_initials():
    a = _article(
        "Farmers are at risk from falling prices, the UN's Food & Agriculture Organisation has warned. "
        'Subsidies "severely" distort the market, the FAO report said.',
        title="FAO warns on impact of subsidies",
    )
    s = _speaker(a, "the FAO report")
    assert s.role_group == "government official or spokesperson"


def test_a_record_labels_spokesman_is_business():
    assert role_group("Fiction Records spokesman") == "business"
    assert role_group("Criminal Records Bureau", name=True) == "government official or spokesperson"


def test_an_organisation_given_by_words_that_name_a_known_body_takes_its_group():
    a = _article(
        "Microsoft has launched a new search tool for the desktop. "
        'It faces competition from a rival in IBM, which said its own tool would be "far better".'
    )
    s = _speaker(a, "a rival in IBM")
    assert s.kind == "organisation"
    assert s.role_group == "business"


def test_the_source_after_a_party_source_is_the_partys():
    a = _article('A Labour source told the paper the plan was dead. "It is over," the source said.')
    s = _speaker(a, "the source")
    assert s.kind == "anonymous"
    assert s.role_group == "politician"


def test_a_bare_definite_description_with_no_earlier_one_stays_unknown():
    a = _article('"It is over," the source said on Monday.')
    s = _speaker(a, "the source")
    assert s.role_group == "unknown"


def test_a_role_after_was_that_the_tagger_took_for_a_proper_noun():
    a = _article(
        "Dame Alicia Markova, who has died in Bath aged 94, was the UK's first prima ballerina of the "
        'modern age. "I danced for joy," she once said.'
    )
    s = _speaker(a, "Alicia Markova")
    assert s.role == "the UK's first prima ballerina of the modern age"
    assert s.role_group == "culture and sport"
