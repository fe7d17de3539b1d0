"""A role's group from the lexicons (``role_group``): the rightmost known word or phrase, the
split words, staff posts, trade bodies, former posts, kin; the story's context groups
(``story_groups``) and the well-known bodies (``known_body``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.extract.sources.campaigns import (
    _candidates_campaign_post,
    _candidates_staff,
    _could_be_a_name,
    _pronouns_staff,
    _staff_post,
    campaign_group_names,
    on_candidates_campaign,
)
from analysis.extract.sources.lexicons import (
    _company_name_heads,
    _context_heads,
    _employer_heads,
    _finance_houses,
    _known_names,
    _lexicon,
    _media_name_heads,
    _member_bodies,
    _names_no_issuer,
    _occupations,
    _organisation_heads,
    _paper_words,
    _party_word_tuples,
    _person_words,
    _portfolios,
    _role_lexicon,
    _split_phrases,
    _sport_words,
    _staff_words,
    _team_positions,
    _title_defaults,
    _trade_heads,
    _trade_words,
)
from analysis.extract.sources.words import (
    _ONE_NATIONAL,
    _SPLIT,
    _capitalised,
    _longest_phrase,
    _rightmost,
    _rightmost_phrase,
    _singular,
    _without_here,
    _words,
    undotted,
)

#: One person by nationality as a whole description: "The Russian", "the Frenchman".
_THE_NATIONAL = re.compile(rf"(?:[Tt]he\s+)?{_ONE_NATIONAL.pattern}")

#: A story's context cue words: beyond the lexicon's minimum, one more different cue word is needed
#: per this many words of the article (a long feature uses a few sports or film words in passing).
CUE_WORDS_PER_EXTRA = 500


def _across_split(
    words: list[str],
    cut: int,
    specific: dict[str, str],
    story: Sequence[str] = (),
    capitals: list[bool] | None = None,
) -> str | None:
    """A lexicon phrase that runs across the split word and starts in the head part: "the city of
    Phoenix" (city of), "Secretary of State Kerry"; the longest wins. ``capitals``: ``_capitalised``
    of the words, when known."""
    if cut >= len(words):
        return None
    joined = f" {' '.join(words)} "
    head_chars = len(" ".join(words[:cut])) + 1
    found = [
        (len(p), p.split()[-1] in _SPLIT, g)
        for p, g in _split_phrases()
        if (at := joined.find(f" {p} ")) >= 0 and at < head_chars
    ]
    if not found:
        return None
    _, open_ended, group = max(found)
    phrase = max((len(p), p) for p, _ in _split_phrases() if f" {p} " in joined and joined.find(f" {p} ") < head_chars)[
        1
    ]
    if phrase.startswith("spokes"):
        # a spokesman's body decides ("a spokesman for the United Mine Workers of America" is a
        # union's); one speaking for a politician or a party is their staff, as a bare spokesman is
        # the body may be named by a word of the occupations list only ("a spokesman for the show")
        # (a person word written with a capital is a word of the body's name: "a spokesman for the
        # Medical Foundation for the Care of Victims of Torture" speaks for a charity, not for victims)
        named = _body_words(words[cut:], capitals[cut:] if capitals else None, specific)
        body = _rightmost(named, specific) or _rightmost(named, _occupations()[1])
        for g in story:
            # "spokesman for organisers MCD Promoters" in a story about the stage: a body named by a
            # word the story places ("organisers" of a festival, a tour)
            body = body or _rightmost(words[cut:], _context_heads()[g][2])
        if body is None:
            # a body no word places ("a spokesman for the Danish Dairy Board"): no phrase decides, so
            # that what the article says of the body may, before the spokesman's default (government)
            return None
        return body if body != "politician" else group
    if "fellow" in phrase.split():
        # a fellowship is a research post wherever it is held: "a fellow at the European Council on
        # Foreign Relations" (a think tank, whatever the words of its name say) is an expert
        return group
    if group == "politician":
        # a minister's portfolio says what the ministry does, not what the minister is ("Minister for
        # Sport", "Minister for Children, Young People and Families", "Secretary of State for Culture,
        # Media and Sport"): the labels' UK ministers rule makes every one a politician
        return group
    # "vice president of" gives way to what it is of: "... of the European Commission"; and to a body
    # named before it, whose post it is ("VH1's vice president of music and talent": the channel's)
    owner = _rightmost(joined[: joined.find(f" {phrase} ")].split(), specific)
    owner = owner if owner not in {None, "politician"} else None
    return (_rightmost(words[cut:], specific) if open_ended else None) or owner or group


def story_groups(text: str) -> tuple[str, ...]:
    """The groups whose cue words the article uses often enough (``context_heads`` in the lexicon):
    a sports story makes a "manager" or "president" a sports one."""
    found = re.findall(r"[a-z][a-z-]+", text.lower())
    words = set(found)
    # a long article needs more of them: three sports words in 3,700 words of climate policy
    # ("club", "goal", "goals") do not make a sports story
    scale = round(len(found) / CUE_WORDS_PER_EXTRA)
    counts = {g: len(words & cues) for g, (_, cues, _, _) in _context_heads().items()}
    groups = tuple(g for g, (need, _, _, _) in _context_heads().items() if counts[g] >= max(need, scale))
    if "business" in groups and counts["business"] > counts["culture and sport"]:
        # a firm's results that name the clubs it sponsors ("Umbro profits lifted by Euro 2004"): a
        # business story, where a bare "chief executive" is the firm's, not a club's
        groups = tuple(g for g in groups if g != "culture and sport")
    return groups


#: An honorific or a service rank written small at the end of a post, the start of the name that follows ("GW
#: Pharma executive chairman Dr", "Japanese Defence Minister Gen" before "Nakatani"): the post says what they
#: speak as (a rank alone, "Lt Col", stays the rank's).
_TITLE_WORD_AFTER_POST = re.compile(
    r"(?<=\w)\s+(?:Dr|Gen|Col|Capt|Lt|Maj|Sgt|Adm|Cmdr|Brig)\.?\s*$"
    # a spokesman's rank written in full ("Pentagon spokesman Navy Captain"): he speaks as the spokesman
    r"|(?:(?<=spokesman)|(?<=spokeswoman)|(?<=spokesperson))\s+(?:(?:Navy|Army|Air Force|Marine Corps|Marine)\s+)?"
    r"(?:(?:Rear|Vice)\s+Admiral|Admiral|Captain|Colonel|Lieutenant[ -]Colonel|Lieutenant|Major|Commander|Brigadier"
    r"|Sergeant)\s*$"
)


def role_group(
    role: str | None, title: bool = False, story: Sequence[str] = (), name: bool = False, generic: bool = True
) -> str:
    """The role group of a role phrase (or an organisation's name); "unknown" when none fits.
    ``title``: the phrase stands before a name as a title ("Work Secretary Alan Johnson").
    ``story``: the article's story groups (``story_groups``), which decide generic heads first.
    ``name``: the words are an organisation's name, where a word for a person says nothing of what
    the body is ("Health and Safety Executive" is no business, "Institute of Directors" still is).
    ``generic``: fall back on a generic head's default ("spokesman": government); without it such a
    role is "unknown", so that a body the role names can decide."""
    if not role:
        return "unknown"
    role = undotted(role)  # "F.B.I. officials" are the lexicon's "FBI officials"
    role = _THEN_POST.sub("", role)  # "then-president": the post held then, as "former president" is
    role = _UNITED_STATES_BEFORE.sub("US ", role)  # "United States President": the title decides, as in "US President"
    # "United States Attorney-General", hyphenated as Canberra writes it: still America's chief law officer
    role = _US_ATTORNEY_GENERAL.sub("US attorney general", role)
    if name and _a_trades_union(role):
        return "civil society, NGO, union"  # "Fire Brigades Union": the firefighters' union, no fire service
    post = _TITLE_WORD_AFTER_POST.sub("", role)
    if post != role and role_group(post, title, story, name, generic) != "unknown":
        # "GW Pharma executive chairman Dr": the honorific of the name that follows says the person
        # holds a doctorate, the post before it what they speak as ("Dr" alone stays an expert's); so
        # for a rank ("Japanese Defence Minister Gen": a minister, a politician, as the labels read ministers)
        return role_group(post, title, story, name, generic)
    # a body named for what it campaigns against is an advocacy group, whatever its other words are
    role = _AGAINST_BODY.sub(" pressure group ", role)
    role = _DISEASE_BODY.sub(" charity ", role)  # "the Cancer Council", "Diabetes UK": a patients' charity, no state's
    role = _members_for_body().sub(" pressure group ", role)  # "Students For Life of America": named for its members
    role = _members_of_country().sub(" pressure group ", role)  # "Iraq and Afghanistan Veterans of America"
    role = _members_body_named().sub(" pressure group ", role)  # "Victims of Crime Trust": its members' body
    role = _CAMPAIGN_NAME.sub(" pressure group ", role)  # "Stop Stansted Expansion": named for what it demands
    role = _HOUSE_COMMITTEE.sub(" select committee", role)  # "the Commons work and pensions committee"
    role = campaign_group_names(role)  # "the Campaign for Tobacco-Free Kids": an advocacy group, no candidate's
    role = _sport_body().sub(" sports council", role)  # "International Cricket Council": a sport's governing body
    if "culture and sport" in story:
        role = _SPORT_FEDERATION.sub(" sports council", role)  # "Spanish Federation press officer" in a match report
    role = _LEANING_GROUP.sub(_without_leaning, role)  # "the conservative legal group": no party
    role = _FRIEND_AND.sub("", role)  # "a friend and adviser": the post says what they speak as
    role = _AND_SUPPORTER.sub("", role)  # "a Maine legislator and Sanders supporter": the post says what they are
    # "the acting associate administrator ... at NASA and the other witness at the hearing": the post decides
    role = _AND_WITNESS.sub("", role)
    role = _IN_A_COUNTY.sub("", role)  # "a Sanders volunteer in Richland County": where, not the county's post
    role = _MEMBERS_NETWORK.sub(_network_of_members, role)  # "Fostering Network": a charity's name, no broadcaster
    role = _OUTSIDE_PARTY.sub("outside ", role)  # "head of third party services": a supplier, no political party
    role = role.replace(" & ", " and ")  # "Food & Agriculture Organisation" is the lexicon's "food and ..."
    role = _current_post(role, story)
    if _SHADOW_POST.match(role.strip()):
        return "politician"  # "shadow attorney general": an opposition frontbencher, whatever the post
    if _EU_COMMISSIONER.search(role.strip()):
        return "politician"  # "the European Union's monetary affairs commissioner": a member of the EU's executive
    if _NGO_THEN_NAME.match(role.strip()):
        return _CIVIL  # "the NGO Front Line Defenders": what the body is, whatever its name's words say
    if _WRITING_IN.match(role.strip()):
        return "media"  # "writing in the Guardian": a by-line, whoever the outlet is
    if _at_finance_house(role.strip()):
        return "expert or academic"  # "at Citigroup Global Markets": the house's market analyst, no post given
    if _RESIDENCE.fullmatch(role.strip()):
        return _ORDINARY  # "Betsy Sharp of Burke County, Georgia": where she lives, not a county's post
    if _PARTY_STATE_TAG.fullmatch(role.strip()):
        return "politician"  # "D-Mont.", "R-Ky.": a lawmaker's party and state
    if "politics" in story and _politicians_staff(role.strip()):
        return _STAFF  # "Trump's Virginia state director", "Sanders' senior strategist": a politician's staff
    if _team_position().fullmatch(role.strip()):
        return "culture and sport"  # "England centre", "the former Scotland international": a player
    if "culture and sport" in story and _THE_NATIONAL.fullmatch(role.strip()):
        return "culture and sport"  # "The Russian", "the Frenchman" in a match report: a player or coach
    if _MANAGEMENT_OF.fullmatch(role.strip()):
        return "culture and sport"  # "his management company": a performer's or an athlete's agents
    if (agent := _PERSONS_AGENT.match(role)) and all(_could_be_a_name(w, _role_lexicon()[0]) for w in _words(agent[1])):
        return "culture and sport"  # "Aguilera's agent", "Bellamy's agent": a performer's or a player's agent
    if (whose := _staff_of(role)) is not None and role_group(whose) == "politician":
        return _STAFF  # "Prime Minister Tony Blair's official spokesman", "the prime minister's office": staff
    if (whose := _kin_of(role)) is not None and (
        role_group(whose) == "politician"
        or _known_names()[1].get(whose) == "politician"
        or _known_surnames().get(whose) == "politician"
    ):
        # "son of the Republican presidential front-runner", "the nominee's eldest daughter": a
        # politician's relative speaking in the story speaks for the campaign, not as a voter
        return _STAFF
    if (kin := _KIN_OF.match(role)) is not None and _a_person(kin.group("whose")):
        # "the father of a slain U.S. soldier", "the daughter of activist Malcolm X": a relative speaks as
        # family, an ordinary person, not in the field of the one they are family of ("the father of
        # the internet" is no one's relative)
        return _ORDINARY
    fallback = generic
    specific, generic = _role_lexicon()
    words = _without_here(_words(role))
    doer = None  # the role read as a post ("manager of ...") when it says what the person does
    if len(words) > 2 and words[0] in {"who", "that"} and words[1] in _DOER:
        # "who chairs the committee": its chairman; "who plays for Chelsea": a player for Chelsea
        words = [_DOER[words[1]], *([] if words[2] in _SPLIT else ["of"]), *words[2:]]
        doer = _WHO_DOES.sub(lambda m: f"{_DOER[m.group(1).lower()]}{'' if m.group(2) else ' of'} ", role, count=1)
    elif len(words) > 1 and words[0] in _POST_VERB_FORMS and words[1] not in _SPLIT:
        words = [_DOER[words[0]], "of", *words[1:]]  # "runs Podcast Alley" (``clauses.post_verb``): its head
    if name:
        whole = _longest_phrase(words, specific)
        if whole and whole[1] > 1:
            # a name holding a lexicon phrase: "Institute of Directors", "United States", "State
            # Department Refugee Processing Center" (the department's, not a refugee's)
            return whole[0]
        if (
            len(words) > 1
            and words[-1] in _media_name_heads()
            or len(words) == 2
            and words[0] == "the"
            and words[1] in _paper_words()
        ):
            return "media"  # "New York Times", "Agence France Presse", "the Telegraph": a news outlet's name
        if len(words) == 1 and words[0] in _paper_words():
            return "media"  # "Times" (the tagger's name for "The Times")
        if len(words) > 1 and words[-1] in _company_name_heads() and _rightmost(words[:-1], specific) is None:
            return "business"  # "Qwest Communications", "Japan Airlines": a firm's name
        if words and _singular(words[-1], generic) in _person_words():
            words = words[:-1]  # "Health and Safety Executive": a body, not an executive
    words = _without_portfolio(_without_bare_person(words), specific)
    at = next((k for k, w in enumerate(words[:2]) if w.removeprefix("co-") in {"author", "authors"}), None)
    if at is not None and any(w in _STUDIES for w in words[at + 1 :]):
        return "expert or academic"  # "author of the Analysys report": a study's author, not a writer
    if words and (words[-1] in _LEGAL or words[-1].removesuffix("s") in _LEGAL):
        return specific[words[-1].removesuffix("s")]  # "Ministry of Defence lawyers": lawyers, not the ministry
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    head, rest = words[:cut], words[cut:]
    # a document word right before a body's head word describes the body, no document: "research firm TNS"
    bodies = _organisation_heads()
    issuer = [w for k, w in enumerate(head) if not _names_no_issuer(w) or (k + 1 < len(head) and head[k + 1] in bodies)]
    # a phrase across the split word first: "Bank of England governor" is the Bank of England's
    caps = _capitalised(role)
    caps_known = caps if len(caps) == len(words) else None
    group = _across_split(words, cut, specific, story, caps_known)
    if group is None and len(issuer) < len(head):
        # a document speaks for whoever issued it: "a New York Times/CBS News poll" is the paper's
        group = _rightmost(issuer, specific) or _rightmost(rest, specific)
        if any(w in _RESEARCH_NOTES for w in head) and _MARKET_HOUSE.search(" ".join(words)):
            group = "expert or academic"  # "research from a City investment bank": its analysts' (bank analysts rule)
    # the post's head first, then the body it is of/at/for: not a word of a work's title ("director of
    # About a Boy") or of the post's field ("Clearswift's director of research")
    body = _body_words(rest, caps[cut:] if len(caps) == len(words) else None, specific)
    described = _described_body(rest, caps[cut:] if len(caps) == len(words) else None, specific)
    group = group or _rightmost(head, specific) or _rightmost(described or body, specific)
    if len(head) > 1 and head[-2] in {"campaign", "campaigns"} and (of := _rightmost(described or body, specific)):
        group = of if of != "politician" else group  # "campaigns director at Greenpeace": the body's campaigns
    if group == "business" and _top_post_of_placed_body(head, described or body, specific):
        group = _rightmost(described or body, specific)  # "chief executive of the charity": the body's
    if len(head) > 2 and " ".join(head[-2:]) in _VOICE_POSTS and (whose := _rightmost(head[:-2], specific)):
        # "Spanish Federation press officer", "Uefa press officer": the body's voice, as its spokesman
        # is (a party's stays its staff: "Labour press officer")
        group = whose if whose != "politician" else group
    if group == _STAFF and " ".join(head[-2:]) in _BODY_VOICE_POSTS and (of := _rightmost(described or body, specific)):
        # "communications director of the progressive advocacy group Democracy for America": a body's
        # voice is in the body's field, as its spokesman is (a campaign's, a party's or a ministry's stays staff)
        group = of if of not in {"politician", _STAFF} else group
    if group == _STAFF and "culture and sport" in story and _sport_voice(words, specific):
        group = "culture and sport"  # "IAAF Communications director" in a sports story: the sport body's voice
    if head and head[-1] in _GOVERNORS and (of := _rightmost(described or body, specific)) not in {None, "politician"}:
        group = of  # "governor of the Tourism Authority of Thailand": that body's head, not a state's
    if group == "politician" and head[-1:] in (["minister"], ["ministers"]) and set(rest) & _WORSHIP:
        group = _CIVIL  # "a minister with the Living Church of God", "minister at St Mary's Church": clergy
    if group == _STAFF and len(head) > 1 and head[-1] in _OFFICES and _rightmost(head[:-1], specific) == _JUSTICE:
        group = _JUSTICE  # "NYPD Commissioner", "Army spokesman": the police's, the army's
    if group == "politician" and "campaign" in rest and _rightmost(head, generic) == _STAFF:
        group = _STAFF  # "an economic policy adviser at the Clinton campaign": campaign staff
    if (
        "politics" in story
        and _staff_post(head, words)
        and group not in _OWN_FIELDS
        and _rightmost(described or body, specific) != _ACADEMIC
    ):
        # "a former senior strategist for the Obama campaign", "RNC Research Director"; not a union's,
        # a firm's or an outlet's own political staff ("United Steelworkers Political Director"), nor a
        # university's or a research centre's ("director of the Suffolk University Political Research
        # Center": "Political" is a word of its name, no campaign work)
        group = _STAFF
    if "politics" in story and len(caps) == len(words) and _candidates_staff(head, caps[:cut], specific):
        group = _STAFF  # "Trump campaign chairman", "Sanders strategist": on a candidate's staff
    if "politics" in story and _pronouns_staff(head):
        group = _STAFF  # "His chief strategist": someone's own, as "Sanders strategist" is
    if "politics" in story and group in {None, "politician"} and _candidates_campaign_post(role, specific):
        group = _STAFF  # "Donald J. Trump's newly installed campaign chief": the candidate's staff
    if group in {None, "politician", "business", _ORDINARY} and (
        on_candidates_campaign(role, story) or (doer is not None and on_candidates_campaign(doer, story))
    ):
        # "vice chairwoman for Clinton's presidential campaign", "His campaign chairman", "who managed Bob
        # Dole's 1996 campaign" (read as "manager of Bob Dole's 1996 campaign"), "Her campaign workers"
        # (a campaign's paid workers, no members of the public)
        group = _STAFF
    if "politics" in story and group == "politician" and head[-1:] and head[-1] in _PAC_POSTS and _names_a_pac(rest):
        # "who ran a pro-Jeb Bush super PAC", "president of the Congressional Leadership Fund, a super PAC":
        # a PAC's staff, as its spokesman already is (the PAC itself, speaking, stays the politics it buys)
        group = _STAFF
    party_post = head[-2:] == ["chief", "executive"] and _names_a_party(head[:-2])
    if group in {"business", "politician"} and party_post:
        group = _STAFF  # "Liberal Democrat chief executive", "Party chief executive": the party's senior employee
    if group == "politician" and _PARTY_VOICE.fullmatch(" ".join(words)):
        group = _STAFF  # "A Conservative spokeswoman": the party's press officer, not a frontbencher
    elif group == "politician" and _voice_for_politicians(head, rest):
        # "a spokesman for House Speaker Paul Ryan", "A spokeswoman for the House Armed Services Committee":
        # a politician's or a committee's press officer, staff (as "a spokesman for Mr Blair" already was)
        group = _STAFF
    elif (
        group != "politician"
        and not rest
        and (_portfolio_voice(head) or (_about_politics(story) and _frontbench(head)))
    ):
        # "Conservative local government spokesman", and in a story about politics "Local government
        # spokesman Ed Davey", "the party's Treasury spokesman": a frontbencher, not the portfolio's
        group = "politician"
    elif group != "politician" and (_portfolio_voice_for(head, rest, specific) or _party_portfolio_voice(head, rest)):
        group = "politician"  # "the Conservative spokesman for the Cabinet Office": a frontbencher
    if head and head[-1] in _employer_heads() and _sport_field(rest):
        group = "culture and sport"  # "Gloucester director of rugby", "head of football": a club's post
    if group == _JUSTICE and "westminster" in story and _UK_LAW_OFFICER.fullmatch(" ".join(words)):
        group = "politician"  # "the Attorney General" in a story about Westminster: a minister, no US prosecutor
    if (
        group == "government official or spokesperson"
        and "european union" in story
        and head[-1:] in (["commissioner"], ["commissioners"])
        and _rightmost(head[:-1], specific) is None
    ):
        # "Transport Commissioner Jacques Barrot", "Commissioner for Transport" in a story about the EU: a
        # member of the European Commission, a politician (the labels' EU commissioners); "Metropolitan
        # Police Commissioner" and "the information commissioner" keep their post's group
        group = "politician"
    if group == _STAFF and (firm := _FIRMS_POSSESSIVE.match(role)) and _known_firm(firm.group(1)):
        # "Twitter's director of political ad sales", "Facebook's global politics and government outreach
        # director": a known firm's employee, whatever politics the post is about
        group = "business"
    if group == _JUSTICE and "arts" in story and _prize_panel(words):
        # "Judges said the film ...", "the 13-strong AFI jury": a prize's or a show's panel in a story about the arts
        group = "culture and sport"
    if group in {_JUSTICE, None} and not rest and _SERVICE_VETERAN.search(" ".join(head)):
        group = _ORDINARY  # "a Navy veteran": a former serviceman quoted as a member of the public
    if group is None and title and len(words) == 1:
        group = _rightmost(head, _title_defaults())  # "President Obama", even in a story full of sport words
    longer = _rightmost_phrase(head, generic)
    if group is None and longer and longer[1] > 1 and longer[0] != "unknown":
        group = longer[0]  # "General secretary": the longer generic phrase beats the title "secretary"
    if group is None and rest and head and head[-1].startswith("spokes"):
        for g in story:
            # "spokesman for organisers MCD Promoters" in a story about the stage: the body is named
            # by a word the story places (a festival's or a tour's "organisers")
            group = group or _rightmost(rest, _context_heads()[g][2])
    noun = _head_noun(head, rest)
    for g in story:
        group = group or _rightmost(noun, _context_heads()[g][2])  # the head noun only: not "director general"
        executive = _context_heads()[g][3]
        if group == "business" and not rest and (found := _rightmost_phrase(head, executive)):
            # "managing director Karen Brady", "UKA chief executive" in a sports story: the club's or
            # the sport body's, unless another word of the role names a business ("Nike chief executive"
            # stays business only when "Nike" is in the lexicon)
            before = head[: len(head) - found[1]]
            # (a word of the sport's own, "United's chief executive", "the club's", leaves it the club's)
            group = found[0] if _rightmost(before, specific) in {None, found[0]} else group
    if group is None and "business" in story and _BARE_ADMINISTRATORS.fullmatch(role.strip()):
        group = "business"  # "Administrator Mark Mentha" of a collapsed airline: an insolvency firm's
    if group is None and title and head[-1:] != ["general"]:
        # ("Director General X", "Registrar General X": "General" after another word is part of an office,
        # never the army's rank the title defaults give it alone)
        group = _rightmost(head, _title_defaults())
    if group is None and "culture and sport" in story and not rest and head and head[-1] in _team_positions():
        group = "culture and sport"  # "centre Jamie Noon" in a match report: a player's position
    if group == _CIVIL and _trade_body(words):
        group = "business"  # "Association for Payment Clearing Services": a trade body, not a charity
    if group == _STAFF and _INDUSTRY_COUNCIL.search(" ".join(words)):
        group = "business"  # "the Queensland Tourism Industry Council": a trade's body, no local council
    if title and _POLICE_INSPECTOR.fullmatch(role.strip()):
        group = _JUSTICE  # "Chief Inspector Bronwyn Killmier": a police rank before a name (a schools inspector's post
        # is written with its body: "Chief Inspector of Schools")
    if group is None and len(head) > 1 and head[-1] in _FIRM_HEADS and any(w in _trade_words() for w in head[:-1]):
        group = "business"  # "drugs group Eli Lilly", "mining giant": a firm of an industry
    if group is None:
        # a job title the groups above lack ("school teacher", "an architect"), before any generic default
        occupations = _occupations()[1]
        head, rest = _without_own_site(head, role), _without_own_site(rest, role)
        group = _rightmost(_without_bare_body(head), occupations) or _rightmost(_without_bare_body(rest), occupations)
    if group == _ORDINARY and head and _rightmost(head[-1:], specific) is None:
        # "Children's author", "Scissor Sisters frontwoman": the trade at the head says what the person
        # speaks as, not a word for members of the public before it or in the body it is of
        trade = _occupations()[1].get(head[-1]) or (generic[head[-1]] if head[-1] in _TRADE_HEADS else None)
        group = trade if trade not in {None, _ORDINARY} else group
    if group is None and head and _SPECIALIST.search(head[-1]):
        group = "expert or academic"  # "a microbiologist", "urologists": a science's or medicine's specialist
    if group == "politician" and head[-1:] in (["volunteer"], ["volunteers"]):
        group = _ORDINARY  # "a volunteer for the Sanders campaign": a member of the public, no politician or staff
    if group == "culture and sport" and len(head) > 1 and head[-1] in {"writer", "writers"} and _outlet(head[-2]):
        group = "media"  # "Washington Post writer", "Gawker.com writer", "staff writer": a news outlet's, no author
    if group == "culture and sport" and _entertainment_firms_post(role, head):
        group = "business"  # "Revolution Studios spokesman", "the head of Universal Music Germany": the firm's
    if group in {None, "business"} and _LOCAL_GOVERNMENTS_POST.match(role) and head and head[-1] in generic:
        # "the city's emergency operations director", "the county's first deputy manager": a post in a
        # local government, its official (a generic head would default to a firm's)
        group = _STAFF
    if group is None and _WORKS_SOMEWHERE.match(role):
        # "who works in a factory in Phnom Penh", "who works in retail": a worker, where no body the clause
        # names places them ("who works for a local charity" is the charity's)
        group = _ORDINARY
    return group or (_rightmost(head, generic) if fallback else None) or "unknown"


def _outlet(word: str) -> bool:
    """Whether a word ends a news outlet's name or says the post is a paper's: "Post", "Times", "Yorker",
    a web address ("Gawker.com"), "staff" (a staff writer)."""
    return word in _media_name_heads() or word in {"yorker", "staff"} or word.endswith(".com")


#: Whose supporter a person with a post also is, after the post: "a California superdelegate and Clinton
#: supporter" (the post decides, not the support).
#: A witness's part written after a post: "... at NASA and the other witness at the hearing" (the post says what
#: the person speaks as; a witness alone stays an ordinary person or witness).
_AND_WITNESS = re.compile(r"(?<=\w)\s+and\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}witness(?:es)?\b.*$", re.IGNORECASE)
_AND_SUPPORTER = re.compile(r"\s+and\s+(?:an?\s+)?(?:(?:[A-Z][\w.'’-]*\s+){1,3})(?:supporter|backer|ally|fan)s?\s*$")

#: Where a person is, after their words: "a 31-year-old Sanders volunteer in Richland County" (no post of
#: the county's: the words before it decide, as "Betsy Sharp of Burke County, Georgia" is a resident).
_IN_A_COUNTY = re.compile(
    r"\s+in\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:County|Parish|Township)(?:,\s*(?:[A-Z][\w.'’-]*\s?){1,3})?\s*$"
)

#: A post a city, county or town is written as owning ("the city's first deputy manager").
_LOCAL_GOVERNMENTS_POST = re.compile(
    r"^\s*(?:the\s+)?(?:city|county|town|borough|village|township|municipality)['’]s?\s", re.IGNORECASE
)


@cache
def _entertainment_firm() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, _lexicon("role_groups.json")["entertainment_firm_heads"]))
    # (not a body's part named for the trade: "Bafta's Interactive Entertainment committee")
    return re.compile(
        rf"\b[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*)*\s+(?:{heads})\b"
        r"(?!\s+(?:[Cc]ommittee|[Cc]ouncil|[Aa]cademy|[Aa]wards?|[Ff]estival|[Aa]ssociation|[Ss]ociety|[Ff]orum|[Uu]nion))"
    )


@cache
def _firm_posts() -> frozenset[str]:
    return _employer_heads() | {"spokesman", "spokeswoman", "spokesperson"}


def _entertainment_firms_post(role: str, head: list[str]) -> bool:
    """Whether a role is a post at the top of a film, music or games firm, or its voice: a post word
    (``employer_heads``, a spokesperson) and the firm's name ("Sony Pictures Entertainment vice chairman")."""
    return any(w in _firm_posts() for w in head) and _entertainment_firm().search(role) is not None


#: Where a role joins several posts: "a senior fellow at the Hoover Institution and a former United
#: States ambassador", "a former Democratic tax aide now teaching at New York University".
_POST_SPLIT = re.compile(r",|;|\band\b|\bnow\b")
_FORMER_POST = re.compile(r"^\s*(?:(?:a|an|the|his|her|their)\s+)?(?:former|ex-|onetime|one-time)", re.IGNORECASE)


def _body_words(rest: list[str], capitals: list[bool] | None, specific: dict[str, str]) -> list[str]:
    """The words after a post's split word ("of", "at", "for" ...) that can say what body it is of:
    without a person word written with a capital, which is part of a name or a title, not a person
    ("director of About a Boy"), and without a study word right after "of", which is the post's field,
    not its body ("director of research"; "the Center of Research" is a name). ``capitals``:
    ``_capitalised`` of the words, when known."""
    kept = []
    for k, w in enumerate(rest):
        if capitals is not None and capitals[k] and specific.get(_singular(w, specific)) == _ORDINARY:
            continue
        if capitals is not None and not capitals[k] and w in _STUDIES and k > 0 and rest[k - 1] == "of":
            continue  # written small: a field ("of research"), not a body's name ("Center of Research")
        kept.append(w)
    return kept


#: Fields whose body's head speaks in the body's field, whatever the post's own default ("chief
#: executive" is a business title). A party's or a state's body keeps the post's reading.
_BODY_FIELDS_OF_POSTS = frozenset({"civil society, NGO, union", "media", "culture and sport", "expert or academic"})
_POST_FILLERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "former", "then", "and"})
#: A court's words: a jury or judges of a trial, not of a prize ("the grand jury", "appeals court judges").
_COURT_WORDS = frozenset({"court", "courts", "trial", "crown", "grand", "federal", "supreme", "appeal", "appeals"})


