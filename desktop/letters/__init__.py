"""Personalized letters with ReportLab: one letter, batches with cover sheets, fonts.

Plain Python, no Qt. Everything a signer typed is escaped before it reaches ReportLab's
markup, and every script our signers use prints as itself.

    batch.render_batch(jobs, campaign, out, covers=True, progress=None, cancelled=None)
        a delivery batch: by office, each stack behind its cover sheet -> BatchReport
    batch.render_letters(jobs, campaign, out)   at the table: in order, no covers
    card.render_card(signer, legislators, lang, campaign, out)   the take-home card

model (the inputs), fonts (bundled fonts, coverage), text (safe markup), address (printed
lines), styles and stack (fitting a page), letter, cover, card, qr, pdf (atomic output).
"""
