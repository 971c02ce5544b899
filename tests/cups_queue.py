"""A real CUPS print queue backed by cups-pdf, for the printing tests.

`cups_queue` (one per session) prefers a private CUPS scheduler: `cupsd -f` with its own
configuration, spool, logs and Unix socket in a fresh /tmp/tabling-cups-* directory, reached
through `CUPS_SERVER`, so the machine's own CUPS is neither needed nor touched. It needs root:
cups-pdf's backend is installed mode 0700, and the scheduler runs it as root only when it is root
itself. When that cannot work (not root, or the private scheduler fails to start), it falls back
to the machine's scheduler: it starts `cupsd` when root and nothing is running, adds a queue of
its own and removes it afterwards. TABLING_CUPS_TEST=private or =system forces one way.

The queue prints through cups-pdf into a temporary directory; cups-pdf reads its settings only
from /etc/cups (cups-pdf-<suffix>.conf for device URI cups-pdf:/<suffix>), so a root run writes
one such file there for the session and removes it. Without root, or where AppArmor confines
cups-pdf (its profile lets it read only /etc/cups/cups-pdf.conf), the queue uses the machine's
cups-pdf.conf and its output directory (~/PDF on Debian) and the tests delete what they print.

`cups_pdf` (each test) points CUPS_SERVER at that scheduler and makes sure the queue is enabled
and accepting. CUPS and cups-pdf missing is a test failure, not a skip: CI installs them.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

APT_PACKAGES = "cups printer-driver-cups-pdf poppler-utils"
QUEUE_NAME = "TablingPDF"
CUPS_PDF_CONF_DIR = Path("/etc/cups")  # compiled into cups-pdf, whatever the ServerRoot
START_TIMEOUT = 30.0
OUTPUT_TIMEOUT = 90.0

_SEARCH_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/bin"]
)
_SERVERBIN_DIRS = [Path("/usr/lib/cups"), Path("/usr/libexec/cups"), Path("/usr/local/lib/cups")]
_DATADIRS = [Path("/usr/share/cups"), Path("/usr/local/share/cups")]
_PPD_GLOBS = [
    "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd",
    "/usr/share/ppd/cups-pdf/CUPS-PDF*.ppd",
    "/usr/share/cups/model/CUPS-PDF*.ppd",
    "/usr/share/ppd/**/CUPS-PDF*.ppd",
    "/usr/share/cups/model/**/CUPS-PDF*.ppd",
]


class SetupError(Exception):
    """One way of providing the queue did not work; another may."""


@dataclass(frozen=True)
class Tools:
    cupsd: str | None
    lpadmin: str
    lpstat: str
    cupsenable: str
    cupsdisable: str
    cupsaccept: str
    cupsreject: str
    pdfinfo: str
    pdftotext: str
    serverbin: Path
    datadir: Path
    ppd: Path


def _which(name: str) -> str | None:
    return shutil.which(name, path=_SEARCH_PATH)


def _find_ppd() -> Path | None:
    for pattern in _PPD_GLOBS:
        matches = sorted(glob.glob(pattern, recursive=True))
        if matches:
            return Path(matches[0])
    return None


def find_tools() -> Tools:
    """The CUPS, cups-pdf and poppler programs, or pytest.fail naming the packages."""
    missing: list[str] = []
    found: dict[str, str] = {}
    for name in (
        "lpadmin",
        "lpstat",
        "lp",
        "cupsenable",
        "cupsdisable",
        "cupsaccept",
        "cupsreject",
    ):
        path = _which(name)
        if path is None:
            missing.append(f"`{name}` (CUPS)")
        else:
            found[name] = path
    for name in ("pdfinfo", "pdftotext"):
        path = _which(name)
        if path is None:
            missing.append(f"`{name}` (poppler-utils)")
        else:
            found[name] = path
    serverbin = next((d for d in _SERVERBIN_DIRS if (d / "backend" / "cups-pdf").exists()), None)
    if serverbin is None:
        missing.append("the cups-pdf backend (printer-driver-cups-pdf)")
    elif not (serverbin / "filter" / "pdftops").exists():
        missing.append(f"{serverbin}/filter/pdftops (cups-filters, which `cups` pulls in)")
    datadir = next((d for d in _DATADIRS if (d / "mime").is_dir()), None)
    if datadir is None:
        missing.append("CUPS's MIME data in /usr/share/cups/mime (cups)")
    ppd = _find_ppd()
    if ppd is None:
        missing.append("the CUPS-PDF PPD (printer-driver-cups-pdf)")
    cupsd = _which("cupsd")
    if missing or serverbin is None or datadir is None or ppd is None:
        pytest.fail(
            "The printing tests print through a real CUPS queue backed by cups-pdf, and this "
            f"machine lacks {', '.join(missing)}. On Debian or Ubuntu, as root: "
            f"apt-get install -y --no-install-recommends {APT_PACKAGES}",
            pytrace=False,
        )
    return Tools(
        cupsd=cupsd,
        lpadmin=found["lpadmin"],
        lpstat=found["lpstat"],
        cupsenable=found["cupsenable"],
        cupsdisable=found["cupsdisable"],
        cupsaccept=found["cupsaccept"],
        cupsreject=found["cupsreject"],
        pdfinfo=found["pdfinfo"],
        pdftotext=found["pdftotext"],
        serverbin=serverbin,
        datadir=datadir,
        ppd=ppd,
    )


def _environment(server: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(LC_ALL="C", LANG="C")
    for name in ("LANGUAGE", "LPDEST", "PRINTER"):
        env.pop(name, None)
    if server is None:
        env.pop("CUPS_SERVER", None)
    else:
        env["CUPS_SERVER"] = server
    return env


def _run(args: list[str], server: str | None, timeout: float = 30.0) -> str:
    """Run an admin command against the scheduler; SetupError with its message if it fails."""
    try:
        result = subprocess.run(
            args,
            env=_environment(server),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SetupError(f"`{' '.join(args)}` failed: {error}") from error
    if result.returncode != 0:
        said = (result.stderr + result.stdout).strip()
        raise SetupError(f"`{' '.join(args)}` exited {result.returncode}: {said}")
    return result.stdout


def _scheduler_answers(tools: Tools, server: str | None) -> bool:
    try:
        return _run([tools.lpstat, "-r"], server, timeout=5).strip() == "scheduler is running"
    except SetupError:
        return False


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # cups-pdf replaces a file of the same name: it may be gone a moment
        return 0.0


def forget_cached_server() -> None:
    """Make libcups read CUPS_SERVER again, in this thread.

    Qt's print system calls libcups in this process, and libcups reads CUPS_SERVER once per
    thread and keeps it: a test that listed printers before the queue's scheduler was chosen
    would leave Qt talking to another one. The app sets nothing at run time; the tests do.
    """
    name = ctypes.util.find_library("cups")
    if name is not None:
        ctypes.CDLL(name).cupsSetServer(None)


@dataclass
class CupsQueue:
    """The queue the tests print to, and where cups-pdf writes what it prints."""

    printer: str
    output_dir: Path
    server: str | None  # CUPS_SERVER for the scheduler; None: the machine's usual one
    mode: str  # "private" or "system"
    tools: Tools
    owns_output_dir: bool  # False: a shared directory (~/PDF): delete what the tests print
    logs: list[Path] = field(default_factory=list)
    page_log: Path | None = None  # CUPS's page log, where it is ours to read
    printed: list[Path] = field(default_factory=list)

    def run(self, *args: str) -> str:
        return _run(list(args), self.server)

    def reset(self) -> None:
        """Enabled and accepting, whatever the previous test left."""
        self.run(self.tools.cupsenable, self.printer)
        self.run(self.tools.cupsaccept, self.printer)

    def diagnostics(self) -> str:
        parts = []
        for args in (["-t"], ["-l", "-W", "all", "-o"]):
            try:
                parts.append(self.run(self.tools.lpstat, *args))
            except SetupError as error:
                parts.append(str(error))
        for log in self.logs:
            parts.append(f"--- {log} ---\n{_tail(log)}")
        listing = sorted(p.name for p in self.output_dir.glob("*")) if self.output_dir else []
        parts.append(f"--- {self.output_dir}: {listing}")
        return "\n".join(parts)

    def wait_for_output(
        self, job_number: int, since: float, timeout: float = OUTPUT_TIMEOUT
    ) -> Path:
        """The PDF cups-pdf wrote for a job, once CUPS is done with the job.

        cups-pdf names its files "<title>-job_<n>.pdf" and writes them while the job runs, so
        the file counts only when the job is no longer active and pdfinfo can read it.
        """
        name = re.compile(rf"(?:^|[-_])job_{job_number}(?:[-_.])", re.IGNORECASE)
        job_id = f"{self.printer}-{job_number}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            candidates = [
                path
                for path in self.output_dir.glob("*.pdf")
                if name.search(path.name) and _modified(path) >= since - 2
            ]
            if candidates and not self._job_active(job_id):
                path = max(candidates, key=_modified)
                if path not in self.printed:
                    self.printed.append(path)
                if self._readable(path):
                    return path
            time.sleep(0.2)
        pytest.fail(
            f"cups-pdf wrote no PDF for job {job_id} in {self.output_dir} within "
            f"{timeout:.0f} s.\n{self.diagnostics()}",
            pytrace=False,
        )

    def latest_job(self) -> int:
        """The number of the newest job this queue has seen (0 when none): Qt's print system
        does not say which job it made, so the tests find it in the scheduler's history."""
        listing = self.run(self.tools.lpstat, "-W", "all", "-o", self.printer)
        numbers = [
            int(line.split()[0].rsplit("-", 1)[1])
            for line in listing.splitlines()
            if line.startswith(f"{self.printer}-")
        ]
        return max(numbers, default=0)

    def page_log_line(self, job_number: int, timeout: float = 10.0) -> str | None:
        """The page log's line for a job ("QUEUE USER N [date] total COPIES ... TITLE ..."),
        or None when this scheduler's page log is not ours to read."""
        if self.page_log is None:
            return None
        pattern = re.compile(rf"^{re.escape(self.printer)} \S+ {job_number} \[.*\] total ")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in _tail(self.page_log, 1000).splitlines():
                if pattern.match(line):
                    return line
            time.sleep(0.1)
        pytest.fail(f"job {job_number} is not in {self.page_log}\n{self.diagnostics()}")

    def _job_active(self, job_id: str) -> bool:
        try:
            active = self.run(self.tools.lpstat, "-o", self.printer)
        except SetupError:
            return False
        return any(line.split()[:1] == [job_id] for line in active.splitlines())

    def _readable(self, path: Path) -> bool:
        result = subprocess.run(
            [self.tools.pdfinfo, str(path)], capture_output=True, text=True, check=False
        )
        return result.returncode == 0

    def page_count(self, path: Path) -> int:
        info = subprocess.run(
            [self.tools.pdfinfo, str(path)], capture_output=True, text=True, check=True
        ).stdout
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        assert found, info
        return int(found[1])

    def page_size(self, path: Path) -> str:
        info = subprocess.run(
            [self.tools.pdfinfo, str(path)], capture_output=True, text=True, check=True
        ).stdout
        found = re.search(r"^Page size:\s+(.*)$", info, re.MULTILINE)
        assert found, info
        return found[1]

    def text(self, path: Path) -> str:
        return subprocess.run(
            [self.tools.pdftotext, "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout


# --- cups-pdf's settings ----------------------------------------------------------------------


def _apparmor_confines_cups_pdf() -> bool:
    """Whether an AppArmor profile stops cups-pdf from reading a per-queue cups-pdf-*.conf."""
    try:
        if Path("/sys/module/apparmor/parameters/enabled").read_text().strip() != "Y":
            return False
    except OSError:
        return False
    try:
        profiles = Path("/sys/kernel/security/apparmor/profiles").read_text()
    except OSError:  # not readable here: assume the packaged profile is loaded
        return Path("/etc/apparmor.d/usr.sbin.cupsd").exists()
    return any(
        line.startswith("/usr/lib/cups/backend/cups-pdf ") and "(enforce)" in line
        for line in profiles.splitlines()
    )


def _machine_output_dir() -> Path:
    """Where the machine's /etc/cups/cups-pdf.conf puts this user's PDFs."""
    out = "/var/spool/cups-pdf/${USER}"  # cups-pdf's built-in default
    try:
        for line in (CUPS_PDF_CONF_DIR / "cups-pdf.conf").read_text().splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1].strip()
    except OSError:
        pass
    user = pwd.getpwuid(os.geteuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def _add_queue(
    tools: Tools,
    server: str | None,
    name: str,
    workdir: Path,
    cleanup: contextlib.ExitStack,
    mode: str,
) -> CupsQueue:
    """Add a cups-pdf queue; remove it (and its cups-pdf settings) on cleanup."""
    if os.geteuid() == 0 and not _apparmor_confines_cups_pdf():
        output_dir = workdir / "out"
        output_dir.mkdir(mode=0o755, exist_ok=True)
        suffix = f"tabling-test-{uuid.uuid4().hex[:12]}"
        settings = CUPS_PDF_CONF_DIR / f"cups-pdf-{suffix}.conf"
        settings.write_text(
            "# Written by the tabling printing tests for one session; removed afterwards.\n"
            f"Out {output_dir}\nAnonDirName {output_dir}\nLog {workdir / 'log'}\nLogType 7\n"
        )
        cleanup.callback(settings.unlink, missing_ok=True)
        device, owns_output = f"cups-pdf:/{suffix}", True
    else:
        output_dir, device, owns_output = _machine_output_dir(), "cups-pdf:/", False

    cleanup.callback(_ignore_errors, [tools.lpadmin, "-x", name], server)
    _run(
        [
            tools.lpadmin,
            "-p",
            name,
            "-E",
            "-v",
            device,
            "-P",
            str(tools.ppd),
            "-o",
            "PageSize=Letter",
            "-o",
            "printer-error-policy=abort-job",
            "-o",
            "printer-is-shared=false",
        ],
        server,
    )
    logs = [workdir / "log" / f"cups-pdf-{name}_log"]
    return CupsQueue(
        printer=name,
        output_dir=output_dir,
        server=server,
        mode=mode,
        tools=tools,
        owns_output_dir=owns_output,
        logs=logs,
    )


def _ignore_errors(args: list[str], server: str | None) -> None:
    with contextlib.suppress(SetupError):
        _run(args, server)


# --- the scheduler ------------------------------------------------------------------------


def _workdir(cleanup: contextlib.ExitStack) -> Path:
    # Short (a Unix socket path is limited to ~100 bytes) and traversable: CUPS runs filters as
    # user lp, which must reach the spool inside; pytest's tmp_path is private to the user.
    base = Path(
        tempfile.mkdtemp(prefix="tabling-cups-", dir="/tmp" if Path("/tmp").is_dir() else None)
    )
    cleanup.callback(shutil.rmtree, base, ignore_errors=True)
    base.chmod(0o755)
    (base / "log").mkdir(mode=0o755)
    return base


def _start_cupsd(
    tools: Tools, args: list[str], server: str | None, log: Path, cleanup: contextlib.ExitStack
) -> None:
    assert tools.cupsd is not None
    output = log.open("w")
    cleanup.callback(output.close)
    process = subprocess.Popen(
        [tools.cupsd, "-f", *args],
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # Ctrl-C in pytest's terminal reaches pytest, not cupsd
    )
    cleanup.callback(_stop, process)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SetupError(f"cupsd exited with status {process.returncode}:\n{_tail(log)}")
        if _scheduler_answers(tools, server):
            return
        time.sleep(0.1)
    raise SetupError(f"cupsd did not answer within {START_TIMEOUT:.0f} s:\n{_tail(log)}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@contextlib.contextmanager
def private_queue(tools: Tools) -> Iterator[CupsQueue]:
    """A cupsd of our own under /tmp, on a Unix socket, with one cups-pdf queue."""
    if os.geteuid() != 0:
        raise SetupError(
            "it needs root: cups-pdf's backend is root-only (mode 0700), and cupsd runs it as "
            "root only when cupsd itself runs as root"
        )
    if tools.cupsd is None:
        raise SetupError("cupsd is not installed (package cups-daemon, pulled in by cups)")
    with contextlib.ExitStack() as cleanup:
        base = _workdir(cleanup)
        for name in ("conf", "spool", "cache", "state"):
            (base / name).mkdir(mode=0o755)
        # The socket's directory is root's alone: the scheduler lets whoever connects do anything.
        (base / "socket").mkdir(mode=0o700)
        socket = base / "socket" / "cups.sock"
        files_conf = base / "conf" / "cups-files.conf"
        files_conf.write_text(
            f"ServerRoot {base / 'conf'}\n"
            f"RequestRoot {base / 'spool'}\n"
            f"CacheDir {base / 'cache'}\n"
            f"StateDir {base / 'state'}\n"
            f"ServerBin {tools.serverbin}\n"
            f"DataDir {tools.datadir}\n"
            f"ErrorLog {base / 'log' / 'error_log'}\n"
            f"AccessLog {base / 'log' / 'access_log'}\n"
            f"PageLog {base / 'log' / 'page_log'}\n"
            f"Printcap {base / 'conf' / 'printcap'}\n"
        )
        cupsd_conf = base / "conf" / "cupsd.conf"
        # Only this Unix socket, no sharing, no browsing, no authentication: only root can reach
        # the socket, and the scheduler lives for one session.
        cupsd_conf.write_text(
            "LogLevel debug\n"
            f"Listen {socket}\n"
            "Browsing No\n"
            "WebInterface No\n"
            "DefaultShared No\n"
            "DefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        server = str(socket)
        _start_cupsd(
            tools,
            ["-c", str(cupsd_conf), "-s", str(files_conf)],
            server,
            base / "log" / "cupsd.out",
            cleanup,
        )
        queue = _add_queue(tools, server, QUEUE_NAME, base, cleanup, "private")
        queue.logs[:0] = [base / "log" / "error_log", base / "log" / "cupsd.out"]
        queue.page_log = base / "log" / "page_log"
        yield queue


@contextlib.contextmanager
def system_queue(tools: Tools) -> Iterator[CupsQueue]:
    """A queue of our own on the machine's scheduler, started if root and not running."""
    server = os.environ.get("CUPS_SERVER") or None
    with contextlib.ExitStack() as cleanup:
        base = _workdir(cleanup)
        if not _scheduler_answers(tools, server):
            if server is not None or os.geteuid() != 0 or tools.cupsd is None:
                raise SetupError(
                    f"the CUPS scheduler ({server or 'this machine'}) is not running; "
                    "start it (sudo systemctl start cups) or run the tests as root"
                )
            _start_cupsd(tools, [], server, base / "log" / "cupsd.out", cleanup)
        name = f"{QUEUE_NAME}-test-{os.getpid()}"
        yield _add_queue(tools, server, name, base, cleanup, "system")


@pytest.fixture(scope="session")
def cups_tools() -> Tools:
    """The programs the printing tests need; a failure naming the packages when missing."""
    return find_tools()


@pytest.fixture(scope="session")
def cups_queue(cups_tools: Tools) -> Iterator[CupsQueue]:
    """A cups-pdf queue on a private scheduler if possible, else on the machine's."""
    tools = cups_tools
    wanted = os.environ.get("TABLING_CUPS_TEST", "auto")
    ways = {"private": [private_queue], "system": [system_queue]}.get(
        wanted, [private_queue, system_queue]
    )
    problems: list[str] = []
    for way in ways:
        setup = way(tools)
        try:
            queue = setup.__enter__()
        except SetupError as error:
            problems.append(f"{way.__name__.replace('_', ' ')}: {error}")
            continue
        try:
            yield queue
        finally:
            setup.__exit__(None, None, None)
        return
    pytest.fail(
        "No CUPS queue to print to.\n" + "\n".join(problems) + f"\n(packages: {APT_PACKAGES})",
        pytrace=False,
    )


@pytest.fixture
def cups_pdf(cups_queue: CupsQueue, monkeypatch: pytest.MonkeyPatch) -> Iterator[CupsQueue]:
    """The session's queue, enabled and accepting, with CUPS_SERVER pointing at its scheduler."""
    if cups_queue.server is None:
        monkeypatch.delenv("CUPS_SERVER", raising=False)
    else:
        monkeypatch.setenv("CUPS_SERVER", cups_queue.server)
    for name in ("LPDEST", "PRINTER"):
        monkeypatch.delenv(name, raising=False)
    forget_cached_server()
    cups_queue.reset()
    cups_queue.printed.clear()
    yield cups_queue
    forget_cached_server()
    if not cups_queue.owns_output_dir:
        for path in cups_queue.printed:
            path.unlink(missing_ok=True)
