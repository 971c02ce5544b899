"""The database schema: migrations give exactly the models, with no room for what we never ask."""

from __future__ import annotations

import stat
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop.store.engine import make_engine, open_database
from desktop.store.models import Base

# Every column that can hold something a signer told us. Each is sealed or a digest.
PERSONAL_COLUMNS = {
    "first_name_sealed",
    "last_name_sealed",
    "street_address_sealed",
    "place_sealed",
    "email_sealed",
    "phone_sealed",
    "note_sealed",
    "zip_sealed",
    "email_index",
    "phone_index",
    "name_index",
    "name_address_index",
}
# Everything else about a sign-up: choices, status and where they vote.
OTHER_SIGNUP_COLUMNS = {
    "id", "event_id", "created_at", "updated_at", "source", "status", "language",
    "consent_email", "consent_letter", "consent_updates_email", "consent_updates_text",
    "town", "ward", "precinct",
    "house_district", "senate_district", "congress_district",
}  # fmt: skip
FORBIDDEN_WORDS = (
    "immigra", "citizen", "birth", "dob", "ssn", "passport", "license", "alien", "visa", "itin",
)  # fmt: skip


def test_signup_columns_are_exactly_the_allow_list(tmp_path: Path) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    columns = {c["name"] for c in inspect(sessions.kw["bind"]).get_columns("signups")}
    assert columns == PERSONAL_COLUMNS | OTHER_SIGNUP_COLUMNS
    personal = {c for c in columns if c.endswith(("_sealed", "_index"))}
    assert personal == PERSONAL_COLUMNS


def test_a_merge_keeps_versions_with_the_same_columns_and_nothing_more(tmp_path: Path) -> None:
    """The earlier version a merge keeps is sealed exactly as the sign-up was."""
    sessions = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    columns = {c["name"] for c in inspect(sessions.kw["bind"]).get_columns("signup_snapshots")}
    own = {"id", "merge_id", "role", "signed_in_at", "original_id"}
    content = OTHER_SIGNUP_COLUMNS - {"id", "event_id", "created_at", "updated_at"}
    assert columns == PERSONAL_COLUMNS | content | own


def test_no_table_has_a_column_for_status_birth_date_or_id_numbers(tmp_path: Path) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    inspector = inspect(sessions.kw["bind"])
    for table in inspector.get_table_names():
        for column in inspector.get_columns(table):
            name = column["name"].lower()
            if table == "signups" and name == "status":
                continue  # resolved | pending: whether the districts are decided
            assert not any(word in name for word in FORBIDDEN_WORDS), (table, name)


def test_migrations_create_exactly_the_models(tmp_path: Path) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with sessions.kw["bind"].connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.connect() as connection:
        values = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_the_database_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "tabling.db"
    open_database(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_default_database_lives_in_tabling_home(tabling_home: Path) -> None:
    open_database()
    assert (tabling_home / "tabling.db").exists()


def test_the_head_revision_constant_names_the_newest_migration(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from desktop.store.migrate import HEAD_REVISION, alembic_config, current_revision

    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head == HEAD_REVISION
    assert current_revision(engine) is None
    open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert current_revision(engine) == HEAD_REVISION
