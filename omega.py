"""omega: saves and loads a browser game party's scene state, over HTTP.

    alembic upgrade head          # create or update the schema (once per deploy, before the new code starts)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}
Top down: configuration, the table, the endpoints, what they call in that order, start-up and errors (`engine` and
`database` last). A refusal is JSON naming the field and the rule; none waits for the database past TIMEOUT (503).
"""
import asyncio
import contextlib
import functools
import gc
import json
import logging
import os
import re
import selectors
import sqlite3
import sys
import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from urllib.request import pathname2url

from alembic.config import Config
from alembic.script import ScriptDirectory
from psycopg2.errors import InsufficientPrivilege, LockNotAvailable, ReadOnlySqlTransaction, UndefinedTable
from psycopg2.extensions import parse_dsn
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid
from sqlalchemy import and_, bindparam, create_engine, event, false, make_url, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --- Configuration: the environment, read once, the tunables, and the rules of a saved state -------
PRODUCTION = os.environ.get("ENV") == "production"  # then a missing DATABASE_URL is refused, not a local file
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")
SQLITE = DATABASE_URL.startswith("sqlite")  # otherwise PostgreSQL (connection_settings refuses any other database)
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
TIMEOUT = 5  # seconds a request waits for the database before its 503; normal load stays far below
LOCK_WAIT, LOCK_RETRY = 0.05, 0.2  # seconds a PostgreSQL statement waits for a lock, then until it is tried again
LOAD_THREADS, SAVE_THREADS = 2, (1 if SQLITE else 4)  # per worker, database calls at once: SQLite has one writer
LOAD_BATCH, SAVE_BATCH = 100, (100 if SQLITE else 4)  # jobs one database call takes at most (see Database)
MAX_BODY_BYTES, SCENES, MAX_HEROES, MAX_HP = 64 * 1024, 11, 32, 1_000_000
MAX_TEXT = 100  # characters in a party name, hero name or class, symbol, choice key or choice
MAX_CHOICES = 64
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's exact integers; PostgreSQL would print 1e300 as 301 digits
VALID_SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{1,128}")
BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")  # NUL, or half of a surrogate pair
ENTITY_TAG = r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"'  # RFC 9110, 8.8.3; omega's ETags are revisions: "1", "2", ...
TAG_LIST = re.compile(rf"[ \t,]*+(?:{ENTITY_TAG}(?:[ \t]*+,[ \t,]*+{ENTITY_TAG})*+)?+[ \t,]*+")  # possessive: linear
ISSUED_TAG = re.compile(r"[1-9][0-9]{0,9}")  # a tag omega may have issued; no other can match a row's revision

# --- Schema: Alembic migrates this metadata ------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(postgresql.JSONB(), "postgresql")
STATE_COLUMNS = (  # the saved state's fields, in the order a load returns them; each column's key is its field
    Column("scene_index", Integer, nullable=False),
    Column("name", Text, nullable=False, key="party_name"),  # the column is `name`, the field `party_name`
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),
    Column("choices", JSONDocument, nullable=False),
)
FIELDS = tuple(column.key for column in STATE_COLUMNS)  # each required, but any added with a server_default:
OPTIONAL_FIELDS = {column.key for column in STATE_COLUMNS if column.server_default is not None}  # none, yet
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True, default=uuid.uuid4),
    Column("session_id", Text, nullable=False, unique=True),
    *STATE_COLUMNS,
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: 1 at the first save, +1 at each
)
LOAD_STATEMENT = (select(parties.c.session_id, parties.c.revision, *(c.label(c.key) for c in STATE_COLUMNS))
                  .where(parties.c.session_id.in_(bindparam("session_ids", expanding=True))))  # several loads at once


