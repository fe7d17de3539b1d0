"""Quoted words that are not anyone's speech: names given to things, terms and scare quotes.

Marks around a few words do two jobs in news copy: they quote someone's words ("called the
rivalry “bitter and personal”") or they set off a name, a term or a word used at a distance
(the “performance capture” technique, a pair dubbed the “McLibel Two”, two England “tries.”).
Published extractors mostly drop every short quote (the GenderGapTracker keeps quotes of four
words or more; textacy's ``direct_quotations`` needs a speech verb and a clause), which loses
the partial quotes that are speech. The rules here look at what the quoted words do in the
sentence instead; each is about the syntax of naming, not about particular words:

* **a modifier**: the quote stands before the noun it describes and holds a noun or a name
  itself (the “performance capture” technique, internet “rogue-dialling” scams, a “Welcome to
  Cardiff” greeting): a name for a kind of thing; a lone evaluative word before a noun (only
  “brief” answers) is still someone's word;
* **a name given**: the quote completes a naming verb with nobody doing the naming (dubbed the
  “McLibel Two”, is described as “…”, known as “…”, so-called “…”);
* **words on display**: a quote whose own attribution is a thing that shows words, not someone
  who says them (“Just Do It” implored the front page headline): ``DISPLAY_NOUNS``;
* **a word talked about**: the quote completes "of" after a noun that talks about words or ideas
  (this aspect of “community”, the notion of “fair play”): ``CONCEPT_NOUNS``; this holds also
  inside someone's reported speech, where the marks set off the term, not their voice. An
  apposition ("his refusal to use the words “Islamic terrorism”") is left as speech: PolNeAR's
  annotators credit those words to the one who refuses them;
* **a word named**: the quote is what a noun about words (not ideas) is, through "be"
  (one of the buzzwords of CES, which was the “time and place shifting”; the slogan is “…”);
* **a glossed term**: the quote is followed by a dash or bracket that explains it (“outsourcing”
  - relocating call centres abroad - is to blame; “rent, rip and return” - where people rent a
  DVD ...; a "where", "whereby", "i.e." or "meaning" after the dash may run to the sentence's
  end): a writer defines jargon, nobody's words are quoted;
* **a kind given examples**: a short quote followed by "such as" or "like" and examples
  (covered “regulated animals” such as native deer; a “sing-along” like the charity single);
* **counted things**: a quoted noun counted with a number outside the marks, the object of a verb
  that does not report (to disallow two England “tries.”): the marks doubt that the things are
  what they are called. A counted noun that a speech verb governs or cites stays speech (the
  four “loopholes” he cited).

* **a term used again**: a short quote holding a noun whose words the article puts in marks again
  as a whole quote (“bot nets” ... these “bot nets”), when no copy is the object of a naming or
  reporting verb with a subject (“Miss Piggy” twice in PolNeAR, once after "called her"): a term
  the writer works with, not one voice's words. In the BBC development data (batches 1-5) and
  the web set, 10 of 10 short stretches quoted twice are terms. (``repeated_terms``) Tried and
  left out: the same for words the body also uses unquoted (23 of 28 terms in the BBC and web
  data, but it cost PolNeAR eight quotes: "a bomb", "lies", "a mistake" echoed by the writer).

Tried and left out: a lone bare noun in marks as a term. In political copy the same shape is the
speaker's own word (Ham noted several “intangibles”, the four “loopholes” he cited): it cost five
PolNeAR quotes for two BBC terms. The last three rules above take the narrower shapes of the
same BBC terms instead (a concept noun, a gloss, a count).

A quoted stretch that is the object or predicate of a naming or judging verb with a subject
("what she called “bullying” tactics", "Brown described it as “…”") stays speech, except:

* **a thing described**: a quote of nouns only (no judging word, no determiner) that a relative
  clause right after the closing mark describes (“bot nets” that can be used to send out spam,
  links called “trackers” that direct people, the “add-ons” that the firm offers): the writer
  tells what the thing is; nobody's words are quoted. In the BBC development data (batches 1-6)
  all ten short quotes of nouns so followed are terms; the five speech quotes so followed hold
  an adjective or a determiner (a “revelatory debut” which showed ...). (``_described``)
* **words rejected**: a short quote that the sentence's subject denies or finds no sign of (union
  officials denied there had been a deliberate “sickout”; the tribunal found no evidence of
  “laddish culture”; a player does not consider the game to be “real”): the marks hold someone
  else's word, or a word at a distance, which the subject refuses, not the subject's own words.
  A denial of what was said, not of the thing ("denied calling him “a liar”"), keeps the quote
  the denier's. (``_rejected``)
* **a word shown by a noun about words**: the quote stands right after a noun about words or names
  with its own determiner (his trademark of the word “We”, a firm that has the motto “…”, the
  industry coined the term “time-shifting”, displays the words “Stay tuned”): the marks show the
  word, nobody says it here. When someone uses or gives the words (refuses to use the words
  “Islamic terrorism”, gave him the nickname “…”), PolNeAR's annotators credit them to that
  someone, and so does this rule (``USE_VERBS``). (``_word_shown``)
* **a title-case name**: a quote inside a sentence whose main words are all capitalised, two or
  more of them, in a sentence that is not itself written in title case (what Microsoft calls the
  “Next Generation Secure Computing Base”, voted the best “Ambassador for Tennis”): the capitals
  make it the name of a thing, a title or an award, not words someone said, even when someone
  does the naming. In the BBC development data (batches 1-6) all 15 title-case stretches inside
  a sentence are names (the title-case speech there opens a clause: “No,” replied the witness).
  Only in a noun phrase (a determiner before it, or a noun after it): a bare nickname someone
  gives a person (called her “Miss Piggy”) is their word in PolNeAR. (``title_name``)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from analysis.extract.quotes.cues import QUOTE_CUES, REPORTING_VERBS, THINKING_VERBS

__all__ = ["DISPLAY_NOUNS", "is_term", "repeated_terms", "title_name"]

#: Things that show words rather than say them: “Just Do It” implored the front page headline.
DISPLAY_NOUNS = frozenset("headline banner sign placard poster billboard slogan caption graffiti t-shirt".split())

#: Verbs that give a name; with no one doing it (a passive, a participle) the quote is a name.
NAMING_VERBS = frozenset("dub call name nickname brand label term bill style christen know describe title".split())
#: How many words a modifier in marks has at most.
MODIFIER_WORDS = 4
#: Nouns that talk about words or ideas: “community” in "this aspect of “community”" is a term.
CONCEPT_NOUNS = frozenset(
    """aspect notion concept idea term word phrase expression label category principle
    element buzzword catchphrase slogan jargon vocabulary language definition meaning motto tagline
    nickname watchword""".split()
)
#: Nouns for words themselves: the quote they are (“…”) is a word shown, not said.
WORD_NOUNS = frozenset(
    "term word phrase expression label buzzword catchphrase slogan motto tagline nickname watchword".split()
)
#: How many words a term talked about, glossed or counted has at most.
TERM_WORDS = 4
#: A dash or bracket right after the closing mark that opens a gloss: “outsourcing” - relocating ...
_GLOSS_OPEN = frozenset({"-", "\u2013", "\u2014", "--", "("})
#: Parts of speech a gloss starts with: a gerund, a noun phrase, "where/when/which" explaining it.
_GLOSS_START = frozenset({"VERB", "DET", "NOUN", "PROPN", "ADJ", "NUM"})
_GLOSS_WH = frozenset({"where", "when", "which", "in", "the", "a", "an", "i.e.", "meaning"})
#: Words that open a definition even with no dash closing it: “…” - where people ...
_GLOSS_DEFINING = frozenset({"where", "whereby", "i.e.", "meaning"})


#: Words a title leaves in lower case ("Office in a Pocket").
TITLE_MINOR = frozenset("a an the of and or nor but to in on at for by with from as is are be not no vs via".split())
#: How many capitalised main words make a title-case name, at least.
TITLE_WORDS = 2


def title_name(doc: Doc, first: int, last: int, open_mark: int | None, close_mark: int | None) -> bool:
    """The quote's main words (two or more) are all capitalised, none written all in capitals,
    it stands in a noun phrase as a thing's name (a determiner or possessive before it: the
    “McLibel Two”, its “Hartz IV” reforms, the best “Ambassador for Tennis”; or a noun right
    after it: “Office in a Pocket” devices), and the sentence around it is not written in title
    case (a headline). A bare title-case quote (Trump called her “Miss Piggy”, nicknamed “King
    James”) is left alone: a nickname someone gives a person is their word (PolNeAR's annotators
    credit it to them)."""
    determined = _determined(doc, open_mark)
    if not (determined or _noun_after(doc, close_mark)):
        return False
    main = [t for t in doc[first:last] if t.is_alpha and t.lower_ not in TITLE_MINOR]
    if len(main) < (1 if determined else TITLE_WORDS) or not all(t.text[0].isupper() for t in main):
        return False
    if sum(t.is_upper and len(t) > 1 for t in main) > 1:
        return False  # shouted words ("NO MORE WAR"), a string of acronyms
    sent = doc[first].sent
    around = [t for t in sent if t.is_alpha and len(t) > 3 and not first <= t.i < last]
    return bool(around) and sum(t.text[0].isupper() for t in around) * 3 <= len(around) * 2


#: Nouns for words or names that show the quote right after them: the word “We”, the motto “…”.
SHOWING_NOUNS = WORD_NOUNS | frozenset({"words", "name", "trademark"})
#: Verbs whose subject says or hands out the words a showing noun holds: "use the words “…”".
USE_VERBS = frozenset("use say utter repeat invoke employ give shout chant mention".split())


def _word_shown(doc: Doc, first: int, last: int, open_mark: int | None) -> bool:
    """the word “We”, the motto “…”, the words, “Stay tuned”: a noun about words with its own
    determiner or possessive right before the opening mark (past a comma or colon), not the
    object of a verb by which someone uses the words, nor of a judging verb the quote completes
    (called the recommended term “outrageous”: a term of years, judged), nor the subject of the
    quoted words (the words “lump” the good with the bad)."""
    if open_mark is None or open_mark == 0:
        return False
    k = open_mark - 1
    if doc[k].text in {",", ":"} and k > 0:
        k -= 1
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.lower_ not in SHOWING_NOUNS and noun.lemma_.lower() not in SHOWING_NOUNS:
        return False
    if not any(c.dep_ in {"det", "poss"} for c in noun.children):
        return False
    if _inside(first, last, noun.head):
        return False
    if noun.head.lemma_.lower() in QUOTE_CUES and _has_speaking_namer(noun.head):
        return False
    verb = noun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "a pink graphic and the words “…”"
    return not (noun.dep_ in {"dobj", "conj"} and verb.pos_ == "VERB" and verb.lemma_.lower() in USE_VERBS)


#: Words that open a relative clause describing the thing named just before them.
_RELATIVE = frozenset({"that", "which", "who"})
#: Parts of speech a described thing's words may have: nouns, names, and the marks inside.
_THING_POS = frozenset({"NOUN", "PROPN", "PUNCT", "SYM", "NUM"})


def _described(doc: Doc, first: int, last: int, close_mark: int | None) -> bool:
    """“bot nets” that can be used to send out spam: nouns only in the quote, which is no
    predicate, and a relative clause opening right after the closing mark (no comma)."""
    words = _words(doc, first, last)
    if close_mark is None or not 0 < len(words) <= TERM_WORDS or close_mark + 1 >= len(doc):
        return False
    if not all(t.pos_ in _THING_POS for t in doc[first:last]) or not any(t.pos_ == "NOUN" for t in words):
        return False
    if any(t.dep_ in {"attr", "acomp", "oprd"} for t in _attachments(doc, first, last)):
        return False  # what something is judged to be ("the album was a “revelatory debut” which ...")
    rel = doc[close_mark + 1]
    # "that" is the relative clause verb's subject or object; the parser may hang the clause on
    # a noun before the quote ("recruit PCs into “zombie farms” that can be used ...")
    return rel.lower_ in _RELATIVE and rel.tag_ in {"WDT", "WP"} and rel.head.dep_ == "relcl"


#: Verbs that deny a thing exists or happened: "denied there had been a deliberate “sickout”".
DENYING_VERBS = frozenset("deny dispute refute".split())
#: Nouns of evidence that "no" denies: "found no evidence of “laddish culture”".
EVIDENCE_NOUNS = frozenset("evidence sign proof trace indication suggestion".split())
#: How many words a rejected quote has at most.
REJECTED_WORDS = 3


def _rejected(doc: Doc, first: int, last: int) -> bool:
    """The quote is what the subject denies or finds no sign of: within four steps up the parse
    from where the quote hangs, a denying verb whose clause holds it ("denied there had been a
    “…”", not "denied calling him “…”": a verb of speech in between keeps the words said), "no
    evidence of “…”", or a negated verb of thinking ("does not consider the game to be “…”")."""
    if not 0 < len(_words(doc, first, last)) <= REJECTED_WORDS:
        return False
    for t in _attachments(doc, first, last):
        h, below = t.head, t
        for _ in range(4):
            if _inside(first, last, h):
                break
            low = h.lemma_.lower()
            no_sign = any(c.lower_ == "no" and c.dep_ == "det" for c in h.children)
            if h.pos_ == "NOUN" and low in EVIDENCE_NOUNS and below.lower_ == "of" and no_sign:
                return True
            if h.pos_ == "VERB" and low in DENYING_VERBS:
                return True
            if h.pos_ == "VERB" and low in THINKING_VERBS and any(c.dep_ == "neg" for c in h.children):
                return True
            if h.pos_ == "VERB" and low in QUOTE_CUES - THINKING_VERBS:
                return False  # "denied calling him “…”", "denied saying “…”": the words were said
            if h.head.i == h.i:
                break
            below, h = h, h.head
    return False


def _determined(doc: Doc, open_mark: int | None) -> bool:
    """A determiner or possessive before the opening mark, past at most two modifiers."""
    if open_mark is None:
        return False
    for k in range(open_mark - 1, max(-1, open_mark - 4), -1):
        t = doc[k]
        if t.pos_ == "DET" or t.tag_ in {"PRP$", "POS"}:
            return True
        if t.pos_ not in {"ADJ", "ADV", "NUM"} or t.is_sent_start:  # not "the pageant winner “…”"
            return False
    return False


def _noun_after(doc: Doc, close_mark: int | None) -> bool:
    return close_mark is not None and close_mark + 1 < len(doc) and doc[close_mark + 1].pos_ == "NOUN"


def _inside(first: int, last: int, tok: Token) -> bool:
    return first <= tok.i < last


def _attachments(doc: Doc, first: int, last: int) -> list[Token]:
    """The tokens of the quote whose head lies outside it (where the quote hangs in the sentence)."""
    return [t for t in doc[first:last] if not _inside(first, last, t.head) or t.head.i == t.i]


def _has_speaking_namer(verb: Token) -> bool:
    """A naming verb with an active subject or an agent: someone does the naming, so the words are theirs."""
    if any(c.dep_ in {"nsubj", "csubj"} for c in verb.children):
        return True
    return any(c.dep_ == "agent" for c in verb.children)


def _namer_above(doc: Doc, first: int, last: int, steps: int = 2) -> Token | None:
    """The nearest naming verb above the quote, within ``steps`` (outside the quote)."""
    for t in _attachments(doc, first, last):
        h = t.head
        for _ in range(steps):
            if _inside(first, last, h):
                break
            if h.pos_ == "VERB" and h.lemma_.lower() in NAMING_VERBS:
                return h
            if h.head.i == h.i:
                break
            h = h.head
    return None


def _modifier(doc: Doc, first: int, last: int, close: int | None) -> bool:
    """The “performance capture” technique: the quote modifies the noun right after the mark."""
    if close is None or close + 1 >= len(doc):
        return False
    words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
    if not words or len(words) > MODIFIER_WORDS or doc[last - 1].is_punct and doc[last - 1].text in ".,;:!?":
        return False
    noun = doc[close + 1]
    if noun.pos_ != "NOUN":
        return False  # a common noun right after the mark ("scams", "technique")
    if not any(noun.is_ancestor(t) for t in _attachments(doc, first, last)):
        return False
    titled = all(w.text[:1].isupper() for w in words if w.is_alpha and len(w) > 3)
    return any(w.pos_ in {"NOUN", "PROPN"} for w in words) or titled and len(words) > 1


def _name_given(doc: Doc, first: int, last: int, open_mark: int | None) -> bool:
    """dubbed the “McLibel Two”, is described as “…”, known as “…”, so-called “…”."""
    if open_mark is not None and open_mark > 0:
        before = doc[max(0, open_mark - 3) : open_mark].text.lower()
        if before.endswith(("so-called", "so called")):
            return True
    for t in _attachments(doc, first, last):
        h = t.head
        for _ in range(3):
            if _inside(first, last, h):
                break
            if h.pos_ == "VERB" and h.lemma_.lower() in NAMING_VERBS:
                return _nobody_names(doc, h, open_mark)
            if h.head.i == h.i:
                break
            h = h.head
    return False


def _nobody_names(doc: Doc, verb: Token, open_mark: int | None) -> bool:
    """A naming verb in the passive, or a participle with no subject of its own: a name given
    by nobody in particular. A participle set off by a comma right before the name ("X, dubbed
    the “…”, were") counts even when the parse took X for its subject."""
    participle = verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "aux" for c in verb.children)
    after_comma = verb.i > 0 and doc[verb.i - 1].text == ","
    # the quote is the name itself: ", dubbed the “…”", ", known as “…”"
    name_itself = open_mark is not None and verb.i < open_mark <= verb.i + 3
    gap = doc[verb.i + 1 : open_mark] if name_itself else ()
    if participle and after_comma and name_itself and all(g.pos_ == "DET" or g.lower_ == "as" for g in gap):
        return True
    if _has_speaking_namer(verb):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return participle and verb.dep_ in {"acl", "advcl", "relcl"} and not any(c.dep_ == "nsubj" for c in verb.children)


