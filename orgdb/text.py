"""Text from a database or a file made safe to show: control characters printed escaped
(`\\x1b`), never raw, so nothing in the data can drive a terminal. The command line and
the charts both show data through it."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)
