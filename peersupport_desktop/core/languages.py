"""Languages: kept as ISO 639-1 codes (so "English" and "english" match), said by name.

The list is the languages a US or European hospital's staff most often speak; a code
the list lacks (stored by an older version) is shown as it is, never dropped.
"""

from __future__ import annotations

import unicodedata

LANGUAGES: dict[str, str] = {
    "am": "Amharic", "ar": "Arabic", "bn": "Bengali", "bg": "Bulgarian", "my": "Burmese",
    "zh": "Chinese", "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch",
    "en": "English", "fa": "Persian (Farsi)", "fi": "Finnish", "fr": "French",
    "de": "German", "el": "Greek", "gu": "Gujarati", "ht": "Haitian Creole",
    "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "ig": "Igbo", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "km": "Khmer", "ko": "Korean", "ku": "Kurdish",
    "lo": "Lao", "ms": "Malay", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali",
    "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sr": "Serbian", "so": "Somali", "es": "Spanish", "sw": "Swahili",
    "sv": "Swedish", "tl": "Tagalog (Filipino)", "ta": "Tamil", "te": "Telugu", "th": "Thai",
    "ti": "Tigrinya", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "yo": "Yoruba",
}  # fmt: skip

# Other names people type for the same languages.
_ALSO: dict[str, str] = {
    "farsi": "fa", "persian": "fa", "filipino": "tl", "tagalog": "tl", "mandarin": "zh",
    "cantonese": "zh", "creole": "ht", "kreyol": "ht", "punjabi": "pa", "castellano": "es",
}  # fmt: skip


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_BY_NAME = {_plain(name): code for code, name in LANGUAGES.items()} | _ALSO


def language_code(text: str) -> str | None:
    """The code for a language typed as a code ("vi") or a name ("Vietnamese",
    "farsi"), in any case; None when the list does not know it."""
    plain = _plain(text)
    if plain in LANGUAGES:
        return plain
    return _BY_NAME.get(plain) or _BY_NAME.get(plain.split(" (")[0])


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def by_name() -> list[tuple[str, str]]:
    """(code, name) for every language, in the order a person looks for them."""
    return sorted(LANGUAGES.items(), key=lambda item: item[1])
