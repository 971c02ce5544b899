"""Setting a hub up, giving a laptop its way in, and a laptop joining.

`create_hub` (the organizer, once): the hub's schema, and the organizer's key record as
this laptop keeps it (the public key, the private key under the passphrase, the salt and
cost of the installation's blind index): the hub can open nothing with it.

`add_laptop`: a PostgreSQL role for the laptop, allowed what a laptop needs and no more (no
DELETE anywhere: this part grants reading the coalition's keys and marking itself joined),
and a join code with the role's password. `join` (on the laptop): the code is used once
(the laptop sets a new password of its own, which only it and its keyring know), the
laptop adopts the coalition's key record, and keeps the hub's address in its settings and
the password in the system keyring.

A laptop that signed people in before joining keeps them sealed to its key: when that is
the coalition's (the same organizer set both up), nothing changes; when it is another, the
join is refused, since the hub's organizer could not open them (export them first with
that laptop's passphrase, or join from a fresh laptop).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import secrets as random_secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError

from desktop.hub.address import checked, shown
from desktop.hub.errors import HubError
from desktop.hub.refusals import explained
from desktop.hub.schema import coalition, laptops, laptops_role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.privacy.keys import KeyRecord
    from desktop.settings import Settings

MIGRATIONS = Path(__file__).with_name("migrations")
CODE_PREFIX = "tabling-hub-1."
ROLE_SUFFIX = "_laptop_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,39}$")


CONNECT_TIMEOUT = 10  # seconds: a hub that does not answer is "not reachable" soon


def engine_for(url: str | URL) -> Engine:
    address = checked(str(url)) if isinstance(url, str) else url
    return create_engine(address, connect_args={"connect_timeout": CONNECT_TIMEOUT})


@contextmanager
def reaching(engine: Engine) -> Iterator[Engine]:
    """The engine, disposed of afterwards; a hub that does not answer, or refuses the
    login, is a HubError that says so (never the driver's traceback)."""
    try:
        yield engine
    except OperationalError as exc:
        said = str(exc.orig) if exc.orig is not None else str(exc)
        raise HubError(explained(shown(engine.url), said or type(exc).__name__)) from None
    finally:
        engine.dispose()


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


# --- the organizer ---------------------------------------------------------------------------


def create_hub(url: str, record: KeyRecord) -> None:
    """The hub's schema, and the coalition's key record (the same one again is fine)."""
    with reaching(engine_for(url)) as engine:
        migrate(engine)
        with engine.begin() as connection:
            stored = connection.execute(select(coalition.c.public_key)).scalar()
            if stored is not None:
                if bytes(stored) != record.public_key:
                    raise HubError(
                        "This hub already belongs to another organizer key: its sign-ups are "
                        "sealed to that key. Use a new database for a new hub."
                    )
                return
            connection.execute(coalition.insert().values(id=1, **dataclasses.asdict(record)))
            # Only the roles given a way in may connect.
            database = engine.url.database
            connection.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))


def role_for(name: str, database: str) -> str:
    """The laptop's PostgreSQL role: roles belong to the whole server, not to one database,
    so the hub's database is in the name ("coalition_laptop_table_3")."""
    if not _NAME.match(name):
        raise HubError(
            "A laptop's name is 1 to 40 letters, digits, spaces, dashes or underscores, "
            "starting with a letter or digit (for example: Table 3)."
        )

    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")

    return f"{slug(database)[:18]}{ROLE_SUFFIX}{slug(name)}"


@dataclass(frozen=True)
class JoinCode:
    """What a laptop needs to join: the hub's address, its role and a one-time password."""

    url: str  # without the password
    role: str
    password: str
    # The coalition's index secret (desktop/hub/index_keys.py), when the organizer has one.
    index_secret: str | None = None
    # The certificate authority the address names (sslrootcert), as text: the laptop keeps
    # its own copy, since the organizer's file is not on the laptop.
    ca: str | None = None

    def encoded(self) -> str:
        fields = {"url": self.url, "role": self.role, "password": self.password}
        if self.index_secret:
            fields["secret"] = self.index_secret
        if self.ca:
            fields["ca"] = self.ca
        payload = json.dumps(fields)
        return CODE_PREFIX + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")

    @classmethod
    def decoded(cls, code: str) -> JoinCode:
        code = "".join(code.split())
        if not code.startswith(CODE_PREFIX):
            raise HubError("That is not a join code: it starts with tabling-hub-1.")
        body = code.removeprefix(CODE_PREFIX)
        try:
            fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            secret, ca = fields.get("secret"), fields.get("ca")
            return cls(
                str(fields["url"]), str(fields["role"]), str(fields["password"]),
                str(secret) if secret else None, str(ca) if ca else None,
            )  # fmt: skip
        except (ValueError, KeyError, TypeError):
            raise HubError(
                "That join code is damaged: copy it again, whole, from the organizer."
            ) from None

    def address(self, password: str | None = None) -> URL:
        return checked(self.url).set(username=self.role, password=password or self.password)


