"""orgdb's own schema on PostgreSQL: `orgdb` unless the URL's search_path names another;
another application's tables in the same database are never touched; a database that
orgdb 0.1 filled in `public` is moved, every row kept, by the next `db upgrade`."""

from __future__ import annotations

import pytest
from helpers import cli, query, sa_engine

from orgdb.store import revisions


def _named(url: str, schema: str) -> str:
    return f"{url}?options=-csearch_path%3D{schema}"


def test_orgdb_lives_in_its_own_schema_beside_another_applications_tables(pg_url):
    with sa_engine(pg_url).begin() as conn:  # the host's tables, its own alembic_version
        conn.exec_driver_sql("CREATE TABLE public.alembic_version (version_num varchar(32) "
                             "PRIMARY KEY); INSERT INTO public.alembic_version VALUES "
                             "('0001'); CREATE TABLE public.person (id int PRIMARY KEY, "
                             "name text); INSERT INTO public.person VALUES (1, 'Host row')")
    up = cli("db", "upgrade", "--db", pg_url)
    assert up.exit_code == 0, up.output
    assert query(pg_url, "SELECT version_num FROM public.alembic_version") == [("0001",)]
    assert query(pg_url, "SELECT * FROM public.person") == [(1, "Host row")]
    tables = {t for (t,) in query(pg_url, "SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = 'orgdb'")}
    assert {"alembic_version", "person", "organization", "membership"} <= tables
    members = cli("members", "CSTO", "--as-of", "2011-08-12", "--db", pg_url, "--format",
                  "csv")
    assert members.exit_code == 0 and len(members.stdout.splitlines()) == 8


def test_a_schema_named_in_the_url_holds_orgdb_instead(pg_url):
    url = _named(pg_url, "reference_data")
    assert cli("db", "upgrade", "--db", url).exit_code == 0
    assert query(pg_url, "SELECT count(*) FROM reference_data.organization")[0][0] > 20
    assert query(pg_url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'orgdb'") == [
        (0,)]
    assert cli("db", "current", "--db", url).stdout.startswith(f"{revisions.head()} (head)")
    bad = cli("members", "CSTO", "--db", _named(pg_url, "x%3By"))
    assert bad.exit_code == 1 and "cannot use schema" in bad.stderr


def test_a_database_orgdb_0_1_filled_in_public_is_moved_every_row_kept(pg_url):
    legacy = _named(pg_url, "public")
    assert cli("db", "upgrade", "--db", legacy).exit_code == 0  # as orgdb 0.1 left it
    with sa_engine(legacy).begin() as conn:  # a user's own row
        conn.exec_driver_sql("INSERT INTO source (key, title, published_precision, "
                             "retrieved_precision) VALUES ('mine', 'Mine', 'day', 'day')")
    before = query(legacy, "SELECT count(*) FROM membership")
    refused = cli("members", "CSTO", "--db", pg_url)
    assert refused.exit_code == 1
    assert "keeps orgdb's tables in schema public" in refused.stderr
    assert "run: orgdb db upgrade --db" in refused.stderr
    moved = cli("db", "upgrade", "--db", pg_url)
    assert moved.exit_code == 0, moved.output
    assert "moved orgdb's tables from schema public into schema orgdb" in moved.stderr
    assert query(pg_url, "SELECT count(*) FROM membership") == before
    assert query(pg_url, "SELECT title FROM source WHERE key = 'mine'") == [("Mine",)]
    assert query(pg_url, "SELECT count(*) FROM information_schema.tables WHERE "
                         "table_schema = 'public'") == [(0,)]
    assert cli("members", "CSTO", "--db", pg_url).exit_code == 0


@pytest.mark.parametrize("url", ["postgresql://h/db?options=-csearch_path%3Dmine",
                                 "postgresql://h/db?options=-c%20search_path%3Dmine,public"])
def test_the_url_names_the_schema(url):
    from orgdb.store.target import parse

    target = parse(url)
    assert (target.schema, target.schema_named, target.connect_options()) == ("mine", True, {})
    plain = parse("postgresql://h/db")
    assert (plain.schema, plain.connect_options()) == (
        "orgdb", {"options": "-c search_path=orgdb"})
