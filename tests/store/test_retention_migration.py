"""Migration 0007: each event gets a retention period, sign-up times are kept to the minute."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from desktop.store.engine import make_engine
from desktop.store.migrate import alembic_config, upgrade


def test_0007_truncates_signup_times_and_gives_events_30_days(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'tabling.db'}")
    command.upgrade(alembic_config(engine), "0006")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO events (id, name, date, place, campaign_id, actions, languages,"
                " created_at) VALUES ('e', 'Fair', '2026-11-01', 'Hall', 'c', '[]', '[]',"
                " '2026-11-01 09:00:00.000000')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO signups (id, event_id, source, status, language, consent_email,"
                " consent_letter, consent_updates_email, created_at, updated_at) VALUES"
                " ('s', 'e', 'kiosk', 'resolved', 'en', 0, 1, 0,"
                " '2026-11-01 09:41:37.123456', '2026-11-01 10:02:59.999999')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        times = connection.execute(text("SELECT created_at, updated_at FROM signups")).one()
        days = connection.execute(text("SELECT retention_days FROM events")).scalar_one()
    assert tuple(times) == ("2026-11-01 09:41:00.000000", "2026-11-01 10:02:00.000000")
    assert days == 30
