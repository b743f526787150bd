from peersupport_desktop.core.plurals import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "supporter") == "1 supporter"
    assert counted(0, "supporter") == "0 supporters"
    assert counted(2, "case") == "2 cases"
    assert counted(2, "person", "people") == "2 people"
    assert counted(1, "refresher overdue", "refreshers overdue") == "1 refresher overdue"
    assert counted(12_000, "case") == "12,000 cases"
