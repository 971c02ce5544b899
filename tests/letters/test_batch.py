"""A delivery batch read back with poppler: pages, names, grouping, cover counts, safety."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from desktop.campaigns import Campaign
from desktop.letters.batch import BatchCancelled, render_batch, render_letters
from desktop.letters.model import LetterJob, Recipient
from tests.letters import poppler
from tests.letters.conftest import MIRANDA, NAMES, OFFICES, SIGNERS, job

pytestmark = poppler.needs_poppler


def test_pages_are_letters_plus_cover_sheets(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    out = tmp_path / "batch.pdf"
    report = render_batch(event_jobs, campaign, out)
    assert report.letters == len(event_jobs) == 12
    assert report.pages == 12 + 3
    assert poppler.page_count(out) == report.pages
    assert sorted(report.codes) == sorted(j.code for j in event_jobs)


def test_every_name_member_and_room_reads_back(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    out = tmp_path / "batch.pdf"
    render_batch(event_jobs, campaign, out)
    text = poppler.text(out)
    lines = text.splitlines()
    for name in NAMES:
        assert name in lines, name  # the return address: the name alone on its line
    assert "Ana Lima" in lines
    assert "<img src=x> 1 Main St." in lines
    assert "<font size=40> (Boston), MA" in lines
    for office in OFFICES:
        assert office.name in text
        assert f"Room {office.room}, State House" in text
    assert "Dear Representative Miranda," in text
    assert "Dear Senator Eldridge," in text
    assert "Boston, MA 02133" in text
    assert "Framingham, MA 01701" in text


def test_letters_are_grouped_by_office_behind_a_cover_with_their_count(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    out = tmp_path / "batch.pdf"
    report = render_batch(event_jobs, campaign, out)
    pages = [poppler.flat(p) for p in poppler.pages(out)]
    assert len(pages) == len(report.order) == 15
    offices = {o.member_id: o for o in OFFICES}
    jobs = {j.code: j for j in event_jobs}
    covers = [i for i, page in enumerate(pages) if "Cover sheet" in page]
    assert covers == [i for i, p in enumerate(report.order) if p.kind == "cover"] == [0, 5, 10]
    # Offices by room number: 128 (Miranda), 136 (Balser), 413-C (Eldridge).
    members = [report.order[i].member_id for i in covers]
    assert [offices[m].name for m in members] == ["Liz Miranda", "Ruth Balser", "Jamie Eldridge"]
    for start, member_id in zip(covers, members, strict=True):
        office = offices[member_id]
        title = "Senator" if office.chamber == "senate" else "Representative"
        cover = pages[start]
        stack = report.order[start + 1 : start + 5]
        assert f"Letters for {title} {office.name} {office.district} District" in cover
        assert f"Room {office.room}, State House" in cover
        count = re.search(r"(\d+) letters? from constituents", cover)
        assert count is not None and int(count[1]) == len(stack) == 4
        assert {p.member_id for p in stack} == {member_id}
        for offset, entry in enumerate(stack, start=start + 1):
            assert entry.kind == "letter" and jobs[entry.code].recipient == office
            assert f"Dear {title} {office.last_name}," in pages[offset]
            assert f"Letter {entry.code}" in pages[offset]
        # The towns on the cover, with counts, are those of the stack's signers.
        listed = cover.split("Town Letters ")[1].split(" Delivered on")[0]
        towns = Counter(jobs[p.code].signer.town for p in stack)
        assert listed == " ".join(f"{town} {n}" for town, n in sorted(towns.items()))


def test_a_stack_is_sorted_by_town(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    report = render_batch(event_jobs, campaign, tmp_path / "batch.pdf")
    towns = {j.code: j.signer.town for j in event_jobs}
    stack = [towns[p.code] for p in report.order if p.kind == "letter"][:4]
    assert stack == sorted(stack)


def test_the_longest_note_and_name_keep_every_letter_to_one_page(
    tmp_path: Path, campaign: Campaign
) -> None:
    from desktop.letters.letter import BODY, MARGIN
    from desktop.letters.model import NOTE_LIMIT, Signer

    long_signer = Signer("Maximiliano" * 9, "Wolfeschlegelsteinhausen" * 4, "Apt. 9 " * 28,
                         "Boston", "Jamaica Plain")  # fmt: skip
    notes = {
        "words": ("I have lived here for twenty years and my neighbours matter. " * 20),
        "one long word": "Ü" + "w" * (NOTE_LIMIT - 1),
        "chinese": "我们社区的每一个人都应该能够安心地报警和出庭" * 40,
        "line breaks": "line\n" * 300,
        "vietnamese": "Cộng đồng chúng tôi cần được an toàn. " * 20,
    }
    jobs = [
        job(long_signer, office, n, note[:NOTE_LIMIT])
        for n, (note, office) in enumerate((n, o) for n in notes.values() for o in OFFICES[:2])
    ]
    out = tmp_path / "long.pdf"
    report = render_batch(jobs, campaign, out, covers=False)
    assert poppler.page_count(out) == report.pages == len(jobs)
    assert report.shrunk == ()  # smaller type and spacing were enough: no page scaled down
    page_height = 792.0
    for number, page in enumerate(poppler.pages(out), start=1):
        flat = poppler.flat(page)
        assert flat.endswith(f"Safe Communities Act Letter {report.codes[number - 1]}")
        assert "Boston, Massachusetts" in flat  # the closing's last line is on the page
        for word in poppler.words(out, number):
            assert word.x_min >= MARGIN - 0.5 and word.x_max <= 612 - MARGIN + 0.5, word
            in_footer = word.y_max > page_height - BODY.y
            assert not in_footer or word.text in {"Safe", "Communities", "Act", "Letter",
                                                  report.codes[number - 1]}, word  # fmt: skip
    by_code = {j.code: j.note for j in jobs}
    texts = poppler.pages(out)
    for code, page in zip(report.codes, texts, strict=True):
        last_word = by_code[code].split()[-1]
        assert last_word[-6:] in poppler.flat(page).replace(" ", "")


def test_cancelling_leaves_no_file_and_an_earlier_one_untouched(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    out = folder / "batch.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(BatchCancelled):
        render_batch(event_jobs, campaign, out, progress=lambda d, t: seen.append((d, t)),
                     cancelled=lambda: len(seen) > 3)  # fmt: skip
    assert seen == [(0, 12), (1, 12), (2, 12), (3, 12)]
    assert list(folder.iterdir()) == []
    out.write_bytes(b"an earlier batch")
    with pytest.raises(BatchCancelled):
        render_batch(event_jobs, campaign, out, cancelled=lambda: True)
    assert out.read_bytes() == b"an earlier batch"
    assert list(folder.iterdir()) == [out]


def test_progress_counts_every_letter(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    seen: list[tuple[int, int]] = []
    render_batch(
        event_jobs, campaign, tmp_path / "b.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(n, 12) for n in range(13)]


def test_a_character_no_font_has_is_reported_and_marked(tmp_path: Path, campaign: Campaign) -> None:
    from desktop.letters.model import Signer

    hieroglyph = Signer("Ana𓀀", "Lima", "", "Boston", "Boston")
    jobs = [job(hieroglyph, MIRANDA, 1, note="Thanks 🦄🦄!"), job(SIGNERS[0], MIRANDA, 2)]
    out = tmp_path / "b.pdf"
    report = render_batch(jobs, campaign, out, covers=False)
    assert report.missing_glyphs == {jobs[0].code: "𓀀🦄"}
    page = poppler.text(out, report.codes.index(jobs[0].code) + 1)
    assert "Ana\ufffd Lima" in page
    assert "Thanks \ufffd!" in page


def test_odd_names_never_abort_a_batch(tmp_path: Path, campaign: Campaign) -> None:
    from desktop.letters.model import Signer

    odd = [
        ("<b>", "</font>"), ("&amp;", "&#0;"), ("\x00\x07", "\u202eevil"), ("\ud800", "x"),
        ("", ""), ("  ", "\n\n"), ("<para>", "<br/>"), ("x" * 5000, "y"), ("]]>", "<![CDATA["),
        ("👩‍👩‍👧", "Family"), ("\u200b", "\ufeff"), ("{signer_name}", "{0}"), ("%s", "\\"),
    ]  # fmt: skip
    jobs = [job(Signer(first, last, last, first, first), MIRANDA, n, note=first + last)
            for n, (first, last) in enumerate(odd)]  # fmt: skip
    out = tmp_path / "odd.pdf"
    report = render_batch(jobs, campaign, out)
    assert report.letters == len(odd)
    assert poppler.page_count(out) == len(odd) + 1
    text = poppler.text(out)
    assert "My name is <b> </font>," in text
    assert "My name is &amp; &#0;," in text
    assert "{signer_name} {0}" in text


def test_a_chamber_without_a_letter_is_left_out_and_reported(
    tmp_path: Path, campaign: Campaign
) -> None:
    congress = Recipient("ocd-person/x", "Ayanna Pressley", "Pressley", "congress", "7", None,
                         "1108 Longworth House Office Building, Washington, DC 20515")  # fmt: skip
    jobs = [job(SIGNERS[0], congress, 1), job(SIGNERS[1], MIRANDA, 2)]
    report = render_batch(jobs, campaign, tmp_path / "b.pdf")
    assert report.letters == 1 and report.pages == 2
    assert list(report.failed) == [jobs[0].code]
    with pytest.raises(ValueError, match="no letters"):
        render_batch(jobs[:1], campaign, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_letters_at_the_table_keep_their_order_without_covers(
    tmp_path: Path, campaign: Campaign, event_jobs: list[LetterJob]
) -> None:
    out = tmp_path / "now.pdf"
    mine = event_jobs[4:6]  # 王小明 to two offices
    report = render_letters(mine, campaign, out)
    assert report.codes == tuple(j.code for j in mine)
    assert poppler.page_count(out) == 2
    first, second = poppler.pages(out)
    assert "王小明" in first and mine[0].recipient.name in first
    assert mine[1].recipient.name in second
