"""Sending settings: the mail server, the sending address, Action Network, and a test.

Passwords and keys go to the system keyring (desktop/secrets.py), never to settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import secrets
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.settings import (
    ACTIONNETWORK_BASE_URL,
    ACTIONNETWORK_ENABLED,
    SMTP_CA_FILE,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_ORGANIZATION,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    SYNC_RATE_LIMIT,
    Settings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sending settings"))
        self.settings, self.pool = settings, pool
        self.host = named(QLineEdit(settings.get(SMTP_HOST)), "smtpHost")
        self.port = named(QSpinBox(), "smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(settings.get(SMTP_PORT))
        self.security = named(QComboBox(), "smtpSecurity")
        self.security.addItems(list(SMTP_SECURITY.choices))
        self.security.setCurrentText(settings.get(SMTP_SECURITY))
        self.user = named(QLineEdit(settings.get(SMTP_USER)), "smtpUser")
        self.password = named(QLineEdit(), "smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring; empty: unchanged"))
        self.sending_address = named(QLineEdit(settings.get(SMTP_FROM)), "smtpFrom")
        self.organization = named(QLineEdit(settings.get(SMTP_ORGANIZATION)), "smtpOrganization")
        self.ca_file = named(QLineEdit(settings.get(SMTP_CA_FILE)), "smtpCaFile")
        self.ca_file.setPlaceholderText(self.tr("empty: the system's certificate authorities"))
        self.rate = named(QDoubleSpinBox(), "rateLimit")
        self.rate.setRange(0, 50)
        self.rate.setValue(settings.get(SYNC_RATE_LIMIT))
        self.crm = named(QCheckBox(self.tr("Send sign-ups to Action Network")), "crmEnabled")
        self.crm.setChecked(settings.get(ACTIONNETWORK_ENABLED))
        self.crm_url = named(QLineEdit(settings.get(ACTIONNETWORK_BASE_URL)), "crmUrl")
        self.crm_key = named(QLineEdit(), "crmKey")
        self.crm_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.crm_key.setPlaceholderText(self.tr("kept in the system keyring; empty: unchanged"))
        form = QFormLayout()
        for label, field in (
            (self.tr("Mail server"), self.host), (self.tr("Port"), self.port),
            (self.tr("Security"), self.security), (self.tr("User name"), self.user),
            (self.tr("Password"), self.password),
            (self.tr("Sending address"), self.sending_address),
            (self.tr("Coalition name"), self.organization),
            (self.tr("Certificate authority file (PEM)"), self.ca_file),
            (self.tr("Emails per second (0: no limit)"), self.rate),
            ("", self.crm), (self.tr("Action Network API"), self.crm_url),
            (self.tr("API key"), self.crm_key),
        ):  # fmt: skip
            field.setAccessibleName(label or "Action Network")
            form.addRow(label, field)
        self.test_button = named(QPushButton(self.tr("Send test email")), "sendTest")
        self.test_button.clicked.connect(self.send_test)
        self.message = named(QLabel(), "settingsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        ca_file = self.ca_file.text().strip()
        if ca_file:
            from desktop.outbox.smtp import SmtpSettingsError, check_ca_file

            try:
                check_ca_file(ca_file)
            except SmtpSettingsError as exc:
                self.message.setText(self.tr("Not saved: %1.").replace("%1", str(exc)))
                return False
        try:  # https only (desktop/web.py): a plain http address is not saved
            ACTIONNETWORK_BASE_URL.check(self.crm_url.text().strip())
        except ValueError as exc:
            self.message.setText(self.tr("Not saved: %1.").replace("%1", str(exc).rstrip(".")))
            return False
        self.settings.set(SMTP_CA_FILE, ca_file)
        settings = self.settings
        settings.set(SMTP_HOST, self.host.text().strip())
        settings.set(SMTP_PORT, self.port.value())
        settings.set(SMTP_SECURITY, self.security.currentText())
        settings.set(SMTP_USER, self.user.text().strip())
        settings.set(SMTP_FROM, self.sending_address.text().strip())
        settings.set(SMTP_ORGANIZATION, self.organization.text().strip())
        settings.set(SYNC_RATE_LIMIT, float(self.rate.value()))
        settings.set(ACTIONNETWORK_ENABLED, self.crm.isChecked())
        settings.set(ACTIONNETWORK_BASE_URL, self.crm_url.text().strip())
        try:
            for name, field in (
                (secrets.SMTP_PASSWORD, self.password),
                (secrets.ACTIONNETWORK_API_KEY, self.crm_key),
            ):
                if field.text():
                    secrets.set_secret(name, field.text())
                    field.clear()
        except secrets.SecretStoreUnavailable:
            # The command line's advice (an environment variable) means nothing here.
            self.message.setText(
                self.tr(
                    "Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one."
                )
            )
            return False
        self.message.setText(self.tr("Settings saved."))
        return True

    def send_test(self) -> None:
        from desktop.outbox.check import send_test_email
        from desktop.outbox.setup import sync_config

        self.save()
        config, problems = sync_config(self.settings)
        if config.smtp is None or config.sender is None:
            self.message.setText(
                " ".join(problems) or self.tr("Set the mail server and the sending address first.")
            )
            return
        smtp, sender = config.smtp, config.sender
        self.message.setText(self.tr("Sending a test email…"))
        self.test_button.setEnabled(False)

        def done(_message_id: str) -> None:
            self.test_button.setEnabled(True)
            self.message.setText(
                self.tr("Test email sent to %1. The settings work.").replace("%1", sender.address)
            )

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.message.setText(
                self.tr("The test email was not sent: %1").replace("%1", str(error))
            )

        run_in_background(self.pool, lambda _task: send_test_email(smtp, sender), done, failed)
