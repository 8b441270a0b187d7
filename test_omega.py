"""omega's specification, as tests, in the order of its README.

Top to bottom: the shared fixtures and harness first, then one section per part of the README, each section's own
helpers right above its tests:

    Save and load                       what a save stores and a load returns
    The rules for a save, and errors    422, 400, 413, 415, 404, 405 and 500, and what is logged about them
    Conditional saves                   ETag, If-Match, If-None-Match and the stale tab; pages on other origins (CORS)
                                        and the README's client, in Chromium
    Deadlines and 503s                  every fault: outages and restarts, locks, a frozen, slow or read-only database,
                                        the batches of omega.database, and what is logged for a 503
    Migrations and deploys              start-up refusals, the schema check, migrations, a deploy and its rollback
    Operations                          copied into a game, production URLs, privileges, logging, durability, workers
    Failover                            a primary and a standby

Which database a test runs on is the fixture it asks for. `database_url`: a migrated database on SQLite, on
PostgreSQL and on PostgreSQL through PgBouncer in transaction pooling mode, so the test runs on all three;
`postgres_url`: the last two only, for what only PostgreSQL has; `unmigrated_database_url`: a new database of the
same kind, with no schema; ONCE runs a test on SQLite alone, for what never reaches the database. On that database,
`fresh_omega` is omega imported afresh with its table emptied, `client` its app in a TestClient, and `server()` runs
`uvicorn omega:app` in a subprocess. A test for a new field follows the README's "Adding a field to the state".

The PostgreSQL runs need a server URL in OMEGA_TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)
and PgBouncer's in OMEGA_TEST_PGBOUNCER_URL (e.g. postgresql://postgres@127.0.0.1:6432/postgres); each run makes a
scratch database on that server and drops it at the end. Without them, those runs are skipped, as are the few that
need what a machine may lack, each saying what: Chromium, root with Linux's iptables and PostgreSQL's server programs,
POSIX's resource limits and Linux's /proc. On Linux, CI runs them all (.ci/run fails on any skip).

    OMEGA_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    OMEGA_TEST_PGBOUNCER_URL=postgresql://postgres@127.0.0.1:6432/postgres python -m pytest -q
"""
import asyncio
import contextlib
import copy
import hashlib
import importlib
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx2 as httpx
import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect, pool, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.engine import make_url
from starlette.testclient import TestClient

import omega

HERE = Path(__file__).parent
POSTGRES_URL = os.environ.get("OMEGA_TEST_POSTGRES_URL")
PGBOUNCER_URL = os.environ.get("OMEGA_TEST_PGBOUNCER_URL")


# --- Shared fixtures and harness --------------------------------------------------------------------------------------
# A saved state, and what omega answers
STATE = {
    "scene_index": 3,
    "party_name": "The Lanterns",
    "heroes": [{"name": "Ayla", "class": "mage", "hp": 12}, {"name": "Bo", "class": "knight", "hp": 30}],
    "symbol_choice": "sun",
    "choices": {"scene1": "left", "scene2": 2, "scene3": 0.5, "scene4": True, "scene5": None},
}


def body(session_id="s-1", **state):
    """A save's body: STATE for `session_id`, with the fields given replaced."""
    return {"session_id": session_id, "state": {**copy.deepcopy(STATE), **state}}


def hero(**fields):
    """A party of one hero, Ayla, with the fields given replaced."""
    return [{"name": "Ayla", "class": "mage", "hp": 12, **fields}]


JSON = {"Content-Type": "application/json"}  # what a save must say its body is, when a test sends it as bytes


def whole(response):
    """What a test compares of an answer: its status, its JSON body (None without a body) and its ETag."""
    return response.status_code, response.json() if response.content else None, response.headers.get("etag")


def saved_answer(etag, scene_index=3):
    """whole() of a save that was stored at the revision `etag` names."""
    return 200, {"status": "saved", "scene_index": scene_index}, etag


def loaded_answer(sent, etag):
    """whole() of a load that returns the body `sent`, stored at the revision `etag` names."""
    return 200, sent, etag


# Time
def until(condition, seconds=10):
    """Whether condition() came true within `seconds`, tried every 20 ms: for what has no event to wait on. 10 s by
    default, twice omega's deadline: what is tested comes at once or by the deadline; the bound only ends a failure."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def timed(request, *args, **kwargs):
    """The response to request(*args, **kwargs), and the seconds it took."""
    started = time.monotonic()
    response = request(*args, **kwargs)
    return response, time.monotonic() - started


def at_once(*calls):
    """The results of `calls` (functions without arguments), run at the same time in threads: for programs that a
    test starts and that do not depend on each other, so that none waits for another to finish."""
    with ThreadPoolExecutor(len(calls)) as pool:
        return [future.result() for future in [pool.submit(call) for call in calls]]


# Databases: URLs, Alembic, and admin connections (another program's, not omega's)
def as_text(url):
    """A URL as DATABASE_URL takes it: text with its password (SQLAlchemy's str() shows *** instead)."""
    return make_url(url).render_as_string(hide_password=False)


def kind(url):
    """Which database `url` reaches: sqlite, postgresql or pgbouncer."""
    url = make_url(url)
    return "pgbouncer" if PGBOUNCER_URL and url.port == make_url(PGBOUNCER_URL).port else url.get_backend_name()


def alembic(url, *args, cwd=HERE, **env):
    """`alembic *args` on the database `url`, run from `cwd`: the finished process (returncode, stdout, stderr)."""
    env = {**os.environ, "DATABASE_URL": url, **env}
    return subprocess.run([sys.executable, "-m", "alembic", *args], cwd=cwd, env=env, capture_output=True, text=True)


@contextlib.contextmanager
def admin(url):
    """A connection to `url` as another program has one (an administrator, a migration): autocommit, none of omega's
    settings; closed, and its engine disposed, at the end."""
    url = make_url(url)
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg2")
    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def rows(url):
    """The rows of the parties table at `url`, in session_id order, as an administrator reads them."""
    with admin(url) as connection:
        return connection.execute(select(omega.parties).order_by(omega.parties.c.session_id)).all()


def empty_parties(url):
    """Deletes every row of the parties table at `url` (the migrated databases are shared by this file's tests)."""
    with admin(url) as connection:
        connection.execute(omega.parties.delete())


def direct(url):
    """The database of `url` on the PostgreSQL server itself, not through PgBouncer: where an administrator works."""
    return as_text(make_url(POSTGRES_URL).set(database=make_url(url).database))


def disconnect_everyone(connection):
    """Ends every other connection to the database of `connection` (an admin connection straight to PostgreSQL), as
    a restart or a failover does, and waits until their server processes are gone: a pooled connection is then
    closed, not caught half-way."""
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    connection.exec_driver_sql(f"SELECT pg_terminate_backend(pid) {others}")
    assert until(lambda: connection.exec_driver_sql(
        f"SELECT count(*) {others} AND backend_type = 'client backend'").scalar() == 0)


@contextlib.contextmanager
def locked(url, statement=None):
    """Another session's open transaction, holding the locks that `statement` takes (on SQLite, the write lock)."""
    with admin(url) as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if kind(url) == "sqlite" else "BEGIN")
        if statement:
            connection.exec_driver_sql(statement)
        try:
            yield
        finally:
            connection.exec_driver_sql("ROLLBACK")


@contextlib.contextmanager
def plpgsql_trigger(url, name, action, on, when):
    """A PostgreSQL trigger that runs `action` (PL/pgSQL) before each `on` (INSERT, UPDATE) on a row of parties
    `when` it holds; dropped at the end. Each step has a connection of its own, which a test may end meanwhile."""
    with admin(url) as connection:
        connection.exec_driver_sql(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                                   f"AS $$ BEGIN {action}; RETURN NEW; END $$")
        connection.exec_driver_sql(f"CREATE TRIGGER {name} BEFORE {on} ON parties FOR EACH ROW WHEN ({when}) "
                                   f"EXECUTE FUNCTION {name}()")
    try:
        yield
    finally:
        with admin(url) as connection:
            connection.exec_driver_sql(f"DROP TRIGGER {name} ON parties")
            connection.exec_driver_sql(f"DROP FUNCTION {name}()")


@contextlib.contextmanager
def refusing_party_name(url, name):
    """The database refuses to store the party name `name`, as a CHECK or a trigger that an administrator or a newer
    release added would: PostgreSQL by a CHECK constraint (whose message quotes the whole row), SQLite by a trigger.
    Removed at the end."""
    quoted = "'" + name.replace("'", "''") + "'"
    refuse, allow = (
        (f"CREATE TRIGGER refuse_party_name BEFORE INSERT ON parties WHEN NEW.name = {quoted} "
         "BEGIN SELECT RAISE(ABORT, 'refused'); END", "DROP TRIGGER refuse_party_name") if kind(url) == "sqlite" else
        (f"ALTER TABLE parties ADD CONSTRAINT refuse_party_name CHECK (name <> {quoted})",
         "ALTER TABLE parties DROP CONSTRAINT refuse_party_name"))
    with admin(url) as connection:
        connection.exec_driver_sql(refuse)
        try:
            yield
        finally:
            connection.exec_driver_sql(allow)


# The databases a test runs on
@contextlib.contextmanager
def scratch_database(of_kind, tmp_path):
    """The URL of a new, empty database of this kind (sqlite, postgresql, pgbouncer), dropped afterwards."""
    if of_kind == "sqlite":
        yield f"sqlite:///{tmp_path}/omega.db"
        return
    if not POSTGRES_URL or (of_kind == "pgbouncer" and not PGBOUNCER_URL):
        pytest.skip("PostgreSQL tests need OMEGA_TEST_POSTGRES_URL and OMEGA_TEST_PGBOUNCER_URL")
    name = f"omega_test_{uuid.uuid4().hex[:12]}"
    with admin(POSTGRES_URL) as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:  # PgBouncer's [databases] * = host=... reaches every database of its server by name
        yield as_text(make_url(PGBOUNCER_URL if of_kind == "pgbouncer" else POSTGRES_URL).set(database=name))
    finally:
        with admin(POSTGRES_URL) as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(scope="module", params=["sqlite", "postgresql", "pgbouncer"])
def database_url(request, tmp_path_factory):
    """A migrated database on SQLite, on PostgreSQL and on PostgreSQL through PgBouncer: a test that asks for it runs
    on each. One database of each kind serves all the tests of this file, so a test that counts rows empties it."""
    with scratch_database(request.param, tmp_path_factory.mktemp("db")) as url:
        migrated = alembic(url, "upgrade", "head")
        assert migrated.returncode == 0, migrated.stderr
        yield url


ONCE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # for what never reaches the database


@pytest.fixture(scope="module", params=["postgresql", "pgbouncer"])
def postgres_url(request, tmp_path_factory):
    """A migrated PostgreSQL database, directly and through PgBouncer: a test that asks for it runs on both, for what
    only PostgreSQL has. Shared by this file's tests, as database_url is."""
    with scratch_database(request.param, tmp_path_factory.mktemp("db")) as url:
        migrated = alembic(url, "upgrade", "head")
        assert migrated.returncode == 0, migrated.stderr
        yield url


@pytest.fixture
def unmigrated_database_url(database_url, tmp_path):
    """A new database of the same kind as `database_url`, with no schema at all (no SQLite file yet), for this test."""
    with scratch_database(kind(database_url), tmp_path) as url:
        yield url


# omega in this process
@pytest.fixture
def import_omega_afresh(monkeypatch):
    """A function that imports omega afresh on a URL, as `uvicorn omega:app` imports it, with DATABASE_URL (and the
    variables given) set for this test; it returns the module. Each engine it made is disposed at the end."""
    engines = []

    def import_afresh(url, **env):
        for name, value in {"DATABASE_URL": url, **env}.items():
            monkeypatch.setenv(name, value)
        importlib.reload(omega)
        engines.append(omega.database.engine)
        return omega

    try:
        yield import_afresh
    finally:
        for engine in engines:
            engine.dispose()


@pytest.fixture
def fresh_omega(database_url, import_omega_afresh):
    """omega imported afresh on `database_url`, whose parties table is emptied first. Every test that uses omega.app,
    omega.database or omega.write_statement asks for it (or calls import_omega_afresh), so that none runs on whichever
    omega a test imported last."""
    empty_parties(database_url)
    return import_omega_afresh(database_url)


@pytest.fixture
def client(fresh_omega):
    """fresh_omega's app (omega imported afresh, its table emptied) in Starlette's TestClient: its start-up runs,
    then each request runs in-process."""
    with TestClient(omega.app) as client:
        yield client


@contextlib.contextmanager
def omega_engine(url):
    """omega's own engine on `url` (omega.Database(url).engine: its driver settings and limits), disposed at the end."""
    engine = omega.Database(url).engine
    try:
        yield engine
    finally:
        engine.dispose()


# omega as a server: `uvicorn omega:app` in a subprocess
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


web = httpx.Client(timeout=30, limits=httpx.Limits(keepalive_expiry=1))  # one client for all: each new one costs
# tens of milliseconds; idle connections go after a second, well before uvicorn closes them (5 seconds). 30 s per
# request: far past any answer omega gives by its 5 s deadline; it only bounds a failing test.


@contextlib.contextmanager
def server(url, workers=1, cwd=HERE, options=(), app="omega:app", **env):
    """`uvicorn omega:app` in a subprocess on `url` (None: omega's default), run from `cwd`, with the variables given;
    yields once it answers: its base URL, the process, and a function that returns its output so far (all of it once
    the server is stopped)."""
    port = free_port()
    environment = {**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"}, **env}
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # not a pipe: a full pipe blocks
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", app, "--port", str(port), "--workers", str(workers), *options],
        cwd=cwd, env=environment if url is None else {**environment, "DATABASE_URL": url}, stdout=log,
        stderr=subprocess.STDOUT,
    )
    base, stopped = f"http://127.0.0.1:{port}", []
    output = lambda: stopped[0] if stopped else Path(log.name).read_text()
    try:
        started = time.monotonic()
        while True:  # uvicorn listens once omega's start-up is done (with workers, once a worker accepts)
            assert process.poll() is None, output()
            with contextlib.suppress(httpx.ConnectError):
                web.get(f"{base}/", timeout=30)  # omega's 404, which asks nothing of the database
                break
            assert time.monotonic() - started < 60, output()  # a start-up that waits for the database takes 5 s
            time.sleep(0.02)  # tried every 20 ms: a start takes half a second
        yield base, process, output
    finally:
        if workers == 1:
            process.kill()  # at once: no test looks at a graceful shutdown, and each answered save is on disk
        else:
            process.terminate()  # uvicorn stops its workers before it exits
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        stopped.append(Path(log.name).read_text())
        os.unlink(log.name)


