"""Reading the IGO-year CSV: streamed one IGO's block of rows at a time, every cell
checked, with progress by bytes read."""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgdb.interchange.cow.columns import CELLS, CowError


@dataclass
class Block:
    ioname: str
    line: int
    rows: list[list[str]]
    years: list[int]


class Reader:
    """The IGO-year file, streamed: the header, then one IGO's block of rows at a time."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None) -> None:
        self.path = path
        self.progress = progress
        self.done = 0
        self.total = 0
        self.line = 0

    def _lines(self, fb: Any) -> Iterator[str]:
        self.total = os.fstat(fb.fileno()).st_size
        first = True
        for n, raw in enumerate(fb, 1):
            self.done += len(raw)
            if first:
                raw = raw.removeprefix(codecs.BOM_UTF8)
                first = False
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise CowError(f"{self.path}:{n}: not valid UTF-8") from None
            if self.progress is not None and n % 500 == 0:
                self.progress(self.done, self.total)

    def blocks(self, header_check: Callable[[list[str]], int]) -> Iterator[Block]:
        try:
            fb = self.path.open("rb")
        except OSError as exc:
            raise CowError(f"{self.path}: cannot read ({exc.strerror})") from None
        with fb:
            reader = csv.reader(self._lines(fb))
            try:
                header = next(reader)
            except StopIteration:
                raise CowError(f"{self.path}: empty file") from None
            width = len(header)
            nstates = header_check(header)
            seen: set[str] = set()
            block: Block | None = None
            years: set[int] = set()
            for row in reader:
                line = reader.line_num
                if len(row) != width:
                    if not row:
                        continue
                    raise CowError(f"{self.path}:{line}: {len(row)} cells, the header has "
                                   f"{width}")
                ioname = row[0]
                if not ioname:
                    raise CowError(f"{self.path}:{line}: field 'ioname': empty")
                try:
                    year = int(row[2])
                except ValueError:
                    raise CowError(f"{self.path}:{line}: field 'year': {row[2]!r} is not a "
                                   "year") from None
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


def runs(years: list[int], cells: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """(first year, last year, value) of each unbroken run of one value; a gap in the
    years ends a run."""
    start = prev = years[0]
    value = cells[0]
    for year, cell in zip(years[1:], cells[1:], strict=True):
        if cell != value or year != prev + 1:
            yield start, prev, value
            start, value = year, cell
        prev = year
    yield start, prev, value


# ------------------------------------------------------------------------------ importing

