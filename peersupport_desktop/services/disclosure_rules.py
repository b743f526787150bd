"""The plain-language lines every publication carries about what was grouped and
hidden, and why: the same words in the report, the export and the command line."""

from __future__ import annotations

from peersupport_desktop.core.disclosure.model import Publication
from peersupport_desktop.core.disclosure.suppression import Protected


def hidden_sentence(publication: Publication) -> str:
    """One line: how many figures are hidden, and why."""
    threshold = publication.threshold
    hidden = sum(1 for cell in publication.cells if cell.key in publication.hidden)
    return (
        f"{hidden:,} of {len(publication.cells):,} figures are hidden: counts of 1 to "
        f"{threshold - 1} people, and figures from which one could be worked out; categories "
        f"with fewer than {threshold} cases are grouped as 'other'."
    )


def hiding_rules(protected: Protected, threshold: int, earlier: int) -> tuple[str, ...]:
    small = threshold - 1
    cells = len(protected.publication.cells)
    hidden = len(protected.hidden)
    lines = [
        f"Categories with fewer than {threshold} cases are grouped as 'other' ('other "
        "roles', 'other departments', …) and not named.",
        f"'hidden' stands for a count of 1 to {small} people, or for a figure from which "
        f"such a count could be worked out; the two read alike on purpose. Zero is shown.",
        # How many of them are small is not said: with it, two hidden cells of a
        # table, one of them small, would bound the small one.
        f"Of {cells:,} figures, {cells - hidden:,} are shown and {hidden:,} hidden.",
    ]
    if earlier:
        noun = "publication" if earlier == 1 else "publications"
        lines.append(
            f"Checked together with {earlier} earlier {noun} of the same periods from this "
            "program: no hidden count can be worked out from all of them at once."
        )
    return tuple(lines)