def _prize_panel(words: list[str]) -> bool:
    """Whether role words are only judges, or a jury with a prize's name or the panel's size, and no
    word of a court's ("Judges", "the 13-strong AFI jury"; not a bare "the jury": a story about the arts
    may be about a star's trial)."""
    rest = [w for w in words if w not in _POST_FILLERS]
    if not rest or len(rest) > 3 or set(rest) & _COURT_WORDS:
        return False
    return rest[-1] == "judges" or (rest[-1] in {"jury", "juries"} and len(rest) > 1)


def _top_post_of_placed_body(head: list[str], body: list[str], specific: dict[str, str]) -> bool:
    """Whether a role is only a post at the top of a body (``employer_heads``: "chief executive",
    "managing director", "chairman") followed by a body whose words place it in a field of its own
    ("chief executive of the charity", "managing director of media consultancy X": a consultancy's
    head, expert): the body decides, as ``_employer_decides`` lets a named body decide."""
    posts = [w for w in head if w not in _POST_FILLERS]
    heads = _employer_heads()
    return bool(posts) and all(w in heads for w in posts) and _rightmost(body, specific) in _BODY_FIELDS_OF_POSTS


def _head_noun(head: list[str], rest: list[str]) -> list[str]:
    """The noun a role is built on, as a one-word list: the head's last word, or for "one of <people>"
    the last word of the people before the next split word ("one of her male colleagues" is a
    colleague, "one of the nominees in the category" a nominee)."""
    if head[-1:] == ["not"] and len(head) > 1:
        return head[-2:-1]  # "One delegate not on the Cruz slate": a delegate
    if head != ["one"] or len(rest) < 2 or rest[0] != "of":
        return head[-1:]
    end = next((k for k, w in enumerate(rest) if w in _SPLIT and k > 0), len(rest))
    return rest[end - 1 : end]


