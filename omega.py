"""omega: saves and loads a browser game party's scene state, over HTTP.

    alembic upgrade head          # create or update the schema (once per deploy, before the new code starts)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}

The state's fields are the columns in STATE_COLUMNS and check_save holds their rules; a refusal is JSON that names
the field and the rule, and no request waits for the database past TIMEOUT seconds (then it answers 503).
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
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from urllib.request import pathname2url

from alembic.config import Config
from alembic.script import ScriptDirectory
from psycopg2.errors import InsufficientPrivilege, LockNotAvailable, ReadOnlySqlTransaction
from psycopg2.extensions import parse_dsn
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid
from sqlalchemy import bindparam, create_engine, event, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --- Configuration: the environment, read once, the tunables, and the rules of a saved state -------
PRODUCTION = os.environ.get("ENV") == "production"  # then a missing DATABASE_URL is refused, not a local file
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
TIMEOUT = 5  # seconds a request may wait for the database before its 503; normal load stays far below
LOCK_WAIT, LOCK_RETRY = 0.05, 0.2  # seconds a PostgreSQL statement waits for a lock, then until it is tried again
LOAD_THREADS, SAVE_THREADS = 2, 4  # per worker: threads for database calls (SQLite saves on one: one writer)
BATCH, SAVE_BATCH = 100, 4  # requests one database call answers at most; PostgreSQL's saves, committed one by one
MAX_BODY_BYTES = 64 * 1024
SCENES = 11
MAX_TEXT = 100  # characters in a party name, hero name or class, symbol, choice key or choice
MAX_HEROES = 32
MAX_HP = 1_000_000
MAX_CHOICES = 64
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's exact integers; PostgreSQL would print 1e300 as 301 digits
VALID_SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{1,128}")
BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")  # NUL, or half of a surrogate pair
ENTITY_TAG = r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"'  # RFC 9110, 8.8.3; omega's are revisions: "1", "2", ...
TAG_LIST = re.compile(rf"[ \t,]*+(?:{ENTITY_TAG}(?:[ \t]*+,[ \t,]*+{ENTITY_TAG})*+)?+[ \t,]*+")  # possessive: linear
REVISION = re.compile(r"[1-9][0-9]{0,9}")  # an ETag omega may have issued; longer ones never reach the database
PRECONDITION_FAILED = {  # a save's 412, by the header that fails against the session and whether it was *
    ("If-Match", True): "does not exist and If-Match: * only replaces",
    ("If-Match", False): "is not at revision {} given in If-Match (it was saved since, or never)",
    ("If-None-Match", True): "already exists and If-None-Match: * only creates",
    ("If-None-Match", False): "is at a revision given in If-None-Match: {}"}

# --- Schema: Alembic migrates this metadata ------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(postgresql.JSONB(), "postgresql")
STATE_COLUMNS = (  # the saved state's fields, in the order a load returns them: each one's column, keyed by its name
    Column("scene_index", Integer, nullable=False),
    Column("name", Text, nullable=False, key="party_name"),  # the column is `name`, the field `party_name`
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),
    Column("choices", JSONDocument, nullable=False),
)
FIELDS = tuple(column.key for column in STATE_COLUMNS)  # each required, but those added later with a default
OPTIONAL_FIELDS = {column.key for column in STATE_COLUMNS if column.server_default is not None}
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True, default=uuid.uuid4),
    Column("session_id", Text, nullable=False, unique=True),
    *STATE_COLUMNS,
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: +1 on every save
)


# --- Database: the engine, its statements, and the threads that run them --------------------------
def connection_settings(url):
    """SQLAlchemy's URL and the driver's arguments, for omega and Alembic (libpq reads a PostgreSQL URL, any form)."""
    if not re.match(r"postgres(ql)?(\+psycopg2)?://", url):  # SQLite: it waits up to TIMEOUT for another writer
        return url, {"timeout": TIMEOUT}
    timeouts = {"connect_timeout": TIMEOUT, "tcp_user_timeout": TIMEOUT * 1000, "keepalives_idle": TIMEOUT,
                "keepalives_interval": 1}  # a host that vanished (no FIN, no RST) is dropped once silent for TIMEOUT
    return "postgresql+psycopg2://", {**timeouts, **parse_dsn(re.sub(r"^[^:]*", "postgresql", url))}  # the URL wins


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
    limits = f"SET LOCAL statement_timeout = '{TIMEOUT}s'; SET LOCAL lock_timeout = '{LOCK_WAIT}s'; "

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def bounded(connection, cursor, statement, parameters, context, executemany):
        return limits + statement, parameters

    @event.listens_for(engine, "checkout")  # a ping without a round trip: a connection the server closed reads ready
    def closed_by_server(dbapi_connection, record, proxy):
        with selectors.DefaultSelector() as selector:  # epoll, kqueue or select: whatever this system has
            selector.register(dbapi_connection.fileno(), selectors.EVENT_READ)
            if selector.select(0):
                raise DisconnectionError("the server closed this pooled connection")  # the pool opens a new one
    return engine


engine = make_engine(DATABASE_URL)
SQLITE = engine.dialect.name == "sqlite"  # otherwise PostgreSQL
log = logging.getLogger("uvicorn.error")
LOAD_STATEMENT = (select(parties.c.session_id, parties.c.revision, *(c.label(c.key) for c in STATE_COLUMNS))
                  .where(parties.c.session_id.in_(bindparam("session_ids", expanding=True))))


def check_schema(dbapi_connection, record):  # at the server's first connection, at start-up or later (see lifespan)
    """Refuse a database behind this release's migrations; serve one a newer release migrated, with a warning."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT version_num FROM alembic_version")  # the revisions Alembic has applied
        current = {revision for (revision,) in cursor.fetchall()}
    except engine.dialect.loaded_dbapi.Error as exc:
        if engine.dialect.is_disconnect(exc, dbapi_connection, cursor):
            raise
        current = set()  # no such table: never migrated
    dbapi_connection.rollback()
    scripts = ScriptDirectory.from_config(Config(Path(__file__).with_name("alembic.ini")))
    if newer := current - {script.revision for script in scripts.walk_revisions()}:
        log.warning("the database is at revision %s, from a newer release: serving it as it is", ", ".join(newer))
    elif current != set(scripts.get_heads()):
        refuse(f"the database is at revision {', '.join(sorted(current)) or 'none'}, omega needs "
               f"{', '.join(scripts.get_heads())}: run `alembic upgrade head`")


