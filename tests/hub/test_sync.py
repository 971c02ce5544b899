"""Two laptops and a hub on a real PostgreSQL server: push, pull, repeats, conflicts,
deletions, and a hub that never holds a readable name."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import func, select

from desktop.districts.dataset import Dataset
from desktop.hub.schema import hub_signup_versions, hub_signups
from desktop.signin.form import SigninForm
from desktop.signin.volunteer import VolunteerService
from tests.cli_run import PASSPHRASE
from tests.hub.conftest import Laptop, service
from tests.pg_server import PgServer

ANA = SigninForm(
    first_name="Anaïs", last_name="Kowalczyk-Ferreira", place="Amherst",
    street_address="77 Sunderland Rd", email="anais.kf@example.org", phone="413-555-0177",
)  # fmt: skip
BAO = SigninForm(first_name="Bảo", last_name="Trần", place="Florence", email="bao.t@example.org")


def test_what_one_laptop_signs_in_the_other_pulls_once_and_opens(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = service(a, dataset)
    ana, bao = at_a.submit(ANA), at_a.submit(BAO)

    first = a.sync()
    assert (first.pushed, first.pulled) == (2, 0)
    pulled = b.sync()
    assert (pulled.pulled, pulled.events_pulled) == (2, 1)
    assert b.signups() == a.signups()
    # B holds them sealed, as A does: the organizer's passphrase opens them there.
    volunteer = VolunteerService(b.sessions, dataset, at_a.event.event_id)
    names = sorted(r.first_name for r in volunteer.records(volunteer.unlock(PASSPHRASE)))
    assert names == ["Anaïs", "Bảo"]

    # Again, both ways: nothing moves twice.
    for laptop in (a, b, a):
        again = laptop.sync()
        assert (again.pushed, again.pulled, again.kept_older) == (0, 0, 0)
    with a.hub.connect() as connection:
        assert connection.execute(select(func.count()).select_from(hub_signups)).scalar() == 2
    assert {ana.signup_id, bao.signup_id} == set(b.signups())


def test_the_later_edit_wins_and_the_other_is_kept(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = service(a, dataset)
    ana = at_a.submit(ANA)
    a.sync()
    b.sync()
    at_b = service(b, dataset, at_a.event.event_id)

    at_a.edit(ana.signup_id, replace(ANA, street_address="78 Sunderland Rd"))  # earlier
    at_b.edit(ana.signup_id, replace(ANA, street_address="79 Sunderland Rd"))  # later
    b.sync()  # the later one reaches the hub first
    late = a.sync()  # the earlier one, pushed after it, is kept as a version; B's is pulled
    assert (late.pushed, late.kept_older, late.pulled) == (0, 1, 1)

    with a.hub.connect() as connection:
        kept = connection.execute(select(hub_signup_versions)).mappings().all()
        on_hub = connection.execute(select(hub_signups)).mappings().one()
    # The first version (replaced by B's) and A's later-pushed older edit, both A's.
    assert [row["laptop"] for row in kept] == [a.role, a.role] and on_hub["laptop"] == b.role
    volunteer = VolunteerService(a.sessions, dataset, at_a.event.event_id)
    opener = volunteer.unlock(PASSPHRASE)
    assert [r.street_address for r in volunteer.records(opener)] == ["79 Sunderland Rd"]
    # The organizer sees what lost, opened, beside what won.
    from desktop.hub.versions import kept_versions

    shown = kept_versions(a.hub, opener, at_a.event.event_id)
    assert [(v.laptop, [(d.field, d.kept, d.now) for d in v.differences]) for v in shown] == [
        (a.role, [("street_address", "77 Sunderland Rd", "79 Sunderland Rd")]),
        (a.role, [("street_address", "78 Sunderland Rd", "79 Sunderland Rd")]),
    ]
    assert b.sync().pulled == 0 and a.sync().pushed == 0  # settled: nothing moves
    assert a.signups() == b.signups()


def test_a_deletion_syncs_and_takes_the_sealed_record_off_the_hub(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = service(a, dataset)
    ana, bao = at_a.submit(ANA), at_a.submit(BAO)
    a.sync()
    b.sync()
    assert VolunteerService(a.sessions, dataset, at_a.event.event_id).delete(ana.signup_id)
    assert a.sync().pushed == 1
    assert b.sync().pulled == 1
    assert set(b.signups()) == {bao.signup_id}
    with a.hub.connect() as connection:
        row = connection.execute(
            select(hub_signups).where(hub_signups.c.id == ana.signup_id)
        ).mappings().one()  # fmt: skip
    assert row["deleted"] and row["personal_sealed"] is None and row["email_index"] is None


def test_a_laptop_cannot_delete_on_the_hub_nor_touch_another_laptops_secrets(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, b = laptops
    url = a.hub.url.render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(url) as connection:
        for table in ("hub_signups", "hub_events", "hub_signup_versions", "coalition",
                      "hub_actions", "hub_messages", "hub_stacks", "hub_visits",
                      "laptops"):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"DELETE FROM {table}".encode())
            connection.rollback()
        # Another laptop's password: neither read (its hash) nor changed, nor a role made.
        for statement in (
            "SELECT rolpassword FROM pg_authid",
            f"ALTER ROLE \"{b.role}\" PASSWORD 'taken-over'",
            "CREATE ROLE intruder LOGIN",
            f'GRANT "{b.role}" TO "{a.role}"',
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement.encode())
            connection.rollback()
        # Rows it adds name it: none passes for another laptop's; nor is another marked seen.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO hub_events (id, laptop, name, date, place, campaign_id, actions,"
                " languages, index_scheme, created_at, seq) VALUES ('e', %s, 'n', '2027-01-06',"
                " 'p', 'c', '[]', '[]', 'installation', now(), nextval('hub_seq'))",
                (b.role,),
            )
        connection.rollback()
        marked = connection.execute(
            "UPDATE laptops SET last_seen = now() WHERE role = %s", (b.role,)
        )
        assert marked.rowcount == 0
        connection.rollback()
        # Nor the coalition's private key in the clear: the hub has only the locked one.
        (locked,) = connection.execute(b"SELECT encrypted_private_key FROM coalition").fetchone()
        assert len(locked) > 32


def test_the_hubs_files_hold_no_name_email_phone_or_street(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, pg_server: PgServer
) -> None:
    a, b = laptops
    at_a = service(a, dataset)
    at_a.submit(ANA)
    at_a.submit(BAO)
    a.sync()
    b.sync()
    pg_server.admin("CHECKPOINT")  # everything on disk, not only in the log
    data = b"".join(
        path.read_bytes() for path in (pg_server.folder / "data").rglob("*") if path.is_file()
    )
    assert b"Kowalczyk" in ANA.last_name.encode()  # what is searched for, as bytes
    for value in ("Kowalczyk-Ferreira", "anais.kf@example.org", "4135550177",
                  "Sunderland", "bao.t@example.org", "Trần"):  # fmt: skip
        assert value.encode() not in data, value
    assert b"Amherst" in data  # the routing fields are there (the search can find)


def test_another_laptop_recognises_a_repeat_signer_with_the_events_key_from_the_hub(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    """The event was made where a keyring keys its digests; B gets the key wrapped under the
    coalition's index secret (from its join code), and the hub cannot unwrap it."""
    from desktop import secrets
    from desktop.hub.schema import hub_events
    from desktop.store.models import Event

    a, b = laptops
    at_a = service(a, dataset)
    first = at_a.submit(ANA)
    with a.sessions() as session:
        event = session.get(Event, at_a.event.event_id)
        assert event is not None and event.index_scheme == "keyring" and event.index_key_id
        key_id = event.index_key_id
    key = secrets.get_index_key(key_id)
    assert key is not None
    a.sync()
    with a.hub.connect() as connection:
        wrapped = connection.execute(
            select(hub_events.c.index_key_wrapped).where(hub_events.c.id == at_a.event.event_id)
        ).scalar()
    assert wrapped is not None and key not in bytes(wrapped)
    # B's own keyring has no such key (this process has one keyring: forget A's here).
    assert secrets.delete_index_key(key_id)
    b.sync()
    assert secrets.get_index_key(key_id) == key
    again = service(b, dataset, at_a.event.event_id).submit(ANA)
    assert again.merged and again.signup_id == first.signup_id
    a.sync()  # pushing the same event again leaves the hub's wrapped key as it was
    with a.hub.connect() as connection:
        assert (
            connection.execute(
                select(hub_events.c.index_key_wrapped).where(hub_events.c.id == at_a.event.event_id)
            ).scalar()
            == wrapped
        )


def test_a_person_signed_in_at_two_laptops_before_either_synced_is_listed_for_review(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    """Both keep their sign-up; each laptop's Duplicates tab asks the volunteer, once."""
    from desktop.signin.suggestions import open_suggestions

    a, b = laptops
    at_a = service(a, dataset)
    a.sync()
    b.sync()  # B has the event (and its key), nothing else yet
    at_b = service(b, dataset, at_a.event.event_id)
    at_a.submit(ANA)
    at_b.submit(ANA)  # the same person at the other table, before either synced
    at_b.submit(BAO)  # someone else
    a.sync()
    report = b.sync()
    assert report.repeats_listed == 1
    assert "1 possible repeat signer(s) across laptops" in report.line()
    assert a.sync().repeats_listed == 1  # A sees B's sign-up of her too
    for laptop in (a, b):
        with laptop.sessions() as session:
            (pair,) = open_suggestions(session, at_a.event.event_id)
            assert pair.reason == "email" and len(laptop.signups()) == 3
    for laptop in (a, b):  # syncing again asks nothing twice
        assert laptop.sync().repeats_listed == 0
