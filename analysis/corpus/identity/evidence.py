"""Evidence for a corpus entity's type: cue words around its mentions, its pronouns, the data (what its
name's own words say: name_shape.py), and the type all of it decides (``decide_label``)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.corpus.identity.halves import Started, could_fork, in_halves
from analysis.corpus.identity.names import (
    MENTION_ROW_COLUMNS,
    base_key,
    city_keys,
    country_keys,
    given_names,
    mention_rows,
    name_key,
    place_types,
    titles,
)
from analysis.corpus.identity.suffix import probe, reverse_pattern
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

_ORG_BEFORE = re.compile(
    r"\b(?:firm|company|group|giant|conglomerate|club|side|bank|carmaker|maker|retailer|airline|carrier|operator|"
    r"producer|broadcaster|network|agency|regulator|party|union|label|studio|chain|supermarket|insurer|"
    r"shares in|stake in|owner of|owners of|takeover of|bid for|chief executive of|boss of|chairman of|"
    r"director of|spokesman for|spokeswoman for|joined|signed for|sold to|bought by|brewer|publisher|magazine|"
    r"newspaper|website|move to|switch to|loan to|on loan at|player-boss with|"
    r"supporter of|fans of|members? of|band|outfit|duo|trio|quartet|quintet|supplier|manufacturer|vendor)"
    r"\s+(?:the\s+)?$"
    # "one of hip-hop's most influential labels, X": a plural kind of organisation and a comma
    r"|\b(?:firms|companies|labels|bands|clubs|broadcasters|carmakers|banks),\s+$"
    # "its main production arm, X", "the unit, X": a part of a firm named after its kind
    r"|\b(?:unit|division|subsidiary|arm|affiliate),\s+$",
    re.IGNORECASE,
)
# "firms such as X", "rivals like Amazon and X", "companies including A, B, X": a name in a list
# after a plural kind of organisation (case-sensitive: the list is of capitalised names)
_ORG_LIST_BEFORE = re.compile(
    r"\b(?:[Ff]irms|[Cc]ompanies|[Rr]ivals|[Cc]ompetitors|[Ee]ntrants|[Oo]perators|[Rr]etailers|[Cc]armakers|"
    r"[Bb]roadcasters|[Pp]roviders|[Mm]akers|[Mm]anufacturers|[Pp]ublishers|[Ss]tudios|[Ll]abels)"
    r"\s+(?:such as|like|including)\s+(?:(?:[A-Z][\w&.'-]*\s+)*[A-Z][\w&.'-]*(?:,|,?\s+and|,?\s+or)\s+)*$"
)
THING_CUES = Path(__file__).resolve().parent.parent / "data" / "identity_thing_cues.json"


#: the word lists of the thing cues below, read once
_THING_WORDS: dict[str, Any] = json.loads(THING_CUES.read_text("utf-8"))


def _either_case(words: list[str]) -> str:
    """An alternation of lower-case words, each also with a capital first letter ("[Ww]orm")."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in words)


