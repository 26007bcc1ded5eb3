"""Set expressions over organizations: which states are in several of them at once.

`NATO & EU` is the states in both, `CSTO - SCO` those in the first and not the second,
`EU | EFTA` those in either; `&` binds tighter than `|` and `-`, which go left to right,
and parentheses group. An operand is any name an organization resolves by (ОДКБ, "euro
area"); one that holds an operator or a parenthesis itself is written in double quotes.
A `-` is an operator only with a space on each side, so names such as CSTO-PA stay names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, TypeVar, Union

from orgdb.errors import UsageError

T = TypeVar("T")

OPERATORS = {"&": "and", "|": "or", "-": "but not"}


class Name(NamedTuple):
    text: str


class Op(NamedTuple):
    op: str  # "&", "|" or "-"
    left: Node
    right: Node


Node = Union[Name, Op]


def is_expression(text: str) -> bool:
    """Whether `text` is written as a combination of organizations (it holds &, | or a
    spaced -, outside quotes): a name alone is not, parenthesized or not; a malformed
    expression is, and parse() says what is wrong with it."""
    try:
        return any(kind == "op" and value in OPERATORS for kind, value in _tokens(text))
    except UsageError:  # an unclosed quote: an expression only where it has an operator
        return "&" in text or "|" in text or " - " in f" {text} "


def parse(text: str) -> Node:
    tokens = _tokens(text)
    node, rest = _expr(tokens, text)
    if rest:
        raise UsageError(f"unexpected {rest[0][1]!r} in {text!r}",
                         "combine organizations with &, | and -, grouped by parentheses")
    return node


def names(node: Node) -> list[str]:
    """The operands, left to right."""
    return [node.text] if isinstance(node, Name) else names(node.left) + names(node.right)


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    buf: list[str] = []

    def flush() -> None:
        name = "".join(buf).strip()
        if name:
            out.append(("name", name))
        buf.clear()

    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise UsageError(f"an unclosed quote in {text!r}")
            flush()
            out.append(("name", text[i + 1:end].strip()))
            i = end + 1
        elif c in "&|()" or (c == "-" and (i == 0 or text[i - 1].isspace())
                             and (i + 1 == len(text) or text[i + 1].isspace())):
            flush()
            out.append(("op", c))
            i += 1
        else:
            buf.append(c)
            i += 1
    flush()
    return out


def _expr(tokens: list[tuple[str, str]], text: str) -> tuple[Node, list]:
    node, tokens = _term(tokens, text)
    while tokens and tokens[0] in (("op", "|"), ("op", "-")):
        op = tokens[0][1]
        right, tokens = _term(tokens[1:], text)
        node = Op(op, node, right)
    return node, tokens


def _term(tokens: list[tuple[str, str]], text: str) -> tuple[Node, list]:
    node, tokens = _factor(tokens, text)
    while tokens and tokens[0] == ("op", "&"):
        right, tokens = _factor(tokens[1:], text)
        node = Op("&", node, right)
    return node, tokens


def _factor(tokens: list[tuple[str, str]], text: str) -> tuple[Node, list]:
    if not tokens:
        raise UsageError(f"an organization is missing in {text!r}",
                         "write each operand, e.g. 'NATO & EU'")
    kind, value = tokens[0]
    if kind == "name" and value:
        return Name(value), tokens[1:]
    if (kind, value) == ("op", "("):
        node, rest = _expr(tokens[1:], text)
        if not rest or rest[0] != ("op", ")"):
            raise UsageError(f"an unclosed parenthesis in {text!r}")
        return node, rest[1:]
    raise UsageError(f"unexpected {value!r} in {text!r}",
                     "combine organizations with &, | and -, grouped by parentheses")


def evaluate(node: Node, sets: Mapping[str, set[T]]) -> set[T]:
    """The states the expression selects, given each operand's states."""
    if isinstance(node, Name):
        return sets[node.text]
    left, right = evaluate(node.left, sets), evaluate(node.right, sets)
    return {"&": left & right, "|": left | right, "-": left - right}[node.op]


def describe(node: Node, codes: dict[str, str]) -> str:
    """The expression with each operand's code, e.g. '(NATO & EU) - CSTO'."""
    if isinstance(node, Name):
        return codes[node.text]
    def side(n: Node) -> str:
        return f"({describe(n, codes)})" if isinstance(n, Op) else describe(n, codes)
    return f"{side(node.left)} {node.op} {side(node.right)}"