def start(url, *options, cwd=HERE, app="omega:app", **env):
    """Start omega as `uvicorn omega:app` would and expect it to refuse: its exit code and output."""
    env = {**os.environ, "DATABASE_URL": url, **env}
    if url is None:
        del env["DATABASE_URL"]
    port = str(free_port())
    result = subprocess.run([sys.executable, "-m", "uvicorn", app, "--port", port, *options], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout + result.stderr


# A database that goes away, stops answering, or cuts a connection: a relay in front of PostgreSQL
class Outage:
    """A TCP relay in front of PostgreSQL (or PgBouncer) that a test can cut and restore, as if the database went
    away and came back, or freeze and thaw, as if it stopped answering: connections open, nothing comes back. `url`
    is the same database through the relay. As a context manager, the relay goes down at the end."""

    def __init__(self, database_url):
        database = make_url(database_url)
        self.target, self.port = (database.host, database.port or 5432), free_port()
        self.url = as_text(database.set(host="127.0.0.1", port=self.port))
        self.flowing, self.cut, self.lock = threading.Event(), None, threading.Lock()
        self.listener, self.sockets, self.threads = None, [], []
        self.held = 0  # what a frozen relay holds back now: a count of what it read, one way or the other
        self.up()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.down()

    def up(self):
        with self.lock:
            self.listener = socket.create_server(("127.0.0.1", self.port))
            self.flowing.set()
            self._run(self._accept, self.listener)

    def down(self):
        """Every connection cut and none accepted, as when the database goes away; waits for the relay's threads."""
        with self.lock:
            listener, sockets, threads = self.listener, self.sockets, self.threads
            self.listener, self.sockets, self.threads = None, [], []
        for s in [listener, *sockets] if listener else sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        self.flowing.set()  # frozen relays let go, into closed sockets
        for thread in threads:
            thread.join(10)  # each ends at once, its sockets closed; 10 s only bounds a failure

    def freeze(self):
        """Connections stay open and new ones are accepted, but every byte is held back."""
        self.flowing.clear()

    def thaw(self):
        self.flowing.set()  # what was held back goes on

    def cut_when_sent(self, pattern):
        """From now on, a connection whose client sends `pattern` is cut there, both ways (None: no longer)."""
        self.cut = pattern

    def _run(self, target, *args):  # (with self.lock held) a thread that down() waits for
        thread = threading.Thread(target=target, args=args, daemon=True)
        self.threads.append(thread)
        thread.start()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # down() closed the listener
                return
            database = socket.create_connection(self.target)
            with self.lock:
                if self.listener is not listener:  # down() came meanwhile
                    client.close()
                    database.close()
                    return
                self.sockets += [client, database]
                for source, sink in ((client, database), (database, client)):
                    self._run(self._pump, source, sink)

    def _pump(self, source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if not self.flowing.is_set():
                    with self.lock:
                        self.held += 1
                    self.flowing.wait()
                    with self.lock:
                        self.held -= 1
                if self.cut and self.cut in data and source.getsockname()[1] == self.port:  # from the client
                    for s in (source, sink):
                        s.shutdown(socket.SHUT_RDWR)
                    return
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


@pytest.fixture
def outage(postgres_url):
    """An Outage in front of `postgres_url`, down at the end of the test."""
    with Outage(postgres_url) as outage:
        yield outage


# --- Save and load ----------------------------------------------------------------------------------------------------
def test_save_answers_saved_with_the_scene_index(client):
    assert whole(client.post("/api/v1/save", json=body())) == saved_answer('"1"')


def test_load_returns_exactly_the_state_saved(client):
    client.post("/api/v1/save", json=body())
    response = client.get("/api/v1/load/s-1")
    assert whole(response) == (200, {"session_id": "s-1", "state": STATE}, '"1"')


def test_save_replaces_the_state_of_the_session(client, database_url):
    client.post("/api/v1/save", json=body())
    newer = body(scene_index=4, heroes=[], symbol_choice=None, choices={})
    assert whole(client.post("/api/v1/save", json=newer)) == saved_answer('"2"', scene_index=4)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(newer, '"2"')
    assert len(rows(database_url)) == 1


def test_sessions_are_kept_apart(client):
    a, b = body("a", party_name="A"), body("b", party_name="B")
    for sent in (a, b):
        assert whole(client.post("/api/v1/save", json=sent)) == saved_answer('"1"')
    assert whole(client.get("/api/v1/load/a")) == loaded_answer(a, '"1"')
    assert whole(client.get("/api/v1/load/b")) == loaded_answer(b, '"1"')


def test_load_of_an_unknown_session_is_404(client):
    response = client.get("/api/v1/load/nobody")
    assert (response.status_code, response.json()) == (404, {"error": "no state is saved for session_id nobody"})


@pytest.mark.parametrize("session_id", ["x", "A-z_0.9~", "s" * 128, "..."])
def test_every_valid_session_id_round_trips_through_the_load_url(client, session_id):
    assert whole(client.post("/api/v1/save", json=body(session_id))) == saved_answer('"1"')
    assert whole(client.get(f"/api/v1/load/{session_id}")) == loaded_answer(body(session_id), '"1"')


def test_the_row_holds_the_state_in_the_planned_columns(client, database_url):
    before = datetime.now(timezone.utc)
    client.post("/api/v1/save", json=body())
    [row] = rows(database_url)
    assert isinstance(row.id, uuid.UUID)
    assert (row.session_id, row.name, row.heroes, row.symbol_choice, row.scene_index, row.choices, row.revision) == (
        "s-1", "The Lanterns", STATE["heroes"], "sun", 3, STATE["choices"], 1)
    created = row.created_at.replace(tzinfo=row.created_at.tzinfo or timezone.utc)  # SQLite keeps no offset
    assert before <= created <= datetime.now(timezone.utc)
    assert row.created_at == row.updated_at


def test_created_at_stays_and_updated_at_moves_on_every_save(client, database_url):
    client.post("/api/v1/save", json=body())
    [first] = rows(database_url)
    time.sleep(0.01)  # 10 ms: the clock has surely moved on (the columns keep microseconds)
    assert whole(client.post("/api/v1/save", json=body(scene_index=5))) == saved_answer('"2"', scene_index=5)
    [second] = rows(database_url)
    assert (second.id, second.created_at) == (first.id, first.created_at)
    assert second.updated_at > first.updated_at


def test_negative_zero_is_stored_and_loaded_as_zero_on_every_database(client):
    """JSONB stores -0.0 as 0.0; omega stores 0.0 on SQLite too (JavaScript's JSON.stringify(-0) is 0 as well)."""
    raw = json.dumps(body(choices={"zero": 1.5, "integer": 2.5}))
    raw = raw.replace("1.5", "-0.0").replace("2.5", "-0")
    assert whole(client.post("/api/v1/save", content=raw, headers=JSON)) == saved_answer('"1"')
    loaded = client.get("/api/v1/load/s-1")
    assert '"choices":{"zero":0.0,"integer":0}' in loaded.text  # JSONB's key order is this one too: shorter first
    assert math.copysign(1, loaded.json()["state"]["choices"]["zero"]) == 1
    assert whole(loaded) == loaded_answer(body(choices={"zero": 0.0, "integer": 0}), '"1"')


# --- The rules for a save, and errors ---------------------------------------------------------------------------------
TEXT_RULE = "must be a string of 1 to 100 characters, without NUL or unpaired surrogates"
SESSION_RULE = "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)"
CHOICE_RULE = "must be a string, a number from -9007199254740991 to 9007199254740991, true, false or null"
SECRET = "Zyx the Distinctive"  # a party name that no log line may show

RULE_BREAKS = [
    # (name, body, error)
    ("body has an unknown key", {**body(), "extra": 1}, 'body has unknown key "extra"; allowed: session_id, state'),
    ("body without state", {"session_id": "s-1"}, "body.state is required"),
    ("body without session_id", {"state": STATE}, "body.session_id is required"),
    ("session_id is a number", body(7), SESSION_RULE),
    ("session_id is empty", body(""), SESSION_RULE),
    ("session_id is 129 characters", body("s" * 129), SESSION_RULE),
    ("session_id has a slash", body("a/b"), SESSION_RULE),
    ("session_id has a space", body("a b"), SESSION_RULE),
    ("session_id is non-ASCII", body("é"), SESSION_RULE),
    ("session_id is a dot", body("."), SESSION_RULE),
    ("session_id is two dots", body(".."), SESSION_RULE),
    ("session_id has NUL", body("a\x00"), SESSION_RULE),
    ("state is a list", {"session_id": "s-1", "state": []},
     "state must be an object with keys scene_index, party_name, heroes, symbol_choice, choices"),
    ("state has an unknown key", body(mood="grim"),
     'state has unknown key "mood"; allowed: scene_index, party_name, heroes, symbol_choice, choices'),
    ("state without symbol_choice", {"session_id": "s-1", "state": {k: v for k, v in STATE.items() if k != "symbol_choice"}},
     "state.symbol_choice is required"),
    ("scene_index 0", body(scene_index=0), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index 12", body(scene_index=12), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index true", body(scene_index=True), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index 3.5", body(scene_index=3.5), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index 11.000001", body(scene_index=11.000001), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index 12.0", body(scene_index=12.0), "state.scene_index must be an integer from 1 to 11"),
    ("scene_index a string", body(scene_index="3"), "state.scene_index must be an integer from 1 to 11"),
    ("party_name empty", body(party_name=""), f"state.party_name {TEXT_RULE}"),
    ("party_name 101 characters", body(party_name="p" * 101), f"state.party_name {TEXT_RULE}"),
    ("party_name null", body(party_name=None), f"state.party_name {TEXT_RULE}"),
    ("party_name with NUL", body(party_name="a\x00b"), f"state.party_name {TEXT_RULE}"),
    ("party_name with a lone surrogate", body(party_name="a\ud800"), f"state.party_name {TEXT_RULE}"),
    ("symbol_choice empty", body(symbol_choice=""), f"state.symbol_choice {TEXT_RULE}"),
    ("symbol_choice a number", body(symbol_choice=1), f"state.symbol_choice {TEXT_RULE}"),
    ("symbol_choice with a lone surrogate", body(symbol_choice="\udfff"), f"state.symbol_choice {TEXT_RULE}"),
    ("heroes an object", body(heroes={}), "state.heroes must be a list of at most 32 heroes"),
    ("33 heroes", body(heroes=hero() * 33), "state.heroes must be a list of at most 32 heroes"),
    ("hero a string", body(heroes=["Ayla"]), "state.heroes[0] must be an object with keys name, class, hp"),
    ("hero with an unknown key", body(heroes=hero(level=2)),
     'state.heroes[0] has unknown key "level"; allowed: name, class, hp'),
    ("hero without hp", body(heroes=[{"name": "Ayla", "class": "mage"}]), "state.heroes[0].hp is required"),
    ("hero name empty", body(heroes=hero(name="")), f"state.heroes[0].name {TEXT_RULE}"),
    ("hero name with NUL", body(heroes=hero(name="\x00")), f"state.heroes[0].name {TEXT_RULE}"),
    ("hero class 101 characters", body(heroes=hero(**{"class": "c" * 101})), f"state.heroes[0].class {TEXT_RULE}"),
    ("hero class with a lone surrogate", body(heroes=hero(**{"class": "\ud800"})), f"state.heroes[0].class {TEXT_RULE}"),
    ("hp negative", body(heroes=hero(hp=-1)), "state.heroes[0].hp must be an integer from 0 to 1000000"),
    ("hp over the cap", body(heroes=hero(hp=1_000_001)), "state.heroes[0].hp must be an integer from 0 to 1000000"),
    ("hp false", body(heroes=hero(hp=False)), "state.heroes[0].hp must be an integer from 0 to 1000000"),
    ("hp 1.5", body(heroes=hero(hp=1.5)), "state.heroes[0].hp must be an integer from 0 to 1000000"),
    ("hp 1e300", body(heroes=hero(hp=1e300)), "state.heroes[0].hp must be an integer from 0 to 1000000"),
    ("second hero breaks a rule", body(heroes=hero() + hero(hp=None)), "state.heroes[1].hp must be an integer from 0 to 1000000"),
    ("choices a list", body(choices=[]), "state.choices must be an object of at most 64 entries"),
    ("65 choices", body(choices={f"c{i}": 1 for i in range(65)}), "state.choices must be an object of at most 64 entries"),
    ("choice key empty", body(choices={"": "x"}), f'state.choices key "" {TEXT_RULE}'),
    ("choice key with NUL", body(choices={"a\x00": "x"}), f'state.choices key "a\\u0000" {TEXT_RULE}'),
    ("choice key with a lone surrogate", body(choices={"\ud800": "x"}), f'state.choices key "\\ud800" {TEXT_RULE}'),
    ("choice an object", body(choices={"c": {"a": 1}}), f'state.choices["c"] {CHOICE_RULE}'),
    ("choice a list", body(choices={"c": [1]}), f'state.choices["c"] {CHOICE_RULE}'),
    ("choice an integer beyond 2**53", body(choices={"c": 2**53}), f'state.choices["c"] {CHOICE_RULE}'),
    ("choice a float beyond 2**53", body(choices={"c": -1.5e300}), f'state.choices["c"] {CHOICE_RULE}'),
    ("choice empty", body(choices={"c": ""}), f'state.choices["c"] {TEXT_RULE}'),
    ("choice with NUL", body(choices={"c": "\x00"}), f'state.choices["c"] {TEXT_RULE}'),
    ("choice with a lone surrogate", body(choices={"c": "\udc00"}), f'state.choices["c"] {TEXT_RULE}'),
]

NOT_JSON_OBJECTS = [
    ("empty body", b"", "body must be a JSON object in UTF-8: Expecting value: line 1 column 1 (char 0)"),
    ("truncated", b'{"session_id": "s-1"', "body must be a JSON object in UTF-8: Expecting ',' delimiter: line 1 column 21 (char 20)"),
    ("an array", b"[]", "body must be a JSON object"),
    ("a string", b'"s"', "body must be a JSON object"),
    ("NaN", b'{"session_id": "s-1", "state": {"scene_index": NaN}}', "body must be a JSON object in UTF-8: NaN is not JSON"),
    ("Infinity", b'{"session_id": "s-1", "state": {"choices": {"c": Infinity}}}', "body must be a JSON object in UTF-8: Infinity is not JSON"),
    ("-Infinity", b'[-Infinity]', "body must be a JSON object in UTF-8: -Infinity is not JSON"),
    ("deeply nested arrays", b"[" * 30_000 + b"]" * 30_000, "body must be a JSON object: it nests too deeply"),
    ("deeply nested objects", b'{"a":' * 10_000 + b"1" + b"}" * 10_000, "body must be a JSON object: it nests too deeply"),
    ("a repeated key", b'{"session_id": "a", "session_id": "b"}', 'body must be a JSON object in UTF-8: key "session_id" appears twice in one object'),
    ("Latin-1 bytes", '{"session_id": "é"}'.encode("latin-1"),
     "body must be a JSON object in UTF-8: 'utf-8' codec can't decode byte 0xe9 in position 16: invalid continuation byte"),
]


# 422: a JSON object that breaks a rule
@ONCE
@pytest.mark.parametrize("case, sent, error", RULE_BREAKS, ids=[case[0] for case in RULE_BREAKS])
def test_a_save_that_breaks_a_rule_is_422_and_stores_nothing(client, case, sent, error):
    client.post("/api/v1/save", json=body())
    response = client.post("/api/v1/save", content=json.dumps(sent), headers=JSON)
    assert (response.status_code, response.json()) == (422, {"error": error})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@ONCE
def test_an_infinite_number_is_rejected_even_when_written_as_a_literal(client):
    raw = json.dumps(body()).replace('"scene3": 0.5', '"scene3": 1e400')
    response = client.post("/api/v1/save", content=raw, headers=JSON)
    assert (response.status_code, response.json()) == (422, {"error": f'state.choices["scene3"] {CHOICE_RULE}'})
    assert whole(client.get("/api/v1/load/s-1")) == (404, {"error": "no state is saved for session_id s-1"}, None)


@pytest.mark.parametrize("scene_index, hp", [("3.0", "1.2e1"), ("3.00", "12E0"), ("30e-1", "1200e-2"), ("3", "12.0")])
def test_integral_numbers_are_integers_and_are_stored_as_such(client, database_url, scene_index, hp):
    raw = json.dumps(body(heroes=hero())).replace('"scene_index": 3', f'"scene_index": {scene_index}')
    saved = client.post("/api/v1/save", content=raw.replace('"hp": 12', f'"hp": {hp}'), headers=JSON)
    assert whole(saved) == saved_answer('"1"')
    assert '"scene_index":3}' in saved.text  # 3, not 3.0
    [row] = rows(database_url)
    assert (row.scene_index, row.heroes) == (3, hero())
    assert type(row.heroes[0]["hp"]) is int
    loaded = client.get("/api/v1/load/s-1")
    assert whole(loaded) == loaded_answer(body(heroes=hero()), '"1"')
    assert '"scene_index":3,' in loaded.text and ('"hp":12,' in loaded.text or '"hp":12}' in loaded.text)


def test_strings_at_their_limits_round_trip_exactly(client):
    emoji = "🐉" * 100  # 100 characters, each a surrogate pair in JavaScript
    sent = body("e" * 128, party_name=emoji, heroes=hero(name="é" * 100, hp=1_000_000) * 32, symbol_choice="☀",
                choices={f"c{i:02}": [2**53 - 1, -0.1, 1.5e-300][i % 3] for i in range(64)})
    assert whole(client.post("/api/v1/save", json=sent)) == saved_answer('"1"')
    assert whole(client.get(f"/api/v1/load/{'e' * 128}")) == loaded_answer(sent, '"1"')


@ONCE
@pytest.mark.parametrize("path", ["a%20b", "a%2Fb", "a/b", "%C3%A9"])
def test_load_with_an_impossible_session_id_is_422(client, path):
    response = client.get(f"/api/v1/load/{path}")
    assert (response.status_code, response.json()) == (422, {"error": SESSION_RULE})


# 400: not a JSON object
@ONCE
@pytest.mark.parametrize("case, raw, error", NOT_JSON_OBJECTS, ids=[case[0] for case in NOT_JSON_OBJECTS])
def test_a_body_that_is_not_a_json_object_is_400_and_stores_nothing(client, case, raw, error):
    client.post("/api/v1/save", json=body())
    response = client.post("/api/v1/save", content=raw, headers=JSON)
    assert (response.status_code, response.json()) == (400, {"error": error})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@ONCE
def test_a_repeated_key_among_thousands_is_found_without_holding_up_the_server(client, database_url):
    raw = ("{" + ",".join(f'"{i}":0' for i in range(7000)) + ',"0":1}').encode()
    assert len(raw) <= omega.MAX_BODY_BYTES
    response, seconds = timed(client.post, "/api/v1/save", content=raw, headers=JSON)
    assert (response.status_code, response.json()) == (
        400, {"error": 'body must be a JSON object in UTF-8: key "0" appears twice in one object'})
    assert seconds < 0.3, seconds  # one pass over the keys; counting each key's repeats took a second here
    assert rows(database_url) == []


# 413: over 64 KiB, counted as the body streams in
def test_a_body_of_exactly_64_KiB_is_saved_and_one_byte_more_is_413(client):
    raw = json.dumps(body()).encode()
    raw = raw[:-1] + b" " * (omega.MAX_BODY_BYTES - len(raw)) + b"}"
    assert len(raw) == 65_536
    assert whole(client.post("/api/v1/save", content=raw, headers=JSON)) == saved_answer('"1"')
    response = client.post("/api/v1/save", content=raw[:-1] + b" }", headers=JSON)
    assert (response.status_code, response.json()) == (413, {"error": "body must be at most 65536 bytes"})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@ONCE
def test_a_body_over_64_KiB_is_413_and_stores_nothing(client):
    client.post("/api/v1/save", json=body())
    oversized = json.dumps(body(party_name="x" * 70_000)).encode()
    response = client.post("/api/v1/save", content=oversized, headers=JSON)
    assert (response.status_code, response.json()) == (413, {"error": "body must be at most 65536 bytes"})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@ONCE
@pytest.mark.parametrize("framing", [b"Transfer-Encoding: chunked", b"Content-Length: 100000000"])
def test_an_endless_body_is_refused_at_the_cap_without_waiting_for_the_rest(database_url, framing):
    empty_parties(database_url)
    with server(database_url) as (base, _, _), socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1]))) as s:
        s.sendall(b"POST /api/v1/save HTTP/1.1\r\nHost: omega\r\nContent-Type: application/json\r\n" + framing + b"\r\n\r\n")
        for chunk in [b" " * 4096] * 16 + [b" "]:  # one byte past the cap of a body that goes on and on:
            s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if b"chunked" in framing else chunk)  # no more
        s.settimeout(10)  # the answer comes at once; this bounds a failure, a server that waits for the rest
        answer = b""
        while not answer.endswith(b"}") and (data := s.recv(65536)):
            answer += data
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.endswith(b'{"error":"body must be at most 65536 bytes"}')
    assert rows(database_url) == []


# 415: not declared JSON
@ONCE
@pytest.mark.parametrize("content_type", [
    None, "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/jsonp", "application/merge-patch+json", "json"])
def test_a_save_whose_body_is_not_declared_json_is_415_and_stores_nothing(client, content_type):
    """What a page on any origin may send without asking first (a form, sendBeacon, fetch in no-cors mode) is never
    declared application/json: refused here, such a request cannot change a saved state."""
    client.post("/api/v1/save", json=body())
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = client.post("/api/v1/save", content=json.dumps(body(scene_index=9)), headers=headers)
    assert (response.status_code, response.json()) == (415, {"error": "Content-Type must be application/json"})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@ONCE
