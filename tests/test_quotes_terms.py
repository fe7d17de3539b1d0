"""Names, terms and scare quotes are nobody's speech (issue 16): one short article per rule of
``analysis.extract.quotes.terms``, each asserting the speaker of every quote, speech beside the
term included, so a rule that swallows speech fails too."""

from __future__ import annotations

from analysis import Article, analyze, read_bytes
from analysis.extract.quotes.terms import DISPLAY_NOUNS


def _analyze(body: str, headline: str = "A story") -> Article:
    return analyze(read_bytes("test.txt", f"{headline}\n\n{body}\n".encode()))


def _speakers(art: Article) -> dict[str, str | None]:
    return {q.text[:24]: q.speaker for q in art.quotes if q.kind in ("direct", "partial")}


def test_a_quoted_modifier_of_a_noun_is_a_term() -> None:
    art = _analyze(
        "Film-maker Dana Whitlock has finished her new animation.\n\n"
        'The "motion sketch" technique lets Whitlock draw every frame by hand, she said. '
        '"It took four years," Whitlock said. She called the result "a small miracle".'
    )
    assert _speakers(art) == {
        "motion sketch": None,
        "It took four years,": "Dana Whitlock",
        "a small miracle": "Dana Whitlock",
    }


def test_an_evaluative_word_before_a_noun_stays_speech() -> None:
    art = _analyze(
        "Banker Oliver Grant gave evidence on Tuesday.\n\n"
        'Mr Grant said the chief executive gave only "brief" answers at the meetings.'
    )
    assert _speakers(art) == {"brief": "Oliver Grant"}


def test_a_naming_verb_with_a_subject_keeps_the_speaker() -> None:
    art = _analyze(
        "Singer Ruth Calder left the talent show on Friday.\n\n"
        'Calder quit over what she called "bullying" tactics used by the producers.'
    )
    assert _speakers(art) == {"bullying": "Ruth Calder"}


def test_a_name_given_by_nobody() -> None:
    art = _analyze(
        "Two campaigners from Leeds won their appeal on Monday.\n\n"
        'Anna Price and Tom Reid, dubbed the "Leeds Two", were cleared of all charges. '
        'The new engine is described as "the quietest ever built". '
        '"We always knew we were right," Price said.'
    )
    assert _speakers(art) == {
        "Leeds Two": None,
        "the quietest ever built": None,
        "We always knew we were r": "Anna Price",
    }


def test_so_called_marks_a_name() -> None:
    art = _analyze(
        "Economist Maria Lopez spoke in Madrid.\n\n"
        'Lopez said the so-called "lost decade" was over. "Growth is back," she said.'
    )
    assert _speakers(art) == {"lost decade": None, "Growth is back,": "Maria Lopez"}


def test_words_on_display_are_nobody_s_and_do_not_continue_a_speaker() -> None:
    art = _analyze(
        "Rugby star Gavin Wells kicked the winning goal on Saturday.\n\n"
        '"I knew it was going in," Wells said later. The crowd cheered for ten minutes. '
        '"Go For It" urged the front page headline of the local paper.'
    )
    assert _speakers(art) == {"I knew it was going in,": "Gavin Wells", "Go For It": None}
    assert "headline" in DISPLAY_NOUNS


def test_partial_speech_beside_terms_is_still_credited() -> None:
    art = _analyze(
        "Analyst Peter Fish follows the steel industry.\n\n"
        'Fish said the price rise was "uncharted territory", adding that the industry "has not '
        'seen an increase like this in 50 years".'
    )
    assert _speakers(art) == {"uncharted territory": "Peter Fish", "has not seen an increase": "Peter Fish"}


# -- speakers beyond politics: patterns from the BBC tune part (issue 16, second session) ------------


def test_a_description_after_a_quote_continues_its_speaker() -> None:
    art = _analyze(
        'Arsenal\'s Sol Campbell has called the rivalry with United "bitter and personal".\n\n'
        'The sides meet again on Tuesday. "There is an edge," the defender told a newspaper.\n\n'
        '"It had an impact on us," added the 30-year-old, referring to a penalty.\n\n'
        '"Christmas is special," added the two-time Academy Award winner.'
    )
    speakers = set(_speakers(art).values())
    assert speakers == {"Sol Campbell"}


def test_an_apposition_names_the_speaker_not_the_club_beside_the_role() -> None:
    art = _analyze(
        "Tottenham have signed the Dutch winger Edgar Smits.\n\n"
        '"He had offers from two other clubs but he decided to come to Tottenham," said Spurs sporting '
        "director Frank Arnesen."
    )
    assert _speakers(art) == {"He had offers from two o": "Frank Arnesen"}


