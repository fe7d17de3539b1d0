"""The word lists and limits ``Speakers`` and its helpers read: pronouns, voice nouns, entity
labels, how far back to look.

Moved out of ``speakers`` unchanged."""

from __future__ import annotations

import re

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
#: Pronouns that can stand for a speaker and are resolved to a name.
RESOLVED_PRONOUNS = frozenset({"he", "she", "they", "it", "who", "whom", "that", "which"})
#: Other forms of the personal pronouns, by their subject form.
SUBJECT_FORM = {
    **dict.fromkeys(("him", "his", "himself"), "he"),
    **dict.fromkeys(("her", "hers", "herself"), "she"),
    **dict.fromkeys(("them", "their", "theirs", "themselves"), "they"),
}
#: Voice nouns that are people of their own: "Taylor Swift's rep" is not Taylor Swift.
PERSON_VOICES = frozenset("spokesman spokeswoman spokesperson aide aides lawyer attorney rep".split())
#: Members of a party, not of a nation: "the Republican said" stays a politician's description,
#: which issue 11's sources read for the role group.
PARTY_MEMBERS = frozenset(
    "republican democrat conservative tory liberal socialist communist nationalist unionist".split()
)
#: Plural nouns without an s that a quote's speaker may be: "police said".
PLURAL_GROUPS = frozenset("police people staff personnel".split())
#: Descriptions news uses for sources it does not name: never joined to a name that follows.
ANONYMOUS_VOICES = frozenset("official source insider witness friend".split())
PERSON_LIKE = frozenset({"PERSON"})
GROUP_LIKE = frozenset({"ORG", "NORP", "GPE"})
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
_FEMALE_HONORIFICS = {"Mrs", "Ms", "Miss", "Dame", "Lady"}
#: Sentences to look back for a pronoun's antecedent.
LOOKBACK_SENTENCES = 6
LOOKBACK_MENTIONS = 60
#: Sentences further back where a pronoun may find a person of known gender when nobody nearer fits.
EARLIER_SENTENCES = 30
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Head nouns through which someone speaks: "Ryan's office said", "Clinton's statement read" (a campaign is
#: listed too, as a word that speaks, but speaks as itself: ``SELF_SPEAKING_BODIES``).
VOICE_NOUNS = frozenset(
    """campaign statement spokesman spokeswoman spokesperson office aide aides team lawyer
    attorney website tweet post account release letter memo report""".split()
)


#: Bodies that speak as themselves, not as the person whose name they carry: "Clinton's campaign said",
#: "the Obama administration says" are a campaign's and a government's words (an office or a spokesman
#: speaks for its holder; a campaign or an administration is a body of many people).
SELF_SPEAKING_BODIES = frozenset({"campaign", "administration"})


def a_speaking_body(name: str) -> bool:
    """Whether a speaker's name is a campaign's or an administration's ("Ted Cruz's campaign", "the
    campaign"): a body, which no he or she goes on with."""
    return name.rsplit(" ", 1)[-1].lower() in SELF_SPEAKING_BODIES


#: Documents that speak for whoever issued them: "“…,” the statement continued".
DOCUMENT_NOUNS = frozenset("statement letter release memo".split())
#: Documents a person writes, whose words are that person's: "Huma Abedin ... emailed supporters ...
#: The email goes on to say", "a new book ... by Robert Peston. In it he alleges ... The book claims".
PERSONAL_DOCUMENTS = frozenset("letter memo email e-mail book document".split())
