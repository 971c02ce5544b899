"""Letters for a small test event: real campaign, real offices, signers in many scripts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.campaigns import Campaign, campaigns_dir, load_campaign
from desktop.letters.model import LetterJob, Recipient, Signer

DATE = dt.date(2025, 5, 4)

MIRANDA = Recipient(
    "ocd-person/miranda", "Liz Miranda", "Miranda", "house", "5th Suffolk", "128",
    "Room 128, State House 24 Beacon St., Boston, MA 02133",
)  # fmt: skip
ELDRIDGE = Recipient(
    "ocd-person/eldridge", "Jamie Eldridge", "Eldridge", "senate", "Middlesex and Worcester",
    "413-C", "Room 413-C, State House 24 Beacon St., Boston, MA 02133",
)  # fmt: skip
BALSER = Recipient(
    "ocd-person/balser", "Ruth Balser", "Balser", "house", "12th Middlesex", "136",
    "Room 136, State House 24 Beacon St., Boston, MA 02133",
)  # fmt: skip
OFFICES = (MIRANDA, ELDRIDGE, BALSER)

SIGNERS = (
    Signer("Nguyễn Thị", "Minh Khai", "12 Bowdoin St.", "Boston", "Dorchester"),
    Signer("João", "Conceição", "7 Rua Way", "Framingham", "01701"),
    Signer("小明", "王", "88 Hancock St.", "Quincy", "Quincy"),
    Signer("Пётр", "Ильич", "", "Newton", "Newton"),
    Signer("<b>Bob", '& "Al"</b>', "<img src=x> 1 Main St.", "Boston", "<font size=40>"),
    Signer("Ana", "Lima", "", "Chelsea", "02150"),
)
NAMES = ("Nguyễn Thị Minh Khai", "João Conceição", "王小明", "Пётр Ильич", '<b>Bob & "Al"</b>')


@pytest.fixture(scope="session")
def campaign() -> Campaign:
    return load_campaign(campaigns_dir() / "safe-communities-act.yaml")


def job(
    signer: Signer, recipient: Recipient, n: int, note: str = "", date: dt.date = DATE
) -> LetterJob:
    return LetterJob(f"T{n:03d}-{recipient.room or 'X'}", signer, recipient, date, note)


@pytest.fixture
def event_jobs() -> list[LetterJob]:
    return event_letters()


def event_letters() -> list[LetterJob]:
    """Each signer to two of the three offices, in sign-in order: 12 letters, 3 stacks."""
    jobs: list[LetterJob] = []
    for i, signer in enumerate(SIGNERS):
        for recipient in (OFFICES[i % 3], OFFICES[(i + 1) % 3]):
            jobs.append(job(signer, recipient, len(jobs)))
    return jobs