def _current_post(role: str, story: Sequence[str] = ()) -> str:
    """A role without the posts it says the person held before, when it also gives one they hold
    now that the lexicon places: what the person is in the story is the current post."""
    parts = [p for p in _POST_SPLIT.split(role) if p.strip()]
    if len(parts) < 2 or not any(_FORMER_POST.match(p) for p in parts):
        return role
    current = [p.strip() for p in parts if not _FORMER_POST.match(p)]
    if current and any(role_group(p, story=story) != "unknown" for p in current):
        return " and ".join(current)
    return role


_CIVIL = "civil society, NGO, union"
_ACADEMIC = "expert or academic"
_ORDINARY = "ordinary person or witness"
#: A ministry's head word; the words after its "of"/"for" name its portfolio, not what the body is.
_MINISTRIES = frozenset({"ministry", "department"})
#: Groups a portfolio's words may carry ("Trade and Industry", "Culture, Media and Sport"): fields, not bodies.
_FIELDS = frozenset({"business", "culture and sport", "media", "expert or academic", _CIVIL, _ORDINARY})
#: A person word that says nothing of what someone does when a definite description is built on it.
_BARE_PERSONS = frozenset({"man", "woman"})
#: The words after it that make such a description pick out someone by what they did ("the man behind
#: suprnova.org", "the man responsible for ...", "the man who started the festival"); a place ("the man
#: next door") leaves the ordinary person.
_IDENTIFYING = frozenset({"behind", "responsible", "who"})