# --- Endpoints: each checks the request, makes one database call, and answers ------------------------
async def save_party(request):
    """POST /api/v1/save: stores one session's state where its preconditions hold; answers its revision as ETag."""
    session_id, state = check_save(await read_json(request))
    sent, if_match, if_none_match = preconditions(request)
    kinds = [condition if condition in (None, "*") else "tags" for condition in (if_match, if_none_match)]
    statement = write_statement(tuple(key for key in FIELDS if key in state), *kinds)  # fields: all but some defaults
    values = {**state, "for_session_id": session_id, "now": datetime.now(timezone.utc),
              "if_match": if_match, "if_none_match": if_none_match}  # a statement binds those it names
    async with asyncio.timeout(TIMEOUT):  # one deadline for the write and the read that may follow it
        revision = await database.save(statement, values)
        row = await database.load(session_id) if revision is None and len(sent) == 2 else None  # which one failed?
    if revision is None:  # so nothing was written: the 412 names the header that fails (if both hold since: the first)
        header = failed_precondition(None if row is None else row.revision, if_match, if_none_match) or list(sent)[0]
        value = sent[header]
        reason = {("If-Match", True): "does not exist and If-Match: * only replaces",
                  ("If-Match", False): f"is not at revision {value} given in If-Match (it was saved since, or never)",
                  ("If-None-Match", True): "already exists and If-None-Match: * only creates",
                  ("If-None-Match", False): f"is at a revision given in If-None-Match: {value}"}[header, value == "*"]
        raise Rejected(412, f"session_id {session_id} {reason}; nothing was saved")
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]}, headers={"ETag": f'"{revision}"'})


async def load_party(request):
    """GET /api/v1/load/{session_id}: the last state saved, its revision the ETag (`:path` lets a/b have its 422)."""
    session_id = check_session_id(request.path_params["session_id"])
    _, if_match, if_none_match = preconditions(request)
    row = await database.load(session_id)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    failed_header = failed_precondition(row.revision, if_match, if_none_match)
    if failed_header == "If-Match":
        raise Rejected(412, f"session_id {session_id} is at revision \"{row.revision}\", not one given in If-Match")
    if failed_header == "If-None-Match":  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    return JSONResponse({"session_id": session_id, "state": {k: getattr(row, k) for k in FIELDS}}, headers=headers)


# --- Checking a save: its body in, (session_id, state) out, or Rejected ----------------------------
class Rejected(HTTPException):  # a request omega turns down: its status, and a message naming the field and the rule
    pass


async def read_json(request):
    """A save's body: declared JSON (then another origin's page must ask first: CORS), capped, strict, an object."""
    if request.headers.get("content-type", "").partition(";")[0].strip().lower() != "application/json":
        raise Rejected(415, "Content-Type must be application/json")
    raw = bytearray()
    try:
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")
    except ClientDisconnect:  # a client gone part-way through its body (a mobile network): no one's fault, no log
        raise Rejected(400, "the client disconnected before its body was complete") from None

    def no_constant(name):
        raise ValueError(f"{name} is not JSON")
    def no_repeats(pairs):
        if len(unique := dict(pairs)) < len(pairs):
            repeated = next(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
            raise ValueError(f"key {json.dumps(repeated)} appears twice in one object")
        return unique
    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=no_constant, object_pairs_hook=no_repeats)
    except RecursionError:
        raise Rejected(400, "body must be a JSON object: it nests too deeply") from None
    except ValueError as exc:  # also UnicodeDecodeError and json.JSONDecodeError
        raise Rejected(400, f"body must be a JSON object in UTF-8: {exc}") from None
    if not isinstance(body, dict):
        raise Rejected(400, "body must be a JSON object")
    return body


