"""How a name a user types becomes one state, organization or treaty, never a wrong one.

1. Exact: a code, or any recorded name, folded for case, accents and punctuation after NFKC
   normalization (British and American spellings fold together for organizations). For a
   state also ISO 3166-1 codes and names, ISO 3166-3 former states, and "UK"; then COW's
   codes and abbreviations (where COW's abbreviation is another state's ISO code, AUS or
   SWZ, the ISO code wins and the answer says so); then the ISO names in every language
   pycountry ships translations for (Беларусь).
2. Then a prefix of a name, or a word of one, that belongs to exactly one record: a text
   several names begin with or hold as a word is ambiguous ('America': American Samoa,
   the United States of America).
3. Otherwise NotFound, with the candidates when several matched (Korea) or the closest
   names ranked by similarity.

pycountry's fuzzy search is not used: it is a suggestion engine, and answered "12" with
Sweden. Every stage after the database's own names runs only when the earlier ones found
nothing, so a lookup by code or recorded name pays for none of them.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from orgdb.errors import NotFound, UsageError

COW_STATES = Path(__file__).with_name("cow_states.csv")
# Names people use that no standard gives: "UK" is reserved in ISO 3166-1 for GB.
STATE_ALIASES = {"UK": "GB"}
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"isation", "ization"), (r"\bco operation", "cooperation"), (r"\bdefence\b", "defense"),
    (r"\bcentre\b", "center"), (r"\bprogramme\b", "program"), (r"\blabour\b", "labor"))]
_NON_WORD = re.compile(r"[\W_]+")
# Dots vanish (E.U., N.A.T.O., St. Lucia) and a hyphen between a letter and a digit (G-7)
# joins them, before the other punctuation turns into spaces.
_JOINED = re.compile(r"\.|(?<=[^\W\d_])-(?=\d)|(?<=\d)-(?=[^\W\d_])")


def fold(text: str) -> str:
    """Case, accents, compatibility forms and punctuation folded away: 'Côte d’Ivoire'
    and 'cote d'ivoire' fold alike."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", _JOINED.sub("", text.casefold())).split())


def fold_spelling(text: str) -> str:
    """fold(), with British spellings turned American ('Organisation', 'Co-operation')."""
    text = fold(text)
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


