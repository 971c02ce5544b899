"""Campaign files: the shipped campaign, rendering its texts, and errors that name the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import paths
from desktop.campaigns import (
    ALLOWED,
    LANGUAGES,
    Campaign,
    CampaignError,
    RenderError,
    campaigns_dir,
    list_campaigns,
    load_campaign,
)

SHIPPED = campaigns_dir() / "safe-communities-act.yaml"

SIGNER = {
    "signer_name": "Ana Souza",
    "signer_first_name": "Ana",
    "signer_town": "Lowell",
    "member_name": "Rady Mom",
    "member_last_name": "Mom",
    "district": "18th Middlesex",
}

# A small valid campaign; each malformed file below is this with one change.
MINIMAL = """\
id: mini
title: Mini campaign
bills:
  - number: H.1
    title: An Act for testing
    sponsors: [Rep. Test]
asks:
  - title: {en: One, es: Uno, pt: Um, ht: En, zh: 一, vi: Một}
    text:
      en: First ask.
      es: Primera petición.
      pt: Primeiro pedido.
      ht: Premye demann.
      zh: 第一个诉求。
      vi: Yêu cầu thứ nhất.
letter:
  house: &letter
    subject: About {bills}
    salutation: Dear {member_title} {member_last_name},
    body:
      - I live in {signer_town}.
      - "{signer_note}"
    closing: ["{signer_name}"]
  senate: *letter
email:
  house: &email
    subject: About {bills}
    body: ["Dear {member_title} {member_last_name},", "{signer_note}", "{signer_name}"]
  senate: *email
call_script:
  en: |
    Hello, I am {signer_name}.
    Please ask {member_name}
    to support {bills}.
  es: Hola, soy {signer_name}. Pídale a {member_name} que apoye {bills}.
  pt: Olá, sou {signer_name}. Peça a {member_name} que apoie {bills}.
  ht: Bonjou, se {signer_name}. Mande {member_name} sipòte {bills}.
  zh: 您好，我是{signer_name}。请{member_name}支持{bills}。
  vi: Xin chào, tôi là {signer_name}. Xin {member_name} ủng hộ {bills}.
thank_you:
  en: Thank you, {signer_first_name}!
  es: ¡Gracias, {signer_first_name}!
  pt: Obrigado, {signer_first_name}!
  ht: Mèsi, {signer_first_name}!
  zh: 谢谢您，{signer_first_name}！
  vi: Cảm ơn {signer_first_name}!