def _words(doc: Doc, first: int, last: int) -> list[Token]:
    return [t for t in doc[first:last] if not (t.is_punct or t.is_space)]


def _talked_about(doc: Doc, first: int, last: int) -> bool:
    """this aspect of “community”: the quote completes "of" after a noun about words or ideas."""
    if not 0 < len(_words(doc, first, last)) <= TERM_WORDS:
        return False
    for t in _attachments(doc, first, last):
        of = t.head
        if t.dep_ != "pobj" or of.lower_ != "of" or _inside(first, last, of):
            continue
        h = of.head  # "aspect of “community”"
        if h.pos_ == "NOUN" and h.lemma_.lower() in CONCEPT_NOUNS and h.i < first:
            return True
    return False


def _named_as_concept(doc: Doc, first: int, last: int) -> bool:
    """one of the buzzwords of CES, which was the “time and place shifting”; the slogan is “…”: the
    quote is what a noun about words (``WORD_NOUNS``, not ideas: "the idea ... is “wishful
    thinking”, the report concludes" is the report's judgement) is, through "be"."""
    for t in _attachments(doc, first, last):
        be = t.head
        if t.dep_ != "attr" or be.lemma_ != "be" or _inside(first, last, be):
            continue
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in {"WDT", "WP"} and be.dep_ == "relcl":
            subj = be.head  # "…, which was": the noun the clause is about
        # through "one of the buzzwords (of the fair)", where the clause may hang on any noun
        for _ in range(5):
            if subj is None:
                break
            if subj.pos_ == "NOUN" and subj.lemma_.lower() in WORD_NOUNS:
                return True
            if subj.dep_ not in {"pobj", "prep"} and subj.lower_ != "one" and subj.dep_ != "relcl":
                break
            if subj.lower_ == "one" and subj.dep_ != "pobj":
                of = next((c for c in subj.children if c.lower_ == "of"), None)
                subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            else:
                subj = subj.head if subj.head.i != subj.i else None
    return False


