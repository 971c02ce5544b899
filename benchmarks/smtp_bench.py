"""1,000 emails to a loopback SMTP server through SmtpTransport, beside bare smtplib loops.

The server is aiosmtpd with its `Sink` handler (it takes every message and keeps none), run
as a separate process so that it does not share our interpreter's lock: as a real server
would, it costs both sides the same. The 1,000 messages are built once, before any timing,
with `legislator_email` (names in Latin with diacritics, Vietnamese and Chinese, every
other one with a note); each round sends all of them back to back over one connection,
connecting and saying QUIT included, with no rate limit.

Ours is `SmtpTransport.send` per message: the envelope read from the headers and checked,
`send_message`, and the bookkeeping that places a failure. The baseline is the bare loop
any script would write, `smtplib.SMTP.send_message` for each message over one connection;
we aim for within 3x. A second, stricter floor sends the same messages already flattened
to bytes with `sendmail`, so nothing but the SMTP dialogue is left: it shows what
flattening costs (ours and the first baseline both pay it), and has no target.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from benchmarks.timing import Measurement, interleaved_medians, time_once
from desktop.campaigns import campaigns_dir, load_campaign
from desktop.outbox.messages import Sender, legislator_email, make_message_id
from desktop.outbox.smtp import EHLO_NAME, SmtpSettings, SmtpTransport, envelope

COUNT = 1000
TARGET_RATIO = 3.0
HOST = "127.0.0.1"
_NAMES = ["Ana Souza", "Nguyễn Thị Minh Khai", "王小明", "João da Conceição", "Fatima Diallo"]
_NOTE = "My family came here twelve years ago, and we want to feel safe calling the police."


def build_messages(count: int) -> list[EmailMessage]:
    """`count` emails to legislators, as the outbox would build them."""
    campaign = load_campaign(campaigns_dir() / "safe-communities-act.yaml")
    sender = Sender("action@coalition.example.org", "Safe Communities Coalition")
    date = dt.datetime(2025, 5, 4, 14, 30, tzinfo=dt.UTC)
    messages = []
    for i in range(count):
        name = _NAMES[i % len(_NAMES)]
        messages.append(
            legislator_email(
                campaign, ("house", "senate")[i % 2], signer_name=name,
                signer_first_name=name.split()[0], signer_email=f"signer{i}@example.com",
                signer_town="Lowell", note=_NOTE if i % 2 else None,
                member_name="Rady Mom", member_last_name="Mom",
                member_email=f"member{i % 200}@mahouse.example.gov",
                district="18th Middlesex", sender=sender,
                message_id=make_message_id("coalition.example.org"), date=date,
            )
        )  # fmt: skip
    return messages


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def sink_server() -> Iterator[int]:
    """An aiosmtpd Sink server in its own process on a free loopback port: yields the port."""
    port = _free_port()
    command = [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"{HOST}:{port}"]
    server = subprocess.Popen(
        [*command, "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with smtplib.SMTP(HOST, port, local_hostname=EHLO_NAME, timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the aiosmtpd server did not start") from None
                time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _ms(run: Callable[[], object]) -> Callable[[], float]:
    return lambda: time_once(run) * 1000


def smtp_measurements(rounds: int) -> list[Measurement]:
    messages = build_messages(COUNT)
    flattened = [
        (*envelope(m), m.as_bytes(policy=m.policy.clone(linesep="\r\n"))) for m in messages
    ]
    with sink_server() as port:
        settings = SmtpSettings(HOST, port, "none", None, None)

        def ours() -> None:
            with SmtpTransport(settings) as transport:
                for message in messages:
                    transport.send(message)

        def bare() -> None:
            with smtplib.SMTP(HOST, port, local_hostname=EHLO_NAME) as smtp:
                for message in messages:
                    smtp.send_message(message)

        def flat() -> None:
            with smtplib.SMTP(HOST, port, local_hostname=EHLO_NAME) as smtp:
                for from_addr, to_addrs, data in flattened:
                    smtp.sendmail(from_addr, to_addrs, data)

        runs = [ours, bare, flat]
        for run in runs:
            run()  # warm-up
        ours_ms, bare_ms, flat_ms = interleaved_medians([_ms(run) for run in runs], rounds)
    note = f"{COUNT} pre-built emails back to back, one connection; aiosmtpd Sink in a process"
    return [
        Measurement(
            name=f"{COUNT:,} emails over SMTP",
            unit="ms",
            ours=ours_ms,
            baseline=bare_ms,
            baseline_name="smtplib send_message loop",
            rounds=rounds,
            target=f"<= {TARGET_RATIO:g}x baseline",
            target_met=ours_ms <= TARGET_RATIO * bare_ms,
            note=note,
        ),
        Measurement(
            name=f"{COUNT:,} emails over SMTP (flattened)",
            unit="ms",
            ours=ours_ms,
            baseline=flat_ms,
            baseline_name="smtplib sendmail of pre-flattened bytes",
            rounds=rounds,
            note=note + "; the floor: only the SMTP dialogue",
        ),
    ]


def postfix_measurements(rounds: int) -> list[Measurement]:
    """The same 1,000 emails through Debian's Postfix (STARTTLS, a login), beside smtplib.

    The test harness's private Postfix (tests/outbox/postfix_server.py), which needs root;
    elsewhere the row says why it is missing.
    """
    import shutil
    import ssl
    import tempfile
    from pathlib import Path

    from tests.outbox.postfix_server import HOST as NAME
    from tests.outbox.postfix_server import PASSWORD, USER, Postfix, missing

    name = f"{COUNT:,} emails through Postfix"
    why = missing()
    if why is not None:
        print(f"skipping {name}: {why}", file=sys.stderr)
        return []
    messages = build_messages(COUNT)
    folder = Path(tempfile.mkdtemp(prefix="tabling-postfix-bench-"))
    try:
        with Postfix(folder) as server:
            settings = SmtpSettings(
                NAME, server.port, "starttls", USER, PASSWORD, ca_file=str(server.certificate)
            )
            context = ssl.create_default_context(cafile=str(server.certificate))

            def ours() -> None:
                with SmtpTransport(settings) as transport:
                    for message in messages:
                        transport.send(message)

            def bare() -> None:
                with smtplib.SMTP(NAME, server.port, local_hostname=EHLO_NAME) as smtp:
                    smtp.starttls(context=context)
                    smtp.login(USER, PASSWORD)
                    for message in messages:
                        smtp.send_message(message)

            for run in (ours, bare):
                run()  # warm-up
            ours_ms, bare_ms = interleaved_medians([_ms(ours), _ms(bare)], rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Measurement(
            name=name,
            unit="ms",
            ours=ours_ms,
            baseline=bare_ms,
            baseline_name="smtplib send_message loop, same Postfix",
            rounds=rounds,
            target=f"<= {TARGET_RATIO:g}x baseline",
            target_met=ours_ms <= TARGET_RATIO * bare_ms,
            note="STARTTLS and a SASL login, one connection; Postfix delivers to a Maildir",
        )
    ]
