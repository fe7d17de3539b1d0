"""The fifty-seventh session's first round (read from fresh211-fresh216 after their blind score): a post whose
word only modifies another noun is no body ("The press secretary"); a known politician's bare presidency is the
state's; a rights watchdog is a rights group, and a body's name decides over a bare "watchdog"; a bare post the
article's own body holds must be one a body holds ("The judge" is no news channel's); hyphens for lost spaces
before a name and after a capitalised word; names the tagger cut, glued to a place, took for a title or ran
into a headline's words."""

from __future__ import annotations

from analysis.doc.quote_marks import lost_characters_as_spaces
from analysis.extract.sources.groups import role_group
from tests.test_speakers import _speaker
from tests.test_speakers import _text_article as _article

OFFICIAL = "government official or spokesperson"
CIVIL = "civil society, NGO, union"


def test_a_press_secretary_is_no_press_body():
    # "Crimea", tagged a body four times, is what the article names most; the sentence after one of its
    # mentions opens "The press secretary": "press" there only modifies the post, it refers back to no body
    a = _article(
        "Kremlin calls unimportant when Ukraine may recognize Russian status of Crimea\n\n"
        "MOSCOW, March 19. The president's press secretary Dmitry Peskov said in an interview with RBC television "
        "channel on Sunday he is confident Ukraine's recognizing of Crimea's Russian status is not of importance. "
        '"The status of Crimea as a region of the Russian Federation is not that important," he said in response '
        "to a question when Ukraine could recognize Crimea as a Russian region. The press secretary said Russia "
        'has no prejudices against the Ukrainian people. "Ukraine is extremely important to us," the president\'s '
        "press secretary said."
    )
    for name in ("Dmitry Peskov", "The press secretary", "the president's press secretary"):
        assert _speaker(a, name).role_group == OFFICIAL


def test_a_known_politicians_bare_presidency_is_the_states():
    a = _article(
        "Santorum: Trump is hurting himself\n\nFox News host Shepard Smith said Friday that Fox News could not "
        'back the claim. Fox News said it had no evidence. "We know of no evidence," Fox News said in a '
        'statement. Donald Trump has insisted he was wiretapped. "As far as wiretapping, I guess, by this past '
        'administration, at least we have something in common," the president said on Friday. Fox News later '
        "repeated its statement."
    )
    assert _speaker(a, "Donald Trump").role_group == "politician"
    assert _speaker(a, "Shepard Smith").role_group == "media"


def test_the_articles_own_body_holds_only_its_heads_and_voices():
    a = _article(
        "Three journalists freed\n\nAl Jazeera said the charges were false. Al Jazeera has campaigned for the "
        "release of its staff, and Al Jazeera's lawyers appealed. The judge who sentenced the journalists said "
        'they were brought together "by the devil" to harm the country.'
    )
    assert _speaker(a, "The judge").role_group == "police, military, justice"


def test_rights_watchdogs_are_rights_groups_and_other_watchdogs_stay_official():
    assert role_group("Human rights watchdog") == CIVIL
    assert role_group("a civil rights watchdog") == CIVIL
    assert role_group("the financial watchdog") == OFFICIAL
    assert role_group("watchdog") == OFFICIAL


def test_a_bodys_name_decides_over_a_bare_watchdog():
    a = _article(
        "Duterte 'incited' police killings\n\nInternational watchdog Human Rights Watch on Thursday released a "
        'report on the police campaign. "Police have been carrying out killings and then claiming self-defense," '
        "Human Rights Watch said in the report."
    )
    hrw = _speaker(a, "Human Rights Watch")
    assert (hrw.kind, hrw.role_group) == ("organisation", CIVIL)


def test_hyphens_for_lost_spaces_before_a_name_and_after_a_capitalised_word():
    cases = {
        "held in mid-February, -Lavrov said.": "held in mid-February,  Lavrov said.",
        "our stance that-Taliban should talk": "our stance that Taliban should talk",
        "what the FBI-and the Senate said": "what the FBI and the Senate said",
        "Stoke-on-Trent and Commander-in-Chief": "Stoke-on-Trent and Commander-in-Chief",
        "temperatures of -5 and Rolls-Royce and BMW": "temperatures of -5 and Rolls-Royce and BMW",
    }
    for text, read in cases.items():
        assert lost_characters_as_spaces(text) == read


def test_a_name_the_tagger_ran_into_a_place_is_a_person():
    a = _article(
        "Russia warns Norway over missile shield\n\n"
        '"There will be no peaceful Arctic anymore," Russian Ambassador to Norway Teimuraz Ramishvili said.\n\n'
        "OSLO, March 19. Oslo should understand that joining the shield has consequences, Ramishvili said in an "
        'interview on Sunday. "Russia will respond," Ramishvili added.'
    )
    assert [s.name for s in a.speakers] == ["Teimuraz Ramishvili"]
    envoy = a.speakers[0]
    assert (envoy.kind, envoy.role, envoy.role_group) == ("named person", "Russian Ambassador to Norway", OFFICIAL)


def test_a_full_name_tagged_a_body_and_its_surname_alone_are_one_person():
    a = _article(
        "Court rules on impeachment\n\nThe court upheld the impeachment on Friday. Al Jazeera's Yaara Bou "
        'Melhem, reporting from Seoul, called the ruling "historic". "Park has lost her immunity," Melhem said.'
    )
    assert [s.name for s in a.speakers] == ["Yaara Bou Melhem"]
    assert a.speakers[0].role_group == "media"


def test_a_name_after_a_closing_quotation_is_no_title():
    a = _article(
        'Philippines: police paid for killings, report says\n\nThe report was published on Monday. "Police '
        'have been carrying out killings and then claiming self-defense," Phelim Kine, deputy director for '
        'Asia, told DW. Kine accused the president of direct involvement. "The United Nations must act," Kine said.'
    )
    assert {(m.text, m.label) for m in a.mentions if "Kine" in m.text} == {
        ("Phelim Kine", "PERSON"),
        ("Kine", "PERSON"),
    }
    assert [s.name for s in a.speakers] == ["Phelim Kine"]


def test_a_name_in_a_capitalised_headline_stops_before_ordinary_words():
    a = _article(
        "Matthew Perry Once Beat Up Canadian Prime Minister Justin Trudeau\n\n"
        '"I\'m not bragging about this. This was terrible."\n\n'
        'Actor Matthew Perry revealed Wednesday how he once beat Trudeau up years before. "We were in fifth grade," '
        "Perry said."
    )
    perry = _speaker(a, "Matthew Perry")
    assert (perry.role, perry.role_group) == ("Actor", "culture and sport")
    assert not any(s.name.startswith("Matthew Perry ") for s in a.speakers)