def check_save(body):
    """The (session_id, state) of a save's JSON body, every rule checked; raises Rejected otherwise."""
    body = check_fields(body, "body", ("session_id", "state"))
    session_id = check_session_id(body["session_id"])
    state = check_fields(body["state"], "state", FIELDS, OPTIONAL_FIELDS)
    state["scene_index"] = check_integer(state["scene_index"], "state.scene_index", 1, SCENES)
    check_text(state["party_name"], "state.party_name")
    if state["symbol_choice"] is not None:
        check_text(state["symbol_choice"], "state.symbol_choice")
    heroes = state["heroes"]
    if not isinstance(heroes, list) or len(heroes) > MAX_HEROES:
        raise Rejected(422, f"state.heroes must be a list of at most {MAX_HEROES} heroes")
    for i, hero in enumerate(heroes):
        check_fields(hero, f"state.heroes[{i}]", ("name", "class", "hp"))
        check_text(hero["name"], f"state.heroes[{i}].name")
        check_text(hero["class"], f"state.heroes[{i}].class")
        hero["hp"] = check_integer(hero["hp"], f"state.heroes[{i}].hp", 0, MAX_HP)
    choices = state["choices"]
    if not isinstance(choices, dict) or len(choices) > MAX_CHOICES:
        raise Rejected(422, f"state.choices must be an object of at most {MAX_CHOICES} entries")
    for key, value in choices.items():
        check_text(key, f"state.choices key {json.dumps(key)}")
        if isinstance(value, str):
            check_text(value, f"state.choices[{json.dumps(key)}]")
        elif type(value) in (int, float) and abs(value) <= MAX_SAFE_INTEGER:  # abs(): also refuses 1e400, read as inf
            choices[key] = value + 0  # -0.0 becomes 0.0, as PostgreSQL's JSONB stores it: the same on both databases
        elif value is not None and not isinstance(value, bool):
            raise Rejected(422, f"state.choices[{json.dumps(key)}] must be a string, a number from "
                                f"-{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, true, false or null")
    return session_id, state


def check_fields(value, where, keys, optional=()):
    if not isinstance(value, dict):
        raise Rejected(422, f"{where} must be an object with keys {', '.join(keys)}")
    if unknown := [key for key in value if key not in keys]:
        raise Rejected(422, f"{where} has unknown key {json.dumps(unknown[0])}; allowed: {', '.join(keys)}")
    if missing := [key for key in keys if key not in value and key not in optional]:
        raise Rejected(422, f"{where}.{missing[0]} is required")
    return value


