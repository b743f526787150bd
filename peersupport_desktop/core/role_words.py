"""The words a hospital's spreadsheet uses for a clinician's role, read as the role's
code: "Physician" and "MD" as attending, "Resident" as trainee, "NP" as an advanced
practice provider. A code or a label reads as itself (Role.parse)."""

from __future__ import annotations

from peersupport_desktop.core.codes import Role

_WORDS: dict[str, Role] = {
    **dict.fromkeys(
        ("physician", "doctor", "md", "do", "consultant", "surgeon", "attending",
         "staff physician", "hospitalist"),
        Role.ATTENDING,
    ),
    **dict.fromkeys(
        ("resident", "fellow", "intern", "registrar", "house officer", "trainee"),
        Role.TRAINEE,
    ),
    **dict.fromkeys(("rn", "registered nurse", "staff nurse", "charge nurse"), Role.NURSE),
    **dict.fromkeys(
        ("np", "nurse practitioner", "pa", "physician assistant", "physician associate",
         "crna", "nurse anesthetist", "midwife", "app"),
        Role.APP,
    ),
    **dict.fromkeys(("pharmd", "clinical pharmacist"), Role.PHARMACIST),
}  # fmt: skip


def role_of(text: str) -> Role:
    """The role ``text`` names; ValueError when it names none."""
    word = " ".join(text.replace(".", "").split()).casefold()
    if word in _WORDS:
        return _WORDS[word]
    return Role(Role.parse(text))
