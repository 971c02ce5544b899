"""Why a sheet's line was rejected, warned about or flagged: a kind and its values.

The import keeps what it found, not a sentence, so each reader words it in their own
language: `str()` gives the English the command line prints; the volunteer view words
each kind in the volunteer's language (desktop/gui/pages/sheet_files.py). The values
never hold a signer's personal data: a column's name, a yes/no cell, a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.signin.validation import FieldProblem, describe


class Kind(StrEnum):
    FIELDS = "fields"  # the row's values fail the form's checks (`problems`)
    QUOTES = "quotes"  # a row's quotes do not pair up
    RUNAWAY_QUOTE = "runaway_quote"  # values: (lines it would swallow,)
    LONG_CELL = "long_cell"  # values: (characters, the limit)
    NOT_UTF8 = "not_utf8"
    NOT_YES_NO = "not_yes_no"  # values: (column, the cell as written)
    UNKNOWN_LANGUAGE = "unknown_language"  # values: (the cell as written, codes offered)
    REPEAT = "repeat"  # values: (reason, the earlier line or "")
    OTHER = "other"  # values: (English text,): nothing the import foresaw


ENGLISH = {
    Kind.QUOTES: 'its quotes (") do not pair up; check the quotes in this row',
    Kind.RUNAWAY_QUOTE: (
        'a quote (") opened on this line is never closed, so the next {0} lines would be'
        " read as one cell; close or remove the quote"
    ),
    Kind.LONG_CELL: "a cell holds {0} characters (at most {1})",
    Kind.NOT_UTF8: (
        "this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row"
    ),
    Kind.NOT_YES_NO: "{0} '{1}' is not yes or no",
    Kind.UNKNOWN_LANGUAGE: "language '{0}' is not one of {1}: English is used",
    Kind.OTHER: "{0}",
}
# Why a row may repeat an earlier sign-up (the reasons of desktop/signin/suggestions.py).
REASONS = {
    "same_name": "the same name",
    "shared_email": "the same email under another name",
    "shared_phone": "the same phone under another name",
    "similar": "a very similar name and address",
    # A repeat by these, of a sign-up saved before an update and not yet re-sealed.
    "email": "the same name and email",
    "phone": "the same name and phone",
    "name_address": "the same name and address",
}


@dataclass(frozen=True)
class LineNote:
    kind: Kind
    values: tuple[str, ...] = ()
    problems: tuple[FieldProblem, ...] = ()

    def __str__(self) -> str:
        if self.kind is Kind.FIELDS:
            return "; ".join(describe(p) for p in self.problems)
        if self.kind is Kind.REPEAT:
            reason, line = self.values
            where = f"line {line}" if line else "an earlier sign-up"
            return f"{REASONS.get(reason, reason)} as {where}"
        return ENGLISH[self.kind].format(*self.values)
