"""`tabling report`: the PDF's numbers against the database, and the CSV's rules."""

from __future__ import annotations

import csv
import re
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store.engine import open_database
from desktop.store.models import Action, Event, OutboxMessage, Signup, Stack
from tests.cli_run import tabling
from tests.lobby.report_data import CHELSEA, HAMPSHIRE, PITTSFIELD, fill_event


@pytest.fixture
def filled(event_id: str) -> str:
    with open_database().begin() as session:
        fill_event(session, event_id)
        session.get_one(Event, event_id).name = '=HYPERLINK("http://x")'  # a formula, as typed
    return event_id


def count(session: Session, query: object) -> int:
    return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def row_values(text: str, label: str) -> list[str]:
    """The cells after `label` on its line of the PDF's text (columns are 2+ spaces apart)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            return re.split(r"\s{2,}", line.strip()[len(label) :].strip())
    raise AssertionError(f"no line starting {label!r}")


def test_the_pdf_says_what_the_database_holds(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    done = tabling("report", "--event", filled, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Drawing the sign-ups map" in done.stderr and str(out) in done.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    in_event = select(Signup.id).where(Signup.event_id == filled)
    with open_database()() as session:
        signups = count(session, select(func.count()).where(Signup.event_id == filled))
        pending = count(
            session,
            select(func.count()).where(Signup.event_id == filled, Signup.status == "pending"),
        )
        printed = count(
            session,
            select(func.count()).where(
                Action.signup_id.in_(in_event), Action.kind == "letter", Action.state == "done"
            ),
        )
        delivered = count(
            session,
            select(func.sum(Stack.letters)).where(
                Stack.event_id == filled, Stack.delivered_at.is_not(None)
            ),
        )
        sent = select(func.count()).where(
            OutboxMessage.event_id == filled, OutboxMessage.state == "sent"
        )
        emails = count(session, sent.where(OutboxMessage.kind == "legislator_email"))
        crm = count(session, sent.where(OutboxMessage.kind == "crm_signup"))
        amherst = count(
            session,
            select(func.count()).where(
                Signup.event_id == filled, Signup.house_district == HAMPSHIRE[0]
            ),
        )
    assert row_values(text, "Sign-ups") == [str(signups)]
    assert row_values(text, "Pending (split town")[-1] == str(pending)
    assert row_values(text, "Letters printed") == [str(printed)]
    assert row_values(text, "Letters delivered") == [str(delivered)]
    assert row_values(text, "Emails sent to legislators") == [str(emails)]
    assert row_values(text, "Records sent to the CRM") == [str(crm)]
    assert (signups, printed, delivered, emails, crm) == (23, 40, 18, 24, 5)  # data made so
    # District rows: sign-ups, printed, delivered, position; a small one says "fewer than 5".
    hampshire = row_values(text, HAMPSHIRE[0])
    assert hampshire[-4:] == [str(amherst), str(amherst), "12", "supports"]
    assert row_values(text, CHELSEA[0])[-4:] == ["6", "6", "6", "opposes"]
    pittsfield = row_values(text, PITTSFIELD[0])
    assert pittsfield.count("fewer than 5") == 2 and "2" not in pittsfield
    assert row_values(text, "Pittsfield") == ["fewer than 5", "0"]
    assert row_values(text, "Tiếng Việt (vi)") == ["fewer than 5"]
    assert row_values(text, "Español (es)") == ["7"]
    assert "\f" in text and text.count("\f") >= 5  # totals, two maps, two chambers, towns


def test_the_csv_holds_counts_privately_and_runs_no_formula(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "counts.csv"
    done = tabling("report", "--event", filled, "--csv", str(out))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    event = rows[0]
    assert event["table"] == "event" and event["name"] == '\'=HYPERLINK("http://x")'
    assert (event["signups"], event["letters_delivered"], event["crm_records"]) == ("23", "18", "5")
    by_name = {(r["table"], r["name"]): r for r in rows}
    assert by_name["house", HAMPSHIRE[0]]["signups"] == "12"
    assert by_name["house", HAMPSHIRE[0]]["position"] == "supports"
    small = by_name["house", PITTSFIELD[0]]
    assert small["signups"] == small["letters_printed"] == "fewer than 5"
    assert by_name["town", "Boston"]["pending"] == "fewer than 5"
    assert by_name["language", "pt"]["signups"] == "6"
    # Nothing in the file is a bare count under 5 for a district, town or language.
    for row in rows[1:]:
        for column in ("signups", "pending", "letters_printed", "letters_delivered"):
            assert row[column] in ("", "0", "fewer than 5") or int(row[column]) >= 5


def test_a_link_is_refused_and_nothing_is_written_through_it(filled: str, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.csv"
    target.write_text("kept\n")
    link = tmp_path / "counts.csv"
    link.symlink_to(target)
    done = tabling("report", "--event", filled, "--csv", str(link))
    assert done.returncode == 2 and "link" in done.stderr
    assert target.read_text() == "kept\n"


def test_the_report_asks_for_somewhere_to_write_and_a_real_event(event_id: str) -> None:
    assert tabling("report", "--event", event_id).returncode == 2
    unknown = tabling("report", "--event", "nope", "--csv", "/tmp/x.csv")
    assert unknown.returncode == 2 and "no event 'nope'" in unknown.stderr
