"""omega: saves and loads a browser game party's scene state, over HTTP.

    alembic upgrade head          # create or update the schema (once per deploy, before the new code starts)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}
Top down: configuration, the table, the two endpoints, then what they call in that order: checking a request, its
preconditions, the save's statement, the database (`database` is made there), start-up and errors (`app`).
"""
import asyncio
import contextlib
import functools
import gc
import hashlib
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
from urllib.request import pathname2url

from alembic.config import Config
from alembic.script import ScriptDirectory
from psycopg2.errors import InsufficientPrivilege, LockNotAvailable, ReadOnlySqlTransaction, UndefinedTable
from psycopg2.extensions import parse_dsn
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid
from sqlalchemy import and_, bindparam, create_engine, event, false, make_url, select, update
from sqlalchemy.dialects.postgresql import JSONB, dialect as postgresql_dialect, insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --- Configuration: the environment, read once ---------------------------------------------------------------------
PRODUCTION = os.environ.get("ENV") == "production"  # then a missing DATABASE_URL is refused, not a local file
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")  # ./: the folder omega or Alembic runs in
SQLITE = DATABASE_URL.startswith("sqlite")  # otherwise PostgreSQL (connection_settings refuses any other database)
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
TIMEOUT = 5  # seconds: each request's deadline for the database; PostgreSQL's limits on statements and connections
log = logging.getLogger("uvicorn.error")  # uvicorn's own log: omega's lines appear among its lines, in its format


def stop(reason):  # refuses to start, or to go on: the reason in one line; uvicorn takes exit code 3 as a failed start
    print(f"omega: {reason}", file=sys.stderr, flush=True)
    os._exit(3)


# --- Schema: Alembic migrates this metadata ------------------------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(JSONB(), "postgresql")
STATE_COLUMNS = (  # the saved state's fields, in the order a load returns them; each column's key is its field
    Column("scene_index", Integer, nullable=False),
    Column("name", Text, nullable=False, key="party_name"),  # the column `name` holds the field `party_name`
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),  # nullable, yet a save must send it: null is one of its values
    Column("choices", JSONDocument, nullable=False),
)
FIELDS = tuple(column.key for column in STATE_COLUMNS)  # each one a save must send,
OPTIONAL_FIELDS = {column.key for column in STATE_COLUMNS if column.server_default is not None}  # but these (none yet)
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True, default=uuid.uuid4),
    Column("session_id", Text, nullable=False, unique=True),
    *STATE_COLUMNS,
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: 1 at the first save, +1 at each
)


# --- The endpoints: each checks its request, calls the database, and answers -------------------------------------
async def save_party(request):  # POST /api/v1/save: stores a session's state where its preconditions hold
    session_id, state = check_save(await read_json(request))
    sent, if_match, if_none_match = preconditions(request)
    kinds = [given if given in (None, "*") else "tags" for given in (if_match, if_none_match)]  # the statement's shape
    statement = write_statement(tuple(key for key in FIELDS if key in state), *kinds)  # all fields, or all but some
    values = {**state, "for_session_id": session_id, "now": datetime.now(timezone.utc),  # what its statement binds
              "if_match": if_match, "if_none_match": if_none_match}
    deadline = asyncio.get_running_loop().time() + TIMEOUT  # the request's one deadline, for both database calls
    revision = await database.save(statement, values, deadline)
    if revision is None:  # it wrote nothing, so a header failed: the one sent, or of both, the one a read shows
        if len(sent) == 1:
            [header] = sent
        else:  # If-Match is checked first (RFC 9110), and named too if another save made both hold since
            row = await database.load(session_id, deadline)
            header = failed_precondition(None if row is None else row.revision, if_match, if_none_match) or "If-Match"
        value = sent[header]  # as sent, and why it failed, by whether it is *
        reason = {("If-Match", True): "does not exist and If-Match: * only replaces",
                  ("If-Match", False): f"is not at revision {value} given in If-Match (it was saved since, or never)",
                  ("If-None-Match", True): "already exists and If-None-Match: * only creates",
                  ("If-None-Match", False): f"is at a revision given in If-None-Match: {value}"}[header, value == "*"]
        raise Rejected(412, f"session_id {session_id} {reason}; nothing was saved")
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]}, headers={"ETag": f'"{revision}"'})


