"""Sync from the window: the status bar sends the outbox while the volunteer view is unlocked."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.app import main_window
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.workers import InlinePool, Pools, ThreadPool
from desktop.settings import SMTP_FROM, SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SYNC_RATE_LIMIT
from desktop.signin.form import SigninForm
from tests.gui.conftest import PASSPHRASE
from tests.gui.typing import type_text
from tests.outbox.smtp_server import SmtpServer


def test_sync_now_sends_once_unlocked_and_a_failure_can_be_retried(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    with SmtpServer() as server:
        for setting, value in (
            (SMTP_HOST, server.host), (SMTP_PORT, server.port), (SMTP_SECURITY, "none"),
            (SMTP_FROM, "action@coalition.example.org"), (SYNC_RATE_LIMIT, 0.0),
        ):  # fmt: skip
            context.settings.set(setting, value)  # type: ignore[arg-type]
        window: MainWindow = make_window(context)
        assert window.signin is not None
        form = SigninForm(
            first_name="Ana",
            last_name="Lima",
            place="Amherst",
            email="ana@example.com",
            consent_email=True,
        )
        window.signin.service.submit(form)
        status = window.sync_status
        status.check()
        qtbot.waitUntil(lambda: status.online is True and status.queued == 3, timeout=10_000)
        assert "Online · 3 to send" in status.label.text()

        server.handler.fail_next(1, "550 5.7.1 Rejected by policy")
        qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
        assert "Unlock" in status.detail.text()  # locked: nothing is read, nothing sent
        assert server.handler.delivered == []

        window.show_volunteer()
        volunteer = window.volunteer
        assert volunteer is not None and volunteer.outbox is not None
        type_text(qtbot, volunteer.passphrase, PASSPHRASE)
        qtbot.keyClick(volunteer.passphrase, Qt.Key.Key_Return)
        qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Sent 2" in status.detail.text(), timeout=20_000)
        assert len(server.handler.delivered) == 2
        outbox = volunteer.outbox
        qtbot.waitUntil(lambda: "1 failed" in outbox.summary.text(), timeout=10_000)
        assert any("550 5.7.1" in r.last_error for r in outbox.rows)  # no server words: sealed

        qtbot.mouseClick(outbox.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1 to send" in outbox.summary.text(), timeout=10_000)
        qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(server.handler.delivered) == 3, timeout=20_000)
        qtbot.waitUntil(lambda: "3 sent" in outbox.summary.text(), timeout=10_000)


def test_send_test_email_checks_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.gui.pages.settings_dialog import SettingsDialog

    window.show_volunteer()
    assert window.volunteer is not None
    dialog = window.volunteer.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    with SmtpServer() as server:
        dialog.host.setText(server.host)
        dialog.port.setValue(server.port)
        dialog.security.setCurrentText("none")
        dialog.sending_address.setText("action@coalition.example.org")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "settings work" in dialog.message.text(), timeout=10_000)
        [received] = server.handler.delivered
        assert received.rcpt_tos == ("action@coalition.example.org",)
    dialog.host.setText("mail.example.org")  # no TLS to another host: refused, plainly
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Emails wait" in dialog.message.text()


def test_sync_starts_by_itself_when_the_laptop_comes_back_online(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    with SmtpServer() as server:
        context.settings.set(SMTP_SECURITY, "none")
        context.settings.set(SMTP_FROM, "action@coalition.example.org")
        context.settings.set(SYNC_RATE_LIMIT, 0.0)
        window: MainWindow = make_window(context)
        assert window.signin is not None
        form = SigninForm(
            first_name="Bo",
            last_name="Chen",
            place="Amherst",
            email="bo@example.com",
            consent_email=True,
        )
        window.signin.service.submit(form)
        window.show_volunteer()
        assert window.volunteer is not None
        type_text(qtbot, window.volunteer.passphrase, PASSPHRASE)
        qtbot.keyClick(window.volunteer.passphrase, Qt.Key.Key_Return)
        status = window.sync_status
        status.check()  # no mail server set: offline
        qtbot.waitUntil(lambda: status.online is False and status.queued == 3, timeout=10_000)
        context.settings.set(SMTP_HOST, server.host)  # the network is back
        context.settings.set(SMTP_PORT, server.port)
        status.check()
        qtbot.waitUntil(lambda: len(server.handler.delivered) == 3, timeout=20_000)
        qtbot.waitUntil(lambda: status.queued == 0, timeout=10_000)


def test_pause_stops_after_the_message_in_flight_and_resume_sends_the_rest(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    """A real network thread, and a server that holds the first message until told."""
    with SmtpServer() as server:
        for setting, value in (
            (SMTP_HOST, server.host), (SMTP_PORT, server.port), (SMTP_SECURITY, "none"),
            (SMTP_FROM, "action@coalition.example.org"), (SYNC_RATE_LIMIT, 0.0),
        ):  # fmt: skip
            context.settings.set(setting, value)  # type: ignore[arg-type]
        pools = Pools(InlinePool(), ThreadPool(2))
        window = main_window(context, pools, Translations(qapp))
        qtbot.addWidget(window)
        window.show()
        try:
            assert window.signin is not None
            window.signin.service.submit(
                SigninForm(first_name="Ana", last_name="Lima", place="Amherst",
                           email="ana@example.com", consent_email=True)
            )  # fmt: skip
            window.show_volunteer()
            assert window.volunteer is not None
            type_text(qtbot, window.volunteer.passphrase, PASSPHRASE)
            qtbot.keyClick(window.volunteer.passphrase, Qt.Key.Key_Return)
            status = window.sync_status
            status.check()
            qtbot.waitUntil(lambda: status.online is True and status.queued == 3, timeout=10_000)

            server.handler.gate = threading.Event()
            qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(server.handler.holding.is_set, timeout=10_000)  # one is mid-send
            qtbot.mouseClick(status.pause_button, Qt.MouseButton.LeftButton)
            server.handler.gate.set()
            qtbot.waitUntil(lambda: not status.running, timeout=10_000)
            assert len(server.handler.delivered) == 1  # the one in flight, then it stopped
            assert status.pause_button.text() == "Resume" and status.pause_button.isVisible()
            qtbot.waitUntil(lambda: status.queued == 2, timeout=10_000)

            qtbot.mouseClick(status.pause_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(server.handler.delivered) == 3, timeout=20_000)
            qtbot.waitUntil(lambda: not status.running and status.queued == 0, timeout=10_000)
            assert status.pause_button.text() == "Pause"
        finally:
            if server.handler.gate is not None:
                server.handler.gate.set()
            pools.wait(10_000)