def _without_portfolio(words: list[str], specific: dict[str, str]) -> list[str]:
    """The words without those naming a ministry's field: "Ministry of Economy, Trade and Industry", "a
    spokesman for the Department of Trade and Industry" are the government's, not a trade's. The
    portfolio runs from the "of"/"for" after the ministry's head to the first word of another group
    ("Department for Education and Skills spokeswoman": the spokeswoman stays)."""
    out: list[str] = []
    portfolio = False
    for k, w in enumerate(words):
        if k >= 2 and words[k - 1] in {"of", "for"} and words[k - 2] in _MINISTRIES:
            portfolio = True
        group = specific.get(_singular(w, specific))
        if portfolio and k + 1 < len(words) and specific.get(f"{w} {words[k + 1]}") not in {None, *_FIELDS}:
            portfolio = False  # "Department of Homeland Security press secretary": a post's own phrase ends it
        if portfolio and group is not None and group not in _FIELDS:
            portfolio = False
        if portfolio and group in _FIELDS:
            continue
        out.append(w)
    return out


def _without_bare_person(words: list[str]) -> list[str]:
    """A definite description built on "man"/"woman" ("the man behind suprnova.org", "the man responsible
    for a string of comic superheroes", "the kind-hearted and caring man") without that word: it says who
    the article means, not that the person is an ordinary one ("a man who saw the crash" and "the man next
    door" stay)."""
    if len(words) < 2 or words[0] != "the":
        return words
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    return [
        w
        for k, w in enumerate(words)
        if not (k < cut and w in _BARE_PERSONS and (k == len(words) - 1 or words[k + 1] in _IDENTIFYING))
    ]


