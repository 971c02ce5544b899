"""A real mail server for the outbox's integration tests: Debian's Postfix on a loopback port.

`Postfix(folder)` writes a private configuration in `folder` (its own main.cf, master.cf,
queue, logs and mailbox), and `start()` runs `postfix -c FOLDER/etc start-fg` in the
background, so the machine's own mail system is neither needed nor touched. It listens on
127.0.0.1 and speaks STARTTLS (required before a login) with a self-signed certificate
made by `openssl` for `localhost`, and takes logins through Cyrus SASL's sasldb; every
domain is delivered to one Maildir, read back by `delivered()`. Recipients named in
`refused` are refused at RCPT with the reply given (a 550 5.1.1, a 450 deferral), the way
real servers refuse: repeating the address.

Postfix runs as root only (its master drops to the postfix user): without root the tests
that need it are skipped with that reason; CI runs as root and installs it (`.ci/run`).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

APT_PACKAGES = "postfix sasl2-bin libsasl2-modules openssl"
HOST = "localhost"
USER, PASSWORD, REALM = "organizer", "correct-battery-horse-staple", "test.example"
START_TIMEOUT = 30.0
DELIVERY_TIMEOUT = 60.0
_SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])

MASTER_CF = """\
{listen} inet n - n - - smtpd
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
error unix - - n - - error
retry unix - - n - - error
virtual unix - n n - - virtual
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
showq unix n - n - - showq
tlsmgr unix - - n 1000? 1 tlsmgr
"""


def missing() -> str | None:
    """Why Postfix cannot run here, or None."""
    if os.name != "posix" or os.geteuid() != 0:
        return "Postfix runs only as root (CI runs these tests as root)"
    for tool in ("postfix", "saslpasswd2", "openssl"):
        if shutil.which(tool, path=_SEARCH_PATH) is None:
            return f"{tool} is not installed: apt-get install -y {APT_PACKAGES}"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Postfix:
    def __init__(self, folder: Path, refused: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.port = free_port()
        self.refused = dict(refused or {})
        self.process: subprocess.Popen[bytes] | None = None
        self.etc, self.mail = folder / "etc", folder / "mail"
        self.certificate = self.etc / "server.pem"  # self-signed: its own authority
        self._configure()

    # -- configuration ---------------------------------------------------------------------

    def _configure(self) -> None:
        import pwd

        owner = pwd.getpwnam("postfix")
        for name in ("etc", "spool", "data", "mail", "etc/sasl"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        for name in ("data", "mail"):
            os.chown(self.folder / name, owner.pw_uid, owner.pw_gid)
        self.folder.chmod(0o755)
        self._certificate()
        sasldb = self.etc / "sasldb2"
        subprocess.run(
            [_tool("saslpasswd2"), "-p", "-c", "-f", str(sasldb), "-u", REALM, USER],
            input=PASSWORD.encode(), check=True, capture_output=True,
        )  # fmt: skip
        os.chown(sasldb, owner.pw_uid, owner.pw_gid)
        (self.etc / "sasl" / "smtpd.conf").write_text(
            f"pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\n"
            f"sasldb_path: {sasldb}\n"
        )
        self.write_refusals()
        f = self.folder
        settings = [
            "compatibility_level = 3.6",
            f"queue_directory = {f}/spool",
            f"data_directory = {f}/data",
            "mail_owner = postfix",
            "setgid_group = postdrop",
            f"myhostname = mail.{REALM}",
            f"mydomain = {REALM}",
            "inet_interfaces = 127.0.0.1",
            "inet_protocols = ipv4",
            "mydestination =",
            "mynetworks = 127.0.0.0/8",
            "virtual_mailbox_domains = static:all",
            f"virtual_mailbox_base = {self.mail}",
            "virtual_mailbox_maps = static:inbox/",
            f"virtual_uid_maps = static:{owner.pw_uid}",
            f"virtual_gid_maps = static:{owner.pw_gid}",
            "smtpd_recipient_restrictions ="
            f" check_recipient_access texthash:{self.etc}/refused,"
            " permit_mynetworks, reject_unauth_destination",
            f"maillog_file = {f}/maillog",
            f"maillog_file_prefixes = {f}",
            "smtputf8_enable = yes",
            f"smtpd_tls_cert_file = {self.certificate}",
            f"smtpd_tls_key_file = {self.etc}/server.key",
            "smtpd_tls_security_level = may",
            "smtpd_tls_auth_only = yes",
            "smtpd_sasl_auth_enable = yes",
            "smtpd_sasl_type = cyrus",
            "smtpd_sasl_path = smtpd",
            f"cyrus_sasl_config_path = {self.etc}/sasl",
            f"smtpd_sasl_local_domain = {REALM}",
            # The tests count arrivals and send fast: no rate limits of the server's own.
            "smtpd_client_connection_rate_limit = 0",
            "smtpd_client_message_rate_limit = 0",
            "",
        ]
        (self.etc / "main.cf").write_text("\n".join(settings))
        (self.etc / "master.cf").write_text(MASTER_CF.format(listen=f"127.0.0.1:{self.port}"))

    def _certificate(self) -> None:
        """A self-signed certificate for `localhost`, usable as its own authority."""
        subprocess.run(
            [
                _tool("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost/O=Tabling test mail server",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,digitalSignature,keyEncipherment",
                "-keyout", str(self.etc / "server.key"), "-out", str(self.certificate),
            ],
            check=True, capture_output=True,
        )  # fmt: skip
        (self.etc / "server.key").chmod(0o600)

    def write_refusals(self) -> None:
        lines = [f"{address} {reply}" for address, reply in self.refused.items()]
        (self.etc / "refused").write_text("\n".join(lines) + "\n")

    # -- running ---------------------------------------------------------------------------

    def start(self) -> Postfix:
        self.write_refusals()  # texthash maps are read when smtpd starts
        self.process = subprocess.Popen(
            [_tool("postfix"), "-c", str(self.etc), "start-fg"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Postfix did not start: see {self.folder}/maillog")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                    if probe.recv(3) == b"220":
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"Postfix did not answer on port {self.port} in {START_TIMEOUT:g} s")

    def stop(self) -> None:
        """Stop the whole server (master and every smtpd) and wait until the port is closed."""
        if self.process is None:
            return
        subprocess.run(
            [_tool("postfix"), "-c", str(self.etc), "stop"], capture_output=True, timeout=60
        )
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.process = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                time.sleep(0.1)
            except OSError:
                return

    def __enter__(self) -> Postfix:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- what arrived ----------------------------------------------------------------------

    def clear(self) -> None:
        for box in ("new", "cur"):
            for path in (self.mail / "inbox" / box).glob("*"):
                path.unlink()

    def raw_messages(self) -> list[bytes]:
        inbox = self.mail / "inbox"
        files = sorted((inbox / "new").glob("*")) + sorted((inbox / "cur").glob("*"))
        return [path.read_bytes() for path in files]

    def delivered(self, expected: int | None = None) -> list[EmailMessage]:
        """The messages in the mailbox; with `expected`, waits until that many arrived."""
        deadline = time.monotonic() + DELIVERY_TIMEOUT
        while expected is not None and len(self.raw_messages()) < expected:
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)
        parser = BytesParser(policy=default)
        return [parser.parsebytes(raw) for raw in self.raw_messages()]  # type: ignore[misc,unused-ignore]

    def log(self) -> str:
        path = self.folder / "maillog"
        return path.read_text(errors="replace") if path.exists() else ""


def _tool(name: str) -> str:
    found = shutil.which(name, path=_SEARCH_PATH)
    if found is None:
        raise RuntimeError(f"{name} is not installed: apt-get install -y {APT_PACKAGES}")
    return found
