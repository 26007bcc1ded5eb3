"""ISO 3166 codes of states, validated through pycountry: ISO 3166-1 for current states,
ISO 3166-3 for former ones (USSR SU/SUN, Yugoslavia YU/YUG, East Germany DD/DDR...), and
the user-assigned codes ISO 3166-1 leaves to its users that orgdb adopts (docs/data.md)."""

from __future__ import annotations

# User-assigned codes (ISO 3166-1 reserves XA-XZ for them) for states ISO does not code:
# Kosovo's XK/XKX, as the European Commission, the IMF and SWIFT use them.
USER_ASSIGNED = {"XK": "XKX"}


def code_error(alpha2: str | None, alpha3: str | None) -> str | None:
    """Why a pair of codes is not one ISO 3166-1 or 3166-3 country, or None if it is."""
    if alpha2 in USER_ASSIGNED or alpha3 in USER_ASSIGNED.values():
        if any(alpha2 in (None, a2) and alpha3 in (None, a3)
               for a2, a3 in USER_ASSIGNED.items()):
            return None
        return f"{alpha2} and {alpha3} are not the codes of one state orgdb recognizes"
    import pycountry

    candidates = []
    for db in (pycountry.countries, pycountry.historic_countries):
        for found in (db.get(alpha_2=alpha2) if alpha2 else None,
                      db.get(alpha_3=alpha3) if alpha3 else None):
            if found is not None:
                candidates.append(found)
    if (alpha2 or alpha3) and not candidates:
        return f"{alpha2 or alpha3!s} is not an ISO 3166-1 or ISO 3166-3 code"
    for country in candidates:
        if (not alpha2 or country.alpha_2 == alpha2) and (
                not alpha3 or getattr(country, "alpha_3", None) == alpha3):
            return None
    return f"{alpha2} and {alpha3} are not the codes of one country in ISO 3166"