@dataclass
class Names:
    """Folded keys to the records they name. `label` says each record as 'Name (CODE)'."""

    fold: Callable[[str], str] = fold
    keys: dict[str, set[str]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # the keys that are names, not codes
    label: dict[str, str] = field(default_factory=dict)

    def add(self, key: str | None, ident: str, label: str, *, code: bool = False) -> None:
        if key:
            folded = self.fold(key)
            self.keys.setdefault(folded, set()).add(ident)
            self.label.setdefault(ident, label)
            if not code:
                self.names.add(folded)

    def exact(self, wanted: str) -> set[str]:
        return self.keys.get(wanted, set())

    def prefixed(self, wanted: str) -> set[str]:
        """Records a name of which starts with `wanted` (codes match only exactly)."""
        return {i for key in self.names if key.startswith(wanted) for i in self.keys[key]}

    def worded(self, wanted: str) -> set[str]:
        """Records a name of which holds `wanted` as a whole word or words."""
        word = f" {wanted} "
        return {i for key in self.names if word in f" {key} " for i in self.keys[key]}

    def closest(self, wanted: str, n: int = 3) -> list[str]:
        """Records whose names are most like `wanted`, best first (difflib's ratio)."""
        import difflib

        best: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(b=wanted, autojunk=False)
        for key, ids in self.keys.items():
            if key not in self.names and (len(key) < 3 or len(wanted) < 3):
                continue  # "XX" is not like the code "FXX"
            matcher.set_seq1(key)
            if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
                continue
            score = matcher.ratio()
            if score >= 0.6:
                for i in ids:
                    best[i] = max(best.get(i, 0.0), score)
        return sorted(best, key=lambda i: (-best[i], self.label[i]))[:n]


@dataclass
class Resolution:
    ident: str
    names: Names


def resolve(kind: str, text: str, stages: Iterable[Callable[[Names], None]],
            fold_with: Callable[[str], str] = fold,
            shown: Callable[[Names, str], str] | None = None) -> Resolution:
    """Resolve `text` through `stages`, each adding names to one index. The first stage
    that makes an exact match decides; then a unique prefix or word; else NotFound."""
    if not text.strip():
        raise UsageError(f"the {kind} name is empty", f"name the {kind} by its code or name")
    wanted = fold_with(text)
    if not wanted:  # punctuation alone names nothing
        raise NotFound(kind, text)
    names = Names(fold_with)
    for stage in stages:
        stage(names)
        found = names.exact(wanted)
        if found:
            return Resolution(_one(kind, text, found, names), names)
    found = names.prefixed(wanted)
    if found:  # a prefix answers alone: where another name holds it as a word, it is
        # ambiguous ('America': American Samoa, the United States of America)
        return Resolution(_one(kind, text, found | names.worded(wanted), names), names)
    show = shown or (lambda n, i: i)
    # Codes that start with the text (CST-1992 for CST) first, then names like it.
    ranked = sorted({i for key, ids in names.keys.items() if key.startswith(wanted)
                     for i in ids}, key=lambda i: (len(i), i))
    ranked += [i for i in names.closest(wanted) if i not in ranked]
    raise NotFound(kind, text, [show(names, i) for i in ranked[:3]])


def _one(kind: str, text: str, found: set[str], names: Names) -> str:
    if len(found) == 1:
        return next(iter(found))
    candidates = sorted(found, key=lambda i: names.label[i])
    err = NotFound(kind, text, [names.label[i] for i in candidates])
    err.args = (f"{text!r} matches {len(candidates)} {kind}s: "
                + "; ".join(names.label[i] for i in candidates),)
    err.hint = f"name one by its code, e.g. {candidates[0]}"
    raise err


# ---------------------------------------------------------------------- states


def cow_states() -> list[tuple[str, str, str]]:
    """COW's state codes and abbreviations with the state code each maps to
    (cow_states.csv, written from COW's state list by the import's own mapping)."""
    with COW_STATES.open(newline="", encoding="utf-8") as f:
        return [(r["ccode"], r["stateabb"], r["code"]) for r in csv.DictReader(f)]


def state_stages(rows: list[dict], label_of: Callable[[str, str], str]):
    """The stages that resolve a state: the database's codes and names; ISO 3166 codes and
    names (and UK); COW's codes and abbreviations; ISO names in other languages."""

    def database(names: Names) -> None:
        for r in rows:
            label = label_of(r["name"], r["code"])
            for key in (r["code"], r["alpha2"], r["alpha3"]):
                names.add(key, r["code"], label, code=True)
            names.add(r["matched"], r["code"], label)
            if r.get("cow_code") is not None:
                names.add(str(r["cow_code"]), r["code"], label, code=True)

    def iso(names: Names) -> None:
        import pycountry

        for c in pycountry.countries:
            label = label_of(getattr(c, "common_name", None) or c.name, c.alpha_2)
            names.add(c.alpha_2, c.alpha_2, label, code=True)
            names.add(c.alpha_3, c.alpha_2, label, code=True)
            for key in (c.name, getattr(c, "common_name", None),
                        getattr(c, "official_name", None)):
                names.add(key, c.alpha_2, label)
        current = {c.alpha_3 for c in pycountry.countries}
        for h in pycountry.historic_countries:
            label = label_of(h.name, h.alpha_4)
            names.add(h.alpha_4, h.alpha_4, label, code=True)
            names.add(h.name, h.alpha_4, label)
            if getattr(h, "alpha_3", None) not in current:
                names.add(getattr(h, "alpha_3", None), h.alpha_4, label, code=True)
        for alias, code in STATE_ALIASES.items():
            names.add(alias, code, names.label.get(code, code), code=True)

    def cow(names: Names) -> None:
        for ccode, abb, code in cow_states():
            label = names.label.get(code)
            if label is None:  # a state of COW's alone the database does not hold
                continue
            names.add(ccode, code, label, code=True)
            names.add(abb, code, label, code=True)

    def translations(names: Names) -> None:
        import gettext

        import pycountry

        by_name: dict[str, str] = {}
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "common_name", None),
                      getattr(c, "official_name", None)):
                if n:
                    by_name[n] = c.alpha_2
        for mo in Path(pycountry.LOCALES_DIR).glob("*/LC_MESSAGES/iso3166-1.mo"):
            with mo.open("rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
            for english, translated in catalog.items():
                code = by_name.get(english) if isinstance(english, str) else None
                if code and isinstance(translated, str):
                    names.add(translated, code, names.label.get(code) or code)

    return [database, iso, cow, translations]


def cow_note(names: Names, wanted: str, chosen: str) -> str | None:
    """Where the text is also COW's code of another state (AUS: Australia's ISO code,
    COW's Austria), a note saying so."""
    others = {code for ccode, abb, code in cow_states()
              if fold(abb) == wanted or ccode == wanted} - {chosen}
    if not others:
        return None
    other = sorted(others)[0]
    return (f"{wanted.upper()} is taken as {names.label[chosen]}; COW's {wanted.upper()} is "
            f"{names.label.get(other, other)}")
