"""Typed settings, each declared once with its default and a label for the settings page.

Stored as JSON in the user's folder (`settings.json`), written atomically. Secrets
(SMTP password, API keys) never come here: they go to the OS keyring.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop import paths

T = TypeVar("T", int, str, bool, float)
SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type[T]
    default: T
    label: str
    choices: tuple[T, ...] = ()
    # "web": a web address the app requests (https only, see desktop/web.py); "proxy":
    # the proxy every request goes through. Checked when saved and again when used.
    address: str = ""

    def check(self, value: T) -> T:
        """`value`, or RefusedURL (a ValueError) for a web address the app will not use."""
        if self.address and isinstance(value, str) and value.strip():
            from desktop.web import check_proxy, check_url

            if self.address == "proxy":
                check_proxy(value)
            else:
                check_url(value, self.key)
        return value

    def coerce(self, value: Any) -> T:
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # JSON writes 1.0 as 1
        if isinstance(value, self.kind) and not (self.kind is int and isinstance(value, bool)):
            if self.choices and value not in self.choices:
                # A hand-edited settings.json: the default serves, as for a wrong type.
                raise TypeError(f"setting {self.key} is one of {self.choices}, not {value!r}")
            return value
        raise TypeError(f"setting {self.key} takes a {self.kind.__name__}, not {value!r}")

    def parse(self, text: str) -> T:
        """A value typed on the command line: `587`, `true`, `0.5`; ValueError when it is not."""
        if self.kind is bool:
            folded = text.strip().casefold()
            if folded not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
                raise ValueError(f"{self.key} takes true or false, not {text!r}")
            return self.kind(folded in ("true", "yes", "1", "on"))
        try:
            value = self.kind(text)
        except ValueError:
            raise ValueError(f"{self.key} takes a {self.kind.__name__}, not {text!r}") from None
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key} is one of {', '.join(map(str, self.choices))}")
        return self.check(value)


IDLE_CLEAR_SECONDS = Setting("kiosk.idle_clear_seconds", int, 90, "Clear a half-filled form after")
IDLE_COUNTDOWN_SECONDS = Setting("kiosk.idle_countdown_seconds", int, 15, "Countdown shown before")
# Sign-ups lie open in the volunteer view: it locks itself when left alone this long.
VOLUNTEER_LOCK_SECONDS = Setting(
    "volunteer.lock_after_seconds", int, 120, "Lock the volunteer view when left alone for"
)
# en, es, pt, ht, zh or vi: the volunteer view's language, whatever the kiosk shows.
VOLUNTEER_LANGUAGE = Setting(
    "volunteer.language", str, "en", "Volunteer view language (en, es, pt, ht, zh, vi)"
)
THANK_YOU_SECONDS = Setting("kiosk.thank_you_seconds", int, 20, "Show the thank-you screen for")
DATABASE_URL = Setting("database.url", str, "", "Database URL (empty: the user folder)")
FONT_SCALE = Setting("display.font_scale", float, 1.0, "Text size")
PRINTER = Setting("printing.printer", str, "", "Printer for letters (empty: the system's default)")
# The coalition hub this laptop joined (desktop/hub): its address without a password (the
# password is in the system keyring), and the laptop's role there.
HUB_URL = Setting("hub.url", str, "", "Coalition hub (empty: none)")
HUB_ROLE = Setting("hub.role", str, "", "This laptop's name on the hub")
# Which print system prints: "auto" takes CUPS where it is installed, else Qt's (Windows).
PRINT_BACKEND = Setting("printing.backend", str, "auto", "Print through", ("auto", "cups", "qt"))
PRINT_AT_TABLE = Setting("printing.at_table", bool, True, "Print letters right after each sign-in")
SMTP_HOST = Setting("smtp.host", str, "", "Mail server")
SMTP_PORT = Setting("smtp.port", int, 587, "Mail server port")
SMTP_SECURITY = Setting("smtp.security", str, "starttls", "Security", ("starttls", "ssl", "none"))
SMTP_USER = Setting("smtp.user", str, "", "Mail server user name")
SMTP_FROM = Setting("smtp.from", str, "", "Sending address (the coalition's)")
SMTP_ORGANIZATION = Setting("smtp.organization", str, "", "Coalition name shown after 'via'")
SMTP_CA_FILE = Setting(
    "smtp.ca_file", str, "", "Extra certificate authorities (a PEM file; empty: the system's)"
)
SYNC_RATE_LIMIT = Setting("sync.rate_limit", float, 1.0, "Emails per second (0: no limit)")
ACTIONNETWORK_ENABLED = Setting(
    "actionnetwork.enabled", bool, False, "Send sign-ups to Action Network"
)
ACTIONNETWORK_TAGS = Setting(
    "actionnetwork.tags", str, "", "Tags for every sign-up, besides the event's (comma-separated)"
)
ACTIONNETWORK_BASE_URL = Setting(
    "actionnetwork.base_url",
    str,
    "https://actionnetwork.org/api/v2",
    "Action Network API",
    address="web",
)
GEOCODER_ONLINE = Setting(
    "geocoder.online", bool, True, "Look up street addresses online when connected"
)
GEOCODER_BASE_URL = Setting(
    "geocoder.base_url",
    str,
    "https://geocoding.geo.census.gov/geocoder",
    "Census geocoder",
    address="web",
)
GEOCODER_TIMEOUT = Setting("geocoder.timeout_seconds", float, 4.0, "Give up on the geocoder after")
STREETS_BASE_URL = Setting(
    "streets.base_url",
    str,
    "https://www2.census.gov/geo/tiger/TIGER2024/ADDRFEAT",
    "Census TIGER/Line address ranges",
    address="web",
)
DATA_MAX_AGE_DAYS = Setting(
    "data.max_age_days", int, 120, "Warn when the legislators' data is older than (days)"
)
DATA_MASSGIS_BASE = Setting(
    "data.massgis_base",
    str,
    "https://s3.us-east-1.amazonaws.com/download.massgis.digital.mass.gov/shapefiles/state",
    "MassGIS district files",
    address="web",
)
DATA_LEGISLATURE_URL = Setting(
    "data.legislature_url",
    str,
    "https://malegislature.gov/api",
    "Massachusetts Legislature API",
    address="web",
)
DATA_ROSTER_URL = Setting(
    "data.roster_url",
    str,
    "https://data.openstates.org/people/current/ma.csv",
    "Open States roster CSV, to cross-check (empty: none)",
    address="web",
)

# Empty: no proxy. Else every request goes through it (http://host:port); the
# environment's HTTP(S)_PROXY is never used (desktop/web.py).
NETWORK_PROXY = Setting(
    "network.proxy", str, "", "Proxy for web requests (empty: none)", address="proxy"
)

ALL: tuple[Setting[Any], ...] = (
    IDLE_CLEAR_SECONDS,
    IDLE_COUNTDOWN_SECONDS,
    THANK_YOU_SECONDS,
    VOLUNTEER_LOCK_SECONDS,
    VOLUNTEER_LANGUAGE,
    DATABASE_URL,
    FONT_SCALE,
    PRINTER,
    PRINT_BACKEND,
    PRINT_AT_TABLE,
    HUB_URL,
    HUB_ROLE,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    SMTP_FROM,
    SMTP_ORGANIZATION,
    SMTP_CA_FILE,
    SYNC_RATE_LIMIT,
    ACTIONNETWORK_ENABLED,
    ACTIONNETWORK_BASE_URL,
    ACTIONNETWORK_TAGS,
    GEOCODER_ONLINE,
    GEOCODER_BASE_URL,
    GEOCODER_TIMEOUT,
    STREETS_BASE_URL,
    DATA_MAX_AGE_DAYS,
    DATA_MASSGIS_BASE,
    DATA_LEGISLATURE_URL,
    DATA_ROSTER_URL,
    NETWORK_PROXY,
)
BY_KEY = {setting.key: setting for setting in ALL}


class Settings:
    """The user's settings file; unknown or ill-typed entries fall back to the default."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_home() / SETTINGS_FILE
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                loaded = {}  # a damaged file must not stop the booth: defaults apply
            self._values = loaded if isinstance(loaded, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        try:
            return setting.coerce(value)
        except TypeError:
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store `value`; raises RefusedURL (a ValueError) for a web address it refuses."""
        self._values[setting.key] = setting.check(setting.coerce(value))
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(self._values, out, indent=2, sort_keys=True)
        os.replace(temporary, self.path)