@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "Application/JSON", "application/json ;x=1"])
def test_json_declared_with_parameters_or_in_capitals_is_saved(client, content_type):
    response = client.post("/api/v1/save", content=json.dumps(body()), headers={"Content-Type": content_type})
    assert whole(response) == saved_answer('"1"')
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


# 404 and 405
@ONCE
def test_an_unknown_path_is_404_json(client):
    response = client.get("/api/v1/nothing")
    assert (response.status_code, response.json()) == (404, {"error": "Not Found: GET /api/v1/nothing"})


@ONCE
@pytest.mark.parametrize("method, path, allow", [
    ("GET", "/api/v1/save", {"POST"}), ("PUT", "/api/v1/save", {"POST"}), ("POST", "/api/v1/load/s-1", {"GET", "HEAD"}),
    ("DELETE", "/api/v1/load/s-1", {"GET", "HEAD"}),
])
def test_a_wrong_method_is_405_json_with_allow(client, method, path, allow):
    response = client.request(method, path)
    assert (response.status_code, response.json()) == (405, {"error": f"Method Not Allowed: {method} {path}"})
    assert set(response.headers["allow"].split(", ")) == allow


# 500: a bug, or a save the database refuses; and what the log says of errors
@ONCE
def test_an_unforeseen_error_is_500_without_its_text(fresh_omega, database_url, monkeypatch):
    def broken(saves):
        raise RuntimeError("saved state of The Lanterns")
    monkeypatch.setattr(omega.database, "saves", omega.Jobs(broken, threads=1, size=1))
    with TestClient(omega.app, raise_server_exceptions=False) as client:
        response = client.post("/api/v1/save", json=body())
    assert (response.status_code, response.json()) == (500, {"error": "internal error"})
    assert rows(database_url) == []


def test_a_database_error_answers_500_and_its_log_line_quotes_no_player_data(database_url):
    """The database refuses one party name: PostgreSQL by a CHECK constraint, whose message then quotes the whole
    row; SQLite by a trigger. omega answers 500 and logs the error's class and SQLSTATE, not its message."""
    empty_parties(database_url)
    with refusing_party_name(database_url, SECRET), server(database_url) as (base, _, output):
        refused = web.post(f"{base}/api/v1/save", json=body("secret", party_name=SECRET))
        assert (refused.status_code, refused.json()) == (500, {"error": "internal error"})
        assert whole(web.post(f"{base}/api/v1/save", json=body("other"))) == saved_answer('"1"')
    logged = "IntegrityError (SQLSTATE None)" if kind(database_url) == "sqlite" else "CheckViolation (SQLSTATE 23514)"
    assert f"internal error: {logged}" in output()
    assert SECRET not in output()
    assert [row.session_id for row in rows(database_url)] == ["other"]


def test_a_database_error_never_quotes_the_statements_parameters(fresh_omega):
    """SQLAlchemy's hide_parameters: an error's text, as any log would print it, leaves out a player's state."""
    with pytest.raises(DBAPIError) as raised, omega.database.engine.connect() as connection:
        connection.execute(omega.Database.LOAD, {"session_ids": [{"party_name": SECRET}]})  # no driver takes a dict here
    assert SECRET not in str(raised.value)
    assert "[SQL parameters hidden due to hide_parameters=True]" in str(raised.value)


def test_a_client_that_drops_its_connection_part_way_through_a_save_logs_no_error(database_url):
    """Mobile networks drop connections all day: a save's body cut short is nobody's fault. No ERROR line, no
    traceback, nothing stored, and the next save is served."""
    empty_parties(database_url)
    with server(database_url) as (base, _, output):
        with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1]))) as s:
            s.sendall(b"POST /api/v1/save HTTP/1.1\r\nHost: omega\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 1000\r\n\r\n" + json.dumps(body("cut"))[:100].encode())
            time.sleep(0.2)  # a fifth of a second, for uvicorn to hand omega the first part; omega waits for the rest
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        # the server handled the cut connection before this save's answer, which it logs as it sends it
        assert until(lambda: '"POST /api/v1/save HTTP/1.1" 200' in output()), output()
    log = output()
    assert "ERROR" not in log and "Traceback" not in log, log
    assert [row.session_id for row in rows(database_url)] == ["s-1"]


# --- Conditional saves: ETag, If-Match, If-None-Match; a stale tab; pages on other origins ----------------------------
EXISTS = {"error": "session_id s-1 already exists and If-None-Match: * only creates; nothing was saved"}
MISSING = {"error": "session_id s-1 does not exist and If-Match: * only replaces; nothing was saved"}
TAG_RULE = 'must be * or a list of entity tags such as "3", W/"4"'
READ = "SELECT parties.session_id, parties.revision,"  # the load's query, as statements() shows it


def stale(value):
    return {"error": f"session_id s-1 is not at revision {value} given in If-Match (it was saved since, or never); "
                     "nothing was saved"}


def is_at(value):
    return {"error": f"session_id s-1 is at a revision given in If-None-Match: {value}; nothing was saved"}


def at_revision_2(client, **second):
    """Session s-1 saved twice, the second time as body(**second): it is at revision 2. Returns that body."""
    for etag, sent in (('"1"', body()), ('"2"', body(**second))):
        assert whole(client.post("/api/v1/save", json=sent)) == saved_answer(etag, sent["state"]["scene_index"])
    return body(**second)


@contextlib.contextmanager
def statements(engine):
    """The statements on parties that `engine` sends meanwhile, each as its first words (after PostgreSQL's limits;
    SQLite's BEGIN and COMMIT left out)."""
    sent = []

    def record(connection, cursor, statement, parameters, context, executemany):
        if "parties" in statement:
            sent.append(" ".join(re.sub(r"^(SET LOCAL [^;]*; )*", "", statement).split()[:3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_every_save_answers_a_new_etag_and_load_answers_the_current_one(client):
    assert whole(client.post("/api/v1/save", json=body())) == saved_answer('"1"')
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
    assert whole(client.post("/api/v1/save", json=body(scene_index=4))) == saved_answer('"2"', scene_index=4)
    loaded = client.get("/api/v1/load/s-1")
    assert (whole(loaded), loaded.headers["cache-control"]) == (loaded_answer(body(scene_index=4), '"2"'), "no-cache")


def test_a_save_with_the_current_etag_in_if_match_saves(client):
    etag = client.post("/api/v1/save", json=body()).headers["etag"]
    response = client.post("/api/v1/save", json=body(scene_index=4), headers={"If-Match": etag})
    assert whole(response) == saved_answer('"2"', scene_index=4)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=4), '"2"')


def test_a_stale_tab_gets_412_and_does_not_overwrite_newer_progress(client):
    client.post("/api/v1/save", json=body())
    etag = client.get("/api/v1/load/s-1").headers["etag"]  # both tabs loaded revision 1
    moved_on = client.post("/api/v1/save", json=body(scene_index=7), headers={"If-Match": etag})  # the other tab
    assert whole(moved_on) == saved_answer('"2"', scene_index=7)
    response = client.post("/api/v1/save", json=body(scene_index=4), headers={"If-Match": etag})
    assert whole(response) == (412, stale('"1"'), None)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=7), '"2"')


def test_if_match_evaluates_a_list_of_tags_strongly(client):
    at_revision_2(client, scene_index=4)
    saved = client.post("/api/v1/save", json=body(scene_index=5), headers={"If-Match": '"1", "2", "9"'})
    assert whole(saved) == saved_answer('"3"', scene_index=5)
    two_lines = client.post("/api/v1/save", json=body(scene_index=6), headers=[("If-Match", '"1"'), ("If-Match", '"3"')])
    assert whole(two_lines) == saved_answer('"4"', scene_index=6)  # lines join into one list
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=6), '"4"')


@pytest.mark.parametrize("header, error", [({"If-Match": '"1"'}, "stale"), ({"If-Match": "*"}, MISSING)])
def test_if_match_for_a_session_never_saved_is_412_and_stores_nothing(client, database_url, header, error):
    response = client.post("/api/v1/save", json=body(), headers=header)
    assert whole(response) == (412, stale('"1"') if error == "stale" else error, None)
    assert rows(database_url) == []


def test_if_match_star_saves_over_any_existing_state(client):
    client.post("/api/v1/save", json=body())
    response = client.post("/api/v1/save", json=body(scene_index=5), headers={"If-Match": "*"})
    assert whole(response) == saved_answer('"2"', scene_index=5)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=5), '"2"')


def test_if_none_match_star_creates_a_session_only_once(client):
    created = client.post("/api/v1/save", json=body(), headers={"If-None-Match": "*"})
    assert whole(created) == saved_answer('"1"')
    again = client.post("/api/v1/save", json=body(scene_index=9), headers={"If-None-Match": "*"})
    assert whole(again) == (412, EXISTS, None)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


def test_if_none_match_with_tags_creates_a_new_session(client):
    response = client.post("/api/v1/save", json=body(), headers={"If-None-Match": '"1"'})
    assert whole(response) == saved_answer('"1"')
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@pytest.mark.parametrize("headers, error", [
    ({"If-Match": 'W/"2"'}, stale('W/"2"')),  # weak tags never match strongly
    ({"If-Match": '"1", W/"2"'}, stale('"1", W/"2"')),
    ({"If-Match": '"abc"'}, stale('"abc"')),  # well-formed tags omega never issued
    ({"If-Match": '"02"'}, stale('"02"')),
    ({"If-Match": '"99999999999"'}, stale('"99999999999"')),
    ({"If-Match": '"a,b", ""'}, stale('"a,b", ""')),
    ({"If-Match": '"' + "1" * 30 + '"'}, stale('"' + "1" * 30 + '"')),  # a number no INTEGER holds
    ({"If-None-Match": '"2"'}, is_at('"2"')),
    ({"If-None-Match": 'W/"2"'}, is_at('W/"2"')),
    ({"If-None-Match": '"1", "2"'}, is_at('"1", "2"')),
    # With both headers, the 412 names the one that does not hold, If-Match evaluated first
    ({"If-Match": '"2"', "If-None-Match": "*"}, EXISTS),
    ({"If-Match": "*", "If-None-Match": "*"}, EXISTS),
    ({"If-Match": '"1"', "If-None-Match": '"3"'}, stale('"1"')),
    ({"If-Match": '"1"', "If-None-Match": '"2"'}, stale('"1"')),
    ({"If-Match": "*", "If-None-Match": '"2"'}, is_at('"2"')),
])
def test_a_precondition_that_does_not_hold_is_412_and_stores_nothing(client, database_url, headers, error):
    at_revision_2(client)
    response = client.post("/api/v1/save", json=body(scene_index=9), headers=headers)
    assert whole(response) == (412, error, None)
    assert [(row.scene_index, row.revision) for row in rows(database_url)] == [(3, 2)]
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"2"')


@pytest.mark.parametrize("headers", [
    {"If-None-Match": '"1"'}, {"If-None-Match": 'W/"1", "7"'}, {"If-Match": '"2"', "If-None-Match": '"1"'},
    {"If-Match": '"2"', "If-None-Match": 'W/"3"'}, {"If-Match": "*", "If-None-Match": '"1"'},
    {"If-Match": ', "2"'}, {"If-Match": '"9", ,"2",'},  # empty list elements count for nothing (RFC 9110, 5.6.1)
])
def test_preconditions_that_hold_save_evaluated_in_the_rfcs_order(client, headers):
    at_revision_2(client)
    response = client.post("/api/v1/save", json=body(scene_index=9), headers=headers)
    assert whole(response) == saved_answer('"3"', scene_index=9)
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=9), '"3"')


@pytest.mark.parametrize("header", [{"If-Match": '"1"'}, {"If-Match": "*"}])
def test_a_conditional_save_moves_updated_at_and_keeps_created_at(client, database_url, header):
    client.post("/api/v1/save", json=body())
    [first] = rows(database_url)
    time.sleep(0.01)  # 10 ms: the clock has surely moved on (the columns keep microseconds)
    assert whole(client.post("/api/v1/save", json=body(scene_index=5), headers=header)) == \
        saved_answer('"2"', scene_index=5)
    [second] = rows(database_url)
    assert (second.id, second.created_at, second.revision) == (first.id, first.created_at, 2)
    assert second.updated_at > first.updated_at


@pytest.mark.parametrize("headers, first_words", [
    ({}, "INSERT INTO parties"), ({"If-Match": '"2"'}, "UPDATE parties SET"), ({"If-Match": "*"}, "UPDATE parties SET"),
    ({"If-None-Match": '"1"'}, "INSERT INTO parties"),
    ({"If-Match": '"1", "2"', "If-None-Match": '"1"'}, "UPDATE parties SET")])
def test_a_save_whose_preconditions_hold_is_one_statement_with_no_read_first(client, headers, first_words):
    at_revision_2(client)
    with statements(omega.database.engine) as sent:
        response = client.post("/api/v1/save", json=body(scene_index=9), headers=headers)
    assert (whole(response), sent) == (saved_answer('"3"', scene_index=9), [first_words])
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=9), '"3"')


@pytest.mark.parametrize("headers, statements_sent, error", [
    ({"If-Match": '"1"'}, ["UPDATE parties SET"], stale('"1"')),
    ({"If-None-Match": '"2"'}, ["INSERT INTO parties"], is_at('"2"')),
    ({"If-None-Match": "*"}, ["INSERT INTO parties"], EXISTS),
    ({"If-Match": '"2"', "If-None-Match": '"2"'}, ["UPDATE parties SET", READ], is_at('"2"'))])
def test_a_save_whose_precondition_fails_writes_nothing_in_its_one_write_and_reads_only_to_tell_two_headers_apart(
        client, database_url, headers, statements_sent, error):
    """The write, whose WHERE is the preconditions, writes nothing. With one header sent, that header failed; with
    both, omega then reads the session, to name in its 412 the one that fails (RFC 9110's order)."""
    at_revision_2(client)
    with statements(omega.database.engine) as sent:
        response = client.post("/api/v1/save", json=body(scene_index=9), headers=headers)
    assert (whole(response), sent) == ((412, error, None), statements_sent)
    assert [row.revision for row in rows(database_url)] == [2]
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"2"')


@ONCE
@pytest.mark.parametrize("headers, error", [
    ({"If-Match": "1"}, f"If-Match {TAG_RULE}"),
    ({"If-Match": '"1'}, f"If-Match {TAG_RULE}"),
    ({"If-Match": 'W/ "1"'}, f"If-Match {TAG_RULE}"),
    ({"If-Match": 'w/"1"'}, f"If-Match {TAG_RULE}"),
    ({"If-Match": '"1" "2"'}, f"If-Match {TAG_RULE}"),
    ({"If-Match": '*, "1"'}, f"If-Match {TAG_RULE}"),
    ({"If-Match": '"a b"'}, f"If-Match {TAG_RULE}"),
    ({"If-None-Match": "one"}, f"If-None-Match {TAG_RULE}"),
    ({"If-Match": '"2"', "If-None-Match": '"1",x'}, f"If-None-Match {TAG_RULE}"),
])
def test_a_precondition_with_invalid_syntax_is_400_and_stores_nothing(client, headers, error):
    client.post("/api/v1/save", json=body())
    response = client.post("/api/v1/save", json=body(scene_index=9), headers=headers)
    assert (response.status_code, response.json()) == (400, {"error": error})
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@pytest.mark.parametrize("headers", [
    {"If-Match": '"7", W/"1"'},
    {"If-Match": '"7"', "If-None-Match": '"1"'},  # If-Match first: a 412, not a 304 (RFC 9110, 13.2.2)
])
def test_a_load_with_if_match_that_does_not_hold_is_412(client, headers):
    client.post("/api/v1/save", json=body())
    response = client.get("/api/v1/load/s-1", headers=headers)
    assert whole(response) == (412, {"error": 'session_id s-1 is at revision "1", not one given in If-Match'}, None)


@pytest.mark.parametrize("if_match", ['"7", "1"', "*"])
def test_a_load_with_if_match_that_holds_gets_the_state(client, if_match):
    client.post("/api/v1/save", json=body())
    response = client.get("/api/v1/load/s-1", headers={"If-Match": if_match})
    assert whole(response) == loaded_answer(body(), '"1"')


@pytest.mark.parametrize("if_none_match", ['"2"', 'W/"2"', '"1", "2"', "*"])
def test_a_load_whose_copy_is_current_is_304_without_a_body(client, if_none_match):
    at_revision_2(client)
    response = client.get("/api/v1/load/s-1", headers={"If-None-Match": if_none_match})
    assert (response.status_code, response.content, response.headers["etag"]) == (304, b"", '"2"')


def test_a_load_whose_copy_is_stale_gets_the_state(client):
    stored = at_revision_2(client, scene_index=6)
    response = client.get("/api/v1/load/s-1", headers={"If-None-Match": '"1"'})
    assert whole(response) == loaded_answer(stored, '"2"')


def test_racing_tabs_with_the_same_if_match_get_one_200_and_the_rest_412(database_url):
    empty_parties(database_url)
    with server(database_url, workers=2) as (base, _, _):
        first = web.post(f"{base}/api/v1/save", json=body())
        assert whole(first) == saved_answer('"1"')
        tabs = [body(scene_index=1 + n, party_name=f"tab {n}") for n in range(10)]
        with ThreadPoolExecutor(len(tabs)) as pool:
            answers = list(pool.map(lambda tab: web.post(f"{base}/api/v1/save", json=tab,
                                                         headers={"If-Match": first.headers["etag"]}), tabs))
        assert sorted(a.status_code for a in answers) == [200] + [412] * 9
        [winner] = [tab for tab, answer in zip(tabs, answers) if answer.status_code == 200]
        assert [whole(answer) for answer in answers] == [
            saved_answer('"2"', tab["state"]["scene_index"]) if tab is winner else (412, stale('"1"'), None)
            for tab in tabs]
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(winner, '"2"')


