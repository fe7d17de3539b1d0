"""Which language a page is written in (py3langid), and the plain warning for pages not in English.

NewsLens's analysis (the spaCy model, quote rules, TextBlob) is English-only: the English model on
French text finds nonsense entities. So a page in another language is recorded with its language
and a warning, and the dashboard keeps it apart from English articles instead of counting it in.
"""

from __future__ import annotations

from functools import lru_cache

#: Fewer words than this and the identifier's answer is a guess: no language recorded.
MIN_WORDS = 12
#: The identifier's normalised probability below which the language is left unknown.
MIN_CONFIDENCE = 0.8
#: Enough text to tell the language; identifying more only costs time.
SAMPLE_CHARS = 4000

_NAMES = {
    "ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str | None) -> str:
    return _NAMES.get(code or "", code or "unknown")


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    code, prob = _identifier().classify(sample)
    return str(code) if prob >= MIN_CONFIDENCE else None


def not_english_warning(code: str | None) -> str | None:
    if code is None or code == "en":
        return None
    return (
        f"not in English: written in {language_name(code)} ({code}). NewsLens analyses English only, so this "
        "article's entities, quotes and sentiment are not meaningful; it is flagged and kept apart from English "
        "articles"
    )
