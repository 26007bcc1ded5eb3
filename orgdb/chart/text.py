"""A chart drawn in the terminal: a bar of block characters per member, coloured by
status where the terminal takes colour, events as ◆, the officials listed above."""

from __future__ import annotations

from orgdb.chart.layout import Chart, ticks

_ANSI = {"member": "32", "associate": "36", "participant": "36", "observer": "34",
         "partner": "35", "dialogue partner": "35", "suspended": "31"}


def render(chart: Chart, width: int = 100, colour: bool = False) -> list[str]:
    label = min(24, max((len(r.label) for r in chart.rows), default=8))
    cells = max(width - label - 2, 20)
    span = max(chart.end - chart.start, 1e-9)

    def col(when: float) -> int:
        return min(cells - 1, max(0, int((when - chart.start) / span * cells)))

    out = [f"{chart.title}: members and officials"]
    for post, tenures in chart.officials:
        out.append(f"{post}: " + "; ".join(
            f"{int(t.start)}–{int(t.end)} {t.person}" + (" (acting)" if t.acting else "")
            for t in tenures))
    axis = [" "] * cells
    for t in ticks(chart.start, chart.end, most=max(cells // 8, 2)):
        c = col(t)
        for k, ch in enumerate(str(t)):
            if c + k < cells:
                axis[c + k] = ch
    out.append(" " * (label + 2) + "".join(axis).rstrip())
    for row in chart.rows:
        line = ["·"] * cells
        paint = [""] * cells
        for s in row.spells:
            for c in range(col(s.start), col(s.end) + 1):
                line[c], paint[c] = "█", _ANSI.get(s.status, "37")
        for when, _ in row.events:
            line[col(when)], paint[col(when)] = "◆", "1"
        text = "".join(f"\x1b[{p}m{ch}\x1b[0m" if colour and p else ch
                       for ch, p in zip(line, paint, strict=True))
        name = row.label if len(row.label) <= label else row.label[: label - 1] + "…"
        out.append(f"{name:>{label}}  {text}")
    statuses = sorted({s.status for r in chart.rows for s in r.spells})
    out.append(" " * (label + 2) + "  ".join(
        (f"\x1b[{_ANSI.get(s, '37')}m█\x1b[0m" if colour else "█") + f" {s}"
        for s in statuses) + "  ◆ event")
    return out
