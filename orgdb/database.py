"""The library's one handle: `orgdb.connect(url)` returns a Database that answers lookups
(orgdb.read.lookups), and also upgrades, imports, exports and checks. Every write goes
through orgdb.store.write, so the writer lock, the revision guard, the check diff and the
backup happen here, for the library as for the command line.

Nothing is opened until first use. Lookups read through the stdlib sqlite3 driver or
psycopg2; only writes import SQLAlchemy and alembic.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from orgdb.errors import ChangesetError, DatabaseError
from orgdb.read.lookups import Lookups
from orgdb.store import connection, pgschema, revisions
from orgdb.store.target import Target, resolve

if TYPE_CHECKING:  # imported where they are used, so that `import orgdb` stays cheap
    from orgdb.interchange.changeset import Changeset
    from orgdb.interchange.cow.compare import Disagreement
    from orgdb.interchange.cow.importer import ImportReport
    from orgdb.read.check import Finding
    from orgdb.store.migrate import Change
    from orgdb.store.restore import Restored
    from orgdb.store.write import Write


class ImportResult(NamedTuple):
    """What `import_changeset` did (or, in a dry run, would have done)."""

    file: str
    dry_run: bool
    added: dict[str, int]
    already_present: int
    backup: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "dry_run": self.dry_run, "added": self.added,
                "already_present": self.already_present,
                "backup": str(self.backup) if self.backup else None}


class Database(Lookups):
    """A handle on one orgdb database. Use as a context manager, or call close()."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self._reader: connection.Reader | None = None
        self._closed = False

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the read connection; the handle answers nothing after."""
        self._drop_reader()
        self._closed = True

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.target.backend

    # ------------------------------------------------------------------ reading

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.reader().rows(sql, params)

    def reader(self) -> connection.Reader:
        """The read connection, opened on first use. The embedded default database is
        created, or brought to head, on first use; a database the user named is never
        migrated behind their back."""
        if self._closed:
            raise DatabaseError("this orgdb handle is closed", "open another: orgdb.connect()")
        if self._reader is None:
            self._reader = self._open()
        return self._reader

    def _open(self) -> connection.Reader:
        target = self.target
        if target.is_new:
            if target.explicit:
                raise revisions.behind(target, None)
            self.upgrade()
        reader = connection.connect(target)
        try:
            revision, tables = reader.state()
            state = revisions.check(revision, tables, target)
        except BaseException:
            reader.close()
            raise
        if state == "head":
            return reader
        legacy = state == "empty" and target.path is None and pgschema.legacy_tables(reader)
        reader.close()
        if target.explicit:
            raise pgschema.legacy_error(target) if legacy else revisions.behind(target, revision)
        self.upgrade()
        return connection.connect(target)

    def _drop_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def revision(self) -> tuple[str | None, str]:
        """(revision, 'head' | 'behind' | 'empty'), without creating or migrating."""
        if self._closed:
            raise DatabaseError("this orgdb handle is closed", "open another: orgdb.connect()")
        if self.target.is_new:
            return None, "empty"
        reader = connection.connect(self.target)
        try:
            revision, tables = reader.state()
        finally:
            reader.close()
        return revision, revisions.check(revision, tables, self.target)

    def check(self, *, sources: bool = False) -> list[Finding]:
        """The findings of `orgdb check` (orgdb.read.check.Finding); with sources=True the
        sourcing standard too."""
        from orgdb.read import check

        findings = check.run(self.reader())
        return findings + check.sources(self.reader()) if sources else findings

    def cow_disagreements(self) -> list[Disagreement]:
        """Where the COW data the database holds disagrees with the curated organizations
        it is linked to (orgdb.interchange.cow.compare.Disagreement), as `orgdb import
        cow` reports them: `orgdb check --cow`."""
        from orgdb.interchange.cow.importer import disagreements
        from orgdb.store import engine

        self.reader()  # the embedded default is created, or brought to head, first
        eng = engine.engine(self.target)
        try:
            with eng.connect() as conn:  # read only: never committed
                return disagreements(conn)
        finally:
            eng.dispose()

    # ------------------------------------------------------------------ exports

    def export_cow(self, out: TextIO) -> int:
        """Write the COW IGO-year table back, cell for cell; the number of rows."""
        from orgdb.interchange.cow.export import export_cow

        return export_cow(self.reader(), out)

    def export_popolo(self, out: TextIO) -> dict[str, int]:
        """Write Popolo JSON (organizations, persons, memberships, posts); the number of
        items of each kind."""
        from orgdb.interchange import popolo

        return popolo.write(self.reader(), out)

    def export_csv(self, table: str, out: TextIO, *, organization: str | None = None,
                   predecessors: bool = True) -> int:
        """Write one table as CSV (`orgdb export csv --table`), or one organization's rows
        (with its predecessors' unless predecessors=False); the number of rows."""
        from orgdb.interchange import csv_export

        return csv_export.write_table(self.reader(), table, out,
                                      self._codes(organization, predecessors))

    def export_csv_files(self, directory: Path, tables: list[str] | None = None, *,
                         organization: str | None = None, predecessors: bool = True
                         ) -> dict[str, int]:
        """Write a CSV file per table (or those named) into `directory`, or one
        organization's rows as export_csv does; rows per file."""
        from orgdb.interchange import csv_export

        return csv_export.write_all(self.reader(), directory, tables,
                                    self._codes(organization, predecessors))

    def _codes(self, organization: str | None, predecessors: bool) -> frozenset[str] | None:
        """The codes of an organization and (unless told not to) its predecessors."""
        if organization is None:
            return None
        ref = self.lookup_organization(organization)
        return frozenset(o.code for o in (self.chain(ref) if predecessors else [ref]))

    # ------------------------------------------------------------------ writing

    def upgrade(self, revision: str = "head") -> Change:
        """Bring the database to `revision`, creating it if needed; returns what changed
        (orgdb.store.migrate.Change: before, after, backup)."""
        from orgdb.store import migrate

        self._drop_reader()
        return migrate.upgrade(self.target, revision)

    def downgrade(self, revision: str, *, yes: bool = False) -> Change:
        """Take the database down to `revision` ('base': no orgdb table left). On
        PostgreSQL, which keeps no backup, deleting rows needs yes=True."""
        from orgdb.store import migrate

        self._drop_reader()
        return migrate.downgrade(self.target, revision, yes=yes)

    def restore(self, backup: Path | str) -> Restored:
        """Bring a backup back over the SQLite database (the current file is backed up
        first); returns orgdb.store.restore.Restored."""
        from orgdb.store.restore import restore

        self._drop_reader()
        return restore(self.target, Path(backup).expanduser())

    def _write(self) -> AbstractContextManager[Write]:
        """A write on a database at head (the embedded default is brought there first)."""
        from orgdb.store import write

        self.reader()
        self._drop_reader()
        return write.session(self.target)

    def import_changeset(self, path: Path | str | Changeset, *, dry_run: bool = False
                         ) -> ImportResult:
        """Apply a changeset file (the format of seeds/README.md), all or nothing. It is
        refused if it breaks a data rule of `orgdb check` that held before."""
        from orgdb.interchange import changeset
        from orgdb.read import check

        cs = path if isinstance(path, changeset.Changeset) else changeset.load(path)
        from orgdb.store.write import count_rows

        with self._write() as w:
            _at_head(w)
            before = set(check.errors(check.run(w.reader())))
            rows_before = count_rows(w)
            added = changeset.apply(w.conn, cs)
            grown = count_rows(w) - rows_before
            if grown and not any(added.values()):
                # names or identifiers added to records already there: the appliers count
                # records, so without this the import would be taken for a no-op
                added["names and identifiers"] = grown
            broken = [f for f in check.errors(check.run(w.reader())) if f not in before]
            if broken:
                raise ChangesetError(
                    f"{cs.path}: the changeset breaks the data rules of orgdb check: "
                    + "; ".join(f"{f.rule}: {f.detail}" for f in broken),
                    "correct the file; nothing was written")
            w.changed = any(added.values())
            w.keep = w.changed and not dry_run
        total = sum(cs.counts.values())
        written = sum(n for k, n in added.items() if k != "names and identifiers")
        return ImportResult(str(cs.path), dry_run, added, total - written, w.backup)

    def import_cow(self, path: Path | str, *, states: Path | str | None = None,
                   dry_run: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Import the Correlates of War IGO file (v3, IGO-year format), all or nothing;
        returns its report (orgdb.interchange.cow.importer.ImportReport)."""
        from orgdb.interchange.cow.importer import import_cow

        with self._write() as w:
            _at_head(w)
            report = import_cow(w.conn, path, states=states, progress=progress)
            w.changed = report.added() > 0
            w.keep = w.changed and not dry_run
        report.backup = w.backup
        return report


def _at_head(w: Write) -> None:
    if w.revision != revisions.head():
        raise revisions.behind(w.target, w.revision)


def connect(url: str | None = None) -> Database:
    """A handle on an orgdb database: `url` (a file path, a sqlite:/// or postgresql://
    URL), else $ORGDB_DATABASE_URL, else the embedded default, created on first use."""
    return Database(resolve(url))