async def load_party(request):  # GET /api/v1/load/{session_id}: the state last saved, its revision the ETag
    session_id = check_session_id(request.path_params["session_id"])
    _, if_match, if_none_match = preconditions(request)
    row = await database.load(session_id, asyncio.get_running_loop().time() + TIMEOUT)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    failed_header = failed_precondition(row.revision, if_match, if_none_match)
    if failed_header == "If-Match":
        raise Rejected(412, f"session_id {session_id} is at revision \"{row.revision}\", not one given in If-Match")
    if failed_header == "If-None-Match":  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    return JSONResponse({"session_id": session_id, "state": {k: getattr(row, k) for k in FIELDS}}, headers=headers)


# --- Checking a request: a save's body in, (session_id, state) out, or Rejected ------------------------------------
MAX_BODY_BYTES, SCENES, MAX_HEROES, MAX_HP = 64 * 1024, 11, 32, 1_000_000
MAX_TEXT = 100  # characters in a party name, hero name or class, symbol, choice key or choice
MAX_CHOICES = 64
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's exact integers; PostgreSQL would print 1e300 as 301 digits


class Rejected(HTTPException):  # a request omega answers with an error: its status, and a message that says why
    pass


async def read_json(request):  # a save's body: declared JSON (so another origin's page must ask first), capped
    if request.headers.get("content-type", "").partition(";")[0].strip().lower() != "application/json":
        raise Rejected(415, "Content-Type must be application/json")
    raw = bytearray()
    try:
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")
    except ClientDisconnect:  # gone part-way through its body, as on a mobile network: no one's fault, no log line
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


def check_save(body):  # a save's (session_id, state), every rule checked; else Rejected (422), naming the field
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


