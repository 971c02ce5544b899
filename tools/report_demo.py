"""Fill the current event with made-up sign-ups for the report's screenshots (docs/):
`python tools/report_demo.py [COUNT]` in a TABLING_HOME of its own, never a real one."""

from __future__ import annotations

import sys

from sqlalchemy import select, update

from benchmarks.report_bench import make_event
from desktop import events, paths
from desktop.districts.dataset import Dataset
from desktop.privacy.sealed_record import seal_record
from desktop.privacy.sealing import Sealer
from desktop.store.engine import open_database
from desktop.store.models import Action, OrganizerKey, Signup


def main(count: int) -> None:
    sessions = open_database()
    with sessions() as session:
        event = events.current_event(session)
        if event is None:
            sys.exit("No event: run `tabling init` and `tabling event create` first.")
        event_id = event.id
    make_event(sessions, Dataset(paths.dataset_path()), count, 20260520, event_id)
    with sessions.begin() as session:  # the report is made after the lobby day: all printed
        session.execute(
            update(Action)
            .where(Action.kind == "letter", Action.state == "ready")
            .values(state="done")
        )
        # Made-up names and streets, sealed as a sign-in seals them: the view reads them back.
        sealer = Sealer(session.scalars(select(OrganizerKey)).one().public_key)
        signups = session.scalars(select(Signup).where(Signup.event_id == event_id))
        for n, signup in enumerate(signups):
            made_up = {
                "first_name": "Sample",
                "last_name": f"Signer {n}",
                "street_address": f"{n} Main St",
            }
            signup.personal_sealed = seal_record(sealer, made_up)
    print(f"Added {count} made-up sign-ups to event {event_id}.")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