def test_a_role_word_beside_a_name_makes_it_a_person() -> None:
    from analysis.doc.nlp import load_pipeline, make_doc
    from analysis.extract.quotes.names import ORG_NAME_WORDS
    from analysis.extract.quotes.roles import people_by_role
    from analysis.records import Mention

    text = "Liverpool forward Milan Baros was dropped. Manchester United striker Wayne Rooney scored."
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, text))

    def mention(words: str, label: str) -> Mention:
        start = text.index(words)
        return Mention(start, start + len(words), words, label, words)

    mentions = [mention("Liverpool", "ORG"), mention("Milan Baros", "GPE"), mention("Manchester United", "ORG")]
    labels = {m.entity: m.label for m in people_by_role(doc, mentions, ORG_NAME_WORDS)}
    # the forward is a person whatever the tagger said; a club keeps its label
    assert labels == {"Liverpool": "ORG", "Milan Baros": "PERSON", "Manchester United": "ORG"}


def test_he_after_a_spokesperson_of_someone_is_the_spokesperson() -> None:
    art = _analyze(
        "Cuba will tax dollar conversions from November.\n\n"
        "On television, President Fidel Castro's chief aide said the tax was needed because of "
        '"economic aggression". "The tax applies only to the dollar," he said.'
    )
    assert set(_speakers(art).values()) == {"President Fidel Castro's chief aide"}


def test_a_quoted_section_heading_is_credited_as_the_text_says() -> None:
    art = _analyze(
        'The ministry accused the charity of running "illegal smuggling routes" in the north, '
        "in a statement on Friday.\n\n"
        '"We have never broken the law," said charity director Anna Berg.\n\n'
        '"Illegal smuggling routes"\n\n'
        "Aid workers have used the same road for ten years, records show.\n\n"
        '"Closed borders"\n\n'
        "The border has been shut since March."
    )
    assert _speakers(art) == {
        "illegal smuggling routes": "The ministry",
        "We have never broken the": "Anna Berg",
        "Illegal smuggling routes": "The ministry",
        "Closed borders": None,  # quoted nowhere else: nobody, not Anna Berg from the paragraph before
    }


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    art = _analyze(
        "The rapper was criticised after a television performance in April.\n\n"
        '"The performer ignored our request during the live broadcast," a BBC statement read.\n\n'
        "Acme Records denied the claims on Friday. "
        '"We have always honoured her requests," the statement continued.'
    )
    assert _speakers(art) == {"The performer ignored ou": "BBC", "We have always honoured ": "Acme Records"}


def test_the_object_of_led_to_complain_is_who_complains() -> None:
    art = _analyze('The singer\'s performance in April led 12 viewers to complain he was "lewd" and "offensive".')
    assert _speakers(art) == {"lewd": "12 viewers", "offensive": "12 viewers"}


def test_a_word_talked_about_inside_reported_speech_is_a_term() -> None:
    art = _analyze(
        "A panel of experts met in London to discuss online games.\n\n"
        'Players like to meet the same people again. This aspect of "community" is crucial for players '
        'who only want a quick game, said the panel. Its chair, Rosa Lind, called the trend "unstoppable".'
    )
    assert _speakers(art) == {"community": None, "unstoppable": "Rosa Lind"}


def test_a_glossed_term_is_nobody_s_speech() -> None:
    art = _analyze(
        "Call centre expert Cara Diemont has studied 200 firms.\n\n"
        'Suggestions that "offshoring" - moving call centres to low-cost countries such as India - is to '
        'blame are wrong, Ms Diemont says. Poor training is "the real problem", she says.'
    )
    assert _speakers(art) == {"offshoring": None, "the real problem": "Cara Diemont"}


def test_counted_things_in_marks_are_scare_quotes_but_cited_words_are_speech() -> None:
    art = _analyze(
        "England coach Gareth Lloyd is facing a disciplinary hearing.\n\n"
        'Lloyd had said he was "furious" about the referee\'s decision to disallow two England "tries." '
        'He complained of three "blunders" by the referee and cited the two "howlers" he saw.'
    )
    assert _speakers(art) == {
        "furious": "Gareth Lloyd",
        "tries.": None,
        "blunders": "Gareth Lloyd",
        "howlers": "Gareth Lloyd",
    }


def test_words_anyone_might_say_are_a_term() -> None:
    art = _analyze(
        "Games on mobile phones are maturing.\n\n"
        'If you think of Snake when someone mentions "mobile games" then you could be in for a surprise. '
        'Developer Kim Lee called the new titles "console quality".'
    )
    assert _speakers(art) == {"mobile games": None, "console quality": "Kim Lee"}


def test_a_term_glossed_to_the_end_of_its_sentence() -> None:
    art = _analyze(
        "Chipmaker Macrovale says its new technology will stop most copying programs.\n\n"
        'Macrovale said the technology would also prevent "rent, copy and return" - where people '
        'rent a disc, copy it and return the original. "We are confident," said its chief executive Ann Lowe.'
    )
    assert _speakers(art) == {"rent, copy and return": None, "We are confident,": "Ann Lowe"}


def test_a_term_given_examples_with_such_as_is_nobody_s() -> None:
    art = _analyze(
        "Warden Mike Barger runs the state's wildlife department.\n\n"
        'He said state laws only covered "regulated animals" such as native deer and birds. '
        'He called the new sites "a real worry".\n\n'
        'He would rather have a quiet ballad than a "sing-along" like the charity single, he said.'
    )
    assert _speakers(art) == {
        "regulated animals": None,
        "a real worry": "Mike Barger",
        "sing-along": None,
    }
