"""Data in and out: changesets, the Correlates of War IGO data set, Popolo JSON, CSV."""
