"""The "Send test email" check: one message to the sending address itself, through the
settings as they are, so the volunteer learns at once whether the settings work."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from desktop.outbox.messages import Sender, make_message_id
from desktop.outbox.queue import message_domain
from desktop.outbox.smtp import SmtpSettings, SmtpTransport


def send_test_email(settings: SmtpSettings, sender: Sender) -> str:
    """Send it; returns the Message-ID. Raises the transport's errors, worded for people."""
    message = EmailMessage()
    message["From"] = sender.address
    message["To"] = sender.address
    message["Subject"] = "Tabling app: test email"
    message["Date"] = dt.datetime.now(dt.UTC)
    message["Message-ID"] = make_message_id(message_domain(sender.address))
    message.set_content(
        "This test shows that the tabling app can send email with these settings.\n"
    )
    with SmtpTransport(settings) as transport:
        transport.send(message)
    return str(message["Message-ID"])
