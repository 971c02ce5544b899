"""Campaigns: what we ask legislators to do, read from YAML files in resources/campaigns/.

A campaign file, `<id>.yaml`::

    id: safe-communities-act          # lower-case words joined by '-', the file's name
    title: Safe Communities Act
    bills:                            # one or more
      - {number: S.1401, title: An Act ..., sponsors: [Sen. Jamie Eldridge]}
    asks:                             # one or more; title and text in every language
      - title: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
        text: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
    letter:                           # English; a house and a senate variant
      house: {subject: ..., salutation: ..., body: [paragraph, ...], closing: [line, ...]}
      senate: {...}
    email:                            # English; body paragraphs hold salutation and sign-off
      house: {subject: ..., body: [paragraph, ...]}
      senate: {...}
    call_script: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
    thank_you: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
    confirmation:                     # optional: the email to a signer, in every language
      subject: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
      body: {en: [paragraph, ...], es: [...], pt: [...], ht: [...], zh: [...], vi: [...]}
    messages:                         # optional: other emails to a signer, by kind of
      follow_up:                      # outbox message (desktop/outbox/kinds.py)
        subject: {en: ..., es: ..., pt: ..., ht: ..., zh: ..., vi: ...}
        body: {en: [paragraph, ...], ...}

Texts name values in braces, `{signer_name}`; placeholders.ALLOWED says which each field
may use, and every translation of a text names the same ones. Keys not listed are errors.
"""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.campaigns.errors import CampaignError, RenderError
from desktop.campaigns.loader import load_campaign
from desktop.campaigns.model import (
    CHAMBERS,
    LANGUAGES,
    MEMBER_TITLES,
    Ask,
    Bill,
    ByChamber,
    Campaign,
    Chamber,
    ConfirmationTemplate,
    EmailTemplate,
    Legislator,
    LetterTemplate,
    RenderedConfirmation,
    RenderedEmail,
    RenderedLetter,
    Translated,
    TranslatedParagraphs,
)
from desktop.campaigns.placeholders import ALL_PLACEHOLDERS, ALLOWED, OPTIONAL

__all__ = [
    "ALLOWED",
    "ALL_PLACEHOLDERS",
    "CHAMBERS",
    "LANGUAGES",
    "MEMBER_TITLES",
    "OPTIONAL",
    "Ask",
    "Bill",
    "ByChamber",
    "Campaign",
    "CampaignError",
    "Chamber",
    "ConfirmationTemplate",
    "EmailTemplate",
    "Legislator",
    "LetterTemplate",
    "RenderError",
    "RenderedConfirmation",
    "RenderedEmail",
    "RenderedLetter",
    "Translated",
    "TranslatedParagraphs",
    "campaign_path",
    "campaigns_dir",
    "list_campaigns",
    "load_campaign",
    "user_campaigns_dir",
]


def campaigns_dir() -> Path:
    """The bundled campaign files: resources/campaigns/ (in the project or the bundle)."""
    return paths.resource_path("campaigns")


def user_campaigns_dir() -> Path:
    """A coalition's own campaign files, beside its data: they add to the bundled ones, and
    one with a bundled campaign's id replaces it (no rebuild of the app to change a letter)."""
    return paths.user_home() / "campaigns"


def campaign_path(campaign_id: str) -> Path:
    """The file of campaign `campaign_id`: the user's own, else the bundled one."""
    own = user_campaigns_dir() / f"{campaign_id}.yaml"
    return own if own.is_file() else campaigns_dir() / f"{campaign_id}.yaml"


def list_campaigns(folder: Path | str | None = None) -> list[Campaign]:
    """Every campaign in `folder` (default: the bundled ones and the user's), ordered by title.

    One malformed file raises its CampaignError: an organizer must see it, not lose a campaign.
    """
    if folder is not None:
        files = sorted(Path(folder).glob("*.yaml"))
    else:
        by_name = {p.name: p for p in sorted(campaigns_dir().glob("*.yaml"))}
        by_name |= {p.name: p for p in sorted(user_campaigns_dir().glob("*.yaml"))}
        files = [by_name[name] for name in sorted(by_name)]
    campaigns = [load_campaign(path) for path in files]
    return sorted(campaigns, key=lambda campaign: (campaign.title.casefold(), campaign.id))