# Pages on other origins (CORS), and the README's client, in Chromium
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ATTACKER = """<!doctype html><pre id="log">running</pre><iframe name="sink" hidden></iframe>
<form method="POST" enctype="text/plain" target="sink" action="OMEGA/save">
<input name='{"session_id":"victim-form","state":{"scene_index":11,"party_name":"Mallory' value='","heroes":[],
"symbol_choice":null,"choices":{}}}'></form>
<script>
const party = (session) => JSON.stringify({session_id: session, state: {scene_index: 11, party_name: "Mallory",
                                                                          heroes: [], symbol_choice: null, choices: {}}});
const tried = (name, request) => request.then((r) => `${name}: ${r.type}`, (error) => `${name}: ${error.name}`);
(async () => {
  const log = [];
  log.push(await new Promise((resolve) => {  // a plain HTML form: no script needed, no preflight
    document.querySelector("iframe").onload = () => resolve("form: sent");
    document.querySelector("form").submit();
  }));
  log.push(await tried("no-cors", fetch("OMEGA/save", {method: "POST", mode: "no-cors", body: party("victim-nocors")})));
  log.push(await tried("text/plain", fetch("OMEGA/save", {method: "POST", headers: {"Content-Type": "text/plain"},
                                                          body: party("victim-text")})));
  log.push("beacon: " + navigator.sendBeacon("OMEGA/save", new Blob([party("victim-beacon")], {type: "text/plain"})));
  log.push(await tried("json", fetch("OMEGA/save", {method: "POST", headers: {"Content-Type": "application/json"},
                                                    body: party("victim-json")})));  // preflighted: CORS decides
  // a second of the page's virtual time, which Chromium fast-forwards: the beacon goes out in the background
  await new Promise((resolve) => setTimeout(resolve, 1000));
  document.getElementById("log").textContent = log.join("\\n") + "\\ndone";
})();
</script>"""
LISTED = """<!doctype html><pre id="log">running</pre>
<script>
(async () => {  // what the README's frontend does: load, then save with If-Match
  const loaded = await fetch("OMEGA/load/listed");
  const etag = loaded.headers.get("ETag"), state = (await loaded.json()).state;
  const saved = await fetch("OMEGA/save", {method: "POST", headers: {"Content-Type": "application/json", "If-Match": etag},
                                           body: JSON.stringify({session_id: "listed", state: {...state, scene_index: 4}})});
  const answer = `load ${loaded.status} ${etag}\\nsave ${saved.status} ${saved.headers.get("ETag")} ${await saved.text()}`;
  document.getElementById("log").textContent = answer + "\\ndone";
})().catch((error) => { document.getElementById("log").textContent = `failed: ${error}`; });
</script>"""
PLAYER = """<!doctype html><pre id="log">running</pre>
<script>delete Crypto.prototype.randomUUID;  // as on a page at a LAN address: only https and localhost have it</script>
<script type="module">
CLIENT
USAGE
const log = [`randomUUID ${typeof crypto.randomUUID}`, `session ${sessionId}`, `first save ${etag}`];
const scene = (n) => ({...state, scene_index: n});
const clicks = await Promise.all([saveScene(scene(2)), saveScene(scene(3))]);  // a double click on "next scene"
log.push(`double click ${clicks} ${etag}`);
const other = await fetch(OMEGA + "/save", {method: "POST", body: JSON.stringify({session_id: sessionId, state: scene(7)}),
                                            headers: {"Content-Type": "application/json", "If-Match": etag}});
log.push(`other tab ${other.status}`);
log.push(`stale save ${await saveScene(scene(4))}`);
state = await loadGame();
log.push(`reloaded ${state.scene_index} ${etag}`);
document.getElementById("log").textContent = log.join("\\n") + "\\ndone";
</script>"""


def readme_client():
    """The README's frontend code, as written there: the client, then how to use it."""
    readme = (HERE / "README.md").read_text()
    section = readme[readme.index("## From the game's frontend"):readme.index("## Configuration")]
    return re.findall(r"(?s)```js\n(.*?)```", section)


@contextlib.contextmanager
def page_server():
    """A web server on 127.0.0.1 for one page: yields its origin and a dict whose "html" it serves at /."""
    page = {"html": ""}

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page["html"].encode())

        def log_message(self, *args):
            pass

    with ThreadingHTTPServer(("127.0.0.1", 0), Page) as pages:
        threading.Thread(target=pages.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{pages.server_address[1]}", page
        finally:
            pages.shutdown()


def browse(origin, profile):
    """What headless Chromium, with its profile in the folder `profile`, shows of the page at `origin` once its script
    is done: the text of its #log. The page's timers run on virtual time, which Chromium fast-forwards: 15 virtual
    seconds are far more than a page's script needs; 90 real ones bound a browser that hangs."""
    result = subprocess.run(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=15000", "--dump-dom", f"{origin}/"],
        capture_output=True, text=True, timeout=90)
    log = re.search(r'<pre id="log">(.*?)</pre>', result.stdout, re.S)
    return log[1] if log else result.stdout + result.stderr


def test_a_page_on_another_origin_may_send_json_and_preconditions_and_read_etag_and_retry_after(client):
    preflight = client.options("/api/v1/save", headers={
        "Origin": "https://game.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, if-match, if-none-match"})
    assert (preflight.status_code, preflight.headers["access-control-allow-origin"]) == (200, "*")
    assert set(preflight.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST"}
    assert set(preflight.headers["access-control-allow-headers"].lower().split(", ")) == {
        "accept", "accept-language", "content-language", "content-type", "if-match", "if-none-match"}
    saved = client.post("/api/v1/save", json=body(), headers={"Origin": "https://game.example"})
    loaded = client.get("/api/v1/load/s-1", headers={"Origin": "https://game.example"})
    assert (whole(saved), whole(loaded)) == (saved_answer('"1"'), loaded_answer(body(), '"1"'))
    for answer in (saved, loaded):
        assert answer.headers["access-control-allow-origin"] == "*"
        assert answer.headers["access-control-expose-headers"] == "ETag, Retry-After"


@ONCE
def test_a_server_restricted_to_one_origin_lets_only_that_origin_in(database_url):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    with server(database_url, CORS_ORIGINS="https://game.example, https://staging.game.example") as (base, _, _):
        for origin in ("https://game.example", "https://staging.game.example"):
            allowed = web.options(f"{base}/api/v1/save", headers={"Origin": origin, **preflight})
            assert (allowed.status_code, allowed.headers["access-control-allow-origin"]) == (200, origin)
        # Starlette's plain text, the one error that is not JSON: browsers never show a preflight's body to a page
        for refused_origin, method, headers, message in [
                ("https://other.example", "POST", "content-type", "Disallowed CORS origin"),
                ("https://game.example", "PUT", "content-type", "Disallowed CORS method"),
                ("https://game.example", "POST", "x-player", "Disallowed CORS headers")]:
            refused = web.options(f"{base}/api/v1/save", headers={
                "Origin": refused_origin, "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": headers})
            assert (refused.status_code, refused.text) == (400, message)


@ONCE
@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (Debian's chromium)")
def test_a_page_on_an_origin_not_listed_cannot_change_a_save_and_a_listed_one_saves(database_url, tmp_path):
    """In Chromium, a page on an origin that CORS_ORIGINS does not list tries every save a browser sends without
    asking first (a form, fetch in no-cors mode, fetch with text/plain, sendBeacon) and one that asks (JSON): omega
    refuses the first four (415) and CORS the last. At the same time, a page on the listed origin loads and saves."""
    victims = ["victim-form", "victim-nocors", "victim-text", "victim-beacon", "victim-json"]
    empty_parties(database_url)
    with page_server() as (listed_origin, listed), page_server() as (other_origin, attacker):
        with server(database_url, CORS_ORIGINS=listed_origin) as (base, _, output):
            for session in [*victims, "listed"]:
                assert whole(web.post(f"{base}/api/v1/save", json=body(session))) == saved_answer('"1"')
            attacker["html"] = ATTACKER.replace("OMEGA", f"{base}/api/v1")
            listed["html"] = LISTED.replace("OMEGA", f"{base}/api/v1")
            with ThreadPoolExecutor(2) as browsers:  # two Chromiums at once, a profile each
                attacked, saved = browsers.map(browse, [other_origin, listed_origin],
                                               [tmp_path / "attacker", tmp_path / "listed"])
            assert until(lambda: output().count('"POST /api/v1/save HTTP/1.1" 415') == 4, 5), output()
            for session in victims:  # nothing changed: the state and the ETag of the save before the page's
                assert whole(web.get(f"{base}/api/v1/load/{session}")) == loaded_answer(body(session), '"1"')
            listed_now = web.get(f"{base}/api/v1/load/listed")
    log = output()
    assert attacked.splitlines() == ["form: sent", "no-cors: opaque", "text/plain: TypeError", "beacon: true",
                                     "json: TypeError", "done"]
    assert log.count('"OPTIONS /api/v1/save HTTP/1.1" 400') == 1  # the JSON save's preflight, refused by CORS
    assert log.count('"POST /api/v1/save HTTP/1.1" 200') == len(victims) + 2  # the test's six, and the listed page's
    assert saved.splitlines() == ['load 200 "1"', 'save 200 "2" {"status":"saved","scene_index":4}', "done"]
    assert whole(listed_now) == loaded_answer(body("listed", scene_index=4), '"2"')


@ONCE
@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (Debian's chromium)")
def test_the_readme_s_client_saves_the_newest_state_of_a_double_click_and_reloads_after_another_tab(database_url,
                                                                                                   tmp_path):
    """The README's frontend code as it stands, in Chromium, on a page without crypto.randomUUID: a new game, its
    first save, a double click (two saves, one at a time: the later state is stored, no 412), another tab's save,
    the stale tab's 412 and the reload that takes the other tab's state."""
    client, usage = readme_client()
    empty_parties(database_url)
    with page_server() as (origin, page), server(database_url, CORS_ORIGINS=origin) as (base, _, output):
        page["html"] = PLAYER.replace("CLIENT", client.replace("http://127.0.0.1:8000/api/v1", f"{base}/api/v1")
                                      ).replace("USAGE", usage)
        shown = browse(origin, tmp_path / "chromium").splitlines()
        assert until(lambda: output().count('"POST /api/v1/save HTTP/1.1"') == 5, 5), output()
    log = output()
    assert shown[:2] == ["randomUUID undefined", shown[1]] and re.fullmatch(r"session [0-9a-f]{32}", shown[1]), shown
    assert shown[2:] == ['first save "1"', 'double click true,true "3"', "other tab 200", "stale save false",
                         'reloaded 7 "4"', "done"]
    assert (log.count('"POST /api/v1/save HTTP/1.1" 200'), log.count('"POST /api/v1/save HTTP/1.1" 412')) == (4, 1)
    session = shown[1].split()[1]
    [row] = rows(database_url)
    assert (row.session_id, row.scene_index, row.revision) == (session, 7, 4)
    assert (row.name, row.heroes, row.symbol_choice, row.choices) == ("The Lanterns", [], None, {})


# --- Deadlines and 503s: every fault answers 503, at once or at the deadline, and recovers without a restart ----------
UNAVAILABLE = (503, {"error": "database unavailable; try again shortly"}, "1")
DEADLINE = 5  # seconds, as the README promises (omega.TIMEOUT)
LOCKED = "locked by another transaction until the 5 s deadline"  # the reason logged for a lock that outlasts it


def unavailable(response):
    """What a test compares of a 503: its status, its JSON body and its Retry-After, as UNAVAILABLE."""
    return response.status_code, response.json(), response.headers.get("retry-after")


def assert_at_the_deadline(answers):
    """Each (response, seconds) took the README's 5 seconds: from 4.5 up to 6.5."""
    seconds = [round(taken, 2) for _, taken in answers]
    assert all(DEADLINE - 0.5 <= taken < DEADLINE + 1.5 for taken in seconds), seconds


def logged_reasons(output):
    """The reasons omega logged for its 503s, in order."""
    return re.findall(r"database unavailable: (.*)", output)


# At once: a database that is down, restarting, unreachable or refusing writes
def test_a_postgres_outage_answers_503_and_recovers_without_a_restart_or_a_leaked_password(postgres_url, outage):
    secret = "s3cret-Pa55"  # trust authentication ignores it; it must never be printed
    empty_parties(postgres_url)
    with server(as_text(make_url(outage.url).set(password=secret))) as (base, _, output):
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        outage.down()
        for response, seconds in (timed(web.post, f"{base}/api/v1/save", json=body(scene_index=9)),
                                  timed(web.get, f"{base}/api/v1/load/s-1")):
            assert (unavailable(response), seconds < 1) == (UNAVAILABLE, True), seconds  # at once: under a second
        outage.up()
        assert whole(web.post(f"{base}/api/v1/save", json=body(scene_index=9))) == saved_answer('"2"', scene_index=9)
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(scene_index=9), '"2"')
    assert "database unavailable" in output()
    assert secret not in output()


def test_a_postgres_restart_between_two_requests_goes_unnoticed(postgres_url, outage):
    empty_parties(postgres_url)
    with server(outage.url) as (base, _, _):
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        outage.down()  # every pooled connection dies, and no request sees the outage
        outage.up()
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


def test_a_server_started_while_postgres_is_down_serves_once_it_is_up(postgres_url, outage):
    empty_parties(postgres_url)
    outage.down()
    with server(outage.url) as (base, _, _):
        assert unavailable(web.get(f"{base}/api/v1/load/s-1")) == UNAVAILABLE
        outage.up()
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


def test_an_unreachable_sqlite_file_answers_503_at_once_and_recovers_once_it_is_there(tmp_path, import_omega_afresh):
    url = f"sqlite:///{tmp_path}/not-yet/omega.db"
    import_omega_afresh(url)
    with TestClient(omega.app, headers={"Origin": "https://game.example"}) as client:
        for response, seconds in (timed(client.post, "/api/v1/save", json=body()), timed(client.get, "/api/v1/load/s-1")):
            assert (unavailable(response), seconds < 1) == (UNAVAILABLE, True)  # at once: under a second
            assert response.headers["access-control-expose-headers"] == "ETag, Retry-After"  # a page reads Retry-After
        (tmp_path / "not-yet").mkdir()
        assert alembic(url, "upgrade", "head").returncode == 0
        assert whole(client.post("/api/v1/save", json=body())) == saved_answer('"1"')
        assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


@pytest.mark.parametrize("refusal", ["read-only", "revoked"])
def test_a_database_that_refuses_writes_answers_saves_503_serves_loads_and_logs_no_player_data(postgres_url, refusal):
    """A standby after a failover, default_transaction_read_only, or a managed database whose write privileges
    were revoked: saves answer 503 at once and loads go on; then writes come back without a restart."""
    database, role = make_url(postgres_url).database, f"omega_reader_{uuid.uuid4().hex[:8]}"
    refuse, allow = {
        "read-only": ([f"ALTER DATABASE {database} SET default_transaction_read_only = on"],
                      [f"ALTER DATABASE {database} RESET default_transaction_read_only"]),
        "revoked": ([f"CREATE ROLE {role}", f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
                     f"ALTER DATABASE {database} SET role = '{role}'"],
                    [f"ALTER DATABASE {database} RESET role"]),
    }[refusal]
    logged = {"read-only": "cannot execute INSERT in a read-only transaction",  # PostgreSQL's reason
              "revoked": "permission denied for table parties"}[refusal]
    empty_parties(postgres_url)
    with admin(direct(postgres_url)) as connection, server(postgres_url) as (base, _, output), \
            httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body())) == saved_answer('"1"')
        try:
            for statement in refuse:
                connection.exec_driver_sql(statement)
            disconnect_everyone(connection)
            assert until(lambda: http.get("/api/v1/load/s-1").status_code == 200)  # connections made anew
            refused, seconds = timed(http.post, "/api/v1/save", json=body(party_name=SECRET))
            assert unavailable(refused) == UNAVAILABLE
            assert seconds < 1, seconds  # at once: under a second
            assert whole(http.get("/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
            assert f"database unavailable: {logged}" in output()
        finally:
            for statement in allow:
                connection.exec_driver_sql(statement)
            disconnect_everyone(connection)
            if refusal == "revoked":
                connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
                connection.exec_driver_sql(f"DROP ROLE {role}")
        assert until(lambda: http.post("/api/v1/save", json=body(party_name=SECRET)).status_code == 200)
        loaded = http.get("/api/v1/load/s-1")
        assert whole(loaded) == loaded_answer(body(party_name=SECRET), '"2"')  # the refused save never ran
    assert SECRET not in output()


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX's resource limits and Linux's /proc count the descriptors")
def test_a_worker_with_1100_clients_connected_answers_503_then_200_across_a_database_restart(postgres_url, outage):
    """A worker's descriptors pass 1,024, where POSIX's select() cannot go: the pooled connections that replace those
    the restart closed are checked as well as the first ones were."""
    import resource  # POSIX only

    def save_and_load(base, n):
        return (web.post(f"{base}/api/v1/save", json=body(f"r{n}", scene_index=1 + n % 11)),
                web.get(f"{base}/api/v1/load/r{n}"))

    empty_parties(postgres_url)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))  # the server inherits it
    try:
        with server(outage.url) as (base, process, output):
            assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
            clients = [socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1]))) for _ in range(1100)]
            try:
                assert until(lambda: len(os.listdir(f"/proc/{process.pid}/fd")) > 1100)  # the worker holds them all
                outage.down()  # the database restarts: it closes every connection
                with ThreadPoolExecutor(12) as pool:
                    away = list(pool.map(save_and_load, [base] * 12, range(12)))
                outage.up()
                with ThreadPoolExecutor(12) as pool:
                    back = list(pool.map(save_and_load, [base] * 12, range(12)))
            finally:
                for client in clients:
                    client.close()
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert [(saved.status_code, loaded.status_code) for saved, loaded in away] == [(503, 503)] * 12, output()
    assert [(unavailable(saved), unavailable(loaded)) for saved, loaded in away] == [(UNAVAILABLE, UNAVAILABLE)] * 12
    assert [(saved.status_code, loaded.status_code) for saved, loaded in back] == [(200, 200)] * 12, output()
    assert [(whole(saved), whole(loaded)) for saved, loaded in back] == [  # the saves while it was away never ran
        (saved_answer('"1"', 1 + n % 11), loaded_answer(body(f"r{n}", scene_index=1 + n % 11), '"1"'))
        for n in range(12)]


