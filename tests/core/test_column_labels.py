"""Every column of an event notice has a plain label for the window."""

from __future__ import annotations

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS, COLUMN_LABELS


def test_every_column_has_a_plain_label() -> None:
    assert set(COLUMN_LABELS) == set(CANONICAL_COLUMNS)
    for column, label in COLUMN_LABELS.items():
        assert label and "_" not in label and label[0].isupper(), column
    assert len(set(COLUMN_LABELS.values())) == len(COLUMN_LABELS)  # no two alike