def _glossed(doc: Doc, first: int, last: int, close_mark: int | None) -> bool:
    """“outsourcing” - relocating call centres to low-cost countries - is to blame: a dash or a
    bracket right after the closing mark opens an explanation that a second dash or the closing
    bracket ends within the sentence. A lone judging word set off by dashes ("“unfair” - and
    possibly illegal - ...") is not explained: the gloss must start like a definition."""
    words = _words(doc, first, last)
    if close_mark is None or not 0 < len(words) <= TERM_WORDS or close_mark + 2 >= len(doc):
        return False
    if all(w.pos_ == "ADJ" and not w.lower_.endswith("ing") for w in words):
        return False  # a judging word ("unfair"), not a name for something
    opener = doc[close_mark + 1]
    if opener.text not in _GLOSS_OPEN:
        return False
    start = doc[close_mark + 2]
    if not (start.pos_ in _GLOSS_START or start.lower_ in _GLOSS_WH):
        return False
    closer = {")"} if opener.text == "(" else _GLOSS_OPEN - {"("}
    sent_end = opener.sent.end
    if opener.text != "(" and start.lower_ in _GLOSS_DEFINING:
        return True  # “rent, rip and return” - where people rent a DVD ... (to the sentence's end)
    return any(doc[k].text in closer for k in range(close_mark + 3, min(sent_end, close_mark + 30)))


