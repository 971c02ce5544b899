"""Validation messages in the signer's language, one per problem code.

The checks themselves (desktop/signin/validation.py) are plain Python and report
codes; the words live here, in `tr()`, so Qt Linguist translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.signin.validation import FieldProblem, Problem


class ProblemMessages(QObject):
    def text(self, problem: FieldProblem) -> str:
        words = {
            Problem.REQUIRED: self.tr("Please fill this in."),
            Problem.TOO_LONG: self.tr("This is too long."),
            Problem.EMAIL_INVALID: self.tr("This email address does not look right."),
            Problem.EMAIL_UNSENDABLE: self.tr(
                "Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty."
            ),
            Problem.PHONE_INVALID: self.tr("This phone number does not look right."),
            Problem.PLACE_UNKNOWN: self.tr("We do not know this town, neighbourhood or ZIP code."),
            Problem.PLACE_OUT_OF_STATE: self.tr("This place is not in Massachusetts."),
            Problem.EMAIL_NEEDED: self.tr(
                "Please add your email, so your legislators can write back to you."
            ),
            Problem.UPDATES_EMAIL_NEEDED: self.tr(
                "Please add your email, so we can send you updates."
            ),
            Problem.UPDATES_PHONE_NEEDED: self.tr(
                "Please add your phone number, so we can text you updates."
            ),
            Problem.WARD_PRECINCT_INVALID: self.tr("This ward and precinct are not in that town."),
        }
        message = words[problem.problem]
        if problem.suggestions:
            message += " " + self.tr("Did you mean: %1?").replace(
                "%1", ", ".join(problem.suggestions)
            )
        return message
