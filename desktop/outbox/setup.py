"""From the settings and the keyring to a SyncConfig, saying plainly what is missing."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from desktop.campaigns import Campaign, campaign_path, load_campaign
from desktop.outbox.runner import SyncConfig
from desktop.secrets import ACTIONNETWORK_API_KEY, SMTP_PASSWORD, get_secret
from desktop.settings import (
    ACTIONNETWORK_BASE_URL,
    ACTIONNETWORK_ENABLED,
    ACTIONNETWORK_TAGS,
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


def sync_config(settings: Settings) -> tuple[SyncConfig, list[str]]:
    from desktop.outbox.crm import ActionNetwork
    from desktop.outbox.messages import Sender
    from desktop.outbox.smtp import SmtpSettings, SmtpSettingsError

    problems = []
    smtp = sender = None
    if settings.get(SMTP_HOST) and settings.get(SMTP_FROM):
        user = settings.get(SMTP_USER) or None
        try:
            smtp = SmtpSettings(
                host=settings.get(SMTP_HOST), port=settings.get(SMTP_PORT),
                security=settings.get(SMTP_SECURITY),  # type: ignore[arg-type]
                user=user, password=get_secret(SMTP_PASSWORD) if user else None,
                ca_file=settings.get(SMTP_CA_FILE) or None,
            )  # fmt: skip
        except SmtpSettingsError as exc:
            problems.append(f"Emails wait: {exc}")
        else:
            organization = settings.get(SMTP_ORGANIZATION) or "the coalition"
            sender = Sender(settings.get(SMTP_FROM), organization)
    else:
        problems.append(
            "Emails wait: set the mail server and the sending address (smtp.host, smtp.from)."
        )
    crm = None
    if settings.get(ACTIONNETWORK_ENABLED):
        key = get_secret(ACTIONNETWORK_API_KEY)
        if key:
            try:
                crm = ActionNetwork(settings.get(ACTIONNETWORK_BASE_URL), key, settings=settings)
            except ValueError as exc:
                problems.append(f"Action Network records wait: {exc}")
        else:
            problems.append(
                "Action Network records wait: no API key is set (Sending settings, or"
                " `tabling secret set actionnetwork.api_key`)."
            )
    rate = settings.get(SYNC_RATE_LIMIT)
    tags = tuple(t.strip() for t in settings.get(ACTIONNETWORK_TAGS).split(",") if t.strip())
    return SyncConfig(smtp, sender, crm, crm_tags=tags, rate_limit=rate), problems


def campaign_loader() -> Callable[[str], Campaign]:
    @lru_cache(maxsize=8)
    def load(campaign_id: str) -> Campaign:
        return load_campaign(campaign_path(campaign_id))

    return load