def _exemplified(doc: Doc, close_mark: int | None, first: int, last: int) -> bool:
    """covered “regulated animals” such as native deer; a “sing-along” like the charity single: a
    short quote followed by examples names a kind of thing."""
    if close_mark is None or not 0 < len(_words(doc, first, last)) <= TERM_WORDS:
        return False
    k = close_mark + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc):
        return False
    if doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        return True
    return doc[k].lower_ == "like" and doc[k].pos_ == "ADP" and doc[k + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}


def _counted(doc: Doc, first: int, last: int) -> bool:
    """to disallow two England “tries.”: a quoted noun with a number before it outside the marks,
    the object of a verb that does not report, and cited by no speech verb of its own."""
    words = _words(doc, first, last)
    if not 0 < len(words) <= 2:
        return False
    heads = [t for t in _attachments(doc, first, last) if t.pos_ == "NOUN"]
    if len(heads) != 1:
        return False
    noun = heads[0]
    outside_left = [c for c in noun.lefts if not _inside(first, last, c)]
    counted = any(
        c.dep_ == "nummod" or any(g.dep_ == "nummod" and g.i < first for g in c.subtree) for c in outside_left
    )
    if not counted or noun.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        return False
    if noun.head.lemma_.lower() in QUOTE_CUES or noun.head.head.lemma_.lower() in QUOTE_CUES:
        return False  # "cited four “loopholes”", "complained of three “blunders”"
    return not any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in QUOTE_CUES for c in noun.children)


