"""`orgdb chart`: a membership timeline as SVG, PNG or in the terminal, and the picture in
README is the one the command makes."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers import cli as run

import orgdb

SVG = "{http://www.w3.org/2000/svg}"
README_CHART = Path(__file__).resolve().parent.parent / "docs" / "chart-nato.svg"



def test_the_svg_is_well_formed_with_a_bar_per_spell_and_the_names(head_url, tmp_path):
    out = tmp_path / "nato.svg"
    result = run("chart", "NATO", "-o", out, "--until", "2026-11-28", "--db", head_url)
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "spell"]
    with orgdb.connect(head_url) as d:
        spells = d.members("NATO", history=True)
    assert len(bars) == len(spells) == 32
    assert {b.get("data-state") for b in bars} == {m.state_code for m in spells}
    texts = {t.text for t in root.iter(f"{SVG}text")}
    assert {"Belgium", "Sweden", "Secretary General", "1950"} <= texts
    people = {t.text for g in root.iter(f"{SVG}g") for t in g.iter(f"{SVG}title")}
    assert "Jens Stoltenberg" in people and "Mark Rutte" in people
    events = [p for p in root.iter(f"{SVG}path") if p.get("class") == "event"]
    assert events  # France's and Greece's steps in and out of the integrated command


def test_the_png_is_a_png(head_url, tmp_path):
    out = tmp_path / "csto.png"
    assert run("chart", "CSTO", "-o", out, "--db", head_url).exit_code == 0
    from PIL import Image

    with Image.open(out) as image:
        assert image.format == "PNG" and image.size[0] == 1000 and image.size[1] > 150


def test_in_the_terminal_a_bar_per_member(head_url):
    result = run("chart", "CSTO", "--until", "2026-11-28", "--db", head_url)
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and "\x1b" not in result.stdout
    uz = next(line for line in lines if line.strip().startswith("Uzbekistan"))
    assert "█" in uz and "·" in uz  # a spell, and the years outside it
    assert any("Nikolay Bordyuzha" in line for line in lines)


def test_an_unknown_picture_format_is_a_usage_error(head_url, tmp_path):
    result = run("chart", "CSTO", "-o", tmp_path / "x.gif", "--db", head_url)
    assert result.exit_code == 2 and "x.gif" in result.stderr


def test_the_readme_picture_is_what_the_command_makes(head_sqlite_path, tmp_path):
    out = tmp_path / "nato.svg"
    run("chart", "NATO", "-o", out, "--until", "2026-11-28", "--db", head_sqlite_path)
    assert out.read_text(encoding="utf-8") == README_CHART.read_text(encoding="utf-8"), \
        "regenerate: orgdb chart NATO -o docs/chart-nato.svg --until 2026-11-28"


def test_a_png_without_pillow_is_one_line_naming_the_extra(head_sqlite_path, tmp_path,
                                                          monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL", None)  # `import PIL` now fails, as uninstalled
    out = tmp_path / "nato.png"
    result = run("chart", "NATO", "-o", out, "--db", head_sqlite_path)
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr.startswith("Error: a PNG chart needs Pillow")
    assert "pip install 'orgdb[png]'" in result.stderr and "Traceback" not in result.output
