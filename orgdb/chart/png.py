"""A chart as PNG, drawn with Pillow on the SVG renderer's geometry."""

from __future__ import annotations

from pathlib import Path

from orgdb.chart.layout import COLOURS, OTHER, Chart, ticks
from orgdb.chart.svg import LABEL, MARGIN, ROW, TOP_ROW, WIDTH, Geometry
from orgdb.errors import OrgdbError


def write(chart: Chart, path: Path) -> None:
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        raise OrgdbError("a PNG chart needs Pillow, which this installation lacks",
                         "pip install 'orgdb[png]', or write an SVG: -o chart.svg") from None

    g = Geometry(chart)
    image = Image.new("RGB", (WIDTH, g.height), "white")
    draw = ImageDraw.Draw(image)
    font, small = _font(ImageFont, 11), _font(ImageFont, 9)
    draw.text((MARGIN, 5), f"{chart.title}: members and officials", fill="black",
              font=_font(ImageFont, 14))
    for i, (post, tenures) in enumerate(chart.officials):
        y = g.lane_y(i)
        draw.text((MARGIN, y + 2), post, fill="#333333", font=font)
        for k, t in enumerate(tenures):
            x0, x1 = g.x(t.start), max(g.x(t.end), g.x(t.start) + 1)
            draw.rectangle((x0, y, x1, y + TOP_ROW - 3), fill="#e0e0e0" if k % 2 else "#bdbdbd")
            name = t.person + (" (acting)" if t.acting else "")
            while name and draw.textlength(name, font=small) > x1 - x0 - 4:
                name = name[:-1]
            draw.text((x0 + 2, y + 3), name, fill="black", font=small)
    for i, row in enumerate(chart.rows):
        y = g.row_y(i)
        draw.text((LABEL - 6, y + 2), row.label, fill="black", font=font, anchor="ra")
        for s in row.spells:
            draw.rectangle((g.x(s.start), y + 2, max(g.x(s.end), g.x(s.start) + 1),
                            y + ROW - 2), fill=COLOURS.get(s.status, OTHER))
        for when, _ in row.events:
            x = g.x(when)
            draw.polygon([(x, y + 1), (x + 4, y + 8), (x, y + 15), (x - 4, y + 8)],
                         fill="black")
    axis = g.top + ROW * len(chart.rows) + 4
    draw.line((g.plot_left, axis, g.plot_right, axis), fill="#333333")
    for tick in ticks(chart.start, chart.end):
        draw.text((g.x(tick), axis + 6), str(tick), fill="black", font=font, anchor="ma")
    x = MARGIN
    for status in sorted({s.status for r in chart.rows for s in r.spells}):
        draw.rectangle((x, axis + 28, x + 12, axis + 38), fill=COLOURS.get(status, OTHER))
        draw.text((x + 16, axis + 28), status, fill="black", font=font)
        x += 28 + 7 * len(status)
    image.save(path, "PNG")


def _font(image_font, size: int):
    """DejaVu Sans where the system has it (every accented name drawn), else Pillow's."""
    try:
        return image_font.truetype("DejaVuSans.ttf", size)
    except OSError:
        return image_font.load_default(size=size)