"""  # noqa: RUF001 (Chinese punctuation is full-width)


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    return load_campaign(SHIPPED)


def _write(folder: Path, text: str, name: str = "mini") -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _changed(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new)


def _line_of(text: str, needle: str) -> int:
    assert text.count(needle) == 1, needle
    return text[: text.index(needle)].count("\n") + 1


def _error(path: Path) -> CampaignError:
    with pytest.raises(CampaignError) as caught:
        load_campaign(path)
    return caught.value


def _assert_error(path: Path, line: int, problem: str) -> None:
    error = _error(path)
    assert str(error) == f"{path}, line {line}: {problem}"
    assert (error.path, error.line) == (path, line)


# --- the shipped campaign ------------------------------------------------------------------


def test_shipped_campaign_is_found_in_the_project_resources() -> None:
    assert campaigns_dir() == paths.project_root() / "resources" / "campaigns"
    assert SHIPPED.is_file()
    assert "safe-communities-act" in [c.id for c in list_campaigns()]


def test_languages_are_named_in_their_own_script() -> None:
    assert list(LANGUAGES.items()) == [
        ("en", "English"),
        ("es", "Español"),
        ("pt", "Português"),
        ("ht", "Kreyòl ayisyen"),
        ("zh", "中文"),
        ("vi", "Tiếng Việt"),
    ]


def test_shipped_campaign_has_both_bills_with_their_sponsors(campaign: Campaign) -> None:
    assert campaign.id == "safe-communities-act"
    assert campaign.title == "Safe Communities Act"
    sponsors = {bill.number: bill.sponsors for bill in campaign.bills}
    assert sponsors == {
        "S.1401": ("Sen. Jamie Eldridge",),
        "H.3573": ("Rep. Ruth Balser", "Rep. Liz Miranda"),
    }
    assert all(bill.title for bill in campaign.bills)


def test_shipped_campaign_has_five_asks_in_six_languages(campaign: Campaign) -> None:
    assert len(campaign.asks) == 5
    texts = [t for ask in campaign.asks for t in (ask.title, ask.text)]
    texts += [campaign.call_script_text, campaign.thank_you_text]
    for text in texts:
        assert text.languages == tuple(LANGUAGES)
        assert len({text[lang] for lang in LANGUAGES}) == 6  # translated, not copied
    assert "287(g)" in campaign.asks[3].title["en"]
    assert "ICE" in campaign.asks[1].text["en"]


def test_shipped_campaign_has_house_and_senate_variants(campaign: Campaign) -> None:
    house = campaign.letter_for("house", **SIGNER)
    senate = campaign.letter_for("senate", **SIGNER)
    assert house.salutation == "Dear Representative Mom,"
    assert senate.salutation == "Dear Senator Mom,"
    assert "House leadership" in house.text and "Senate leadership" in senate.text
    assert "House leadership" in campaign.email_for("house", **SIGNER).body
    assert "Senate leadership" in campaign.email_for("senate", **SIGNER).body


# --- rendering ------------------------------------------------------------------------------


def test_letter_fills_every_placeholder(campaign: Campaign) -> None:
    letter = campaign.letter_for("house", **SIGNER)
    assert letter.subject == "Please support the Safe Communities Act (S.1401 and H.3573)"
    assert (
        "My name is Ana Souza, and I live in Lowell, in the 18th Middlesex District."
        in (letter.paragraphs[0])
    )
    assert letter.closing == ("Sincerely,", "Ana Souza", "Lowell, Massachusetts")
    assert not re.search(r"[{}]", letter.text)


def test_email_is_plain_text_with_paragraphs(campaign: Campaign) -> None:
    email = campaign.email_for("senate", **SIGNER)
    assert email.subject == "Please support the Safe Communities Act (S.1401 and H.3573)"
    assert email.body.startswith("Dear Senator Mom,\n\nMy name is Ana Souza")
    assert email.body.endswith("Sincerely,\nAna Souza\nLowell, Massachusetts")
    assert not re.search(r"[{}]", email.body)


def test_a_personal_note_is_its_own_paragraph_or_left_out(campaign: Campaign) -> None:
    without = campaign.letter_for("house", **SIGNER)
    empty = campaign.letter_for("house", **SIGNER, signer_note="  ")
    note = "My brother was afraid to report a break-in."
    with_note = campaign.letter_for("house", **SIGNER, signer_note=note)
    assert without == empty
    assert len(with_note.paragraphs) == len(without.paragraphs) + 1
    assert note in with_note.paragraphs
    assert f"\n\n{note}\n\n" in campaign.email_for("senate", **SIGNER, signer_note=note).body


def test_call_script_and_thank_you_in_every_language(campaign: Campaign) -> None:
    for lang in LANGUAGES:
        script = campaign.call_script(lang, **SIGNER)
        assert "Ana Souza" in script and "Rady Mom" in script and "Lowell" in script
        assert "S.1401" in script and "H.3573" in script
        assert "Ana" in campaign.thank_you(lang, **SIGNER)
    assert "S.1401 y H.3573" in campaign.call_script("es", **SIGNER)
    assert campaign.thank_you("en", signer_first_name="Ana").startswith("Thank you, Ana,")


def test_values_are_inserted_literally(campaign: Campaign) -> None:
    tricky = dict(SIGNER, signer_name="{member_name} <b>", signer_first_name="{x}")
    letter = campaign.letter_for("house", **tricky, signer_note="{{bills}} {0} {")
    assert "My name is {member_name} <b>, and" in letter.paragraphs[0]
    assert "{{bills}} {0} {" in letter.paragraphs
    assert "{member_name} <b>" in campaign.email_for("senate", **tricky).body
    assert "{member_name} <b>" in campaign.call_script("zh", **tricky)
    assert campaign.thank_you("en", **tricky).startswith("Thank you, {x},")


def test_a_missing_value_is_named(campaign: Campaign) -> None:
    values = {k: v for k, v in SIGNER.items() if k != "signer_town"}
    with pytest.raises(RenderError, match=r"letter\.house\.body\[0\] needs .*\{signer_town\}"):
        campaign.letter_for("house", **values)
    with pytest.raises(RenderError, match=r"thank_you\.vi needs a value for \{signer_first_name\}"):
        campaign.thank_you("vi")


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"signer_nme": "Ana"}, "signer_nme is not a value"),
        ({"member_title": "Senator"}, "member_title is filled in by the campaign"),
        ({"bills": "H.1"}, "bills is filled in by the campaign"),
        ({"signer_name": None}, "signer_name must be text, not NoneType"),
        ({"signer_town": 12}, "signer_town must be text, not int"),
    ],
)
def test_values_that_are_not_taken(
    campaign: Campaign, values: dict[str, object], problem: str
) -> None:
    with pytest.raises(RenderError, match=problem):
        campaign.letter_for("house", **dict(SIGNER, **values))  # type: ignore[arg-type]


def test_unknown_language_or_chamber(campaign: Campaign) -> None:
    with pytest.raises(RenderError, match="language 'fr' is not one of en, es, pt, ht, zh, vi"):
        campaign.call_script("fr", **SIGNER)
    with pytest.raises(RenderError, match="chamber must be 'house' or 'senate', not 'congress'"):
        campaign.letter_for("congress", **SIGNER)


# --- loading other files ---------------------------------------------------------------------


def test_the_minimal_campaign_loads(tmp_path: Path) -> None:
    mini = load_campaign(_write(tmp_path, MINIMAL))
    assert mini.bills_text("zh") == "H.1"
    assert mini.call_script("en", **SIGNER) == (
        "Hello, I am Ana Souza.\nPlease ask Rady Mom\nto support H.1.\n"
    )
    assert mini.letters.house == mini.letters.senate
    assert mini.source == tmp_path / "mini.yaml"


def test_list_campaigns_orders_by_title(tmp_path: Path) -> None:
    _write(tmp_path, MINIMAL)
    _write(tmp_path, MINIMAL.replace("id: mini", "id: abc").replace("Mini", "Zebra"), "abc")
    assert [c.id for c in list_campaigns(tmp_path)] == ["mini", "abc"]


def test_a_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = _changed("title: An Act for testing", "title: An Act: for testing")
    path = _write(tmp_path, text)
    line = _line_of(text, "An Act: for")
    _assert_error(path, line, "is not valid YAML: mapping values are not allowed here")


def test_a_missing_language(tmp_path: Path) -> None:
    text = _changed("      es: Primera petición.\n", "")
    _assert_error(_write(tmp_path, text), _line_of(text, "    text:"), "asks[0].text.es is missing")


def test_an_extra_language(tmp_path: Path) -> None:
    text = _changed("ht: En, ", "ht: En, fr: Un, ")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "fr: Un"),
        "asks[0].title.fr is not known here;"
        " asks[0].title takes the languages en, es, pt, ht, zh, vi",
    )


def test_an_unknown_placeholder(tmp_path: Path) -> None:
    text = _changed("I live in {signer_town}.", "I live in {signer_city}.")
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, "{signer_city}")
    assert error.problem.startswith(
        "letter.house.body[0] uses {signer_city}, which is not allowed here (allowed: {bills},"
    )


def test_a_placeholder_not_allowed_in_that_field(tmp_path: Path) -> None:
    text = _changed(
        "  house: &email\n    subject: About {bills}", "  house: &email\n    subject: {x}"
    )
    text = text.replace("subject: {x}", "subject: From {signer_name}")
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, "From {signer_name}")
    assert error.problem.startswith("email.house.subject uses {signer_name}, which is not allowed")


def test_a_placeholder_in_a_block_names_its_own_line(tmp_path: Path) -> None:
    text = _changed("    to support {bills}.", "    to support {bill}.")
    error = _error(_write(tmp_path, text))
    assert (error.line, error.problem[:32]) == (
        _line_of(text, "{bill}."),
        "call_script.en uses {bill}, whic",
    )


def test_translations_name_the_same_placeholders(tmp_path: Path) -> None:
    text = _changed("que apoye {bills}.", "que apoye la ley.")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "que apoye la ley"),
        "call_script.es leaves out {bills} used in en",
    )


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("Thank you, {signer_first_name}!", "Thank you, {signer_first_name!r}!", "has {"),
        ("Thank you, {signer_first_name}!", "Thank you, {signer_first_name", "has a '{'"),
        ("Thank you, {signer_first_name}!", "Thank you {0} {signer_first_name}", "uses {0}"),
        ("en: One,", 'en: "One {bills}",', "asks[0].title.en takes no placeholders"),
    ],
)
def test_malformed_placeholders(tmp_path: Path, old: str, new: str, problem: str) -> None:
    text = _changed(old, new)
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, new)
    assert problem in error.problem


def test_a_wrong_type(tmp_path: Path) -> None:
    text = _changed("sponsors: [Rep. Test]", "sponsors: Rep. Test")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "sponsors:"),
        "bills[0].sponsors must be a list, not text",
    )
    text = _changed("title: Mini campaign", "title: 42")
    _assert_error(_write(tmp_path, text), 2, "title must be text, not a number")


def test_an_empty_value(tmp_path: Path) -> None:
    text = _changed("      vi: Yêu cầu thứ nhất.", "      vi:")
    _assert_error(_write(tmp_path, text), _line_of(text, "vi:\n"), "asks[0].text.vi is empty")


def test_an_unknown_key(tmp_path: Path) -> None:
    text = _changed("    sponsors: [Rep. Test]\n", "    sponsors: [Rep. Test]\n    colour: red\n")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "colour"),
        "bills[0].colour is not known here; bills[0] takes keys number, title, sponsors",
    )


def test_a_key_given_twice(tmp_path: Path) -> None:
    text = _changed("title: Mini campaign\n", "title: Mini campaign\ntitle: Again\n")
    _assert_error(_write(tmp_path, text), 3, "title is given twice (first on line 2)")


def test_a_missing_chamber(tmp_path: Path) -> None:
    text = _changed("  senate: *email\n", "")
    _assert_error(_write(tmp_path, text), _line_of(text, "email:"), "email.senate is missing")


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL, "other")
    _assert_error(path, 1, "id 'mini' must match the file name 'other'")


def test_an_empty_or_missing_file(tmp_path: Path) -> None:
    empty = _write(tmp_path, "# nothing yet\n")
    assert str(_error(empty)) == f"{empty}: is empty"
    missing = tmp_path / "missing.yaml"
    assert str(_error(missing)).startswith(f"{missing}: cannot be read")


def test_bytes_that_are_not_text_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_bytes(MINIMAL.replace("Mini campaign", "Mini \x07").encode())
    _assert_error(path, 2, "is not valid YAML: special characters are not allowed (U+0007)")
    path.write_bytes(MINIMAL.replace("Mini campaign", "Mini").encode() + b"\n# caf\xe9\n")
    _assert_error(path, MINIMAL.count("\n") + 2, "is not UTF-8 text")


def test_every_field_has_an_allowed_set() -> None:
    assert set(ALLOWED) == {
        "asks",
        "letter.subject",
        "letter.salutation",
        "letter.body",
        "letter.closing",
        "email.subject",
        "email.body",
        "call_script",
        "thank_you",
        "confirmation.subject",
        "confirmation.body",
        "messages.subject",
        "messages.body",
    }
    for field in ("letter.subject", "email.subject", "call_script", "thank_you"):
        assert "signer_note" not in ALLOWED[field]


# --- the confirmation email to a signer ------------------------------------------------------

LEGISLATORS = [
    ("State Representative", "Rady Mom", "(617) 722-2000"),
    ("State Senator", "Edward J. Kennedy", "(617) 722-1630"),
]
SENT_TO = ["Rady Mom", "Edward J. Kennedy"]
SIGNER_ONLY = {k: SIGNER[k] for k in ("signer_name", "signer_first_name", "signer_town")}

# MINIMAL with a confirmation section; each malformed one below is this with one change.
CONFIRMATION = """\
confirmation:
  subject: {en: Thanks, es: Gracias, pt: Obrigado, ht: Mèsi, zh: 谢谢, vi: Cảm ơn}
  body:
    en:
      - "Dear {signer_first_name},"
      - We emailed {sent_to}.
      - |-
        Call them:
        {phones}
      - "{call_script}"
    es: ["Hola, {signer_first_name}:", "Escribimos a {sent_to}.", "{phones}", "{call_script}"]
    pt: ["Olá, {signer_first_name},", "Escrevemos a {sent_to}.", "{phones}", "{call_script}"]
    ht: ["Bonjou {signer_first_name},", "Nou ekri {sent_to}.", "{phones}", "{call_script}"]
    zh: ["{signer_first_name}，您好：", "我们给{sent_to}写了信。{phones}", "{call_script}"]
    vi: ["Chào {signer_first_name},", "Chúng tôi đã viết cho {sent_to}. {phones} {call_script}"]