@functools.cache  # built once for each set of fields that saves send: all of them, or all but some with a default
def save_statements(fields):
    """upsert, insert_if_new (nothing where the session exists) and update_if_at (only where it is at :read_revision):
    each writes the state's `fields` and returns the new revision; a field left out keeps its value."""
    new = {key: bindparam(key) for key in fields}  # and :session, not :session_id: SQLAlchemy would SET that column too
    insert = (sqlite if SQLITE else postgresql).insert(parties).values(  # and the defaults: id uuid4, revision 1
        session_id=bindparam("session"), **new, created_at=bindparam("now"), updated_at=bindparam("now"))
    replaced = {**{key: insert.excluded[key] for key in (*fields, "updated_at")}, "revision": parties.c.revision + 1}
    upsert = insert.on_conflict_do_update(index_elements=[parties.c.session_id], set_=replaced)  # created_at stays
    insert_if_new = insert.on_conflict_do_nothing(index_elements=[parties.c.session_id])
    at_revision = (parties.c.session_id == bindparam("session")) & (parties.c.revision == bindparam("read_revision"))
    update_if_at = update(parties).where(at_revision).values(**new, updated_at=bindparam("now"),
                                                             revision=parties.c.revision + 1)
    return tuple(statement.returning(parties.c.revision) for statement in (upsert, insert_if_new, update_if_at))


def load_rows(session_ids):
    """The row of each session (its revision and state), or None where nothing is saved: one query for all."""
    with engine.connect() as connection:
        found = {row.session_id: row for row in connection.execute(LOAD_STATEMENT, {"session_ids": session_ids})}
    return [found.get(session_id) for session_id in session_ids]


def save_rows(writes):
    """Each (statement, parameters)'s new revision row, None (wrote nothing) or error; SQLite's all commit together."""
    answers = []
    with engine.connect() as connection:  # closing it rolls back whatever was not committed
        if SQLITE:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes SQLite's write lock, waiting up to TIMEOUT for it
        for statement, parameters in writes:
            try:
                answers.append(connection.execute(statement, parameters).first())
            except DBAPIError as exc:
                if SQLITE:
                    raise
                answers.append(exc)  # this save fails alone (its row locked, say)
                if exc.connection_invalidated:  # the connection is lost: the saves after it never ran
                    return answers + [exc] * (len(writes) - len(answers))
        if SQLITE:
            connection.exec_driver_sql("COMMIT")
    return answers