# At the deadline: a lock that outlasts it, a database that stops answering, a statement that runs past it
def test_a_locked_table_answers_503_at_the_deadline_and_saves_once_it_is_free(database_url):
    """Another session holds the lock saves need (PostgreSQL: LOCK TABLE, as a migration or VACUUM FULL does;
    SQLite: the write lock, as another program writing does). Three tabs' saves answer 503 at the deadline;
    the first save after the lock is gone is saved, without a restart."""
    sqlite = kind(database_url) == "sqlite"
    empty_parties(database_url)
    with server(database_url) as (base, _, output), httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body())) == saved_answer('"1"')
        with locked(database_url, None if sqlite else "LOCK TABLE parties IN ACCESS EXCLUSIVE MODE"):
            with ThreadPoolExecutor(4) as pool:
                tabs = [pool.submit(timed, http.post, "/api/v1/save", json=body(scene_index=9)) for _ in range(3)]
                loaded, load_seconds = pool.submit(timed, http.get, "/api/v1/load/s-1").result()
                answers = [tab.result() for tab in tabs]
            assert [unavailable(response) for response, _ in answers] == [UNAVAILABLE] * 3
            assert_at_the_deadline(answers)
            if sqlite:  # SQLite's readers do not wait for its writer (WAL)
                assert whole(loaded) == loaded_answer(body(), '"1"')
                assert load_seconds < 1, load_seconds  # at once: under a second
            else:  # LOCK TABLE holds off readers too
                assert unavailable(loaded) == UNAVAILABLE
                assert_at_the_deadline([(loaded, load_seconds)])
            time.sleep(0.5)  # ten times the 50 ms a try waits for the lock: a try under way at the deadline is over
        # one whole state: on PostgreSQL the saves never ran; on SQLite a tab's batch that was still waiting
        # for the write lock when its 503 went out may have been stored as the lock came free
        after = http.get("/api/v1/load/s-1")
        assert after.json() in ([body()] if not sqlite else [body(), body(scene_index=9)])
        revision = int(after.headers["etag"].strip('"'))
        assert revision == 1 or sqlite, revision
        assert whole(http.post("/api/v1/save", json=body(scene_index=7))) == \
            saved_answer(f'"{revision + 1}"', scene_index=7)
        assert whole(http.get("/api/v1/load/s-1")) == loaded_answer(body(scene_index=7), f'"{revision + 1}"')
    assert set(logged_reasons(output())) == {LOCKED}, output()  # the database answered every try: not "no answer"


def test_a_locked_row_stalls_only_its_own_session(postgres_url):
    """Another transaction holds one session's row (SELECT ... FOR UPDATE) while that player's six tabs save, one
    after another, as many as omega has save threads and more: 24 other players save and load as usual, and
    the locked tabs answer 503 at the deadline."""
    def player(http, n):
        saved, save_seconds = timed(http.post, "/api/v1/save", json=body(f"p{n}", scene_index=1 + n % 11))
        loaded, load_seconds = timed(http.get, f"/api/v1/load/p{n}")
        return whole(saved), whole(loaded), round(max(save_seconds, load_seconds))  # 0: under half a second

    empty_parties(postgres_url)
    with server(postgres_url) as (base, _, output), httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body("locked"))) == saved_answer('"1"')
        with locked(postgres_url, "SELECT * FROM parties WHERE session_id = 'locked' FOR UPDATE"):
            with ThreadPoolExecutor(6 + 24) as pool:
                tabs = []
                for _ in range(6):  # one by one, a tenth of a second apart, twice the 50 ms a try holds its thread:
                    # each arrives alone, not in one batch with the others, and would hold a save thread of its own
                    tabs.append(pool.submit(timed, http.post, "/api/v1/save", json=body("locked", scene_index=9)))
                    time.sleep(0.1)
                players = list(pool.map(player, [http] * 24, range(24)))
                answers = [tab.result() for tab in tabs]
            assert players == [(saved_answer('"1"', 1 + n % 11), loaded_answer(body(f"p{n}", scene_index=1 + n % 11),
                                                                             '"1"'), 0) for n in range(24)]
            assert [unavailable(response) for response, _ in answers] == [UNAVAILABLE] * 6
            assert_at_the_deadline(answers)
            time.sleep(0.5)  # ten times the 50 ms a try waits for the lock: a try under way at the deadline is over
        assert whole(http.get("/api/v1/load/locked")) == loaded_answer(body("locked"), '"1"')  # nothing of the 503s
        saved = http.post("/api/v1/save", json=body("locked", scene_index=9))
        assert whole(saved) == saved_answer('"2"', scene_index=9)
        assert whole(http.get("/api/v1/load/locked")) == loaded_answer(body("locked", scene_index=9), '"2"')
    assert set(logged_reasons(output())) == {LOCKED}, output()


def test_a_locked_row_saves_as_soon_as_it_is_free_within_the_deadline(postgres_url):
    empty_parties(postgres_url)
    with server(postgres_url) as (base, _, _), httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body("freed"))) == saved_answer('"1"')
        with ThreadPoolExecutor(1) as pool:
            with locked(postgres_url, "SELECT * FROM parties WHERE session_id = 'freed' FOR UPDATE"):
                saving = pool.submit(timed, http.post, "/api/v1/save", json=body("freed", scene_index=9))
                time.sleep(1)  # a second locked: it has tried several times (0.2 s apart) and still waits
                assert not saving.done()
            saved, seconds = saving.result()
        assert whole(saved) == saved_answer('"2"', scene_index=9)
        assert 1 <= seconds < 2, seconds  # saved within the next tries after the lock went, well before the deadline
        assert whole(http.get("/api/v1/load/freed")) == loaded_answer(body("freed", scene_index=9), '"2"')


def test_a_postgres_that_stops_answering_gets_503_at_the_deadline_on_old_and_new_connections_and_recovers(
        postgres_url, outage):
    """The database (or PgBouncer) accepts connections and reads requests, but answers nothing. Two servers wait for
    it at once: one that has saved (its pool holds a connection), one started while the database was away (its pool
    holds none, and it has not checked the schema yet). Each request answers 503 at the deadline, on the connection
    a server had or on a new one; both servers recover, without a restart, once the database answers again."""
    empty_parties(postgres_url)
    outage.down()
    with server(outage.url) as (new, _, _):  # it starts with no connection in its pool
        outage.up()
        with server(outage.url) as (old, _, _):
            assert whole(web.post(f"{old}/api/v1/save", json=body())) == saved_answer('"1"')
            outage.freeze()  # connections stay open and new ones are accepted, and nothing comes back
            with ThreadPoolExecutor(3) as pool:
                waiting = [pool.submit(timed, web.post, f"{old}/api/v1/save", json=body(scene_index=9))]
                assert until(lambda: outage.held == 1)  # the save, sent on the connection the server had, held back
                waiting += [pool.submit(timed, web.get, f"{old}/api/v1/load/s-1"),  # on a new connection
                            pool.submit(timed, web.get, f"{new}/api/v1/load/s-2")]  # on its first connection
                answers = [request.result() for request in waiting]
            assert [unavailable(response) for response, _ in answers] == [UNAVAILABLE] * 3
            assert_at_the_deadline(answers)
            outage.thaw()  # what was held back goes on: the save answered 503 lands now, as the README warns it may
            assert until(lambda: [(row.scene_index, row.revision) for row in rows(postgres_url)] == [(9, 2)])
            assert whole(web.post(f"{old}/api/v1/save", json=body(scene_index=7))) == saved_answer('"3"', scene_index=7)
            assert whole(web.get(f"{old}/api/v1/load/s-1")) == loaded_answer(body(scene_index=7), '"3"')
        assert whole(web.post(f"{new}/api/v1/save", json=body("s-2"))) == saved_answer('"1"')
        assert whole(web.get(f"{new}/api/v1/load/s-2")) == loaded_answer(body("s-2"), '"1"')


def test_a_statement_that_runs_past_the_deadline_is_cancelled_and_never_lands(postgres_url):
    """A trigger makes one save take 6 seconds. The database cancels it at 5 (statement_timeout), so its 503 stays
    true: once no statement of omega's runs any more, the save is not stored."""
    def running():  # omega's saves that PostgreSQL is running now (its own server, also behind PgBouncer)
        return watcher.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
            "AND strpos(query, 'INSERT INTO parties') > 0 AND pid <> pg_backend_pid()").scalar()

    empty_parties(postgres_url)
    with plpgsql_trigger(postgres_url, "slow_save", "PERFORM pg_sleep(6)", "UPDATE", "NEW.scene_index = 9"), \
            admin(direct(postgres_url)) as watcher, server(postgres_url) as (base, _, _), \
            httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body("slow"))) == saved_answer('"1"')
        response, seconds = timed(http.post, "/api/v1/save", json=body("slow", scene_index=9))
        assert unavailable(response) == UNAVAILABLE
        assert_at_the_deadline([(response, seconds)])
        # cancelled at 5 s, it is gone at once; had it gone on, it would run until 6 s and land: 3 s is past that
        assert until(lambda: running() == 0, 3)
        assert whole(http.get("/api/v1/load/slow")) == loaded_answer(body("slow"), '"1"')


def test_the_time_limits_end_with_each_statement_and_never_linger_on_a_connection(postgres_url, import_omega_afresh):
    """SET LOCAL: a limit left on a pooled connection (or, through PgBouncer, on a server connection that another
    client gets next) would bound statements that are not omega's."""
    empty_parties(postgres_url)
    import_omega_afresh(postgres_url)
    with TestClient(omega.app) as client:
        for n in range(12):
            assert whole(client.post("/api/v1/save", json=body(f"t{n}"))) == saved_answer('"1"')
            assert whole(client.get(f"/api/v1/load/t{n}")) == loaded_answer(body(f"t{n}"), '"1"')
    connections = [omega.database.engine.raw_connection()
                   for _ in range(omega.database.loads.threads + omega.database.saves.threads)]  # the whole pool
    try:
        for connection in connections:
            cursor = connection.cursor()  # the driver's own: omega's limits are not added to it
            cursor.execute("SHOW statement_timeout")
            statement_timeout = cursor.fetchone()
            cursor.execute("SHOW lock_timeout")
            assert (statement_timeout, cursor.fetchone()) == (("0",), ("0",))
    finally:
        for connection in connections:
            connection.close()


# What is logged for a 503: the reason, once, never a player's state or a password
@ONCE
def test_a_database_error_is_503_with_retry_after_and_its_log_line_holds_no_saved_data(fresh_omega, database_url,
                                                                                       monkeypatch, caplog):
    def failing(saves):  # SQLAlchemy's text of a failed statement carries its parameters: a player's state
        raise OperationalError("INSERT INTO parties ...", {"party_name": "The Lanterns"}, ConnectionError("gone"))
    monkeypatch.setattr(omega.database, "saves", omega.Jobs(failing, threads=1, size=1))
    with TestClient(omega.app) as client:
        assert unavailable(client.post("/api/v1/save", json=body())) == UNAVAILABLE
    assert "database unavailable: gone" in caplog.text  # the driver's reason
    assert "The Lanterns" not in caplog.text and "INSERT" not in caplog.text
    assert rows(database_url) == []


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # it ends connections on the server itself
def test_a_reason_is_logged_once_however_many_saves_fail_with_it_and_again_after_the_database_answered(postgres_url):
    """The database turns read-only while players save and load: 96 saves answer 503, the loads between them 200,
    and the log says why once. Writes come back (a save answers 200), then it turns read-only again: once more."""
    database = make_url(postgres_url).database
    read_only = "cannot execute INSERT in a read-only transaction"

    def players(http):
        def play(n):
            return unavailable(http.post("/api/v1/save", json=body(f"p{n}"))), whole(http.get("/api/v1/load/s-1"))
        with ThreadPoolExecutor(16) as pool:
            return list(pool.map(play, range(96)))

    empty_parties(postgres_url)
    with admin(direct(postgres_url)) as connection, server(postgres_url) as (base, _, output), \
            httpx.Client(base_url=base, timeout=30) as http:
        assert whole(http.post("/api/v1/save", json=body())) == saved_answer('"1"')
        try:
            for outage in range(2):
                connection.exec_driver_sql(f"ALTER DATABASE {database} SET default_transaction_read_only = on")
                disconnect_everyone(connection)
                assert until(lambda: http.get("/api/v1/load/s-1").status_code == 200)  # connections made anew
                assert players(http) == [(UNAVAILABLE, loaded_answer(body(), f'"{outage + 1}"'))] * 96
                assert logged_reasons(output()) == [read_only] * (outage + 1), output()
                connection.exec_driver_sql(f"ALTER DATABASE {database} RESET default_transaction_read_only")
                disconnect_everyone(connection)
                assert until(lambda: http.post("/api/v1/save", json=body()).status_code == 200)  # it answers
        finally:
            connection.exec_driver_sql(f"ALTER DATABASE {database} RESET default_transaction_read_only")


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # PgBouncer holds a client its server
# refused for server_login_retry, so that its reason alternates with libpq's "timeout expired"
@pytest.mark.parametrize("problem, reason", [
    ("/omega_nowhere", 'FATAL: database "omega_nowhere" does not exist'),
    ("?sslmode=require", "server does not support SSL, but SSL was required")])
def test_a_database_that_will_never_answer_is_logged_with_the_driver_s_reason_once(postgres_url, problem, reason):
    """A wrong database name or TLS required of a server without it: every request answers 503, and the log says
    why, once, with the driver's words and no password."""
    database = make_url(postgres_url).set(password="s3cret-Pa55")
    url = database.set(database="omega_nowhere") if problem.startswith("/") else database.update_query_string(
        problem[1:], append=True)
    with server(as_text(url)) as (base, _, output):
        for _ in range(3):
            assert unavailable(web.get(f"{base}/api/v1/load/s-1")) == UNAVAILABLE
            assert unavailable(web.post(f"{base}/api/v1/save", json=body())) == UNAVAILABLE
        logged = [line for line in output().splitlines() if "database unavailable" in line]
    assert len(logged) == 1, logged
    assert reason in " ".join(logged[0].split()), logged
    assert "s3cret-Pa55" not in output()


# The batches of omega.database: requests that wait for a database thread go to it together
def upserts(*session_ids):
    """omega's unconditional save of STATE for each session, as (statement, parameters)."""
    upsert = omega.write_statement(tuple(STATE), None, None)
    return [(upsert, {**STATE, "for_session_id": session_id, "now": datetime.now(timezone.utc)})
            for session_id in session_ids]


def saves_in_one_batch(monkeypatch, client, bodies):
    """The answers (response, seconds) to saves of `bodies`, which omega runs as one batch, in this order:
    omega.database.saves becomes omega.Jobs with one thread, held by a first save ("holding") until they all wait."""
    holding, gate = threading.Event(), threading.Event()

    def held_until_the_batch_is_there(saves):
        holding.set()
        gate.wait(5)  # set once the batch waits; 5 s only bounds a failing test
        return omega.database.run_saves(saves)

    saves = omega.Jobs(held_until_the_batch_is_there, threads=1, size=omega.database.saves.size)
    monkeypatch.setattr(omega.database, "saves", saves)
    with ThreadPoolExecutor(len(bodies) + 1) as pool:
        first = pool.submit(client.post, "/api/v1/save", json=body("holding"))
        assert holding.wait(5)  # at once; 5 s, here and below, only bounds a failing test
        answers = []
        for n, sent in enumerate(bodies, 1):  # they wait, in this order, behind it
            answers.append(pool.submit(timed, client.post, "/api/v1/save", json=sent))
            assert until(lambda: len(saves.waiting) == n, 5)
        gate.set()
        assert whole(first.result()) == saved_answer('"1"')
        return [answer.result() for answer in answers]


@ONCE
def test_a_request_given_up_on_at_the_deadline_never_reaches_the_database(fresh_omega):
    """A save still waiting for a database thread when its 503 goes out is dropped, not run later: once the thread is
    free, the task that feeds it looks at what waits, runs nothing and ends."""
    release, ran = threading.Event(), []

    def run(requests):  # the database, stuck on the first batch
        ran.extend(requests)
        release.wait(10)  # released below; 10 s only bounds a failing test
        return requests

    async def two_saves():
        jobs = omega.Jobs(run, threads=1, size=100)
        for request in ("running", "waiting"):  # a deadline of half a second each: the test's own, not omega's 5 s
            with pytest.raises(omega.Rejected) as refused:
                await omega.database.call(jobs, request, asyncio.get_running_loop().time() + 0.5)
            assert refused.value.status_code == 503
        [feeding] = jobs.feeding  # the one task that feeds the stuck thread
        release.set()
        await asyncio.wait_for(feeding, 5)  # it ends once it has looked at what still waits
        assert not jobs.feeding

    asyncio.run(two_saves())
    assert ran == ["running"]


@ONCE
def test_a_save_whose_write_and_then_its_read_meet_a_slow_database_answers_at_its_one_deadline(client, monkeypatch):
    """With both headers sent, a save whose write finds a header failing reads the session to name which. When the
    database takes 4 s for each, the request answers 503 at its one deadline, 5 s after it began, not 412 after 8 s:
    the write and the read share it."""
    at_revision_2(client)

    def slowly(run):  # the database, 4 s for each batch: less than a deadline each, more than one for both
        def run_slowly(jobs):
            time.sleep(4)
            return run(jobs)
        return run_slowly

    monkeypatch.setattr(omega.database.saves, "run", slowly(omega.database.saves.run))
    monkeypatch.setattr(omega.database.loads, "run", slowly(omega.database.loads.run))
    answer, seconds = timed(client.post, "/api/v1/save", json=body(scene_index=9),
                            headers={"If-Match": '"2"', "If-None-Match": '"2"'})
    assert unavailable(answer) == UNAVAILABLE
    assert_at_the_deadline([(answer, seconds)])
    monkeypatch.undo()
    assert whole(client.get("/api/v1/load/s-1")) == loaded_answer(body(), '"2"')