"""  # noqa: RUF001 (Chinese punctuation is full-width)
WITH_CONFIRMATION = MINIMAL + CONFIRMATION


def _with_confirmation(old: str, new: str) -> str:
    assert WITH_CONFIRMATION.count(old) == 1, old
    return WITH_CONFIRMATION.replace(old, new)


def test_shipped_confirmation_is_in_six_languages(campaign: Campaign) -> None:
    confirmation = campaign.confirmation
    assert confirmation is not None
    assert confirmation.subject.languages == tuple(LANGUAGES)
    assert confirmation.body.languages == tuple(LANGUAGES)
    assert len({confirmation.subject[lang] for lang in LANGUAGES}) == 6
    assert len({confirmation.body[lang] for lang in LANGUAGES}) == 6


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_shipped_confirmation_says_what_was_sent_whom_to_call_and_what_to_say(
    campaign: Campaign, lang: str
) -> None:
    rendered = campaign.confirmation_for(
        lang, legislators=LEGISLATORS, sent_to=SENT_TO, **SIGNER_ONLY
    )
    confirmation = campaign.confirmation
    assert confirmation is not None
    assert rendered.language == lang
    assert rendered.subject == confirmation.subject[lang]
    assert "Ana" not in rendered.subject  # subjects carry nothing about the signer
    body = rendered.body
    assert body.startswith(confirmation.body[lang][0].format(signer_first_name="Ana") + "\n\n")
    assert "Rady Mom" in body and "Edward J. Kennedy" in body
    assert "(617) 722-2000" in body and "(617) 722-1630" in body
    assert "S.1401" in body and "H.3573" in body
    for member in ("Rady Mom", "Edward J. Kennedy"):
        script = campaign.call_script(lang, **SIGNER_ONLY, member_name=member)
        assert script in body
    assert not re.search(r"[{}]", body)
    assert "\n\n\n" not in body


def test_shipped_confirmation_lists_names_and_phones_in_the_signers_language(
    campaign: Campaign,
) -> None:
    english = campaign.confirmation_for(
        "en", legislators=LEGISLATORS, sent_to=SENT_TO, **SIGNER_ONLY
    ).body
    assert "in your name to Rady Mom and Edward J. Kennedy, asking" in english
    assert "numbers:\nState Representative Rady Mom: (617) 722-2000\n" in english
    assert "State Representative Rady Mom:\nHello, my name is Ana Souza" in english
    spanish = campaign.confirmation_for(
        "es", legislators=LEGISLATORS, sent_to=SENT_TO, **SIGNER_ONLY
    ).body
    assert "a Rady Mom y Edward J. Kennedy para" in spanish
    chinese = campaign.confirmation_for(
        "zh", legislators=LEGISLATORS[:1], sent_to=SENT_TO[:1], **SIGNER_ONLY
    ).body
    assert "State Representative Rady Mom\uff1a(617) 722-2000" in chinese
    assert "给Rady Mom发送" in chinese


def test_shipped_confirmation_leaves_out_what_there_is_nothing_to_list(
    campaign: Campaign,
) -> None:
    full = campaign.confirmation_for("pt", legislators=LEGISLATORS, sent_to=SENT_TO, **SIGNER_ONLY)
    no_email = campaign.confirmation_for("pt", legislators=LEGISLATORS, sent_to=[], **SIGNER_ONLY)
    nothing = campaign.confirmation_for("pt", legislators=[], sent_to=[], **SIGNER_ONLY)
    paragraphs = full.body.split("\n\n")
    assert "Estamos enviando" in full.body and "Estamos enviando" not in no_email.body
    assert no_email.body.count("\n\n") == full.body.count("\n\n") - 1
    assert "(617)" in no_email.body and "(617)" not in nothing.body
    assert "Olá, Ana," == paragraphs[0] == nothing.body.split("\n\n")[0]
    assert nothing.body.endswith(paragraphs[-1])


def test_a_phone_may_be_unknown(campaign: Campaign) -> None:
    body = campaign.confirmation_for(
        "en", legislators=[("State Senator", "Edward J. Kennedy", " ")], sent_to=[], **SIGNER_ONLY
    ).body
    assert "numbers:\nState Senator Edward J. Kennedy\n\n" in body


def test_confirmation_lists_are_filled_in_by_the_campaign(campaign: Campaign) -> None:
    for name in ("phones", "call_script"):  # sent_to is a list the caller passes
        with pytest.raises(RenderError, match=f"{name} is filled in by the campaign"):
            campaign.confirmation_for(
                "en", legislators=[], sent_to=[], **SIGNER_ONLY, **{name: "x"}
            )
    with pytest.raises(RenderError, match="language 'fr' is not one of"):
        campaign.confirmation_for("fr", legislators=[], sent_to=[], **SIGNER_ONLY)
    with pytest.raises(RenderError, match=r"confirmation\.body\.en\[0\] needs .*signer_first"):
        campaign.confirmation_for("en", legislators=[], sent_to=[], signer_name="Ana Souza")


def test_a_campaign_without_a_confirmation_loads_but_cannot_confirm(tmp_path: Path) -> None:
    mini = load_campaign(_write(tmp_path, MINIMAL))
    assert mini.confirmation is None
    with pytest.raises(RenderError, match="campaign 'mini' has no confirmation section"):
        mini.confirmation_for("en", legislators=[], sent_to=[], **SIGNER_ONLY)


def test_the_minimal_confirmation_loads_and_renders(tmp_path: Path) -> None:
    mini = load_campaign(_write(tmp_path, WITH_CONFIRMATION))
    assert mini.confirmation is not None
    assert mini.confirmation.body["es"][1] == "Escribimos a {sent_to}."
    rendered = mini.confirmation_for(
        "en", legislators=LEGISLATORS[:1], sent_to=SENT_TO[:1], **SIGNER_ONLY
    )
    assert rendered.subject == "Thanks"
    assert rendered.body == (
        "Dear Ana,\n\nWe emailed Rady Mom.\n\n"
        "Call them:\nState Representative Rady Mom: (617) 722-2000\n\n"
        "State Representative Rady Mom:\n"
        "Hello, I am Ana Souza.\nPlease ask Rady Mom\nto support H.1.\n"
    )
    assert mini.confirmation_for("vi", legislators=[], sent_to=[], **SIGNER_ONLY).body == (
        "Chào Ana,"
    )


def test_an_unknown_key_names_the_optional_confirmation(tmp_path: Path) -> None:
    text = MINIMAL + "colour: red\n"
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "colour"),
        "colour is not known here; a campaign takes keys id, title, bills, asks, letter, email,"
        " call_script, thank_you, confirmation, messages",
    )


def test_a_message_text_is_named_by_its_kind_and_checked_like_the_rest(tmp_path: Path) -> None:
    langs = "".join(f"      {lang}: Thank you again\n" for lang in LANGUAGES)
    body = "".join(
        f"      {lang}: ['Dear {{signer_first_name}}, see you soon']\n" for lang in LANGUAGES
    )
    good = MINIMAL + f"messages:\n  follow_up:\n    subject:\n{langs}    body:\n{body}"
    campaign = load_campaign(_write(tmp_path, good))
    assert campaign.message_for("follow_up", "vi", signer_first_name="Lan").body == (
        "Dear Lan, see you soon"
    )
    bad = good.replace("follow_up:", "Follow-Up:")
    _assert_error(
        _write(tmp_path, bad),
        _line_of(bad, "Follow-Up:"),
        "messages.Follow-Up: a kind is lower-case words joined by '_'",
    )
    sneaky = good.replace("Thank you again", "Thank you {signer_name}")
    error = _error(_write(tmp_path, sneaky))
    assert error.problem.startswith("messages.follow_up.subject.en uses {signer_name}")


def test_a_confirmation_placeholder_not_allowed_in_that_field(tmp_path: Path) -> None:
    text = _with_confirmation("We emailed {sent_to}.", "We emailed {member_name}.")
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, "{member_name}.")
    assert error.problem == (
        "confirmation.body.en[1] uses {member_name}, which is not allowed here (allowed:"
        " {bills}, {call_script}, {phones}, {sent_to}, {signer_first_name}, {signer_name})"
    )
    text = _with_confirmation("subject: {en: Thanks,", 'subject: {en: "Thanks {signer_name}",')
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, "Thanks {signer_name}")
    assert error.problem.startswith("confirmation.subject.en uses {signer_name}, which is not")
    text = _with_confirmation(
        "        Call them:\n        {phones}", "        Call:\n        {phone}"
    )
    error = _error(_write(tmp_path, text))
    assert (error.line, error.problem[:38]) == (
        _line_of(text, "{phone}"),
        "confirmation.body.en[2] uses {phone}, ",
    )


def test_the_letter_and_email_cannot_name_the_confirmation_lists(tmp_path: Path) -> None:
    text = _changed("I live in {signer_town}.", "I live in {signer_town}. {phones}")
    error = _error(_write(tmp_path, text))
    assert error.problem.startswith("letter.house.body[0] uses {phones}, which is not allowed")


def test_confirmation_translations_name_the_same_placeholders(tmp_path: Path) -> None:
    text = _with_confirmation('"Nou ekri {sent_to}.", ', "")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "    ht: ["),
        "confirmation.body.ht leaves out {sent_to} used in en",
    )
    text = _with_confirmation("Chúng tôi đã viết cho {sent_to}.", "{bills} {sent_to}.")
    _assert_error(
        _write(tmp_path, text),
        _line_of(text, "    vi: ["),
        "confirmation.body.vi uses {bills} but en does not",
    )


@pytest.mark.parametrize(
    ("old", "new", "needle", "problem"),
    [
        ("    pt: [", "    fr: [", "    fr: [", "confirmation.body.fr is not known here;"),
        ("\n  body:\n", "\n  bodies:\n", "  bodies:", "confirmation.bodies is not known here;"),
        (
            '    es: ["Hola, {signer_first_name}:", "Escribimos a {sent_to}.", "{phones}",'
            ' "{call_script}"]',
            "    es: Hola",
            "    es: Hola",
            "confirmation.body.es must be a list, not text",
        ),
        (
            '    vi: ["Chào {signer_first_name},", "Chúng tôi đã viết cho {sent_to}. {phones}'
            ' {call_script}"]',
            "    vi: []",
            "    vi: []",
            "confirmation.body.vi is an empty list",
        ),
    ],
)
def test_a_malformed_confirmation_names_its_line(
    tmp_path: Path, old: str, new: str, needle: str, problem: str
) -> None:
    text = _with_confirmation(old, new)
    error = _error(_write(tmp_path, text))
    assert error.line == _line_of(text, needle)
    assert error.problem.startswith(problem)


def test_a_confirmation_without_a_subject(tmp_path: Path) -> None:
    text = _with_confirmation(
        "  subject: {en: Thanks, es: Gracias, pt: Obrigado, ht: Mèsi, zh: 谢谢, vi: Cảm ơn}\n", ""
    )
    _assert_error(
        _write(tmp_path, text), _line_of(text, "confirmation:"), "confirmation.subject is missing"
    )