class DatabaseThreads:
    """Runs `call` (jobs in, an answer each out) on threads of its own; jobs that wait for a thread go together."""

    def __init__(self, call, threads, size=BATCH):
        self.call, self.threads, self.size, self.executor = call, threads, size, ThreadPoolExecutor(threads)
        self.waiting, self.draining = [], set()  # (job, future of its answer); a task feeding each busy thread

    async def run(self, job):
        """The answer to `job` within TIMEOUT, else TimeoutError; a PostgreSQL call that met a lock is tried again."""
        async with asyncio.timeout(TIMEOUT):
            while True:
                answer = asyncio.get_running_loop().create_future()
                self.waiting.append((job, answer))
                if len(self.draining) < self.threads:
                    self.draining.add(asyncio.create_task(self.drain()))
                try:
                    return await answer
                except OperationalError as exc:
                    if not isinstance(exc.orig, LockNotAvailable):
                        raise
                await asyncio.sleep(LOCK_RETRY)

    async def drain(self):
        """Run batches on one thread until no job waits; then that thread is free again."""
        try:
            while True:
                waiting = [(job, answer) for job, answer in self.waiting if not answer.done()]  # done: given up on
                if not waiting:
                    return
                batch, self.waiting = waiting[:self.size], waiting[self.size:]
                try:
                    results = await asyncio.get_running_loop().run_in_executor(
                        self.executor, self.call, [job for job, _ in batch])
                except Exception as exc:  # the database failed the whole batch: each job gets the error
                    results = [exc] * len(batch)
                for (_, answer), result in zip(batch, results):
                    if not answer.done():  # done: given up on meanwhile
                        answer.set_exception(result) if isinstance(result, Exception) else answer.set_result(result)
        finally:
            self.draining.discard(asyncio.current_task())


# --- Checking a save: its body in, (session_id, state) out, or Rejected ----------------------------
class Rejected(HTTPException):
    """A request omega refuses, with its status and the message that names the field and the rule."""


async def read_json(request):
    """A save's body: declared JSON (then another origin's page must ask first: CORS), capped, strict, an object."""
    if request.headers.get("content-type", "").partition(";")[0].strip().lower() != "application/json":
        raise Rejected(415, "Content-Type must be application/json")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY_BYTES:
            raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")

    def no_constant(name):
        raise ValueError(f"{name} is not JSON")
    def no_repeats(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"key {json.dumps(key)} appears twice in one object")
            seen.add(key)
        return dict(pairs)
    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=no_constant, object_pairs_hook=no_repeats)
    except RecursionError:
        raise Rejected(400, "body must be a JSON object: it nests too deeply") from None
    except ValueError as exc:  # also UnicodeDecodeError and json.JSONDecodeError
        raise Rejected(400, f"body must be a JSON object in UTF-8: {exc}") from None
    if not isinstance(body, dict):
        raise Rejected(400, "body must be a JSON object")
    return body


def check_session_id(session_id):
    if not (isinstance(session_id, str) and VALID_SESSION_ID.fullmatch(session_id) and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def check_fields(value, where, keys, optional=()):
    if not isinstance(value, dict):
        raise Rejected(422, f"{where} must be an object with keys {', '.join(keys)}")
    if unknown := [key for key in value if key not in keys]:
        raise Rejected(422, f"{where} has unknown key {json.dumps(unknown[0])}; allowed: {', '.join(keys)}")
    if missing := [key for key in keys if key not in value and key not in optional]:
        raise Rejected(422, f"{where}.{missing[0]} is required")
    return value


def check_integer(value, where, low, high):
    """`value` as an int. JSON has one number type, so 3.0 and 1.2e1 are integers; true is not."""
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


def preconditions(request):
    """If-Match and If-None-Match (RFC 9110, 13.1): as sent, each one's lines joined as one list, and what each asks:
    None (not sent), "*", or the revisions of the ETags it lists (for If-Match, of its strong ones only)."""
    sent = {name: ", ".join(request.headers.getlist(name)).strip(" \t")
            for name in ("If-Match", "If-None-Match") if name in request.headers}
    conditions = []
    for name in ("If-Match", "If-None-Match"):
        value = sent.get(name)
        if value not in (None, "*"):
            if not TAG_LIST.fullmatch(value):
                raise Rejected(400, f'{name} must be * or a list of entity tags such as "3", W/"4"')
            value = [int(tag) for weak, tag in re.findall(ENTITY_TAG, value)
                     if REVISION.fullmatch(tag) and not (weak and name == "If-Match")]
        conditions.append(value)
    return sent, *conditions


def failed_precondition(revision, if_match, if_none_match):
    """The header that fails for a session at `revision` (None: not saved), If-Match first (RFC 9110, 13.2.2)."""
    if if_match is not None and (revision is None or (if_match != "*" and revision not in if_match)):
        return "If-Match"
    if if_none_match is not None and revision is not None and (if_none_match == "*" or revision in if_none_match):
        return "If-None-Match"
    return None


# --- Endpoints: each database call runs on these threads, within TIMEOUT ---------------------------
load_threads = DatabaseThreads(load_rows, LOAD_THREADS)
save_threads = DatabaseThreads(save_rows, 1) if SQLITE else DatabaseThreads(save_rows, SAVE_THREADS, SAVE_BATCH)


async def save(request):
    """POST /api/v1/save: stores the state of one session and answers its new revision as the ETag."""
    session_id, state = check_save(await read_json(request))
    sent, if_match, if_none_match = preconditions(request)
    upsert, insert_if_new, update_if_at = save_statements(tuple(key for key in FIELDS if key in state))
    values = {**state, "session": session_id, "now": datetime.now(timezone.utc)}
    if if_match is None and if_none_match is None:  # last write wins
        saved = await save_threads.run((upsert, values))
    else:  # written only at a revision where both headers hold, and only if the session is still at it then
        async with asyncio.timeout(TIMEOUT):  # for the whole loop: it goes round again if another save came between
            # First try, unread, the revision If-Match's first tag names (the frontend's usual save), or "unsaved"
            revision = if_match[0] if if_match and if_match != "*" else None
            revision_was_read = False
            while True:
                failed_header = failed_precondition(revision, if_match, if_none_match)
                if failed_header is None:
                    statement = insert_if_new if revision is None else update_if_at
                    saved = await save_threads.run((statement, {**values, "read_revision": revision}))
                    if saved is not None:
                        break
                elif revision_was_read:
                    reason = PRECONDITION_FAILED[failed_header, sent[failed_header] == "*"].format(sent[failed_header])
                    raise Rejected(412, f"session_id {session_id} {reason}; nothing was saved")
                row = await load_threads.run(session_id)
                revision = None if row is None else row.revision
                revision_was_read = True
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]},
                        headers={"ETag": f'"{saved.revision}"'})