@ONCE
def test_a_job_that_comes_as_its_thread_finishes_a_batch_is_run_at_once(fresh_omega):
    """The next save arrives in the same turn of the event loop in which the last batch's thread goes free: it is run
    at once, not left waiting for the save after it (or for the deadline, if none comes)."""
    async def one_after_the_other():
        jobs = omega.Jobs(lambda batch: [f"answer to {job}" for job in batch], threads=1, size=100)
        deadline = asyncio.get_running_loop().time() + 2  # the test's own, which the second job must not wait for
        first = await omega.database.call(jobs, "first", deadline)  # resumes before anything else the loop queued
        started = time.monotonic()
        second = await omega.database.call(jobs, "second", deadline)
        return first, second, time.monotonic() - started

    first, second, seconds = asyncio.run(one_after_the_other())
    assert (first, second) == ("answer to first", "answer to second")
    assert seconds < 0.5, seconds  # at once: a quarter of the deadline it would otherwise have waited for


@ONCE
def test_a_request_given_up_on_while_its_batch_runs_leaves_the_others_their_answers(fresh_omega):
    ran, started, release = [], threading.Event(), threading.Event()

    def run(requests):
        ran.append(requests)
        started.set()
        release.wait(10)  # released below; 10 s only bounds a failing test
        return [f"answer to {request}" for request in requests]

    async def gone_and_kept():
        jobs = omega.Jobs(run, threads=1, size=100)
        gone, kept = (asyncio.create_task(omega.database.call(jobs, job, asyncio.get_running_loop().time() + 5))
                      for job in ("gone", "kept"))
        await asyncio.to_thread(started.wait, 5)
        gone.cancel()  # as the deadline does
        release.set()
        return await asyncio.wait_for(kept, 2)  # at once; 2 s only bounds a failing test

    assert asyncio.run(gone_and_kept()) == "answer to kept"
    assert ran == [["gone", "kept"]]


@ONCE
def test_a_batch_that_the_database_fails_gives_each_of_its_requests_the_error_at_once(fresh_omega):
    ran = []

    def run(requests):
        ran.append(requests)
        raise RuntimeError("the database failed")

    async def three():
        jobs = omega.Jobs(run, threads=1, size=100)
        calls = (omega.database.call(jobs, job, asyncio.get_running_loop().time() + 5) for job in "abc")
        return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 2)  # at once, not at 5 s

    assert [str(answer) for answer in asyncio.run(three())] == ["the database failed"] * 3
    assert ran == [["a", "b", "c"]]


def test_a_save_whose_row_is_locked_fails_alone_in_its_batch(postgres_url, import_omega_afresh):
    empty_parties(postgres_url)
    import_omega_afresh(postgres_url)
    held, free = upserts("held", "free")
    assert omega.database.run_saves([held]) == [1]
    with locked(postgres_url, "SELECT * FROM parties WHERE session_id = 'held' FOR UPDATE"):
        waited, saved = omega.database.run_saves([held, free])
    assert (type(waited.orig).__name__, saved) == ("LockNotAvailable", 1)
    assert [(row.session_id, row.revision) for row in rows(postgres_url)] == [("free", 1), ("held", 1)]


def test_a_save_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored(database_url, client,
                                                                                      monkeypatch):
    """A CHECK or trigger that a newer release or an administrator added refuses one party name: that save answers
    500 and the saves that went to the database with it are stored and answered 200, on either database."""
    with refusing_party_name(database_url, "refused"):
        answers = saves_in_one_batch(monkeypatch, client, [body("before"), body("refused", party_name="refused"),
                                                           body("after")])
    assert [whole(a) for a, _ in answers] == [saved_answer('"1"'), (500, {"error": "internal error"}, None),
                                              saved_answer('"1"')]
    assert [row.session_id for row in rows(database_url)] == ["after", "before", "holding"]


def test_a_connection_lost_part_way_through_a_batch_answers_what_committed_and_503_for_the_rest(
        postgres_url, import_omega_afresh, monkeypatch):
    """Three saves go to the database together, each committed on its own. The second makes PostgreSQL end the
    connection (a trigger terminates its own backend): the first, committed, answers 200 with its ETag; the second
    and the third, which never ran, answer 503 at once, not at the deadline; and the next save goes through on a new
    connection."""
    empty_parties(postgres_url)
    with plpgsql_trigger(postgres_url, "lose_connection", "PERFORM pg_terminate_backend(pg_backend_pid())", "INSERT",
                         "NEW.name = 'lost'"):
        import_omega_afresh(postgres_url)
        with TestClient(omega.app) as client:
            answers = saves_in_one_batch(monkeypatch, client, [body(name, party_name=name)
                                                               for name in ("saved", "lost", "never")])
            again = client.post("/api/v1/save", json=body("again"))
    assert [(a.status_code, a.json(), a.headers.get("etag")) for a, _ in answers] == [
        saved_answer('"1"'), (*UNAVAILABLE[:2], None), (*UNAVAILABLE[:2], None)]
    assert max(seconds for _, seconds in answers) < DEADLINE / 2  # at once, not at the deadline
    assert whole(again) == saved_answer('"1"')
    assert [row.session_id for row in rows(postgres_url)] == ["again", "holding", "saved"]


@ONCE
def test_a_sqlite_connection_lost_part_way_through_a_batch_answers_503_to_all_of_it_and_stores_none(
        database_url, fresh_omega, monkeypatch):
    """SQLite's saves that go together share one transaction: when its connection is lost (staged here: the driver's
    error for one party is taken for a lost connection, which closes it), none of them was committed, so none is
    answered 200; the next save goes through on a new connection."""
    engine = omega.database.engine

    @event.listens_for(engine, "connect")
    def lose_on_cue(dbapi_connection, record):  # SQLite's error for a function that fails: an OperationalError
        dbapi_connection.create_function("lose", 0, lambda: 1 / 0)

    @event.listens_for(engine, "handle_error")
    def lost(context):  # as when sqlite3's connection was closed under it: nothing of it is left to hold a lock
        context.is_disconnect = "user-defined function raised exception" in str(context.original_exception)
        if context.is_disconnect:
            context.execution_context.cursor.close()

    with admin(database_url) as connection:
        connection.exec_driver_sql("CREATE TRIGGER lose BEFORE INSERT ON parties WHEN NEW.name = 'lost' "
                                   "BEGIN SELECT lose(); END")
    try:
        with TestClient(omega.app) as client:
            answers = saves_in_one_batch(monkeypatch, client, [body(name, party_name=name)
                                                               for name in ("saved", "lost", "never")])
            again = client.post("/api/v1/save", json=body("again"))
    finally:
        with admin(database_url) as connection:
            connection.exec_driver_sql("DROP TRIGGER lose")
    assert [(a.status_code, a.json(), a.headers.get("etag")) for a, _ in answers] == [(*UNAVAILABLE[:2], None)] * 3
    assert max(seconds for _, seconds in answers) < DEADLINE / 2  # at once, not at the deadline
    assert whole(again) == saved_answer('"1"')
    assert [row.session_id for row in rows(database_url)] == ["again", "holding"]


def test_a_batch_of_sqlite_saves_that_sqlite_rolls_back_stores_none_of_them_and_leaves_the_file_writable(
        tmp_path, import_omega_afresh):
    """SQLite's saves that go together commit in one transaction. Where SQLite rolls that transaction back (here a
    trigger's RAISE(ROLLBACK); a full disk can too), none of them is stored, each gets the error, and the next
    batch writes."""
    url = f"sqlite:///{tmp_path}/omega.db"
    assert alembic(url, "upgrade", "head").returncode == 0
    import_omega_afresh(url)
    with admin(url) as connection:
        connection.exec_driver_sql("CREATE TRIGGER undo BEFORE INSERT ON parties WHEN NEW.session_id = 'undo' "
                                   "BEGIN SELECT RAISE(ROLLBACK, 'undone'); END")
    first, undone, second = upserts("s-1", "undo", "s-2")
    with pytest.raises(DBAPIError, match="undone"):
        omega.database.run_saves([first, undone, second])
    assert rows(url) == []
    assert omega.database.run_saves([first, second]) == [1, 1]
    with omega.database.engine.begin() as other:  # no write lock was left behind
        other.execute(omega.parties.delete().where(omega.parties.c.session_id == "s-2"))
    assert [row.session_id for row in rows(url)] == ["s-1"]


# --- Migrations and deploys: what omega refuses at start-up, the schema check, migrations, a deploy -------------------
HEAD = ScriptDirectory.from_config(Config(str(HERE / "alembic.ini"))).get_current_head()  # alembic/versions' newest
FIRST_REVISION = "71be28735e2f"  # the first migration: the parties table, before its revision column


def behind(revision):
    """What omega says, in one line, as it refuses a database at `revision`, behind alembic/versions."""
    return f"omega: the database is at revision {revision}, omega needs {HEAD}: run `alembic upgrade head`"


def next_release(tmp_path):
    """A copy of this release (omega.py, alembic.ini, alembic/) with the README's "Adding a field to the state" applied
    as it is written there, and the name of the field it adds: asset_refs; or, where omega.py has asset_refs already
    (its reader followed those steps), the same snippets again as asset_refs_2, so that they stay tested."""
    release = tmp_path / "next"
    shutil.copytree(HERE / "alembic", release / "alembic", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(HERE / "alembic.ini", release)
    readme = (HERE / "README.md").read_text()
    walkthrough = readme[readme.index("### Adding a field to the state"):readme.index("## Performance")]
    code = (HERE / "omega.py").read_text()
    field = "asset_refs_2" if 'Column("asset_refs"' in code else "asset_refs"
    # The walkthrough's Python snippets, in its order: the column and the limit (step 1), the check (step 2). Each
    # fence sits in a list item, indented with it: that indentation goes, the code's own stays.
    column, limit, check = [re.sub(rf"(?m)^{indent}", "", snippet).replace("asset_refs", field)
                            .replace("ASSET_REFS", field.upper())
                            for indent, snippet in re.findall(r"(?ms)^( *)```python\n(.*?)^\1```", walkthrough)]

    def put(code, snippet, after="", before=""):  # at the one line of omega.py that the step names
        line = after or before
        assert code.count(line) == 1, line
        return code.replace(line, after + snippet + before)

    code = put(code, column, after='    Column("choices", JSONDocument, nullable=False),\n')  # "after choices"
    code = put(code, limit, after="MAX_CHOICES = 64\n")  # "a limit after MAX_CHOICES"
    code = put(code, check, before="    return session_id, state\n")  # "before return session_id, state"
    (release / "omega.py").write_text(code)
    return release, field


# What no retry can fix is refused at start-up, in one line, with exit code 3
def test_the_server_refuses_to_start_on_a_database_not_at_the_latest_revision(unmigrated_database_url):
    url = unmigrated_database_url
    if kind(url) == "sqlite":
        with admin(url):  # an empty file: one that exists, without the schema
            pass
    assert alembic(url, "upgrade", FIRST_REVISION).returncode == 0  # the first migration only
    code, output = start(url)
    assert code == 3  # uvicorn's "failed to start": its supervisor does not start the worker again
    assert behind(FIRST_REVISION) in output
    assert "Traceback" not in output
    assert alembic(url, "upgrade", "head").returncode == 0
    with server(url) as (base, _, _):
        assert whole(web.get(f"{base}/api/v1/load/x")) == (404, {"error": "no state is saved for session_id x"}, None)


def test_a_sqlite_file_that_does_not_exist_is_named_and_not_created(tmp_path):
    code, output = start(f"sqlite:///{tmp_path}/typo.db")
    assert code == 3
    assert f"omega: there is no database at {tmp_path}/typo.db: run `alembic upgrade head` to create it" in output
    assert "Traceback" not in output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:secret@db/omega", "postgresql+asyncpg://u:secret@db/omega",
                                 "mysql://u:secret@db/omega"])
def test_a_database_url_of_another_driver_is_refused_in_one_line_by_omega_and_alembic(url):
    scheme = url.partition("://")[0]
    expected = (f"omega: DATABASE_URL must start with sqlite:/// or postgresql:// (omega ships psycopg2), "
                f"not {scheme}://")
    (code, output), migrated = at_once(lambda: start(url), lambda: alembic(url, "upgrade", "head"))
    assert (code, output.strip().splitlines()[-1]) == (3, expected), output
    assert (migrated.returncode, migrated.stderr.strip()) == (3, expected)
    assert "Traceback" not in output + migrated.stderr and "secret" not in output + migrated.stderr


def test_production_without_database_url_refuses_to_start_even_with_several_workers():
    reason = "omega: ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)"
    (code, output), (_, with_workers) = at_once(lambda: start(None, ENV="production"),
                                               lambda: start(None, "--workers", "2", ENV="production"))
    assert (code, output.strip().splitlines()[-1]) == (3, reason)  # refused at start-up, in one line
    assert "Traceback" not in output
    assert 1 <= with_workers.count(reason) <= 2, with_workers  # the workers are not started again and again
    assert "failed to start, stopping the parent process" in with_workers


