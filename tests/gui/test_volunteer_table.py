"""The volunteer's table shows names whole, and exports from the window as the command does."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import VOLUNTEER_LANGUAGE
from desktop.signin.form import SigninForm
from tests.gui.conftest import unlocked_volunteer
from tests.gui.test_volunteer import sign_in


def test_names_show_whole_and_a_cut_text_is_whole_on_hover(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(window, SigninForm(first_name="Nguyễn Thị", last_name="Minh Khai",
                               place="Florence"))  # fmt: skip
    page = unlocked_volunteer(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    name = "Nguyễn Thị Minh Khai"
    needed = page.table.fontMetrics().horizontalAdvance(name)
    assert page.table.columnWidth(1) >= needed  # as wide as the name, not ~100 px
    index = page.proxy.index(0, 1)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == name
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_export_from_the_window_writes_a_private_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    sign_in(window, SigninForm(first_name="Rosa", last_name="Díaz", place="Florence",
                               email="rosa@example.org"))  # fmt: skip
    page = unlocked_volunteer(qtbot, window)
    out = tmp_path / "export.csv"
    page.export_file(str(out))
    qtbot.waitUntil(lambda: "Wrote 1 sign-ups" in page.message.text())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["first_name"], row["last_name"], row["email"]) == (
        "Rosa",
        "Díaz",
        "rosa@example.org",
    )
    page.lock()
    page.export_file(str(tmp_path / "locked.csv"))
    assert not (tmp_path / "locked.csv").exists()


def test_the_volunteer_view_speaks_the_volunteers_language(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(VOLUNTEER_LANGUAGE, "es")
    window: MainWindow = make_window(context)
    page = unlocked_volunteer(qtbot, window)
    assert page.unlock_button.text() == "Desbloquear"
    assert page.buttons["edit"].text() == "Corregir…" and page.buttons["lock"].text() == "Bloquear"
    assert page.tabs.tabText(0) == "Registros"
    qtbot.waitUntil(lambda: page.counts.text().startswith("Registros:"))
    # Its other tabs, the table's headings and the dialogs too (issue 13).
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert {"Bandeja de salida", "Duplicados", "Calles"} <= set(titles)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Nombre"
    assert page.outbox is not None and page.outbox.retry_button.text() == "Reintentar los fallidos"
    assert page.duplicates is not None
    assert page.duplicates.split_button.text() == "Separar de nuevo en dos"
    assert window.streets_tab.download_button.text() == "Descargar rangos de calles"
    assert page.settings_dialog is not None and page.preferences_dialog is not None
    assert page.settings_dialog.windowTitle() == "Configuración de envío"
    assert page.preferences_dialog.windowTitle() == "Configuración del quiosco"
    window.show_kiosk()  # the next signer starts in English, whatever the volunteer reads
    assert window.translations.current == "en"


def test_a_paper_sheet_imported_from_the_window_shows_in_the_table(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = unlocked_volunteer(qtbot, window)
    sheet = tmp_path / "sheet.csv"
    # Saved from Excel: cp1252, with a name Excel wrote in that encoding.
    sheet.write_bytes("first_name,last_name,town\r\nJosé,Peña,Florence\r\n".encode("cp1252"))
    page.files.import_file(str(sheet))
    qtbot.waitUntil(lambda: "1 added" in page.message.text())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.proxy.index(0, 1).data() == "José Peña"


def test_an_import_report_and_the_actions_column_speak_the_volunteers_language(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """Why a line was rejected, warned about or may repeat, and why a sign-up gets no
    letter, in Spanish: none of the importer's or the action planner's English."""
    context.settings.set(VOLUNTEER_LANGUAGE, "es")
    window: MainWindow = make_window(context)
    page = unlocked_volunteer(qtbot, window)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "first_name,last_name,town,email,language,consent_letter\n"
        "Ana,Lima,Ashfield,,fr,yes\n"  # 2: unknown language (kept); a vacant seat
        ",Peña,Florence,,,\n"  # 3: no first name
        "Rosa,Díaz,Atlantis,rosa@,,\n"  # 4: an unknown town and a bad email
        "Luz,Mar,Florence,,,maybe\n"  # 5: a consent neither yes nor no
        'Tú,"Vo,Florence,,,\n',  # 6: quotes that never close
        encoding="utf-8",
    )
    page.files.import_file(str(sheet))
    qtbot.waitUntil(lambda: "Línea" in page.message.text())
    report = page.message.text()
    assert "Línea 2: el idioma 'fr' no es uno de en, es, pt, ht, zh, vi: se usa el inglés" in report
    assert "Línea 3: Nombre: falta" in report
    assert "Línea 4: Correo electrónico (opcional): correo electrónico no válido; " in report
    assert "Ciudad, barrio o código postal (ZIP): no es una ciudad" in report
    assert "Línea 5: la columna consent_letter contiene 'maybe', que no es sí ni no" in report
    assert "Línea 6: " in report and "comillas" in report
    for english in ("is required", "not a valid", "is not yes or no", "English is used", "quote"):
        assert english not in report
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    actions = page.proxy.index(0, page.model.columns.index("Actions")).data()
    assert actions == "1 carta; no hay carta para 1st Franklin: el escaño está vacante"