#: A body's name of capitalised words around "Against": "League Against Cruel Sports", "Campaign Against
#: Arms Trade", "Mothers Against Drunk Driving" (not "the case against Ms Smith": written small); or one
#: ending "Without Borders" ("Reporters Without Borders", "Doctors Without Borders", "Medecins Sans
#: Frontieres"): a campaign across countries, whatever people its first word names (no newsroom's, no clinic's).
#: A body named for a disease and a council, a support or a country ("The Cancer Council", "Northern Territory Aids
#: Council", "Macmillan Cancer Support", "Diabetes UK"): a charity of its patients (a council alone is a local
#: government's).
_DISEASE_BODY = re.compile(
    r"\b(?:Cancer|Aids|AIDS|HIV|Diabetes|Asthma|Leuk(?:a)?emia|Arthritis|Epilepsy|Dementia|Autism|Alzheimer['’]?s|"
    r"Parkinson['’]?s|Kidney|Lung|Motor\s+Neurone)\s+(?:Council|Support|UK|Australia)\b"
)
_AGAINST_BODY = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Against(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,4}|Without\s+Borders\b|Sans\s+Fronti[eè]res\b)"
)
#: A body named by what it demands, a capitalised imperative then a capitalised name: "Stop Stansted
#: Expansion", "Save Our Community", "Save the Children", "Scrap the Cap": a campaign, civil society
#: (as *X Against Y*). Not "Keep" or "Free" ("Keep the Promise" is a super PAC, "Free Press" an outlet).
_CAMPAIGN_NAME = re.compile(
    r"(?<![\w'’-])(?:Stop|Save|Ban|Scrap|Protect|Defend)\s+(?:(?:the|The|Our|our)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)

#: A committee of a legislature named by its house: "the Commons work and pensions committee", "the Lords
#: science committee", "the Senate Judiciary Committee": a committee of members, politicians as "select
#: committee" is (its chairman too), whatever its subject words say ("pensions", "science").
_HOUSE_COMMITTEE = re.compile(
    r"\b(?:Commons|Lords|Senate|House|[Cc]ongressional|[Pp]arliamentary|Assembly)\s+"
    r"(?:[\w'’-]+,?\s+){0,6}?[Cc]ommittee\b"
)

#: A member of the European Commission, the EU's executive, named by the Union and a portfolio: a politician
#: (the labels' Mandelson and Almunia), as "EU commissioner" in the lexicon already is.
_EU_COMMISSIONER = re.compile(
    r"^(?:(?i:the|a|an|new|former|then|now)\s+)*(?:EU|European(?:\s+Union)?|Brussels)(?:['’]s?)?\s+"
    r"(?:[\w'’-]+\s+){0,4}[Cc]ommissioner$"
    r"|^(?:the\s+)?(?:[Ee]conomic\s+and\s+)?[Mm]onetary\s+[Aa]ffairs\s+[Cc]ommissioner$"
)

#: An administrator with no other word for the post ("the joint administrators"): in a story about companies and
#: markets, the insolvency firm running a collapsed company.
_BARE_ADMINISTRATORS = re.compile(r"(?:(?:the|its|an?|joint|voluntary)\s+)*administrators?", re.IGNORECASE)
#: A council of a trade or of business ("Tourism Industry Council", "Business Council of Australia"): a trade body.
_INDUSTRY_COUNCIL = re.compile(r"\b(?:industry|industries|business|tourism|retail|employers)\s+council\b")
#: A police inspector's rank written as a title: "Inspector", "Chief Inspector", "Staff Inspector", "Staff-Insp.".
_POLICE_INSPECTOR = re.compile(r"(?:(?:Chief|Staff|Senior|Police)[\s-]+)?(?:Inspector|Insp\.?)")
#: A word for a charity or an NGO and then the body's name: "the NGO Front Line Defenders", "charity Shelter".
_NGO_THEN_NAME = re.compile(r"(?:(?:the|an?)\s+)?(?:NGOs?|[Cc]harity|[Nn]on-?profit)\s+(?:[A-Z][\w'’&.-]*\s*){1,6}$")
#: "then-" before a post: "then-president", "then-Department of Defense Chief of Staff".
_THEN_POST = re.compile(r"\b[Tt]hen-(?=[A-Za-z])")
#: The country's long name before another word of a role: "United States President", "United States Army".
_UNITED_STATES_BEFORE = re.compile(r"\bUnited States\s+(?=[A-Za-z])")
#: America's attorney general, hyphenated: "US Attorney-General" (the lexicon's hyphenated spelling is a
#: Commonwealth minister's).
_US_ATTORNEY_GENERAL = re.compile(r"\bUS\s+[Aa]ttorney-[Gg]eneral\b")

#: A law officer of the Crown, with nothing before the title but an article, "former", "then", "deputy" or
#: "Lord": a state's or a country's name before it ("New York Attorney General", "US attorney general") is a
#: prosecutor's office.
_UK_LAW_OFFICER = re.compile(r"(?:(?:the|a|former|then|lord|deputy)\s+)*(?:attorney|solicitor)[\s-]general")

#: A post in the opposition's shadow cabinet: "shadow attorney general", "Shadow local government secretary",
#: "the former shadow home secretary" (a post's own group would make the first a lawyer, the second an official).
_SHADOW_POST = re.compile(
    r"^(?:(?:the|a|former|then|new)\s+)*[Ss]hadow\s+(?!(?:banking|bank|banks|economy|market|boxing)\b)[a-zA-Z]"
)


@cache
def _members_for_body() -> re.Pattern[str]:
    """A body's name of the people it is named for (``member_bodies`` in the lexicon), "for"/"For" and a
    capitalised cause: "Students For Life of America", "Concerned Women for America"."""
    members = "|".join(re.escape(w) for w in _member_bodies())
    return re.compile(
        rf"\b(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{members})\s+(?:for|For)\s+(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)"
        rf"(?:(?:the\s+)?[A-Z][\w'’-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){{0,3}}"
    )


#: Words for what a body is, capitalised at the end of its name: "Trust", "Association", "Council".
_BODY_NAME_ENDS = (
    "Trust|Association|Society|Foundation|Alliance|Network|Coalition|Forum|Support|Action|Campaign|Council"
)
#: Members' words that are parties' too: "Democrats Abroad" is the party's arm, no pressure group.
_PARTY_MEMBERS = frozenset({"Democrats", "Republicans", "Conservatives", "Liberals"})


@cache
def _members_body_named() -> re.Pattern[str]:
    """A body's name of the people it is named for (``member_bodies``) and a capitalised word for a body
    at its end, a cause with "of" between or not: "Victims of Crime Trust", "Parents Television Council"
    (an association of those people, as "X for Y" is; not "Democrats Abroad": a party's)."""
    members = "|".join(re.escape(w) for w in _member_bodies() if w not in _PARTY_MEMBERS)
    return re.compile(
        rf"\b(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{members})\s+(?:(?:of|for|For)\s+(?:the\s+)?)?"
        rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_BODY_NAME_ENDS})\b"
    )


@cache
def _occupation_words() -> dict[str, str]:
    """Every word of the occupations list (its phrases' words too), for singular forms: "brigades" -> "brigade"."""
    phrases, singles = _occupations()
    return dict.fromkeys(w for p in phrases for w in p.split()) | singles


#: A body's name that ends on "Union" with a trade's words before it ("Fire Brigades Union").
_UNION_NAME = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){1,4})Union$")


def _a_trades_union(name: str) -> bool:
    """Whether a body's name is a trade's and "Union": its words before "Union" hold a phrase of the occupations
    list ("fire brigade" in "Fire Brigades Union"; not the "European Union" nor "Western Union")."""
    found = _UNION_NAME.match(name.strip())
    if found is None:
        return False
    phrases, singles = _occupations()
    words = [_singular(w, _occupation_words()) for w in _words(found.group(1))]
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases) or any(w in singles for w in words)


@cache
def _members_of_country() -> re.Pattern[str]:
    """A body's name of the people it is named for and their country (``member_bodies``), a name before
    them: "Iraq and Afghanistan Veterans of America", "Communications Workers of America", "Disabled
    Veterans of America" (an association of those people, as "X for Y" is; not "Veterans" alone)."""
    members = "|".join(re.escape(w) for w in _member_bodies())
    return re.compile(
        rf"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){{1,3}}(?:{members})\s+of\s+(?:the\s+)?"
        r"(?:America|United\s+States|Britain|Great\s+Britain|Canada|Australia|Ireland|Scotland|Wales|England)\b"
    )


#: Generic heads that name a trade, not a post held for someone (a "spokesman", a "leader" speaks for the
#: words before it: "youth leader"): "Children's author", "a children's TV host".
_TRADE_HEADS = frozenset({"author", "host", "star", "producer"})


#: Words for any body, which the occupations list reads as civil society only with a word for what the
#: body is ("an open source organisation", "the Zionist Organization of America").
_ANY_BODY = frozenset({"organisation", "organisations", "organization", "organizations"})
#: Words that leave such a body undescribed: "the organisation", "both organisations", "its organisation".
_BARE_BEFORE = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "both", "our", "of"})


def _without_bare_body(words: list[str]) -> list[str]:
    """The words without a word for any body that nothing describes ("chairman of the organisation", "the
    organisation's president": any body, a firm as well as a charity)."""
    return [w for k, w in enumerate(words) if not (w in _ANY_BODY and (k == 0 or words[k - 1] in _BARE_BEFORE))]


#: A body's own website written with its possessive ("its website", "Sony's official site"): the body
#: speaking through its site, not a news site (``website`` alone is an outlet, media).
_OWN_SITE = re.compile(
    r"(?:\b(?:its|his|her|their|our|my)|\w['’]s?)\s+(?:(?:own|official)\s+)?(?:website|web\s+site|site)s?\b",
    re.IGNORECASE,
)
_SITE_WORDS = frozenset({"website", "websites", "site", "sites"})


def _without_own_site(words: list[str], role: str) -> list[str]:
    """The words without "website" when the role calls it someone's own ("its website", "Fosters'
    site"): it says whose words they are, not that an outlet speaks."""
    return [w for w in words if w not in _SITE_WORDS] if _OWN_SITE.search(role) else words


