"""Reading a report back as a reader does: its pages' text, a row's figures, a table."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def lines_after(text: str, label: str, count: int) -> list[str]:
    lines = text.splitlines()
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
