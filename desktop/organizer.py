"""The organizer's passphrase and keys, as the database keeps them.

`initialize` runs once, at first start: it makes the key pair and stores the public
half in clear and the private half under the passphrase. `unlock` gives the private
key back for the volunteer view, exports and sending; callers hold it in memory only.
`change_organizer_passphrase` locks the same private key under a new passphrase:
nothing sealed changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import nacl.public

from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost, KeyRecord, change_passphrase, create_keys, unlock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_KEY_ROW = 1


class AlreadyInitialized(RuntimeError):
    def __init__(self) -> None:
        super().__init__("This app already has an organizer passphrase.")


class NotInitialized(RuntimeError):
    def __init__(self) -> None:
        super().__init__("No organizer passphrase is set yet: run `tabling init` first.")


def key_record(session: Session) -> KeyRecord | None:
    from sqlalchemy import select  # SQLAlchemy loads with the first database use

    from desktop.store.models import OrganizerKey

    row = session.scalars(select(OrganizerKey).where(OrganizerKey.id == _KEY_ROW)).first()
    if row is None:
        return None
    return KeyRecord(
        public_key=row.public_key,
        encrypted_private_key=row.encrypted_private_key,
        kdf_salt=row.kdf_salt,
        opslimit=row.opslimit,
        memlimit=row.memlimit,
        index_salt=row.index_salt,
        index_opslimit=row.index_opslimit,
        index_memlimit=row.index_memlimit,
    )


def require_key_record(session: Session) -> KeyRecord:
    record = key_record(session)
    if record is None:
        raise NotInitialized()
    return record


def initialize(
    session: Session,
    passphrase: str,
    cost: KdfCost | None = None,
    index_cost: IndexCost | None = None,
    user_inputs: Iterable[str] = (),
) -> KeyRecord:
    """Make and store the organizer's keys (raises WeakPassphrase); the caller commits.

    `user_inputs`: words the passphrase must not lean on besides the app's own (the
    first event's name and place)."""
    if key_record(session) is not None:
        raise AlreadyInitialized()
    record = create_keys(passphrase, cost=cost, index_cost=index_cost, user_inputs=user_inputs)
    adopt(session, record)
    return record


def adopt(session: Session, record: KeyRecord) -> None:
    """Keep `record` as this installation's organizer key: one made here (`initialize`), or
    the coalition's a laptop takes when it joins a hub. The caller commits."""
    import dataclasses

    from desktop.store.models import OrganizerKey

    session.add(OrganizerKey(id=_KEY_ROW, **dataclasses.asdict(record)))


def change_organizer_passphrase(
    session: Session, old: str, new: str, user_inputs: Iterable[str] = ()
) -> KeyRecord:
    """Lock the private key with `new` instead of `old`; the caller commits.

    Raises WrongPassphrase (`old` does not unlock), WeakPassphrase (`new` is refused) or
    NotInitialized, each before anything is written. Only the encrypted private key and
    its salt change: the key pair, the blind index's salt and every sealed sign-up stay.
    """
    record = change_passphrase(require_key_record(session), old, new, user_inputs=user_inputs)
    _store(session, record)
    return record


def _store(session: Session, record: KeyRecord) -> None:
    from desktop.store.models import OrganizerKey

    row = session.get(OrganizerKey, _KEY_ROW)
    assert row is not None  # added by `initialize`, found by `require_key_record`
    # The same key pair and index salt (change_passphrase keeps them): only the lock.
    row.encrypted_private_key = record.encrypted_private_key
    row.kdf_salt = record.kdf_salt
    row.opslimit = record.opslimit
    row.memlimit = record.memlimit
    session.flush()


def unlock_private_key(session: Session, passphrase: str) -> nacl.public.PrivateKey:
    """The private key (raises WrongPassphrase, or NotInitialized)."""
    return unlock(require_key_record(session), passphrase)