#: A word for a specialist of a science or of medicine: "-ologist(s)".
_SPECIALIST = re.compile(r"\w{2,}ologists?$")
#: Groups of bodies whose own staff keep their body's group, whatever post they hold.
_OWN_FIELDS = frozenset({"civil society, NGO, union", "business", "media"})
#: Words for a firm named by its industry ("drugs group", "mining giant", "engineering concern").
_FIRM_HEADS = frozenset({"group", "groups", "giant", "giants", "concern", "conglomerate"})
#: Words for a firm by what it does, beside ``trade_heads``: "game developer Krome Studios".
_FIRM_TRADES = frozenset({"developer", "developers"})
#: Heads of a body that the lexicon reads as civil society unless its name says it is a trade's.
_BODY_HEADS = frozenset({"association", "federation", "council", "alliance", "coalition", "confederation"})


def _trade_body(words: list[str]) -> bool:
    """Whether the words name an association (federation, alliance ...) of an industry or trade
    (``trade_body_words`` in the lexicon): "Motion Picture Association of America"."""
    if not any(_singular(w, {h: h for h in _BODY_HEADS}) in _BODY_HEADS for w in words):
        return False
    joined = f" {' '.join(words)} "
    return any(f" {t} " in joined for t in _trade_words())


#: A role that only says where someone lives: "of Burke County, Georgia", "from Orange County" (a county's
#: name alone after "of"/"from"; "of the Los Angeles County Sheriff's Department" is a post).
_RESIDENCE = re.compile(
    r"(?:of|from)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:County|Parish|Township)(?:,\s*(?:[A-Z][\w.'’-]*\s?){1,3})?"
)
#: A role that is only "at", "of" or "from" a finance house ("at Citigroup Global Markets", "at HBOS Treasury
#: Services", "from Goldman Sachs", "of Wells Fargo in Minneapolis"): its markets or treasury arm by the words
#: of its name, or a house of ``finance_houses`` in the lexicon. A person quoted on the markets with no post
#: is the house's analyst or economist (the labels' rule: bank economists and analysts are expert); any post
#: given decides instead.
_AT_FINANCE_HOUSE = re.compile(
    r"(?:(?:at|of|from)\s+(?:the\s+)?(?P<house>[A-Z][\w.&'’-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w.&'’-]*)*)"
    r"(?P<kind>\s+(?:investment\s+bank|(?:stock)?brokers?))?"
    r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    # or the house's possessive alone, before the name ("said ABN Amro's Eddie Wong")
    r"|(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w.&-]*)*)['’]s)"
)
_FINANCE_ARM = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+)+?(?:Markets|Securities|Capital|Treasury(?=\s+(?!Department)[A-Z])|Investments|Asset\s+Management)"
    r"(?:\s+[A-Z][\w.&'’-]*)*"
)


def _at_finance_house(role: str) -> bool:
    """Whether a role is only a finance house the person is at, of or from (``_AT_FINANCE_HOUSE``)."""
    found = _AT_FINANCE_HOUSE.fullmatch(role)
    if found is None:
        return False
    if found.group("kind"):
        return True  # "from Sal Oppenheim investment bank": the name's own words say it is a house
    house = found.group("house") or found.group("owner")
    return _FINANCE_ARM.fullmatch(house) is not None or house.lower() in _finance_houses()