def check_session_id(session_id):  # a save's and a load's: characters that go in the load's URL as they are
    if not (isinstance(session_id, str) and re.fullmatch(r"[A-Za-z0-9._~-]{1,128}", session_id)
            and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def check_integer(value, where, low, high):  # as an int: JSON has one number type, so 3.0 and 1.2e1 are integers
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int or not low <= value <= high:  # type(): a JSON true is not an integer
        raise Rejected(422, f"{where} must be an integer from {low} to {high}")
    return value


def check_text(value, where):  # no NUL and no half of a surrogate pair, which PostgreSQL cannot store
    if isinstance(value, str) and 1 <= len(value) <= MAX_TEXT and not re.search("[\x00\ud800-\udfff]", value):
        return value
    raise Rejected(422, f"{where} must be a string of 1 to {MAX_TEXT} characters, without NUL or unpaired surrogates")


# --- Preconditions: If-Match and If-None-Match (RFC 9110, 13.1), and the save's statement, whose WHERE they are ---
ENTITY_TAG = r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"'  # RFC 9110, 8.8.3; omega's ETags are revisions: "1", "2", ...
TAG_LIST = re.compile(rf"[ \t,]*+(?:{ENTITY_TAG}(?:[ \t]*+,[ \t,]*+{ENTITY_TAG})*+)?+[ \t,]*+")  # possessive: linear
ISSUED_TAG = re.compile(r"[1-9][0-9]{0,9}")  # a tag omega may have issued; no other can match a row's revision


def preconditions(request):
    """The headers as sent (a header's lines joined as one list), and what each asks: None (not sent), "*", or the
    revisions its ETags name (for If-Match, only its strong ones: a weak one never matches it)."""
    sent = {name: ", ".join(request.headers.getlist(name)).strip(" \t")
            for name in ("If-Match", "If-None-Match") if name in request.headers}
    asked = []
    for name in ("If-Match", "If-None-Match"):
        tags = sent.get(name)
        if tags not in (None, "*"):
            if not TAG_LIST.fullmatch(tags):
                raise Rejected(400, f'{name} must be * or a list of entity tags such as "3", W/"4"')
            tags = [int(tag) for weak, tag in re.findall(ENTITY_TAG, tags)
                    if ISSUED_TAG.fullmatch(tag) and not (weak and name == "If-Match")]
        asked.append(tags)
    return sent, *asked


def failed_precondition(revision, if_match, if_none_match):
    """The header that fails for a session at `revision` (None: never saved), If-Match first; None if both hold."""
    if if_match is not None and (revision is None or (if_match != "*" and revision not in if_match)):
        return "If-Match"
    if if_none_match is not None and revision is not None and (if_none_match == "*" or revision in if_none_match):
        return "If-None-Match"


@functools.cache  # one statement for each shape of save: its fields, and whether each header is absent, * or tags
def write_statement(fields, if_match_kind, if_none_match_kind):
    """The statement that writes the state where the preconditions hold and returns the new revision (no row: nothing
    was written). It binds the fields, for_session_id, now, and the revisions if_match and if_none_match list."""
    new_state = {key: bindparam(key) for key in fields}
    conditions = [parties.c.revision.in_(bindparam("if_match", expanding=True))] if if_match_kind == "tags" else []
    if if_none_match_kind is not None:  # what else a stored row must be, to be replaced
        conditions.append(false() if if_none_match_kind == "*" else parties.c.revision.not_in(
            bindparam("if_none_match", expanding=True)))
    if if_match_kind is None:  # a new session is inserted (id uuid4, revision 1); a stored one replaced where it may be
        now = bindparam("now")
        insert = (sqlite_insert if SQLITE else postgresql_insert)(parties).values(
            session_id=bindparam("for_session_id"), **new_state, created_at=now, updated_at=now)
        replaced = {key: insert.excluded[key] for key in (*fields, "updated_at")} | {"revision": parties.c.revision + 1}
        statement = insert.on_conflict_do_update(  # created_at stays
            index_elements=[parties.c.session_id], set_=replaced, where=and_(*conditions) if conditions else None)
    else:  # If-Match: only a stored session is replaced (`for_session_id`: a value named `session_id` would be SET)
        statement = update(parties).where(parties.c.session_id == bindparam("for_session_id"), *conditions).values(
            **new_state, updated_at=bindparam("now"), revision=parties.c.revision + 1)
    return statement.returning(parties.c.revision)


# --- The database: `database.load` and `database.save`, each answered on a thread by its deadline, or 503 ----------
LOCK_WAIT, LOCK_RETRY = 0.05, 0.2  # seconds a statement waits for a lock another transaction holds, then until a retry


class Jobs:  # the jobs of one kind, loads or saves, that wait for a database thread
    def __init__(self, run, threads, size):  # `run` takes up to `size` of them at once, on up to `threads` threads
        self.run, self.threads, self.size = run, threads, size
        self.waiting, self.feeding = [], set()  # (each job, the future its caller awaits); the tasks that feed threads
        self.unavailable = None  # why the last of these jobs failed, as logged; None once one is answered


class Database:
    """`await database.load(session_id, deadline)`: the session's row or None; `await database.save(statement, values,
    deadline)`: the revision it wrote, or None (a precondition failed); past the deadline or with no database, a 503.
    Jobs that come while the threads are busy go together: up to 100 loads in one query; up to 4 PostgreSQL saves on
    one connection, each committed alone; up to 100 SQLite saves in one transaction, which a lost connection or a full
    disk fails whole. A job whose row or table is locked gives its thread back after LOCK_WAIT, to be tried again
    after LOCK_RETRY. One not begun by its deadline is dropped; one under way is not: a save may land after its 503."""

    def __init__(self, url):
        self.loads = Jobs(self.run_loads, threads=2, size=100)
        self.saves = Jobs(self.run_saves, threads=1 if SQLITE else 4, size=100 if SQLITE else 4)
        self.engine = make_engine(url, pool_size=self.loads.threads + self.saves.threads)

    async def load(self, session_id, deadline):
        return await self.call(self.loads, session_id, deadline)

    async def save(self, statement, values, deadline):
        return await self.call(self.saves, (statement, values), deadline)

    async def call(self, jobs, job, deadline):  # the job's answer; another error than those of a 503 is raised as is
        locked = False
        try:
            async with asyncio.timeout_at(deadline):
                while True:
                    answer = asyncio.get_running_loop().create_future()
                    jobs.waiting.append((job, answer))
                    if len(jobs.feeding) < jobs.threads:  # a thread is free: a task feeds it the jobs that wait
                        jobs.feeding.add(asyncio.create_task(self.feed(jobs)))
                    try:
                        result = await answer
                        jobs.unavailable = None  # the database answers jobs of this kind
                        return result
                    except OperationalError as exc:  # a lock another transaction holds, after LOCK_WAIT: try again
                        locked = isinstance(exc.orig, LockNotAvailable) or str(exc.orig) == "database is locked"
                        if not locked:
                            raise
                    await asyncio.sleep(LOCK_RETRY)
        except TimeoutError:
            error = ("locked by another transaction" if locked else "no answer") + f" until the {TIMEOUT} s deadline"
        except DBAPIError as exc:  # cannot connect, lost, read-only, or not allowed to write: 503, with the reason
            if not isinstance(exc, (OperationalError, InterfaceError)) and not isinstance(
                    exc.orig, (ReadOnlySqlTransaction, InsufficientPrivilege)):
                raise
            error = exc.orig
        self.report(jobs, error)
        raise Rejected(503, "database unavailable; try again shortly", {"Retry-After": "1"})

    async def feed(self, jobs):  # on one thread, runs the jobs that wait, `size` at a time, until none waits
        try:
            while waiting := [(job, answer) for job, answer in jobs.waiting if not answer.done()]:  # done: given up on
                batch, jobs.waiting = waiting[:jobs.size], waiting[jobs.size:]
                try:
                    results = await asyncio.to_thread(jobs.run, [job for job, _ in batch])
                except Exception as exc:  # the database failed the whole batch: each of its jobs gets the error
                    results = [exc] * len(batch)
                for (_, answer), result in zip(batch, results):
                    if not answer.done():  # done: given up on while it ran; else its caller gets the result or error
                        answer.set_exception(result) if isinstance(result, Exception) else answer.set_result(result)
        finally:  # in the turn that found no job waiting, so that one coming next finds this thread free
            jobs.feeding.discard(asyncio.current_task())

    def report(self, jobs, error):  # why, in the driver's words (no password), unless a kind already failed for it
        diag = getattr(error, "diag", None)  # a server's message: only its first line, as the next may quote a row
        reason = diag and diag.message_primary or " ".join(str(error).split())
        if reason not in (self.loads.unavailable, self.saves.unavailable):
            log.warning("database unavailable: %s", reason)
        jobs.unavailable = reason

    LOAD = select(parties.c.session_id, parties.c.revision, *(column.label(column.key) for column in STATE_COLUMNS)
                  ).where(parties.c.session_id.in_(bindparam("session_ids", expanding=True)))

    def run_loads(self, session_ids):  # on a database thread: each session's row (revision, state) or None, at once
        with self.engine.connect() as connection:
            found = {row.session_id: row for row in connection.execute(self.LOAD, {"session_ids": session_ids})}
        return [found.get(session_id) for session_id in session_ids]

    def run_saves(self, saves):
        """On a database thread: each (statement, values)'s new revision, None (its preconditions failed), or the
        error that failed it. PostgreSQL commits each on its own (autocommit); SQLite all in one transaction."""
        revisions = []
        with self.engine.connect() as connection:  # closing it rolls back whatever was not committed
            if SQLITE:
                connection.exec_driver_sql("BEGIN IMMEDIATE")  # SQLite's write lock, waited for up to LOCK_WAIT
            for statement, values in saves:
                try:
                    revisions.append(connection.execute(statement, values).scalar())
                except DBAPIError as exc:
                    if SQLITE and (exc.connection_invalidated or not connection.connection.in_transaction):  # sqlite3's
                        raise  # the transaction is gone (the connection lost, a full disk): none of these is stored
                    if exc.connection_invalidated:  # PostgreSQL committed the saves before it; those after never ran
                        return revisions + [exc] * (len(saves) - len(revisions))
                    revisions.append(exc)  # SQLite undid this statement only, PostgreSQL its own transaction
            if SQLITE:
                connection.exec_driver_sql("COMMIT")
        return revisions


POSTGRESQL_LIMITS = (  # sent in each statement's query: a query is one transaction, which SET LOCAL does not outlast
    f"SET LOCAL statement_timeout = '{TIMEOUT}s'; SET LOCAL lock_timeout = '{LOCK_WAIT}s'; "  # (nor PgBouncer's)
    "SET LOCAL synchronous_commit = on; ")  # an answered save is on disk, whatever the server's default


def make_engine(url, pool_size):  # autocommit (SQLite's batches begin their own), players' states out of errors
    url, connect_args = connection_settings(url)
    engine = create_engine(url, connect_args=connect_args, isolation_level="AUTOCOMMIT", hide_parameters=True,
                           pool_size=pool_size, max_overflow=0)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "do_connect")  # a file that exists (mode=rw): a typo must not leave an empty one
        def open_in_wal_mode(dialect, record, cargs, cparams):  # readers beside the writer; a sync at every commit
            connection = sqlite3.connect(f"file:{pathname2url(cargs[0])}?mode=rw", uri=True, **cparams)
            connection.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL")
            return connection
        return engine
    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def with_limits(connection, cursor, statement, parameters, context, executemany):
        return POSTGRESQL_LIMITS + statement, parameters
    @event.listens_for(engine, "checkout")  # a ping without a round trip: a connection the server closed reads ready
    def closed_by_server(dbapi_connection, record, proxy):
        with selectors.DefaultSelector() as selector:  # epoll, kqueue or select: whatever this system has
            selector.register(dbapi_connection.fileno(), selectors.EVENT_READ)
            if selector.select(0):
                raise DisconnectionError("the server closed this pooled connection")  # the pool opens a new one
    return engine


