"""The publication log: what each saved report and export showed, kept in the vault
so that every later publication of the same periods is checked together with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.disclosure import stored
from peersupport_desktop.core.disclosure.audit import exposures
from peersupport_desktop.core.disclosure.model import Publication
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.store.models import PublicationEntry
from peersupport_desktop.store.vault import Vault


def quarters_of(publication: Publication) -> set[str]:
    """The quarters a publication's counts touch ("2026Q1-2026Q3" is three; a state
    taken at "end 2026Q2" touches 2026Q2)."""
    found: set[str] = set()
    for span in publication.spans():
        first, _, last = span.removeprefix("end ").partition("-")
        quarter, end = Quarter.parse(first), Quarter.parse(last or first)
        while quarter <= end:
            found.add(str(quarter))
            quarter = quarter.next()
    return found


def earlier_publications(vault: Vault, quarters: Iterable[str]) -> list[Publication]:
    """Every logged publication sharing a quarter with these, newest first."""
    wanted = set(quarters)
    with vault.reading() as session:
        entries = session.execute(
            select(PublicationEntry.quarters, PublicationEntry.body).order_by(
                PublicationEntry.id.desc()
            )
        ).all()
    return [stored.loads(body) for spans, body in entries if wanted & set(spans.split(","))]


def adds_no_exposure(vault: Vault, publication: Publication) -> bool:
    """Whether the publication, beside everything logged now, still lets a reader work
    out nothing new: another report or export may have been saved since it was made."""
    history = earlier_publications(vault, quarters_of(publication))
    threshold = publication.threshold
    return exposed([publication, *history], threshold) <= exposed(history, threshold)


def exposed(publications: Sequence[Publication], threshold: int) -> set[tuple[str, int]]:
    """What a reader holding these can pin, each as (what, how many)."""
    if not publications:
        return set()
    return {(e.target.what, e.target.truth) for e in exposures(publications, threshold)}


def record_publication(
    session: Session,
    kind: str,
    publication: Publication,
    at: dt.datetime,
    export_id: int | None = None,
) -> None:
    session.add(
        PublicationEntry(
            at=at,
            kind=kind,
            quarters=",".join(sorted(quarters_of(publication))),
            export_id=export_id,
            body=stored.dumps(publication),
        )
    )