#: A role that is a by-line: "writing in the culture blogzine Print Culture", "writing for the New Yorker".
_WRITING_IN = re.compile(r"writing\s+(?:in|for)\s+\S", re.IGNORECASE)
_PARTY_STATE_TAG = re.compile(r"[DRI]-(?:[A-Z][a-z]*\.?|[A-Z]\.[A-Z]\.)(?:\s[A-Z][a-z]*\.?)?")
#: A friend joined to a post ("a friend and adviser", "their friends and advisers", "a close friend and
#: aide"): the post says in what capacity they speak; "a friend" alone stays an ordinary person.
_FRIEND_AND = re.compile(
    r"^\s*(?:(?:a|an|the|his|her|their|one)\s+)?(?:(?:close|old|longtime|long-time)\s+)?friends?\s+and\s+(?=\w)",
    re.IGNORECASE,
)
#: "third party" (or "third-party") before a noun that is no election's ("third party services", "third-party
#: developers"): an outside supplier, not a political party ("third party candidates" and "a third party" stay).
_OUTSIDE_PARTY = re.compile(
    r"\bthird[- ]part(?:y|ies)\s+(?=[a-z])(?!(?:candidate|candidacy|nominee|leader|bid|run|challenge|vote|voter|"
    r"politic|movement|ticket|presidential|campaign|member|activist)s?\b)",
    re.IGNORECASE,
)
#: "Network" ending a body's name of one to three capitalised words ("the Fostering Network", "National
#: Action Network"): a network of members, as an association is, unless its other words place the body
#: ("NFL Network", "One America News Network", "Christian Broadcasting Network") or name a channel's fare.
_MEMBERS_NETWORK = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})Network\b(?![\w'’-])")
_CHANNEL_FARE = frozenset(
    {"cartoon", "food", "dish", "cable", "satellite", "shopping", "weather", "golf", "comedy", "movie", "game", "music"}
    | {"news", "business", "broadcasting", "sports", "sport", "tv", "television", "radio", "nfl", "nba", "mlb", "nhl"}
)


def _network_of_members(found: re.Match[str]) -> str:
    words = _words(found.group("name"))
    if any(w in _CHANNEL_FARE for w in words) or role_group(found.group("name"), generic=False) != "unknown":
        return found.group(0)
    return f"{found.group('name')}Association"


#: A former serviceman named by his service or war ("a Navy veteran", "Gulf War veterans", "an Iraq war
#: veteran"), the role ending there: no post held now ("a veteran of the DNC Rules Committee" is one).
_SERVICE_VETERAN = re.compile(
    r"\b(?:navy|naval|army|marine|marines|military|air\s+force|armed\s+forces|war|combat|service)\s+veterans?$"
)
#: Places of worship and their bodies: a minister of one is a member of the clergy, no government's.
_WORSHIP = frozenset({"church", "churches", "parish", "chapel", "congregation", "cathedral", "diocese", "mosque"})
#: Offices that speak for a body: before them, a police or military body decides the group.
_OFFICES = frozenset({"commissioner", "spokesman", "spokeswoman", "spokesperson", "official", "officials"})
_JUSTICE = "police, military, justice"
#: What researchers write: its author is an expert ("author of the study"), a book's a writer.
_STUDIES = frozenset({"report", "reports", "study", "studies", "survey", "surveys", "research", "findings", "paper"})
#: What a bank's or a broker's analysts publish, and words for such a house: the labels' rule makes bank
#: analysts experts ("research from a City investment bank"; a bank's own "survey" or "figures" stay business).
_RESEARCH_NOTES = frozenset(
    {"research", "note", "notes", "analysis", "analyses", "forecast", "forecasts", "report", "reports"}
)
_MARKET_HOUSE = re.compile(r"\binvestment\s+(?:bank|banks|house|houses)\b|\b(?:stock)?brok(?:er|ers|erage)\b")
#: Legal professions: ending a role, they say what the person is whoever employs them.
_LEGAL = frozenset({"lawyer", "attorney", "barrister", "solicitor", "counsel"})
#: A body's name written with a possessive at a role's start: "Twitter's", "the BBC's".
_FIRMS_POSSESSIVE = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s")


def _known_firm(name: str) -> bool:
    """Whether a name is a firm the lexicon of well-known bodies places as one."""
    known = known_body(name)
    return known is not None and known[1] == "business"


#: An unnamed party spokesperson, only the party before the head ("a Tory spokesman", "a Liberal
#: Democrat spokeswoman"); with a portfolio ("Tory work and pensions spokesman") it is a frontbencher.
_PARTY_VOICE = re.compile(
    r"(?:a|an) (?:conservative|tory|labour|liberal democrat|lib dem|snp|plaid cymru|ukip|green|democratic|republican|"
    r"gop)(?: party)? (?:spokesman|spokeswoman|spokesperson)"
)
#: Words between a party and "spokesman" that are no portfolio: the party's staff ("Labour press
#: spokesman", "Republican National Committee spokeswoman").
_NOT_PORTFOLIO = frozenset({"press", "media", "chief", "deputy", "senior", "official", "national", "a", "an", "the"})


def _portfolio_voice(head: list[str]) -> bool:
    """Whether a role is a party's spokesperson for a field of policy: a party's name, then the
    portfolio, then "spokesman" ("Plaid Cymru's local government spokesman", "Tory work and pensions
    spokesman"): an elected frontbencher, a politician, whatever the portfolio's own words are (a
    "local government" or "health" spokesman is not a government official or a doctor)."""
    if len(head) < 3 or not head[-1].startswith("spokes"):
        return False
    parties = _party_word_tuples()
    employers = _staff_words()[1]
    for k in range(len(head) - 1):
        for party in parties:
            if tuple(head[k : k + len(party)]) == party:
                between = head[k + len(party) : -1]
                return bool(between) and not any(w in _NOT_PORTFOLIO or w in employers for w in between)
    return False


def _names_a_party(words: list[str]) -> bool:
    """Whether role words name a party, by the lexicon's party names and member words or "party" itself
    ("Liberal Democrat", "Lib Dem's", "Party")."""
    return "party" in words or any(
        tuple(words[k : k + len(party)]) == party for party in _party_word_tuples() for k in range(len(words))
    )


def _voice_for_politicians(head: list[str], rest: list[str]) -> bool:
    """Whether a role is only a spokesperson "for" someone or some body ("a spokesman for House Speaker Paul
    Ryan", "A spokeswoman for the House Armed Services Committee"): nothing but a determiner before the post,
    so no party's frontbencher ("the Conservative spokesman for the Cabinet Office", "Shadow spokesman for
    sport" keep their reading)."""
    before = [w for w in head[:-1] if w not in {"the", "a", "an"}]
    return bool(head) and head[-1].startswith("spokes") and not before and rest[:1] == ["for"]


def _portfolio_voice_for(head: list[str], rest: list[str], specific: dict[str, str]) -> bool:
    """Whether a role is a party's spokesperson "for" or "on" a field of policy or a department: a
    party's name and "spokesman" only, then the field ("the Conservative spokesman for the Cabinet
    Office", "Labour's spokeswoman on health"): the frontbencher who shadows it, a politician. The
    party's name alone ("a Conservative spokesman") stays its press officer (``_PARTY_VOICE``)."""
    if len(head) < 2 or not head[-1].startswith("spokes") or len(rest) < 2 or rest[0] not in {"for", "on"}:
        return False
    before = [w for w in head[:-1] if w not in {"the", "a", "an", "party", "s"}]
    parties = _party_word_tuples()
    if tuple(before) not in parties:
        return False
    field = rest[2:] if rest[1] == "the" else rest[1:]
    if tuple(field) in _portfolios():
        return True
    whole = _longest_phrase(field, specific)
    return whole is not None and whole[1] == len(field) and whole[0] == "government official or spokesperson"


def _party_portfolio_voice(head: list[str], rest: list[str]) -> bool:
    """Whether a role is a field of policy's spokesperson "for" a party: the field, "spokesman", then the
    party's name ("Brexit spokesman for the opposition Labour Party", "health spokeswoman for the Liberal
    Democrats"): the frontbencher who shadows it, a politician, as "Labour's Brexit spokesman" is."""
    if len(head) < 2 or not head[-1].startswith("spokes") or len(rest) < 2 or rest[0] not in {"for", "of"}:
        return False
    field = tuple(w for w in head[:-1] if w not in {"the", "a", "an", "chief", "senior"})
    party = tuple(w for w in rest[1:] if w not in {"the", "opposition", "main", "party", "s"})
    return field in _portfolios() and party in _party_word_tuples()


#: What may stand before a frontbencher's portfolio: the party's possessive, or a person's ("his
#: transport and environment spokesman": the party leader's); not "a", "an" or a bare "the" ("a
#: Treasury spokesman" is the department's voice).
_FRONTBENCH_OPENERS = (("the", "party"), ("party",), ("his",), ("her",))


def _about_politics(story: Sequence[str]) -> bool:
    """Whether the story is about politics: an election's or a parliament's, or Westminster's in its own words
    (the Commons, the parties, Whitehall)."""
    return "politics" in story or "westminster" in story


def _frontbench(head: list[str]) -> bool:
    """Whether a role is a spokesperson for fields of policy only (``portfolios`` in the lexicon, joined by
    "and"), bare or after one of ``_FRONTBENCH_OPENERS``: "economics spokesman", "the party's Treasury
    spokesman". Read only in a story about politics, where that is a party's frontbencher."""
    if len(head) < 2 or not head[-1].startswith("spokes"):
        return False
    field = head[:-1]
    for opener in _FRONTBENCH_OPENERS:
        if tuple(field[: len(opener)]) == opener:
            field = field[len(opener) :]
            break
    seen = False
    while field:
        if seen and field[0] == "and":
            field = field[1:]
        found = next((p for p in _portfolios() if tuple(field[: len(p)]) == p), None)
        if found is None:
            return False
        field, seen = field[len(found) :], True
    return seen


#: Words for sport as a field of work, beside the sports' names (``sport_names``): "director of sport".
_SPORT_FIELDS = frozenset({"sport", "sports", "coaching"})


def _sport_field(rest: list[str]) -> bool:
    """Whether the words after a post are "of" and a sport only ("of rugby", "of football", "of sport"):
    the post is in that sport, whoever employs it (no body named: "director of the Rugby Football Union"
    is left to its body)."""
    sports = _sport_words() | _SPORT_FIELDS
    return len(rest) > 1 and rest[0] == "of" and all(w in sports for w in rest[1:] if w != "and")


#: Campaign staff (advisers, aides, spokespeople of a campaign) speak for it: not politicians.
_STAFF = "government official or spokesperson"

#: Posts that run a PAC: its head, president, founder or director (not its chairman, who may be a
#: lawmaker: "Rep. Meeks, chairman of the Congressional Black Caucus PAC").
_PAC_POSTS = frozenset({"head", "president", "founder", "co-founder", "director", "manager", "chief", "executive"})


def _names_a_pac(words: list[str]) -> bool:
    """Whether a post's body words name a PAC ("a super PAC", "the major Super PAC backing ...")."""
    return "pac" in words or "political action committee" in " ".join(words)


#: The start of a "who does" clause, kept with its case ("who managed Bob Dole's ..."): the verb, and a
#: split word right after it ("who works at": no "of" to add).
_WHO_DOES = re.compile(r"^\s*(?:who|that)\s+(\w+)\s+((?:of|for|at|with|in|on|to)\b)?", re.IGNORECASE)
#: The one who does what a relative clause says: "who heads the Center" is its head.
_DOER = {
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "chairs": "chairman",
    "directs": "director",
    "manages": "manager",
    "edits": "editor",
    "coaches": "coach",
    "founded": "founder",
    "represents": "representative",
    # the past forms say what the person was there ("Don Fowler, who helmed the DNC from 1995"): the
    # group of a former office-holder is still that office's
    "helms": "head",
    "helmed": "head",
    "headed": "head",
    "led": "head",
    "ran": "head",
    "chaired": "chairman",
    "managed": "manager",
    "edited": "editor",
    "coached": "coach",
    "represented": "representative",
    # what someone does for a living (``clauses.work_clause``): "who teaches law at Harvard", "who owns a
    # bakery", "who campaigns against hunting", "who presents the show", "who writes for the Guardian"
    "teaches": "teacher",
    "taught": "teacher",
    "lectures": "lecturer",
    "lectured": "lecturer",
    "owns": "owner",
    "owned": "owner",
    "campaigns": "campaigner",
    "presents": "presenter",
    "hosts": "host",
    "writes": "writer",
    "plays": "player",
    "oversees": "head",
    "advises": "adviser",
    "studies": "researcher",
    "researches": "researcher",
    "analyses": "analyst",
    "analyzes": "analyst",
    "tracks": "analyst",
    "specialises": "specialist",
    "specializes": "specialist",
    "consults": "consultant",
    "lobbies": "lobbyist",
    "covers": "correspondent",
    "covered": "correspondent",
    "lives": "resident",
    "reports": "reporter",
}
#: A relative clause of where someone works: "who works in a factory", "who works at a heating company".
_WORKS_SOMEWHERE = re.compile(r"\s*who\s+works\s+(?:in|at|for)\b", re.IGNORECASE)
#: Present-tense verbs of a post that open a role with the person as their subject ("runs Podcast
#: Alley", ``clauses.post_verb``): read as the post's noun, as after "who".
_POST_VERB_FORMS = frozenset({"runs", "heads", "chairs", "directs", "edits", "manages"})


#: Words for a relative: a role made of one of them, someone's ("his wife", "Stallone's ex-wife",
#: "the nominee's eldest daughter"), says whose relative the person is.
_KIN_ROLE = re.compile(
    r"(?:\b(?:his|her|their|my|our)\b|['’]s?)\s+(?:\w+\s+){0,2}?(?:ex-|former\s+)?"
    r"(?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister|fiancee?|partner)\s*$",
    re.IGNORECASE,
)


#: Someone's management company ("his management company", "Chepkemei's management company"): the
#: agents who manage a person's career, as a performer's or an athlete's do (the labels' rule: agents
#: are culture and sport). Not a thing's ("the hotel's management company": written small) and not a
#: firm's own "management team" or "management board".
_MANAGEMENT_OF = re.compile(
    r"(?:his|her|their|His|Her|Their|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s?)\s+management\s+(?:company|firm|agency)"
)


_KIN_WORD = r"(?:ex-|former\s+)?(?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister)"
#: "son of the Republican presidential front-runner", "the Republican presidential nominee's eldest
#: daughter": whose relative the role says the person is.
_KIN_OF = re.compile(rf"^\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?{_KIN_WORD}\s+of\s+(?P<whose>.+?)\s*$", re.IGNORECASE)
_KIN_POSSESSIVE = re.compile(rf"^\s*(?P<whose>.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_KIN_WORD}\s*$", re.IGNORECASE)


@cache
def _known_surnames() -> dict[str, str]:
    """Well-known people's surnames -> their group, where every such person of that surname has one
    ("Trump's wife": Donald Trump's; "Blair" is a prime minister's and a police chief's, so neither)."""
    return {
        surname: groups[0]
        for surname, groups in _surname_groups().items()
        if len(set(groups)) == 1 and len(surname) > 1
    }


@cache
def _surname_groups() -> dict[str, tuple[str, ...]]:
    """Well-known people's surnames -> the group of each person of that surname (one entry per person)."""
    groups: dict[str, list[str]] = {}
    for person, group in _known_names()[1].items():
        groups.setdefault(person.split()[-1], []).append(group)
    return {surname: tuple(g) for surname, g in groups.items()}


#: A person's possessive opening a role: "Trump's Virginia state director", "Sanders' senior strategist".
_OWNERS_POST = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)(?:['’]s|['’])\s+(?P<post>[^,;()]+)$"
)
#: The same post written with the politician after it ("a senior strategist for Sanders", "an aide to Trump",
#: "a senior adviser to Mr. Sanders") or as a bare name before it ("a Trump delegate strategist").
_POST_FOR_OWNER = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<post>[^,;()]+?)\s+(?:for|to)\s+(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|President)\.?\s+)?"
    r"(?P<owner>(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)$"
)
_OWNER_NAMED_POST = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:senior|top|former|longtime|chief|veteran)\s+)*(?P<owner>[A-Z][\w.-]*)\s+"
    r"(?P<post>[a-z][^,;()]*)$"
)
#: Posts on a politician's staff (``staff_posts`` and the aides, advisers and managers a campaign or an office
#: employs).
_POLITICIANS_STAFF_POSTS = frozenset(
    {"manager", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "staffer", "consultant"}
)


