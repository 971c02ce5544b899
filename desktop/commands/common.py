"""What several subcommands share: the database, the passphrase, the dataset."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.settings import DATABASE_URL, Settings

if TYPE_CHECKING:
    from desktop.privacy.sealing import Opener


class CommandError(LookupInputError):
    """Input the command cannot use: printed as one sentence, exit code 2."""


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the organizer passphrase from FILE (its first line) instead of asking",
    )


def database_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "database", None) or Settings().get(DATABASE_URL) or None


def sessions(args: argparse.Namespace, *, batch: bool = False) -> sessionmaker[Session]:
    """`batch`: for a command a rerun repeats safely (see store/engine.py's make_engine)."""
    from desktop.store.engine import open_database

    return open_database(database_url(args), batch=batch)


def dataset() -> Dataset:
    return Dataset(paths.dataset_path())


def read_passphrase(
    args: argparse.Namespace,
    confirm: bool = False,
    *,
    option: str = "passphrase_file",
    prompt: str = "Organizer passphrase: ",
) -> str:
    """From --passphrase-file (or the file `option` names), or asked at the terminal
    (twice when setting it)."""
    path: Path | None = getattr(args, option, None)
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CommandError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
        if not lines or not lines[0]:
            raise CommandError(f"The passphrase file {path} is empty.")
        return lines[0]
    if not sys.stdin.isatty():
        flag = "--" + option.replace("_", "-")
        raise CommandError(f"No terminal to ask for the passphrase: use {flag} FILE.")
    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
        raise CommandError("The two passphrases differ.")
    return passphrase


def unlock(args: argparse.Namespace, session: Session) -> Opener:
    """The organizer's key, from the passphrase (asked, or --passphrase-file)."""
    from desktop.organizer import unlock_private_key
    from desktop.privacy.keys import WrongPassphrase
    from desktop.privacy.sealing import Opener
    from desktop.store.migrate import upgrade

    passphrase = read_passphrase(args)
    try:
        opener = Opener(unlock_private_key(session, passphrase))
    except WrongPassphrase as exc:
        raise CommandError(str(exc)) from None
    # Sign-ups saved before an update that changed their sealing are re-sealed now.
    upgrade(session.get_bind().engine, opener=opener, progress=_resealing)
    return opener


def _resealing(done: int, total: int) -> None:
    print(f"Re-sealing earlier sign-ups: {done} of {total}", file=sys.stderr)
