"""Run by test_crash.py in a child process: sign one person in through the real window,
print `SHOWN <id>` the moment the thank-you screen is up, then wait to be killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.gui.app import build_context, create_window
from desktop.gui.workers import Pools
from desktop.signin.service import Receipt


def main(database_url: str, first_name: str) -> None:
    app = QApplication(sys.argv[:1])
    window = create_window(build_context(database_url), app, Pools())
    window.show()
    page = window.signin
    assert page is not None and page.fields is not None

    def shown(receipt: Receipt) -> None:
        # Runs after MainWindow has switched to the thank-you page (connected later).
        assert window.stack.currentWidget() is window.thank_you
        print(f"SHOWN {receipt.signup_id}", flush=True)

    page.signup_saved.connect(shown)
    fields = page.fields
    fields.inputs["first_name"].setText(first_name)
    fields.inputs["last_name"].setText("Crashtest")
    fields.inputs["place"].setText("Amherst")
    fields.consents["consent_letter"].setChecked(True)
    page.submit()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
