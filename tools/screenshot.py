"""`make screenshot`: the sign-in form as the README shows it (docs/signin-form.png).

Builds a throw-away database with a sample event, fills the form with a sample
signer, and saves the window at 1280x800, offscreen.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.gui.app import main_window
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.style import apply_style
from desktop.gui.workers import Pools
from desktop.organizer import initialize
from desktop.privacy.keys import KdfCost
from desktop.settings import Settings
from desktop.store.engine import open_database


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        sessions = open_database(f"sqlite:///{folder}/screenshot.db")
        with sessions.begin() as session:
            initialize(session, "screenshot only passphrase", cost=KdfCost.MIN)
            create_event(session, EventSpec("Spring Fair", dt.date(2026, 5, 2), "Dudley Square"))
        context = AppContext(
            sessions, Dataset(paths.dataset_path()), Settings(Path(folder) / "s.json")
        )
        apply_style(app)
        window = main_window(context, Pools.inline(), Translations(app))
        window.resize(1280, 800)
        window.show()
        page = window.signin
        assert page is not None and page.fields is not None
        for name, text in (
            ("first_name", "Nguyễn"), ("last_name", "Văn An"), ("street_address", "12 Main St"),
            ("place", "Florence"), ("email", "an.nguyen@example.com"),
        ):  # fmt: skip
            page.fields.inputs[name].setText(text)
        page.fields.consents["consent_letter"].setChecked(True)
        page.update_card()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/signin-form.png"))
