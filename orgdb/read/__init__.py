"""The read layer: SQL text, typed records, lookups and the data rules of orgdb check."""
