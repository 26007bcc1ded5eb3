"""The store: schema, targets, connections, migrations, the writer lock, backups."""
