"""Re-sealing sign-ups saved before 0006: one sealed blob per field become one sealed record.

Run by migration 0006a when the organizer unlocks (opening the old blobs needs the
private key). Each batch of rows is committed on its own and a row is re-sealed in one
UPDATE that also clears its old blobs, so a run killed at any point loses nothing and
the next run goes on with the rows still to do. The old columns are dropped by the
migration once none is left.

A sign-up saved before 0004 has no name digest, so a repeat of it could only be
suggested; with its name open here, the digest is made now (`index`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from desktop.crashpoints import crash_point
from desktop.privacy.sealed_record import seal_record

if TYPE_CHECKING:
    from desktop.privacy.blind_index import BlindIndex
    from desktop.privacy.sealing import Opener

TABLES = ("signups", "signup_snapshots")
# The columns before 0006, by the field each sealed.
LEGACY_COLUMNS = {
    "first_name_sealed": "first_name",
    "last_name_sealed": "last_name",
    "street_address_sealed": "street_address",
    "place_sealed": "place",
    "zip_sealed": "zip_code",
    "email_sealed": "email",
    "phone_sealed": "phone",
    "note_sealed": "note",
}
BATCH = 200


def _has_legacy_columns(engine: Engine, table: str) -> bool:
    from sqlalchemy import inspect

    return "first_name_sealed" in {c["name"] for c in inspect(engine).get_columns(table)}


def count_unsealed(engine: Engine) -> int:
    """Sign-ups (and kept versions) whose fields still wait to be re-sealed."""
    total = 0
    with engine.connect() as connection:
        for table in TABLES:
            if not _has_legacy_columns(engine, table):
                continue
            total += int(
                connection.execute(
                    text(f"SELECT count(*) FROM {table} WHERE personal_sealed IS NULL")
                ).scalar_one()
            )
    return total


def reseal_all(
    engine: Engine,
    opener: Opener,
    progress: Callable[[int, int], None] | None = None,
    index: BlindIndex | None = None,
) -> int:
    """Re-seal every row still in the old form; returns how many were re-sealed."""
    total, done = count_unsealed(engine), 0
    columns = ", ".join(LEGACY_COLUMNS)
    cleared = ", ".join(f"{c} = NULL" for c in LEGACY_COLUMNS)
    for table in TABLES:
        if not _has_legacy_columns(engine, table):
            continue
        select = text(
            f"SELECT id, name_index, {columns} FROM {table} WHERE personal_sealed IS NULL LIMIT :n"
        )
        update = text(
            f"UPDATE {table} SET personal_sealed = :record, name_index = :name, {cleared}"
            " WHERE id = :id AND personal_sealed IS NULL"
        )
        while True:
            with engine.begin() as connection:
                rows = connection.execute(select, {"n": BATCH}).all()
                for row in rows:
                    values = {
                        field: opener.open(bytes(blob))
                        for field, blob in zip(LEGACY_COLUMNS.values(), row[2:], strict=True)
                        if blob is not None
                    }
                    record = seal_record(opener.sealer, values)
                    name = row[1]
                    if name is None and index is not None:
                        name = index.name(values.get("first_name"), values.get("last_name"))
                    connection.execute(update, {"record": record, "name": name, "id": row[0]})
            done += len(rows)
            if rows:
                crash_point("reseal_batch_committed")
                if progress is not None:
                    progress(done, total)
            if len(rows) < BATCH:
                break
    return done
