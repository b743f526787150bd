"""Reading a report back as a reader does: its pages' text, a row's figures, a table."""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def lines_after(text: str, label: str, count: int) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index(label)
    return lines[at + 1 : at + 1 + count]


def section(text: str, title: str) -> dict[str, str]:
    """A table's rows as label -> count, from its title to its Total row."""
    lines = text.splitlines()
    at = lines.index(title) + 3  # title, "Cases", "Share"
    rows: dict[str, str] = {}
    while True:
        label, count = lines[at], lines[at + 1]
        rows[label] = count
        if label == "Total":
            return rows
        at += 3


def key_figure(text: str, label: str) -> list[str]:
    """A row of the Key figures table: the quarter, the quarter before, the same quarter
    a year ago and the year to date (the summary on page one repeats some labels)."""
    return lines_after(text[text.index("\nKey figures\n") :], label, 4)


def chart_values(pdf: bytes, title: str, quarters: list[str]) -> dict[str, str]:
    """A small trend chart read as a reader does: the value written above each quarter
    ("54", "72%", or "hidden"), by the quarter label under it; a quarter with nothing
    written is left out. ``quarters``: the chart's eight, oldest first."""
    for page in PdfReader(io.BytesIO(pdf)).pages:
        pieces = positioned(page)
        for left, top in [(x, y) for x, y, said in pieces if said == title]:
            # A chart is half the text's width and about 165 points high.
            inside = [
                (x, y, said)
                for x, y, said in pieces
                if left - 1 <= x < left + 235 and top - 165 < y < top
            ]
            labels = [(x, y) for x, y, said in inside if said in ("Q1", "Q2", "Q3", "Q4")]
            if len(labels) != len(quarters):
                continue
            floor = labels[0][1]
            slots = sorted(x for x, _y in labels)
            values: dict[str, str] = {}
            for x, y, said in inside:
                if y > floor + 1 and not said.startswith("target"):
                    nearest = min(range(len(slots)), key=lambda i: abs(slots[i] - x))
                    values[quarters[nearest]] = said
            return values
    raise AssertionError(f"no chart titled {title!r}")


def positioned(page: PageObject) -> list[tuple[float, float, str]]:
    """Each piece of a page's text with where it stands: (x, y, text)."""
    pieces: list[tuple[float, float, str]] = []

    def text(words: str, cm: list[float], tm: list[float], *_: object) -> None:
        if words.strip():
            pieces.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], words.strip()))

    page.extract_text(visitor_text=text)
    return pieces