def connection_settings(url):
    """SQLAlchemy's URL and the driver's arguments, for omega and Alembic: PostgreSQL's URL spelled as SQLAlchemy or
    libpq's URIs document it (not libpq's key=value form), where a limit the URL gives wins over omega's."""
    scheme, _, rest = url.partition("://")
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return url, {"timeout": LOCK_WAIT}  # how long SQLite waits for another writer's lock
    if scheme not in ("postgres", "postgresql", "postgresql+psycopg2"):
        stop(f"DATABASE_URL must start with sqlite:/// or postgresql:// (omega ships psycopg2), not {scheme}://")
    hosts = re.match("[^/?]*", rest)[0].rpartition("@")[2]  # what comes after user:password@, before the path
    settings = (parse_dsn(f"postgresql://{rest}") if re.search("[,%]", hosts)  # h1:p1,h2:p2 or %2Fsocket: libpq's
                else postgresql_dialect().create_connect_args(make_url(f"postgresql://{rest}"))[1])  # else SQLAlchemy's
    limits = {"connect_timeout": TIMEOUT, "tcp_user_timeout": TIMEOUT * 1000, "keepalives_idle": TIMEOUT,
              "keepalives_interval": 1}  # a host that vanished (no FIN, no RST) is dropped once silent for TIMEOUT
    return "postgresql+psycopg2://", {**limits, **settings}


