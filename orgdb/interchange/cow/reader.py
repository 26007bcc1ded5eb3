"""Reading the IGO-year CSV: streamed one IGO's block of rows at a time, every cell
checked, with progress by bytes read."""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from orgdb.interchange.cow.columns import CELLS, YEAR_COLUMNS, CowError
from orgdb.resources import cow_applier
from orgdb.text import unsafe

_YEARS = range(1800, 2101)  # COW's data runs 1816-2014; a later release may reach further


def _year(text: str) -> int | None:
    """A year cell: four ASCII digits in a plausible range, else None."""
    if len(text) == 4 and text.isascii() and text.isdigit() and int(text) in _YEARS:
        return int(text)
    return None


# The frozen writer's Block (one IGO's rows), loaded at run time: typed as Any here.
Block: Any = cow_applier().Block


class Reader:
    """The IGO-year file, streamed: the header, then one IGO's block of rows at a time."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None) -> None:
        self.path = path
        self.progress = progress
        self.done = 0
        self.total = 0
        self.line = 0
        self.header: list[str] = []

    def _lines(self, fb: Any) -> Iterator[str]:
        self.total = os.fstat(fb.fileno()).st_size
        first = True
        for n, raw in enumerate(fb, 1):
            self.done += len(raw)
            if first:
                raw = raw.removeprefix(codecs.BOM_UTF8)
                first = False
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise CowError(f"{self.path}:{n}: not valid UTF-8") from None
            problem = unsafe(text.removesuffix("\n").removesuffix("\r"), cow=True)
            if problem:  # one search a line: checking each of 200 cells costs a second
                raise CowError(f"{self.path}:{n}: {self._field(text)}contains {problem}")
            yield text
            if self.progress is not None and n % 500 == 0:
                self.progress(self.done, self.total)

    def _field(self, text: str) -> str:
        """'field X: ' for the first field of a line that holds a forbidden character."""
        cells = next(csv.reader([text]), [])
        i = next((i for i, c in enumerate(cells) if unsafe(c, cow=True)), None)
        name = self.header[i] if i is not None and i < len(self.header) else None
        return f"field {name!r}: " if name else ""

    def blocks(self, header_check: Callable[[list[str]], int]) -> Iterator[Any]:
        try:
            fb = self.path.open("rb")
        except OSError as exc:
            raise CowError(f"{self.path}: cannot read ({exc.strerror})") from None
        with fb:
            reader = csv.reader(self._lines(fb))
            try:
                yield from self._blocks(reader, header_check)
            except csv.Error as exc:  # a field over the size limit, a bare carriage return
                raise CowError(f"{self.path}:{reader.line_num}: not CSV as COW writes it "
                               f"({exc})") from None

    def _blocks(self, reader: Any, header_check: Callable[[list[str]], int]
                ) -> Iterator[Any]:
        try:
            header = next(reader)
        except StopIteration:
            raise CowError(f"{self.path}: empty file") from None
        self.header = header
        width = len(header)
        nstates = header_check(header)
        year_columns = [(i, h) for i, h in enumerate(header) if h in YEAR_COLUMNS]
        seen: set[str] = set()
        block: Any = None
        years: set[int] = set()
        last = reader.line_num
        for row in reader:
            line = reader.line_num
            if line - last > 1:  # a quoted cell over two lines: it holds a line break
                i = next((i for i, c in enumerate(row) if "\n" in c), 0)
                raise CowError(f"{self.path}:{last + 1}: field {header[i]!r}: contains a "
                               "line break (U+000A)")
            last = line
            if len(row) != width:
                if not row:
                    continue
                raise CowError(f"{self.path}:{line}: {len(row)} cells, the header has "
                               f"{width}")
            ioname = row[0]
            if not ioname:
                raise CowError(f"{self.path}:{line}: field 'ioname': empty")
            for i, name in year_columns:
                if (row[i] or name == "year") and _year(row[i]) is None:
                    raise CowError(f"{self.path}:{line}: field {name!r}: {row[i]!r} is "
                                   f"not a year ({_YEARS.start}-{_YEARS.stop - 1})")
            year = int(row[2])
            bad = set(row[3:3 + nstates]) - CELLS
            if bad:
                j = next(i for i, v in enumerate(row[3:3 + nstates]) if v in bad)
                raise CowError(f"{self.path}:{line}: field {header[3 + j]!r}: "
                               f"{row[3 + j]!r} is not a COW code "
                               "(0, 1, 2, 3, -9 or -1)")
            if block is None or ioname != block.ioname:
                if block is not None:
                    yield block
                if ioname in seen:
                    raise CowError(f"{self.path}:{line}: rows of IGO {ioname!r} are not "
                                   "together", "sort the file by IGO")
                seen.add(ioname)
                block, years = Block(ioname, line, [], []), set()
            if year in years:
                raise CowError(f"{self.path}:{line}: IGO {ioname!r} has a second row for "
                               f"{year}")
            years.add(year)
            block.rows.append(row)
            block.years.append(year)
        if block is not None:
            yield block
        if self.progress is not None:
            self.progress(self.total, self.total)
