"""The database schema: migrations give exactly the models, with no room for what we never ask."""

from __future__ import annotations

import stat
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop.store.engine import make_engine, open_database
from desktop.store.models import Base

# Every column that can hold something a signer told us: one sealed record, and digests.
PERSONAL_COLUMNS = {
    "personal_sealed",
    "email_index",
    "phone_index",
    "name_index",
    "name_address_index",
}
# What the sealed record may hold: the field table's fields, each sealed, nothing more.
ALLOWED_FIELDS = {
    "first_name", "last_name", "street_address", "place", "zip_code", "email", "phone", "note",
}  # fmt: skip
# Everything else about a sign-up: choices, status and where they vote.
OTHER_SIGNUP_COLUMNS = {
    "id", "event_id", "created_at", "updated_at", "source", "status", "language",
    "consent_email", "consent_letter", "consent_updates_email", "consent_updates_text",
    "has_email", "has_phone", "town", "ward", "precinct",
    "house_district", "senate_district", "congress_district",
    "revision", "synced_revision",  # counts of changes, for the coalition hub
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
    content = OTHER_SIGNUP_COLUMNS - {
        "id",
        "event_id",
        "created_at",
        "updated_at",
        "revision",
        "synced_revision",
    }
    assert columns == PERSONAL_COLUMNS | content | own


def test_the_field_table_is_exactly_the_allow_list_and_all_sealed() -> None:
    from desktop.signin.fields import declared

    assert {f.name for f in declared()} == ALLOWED_FIELDS
    assert all(f.sealed for f in declared())


def test_no_field_asks_for_status_birth_date_or_id_numbers() -> None:
    from desktop.signin.fields import declared

    for field in declared():
        words = f"{field.name} {field.label} {field.csv} {field.heading}".lower()
        assert not any(word in words for word in FORBIDDEN_WORDS), field


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

    from desktop.store.migrate import (
        HEAD_REVISION,
        RESEAL_PARENT,
        RESEAL_REVISION,
        alembic_config,
        current_revision,
        resealed,
    )

    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    script = ScriptDirectory.from_config(alembic_config(engine))
    # The main line's head, beside the re-sealing branch (which ends where it began, at
    # its parent, as long as nothing newer follows on the main line).
    main_heads = set(script.get_heads()) - {RESEAL_REVISION}
    assert main_heads == ({HEAD_REVISION} if HEAD_REVISION != RESEAL_PARENT else set())
    assert script.get_revision(RESEAL_REVISION).down_revision == RESEAL_PARENT
    assert current_revision(engine) is None
    open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert current_revision(engine) == HEAD_REVISION
    assert resealed(engine)  # a new database has nothing to re-seal: no key needed