def _politicians_staff(role: str) -> bool:
    """Whether a role is a post on a well-known politician's staff, the politician written as its owner
    ("Trump's Virginia state director", "Sanders' senior strategist"): campaign or office staff, government
    official or spokesperson (the labels' campaign-staff rule), not the politician nor an analyst. Read
    only in a story about politics; the owner must be a known politician's surname (``known_names.json``)."""
    found = _OWNERS_POST.match(role) or _POST_FOR_OWNER.match(role) or _OWNER_NAMED_POST.match(role)
    if found is None:
        return False
    owner = found.group("owner").split()[-1]
    post = _words(found.group("post"))
    posts = _staff_words()[0] | _POLITICIANS_STAFF_POSTS
    return bool(post) and post[-1] in posts and "politician" in _surname_groups().get(owner, ())


def politician_by_surname(name: str, story: Sequence[str]) -> str | None:
    """The group politician for a bare surname ("Mr Blair said", the full name never written) in a story
    about politics when a well-known politician has that surname, else None. A surname alone is weak,
    but in a politics story a politician of that name is who it is, even when a known person of another
    field shares it ("Blair": the prime minister, not the police chief Ian Blair); two politicians of one
    surname (Jeb Bush and George W Bush, Mitch and Jack McConnell) leave the group the same."""
    if "politics" not in story or not re.fullmatch(r"[A-Z][\w'’-]+", name):
        return None
    return "politician" if "politician" in _surname_groups().get(name, ()) else None


def _kin_of(role: str) -> str | None:
    """The words for whose relative a role says the person is, or None."""
    found = _KIN_OF.match(role) or _KIN_POSSESSIVE.match(role)
    return found.group("whose") if found else None


#: "Prime Minister Tony Blair's official spokesman", "the prime minister's office", "her campaign's
#: leadership": whose staff the role says the person is (no portfolio between: "the party's health
#: spokeswoman" is a frontbencher).
_STAFF_OF = re.compile(
    r"^\s*(?P<whose>.+?)['’]s?\s+(?:(?:official|press|chief|senior|deputy|own)\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|office|aide|aides|leadership)\s*$",
    re.IGNORECASE,
)


#: The same office written "Office of the X" ("the Office of the Deputy Prime Minister", "figures from
#: the Office of the Mayor"): a politician's department, their staff, not the politician.
_OFFICE_OF = re.compile(
    r"^\s*(?:.*\b(?:from|by|at)\s+)?(?:the\s+)?office\s+of\s+(?:the\s+)?(?P<whose>[^,;()]+?)\s*$", re.IGNORECASE
)


#: A person's agent, named with their possessive: "Aguilera's agent", "Wayne Rooney's longtime agent" (an
#: FBI agent or an estate agent is no one's possessive; a name the lexicon places is a body's: "the BBC's agent").
_PERSONS_AGENT = re.compile(
    r"^\s*((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?\s+(?:(?:longtime|long-time|former|new)\s+)?agent\s*$"
)


def _staff_of(role: str) -> str | None:
    """The words for whose spokesperson, office or aides a role says the person is, or None."""
    found = _STAFF_OF.match(role) or _OFFICE_OF.match(role)
    return found.group("whose") if found else None


def _a_person(words: str) -> bool:
    """Whether words name or describe a person: a capitalised word ("Moazzam", "activist Malcolm X") or a
    word for a person ("a slain U.S. soldier", "twins")."""
    people = _person_words()
    return any(w[:1].isupper() for w in words.split()) or any(
        w in people or _singular(w, dict.fromkeys(people, "")) in people for w in _words(words)
    )


def _kin_role(role: str) -> bool:
    return _KIN_ROLE.search(role) is not None


@cache
def _team_position() -> re.Pattern[str]:
    """A team's or a country's name (one to three capitalised words) and a position in a team written
    small (``team_positions`` in the lexicon), with nothing else: "England centre", "Ireland wing", "the
    former Scotland international". Such words alone ("the centre", "Amnesty International") are no player."""
    listed = sorted(_team_positions(), key=len, reverse=True)
    positions = "|".join(re.escape(p) for p in listed)
    return re.compile(
        rf"(?:(?:the|a|an|The|A|An)\s+)?(?:(?:former|Former|ex-|Ex-)\s*)?(?:[A-Z][\w.'’&-]*\s+){{1,3}}(?:{positions})"
    )


def known_body(name: str, text: str = "") -> tuple[str, str] | None:
    """(kind, group) of a well-known body by its exact name ("Microsoft", "the Home Office"), or, given the
    article's ``text``, by the first word of its name when the article writes the whole name and no other
    known body's that begins so ("Merrill said" after "Merrill Lynch", "said Jupiter" beside "Jupiter
    research"): news shortens a body's name to its first word once it has given it in full."""
    name = re.sub(r"^[Tt]he\s+", "", undotted(name.strip()))
    bodies = _known_names()[0]
    if name in bodies or not text or not re.fullmatch(r"[A-Z][\w&-]{2,}", name):
        return bodies.get(name)
    longer = {
        bodies[b]
        for b in bodies
        if b.startswith(f"{name} ") and re.search(rf"(?<![\w-]){re.escape(b)}(?![\w-])", text, re.IGNORECASE)
    }
    return longer.pop() if len(longer) == 1 else None


#: Posts that speak for the body named before them, as a spokesman does.
_VOICE_POSTS = frozenset({"press officer", "press secretary"})
#: Posts that speak for a body, whose group the body's decides when the role names it after of/for/at.
_BODY_VOICE_POSTS = _VOICE_POSTS | {"communications director"}
#: A body's press and communications posts: in a sports story, with no body the lexicon places, they speak
#: for a club, a sport body or an athlete, as a spokesman there does (``context_heads``).
_SPORT_VOICE_POSTS = frozenset(
    {"communications director", "communications chief", "director of communications", "head of communications"}
    | {"press officer", "press secretary", "press attache", "media officer"}
)


def _sport_voice(words: list[str], specific: dict[str, str]) -> bool:
    """Whether a role is only a press or communications post (``_SPORT_VOICE_POSTS``), after words the
    lexicon does not place or places in sport ("IAAF communications director"; not "Downing Street press
    secretary")."""
    posts = [w for w in words if w not in _POST_FILLERS]
    for size in (2, 3):
        if " ".join(posts[-size:]) in _SPORT_VOICE_POSTS:
            return _rightmost(posts[:-size], specific) in {None, "culture and sport"}
    return False


#: A governor of a body (not of a state or a place) is that body's head.
_GOVERNORS = frozenset({"governor", "governors"})
#: Words for a body that governs a sport, after the sport's name (``sport_names`` in the lexicon).
_SPORT_BODY_HEADS = "council|board|federation|association|union|league|authority|commission|committee|confederation"


@cache
def _sport_body() -> re.Pattern[str]:
    """A sport's name right before a word for a governing body: "International Cricket Council",
    "England and Wales Cricket Board", "Lawn Tennis Association" (case-insensitive)."""
    sports = "|".join(re.escape(w) for w in _lexicon("role_groups.json")["sport_names"])
    return re.compile(rf"(?<![\w-])(?:{sports})\s+(?:{_SPORT_BODY_HEADS})s?\b", re.IGNORECASE)


#: "Federation" capitalised, not "Federation of ..." and not the Russian state: in a story about sport,
#: a national sport's federation ("the Spanish Federation").
_SPORT_FEDERATION = re.compile(r"(?<!Russian )\bFederation\b(?!\s+of\b)")
#: A political leaning written small before a word for a group ("the conservative legal group", "a
#: liberal advocacy group"): a body's leaning, not a party ("Liberal Democrat group" is written big).
_LEANING_GROUP = re.compile(
    r"\b(?:conservative|liberal|progressive|right-wing|left-wing|libertarian)\s+(?!democrat)"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}(?:group|groups|organi[sz]ations?|coalition|network"
    r"|websites?|publications?|blogs?|news\s+(?:sites?|outlets?)))\b"
)


def _without_leaning(found: re.Match[str]) -> str:
    """The words after a leaning when they place the body ("liberal television network": a network,
    media; "the conservative publication", "a conservative website": the press, no party), else an
    advocacy group ("the conservative legal group", "progressive organizations")."""
    kind = found.group("kind")
    return kind if role_group(kind, generic=False) not in {"unknown", "politician"} else "advocacy group"


def _described_body(rest: list[str], capitals: list[bool] | None, specific: dict[str, str]) -> list[str] | None:
    """The article's own description of the body a post is of/at/for, written small right before its
    name, when it ends on a word for a body and the lexicon places it: "for the gay rights group Human
    Rights Campaign" (a rights group, whatever "Campaign" says), "for security firm Sophos". None
    when there is no such description."""
    if capitals is None or len(capitals) != len(rest):
        return None
    k = len(rest)
    while k > 0 and capitals[k - 1]:
        k -= 1  # the name: the capitalised words that end the role
    if k == 0 or k == len(rest) or rest[k - 1] not in _organisation_heads() | _trade_heads() | _FIRM_TRADES:
        return None  # (a word for a trade names a firm too: "game developer Krome Studios")
    described = rest[:k]
    return described if _rightmost(described, specific) is not None else None
