"""The newsroom's own models. orgdb's tables are copied into the same MetaData, under
their schema `orgdb`, so that the foreign key below resolves; the newsroom's migrations
never touch them (migrations/env.py passes orgdb's include_object)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from orgdb.store.host import add_tables

add_tables(SQLModel.metadata)


class Story(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    headline: str
    organization_id: int = Field(foreign_key="orgdb.organization.id", index=True)
