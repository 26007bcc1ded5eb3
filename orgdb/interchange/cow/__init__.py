"""The Correlates of War IGO data set, version 3 (IGO-year format): import and export.

- columns: the file's columns, cell codes and source row, declared once;
- states: COW's state columns and the states they become;
- reader: the file, streamed one IGO at a time;
- importer: organizations, states and memberships in; the rest kept raw for the export;
- compare: disagreements between COW and the curated data;
- export: the file written back, cell for cell.

See docs/interchange.md for the decisions behind the state mapping. This package's
__init__ imports nothing, so that the read layer can use its column list cheaply.
"""
