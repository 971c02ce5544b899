"""Print a PDF with CUPS's own command-line tools, `lp` and `lpstat` (Linux and macOS).

No bindings and no Qt: the commands are what every CUPS installation has. They run with
`LC_ALL=C` so that their output can be parsed, and they talk to the scheduler that `CUPS_SERVER`
names when it is set (a host, a host:port or a Unix socket path), else to the usual one.

A job counts as accepted only when `lp` exits 0 *and* reports a request id; anything else
raises `PrintError`, whose message is plain English for the volunteer at the booth.

Privacy: CUPS keeps each job's title (`job-name`) and the printed file's name
(`document-name`) in its job history and page log, shows them in every printer list, and many
printers show them on their panel or print them on banner pages; cups-pdf even names its output
files after the title. Neither may carry personal data: callers pass a generic title such as
`DEFAULT_TITLE` ("Letters") and print from a file whose name is generic too ("letters.pdf",
a temporary name), never a signer's name, address or letter code.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Literal

from desktop.printing.backend import (
    DEFAULT_TITLE,
    Printer,
    PrintError,
    PrinterState,
    PrintJob,
    bad_file,
    clean_title,
    no_default_printer,
    no_such_printer,
    not_accepting,
)

__all__ = [
    "DEFAULT_TITLE",
    "PrintError",
    "PrintJob",
    "Printer",
    "default_printer",
    "job_state",
    "list_printers",
    "print_pdf",
    "scheduler_running",
    "wait_for_job",
]

JobState = Literal["pending", "processing", "completed", "unknown"]

LPSTAT_TIMEOUT = 15.0  # seconds; lpstat answers at once from a local scheduler
LP_TIMEOUT = 120.0  # seconds; lp uploads the whole file before it answers


# --- running the commands -------------------------------------------------------------------

_EXTRA_PATH = ("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/usr/sbin")


def _which(command: str) -> str | None:
    search = os.pathsep.join([os.environ.get("PATH", ""), *_EXTRA_PATH])
    return shutil.which(command, path=search)


def installed() -> bool:
    """Whether CUPS's commands are on this computer (its scheduler may still be stopped)."""
    return _which("lp") is not None and _which("lpstat") is not None


def _environment() -> dict[str, str]:
    env = dict(os.environ)  # keeps CUPS_SERVER, LPDEST, PRINTER and the user's lpoptions
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    env.pop("LANGUAGE", None)
    return env


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str] | None:
    """Run a CUPS command; None when it is not installed. Raises subprocess.TimeoutExpired."""
    executable = _which(args[0])
    if executable is None:
        return None
    try:
        return subprocess.run(
            [executable, *args[1:]],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_environment(),
            timeout=timeout,
            check=False,
        )
    except (FileNotFoundError, PermissionError):
        return None


def _lpstat(*args: str) -> str:
    """lpstat's standard output, or "" when CUPS is missing or does not answer in time."""
    try:
        result = _run(["lpstat", *args], LPSTAT_TIMEOUT)
    except subprocess.TimeoutExpired:
        return ""
    return result.stdout if result is not None else ""


# --- printers -------------------------------------------------------------------------------

_PRINTER_LINE = re.compile(r"^printer (?P<name>\S+) (?P<rest>.*)$")
_ACCEPTING_LINE = re.compile(r"^(?P<name>\S+) (?P<not>not )?accepting requests since\b")
_DEFAULT_LINE = re.compile(r"^system default destination: (?P<name>\S+)")


def _default_from(text: str) -> str | None:
    for line in text.splitlines():
        found = _DEFAULT_LINE.match(line.strip())
        if found:
            return found["name"].split("/", 1)[0]  # "Office/duplex" is an instance of Office
    return None


def _state_from(rest: str) -> PrinterState:
    if rest.startswith("is idle") or rest.startswith("is holding new jobs"):
        return "idle"
    if rest.startswith("now printing"):
        return "printing"
    if rest.startswith("disabled"):
        return "disabled"
    return "unknown"