#: How many words a word mentioned as a word has at most.
MENTIONED_WORDS = 3


def _mentioned_word(doc: Doc, first: int, last: int) -> bool:
    """“blog” headed the list of most looked-up terms; said “blog” was the word people asked about
    most: the quote is the subject of a clause whose object or predicate is a noun about words
    (or a list of them): the word is talked about as a word, nobody says it here."""
    if not 0 < len(_words(doc, first, last)) <= MENTIONED_WORDS:
        return False
    for t in _attachments(doc, first, last):
        verb = t.head
        if t.dep_ not in {"nsubj", "nsubjpass"} or _inside(first, last, verb):
            continue
        for obj in verb.children:
            if obj.dep_ not in {"attr", "dobj", "oprd"} or obj.pos_ != "NOUN":
                continue
            of = [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if any(n.lemma_.lower() in WORD_NOUNS or n.lower_ == "words" for n in [obj, *of]):
                return True
    return False


def is_term(doc: Doc, first: int, last: int, open_mark: int | None, close_mark: int | None) -> bool:
    """Whether the quoted tokens ``doc[first:last]`` (marks at token ``open_mark`` and
    ``close_mark``, None when missing) are a name, term or scare quote rather than speech."""
    if _name_given(doc, first, last, open_mark) or _word_shown(doc, first, last, open_mark):
        return True
    if (
        _talked_about(doc, first, last)
        or _named_as_concept(doc, first, last)
        or _glossed(doc, first, last, close_mark)
        or _counted(doc, first, last)
        or _rejected(doc, first, last)
        or _described(doc, first, last, close_mark)
        or _mentioned_word(doc, first, last)
    ):
        return True
    if _exemplified(doc, close_mark, first, last):
        return True
    namer = _namer_above(doc, first, last)
    if namer is not None and _has_speaking_namer(namer):
        return False  # "what she called “bullying” tactics": somebody's naming is their speech
    return _modifier(doc, first, last, close_mark)


#: How many words a term used again has at most.
REPEATED_WORDS = 4
_WORD = re.compile(r"[\w'\u2019]+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def repeated_terms(doc: Doc, text: str, spans: list[tuple[int, int, int, int]]) -> list[list[int]]:
    """Groups of indexes of the quotes (``spans``: start and end offset of the quoted words, first
    and last token) that are terms used again: at most ``REPEATED_WORDS`` words with a noun, whose
    words fill another quote too, when no copy is someone's word for something (``_judged``)."""
    groups: dict[str, list[int]] = {}
    for k, (a, b, first, last) in enumerate(spans):
        words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
        if not 0 < len(words) <= REPEATED_WORDS or not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
            continue  # a lone judging word ("fearsome") is the speaker's even when repeated
        groups.setdefault(_norm(text[a:b]), []).append(k)
    return [
        members
        for members in groups.values()
        if len(members) > 1 and not any(_judged(doc, spans[k][2], spans[k][3]) for k in members)
    ]


def _judged(doc: Doc, first: int, last: int) -> bool:
    """The quote is someone's word for something: the object of a naming or judging verb that has
    a subject ("called her “Miss Piggy”", "criticised Big Brother's “bullying”"), or what a
    reporting verb with a subject says it is ("said it was “a disgrace”"), within three steps of
    the parse; a verb of thinking ("wanted PCs to join “bot nets”") does not count."""
    naming = QUOTE_CUES - REPORTING_VERBS - THINKING_VERBS
    for t in _attachments(doc, first, last):
        if t.dep_ in {"dobj", "oprd", "attr"} and t.head.lemma_.lower() in naming and _has_speaking_namer(t.head):
            return True
        h = t.head
        for _ in range(3):  # "said it was “a disgrace”", "called Clinton “a disgrace”"
            if _inside(first, last, h):
                break
            if h.pos_ == "VERB" and h.lemma_.lower() in QUOTE_CUES - THINKING_VERBS and _has_speaking_namer(h):
                return True
            if h.head.i == h.i:
                break
            h = h.head
    return False