def test_production_without_database_url_imports_but_alembic_refuses_to_migrate(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    imported, migrated = at_once(
        lambda: subprocess.run([sys.executable, "-c", "import omega; print(omega.DATABASE_URL)"], cwd=HERE,
                               env={**env, "ENV": "production"}, capture_output=True, text=True),
        lambda: subprocess.run([sys.executable, "-m", "alembic", "-c", HERE / "alembic.ini", "upgrade", "head"],
                               cwd=tmp_path, env={**env, "ENV": "production", "PYTHONPATH": HERE},
                               capture_output=True, text=True))  # ./omega.db would be tmp_path's
    assert (imported.returncode, imported.stdout) == (0, "sqlite:///./omega.db\n")  # a REPL or a tool goes on
    assert (migrated.returncode, migrated.stderr.strip().splitlines()[-1]) == (
        3, "omega: ENV=production needs DATABASE_URL: Alembic would migrate a local SQLite file")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # PgBouncer knows only its listed users
def test_a_role_that_cannot_read_alembic_version_is_refused_with_what_failed(postgres_url):
    role = f"omega_app_{uuid.uuid4().hex[:8]}"
    with admin(postgres_url) as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON parties TO {role}")  # nothing on alembic_version
        try:
            code, output = start(as_text(make_url(postgres_url).set(username=role)))
        finally:
            connection.exec_driver_sql(f"REVOKE ALL ON parties FROM {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
    assert code == 3, output
    assert "omega: cannot read the table alembic_version: permission denied for table alembic_version" in output
    assert "Traceback" not in output and "revision none" not in output


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # PgBouncer knows only its listed users
@pytest.mark.parametrize("grants, refusal", [
    (["GRANT SELECT ON alembic_version TO {role}", "GRANT SELECT, INSERT, UPDATE ON parties TO {role}",
      "REVOKE USAGE ON SCHEMA public FROM PUBLIC"],
     "omega: the role lacks USAGE on the schema: omega cannot read it"),
    (["GRANT SELECT ON alembic_version TO {role}", "GRANT INSERT, UPDATE ON parties TO {role}"],
     "omega: the role lacks SELECT on parties: omega cannot read it"),
])
def test_a_role_that_lacks_a_privilege_to_read_is_refused_with_the_privilege_named(postgres_url, grants, refusal):
    role = f"omega_app_{uuid.uuid4().hex[:8]}"
    with admin(postgres_url) as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        try:
            for grant in grants:
                connection.exec_driver_sql(grant.format(role=role))
            code, output = start(as_text(make_url(postgres_url).set(username=role)))
        finally:
            connection.exec_driver_sql("GRANT USAGE ON SCHEMA public TO PUBLIC")
            connection.exec_driver_sql(f"REVOKE ALL ON parties, alembic_version FROM {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
    assert (code, output.strip().splitlines()[-1]) == (3, refusal), output
    assert "Traceback" not in output and "alembic upgrade head" not in output


# The schema is checked once per process, at its first connection: at start-up, or once the database is back
def test_a_tool_that_imports_omega_may_use_its_engine_on_a_database_behind_the_migrations(unmigrated_database_url):
    """Only the server refuses such a database: a script or a REPL that imports omega connects and reads."""
    url = unmigrated_database_url
    assert alembic(url, "upgrade", FIRST_REVISION).returncode == 0
    tool = subprocess.run(
        [sys.executable, "-c", "import omega\nwith omega.database.engine.connect() as connection:\n"
                               "    print(connection.exec_driver_sql('SELECT count(*) FROM parties').scalar())"],
        cwd=HERE, env={**os.environ, "DATABASE_URL": url}, capture_output=True, text=True)
    assert (tool.returncode, tool.stdout) == (0, "0\n"), tool.stderr


def test_the_schema_is_checked_once_per_process_not_at_each_new_connection(unmigrated_database_url):
    """Once omega serves, a new connection does not check the schema again: here the schema is then set back to the
    first migration's revision, and omega opens new connections (PostgreSQL ended the old ones; SQLite's pool grows
    under concurrent players): every answer is still 200 and the server is still up."""
    url = unmigrated_database_url
    assert alembic(url, "upgrade", "head").returncode == 0
    with server(url) as (base, process, output):
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        with admin(url) as connection:
            connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{FIRST_REVISION}'")
        if kind(url) != "sqlite":
            with admin(direct(url)) as connection:
                disconnect_everyone(connection)
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(lambda n: web.get(f"{base}/api/v1/load/s-1") if n % 2 else
                                    web.post(f"{base}/api/v1/save", json=body()), range(64)))
        assert {answer.status_code for answer in answers} == {200}, output()
        assert [answer.json() for answer in answers] == [
            body() if n % 2 else {"status": "saved", "scene_index": 3} for n in range(64)]
        assert until(lambda: web.get(f"{base}/api/v1/load/s-1").status_code == 200)
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"33"')  # the first save and 32
        assert process.poll() is None and "omega needs" not in output(), output()


def test_a_database_first_reached_after_start_up_is_checked_as_at_start_up(unmigrated_database_url, tmp_path):
    """omega starts while its database is unreachable (PostgreSQL down; a SQLite folder not there yet) and answers
    503. The database appears at the first migration only: the first request to reach it makes omega refuse, as it
    would have at start-up (the same line, exit code 3), so that the previous release keeps the traffic. Once
    migrated, omega starts and serves."""
    url = unmigrated_database_url
    with contextlib.ExitStack() as stack:
        if kind(url) == "sqlite":
            url = served = f"sqlite:///{tmp_path}/later/omega.db"
            appear = lambda: (tmp_path / "later").mkdir()
        else:
            relay = stack.enter_context(Outage(url))
            relay.down()
            served, appear = relay.url, relay.up
        with server(served) as (base, process, output):
            assert unavailable(web.get(f"{base}/api/v1/load/s-1")) == UNAVAILABLE
            appear()
            assert alembic(url, "upgrade", FIRST_REVISION).returncode == 0
            with pytest.raises(httpx.TransportError):  # the server exits: this request's connection closes
                web.get(f"{base}/api/v1/load/s-1")
            assert process.wait(timeout=10) == 3  # it exits at once; 10 s only bounds a failing test
            assert behind(FIRST_REVISION) in output()
            assert "Traceback" not in output()
        assert alembic(url, "upgrade", "head").returncode == 0
        with server(served) as (base, _, _):
            assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
            assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


def test_a_connection_lost_while_the_schema_is_checked_is_tried_again_not_refused(postgres_url, outage):
    """omega starts while its database restarts: the connection it checks the schema on is lost part-way (here the
    relay cuts every connection that asks for alembic_version). It answers 503, checks again at the next connection,
    and serves once the database is back."""
    empty_parties(postgres_url)
    outage.cut_when_sent(b"alembic_version")
    with server(outage.url) as (base, process, output):
        for _ in range(3):
            assert unavailable(web.get(f"{base}/api/v1/load/s-1")) == UNAVAILABLE
        outage.cut_when_sent(None)
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
        assert process.poll() is None and "omega:" not in output(), output()


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # one database is enough: no PgBouncer case
def test_a_server_started_while_a_migration_holds_the_schema_answers_503_then_checks_it_and_serves(postgres_url):
    """A migration holds alembic_version (ACCESS EXCLUSIVE) while a new server starts: its schema check meets the
    lock, so it answers 503 instead of refusing, and checks and serves once the migration is done."""
    with contextlib.ExitStack() as migration:
        migration.enter_context(locked(postgres_url, "LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE"))
        with server(postgres_url) as (base, process, output):  # its start-up waited for the lock until the deadline
            assert unavailable(web.get(f"{base}/api/v1/load/migrating")) == UNAVAILABLE
            assert set(logged_reasons(output())) == {LOCKED}, output()
            migration.close()  # the migration commits
            assert whole(web.get(f"{base}/api/v1/load/migrating")) == (
                404, {"error": "no state is saved for session_id migrating"}, None)
            assert process.poll() is None and "omega:" not in output(), output()


# Migrations
def test_migrations_upgrade_check_downgrade_and_upgrade_again(unmigrated_database_url):
    url = unmigrated_database_url
    assert alembic(url, "upgrade", "head").returncode == 0
    checked = alembic(url, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No new upgrade operations detected." in checked.stdout + checked.stderr
    assert alembic(url, "downgrade", "base").returncode == 0
    with omega_engine(url) as engine:
        assert not inspect(engine).has_table("parties")
    assert alembic(url, "upgrade", "head").returncode == 0
    with omega_engine(url) as engine:
        assert inspect(engine).has_table("parties")


def test_on_postgres_the_json_columns_are_jsonb_and_the_id_a_native_uuid(postgres_url):
    with omega_engine(postgres_url) as engine:
        columns = {c["name"]: type(c["type"]).__name__ for c in inspect(engine).get_columns("parties")}
    assert (columns["heroes"], columns["choices"], columns["id"]) == ("JSONB", "JSONB", "UUID")


def test_rows_saved_before_the_revision_column_load_with_etag_1(unmigrated_database_url):
    url = unmigrated_database_url
    assert alembic(url, "upgrade", FIRST_REVISION).returncode == 0  # the first migration
    with omega_engine(url) as old, old.begin() as connection:
        now = datetime.now(timezone.utc)
        connection.execute(text(
            "INSERT INTO parties (id, session_id, name, heroes, symbol_choice, scene_index, choices, created_at, updated_at)"
            " VALUES (:id, 's-1', 'The Lanterns', :heroes, 'sun', 3, :choices, :now, :now)"),
            {"id": uuid.uuid4().hex if old.dialect.name == "sqlite" else str(uuid.uuid4()), "now": now,
             "heroes": json.dumps(STATE["heroes"]), "choices": json.dumps(STATE["choices"])})
    assert alembic(url, "upgrade", "head").returncode == 0
    with server(url) as (base, _, _):
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')


# A deploy: the previous release and the next on one database, and a rollback
def test_a_deploy_that_adds_a_field_keeps_the_previous_release_and_its_open_pages_working(unmigrated_database_url,
                                                                                          tmp_path):
    url, refs = unmigrated_database_url, ["portraits/ayla.png"]
    assert alembic(url, "upgrade", "head").returncode == 0  # this release's schema
    release, field = next_release(tmp_path)
    generated = alembic(url, "revision", "--autogenerate", "-m", "add parties.asset_refs", cwd=release)
    assert generated.returncode == 0, generated.stderr
    [migration] = set((release / "alembic" / "versions").glob("*.py")) - {
        release / "alembic" / "versions" / path.name for path in (HERE / "alembic" / "versions").glob("*.py")}
    assert "server_default='[]'" in migration.read_text()
    newer = re.search(r"^revision: str = '(\w+)'", migration.read_text(), re.M)[1]
    code, output = start(url, cwd=release)  # the next release refuses a database its migration has not reached
    assert code == 3, output
    assert f"omega: the database is at revision {HEAD}, omega needs {newer}: run `alembic upgrade head`" in output
    assert alembic(url, "upgrade", "head", cwd=release).returncode == 0
    with server(url) as (previous, _, output):  # the previous release, now older than the schema
        assert f"the database is at revision {newer}, from a newer release: serving it as it is" in output()
        assert "alembic upgrade head" not in output()
        assert whole(web.post(f"{previous}/api/v1/save", json=body("old"))) == saved_answer('"1"')
        assert whole(web.get(f"{previous}/api/v1/load/old")) == loaded_answer(body("old"), '"1"')
        with server(url, cwd=release) as (base, _, _):  # the next release, beside it, as during a deploy
            assert whole(web.post(f"{base}/api/v1/save", json=body("new", **{field: refs}))) == saved_answer('"1"')
            page_from_before = web.post(f"{base}/api/v1/save", json=body("new", scene_index=4))  # without the field
            assert whole(page_from_before) == saved_answer('"2"', scene_index=4)
            assert whole(web.get(f"{base}/api/v1/load/new")) == loaded_answer(  # the field is kept
                body("new", scene_index=4, **{field: refs}), '"2"')
            assert whole(web.get(f"{base}/api/v1/load/old")) == loaded_answer(  # the column's default
                body("old", **{field: []}), '"1"')
        # rolled back: the next release is gone, and the previous one serves on, on the database as it was left
        assert whole(web.post(f"{previous}/api/v1/save", json=body("new", scene_index=5))) == \
            saved_answer('"3"', scene_index=5)
        assert whole(web.get(f"{previous}/api/v1/load/new")) == loaded_answer(body("new", scene_index=5), '"3"')
    with admin(url) as connection:
        stored = connection.execute(text(f"SELECT {field} FROM parties WHERE session_id = 'new'")).scalar()
    assert (json.loads(stored) if isinstance(stored, str) else stored) == refs


# --- Operations: copied into a game, production URLs, privileges, logging, durability, workers and clients ------------
SEVERAL_HOSTS = {  # each way SQLAlchemy or libpq documents to write two hosts, the first one first
    "libpq's hosts": "postgresql://{user}@{host1}:{port1},{host2}:{port2}/{database}?{query}",
    "libpq's host and port lists": "postgresql://{user}@/{database}?host={host1},{host2}&port={port1},{port2}&{query}",
    "SQLAlchemy's repeated host": "postgresql://{user}@/{database}?host={host1}:{port1}&host={host2}:{port2}&{query}",
}
WITHOUT_POLL = """import select
for name in ("poll", "epoll", "kqueue", "devpoll"):  # as on Windows, where select has select() alone
    if hasattr(select, name):
        delattr(select, name)
"""


def copied_into_a_game(tmp_path):
    """A game's repository with omega copied into server/, as the README says: the folder of the game."""
    game = tmp_path / "game"
    shutil.copytree(HERE / "alembic", game / "server" / "alembic", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("omega.py", "alembic.ini", "requirements.txt"):
        shutil.copy(HERE / name, game / "server")
    (game / "index.html").write_text("<!doctype html><title>the game</title>")
    return game


# Copied into a game's repository
@pytest.mark.parametrize("folder, alembic_options, app_options", [
    ("server", [], ["omega:app"]),  # from inside server/
    (".", ["-c", "server/alembic.ini"], ["server.omega:app"]),  # from the game's root
    (".", ["-c", "server/alembic.ini"], ["--app-dir", "server", "omega:app"]),
])
def test_omega_copied_into_a_game_s_server_folder_runs_from_there_and_from_the_root(tmp_path, folder, alembic_options,
                                                                                    app_options):
    """With the default DATABASE_URL, ./omega.db of the folder the commands run in: Alembic and the server agree on
    it. Commands that only read never create it, and the server names the absolute path of a file that is not
    there."""
    game = copied_into_a_game(tmp_path)
    where, expected = game / folder, (game / folder / "omega.db").resolve()
    refusal = f"omega: there is no database at {expected}: run `alembic upgrade head` to create it"
    without_database_url = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}

    def alembic_here(*args):
        return subprocess.run([sys.executable, "-m", "alembic", *alembic_options, *args], cwd=where,
                              env=without_database_url, capture_output=True, text=True)

    *reads, (code, output) = at_once(  # commands that only read, and the server: none may create the file
        lambda: alembic_here("current"), lambda: alembic_here("check"), lambda: alembic_here("history"),
        lambda: start(None, *app_options[:-1], cwd=where, app=app_options[-1]))
    for read in reads[:2]:  # (history reads no database)
        assert (read.returncode, read.stderr.strip().splitlines()[-1]) == (3, refusal), read.stderr
    assert reads[2].returncode == 0, reads[2].stderr
    assert not expected.exists()
    assert (code, output.strip().splitlines()[-1]) == (3, refusal), output
    migrated = alembic_here("upgrade", "head")
    assert migrated.returncode == 0, migrated.stderr
    assert [path.name for path in where.glob("*.db")] == ["omega.db"]
    with server(None, cwd=where, options=app_options[:-1], app=app_options[-1]) as (base, _, output):
        assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"'), output()
        assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
    assert [row.session_id for row in rows(f"sqlite:///{expected}")] == ["s-1"]
    current = alembic_here("current")
    assert (current.returncode, current.stdout.split()) == (0, [HEAD, "(head)"]), current.stderr


# Production URLs: schemes, several hosts, time limits, sockets, passwords
@pytest.mark.parametrize("scheme", ["postgres://", "postgresql+psycopg2://"])
def test_postgres_scheme_urls_use_psycopg2(postgres_url, scheme):
    with omega_engine(postgres_url.replace("postgresql://", scheme, 1)) as engine, engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
        assert engine.dialect.driver == "psycopg2"


@pytest.mark.parametrize("spelling", SEVERAL_HOSTS)
def test_every_spelling_of_several_hosts_migrates_and_serves_with_the_first_host_down(postgres_url, tmp_path,
                                                                                     spelling):
    """Nothing listens at the first host, so Alembic and omega connect to the second; the rest of the query is
    kept (the connection is named as the URL says)."""
    with scratch_database(kind(postgres_url), tmp_path) as url:
        database = make_url(url)
        several = SEVERAL_HOSTS[spelling].format(
            user=database.username, database=database.database, host1="127.0.0.1", port1=free_port(),
            host2=database.host, port2=database.port, query="connect_timeout=3&application_name=omega-several")
        migrated = alembic(several, "upgrade", "head")
        assert migrated.returncode == 0, migrated.stderr
        with server(several) as (base, _, output):
            assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"'), output()
            assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
        assert [row.session_id for row in rows(url)] == ["s-1"]
        with omega_engine(several) as engine, engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW application_name").scalar() == "omega-several"


@pytest.mark.parametrize("query, limits", [
    ("", {"connect_timeout": "5", "keepalives_idle": "5", "keepalives_interval": "1", "tcp_user_timeout": "5000"}),
    ("connect_timeout=2&keepalives_idle=7&keepalives_interval=3&tcp_user_timeout=900",
     {"connect_timeout": "2", "keepalives_idle": "7", "keepalives_interval": "3", "tcp_user_timeout": "900"})])
@pytest.mark.parametrize("spelling", SEVERAL_HOSTS)
@pytest.mark.skipif(sys.platform != "linux", reason="reads Linux's TCP socket options")
def test_pooled_connections_bound_a_silent_host_with_omega_s_limits_unless_the_url_gives_its_own(postgres_url, query,
                                                                                                 limits, spelling):
    """What libpq was given, and what the kernel holds for omega's pooled socket: a connection attempt ends after
    connect_timeout seconds; a silent connection is probed after keepalives_idle, then every keepalives_interval
    seconds, and dropped once what it sent is unacknowledged for tcp_user_timeout milliseconds."""
    database = make_url(postgres_url)
    several = SEVERAL_HOSTS[spelling].format(user=database.username, database=database.database, host1=database.host,
                                             port1=database.port, host2=database.host, port2=database.port, query=query)
    with omega_engine(several) as engine, engine.connect() as connection:
        given = connection.connection.dbapi_connection.get_dsn_parameters()
        with socket.fromfd(connection.connection.dbapi_connection.fileno(), socket.AF_INET, socket.SOCK_STREAM) as tcp:
            held = [tcp.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)] + [
                tcp.getsockopt(socket.IPPROTO_TCP, option)
                for option in (socket.TCP_KEEPIDLE, socket.TCP_KEEPINTVL, socket.TCP_USER_TIMEOUT)]
    assert {name: given[name] for name in limits} == limits
    assert held == [1, int(limits["keepalives_idle"]), int(limits["keepalives_interval"]),
                    int(limits["tcp_user_timeout"])]


@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # PgBouncer here listens on TCP alone
@pytest.mark.parametrize("socket_url", ["postgresql://{user}@%2Fvar%2Frun%2Fpostgresql/{database}",  # libpq's
                                        "postgresql://{user}@/{database}?host=/var/run/postgresql"])  # SQLAlchemy's
def test_both_spellings_of_a_socket_directory_serve_omega_and_alembic(postgres_url, socket_url):
    database = make_url(postgres_url)
    url = socket_url.format(user=database.username, database=database.database)
    migrated = alembic(url, "current")
    assert (migrated.returncode, migrated.stdout.split()) == (0, [HEAD, "(head)"]), migrated.stderr
    with omega_engine(url) as engine, engine.connect() as connection:  # a socket has no server address; TCP would
        assert connection.execute(text("SELECT inet_server_addr()")).scalar() is None


@pytest.mark.parametrize("url", ["postgresql://omega:p%40ss%2Fw%25rd@db/omega",
                                 "postgresql://omega:p%40ss%2Fw%25rd@db1:5432,db2:5432/omega"])
def test_a_percent_encoded_password_reaches_the_driver_decoded(url):
    """The README's advice for a password with @, / or %: percent-encoded in DATABASE_URL, in either spelling."""
    assert omega.connection_settings(url)[1]["password"] == "p@ss/w%rd"


# Privileges
@pytest.mark.parametrize("postgres_url", ["postgresql"], indirect=True)  # PgBouncer knows only its listed users
def test_a_role_that_may_not_write_is_named_at_start_up_and_its_saves_answer_503(postgres_url):
    role = f"omega_reader_{uuid.uuid4().hex[:8]}"
    empty_parties(postgres_url)
    with admin(postgres_url) as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(f"GRANT SELECT ON alembic_version, parties TO {role}")
        try:
            with server(as_text(make_url(postgres_url).set(username=role))) as (base, _, output):
                assert unavailable(web.post(f"{base}/api/v1/save", json=body("reader"))) == UNAVAILABLE
                assert whole(web.get(f"{base}/api/v1/load/reader")) == (
                    404, {"error": "no state is saved for session_id reader"}, None)
        finally:
            connection.exec_driver_sql(f"REVOKE ALL ON parties, alembic_version FROM {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
    log = output()
    assert "WARNING:  the role lacks INSERT, UPDATE on parties: saves answer 503 until it is granted" in log, log
    assert logged_reasons(log) == ["permission denied for table parties"], log


# Logging
def test_no_log_line_holds_a_whole_session_id(database_url):
    """uvicorn's access log, on by default, prints each request's path, and a load's path holds its session_id, the
    only key to a player's save: omega shows it there as the first 8 hex digits of its SHA-256 instead."""
    session_id = "3f6c9a2e-5d1b-4c8e-9f70-a1b2c3d4e5f6"
    shown = "#" + hashlib.sha256(session_id.encode()).hexdigest()[:8]
    nobody = f'"GET /api/v1/load/#{hashlib.sha256(b"nobody-here").hexdigest()[:8]} HTTP/1.1" 404'
    refused = {"error": f"session_id {session_id} is not at revision \"7\" given in If-Match (it was saved since, "
                        "or never); nothing was saved"}
    empty_parties(database_url)
    with server(database_url) as (base, _, output):
        assert whole(web.post(f"{base}/api/v1/save", json=body(session_id))) == saved_answer('"1"')
        assert whole(web.get(f"{base}/api/v1/load/{session_id}")) == loaded_answer(body(session_id), '"1"')
        assert whole(web.get(f"{base}/api/v1/load/{session_id}?x=1", headers={"If-None-Match": '"1"'})) == (
            304, None, '"1"')
        assert whole(web.post(f"{base}/api/v1/save", json=body(session_id), headers={"If-Match": '"7"'})) == (
            412, refused, None)
        assert whole(web.get(f"{base}/api/v1/load/nobody-here")) == (
            404, {"error": "no state is saved for session_id nobody-here"}, None)
        assert until(lambda: nobody in output()), output()  # the last request's line: uvicorn logs them in order
    log = output()
    assert session_id not in log and "nobody-here" not in log, log
    assert f'"GET /api/v1/load/{shown} HTTP/1.1" 200' in log and f'"GET /api/v1/load/{shown}?x=1 HTTP/1.1" 304' in log
    assert nobody in log


# Durability: an answered save is on disk
def test_acknowledged_saves_survive_kill_9_and_a_restart(database_url):
    saved = [body(f"k{n}", scene_index=1 + n % 11, party_name=f"party {n}") for n in range(40)]
    empty_parties(database_url)
    with server(database_url) as (base, process, _):
        for state in saved:
            assert whole(web.post(f"{base}/api/v1/save", json=state)) == saved_answer('"1"',
                                                                                     state["state"]["scene_index"])
        process.kill()  # SIGKILL; on Windows, TerminateProcess: no chance to flush anything
        process.wait()
    with server(database_url) as (base, _, _):
        assert [whole(web.get(f"{base}/api/v1/load/k{n}")) for n in range(40)] == [
            loaded_answer(state, '"1"') for state in saved]


def test_a_save_is_committed_durably_even_where_the_database_s_default_is_not(postgres_url):
    """Some platforms offer synchronous_commit = off, which answers a commit before it is on disk. omega's saves
    commit with it on whatever the default: a trigger refuses any save that would commit without it."""
    database = make_url(postgres_url).database
    empty_parties(postgres_url)
    with admin(direct(postgres_url)) as connection, \
            plpgsql_trigger(postgres_url, "durable_only", "RAISE EXCEPTION 'not durable'", "INSERT OR UPDATE",
                            "current_setting('synchronous_commit') <> 'on'"):
        connection.exec_driver_sql(f"ALTER DATABASE {database} SET synchronous_commit = off")
        try:
            disconnect_everyone(connection)
            with admin(postgres_url) as other:  # what any other program's commit gets
                assert other.exec_driver_sql("SHOW synchronous_commit").scalar() == "off"
            with server(postgres_url) as (base, _, output):
                assert whole(web.post(f"{base}/api/v1/save", json=body("durable"))) == saved_answer('"1"'), output()
                assert whole(web.get(f"{base}/api/v1/load/durable")) == loaded_answer(body("durable"), '"1"')
        finally:
            connection.exec_driver_sql(f"ALTER DATABASE {database} RESET synchronous_commit")
            disconnect_everyone(connection)


def test_sqlite_connections_write_ahead_and_sync_to_disk_at_every_commit(tmp_path):
    (tmp_path / "omega.db").touch()
    with omega_engine(f"sqlite:///{tmp_path}/omega.db") as engine, engine.connect() as connection:
        modes = [connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() for pragma in ("journal_mode", "synchronous")]
    assert modes == ["wal", 2]  # 2 is FULL: fsync at every commit


# Workers and many clients
def test_two_workers_save_and_load_many_sessions_at_once_without_an_error(database_url):
    def player(base, n):  # plays the eleven scenes, saving and loading after each
        answers = []
        for turn in range(1, 12):
            answers.append(whole(web.post(f"{base}/api/v1/save", json=body(f"p{n}", scene_index=turn))))
            answers.append(whole(web.get(f"{base}/api/v1/load/p{n}")))
        return answers

    empty_parties(database_url)
    with server(database_url, workers=2) as (base, _, output):
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(player, [base] * 16, range(16)))
        assert [status for player_answers in answers for status, _, _ in player_answers] == [200] * 16 * 22, output()
        assert answers == [[answer for turn in range(1, 12) for answer in (
            saved_answer(f'"{turn}"', turn), loaded_answer(body(f"p{n}", scene_index=turn), f'"{turn}"'))]
            for n in range(16)]
        assert {web.get(f"{base}/api/v1/load/p{n}").json()["state"]["scene_index"] for n in range(16)} == {11}
    assert len(rows(database_url)) == 16


def test_racing_saves_of_one_new_session_all_succeed_and_leave_one_whole_state(database_url):
    states = [body("race", scene_index=1 + i % 11, party_name=f"party {i}", heroes=hero(hp=i)) for i in range(24)]
    empty_parties(database_url)
    with server(database_url, workers=2) as (base, _, _):
        with ThreadPoolExecutor(len(states)) as pool:
            answers = list(pool.map(lambda state: web.post(f"{base}/api/v1/save", json=state), states))
        assert [a.status_code for a in answers] == [200] * len(states)
        assert [a.json() for a in answers] == [{"status": "saved", "scene_index": state["state"]["scene_index"]}
                                               for state in states]
        assert sorted(int(a.headers["etag"].strip('"')) for a in answers) == list(range(1, 25))  # one after another
        loaded = web.get(f"{base}/api/v1/load/race")
    [last] = [state for state, answer in zip(states, answers) if answer.headers["etag"] == '"24"']
    assert loaded.json() in states
    assert whole(loaded) == loaded_answer(last, '"24"')  # the state of the save that went last
    assert len(rows(database_url)) == 1


def test_players_who_save_and_load_at_the_same_moment_each_get_their_own_answer(database_url):
    """omega answers requests that arrive together with one database call; each keeps its own answer. 48 players
    have saved 1 to 4 times; half of them then save with the revision they are at, half with the one before."""
    players = [{"session": f"p{n}", "saves": 1 + n % 4, "stale": n % 2 == 1, "party": f"party {n}"} for n in range(48)]

    def state(player, hp):
        return body(player["session"], party_name=player["party"], heroes=hero(hp=hp))

    def play(http, start, player):
        start.wait()
        revision = player["saves"] - 1 if player["stale"] else player["saves"]
        saved = http.post("/api/v1/save", json=state(player, 99), headers={"If-Match": f'"{revision}"'})
        loads = [http.get(f"/api/v1/load/{session}") for session in (player["session"], "nobody") * 3]
        return saved, loads

    empty_parties(database_url)
    with server(database_url) as (base, _, output), httpx.Client(base_url=base, timeout=30) as http:
        for player in players:
            for hp in range(player["saves"]):
                assert whole(http.post("/api/v1/save", json=state(player, hp))) == saved_answer(f'"{hp + 1}"')
        start = threading.Barrier(len(players))
        with ThreadPoolExecutor(len(players)) as pool:
            answers = list(pool.map(play, [http] * len(players), [start] * len(players), players))
    for player, (saved, loads) in zip(players, answers):
        if player["stale"]:
            expected = (412, {"error": f'session_id {player["session"]} is not at revision "{player["saves"] - 1}" '
                                       "given in If-Match (it was saved since, or never); nothing was saved"}, None)
            stored, etag = state(player, player["saves"] - 1), f'"{player["saves"]}"'
        else:
            expected = saved_answer(f'"{player["saves"] + 1}"')
            stored, etag = state(player, 99), f'"{player["saves"] + 1}"'
        assert whole(saved) == expected, output()
        assert [whole(load) for load in loads] == [
            (200, stored, etag), (404, {"error": "no state is saved for session_id nobody"}, None)] * 3


def test_where_select_has_only_select_omega_migrates_serves_and_replaces_closed_connections(unmigrated_database_url,
                                                                                           tmp_path):
    """Windows' select module has no poll() (nor epoll or kqueue). No Windows machine is at hand: a sitecustomize.py
    removes them before anything imports omega, in Alembic's process and in the server's, which runs asyncio's own
    loop (uvloop is not made for Windows). Then the database closes omega's pooled connections (PostgreSQL and
    PgBouncer, through a relay), and the next requests go through on new ones."""
    url = unmigrated_database_url
    (tmp_path / "sitecustomize.py").write_text(WITHOUT_POLL)
    windows = {"PYTHONPATH": str(tmp_path)}
    probe, migrated = at_once(
        lambda: subprocess.run([sys.executable, "-c", "import select, selectors, omega; print(hasattr(select, 'poll'),"
                                                      " selectors.DefaultSelector.__name__, omega.SQLITE)"],
                               cwd=HERE, env={**os.environ, **windows, "DATABASE_URL": url}, capture_output=True,
                               text=True),
        lambda: alembic(url, "upgrade", "head", **windows))
    assert probe.stdout.split() == ["False", "SelectSelector", str(kind(url) == "sqlite")], probe.stderr
    assert migrated.returncode == 0, migrated.stderr
    with contextlib.ExitStack() as stack:
        relay = None if kind(url) == "sqlite" else stack.enter_context(Outage(url))
        with server(relay.url if relay else url, options=["--loop", "asyncio"], **windows) as (base, _, output):
            assert whole(web.post(f"{base}/api/v1/save", json=body())) == saved_answer('"1"')
            assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"')
            if relay:
                relay.down()  # the database goes away and comes back: every pooled connection is closed
                relay.up()
                assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(), '"1"'), output()
                assert whole(web.post(f"{base}/api/v1/save", json=body(scene_index=9))) == \
                    saved_answer('"2"', scene_index=9)
                assert whole(web.get(f"{base}/api/v1/load/s-1")) == loaded_answer(body(scene_index=9), '"2"')


# --- Failover: a primary whose host vanishes, a standby promoted ------------------------------------------------------
POSTGRES_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=None, key=lambda path: int(path.parent.name))
REPLICAS = pytest.mark.skipif(
    not (os.environ.get("OMEGA_TEST_CHANGE_THIS_HOST") == "1" and POSTGRES_URL and POSTGRES_BIN
         and shutil.which("iptables") and sys.platform == "linux"),
    reason="starts PostgreSQL servers and drops packets with iptables (Linux, root): only with "
           "OMEGA_TEST_CHANGE_THIS_HOST=1, OMEGA_TEST_POSTGRES_URL and PostgreSQL's server programs")


