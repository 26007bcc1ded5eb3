"""The Correlates of War IGO data set, version 3 (IGO-year format): its columns, cell codes
and source row, declared once for the reader, the importer and the export."""

from __future__ import annotations

import datetime as dt

from orgdb.errors import OrgdbError

SOURCE = {
    "key": "cow-igo-v3",
    "title": "Correlates of War: Intergovernmental Organizations v3",
    "publisher": "Correlates of War Project",
    "url": "https://correlatesofwar.org/data-sets/igos/",
    "published": dt.date(2019, 7, 1),
    "published_precision": "month",
    "notes": "Pevehouse, McManus and Nordstrom, IGO-year format, version 3.0, 1816-2014 "
             "(published: the codebook's date, July 2019); coded by year, no source per cell",
}
STATES_FILE = "states2016.csv"
HEAD = ("ioname", "orgname", "year")
META = ("sdate", "deaddate", "dead", "integrated", "replaced", "longorgname", "ionum",
        "igocode", "version", "accuracyofpre1965membershipdates", "sourcesandnotes",
        "imputed", "political", "social", "economic")
YEAR_COLUMNS = ("year", "sdate", "deaddate")  # four ASCII digits (sdate, deaddate may be empty)
SPAN_COLUMNS = ("orgname", *META)  # the non-state cells of a row, kept per span of years
STATUS = {"1": "member", "2": "associate", "3": "observer"}
CELL_OF_STATUS = {v: k for k, v in STATUS.items()}
CELLS = frozenset({"0", "1", "2", "3", "-9", "-1"})
BATCH = 5000
CLASSIFICATION = "intergovernmental organization"
COW_DATA_END = dt.date(2016, 12, 31)  # states2016.csv's end for a state still in the system
FIRST_YEAR, LAST_YEAR = 1816, COW_DATA_END.year  # the years a state column may hold


def repaired(text: str) -> str:
    """A COW name with its Mac Roman letters restored and tabs made spaces. COW v3's file
    was converted from Mac Roman as if it were Latin-1, so its é, ä and the like arrive as
    C1 control characters (U+0080 to U+009F): 'Nordens V\x8alf\x8ardscenter' is Nordens
    Välfärdscenter. The names orgdb stores are repaired; the cells kept for `export cow`
    stay as COW wrote them."""
    return "".join(bytes([ord(c)]).decode("mac_roman") if 0x80 <= ord(c) < 0xA0 else
                   " " if c == "\t" else c for c in text)


class CowError(OrgdbError):
    """The COW file cannot be imported (named with file, line and column), or the database
    holds no COW data to export."""
