"""Feedback from the people supported: invitations under fresh codes after a case
closes, and the survey tool's answers imported by code, whole or not at all."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.feedback_codes import ALPHABET, normal_code
from peersupport_desktop.services import cases, feedback, settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.feedback_import import KIND
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.record_kinds import WATCHED, record_kind
from peersupport_desktop.services.watch_folder import IMPORTED, import_dropped
from peersupport_desktop.store.models import AuditEntry, FeedbackResponse
from peersupport_desktop.store.vault import Vault
from tests.feedback_cases import closed_case, open_case

BASE = dt.datetime(2026, 7, 6, 9, 0)
CODE_SHAPE = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")
HEADER = "code,answered_on,helpful,wellbeing_better,back_at_work,would_recommend,comment\n"


def invited(vault: Vault, count: int) -> list[feedback.Invitation]:
    made = []
    for number in range(count):
        case_id = closed_case(vault, number, BASE)
        made.append(feedback.invite(vault, case_id, BASE + dt.timedelta(days=12)))
    return made


def responses(vault: Vault) -> list[FeedbackResponse]:
    with vault.reading() as session:
        found = list(session.scalars(select(FeedbackResponse).order_by(FeedbackResponse.id)))
        session.expunge_all()
        return found


def test_codes_are_fresh_unguessable_and_read_back_in_any_spelling(vault: Vault) -> None:
    made = invited(vault, 12)
    codes = [invitation.code for invitation in made]
    assert all(CODE_SHAPE.match(code) for code in codes)
    assert len(set(codes)) == 12
    code = codes[0]
    assert normal_code(code.lower().replace("-", "")) == code
    assert normal_code(f"  {code.lower()} ") == code
    assert normal_code("K7QM-3XP0") is None  # 0 is not in the alphabet (it reads as O)
    assert normal_code("K7QM3XP") is None


def test_only_a_closed_case_is_invited_and_only_once(vault: Vault) -> None:
    still_open = open_case(vault, 1, BASE)
    with pytest.raises(InvalidInput, match="closed case"):
        feedback.invite(vault, still_open, BASE)
    assert feedback.invitation_of(vault, still_open) is None
    closed = closed_case(vault, 2, BASE, BASE + dt.timedelta(days=3))
    with pytest.raises(InvalidInput, match="before the case closed"):
        feedback.invite(vault, closed, BASE + dt.timedelta(days=1))
    first = feedback.invite(vault, closed, BASE + dt.timedelta(days=4))
    again = feedback.invite(vault, closed, BASE + dt.timedelta(days=9))
    assert again == first
    assert feedback.invitation_of(vault, closed) == first
    with vault.reading() as session:
        invites = session.scalar(select(func.count()).where(AuditEntry.action == "feedback.invite"))
        shown = session.scalar(
            select(func.count()).where(AuditEntry.action == "feedback.code_shown")
        )
    assert invites == 1
    assert shown == 1  # the code shown again ties the case to its answers: on record too


def test_the_invitation_carries_the_code_and_the_form_never_the_case(vault: Vault) -> None:
    (invitation,) = invited(vault, 1)
    reference = cases.reference_for(invitation.case_id)
    text = feedback.invitation_text(vault, invitation)
    assert invitation.code in text
    assert "Ask the peer support coordinator for the form" in text
    assert reference not in text and "Clinician" not in text
    current = settings.get_settings(vault)
    settings.update_settings(
        vault, settings_with(current, "https://forms.example.org/peer-feedback")
    )
    text = feedback.invitation_text(vault, invitation)
    assert "https://forms.example.org/peer-feedback" in text
    assert "Ask the peer support coordinator" not in text


def settings_with(current: settings.Settings, address: str) -> settings.Settings:
    import dataclasses

    return dataclasses.replace(current, feedback_form_address=address)


def test_answers_are_matched_by_code_with_a_saved_mapping_from_a_survey_tool(
    vault: Vault, tmp_path: Path
) -> None:
    a, b, c = invited(vault, 3)
    path = tmp_path / "redcap.csv"
    path.write_text(
        "record_id,feedback_code,feedback_timestamp,q_helpful,q_wellbeing,q_work,q_recommend,"
        "q_other\n"
        f"1,{a.code.lower().replace('-', '')},2026-07-20 10:15:00,5 - Very helpful,Yes,Somewhat,"
        "Yes,Thank you all\n"
        f"2,{b.code},2026-07-21,2,Not sure,No,partly,\n",
        encoding="utf-8",
    )
    mapping = {
        "code": "feedback_code",
        "answered_on": "feedback_timestamp",
        "helpful": "q_helpful",
        "wellbeing_better": "q_wellbeing",
        "back_at_work": "q_work",
        "would_recommend": "q_recommend",
        "comment": "q_other",
    }
    result = import_records(vault, KIND, path, mapping=mapping, source="REDCap")
    assert (result.rows, result.added, result.unchanged) == (2, 2, 0)
    first, second = responses(vault)
    assert (first.answered_on, first.helpful, first.comment) == (
        dt.date(2026, 7, 20), 5, "Thank you all",
    )  # fmt: skip
    assert (first.wellbeing_better, first.back_at_work, first.would_recommend) == (
        FeedbackAnswer.YES, FeedbackAnswer.PARTLY, FeedbackAnswer.YES,
    )  # fmt: skip
    assert second.wellbeing_better is None  # "Not sure" is no answer either way
    assert (second.helpful, second.comment) == (2, None)
    # The nightly file again, the mapping remembered by its source: nothing new.
    again = import_records(vault, KIND, path, source="REDCap")
    assert (again.added, again.unchanged) == (0, 2)
    lines = {line.code: line for line in feedback.invitation_lines(vault)}
    assert lines[c.code].answers is None and lines[a.code].answers is not None


def test_a_workbook_from_microsoft_forms_with_a_blank_date_is_dated_the_import_day(
    vault: Vault, tmp_path: Path
) -> None:
    (a,) = invited(vault, 1)
    path = tmp_path / "forms.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Invitation code", "Was it helpful", "Wellbeing", "Back at work", "Recommend"])
    sheet.append([a.code, 4, "yes", "yes", "yes"])
    book.save(path)
    guessed = KIND.layout.guess(
        ["Invitation code", "Was it helpful", "Wellbeing", "Back at work", "Recommend"]
    )
    assert guessed["code"] == "Invitation code" and guessed["helpful"] == "Was it helpful"
    import_records(vault, KIND, path, mapping=guessed, source="Microsoft Forms")
    (answer,) = responses(vault)
    assert answer.helpful == 4
    assert answer.answered_on == dt.date.today()


def test_an_unknown_code_or_a_bad_answer_imports_nothing_and_quotes_no_cell(
    vault: Vault, tmp_path: Path
) -> None:
    (a,) = invited(vault, 1)
    path = tmp_path / "answers.csv"
    path.write_text(
        HEADER
        + f"{a.code},2026-07-20,5,yes,yes,yes,A private remark\n"
        + "ZZZZ-ZZZZ,2026-07-20,5,yes,yes,yes,\n"
        + "not a code,2026-07-20,5,yes,yes,yes,\n"
        + f"{a.code},2026-07-20,9,maybe,yes,yes,\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    said = {problem.line: problem.reason for problem in caught.value.problems}
    assert said[3] == "No invitation was sent under this code."
    assert said[4].startswith("The code is not a feedback code")
    assert said[5].startswith("Helpful is not 1 to 5")
    assert "A private remark" not in str(caught.value) and "ZZZZ" not in str(caught.value)
    assert responses(vault) == []


def test_duplicates_within_a_file_and_across_imports(vault: Vault, tmp_path: Path) -> None:
    a, b = invited(vault, 2)
    same = tmp_path / "same.csv"
    same.write_text(
        HEADER + f"{a.code},2026-07-20,5,yes,,yes,\n{a.code.lower()},2026-07-20,5,yes,,yes,\n",
        encoding="utf-8",
    )
    result = import_records(vault, KIND, same)
    assert (result.added, result.unchanged) == (1, 1)
    clash = tmp_path / "clash.csv"
    clash.write_text(
        HEADER + f"{b.code},2026-07-20,5,yes,,yes,\n{b.code},2026-07-21,1,no,,no,\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, clash)
    assert [p.line for p in caught.value.problems] == [3]
    assert len(responses(vault)) == 1
    # Answered before, now different (sent twice, or edited): the first answers stay.
    changed = tmp_path / "changed.csv"
    changed.write_text(HEADER + f"{a.code},2026-07-25,1,no,no,no,Changed my mind\n")
    result = import_records(vault, KIND, changed)
    assert (result.added, result.unchanged) == (0, 1)
    assert result.summary().endswith(
        "1 code answered before came with other answers: the first answers are kept."
    )
    (kept,) = responses(vault)
    assert (kept.helpful, kept.comment) == (5, None)


def test_dates_and_comments_are_checked(vault: Vault, tmp_path: Path) -> None:
    (a,) = invited(vault, 1)
    path = tmp_path / "answers.csv"
    path.write_text(
        HEADER + f"{a.code},2026-07-01,5,yes,yes,yes,\n"  # before the invitation
        f"{a.code},20/07/2026,5,yes,yes,yes,\n"
        + f"{a.code},2026-07-20,5,yes,yes,yes,{'x' * 2001}\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    reasons = [p.reason for p in caught.value.problems]
    assert reasons[0] == "The answer is dated before its invitation was sent."
    assert reasons[1].startswith("The answer's date could be read day first or month first")
    assert reasons[2] == "The comment is longer than 2,000 characters."


def test_the_watch_folder_takes_a_feedback_file(vault: Vault, tmp_path: Path) -> None:
    assert "feedback" in WATCHED and record_kind("feedback") is KIND
    (a,) = invited(vault, 1)
    (tmp_path / "feedback.csv").write_text(HEADER + f"{a.code},2026-07-20,4,yes,partly,yes,\n")
    (outcome,) = import_dropped(vault, tmp_path, settled_before=9e12)
    assert outcome.records is not None and outcome.records.added == 1
    assert outcome.summary() == "feedback.csv: Feedback answers: 1 row read, 1 added."
    assert (tmp_path / IMPORTED / "feedback.csv").exists()
    (answer,) = responses(vault)
    assert answer.back_at_work is FeedbackAnswer.PARTLY


def test_the_listing_names_codes_never_cases(vault: Vault, tmp_path: Path) -> None:
    a, b = invited(vault, 2)
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + f"{a.code},2026-07-20,4,yes,partly,yes,Kind people\n")
    import_records(vault, KIND, path)
    listing = feedback.feedback_listing(vault, comments=True)
    rows = {row["code"]: row for row in listing.as_dicts()}
    assert rows[a.code]["comment"] == "Kind people" and rows[a.code]["helpful"] == 4
    assert rows[b.code]["answered_on"] is None
    text = repr(listing.as_dicts())
    assert "PS-" not in text and "Clinician" not in text
