"""Kiosk settings: the proxy for web requests, checked before it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.gui.pages.preferences_dialog import PreferencesDialog
from desktop.settings import NETWORK_PROXY, Settings


def test_the_proxy_is_set_in_kiosk_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, NETWORK_PROXY.key)
    assert field is not None and field.text() == ""
    field.setText("proxy.example.org:3128")
    dialog.save()
    assert "Not saved" in dialog.message.text() and "network.proxy" in dialog.message.text()
    assert Settings(settings.path).get(NETWORK_PROXY) == ""
    field.setText("http://proxy.example.org:3128")
    dialog.save()
    assert Settings(settings.path).get(NETWORK_PROXY) == "http://proxy.example.org:3128"
