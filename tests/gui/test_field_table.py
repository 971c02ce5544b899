"""A field added to the field table, in a test-only way, reaches every place with no other change.

The kiosk form gets an input for it, validation its limit, the sealed record its value,
the sheet import a column and the export the same column, the volunteer table a column,
and the correction dialog keeps it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.gui.context import AppContext
from desktop.gui.models.signups import SignupsModel
from desktop.gui.pages.signin_form import FormFields
from desktop.gui.pages.volunteer_dialogs import EditDialog
from desktop.organizer import require_key_record
from desktop.signin import fields
from desktop.signin.exporter import export_signups
from desktop.signin.fields import QT_TRANSLATE_NOOP, Field
from desktop.signin.form import SigninForm
from desktop.signin.importer import import_text
from desktop.signin.service import EventContext, FormInvalid, SigninService
from desktop.signin.validation import Problem
from desktop.signin.volunteer import VolunteerService
from tests.gui.conftest import PASSPHRASE
from tests.gui.typing import type_text

PRONOUNS = Field(
    "pronouns",
    QT_TRANSLATE_NOOP("FormFields", "Pronouns (optional)"),
    20,
    csv="pronouns",
    in_table=True,
)


@pytest.fixture
def with_pronouns(monkeypatch: pytest.MonkeyPatch) -> Field:
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, PRONOUNS))
    return PRONOUNS


def _services(context: AppContext, dataset: Dataset) -> tuple[SigninService, VolunteerService]:
    with context.sessions.begin() as session:
        event = create_event(session, EventSpec("Fair", dt.date(2026, 12, 1), "Hall"))
        keys = require_key_record(session)
        event_id, actions = event.id, tuple(event.actions)
    service = SigninService(context.sessions, dataset, EventContext(event_id, actions), keys)
    return service, VolunteerService(context.sessions, dataset, event_id)


def test_a_new_field_reaches_the_form_the_sheets_and_the_volunteer_table(
    qtbot: QtBot, context: AppContext, dataset: Dataset, with_pronouns: Field
) -> None:
    service, volunteer = _services(context, dataset)

    # The kiosk form: an input with its label, typed into like any other.
    form = FormFields(["Boston", "Florence"], ["en", "es"])
    qtbot.addWidget(form)
    assert "pronouns" in form.inputs
    assert form.labels["pronouns"].text() == "Pronouns (optional)"
    for name, text in (("first_name", "Ana"), ("last_name", "Lima"), ("place", "Florence"),
                       ("pronouns", "she/her")):  # fmt: skip
        type_text(qtbot, form.inputs[name], text)
    typed = form.values()
    assert typed.value("pronouns") == "she/her"
    service.submit(typed)

    # Its limit is checked beside the field, keeping the rest.
    with pytest.raises(FormInvalid) as refused:
        service.submit(typed.with_values({"pronouns": "x" * 21}))
    assert [(p.field, p.problem) for p in refused.value.problems] == [
        ("pronouns", Problem.TOO_LONG)
    ]

    # A sheet with the column: its value is imported, sealed with the rest.
    sheet = "first_name,last_name,town,pronouns\r\nMinh,Trần,Boston,he/him\r\n"
    summary = import_text(service, sheet, "sheet.csv", "d" * 64)
    assert summary.added == 1 and not summary.rejected

    records = volunteer.records(volunteer.unlock(PASSPHRASE))
    assert [(r.first_name, r.value("pronouns")) for r in records] == [
        ("Ana", "she/her"),
        ("Minh", "he/him"),
    ]

    # The export has the same column, so it imports again.
    out = io.StringIO()
    export_signups(records, dataset, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(row["first_name"], row["pronouns"]) for row in rows] == [
        ("Ana", "she/her"),
        ("Minh", "he/him"),
    ]

    # The volunteer table: a column of its own.
    model = SignupsModel()
    model.set_rows(records)
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Pronouns (optional)"
    assert model.index(1, last).data() == "he/him"

    # The correction dialog shows it and keeps it.
    dialog = EditDialog(records[0], ["Boston", "Florence"], ["en", "es"])
    qtbot.addWidget(dialog)
    assert dialog.fields.inputs["pronouns"].text() == "she/her"
    assert dialog.form().value("pronouns") == "she/her"


def test_without_the_fixture_the_field_is_not_there(context: AppContext, qtbot: QtBot) -> None:
    form = FormFields(["Boston"], ["en"])
    qtbot.addWidget(form)
    assert "pronouns" not in form.inputs


def test_a_correction_keeps_what_the_form_does_not_show(
    qtbot: QtBot, context: AppContext, dataset: Dataset
) -> None:
    """The note for the letter and a sheet's ZIP are not on the form: a correction of the
    name must not wipe them."""
    service, volunteer = _services(context, dataset)
    service.submit(
        SigninForm(first_name="Rosa", last_name="Diaz", place="Boston", zip_code="02119",
                   consent_letter=True, note="Mi hijo necesita su ayuda")
    )  # fmt: skip
    (record,) = volunteer.records(volunteer.unlock(PASSPHRASE))
    dialog = EditDialog(record, ["Boston"], ["en", "es"])
    qtbot.addWidget(dialog)
    dialog.fields.inputs["last_name"].setText("Díaz")
    service.edit(record.id, dialog.form())
    (after,) = volunteer.records(volunteer.unlock(PASSPHRASE))
    assert (after.last_name, after.note, after.zip_code) == (
        "Díaz",
        "Mi hijo necesita su ayuda",
        "02119",
    )