def parse_lpstat(text: str) -> list[Printer]:
    """Printers from the output of `lpstat -a -p -d` run under LC_ALL=C, in lpstat's order.

    `-p` gives "printer NAME is idle.  enabled since ...", "printer NAME now printing NAME-7.
    enabled since ..." or "printer NAME disabled since ... -" followed by the reason on
    indented lines; `-a` gives "NAME accepting requests since ..." or "NAME not accepting
    requests since ... -" and its reason; `-d` gives "system default destination: NAME" or
    "no system default destination". Lines it does not know are ignored.
    """
    states: dict[str, PrinterState] = {}
    accepting: dict[str, bool] = {}
    state_messages: dict[str, str] = {}
    reject_messages: dict[str, str] = {}
    order: list[str] = []
    current: dict[str, str] | None = None  # where an indented reason line belongs
    current_name = ""

    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw[0] in " \t":
            line = raw.strip()
            if current is not None and current_name not in current and _is_reason(line):
                current[current_name] = line
            continue
        current = None
        line = raw.strip()
        printer_line = _PRINTER_LINE.match(line)
        if printer_line:
            name = printer_line["name"]
            states[name] = _state_from(printer_line["rest"])
            current, current_name = state_messages, name
            if name not in order:
                order.append(name)
            continue
        accepting_line = _ACCEPTING_LINE.match(line)
        if accepting_line:
            name = accepting_line["name"]
            accepting[name] = accepting_line["not"] is None
            current, current_name = reject_messages, name
            if name not in order:
                order.append(name)

    default = _default_from(text)
    return [
        Printer(
            name=name,
            is_default=name == default,
            accepting=accepting.get(name, True),
            state=states.get(name, "unknown"),
            message=state_messages.get(name) or reject_messages.get(name, ""),
        )
        for name in order
    ]


def _is_reason(line: str) -> bool:
    # `lpstat -l -p` adds "Description: ...", "Alerts: ..." lines: those are not a reason.
    return not re.match(r"^[A-Z][A-Za-z ]*:", line)


def list_printers() -> list[Printer]:
    """Every queue CUPS knows; an empty list when CUPS is not installed or not running."""
    return parse_lpstat(_lpstat("-a", "-p", "-d"))


def default_printer() -> str | None:
    """The queue `lp` uses when none is named (LPDEST, PRINTER, lpoptions, then the server's
    default), or None when there is none or CUPS is not there."""
    return _default_from(_lpstat("-d"))


def scheduler_running() -> bool:
    """Whether the CUPS scheduler answers (the local one, or the one CUPS_SERVER names)."""
    return _lpstat("-r").strip() == "scheduler is running"


# --- printing -------------------------------------------------------------------------------

_REQUEST_ID = re.compile(r"request id is (?P<id>\S+-\d+)")


def parse_request_id(output: str, printer: str | None = None) -> str | None:
    """The job id from lp's "request id is Office-123 (1 file(s))", or None.

    With `printer` it also finds "Office-123" in a localised message (macOS's lp may follow
    the system's language whatever LC_ALL says).
    """
    found = _REQUEST_ID.search(output)
    if found:
        return found["id"]
    if printer:
        id_found = re.search(rf"(?<![\w.-]){re.escape(printer)}-\d+\b", output)
        return id_found[0] if id_found else None
    return None


def _lp_message(stderr: str) -> str:
    lines = []
    for line in stderr.splitlines():
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^lp:\s*", "", line)
        line = re.sub(r"^Error\s*-\s*", "", line)
        lines.append(line)
    return " ".join(lines)


def _not_running_error() -> PrintError:
    return PrintError(
        "The print system (CUPS) is not running on this computer, so nothing can be printed. "
        "Start it (on Linux: sudo systemctl start cups) and try again.",
        "cups-unavailable",
    )


def _rejection_reason(printer: str) -> str:
    for queue in list_printers():
        if queue.name == printer:
            return queue.message
    return ""


def _lp_error(stderr: str, printer: str | None) -> PrintError:
    said = _lp_message(stderr)
    lowered = said.lower()
    if "not accepting" in lowered:
        return not_accepting(printer, _rejection_reason(printer) if printer else "")
    if "unable to access" in lowered or "unable to open" in lowered:
        return bad_file(said)
    unavailable = (
        "scheduler is not running",
        "unable to connect",
        "connection refused",
        "no such file or directory",
    )
    if any(phrase in lowered for phrase in unavailable) or not scheduler_running():
        # lp says "The printer or class does not exist" when it cannot reach the scheduler.
        return _not_running_error()
    if "no default destination" in lowered:
        return no_default_printer()
    if "does not exist" in lowered or "not found" in lowered or "unknown destination" in lowered:
        return no_such_printer(printer)
    return PrintError(f"The print system did not take the job: {said or 'no reason given'}.")


