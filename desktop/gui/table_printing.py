"""Printing a signer's letters at the table, right after they sign in, from memory.

Renders and prints in the network pool; marks the letters printed in the database pool
once the print system accepted the job. Reports what happened through `state_changed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.campaigns import Campaign
from desktop.districts.dataset import Dataset
from desktop.gui.workers import Pools, run_in_background
from desktop.signin.service import Receipt
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from desktop.printing.backend import PrintBackend, PrintError, PrintJob
    from desktop.signin.printing import Printed

PRINTING, PRINTED, FAILED, NOTHING = "printing", "printed", "failed", "nothing"


class TablePrinter(QObject):
    state_changed = Signal(str, str)  # state, detail (a printer's message when it failed)

    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        campaign: Campaign,
        pools: Pools,
        printer: Callable[[], str],
        backend: Callable[[], PrintBackend],
    ) -> None:
        super().__init__()
        self.last_job: PrintJob | None = None  # the print system's job, for status and tests
        self.backend = backend  # called in the worker: the setting may have changed
        self.sessions, self.dataset, self.campaign, self.pools, self.printer = (
            sessions,
            dataset,
            campaign,
            pools,
            printer,
        )

    def print_receipt(self, receipt: Receipt) -> None:
        from desktop.signin.letter_jobs import jobs_from_receipt

        jobs = jobs_from_receipt(receipt, self.dataset, dt.date.today())
        if not jobs:
            self.state_changed.emit(NOTHING, "")
            return
        ids = [action_id for action_id, _chamber in receipt.letters]
        self.state_changed.emit(PRINTING, "")

        def work() -> Printed:
            from desktop.signin.printing import print_letters

            return print_letters(jobs, self.campaign, self.printer() or None, self.backend())

        def printed(outcome: Printed) -> None:
            self.last_job = outcome.job
            missing = "".join(sorted(set("".join(outcome.report.missing_glyphs.values()))))
            self._mark(ids, missing)

        run_in_background(self.pools.network, lambda _task: work(), printed, self._failed)

    def print_card(self, receipt: Receipt) -> None:
        """The take-home card: their legislators' phones and the call script, in their language."""
        from desktop.letters.model import Signer

        form, result = receipt.form, receipt.result
        signer = Signer(
            form.first_name,
            form.last_name,
            form.street_address,
            result.town or form.place,
            form.place,
        )
        titles = {"house": self.tr("State Representative"), "senate": self.tr("State Senator")}
        legislators = [
            (titles[chamber], seat.member.name, seat.member.phone or "")
            for chamber, seat in ((c, result.seats.get(c)) for c in titles)
            if seat is not None and seat.member is not None
        ]
        if not legislators:
            self.state_changed.emit(NOTHING, "")
            return
        self.state_changed.emit(PRINTING, "")

        def work() -> str:
            import tempfile
            from pathlib import Path

            from desktop.letters.card import render_card
            from desktop.signin.printing import print_file

            with tempfile.TemporaryDirectory(prefix="tabling-print-") as folder:
                path = Path(folder) / "card.pdf"
                missing = render_card(signer, legislators, form.language, self.campaign, path)
                self.last_job = print_file(path, self.printer() or None, self.backend())
            return missing

        run_in_background(
            self.pools.network,
            lambda _task: work(),
            lambda missing: self.state_changed.emit(PRINTED, missing),
            self._failed,
        )

    def _mark(self, ids: list[str], missing: str = "") -> None:
        def work() -> int:
            from desktop.signin.letter_jobs import mark_printed

            with self.sessions.begin() as session:
                return mark_printed(session, ids)

        run_in_background(
            self.pools.database,
            lambda _task: work(),
            lambda _n: self.state_changed.emit(PRINTED, missing),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        from desktop.printing.backend import PrintError

        if isinstance(error, PrintError):
            self.state_changed.emit(FAILED, self.words(error))
        else:
            self.state_changed.emit(FAILED, str(error) or type(error).__name__)

    def words(self, error: PrintError) -> str:
        return printer_trouble(error)


def printer_trouble(error: PrintError) -> str:
    """What went wrong, in the reader's language: the thank-you screen (the signer's) and the
    Letters tab (the volunteer's) both show it."""
    printer = error.printer
    if error.reason == "no-printer" and printer:
        text = QCoreApplication.translate(
            "TablePrinter", 'There is no printer "%1" on this computer.'
        )
    elif error.reason == "no-printer":
        text = QCoreApplication.translate("TablePrinter", "No printer is set up on this computer.")
    elif error.reason == "not-accepting":
        text = QCoreApplication.translate(
            "TablePrinter", 'The printer "%1" is not taking jobs right now.'
        )
    elif error.reason == "paused":
        text = QCoreApplication.translate(
            "TablePrinter", 'The printer "%1" is paused or not ready.'
        )
    elif error.reason == "cups-unavailable":
        text = QCoreApplication.translate(
            "TablePrinter", "This computer's print system is not running."
        )
    else:
        text = QCoreApplication.translate("TablePrinter", "The printer did not take the letters.")
    text = text.replace("%1", printer)
    if error.said:  # the printer's own words, as it gave them
        said = QCoreApplication.translate("TablePrinter", 'The printer says: "%1".')
        text += " " + said.replace("%1", error.said)
    return text
