"""Grouping's incident index, answered by the store's index instead of memory.

A new report is matched against the incidents near it in time or naming its people
(:meth:`casualty_cli.grouping.IncidentIndex.candidates`); building that index in memory means reading
every incident's signature, a cost that grows with the store. :class:`StoredIncidentIndex` asks the
``incident_keys`` table of ``index.sqlite`` for the same buckets and reads only the candidates'
signatures. Incidents changed since the index was written, and those this ingest creates or grows,
are held in memory as the plain index holds them, and hide their rows in the table. A store that had
no incident when the index was made (a first, archive-sized ingest) is never asked: every row written
since is one this index put, and hid.

Imported only by ingest, which has loaded the grouping rules already.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casualty_cli.grouping import IncidentIndex, Signature
from casualty_cli.store.index import Index


class StoredIncidentIndex(IncidentIndex):
    def __init__(self, index: Index, held: Iterable[tuple[str, Signature]], stale: Iterable[str]) -> None:
        self._db = index
        #: ids whose rows in the table are not to be used: changed since, or put or removed here
        self._hidden: set[str] = set(stale)
        #: whether the table held any incident this index did not put (else its rows are all hidden)
        self._asks = index.has_incidents()
        super().__init__(held)

    def __len__(self) -> int:
        count = int(self._db.conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
        hidden_rows = sum(1 for i in self._hidden if self._db.signature(i) is not None)
        return count - hidden_rows + len(self._sigs)

    def put(self, incident_id: str, sig: Signature) -> None:
        self._hidden.add(incident_id)
        super().put(incident_id, sig)

    def remove(self, incident_id: str) -> None:
        self._hidden.add(incident_id)
        super().remove(incident_id)

    def signature(self, incident_id: str) -> Signature:
        if incident_id in self._sigs or incident_id in self._hidden:
            return super().signature(incident_id)
        sig: Any = self._db.signature(incident_id)
        if sig is None:
            raise KeyError(incident_id)
        return dict(sig)

    def _stored(self, ids: set[str]) -> set[str]:
        return {i for i in ids if i not in self._hidden}

    def _on_days(self, lo: int, hi: int) -> set[str]:
        held = super()._on_days(lo, hi)
        return held | self._stored(self._db.ids_by_day("day", lo, hi)) if self._asks else held

    def _undated_ids(self) -> set[str]:
        held = super()._undated_ids()
        return held | self._stored(self._db.undated_ids()) if self._asks else held

    def _named(self, name: str) -> set[str]:
        held = super()._named(name)
        return held | self._stored(self._db.ids_named(name)) if self._asks else held

    def _mentioning(self, lo: int, hi: int) -> set[str]:
        held = super()._mentioning(lo, hi)
        return held | self._stored(self._db.ids_by_day("mention", lo, hi)) if self._asks else held