def check_session_id(session_id):
    if not (isinstance(session_id, str) and VALID_SESSION_ID.fullmatch(session_id) and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def check_integer(value, where, low, high):  # as an int: JSON has one number type, so 3.0 and 1.2e1 are integers
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int or not low <= value <= high:  # type(): a JSON true is not an integer
        raise Rejected(422, f"{where} must be an integer from {low} to {high}")
    return value


def check_text(value, where):
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT or BAD_CHARACTER.search(value):
        raise Rejected(422, f"{where} must be a string of 1 to {MAX_TEXT} characters, "
                            "without NUL or unpaired surrogates")
    return value


# --- Preconditions: If-Match and If-None-Match (RFC 9110, 13.1) --------------------------------------
def preconditions(request):
    """The headers as sent (each one's lines joined as one list), and what each asks: None (not sent), "*", or the
    revisions of the ETags it lists (for If-Match, of its strong ones only: weak ones never match it)."""
    sent = {name: ", ".join(request.headers.getlist(name)).strip(" \t")
            for name in ("If-Match", "If-None-Match") if name in request.headers}
    conditions = []
    for name in ("If-Match", "If-None-Match"):
        value = sent.get(name)
        if value not in (None, "*"):
            if not TAG_LIST.fullmatch(value):
                raise Rejected(400, f'{name} must be * or a list of entity tags such as "3", W/"4"')
            value = [int(tag) for weak, tag in re.findall(ENTITY_TAG, value)
                     if ISSUED_TAG.fullmatch(tag) and not (weak and name == "If-Match")]
        conditions.append(value)
    return sent, *conditions


def failed_precondition(revision, if_match, if_none_match):
    """The header that fails for a session at `revision` (None: not saved), If-Match first (RFC 9110, 13.2.2)."""
    if if_match is not None and (revision is None or (if_match != "*" and revision not in if_match)):
        return "If-Match"
    if if_none_match is not None and revision is not None and (if_none_match == "*" or revision in if_none_match):
        return "If-None-Match"


# --- The save's statement: one, whose WHERE is its preconditions -------------------------------------
@functools.cache  # built once for each shape of save: its fields (all, or all but some with a default) and its kinds
def write_statement(fields, if_match_kind, if_none_match_kind):
    """The statement that writes `fields` where the preconditions hold and returns the new revision, else no row. Of
    saves racing with one If-Match one writes; PostgreSQL reads again a row it waited for, SQLite has one writer."""
    new = {key: bindparam(key) for key in fields}  # a field left out keeps its value
    held = [parties.c.revision.in_(bindparam("if_match", expanding=True))] if if_match_kind == "tags" else []
    if if_none_match_kind is not None:  # held: what else an existing session must be, to be replaced
        held.append(false() if if_none_match_kind == "*" else parties.c.revision.not_in(
            bindparam("if_none_match", expanding=True)))
    if if_match_kind is None:  # a new session is inserted; an existing one is replaced where `held` holds
        insert = (sqlite if SQLITE else postgresql).insert(parties).values(  # and the defaults: id uuid4, revision 1
            session_id=bindparam("for_session_id"), **new, created_at=bindparam("now"), updated_at=bindparam("now"))
        changed = {**{key: insert.excluded[key] for key in (*fields, "updated_at")}, "revision": parties.c.revision + 1}
        statement = insert.on_conflict_do_update(  # created_at stays
            index_elements=[parties.c.session_id], set_=changed, where=and_(*held) if held else None)
    else:  # If-Match: only a session that exists is replaced (:for_session_id: SQLAlchemy would SET a :session_id)
        statement = update(parties).where(parties.c.session_id == bindparam("for_session_id"), *held).values(
            **new, updated_at=bindparam("now"), revision=parties.c.revision + 1)
    return statement.returning(parties.c.revision)


# --- The database: two calls, each run on a thread (asyncio.to_thread), within TIMEOUT ---------------
class Database:
    """`await database.load(session_id)`: its row or None. `await database.save(statement, values)`: the revision it
    wrote or None. Each runs on a thread within TIMEOUT, else TimeoutError (503; a save that started may still land).
    Group commit: jobs that wait for a thread go together: LOAD_BATCH loads in one query, SAVE_BATCH saves on one
    connection, SQLite's in one transaction (loads x2, saves +35 to +70%). Lock retry: see LOCK_WAIT and LOCK_RETRY."""

    def __init__(self):
        self.loads = SimpleNamespace(run=run_loads, threads=LOAD_THREADS, size=LOAD_BATCH, waiting=[], draining=set())
        self.saves = SimpleNamespace(run=run_saves, threads=SAVE_THREADS, size=SAVE_BATCH, waiting=[], draining=set())
        self.problem = None  # why the database is unavailable, as last logged; None once a call succeeds again

    async def load(self, session_id):  # run_loads (below) takes the jobs in batches
        return await self.call(self.loads, session_id)

    async def save(self, statement, values):  # run_saves (below) takes the jobs in batches
        return await self.call(self.saves, (statement, values))

    async def call(self, queue, job):
        async with asyncio.timeout(TIMEOUT):
            while True:
                answer = asyncio.get_running_loop().create_future()
                queue.waiting.append((job, answer))
                if len(queue.draining) < queue.threads:  # a thread is free: a task feeds it the jobs that wait
                    queue.draining.add(asyncio.create_task(self.drain(queue)))
                try:
                    return await answer
                except OperationalError as exc:
                    if not isinstance(exc.orig, LockNotAvailable):
                        raise
                await asyncio.sleep(LOCK_RETRY)

    async def drain(self, queue):  # runs the jobs waiting, in batches, on one thread until none is left
        try:
            while waiting := [(job, answer) for job, answer in queue.waiting if not answer.done()]:  # done: given up
                batch, queue.waiting = waiting[:queue.size], waiting[queue.size:]
                try:
                    results = await asyncio.to_thread(queue.run, [job for job, _ in batch])
                    self.problem = None  # the database answered
                except Exception as exc:  # the database failed the whole batch: each job gets the error
                    results = [exc] * len(batch)
                for (_, answer), result in zip(batch, results):
                    if not answer.done():  # done: given up on meanwhile
                        answer.set_exception(result) if isinstance(result, Exception) else answer.set_result(result)
        finally:  # now, in the turn that found no job: one that comes next finds the thread free (no callback later)
            queue.draining.discard(asyncio.current_task())

    def report(self, error):  # why it is unavailable, logged once until that changes or it answers; never a password
        diag = getattr(error, "diag", None)  # a server's message: only its first line, as the next may quote a row
        reason = (diag and diag.message_primary) or " ".join(str(error).split()) or f"no answer in {TIMEOUT} s"
        if reason != self.problem:
            log.warning("database unavailable: %s", reason)
            self.problem = reason


def run_loads(session_ids):
    """On a database thread: the row of each session (its revision and state) or None, in one query for all."""
    with engine.connect() as connection:
        found = {row.session_id: row for row in connection.execute(LOAD_STATEMENT, {"session_ids": session_ids})}
    return [found.get(session_id) for session_id in session_ids]


def run_saves(writes):
    """On a database thread: each (statement, values)'s new revision, None (a precondition failed), or the error that
    failed it alone. PostgreSQL commits each save on its own (autocommit); SQLite all of them in one transaction."""
    answers = []
    with engine.connect() as connection:  # closing it rolls back whatever was not committed
        if SQLITE:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes SQLite's write lock, waiting up to TIMEOUT for it
        for statement, values in writes:
            try:
                answers.append(connection.execute(statement, values).scalar())
            except DBAPIError as exc:
                if SQLITE and (exc.connection_invalidated or not connection.connection.dbapi_connection.in_transaction):
                    raise  # SQLite's transaction is gone (a lost connection, a disk full): no save of it is stored
                if exc.connection_invalidated:  # PostgreSQL committed the saves before it; those after it never ran
                    return answers + [exc] * (len(writes) - len(answers))
                answers.append(exc)  # SQLite undid this statement only, PostgreSQL its transaction
        if SQLITE:
            connection.exec_driver_sql("COMMIT")
    return answers


def connection_settings(url):
    """SQLAlchemy's URL and the driver's arguments, for omega and Alembic: PostgreSQL's in any documented spelling."""
    scheme, _, rest = url.partition("://")
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return url, {"timeout": TIMEOUT}  # it waits up to TIMEOUT for another writer
    if scheme not in ("postgres", "postgresql", "postgresql+psycopg2"):
        stop(f"DATABASE_URL must start with sqlite:/// or postgresql:// (omega ships psycopg2), not {scheme}://")
    settings = (parse_dsn(f"postgresql://{rest}")  # libpq's own hosts, h1:p1,h2:p2 or %2Fsocket; else SQLAlchemy's
                if re.search("[,%]", re.match("[^/?]*", rest)[0].rpartition("@")[2])  # ?host=h1:p1&host=h2:p2
                else postgresql.dialect().create_connect_args(make_url(f"postgresql://{rest}"))[1])
    limits = {"connect_timeout": TIMEOUT, "tcp_user_timeout": TIMEOUT * 1000, "keepalives_idle": TIMEOUT,
              "keepalives_interval": 1}  # a host that vanished (no FIN, no RST) is dropped once silent for TIMEOUT
    return "postgresql+psycopg2://", {**limits, **settings}


def make_engine(url):
    """omega's engine: autocommit, a connection per database thread, players' states (parameters) out of errors."""
    url, connect_args = connection_settings(url)
    engine = create_engine(url, connect_args=connect_args, isolation_level="AUTOCOMMIT", hide_parameters=True,
                           pool_size=LOAD_THREADS + SAVE_THREADS, max_overflow=0)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "do_connect")  # a file that exists (mode=rw): a typo must not leave an empty one
        def open_in_wal_mode(dialect, record, cargs, cparams):  # readers beside the writer; a sync at every commit
            connection = sqlite3.connect(f"file:{pathname2url(cargs[0])}?mode=rw", uri=True, **cparams)
            connection.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL")
            return connection
        return engine
    # "SET LOCAL ...; INSERT ...", one query, is one transaction even in autocommit: the limits end with it (PgBouncer)
    limits = (f"SET LOCAL statement_timeout = '{TIMEOUT}s'; SET LOCAL lock_timeout = '{LOCK_WAIT}s'; "
              "SET LOCAL synchronous_commit = on; ")  # an answered save is on disk, whatever the server's default

    @event.listens_for(engine, "before_cursor_execute", retval=True)  # every statement omega sends carries them
    def bounded(connection, cursor, statement, parameters, context, executemany):
        return limits + statement, parameters

    @event.listens_for(engine, "checkout")  # a ping without a round trip: a connection the server closed reads ready
    def closed_by_server(dbapi_connection, record, proxy):
        with selectors.DefaultSelector() as selector:  # epoll, kqueue or select: whatever this system has
            selector.register(dbapi_connection.fileno(), selectors.EVENT_READ)
            if selector.select(0):
                raise DisconnectionError("the server closed this pooled connection")  # the pool opens a new one
    return engine


