"""Who speaks, issue 11 (helper 11cz): a named person's role from a definite description that refers back
to them in the next sentences ("Martina Hingis ... The former world number one will play", "Gavin Henson ...
The centre was Wales' hero"), when no other role words are found. Small articles written here: a name inside
the description (a film's title) is no rival for it, a ranking ("world number one") and, in a sports story, a
team position ("The centre") are words for a person, and a team's coach named between a player and a
player's description does not keep it from the player; the guards: the person described by their own name
("The co-star of Hoffman"), a team position outside a sports story, and a coach named between a player and a
staff description ("The former Porto boss")."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_title_inside_the_description_is_no_rival():
    a = _article(
        "Hollywood legend Dustin Hoffman has hit out at the quality of current films.\n\n"
        'The star of Rain Man and Tootsie said the film culture was "in the craphouse" at a press conference. '
        '"I lost my spark," Hoffman said.',
        title="Hoffman hits out over modern film",
    )
    s = _speaker(a, "Dustin Hoffman")
    assert s.role == "The star of Rain Man and Tootsie"
    assert s.role_group == "culture and sport"


def test_a_description_naming_the_person_is_someone_else():
    a = _article(
        "Dustin Hoffman has hit out at the quality of current films.\n\n"
        "The co-star of Hoffman in Tootsie was at the press conference too. "
        '"I lost my spark," Hoffman said.',
        title="Hoffman hits out over modern film",
    )
    assert _speaker(a, "Dustin Hoffman").role is None


def test_a_ranking_is_a_word_for_a_player():
    a = _article(
        "Martina Hingis has admitted that she might consider a return to tennis if an appearance in Thailand "
        "goes well.\n\nThe former world number one will play at the Volvo Women's Open in Pattaya. "
        '"The tournament is a test," she said.',
        title="Hingis hints at playing comeback",
    )
    s = _speaker(a, "Martina Hingis")
    assert s.role == "The former world number one"
    assert s.role_group == "culture and sport"
    assert s.gender == "female"  # from "she": the description says nothing of it


def test_a_team_position_after_the_coach_names_the_player():
    a = _article(
        "Wales coach Mike Ruddock has a fitness worry before the Six Nations match against Italy in Rome. "
        "Meanwhile, Mike Ruddock may make Gavin Henson his first-choice kicker in Rome. The centre was Wales' "
        "hero in the 11-9 Six Nations win over England, landing a late penalty to clinch the rugby match.\n\n"
        '"I am happy to take the kicks," Henson said. "The coach will decide," Ruddock said.',
        title="Henson set for kicking duties",
    )
    s = _speaker(a, "Gavin Henson")
    assert s.role == "The centre"
    assert s.role_group == "culture and sport"


def test_a_player_described_after_his_manager_is_named():
    a = _article(
        "Chelsea's William Gallas believes they will battle it out with Arsenal for the Premiership title.\n\n"
        "Gallas has been given extra confidence by the impact manager Jose Mourinho has had at the club. "
        "And the French international defender believes Mourinho is suited to the football squad. "
        '"It is only normal," added Gallas. "He is a great manager," said Mourinho.',
        title="Gallas sees two-horse race",
    )
    assert _speaker(a, "William Gallas").role == "the French international defender"


def test_a_staff_description_after_the_manager_stays_blocked():
    a = _article(
        "Chelsea's William Gallas believes they will battle it out with Arsenal for the Premiership title.\n\n"
        "Gallas has been given extra confidence by the impact manager Jose Mourinho has had at the club. "
        "And the former Porto boss believes the football squad can win the league. "
        '"It is only normal," added Gallas. "We will win," said Mourinho.',
        title="Gallas sees two-horse race",
    )
    assert _speaker(a, "William Gallas").role != "the former Porto boss"


def test_a_team_position_outside_sport_says_nothing():
    a = _article(
        "Council leader John Smith opened the new building in the town on Monday.\n\n"
        "The centre was built at a cost of five million pounds by the council. "
        '"This is a great day for the town," Smith said.',
        title="New centre opens",
    )
    assert _speaker(a, "John Smith").role != "The centre"


def test_the_persons_own_quoted_sentences_do_not_count():
    a = _article(
        "Martina Hingis makes her return to competitive tennis at the Volvo Women's Open in Pattaya.\n\n"
        '"As a competitor, I always want to win. I hope my body will hold up," said Hingis. "You miss being out '
        "there in a final. It's a big difference between playing and commenting for TV. I miss it a lot.\" "
        "The former world number one was 22 when she retired from tennis.",
        title="Hingis makes her return",
    )
    # "Martina Hingis" since the thirty-ninth session (the body's first sentence had been cut after "Martina")
    assert _speaker(a, "Martina Hingis").role == "The former world number one"


def test_a_sentence_after_the_persons_quotes_moves_on():
    a = _article(
        "Kelly Sotherton won the pentathlon at the national athletics trials in Sheffield.\n\n"
        '"I\'ve surprised myself," said Sotherton. "I\'m starting to thrive on the pressure. If I '
        "don't perform then it's not the end of the world.\" "
        "A pole vaulter made a winning return to major competition after a drugs ban. "
        "The Trafford athlete, who has served a two-year ban, cleared 4.20m.",
        title="Sotherton wins in Sheffield",
    )
    assert _speaker(a, "Kelly Sotherton").role != "The Trafford athlete"


def test_a_nationality_in_a_sports_story_is_a_player():
    a = _article(
        "Svetlana Kuznetsova has denied taking a banned drug at a tennis exhibition match in "
        "Belgium last month.\n\nThe Russian said she did nothing wrong by taking the cold medicine during the "
        "tournament. The Women's Tennis Association said the match was not covered by its rules. "
        '"I am innocent," Kuznetsova said.',
        title="Kuznetsova denies doping",
    )
    s = _speaker(a, "Svetlana Kuznetsova")
    assert s.role == "The Russian"
    assert s.role_group == "culture and sport"


def test_a_rival_named_again_after_the_description_is_not_it():
    a = _article(
        "Elena Dementieva swept aside defending champion Venus Williams 6-3 6-2 to win the tennis event in "
        "Hong Kong.\n\nThe Russian, ranked sixth in the world, broke Williams three times in the first set of "
        'the match. "It is a great start to the season," Dementieva said. "She played well," said Williams.',
        title="Dementieva prevails in Hong Kong",
    )
    s = _speaker(a, "Elena Dementieva")
    assert s.role == "The Russian"
    assert s.role_group == "culture and sport"
