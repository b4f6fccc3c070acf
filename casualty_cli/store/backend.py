"""The store interface: what commands need of a store, whatever keeps it.

:class:`StoreBackend` opens a store, :class:`StoreView` is one consistent read of it, and
:class:`StoreWriter` appends to it under the writers' lock. The embedded JSON store
(:class:`casualty_cli.store.JsonStore`, the default) is one implementation; a store on a database
server would be another. Commands get one from :func:`casualty_cli.store.open_store` and use only
what is declared here, so they never know which they have.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from casualty_cli.history import StoredStatement
    from casualty_cli.store.acts import Curation
    from casualty_cli.store.state import IncidentRecord, ReportRecord

Raw = dict[str, Any]


class StoreView(Protocol):
    """One consistent read of a store. Incidents are read by id or query, never all at once unless asked."""

    @property
    def rule(self) -> str:
        """The store's toll rule (``settings.toll_rule``)."""
        ...

    @property
    def next_event(self) -> int: ...

    @property
    def curation(self) -> Curation:
        """The curation acts and what is in force (a person's acts: few, read whole)."""
        ...

    def resolve(self, prefix: str) -> IncidentRecord:
        """An incident by id or unique prefix; ``NotFoundError`` naming the candidates otherwise."""
        ...

    def incident(self, iid: str) -> IncidentRecord | None: ...

    def every_incident(self) -> Iterator[IncidentRecord]:
        """Every incident (exports), oldest event date first, then by id: read as they are iterated."""
        ...

    def statements(self, incident: IncidentRecord) -> list[StoredStatement]:
        """The incident's statements with their reports' sources and dates, as curation leaves them."""
        ...

    def record(self, sid: str) -> Raw:
        """A statement's record as extracted (the machine's reading)."""
        ...

    def report(self, key: str) -> ReportRecord: ...

    def statement_ids(self, prefix: str) -> list[str]:
        """Statement ids starting with ``prefix``, sorted."""
        ...

    def report_ids(self, prefix: str) -> list[str]:
        """Report keys starting with ``prefix``, sorted."""
        ...

    def report_ids_of_doc(self, doc: str) -> list[str]:
        """The keys of the reports ingested from document ``doc`` (a path, a JSONL id), sorted."""
        ...

    def incidents_with_report(self, key: str) -> list[IncidentRecord]:
        """The incidents that hold report ``key``, oldest first."""
        ...

    def report_key(self, digest: str) -> str | None:
        """The key of the report whose content hash is ``digest``, or None (not ingested yet)."""
        ...

    def id_taken(self, kind: Literal["report", "statement", "incident"], key: str) -> bool:
        """Whether a report key, statement id or incident id is in use (new ids must not clash)."""
        ...

    def ids_taken(self, kind: Literal["report", "statement", "incident"], keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` in use: :meth:`id_taken` of many keys at once (one question, not one each)."""
        ...

    def signatures(self) -> Iterator[tuple[str, Any]]:
        """Every incident's id and grouping signature (what grouping matches new reports against)."""
        ...

    def incident_index(self) -> Any:
        """A ``grouping.IncidentIndex`` answering lookups from the store as grouping asks, or None
        (then grouping builds one from :meth:`signatures`)."""
        ...

    def apply(self, batch: Any) -> None:
        """Replay a batch onto this view only, in memory: what the store would be (a dry run)."""
        ...

    def events(self) -> Iterator[Raw]:
        """Every event record, oldest first (curation reads the grouping evidence attach events keep)."""
        ...

    def statement_incident(self, sid: str) -> str | None:
        """The incident the statement belongs to now (``KeyError`` for an unknown statement)."""
        ...

    def close(self) -> None:
        """Let go of what the view holds open (a database connection and its read snapshot); the view
        is not read after."""
        ...


class StoreReport(Protocol):
    """What ``store check`` found, or what ``store repair`` did: a verdict and its JSON form."""

    @property
    def ok(self) -> bool:
        """Nothing damaged (check); the store is sound now (repair)."""
        ...

    def to_dict(self) -> Raw: ...


class StoreWriter(Protocol):
    """The writers' lock held: the current view, and atomic appends to it."""

    @property
    def view(self) -> StoreView: ...

    def append(self, batch: Any) -> None:
        """Append a :class:`~casualty_cli.store.Batch` atomically; on return it is durable and in ``view``."""
        ...


class StoreBackend(Protocol):
    """A store: read it, write to it under its lock, read and change its settings."""

    @property
    def where(self) -> str:
        """Where the store is, for messages (a directory, a URL)."""
        ...

    def read(self) -> StoreView:
        """A consistent read of what is committed. Reading a store that does not exist creates nothing."""
        ...

    def writing(self, known: Any = None) -> AbstractContextManager[StoreWriter]:
        """Take the writers' lock (creating or migrating the store); ``known`` is a view read before,
        reused when nothing was committed since."""
        ...

    def settings(self) -> Raw: ...

    def set_setting(self, key: str, value: str) -> Raw:
        """Change one setting (``toll_rule``); returns the settings."""
        ...

    def check(self) -> StoreReport:
        """Verify everything the store keeps (reading only); the report says what is damaged."""
        ...

    def repair(self) -> StoreReport:
        """Make a damaged store sound again from what is intact, or refuse (``StoreError``, nothing
        changed) when that would guess or hide a loss."""
        ...