# --- Start-up and errors ---------------------------------------------------------------------------
def check_schema(dbapi_connection, record):  # once per process: at its first connection, at start-up or later
    """Stop on a database behind this release's migrations; serve one a newer release migrated, with a warning."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT version_num FROM alembic_version")  # the migrations Alembic has applied
        applied = {version for (version,) in cursor.fetchall()}
    except engine.dialect.loaded_dbapi.Error as exc:
        if engine.dialect.is_disconnect(exc, dbapi_connection, cursor):
            raise  # SQLAlchemy runs this check again at the next connection
        if not isinstance(exc, UndefinedTable) and "no such table" not in str(exc):
            stop(f"cannot read the table alembic_version: {' '.join(str(exc).split())}")  # a role without SELECT, say
        applied = set()  # no such table: never migrated
    dbapi_connection.rollback()
    scripts = ScriptDirectory.from_config(Config(Path(__file__).with_name("alembic.ini")))
    if newer := applied - {script.revision for script in scripts.walk_revisions()}:
        log.warning("the database is at revision %s, from a newer release: serving it as it is", ", ".join(newer))
    elif applied != set(scripts.get_heads()):
        stop(f"the database is at revision {', '.join(sorted(applied)) or 'none'}, omega needs "
             f"{', '.join(scripts.get_heads())}: run `alembic upgrade head`")


def stop(reason):  # the reason alone, no traceback; exit code 3, which makes uvicorn's supervisor stop too
    print(f"omega: {reason}", file=sys.stderr, flush=True)
    os._exit(3)


async def answer_error(request, exc):  # every error as {"error": ...}: a refusal; 503: no database to use; 500
    if isinstance(exc, HTTPException):
        message = exc.detail if isinstance(exc, Rejected) else f"{exc.detail}: {request.method} {request.url.path}"
        return JSONResponse({"error": message}, exc.status_code, exc.headers)
    error = getattr(exc, "orig", exc)
    if isinstance(exc, (OperationalError, InterfaceError, TimeoutError)) or isinstance(
            error, (ReadOnlySqlTransaction, InsufficientPrivilege)):  # a standby, or write privileges revoked
        database.report(error)
        return JSONResponse({"error": "database unavailable; try again shortly"}, 503, {"Retry-After": "1"})
    log.error("internal error: %s (SQLSTATE %s)", type(error).__name__, getattr(error, "pgcode", None))
    return JSONResponse({"error": "internal error"}, 500)


@contextlib.asynccontextmanager
async def lifespan(app):  # start-up; the schema is checked here, not at import: Alembic and tools import omega
    if PRODUCTION and "DATABASE_URL" not in os.environ:  # a local SQLite file would take the players' saves
        stop("ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
    event.listen(engine, "first_connect", check_schema)
    try:
        engine.connect().close()  # the first connection: check_schema runs
    except (OperationalError, InterfaceError) as exc:
        if SQLITE and (path := Path(engine.url.database)).parent.is_dir() and not path.exists():  # a typo: no file
            stop(f"there is no database at {engine.url.database}: run `alembic upgrade head` to create it")
        database.report(exc.orig)  # answering 503 until it is back
    gc.freeze()  # what start-up made lives for good: the collector stops scanning it
    yield


log = logging.getLogger("uvicorn.error")
engine = make_engine(DATABASE_URL)
database = Database()
app = Starlette(
    routes=[Route("/api/v1/save", save_party, methods=["POST"]), Route("/api/v1/load/{session_id:path}", load_party)],
    exception_handlers=dict.fromkeys([HTTPException, DBAPIError, TimeoutError, Exception], answer_error),
    lifespan=lifespan,
)
app.add_middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                   allow_headers=["Content-Type", "If-Match", "If-None-Match"], expose_headers=["ETag", "Retry-After"])