def add_laptop(url: str, name: str) -> JoinCode:
    """A role for the laptop called `name`, and its join code."""
    password = random_secrets.token_urlsafe(24)
    with reaching(engine_for(url)) as engine, engine.begin() as connection:
        role = role_for(name, str(engine.url.database))
        if connection.execute(select(laptops.c.name).where(laptops.c.name == name)).first():
            raise HubError(f"The hub already has a laptop called {name!r}: choose another.")
        database = engine.url.database
        preparer = engine.dialect.identifier_preparer
        quoted = preparer.quote(role)
        # PostgreSQL takes no parameter here; the password is URL-safe base64 only.
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN PASSWORD {_literal(password)}"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {quoted}'))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
        # What a laptop may do is granted to the laptops' group (migration h003): read the
        # coalition's keys, mark itself seen, read, add and change what it syncs; never
        # delete anything (a deletion is a mark).
        group = preparer.quote(laptops_role(str(database)))
        connection.execute(text(f"GRANT {group} TO {quoted}"))
        connection.execute(laptops.insert().values(name=name, role=role))
    from desktop.hub.index_keys import make_index_secret

    address = shown(engine.url.set(username=None, password=None))
    return JoinCode(address, role, password, make_index_secret(), _authority(engine.url))


def _authority(url: URL) -> str | None:
    """The certificate authority file the address names, as text (None: none, or the
    system's trusted authorities)."""
    named = url.query.get("sslrootcert")
    if not isinstance(named, str) or named == "system" or not Path(named).is_file():
        return None
    return Path(named).read_text(encoding="ascii")


def _keep_authority(joining: JoinCode) -> JoinCode:
    """The code's certificate authority kept in this laptop's folder, and the address
    pointing at that copy."""
    if not joining.ca:
        return joining
    from desktop import paths
    from desktop.private_files import open_private_text

    copy = paths.user_home() / "hub-ca.crt"
    with open_private_text(copy) as handle:
        handle.write(joining.ca)
    url = make_url(joining.url).update_query_dict({"sslrootcert": str(copy)})
    return dataclasses.replace(joining, url=url.render_as_string(hide_password=False))


def _literal(password: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", password):
        raise ValueError("a generated password is URL-safe base64")
    return f"'{password}'"


# --- the laptop ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    laptop: str
    hub: str  # the address, without a password
    adopted_key: bool  # False: this laptop already had the coalition's key


def join(code: str, session: Session, settings: Settings | None = None) -> Joined:
    """Join the hub the code names; HubError when it cannot, with nothing changed here.

    `session` is the laptop's own database; the caller commits."""
    from desktop import secrets
    from desktop.organizer import key_record

    joining = JoinCode.decoded(code)
    if not secrets.secure_keyring_available():
        raise HubError(
            "This computer has no secure keyring to keep the hub's password in, so it "
            "cannot join. On a Linux desktop the Secret Service (GNOME Keyring or KWallet) is one."
        )
    own = key_record(session)
    joining = _keep_authority(joining)
    new_password = random_secrets.token_urlsafe(24)
    with reaching(engine_for(joining.address())) as engine, engine.begin() as connection:
        row = connection.execute(select(coalition)).mappings().first()
        if row is None:
            raise HubError("That hub has not been set up yet: the organizer runs hub create.")
        if own is not None and own.public_key != bytes(row["public_key"]):
            raise HubError(
                "This laptop already has its own organizer key, and the people it signed "
                "in are sealed to it; the hub's organizer could not open them. Export them "
                "first with this laptop's passphrase, or join from a fresh laptop."
            )
        claimed = connection.execute(
            update(laptops)
            .where(laptops.c.role == joining.role, laptops.c.joined_at.is_(None))
            .values(joined_at=text("now()"), last_seen=text("now()"))
            .returning(laptops.c.name)
        ).scalar()
        if claimed is None:
            raise HubError(
                "That join code was already used. Ask the organizer for a new one "
                "(tabling hub add-laptop)."
            )
        # From now on only this laptop knows its password: the code is spent.
        quoted = engine.dialect.identifier_preparer.quote(joining.role)
        connection.execute(text(f"ALTER ROLE {quoted} PASSWORD {_literal(new_password)}"))
    adopted = own is None
    if adopted:
        from desktop.organizer import adopt
        from desktop.privacy.keys import KeyRecord

        names = [field.name for field in dataclasses.fields(KeyRecord)]
        adopt(session, KeyRecord(**{name: _plain(row[name]) for name in names}))
    secrets.set_secret(secrets.HUB_PASSWORD, new_password)
    from desktop.hub.index_keys import keep_index_secret

    keep_index_secret(joining.index_secret)
    from desktop.settings import HUB_ROLE, HUB_URL, Settings

    settings = settings or Settings()
    settings.set(HUB_URL, joining.url)
    settings.set(HUB_ROLE, joining.role)
    return Joined(str(claimed), joining.url, adopted)


def laptop_engine(settings: Settings | None = None) -> tuple[Engine, str]:
    """This laptop's way to its hub (settings and keyring) and its role; HubError if none."""
    from desktop import secrets
    from desktop.settings import HUB_ROLE, HUB_URL, Settings

    settings = settings or Settings()
    url, role = settings.get(HUB_URL), settings.get(HUB_ROLE)
    if not url or not role:
        raise HubError("This laptop has not joined a hub: tabling hub join CODE")
    password = secrets.get_secret(secrets.HUB_PASSWORD)
    if not password:
        raise HubError(
            "The hub's password is not in this computer's keyring: ask the organizer for a "
            "new join code (tabling hub add-laptop) and join again."
        )
    return engine_for(checked(url).set(username=role, password=password)), role


def seen(engine: Engine, role: str) -> int:
    """Mark this laptop seen; how many laptops the hub has seen."""
    with engine.begin() as connection:
        connection.execute(
            update(laptops).where(laptops.c.role == role).values(last_seen=text("now()"))
        )
        return int(
            connection.execute(
                select(func.count()).select_from(laptops).where(laptops.c.last_seen.is_not(None))
            ).scalar()
            or 0
        )


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value
