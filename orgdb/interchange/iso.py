"""ISO 3166 codes of states, validated through pycountry: ISO 3166-1 for current states,
ISO 3166-3 for former ones (USSR SU/SUN, Yugoslavia YU/YUG, East Germany DD/DDR...)."""

from __future__ import annotations


def code_error(alpha2: str | None, alpha3: str | None) -> str | None:
    """Why a pair of codes is not one ISO 3166-1 or 3166-3 country, or None if it is."""
    import pycountry

    candidates = []
    for db in (pycountry.countries, pycountry.historic_countries):
        for field, value in (("alpha_2", alpha2), ("alpha_3", alpha3)):
            if value:
                found = db.get(**{field: value})
                if found is not None:
                    candidates.append(found)
    if (alpha2 or alpha3) and not candidates:
        return f"{alpha2 or alpha3!s} is not an ISO 3166-1 or ISO 3166-3 code"
    for country in candidates:
        if (not alpha2 or country.alpha_2 == alpha2) and (
                not alpha3 or getattr(country, "alpha_3", None) == alpha3):
            return None
    return f"{alpha2} and {alpha3} are not the codes of one country in ISO 3166"
