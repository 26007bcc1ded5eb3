"""Frozen changeset appliers, one module per changeset format; data revisions import them
(migrations/env.py puts this folder's parent on sys.path). Never edit a released one."""
