"""Reading notice files and checking their rows, without a vault."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.codes import EventType, ReferralSource, Role
from peersupport_desktop.core.event_notices import (
    CANONICAL_COLUMNS,
    MappingProblem,
    canonical_mapping,
    check_rows,
    column_positions,
    fits,
)
from peersupport_desktop.core.notice_files import UnreadableFile, read_table
from peersupport_desktop.resource_files import resource

NOW = dt.datetime(2026, 11, 23, 10, 0)
TYPES = {
    spelling.casefold(): t.value for t in EventType for spelling in (t.value, t.label)
}  # what the vault's event types give
HEADER = ",".join(CANONICAL_COLUMNS)


def table_of(*lines: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode("utf-8")


def checked(data: bytes, mapping: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    table = read_table(data)
    chosen = mapping or canonical_mapping(table.headers)
    assert chosen is not None
    return check_rows(table, chosen, TYPES, NOW)


def test_the_canonical_example_reads_whole() -> None:
    result = checked(resource("examples", "event_notices.csv").read_bytes())
    assert not result.rejected
    assert len(result.notices) == 5
    assert {n.event_ref for n in result.notices} == {"SR-2026-0412", "RM-2026-088", "CL-2026-015"}
    first = result.notices[0]
    assert first.line == 2
    assert first.event_type == "unexpected_death" and first.clinician_role is Role.ATTENDING
    assert first.referred_at == dt.datetime(2026, 3, 2, 18, 20)
    assert result.notices[-1].referred_at is None  # empty: the import's own time
    assert result.notices[-1].event_department is None


def test_codes_and_labels_in_any_letter_case() -> None:
    rows = [
        "E1,2026-03-01,UNEXPECTED_DEATH,ICU,A One,Nurse,ICU,,,SAFETY_REPORT,",
        "E1,2026-03-01,unexpected patient death,icu,B Two,resident OR fellow,ICU,,,"
        "patient-safety REPORT,",
        "E1,2026-03-01,Unexpected Patient Death,ICU,C Three,app,ICU,,,Risk management,",
    ]
    result = checked(table_of(*rows))
    assert not result.rejected
    assert {n.event_type for n in result.notices} == {"unexpected_death"}
    assert [n.clinician_role for n in result.notices] == [Role.NURSE, Role.TRAINEE, Role.APP]
    assert [n.referral_source for n in result.notices] == [
        ReferralSource.SAFETY_REPORT,
        ReferralSource.SAFETY_REPORT,
        ReferralSource.RISK_MANAGEMENT,
    ]


def test_windows_1252_with_semicolons() -> None:
    text = (
        HEADER.replace(",", ";")
        + "\r\nE9;2026-02-01;trauma;Urgences;Zoë Müller-Ñúñez;nurse;;;;self;\r\n"
    )
    result = checked(text.encode("cp1252"))
    table = read_table(text.encode("cp1252"))
    assert (table.encoding, table.separator) == ("cp1252", ";")
    assert result.notices[0].clinician_name == "Zoë Müller-Ñúñez"


def test_utf8_with_a_byte_order_mark_and_semicolons() -> None:
    text = HEADER.replace(",", ";") + "\nE9;2026-02-01;trauma;;Zoë Ångström;nurse;;;;self;\n"
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    table = read_table(data)
    assert table.headers[0] == "event_ref"  # the BOM is not part of the first name
    assert (table.encoding, table.separator) == ("utf-8-sig", ";")
    assert checked(data).notices[0].clinician_name == "Zoë Ångström"


def test_rejected_rows_name_their_line_and_reason_but_no_value() -> None:
    rows = [
        "E1,2026-03-01,trauma,,Good Row,nurse,,,,self,",
        "E2,2026-13-01,trauma,,Bad Date,nurse,,,,self,",
        "E3,2026-03-01,volcano,,Secret Name,nurse,,,,self,",
        '"E4","2026-03-01","trauma","","Multi\nLine","nurse","","","","self",""',
        "E5,2026-03-01,trauma,,Who,surgeon-general,,,,self,",
        "E6,2026-03-01,trauma,,,nurse,,,,self,",
        "E7,2026-03-01,trauma,,Mail,nurse,,not-an-address,,self,",
        "E8,2099-03-01,trauma,,Later,nurse,,,,self,",
        "E9,2026-03-01,trauma,,Early,nurse,,,,self,2026-02-01T10:00",
        "E1,2026-03-02,trauma,,Other Day,nurse,,,,self,",
    ]
    result = checked(table_of(*rows))
    assert [n.line for n in result.notices] == [2, 5]
    reasons = {r.line: r.reason for r in result.rejected}
    assert reasons == {
        3: "event_date is not an ISO 8601 date (like 2026-03-31).",
        4: "event_type is not a known event type code or label.",
        7: "clinician_role is not a known code or label.",
        8: "clinician_name is empty.",
        9: "clinician_email does not look like an email address.",
        10: "event_date is in the future.",
        11: "referred_at comes before event_date.",
        12: "event_date differs from line 2 of the same event_ref.",
    }
    assert all("Secret" not in r.reason and "volcano" not in r.reason for r in result.rejected)
    assert result.rejected[1].cells[4] == "Secret Name"  # kept whole, for the rejects file


def test_a_mapping_reads_other_column_names() -> None:
    data = (
        b"Incident No;Date;Category;Unit;Staff member;Job;Staff unit;Mail;Tel;Reported by\n"
        b"INC-1;2026-05-04;Near miss;Pharmacy;Ann Lee;Pharmacist;Pharmacy;ann@x.org;;leader\n"
    )
    table = read_table(data)
    assert canonical_mapping(table.headers) is None
    mapping = {
        "event_ref": "Incident No", "event_date": "date", "event_type": "Category",
        "event_department": "Unit", "clinician_name": "Staff member", "clinician_role": "Job",
        "clinician_department": "Staff unit", "clinician_email": "Mail",
        "clinician_phone": "Tel", "referral_source": "Reported by",
    }  # fmt: skip
    assert fits(mapping, table.headers)
    notice = check_rows(table, mapping, TYPES, NOW).notices[0]
    assert (notice.event_ref, notice.event_type, notice.clinician_role) == (
        "INC-1",
        "near_miss",
        Role.PHARMACIST,
    )
    assert notice.referred_at is None  # not mapped: the import's time
    with pytest.raises(MappingProblem, match="event_ref"):
        column_positions({k: v for k, v in mapping.items() if k != "event_ref"}, table.headers)
    with pytest.raises(MappingProblem, match="no column 'Ticket'"):
        column_positions({**mapping, "event_ref": "Ticket"}, table.headers)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf\n\n", "The file is empty."),
        (b"%PDF-1.7\x00\x01\x02", "not a CSV text file"),
        (b'a,b\n1,"2\n', "not valid CSV near line 2"),
        (b"a,a\n1,2\n", "names a column twice"),
        (b"\x81\x8d\x8f\x90\x9d,x\n", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unreadable_files_say_why_in_one_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(UnreadableFile, match=sentence) as caught:
        read_table(data)
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)


def test_times_with_an_offset_become_local_wall_clock_time() -> None:
    result = checked(table_of("E1,2026-03-01,trauma,,A,nurse,,,,self,2026-03-01T12:00:00+00:00"))
    expected = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert result.notices[0].referred_at == expected


def test_a_file_that_changes_between_its_two_readings_is_one_sentence() -> None:
    """The encoding is settled on a first pass; a file rewritten before the rows are
    read (the office's system still writing it) is refused, not a traceback."""
    import io

    import pytest

    from peersupport_desktop.core.notice_files import UnreadableFile, stream_table

    rows = b"".join(b"EV-%d,Person %d\n" % (n, n) for n in range(20_000))
    data = bytearray(b"event_ref,clinician_name\n" + rows)  # past the reader's buffer
    handle = io.BytesIO(data)
    stream = stream_table(handle)
    view = handle.getbuffer()
    view[-4] = 0xFF  # no longer UTF-8
    del view
    with pytest.raises(UnreadableFile, match="changed while it was read"):
        list(stream.rows)
