"""Who speaks, twentieth round (issue 11w): kind rules from the kind misses of fresh10 .. fresh18.
A thing's maker ("its developers say") is a firm; parties speaking together ("opposition parties",
"all three main parties") or a plural whose members are named ("Campaign groups including ...") are a
country or group; a possessed relative ("his son", "Trump's Son") is one person; "the lord
chancellor" is definite even when the quote rules keep only "lord chancellor"; a counted plural of a
party ("Several Democrats", "Six in 10 Republicans") stays anonymous when later quotes hang on "They"
or "the Democrats". Small articles written here."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def _by_words(article, words: str):
    return next(s for s in article.speakers if words in s.name)


def test_its_developers_are_the_firm_that_makes_the_thing():
    a = _article(
        "The new browser can be controlled by voice. "
        'Users can change the colours of pages, its developers say. "It is the most accessible browser yet," '
        "according to its makers."
    )
    s = _by_words(a, "its developers")
    assert s.kind == "organisation"


def test_developers_without_its_stay_unnamed_people():
    # guard: a bare plural of makers is people, not one firm
    a = _article('Developers said "the code is ready" on Monday, after months of work on the browser.')
    s = _by_words(a, "Developers")
    assert s.kind == "anonymous"


def test_opposition_parties_are_a_group_of_bodies():
    a = _article(
        "The assembly government said the settlement was fair. "
        'But opposition parties said the new bands would mean "steep rises" for many families.'
    )
    assert _by_words(a, "opposition parties").kind == "country or group"


def test_all_three_main_parties_are_a_group_of_bodies():
    a = _article('All three main parties say the issue is "one for each MP\'s conscience" and not for the whips.')
    assert _by_words(a, "parties").kind == "country or group"


def test_officials_from_both_parties_stay_anonymous():
    # guard: the head is "officials", the parties only say where they come from
    a = _article('Elected officials from both parties said the bill was "a mess" on Tuesday.')
    assert _by_words(a, "officials").kind == "anonymous"


def test_groups_whose_members_are_named_are_a_group():
    a = _article(
        "Campaign groups including Friends of the Earth and War on Want said "
        '"free trade is a major barrier to fighting poverty" in a joint letter.'
    )
    assert _by_words(a, "Campaign groups").kind == "country or group"


def test_groups_with_no_members_named_stay_anonymous():
    # guard: "human rights groups" names no member: unnamed people
    a = _article('Human rights groups said the law was "deeply flawed" and should be withdrawn.')
    assert _by_words(a, "groups").kind == "anonymous"


def test_his_son_is_one_person():
    a = _article(
        'As the candidate began a new campaign, his son said the race was "just getting started". '
        "Eric Trump, the candidate's son, spoke to a radio host on Monday."
    )
    assert _by_words(a, "his son").kind == "named person"


def test_a_son_without_a_possessive_stays_unnamed():
    # guard: "a son of the victim" is no one the reader can name
    a = _article('A son of the victim said "we want justice" outside the court on Friday.')
    s = _by_words(a, "son")
    assert s.kind != "named person"


def test_the_lord_chancellor_is_one_office_holder():
    a = _article(
        "Concessions on the bill were not a political ploy, the lord chancellor has said. "
        "Ministers had been accused of panic in offering last minute changes."
    )
    assert _by_words(a, "chancellor").kind == "named person"


def test_several_democrats_then_they_stay_anonymous():
    a = _article(
        "Several Democrats cautioned against drawing lessons from the vote, saying "
        '"Britain is not America". They also said voters were angry at Brussels. '
        'Yet the Democrats acknowledged that "the mood is sour" among working voters.'
    )
    s = next(s for s in a.speakers if s.name.endswith("Democrats") or s.name == "Democrat")
    assert s.kind == "anonymous"


def test_democrats_said_stays_the_party():
    # guard: a bare party plural with no count is the party speaking
    a = _article('Democrats said the bill was "a disgrace" and vowed to block it in the Senate.')
    s = next(s for s in a.speakers if "Democrat" in s.name)
    assert s.kind == "organisation"


def test_a_possessed_relative_tagged_as_an_organisation_is_a_person():
    a = _article(
        'Eric Trump gave an interview on Monday. He said the campaign had "only just begun".',
        title="Trump's Son Says The Battle Will Be Unprecedented",
    )
    s = next((s for s in a.speakers if s.name.endswith(("Son", "son"))), None)
    assert s is None or s.kind == "named person"


def test_the_salford_mp_is_one_identified_person():
    a = _article(
        "Hazel Blears said the threat came from extremists. "
        '"The threat is most likely to come from those people," the Salford MP told the committee.'
    )
    # (since the thirty-third session the quote goes to her by name)
    assert [q.speaker for q in a.quotes][-1] == "Hazel Blears"
    assert _speaker(a, "Hazel Blears").kind == "named person"


def test_the_spokesman_after_a_spokesman_stays_unnamed():
    # guard: a definite description that refers back to an indefinite one is that unnamed person
    a = _article(
        'A spokesman for the council said the road would reopen on Monday. "We are sorry for the delay," '
        'the spokesman added. "Crews are working round the clock," the spokesman said.'
    )
    assert all(s.kind != "named person" for s in a.speakers if "spokesman" in s.name.lower())


def test_a_name_after_the_word_for_its_kind_is_an_organisation():
    a = _article(
        '"Our primary worry is the optimistic view of the budget," consultancy 4Cast said in a report. '
        "Consultancy Strategy Analytics estimates that 51 million people will use the networks by 2009."
    )
    assert _by_words(a, "4Cast").kind == "organisation"
    assert _by_words(a, "Strategy Analytics").kind == "organisation"


def test_a_title_that_runs_on_to_a_name_is_that_person():
    a = _article(
        '"We have a solid foundation on which to move forward," said Nortel president and chief executive '
        "Bill Owens on Monday."
    )
    s = next(s for s in a.speakers if "Nortel" in s.name or "Owens" in s.name)
    assert s.kind == "named person"


def test_a_persons_comments_are_that_persons_words():
    a = _article(
        "Donald Trump spoke in Ohio on Monday. Mr. Biden said he would reassure allies, given "
        "Mr. Trump's comments saying he would reassess the arrangement if elected."
    )
    s = next((s for s in a.speakers if "comments" in s.name), None)
    assert s is None or s.kind == "named person"


def test_the_gop_speechwriter_is_a_person_not_the_party():
    a = _article(
        'Richard Cross wrote the speech. "I may yet have to vote for her," Cross said. '
        "The GOP speechwriter said the deal-breaker was the proposed ban."
    )
    s = next(s for s in a.speakers if "speechwriter" in s.name)
    assert s.kind == "named person"


def test_a_headline_description_of_the_person_the_lead_names_is_that_person():
    a = _article(
        "Betsy Sharp of Burke County, Georgia, knows Donald Trump in a way few others do. "
        "She met him years ago at a party in New York.",
        title="Woman Reveals Stunning Thing Trump Did For Her",
    )
    s = next((s for s in a.speakers if s.name == "Woman"), None)
    assert s is None or s.kind == "named person"


def test_the_comic_who_said_he_is_one_person():
    a = _article(
        "Ricky Gervais has booked Jude Law and Kate Winslet for guest roles in his sitcom. "
        'The comic and actor said he had drawn up a list of stars. "We wanted actors with iconic status," he said.'
    )
    s = next((s for s in a.speakers if "comic" in s.name.lower()), None)
    assert s is None or s.kind == "named person"


def test_a_possessive_before_a_bodys_name_is_part_of_the_name():
    a = _article('The Actors\' Equity Association issued a statement calling him "an icon in the American theatre".')
    s = next((s for s in a.speakers if "Equity" in s.name), None)
    assert s is None or s.kind == "organisation"


def test_a_lead_description_named_next_with_also_is_that_person():
    a = _article(
        "A chief constable has backed longer opening hours, saying police had a responsibility to adapt. "
        "However, Norfolk police chief Andy Hayman also warned that a great deal of preparation was needed."
    )
    s = next(s for s in a.speakers if "constable" in s.name)
    assert s.kind == "named person"


def test_a_lead_description_followed_by_someone_else_stays_unnamed():
    # guard: no "also", or a person already named before, is no naming of the description
    a = _article(
        "A witness said the car had been speeding when it hit the wall. "
        "Police chief Andy Hayman said officers were still at the scene."
    )
    s = next(s for s in a.speakers if "witness" in s.name)
    assert s.kind == "unnamed person"
    b = _article(
        "Andy Hayman spoke first. A witness said the car had been speeding when it hit the wall. "
        "Andy Hayman also said officers were still at the scene."
    )
    t = next(s for s in b.speakers if "witness" in s.name)
    assert t.kind == "unnamed person"