database = Database(DATABASE_URL)  # at import, so that tools may use database.engine; the schema is checked at start


# --- Start-up and errors -----------------------------------------------------------------------------------------
@contextlib.asynccontextmanager
async def lifespan(app):  # each worker's start: what no retry can fix is refused; the schema is checked once
    if PRODUCTION and "DATABASE_URL" not in os.environ:  # a local SQLite file would take the players' saves
        stop("ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
    refuse_a_missing_sqlite_file()
    event.listen(database.engine, "first_connect", check_schema)  # at the first connection: now, or once it is back
    with contextlib.suppress(Rejected):  # a 503 (logged): requests answer 503 until the database is back
        await database.load("", asyncio.get_running_loop().time() + TIMEOUT)
    gc.freeze()  # what start-up made lives for good: the collector stops scanning it
    yield


def refuse_a_missing_sqlite_file():  # for omega and Alembic: a typo, or another folder, must not start afresh
    if SQLITE and (path := Path(make_url(DATABASE_URL).database).resolve()).parent.is_dir() and not path.exists():
        stop(f"there is no database at {path}: run `alembic upgrade head` to create it")  # (no folder: 503 until it is)


def check_schema(dbapi_connection, record):  # refuses a database behind this release or a role that cannot read it
    cursor, limits = dbapi_connection.cursor(), "" if SQLITE else POSTGRESQL_LIMITS
    if not SQLITE:  # what the role may not do; a schema it has no USAGE on is left out of its search_path
        cursor.execute(limits + "SELECT current_schema(), (SELECT string_agg(p, ', ') FROM unnest(ARRAY['SELECT', "
                                "'INSERT', 'UPDATE']) AS p WHERE NOT has_table_privilege(to_regclass('parties'), p))")
        schema, lacks = cursor.fetchone()
        if schema is None or (lacks or "").startswith("SELECT"):  # (with no schema, lacks is None too)
            stop(f"the role lacks {'SELECT on parties' if lacks else 'USAGE on the schema'}: omega cannot read it")
        if lacks:
            log.warning("the role lacks %s on parties: saves answer 503 until it is granted", lacks)
    try:
        cursor.execute(limits + "SELECT version_num FROM alembic_version")  # the migrations Alembic has applied
        applied = {version for (version,) in cursor.fetchall()}
    except (InsufficientPrivilege, UndefinedTable, sqlite3.OperationalError) as exc:
        if isinstance(exc, InsufficientPrivilege):
            stop(f"cannot read the table alembic_version: {exc.diag.message_primary} (the role needs SELECT on it)")
        if "no such table" not in str(exc) and not isinstance(exc, UndefinedTable):
            raise  # a lost connection, a lock: tried again at the next connection
        applied = set()  # never migrated
    dbapi_connection.rollback()
    scripts = ScriptDirectory.from_config(Config(Path(__file__).with_name("alembic.ini")))
    if newer := applied - {script.revision for script in scripts.walk_revisions()}:
        log.warning("the database is at revision %s, from a newer release: serving it as it is", ", ".join(newer))
    elif applied != set(scripts.get_heads()):
        stop(f"the database is at revision {', '.join(sorted(applied)) or 'none'}, omega needs "
             f"{', '.join(scripts.get_heads())}: run `alembic upgrade head`")


async def answer_error(request, exc):  # every error as {"error": ...}
    if isinstance(exc, HTTPException):  # omega's refusals and 503s, and Starlette's 404 and 405
        message = exc.detail if isinstance(exc, Rejected) else f"{exc.detail}: {request.method} {request.url.path}"
        return JSONResponse({"error": message}, exc.status_code, exc.headers)
    if isinstance(exc, DBAPIError):  # a save the database refused (a CHECK, a trigger); its message can quote the row
        log.error("internal error: %s (SQLSTATE %s)", type(exc.orig).__name__, getattr(exc.orig, "pgcode", None))
    return JSONResponse({"error": "internal error"}, 500)  # (a bug's traceback is uvicorn's to log)


def hide_session_ids(record):  # uvicorn's access log shows a load's session_id, the key to a save, as its hash
    record.args = tuple(re.sub(r"(?<=/api/v1/load/)[A-Za-z0-9._~-]+", lambda found: "#" + hashlib.sha256(
        found[0].encode()).hexdigest()[:8], arg) if isinstance(arg, str) else arg for arg in record.args)
    return True


logging.getLogger("uvicorn.access").addFilter(hide_session_ids)
app = Starlette(routes=[Route("/api/v1/save", save_party, methods=["POST"]),
                        Route("/api/v1/load/{session_id:path}", load_party)], lifespan=lifespan,
                exception_handlers=dict.fromkeys([HTTPException, DBAPIError, Exception], answer_error))
app.add_middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                   allow_headers=["Content-Type", "If-Match", "If-None-Match"], expose_headers=["ETag", "Retry-After"])
