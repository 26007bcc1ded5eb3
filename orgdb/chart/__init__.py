"""`orgdb chart`: an organization's membership timeline, laid out once (layout.py) and drawn
as SVG (svg.py), PNG (png.py) or in the terminal (text.py)."""