async def load(request):
    """GET /api/v1/load/{session_id}: the last state saved, its revision the ETag (`:path` lets a/b have its 422)."""
    session_id = check_session_id(request.path_params["session_id"])
    _, if_match, if_none_match = preconditions(request)
    row = await load_threads.run(session_id)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    failed_header = failed_precondition(row.revision, if_match, if_none_match)
    if failed_header == "If-Match":
        raise Rejected(412, f"session_id {session_id} is at revision \"{row.revision}\", not one given in If-Match")
    if failed_header == "If-None-Match":  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    state = {key: getattr(row, key) for key in FIELDS}
    return JSONResponse({"session_id": session_id, "state": state}, headers=headers)


# --- Application ---------------------------------------------------------------------------------
async def answer_error(request, exc):
    """Every error as {"error": ...}: a refusal; 503 for a database down, locked, slow or read-only; 500 else."""
    if isinstance(exc, HTTPException):
        message = exc.detail if isinstance(exc, Rejected) else f"{exc.detail}: {request.method} {request.url.path}"
        return JSONResponse({"error": message}, exc.status_code, exc.headers)
    error = getattr(exc, "orig", exc)
    if isinstance(exc, (OperationalError, InterfaceError, TimeoutError)) or isinstance(
            error, (ReadOnlySqlTransaction, InsufficientPrivilege)):  # a standby, or write privileges revoked
        log.warning("database unavailable: %s", type(error).__name__)
        return JSONResponse({"error": "database unavailable; try again shortly"}, 503, {"Retry-After": "1"})
    log.error("internal error: %s (SQLSTATE %s)", type(error).__name__, getattr(error, "pgcode", None))
    return JSONResponse({"error": "internal error"}, 500)


def refuse(reason):  # the reason alone, no traceback; 3, uvicorn's "failed to start": its supervisor stops too
    print(f"omega: {reason}", file=sys.stderr, flush=True)
    os._exit(3)


@contextlib.asynccontextmanager
async def lifespan(app):
    """Start-up: connect once, so that check_schema runs (here, not on import: Alembic and tools import omega)."""
    if PRODUCTION and "DATABASE_URL" not in os.environ:  # a local SQLite file would take the players' saves
        refuse("ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
    event.listen(engine, "first_connect", check_schema)  # SQLAlchemy runs it again at the next connection if it raises
    try:
        engine.connect().close()
    except (OperationalError, InterfaceError) as exc:
        if SQLITE and (path := Path(engine.url.database)).parent.is_dir() and not path.exists():  # a typo: no file
            refuse(f"there is no database at {engine.url.database}: run `alembic upgrade head` to create it")
        log.warning("database unreachable at start-up (%s): answering 503 until it is back", type(exc.orig).__name__)
    gc.freeze()  # what start-up made lives for good: the collector stops scanning it
    yield


app = Starlette(
    routes=[Route("/api/v1/save", save, methods=["POST"]), Route("/api/v1/load/{session_id:path}", load)],
    exception_handlers=dict.fromkeys([HTTPException, DBAPIError, TimeoutError, Exception], answer_error),
    lifespan=lifespan,
)
app.add_middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                   allow_headers=["Content-Type", "If-Match", "If-None-Match"], expose_headers=["ETag", "Retry-After"])