def synchronous(primary):
    """Whether the standby replicates the primary at port `primary` synchronously (a commit is answered once the
    standby has it), waiting up to 30 s for it to catch up."""
    with admin(f"postgresql://postgres@127.0.0.1:{primary}/postgres") as connection:
        state = lambda: connection.exec_driver_sql("SELECT sync_state FROM pg_stat_replication").scalar()
        return until(lambda: state() == "sync", 30)


@contextlib.contextmanager
def primary_and_standby():
    """Two new PostgreSQL servers on this machine, migrated: a primary, and a standby that replicates it
    synchronously. Yields their ports, omega's DATABASE_URL for both (libpq's form, read-write only) and a way to
    promote the standby. PostgreSQL's programs refuse to run as root: they run as the postgres user."""
    root = Path(tempfile.mkdtemp(prefix="omega-replicas-"))
    primary, standby, ports = root / "primary", root / "standby", (free_port(), free_port())
    shutil.chown(root, "postgres")

    def postgres(program, *args):
        subprocess.run(["runuser", "-u", "postgres", "--", POSTGRES_BIN / program, *map(str, args)], check=True,
                       capture_output=True, timeout=60)

    try:
        postgres("initdb", "-D", primary, "-U", "postgres", "--auth=trust")
        with open(primary / "postgresql.conf", "a") as conf:
            conf.write(f"port = {ports[0]}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{root}'\n"
                       "synchronous_standby_names = '*'\n")
        postgres("pg_ctl", "-D", primary, "-l", root / "primary.log", "-w", "start")
        postgres("pg_basebackup", "-h", "127.0.0.1", "-p", ports[0], "-U", "postgres", "-D", standby, "-R", "-X", "stream")
        with open(standby / "postgresql.conf", "a") as conf:
            conf.write(f"port = {ports[1]}\nsynchronous_standby_names = ''\n")
        postgres("pg_ctl", "-D", standby, "-l", root / "standby.log", "-w", "start")
        assert synchronous(ports[0])
        assert alembic(f"postgresql://postgres@127.0.0.1:{ports[0]}/postgres", "upgrade", "head").returncode == 0
        url = f"postgresql://postgres@127.0.0.1:{ports[0]},127.0.0.1:{ports[1]}/postgres?target_session_attrs=read-write"
        yield *ports, url, lambda: postgres("pg_ctl", "-D", standby, "-w", "promote")
    finally:
        for data in (standby, primary):
            subprocess.run(["runuser", "-u", "postgres", "--", POSTGRES_BIN / "pg_ctl", "-D", data, "-m", "immediate",
                            "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def replicas():
    """primary_and_standby(), started once for the tests that leave it as it was: a primary and its standby."""
    with primary_and_standby() as pair:
        yield pair


@contextlib.contextmanager
def vanished(port):
    """Every packet to or from `port` on this machine dropped, as when its host loses power: no FIN, no RST."""
    rules = [["INPUT", "-i", "lo", "-p", "tcp", way, str(port), "-j", "DROP"] for way in ("--dport", "--sport")]
    for rule in rules:
        subprocess.run(["iptables", "-I", *rule], check=True)
    try:
        yield
    finally:
        for rule in rules:
            subprocess.run(["iptables", "-D", *rule], check=True)


class Players:
    """Players in threads, each saving its own session over and over until stopped, as a party moves on; after a
    503 or a lost connection each waits a little, as the frontend does. Keeps (when, session, party, status, ETag)."""

    def __init__(self, base, count=8):
        self.base, self.stopped, self.answers = base, threading.Event(), []
        self.sessions = [f"p{n}" for n in range(count)]
        self.threads = [threading.Thread(target=self.play, args=(session,)) for session in self.sessions]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_):
        self.stopped.set()
        for thread in self.threads:
            thread.join(60)  # a save takes at most omega's 5 s deadline; 60 s only bounds a failure

    def play(self, session):
        for n in range(1_000_000):
            if self.stopped.is_set():
                return
            try:
                saved = web.post(f"{self.base}/api/v1/save", json=body(session, party_name=f"save {n}"))
                status, etag = saved.status_code, saved.headers.get("etag")
            except httpx.TransportError:
                status, etag = None, None
            self.answers.append((time.monotonic(), session, f"save {n}", status, etag))
            if status != 200:
                time.sleep(0.5)  # half of Retry-After's second: often enough to time a recovery to half a second

    def first_200_after(self, moment, seconds=60):
        """Seconds from `moment` to the first save answered 200 after it, waiting up to `seconds`; None if none."""
        until(lambda: any(when > moment and status == 200 for when, *_, status, _ in self.answers), seconds)
        return min((when - moment for when, *_, status, _ in self.answers if when > moment and status == 200),
                   default=None)

    def all_saved_after(self, moment, seconds=30):
        """Whether every player has had a save answered 200 after `moment`, waiting up to `seconds` (by default the
        30 s within which the README's failover has saves answered again)."""
        return until(lambda: {session for when, session, _, status, _ in self.answers
                              if when > moment and status == 200} == set(self.sessions), seconds)

    def assert_none_lost(self, url):
        """Each session's stored revision is at least the last ETag it was answered, with that save's state if it
        is that revision: no acknowledged save is lost."""
        with admin(url) as connection:
            stored = dict(connection.execute(text("SELECT session_id, revision FROM parties")).all())
            names = dict(connection.execute(text("SELECT session_id || ' ' || revision, name FROM parties")).all())
        for session in {session for _, session, *_ in self.answers}:
            acknowledged = {int(etag.strip('"')): name for _, s, name, status, etag in self.answers
                            if s == session and status == 200}
            last = max(acknowledged)
            assert stored[session] >= last, (session, stored[session], last)
            if stored[session] == last:
                assert names[f"{session} {last}"] == acknowledged[last]


@REPLICAS
def test_every_spelling_of_several_hosts_finds_the_read_write_one_listed_second(replicas):
    """A standby listed first, the primary second, target_session_attrs=read-write: saves go to the primary, and
    the rest of the query (the connection's name) is kept, in each spelling."""
    primary, standby, _, _ = replicas
    for n, spelling in enumerate(SEVERAL_HOSTS):
        several = SEVERAL_HOSTS[spelling].format(
            user="postgres", database="postgres", host1="127.0.0.1", port1=standby, host2="127.0.0.1",
            port2=primary, query=f"target_session_attrs=read-write&application_name=omega-{n}")
        assert alembic(several, "upgrade", "head").returncode == 0
        with server(several) as (base, _, output):
            saved = web.post(f"{base}/api/v1/save", json=body(f"s-{n}"))
            assert whole(saved) == saved_answer('"1"'), output()
            with admin(f"postgresql://postgres@127.0.0.1:{primary}/postgres") as connection:
                names = connection.exec_driver_sql("SELECT application_name FROM pg_stat_activity").scalars().all()
                stored = connection.exec_driver_sql("SELECT session_id FROM parties").scalars().all()
        assert (f"omega-{n}" in names, f"s-{n}" in stored) == (True, True), (spelling, names, stored)


@REPLICAS
def test_after_a_network_blip_that_heals_without_a_failover_saves_go_on_within_30_seconds(replicas):
    primary, _, url, _ = replicas
    with server(url) as (base, _, output), Players(base) as players:
        assert players.first_200_after(time.monotonic()) is not None, output()
        with vanished(primary):
            time.sleep(8)  # longer than omega's 5 s limits: its connections are dropped, new ones time out
        healed = time.monotonic()
        back = players.first_200_after(healed)
        assert players.all_saved_after(healed), output()  # and every player's saves go on
    print(f"\nfirst 200 {back} s after the network healed")
    assert back is not None and back < 30, (back, output())
    players.assert_none_lost(f"postgresql://postgres@127.0.0.1:{primary}/postgres")


@REPLICAS
def test_a_primary_whose_host_vanishes_is_replaced_by_the_promoted_standby_within_30_seconds():
    """DATABASE_URL names both servers in libpq's form, read-write only. Players save; every packet of the primary's
    port is dropped; the standby is promoted. Saves answer 200 again within 30 seconds of the promotion, and every
    save answered 200 before or after is on the new primary. (A pair of its own: it promotes the standby.)"""
    with primary_and_standby() as (primary, standby, url, promote):
        with server(url) as (base, _, output), Players(base) as players:
            assert players.first_200_after(time.monotonic()) is not None, output()
            with vanished(primary):
                time.sleep(1)  # a second of saves under way on the vanished primary's connections, then the promotion
                promote()
                promoted = time.monotonic()
                back = players.first_200_after(promoted)
                assert players.all_saved_after(promoted), output()  # and every player's saves go on
        print(f"\nfirst 200 {back} s after the promotion")
        assert back is not None and back < 30, (back, output())
        players.assert_none_lost(f"postgresql://postgres@127.0.0.1:{standby}/postgres")
