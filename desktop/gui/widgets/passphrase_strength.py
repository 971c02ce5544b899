"""How strong a new organizer passphrase is, shown as it is typed, in the volunteer's language.

A label under the passphrase field: "Weak: …" with the main reason and what to do
instead, "Fair: …" or "Strong." The judgement is `desktop.privacy.keys.passphrase_strength`
(the zxcvbn estimator), the same that refuses a weak passphrase when the keys are made;
only its words are said here again, translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.widgets.named import named
from desktop.privacy.keys import MIN_PASSPHRASE_LENGTH, Strength, passphrase_strength


class PassphraseStrength(QLabel):
    def __init__(self, name: str = "passphraseStrength", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.strength: Strength | None = None

    def show_strength(self, passphrase: str, user_inputs: Iterable[str] = ()) -> Strength | None:
        """Judge `passphrase` and say so; nothing shown (None) while the field is empty."""
        self.strength = passphrase_strength(passphrase, user_inputs) if passphrase else None
        self.setText(self.describe(self.strength) if self.strength is not None else "")
        weak = self.strength is not None and not self.strength.acceptable
        self.setProperty("role", "error" if weak else "")
        self.style().unpolish(self)
        self.style().polish(self)
        return self.strength

    def describe(self, strength: Strength) -> str:
        if strength.level == "strong":
            return self.tr("Strong.")
        if strength.level == "fair":
            return self.tr("Fair: good enough. Another random word makes it stronger.")
        return self.tr(
            "Weak: %1 Try four or more random words that have nothing to do with each other."
        ).replace("%1", self._reason(strength.kind))

    def _reason(self, kind: str | None) -> str:
        reasons = {
            "short": self.tr("It needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            ),
            "repeated": self.tr("It uses too few different characters."),
            "few_characters": self.tr("It uses too few different characters."),
            "run": self.tr("Runs of keys like 1234567890 or qwertyuiop are guessed first."),
            "common": self.tr("It is, or looks like, a common password."),
            "words": self.tr("A single word or name is easy to guess."),
            "keyboard": self.tr("Patterns on the keyboard are easy to guess."),
            "repeats": self.tr("Repeated letters or patterns are easy to guess."),
            "sequence": self.tr("Sequences like abc or 6543 are easy to guess."),
            "dates": self.tr("Years and dates are easy to guess."),
            "app_words": self.tr("It uses words tied to the app or the event."),
        }
        return reasons.get(kind or "", self.tr("It would be guessed quickly."))