def print_pdf(
    path: Path | str,
    printer: str | None = None,
    title: str = DEFAULT_TITLE,
    copies: int = 1,
    duplex: bool = False,
) -> PrintJob:
    """Send a PDF to a CUPS queue with `lp -d PRINTER -t TITLE -n COPIES -- PATH`
    (and `-o sides=two-sided-long-edge` for `duplex`).

    `printer` None (or "") prints to the default printer. `title` becomes the job's name in
    CUPS: it must be generic, never personal data (see the module's docstring); control
    characters are removed and it is cut to 64 characters. Returns once CUPS has queued the
    job; `wait_for_job` follows it. Raises PrintError when no job was queued.
    """
    if copies < 1:
        raise ValueError(f"copies must be 1 or more, not {copies}")
    file = Path(path)
    if not file.is_file():
        raise bad_file(f"{file} was not found")
    printer = printer or None

    args = ["lp"]
    if printer is not None:
        args += ["-d", printer]
    args += ["-t", clean_title(title), "-n", str(copies)]
    if duplex:
        args += ["-o", "sides=two-sided-long-edge"]
    args += ["--", str(file)]
    try:
        result = _run(args, LP_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise PrintError(
            f"The print system did not answer within {LP_TIMEOUT:.0f} seconds; "
            "the letters may not have been sent to the printer."
        ) from None
    if result is None:
        raise PrintError(
            "Printing is not set up on this computer: the print system (CUPS) is not "
            "installed. On Debian or Ubuntu: sudo apt-get install cups.",
            "cups-unavailable",
        )
    if result.returncode != 0:
        raise _lp_error(result.stderr, printer)
    said = result.stdout + "\n" + result.stderr
    job_id = parse_request_id(said, printer)
    if job_id is None and printer is None:
        job_id = parse_request_id(said, default_printer())
    if job_id is None:
        raise PrintError(
            f"The print system did not confirm the job (it said: {_lp_message(said) or 'nothing'})."
        )
    return PrintJob(printer=job_id.rsplit("-", 1)[0], job_id=job_id)


def offers_duplex(printer: str) -> bool:
    """Whether the queue's options (`lpoptions -p NAME -l`) print on both sides."""
    try:
        result = _run(["lpoptions", "-p", printer, "-l"], LPSTAT_TIMEOUT)
    except subprocess.TimeoutExpired:
        return False
    if result is None or result.returncode != 0:
        return False
    for line in result.stdout.splitlines():
        key, _, values = line.partition(":")
        if key.split("/", 1)[0].strip().lower() in ("duplex", "sides"):
            choices = {v.lstrip("*").lower() for v in values.split()}
            return bool(choices - {"none", "one-sided", "simplex", "off"})
    return False


# --- following a job ------------------------------------------------------------------------


def _lists_job(text: str, job_id: str) -> bool:
    return any(line.split(maxsplit=1)[:1] == [job_id] for line in text.splitlines())


def job_state(job: PrintJob | str) -> JobState:
    """Where a job is, from `lpstat -o` (not completed) then `lpstat -W completed -o`.

    "pending": queued (or held, or its printer is disabled); "processing": printing now;
    "completed": CUPS is done with it. lpstat cannot tell a job that printed from one that was
    cancelled or aborted: both are "completed". "unknown": CUPS does not list it (not
    running, or the job is older than the history CUPS keeps).
    """
    job_id = job.job_id if isinstance(job, PrintJob) else job
    if job_id is None:
        return "unknown"  # a job Qt's print system made: it gives no id to follow
    printer = job_id.rsplit("-", 1)[0]
    if _lists_job(_lpstat("-o", printer), job_id):
        busy = _lpstat("-p", printer)
        if re.search(rf"\bnow printing {re.escape(job_id)}\.", busy):
            return "processing"
        return "pending"
    if _lists_job(_lpstat("-W", "completed", "-o", printer), job_id):
        return "completed"
    return "unknown"


def wait_for_job(job: PrintJob | str, timeout: float = 60.0, interval: float = 0.5) -> bool:
    """Poll `job_state` until the job is "completed" (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while True:
        if job_state(job) == "completed":
            return True
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(interval, remaining))
