"""Keeping the curated data: new data revisions, and the changelog of the data."""
