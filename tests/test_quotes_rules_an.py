"""Quote attribution, issue 11an: speakers that are not speakers. The parse offers a thing as the one
saying ("argue against positive discrimination saying", "taking pains to say", "said the year had
begun well, adding"); a thing cannot speak, so the one acting on it does. Small articles written
here, with guards for nouns that do speak."""

from __future__ import annotations

from tests.test_speakers import _article


def _quote(a, start: str, kind: str | None = None):
    found = [q for q in a.quotes if q.text.startswith(start) and (kind is None or q.kind == kind)]
    assert found, f"{start!r} not among {[q.text[:30] for q in a.quotes]}"
    return found[0]


def test_a_participle_on_the_object_of_a_preposition_is_the_subjects():
    a = _article(
        "Conservative leader Michael Howard is to set out his party's plans on race on Thursday.\n\n"
        'The Tory leader will argue against positive discrimination saying it is "outdated and unjust". '
        'He will also call for religious tolerance arguing that faiths "share the same values".'
    )
    # (the description stays the description: naming it is another rule's)
    assert _quote(a, "outdated").speaker == "The Tory leader"
    assert _quote(a, "share the same").speaker == "Michael Howard"  # "He", resolved


def test_taking_pains_to_say_is_said_by_whoever_takes_them():
    a = _article(
        "The convention has raised most of the money it needs.\n\n"
        "In this divisive election cycle, several sponsors are taking pains to say they are not "
        "endorsing any candidate. Palace staff were at pains to point out that she attended the "
        "events in a private capacity."
    )
    speakers = {q.speaker for q in a.quotes if q.kind == "indirect"}
    assert "pains" not in speakers
    assert {"several sponsors", "Palace staff"} <= speakers


def test_adding_after_a_clause_about_a_thing_is_the_reporters():
    a = _article(
        "Reuters has reported its first rise in annual profits for four years.\n\n"
        "The news and financial data seller said the year had begun well, adding it expected "
        '"further gradual improvement" in the second quarter.'
    )
    assert _quote(a, "further gradual", "partial").speaker == "The news and financial data seller"


def test_a_had_been_clause_of_a_noun_is_no_name_given():
    a = _article(
        "Treasury minister Paul Boateng is standing down at the next election.\n\n"
        "Mr Boateng also laughed off suggestions that his re-election in Brent South had been in "
        'danger saying it was "one of the safest Labour seats in the country".'
    )
    assert _quote(a, "one of the safest").speaker == "Paul Boateng"


def test_a_participle_on_a_thing_someone_was_led_to_make():
    a = _article(
        "The senator told the New York Daily News that his rival was dragging her feet.\n\n"
        'This prompted the tabloid to do a cover saying "Don\'t be a Bum, Hil!"'
    )
    assert _quote(a, "Don't be a Bum").speaker == "the tabloid"


def test_things_that_speak_keep_their_words():
    # a statement speaks for whoever issued it (a guard); people a participle describes speak
    # (before this issue "workers", no word of the quote rules' role list, went to the reporters)
    a = _article(
        "Protesters gathered outside the Acme factory on Monday.\n\n"
        'Acme issued a statement saying it "regrets the losses". '
        'Reporters met workers saying they were "angry and let down".'
    )
    assert _quote(a, "regrets the losses").speaker == "Acme"
    assert _quote(a, "angry and let down").speaker == "workers"


def test_according_to_a_thing_is_nobodys_words():
    # "according to" the laws of physics or a measure: in keeping with a thing, not a source
    a = _article(
        "The firm has launched a new animation package.\n\n"
        "The actor is realistically modelled according to the laws of physics. The patient is "
        "classed as overweight according to his body mass index."
    )
    assert not [q for q in a.quotes if q.cue == "according to"]


def test_according_to_a_thing_a_named_body_drew_up_is_the_bodys():
    a = _article(
        "Actor Gerard Jugnot has become France's best-paid actor of 2004.\n\n"
        "Jugnot made 5.45m euros last year, according to a table drawn up by France's Le Figaro "
        "newspaper. He earned 2m euros from his last film, according to studio estimates. Half of "
        "French viewers saw the film, according to a survey by Ipsos."
    )
    by = {q.text[:12]: q.speaker for q in a.quotes if q.cue == "according to"}
    assert "Le Figaro" in by["Jugnot made "]
    assert by["He earned 2m"] == "studio estimates"  # figures someone compiled: a source (guard)
    assert by["Half of Fren"] == "a survey by Ipsos"  # a document keeps its words (guard)
