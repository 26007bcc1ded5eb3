"""The sourcing standard, as rules `orgdb check --sources` enforces (docs/data.md):

- a complete source row: the document's own title (a headline, not an id copied from its
  URL), a publisher, a published date (or the document's own date), a retrieved date. A
  document that carries no date at all (an official web page, say) is never given one: its
  notes begin "Undated:" and say why, and it is listed as a warning, so it stays in view;
- a primary source: an encyclopedia's mirror, a wiki, a forum, an aggregator, a code host
  or a proxy or cache is never the source a fact rests on; where a document was read
  through such a copy, the source row names the original and the copy goes in `via`. An
  encyclopedia itself (Wikipedia) is cited only where no original was found, and a fact
  resting on it has confidence low (checked);
- a URL that works: http(s), no literal ellipsis, no trailing dot in the host name, no
  proxy wrapping another URL, no bare IP address; the same for every address a note names
  (further sources, the copy a document was read through);
- a class (changeset format 6: official record, depositary record, news of record,
  scholarly, reference work, encyclopedia, data set, other) that its address does not
  belie: an encyclopedia's page is classed an encyclopedia, a mirror, wiki, forum or
  aggregator never as a record.
Whether a source supports its row is for a reader to check; these rules cannot.
"""

from __future__ import annotations

import re
from typing import Any

# Hosts (and their subdomains) that are never a primary source.
NOT_PRIMARY = {
    "encyclopedia mirror": ("wikisource.org", "wikiwand.com", "wikizero.com", "wiki2.org",
                            "justapedia.org", "everybodywiki.com", "en-academic.com",
                            "dic.academic.ru", "iiab.me", "kiwix.org", "dweb.link", "ipfs.io",
                            "blogen.wiki", "amansaja.com", "encyclopedia.com"),
    "wiki": ("fandom.com", "wikia.com", "wikidot.com"),
    "forum": ("politikforum.ru", "reddit.com", "quora.com"),
    "aggregator": ("news-pravda.com", "icloud.info", "wn.com", "miragenews.com",
                   "nikk.co.il", "oragark.com", "menafn.com", "newsnow.co.uk"),
    "code host": ("github.com", "gitlab.com"),
    "proxy or cache": ("fanyv88.com", "bingj.com", "webcache.googleusercontent.com",
                       "translate.goog", "archive.org", "archive.ph", "archive.today"),
}
_FORUM_PATH = re.compile(r"/(forum|forums)/|showpost\.php|showthread\.php|viewtopic\.php")
_ID_IN_TITLE = re.compile(r"\b\d{3,}\b")
_PATH_IN_TITLE = re.compile(r"\(\S+/\S+\)|\b\w+=\w+")


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def host(url: str) -> str:
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:@]*@)?([^/?#:]*)", url, re.I)
    return (m[2] if m else "").lower()


def _kind(url: str) -> str | None:
    h = host(url)
    for kind, hosts in NOT_PRIMARY.items():
        if any(h == x or h.endswith("." + x) for x in hosts):
            return kind
    return "forum" if _FORUM_PATH.search(url) else None


def url_problem(url: str) -> str | None:
    if not re.match(r"^https?://", url):
        return "is not an http(s) URL"
    if "…" in url or "..." in url:
        return "contains an ellipsis"
    if re.search(r"\s", url):
        return "contains white space"
    if url.count("://") > 1 or re.match(r"https?://[^/]+/+https?[:/]", url):
        return "wraps another URL (a proxy)"
    h = host(url)
    if not h or h.endswith("."):
        return "has a malformed host name"
    if re.fullmatch(r"[0-9.]+", h):
        return "names a bare IP address (a copy, not the original)"
    return None


def _headline_words(title: str) -> list[str]:
    """The title's words after a 'Publisher:' prefix, ids left out: an official document's
    number beside its headline is fine, a number alone is no headline."""
    rest = title.partition(": ")[2] or title
    return [w for w in rest.split() if not re.search(r"\d{3,}", w)]


# A number an official document carries as its own ("Document 242", "No. 76").
_LABELLED = r"(?:Document|Doc\.|No\.?|Nr\.?|Number|Resolution|Decision|Release)\s*"


def title_problem(title: str, url: str | None) -> str | None:
    ids = [n for n in _ID_IN_TITLE.findall(title) if not re.fullmatch(r"(1[89]|20)\d\d", n)
           and not re.search(_LABELLED + re.escape(n) + r"\b", title, re.I)]
    if url and any(n in url for n in ids) and len(_headline_words(title)) < 5:
        return "carries an id from its URL instead of the document's headline"
    if _PATH_IN_TITLE.search(title):
        return "carries a path or query from its URL instead of the document's headline"
    return None


_URL_IN_TEXT = re.compile(r"https?://[^\s,;()<>\"']+")


def urls_in(text: str) -> list[str]:
    """The addresses a note names; a full stop that ends its sentence is not part of one."""
    out = []
    for url in _URL_IN_TEXT.findall(text or ""):
        if url.endswith(".") and not url.endswith(".."):
            url = url[:-1]
        out.append(url)
    return out


def findings(sources: list[dict[str, Any]], cited: set[str]) -> list[tuple[str, str]]:
    """(rule, detail) for each breach; `cited` holds the keys of sources some fact rests on."""
    out = []
    for s in sources:
        key, url = s["key"], s["url"]
        undated = not s["published"] and (s.get("notes") or "").startswith("Undated:")
        missing = [f for f in ("publisher", "published", "retrieved") if not s[f]
                   and not (f == "published" and undated)]
        if missing:
            out.append(("source incomplete", f"{key}: no {', '.join(missing)}"))
        if undated:
            out.append(("source undated", f"{key}: the document carries no date"))
        problem = title_problem(s["title"], url)
        if problem:
            out.append(("source title", f"{key}: {s['title']!r} {problem}"))
        if url:
            problem = url_problem(url)
            if problem:
                out.append(("source URL", f"{key}: {url} {problem}"))
            kind = _kind(url)
            if kind and key in cited:
                out.append(("source not primary", f"{key}: {host(url)} is {_a(kind)}; cite "
                            "the original, with this copy as its via"))
        if s.get("via") and url_problem(s["via"]) == "is not an http(s) URL":
            out.append(("source URL", f"{key}: via {s['via']} is not an http(s) URL"))
        problem = class_problem(s.get("source_class"), url)
        if problem:
            out.append(("source class", f"{key}: {problem}"))
    return out


ENCYCLOPEDIAS = ("wikipedia.org", "britannica.com", "nationsencyclopedia.com",
                 "infoplease.com")
RECORDS = ("official record", "depositary record", "news of record")


def class_problem(klass: str | None, url: str | None) -> str | None:
    """What is wrong with a source's class: none given, or one its address belies."""
    if klass is None:
        return "no class (official record, news of record, encyclopedia...)"
    h = host(url or "")
    if any(h == x or h.endswith("." + x) for x in ENCYCLOPEDIAS) and klass != "encyclopedia":
        return f"{h} is an encyclopedia, classed {klass!r}"
    kind = _kind(url or "")
    if kind and klass in RECORDS:
        return f"{h} is {_a(kind)}, classed {klass!r}: class the original, with this copy as " \
               "its via"
    return None
