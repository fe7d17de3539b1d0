"""The fifty-sixth session (read from the general news of fresh193-fresh207, 2016-17, checked against every
earlier label): people the entity tagger cut or ran into a body's name are people; "Taoiseach" is a word for one
person, not a body's bare name, wherever else the story uses it; "spokesman" alone gives a named person's gender;
Japan's chief cabinet secretary is a cabinet minister; a web page's share bar is no words of the story; a few
counted people or bodies ("All three band members", "The two firms") are an identified group; Irish parties and
their TDs are politicians."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from analysis.extract.sources.pairs import a_described_pair
from analysis.inputs.layout import share_bars
from analysis.records import Article
from tests.test_speakers import _speaker
from tests.test_speakers import _text_article as _article


def _entities(a: Article) -> dict[str, str]:
    return {e.name: e.label for e in a.entities}


def test_a_first_name_the_tagger_left_out_joins_the_surname():
    a = _article(
        "Ayyoub Salameh, director of culinary service at the St. Regis, says the hotel buys 600 kilograms of "
        'fish each day. "It is fresh," Salameh said.'
    )
    assert _entities(a).get("Ayyoub Salameh") == "PERSON"
    salameh = _speaker(a, "Ayyoub Salameh")
    assert salameh.kind == "named person"
    assert salameh.role == "director of culinary service at the St. Regis"
    assert (salameh.gender, salameh.gender_evidence) == ("male", ["first name"])


def test_a_name_closing_a_longer_organisation_is_a_person():
    a = _article(
        "Agreements can double the trade, President of Slovenia Borut Pahor told TASS in an interview on "
        'Wednesday. "Russia is a partner," Pahor said.'
    )
    assert _entities(a).get("Borut Pahor") == "PERSON"
    pahor = _speaker(a, "Borut Pahor")
    assert (pahor.kind, pahor.role, pahor.role_group) == ("named person", "President of Slovenia", "politician")


def test_a_person_of_a_body_is_the_person():
    a = _article('"This is a disaster for the region," said Meenakshi Ganguly of Human Rights Watch.')
    assert _entities(a).get("Meenakshi Ganguly") == "PERSON"
    assert _entities(a).get("Human Rights Watch") == "ORG"
    assert _speaker(a, "Meenakshi Ganguly").kind == "named person"
    # a surname alone only where the story names that person in full
    b = _article(
        "Charlie Cao, managing director of China Telecom Europe, said sales grew. "
        '"We try to build strong trust with our customers," says Cao of China Telecom.'
    )
    assert [s.name for s in b.speakers] == ["Charlie Cao"]
    assert b.speakers[0].quotes >= 1


def test_bodies_named_after_people_stay_bodies():
    a = _article(
        '"Shares rose," said Morgan Stanley analyst Jim Smith. The Bank of America said profits fell. '
        "The Duke of Edinburgh visited."
    )
    names = _entities(a)
    assert names.get("Morgan Stanley") == "ORG"
    assert names.get("Bank of America") == "ORG"
    assert _speaker(a, "Jim Smith").role == "Morgan Stanley analyst"


def test_taoiseach_before_a_name_is_a_title_even_where_the_story_uses_it_alone():
    text = (
        "Taoiseach to discuss EU and immigration with Trump\n\n"
        "Taoiseach Enda Kenny has said he has a responsibility to the people of Ireland to work with the Trump "
        'administration. Mr Kenny said he would talk about matters that have "potential benefits". '
        "Mr Kenny said he had a responsibility as Taoiseach and along with colleagues at European level."
    )
    kenny = _speaker(_article(text), "Enda Kenny")
    assert (kenny.role, kenny.role_group) == ("Taoiseach", "politician")
    assert role_group("Tánaiste") == "politician"


def test_spokesman_alone_gives_a_named_persons_gender_and_chairman_alone_does_not():
    a = _article(
        '"Relevant sides should not provoke each other," ministry spokesman Geng Shuang said at a regular '
        "press briefing on Monday."
    )
    geng = _speaker(a, "Geng Shuang")
    assert (geng.gender, geng.gender_evidence) == ("male", ["spokesman"])
    b = _article('"The committee will meet again," committee chairman Lo Qiang said on Monday.')
    assert _speaker(b, "Lo Qiang").gender == "unknown"
    # a "she" the article uses for the person weighs against it: mixed evidence, no guess
    c = _article('"We will not comment," ministry spokesman Hua Chunying said. She added that talks would go on.')
    assert _speaker(c, "Hua Chunying").gender != "male"


def test_japans_chief_cabinet_secretary_is_a_cabinet_minister():
    assert role_group("Japan's chief Cabinet secretary") == "politician"
    assert role_group("Cabinet Secretary") == "government official or spokesperson"


def test_spokesman_never_outweighs_a_confident_first_name():
    a = _article('"The president has been clear," White House spokesman Hope Hicks said on Monday.')
    assert _speaker(a, "Hope Hicks").gender != "male"


def test_a_share_bar_is_no_words_of_the_story():
    text = (
        "Tillerson in Tokyo\n\n"
        'Rex Tillerson arrived in Tokyo on Wednesday. "Japan is a cornerstone," he said. Send Facebook Twitter '
        "Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink http://dw.com/p/2Yp7v China in "
        'loop. State Department spokesman Mark Toner said efforts were "the looming challenge" for the trip.'
    )
    assert share_bars(text) == [(text.index("Send"), text.index(" China in"))]
    a = _article(text)
    names = [s.name for s in a.speakers]
    assert not any("Tumblr" in n or "Whatsapp" in n for n in names), names
    assert not any("Tumblr" in e.name for e in a.entities)
    assert "Mark Toner" in names
    # offsets hold: the bar is blanked, not cut
    assert a.text == text
    # a story that only names the networks keeps its words
    assert share_bars("He posted on Facebook and Twitter, not on Tumblr.") == []


def test_a_few_counted_people_or_bodies_are_an_identified_group():
    def person(word: str) -> bool:
        return word in {"member", "band member", "candidate", "contender", "brother", "voter"}

    for words in (
        "All three band members",
        "the four contenders",
        "The remaining four brothers",
        "The two Japanese companies",
        "Both sides",
        "All three men",
        "The two voters",
        "both",
    ):
        assert a_described_pair(words, person), words
    for words in (
        "Both sides of the debate over abortion",
        "all the experts",
        "The remaining 33",
        "the three-year freeze",
    ):
        assert not a_described_pair(words, person), words
    a = _article(
        "The band's singer Jonathan Davis and guitarist James Shaffer and drummer David Silveria wrote the album. "
        'All three band members said: "We are proud of it."'
    )
    assert _speaker(a, "All three band members").kind == "country or group"


def test_irish_parties_and_their_tds_are_politicians():
    assert role_group("Fine Gael TD") == "politician"
    assert role_group("Sinn Féin") == "politician"
    assert role_group("a touchdown") == "unknown"