# "technologies such as Wimax", "browsers such as Opera, Safari and X": a name in a list after a plural
# kind of thing; "a technology known as X", "the format called X", "the platform is known as X" (one
# pattern, so one more probe group; kinds in the data file)
_THING_BEFORE = re.compile(
    r"\b(?:(?:" + _either_case(_THING_WORDS["kinds_before_list"]) + r")"
    r"\s+(?:such as|like|including)\s+(?:(?:[A-Z][\w&.'-]*\s+)*[A-Z][\w&.'-]*(?:,|,?\s+and|,?\s+or)\s+)*"
    r"(?:[Tt]he\s+)?"  # "games such as The Sims": a title's own article, outside the model's name
    # "the game The Sims", "a version of The Sims": the product cues' words before a title's capital "The"
    r"|\b(?:[Gg]ames?|[Vv]ersions? of|[Cc]opies of|[Ss]equels? to)\s+The\s+"
    r"|(?:" + _either_case(_THING_WORDS["kinds_before_called"]) + r")"
    r"(?:\s+(?:is|was|are|were))?\s+(?:called|known as|named|dubbed)\s+(?:the\s+)?)$"
)
#: kind of thing ending an apposition -> its type ("fair": EVENT, "film": WORK_OF_ART, "console": PRODUCT)
_APPOSITIVE_KIND = {w: kind for kind, words in _THING_WORDS["appositive_kinds"].items() for w in words}
# "X, the world's largest hi-tech fair,": a name, then "the", "a" or a possessive, up to four words and a
# kind of thing ending the noun phrase (not before a verb: "Directed by X, the film was ..."); the kind is
# the match's last word (one pattern for every type: one probe group)
_APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:the|a|an|[A-Z][\w-]*(?:'s|’s))\s+(?:(?!(?:at|of|for|with|in|by)\b)[\w'’-]+\s+){0,4}?"
    r"(?:" + _either_case(sorted(_APPOSITIVE_KIND, key=len, reverse=True)) + r")"
    r"(?=\s*[,.;:)]|\s+(?:that|which|with|from|in|of|for|by|and|starring|about|based|set|made|released|"
    r"launched|due)\b)"
)
# A team in a fixture or a result: "Arsenal v Stoke", "Newcastle 2-1 Bolton" (a person's result is
# written "Federer won 6-3", the name before the score).
_TEAM_BEFORE = re.compile(r"(?:\bv|\bvs\.?|\d{1,2}-\d{1,2})\s+$")
_TEAM_AFTER = re.compile(r"^(?:/[A-Z][\w .]*)?\s+vs?\.?\s+[A-Z]")
_ORG_AFTER = re.compile(
    r"^(?:(?:'s|’s|')?\s+(?:shares|share price|shareholders|profits?|sales|revenues?|chief executive|board|fans|"
    r"striker|midfielder|defender|goalkeeper|manager|boss|chairman|bosses|executives|staff|plc|ltd|inc|"
    r"group|spokesman|spokeswoman|subsidiary|stake|keeper|winger|squad|supporters?|skipper|magazine|"
    r"newspaper|website|were relegated|were promoted|delisted|guitarist|frontman|drummer|bassist|unit|division|"
    r"lead singer|vocalist|parent company|flanker|lock|prop|hooker|fly-half|scrum-half|full-back|wing|forward)\b"
    r"|\s+(?:said|says|has said|announced) its\b|\s+(?:was|were) (?:founded|formed|set up|established)\b)",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|President|Prime Minister|Chancellor|Minister|Secretary|coach|"
    r"manager|boss|striker|midfielder|defender|goalkeeper|singer|actor|actress|star|chairman|"
    r"chief executive|captain|director|leader|spokesman|spokeswoman|"
    # a player's position or side before the name ("fly-half Yann Delaigue", "team-mate X")
    r"fly-half|scrum-half|flanker|winger|full-back|hooker|number eight|skipper|keeper|team-mate|compatriot|"
    # a band member's part, a broadcaster's, a churchman's, an officer's ("U2 frontman Bono", "DJ Rob Da Bank",
    # "Cardinal Cormac Murphy-O'Connor", "chief executive officer Bill Ford")
    r"frontman|guitarist|drummer|bassist|vocalist|rapper|DJ|presenter|comedian|Cardinal|Archbishop|officer)\.?\s+$"
)
_PERSON_AFTER = re.compile(
    r"^(?:,\s*\d{2},|,\s*who\b|\s+(?:said|says|told|added) (?:he|she)\b"
    r"|\s+(?:has\s+|had\s+)?[a-z]+\s+(?:his|her|himself|herself)\b|(?:'s|’s)\s+(?:wife|husband|death|funeral|"
    r"son|daughter|father|mother|brother|sister|girlfriend|boyfriend|birthday|agent|own goal)\b)",
    re.IGNORECASE,
)
# A name right after a determiner, or in "X-winning", is no person's ("an Oscar", "the Lib Dems").
# (case-sensitive "a": a capital "A" before a name is mostly an initial, "A Masi" in a team sheet)
_NOT_PERSON_BEFORE = re.compile(r"\b(?:a|an|An|[Tt]he|THE|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Ss]econd|[Tt]hird)\s+$")
_NOT_PERSON_AFTER = re.compile(
    r"^(?:-(?:winning|winner|nominated|owned|based|listed)\b|\s+(?:are|were|have)\b"
    # "X believes its ...", "X made its call", "X and its rivals": its own pronoun (the mirror of "X
    # said his" above)
    r"|\s+(?:has\s+|had\s+)?[a-z]+\s+(?:its|itself)\b)",
    re.IGNORECASE,
)
# "the Ambani family", "the Williams sisters": a determiner before a surname and a word for kin names a
# family of people, not a thing (the determiner says nothing against the person)
_KIN_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:family|families|brothers|sisters|twins|clan|dynasty)\b")
# "X, which ...": the relative pronoun of a thing or a body ("Laura Ashley, which floated in 1985"); not
# after a preposition (up to two words before the name), where "which" is mostly the head noun's ("a
# trumpet which belonged to Dizzy Gillespie, which is expected to fetch", "the novel written by journalist
# X, which"): checked in cue_votes
_WHICH_AFTER = re.compile(r"^,\s+which\b")
_PREPOSITION_END = re.compile(
    r"\b(?:of|to|by|with|from|as|for|in|on|at|than|like|about|into|under|between|against)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a name ending a list or a pair: the plural verb after it is the list's ("Smith and Jones are")
_LIST_BEFORE = re.compile(r"(?:\band|&|,)\s+$", re.IGNORECASE)
# Things: works ("the film Vera Drake"), products ("Xbox 2", "the Firefox browser"), awards ("Oscar-winning").
_WORK_BEFORE = re.compile(
    r"\b(?:film|films|movie|biopic|drama|comedy|thriller|musical|documentary|album|single|song|novel|book|debut|"
    r"sitcom|soap|programme|opera|cartoon|series|episodes? of|creator of|cast of|premieres? of|"
    r"(?:television|TV|comedy|drama|box office|chart|cult) hit|storylines? of|plot of|script of|"
    # an actor's part in it: "his supporting role in X", "starring in X" (not "role in the talks")
    r"(?:his|her|supporting|starring|lead|leading|title|cameo|breakthrough) roles? in|"
    r"(?:co-)?starr(?:ed|ing) in|(?:co-)?stars in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORK_AFTER = re.compile(
    r"^(?:(?:'s|’s|')?\s+(?:episodes?|creator|cast|soundtrack|box office|storylines?|spin-off|remake)\b"
    # its cast or its story: "The Producers, starring Nathan Lane", "X, which stars", "Wasp tells the story
    # of" (not "Hanks, starring in ...", "starring as": a person's own part; not "Chelsea stars")
    r"|(?:,\s+which\s+(?:stars|starred)|,?\s+(?:starring|co-starring))\b(?!\s+(?:in|as|at|on)\b)"
    r"|\s+tells the story\b)",
    re.IGNORECASE,
)
_PRODUCT_BEFORE = re.compile(
    r"\b(?:console|browser|game|handset|gadget|drug|software|format|sequels? to|versions? of|"
    r"copies of|(?:buy|bought|buying|sell|sold|selling|launch|launched|release|released|unveil|unveiled)"
    r"\s+(?:a|an|the|their|its)(?:\s+new)?)\s+$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = re.compile(
    r"^(?:(?:'s|’s)?\s+(?:console|consoles|games console|browser|owners|users|format|operating system|"
    r"music player|handsets?|download store)\b"
    # not after a possessive: a director's version, a manager's successor ("Schrader's version")
    r"|\s+(?:version|sequel|successor|tags|games|software)\b"
    # a service, a technology or a feature named before its noun: "IPTV services", "the AutoLink feature"
    r"|\s+(?:services?|technolog(?:y|ies)|standards?|protocols?|features?|buttons?|toolbar)\b"
    # a plug or a program named before its kind: "USB ports", "a USB memory card", "Kazaa file-sharing"
    r"|\s+(?:ports?|slots?|sockets?|cables?|connectors?|memory (?:cards?|sticks?)|file-sharing)\b"
    r"|-(?:enabled|compatible|capable)\b"
    # a kind of program named after it: "the Skulls Trojan", "the Santy worm" (data file)
    r"|\s+(?:" + "|".join(map(re.escape, _THING_WORDS["kinds_after"])) + r")\b)",
    re.IGNORECASE,
)
# "an iPod.", "their Xbox,": a name after an indefinite article or a possessive pronoun, ending its noun
# phrase, is a thing someone has (an organisation in that place is followed by its noun: "a BBC spokesman").
_HAD_BEFORE = re.compile(r"\b(?:a|an|An|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\s+$")
_NP_END = re.compile(r"^(?:[,.;:!?)]|\s+(?:and|or|but|to|in|on|with|for|from|is|was|has|had)\b|\s*$)")
# "Halo 2", "Half-Life 2 is", "Xbox 2.", "Opera 8.0,": a number from 2 to 9 or a version number (one digit, a
# point and one digit) after a name, then a word in small letters or a punctuation mark and a space, is its
# sequel, model or version; not a score or a table ("Orioles 3", "Yankees 5 , Orioles 3", "Arsenal 2 (",
# "Hungary 2 1 0 1"), an amount ("Varig 2bn"), a quantity ("3 million", "4 at"), a longer name ("Fathers 4
# Justice", "RBS 6 Nations"), nor after a name's word that takes a number (data ``numbered_not_things``)
_SEQUEL_AFTER = re.compile(
    r"^\s+(?:[2-9]|\d\.\d)(?:(?:[.,;:!?)'’\"]|'s|’s)(?:\s|$)|\s+(?!(?:million|billion|per|years?|points|goals|times|"
    r"days|weeks|months|hours|minutes|seconds|mins?|at|v|vs)\b)[a-z])"
)
_NUMBERED_NOT = frozenset(_THING_WORDS["numbered_not_things"])


#: where a sequel or version number follows a word in a text (one scan of each article). The pattern
#: starts with its whitespace, not with a look-behind at the word's last character: a look-behind at every
#: position of the text made the scan twice as slow; that character is checked in ``_sequel_ends``.
_SEQUEL_NUMBER = re.compile(_SEQUEL_AFTER.pattern[1:])
_SEQUEL_WORD_END = frozenset(".'’!?-_")


@lru_cache(maxsize=4096)
def _sequel_ends(text: str) -> dict[str, tuple[int, ...]]:
    """The offsets in ``text`` where a sequel or version number follows a word ("Halo| 2 is"), by the
    (up to) three characters before each ("alo"): a name is looked up by its own last three."""
    ends: dict[str, list[int]] = {}
    pos, search = 0, _SEQUEL_NUMBER.search
    while m := search(text, pos):
        s = m.start()
        # (what the look-behind ``(?<=[\w.'’!?-])`` asked: a match after any other character is no
        # sequel, and the scan goes on from the next character as the look-behind's would)
        if s > 0 and ((c := text[s - 1]).isalnum() or c in _SEQUEL_WORD_END):
            ends.setdefault(text[max(0, s - 3) : s], []).append(s)
            pos = m.end()
        else:
            pos = s + 1
    return {k: tuple(v) for k, v in ends.items()}


def sequel_named(word: str, text: object) -> bool:
    """The article names the name's sequel ("Halo" where "Halo 2" is named too): every mention of it there is
    of the work or product the sequel follows, not of its maker (not a name whose last word takes a number,
    data ``numbered_not_things``: "BBC Radio 4", "Channel 4", "S Club 7")."""
    if not isinstance(text, str) or not word.strip():
        return False
    ends_by_tail = _sequel_ends(text)
    if not ends_by_tail:
        return False
    n = len(word)
    # a name of three or more characters ends where the three before an end are its own last three
    ends = ends_by_tail.get(word[-3:], ()) if n >= 3 else [e for v in ends_by_tail.values() for e in v]
    if not ends or word.rsplit(None, 1)[-1].casefold() in _NUMBERED_NOT:
        return False
    return any(
        text.startswith(word, e - n) and (e == n or not (text[e - n - 1].isalnum() or text[e - n - 1] in "_-"))
        for e in ends
        if e >= n
    )


# A competition named by its medals and champions: "Commonwealth champion", "Commonwealth and European
# silver medallist", "Commonwealth 100m champion" (the "X Games" themselves have a head word, names.py)
_GAMES_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+)?(?:\s+\d+(?:m|km)\b)?\s+(?:(?:gold|silver|bronze)\s+)?"
    r"(?:champions?|medals?|medallists?|gold|silver|bronze)\b"
)
# "a Richard and Judy book award", "the Simon & Garfunkel song": the determiner belongs to the pair's
# name, so it says nothing against the first name being a person's (nor that it is a thing someone has)
_PAIR_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z]")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AWARD_AFTER = re.compile(
    r"^(?:-(?:winning|winner|nominated)\b|\s+(?:awards?|nominations?|nods?|ceremony|for best)\b)", re.IGNORECASE
)
# Words that name a place around a name ("in X", "X station", "X-based"): not a type vote (clubs and
# firms are "in" places and "at" grounds too), only what keeps a town apart from its club (senses.py).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|streets of|residents of|people of|"
    # a team travels to a town ("Wales travel to Edinburgh"); a player's "move to X" or "come to X" is
    # his club's ("he decided to come to Tottenham"), so no "move", "come", "switch", "return"
    r"(?:travel|travels|travelled|traveled|travelling)\s+to|"
    r"(?:city|cities|town|towns|village|county)(?:\s+(?:of|like|such as))?)\s+$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^(?:-(?:based|born)\b|\s+(?:station|city centre|town centre|council|city council|residents|airport|"
    r"constituency|area|MP)\b"
    # "the Manchester band", "Leicester singer": where an act comes from
    r"|\s+(?:(?:rock|indie|pop|punk|dance|metal|folk|soul)\s+)?(?:band|bands|group|singer|rapper|duo|outfit)\b)",
    re.IGNORECASE,
)
PLACE_CUE = "place words"  # the key of that evidence in cue_votes' counters; never a label
# "win over X", "the derby with X", "against X": an opponent, a team or a player (a person too, so no
# label's vote: a town's name so named is its club, not the town; see senses.city_senses)
_OPPONENT_BEFORE = re.compile(
    r"\b(?:win over|victory over|defeat (?:by|to)|draw with|derby with|clash with|tie with|against|"
    r"beat|beating|host|hosts|hosting)\s+$"
)
OPPONENT_CUE = "opponent words"  # the key of that evidence in cue_votes' counters; never a label
_HE_SHE = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
CONTEXT = 40  # characters each side of a mention looked at for cue words
# "programmes such as X", "shows like A and X": a work in a list after a plural kind of work
_WORK_LIST_BEFORE = re.compile(
    r"\b(?:[Pp]rogrammes|[Ss]hows|[Ss]eries|[Ss]oaps|[Dd]ramas|[Ff]ilms|[Mm]ovies|[Ss]itcoms|[Cc]omedies|[Hh]its)"
    r"\s+(?:such as|like|including)\s+(?:(?:[A-Z][\w&.'-]*\s+)*[A-Z][\w&.'-]*(?:,|,?\s+and|,?\s+or)\s+)*$"
)
# "EastEnders actress", "a former Friends actor": a show's cast (not after a nationality or a place,
# which say where an actor comes from: "Welsh actor", "Hollywood actress"; checked in cue_votes)
_ACTOR_AFTER = re.compile(
    r"^(?:'s|’s|')?\s+(?:(?i:actress|actor)\b|(?:director|screenwriter|co-star)\s+[A-Z])"
)  # "EastEnders actress", "Harry Potter director Alfonso Cuaron" (a person after it: not "director general")
_ACTOR_NOT = frozenset({"NORP", "GPE", "LOC"})
# A facility named before its kind: "X airport", "at Heathrow and X airports", "Gatwick, X and Luton airports"
_FAC_AFTER = re.compile(
    r"^(?:(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*,?\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?"
    r"\s+(?:airports?|stadiums?|racecourses?|arenas?)\b"
)
# A venue by what happens there: "the Six Nations clash at Twickenham", "victory at the Bernabeu", "the
# premiere at X" (a town's name so named is still the town: cities decide by place words, senses.py)
_VENUE_BEFORE = re.compile(
    r"\b(?:match|clash|test|Test|final|encounter|showdown|testimonial|"
    r"ceremony|premiere|concert|gig|gigs|concerts)\s+at\s+(?:the\s+)?$"
)
# A competition by its stages ("the X quarter-final", "a X tie"), or won / reached / qualified for /
# played in, the name ending its noun phrase ("won the X.", "play in the X this season"; not "won the
# X seat")
_EVENT_AFTER = re.compile(
    r"^\s+(?:final|finals|semi-finals?|quarter-finals?|knockout|group stages?|qualifiers?|qualification|glory|"
    r"holders|last 16|tie|group (?:stages?|ties?|games?|matches|phase))\b"
)
_WON_BEFORE = re.compile(
    r"\b(?:win|won|winning|wins|qualify for|qualified for|qualifying for|qualification for|reach|reached|"
    r"reaching|knocked out of|stages? of|final of|semi-finals? of|quarter-finals? of|"
    r"play in|playing in|played in|plays in|compete in|competing in|competed in|exit from|out of|return to|"
    r"returned to|back in|back into|progress in|top of|bottom of)\s+the\s+$",
    re.IGNORECASE,
)
_WON_END = re.compile(
    r"^(?:[,.;:!?)]|\s+(?:and|or|but|to|in|on|with|for|from|is|was|has|had|this|last|next|title|trophy|crown|"
    r"final|twice|again)\b|\s*$)"
)
#: (type, words before, words after): a mention with either votes for the type
_CUES: list[tuple[str, re.Pattern | None, re.Pattern | None]] = [
    ("ORG", _ORG_BEFORE, _ORG_AFTER),
    ("ORG", _TEAM_BEFORE, _TEAM_AFTER),
    ("ORG", _ORG_LIST_BEFORE, None),
    ("FAC", _VENUE_BEFORE, _FAC_AFTER),
    ("EVENT", None, _EVENT_AFTER),
    ("WORK_OF_ART", _WORK_BEFORE, _WORK_AFTER),
    ("WORK_OF_ART", _WORK_LIST_BEFORE, None),
    ("PRODUCT", _PRODUCT_BEFORE, _PRODUCT_AFTER),
    ("PRODUCT", _THING_BEFORE, None),
    ("EVENT", None, _AWARD_AFTER),
    ("EVENT", None, _GAMES_AFTER),
]
# All the cues at once, two pattern calls per mention (suffix.py): the before-cues reversed, matched on
# the reversed words before a mention; the after-cues at the start of the words after it. The order
# of _CUES, then "won/reached/qualified for the" (before only), a list's "and" or comma (before only),
# "the" (before only), "X actress" (after only), "and Y" (after only), place words, "a/an/his ..."
# (before only), person, not a person.
# "BBC One's Breakfast with Frost", "Radio 4's Today": a broadcaster's programme (not a person's name:
# "the BBC's Nick Robinson"; checked with the name's first word)
_BROADCASTER_BEFORE = re.compile(
    r"\b(?:BBC(?: One| Two| Three| Four| ?[1-4]| Radio \w+| World Service)?|ITV ?\d?|Channel (?:4|Four|5|Five)|"
    r"Sky(?: One)?|Radio (?:\d|Five Live|Scotland|Wales)|Five Live|MTV|CNN|HBO|CBS|NBC|ABC|S4C|E4)(?:'s|’s)\s+$"
)
# a team sheet: "L Orquera, A [[Troncon]] (Treviso);", "M Corry.  A [[Titterrell]], D Bell": a player's initial
# after a list's separator (a person's vote only when the list goes on after the name: checked in cue_votes,
# so "A [[BBC]] spokesman" is no initial); and "A Troncon ([[Treviso]]);": a club in brackets after a player
_INITIAL_BEFORE = re.compile(r"[,;:.(]\s+[A-Z](?:-[A-Z])?\s$")
_SHEET_GOES_ON = re.compile(r"^(?:\s*[,;]|\s+\(|\.(?:\s|$))")
_BRACKET_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+\($")
_BRACKET_CLOSES = re.compile(r"^(?:\)|,\s*capt\))")
_BEFORE = [b for _, b, _ in _CUES if b] + [
    _INITIAL_BEFORE,
    _BRACKET_BEFORE,
    _BROADCASTER_BEFORE,
    _OPPONENT_BEFORE,
    _WON_BEFORE,
    _LIST_BEFORE,
    _THE_BEFORE,
    _PLACE_BEFORE,
    _HAD_BEFORE,
    _PERSON_BEFORE,
    _NOT_PERSON_BEFORE,
]
# "G7 finance ministers", "G7 industrialised nations", "Opec countries": a group of countries or members (not an
# adjective's: "European countries", nor a city's: "the London meeting"; checked with the mention)
_GROUP_AFTER = re.compile(
    r"^(?:\s+(?:finance ministers|foreign ministers|ministers|member states|members|countries|"
    r"nations|industrialised (?:nations|countries))\b"
    # a firm by its kind after it: "Wipro, India's third-biggest software firm", "the Maserati car
    # company", "the Titan corporation" (not "London, the firm's home"; nor a city's: "the Leeds firm")
    r"|,\s+(?:the|a|an|[A-Z][\w-]*(?:'s|’s))\s+(?:(?!(?:at|of|for|with|in|by)\b)[\w'’-]+\s+){0,3}?"
    r"(?:firm|company|corporation|group|bank|carmaker|retailer|airline|operator|conglomerate|insurer|"
    r"publisher|broadcaster|manufacturer|maker)\b(?!['’]|\s+(?:said|says|added|told|has|had|is|was)\b)"
    r"|\s+corporation\b|\s+(?:car|software|oil|drinks|food|phone|internet|media|music|games|steel|mining|"
    r"tobacco|chemicals|drugs|insurance|engineering|energy|record|film|TV|television)\s+(?:company|firm|maker)\b)"
)
_GROUP_NOT = frozenset({"NORP", "LANGUAGE"})
# a squad list: "Yann Delaigue (Castres), Frederic Michalak (Stade Toulousain);": a player and a club (not a
# body and its acronym, "Absolute Return for Kids (Ark),": checked in cue_votes)
_SQUAD_AFTER = re.compile(r"^\s+\([A-Z][a-z][\w'’ -]*\)\s*[,;]")
_AFTER = [a for _, _, a in _CUES if a] + [
    _APPOSITIVE_AFTER,
    _WHICH_AFTER,
    _SQUAD_AFTER,
    _GROUP_AFTER,
    _ACTOR_AFTER,
    _PAIR_AFTER,
    _PLACE_AFTER,
    _PERSON_AFTER,
    _NOT_PERSON_AFTER,
]
_BEFORE_PROBE = probe([reverse_pattern(p) for p in _BEFORE])
_AFTER_PROBE = probe(_AFTER)
#: (label, index in the before probe's groups or None, index in the after probe's or None) per cue
_CUE_SLOTS: list[tuple[str, int | None, int | None]] = []
for _label, _b, _a in _CUES:
    _CUE_SLOTS.append(
        (_label, _BEFORE.index(_b) if _b else None, next((i for i, x in enumerate(_AFTER) if x is _a), None))
    )
_NB, _NA = len(_BEFORE), len(_AFTER)
_POSSESSIVES = ("'s", "’s")
CUE_WEIGHT = 2.0  # a cue word is clearer evidence than a model label, which repeats the same guess
PRONOUN_WEIGHT = 1.0


def cue_votes(
    tables: Tables, names: Collection[str] | None = None, longer_end: dict[tuple[str, str], int] | None = None
) -> dict[tuple[str, str], Counter]:
    """(article_id, entity name) -> type votes from the words around its mentions and the pronouns
    resolved to it; with ``names``, only for the entities of those names (the others need no vote).
    ``longer_end``: (article_id, name) -> characters its mentions' words run on for (a name the model
    cut short, "[[Breakfast]] with Frost"): the words after are read after those."""
    # (the rows of two halves of the articles at once where a second core is free: halves.py)
    return in_halves(*cue_scan(tables, names, longer_end))


def cue_scan(
    tables: Tables,
    names: Collection[str] | None = None,
    longer_end: dict[tuple[str, str], int] | None = None,
    articles: Collection[str] | None = None,
) -> tuple[list[tuple[Any, ...]], Callable[[Iterable[tuple[Any, ...]]], dict[tuple[str, str], Counter]]]:
    """``cue_votes`` in two parts: the mention rows it reads and what reads some of them (each
    article's rows kept together), for a caller that reads them beside other work; ``articles``: only
    the mentions in these articles."""
    longer_end = longer_end or {}
    m = tables.mentions
    if m.empty:
        return [], lambda rows: defaultdict(Counter)
    keep = m["entity"].notna()
    if names is not None:
        keep &= m["entity"].isin(list(names))
    if articles is not None:
        keep &= m["article_id"].isin(list(articles))
    m = m.loc[keep, MENTION_ROW_COLUMNS]  # (the columns read: not all ten copied, 13-u)
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    return list(mention_rows(m)), lambda rows: _cue_rows(rows, texts, longer_end)


class CuesAhead:
    """``cue_votes`` begun in a forked child before the units' name keys are worked out (13-ap). The
    child reads the articles after the first ``HERE_SHARE`` of them: the mentions of every name whose
    own key is no country's or listed name's, with no run-on (``longer_end``). Meanwhile this process
    works out the keys and ``Ahead``; then ``votes`` reads the first articles itself, as ``cue_votes``
    would, drops from the child's answer the names the keys made listed ones, and reads here the few
    units there that the keys changed the other way or cut short (their words run on). Each (article,
    name)'s counter comes from its own mentions alone, so who reads which changes nothing. Where no
    child can be made, ``votes`` reads everything here, as ``cue_votes`` does in one process."""

    def __init__(self, tables: Tables, names: Iterable[str]) -> None:
        self.tables = tables
        self.started: Started | None = None
        self.here: set[str] = set()
        self.own: set[str] = set()
        if could_fork():
            ids = tables.articles["article_id"].tolist()
            cut = int(len(ids) * HERE_SHARE)
            there, self.here = set(ids[cut:]), set(ids[:cut])
            self.own = own = {x for x in set(names) if not name_key(x).startswith(_LISTED_KEYS)}
            self.started = Started(lambda: cue_scan(tables, own, articles=there), len(tables.mentions))
            if self.started.pid is None:  # (too few mentions to be worth a child: all are read here)
                self.started = None

    def votes(self, names: set[str], longer_end: dict[tuple[str, str], int]) -> dict[tuple[str, str], Counter]:
        """(article_id, name) -> type votes, for the mentions of ``names`` (as ``cue_votes``)."""
        if self.started is None:
            rows, work = cue_scan(self.tables, names, longer_end)
            return work(rows)
        rows, work = cue_scan(self.tables, names, longer_end, articles=self.here)
        out = work(rows)
        got = self.started.result()  # (the child's answer, or the same read here if it failed)
        if got is None:  # (no child after all: its articles are read here too)
            rows, work = cue_scan(self.tables, names, longer_end)
            out.update(work([r for r in rows if r[0] not in self.here]))
            return out
        out.update((k, v) for k, v in got.items() if k[1] in names and k not in longer_end)
        # read here: the child's names it left out (their own key a listed one, a unit's key not) and
        # its units whose words run on
        missed = names - self.own
        redo = {k for k in longer_end if k[1] in names and k[0] not in self.here}
        if missed or redo:
            rows, work = cue_scan(self.tables, missed | {x for _, x in redo}, longer_end)
            here = self.here
            out.update(work([r for r in rows if r[0] not in here and (r[5] in missed or (r[0], r[5]) in redo)]))
        return out

    def close(self) -> None:
        """End the child if its answer was not taken (the caller failed on the way)."""
        if self.started is not None:
            self.started.close()


#: the share of the articles whose cue words this process reads itself while a child reads the rest:
#: the rest of its time goes to the name keys and ``Ahead`` (13-ap; on the BBC tables this process waited
#: 0.07-0.12 s for the child at 0.2, the time to unpickle its answer at 0.3)
HERE_SHARE = 0.3
_LISTED_KEYS = ("country:", "org:")


def _cue_rows(
    rows: Iterable[tuple[Any, ...]], texts: dict[str, Any], longer_end: dict[tuple[str, str], int]
) -> dict[tuple[str, str], Counter]:
    """cue_votes over mention rows (``mention_rows``)."""
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    before_probe, after_probe, slots = _BEFORE_PROBE.match, _AFTER_PROBE.match, _CUE_SLOTS
    won_b, list_b, the_b, place_b, had_b = _NB - 7, _NB - 6, _NB - 5, _NB - 4, _NB - 3
    person_b, not_person_b = _NB - 2, _NB - 1
    title_words = titles()
    actor_a, pair_a, place_a, person_a, not_person_a = _NA - 5, _NA - 4, _NA - 3, _NA - 2, _NA - 1
    np_end = _NP_END.match  # asked only after "a/an/his ..." (rare)
    broadcaster_b, opponent_b, people_words = _NB - 9, _NB - 8, given_names() | title_words
    group_a, places = _NA - 6, city_keys() | set(country_keys()) | set(place_types())
    work_b, work_a = _BEFORE.index(_WORK_BEFORE), _AFTER.index(_WORK_AFTER)
    squad_a, which_a = _AFTER.index(_SQUAD_AFTER), _AFTER.index(_WHICH_AFTER)
    appositive_a = _AFTER.index(_APPOSITIVE_AFTER)
    initial_b, bracket_b = _BEFORE.index(_INITIAL_BEFORE), _BEFORE.index(_BRACKET_BEFORE)
    # (a mention with no cue word around it, most of them, adds no counter: callers read a missing one
    # as no votes)
    for aid, start, end, word, label, ent in rows:
        if label in REFERENCE_LABELS:
            if str(word).casefold() in _HE_SHE:
                out[(aid, ent)]["PERSON"] += PRONOUN_WEIGHT
            continue
        text = texts.get(aid)
        if not isinstance(text, str):
            continue
        start, end = int(start), int(end) + longer_end.get((aid, ent), 0)
        # the words before, reversed: the end-anchored cues match there at one position (suffix.py)
        bm = before_probe(text[max(0, start - CONTEXT) : start][::-1])
        am = after_probe(text[end : end + CONTEXT])
        if sequel_named(str(word), text):  # "Halo" where "Halo 2" is named: a product or work
            out[(aid, ent)]["PRODUCT"] += CUE_WEIGHT
        if bm.lastindex is None and am.lastindex is None:  # no cue pattern matched: no vote
            continue
        votes = out[(aid, ent)]
        b, a = bm.groups(), am.groups()
        for label_, bi, ai in slots:
            if (bi is not None and b[bi] is not None) or (ai is not None and a[ai] is not None):
                votes[label_] += CUE_WEIGHT
        if b[work_b] is not None and a[work_a] is None and text[end : end + 2] in _POSSESSIVES:
            votes["WORK_OF_ART"] -= CUE_WEIGHT  # "his role in Bertolucci's Last Tango": the director's
        if b[broadcaster_b] is not None and str(word).split(" ", 1)[0].casefold() not in people_words:
            votes["WORK_OF_ART"] += CUE_WEIGHT
        if b[opponent_b] is not None:
            votes[OPPONENT_CUE] += 1
        if b[won_b] is not None and _WON_END.match(text[end : end + CONTEXT]):
            votes["EVENT"] += CUE_WEIGHT
        if (apposed := a[appositive_a]) is not None:
            votes[_APPOSITIVE_KIND[apposed.rsplit(None, 1)[-1].casefold()]] += CUE_WEIGHT
        if a[squad_a] is not None and not _its_acronym(a[squad_a], str(word)):
            votes["PERSON"] += CUE_WEIGHT
        if b[initial_b] is not None and _SHEET_GOES_ON.match(text[end : end + 3]):
            votes["PERSON"] += CUE_WEIGHT
        if b[bracket_b] is not None and _a_club_in_brackets(str(word), text, start, end, people_words, places):
            votes["ORG"] += CUE_WEIGHT
        if a[group_a] is not None and label not in _GROUP_NOT and base_key(str(word)) not in places:
            votes["ORG"] += CUE_WEIGHT
        if a[actor_a] is not None and label not in _ACTOR_NOT:
            votes["WORK_OF_ART"] += CUE_WEIGHT
        if b[place_b] is not None or a[place_a] is not None:
            votes[PLACE_CUE] += 1
        pair = a[pair_a] is not None
        if b[had_b] is not None and not pair and np_end(text[end : end + CONTEXT]):
            votes["PRODUCT"] += CUE_WEIGHT
        # "the Queen", "the Pope": a title with its determiner names one person
        title = b[the_b] is not None and str(word).casefold() in title_words
        if b[person_b] is not None or a[person_a] is not None or title:
            votes["PERSON"] += CUE_WEIGHT
        elif (b[not_person_b] is not None and not pair and not _KIN_AFTER.match(text[end : end + 16])) or (
            b[list_b] is None
            and (
                a[not_person_a] is not None
                or (a[which_a] is not None and not _PREPOSITION_END.search(text[max(0, start - 40) : start]))
            )
        ):
            votes["PERSON"] -= CUE_WEIGHT
    return out


_NAME_PARTICLES = frozenset({"de", "van", "der", "del", "dal", "da", "di", "le", "la", "du", "von", "den", "dos"})


def _a_club_in_brackets(
    word: str, text: str, start: int, end: int, people_words: frozenset[str], places: set[str]
) -> bool:
    """ "A Troncon ([[Treviso]]);", "M Bortolami ([[Narbonne]], capt)": a player's club in a squad list; not
    an acronym ("Chartered Institute of Purchasing and Supply ([[CIPS]])") or its expansion, nor a person
    ("([[Robert]])", a substitute and his minute "([[Jenas 77]])")."""
    if word.isupper() or word[-1:].isdigit() or word.split(" ", 1)[0].casefold() in people_words:
        return False
    if not _BRACKET_CLOSES.match(text[end : end + 8]):
        return False
    words = text[max(0, start - 80) : start - 1].split()[-6:]
    # a player's name before the bracket: two words, the last capitalised and no place ("Mumbai
    # ([[Bombay]])", "He ([[Bridge]])"), the first capitalised or a particle ("R de Marigny")
    if len(words) < 2 or not words[-1][:1].isupper() or base_key(words[-1]) in places:
        return False
    if not (words[-2][:1].isupper() or words[-2] in _NAME_PARTICLES):
        return False
    if _its_acronym(f"({words[-1]})", word):  # "LCD ([[Liquid Crystal Display]])": its expansion
        return False
    return not any(_its_acronym(f"({word})", " ".join(words[-k:])) for k in range(1, len(words) + 1))


_NOT_LOWER = re.compile(r"[^a-z]")
_LETTERS = re.compile(r"[A-Za-z]+")
#: words left out of a name's initials
SKIP_IN_INITIALS = frozenset({"of", "for", "the", "and", "de"})


@lru_cache(maxsize=65536)
def _its_acronym(bracketed: str, name: str) -> bool:
    """ "(Ark)" after "Absolute Return for Kids", "(Nymex)" after "New York Mercantile Exchange": the
    bracketed word starts like the name's initials."""
    inner = _NOT_LOWER.sub("", bracketed.casefold())
    skip = SKIP_IN_INITIALS
    initials = "".join(w[0] for w in _LETTERS.findall(name) if w.casefold() not in skip).casefold()
    return len(initials) >= 2 and (inner.startswith(initials[:3]) or initials.startswith(inner[:3]))


def decide_label(model: Counter, cues: Counter, keys: Iterable[str]) -> str:
    """The type with the most evidence: a model label per article, cue words, pronouns, data sets."""
    places = place_types()
    listed = [places[k] for k in keys if k in places]
    if listed:  # a country, listed place or listed organisation is that, whatever a model said
        return Counter(listed).most_common(1)[0][0]
    score = {lab: v for lab, v in model.items() if v > 0}
    for lab, v in cues.items():
        if lab not in (PLACE_CUE, OPPONENT_CUE):
            score[lab] = score.get(lab, 0) + v
    if not score or max(score.values()) <= 0:
        # only evidence against a person: the next label the model gave, else an organisation
        others = [lab for lab, _ in model.most_common() if lab != "PERSON"]
        return others[0] if others else "ORG"
    best = max(score.values())
    # ties go to the label the cue words say more (they are the specific evidence), then to the one
    # the model gave most, then alphabetically (stable across runs)
    tied = [lab for lab, v in score.items() if v == best]
    if len(tied) == 1:
        return tied[0]
    return sorted(tied, key=lambda lab: (-cues.get(lab, 0), -model.get(lab, 0), lab))[0]
