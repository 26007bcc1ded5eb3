"""A chart as SVG: the member rows under the officials, a year axis, a legend."""

from __future__ import annotations

from xml.sax.saxutils import escape

from orgdb.chart.layout import COLOURS, OTHER, Chart, ticks

WIDTH, LABEL, ROW, TOP_ROW, MARGIN = 1000, 190, 16, 18, 10


class Geometry:
    """Where things go: shared by the SVG and PNG renderers."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self.plot_left, self.plot_right = LABEL, WIDTH - MARGIN
        self.top = 34 + TOP_ROW * len(chart.officials)  # title, then one lane per post
        self.height = self.top + ROW * len(chart.rows) + 56  # axis and legend below

    def x(self, when: float) -> float:
        c = self.chart
        span = max(c.end - c.start, 1e-9)
        return self.plot_left + (when - c.start) / span * (self.plot_right - self.plot_left)

    def row_y(self, i: int) -> float:
        return self.top + i * ROW

    def lane_y(self, i: int) -> float:
        return 30 + i * TOP_ROW


def render(chart: Chart) -> str:
    g = Geometry(chart)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{g.height}" '
           f'viewBox="0 0 {WIDTH} {g.height}" font-family="sans-serif" font-size="11">',
           f'<title>{escape(chart.title)}</title>',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<text x="{MARGIN}" y="18" font-size="14" font-weight="bold">'
           f'{escape(chart.title)}: members and officials</text>']
    for i, (post, tenures) in enumerate(chart.officials):
        y = g.lane_y(i)
        out.append(f'<text x="{MARGIN}" y="{y + 12:.1f}" fill="#333">{escape(post)}</text>')
        for k, t in enumerate(tenures):
            x0, x1 = g.x(t.start), g.x(t.end)
            fill = "#e0e0e0" if k % 2 else "#bdbdbd"
            name = t.person + (" (acting)" if t.acting else "")
            out.append(f'<g class="official"><title>{escape(name)}</title>'
                       f'<rect x="{x0:.1f}" y="{y:.1f}" width="{max(x1 - x0, 1):.1f}" '
                       f'height="{TOP_ROW - 3}" fill="{fill}"/>'
                       f'<text x="{x0 + 2:.1f}" y="{y + 11:.1f}" font-size="9" '
                       f'textLength="{max(min(x1 - x0 - 4, len(name) * 5), 1):.1f}" '
                       f'lengthAdjust="spacingAndGlyphs">{escape(name)}</text></g>')
    for i, row in enumerate(chart.rows):
        y = g.row_y(i)
        out.append(f'<text x="{LABEL - 6}" y="{y + 11:.1f}" text-anchor="end">'
                   f'{escape(row.label)}</text>')
        for s in row.spells:
            x0, x1 = g.x(s.start), g.x(s.end)
            out.append(f'<rect class="spell" data-state="{escape(row.code)}" '
                       f'data-status="{escape(s.status)}" x="{x0:.1f}" y="{y + 2:.1f}" '
                       f'width="{max(x1 - x0, 1):.1f}" height="{ROW - 4}" '
                       f'fill="{COLOURS.get(s.status, OTHER)}"><title>'
                       f'{escape(row.label)}: {escape(s.status)}</title></rect>')
        for when, what in row.events:
            x = g.x(when)
            out.append(f'<path class="event" d="M{x:.1f} {y + 1:.1f} l4 7 l-4 7 l-4 -7 z" '
                       f'fill="black"><title>{escape(what)}</title></path>')
    axis = g.top + ROW * len(chart.rows) + 4
    out.append(f'<line x1="{g.plot_left}" y1="{axis}" x2="{g.plot_right}" y2="{axis}" '
               'stroke="#333"/>')
    for tick in ticks(chart.start, chart.end):
        x = g.x(tick)
        out.append(f'<line x1="{x:.1f}" y1="{g.top - 2}" x2="{x:.1f}" y2="{axis + 4}" '
                   'stroke="#ccc" stroke-width="0.5"/>'
                   f'<text x="{x:.1f}" y="{axis + 16}" text-anchor="middle">{tick}</text>')
    x = MARGIN
    for status in sorted({s.status for r in chart.rows for s in r.spells}):
        out.append(f'<rect x="{x}" y="{axis + 28}" width="12" height="10" '
                   f'fill="{COLOURS.get(status, OTHER)}"/>'
                   f'<text x="{x + 16}" y="{axis + 37}">{escape(status)}</text>')
        x += 28 + 7 * len(status)
    out.append(f'<path d="M{x + 4} {axis + 28} l4 5 l-4 5 l-4 -5 z" fill="black"/>'
               f'<text x="{x + 12}" y="{axis + 37}">event</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
