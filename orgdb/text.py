"""Text that reaches a terminal or a database. Names, notes and titles may hold no
character that could forge output or hide what a text says: C0 and C1 controls (line
breaks and tabs among them), line and paragraph separators, bidi embeddings, overrides
and isolates, and the invisible zero-width space, word joiner and byte-order mark (the
zero-width joiner and non-joiner stay: some scripts spell words with them). Every entry
point refuses them (`unsafe`); output escapes any that an older database still holds
(`escape`), so nothing in the data can drive a terminal."""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\u200e\u200f\u061c\u200b\u2060\ufeff]")
_UNSAFE_IN_COW = re.compile("[\x00-\x08\x0a-\x1f\x7f\u2028\u2029\u202a-\u202e"
                            "\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]")
_NAMES = {"\n": "a line break", "\r": "a carriage return", "\t": "a tab",
          "\u2028": "a line separator", "\u2029": "a paragraph separator",
          "\u202e": "a right-to-left override", "\u202d": "a left-to-right override",
          "\u200b": "a zero-width space", "\ufeff": "a byte-order mark"}


def unsafe(text: str, *, cow: bool = False) -> str | None:
    """What the first forbidden character of `text` is ('a line break (U+000A)'), else
    None. With `cow`, the two that COW's own file holds pass, tabs in its notes and C1
    controls that are Mac Roman letters mis-decoded: its reader keeps them in the cells
    it writes back and repairs them in the names orgdb stores."""
    m = (_UNSAFE_IN_COW if cow else _UNSAFE).search(text)
    if m is None:
        return None
    c = m[0]
    kind = _NAMES.get(c) or ("a control character" if ord(c) < 0xA0 else
                             "a bidi control" if c not in "\u2060" else "an invisible mark")
    return f"{kind} (U+{ord(c):04X})"


def escape(text: str) -> str:
    """`text` with each forbidden character shown as an escape (\\x1b, \\u202e)."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                       else f"\\u{ord(m[0]):04x}", text)
